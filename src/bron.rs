//! Where the handbook says something: every record in the catalogue carries a [`Bron`], so that a
//! tool can cite the passage it relies on.

use core::fmt;
use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A reference into *Kernbeleid Veiligheid 2021* (VNG, 6th edition, March 2021).
///
/// `sectie` is the heading as printed in the handbook; `pagina` is the page where the text of the
/// handbook gives one (the table of contents gives pages for the sections of part 1 and for the
/// start of part 2, not for the individual theme tables).
///
/// # Example
///
/// ```
/// use kernbeleid::Bron;
///
/// let bron = Bron::new("Stappenplan", Some(6));
/// assert_eq!(bron.to_string(), "Kernbeleid Veiligheid 2021, Stappenplan (p. 6)");
/// ```
#[doc(alias = "source")]
#[doc(alias = "citation")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Bron {
    /// The section heading as printed, for example `"Stappenplan"` or
    /// `"Veiligheidsveld 3: Jeugd en veiligheid - veiligheidsthema 3.1: Jeugdoverlast"`.
    pub sectie: &'static str,
    /// The page the handbook's table of contents gives for the section, where it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagina: Option<u16>,
}

impl Bron {
    /// The title of the handbook every [`Bron`] points into.
    pub const HANDREIKING: &'static str = "Kernbeleid Veiligheid 2021";

    /// A reference to `sectie`, on `pagina` where known.
    #[must_use]
    pub const fn new(sectie: &'static str, pagina: Option<u16>) -> Self {
        Bron { sectie, pagina }
    }
}

impl fmt::Display for Bron {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        schrijf(f, self.sectie, self.pagina)
    }
}

/// A [`Bron`] that a finding of the controle carries: the same reference, but one that can also
/// own its section heading, so that a finding read back from JSON or made by another tool can
/// cite a passage.
///
/// The rules' own findings borrow the `'static` heading of their [`Bron`] (no allocation);
/// [`Bronvermelding::new`] takes a borrowed or an owned heading. It serialises exactly as a
/// [`Bron`] does: `{"sectie": "...", "pagina": 6}`, `pagina` left out where unknown.
///
/// Most findings rest on a passage of the handbook ([`GrondSoort::Handreiking`]); a rule of plain
/// common sense (a period that ends before it starts) cites no passage:
/// [`Bronvermelding::gezond_verstand`] says so, in its own kind of ground, instead of borrowing a
/// heading. Such a reference serialises with one key more, `"grond": "gezond_verstand"`, and its
/// text form does not name the handbook.
///
/// Marked `#[non_exhaustive]`: a reference may gain fields; build one with
/// [`Bronvermelding::new`], [`Bronvermelding::gezond_verstand`] or from a [`Bron`].
///
/// # Example
///
/// ```
/// use kernbeleid::{Bron, Bronvermelding};
///
/// let stap_4 = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
/// let vermelding = Bronvermelding::from(stap_4);
/// assert_eq!(vermelding, stap_4);
/// assert_eq!(vermelding.to_string(), stap_4.to_string());
///
/// let eigen = Bronvermelding::new(format!("Stappenplan, Stap {}", 4), None);
/// assert_eq!(eigen.to_string(), "Kernbeleid Veiligheid 2021, Stappenplan, Stap 4");
///
/// let gezond = Bronvermelding::gezond_verstand();
/// assert_eq!(gezond.to_string(), "gezond verstand (geen passage uit de handreiking)");
/// assert_eq!(
///     serde_json::to_string(&gezond)?,
///     r#"{"sectie":"gezond verstand","grond":"gezond_verstand"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[doc(alias = "source")]
#[doc(alias = "citation")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Bronvermelding {
    /// The section heading as printed in the handbook (see [`Bron::sectie`]).
    pub sectie: Cow<'static, str>,
    /// The page the handbook's table of contents gives for the section, where it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagina: Option<u16>,
    /// The kind of ground: a passage of the handbook (the default, left out when writing),
    /// common sense, or a check item of the CCV's checklist.
    #[serde(default, skip_serializing_if = "GrondSoort::is_handreiking")]
    pub grond: GrondSoort,
}

impl Bronvermelding {
    /// The section heading of a reference that rests on common sense.
    pub const GEZOND_VERSTAND: &'static str = "gezond verstand";

    /// A reference to `sectie`, on `pagina` where known; `sectie` may be borrowed for `'static`
    /// or owned.
    #[must_use]
    pub fn new(sectie: impl Into<Cow<'static, str>>, pagina: Option<u16>) -> Self {
        Bronvermelding {
            sectie: sectie.into(),
            pagina,
            grond: GrondSoort::Handreiking,
        }
    }

