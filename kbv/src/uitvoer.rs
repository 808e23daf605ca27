//! Writing to standard output: text and pretty JSON, I/O errors as Dutch messages.

use std::io::{self, Write};

use crate::fout::{io_fout, Fout};

/// Writes text to stdout, mapping an I/O error to a Dutch message.
///
/// A closed pipe (`kbv catalogus --json | head -c 10`) is not an error: whoever reads has seen
/// what they wanted, so the rest is not written and the command keeps its own exit code.
pub fn schrijf(uit: &mut dyn Write, tekst: &str) -> Result<(), Fout> {
    uit.write_all(tekst.as_bytes())
        .or_else(niet_bij_gesloten_pijp)
}

/// Flushes stdout at the end, with the same rule for a closed pipe as [`schrijf`].
pub fn leeg(uit: &mut dyn Write) -> Result<(), Fout> {
    uit.flush().or_else(niet_bij_gesloten_pijp)
}

fn niet_bij_gesloten_pijp(e: io::Error) -> Result<(), Fout> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(Fout::new(format!("kan niet schrijven: {}", io_fout(&e))))
    }
}

/// Writes a value as pretty JSON followed by a newline.
pub fn schrijf_json<T: serde::Serialize + ?Sized>(
    uit: &mut dyn Write,
    waarde: &T,
) -> Result<(), Fout> {
    let mut tekst = serde_json::to_string_pretty(waarde)
        .map_err(|e| Fout::new(format!("kan geen JSON maken: {e}")))?;
    tekst.push('\n');
    schrijf(uit, &tekst)
}
