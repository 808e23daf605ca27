//! The rules on the chapters of an IVP other than its priorities: whether each is there
//! (chapters 1-3 and 5-7), chapter 1 per veld, and what chapter 2, the strategic doelstelling,
//! holds.

use core::fmt::Write as _;

use strum::VariantArray;

use crate::catalogus::{StrategischThema, Veld};
use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Invulbaar, Ivp, ThemaVerwijzing};
use crate::methode::{IvpHoofdstuk, SturingVoorziening};

/// The rules of this part, in the order of the document.
pub(super) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    ivp_001(ivp, v);
    ivp_026(ivp, v);
    ivp_021(ivp, v);
    ivp_015(ivp, v);
    ivp_034(ivp, v);
}

/// IVP-001: hoofdstuk ontbreekt.
pub(crate) const IVP_001: Regel = Regel {
    code: "IVP-001",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "hoofdstuk ontbreekt",
    uitleg: "Het IVP volgt de opzet van zeven hoofdstukken uit stap 4; een hoofdstuk dat ontbreekt of leeg is, wordt gemeld met wat de handreiking erin verwacht.",
    oplossing: "Voeg het hoofdstuk toe met de inhoud die de handreiking noemt.",
    grond: Grond::Handreiking {
        citaat: "De opzet is als volgt (zie ook het format voor het IVP)",
        bron: STAP_4,
    },
};

/// Chapters 1-3 and 5-7 (chapter 4 is IVP-002's).
fn ivp_001(ivp: &Ivp, v: &mut Verzamelaar) {
    let leeg = [
        (
            IvpHoofdstuk::Uitgangssituatie,
            "/uitgangssituatie",
            ivp.uitgangssituatie.is_empty(),
        ),
        (
            IvpHoofdstuk::StrategischeDoelstelling,
            "/strategische_doelstelling",
            ivp.strategische_doelstelling.is_empty(),
        ),
        (
            IvpHoofdstuk::StrategischeUitgangspunten,
            "/strategische_uitgangspunten",
            ivp.strategische_uitgangspunten.is_empty(),
        ),
        (
            IvpHoofdstuk::OverigeStrategischeThemas,
            "/overige_themas",
            ivp.overige_themas.is_empty()
                && ivp.going_concern.is_none()
                && ivp
                    .lokale_paragrafen
                    .iter()
                    .all(|l| l.overige_themas.is_empty()),
        ),
        (
            IvpHoofdstuk::CoordinatieBeleidscyclus,
            "/coordinatie",
            ivp.coordinatie.is_empty(),
        ),
        (
            IvpHoofdstuk::Begroting,
            "/begroting",
            ivp.begroting.is_empty(),
        ),
    ];
    for (hoofdstuk, pad, is_leeg) in leeg {
        if is_leeg {
            let g = hoofdstuk.gegevens();
            v.meld_bij(
                &IVP_001,
                pad,
                format!(
                    "hoofdstuk {} '{}' ontbreekt of is leeg; de handreiking: \"{}\"",
                    hoofdstuk.nummer(),
                    hoofdstuk.titel(),
                    g.inhoud.join(" ")
                ),
                g.bron,
            );
        }
    }
}

/// IVP-026: strategische doelstelling zonder kwantitatief deel.
pub(crate) const IVP_026: Regel = Regel {
    code: "IVP-026",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "strategische doelstelling zonder kwantitatief deel",
    uitleg: "De handreiking beveelt voor hoofdstuk 2 een kwalitatief en een kwantitatief deel aan: streefwaarden op overstijgende indicatoren zoals het totaalvolume criminaliteit en het veiligheidsgevoel.",
    oplossing: "Voeg streefwaarden op overstijgende indicatoren toe onder strategische_doelstelling.kwantitatief.",
    grond: Grond::Handreiking {
        citaat: "Aan te bevelen is een kwalitatief en een kwantitatief deel.",
        bron: STAP_4,
    },
};

/// An empty chapter 2 is IVP-001's.
fn ivp_026(ivp: &Ivp, v: &mut Verzamelaar) {
    let d = &ivp.strategische_doelstelling;
    if !d.is_empty() && d.kwantitatief.is_empty() {
        v.meld(
            &IVP_026,
            "/strategische_doelstelling/kwantitatief",
            "de strategische doelstelling heeft geen kwantitatief deel (streefwaarden op overstijgende indicatoren zoals totaalvolume criminaliteit en veiligheidsgevoel)".to_owned(),
        );
    }
}

