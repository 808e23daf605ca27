//! Format handling, below the document types: JSON and TOML in and out, the position and key
//! path of a read error, and the translation of the English of serde, serde_json and toml into
//! the Dutch of a [`LeesFout`].
//!
//! This module knows no document type: the types import it, never the other way round.

use core::fmt;
use std::path::Path;

use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserializer, Serialize};
use serde_path_to_error::Track;

pub(crate) use streng::Streng;

mod bestand;
pub(crate) mod datum;
mod streng;
pub(crate) mod vertaling;

pub(crate) use bestand::lees as lees_bestand;
pub use bestand::BestandFout;

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Formaat {
    /// JSON (RFC 8259).
    Json,
    /// TOML 1.0.
    Toml,
}

impl Formaat {
    /// The format a file name's extension names: `.json` or `.toml`, any case.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::Formaat;
    ///
    /// assert_eq!(Formaat::uit_bestandsnaam("ivp-2027.TOML"), Some(Formaat::Toml));
    /// assert_eq!(Formaat::uit_bestandsnaam(std::path::Path::new("map/ivp.json")), Some(Formaat::Json));
    /// assert_eq!(Formaat::uit_bestandsnaam("ivp.txt"), None);
    /// ```
    #[must_use]
    pub fn uit_bestandsnaam(naam: impl AsRef<Path>) -> Option<Formaat> {
        let extensie = naam.as_ref().extension()?;
        if extensie.eq_ignore_ascii_case("json") {
            Some(Formaat::Json)
        } else if extensie.eq_ignore_ascii_case("toml") {
            Some(Formaat::Toml)
        } else {
            None
        }
    }

    /// The format the content looks like: JSON when the first character after white space is
    /// `{`, else TOML. (A TOML document cannot start with `{`, a JSON document is an object.)
    #[must_use]
    pub fn uit_inhoud(tekst: &str) -> Formaat {
        if tekst.trim_start().starts_with('{') {
            Formaat::Json
        } else {
            Formaat::Toml
        }
    }
}

impl fmt::Display for Formaat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Formaat::Json => "JSON",
            Formaat::Toml => "TOML",
        })
    }
}

/// A document could not be read: where, and what was expected, in Dutch.
///
/// `pad` is the key path to the offending value, like `prioriteiten[2].themas[0]` (empty for
/// the document as a whole); `regel` and `kolom` count from 1, in characters.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Ivp;
///
/// let toml = "gemeenten = [\"Utrecht\"]\nperiode = { van = 2027-01-01, tot = 2030-12-31 }\n\
///             [[prioriteiten]]\nnaam = \"Jeugd\"\nthemas = [\"6.1\"]\n";
/// let fout = Ivp::uit_toml(toml).unwrap_err();
/// assert_eq!(fout.pad, "prioriteiten[0].themas[0]");
/// assert_eq!((fout.regel, fout.kolom), (Some(5), Some(11)));
/// assert!(fout.to_string().starts_with(
///     "fout in prioriteiten[0].themas[0] (regel 5, kolom 11): onbekend thema \"6.1\": verwacht"
/// ));
///
/// // A required key left out: the path is that of the table that lacks it.
/// let fout = Ivp::uit_json(r#"{"gemeenten": ["Utrecht"], "periode": {"van": "2027-01-01"}}"#).unwrap_err();
/// assert_eq!(fout.to_string(), "fout in periode (regel 1, kolom 59): verplichte sleutel \"tot\" ontbreekt");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LeesFout {
    /// The format that was being read.
    pub formaat: Formaat,
    /// The key path, for example `prioriteiten[2].themas[0]`; empty for the whole document.
    pub pad: String,
    /// The line, from 1.
    pub regel: Option<usize>,
    /// The column, from 1, in characters.
    pub kolom: Option<usize>,
    /// What is wrong and what was expected, in Dutch.
    pub bericht: String,
}

