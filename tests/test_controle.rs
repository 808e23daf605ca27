//! The controle rule by rule: each rule has a document that triggers it and a complete
//! document that does not; the registry test checks every rule is covered here.

use kernbeleid::catalogus::{StrategischThema, Thema};
use std::borrow::Cow;

use kernbeleid::controle::{
    controleer_analyse, controleer_ivp, controleer_uitvoeringsplan, controleer_uitvoeringsplan_bij,
    Diagnose, Ernst, GrondSoort, Rapport, REGELS,
};
use kernbeleid::document::{
    BuitenBeschouwing, Effectindicator, IndicatorSoort, Invulbaar, Ivp, LokaleParagraaf, Looptijd,
    Meting, Orgaan, Periode, ThemaVerwijzing, Themauitwerking, Uitvoeringsplan, Vaststelling,
    Veiligheidsanalyse,
};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::{Bron, Bronvermelding};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Fills every placeholder of a skeleton with a plausible value, by the key it stands under.
fn vul_in(waarde: &mut Value, sleutel: &str) {
    match waarde {
        Value::Object(map) if map.contains_key("in_te_vullen") => {
            *waarde = match sleutel {
                "nulmeting" => serde_json::json!({"jaar": 2025, "waarde": 100.0}),
                "streefwaarde" => serde_json::json!({"jaar": 2030, "waarde": 80.0}),
                "bedrag_euro" | "waarde" => serde_json::json!(1000.0),
                "planning" => serde_json::json!({"start": "2027-02-01", "eind": "2027-11-30"}),
                "naam" => Value::String("Zelf gekozen indicator".into()),
                _ => Value::String("Ingevuld, met aandacht voor het digitale facet.".into()),
            };
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                vul_in(v, k);
            }
        }
        Value::Array(lijst) => {
            for v in lijst {
                vul_in(v, sleutel);
            }
        }
        _ => {}
    }
}

fn ingevuld<T: serde::Serialize + serde::de::DeserializeOwned>(document: &T) -> T {
    let mut waarde = serde_json::to_value(document).expect("json");
    vul_in(&mut waarde, "");
    serde_json::from_value(waarde).expect("terug naar het document")
}

fn opties() -> IvpOpties {
    IvpOpties::new(
        ["Testdorp"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,Jeugd=3.1+3.2").expect("keuze"),
    )
}

/// A complete IVP: the skeleton with every placeholder filled, adopted by the raad.
fn volledig_ivp() -> Ivp {
    let mut ivp = ingevuld(&skelet::ivp(&opties()));
    ivp.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::Raad,
        datum: None,
    }];
    ivp
}

fn volledig_up() -> Uitvoeringsplan {
    let mut up = ingevuld(&skelet::uitvoeringsplan(&skelet::ivp(&opties())));
    up.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::College,
        datum: None,
    }];
    up
}

fn volledige_analyse() -> Veiligheidsanalyse {
    ingevuld(&skelet::analyse(["Testdorp"], 2026))
}

fn codes(r: &Rapport) -> Vec<&str> {
    r.diagnoses().iter().map(|d| &*d.code).collect()
}

#[test]
fn volledige_documenten_geven_geen_enkele_bevinding() {
    assert_eq!(codes(&controleer_ivp(&volledig_ivp())), Vec::<&str>::new());
    assert_eq!(
        codes(&controleer_uitvoeringsplan(&volledig_up())),
        Vec::<&str>::new()
    );
    assert_eq!(
        codes(&controleer_analyse(&volledige_analyse())),
        Vec::<&str>::new()
    );
}

#[test]
fn een_vers_skelet_heeft_alleen_hints() {
    for r in [
        controleer_ivp(&skelet::ivp(&opties())),
        controleer_uitvoeringsplan(&skelet::uitvoeringsplan(&skelet::ivp(&opties()))),
        controleer_analyse(&skelet::analyse(["Testdorp"], 2026)),
    ] {
        assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
        assert!(r.hints() > 0 && r.diagnoses().iter().all(|d| d.code == "KBV-001"));
    }
}

fn indicator(soort: IndicatorSoort, nul: (i32, f64), streef: (i32, f64)) -> Effectindicator {
    let mut i = Effectindicator::new("Indicator");
    i.soort = Some(soort);
    i.nulmeting = Some(Invulbaar::Waarde(Meting {
        jaar: nul.0,
        waarde: nul.1,
    }));
    i.streefwaarde = Some(Invulbaar::Waarde(Meting {
        jaar: streef.0,
        waarde: streef.1,
    }));
    i
}

