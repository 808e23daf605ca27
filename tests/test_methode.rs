//! Part 1 of the handbook as encoded in `kernbeleid::methode`: counts, spot checks against the
//! handbook text, and every encoded string found verbatim in the source.

use kernbeleid::methode::*;
use kernbeleid::naam::{Benoembaar, MAX_LENGTE};
use kernbeleid::proces::Keuze;
use kernbeleid::Bron;
use kernbeleid::{EnumCount, VariantArray};
use proptest::prelude::*;
use serde_json::Value;

const HANDBOEK: &str = include_str!("../bron/kernbeleid-veiligheid-2021.txt");

/// The handbook with `*`/`**` markers dropped and every run of whitespace (line and page
/// breaks included) reduced to one space.
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

/// Every `bron` in the JSON form of a record.
fn bronnen(waarde: &Value, uit: &mut Vec<Value>) {
    match waarde {
        Value::Array(items) => items.iter().for_each(|v| bronnen(v, uit)),
        Value::Object(velden) => {
            for (k, v) in velden {
                if k == "bron" {
                    uit.push(v.clone());
                } else {
                    bronnen(v, uit);
                }
            }
        }
        _ => {}
    }
}

fn alle_sleutels() -> Vec<&'static str> {
    let mut sleutels: Vec<&'static str> = Vec::new();
    sleutels.extend(Uitgangspunt::VARIANTS.iter().map(|u| u.sleutel()));
    sleutels.extend(Stap::VARIANTS.iter().map(|s| s.sleutel()));
    sleutels.extend(IvpHoofdstuk::VARIANTS.iter().map(|h| h.sleutel()));
    sleutels.extend(
        UitvoeringsplanHoofdstuk::VARIANTS
            .iter()
            .map(|h| h.sleutel()),
    );
    sleutels.extend(SturingVoorziening::VARIANTS.iter().map(|v| v.sleutel()));
    sleutels
}

fn alle_records() -> Vec<Value> {
    fn json<T: serde::Serialize>(t: &T) -> Value {
        serde_json::to_value(t).expect("records serialise")
    }
    let mut records = Vec::new();
    records.extend(Uitgangspunt::VARIANTS.iter().map(|u| json(u.gegevens())));
    records.extend(Stap::VARIANTS.iter().map(|s| json(s.gegevens())));
    records.extend(IvpHoofdstuk::VARIANTS.iter().map(|h| json(h.gegevens())));
    records.extend(
        UitvoeringsplanHoofdstuk::VARIANTS
            .iter()
            .map(|h| json(h.gegevens())),
    );
    records.extend(
        SturingVoorziening::VARIANTS
            .iter()
            .map(|v| json(v.gegevens())),
    );
    records.push(json(&UITGANGSPUNTEN_INLEIDING));
    records.push(json(&WERKGROEP));
    records.push(json(&STAPPENPLAN_INLEIDING));
    records.push(json(&TIJDSBESLAG_INLEIDING));
    records.push(json(&STAP_4_EN_5_TEGELIJK));
    records.push(json(&EFFECTINDICATOREN));
    records.push(json(&PROCESOVERZICHT));
    records.push(json(&WISSELWERKING));
    records.push(json(&GEZAMENLIJK_IVP));
    records
}

