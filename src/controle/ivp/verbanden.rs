//! The rules on what the plan says of the bodies it works with beyond the gemeente: the
//! Driehoek, the Veiligheidsregio and the police eenheid's Regionaal Beleidsplan. The handbook
//! gives each its own section; a plan that names one nowhere is asked whether it forgot it.
//! What counts is the plan's own text, anywhere: a placeholder does not. IVP-037 and IVP-039
//! speak only once the part where the body belongs (chapter 6, the strategic doelstelling) has
//! text of its own, so a skeleton is not reminded of what its placeholders already ask;
//! IVP-038 only where the plan works out a theme of the Veiligheidsregio's tasks.

use serde_json::Value;

use crate::catalogus::Thema;
use crate::controle::passages::DRIEHOEK;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Ivp, Themauitwerking, IN_TE_VULLEN};
use crate::raakvlakken::ThemaSet;
use crate::Bron;

/// The rules of this part; `plan` is the IVP's serde form.
pub(super) fn controleer(ivp: &Ivp, plan: &Value, v: &mut Verzamelaar) {
    let tekst = eigen_tekst(Some(plan));
    let geschreven = |pad: &str| !eigen_tekst(plan.pointer(pad)).is_empty();
    if geschreven("/coordinatie") {
        ivp_037(&tekst, v);
    }
    ivp_038(ivp, &tekst, v);
    // Not the quantitative part: its indicators' names and sources are pre-filled.
    if geschreven("/strategische_doelstelling/kwalitatief")
        || geschreven("/strategische_doelstelling/verbindingen")
    {
        ivp_039(&tekst, v);
    }
}

/// A finding of `regel` at `pad` when `tekst` contains none of `woorden`.
fn niet_genoemd(
    tekst: &str,
    woorden: &[&str],
    regel: &'static Regel,
    pad: &str,
    bericht: &str,
    v: &mut Verzamelaar,
) {
    if !woorden.iter().any(|w| tekst.contains(w)) {
        v.meld(regel, pad, bericht.to_owned());
    }
}

/// IVP-037: de Driehoek niet genoemd.
pub(crate) const IVP_037: Regel = Regel {
    code: "IVP-037",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "de Driehoek niet genoemd",
    uitleg: "De Driehoek heeft geen formele rol bij de vaststelling, maar veel keuzes in het IVP raken aan politiecapaciteit, waarover de Driehoek beslist; de handreiking raadt aan het IVP in wording in de Driehoek te behandelen. Gemeld wordt een plan met eigen tekst in hoofdstuk 6 (coördinatie) dat de Driehoek nergens noemt.",
    oplossing: "Beschrijf (bijvoorbeeld onder coordinatie.bestuurlijk) hoe het IVP in de Driehoek is behandeld en hoe de Driehoek bij de uitvoering betrokken is.",
    grond: Grond::Handreiking {
        citaat: "Toch ligt het voor de hand IVP en Uitvoeringsplan 'in wording' ook te behandelen in de Driehoek",
        bron: DRIEHOEK,
    },
};

fn ivp_037(tekst: &str, v: &mut Verzamelaar) {
    let bericht =
        "het plan noemt de Driehoek (burgemeester, officier van justitie, politie) nergens";
    niet_genoemd(
        tekst,
        &["driehoek"],
        &IVP_037,
        "/coordinatie/bestuurlijk",
        bericht,
        v,
    );
}

/// IVP-038: de Veiligheidsregio niet genoemd.
pub(crate) const IVP_038: Regel = Regel {
    code: "IVP-038",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "de Veiligheidsregio niet genoemd",
    uitleg: "De Veiligheidsregio is een belangrijke strategische partner; de handreiking raadt aan haar rol en expertise in het IVP te adresseren, met doorvertaling naar de thema's. Gemeld wordt een plan dat een thema van haar taken uitwerkt (brandveiligheid, externe veiligheid, rampenbestrijding en crisisbeheersing, veilige evenementen) en de Veiligheidsregio (of de brandweer of GHOR) nergens noemt.",
    oplossing: "Noem de Veiligheidsregio bij de partners en beschrijf haar rol bij de thema's die haar raken (brandveiligheid, crisisbeheersing, evenementen).",
    grond: Grond::Handreiking {
        citaat: "Het ligt voor de hand om hun rol en expertise en de lokale benutting ervan effectief te adresseren in een nieuw lokaal IVP",
        bron: Bron::new("IVP en de Veiligheidsregio", Some(16)),
    },
};

/// The themes of the Veiligheidsregio's own tasks: brandveiligheid, externe veiligheid,
/// rampenbestrijding en crisisbeheersing, and the evenementen it advises on.
const VEILIGHEIDSREGIO: ThemaSet = ThemaSet::uit_themas(&[
    Thema::Brandveiligheid,
    Thema::Omgevingsveiligheid,
    Thema::Rampenbestrijding,
    Thema::VeiligeEvenementen,
]);

