//! What the controle says of a real plan: the Vijfheerenlanden IVB 2023-2026. Every finding
//! follows from the handbook; the plan is encoded as it is (tests/fixtures).

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