#[test]
fn elke_tekst_staat_letterlijk_in_het_handboek() {
    let bron = handboek();
    // The comparison is strict: one changed letter is not found.
    assert!(bron.contains("Stap voor stap: Beleidsontwikkeling is een complex"));
    assert!(!bron.contains("Stap voor stap: Beleidsontwikkeling is een complexe"));
    assert!(bron.contains("deze vervolgpplannen hebben zodoende mede een evaluatieve functie"));
    let sleutels = alle_sleutels();
    let mut alle = Vec::new();
    for record in alle_records() {
        teksten(&record, &sleutels, &mut alle);
    }
    assert!(
        alle.len() > 150,
        "te weinig teksten gevonden: {}",
        alle.len()
    );
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
fn elke_bron_noemt_een_kop_met_de_pagina_uit_de_inhoudsopgave() {
    let inhoudsopgave: Vec<&str> = HANDBOEK.lines().skip(36).take(21).collect();
    let mut alle = Vec::new();
    for record in alle_records() {
        bronnen(&record, &mut alle);
    }
    assert!(alle.len() > 40);
    for bron in alle {
        let sectie = bron["sectie"].as_str().expect("sectie");
        let pagina = bron["pagina"].as_u64().expect("pagina");
        let (kop, rest) = sectie.split_once(", ").unwrap_or((sectie, ""));
        let regel = format!("{kop}\t{pagina}");
        assert!(
            inhoudsopgave.contains(&regel.as_str()),
            "{regel:?} niet in inhoudsopgave"
        );
        if !rest.is_empty() {
            assert!(
                HANDBOEK.lines().any(|l| l.starts_with(rest)),
                "kop {rest:?} ontbreekt"
            );
        }
    }
}

#[test]
fn aantallen() {
    assert_eq!(Uitgangspunt::VARIANTS.len(), 10);
    assert_eq!(Stap::VARIANTS.len(), 6);
    assert_eq!(IvpHoofdstuk::VARIANTS.len(), 7);
    assert_eq!(UitvoeringsplanHoofdstuk::VARIANTS.len(), 5);
    assert_eq!(SturingVoorziening::VARIANTS.len(), 3);
    assert_eq!(PROCESOVERZICHT.karakteristieken.len(), 3);
    assert_eq!(EFFECTINDICATOREN.kiezen_indicatoren.len(), 7);
    assert_eq!(EFFECTINDICATOREN.bepalen_streefwaarden.len(), 4);
    assert_eq!(GEZAMENLIJK_IVP.voordelen.len(), 3);
    assert_eq!(GEZAMENLIJK_IVP.nadelen.len(), 4);
    assert_eq!(GEZAMENLIJK_IVP.stappen.len(), 5);
    let deelstappen: Vec<usize> = Stap::VARIANTS
        .iter()
        .map(|s| s.deelstappen().len())
        .collect();
    assert_eq!(deelstappen, [3, 8, 3, 7, 7, 0]);
    let formats: Vec<usize> = Stap::VARIANTS
        .iter()
        .map(|s| s.gegevens().formats.len())
        .collect();
    assert_eq!(formats, [1, 2, 1, 2, 2, 1]);
}

#[test]
fn nummers_volgen_de_volgorde() {
    for (i, u) in Uitgangspunt::VARIANTS.iter().enumerate() {
        assert_eq!(usize::from(u.nummer()), i + 1);
        assert_eq!(u.gegevens().uitgangspunt, *u);
    }
    for (i, s) in Stap::VARIANTS.iter().enumerate() {
        assert_eq!(usize::from(s.nummer()), i + 1);
        assert_eq!(s.gegevens().stap, *s);
    }
    for (i, h) in IvpHoofdstuk::VARIANTS.iter().enumerate() {
        assert_eq!(usize::from(h.nummer()), i + 1);
        assert_eq!(h.gegevens().hoofdstuk, *h);
    }
    for (i, h) in UitvoeringsplanHoofdstuk::VARIANTS.iter().enumerate() {
        assert_eq!(usize::from(h.nummer()), i + 1);
        assert_eq!(h.gegevens().hoofdstuk, *h);
    }
    for (i, v) in SturingVoorziening::VARIANTS.iter().enumerate() {
        assert_eq!(usize::from(v.nummer()), i + 1);
        assert_eq!(v.gegevens().voorziening, *v);
    }
    assert_eq!(Stap::Opstart.volgende(), Some(Stap::Veiligheidsanalyse));
    assert_eq!(Stap::VanBeleidNaarUitvoering.volgende(), None);
}

#[test]
fn uitgangspunten_steekproef() {
    let eerste = Uitgangspunt::InteractieEnVerbinding.gegevens();
    assert_eq!(eerste.naam, "Interactie en verbinding");
    assert!(eerste
        .tekst
        .starts_with("Veiligheidsbeleid is het meest effectief wanneer"));
    let vierde = Uitgangspunt::StapVoorStap.gegevens();
    assert_eq!(vierde.naam, "Stap voor stap");
    assert_eq!(
        vierde.tekst,
        "Beleidsontwikkeling is een complex, veelzijdig proces en juist daarom is een heldere stapsgewijze aanpak noodzakelijk (zie hierna)."
    );
    assert_eq!(
        Uitgangspunt::PolitiekBestuurlijkeBorging.naam(),
        "Politiek-bestuurlijke borging"
    );
    assert_eq!(eerste.bron, Bron::new("Uitgangspunten", Some(5)));
}

#[test]
fn werkgroep() {
    assert_eq!(WERKGROEP.max_deelnemers, Bereik::tussen(7, 8));
    assert_eq!(WERKGROEP.max_bijeenkomsten, Bereik::tussen(5, 6));
    assert_eq!(WERKGROEP.trekker, "coördinator integrale veiligheid");
    assert_eq!(WERKGROEP.geformeerd_in, Stap::Opstart);
    assert!(WERKGROEP
        .tekst
        .contains("In totaal telt de werkgroep maximaal 7 a 8 deelnemers."));
    assert!(WERKGROEP.tekst.contains("maximaal 5 a 6 keer bijeen"));
    assert_eq!(WERKGROEP.bron, Bron::new("Werkgroep", Some(6)));
}

#[test]
fn doorlooptijden_zoals_gepubliceerd() {
    let weken: Vec<Option<String>> = Stap::VARIANTS
        .iter()
        .map(|s| s.doorlooptijd_weken().map(|b| b.to_string()))
        .collect();
    assert_eq!(
        weken,
        [
            Some("4 a 6".to_owned()),
            Some("8 a 10".to_owned()),
            Some("plm. 4".to_owned()),
            Some("plm. 8".to_owned()),
            Some("plm. 6".to_owned()),
            None,
        ]
    );
    assert_eq!(
        Stap::Opstart.doorlooptijd_weken(),
        Some(Bereik::tussen(4, 6))
    );
    assert_eq!(
        Stap::Prioritering.doorlooptijd_weken(),
        Some(Bereik::plm(4))
    );
    for &stap in Stap::VARIANTS {
        let kop = match stap.doorlooptijd_weken() {
            Some(b) => format!(
                "Stap {}: {} [doorlooptijd: {} weken]",
                stap.nummer(),
                stap,
                b
            ),
            None => format!("Stap {}: {}", stap.nummer(), stap),
        };
        assert!(HANDBOEK.lines().any(|l| l == kop), "kop {kop:?} ontbreekt");
    }
}

#[test]
fn dagen_van_de_coordinator() {
    let dagen: Vec<String> = Stap::VARIANTS
        .iter()
        .map(|s| s.coordinator_dagen().to_string())
        .collect();
    assert_eq!(
        dagen,
        [
            "plm. 2",
            "8 a 10",
            "plm. 2",
            "plm. 8 a 10",
            "plm. 6 a 8",
            "plm. 2"
        ]
    );
    for &stap in Stap::VARIANTS {
        let regel = format!(
            "- Stap {}: {}: {} dagen",
            stap.nummer(),
            stap,
            stap.coordinator_dagen()
        );
        assert!(
            HANDBOEK.lines().any(|l| l.starts_with(&regel)),
            "{regel:?} ontbreekt"
        );
    }
    assert_eq!(
        Stap::OpstellenIvp.coordinator_dagen(),
        Bereik {
            min: 8,
            max: 10,
            ongeveer: true
        }
    );
}

#[test]
fn stappen_steekproef() {
    let analyse = Stap::Veiligheidsanalyse.gegevens();
    assert_eq!(
        analyse.bron,
        Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6))
    );
    assert_eq!(
        analyse.deelstappen[0],
        "Aan de hand van het format: verzamelen en verwerken cijfers en documenten per thema"
    );
    assert_eq!(
        analyse.formats,
        [
            "Format Veiligheidsanalyserapportage",
            "Voorbeelden Veiligheidsanalyserapportage"
        ]
    );
    assert_eq!(
        Stap::Prioritering.deelstappen()[1],
        "Prioriteringssessie zelf, conform het gekozen 'draaiboek' en met een duur van plm. één uur."
    );
    assert_eq!(
        Stap::Opstart.deelstappen()[1],
        "Besluitvorming over startnotitie"
    );
    assert_eq!(Stap::OpstellenIvp.deelstappen()[6], "Besluitvorming.");
    assert_eq!(
        Stap::OpstellenUitvoeringsplan.gegevens().formats[1],
        "Voorbeelden Uitvoeringplan Integrale Veiligheid."
    );
    assert!(Stap::VanBeleidNaarUitvoering.deelstappen().is_empty());
    assert!(Stap::OpstellenUitvoeringsplan.gegevens().essentie[0].contains("deze vervolgpplannen"));
    assert!(STAP_4_EN_5_TEGELIJK
        .tekst
        .contains("min of meer tegelijk (in nauwe wisselwerking)"));
    assert_eq!(STAP_4_EN_5_TEGELIJK.bron, WISSELWERKING.bron);
    assert!(WISSELWERKING.tekst.starts_with(STAP_4_EN_5_TEGELIJK.tekst));
}

