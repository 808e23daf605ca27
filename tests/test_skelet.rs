//! The main job: skeletons pre-filled from the handbook, their Markdown, their round trips.

use kernbeleid::catalogus::Thema;
use kernbeleid::controle::{controleer, controleer_ivp};
use kernbeleid::document::{Document, Formaat, Invulbaar, Ivp, Periode, ThemaVerwijzing};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::VariantArray;
use proptest::prelude::*;

fn opties(prioriteiten: &str) -> IvpOpties {
    IvpOpties::new(
        ["Utrecht"],
        "2027-2030".parse::<Periode>().expect("periode"),
        PrioriteitKeuze::lijst(prioriteiten).expect("keuze"),
    )
}

#[test]
fn prioriteit_is_gevuld_uit_de_handreiking() {
    let ivp = skelet::ivp(&opties("3.1"));
    let p = &ivp.prioriteiten[0];
    assert_eq!(p.naam, "Jeugdoverlast");
    let toelichting = p
        .toelichting
        .as_ref()
        .and_then(Invulbaar::aanwijzing)
        .expect("open toelichting");
    assert!(
        toelichting.contains(Thema::Jeugdoverlast.gegevens().uitleg),
        "begint met de uitleg"
    );
    let handreiking = Thema::Jeugdoverlast.gegevens();
    let aanpak = handreiking.aanpak.expect("veld 3");
    let maatregelen: Vec<&str> = p
        .maatregelen
        .iter()
        .filter_map(|m| m.waarde().map(String::as_str))
        .collect();
    assert_eq!(maatregelen, aanpak.maatregelen);
    assert_eq!(p.wet_en_regelgeving, aanpak.wet_en_regelgeving);
    assert_eq!(
        p.partners[0],
        format!("intern: {}", aanpak.partners.intern[0])
    );
    let namen: Vec<&str> = p
        .effectindicatoren
        .iter()
        .filter_map(|i| i.naam.waarde().map(String::as_str))
        .collect();
    // One objective and one subjective, the first of each kind in the handbook's cell.
    assert_eq!(
        namen,
        [
            "Politierregistratie: incidenten vandalisme/baldadigheid (VNG/INP), incidenten overlast jeugd (VNG/INP)",
            "Veiligheidsmonitor: overlast van rondhangende jongeren, veiligheidsgevoel op plekken waar groepen jongeren rondhangen",
        ]
    );
    assert!(p
        .raakvlakken
        .contains(&ThemaVerwijzing::Kbv(Thema::SocialeKwaliteit)));
    assert!(!p
        .raakvlakken
        .contains(&ThemaVerwijzing::Kbv(Thema::Jeugdoverlast)));
}

#[test]
fn lege_cel_wordt_gemeld_in_het_skelet() {
    let ivp = skelet::ivp(&opties("5.4"));
    let indicatoren = &ivp.prioriteiten[0].effectindicatoren;
    assert_eq!(indicatoren.len(), 2);
    for i in indicatoren {
        let aanwijzing = i.naam.aanwijzing().expect("open naam");
        assert!(
            aanwijzing.contains("de handreiking noemt bij 5.4 geen effectindicatoren"),
            "{aanwijzing}"
        );
    }
}

#[test]
fn overige_themas_per_veld_geclusterd() {
    let ivp = skelet::ivp(&opties("1.3,5.2,3.2"));
    assert_eq!(ivp.overige_themas.len(), 5);
    let aantal: usize = ivp.overige_themas.iter().map(|o| o.themas.len()).sum();
    assert_eq!(aantal, 19);
    assert_eq!(
        ivp.overige_themas[2].naam,
        "Jeugd en veiligheid (overige thema's)"
    );
    let r = controleer_ivp(&ivp);
    assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
}

#[test]
fn markdown_volgt_de_hoofdstukken_van_de_handreiking() {
    let md = skelet::ivp_naar_markdown(&skelet::ivp(&opties("1.3,5.2,3.2")));
    let koppen: Vec<&str> = md.lines().filter(|r| r.starts_with("## ")).collect();
    assert_eq!(
        koppen,
        [
            "## 1 Uitgangssituatie",
            "## 2 Strategische doelstelling",
            "## 3 Strategische uitgangspunten",
            "## 4 Prioriteiten",
            "## 5 Overige strategische thema's",
            "## 6 Coördinatie, beleidscyclus",
            "## 7 Begroting",
        ]
    );
    assert!(md.starts_with("# Integraal Veiligheidsplan Utrecht 2027-2030\n"));
    assert!(md.contains("\n### 4.2 Georganiseerde/ondermijnende criminaliteit\n"));
    assert!(md.contains("- 5.2 Georganiseerde/ondermijnende criminaliteit (ook een prioriteit)"));
    assert!(md.contains("_[in te vullen: "));
    let up = skelet::uitvoeringsplan_naar_markdown(&skelet::uitvoeringsplan(&skelet::ivp(
        &opties("3.1"),
    )));
    assert!(up.contains("\n## 3 Uitwerking prioriteiten"), "{up}");
    let an = skelet::analyse_naar_markdown(&skelet::analyse(["Utrecht"], 2026));
    assert!(an.contains("\n#### Aspect 1.5 Toezicht en handhaving\n"));
}

