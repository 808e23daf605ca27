//! Tests over the registry of rules itself: codes, style, citations.

use std::collections::HashSet;

use kernbeleid::controle::{Ernst, Regel, Toepassing, INGETROKKEN, REGELS};

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
    for regel in &REGELS {
        assert!(
            bron.contains(&plat(regel.citaat)),
            "citaat van {} niet letterlijk: {:?}",
            regel.code,
            regel.citaat
        );
        assert!(!regel.citaat.is_empty());
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
