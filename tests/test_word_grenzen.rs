//! The Word reader against small hostile files (issue 23): each is refused with a Dutch error
//! or read within bounds, quickly. The files are made here, from the crate's own skeleton.
#![cfg(feature = "word")]

mod strategie;

use std::io::{Cursor, Read, Write};
use std::time::{Duration, Instant};

use kernbeleid::document::{Document, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::docx::{self, WordFoutSoort};

fn skelet() -> Vec<u8> {
    let opties = IvpOpties::new(
        ["Utrecht"],
        "2027-2030".parse::<Periode>().expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2").expect("keuze"),
    );
    docx::schrijf(&Document::from(skelet::ivp(&opties))).expect("docx")
}

fn uitpakken(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("deel");
            let mut inhoud = Vec::new();
            f.read_to_end(&mut inhoud).expect("lezen");
            (f.name().to_owned(), inhoud)
        })
        .collect()
}

fn inpakken(delen: &[(String, Vec<u8>)], methode: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opties = zip::write::SimpleFileOptions::default()
        .compression_method(methode)
        .large_file(false);
    for (naam, inhoud) in delen {
        if naam.ends_with('/') {
            continue;
        }
        zip.start_file(naam.as_str(), opties).expect("start");
        zip.write_all(inhoud).expect("schrijven");
    }
    zip.finish().expect("zip").into_inner()
}

/// `word/document.xml` changed by `bewerking`.
fn bewerk(bytes: &[u8], bewerking: impl FnOnce(String) -> String) -> Vec<(String, Vec<u8>)> {
    let mut delen = uitpakken(bytes);
    if let Some((_, inhoud)) = delen.iter_mut().find(|(n, _)| n == "word/document.xml") {
        let xml = String::from_utf8(std::mem::take(inhoud)).expect("utf8");
        *inhoud = bewerking(xml).into_bytes();
    }
    delen
}

/// Runs `f`, and says how long it took.
fn getimed<R>(f: impl FnOnce() -> R) -> (R, Duration) {
    let begin = Instant::now();
    let r = f();
    (r, begin.elapsed())
}

/// Every occurrence of `van` in `bytes` replaced by `naar`, of the same length.
fn vervang(bytes: &mut [u8], van: &[u8], naar: &[u8]) -> usize {
    assert_eq!(van.len(), naar.len());
    let mut n = 0;
    let mut i = 0;
    while i + van.len() <= bytes.len() {
        if &bytes[i..i + van.len()] == van {
            bytes[i..i + van.len()].copy_from_slice(naar);
            n += 1;
            i += van.len();
        } else {
            i += 1;
        }
    }
    n
}

/// A heading of 2 MiB followed by a thousand paragraphs typed outside the fields: every
/// finding names its place in a few words, not the whole heading each time.
#[test]
fn lange_kop_in_de_plaats_van_een_bevinding_is_kort() {
    let kop = "woord ".repeat(2 << 20 >> 3);
    let mut extra = format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>{kop}</w:t></w:r></w:p>"
    );
    for i in 0..1000 {
        extra.push_str(&format!("<w:p><w:r><w:t>getypt {i}</w:t></w:r></w:p>"));
    }
    let delen = bewerk(&skelet(), |xml| {
        let eind = xml.rfind("<w:sectPr").expect("sectPr");
        format!("{}{extra}{}", &xml[..eind], &xml[eind..])
    });
    let bytes = inpakken(&delen, zip::CompressionMethod::Deflated);
    let (gelezen, duur) = getimed(|| docx::lees(&bytes));
    let gelezen = gelezen.expect("leesbaar");
    let buiten: Vec<_> = gelezen
        .bevindingen
        .iter()
        .filter(|b| b.tekst.starts_with("getypt"))
        .collect();
    assert_eq!(buiten.len(), 1000, "niets weggelaten");
    for b in &buiten {
        assert!(b.waar.len() < 150, "{}", b.waar);
        // The heading as Word shows it: its number from the style ("7.1 "), then its words.
        assert!(
            b.waar.starts_with("onder de kop \"") && b.waar.contains(" woord woord"),
            "{}",
            b.waar
        );
        assert!(b.waar.contains('…'), "{}", b.waar);
    }
    assert!(duur < Duration::from_secs(30), "{duur:?}");
}

