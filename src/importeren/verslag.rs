//! The report of an import: per field what was found, where and how sure; what was not found;
//! what was left out as page furniture; how much text found no place.

use core::fmt;

use serde::Serialize;

/// How sure the import is of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Zekerheid {
    /// Nothing found.
    Geen,
    /// A guess: check it.
    Laag,
    /// Found by the words plans use, not by a name of the method.
    Middel,
    /// Found by a name of the method, or stated plainly in the plan.
    Hoog,
}

impl Zekerheid {
    /// The Dutch word: `geen`, `laag`, `middel`, `hoog`.
    #[must_use]
    pub fn als_str(self) -> &'static str {
        match self {
            Zekerheid::Geen => "geen",
            Zekerheid::Laag => "laag",
            Zekerheid::Middel => "middel",
            Zekerheid::Hoog => "hoog",
        }
    }
}

impl fmt::Display for Zekerheid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.als_str())
    }
}

/// One field found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vondst {
    /// Where in the draft: a JSON Pointer (`/prioriteiten/0/themas`).
    pub veld: String,
    /// What was found, briefly (empty where the field itself says it).
    pub waarde: String,
    /// The heading it was found under, as the plan writes it.
    pub gevonden_in: String,
    /// How sure.
    pub zekerheid: Zekerheid,
    /// How it was recognised, in Dutch.
    pub hoe: String,
}

/// What an import recognised, and what not: for the coordinator to check.
///
/// Serialises as `{"gevonden": [...], "niet_gevonden": [...], "weggelaten": [...],
/// "ongeplaatste_alineas": 12}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Verslag {
    /// Every field found, in the order of the draft.
    pub gevonden: Vec<Vondst>,
    /// Fields not found, each with what to do, in Dutch.
    pub niet_gevonden: Vec<NietGevonden>,
    /// Lines left out as page furniture (page numbers, running headers and footers), each
    /// distinct line once.
    pub weggelaten: Vec<String>,
    /// How many paragraphs stand in `ongeplaatst`.
    pub ongeplaatste_alineas: usize,
}

/// A field not found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NietGevonden {
    /// Where in the draft.
    pub veld: String,
    /// What was looked for and what to do.
    pub bericht: String,
}

impl Verslag {
    pub(crate) fn vond(
        &mut self,
        veld: String,
        waarde: String,
        gevonden_in: &str,
        zekerheid: Zekerheid,
        hoe: &str,
    ) {
        self.gevonden.push(Vondst {
            veld,
            waarde,
            gevonden_in: gevonden_in.to_owned(),
            zekerheid,
            hoe: hoe.to_owned(),
        });
    }

    pub(crate) fn niet(&mut self, veld: String, bericht: String) {
        self.niet_gevonden.push(NietGevonden { veld, bericht });
    }

    /// The finding for `veld`, if any.
    #[must_use]
    pub fn vondst(&self, veld: &str) -> Option<&Vondst> {
        self.gevonden.iter().find(|v| v.veld == veld)
    }
}

impl fmt::Display for Verslag {
    /// The report as a coordinator reads it, one field a line:
    /// `gemeenten: Vijfheerenlanden (zekerheid hoog; gevonden in 'titel': ...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Gevonden:")?;
        for v in &self.gevonden {
            let veld = v.veld.trim_start_matches('/');
            if v.waarde.is_empty() {
                write!(f, "  {veld}")?;
            } else {
                write!(f, "  {veld}: {}", v.waarde)?;
            }
            writeln!(
                f,
                " (zekerheid {}; gevonden in '{}': {})",
                v.zekerheid, v.gevonden_in, v.hoe
            )?;
        }
        if !self.niet_gevonden.is_empty() {
            writeln!(f, "Niet gevonden:")?;
            for n in &self.niet_gevonden {
                writeln!(f, "  {}: {}", n.veld.trim_start_matches('/'), n.bericht)?;
            }
        }
        if !self.weggelaten.is_empty() {
            writeln!(
                f,
                "Weggelaten als paginarand ({} verschillende regels): {}",
                self.weggelaten.len(),
                self.weggelaten
                    .iter()
                    .take(8)
                    .map(|w| format!("'{w}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
        write!(
            f,
            "Niet geplaatst: {} alinea's, onder hun kop in 'ongeplaatst'",
            self.ongeplaatste_alineas
        )
    }
}
