//! The findings of one controle, with counts.

use core::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::{Diagnose, Ernst};

/// All findings for one document, most serious first, then in document order.
///
/// Serialises as `{"diagnoses": [...], "fouten": N, "waarschuwingen": N, "hints": N}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rapport {
    diagnoses: Vec<Diagnose>,
}

impl Rapport {
    /// A report of these findings: fout first, then waarschuwing, then hint, each in the order
    /// they were found.
    pub fn new(mut diagnoses: Vec<Diagnose>) -> Self {
        // A stable sort keeps the order of the walk through the document within a severity.
        diagnoses.sort_by_key(|d| core::cmp::Reverse(d.ernst));
        Rapport { diagnoses }
    }

    /// The findings.
    pub fn diagnoses(&self) -> &[Diagnose] {
        &self.diagnoses
    }

    /// How many findings have this severity.
    pub fn aantal(&self, ernst: Ernst) -> usize {
        self.diagnoses.iter().filter(|d| d.ernst == ernst).count()
    }

    /// Number of errors.
    pub fn fouten(&self) -> usize {
        self.aantal(Ernst::Fout)
    }

    /// Number of warnings.
    pub fn waarschuwingen(&self) -> usize {
        self.aantal(Ernst::Waarschuwing)
    }

    /// Number of hints.
    pub fn hints(&self) -> usize {
        self.aantal(Ernst::Hint)
    }

    /// Whether the document has no error (warnings and hints allowed).
    pub fn is_geldig(&self) -> bool {
        self.fouten() == 0
    }

    /// The findings of one rule.
    pub fn met_code<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Diagnose> + 'a {
        self.diagnoses.iter().filter(move |d| d.code == code)
    }
}

impl Serialize for Rapport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Rapport", 4)?;
        s.serialize_field("diagnoses", &self.diagnoses)?;
        s.serialize_field("fouten", &self.fouten())?;
        s.serialize_field("waarschuwingen", &self.waarschuwingen())?;
        s.serialize_field("hints", &self.hints())?;
        s.end()
    }
}

impl fmt::Display for Rapport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnoses {
            writeln!(f, "{d}")?;
        }
        let meervoud =
            |n: usize, een: &str, meer: &str| format!("{n} {}", if n == 1 { een } else { meer });
        write!(
            f,
            "{}, {}, {}",
            meervoud(self.fouten(), "fout", "fouten"),
            meervoud(self.waarschuwingen(), "waarschuwing", "waarschuwingen"),
            meervoud(self.hints(), "hint", "hints"),
        )
    }
}
