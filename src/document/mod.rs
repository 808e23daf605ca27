//! The documents of the method as typed serde data: the [`Ivp`] (Integraal Veiligheidsplan,
//! step 4), the [`Uitvoeringsplan`] (step 5) and the [`Veiligheidsanalyse`] (step 2), read from
//! and written to JSON and TOML.
//!
//! # Format
//!
//! Keys are snake_case Dutch. Themes are written as codes: `"1.3"` for a veiligheidsthema,
//! `"S1"` to `"S3"` for the three strategic themes; on input a name or an older name is accepted
//! too ([`ThemaVerwijzing`]), and in the theme list of a priority, sub-theme or uitvoerings-item a
//! plan's own name that the catalogue recognises unambiguously: it is read as the code and kept
//! as an [`EigenNaam`]. Dates are written as `"JJJJ-MM-DD"` strings; TOML input may also use
//! TOML's own dates (`van = 2023-01-01`); on input the Dutch `"21-11-2017"` and
//! `"21 november 2017"` too. A `periode` may be written as text too (`"2027-2030"`,
//! `"2027-03-01 t/m 2030-12-31"`); it is written back as the table. A measure's `planning` is
//! kept as written (`"Q2 2026"`, `"doorlopend"`), or is a table `{ start, eind }`.
//!
//! Only a few keys are required, so that a coordinator's draft reads fine; what it lacks is for a
//! check to report, not a read error. For an IVP they are `gemeenten`, `periode.van`,
//! `periode.tot`, and `naam` and `themas` of every entry of `prioriteiten` and `overige_themas`.
//! Those keys are always written, `prioriteiten` and `overige_themas` too (as empty lists where
//! there are none); every other key is left out when it is empty, so the JSON and the TOML form of
//! a document carry the same content.
//!
//! Unknown keys and unknown themes are read errors, never dropped. A [`LeesFout`] says in Dutch
//! where (key path, line and column) and what was expected.
//!
//! ```toml
//! gemeenten = ["Vijfheerenlanden"]
//! periode = { van = "2023-01-01", tot = "2026-12-31" }
//!
//! [[prioriteiten]]
//! naam = "Ondermijning"
//! themas = ["5.2"]
//!
//! [[overige_themas]]
//! naam = "Veilig uitgaan"
//! themas = ["Veilig uitgaan"]   # a name is fine on input; written back as "2.3"
//! ```
//!
//! # Example
//!
//! ```
//! use kernbeleid::document::{Document, Ivp, Periode, ThemaVerwijzing};
//! use kernbeleid::catalogus::Thema;
//!
//! let toml = r#"
//! gemeenten = ["Vijfheerenlanden"]
//! periode = { van = "2023-01-01", tot = "2026-12-31" }
//!
//! [[prioriteiten]]
//! naam = "Ondermijning"
//! themas = ["Georganiseerde criminaliteit"]
//! "#;
//! let ivp = Ivp::uit_toml(toml)?;
//! assert_eq!(ivp.periode, Periode::jaren(2023, 2026)?);
//! assert_eq!(ivp.prioriteiten[0].themas, [ThemaVerwijzing::Kbv(Thema::OndermijnendeCriminaliteit)]);
//!
//! // Any of the four documents, format and kind detected.
//! let document = Document::lees(ivp.naar_json().as_bytes(), None)?;
//! assert_eq!(document, Document::from(ivp));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// The layers, from the bottom up: `formaat` (JSON and TOML in and out, Dutch errors) knows no
// document type; the types (`invulbaar`, `gedeeld`, `indicator`, `ivp`, `uitvoeringsplan`,
// `analyse`) use it; `soort` (`Document`, detecting kind and format) and `schema` stand above
// them all.
mod formaat;

/// A field of a part of a document that can be left empty: an `Option` without a value, a list
/// without elements.
pub(crate) trait Leeg {
    /// Whether nothing is filled in.
    fn leeg(&self) -> bool;
}

impl<T> Leeg for Option<T> {
    fn leeg(&self) -> bool {
        self.is_none()
    }
}

impl<T> Leeg for Vec<T> {
    fn leeg(&self) -> bool {
        self.is_empty()
    }
}

impl<K, V> Leeg for std::collections::BTreeMap<K, V> {
    fn leeg(&self) -> bool {
        self.is_empty()
    }
}

/// `is_empty` for a part of a document that is empty when each of the fields `$veld` is.
macro_rules! leeg_als {
    ($type:ident: $($veld:ident),+) => {
        impl $type {
            /// Whether nothing is filled in (then the key is left out when writing).
            pub fn is_empty(&self) -> bool {
                $($crate::document::Leeg::leeg(&self.$veld))&&+
            }
        }
    };
}

