//! The findings of one controle, with counts.

use core::fmt;

use serde::de::Error as _;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Diagnose, Ernst};

/// All findings for one document, most serious first, then in document order.
///
/// Serialises as `{"diagnoses": [...], "fouten": N, "waarschuwingen": N, "hints": N}`, the
/// output of `kbv controleer --json`, and reads that shape back: serialising and reading again
/// gives an equal `Rapport`.
///
/// # Reading
///
/// The counts are derived from the findings, so reading checks them instead of recomputing
/// them: a count that does not match, or findings that are not ordered fout, waarschuwing, hint,
/// make reading fail with a Dutch message. An unknown or missing key, or a value of the wrong
/// type, fails with the deserializer's own message (for JSON, serde_json's, in English, with line
/// and column).
///
/// # Example
///
/// Reading back the JSON of `kbv controleer --json`:
///
/// ```
/// use kernbeleid::controle::{controleer_ivp, Rapport};
/// use kernbeleid::document::Ivp;
///
/// let ivp = Ivp::uit_toml(r#"
///     gemeenten = ["Utrecht"]
///     periode = { van = "2027-01-01", tot = "2032-12-31" }
/// "#)?;
/// let rapport = controleer_ivp(&ivp);
/// let json = serde_json::to_string_pretty(&rapport)?;
/// let terug: Rapport = serde_json::from_str(&json)?;
/// assert_eq!(terug, rapport);
///
/// let fout = serde_json::from_str::<Rapport>(r#"{"diagnoses": [], "fouten": 1, "waarschuwingen": 0, "hints": 0}"#)
///     .unwrap_err();
/// assert!(fout.to_string().starts_with("de telling klopt niet met de diagnoses: fouten is 1"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "report")]
#[doc(alias = "validation")]
#[doc(alias = "lint")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rapport {
    diagnoses: Vec<Diagnose>,
}

impl Rapport {
    /// A report of these findings: fout first, then waarschuwing, then hint, each in the order
    /// they were found.
    #[must_use]
    pub fn new(mut diagnoses: Vec<Diagnose>) -> Self {
        // A stable sort keeps the order of the walk through the document within a severity.
        diagnoses.sort_by_key(|d| core::cmp::Reverse(d.ernst));
        Rapport { diagnoses }
    }

    /// Adds a finding at its place: after every finding of the same or a higher severity.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::controle::{Diagnose, Ernst, Rapport};
    /// use kernbeleid::Bron;
    ///
    /// let bron = Bron::new("Uitgangspunten", Some(5));
    /// let mut rapport = Rapport::new(vec![Diagnose::new("EIGEN-2", Ernst::Hint, "later", bron)]);
    /// rapport.insert(Diagnose::new("EIGEN-1", Ernst::Fout, "eerst", bron));
    /// let codes: Vec<&str> = rapport.diagnoses().iter().map(|d| &*d.code).collect();
    /// assert_eq!(codes, ["EIGEN-1", "EIGEN-2"]);
    /// ```
    pub fn insert(&mut self, diagnose: Diagnose) {
        let plaats = self
            .diagnoses
            .partition_point(|d| d.ernst >= diagnose.ernst);
        self.diagnoses.insert(plaats, diagnose);
    }

    /// The findings.
    #[must_use]
    pub fn diagnoses(&self) -> &[Diagnose] {
        &self.diagnoses
    }

    /// The findings, owned.
    #[must_use]
    pub fn into_diagnoses(self) -> Vec<Diagnose> {
        self.diagnoses
    }

    /// How many findings have this severity.
    #[must_use]
    pub fn aantal(&self, ernst: Ernst) -> usize {
        self.diagnoses.iter().filter(|d| d.ernst == ernst).count()
    }

    /// Number of errors.
    #[must_use]
    pub fn fouten(&self) -> usize {
        self.aantal(Ernst::Fout)
    }

