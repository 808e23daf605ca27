//! What both Word targets hold of a .docx: the reader gives a document with its findings or a
//! Dutch error, never a panic; whatever reads is checked by the controle, written as .docx again
//! and read back as the same document, without findings (nothing lost, nothing added).

use kernbeleid::controle::controleer;
use kernbeleid::uitvoer::docx;

pub fn lees_en_terug(bytes: &[u8]) {
    let gelezen = match docx::lees(bytes) {
        Ok(gelezen) => gelezen,
        Err(fout) => {
            // Every read error says something.
            assert!(!fout.to_string().is_empty());
            return;
        }
    };
    let _ = controleer(&gelezen.document);
    let opnieuw =
        docx::schrijf(&gelezen.document).expect("a document that was read can be written");
    let terug = docx::lees(&opnieuw).expect("what the crate writes, it reads back");
    assert_eq!(terug.document, gelezen.document, "round trip through .docx");
    assert_eq!(
        terug.bevindingen,
        vec![],
        "findings in a file the crate wrote"
    );
}
