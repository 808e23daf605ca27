//! Property tests: any document survives JSON and TOML unchanged, and no input panics the
//! reader.

use std::path::Path;

use std::collections::BTreeMap;

use kernbeleid::catalogus::Thema;
use kernbeleid::document::*;
use kernbeleid::VariantArray;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;

mod strategie;
use strategie::*;

/// Any JSON value, shallow and small, with the documents' keys among the possible keys.
fn json_waarde() -> impl Strategy<Value = serde_json::Value> {
    let sleutel = prop_oneof![
        select(vec![
            "gemeenten",
            "periode",
            "van",
            "tot",
            "prioriteiten",
            "naam",
            "themas",
            "jaar",
            "ivp",
            "toelichting",
            "in_te_vullen",
            "effectindicatoren",
            "nulmeting",
            "reeks",
            "waarde",
            "aspecten",
            "thema",
            "coordinatie",
            "voorzieningen",
            "voortgangsoverleg",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{0,6}",
    ];
    let blad = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        getal().prop_map(serde_json::Value::from),
        select(vec!["1.3", "S1", "2027-01-01", "raad", "6.1", ""])
            .prop_map(serde_json::Value::from),
        tekst_vrij().prop_map(serde_json::Value::from),
    ];
    blad.prop_recursive(4, 32, 5, move |binnen| {
        prop_oneof![
            vec(binnen.clone(), 0..5).prop_map(serde_json::Value::Array),
            btree_map(sleutel.clone(), binnen, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_heen_en_terug(document in document()) {
        let json = document.naar_json();
        let terug = Document::lees(json.as_bytes(), Some(Path::new("x.json")));
        prop_assert_eq!(terug.as_ref(), Ok(&document), "{}", json);
        prop_assert_eq!(terug.map(|d| d.naar_json()), Ok(json));
    }

    #[test]
    fn toml_heen_en_terug(document in document()) {
        let toml = document.naar_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let terug = Document::lees(toml.as_bytes(), Some(Path::new("x.toml")));
        prop_assert_eq!(terug.as_ref(), Ok(&document), "{}", toml);
        let opnieuw = terug.map(|d| d.naar_toml());
        prop_assert_eq!(opnieuw, Ok(Ok(toml)));
    }

    #[test]
    fn json_en_toml_van_dezelfde_waarde_zijn_gelijk(document in document()) {
        let uit_json = Document::lees(document.naar_json().as_bytes(), None);
        let toml = document.naar_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let uit_toml = Document::lees(toml.as_bytes(), None);
        prop_assert_eq!(uit_json, uit_toml);
    }

    #[test]
    fn willekeurige_bytes_geven_geen_paniek(bytes in vec(any::<u8>(), 0..256)) {
        for hint in [None, Some(Path::new("a.json")), Some(Path::new("a.toml"))] {
            if let Err(fout) = Document::lees(&bytes, hint) {
                prop_assert!(!fout.bericht.is_empty());
                prop_assert!(!fout.to_string().is_empty());
            }
        }
    }

    #[test]
    fn willekeurige_tekst_geeft_geen_paniek(tekst in "[\\[\\]{}=\"',:.a-z0-9 \n-]{0,80}") {
        for hint in [None, Some(Path::new("a.json")), Some(Path::new("a.toml"))] {
            let _ = Document::lees(tekst.as_bytes(), hint);
        }
    }

    #[test]
    fn willekeurige_json_geeft_geen_paniek(waarde in json_waarde()) {
        let json = waarde.to_string();
        for &soort in DocumentSoort::VARIANTS {
            match Document::lees_als(json.as_bytes(), Some(Path::new("a.json")), soort) {
                Ok(document) => {
                    // What reads, writes back and reads again the same.
                    let terug = Document::lees_als(document.naar_json().as_bytes(), None, soort);
                    prop_assert_eq!(terug, Ok(document));
                }
                Err(fout) => {
                    prop_assert!(fout.regel.is_some(), "{:?}", fout);
                }
            }
        }
        // The same value as TOML, where TOML can hold it.
        if let Ok(toml) = toml::to_string(&waarde) {
            let _ = Document::lees(toml.as_bytes(), Some(Path::new("a.toml")));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Every amount goes through JSON and TOML exactly, as an integer when it is whole euros,
    /// and its text form reads back the same.
    #[test]
    fn bedrag_heen_en_terug_exact(bedrag in bedrag()) {
        let post = Post { omschrijving: "x".into(), bedrag_euro: Some(Invulbaar::Waarde(bedrag)) };
        let json = serde_json::to_string(&post).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut ivp = Ivp::new(["U"], Periode::jaren(2027, 2030).map_err(|e| TestCaseError::fail(e.to_string()))?);
        ivp.begroting.posten.push(post);
        let uit_json = Ivp::uit_json(&ivp.naar_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&uit_json, &ivp, "{}", json);
        let toml = ivp.naar_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let uit_toml = Ivp::uit_toml(&toml).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&uit_toml, &ivp, "{}", toml);
        prop_assert_eq!(bedrag.is_heel(), !json.contains('.'), "{}", json);
        prop_assert_eq!(bedrag.to_string().parse::<Bedrag>(), Ok(bedrag));
    }

    /// A number with a third decimal is refused, whatever its size.
    #[test]
    fn bedrag_met_drie_decimalen_geweigerd(centen in -99_999_999_999_999_i64..=99_999_999_999_999, derde in 1..=9i64) {
        let tekst = format!("{}{}.{:02}{derde}", if centen < 0 { "-" } else { "" }, centen.unsigned_abs() / 100, centen.unsigned_abs() % 100);
        let json = format!(r#"{{"gemeenten": ["U"], "periode": {{"van": "2027-01-01", "tot": "2030-12-31"}}, "begroting": {{"posten": [{{"omschrijving": "x", "bedrag_euro": {tekst}}}]}}}}"#);
        let fout = Ivp::uit_json(&json).map(|_| ()).map_err(|e| e.bericht);
        prop_assert!(fout.is_err(), "{}", tekst);
    }
}

#[test]
fn bestaande_bedragen_lezen_met_dezelfde_betekenis() {
    for (geschreven, centen, terug) in [
        ("12500", 1_250_000, "12500"),
        ("1234.5", 123_450, "1234.5"),
        ("1234.50", 123_450, "1234.5"),
        ("0.07", 7, "0.07"),
        ("12500.0", 1_250_000, "12500"),
        ("-250", -25_000, "-250"),
    ] {
        let toml = format!(
            "gemeenten = [\"U\"]\nperiode = {{ van = 2027-01-01, tot = 2030-12-31 }}\n\
             [[begroting.posten]]\nomschrijving = \"x\"\nbedrag_euro = {geschreven}\n"
        );
        let ivp = Ivp::uit_toml(&toml).unwrap_or_else(|e| panic!("{geschreven}: {e}"));
        let bedrag = ivp.begroting.posten[0].bedrag_euro.clone();
        assert_eq!(
            bedrag,
            Bedrag::uit_centen(centen).map(Invulbaar::Waarde),
            "{geschreven}"
        );
        assert!(
            ivp.naar_toml()
                .unwrap()
                .contains(&format!("bedrag_euro = {terug}\n")),
            "{geschreven}"
        );
        assert!(
            ivp.naar_json()
                .contains(&format!("\"bedrag_euro\": {terug}\n")),
            "{geschreven}"
        );
    }
    let fout = |bedrag: &str| {
        Ivp::uit_json(&format!(
            r#"{{"gemeenten": ["U"], "periode": {{"van": "2027-01-01", "tot": "2030-12-31"}},
 "begroting": {{"posten": [{{"omschrijving": "x", "bedrag_euro": {bedrag}}}]}}}}"#
        ))
        .unwrap_err()
        .to_string()
    };
    assert_eq!(
        fout("1234.567"),
        "fout in begroting.posten[0].bedrag_euro (regel 2, kolom 64): ongeldig bedrag \"1234.567\": \
         een bedrag in euro heeft hoogstens twee decimalen (centen), bijvoorbeeld 1234.50"
    );
    assert_eq!(
        fout("9007199254740993"),
        "fout in begroting.posten[0].bedrag_euro (regel 2, kolom 64): ongeldig bedrag \
         \"9007199254740993\": een bedrag ligt tussen -999999999999.99 en 999999999999.99 euro"
    );
    assert_eq!(
        fout("\"12\""),
        "fout in begroting.posten[0].bedrag_euro (regel 2, kolom 64): verwacht een bedrag in euro \
         als getal, met hoogstens twee decimalen maar kreeg de tekst \"12\""
    );
}

#[test]
fn reeks_is_een_lijst_van_metingen() {
    let mut indicator = Effectindicator::new("x");
    indicator.reeks = BTreeMap::from([(2021, 1.0), (2020, 2.5)]);
    let json = serde_json::to_value(&indicator).unwrap();
    assert_eq!(
        json["reeks"],
        serde_json::json!([{"jaar": 2020, "waarde": 2.5}, {"jaar": 2021, "waarde": 1.0}])
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whatever the document, the controle does not panic, uses only registered rules at their
    /// severity, and every path points into the document (or at a missing key of an existing
    /// object); rendering and stacking do not panic either.
    #[test]
    fn controle_en_weergave_van_elk_document(document in document()) {
        let rapport = kernbeleid::controle::controleer(&document);
        let waarde: serde_json::Value = serde_json::from_str(&document.naar_json()).expect("json");
        for d in rapport.diagnoses() {
            let regel = kernbeleid::controle::Regel::met_code(&d.code);
            prop_assert_eq!(regel.map(|r| r.ernst), Some(d.ernst), "{}", d.code);
            let ouder = d.pad.rsplit_once('/').map_or("", |(o, _)| o);
            prop_assert!(
                waarde.pointer(&d.pad).is_some() || waarde.pointer(ouder).is_some_and(serde_json::Value::is_object),
                "{} wijst niet in het document: {}", d.code, d.pad
            );
        }
        prop_assert_eq!(rapport.is_geldig(), rapport.fouten() == 0);
        match &document {
            Document::Ivp(ivp) => {
                let md = kernbeleid::skelet::ivp_naar_markdown(ivp);
                prop_assert!(md.contains("## 7 Begroting"));
                let o = kernbeleid::regionaal::Overzicht::van([&**ivp]);
                let csv = o.naar_csv();
                let alle = Thema::VARIANTS.iter().all(|t| csv.contains(&format!("\n{},", t.code())));
                prop_assert!(alle, "elk thema een rij");
            }
            Document::Uitvoeringsplan(up) => {
                prop_assert!(kernbeleid::skelet::uitvoeringsplan_naar_markdown(up).contains("## 5 Begroting"));
            }
            Document::Analyse(a) => {
                prop_assert!(kernbeleid::skelet::analyse_naar_markdown(a).contains("## Veld 5"));
            }
            Document::Voortgang(r) => {
                prop_assert!(kernbeleid::voortgang::rapportage_naar_markdown(r).contains("## Maatregelen"));
            }
        }
    }

    /// Beside any analysis, an IVP's report keeps every finding it has alone and adds only the
    /// rules that read the analysis (IVP-040, IVP-041), at paths inside the plan.
    #[test]
    fn bij_de_analyse_komt_er_alleen_bij(
        ivp in strategie::ivp(),
        analyse in strategie::analyse(),
    ) {
        let alleen = kernbeleid::controle::controleer_ivp(&ivp);
        let bij = kernbeleid::controle::controleer_ivp_bij_analyse(&ivp, &analyse);
        let mut erbij: Vec<_> = bij.diagnoses().iter().collect();
        for d in alleen.diagnoses() {
            let plaats = erbij.iter().position(|b| *b == d);
            prop_assert!(plaats.is_some(), "{} {} ontbreekt naast de analyse", d.code, d.pad);
            if let Some(i) = plaats {
                erbij.remove(i);
            }
        }
        let waarde = serde_json::to_value(&ivp).expect("json");
        for d in erbij {
            prop_assert!(["IVP-040", "IVP-041"].contains(&d.code.as_ref()), "{}", d.code);
            prop_assert!(waarde.pointer(&d.pad).is_some(), "{} wijst niet in het plan: {}", d.code, d.pad);
        }
    }

    /// Every placeholder is reported once, with its path and its aanwijzing (told by a walk over
    /// the JSON value, slow and obviously right), in the document's order (the order of the
    /// aanwijzingen in its JSON text), among the hints after every more serious finding.
    #[test]
    fn elke_plaatshouder_een_keer_en_op_volgorde(document in document()) {
        let waarde: serde_json::Value = serde_json::from_str(&document.naar_json()).expect("json");
        let mut verwacht = Vec::new();
        plaatshouders_in(&waarde, &mut String::new(), &mut verwacht);
        let rapport = kernbeleid::controle::controleer(&document);
        let gevonden: Vec<(String, String)> = rapport
            .diagnoses()
            .iter()
            .filter(|d| d.code == "KBV-001")
            .map(|d| (d.pad.clone(), d.bericht.clone()))
            .collect();
        let mut op_pad = gevonden.clone();
        op_pad.sort();
        verwacht.sort();
        prop_assert_eq!(&op_pad, &verwacht);
        let volgorde: Vec<String> = aanwijzingen_in(&document.naar_json())
            .into_iter()
            .map(|a| format!("nog in te vullen: {a}"))
            .collect();
        let berichten: Vec<String> = gevonden.into_iter().map(|(_, b)| b).collect();
        prop_assert_eq!(berichten, volgorde);
        // The most serious first: the placeholders stand among the hints in the document's
        // order of paths (the rule book's report order), after every fout and waarschuwing.
        let ernst: Vec<_> = rapport.diagnoses().iter().map(|d| d.ernst).collect();
        prop_assert!(ernst.windows(2).all(|w| w[0] >= w[1]), "{:?}", ernst);
    }
}

/// serde's and the formats' English, as it would read in a message.
const ENGELS: [&str; 14] = [
    "expected",
    "invalid type",
    "missing field",
    "unknown variant",
    "unknown field",
    "invalid value",
    "invalid length",
    "duplicate field",
    "datetime",
    "key not found",
    "invalid",
    "unexpected",
    "wanted",
    " at line ",
];

/// Rust type names that must not reach a reader.
const TYPES: [&str; 44] = [
    "Ivp",
    "Uitvoeringsplan",
    "Veiligheidsanalyse",
    "Periode",
    "Meting",
    "Effectindicator",
    "Themauitwerking",
    "Invulbaar",
    "Vaststelling",
    "Begroting",
    "Post",
    "Bedrag",
    "Looptijd",
    "Maatregel",
    "Actiepunt",
    "UitvoeringsItem",
    "IvpVerwijzing",
    "Terugblik",
    "LokaleParagraaf",
    "LokaleUitvoering",
    "Deelthema",
    "BuitenBeschouwing",
    "Coordinatie",
    "Uitgangssituatie",
    "StrategischeDoelstelling",
    "VeldSamenvatting",
    "ThemaAnalyse",
    "AspectAnalyse",
    "VoorstelVeld",
    "Cijfer",
    "Orgaan",
    "IndicatorSoort",
    "IndicatorBron",
    "Richting",
    "ThemaVerwijzing",
    "SturingVoorziening",
    "NaiveDate",
    "BTreeMap",
    "String",
    "Vec",
    "Option",
    "i32",
    "u64",
    "f64",
];

/// The message without what it quotes of the input (that may be any text, English included).
fn zonder_aanhalingen(bericht: &str) -> String {
    let mut uit = String::new();
    let mut binnen = false;
    for c in bericht.chars() {
        if c == '"' {
            binnen = !binnen;
        } else if !binnen {
            uit.push(c);
        }
    }
    uit
}

fn controleer_nederlands(bericht: &str) -> Result<(), TestCaseError> {
    let eigen = zonder_aanhalingen(bericht);
    let klein = eigen.to_lowercase();
    for engels in ENGELS {
        prop_assert!(!klein.contains(engels), "Engels ({}): {}", engels, bericht);
    }
    for naam in TYPES {
        let als_woord = eigen
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|woord| woord == naam);
        prop_assert!(!als_woord, "typenaam {}: {}", naam, bericht);
    }
    Ok(())
}

/// Snippets that make documents wrong in the ways people and tools do.
const SNIPPETS: [&str; 47] = [
    "[",
    "]",
    "{",
    "}",
    "\"",
    ",",
    "=",
    ":",
    "\n",
    "0x1G",
    "2023-02-29",
    "2027-13-01",
    "1e",
    "nan",
    "-inf",
    "99999999999999999999",
    "true",
    "{ in_te_vullen = \"x\" }",
    "{\"in_te_vullen\": \"x\"}",
    "[1, 2, 3]",
    "\"6.1\"",
    "\n[[prioriteiten]]\n",
    "\n[coordinatie]\n",
    "\ntitel = \"x\"\n",
    "2027-01-01T10:00:00Z",
    "12:00:00",
    "'''",
    "\"\"\"",
    "\u{0}",
    "é",
    "0o9",
    "+1",
    "1.",
    "{}",
    "[]",
    "null",
    "82",
    "1234.567",
    "\"jaar\": 2020",
    "a.b = 1",
    // What real plans write: local names, a period as text, dates without a year or that do
    // not exist, the gemeenteraad.
    "\"Drugs\"",
    "\"betrekken bewoners\"",
    "\"Zorg & Veiligheid\"",
    "\"2017-2017\"",
    "\"12 maart\"",
    "2023-02-30",
    "\"gemeenteraad\"",
];

#[derive(Debug, Clone)]
enum Mutatie {
    Weg(f64, usize),
    Voeg(f64, usize),
    Vervang(f64, u8),
    Kap(f64),
    DubbeleRegel(f64),
}

fn mutatie() -> impl Strategy<Value = Mutatie> {
    prop_oneof![
        (0.0..1.0, 1..12usize).prop_map(|(p, n)| Mutatie::Weg(p, n)),
        (0.0..1.0, 0..SNIPPETS.len()).prop_map(|(p, i)| Mutatie::Voeg(p, i)),
        (0.0..1.0, any::<u8>()).prop_map(|(p, b)| Mutatie::Vervang(p, b)),
        (0.0..1.0).prop_map(Mutatie::Kap),
        (0.0..1.0).prop_map(Mutatie::DubbeleRegel),
    ]
}

fn muteer(tekst: &str, mutaties: &[Mutatie]) -> Vec<u8> {
    let mut b = tekst.as_bytes().to_vec();
    for m in mutaties {
        let plek = |p: f64, len: usize| ((p * len as f64) as usize).min(len);
        match *m {
            Mutatie::Weg(p, n) => {
                let i = plek(p, b.len());
                let eind = (i + n).min(b.len());
                b.drain(i..eind);
            }
            Mutatie::Voeg(p, s) => {
                let i = plek(p, b.len());
                let stuk = SNIPPETS[s].as_bytes();
                b.splice(i..i, stuk.iter().copied());
            }
            Mutatie::Vervang(p, nieuw) => {
                if !b.is_empty() {
                    let i = plek(p, b.len() - 1);
                    b[i] = nieuw;
                }
            }
            Mutatie::Kap(p) => {
                let i = plek(p, b.len());
                b.truncate(i);
            }
            Mutatie::DubbeleRegel(p) => {
                let i = plek(p, b.len());
                let begin = b[..i]
                    .iter()
                    .rposition(|&c| c == b'\n')
                    .map_or(0, |j| j + 1);
                let eind = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |j| i + j + 1);
                let regel = b[begin..eind].to_vec();
                b.splice(eind..eind, regel);
            }
        }
    }
    b
}

/// No read error of a mutated document speaks serde's English or names a Rust type, in either
/// format, with or without a name hint.
///
/// Run by hand in a thread of its own: building a document and its mutations nests proptest's
/// value trees deeper than a test thread's stack holds in a debug build.
#[test]
fn leesfouten_zijn_nederlands() {
    in_diepe_draad(
        512,
        || (document(), vec(mutatie(), 1..4)),
        |(document, mutaties)| {
            let json = document.naar_json();
            let toml = document
                .naar_toml()
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            for (tekst, hint) in [(json, "a.json"), (toml, "a.toml")] {
                let bytes = muteer(&tekst, &mutaties);
                for hint in [None, Some(Path::new(hint))] {
                    if let Err(fout) = Document::lees(&bytes, hint) {
                        controleer_nederlands(&fout.to_string())?;
                    }
                }
                for &soort in DocumentSoort::VARIANTS {
                    if let Err(fout) = Document::lees_als(&bytes, None, soort) {
                        controleer_nederlands(&fout.to_string())?;
                    }
                }
            }
            Ok(())
        },
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The same for arbitrary JSON values with the documents' keys.
    #[test]
    fn leesfouten_van_willekeurige_json_zijn_nederlands(waarde in json_waarde()) {
        let json = waarde.to_string();
        for &soort in DocumentSoort::VARIANTS {
            if let Err(fout) = Document::lees_als(json.as_bytes(), None, soort) {
                controleer_nederlands(&fout.to_string())?;
            }
        }
        if let Ok(toml) = toml::to_string(&waarde) {
            for &soort in DocumentSoort::VARIANTS {
                if let Err(fout) = Document::lees_als(toml.as_bytes(), None, soort) {
                    controleer_nederlands(&fout.to_string())?;
                }
            }
        }
    }
}

/// The check itself catches what it is meant to, and lets quoted input pass.
#[test]
fn de_controle_op_engels_werkt() {
    assert!(controleer_nederlands("fout in periode.tot: datetime key not found").is_err());
    assert!(controleer_nederlands("verwacht een tabel (Meting) maar kreeg het getal 82").is_err());
    assert!(controleer_nederlands("invalid hexadecimal number").is_err());
    assert!(controleer_nederlands("onbekende sleutel \"expected\"; toegestaan is: naam").is_ok());
    assert!(controleer_nederlands("verwacht een tabel { jaar = …, waarde = … }").is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Writing TOML front to back gives the very bytes `toml::to_string_pretty` gives.
    #[test]
    fn toml_schrijven_geeft_dezelfde_bytes(document in document()) {
        let verwacht = match &document {
            Document::Ivp(d) => toml::to_string_pretty(d),
            Document::Uitvoeringsplan(d) => toml::to_string_pretty(d),
            Document::Analyse(d) => toml::to_string_pretty(d),
            Document::Voortgang(d) => toml::to_string_pretty(d),
        }
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let toml = document.naar_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(toml, verwacht);
    }
}

#[test]
fn toml_van_de_fixture_zijn_dezelfde_bytes() {
    let ivp = Ivp::uit_toml(include_str!("fixtures/vijfheerenlanden-2023-2026.toml")).unwrap();
    assert_eq!(
        ivp.naar_toml().unwrap(),
        toml::to_string_pretty(&ivp).unwrap()
    );
}

/// The aanwijzingen of a JSON text in the order they stand: each string after an unescaped
/// `"in_te_vullen"` key.
fn aanwijzingen_in(json: &str) -> Vec<String> {
    const SLEUTEL: &str = "\"in_te_vullen\"";
    let mut uit = Vec::new();
    let mut vanaf = 0;
    while let Some(i) = json[vanaf..].find(SLEUTEL).map(|i| vanaf + i) {
        vanaf = i + SLEUTEL.len();
        if json[..i].ends_with('\\') {
            continue;
        }
        let rest = json[vanaf..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let mut stroom = serde_json::Deserializer::from_str(rest).into_iter::<String>();
        if let Some(Ok(aanwijzing)) = stroom.next() {
            uit.push(aanwijzing);
        }
    }
    uit
}

/// The placeholders of a JSON value: (JSON Pointer, the controle's message).
fn plaatshouders_in(waarde: &serde_json::Value, pad: &mut String, uit: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match waarde {
        Value::Object(map) => {
            if let (1, Some(Value::String(aanwijzing))) = (map.len(), map.get("in_te_vullen")) {
                uit.push((pad.clone(), format!("nog in te vullen: {aanwijzing}")));
                return;
            }
            for (sleutel, kind) in map {
                let lengte = pad.len();
                pad.push('/');
                pad.push_str(&sleutel.replace('~', "~0").replace('/', "~1"));
                plaatshouders_in(kind, pad, uit);
                pad.truncate(lengte);
            }
        }
        Value::Array(lijst) => {
            for (i, kind) in lijst.iter().enumerate() {
                let lengte = pad.len();
                pad.push_str(&format!("/{i}"));
                plaatshouders_in(kind, pad, uit);
                pad.truncate(lengte);
            }
        }
        _ => {}
    }
}
