//! Effectindicatoren with nulmeting, streefwaarde and a measured series (handbook p. 14).

use std::collections::BTreeMap;

use core::fmt;
use core::str::FromStr;

#[cfg(feature = "schema")]
use schemars::json_schema;
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::formaat;
use super::gedeeld::getal;
use super::invulbaar::{Invulbaar, Tekst};

/// An effect indicator: what is measured, from which source, the nulmeting and the streefwaarde.
///
/// The handbook (p. 14) asks for two to three per priority, a mix of objective indicators (for
/// example from the politieregistratie) and subjective ones (for example from the
/// Veiligheidsmonitor), with streefwaarden that balance realism and ambition. Only `naam` is
/// required on input.
///
/// # Example
///
/// ```
/// use kernbeleid::document::{Effectindicator, IndicatorBron, IndicatorSoort, Meting};
///
/// let indicator = Effectindicator {
///     bron: Some(IndicatorBron::Politieregistratie),
///     soort: Some(IndicatorSoort::Objectief),
///     eenheid: Some("aantal per jaar".into()),
///     nulmeting: Some(Meting { jaar: 2022, waarde: 95.0 }.into()),
///     streefwaarde: Some(Meting { jaar: 2026, waarde: 80.0 }.into()),
///     ..Effectindicator::new("Aantal geregistreerde woninginbraken")
/// };
/// assert_eq!(indicator.naam.waarde().map(String::as_str), Some("Aantal geregistreerde woninginbraken"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Effectindicator {
    /// What is measured.
    pub naam: Tekst,
    /// Where the figures come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bron: Option<IndicatorBron>,
    /// Objective (registrations) or subjective (surveys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soort: Option<IndicatorSoort>,
    /// The unit, for example "aantal per jaar" or "percentage inwoners".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    /// The direction aimed at, where the plan states one rather than (or besides) a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub richting: Option<Richting>,
    /// The baseline measurement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nulmeting: Option<Invulbaar<Meting>>,
    /// The target value and the year it should be reached in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streefwaarde: Option<Invulbaar<Meting>>,
    /// Measured values per year. Written as a list of `{ jaar, waarde }` (TOML has no integer
    /// keys); a year may occur once.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        serialize_with = "reeks::serialize",
        deserialize_with = "reeks::deserialize"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Meting>"))]
    pub reeks: BTreeMap<i32, f64>,
    /// An explanation in the plan's words: why this indicator, what the target means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
}

impl Effectindicator {
    /// An indicator with only its name; every other field empty.
    pub fn new(naam: impl Into<String>) -> Self {
        Effectindicator {
            naam: Invulbaar::Waarde(naam.into()),
            bron: None,
            soort: None,
            eenheid: None,
            richting: None,
            nulmeting: None,
            streefwaarde: None,
            reeks: BTreeMap::new(),
            toelichting: None,
        }
    }
}

/// A measured or target value in a year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meting {
    /// The year.
    pub jaar: i32,
    /// The value (finite).
    #[serde(deserialize_with = "getal::eindig")]
    pub waarde: f64,
}

/// Objective or subjective indicator (handbook p. 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IndicatorSoort {
    /// Registered facts, for example from the politieregistratie.
    Objectief,
    /// Perception, for example from the Veiligheidsmonitor.
    Subjectief,
}

/// The direction an indicator should move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Richting {
    /// Should go down (crime, nuisance).
    Dalen,
    /// Should go up (feeling of safety, willingness to report).
    Stijgen,
    /// Should stay as it is ("dat willen we zo houden").
    Gelijk,
}

/// Where an indicator's figures come from: the stable sources the handbook names, or any other
/// source as written.
///
/// Serialised as a plain string: `"politieregistratie"`, `"veiligheidsmonitor"`, `"gemeente"`,
/// or the text of [`IndicatorBron::Anders`]. [`FromStr`] recognises the three words whatever
/// their case and surrounding spaces, and keeps any other text as written; it never fails.
///
/// # Example
///
/// ```
/// use kernbeleid::document::IndicatorBron;
///
/// let bron: IndicatorBron = "Veiligheidsmonitor".parse()?;
/// assert_eq!(bron, IndicatorBron::Veiligheidsmonitor);
/// assert_eq!(bron.to_string(), "veiligheidsmonitor");
/// let anders: IndicatorBron = "GGD-jeugdmonitor".parse()?;
/// assert_eq!(anders, IndicatorBron::Anders("GGD-jeugdmonitor".into()));
/// # Ok::<(), std::convert::Infallible>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndicatorBron {
    /// The police registration (politieregistratie, VNG-INP-model).
    Politieregistratie,
    /// The Veiligheidsmonitor (the national survey).
    Veiligheidsmonitor,
    /// The gemeente's own registrations or surveys.
    Gemeente,
    /// Any other source, as written. Holding one of the three words above is not canonical:
    /// reading it back gives the named variant.
    Anders(String),
}

impl IndicatorBron {
    /// The text written for this source.
    pub fn als_str(&self) -> &str {
        match self {
            IndicatorBron::Politieregistratie => "politieregistratie",
            IndicatorBron::Veiligheidsmonitor => "veiligheidsmonitor",
            IndicatorBron::Gemeente => "gemeente",
            IndicatorBron::Anders(tekst) => tekst,
        }
    }
}

impl fmt::Display for IndicatorBron {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.als_str())
    }
}

impl FromStr for IndicatorBron {
    type Err = core::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let woord = s.trim();
        Ok(if woord.eq_ignore_ascii_case("politieregistratie") {
            IndicatorBron::Politieregistratie
        } else if woord.eq_ignore_ascii_case("veiligheidsmonitor") {
            IndicatorBron::Veiligheidsmonitor
        } else if woord.eq_ignore_ascii_case("gemeente") {
            IndicatorBron::Gemeente
        } else {
            IndicatorBron::Anders(s.to_owned())
        })
    }
}

impl Serialize for IndicatorBron {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.als_str())
    }
}

impl<'de> Deserialize<'de> for IndicatorBron {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        formaat::uit_tekst(
            deserializer,
            "een bron als tekst (politieregistratie, veiligheidsmonitor, gemeente of een andere bron)",
            str::parse,
        )
    }
}

#[cfg(feature = "schema")]
schema_van!(
    IndicatorBron,
    json_schema!({
        "anyOf": [
            { "type": "string", "enum": ["politieregistratie", "veiligheidsmonitor", "gemeente"] },
            { "type": "string" }
        ]
    })
);

/// The series of an [`Effectindicator`] as a list of [`Meting`]en.
mod reeks {
    use super::*;

    pub(super) fn serialize<S: Serializer>(
        reeks: &BTreeMap<i32, f64>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(reeks.iter().map(|(&jaar, &waarde)| Meting { jaar, waarde }))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<i32, f64>, D::Error> {
        d.deserialize_seq(Bezoeker)
    }

    struct Bezoeker;

    impl<'de> Visitor<'de> for Bezoeker {
        type Value = BTreeMap<i32, f64>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("een lijst van metingen { jaar, waarde }")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut reeks = BTreeMap::new();
            while let Some(meting) = seq.next_element::<Meting>()? {
                if reeks.insert(meting.jaar, meting.waarde).is_some() {
                    return Err(serde::de::Error::custom(format!(
                        "jaar {} komt twee keer voor in de reeks",
                        meting.jaar
                    )));
                }
            }
            Ok(reeks)
        }
    }
}
