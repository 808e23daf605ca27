//! The method's content as static data: the five veiligheidsvelden, their 22 thema's, the six
//! aanpak-aspecten of veld 1 and the three strategic cross-cutting themes.
//!
//! Every record is a `static` built at compile time from the handbook's tables
//! (`gegevens.rs` is generated from the handbook text and checked against it in the tests), so a
//! lookup is an array index and nothing is allocated or parsed at run time.

mod aanpak;
mod aspect;
#[rustfmt::skip]
mod gegevens;
pub mod lacunes;
pub(crate) mod naam;
mod onderdeel;
mod overzicht;
mod strategisch;
mod thema;
mod veld;

pub use aanpak::{Aanpak, Indeling, Partners};
pub use aspect::{Aspect, AspectGegevens, OnbekendAspect};
pub use onderdeel::Onderdeel;
pub use overzicht::{Catalogus, EDITIE};
pub use strategisch::*;
pub use thema::{OnbekendThema, Thema, ThemaGegevens, Vermelding, OUDERE_NAMEN};
pub use veld::{OnbekendVeld, Veld, VeldGegevens};
