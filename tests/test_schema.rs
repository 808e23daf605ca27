//! The JSON Schema of the documents (feature `schema`): its descriptions are Dutch, like all
//! output, and written for whoever fills in a plan.
#![cfg(feature = "schema")]

use kernbeleid::document::DocumentSoort;
use kernbeleid::VariantArray;
use serde_json::Value;

/// Every description in a schema, with the JSON path where it stands.
fn beschrijvingen(waarde: &Value, pad: &str, uit: &mut Vec<(String, String)>) {
    match waarde {
        Value::Object(map) => {
            if let Some(tekst) = map.get("description") {
                let tekst = tekst.as_str().expect("een beschrijving is tekst");
                uit.push((pad.to_owned(), tekst.to_owned()));
            }
            for (sleutel, kind) in map {
                beschrijvingen(kind, &format!("{pad}/{sleutel}"), uit);
            }
        }
        Value::Array(lijst) => {
            for (i, kind) in lijst.iter().enumerate() {
                beschrijvingen(kind, &format!("{pad}/{i}"), uit);
            }
        }
        _ => {}
    }
}

/// Words that give English prose away (with the spaces around them, so Dutch words that contain
/// them do not count).
const ENGELS: &[&str] = &[
    " the ",
    " of the ",
    " are ",
    " and ",
    " or ",
    " which ",
    " with ",
    " for ",
    " from ",
    " to ",
    " its ",
    " it ",
    " an ",
    " as a ",
    " that ",
    " where ",
    " when ",
    " whether ",
    " written ",
    " accepted ",
];

#[test]
fn beschrijvingen_zijn_nederlands() {
    for &soort in DocumentSoort::VARIANTS {
        let mut alle = Vec::new();
        beschrijvingen(&soort.schema(), "", &mut alle);
        assert!(alle.len() > 20, "{soort}: {} beschrijvingen", alle.len());
        for (pad, tekst) in alle {
            assert!(!tekst.trim().is_empty(), "{soort} {pad}: lege beschrijving");
            let zin = format!(" {} ", tekst.to_lowercase());
            for woord in ENGELS {
                assert!(
                    !zin.contains(woord),
                    "{soort} {pad}: Engels woord '{}' in: {tekst}",
                    woord.trim()
                );
            }
            for begin in ["The ", "An ", "A ", "Whether ", "Where ", "What ", "How "] {
                assert!(!tekst.starts_with(begin), "{soort} {pad}: {tekst}");
            }
            // No rustdoc leftovers: code examples, intra-doc links.
            assert!(!tekst.contains("# Example"), "{soort} {pad}: {tekst}");
            assert!(!tekst.contains("[`"), "{soort} {pad}: {tekst}");
        }
    }
}

#[test]
fn elke_eigenschap_en_definitie_heeft_een_beschrijving() {
    fn controleer(schema: &Value, soort: DocumentSoort) {
        let mut definities: Vec<(String, &Value)> = vec![("(wortel)".to_owned(), schema)];
        if let Some(defs) = schema["$defs"].as_object() {
            definities.extend(defs.iter().map(|(naam, def)| (naam.clone(), def)));
        }
        for (naam, def) in definities {
            assert!(
                def["description"].is_string(),
                "{soort}: {naam} heeft geen beschrijving"
            );
            eigenschappen(def, &naam, soort);
        }
    }
    fn eigenschappen(waarde: &Value, pad: &str, soort: DocumentSoort) {
        match waarde {
            Value::Object(map) => {
                if let Some(Value::Object(lijst)) = map.get("properties") {
                    for (naam, eigenschap) in lijst {
                        assert!(
                            eigenschap["description"].is_string(),
                            "{soort}: {pad}.{naam} heeft geen beschrijving"
                        );
                    }
                }
                for (sleutel, kind) in map {
                    if sleutel != "$defs" {
                        eigenschappen(kind, &format!("{pad}/{sleutel}"), soort);
                    }
                }
            }
            Value::Array(lijst) => lijst.iter().for_each(|k| eigenschappen(k, pad, soort)),
            _ => {}
        }
    }
    for &soort in DocumentSoort::VARIANTS {
        controleer(&soort.schema(), soort);
    }
}

#[test]
fn enkele_beschrijvingen_letterlijk() {
    let ivp = DocumentSoort::Ivp.schema();
    assert_eq!(
        ivp["properties"]["strategische_doelstelling"]["description"],
        "Hoofdstuk 2, Strategische doelstelling: waar wil de gemeente aan het eind van de \
         periode 'staan' met de veiligheid?"
    );
    assert_eq!(
        ivp["$defs"]["Themauitwerking"]["properties"]["effectindicatoren"]["description"],
        "De kwantitatieve doelstellingen: effectindicatoren met streefwaarden, twee à drie per \
         prioriteit."
    );
    assert_eq!(
        ivp["$defs"]["Invulbaar_string"]["anyOf"][1]["properties"]["in_te_vullen"]["description"],
        "Wat er in te vullen is: de vraag om te beantwoorden, waar in het handboek te kijken."
    );
    assert_eq!(
        ivp["$defs"]["Coordinatie"]["properties"]["voorzieningen"]["properties"]
            ["voortgangsoverleg"]["description"],
        "Het voortgangsoverleg: wie met wie, hoe vaak, over de voortgang van de aanpak."
    );
    assert_eq!(
        ivp["$defs"]["Orgaan"]["oneOf"][0]["description"],
        "De gemeenteraad: stelt het IVP vast (stap 4)."
    );
    let plan = DocumentSoort::Uitvoeringsplan.schema();
    assert_eq!(
        plan["$defs"]["Maatregel"]["properties"]["bestuurlijk_trekker"]["description"],
        "De bestuurlijk trekker (portefeuillehouder)."
    );
    let analyse = DocumentSoort::Analyse.schema();
    assert_eq!(
        analyse["$defs"]["ThemaAnalyse"]["properties"]["problematiek"]["description"],
        "(1) 'Problematiek?': waar inwoners last van hebben, in cijfers en kwalitatief."
    );
    assert_eq!(
        analyse["$defs"]["Veld"]["description"],
        "Een veiligheidsveld, als nummer 1 tot en met 5. De naam mag ook."
    );
}

/// The Dutch descriptions change nothing else: what the schema accepts stays the same.
#[test]
fn een_skelet_en_de_voorbeelden_voldoen_aan_het_schema() {
    let ivp = DocumentSoort::Ivp.schema();
    let validator = jsonschema::validator_for(&ivp).expect("het schema is geldig");
    let goed = serde_json::json!({
        "gemeenten": ["Utrecht"],
        "periode": { "van": "2027-01-01", "tot": "2030-12-31" },
        "prioriteiten": [{
            "naam": "Ondermijning",
            "themas": ["4.1"],
            "toelichting": { "in_te_vullen": "Waarom is dit thema prioritair?" }
        }],
        "overige_themas": []
    });
    assert!(validator.is_valid(&goed), "{:?}", validator.validate(&goed));
    // What real plans write: a period as text, the driehoek, a date without a year.
    let tekst = serde_json::json!({
        "gemeenten": ["Kampen"],
        "periode": "2017-2017",
        "vaststelling": [{ "door": "driehoek", "datum": "12 maart" }],
        "prioriteiten": [],
        "overige_themas": []
    });
    assert!(
        validator.is_valid(&tekst),
        "{:?}",
        validator.validate(&tekst)
    );
    let fout = serde_json::json!({ "gemeenten": ["Utrecht"], "periode": "2027", "extra": 1 });
    assert!(!validator.is_valid(&fout));
}
