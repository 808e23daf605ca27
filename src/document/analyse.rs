//! The veiligheidsanalyse of step 2: per theme the drieslag problematiek, huidige aanpak and
//! beleidsversterkingen; veld 1's approach through its six aspects; proposed priorities.

use serde::{Deserialize, Serialize};

use super::gedeeld::{getal, OngeplaatsteTekst};
use super::indicator::IndicatorBron;
use super::invulbaar::{Invulbaar, Tekst};
use crate::catalogus::{Aspect, Thema, Veld};

/// A veiligheidsanalyse (step 2): for every theme of the five velden (1) which problems occur,
/// (2) what the current approach is, (3) which additional actions or beleidsversterkingen are
/// desirable; then per veld which priorities are plausible.
///
/// For veld 1 the handbook asks the second and third question not per theme but for the six
/// fixed aspects of the approach across the whole veld: [`aspecten`](Self::aspecten). For its
/// four themes only the problematiek belongs in [`themas`](Self::themas).
///
/// Required on input: `gemeenten`, `jaar`, `themas` (which may be empty), and `thema`, `aspect`,
/// `veld` of the entries.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::{Cijfer, IndicatorBron, ThemaAnalyse, Veiligheidsanalyse};
///
/// let mut analyse = Veiligheidsanalyse::new(["Utrecht"], 2026);
/// let mut woninginbraak = ThemaAnalyse::new(Thema::ObjectieveVeiligheid);
/// woninginbraak.cijfers.push(Cijfer {
///     omschrijving: "Woninginbraken".into(),
///     jaar: Some(2025),
///     waarde: Some(312.0.into()),
///     eenheid: Some("aantal".into()),
///     bron: Some(IndicatorBron::Politieregistratie),
/// });
/// analyse.themas.push(woninginbraak);
/// assert_eq!(Veiligheidsanalyse::uit_json(&analyse.naar_json())?, analyse);
///
/// // A theme may be given by its name; it is read as its code.
/// let analyse = Veiligheidsanalyse::uit_json(r#"{"gemeenten": ["Utrecht"], "jaar": 2026,
///     "themas": [{"thema": "Jeugdoverlast", "problematiek": "Groepen bij het station."}]}"#)?;
/// assert_eq!(analyse.themas[0].thema.code(), "3.1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Veiligheidsanalyse {
    /// The gemeente, or the gemeenten that analyse together.
    pub gemeenten: Vec<String>,
    /// The year of the analysis.
    pub jaar: i32,
    /// The title of the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The drieslag per theme.
    pub themas: Vec<ThemaAnalyse>,
    /// Veld 1: current approach and possible strengthening per aspect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aspecten: Vec<AspectAnalyse>,
    /// The priorities proposed per veld.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voorstel_prioriteiten: Vec<VoorstelVeld>,
    /// Text of an imported plan that found no place in a field, in order under its heading
    /// (see [`OngeplaatsteTekst`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ongeplaatst: Vec<OngeplaatsteTekst>,
}

impl Veiligheidsanalyse {
    /// An analysis with only its gemeenten and year.
    pub fn new<S: Into<String>>(gemeenten: impl IntoIterator<Item = S>, jaar: i32) -> Self {
        Veiligheidsanalyse {
            gemeenten: gemeenten.into_iter().map(Into::into).collect(),
            jaar,
            titel: None,
            themas: Vec::new(),
            aspecten: Vec::new(),
            voorstel_prioriteiten: Vec::new(),
            ongeplaatst: Vec::new(),
        }
    }

    formaat_methoden!("an", "analysis");
}

/// The drieslag for one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemaAnalyse {
    /// The theme, written as its code.
    pub thema: Thema,
    /// (1) 'Problematiek?': what residents suffer from, in figures and qualitatively.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problematiek: Option<Tekst>,
    /// The figures behind the problematiek.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cijfers: Vec<Cijfer>,
    /// (2) 'Huidige aanpak?': policy frameworks, measures, projects, bottlenecks. For the themes
    /// of veld 1 this belongs to the [`AspectAnalyse`]s instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huidige_aanpak: Option<Tekst>,
    /// (3) 'Extra?': additional, new parts of the approach. For veld 1: per aspect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beleidsversterkingen: Option<Tekst>,
}

impl ThemaAnalyse {
    /// An empty analysis of one theme.
    pub fn new(thema: Thema) -> Self {
        ThemaAnalyse {
            thema,
            problematiek: None,
            cijfers: Vec::new(),
            huidige_aanpak: None,
            beleidsversterkingen: None,
        }
    }
}

/// A figure in the analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cijfer {
    /// What is counted or measured.
    pub omschrijving: String,
    /// The year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jaar: Option<i32>,
    /// The value (finite).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "getal::eindig_invulbaar"
    )]
    pub waarde: Option<Invulbaar<f64>>,
    /// The unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    /// Where the figure comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bron: Option<IndicatorBron>,
}

/// Veld 1: the current approach and possible strengthening for one of its six aspects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AspectAnalyse {
    /// The aspect, written as its code 1.1 to 1.6.
    pub aspect: Aspect,
    /// 'Huidige aanpak?'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huidige_aanpak: Option<Tekst>,
    /// 'Extra?'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beleidsversterkingen: Option<Tekst>,
}

/// The priorities the analysis proposes in one veld.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VoorstelVeld {
    /// The veld, written as its number.
    pub veld: Veld,
    /// The themes proposed as priority.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themas: Vec<Thema>,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
}

/// Which veiligheidsanalyse an IVP rests on: its year and title ("Verankering in een gedegen
/// veiligheidsanalyse is een voorwaarde voor 'werkend veiligheidsbeleid'").
///
/// # Example
///
/// ```
/// use kernbeleid::document::{AnalyseVerwijzing, Veiligheidsanalyse};
///
/// let analyse = Veiligheidsanalyse::new(["Utrecht"], 2026);
/// assert_eq!(AnalyseVerwijzing::from(&analyse).jaar, 2026);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnalyseVerwijzing {
    /// The year of the analysis.
    pub jaar: i32,
    /// Its title, as it gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
}

impl From<&Veiligheidsanalyse> for AnalyseVerwijzing {
    fn from(analyse: &Veiligheidsanalyse) -> Self {
        AnalyseVerwijzing {
            jaar: analyse.jaar,
            titel: analyse.titel.clone(),
        }
    }
}
