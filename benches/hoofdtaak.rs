//! What a user waits on, at the sizes real use has, each beside the route a tool builder would
//! take without the crate:
//!
//! - the main job: a skeleton IVP of four priorities to each format (Markdown, HTML, JSON, TOML
//!   and, with the `word` feature, .docx); JSON and TOML beside serde's own writers of the same
//!   plan (`serde_json::to_string_pretty`, `toml::to_string_pretty`), which is what a tool
//!   builder's own export would call;
//! - reading and checking a real plan (Vijfheerenlanden, from `tests/fixtures`, as TOML):
//!   typed read and controle beside a plain parse into `toml::Table`, the untyped route that
//!   checks nothing;
//! - the regional view of 342 plans (one per gemeente) and of 3,500 (about ten years of plans):
//!   each plan read from its JSON and stacked (`Overzicht::van`, which runs the controle of each
//!   plan to mark those with errors), beside reading each as a `serde_json::Value` and counting the theme
//!   codes of its priorities per gemeente, a tool builder's own tally.
//!
//! The police download of all gemeenten is the `cijfers` bench. The ratios are printed at the
//! end. Run briefly: `cargo bench --bench hoofdtaak -- --warm-up-time 1 --measurement-time 3`.

mod plannen;
mod verhouding;

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{criterion_group, Criterion};
use kernbeleid::controle::{controleer, controleer_ivp};
use kernbeleid::document::{Document, Ivp, Periode};
use kernbeleid::regionaal::Overzicht;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::html;
use plannen::opties;
use serde_json::Value;
use verhouding::{meet, Samenvatting};

/// The main job: a skeleton to each format.
fn skelet_naar_formaat(c: &mut Criterion) {
    let o = opties();
    let ivp = skelet::ivp(&o);
    let document = Document::from(ivp.clone());
    let mut g = c.benchmark_group("skelet_naar");
    g.bench_function("markdown", |b| {
        meet(b, "skelet_naar/markdown", || {
            skelet::ivp_naar_markdown(&skelet::ivp(black_box(&o)))
        })
    });
    g.bench_function("html", |b| {
        meet(b, "skelet_naar/html", || {
            html::schrijf(black_box(&document))
        })
    });
    g.bench_function("json", |b| {
        meet(b, "skelet_naar/json", || black_box(&ivp).naar_json())
    });
    g.bench_function("json_serde", |b| {
        meet(b, "skelet_naar/json_serde", || {
            serde_json::to_string_pretty(black_box(&ivp))
        })
    });
    g.bench_function("toml", |b| {
        meet(b, "skelet_naar/toml", || black_box(&document).naar_toml())
    });
    g.bench_function("toml_serde", |b| {
        meet(b, "skelet_naar/toml_serde", || {
            toml::to_string_pretty(black_box(&ivp))
        })
    });
    #[cfg(feature = "word")]
    g.bench_function("docx", |b| {
        meet(b, "skelet_naar/docx", || {
            kernbeleid::uitvoer::docx::schrijf(black_box(&document))
        })
    });
    g.finish();
}

/// Reading and checking a real plan.
fn echt_plan(c: &mut Criterion) {
    let toml_tekst = include_str!("../tests/fixtures/vijfheerenlanden-2023-2026.toml");
    let mut g = c.benchmark_group("echt_plan");
    g.bench_function("lees_en_controleer", |b| {
        meet(b, "echt_plan/lees_en_controleer", || {
            Document::lees(black_box(toml_tekst.as_bytes()), None).map(|d| controleer(&d))
        })
    });
    g.bench_function("toml_table", |b| {
        meet(b, "echt_plan/toml_table", || {
            black_box(toml_tekst).parse::<toml::Table>()
        })
    });
    g.finish();
}

/// `n` skeleton plans as JSON: gemeente `i % 342`, each its own four years from 2019 on, the
/// priorities varied.
fn plannen_als_json(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let keuzes =
                PrioriteitKeuze::lijst(["1.3,5.2", "3.1,3.2,2.3", "1.1,4.1"][i % 3]).expect("k");
            let jaar = 2019 + i32::try_from(i / 342).expect("jaar");
            let ivp = skelet::ivp(&IvpOpties::new(
                [format!("Gemeente {}", i % 342)],
                Periode::jaren(jaar, jaar + 3).expect("periode"),
                keuzes,
            ));
            ivp.naar_json()
        })
        .collect()
}

