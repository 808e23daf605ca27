//! A Word file as LibreOffice prints it: converted to PDF and read back by pdftotext, for the
//! tests that check what a coordinator sees on the page (the kbv tests include this file too).
//! Where a program is missing, a test skips and says so.

use std::path::Path;
use std::process::Command;

/// Whether `programma` is on the PATH.
pub fn aanwezig(programma: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|pad| std::env::split_paths(&pad).any(|map| map.join(programma).is_file()))
}

/// The text of the PDF LibreOffice makes of `docx` (written beside it, with its profile in the
/// same folder), as pdftotext reads it, with `-layout` where `opmaak` is true (a table's row on
/// one line). `None`, with a line on standard error, where soffice or pdftotext is missing.
pub fn pdf_tekst(docx: &Path, opmaak: bool) -> Option<String> {
    if !aanwezig("soffice") || !aanwezig("pdftotext") {
        eprintln!("overgeslagen: soffice of pdftotext staat niet op het PATH");
        return None;
    }
    let map = docx.parent().expect("map");
    let o = Command::new("soffice")
        .env("HOME", map)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(map)
        .arg(docx)
        .output()
        .expect("soffice draait");
    let pdf = docx.with_extension("pdf");
    assert!(
        pdf.exists(),
        "geen PDF: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    Some(tekst_van_pdf(&pdf, opmaak))
}

/// The text pdftotext reads from `pdf`, with `-layout` where `opmaak` is true.
pub fn tekst_van_pdf(pdf: &Path, opmaak: bool) -> String {
    let mut pdftotext = Command::new("pdftotext");
    if opmaak {
        pdftotext.arg("-layout");
    }
    let o = pdftotext
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext draait");
    String::from_utf8_lossy(&o.stdout).into_owned()
}
