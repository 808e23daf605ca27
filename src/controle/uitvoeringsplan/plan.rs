//! The rules on an uitvoeringsplan as a whole: its year in the IVP's period, the look back of a
//! follow-up plan, the recommended chapters, and who adopted it.

use chrono::Datelike;

use crate::controle::passages::*;
use crate::controle::vaststelling::Vaststeller;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Orgaan, Uitvoeringsplan};
use crate::methode::UitvoeringsplanHoofdstuk;

/// The rules of this part, in the order of the document (UP-006 at the end, with the
/// vaststelling).
pub(super) fn controleer(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    up_001(up, v);
    up_009(up, v);
    up_010(up, v);
}

/// UP-001: jaar buiten de periode van het IVP.
pub(crate) const UP_001: Regel = Regel {
    code: "UP-001",
    ernst: Ernst::Fout,
    document: Toepassing::Uitvoeringsplan,
    titel: "jaar buiten de periode van het IVP",
    uitleg: "Een uitvoeringsplan werkt een IVP uit en valt binnen de periode ervan (de handreiking geeft het bij voorkeur één jaar; een uitvoeringsplan heeft hier één jaar).",
    oplossing: "Corrigeer het jaar of de periode van het IVP.",
    grond: Grond::GezondVerstand {
        stelling: "Een uitvoeringsplan kan een IVP alleen uitvoeren in de jaren waarin dat IVP geldt.",
    },
};

/// A plan that carries out no IVP (a one-year agreements plan) has no period to compare.
fn up_001(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    let Some(ivp) = &up.ivp else {
        return;
    };
    let periode = ivp.periode;
    if up.jaar < periode.van.year() || up.jaar > periode.tot.year() {
        v.meld(
            &UP_001,
            "/jaar",
            format!(
                "het uitvoeringsplan is voor {}, buiten de periode van het IVP ({} tot en met {})",
                up.jaar, periode.van, periode.tot
            ),
        );
    }
}

/// UP-009: vervolgplan zonder terugblik.
pub(crate) const UP_009: Regel = Regel {
    code: "UP-009",
    ernst: Ernst::Hint,
    document: Toepassing::Uitvoeringsplan,
    titel: "vervolgplan zonder terugblik",
    uitleg: "Een uitvoeringsplan na het eerste jaar van het IVP blikt terug op het veiligheidsbeeld en de aanpak van de afgelopen periode; zo heeft het ook een evaluatieve functie.",
    oplossing: "Voeg een terugblik toe op veiligheidsbeeld en aanpak.",
    grond: Grond::Handreiking {
        citaat: "Voor de 'vervolgplannen' is het aan te bevelen een terugblik op ontwikkelingen in het veiligheidsbeeld en de aanpak in de afgelopen periode op te nemen",
        bron: STAP_5,
    },
};

fn up_009(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    let Some(ivp) = &up.ivp else {
        return;
    };
    if up.jaar > ivp.periode.van.year() && up.terugblik.is_empty() {
        v.meld(
            &UP_009,
            "/terugblik",
            format!(
                "het uitvoeringsplan voor {} is een vervolgplan, maar blikt niet terug op veiligheidsbeeld en aanpak",
                up.jaar
            ),
        );
    }
}

/// UP-010: hoofdstuk van de aanbevolen opzet ontbreekt.
pub(crate) const UP_010: Regel = Regel {
    code: "UP-010",
    ernst: Ernst::Hint,
    document: Toepassing::Uitvoeringsplan,
    titel: "hoofdstuk van de aanbevolen opzet ontbreekt",
    uitleg: "De handreiking beveelt voor het uitvoeringsplan een opzet van vijf hoofdstukken aan; gemeld worden de hoofdlijn van het IVP (met de beleidscyclus), de uitwerking van de prioriteiten en de begroting als ze ontbreken. De terugblik is UP-009.",
    oplossing: "Voeg het hoofdstuk toe met de inhoud die de handreiking noemt.",
    grond: Grond::Handreiking {
        citaat: "De aanbevolen opzet van het uitvoeringsplan (zie ook het format voor het uitvoeringsplan) is:",
        bron: STAP_5,
    },
};

/// The chapters that can be missing: 1 (hoofdlijn IVP with the beleidscyclus), 3 (the
/// priorities) and 5 (begroting). Chapter 2 is UP-009's; chapter 4 may be empty when the IVP
/// has no other theme.
fn up_010(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    let leeg = [
        (
            UitvoeringsplanHoofdstuk::HoofdlijnIvp,
            "/hoofdlijn_ivp",
            up.hoofdlijn_ivp.is_none() && up.beleidscyclus.is_none(),
        ),
        (
            UitvoeringsplanHoofdstuk::UitwerkingPrioriteiten,
            "/prioriteiten",
            up.prioriteiten.is_empty()
                && up
                    .lokale_paragrafen
                    .iter()
                    .all(|l| l.prioriteiten.is_empty()),
        ),
        (
            UitvoeringsplanHoofdstuk::Begroting,
            "/begroting",
            up.begroting.is_empty(),
        ),
    ];
    for (hoofdstuk, pad, ontbreekt) in leeg {
        if ontbreekt {
            let g = hoofdstuk.gegevens();
            v.meld(
                &UP_010,
                pad,
                format!(
                    "hoofdstuk {} '{}' ontbreekt; de aanbevolen opzet: \"{}\"",
                    g.nummer, g.titel, g.opzet
                ),
            );
        }
    }
}