type Mutatie<T> = fn(&mut T);

/// For every rule: a change to a complete document that must trigger it.
fn ivp_gevallen() -> Vec<(&'static str, Mutatie<Ivp>)> {
    vec![
        ("KBV-001", |ivp| {
            ivp.prioriteiten[0].toelichting = Some(Invulbaar::in_te_vullen("waarom?"))
        }),
        ("IVP-001", |ivp| ivp.strategische_uitgangspunten.clear()),
        ("IVP-002", |ivp| ivp.prioriteiten.clear()),
        ("IVP-003", |ivp| {
            let p = ivp.prioriteiten[0].clone();
            ivp.prioriteiten.extend([p.clone(), p]);
        }),
        ("IVP-004", |ivp| {
            ivp.overige_themas[0]
                .themas
                .push(Thema::ObjectieveVeiligheid.into());
            ivp.overige_themas[0].toelichting = None;
        }),
        ("IVP-005", |ivp| {
            ivp.prioriteiten[1].hoofdlijnen_aanpak.clear()
        }),
        ("IVP-006", |ivp| {
            let extra = ivp.prioriteiten[0].effectindicatoren.clone();
            ivp.prioriteiten[0].effectindicatoren.extend(extra);
        }),
        ("IVP-007", |ivp| {
            for i in &mut ivp.prioriteiten[0].effectindicatoren {
                i.soort = Some(IndicatorSoort::Objectief);
            }
        }),
        ("IVP-008", |ivp| {
            ivp.prioriteiten[0].effectindicatoren[0] =
                indicator(IndicatorSoort::Objectief, (2025, 100.0), (2034, 80.0));
        }),
        ("IVP-009", |ivp| {
            ivp.prioriteiten[0].effectindicatoren[0] =
                indicator(IndicatorSoort::Objectief, (2030, 100.0), (2029, 80.0));
        }),
        ("IVP-010", |ivp| {
            let mut i = indicator(IndicatorSoort::Objectief, (2024, 100.0), (2030, 80.0));
            i.reeks = [(2024, 100.0), (2025, 75.0)].into_iter().collect();
            ivp.prioriteiten[0].effectindicatoren[0] = i;
        }),
        ("IVP-011", |ivp| {
            ivp.periode = Periode {
                van: ivp.periode.tot,
                tot: ivp.periode.van,
            }
        }),
        ("IVP-012", |ivp| {
            ivp.periode = Periode::jaren(2027, 2031).expect("periode")
        }),
        ("IVP-013", |ivp| {
            for o in &mut ivp.overige_themas {
                o.themas
                    .retain(|t| *t != ThemaVerwijzing::Kbv(Thema::SocialeKwaliteit));
            }
            ivp.overige_themas.retain(|o| !o.themas.is_empty());
            ivp.buiten_beschouwing.push(BuitenBeschouwing {
                thema: Thema::Brandveiligheid.into(),
                reden: Some("speelt niet".into()),
            });
        }),
        ("IVP-014", |ivp| {
            ivp.overige_themas.pop().map(drop).unwrap_or(())
        }),
        ("IVP-015", |ivp| {
            ivp.strategische_doelstelling.kwalitatief = vec!["Een veilige gemeente.".into()];
            ivp.strategische_doelstelling.verbindingen.clear();
            ivp.strategische_doelstelling.kwantitatief.clear();
        }),
        ("IVP-016", |ivp| {
            ivp.prioriteiten[2].digitale_component = None
        }),
        ("IVP-017", |ivp| {
            let mut l = LokaleParagraaf {
                gemeente: "Elders".into(),
                toelichting: None,
                prioriteiten: Vec::new(),
                overige_themas: Vec::new(),
            };
            l.toelichting = Some("lokaal".into());
            ivp.lokale_paragrafen.push(l);
        }),
        ("IVP-018", |ivp| ivp.vaststelling[0].door = Orgaan::College),
        ("IVP-019", |ivp| ivp.gemeenten.push("testdorp".into())),
        ("IVP-021", |ivp| {
            ivp.uitgangssituatie.velden.pop();
        }),
        ("IVP-020", |ivp| {
            let mut leeg = Themauitwerking::new("Leeg", []);
            leeg.toelichting = Some("x".into());
            ivp.overige_themas.push(leeg);
        }),
    ]
}