/// IVP-021: uitgangssituatie niet per veld.
pub(crate) const IVP_021: Regel = Regel {
    code: "IVP-021",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "uitgangssituatie niet per veld",
    uitleg: "Hoofdstuk 1 schetst de veiligheidssituatie en de lopende aanpak op elk van de vijf veiligheidsvelden, als samenvatting van de veiligheidsanalyse.",
    oplossing: "Vat per veld de uitkomst van de veiligheidsanalyse samen.",
    grond: Grond::Handreiking {
        citaat: "Dit is een korte schets van de veiligheidssituatie en lopende aanpak op de vijf veiligheidsvelden.",
        bron: STAP_4,
    },
};

/// An empty chapter 1 is IVP-001's.
fn ivp_021(ivp: &Ivp, v: &mut Verzamelaar) {
    let u = &ivp.uitgangssituatie;
    if u.is_empty() {
        return;
    }
    let mut ontbrekend = Veld::VARIANTS
        .iter()
        .copied()
        .filter(|veld| u.velden.iter().all(|s| s.veld != *veld))
        .peekable();
    if ontbrekend.peek().is_some() {
        let mut bericht = String::from("de uitgangssituatie schetst geen situatie voor veld ");
        for (i, veld) in ontbrekend.enumerate() {
            if i > 0 {
                bericht.push_str("; ");
            }
            let _ = write!(bericht, "{veld:#}");
        }
        v.meld(&IVP_021, "/uitgangssituatie/velden", bericht);
    }
}

/// IVP-015: gedigitaliseerde criminaliteit niet in de strategische doelstelling.
pub(crate) const IVP_015: Regel = Regel {
    code: "IVP-015",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "gedigitaliseerde criminaliteit niet in de strategische doelstelling",
    uitleg: "De handreiking beveelt aan gedigitaliseerde criminaliteit als doorsnijdend thema in hoofdstuk 2 uit te werken. Telt: de kwalitatieve of kwantitatieve strategische doelstelling noemt het (cybercrime, gedigitaliseerde of digitale criminaliteit, digitale veiligheid), of het plan maakt S1 tot thema. De verbindingen met ander beleid tellen niet: die beschrijven andermans plannen.",
    oplossing: "Neem gedigitaliseerde criminaliteit (S1) op in de strategische doelstelling.",
    grond: Grond::Handreiking {
        citaat: "Introductie en uitwerking als doorsnijdend, overkoepelend veiligheidsthema in hoofdstuk 2 van het IVP: Strategische doelstelling.",
        bron: DIGITAAL,
    },
};

/// Counts: the goals name it, or an uitwerking of the plan has S1 among its themes.
fn ivp_015(ivp: &Ivp, v: &mut Verzamelaar) {
    let s1 = ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit);
    let als_thema = ivp
        .alle_uitwerkingen()
        .any(|(_, _, u)| u.themas.contains(&s1));
    let noemt = |t: &Invulbaar<String>| {
        t.waarde().is_some_and(|t| {
            let t = t.to_lowercase();
            DIGITAAL_WOORDEN.iter().any(|woord| t.contains(woord))
        })
    };
    // The plan's own goals, not its verbindingen: those describe other plans (the regional
    // police plan, the landelijke agenda), where "cybercrime" says nothing of this plan's goal.
    let d = &ivp.strategische_doelstelling;
    let in_doelstelling =
        || d.kwalitatief.iter().any(noemt) || d.kwantitatief.iter().any(|i| noemt(&i.naam));
    let open = || d.kwalitatief.iter().any(Invulbaar::is_in_te_vullen);
    if !als_thema && !in_doelstelling() && !open() {
        v.meld(
            &IVP_015,
            "/strategische_doelstelling",
            "de strategische doelstelling gaat niet in op gedigitaliseerde criminaliteit (S1)"
                .to_owned(),
        );
    }
}

/// The words that name gedigitaliseerde criminaliteit in a goal (lower case): the handbook's
/// own name and "cybercrime" from its heading, and the names plans use. "digitaal" alone does
/// not count: a goal on digital services is not one on crime.
const DIGITAAL_WOORDEN: [&str; 5] = [
    "cyber",
    "gedigitaliseerde criminaliteit",
    "digitale criminaliteit",
    "digitale veiligheid",
    "online criminaliteit",
];

/// IVP-034: geen monitoring of evaluatie.
pub(crate) const IVP_034: Regel = Regel {
    code: "IVP-034",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen monitoring of evaluatie",
    uitleg: "Hoofdstuk 6 beschrijft de beleidscyclus, sturing en voortgangsbewaking; de CCV-checklist vraagt monitoring om te beoordelen welke acties effect hebben. Gemeld wordt een ingevuld hoofdstuk 6 zonder beleidscyclus en zonder voortgangsrapportage, waarvan geen tekst monitoring of evaluatie noemt.",
    oplossing: "Beschrijf onder coordinatie.beleidscyclus hoe de uitvoering wordt gemonitord en geëvalueerd, of onder de voorziening voortgangsrapportage hoe over de voortgang wordt gerapporteerd.",
    grond: Grond::Ccv {
        check: "Maak gebruik van monitoring ten behoeve van de verantwoording en de beoordeling van de inzet van middelen: welke acties hebben effect en welke niet?",
        onderdeel: "9. Evaluatie",
    },
};

