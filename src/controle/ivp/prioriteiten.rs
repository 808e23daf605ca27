//! The rules on the priorities (chapter 4) and what every uitwerking needs: how many there are,
//! the four vaste onderdelen, the digital facet, and the themes each one names.

use strum::VariantArray;

use crate::catalogus::{StrategischThema, Veld};
use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Deelthema, Ivp, ThemaVerwijzing, Themauitwerking};
use crate::methode;
use crate::raakvlakken::ThemaSet;

/// IVP-002: geen prioriteit.
pub(crate) const IVP_002: Regel = Regel {
    code: "IVP-002",
    ernst: Ernst::Fout,
    document: Toepassing::Ivp,
    titel: "geen prioriteit",
    uitleg: "Een IVP zonder prioriteiten mist hoofdstuk 4 van de vaste opzet: stap 3 levert de prioriteiten op die hoofdstuk 4 uitwerkt.",
    oplossing: "Kies in stap 3 de prioriteiten en werk ze uit in hoofdstuk 4.",
    grond: Grond::Handreiking {
        citaat: "Prioriteiten. In dit hoofdstuk worden de prioriteiten zoals die in stap 3 zijn benoemd, uitgewerkt.",
        bron: STAP_4,
    },
};

/// Per gemeente: the joint priorities plus its local ones.
pub(super) fn ivp_002(ivp: &Ivp, v: &mut Verzamelaar) {
    let lokaal_max = ivp
        .lokale_paragrafen
        .iter()
        .map(|l| l.prioriteiten.len())
        .max()
        .unwrap_or(0);
    if ivp.prioriteiten.len() + lokaal_max == 0 {
        v.meld(
            &IVP_002,
            "/prioriteiten",
            "het IVP heeft geen prioriteiten (hoofdstuk 4)".to_owned(),
        );
    }
}

/// IVP-003: meer dan drie a vier prioriteiten.
pub(crate) const IVP_003: Regel = Regel {
    code: "IVP-003",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "meer dan drie a vier prioriteiten",
    uitleg: "Meer prioriteiten dan het maximum dat de handreiking als uitgangspunt neemt, ondergraaft het prioritaire karakter; bij een gezamenlijk IVP telt per gemeente de gezamenlijke en de eigen lokale prioriteiten.",
    oplossing: "Breng het aantal terug tot drie a vier; de rest kan als overig strategisch thema verder.",
    grond: Grond::kengetal(&methode::PRIORITEITEN),
};

/// The joint priorities, then per gemeente the joint plus its local ones.
pub(super) fn ivp_003(ivp: &Ivp, v: &mut Verzamelaar) {
    let gezamenlijk = ivp.prioriteiten.len();
    let maximum = usize::from(methode::PRIORITEITEN.bereik.max);
    let woorden = methode::PRIORITEITEN.woorden;
    if gezamenlijk > maximum {
        let themas = Themauitwerking::kbv_themas(&ivp.prioriteiten).len();
        v.meld(
            &IVP_003,
            "/prioriteiten",
            format!("het IVP heeft {gezamenlijk} prioriteiten, samen {themas} van de 22 thema's; de handreiking gaat uit van een maximum van {woorden}"),
        );
    }
    for (j, l) in ivp.lokale_paragrafen.iter().enumerate() {
        let totaal = gezamenlijk + l.prioriteiten.len();
        if gezamenlijk <= maximum && totaal > maximum {
            v.meld(
                &IVP_003,
                format!("/lokale_paragrafen/{j}/prioriteiten"),
                format!(
                    "{} heeft met de lokale prioriteiten {totaal} prioriteiten; de handreiking gaat uit van een maximum van {woorden}",
                    l.gemeente
                ),
            );
        }
    }
}

