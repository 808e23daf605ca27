//! Reading a document from a file or from standard input: JSON, TOML, or a .docx this crate
//! wrote and a person filled in.

use std::io::{self, Read, Write as _};
use std::path::Path;

use kernbeleid::document::{BestandFout, Document, GROOTSTE_DOCUMENT};
use kernbeleid::uitvoer::docx::{self, Bevinding};

use crate::fout::{io_fout, Fout};

/// A document read, with what the Word reader found beside it (empty for JSON and TOML).
pub struct Gelezen {
    pub document: Document,
    pub bevindingen: Vec<Bevinding>,
}

/// A finding of the Word reader with the file it is about, for `--json` output.
#[derive(serde::Serialize)]
pub struct BevindingIn<'a> {
    pub bestand: &'a str,
    #[serde(flatten)]
    pub bevinding: &'a Bevinding,
}

/// Whether the file is to be read as a .docx: by its extension, or by its bytes (a zip archive,
/// as every .docx is; so also on standard input).
pub fn is_docx(pad: &str, bytes: &[u8]) -> bool {
    Path::new(pad)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
        || docx::is_zip(bytes)
}

/// The most `kbv` reads of one input: the larger of the Word reader's limit and the document
/// readers' (each reader then holds its own). `/dev/zero` or an endless pipe stops here.
pub const GROOTSTE_INVOER: usize = if docx::GROOTSTE_BESTAND > GROOTSTE_DOCUMENT {
    docx::GROOTSTE_BESTAND
} else {
    GROOTSTE_DOCUMENT
};

/// Reads the bytes of a file, or of standard input for `-`, at most [`GROOTSTE_INVOER`].
pub fn lees_bytes(pad: &str) -> Result<Vec<u8>, Fout> {
    lees_bytes_tot(pad, GROOTSTE_INVOER)
}

/// Reads the bytes of a file, or of standard input for `-`; more than `grens` bytes is an
/// error naming the limit, found after reading one byte past it (never the whole input).
pub fn lees_bytes_tot(pad: &str, grens: usize) -> Result<Vec<u8>, Fout> {
    let naam = if pad == "-" {
        "de standaardinvoer".to_owned()
    } else {
        format!("bestand \"{pad}\"")
    };
    let mut bytes = Vec::new();
    let gelezen = if pad == "-" {
        io::stdin()
            .lock()
            .take(grens as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Fout::new(format!("kan {naam} niet lezen: {}", io_fout(&e))))
    } else {
        std::fs::File::open(pad)
            .and_then(|f| f.take(grens as u64 + 1).read_to_end(&mut bytes))
            .map_err(|e| Fout::new(BestandFout::lezen(Path::new(pad), &e).to_string()))
    };
    gelezen?;
    if bytes.len() > grens {
        return Err(Fout::new(format!(
            "{naam} is groter dan {} MiB, de grens van kbv voor één invoer; een plan is \
             doorgaans kleiner dan 1 MB",
            grens >> 20
        )));
    }
    Ok(bytes)
}

/// Reads a document from its bytes: a .docx with [`docx::lees`], else JSON or TOML.
pub fn lees_uit_bytes(pad: &str, bytes: &[u8]) -> Result<Gelezen, Fout> {
    let naam = if pad == "-" { "standaardinvoer" } else { pad };
    if is_docx(pad, bytes) {
        let ingelezen = docx::lees(bytes).map_err(|e| Fout::new(format!("{naam}: {e}")))?;
        return Ok(Gelezen {
            document: ingelezen.document,
            bevindingen: ingelezen.bevindingen,
        });
    }
    let hint = (pad != "-").then_some(Path::new(pad));
    let document = Document::lees(bytes, hint).map_err(|e| Fout::new(format!("{pad}: {e}")))?;
    Ok(Gelezen {
        document,
        bevindingen: Vec::new(),
    })
}

/// Reads a document and reports the Word reader's findings on stderr, each naming the file.
pub fn lees_met_bevindingen(pad: &str) -> Result<Gelezen, Fout> {
    let bytes = lees_bytes(pad)?;
    let gelezen = lees_uit_bytes(pad, &bytes)?;
    meld_bevindingen(pad, &gelezen.bevindingen);
    Ok(gelezen)
}

/// Reads a document from a file, or from standard input for `-`; findings go to stderr.
#[allow(dead_code)] // `kbv regionaal` now reads the bytes itself; kept for the other commands
pub fn lees_document(pad: &str) -> Result<Document, Fout> {
    lees_met_bevindingen(pad).map(|g| g.document)
}

/// Writes the findings on stderr, one line each: `kbv: plan.docx: na de kop "...", alinea 2: ...`.
pub fn meld_bevindingen(pad: &str, bevindingen: &[Bevinding]) {
    let naam = if pad == "-" { "standaardinvoer" } else { pad };
    let mut fout = io::stderr().lock();
    // If stderr is gone, there is no one left to tell; the findings are in --json output too.
    for b in bevindingen {
        let _ = writeln!(fout, "kbv: {naam}: {b}");
    }
}
