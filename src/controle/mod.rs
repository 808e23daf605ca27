//! The controle: the method's rules as a validator, a second reader who knows the handbook.
//!
//! A finding is data ([`Diagnose`]): a stable code, a severity ordered
//! hint < waarschuwing < fout, a JSON Pointer into the document, a Dutch message and the handbook
//! passage the rule enforces. The rules themselves are listed in [`REGELS`].

mod diagnose;
mod rapport;
mod regels;

pub use diagnose::{Diagnose, Ernst};
pub use rapport::Rapport;
pub use regels::{Regel, Toepassing, INGETROKKEN, REGELS};

mod analyse;
mod ivp;
mod plaatshouders;
mod uitvoeringsplan;
mod verzamelaar;

use crate::document::{Document, Ivp, Uitvoeringsplan, Veiligheidsanalyse};
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
/// assert!(!rapport.is_geldig()); // no priorities, and six years
/// assert!(rapport.met_code("IVP-002").next().is_some());
/// assert!(rapport.met_code("IVP-012").next().is_some());
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
pub fn controleer_ivp(ivp: &Ivp) -> Rapport {
    let mut v = Verzamelaar::default();
    ivp::controleer(ivp, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks an uitvoeringsplan against every rule for uitvoeringsplannen.
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
pub fn controleer_uitvoeringsplan_bij(up: &Uitvoeringsplan, ivp: &Ivp) -> Rapport {
    let mut v = Verzamelaar::default();
    uitvoeringsplan::controleer(up, &mut v);
    uitvoeringsplan::bij_ivp(up, ivp, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks a veiligheidsanalyse against every rule for analyses.
pub fn controleer_analyse(analyse: &Veiligheidsanalyse) -> Rapport {
    let mut v = Verzamelaar::default();
    analyse::controleer(analyse, &mut v);
    Rapport::new(v.diagnoses)
}

/// Checks any document.
pub fn controleer(document: &Document) -> Rapport {
    match document {
        Document::Ivp(ivp) => controleer_ivp(ivp),
        Document::Uitvoeringsplan(up) => controleer_uitvoeringsplan(up),
        Document::Analyse(a) => controleer_analyse(a),
    }
}