    /// Number of warnings.
    #[must_use]
    pub fn waarschuwingen(&self) -> usize {
        self.aantal(Ernst::Waarschuwing)
    }

    /// Number of hints.
    #[must_use]
    pub fn hints(&self) -> usize {
        self.aantal(Ernst::Hint)
    }

    /// Whether the document has no error (warnings and hints allowed).
    #[must_use]
    pub fn is_geldig(&self) -> bool {
        self.fouten() == 0
    }

    /// The findings of one rule.
    pub fn met_code<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Diagnose> + 'a {
        self.diagnoses.iter().filter(move |d| d.code == code)
    }
}

impl Extend<Diagnose> for Rapport {
    /// Adds the findings, each at its place as [`Rapport::insert`] puts it.
    fn extend<I: IntoIterator<Item = Diagnose>>(&mut self, diagnoses: I) {
        self.diagnoses.extend(diagnoses);
        self.diagnoses.sort_by_key(|d| core::cmp::Reverse(d.ernst));
    }
}

impl FromIterator<Diagnose> for Rapport {
    fn from_iter<I: IntoIterator<Item = Diagnose>>(diagnoses: I) -> Self {
        Rapport::new(diagnoses.into_iter().collect())
    }
}

impl IntoIterator for Rapport {
    type Item = Diagnose;
    type IntoIter = std::vec::IntoIter<Diagnose>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnoses.into_iter()
    }
}

impl<'a> IntoIterator for &'a Rapport {
    type Item = &'a Diagnose;
    type IntoIter = core::slice::Iter<'a, Diagnose>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnoses.iter()
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

/// The serialised shape, as read: the counts as written, to be checked against the findings.
///
/// Other keys beside these four are passed over: a tool may write more around the report (`kbv
/// controleer --json` adds `bevindingen`, what it noticed reading a Word file), and a published
/// shape only ever gains keys. The findings themselves are read strictly.
#[derive(Deserialize)]
#[serde(rename = "Rapport")]
struct GelezenRapport {
    diagnoses: Vec<Diagnose>,
    fouten: usize,
    waarschuwingen: usize,
    hints: usize,
}

impl GelezenRapport {
    /// The report, if the findings are in order and the counts match them; otherwise what is
    /// wrong, in Dutch.
    fn controleer(self) -> Result<Rapport, String> {
        let verkeerd = self
            .diagnoses
            .windows(2)
            .enumerate()
            .find_map(|(i, paar)| match paar {
                [voor, na] if voor.ernst < na.ernst => Some((i, voor.ernst, na.ernst)),
                _ => None,
            });
        if let Some((i, voor, na)) = verkeerd {
            return Err(format!(
                "de diagnoses staan niet op ernst: /diagnoses/{} ({na}) staat na /diagnoses/{i} \
                 ({voor}); een rapport noemt eerst de fouten, dan de waarschuwingen, dan de hints",
                i + 1,
            ));
        }
        let rapport = Rapport {
            diagnoses: self.diagnoses,
        };
        let verschillen: Vec<String> = [
            ("fouten", self.fouten, Ernst::Fout),
            ("waarschuwingen", self.waarschuwingen, Ernst::Waarschuwing),
            ("hints", self.hints, Ernst::Hint),
        ]
        .into_iter()
        .filter_map(|(sleutel, gelezen, ernst)| {
            let geteld = rapport.aantal(ernst);
            (gelezen != geteld).then(|| {
                format!(
                    "{sleutel} is {gelezen}, maar er staan {geteld} diagnoses met ernst {ernst}"
                )
            })
        })
        .collect();
        if verschillen.is_empty() {
            Ok(rapport)
        } else {
            Err(format!(
                "de telling klopt niet met de diagnoses: {}",
                verschillen.join("; ")
            ))
        }
    }
}

impl<'de> Deserialize<'de> for Rapport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        GelezenRapport::deserialize(deserializer)?
            .controleer()
            .map_err(D::Error::custom)
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