#[test]
fn hoofdstukken_steekproef() {
    let titels: Vec<&str> = IvpHoofdstuk::VARIANTS.iter().map(|h| h.titel()).collect();
    assert_eq!(
        titels,
        [
            "Uitgangssituatie",
            "Strategische doelstelling",
            "Strategische uitgangspunten",
            "Prioriteiten",
            "Overige strategische thema's",
            "Coördinatie, beleidscyclus",
            "Begroting",
        ]
    );
    for &h in IvpHoofdstuk::VARIANTS {
        let regel = format!("- {} **{}.**", h.nummer(), h.titel());
        assert!(
            HANDBOEK.lines().any(|l| l.starts_with(&regel)),
            "{regel:?} ontbreekt"
        );
    }
    let prioriteiten = IvpHoofdstuk::Prioriteiten.gegevens();
    assert_eq!(prioriteiten.vaste_onderdelen.len(), 4);
    assert_eq!(
        prioriteiten.vaste_onderdelen[0],
        "uitleg/toelichting van het veiligheidsthema: waarom is het prioritair in de gemeente?"
    );
    assert_eq!(
        IvpHoofdstuk::Begroting.gegevens().inhoud,
        ["Dit hoofdstuk bevat de financiële onderbouwing van het beleid."]
    );
    let opzet: Vec<&str> = UitvoeringsplanHoofdstuk::VARIANTS
        .iter()
        .map(|h| h.gegevens().opzet)
        .collect();
    assert_eq!(
        opzet,
        [
            "Hoofdlijn IVP (inclusief schets beleidscyclus).",
            "Terugblik (veiligheidsbeeld en aanpak; NB: met name bij de 'vervolgplannen').",
            "Uitwerking prioriteiten.",
            "Uitwerking overige strategische thema's.",
            "Begroting.",
        ]
    );
    for &h in UitvoeringsplanHoofdstuk::VARIANTS {
        let g = h.gegevens();
        assert!(g.opzet.starts_with(g.titel));
        assert!(HANDBOEK
            .lines()
            .any(|l| l == format!("- {} {}", g.nummer, g.opzet)));
    }
    assert!(UitvoeringsplanHoofdstuk::Begroting
        .gegevens()
        .inhoud
        .is_empty());
}

