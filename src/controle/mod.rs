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

//! # The rule book
//!
//! Each rule stands in one place: its declaration (a [`Regel`]: code, severity, ground,
//! explanation, fix) right above its check, in the file of the part of the document it reads,
//! with its test in that file's test module:
//!
//! | file | reads |
//! | --- | --- |
//! | `ivp/plan.rs` | an IVP's gemeenten, periode and vaststelling |
//! | `ivp/hoofdstukken.rs` | its chapters, chapter 1 per veld, the strategic doelstelling |
//! | `ivp/prioriteiten.rs` | its priorities: how many, the vaste onderdelen, themes, digital facet |
//! | `ivp/indicatoren.rs` | effect indicators, targets and nulmetingen |
//! | `ivp/themas.rs` | the plan's themes as a whole: overlap, raakvlakken, all 22 accounted for |
//! | `ivp/jaartallen.rs` | the years its own headings and goals name |
//! | `ivp/verbanden.rs` | what it says of the Driehoek, Veiligheidsregio and Regionaal Beleidsplan |
//! | `ivp/bij_analyse.rs` | an IVP beside the veiligheidsanalyse it rests on |
//! | `uitvoeringsplan/plan.rs` | an uitvoeringsplan's year, look back, chapters, vaststelling |
//! | `uitvoeringsplan/maatregelen.rs` | its measures |
//! | `uitvoeringsplan/bij_ivp.rs` | an uitvoeringsplan beside its IVP |
//! | `analyse.rs` | a veiligheidsanalyse |
//! | `voortgang.rs` | a voortgangsrapportage, beside its IVP and uitvoeringsplan |
//! | `verzamelaar.rs` | every document: its placeholders (KBV-001) |
//! | `ongeplaatst.rs` | an imported draft: text that found no place yet (KBV-002) |
//!
//! [`REGELS`] is the list of those declarations; the compiler checks that no code stands in it
//! twice or is withdrawn ([`INGETROKKEN`]). A check reports through the collector
//! (`v.meld(&IVP_005, pad, bericht)`); the placeholders of a document are found in one walk over
//! its serde form, which also gives every path its place, and the report lists the findings in
//! the document's order of paths, most serious first ([`Rapport`]).
//!
//! ## How to add a rule
//!
//! 1. Take the next free code of its document (`IVP-027`, `UP-011`, ...; never one of
//!    [`INGETROKKEN`]).
//! 2. In the file of the part it reads (or a new file beside them, for a new part), write its
//!    declaration, `pub(crate) const IVP_027: Regel = Regel { ... }`, with its ground: the
//!    handbook's words verbatim and their section and page ([`Grond::Handreiking`]; a test
//!    checks the quote against `bron/kernbeleid-veiligheid-2021.txt`), or a plain
//!    common-sense statement ([`Grond::GezondVerstand`]). The severity follows the handbook's
//!    wording: "moet" or a fixed structure may be a fout or waarschuwing, "bij voorkeur",
//!    "aan te bevelen", "denk aan" at most a hint. Numbers the handbook states come from
//!    [`methode`](crate::methode).
//! 3. Right below it, its check: `fn ivp_027(ivp: &Ivp, v: &mut Verzamelaar)`, reporting each
//!    finding with `v.meld(&IVP_027, pad, bericht)` at the JSON Pointer of what it is about, in
//!    Dutch; call it from the part's `controleer` (or the walk in `ivp/mod.rs`).
//! 4. Add the declaration to [`REGELS`] in `regels.rs`, in code order.
//! 5. Write its test in the file's test module, quoting its ground in the doc comment: a plan
//!    that gets the finding and one that does not. `tests/test_controle_pins.rs` then shows
//!    what the new rule finds in every plan of the repository: review and accept that diff.
//!
//! A finding at a path the document does not write (a missing key) stands at its nearest
//! parent that it does. A rule never panics on a document: every value it reads came from
//! outside.

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

mod analyse;
mod doorloop;
mod ivp;
mod ongeplaatst;
mod passages;
#[cfg(test)]
mod proef;
mod uitvoeringsplan;
mod vaststelling;
mod verzamelaar;
mod voortgang;

use crate::document::{
    Document, Ivp, Orgaan, Uitvoeringsplan, Veiligheidsanalyse, Voortgangsrapportage,
};
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
#[doc(alias = "validate", alias = "lint")]
#[must_use]
pub fn controleer_ivp(ivp: &Ivp) -> Rapport {
    Verzamelaar::doe(ivp, ivp::controleer)
}

