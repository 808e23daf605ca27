//! [`ThemaSet`]: a set of veiligheidsthema's in one machine word.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::{
    BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Not, Sub, SubAssign,
};
use core::str::FromStr;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::catalogus::{OnbekendThema, Thema, Veld};
use strum::EnumCount;

/// The bits of the 22 themes: bit `i` is [`Thema::from_repr`]`(i)`.
const MASKER: u32 = (1 << Thema::COUNT) - 1;

/// A set of veiligheidsthema's: a `Copy` value of one `u32`, bit `i` standing for the theme with
/// [`Thema::index`] `i`.
///
/// Union, intersection, difference and complement are single bit operations, also available as
/// the operators `|`, `&`, `-`, `^` and `!`. Iteration is in code order, "1.1" to "5.5".
/// [`Display`](fmt::Display) writes `{1.1, 2.3}` (`{:#}` adds the names); [`FromStr`] reads that
/// back, and also a plain comma-separated list of codes or names. Serde writes a list of codes
/// and reads a list of codes or names.
///
/// `ThemaSet` is deliberately not `PartialOrd`: sets are ordered by inclusion, which is a partial
/// order; use [`is_subset`](ThemaSet::is_subset).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::{Thema, Veld};
/// use kernbeleid::raakvlakken::ThemaSet;
///
/// const PRIORITEITEN: ThemaSet =
///     ThemaSet::uit_themas(&[Thema::Jeugdoverlast, Thema::OndermijnendeCriminaliteit]);
///
/// let jeugd = ThemaSet::uit_veld(Veld::JeugdEnVeiligheid);
/// assert_eq!(PRIORITEITEN & jeugd, ThemaSet::uit_thema(Thema::Jeugdoverlast));
/// assert_eq!((PRIORITEITEN | jeugd).len(), 5);
/// assert_eq!(PRIORITEITEN.to_string(), "{3.1, 5.2}");
///
/// let gelezen: ThemaSet = "Jeugdoverlast, 5.2".parse()?;
/// assert_eq!(gelezen, PRIORITEITEN);
/// # Ok::<(), kernbeleid::catalogus::OnbekendThema>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ThemaSet(u32);

impl ThemaSet {
    /// The empty set.
    pub const EMPTY: ThemaSet = ThemaSet(0);

    /// All 22 themes.
    pub const ALL: ThemaSet = ThemaSet(MASKER);

    /// The empty set.
    pub const fn new() -> ThemaSet {
        ThemaSet::EMPTY
    }

    /// The set holding only `thema`.
    pub const fn uit_thema(thema: Thema) -> ThemaSet {
        ThemaSet(1 << thema.index())
    }

    /// The set of the themes in `themas` (duplicates count once).
    pub const fn uit_themas(themas: &[Thema]) -> ThemaSet {
        let mut set = ThemaSet::EMPTY;
        let mut i = 0;
        while i < themas.len() {
            set = set.with(themas[i]);
            i += 1;
        }
        set
    }

    /// The themes of one veld.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Veld;
    /// use kernbeleid::raakvlakken::ThemaSet;
    ///
    /// assert_eq!(ThemaSet::uit_veld(Veld::FysiekeVeiligheid).to_string(), "{4.1, 4.2, 4.3, 4.4}");
    /// ```
    pub const fn uit_veld(veld: Veld) -> ThemaSet {
        ThemaSet::uit_themas(veld.themas())
    }

    /// The set whose bit `i` stands for [`Thema::from_repr`]`(i)`, or `None` when a bit above
    /// the 22 themes is set.
    pub const fn uit_bits(bits: u32) -> Option<ThemaSet> {
        if bits & !MASKER == 0 {
            Some(ThemaSet(bits))
        } else {
            None
        }
    }

    /// The bits: bit `i` is set when the theme with [`Thema::index`] `i` is in the set.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// This set with `thema` added.
    pub const fn with(self, thema: Thema) -> ThemaSet {
        ThemaSet(self.0 | 1 << thema.index())
    }

    /// This set with `thema` removed.
    pub const fn without(self, thema: Thema) -> ThemaSet {
        ThemaSet(self.0 & !(1 << thema.index()))
    }

    /// Adds `thema`; returns whether it was new.
    pub fn insert(&mut self, thema: Thema) -> bool {
        let nieuw = !self.contains(thema);
        *self = self.with(thema);
        nieuw
    }

