//! The rules on effect indicators: how many a priority has and of which kinds, and per
//! indicator its target, its nulmeting and the measured trend.

use chrono::Datelike;

use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{
    Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, Ivp, Richting, Themauitwerking,
};
use crate::methode;

/// The rules on a priority's indicators as a set, at `pad` (the priority's path).
pub(super) fn van_prioriteit(p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let lijst = format!("{pad}/effectindicatoren");
    ivp_006(p, &lijst, v);
    ivp_023(p, &lijst, v);
    ivp_007(p, &lijst, v);
}

/// The rules on one indicator, at `pad` (the indicator's path).
pub(super) fn van_indicator(ivp: &Ivp, ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    ivp_008(ind, pad, v);
    ivp_024(ivp, ind, pad, v);
    ivp_029(ivp, ind, pad, v);
    ivp_009(ind, pad, v);
    ivp_010(ind, pad, v);
}

/// IVP-006: meer dan twee a drie effectindicatoren.
pub(crate) const IVP_006: Regel = Regel {
    code: "IVP-006",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "meer dan twee a drie effectindicatoren",
    uitleg: "De handreiking vraagt het aantal indicatoren te beperken tot twee a drie per prioriteit: een teveel compliceert de informatieverzameling en verantwoording.",
    oplossing: "Kies twee a drie indicatoren, eventueel samengestelde.",
    // The number is methode's; the quote stops before "Maak eventueel samengestelde
    // indicatoren", which is IVP-023's.
    grond: Grond::Handreiking {
        citaat: "Beperk het aantal indicatoren (twee a drie per prioriteit). Een teveel aan indicatoren compliceert de informatieverzameling en verantwoording.",
        bron: methode::EFFECTINDICATOREN_PER_PRIORITEIT.bron,
    },
};

fn ivp_006(p: &Themauitwerking, lijst: &str, v: &mut Verzamelaar) {
    let n = p.effectindicatoren.len();
    let aantal = methode::EFFECTINDICATOREN_PER_PRIORITEIT;
    if n > usize::from(aantal.bereik.max) {
        v.meld(
            &IVP_006,
            lijst,
            format!(
                "prioriteit \"{}\" heeft {n} effectindicatoren; de handreiking: beperk het aantal tot {} per prioriteit",
                p.naam, aantal.woorden
            ),
        );
    }
}

/// IVP-023: één effectindicator bij een prioriteit.
pub(crate) const IVP_023: Regel = Regel {
    code: "IVP-023",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "één effectindicator bij een prioriteit",
    uitleg: "De handreiking noemt twee a drie indicatoren per prioriteit, en samengestelde indicatoren als manier om het aantal te beperken; één indicator past daarbij als het een samengestelde is.",
    oplossing: "Voeg een tweede indicator toe, of licht toe dat de indicator samengesteld is.",
    grond: Grond::kengetal(&methode::EFFECTINDICATOREN_PER_PRIORITEIT),
};

fn ivp_023(p: &Themauitwerking, lijst: &str, v: &mut Verzamelaar) {
    let n = p.effectindicatoren.len();
    let aantal = methode::EFFECTINDICATOREN_PER_PRIORITEIT;
    if n > 0 && n < usize::from(aantal.bereik.min) {
        v.meld(
            &IVP_023,
            lijst,
            format!(
                "prioriteit \"{}\" heeft {n} effectindicator; de handreiking noemt er {} per prioriteit, eventueel samengestelde",
                p.naam, aantal.woorden
            ),
        );
    }
}

/// IVP-007: geen combinatie van objectief en subjectief.
pub(crate) const IVP_007: Regel = Regel {
    code: "IVP-007",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "geen combinatie van objectief en subjectief",
    uitleg: "De effectindicatoren van een prioriteit combineren een objectieve indicator (bijvoorbeeld politieregistratie) met een subjectieve (bijvoorbeeld Veiligheidsmonitor). Waar de soort ontbreekt, telt een indicator uit de politieregistratie als objectief en een uit de Veiligheidsmonitor als subjectief.",
    oplossing: "Voeg een indicator van de ontbrekende soort toe, of geef bij elke indicator de soort of de bron aan.",
    grond: Grond::Handreiking {
        citaat: "Maak combinaties van 'objectieve' indicatoren (bijvoorbeeld uit de politieregistratie) en 'subjectieve' indicatoren (bijvoorbeeld uit de Veiligheidsmonitor)",
        bron: EFFECTINDICATOREN,
    },
};

