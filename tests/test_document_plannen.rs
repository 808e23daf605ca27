//! The structure real plans use (issue 12): adoption by the gemeenteraad or the driehoek, an
//! adoption date without a year, a period written as text.

use kernbeleid::document::{
    Besluitdatum, Document, Ivp, OngeldigeBesluitdatum, Orgaan, Periode, Uitvoeringsplan,
};
#[cfg(feature = "word")]
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
    #[cfg(feature = "word")]
    {
        let bytes = docx::schrijf(&Document::from(ivp.clone())).unwrap();
        let terug = docx::lees(&bytes).unwrap();
        assert_eq!(terug.document, Document::from(ivp));
        assert!(terug.bevindingen.is_empty(), "{:?}", terug.bevindingen);
    }

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

/// What a local name in a theme list becomes.
enum Verwacht {
    /// Accepted: the code it is read as.
    Code(&'static str),
    /// A read error listing these candidates, best first (a prefix of the list).
    Kandidaten(&'static [&'static str]),
    /// An aspect of veld 1: the error names the aspect.
    Aspect(&'static str),
    /// Nothing recognised.
    Onbekend,
}

const EIGEN_NAMEN: &[(&str, Verwacht)] = &[
    ("Ondermijning", Verwacht::Code("5.2")),
    ("Zorg & Veiligheid", Verwacht::Code("S2")),
    ("Woninginbraken", Verwacht::Code("1.3")),
    ("High Impact Crimes", Verwacht::Code("1.3")),
    ("HIC", Verwacht::Code("1.3")),
    ("Huiselijk geweld", Verwacht::Code("1.3")),
    ("Cybercrime", Verwacht::Code("S1")),
    ("Digitale veiligheid", Verwacht::Code("S1")),
    ("Crisisbeheersing", Verwacht::Code("4.4")),
    ("Omgevingsveiligheid", Verwacht::Code("4.3")),
    ("Drugsoverlast", Verwacht::Code("1.1")),
    ("Verward gedrag", Verwacht::Code("1.1")),
    ("Radicalisering", Verwacht::Code("5.1")),
    (
        "Drugs",
        Verwacht::Kandidaten(&["3.3 Jeugd, alcohol en drugs"]),
    ),
    (
        "Overlast",
        Verwacht::Kandidaten(&[
            "3.1 Jeugdoverlast",
            "1.1 Sociale kwaliteit",
            "2.3 Veilig uitgaan",
        ]),
    ),
    (
        "Veilig toerisme, recreatie en evenementen",
        Verwacht::Kandidaten(&["2.4 Veilige evenementen", "2.5 Veilig toerisme"]),
    ),
    ("betrekken bewoners", Verwacht::Aspect("aspect 1.4")),
    ("Toezicht en handhaving", Verwacht::Aspect("aspect 1.5")),
    (
        "aanpak specifieke criminaliteitsfenomenen",
        Verwacht::Aspect("aspect 1.6"),
    ),
    ("Zwemles op dinsdag", Verwacht::Onbekend),
];

/// The three places a theme list stands, in both formats: (format, document, where the entry
/// is), with `{}` for the entry.
fn plekken(
    naam: &str,
) -> Vec<(
    Result<Document, kernbeleid::document::LeesFout>,
    &'static str,
)> {
    let ivp_toml = format!(
        "{KOP_TOML}[[prioriteiten]]\nnaam = \"x\"\nthemas = [\"3.1\", \"{naam}\"]\n\
         [[prioriteiten.deelthemas]]\nnaam = \"d\"\nthemas = [\"{naam}\"]\n"
    );
    let ivp_json = format!(
        "{{{KOP_JSON}, \"prioriteiten\": [{{\"naam\": \"x\", \"themas\": [\"3.1\", \"{naam}\"], \
         \"deelthemas\": [{{\"naam\": \"d\", \"themas\": [\"{naam}\"]}}]}}]}}"
    );
    let up_toml = format!(
        "gemeenten = [\"U\"]\njaar = 2017\n[[overige_themas]]\nnaam = \"x\"\nthemas = [\"{naam}\"]\n"
    );
    let up_json = format!(
        "{{\"gemeenten\": [\"U\"], \"jaar\": 2017, \"overige_themas\": [{{\"naam\": \"x\", \
         \"themas\": [\"{naam}\"]}}]}}"
    );
    vec![
        (
            Ivp::uit_toml(&ivp_toml).map(Document::from),
            "prioriteiten[0].themas[1]",
        ),
        (
            Ivp::uit_json(&ivp_json).map(Document::from),
            "prioriteiten[0].themas[1]",
        ),
        (
            Uitvoeringsplan::uit_toml(&up_toml).map(Document::from),
            "overige_themas[0].themas[0]",
        ),
        (
            Uitvoeringsplan::uit_json(&up_json).map(Document::from),
            "overige_themas[0].themas[0]",
        ),
    ]
}

#[test]
fn eigen_namen_in_documenten() {
    for (naam, verwacht) in EIGEN_NAMEN {
        for (gelezen, pad) in plekken(naam) {
            match (verwacht, gelezen) {
                (Verwacht::Code(code), Ok(document)) => {
                    let (themas, eigen) = match &document {
                        Document::Ivp(ivp) => {
                            let p = &ivp.prioriteiten[0];
                            let d = &p.deelthemas[0];
                            // The sub-theme keeps the name as well.
                            assert_eq!(d.themas.len(), 1);
                            assert_eq!(d.themas[0].code(), *code);
                            assert_eq!(d.eigen_namen[0].naam, *naam);
                            (p.themas.clone(), p.eigen_namen.clone())
                        }
                        Document::Uitvoeringsplan(up) => (
                            up.overige_themas[0].themas.clone(),
                            up.overige_themas[0].eigen_namen.clone(),
                        ),
                        Document::Analyse(_) | Document::Voortgang(_) => unreachable!(),
                    };
                    assert_eq!(themas.last().map(|t| t.code()), Some(*code), "{naam}");
                    assert_eq!(eigen.len(), 1, "{naam}");
                    assert_eq!(eigen[0].naam, *naam);
                    assert_eq!(
                        eigen[0].themas.iter().map(|t| t.code()).collect::<Vec<_>>(),
                        [*code]
                    );
                    // Written back: the code in themas, the name in eigen_namen; read again,
                    // the same document, in both formats and from Word.
                    let json = document.naar_json();
                    assert!(!json.contains(&format!("\"themas\": [\n        \"{naam}\"")));
                    assert_eq!(
                        Document::lees(json.as_bytes(), None).unwrap(),
                        document,
                        "{naam}"
                    );
                    let toml = document.naar_toml().unwrap();
                    assert_eq!(Document::lees(toml.as_bytes(), None).unwrap(), document);
                    #[cfg(feature = "word")]
                    {
                        let bytes = docx::schrijf(&document).unwrap();
                        assert_eq!(docx::lees(&bytes).unwrap().document, document);
                    }
                }
                (Verwacht::Kandidaten(kandidaten), Err(fout)) => {
                    assert_eq!(fout.pad, pad, "{naam}");
                    let lijst = kandidaten.join("; ");
                    assert!(
                        fout.bericht.contains(&format!("kandidaten: {lijst}")),
                        "{naam}: {fout}"
                    );
                    assert!(fout.bericht.contains("eigen_namen"), "{fout}");
                }
                (Verwacht::Aspect(aspect), Err(fout)) => {
                    assert_eq!(fout.pad, pad, "{naam}");
                    assert!(
                        fout.bericht.starts_with(&format!(
                            "\"{naam}\" is een aspect van de aanpak van veld 1 ({aspect} "
                        )),
                        "{fout}"
                    );
                    assert!(
                        fout.bericht.contains("geen thema: noem het thema"),
                        "{fout}"
                    );
                }
                (Verwacht::Onbekend, Err(fout)) => {
                    assert_eq!(fout.pad, pad, "{naam}");
                    assert!(
                        fout.bericht
                            .starts_with(&format!("onbekend thema \"{naam}\"")),
                        "{fout}"
                    );
                }
                (_, uitkomst) => panic!("{naam}: {uitkomst:?}"),
            }
        }
    }
}

/// The whole message of each kind, pinned.
#[test]
fn berichten_bij_eigen_namen() {
    let fout = |naam: &str| {
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"x\"\nthemas = [\"{naam}\"]\n"
        ))
    };
    assert_eq!(
        fout("Veilig toerisme, recreatie en evenementen"),
        "fout in prioriteiten[0].themas[0] (regel 5, kolom 11): thema \"Veilig toerisme, \
         recreatie en evenementen\" noemt meer dan één thema: verwacht één veiligheidsthema (code \
         1.1 tot en met 5.5 of naam) of strategisch thema (S1, S2, S3 of naam); kandidaten: 2.4 \
         Veilige evenementen; 2.5 Veilig toerisme; schrijf de code(s) in themas en de eigen naam \
         in eigen_namen"
    );
    assert_eq!(
        fout("betrekken bewoners"),
        "fout in prioriteiten[0].themas[0] (regel 5, kolom 11): \"betrekken bewoners\" is een \
         aspect van de aanpak van veld 1 (aspect 1.4 Betrekken bewoners bij veiligheid en \
         leefbaarheid), geen thema: noem het thema of de thema's waarvoor de aanpak is, \
         bijvoorbeeld 1.1 Sociale kwaliteit; 1.2 Fysieke kwaliteit; 1.3 Objectieve veiligheid/ \
         veelvoorkomende en high impact crime; 1.4 Subjectieve veiligheid"
    );
    assert_eq!(
        fout("Jeugdoverlst"),
        "fout in prioriteiten[0].themas[0] (regel 5, kolom 11): onbekend thema \"Jeugdoverlst\": \
         verwacht een veiligheidsthema (code 1.1 tot en met 5.5 of naam) of een strategisch thema \
         (S1, S2, S3 of naam) (bedoelt u 3.1 Jeugdoverlast?)"
    );
}