    /// Removes `thema`; returns whether it was there.
    pub fn remove(&mut self, thema: Thema) -> bool {
        let was = self.contains(thema);
        *self = self.without(thema);
        was
    }

    /// Whether `thema` is in the set.
    pub const fn contains(self, thema: Thema) -> bool {
        self.0 & 1 << thema.index() != 0
    }

    /// The number of themes in the set.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The themes in either set.
    pub const fn union(self, other: ThemaSet) -> ThemaSet {
        ThemaSet(self.0 | other.0)
    }

    /// The themes in both sets.
    pub const fn intersection(self, other: ThemaSet) -> ThemaSet {
        ThemaSet(self.0 & other.0)
    }

    /// The themes in `self` but not in `other`.
    pub const fn difference(self, other: ThemaSet) -> ThemaSet {
        ThemaSet(self.0 & !other.0)
    }

    /// The themes in exactly one of the two sets.
    pub const fn symmetric_difference(self, other: ThemaSet) -> ThemaSet {
        ThemaSet(self.0 ^ other.0)
    }

    /// The themes (of the 22) not in the set.
    pub const fn complement(self) -> ThemaSet {
        ThemaSet(!self.0 & MASKER)
    }

    /// Whether every theme of `self` is in `other`.
    pub const fn is_subset(self, other: ThemaSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// Whether every theme of `other` is in `self`.
    pub const fn is_superset(self, other: ThemaSet) -> bool {
        other.is_subset(self)
    }

    /// Whether the sets have no theme in common.
    pub const fn is_disjoint(self, other: ThemaSet) -> bool {
        self.0 & other.0 == 0
    }

    /// The first theme in code order, if any.
    pub const fn first(self) -> Option<Thema> {
        Thema::from_repr(self.0.trailing_zeros() as u8)
    }

    /// The last theme in code order, if any.
    pub const fn last(self) -> Option<Thema> {
        match self.0 {
            0 => None,
            bits => Thema::from_repr((31 - bits.leading_zeros()) as u8),
        }
    }

    /// The themes in code order.
    pub const fn iter(self) -> Iter {
        Iter { bits: self.0 }
    }
}

/// Iterator over the themes of a [`ThemaSet`] in code order (from the back: in reverse).
#[derive(Debug, Clone)]
pub struct Iter {
    bits: u32,
}

impl Iterator for Iter {
    type Item = Thema;

    fn next(&mut self) -> Option<Thema> {
        let thema = Thema::from_repr(self.bits.trailing_zeros() as u8)?;
        self.bits &= self.bits - 1;
        Some(thema)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Iter {
    fn next_back(&mut self) -> Option<Thema> {
        let thema = ThemaSet(self.bits).last()?;
        self.bits &= !(1 << thema.index());
        Some(thema)
    }
}

impl ExactSizeIterator for Iter {}
impl FusedIterator for Iter {}

impl IntoIterator for ThemaSet {
    type Item = Thema;
    type IntoIter = Iter;
    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl IntoIterator for &ThemaSet {
    type Item = Thema;
    type IntoIter = Iter;
    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl FromIterator<Thema> for ThemaSet {
    fn from_iter<I: IntoIterator<Item = Thema>>(iter: I) -> Self {
        let mut set = ThemaSet::EMPTY;
        set.extend(iter);
        set
    }
}

impl Extend<Thema> for ThemaSet {
    fn extend<I: IntoIterator<Item = Thema>>(&mut self, iter: I) {
        for thema in iter {
            *self = self.with(thema);
        }
    }
}

impl From<Thema> for ThemaSet {
    fn from(thema: Thema) -> Self {
        ThemaSet::uit_thema(thema)
    }
}

impl From<Veld> for ThemaSet {
    fn from(veld: Veld) -> Self {
        ThemaSet::uit_veld(veld)
    }
}

impl<const N: usize> From<[Thema; N]> for ThemaSet {
    fn from(themas: [Thema; N]) -> Self {
        ThemaSet::uit_themas(&themas)
    }
}

macro_rules! operator {
    ($trait:ident $methode:ident, $toewijzing:ident $toewijs:ident, $functie:ident) => {
        impl $trait for ThemaSet {
            type Output = ThemaSet;
            fn $methode(self, other: ThemaSet) -> ThemaSet {
                self.$functie(other)
            }
        }
        impl $toewijzing for ThemaSet {
            fn $toewijs(&mut self, other: ThemaSet) {
                *self = self.$functie(other);
            }
        }
    };
}

operator!(BitOr bitor, BitOrAssign bitor_assign, union);
operator!(BitAnd bitand, BitAndAssign bitand_assign, intersection);
operator!(Sub sub, SubAssign sub_assign, difference);
operator!(BitXor bitxor, BitXorAssign bitxor_assign, symmetric_difference);

impl Not for ThemaSet {
    type Output = ThemaSet;
    fn not(self) -> ThemaSet {
        self.complement()
    }
}

impl fmt::Debug for ThemaSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for ThemaSet {
    /// Writes `{1.1, 2.3}`; `{:#}` writes `{1.1 Sociale kwaliteit, 2.3 Veilig uitgaan}` (for
    /// people; [`FromStr`] reads only the plain form back).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, thema) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if f.alternate() {
                write!(f, "{thema:#}")?;
            } else {
                write!(f, "{thema}")?;
            }
        }
        f.write_str("}")
    }
}

/// The most comma-separated pieces one theme name spans ("Jeugd, alcohol en drugs" spans two);
/// a unit test checks every known name against it.
pub(crate) const MAX_STUKKEN: usize = 4;

/// A theme by code or name, allocation-free; `None` when not recognised.
fn zoek(invoer: &str) -> Option<Thema> {
    Thema::uit_code(invoer).or_else(|| Thema::uit_naam(invoer))
}

impl FromStr for ThemaSet {
    type Err = OnbekendThema;