fn ivp_007(p: &Themauitwerking, lijst: &str, v: &mut Verzamelaar) {
    if p.effectindicatoren.is_empty() {
        return;
    }
    let heeft = |soort| {
        p.effectindicatoren
            .iter()
            .any(|i| soort_van(i) == Some(soort))
    };
    let ontbrekend: Vec<&str> = [
        (
            IndicatorSoort::Objectief,
            "objectieve (bijvoorbeeld politieregistratie)",
        ),
        (
            IndicatorSoort::Subjectief,
            "subjectieve (bijvoorbeeld Veiligheidsmonitor)",
        ),
    ]
    .into_iter()
    .filter(|(soort, _)| !heeft(*soort))
    .map(|(_, wat)| wat)
    .collect();
    if !ontbrekend.is_empty() {
        v.meld(
            &IVP_007,
            lijst,
            format!(
                "prioriteit \"{}\" heeft geen {} indicator (of de soort is niet aangegeven)",
                p.naam,
                ontbrekend.join(" en geen ")
            ),
        );
    }
}

/// The kind of an indicator: as stated, or read from the two stable sources the handbook names
/// as its examples (politieregistratie objective, Veiligheidsmonitor subjective).
pub(super) fn soort_van(ind: &Effectindicator) -> Option<IndicatorSoort> {
    ind.soort.or(match ind.bron {
        Some(IndicatorBron::Politieregistratie) => Some(IndicatorSoort::Objectief),
        Some(IndicatorBron::Veiligheidsmonitor) => Some(IndicatorSoort::Subjectief),
        _ => None,
    })
}

fn naam_van(ind: &Effectindicator) -> &str {
    ind.naam
        .waarde()
        .map_or("(naam nog in te vullen)", String::as_str)
}

/// IVP-008: effectindicator zonder streefwaarde.
pub(crate) const IVP_008: Regel = Regel {
    code: "IVP-008",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "effectindicator zonder streefwaarde",
    uitleg: "De kwantitatieve doelstelling bestaat uit streefwaarden op effectindicatoren. Een indicator met de richting 'gelijk' en een nulmeting heeft een streefwaarde: het gemeten niveau houden (\"dit willen we zo houden\").",
    oplossing: "Geef de streefwaarde, of bij 'gelijk houden' de nulmeting die gehouden moet worden.",
    grond: Grond::Handreiking {
        citaat: "doelstelling, wederom zowel kwalitatief ('missie') als kwantitatief (streefwaarden op effectindicatoren)",
        bron: STAP_4,
    },
};

/// "Dit willen we zo houden": with the direction 'gelijk', the measured level is the target.
fn ivp_008(ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let houden = ind.richting == Some(Richting::Gelijk) && ind.nulmeting.is_some();
    if ind.streefwaarde.is_none() && !houden {
        let naam = naam_van(ind);
        let bericht = if ind.richting == Some(Richting::Gelijk) {
            format!("effectindicator \"{naam}\" wil het niveau gelijk houden, maar noemt geen nulmeting of streefwaarde: het te houden niveau staat nergens")
        } else {
            format!("effectindicator \"{naam}\" heeft geen streefwaarde")
        };
        v.meld(&IVP_008, format!("{pad}/streefwaarde"), bericht);
    }
}

/// IVP-024: streefwaarde buiten de periode.
pub(crate) const IVP_024: Regel = Regel {
    code: "IVP-024",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "streefwaarde buiten de periode",
    uitleg: "Het jaar van een streefwaarde ligt buiten de periode van het IVP.",
    oplossing: "Kies het jaar van de streefwaarde binnen de planperiode.",
    grond: Grond::GezondVerstand {
        stelling: "Een plan kan alleen doelen stellen voor de jaren waarin het geldt.",
    },
};

fn ivp_024(ivp: &Ivp, ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let Some(s) = ind.streefwaarde.as_ref().and_then(Invulbaar::waarde) else {
        return;
    };
    let (van, tot) = (ivp.periode.van.year(), ivp.periode.tot.year());
    if s.jaar < van || s.jaar > tot {
        v.meld(
            &IVP_024,
            format!("{pad}/streefwaarde/jaar"),
            format!(
                "de streefwaarde van \"{}\" is voor {}, buiten de periode {van}-{tot}",
                naam_van(ind),
                s.jaar
            ),
        );
    }
}

/// IVP-029: nulmeting na de start van de periode.
pub(crate) const IVP_029: Regel = Regel {
    code: "IVP-029",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "nulmeting na de start van de periode",
    uitleg: "De nulmeting legt vast waar het plan begint; een nulmeting uit een jaar na het eerste jaar van de periode (bijvoorbeeld cijfers van 2023 in een plan voor 2018-2021) meet niet de uitgangssituatie en laat de ontwikkeling tijdens het plan niet zien.",
    oplossing: "Neem als nulmeting een meting uit het jaar voor of het eerste jaar van de periode.",
    grond: Grond::GezondVerstand {
        stelling: "Een nulmeting meet de situatie waarin een plan begint, dus niet later dan het begin van het plan.",
    },
};

