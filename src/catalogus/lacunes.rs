//! Where the handbook offers nothing: the audit of empty cells and missing rows.
//!
//! A tool that pre-fills a plan from the catalogue needs to tell "the handbook leaves this empty"
//! apart from "we did not look". This audit is computed from the data, never typed in.

use core::fmt;

use serde::Serialize;
use strum::{Display, EnumCount, FromRepr, IntoStaticStr, VariantArray};

use super::{Aspect, Onderdeel, Thema};

/// The table a gap is in: a theme's or an aanpak-aspect's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Plaats {
    /// The table of a theme.
    Thema(Thema),
    /// The table of an aanpak-aspect of veld 1.
    Aspect(Aspect),
}

impl fmt::Display for Plaats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Plaats::Thema(t) => write!(f, "thema {t:#}"),
            Plaats::Aspect(a) => write!(f, "aspect {a:#}"),
        }
    }
}

/// How a part is missing. [`Display`](core::fmt::Display) says it in Dutch: "de cel is leeg",
/// "de rij ontbreekt".
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
    EnumCount,
    VariantArray,
    FromRepr,
    IntoStaticStr,
    Display,
)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Soort {
    /// The table has the row, but its cell is empty.
    #[strum(to_string = "de cel is leeg")]
    CelLeeg,
    /// The table has no row for this part at all.
    #[strum(to_string = "de rij ontbreekt")]
    RijOntbreekt,
}

/// A part the handbook's table leaves without content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[doc(alias = "gap")]
pub struct Lacune {
    /// Which table.
    pub plaats: Plaats,
    /// Which part of it.
    pub onderdeel: Onderdeel,
    /// An empty cell or a missing row.
    pub soort: Soort,
}

impl fmt::Display for Lacune {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: de handreiking biedt niets bij \"{}\" ({})",
            self.plaats, self.onderdeel, self.soort
        )
    }
}

/// The parts a theme's table should hold: a to j for velden 2 to 5; a, f, g and i for veld 1,
/// whose other parts belong to the aanpak-aspecten.
pub fn onderdelen_van(thema: Thema) -> impl Iterator<Item = Onderdeel> {
    let per_aspect = thema.gegevens().aanpak.is_none();
    Onderdeel::VARIANTS
        .iter()
        .copied()
        .filter(move |o| !(per_aspect && o.per_aspect()))
}

/// The parts an aanpak-aspect's table should hold: a and the aanpak parts b to e, h and j.
pub fn onderdelen_van_aspect() -> impl Iterator<Item = Onderdeel> {
    Onderdeel::VARIANTS
        .iter()
        .copied()
        .filter(|o| *o == Onderdeel::Uitleg || o.per_aspect())
}

fn soort_voor(ontbrekend: &[Onderdeel], onderdeel: Onderdeel, leeg: bool) -> Option<Soort> {
    if ontbrekend.contains(&onderdeel) {
        Some(Soort::RijOntbreekt)
    } else if leeg {
        Some(Soort::CelLeeg)
    } else {
        None
    }
}

/// Whether `thema`'s table gives nothing for `onderdeel` (and how), or `None` when it gives
/// something or the part belongs to the aspects.
#[must_use]
pub fn lacune_van(thema: Thema, onderdeel: Onderdeel) -> Option<Lacune> {
    let g = thema.gegevens();
    if g.aanpak.is_none() && onderdeel.per_aspect() {
        return None;
    }
    let leeg = match onderdeel {
        Onderdeel::Uitleg => g.uitleg.is_empty(),
        Onderdeel::Raakvlakken => g.raakvlakken.is_empty(),
        Onderdeel::Partners => g.aanpak.is_some_and(|a| a.partners.is_empty()),
        _ => g.lijst(onderdeel).is_none_or(<[_]>::is_empty),
    };
    soort_voor(g.ontbrekende_rijen, onderdeel, leeg).map(|soort| Lacune {
        plaats: Plaats::Thema(thema),
        onderdeel,
        soort,
    })
}

/// Every gap in the catalogue, themes first (in code order) then aspects, parts in the order
/// a to j.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::{lacunes, Onderdeel, Thema};
///
/// let leeg: Vec<_> = lacunes::alle()
///     .filter(|l| l.plaats == lacunes::Plaats::Thema(Thema::VeiligInEnOmDeSchool))
///     .map(|l| l.onderdeel)
///     .collect();
/// assert_eq!(leeg, [Onderdeel::Effectindicatoren, Onderdeel::Ontwikkelingen]);
/// ```
pub fn alle() -> impl Iterator<Item = Lacune> {
    let themas = Thema::VARIANTS
        .iter()
        .copied()
        .flat_map(|t| onderdelen_van(t).filter_map(move |o| lacune_van(t, o)));
    let aspecten = Aspect::VARIANTS.iter().copied().flat_map(|a| {
        let g = a.gegevens();
        onderdelen_van_aspect().filter_map(move |o| {
            let leeg = match o {
                Onderdeel::Uitleg => g.uitleg.is_empty(),
                Onderdeel::Partners => g.aanpak.partners.is_empty(),
                _ => g.aanpak.lijst(o).is_none_or(<[_]>::is_empty),
            };
            soort_voor(g.ontbrekende_rijen, o, leeg).map(|soort| Lacune {
                plaats: Plaats::Aspect(a),
                onderdeel: o,
                soort,
            })
        })
    });
    themas.chain(aspecten)
}
