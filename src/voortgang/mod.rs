//! Progress measured against the plan: the stand of every measure of the uitvoeringsplan and the
//! status of every effect indicator of the IVP on a peildatum, per priority summed up; the
//! dashboard of the *Periodieke voortgangsrapportage Integrale Veiligheid* (handbook part 1,
//! "Sturing").
//!
//! ```text
//! Ivp ──────────────────────┐
//! Uitvoeringsplan (optional) ├─ Invoer ── voortgang() ──> Voortgang ── naar_markdown / naar_html / serde
//! Voortgangsrapportage (opt.)│                              per priority: indicators, measures
//! Cijfers (optional) ────────┘
//! ```
//!
//! # The measured series
//!
//! Per effect indicator every measured value counts: the IVP's own `reeks`, the
//! [`IndicatorVoortgang`] of the report with the indicator's name, and the figures of the
//! downloads ([`Cijfers::reeks_voor`], for each gemeente of the plan and each theme of the
//! priority; complete, published years only; the rate per 1,000 inhabitants where the
//! indicator's unit says "per 1.000"). Time is counted in years: a figure over year `J`, and so a
//! nulmeting or streefwaarde of year `J`, stands at the end of that year (`J + 1.0`); a dated
//! value at its day. On the same day a later source replaces an earlier one, in the order
//! reeks, downloads, report. Values after the peildatum are not used.
//!
//! A series is **broken, not joined**, where the way of measuring changed: where a value says so
//! (`breuk`), where its unit differs from the one before (`"per 10.000"` to `"per 1.000"`), and at
//! the police's registration change of 2019 (see [`BEKENDE_BREUKEN`]) for a series from the
//! politieregistratie with values on both sides. Each piece is a [`Segment`] of its own; a chart
//! draws them apart.
//!
//! # The status rule
//!
//! The status is judged on the latest value after the nulmeting, up to the peildatum, in the
//! same segment as the nulmeting (a value across a break is not compared with it). With `n` the
//! nulmeting, `s` the streefwaarde, `w` the value at time `t`, `m` its margin (0 for a
//! registration; for a survey the half-width of its 95% interval), `d` the sign of `s - n` (the
//! direction that is better), `G = |s - n|`, `e(t)` the straight path from `n` (at the end of the
//! nulmeting's year) to `s` (at the end of the streefwaarde's year), flat after it, and
//! `tol = max(m, 0.10 × G)` (see [`TOLERANTIE`]):
//!
//! | status | when |
//! | --- | --- |
//! | `geen_gegevens` | no nulmeting, no value after it in its segment, or neither a streefwaarde nor a direction |
//! | `bereikt` | `d·(w - s) ≥ 0`: the target is met, in any year |
//! | `op_koers` | `d·(w - e(t)) ≥ -tol` (after the target's year `-m`: then only the margin counts) and `d·(w - n) ≥ -m`: at most a tenth of the distance (or the margin) behind the path, and not worse than the nulmeting |
//! | `verkeerde_kant_op` | `d·(w - n) < -tol`: worse than the nulmeting by more than the tolerance |
//! | `achter` | otherwise |
//!
//! A survey figure is not judged on a change within its margin: a value whose interval holds the
//! path is on course, never `achter`; one whose interval holds the nulmeting never
//! `verkeerde_kant_op`. Where the streefwaarde equals the nulmeting (or the plan aims at
//! `gelijk`), a value within `max(m, 0.10 × |n|)` of the nulmeting is `op_koers` (and
//! `bereikt` once the target's year is over), further off `verkeerde_kant_op`. Without a
//! streefwaarde the plan's direction decides, and no pace can be asked: a value not worse than
//! the nulmeting beyond its margin is `op_koers`, one worse by more than `max(m, 0.10 × |n|)`
//! is `verkeerde_kant_op`, one between is `achter`. Without either, `geen_gegevens`.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use kernbeleid::catalogus::Thema;
//! use kernbeleid::document::{Effectindicator, Ivp, Meting, Periode, Prioriteit};
//! use kernbeleid::voortgang::{voortgang, IndicatorStatus, Invoer};
//!
//! let mut ivp = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026)?);
//! let mut p = Prioriteit::new("Woninginbraak", [Thema::ObjectieveVeiligheid.into()]);
//! let mut ind = Effectindicator::new("Aantal woninginbraken");
//! ind.nulmeting = Some(Meting { jaar: 2022, waarde: 100.0 }.into());
//! ind.streefwaarde = Some(Meting { jaar: 2026, waarde: 80.0 }.into());
//! ind.reeks.insert(2023, 94.0); // the path says 95 at the end of 2023: better
//! p.effectindicatoren.push(ind);
//! ivp.prioriteiten.push(p);
//!
//! let peildatum = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("datum")?;
//! let stand = voortgang(&Invoer::new(&ivp, peildatum));
//! assert_eq!(stand.prioriteiten[0].indicatoren[0].status, IndicatorStatus::OpKoers);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod bouw;
mod html;
mod markdown;
mod status;
#[cfg(feature = "word")]
mod word;

pub use bouw::{
    moment, voortgang, Breuk, IndicatorStand, Invoer, MaatregelStand, Meetpunt,
    PrioriteitVoortgang, Segment, Telling, Voortgang, BEKENDE_BREUKEN,
};
pub use html::naar_html;
pub use markdown::{naar_markdown, rapportage_naar_markdown};
pub use status::{Beoordeling, IndicatorStatus, Punt, TOLERANTIE};
#[cfg(feature = "word")]
pub use word::naar_docx;

#[cfg(all(doc, feature = "cijfers"))]
use crate::cijfers::Cijfers;
#[cfg(doc)]
use crate::document::IndicatorVoortgang;
