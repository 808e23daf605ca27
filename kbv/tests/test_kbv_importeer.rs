//! `kbv importeer` end to end: a real plan's text to a draft that `kbv controleer`,
//! `kbv regionaal` and `kbv skelet --vorig` take as any document.

use std::path::PathBuf;

mod gemeen;
use gemeen::{kbv, stderr, stdout};

fn bron(naam: &str) -> String {
    format!("{}/../bron/{naam}", env!("CARGO_MANIFEST_DIR"))
}

fn tijdelijk(naam: &str) -> PathBuf {
    let map = std::env::temp_dir().join(format!("kbv-importeer-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    map.join(naam)
}

#[test]
fn concept_en_verslag() {
    let concept = tijdelijk("vijfheerenlanden.toml");
    let concept = concept.to_str().expect("pad");
    let o = kbv(&[
        "importeer",
        &bron("ivb-vijfheerenlanden-2023-2026.txt"),
        "--uitvoer",
        concept,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let verslag = stderr(&o);
    assert!(
        verslag.contains("gemeenten: Vijfheerenlanden (zekerheid"),
        "{verslag}"
    );
    assert!(
        verslag
            .contains("prioriteiten/0/themas: 5.2 (zekerheid hoog; gevonden in '2. Ondermijning'"),
        "{verslag}"
    );
    assert!(verslag.contains("Niet geplaatst: "), "{verslag}");
    let toml = std::fs::read_to_string(concept).expect("concept");
    assert!(toml.contains("[[ongeplaatst]]"));

    // The draft is a document like any other.
    let o = kbv(&["controleer", concept]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let o = kbv(&["regionaal", concept, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Vijfheerenlanden"));

    // The next plan starts from it.
    let o = kbv(&[
        "skelet",
        "--gemeente",
        "Vijfheerenlanden",
        "--periode",
        "2027-2030",
        "--vorig",
        concept,
        "--formaat",
        "toml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let skelet = stdout(&o);
    assert!(skelet.contains("naam = \"Ondermijning\""), "{skelet}");
    assert!(
        skelet.contains("uit het vorige plan ('Ondermijning', 2023-2026)"),
        "{skelet}"
    );
    // Given priorities win; the previous plan still gives its guidance where themes meet.
    let o = kbv(&[
        "skelet",
        "--gemeente",
        "Vijfheerenlanden",
        "--periode",
        "2027-2030",
        "--vorig",
        concept,
        "--prioriteiten",
        "5.2",
        "--formaat",
        "toml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let skelet = stdout(&o);
    assert_eq!(skelet.matches("[[prioriteiten]]").count(), 1);
    assert!(
        skelet.contains("uit het vorige plan ('Ondermijning'"),
        "{skelet}"
    );
}

#[test]
fn json_met_document_en_verslag() {
    let o = kbv(&[
        "importeer",
        &bron("iv-kampen-steenwijkerland-zwartewaterland-staphorst-2017.txt"),
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["document"]["gemeenten"][0], "Kampen");
    assert_eq!(json["document"]["prioriteiten"][2]["themas"][0], "1.3");
    assert_eq!(json["verslag"]["gevonden"][0]["veld"], "/gemeenten");
    assert!(json["verslag"]["ongeplaatste_alineas"].is_u64());
}

#[test]
fn soort_en_formaat() {
    let o = kbv(&[
        "importeer",
        &bron("ivb-vijfheerenlanden-2023-2026.txt"),
        "--soort",
        "uitvoeringsplan",
        "--formaat",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["jaar"], 2023);
    let o = kbv(&[
        "importeer",
        &bron("ivb-vijfheerenlanden-2023-2026.txt"),
        "--soort",
        "plan",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("onbekende documentsoort \"plan\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn pdf_en_ontbrekend_bestand() {
    let pdf = tijdelijk("plan.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%...").expect("pdf");
    let o = kbv(&["importeer", pdf.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pdftotext -layout"), "{}", stderr(&o));
    let o = kbv(&["importeer", "bestaat-niet.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("kbv: "), "{}", stderr(&o));
}

/// With the feature `pdf`, a PDF is read directly: the Helmond masterplan as LibreOffice printed
/// it gives its gemeente, period and priorities, the extractor's panics on a damaged file are a
/// Dutch error.
#[cfg(feature = "pdf")]
#[test]
fn een_pdf_rechtstreeks() {
    let pdf = format!(
        "{}/../tests/fixtures/importeren/helmond-2023.pdf",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = kbv(&["importeer", &pdf, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["document"]["gemeenten"][0], "Helmond");
    let namen: Vec<&str> = json["document"]["prioriteiten"]
        .as_array()
        .expect("prioriteiten")
        .iter()
        .filter_map(|p| p["naam"].as_str())
        .collect();
    assert_eq!(
        namen,
        ["ondermijning", "risicojongeren", "digitale criminaliteit"]
    );
    let kapot = tijdelijk("kapot.pdf");
    let bytes = std::fs::read(&pdf).expect("pdf");
    std::fs::write(&kapot, &bytes[..bytes.len() / 2]).expect("schrijf");
    let o = kbv(&["importeer", kapot.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("de PDF is niet te lezen"),
        "{}",
        stderr(&o)
    );
    // The truncated file is refused in Dutch; the library's own (English) words stay out.
    assert!(!stderr(&o).contains("rror"), "{}", stderr(&o));
    // A damaged file (30 bytes of the Helmond PDF changed) on which the extractor panics: a
    // Dutch error, and not a word of the panic.
    let beschadigd = format!(
        "{}/../tests/fixtures/importeren/helmond-2023-beschadigd.pdf",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = kbv(&["importeer", &beschadigd]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("liep vast"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}
