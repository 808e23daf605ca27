//! Opening a .docx: the zip archive (the `zip` crate), the custom XML part with the document's
//! JSON, and `word/document.xml` as a small tree of paragraphs, tables and content controls
//! (quick-xml).
//!
//! The tree keeps what the reader needs and no more: per paragraph its style, whether it is a
//! list item, and its text with the content controls in it; per control its tag, alias and
//! whether it shows its placeholder. Word's other markup (run properties, proofing marks,
//! bookmarks, revision ids) is passed over; deleted text (`w:del`) is left out, inserted text
//! (`w:ins`) kept. Pictures, text boxes and embedded objects are marked so that the caller can
//! say they were not read.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use quick_xml::XmlVersion;

use super::{WordFout, WordFoutSoort, NAAMRUIMTE};

/// The most a part may unpack to: a plan is a few hundred kilobytes, a zip bomb is not read.
const GROOTSTE_DEEL: u64 = 32 * 1024 * 1024;

/// The most all parts read may unpack to together.
const GROOTSTE_TOTAAL: u64 = 48 * 1024 * 1024;

/// The largest .docx file [`lees`](super::lees) reads: 64 MiB (a filled-in plan is well under a
/// megabyte; pictures pasted in are not read but count). A larger file is refused before it is
/// opened, with a Dutch error naming the limit.
pub const GROOTSTE_BESTAND: usize = 64 * 1024 * 1024;

/// The most entries a .docx may have: Word writes a few dozen.
const GROOTSTE_AANTAL_DELEN: usize = 10_000;

/// The most blocks (paragraphs, tables, rows, content controls) the body may have: a plan of
/// 400 priorities has some tens of thousands. It bounds the tree of a body of empty
/// paragraphs, which unpacks from a small file.
const GROOTSTE_AANTAL_BLOKKEN: usize = 250_000;

/// How much of a custom XML part is unpacked to see its root element first.
const BEGIN_VAN_DEEL: u64 = 4096;

/// How deep tables and controls may nest.
const GROOTSTE_DIEPTE: usize = 64;

/// The main document part.
pub(super) const DOCUMENT: &str = "word/document.xml";

/// A block of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Knoop {
    Alinea(Alinea),
    Tabel(Vec<Vec<Vec<Knoop>>>),
    Sdt(Sdt),
}

/// A paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Alinea {
    /// The paragraph style id.
    pub(crate) stijl: Option<String>,
    /// Whether it is a list item (`w:numPr`).
    pub(crate) opsomming: bool,
    /// Whether its numbering is switched off (`w:numId` 0): a heading without a number.
    pub(crate) zonder_nummer: bool,
    /// Its outline level (`w:outlineLvl`, 0 for a chapter), where the paragraph sets one.
    pub(crate) overzichtsniveau: Option<u8>,
    pub(crate) stukken: Vec<Stuk>,
}

/// Inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stuk {
    Tekst(String),
    Sdt(Sdt),
    /// A picture, text box or embedded object.
    Object,
}

/// A content control.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Sdt {
    pub(super) tag: Option<String>,
    pub(super) alias: Option<String>,
    /// It shows its placeholder (`w:showingPlcHdr`). Where it also holds text outside Word's
    /// placeholder style ([`Sdt::eigen_tekst`]), [`herken_ingevuld`] decides.
    pub(crate) open: bool,
    /// It carries `w:showingPlcHdr` and yet holds text that is not in Word's placeholder style
    /// (`PlaceholderText`): the placeholder the writer wrote, or text typed by another editor
    /// or a script that left the mark.
    pub(crate) eigen_tekst: bool,
    /// A table of contents or other building block (`w:docPartObj`).
    pub(crate) bouwsteen: bool,
    pub(crate) blokken: Vec<Knoop>,
    pub(super) stukken: Vec<Stuk>,
}

impl Alinea {
    /// All text, controls included (a control showing its placeholder counts as empty).
    pub(crate) fn tekst(&self) -> String {
        let mut uit = String::new();
        stukken_tekst(&self.stukken, &mut uit, true);
        uit
    }

    /// The text outside the controls.
    pub(super) fn vaste_tekst(&self) -> String {
        let mut uit = String::new();
        stukken_tekst(&self.stukken, &mut uit, false);
        uit
    }

    /// Whether it holds a picture or other object.
    pub(super) fn heeft_object(&self) -> bool {
        self.stukken.iter().any(|s| match s {
            Stuk::Object => true,
            Stuk::Sdt(sdt) => sdt.heeft_object(),
            Stuk::Tekst(_) => false,
        })
    }
}

impl Sdt {
    /// The text the control holds, paragraphs on lines of their own, list items as `- ` lines;
    /// empty when it shows its placeholder.
    pub(super) fn tekst(&self) -> String {
        if self.open {
            return String::new();
        }
        let mut uit = String::new();
        stukken_tekst(&self.stukken, &mut uit, true);
        let mut eerste = self.stukken.is_empty();
        blokken_tekst(&self.blokken, &mut uit, &mut eerste);
        uit
    }

    pub(super) fn heeft_object(&self) -> bool {
        self.stukken.iter().any(|s| matches!(s, Stuk::Object))
            || self.blokken.iter().any(knoop_heeft_object)
    }
}

fn knoop_heeft_object(k: &Knoop) -> bool {
    match k {
        Knoop::Alinea(a) => a.heeft_object(),
        Knoop::Tabel(rijen) => rijen.iter().flatten().flatten().any(knoop_heeft_object),
        Knoop::Sdt(s) => s.heeft_object(),
    }
}

