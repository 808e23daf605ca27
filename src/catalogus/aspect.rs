//! The six aanpak-aspecten of veld 1.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::gegevens::ASPECTEN;
use super::naam;
use super::{Aanpak, Indeling, Onderdeel};
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("onbekend aanpak-aspect \"{invoer}\": verwacht een code van 1.1 tot en met 1.6 of de naam van een aspect, zoals \"Toezicht en handhaving\"")]
pub struct OnbekendAspect {
    /// The input as given.
    pub invoer: String,
}

impl Aspect {
    /// The six aspects in order.
    pub const ALL: [Aspect; 6] = [
        Aspect::Infrastructuur,
        Aspect::InvesterenInFysiekeKwaliteit,
        Aspect::InvesterenInSocialeKwaliteit,
        Aspect::BetrekkenBewoners,
        Aspect::ToezichtEnHandhaving,
        Aspect::SpecifiekeCriminaliteitsfenomenen,
    ];

    /// Everything the handbook says about this aspect.
    pub const fn gegevens(self) -> &'static AspectGegevens {
        &ASPECTEN[self as usize]
    }

    /// "1.1" to "1.6".
    pub const fn code(self) -> &'static str {
        self.gegevens().code
    }

    /// The name, for example "Toezicht en handhaving".
    pub const fn naam(self) -> &'static str {
        self.gegevens().naam
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

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invoer = s.trim();
        let zonder_woord = invoer
            .strip_prefix("aspect ")
            .or_else(|| invoer.strip_prefix("Aspect "))
            .unwrap_or(invoer)
            .trim();
        // Also "1.5 Toezicht en handhaving", as `{:#}` writes it.
        let code_en_naam = |a: Aspect| {
            zonder_woord
                .split_once(' ')
                .is_some_and(|(code, naam_deel)| {
                    code == a.code() && naam::gelijk(a.naam(), naam_deel)
                })
        };
        Aspect::ALL
            .into_iter()
            .find(|a| {
                a.code() == zonder_woord || naam::gelijk(a.naam(), invoer) || code_en_naam(*a)
            })
            .ok_or_else(|| OnbekendAspect {
                invoer: s.to_owned(),
            })
    }
}

impl Serialize for Aspect {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Aspect {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl serde::de::Visitor<'_> for Bezoeker {
            type Value = Aspect;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een aanpak-aspect: code (\"1.5\") of naam")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Aspect, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Bezoeker)
    }
}