fn up_gevallen() -> Vec<(&'static str, Mutatie<Uitvoeringsplan>)> {
    vec![
        ("UP-001", |up| up.jaar = 2031),
        ("UP-002", |up| up.overige_themas[0].actiepunten.clear()),
        ("UP-003", |up| {
            up.prioriteiten[0].actiepunten[0].maatregelen[0].ambtelijk_trekker = None
        }),
        ("UP-004", |up| {
            up.prioriteiten[0].actiepunten[0].maatregelen[0].planning = None
        }),
        ("UP-005", |up| {
            up.prioriteiten[0].actiepunten[0].maatregelen[0].prestatie_indicator = None
        }),
        ("UP-006", |up| up.vaststelling[0].door = Orgaan::Raad),
        ("UP-009", |up| up.jaar = 2028),
        ("UP-008", |up| {
            up.prioriteiten.remove(1);
        }),
        ("UP-007", |up| {
            let start = chrono::NaiveDate::from_ymd_opt(2027, 6, 1).expect("datum");
            let eind = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).expect("datum");
            up.prioriteiten[0].actiepunten[0].maatregelen[0].planning =
                Some(Invulbaar::Waarde(Looptijd { start, eind }));
        }),
    ]
}

fn analyse_gevallen() -> Vec<(&'static str, Mutatie<Veiligheidsanalyse>)> {
    vec![
        ("AN-001", |a| a.themas[7].huidige_aanpak = None),
        ("AN-003", |a| {
            a.voorstel_prioriteiten.remove(3);
        }),
        ("AN-002", |a| {
            a.aspecten.remove(2);
        }),
    ]
}

#[test]
fn elke_regel_slaat_aan_op_zijn_eigen_geval() {
    for (code, mutatie) in ivp_gevallen() {
        let mut ivp = volledig_ivp();
        mutatie(&mut ivp);
        let r = controleer_ivp(&ivp);
        assert!(
            r.met_code(code).next().is_some(),
            "{code} slaat niet aan:\n{r}"
        );
    }
    let ivp = volledig_ivp();
    for (code, mutatie) in up_gevallen() {
        let mut up = volledig_up();
        mutatie(&mut up);
        let r = controleer_uitvoeringsplan_bij(&up, &ivp);
        assert!(
            r.met_code(code).next().is_some(),
            "{code} slaat niet aan:\n{r}"
        );
    }
    for (code, mutatie) in analyse_gevallen() {
        let mut a = volledige_analyse();
        mutatie(&mut a);
        let r = controleer_analyse(&a);
        assert!(
            r.met_code(code).next().is_some(),
            "{code} slaat niet aan:\n{r}"
        );
    }
}

#[test]
fn elke_regel_heeft_een_geval_en_de_ernst_van_de_registry() {
    let gedekt: Vec<&str> = ivp_gevallen()
        .iter()
        .map(|(c, _)| *c)
        .chain(up_gevallen().iter().map(|(c, _)| *c))
        .chain(analyse_gevallen().iter().map(|(c, _)| *c))
        .collect();
    for regel in &REGELS {
        assert!(
            gedekt.contains(&regel.code),
            "regel {} heeft geen testgeval",
            regel.code
        );
    }
    let mut rapporten = Vec::new();
    for (_, mutatie) in ivp_gevallen() {
        let mut ivp = volledig_ivp();
        mutatie(&mut ivp);
        rapporten.push(controleer_ivp(&ivp));
    }
    for (_, mutatie) in up_gevallen() {
        let mut up = volledig_up();
        mutatie(&mut up);
        rapporten.push(controleer_uitvoeringsplan_bij(&up, &volledig_ivp()));
    }
    for d in rapporten.iter().flat_map(Rapport::diagnoses) {
        let regel = REGELS
            .iter()
            .find(|r| r.code == d.code)
            .expect("bekende code");
        assert_eq!(d.ernst, regel.ernst, "{}", d.code);
        assert!(
            d.pad.is_empty() || d.pad.starts_with('/'),
            "pad {:?}",
            d.pad
        );
        assert!(
            !d.bericht.is_empty() && !d.bericht.ends_with('.'),
            "{}: {:?}",
            d.code,
            d.bericht
        );
    }
}

