//! The rules on the plan as a whole: whose it is (gemeenten), for when (periode), and who
//! adopted it (vaststelling).

use std::collections::HashSet;

use chrono::Months;

use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{met_lidwoord, Ernst, Grond, Regel, Toepassing};
use crate::document::{Ivp, Orgaan};
use crate::methode;
use crate::naam::GemeenteSleutel;

/// The rules of this part, in the order of the document.
pub(super) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    ivp_019(ivp, v);
    ivp_017(ivp, v);
    ivp_011(ivp, v);
    ivp_012(ivp, v);
    ivp_022(ivp, v);
}

/// IVP-019: geen gemeente of dubbele gemeente.
pub(crate) const IVP_019: Regel = Regel {
    code: "IVP-019",
    ernst: Ernst::Fout,
    document: Toepassing::Ivp,
    titel: "geen gemeente of dubbele gemeente",
    uitleg: "Een IVP hoort bij een of meer gemeenten, elk één keer genoemd.",
    oplossing: "Noem elke deelnemende gemeente één keer.",
    grond: Grond::GezondVerstand {
        stelling: "Een plan is van ten minste één gemeente, en wie twee keer genoemd wordt, doet niet twee keer mee.",
    },
};

fn ivp_019(ivp: &Ivp, v: &mut Verzamelaar) {
    if ivp.gemeenten.iter().all(|g| g.trim().is_empty()) {
        v.meld(
            &IVP_019,
            "/gemeenten",
            "het IVP noemt geen gemeente".to_owned(),
        );
    }
    let mut gezien = HashSet::new();
    for (i, g) in ivp.gemeenten.iter().enumerate() {
        if !gezien.insert(GemeenteSleutel::new(g)) {
            v.meld(
                &IVP_019,
                format!("/gemeenten/{i}"),
                format!("gemeente \"{g}\" staat meer dan eens in gemeenten"),
            );
        }
    }
}

/// IVP-017: lokale paragraaf van een andere gemeente.
pub(crate) const IVP_017: Regel = Regel {
    code: "IVP-017",
    ernst: Ernst::Fout,
    document: Toepassing::Ivp,
    titel: "lokale paragraaf van een andere gemeente",
    uitleg: "Een gezamenlijk IVP heeft lokaal-specifieke paragrafen voor de deelnemende gemeenten; een paragraaf voor een gemeente die niet meedoet, hoort er niet in.",
    oplossing: "Voeg de gemeente toe aan gemeenten, of corrigeer de naam in de lokale paragraaf.",
    grond: Grond::Handreiking {
        citaat: "lokaal-specifieke paragrafen met lokale prioriteiten en overige thema's (plus lokale aanpak)",
        bron: MEERDERE,
    },
};

fn ivp_017(ivp: &Ivp, v: &mut Verzamelaar) {
    let gemeenten: HashSet<_> = ivp
        .gemeenten
        .iter()
        .map(|g| GemeenteSleutel::new(g))
        .collect();
    let hoort_erbij = |naam: &str| gemeenten.contains(&GemeenteSleutel::new(naam));
    for (i, l) in ivp.lokale_paragrafen.iter().enumerate() {
        if !hoort_erbij(&l.gemeente) {
            v.meld(
                &IVP_017,
                format!("/lokale_paragrafen/{i}/gemeente"),
                format!(
                    "lokale paragraaf voor \"{}\", maar die gemeente staat niet in gemeenten ({})",
                    l.gemeente,
                    opsomming(&ivp.gemeenten),
                ),
            );
        }
    }
    for (i, s) in ivp.vaststelling.iter().enumerate() {
        if let Some(g) = s.gemeente.as_deref().filter(|g| !hoort_erbij(g)) {
            v.meld(
                &IVP_017,
                format!("/vaststelling/{i}/gemeente"),
                format!("vaststelling door \"{g}\", maar die gemeente staat niet in gemeenten"),
            );
        }
    }
}

/// At most this many gemeenten are listed in a message.
const HOOGSTENS_GENOEMD: usize = 10;

/// The gemeenten of the plan as a message lists them: all of them, or the first
/// [`HOOGSTENS_GENOEMD`] and how many more.
pub(crate) fn opsomming(gemeenten: &[String]) -> String {
    match gemeenten.split_at_checked(HOOGSTENS_GENOEMD) {
        Some((eerste, rest)) if !rest.is_empty() => {
            format!("{} en {} andere", eerste.join(", "), rest.len())
        }
        _ => gemeenten.join(", "),
    }
}

