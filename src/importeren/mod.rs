//! Plans the crate did not write, to a draft document: nothing of the plan lost.
//!
//! Every gemeente already has a plan, a Word file or a published PDF. [`importeer`] reads its
//! text (plain text or Markdown as `pdftotext -layout` or a copy from a browser gives it, a
//! .docx written by anyone, or with the feature `pdf` a PDF, its text extracted in pure Rust by
//! `pdf-extract`) and builds a draft [`Document`] of the kind asked for, with a
//! [`Verslag`] of what it recognised, where, and how sure:
//!
//! - the gemeente(n), the period and the adoption, from the title and the text;
//! - the chapters by their headings in the words plans use (uitgangssituatie, visie,
//!   prioriteiten, overige thema's, organisatie, monitoring, financiën, ...);
//! - the priorities from the headings under the priorities chapter, from the chapters named
//!   after a theme, from a list in the priorities chapter, or from a sentence that names them;
//!   each with its themes by the catalogue's recognition (the plan's word kept in
//!   `eigen_namen`), and under it its toelichting, goals, indicators (a table with nulmeting and
//!   streefwaarde becomes indicators), approach and sub-themes, by the sub-headings and phrases
//!   plans use ("Dit willen we bereiken door:", "Concrete afspraken en acties:");
//! - everything else in order under its heading in `ongeplaatst`
//!   ([`OngeplaatsteTekst`](crate::document::OngeplaatsteTekst)).
//!
//! Page numbers and headers and footers that repeat across pages are left out and listed in
//! the report. A draft is a start, not a plan: the report says what to check.
//!
//! # Example
//!
//! ```
//! use kernbeleid::catalogus::Thema;
//! use kernbeleid::document::{Document, Periode, ThemaVerwijzing};
//! use kernbeleid::importeren::{importeer_tekst, Opties};
//!
//! let tekst = "\
//! Integraal Veiligheidsplan gemeente Utrecht 2027-2030
//!
//! 1. Inleiding
//! Dit plan is van de gemeente Utrecht.
//!
//! 2. Prioriteiten
//! 2.1 Woninginbraken
//! Het aantal inbraken steeg.
//! Dit willen we bereiken:
//! - Minder inbraken in 2030.
//! ";
//! let import = importeer_tekst(tekst, &Opties::default())?;
//! let Document::Ivp(ivp) = &import.document else { unreachable!() };
//! assert_eq!(ivp.gemeenten, ["Utrecht"]);
//! assert_eq!(ivp.periode, Periode::jaren(2027, 2030)?);
//! assert_eq!(ivp.prioriteiten[0].naam, "Woninginbraken");
//! assert_eq!(ivp.prioriteiten[0].themas, [ThemaVerwijzing::Kbv(Thema::ObjectieveVeiligheid)]);
//! assert_eq!(import.verslag.vondst("/prioriteiten/0/themas").map(|v| v.gevonden_in.as_str()), Some("2.1 Woninginbraken"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod blok;
mod kenmerken;
mod opbouw;
#[cfg(feature = "pdf")]
mod pdf;
mod samenstellen;
mod tekst;
mod verslag;
#[cfg(feature = "word")]
mod word;

pub use verslag::{NietGevonden, Verslag, Vondst, Zekerheid};

use crate::document::{Document, DocumentSoort, Periode};

/// The largest text read: a real plan is well under 1 MB; 16 MiB holds any plan with room.
pub const GROOTSTE_TEKST: usize = 16 * 1024 * 1024;

/// What to import as, and what the caller knows already.
#[derive(Debug, Clone, PartialEq)]
pub struct Opties {
    /// The kind of draft: an IVP (the default), an uitvoeringsplan or an analysis.
    pub soort: DocumentSoort,
    /// Names known to be gemeenten (for example the CBS list): a name among them counts far
    /// more when recognising the plan's gemeente. May be empty.
    pub bekende_gemeenten: Vec<String>,
    /// The gemeenten, when the caller knows them: used instead of recognising them.
    pub gemeenten: Vec<String>,
    /// The period, when the caller knows it: used instead of recognising it.
    pub periode: Option<Periode>,
}

impl Default for Opties {
    fn default() -> Self {
        Opties {
            soort: DocumentSoort::Ivp,
            bekende_gemeenten: Vec::new(),
            gemeenten: Vec::new(),
            periode: None,
        }
    }
}

/// A draft document and the report of how it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The draft.
    pub document: Document,
    /// What was recognised, where and how sure, and what not.
    pub verslag: Verslag,
}

