//! The six-step process in time: a planning from a start date, with the handbook's lead times
//! and coordinator days.
//!
//! The handbook gives each step of the stappenplan a doorlooptijd ("4 a 6 weken") and the
//! coordinator's days; a [`Planning`] lays the steps out from a start date, taking the lower
//! bound, the midpoint or the upper bound of each range ([`Keuze`]), with steps 4 and 5 side by
//! side as the handbook recommends or one after the other.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use kernbeleid::methode::Stap;
//! use kernbeleid::proces::{Keuze, Planning, PlanningOpties};
//!
//! let keuze: Keuze = "bovengrens".parse()?;
//! let start = NaiveDate::from_ymd_opt(2027, 1, 4).ok_or("geen datum")?;
//! let planning = Planning::maak(start, PlanningOpties::new(keuze, true))?;
//!
//! let ivp = &planning.stappen[3];
//! assert_eq!(ivp.stap, Stap::OpstellenIvp);
//! assert_eq!(planning.stappen[4].start, ivp.start); // steps 4 and 5 side by side
//! assert!(planning.gereed > start);
//! assert!(planning.naar_markdown().contains("| 4 Opstellen IVP |"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod planning;

pub use planning::{Keuze, Planning, PlanningFout, PlanningOpties, StapInPlanning};