/// Two entries named `word/document.xml`: which one counts cannot be said, so the file is
/// refused (the zip crate would silently keep the last).
#[test]
fn dubbele_naam_geweigerd() {
    let mut delen = uitpakken(&skelet());
    let document = delen
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .map(|(_, d)| d.clone())
        .expect("document");
    delen.push(("word/documenX.xml".to_owned(), document));
    let mut bytes = inpakken(&delen, zip::CompressionMethod::Deflated);
    assert_eq!(
        vervang(&mut bytes, b"word/documenX.xml", b"word/document.xml"),
        2
    );
    let fout = docx::lees(&bytes).unwrap_err();
    assert_eq!(fout.soort, WordFoutSoort::Onleesbaar);
    assert!(
        fout.to_string().contains("twee keer onder dezelfde naam"),
        "{fout}"
    );
}

/// Many custom XML entries whose central records all point at the same data: refused before
/// any is unpacked.
#[test]
fn overlappende_delen_geweigerd() {
    let mut delen = uitpakken(&skelet());
    let groot = format!("<x>{}</x>", " ".repeat(1 << 20)).into_bytes();
    for i in 0..200 {
        delen.push((format!("customXml/item9{i:03}.xml"), groot.clone()));
    }
    let mut bytes = inpakken(&delen, zip::CompressionMethod::Deflated);
    // Point every central record of those entries at the local header of the first.
    let eerste = find(&bytes, b"PK\x03\x04", "customXml/item9000.xml");
    let mut i = 0;
    let mut gepatcht = 0;
    while let Some(p) = zoek(&bytes[i..], b"PK\x01\x02") {
        let p = i + p;
        let lengte = u16::from_le_bytes([bytes[p + 28], bytes[p + 29]]) as usize;
        let naam = &bytes[p + 46..p + 46 + lengte];
        if naam.starts_with(b"customXml/item9") {
            bytes[p + 42..p + 46].copy_from_slice(&(eerste as u32).to_le_bytes());
            gepatcht += 1;
        }
        i = p + 46;
    }
    assert_eq!(gepatcht, 200);
    let (fout, duur) = getimed(|| docx::lees(&bytes).map(|_| ()).unwrap_err());
    assert_eq!(fout.soort, WordFoutSoort::Onleesbaar, "{fout}");
    assert!(fout.to_string().contains("dezelfde gegevens"), "{fout}");
    assert!(duur < Duration::from_secs(5), "{duur:?}");
}

fn zoek(hooiberg: &[u8], naald: &[u8]) -> Option<usize> {
    hooiberg.windows(naald.len()).position(|w| w == naald)
}

/// The offset of the local header of the entry named `naam`.
fn find(bytes: &[u8], handtekening: &[u8], naam: &str) -> usize {
    let mut i = 0;
    while let Some(p) = zoek(&bytes[i..], handtekening) {
        let p = i + p;
        let lengte = u16::from_le_bytes([bytes[p + 26], bytes[p + 27]]) as usize;
        if bytes.get(p + 30..p + 30 + lengte) == Some(naam.as_bytes()) {
            return p;
        }
        i = p + 4;
    }
    panic!("{naam} niet gevonden");
}

/// A body of empty paragraphs that unpacks from a small file: refused at the limit of blocks,
/// quickly, instead of a tree of a gigabyte.
#[test]
fn lege_alineas_begrensd() {
    let delen = bewerk(&skelet(), |xml| {
        let eind = xml.rfind("<w:sectPr").expect("sectPr");
        format!(
            "{}{}{}",
            &xml[..eind],
            "<w:p/>".repeat(2_000_000),
            &xml[eind..]
        )
    });
    let bytes = inpakken(&delen, zip::CompressionMethod::Deflated);
    assert!(bytes.len() < 110 * 1024, "{}", bytes.len());
    let (fout, duur) = getimed(|| docx::lees(&bytes).map(|_| ()).unwrap_err());
    assert_eq!(fout.soort, WordFoutSoort::Onleesbaar, "{fout}");
    assert!(fout.to_string().contains("alinea's"), "{fout}");
    assert!(duur < Duration::from_secs(20), "{duur:?}");
}

/// A part compressed with bzip2: said so, not "beschadigd".
#[test]
fn bzip2_niet_ondersteund() {
    let mut bytes = skelet();
    // The method field of word/document.xml, in its local header and its central record.
    let lokaal = find(&bytes, b"PK\x03\x04", "word/document.xml");
    bytes[lokaal + 8..lokaal + 10].copy_from_slice(&12u16.to_le_bytes());
    let mut i = 0;
    while let Some(p) = zoek(&bytes[i..], b"PK\x01\x02") {
        let p = i + p;
        let lengte = u16::from_le_bytes([bytes[p + 28], bytes[p + 29]]) as usize;
        if &bytes[p + 46..p + 46 + lengte] == b"word/document.xml" {
            bytes[p + 10..p + 12].copy_from_slice(&12u16.to_le_bytes());
        }
        i = p + 46;
    }
    let fout = docx::lees(&bytes).unwrap_err();
    let bericht = fout.to_string();
    assert!(
        bericht.contains("compressie niet ondersteund (bzip2)"),
        "{bericht}"
    );
    assert!(!bericht.contains("beschadigd"), "{bericht}");
}

