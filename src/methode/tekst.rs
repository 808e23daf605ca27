//! Building blocks for quoted handbook text: a single passage and a list with its lead-in.

use serde::Serialize;

use crate::Bron;

/// A passage quoted word for word from the handbook, with where it stands.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::STAP_4_EN_5_TEGELIJK;
///
/// assert!(STAP_4_EN_5_TEGELIJK.tekst.contains("min of meer tegelijk"));
/// assert_eq!(STAP_4_EN_5_TEGELIJK.bron.pagina, Some(13));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The text as printed (italic and bold markers dropped).
    pub tekst: &'static str,
    /// Where the passage stands in the handbook.
    pub bron: Bron,
}

/// A bulleted list as printed: an optional heading, an optional lead-in sentence and the items
/// in order, each item one bullet.
///
/// Bullet characters and item letters or numbers are not part of the items; a `;` that only
/// separates one bullet from the next is left off, everything else is kept as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Opsomming {
    /// The heading above the list, where the handbook prints one (for example
    /// `"Kiezen indicatoren"`).
    pub kop: Option<&'static str>,
    /// The sentence that introduces the list, where there is one.
    pub inleiding: Option<&'static str>,
    /// The items, in the handbook's order.
    pub items: &'static [&'static str],
    /// Where the list stands in the handbook.
    pub bron: Bron,
}

impl Opsomming {
    /// The number of items.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the list has no items.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