/// IVP-011: periode begint niet voor zij eindigt.
pub(crate) const IVP_011: Regel = Regel {
    code: "IVP-011",
    ernst: Ernst::Fout,
    document: Toepassing::Ivp,
    titel: "periode begint niet voor zij eindigt",
    uitleg: "De begindatum van de periode ligt na de einddatum.",
    oplossing: "Verwissel of corrigeer de data van de periode.",
    grond: Grond::GezondVerstand {
        stelling: "Een periode eindigt niet voordat zij begint.",
    },
};

fn ivp_011(ivp: &Ivp, v: &mut Verzamelaar) {
    let p = ivp.periode;
    if p.van > p.tot {
        v.meld(
            &IVP_011,
            "/periode",
            format!(
                "de periode begint op {} maar eindigt al op {}",
                p.van, p.tot
            ),
        );
    }
}

/// IVP-012: periode langer dan de vierjaarlijkse cyclus.
pub(crate) const IVP_012: Regel = Regel {
    code: "IVP-012",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "periode langer dan de vierjaarlijkse cyclus",
    uitleg: "Het IVP is, net als het Regionaal Beleidsplan van de politie waarvoor het input is, vierjaarlijks; een langere periode loopt uit de pas met die cyclus.",
    oplossing: "Kort de periode in tot vier jaar.",
    grond: Grond::Handreiking {
        citaat: methode::IVP_JAREN.citaat,
        bron: methode::IVP_JAREN.bron,
    },
};

fn ivp_012(ivp: &Ivp, v: &mut Verzamelaar) {
    let p = ivp.periode;
    // The cycle's length from `van` is the first day that is too late.
    let jaren = methode::IVP_JAREN.bereik.max;
    let grens = p.van.checked_add_months(Months::new(u32::from(jaren) * 12));
    if p.van <= p.tot && grens.is_none_or(|grens| p.tot >= grens) {
        v.meld(
            &IVP_012,
            "/periode",
            format!(
                "de periode {} tot en met {} is langer dan {jaren} jaar; het IVP is {} beleid",
                p.van,
                p.tot,
                methode::IVP_JAREN.woorden
            ),
        );
    }
}

/// IVP-022: periode korter dan de vierjaarlijkse cyclus.
pub(crate) const IVP_022: Regel = Regel {
    code: "IVP-022",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "periode korter dan de vierjaarlijkse cyclus",
    uitleg: "Het IVP is meerjarig beleid, vierjaarlijks zoals het Regionaal Beleidsplan waarvoor het input is; een plan voor korter (een jaarlijkse lijst van afspraken) is eerder een uitvoeringsplan.",
    oplossing: "Geef het IVP een periode van vier jaar, of behandel het document als uitvoeringsplan bij een IVP.",
    grond: Grond::Handreiking {
        citaat: methode::IVP_JAREN.citaat,
        bron: methode::IVP_JAREN.bron,
    },
};

fn ivp_022(ivp: &Ivp, v: &mut Verzamelaar) {
    let p = ivp.periode;
    // Shorter than the cycle: the day before `van` plus the cycle is the last day of a full one.
    let jaren_min = methode::IVP_JAREN.bereik.min;
    let vol = p
        .van
        .checked_add_months(Months::new(u32::from(jaren_min) * 12))
        .and_then(|d| d.pred_opt());
    if p.van <= p.tot && vol.is_some_and(|laatste| p.tot < laatste) {
        v.meld(
            &IVP_022,
            "/periode",
            format!(
                "de periode {} tot en met {} is korter dan {jaren_min} jaar; het IVP is {} beleid",
                p.van,
                p.tot,
                methode::IVP_JAREN.woorden
            ),
        );
    }
}

/// IVP-018: geen vaststelling door de raad.
pub(crate) const IVP_018: Regel = Regel {
    code: "IVP-018",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen vaststelling door de raad",
    uitleg: "De gemeenteraad stelt het IVP vast. Gemeld wordt een vaststelling door een ander orgaan, en een IVP waarbij geen vaststelling is vastgelegd (bij een concept vanzelfsprekend).",
    oplossing: "Laat het IVP vaststellen door de raad en leg de vaststelling vast.",
    grond: Grond::Handreiking {
        citaat: VASTSTELLING,
        bron: DRIEHOEK,
    },
};

