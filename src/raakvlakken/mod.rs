//! The raakvlakken (cross-links) between the 22 veiligheidsthema's: a compact theme set, the
//! relation as published, the relation tools should use, and the audit of the difference.
//!
//! Each theme's table ends with a row "raakvlakken/verbindingen met andere veiligheidsthema's?"
//! listing related themes. Three views of those rows:
//!
//! - **Published** ([`gepubliceerd`], [`genoemd_door`]): each row exactly as printed, one-way
//!   entries and a self-reference included. The printed names are in
//!   [`ThemaGegevens::raakvlakken`](crate::catalogus::ThemaGegevens::raakvlakken).
//! - **Derived** ([`buren`], [`buren_van`], [`onbewaakt`], [`Buren`], [`rangorde`]), what tools
//!   should use by default: the symmetric closure of the published rows without self-links. A
//!   link noticed from one side is a link: if the people working on theme A have to reckon with
//!   theme B, those working on B have to reckon with A. The handbook's tables were edited theme
//!   by theme and drifted apart, so many links are printed on one side only; taking either side's
//!   word keeps every link the handbook makes.
//! - **Audit** ([`Controle`], [`eenzijdig`], [`naar_zichzelf`], [`afwijkende_namen`],
//!   [`zonder_raakvlakken`]): the discrepancies in the published rows, computed from the data,
//!   never typed in.
//!
//! The relation is a table of 22 [`ThemaSet`] bitmasks computed at compile time from the
//! catalogue, so a query is an array index or a few bit operations and allocates nothing.
//!
//! # Example
//!
//! ```
//! use kernbeleid::catalogus::Thema;
//! use kernbeleid::raakvlakken::{self, Buren, ThemaSet};
//!
//! // The priorities a municipality chose, and the cross-links none of them covers.
//! let prioriteiten: ThemaSet = "3.1, 3.2, 5.2".parse()?;
//! let onbewaakt = raakvlakken::onbewaakt(prioriteiten);
//! assert!(onbewaakt.contains(Thema::SocialeKwaliteit));
//! assert!(onbewaakt.is_disjoint(prioriteiten));
//!
//! // The same, split into the velden the priorities are in and the others.
//! let buren = Buren::van_set(prioriteiten);
//! assert_eq!(buren.alle(), onbewaakt);
//! assert!(buren.binnen_veld.contains(Thema::JeugdAlcoholEnDrugs));
//! # Ok::<(), kernbeleid::catalogus::OnbekendThema>(())
//! ```

mod audit;
mod relatie;
mod set;
mod weergave;

pub use audit::{
    afwijkende_namen, eenzijdig, eenzijdig_van, gepubliceerd_aantal, naar_zichzelf,
    symmetrisch_aantal, zonder_raakvlakken, AfwijkendeNaam, Controle, Eenzijdig,
};
pub use relatie::{
    buren, buren_van, genoemd_door, gepubliceerd, graad, matrix, onbewaakt, rangorde, velden_van,
    verband, Buren, Verband,
};
pub use set::{Iter, ThemaSet};
pub use weergave::{kleur, Dot, Matrix, Mermaid};