    /// Reads `{1.1, 2.3}` as [`Display`](fmt::Display) writes it, or a list without braces;
    /// each item is a code or a name, and names may themselves contain commas
    /// ("Jeugd, alcohol en drugs"): at each position the longest run of pieces that names a
    /// theme wins. Empty input (or `{}`) is the empty set; an empty item is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let inhoud = s
            .strip_prefix('{')
            .and_then(|r| r.strip_suffix('}'))
            .unwrap_or(s);
        let mut set = ThemaSet::EMPTY;
        if inhoud.trim().is_empty() {
            return Ok(set);
        }
        let mut rest = inhoud;
        loop {
            // The byte ends of the candidates: 1, 2, ... MAX_STUKKEN pieces.
            let mut einden = [0usize; MAX_STUKKEN];
            let mut aantal = 0;
            let mut eind = 0;
            for stuk in rest.split(',').take(MAX_STUKKEN) {
                eind += stuk.len();
                if let Some(plek) = einden.get_mut(aantal) {
                    *plek = eind;
                    aantal += 1;
                }
                eind += 1;
            }
            let gevonden = einden
                .iter()
                .take(aantal)
                .rev()
                .find_map(|&eind| Some((zoek(rest.get(..eind)?)?, eind)));
            match gevonden {
                Some((thema, eind)) => {
                    set = set.with(thema);
                    match rest.get(eind + 1..) {
                        Some(verder) => rest = verder,
                        None => return Ok(set),
                    }
                }
                None => {
                    let stuk = rest.split(',').next().unwrap_or(rest).trim();
                    return Err(OnbekendThema::new(stuk));
                }
            }
        }
    }
}

impl Serialize for ThemaSet {
    /// A list of codes in code order: `["1.1", "2.3"]`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for ThemaSet {
    /// A list of codes or names (anything [`Thema`] deserialises from); duplicates count once.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl<'de> Visitor<'de> for Bezoeker {
            type Value = ThemaSet;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een lijst van veiligheidsthema's: codes (\"1.3\") of namen")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ThemaSet, A::Error> {
                let mut set = ThemaSet::EMPTY;
                while let Some(thema) = seq.next_element::<Thema>()? {
                    set = set.with(thema);
                }
                Ok(set)
            }
        }
        deserializer.deserialize_seq(Bezoeker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    #[test]
    fn geen_naam_beslaat_meer_stukken_dan_max() {
        for &thema in Thema::VARIANTS {
            for naam in thema.namen() {
                assert!(naam.split(',').count() <= MAX_STUKKEN, "{naam}");
            }
        }
    }

    #[test]
    fn masker_dekt_precies_de_22_themas() {
        assert_eq!(ThemaSet::ALL.len(), Thema::COUNT);
        assert_eq!(ThemaSet::ALL.last(), Some(Thema::Integriteit));
        assert_eq!(ThemaSet::uit_bits(1 << Thema::COUNT), None);
    }
}
