//! The real plan: the Vijfheerenlanden IVB 2023-2026 encoded as an IVP
//! (`tests/fixtures/vijfheerenlanden-2023-2026.toml`), checked against the plan's text.

use kernbeleid::catalogus::{StrategischThema, Thema};
use kernbeleid::document::{
    Document, IndicatorBron, IndicatorSoort, Ivp, Meting, Orgaan, Periode, Richting,
    ThemaVerwijzing,
};
use kernbeleid::methode::SturingVoorziening;

const FIXTURE: &str = include_str!("fixtures/vijfheerenlanden-2023-2026.toml");
const PLAN: &str = include_str!("../bron/ivb-vijfheerenlanden-2023-2026.txt");

fn ivp() -> Ivp {
    match Ivp::uit_toml(FIXTURE) {
        Ok(ivp) => ivp,
        Err(fout) => panic!("{fout}"),
    }
}

fn codes(themas: &[ThemaVerwijzing]) -> Vec<&'static str> {
    themas.iter().map(|t| t.code()).collect()
}

#[test]
fn kop_en_periode() {
    let ivp = ivp();
    assert_eq!(ivp.gemeenten, ["Vijfheerenlanden"]);
    assert_eq!(
        ivp.titel.as_deref(),
        Some("Integraal Veiligheidsbeleid 2023-2026")
    );
    assert_eq!(ivp.periode, Periode::jaren(2023, 2026).unwrap());
    assert_eq!(ivp.vaststelling.len(), 1);
    assert_eq!(ivp.vaststelling[0].door, Orgaan::Raad);
    assert_eq!(ivp.vaststelling[0].datum, None);
    assert!(ivp.lokale_paragrafen.is_empty());
}

#[test]
fn zes_hoofdthemas_en_drie_overige_met_hun_themas() {
    let ivp = ivp();
    let hoofd: Vec<(&str, Vec<&str>)> = ivp
        .prioriteiten
        .iter()
        .map(|p| (p.naam.as_str(), codes(&p.themas)))
        .collect();
    assert_eq!(
        hoofd,
        [
            ("Ondermijning", vec!["5.2", "5.5"]),
            ("Zorg & Veiligheid", vec!["S2", "1.1", "1.3", "5.1"]),
            ("Jeugd & Veiligheid", vec!["3.1", "3.2"]),
            ("Digitale veiligheid", vec!["S1", "5.4"]),
            ("Veilige woonomgeving", vec!["1.3", "1.4", "1.1", "5.1"]),
            ("Crisisbeheersing", vec!["4.4"]),
        ]
    );
    let overig: Vec<(&str, Vec<&str>)> = ivp
        .overige_themas
        .iter()
        .map(|o| (o.naam.as_str(), codes(&o.themas)))
        .collect();
    assert_eq!(
        overig,
        [
            ("Veilig uitgaan", vec!["2.3", "3.3"]),
            ("Veilig ondernemen", vec!["2.1", "2.2", "5.2"]),
            ("Veilige wijken", vec!["1.1", "1.4"]),
        ]
    );
    // "Digitale veiligheid" is a strategic theme, not one of the 22.
    assert_eq!(
        ivp.prioriteiten[3].themas[0],
        ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit)
    );
    let buiten: Vec<&str> = ivp
        .buiten_beschouwing
        .iter()
        .map(|b| b.thema.code())
        .collect();
    assert_eq!(buiten, ["4.1", "1.2"]);
}

#[test]
fn doelen_en_acties_zoals_het_plan_ze_telt() {
    let ivp = ivp();
    let tellingen: Vec<(usize, usize)> = ivp
        .prioriteiten
        .iter()
        .chain(&ivp.overige_themas)
        .map(|t| (t.doelstelling_kwalitatief.len(), t.hoofdlijnen_aanpak.len()))
        .collect();
    assert_eq!(
        tellingen,
        [
            (6, 6),
            (1, 8),
            (4, 6),
            (2, 4),
            (3, 7),
            (4, 4),
            (4, 5),
            (3, 5),
            (2, 6)
        ]
    );
    let zorg = &ivp.prioriteiten[1];
    assert_eq!(zorg.deelthemas.len(), 10);
    let radicalisering = &zorg.deelthemas[5];
    assert_eq!(radicalisering.naam, "Radicalisering en polarisatie");
    assert_eq!(
        radicalisering.themas,
        [ThemaVerwijzing::Kbv(Thema::PolarisatieEnRadicalisering)]
    );
    assert_eq!(radicalisering.doelstelling_kwalitatief.len(), 4);
    assert_eq!(ivp.prioriteiten[2].deelthemas[0].naam, "Jonge Aanwas");
}

