//! Any of the four documents, above the document types: [`Document`], detecting its kind
//! ([`DocumentSoort`]) and format, and reading it from bytes or a file.

use core::str::FromStr;
use std::path::Path;
use std::sync::OnceLock;

use super::analyse::Veiligheidsanalyse;
use super::formaat::{self, BestandFout, Formaat, LeesFout, SchrijfFout};
use super::ivp::Ivp;
use super::uitvoeringsplan::Uitvoeringsplan;
use super::voortgang::Voortgangsrapportage;
use serde::de::DeserializeOwned;
use strum::VariantArray;

/// Which of the four documents; `DocumentSoort::VARIANTS` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
// The key, `ivp`, is also how it displays.
#[derive(strum::IntoStaticStr, strum::Display)]
#[strum(serialize_all = "snake_case")]
pub enum DocumentSoort {
    /// An [`Ivp`].
    Ivp,
    /// An [`Uitvoeringsplan`].
    Uitvoeringsplan,
    /// A [`Veiligheidsanalyse`].
    Analyse,
    /// A [`Voortgangsrapportage`] (a jaarbeeld too).
    Voortgang,
}

impl DocumentSoort {
    /// The kind a document's top-level keys show: the kind whose keys they fit best.
    ///
    /// Every key the kind does not know counts two against it, every required key it lacks one
    /// (`gemeenten` and `periode` for an IVP; `gemeenten`, `jaar`, `ivp` for an uitvoeringsplan;
    /// `gemeenten`, `jaar`, `themas` for an analysis; `gemeenten`, `peildatum` for a
    /// voortgangsrapportage); the lowest count wins, an IVP on a tie.
    /// So one stray key does not turn a document into another kind: the typed read then names
    /// that key as unknown.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::DocumentSoort;
    ///
    /// assert_eq!(DocumentSoort::uit_sleutels(["gemeenten", "jaar", "ivp"]), DocumentSoort::Uitvoeringsplan);
    /// assert_eq!(DocumentSoort::uit_sleutels(["gemeenten", "jaar", "themas"]), DocumentSoort::Analyse);
    /// // An IVP with one stray `themas` is still an IVP.
    /// assert_eq!(
    ///     DocumentSoort::uit_sleutels(["gemeenten", "periode", "prioriteiten", "themas"]),
    ///     DocumentSoort::Ivp
    /// );
    /// ```
    #[must_use]
    pub fn uit_sleutels<'a>(sleutels: impl IntoIterator<Item = &'a str>) -> DocumentSoort {
        let mut onbekend = [0usize; 4];
        let mut aanwezig = [0usize; 4];
        for sleutel in sleutels {
            for (i, soort) in DocumentSoort::VARIANTS.iter().copied().enumerate() {
                if soort.verplicht().contains(&sleutel) {
                    aanwezig[i] += 1;
                }
                if !soort.sleutels().contains(&sleutel) {
                    onbekend[i] += 1;
                }
            }
        }
        let mut beste = (usize::MAX, DocumentSoort::Ivp);
        for (i, soort) in DocumentSoort::VARIANTS.iter().copied().enumerate() {
            let ontbrekend = soort.verplicht().len().saturating_sub(aanwezig[i]);
            let afstand = 2 * onbekend[i] + ontbrekend;
            if afstand < beste.0 {
                beste = (afstand, soort);
            }
        }
        beste.1
    }

    /// The kind that alone has top-level key `sleutel`, if one does.
    fn van_sleutel(sleutel: &str) -> Option<DocumentSoort> {
        let mut enige = None;
        for &soort in DocumentSoort::VARIANTS {
            if soort.sleutels().contains(&sleutel) {
                if enige.is_some() {
                    return None;
                }
                enige = Some(soort);
            }
        }
        enige
    }

    /// The top-level keys a document of this kind may have.
    #[must_use]
    pub fn sleutels(self) -> &'static [&'static str] {
        static SLEUTELS: OnceLock<[&'static [&'static str]; 4]> = OnceLock::new();
        let [ivp, plan, analyse, voortgang] = SLEUTELS.get_or_init(|| {
            [
                formaat::velden::<Ivp>(),
                formaat::velden::<Uitvoeringsplan>(),
                formaat::velden::<Veiligheidsanalyse>(),
                formaat::velden::<Voortgangsrapportage>(),
            ]
        });
        match self {
            DocumentSoort::Ivp => ivp,
            DocumentSoort::Uitvoeringsplan => plan,
            DocumentSoort::Analyse => analyse,
            DocumentSoort::Voortgang => voortgang,
        }
    }

    /// The top-level keys a document of this kind must have.
    #[must_use]
    pub fn verplicht(self) -> &'static [&'static str] {
        match self {
            DocumentSoort::Ivp => &["gemeenten", "periode"],
            DocumentSoort::Uitvoeringsplan => &["gemeenten", "jaar"],
            DocumentSoort::Analyse => &["gemeenten", "jaar", "themas"],
            DocumentSoort::Voortgang => &["gemeenten", "peildatum"],
        }
    }

    /// "een IVP", "een uitvoeringsplan", "een veiligheidsanalyse": for messages.
    ///
    /// ```
    /// use kernbeleid::document::DocumentSoort;
    ///
    /// assert_eq!(DocumentSoort::Analyse.met_lidwoord(), "een veiligheidsanalyse");
    /// ```
    #[must_use]
    pub fn met_lidwoord(self) -> &'static str {
        match self {
            DocumentSoort::Ivp => "een IVP",
            DocumentSoort::Uitvoeringsplan => "een uitvoeringsplan",
            DocumentSoort::Analyse => "een veiligheidsanalyse",
            DocumentSoort::Voortgang => "een voortgangsrapportage",
        }
    }

    /// The key used on the command line and in messages: `ivp`, `uitvoeringsplan`, `analyse`,
    /// `voortgang`.
    pub fn sleutel(self) -> &'static str {
        self.into()
    }
}

