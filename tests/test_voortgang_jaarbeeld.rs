//! The next year's uitvoeringsplan from a jaarbeeld (`skelet::uitvoeringsplan_na_jaarbeeld`), on
//! the fictitious Amsterdam plan under `tests/fixtures/voortgang/`.

use chrono::NaiveDate;
use kernbeleid::controle::controleer_uitvoeringsplan_bij;
use kernbeleid::document::{
    Document, Invulbaar, Ivp, MaatregelStatus, PeriodeSoort, Rapportageperiode, Uitvoeringsplan,
    Voortgangsrapportage,
};
use kernbeleid::skelet::{uitvoeringsplan_na_jaarbeeld, JaarbeeldFout};
use kernbeleid::voortgang::{voortgang, Invoer};
use proptest::prelude::*;
use strum::VariantArray;

fn pad(naam: &str) -> String {
    format!(
        "{}/tests/fixtures/voortgang/{naam}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn ivp() -> Ivp {
    Ivp::try_from(Document::lees_bestand(pad("ivp-amsterdam-2023-2026.toml")).expect("ivp"))
        .expect("een IVP")
}

fn up_2025() -> Uitvoeringsplan {
    Uitvoeringsplan::try_from(
        Document::lees_bestand(pad("uitvoeringsplan-amsterdam-2025.toml")).expect("up"),
    )
    .expect("een uitvoeringsplan")
}

fn jaarbeeld() -> Voortgangsrapportage {
    Voortgangsrapportage::try_from(
        Document::lees_bestand(pad("jaarbeeld-2025.toml")).expect("jaarbeeld"),
    )
    .expect("een voortgangsrapportage")
}

fn datum(j: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, d).expect("datum")
}

fn tekst(t: &Option<Invulbaar<String>>) -> &str {
    t.as_ref()
        .and_then(Invulbaar::waarde)
        .map_or("", String::as_str)
}

/// The measures of an item under "Doorgeschoven uit 2025", by description.
fn doorgeschoven<'a>(up: &'a Uitvoeringsplan, item: &str) -> Vec<&'a str> {
    up.prioriteiten
        .iter()
        .chain(&up.overige_themas)
        .filter(|i| i.naam == item)
        .flat_map(|i| &i.actiepunten)
        .filter(|a| a.naam == "Doorgeschoven uit 2025")
        .flat_map(|a| &a.maatregelen)
        .filter_map(|m| m.omschrijving.waarde().map(String::as_str))
        .collect()
}

