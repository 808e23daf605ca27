//! The Periodieke voortgangsrapportage Integrale Veiligheid (handbook part 1, "Sturing"): how the
//! measures of an uitvoeringsplan stand and what the effect indicators of the IVP measured since
//! the nulmeting. A jaarbeeld is the same document over a whole year.

use core::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::formaat::datum;
use super::gedeeld::getal;
use super::indicator::IndicatorBron;
use super::invulbaar::Tekst;
use super::uitvoeringsplan::IvpVerwijzing;

/// A voortgangsrapportage: which plan and uitvoeringsplan it reports on, its peildatum and
/// period, per measure a status, per effect indicator the values measured since the nulmeting.
///
/// The handbook (part 1, "Sturing") names a *Periodieke voortgangsrapportage Integrale
/// Veiligheid* in which "de ontwikkeling van veiligheidsbeeld en aanpak beknopt wordt
/// gekarakteriseerd", and which "kan eventueel 'gebundeld' worden tot een evaluatief 'jaarbeeld'
/// als basis voor het nieuwe uitvoeringsplan". A jaarbeeld is this type with a
/// [`Rapportageperiode`] of soort [`PeriodeSoort::Jaar`].
///
/// Required on input: `gemeenten` and `peildatum` (the key no other document has, so the kind
/// is detected from it). Every empty field is left out when written.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{
///     Document, DocumentSoort, GemetenWaarde, IndicatorBron, IndicatorVoortgang,
///     MaatregelStatus, MaatregelVoortgang, PeriodeSoort, Rapportageperiode, Voortgangsrapportage,
/// };
///
/// let peildatum = NaiveDate::from_ymd_opt(2025, 6, 30).ok_or("datum")?;
/// let mut rapport = Voortgangsrapportage::new(["Utrecht"], peildatum);
/// rapport.rapportageperiode = Some(Rapportageperiode::new(
///     PeriodeSoort::Halfjaar,
///     NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("datum")?,
///     peildatum,
/// )?);
/// rapport.maatregelen.push(MaatregelVoortgang::new("Buurtpreventie-apps", MaatregelStatus::Loopt));
/// let mut indicator = IndicatorVoortgang::new("Aantal woninginbraken");
/// indicator.metingen.push(GemetenWaarde::new(
///     NaiveDate::from_ymd_opt(2024, 12, 31).ok_or("datum")?,
///     88.0,
///     IndicatorBron::Politieregistratie,
/// ));
/// rapport.indicatoren.push(indicator);
///
/// let toml = rapport.naar_toml()?;
/// assert_eq!(Voortgangsrapportage::uit_toml(&toml)?, rapport);
/// let document = Document::lees(rapport.naar_json().as_bytes(), None)?;
/// assert_eq!(document.soort(), DocumentSoort::Voortgang);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Voortgangsrapportage {
    /// The gemeente, or the gemeenten of a joint plan.
    pub gemeenten: Vec<String>,
    /// The title as the report gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The IVP reported on: its title and period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<IvpVerwijzing>,
    /// The uitvoeringsplan whose measures are reported on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uitvoeringsplan: Option<UitvoeringsplanVerwijzing>,
    /// The day the report's figures and statuses stand on.
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub peildatum: NaiveDate,
    /// The period reported on: a kwartaal, half year or year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rapportageperiode: Option<Rapportageperiode>,
    /// The development of veiligheidsbeeld and aanpak, "beknopt gekarakteriseerd".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samenvatting: Option<Tekst>,
    /// Per measure of the uitvoeringsplan its status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maatregelen: Vec<MaatregelVoortgang>,
    /// Per effect indicator the values measured since the nulmeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicatoren: Vec<IndicatorVoortgang>,
}

impl Voortgangsrapportage {
    /// A report with only its gemeenten and peildatum.
    pub fn new<S: Into<String>>(
        gemeenten: impl IntoIterator<Item = S>,
        peildatum: NaiveDate,
    ) -> Voortgangsrapportage {
        Voortgangsrapportage {
            gemeenten: gemeenten.into_iter().map(Into::into).collect(),
            titel: None,
            plan: None,
            uitvoeringsplan: None,
            peildatum,
            rapportageperiode: None,
            samenvatting: None,
            maatregelen: Vec::new(),
            indicatoren: Vec::new(),
        }
    }

    /// Whether this report covers a whole year: a jaarbeeld.
    pub fn is_jaarbeeld(&self) -> bool {
        self.rapportageperiode
            .as_ref()
            .is_some_and(|p| p.soort == PeriodeSoort::Jaar)
    }

