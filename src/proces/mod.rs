//! The six-step process in time: a planning from a start date, with the handbook's lead times
//! and coordinator days.

mod planning;

pub use planning::{Keuze, Planning, PlanningFout, PlanningOpties, StapInPlanning};