#[test]
fn terugblik_en_doorgeschoven_maatregelen() {
    let ivp = ivp();
    let mut vorig = up_2025();
    // A trekker in last year's plan is kept.
    let trekker = Invulbaar::Waarde("Wethouder Veiligheid".to_owned());
    vorig.prioriteiten[0].actiepunten[0].maatregelen[0].bestuurlijk_trekker = Some(trekker.clone());
    let jb = jaarbeeld();
    let up = uitvoeringsplan_na_jaarbeeld(&ivp, &jb, Some(&vorig)).expect("uitvoeringsplan");
    assert_eq!(up.jaar, 2026);
    assert_eq!(up.gemeenten, ["Amsterdam"]);
    assert_eq!(up.ivp.as_ref().map(|i| i.periode), Some(ivp.periode));

    // Per indicator of the IVP the status the crate computes, in words.
    let beeld = tekst(&up.terugblik.veiligheidsbeeld);
    assert!(beeld.contains(
        jb.samenvatting
            .as_ref()
            .and_then(Invulbaar::waarde)
            .expect("samenvatting")
    ));
    let stand = voortgang(&Invoer {
        uitvoeringsplan: Some(&vorig),
        rapportage: Some(&jb),
        ..Invoer::new(&ivp, jb.peildatum)
    });
    let mut aantal = 0;
    for p in &stand.prioriteiten {
        for i in &p.indicatoren {
            let regel = format!("- {}, {}: {} (", p.naam, i.naam, i.status.als_tekst());
            assert!(beeld.contains(&regel), "{regel}\n{beeld}");
            aantal += 1;
        }
    }
    assert_eq!(aantal, 6);
    assert!(
        beeld.contains(
            "- Aangiftebereidheid: gemeten in het jaarbeeld, maar geen effectindicator van het IVP"
        ),
        "{beeld}"
    );

    // Per measure its status and toelichting, the priority found in last year's plan.
    let aanpak = tekst(&up.terugblik.aanpak);
    for regel in [
        "- Veelvoorkomende criminaliteit, Buurtpreventie-apps in vier wijken: vertraagd. Drie van de vier wijken gestart.",
        "- Veelvoorkomende criminaliteit, Voorlichting hang- en sluitwerk: afgerond",
        "- Winkelcriminaliteit, Collectieve winkelontzegging: afgerond",
        "- Jeugd, Groepsaanpak Oost: niet gestart. Wacht op de politie.",
        "- Veelvoorkomende criminaliteit, Wijkschouw: vervallen. Opgegaan in de buurtpreventie.",
        "4 maatregelen zijn niet afgerond en schuiven door naar 2026.",
    ] {
        assert!(aanpak.contains(regel), "{regel}\n{aanpak}");
    }

    // Carried: what is not afgerond or vervallen, under its own priority.
    assert_eq!(
        doorgeschoven(&up, "Veelvoorkomende criminaliteit"),
        ["Buurtpreventie-apps in vier wijken"]
    );
    assert_eq!(
        doorgeschoven(&up, "Jeugd"),
        ["Jongerenwerk op hotspots in de avond", "Groepsaanpak Oost"]
    );
    assert!(doorgeschoven(&up, "Winkelcriminaliteit").is_empty());
    let app = &up.prioriteiten[0].actiepunten[0].maatregelen[0];
    assert_eq!(app.bestuurlijk_trekker.as_ref(), Some(&trekker));
    // Its old planning has passed: to be set again, not copied.
    assert!(matches!(app.planning, Some(Invulbaar::InTeVullen { .. })));
    assert_eq!(app.gereed_voor, None);
    // A priority the plan does not have: kept, with its status, not lost.
    assert_eq!(up.ongeplaatst.len(), 1, "{:?}", up.ongeplaatst);
    assert_eq!(
        up.ongeplaatst[0].alineas,
        ["Cameratoezicht Zuidas (prioriteit Cameratoezicht): loopt. Met de ondernemers afgesproken, niet in het uitvoeringsplan 2025."]
    );
}

/// Without last year's plan nothing the jaarbeeld lacks is invented: the trekkers stay to be
/// filled in, a measure without a priority is kept apart.
#[test]
fn zonder_vorig_uitvoeringsplan_geen_verzonnen_gegevens() {
    let up = uitvoeringsplan_na_jaarbeeld(&ivp(), &jaarbeeld(), None).expect("uitvoeringsplan");
    let jongerenwerk = up
        .prioriteiten
        .iter()
        .flat_map(|i| &i.actiepunten)
        .flat_map(|a| &a.maatregelen)
        .find(|m| {
            m.omschrijving
                .waarde()
                .is_some_and(|o| o.starts_with("Jongerenwerk"))
        })
        .expect("doorgeschoven");
    assert!(matches!(
        jongerenwerk.bestuurlijk_trekker,
        Some(Invulbaar::InTeVullen { .. })
    ));
    let kop: Vec<_> = up.ongeplaatst.iter().map(|o| o.alineas.len()).collect();
    // Buurtpreventie and Groepsaanpak name no priority; Cameratoezicht one the plan lacks.
    assert_eq!(kop, [3]);
}

/// The result reads back from TOML and JSON and passes UP-009 (a follow-up plan looks back).
#[test]
fn leest_terug_en_voldoet_aan_up_009() {
    let ivp = ivp();
    let up = uitvoeringsplan_na_jaarbeeld(&ivp, &jaarbeeld(), Some(&up_2025())).expect("up");
    let toml = up.naar_toml().expect("toml");
    let terug = Uitvoeringsplan::try_from(Document::lees(toml.as_bytes(), None).expect("lezen"))
        .expect("uitvoeringsplan");
    assert_eq!(terug, up);
    assert_eq!(
        Uitvoeringsplan::uit_json(&up.naar_json()).expect("json"),
        up
    );
    let rapport = controleer_uitvoeringsplan_bij(&terug, &ivp);
    assert_eq!(rapport.met_code("UP-009").count(), 0);
    assert_eq!(rapport.fouten(), 0, "{:?}", rapport.diagnoses());
    // The same plan without its terugblik is what UP-009 finds.
    let mut leeg = terug;
    leeg.terugblik = Default::default();
    assert_eq!(
        controleer_uitvoeringsplan_bij(&leeg, &ivp)
            .met_code("UP-009")
            .count(),
        1
    );
}

