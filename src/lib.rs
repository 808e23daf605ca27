#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bron;
pub mod catalogus;
pub mod document;
pub mod methode;

pub use bron::Bron;
