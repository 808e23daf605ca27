//! `kbv` and Word: the skeleton as a .docx to fill in, that .docx read back by `kbv lees`,
//! `kbv controleer` and `kbv regionaal`, what was typed outside the fields reported, files that
//! are no .docx of the crate refused; and the HTML page to publish.

use std::io::{Cursor, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output};

mod gemeen;
use gemeen::{kbv, stderr, stdout};

/// A fresh directory of this test process.
fn map() -> PathBuf {
    let map = std::env::temp_dir().join(format!("kbv-word-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    map
}

fn pad(naam: &str) -> String {
    map().join(naam).to_str().expect("pad").to_string()
}

fn tijdelijk(naam: &str, inhoud: &[u8]) -> String {
    let p = pad(naam);
    std::fs::write(&p, inhoud).expect("schrijven");
    p
}

const SKELET: [&str; 7] = [
    "skelet",
    "--gemeente",
    "Utrecht",
    "--periode",
    "2027-2030",
    "--prioriteiten",
    "1.3,5.2,3.2",
];

fn skelet(extra: &[&str]) -> Output {
    let mut args = SKELET.to_vec();
    args.extend_from_slice(extra);
    kbv(&args)
}

fn geslaagd(o: &Output, waar: &str) {
    assert_eq!(o.status.code(), Some(0), "{waar}: {}", stderr(o));
}

#[test]
fn skelet_als_docx_leest_terug_als_het_toml_skelet_en_controleert_zonder_fouten() {
    for (soort, extra) in [
        ("ivp", &[][..]),
        ("up", &["--uitvoeringsplan"][..]),
        ("analyse", &["--analyse"][..]),
    ] {
        let word = pad(&format!("skelet-{soort}.docx"));
        let mut args = vec!["--formaat", "docx", "--uitvoer", word.as_str()];
        args.extend_from_slice(extra);
        let o = skelet(&args);
        geslaagd(&o, soort);
        assert!(o.stdout.is_empty(), "{soort}: niets op de standaarduitvoer");
        let bytes = std::fs::read(&word).expect("het Word-bestand is geschreven");
        assert!(bytes.starts_with(b"PK"), "{soort}");

        let mut args = vec!["--formaat", "toml"];
        args.extend_from_slice(extra);
        let toml = skelet(&args);
        geslaagd(&toml, soort);

        let terug = kbv(&["lees", &word, "--toml"]);
        geslaagd(&terug, soort);
        assert!(terug.stderr.is_empty(), "{soort}: {}", stderr(&terug));
        assert_eq!(stdout(&terug), stdout(&toml), "{soort}");

        let c = kbv(&["controleer", &word]);
        geslaagd(&c, soort);
        let c = kbv(&["controleer", &word, "--json"]);
        geslaagd(&c, soort);
        let json: serde_json::Value = serde_json::from_str(&stdout(&c)).expect("json");
        assert_eq!(json["fouten"], 0, "{soort}");
        assert_eq!(json["bevindingen"], serde_json::json!([]), "{soort}");
        // The existing keys stay where they were; bevindingen comes last.
        assert!(
            stdout(&c).ends_with(",\n  \"bevindingen\": []\n}\n"),
            "{}",
            stdout(&c)
        );
        assert!(
            stdout(&c).starts_with("{\n  \"diagnoses\": [\n"),
            "{}",
            stdout(&c)
        );
    }
}

#[test]
fn uitvoer_kiest_het_formaat_uit_de_extensie_en_werkt_voor_elk_formaat() {
    let word = pad("uit-extensie.docx");
    geslaagd(&skelet(&["--uitvoer", &word]), "docx");
    assert!(std::fs::read(&word).expect("docx").starts_with(b"PK"));

    let md = pad("uit-extensie.md");
    geslaagd(&skelet(&["--uitvoer", &md]), "md");
    let markdown = std::fs::read_to_string(&md).expect("md");
    assert_eq!(markdown, stdout(&skelet(&[])));
    assert!(markdown.starts_with("# Integraal Veiligheidsplan Utrecht 2027-2030\n"));

    let json = pad("uit-extensie.json");
    geslaagd(&skelet(&["--uitvoer", &json]), "json");
    assert_eq!(
        std::fs::read_to_string(&json).expect("json"),
        stdout(&skelet(&["--formaat", "json"]))
    );

    // --formaat wins over the extension.
    let txt = pad("expliciet.txt");
    geslaagd(&skelet(&["--formaat", "toml", "--uitvoer", &txt]), "toml");
    assert_eq!(
        std::fs::read_to_string(&txt).expect("toml"),
        stdout(&skelet(&["--formaat", "toml"]))
    );
}

#[test]
fn docx_mag_naar_een_pijp_maar_niet_naar_de_terminal() {
    // Output() gives kbv a pipe, not a terminal: the bytes go to stdout. (Refusing a terminal
    // needs a pseudo-terminal; the refusal is a check on IsTerminal before any work.)
    let o = skelet(&["--formaat", "docx"]);
    geslaagd(&o, "pijp");
    assert!(o.stdout.starts_with(b"PK"));
    let p = tijdelijk("via-pijp.docx", &o.stdout);
    geslaagd(&kbv(&["controleer", &p]), "via pijp");
}

/// With `script` (util-linux) on the PATH, kbv runs on a pseudo-terminal: a .docx is refused
/// there, before any work, with exit code 2; elsewhere the test says it was skipped.
#[test]
fn docx_niet_naar_de_terminal() {
    let kan = Command::new("script")
        .args(["-qec", "true", "/dev/null"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !kan {
        eprintln!("overgeslagen: geen `script` om een terminal na te bootsen");
        return;
    }
    let word = tijdelijk("terminal.docx", &skelet(&["--formaat", "docx"]).stdout);
    let kbv = env!("CARGO_BIN_EXE_kbv");
    for opdracht in [
        format!("{kbv} skelet --gemeente U --periode 2027-2030 --prioriteiten 1.3 --formaat docx"),
        format!("{kbv} lees {word}"),
        format!("{kbv} lees {word} --formaat docx"),
    ] {
        let o = Command::new("script")
            .args(["-qec", &opdracht, "/dev/null"])
            .output()
            .expect("script draait");
        let tekst = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(2), "{opdracht}: {tekst}");
        assert!(
            tekst.contains(
                "een Word-bestand (docx) is binair en wordt niet naar de terminal geschreven"
            ),
            "{opdracht}: {tekst}"
        );
        assert!(!tekst.contains("PK"), "{opdracht}: {tekst}");
    }
    // A text format to the terminal is fine.
    let o = Command::new("script")
        .args(["-qec", &format!("{kbv} lees {word} --toml"), "/dev/null"])
        .output()
        .expect("script draait");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn html_is_een_nederlandse_pagina() {
    let o = skelet(&["--formaat", "html"]);
    geslaagd(&o, "html");
    let html = stdout(&o);
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "{}",
        &html[..80.min(html.len())]
    );
    assert!(html.contains("lang=\"nl\""));
    assert!(html.contains("Utrecht"));

    let bestand = pad("ivp.html");
    geslaagd(&skelet(&["--uitvoer", &bestand]), "html-bestand");
    assert_eq!(std::fs::read_to_string(&bestand).expect("html"), html);

    // And from a filled-in .docx.
    let word = pad("voor-html.docx");
    geslaagd(&skelet(&["--formaat", "docx", "--uitvoer", &word]), "docx");
    let o = kbv(&["lees", &word, "--formaat", "html"]);
    geslaagd(&o, "lees html");
    assert_eq!(stdout(&o), html);
}

#[test]
fn lees_zet_om_tussen_toml_json_en_docx() {
    let toml = skelet(&["--formaat", "toml"]);
    let plan = tijdelijk("omzetten.toml", &toml.stdout);
    let word = pad("omgezet.docx");
    let o = kbv(&["lees", &plan, "--formaat", "docx", "--uitvoer", &word]);
    geslaagd(&o, "naar docx");
    assert!(o.stdout.is_empty());
    let json = kbv(&["lees", &word, "--json"]);
    geslaagd(&json, "naar json");
    assert_eq!(stdout(&json), stdout(&skelet(&["--formaat", "json"])));
    let md = kbv(&["lees", &word, "--formaat", "markdown"]);
    geslaagd(&md, "naar markdown");
    assert_eq!(stdout(&md), stdout(&skelet(&[])));
    // A .docx on standard input is recognised by its bytes.
    let mut kind = Command::new(env!("CARGO_BIN_EXE_kbv"))
        .args(["lees", "-", "--toml"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("kbv draait");
    kind.stdin
        .take()
        .expect("stdin")
        .write_all(&std::fs::read(&word).expect("docx"))
        .expect("schrijven");
    let o = kind.wait_with_output().expect("klaar");
    geslaagd(&o, "stdin");
    assert_eq!(stdout(&o), stdout(&toml));
}

#[test]
fn regionaal_stapelt_docx_en_toml() {
    let word = pad("regio.docx");
    geslaagd(&skelet(&["--formaat", "docx", "--uitvoer", &word]), "docx");
    let mut args = SKELET.to_vec();
    args[2] = "Zeist";
    args.extend_from_slice(&["--formaat", "toml"]);
    let zeist = tijdelijk("regio-zeist.toml", &kbv(&args).stdout);
    let o = kbv(&["regionaal", &word, &zeist, "--csv"]);
    geslaagd(&o, "regionaal");
    let csv = stdout(&o);
    assert!(
        csv.starts_with(
            "code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Utrecht,Zeist\n"
        ),
        "{csv}"
    );
    assert!(csv.contains(",2,0,0,0,prioriteit,prioriteit\n"), "{csv}");
}

/// Adds a paragraph typed outside the content controls, after the heading of the second
/// priority, and packs the file again.
fn met_losse_tekst(bytes: &[u8], tekst: &str) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut uit = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opties = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut deel = zip.by_index(i).expect("deel");
        let naam = deel.name().to_owned();
        let mut inhoud = Vec::new();
        deel.read_to_end(&mut inhoud).expect("lezen");
        if naam.ends_with('/') {
            continue;
        }
        if naam == "word/document.xml" {
            let xml = String::from_utf8(inhoud).expect("utf8");
            let kop = xml
                .find("<w:tag w:val=\"/prioriteiten/1/naam\"/>")
                .expect("kop");
            let na = kop + xml[kop..].find("</w:p>").expect("einde kop") + "</w:p>".len();
            inhoud = format!(
                "{}<w:p><w:r><w:t>{tekst}</w:t></w:r></w:p>{}",
                &xml[..na],
                &xml[na..]
            )
            .into_bytes();
        }
        uit.start_file(naam.as_str(), opties).expect("start");
        uit.write_all(&inhoud).expect("schrijven");
    }
    uit.finish().expect("zip").into_inner()
}

#[test]
fn tekst_buiten_de_invulvelden_wordt_gemeld_met_het_bestand() {
    let o = skelet(&["--formaat", "docx"]);
    geslaagd(&o, "docx");
    let word = tijdelijk(
        "met-losse-tekst.docx",
        &met_losse_tekst(&o.stdout, "Nog met de wethouder bespreken"),
    );

    let c = kbv(&["controleer", &word]);
    geslaagd(&c, "controleer");
    let melding = stderr(&c);
    assert!(
        melding.starts_with(&format!("kbv: {word}: onder de kop \"4.2 ")),
        "{melding}"
    );
    assert!(
        melding.contains(
            "tekst buiten de invulvelden is niet gelezen: \"Nog met de wethouder bespreken\""
        ),
        "{melding}"
    );
    assert_eq!(melding.lines().count(), 1, "{melding}");

    let c = kbv(&["controleer", &word, "--json"]);
    geslaagd(&c, "controleer --json");
    let json: serde_json::Value = serde_json::from_str(&stdout(&c)).expect("json");
    let b = &json["bevindingen"][0];
    assert_eq!(b["bestand"], word.as_str());
    assert_eq!(b["soort"], "tekst_buiten_invulveld");
    assert_eq!(b["tekst"], "Nog met de wethouder bespreken");
    assert_eq!(json["bevindingen"].as_array().map(Vec::len), Some(1));

    for args in [&["lees", &word, "--toml"][..], &["regionaal", &word]] {
        let o = kbv(args);
        geslaagd(&o, args[0]);
        assert_eq!(stderr(&o), melding, "{}", args[0]);
    }
}

#[test]
fn wat_geen_docx_van_kbv_is_geeft_2_met_nederlandse_melding() {
    let willekeurig: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    // An empty zip archive: the end-of-central-directory record and nothing else.
    let mut lege_zip = b"PK\x05\x06".to_vec();
    lege_zip.extend_from_slice(&[0; 18]);
    let afgekapt = {
        let o = skelet(&["--formaat", "docx"]);
        o.stdout[..o.stdout.len() / 2].to_vec()
    };
    for (naam, inhoud, verwacht) in [
        (
            "willekeurig.docx",
            willekeurig,
            "is geen Word-document (.docx)",
        ),
        (
            "lege-zip.docx",
            lege_zip.clone(),
            "is geen Word-document (.docx)",
        ),
        // Not named .docx: recognised as a zip by its bytes all the same.
        ("lege-zip.toml", lege_zip, "is geen Word-document (.docx)"),
        ("afgekapt.docx", afgekapt, ""),
    ] {
        let p = tijdelijk(naam, &inhoud);
        for args in [
            &["lees", &p][..],
            &["lees", &p, "--json"],
            &["controleer", &p],
            &["controleer", &p, "--json"],
            &["regionaal", &p],
        ] {
            let o = kbv(args);
            let fout = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{naam} {args:?}: {fout}");
            assert!(o.stdout.is_empty(), "{naam} {args:?}");
            assert!(
                fout.starts_with(&format!("kbv: {p}: ")),
                "{naam} {args:?}: {fout}"
            );
            assert!(fout.contains(verwacht), "{naam} {args:?}: {fout}");
            assert!(!fout.contains("panicked"), "{naam} {args:?}: {fout}");
        }
    }
}

#[test]
fn verkeerde_formaten_en_onschrijfbare_uitvoer() {
    let o = skelet(&["--formaat", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "--formaat: onbekend formaat \"pdf\"; verwacht markdown, json, toml, docx of html"
        ),
        "{}",
        stderr(&o)
    );
    let o = skelet(&["--formaat", "docx", "--uitvoer", "/bestaat/niet/ivp.docx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "kan bestand \"/bestaat/niet/ivp.docx\" niet schrijven: het bestand of de map bestaat niet"
        ),
        "{}",
        stderr(&o)
    );
    let o = kbv(&["lees", "x.toml", "--json", "--formaat", "docx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("kbv: "), "{}", stderr(&o));
}

#[test]
fn hulp_noemt_word_en_html() {
    let hulp = stdout(&kbv(&["skelet", "--help"]));
    for tekst in [
        "markdown (standaard), json, toml, docx of html",
        "docx een Word-bestand",
        "html een pagina om te publiceren",
        "--uitvoer <BESTAND>",
        "Schrijf naar dit bestand in plaats van naar de standaarduitvoer",
        "Een Word-bestand gaat nooit naar de\nterminal",
    ] {
        assert!(hulp.contains(tekst), "{tekst}: {hulp}");
    }
    let hulp = stdout(&kbv(&["lees", "--help"]));
    for tekst in [
        "Word-bestand (.docx)",
        "--formaat <FORMAAT>",
        "--uitvoer <BESTAND>",
    ] {
        assert!(hulp.contains(tekst), "{tekst}: {hulp}");
    }
    for opdracht in ["controleer", "regionaal"] {
        let hulp = stdout(&kbv(&[opdracht, "--help"]));
        assert!(hulp.contains("Word-bestand"), "{opdracht}: {hulp}");
    }
}