#[test]
fn exacte_berichten() {
    let mut ivp = volledig_ivp();
    ivp.periode = Periode::jaren(2027, 2032).expect("periode");
    let r = controleer_ivp(&ivp);
    let d = r.met_code("IVP-012").next().expect("IVP-012");
    assert_eq!(d.ernst, Ernst::Fout);
    assert_eq!(d.pad, "/periode");
    assert_eq!(
        d.bericht,
        "de periode 2027-01-01 tot en met 2032-12-31 is langer dan vier jaar; de raad stelt ten minste eens in de vier jaar de doelen vast (Politiewet art. 38b)"
    );
    assert!(!r.is_geldig());

    let mut ivp = volledig_ivp();
    let p = ivp.prioriteiten[0].clone();
    ivp.prioriteiten.extend([p.clone(), p]);
    let r = controleer_ivp(&ivp);
    let d = r.met_code("IVP-003").next().expect("IVP-003");
    assert_eq!(
        d.bericht,
        "het IVP heeft 5 prioriteiten; de handreiking gaat uit van een maximum van drie a vier"
    );
    assert!(
        r.is_geldig(),
        "een waarschuwing maakt het IVP niet ongeldig"
    );
    let json = serde_json::to_value(&r).expect("json");
    assert_eq!(json["waarschuwingen"], r.waarschuwingen());
    assert_eq!(json["diagnoses"][0]["code"], "IVP-003");
    assert_eq!(json["diagnoses"][0]["ernst"], "waarschuwing");
}

#[test]
fn digitale_criminaliteit_als_thema_telt_als_aandacht() {
    let mut ivp = volledig_ivp();
    ivp.strategische_doelstelling.kwalitatief = vec!["Een veilige gemeente.".into()];
    ivp.strategische_doelstelling.verbindingen.clear();
    ivp.strategische_doelstelling.kwantitatief.clear();
    let mut digitaal = Themauitwerking::new(
        "Digitale veiligheid",
        [ThemaVerwijzing::Strategisch(
            StrategischThema::GedigitaliseerdeCriminaliteit,
        )],
    );
    digitaal.toelichting = Some("Cybercrime groeit.".into());
    ivp.overige_themas.push(digitaal);
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-015").count(), 0);
}

// ---- Rapport as data: a tool's own findings, and JSON read back ----

/// The JSON of a report in the shape `kbv controleer --json` printed before `Rapport` could be
/// read back, built by hand from the public fields: the shape may gain keys, never change.
fn vorm_van_kbv(r: &Rapport) -> Value {
    let diagnoses: Vec<Value> = r
        .diagnoses()
        .iter()
        .map(|d| {
            let mut bron = json!({ "sectie": &*d.bron.sectie });
            if let Some(pagina) = d.bron.pagina {
                bron["pagina"] = json!(pagina);
            }
            // The one key added since: a common-sense ground says so.
            if d.bron.grond == GrondSoort::GezondVerstand {
                bron["grond"] = json!("gezond_verstand");
            }
            json!({
                "code": &*d.code,
                "ernst": d.ernst.to_string(),
                "pad": d.pad,
                "bericht": d.bericht,
                "bron": bron,
            })
        })
        .collect();
    json!({
        "diagnoses": diagnoses,
        "fouten": r.fouten(),
        "waarschuwingen": r.waarschuwingen(),
        "hints": r.hints(),
    })
}

/// Serialises as `kbv controleer --json` does (pretty, one newline) and reads it back.
fn heen_en_terug(r: &Rapport) -> Rapport {
    let json = serde_json::to_string_pretty(r).expect("json") + "\n";
    serde_json::from_str(&json).expect("terug naar een rapport")
}

fn vijfheerenlanden() -> Ivp {
    Ivp::uit_toml(include_str!("fixtures/vijfheerenlanden-2023-2026.toml")).expect("fixture")
}

#[test]
fn rapport_van_een_echt_plan_leest_terug_gelijk() {
    let rapport = controleer_ivp(&vijfheerenlanden());
    assert!(rapport.fouten() + rapport.waarschuwingen() + rapport.hints() > 10);
    assert_eq!(
        serde_json::to_value(&rapport).expect("json"),
        vorm_van_kbv(&rapport)
    );
    let terug = heen_en_terug(&rapport);
    assert_eq!(terug, rapport);
    assert_eq!(terug.to_string(), rapport.to_string());
    // The rules' own findings borrow their code and heading; what is read back owns them.
    for (eigen, gelezen) in rapport.diagnoses().iter().zip(terug.diagnoses()) {
        assert!(matches!(eigen.code, Cow::Borrowed(_)), "{}", eigen.code);
        assert!(matches!(eigen.bron.sectie, Cow::Borrowed(_)));
        assert!(matches!(gelezen.code, Cow::Owned(_)));
        assert_eq!(gelezen.regel().map(|r| r.ernst), Some(gelezen.ernst));
    }
}

