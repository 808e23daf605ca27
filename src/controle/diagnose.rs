//! A finding of the controle: plain serialisable data, rendered elsewhere.

use core::fmt;
use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::Regel;
use crate::Bronvermelding;

/// How serious a finding is, ordered `Hint < Waarschuwing < Fout`.
///
/// Serialises as `"hint"`, `"waarschuwing"` or `"fout"`; reading anything else is an error of
/// the deserializer (for JSON, serde_json's own message, in English).
#[doc(alias = "severity")]
#[doc(alias = "level")]
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
///
/// The crate's own rules make their findings with a borrowed `code` and [`Bronvermelding`]
/// (only `pad` and `bericht` allocate); a finding read back from JSON owns them, and so may a
/// finding that another tool makes with [`Diagnose::new`]. Both compare equal when their
/// contents are.
///
/// Marked `#[non_exhaustive]`: a finding may gain fields (a suggested fix, say) without breaking
/// the tools that read it. Build one with [`Diagnose::new`] and the `with_*` setters; a field
/// added later gets a setter of its own and a default, so that code keeps compiling.
///
/// Serialises as `{"code", "ernst", "pad", "bericht", "bron"}` (the shape of
/// `kbv controleer --json`) and reads that shape back; an unknown key is an error.
///
/// # Example
///
/// A tool adds a finding of its own to the crate's report:
///
/// ```
/// use kernbeleid::controle::{controleer_ivp, Diagnose, Ernst};
/// use kernbeleid::document::Ivp;
/// use kernbeleid::Bron;
///
/// let ivp = Ivp::uit_toml(r#"
///     gemeenten = ["Utrecht"]
///     periode = { van = "2027-01-01", tot = "2030-12-31" }
/// "#)?;
/// let mut rapport = controleer_ivp(&ivp);
/// let eigen = Diagnose::new(
///     "UTRECHT-001",
///     Ernst::Waarschuwing,
///     "de wijkindeling ontbreekt",
///     Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6)),
/// )
/// .with_pad("/uitgangssituatie");
/// rapport.insert(eigen.clone());
/// assert_eq!(rapport.met_code("UTRECHT-001").next(), Some(&eigen));
/// assert_eq!(
///     eigen.to_string(),
///     "waarschuwing [UTRECHT-001] /uitgangssituatie: de wijkindeling ontbreekt\n    \
///      bron: Kernbeleid Veiligheid 2021, Stappenplan, Stap 2: Veiligheidsanalyse (p. 6)"
/// );
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
#[doc(alias = "diagnostic")]
#[doc(alias = "finding")]
#[doc(alias = "lint")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Diagnose {
    /// The rule's stable code, for example `"IVP-004"`; a tool's own findings use codes of
    /// their own.
    pub code: Cow<'static, str>,
    /// How serious.
    pub ernst: Ernst,
    /// Where: a JSON Pointer into the document.
    pub pad: String,
    /// What, in Dutch.
    pub bericht: String,
    /// The handbook passage the rule enforces.
    pub bron: Bronvermelding,
}

impl Diagnose {
    /// A finding of rule `code` with this severity, message and ground, about the document as a
    /// whole (`pad` is `""`; set it with [`Diagnose::with_pad`]).
    ///
    /// `code` may be a `&'static str` (borrowed, no allocation) or a `String`; `bron` a
    /// [`Bron`](crate::Bron) or a [`Bronvermelding`].
    #[must_use]
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        ernst: Ernst,
        bericht: impl Into<String>,
        bron: impl Into<Bronvermelding>,
    ) -> Self {
        Diagnose {
            code: code.into(),
            ernst,
            pad: String::new(),
            bericht: bericht.into(),
            bron: bron.into(),
        }
    }

    /// The same finding at `pad`, a JSON Pointer into the document such as
    /// `/prioriteiten/0/effectindicatoren`.
    #[must_use]
    pub fn with_pad(mut self, pad: impl Into<String>) -> Self {
        self.pad = pad.into();
        self
    }

    /// The same finding with another severity.
    #[must_use]
    pub fn with_ernst(mut self, ernst: Ernst) -> Self {
        self.ernst = ernst;
        self
    }

    /// The same finding citing another passage.
    #[must_use]
    pub fn with_bron(mut self, bron: impl Into<Bronvermelding>) -> Self {
        self.bron = bron.into();
        self
    }

    /// The crate's rule this finding belongs to, by its code; `None` for a tool's own code.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::controle::{Diagnose, Ernst};
    /// use kernbeleid::Bron;
    ///
    /// let bron = Bron::new("Stappenplan, Stap 3: Prioritering", Some(6));
    /// let d = Diagnose::new("IVP-003", Ernst::Waarschuwing, "vijf prioriteiten", bron);
    /// assert_eq!(d.regel().map(|r| r.ernst), Some(Ernst::Waarschuwing));
    /// assert!(Diagnose::new("EIGEN-1", Ernst::Hint, "", bron).regel().is_none());
    /// ```
    #[must_use]
    pub fn regel(&self) -> Option<&'static Regel> {
        Regel::met_code(&self.code)
    }
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
