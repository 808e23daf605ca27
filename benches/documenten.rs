//! Reading and writing documents, measured against parsing the same bytes into a
//! `serde_json::Value` in the same run.
//!
//! - `lezen/*`: for each document of the bench set (a skeleton IVP, a filled IVP, the full IVP
//!   with every theme and the three strategic themes assigned, and an IVP of 400 priorities):
//!   `serde_json_value`, `document_lees` (format and kind detected) and `ivp_uit_json`. Target:
//!   the typed reads at most 0.6 times `serde_json_value`. After the groups, the ratios are
//!   printed as measured side by side in this run.
//! - `ivp_json`, `ivp_toml`: reading and writing the full IVP.
//!
//! Run briefly: `cargo bench --bench documenten -- --warm-up-time 1 --measurement-time 2`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kernbeleid::catalogus::{StrategischThema, Thema, Veld};
use kernbeleid::document::{
    Document, Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, Ivp, Meting, Periode,
    Prioriteit, Richting, Tekst, ThemaVerwijzing, VeldSamenvatting,
};
use kernbeleid::methode::SturingVoorziening;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::VariantArray;
use serde_json::Value;

const ALINEA: &str = "De aanpak richt zich op het duurzaam verbinden van lokale partners en \
    samenwerking met ouders en jongeren. Het gezamenlijk doel is het terugdringen van jonge \
    aanwas in de drugscriminaliteit en betrokken jongeren eruit te krijgen én te houden.";

fn tekst(n: usize) -> Tekst {
    Invulbaar::Waarde(format!("{n}. {ALINEA}"))
}

fn indicator(i: usize) -> Effectindicator {
    Effectindicator {
        bron: Some(if i.is_multiple_of(2) {
            IndicatorBron::Politieregistratie
        } else {
            IndicatorBron::Veiligheidsmonitor
        }),
        soort: Some(if i.is_multiple_of(2) {
            IndicatorSoort::Objectief
        } else {
            IndicatorSoort::Subjectief
        }),
        eenheid: Some("aantal per 1.000 inwoners".into()),
        richting: Some(Richting::Dalen),
        nulmeting: Some(Invulbaar::Waarde(Meting {
            jaar: 2026,
            waarde: 12.5 + i as f64,
        })),
        streefwaarde: Some(Invulbaar::Waarde(Meting {
            jaar: 2030,
            waarde: 10.25,
        })),
        reeks: BTreeMap::from([(2023, 14.0), (2024, 13.5), (2025, 13.0), (2026, 12.5)]),
        toelichting: Some(tekst(i)),
        ..Effectindicator::new(format!("Indicator {i}: geregistreerde incidenten"))
    }
}

/// Four priorities with three indicators each; the other themes spread over four overige
/// thema's, so that all 22 themes and the three strategic themes are assigned.
fn volledig_ivp() -> Ivp {
    let mut ivp = Ivp::new(
        ["Gemeente A", "Gemeente B"],
        Periode::jaren(2027, 2030).unwrap(),
    );
    ivp.titel = Some("Integraal Veiligheidsplan 2027-2030".into());
    ivp.uitgangssituatie.algemeen = Some(tekst(0));
    ivp.uitgangssituatie.velden = Veld::VARIANTS
        .iter()
        .map(|&veld| VeldSamenvatting {
            veld,
            samenvatting: Some(tekst(veld.nummer().into())),
        })
        .collect();
    ivp.strategische_doelstelling.kwalitatief = vec![tekst(1), tekst(2)];
    ivp.strategische_doelstelling.kwantitatief = vec![indicator(0), indicator(1)];
    ivp.strategische_uitgangspunten = (0..4).map(tekst).collect();
    let themas: Vec<ThemaVerwijzing> = Thema::VARIANTS
        .iter()
        .map(|&t| t.into())
        .chain(StrategischThema::VARIANTS.iter().map(|&t| t.into()))
        .collect();
    for (i, deel) in themas.chunks(4).enumerate() {
        let mut uitwerking = Prioriteit::new(format!("Thema {i}"), deel.iter().copied());
        uitwerking.toelichting = Some(tekst(i));
        uitwerking.doelstelling_kwalitatief = (0..3).map(tekst).collect();
        uitwerking.hoofdlijnen_aanpak = (0..5).map(tekst).collect();
        uitwerking.flankerend_beleid = (0..2).map(tekst).collect();
        if i < 4 {
            uitwerking.effectindicatoren = (0..3).map(indicator).collect();
            ivp.prioriteiten.push(uitwerking);
        } else {
            ivp.overige_themas.push(uitwerking);
        }
    }
    ivp.coordinatie.beleidscyclus = Some(tekst(7));
    ivp.coordinatie.voorzieningen = SturingVoorziening::VARIANTS
        .iter()
        .map(|&v| (v, tekst(v.nummer().into())))
        .collect();
    ivp.begroting.toelichting = Some(tekst(9));
    ivp
}

fn skelet_ivp() -> Ivp {
    skelet::ivp(&IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).unwrap(),
        PrioriteitKeuze::lijst("1.3,5.2,3.2,2.3").unwrap(),
    ))
}