/// Only a plan that works out a theme of the Veiligheidsregio's tasks: there her absence is a
/// gap. The brandweer and the GHOR are parts of the Veiligheidsregio.
fn ivp_038(ivp: &Ivp, tekst: &str, v: &mut Verzamelaar) {
    let haar =
        Themauitwerking::kbv_themas(ivp.alle_uitwerkingen().map(|(_, _, u)| u)) & VEILIGHEIDSREGIO;
    let Some(eerste) = haar.first() else {
        return;
    };
    let bericht = format!(
        "het plan werkt {} uit, maar noemt de Veiligheidsregio nergens, ook niet haar rol bij dat thema",
        if haar.len() == 1 { format!("thema {eerste:#}") } else { format!("{} thema's van de Veiligheidsregio", haar.len()) }
    );
    let woorden = ["veiligheidsregio", "brandweer", "ghor"];
    niet_genoemd(tekst, &woorden, &IVP_038, "/partners", &bericht, v);
}

/// IVP-039: geen verband met het Regionaal Beleidsplan.
pub(crate) const IVP_039: Regel = Regel {
    code: "IVP-039",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen verband met het Regionaal Beleidsplan",
    uitleg: "Het IVP is input voor het Regionaal Beleidsplan van de politie-eenheid, en dat plan is omgekeerd een gegeven voor het IVP. Gemeld wordt een plan met een eigen strategische doelstelling dat het Regionaal Beleidsplan, de eenheid of haar regionale prioriteiten nergens noemt.",
    oplossing: "Beschrijf onder strategische_doelstelling.verbindingen hoe de prioriteiten zich verhouden tot het Regionaal Beleidsplan en de prioriteiten van de eenheid.",
    grond: Grond::Handreiking {
        citaat: "Het IVP vormt input voor het Regionaal Beleidsplan van de politie-eenheid.",
        bron: Bron::new("IVP en het Regionaal Beleidsplan politie", Some(15)),
    },
};

fn ivp_039(tekst: &str, v: &mut Verzamelaar) {
    let bericht = "het plan legt geen verband met het Regionaal Beleidsplan of de prioriteiten van de politie-eenheid";
    let woorden = [
        "regionaal beleidsplan",
        "regionale beleidsplan",
        "eenheid",
        "regionale prioriteit",
        "regionale veiligheidsprioriteit",
    ];
    let pad = "/strategische_doelstelling/verbindingen";
    niet_genoemd(tekst, &woorden, &IVP_039, pad, bericht, v);
}

/// Every text of (a part of) the plan in its own words, lower case, one per line: the values
/// of its fields, not its keys, and not the aanwijzing of a placeholder.
pub(super) fn eigen_tekst(deel: Option<&Value>) -> String {
    fn verzamel(waarde: &Value, uit: &mut String) {
        match waarde {
            Value::String(s) => {
                uit.push_str(&s.to_lowercase());
                uit.push('\n');
            }
            Value::Array(lijst) => lijst.iter().for_each(|w| verzamel(w, uit)),
            Value::Object(map) if !map.contains_key(IN_TE_VULLEN) => {
                map.values().for_each(|w| verzamel(w, uit));
            }
            _ => {}
        }
    }
    let mut uit = String::new();
    if let Some(deel) = deel {
        verzamel(deel, &mut uit);
    }
    uit
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-037, IVP-038, IVP-039: each body named anywhere in the plan's own text, and a
    /// placeholder that names it does not count.
    #[test]
    fn ivp_037_038_039_genoemd_in_de_eigen_tekst() {
        let stil = ivp(
            r#"coordinatie = { ambtelijk = "Overleg.", bestuurlijk = { in_te_vullen = "de Driehoek, de Veiligheidsregio, de eenheid" } }
            strategische_doelstelling = { kwalitatief = ["Veilig."] }
            prioriteiten = [{ naam = "Inbraak", themas = ["1.3"], toelichting = "Veel inbraken." }]
            overige_themas = [{ naam = "Brand", themas = ["4.2"] }]"#,
        );
        assert_eq!(bevindingen(&stil, "IVP-037"), ["/coordinatie/bestuurlijk"]);
        assert_eq!(bevindingen(&stil, "IVP-038"), ["/partners"]);
        assert_eq!(
            bevindingen(&stil, "IVP-039"),
            ["/strategische_doelstelling/verbindingen"]
        );
        let genoemd = ivp(r#"partners = ["Brandweer Utrecht"]
            overige_themas = [{ naam = "Brand", themas = ["4.2"] }]
            coordinatie = { bestuurlijk = "Het plan is besproken in de driehoek." }
            strategische_doelstelling = { verbindingen = ["Aansluiting op het Regionaal Beleidsplan 2023-2026."] }"#);
        // A skeleton (only placeholders where the bodies belong) is not reminded either.
        let skelet =
            ivp(r#"coordinatie = { bestuurlijk = { in_te_vullen = "college, driehoek" } }"#);
        for code in ["IVP-037", "IVP-038", "IVP-039"] {
            assert!(bevindingen(&genoemd, code).is_empty(), "{code}");
            assert!(bevindingen(&skelet, code).is_empty(), "{code}");
        }
    }
}
