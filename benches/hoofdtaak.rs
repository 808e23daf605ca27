//! The main job and the controle at speed.
//! Targets: skeleton IVP with four priorities to Markdown < 200 µs; regional view of 342 IVPs
//! < 1 ms; controle of a full IVP (four priorities, three indicators each, all themes assigned)
//! < 20 µs; read-and-check of its JSON within twice the plain serde read.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kernbeleid::controle::controleer_ivp;
use kernbeleid::document::{IndicatorSoort, Ivp, Periode};
use kernbeleid::regionaal::Overzicht;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use serde_json::Value;

fn opties() -> IvpOpties {
    IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,3.2,2.3").expect("keuze"),
    )
}

/// Fills every placeholder, as a coordinator would, by the key it stands under.
fn vul_in(waarde: &mut Value, sleutel: &str) {
    match waarde {
        Value::Object(map) if map.contains_key("in_te_vullen") => {
            *waarde = match sleutel {
                "nulmeting" => serde_json::json!({"jaar": 2025, "waarde": 100.0}),
                "streefwaarde" => serde_json::json!({"jaar": 2030, "waarde": 80.0}),
                "bedrag_euro" => serde_json::json!(1000.0),
                _ => Value::String("Ingevuld, ook het digitale facet.".into()),
            };
        }
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| vul_in(v, k)),
        Value::Array(l) => l.iter_mut().for_each(|v| vul_in(v, sleutel)),
        _ => {}
    }
}

fn volledig_ivp() -> Ivp {
    let mut ivp = skelet::ivp(&opties());
    for p in &mut ivp.prioriteiten {
        let mut derde = p.effectindicatoren[0].clone();
        derde.soort = Some(IndicatorSoort::Objectief);
        p.effectindicatoren.push(derde);
    }
    let mut waarde = serde_json::to_value(&ivp).expect("json");
    vul_in(&mut waarde, "");
    serde_json::from_value(waarde).expect("ivp")
}

fn hoofdtaak(c: &mut Criterion) {
    let o = opties();
    c.bench_function("skelet_ivp_vier_prioriteiten_naar_markdown", |b| {
        b.iter(|| skelet::ivp_naar_markdown(&skelet::ivp(black_box(&o))))
    });

    let ivps: Vec<Ivp> = (0..342)
        .map(|i| {
            let keuzes =
                PrioriteitKeuze::lijst(["1.3,5.2", "3.1,3.2,2.3", "1.1,4.1"][i % 3]).expect("k");
            let mut ivp = skelet::ivp(&IvpOpties::new(
                [format!("Gemeente {i}")],
                Periode::jaren(2027, 2030).expect("p"),
                keuzes,
            ));
            ivp.uitgangssituatie = Default::default();
            ivp
        })
        .collect();
    c.bench_function("regionaal_342_ivps", |b| {
        b.iter(|| Overzicht::van(black_box(&ivps)))
    });

    let ivp = volledig_ivp();
    assert_eq!(
        controleer_ivp(&ivp).diagnoses().len(),
        0,
        "het volledige IVP is schoon"
    );
    c.bench_function("controle_volledig_ivp", |b| {
        b.iter(|| controleer_ivp(black_box(&ivp)))
    });

    let json = ivp.naar_json();
    c.bench_function("lees_json_volledig_ivp", |b| {
        b.iter(|| Ivp::uit_json(black_box(&json)))
    });
    c.bench_function("lees_en_controleer_json_volledig_ivp", |b| {
        b.iter(|| Ivp::uit_json(black_box(&json)).map(|ivp| controleer_ivp(&ivp)))
    });
}

criterion_group!(benches, hoofdtaak);
criterion_main!(benches);
