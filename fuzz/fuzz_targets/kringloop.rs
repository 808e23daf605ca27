//! Read -> controle -> write -> read: whatever reads, the controle takes without panicking, and it
//! is written and read back unchanged in both formats (nothing lost).
#![no_main]

use kernbeleid::controle::controleer;
use kernbeleid::document::{Document, Formaat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(document) = Document::lees(bytes, None) else {
        return;
    };
    let _ = controleer(&document);
    for formaat in [Formaat::Json, Formaat::Toml] {
        let tekst = document
            .schrijf(formaat)
            .expect("a document that was read can be written");
        let terug =
            Document::lees(tekst.as_bytes(), None).expect("what the crate writes, it reads back");
        assert_eq!(terug, document, "round trip through {formaat}");
    }
});
