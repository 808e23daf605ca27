//! Tests over the registry of rules itself: codes, style, citations.

use std::collections::HashSet;

use kernbeleid::controle::{Ernst, Grond, GrondSoort, Regel, Toepassing, INGETROKKEN, REGELS};

#[test]
fn codes_zijn_uniek_en_nooit_hergebruikt() {
    let mut gezien = HashSet::new();
    for regel in &REGELS {
        assert!(gezien.insert(regel.code), "dubbele code {}", regel.code);
        assert!(
            !INGETROKKEN.contains(&regel.code),
            "{} is ingetrokken",
            regel.code
        );
        assert_eq!(Regel::met_code(regel.code), Some(regel));
    }
    assert_eq!(Regel::met_code("IVP-999"), None);
}

#[test]
fn codes_volgen_het_schema_van_hun_document() {
    for regel in &REGELS {
        let (voor, nummer) = regel.code.split_once('-').expect("code met streepje");
        let verwacht = match regel.document {
            Toepassing::Alle => "KBV",
            Toepassing::Ivp => "IVP",
            Toepassing::Uitvoeringsplan => "UP",
            Toepassing::Analyse => "AN",
            Toepassing::Voortgang => "VG",
            _ => panic!("{}: nieuwe toepassing zonder codevoorvoegsel", regel.code),
        };
        assert_eq!(voor, verwacht, "{}", regel.code);
        assert!(
            nummer.len() == 3 && nummer.chars().all(|c| c.is_ascii_digit()),
            "{}",
            regel.code
        );
    }
    let mut codes: Vec<&str> = REGELS.iter().map(|r| r.code).collect();
    let gesorteerd = {
        let mut c = codes.clone();
        c.sort_by_key(|c| {
            (
                !c.starts_with("KBV"),
                !c.starts_with("IVP"),
                !c.starts_with("UP"),
                *c,
            )
        });
        c
    };
    assert_eq!(codes, gesorteerd, "de registry staat op volgorde");
    codes.dedup();
    assert_eq!(codes.len(), REGELS.len());
}

#[test]
fn teksten_zijn_nederlands_en_eenvormig() {
    for regel in &REGELS {
        assert!(
            !regel.titel.is_empty() && regel.titel.chars().next().is_some_and(char::is_lowercase),
            "titel van {} begint met een kleine letter",
            regel.code
        );
        assert!(
            !regel.titel.ends_with('.'),
            "titel van {} zonder punt",
            regel.code
        );
        for (naam, tekst) in [("uitleg", regel.uitleg), ("oplossing", regel.oplossing)] {
            assert!(
                tekst.ends_with('.'),
                "{naam} van {} eindigt met een punt",
                regel.code
            );
            assert!(
                tekst.chars().next().is_some_and(char::is_uppercase),
                "{naam} van {} begint met een hoofdletter",
                regel.code
            );
        }
    }
}

