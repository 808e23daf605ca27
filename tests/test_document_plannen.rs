//! The structure real plans use (issue 12): adoption by the gemeenteraad or the driehoek, an
//! adoption date without a year, a period written as text.

use kernbeleid::document::{
    Besluitdatum, Document, Ivp, OngeldigeBesluitdatum, Orgaan, Periode, Uitvoeringsplan,
};
use kernbeleid::uitvoer::docx;
use kernbeleid::VariantArray;

const KOP_TOML: &str =
    "gemeenten = [\"Utrecht\"]\nperiode = { van = 2027-01-01, tot = 2030-12-31 }\n";
const KOP_JSON: &str =
    r#""gemeenten": ["Utrecht"], "periode": {"van": "2027-01-01", "tot": "2030-12-31"}"#;

fn toml(tekst: &str) -> Ivp {
    Ivp::uit_toml(tekst).unwrap_or_else(|e| panic!("{e}"))
}

fn json(tekst: &str) -> Ivp {
    Ivp::uit_json(tekst).unwrap_or_else(|e| panic!("{e}"))
}

fn toml_fout(tekst: &str) -> String {
    match Ivp::uit_toml(tekst) {
        Ok(ivp) => panic!("gelezen: {ivp:?}"),
        Err(fout) => fout.to_string(),
    }
}

fn json_fout(tekst: &str) -> String {
    match Ivp::uit_json(tekst) {
        Ok(ivp) => panic!("gelezen: {ivp:?}"),
        Err(fout) => fout.to_string(),
    }
}

/// Both formats read the same document, and writing it back and reading again gives it again.
fn rondgang(ivp: &Ivp) {
    assert_eq!(&Ivp::uit_json(&ivp.naar_json()).unwrap(), ivp);
    assert_eq!(&Ivp::uit_toml(&ivp.naar_toml().unwrap()).unwrap(), ivp);
}

#[test]
fn orgaan_gemeenteraad_en_driehoek() {
    for (invoer, orgaan) in [
        ("raad", Orgaan::Raad),
        ("gemeenteraad", Orgaan::Raad),
        ("college", Orgaan::College),
        ("burgemeester", Orgaan::Burgemeester),
        ("driehoek", Orgaan::Driehoek),
    ] {
        let t = toml(&format!(
            "{KOP_TOML}vaststelling = [{{ door = \"{invoer}\" }}]\n"
        ));
        let j = json(&format!(
            "{{{KOP_JSON}, \"vaststelling\": [{{\"door\": \"{invoer}\"}}]}}"
        ));
        assert_eq!(t.vaststelling[0].door, orgaan, "{invoer}");
        assert_eq!(t, j);
        // Written back as the one written form.
        let geschreven = t.naar_toml().unwrap();
        assert!(
            geschreven.contains(&format!("door = \"{orgaan}\"")),
            "{geschreven}"
        );
        rondgang(&t);
    }
    // Display and FromStr round trip; FromStr ignores case.
    for &orgaan in Orgaan::VARIANTS {
        assert_eq!(orgaan.to_string().parse::<Orgaan>(), Ok(orgaan));
        assert_eq!(
            orgaan.to_string().to_uppercase().parse::<Orgaan>(),
            Ok(orgaan)
        );
    }
    assert_eq!("Gemeenteraad".parse::<Orgaan>(), Ok(Orgaan::Raad));
    assert_eq!(
        "wethouder".parse::<Orgaan>().unwrap_err().to_string(),
        "onbekend orgaan \"wethouder\": verwacht raad (of gemeenteraad), college, burgemeester of \
         driehoek"
    );
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}vaststelling = [{{ door = \"Raad\" }}]\n"
        )),
        "fout in vaststelling[0].door (regel 3, kolom 26): onbekende waarde \"Raad\"; toegestaan \
         zijn: raad, college, burgemeester, driehoek"
    );
}

