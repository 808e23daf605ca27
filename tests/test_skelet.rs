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
        "Overige thema's van veld 3 Jeugd en veiligheid"
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

// Measured figures in the skeletons (`skelet::vul_cijfers`, `skelet::vul_analyse_cijfers`).

#[cfg(feature = "cijfers")]
mod met_cijfers {
    use super::*;
    use kernbeleid::cijfers::{bereken, lees, Cijfers, Koppeling, Regionamen};
    use kernbeleid::document::{Meting, Richting};
    use std::collections::BTreeMap;

    fn fixture(naam: &str) -> Vec<u8> {
        let pad = format!(
            "{}/tests/fixtures/cijfers/{naam}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(&pad).expect(&pad)
    }

    /// The police's monthly crimes, the Veiligheidsmonitor and CBS's yearly crimes, named.
    fn fixture_cijfers() -> Cijfers {
        let namen = Regionamen::lees(fixture("cbs-regios.csv").as_slice()).expect("namen");
        let mut bestanden: Vec<_> = [
            "politie-47013-gemeente-maand.csv",
            "cbs-85146-veiligheidsmonitor.csv",
            "cbs-83648-regio-jaar.csv",
        ]
        .iter()
        .map(|n| lees(fixture(n).as_slice()).expect(n))
        .collect();
        for b in &mut bestanden {
            b.benoem(&namen);
        }
        bereken(&bestanden, &Koppeling::standaard(), None).expect("bereken")
    }

    /// Yearly police figures for theme 1.3 (category 1.1.1) in GM0344.
    fn jaren(waarden: &[(i32, &str)]) -> Cijfers {
        let mut csv = String::from("ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n");
        for (i, (jaar, w)) in waarden.iter().enumerate() {
            csv.push_str(&format!("{i};1.1.1;GM0344;{jaar}JJ00;{w}\n"));
        }
        bereken(
            &[lees(csv.as_bytes()).expect("lees")],
            &Koppeling::standaard(),
            None,
        )
        .expect("bereken")
    }

    fn skelet_voor(gemeente: &str, prioriteiten: &str) -> Ivp {
        skelet::ivp(&IvpOpties::new(
            [gemeente],
            "2027-2030".parse::<Periode>().expect("periode"),
            PrioriteitKeuze::lijst(prioriteiten).expect("keuze"),
        ))
    }

    fn meting(jaar: i32, waarde: f64) -> Option<Invulbaar<Meting>> {
        Some(Invulbaar::Waarde(Meting { jaar, waarde }))
    }

    #[test]
    fn nulmeting_en_reeks_uit_de_downloads() {
        let cijfers = fixture_cijfers();
        let mut ivp = skelet_voor("Amsterdam", "1.3,3.1");
        let ingevuld = skelet::vul_cijfers(&mut ivp, &cijfers);
        let paden: Vec<&str> = ingevuld.iter().map(|i| i.pad.as_str()).collect();
        assert_eq!(
            paden,
            [
                "/strategische_doelstelling/kwantitatief/0",
                "/prioriteiten/0/effectindicatoren/0",
                "/prioriteiten/1/effectindicatoren/0",
                "/prioriteiten/1/effectindicatoren/1",
            ]
        );

        // 1.3, objective: the police's table (2025 is incomplete, so 2024 is the nulmeting).
        let obj = &ivp.prioriteiten[0].effectindicatoren[0];
        assert_eq!(obj.nulmeting, meting(2024, 10900.0));
        assert_eq!(
            obj.reeks,
            BTreeMap::from([(2022, 11400.0), (2023, 11400.0), (2024, 10900.0)])
        );
        assert_eq!(
            obj.eenheid.as_deref(),
            Some("geregistreerde misdrijven per jaar (Politie 47013NED)")
        );
        let toelichting = obj
            .toelichting
            .as_ref()
            .and_then(Invulbaar::waarde)
            .expect("toelichting");
        assert!(
            toelichting.contains("1.1.1 Diefstal/inbraak woning"),
            "{toelichting}"
        );
        assert!(
            toelichting.contains("niet het VNG/INP-model"),
            "{toelichting}"
        );
        let streef = obj
            .streefwaarde
            .as_ref()
            .and_then(Invulbaar::aanwijzing)
            .expect("open");
        assert!(
            streef.contains("houd rekening met de gemeten trend (2022-2024 dalend, -250 per jaar)"),
            "{streef}"
        );

        // 1.3, subjective: the downloads do not measure slachtofferschap; it stays open.
        let subj = &ivp.prioriteiten[0].effectindicatoren[1];
        assert!(subj
            .nulmeting
            .as_ref()
            .is_some_and(Invulbaar::is_in_te_vullen));
        assert!(subj.reeks.is_empty() && subj.eenheid.is_none() && subj.toelichting.is_none());

        // 3.1: CBS's vernielingen (objective) and the Veiligheidsmonitor (subjective, biennial).
        let jeugd = &ivp.prioriteiten[1].effectindicatoren;
        assert_eq!(jeugd[0].nulmeting, meting(2024, 5800.0));
        assert_eq!(jeugd[1].nulmeting, meting(2023, 13.0));
        assert_eq!(jeugd[1].reeks, BTreeMap::from([(2021, 12.1), (2023, 13.0)]));
        assert_eq!(
            jeugd[1].eenheid.as_deref(),
            Some("rondhangende jongeren (Veiligheidsmonitor 85146NED)")
        );

        // The overarching total, from the police's total (the first of two equally recent).
        let totaal = &ivp.strategische_doelstelling.kwantitatief[0];
        assert_eq!(totaal.nulmeting, meting(2024, 58500.0));
        assert!(totaal
            .eenheid
            .as_deref()
            .is_some_and(|e| e.contains("Politie 47013NED")));

        let r = controleer_ivp(&ivp);
        assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
        assert_eq!(r.met_code("IVP-010").count(), 0, "{r}");
        // What is filled reads back the same.
        let toml = Document::from(ivp.clone())
            .schrijf(Formaat::Toml)
            .expect("toml");
        assert_eq!(Ivp::uit_toml(&toml).expect("terug"), ivp);
        let md = skelet::ivp_naar_markdown(&ivp);
        assert!(md.contains("| 10900 (2024) |"), "{md}");
        assert!(
            md.contains("Gemeten: 2022: 11400; 2023: 11400; 2024: 10900."),
            "{md}"
        );
    }

    #[test]
    fn wat_het_plan_zelf_zegt_blijft_staan() {
        let cijfers = jaren(&[(2022, "450"), (2023, "412"), (2024, "380")]);
        let mut ivp = skelet_voor("GM0344", "1.3");
        ivp.prioriteiten[0].effectindicatoren[0].nulmeting = meting(2021, 470.0);
        assert!(skelet::vul_cijfers(&mut ivp, &cijfers).is_empty());
        let ind = &ivp.prioriteiten[0].effectindicatoren[0];
        assert_eq!(ind.nulmeting, meting(2021, 470.0));
        assert!(ind.reeks.is_empty() && ind.toelichting.is_none());
        // Filling twice changes nothing the second time.
        let mut ivp = skelet_voor("GM0344", "1.3");
        assert_eq!(skelet::vul_cijfers(&mut ivp, &cijfers).len(), 1);
        let eenmaal = ivp.clone();
        assert!(skelet::vul_cijfers(&mut ivp, &cijfers).is_empty());
        assert_eq!(ivp, eenmaal);
    }

    #[test]
    fn een_onbekende_gemeente_krijgt_niets() {
        let cijfers = jaren(&[(2023, "412"), (2024, "380")]);
        let mut ivp = skelet_voor("Amsterdam", "1.3");
        let leeg = ivp.clone();
        assert!(skelet::vul_cijfers(&mut ivp, &cijfers).is_empty());
        assert_eq!(ivp, leeg);
    }

    #[test]
    fn gezamenlijk_ivp_noemt_de_cijfers_per_gemeente() {
        let cijfers = fixture_cijfers();
        let mut ivp = skelet::ivp(&IvpOpties::new(
            ["Amsterdam", "Utrecht"],
            "2027-2030".parse::<Periode>().expect("periode"),
            PrioriteitKeuze::lijst("1.3").expect("keuze"),
        ));
        assert!(skelet::vul_cijfers(&mut ivp, &cijfers).is_empty());
        let ind = &ivp.prioriteiten[0].effectindicatoren[0];
        let aanwijzing = ind
            .nulmeting
            .as_ref()
            .and_then(Invulbaar::aanwijzing)
            .expect("open");
        assert!(
            aanwijzing.ends_with(
                "gemeten per gemeente: Amsterdam 10900 in 2024 (Politie 47013NED); Utrecht 5570 in 2024 (Politie 47013NED)"
            ),
            "{aanwijzing}"
        );
        assert!(ind.reeks.is_empty());
        let r = controleer_ivp(&ivp);
        assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
    }

    /// The controle's IVP-010 on a skeleton filled with figures, once the coordinator sets a
    /// streefwaarde: the measured series decides.
    #[test]
    fn controle_gebruikt_de_gemeten_reeks() {
        // Rising: a streefwaarde below the nulmeting asks for a fall the series does not show.
        let stijgend = jaren(&[(2022, "400"), (2023, "450"), (2024, "500")]);
        let mut ivp = skelet_voor("GM0344", "1.3");
        skelet::vul_cijfers(&mut ivp, &stijgend);
        ivp.prioriteiten[0].effectindicatoren[0].streefwaarde = meting(2030, 450.0);
        let r = controleer_ivp(&ivp);
        let trend: Vec<&str> = r.met_code("IVP-010").map(|d| d.bericht.as_str()).collect();
        assert_eq!(trend.len(), 1, "{r}");
        assert!(
            trend[0].contains(
                "vraagt om een daling, maar de gemeten reeks gaat de andere kant op (400 naar 500)"
            ),
            "{}",
            trend[0]
        );
        assert_eq!(
            r.met_code("IVP-010").next().map(|d| d.pad.as_str()),
            Some("/prioriteiten/0/effectindicatoren/0/streefwaarde")
        );

        // Falling, and the plan asks for a fall to a level the latest year is already below.
        let dalend = jaren(&[(2022, "500"), (2023, "450"), (2024, "380")]);
        let mut ivp = skelet_voor("GM0344", "1.3");
        skelet::vul_cijfers(&mut ivp, &dalend);
        let ind = &mut ivp.prioriteiten[0].effectindicatoren[0];
        ind.richting = Some(Richting::Dalen);
        ind.streefwaarde = meting(2030, 400.0);
        let r = controleer_ivp(&ivp);
        let bereikt: Vec<&str> = r.met_code("IVP-010").map(|d| d.bericht.as_str()).collect();
        assert_eq!(bereikt.len(), 1, "{r}");
        assert!(
            bereikt[0].contains("is volgens de laatste meting (380) al bereikt"),
            "{}",
            bereikt[0]
        );

        // The baseline year of the plan kept earlier than the filled one: the series' latest
        // year counts.
        let mut ivp = skelet_voor("GM0344", "1.3");
        skelet::vul_cijfers(&mut ivp, &dalend);
        let ind = &mut ivp.prioriteiten[0].effectindicatoren[0];
        ind.nulmeting = meting(2022, 500.0);
        ind.streefwaarde = meting(2030, 420.0);
        assert_eq!(controleer_ivp(&ivp).met_code("IVP-010").count(), 1);

        // Falling, and a streefwaarde further down: nothing to say.
        let mut ivp = skelet_voor("GM0344", "1.3");
        skelet::vul_cijfers(&mut ivp, &dalend);
        ivp.prioriteiten[0].effectindicatoren[0].streefwaarde = meting(2030, 340.0);
        let r = controleer_ivp(&ivp);
        assert_eq!(r.met_code("IVP-010").count(), 0, "{r}");
        assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
    }

    #[test]
    fn analyse_krijgt_de_cijfers_per_thema() {
        let cijfers = fixture_cijfers();
        let mut a = skelet::analyse(["Amsterdam"], 2026);
        let leeg = a.clone();
        let n = skelet::vul_analyse_cijfers(&mut a, &cijfers);
        assert!(n > 0);
        let t13 = a
            .themas
            .iter()
            .find(|t| t.thema == Thema::ObjectieveVeiligheid)
            .expect("1.3");
        let politie: Vec<(Option<i32>, Option<&str>)> = t13
            .cijfers
            .iter()
            .filter(|c| c.omschrijving.contains("Politie 47013NED"))
            .map(|c| (c.jaar, c.eenheid.as_deref()))
            .collect();
        // Three complete years, each as a count and per 1,000 inhabitants; 2025 is left out.
        assert_eq!(politie.len(), 6, "{politie:?}");
        assert!(politie.iter().all(|(j, _)| matches!(j, Some(2022..=2024))));
        let waarde_2024 = t13
            .cijfers
            .iter()
            .find(|c| {
                c.omschrijving.contains("Politie 47013NED")
                    && c.jaar == Some(2024)
                    && c.eenheid.as_deref() == Some("geregistreerde misdrijven per jaar")
            })
            .and_then(|c| c.waarde.as_ref()?.waarde().copied());
        assert_eq!(waarde_2024, Some(10900.0));
        // The suggestion nothing measures stays a placeholder.
        let open: Vec<&str> = t13
            .cijfers
            .iter()
            .filter(|c| c.waarde.as_ref().is_some_and(Invulbaar::is_in_te_vullen))
            .map(|c| c.omschrijving.as_str())
            .collect();
        assert!(
            open.iter()
                .any(|o| o.starts_with("Veiligheidsmonitor: slachtofferschap")),
            "{open:?}"
        );
        let probleem = t13
            .problematiek
            .as_ref()
            .and_then(Invulbaar::aanwijzing)
            .expect("open");
        assert!(probleem.contains("Gemeten trends: "), "{probleem}");
        // A theme nothing measures is as it was.
        let onbemeten = |a: &kernbeleid::document::Veiligheidsanalyse| {
            a.themas
                .iter()
                .find(|t| t.thema == Thema::Brandveiligheid)
                .cloned()
        };
        assert_eq!(onbemeten(&a), onbemeten(&leeg));
        let r = controleer(&Document::from(a.clone()));
        assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
        let md = skelet::analyse_naar_markdown(&a);
        assert!(
            md.contains("| 2024 | 10900 | geregistreerde misdrijven per jaar |"),
            "{md}"
        );
        assert!(md.contains("| 2024 | 11,68 | per 1000 inwoners |"), "{md}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the years hold (published or not), the nulmeting is the latest complete,
        /// published year and the series every complete, published year; with none, nothing
        /// is filled.
        #[test]
        fn nulmeting_is_het_laatste_gepubliceerde_jaar(
            waarden in prop::collection::vec(prop::option::of(0u32..100_000), 1..8)
        ) {
            let rijen: Vec<(i32, String)> = waarden
                .iter()
                .enumerate()
                .map(|(i, w)| (2015 + i as i32, w.map_or(".".to_owned(), |w| w.to_string())))
                .collect();
            let rijen_ref: Vec<(i32, &str)> = rijen.iter().map(|(j, w)| (*j, w.as_str())).collect();
            let cijfers = jaren(&rijen_ref);
            let mut ivp = skelet_voor("GM0344", "1.3");
            let ingevuld = skelet::vul_cijfers(&mut ivp, &cijfers);
            let verwacht: BTreeMap<i32, f64> = waarden
                .iter()
                .enumerate()
                .filter_map(|(i, w)| Some((2015 + i as i32, f64::from((*w)?))))
                .collect();
            let ind = &ivp.prioriteiten[0].effectindicatoren[0];
            match verwacht.iter().next_back() {
                Some((jaar, waarde)) => {
                    prop_assert_eq!(ingevuld.len(), 1);
                    prop_assert_eq!(&ind.nulmeting, &meting(*jaar, *waarde));
                    prop_assert_eq!(&ind.reeks, &verwacht);
                }
                None => {
                    prop_assert!(ingevuld.is_empty());
                    prop_assert!(ind.nulmeting.as_ref().is_some_and(Invulbaar::is_in_te_vullen));
                }
            }
            let r = controleer_ivp(&ivp);
            prop_assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0));
        }
    }
}
