//! A measure's planning as people write it, and dates in the Dutch forms: kept as written, the
//! period derived beside it, serialisation unchanged.

use chrono::{Datelike, NaiveDate};
use kernbeleid::document::{
    periode_in_woorden, Actiepunt, Document, Invulbaar, Looptijd, Maatregel, Periode, Planning,
    UitvoeringsItem, Uitvoeringsplan,
};
use proptest::prelude::*;

mod strategie;

fn plan_met(planning: Planning) -> Uitvoeringsplan {
    let mut plan = Uitvoeringsplan::zonder_ivp(["Kampen"], 2026);
    let mut maatregel = Maatregel::new("Cameratoezicht evalueren");
    maatregel.planning = Some(Invulbaar::Waarde(planning));
    let mut item = UitvoeringsItem::new("Ondermijning", []);
    item.actiepunten.push(Actiepunt {
        naam: "Toezicht".into(),
        toelichting: None,
        maatregelen: vec![maatregel],
    });
    plan.prioriteiten.push(item);
    plan
}

fn planning_van(plan: &Uitvoeringsplan) -> Option<&Planning> {
    plan.prioriteiten
        .first()?
        .actiepunten
        .first()?
        .maatregelen
        .first()?
        .planning
        .as_ref()?
        .waarde()
}

fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, dag).expect("bestaande datum")
}

#[test]
fn een_planning_zoals_geschreven() {
    for tekst in [
        "Q2 2026",
        "2026",
        "doorlopend",
        "maart-juni 2026",
        "2e kwartaal 2026",
        "week 12",
        "na de zomer, als de raad heeft besloten",
    ] {
        let toml = format!(
            "gemeenten = [\"Kampen\"]\njaar = 2026\n\n[[prioriteiten]]\nnaam = \"Ondermijning\"\n\
             themas = [\"5.2\"]\n\n[[prioriteiten.actiepunten]]\nnaam = \"Toezicht\"\n\n\
             [[prioriteiten.actiepunten.maatregelen]]\nomschrijving = \"Controles\"\n\
             planning = \"{tekst}\"\n"
        );
        let plan = Uitvoeringsplan::uit_toml(&toml).expect(tekst);
        assert_eq!(planning_van(&plan), Some(&Planning::from(tekst)));
        assert!(plan
            .naar_toml()
            .expect("toml")
            .contains(&format!("planning = \"{tekst}\"")));
        assert!(plan
            .naar_json()
            .contains(&format!("\"planning\": \"{tekst}\"")));
    }
    // The table form documents have always used stays a table.
    let json = r#"{"gemeenten": ["Kampen"], "jaar": 2026, "prioriteiten": [{"naam": "O",
        "themas": ["5.2"], "actiepunten": [{"naam": "T", "maatregelen": [{"omschrijving": "C",
        "planning": {"start": "2026-04-01", "eind": "2026-06-30"}}]}]}]}"#;
    let plan = Uitvoeringsplan::uit_json(json).expect("json");
    let looptijd = Looptijd {
        start: d(2026, 4, 1),
        eind: d(2026, 6, 30),
    };
    assert_eq!(planning_van(&plan), Some(&Planning::Looptijd(looptijd)));
    assert!(plan.naar_json().contains("\"planning\": {\n"));
    // A table that is no period is an error with its path, not text.
    let fout = Uitvoeringsplan::uit_json(&json.replace("\"eind\"", "\"tot\"")).expect_err("fout");
    assert!(
        fout.to_string()
            .starts_with("fout in prioriteiten[0].actiepunten[0].maatregelen[0].planning.tot"),
        "{fout}"
    );
}

#[test]
fn de_afgeleide_periode() {
    let af = |t: &str| Planning::from(t).periode().map(|l| (l.start, l.eind));
    assert_eq!(af("Q2 2026"), Some((d(2026, 4, 1), d(2026, 6, 30))));
    assert_eq!(af("2026"), Some((d(2026, 1, 1), d(2026, 12, 31))));
    assert_eq!(af("maart-juni 2026"), Some((d(2026, 3, 1), d(2026, 6, 30))));
    assert_eq!(
        af("2e kwartaal 2026"),
        Some((d(2026, 4, 1), d(2026, 6, 30)))
    );
    assert_eq!(af("21-11-2017"), Some((d(2017, 11, 21), d(2017, 11, 21))));
    assert_eq!(af("doorlopend"), None);
    assert_eq!(af("week 12"), None);
    assert_eq!(
        Planning::from("maart-juni 2026")
            .periode()
            .map(|l| l.in_woorden()),
        Some("1 maart t/m 30 juni 2026".to_owned())
    );
}