#[test]
fn besluitdatum_met_en_zonder_jaar() {
    // Without a year, in both formats.
    let t = toml(&format!(
        "{KOP_TOML}vaststelling = [{{ door = \"raad\", datum = \"12 maart\" }}]\n"
    ));
    let j = json(&format!(
        "{{{KOP_JSON}, \"vaststelling\": [{{\"door\": \"raad\", \"datum\": \"12 maart\"}}]}}"
    ));
    assert_eq!(t, j);
    let datum = t.vaststelling[0].datum.unwrap();
    assert_eq!((datum.dag(), datum.maand(), datum.jaar()), (12, 3, None));
    assert_eq!(datum.datum(), None);
    assert!(t.naar_toml().unwrap().contains("datum = \"12 maart\""));
    rondgang(&t);

    // A full date: ISO text, a TOML date, and Dutch with a year are the same date, written as
    // today (byte-identical).
    let iso = toml(&format!(
        "{KOP_TOML}vaststelling = [{{ door = \"raad\", datum = \"2017-03-12\" }}]\n"
    ));
    let toml_datum = toml(&format!(
        "{KOP_TOML}vaststelling = [{{ door = \"raad\", datum = 2017-03-12 }}]\n"
    ));
    let nl = toml(&format!(
        "{KOP_TOML}vaststelling = [{{ door = \"raad\", datum = \"12 maart 2017\" }}]\n"
    ));
    assert_eq!(iso, toml_datum);
    assert_eq!(iso, nl);
    assert!(iso.naar_json().contains("\"datum\": \"2017-03-12\""));
    assert!(iso.naar_toml().unwrap().contains("datum = \"2017-03-12\""));

    // Display and FromStr round trip.
    for tekst in [
        "12 maart",
        "1 juni",
        "29 februari",
        "31 december",
        "2017-03-12",
    ] {
        let d: Besluitdatum = tekst.parse().unwrap();
        assert_eq!(d.to_string(), tekst);
        assert_eq!(d.to_string().parse::<Besluitdatum>(), Ok(d));
    }
    assert_eq!(
        "12 MAART".parse::<Besluitdatum>().unwrap().to_string(),
        "12 maart"
    );
    for fout in [
        "30 februari",
        "32 maart",
        "12 maartje",
        "maart 12",
        "2017-02-29",
        "",
        "12",
    ] {
        assert_eq!(
            fout.parse::<Besluitdatum>(),
            Err(OngeldigeBesluitdatum {
                invoer: fout.to_owned()
            }),
            "{fout}"
        );
    }
    assert!(Besluitdatum::zonder_jaar(29, 2).is_ok());
    assert!(Besluitdatum::zonder_jaar(31, 4).is_err());
    assert!(Besluitdatum::zonder_jaar(1, 13).is_err());

    // A bad date is a Dutch error with its key path.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}vaststelling = [{{ door = \"raad\", datum = \"31 april\" }}]\n"
        )),
        "fout in vaststelling[0].datum (regel 3, kolom 42): ongeldige datum \"31 april\": verwacht \
         een datum als JJJJ-MM-DD (\"2017-03-12\") of een dag en maand die bestaan (\"12 maart\")"
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON}, \"vaststelling\": [{{\"door\": \"raad\", \"datum\": \"31 april\"}}]}}"
        )),
        "fout in vaststelling[0].datum (regel 1, kolom 126): ongeldige datum \"31 april\": \
         verwacht een datum als JJJJ-MM-DD (\"2017-03-12\") of een dag en maand die bestaan \
         (\"12 maart\")"
    );
}