impl fmt::Display for LeesFout {
    /// `fout in prioriteiten[2].themas[0] (regel 14, kolom 7): onbekend thema "6.1": ...`; for
    /// the document as a whole `fout in het document (...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pad.is_empty() {
            f.write_str("fout in het document")?;
        } else {
            write!(f, "fout in {}", self.pad)?;
        }
        match (self.regel, self.kolom) {
            (Some(regel), Some(kolom)) => write!(f, " (regel {regel}, kolom {kolom})")?,
            (Some(regel), None) => write!(f, " (regel {regel})")?,
            _ => {}
        }
        write!(f, ": {}", self.bericht)
    }
}

/// A document could not be written as TOML.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("kan het document niet als TOML schrijven: {bericht}")]
pub struct SchrijfFout {
    /// What went wrong.
    pub bericht: String,
}

/// The largest document (JSON or TOML) the readers take: 4 MiB. A real plan is well under a
/// megabyte (a plan of 400 priorities, every handbook text filled in, is about 2.5 MB of TOML).
/// A larger text is refused before it is parsed, with a Dutch [`LeesFout`] naming the limit:
/// so the memory of a read stays bounded (TOML's parse tree is about twelve times the text of a
/// plan, and more for hostile text made of tiny tables).
pub const GROOTSTE_DOCUMENT: usize = 4 << 20;

/// Refuses a text longer than [`GROOTSTE_DOCUMENT`].
pub(crate) fn binnen_grens(lengte: usize, formaat: Formaat) -> Result<(), LeesFout> {
    if lengte <= GROOTSTE_DOCUMENT {
        return Ok(());
    }
    Err(LeesFout {
        formaat,
        pad: String::new(),
        regel: None,
        kolom: None,
        bericht: te_groot(lengte),
    })
}

/// The message for a document of `lengte` bytes over the limit.
pub(crate) fn te_groot(lengte: usize) -> String {
    format!(
        "het document is {} bytes, groter dan {} MiB (de grens van deze lezer); een plan is \
         doorgaans kleiner dan 1 MB",
        lengte,
        GROOTSTE_DOCUMENT >> 20
    )
}

/// Reads `T` from JSON, with the key path of an error.
pub(crate) fn uit_json<T: DeserializeOwned>(tekst: &str) -> Result<T, LeesFout> {
    binnen_grens(tekst.len(), Formaat::Json)?;
    match json_snel(tekst) {
        Some(waarde) => Ok(waarde),
        None => json_met_spoor(tekst),
    }
}

/// The fast read: no key path tracked, `None` on any error.
fn json_snel<T: DeserializeOwned>(tekst: &str) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(tekst);
    let waarde = T::deserialize(Streng(&mut de)).ok()?;
    de.end().ok()?;
    Some(waarde)
}

/// The read that says where it failed: the key path tracked.
fn json_met_spoor<T: DeserializeOwned>(tekst: &str) -> Result<T, LeesFout> {
    // serde's derived structs also take a JSON array (the fields in order); a document is an
    // object, and an array at the top is said to be wrong at once.
    let begin = tekst.len() - tekst.trim_start().len();
    if tekst.get(begin..).is_some_and(|t| t.starts_with('[')) {
        let (regel, kolom) = vertaling::positie(tekst, begin);
        return Err(LeesFout {
            formaat: Formaat::Json,
            pad: String::new(),
            regel: Some(regel),
            kolom: Some(kolom),
            bericht: "verwacht een object maar kreeg een lijst".to_owned(),
        });
    }
    let mut de = serde_json::Deserializer::from_str(tekst);
    let mut spoor = Track::new();
    let gelezen = T::deserialize(Streng(serde_path_to_error::Deserializer::new(
        &mut de, &mut spoor,
    )));
    let waarde = gelezen.map_err(|e| json_fout(tekst, vertaling::pad(&spoor.path()), &e))?;
    de.end().map_err(|e| json_fout(tekst, String::new(), &e))?;
    Ok(waarde)
}

