//! The rules on the plan as a whole: whose it is (gemeenten), for when (periode), and who
//! adopted it (vaststelling).

use std::collections::HashSet;

use chrono::{Datelike, Months};

use crate::controle::passages::*;
use crate::controle::vaststelling::Vaststeller;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Ivp, Orgaan};
use crate::gemeenten;
use crate::methode;
use crate::naam::GemeenteSleutel;

/// The rules of this part, in the order of the document.
pub(super) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    ivp_019(ivp, v);
    ivp_017(ivp, v);
    ivp_011(ivp, v);
    ivp_012(ivp, v);
    ivp_022(ivp, v);
    ivp_032(ivp, v);
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
    grond: Grond::kengetal(&methode::IVP_JAREN),
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
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "periode korter dan de vierjaarlijkse cyclus",
    uitleg: "Het IVP is meerjarig beleid, vierjaarlijks zoals het Regionaal Beleidsplan waarvoor het input is; een plan voor minder kalenderjaren (een jaarlijkse lijst van afspraken) is eerder een uitvoeringsplan. Geteld worden de kalenderjaren van de periode: een plan van februari 2023 tot en met 2026 beslaat er vier. De Politiewet vraagt een plan ten minste eenmaal in de vier jaar, dus korter mag: een hint.",
    oplossing: "Geef het IVP een periode van vier jaar, of behandel het document als uitvoeringsplan bij een IVP.",
    grond: Grond::kengetal(&methode::IVP_JAREN),
};

/// Counts calendar years: 2023-02-01 to 2026-12-31 covers four.
fn ivp_022(ivp: &Ivp, v: &mut Verzamelaar) {
    let p = ivp.periode;
    let jaren = i64::from(p.tot.year()) - i64::from(p.van.year()) + 1;
    let minimum = methode::IVP_JAREN.bereik.min;
    if p.van <= p.tot && jaren < i64::from(minimum) {
        v.meld(
            &IVP_022,
            "/periode",
            format!(
                "de periode {} tot en met {} beslaat {jaren} {} ({}-{}), minder dan {minimum}; het IVP is {} beleid",
                p.van,
                p.tot,
                if jaren == 1 { "kalenderjaar" } else { "kalenderjaren" },
                p.van.year(),
                p.tot.year(),
                methode::IVP_JAREN.woorden
            ),
        );
    }
}

/// The raad adopts the IVP.
const IVP_VASTSTELLER: Vaststeller = Vaststeller {
    document: "IVP",
    orgaan: Orgaan::Raad,
    wie_stelt_vast: "de gemeenteraad stelt het IVP vast",
};

/// IVP-018: geen vaststelling vastgelegd.
pub(crate) const IVP_018: Regel = Regel {
    code: "IVP-018",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen vaststelling vastgelegd",
    uitleg: "De gemeenteraad stelt het IVP vast. Gemeld wordt een IVP waarbij geen vaststelling is vastgelegd (bij een concept vanzelfsprekend); een vaststelling door een ander orgaan is IVP-027.",
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
}

/// IVP-027: vastgesteld door een ander orgaan dan de raad.
pub(crate) const IVP_027: Regel = Regel {
    code: "IVP-027",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "vastgesteld door een ander orgaan dan de raad",
    uitleg: "De gemeenteraad stelt het IVP vast; een vaststelling door het college, de burgemeester of de driehoek spreekt dat tegen (dat het college het uitvoeringsplan vaststelt, is UP-006).",
    oplossing: "Leg het IVP ter vaststelling voor aan de raad, of corrigeer het orgaan als de raad het vaststelde.",
    grond: Grond::Handreiking {
        citaat: VASTSTELLING,
        bron: DRIEHOEK,
    },
};

/// IVP-028: een gezamenlijk IVP niet door de raad van elke gemeente vastgesteld.
pub(crate) const IVP_028: Regel = Regel {
    code: "IVP-028",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "gezamenlijk IVP niet door elke raad vastgesteld",
    uitleg: "Een IVP van meer gemeenten wordt in elke gemeente door de raad vastgesteld. Is een vaststelling door een raad vastgelegd, dan noemt de bevinding elke deelnemende gemeente waarvan geen vaststelling door haar raad (met die gemeente erbij) is vastgelegd. Een plan zonder vastgelegde vaststelling is IVP-018, een plan dat alleen een ander orgaan vaststelde IVP-027.",
    oplossing: "Leg per gemeente de vaststelling door haar raad vast (vaststelling met gemeente), of laat het IVP daar alsnog vaststellen.",
    grond: Grond::Handreiking {
        citaat: "Het IVP wordt vervolgens in elke gemeente vastgesteld door de Raad.",
        bron: MEERDERE,
    },
};

