//! Reading a document from a file or from standard input.

use std::io::Read;

use kernbeleid::document::Document;

use crate::fout::{io_fout, Fout};

/// Reads a document from a file, or from standard input for `-`.
pub fn lees_document(pad: &str) -> Result<Document, Fout> {
    let mut bytes = Vec::new();
    let gelezen = if pad == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(pad).map(|b| bytes = b)
    };
    gelezen.map_err(|e| Fout::new(format!("kan {pad} niet lezen: {}", io_fout(&e))))?;
    let hint = (pad != "-").then_some(pad);
    Document::lees(&bytes, hint).map_err(|e| Fout::new(format!("{pad}: {e}")))
}