/// Reads `T` from TOML, with the key path of an error: the text is parsed once.
pub(crate) fn uit_toml<T: DeserializeOwned>(tekst: &str) -> Result<T, LeesFout> {
    binnen_grens(tekst.len(), Formaat::Toml)?;
    match toml_tabel(tekst) {
        Ok(tabel) => toml_met_spoor(tekst, tabel),
        Err(fout) => Err(met_pad_van_datum(tekst, fout, |t| {
            uit_toml::<T>(t).map(|_| ())
        })),
    }
}

/// A date that does not exist (`van = 2023-02-30`) is a syntax error in TOML, found before any
/// key is read: the error has no key path. Read again with every such date written as a string
/// (`van = "2023-02-30"`, which the date reader refuses with the same message), the error is
/// found while reading, with its key path: that error is taken when it stands where the first
/// bad date stood. `lees` reads the text as the caller would.
pub(crate) fn met_pad_van_datum(
    tekst: &str,
    fout: LeesFout,
    lees: impl FnOnce(&str) -> Result<(), LeesFout>,
) -> LeesFout {
    if !fout.pad.is_empty() || !fout.bericht.starts_with("ongeldige datum") {
        return fout;
    }
    let Some(hersteld) = datums_als_tekst(tekst) else {
        return fout;
    };
    match lees(&hersteld) {
        Err(met_pad) if (met_pad.regel, met_pad.kolom) == (fout.regel, fout.kolom) => LeesFout {
            formaat: fout.formaat,
            ..met_pad
        },
        _ => fout,
    }
}

/// `tekst` with every TOML date that does not parse written as a string, when that leaves no
/// other syntax error; `None` otherwise.
fn datums_als_tekst(tekst: &str) -> Option<String> {
    let mut hersteld = tekst.to_owned();
    // One date per round; a document has few dates, and a bound keeps odd input cheap.
    for _ in 0..64 {
        let fout = match toml::de::DeTable::parse(&hersteld) {
            Ok(_) => return Some(hersteld),
            Err(fout) => fout,
        };
        if !fout.message().starts_with("invalid date,") {
            return None;
        }
        let begin = fout.span()?.start;
        let lengte = hersteld
            .get(begin..)?
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '.' | '+')))
            .unwrap_or(hersteld.len() - begin);
        if lengte == 0 {
            return None;
        }
        hersteld.insert(begin + lengte, '"');
        hersteld.insert(begin, '"');
    }
    None
}

/// TOML parsed into its table: the syntax checked, the values not yet read.
fn toml_tabel(tekst: &str) -> Result<toml::Spanned<toml::de::DeTable<'_>>, LeesFout> {
    toml::de::DeTable::parse(tekst).map_err(|e| toml_fout(tekst, String::new(), &e))
}

/// The top-level keys of a parsed TOML table.
fn toml_sleutels(tabel: &toml::Spanned<toml::de::DeTable<'_>>) -> Vec<String> {
    tabel
        .get_ref()
        .keys()
        .map(|k| k.get_ref().to_string())
        .collect()
}

/// Reads `T` from the parsed table of `tekst`, the key path tracked. Tracking costs little
/// beside the parse, and a failing text is not parsed again to say where it failed (which
/// tripled the time of hostile text made of tiny tables).
fn toml_met_spoor<T: DeserializeOwned>(
    tekst: &str,
    tabel: toml::Spanned<toml::de::DeTable<'_>>,
) -> Result<T, LeesFout> {
    let de = toml::Deserializer::from(tabel);
    let mut spoor = Track::new();
    T::deserialize(Streng(serde_path_to_error::Deserializer::new(
        de, &mut spoor,
    )))
    .map_err(|e| {
        let mut fout = toml_fout(tekst, vertaling::pad(&spoor.path()), &e);
        boven_de_tabelkop(tekst, &mut fout, &e, velden::<T>());
        fout
    })
}

