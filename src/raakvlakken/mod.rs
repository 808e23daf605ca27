//! The raakvlakken (cross-links) between the 22 veiligheidsthema's.
//!
//! [`ThemaSet`] is a compact set of themes: one `u32`, so set operations are bit operations.

mod set;

pub use set::{Iter, ThemaSet};
