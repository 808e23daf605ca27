//! The aanpak-related parts of a theme table (b to e, h and j), shared by the themes of velden
//! 2 to 5 and the six aanpak-aspecten of veld 1.

use serde::Serialize;

use super::Onderdeel;

/// Internal and external partners in the aanpak, kept apart as the handbook does.
///
/// Each entry is one bullet of the table, after its "intern:" or "extern:" label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Partners {
    /// Partners within the gemeente (afdelingen).
    pub intern: &'static [&'static str],
    /// Partners outside the gemeente.
    pub r#extern: &'static [&'static str],
}

impl Partners {
    /// Whether the handbook names no partner at all.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.intern.is_empty() && self.r#extern.is_empty()
    }
}

/// The aanpak-related parts of a table (b to e, h and j): who the gemeente is in this, with whom,
/// under which law, with which measures and instruments, and what is changing.
///
/// Lists are one item per bullet, in the handbook's order; an empty list means the handbook
/// leaves that cell empty (see [`crate::catalogus::lacunes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Aanpak {
    /// b. De rol van de gemeente.
    pub rol_gemeente: &'static [&'static str],
    /// c. Interne en externe partners in de aanpak.
    pub partners: Partners,
    /// d. Wet- en regelgeving.
    pub wet_en_regelgeving: &'static [&'static str],
    /// e. Mogelijke aanpak: maatregelen.
    #[serde(rename = "aanpak")]
    pub maatregelen: &'static [&'static str],
    /// h. Beschikbare instrumenten, formats, websites, achtergrondinfo.
    pub instrumenten: &'static [&'static str],
    /// j. Belangrijke ontwikkelingen.
    pub ontwikkelingen: &'static [&'static str],
}

impl Aanpak {
    /// The items of one list-valued part, or `None` for parts that are not about the aanpak
    /// (and for [`Onderdeel::Partners`], which has two lists: use [`Aanpak::partners`]).
    #[must_use]
    pub const fn lijst(&self, onderdeel: Onderdeel) -> Option<&'static [&'static str]> {
        match onderdeel {
            Onderdeel::RolGemeente => Some(self.rol_gemeente),
            Onderdeel::WetEnRegelgeving => Some(self.wet_en_regelgeving),
            Onderdeel::Aanpak => Some(self.maatregelen),
            Onderdeel::Instrumenten => Some(self.instrumenten),
            Onderdeel::Ontwikkelingen => Some(self.ontwikkelingen),
            _ => None,
        }
    }
}

/// A sub-heading the handbook puts inside a list, such as "Generiek" and "Specifiek" in the
/// maatregelen of veld 2: from item `vanaf` of that list on, items fall under `kop`.
///
/// Kept apart from the items so that lists stay plain lists of bullets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Indeling {
    /// The list the heading is in.
    pub onderdeel: Onderdeel,
    /// The heading as printed, without its colon.
    pub kop: &'static str,
    /// Index of the first item under the heading.
    pub vanaf: usize,
}
