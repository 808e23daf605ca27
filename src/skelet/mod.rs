//! The main job: skeleton documents pre-filled from the handbook, and their rendering.
//!
//! A coordinator names the gemeente, the period and the chosen priorities and gets a skeleton
//! IVP that already holds what the handbook offers for those themes: the theme's uitleg to start
//! the toelichting, suggested effect indicators (one objective and one subjective where the
//! handbook offers them), partners, candidate measures, law, and the raakvlakken to watch.
//! Everything still to be written is an explicit placeholder ([`Invulbaar`]),
//! which the controle reports as a hint, so a fresh skeleton has no error and no warning.

mod analyse;
mod inhoud;
mod ivp;
mod keuze;
mod markdown;
mod uitvoeringsplan;

pub use analyse::analyse;
pub use ivp::{ivp, IvpOpties};
pub use keuze::{OngeldigeKeuze, PrioriteitKeuze};
pub use markdown::{analyse_naar_markdown, ivp_naar_markdown, uitvoeringsplan_naar_markdown};
pub use uitvoeringsplan::uitvoeringsplan;

use crate::document::{Invulbaar, Tekst};

/// A placeholder: what the coordinator still has to write, and a hint how.
fn open(aanwijzing: impl Into<String>) -> Tekst {
    Invulbaar::in_te_vullen(aanwijzing)
}
