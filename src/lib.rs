#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bron;
pub mod catalogus;
pub mod controle;
pub mod document;
pub mod methode;
pub mod proces;
pub mod raakvlakken;
pub mod regionaal;
pub mod skelet;
pub mod uitvoer;

pub use bron::{Bron, Bronvermelding};
pub use raakvlakken::ThemaSet;
