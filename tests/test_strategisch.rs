//! The three strategic themes of part 1 (`kernbeleid::catalogus::StrategischThema`): counts,
//! spot checks, every encoded string verbatim in the handbook, parsing and serde.

use kernbeleid::catalogus::*;
use kernbeleid::methode::IvpHoofdstuk;
use kernbeleid::Bron;
use kernbeleid::VariantArray;
use proptest::prelude::*;
use serde_json::Value;

const HANDBOEK: &str = include_str!("../bron/kernbeleid-veiligheid-2021.txt");

/// The handbook with `*`/`**` markers dropped and every run of whitespace reduced to one space.
fn handboek() -> String {
    let zonder_sterren: String = HANDBOEK.chars().filter(|&c| c != '*').collect();
    zonder_sterren
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every string in the JSON form of a record, except serialised enum keys and the `bron`.
fn teksten(waarde: &Value, sleutels: &[&str], uit: &mut Vec<String>) {
    match waarde {
        Value::String(s) if !sleutels.contains(&s.as_str()) => uit.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| teksten(v, sleutels, uit)),
        Value::Object(velden) => velden
            .iter()
            .filter(|(k, _)| k.as_str() != "bron")
            .for_each(|(_, v)| teksten(v, sleutels, uit)),
        _ => {}
    }
}

fn gegevens(thema: StrategischThema) -> Value {
    serde_json::to_value(thema.gegevens()).expect("records serialise")
}

#[test]
fn elke_tekst_staat_letterlijk_in_het_handboek() {
    let bron = handboek();
    let mut sleutels: Vec<&str> = IvpHoofdstuk::VARIANTS.iter().map(|h| h.sleutel()).collect();
    sleutels.extend(StrategischThema::VARIANTS.iter().map(|t| t.code()));
    let mut alle = Vec::new();
    for &thema in StrategischThema::VARIANTS {
        teksten(&gegevens(thema), &sleutels, &mut alle);
    }
    assert!(
        alle.len() > 60,
        "te weinig teksten gevonden: {}",
        alle.len()
    );
    // The theme's own content is reached through `uitwerking`.
    assert!(alle.iter().any(|t| t == "Opsporen en vervolging."));
    assert!(alle.iter().any(|t| t == "Jeugdproblematiek."));
    assert!(alle
        .iter()
        .any(|t| t == "Wijze van privacy-borging (AVG-conform werken)."));
    let ontbrekend: Vec<&String> = alle
        .iter()
        .filter(|t| {
            t.is_empty()
                || t.trim() != t.as_str()
                || t.contains("  ")
                || t.contains('\n')
                || t.contains('*')
                || !bron.contains(t.as_str())
        })
        .collect();
    assert!(
        ontbrekend.is_empty(),
        "niet letterlijk in het handboek: {ontbrekend:#?}"
    );
}

#[test]
fn bronnen_en_paginas() {
    let paginas: Vec<Option<u16>> = StrategischThema::VARIANTS
        .iter()
        .map(|t| t.gegevens().bron.pagina)
        .collect();
    assert_eq!(paginas, [Some(19), Some(20), Some(21)]);
    for &thema in StrategischThema::VARIANTS {
        let g = thema.gegevens();
        let kop = format!("Strategisch thema: {}", g.titel);
        assert_eq!(g.bron.sectie, kop);
        assert!(HANDBOEK.lines().any(|l| l == kop), "kop {kop:?} ontbreekt");
        let inhoudsopgave = format!("{kop}\t{}", g.bron.pagina.unwrap_or(0));
        assert!(HANDBOEK.lines().take(60).any(|l| l == inhoudsopgave));
        assert!(g.het_ivp.bron.sectie.starts_with(&kop));
        assert!(g.meer_informatie.bron.sectie.starts_with(&kop));
        assert_eq!(g.thema, thema);
        assert_eq!(g.code, thema.code());
    }
}

#[test]
fn aantallen() {
    assert_eq!(StrategischThema::VARIANTS.len(), 3);
    assert_eq!(GEDIGITALISEERDE_CRIMINALITEIT.modaliteiten.len(), 4);
    assert_eq!(GEDIGITALISEERDE_CRIMINALITEIT.beleidsdoelen.len(), 5);
    assert_eq!(GEDIGITALISEERDE_CRIMINALITEIT.accenten_gemeente.len(), 4);
    assert_eq!(ZORG_EN_VEILIGHEID.themas.len(), 7);
    assert_eq!(ZORG_EN_VEILIGHEID.vaste_elementen.len(), 4);
    assert_eq!(ZORG_EN_VEILIGHEID.verbindingspunten.len(), 6);
    assert_eq!(INFORMATIEMANAGEMENT.redenen.len(), 3);
    assert_eq!(INFORMATIEMANAGEMENT.bestanddelen.len(), 6);
    assert_eq!(INFORMATIEMANAGEMENT.tools.len(), 3);
    let ivp: Vec<usize> = StrategischThema::VARIANTS
        .iter()
        .map(|t| t.gegevens().het_ivp.onderdelen.len())
        .collect();
    assert_eq!(ivp, [2, 4, 3]);
    let meer: Vec<usize> = StrategischThema::VARIANTS
        .iter()
        .map(|t| t.gegevens().meer_informatie.len())
        .collect();
    assert_eq!(meer, [4, 4, 2]);
}