/// The regional view: every plan read from its JSON and stacked, with its controle.
fn regionaal_van_json(teksten: &[String]) -> Overzicht {
    let ivps: Vec<Ivp> = teksten
        .iter()
        .filter_map(|t| Ivp::uit_json(t).ok())
        .collect();
    Overzicht::van(&ivps)
}

/// A tool builder's own tally: each plan as a `Value`, the theme codes of its priorities
/// counted per gemeente.
fn telling_van_json(teksten: &[String]) -> HashMap<(String, String), usize> {
    let mut telling = HashMap::new();
    for tekst in teksten {
        let Ok(plan) = serde_json::from_str::<Value>(tekst) else {
            continue;
        };
        let gemeenten = plan["gemeenten"].as_array().cloned().unwrap_or_default();
        for p in plan["prioriteiten"].as_array().into_iter().flatten() {
            for thema in p["themas"].as_array().into_iter().flatten() {
                for g in &gemeenten {
                    let sleutel = (g.to_string(), thema.to_string());
                    *telling.entry(sleutel).or_insert(0) += 1;
                }
            }
        }
    }
    telling
}

fn regionaal(c: &mut Criterion) {
    for n in [342, 3_500] {
        let teksten = plannen_als_json(n);
        let mut g = c.benchmark_group(format!("regionaal_{n}"));
        g.sample_size(10);
        g.bench_function("overzicht", |b| {
            meet(b, &format!("regionaal_{n}/overzicht"), || {
                regionaal_van_json(black_box(&teksten))
            })
        });
        g.bench_function("value_telling", |b| {
            meet(b, &format!("regionaal_{n}/value_telling"), || {
                telling_van_json(black_box(&teksten))
            })
        });
        g.finish();
    }
}

/// The controle of a full plan on its own, the figure a tool that checks as one types waits on.
fn controle(c: &mut Criterion) {
    let ivp = plannen::volledig_ivp();
    assert!(
        controleer_ivp(&ivp).diagnoses().is_empty(),
        "het volledige IVP is schoon"
    );
    c.bench_function("controle_volledig_ivp", |b| {
        meet(b, "controle_volledig_ivp", || {
            controleer_ivp(black_box(&ivp))
        })
    });
}

criterion_group!(benches, skelet_naar_formaat, echt_plan, regionaal, controle);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    let mut s = Samenvatting::new("hoofdtaak: tijden en verhoudingen in deze run (mediaan)");
    for id in [
        "skelet_naar/markdown",
        "skelet_naar/html",
        "skelet_naar/json",
        "skelet_naar/toml",
        "skelet_naar/docx",
        "echt_plan/lees_en_controleer",
        "regionaal_342/overzicht",
        "regionaal_3500/overzicht",
        "controle_volledig_ivp",
    ] {
        s.tijd(id);
    }
    s.verhouding(
        "JSON: de crate / serde_json::to_string_pretty",
        "skelet_naar/json",
        "skelet_naar/json_serde",
        None,
    )
    .verhouding(
        "TOML: de crate / toml::to_string_pretty",
        "skelet_naar/toml",
        "skelet_naar/toml_serde",
        None,
    )
    .verhouding(
        "echt plan: lezen en controleren / toml::Table",
        "echt_plan/lees_en_controleer",
        "echt_plan/toml_table",
        None,
    )
    .verhouding(
        "342 plannen: overzicht met controle / Value-telling",
        "regionaal_342/overzicht",
        "regionaal_342/value_telling",
        None,
    )
    .verhouding(
        "3.500 plannen: overzicht met controle / Value-telling",
        "regionaal_3500/overzicht",
        "regionaal_3500/value_telling",
        None,
    )
    .verhouding(
        "3.500 / 342 plannen (lineair: 10,2)",
        "regionaal_3500/overzicht",
        "regionaal_342/overzicht",
        None,
    )
    .druk_af();
}