    /// The same reference as a [`Bron`] would give, borrowing its heading: no allocation.
    #[must_use]
    pub const fn van(bron: Bron) -> Self {
        Bronvermelding {
            sectie: Cow::Borrowed(bron.sectie),
            pagina: bron.pagina,
            grond: GrondSoort::Handreiking,
        }
    }

    /// The ground of a rule of plain common sense: no passage of the handbook. Its `sectie` is
    /// [`Bronvermelding::GEZOND_VERSTAND`], it has no page, and `grond` is
    /// [`GrondSoort::GezondVerstand`].
    #[must_use]
    pub const fn gezond_verstand() -> Self {
        Bronvermelding {
            sectie: Cow::Borrowed(Self::GEZOND_VERSTAND),
            pagina: None,
            grond: GrondSoort::GezondVerstand,
        }
    }

    /// The title of the CCV's checklist that [`GrondSoort::Ccv`] references point into.
    pub const CCV: &'static str = "CCV, Opstellen integraal veiligheidsplan";

    /// The ground of a rule that rests on a check item (or tip) of the CCV's checklist
    /// *Opstellen integraal veiligheidsplan*: `onderdeel` is the checklist's part, as it numbers
    /// and names it (`"4. Veiligheidsanalyse"`). It has no page (the checklist is a set of web
    /// pages), and `grond` is [`GrondSoort::Ccv`].
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::Bronvermelding;
    ///
    /// let ccv = Bronvermelding::ccv("4. Veiligheidsanalyse");
    /// assert_eq!(ccv.to_string(), "CCV, Opstellen integraal veiligheidsplan, 4. Veiligheidsanalyse (checklist, geen passage uit de handreiking)");
    /// assert_eq!(
    ///     serde_json::to_string(&ccv)?,
    ///     r#"{"sectie":"4. Veiligheidsanalyse","grond":"ccv"}"#
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub const fn ccv(onderdeel: &'static str) -> Self {
        Bronvermelding {
            sectie: Cow::Borrowed(onderdeel),
            pagina: None,
            grond: GrondSoort::Ccv,
        }
    }
}

/// The kind of ground a rule (and each of its findings) rests on.
///
/// Serialises as `"handreiking"`, `"gezond_verstand"` or `"ccv"`.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrondSoort {
    /// A passage of *Kernbeleid Veiligheid 2021*, quoted verbatim.
    #[default]
    Handreiking,
    /// A plain common-sense statement (for example: a period does not end before it starts);
    /// the handbook is not cited.
    GezondVerstand,
    /// A check item or tip of the CCV's checklist *Opstellen integraal veiligheidsplan*, which
    /// coordinators use beside the handbook; quoted verbatim. It is advice, not the method: a
    /// rule resting on it is at most a waarschuwing.
    Ccv,
}

impl GrondSoort {
    /// Whether the ground is a passage of the handbook.
    #[must_use]
    pub fn is_handreiking(&self) -> bool {
        *self == GrondSoort::Handreiking
    }
}

impl fmt::Display for GrondSoort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GrondSoort::Handreiking => "handreiking",
            GrondSoort::GezondVerstand => "gezond verstand",
            GrondSoort::Ccv => "CCV-checklist",
        })
    }
}

impl From<Bron> for Bronvermelding {
    fn from(bron: Bron) -> Self {
        Bronvermelding::van(bron)
    }
}

impl PartialEq<Bron> for Bronvermelding {
    fn eq(&self, other: &Bron) -> bool {
        self.grond.is_handreiking() && self.sectie == other.sectie && self.pagina == other.pagina
    }
}

impl PartialEq<Bronvermelding> for Bron {
    fn eq(&self, other: &Bronvermelding) -> bool {
        other == self
    }
}

impl fmt::Display for Bronvermelding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.grond {
            GrondSoort::Handreiking => schrijf(f, &self.sectie, self.pagina),
            GrondSoort::GezondVerstand => {
                write!(f, "{} (geen passage uit de handreiking)", self.sectie)
            }
            GrondSoort::Ccv => write!(
                f,
                "{}, {} (checklist, geen passage uit de handreiking)",
                Self::CCV,
                self.sectie
            ),
        }
    }
}

/// The one text form of a reference, shared by [`Bron`] and [`Bronvermelding`].
fn schrijf(f: &mut fmt::Formatter<'_>, sectie: &str, pagina: Option<u16>) -> fmt::Result {
    write!(f, "{}, {sectie}", Bron::HANDREIKING)?;
    if let Some(pagina) = pagina {
        write!(f, " (p. {pagina})")?;
    }
    Ok(())
}