/// The college adopts the uitvoeringsplan.
const UP_VASTSTELLER: Vaststeller = Vaststeller {
    document: "uitvoeringsplan",
    orgaan: Orgaan::College,
    wie_stelt_vast: "het college stelt het uitvoeringsplan vast",
};

/// UP-006: niet door het college vastgesteld.
pub(crate) const UP_006: Regel = Regel {
    code: "UP-006",
    ernst: Ernst::Hint,
    document: Toepassing::Uitvoeringsplan,
    titel: "niet door het college vastgesteld",
    uitleg: "Het college stelt het uitvoeringsplan vast; de raad ontvangt het ter informatie.",
    oplossing: "Laat het uitvoeringsplan vaststellen door het college.",
    grond: Grond::Handreiking {
        citaat: VASTSTELLING,
        bron: DRIEHOEK,
    },
};

/// UP-011: een gezamenlijk uitvoeringsplan niet door het college van elke gemeente vastgesteld.
pub(crate) const UP_011: Regel = Regel {
    code: "UP-011",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Uitvoeringsplan,
    titel: "gezamenlijk uitvoeringsplan niet door elk college vastgesteld",
    uitleg: "Een uitvoeringsplan van meer gemeenten wordt in elke gemeente door het college vastgesteld. Is een vaststelling door een college vastgelegd, dan noemt de bevinding elke deelnemende gemeente waarvan geen vaststelling door haar college (met die gemeente erbij) is vastgelegd; een plan dat alleen een ander orgaan vaststelde, is UP-006.",
    oplossing: "Leg per gemeente de vaststelling door haar college vast (vaststelling met gemeente), of laat het plan daar alsnog vaststellen.",
    grond: Grond::Handreiking {
        citaat: "Het Uitvoeringsplan wordt in elke gemeente door het College vastgesteld.",
        bron: MEERDERE,
    },
};

/// UP-006 and UP-011: by whom, and in each gemeente.
pub(super) fn vaststelling(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    UP_VASTSTELLER.ander_orgaan(&UP_006, &up.vaststelling, v);
    UP_VASTSTELLER.niet_in_elke_gemeente(&UP_011, &up.gemeenten, &up.vaststelling, v);
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, up};

    /// UP-001: "Een uitvoeringsplan kan een IVP alleen uitvoeren in de jaren waarin dat IVP
    /// geldt."
    #[test]
    fn up_001_jaar_buiten_de_periode() {
        assert_eq!(bevindingen(&up("jaar = 2031"), "UP-001"), ["/jaar"]);
        assert!(bevindingen(&up("jaar = 2030"), "UP-001").is_empty());
    }

    /// UP-009: "Voor de 'vervolgplannen' is het aan te bevelen een terugblik ... op te nemen".
    #[test]
    fn up_009_vervolgplan_zonder_terugblik() {
        assert_eq!(bevindingen(&up("jaar = 2028"), "UP-009"), ["/terugblik"]);
        assert!(bevindingen(&up("jaar = 2027"), "UP-009").is_empty());
    }

    /// UP-010: "De aanbevolen opzet van het uitvoeringsplan".
    #[test]
    fn up_010_hoofdstuk_ontbreekt() {
        assert_eq!(
            bevindingen(&up("jaar = 2027"), "UP-010"),
            ["/hoofdlijn_ivp", "/prioriteiten", "/begroting"]
        );
    }

    /// UP-006: "het College het Uitvoeringsplan".
    #[test]
    fn up_006_niet_door_het_college() {
        let raad = up("jaar = 2027\n[[vaststelling]]\ndoor = \"raad\"");
        assert_eq!(bevindingen(&raad, "UP-006"), ["/vaststelling/0/door"]);
        let college = up("jaar = 2027\n[[vaststelling]]\ndoor = \"college\"");
        assert!(bevindingen(&college, "UP-006").is_empty());
    }

    /// UP-011: "Het Uitvoeringsplan wordt in elke gemeente door het College vastgesteld."
    #[test]
    fn up_011_gezamenlijk_door_elk_college() {
        let een = up(
            "gemeenten = [\"Lopik\", \"Montfoort\"]\njaar = 2027\n[[vaststelling]]\ndoor = \"college\"\ngemeente = \"Lopik\"",
        );
        let rapport = crate::controle::controleer_uitvoeringsplan(&een);
        let berichten: Vec<&str> = rapport
            .met_code("UP-011")
            .map(|d| d.bericht.as_str())
            .collect();
        assert_eq!(berichten.len(), 1);
        assert!(
            berichten[0].contains("college van Montfoort;"),
            "{}",
            berichten[0]
        );
        let beide = up(
            "gemeenten = [\"Lopik\", \"Montfoort\"]\njaar = 2027\n[[vaststelling]]\ndoor = \"college\"\ngemeente = \"Lopik\"\n[[vaststelling]]\ndoor = \"college\"\ngemeente = \"Montfoort\"",
        );
        assert!(bevindingen(&beide, "UP-011").is_empty());
    }
}
