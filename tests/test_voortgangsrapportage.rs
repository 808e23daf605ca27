//! The Voortgangsrapportage as a document: strict reading, Dutch errors with key paths, kind
//! detection, round trips through JSON, TOML and Word.

use chrono::NaiveDate;
use kernbeleid::document::{
    Document, DocumentSoort, GemetenWaarde, IndicatorBron, IndicatorVoortgang, IvpVerwijzing,
    MaatregelStatus, MaatregelVoortgang, Periode, PeriodeSoort, Rapportageperiode, Tekst,
    UitvoeringsplanVerwijzing, Voortgangsrapportage,
};
use proptest::prelude::*;
use strum::VariantArray;

fn dag(j: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, d).expect("geldige datum")
}

const TOML: &str = r#"
gemeenten = ["Utrecht"]
peildatum = 2025-02-28
plan = { titel = "IVP Utrecht 2023-2026", periode = "2023-2026" }
uitvoeringsplan = { jaar = 2024 }
rapportageperiode = { soort = "jaar", van = "2024-03-01", tot = "2025-02-28" }
samenvatting = "Minder inbraken, meer jeugdoverlast."

[[maatregelen]]
maatregel = "Buurtpreventie-apps"
prioriteit = "Woninginbraak"
status = "vertraagd"
toelichting = "Wacht op de nieuwe app."

[[indicatoren]]
naam = "Voelt zich weleens onveilig (%)"

[[indicatoren.metingen]]
datum = "2023-12-31"
waarde = 36.5
bron = "veiligheidsmonitor"
marge = 1.8
"#;

#[test]
fn een_jaarbeeld_van_maart_tot_maart() {
    let r = Voortgangsrapportage::uit_toml(TOML).expect("leest");
    assert!(r.is_jaarbeeld());
    let periode = r.rapportageperiode.expect("periode");
    assert_eq!(
        Rapportageperiode::vanaf(PeriodeSoort::Jaar, dag(2024, 3, 1)),
        Some(periode)
    );
    assert_eq!(
        r.plan.as_ref().map(|p| p.periode),
        Some(Periode::jaren(2023, 2026).expect("p"))
    );
    assert_eq!(r.maatregelen[0].status, MaatregelStatus::Vertraagd);
    assert_eq!(r.indicatoren[0].metingen[0].marge, Some(1.8));
    assert_eq!(
        Document::lees(TOML.as_bytes(), None)
            .expect("leest")
            .soort(),
        DocumentSoort::Voortgang
    );
    assert_eq!(
        Voortgangsrapportage::uit_json(&r.naar_json()).expect("json"),
        r
    );
    assert_eq!(
        Voortgangsrapportage::uit_toml(&r.naar_toml().expect("toml")).expect("toml"),
        r
    );
    assert_eq!(
        "jaarbeeld".parse::<DocumentSoort>(),
        Ok(DocumentSoort::Voortgang)
    );
}

#[test]
fn onbekende_sleutels_en_fouten_met_pad() {
    let fout = Voortgangsrapportage::uit_toml(
        &TOML.replace("marge = 1.8", "marge = 1.8\nbetrouwbaarheid = 95"),
    )
    .unwrap_err();
    assert_eq!(fout.pad, "indicatoren[0].metingen[0].betrouwbaarheid");
    assert!(
        fout.bericht.contains("onbekende sleutel"),
        "{}",
        fout.bericht
    );

    let fout = Voortgangsrapportage::uit_toml(&TOML.replace("\"vertraagd\"", "\"bijna klaar\""))
        .unwrap_err();
    assert_eq!(fout.pad, "maatregelen[0].status");
    assert!(fout.bericht.contains("niet_gestart"), "{}", fout.bericht);

    let fout =
        Voortgangsrapportage::uit_toml(&TOML.replace("marge = 1.8", "marge = -1")).unwrap_err();
    assert_eq!(fout.pad, "indicatoren[0].metingen[0].marge");
    assert!(
        fout.bericht.contains("ongeldige marge -1"),
        "{}",
        fout.bericht
    );

    let fout = Voortgangsrapportage::uit_toml(
        &TOML.replace("tot = \"2025-02-28\"", "tot = \"2024-02-28\""),
    )
    .unwrap_err();
    assert_eq!(fout.pad, "rapportageperiode");
    assert!(
        fout.bericht.contains("ligt voor de begindatum"),
        "{}",
        fout.bericht
    );

    let fout = Voortgangsrapportage::uit_json(r#"{"gemeenten": ["Utrecht"]}"#).unwrap_err();
    assert!(
        fout.bericht.contains("\"peildatum\" ontbreekt"),
        "{}",
        fout.bericht
    );

    let fout = Voortgangsrapportage::uit_toml(&TOML.replace("bron = \"veiligheidsmonitor\"\n", ""))
        .unwrap_err();
    assert!(
        fout.bericht.contains("\"bron\" ontbreekt"),
        "{}",
        fout.bericht
    );
}

#[test]
fn de_soorten_blijven_elk_herkend() {
    assert_eq!(
        DocumentSoort::uit_sleutels(["gemeenten", "peildatum", "maatregelen"]),
        DocumentSoort::Voortgang
    );
    assert_eq!(
        DocumentSoort::uit_sleutels(["gemeenten", "jaar", "ivp"]),
        DocumentSoort::Uitvoeringsplan
    );
    assert_eq!(
        DocumentSoort::uit_sleutels(["gemeenten", "periode"]),
        DocumentSoort::Ivp
    );
    assert_eq!(DocumentSoort::VARIANTS.len(), 4);
}

fn tekst() -> impl Strategy<Value = String> {
    "[a-zA-Zé ,.'\"-]{0,20}"
}

fn datum() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2040, 1u32..=12, 1u32..=28).prop_map(|(j, m, d)| dag(j, m, d))
}

