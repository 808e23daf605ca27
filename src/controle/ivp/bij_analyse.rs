//! The rules that read an IVP beside the veiligheidsanalyse it rests on: the analysis comes
//! first (IVP-040, also from the year the plan names), and the priorities come from what it
//! proposes (IVP-041, needs the analysis itself).

use chrono::Datelike;

use crate::controle::passages::OVERZICHT;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{AnalyseVerwijzing, Ivp, Veiligheidsanalyse};
use crate::naam::GemeenteSleutel;
use crate::raakvlakken::ThemaSet;
use crate::Bron;

use super::prioriteiten::themas_met_deelthemas;

/// The rules that need the analysis beside the plan. IVP-040 also runs without it, on the
/// analysis the plan names; beside one, it reads the analysis given only where the plan names
/// none, so no year is checked twice.
pub(crate) fn controleer(ivp: &Ivp, analyse: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    if ivp.analyse.is_none() {
        ivp_040(ivp, &AnalyseVerwijzing::from(analyse), v);
    }
    ivp_041(ivp, analyse, v);
}

/// IVP-040: veiligheidsanalyse niet van vóór de periode.
pub(crate) const IVP_040: Regel = Regel {
    code: "IVP-040",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "veiligheidsanalyse niet van vóór de periode",
    uitleg: "De veiligheidsanalyse (stap 2) is het inhoudelijke fundament waarop de prioritering en het IVP (stap 3 en 4) bouwen; zij gaat aan de periode van het plan vooraf. Gemeld wordt een analyse waarvan het jaar niet begint vóór de eerste dag van de periode: een analyse uit een later jaar, of uit het beginjaar van een periode die op 1 januari begint. Getoetst wordt het jaar dat het IVP noemt, of anders dat van de analyse die erbij wordt gegeven.",
    oplossing: "Controleer het jaar van de analyse en de periode van het plan; rust het plan op een oudere analyse, noem die.",
    grond: Grond::Handreiking {
        citaat: "Eerst het fundament leggen, zowel procesmatig als inhoudelijk.",
        bron: OVERZICHT,
    },
};

/// `analyse` is the one the plan names, or else the one given beside it.
pub(crate) fn ivp_040(ivp: &Ivp, analyse: &AnalyseVerwijzing, v: &mut Verzamelaar) {
    let van = ivp.periode.van;
    // The analysis's year begins on 1 January: before `van` if it is an earlier year, or the
    // same year of a period that begins later in it.
    let begint_ervoor =
        analyse.jaar < van.year() || (analyse.jaar == van.year() && van.ordinal() > 1);
    if !begint_ervoor {
        // Where the plan names no analysis, the period is what the finding is about.
        let pad = if ivp.analyse.is_some() {
            "/analyse/jaar"
        } else {
            "/periode"
        };
        v.meld(
            &IVP_040,
            pad,
            format!(
                "de veiligheidsanalyse van {} is niet van vóór de periode {}, die begint op {van}",
                analyse.jaar, ivp.periode
            ),
        );
    }
}

/// IVP-041: prioriteit niet uit de veiligheidsanalyse.
pub(crate) const IVP_041: Regel = Regel {
    code: "IVP-041",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "prioriteit niet uit de veiligheidsanalyse",
    uitleg: "De veiligheidsanalyse stelt per veld de prioriteiten voor die plausibel zijn, en is de basis van de prioritering. Wie prioriteert (raad, college of een ander gremium) kan daarvan afwijken; een prioriteit die niet uit de analyse komt, vraagt dan om een onderbouwing. Gemeld wordt een prioriteit van wie geen enkel veiligheidsthema (ook niet van haar deelthema's) bij de voorstellen van de analyse staat. Alleen te toetsen met de analyse erbij, en alleen voor de gemeenten die de analyse beslaat: bij een gezamenlijk IVP analyseert elke gemeente vaak apart.",
    oplossing: "Licht in de inleiding op hoofdstuk 4 toe waarom deze prioriteit gekozen is, of neem haar op in de voorstellen van de analyse.",
    grond: Grond::Handreiking {
        citaat: "In deze stap worden de prioriteiten van het nieuwe veiligheidsbeleid vastgesteld. De veiligheidsanalyse vormt hiervoor de basis.",
        bron: Bron::new("Stappenplan, Stap 3: Prioritering", Some(6)),
    },
};

