//! The documents as Word files (.docx) a coordinator fills in, and those files read back.
//!
//! # What the file holds
//!
//! [`schrijf`] lays the document out with the handbook's chapters, in the order and wording of
//! the Markdown skeleton: a cover page (title, gemeenten, period in words, status, date of this
//! version), the contents (a line per heading with a PAGEREF page number, which LibreOffice
//! computes when it lays out the pages and Word when it updates fields, as it offers on
//! opening), the chapters in Word's built-in heading styles (`Heading1` to `Heading3`) numbered
//! by a numbering linked to those styles, the indicator, measure, budget and figure tables as
//! real tables (header row repeated, rows kept whole, columns as wide as their longest word
//! where the page allows), and a page header (kind of plan, gemeenten, period) and footer (page
//! number). The package says its language (`nl-NL`), title, subject, author (the gemeenten) and
//! the moment of writing ([`schrijf_op`], or `SOURCE_DATE_EPOCH` for [`schrijf`]).
//!
//! Every value the gemeente writes is a content control (`w:sdt`) whose tag (`w:tag`) is the
//! JSON Pointer of the value in the document (`/prioriteiten/0/toelichting`) and whose title
//! (`w:alias`) says in Dutch what it is ("Prioriteit 4.1, toelichting"). A placeholder
//! (`{ in_te_vullen = "..." }`) shows a short question in the character style "Invulveld"
//! (`w:showingPlcHdr`), which Word replaces as soon as one types; the handbook's guidance and
//! measured trends in its hint stand before the field in the paragraph styles "Uit de
//! handreiking" and "Uit de cijfers". A filled value is a control too, so that a filled plan
//! reads back the same. Lists (goals, main lines of the approach) are one control holding a
//! bulleted paragraph per item; a table's rows are a repeating section (`w15:repeatingSection`)
//! tagged with the list's pointer, a row per element, with a control per cell. What the
//! handbook offers (partners, law, candidate measures) stands in a paragraph style of its own,
//! "Suggestie uit de handreiking".
//!
//! The whole document is also kept, as its JSON, in a custom XML part of the file
//! (`customXml/item1.xml`, root element `document` in the namespace [`NAAMRUIMTE`]). That part is
//! the authoritative base: the structure (themes, period, adoption, figure series) comes from
//! it, and each content control overrides the value at its JSON Pointer when its text differs
//! from the text that was written. So document -> .docx -> document is exact, whatever the
//! document holds, and what a person changed in Word is what changes.
//!
//! # Reading back
//!
//! [`lees`] reads a .docx that this crate wrote, after a person filled it in in Word: the typed
//! runs of a control become its value (paragraphs joined by line breaks, bullet paragraphs as
//! `- ` lines), bullets in a list control become its items, a row added to a table (by Word's +
//! of the repeating section, which copies a row with its controls, or by hand) becomes a new
//! element (an effect indicator, a measure). The cover page, the contents and the guidance
//! before a field read back as nothing while unchanged. Text typed outside the controls, controls that
//! disappeared and values that cannot be read ("veel" as a nulmeting) come back as
//! [`Bevinding`]en beside the document, each saying where; nothing is dropped without a word.
//! A file that is not a .docx, or a .docx this crate did not write, is a [`WordFout`] in Dutch.
//!
//! # Example
//!
//! ```
//! use kernbeleid::document::{Document, Periode};
//! use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
//! use kernbeleid::uitvoer::docx;
//!
//! let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse::<Periode>()?, PrioriteitKeuze::lijst("5.2")?);
//! let ivp = Document::from(skelet::ivp(&opties));
//!
//! let bytes = docx::schrijf(&ivp)?;
//! assert!(bytes.starts_with(b"PK"));
//!
//! let terug = docx::lees(&bytes)?;
//! assert_eq!(terug.document, ivp);
//! assert!(terug.bevindingen.is_empty());
//!
//! let fout = docx::lees(b"geen zip").unwrap_err();
//! assert_eq!(fout.to_string(), "het bestand is geen Word-document (.docx): het is geen zip-archief");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::document::Document;

