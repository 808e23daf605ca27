//! The Word reader below the zip: the bytes become one part of a .docx the crate wrote (the first
//! byte chooses which: even `word/document.xml`, the body a person edits; odd the document kept in
//! `customXml/item1.xml`), the rest of the file unchanged. Byte changes to a whole .docx mostly
//! break the zip's checksums; this target reaches the XML and the merge behind it. The same
//! invariants as `word` ([`word_gedeeld::lees_en_terug`]).
#![no_main]

use std::io::{Cursor, Read, Write};
use std::sync::OnceLock;

use kernbeleid::document::{Document, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::docx;
use libfuzzer_sys::fuzz_target;
use zip::write::SimpleFileOptions;

mod word_gedeeld;

/// The parts of the template, a two-priority skeleton IVP, in their order.
fn sjabloon() -> &'static [(String, Vec<u8>)] {
    static DELEN: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    DELEN.get_or_init(|| {
        let opties = IvpOpties::new(
            ["Utrecht"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("5.2,3.1").expect("keuze"),
        );
        let bytes = docx::schrijf(&Document::from(skelet::ivp(&opties))).expect("schrijven");
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        (0..zip.len())
            .map(|i| {
                let mut deel = zip.by_index(i).expect("deel");
                let mut inhoud = Vec::new();
                deel.read_to_end(&mut inhoud).expect("lezen");
                (deel.name().to_owned(), inhoud)
            })
            .collect()
    })
}

/// The template with `naam` replaced by `inhoud`.
fn met_deel(naam: &str, inhoud: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (deel, oud) in sjabloon() {
        zip.start_file(deel.as_str(), SimpleFileOptions::default())
            .expect("deel");
        zip.write_all(if deel == naam { inhoud } else { oud })
            .expect("schrijven");
    }
    zip.finish().expect("zip").into_inner()
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&keuze, inhoud)) = bytes.split_first() else {
        return;
    };
    let naam = if keuze % 2 == 0 {
        "word/document.xml"
    } else {
        "customXml/item1.xml"
    };
    word_gedeeld::lees_en_terug(&met_deel(naam, inhoud));
});
