//! The rule on chapter 3's red threads: each strategic uitgangspunt comes back where the
//! priorities and other themes are worked out. Words decide, so it leans to silence: an
//! uitgangspunt is missed only when none of its own words stands in any worked-out theme.

use serde_json::Value;

use crate::controle::passages::STAP_4;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Invulbaar, Ivp};
use crate::naam::kort;

use super::verbanden::eigen_tekst;

/// IVP-045: rode draad komt niet terug.
pub(crate) const IVP_045: Regel = Regel {
    code: "IVP-045",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "rode draad komt niet terug",
    uitleg: "De strategische uitgangspunten van hoofdstuk 3 zijn de rode draden van de aanpak (burgerparticipatie, wijkgericht werken, de verbinding met het sociaal domein); zij keren terug bij de uitwerking van de prioriteiten en overige strategische thema's. Gemeld wordt een uitgangspunt waarvan geen enkel eigen woord (van vijf letters of meer, algemene woorden als werken, aanpak of veiligheid niet meegeteld; bij een samengesteld woord ook zijn begin of eind) terugkomt in de eigen tekst van de uitgewerkte thema's.",
    oplossing: "Beschrijf bij de prioriteiten en overige thema's hoe deze rode draad in hun aanpak terugkomt, of laat het uitgangspunt vallen.",
    grond: Grond::Handreiking {
        citaat: "Deze rode draden keren terug bij de uitwerking van de prioriteiten en overige strategische thema's.",
        bron: STAP_4,
    },
};

/// Words too general to show a thread: any plan's themes use them.
const ALGEMEEN: [&str; 24] = [
    "werken",
    "worden",
    "wordt",
    "hebben",
    "kunnen",
    "moeten",
    "zullen",
    "willen",
    "daarbij",
    "daarnaast",
    "tussen",
    "binnen",
    "zoals",
    "andere",
    "onder",
    "waarbij",
    "omdat",
    "alleen",
    "aanpak",
    "veiligheid",
    "gemeente",
    "integraal",
    "integrale",
    "belangrijk",
];

/// Silent until both chapter 3 and the worked-out themes have text of their own; `plan` is the
/// IVP's serde form.
pub(super) fn ivp_045(ivp: &Ivp, plan: &Value, v: &mut Verzamelaar) {
    let uitwerking: String = ["/prioriteiten", "/overige_themas", "/lokale_paragrafen"]
        .into_iter()
        .map(|pad| eigen_tekst(plan.pointer(pad)))
        .collect();
    // A name alone is not worked out: some theme needs a text of its own.
    let uitgewerkt = ivp.alle_uitwerkingen().any(|(_, _, u)| {
        u.toelichting
            .iter()
            .chain(&u.doelstelling_kwalitatief)
            .chain(&u.hoofdlijnen_aanpak)
            .any(|t| Invulbaar::waarde(t).is_some())
    });
    if !uitgewerkt {
        return;
    }
    for (i, punt) in ivp.strategische_uitgangspunten.iter().enumerate() {
        let Some(tekst) = Invulbaar::waarde(punt) else {
            continue;
        };
        let tekst = tekst.to_lowercase();
        let mut woorden = tekst
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5 && !ALGEMEEN.contains(w))
            .peekable();
        if woorden.peek().is_none() || woorden.any(|w| komt_terug(w, &uitwerking)) {
            continue;
        }
        v.meld(
            &IVP_045,
            format!("/strategische_uitgangspunten/{i}"),
            format!(
                "de rode draad \"{}\" komt in geen uitgewerkte prioriteit of overig thema terug",
                kort(&tekst, 60)
            ),
        );
    }
}

/// Whether `woord` stands in `tekst`; a long (likely compound) word also by its first six or
/// last eight letters: "burgerparticipatie" comes back as "participatie van burgers".
fn komt_terug(woord: &str, tekst: &str) -> bool {
    if tekst.contains(woord) {
        return true;
    }
    let letters: Vec<char> = woord.chars().collect();
    if letters.len() < 10 {
        return false;
    }
    let begin: String = letters.iter().take(6).collect();
    let eind: String = letters.iter().skip(letters.len() - 8).collect();
    tekst.contains(&begin) || tekst.contains(&eind)
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-045: "Deze rode draden keren terug bij de uitwerking van de prioriteiten en overige
    /// strategische thema's."
    #[test]
    fn ivp_045_rode_draad_keert_terug() {
        let plan = ivp(
            r#"strategische_uitgangspunten = ["Burgerparticipatie", "Wijkgericht werken", "Informatiegestuurd"]
            prioriteiten = [{ naam = "Inbraak", themas = ["1.3"], hoofdlijnen_aanpak = ["De participatie van burgers via buurtapps.", "Een wijkgerichte aanpak."] }]"#,
        );
        assert_eq!(
            bevindingen(&plan, "IVP-045"),
            ["/strategische_uitgangspunten/2"]
        );
        // Placeholders, on either side, are not the plan's words yet.
        let skelet = ivp(r#"strategische_uitgangspunten = ["Informatiegestuurd"]
            prioriteiten = [{ naam = "Inbraak", themas = ["1.3"], hoofdlijnen_aanpak = [{ in_te_vullen = "aanpak" }] }]"#);
        assert!(bevindingen(&skelet, "IVP-045").is_empty());
        let open = ivp(
            r#"strategische_uitgangspunten = [{ in_te_vullen = "rode draden" }]
            prioriteiten = [{ naam = "Inbraak", themas = ["1.3"], toelichting = "Veel." }]"#,
        );
        assert!(bevindingen(&open, "IVP-045").is_empty());
    }
}