pub(crate) mod grafiek;
mod lezen;
// For the import of a .docx written by anyone (`importeren`): the same bounded reading.
pub(crate) use lezen::{lichaam as lees_lichaam, open_vreemd, Knoop};
mod lichaam;
mod samenvoegen;
mod schrijven;
mod voorblad;

pub use lezen::GROOTSTE_BESTAND;

/// The XML namespace of the custom XML part that keeps the document's JSON.
pub const NAAMRUIMTE: &str = "urn:kernbeleid:document:1";

/// Writes a document as a .docx file.
///
/// # Errors
///
/// A [`WordFout`] of kind [`WordFoutSoort::Schrijven`] when the Word package cannot be put
/// together; that does not happen for any document of this crate, but the zip writer is fallible
/// and its error is passed on rather than hidden.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Document;
/// use kernbeleid::skelet;
/// use kernbeleid::uitvoer::docx;
///
/// let analyse = Document::from(skelet::analyse(["Utrecht"], 2026));
/// let bytes = docx::schrijf(&analyse)?;
/// assert_eq!(docx::lees(&bytes)?.document, analyse);
/// # Ok::<(), kernbeleid::uitvoer::docx::WordFout>(())
/// ```
pub fn schrijf(document: &Document) -> Result<Vec<u8>, WordFout> {
    schrijven::schrijf(document, schrijven::tijdstip())
}

/// Writes a document as a .docx file made at `tijd`: the moment its properties give as created
/// and modified, and the date on its cover page. [`schrijf`] takes the moment from
/// `SOURCE_DATE_EPOCH` where that is set, else from the clock; this function is for a tool
/// that wants the same bytes for the same document without touching the environment.
///
/// # Errors
///
/// As [`schrijf`].
///
/// # Example
///
/// ```
/// use chrono::DateTime;
/// use kernbeleid::document::Document;
/// use kernbeleid::skelet;
/// use kernbeleid::uitvoer::docx;
///
/// let analyse = Document::from(skelet::analyse(["Utrecht"], 2026));
/// let tijd = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
/// assert_eq!(docx::schrijf_op(&analyse, tijd)?, docx::schrijf_op(&analyse, tijd)?);
/// # Ok::<(), kernbeleid::uitvoer::docx::WordFout>(())
/// ```
pub fn schrijf_op(document: &Document, tijd: DateTime<Utc>) -> Result<Vec<u8>, WordFout> {
    schrijven::schrijf(document, tijd)
}

/// Whether `bytes` start like a zip archive, as every .docx does: for a tool that takes JSON,
/// TOML and .docx files alike and must choose the reader.
///
/// # Example
///
/// ```
/// use kernbeleid::uitvoer::docx;
///
/// assert!(docx::is_zip(b"PK\x03\x04..."));
/// assert!(!docx::is_zip(b"{\"gemeenten\": []}"));
/// ```
#[must_use]
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Reads a .docx file this crate wrote, as a person filled it in, into the document and the
/// findings about what was typed where it cannot be read.
///
/// Never panics, whatever the bytes.
///
/// # Errors
///
/// A [`WordFout`] in Dutch, saying where: bytes that are not a zip archive or a zip without a
/// Word document ([`WordFoutSoort::GeenDocx`]), a Word document this crate did not write
/// ([`WordFoutSoort::NietVanKernbeleid`]), a damaged file ([`WordFoutSoort::Onleesbaar`]), or
/// values that together do not make a document ([`WordFoutSoort::OngeldigDocument`]).
///
/// # Limits
///
/// A file over [`GROOTSTE_BESTAND`] (64 MiB) is refused before it is opened; so are an archive
/// of more than 10,000 entries, a name given twice and entries that share their data. A part
/// unpacks to at most 32 MiB, the parts read to at most 48 MiB together; a custom XML part is
/// unpacked whole only when its first 4 KiB show the crate's root element; the body has at most
/// 250,000 paragraphs, table rows and content controls. A part compressed other than with
/// deflate (bzip2, LZMA) is refused as not supported.
///
/// # Example
///
/// ```
/// use kernbeleid::uitvoer::docx::{self, WordFoutSoort};
///
/// let fout = docx::lees(&[0x50, 0x4b, 0x03]).unwrap_err();
/// assert_eq!(fout.soort, WordFoutSoort::GeenDocx);
/// ```
pub fn lees(bytes: &[u8]) -> Result<Ingelezen, WordFout> {
    samenvoegen::lees(bytes)
}

