//! The status rule of an effect indicator, and the stand of a plan built from its IVP,
//! uitvoeringsplan, report and figures.

use chrono::NaiveDate;
use kernbeleid::catalogus::Thema;
use kernbeleid::document::{
    Actiepunt, Effectindicator, GemetenWaarde, IndicatorBron, IndicatorVoortgang, Invulbaar, Ivp,
    Looptijd, Maatregel, MaatregelStatus, MaatregelVoortgang, Meting, Periode, Prioriteit,
    Richting, UitvoeringsItem, Uitvoeringsplan, Voortgangsrapportage,
};
use kernbeleid::voortgang::{
    moment, naar_markdown, voortgang, Beoordeling, IndicatorStatus, Invoer, Punt, TOLERANTIE,
};
use proptest::prelude::*;

fn dag(j: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, d).expect("geldige datum")
}

fn beoordeling(n: f64, s: Option<f64>, w: f64, t: f64, m: f64) -> Beoordeling {
    Beoordeling {
        nulmeting: Punt {
            tijd: 2023.0,
            waarde: n,
        },
        streefwaarde: s.map(|waarde| Punt {
            tijd: 2027.0,
            waarde,
        }),
        richting: None,
        meting: Punt { tijd: t, waarde: w },
        marge: m,
    }
}

/// The rule written out plainly from the module's table, case by case, for the brute-force
/// comparison: nulmeting at 2023.0, streefwaarde at 2027.0.
fn verwacht_volgens_tabel(n: f64, s: f64, w: f64, t: f64, m: f64) -> IndicatorStatus {
    let beter_als_hoger = s > n;
    let gelijk = s == n;
    let marge_gelijk = m.max(0.1 * n.abs());
    if gelijk {
        return if (w - n).abs() <= marge_gelijk {
            if t >= 2027.0 {
                IndicatorStatus::Bereikt
            } else {
                IndicatorStatus::OpKoers
            }
        } else {
            IndicatorStatus::VerkeerdeKantOp
        };
    }
    let gehaald = if beter_als_hoger { w >= s } else { w <= s };
    if gehaald {
        return IndicatorStatus::Bereikt;
    }
    let deel = ((t - 2023.0) / 4.0).clamp(0.0, 1.0);
    let pad = n + (s - n) * deel;
    let tol = m.max(0.1 * (s - n).abs());
    let pad_tol = if t <= 2027.0 { tol } else { m };
    // How far behind the path, and how far worse than the nulmeting (positive = worse).
    let achter_pad = if beter_als_hoger { pad - w } else { w - pad };
    let slechter = if beter_als_hoger { n - w } else { w - n };
    if achter_pad <= pad_tol && slechter <= m {
        IndicatorStatus::OpKoers
    } else if slechter > tol {
        IndicatorStatus::VerkeerdeKantOp
    } else {
        IndicatorStatus::Achter
    }
}

#[test]
fn de_regel_tegen_een_tabel_van_alle_gevallen() {
    let mut geteld = std::collections::BTreeMap::new();
    let waarden = [
        0.0, 10.0, 40.0, 50.0, 55.0, 60.0, 80.0, 95.0, 100.0, 105.0, 120.0,
    ];
    let tijden = [2023.5, 2024.0, 2025.0, 2026.0, 2027.0, 2028.0];
    let marges = [0.0, 1.0, 5.0, 30.0];
    for &n in &waarden {
        for &s in &waarden {
            for &w in &waarden {
                for &t in &tijden {
                    for &m in &marges {
                        let b = beoordeling(n, Some(s), w, t, m);
                        let verwacht = verwacht_volgens_tabel(n, s, w, t, m);
                        assert_eq!(b.status(), verwacht, "n={n} s={s} w={w} t={t} m={m}");
                        *geteld.entry(verwacht).or_insert(0usize) += 1;
                    }
                }
            }
        }
    }
    // The table reaches every status but geen_gegevens (which needs absent data).
    assert_eq!(geteld.len(), 4, "{geteld:?}");
}