fn stukken_tekst(stukken: &[Stuk], uit: &mut String, met_velden: bool) {
    for s in stukken {
        match s {
            Stuk::Tekst(t) => uit.push_str(t),
            Stuk::Sdt(sdt) if met_velden || sdt.tag.is_none() => uit.push_str(&sdt.tekst()),
            Stuk::Sdt(_) | Stuk::Object => {}
        }
    }
}

/// The text of blocks: a line per paragraph, `- ` before a list item.
pub(super) fn blokken_tekst(blokken: &[Knoop], uit: &mut String, eerste: &mut bool) {
    for k in blokken {
        match k {
            Knoop::Alinea(a) => {
                if !*eerste {
                    uit.push('\n');
                }
                *eerste = false;
                if a.opsomming {
                    uit.push_str("- ");
                }
                uit.push_str(&a.tekst());
            }
            Knoop::Tabel(rijen) => {
                for cel in rijen.iter().flatten() {
                    blokken_tekst(cel, uit, eerste);
                }
            }
            Knoop::Sdt(s) if !s.open => {
                let mut binnen = String::new();
                let mut leeg = true;
                stukken_tekst(&s.stukken, &mut binnen, true);
                blokken_tekst(&s.blokken, &mut binnen, &mut leeg);
                if !*eerste {
                    uit.push('\n');
                }
                *eerste = false;
                uit.push_str(&binnen);
            }
            Knoop::Sdt(_) => {}
        }
    }
}

/// Word's character style for a placeholder: what Word shows in an emptied control.
const PLAATSHOUDERSTIJL: &str = "PlaceholderText";

/// Reads a control that still carries `w:showingPlcHdr` as filled in when its text is not a
/// placeholder's own text: not in Word's placeholder style and not one of `plaatshouders` (the
/// hints the writer showed, compared trimmed). Word clears the mark when one types; other
/// editors and scripts leave it, and their text is the user's, not to be dropped.
pub(crate) fn herken_ingevuld(
    knopen: &mut [Knoop],
    plaatshouders: &std::collections::HashSet<&str>,
) {
    for k in knopen {
        match k {
            Knoop::Alinea(a) => stukken_ingevuld(&mut a.stukken, plaatshouders),
            Knoop::Tabel(rijen) => {
                for cel in rijen.iter_mut().flatten() {
                    herken_ingevuld(cel, plaatshouders);
                }
            }
            Knoop::Sdt(s) => sdt_ingevuld(s, plaatshouders),
        }
    }
}

fn stukken_ingevuld(stukken: &mut [Stuk], plaatshouders: &std::collections::HashSet<&str>) {
    for s in stukken {
        if let Stuk::Sdt(s) = s {
            sdt_ingevuld(s, plaatshouders);
        }
    }
}

fn sdt_ingevuld(sdt: &mut Sdt, plaatshouders: &std::collections::HashSet<&str>) {
    herken_ingevuld(&mut sdt.blokken, plaatshouders);
    stukken_ingevuld(&mut sdt.stukken, plaatshouders);
    if sdt.open && sdt.eigen_tekst {
        sdt.open = false;
        let tekst = sdt.tekst();
        let tekst = tekst.trim();
        sdt.open = tekst.is_empty() || plaatshouders.contains(tekst);
    }
}

/// The parts of the package the reader needs.
pub(super) struct Pakket {
    pub(super) document: Vec<u8>,
    /// The kind (`ivp`, `uitvoeringsplan`, `analyse`) and the JSON of the document.
    pub(super) soort: String,
    pub(super) json: String,
    /// The day the file was written (`dcterms:created` of `docProps/core.xml`), which the
    /// cover page shows; `None` where the part or the date is missing or unreadable.
    pub(super) gemaakt: Option<chrono::NaiveDate>,
}

fn geen_docx(bericht: impl Into<String>) -> WordFout {
    WordFout::new(
        WordFoutSoort::GeenDocx,
        "",
        format!(
            "het bestand is geen Word-document (.docx): {}",
            bericht.into()
        ),
    )
}

fn onleesbaar(waar: impl Into<String>, bericht: impl Into<String>) -> WordFout {
    WordFout::new(WordFoutSoort::Onleesbaar, waar, bericht)
}

/// Opens the package: the main part and the custom XML part with the document.
///
/// Refused before anything is unpacked: a file over [`GROOTSTE_BESTAND`], more than
/// [`GROOTSTE_AANTAL_DELEN`] entries, a name given twice (the zip crate would keep the last one
/// silently) and entries whose data overlap (one compressed stream unpacked many times).
pub(super) fn open(bytes: &[u8]) -> Result<Pakket, WordFout> {
    let mut zip = archief(bytes)?;
    let namen: Vec<String> = zip.file_names().map(str::to_owned).collect();
    if !namen.iter().any(|n| n == DOCUMENT) {
        return Err(geen_docx(format!("het zip-archief bevat geen {DOCUMENT}")));
    }
    let mut totaal = 0;
    let document = deel(&mut zip, DOCUMENT, &mut totaal)?;
    let mut gegevens = None;
    for naam in namen
        .iter()
        .filter(|n| n.starts_with("customXml/item") && !n.starts_with("customXml/itemProps"))
        .filter(|n| n.ends_with(".xml"))
    {
        if !is_van_kernbeleid(&mut zip, naam)? {
            continue;
        }
        let inhoud = deel(&mut zip, naam, &mut totaal)?;
        if let Some(g) = gegevens_uit(&inhoud, naam)? {
            gegevens = Some(g);
            break;
        }
    }
    let Some((soort, json)) = gegevens else {
        return Err(WordFout::new(
            WordFoutSoort::NietVanKernbeleid,
            "",
            format!(
                "dit Word-document is niet door kernbeleid geschreven: het mist het gegevensdeel \
                 (customXml met namespace {NAAMRUIMTE}); maak een Word-bestand met \
                 `kbv skelet --formaat docx` en vul dat in"
            ),
        ));
    };
    let gemaakt = if namen.iter().any(|n| n == KENMERKEN) {
        gemaakt_op(&deel(&mut zip, KENMERKEN, &mut totaal)?)
    } else {
        None
    };
    Ok(Pakket {
        document,
        soort,
        json,
        gemaakt,
    })
}