/// Parts each under their limit but together over the total: refused.
#[test]
fn uitgepakt_totaal_begrensd() {
    let mut delen = uitpakken(&skelet());
    for (naam, inhoud) in &mut delen {
        if naam == "word/document.xml" {
            let xml = String::from_utf8(std::mem::take(inhoud)).expect("utf8");
            let eind = xml.rfind("<w:sectPr").expect("sectPr");
            // A comment of 30 MiB: no blocks, only bytes.
            *inhoud = format!(
                "{}<!--{}-->{}",
                &xml[..eind],
                "x".repeat(30 << 20),
                &xml[eind..]
            )
            .into_bytes();
        } else if naam.starts_with("customXml/item") && !naam.contains("Props") {
            let xml = String::from_utf8(std::mem::take(inhoud)).expect("utf8");
            let eind = xml.rfind("</").expect("eind");
            *inhoud =
                format!("{}{}{}", &xml[..eind], " ".repeat(20 << 20), &xml[eind..]).into_bytes();
        }
    }
    let bytes = inpakken(&delen, zip::CompressionMethod::Stored);
    let fout = docx::lees(&bytes).unwrap_err();
    assert!(
        fout.to_string().contains("samen groter dan 48 MiB"),
        "{fout}"
    );
}

/// A file over the limit of the file itself is refused before it is opened.
#[test]
fn bestand_boven_de_grens() {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.resize(docx::GROOTSTE_BESTAND + 1, 0);
    let (fout, duur) = getimed(|| docx::lees(&bytes).map(|_| ()).unwrap_err());
    assert!(fout.to_string().contains("groter dan 64 MiB"), "{fout}");
    assert!(duur < Duration::from_millis(100), "{duur:?}");
}

/// Every text of a value, in order.
fn teksten(waarde: &serde_json::Value, uit: &mut Vec<String>) {
    match waarde {
        serde_json::Value::String(t) => uit.push(t.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|w| teksten(w, uit)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, w)| {
            uit.push(k.clone());
            teksten(w, uit);
        }),
        _ => {}
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Any document written and read back by each format (JSON, TOML, Word) keeps every text,
    /// key and value, in its order: nothing dropped on the way.
    #[test]
    fn elk_formaat_houdt_elke_tekst(document in strategie::document()) {
        let mut verwacht = Vec::new();
        teksten(&serde_json::from_str(&document.naar_json()).expect("json"), &mut verwacht);
        let json = Document::lees(document.naar_json().as_bytes(), None).expect("json terug");
        let toml = Document::lees(document.naar_toml().expect("toml").as_bytes(), None)
            .expect("toml terug");
        let word = docx::lees(&docx::schrijf(&document).expect("docx")).expect("docx terug");
        for (formaat, terug) in [("json", json), ("toml", toml), ("docx", word.document)] {
            let mut gelezen = Vec::new();
            teksten(&serde_json::from_str(&terug.naar_json()).expect("json"), &mut gelezen);
            proptest::prop_assert_eq!(&gelezen, &verwacht, "{}", formaat);
        }
    }
}

/// The value at a JSON Pointer of a document.
fn waarde_bij(document: &Document, pad: &str) -> serde_json::Value {
    let json: serde_json::Value = serde_json::from_str(&document.naar_json()).expect("json");
    json.pointer(pad)
        .cloned()
        .unwrap_or(serde_json::Value::Null)
}

