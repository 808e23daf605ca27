//! The status rule of an effect indicator: where its latest measurement stands against the path
//! from nulmeting to streefwaarde.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::document::Richting;

/// How far a value may lie behind the straight path from nulmeting to streefwaarde and still
/// count as on course: a tenth of the whole distance between them.
pub const TOLERANTIE: f64 = 0.10;

/// The status of an effect indicator on a peildatum.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorStatus {
    /// The streefwaarde is met (also before its year).
    Bereikt,
    /// On or near the path from nulmeting to streefwaarde.
    OpKoers,
    /// Behind the path (by more than the tolerance), or worse than the nulmeting by less than
    /// the tolerance.
    Achter,
    /// Worse than the nulmeting by more than the tolerance: moving away from the streefwaarde.
    VerkeerdeKantOp,
    /// No comparable measurement after the nulmeting, or nothing to compare it with.
    GeenGegevens,
}

impl IndicatorStatus {
    /// The status as a person reads it: `bereikt`, `op koers`, `achter`, `verkeerde kant op`,
    /// `geen gegevens`.
    pub fn als_tekst(self) -> &'static str {
        match self {
            IndicatorStatus::Bereikt => "bereikt",
            IndicatorStatus::OpKoers => "op koers",
            IndicatorStatus::Achter => "achter",
            IndicatorStatus::VerkeerdeKantOp => "verkeerde kant op",
            IndicatorStatus::GeenGegevens => "geen gegevens",
        }
    }

    /// The key as JSON writes it: `bereikt`, `op_koers`, `achter`, `verkeerde_kant_op`,
    /// `geen_gegevens`.
    pub fn sleutel(self) -> &'static str {
        match self {
            IndicatorStatus::Bereikt => "bereikt",
            IndicatorStatus::OpKoers => "op_koers",
            IndicatorStatus::Achter => "achter",
            IndicatorStatus::VerkeerdeKantOp => "verkeerde_kant_op",
            IndicatorStatus::GeenGegevens => "geen_gegevens",
        }
    }
}

impl fmt::Display for IndicatorStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.als_tekst())
    }
}

/// A value at a moment. Time is counted in years as a fraction: a figure over year `J` stands
/// at the end of that year, `J + 1.0`; a dated value at its day (see [`super::moment`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Punt {
    /// The moment, in years.
    pub tijd: f64,
    /// The value.
    pub waarde: f64,
}

/// What the rule judges: the nulmeting, the streefwaarde or the direction aimed at, and the
/// latest comparable measurement after the nulmeting with its margin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Beoordeling {
    /// The nulmeting.
    pub nulmeting: Punt,
    /// The streefwaarde, at the end of its year.
    pub streefwaarde: Option<Punt>,
    /// The direction the plan states; used only where there is no streefwaarde.
    pub richting: Option<Richting>,
    /// The latest comparable measurement after the nulmeting.
    pub meting: Punt,
    /// The half-width of the measurement's 95% confidence interval (0 for a registration).
    pub marge: f64,
}

impl Beoordeling {
    /// The value the path from nulmeting to streefwaarde has at `tijd`: the straight line
    /// between them, the nulmeting before it and the streefwaarde after it.
    pub fn verwacht(&self, tijd: f64) -> Option<f64> {
        let s = self.streefwaarde?;
        let n = self.nulmeting;
        if s.tijd <= n.tijd {
            return Some(s.waarde);
        }
        let deel = ((tijd - n.tijd) / (s.tijd - n.tijd)).clamp(0.0, 1.0);
        Some(n.waarde + (s.waarde - n.waarde) * deel)
    }

    /// The status, by the rule of [the module](super#the-status-rule).
    pub fn status(&self) -> IndicatorStatus {
        let n = self.nulmeting.waarde;
        let m = self.marge.max(0.0);
        let w = self.meting.waarde;
        let t = self.meting.tijd;
        match self.streefwaarde {
            Some(s) => {
                let d = teken(s.waarde - n);
                if d == 0.0 {
                    return gelijk_houden(n, w, m, t >= s.tijd);
                }
                if d * (w - s.waarde) >= 0.0 {
                    return IndicatorStatus::Bereikt;
                }
                let afstand = (s.waarde - n).abs();
                let tol = m.max(TOLERANTIE * afstand);
                let e = self.verwacht(t).unwrap_or(s.waarde);
                let pad_tol = if t <= s.tijd { tol } else { m };
                if d * (w - e) >= -pad_tol && d * (w - n) >= -m {
                    IndicatorStatus::OpKoers
                } else if d * (w - n) < -tol {
                    IndicatorStatus::VerkeerdeKantOp
                } else {
                    IndicatorStatus::Achter
                }
            }
            None => match self.richting {
                None => IndicatorStatus::GeenGegevens,
                Some(Richting::Gelijk) => gelijk_houden(n, w, m, false),
                Some(r) => {
                    let d = if r == Richting::Dalen { -1.0 } else { 1.0 };
                    let tol = m.max(TOLERANTIE * n.abs());
                    if d * (w - n) >= -m {
                        IndicatorStatus::OpKoers
                    } else if d * (w - n) < -tol {
                        IndicatorStatus::VerkeerdeKantOp
                    } else {
                        IndicatorStatus::Achter
                    }
                }
            },
        }
    }
}

/// The sign of `x`: 1, -1, or 0.
fn teken(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// A value to be kept as it is: within a tenth of the nulmeting (or the margin) it is on course,
/// and reached once the target's year is over; further off it moved the wrong way.
fn gelijk_houden(n: f64, w: f64, m: f64, voorbij: bool) -> IndicatorStatus {
    let tol = m.max(TOLERANTIE * n.abs());
    if (w - n).abs() <= tol {
        if voorbij {
            IndicatorStatus::Bereikt
        } else {
            IndicatorStatus::OpKoers
        }
    } else {
        IndicatorStatus::VerkeerdeKantOp
    }
}