#[test]
fn voorzieningen_steekproef() {
    let namen: Vec<&str> = SturingVoorziening::VARIANTS
        .iter()
        .map(|v| v.naam())
        .collect();
    assert_eq!(
        namen,
        [
            "Periodiek voortgangsoverleg Integrale Veiligheid",
            "Periodieke voortgangsrapportage Integrale Veiligheid",
            "Borging informatiepositie",
        ]
    );
    assert!(SturingVoorziening::Voortgangsrapportage
        .tekst()
        .starts_with("in deze rapportage wordt de ontwikkeling van veiligheidsbeeld en aanpak beknopt gekarakteriseerd"));
}

#[test]
fn effectindicatoren_overzicht_en_meerdere_gemeenten() {
    assert_eq!(
        EFFECTINDICATOREN.bepalen_streefwaarden.items[2],
        "Kijk ook naar doelstellingen en trends van vergelijkbare gemeenten (benchmark)."
    );
    assert_eq!(
        EFFECTINDICATOREN.kiezen_indicatoren.kop,
        Some("Kiezen indicatoren")
    );
    assert_eq!(
        EFFECTINDICATOREN.bron,
        Bron::new("Effectindicatoren", Some(14))
    );
    assert_eq!(PROCESOVERZICHT.karakteristieken[2].naam, "Kanteling");
    assert_eq!(PROCESOVERZICHT.karakteristieken[1].letter, 'b');
    assert_eq!(
        GEZAMENLIJK_IVP.voordelen.items[1],
        "zij kunnen gemakkelijker taken/thema's verdelen"
    );
    assert_eq!(
        GEZAMENLIJK_IVP.nadelen.items[1],
        "de beleidsontwikkeling en -vaststelling zijn complexer, kunnen stroperig worden"
    );
    assert!(GEZAMENLIJK_IVP
        .gezamenlijk_en_lokaal
        .contains("lokaal-specifieke paragrafen"));
    assert!(bij_meerdere_gemeenten(Stap::OpstellenIvp)
        .tekst
        .contains(GEZAMENLIJK_IVP.gezamenlijk_en_lokaal));
    for &stap in Stap::VARIANTS {
        assert!(bij_meerdere_gemeenten(stap).stappen.contains(&stap));
    }
    assert_eq!(
        GEZAMENLIJK_IVP.bron,
        Bron::new("Een IVP met meerdere gemeenten", Some(13))
    );
}

