//! What one IVP chooses for one gemeente: the veiligheidsthema's and the strategic themes S1 to
//! S3 it makes a priority, an other strategic theme, or leaves out, counting the themes named in
//! sub-themes too.

use core::fmt;
use core::ops::{BitOr, BitOrAssign, Sub};

use serde::{Serialize, Serializer};
use strum::VariantArray;

use crate::catalogus::StrategischThema;
use crate::document::{Ivp, ThemaVerwijzing, Themauitwerking};
use crate::raakvlakken::ThemaSet;

/// A set of the strategic themes S1 to S3, the counterpart of [`ThemaSet`] for them.
///
/// It serialises as a list of codes in code order, like [`ThemaSet`]: `["S1", "S2"]`.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::StrategischThema;
/// use kernbeleid::regionaal::StrategischeSet;
///
/// let set: StrategischeSet = [StrategischThema::ZorgEnVeiligheid].into_iter().collect();
/// assert!(set.contains(StrategischThema::ZorgEnVeiligheid));
/// assert_eq!(set.len(), 1);
/// assert_eq!(serde_json::to_string(&set)?, r#"["S2"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StrategischeSet(u8);

impl StrategischeSet {
    /// The empty set.
    pub const EMPTY: StrategischeSet = StrategischeSet(0);

    const fn bit(thema: StrategischThema) -> u8 {
        1 << (thema as u8)
    }

    /// Adds `thema`; whether it was new.
    pub fn insert(&mut self, thema: StrategischThema) -> bool {
        let nieuw = !self.contains(thema);
        self.0 |= Self::bit(thema);
        nieuw
    }

    /// Whether `thema` is in the set.
    #[must_use]
    pub const fn contains(self, thema: StrategischThema) -> bool {
        self.0 & Self::bit(thema) != 0
    }

    /// The number of themes in the set.
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The themes in code order.
    pub fn iter(self) -> impl Iterator<Item = StrategischThema> {
        StrategischThema::VARIANTS
            .iter()
            .copied()
            .filter(move |t| self.contains(*t))
    }
}

impl FromIterator<StrategischThema> for StrategischeSet {
    fn from_iter<I: IntoIterator<Item = StrategischThema>>(iter: I) -> Self {
        let mut set = StrategischeSet::EMPTY;
        for thema in iter {
            set.insert(thema);
        }
        set
    }
}

impl BitOr for StrategischeSet {
    type Output = StrategischeSet;
    fn bitor(self, other: StrategischeSet) -> StrategischeSet {
        StrategischeSet(self.0 | other.0)
    }
}

impl BitOrAssign for StrategischeSet {
    fn bitor_assign(&mut self, other: StrategischeSet) {
        self.0 |= other.0;
    }
}

impl Sub for StrategischeSet {
    type Output = StrategischeSet;
    /// The themes of `self` that are not in `other`.
    fn sub(self, other: StrategischeSet) -> StrategischeSet {
        StrategischeSet(self.0 & !other.0)
    }
}

impl fmt::Debug for StrategischeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(self.iter().map(|t| t.code()))
            .finish()
    }
}

impl Serialize for StrategischeSet {
    /// A list of codes in code order: `["S1", "S3"]`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(|t| t.code()))
    }
}

/// One gemeente's choices among the strategic themes S1 to S3, as the veiligheidsthema's are in
/// [`Gemeente`](super::Gemeente): a theme is in at most one of the three sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct StrategischeKeuzes {
    /// Strategic themes it makes a priority.
    pub prioriteiten: StrategischeSet,
    /// Strategic themes it has as an other strategic theme (and not as a priority).
    pub overig: StrategischeSet,
    /// Strategic themes it leaves out explicitly (and names nowhere else).
    pub buiten_beschouwing: StrategischeSet,
}

/// Veiligheidsthema's and strategic themes together: what a list of uitwerkingen names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Themas {
    pub(crate) kbv: ThemaSet,
    pub(crate) strategisch: StrategischeSet,
}

impl Themas {
    pub(crate) fn voeg_toe(&mut self, verwijzing: ThemaVerwijzing) {
        match verwijzing {
            ThemaVerwijzing::Kbv(thema) => {
                self.kbv.insert(thema);
            }
            ThemaVerwijzing::Strategisch(thema) => {
                self.strategisch.insert(thema);
            }
        }
    }

    /// Every theme `uitwerkingen` name: their own `themas` and those of their sub-themes.
    pub(crate) fn van<'a>(uitwerkingen: impl IntoIterator<Item = &'a Themauitwerking>) -> Themas {
        let mut themas = Themas::default();
        for u in uitwerkingen {
            for &t in &u.themas {
                themas.voeg_toe(t);
            }
            for deel in &u.deelthemas {
                for &t in &deel.themas {
                    themas.voeg_toe(t);
                }
            }
        }
        themas
    }

    /// The themes `ivp` leaves out explicitly.
    pub(crate) fn buiten_beschouwing(ivp: &Ivp) -> Themas {
        let mut themas = Themas::default();
        for b in &ivp.buiten_beschouwing {
            themas.voeg_toe(b.thema);
        }
        themas
    }
}

impl BitOr for Themas {
    type Output = Themas;
    fn bitor(self, other: Themas) -> Themas {
        Themas {
            kbv: self.kbv | other.kbv,
            strategisch: self.strategisch | other.strategisch,
        }
    }
}

impl BitOrAssign for Themas {
    fn bitor_assign(&mut self, other: Themas) {
        *self = *self | other;
    }
}

impl Sub for Themas {
    type Output = Themas;
    fn sub(self, other: Themas) -> Themas {
        Themas {
            kbv: self.kbv - other.kbv,
            strategisch: self.strategisch - other.strategisch,
        }
    }
}

/// One IVP's choices for one gemeente, each theme under its heaviest status: a priority is not
/// also counted as other theme, and a theme the plan names as priority or other theme is not
/// counted as left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Keuzes {
    pub(crate) prioriteiten: Themas,
    pub(crate) overig: Themas,
    pub(crate) buiten_beschouwing: Themas,
}

impl Keuzes {
    pub(crate) fn new(prioriteiten: Themas, overig: Themas, buiten: Themas) -> Keuzes {
        let overig = overig - prioriteiten;
        Keuzes {
            prioriteiten,
            overig,
            buiten_beschouwing: buiten - prioriteiten - overig,
        }
    }
}
