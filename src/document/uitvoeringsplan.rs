//! The Uitvoeringsplan Integrale Veiligheid: the five chapters of step 5.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::eigen_naam::{EigenNaam, ThemaLijst};
use super::formaat::datum;
use super::gedeeld::{Begroting, OngeplaatsteTekst, Periode, ThemaVerwijzing, Vaststelling};
use super::invulbaar::{Invulbaar, Tekst};
use super::planning::Planning;

/// An Uitvoeringsplan Integrale Veiligheid, "de 'operationele doorslag'" of the IVP, as a rule
/// for one year.
///
/// | chapter | field |
/// | --- | --- |
/// | 1 Hoofdlijn IVP (inclusief schets beleidscyclus) | [`hoofdlijn_ivp`](Self::hoofdlijn_ivp), [`beleidscyclus`](Self::beleidscyclus) |
/// | 2 Terugblik | [`terugblik`](Self::terugblik) |
/// | 3 Uitwerking prioriteiten | [`prioriteiten`](Self::prioriteiten) |
/// | 4 Uitwerking overige strategische thema's | [`overige_themas`](Self::overige_themas) |
/// | 5 Begroting | [`begroting`](Self::begroting) |
///
/// Required on input: `gemeenten`, `jaar`, and `naam` and `themas` of each item; `ivp.periode`
/// when the plan names the IVP it carries out. A one-year agreements plan that carries out no
/// IVP (as the joint 2017 plan of Kampen, Steenwijkerland, Zwartewaterland and Staphorst) has
/// no `ivp`, and its measures may have only a deadline ([`Maatregel::gereed_voor`]).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::{Actiepunt, Maatregel, Periode, UitvoeringsItem, Uitvoeringsplan};
///
/// let mut plan = Uitvoeringsplan::new(["Vijfheerenlanden"], 2024, Periode::jaren(2023, 2026)?);
/// let mut item = UitvoeringsItem::new("Ondermijning", [Thema::OndermijnendeCriminaliteit.into()]);
/// item.actiepunten.push(Actiepunt {
///     naam: "Integrale controles".into(),
///     toelichting: None,
///     maatregelen: vec![Maatregel::new("Controles in panden, schuren en loodsen")],
/// });
/// plan.prioriteiten.push(item);
/// assert_eq!(Uitvoeringsplan::uit_toml(&plan.naar_toml()?)?, plan);
///
/// let plan = Uitvoeringsplan::uit_json(r#"{"gemeenten": ["Utrecht"], "jaar": 2027,
///     "ivp": {"periode": {"van": "2027-01-01", "tot": "2030-12-31"}}}"#)?;
/// assert_eq!(plan.ivp.map(|i| i.periode.to_string()).as_deref(), Some("2027-2030"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Uitvoeringsplan {
    /// The gemeente, or the gemeenten of a joint plan.
    pub gemeenten: Vec<String>,
    /// The year the plan is for.
    pub jaar: i32,
    /// The title as the plan gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The IVP the plan carries out; `None` for a plan that carries out no IVP (a one-year
    /// agreements plan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ivp: Option<IvpVerwijzing>,
    /// Adoption by the college of each gemeente.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vaststelling: Vec<Vaststelling>,
    /// Chapter 1: the main line of the IVP and its (effect) goals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hoofdlijn_ivp: Option<Tekst>,
    /// Chapter 1: a sketch of the policy cycle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beleidscyclus: Option<Tekst>,
    /// Chapter 2: looking back, above all in follow-up plans.
    #[serde(default, skip_serializing_if = "Terugblik::is_empty")]
    pub terugblik: Terugblik,
    /// Chapter 3: the priorities worked out in actions and measures.
    #[serde(default)]
    pub prioriteiten: Vec<UitvoeringsItem>,
    /// Chapter 4: the other strategic themes worked out in actions and measures.
    #[serde(default)]
    pub overige_themas: Vec<UitvoeringsItem>,
    /// Chapter 5: the budget.
    #[serde(default, skip_serializing_if = "Begroting::is_empty")]
    pub begroting: Begroting,
    /// For a joint plan: the measures for each gemeente's local themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lokale_paragrafen: Vec<LokaleUitvoering>,
    /// Text of an imported plan that found no place in a field, in order under its heading
    /// (see [`OngeplaatsteTekst`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ongeplaatst: Vec<OngeplaatsteTekst>,
}

