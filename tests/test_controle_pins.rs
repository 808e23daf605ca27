//! Pins of the controle's output: the registry as `kbv regels --json` prints it, and the report
//! (JSON, the shape of `kbv controleer --json`) of every plan in the repository and of the
//! skeletons. A rule's change shows here as a snapshot diff, with its reason in the commit.
//!
//! To accept a deliberate change: `INSTA_UPDATE=always cargo test --test test_controle_pins`
//! and review the diff of `tests/snapshots/controle-*.snap`.

use std::path::Path;

use kernbeleid::controle::{controleer, controleer_uitvoeringsplan_bij, Rapport, REGELS};
use kernbeleid::document::Document;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};

fn pin(naam: &str, beschrijving: &str, json: &str) {
    insta::with_settings!({
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => beschrijving,
    }, {
        insta::assert_snapshot!(naam, json);
    });
}

fn als_json(rapport: &Rapport) -> String {
    serde_json::to_string_pretty(rapport).expect("een rapport is JSON")
}

#[test]
fn regels_als_json() {
    assert_eq!(REGELS.len(), 64);
    let json = serde_json::to_string_pretty(REGELS.as_slice()).expect("JSON");
    pin("controle-regels", "kbv regels --json", &json);
}

/// Every plan in `tests/fixtures` and `fuzz/seeds`, read as `kbv controleer` reads it.
#[test]
fn rapporten_van_de_plannen() {
    let mut gezien = 0;
    for map in ["tests/fixtures", "fuzz/seeds"] {
        let mut bestanden: Vec<_> =
            std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(map))
                .expect("map")
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("toml" | "json")
                    )
                })
                .collect();
        bestanden.sort();
        for pad in bestanden {
            let document = Document::lees_bestand(&pad).expect("een plan van de repository");
            let naam = pad.file_name().and_then(|n| n.to_str()).expect("naam");
            let map_naam = map.replace('/', "-");
            pin(
                &format!("controle-{map_naam}-{naam}"),
                &format!("kbv controleer --json {map}/{naam}"),
                &als_json(&controleer(&document)),
            );
            gezien += 1;
        }
    }
    assert!(gezien >= 14, "{gezien} plannen");
}

/// The skeletons: one gemeente, a joint plan, the uitvoeringsplan (alone and with its IVP) and
/// the analyse.
#[test]
fn rapporten_van_de_skeletten() {
    let periode = "2027-2030".parse().expect("periode");
    let een = skelet::ivp(&IvpOpties::new(
        ["Utrecht"],
        periode,
        PrioriteitKeuze::lijst("1.3,5.2,3.2").expect("keuze"),
    ));
    let samen = skelet::ivp(&IvpOpties::new(
        ["Lopik", "Montfoort", "Oudewater"],
        periode,
        PrioriteitKeuze::lijst("5.2,2.1").expect("keuze"),
    ));
    let up = skelet::uitvoeringsplan(&een);
    let analyse = skelet::analyse(["Utrecht"], 2026);
    for (naam, rapport) in [
        ("ivp-utrecht", controleer(&Document::from(een.clone()))),
        ("ivp-gezamenlijk", controleer(&Document::from(samen))),
        ("uitvoeringsplan", controleer(&Document::from(up.clone()))),
        (
            "uitvoeringsplan-bij-ivp",
            controleer_uitvoeringsplan_bij(&up, &een),
        ),
        ("analyse", controleer(&Document::from(analyse))),
    ] {
        pin(
            &format!("controle-skelet-{naam}"),
            &format!("de controle van het skelet {naam}"),
            &als_json(&rapport),
        );
    }
}