fn ivp_029(ivp: &Ivp, ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let Some(n) = ind.nulmeting.as_ref().and_then(Invulbaar::waarde) else {
        return;
    };
    let begin = ivp.periode.van.year();
    if n.jaar > begin {
        v.meld(
            &IVP_029,
            format!("{pad}/nulmeting/jaar"),
            format!(
                "de nulmeting van \"{}\" is uit {}, na het begin van de periode ({begin}); een nulmeting meet de uitgangssituatie",
                naam_van(ind),
                n.jaar
            ),
        );
    }
}

/// IVP-030: streefwaarde van de strategische doelstelling niet voor het eindjaar.
pub(crate) const IVP_030: Regel = Regel {
    code: "IVP-030",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "strategische streefwaarde niet voor het eindjaar",
    uitleg: "De strategische doelstelling (hoofdstuk 2) zegt waar de gemeente staat in het eindjaar van het IVP; een streefwaarde van het kwantitatieve deel voor een ander jaar binnen de periode past daar niet bij. Een jaar buiten de periode is IVP-024.",
    oplossing: "Zet de streefwaarde op het laatste jaar van de periode, of verplaats de tussenstap naar het uitvoeringsplan.",
    grond: Grond::Handreiking {
        citaat: "Dit hoofdstuk bevat de generieke, strategische doelstelling van de gemeente voor het 'eindjaar' van het IVP.",
        bron: STAP_4,
    },
};

/// For an indicator of the strategic doelstelling's quantitative part, at `pad`.
pub(super) fn ivp_030(ivp: &Ivp, ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let Some(s) = ind.streefwaarde.as_ref().and_then(Invulbaar::waarde) else {
        return;
    };
    let (van, tot) = (ivp.periode.van.year(), ivp.periode.tot.year());
    if s.jaar >= van && s.jaar < tot {
        v.meld(
            &IVP_030,
            format!("{pad}/streefwaarde/jaar"),
            format!(
                "de strategische streefwaarde van \"{}\" is voor {}, niet voor het eindjaar van het IVP ({tot})",
                naam_van(ind),
                s.jaar
            ),
        );
    }
}

/// The nulmeting and the target, both filled in.
fn nul_en_streef(
    ind: &Effectindicator,
) -> Option<(&crate::document::Meting, &crate::document::Meting)> {
    let nul = ind.nulmeting.as_ref().and_then(Invulbaar::waarde)?;
    let streef = ind.streefwaarde.as_ref().and_then(Invulbaar::waarde)?;
    Some((nul, streef))
}

/// IVP-009: nulmeting niet voor de streefwaarde.
pub(crate) const IVP_009: Regel = Regel {
    code: "IVP-009",
    ernst: Ernst::Fout,
    document: Toepassing::Ivp,
    titel: "nulmeting niet voor de streefwaarde",
    uitleg: "Het jaar van de nulmeting ligt op of na het jaar van de streefwaarde; het document spreekt zichzelf tegen.",
    oplossing: "Corrigeer het jaar van de nulmeting of van de streefwaarde.",
    grond: Grond::GezondVerstand {
        stelling: "Een nulmeting gaat vooraf aan de streefwaarde die erop voortbouwt; anders valt er geen ontwikkeling te meten.",
    },
};

fn ivp_009(ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let Some((n, s)) = nul_en_streef(ind) else {
        return;
    };
    if n.jaar >= s.jaar {
        v.meld(
            &IVP_009,
            format!("{pad}/nulmeting/jaar"),
            format!(
                "de nulmeting van \"{}\" ({}) ligt niet voor het jaar van de streefwaarde ({})",
                naam_van(ind),
                n.jaar,
                s.jaar
            ),
        );
    }
}

/// IVP-010: houd rekening met de trend.
pub(crate) const IVP_010: Regel = Regel {
    code: "IVP-010",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "houd rekening met de trend",
    uitleg: "De streefwaarde is al bereikt volgens de laatste meting, of gaat in tegen de gemeten trend.",
    oplossing: "Stel de streefwaarde bij met het oog op de trend van de afgelopen jaren.",
    grond: Grond::Handreiking {
        citaat: "Houd rekening met de trend in de afgelopen jaren (indien er een stevige daling op een indicator is geweest, is verdere daling wellicht niet realistisch).",
        bron: EFFECTINDICATOREN,
    },
};