/// IVP-027 and IVP-028: by whom, and in each gemeente.
pub(super) fn vaststelling(ivp: &Ivp, v: &mut Verzamelaar) {
    IVP_VASTSTELLER.ander_orgaan(&IVP_027, &ivp.vaststelling, v);
    IVP_VASTSTELLER.niet_in_elke_gemeente(&IVP_028, &ivp.gemeenten, &ivp.vaststelling, v);
}

/// IVP-032: de eigen tekst noemt een andere gemeente.
pub(crate) const IVP_032: Regel = Regel {
    code: "IVP-032",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "de eigen tekst noemt een andere gemeente",
    uitleg: "Een tekst van het plan noemt in eigen woorden een gemeente die niet bij het plan \
             hoort en geen partner is (haar naam, bijvoeglijk naamwoord of een voormalige \
             gemeente die erin opging): mogelijk is de tekst overgenomen uit het plan van die \
             gemeente.",
    oplossing: "Controleer of de tekst over de eigen gemeente gaat; noem een gemeente waarmee \
                wordt samengewerkt bij de partners.",
    grond: Grond::GezondVerstand {
        stelling: "Een plan spreekt in eigen woorden over de eigen gemeente; noemt het zo een \
                   andere gemeente, dan is de tekst mogelijk van die gemeente overgenomen.",
    },
};