#[test]
fn nederlandse_datums_in_een_document() {
    for (van, tot) in [
        ("21-11-2017", "31-12-2018"),
        ("21 november 2017", "31 december 2018"),
        ("2017-11-21", "2018-12-31"),
    ] {
        let json = format!(
            r#"{{"gemeenten": ["Kampen"], "periode": {{"van": "{van}", "tot": "{tot}"}}}}"#
        );
        let document = Document::lees(json.as_bytes(), None).expect(van);
        let Document::Ivp(ivp) = document else {
            panic!("geen IVP");
        };
        assert_eq!(ivp.periode.van, d(2017, 11, 21));
        assert!(
            ivp.naar_json().contains("\"van\": \"2017-11-21\""),
            "ISO geschreven"
        );
    }
    let fout = Document::lees(
        br#"{"gemeenten": ["Kampen"], "periode": {"van": "21 novembre 2017", "tot": "2018-12-31"}}"#,
        None,
    )
    .expect_err("geen datum");
    assert_eq!(
        fout.to_string(),
        "fout in periode.van (regel 1, kolom 46): ongeldige datum \"21 novembre 2017\": verwacht \
         een datum als JJJJ-MM-DD (\"2027-01-01\"), DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
    );
    let fout = Document::lees(
        br#"{"gemeenten": ["Kampen"], "periode": {"van": "31-04-2017", "tot": "2018-12-31"}}"#,
        None,
    )
    .expect_err("31 april");
    assert!(
        fout.to_string().ends_with(
            "ongeldige datum \"31-04-2017\": die dag bestaat niet: april 2017 heeft 30 dagen"
        ),
        "{fout}"
    );
    // A period as text takes the Dutch dates too.
    let periode: Periode = "1 maart 2027 t/m 31-12-2030".parse().expect("periode");
    assert_eq!((periode.van, periode.tot), (d(2027, 3, 1), d(2030, 12, 31)));
}

/// ISO week 52 of 2094 runs into 2095: the period ends in a year the text does not name
/// (the case the property test below found).
#[test]
fn een_week_loopt_over_de_jaargrens() {
    let l = Planning::from("week 52 2094").periode().expect("een week");
    assert_eq!((l.start, l.eind), (d(2094, 12, 27), d(2095, 1, 2)));
}

#[test]
fn periodes_in_woorden() {
    assert_eq!(
        periode_in_woorden(d(2026, 1, 1), d(2029, 12, 31)),
        "2026-2029"
    );
    assert_eq!(
        periode_in_woorden(d(2026, 1, 2), d(2029, 12, 31)),
        "2 januari 2026 t/m 31 december 2029"
    );
    assert_eq!(
        Periode::jaren(2026, 2029).expect("periode").in_woorden(),
        "2026-2029"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever is written, it reads back unchanged from JSON and TOML.
    #[test]
    fn elke_planning_heen_en_terug(planning in strategie::planning()) {
        let plan = plan_met(planning.clone());
        let uit_json = Uitvoeringsplan::uit_json(&plan.naar_json()).expect("json");
        prop_assert_eq!(planning_van(&uit_json), Some(&planning));
        let toml = plan.naar_toml().expect("toml");
        let uit_toml = Uitvoeringsplan::uit_toml(&toml).expect("toml");
        prop_assert_eq!(planning_van(&uit_toml), Some(&planning));
        if let Planning::Tekst(tekst) = &planning {
            prop_assert_eq!(planning.to_string(), tekst.clone());
        }
    }

    /// A derived period never ends before it starts, and a text planning that names one
    /// contains a year of its period: its end year, or for a week its start year (ISO week 52
    /// of 2094 ends on 2 January 2095).
    #[test]
    fn afgeleide_periodes_zijn_welgevormd(tekst in strategie::geschreven_planning()) {
        if let Some(l) = Planning::from(tekst.as_str()).periode() {
            prop_assert!(l.start <= l.eind, "{}: {:?}", tekst, l);
            let noemt = |jaar: i32| tekst.contains(&jaar.to_string());
            prop_assert!(
                noemt(l.eind.year()) || (tekst.contains("week") && noemt(l.start.year())),
                "{}: {:?}",
                tekst,
                l
            );
        }
    }

    /// Every quarter, half year and month of a year is derived to exactly its dates.
    #[test]
    fn kwartalen_en_maanden(jaar in 1000..9999i32, k in 1..=4u32, m in 1..=12u32) {
        let start = d(jaar, 3 * k - 2, 1);
        let eind = if k == 4 { d(jaar, 12, 31) } else { d(jaar, 3 * k + 1, 1).pred_opt().expect("dag") };
        for tekst in [format!("Q{k} {jaar}"), format!("{k}e kwartaal {jaar}"), format!("{jaar}-Q{k}")] {
            let l = Planning::from(tekst.as_str()).periode();
            prop_assert_eq!(l, Some(Looptijd { start, eind }), "{}", tekst);
        }
        let maand = kernbeleid::document::datum_in_woorden(d(jaar, m, 1));
        let naam = maand.split(' ').nth(1).unwrap_or_default().to_owned();
        let l = Planning::from(format!("{naam} {jaar}")).periode().expect("maand");
        prop_assert_eq!((l.start, l.eind.month(), l.eind.succ_opt().map(|s| s.day())), (d(jaar, m, 1), m, Some(1)));
    }

    /// Dates in the three written forms read to the same day.
    #[test]
    fn drie_vormen_van_een_datum(datum in strategie::datum()) {
        let vormen = [
            datum.format("%Y-%m-%d").to_string(),
            datum.format("%d-%m-%Y").to_string(),
            kernbeleid::document::datum_in_woorden(datum),
        ];
        for vorm in vormen {
            let periode: Periode = format!("{vorm} t/m {vorm}").parse().expect("periode");
            prop_assert_eq!(periode.van, datum, "{}", vorm);
        }
    }
}
