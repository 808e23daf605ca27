//! The controle: the method's rules as a validator, a second reader who knows the handbook.
//!
//! A finding is data ([`Diagnose`]): a stable code, a severity ordered
//! hint < waarschuwing < fout, a JSON Pointer into the document, a Dutch message and the handbook
//! passage the rule enforces. The rules themselves are listed in [`REGELS`].
//!
//! A check gives a [`Rapport`]: the findings most serious first, with counts. It is data, not
//! text: print it ([`Display`](core::fmt::Display) gives one Dutch line per finding with its
//! source, and the counts; `kbv controleer` groups the findings by rule and quotes each rule's
//! ground once), filter it, add findings of your own ([`Diagnose::new`], [`Rapport::insert`]), or
//! write it as JSON and read it back (`serde`).
//!
//! # Example
//!
//! ```
//! use kernbeleid::controle::{controleer_ivp, Ernst, Rapport};
//! use kernbeleid::document::Ivp;
//!
//! let ivp = Ivp::uit_toml(r#"
//!     gemeenten = ["Utrecht"]
//!     periode = { van = "2027-01-01", tot = "2030-12-31" }
//!     prioriteiten = [{ naam = "Ondermijning", themas = ["5.2"] }]
//! "#)?;
//! let rapport = controleer_ivp(&ivp);
//! assert!(rapport.is_geldig()); // no fout, but much still to do
//!
//! // The priority lacks its effect indicators: which rule says so, and where the handbook does.
//! let bevinding = rapport
//!     .met_code("IVP-005")
//!     .find(|d| d.pad == "/prioriteiten/0/effectindicatoren")
//!     .ok_or("IVP-005 verwacht")?;
//! assert_eq!(bevinding.ernst, Ernst::Waarschuwing);
//! let regel = bevinding.regel().ok_or("een regel van de crate")?;
//! println!("{bevinding}\n    de handreiking: \"{}\"", regel.grond.tekst());
//!
//! // Only what is at least a waarschuwing, and the JSON of `kbv controleer --json` read back.
//! let ernstig = rapport.diagnoses().iter().filter(|d| d.ernst >= Ernst::Waarschuwing);
//! assert_eq!(ernstig.count(), rapport.waarschuwingen());
//! let terug: Rapport = serde_json::from_str(&serde_json::to_string(&rapport)?)?;
//! assert_eq!(terug, rapport);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![doc(alias = "validation")]
#![doc(alias = "lint")]
#![doc(alias = "diagnostic")]

mod diagnose;
mod rapport;
mod regels;

pub use crate::bron::GrondSoort;
pub use diagnose::{Diagnose, Ernst};
pub use rapport::Rapport;
pub use regels::{Grond, Regel, Toepassing, INGETROKKEN, REGELS};

/// The rule with this code, looked up while compiling (`Regel::bij_code`): a check names its
/// rule with `regel!("IVP-004")`, and a code that names no rule does not build.
macro_rules! regel {
    ($code:literal) => {
        const { $crate::controle::Regel::bij_code($code) }
    };
}
pub(crate) use regel;

mod analyse;
mod ivp;
mod plaatshouders;
mod uitvoeringsplan;
mod verzamelaar;

use crate::document::{Document, Ivp, Orgaan, Uitvoeringsplan, Veiligheidsanalyse};
use verzamelaar::Verzamelaar;