/// The methods `uit_json`, `uit_toml`, `naar_json` and `naar_toml` of a document type, written in
/// its `impl` block: each hands the document to the function of the same name in `formaat`.
/// `$lidwoord` and `$naam` ("an", "IVP") name the document in their docs.
macro_rules! formaat_methoden {
    ($lidwoord:literal, $naam:literal) => {
        #[doc = concat!("Reads ", $lidwoord, " ", $naam, " from JSON.")]
        ///
        /// # Errors
        ///
        /// A [`LeesFout`](crate::document::LeesFout) naming the key path, line and column, and what was expected; also for
        /// a text longer than [`GROOTSTE_DOCUMENT`](crate::document::GROOTSTE_DOCUMENT), refused
        /// before it is read.
        pub fn uit_json(tekst: &str) -> Result<Self, $crate::document::LeesFout> {
            $crate::document::formaat::uit_json(tekst)
        }

        #[doc = concat!("Reads ", $lidwoord, " ", $naam, " from TOML.")]
        ///
        /// A text longer than [`GROOTSTE_DOCUMENT`](crate::document::GROOTSTE_DOCUMENT) is
        /// refused before it is parsed, so the parse tree (about twelve times the text for a
        /// plan) stays bounded.
        ///
        /// # Errors
        ///
        /// A [`LeesFout`](crate::document::LeesFout) naming the key path, line and column, and what was expected.
        pub fn uit_toml(tekst: &str) -> Result<Self, $crate::document::LeesFout> {
            $crate::document::formaat::uit_toml(tekst)
        }

        #[doc = concat!("Writes the ", $naam, " as pretty-printed JSON.")]
        pub fn naar_json(&self) -> String {
            $crate::document::formaat::naar_json(self)
        }

        #[doc = concat!("Writes the ", $naam, " as TOML.")]
        ///
        /// # Errors
        ///
        /// A [`SchrijfFout`](crate::document::SchrijfFout) where TOML cannot hold a value.
        pub fn naar_toml(&self) -> Result<String, $crate::document::SchrijfFout> {
            $crate::document::formaat::naar_toml(self)
        }
    };
}

/// `impl JsonSchema` for a type whose JSON form is the schema `$schema` builds, named after the
/// type. The types that write themselves as text or a number, with a reader of their own, say
/// what they accept this way; derived schemas need none of it.
#[cfg(feature = "schema")]
macro_rules! schema_van {
    ($type:ident, $schema:expr) => {
        impl schemars::JsonSchema for $type {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($type).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $schema
            }
        }
    };
}

/// The schema of a value written as one of `codes`; on input any text, which the reader
/// recognises or refuses with its own message.
#[cfg(feature = "schema")]
fn code_of_tekst<'a>(codes: impl IntoIterator<Item = &'a str>) -> schemars::Schema {
    let codes: Vec<&str> = codes.into_iter().collect();
    schemars::json_schema!({
        "anyOf": [
            { "type": "string", "enum": codes },
            { "type": "string" }
        ]
    })
}

mod analyse;
mod bedrag;
mod eigen_naam;
mod gedeeld;
mod indicator;
mod invulbaar;
mod ivp;
mod planning;
mod uitvoeringsplan;
mod voortgang;

#[cfg(feature = "schema")]
mod schema;
mod soort;

pub use analyse::{
    AnalyseVerwijzing, AspectAnalyse, Cijfer, ThemaAnalyse, Veiligheidsanalyse, VoorstelVeld,
};
pub use bedrag::{Bedrag, OngeldigBedrag};
pub(crate) use eigen_naam::lees_thema;
pub use eigen_naam::EigenNaam;
/// The Dutch month names, January first: the one list the readers of dates and periods share.
pub(crate) use formaat::datum::MAANDEN;
pub use formaat::{BestandFout, Formaat, LeesFout, SchrijfFout, GROOTSTE_DOCUMENT};
pub use gedeeld::{
    Begroting, Besluitdatum, OnbekendOrgaan, OnbekendeThemaVerwijzing, OngeldigeBesluitdatum,
    OngeldigePeriode, OngeplaatsteTekst, Orgaan, Periode, Post, ThemaVerwijzing, Vaststelling,
};
pub use indicator::{Effectindicator, IndicatorBron, IndicatorSoort, Meting, Richting};
pub use invulbaar::{Invulbaar, Tekst, IN_TE_VULLEN};
pub use ivp::{
    BuitenBeschouwing, Coordinatie, Deelthema, Ivp, LokaleParagraaf, OverigThema, Prioriteit,
    StrategischeDoelstelling, Themauitwerking, Uitgangssituatie, UitwerkingSoort, VeldSamenvatting,
};
pub use planning::{datum_in_woorden, periode_in_woorden, Planning};
pub use soort::{AndereDocumentSoort, Document, DocumentSoort, OnbekendeDocumentSoort};
pub use uitvoeringsplan::{
    Actiepunt, IvpVerwijzing, LokaleUitvoering, Looptijd, Maatregel, Terugblik, UitvoeringsItem,
    Uitvoeringsplan,
};
pub use voortgang::{
    GemetenWaarde, IndicatorVoortgang, MaatregelStatus, MaatregelVoortgang,
    OngeldigeRapportageperiode, PeriodeSoort, Rapportageperiode, UitvoeringsplanVerwijzing,
    Voortgangsrapportage,
};