/// One finding per text and gemeente. Names in organisations ("Veiligheidsregio Utrecht"),
/// the plan's gemeenten, its partners and placeholders do not count
/// ([`gemeenten::in_document`]).
fn ivp_032(ivp: &Ivp, v: &mut Verzamelaar) {
    // An IVP always serialises (its maps have string keys); nothing to report otherwise.
    let Ok(vondsten) = gemeenten::in_document(ivp) else {
        return;
    };
    let mut gemeld: Vec<(String, gemeenten::Gemeente)> = Vec::new();
    for vondst in vondsten {
        let sleutel = (vondst.pad.clone(), vondst.gemeente);
        if gemeld.contains(&sleutel) {
            continue;
        }
        gemeld.push(sleutel);
        let wat = match vondst.vorm {
            gemeenten::Vorm::Voormalig(oud) => format!(
                "de voormalige gemeente {} (sinds {} {})",
                oud.naam(),
                oud.opgeheven(),
                vondst.gemeente.naam()
            ),
            _ => format!("de gemeente {}", vondst.gemeente.naam()),
        };
        v.meld(
            &IVP_032,
            vondst.pad,
            format!(
                "de tekst noemt \"{}\": {wat}, die niet bij het plan hoort en geen partner is",
                vondst.woorden
            ),
        );
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
        for (tot, paden) in [("2031-01-01", &["/periode"][..]), ("2030-12-31", &[])] {
            let plan = ivp(&format!(
                r#"periode = {{ van = "2027-01-01", tot = "{tot}" }}"#
            ));
            assert_eq!(bevindingen(&plan, "IVP-012"), paden, "tot {tot}");
        }
    }

    /// IVP-022: "Dit eveneens vierjaarlijkse beleid": fewer calendar years than four is a
    /// hint; a plan from February 2023 to the end of 2026 covers four.
    #[test]
    fn ivp_022_korter_dan_de_cyclus() {
        let kort = ivp(r#"periode = { van = "2027-01-01", tot = "2028-12-31" }"#);
        assert_eq!(bevindingen(&kort, "IVP-022"), ["/periode"]);
        let vier = ivp(r#"periode = { van = "2023-02-01", tot = "2026-12-31" }"#);
        assert!(bevindingen(&vier, "IVP-022").is_empty());
        let rapport = crate::controle::controleer_ivp(&kort);
        let d = rapport.met_code("IVP-022").next().map(|d| d.ernst);
        assert_eq!(d, Some(crate::controle::Ernst::Hint));
    }

    /// IVP-018: "De gemeenteraad stelt het IVP vast".
    #[test]
    fn ivp_018_vaststelling_door_de_raad() {
        let geen = ivp("");
        assert_eq!(bevindingen(&geen, "IVP-018"), ["/vaststelling"]);
        let college = ivp("[[vaststelling]]\ndoor = \"college\"");
        assert!(bevindingen(&college, "IVP-018").is_empty());
    }

    /// IVP-027: "De gemeenteraad stelt het IVP vast": not the college or the burgemeester.
    #[test]
    fn ivp_027_ander_orgaan() {
        let college = ivp("[[vaststelling]]\ndoor = \"college\"");
        assert_eq!(bevindingen(&college, "IVP-027"), ["/vaststelling/0/door"]);
        let burgemeester = ivp("[[vaststelling]]\ndoor = \"burgemeester\"");
        assert_eq!(
            bevindingen(&burgemeester, "IVP-027"),
            ["/vaststelling/0/door"]
        );
        let raad = ivp("[[vaststelling]]\ndoor = \"raad\"");
        assert!(bevindingen(&raad, "IVP-027").is_empty());
    }

    /// IVP-028: "Het IVP wordt vervolgens in elke gemeente vastgesteld door de Raad.": a joint
    /// plan adopted by one raad names the others.
    #[test]
    fn ivp_028_gezamenlijk_door_elke_raad() {
        let een_raad = ivp(
            r#"gemeenten = ["Kampen", "Steenwijkerland", "Zwartewaterland"]
            [[vaststelling]]
            door = "raad"
            gemeente = "Kampen"
            [[vaststelling]]
            door = "college"
            gemeente = "Steenwijkerland""#,
        );
        let rapport = crate::controle::controleer_ivp(&een_raad);
        let bericht: Vec<&str> = rapport
            .met_code("IVP-028")
            .map(|d| d.bericht.as_str())
            .collect();
        assert_eq!(bericht.len(), 1);
        assert!(
            bericht[0].contains("raad van Steenwijkerland, Zwartewaterland;"),
            "{}",
            bericht[0]
        );
        let elk = ivp(r#"gemeenten = ["Kampen", "Staphorst"]
            vaststelling = [{ door = "raad", gemeente = "Kampen" }, { door = "raad", gemeente = " staphorst" }]"#);
        assert!(bevindingen(&elk, "IVP-028").is_empty());
        let alleen = ivp("[[vaststelling]]\ndoor = \"raad\"");
        assert!(bevindingen(&alleen, "IVP-028").is_empty(), "één gemeente");
        let college =
            ivp("gemeenten = [\"Kampen\", \"Staphorst\"]\n[[vaststelling]]\ndoor = \"college\"");
        assert!(
            bevindingen(&college, "IVP-028").is_empty(),
            "dat is IVP-027"
        );
    }

    /// IVP-032: "Een plan spreekt in eigen woorden over de eigen gemeente; noemt het zo een
    /// andere gemeente, dan is de tekst mogelijk van die gemeente overgenomen."
    #[test]
    fn ivp_032_andere_gemeente_in_de_eigen_tekst() {
        let overgenomen = ivp(r#"gemeenten = ["Vijfheerenlanden"]
            [[prioriteiten]]
            naam = "Jeugd"
            themas = ["3.1"]
            toelichting = "In Nieuwegein zien we meer overlast; de Nieuwegeinse aanpak werkt.""#);
        assert_eq!(
            bevindingen(&overgenomen, "IVP-032"),
            ["/prioriteiten/0/toelichting"]
        );
        let eigen = ivp(r#"gemeenten = ["Vijfheerenlanden"]
            [[prioriteiten]]
            naam = "Jeugd"
            themas = ["3.1"]
            toelichting = "In Vianen en Leerdam, met de Veiligheidsregio Utrecht en samen met gemeente Nieuwegein."
            partners = ["gemeente Gorinchem"]
            hoofdlijnen_aanpak = ["Met Gorinchem delen we de aanpak."]"#);
        assert!(bevindingen(&eigen, "IVP-032").is_empty());
    }
}
