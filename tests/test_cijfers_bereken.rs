//! From downloads to series per gemeente, theme, indicator and year: years from months,
//! incomplete and unpublished years, CBS groups, rates, trends, lookups, JSON and CSV.
#![cfg(feature = "cijfers")]

use kernbeleid::catalogus::Thema;
use kernbeleid::cijfers::{
    bereken, lees, Apart, Bestand, Cijfers, Classificatie, Inwoners, Koppeling, Niveau, Punt,
    Tabel, Toewijzing, TrendRichting, POLITIE_SOORTEN,
};
use kernbeleid::document::Meting;
use proptest::prelude::*;

const OBJECTIEF: &str =
    "Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit";
const SUBJECTIEF: &str = "Veiligheidsmonitor: rapportcijfer veiligheid van de buurt, veiligheidsgevoel in de eigen buurt, inschatting kans op slachtofferschap, vermijdingsgedrag";

fn fixture(naam: &str) -> Bestand {
    let pad = format!(
        "{}/tests/fixtures/cijfers/{naam}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&pad).unwrap_or_else(|e| panic!("{pad}: {e}"));
    lees(bytes.as_slice()).unwrap_or_else(|e| panic!("{pad}: {e}"))
}

fn inwoners() -> Inwoners {
    let pad = format!(
        "{}/tests/fixtures/cijfers/inwoners.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    Inwoners::lees(std::fs::read(&pad).expect("inwoners").as_slice()).expect("inwoners")
}

fn waarden(punten: &[Punt]) -> Vec<(i32, Option<f64>, bool)> {
    punten
        .iter()
        .map(|p| (p.jaar, p.waarde, p.volledig))
        .collect()
}

fn politie() -> Cijfers {
    bereken(
        &[fixture("politie-47013-gemeente-maand.csv")],
        &Koppeling::standaard(),
        None,
    )
    .expect("bereken")
}

#[test]
fn jaren_uit_jaarrijen_en_maanden_met_de_laatste_maand_onvolledig() {
    let cijfers = politie();
    let reeks = cijfers
        .reeks_voor("GM0363", Thema::ObjectieveVeiligheid, OBJECTIEF)
        .expect("reeks 1.3");
    assert_eq!(reeks.bron, Tabel::GeregistreerdeMisdrijven);
    assert_eq!(
        reeks.categorieen,
        [
            "1.1.1 Diefstal/inbraak woning",
            "1.2.3 Diefstal van brom-, snor-, fietsen"
        ]
    );
    assert_eq!(
        waarden(&reeks.waarden),
        [
            (2022, Some(11400.0), true),
            (2023, Some(11400.0), true),
            (2024, Some(10900.0), true),
            (2025, Some(5917.0), false)
        ]
    );
    assert_eq!(
        reeks.waarden[3].opmerking.as_deref(),
        Some("7 van de 12 maanden in de invoer; de laatste maand van de download (2025 juli) is nog onvolledig")
    );
    let trend = reeks.trend.as_ref().expect("trend");
    assert_eq!(
        (trend.van, trend.tot, trend.jaren),
        (2022, 2024, 3),
        "alleen volledige jaren"
    );
    assert_eq!(
        (trend.verschil, trend.procent, trend.per_jaar),
        (-500.0, Some(-4.39), -250.0)
    );
    assert_eq!(trend.richting, TrendRichting::Dalend);
    let nulmeting = reeks.nulmeting().expect("nulmeting");
    assert_eq!(nulmeting.beschrijving(), "10900 in 2024 (Politie 47013NED)");
    assert_eq!(
        Meting::from(nulmeting),
        Meting {
            jaar: 2024,
            waarde: 10900.0
        }
    );
    assert_eq!(
        reeks.jaarreeks().into_iter().collect::<Vec<_>>(),
        [(2022, 11400.0), (2023, 11400.0), (2024, 10900.0)]
    );
}

#[test]
fn niet_gepubliceerd_is_geen_nul() {
    let cijfers = politie();
    let winkel = cijfers
        .reeksen_voor("GM1961", Thema::VeiligWinkelgebied)
        .next()
        .expect("reeks 2.1");
    assert_eq!(
        waarden(&winkel.waarden),
        [
            (2022, Some(40.0), true),
            (2023, None, false),
            (2024, Some(38.0), true),
            (2025, None, false)
        ]
    );
    assert_eq!(
        winkel.waarden[1].opmerking.as_deref(),
        Some("niet gepubliceerd")
    );
    assert_eq!(
        winkel.waarden[3].opmerking.as_deref(),
        Some("7 van de 12 maanden in de invoer; niet gepubliceerd: mei; de laatste maand van de download (2025 juli) is nog onvolledig")
    );
    // The trend skips the unpublished year instead of reading it as 0.
    let trend = winkel.trend.as_ref().expect("trend");
    assert_eq!(
        (trend.van, trend.tot, trend.jaren, trend.verschil),
        (2022, 2024, 2, -2.0)
    );
}

#[test]
fn totalen_en_categorieen_zonder_thema_blijven_zichtbaar() {
    let cijfers = politie();
    let totaal: Vec<_> = cijfers
        .totalen
        .iter()
        .filter(|t| t.regio.is("GM0344"))
        .collect();
    assert_eq!(totaal.len(), 1);
    assert_eq!(totaal[0].categorie, "Totaal misdrijven");
    assert_eq!(totaal[0].soort, Apart::Totaal);
    assert_eq!(totaal[0].waarden[0].waarde, Some(30500.0));
    let zeden: Vec<_> = cijfers
        .zonder_thema
        .iter()
        .filter(|t| t.regio.is("GM0344"))
        .collect();
    assert_eq!(zeden.len(), 1);
    assert_eq!(zeden[0].categorie, "1.4.1 Zedenmisdrijf");
    assert_eq!(zeden[0].soort, Apart::GeenThema);
    assert_eq!(
        zeden[0].reden.as_deref(),
        Some("geen thema noemt zedenmisdrijven in uitleg, effectinformatie of effectindicatoren")
    );
    assert_eq!(zeden[0].waarden[2].waarde, Some(121.0));
}

#[test]
fn cbs_groepen_tellen_zonder_hun_subcategorieen() {
    let cijfers = bereken(
        &[fixture("cbs-83648-regio-jaar.csv")],
        &Koppeling::standaard(),
        None,
    )
    .expect("bereken");
    let objectief = cijfers
        .reeks_voor("GM0363", Thema::ObjectieveVeiligheid, OBJECTIEF)
        .expect("1.3");
    // 1 minus 1.1 (6000) + 1.1 (30000) + 3.1 mishandeling (3000): group 1 counted once.
    assert_eq!(objectief.waarden[0].waarde, Some(39000.0));
    assert_eq!(
        objectief.categorieen,
        [
            "1 Vermogensmisdrijven",
            "1.1 Diefstal/verduistering en inbraak",
            "3.1 Mishandeling"
        ]
    );
    // 2 minus 2.1 and 3 minus 3.1 are in no theme, marked as the part left over.
    let rest: Vec<(String, Option<f64>)> = cijfers
        .zonder_thema
        .iter()
        .filter(|r| r.regio.is("GM0363"))
        .map(|r| (r.categorie.clone(), r.waarden[0].waarde))
        .collect();
    assert_eq!(
        rest,
        [
            (
                "2 Vernielingen, misdr. openb. orde/gezag".to_owned(),
                Some(3000.0)
            ),
            ("3 Gewelds- en seksuele misdrijven".to_owned(), Some(5000.0))
        ]
    );
    let groep_2 = cijfers
        .zonder_thema
        .iter()
        .find(|r| r.regio.is("GM0363"))
        .expect("groep 2");
    assert_eq!(
        groep_2.waarden[0].opmerking.as_deref(),
        Some("zonder de subcategorieën die ook in de invoer staan")
    );
    // Drugs: 2024 unpublished.
    let drugs = cijfers
        .reeksen_voor("GM0363", Thema::OndermijnendeCriminaliteit)
        .next()
        .expect("5.2");
    assert_eq!(drugs.indicator, None);
    assert_eq!(
        waarden(&drugs.waarden),
        [
            (2022, Some(2500.0), true),
            (2023, Some(2400.0), true),
            (2024, None, false)
        ]
    );
    // Every count of a gemeente is somewhere exactly once: themes by category, plus the rest.
    for gemeente in ["GM0363", "GM0344"] {
        let totaal = cijfers
            .totalen
            .iter()
            .find(|t| t.regio.is(gemeente))
            .expect("totaal");
        assert_eq!(
            totaal.waarden[0].per_1000,
            Some(if gemeente == "GM0363" { 69.1 } else { 84.3 })
        );
    }
}

#[test]
fn per_1000_inwoners_uit_83648_of_eigen_opgave() {
    let bestanden = [
        fixture("cbs-83648-regio-jaar.csv"),
        fixture("politie-47013-gemeente-maand.csv"),
    ];
    let afgeleid = bereken(&bestanden, &Koppeling::standaard(), None).expect("bereken");
    let reeks = afgeleid
        .reeksen
        .iter()
        .find(|r| {
            r.regio.is("GM0363")
                && r.bron == Tabel::GeregistreerdeMisdrijven
                && r.thema == Thema::ObjectieveVeiligheid
        })
        .expect("47013 1.3");
    // 11400 / (61000 * 1000 / 69.1 = 882779) * 1000
    assert_eq!(reeks.waarden[0].per_1000, Some(12.91));
    assert_eq!(
        reeks.waarden[3].per_1000, None,
        "2025 heeft geen inwonertal"
    );
    let eigen = bereken(&bestanden, &Koppeling::standaard(), Some(&inwoners())).expect("bereken");
    let reeks = eigen
        .reeksen
        .iter()
        .find(|r| {
            r.regio.is("GM0363")
                && r.bron == Tabel::GeregistreerdeMisdrijven
                && r.thema == Thema::ObjectieveVeiligheid
        })
        .expect("47013 1.3");
    // 11400 / 882633 * 1000, and 2025 from the user's figure.
    assert_eq!(reeks.waarden[0].per_1000, Some(12.92));
    assert_eq!(reeks.waarden[3].per_1000, Some(6.33));
    assert_eq!(
        reeks.nulmeting().map(|n| n.beschrijving()).as_deref(),
        Some("10900 in 2024 (11.67 per 1000 inwoners; Politie 47013NED)")
    );
}

#[test]
fn reeks_voor_kiest_de_recentste_volledige_reeks() {
    let bestanden = [
        fixture("cbs-83648-regio-jaar.csv"),
        fixture("politie-47013-gemeente-maand.csv"),
    ];
    let cijfers = bereken(&bestanden, &Koppeling::standaard(), None).expect("bereken");
    assert_eq!(
        cijfers
            .reeksen_voor("GM0363", Thema::ObjectieveVeiligheid)
            .count(),
        2
    );
    // Both end in 2024 with three complete years: the first in the output order (CBS after
    // the police in table order).
    let reeks = cijfers
        .reeks_voor(
            "gm0363",
            Thema::ObjectieveVeiligheid,
            &OBJECTIEF.to_uppercase(),
        )
        .expect("reeks");
    assert_eq!(reeks.bron, Tabel::GeregistreerdeMisdrijven);
    assert!(cijfers
        .reeks_voor(
            "GM0363",
            Thema::ObjectieveVeiligheid,
            "aantal woninginbraken"
        )
        .is_none());
    assert!(cijfers
        .reeks_voor("GM9999", Thema::ObjectieveVeiligheid, OBJECTIEF)
        .is_none());
}

#[test]
fn cbs_met_titels_voorlopig_en_zonder_groep() {
    let cijfers = bereken(
        &[fixture("cbs-83648-titels.csv")],
        &Koppeling::standaard(),
        None,
    )
    .expect("bereken");
    let reeks = cijfers
        .reeks_voor("Vijfheerenlanden", Thema::ObjectieveVeiligheid, OBJECTIEF)
        .expect("1.3");
    assert_eq!(
        waarden(&reeks.waarden),
        [
            (2022, Some(715.0), true),
            (2023, Some(702.0), true),
            (2024, Some(661.0), true)
        ]
    );
    assert!(reeks.waarden[2].voorlopig);
    assert_eq!(reeks.waarden[0].per_1000, Some(12.43));
    let verkrachting = cijfers
        .zonder_thema
        .iter()
        .find(|r| r.categorie.starts_with("3.3.2"))
        .expect("3.3.2");
    assert_eq!(
        waarden(&verkrachting.waarden),
        [
            (2022, Some(3.0), true),
            (2023, None, false),
            (2024, Some(4.0), true)
        ]
    );
}

#[test]
fn veiligheidsmonitor_met_marges_per_maat() {
    let cijfers = bereken(
        &[fixture("cbs-85146-veiligheidsmonitor.csv")],
        &Koppeling::standaard(),
        None,
    )
    .expect("bereken");
    let maten: Vec<&str> = cijfers
        .reeksen_voor("GM0363", Thema::SubjectieveVeiligheid)
        .map(|r| r.maat.as_str())
        .collect();
    assert_eq!(
        maten,
        [
            "RapportcijferVeiligheidInBuurt",
            "VoeltZichWeleensOnveiligInBuurt"
        ]
    );
    let rapportcijfer = cijfers
        .reeks_voor("GM0363", Thema::SubjectieveVeiligheid, SUBJECTIEF)
        .expect("1.4");
    assert_eq!(rapportcijfer.bron, Tabel::Veiligheidsmonitor);
    let p = &rapportcijfer.waarden[1];
    assert_eq!(
        (p.jaar, p.waarde, p.ondergrens, p.bovengrens, p.per_1000),
        (2023, Some(6.8), Some(6.7), Some(6.9), None)
    );
    assert_eq!(
        rapportcijfer.trend.as_ref().map(|t| t.richting),
        Some(TrendRichting::Gelijk)
    );
    let onveilig = cijfers
        .reeksen_voor("GM0363", Thema::SubjectieveVeiligheid)
        .find(|r| r.maat == "VoeltZichWeleensOnveiligInBuurt")
        .expect("onveilig");
    assert_eq!(
        onveilig.trend.as_ref().map(|t| (t.richting, t.per_jaar)),
        Some((TrendRichting::Stijgend, 0.95))
    );
    // A small gemeente: nothing published, and that is said.
    let klein = cijfers
        .reeksen_voor("GM1961", Thema::SubjectieveVeiligheid)
        .next()
        .expect("GM1961");
    assert_eq!(waarden(&klein.waarden), [(2023, None, false)]);
    assert_eq!(
        klein.waarden[0].opmerking.as_deref(),
        Some("niet gepubliceerd")
    );
    assert!(klein.nulmeting().is_none());
    let niet: Vec<&str> = cijfers
        .niet_gebruikt
        .iter()
        .map(|n| n.maat.as_str())
        .collect();
    assert_eq!(niet, ["Slachtoffers_72"]);
}

#[test]
fn overlast_per_wijk_en_buurt_op_trefwoord() {
    let cijfers = bereken(
        &[fixture("politie-47024-overlast-wijk-buurt.csv")],
        &Koppeling::standaard(),
        None,
    )
    .expect("bereken");
    let jeugd: Vec<(Niveau, Option<f64>)> = cijfers
        .reeksen
        .iter()
        .filter(|r| r.thema == Thema::Jeugdoverlast)
        .map(|r| (r.regio.niveau, r.waarden[0].waarde))
        .collect();
    assert_eq!(
        jeugd,
        [
            (Niveau::Gemeente, Some(76.0)),
            (Niveau::Wijk, Some(24.0)),
            (Niveau::Buurt, Some(7.0))
        ]
    );
    let gemeente = cijfers
        .reeksen
        .iter()
        .find(|r| r.thema == Thema::Jeugdoverlast)
        .expect("3.1");
    assert_eq!(gemeente.gemeente, "Vijfheerenlanden");
    assert_eq!(
        gemeente.waarden[0].opmerking.as_deref(),
        Some("2 van de 12 maanden in de invoer")
    );
    assert_eq!(
        gemeente.waarden[1].opmerking.as_deref(),
        Some("1 van de 12 maanden in de invoer; de laatste maand van de download (2026 januari) is nog onvolledig")
    );
    let geluid: Vec<Apart> = cijfers
        .zonder_thema
        .iter()
        .filter(|r| r.categorie == "Geluidshinder")
        .map(|r| r.soort)
        .collect();
    assert_eq!(geluid, [Apart::NietIngedeeld; 3]);
    // The gemeente with its wijken and buurten, by key or by name.
    assert_eq!(
        cijfers.voor_gemeente("Vijfheerenlanden").reeksen.len(),
        cijfers.reeksen.len()
    );
    assert_eq!(
        cijfers.voor_gemeente("GM1961").reeksen.len(),
        cijfers.reeksen.len()
    );
    assert!(cijfers.voor_gemeente("Utrecht").is_empty());
    // With a mapping of one's own, Geluidshinder goes into 1.1.
    let eigen = Koppeling::uit_toml(
        &std::fs::read_to_string(format!(
            "{}/tests/fixtures/cijfers/eigen-koppeling.toml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("toml"),
    )
    .expect("koppeling");
    let met_eigen = bereken(
        &[fixture("politie-47024-overlast-wijk-buurt.csv")],
        &eigen,
        None,
    )
    .expect("bereken");
    assert_eq!(met_eigen.koppeling, "Vijfheerenlanden, indeling 2025");
    assert!(met_eigen
        .reeksen
        .iter()
        .all(|r| r.thema == Thema::SocialeKwaliteit));
    assert_eq!(met_eigen.reeksen.len(), 3);
}

#[test]
fn twee_downloads_van_dezelfde_tabel_vullen_elkaar_aan_of_spreken_elkaar_tegen() {
    let kop = "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n";
    let oud =
        lees(format!("{kop}1;1.1.1;GM0363;2023JJ00;412\n2;1.1.1;GM0363;2024JJ00;380\n").as_bytes())
            .expect("oud");
    let nieuw =
        lees(format!("{kop}1;1.1.1;GM0363;2024JJ00;380\n2;1.1.1;GM0363;2025JJ00;350\n").as_bytes())
            .expect("nieuw");
    let samen = bereken(&[oud.clone(), nieuw], &Koppeling::standaard(), None).expect("samen");
    let reeks = samen
        .reeks_voor("GM0363", Thema::ObjectieveVeiligheid, OBJECTIEF)
        .expect("reeks");
    assert_eq!(reeks.jaarreeks().len(), 3);
    let anders =
        lees(format!("{kop}\n1;1.1.1 Diefstal/inbraak woning;GM0363;2024JJ00;381\n").as_bytes())
            .expect("anders");
    let fout = bereken(&[oud, anders], &Koppeling::standaard(), None).unwrap_err();
    assert_eq!(
        fout.to_string(),
        "Politie 47013NED: GM0363, 1.1.1 Diefstal/inbraak woning, 2024 staat twee keer in de invoer \
         (bestand 1, regel 3: 380; bestand 2, regel 3: 381); verwacht elke periode één keer, laat de \
         overlappende periode uit één van beide downloads weg"
    );
}

#[test]
fn json_in_de_vorm_van_kbv_cijfers() {
    let cijfers = politie().voor_gemeente("GM1961");
    let json: serde_json::Value = serde_json::from_str(&cijfers.naar_json()).expect("json");
    let reeks = &json["reeksen"][0];
    assert_eq!(reeks["gemeente"], "GM1961");
    assert_eq!(reeks["thema"], "1.3");
    assert_eq!(reeks["indicator"], OBJECTIEF);
    assert_eq!(reeks["bron"], "Politie 47013NED");
    assert_eq!(
        reeks["waarden"][0],
        serde_json::json!({"periode": "2022", "waarde": 250, "volledig": true})
    );
    assert_eq!(reeks["waarden"][3]["volledig"], false);
    assert_eq!(
        json["reeksen"][1]["waarden"][1],
        serde_json::json!({"periode": "2023", "waarde": null, "volledig": false, "opmerking": "niet gepubliceerd"})
    );
    assert_eq!(
        json["koppeling"],
        "kernbeleid, eigen open koppeling (niet het VNG/INP-model)"
    );
    // With inhabitants the rate appears next to the count, as `kbv cijfers` prints it.
    let met = bereken(
        &[fixture("politie-47013-gemeente-maand.csv")],
        &Koppeling::standaard(),
        Some(&inwoners()),
    )
    .expect("bereken");
    let json: serde_json::Value =
        serde_json::from_str(&met.voor_gemeente("Amsterdam").naar_json()).expect("json");
    assert!(
        json["reeksen"].as_array().is_some_and(Vec::is_empty),
        "geen naam in 47013: Amsterdam is niet te vinden"
    );
    let json: serde_json::Value =
        serde_json::from_str(&met.voor_gemeente("GM0363").naar_json()).expect("json");
    assert_eq!(
        json["reeksen"][0]["waarden"][0],
        serde_json::json!({"periode": "2022", "waarde": 11400, "per_1000": 12.92, "volledig": true})
    );
}

#[test]
fn csv_met_lege_cel_voor_niet_gepubliceerd() {
    let mut uit = Vec::new();
    politie()
        .voor_gemeente("GM1961")
        .schrijf_csv(&mut uit)
        .expect("csv");
    let tekst = String::from_utf8(uit).expect("utf-8");
    let regels: Vec<&str> = tekst.lines().collect();
    assert_eq!(regels[0], "soort;gemeente;regio;niveau;thema;indicator;bron;maat;categorie;periode;waarde;per_1000;volledig;voorlopig;ondergrens;bovengrens;opmerking");
    assert_eq!(regels[1], "thema;GM1961;GM1961;gemeente;1.3;Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit;Politie 47013NED;geregistreerde misdrijven;1.1.1 Diefstal/inbraak woning + 1.2.3 Diefstal van brom-, snor-, fietsen;2022;250;;ja;nee;;;");
    assert!(regels.contains(&"thema;GM1961;GM1961;gemeente;2.1;Politieregistratie: Incidenten/aangiften winkeldiefstal en inbraak winkel (VNG/INP ...);Politie 47013NED;geregistreerde misdrijven;2.5.2 Winkeldiefstal;2023;;;nee;nee;;;niet gepubliceerd"));
    assert!(regels
        .iter()
        .any(|r| r.starts_with("totaal;GM1961;") && r.contains(";Totaal misdrijven;2022;2100;")));
    assert!(
        regels
            .iter()
            .any(|r| r.starts_with("geen_thema;GM1961;")
                && r.contains(";1.4.1 Zedenmisdrijf;2024;7;"))
    );
}

/// A month of police data for random categories, gemeenten and years.
fn maanddata(rijen: &[(usize, usize, i32, u8, Option<u32>)]) -> String {
    let mut csv = String::from("\u{feff}\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\r\n");
    for (i, (soort, gemeente, jaar, maand, waarde)) in rijen.iter().enumerate() {
        let code = POLITIE_SOORTEN[*soort].code.unwrap_or_default();
        let waarde = waarde.map_or_else(|| ".".to_owned(), |w| w.to_string());
        csv.push_str(&format!(
            "{i};\"{code:<10}\";\"GM{:04}    \";\"{jaar}MM{maand:02}\";{waarde}\r\n",
            gemeente + 1
        ));
    }
    csv
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// For every category mapped, the sum over the theme series it feeds of its counts is what
    /// was read, once per theme and indicator it feeds; what it does not feed is in the totals or
    /// in the categories apart. Unpublished months make the year unknown, never 0.
    #[test]
    fn tellingen_blijven_behouden(
        soorten in proptest::collection::btree_set(0usize..POLITIE_SOORTEN.len(), 1..6),
        gemeenten in 1usize..4,
        waarden in proptest::collection::vec(proptest::option::weighted(0.95, 0u32..500), 4 * 6 * 12 * 2),
    ) {
        let soorten: Vec<usize> = soorten.into_iter().collect();
        let mut rijen = Vec::new();
        let mut gelezen = std::collections::HashMap::new();
        let mut w = waarden.iter();
        for &soort in &soorten {
            for gemeente in 0..gemeenten {
                for jaar in [2023, 2024] {
                    let mut som = Some(0.0);
                    for maand in 1..=12u8 {
                        let waarde = *w.next().unwrap_or(&Some(1));
                        som = match (som, waarde) { (Some(s), Some(v)) => Some(s + f64::from(v)), _ => None };
                        rijen.push((soort, gemeente, jaar, maand, waarde));
                    }
                    gelezen.insert((soort, gemeente, jaar), som);
                }
            }
        }
        let cijfers = bereken(&[lees(maanddata(&rijen).as_bytes()).expect("lees")], &Koppeling::standaard(), None).expect("bereken");
        let koppeling = Koppeling::standaard();
        for gemeente in 0..gemeenten {
            let code = format!("GM{:04}", gemeente + 1);
            // Expected per theme and indicator: the sum of the categories that feed it.
            let mut verwacht: std::collections::HashMap<(Thema, Option<usize>, i32), Option<f64>> = Default::default();
            for &soort in &soorten {
                let s = &POLITIE_SOORTEN[soort];
                match koppeling.toewijzing(Classificatie::Politie, s.titel, Some(s)) {
                    Toewijzing::Themas(doelen) if !s.totaal => {
                        for (thema, indicator) in doelen {
                            for jaar in [2023, 2024] {
                                let e = verwacht.entry((thema, indicator, jaar)).or_insert(Some(0.0));
                                *e = match (*e, gelezen[&(soort, gemeente, jaar)]) { (Some(a), Some(b)) => Some(a + b), _ => None };
                            }
                        }
                    }
                    _ => {
                        let apart = cijfers.totalen.iter().chain(&cijfers.zonder_thema)
                            .find(|r| r.regio.is(&code) && r.categorie == s.to_string())
                            .expect("categorie apart");
                        for (p, jaar) in apart.waarden.iter().zip([2023, 2024]) {
                            prop_assert_eq!(p.waarde, gelezen[&(soort, gemeente, jaar)]);
                        }
                    }
                }
            }
            let mut gevonden = 0;
            for reeks in cijfers.reeksen.iter().filter(|r| r.regio.is(&code)) {
                let index = reeks.indicator.and_then(|i| reeks.thema.gegevens().effectindicatoren.iter().position(|x| *x == i));
                for p in &reeks.waarden {
                    let e = verwacht.get(&(reeks.thema, index, p.jaar)).copied();
                    prop_assert_eq!(Some(p.waarde), e, "{} {:?} {}", reeks.thema, index, p.jaar);
                    // Complete exactly when every month of every category was published.
                    // 2024 holds the download's latest month, which is incomplete.
                    prop_assert_eq!(p.volledig, p.waarde.is_some() && p.jaar == 2023);
                    gevonden += 1;
                }
            }
            prop_assert_eq!(gevonden, verwacht.len());
        }
    }

    /// In CBS's list a group and its subcategories together count once: the contributions of a
    /// chain add up to the group's own count.
    #[test]
    fn cbs_groep_en_subcategorieen_tellen_samen_een_keer(
        groep in 1000u32..5000, deel in 0u32..1000, subdeel in 0u32..500,
    ) {
        let csv = format!(
            "ID;SoortMisdrijf;RegioS;Perioden;TotaalGeregistreerdeMisdrijven_1\n\
             1;CRI1000;GM0363;2023JJ00;{groep}\n\
             2;CRI1100;GM0363;2023JJ00;{deel}\n\
             3;1.1.1 Diefstal en inbraak met geweld;GM0363;2023JJ00;{subdeel}\n"
        );
        let cijfers = bereken(&[lees(csv.as_bytes()).expect("lees")], &Koppeling::standaard(), None).expect("bereken");
        let reeks = cijfers.reeks_voor("GM0363", Thema::ObjectieveVeiligheid, OBJECTIEF).expect("1.3");
        prop_assert_eq!(reeks.waarden[0].waarde, Some(f64::from(groep)));
        prop_assert_eq!(reeks.categorieen.len(), 3);
    }
}

#[test]
fn inwoners_lezen_met_nederlandse_fouten() {
    let gelezen = inwoners();
    assert_eq!(
        gelezen.aantal(&kernbeleid::cijfers::Regio::lees("GM0344"), 2023),
        Some(367_984)
    );
    assert_eq!(
        gelezen.aantal(&kernbeleid::cijfers::Regio::lees("vijfheerenlanden"), 2024),
        Some(57_500)
    );
    let cbs = Inwoners::lees(
        "\u{feff}RegioS,Perioden,BevolkingAanHetBeginVanDePeriode_1\nGM0363,2023JJ00,918117\n"
            .as_bytes(),
    )
    .expect("cbs-vorm");
    assert_eq!(
        cbs.aantal(&kernbeleid::cijfers::Regio::lees("GM0363    "), 2023),
        Some(918_117)
    );
    // The separator is chosen as for a download: a tab, or a comma inside a quoted column name
    // that does not make the header comma-separated.
    let tab =
        Inwoners::lees("Regio\tJaar\tInwoners\nGM0363\t2023\t931298\n".as_bytes()).expect("tab");
    assert_eq!(
        tab.aantal(&kernbeleid::cijfers::Regio::lees("GM0363"), 2023),
        Some(931_298)
    );
    let aanhaling = Inwoners::lees(
        "Regio;Jaar;\"Inwoners (aantal, per 1 januari, CBS, telling)\"\nGM0363;2023;931298\n"
            .as_bytes(),
    )
    .expect("aanhaling");
    assert_eq!(
        aanhaling.aantal(&kernbeleid::cijfers::Regio::lees("GM0363"), 2023),
        Some(931_298)
    );
    let fout = |csv: &str| Inwoners::lees(csv.as_bytes()).unwrap_err().to_string();
    assert_eq!(fout("Gemeente;Aantal\n"), "regel 1: de kop heeft de kolommen Gemeente, Aantal; verwacht de kolommen Regio;Jaar;Inwoners");
    assert_eq!(
        fout("Regio;Jaar;Inwoners\n\nGM0363;2023MM01;5\n"),
        "regel 3, kolom 2 (Jaar): \"2023MM01\"; verwacht een jaar, zoals 2023 of 2023JJ00"
    );
    assert_eq!(
        fout("Regio;Jaar;Inwoners\nGM0363;2023;9.3e5\n"),
        "regel 2, kolom 3 (Inwoners): \"9.3e5\"; verwacht een geheel aantal inwoners groter dan 0"
    );
    assert_eq!(
        fout("Regio;Jaar;Inwoners\nGM0363;2023\n"),
        "regel 2: 2 velden; verwacht 3, evenveel als de kop kolommen heeft"
    );
}

proptest! {
    #[test]
    fn inwoners_lezen_valt_nooit(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut invoer = b"Regio;Jaar;Inwoners\n".to_vec();
        invoer.extend(bytes);
        let _ = Inwoners::lees(invoer.as_slice());
    }

    #[test]
    fn regionamen_lezen_valt_nooit(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut invoer = b"Key;Title\n".to_vec();
        invoer.extend(bytes);
        let _ = kernbeleid::cijfers::Regionamen::lees(invoer.as_slice());
    }
}

#[test]
fn regionamen_uit_het_dimensiebestand() {
    let pad = format!(
        "{}/tests/fixtures/cijfers/cbs-regios.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let namen =
        kernbeleid::cijfers::Regionamen::lees(std::fs::read(&pad).expect("regios").as_slice())
            .expect("namen");
    assert_eq!(namen.naam("gm0344"), Some("Utrecht"));
    let mut bestand = fixture("politie-47013-gemeente-maand.csv");
    bestand.benoem(&namen);
    let cijfers = bereken(&[bestand], &Koppeling::standaard(), None).expect("bereken");
    // Found by the name an IVP uses, and shown by name.
    let reeks = cijfers
        .reeks_voor("Utrecht", Thema::ObjectieveVeiligheid, OBJECTIEF)
        .expect("Utrecht");
    assert_eq!(
        (reeks.gemeente.as_str(), reeks.regio.code.as_deref()),
        ("Utrecht", Some("GM0344"))
    );
    assert_eq!(
        cijfers.voor_gemeente("amsterdam").reeksen.len(),
        cijfers.voor_gemeente("GM0363").reeksen.len()
    );
    let fout = |csv: &str| {
        kernbeleid::cijfers::Regionamen::lees(csv.as_bytes())
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        fout("Id;Omschrijving\n"),
        "regel 1: de kop heeft de kolommen Id, Omschrijving; verwacht een sleutel- en een naamkolom, zoals Key;Title (het dimensiebestand van CBS)"
    );
    assert_eq!(
        fout("Key;Title\n;Amsterdam\n"),
        "regel 2, kolom 1 (Key): \"\"; verwacht een sleutel, zoals GM0344"
    );
}