/// Text that does not name a [`DocumentSoort`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "onbekende documentsoort \"{invoer}\": verwacht ivp, uitvoeringsplan, analyse of voortgang"
)]
pub struct OnbekendeDocumentSoort {
    /// The input as given.
    pub invoer: String,
}

impl FromStr for DocumentSoort {
    type Err = OnbekendeDocumentSoort;

    /// Accepts `ivp`, `uitvoeringsplan`, `analyse` or `veiligheidsanalyse`, and `voortgang`,
    /// `voortgangsrapportage` or `jaarbeeld`, any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let woord = s.trim().to_lowercase();
        match woord.as_str() {
            "ivp" => Ok(DocumentSoort::Ivp),
            "uitvoeringsplan" => Ok(DocumentSoort::Uitvoeringsplan),
            "analyse" | "veiligheidsanalyse" => Ok(DocumentSoort::Analyse),
            "voortgang" | "voortgangsrapportage" | "jaarbeeld" => Ok(DocumentSoort::Voortgang),
            _ => Err(OnbekendeDocumentSoort {
                invoer: s.to_owned(),
            }),
        }
    }
}

/// Any of the four documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    /// An IVP.
    Ivp(Box<Ivp>),
    /// An uitvoeringsplan.
    Uitvoeringsplan(Box<Uitvoeringsplan>),
    /// A veiligheidsanalyse.
    Analyse(Box<Veiligheidsanalyse>),
    /// A voortgangsrapportage.
    Voortgang(Box<Voortgangsrapportage>),
}