#[test]
fn json_en_toml_van_het_skelet_lezen_terug_gelijk() {
    let ivp = skelet::ivp(&opties("Ondermijning=5.2+2.5,1.3"));
    let doc: Document = ivp.clone().into();
    for formaat in [Formaat::Json, Formaat::Toml] {
        let tekst = doc.schrijf(formaat).expect("schrijven");
        let terug = Document::lees(tekst.as_bytes(), None).expect("lezen");
        assert_eq!(terug, doc, "{formaat:?}");
        assert!(controleer(&terug).is_geldig());
        assert_eq!(terug.schrijf(formaat).expect("schrijven"), tekst, "stabiel");
    }
    assert_eq!(ivp.prioriteiten[0].naam, "Ondermijning");
}

#[test]
fn keuze_fouten_zijn_nederlands() {
    let fout = PrioriteitKeuze::lijst("1.3,9.9").expect_err("onbekend");
    assert!(
        fout.to_string()
            .starts_with("ongeldige prioriteit \"9.9\": onbekend"),
        "{fout}"
    );
    let fout = "=1.3".parse::<PrioriteitKeuze>().expect_err("leeg");
    assert_eq!(
        fout.to_string(),
        "ongeldige prioriteit \"=1.3\": de naam voor '=' is leeg"
    );
    assert_eq!(
        "Jeugd=3.1+3.2"
            .parse::<PrioriteitKeuze>()
            .map(|k| k.to_string()),
        Ok("Jeugd=3.1+3.2".to_owned())
    );
}

fn ivp_van(codes: &[usize]) -> Ivp {
    let keuzes = codes
        .iter()
        .map(|i| PrioriteitKeuze::thema(Thema::VARIANTS[*i]))
        .collect();
    skelet::ivp(&IvpOpties::new(
        ["X"],
        Periode::jaren(2027, 2030).expect("p"),
        keuzes,
    ))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn elk_skelet_heeft_geen_fout_en_alle_themas_verantwoord(codes in prop::collection::btree_set(0usize..22, 1..=4)) {
        let codes: Vec<usize> = codes.into_iter().collect();
        let ivp = ivp_van(&codes);
        let r = controleer_ivp(&ivp);
        prop_assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0));
        prop_assert_eq!(ivp.prioriteiten.len(), codes.len());
        let md = skelet::ivp_naar_markdown(&ivp);
        for i in &codes {
            prop_assert!(md.contains(Thema::VARIANTS[*i].naam()));
        }
    }
}

#[test]
fn gezamenlijk_ivp_krijgt_lokale_paragrafen() {
    let gezamenlijk = IvpOpties::new(
        ["Lopik", "Montfoort", "Oudewater"],
        "2027-2030".parse::<Periode>().expect("periode"),
        PrioriteitKeuze::lijst("5.2").expect("keuze"),
    );
    let ivp = skelet::ivp(&gezamenlijk);
    let gemeenten: Vec<&str> = ivp
        .lokale_paragrafen
        .iter()
        .map(|l| l.gemeente.as_str())
        .collect();
    assert_eq!(gemeenten, ["Lopik", "Montfoort", "Oudewater"]);
    let r = controleer_ivp(&ivp);
    assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
    let md = skelet::ivp_naar_markdown(&ivp);
    assert!(md.contains("\n### Lokale paragraaf Montfoort\n"));
    assert!(md.starts_with("# Integraal Veiligheidsplan Lopik, Montfoort, Oudewater 2027-2030\n"));
    assert_eq!(
        skelet::ivp(&opties("5.2")).lokale_paragrafen.len(),
        0,
        "één gemeente: geen lokale paragraaf"
    );
}

/// Compares rendered output with its committed snapshot, `tests/snapshots/{naam}.snap`.
///
/// A difference fails the test, also on CI (`CI=true`, where insta writes nothing). To accept a
/// change: `cargo insta review` (with cargo-insta), or `INSTA_UPDATE=always cargo test --test
/// test_skelet` and review the diff of the `.snap` files.
fn snapshot(naam: &str, beschrijving: &str, uitvoer: &str) {
    // insta ignores trailing whitespace; the rendering ends in exactly one newline.
    assert!(
        uitvoer.ends_with('\n') && !uitvoer.ends_with("\n\n"),
        "{naam}: eindigt niet op precies één regeleinde"
    );
    insta::with_settings!({
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => beschrijving,
    }, {
        insta::assert_snapshot!(naam, uitvoer);
    });
}

#[test]
fn snapshots_van_de_hoofdtaak() {
    let ivp = skelet::ivp(&opties("1.3,5.2,3.2"));
    snapshot(
        "ivp-utrecht-2027-2030",
        "het skelet-IVP voor Utrecht 2027-2030 met prioriteiten 1.3,5.2,3.2, als Markdown",
        &skelet::ivp_naar_markdown(&ivp),
    );
    snapshot(
        "uitvoeringsplan-utrecht-2027",
        "het uitvoeringsplan bij dat skelet, als Markdown",
        &skelet::uitvoeringsplan_naar_markdown(&skelet::uitvoeringsplan(&ivp)),
    );
    let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).expect("datum");
    let planning = kernbeleid::proces::Planning::maak(start, Default::default()).expect("planning");
    snapshot(
        "planning-2027-01-04",
        "de planning vanaf maandag 4 januari 2027, als Markdown",
        &planning.naar_markdown(),
    );
}
