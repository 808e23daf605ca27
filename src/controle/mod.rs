//! The controle: the method's rules as a validator, a second reader who knows the handbook.
//!
//! A finding is data ([`Diagnose`]): a stable code, a severity ordered
//! hint < waarschuwing < fout, a JSON Pointer into the document, a Dutch message and the handbook
//! passage the rule enforces. The rules themselves are listed in [`REGELS`].

mod diagnose;
mod rapport;
mod regels;

pub use diagnose::{Diagnose, Ernst};
pub use rapport::Rapport;
pub use regels::{DocumentSoort, Regel, INGETROKKEN, REGELS};
