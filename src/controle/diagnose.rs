//! A finding of the controle: plain serialisable data, rendered elsewhere.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Bron;

/// How serious a finding is, ordered `Hint < Waarschuwing < Fout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ernst {
    /// A suggestion, or a placeholder still to be filled ("nog in te vullen").
    Hint,
    /// Something the method asks for is missing or doubtful.
    Waarschuwing,
    /// The document contradicts itself or the law; it is not valid.
    Fout,
}

impl fmt::Display for Ernst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ernst::Hint => "hint",
            Ernst::Waarschuwing => "waarschuwing",
            Ernst::Fout => "fout",
        })
    }
}

/// One finding: which rule, how serious, where in the document, what (in Dutch), and the
/// handbook passage the rule enforces.
///
/// `pad` is a JSON Pointer into the document, such as `/prioriteiten/2/effectindicatoren`
/// (`""` for the document as a whole).
/// Marked `#[non_exhaustive]`: a finding may gain fields (a suggested fix, say) without breaking
/// the tools that read it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Diagnose {
    /// The rule's stable code, for example `"IVP-004"`.
    pub code: &'static str,
    /// How serious.
    pub ernst: Ernst,
    /// Where: a JSON Pointer into the document.
    pub pad: String,
    /// What, in Dutch.
    pub bericht: String,
    /// The handbook passage the rule enforces.
    pub bron: Bron,
}

impl fmt::Display for Diagnose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pad = if self.pad.is_empty() { "/" } else { &self.pad };
        write!(
            f,
            "{} [{}] {}: {}\n    bron: {}",
            self.ernst, self.code, pad, self.bericht, self.bron
        )
    }
}