/// The reason a plan gives for a local name is kept, and a name already listed is not added
/// twice.
#[test]
fn de_toelichting_van_een_eigen_naam_blijft() {
    let tekst = format!(
        "{KOP_TOML}[[prioriteiten]]\nnaam = \"Ondermijning\"\nthemas = [\"Ondermijning\", \"5.2\"]\n\
         [[prioriteiten.eigen_namen]]\nnaam = \"Ondermijning\"\nthemas = [\"5.2\"]\n\
         toelichting = \"Zo heet 5.2 in de regio.\"\n"
    );
    let ivp = toml(&tekst);
    let p = &ivp.prioriteiten[0];
    assert_eq!(
        p.themas.iter().map(|t| t.code()).collect::<Vec<_>>(),
        ["5.2"]
    );
    assert_eq!(p.eigen_namen.len(), 1);
    assert_eq!(
        p.eigen_namen[0]
            .toelichting
            .as_ref()
            .and_then(|t| t.waarde())
            .map(String::as_str),
        Some("Zo heet 5.2 in de regio.")
    );
    rondgang(&ivp);
    let md = kernbeleid::skelet::ivp_naar_markdown(&ivp);
    assert!(md.contains("Eigen naam \"Ondermijning\": 5.2 Georganiseerde/ondermijnende criminaliteit\n\nZo heet 5.2 in de regio."), "{md}");
    #[cfg(feature = "word")]
    {
        let bytes = docx::schrijf(&Document::from(ivp.clone())).unwrap();
        assert_eq!(docx::lees(&bytes).unwrap().document, Document::from(ivp));
    }
}

/// An own name's code takes the name's place in the list: the order in which a plan lists its
/// themes stays, and a code the name already gave is not listed twice.
#[test]
fn een_eigen_naam_houdt_zijn_plaats_in_de_lijst() {
    let lees = |themas: &str| {
        let tekst =
            format!("{KOP_TOML}[[prioriteiten]]\nnaam = \"Veilig wonen\"\nthemas = {themas}\n");
        let ivp = toml(&tekst);
        rondgang(&ivp);
        ivp.prioriteiten[0]
            .themas
            .iter()
            .map(|t| t.code())
            .collect::<Vec<_>>()
    };
    assert_eq!(lees("[\"Woninginbraak\", \"5.2\"]"), ["1.3", "5.2"]);
    assert_eq!(lees("[\"5.2\", \"Woninginbraak\"]"), ["5.2", "1.3"]);
    assert_eq!(
        lees("[\"Woninginbraak\", \"1.3\", \"5.2\"]"),
        ["1.3", "5.2"]
    );
}