/// A [`Document`] of one kind was converted into another kind's type.
///
/// The document is handed back unchanged.
///
/// # Example
///
/// ```
/// use kernbeleid::document::{Document, Ivp, Periode, Uitvoeringsplan};
///
/// let document = Document::from(Ivp::new(["Utrecht"], Periode::jaren(2027, 2030)?));
/// let fout = Uitvoeringsplan::try_from(document).unwrap_err();
/// assert_eq!(fout.to_string(), "verwacht een uitvoeringsplan, maar het document is een IVP");
/// let ivp = Ivp::try_from(fout.document)?;
/// assert_eq!(ivp.gemeenten, ["Utrecht"]);
/// # Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "verwacht {}, maar het document is {}",
    verwacht.met_lidwoord(),
    document.soort().met_lidwoord()
)]
pub struct AndereDocumentSoort {
    /// The kind that was asked for.
    pub verwacht: DocumentSoort,
    /// The document, of another kind.
    pub document: Document,
}

/// A document type and its [`Document`] variant, both ways: `From` into the enum, `TryFrom` out
/// of it (another kind is handed back in the error).
macro_rules! soort_van {
    ($($type:ident: $variant:ident),+) => {$(
        impl From<$type> for Document {
            fn from(document: $type) -> Self {
                Document::$variant(Box::new(document))
            }
        }

        impl TryFrom<Document> for $type {
            type Error = AndereDocumentSoort;

            fn try_from(document: Document) -> Result<Self, Self::Error> {
                match document {
                    Document::$variant(d) => Ok(*d),
                    document => Err(AndereDocumentSoort {
                        verwacht: DocumentSoort::$variant,
                        document,
                    }),
                }
            }
        }
    )+};
}

soort_van!(
    Ivp: Ivp,
    Uitvoeringsplan: Uitvoeringsplan,
    Veiligheidsanalyse: Analyse,
    Voortgangsrapportage: Voortgang
);

impl Document {
    /// Reads any document from bytes, detecting format and kind.
    ///
    /// The content decides the format: a document that starts with `{` is JSON, any other is
    /// TOML; only for one that starts with `[` (a JSON array or a TOML table header) does the
    /// extension of `naam_hint` decide (`.json`, `.toml`). When the name and the content
    /// disagree and the document does not read, the error says so. A leading UTF-8 byte order
    /// mark is skipped. The kind comes from the top-level keys ([`DocumentSoort::uit_sleutels`]).
    ///
    /// # Errors
    ///
    /// Bytes that are not UTF-8, an empty document and every syntax or structure error give a
    /// [`LeesFout`]; nothing panics, whatever the bytes.
    ///
    /// # Example
    ///
    /// ```
    /// use std::path::Path;
    /// use kernbeleid::document::{Document, DocumentSoort, Formaat};
    ///
    /// let toml = b"gemeenten = [\"Utrecht\"]\njaar = 2027\nivp = { periode = { van = 2027-01-01, tot = 2030-12-31 } }\n";
    /// let document = Document::lees(toml, Some(Path::new("uitvoeringsplan-2027.toml")))?;
    /// assert_eq!(document.soort(), DocumentSoort::Uitvoeringsplan);
    ///
    /// let fout = Document::lees(b"\xff", None).unwrap_err();
    /// assert_eq!(fout.to_string(), "fout in het document (regel 1, kolom 1): geen geldige UTF-8 (byte 0xff)");
    /// # Ok::<(), kernbeleid::document::LeesFout>(())
    /// ```
    pub fn lees(bytes: &[u8], naam_hint: Option<&Path>) -> Result<Document, LeesFout> {
        let hint = naam_hint.and_then(Formaat::uit_bestandsnaam);
        let (tekst, formaat) = formaat::tekst_en_formaat(bytes, hint)?;
        Self::lees_een_keer(tekst, formaat).map_err(|fout| met_naam_hint(fout, hint))
    }

