//! The five veiligheidsvelden.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use strum::{EnumCount, FromRepr, VariantArray};

use super::gegevens::VELDEN;
use super::{Aspect, Thema};
use crate::naam::{Benoembaar, Onbekend};
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumCount, VariantArray, FromRepr,
)]
#[repr(u8)]
#[doc(alias = "safety field")]
#[doc(alias = "veiligheidsveld")]
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
pub type OnbekendVeld = Onbekend<Veld>;

impl Veld {
    /// Everything the handbook says about this veld.
    #[must_use]
    pub const fn gegevens(self) -> &'static VeldGegevens {
        &VELDEN[self as usize]
    }

    /// 1 to 5.
    #[must_use]
    pub const fn nummer(self) -> u8 {
        self as u8 + 1
    }

    /// The veld with number `nummer` (1 to 5).
    #[must_use]
    pub const fn uit_nummer(nummer: u8) -> Option<Veld> {
        match nummer.checked_sub(1) {
            Some(index) => Veld::from_repr(index),
            None => None,
        }
    }

    /// The name, for example "Jeugd en veiligheid".
    #[must_use]
    pub const fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The veld's themes in code order.
    #[must_use]
    pub const fn themas(self) -> &'static [Thema] {
        self.gegevens().themas
    }

    /// The aanpak-aspecten: the six of veld 1, none for the others.
    #[must_use]
    pub const fn aspecten(self) -> &'static [Aspect] {
        self.gegevens().aspecten
    }

    /// The veld `invoer` names, without allocating: the number ("3"), the name, "veld 3",
    /// "Veiligheidsveld 3" or "3 Jeugd en veiligheid" (as `{:#}` writes it).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Veld;
    ///
    /// assert_eq!(Veld::herken("Veiligheidsveld 4"), Some(Veld::FysiekeVeiligheid));
    /// assert_eq!(Veld::herken("6"), None);
    /// ```
    #[must_use]
    pub fn herken(invoer: &str) -> Option<Veld> {
        <Veld as Benoembaar>::herken(invoer)
    }
}

impl Benoembaar for Veld {
    const ONBEKEND: &'static str = "onbekend veiligheidsveld";
    const VOORVOEGSELS: &'static [&'static str] = &["veiligheidsveld", "veld"];

    fn namen(self) -> impl Iterator<Item = &'static str> {
        core::iter::once(self.naam())
    }

    /// Lists the five names.
    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een nummer van 1 tot en met 5 of een van de namen ")?;
        for (i, veld) in Veld::VARIANTS.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "\"{}\"", veld.naam())?;
        }
        Ok(())
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

    /// See [`Veld::herken`]; allocates only for the error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Veld::herken(s).ok_or_else(|| OnbekendVeld::new(s))
    }
}

impl Serialize for Veld {
    /// The number, 1 to 5.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.nummer())
    }
}

impl<'de> Deserialize<'de> for Veld {
    /// The number 1 to 5, or a string [`FromStr`] accepts.
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
                    .ok_or_else(|| E::custom(OnbekendVeld::new(&v.to_string())))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Veld, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Veld::uit_nummer)
                    .ok_or_else(|| E::custom(OnbekendVeld::new(&v.to_string())))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Veld, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Bezoeker)
    }
}
