//! The Integraal Veiligheidsplan (IVP): the seven chapters of step 4, for one gemeente or
//! several ("Een IVP met meerdere gemeenten").

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use super::analyse::AnalyseVerwijzing;
use super::eigen_naam::{EigenNaam, ThemaLijst};
use super::gedeeld::{Begroting, OngeplaatsteTekst, Periode, ThemaVerwijzing, Vaststelling};
use super::indicator::Effectindicator;
use super::invulbaar::{Invulbaar, Tekst};
use crate::catalogus::Veld;
use crate::methode::SturingVoorziening;
use crate::raakvlakken::ThemaSet;

/// An Integraal Veiligheidsplan: the seven chapters of step 4 of the handbook.
///
/// | chapter | field |
/// | --- | --- |
/// | 1 Uitgangssituatie | [`uitgangssituatie`](Self::uitgangssituatie) |
/// | 2 Strategische doelstelling | [`strategische_doelstelling`](Self::strategische_doelstelling) |
/// | 3 Strategische uitgangspunten | [`strategische_uitgangspunten`](Self::strategische_uitgangspunten) |
/// | 4 Prioriteiten | [`prioriteiten`](Self::prioriteiten) |
/// | 5 Overige strategische thema's | [`overige_themas`](Self::overige_themas) |
/// | 6 Coördinatie, beleidscyclus | [`coordinatie`](Self::coordinatie) |
/// | 7 Begroting | [`begroting`](Self::begroting) |
///
/// An IVP of several gemeenten is the same type: [`gemeenten`](Self::gemeenten) names them all,
/// the chapters hold the common priorities and themes, and
/// [`lokale_paragrafen`](Self::lokale_paragrafen) the local-specific ones per gemeente.
///
/// Required on input: `gemeenten`, `periode` (`van`, `tot`), and `naam` and `themas` of each
/// priority and other theme. `prioriteiten` and `overige_themas` are always written; every other
/// empty field is left out.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::{Ivp, Periode, Prioriteit, Tekst};
///
/// let mut ivp = Ivp::new(["Vijfheerenlanden"], Periode::jaren(2023, 2026)?);
/// let mut prioriteit = Prioriteit::new("Ondermijning", [Thema::OndermijnendeCriminaliteit.into()]);
/// prioriteit.toelichting = Some(Tekst::in_te_vullen("Waarom is dit thema prioritair?"));
/// ivp.prioriteiten.push(prioriteit);
///
/// let toml = ivp.naar_toml()?;
/// assert!(toml.contains("themas = [\"5.2\"]"));
/// assert_eq!(Ivp::uit_toml(&toml)?, ivp);
/// assert_eq!(Ivp::uit_json(&ivp.naar_json())?, ivp);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ivp {
    /// The gemeente, or the gemeenten of a joint IVP.
    pub gemeenten: Vec<String>,
    /// The title as the plan gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The years the plan covers.
    pub periode: Periode,
    /// Adoption by the raad of each gemeente.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vaststelling: Vec<Vaststelling>,
    /// Where the adopted plan is published (for example its address in the CVDR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vindplaats: Option<String>,
    /// The partners the plan is made and carried out with, as a whole (partners per theme stand
    /// in [`Themauitwerking::partners`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// The veiligheidsanalyse (step 2) the plan rests on, as an uitvoeringsplan names its IVP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analyse: Option<AnalyseVerwijzing>,
    /// Chapter 1: a short sketch of the safety situation and current approach.
    #[serde(default, skip_serializing_if = "Uitgangssituatie::is_empty")]
    pub uitgangssituatie: Uitgangssituatie,
    /// Chapter 2: where the gemeente wants to stand at the end of the period.
    #[serde(default, skip_serializing_if = "StrategischeDoelstelling::is_empty")]
    pub strategische_doelstelling: StrategischeDoelstelling,
    /// Chapter 3: the main lines of the 'how', the red threads through the approach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategische_uitgangspunten: Vec<Tekst>,
    /// Chapter 4, its introduction: why these priorities (the choice from the analysis).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inleiding_prioriteiten: Option<Tekst>,
    /// Chapter 4: the priorities.
    #[serde(default)]
    pub prioriteiten: Vec<Prioriteit>,
    /// Chapter 5: the statement that every theme not named continues as going concern (the
    /// handbook: "de niet-prioritaire hoofdthema's (zgn. 'overige strategische thema's', going
    /// concernthema's)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub going_concern: Option<Tekst>,
    /// Chapter 5: the other strategic themes ('going concern').
    #[serde(default)]
    pub overige_themas: Vec<OverigThema>,
    /// Themes the plan explicitly leaves out, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buiten_beschouwing: Vec<BuitenBeschouwing>,
    /// Chapter 6: coordination, policy cycle, steering.
    #[serde(default, skip_serializing_if = "Coordinatie::is_empty")]
    pub coordinatie: Coordinatie,
    /// Chapter 7: the budget.
    #[serde(default, skip_serializing_if = "Begroting::is_empty")]
    pub begroting: Begroting,
    /// For an IVP of several gemeenten: the local-specific paragraphs per gemeente.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lokale_paragrafen: Vec<LokaleParagraaf>,
    /// Text of an imported plan that found no place in a field, in order under its heading
    /// (see [`OngeplaatsteTekst`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ongeplaatst: Vec<OngeplaatsteTekst>,
}

