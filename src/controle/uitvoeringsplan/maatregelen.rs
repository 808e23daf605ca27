//! The rules on the actions and measures of each priority and other theme: that there are
//! measures, and that each has its trekkers, a planning and a prestatie-indicator.

use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Invulbaar, Maatregel, UitvoeringsItem};

/// The rules for one item (a priority or other theme) at `pad`, then for each of its measures.
pub(super) fn controleer(item: &UitvoeringsItem, pad: &str, v: &mut Verzamelaar) {
    up_002(item, pad, v);
    for (a, actiepunt) in item.actiepunten.iter().enumerate() {
        for (m, maatregel) in actiepunt.maatregelen.iter().enumerate() {
            let pad = format!("{pad}/actiepunten/{a}/maatregelen/{m}");
            up_003(maatregel, &pad, v);
            up_004(maatregel, &pad, v);
            up_007(maatregel, &pad, v);
            up_005(maatregel, &pad, v);
        }
    }
}

/// UP-002: prioriteit of overig thema zonder maatregel.
pub(crate) const UP_002: Regel = Regel {
    code: "UP-002",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Uitvoeringsplan,
    titel: "prioriteit of overig thema zonder maatregel",
    uitleg: "Zwaartepunt van het uitvoeringsplan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's.",
    oplossing: "Voeg ten minste één maatregel toe.",
    grond: Grond::Handreiking {
        citaat: "Zwaartepunt daarvan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's van het IVP.",
        bron: STAP_5,
    },
};

fn up_002(item: &UitvoeringsItem, pad: &str, v: &mut Verzamelaar) {
    let aantal: usize = item.actiepunten.iter().map(|a| a.maatregelen.len()).sum();
    if aantal == 0 {
        v.meld(
            &UP_002,
            format!("{pad}/actiepunten"),
            format!("\"{}\" heeft geen enkele maatregel", item.naam),
        );
    }
}

fn naam_van(maatregel: &Maatregel) -> &str {
    maatregel
        .omschrijving
        .waarde()
        .map_or("(omschrijving nog in te vullen)", String::as_str)
}

/// UP-003: maatregel zonder trekker.
pub(crate) const UP_003: Regel = Regel {
    code: "UP-003",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Uitvoeringsplan,
    titel: "maatregel zonder trekker",
    uitleg: "Elke maatregel heeft een bestuurlijk en een ambtelijk trekker.",
    oplossing: "Wijs een bestuurlijk en een ambtelijk trekker aan.",
    grond: Grond::Handreiking {
        citaat: MAATREGELEN,
        bron: STAP_5,
    },
};

fn up_003(maatregel: &Maatregel, pad: &str, v: &mut Verzamelaar) {
    for (sleutel, trekker) in [
        ("bestuurlijk_trekker", &maatregel.bestuurlijk_trekker),
        ("ambtelijk_trekker", &maatregel.ambtelijk_trekker),
    ] {
        if trekker.is_none() {
            v.meld(
                &UP_003,
                format!("{pad}/{sleutel}"),
                format!(
                    "maatregel \"{}\" heeft geen {} trekker",
                    naam_van(maatregel),
                    sleutel.trim_end_matches("_trekker")
                ),
            );
        }
    }
}

/// UP-004: maatregel zonder planning.
pub(crate) const UP_004: Regel = Regel {
    code: "UP-004",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Uitvoeringsplan,
    titel: "maatregel zonder planning",
    uitleg: "Elke maatregel heeft een planning: een looptijd, of de datum waarvoor ze gereed is (zoals de afspraken van een jaarplan: \"voor 1 juni\").",
    oplossing: "Geef start- en einddatum van de maatregel (planning), of de datum waarvoor ze gereed is (gereed_voor).",
    grond: Grond::Handreiking {
        citaat: MAATREGELEN,
        bron: STAP_5,
    },
};

/// A deadline ("voor 1 juni 2017") is the planning of a one-year agreement.
fn up_004(maatregel: &Maatregel, pad: &str, v: &mut Verzamelaar) {
    if maatregel.planning.is_none() && maatregel.gereed_voor.is_none() {
        v.meld(
            &UP_004,
            format!("{pad}/planning"),
            format!(
                "maatregel \"{}\" heeft geen planning en geen datum waarvoor ze gereed is",
                naam_van(maatregel)
            ),
        );
    }
}