pub(super) fn ivp_018(ivp: &Ivp, v: &mut Verzamelaar) {
    if ivp.vaststelling.is_empty() {
        v.meld(
            &IVP_018,
            "/vaststelling",
            "het IVP vermeldt geen vaststelling; de gemeenteraad stelt het IVP vast".to_owned(),
        );
    }
    for (i, s) in ivp.vaststelling.iter().enumerate() {
        if s.door != Orgaan::Raad {
            v.meld(
                &IVP_018,
                format!("/vaststelling/{i}/door"),
                format!(
                    "het IVP is vastgesteld door {}; de gemeenteraad stelt het IVP vast",
                    met_lidwoord(s.door)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-019: "Een plan is van ten minste één gemeente, en wie twee keer genoemd wordt, doet
    /// niet twee keer mee."
    #[test]
    fn ivp_019_geen_of_dubbele_gemeente() {
        let geen = ivp(r#"gemeenten = [" "]"#);
        assert_eq!(bevindingen(&geen, "IVP-019"), ["/gemeenten"]);
        let dubbel = ivp(r#"gemeenten = ["Lopik", "Zeist", " LOPIK"]"#);
        assert_eq!(bevindingen(&dubbel, "IVP-019"), ["/gemeenten/2"]);
    }

    /// IVP-017: "lokaal-specifieke paragrafen met lokale prioriteiten en overige thema's": only
    /// for the gemeenten of the plan.
    #[test]
    fn ivp_017_paragraaf_van_een_andere_gemeente() {
        let plan = ivp(r#"gemeenten = ["Lopik", "Zeist"]
            [[lokale_paragrafen]]
            gemeente = "lopik"
            [[lokale_paragrafen]]
            gemeente = "Woerden"
            [[vaststelling]]
            door = "raad"
            gemeente = "Utrecht""#);
        assert_eq!(
            bevindingen(&plan, "IVP-017"),
            // In the document's order: vaststelling is written before the local paragraphs.
            ["/vaststelling/0/gemeente", "/lokale_paragrafen/1/gemeente"]
        );
    }

    #[test]
    fn opsomming_noemt_hoogstens_tien() {
        let namen: Vec<String> = (0..12).map(|i| format!("G{i}")).collect();
        assert_eq!(super::opsomming(&namen[..2]), "G0, G1");
        assert_eq!(super::opsomming(&namen[..10]), namen[..10].join(", "));
        assert_eq!(
            super::opsomming(&namen),
            "G0, G1, G2, G3, G4, G5, G6, G7, G8, G9 en 2 andere"
        );
    }

    /// IVP-011: "Een periode eindigt niet voordat zij begint."
    #[test]
    fn ivp_011_periode_achterstevoren() {
        let plan = ivp(r#"periode = { van = "2030-01-01", tot = "2027-12-31" }"#);
        assert_eq!(bevindingen(&plan, "IVP-011"), ["/periode"]);
        assert!(bevindingen(&plan, "IVP-012").is_empty());
        assert!(bevindingen(&plan, "IVP-022").is_empty());
    }

    /// IVP-012: the handbook's four-year cycle; longer is a waarschuwing, four years is not.
    #[test]
    fn ivp_012_langer_dan_vier_jaar() {
        let lang = ivp(r#"periode = { van = "2027-01-01", tot = "2031-01-01" }"#);
        assert_eq!(bevindingen(&lang, "IVP-012"), ["/periode"]);
        let vier = ivp(r#"periode = { van = "2027-01-01", tot = "2030-12-31" }"#);
        assert!(bevindingen(&vier, "IVP-012").is_empty());
    }

    /// IVP-022: shorter than the four-year cycle.
    #[test]
    fn ivp_022_korter_dan_de_cyclus() {
        let kort = ivp(r#"periode = { van = "2027-01-01", tot = "2028-12-31" }"#);
        assert_eq!(bevindingen(&kort, "IVP-022"), ["/periode"]);
        let vier = ivp(r#"periode = { van = "2027-01-01", tot = "2030-12-31" }"#);
        assert!(bevindingen(&vier, "IVP-022").is_empty());
    }

    /// IVP-018: "De gemeenteraad stelt het IVP vast".
    #[test]
    fn ivp_018_vaststelling_door_de_raad() {
        let geen = ivp("");
        assert_eq!(bevindingen(&geen, "IVP-018"), ["/vaststelling"]);
        let college = ivp("[[vaststelling]]\ndoor = \"college\"");
        assert_eq!(bevindingen(&college, "IVP-018"), ["/vaststelling/0/door"]);
        let raad = ivp("[[vaststelling]]\ndoor = \"raad\"");
        assert!(bevindingen(&raad, "IVP-018").is_empty());
    }
}