/// The target already reached by the latest measurement, or the measured series going the
/// other way. Only where the nulmeting precedes the target (else IVP-009).
fn ivp_010(ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let Some((n, s)) = nul_en_streef(ind).filter(|(n, s)| n.jaar < s.jaar) else {
        return;
    };
    let naam = naam_van(ind);
    // The direction the target asks for: stated, or read from nulmeting and streefwaarde.
    let richting = ind.richting.unwrap_or(if s.waarde < n.waarde {
        Richting::Dalen
    } else if s.waarde > n.waarde {
        Richting::Stijgen
    } else {
        Richting::Gelijk
    });
    // The latest measurement: the series' last year, or the nulmeting.
    let laatste = ind
        .reeks
        .iter()
        .next_back()
        .filter(|(jaar, _)| **jaar >= n.jaar)
        .map_or(n.waarde, |(_, w)| *w);
    let bereikt = match richting {
        Richting::Dalen => laatste <= s.waarde,
        Richting::Stijgen => laatste >= s.waarde,
        Richting::Gelijk => false,
    };
    if bereikt {
        v.meld(
            &IVP_010,
            format!("{pad}/streefwaarde"),
            format!(
                "de streefwaarde {} van \"{naam}\" is volgens de laatste meting ({laatste}) al bereikt; houd rekening met de trend",
                s.waarde
            ),
        );
        return;
    }
    // The measured trend over the series, against the direction the target asks for.
    if let (Some((_, eerste)), Some((_, laatst))) =
        (ind.reeks.iter().next(), ind.reeks.iter().next_back())
    {
        let tegen = match richting {
            Richting::Dalen => laatst > eerste,
            Richting::Stijgen => laatst < eerste,
            Richting::Gelijk => false,
        };
        if ind.reeks.len() >= 2 && tegen {
            v.meld(
                &IVP_010,
                format!("{pad}/streefwaarde"),
                format!(
                    "de streefwaarde van \"{naam}\" vraagt om {}, maar de gemeten reeks gaat de andere kant op ({eerste} naar {laatst}); houd rekening met de trend",
                    if richting == Richting::Dalen { "een daling" } else { "een stijging" }
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// One priority with these indicators (TOML inline tables).
    fn met(indicatoren: &[&str]) -> crate::document::Ivp {
        ivp(&format!(
            "[[prioriteiten]]\nnaam = \"Inbraak\"\nthemas = [\"1.3\"]\neffectindicatoren = [{}]",
            indicatoren.join(", ")
        ))
    }

    const OBJECTIEF: &str = r#"{ naam = "Inbraken", soort = "objectief", nulmeting = { jaar = 2025, waarde = 100.0 }, streefwaarde = { jaar = 2030, waarde = 80.0 } }"#;
    const SUBJECTIEF: &str = r#"{ naam = "Onveilig", bron = "veiligheidsmonitor", nulmeting = { jaar = 2025, waarde = 30.0 }, streefwaarde = { jaar = 2030, waarde = 25.0 } }"#;

    /// IVP-006: "Beperk het aantal indicatoren (twee a drie per prioriteit)."
    #[test]
    fn ivp_006_te_veel_indicatoren() {
        let plan = met(&[OBJECTIEF, SUBJECTIEF, OBJECTIEF, SUBJECTIEF]);
        assert_eq!(
            bevindingen(&plan, "IVP-006"),
            ["/prioriteiten/0/effectindicatoren"]
        );
        assert!(bevindingen(&met(&[OBJECTIEF, SUBJECTIEF, OBJECTIEF]), "IVP-006").is_empty());
    }

    /// IVP-023: two to three indicators, one only if it is a composite.
    #[test]
    fn ivp_023_een_indicator() {
        assert_eq!(
            bevindingen(&met(&[OBJECTIEF]), "IVP-023"),
            ["/prioriteiten/0/effectindicatoren"]
        );
        assert!(bevindingen(&met(&[OBJECTIEF, SUBJECTIEF]), "IVP-023").is_empty());
    }

    /// IVP-007: "Maak combinaties van 'objectieve' indicatoren ... en 'subjectieve'
    /// indicatoren"; the Veiligheidsmonitor as source counts as subjective.
    #[test]
    fn ivp_007_objectief_en_subjectief() {
        assert_eq!(
            bevindingen(&met(&[OBJECTIEF, OBJECTIEF]), "IVP-007"),
            ["/prioriteiten/0/effectindicatoren"]
        );
        assert!(bevindingen(&met(&[OBJECTIEF, SUBJECTIEF]), "IVP-007").is_empty());
    }

    /// IVP-008: "kwantitatief (streefwaarden op effectindicatoren)"; 'gelijk' with a nulmeting
    /// keeps the measured level.
    #[test]
    fn ivp_008_geen_streefwaarde() {
        let zonder = r#"{ naam = "Inbraken", soort = "objectief" }"#;
        let houden = r#"{ naam = "Onveilig", richting = "gelijk", nulmeting = { jaar = 2025, waarde = 3.0 } }"#;
        assert_eq!(
            bevindingen(&met(&[zonder, houden]), "IVP-008"),
            ["/prioriteiten/0/effectindicatoren/0/streefwaarde"]
        );
    }

    /// IVP-024: "Een plan kan alleen doelen stellen voor de jaren waarin het geldt."
    #[test]
    fn ivp_024_streefwaarde_buiten_de_periode() {
        let laat = r#"{ naam = "Inbraken", streefwaarde = { jaar = 2032, waarde = 80.0 } }"#;
        assert_eq!(
            bevindingen(&met(&[laat]), "IVP-024"),
            ["/prioriteiten/0/effectindicatoren/0/streefwaarde/jaar"]
        );
    }

    /// IVP-009: "Een nulmeting gaat vooraf aan de streefwaarde die erop voortbouwt".
    #[test]
    fn ivp_009_nulmeting_na_streefwaarde() {
        let omgekeerd = r#"{ naam = "Inbraken", nulmeting = { jaar = 2030, waarde = 100.0 }, streefwaarde = { jaar = 2029, waarde = 80.0 } }"#;
        assert_eq!(
            bevindingen(&met(&[omgekeerd]), "IVP-009"),
            ["/prioriteiten/0/effectindicatoren/0/nulmeting/jaar"]
        );
        assert!(bevindingen(&met(&[omgekeerd]), "IVP-010").is_empty());
    }

    /// IVP-010: "Houd rekening met de trend in de afgelopen jaren": a target already reached,
    /// and one against the measured series.
    #[test]
    fn ivp_010_trend() {
        let bereikt = r#"{ naam = "Inbraken", nulmeting = { jaar = 2025, waarde = 100.0 }, streefwaarde = { jaar = 2030, waarde = 80.0 }, reeks = [{ jaar = 2025, waarde = 100.0 }, { jaar = 2026, waarde = 75.0 }] }"#;
        let tegen = r#"{ naam = "Fietsen", nulmeting = { jaar = 2026, waarde = 100.0 }, streefwaarde = { jaar = 2030, waarde = 80.0 }, reeks = [{ jaar = 2024, waarde = 90.0 }, { jaar = 2026, waarde = 100.0 }] }"#;
        assert_eq!(
            bevindingen(&met(&[bereikt, tegen, OBJECTIEF]), "IVP-010"),
            [
                "/prioriteiten/0/effectindicatoren/0/streefwaarde",
                "/prioriteiten/0/effectindicatoren/1/streefwaarde"
            ]
        );
    }

    /// IVP-029: "Een nulmeting meet de situatie waarin een plan begint".
    #[test]
    fn ivp_029_nulmeting_na_de_start() {
        let laat = r#"{ naam = "Inbraken", nulmeting = { jaar = 2028, waarde = 100.0 }, streefwaarde = { jaar = 2030, waarde = 80.0 } }"#;
        assert_eq!(
            bevindingen(&met(&[laat, OBJECTIEF]), "IVP-029"),
            ["/prioriteiten/0/effectindicatoren/0/nulmeting/jaar"]
        );
        let eerste_jaar = r#"{ naam = "Inbraken", nulmeting = { jaar = 2027, waarde = 100.0 } }"#;
        assert!(bevindingen(&met(&[eerste_jaar]), "IVP-029").is_empty());
    }

    /// IVP-030: "de generieke, strategische doelstelling van de gemeente voor het 'eindjaar'
    /// van het IVP".
    #[test]
    fn ivp_030_strategisch_voor_het_eindjaar() {
        let plan = ivp(r#"[strategische_doelstelling]
            kwalitatief = ["Minder cybercrime."]
            kwantitatief = [
                { naam = "Criminaliteit", streefwaarde = { jaar = 2028, waarde = 80.0 } },
                { naam = "Veiligheidsgevoel", streefwaarde = { jaar = 2030, waarde = 80.0 } },
            ]"#);
        assert_eq!(
            bevindingen(&plan, "IVP-030"),
            ["/strategische_doelstelling/kwantitatief/0/streefwaarde/jaar"]
        );
    }
}
