//! The crate's own mapping: every line grounded in the handbook, every category placed, and a
//! user's own mapping file read with exact Dutch errors.
#![cfg(feature = "cijfers")]

use kernbeleid::catalogus::{Onderdeel, Thema};
use kernbeleid::cijfers::{
    Classificatie, Doel, Koppeling, Toewijzing, CBS_SOORTEN, POLITIE_SOORTEN, STANDAARDKOPPELING,
    STANDAARDNAAM,
};
use proptest::prelude::*;

fn witruimte(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn handreiking() -> String {
    let pad = format!(
        "{}/bron/kernbeleid-veiligheid-2021.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    witruimte(&std::fs::read_to_string(&pad).unwrap_or_else(|e| panic!("{pad}: {e}")))
}

fn fixture(naam: &str) -> String {
    let pad = format!(
        "{}/tests/fixtures/cijfers/{naam}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&pad).unwrap_or_else(|e| panic!("{pad}: {e}"))
}

#[test]
fn elke_onderbouwing_staat_letterlijk_in_de_handreiking_en_in_het_onderdeel() {
    let tekst = handreiking();
    for regel in &STANDAARDKOPPELING {
        let Doel::Thema {
            thema,
            indicator,
            onderbouwing,
        } = &regel.doel
        else {
            continue;
        };
        let onderbouwing = onderbouwing
            .as_ref()
            .unwrap_or_else(|| panic!("{}: geen onderbouwing", regel.categorie));
        let citaat = witruimte(&onderbouwing.citaat);
        assert!(
            tekst.contains(&citaat),
            "{} → {}: \"{citaat}\" staat niet in de handreiking",
            regel.categorie,
            thema.code()
        );
        let g = thema.gegevens();
        let onderdeel = onderbouwing.onderdeel.expect("onderdeel");
        let deel: Vec<&str> = match onderdeel {
            Onderdeel::Uitleg => vec![g.uitleg],
            Onderdeel::Effectinformatie => g.effectinformatie.to_vec(),
            Onderdeel::Effectindicatoren => g.effectindicatoren.to_vec(),
            anders => panic!(
                "{}: onderdeel {anders} is geen uitleg of effectinformatie/-indicatoren",
                regel.categorie
            ),
        };
        assert!(
            deel.iter().any(|d| witruimte(d).contains(&citaat)),
            "{} → {}: \"{citaat}\" staat niet in de {onderdeel} van het thema",
            regel.categorie,
            thema.code()
        );
        if let Some(i) = indicator {
            let tekst = g.effectindicatoren.get(*i).unwrap_or_else(|| {
                panic!(
                    "{}: indicator {i} bestaat niet bij {}",
                    regel.categorie,
                    thema.code()
                )
            });
            // Registrations feed the police's indicators, survey measures the Veiligheidsmonitor's.
            let politie = tekst.starts_with("Politi");
            let monitor = tekst.starts_with("Veiligheidsmonitor");
            match regel.bron {
                Classificatie::Veiligheidsmonitor => {
                    assert!(monitor, "{} → {tekst}", regel.categorie)
                }
                _ => assert!(politie, "{} → {tekst}", regel.categorie),
            }
            // And where the quote is from the effectindicatoren, it is from that indicator.
            if onderdeel == Onderdeel::Effectindicatoren {
                assert!(
                    witruimte(tekst).contains(&citaat),
                    "{}: \"{citaat}\" hoort bij een andere indicator dan {tekst}",
                    regel.categorie
                );
            }
        }
    }
}

#[test]
fn elke_categorie_van_politie_en_cbs_staat_in_de_koppeling() {
    let koppeling = Koppeling::standaard();
    for (classificatie, soorten) in [
        (Classificatie::Politie, &POLITIE_SOORTEN[..]),
        (Classificatie::Cbs, &CBS_SOORTEN[..]),
    ] {
        for soort in soorten {
            let toewijzing = koppeling.toewijzing(classificatie, soort.titel, Some(soort));
            assert_ne!(toewijzing, Toewijzing::NietIngedeeld, "{soort} ontbreekt");
            if soort.totaal {
                assert!(matches!(toewijzing, Toewijzing::GeenThema(_)), "{soort}");
            }
        }
    }
}

#[test]
fn de_koppeling_is_eenduidig_en_zegt_dat_zij_niet_het_inp_model_is() {
    // A category goes either into themes or into none; never twice to the same place.
    let koppeling = Koppeling::standaard();
    for (i, a) in STANDAARDKOPPELING.iter().enumerate() {
        for b in STANDAARDKOPPELING.iter().skip(i + 1) {
            if a.bron != b.bron || a.categorie != b.categorie || a.trefwoord != b.trefwoord {
                continue;
            }
            assert_eq!(a.thema().is_some(), b.thema().is_some(), "{}", a.categorie);
            assert!(
                (a.thema(), a.indicator()) != (b.thema(), b.indicator()),
                "{} staat twee keer bij {:?}",
                a.categorie,
                a.thema()
            );
        }
    }
    assert!(STANDAARDNAAM.contains("niet het VNG/INP-model"));
    assert_eq!(koppeling.naam(), STANDAARDNAAM);
    // What every theme gets from the police's registrations, as a summary that changes only
    // on purpose.
    let mut gedekt: Vec<&str> = STANDAARDKOPPELING
        .iter()
        .filter(|r| r.bron != Classificatie::Veiligheidsmonitor)
        .filter_map(|r| r.thema())
        .map(Thema::code)
        .collect();
    gedekt.sort_unstable();
    gedekt.dedup();
    assert_eq!(
        gedekt,
        [
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.3", "4.1", "4.3",
            "5.1", "5.2", "5.3"
        ]
    );
}

#[test]
fn voorbeelden_van_de_indeling() {
    let k = Koppeling::standaard();
    let politie = |code: &str| {
        let (soort, _) = Classificatie::Politie.zoek(code).expect(code);
        k.toewijzing(Classificatie::Politie, code, Some(soort))
    };
    assert_eq!(
        politie("2.1.1"),
        Toewijzing::Themas(vec![
            (Thema::SocialeKwaliteit, Some(1)),
            (Thema::JeugdAlcoholEnDrugs, Some(1))
        ])
    );
    assert_eq!(
        politie("1.4.7"),
        Toewijzing::Themas(vec![
            (Thema::VeiligeBedrijventerreinen, Some(0)),
            (Thema::VeiligWinkelgebied, None)
        ])
    );
    assert_eq!(
        politie("1.4.1"),
        Toewijzing::GeenThema(
            "geen thema noemt zedenmisdrijven in uitleg, effectinformatie of effectindicatoren"
        )
    );
    // Keywords for overlast: "drank" and "drugs" both match, each place once.
    assert_eq!(
        k.toewijzing(
            Classificatie::Overlast,
            "Overlast i.v.m. drank en drugs",
            None
        ),
        Toewijzing::Themas(vec![
            (Thema::SocialeKwaliteit, Some(1)),
            (Thema::JeugdAlcoholEnDrugs, Some(1))
        ])
    );
    assert_eq!(
        k.toewijzing(Classificatie::Overlast, "Geluidshinder", None),
        Toewijzing::NietIngedeeld
    );
    // The Veiligheidsmonitor by column stem, whatever the number after it.
    assert_eq!(
        k.toewijzing(
            Classificatie::Veiligheidsmonitor,
            "RapportcijferVeiligheidInBuurt_60",
            None
        ),
        k.toewijzing(
            Classificatie::Veiligheidsmonitor,
            "RapportcijferVeiligheidInBuurt_61",
            None
        ),
    );
    assert_eq!(
        k.toewijzing(Classificatie::Veiligheidsmonitor, "Slachtoffers_72", None),
        Toewijzing::NietIngedeeld
    );
}

#[test]
fn de_eigen_koppeling_schrijft_en_leest_terug() {
    let standaard = Koppeling::standaard();
    let toml = standaard.naar_toml();
    assert!(
        toml.contains("categorie = \"1.1.1\"  # 1.1.1 Diefstal/inbraak woning\nthema = \"1.3\""),
        "{}",
        &toml[..600]
    );
    let terug = Koppeling::uit_toml(&toml).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(terug, standaard);
}

#[test]
fn een_eigen_koppeling_uit_een_bestand() {
    let eigen =
        Koppeling::uit_toml(&fixture("eigen-koppeling.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(eigen.naam(), "Vijfheerenlanden, indeling 2025");
    assert_eq!(eigen.regels().len(), 4);
    let (zeden, _) = Classificatie::Politie.zoek("1.4.1").expect("1.4.1");
    assert_eq!(
        eigen.toewijzing(Classificatie::Politie, "1.4.1", Some(zeden)),
        Toewijzing::Themas(vec![(Thema::ObjectieveVeiligheid, Some(1))])
    );
    // It replaces the crate's: what it does not name is not classified.
    let (fiets, _) = Classificatie::Politie.zoek("1.2.3").expect("1.2.3");
    assert_eq!(
        eigen.toewijzing(Classificatie::Politie, "1.2.3", Some(fiets)),
        Toewijzing::NietIngedeeld
    );
    assert_eq!(
        eigen.toewijzing(Classificatie::Overlast, "Geluidshinder", None),
        Toewijzing::Themas(vec![(Thema::SocialeKwaliteit, Some(1))])
    );
}

fn fout(toml: &str) -> String {
    match Koppeling::uit_toml(toml) {
        Ok(_) => panic!("verwacht een fout voor:\n{toml}"),
        Err(e) => e.to_string(),
    }
}

const KOP: &str = "[[koppeling]]\nbron = \"politie\"\n";

#[test]
fn foutmeldingen_van_een_eigen_koppeling() {
    assert_eq!(
        fout("[[koppeling]\n"),
        "regel 1, kolom 13: geen geldige TOML; verwacht sleutel = \"waarde\"-regels en [[koppeling]]-tabellen"
    );
    assert_eq!(
        fout("naam = \"x\"\n"),
        "regel 1, kolom 1: geen [[koppeling]]-tabellen; verwacht minstens één koppeling van een categorie aan een thema of aan geen thema"
    );
    assert_eq!(
        fout("titel = \"x\"\n"),
        "regel 1, kolom 1 (titel): onbekende sleutel \"titel\"; verwacht naam of koppeling"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\nindikator = \"x\"\n")),
        "regel 5, kolom 1 (koppeling[0].indikator): onbekende sleutel \"indikator\"; verwacht bron, categorie, trefwoord, thema, indicator, onderdeel, onderbouwing of geen_thema"
    );
    assert_eq!(
        fout("[[koppeling]]\nbron = \"buurtapp\"\ncategorie = \"x\"\nthema = \"1.3\"\n"),
        "regel 2, kolom 8 (koppeling[0].bron): onbekende bron \"buurtapp\": verwacht politie, cbs, overlast of veiligheidsmonitor"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"woninginbraken\"\nthema = \"1.3\"\n")),
        "regel 3, kolom 13 (koppeling[0].categorie): onbekende categorie \"woninginbraken\" voor bron politie; verwacht een sleutel, code of titel uit de lijst, zoals \"Diefstal/inbraak woning\""
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"fietsen\"\nthema = \"1.3\"\n")),
        "regel 3, kolom 13 (koppeling[0].categorie): onbekende categorie \"fietsen\" voor bron politie; verwacht een sleutel, code of titel uit de lijst, zoals \"Diefstal/inbraak woning\" (bedoelt u \"1.2.3 Diefstal van brom-, snor-, fietsen\"?)"
    );
    assert_eq!(
        fout(&format!("{KOP}trefwoord = \"inbraak\"\nthema = \"1.3\"\n")),
        "regel 3, kolom 13 (koppeling[0].trefwoord): een trefwoord bij bron politie; verwacht categorie met een sleutel, code of titel uit de lijst (trefwoorden zijn er voor overlast en veiligheidsmonitor)"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"Totaal misdrijven\"\nthema = \"1.3\"\n")),
        "regel 4, kolom 9 (koppeling[0].thema): categorie \"Totaal misdrijven\" is het totaal van alle soorten en staat altijd bij de totalen; verwacht geen_thema in plaats van thema"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"Woninginbraak\"\n")),
        "regel 4, kolom 9 (koppeling[0].thema): onbekend veiligheidsthema \"Woninginbraak\": verwacht een code van 1.1 tot en met 5.5 of de naam van een thema (bedoelt u 1.3 Objectieve veiligheid/ veelvoorkomende en high impact crime?)"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\nindicator = \"aantal woninginbraken\"\n")),
        "regel 5, kolom 13 (koppeling[0].indicator): onbekende effectindicator \"aantal woninginbraken\" bij thema 1.3; verwacht een van: \
         \"Veiligheidsmonitor: slachtofferschap vermogensdelicten, slachtofferschap geweldsdelicten\"; \
         \"Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit\"; \
         \"Gemeente/Zorg- en Veiligheidshuis: PGA/Top X, 'complexe casuïstiek'\""
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"3.4\"\nindicator = \"x\"\n")),
        "regel 5, kolom 13 (koppeling[0].indicator): onbekende effectindicator \"x\": de handreiking noemt bij thema 3.4 geen effectindicatoren; laat indicator weg"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\nonderdeel = \"uitleg\"\nonderbouwing = \"kraken\"\n")),
        "regel 6, kolom 16 (koppeling[0].onderbouwing): \"kraken\" staat niet in de uitleg van thema 1.3; verwacht letterlijke woorden uit dat onderdeel"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\nonderdeel = \"aanpak\"\nonderbouwing = \"x\"\n")),
        "regel 5, kolom 13 (koppeling[0].onderdeel): onbekend onderdeel \"aanpak\"; verwacht uitleg, effectinformatie of effectindicatoren"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = 13\n")),
        "regel 4, kolom 9 (koppeling[0].thema): een geheel getal; verwacht een tekst tussen aanhalingstekens"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\n")),
        "regel 1, kolom 1 (koppeling[0]): de sleutel thema ontbreekt; verwacht thema = \"1.3\" (of geen_thema = \"reden\")"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\ngeen_thema = \"nee\"\n")),
        "regel 5, kolom 14 (koppeling[0].geen_thema): thema en geen_thema samen; verwacht één van beide"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\n\n{KOP}categorie = \"Diefstal/inbraak woning\"\ngeen_thema = \"toch niet\"\n")),
        "regel 6, kolom 1 (koppeling[1]): categorie \"Diefstal/inbraak woning\" staat ook in koppeling[0], de ene keer bij een thema en de andere keer bij geen thema; verwacht één van beide"
    );
    assert_eq!(
        fout(&format!("{KOP}categorie = \"1.1.1\"\nthema = \"1.3\"\n\n{KOP}categorie = \"1.1.1 \"\nthema = \"Objectieve veiligheid\"\n")),
        "regel 6, kolom 1 (koppeling[1]): categorie \"1.1.1\" staat al in koppeling[0] bij thema 1.3 en dezelfde indicator; verwacht elke koppeling één keer"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn willekeurige_tekst_laat_de_koppelingslezer_nooit_vallen(tekst in "\\PC{0,200}") {
        let _ = Koppeling::uit_toml(&tekst);
    }

    #[test]
    fn willekeurige_waarden_in_een_geldige_vorm(
        bron in "[a-z]{0,12}|politie|cbs|overlast|veiligheidsmonitor",
        categorie in "\\PC{0,20}|1\\.1\\.1|0\\.0\\.0",
        thema in "\\PC{0,10}|1\\.3|5\\.2",
        indicator in "\\PC{0,30}",
    ) {
        let toml = format!(
            "[[koppeling]]\nbron = {:?}\ncategorie = {:?}\nthema = {:?}\nindicator = {:?}\n",
            bron, categorie, thema, indicator
        );
        match Koppeling::uit_toml(&toml) {
            Ok(k) => prop_assert_eq!(k.regels().len(), 1),
            Err(e) => prop_assert!(e.to_string().contains("koppeling[0]") || e.to_string().contains("TOML")),
        }
    }
}
