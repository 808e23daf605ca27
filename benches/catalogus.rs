//! Lookups in the catalogue: by code, by name, iteration.
//! Targets (issue 2): code lookup < 50 ns, name lookup < 500 ns, no allocation.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kernbeleid::catalogus::Thema;
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
    c.bench_function("alle_themas_itereren", |b| {
        b.iter(|| {
            Thema::VARIANTS
                .iter()
                .map(|t| t.gegevens().effectindicatoren.len())
                .sum::<usize>()
        })
    });
}

criterion_group!(benches, opzoeken);
criterion_main!(benches);