#[test]
fn effectindicatoren_alleen_waar_het_plan_een_meetbaar_doel_noemt() {
    let ivp = ivp();
    let met: Vec<&str> = ivp
        .alle_uitwerkingen()
        .filter(|(_, _, t)| !t.effectindicatoren.is_empty())
        .map(|(_, _, t)| t.naam.as_str())
        .collect();
    assert_eq!(met, ["Veilige woonomgeving"]);
    let [gevoel, inbraken] = ivp.prioriteiten[4].effectindicatoren.as_slice() else {
        panic!("twee indicatoren verwacht");
    };
    assert_eq!(gevoel.bron, Some(IndicatorBron::Gemeente));
    assert_eq!(gevoel.soort, Some(IndicatorSoort::Subjectief));
    assert_eq!(gevoel.richting, Some(Richting::Gelijk));
    assert_eq!(
        gevoel.nulmeting.as_ref().and_then(|m| m.waarde()),
        Some(&Meting {
            jaar: 2022,
            waarde: 82.0
        })
    );
    assert_eq!(gevoel.streefwaarde, None);
    assert_eq!(inbraken.bron, Some(IndicatorBron::Politieregistratie));
    assert_eq!(inbraken.nulmeting, None);
    assert!(ivp.strategische_doelstelling.kwantitatief.is_empty());
}

#[test]
fn coordinatie_zonder_voortgangsrapportage() {
    let ivp = ivp();
    let voorzieningen: Vec<SturingVoorziening> =
        ivp.coordinatie.voorzieningen.keys().copied().collect();
    assert_eq!(
        voorzieningen,
        [
            SturingVoorziening::Voortgangsoverleg,
            SturingVoorziening::Informatiepositie
        ]
    );
    assert!(ivp.begroting.posten.is_empty());
    assert!(ivp.begroting.toelichting.is_some());
}

/// The plan's text as compared: bullets and item numbers dropped, white space as single spaces.
fn genormaliseerd(tekst: &str) -> String {
    let zonder_bullets: Vec<&str> = tekst
        .lines()
        .filter(|regel| {
            let r = regel.trim();
            let bullet = matches!(r, "- •" | "- ➢" | "- -");
            let nummer = r.starts_with("- ") && r.ends_with('.') && r.len() <= 5;
            !bullet && !nummer
        })
        .map(|regel| regel.trim().strip_prefix("- ").unwrap_or(regel.trim()))
        .collect();
    zonder_bullets
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every text the fixture quotes, with the key it stands under.
fn citaten(waarde: &serde_json::Value, sleutel: &str, uit: &mut Vec<(String, String)>) {
    const GECITEERD: [&str; 15] = [
        "algemeen",
        "kwalitatief",
        "verbindingen",
        "strategische_uitgangspunten",
        "toelichting",
        "doelstelling_kwalitatief",
        "hoofdlijnen_aanpak",
        "flankerend_beleid",
        "digitale_component",
        "reden",
        "ambtelijk",
        "bestuurlijk",
        "beleidscyclus",
        "voortgangsoverleg",
        "informatiepositie",
    ];
    match waarde {
        serde_json::Value::String(tekst) if GECITEERD.contains(&sleutel) => {
            uit.push((sleutel.to_owned(), tekst.clone()))
        }
        serde_json::Value::Array(lijst) => {
            for item in lijst {
                citaten(item, sleutel, uit);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                citaten(v, k, uit);
            }
        }
        _ => {}
    }
}

#[test]
fn elke_tekst_staat_letterlijk_in_het_plan() {
    let plan = genormaliseerd(PLAN);
    let json: serde_json::Value = serde_json::from_str(&ivp().naar_json()).unwrap();
    let mut gevonden = Vec::new();
    citaten(&json, "", &mut gevonden);
    assert!(gevonden.len() > 100, "{}", gevonden.len());
    for (sleutel, tekst) in gevonden {
        // A text of several paragraphs is compared per paragraph.
        for alinea in tekst.split("\n\n") {
            let alinea = genormaliseerd(alinea);
            assert!(
                plan.contains(&alinea),
                "{sleutel}: niet letterlijk in het plan: {alinea}"
            );
        }
    }
}

#[test]
fn heen_en_terug_via_toml_en_json() {
    let ivp = ivp();
    let toml = ivp.naar_toml().unwrap();
    assert_eq!(Ivp::uit_toml(&toml).unwrap(), ivp);
    assert_eq!(Ivp::uit_toml(&toml).unwrap().naar_toml().unwrap(), toml);
    let json = ivp.naar_json();
    assert_eq!(Ivp::uit_json(&json).unwrap(), ivp);
    assert_eq!(
        Document::lees(json.as_bytes(), None).unwrap(),
        Document::from(ivp)
    );
}