#[test]
fn gevallen_met_naam() {
    // Down from 100 to 80 over four years: at 2025.0 the path is at 90.
    let b = |w, t, m| beoordeling(100.0, Some(80.0), w, t, m).status();
    assert_eq!(b(90.0, 2025.0, 0.0), IndicatorStatus::OpKoers);
    assert_eq!(b(92.0, 2025.0, 0.0), IndicatorStatus::OpKoers, "2 = tol");
    assert_eq!(b(92.5, 2025.0, 0.0), IndicatorStatus::Achter);
    assert_eq!(b(100.0, 2025.0, 0.0), IndicatorStatus::Achter);
    assert_eq!(b(102.0, 2025.0, 0.0), IndicatorStatus::Achter, "within tol");
    assert_eq!(b(103.0, 2025.0, 0.0), IndicatorStatus::VerkeerdeKantOp);
    assert_eq!(
        b(80.0, 2024.0, 0.0),
        IndicatorStatus::Bereikt,
        "before its year"
    );
    assert_eq!(b(81.0, 2028.0, 0.0), IndicatorStatus::Achter, "year passed");
    // A survey with margin 5: 95 against a path of 90 is within it.
    assert_eq!(b(95.0, 2025.0, 5.0), IndicatorStatus::OpKoers);
    assert_eq!(b(104.0, 2025.0, 5.0), IndicatorStatus::Achter);
    // Without a streefwaarde the direction decides.
    let mut r = beoordeling(100.0, None, 90.0, 2025.0, 0.0);
    assert_eq!(r.status(), IndicatorStatus::GeenGegevens);
    r.richting = Some(Richting::Dalen);
    assert_eq!(r.status(), IndicatorStatus::OpKoers);
    r.meting.waarde = 100.0;
    assert_eq!(
        r.status(),
        IndicatorStatus::OpKoers,
        "no pace without a target"
    );
    r.meting.waarde = 105.0;
    assert_eq!(r.status(), IndicatorStatus::Achter, "worse, within a tenth");
    r.meting.waarde = 120.0;
    assert_eq!(r.status(), IndicatorStatus::VerkeerdeKantOp);
    r.richting = Some(Richting::Stijgen);
    assert_eq!(r.status(), IndicatorStatus::OpKoers);
    assert!((TOLERANTIE - 0.1).abs() < f64::EPSILON);
}

fn getal() -> impl Strategy<Value = f64> {
    (-1000i32..1000).prop_map(|x| f64::from(x) / 4.0)
}

proptest! {
    /// A series exactly on the path is on course (or reached, at the end) at every point.
    #[test]
    fn op_het_pad_is_op_koers(n in getal(), s in getal(), stap in 1u32..40, m in 0u32..20) {
        prop_assume!(n != s);
        let t = 2023.0 + f64::from(stap) / 10.0;
        let b = beoordeling(n, Some(s), 0.0, t, f64::from(m) / 2.0);
        let w = b.verwacht(t).expect("streefwaarde");
        let b = Beoordeling { meting: Punt { tijd: t, waarde: w }, ..b };
        let status = b.status();
        prop_assert!(
            status == IndicatorStatus::OpKoers || status == IndicatorStatus::Bereikt,
            "{status:?} at {t} for {w}"
        );
        if t < 2027.0 && (w - s).abs() > 1e-9 {
            prop_assert_eq!(status, IndicatorStatus::OpKoers);
        }
    }

    /// A series moving away from the target (worse than the nulmeting, beyond the margin) is
    /// never on course, nor reached.
    #[test]
    fn weg_van_het_doel_is_nooit_op_koers(
        n in getal(), s in getal(), weg in 1u32..400, stap in 1u32..60, m in 0u32..20
    ) {
        prop_assume!(n != s);
        let m = f64::from(m) / 2.0;
        let richting = (s - n).signum();
        let w = n - richting * (m + f64::from(weg) / 4.0);
        let t = 2023.0 + f64::from(stap) / 10.0;
        let status = beoordeling(n, Some(s), w, t, m).status();
        prop_assert!(status != IndicatorStatus::OpKoers && status != IndicatorStatus::Bereikt);
    }

    /// A survey value whose margin holds the path's value is never "achter"; one whose margin
    /// holds the nulmeting never "verkeerde kant op".
    #[test]
    fn binnen_de_marge_nooit_achter(
        n in getal(), s in getal(), w in getal(), stap in 1u32..60, m in 1u32..200
    ) {
        let m = f64::from(m) / 4.0;
        let t = 2023.0 + f64::from(stap) / 10.0;
        let b = beoordeling(n, Some(s), w, t, m);
        let pad = b.verwacht(t).expect("streefwaarde");
        let status = b.status();
        if (w - pad).abs() <= m && (w - n).abs() <= m {
            prop_assert_ne!(status, IndicatorStatus::Achter);
        }
        if (w - n).abs() <= m {
            prop_assert_ne!(status, IndicatorStatus::VerkeerdeKantOp);
        }
    }
}