impl Ivp {
    /// An IVP with only its gemeenten and period; every chapter empty.
    pub fn new<S: Into<String>>(gemeenten: impl IntoIterator<Item = S>, periode: Periode) -> Ivp {
        Ivp {
            gemeenten: gemeenten.into_iter().map(Into::into).collect(),
            titel: None,
            periode,
            vaststelling: Vec::new(),
            vindplaats: None,
            partners: Vec::new(),
            analyse: None,
            uitgangssituatie: Uitgangssituatie::default(),
            strategische_doelstelling: StrategischeDoelstelling::default(),
            strategische_uitgangspunten: Vec::new(),
            inleiding_prioriteiten: None,
            prioriteiten: Vec::new(),
            going_concern: None,
            overige_themas: Vec::new(),
            buiten_beschouwing: Vec::new(),
            coordinatie: Coordinatie::default(),
            begroting: Begroting::default(),
            lokale_paragrafen: Vec::new(),
            ongeplaatst: Vec::new(),
        }
    }

    formaat_methoden!("an", "IVP");

    /// Whether the plan states, filled in, that every theme it does not name continues as
    /// going concern ([`going_concern`](Self::going_concern) holds text, not a placeholder).
    #[must_use]
    pub fn stelt_going_concern(&self) -> bool {
        self.going_concern
            .as_ref()
            .and_then(Invulbaar::waarde)
            .is_some_and(|t| !t.trim().is_empty())
    }

    /// Every priority and other theme: the common ones first, then those of the local
    /// paragraphs, each with the gemeente it is local to (`None` for the common ones) and
    /// whether it is a priority or an other theme.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    /// use kernbeleid::document::{Ivp, Periode, Themauitwerking, UitwerkingSoort};
    ///
    /// let mut ivp = Ivp::new(["Utrecht"], Periode::jaren(2027, 2030)?);
    /// ivp.overige_themas.push(Themauitwerking::new("Uitgaan", [Thema::VeiligUitgaan.into()]));
    /// let (gemeente, soort, uitwerking) = ivp.alle_uitwerkingen().next().expect("één");
    /// assert_eq!((gemeente, soort, uitwerking.naam.as_str()), (None, UitwerkingSoort::OverigThema, "Uitgaan"));
    /// # Ok::<(), kernbeleid::document::OngeldigePeriode>(())
    /// ```
    pub fn alle_uitwerkingen(
        &self,
    ) -> impl Iterator<Item = (Option<&str>, UitwerkingSoort, &Themauitwerking)> + '_ {
        let gezamenlijk = self
            .prioriteiten
            .iter()
            .map(|p| (None, UitwerkingSoort::Prioriteit, p))
            .chain(
                self.overige_themas
                    .iter()
                    .map(|o| (None, UitwerkingSoort::OverigThema, o)),
            );
        let lokaal = self.lokale_paragrafen.iter().flat_map(|l| {
            let gemeente = Some(l.gemeente.as_str());
            l.prioriteiten
                .iter()
                .map(move |p| (gemeente, UitwerkingSoort::Prioriteit, p))
                .chain(
                    l.overige_themas
                        .iter()
                        .map(move |o| (gemeente, UitwerkingSoort::OverigThema, o)),
                )
        });
        gezamenlijk.chain(lokaal)
    }
}

