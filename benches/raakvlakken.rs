//! Queries on the raakvlakken: table lookups and bit operations, no allocation.
//!
//! Targets (issue 11): `onbewaakt` for any set within 3 times one bitwise AND on the same
//! machine, both measured over the same random sample of sets in the same run; neighbours of a
//! theme < 5 ns. The ratio is printed at the end.
//!
//! Run briefly: `cargo bench --bench raakvlakken -- --warm-up-time 1 --measurement-time 2`.

mod verhouding;

use std::hint::black_box;

use criterion::{criterion_group, Criterion, Throughput};
use kernbeleid::catalogus::Thema;
use kernbeleid::raakvlakken::{self as rv, Buren, Controle, ThemaSet};
use verhouding::{meet, Samenvatting};

const PRIORITEITEN: ThemaSet = ThemaSet::uit_themas(&[
    Thema::Jeugdoverlast,
    Thema::VeiligUitgaan,
    Thema::OndermijnendeCriminaliteit,
    Thema::Informatieveiligheid,
]);

/// The size of the sample of sets.
const STEEKPROEF: usize = 1024;

/// `n` sets drawn uniformly from all 2^22 (splitmix64 with a fixed seed, so every run measures
/// the same sets).
fn steekproef(n: usize) -> Vec<ThemaSet> {
    let mut toestand: u64 = 0x4b42_5620_3230_3231;
    (0..n)
        .map(|_| {
            toestand = toestand.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = toestand;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            let bits = (z as u32) & ThemaSet::ALL.bits();
            ThemaSet::uit_bits(bits).expect("22 bits")
        })
        .collect()
}

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

/// `onbewaakt` against one AND, per set of the same random sample: the loop, the loads and the
/// `black_box` are the same in both, so the ratio is the cost of the query in ANDs.
fn steekproef_van_sets(c: &mut Criterion) {
    let sets = steekproef(STEEKPROEF);
    let ander = PRIORITEITEN;
    let mut groep = c.benchmark_group("steekproef_1024_sets");
    groep.throughput(Throughput::Elements(STEEKPROEF as u64));
    groep.bench_function("and", |b| {
        meet(b, "steekproef_1024_sets/and", || {
            for &set in black_box(&sets) {
                black_box(set & black_box(ander));
            }
        })
    });
    groep.bench_function("onbewaakt", |b| {
        meet(b, "steekproef_1024_sets/onbewaakt", || {
            for &set in black_box(&sets) {
                black_box(rv::onbewaakt(set));
            }
        })
    });
    groep.bench_function("buren_van_set_per_veld", |b| {
        meet(b, "steekproef_1024_sets/buren_van_set_per_veld", || {
            for &set in black_box(&sets) {
                black_box(Buren::van_set(set));
            }
        })
    });
    groep.finish();
}

criterion_group!(benches, queries, steekproef_van_sets);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    let mut s = Samenvatting::new("raakvlakken: verhoudingen in deze run (mediaan per iteratie)");
    s.tijd("steekproef_1024_sets/and")
        .tijd("steekproef_1024_sets/onbewaakt")
        .tijd("steekproef_1024_sets/buren_van_set_per_veld")
        .verhouding(
            "onbewaakt / één AND (per set)",
            "steekproef_1024_sets/onbewaakt",
            "steekproef_1024_sets/and",
            Some(3.0),
        )
        .verhouding(
            "Buren::van_set / één AND (per set)",
            "steekproef_1024_sets/buren_van_set_per_veld",
            "steekproef_1024_sets/and",
            None,
        )
        .druk_af();
}