/// The archive of a .docx, after the checks that need nothing unpacked (see [`open`]).
fn archief(bytes: &[u8]) -> Result<zip::ZipArchive<Cursor<&[u8]>>, WordFout> {
    if bytes.len() > GROOTSTE_BESTAND {
        return Err(onleesbaar(
            "",
            format!(
                "het bestand is groter dan {} MiB (de grens van deze lezer); een ingevuld plan \
                 is doorgaans kleiner dan 1 MB",
                GROOTSTE_BESTAND >> 20
            ),
        ));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        geen_docx(match e {
            zip::result::ZipError::InvalidArchive(_) | zip::result::ZipError::Io(_) => {
                "het is geen zip-archief".to_owned()
            }
            zip::result::ZipError::UnsupportedArchive(_) => {
                "het zip-archief gebruikt een vorm die niet wordt ondersteund".to_owned()
            }
            _ => "het zip-archief is niet te openen".to_owned(),
        })
    })?;
    if zip.len() > GROOTSTE_AANTAL_DELEN {
        return Err(onleesbaar(
            "",
            format!(
                "het zip-archief heeft meer dan {GROOTSTE_AANTAL_DELEN} delen; een Word-document \
                 heeft er enkele tientallen"
            ),
        ));
    }
    if let Some(aantal) = aantal_in_centrale_map(bytes) {
        if aantal != zip.len() {
            return Err(onleesbaar(
                "",
                "het zip-archief bevat een deel twee keer onder dezelfde naam; welke geldt is \
                 niet te zeggen",
            ));
        }
    }
    if zip.has_overlapping_files().unwrap_or(true) {
        return Err(onleesbaar(
            "",
            "in het zip-archief delen twee delen dezelfde gegevens; zo'n archief is niet door \
             Word gemaakt",
        ));
    }
    Ok(zip)
}

/// The part with the document's properties.
const KENMERKEN: &str = "docProps/core.xml";

/// The date of `dcterms:created` ("2027-01-15T08:00:00Z"), when it reads.
fn gemaakt_op(inhoud: &[u8]) -> Option<chrono::NaiveDate> {
    let mut reader = Reader::from_reader(inhoud);
    let mut binnen = false;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == b"created" => binnen = true,
            Event::Text(t) if binnen => {
                let t = t.xml10_content().ok()?;
                return chrono::NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok();
            }
            Event::End(_) if binnen => return None,
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// Opens the package of a .docx written by anyone: the main part, and the styles part where
/// there is one (for the names and outline levels of paragraph styles). The archive is checked
/// and each part read with the same limits as in [`open`].
pub(crate) fn open_vreemd(bytes: &[u8]) -> Result<(Vec<u8>, Option<Vec<u8>>), WordFout> {
    let mut zip = archief(bytes)?;
    let heeft =
        |zip: &zip::ZipArchive<Cursor<&[u8]>>, naam: &str| zip.file_names().any(|n| n == naam);
    if !heeft(&zip, DOCUMENT) {
        return Err(geen_docx(format!("het zip-archief bevat geen {DOCUMENT}")));
    }
    let mut totaal = 0;
    let document = deel(&mut zip, DOCUMENT, &mut totaal)?;
    let stijlen = if heeft(&zip, "word/styles.xml") {
        Some(deel(&mut zip, "word/styles.xml", &mut totaal)?)
    } else {
        None
    };
    Ok((document, stijlen))
}

/// The number of entries the end of central directory record gives, when the archive has one
/// that is not ZIP64; the zip crate keeps one entry per name, so a name given twice shows as a
/// difference.
fn aantal_in_centrale_map(bytes: &[u8]) -> Option<usize> {
    const HANDTEKENING: &[u8] = b"PK\x05\x06";
    let van = bytes.len().saturating_sub(22 + usize::from(u16::MAX));
    let staart = bytes.get(van..)?;
    // The last record whose comment runs exactly to the end of the file.
    let plek = (0..staart.len().saturating_sub(21)).rev().find(|&i| {
        staart.get(i..i + 4) == Some(HANDTEKENING)
            && staart
                .get(i + 20..i + 22)
                .map(|l| i + 22 + usize::from(u16::from_le_bytes([l[0], l[1]])))
                == Some(staart.len())
    })?;
    let aantal = staart.get(plek + 10..plek + 12)?;
    let aantal = u16::from_le_bytes([aantal[0], aantal[1]]);
    (aantal != u16::MAX).then_some(usize::from(aantal))
}

/// The compression a part uses, refused when the reader cannot unpack it (bzip2, LZMA, ...).
fn ondersteund(
    bestand: &zip::read::ZipFile<'_, Cursor<&[u8]>>,
    naam: &str,
) -> Result<(), WordFout> {
    match bestand.compression() {
        zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated => Ok(()),
        methode => Err(onleesbaar(
            naam,
            format!(
                "compressie niet ondersteund ({}); Word gebruikt deflate, sla het bestand \
                 opnieuw op in Word",
                compressie_naam(methode)
            ),
        )),
    }
}

fn compressie_naam(methode: zip::CompressionMethod) -> String {
    #[allow(deprecated)]
    match methode {
        zip::CompressionMethod::Unsupported(12) => "bzip2".to_owned(),
        zip::CompressionMethod::Unsupported(14) => "LZMA".to_owned(),
        zip::CompressionMethod::Unsupported(93) => "Zstandard".to_owned(),
        zip::CompressionMethod::Unsupported(95) => "XZ".to_owned(),
        zip::CompressionMethod::Unsupported(n) => format!("methode {n}"),
        _ => "onbekende methode".to_owned(),
    }
}

fn open_deel<'z, 'b>(
    zip: &'z mut zip::ZipArchive<Cursor<&'b [u8]>>,
    naam: &str,
) -> Result<zip::read::ZipFile<'z, Cursor<&'b [u8]>>, WordFout> {
    let kan_niet = |e: &zip::result::ZipError| {
        onleesbaar(
            naam,
            format!("kan het deel niet openen ({})", zip_bericht(e)),
        )
    };
    // The compression first, from the raw entry: opening one the crate cannot unpack fails
    // without saying why.
    let index = zip
        .index_for_name(naam)
        .ok_or_else(|| kan_niet(&zip::result::ZipError::FileNotFound))?;
    ondersteund(&zip.by_index_raw(index).map_err(|e| kan_niet(&e))?, naam)?;
    zip.by_index(index).map_err(|e| kan_niet(&e))
}

/// Whether a custom XML part's root element is the crate's `document`, looking at its first
/// [`BEGIN_VAN_DEEL`] bytes only: someone else's part is never unpacked whole.
fn is_van_kernbeleid(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    naam: &str,
) -> Result<bool, WordFout> {
    let bestand = open_deel(zip, naam)?;
    let mut begin = Vec::new();
    // A part that does not unpack is someone else's, or ours damaged: the full read says which.
    if bestand
        .take(BEGIN_VAN_DEEL)
        .read_to_end(&mut begin)
        .is_err()
    {
        return Ok(true);
    }
    let mut reader = Reader::from_reader(begin.as_slice());
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return Ok(e.local_name().as_ref() == b"document" && heeft_naamruimte(&e));
            }
            Ok(Event::Eof) | Err(_) => return Ok(false),
            Ok(_) => {}
        }
    }
}