    formaat_methoden!("a", "report");
}

/// Which uitvoeringsplan a report covers: its year and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UitvoeringsplanVerwijzing {
    /// The year of the uitvoeringsplan.
    pub jaar: i32,
    /// Its title, as it gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
}

/// How long a reporting period is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PeriodeSoort {
    /// A quarter: the voortgangsoverleg every three months.
    Kwartaal,
    /// Half a year, as with the police's half-year figures.
    Halfjaar,
    /// A year, not necessarily a calendar year (March to March is a real case): a jaarbeeld.
    Jaar,
}

impl PeriodeSoort {
    /// The Dutch word for the period: `kwartaal`, `halfjaar`, `jaar`.
    pub fn als_str(self) -> &'static str {
        match self {
            PeriodeSoort::Kwartaal => "kwartaal",
            PeriodeSoort::Halfjaar => "halfjaar",
            PeriodeSoort::Jaar => "jaar",
        }
    }

    /// The length of the period in months.
    pub fn maanden(self) -> u32 {
        match self {
            PeriodeSoort::Kwartaal => 3,
            PeriodeSoort::Halfjaar => 6,
            PeriodeSoort::Jaar => 12,
        }
    }
}

impl fmt::Display for PeriodeSoort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.als_str())
    }
}

/// The period a report covers: its kind and its first and last day (both included).
///
/// Any start day is fine: a year from 1 March to the end of February is a real case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, try_from = "RapportageperiodeTabel")]
pub struct Rapportageperiode {
    /// Kwartaal, halfjaar or jaar.
    pub soort: PeriodeSoort,
    /// The first day.
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub van: NaiveDate,
    /// The last day, included.
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub tot: NaiveDate,
}

/// The table as read, before its days are checked.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename = "Rapportageperiode")]
struct RapportageperiodeTabel {
    soort: PeriodeSoort,
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    van: NaiveDate,
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    tot: NaiveDate,
}

impl TryFrom<RapportageperiodeTabel> for Rapportageperiode {
    type Error = OngeldigeRapportageperiode;

    fn try_from(t: RapportageperiodeTabel) -> Result<Self, Self::Error> {
        Rapportageperiode::new(t.soort, t.van, t.tot)
    }
}

/// A reporting period whose last day comes before its first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ongeldige rapportageperiode: de einddatum {tot} ligt voor de begindatum {van}")]
pub struct OngeldigeRapportageperiode {
    /// The first day given.
    pub van: NaiveDate,
    /// The last day given.
    pub tot: NaiveDate,
}

impl Rapportageperiode {
    /// A period from `van` to `tot`, both included.
    ///
    /// # Errors
    ///
    /// [`OngeldigeRapportageperiode`] when `tot` comes before `van`.
    pub fn new(
        soort: PeriodeSoort,
        van: NaiveDate,
        tot: NaiveDate,
    ) -> Result<Rapportageperiode, OngeldigeRapportageperiode> {
        if tot < van {
            return Err(OngeldigeRapportageperiode { van, tot });
        }
        Ok(Rapportageperiode { soort, van, tot })
    }

    /// The period of `soort` that starts on `van`: a kwartaal of three months, a half year of
    /// six, a year of twelve, ending the day before the same day that many months later.
    ///
    /// `None` when the end falls outside the dates chrono knows.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kernbeleid::document::{PeriodeSoort, Rapportageperiode};
    ///
    /// // A year that runs March to March.
    /// let van = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let jaar = Rapportageperiode::vanaf(PeriodeSoort::Jaar, van).unwrap();
    /// assert_eq!(jaar.tot, NaiveDate::from_ymd_opt(2025, 2, 28).unwrap());
    /// ```
    pub fn vanaf(soort: PeriodeSoort, van: NaiveDate) -> Option<Rapportageperiode> {
        let volgende = van.checked_add_months(chrono::Months::new(soort.maanden()))?;
        let tot = volgende.pred_opt()?;
        Some(Rapportageperiode { soort, van, tot })
    }

    /// Whether `datum` lies in the period.
    pub fn bevat(&self, datum: NaiveDate) -> bool {
        self.van <= datum && datum <= self.tot
    }
}

/// The status of a measure of the uitvoeringsplan.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MaatregelStatus {
    /// Not started yet.
    NietGestart,
    /// Running to plan.
    Loopt,
    /// Running, later than planned.
    Vertraagd,
    /// Done.
    Afgerond,
    /// Dropped.
    Vervallen,
}