/// An IVP of one priority with two indicators, a police count and a survey percentage.
fn plan() -> Ivp {
    let mut ivp = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026).expect("periode"));
    let mut p = Prioriteit::new("Woninginbraak", [Thema::ObjectieveVeiligheid.into()]);
    let mut inbraak = Effectindicator::new("Aantal woninginbraken");
    inbraak.bron = Some(IndicatorBron::Politieregistratie);
    inbraak.nulmeting = Some(
        Meting {
            jaar: 2022,
            waarde: 100.0,
        }
        .into(),
    );
    inbraak.streefwaarde = Some(
        Meting {
            jaar: 2026,
            waarde: 80.0,
        }
        .into(),
    );
    inbraak.reeks.insert(2023, 96.0);
    let mut gevoel = Effectindicator::new("Voelt zich weleens onveilig (%)");
    gevoel.bron = Some(IndicatorBron::Veiligheidsmonitor);
    gevoel.nulmeting = Some(
        Meting {
            jaar: 2021,
            waarde: 35.0,
        }
        .into(),
    );
    gevoel.streefwaarde = Some(
        Meting {
            jaar: 2026,
            waarde: 30.0,
        }
        .into(),
    );
    let mut geen = Effectindicator::new("Meldingen burenruzie");
    geen.nulmeting = Some(
        Meting {
            jaar: 2022,
            waarde: 40.0,
        }
        .into(),
    );
    geen.streefwaarde = Some(
        Meting {
            jaar: 2026,
            waarde: 30.0,
        }
        .into(),
    );
    p.effectindicatoren = vec![inbraak, gevoel, geen];
    ivp.prioriteiten.push(p);
    ivp
}

fn uitvoeringsplan() -> Uitvoeringsplan {
    let mut up = Uitvoeringsplan::new(["Utrecht"], 2024, Periode::jaren(2023, 2026).expect("p"));
    let mut item = UitvoeringsItem::new("Woninginbraak", [Thema::ObjectieveVeiligheid.into()]);
    let mut a = Maatregel::new("Buurtpreventie-apps");
    a.planning = Some(Invulbaar::Waarde(Looptijd {
        start: dag(2024, 1, 1),
        eind: dag(2024, 6, 30),
    }));
    let b = Maatregel::new("Voorlichting hang- en sluitwerk");
    let c = Maatregel::new("Inbraakpreventie in nieuwbouw");
    item.actiepunten.push(Actiepunt {
        naam: "Preventie".into(),
        toelichting: None,
        maatregelen: vec![a, b, c],
    });
    up.prioriteiten.push(item);
    up
}

#[test]
fn de_stand_uit_ivp_uitvoeringsplan_en_rapportage() {
    let ivp = plan();
    let up = uitvoeringsplan();
    let mut r = Voortgangsrapportage::new(["Utrecht"], dag(2024, 12, 31));
    r.maatregelen.push(MaatregelVoortgang::new(
        "buurtpreventie-apps",
        MaatregelStatus::Loopt,
    ));
    r.maatregelen.push(MaatregelVoortgang::new(
        "Voorlichting hang- en sluitwerk",
        MaatregelStatus::Afgerond,
    ));
    r.maatregelen.push(MaatregelVoortgang::new(
        "Iets anders",
        MaatregelStatus::Vervallen,
    ));
    let mut gevoel = IndicatorVoortgang::new("Voelt zich weleens onveilig (%)");
    let mut meting = GemetenWaarde::new(dag(2023, 12, 31), 36.5, IndicatorBron::Veiligheidsmonitor);
    meting.marge = Some(2.0);
    gevoel.metingen.push(meting);
    r.indicatoren.push(gevoel);
    r.indicatoren
        .push(IndicatorVoortgang::new("Onbekende indicator"));

    let invoer = Invoer {
        uitvoeringsplan: Some(&up),
        rapportage: Some(&r),
        ..Invoer::new(&ivp, r.peildatum)
    };
    let v = voortgang(&invoer);
    let p = &v.prioriteiten[0];
    let status: Vec<IndicatorStatus> = p.indicatoren.iter().map(|i| i.status).collect();
    // 96 at the end of 2023 against a path of 95 (tol 2): on course. 36,5 ± 2 against a path of
    // 34 at the end of 2023: behind, beyond the margin, but not worse than 35 + 2.
    assert_eq!(
        status,
        [
            IndicatorStatus::OpKoers,
            IndicatorStatus::Achter,
            IndicatorStatus::GeenGegevens
        ]
    );
    assert_eq!(p.indicatoren_per_status.get("op_koers"), Some(&1));
    let maatregelen: Vec<(Option<MaatregelStatus>, bool)> = p
        .maatregelen
        .iter()
        .map(|m| (m.status, m.over_tijd))
        .collect();
    assert_eq!(
        maatregelen,
        [
            (Some(MaatregelStatus::Loopt), true),
            (Some(MaatregelStatus::Afgerond), false),
            (None, false)
        ]
    );
    assert_eq!(p.maatregelen_per_status.get("onbekend"), Some(&1));
    // Nothing dropped: what the plan does not have is listed.
    assert_eq!(v.onbekende_indicatoren, ["Onbekende indicator"]);
    assert_eq!(v.onbekende_maatregelen.len(), 1);
    assert_eq!(v.maatregelen_per_status.get("vervallen"), Some(&1));

    let json: serde_json::Value = serde_json::to_value(&v).expect("json");
    let eerste = &json["prioriteiten"][0]["indicatoren"][0];
    assert_eq!(eerste["naam"], "Aantal woninginbraken");
    assert_eq!(eerste["status"], "op_koers");
    assert_eq!(
        json["prioriteiten"][0]["indicatoren"][2]["status"],
        "geen_gegevens"
    );

    let md = naar_markdown(&v);
    assert!(md.contains("Aantal woninginbraken: **OP KOERS**"), "{md}");
    assert!(md.contains("Indicator \"Onbekende indicator\" staat niet in het IVP"));
}