/// Fills every placeholder, as a coordinator would, by the key it stands under.
fn vul_in(waarde: &mut Value, sleutel: &str) {
    match waarde {
        Value::Object(map) if map.contains_key("in_te_vullen") => {
            *waarde = match sleutel {
                "nulmeting" => serde_json::json!({"jaar": 2025, "waarde": 100.0}),
                "streefwaarde" => serde_json::json!({"jaar": 2030, "waarde": 80.0}),
                "bedrag_euro" => serde_json::json!(1000),
                _ => Value::String("Ingevuld, ook het digitale facet.".into()),
            };
        }
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| vul_in(v, k)),
        Value::Array(l) => l.iter_mut().for_each(|v| vul_in(v, sleutel)),
        _ => {}
    }
}

fn ingevuld_ivp() -> Ivp {
    let mut waarde = serde_json::to_value(skelet_ivp()).unwrap();
    vul_in(&mut waarde, "");
    serde_json::from_value(waarde).unwrap()
}

/// The skeleton's priorities, a hundred times over: 400 priorities.
fn ivp_400_prioriteiten() -> Ivp {
    let mut ivp = skelet_ivp();
    let vier = ivp.prioriteiten.clone();
    ivp.prioriteiten = (0..100).flat_map(|_| vier.iter().cloned()).collect();
    ivp
}

/// The bench set, as JSON.
fn bench_set() -> Vec<(&'static str, String)> {
    vec![
        ("skelet", skelet_ivp().naar_json()),
        ("ingevuld", ingevuld_ivp().naar_json()),
        ("strategisch", volledig_ivp().naar_json()),
        ("400_prioriteiten", ivp_400_prioriteiten().naar_json()),
    ]
}

fn lezen(c: &mut Criterion) {
    let set = bench_set();
    let mut groep = c.benchmark_group("lezen");
    for (naam, json) in &set {
        assert!(Document::lees(json.as_bytes(), None).is_ok(), "{naam}");
        groep.throughput(Throughput::Bytes(json.len() as u64));
        groep.bench_with_input(BenchmarkId::new("serde_json_value", naam), json, |b, j| {
            b.iter(|| serde_json::from_str::<Value>(black_box(j)))
        });
        groep.bench_with_input(BenchmarkId::new("document_lees", naam), json, |b, j| {
            b.iter(|| Document::lees(black_box(j.as_bytes()), None))
        });
        groep.bench_with_input(BenchmarkId::new("ivp_uit_json", naam), json, |b, j| {
            b.iter(|| Ivp::uit_json(black_box(j)))
        });
    }
    groep.finish();
    verhoudingen(&set);
}

/// The ratios to the `Value` parse, measured side by side (alternating rounds, the best round
/// of each), printed for the README.
fn verhoudingen(set: &[(&str, String)]) {
    fn beste(f: &mut dyn FnMut(), rondes: usize, per_ronde: usize) -> Duration {
        (0..rondes)
            .map(|_| {
                let begin = Instant::now();
                for _ in 0..per_ronde {
                    f();
                }
                begin.elapsed() / per_ronde as u32
            })
            .min()
            .unwrap_or_default()
    }
    println!("\nverhouding tot serde_json::Value (lager is beter; doel <= 0.60):");
    for (naam, json) in set {
        let per_ronde = (2_000_000 / json.len()).clamp(3, 200);
        let mut value = || {
            black_box(serde_json::from_str::<Value>(black_box(json)).is_ok());
        };
        let mut document = || {
            black_box(Document::lees(black_box(json.as_bytes()), None).is_ok());
        };
        let mut ivp = || {
            black_box(Ivp::uit_json(black_box(json)).is_ok());
        };
        // The floor: serde's derived read into the same types, without the crate's checks
        // (struct only from a table, a map key once) and without its Dutch errors.
        let mut kaal = || {
            black_box(serde_json::from_str::<Ivp>(black_box(json)).is_ok());
        };
        let mut t = [Duration::MAX; 4];
        for _ in 0..5 {
            for (t, f) in t.iter_mut().zip([
                &mut value as &mut dyn FnMut(),
                &mut document,
                &mut ivp,
                &mut kaal,
            ]) {
                *t = (*t).min(beste(f, 3, per_ronde));
            }
        }
        let r = |x: Duration| x.as_secs_f64() / t[0].as_secs_f64();
        println!(
            "  {naam:<18} {:>7} KB  Value {:>9.1?}  Document::lees {:.2}  Ivp::uit_json {:.2}  \
             serde_json::from_str::<Ivp> zonder controles {:.2}",
            json.len() / 1024,
            t[0],
            r(t[1]),
            r(t[2]),
            r(t[3])
        );
    }
}

fn documenten(c: &mut Criterion) {
    let ivp = volledig_ivp();
    let json = ivp.naar_json();
    let toml = ivp.naar_toml().unwrap();
    assert_eq!(Ivp::uit_json(&json).unwrap(), ivp);

    let mut groep = c.benchmark_group("ivp_json");
    groep.throughput(Throughput::Bytes(json.len() as u64));
    groep.bench_function("lezen", |b| b.iter(|| Ivp::uit_json(black_box(&json))));
    groep.bench_function("schrijven", |b| b.iter(|| black_box(&ivp).naar_json()));
    groep.bench_function("serde_json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)))
    });
    groep.finish();

    let mut groep = c.benchmark_group("ivp_toml");
    groep.throughput(Throughput::Bytes(toml.len() as u64));
    groep.bench_function("lezen", |b| b.iter(|| Ivp::uit_toml(black_box(&toml))));
    groep.bench_function("schrijven", |b| b.iter(|| black_box(&ivp).naar_toml()));
    groep.finish();
}

criterion_group!(benches, lezen, documenten);
criterion_main!(benches);
