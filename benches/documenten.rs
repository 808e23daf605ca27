//! Reading and writing a full IVP: four priorities with three effect indicators each, every
//! theme assigned. Reported as MB/s next to parsing the same bytes into a `serde_json::Value`.
//!
//! Run briefly: `cargo bench --bench documenten -- --warm-up-time 1 --measurement-time 2`.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kernbeleid::catalogus::{StrategischThema, Thema, Veld};
use kernbeleid::document::{
    Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, Ivp, Meting, Periode, Prioriteit,
    Richting, Tekst, ThemaVerwijzing, VeldSamenvatting,
};
use kernbeleid::methode::SturingVoorziening;

const ALINEA: &str = "De aanpak richt zich op het duurzaam verbinden van lokale partners en \
    samenwerking met ouders en jongeren. Het gezamenlijk doel is het terugdringen van jonge \
    aanwas in de drugscriminaliteit en betrokken jongeren eruit te krijgen én te houden.";

fn tekst(n: usize) -> Tekst {
    Invulbaar::Waarde(format!("{n}. {ALINEA}"))
}

fn indicator(i: usize) -> Effectindicator {
    Effectindicator {
        bron: Some(if i % 2 == 0 {
            IndicatorBron::Politieregistratie
        } else {
            IndicatorBron::Veiligheidsmonitor
        }),
        soort: Some(if i % 2 == 0 {
            IndicatorSoort::Objectief
        } else {
            IndicatorSoort::Subjectief
        }),
        eenheid: Some("aantal per 1.000 inwoners".into()),
        richting: Some(Richting::Dalen),
        nulmeting: Some(Invulbaar::Waarde(Meting {
            jaar: 2026,
            waarde: 12.5 + i as f64,
        })),
        streefwaarde: Some(Invulbaar::Waarde(Meting {
            jaar: 2030,
            waarde: 10.25,
        })),
        reeks: BTreeMap::from([(2023, 14.0), (2024, 13.5), (2025, 13.0), (2026, 12.5)]),
        toelichting: Some(tekst(i)),
        ..Effectindicator::new(format!("Indicator {i}: geregistreerde incidenten"))
    }
}

/// Four priorities with three indicators each; the other themes spread over four overige
/// thema's, so that all 22 themes and the three strategic themes are assigned.
fn volledig_ivp() -> Ivp {
    let mut ivp = Ivp::new(
        ["Gemeente A", "Gemeente B"],
        Periode::jaren(2027, 2030).unwrap(),
    );
    ivp.titel = Some("Integraal Veiligheidsplan 2027-2030".into());
    ivp.uitgangssituatie.algemeen = Some(tekst(0));
    ivp.uitgangssituatie.velden = Veld::ALL
        .iter()
        .map(|&veld| VeldSamenvatting {
            veld,
            samenvatting: Some(tekst(veld.nummer().into())),
        })
        .collect();
    ivp.strategische_doelstelling.kwalitatief = vec![tekst(1), tekst(2)];
    ivp.strategische_doelstelling.kwantitatief = vec![indicator(0), indicator(1)];
    ivp.strategische_uitgangspunten = (0..4).map(tekst).collect();
    let themas: Vec<ThemaVerwijzing> = Thema::ALL
        .iter()
        .map(|&t| t.into())
        .chain(StrategischThema::ALL.iter().map(|&t| t.into()))
        .collect();
    for (i, deel) in themas.chunks(4).enumerate() {
        let mut uitwerking = Prioriteit::new(format!("Thema {i}"), deel.iter().copied());
        uitwerking.toelichting = Some(tekst(i));
        uitwerking.doelstelling_kwalitatief = (0..3).map(tekst).collect();
        uitwerking.hoofdlijnen_aanpak = (0..5).map(tekst).collect();
        uitwerking.flankerend_beleid = (0..2).map(tekst).collect();
        if i < 4 {
            uitwerking.effectindicatoren = (0..3).map(indicator).collect();
            ivp.prioriteiten.push(uitwerking);
        } else {
            ivp.overige_themas.push(uitwerking);
        }
    }
    ivp.coordinatie.beleidscyclus = Some(tekst(7));
    ivp.coordinatie.voorzieningen = SturingVoorziening::ALL
        .iter()
        .map(|&v| (v, tekst(v.nummer().into())))
        .collect();
    ivp.begroting.toelichting = Some(tekst(9));
    ivp
}

fn documenten(c: &mut Criterion) {
    let ivp = volledig_ivp();
    let json = ivp.naar_json();
    let toml = ivp.naar_toml().unwrap();
    assert_eq!(Ivp::uit_json(&json).unwrap(), ivp);

    let mut groep = c.benchmark_group("ivp_json");
    groep.throughput(Throughput::Bytes(json.len() as u64));
    groep.bench_function("lezen", |b| b.iter(|| Ivp::uit_json(black_box(&json))));
    groep.bench_function("schrijven", |b| b.iter(|| black_box(&ivp).naar_json()));
    groep.bench_function("serde_json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)))
    });
    groep.finish();

    let mut groep = c.benchmark_group("ivp_toml");
    groep.throughput(Throughput::Bytes(toml.len() as u64));
    groep.bench_function("lezen", |b| b.iter(|| Ivp::uit_toml(black_box(&toml))));
    groep.bench_function("schrijven", |b| b.iter(|| black_box(&ivp).naar_toml()));
    groep.finish();
}

criterion_group!(benches, documenten);
criterion_main!(benches);