#[test]
fn een_breuk_wordt_niet_doorgetrokken() {
    let mut ivp = plan();
    let ind = &mut ivp.prioriteiten[0].effectindicatoren[0];
    // Nulmeting 2018, a value in 2020: across the police's registration change.
    ind.nulmeting = Some(
        Meting {
            jaar: 2018,
            waarde: 100.0,
        }
        .into(),
    );
    ind.reeks.clear();
    ind.reeks.insert(2017, 104.0);
    ind.reeks.insert(2020, 70.0);
    ind.reeks.insert(2021, 72.0);
    let v = voortgang(&Invoer::new(&ivp, dag(2022, 6, 1)));
    let i = &v.prioriteiten[0].indicatoren[0];
    assert_eq!(i.segmenten.len(), 2);
    let breuk = i.segmenten[1].breuk.as_ref().expect("breuk");
    assert!(breuk.reden.contains("registratiewijziging politie 2019"));
    assert_eq!(breuk.datum, dag(2020, 12, 31));
    assert_eq!(i.status, IndicatorStatus::GeenGegevens, "{}", i.reden);
    assert!(i.reden.contains("gebroken"));

    // A unit change in the report's values breaks the series too.
    let ivp = plan();
    let mut r = Voortgangsrapportage::new(["Utrecht"], dag(2025, 1, 31));
    let mut ind = IndicatorVoortgang::new("Meldingen burenruzie");
    let mut a = GemetenWaarde::new(dag(2023, 12, 31), 38.0, IndicatorBron::Gemeente);
    a.eenheid = Some("per 10.000 inwoners".into());
    let mut b = GemetenWaarde::new(dag(2024, 12, 31), 3.7, IndicatorBron::Gemeente);
    b.eenheid = Some("per 1.000 inwoners".into());
    ind.metingen = vec![a, b];
    r.indicatoren.push(ind);
    let invoer = Invoer {
        rapportage: Some(&r),
        ..Invoer::new(&ivp, r.peildatum)
    };
    let v = voortgang(&invoer);
    let i = &v.prioriteiten[0].indicatoren[2];
    assert_eq!(i.segmenten.len(), 2, "{:?}", i.segmenten);
    assert!(i.segmenten[1]
        .breuk
        .as_ref()
        .is_some_and(|b| b.reden.contains("per 10.000 inwoners")));
    // The nulmeting (no unit) and the 2023 value stay one piece: judged on 38.
    assert_eq!(i.laatste.as_ref().map(|p| p.waarde), Some(38.0));
}

#[test]
fn waarden_na_de_peildatum_tellen_niet() {
    let mut ivp = plan();
    ivp.prioriteiten[0].effectindicatoren[0]
        .reeks
        .insert(2025, 50.0);
    let v = voortgang(&Invoer::new(&ivp, dag(2025, 6, 30)));
    assert_eq!(
        v.prioriteiten[0].indicatoren[0].status,
        IndicatorStatus::OpKoers
    );
    let v = voortgang(&Invoer::new(&ivp, dag(2025, 12, 31)));
    assert_eq!(
        v.prioriteiten[0].indicatoren[0].status,
        IndicatorStatus::Bereikt
    );
    assert_eq!(moment(dag(2025, 12, 31)), 2026.0);
}