/// Where a [`Themauitwerking`] stands in an IVP: among the priorities (chapter 4) or the other
/// strategic themes (chapter 5), whether common or in a local paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UitwerkingSoort {
    /// A priority: chapter 4, or the priorities of a local paragraph.
    Prioriteit,
    /// An other strategic theme ('going concern'): chapter 5, or those of a local paragraph.
    OverigThema,
}

impl UitwerkingSoort {
    /// Whether this is a priority.
    #[must_use]
    pub fn is_prioriteit(self) -> bool {
        self == UitwerkingSoort::Prioriteit
    }
}

/// Chapter 1, Uitgangssituatie: "een korte schets van de veiligheidssituatie en lopende aanpak
/// op de vijf veiligheidsvelden", in effect a summary of the veiligheidsanalyse.
///
/// Besides the summary per veld the handbook asks for, a plan may sketch the situation as a
/// whole ([`algemeen`](Self::algemeen)); real plans often do only that.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Uitgangssituatie {
    /// The situation as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algemeen: Option<Tekst>,
    /// A short summary per veld.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub velden: Vec<VeldSamenvatting>,
    /// The sources the analysis drew on (the veiligheidsmonitor, police figures, a survey of
    /// residents), each as the plan names it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bronnen: Vec<String>,
}

leeg_als!(Uitgangssituatie: algemeen, velden, bronnen);

/// The summary of the safety situation and current approach in one veld.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VeldSamenvatting {
    /// The veld, written as its number 1 to 5.
    pub veld: Veld,
    /// The summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samenvatting: Option<Tekst>,
}

/// Chapter 2, Strategische doelstelling: "waar willen we 'staan' in het jaar 20.. met de
/// veiligheid?", with a qualitative and a quantitative part.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StrategischeDoelstelling {
    /// The qualitative part: the board's vision on safety and liveability.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kwalitatief: Vec<Tekst>,
    /// The quantitative part: streefwaarden on overarching indicators such as total registered
    /// crime or residents' feeling of safety.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kwantitatief: Vec<Effectindicator>,
    /// The connections with other policy and the college programme ("inclusief verbindingen met
    /// ander beleid/Collegeprogramma"), and with regional and national agendas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verbindingen: Vec<Tekst>,
}

leeg_als!(StrategischeDoelstelling: kwalitatief, kwantitatief, verbindingen);

/// The elaboration of a priority (chapter 4) or of an other strategic theme (chapter 5).
///
/// The handbook gives both the same format ("Daarbij wordt hetzelfde format gevolgd als bij de
/// prioriteiten"), so they are one type; an other theme is as a rule worked out less fully and
/// may do without effect indicators. The fixed parts of step 4 are the toelichting (why it is a
/// priority), the hoofdlijnen of the approach, flankerend beleid and the doelstelling, both
/// qualitative and quantitative (effect indicators).
///
/// Required on input: `naam` and `themas`. An entry of `themas` may be the plan's own name for a
/// theme where the catalogue recognises it unambiguously: it is read as the code, and the name
/// is kept in [`eigen_namen`](Self::eigen_namen) (see [`EigenNaam`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Themauitwerking {
    /// The plan's own name for the theme, for example "Zorg & Veiligheid".
    pub naam: String,
    /// Other names the plan uses for the same theme (a priority called "Ondermijning" in one
    /// chapter and "Georganiseerde criminaliteit" in another).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub andere_namen: Vec<String>,
    /// The themes it covers: veiligheidsthema's by code, and strategic themes where the plan
    /// makes one of them a theme.
    pub themas: Vec<ThemaVerwijzing>,
    /// The plan's own names for the themes of [`themas`](Self::themas), with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eigen_namen: Vec<EigenNaam>,
    /// Explanation: what the theme is about locally and why it is a priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
    /// The qualitative goals ('missie'); plans often list several ("Dit willen we bereiken
    /// door: ...").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doelstelling_kwalitatief: Vec<Tekst>,
    /// The quantitative goals: effect indicators with streefwaarden.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effectindicatoren: Vec<Effectindicator>,
    /// The main lines of the approach in the coming years; the uitvoeringsplan makes them
    /// concrete.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hoofdlijnen_aanpak: Vec<Tekst>,
    /// Flanking policy, mostly of the gemeente: care and welfare, participation, area-based
    /// work.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flankerend_beleid: Vec<Tekst>,
    /// The digital side of the theme (the handbook asks every priority to address
    /// gedigitaliseerde criminaliteit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digitale_component: Option<Tekst>,
    /// Sub-themes the plan distinguishes within the theme, each with its own text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deelthemas: Vec<Deelthema>,
    /// Themes that touch this one and need attention (raakvlakken).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raakvlakken: Vec<ThemaVerwijzing>,
    /// Partners involved (suggested by a skeleton from the handbook).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// Possible measures (suggested by a skeleton from the handbook).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maatregelen: Vec<Tekst>,
    /// Relevant laws and regulations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wet_en_regelgeving: Vec<String>,
}