/// Checks an IVP together with the veiligheidsanalyse it rests on: every rule for IVPs, with
/// the analysis's year where the plan names none (IVP-040), plus that each priority comes from
/// what the analysis proposes (IVP-041).
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_ivp_bij_analyse;
/// use kernbeleid::document::{Ivp, Veiligheidsanalyse};
///
/// let plan = Ivp::uit_toml(r#"
///     gemeenten = ["Utrecht"]
///     periode = { van = "2027-01-01", tot = "2030-12-31" }
///     prioriteiten = [{ naam = "Brandveiligheid", themas = ["3.1"] }]
/// "#)?;
/// let analyse = Veiligheidsanalyse::uit_toml(r#"
///     gemeenten = ["Utrecht"]
///     jaar = 2026
///     themas = []
///     voorstel_prioriteiten = [{ veld = 5, themas = ["5.2"] }]
/// "#)?;
/// let rapport = controleer_ivp_bij_analyse(&plan, &analyse);
/// assert_eq!(rapport.met_code("IVP-041").count(), 1); // 3.1 was not proposed
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
#[doc(alias = "validate", alias = "lint")]
#[must_use]
pub fn controleer_ivp_bij_analyse(ivp: &Ivp, analyse: &Veiligheidsanalyse) -> Rapport {
    Verzamelaar::doe(ivp, |ivp, v| {
        ivp::controleer(ivp, v);
        ivp::bij_analyse::controleer(ivp, analyse, v);
    })
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
#[doc(alias = "validate", alias = "lint")]
#[must_use]
pub fn controleer_uitvoeringsplan(up: &Uitvoeringsplan) -> Rapport {
    Verzamelaar::doe(up, uitvoeringsplan::controleer)
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
#[doc(alias = "validate", alias = "lint")]
#[must_use]
pub fn controleer_uitvoeringsplan_bij(up: &Uitvoeringsplan, ivp: &Ivp) -> Rapport {
    Verzamelaar::doe(up, |up, v| {
        uitvoeringsplan::controleer(up, v);
        uitvoeringsplan::bij_ivp::up_008(up, ivp, v);
    })
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
#[doc(alias = "validate", alias = "lint")]
#[must_use]
pub fn controleer_analyse(analyse: &Veiligheidsanalyse) -> Rapport {
    Verzamelaar::doe(analyse, analyse::controleer)
}

/// Checks a voortgangsrapportage, beside the IVP and the uitvoeringsplan it reports on where
/// they are given: a target whose year has passed and is not reached (`VG-001`, needs the IVP),
/// a measure past its planning and not afgerond (`VG-002`, needs the uitvoeringsplan), an
/// indicator without any measurement (`VG-003`).
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_voortgang;
/// use kernbeleid::document::Voortgangsrapportage;
///
/// let r = Voortgangsrapportage::uit_toml(
///     "gemeenten = [\"Utrecht\"]\npeildatum = 2025-06-30\n[[indicatoren]]\nnaam = \"Woninginbraken\"\n",
/// )?;
/// let rapport = controleer_voortgang(&r, None, None);
/// assert_eq!(rapport.met_code("VG-003").count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn controleer_voortgang(
    rapport: &Voortgangsrapportage,
    ivp: Option<&Ivp>,
    uitvoeringsplan: Option<&Uitvoeringsplan>,
) -> Rapport {
    let mut v = Verzamelaar::default();
    voortgang::controleer(rapport, ivp, uitvoeringsplan, &mut v);
    v.rapport(rapport)
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
#[doc(alias = "validate", alias = "lint")]
#[must_use]
pub fn controleer(document: &Document) -> Rapport {
    match document {
        Document::Ivp(ivp) => controleer_ivp(ivp),
        Document::Uitvoeringsplan(up) => controleer_uitvoeringsplan(up),
        Document::Analyse(a) => controleer_analyse(a),
        Document::Voortgang(r) => controleer_voortgang(r, None, None),
    }
}

/// The organ with its article, as a sentence names it: "de raad", "het college".
pub(crate) fn met_lidwoord(orgaan: Orgaan) -> &'static str {
    match orgaan {
        Orgaan::Raad => "de raad",
        Orgaan::College => "het college",
        Orgaan::Burgemeester => "de burgemeester",
        Orgaan::Driehoek => "de driehoek",
    }
}