/// IVP-005: vast onderdeel van een prioriteit ontbreekt.
pub(crate) const IVP_005: Regel = Regel {
    code: "IVP-005",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "vast onderdeel van een prioriteit ontbreekt",
    uitleg: "Elke prioriteit heeft de vier vaste onderdelen: een toelichting, hoofdlijnen van de aanpak, flankerend beleid en een doelstelling, kwalitatief en kwantitatief (effectindicatoren). Wat in de deelthema's van de prioriteit staat (toelichting, aanpak, kwalitatieve doelstelling), telt mee.",
    oplossing: "Vul het ontbrekende onderdeel aan, bij de prioriteit of bij haar deelthema's.",
    grond: Grond::Handreiking {
        citaat: VASTE_ONDERDELEN,
        bron: STAP_4,
    },
};

/// What stands in the sub-themes counts: a priority whose toelichting, aanpak and doelstelling
/// stand in its deelthema's is complete.
pub(super) fn ivp_005(p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let d = &p.deelthemas;
    let mut mist = Vec::new();
    if p.toelichting.is_none() && d.iter().all(|d| d.toelichting.is_none()) {
        mist.push((
            "toelichting",
            "toelichting: waarom is het thema prioritair in de gemeente?",
        ));
    }
    if p.hoofdlijnen_aanpak.is_empty() && d.iter().all(|d| d.hoofdlijnen_aanpak.is_empty()) {
        mist.push((
            "hoofdlijnen_aanpak",
            "hoofdlijnen van de aanpak in de komende jaren",
        ));
    }
    if p.flankerend_beleid.is_empty() {
        mist.push((
            "flankerend_beleid",
            "flankerend beleid, vooral van de gemeente",
        ));
    }
    if p.doelstelling_kwalitatief.is_empty()
        && d.iter().all(|d| d.doelstelling_kwalitatief.is_empty())
    {
        mist.push((
            "doelstelling_kwalitatief",
            "kwalitatieve doelstelling ('missie')",
        ));
    }
    if p.effectindicatoren.is_empty() {
        mist.push(("effectindicatoren", "effectindicatoren met streefwaarden"));
    }
    for (sleutel, wat) in mist {
        v.meld(
            &IVP_005,
            format!("{pad}/{sleutel}"),
            format!("prioriteit \"{}\" mist een vast onderdeel: {wat}", p.naam),
        );
    }
}

/// IVP-016: geen digitaal facet bij een prioriteit.
pub(crate) const IVP_016: Regel = Regel {
    code: "IVP-016",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen digitaal facet bij een prioriteit",
    uitleg: "De handreiking beveelt aan het digitale facet bij elk prioritair en going concern-thema uit te werken.",
    oplossing: "Beschrijf bij de prioriteit de digitale component.",
    grond: Grond::Handreiking {
        citaat: "Consequente uitwerking van het 'digitale facet' bij zowel de prioritaire als de going concern-thema's",
        bron: DIGITAAL,
    },
};

/// A priority that is itself about gedigitaliseerde criminaliteit has its digital facet.
pub(super) fn ivp_016(p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let s1 = ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit);
    if p.digitale_component.is_none() && !p.themas.contains(&s1) {
        v.meld(
            &IVP_016,
            format!("{pad}/digitale_component"),
            format!(
                "prioriteit \"{}\" zegt niets over het digitale facet (gedigitaliseerde criminaliteit)",
                p.naam
            ),
        );
    }
}

/// IVP-020: prioriteit of overig thema zonder thema.
pub(crate) const IVP_020: Regel = Regel {
    code: "IVP-020",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "prioriteit of overig thema zonder thema",
    uitleg: "Een prioriteit of overig strategisch thema hoort te zeggen welke veiligheidsthema's het omvat; zonder die koppeling vallen het buiten elke toets op thema's (IVP-004, IVP-013, IVP-014) en is het plan niet te stapelen.",
    oplossing: "Noem bij themas de codes van de KBV-thema's (of S1-S3).",
    grond: Grond::GezondVerstand {
        stelling: "Wat niet zegt over welke veiligheidsthema's het gaat, is op thema's niet te toetsen of te vergelijken.",
    },
};

/// For a priority and an other theme alike.
pub(super) fn ivp_020(u: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    if u.themas.is_empty() {
        v.meld(
            &IVP_020,
            format!("{pad}/themas"),
            format!("\"{}\" noemt geen veiligheidsthema's", u.naam),
        );
    }
}