#[test]
fn een_tool_voegt_eigen_bevindingen_toe() {
    let mut rapport = controleer_ivp(&vijfheerenlanden());
    let voor = rapport.clone();
    let bron = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
    let eigen_fout = Diagnose::new(String::from("EIGEN-001"), Ernst::Fout, "eigen fout", bron)
        .with_pad("/periode");
    let eigen_hint = Diagnose::new(
        "EIGEN-002",
        Ernst::Waarschuwing,
        "eigen hint",
        Bronvermelding::new(String::from("Stappenplan"), None),
    )
    .with_ernst(Ernst::Hint);
    rapport.insert(eigen_fout.clone());
    rapport.extend([eigen_hint.clone()]);
    assert_eq!(rapport.fouten(), voor.fouten() + 1);
    assert_eq!(rapport.hints(), voor.hints() + 1);
    // Each lands after the findings of its own severity, the rest keeps its order.
    let d = rapport.diagnoses();
    assert_eq!(d[voor.fouten()], eigen_fout);
    assert_eq!(d.last(), Some(&eigen_hint));
    let zonder: Vec<&Diagnose> = d.iter().filter(|d| !d.code.starts_with("EIGEN")).collect();
    assert_eq!(zonder, voor.diagnoses().iter().collect::<Vec<_>>());
    assert_eq!(heen_en_terug(&rapport), rapport);
    assert!(eigen_hint.regel().is_none());
    assert_eq!(eigen_fout.bron, bron);
    assert_eq!(
        eigen_fout.to_string(),
        "fout [EIGEN-001] /periode: eigen fout\n    bron: Kernbeleid Veiligheid 2021, Stappenplan, Stap 4: Opstellen IVP (p. 6)"
    );
    let verzameld: Rapport = rapport.clone().into_iter().rev().collect();
    assert_eq!(verzameld.fouten(), rapport.fouten());
    assert!(verzameld
        .diagnoses()
        .windows(2)
        .all(|paar| paar[0].ernst >= paar[1].ernst));
}

fn lees(json: &Value) -> Result<Rapport, String> {
    serde_json::from_value(json.clone()).map_err(|e| e.to_string())
}

#[test]
fn afgeleide_tellingen_worden_gecontroleerd_niet_herberekend() {
    let rapport = controleer_ivp(&vijfheerenlanden());
    let (fouten, waarschuwingen) = (rapport.fouten(), rapport.waarschuwingen());
    let mut json = vorm_van_kbv(&rapport);
    json["waarschuwingen"] = json!(waarschuwingen + 2);
    assert_eq!(
        lees(&json),
        Err(format!(
            "de telling klopt niet met de diagnoses: waarschuwingen is {}, maar er staan {waarschuwingen} diagnoses met ernst waarschuwing",
            waarschuwingen + 2
        ))
    );
    json["fouten"] = json!(fouten + 1);
    let fout = lees(&json).expect_err("twee tellingen fout");
    assert!(
        fout.contains(&format!(
            "fouten is {}, maar er staan {fouten} diagnoses met ernst fout; waarschuwingen is",
            fouten + 1
        )),
        "{fout}"
    );
}

