#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bron;
pub mod catalogus;
pub mod controle;
pub mod methode;
pub mod proces;

pub use bron::Bron;