/// IVP-035: prioriteit zo breed als een veld.
pub(crate) const IVP_035: Regel = Regel {
    code: "IVP-035",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "prioriteit zo breed als een veld",
    uitleg: "Een prioriteit die alle thema's van een veiligheidsveld omvat, is een containerbegrip: zij kiest niet binnen het veld en is moeilijk gericht aan te pakken en te meten. Gemeld wordt een prioriteit waarvan de thema's (ook die van haar deelthema's) een heel veld van twee of meer thema's beslaan.",
    oplossing: "Kies binnen het veld de thema's die prioriteit krijgen, en laat de andere als overig strategisch thema doorlopen.",
    grond: Grond::Ccv {
        check: "Let op de breedte van een prioriteit. Fysieke veiligheid is bijvoorbeeld een containerbegrip.",
        onderdeel: "5. Lokale prioriteiten",
    },
};

/// The veiligheidsthema's of a priority and of its sub-themes.
pub(super) fn themas_met_deelthemas(p: &Themauitwerking) -> ThemaSet {
    p.themas
        .iter()
        .chain(p.deelthemas.iter().flat_map(|d| &d.themas))
        .filter_map(|t| t.thema())
        .collect()
}

pub(super) fn ivp_035(p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let themas = themas_met_deelthemas(p);
    for veld in Veld::VARIANTS.iter().copied() {
        let heel = ThemaSet::uit_veld(veld);
        if heel.len() >= 2 && heel.is_subset(themas) {
            v.meld(
                &IVP_035,
                format!("{pad}/themas"),
                format!(
                    "prioriteit \"{}\" omvat alle {} thema's van veld {veld:#}: een prioriteit zo breed als een veld",
                    p.naam,
                    heel.len()
                ),
            );
        }
    }
}

/// IVP-036: overig thema zonder uitwerking.
pub(crate) const IVP_036: Regel = Regel {
    code: "IVP-036",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "overig thema zonder uitwerking",
    uitleg: "Hoofdstuk 5 werkt de overige strategische thema's uit in hetzelfde format als de prioriteiten, in principe minder uitgebreid. Gemeld wordt een overig thema met alleen een naam: geen toelichting, geen doelstelling en geen hoofdlijnen van de aanpak (ook niet in zijn deelthema's).",
    oplossing: "Geef het thema ten minste een korte toelichting of de hoofdlijnen van de aanpak, zoals bij de prioriteiten.",
    grond: Grond::Handreiking {
        citaat: "Daarbij wordt hetzelfde format gevolgd als bij de prioriteiten.",
        bron: STAP_4,
    },
};