/// A document parsed once, whose type is still to be decided by its top-level keys: JSON as
/// its text (serde_json reads straight from it), TOML as its parsed table.
pub(crate) enum Ontleed<'a> {
    /// JSON text.
    Json(&'a str),
    /// TOML's table.
    Toml(toml::Spanned<toml::de::DeTable<'a>>),
}

impl<'a> Ontleed<'a> {
    /// Parses TOML into its table (a syntax error is reported here); JSON is read later, in one
    /// pass.
    pub(crate) fn new(tekst: &'a str, formaat: Formaat) -> Result<Self, LeesFout> {
        Ok(match formaat {
            Formaat::Json => Ontleed::Json(tekst),
            Formaat::Toml => Ontleed::Toml(toml_tabel(tekst)?),
        })
    }

    /// The top-level keys: of TOML from its table; of JSON as far as the text can be read.
    pub(crate) fn sleutels(&self) -> Vec<String> {
        match self {
            Ontleed::Json(tekst) => bovenste_sleutels(tekst, Formaat::Json),
            Ontleed::Toml(tabel) => toml_sleutels(tabel),
        }
    }

    /// The first answer `beslist` gives for a top-level key, looking no further than that key:
    /// of JSON the keys before it are read and their values skipped; of TOML the table's keys
    /// are looked at.
    pub(crate) fn beslissende_sleutel<R>(&self, beslist: impl Fn(&str) -> Option<R>) -> Option<R> {
        match self {
            Ontleed::Json(tekst) => {
                let mut antwoord = None;
                let mut de = serde_json::Deserializer::from_str(tekst);
                let _ = Beslissend(beslist, &mut antwoord).deserialize(&mut de);
                antwoord
            }
            Ontleed::Toml(tabel) => tabel.get_ref().keys().find_map(|k| beslist(k.get_ref())),
        }
    }

    /// Reads the document as `T` in one pass. JSON is read without its key path: `Err(None)`
    /// when it is no valid `T` ([`uit_json`] then says where). TOML's table is read with the
    /// key path tracked, so its error is final (`Err(Some(..))`): the text of `tekst` is not
    /// parsed again.
    pub(crate) fn lees<T: DeserializeOwned>(self, tekst: &str) -> Result<T, Option<LeesFout>> {
        match self {
            Ontleed::Json(tekst) => json_snel(tekst).ok_or(None),
            Ontleed::Toml(tabel) => toml_met_spoor(tekst, tabel).map_err(Some),
        }
    }
}

/// The top-level keys of a map up to the first one `beslist` answers for; see
/// [`Ontleed::beslissende_sleutel`]. The answer is put in `.1` at once: the format's own
/// deserializer then complains that the map was not read to its end, and that is ignored.
struct Beslissend<'a, F, R>(F, &'a mut Option<R>);

impl<'de, R, F: Fn(&str) -> Option<R>> DeserializeSeed<'de> for Beslissend<'_, F, R> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, R, F: Fn(&str) -> Option<R>> Visitor<'de> for Beslissend<'_, F, R> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een tabel")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(antwoord) = map.next_key_seed(Sleutel(&self.0))? {
            if antwoord.is_some() {
                *self.1 = antwoord;
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

/// A key, handed to `beslist` without being copied when the format lends it.
struct Sleutel<'f, F>(&'f F);

impl<'de, R, F: Fn(&str) -> Option<R>> DeserializeSeed<'de> for Sleutel<'_, F> {
    type Value = Option<R>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<R>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, R, F: Fn(&str) -> Option<R>> Visitor<'de> for Sleutel<'_, F> {
    type Value = Option<R>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een sleutel")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Option<R>, E> {
        Ok((self.0)(v))
    }
}

