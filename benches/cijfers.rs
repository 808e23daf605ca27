//! Figures per theme at the scale of the whole country.
//! Target (issue 15): a year of monthly police data for all 342 gemeenten (64 categories x 342
//! x 12 = 262,656 rows, in the published shape: BOM, quoted and padded keys, `;`, CRLF) read and
//! aggregated per theme in < 200 ms. Compared, in the same run, with only parsing the same bytes
//! with the `csv` crate (no typing, no mapping): the ratio is the price of the Dutch errors,
//! the recognition and the aggregation.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kernbeleid::cijfers::{bereken, lees, Koppeling, POLITIE_SOORTEN};

/// The 59 known police categories plus five the mapping does not know: 64.
fn categorieen() -> Vec<String> {
    let mut codes: Vec<String> = POLITIE_SOORTEN
        .iter()
        .filter_map(|s| s.code.map(str::to_owned))
        .collect();
    codes.extend((1..=5).map(|i| format!("9.9.{i}")));
    codes
}

/// A year (2025) of 47013NED for 342 gemeenten, as the police publish it.
fn jaar_politiedata() -> Vec<u8> {
    let codes = categorieen();
    let mut uit = String::with_capacity(16 * 1024 * 1024);
    uit.push_str("\u{feff}\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\r\n");
    let mut id = 0u64;
    for gemeente in 0..342u32 {
        for (c, code) in codes.iter().enumerate() {
            for maand in 1..=12u32 {
                // Deterministic counts, now and then not published.
                let waarde = (gemeente * 31 + u32::try_from(c).unwrap_or(0) * 7 + maand * 3) % 97;
                let cel = if waarde == 13 {
                    ".".to_owned()
                } else {
                    waarde.to_string()
                };
                uit.push_str(&format!(
                    "{id};\"{code:<10}\";\"GM{:04}    \";\"2025MM{maand:02}\";{cel}\r\n",
                    gemeente + 1
                ));
                id += 1;
            }
        }
    }
    uit.into_bytes()
}

fn cijfers(c: &mut Criterion) {
    let bytes = jaar_politiedata();
    let koppeling = Koppeling::standaard();
    {
        // Sanity: all rows read, every gemeente has series.
        let bestand = lees(bytes.as_slice()).expect("lees");
        assert_eq!(bestand.len(), 342 * 64 * 12);
        let cijfers = bereken(&[bestand], &koppeling, None).expect("bereken");
        assert_eq!(cijfers.totalen.len(), 342);
    }
    let mut groep = c.benchmark_group("cijfers_jaar_342_gemeenten");
    groep.sample_size(20);
    groep.bench_function("lees_en_bereken_per_thema", |b| {
        b.iter(|| {
            let bestand = lees(black_box(bytes.as_slice())).expect("lees");
            bereken(&[bestand], &koppeling, None).expect("bereken")
        })
    });
    groep.bench_function("alleen_lees", |b| {
        b.iter(|| lees(black_box(bytes.as_slice())).expect("lees"))
    });
    groep.bench_function("kale_csv_parse_zelfde_bytes", |b| {
        b.iter(|| {
            let mut csv = csv::ReaderBuilder::new()
                .delimiter(b';')
                .has_headers(false)
                .from_reader(black_box(bytes.as_slice()));
            let mut record = csv::ByteRecord::new();
            let mut velden = 0usize;
            while csv.read_byte_record(&mut record).expect("csv") {
                velden += record.len();
            }
            velden
        })
    });
    groep.finish();
}

criterion_group!(benches, cijfers);
criterion_main!(benches);
