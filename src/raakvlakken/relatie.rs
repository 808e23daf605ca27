//! The published and the derived relation as tables of 22 [`ThemaSet`]s, built at compile time
//! from the catalogue, and the queries tools need on them.

use serde::Serialize;

use super::ThemaSet;
use crate::catalogus::Thema;
use strum::{EnumCount, VariantArray};

/// Row `i`: the themes the raakvlakken row of theme `i` lists, self-reference included.
const GEPUBLICEERD: [ThemaSet; Thema::COUNT] = {
    let mut rijen = [ThemaSet::EMPTY; Thema::COUNT];
    let mut i = 0;
    while i < Thema::COUNT {
        let rij = Thema::VARIANTS[i].gegevens().raakvlakken;
        let mut j = 0;
        while j < rij.len() {
            rijen[i] = rijen[i].with(rij[j].thema);
            j += 1;
        }
        i += 1;
    }
    rijen
};

/// Row `i`: the themes whose row lists theme `i` (the transpose of [`GEPUBLICEERD`]).
const GENOEMD_DOOR: [ThemaSet; Thema::COUNT] = {
    let mut kolommen = [ThemaSet::EMPTY; Thema::COUNT];
    let mut i = 0;
    while i < Thema::COUNT {
        let mut j = 0;
        while j < Thema::COUNT {
            if GEPUBLICEERD[j].contains(Thema::VARIANTS[i]) {
                kolommen[i] = kolommen[i].with(Thema::VARIANTS[j]);
            }
            j += 1;
        }
        i += 1;
    }
    kolommen
};

/// Row `i`: the neighbours of theme `i` in the symmetric closure, without itself.
const AFGELEID: [ThemaSet; Thema::COUNT] = {
    let mut rijen = [ThemaSet::EMPTY; Thema::COUNT];
    let mut i = 0;
    while i < Thema::COUNT {
        rijen[i] = GEPUBLICEERD[i]
            .union(GENOEMD_DOOR[i])
            .without(Thema::VARIANTS[i]);
        i += 1;
    }
    rijen
};

/// Row `i`: the themes of the veld of theme `i`.
const VELDGENOTEN: [ThemaSet; Thema::COUNT] = {
    let mut rijen = [ThemaSet::EMPTY; Thema::COUNT];
    let mut i = 0;
    while i < Thema::COUNT {
        rijen[i] = ThemaSet::uit_veld(Thema::VARIANTS[i].veld());
        i += 1;
    }
    rijen
};

/// The themes `thema`'s raakvlakken row lists, exactly as published: one-way entries and a
/// self-reference included. For the printed names, see [`Thema::gegevens`]`().raakvlakken`.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken;
///
/// // The row of 4.2 Brandveiligheid lists 4.2 itself.
/// assert!(raakvlakken::gepubliceerd(Thema::Brandveiligheid).contains(Thema::Brandveiligheid));
/// ```
pub const fn gepubliceerd(thema: Thema) -> ThemaSet {
    GEPUBLICEERD[thema.index()]
}

/// The themes whose raakvlakken row lists `thema` (self-reference included): the published
/// relation read the other way.
pub const fn genoemd_door(thema: Thema) -> ThemaSet {
    GENOEMD_DOOR[thema.index()]
}

/// The raakvlakken of `thema` as tools should use them: every theme linked to it in either
/// direction, never itself. A table lookup, computed at compile time.
///
/// This is the symmetric closure of the published rows without self-links: a link noticed from
/// one side is a link (whoever works on one theme has to reckon with the other, and the other
/// way round), while the handbook's tables were edited theme by theme and drifted apart, so
/// that many links are printed on one side only (see [`Controle`](super::Controle)).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken;
///
/// // Only the row of 5.4 lists 2.5; the derived relation has the link both ways.
/// assert!(!raakvlakken::gepubliceerd(Thema::VeiligToerisme).contains(Thema::Informatieveiligheid));
/// assert!(raakvlakken::buren(Thema::VeiligToerisme).contains(Thema::Informatieveiligheid));
/// assert!(raakvlakken::buren(Thema::Informatieveiligheid).contains(Thema::VeiligToerisme));
/// ```
pub const fn buren(thema: Thema) -> ThemaSet {
    AFGELEID[thema.index()]
}

/// The number of bytes a set's bits span (22 themes: three).
const BYTES: usize = Thema::COUNT.div_ceil(8);

/// A table per byte of a set's bits: entry `[k][m]` is the union of `rijen[i]` over the themes
/// `i` whose bits are set in byte `k` equal to `m` (bit `j` of `m` is the theme with index
/// `8 * k + j`). The union of `rijen` over any set is then the union of three entries.
const fn per_byte(rijen: &[ThemaSet; Thema::COUNT]) -> [[ThemaSet; 256]; BYTES] {
    let mut tabel = [[ThemaSet::EMPTY; 256]; BYTES];
    let mut k = 0;
    while k < BYTES {
        let mut m: usize = 1;
        while m < 256 {
            // The value `m` is `m` without its lowest bit, plus the theme of that bit (if any).
            let zonder = tabel[k][m & (m - 1)];
            tabel[k][m] = match Thema::from_repr((8 * k + m.trailing_zeros() as usize) as u8) {
                Some(thema) => zonder.union(rijen[thema.index()]),
                None => zonder,
            };
            m += 1;
        }
        k += 1;
    }
    tabel
}