/// [`Themauitwerking`] as read: `themas` may hold own names (see [`EigenNaam`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Themauitwerking")]
struct GelezenUitwerking {
    naam: String,
    #[serde(default)]
    andere_namen: Vec<String>,
    themas: ThemaLijst,
    #[serde(default)]
    eigen_namen: Vec<EigenNaam>,
    #[serde(default)]
    toelichting: Option<Tekst>,
    #[serde(default)]
    doelstelling_kwalitatief: Vec<Tekst>,
    #[serde(default)]
    effectindicatoren: Vec<Effectindicator>,
    #[serde(default)]
    hoofdlijnen_aanpak: Vec<Tekst>,
    #[serde(default)]
    flankerend_beleid: Vec<Tekst>,
    #[serde(default)]
    digitale_component: Option<Tekst>,
    #[serde(default)]
    deelthemas: Vec<Deelthema>,
    #[serde(default)]
    raakvlakken: Vec<ThemaVerwijzing>,
    #[serde(default)]
    partners: Vec<String>,
    #[serde(default)]
    maatregelen: Vec<Tekst>,
    #[serde(default)]
    wet_en_regelgeving: Vec<String>,
}

impl<'de> Deserialize<'de> for Themauitwerking {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let g = GelezenUitwerking::deserialize(deserializer)?;
        let mut eigen_namen = g.eigen_namen;
        let themas = g.themas.voeg_samen(&mut eigen_namen);
        Ok(Themauitwerking {
            naam: g.naam,
            andere_namen: g.andere_namen,
            themas,
            eigen_namen,
            toelichting: g.toelichting,
            doelstelling_kwalitatief: g.doelstelling_kwalitatief,
            effectindicatoren: g.effectindicatoren,
            hoofdlijnen_aanpak: g.hoofdlijnen_aanpak,
            flankerend_beleid: g.flankerend_beleid,
            digitale_component: g.digitale_component,
            deelthemas: g.deelthemas,
            raakvlakken: g.raakvlakken,
            partners: g.partners,
            maatregelen: g.maatregelen,
            wet_en_regelgeving: g.wet_en_regelgeving,
        })
    }
}

/// A priority: IVP chapter 4.
pub type Prioriteit = Themauitwerking;

/// An other strategic theme: IVP chapter 5.
pub type OverigThema = Themauitwerking;

impl Themauitwerking {
    /// A theme with only its name and themes; every other field empty.
    pub fn new(naam: impl Into<String>, themas: impl IntoIterator<Item = ThemaVerwijzing>) -> Self {
        Themauitwerking {
            naam: naam.into(),
            andere_namen: Vec::new(),
            themas: themas.into_iter().collect(),
            eigen_namen: Vec::new(),
            toelichting: None,
            doelstelling_kwalitatief: Vec::new(),
            effectindicatoren: Vec::new(),
            hoofdlijnen_aanpak: Vec::new(),
            flankerend_beleid: Vec::new(),
            digitale_component: None,
            deelthemas: Vec::new(),
            raakvlakken: Vec::new(),
            partners: Vec::new(),
            maatregelen: Vec::new(),
            wet_en_regelgeving: Vec::new(),
        }
    }

