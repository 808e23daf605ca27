//! What a rule is ([`Regel`], [`Grond`], [`Toepassing`]) and the registry [`REGELS`], derived
//! from the declarations that stand beside their checks (see the module docs of
//! [`controle`](super), "How to add a rule").
//!
//! Codes are never reused: a rule that is dropped keeps its code retired in [`INGETROKKEN`].
//! The compiler checks the registry: a code listed twice, or one that is withdrawn, does not
//! build.

use core::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::Ernst;
use super::{analyse, ivp, ongeplaatst, uitvoeringsplan, verzamelaar, voortgang};
use crate::bron::GrondSoort;
use crate::methode::Kengetal;
use crate::{Bron, Bronvermelding};

/// The document a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Toepassing {
    /// Every document.
    Alle,
    /// The Integraal Veiligheidsplan.
    Ivp,
    /// The Uitvoeringsplan.
    Uitvoeringsplan,
    /// The Veiligheidsanalyse.
    Analyse,
    /// The Voortgangsrapportage, read beside its IVP and uitvoeringsplan.
    Voortgang,
}

impl fmt::Display for Toepassing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Toepassing::Alle => "alle documenten",
            Toepassing::Ivp => "IVP",
            Toepassing::Uitvoeringsplan => "uitvoeringsplan",
            Toepassing::Analyse => "veiligheidsanalyse",
            Toepassing::Voortgang => "voortgangsrapportage",
        })
    }
}

/// What a rule rests on: a passage of the handbook, or a plain common-sense statement.
///
/// The controle is a second reader who knows the handbook: a rule that goes beyond the
/// handbook's words says so here, in its own kind of ground, instead of borrowing a sentence
/// that does not carry it.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::{Grond, GrondSoort, Regel};
///
/// let regel = Regel::met_code("IVP-011").ok_or("onbekend")?;
/// assert_eq!(regel.grond.soort(), GrondSoort::GezondVerstand);
/// let Grond::GezondVerstand { stelling } = regel.grond else { return Err("gezond verstand") };
/// assert!(stelling.contains("begint"));
///
/// let regel = Regel::met_code("IVP-003").ok_or("onbekend")?;
/// assert!(matches!(regel.grond, Grond::Handreiking { citaat, .. } if citaat.contains("drie a vier")));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Grond {
    /// A passage of the handbook.
    Handreiking {
        /// The handbook's words, verbatim (checked in the tests).
        citaat: &'static str,
        /// Where the handbook says it.
        bron: Bron,
    },
    /// A plain common-sense statement, Dutch: the handbook does not say it, and need not.
    GezondVerstand {
        /// The statement, for example "Een periode eindigt niet voordat zij begint."
        stelling: &'static str,
    },
    /// A check item or tip of the CCV's checklist *Opstellen integraal veiligheidsplan*,
    /// which coordinators use beside the handbook. Advice, not the method: a rule resting on
    /// it is a hint or a waarschuwing, never a fout (the registry does not build otherwise).
    Ccv {
        /// The checklist's words, verbatim (checked in the tests).
        check: &'static str,
        /// The checklist's part, as numbered and named there: `"4. Veiligheidsanalyse"`.
        onderdeel: &'static str,
    },
}

impl Grond {
    /// The passage that states one of the handbook's numbers ([`Kengetal`]): the rules that
    /// count against it rest on it.
    pub(crate) const fn kengetal(k: &Kengetal) -> Grond {
        Grond::Handreiking {
            citaat: k.citaat,
            bron: k.bron,
        }
    }

    /// The kind of ground.
    #[must_use]
    pub const fn soort(&self) -> GrondSoort {
        match self {
            Grond::Handreiking { .. } => GrondSoort::Handreiking,
            Grond::GezondVerstand { .. } => GrondSoort::GezondVerstand,
            Grond::Ccv { .. } => GrondSoort::Ccv,
        }
    }

    /// The handbook's words, the common-sense statement, or the CCV's check item.
    #[must_use]
    pub const fn tekst(&self) -> &'static str {
        match self {
            Grond::Handreiking { citaat, .. } => citaat,
            Grond::GezondVerstand { stelling } => stelling,
            Grond::Ccv { check, .. } => check,
        }
    }

    /// The reference a finding of the rule carries: the passage's section,
    /// [`Bronvermelding::gezond_verstand`], or [`Bronvermelding::ccv`] with the checklist's part.
    #[must_use]
    pub const fn bronvermelding(&self) -> Bronvermelding {
        match self {
            Grond::Handreiking { bron, .. } => Bronvermelding::van(*bron),
            Grond::GezondVerstand { .. } => Bronvermelding::gezond_verstand(),
            Grond::Ccv { onderdeel, .. } => Bronvermelding::ccv(onderdeel),
        }
    }
}

/// One rule of the method, as listed by `kbv regels`.
///
/// Serialises (`kbv regels --json`) as an object with the keys `code`, `ernst`, `document`,
/// `titel`, `uitleg`, `oplossing`, `citaat`, `bron` and `grond`:
///
/// - for a rule grounded in the handbook, `citaat` is the passage verbatim, `bron` its section
///   (`{"sectie", "pagina"}`) and `grond` is `"handreiking"`;
/// - for a rule of common sense, `citaat` holds the common-sense statement (not a quote),
///   `bron` is `{"sectie": "gezond verstand", "grond": "gezond_verstand"}` (no section of the
///   handbook) and `grond` is `"gezond_verstand"`;
/// - for a rule on a check item of the CCV's checklist, `citaat` is the item verbatim, `bron`
///   is `{"sectie": "<the checklist's part>", "grond": "ccv"}` and `grond` is `"ccv"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Regel {
    /// Stable code, never reused.
    pub code: &'static str,
    /// The severity of its findings.
    pub ernst: Ernst,
    /// The document it checks.
    pub document: Toepassing,
    /// Short title, Dutch.
    pub titel: &'static str,
    /// What it checks and why, Dutch.
    pub uitleg: &'static str,
    /// How to resolve a finding, Dutch.
    pub oplossing: &'static str,
    /// What it rests on: a passage of the handbook or a common-sense statement.
    pub grond: Grond,
}

