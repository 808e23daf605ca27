//! Reading a document from a file or from standard input.

use std::io::Read;
use std::path::Path;

use kernbeleid::document::{BestandFout, Document};

use crate::fout::{io_fout, Fout};

/// Reads a document from a file, or from standard input for `-`.
pub fn lees_document(pad: &str) -> Result<Document, Fout> {
    let mut bytes = Vec::new();
    let gelezen = if pad == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(pad).map(|b| bytes = b)
    };
    let hint = (pad != "-").then_some(Path::new(pad));
    gelezen.map_err(|e| match hint {
        Some(bestand) => Fout::new(BestandFout::lezen(bestand, &e).to_string()),
        None => Fout::new(format!(
            "kan de standaardinvoer niet lezen: {}",
            io_fout(&e)
        )),
    })?;
    Document::lees(&bytes, hint).map_err(|e| Fout::new(format!("{pad}: {e}")))
}
