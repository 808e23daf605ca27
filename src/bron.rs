//! Where the handbook says something: every record in the catalogue carries a [`Bron`], so that a
//! tool can cite the passage it relies on.

use core::fmt;

use serde::Serialize;

/// A reference into *Kernbeleid Veiligheid 2021* (VNG, 6th edition, March 2021).
///
/// `sectie` is the heading as printed in the handbook; `pagina` is the page where the text of the
/// handbook gives one (the table of contents gives pages for the sections of part 1 and for the
/// start of part 2, not for the individual theme tables).
///
/// # Example
///
/// ```
/// use kernbeleid::Bron;
///
/// let bron = Bron::new("Stappenplan", Some(6));
/// assert_eq!(bron.to_string(), "Kernbeleid Veiligheid 2021, Stappenplan (p. 6)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Bron {
    /// The section heading as printed, for example `"Stappenplan"` or
    /// `"Veiligheidsveld 3: Jeugd en veiligheid - veiligheidsthema 3.1: Jeugdoverlast"`.
    pub sectie: &'static str,
    /// The page the handbook's table of contents gives for the section, where it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagina: Option<u16>,
}

impl Bron {
    /// The title of the handbook every [`Bron`] points into.
    pub const HANDREIKING: &'static str = "Kernbeleid Veiligheid 2021";

    /// A reference to `sectie`, on `pagina` where known.
    pub const fn new(sectie: &'static str, pagina: Option<u16>) -> Self {
        Bron { sectie, pagina }
    }
}

impl fmt::Display for Bron {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}", Self::HANDREIKING, self.sectie)?;
        if let Some(pagina) = self.pagina {
            write!(f, " (p. {pagina})")?;
        }
        Ok(())
    }
}