/// A key of the document itself written after a `[tabel]` header belongs to that table in
/// TOML, and is unknown there: say that it belongs above the header.
fn boven_de_tabelkop(tekst: &str, fout: &mut LeesFout, bron: &toml::de::Error, bovenste: &[&str]) {
    let Some(sleutel) = bron
        .message()
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(sleutel, _)| sleutel)
    else {
        return;
    };
    let (Some(regel), Some(span)) = (fout.regel, bron.span()) else {
        return;
    };
    if !fout.pad.contains('.') || !bovenste.contains(&sleutel) {
        return;
    }
    // The key must stand on a line of its own (not inside an inline table), under a header.
    let voor = tekst.get(..span.start).unwrap_or_default();
    let begin_regel = voor.rfind('\n').map_or(0, |i| i + 1);
    if !voor
        .get(begin_regel..)
        .unwrap_or_default()
        .trim()
        .is_empty()
    {
        return;
    }
    let Some(kop) = voor
        .lines()
        .rev()
        .map(str::trim)
        .find(|r| r.starts_with('['))
    else {
        return;
    };
    let kop = kop.split('#').next().unwrap_or(kop).trim_end();
    fout.bericht.push_str(&format!(
        "; \"{sleutel}\" is een sleutel van het document zelf en hoort bovenaan, boven de eerste \
         tabelkop: wat op regel {regel} staat, hoort in TOML bij de tabel {kop} erboven"
    ));
}

/// Writes pretty JSON. The documents have string keys and no failing `Serialize`, so
/// `serde_json` cannot fail on them.
pub(crate) fn naar_json<T: Serialize>(waarde: &T) -> String {
    match serde_json::to_string_pretty(waarde) {
        Ok(mut tekst) => {
            tekst.push('\n');
            tekst
        }
        // Unreachable for the documents of this module (see above); kept total all the same.
        Err(fout) => format!("{{\"fout\": {:?}}}\n", fout.to_string()),
    }
}

/// Writes TOML, as `toml::to_string_pretty` does, in time linear in the output.
///
/// `to_string_pretty` collects the tables that nest inside an array of tables (an indicator's
/// `nulmeting` and `streefwaarde`) as insertions and then inserts each into the output string
/// where it belongs, moving everything after it: quadratic in the number of such tables
/// (writing 10,000 priorities took seconds). The serializer's buffer writes the same text front
/// to back through its `Display`; that is what is used here.
pub(crate) fn naar_toml<T: Serialize>(waarde: &T) -> Result<String, SchrijfFout> {
    let mut buffer = toml::ser::Buffer::new();
    waarde
        .serialize(toml::ser::Serializer::pretty(&mut buffer))
        .map_err(|e| SchrijfFout {
            bericht: e.to_string(),
        })?;
    Ok(buffer.to_string())
}

fn json_fout(tekst: &str, pad: String, fout: &serde_json::Error) -> LeesFout {
    let (regel, kolom) = if fout.line() == 0 {
        (None, None)
    } else {
        let waarde_fout = fout.classify() == serde_json::error::Category::Data;
        let (regel, kolom) =
            vertaling::json_positie(tekst, fout.line(), fout.column(), waarde_fout);
        (Some(regel), Some(kolom))
    };
    LeesFout {
        formaat: Formaat::Json,
        pad,
        regel,
        kolom,
        bericht: vertaling::json_bericht(fout),
    }
}

fn toml_fout(tekst: &str, pad: String, fout: &toml::de::Error) -> LeesFout {
    let (regel, kolom) = match fout.span() {
        Some(span) => {
            let (regel, kolom) = vertaling::positie(tekst, span.start);
            (Some(regel), Some(kolom))
        }
        None => (None, None),
    };
    // A date that does not exist (`van = 2023-02-29`) is a syntax error in TOML; say why.
    let bericht = match fout.span() {
        Some(span) if fout.message().starts_with("invalid date,") => {
            let token: String = tekst
                .get(span.start..)
                .unwrap_or_default()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '-')
                .collect();
            datum::fout_bericht(&token)
        }
        _ => vertaling::toml_bericht(fout.message()),
    };
    LeesFout {
        formaat: Formaat::Toml,
        pad,
        regel,
        kolom,
        bericht,
    }
}

