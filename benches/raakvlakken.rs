//! Queries on the raakvlakken: table lookups and bit operations, no allocation.
//! Targets (raakvlakken issue): neighbours of a theme < 5 ns; the unwatched cross-links
//! ("dwarsverbanden die niemand bewaakt") of a four-theme set < 1 µs.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kernbeleid::catalogus::Thema;
use kernbeleid::raakvlakken::{self as rv, Buren, Controle, ThemaSet};

const PRIORITEITEN: ThemaSet = ThemaSet::uit_themas(&[
    Thema::Jeugdoverlast,
    Thema::VeiligUitgaan,
    Thema::OndermijnendeCriminaliteit,
    Thema::Informatieveiligheid,
]);

fn queries(c: &mut Criterion) {
    c.bench_function("buren_van_thema", |b| {
        b.iter(|| rv::buren(black_box(Thema::Jeugdoverlast)))
    });
    c.bench_function("buren_binnen_buiten_veld", |b| {
        b.iter(|| Buren::van(black_box(Thema::Jeugdoverlast)))
    });
    c.bench_function("verband_tussen_twee_themas", |b| {
        b.iter(|| {
            rv::verband(
                black_box(Thema::Informatieveiligheid),
                black_box(Thema::VeiligToerisme),
            )
        })
    });
    c.bench_function("onbewaakt_vier_themas", |b| {
        b.iter(|| rv::onbewaakt(black_box(PRIORITEITEN)))
    });
    c.bench_function("onbewaakt_vier_themas_per_veld", |b| {
        b.iter(|| Buren::van_set(black_box(PRIORITEITEN)))
    });
    c.bench_function("themaset_uit_tekst", |b| {
        b.iter(|| black_box("3.1, Veilig uitgaan, 5.2, Informatieveiligheid").parse::<ThemaSet>())
    });
    c.bench_function("rangorde", |b| b.iter(rv::rangorde));
    c.bench_function("controle_berekenen", |b| b.iter(Controle::bereken));
}

criterion_group!(benches, queries);
criterion_main!(benches);