impl Uitvoeringsplan {
    /// A plan with only its gemeenten, year and the IVP's period; every chapter empty.
    pub fn new<S: Into<String>>(
        gemeenten: impl IntoIterator<Item = S>,
        jaar: i32,
        ivp_periode: Periode,
    ) -> Uitvoeringsplan {
        Uitvoeringsplan {
            ivp: Some(IvpVerwijzing {
                titel: None,
                periode: ivp_periode,
            }),
            ..Uitvoeringsplan::zonder_ivp(gemeenten, jaar)
        }
    }

    /// A plan with only its gemeenten and year that carries out no IVP (a one-year agreements
    /// plan); every chapter empty.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::Uitvoeringsplan;
    ///
    /// let plan = Uitvoeringsplan::zonder_ivp(["Kampen", "Staphorst"], 2017);
    /// assert_eq!(plan.ivp, None);
    /// assert!(!plan.naar_json().contains("\"ivp\""));
    /// ```
    pub fn zonder_ivp<S: Into<String>>(
        gemeenten: impl IntoIterator<Item = S>,
        jaar: i32,
    ) -> Uitvoeringsplan {
        Uitvoeringsplan {
            gemeenten: gemeenten.into_iter().map(Into::into).collect(),
            jaar,
            titel: None,
            ivp: None,
            vaststelling: Vec::new(),
            hoofdlijn_ivp: None,
            beleidscyclus: None,
            terugblik: Terugblik::default(),
            prioriteiten: Vec::new(),
            overige_themas: Vec::new(),
            begroting: Begroting::default(),
            lokale_paragrafen: Vec::new(),
            ongeplaatst: Vec::new(),
        }
    }

    formaat_methoden!("an", "uitvoeringsplan");
}

/// Which IVP an uitvoeringsplan carries out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IvpVerwijzing {
    /// The IVP's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The IVP's period.
    pub periode: Periode,
}

/// Chapter 2, Terugblik: developments in the safety picture and in the approach over the past
/// period (step 5: the follow-up plans thereby have an evaluative function too).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Terugblik {
    /// How the safety picture developed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub veiligheidsbeeld: Option<Tekst>,
    /// How the approach went: measures carried out as planned, adjustments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aanpak: Option<Tekst>,
}

leeg_als!(Terugblik: veiligheidsbeeld, aanpak);

/// A priority or other theme of the IVP worked out for the year: its items/actiepunten, each
/// clustering concrete measures.
///
/// An entry of `themas` may be the plan's own name for a theme, as in a
/// [`Themauitwerking`](super::Themauitwerking): read as the code, the name kept in
/// [`eigen_namen`](Self::eigen_namen).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UitvoeringsItem {
    /// The name as in the IVP.
    pub naam: String,
    /// The themes it covers, as in the IVP.
    pub themas: Vec<ThemaVerwijzing>,
    /// The plan's own names for the themes of [`themas`](Self::themas), with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eigen_namen: Vec<EigenNaam>,
    /// The (effect) goals of the IVP for this theme, repeated briefly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doelen: Vec<Tekst>,
    /// The items/actiepunten.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actiepunten: Vec<Actiepunt>,
}

impl UitvoeringsItem {
    /// An item with only its name and themes.
    pub fn new(naam: impl Into<String>, themas: impl IntoIterator<Item = ThemaVerwijzing>) -> Self {
        UitvoeringsItem {
            naam: naam.into(),
            themas: themas.into_iter().collect(),
            eigen_namen: Vec::new(),
            doelen: Vec::new(),
            actiepunten: Vec::new(),
        }
    }
}

