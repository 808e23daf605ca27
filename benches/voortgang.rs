//! A voortgangsrapportage of a four-priority plan with ten years of monthly police figures:
//! building the stand and writing it as HTML and as Word, each beside reading its inputs (the
//! IVP, the uitvoeringsplan and the report from TOML, the download from CSV, the figures
//! computed) in the same run. The target: a report at most three times the cost of its inputs.
//!
//! Run briefly: `cargo bench --bench voortgang -- --warm-up-time 1 --measurement-time 3`.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kernbeleid::cijfers::{bereken, lees, Cijfers, Koppeling, Regionamen};
use kernbeleid::document::{Ivp, Uitvoeringsplan, Voortgangsrapportage};
use kernbeleid::voortgang::{naar_docx, naar_html, voortgang, Invoer};

const IVP: &str = include_str!("../tests/fixtures/voortgang/ivp-amsterdam-2023-2026.toml");
const UP: &str = include_str!("../tests/fixtures/voortgang/uitvoeringsplan-amsterdam-2025.toml");
const RAPPORT: &str = include_str!("../tests/fixtures/voortgang/rapportage-2025-halfjaar.toml");
const NAMEN: &str = include_str!("../tests/fixtures/cijfers/cbs-regios.csv");

/// Ten years (2016 to 2025) of monthly figures for Amsterdam, in the police's 47013NED shape,
/// for the total and four categories.
fn download() -> String {
    let mut csv = String::from(
        "\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\n",
    );
    let mut id = 0;
    for (c, categorie) in ["0.0.0", "1.1.1", "1.2.3", "1.4.1", "2.5.2"]
        .iter()
        .enumerate()
    {
        for jaar in 2016..=2025 {
            for maand in 1..=12 {
                let waarde = 400 + 37 * c + (jaar - 2016) * 3 + maand;
                let _ = writeln!(
                    csv,
                    "{id};\"{categorie:<10}\";\"GM0363    \";\"{jaar}MM{maand:02}\";{waarde}"
                );
                id += 1;
            }
        }
    }
    csv
}

struct Invoerbestanden {
    ivp: Ivp,
    up: Uitvoeringsplan,
    rapport: Voortgangsrapportage,
    cijfers: Cijfers,
}

fn lees_invoer(csv: &str) -> Invoerbestanden {
    let ivp = Ivp::uit_toml(IVP).expect("ivp");
    let up = Uitvoeringsplan::uit_toml(UP).expect("uitvoeringsplan");
    let rapport = Voortgangsrapportage::uit_toml(RAPPORT).expect("rapportage");
    let namen = Regionamen::lees(NAMEN.as_bytes()).expect("namen");
    let mut bestand = lees(csv.as_bytes()).expect("download");
    bestand.benoem(&namen);
    let cijfers = bereken(&[bestand], &Koppeling::standaard(), None).expect("cijfers");
    Invoerbestanden {
        ivp,
        up,
        rapport,
        cijfers,
    }
}

fn invoer(i: &Invoerbestanden) -> Invoer<'_> {
    Invoer {
        uitvoeringsplan: Some(&i.up),
        rapportage: Some(&i.rapport),
        cijfers: Some(&i.cijfers),
        ..Invoer::new(&i.ivp, i.rapport.peildatum)
    }
}

fn voortgangsrapportage(c: &mut Criterion) {
    let csv = download();
    let i = lees_invoer(&csv);
    let stand = voortgang(&invoer(&i));
    // The series are there: the report draws what the download holds.
    assert!(stand.prioriteiten[0].indicatoren[0].segmenten.len() >= 2);

    let mut groep = c.benchmark_group("voortgang");
    groep.bench_function("invoer lezen", |b| b.iter(|| lees_invoer(black_box(&csv))));
    groep.bench_function("rapport naar html", |b| {
        b.iter(|| naar_html(&voortgang(&invoer(black_box(&i)))))
    });
    groep.bench_function("rapport naar word", |b| {
        b.iter(|| naar_docx(&voortgang(&invoer(black_box(&i)))).expect("docx"))
    });
    groep.finish();
}

criterion_group!(benches, voortgangsrapportage);
criterion_main!(benches);