impl MaatregelStatus {
    /// The status as a person reads it: `niet gestart`, `loopt`, `vertraagd`, `afgerond`,
    /// `vervallen`.
    pub fn als_tekst(self) -> &'static str {
        match self {
            MaatregelStatus::NietGestart => "niet gestart",
            MaatregelStatus::Loopt => "loopt",
            MaatregelStatus::Vertraagd => "vertraagd",
            MaatregelStatus::Afgerond => "afgerond",
            MaatregelStatus::Vervallen => "vervallen",
        }
    }

    /// The key as written in JSON and TOML: `niet_gestart`, ...
    pub fn sleutel(self) -> &'static str {
        match self {
            MaatregelStatus::NietGestart => "niet_gestart",
            MaatregelStatus::Loopt => "loopt",
            MaatregelStatus::Vertraagd => "vertraagd",
            MaatregelStatus::Afgerond => "afgerond",
            MaatregelStatus::Vervallen => "vervallen",
        }
    }

    /// Whether the measure needs no more work: afgerond or vervallen.
    pub fn is_klaar(self) -> bool {
        matches!(self, MaatregelStatus::Afgerond | MaatregelStatus::Vervallen)
    }
}

impl fmt::Display for MaatregelStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.als_tekst())
    }
}

/// How one measure of the uitvoeringsplan stands.
///
/// The measure is named by its `omschrijving` as the uitvoeringsplan writes it, and where that is
/// not unique, by the priority (or other theme) it stands under.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MaatregelVoortgang {
    /// The measure, as the uitvoeringsplan describes it.
    pub maatregel: String,
    /// The priority or other theme of the uitvoeringsplan it stands under, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prioriteit: Option<String>,
    /// Niet gestart, loopt, vertraagd, afgerond or vervallen.
    pub status: MaatregelStatus,
    /// A short explanation: what was done, why it is late, why it was dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
}

impl MaatregelVoortgang {
    /// A measure with its status and nothing else.
    pub fn new(maatregel: impl Into<String>, status: MaatregelStatus) -> Self {
        MaatregelVoortgang {
            maatregel: maatregel.into(),
            prioriteit: None,
            status,
            toelichting: None,
        }
    }
}

/// The values of one effect indicator of the IVP measured since its nulmeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndicatorVoortgang {
    /// The indicator, by the name the IVP gives it.
    pub naam: String,
    /// The priority of the IVP it belongs to, by name, where the name alone is not unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prioriteit: Option<String>,
    /// The values measured, each with its date and source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metingen: Vec<GemetenWaarde>,
    /// What the figures mean, in the report's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
}

impl IndicatorVoortgang {
    /// An indicator with no measurements yet.
    pub fn new(naam: impl Into<String>) -> Self {
        IndicatorVoortgang {
            naam: naam.into(),
            prioriteit: None,
            metingen: Vec::new(),
            toelichting: None,
        }
    }
}

/// One measured value: its date, value and source; for a survey its margin; where the way of
/// measuring changed, the break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GemetenWaarde {
    /// The day the value stands on (for a figure over a year: its last day).
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub datum: NaiveDate,
    /// The value (finite).
    #[serde(deserialize_with = "getal::eindig")]
    pub waarde: f64,
    /// Where the value comes from.
    pub bron: IndicatorBron,
    /// For a survey: the half-width of its 95% confidence interval, in the unit of the value
    /// (finite, not negative).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "marge"
    )]
    pub marge: Option<f64>,
    /// The unit, where it differs from the IVP's or may change ("per 1.000 inwoners").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    /// A break in the series before this value: why it is not comparable with the ones before
    /// ("registratiewijziging politie").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breuk: Option<String>,
}

impl GemetenWaarde {
    /// A value with its date and source.
    pub fn new(datum: NaiveDate, waarde: f64, bron: IndicatorBron) -> Self {
        GemetenWaarde {
            datum,
            waarde,
            bron,
            marge: None,
            eenheid: None,
            breuk: None,
        }
    }

    /// The year the value belongs to.
    pub fn jaar(&self) -> i32 {
        self.datum.year()
    }
}

/// A margin: finite and not negative.
fn marge<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let waarde = getal::eindig(d)?;
    if waarde < 0.0 {
        return Err(serde::de::Error::custom(format!(
            "ongeldige marge {waarde}: verwacht een getal van 0 of meer"
        )));
    }
    Ok(Some(waarde))
}