#[test]
fn uitwerking_hoort_bij_het_thema() {
    assert_eq!(
        StrategischThema::GedigitaliseerdeCriminaliteit
            .gegevens()
            .uitwerking,
        Uitwerking::GedigitaliseerdeCriminaliteit(&GEDIGITALISEERDE_CRIMINALITEIT)
    );
    assert_eq!(
        StrategischThema::ZorgEnVeiligheid.gegevens().uitwerking,
        Uitwerking::ZorgEnVeiligheid(&ZORG_EN_VEILIGHEID)
    );
    assert_eq!(
        StrategischThema::Informatiemanagement.gegevens().uitwerking,
        Uitwerking::Informatiemanagement(&INFORMATIEMANAGEMENT)
    );
}

#[test]
fn gedigitaliseerde_criminaliteit_steekproef() {
    let letters: String = GEDIGITALISEERDE_CRIMINALITEIT
        .modaliteiten
        .iter()
        .map(|m| m.letter)
        .collect();
    assert_eq!(letters, "abcd");
    assert_eq!(
        GEDIGITALISEERDE_CRIMINALITEIT.modaliteiten[0].naam,
        "Digitale systemen van burgers, bedrijven en overheden ('Cybercrime')"
    );
    assert_eq!(
        GEDIGITALISEERDE_CRIMINALITEIT.modaliteiten[3].naam,
        "Internet en het reguliere berichtenverkeer"
    );
    assert_eq!(
        GEDIGITALISEERDE_CRIMINALITEIT.beleidsdoelen.items[0],
        "Preventie via versteviging van awareness van risico's, herkenning van signalen."
    );
    for accent in GEDIGITALISEERDE_CRIMINALITEIT.accenten_gemeente {
        assert!(GEDIGITALISEERDE_CRIMINALITEIT.rol_gemeente.contains(accent));
    }
    let plekken = StrategischThema::GedigitaliseerdeCriminaliteit
        .gegevens()
        .het_ivp
        .onderdelen;
    assert_eq!(
        plekken[0].hoofdstukken,
        [IvpHoofdstuk::StrategischeDoelstelling]
    );
    assert_eq!(
        plekken[1].hoofdstukken,
        [
            IvpHoofdstuk::Prioriteiten,
            IvpHoofdstuk::OverigeStrategischeThemas
        ]
    );
    assert!(plekken[1]
        .tekst
        .starts_with("Consequente uitwerking van het 'digitale facet'"));
}

#[test]
fn zorg_en_veiligheid_steekproef() {
    assert_eq!(
        ZORG_EN_VEILIGHEID.themas.items[0],
        "Geweld in afhankelijkheidsrelaties (huiselijk geweld en kindermishandeling)."
    );
    assert_eq!(
        ZORG_EN_VEILIGHEID.themas.items[6],
        "Mensenhandel, uitbuiting en prostitutie."
    );
    assert_eq!(ZORG_EN_VEILIGHEID.vaste_elementen[3], "privacy-borging");
    for element in ZORG_EN_VEILIGHEID.vaste_elementen {
        assert!(ZORG_EN_VEILIGHEID.rol_gemeente.contains(element));
    }
    assert!(
        ZORG_EN_VEILIGHEID.verbindingspunten.items[4].ends_with("('van driehoek naar vijfhoek')")
    );
    let onderdelen = StrategischThema::ZorgEnVeiligheid
        .gegevens()
        .het_ivp
        .onderdelen;
    assert_eq!(onderdelen[3].kop, Some("Hoofdstuk 6: Borging"));
    assert_eq!(
        onderdelen[3].hoofdstukken,
        [IvpHoofdstuk::CoordinatieBeleidscyclus]
    );
    assert_eq!(
        StrategischThema::ZorgEnVeiligheid
            .gegevens()
            .meer_informatie
            .items[1],
        "Handelingsperspectief Zorg en Veiligheid (VNG, juli 2018)"
    );
}

#[test]
fn informatiemanagement_steekproef() {
    assert_eq!(
        INFORMATIEMANAGEMENT.bestanddelen.items[1],
        "Overzicht te realiseren informatieproducten (- profiel en benuttingswijze)."
    );
    assert!(INFORMATIEMANAGEMENT.bestanddelen.items[0]
        .starts_with("Doelomschrijving informatiemanagement i.e."));
    assert_eq!(
        INFORMATIEMANAGEMENT.redenen.items[0],
        "Capaciteit en middelen voor interventies/maatregelen zijn per definitie schaars."
    );
    assert_eq!(
        INFORMATIEMANAGEMENT.tools.items[2],
        "T.b.v. juridische grondslag informatiedeling en -verrijking: ..."
    );
    let onderdelen = StrategischThema::Informatiemanagement
        .gegevens()
        .het_ivp
        .onderdelen;
    assert_eq!(
        onderdelen[0].hoofdstukken,
        [IvpHoofdstuk::StrategischeUitgangspunten]
    );
    assert_eq!(
        onderdelen[2].kop,
        Some("Hoofdstuk 6: Coördinatie en borging")
    );
    assert_eq!(
        INFORMATIEMANAGEMENT.bron,
        Bron::new("Strategisch thema: Informatiemanagement", Some(21))
    );
}

