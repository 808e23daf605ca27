//! The plans the benches measure, built from the crate's own skeletons and fixture.

#![allow(dead_code)] // every bench uses its own part

use kernbeleid::catalogus::Thema;
use kernbeleid::controle::controleer_ivp;
use kernbeleid::document::{IndicatorSoort, Ivp, Orgaan, Periode, Vaststelling};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::VariantArray;
use serde_json::{json, Value};

/// A skeleton for Utrecht with four priorities.
pub fn opties() -> IvpOpties {
    IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,3.2,2.3").expect("keuze"),
    )
}

/// Fills every placeholder, as a coordinator would, by the key it stands under.
pub fn vul_in(waarde: &mut Value, sleutel: &str) {
    match waarde {
        Value::Object(map) if map.contains_key("in_te_vullen") => {
            *waarde = match sleutel {
                "nulmeting" => json!({"jaar": 2025, "waarde": 100.0}),
                "streefwaarde" => json!({"jaar": 2030, "waarde": 80.0}),
                "bedrag_euro" => json!(1000),
                _ => Value::String("Ingevuld, ook het digitale facet (cybercrime).".into()),
            };
        }
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| vul_in(v, k)),
        Value::Array(l) => l.iter_mut().for_each(|v| vul_in(v, sleutel)),
        _ => {}
    }
}

/// The skeleton with every placeholder filled and a third indicator per priority: a plan the
/// controle has nothing to say about.
pub fn volledig_ivp() -> Ivp {
    let mut ivp = skelet::ivp(&opties());
    for p in &mut ivp.prioriteiten {
        let mut derde = p.effectindicatoren[0].clone();
        derde.soort = Some(IndicatorSoort::Objectief);
        p.effectindicatoren.push(derde);
    }
    // Adopted by the raad, as the handbook asks (IVP-018).
    ivp.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::Raad,
        datum: None,
    }];
    let mut waarde = serde_json::to_value(&ivp).expect("json");
    vul_in(&mut waarde, "");
    let mut ivp: Ivp = serde_json::from_value(waarde).expect("ivp");
    // Its sources, the Driehoek and the Regionaal Beleidsplan named (IVP-033, IVP-037, IVP-039).
    ivp.uitgangssituatie.bronnen = vec!["Politieregistratie".into(), "Veiligheidsmonitor".into()];
    ivp.coordinatie.bestuurlijk = Some("In wording besproken in de Driehoek.".to_owned().into());
    ivp.strategische_doelstelling
        .verbindingen
        .push("Sluit aan op het Regionaal Beleidsplan.".to_owned().into());
    let rapport = controleer_ivp(&ivp);
    assert!(rapport.diagnoses().is_empty(), "schoon: {rapport}");
    ivp
}

/// The full IVP with every other theme worked out as an other theme, each also naming the
/// three strategic themes: about sixty strategic-theme references.
pub fn strategisch_ivp() -> Ivp {
    let ivp = volledig_ivp();
    let mut waarde = serde_json::to_value(&ivp).expect("json");
    let prioritair: Vec<String> = ivp
        .prioriteiten
        .iter()
        .flat_map(|p| p.themas.iter().map(|t| t.code().to_owned()))
        .collect();
    let overige: Vec<Value> = Thema::VARIANTS
        .iter()
        .filter(|t| !prioritair.iter().any(|c| c == t.code()))
        .map(|t| {
            json!({
                "naam": t.naam(),
                "themas": [t.code(), "S1", "S2", "S3"],
                "toelichting": format!("{} raakt aan alle drie strategische thema's.", t.naam()),
            })
        })
        .collect();
    waarde["overige_themas"] = Value::Array(overige);
    for p in waarde["prioriteiten"].as_array_mut().expect("lijst") {
        for s in ["S1", "S2", "S3"] {
            p["themas"].as_array_mut().expect("themas").push(json!(s));
        }
    }
    serde_json::from_value(waarde).expect("ivp")
}

/// The full IVP with `n` priorities (the four repeated).
pub fn met_prioriteiten(n: usize) -> Ivp {
    let basis = volledig_ivp();
    let mut ivp = basis.clone();
    ivp.prioriteiten = (0..n)
        .map(|i| basis.prioriteiten[i % basis.prioriteiten.len()].clone())
        .collect();
    ivp
}

/// The real plan of Vijfheerenlanden (tests/fixtures), as its coordinator filled it.
pub fn vijfheerenlanden() -> Ivp {
    Ivp::uit_toml(include_str!(
        "../../tests/fixtures/vijfheerenlanden-2023-2026.toml"
    ))
    .expect("fixture")
}