#[test]
fn periode_als_tekst() {
    for (tekst, periode) in [
        ("2017-2017", Periode::jaren(2017, 2017).unwrap()),
        ("2027-2030", Periode::jaren(2027, 2030).unwrap()),
        ("2027 – 2030", Periode::jaren(2027, 2030).unwrap()),
        (
            "2027-03-01 t/m 2030-12-31",
            "2027-03-01 t/m 2030-12-31".parse().unwrap(),
        ),
    ] {
        let t = toml(&format!("gemeenten = [\"U\"]\nperiode = \"{tekst}\"\n"));
        let j = json(&format!(
            "{{\"gemeenten\": [\"U\"], \"periode\": \"{tekst}\"}}"
        ));
        assert_eq!(t.periode, periode, "{tekst}");
        assert_eq!(t, j);
        // Written back in the table form.
        assert!(t.naar_toml().unwrap().contains("[periode]\nvan = "));
        assert!(t.naar_json().contains("\"periode\": {"));
        rondgang(&t);

        let up = Uitvoeringsplan::uit_toml(&format!(
            "gemeenten = [\"U\"]\njaar = 2027\nivp = {{ periode = \"{tekst}\" }}\n"
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(up.ivp.map(|i| i.periode), Some(periode));
    }
    let bericht = "ongeldige periode \"2030-2027\": verwacht twee jaartallen zoals \"2027-2030\" \
                   (het eerste niet na het tweede) of \"2027-03-01 t/m 2030-12-31\"";
    assert_eq!(
        toml_fout("gemeenten = [\"U\"]\nperiode = \"2030-2027\"\n"),
        format!("fout in periode (regel 2, kolom 11): {bericht}")
    );
    assert_eq!(
        json_fout(r#"{"gemeenten": ["U"], "periode": "2030-2027"}"#),
        format!("fout in periode (regel 1, kolom 33): {bericht}")
    );
    let fout = Uitvoeringsplan::uit_json(
        r#"{"gemeenten": ["U"], "jaar": 2027, "ivp": {"periode": "twintig-dertig"}}"#,
    )
    .unwrap_err();
    assert_eq!(fout.pad, "ivp.periode");
    // Another type is named with both forms.
    assert_eq!(
        json_fout(r#"{"gemeenten": ["U"], "periode": 2027}"#),
        "fout in periode (regel 1, kolom 33): verwacht een object {\"van\": …, \"tot\": …} of een \
         tekst als \"2027-2030\" maar kreeg het getal 2027"
    );
    assert_eq!(
        toml_fout("gemeenten = [\"U\"]\nperiode = 2027\n"),
        "fout in periode (regel 2, kolom 11): verwacht een tabel { van = …, tot = … } of een \
         tekst als \"2027-2030\" maar kreeg het getal 2027"
    );
}

/// The places real plans need: an introduction to chapter 4, the going-concern statement of
/// chapter 5, partners at plan level, the sources of the analysis, a priority known by two
/// names. Each is read in both formats, left out when empty, rendered, and read back from Word.
#[test]
fn plaatsen_die_echte_plannen_nodig_hebben() {
    let tekst = format!(
        "{KOP_TOML}partners = [\"Politie\", \"Openbaar Ministerie\"]\n\
         inleiding_prioriteiten = \"Uit de analyse volgen drie prioriteiten.\"\n\
         going_concern = \"Alle overige thema's lopen door als going concern.\"\n\
         [uitgangssituatie]\nbronnen = [\"Veiligheidsmonitor 2021\", \"Politiecijfers\"]\n\
         [[prioriteiten]]\nnaam = \"Ondermijning\"\n\
         andere_namen = [\"Georganiseerde criminaliteit\"]\nthemas = [\"5.2\"]\n"
    );
    let ivp = toml(&tekst);
    assert_eq!(ivp.partners, ["Politie", "Openbaar Ministerie"]);
    assert_eq!(
        ivp.uitgangssituatie.bronnen,
        ["Veiligheidsmonitor 2021", "Politiecijfers"]
    );
    assert_eq!(
        ivp.inleiding_prioriteiten
            .as_ref()
            .and_then(|t| t.waarde())
            .map(String::as_str),
        Some("Uit de analyse volgen drie prioriteiten.")
    );
    assert!(ivp.going_concern.is_some());
    assert_eq!(
        ivp.prioriteiten[0].andere_namen,
        ["Georganiseerde criminaliteit"]
    );
    assert_eq!(json(&ivp.naar_json()), ivp);
    rondgang(&ivp);

    let md = kernbeleid::skelet::ivp_naar_markdown(&ivp);
    let html = kernbeleid::uitvoer::html::schrijf(&Document::from(ivp.clone()));
    for woord in [
        "Openbaar Ministerie",
        "Veiligheidsmonitor 2021",
        "Uit de analyse volgen drie prioriteiten.",
        "lopen door als going concern",
        "Georganiseerde criminaliteit",
    ] {
        assert!(md.contains(woord), "Markdown mist {woord}");
        assert!(html.contains(woord), "HTML mist {woord}");
    }
    let bytes = docx::schrijf(&Document::from(ivp.clone())).unwrap();
    let terug = docx::lees(&bytes).unwrap();
    assert_eq!(terug.document, Document::from(ivp));
    assert!(terug.bevindingen.is_empty(), "{:?}", terug.bevindingen);

    // Empty, none of the keys is written.
    let leeg = toml(KOP_TOML).naar_toml().unwrap();
    for sleutel in [
        "partners",
        "inleiding_prioriteiten",
        "going_concern",
        "bronnen",
        "andere_namen",
    ] {
        assert!(!leeg.contains(sleutel), "{leeg}");
    }
}