#[test]
fn fromstr_en_display_voor_elke_variant() -> Result<(), Box<dyn std::error::Error>> {
    for &u in Uitgangspunt::VARIANTS {
        assert_eq!(u.to_string().parse::<Uitgangspunt>()?, u);
        assert_eq!(u.sleutel().parse::<Uitgangspunt>()?, u);
        assert_eq!(u.nummer().to_string().parse::<Uitgangspunt>()?, u);
        assert_eq!(u.to_string().to_uppercase().parse::<Uitgangspunt>()?, u);
    }
    for &s in Stap::VARIANTS {
        assert_eq!(s.to_string().parse::<Stap>()?, s);
        assert_eq!(s.sleutel().parse::<Stap>()?, s);
        assert_eq!(s.nummer().to_string().parse::<Stap>()?, s);
        assert_eq!(format!("Stap {}", s.nummer()).parse::<Stap>()?, s);
        assert_eq!(format!("stap {}: {}", s.nummer(), s).parse::<Stap>()?, s);
    }
    for &h in IvpHoofdstuk::VARIANTS {
        assert_eq!(h.to_string().parse::<IvpHoofdstuk>()?, h);
        assert_eq!(h.sleutel().parse::<IvpHoofdstuk>()?, h);
        assert_eq!(h.nummer().to_string().parse::<IvpHoofdstuk>()?, h);
        assert_eq!(
            format!("Hoofdstuk {}", h.nummer()).parse::<IvpHoofdstuk>()?,
            h
        );
    }
    for &h in UitvoeringsplanHoofdstuk::VARIANTS {
        assert_eq!(h.to_string().parse::<UitvoeringsplanHoofdstuk>()?, h);
        assert_eq!(h.sleutel().parse::<UitvoeringsplanHoofdstuk>()?, h);
        assert_eq!(
            h.nummer().to_string().parse::<UitvoeringsplanHoofdstuk>()?,
            h
        );
    }
    for &v in SturingVoorziening::VARIANTS {
        assert_eq!(v.to_string().parse::<SturingVoorziening>()?, v);
        assert_eq!(v.sleutel().parse::<SturingVoorziening>()?, v);
        assert_eq!(v.nummer().to_string().parse::<SturingVoorziening>()?, v);
    }
    assert_eq!(
        "coordinatie beleidscyclus".parse::<IvpHoofdstuk>()?,
        IvpHoofdstuk::CoordinatieBeleidscyclus
    );
    assert_eq!(
        "Politiek bestuurlijke borging".parse::<Uitgangspunt>()?,
        Uitgangspunt::PolitiekBestuurlijkeBorging
    );
    Ok(())
}

#[test]
fn foutmeldingen() {
    assert_eq!(
        "9".parse::<Stap>().map_err(|e| e.to_string()),
        Err("onbekende stap \"9\": verwacht 1 tot en met 6 of de naam van een stap".to_owned())
    );
    assert_eq!(
        "opstrat".parse::<Stap>().map_err(|e| e.to_string()),
        Err("onbekende stap \"opstrat\": verwacht 1 tot en met 6 of de naam van een stap (bedoelt u \"Opstart\"?)".to_owned())
    );
    assert!("0".parse::<IvpHoofdstuk>().is_err());
    assert!("Hoofdstuk 8".parse::<IvpHoofdstuk>().is_err());
    assert!("Stap 1: Prioritering".parse::<Stap>().is_err());
    assert!("".parse::<Uitgangspunt>().is_err());
    assert!("11"
        .parse::<Uitgangspunt>()
        .map_err(|e| e.to_string())
        .unwrap_err()
        .starts_with("onbekend uitgangspunt \"11\": verwacht 1 tot en met 10"));
    assert!("6".parse::<UitvoeringsplanHoofdstuk>().is_err());
    assert!("4".parse::<SturingVoorziening>().is_err());
}