pub(super) fn ivp_036(o: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let leeg = |d: &Deelthema| {
        d.toelichting.is_none()
            && d.doelstelling_kwalitatief.is_empty()
            && d.hoofdlijnen_aanpak.is_empty()
    };
    if o.toelichting.is_none()
        && o.doelstelling_kwalitatief.is_empty()
        && o.hoofdlijnen_aanpak.is_empty()
        && o.deelthemas.iter().all(leeg)
    {
        v.meld(
            &IVP_036,
            pad,
            format!(
                "overig thema \"{}\" heeft geen toelichting, doelstelling of hoofdlijnen van de aanpak",
                o.naam
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-002: "Prioriteiten. In dit hoofdstuk worden de prioriteiten zoals die in stap 3 zijn
    /// benoemd, uitgewerkt."
    #[test]
    fn ivp_002_geen_prioriteit() {
        assert_eq!(bevindingen(&ivp(""), "IVP-002"), ["/prioriteiten"]);
        let lokaal = ivp(r#"gemeenten = ["Lopik"]
            [[lokale_paragrafen]]
            gemeente = "Lopik"
            prioriteiten = [{ naam = "Inbraak", themas = ["1.3"] }]"#);
        assert!(bevindingen(&lokaal, "IVP-002").is_empty());
    }

    fn prioriteiten(n: usize) -> String {
        (0..n)
            .map(|i| format!("[[prioriteiten]]\nnaam = \"P{i}\"\nthemas = [\"1.3\"]\n"))
            .collect()
    }

    /// IVP-003: "drie a vier prioriteiten", per gemeente with its local ones.
    #[test]
    fn ivp_003_meer_dan_vier() {
        assert_eq!(
            bevindingen(&ivp(&prioriteiten(5)), "IVP-003"),
            ["/prioriteiten"]
        );
        assert!(bevindingen(&ivp(&prioriteiten(4)), "IVP-003").is_empty());
        let lokaal = ivp(&format!(
            "gemeenten = [\"Lopik\"]\n{}[[lokale_paragrafen]]\ngemeente = \"Lopik\"\nprioriteiten = [{{ naam = \"X\", themas = [\"2.1\"] }}]",
            prioriteiten(4)
        ));
        assert_eq!(
            bevindingen(&lokaal, "IVP-003"),
            ["/lokale_paragrafen/0/prioriteiten"]
        );
    }

    /// IVP-005: the four "Vaste onderdelen"; what stands in a deelthema counts.
    #[test]
    fn ivp_005_vaste_onderdelen() {
        let plan = ivp(r#"[[prioriteiten]]
            naam = "Ondermijning"
            themas = ["5.2"]
            flankerend_beleid = ["Zorg."]
            deelthemas = [{ naam = "Drugs", toelichting = "Omdat.", hoofdlijnen_aanpak = ["Aanpak."] }]"#);
        assert_eq!(
            bevindingen(&plan, "IVP-005"),
            [
                "/prioriteiten/0/doelstelling_kwalitatief",
                "/prioriteiten/0/effectindicatoren"
            ]
        );
    }

    /// IVP-016: "Consequente uitwerking van het 'digitale facet' bij zowel de prioritaire als
    /// de going concern-thema's".
    #[test]
    fn ivp_016_digitaal_facet() {
        let plan = ivp(r#"[[prioriteiten]]
            naam = "Ondermijning"
            themas = ["5.2"]
            [[prioriteiten]]
            naam = "Cyber"
            themas = ["S1"]"#);
        assert_eq!(
            bevindingen(&plan, "IVP-016"),
            ["/prioriteiten/0/digitale_component"]
        );
    }

    /// IVP-020: "Wat niet zegt over welke veiligheidsthema's het gaat, is op thema's niet te
    /// toetsen of te vergelijken."
    #[test]
    fn ivp_020_zonder_thema() {
        let plan = ivp(r#"[[prioriteiten]]
            naam = "Veilig"
            themas = []
            [[overige_themas]]
            naam = "Rest"
            themas = []"#);
        assert_eq!(
            bevindingen(&plan, "IVP-020"),
            ["/prioriteiten/0/themas", "/overige_themas/0/themas"]
        );
    }

    /// IVP-035: "Let op de breedte van een prioriteit. Fysieke veiligheid is bijvoorbeeld een
    /// containerbegrip." (CCV, 5. Lokale prioriteiten)
    #[test]
    fn ivp_035_zo_breed_als_een_veld() {
        let breed = ivp(r#"[[prioriteiten]]
            naam = "Jeugd"
            themas = ["3.1", "3.2", "3.4"]
            deelthemas = [{ naam = "Alcohol", themas = ["3.3"] }]"#);
        assert_eq!(bevindingen(&breed, "IVP-035"), ["/prioriteiten/0/themas"]);
        let smal = ivp(r#"[[prioriteiten]]
            naam = "Jeugd"
            themas = ["3.1", "3.2", "3.3"]"#);
        assert!(bevindingen(&smal, "IVP-035").is_empty());
    }

    /// IVP-036: "Daarbij wordt hetzelfde format gevolgd als bij de prioriteiten."
    #[test]
    fn ivp_036_overig_thema_zonder_uitwerking() {
        let kaal = ivp(r#"overige_themas = [
                { naam = "Brandveiligheid", themas = ["4.1"] },
                { naam = "Verkeer", themas = ["4.3"], hoofdlijnen_aanpak = ["Met de provincie."] },
            ]"#);
        assert_eq!(bevindingen(&kaal, "IVP-036"), ["/overige_themas/0"]);
    }
}
