//! The five veiligheidsvelden.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::gegevens::VELDEN;
use super::naam;
use super::{Aspect, Thema};
use crate::Bron;

/// One of the five veiligheidsvelden ("Definitie Integrale Veiligheid", p. 5).
///
/// Serialises as its number, 1 to 5; parses from the number or the name.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::{Thema, Veld};
///
/// let veld: Veld = "jeugd en veiligheid".parse()?;
/// assert_eq!(veld.nummer(), 3);
/// assert_eq!(veld.themas().len(), 4);
/// assert_eq!(veld.themas()[0], Thema::Jeugdoverlast);
/// # Ok::<(), kernbeleid::catalogus::OnbekendVeld>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Veld {
    /// 1 Veilige woon- en leefomgeving
    VeiligeWoonEnLeefomgeving,
    /// 2 Bedrijvigheid en veiligheid
    BedrijvigheidEnVeiligheid,
    /// 3 Jeugd en veiligheid
    JeugdEnVeiligheid,
    /// 4 Fysieke veiligheid
    FysiekeVeiligheid,
    /// 5 Integriteit en veiligheid
    IntegriteitEnVeiligheid,
}

/// What the handbook says about one veld.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct VeldGegevens {
    /// The veld this record describes.
    #[serde(skip)]
    pub veld: Veld,
    /// 1 to 5.
    pub nummer: u8,
    /// The name as in the headings of the theme tables.
    pub naam: &'static str,
    /// The essence paragraph from "Definitie Integrale Veiligheid".
    pub essentie: &'static str,
    /// The veld's themes in code order.
    pub themas: &'static [Thema],
    /// The aanpak-aspecten (only veld 1 has them).
    pub aspecten: &'static [Aspect],
    /// Where the handbook gives the essence.
    pub bron: Bron,
}

/// The input did not name one of the five velden.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("onbekend veiligheidsveld \"{invoer}\": verwacht een nummer van 1 tot en met 5 of een van de namen {}", Veld::opsomming())]
pub struct OnbekendVeld {
    /// The input as given.
    pub invoer: String,
}

impl Veld {
    /// The five velden in order.
    pub const ALL: [Veld; 5] = [
        Veld::VeiligeWoonEnLeefomgeving,
        Veld::BedrijvigheidEnVeiligheid,
        Veld::JeugdEnVeiligheid,
        Veld::FysiekeVeiligheid,
        Veld::IntegriteitEnVeiligheid,
    ];

    /// Everything the handbook says about this veld.
    pub const fn gegevens(self) -> &'static VeldGegevens {
        &VELDEN[self as usize]
    }

    /// 1 to 5.
    pub const fn nummer(self) -> u8 {
        self as u8 + 1
    }

    /// The veld with number `nummer` (1 to 5).
    pub const fn uit_nummer(nummer: u8) -> Option<Veld> {
        match nummer {
            1..=5 => Some(Self::ALL[(nummer - 1) as usize]),
            _ => None,
        }
    }

    /// The name, for example "Jeugd en veiligheid".
    pub const fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The veld's themes in code order.
    pub const fn themas(self) -> &'static [Thema] {
        self.gegevens().themas
    }

    /// The aanpak-aspecten: the six of veld 1, none for the others.
    pub const fn aspecten(self) -> &'static [Aspect] {
        self.gegevens().aspecten
    }

    fn opsomming() -> String {
        let namen: Vec<String> = Self::ALL
            .iter()
            .map(|v| format!("\"{}\"", v.naam()))
            .collect();
        namen.join(", ")
    }
}

impl fmt::Display for Veld {
    /// Writes the name; `{:#}` writes "nummer naam".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.nummer(), self.naam())
        } else {
            f.write_str(self.naam())
        }
    }
}

impl FromStr for Veld {
    type Err = OnbekendVeld;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invoer = s.trim();
        let uit_nummer = invoer.parse::<u8>().ok().and_then(Veld::uit_nummer);
        uit_nummer
            .or_else(|| {
                Veld::ALL
                    .into_iter()
                    .find(|v| naam::gelijk(v.naam(), invoer) || v.heeft_als_naam(invoer))
            })
            .ok_or_else(|| OnbekendVeld {
                invoer: s.to_owned(),
            })
    }
}

impl Veld {
    /// "Veiligheidsveld 3", "veld 3" and "3 Jeugd en veiligheid" name a veld too (only on the
    /// parse path, so the allocation does not matter).
    fn heeft_als_naam(self, invoer: &str) -> bool {
        let n = naam::normaliseer(invoer);
        let nummer = self.nummer().to_string();
        n == format!("veiligheidsveld {nummer}")
            || n == format!("veld {nummer}")
            || n == naam::normaliseer(&format!("{nummer} {}", self.naam()))
    }
}

impl Serialize for Veld {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.nummer())
    }
}

impl<'de> Deserialize<'de> for Veld {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl serde::de::Visitor<'_> for Bezoeker {
            type Value = Veld;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een veiligheidsveld: nummer 1 tot en met 5 of naam")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Veld, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Veld::uit_nummer)
                    .ok_or_else(|| {
                        E::custom(OnbekendVeld {
                            invoer: v.to_string(),
                        })
                    })
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Veld, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Veld::uit_nummer)
                    .ok_or_else(|| {
                        E::custom(OnbekendVeld {
                            invoer: v.to_string(),
                        })
                    })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Veld, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Bezoeker)
    }
}
