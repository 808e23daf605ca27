//! The Word file of a four-priority IVP: writing the skeleton, and reading back a filled one as
//! Word saves it (deflated, with changed fields). Beside each, the same document through JSON in
//! the same run, as the yardstick: a .docx does more (layout, zip, the content controls), so the
//! ratio says what the Word format costs on top of the plain data.
//!
//! Run briefly: `cargo bench --bench word -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;
use std::io::{Cursor, Read, Write};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kernbeleid::document::{Document, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::{docx, html};
use serde_json::Value;

fn skelet_ivp() -> Document {
    let opties = IvpOpties::new(
        ["Vijfheerenlanden"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("Ondermijning=5.2+2.5,Jeugd=3.1+3.2,1.3,4.1").expect("keuze"),
    );
    Document::from(skelet::ivp(&opties))
}

/// Every placeholder filled in, with a value of its field's kind.
fn vul_in(w: &mut Value, sleutel: &str) {
    match w {
        Value::Object(m) if m.contains_key("in_te_vullen") => {
            let hint = m
                .get("in_te_vullen")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            *w = match sleutel {
                "nulmeting" => serde_json::json!({ "jaar": 2026, "waarde": 95.0 }),
                "streefwaarde" => serde_json::json!({ "jaar": 2030, "waarde": 80.0 }),
                "bedrag_euro" => serde_json::json!(125000.0),
                "planning" => serde_json::json!({ "start": "2027-01-01", "eind": "2027-12-31" }),
                _ => Value::from(format!("Ingevuld door de gemeente: {hint}")),
            };
        }
        Value::Object(m) => {
            for (k, v) in m.iter_mut() {
                vul_in(v, k);
            }
        }
        Value::Array(l) => {
            for v in l {
                vul_in(v, sleutel);
            }
        }
        _ => {}
    }
}

/// A filled IVP written by the crate, then changed and saved as Word saves it: three fields
/// retyped, the parts deflated.
fn ingevuld_docx() -> Vec<u8> {
    let mut json: Value = serde_json::from_str(&skelet_ivp().naar_json()).expect("json");
    vul_in(&mut json, "");
    let ingevuld = Document::lees(json.to_string().as_bytes(), None).expect("document");
    let bytes = docx::schrijf(&ingevuld).expect("schrijven");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut uit = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opties = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut deel = zip.by_index(i).expect("deel");
        if deel.is_dir() {
            continue;
        }
        let naam = deel.name().to_owned();
        let mut inhoud = Vec::new();
        deel.read_to_end(&mut inhoud).expect("lezen");
        if naam == "word/document.xml" {
            let xml = String::from_utf8(inhoud).expect("utf8");
            inhoud = xml
                .replacen(
                    "Ingevuld door de gemeente: waarom",
                    "In Word herschreven: waarom",
                    3,
                )
                .into_bytes();
        }
        uit.start_file(naam, opties).expect("start");
        uit.write_all(&inhoud).expect("schrijven");
    }
    uit.finish().expect("zip").into_inner()
}

fn word(c: &mut Criterion) {
    let skelet = skelet_ivp();
    let bytes = docx::schrijf(&skelet).expect("schrijven");

    let mut g = c.benchmark_group("skelet_schrijven");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("docx", |b| {
        b.iter(|| docx::schrijf(black_box(&skelet)).expect("schrijven"))
    });
    g.bench_function("json (maatstaf)", |b| {
        b.iter(|| black_box(&skelet).naar_json())
    });
    g.bench_function("html", |b| b.iter(|| html::schrijf(black_box(&skelet))));
    g.finish();

    let ingevuld = ingevuld_docx();
    let gelezen = docx::lees(&ingevuld).expect("lezen");
    assert!(gelezen.bevindingen.is_empty(), "{:?}", gelezen.bevindingen);
    let ingevuld_json = gelezen.document.naar_json();
    let mut g = c.benchmark_group("ingevuld_lezen");
    g.throughput(Throughput::Bytes(ingevuld.len() as u64));
    g.bench_function("docx", |b| {
        b.iter(|| docx::lees(black_box(&ingevuld)).expect("lezen"))
    });
    g.bench_function("json (maatstaf)", |b| {
        b.iter(|| Document::lees(black_box(ingevuld_json.as_bytes()), None).expect("lezen"))
    });
    g.finish();
}

criterion_group!(benches, word);
criterion_main!(benches);
