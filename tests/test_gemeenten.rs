//! The gemeenten a plan names in its own voice: the real plans in `bron/` (as texts and as
//! encoded in `tests/fixtures/`) name only themselves, their partners and their region; a plan
//! text copied from a neighbour names the neighbour.

use kernbeleid::document::{Ivp, IN_TE_VULLEN};
use kernbeleid::gemeenten::{self, vermeldingen, EigenGemeenten, Gemeente, Vorm};

fn vijfheerenlanden() -> Ivp {
    Ivp::uit_toml(include_str!("fixtures/vijfheerenlanden-2023-2026.toml")).expect("fixture")
}

fn kampen() -> Ivp {
    Ivp::uit_toml(include_str!(
        "fixtures/kampen-steenwijkerland-zwartewaterland-staphorst-2017.toml"
    ))
    .expect("fixture")
}

#[test]
fn de_echte_plannen_noemen_geen_andere_gemeente() {
    for (naam, plan) in [
        ("Vijfheerenlanden", vijfheerenlanden()),
        ("Kampen e.a.", kampen()),
    ] {
        let gevonden = gemeenten::in_document(&plan).expect("json");
        assert!(gevonden.is_empty(), "{naam}: {gevonden:#?}");
    }
}

#[test]
fn de_brontekst_van_vijfheerenlanden_ook_niet() {
    // The text as published: Utrecht only in organisations (Veiligheidsregio, GGD, Omgevingsdienst,
    // provincie, Hogeschool), IJsselstein and Nieuwegein as partners ("samen met gemeente ...").
    let tekst = include_str!("../bron/ivb-vijfheerenlanden-2023-2026.txt");
    let eigen = EigenGemeenten::uit(["Vijfheerenlanden"]);
    let gevonden: Vec<(&str, usize)> = vermeldingen(tekst, &eigen)
        .iter()
        .map(|v| (v.tekst, v.begin))
        .collect();
    assert!(gevonden.is_empty(), "{gevonden:?}");
    // Without its own gemeente, the text names it: the search does look.
    let zelf = vermeldingen(tekst, &EigenGemeenten::new());
    assert!(zelf.len() >= 5, "{zelf:?}");
    let vhl = Gemeente::zoek("Vijfheerenlanden").expect("VHL");
    assert!(zelf.iter().all(|v| v.gemeente == vhl), "{zelf:?}");
}

#[test]
fn de_brontekst_van_kampen_ook_niet() {
    let tekst =
        include_str!("../bron/iv-kampen-steenwijkerland-zwartewaterland-staphorst-2017.txt");
    let eigen = EigenGemeenten::uit(["Kampen", "Steenwijkerland", "Zwartewaterland", "Staphorst"]);
    let gevonden: Vec<String> = vermeldingen(tekst, &eigen)
        .iter()
        .map(|v| {
            let begin = v.begin.saturating_sub(60);
            format!(
                "{} <<{}>>",
                tekst.get(begin..v.begin).unwrap_or(""),
                v.tekst
            )
        })
        .collect();
    assert!(gevonden.is_empty(), "{gevonden:#?}");
    let zelf = vermeldingen(tekst, &EigenGemeenten::new());
    for naam in ["Kampen", "Steenwijkerland", "Zwartewaterland", "Staphorst"] {
        assert!(zelf.iter().any(|v| v.gemeente.naam() == naam), "{naam}");
    }
}

#[test]
fn een_van_de_buren_overgenomen_tekst_wel() {
    let mut plan = vijfheerenlanden();
    // A text as a neighbour wrote it for itself, left in the plan.
    let tekst = "In Nieuwegein zien we een stijging van het aantal woninginbraken. De \
                 Nieuwegeinse aanpak van jeugdoverlast werkt, ook in Galecop.";
    let prioriteit = plan.prioriteiten.first_mut().expect("een prioriteit");
    prioriteit.toelichting = Some(tekst.to_owned().into());
    let gevonden = gemeenten::in_document(&plan).expect("json");
    let nieuwegein = Gemeente::zoek("Nieuwegein").expect("Nieuwegein");
    let woorden: Vec<(&str, &str, Vorm)> = gevonden
        .iter()
        .map(|v| (v.pad.as_str(), v.woorden.as_str(), v.vorm))
        .collect();
    assert_eq!(
        woorden,
        [
            ("/prioriteiten/0/toelichting", "Nieuwegein", Vorm::Naam),
            (
                "/prioriteiten/0/toelichting",
                "Nieuwegeinse",
                Vorm::Bijvoeglijk
            ),
        ]
    );
    assert!(gevonden.iter().all(|v| v.gemeente == nieuwegein));
}

#[test]
fn plaatshouders_en_partners_tellen_niet() {
    let mut plan = vijfheerenlanden();
    let prioriteit = plan.prioriteiten.first_mut().expect("een prioriteit");
    // A placeholder naming Gorinchem (as a skeleton's aanwijzing could) is not the plan's text.
    prioriteit.toelichting = Some(kernbeleid::document::Invulbaar::in_te_vullen(
        "Hoe pakt Gorinchem dit aan?",
    ));
    assert!(gemeenten::in_document(&plan).expect("json").is_empty());
    assert_eq!(IN_TE_VULLEN, "in_te_vullen"); // the key in_document skips

    // A partner gemeente named in the plan's own voice elsewhere: a partner, not a copy.
    let mut plan = vijfheerenlanden();
    let prioriteit = plan.prioriteiten.first_mut().expect("een prioriteit");
    prioriteit.toelichting = Some("Met Gorinchem delen we de aanpak.".to_owned().into());
    assert_eq!(gemeenten::in_document(&plan).expect("json").len(), 1);
    let mut json = serde_json::to_value(&plan).expect("json");
    json["partners"] = serde_json::json!(["gemeente Gorinchem"]);
    assert!(gemeenten::in_document(&json).expect("json").is_empty());
}