/// A .docx read back: the document, and what the reader found beside it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Ingelezen {
    /// The document with every filled content control's value.
    pub document: Document,
    /// Text outside the content controls, values that could not be read, controls that went
    /// missing: each with where it stands. Empty when the file holds only what the document
    /// holds.
    pub bevindingen: Vec<Bevinding>,
}

/// Something in a .docx that the document cannot hold as it stands, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Bevinding {
    /// What kind of finding.
    pub soort: BevindingSoort,
    /// Where in the Word document, in Dutch: the heading it stands under, the paragraph.
    pub waar: String,
    /// The JSON Pointer of the field concerned, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pad: Option<String>,
    /// The text as found in the file (may be empty).
    pub tekst: String,
    /// What happened with it, in Dutch.
    pub bericht: String,
}

impl fmt::Display for Bevinding {
    /// `na de kop "4.1 Ondermijning", alinea 2: tekst buiten de invulvelden ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.waar, self.bericht)
    }
}

/// The kinds of [`Bevinding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BevindingSoort {
    /// Text typed outside the content controls: it is not part of the document.
    TekstBuitenInvulveld,
    /// A control's text does not read as a value of its kind; the field keeps its old value or
    /// becomes a placeholder that quotes the text.
    OnleesbareWaarde,
    /// A control of the document is no longer in the file; the field keeps its value.
    OntbrekendInvulveld,
    /// A control whose tag the document does not know, or that occurs twice; it is skipped (a
    /// table row labelled with an index the document lacks is read as a new row).
    OnbekendInvulveld,
    /// A picture, text box or object: not read.
    NietGelezen,
}

/// A .docx could not be written or read: what, and where, in Dutch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct WordFout {
    /// What kind of failure.
    pub soort: WordFoutSoort,
    /// Where: a part of the file (`word/document.xml`), a field (its Dutch name and JSON
    /// Pointer), or empty for the file as a whole.
    pub waar: String,
    /// What is wrong and what was expected, in Dutch.
    pub bericht: String,
}

impl fmt::Display for WordFout {
    /// The file as a whole: `het bestand is geen Word-document (.docx): ...`; elsewhere
    /// `fout in word/document.xml: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.waar.is_empty() {
            f.write_str(&self.bericht)
        } else {
            write!(f, "fout in {}: {}", self.waar, self.bericht)
        }
    }
}

/// The kinds of [`WordFout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordFoutSoort {
    /// Not a zip archive, or a zip archive without a Word document in it.
    GeenDocx,
    /// A Word document, but not one this crate wrote: it lacks the part with the document.
    NietVanKernbeleid,
    /// A part of the file is damaged: XML that does not parse, a part that does not unpack.
    Onleesbaar,
    /// The values read do not make a valid document.
    OngeldigDocument,
    /// The file could not be written.
    Schrijven,
}

impl WordFout {
    pub(crate) fn new(
        soort: WordFoutSoort,
        waar: impl Into<String>,
        bericht: impl Into<String>,
    ) -> Self {
        WordFout {
            soort,
            waar: waar.into(),
            bericht: bericht.into(),
        }
    }
}
