//! A PDF imported directly (feature `pdf`, pure-Rust `pdf-extract`), against the same PDF put
//! through `pdftotext -layout` first, and hostile PDFs: never a panic, always a Dutch error or a
//! draft.
//!
//! The fixtures: the Helmond masterplan fragments (`bron/plannen-fragmenten/helmond-2023.txt`)
//! as a PDF by LibreOffice (`soffice --headless --convert-to pdf`), and the crate's own Word
//! draft of that import as a PDF by LibreOffice; beside each, `pdftotext -layout`'s text
//! (poppler 22.12).
#![cfg(feature = "pdf")]

use kernbeleid::document::{Document, Ivp};
use kernbeleid::importeren::{importeer, importeer_tekst, Import, ImportFout, Opties};
use proptest::prelude::*;

const PLAN: &[u8] = include_bytes!("fixtures/importeren/helmond-2023.pdf");
const PLAN_TEKST: &str = include_str!("fixtures/importeren/helmond-2023-pdftotext.txt");
const CONCEPT: &[u8] = include_bytes!("fixtures/importeren/helmond-concept.pdf");
const CONCEPT_TEKST: &str = include_str!("fixtures/importeren/helmond-concept-pdftotext.txt");

fn ivp(import: &Import) -> &Ivp {
    match &import.document {
        Document::Ivp(ivp) => ivp,
        ander => panic!("verwacht een IVP, kreeg {:?}", ander.soort()),
    }
}

/// Gemeenten, period, and every priority and other theme with its themes.
fn kern(ivp: &Ivp) -> (Vec<String>, String, Vec<String>) {
    let namen = ivp
        .prioriteiten
        .iter()
        .chain(&ivp.overige_themas)
        .map(|p| {
            let codes: Vec<&str> = p.themas.iter().map(|t| t.code()).collect();
            format!("{}: {}", p.naam, codes.join(", "))
        })
        .collect();
    (ivp.gemeenten.clone(), ivp.periode.to_string(), namen)
}

#[test]
fn een_pdf_geeft_wat_pdftotext_geeft() {
    for (pdf, tekst) in [(PLAN, PLAN_TEKST), (CONCEPT, CONCEPT_TEKST)] {
        let direct = importeer(pdf, &Opties::default()).expect("pdf");
        let via = importeer_tekst(tekst, &Opties::default()).expect("pdftotext");
        assert_eq!(kern(ivp(&direct)), kern(ivp(&via)));
    }
    let plan = importeer(PLAN, &Opties::default()).expect("pdf");
    let (gemeenten, periode, namen) = kern(ivp(&plan));
    assert_eq!(gemeenten, ["Helmond"]);
    assert_eq!(periode, "2023-2026");
    assert_eq!(
        namen[..3],
        [
            "ondermijning: 5.2",
            "risicojongeren: 3.2",
            "digitale criminaliteit: S1"
        ]
    );
    // No garbage: the draft holds the same words as the draft of pdftotext's text.
    let via = importeer_tekst(PLAN_TEKST, &Opties::default()).expect("pdftotext");
    let (a, b) = (woorden(&plan.document), woorden(&via.document));
    assert!(a.len() > 400, "{}", a.len());
    assert_eq!(a, b);
    assert!(!plan.document.naar_json().contains('\u{fffd}'));
}

/// Every word of every text of the draft, sorted.
fn woorden(document: &Document) -> Vec<String> {
    fn verzamel(v: &serde_json::Value, uit: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => uit.extend(
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            ),
            serde_json::Value::Array(l) => l.iter().for_each(|x| verzamel(x, uit)),
            serde_json::Value::Object(m) => m.values().for_each(|x| verzamel(x, uit)),
            _ => {}
        }
    }
    let json: serde_json::Value =
        serde_json::from_str(&document.naar_json()).expect("een document is JSON");
    let mut uit = Vec::new();
    verzamel(&json, &mut uit);
    uit.sort();
    uit
}

#[test]
fn een_kapotte_pdf_krijgt_een_nederlandse_fout() {
    for bytes in [
        &b"%PDF-1.7\n"[..],
        &b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"[..],
        &PLAN[..PLAN.len() / 2],
    ] {
        let fout = importeer(bytes, &Opties::default()).expect_err("kapot");
        assert!(matches!(fout, ImportFout::PdfOnleesbaar(_)), "{fout:?}");
        let tekst = fout.to_string();
        assert!(tekst.starts_with("de PDF is niet te lezen: "), "{tekst}");
        assert!(tekst.contains("pdftotext -layout"), "{tekst}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// A PDF with bytes changed anywhere: a draft or an error, never a panic out of
    /// `importeer` (the extractor's own panics on such files are caught).
    #[test]
    fn een_veranderde_pdf_geeft_nooit_een_paniek(
        wijzigingen in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..40),
        welke in any::<bool>(),
    ) {
        let mut bytes = if welke { PLAN.to_vec() } else { CONCEPT.to_vec() };
        for (plek, waarde) in wijzigingen {
            let i = plek.index(bytes.len());
            bytes[i] = waarde;
        }
        match importeer(&bytes, &Opties::default()) {
            Ok(import) => prop_assert!(!import.document.naar_json().is_empty()),
            Err(fout) => prop_assert!(!fout.to_string().is_empty()),
        }
    }
}
