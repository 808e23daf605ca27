//! The six aanpak-aspecten of veld 1.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use strum::{EnumCount, FromRepr, VariantArray};

use super::gegevens::ASPECTEN;
use super::{Aanpak, Indeling, Onderdeel};
use crate::naam::{self, Benoembaar, Onbekend};
use crate::Bron;

/// One of the six fixed aspects of the aanpak of the four themes of veld 1 (hoofdstuk 2: "kent de
/// aanpak van de vier veiligheidsthema's binnen dit eerste veld ... zes vaste hoofdaspecten").
///
/// The handbook numbers them "aspect 1.1 aanpak" to "aspect 1.6 aanpak". Serialises as that
/// code; parses from the code (with or without "aspect") or the name.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Aspect;
///
/// let aspect: Aspect = "Toezicht en handhaving".parse()?;
/// assert_eq!(aspect.code(), "1.5");
/// assert!(!aspect.gegevens().aanpak.wet_en_regelgeving.is_empty());
/// # Ok::<(), kernbeleid::catalogus::OnbekendAspect>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumCount, VariantArray, FromRepr,
)]
#[repr(u8)]
#[doc(alias = "approach aspect")]
pub enum Aspect {
    /// 1.1 Infrastructuur
    Infrastructuur,
    /// 1.2 Investeren in fysieke kwaliteit
    InvesterenInFysiekeKwaliteit,
    /// 1.3 Investeren in sociale kwaliteit
    InvesterenInSocialeKwaliteit,
    /// 1.4 Betrekken bewoners bij veiligheid en leefbaarheid
    BetrekkenBewoners,
    /// 1.5 Toezicht en handhaving
    ToezichtEnHandhaving,
    /// 1.6 Aanpak van specifieke criminaliteitsfenomenen
    SpecifiekeCriminaliteitsfenomenen,
}

/// What the handbook says about one aanpak-aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct AspectGegevens {
    /// The aspect this record describes.
    #[serde(skip)]
    pub aspect: Aspect,
    /// "1.1" to "1.6".
    pub code: &'static str,
    /// The name as in the heading of its table.
    pub naam: &'static str,
    /// Uitleg aspect: paragraphs separated by a blank line.
    pub uitleg: &'static str,
    /// b to e, h and j.
    #[serde(flatten)]
    pub aanpak: Aanpak,
    /// Sub-headings inside the lists.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub indelingen: &'static [Indeling],
    /// Parts whose row the table does not have at all.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub ontbrekende_rijen: &'static [Onderdeel],
    /// Where the handbook says it.
    pub bron: Bron,
}

/// The input did not name one of the six aanpak-aspecten.
pub type OnbekendAspect = Onbekend<Aspect>;

impl Aspect {
    /// Everything the handbook says about this aspect.
    #[must_use]
    pub const fn gegevens(self) -> &'static AspectGegevens {
        &ASPECTEN[self as usize]
    }

    /// "1.1" to "1.6".
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.gegevens().code
    }

    /// The name, for example "Toezicht en handhaving".
    #[must_use]
    pub const fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The aspect `invoer` names, without allocating: the code ("1.5"), with or without
    /// "aspect" before it, the name, or the code followed by the name ("1.5 Toezicht en
    /// handhaving", as `{:#}` writes it).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Aspect;
    ///
    /// assert_eq!(Aspect::herken("aspect 1.2"), Some(Aspect::InvesterenInFysiekeKwaliteit));
    /// assert_eq!(Aspect::herken("1.7"), None);
    /// ```
    #[must_use]
    pub fn herken(invoer: &str) -> Option<Aspect> {
        if invoer.len() > naam::MAX_LENGTE {
            return None;
        }
        let invoer = invoer.trim();
        let zonder_woord = invoer
            .strip_prefix("aspect ")
            .or_else(|| invoer.strip_prefix("Aspect "))
            .unwrap_or(invoer)
            .trim();
        let code_en_naam = |a: Aspect| {
            zonder_woord
                .split_once(' ')
                .is_some_and(|(code, naam_deel)| {
                    code == a.code() && naam::gelijk(a.naam(), naam_deel)
                })
        };
        Aspect::VARIANTS.iter().copied().find(|&a| {
            a.code() == zonder_woord || naam::gelijk(a.naam(), invoer) || code_en_naam(a)
        })
    }
}

impl Benoembaar for Aspect {
    const ONBEKEND: &'static str = "onbekend aanpak-aspect";

    fn namen(self) -> impl Iterator<Item = &'static str> {
        core::iter::once(self.naam())
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "een code van 1.1 tot en met 1.6 of de naam van een aspect, zoals \"Toezicht en handhaving\"",
        )
    }

    fn herken(invoer: &str) -> Option<Aspect> {
        Aspect::herken(invoer)
    }

    /// The aspects among the best candidates of the recognition of local names
    /// ([`herkenning`](super::herkenning)): "betrekken bewoners" suggests 1.4.
    fn suggesties(invoer: &str) -> Vec<Aspect> {
        super::herkenning::suggesties(invoer, 3, |o| match o {
            super::herkenning::Onderwerp::Aspect(a) => Some(a),
            _ => None,
        })
    }

    /// "1.5 Toezicht en handhaving".
    fn schrijf_suggestie(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:#}")
    }
}

impl fmt::Display for Aspect {
    /// Writes the code; `{:#}` writes "code naam".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.code(), self.naam())
        } else {
            f.write_str(self.code())
        }
    }
}

impl FromStr for Aspect {
    type Err = OnbekendAspect;

    /// See [`Aspect::herken`]; allocates only for the error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Aspect::herken(s).ok_or_else(|| OnbekendAspect::new(s))
    }
}

impl Serialize for Aspect {
    /// The code, `"1.5"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Aspect {
    /// A string [`FromStr`] accepts.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        naam::lees_tekst(deserializer, "een aanpak-aspect: code (\"1.5\") of naam")
    }
}