/// An empty chapter 6 is IVP-001's.
fn ivp_034(ivp: &Ivp, v: &mut Verzamelaar) {
    let c = &ivp.coordinatie;
    if c.is_empty()
        || c.beleidscyclus.is_some()
        || c.voorzieningen
            .contains_key(&SturingVoorziening::Voortgangsrapportage)
    {
        return;
    }
    let noemt = c
        .ambtelijk
        .iter()
        .chain(&c.bestuurlijk)
        .chain(c.voorzieningen.values())
        .filter_map(Invulbaar::waarde)
        .any(|t| {
            let t = t.to_lowercase();
            ["monitor", "evalu", "voortgang"]
                .iter()
                .any(|w| t.contains(w))
        });
    if !noemt {
        v.meld(
            &IVP_034,
            "/coordinatie/beleidscyclus",
            "hoofdstuk 6 zegt niet hoe de uitvoering wordt gemonitord en geëvalueerd".to_owned(),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-001: "De opzet is als volgt": each missing chapter at its own path.
    #[test]
    fn ivp_001_hoofdstuk_ontbreekt() {
        let plan = ivp("");
        assert_eq!(
            bevindingen(&plan, "IVP-001"),
            [
                "/uitgangssituatie",
                "/strategische_doelstelling",
                "/strategische_uitgangspunten",
                "/overige_themas",
                "/coordinatie",
                "/begroting"
            ]
        );
        let going_concern = ivp(r#"going_concern = "Alle andere thema's lopen door.""#);
        assert!(!bevindingen(&going_concern, "IVP-001").contains(&"/overige_themas".to_owned()));
    }

    /// IVP-026: "Aan te bevelen is een kwalitatief en een kwantitatief deel."
    #[test]
    fn ivp_026_geen_kwantitatief_deel() {
        let plan = ivp(r#"strategische_doelstelling = { kwalitatief = ["Minder cybercrime."] }"#);
        assert_eq!(
            bevindingen(&plan, "IVP-026"),
            ["/strategische_doelstelling/kwantitatief"]
        );
        assert!(
            bevindingen(&ivp(""), "IVP-026").is_empty(),
            "een leeg hoofdstuk is IVP-001"
        );
    }

    /// IVP-021: "een korte schets van de veiligheidssituatie en lopende aanpak op de vijf
    /// veiligheidsvelden".
    #[test]
    fn ivp_021_uitgangssituatie_niet_per_veld() {
        let plan = ivp(r#"[uitgangssituatie]
            velden = [{ veld = 1, samenvatting = "Rustig." }]"#);
        assert_eq!(bevindingen(&plan, "IVP-021"), ["/uitgangssituatie/velden"]);
    }

    /// IVP-015: "Introductie en uitwerking als doorsnijdend, overkoepelend veiligheidsthema in
    /// hoofdstuk 2 van het IVP".
    #[test]
    fn ivp_015_digitaal_in_de_doelstelling() {
        let zonder = ivp(r#"strategische_doelstelling = { kwalitatief = ["Minder overlast."] }"#);
        assert_eq!(
            bevindingen(&zonder, "IVP-015"),
            ["/strategische_doelstelling"]
        );
        let met = ivp(r#"strategische_doelstelling = { kwalitatief = ["Minder CYBERcrime."] }"#);
        assert!(bevindingen(&met, "IVP-015").is_empty());
        let als_thema = ivp(
            r#"strategische_doelstelling = { kwalitatief = ["Minder overlast."] }
            [[prioriteiten]]
            naam = "Digitaal"
            themas = ["S1"]"#,
        );
        assert!(bevindingen(&als_thema, "IVP-015").is_empty());
    }

    /// IVP-034: "Maak gebruik van monitoring ten behoeve van de verantwoording" (CCV, 9.
    /// Evaluatie).
    #[test]
    fn ivp_034_monitoring() {
        let zonder = ivp(r#"coordinatie = { ambtelijk = "Het team overlegt." }"#);
        assert_eq!(
            bevindingen(&zonder, "IVP-034"),
            ["/coordinatie/beleidscyclus"]
        );
        for met in [
            r#"coordinatie = { beleidscyclus = "Jaarlijks een uitvoeringsplan." }"#,
            r#"coordinatie = { voorzieningen = { voortgangsrapportage = "Per kwartaal." } }"#,
            r#"coordinatie = { ambtelijk = "We evalueren elk jaar." }"#,
        ] {
            assert!(bevindingen(&ivp(met), "IVP-034").is_empty(), "{met}");
        }
        assert!(bevindingen(&ivp(""), "IVP-034").is_empty());
    }
}