#[test]
fn leesfouten_van_een_rapport() {
    let bron = json!({ "sectie": "Uitgangspunten", "pagina": 5 });
    let diagnose = |ernst: &str| json!({ "code": "X-1", "ernst": ernst, "pad": "", "bericht": "b", "bron": bron });
    // Out of order: a hint before a fout.
    let json = json!({
        "diagnoses": [diagnose("hint"), diagnose("fout")],
        "fouten": 1, "waarschuwingen": 0, "hints": 1,
    });
    assert_eq!(
        lees(&json),
        Err(
            "de diagnoses staan niet op ernst: /diagnoses/1 (fout) staat na /diagnoses/0 (hint); \
             een rapport noemt eerst de fouten, dan de waarschuwingen, dan de hints"
                .to_owned()
        )
    );
    // What serde_json says itself: unknown and missing keys, a wrong severity.
    let mut extra = diagnose("fout");
    extra["suggestie"] = json!("x");
    let json = json!({ "diagnoses": [extra], "fouten": 1, "waarschuwingen": 0, "hints": 0 });
    assert!(lees(&json).is_err_and(|e| e.contains("unknown field `suggestie`")));
    let json = json!({ "diagnoses": [], "fouten": 0, "waarschuwingen": 0 });
    assert!(lees(&json).is_err_and(|e| e.contains("missing field `hints`")));
    // Keys a tool writes around the report are passed over; the report is still checked.
    let json =
        json!({ "diagnoses": [], "fouten": 0, "waarschuwingen": 0, "hints": 0, "bevindingen": [] });
    assert_eq!(lees(&json), Ok(Rapport::default()));
    let json =
        json!({ "diagnoses": [], "fouten": 1, "waarschuwingen": 0, "hints": 0, "bevindingen": [] });
    assert!(lees(&json).is_err());
    let json =
        json!({ "diagnoses": [diagnose("ernstig")], "fouten": 0, "waarschuwingen": 0, "hints": 0 });
    assert!(lees(&json).is_err_and(|e| e.contains("unknown variant `ernstig`")));
    // A page is optional, as it is when writing.
    let mut zonder_pagina = diagnose("hint");
    zonder_pagina["bron"] = json!({ "sectie": "Uitgangspunten" });
    let json =
        json!({ "diagnoses": [zonder_pagina], "fouten": 0, "waarschuwingen": 0, "hints": 1 });
    let rapport = lees(&json).expect("zonder pagina");
    assert_eq!(
        rapport.diagnoses()[0].bron,
        Bronvermelding::new("Uitgangspunten", None)
    );
}

fn ernst() -> impl Strategy<Value = Ernst> {
    prop_oneof![
        Just(Ernst::Hint),
        Just(Ernst::Waarschuwing),
        Just(Ernst::Fout)
    ]
}

fn diagnose() -> impl Strategy<Value = Diagnose> {
    let code = prop_oneof![
        (0..REGELS.len()).prop_map(|i| Cow::Borrowed(REGELS[i].code)),
        any::<String>().prop_map(Cow::Owned),
    ];
    let bron = prop_oneof![
        (0..REGELS.len()).prop_map(|i| REGELS[i].grond.bronvermelding()),
        (any::<String>(), any::<Option<u16>>()).prop_map(|(s, p)| Bronvermelding::new(s, p)),
    ];
    (
        code,
        ernst(),
        any::<String>(),
        "\\PC{0,40}( \"\\\\\n\t)?",
        bron,
    )
        .prop_map(|(code, ernst, pad, bericht, bron)| {
            Diagnose::new(code, ernst, bericht, bron).with_pad(pad)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn elk_rapport_leest_terug_gelijk(diagnoses in prop::collection::vec(diagnose(), 0..12)) {
        let rapport = Rapport::new(diagnoses);
        let json = serde_json::to_string(&rapport).expect("json");
        let terug: Rapport = serde_json::from_str(&json).expect("terug");
        prop_assert_eq!(&terug, &rapport);
        prop_assert_eq!(serde_json::to_string(&terug).expect("json"), json);
        prop_assert_eq!(heen_en_terug(&rapport), rapport.clone());
        prop_assert_eq!(serde_json::to_value(&rapport).expect("json"), vorm_van_kbv(&rapport));
    }

    #[test]
    fn een_verkeerde_telling_is_een_fout(
        diagnoses in prop::collection::vec(diagnose(), 0..8),
        sleutel in prop::sample::select(vec!["fouten", "waarschuwingen", "hints"]),
        erbij in 1usize..4,
    ) {
        let rapport = Rapport::new(diagnoses);
        let mut json = vorm_van_kbv(&rapport);
        let juist = json[sleutel].as_u64().expect("telling") as usize;
        json[sleutel] = json!(juist + erbij);
        let fout = lees(&json).expect_err("verkeerde telling");
        let verwacht = format!("{sleutel} is {}, maar er staan {juist} diagnoses", juist + erbij);
        prop_assert!(fout.starts_with("de telling klopt niet met de diagnoses: "), "{}", fout);
        prop_assert!(fout.contains(&verwacht), "{}", fout);
    }
}