/// Joint priorities when the analysis covers every gemeente of the plan, a local paragraph's
/// when it covers that paragraph's gemeente. Silent when the analysis proposes nothing (that is
/// its own AN-003) and for a priority of strategic themes only (the analysis proposes per veld).
fn ivp_041(ivp: &Ivp, analyse: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    let voorgesteld: ThemaSet = analyse
        .voorstel_prioriteiten
        .iter()
        .flat_map(|vp| vp.themas.iter().copied())
        .collect();
    if voorgesteld.is_empty() {
        return;
    }
    let beslaat = |gemeente: &str| {
        let sleutel = GemeenteSleutel::new(gemeente);
        analyse
            .gemeenten
            .iter()
            .any(|g| GemeenteSleutel::new(g) == sleutel)
    };
    let gezamenlijk = ivp.gemeenten.iter().all(|g| beslaat(g));
    let lokaal = ivp
        .lokale_paragrafen
        .iter()
        .enumerate()
        .filter(|(_, l)| beslaat(&l.gemeente))
        .flat_map(|(j, l)| {
            l.prioriteiten
                .iter()
                .enumerate()
                .map(move |(i, p)| (format!("/lokale_paragrafen/{j}/prioriteiten/{i}"), p))
        });
    let eigen = ivp
        .prioriteiten
        .iter()
        .enumerate()
        .filter(|_| gezamenlijk)
        .map(|(i, p)| (format!("/prioriteiten/{i}"), p));
    for (pad, p) in eigen.chain(lokaal) {
        let themas = themas_met_deelthemas(p);
        if !themas.is_empty() && themas.is_disjoint(voorgesteld) {
            let codes: Vec<&str> = themas.iter().map(|t| t.code()).collect();
            v.meld(
                &IVP_041,
                format!("{pad}/themas"),
                format!(
                    "prioriteit \"{}\" (thema {}) staat niet bij de prioriteiten die de veiligheidsanalyse van {} voorstelt",
                    p.naam,
                    codes.join(", "),
                    analyse.jaar
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{analyse, ivp, meldingen};
    use crate::controle::{controleer_ivp, controleer_ivp_bij_analyse};

    /// IVP-040: "Eerst het fundament leggen, zowel procesmatig als inhoudelijk": the analysis
    /// named in the plan, or given beside it, is from before the period.
    #[test]
    fn ivp_040_analyse_gaat_vooraf() {
        // The proef IVP runs 2027-01-01 to 2030-12-31.
        let meldt = |toml: &str| controleer_ivp(&ivp(toml)).met_code("IVP-040").count();
        assert_eq!(meldt("analyse = { jaar = 2026 }"), 0);
        assert_eq!(meldt("analyse = { jaar = 2027 }"), 1);
        assert_eq!(meldt("analyse = { jaar = 2029, titel = \"Analyse\" }"), 1);
        assert_eq!(meldt(""), 0, "no analysis named, nothing to check");
        // Years far from any period, either way.
        assert_eq!(meldt(&format!("analyse = {{ jaar = {} }}", i32::MIN)), 0);
        assert_eq!(meldt(&format!("analyse = {{ jaar = {} }}", i32::MAX)), 1);
        // A period from 1 July: an analysis of its first half year comes first.
        let juli = ivp(r#"analyse = { jaar = 2027 }
            periode = { van = "2027-07-01", tot = "2030-12-31" }"#);
        assert_eq!(controleer_ivp(&juli).met_code("IVP-040").count(), 0);
        // Given beside the plan when the plan names none.
        let later = analyse("jaar = 2028");
        let rapport = controleer_ivp_bij_analyse(&ivp(""), &later);
        assert_eq!(
            meldingen(&rapport, "IVP-040"),
            [("/periode", "de veiligheidsanalyse van 2028 is niet van vóór de periode 2027-2030, die begint op 2027-01-01")]
        );
    }

    /// IVP-041: "De veiligheidsanalyse vormt hiervoor de basis": a priority none of whose
    /// themes the analysis proposes, for the gemeenten the analysis covers.
    #[test]
    fn ivp_041_prioriteit_uit_de_analyse() {
        let a = analyse(
            r#"voorstel_prioriteiten = [{ veld = 5, themas = ["5.2"] }, { veld = 2, themas = ["2.1"] }]"#,
        );
        let plan = ivp(r#"prioriteiten = [
                { naam = "Ondermijning", themas = ["5.2", "5.3"] },
                { naam = "Brandveiligheid", themas = ["3.1"] },
                { naam = "Cyber", themas = ["S1"] },
            ]"#);
        let rapport = controleer_ivp_bij_analyse(&plan, &a);
        assert_eq!(
            meldingen(&rapport, "IVP-041"),
            [(
                "/prioriteiten/1/themas",
                "prioriteit \"Brandveiligheid\" (thema 3.1) staat niet bij de prioriteiten die de veiligheidsanalyse van 2026 voorstelt"
            )]
        );
        // Not checked without the analysis, nor for a joint plan the analysis covers in part.
        assert_eq!(controleer_ivp(&plan).met_code("IVP-041").count(), 0);
        let mut samen = plan.clone();
        samen.gemeenten.push("Zeist".to_owned());
        let rapport = controleer_ivp_bij_analyse(&samen, &a);
        assert_eq!(rapport.met_code("IVP-041").count(), 0);
        // An analysis that proposes nothing is AN-003's, not this rule's.
        let leeg = analyse("");
        assert_eq!(
            controleer_ivp_bij_analyse(&plan, &leeg)
                .met_code("IVP-041")
                .count(),
            0
        );
    }

    /// A local paragraph is checked against the analysis of its own gemeente.
    #[test]
    fn ivp_041_lokale_paragraaf_bij_de_analyse_van_haar_gemeente() {
        let a = analyse(
            r#"gemeenten = ["zeist"]
            voorstel_prioriteiten = [{ veld = 5, themas = ["5.2"] }]"#,
        );
        let plan = ivp(r#"gemeenten = ["Utrecht", "Zeist"]
            lokale_paragrafen = [
                { gemeente = "Zeist", prioriteiten = [{ naam = "Jeugd", themas = ["2.1"] }] },
                { gemeente = "Utrecht", prioriteiten = [{ naam = "Brand", themas = ["3.1"] }] },
            ]"#);
        let paden: Vec<String> = controleer_ivp_bij_analyse(&plan, &a)
            .met_code("IVP-041")
            .map(|d| d.pad.clone())
            .collect();
        assert_eq!(paden, ["/lokale_paragrafen/0/prioriteiten/0/themas"]);
    }
}
