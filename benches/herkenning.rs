//! Recognising local names (issue 12): `herken` on the 40 names of a real plan set, against a
//! scan that normalises every text of the catalogue again for each name, measured in the same
//! run. The index is built once, before the measurements (first use); the ratio of the two
//! lines is the point, not the absolute numbers.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kernbeleid::catalogus::herkenning::herken;
use kernbeleid::catalogus::{Aspect, StrategischThema, Thema};
use kernbeleid::naam;
use kernbeleid::VariantArray;

/// The names issue 12 lists and some from the real plans: 40 in all.
const NAMEN: [&str; 40] = [
    "Ondermijning",
    "Zorg & Veiligheid",
    "Digitale veiligheid",
    "Cybercrime",
    "Woninginbraak",
    "Huiselijk geweld",
    "High Impact Crimes",
    "HIC",
    "Crisisbeheersing",
    "Omgevingsveiligheid",
    "betrekken bewoners",
    "aanpak specifieke criminaliteitsfenomenen",
    "Samenwerken op het snijvlak van zorg & veiligheid",
    "Veilig toerisme, recreatie en evenementen",
    "Veilige en leefbare kernen",
    "Woninginbraak en andere vermogenscriminaliteit",
    "Drugsoverlast",
    "Veiligheid rond het uitgaan",
    "Jeugdoverlast en -criminaliteit",
    "Personen met onbegrepen gedrag",
    "Risicojongeren",
    "Digitale criminaliteit",
    "Verward gedrag",
    "Mensenhandel",
    "Cyberveiligheid",
    "Maatschappelijke onrust",
    "Overlast (jeugd, burenruzies, verwarde personen, tradities)",
    "Drugs",
    "Overlast",
    "straatroof",
    "hennep",
    "Jeugd & Veiligheid",
    "Veilige woonomgeving",
    "Veilig ondernemen",
    "Radicalisering en polarisatie",
    "Bestuurlijke aanpak ondermijning/hennep",
    "Veilige woon- en leefomgeving",
    "het onveiligheidsgevoel",
    "veilige winkelcentra",
    "Tradities (jaarwisseling en Koningsdag)",
];

/// Every text of the catalogue, per subject.
fn teksten() -> Vec<Vec<&'static str>> {
    let mut uit = Vec::new();
    for t in Thema::VARIANTS {
        let g = t.gegevens();
        let mut v = vec![g.naam, g.uitleg];
        v.extend(g.effectindicatoren);
        v.extend(g.effectinformatie);
        if let Some(a) = &g.aanpak {
            for l in [
                a.rol_gemeente,
                a.maatregelen,
                a.ontwikkelingen,
                a.instrumenten,
            ] {
                v.extend(l);
            }
        }
        uit.push(v);
    }
    for a in Aspect::VARIANTS {
        let g = a.gegevens();
        let mut v = vec![g.naam, g.uitleg];
        for l in [
            g.aanpak.rol_gemeente,
            g.aanpak.maatregelen,
            g.aanpak.ontwikkelingen,
        ] {
            v.extend(l);
        }
        uit.push(v);
    }
    for s in StrategischThema::VARIANTS {
        let g = s.gegevens();
        let mut v = vec![g.naam, g.titel];
        v.extend(g.inleiding);
        uit.push(v);
    }
    uit
}

/// The alternative: for each name, normalise every text and count, per subject, the words of
/// the name it contains. No stems, no index, no reasons: a lower bound for a scan.
fn scan(namen: &[&str], teksten: &[Vec<&'static str>]) -> usize {
    let mut totaal = 0;
    for naam in namen {
        let norm = naam::normaliseer(naam);
        let woorden: Vec<&str> = norm.split(' ').filter(|w| w.len() > 3).collect();
        let mut beste = 0;
        for subject in teksten {
            let treffers: usize = subject
                .iter()
                .map(|t| {
                    let t = naam::normaliseer(t);
                    woorden.iter().filter(|w| t.contains(*w)).count()
                })
                .sum();
            beste = beste.max(treffers);
        }
        totaal += beste;
    }
    totaal
}

fn herkennen(c: &mut Criterion) {
    // Build the index before measuring.
    black_box(herken("Ondermijning"));
    let teksten = teksten();
    let mut groep = c.benchmark_group("veertig_lokale_namen");
    groep.bench_function("herken_met_index", |b| {
        b.iter(|| {
            black_box(NAMEN)
                .iter()
                .map(|n| herken(n).kandidaten().len())
                .sum::<usize>()
        })
    });
    groep.bench_function("scan_zonder_index", |b| {
        b.iter(|| scan(black_box(&NAMEN), &teksten))
    });
    groep.finish();
    c.bench_function("herken_een_alias", |b| {
        b.iter(|| herken(black_box("Woninginbraken")))
    });
    c.bench_function("herken_onbekend", |b| {
        b.iter(|| herken(black_box("Zwemles op dinsdag")))
    });
}

criterion_group!(benches, herkennen);
criterion_main!(benches);
