#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bron;
pub mod catalogus;
pub mod cijfers;
pub mod controle;
pub mod document;
pub mod methode;
pub mod proces;
pub mod raakvlakken;
pub mod regionaal;
pub mod skelet;

pub use bron::Bron;
pub use raakvlakken::ThemaSet;