fn bron() -> impl Strategy<Value = IndicatorBron> {
    prop_oneof![
        Just(IndicatorBron::Politieregistratie),
        Just(IndicatorBron::Veiligheidsmonitor),
        Just(IndicatorBron::Gemeente),
        "[A-Z][a-z]{2,10}-monitor".prop_map(IndicatorBron::Anders),
    ]
}

fn meting() -> impl Strategy<Value = GemetenWaarde> {
    (
        datum(),
        -1.0e6f64..1.0e6,
        bron(),
        proptest::option::of(0.0f64..50.0),
        proptest::option::of(tekst()),
        proptest::option::of(tekst()),
    )
        .prop_map(
            |(datum, waarde, bron, marge, eenheid, breuk)| GemetenWaarde {
                marge,
                eenheid,
                breuk,
                ..GemetenWaarde::new(datum, waarde, bron)
            },
        )
}

fn rapportage() -> impl Strategy<Value = Voortgangsrapportage> {
    let maatregel = (
        tekst(),
        proptest::option::of(tekst()),
        0usize..5,
        proptest::option::of(tekst()),
    )
        .prop_map(|(m, p, s, t)| MaatregelVoortgang {
            prioriteit: p,
            toelichting: t.map(Tekst::from),
            ..MaatregelVoortgang::new(m, MaatregelStatus::VARIANTS[s])
        });
    let indicator = (
        tekst(),
        proptest::option::of(tekst()),
        proptest::collection::vec(meting(), 0..4),
    )
        .prop_map(|(n, p, metingen)| IndicatorVoortgang {
            prioriteit: p,
            metingen,
            ..IndicatorVoortgang::new(n)
        });
    (
        proptest::collection::vec(tekst(), 1..3),
        datum(),
        proptest::option::of((0usize..3, datum())),
        proptest::option::of(2000i32..2040),
        proptest::option::of(tekst()),
        proptest::collection::vec(maatregel, 0..4),
        proptest::collection::vec(indicator, 0..3),
    )
        .prop_map(
            |(gemeenten, peildatum, periode, up, samenvatting, maatregelen, indicatoren)| {
                Voortgangsrapportage {
                    plan: Some(IvpVerwijzing {
                        titel: None,
                        periode: Periode::jaren(2023, 2026).expect("periode"),
                    }),
                    uitvoeringsplan: up.map(|jaar| UitvoeringsplanVerwijzing { jaar, titel: None }),
                    rapportageperiode: periode.and_then(|(s, van)| {
                        Rapportageperiode::vanaf(PeriodeSoort::VARIANTS[s], van)
                    }),
                    samenvatting: samenvatting.map(Tekst::from),
                    maatregelen,
                    indicatoren,
                    ..Voortgangsrapportage::new(gemeenten, peildatum)
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every report reads back the same from JSON, TOML and Word, kind detected.
    #[test]
    fn heen_en_terug(r in rapportage()) {
        let json = r.naar_json();
        prop_assert_eq!(Voortgangsrapportage::uit_json(&json).ok(), Some(r.clone()));
        let toml = r.naar_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(Voortgangsrapportage::uit_toml(&toml).ok(), Some(r.clone()));
        let document = Document::from(r.clone());
        prop_assert_eq!(Document::lees(json.as_bytes(), None).ok(), Some(document.clone()));
        prop_assert_eq!(Document::lees(toml.as_bytes(), None).ok(), Some(document.clone()));
        #[cfg(feature = "word")]
        {
        let word = kernbeleid::uitvoer::docx::schrijf(&document)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let terug = kernbeleid::uitvoer::docx::lees(&word)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(terug.document, document);
        prop_assert!(terug.bevindingen.is_empty());
        }
    }
}