#[test]
fn een_jaarbeeld_van_een_ander_plan_wordt_geweigerd() {
    let ivp = ivp();
    let mut ander = jaarbeeld();
    ander.gemeenten = vec!["Utrecht".to_owned()];
    let fout = uitvoeringsplan_na_jaarbeeld(&ivp, &ander, None).expect_err("andere gemeente");
    assert!(matches!(fout, JaarbeeldFout::AndereGemeenten { .. }));
    assert!(fout
        .to_string()
        .starts_with("het jaarbeeld is van Utrecht, het plan van Amsterdam"));

    let mut ander = jaarbeeld();
    if let Some(p) = &mut ander.plan {
        p.periode = "2019-2022".parse().expect("periode");
    }
    let fout = uitvoeringsplan_na_jaarbeeld(&ivp, &ander, None).expect_err("ander IVP");
    assert!(
        fout.to_string().contains("over het IVP 2019-2022"),
        "{fout}"
    );

    let halfjaar = Voortgangsrapportage::try_from(
        Document::lees_bestand(pad("rapportage-2025-halfjaar.toml")).expect("rapportage"),
    )
    .expect("rapportage");
    let fout = uitvoeringsplan_na_jaarbeeld(&ivp, &halfjaar, None).expect_err("halfjaar");
    assert!(
        fout.to_string()
            .starts_with("dit is geen jaarbeeld: de rapportage gaat over een halfjaar"),
        "{fout}"
    );

    let mut vorig = up_2025();
    vorig.jaar = 2024;
    let fout = uitvoeringsplan_na_jaarbeeld(&ivp, &jaarbeeld(), Some(&vorig)).expect_err("jaar");
    assert_eq!(
        fout,
        JaarbeeldFout::AnderUitvoeringsplan {
            jaarbeeld: 2025,
            vorig: 2024
        }
    );

    let mut laatste = jaarbeeld();
    laatste.uitvoeringsplan = None;
    laatste.rapportageperiode = Rapportageperiode::vanaf(PeriodeSoort::Jaar, datum(2026, 1, 1));
    let fout = uitvoeringsplan_na_jaarbeeld(&ivp, &laatste, None).expect_err("buiten");
    assert!(
        fout.to_string()
            .contains("een uitvoeringsplan voor 2027 valt buiten de periode"),
        "{fout}"
    );
}

/// A year from March to March without an uitvoeringsplan named: the year it starts in.
#[test]
fn een_jaar_van_maart_tot_maart() {
    let mut jb = jaarbeeld();
    jb.uitvoeringsplan = None;
    jb.rapportageperiode = Rapportageperiode::vanaf(PeriodeSoort::Jaar, datum(2024, 3, 1));
    jb.peildatum = datum(2025, 2, 28);
    let up = uitvoeringsplan_na_jaarbeeld(&ivp(), &jb, None).expect("up");
    assert_eq!(up.jaar, 2025);
    assert!(tekst(&up.terugblik.aanpak).contains("schuiven door naar 2025"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the statuses: exactly the measures not afgerond or vervallen are carried (under a
    /// priority or kept apart), and every measure is in the terugblik with its status.
    #[test]
    fn precies_wat_niet_af_is_schuift_door(
        statussen in proptest::collection::vec(0..MaatregelStatus::VARIANTS.len(), 7)
    ) {
        let mut jb = jaarbeeld();
        for (m, s) in jb.maatregelen.iter_mut().zip(&statussen) {
            m.status = MaatregelStatus::VARIANTS[*s];
        }
        let up = uitvoeringsplan_na_jaarbeeld(&ivp(), &jb, Some(&up_2025())).expect("up");
        let gedragen: usize = up
            .prioriteiten
            .iter()
            .chain(&up.overige_themas)
            .flat_map(|i| &i.actiepunten)
            .filter(|a| a.naam == "Doorgeschoven uit 2025")
            .map(|a| a.maatregelen.len())
            .sum::<usize>()
            + up.ongeplaatst.iter().map(|o| o.alineas.len()).sum::<usize>();
        let niet_af = jb.maatregelen.iter().filter(|m| !m.status.is_klaar()).count();
        prop_assert_eq!(gedragen, niet_af);
        let aanpak = tekst(&up.terugblik.aanpak);
        for m in &jb.maatregelen {
            let regel = format!("{}: {}", m.maatregel, m.status);
            prop_assert!(aanpak.contains(&regel), "{}", regel);
        }
    }
}