/// Why a plan could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportFout {
    /// The input is larger than [`GROOTSTE_TEKST`].
    #[error("het plan is {grootte} bytes; verwacht hoogstens {GROOTSTE_TEKST} bytes (16 MiB)")]
    TeGroot {
        /// The size of the input.
        grootte: usize,
    },
    /// A PDF, without the feature `pdf`: its text must be extracted first.
    #[error(
        "dit is een PDF; zet die eerst om naar tekst met `pdftotext -layout plan.pdf plan.txt` \
         (poppler-utils) en lees plan.txt in (of gebruik een kbv met de feature `pdf`)"
    )]
    Pdf,
    /// A PDF whose text could not be extracted (feature `pdf`): damaged, encrypted, or a scan
    /// without text.
    #[error(
        "de PDF is niet te lezen: {0}; probeer `pdftotext -layout plan.pdf plan.txt` \
         (poppler-utils) en lees plan.txt in"
    )]
    PdfOnleesbaar(String),
    /// Not text: binary data, or an encoding that is not UTF-8.
    #[error("het plan is geen tekst: {0}; verwacht platte tekst of Markdown (UTF-8) of een .docx")]
    GeenTekst(String),
    /// A .docx that cannot be read.
    #[error("{0}")]
    Word(String),
    /// A kind of document a plan is not imported as (a progress report is written from a plan
    /// and the figures, not read from a plan's text).
    #[error(
        "een plan wordt ingelezen als ivp, uitvoeringsplan of analyse, niet als {}",
        .0.sleutel()
    )]
    Soort(DocumentSoort),
    /// The text names no year, so no period; give it.
    #[error(
        "de planperiode staat niet in het plan (geen jaartal gevonden); geef die op, \
         bijvoorbeeld --periode 2027-2030"
    )]
    GeenPeriode,
}

/// Imports a plan from its bytes: a .docx (a zip archive), a PDF (with the feature `pdf`: its
/// text extracted in pure Rust; without it refused with what to do instead), else text (UTF-8,
/// or Windows-1252 as older Word exports are).
///
/// # Errors
///
/// [`ImportFout`] when the input is too large, a PDF that cannot be read (or any PDF without
/// the feature `pdf`), not text, an unreadable .docx, or names no year and no period is given.
pub fn importeer(bytes: &[u8], opties: &Opties) -> Result<Import, ImportFout> {
    if bytes.len() > GROOTSTE_TEKST {
        return Err(ImportFout::TeGroot {
            grootte: bytes.len(),
        });
    }
    if bytes.starts_with(b"%PDF-") {
        #[cfg(feature = "pdf")]
        return importeer_tekst(&pdf::tekst(bytes)?, opties);
        #[cfg(not(feature = "pdf"))]
        return Err(ImportFout::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        #[cfg(feature = "word")]
        return samenstellen::bouw(word::blokken(bytes)?, Vec::new(), opties);
        #[cfg(not(feature = "word"))]
        return Err(ImportFout::Word(
            "dit is een zip-archief (een .docx?); Word-bestanden lezen vraagt de feature `word` \
             van kernbeleid"
                .to_owned(),
        ));
    }
    let tekst = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t).to_owned(),
        Err(e) => {
            if bytes.contains(&0) {
                return Err(ImportFout::GeenTekst(format!(
                    "byte {} is een nul-byte (binaire gegevens)",
                    e.valid_up_to()
                )));
            }
            // Windows-1252 / Latin-1, byte for byte (the common case of an old export).
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
    };
    importeer_tekst(&tekst, opties)
}

/// Imports a plan from its text: plain text or Markdown.
///
/// # Errors
///
/// [`ImportFout::TeGroot`] beyond [`GROOTSTE_TEKST`]; [`ImportFout::GeenPeriode`] when the text
/// names no year and [`Opties::periode`] is not given.
pub fn importeer_tekst(tekst: &str, opties: &Opties) -> Result<Import, ImportFout> {
    if tekst.len() > GROOTSTE_TEKST {
        return Err(ImportFout::TeGroot {
            grootte: tekst.len(),
        });
    }
    let (blokken, weggelaten) = tekst::blokken(tekst);
    samenstellen::bouw(blokken, weggelaten, opties)
}

/// A byte of Windows-1252 as a char (0x80 to 0x9F where they differ from Latin-1).
fn windows_1252(b: u8) -> char {
    const HOOG: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HOOG
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}