/// Checks an IVP against every rule for IVPs.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_ivp;
/// use kernbeleid::document::Ivp;
///
/// let ivp = Ivp::uit_toml(r#"
///     gemeenten = ["Utrecht"]
///     periode = { van = "2027-01-01", tot = "2032-12-31" }
/// "#)?;
/// let rapport = controleer_ivp(&ivp);
/// assert!(!rapport.is_geldig()); // no priorities: a fout
/// assert!(rapport.met_code("IVP-002").next().is_some());
/// assert!(rapport.met_code("IVP-012").next().is_some()); // six years: a waarschuwing
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
#[doc(alias = "validate")]
#[doc(alias = "lint")]
#[must_use]
pub fn controleer_ivp(ivp: &Ivp) -> Rapport {
    let mut v = Verzamelaar::default();
    ivp::controleer(ivp, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks an uitvoeringsplan against every rule for uitvoeringsplannen.
///
/// Whether the plan covers every priority of its IVP needs the IVP: see
/// [`controleer_uitvoeringsplan_bij`].
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_uitvoeringsplan;
/// use kernbeleid::document::Uitvoeringsplan;
///
/// let up = Uitvoeringsplan::uit_toml(r#"
///     gemeenten = ["Utrecht"]
///     jaar = 2031
///     ivp = { periode = { van = "2027-01-01", tot = "2030-12-31" } }
/// "#)?;
/// let rapport = controleer_uitvoeringsplan(&up);
/// assert!(rapport.met_code("UP-001").next().is_some()); // 2031 lies outside the IVP
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
#[doc(alias = "validate")]
#[doc(alias = "lint")]
#[must_use]
pub fn controleer_uitvoeringsplan(up: &Uitvoeringsplan) -> Rapport {
    let mut v = Verzamelaar::default();
    uitvoeringsplan::controleer(up, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks an uitvoeringsplan together with the IVP it belongs to: every rule for
/// uitvoeringsplannen, plus that each priority and other theme of the IVP comes back (UP-008).
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_uitvoeringsplan_bij;
/// use kernbeleid::skelet::{ivp, uitvoeringsplan, IvpOpties, PrioriteitKeuze};
///
/// let plan = ivp(&IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("3.1,5.2")?));
/// let mut up = uitvoeringsplan(&plan);
/// up.prioriteiten.pop();
/// let rapport = controleer_uitvoeringsplan_bij(&up, &plan);
/// assert_eq!(rapport.met_code("UP-008").count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "validate")]
#[doc(alias = "lint")]
#[must_use]
pub fn controleer_uitvoeringsplan_bij(up: &Uitvoeringsplan, ivp: &Ivp) -> Rapport {
    let mut v = Verzamelaar::default();
    uitvoeringsplan::controleer(up, &mut v);
    uitvoeringsplan::bij_ivp(up, ivp, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks a veiligheidsanalyse against every rule for analyses.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_analyse;
/// use kernbeleid::skelet::analyse;
///
/// let rapport = controleer_analyse(&analyse(["Utrecht"], 2026));
/// assert_eq!((rapport.fouten(), rapport.waarschuwingen()), (0, 0)); // a skeleton: only hints
/// assert!(rapport.hints() > 0);
/// ```
#[doc(alias = "validate")]
#[doc(alias = "lint")]
#[must_use]
pub fn controleer_analyse(analyse: &Veiligheidsanalyse) -> Rapport {
    let mut v = Verzamelaar::default();
    analyse::controleer(analyse, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks any document, with the rules for its kind.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer;
/// use kernbeleid::document::Document;
/// use kernbeleid::skelet::analyse;
///
/// let document = Document::from(analyse(["Utrecht"], 2026));
/// let rapport = controleer(&document);
/// assert!(rapport.is_geldig());
/// assert_eq!(rapport.met_code("KBV-001").count(), rapport.hints()); // placeholders to fill
/// ```
#[doc(alias = "validate")]
#[doc(alias = "lint")]
#[must_use]
pub fn controleer(document: &Document) -> Rapport {
    match document {
        Document::Ivp(ivp) => controleer_ivp(ivp),
        Document::Uitvoeringsplan(up) => controleer_uitvoeringsplan(up),
        Document::Analyse(a) => controleer_analyse(a),
        // The voortgang's rules come with the rule book's new shape; until then no findings.
        Document::Voortgang(_) => Rapport::default(),
    }
}

/// The organ with its article, as a sentence names it: "de raad", "het college".
fn met_lidwoord(orgaan: Orgaan) -> &'static str {
    match orgaan {
        Orgaan::Raad => "de raad",
        Orgaan::College => "het college",
        Orgaan::Burgemeester => "de burgemeester",
        Orgaan::Driehoek => "de driehoek",
    }
}
