//! The parts ("onderdelen") the handbook works out for every theme, a to j.

use serde::{Deserialize, Serialize};
use strum::{Display, EnumCount, FromRepr, IntoStaticStr, VariantArray};

/// One of the ten parts the handbook works out per theme (hoofdstuk 2, "Per thema worden
/// behandeld", a to j).
///
/// For veld 1 the handbook gives a, f, g and i per theme and b to e, h and j per
/// [`Aspect`](crate::catalogus::Aspect) of the aanpak instead; see [`Onderdeel::per_aspect`].
///
/// [`Display`](core::fmt::Display) writes the row label as printed in the theme tables
/// ([`Onderdeel::label`]); serde writes the snake_case key.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumCount,
    VariantArray,
    FromRepr,
    IntoStaticStr,
    Display,
)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
#[doc(alias = "part")]
pub enum Onderdeel {
    /// a. uitleg thema (hoe manifesteert het zich in de praktijk?)
    #[strum(to_string = "uitleg")]
    Uitleg,
    /// b. de rol van de gemeente
    #[strum(to_string = "rol gemeente")]
    RolGemeente,
    /// c. interne en externe partners in de aanpak
    #[strum(to_string = "partners in de aanpak")]
    Partners,
    /// d. wet- en regelgeving
    #[strum(to_string = "wet- en regelgeving")]
    WetEnRegelgeving,
    /// e. mogelijke aanpak (maatregelen, instrumenten)
    #[strum(to_string = "aanpak, maatregelen")]
    Aanpak,
    /// f. bronnen voor (veiligheids)effectinformatie
    #[strum(to_string = "effectinformatie")]
    Effectinformatie,
    /// g. mogelijke (veiligheids)effectindicatoren voor in het IVP
    #[strum(to_string = "effectindicatoren")]
    Effectindicatoren,
    /// h. (landelijk) beschikbare instrumenten, formats, websites, achtergrondinfo, e.d.
    #[strum(to_string = "beschikbare instrumenten, formats, websites, achtergrondinfo, e.d.")]
    Instrumenten,
    /// i. veiligheidsthema's waarmee dwarsverbanden/verbindingen (kunnen) zijn
    #[strum(to_string = "raakvlakken/verbindingen met andere veiligheidsthema's")]
    Raakvlakken,
    /// j. belangrijke ontwikkelingen
    #[strum(to_string = "belangrijke ontwikkelingen")]
    Ontwikkelingen,
}

impl Onderdeel {
    /// The letter the handbook gives this part ('a' to 'j').
    #[must_use]
    pub const fn letter(self) -> char {
        (b'a' + self as u8) as char
    }

    /// The row label as printed in the theme tables, as [`Display`](core::fmt::Display)
    /// writes it.
    #[must_use]
    pub fn label(self) -> &'static str {
        self.into()
    }

    /// Whether, for veld 1, the handbook works this part out per aanpak-aspect rather than per
    /// theme (b to e, h and j).
    #[must_use]
    pub const fn per_aspect(self) -> bool {
        matches!(
            self,
            Onderdeel::RolGemeente
                | Onderdeel::Partners
                | Onderdeel::WetEnRegelgeving
                | Onderdeel::Aanpak
                | Onderdeel::Instrumenten
                | Onderdeel::Ontwikkelingen
        )
    }
}
