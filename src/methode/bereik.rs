//! Small ranges as the handbook writes them: "4 a 6 weken", "plm. 4 weken", "plm. 8 a 10 dagen".

use core::fmt;

use serde::{Deserialize, Serialize};

/// A count or range of counts as published in the handbook, such as a doorlooptijd in weeks
/// ("4 a 6"), a number of days ("plm. 2") or a maximum number of participants ("7 a 8").
///
/// A single number has `min == max`; `ongeveer` records the handbook's "plm." (ongeveer,
/// approximately). [`Display`](fmt::Display) writes the handbook's own notation.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::Bereik;
///
/// assert_eq!(Bereik::tussen(4, 6).to_string(), "4 a 6");
/// assert_eq!(Bereik::plm(4).to_string(), "plm. 4");
/// assert_eq!(Bereik::plm_tussen(8, 10).to_string(), "plm. 8 a 10");
/// assert!(Bereik::tussen(4, 6).bevat(5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bereik {
    /// The lower bound (equal to `max` for a single number).
    pub min: u16,
    /// The upper bound (equal to `min` for a single number).
    pub max: u16,
    /// Whether the handbook qualifies the figure with "plm." (approximately).
    pub ongeveer: bool,
}

impl Bereik {
    /// An exact range "`min` a `max`".
    #[must_use]
    pub const fn tussen(min: u16, max: u16) -> Self {
        Bereik {
            min,
            max,
            ongeveer: false,
        }
    }

    /// An approximate single number "plm. `n`".
    #[must_use]
    pub const fn plm(n: u16) -> Self {
        Bereik {
            min: n,
            max: n,
            ongeveer: true,
        }
    }

    /// An approximate range "plm. `min` a `max`".
    #[must_use]
    pub const fn plm_tussen(min: u16, max: u16) -> Self {
        Bereik {
            min,
            max,
            ongeveer: true,
        }
    }

    /// Whether `n` lies within `min..=max` (the "plm." qualifier is not taken into account).
    #[must_use]
    pub const fn bevat(self, n: u16) -> bool {
        self.min <= n && n <= self.max
    }
}

impl fmt::Display for Bereik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ongeveer {
            f.write_str("plm. ")?;
        }
        if self.min == self.max {
            write!(f, "{}", self.min)
        } else {
            write!(f, "{} a {}", self.min, self.max)
        }
    }
}