impl Serialize for Regel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Regel", 9)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("ernst", &self.ernst)?;
        s.serialize_field("document", &self.document)?;
        s.serialize_field("titel", self.titel)?;
        s.serialize_field("uitleg", self.uitleg)?;
        s.serialize_field("oplossing", self.oplossing)?;
        s.serialize_field("citaat", self.grond.tekst())?;
        s.serialize_field("bron", &self.grond.bronvermelding())?;
        s.serialize_field("grond", &self.grond.soort())?;
        s.end()
    }
}

impl Regel {
    /// The rule with this code.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::controle::{Ernst, Regel};
    ///
    /// let regel = Regel::met_code("IVP-003").ok_or("onbekend")?;
    /// assert_eq!(regel.ernst, Ernst::Waarschuwing);
    /// assert!(regel.grond.tekst().contains("drie a vier prioriteiten"));
    /// # Ok::<(), &str>(())
    /// ```
    pub fn met_code(code: &str) -> Option<&'static Regel> {
        REGELS.iter().find(|r| r.code == code)
    }
}

/// Byte-wise equality, in a `const fn`.
const fn gelijk(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Codes of rules that were withdrawn; they are never given to another rule.
pub const INGETROKKEN: &[&str] = &[];

/// Every rule, in code order: KBV, then IVP, UP, AN and VG, each by number. Each entry is the
/// declaration that stands beside its check, in the file of the part of the document it reads.
pub static REGELS: [Regel; 64] = [
    verzamelaar::KBV_001,
    ongeplaatst::KBV_002,
    ivp::hoofdstukken::IVP_001,
    ivp::prioriteiten::IVP_002,
    ivp::prioriteiten::IVP_003,
    ivp::themas::IVP_004,
    ivp::prioriteiten::IVP_005,
    ivp::indicatoren::IVP_006,
    ivp::indicatoren::IVP_007,
    ivp::indicatoren::IVP_008,
    ivp::indicatoren::IVP_009,
    ivp::indicatoren::IVP_010,
    ivp::plan::IVP_011,
    ivp::plan::IVP_012,
    ivp::themas::IVP_013,
    ivp::themas::IVP_014,
    ivp::hoofdstukken::IVP_015,
    ivp::prioriteiten::IVP_016,
    ivp::plan::IVP_017,
    ivp::plan::IVP_018,
    ivp::plan::IVP_019,
    ivp::prioriteiten::IVP_020,
    ivp::hoofdstukken::IVP_021,
    ivp::plan::IVP_022,
    ivp::indicatoren::IVP_023,
    ivp::indicatoren::IVP_024,
    ivp::themas::IVP_025,
    ivp::hoofdstukken::IVP_026,
    ivp::plan::IVP_027,
    ivp::plan::IVP_028,
    ivp::indicatoren::IVP_029,
    ivp::indicatoren::IVP_030,
    ivp::jaartallen::IVP_031,
    ivp::plan::IVP_032,
    ivp::gegevens::IVP_033,
    ivp::hoofdstukken::IVP_034,
    ivp::prioriteiten::IVP_035,
    ivp::prioriteiten::IVP_036,
    ivp::verbanden::IVP_037,
    ivp::verbanden::IVP_038,
    ivp::verbanden::IVP_039,
    ivp::bij_analyse::IVP_040,
    ivp::bij_analyse::IVP_041,
    ivp::gegevens::IVP_042,
    ivp::gegevens::IVP_043,
    ivp::doelen::IVP_044,
    ivp::rode_draden::IVP_045,
    uitvoeringsplan::plan::UP_001,
    uitvoeringsplan::maatregelen::UP_002,
    uitvoeringsplan::maatregelen::UP_003,
    uitvoeringsplan::maatregelen::UP_004,
    uitvoeringsplan::maatregelen::UP_005,
    uitvoeringsplan::plan::UP_006,
    uitvoeringsplan::maatregelen::UP_007,
    uitvoeringsplan::bij_ivp::UP_008,
    uitvoeringsplan::plan::UP_009,
    uitvoeringsplan::plan::UP_010,
    uitvoeringsplan::plan::UP_011,
    analyse::AN_001,
    analyse::AN_002,
    analyse::AN_003,
    voortgang::VG_001,
    voortgang::VG_002,
    voortgang::VG_003,
];

// The compiler checks the registry: every code once, none withdrawn, no fout on the CCV's advice.
const _: () = {
    let mut i = 0;
    while i < REGELS.len() {
        assert!(
            !(matches!(REGELS[i].grond, Grond::Ccv { .. })
                && matches!(REGELS[i].ernst, Ernst::Fout)),
            "een regel op de CCV-checklist is hoogstens een waarschuwing"
        );
        let mut j = 0;
        while j < INGETROKKEN.len() {
            assert!(
                !gelijk(REGELS[i].code.as_bytes(), INGETROKKEN[j].as_bytes()),
                "een ingetrokken code in REGELS"
            );
            j += 1;
        }
        let mut k = i + 1;
        while k < REGELS.len() {
            assert!(
                !gelijk(REGELS[i].code.as_bytes(), REGELS[k].code.as_bytes()),
                "een code staat twee keer in REGELS"
            );
            k += 1;
        }
        i += 1;
    }
};