/// The union of the rows of a [`per_byte`] table over `set`: three loads, OR-ed together.
#[inline]
const fn vereniging(tabel: &[[ThemaSet; 256]; BYTES], set: ThemaSet) -> ThemaSet {
    let bits = set.bits();
    let mut uit = ThemaSet::EMPTY;
    let mut k = 0;
    while k < BYTES {
        uit = uit.union(tabel[k][((bits >> (8 * k)) & 0xff) as usize]);
        k += 1;
    }
    uit
}

/// [`AFGELEID`] per byte (3 KB): the raakvlakken of any set in three loads.
const BUREN_PER_BYTE: [[ThemaSet; 256]; BYTES] = per_byte(&AFGELEID);

/// [`VELDGENOTEN`] per byte (3 KB): the velden of any set in three loads.
const VELDEN_PER_BYTE: [[ThemaSet; 256]; BYTES] = per_byte(&VELDGENOTEN);

/// The raakvlakken of any theme in `set` (derived relation); members linked to each other are
/// included. See [`onbewaakt`] for the ones outside the set.
///
/// Three table loads, one per byte of the set's bits, OR-ed together: the same cost for any set.
#[inline]
pub const fn buren_van(set: ThemaSet) -> ThemaSet {
    vereniging(&BUREN_PER_BYTE, set)
}

/// The themes linked to `set` but outside it: for a set of chosen priorities, the
/// "dwarsverbanden die niemand bewaakt", the cross-links no priority takes care of.
///
/// A few table loads and bit operations, the same for any set (see [`buren_van`]).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken::{self, ThemaSet};
///
/// let prioriteiten = ThemaSet::from([Thema::Brandveiligheid, Thema::Rampenbestrijding]);
/// let onbewaakt = raakvlakken::onbewaakt(prioriteiten);
/// assert_eq!(onbewaakt.to_string(), "{1.2, 2.1, 2.2, 2.3, 2.4, 2.5, 3.4, 4.3, 5.1, 5.4, 5.5}");
/// assert!(onbewaakt.is_disjoint(prioriteiten));
/// ```
#[inline]
pub const fn onbewaakt(set: ThemaSet) -> ThemaSet {
    buren_van(set).difference(set)
}

/// The themes in the velden `set` touches: for one theme, its own veld. Three table loads, as
/// [`buren_van`].
#[inline]
pub const fn velden_van(set: ThemaSet) -> ThemaSet {
    vereniging(&VELDEN_PER_BYTE, set)
}

/// Raakvlakken split by veld: those in a veld the theme (or set) itself belongs to, and those
/// reaching into other velden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Buren {
    /// Linked themes in the velden of the theme or set.
    pub binnen_veld: ThemaSet,
    /// Linked themes in other velden.
    pub buiten_veld: ThemaSet,
}

impl Buren {
    /// The neighbours of `thema` (derived relation), split into within and across its veld.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    /// use kernbeleid::raakvlakken::Buren;
    ///
    /// let buren = Buren::van(Thema::Jeugdoverlast);
    /// assert_eq!(buren.binnen_veld.to_string(), "{3.2, 3.3, 3.4}");
    /// assert!(buren.buiten_veld.contains(Thema::SocialeKwaliteit));
    /// ```
    #[inline]
    pub const fn van(thema: Thema) -> Buren {
        Buren::splits(buren(thema), VELDGENOTEN[thema.index()])
    }

    /// The raakvlakken of `set` outside it ([`onbewaakt`]), split into those in a veld the set
    /// touches and those in velden none of its themes belongs to.
    #[inline]
    pub const fn van_set(set: ThemaSet) -> Buren {
        Buren::splits(onbewaakt(set), velden_van(set))
    }

    #[inline]
    const fn splits(buren: ThemaSet, velden: ThemaSet) -> Buren {
        Buren {
            binnen_veld: buren.intersection(velden),
            buiten_veld: buren.difference(velden),
        }
    }

    /// All of them.
    #[inline]
    pub const fn alle(self) -> ThemaSet {
        self.binnen_veld.union(self.buiten_veld)
    }
}

/// The number of raakvlakken of `thema` in the derived relation.
pub const fn graad(thema: Thema) -> usize {
    buren(thema).len()
}

/// All themes with their [`graad`], most linked first; ties in code order.
///
/// # Example
///
/// ```
/// use kernbeleid::raakvlakken;
///
/// let rangorde = raakvlakken::rangorde();
/// assert!(rangorde.windows(2).all(|w| w[0].1 >= w[1].1));
/// ```
pub fn rangorde() -> [(Thema, usize); Thema::COUNT] {
    let mut rangorde: [(Thema, usize); Thema::COUNT] = core::array::from_fn(|i| {
        let t = Thema::VARIANTS[i];
        (t, graad(t))
    });
    rangorde.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rangorde
}