#[test]
fn elk_citaat_staat_letterlijk_in_de_handreiking() {
    let plat = |s: &str| {
        s.replace("**", "")
            .replace('*', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let bron = plat(include_str!("../bron/kernbeleid-veiligheid-2021.txt"));
    let ccv = plat(include_str!("../bron/ccv-checklist-ivp.txt"));
    for regel in &REGELS {
        match regel.grond {
            Grond::Handreiking { citaat, .. } => {
                assert!(
                    bron.contains(&plat(citaat)),
                    "citaat van {} niet letterlijk: {citaat:?}",
                    regel.code,
                );
                assert!(!citaat.is_empty());
            }
            Grond::GezondVerstand { stelling } => {
                // A statement of its own, in a sentence of its own, not a borrowed quote.
                assert!(
                    stelling.ends_with('.')
                        && stelling.chars().next().is_some_and(char::is_uppercase),
                    "stelling van {}: {stelling:?}",
                    regel.code
                );
                assert!(
                    !bron.contains(&plat(stelling.trim_end_matches('.'))),
                    "de stelling van {} staat in de handreiking: dan is het een citaat",
                    regel.code
                );
            }
            Grond::Ccv { check, onderdeel } => {
                // The check item verbatim, under the part it names, and advice only.
                assert!(
                    ccv.contains(&plat(check)),
                    "check van {} niet letterlijk in de CCV-checklist: {check:?}",
                    regel.code
                );
                let kop = format!("== {onderdeel} ==");
                let begin = ccv
                    .find(&kop)
                    .unwrap_or_else(|| panic!("{}: geen onderdeel {onderdeel:?}", regel.code));
                let deel = &ccv[begin + kop.len()..];
                let deel = &deel[..deel.find("== ").unwrap_or(deel.len())];
                assert!(
                    deel.contains(&plat(check)),
                    "{}: {check:?} niet onder {onderdeel:?}",
                    regel.code
                );
                assert!(regel.ernst <= Ernst::Waarschuwing, "{}", regel.code);
            }
            _ => panic!("{}: nieuwe soort grond zonder test", regel.code),
        }
    }
}

#[test]
fn de_json_van_een_regel_houdt_zijn_sleutels_en_noemt_de_grond() {
    for regel in &REGELS {
        let json = serde_json::to_value(regel).expect("json");
        let sleutels: Vec<&str> = json
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        for sleutel in [
            "code",
            "ernst",
            "document",
            "titel",
            "uitleg",
            "oplossing",
            "citaat",
            "bron",
            "grond",
        ] {
            assert!(sleutels.contains(&sleutel), "{}: {sleutel}", regel.code);
        }
        assert_eq!(json["citaat"], regel.grond.tekst());
        match regel.grond.soort() {
            GrondSoort::Handreiking => {
                assert_eq!(json["grond"], "handreiking");
                assert!(json["bron"]["pagina"].is_u64(), "{}", regel.code);
                assert!(json["bron"].get("grond").is_none());
            }
            GrondSoort::GezondVerstand => {
                assert_eq!(json["grond"], "gezond_verstand");
                assert_eq!(
                    json["bron"],
                    serde_json::json!({"sectie": "gezond verstand", "grond": "gezond_verstand"})
                );
            }
            GrondSoort::Ccv => {
                assert_eq!(json["grond"], "ccv");
                assert_eq!(json["bron"]["grond"], "ccv");
                assert!(json["bron"].get("pagina").is_none(), "{}", regel.code);
            }
            _ => panic!("{}: nieuwe soort grond zonder test", regel.code),
        }
    }
}

#[test]
fn ernst_is_geordend() {
    assert!(Ernst::Hint < Ernst::Waarschuwing && Ernst::Waarschuwing < Ernst::Fout);
    assert_eq!(
        serde_json::to_string(&Ernst::Waarschuwing).expect("json"),
        "\"waarschuwing\""
    );
}

/// The severity follows the handbook's wording: a rule whose passage says "bij voorkeur",
/// "aan te bevelen", "aanbevolen", "eventueel" or "denk aan" is at most a hint.
#[test]
fn zachte_woorden_geven_hoogstens_een_hint() {
    const ZACHT: [&str; 5] = [
        "bij voorkeur",
        "aan te bevelen",
        "aanbevolen",
        "eventueel",
        "denk aan",
    ];
    // IVP-005 quotes the four "Vaste onderdelen"; its "denk aan" introduces examples of
    // flankerend beleid, not the rule.
    const UITZONDERINGEN: [&str; 1] = ["IVP-005"];
    for regel in &REGELS {
        let Grond::Handreiking { citaat, .. } = regel.grond else {
            continue;
        };
        let zacht = ZACHT.iter().find(|w| citaat.to_lowercase().contains(*w));
        if let Some(woord) = zacht {
            assert!(
                regel.ernst == Ernst::Hint || UITZONDERINGEN.contains(&regel.code),
                "{} is een {} op \"{woord}\": {citaat:?}",
                regel.code,
                regel.ernst
            );
        }
    }
}

/// The numbers the rules count with are methode's, quoted where the rule rests on them.
#[test]
fn regels_met_een_getal_citeren_methode() {
    use kernbeleid::methode::{EFFECTINDICATOREN_PER_PRIORITEIT, IVP_JAREN, PRIORITEITEN};
    for (code, kengetal) in [
        ("IVP-003", &PRIORITEITEN),
        ("IVP-006", &EFFECTINDICATOREN_PER_PRIORITEIT),
        ("IVP-023", &EFFECTINDICATOREN_PER_PRIORITEIT),
        ("IVP-012", &IVP_JAREN),
        ("IVP-022", &IVP_JAREN),
    ] {
        let regel = Regel::met_code(code).expect(code);
        let Grond::Handreiking { citaat, bron } = regel.grond else {
            panic!("{code} rust op de handreiking");
        };
        assert!(
            kengetal.citaat.contains(citaat) || citaat.contains(kengetal.citaat),
            "{code}"
        );
        assert!(citaat.contains(kengetal.woorden), "{code}");
        assert_eq!(bron, kengetal.bron, "{code}");
    }
}