/// A part unpacked, at most [`GROOTSTE_DEEL`], and with `totaal` (what the parts read before
/// took) at most [`GROOTSTE_TOTAAL`].
fn deel(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    naam: &str,
    totaal: &mut u64,
) -> Result<Vec<u8>, WordFout> {
    let bestand = open_deel(zip, naam)?;
    let ruimte = GROOTSTE_DEEL.min(GROOTSTE_TOTAAL.saturating_sub(*totaal));
    let mut inhoud = Vec::with_capacity(usize::try_from(bestand.size().min(ruimte)).unwrap_or(0));
    bestand
        .take(ruimte + 1)
        .read_to_end(&mut inhoud)
        .map_err(|_| onleesbaar(naam, "het deel is beschadigd en niet uit te pakken"))?;
    if inhoud.len() as u64 > GROOTSTE_DEEL {
        return Err(onleesbaar(
            naam,
            format!(
                "het deel is groter dan {} MiB uitgepakt (de grens van deze lezer)",
                GROOTSTE_DEEL >> 20
            ),
        ));
    }
    if inhoud.len() as u64 > ruimte {
        return Err(onleesbaar(
            naam,
            format!(
                "de delen zijn samen groter dan {} MiB uitgepakt (de grens van deze lezer)",
                GROOTSTE_TOTAAL >> 20
            ),
        ));
    }
    *totaal += inhoud.len() as u64;
    Ok(inhoud)
}

fn zip_bericht(e: &zip::result::ZipError) -> &'static str {
    match e {
        zip::result::ZipError::FileNotFound => "niet gevonden",
        zip::result::ZipError::UnsupportedArchive(_) => {
            "niet ondersteunde compressie of versleuteling"
        }
        _ => "beschadigd",
    }
}

fn xml_fout(waar: &str, reader: &Reader<&[u8]>, e: impl Into<XmlFout>) -> WordFout {
    onleesbaar(
        format!("{waar} (byte {})", reader.error_position()),
        e.into().bericht(),
    )
}

/// The failures quick-xml reports, said in Dutch.
enum XmlFout {
    Xml(quick_xml::Error),
    Tekens,
}

impl From<quick_xml::Error> for XmlFout {
    fn from(e: quick_xml::Error) -> Self {
        XmlFout::Xml(e)
    }
}

impl From<quick_xml::encoding::EncodingError> for XmlFout {
    fn from(_: quick_xml::encoding::EncodingError) -> Self {
        XmlFout::Tekens
    }
}

