#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bron;
pub mod catalogus;
#[cfg(feature = "cijfers")]
pub mod cijfers;
pub mod controle;
pub mod document;
pub mod gemeenten;
pub mod methode;
pub mod naam;
pub mod proces;
pub mod raakvlakken;
pub mod regionaal;
pub mod skelet;
pub mod uitvoer;
pub mod voortgang;

pub use bron::{Bron, Bronvermelding};
pub use raakvlakken::ThemaSet;
/// strum's traits behind `T::COUNT` and `T::VARIANTS` on the crate's enums, re-exported so that a
/// dependent can bring them into scope without depending on strum itself.
pub use strum::{EnumCount, VariantArray};