    /// The veiligheidsthema's that `uitwerkingen` cover together, as a set; strategic themes
    /// (S1 to S3) are left out.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    /// use kernbeleid::document::Themauitwerking;
    ///
    /// let jeugd = Themauitwerking::new("Jeugd", [Thema::Jeugdoverlast.into()]);
    /// let set = Themauitwerking::kbv_themas([&jeugd]);
    /// assert!(set.contains(Thema::Jeugdoverlast) && set.len() == 1);
    /// ```
    pub fn kbv_themas<'a>(uitwerkingen: impl IntoIterator<Item = &'a Themauitwerking>) -> ThemaSet {
        uitwerkingen
            .into_iter()
            .flat_map(|u| u.themas.iter())
            .filter_map(|t| t.thema())
            .collect()
    }
}

/// A sub-theme within a priority or other theme, as real plans distinguish them (for example
/// "Jonge Aanwas" within "Jeugd & Veiligheid").
///
/// An entry of `themas` may be the plan's own name for a theme, as in a [`Themauitwerking`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deelthema {
    /// The plan's name for the sub-theme.
    pub naam: String,
    /// The themes it covers, where it adds to those of the theme it belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themas: Vec<ThemaVerwijzing>,
    /// The plan's own names for the themes of [`themas`](Self::themas), with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eigen_namen: Vec<EigenNaam>,
    /// Explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
    /// Its own qualitative goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doelstelling_kwalitatief: Vec<Tekst>,
    /// Its own main lines of approach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hoofdlijnen_aanpak: Vec<Tekst>,
}

/// [`Deelthema`] as read: `themas` may hold own names (see [`EigenNaam`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Deelthema")]
struct GelezenDeelthema {
    naam: String,
    #[serde(default)]
    themas: ThemaLijst,
    #[serde(default)]
    eigen_namen: Vec<EigenNaam>,
    #[serde(default)]
    toelichting: Option<Tekst>,
    #[serde(default)]
    doelstelling_kwalitatief: Vec<Tekst>,
    #[serde(default)]
    hoofdlijnen_aanpak: Vec<Tekst>,
}

impl<'de> Deserialize<'de> for Deelthema {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let g = GelezenDeelthema::deserialize(deserializer)?;
        let mut eigen_namen = g.eigen_namen;
        let themas = g.themas.voeg_samen(&mut eigen_namen);
        Ok(Deelthema {
            naam: g.naam,
            themas,
            eigen_namen,
            toelichting: g.toelichting,
            doelstelling_kwalitatief: g.doelstelling_kwalitatief,
            hoofdlijnen_aanpak: g.hoofdlijnen_aanpak,
        })
    }
}

/// A theme the plan explicitly leaves out, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BuitenBeschouwing {
    /// The theme.
    pub thema: ThemaVerwijzing,
    /// Why it is left out (for example: it belongs to other policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reden: Option<Tekst>,
}

/// Chapter 6, Coördinatie, beleidscyclus: "de karakteristieken van de ambtelijke en bestuurlijke
/// coördinatie over het beleid, de beleidscyclus, sturing en voortgangsbewaking,
/// informatiepositie", with the three voorzieningen for steering of step 6.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Coordinatie {
    /// Coordination among officials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambtelijk: Option<Tekst>,
    /// Coordination among the board (college, driehoek).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bestuurlijk: Option<Tekst>,
    /// The policy cycle: uitvoeringsplannen, evaluation, adjustment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beleidscyclus: Option<Tekst>,
    /// How each voorziening for steering is arranged, keyed `voortgangsoverleg`,
    /// `voortgangsrapportage`, `informatiepositie`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub voorzieningen: BTreeMap<SturingVoorziening, Tekst>,
}

leeg_als!(Coordinatie: ambtelijk, bestuurlijk, beleidscyclus, voorzieningen);

/// The local-specific paragraph of one gemeente in an IVP of several: its own priorities and
/// other themes, with its own approach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LokaleParagraaf {
    /// The gemeente; one of the IVP's [`gemeenten`](Ivp::gemeenten).
    pub gemeente: String,
    /// Explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
    /// Local priorities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prioriteiten: Vec<Prioriteit>,
    /// Local other themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overige_themas: Vec<OverigThema>,
}
