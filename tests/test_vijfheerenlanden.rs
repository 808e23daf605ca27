//! What the controle says of real plans: the Vijfheerenlanden IVB 2023-2026, and the joint 2017
//! plan of Kampen, Steenwijkerland, Zwartewaterland and Staphorst, built from sub-themes. Every
//! finding follows from the handbook; the plans are encoded as they are (tests/fixtures).

use std::collections::BTreeMap;

use kernbeleid::controle::{controleer_ivp, Ernst};
use kernbeleid::document::Ivp;

fn plan() -> Ivp {
    Ivp::uit_toml(include_str!("fixtures/vijfheerenlanden-2023-2026.toml")).expect("fixture")
}

#[test]
fn wat_de_controle_zegt_van_vijfheerenlanden() {
    let r = controleer_ivp(&plan());
    let mut per_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in r.diagnoses() {
        *per_code.entry(&d.code).or_default() += 1;
    }
    let verwacht: BTreeMap<&str, usize> = [
        ("IVP-003", 1), // six main themes: more than "drie a vier"
        // 5.2 in "Veilig ondernemen", 1.1 and 1.4 in "Veilige wijken" are also in priorities,
        // and neither toelichting says which part of the theme stands there
        ("IVP-004", 3),
        // five priorities without effect indicators, four without flankerend beleid
        ("IVP-005", 9),
        // "Aantal woninginbraken": "dat willen we zo houden", but no level to hold; the share of
        // inwoners who feel safe has its nulmeting (82) and the direction 'gelijk': a target
        ("IVP-008", 1),
        // raakvlakken with 1.2 and 4.1, which the plan leaves to the Handhavingsbeleid
        ("IVP-013", 4),
        ("IVP-014", 1), // six themes not accounted for
        ("IVP-016", 5), // no digital facet, except at Digitale veiligheid itself
        ("IVP-021", 1), // the situation is sketched as a whole, not per veld
        // "Om deze reden treft u, op een enkele uitzondering na, geen aantallen of percentages
        // in de doelstellingen": no quantitative part in chapter 2
        ("IVP-026", 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(per_code, verwacht, "{r}");
    assert!(r.is_geldig(), "no errors: the plan is valid, with warnings");
    let d = r.met_code("IVP-003").next().expect("IVP-003");
    assert_eq!(d.ernst, Ernst::Waarschuwing);
    assert_eq!(
        d.bericht,
        "het IVP heeft 6 prioriteiten; de handreiking gaat uit van een maximum van drie a vier"
    );
    let d = r.met_code("IVP-014").next().expect("IVP-014");
    assert!(
        d.bericht.starts_with("6 van de 22 thema's"),
        "{}",
        d.bericht
    );
    assert!(d.bericht.contains("5.3 Weerbare overheid/weerbaar bestuur"));
}

// ---- Kampen, Steenwijkerland, Zwartewaterland en Staphorst 2017 ----

const KAMPEN: &str =
    include_str!("fixtures/kampen-steenwijkerland-zwartewaterland-staphorst-2017.toml");
const KAMPEN_BRON: &str =
    include_str!("../bron/iv-kampen-steenwijkerland-zwartewaterland-staphorst-2017.txt");

fn kampen() -> Ivp {
    Ivp::uit_toml(KAMPEN).expect("fixture")
}

/// The source as compared: the `*` after the agreements, the bullets and their numbers
/// ("- 1. ") dropped, white space as single spaces.
fn genormaliseerd(tekst: &str) -> String {
    tekst
        .replace('*', "")
        .lines()
        .map(|regel| {
            let r = regel.trim();
            let r = r.strip_prefix("- ").unwrap_or(r);
            match r.split_once(". ") {
                Some((nummer, rest)) if nummer.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => r,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every string under `sleutel`s that quote the plan.
fn citaten(waarde: &serde_json::Value, sleutel: &str, uit: &mut Vec<String>) {
    const GECITEERD: [&str; 6] = [
        "toelichting",
        "going_concern",
        "doelstelling_kwalitatief",
        "hoofdlijnen_aanpak",
        "bestuurlijk",
        "titel",
    ];
    match waarde {
        serde_json::Value::String(tekst) if GECITEERD.contains(&sleutel) => uit.push(tekst.clone()),
        serde_json::Value::Array(lijst) => lijst.iter().for_each(|v| citaten(v, sleutel, uit)),
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| citaten(v, k, uit)),
        _ => {}
    }
}

#[test]
fn kampen_citeert_het_plan_letterlijk() {
    let bron = genormaliseerd(KAMPEN_BRON);
    let json: serde_json::Value = serde_json::from_str(&kampen().naar_json()).expect("json");
    let mut gevonden = Vec::new();
    citaten(&json, "", &mut gevonden);
    assert!(gevonden.len() > 20, "{}", gevonden.len());
    for tekst in gevonden {
        for alinea in tekst.split("\n\n") {
            let alinea = genormaliseerd(alinea);
            assert!(
                bron.contains(&alinea),
                "niet letterlijk in het plan: {alinea}"
            );
        }
    }
}

#[test]
fn kampen_is_opgebouwd_uit_deelthemas() {
    let ivp = kampen();
    assert_eq!(ivp.gemeenten.len(), 4);
    let overlast = &ivp.prioriteiten[0];
    assert!(overlast.toelichting.is_none() && overlast.hoofdlijnen_aanpak.is_empty());
    let namen: Vec<&str> = overlast
        .deelthemas
        .iter()
        .map(|d| d.naam.as_str())
        .collect();
    assert_eq!(
        namen,
        [
            "jeugdoverlast",
            "Burenruzies",
            "Tradities (jaarwisseling en Koningsdag)",
            "Verwarde personen"
        ]
    );
    // Every agreement ("Afspraak:") of a sub-theme is one of its hoofdlijnen.
    let afspraken: usize = overlast
        .deelthemas
        .iter()
        .map(|d| d.hoofdlijnen_aanpak.len())
        .sum();
    assert_eq!(afspraken, 1 + 4 + 1 + 1);
}

#[test]
fn wat_de_controle_zegt_van_kampen() {
    let r = controleer_ivp(&kampen());
    let mut per_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in r.diagnoses() {
        *per_code.entry(&d.code).or_default() += 1;
    }
    let verwacht: BTreeMap<&str, usize> = [
        // no uitgangssituatie, strategische doelstelling, strategische uitgangspunten, begroting
        ("IVP-001", 4),
        // per priority: no flankerend beleid and no effect indicators; "Ondermijning/hennep"
        // and "Woninginbraak" state no goal. Nothing on toelichting or aanpak: for "Overlast"
        // they stand in its four sub-themes.
        ("IVP-005", 3 + 3 + 2),
        // No IVP-014: the themes the plan does not name continue as going concern, "Uiteraard
        // worden de bestaande werkwijzen en aanpakken voortgezet".
        ("IVP-015", 1), // no strategic doelstelling, so nothing on cybercrime in it
        ("IVP-016", 3), // no digital facet at any priority
        ("IVP-018", 1), // no adoption recorded
        ("IVP-022", 1), // one year: "Dit eveneens vierjaarlijkse beleid"
    ]
    .into_iter()
    .collect();
    assert_eq!(per_code, verwacht, "{r}");
    assert!(r.is_geldig(), "{r}");
    let ontbrekend: Vec<&str> = r.met_code("IVP-005").map(|d| d.pad.as_str()).collect();
    assert_eq!(
        ontbrekend,
        [
            // In the document's order of keys.
            "/prioriteiten/0/effectindicatoren",
            "/prioriteiten/0/flankerend_beleid",
            "/prioriteiten/1/doelstelling_kwalitatief",
            "/prioriteiten/1/effectindicatoren",
            "/prioriteiten/1/flankerend_beleid",
            "/prioriteiten/2/doelstelling_kwalitatief",
            "/prioriteiten/2/effectindicatoren",
            "/prioriteiten/2/flankerend_beleid",
        ]
    );
    let d = r.met_code("IVP-022").next().expect("IVP-022");
    assert_eq!(
        d.bericht,
        "de periode 2017-01-01 tot en met 2017-12-31 is korter dan 4 jaar; het IVP is vierjaarlijks beleid"
    );
}