/// Every name of every value of `T`, also with the number before it as a heading prints it
/// ("Stap 4: Opstellen IVP").
fn vormen<T: Benoembaar + core::fmt::Display>() -> Vec<(String, T)> {
    let mut uit = Vec::new();
    for (i, &t) in T::VARIANTS.iter().enumerate() {
        for naam in t.namen() {
            uit.push((naam.to_owned(), t));
            for voorvoegsel in T::VOORVOEGSELS {
                uit.push((format!("{voorvoegsel} {}: {naam}", i + 1), t));
                uit.push((format!("{} {}", voorvoegsel.to_uppercase(), i + 1), t));
            }
        }
        uit.push(((i + 1).to_string(), t));
        uit.push((format!("{} {t}", i + 1), t));
    }
    uit
}

fn controleer_vormen<T>()
where
    T: Benoembaar + core::fmt::Display + core::str::FromStr,
    T::Err: core::fmt::Debug,
{
    for (vorm, t) in vormen::<T>() {
        assert!(
            2 * vorm.len() <= MAX_LENGTE,
            "{vorm:?} komt te dicht bij de grens"
        );
        assert_eq!(T::herken(&vorm), Some(t), "{vorm:?}");
        assert_eq!(vorm.parse::<T>().ok(), Some(t), "{vorm:?}");
    }
}

#[test]
fn elke_vorm_wordt_herkend_en_past_ruim_binnen_de_grens() {
    controleer_vormen::<Stap>();
    controleer_vormen::<IvpHoofdstuk>();
    controleer_vormen::<UitvoeringsplanHoofdstuk>();
    controleer_vormen::<Uitgangspunt>();
    controleer_vormen::<SturingVoorziening>();
}

#[test]
fn strum_afgeleid() {
    assert_eq!(
        (Stap::COUNT, Uitgangspunt::COUNT, SturingVoorziening::COUNT),
        (6, 10, 3)
    );
    assert_eq!(Stap::from_repr(3), Some(Stap::OpstellenIvp));
    assert_eq!(Stap::from_repr(6), None);
    assert_eq!(
        IvpHoofdstuk::OverigeStrategischeThemas.sleutel(),
        "overige_strategische_themas"
    );
    let sleutel: &str = UitvoeringsplanHoofdstuk::HoofdlijnIvp.into();
    assert_eq!(sleutel, "hoofdlijn_ivp");
    assert_eq!(Keuze::COUNT, 3);
    let keuzes: Vec<String> = Keuze::VARIANTS.iter().map(ToString::to_string).collect();
    assert_eq!(keuzes, ["ondergrens", "midden", "bovengrens"]);
    for &k in Keuze::VARIANTS {
        assert_eq!(k.to_string().to_uppercase().parse::<Keuze>(), Ok(k));
        assert_eq!(serde_json::to_string(&k).expect("json"), format!("\"{k}\""));
    }
}

#[test]
fn foutsoorten_zijn_gewone_fouten() {
    fn fout<E: std::error::Error + Send + Sync + Clone + PartialEq + 'static>() {}
    fout::<OnbekendeStap>();
    fout::<OnbekendIvpHoofdstuk>();
    fout::<OnbekendUitvoeringsplanHoofdstuk>();
    fout::<OnbekendeSturingVoorziening>();
    fout::<OnbekendUitgangspunt>();
    let fout = "Hoofdstuk 4: Prioriteitn"
        .parse::<IvpHoofdstuk>()
        .expect_err("onbekend");
    assert_eq!(fout.invoer(), "Hoofdstuk 4: Prioriteitn");
    let fout = "voortgangsoverlg"
        .parse::<SturingVoorziening>()
        .expect_err("onbekend");
    assert_eq!(fout.suggesties(), [SturingVoorziening::Voortgangsoverleg]);
    assert!(fout
        .to_string()
        .ends_with("(bedoelt u \"Periodiek voortgangsoverleg Integrale Veiligheid\"?)"));
}