/// Text typed into a control that still carries `w:showingPlcHdr`, as other editors and
/// scripts leave it (Word clears the mark): a script that replaced the hint inside its run,
/// an editor that wrote a run of its own. Both are the user's text and read as filled in; a
/// control Word emptied (its placeholder in Word's `PlaceholderText` style) and an untouched
/// one stay open.
#[test]
fn getypte_tekst_bij_een_plaatshouder_blijft() {
    let origineel = skelet();
    let oud = docx::lees(&origineel).expect("leesbaar").document;
    let hint = |pad: &str| match waarde_bij(&oud, pad) {
        serde_json::Value::Object(m) => m
            .get("in_te_vullen")
            .and_then(|h| h.as_str())
            .expect("hint")
            .to_owned(),
        anders => panic!("{pad} staat niet open: {anders}"),
    };
    let (ambtelijk, bestuurlijk, cyclus) = (
        hint("/coordinatie/ambtelijk"),
        hint("/coordinatie/bestuurlijk"),
        hint("/coordinatie/beleidscyclus"),
    );
    let delen = bewerk(&origineel, |xml| {
        let run = |tekst: &str| {
            format!(
                "<w:r><w:rPr><w:rStyle w:val=\"Invulveld\"/></w:rPr><w:t xml:space=\"preserve\">{tekst}</w:t></w:r>"
            )
        };
        for t in [&ambtelijk, &bestuurlijk, &cyclus] {
            assert_eq!(xml.matches(&run(t)).count(), 1, "{t}");
        }
        xml.replace(
            &run(&ambtelijk),
            &run("Het team OOV co&#246;rdineert, met de politie"),
        )
        .replace(
            &run(&bestuurlijk),
            "<w:r><w:rPr><w:lang w:val=\"nl-NL\"/></w:rPr><w:t>De burgemeester</w:t></w:r>",
        )
        .replace(
            &run(&cyclus),
            "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>Klik of tik om tekst in te voeren.</w:t></w:r>",
        )
    });
    let bytes = inpakken(&delen, zip::CompressionMethod::Deflated);
    let gelezen = docx::lees(&bytes).expect("leesbaar");
    let nieuw = &gelezen.document;
    assert_eq!(
        waarde_bij(nieuw, "/coordinatie/ambtelijk"),
        "Het team OOV coördineert, met de politie"
    );
    assert_eq!(
        waarde_bij(nieuw, "/coordinatie/bestuurlijk"),
        "De burgemeester"
    );
    assert_eq!(
        waarde_bij(nieuw, "/coordinatie/beleidscyclus"),
        waarde_bij(&oud, "/coordinatie/beleidscyclus"),
        "Word's own placeholder is no text"
    );
    assert_eq!(
        waarde_bij(nieuw, "/begroting/toelichting"),
        waarde_bij(&oud, "/begroting/toelichting"),
        "an untouched placeholder stays open"
    );
    let mut verwacht = waarde_bij(&oud, "");
    verwacht["coordinatie"]["ambtelijk"] = "Het team OOV coördineert, met de politie".into();
    verwacht["coordinatie"]["bestuurlijk"] = "De burgemeester".into();
    assert_eq!(waarde_bij(nieuw, ""), verwacht, "nothing else changed");
}

/// A table row labelled with an index the document does not have (pasted from a longer table,
/// or the document part edited): read as a new row that keeps its placeholders and its text,
/// with a finding that names the row; nothing vanishes.
#[test]
fn rij_met_onbekend_label_houdt_haar_plaatshouders() {
    let origineel = skelet();
    let oud = docx::lees(&origineel).expect("leesbaar").document;
    let tabel = "/prioriteiten/0/effectindicatoren";
    let delen = bewerk(&origineel, |xml| {
        let van = format!("\"{tabel}/1/");
        assert!(xml.matches(&van).count() >= 2, "{van}");
        xml.replace(&van, &format!("\"{tabel}/7/"))
    });
    let bytes = inpakken(&delen, zip::CompressionMethod::Deflated);
    let gelezen = docx::lees(&bytes).expect("leesbaar");
    let oude_rij = waarde_bij(&oud, &format!("{tabel}/1"));
    let nieuwe_rij = waarde_bij(&gelezen.document, &format!("{tabel}/1"));
    for sleutel in ["naam", "nulmeting", "streefwaarde"] {
        assert!(oude_rij.get(sleutel).is_some(), "{sleutel}: {oude_rij}");
        assert_eq!(nieuwe_rij.get(sleutel), oude_rij.get(sleutel), "{sleutel}");
    }
    assert!(
        oude_rij["nulmeting"]["in_te_vullen"].is_string(),
        "a placeholder in the skeleton: {oude_rij}"
    );
    assert_eq!(
        waarde_bij(&gelezen.document, tabel)
            .as_array()
            .map(Vec::len),
        waarde_bij(&oud, tabel).as_array().map(Vec::len)
    );
    let gemeld: Vec<_> = gelezen
        .bevindingen
        .iter()
        .filter(|b| b.pad.as_deref() == Some(&format!("{tabel}/7")))
        .collect();
    assert_eq!(gemeld.len(), 1, "{:#?}", gelezen.bevindingen);
    assert!(
        gemeld[0].bericht.starts_with("rij 2 van de tabel")
            && gemeld[0].bericht.contains("als nieuwe rij gelezen"),
        "{}",
        gemeld[0].bericht
    );
}