/// How the handbook's rows state the link between two themes `a` and `b` (in that order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verband {
    /// Neither row lists the other.
    #[default]
    Geen,
    /// Each row lists the other.
    Wederzijds,
    /// Only the row of `a` lists `b` (a one-way link from `a`).
    Heen,
    /// Only the row of `b` lists `a` (a one-way link from `b`).
    Terug,
    /// `a` and `b` are the same theme and its row lists itself.
    NaarZichzelf,
}

impl Verband {
    /// Whether the derived relation links the two themes (self-links do not count).
    pub const fn verbonden(self) -> bool {
        matches!(self, Verband::Wederzijds | Verband::Heen | Verband::Terug)
    }

    /// Whether only one of the two rows lists the link.
    pub const fn eenzijdig(self) -> bool {
        matches!(self, Verband::Heen | Verband::Terug)
    }
}

/// How the published rows link `a` and `b`.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken::{verband, Verband};
///
/// assert_eq!(verband(Thema::SocialeKwaliteit, Thema::FysiekeKwaliteit), Verband::Wederzijds);
/// // 1.1 lists 2.1, but 2.1 does not list 1.1.
/// assert_eq!(verband(Thema::SocialeKwaliteit, Thema::VeiligWinkelgebied), Verband::Heen);
/// assert_eq!(verband(Thema::VeiligWinkelgebied, Thema::SocialeKwaliteit), Verband::Terug);
/// ```
pub const fn verband(a: Thema, b: Thema) -> Verband {
    let heen = gepubliceerd(a).contains(b);
    let terug = gepubliceerd(b).contains(a);
    if a.index() == b.index() {
        return if heen {
            Verband::NaarZichzelf
        } else {
            Verband::Geen
        };
    }
    match (heen, terug) {
        (true, true) => Verband::Wederzijds,
        (true, false) => Verband::Heen,
        (false, true) => Verband::Terug,
        (false, false) => Verband::Geen,
    }
}

/// The 22 x 22 matrix of [`verband`]: row `i`, column `j` is `verband(Thema::VARIANTS[i],
/// Thema::VARIANTS[j])`. [`Matrix`](super::Matrix) prints it.
pub const fn matrix() -> [[Verband; Thema::COUNT]; Thema::COUNT] {
    let mut matrix = [[Verband::Geen; Thema::COUNT]; Thema::COUNT];
    let mut i = 0;
    while i < Thema::COUNT {
        let mut j = 0;
        while j < Thema::COUNT {
            matrix[i][j] = verband(Thema::VARIANTS[i], Thema::VARIANTS[j]);
            j += 1;
        }
        i += 1;
    }
    matrix
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::catalogus::Veld;

    /// The definition the tables replace: the union of the members' rows, minus the set.
    fn onbewaakt_per_lid(set: ThemaSet) -> ThemaSet {
        set.iter()
            .fold(ThemaSet::EMPTY, |buren, t| buren | AFGELEID[t.index()])
            - set
    }

    fn velden_per_lid(set: ThemaSet) -> ThemaSet {
        set.iter().fold(ThemaSet::EMPTY, |velden, t| {
            velden | ThemaSet::uit_veld(t.veld())
        })
    }

    fn klopt(set: ThemaSet) {
        assert_eq!(onbewaakt(set), onbewaakt_per_lid(set), "{set}");
        assert_eq!(buren_van(set) - set, onbewaakt_per_lid(set), "{set}");
        assert_eq!(velden_van(set), velden_per_lid(set), "{set}");
    }

    #[test]
    fn elke_set_van_hoogstens_twee_themas() {
        klopt(ThemaSet::EMPTY);
        for &a in Thema::VARIANTS {
            klopt(a.into());
            assert_eq!(buren_van(a.into()), buren(a));
            for &b in Thema::VARIANTS {
                klopt(ThemaSet::from([a, b]));
            }
        }
        klopt(ThemaSet::ALL);
    }

    /// Every value of each byte of the bits: that is every table entry, and any set is the
    /// union of its three bytes. Also every subset of each veld.
    #[test]
    fn elke_waarde_van_elke_byte_en_elk_veld() {
        for k in 0..BYTES {
            for m in 0..256u32 {
                if let Some(set) = ThemaSet::uit_bits(m << (8 * k)) {
                    klopt(set);
                }
            }
        }
        let mut aantal = 0;
        for &veld in Veld::VARIANTS {
            let alle = ThemaSet::uit_veld(veld).bits();
            // All subsets of `alle`: count down through its bits.
            let mut m = alle;
            loop {
                klopt(ThemaSet::uit_bits(m).expect("bits van een veld"));
                aantal += 1;
                if m == 0 {
                    break;
                }
                m = (m - 1) & alle;
            }
        }
        assert_eq!(aantal, 16 + 32 + 16 + 16 + 32);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn gelijk_aan_de_vereniging_per_lid(bits in 0u32..1 << Thema::COUNT) {
            let set = ThemaSet::uit_bits(bits).expect("22 bits");
            prop_assert_eq!(onbewaakt(set), onbewaakt_per_lid(set));
            prop_assert_eq!(velden_van(set), velden_per_lid(set));
        }
    }
}
