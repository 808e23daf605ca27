//! Lookups in the catalogue: by code, by name, iteration, and rejected names.
//!
//! Targets (issue 2): code lookup < 50 ns, name lookup < 500 ns, no allocation. Issue 10: a
//! rejected name costs the same whatever its length beyond a sane limit (compare
//! `afgewezen_naam/10000` with `afgewezen_naam/100000`, and both with the name of 14 bytes and
//! the one just under `naam::MAX_LENGTE`, the worst case for suggestions). Issue 11: asking
//! whether a strategic code is a theme (a miss) costs about what a hit does.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use kernbeleid::catalogus::{StrategischThema, Thema};
use kernbeleid::naam::MAX_LENGTE;
use kernbeleid::VariantArray;

fn opzoeken(c: &mut Criterion) {
    c.bench_function("thema_uit_code", |b| {
        b.iter(|| Thema::uit_code(black_box("4.3")))
    });
    c.bench_function("thema_uit_naam_officieel", |b| {
        b.iter(|| Thema::uit_naam(black_box("Ambtelijke en bestuurlijke integriteit")))
    });
    c.bench_function("thema_uit_naam_oud", |b| {
        b.iter(|| Thema::uit_naam(black_box("Veilige Publieke Taak")))
    });
    c.bench_function("thema_from_str_naam", |b| {
        b.iter(|| black_box("jeugd, alcohol en drugs").parse::<Thema>())
    });
    c.bench_function("thema_herken_strategische_code", |b| {
        b.iter(|| Thema::herken(black_box("S1")))
    });
    c.bench_function("strategisch_thema_from_str_code", |b| {
        b.iter(|| black_box("S1").parse::<StrategischThema>())
    });
    // The slice goes through black_box, so the compiler cannot fold the sum into a constant.
    c.bench_function("alle_themas_itereren", |b| {
        b.iter(|| {
            black_box(Thema::VARIANTS)
                .iter()
                .map(|t| t.gegevens().effectindicatoren.len())
                .sum::<usize>()
        })
    });
}

/// The whole error path of a name that is not a theme: the parse and the message with its
/// suggestions.
fn afgewezen(c: &mut Criterion) {
    let mut groep = c.benchmark_group("afgewezen_naam");
    let net_onder = format!("brandveilighied{}", "x".repeat(MAX_LENGTE - 16));
    let invoer = [
        "Zwemveiligheid".to_owned(),
        net_onder,
        "brandveilighied ".repeat(10_000 / 16),
        "brandveilighied ".repeat(100_000 / 16),
    ];
    for naam in &invoer {
        groep.bench_with_input(BenchmarkId::from_parameter(naam.len()), naam, |b, naam| {
            b.iter(|| match black_box(naam.as_str()).parse::<Thema>() {
                Ok(thema) => thema.code().len(),
                Err(fout) => fout.to_string().len(),
            })
        });
    }
    groep.finish();
}

criterion_group!(benches, opzoeken, afgewezen);
criterion_main!(benches);