/// UP-007: planning eindigt voor zij begint.
pub(crate) const UP_007: Regel = Regel {
    code: "UP-007",
    ernst: Ernst::Fout,
    document: Toepassing::Uitvoeringsplan,
    titel: "planning eindigt voor zij begint",
    uitleg: "De einddatum van een maatregel ligt voor de begindatum.",
    oplossing: "Corrigeer de data.",
    grond: Grond::GezondVerstand {
        stelling: "Een planning eindigt niet voordat zij begint.",
    },
};

fn up_007(maatregel: &Maatregel, pad: &str, v: &mut Verzamelaar) {
    if let Some(Invulbaar::Waarde(p)) = &maatregel.planning {
        if p.eind < p.start {
            v.meld(
                &UP_007,
                format!("{pad}/planning"),
                format!(
                    "de planning van maatregel \"{}\" eindigt ({}) voor zij begint ({})",
                    naam_van(maatregel),
                    p.eind,
                    p.start
                ),
            );
        }
    }
}

/// UP-005: maatregel zonder prestatie-indicator.
pub(crate) const UP_005: Regel = Regel {
    code: "UP-005",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Uitvoeringsplan,
    titel: "maatregel zonder prestatie-indicator",
    uitleg:
        "Acties en maatregelen worden concreet en meetbaar beschreven met prestatie-indicatoren.",
    oplossing: "Geef aan waaraan te zien is dat de maatregel is uitgevoerd.",
    grond: Grond::Handreiking {
        citaat: MAATREGELEN,
        bron: STAP_5,
    },
};

fn up_005(maatregel: &Maatregel, pad: &str, v: &mut Verzamelaar) {
    if maatregel.prestatie_indicator.is_none() {
        v.meld(
            &UP_005,
            format!("{pad}/prestatie_indicator"),
            format!(
                "maatregel \"{}\" heeft geen prestatie-indicator",
                naam_van(maatregel)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, up};

    /// One priority with one measure, written as these TOML keys.
    fn met_maatregel(maatregel: &str) -> crate::document::Uitvoeringsplan {
        up(&format!(
            "jaar = 2027\n[[prioriteiten]]\nnaam = \"Inbraak\"\nthemas = [\"1.3\"]\n[[prioriteiten.actiepunten]]\nnaam = \"Preventie\"\n[[prioriteiten.actiepunten.maatregelen]]\nomschrijving = \"Voorlichting\"\n{maatregel}"
        ))
    }

    const M: &str = "/prioriteiten/0/actiepunten/0/maatregelen/0";

    /// UP-002: "Zwaartepunt daarvan is een overzicht van acties en maatregelen".
    #[test]
    fn up_002_geen_maatregel() {
        let plan = up("jaar = 2027\n[[prioriteiten]]\nnaam = \"Inbraak\"\nthemas = [\"1.3\"]");
        assert_eq!(
            bevindingen(&plan, "UP-002"),
            ["/prioriteiten/0/actiepunten"]
        );
        assert!(bevindingen(&met_maatregel(""), "UP-002").is_empty());
    }

    /// UP-003: "met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker".
    #[test]
    fn up_003_trekkers() {
        let plan = met_maatregel("bestuurlijk_trekker = \"Burgemeester\"");
        assert_eq!(
            bevindingen(&plan, "UP-003"),
            [format!("{M}/ambtelijk_trekker")]
        );
    }

    /// UP-004: "... betrokken partijen, planning"; a date to be ready by counts.
    #[test]
    fn up_004_planning() {
        assert_eq!(
            bevindingen(&met_maatregel(""), "UP-004"),
            [format!("{M}/planning")]
        );
        let gereed = met_maatregel("gereed_voor = \"2027-06-01\"");
        assert!(bevindingen(&gereed, "UP-004").is_empty());
    }

    /// UP-007: "Een planning eindigt niet voordat zij begint."
    #[test]
    fn up_007_planning_achterstevoren() {
        let plan = met_maatregel("planning = { start = \"2027-06-01\", eind = \"2027-01-01\" }");
        assert_eq!(bevindingen(&plan, "UP-007"), [format!("{M}/planning")]);
    }

    /// UP-005: "concreet en meetbaar beschreven ('prestatie-indicatoren')".
    #[test]
    fn up_005_prestatie_indicator() {
        assert_eq!(
            bevindingen(&met_maatregel(""), "UP-005"),
            [format!("{M}/prestatie_indicator")]
        );
        let met = met_maatregel("prestatie_indicator = \"Tien avonden\"");
        assert!(bevindingen(&met, "UP-005").is_empty());
    }
}