#[test]
fn serde_json_rondreis() -> Result<(), serde_json::Error> {
    for &u in Uitgangspunt::VARIANTS {
        let json = serde_json::to_string(&u)?;
        assert_eq!(json, format!("\"{}\"", u.sleutel()));
        assert_eq!(serde_json::from_str::<Uitgangspunt>(&json)?, u);
    }
    for &s in Stap::VARIANTS {
        let json = serde_json::to_string(&s)?;
        assert_eq!(json, format!("\"{}\"", s.sleutel()));
        assert_eq!(serde_json::from_str::<Stap>(&json)?, s);
    }
    for &h in IvpHoofdstuk::VARIANTS {
        let json = serde_json::to_string(&h)?;
        assert_eq!(json, format!("\"{}\"", h.sleutel()));
        assert_eq!(serde_json::from_str::<IvpHoofdstuk>(&json)?, h);
    }
    for &h in UitvoeringsplanHoofdstuk::VARIANTS {
        let json = serde_json::to_string(&h)?;
        assert_eq!(json, format!("\"{}\"", h.sleutel()));
        assert_eq!(serde_json::from_str::<UitvoeringsplanHoofdstuk>(&json)?, h);
    }
    for &v in SturingVoorziening::VARIANTS {
        let json = serde_json::to_string(&v)?;
        assert_eq!(json, format!("\"{}\"", v.sleutel()));
        assert_eq!(serde_json::from_str::<SturingVoorziening>(&json)?, v);
    }
    let bereik = Bereik::plm_tussen(6, 8);
    assert_eq!(
        serde_json::from_str::<Bereik>(&serde_json::to_string(&bereik)?)?,
        bereik
    );
    assert!(serde_json::from_str::<Stap>("\"stap_7\"").is_err());
    Ok(())
}

#[test]
fn bereik_weergave() {
    assert_eq!(Bereik::tussen(4, 6).to_string(), "4 a 6");
    assert_eq!(Bereik::plm(4).to_string(), "plm. 4");
    assert_eq!(Bereik::plm_tussen(8, 10).to_string(), "plm. 8 a 10");
    assert_eq!(Bereik::tussen(3, 3).to_string(), "3");
    assert!(Bereik::plm(4).bevat(4) && !Bereik::plm(4).bevat(5));
}

proptest! {
    #[test]
    fn fromstr_raakt_nooit_in_paniek(s in "\\PC{0,60}") {
        let _ = s.parse::<Uitgangspunt>();
        let _ = s.parse::<Stap>();
        let _ = s.parse::<IvpHoofdstuk>();
        let _ = s.parse::<UitvoeringsplanHoofdstuk>();
        let _ = s.parse::<SturingVoorziening>();
    }

    #[test]
    fn herken_is_wat_from_str_accepteert(s in "((stap|hoofdstuk) )?[0-9]{0,2}[ :]{0,2}\\PC{0,20}") {
        prop_assert_eq!(Stap::herken(&s), s.parse::<Stap>().ok());
        prop_assert_eq!(IvpHoofdstuk::herken(&s), s.parse::<IvpHoofdstuk>().ok());
        prop_assert_eq!(Uitgangspunt::herken(&s), s.parse::<Uitgangspunt>().ok());
        if let Err(fout) = s.parse::<Stap>() {
            prop_assert!(fout.to_string().starts_with("onbekende stap \""));
        }
    }

    #[test]
    fn fromstr_met_voorvoegsel_raakt_nooit_in_paniek(s in "(stap|hoofdstuk|Stap|HOOFDSTUK) ?[0-9]{0,25}[ :]{0,3}\\PC{0,20}") {
        let _ = s.parse::<Stap>();
        let _ = s.parse::<IvpHoofdstuk>();
        let _ = s.parse::<UitvoeringsplanHoofdstuk>();
    }
}

#[test]
fn kengetallen_staan_letterlijk_in_de_handreiking() {
    let bron = handboek();
    for k in KENGETALLEN {
        assert!(bron.contains(k.citaat), "{:?}", k.citaat);
        assert!(
            k.citaat.contains(k.woorden),
            "{:?} in {:?}",
            k.woorden,
            k.citaat
        );
        assert!(k.bereik.min <= k.bereik.max);
    }
    assert_eq!(PRIORITEITEN.bereik, Bereik::tussen(3, 4));
    assert_eq!(
        EFFECTINDICATOREN_PER_PRIORITEIT.bereik,
        Bereik::tussen(2, 3)
    );
    assert_eq!(IVP_JAREN.bereik, Bereik::tussen(4, 4));
    assert_eq!(UITVOERINGSPLAN_JAREN.bereik, Bereik::tussen(1, 1));
    // The indicator count is the guidance's own bullet.
    assert!(EFFECTINDICATOREN.kiezen_indicatoren.items[1]
        .starts_with(EFFECTINDICATOREN_PER_PRIORITEIT.citaat));
}