/// The text of `bytes` (a leading byte order mark skipped) and its format.
///
/// The content decides where it can: `{` starts a JSON document and never a TOML one, and a TOML
/// document does not look like JSON. Only a document starting with `[` (a JSON array, or a TOML
/// table header) takes the format the name's extension gives (`hint`).
pub(crate) fn tekst_en_formaat(
    bytes: &[u8],
    hint: Option<Formaat>,
) -> Result<(&str, Formaat), LeesFout> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    binnen_grens(bytes.len(), hint.unwrap_or(Formaat::Toml))?;
    let tekst = match core::str::from_utf8(bytes) {
        Ok(tekst) => tekst,
        Err(fout) => {
            let geldig = bytes.get(..fout.valid_up_to()).unwrap_or_default();
            // The prefix is valid UTF-8 by definition.
            let voor = core::str::from_utf8(geldig).unwrap_or_default();
            let (regel, kolom) = vertaling::positie(voor, voor.len());
            let byte = bytes.get(fout.valid_up_to()).copied().unwrap_or_default();
            return Err(LeesFout {
                formaat: hint.unwrap_or(Formaat::Toml),
                pad: String::new(),
                regel: Some(regel),
                kolom: Some(kolom),
                bericht: format!("geen geldige UTF-8 (byte {byte:#04x})"),
            });
        }
    };
    let formaat = match (tekst.trim_start().as_bytes().first(), hint) {
        (Some(b'['), Some(hint)) => hint,
        _ => Formaat::uit_inhoud(tekst),
    };
    if tekst.trim().is_empty() {
        return Err(LeesFout {
            formaat,
            pad: String::new(),
            regel: Some(1),
            kolom: Some(1),
            bericht: "het document is leeg".to_owned(),
        });
    }
    Ok((tekst, formaat))
}

/// The top-level keys, as far as the document can be read; empty when it cannot be read at all
/// (the typed read then reports why).
pub(crate) fn bovenste_sleutels(tekst: &str, formaat: Formaat) -> Vec<String> {
    let mut sleutels = Vec::new();
    match formaat {
        Formaat::Json => {
            let mut de = serde_json::Deserializer::from_str(tekst);
            let _ = Sleutels(&mut sleutels).deserialize(&mut de);
        }
        Formaat::Toml => {
            if let Ok(de) = toml::Deserializer::parse(tekst) {
                let _ = Sleutels(&mut sleutels).deserialize(de);
            }
        }
    }
    sleutels
}

/// Collects the keys of a map, skipping the values; keeps what it collected when an error
/// stops it.
struct Sleutels<'a>(&'a mut Vec<String>);

impl<'de> DeserializeSeed<'de> for Sleutels<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Sleutels<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een tabel")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(sleutel) = map.next_key::<String>()? {
            self.0.push(sleutel);
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

/// Reads a value written as text: `lees` makes it of the text or says why not (its message is
/// the read error's); any other kind of value is refused, `verwacht` saying what was expected.
pub(crate) fn uit_tekst<'de, D, T, M>(
    deserializer: D,
    verwacht: &'static str,
    lees: impl FnOnce(&str) -> Result<T, M>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    M: fmt::Display,
{
    deserializer.deserialize_str(Tekst { verwacht, lees })
}

/// See [`uit_tekst`].
struct Tekst<F> {
    verwacht: &'static str,
    lees: F,
}

impl<T, M: fmt::Display, F: FnOnce(&str) -> Result<T, M>> Visitor<'_> for Tekst<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.verwacht)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.lees)(v).map_err(E::custom)
    }
}

/// The keys of struct `T` as serde reads them (its fields, renamed as serialised), without
/// reading anything: `T` is asked to deserialize itself from a deserializer that only notes
/// the fields it is offered.
pub(crate) fn velden<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut velden: &'static [&'static str] = &[];
    let _ = T::deserialize(Velden(&mut velden));
    velden
}

/// See [`velden`].
struct Velden<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for Velden<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("geen struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        velden: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = velden;
        Err(serde::de::Error::custom("alleen de velden"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
