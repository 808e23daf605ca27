//! The main job: skeleton documents pre-filled from the handbook, and their rendering.
//!
//! A coordinator names the gemeente, the period and the chosen priorities and gets a skeleton
//! IVP that already holds what the handbook offers for those themes: the theme's uitleg to start
//! the toelichting, suggested effect indicators (one objective and one subjective where the
//! handbook offers them), partners, candidate measures, law, and the raakvlakken to watch.
//! Everything still to be written is an explicit placeholder ([`Invulbaar`]),
//! which the controle reports as a hint, so a fresh skeleton has no error and no warning.
//!
//! [`ivp`] builds the IVP, [`uitvoeringsplan`] the first year's uitvoeringsplan from that IVP,
//! [`uitvoeringsplan_na_jaarbeeld`] the next year's from a jaarbeeld (terugblik pre-filled,
//! measures not done carried over), [`analyse`] the veiligheidsanalyse of step 2; the `*_naar_markdown` functions render them
//! with the handbook's chapters. [`vul_cijfers`] and [`vul_analyse_cijfers`] fill them with
//! measured figures (the police's and CBS's open data, see [`crate::cijfers`]): the nulmeting
//! and series of each effect indicator the figures measure, and the figures per theme. The documents are the crate's serde types: write them as JSON
//! or TOML, fill them in, read them back and check them.
//!
//! # Example
//!
//! ```
//! use kernbeleid::controle::{controleer_ivp, controleer_uitvoeringsplan_bij};
//! use kernbeleid::document::Periode;
//! use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
//!
//! // Two priorities: theme 1.3, and "Ondermijning" covering 5.2 and 2.5.
//! let opties = IvpOpties::new(
//!     ["Utrecht"],
//!     "2027-2030".parse::<Periode>()?,
//!     PrioriteitKeuze::lijst("1.3,Ondermijning=5.2+2.5")?,
//! );
//! let ivp = skelet::ivp(&opties);
//! assert_eq!(ivp.prioriteiten[1].naam, "Ondermijning");
//!
//! // Nothing wrong yet, only placeholders to fill (hints).
//! let rapport = controleer_ivp(&ivp);
//! assert_eq!((rapport.fouten(), rapport.waarschuwingen()), (0, 0));
//! assert!(rapport.hints() > 0);
//!
//! let markdown = skelet::ivp_naar_markdown(&ivp);
//! assert!(markdown.starts_with("# Integraal Veiligheidsplan Utrecht 2027-2030\n"));
//! assert!(markdown.contains("\n## 4 Prioriteiten\n"));
//!
//! let up = skelet::uitvoeringsplan(&ivp);
//! assert_eq!(up.jaar, 2027);
//! assert_eq!(controleer_uitvoeringsplan_bij(&up, &ivp).waarschuwingen(), 0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![doc(alias = "skeleton")]
#![doc(alias = "template")]

mod analyse;
#[cfg(feature = "cijfers")]
mod cijfers;
mod inhoud;
mod ivp;
mod jaarbeeld;
mod keuze;
mod markdown;
mod uitvoeringsplan;
mod vorig;

pub use analyse::analyse;
#[cfg(feature = "cijfers")]
pub use cijfers::{vul_analyse_cijfers, vul_cijfers, Ingevuld};
pub use ivp::{ivp, IvpOpties};
pub use jaarbeeld::{uitvoeringsplan_na_jaarbeeld, JaarbeeldFout};
pub use keuze::{OngeldigeKeuze, PrioriteitKeuze};
pub use markdown::{analyse_naar_markdown, ivp_naar_markdown, uitvoeringsplan_naar_markdown};
pub use uitvoeringsplan::uitvoeringsplan;
pub use vorig::{keuzes_uit_vorig_plan, vul_uit_vorig_plan};

use crate::document::{Invulbaar, Tekst};

/// A placeholder: what the coordinator still has to write, and a hint how.
fn open(aanwijzing: impl Into<String>) -> Tekst {
    Invulbaar::in_te_vullen(aanwijzing)
}