#[test]
fn ivp_koppen_noemen_de_hoofdstuknummers() {
    for &thema in StrategischThema::VARIANTS {
        for onderdeel in thema.gegevens().het_ivp.onderdelen {
            let nummers: Vec<String> = onderdeel
                .hoofdstukken
                .iter()
                .map(|h| h.nummer().to_string())
                .collect();
            let tekst = onderdeel.kop.unwrap_or(onderdeel.tekst);
            assert!(
                tekst.contains(&nummers.join(" en ")),
                "{tekst:?} noemt niet hoofdstuk {nummers:?}"
            );
        }
    }
}

#[test]
fn fromstr_en_display() -> Result<(), OnbekendStrategischThema> {
    for &thema in StrategischThema::VARIANTS {
        assert_eq!(thema.to_string().parse::<StrategischThema>()?, thema);
        assert_eq!(thema.code().parse::<StrategischThema>()?, thema);
        assert_eq!(thema.titel().parse::<StrategischThema>()?, thema);
        assert_eq!(
            thema.code().to_lowercase().parse::<StrategischThema>()?,
            thema
        );
        assert_eq!(thema.to_string(), thema.gegevens().naam);
    }
    let namen = [
        (
            "gedigitaliseerde criminaliteit",
            StrategischThema::GedigitaliseerdeCriminaliteit,
        ),
        (
            "gedigitaliseerde criminaliteit (waaronder cybercrime)",
            StrategischThema::GedigitaliseerdeCriminaliteit,
        ),
        ("zorg en veiligheid", StrategischThema::ZorgEnVeiligheid),
        (
            "informatiemanagement",
            StrategischThema::Informatiemanagement,
        ),
        ("Informatiepositie", StrategischThema::Informatiemanagement),
        ("2", StrategischThema::ZorgEnVeiligheid),
    ];
    for (naam, thema) in namen {
        assert_eq!(naam.parse::<StrategischThema>()?, thema);
    }
    assert_eq!(
        StrategischThema::GedigitaliseerdeCriminaliteit.to_string(),
        "Gedigitaliseerde criminaliteit"
    );
    assert_eq!(
        StrategischThema::ZorgEnVeiligheid.to_string(),
        "Zorg en Veiligheid"
    );
    assert_eq!(
        StrategischThema::Informatiemanagement.to_string(),
        "Informatiemanagement"
    );
    Ok(())
}

#[test]
fn foutmelding() {
    assert_eq!(
        "S4".parse::<StrategischThema>().map_err(|e| e.to_string()),
        Err("onbekend strategisch thema \"S4\": verwacht S1, S2, S3 of de naam van een strategisch thema".to_owned())
    );
    let fout = "zorg en veilgheid"
        .parse::<StrategischThema>()
        .expect_err("onbekend");
    assert_eq!(fout.suggesties(), [StrategischThema::ZorgEnVeiligheid]);
    assert!(fout
        .to_string()
        .ends_with("(bedoelt u \"Zorg en Veiligheid\"?)"));
    assert!("cybercrime".parse::<StrategischThema>().is_err());
}

#[test]
fn serde_json_rondreis() -> Result<(), serde_json::Error> {
    for (thema, code) in StrategischThema::VARIANTS
        .iter()
        .copied()
        .zip(["S1", "S2", "S3"])
    {
        let json = serde_json::to_string(&thema)?;
        assert_eq!(json, format!("\"{code}\""));
        assert_eq!(serde_json::from_str::<StrategischThema>(&json)?, thema);
    }
    assert!(serde_json::from_str::<StrategischThema>("\"S4\"").is_err());
    let json = serde_json::to_value(StrategischThema::ZorgEnVeiligheid.gegevens())?;
    assert_eq!(json["thema"], "S2");
    assert_eq!(
        json["uitwerking"]["zorg_en_veiligheid"]["themas"]["items"][3],
        "Jeugdproblematiek."
    );
    Ok(())
}

proptest! {
    #[test]
    fn fromstr_raakt_nooit_in_paniek(s in "\\PC{0,60}") {
        let _ = s.parse::<StrategischThema>();
    }

    #[test]
    fn codes_met_ruis(s in "[sS ]{0,3}[0-9]{0,4}[ .]{0,2}") {
        if let Ok(thema) = s.parse::<StrategischThema>() {
            prop_assert!(StrategischThema::VARIANTS.contains(&thema));
        }
    }
}