    /// Reads a document of a kind still to be found in one pass over the text, where it is
    /// valid: the kind is taken from the first key only one kind has (`periode`, `ivp`,
    /// `themas`, ...), and the document read as that kind. A valid document is of one kind only
    /// (each kind requires a key the others do not know), so a read that succeeds is right. A
    /// JSON read that fails is repeated the careful way: the kind from all top-level keys
    /// ([`DocumentSoort::uit_sleutels`]), the key path of the error tracked. TOML is parsed
    /// once, its kind taken from all its keys and its key path tracked in that one read.
    fn lees_een_keer(tekst: &str, formaat: Formaat) -> Result<Document, LeesFout> {
        let ontleed = match formaat::Ontleed::new(tekst, formaat) {
            Ok(ontleed) => ontleed,
            Err(fout) => {
                return Err(formaat::met_pad_van_datum(tekst, fout, |t| {
                    Self::lees_een_keer(t, formaat).map(|_| ())
                }))
            }
        };
        let gok = ontleed.beslissende_sleutel(DocumentSoort::van_sleutel);
        let alle_sleutels = match (&ontleed, gok) {
            // TOML's keys come from its table at no cost; they are kept for the careful way.
            (formaat::Ontleed::Toml(..), _) | (_, None) => Some(ontleed.sleutels()),
            (formaat::Ontleed::Json(_), Some(_)) => None,
        };
        let soort = match (&alle_sleutels, gok) {
            (Some(sleutels), _) => DocumentSoort::uit_sleutels(sleutels.iter().map(String::as_str)),
            (None, Some(soort)) => soort,
            (None, None) => DocumentSoort::Ivp,
        };
        let snel = match soort {
            DocumentSoort::Ivp => ontleed.lees::<Ivp>(tekst).map(Document::from),
            DocumentSoort::Uitvoeringsplan => {
                ontleed.lees::<Uitvoeringsplan>(tekst).map(Document::from)
            }
            DocumentSoort::Analyse => ontleed
                .lees::<Veiligheidsanalyse>(tekst)
                .map(Document::from),
            DocumentSoort::Voortgang => ontleed
                .lees::<Voortgangsrapportage>(tekst)
                .map(Document::from),
        };
        match snel {
            Ok(document) => return Ok(document),
            // TOML: read as the kind all its keys give, its key path tracked; that error is it.
            Err(Some(fout)) => return Err(fout),
            Err(None) => {}
        }
        let sleutels = alle_sleutels.unwrap_or_else(|| formaat::bovenste_sleutels(tekst, formaat));
        let soort = DocumentSoort::uit_sleutels(sleutels.iter().map(String::as_str));
        Self::lees_tekst(tekst, formaat, soort)
    }

    /// Reads a document of a known kind from bytes, detecting only the format (as
    /// [`Document::lees`] does).
    ///
    /// # Errors
    ///
    /// As [`Document::lees`]; a document of another kind does not read (its keys are unknown to
    /// `soort`).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::{Document, DocumentSoort};
    ///
    /// let fout = Document::lees_als(b"{\"gemeenten\": []}", None, DocumentSoort::Analyse).unwrap_err();
    /// assert_eq!(fout.to_string(), "fout in het document (regel 1, kolom 17): verplichte sleutel \"jaar\" ontbreekt");
    /// ```
    pub fn lees_als(
        bytes: &[u8],
        naam_hint: Option<&Path>,
        soort: DocumentSoort,
    ) -> Result<Document, LeesFout> {
        let hint = naam_hint.and_then(Formaat::uit_bestandsnaam);
        let (tekst, formaat) = formaat::tekst_en_formaat(bytes, hint)?;
        Self::lees_tekst(tekst, formaat, soort).map_err(|fout| met_naam_hint(fout, hint))
    }