impl XmlFout {
    fn bericht(self) -> String {
        use quick_xml::errors::IllFormedError;
        match self {
            XmlFout::Tekens | XmlFout::Xml(quick_xml::Error::Encoding(_)) => {
                "ongeldige XML: geen geldige UTF-8".to_owned()
            }
            XmlFout::Xml(quick_xml::Error::IllFormed(fout)) => match fout {
                IllFormedError::MissingEndTag(naam) => {
                    format!("ongeldige XML: de eindtag </{naam}> ontbreekt")
                }
                IllFormedError::UnmatchedEndTag(naam) => {
                    format!("ongeldige XML: eindtag </{naam}> zonder begintag")
                }
                IllFormedError::MismatchedEndTag { expected, found } => {
                    format!("ongeldige XML: eindtag </{found}> waar </{expected}> werd verwacht")
                }
                _ => "ongeldige XML: het document is niet goed gevormd".to_owned(),
            },
            XmlFout::Xml(quick_xml::Error::Syntax(_)) => {
                "ongeldige XML: een tag, commentaar of declaratie is niet afgesloten".to_owned()
            }
            XmlFout::Xml(quick_xml::Error::InvalidAttr(_)) => {
                "ongeldige XML: een attribuut is niet goed geschreven".to_owned()
            }
            XmlFout::Xml(quick_xml::Error::Escape(_)) => {
                "ongeldige XML: een onbekende entiteit of tekenverwijzing".to_owned()
            }
            XmlFout::Xml(_) => "ongeldige XML".to_owned(),
        }
    }
}

/// The document of a custom XML part, when the part is ours.
fn gegevens_uit(inhoud: &[u8], naam: &str) -> Result<Option<(String, String)>, WordFout> {
    let mut reader = Reader::from_reader(inhoud);
    let mut soort = None;
    let mut json = String::new();
    let mut binnen = false;
    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            // Not well-formed: someone else's part, or ours damaged; ours is reported below.
            Err(e) if binnen => return Err(xml_fout(naam, &reader, e)),
            Err(_) => return Ok(None),
        };
        match event {
            Event::Start(e) if !binnen => {
                if e.local_name().as_ref() != b"document" || !heeft_naamruimte(&e) {
                    return Ok(None);
                }
                soort = attribuut(&e, b"soort");
                binnen = true;
            }
            Event::Empty(_) if !binnen => return Ok(None),
            Event::Text(t) if binnen => {
                let t = t.xml10_content().map_err(|e| xml_fout(naam, &reader, e))?;
                json.push_str(&t);
            }
            Event::CData(t) if binnen => {
                let t = t.decode().map_err(|e| xml_fout(naam, &reader, e))?;
                json.push_str(&t);
            }
            Event::GeneralRef(r) if binnen => {
                let c = verwijzing(&r).ok_or_else(|| {
                    onleesbaar(
                        format!("{naam} (byte {})", reader.buffer_position()),
                        "onbekende entiteit",
                    )
                })?;
                json.push_str(&c);
            }
            Event::End(_) if binnen => break,
            Event::Eof => return Ok(None),
            _ => {}
        }
    }
    let soort = soort.ok_or_else(|| {
        onleesbaar(
            naam,
            "het gegevensdeel zegt niet welk soort document het is",
        )
    })?;
    Ok(Some((soort, json)))
}

fn heeft_naamruimte(e: &BytesStart<'_>) -> bool {
    e.attributes()
        .flatten()
        .any(|a| a.key.as_ref().starts_with(b"xmlns") && a.value.as_ref() == NAAMRUIMTE.as_bytes())
}

/// An attribute's value by its local name.
fn attribuut(e: &BytesStart<'_>, lokaal: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == lokaal)
            .then(|| a.normalized_value(XmlVersion::Implicit1_0).ok())
            .flatten()
            .map(|v| v.into_owned())
    })
}

fn verwijzing(r: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if r.is_char_ref() {
        return r.resolve_char_ref().ok().flatten().map(String::from);
    }
    let naam = r.decode().ok()?;
    quick_xml::escape::resolve_predefined_entity(&naam).map(str::to_owned)
}

/// Parses the body of `word/document.xml`.
pub(crate) fn lichaam(document: &[u8]) -> Result<Vec<Knoop>, WordFout> {
    let mut o = Ontleder {
        reader: Reader::from_reader(document),
        blokken: 0,
        getypt: 0,
    };
    loop {
        match o.volgende()? {
            Event::Start(e) if e.name().as_ref() == b"w:body" => {
                return o.blokken(b"w:body", 0);
            }
            Event::Empty(e) if e.name().as_ref() == b"w:body" => return Ok(Vec::new()),
            Event::Eof => {
                return Err(onleesbaar(DOCUMENT, "het document heeft geen w:body"));
            }
            _ => {}
        }
    }
}

struct Ontleder<'a> {
    reader: Reader<&'a [u8]>,
    /// Blocks read so far, at most [`GROOTSTE_AANTAL_BLOKKEN`].
    blokken: usize,
    /// Characters (other than white space) read so far in runs not in Word's placeholder style.
    getypt: usize,
}

/// What an inline container holds when its content is read.
enum Houder<'x> {
    Alinea(&'x mut Alinea),
    Stukken(&'x mut Vec<Stuk>),
}

impl Houder<'_> {
    fn stukken(&mut self) -> &mut Vec<Stuk> {
        match self {
            Houder::Alinea(a) => &mut a.stukken,
            Houder::Stukken(s) => s,
        }
    }
}

fn voeg_tekst_toe(stukken: &mut Vec<Stuk>, tekst: &str) {
    if let Some(Stuk::Tekst(t)) = stukken.last_mut() {
        t.push_str(tekst);
    } else {
        stukken.push(Stuk::Tekst(tekst.to_owned()));
    }
}

