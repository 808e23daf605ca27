//! A PDF's text, extracted in pure Rust by `pdf-extract` (feature `pdf`), page by page, the
//! pages separated by form feeds as `pdftotext` separates them, so that the text reader finds
//! the page headers and footers.
//!
//! `pdf-extract` and the parsers under it panic on some damaged files (measured: 6 of 63
//! mutated PDFs, in `pdf-extract` and `adobe-cmap-parser`). They offer no other way, so the
//! extraction runs inside [`std::panic::catch_unwind`], the last resort: a panic becomes a
//! Dutch error like any unreadable PDF. The input is bounded before
//! ([`GROOTSTE_TEKST`](super::GROOTSTE_TEKST)) and so is the text after.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::{ImportFout, GROOTSTE_TEKST};

/// The text of a PDF, pages separated by a form feed.
///
/// # Errors
///
/// [`ImportFout::PdfOnleesbaar`] when the file cannot be read (damaged, encrypted, or the
/// extraction panics) or holds no text (a scan); [`ImportFout::TeGroot`] when its text is
/// larger than [`GROOTSTE_TEKST`].
pub(super) fn tekst(bytes: &[u8]) -> Result<String, ImportFout> {
    // The closure only reads `bytes`: nothing is left half-changed when it unwinds. The panic
    // hook is silenced meanwhile, so that the parser's English panic message does not reach
    // the user beside the Dutch error (the hook is the process's: a panic in another thread in
    // these milliseconds goes unprinted too, and still unwinds as it would).
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let uitkomst = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::extract_text_from_mem_by_pages(bytes)
    }));
    std::panic::set_hook(hook);
    let paginas = match uitkomst {
        Ok(Ok(paginas)) => paginas,
        // The library's own message is English: say in Dutch what it comes down to.
        Ok(Err(e)) => {
            let reden = if format!("{e:?}").to_lowercase().contains("decrypt") {
                "het bestand is versleuteld"
            } else {
                "het bestand is geen leesbare PDF (beschadigd of van een vorm die de lezer niet kent)"
            };
            return Err(ImportFout::PdfOnleesbaar(reden.to_owned()));
        }
        Err(_) => {
            return Err(ImportFout::PdfOnleesbaar(
                "de PDF-lezer liep vast op de opbouw van het bestand (beschadigd?)".to_owned(),
            ))
        }
    };
    let tekst = paginas.join("\u{c}");
    if tekst.len() > GROOTSTE_TEKST {
        return Err(ImportFout::TeGroot {
            grootte: tekst.len(),
        });
    }
    if tekst.trim().is_empty() {
        return Err(ImportFout::PdfOnleesbaar(format!(
            "{} pagina's zonder tekst (een scan? die heeft eerst tekstherkenning nodig)",
            paginas.len()
        )));
    }
    Ok(tekst)
}
