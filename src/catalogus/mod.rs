//! The method's content as static data: the five veiligheidsvelden, their 22 thema's, the six
//! aanpak-aspecten of veld 1 and the three strategic cross-cutting themes.
//!
//! Every record is a `static` built at compile time from the handbook's tables
//! (`gegevens.rs` is generated from the handbook text and checked against it in the tests), so a
//! lookup is an array index and nothing is allocated or parsed at run time. Names are recognised
//! by [`crate::naam`]: case, accents, spacing and punctuation do not count.
//!
//! # Example
//!
//! ```
//! use kernbeleid::catalogus::{Onderdeel, Thema, Veld};
//! use kernbeleid::VariantArray;
//!
//! // The five velden and their 22 themes, in code order.
//! let per_veld: Vec<usize> = Veld::VARIANTS.iter().map(|v| v.themas().len()).collect();
//! assert_eq!(per_veld, [4, 5, 4, 4, 5]);
//!
//! // A theme by its code, its 2021 name or an older name; its record is static data.
//! let thema: Thema = "Veilige Publieke Taak".parse()?;
//! assert_eq!(format!("{thema:#}"), "5.3 Weerbare overheid/weerbaar bestuur");
//! let g = thema.gegevens();
//! assert_eq!(g.veld, Veld::IntegriteitEnVeiligheid);
//! assert!(!g.lijst(Onderdeel::Aanpak).unwrap_or_default().is_empty());
//! # Ok::<(), kernbeleid::catalogus::OnbekendThema>(())
//! ```

mod aanpak;
mod aspect;
#[rustfmt::skip]
mod gegevens;
pub mod herkenning;
pub mod lacunes;
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