impl<'a> Ontleder<'a> {
    fn volgende(&mut self) -> Result<Event<'a>, WordFout> {
        match self.reader.read_event() {
            Ok(e) => Ok(e),
            Err(e) => Err(xml_fout(DOCUMENT, &self.reader, e)),
        }
    }

    fn einde(&self) -> WordFout {
        onleesbaar(DOCUMENT, "onverwacht einde van het document")
    }

    /// Counts one more block (a paragraph, table, row, cell or control).
    fn tel(&mut self) -> Result<(), WordFout> {
        self.blokken += 1;
        if self.blokken > GROOTSTE_AANTAL_BLOKKEN {
            return Err(onleesbaar(
                format!("{DOCUMENT} (byte {})", self.reader.buffer_position()),
                format!(
                    "meer dan {GROOTSTE_AANTAL_BLOKKEN} alinea's, tabelrijen en invulvelden (de \
                     grens van deze lezer); een plan heeft er hooguit enkele tienduizenden"
                ),
            ));
        }
        Ok(())
    }

    fn te_diep(&self) -> WordFout {
        onleesbaar(
            format!("{DOCUMENT} (byte {})", self.reader.buffer_position()),
            "tabellen of invulvelden te diep genest",
        )
    }

    /// Skips the rest of an element whose start was read.
    fn sla_over(&mut self, naam: &[u8]) -> Result<(), WordFout> {
        let naam = quick_xml::name::QName(naam);
        self.reader
            .read_to_end(naam)
            .map(|_| ())
            .map_err(|e| xml_fout(DOCUMENT, &self.reader, e))
    }

    /// Block content up to the end tag `einde`.
    fn blokken(&mut self, einde: &[u8], diepte: usize) -> Result<Vec<Knoop>, WordFout> {
        if diepte > GROOTSTE_DIEPTE {
            return Err(self.te_diep());
        }
        let mut uit = Vec::new();
        loop {
            let event = self.volgende()?;
            if matches!(&event, Event::Start(_) | Event::Empty(_)) {
                self.tel()?;
            }
            match event {
                Event::Start(e) => match e.name().as_ref() {
                    b"w:p" => {
                        let mut a = Alinea::default();
                        self.inline(b"w:p", &mut Houder::Alinea(&mut a), diepte + 1)?;
                        uit.push(Knoop::Alinea(a));
                    }
                    b"w:tbl" => {
                        let mut herhaling = None;
                        let rijen = self.tabel(b"w:tbl", diepte + 1, &mut herhaling)?;
                        uit.push(match herhaling {
                            // Rows in a tagged control (a repeating section): the table stands
                            // for that control, as if the control held the table.
                            Some(mut sdt) => {
                                sdt.blokken = vec![Knoop::Tabel(rijen)];
                                Knoop::Sdt(sdt)
                            }
                            None => Knoop::Tabel(rijen),
                        });
                    }
                    b"w:sdt" => uit.push(Knoop::Sdt(self.sdt(true, diepte + 1)?)),
                    b"w:customXml" | b"w:ins" | b"w:moveTo" => {
                        let naam = e.name().as_ref().to_vec();
                        uit.extend(self.blokken(&naam, diepte + 1)?);
                    }
                    naam => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                    }
                },
                Event::Empty(e) if e.name().as_ref() == b"w:p" => {
                    uit.push(Knoop::Alinea(Alinea::default()));
                }
                Event::End(e) if e.name().as_ref() == einde => return Ok(uit),
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }

    /// The rows of a table (or of a control around rows); `herhaling` gets the properties of
    /// the first control around rows that has a tag.
    fn tabel(
        &mut self,
        einde: &[u8],
        diepte: usize,
        herhaling: &mut Option<Sdt>,
    ) -> Result<Vec<Vec<Vec<Knoop>>>, WordFout> {
        if diepte > GROOTSTE_DIEPTE {
            return Err(self.te_diep());
        }
        let mut rijen = Vec::new();
        loop {
            let event = self.volgende()?;
            if matches!(&event, Event::Start(_) | Event::Empty(_)) {
                self.tel()?;
            }
            match event {
                Event::Start(e) => match e.name().as_ref() {
                    b"w:tr" => rijen.push(self.rij(b"w:tr", diepte + 1)?),
                    b"w:sdtPr" if einde == b"w:sdt" => {
                        let mut sdt = Sdt::default();
                        self.eigenschappen(&mut sdt)?;
                        if herhaling.is_none() && sdt.tag.is_some() {
                            *herhaling = Some(sdt);
                        }
                    }
                    b"w:sdt" | b"w:sdtContent" | b"w:customXml" | b"w:ins" => {
                        let naam = e.name().as_ref().to_vec();
                        rijen.extend(self.tabel(&naam, diepte + 1, herhaling)?);
                    }
                    naam => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                    }
                },
                Event::End(e) if e.name().as_ref() == einde => return Ok(rijen),
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }

    /// The cells of a row (or of a control around cells).
    fn rij(&mut self, einde: &[u8], diepte: usize) -> Result<Vec<Vec<Knoop>>, WordFout> {
        if diepte > GROOTSTE_DIEPTE {
            return Err(self.te_diep());
        }
        let mut cellen = Vec::new();
        loop {
            let event = self.volgende()?;
            if matches!(&event, Event::Start(_) | Event::Empty(_)) {
                self.tel()?;
            }
            match event {
                Event::Start(e) => match e.name().as_ref() {
                    b"w:tc" => cellen.push(self.blokken(b"w:tc", diepte + 1)?),
                    b"w:sdt" | b"w:sdtContent" | b"w:customXml" | b"w:ins" => {
                        let naam = e.name().as_ref().to_vec();
                        cellen.extend(self.rij(&naam, diepte + 1)?);
                    }
                    naam => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                    }
                },
                Event::End(e) if e.name().as_ref() == einde => return Ok(cellen),
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }

    /// A content control; `blok` for one at block level.
    fn sdt(&mut self, blok: bool, diepte: usize) -> Result<Sdt, WordFout> {
        if diepte > GROOTSTE_DIEPTE {
            return Err(self.te_diep());
        }
        self.tel()?;
        let mut sdt = Sdt::default();
        let getypt = self.getypt;
        loop {
            match self.volgende()? {
                Event::Start(e) => match e.name().as_ref() {
                    b"w:sdtPr" => self.eigenschappen(&mut sdt)?,
                    b"w:sdtContent" => {
                        if blok {
                            sdt.blokken = self.blokken(b"w:sdtContent", diepte + 1)?;
                        } else {
                            let mut stukken = Vec::new();
                            self.inline(
                                b"w:sdtContent",
                                &mut Houder::Stukken(&mut stukken),
                                diepte + 1,
                            )?;
                            sdt.stukken = stukken;
                        }
                    }
                    naam => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                    }
                },
                Event::End(e) if e.name().as_ref() == b"w:sdt" => {
                    sdt.eigen_tekst = sdt.open && self.getypt > getypt;
                    return Ok(sdt);
                }
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }

    fn eigenschappen(&mut self, sdt: &mut Sdt) -> Result<(), WordFout> {
        let mut diepte = 0usize;
        loop {
            let event = self.volgende()?;
            let (e, leeg) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) if e.name().as_ref() == b"w:sdtPr" && diepte == 0 => return Ok(()),
                Event::End(_) => {
                    diepte = diepte.saturating_sub(1);
                    continue;
                }
                Event::Eof => return Err(self.einde()),
                _ => continue,
            };
            match e.name().as_ref() {
                b"w:tag" => sdt.tag = attribuut(e, b"val"),
                b"w:alias" => sdt.alias = attribuut(e, b"val"),
                b"w:showingPlcHdr" => {
                    sdt.open = attribuut(e, b"val")
                        .is_none_or(|v| matches!(v.as_str(), "1" | "true" | "on"));
                }
                b"w:docPartObj" | b"w:docPartList" => sdt.bouwsteen = true,
                _ => {}
            }
            if !leeg {
                diepte += 1;
            }
        }
    }

    /// Inline content up to the end tag `einde`: runs, controls, hyperlinks, insertions.
    fn inline(
        &mut self,
        einde: &[u8],
        houder: &mut Houder<'_>,
        diepte: usize,
    ) -> Result<(), WordFout> {
        if diepte > GROOTSTE_DIEPTE {
            return Err(self.te_diep());
        }
        loop {
            match self.volgende()? {
                Event::Start(e) => match e.name().as_ref() {
                    b"w:pPr" => {
                        if let Houder::Alinea(a) = houder {
                            self.alinea_eigenschappen(a)?;
                        } else {
                            self.sla_over(b"w:pPr")?;
                        }
                    }
                    b"w:r" => self.run(houder.stukken(), diepte + 1)?,
                    b"w:sdt" => {
                        let sdt = self.sdt(false, diepte + 1)?;
                        houder.stukken().push(Stuk::Sdt(sdt));
                    }
                    b"w:hyperlink" | b"w:ins" | b"w:smartTag" | b"w:customXml" | b"w:moveTo"
                    | b"w:fldSimple" | b"w:dir" | b"w:bdo" => {
                        let naam = e.name().as_ref().to_vec();
                        self.inline(&naam, houder, diepte + 1)?;
                    }
                    naam @ (b"mc:AlternateContent" | b"w:object" | b"w:pict" | b"w:drawing") => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                        houder.stukken().push(Stuk::Object);
                    }
                    naam => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                    }
                },
                Event::End(e) if e.name().as_ref() == einde => return Ok(()),
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }

    fn alinea_eigenschappen(&mut self, a: &mut Alinea) -> Result<(), WordFout> {
        let mut diepte = 0usize;
        loop {
            let event = self.volgende()?;
            let (e, leeg) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) if e.name().as_ref() == b"w:pPr" && diepte == 0 => return Ok(()),
                Event::End(_) => {
                    diepte = diepte.saturating_sub(1);
                    continue;
                }
                Event::Eof => return Err(self.einde()),
                _ => continue,
            };
            match e.name().as_ref() {
                // A paragraph mark's own change record (w:pPrChange) holds older properties.
                b"w:pPrChange" if !leeg => {
                    self.sla_over(b"w:pPrChange")?;
                    continue;
                }
                b"w:pStyle" if diepte == 0 => a.stijl = attribuut(e, b"val"),
                b"w:numPr" if diepte == 0 => a.opsomming = true,
                b"w:numId" if diepte == 1 && attribuut(e, b"val").as_deref() == Some("0") => {
                    a.opsomming = false;
                    a.zonder_nummer = true;
                }
                b"w:outlineLvl" if diepte == 0 => {
                    a.overzichtsniveau = attribuut(e, b"val").and_then(|v| v.parse().ok());
                }
                _ => {}
            }
            if !leeg {
                diepte += 1;
            }
        }
    }

    /// A run: its text, tabs and breaks.
    fn run(&mut self, stukken: &mut Vec<Stuk>, diepte: usize) -> Result<(), WordFout> {
        if diepte > GROOTSTE_DIEPTE {
            return Err(self.te_diep());
        }
        let mut plaatshouderstijl = false;
        loop {
            match self.volgende()? {
                Event::Start(e) => match e.name().as_ref() {
                    b"w:rPr" => plaatshouderstijl = self.in_plaatshouderstijl()?,
                    b"w:t" => self.tekst(stukken, plaatshouderstijl)?,
                    naam @ (b"mc:AlternateContent" | b"w:object" | b"w:pict" | b"w:drawing") => {
                        let naam = naam.to_vec();
                        self.sla_over(&naam)?;
                        stukken.push(Stuk::Object);
                    }
                    naam => {
                        let naam = naam.to_vec();
                        let teken = los_teken(&e);
                        self.sla_over(&naam)?;
                        if let Some(t) = teken {
                            voeg_tekst_toe(stukken, t);
                        }
                    }
                },
                Event::Empty(e) => {
                    if let Some(t) = los_teken(&e) {
                        voeg_tekst_toe(stukken, t);
                    }
                }
                Event::End(e) if e.name().as_ref() == b"w:r" => return Ok(()),
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }

    /// Whether the run properties (read up to their end tag) set Word's placeholder style.
    fn in_plaatshouderstijl(&mut self) -> Result<bool, WordFout> {
        let mut stijl = false;
        let mut diepte = 0usize;
        loop {
            let event = self.volgende()?;
            let (e, leeg) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) if e.name().as_ref() == b"w:rPr" && diepte == 0 => return Ok(stijl),
                Event::End(_) => {
                    diepte = diepte.saturating_sub(1);
                    continue;
                }
                Event::Eof => return Err(self.einde()),
                _ => continue,
            };
            // A change record (w:rPrChange) holds older properties, one level down.
            if diepte == 0 && e.name().as_ref() == b"w:rStyle" {
                stijl = attribuut(e, b"val").as_deref() == Some(PLAATSHOUDERSTIJL);
            }
            if !leeg {
                diepte += 1;
            }
        }
    }

    /// Adds text read in a run; `plaatshouderstijl` when the run is in Word's placeholder style.
    fn voeg_toe(&mut self, stukken: &mut Vec<Stuk>, tekst: &str, plaatshouderstijl: bool) {
        if !plaatshouderstijl {
            self.getypt += tekst.chars().filter(|c| !c.is_whitespace()).count();
        }
        voeg_tekst_toe(stukken, tekst);
    }

    /// The content of a `w:t`.
    fn tekst(&mut self, stukken: &mut Vec<Stuk>, plaatshouderstijl: bool) -> Result<(), WordFout> {
        loop {
            match self.volgende()? {
                Event::Text(t) => {
                    let t = t
                        .xml10_content()
                        .map_err(|e| xml_fout(DOCUMENT, &self.reader, e))?;
                    self.voeg_toe(stukken, &t, plaatshouderstijl);
                }
                Event::CData(t) => {
                    let t = t
                        .decode()
                        .map_err(|e| xml_fout(DOCUMENT, &self.reader, e))?;
                    self.voeg_toe(stukken, &t, plaatshouderstijl);
                }
                Event::GeneralRef(r) => {
                    let t = verwijzing(&r).ok_or_else(|| {
                        onleesbaar(
                            format!("{DOCUMENT} (byte {})", self.reader.buffer_position()),
                            "onbekende entiteit",
                        )
                    })?;
                    self.voeg_toe(stukken, &t, plaatshouderstijl);
                }
                Event::End(e) if e.name().as_ref() == b"w:t" => return Ok(()),
                Event::Start(e) => {
                    let naam = e.name().as_ref().to_vec();
                    self.sla_over(&naam)?;
                }
                Event::Eof => return Err(self.einde()),
                _ => {}
            }
        }
    }
}

