//! The controle rule by rule: each rule has a document that triggers it and a complete
//! document that does not; the registry test checks every rule is covered here.

use kernbeleid::catalogus::{StrategischThema, Thema};
use kernbeleid::controle::{
    controleer_analyse, controleer_ivp, controleer_uitvoeringsplan, controleer_uitvoeringsplan_bij,
    Ernst, Rapport, REGELS,
};
use kernbeleid::document::{
    BuitenBeschouwing, Effectindicator, IndicatorSoort, Invulbaar, Ivp, LokaleParagraaf, Looptijd,
    Meting, Orgaan, Periode, ThemaVerwijzing, Themauitwerking, Uitvoeringsplan, Vaststelling,
    Veiligheidsanalyse,
};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use serde_json::Value;

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

fn codes(r: &Rapport) -> Vec<&'static str> {
    r.diagnoses().iter().map(|d| d.code).collect()
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