/// [`UitvoeringsItem`] as read: `themas` may hold own names (see [`EigenNaam`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "UitvoeringsItem")]
struct GelezenItem {
    naam: String,
    themas: ThemaLijst,
    #[serde(default)]
    eigen_namen: Vec<EigenNaam>,
    #[serde(default)]
    doelen: Vec<Tekst>,
    #[serde(default)]
    actiepunten: Vec<Actiepunt>,
}

impl<'de> Deserialize<'de> for UitvoeringsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let g = GelezenItem::deserialize(deserializer)?;
        let mut eigen_namen = g.eigen_namen;
        let themas = g.themas.voeg_samen(&mut eigen_namen);
        Ok(UitvoeringsItem {
            naam: g.naam,
            themas,
            eigen_namen,
            doelen: g.doelen,
            actiepunten: g.actiepunten,
        })
    }
}

/// An item/actiepunt: "logische clusterings van de concretere maatregelen", possibly linked to a
/// main line of the IVP's approach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actiepunt {
    /// The name of the cluster.
    pub naam: String,
    /// Explanation, for example the main line of the IVP it carries out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
    /// The measures/activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maatregelen: Vec<Maatregel>,
}

/// A measure/activity, described "concreet en meetbaar", with who leads it, who takes part, when,
/// and its prestatie-indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Maatregel {
    /// What is done.
    pub omschrijving: Tekst,
    /// The administrative lead (portefeuillehouder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bestuurlijk_trekker: Option<Invulbaar<String>>,
    /// The official lead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambtelijk_trekker: Option<Invulbaar<String>>,
    /// The parties involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub betrokken_partijen: Vec<String>,
    /// When: as the plan writes it ("Q2 2026", "doorlopend"), or a start and end date; see
    /// [`Planning`] for the period derived from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning: Option<Invulbaar<Planning>>,
    /// The deadline, where the plan gives only that ("Voor 1 juni 2017 hebben de gemeenten
    /// ..."): the measure is done before this day.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "datum::optie"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<NaiveDate>"))]
    pub gereed_voor: Option<NaiveDate>,
    /// How the result is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prestatie_indicator: Option<Tekst>,
}

impl Maatregel {
    /// A measure with only its description.
    pub fn new(omschrijving: impl Into<String>) -> Self {
        Maatregel {
            omschrijving: Invulbaar::Waarde(omschrijving.into()),
            bestuurlijk_trekker: None,
            ambtelijk_trekker: None,
            betrokken_partijen: Vec::new(),
            planning: None,
            gereed_voor: None,
            prestatie_indicator: None,
        }
    }

    /// The day the measure should be done: its `gereed_voor`, or else the end of the period its
    /// planning gives ([`Planning::periode`]).
    pub fn gereed_uiterlijk(&self) -> Option<NaiveDate> {
        self.gereed_voor.or_else(|| {
            self.planning
                .as_ref()
                .and_then(Invulbaar::waarde)
                .and_then(Planning::periode)
                .map(|l| l.eind)
        })
    }
}

/// When a measure runs: from `start` up to and including `eind`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::Looptijd;
///
/// let start = NaiveDate::from_ymd_opt(2027, 3, 1).ok_or("datum")?;
/// let eind = NaiveDate::from_ymd_opt(2027, 6, 30).ok_or("datum")?;
/// assert_eq!(Looptijd { start, eind }.in_woorden(), "1 maart t/m 30 juni 2027");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Looptijd {
    /// First day.
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub start: NaiveDate,
    /// Last day (inclusive).
    #[serde(with = "datum")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub eind: NaiveDate,
}

impl Looptijd {
    /// The period in Dutch words ([`periode_in_woorden`](super::periode_in_woorden)).
    #[must_use]
    pub fn in_woorden(&self) -> String {
        super::planning::periode_in_woorden(self.start, self.eind)
    }
}

/// The measures for one gemeente's local themes in a joint uitvoeringsplan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LokaleUitvoering {
    /// The gemeente.
    pub gemeente: String,
    /// Its local priorities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prioriteiten: Vec<UitvoeringsItem>,
    /// Its local other themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overige_themas: Vec<UitvoeringsItem>,
}