/// The text a run element stands for: a tab, a line break.
fn los_teken(e: &BytesStart<'_>) -> Option<&'static str> {
    match e.name().as_ref() {
        b"w:tab" => Some("\t"),
        b"w:cr" => Some("\n"),
        b"w:br" => match attribuut(e, b"type").as_deref() {
            None | Some("textWrapping") => Some("\n"),
            Some(_) => None,
        },
        b"w:noBreakHyphen" => Some("-"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(xml: &str) -> Vec<Knoop> {
        let document = format!("<w:document xmlns:w=\"x\"><w:body>{xml}</w:body></w:document>");
        lichaam(document.as_bytes()).expect("leesbaar")
    }

    #[test]
    fn word_opmaak_tussen_de_tekst_verdwijnt() {
        let k = body(
            "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r w:rsidR=\"00A1\"><w:rPr><w:b/></w:rPr><w:t>Een </w:t></w:r>\
             <w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:t xml:space=\"preserve\">t&amp;wee</w:t><w:tab/><w:t>drie</w:t><w:br/></w:r>\
             <w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:ins><w:r><w:t>erbij</w:t></w:r></w:ins></w:p>",
        );
        let Some(Knoop::Alinea(a)) = k.first() else {
            panic!("een alinea: {k:?}");
        };
        assert_eq!(a.stijl.as_deref(), Some("Heading2"));
        assert_eq!(a.tekst(), "Een t&wee\tdrie\nerbij");
    }

    #[test]
    fn een_invulveld_met_plaatshouder_is_leeg() {
        let k = body(
            "<w:sdt><w:sdtPr><w:alias w:val=\"A\"/><w:tag w:val=\"/a\"/><w:showingPlcHdr/></w:sdtPr>\
             <w:sdtContent><w:p><w:r><w:t>hint</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        );
        let Some(Knoop::Sdt(s)) = k.first() else {
            panic!("een sdt: {k:?}");
        };
        assert_eq!(
            (s.tag.as_deref(), s.open, s.tekst().as_str()),
            (Some("/a"), true, "")
        );
    }

    #[test]
    fn te_diep_genest_is_een_fout() {
        let xml = "<w:tbl><w:tr><w:tc>".repeat(100);
        let document = format!("<w:document><w:body>{xml}</w:body></w:document>");
        let fout = lichaam(document.as_bytes()).unwrap_err();
        assert_eq!(fout.bericht, "tabellen of invulvelden te diep genest");
    }
}
