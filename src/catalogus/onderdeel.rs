//! The parts ("onderdelen") the handbook works out for every theme, a to j.

use core::fmt;

use serde::{Deserialize, Serialize};

/// One of the ten parts the handbook works out per theme (hoofdstuk 2, "Per thema worden
/// behandeld", a to j).
///
/// For veld 1 the handbook gives a, f, g and i per theme and b to e, h and j per
/// [`Aspect`](crate::catalogus::Aspect) of the aanpak instead; see [`Onderdeel::per_aspect`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Onderdeel {
    /// a. uitleg thema (hoe manifesteert het zich in de praktijk?)
    Uitleg,
    /// b. de rol van de gemeente
    RolGemeente,
    /// c. interne en externe partners in de aanpak
    Partners,
    /// d. wet- en regelgeving
    WetEnRegelgeving,
    /// e. mogelijke aanpak (maatregelen, instrumenten)
    Aanpak,
    /// f. bronnen voor (veiligheids)effectinformatie
    Effectinformatie,
    /// g. mogelijke (veiligheids)effectindicatoren voor in het IVP
    Effectindicatoren,
    /// h. (landelijk) beschikbare instrumenten, formats, websites, achtergrondinfo, e.d.
    Instrumenten,
    /// i. veiligheidsthema's waarmee dwarsverbanden/verbindingen (kunnen) zijn
    Raakvlakken,
    /// j. belangrijke ontwikkelingen
    Ontwikkelingen,
}

impl Onderdeel {
    /// All ten parts, in the handbook's order a to j.
    pub const ALL: [Onderdeel; 10] = [
        Onderdeel::Uitleg,
        Onderdeel::RolGemeente,
        Onderdeel::Partners,
        Onderdeel::WetEnRegelgeving,
        Onderdeel::Aanpak,
        Onderdeel::Effectinformatie,
        Onderdeel::Effectindicatoren,
        Onderdeel::Instrumenten,
        Onderdeel::Raakvlakken,
        Onderdeel::Ontwikkelingen,
    ];

    /// The letter the handbook gives this part ('a' to 'j').
    pub const fn letter(self) -> char {
        (b'a' + self as u8) as char
    }

    /// The row label as printed in the theme tables.
    pub const fn label(self) -> &'static str {
        match self {
            Onderdeel::Uitleg => "uitleg",
            Onderdeel::RolGemeente => "rol gemeente",
            Onderdeel::Partners => "partners in de aanpak",
            Onderdeel::WetEnRegelgeving => "wet- en regelgeving",
            Onderdeel::Aanpak => "aanpak, maatregelen",
            Onderdeel::Effectinformatie => "effectinformatie",
            Onderdeel::Effectindicatoren => "effectindicatoren",
            Onderdeel::Instrumenten => {
                "beschikbare instrumenten, formats, websites, achtergrondinfo, e.d."
            }
            Onderdeel::Raakvlakken => "raakvlakken/verbindingen met andere veiligheidsthema's",
            Onderdeel::Ontwikkelingen => "belangrijke ontwikkelingen",
        }
    }

    /// Whether, for veld 1, the handbook works this part out per aanpak-aspect rather than per
    /// theme (b to e, h and j).
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

impl fmt::Display for Onderdeel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
