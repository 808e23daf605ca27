//! Ratios between benchmarks measured in the same run, printed after criterion's own report.
//!
//! Criterion reports each benchmark on its own; the targets of these benches are ratios (one
//! routine against an alternative on the same machine, or the same routine at two sizes).
//! [`meet`] times a routine through criterion's `iter_custom` and also keeps each sample's time
//! per iteration here; [`Samenvatting`] prints the median per iteration of each benchmark and
//! the ratios asked for, with their targets. Warm-up samples count too: the median is robust
//! against them. A benchmark left out by a filter on the command line shows as "niet gemeten".

#![allow(dead_code)] // every bench uses its own part

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::Bencher;

/// Per benchmark (its full id): nanoseconds per iteration of each sample.
static METINGEN: Mutex<BTreeMap<String, Vec<f64>>> = Mutex::new(BTreeMap::new());

/// Times `routine` like `Bencher::iter`, and keeps the time per iteration under `id` (the
/// benchmark's full id, "groep/functie", for the summary).
pub fn meet<O>(b: &mut Bencher<'_>, id: &str, mut routine: impl FnMut() -> O) {
    b.iter_custom(|iteraties| {
        let begin = Instant::now();
        for _ in 0..iteraties {
            black_box(routine());
        }
        let duur = begin.elapsed();
        bewaar(id, duur, iteraties);
        duur
    });
}

fn bewaar(id: &str, duur: Duration, iteraties: u64) {
    if iteraties == 0 {
        return;
    }
    let per_iteratie = duur.as_nanos() as f64 / iteraties as f64;
    let mut metingen = METINGEN.lock().unwrap_or_else(|e| e.into_inner());
    metingen
        .entry(id.to_owned())
        .or_default()
        .push(per_iteratie);
}

/// The median time per iteration of `id` in nanoseconds, if it was measured in this run.
pub fn mediaan(id: &str) -> Option<f64> {
    let metingen = METINGEN.lock().unwrap_or_else(|e| e.into_inner());
    let mut tijden = metingen.get(id)?.clone();
    if tijden.is_empty() {
        return None;
    }
    tijden.sort_by(f64::total_cmp);
    Some(tijden[tijden.len() / 2])
}

/// A time in the unit that fits it.
pub fn tijd(ns: f64) -> String {
    if ns < 1e3 {
        format!("{ns:.2} ns")
    } else if ns < 1e6 {
        format!("{:.2} µs", ns / 1e3)
    } else if ns < 1e9 {
        format!("{:.2} ms", ns / 1e6)
    } else {
        format!("{:.2} s", ns / 1e9)
    }
}

/// The summary printed at the end of a bench: times and ratios with their targets.
#[derive(Default)]
pub struct Samenvatting {
    regels: Vec<String>,
}

impl Samenvatting {
    pub fn new(titel: &str) -> Self {
        Samenvatting {
            regels: vec![format!("\n== {titel} ==")],
        }
    }

    /// A line of text.
    pub fn tekst(&mut self, tekst: impl Into<String>) -> &mut Self {
        self.regels.push(tekst.into());
        self
    }

    /// The median time of `id`.
    pub fn tijd(&mut self, id: &str) -> &mut Self {
        let regel = match mediaan(id) {
            Some(ns) => format!("{id:<60} {:>12}", tijd(ns)),
            None => format!("{id:<60} {:>12}", "niet gemeten"),
        };
        self.regels.push(regel);
        self
    }

    /// `teller / noemer`, with the target `ratio <= doel` when there is one.
    pub fn verhouding(
        &mut self,
        wat: &str,
        teller: &str,
        noemer: &str,
        doel: Option<f64>,
    ) -> &mut Self {
        let regel = match (mediaan(teller), mediaan(noemer)) {
            (Some(t), Some(n)) if n > 0.0 => {
                let r = t / n;
                match doel {
                    Some(d) => format!(
                        "{wat:<60} {r:>8.3}  (doel <= {d}: {})",
                        if r <= d { "gehaald" } else { "NIET GEHAALD" }
                    ),
                    None => format!("{wat:<60} {r:>8.3}"),
                }
            }
            _ => format!("{wat:<60} niet gemeten"),
        };
        self.regels.push(regel);
        self
    }

    /// Prints the summary to standard output (not when the bench runs as a test: one
    /// iteration of each routine says nothing about ratios).
    pub fn druk_af(&self) {
        if als_test() {
            return;
        }
        for regel in &self.regels {
            println!("{regel}");
        }
    }
}

/// Whether the bench runs as a test (`cargo bench -- --test`, `cargo test --benches`): each
/// routine once, nothing to summarise.
pub fn als_test() -> bool {
    std::env::args().any(|a| a == "--test")
}

/// Measures `routines` interleaved, round after round (each a batch of about `batch` long),
/// and keeps each batch's time per iteration under `"{prefix}/{name}"`. On a machine whose load
/// changes while the bench runs, this keeps the ratios between the routines fair: every round
/// measures all of them under the same load, and the median over the rounds drops the rounds
/// that another process disturbed.
pub fn afwisselend(
    prefix: &str,
    routines: &mut [(&str, &mut dyn FnMut())],
    rondes: usize,
    batch: Duration,
) {
    // How many iterations fill a batch, from a first timing of each.
    let aantallen: Vec<u64> = routines
        .iter_mut()
        .map(|(_, routine)| {
            let begin = Instant::now();
            routine();
            let een = begin.elapsed().max(Duration::from_nanos(1));
            (batch.as_nanos() / een.as_nanos()).clamp(1, 1_000_000) as u64
        })
        .collect();
    for _ in 0..rondes {
        for ((naam, routine), &aantal) in routines.iter_mut().zip(&aantallen) {
            let begin = Instant::now();
            for _ in 0..aantal {
                routine();
            }
            bewaar(&format!("{prefix}/{naam}"), begin.elapsed(), aantal);
        }
    }
}