    /// Reads any document from a file, detecting format and kind as [`Document::lees`] does
    /// (the file's name is the name hint).
    ///
    /// # Errors
    ///
    /// A [`BestandFout`] naming the file: [`BestandFout::Lezen`] with the operating system's
    /// reason in Dutch when the file cannot be read, [`BestandFout::Inhoud`] with the
    /// [`LeesFout`] when its content is not a document.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::{Document, DocumentSoort};
    ///
    /// let pad = std::env::temp_dir().join("kernbeleid-doctest-lees-bestand.toml");
    /// std::fs::write(&pad, "gemeenten = [\"Utrecht\"]\nperiode = { van = 2027-01-01, tot = 2030-12-31 }\n")?;
    /// let document = Document::lees_bestand(&pad)?;
    /// assert_eq!(document.soort(), DocumentSoort::Ivp);
    /// # std::fs::remove_file(&pad)?;
    /// # Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
    /// ```
    pub fn lees_bestand(pad: impl AsRef<Path>) -> Result<Document, BestandFout> {
        let pad = pad.as_ref();
        let bytes = formaat::lees_bestand(pad)?;
        Document::lees(&bytes, Some(pad)).map_err(|fout| BestandFout::Inhoud {
            bestand: pad.to_owned(),
            fout,
        })
    }

    fn lees_tekst(
        tekst: &str,
        formaat: Formaat,
        soort: DocumentSoort,
    ) -> Result<Document, LeesFout> {
        /// `tekst` read as a `T` in `formaat`.
        fn als<T: DeserializeOwned + Into<Document>>(
            tekst: &str,
            formaat: Formaat,
        ) -> Result<Document, LeesFout> {
            match formaat {
                Formaat::Json => formaat::uit_json::<T>(tekst),
                Formaat::Toml => formaat::uit_toml::<T>(tekst),
            }
            .map(Into::into)
        }
        match soort {
            DocumentSoort::Ivp => als::<Ivp>(tekst, formaat),
            DocumentSoort::Uitvoeringsplan => als::<Uitvoeringsplan>(tekst, formaat),
            DocumentSoort::Analyse => als::<Veiligheidsanalyse>(tekst, formaat),
            DocumentSoort::Voortgang => als::<Voortgangsrapportage>(tekst, formaat),
        }
    }

    /// Which kind of document this is.
    pub fn soort(&self) -> DocumentSoort {
        match self {
            Document::Ivp(_) => DocumentSoort::Ivp,
            Document::Uitvoeringsplan(_) => DocumentSoort::Uitvoeringsplan,
            Document::Analyse(_) => DocumentSoort::Analyse,
            Document::Voortgang(_) => DocumentSoort::Voortgang,
        }
    }

    /// Writes the document as pretty-printed JSON.
    pub fn naar_json(&self) -> String {
        match self {
            Document::Ivp(d) => d.naar_json(),
            Document::Uitvoeringsplan(d) => d.naar_json(),
            Document::Analyse(d) => d.naar_json(),
            Document::Voortgang(d) => d.naar_json(),
        }
    }

    /// Writes the document as TOML.
    pub fn naar_toml(&self) -> Result<String, SchrijfFout> {
        match self {
            Document::Ivp(d) => d.naar_toml(),
            Document::Uitvoeringsplan(d) => d.naar_toml(),
            Document::Analyse(d) => d.naar_toml(),
            Document::Voortgang(d) => d.naar_toml(),
        }
    }

    /// Writes the document in `formaat`.
    pub fn schrijf(&self, formaat: Formaat) -> Result<String, SchrijfFout> {
        match formaat {
            Formaat::Json => Ok(self.naar_json()),
            Formaat::Toml => self.naar_toml(),
        }
    }
}

/// When the file's name says one format and the content is read as the other, the error says
/// so: a coordinator who saved TOML as `.json` learns why.
fn met_naam_hint(mut fout: LeesFout, hint: Option<Formaat>) -> LeesFout {
    if let Some(hint) = hint {
        if hint != fout.formaat {
            fout.bericht.push_str(&format!(
                " (de bestandsnaam zegt {hint}, maar de inhoud is gelezen als {})",
                fout.formaat
            ));
        }
    }
    fout
}
