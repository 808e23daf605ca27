//! The audit of the published raakvlakken: what the rows say that the derived relation smooths
//! over. Everything here is computed from the catalogue; nothing is typed in.

use core::fmt;

use serde::Serialize;

use super::{buren, genoemd_door, gepubliceerd, ThemaSet};
use crate::catalogus::Thema;
use crate::naam;
use strum::{EnumCount, VariantArray};

/// A link only one of the two rows lists: the row of `van` lists `naar`, the row of `naar` does
/// not list `van`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Eenzijdig {
    /// The theme whose row lists the link.
    pub van: Thema,
    /// The theme listed, whose own row does not list `van`.
    pub naar: Thema,
}

impl fmt::Display for Eenzijdig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:#} noemt {:#}, maar {} noemt {} niet",
            self.van, self.naar, self.naar, self.van
        )
    }
}

/// The themes `thema`'s row lists one-way: listed there, but their own rows do not list
/// `thema`.
pub const fn eenzijdig_van(thema: Thema) -> ThemaSet {
    gepubliceerd(thema)
        .difference(genoemd_door(thema))
        .without(thema)
}

/// Every one-way link, ordered by `van` and then `naar` (code order).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken::{eenzijdig, Eenzijdig};
///
/// let eerste = eenzijdig().next();
/// assert_eq!(eerste, Some(Eenzijdig { van: Thema::SocialeKwaliteit, naar: Thema::VeiligWinkelgebied }));
/// ```
pub fn eenzijdig() -> impl Iterator<Item = Eenzijdig> {
    Thema::VARIANTS.iter().copied().flat_map(|van| {
        eenzijdig_van(van)
            .iter()
            .map(move |naar| Eenzijdig { van, naar })
    })
}

/// The themes whose row lists the theme itself.
pub const fn naar_zichzelf() -> ThemaSet {
    let mut set = ThemaSet::EMPTY;
    let mut i = 0;
    while i < Thema::COUNT {
        let thema = Thema::VARIANTS[i];
        if gepubliceerd(thema).contains(thema) {
            set = set.with(thema);
        }
        i += 1;
    }
    set
}

/// The themes whose row lists no other theme (a self-reference does not count). In the derived
/// relation such a theme may still have raakvlakken, through the rows of others.
pub const fn zonder_raakvlakken() -> ThemaSet {
    let mut set = ThemaSet::EMPTY;
    let mut i = 0;
    while i < Thema::COUNT {
        let thema = Thema::VARIANTS[i];
        if gepubliceerd(thema).without(thema).is_empty() {
            set = set.with(thema);
        }
        i += 1;
    }
    set
}

/// The number of published links between two different themes: the entries of all rows, less
/// self-references (a theme listed twice in one row would count once).
pub const fn gepubliceerd_aantal() -> usize {
    let mut aantal = 0;
    let mut i = 0;
    while i < Thema::COUNT {
        let thema = Thema::VARIANTS[i];
        aantal += gepubliceerd(thema).without(thema).len();
        i += 1;
    }
    aantal
}

/// The number of unordered pairs of themes the derived relation links.
pub const fn symmetrisch_aantal() -> usize {
    let mut tweemaal = 0;
    let mut i = 0;
    while i < Thema::COUNT {
        tweemaal += buren(Thema::VARIANTS[i]).len();
        i += 1;
    }
    tweemaal / 2
}

/// A name under which rows list a theme that is not its 2021 name (compared ignoring case,
/// accents, spacing and punctuation), with the rows that print it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct AfwijkendeNaam {
    /// The theme meant (by its code, which the rows print next to the name).
    #[serde(rename = "code")]
    pub thema: Thema,
    /// The name as printed (the first row's spelling where rows differ only in case or
    /// punctuation).
    pub genoemd_als: &'static str,
    /// The themes whose rows print it.
    pub bij: ThemaSet,
}

impl fmt::Display for AfwijkendeNaam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} heet \"{}\", maar wordt genoemd als \"{}\" door {}",
            self.thema,
            self.thema.naam(),
            self.genoemd_als,
            Opsomming(self.bij)
        )
    }
}

/// The names rows give a theme other than its 2021 name: one entry per theme and printed name,
/// in code order of the theme and then in order of the first row that prints it.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken::afwijkende_namen;
///
/// let vpt = afwijkende_namen()
///     .into_iter()
///     .find(|a| a.genoemd_als == "Veilige Publieke Taak")
///     .map(|a| a.thema);
/// assert_eq!(vpt, Some(Thema::WeerbareOverheid));
/// ```
pub fn afwijkende_namen() -> Vec<AfwijkendeNaam> {
    let mut namen: Vec<AfwijkendeNaam> = Vec::new();
    for &rij in Thema::VARIANTS {
        for vermelding in rij.gegevens().raakvlakken {
            let thema = vermelding.thema;
            if naam::gelijk(vermelding.genoemd_als, thema.naam()) {
                continue;
            }
            match namen
                .iter_mut()
                .find(|a| a.thema == thema && naam::gelijk(a.genoemd_als, vermelding.genoemd_als))
            {
                Some(bekend) => bekend.bij = bekend.bij.with(rij),
                None => namen.push(AfwijkendeNaam {
                    thema,
                    genoemd_als: vermelding.genoemd_als,
                    bij: ThemaSet::uit_thema(rij),
                }),
            }
        }
    }
    // Stable: within a theme, the order of first appearance stays.
    namen.sort_by_key(|a| a.thema);
    namen
}

/// The audit of the published raakvlakken, as `kbv raakvlakken --controle` prints it.
///
/// Its serde form is the contract of `kbv raakvlakken --controle --json`:
/// `{"gepubliceerd_aantal": N, "symmetrisch_aantal": M, "eenzijdig": [{"van": "1.1", "naar":
/// "2.1"}, ...], "naar_zichzelf": [...], "afwijkende_namen": [{"code": "5.3", "genoemd_als":
/// "...", "bij": [...]}], "zonder_raakvlakken": [...]}`. [`Display`](fmt::Display) writes the
/// same in Dutch for people.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::raakvlakken::Controle;
///
/// let controle = Controle::bereken();
/// assert!(controle.symmetrisch_aantal <= controle.gepubliceerd_aantal);
/// assert!(controle.naar_zichzelf.contains(Thema::Brandveiligheid));
/// let json = serde_json::to_value(&controle)?;
/// assert_eq!(json["afwijkende_namen"][1]["code"], "5.3");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Controle {
    /// Published links between two different themes (see [`gepubliceerd_aantal`]).
    pub gepubliceerd_aantal: usize,
    /// Unordered pairs in the derived relation (see [`symmetrisch_aantal`]).
    pub symmetrisch_aantal: usize,
    /// The one-way links (see [`eenzijdig`]).
    pub eenzijdig: Vec<Eenzijdig>,
    /// The themes whose row lists themselves (see [`naar_zichzelf`]).
    pub naar_zichzelf: ThemaSet,
    /// The names other than the 2021 names (see [`afwijkende_namen`]).
    pub afwijkende_namen: Vec<AfwijkendeNaam>,
    /// The themes whose row lists no other theme (see [`zonder_raakvlakken`]).
    pub zonder_raakvlakken: ThemaSet,
}

impl Controle {
    /// Computes the audit from the catalogue.
    pub fn bereken() -> Controle {
        Controle {
            gepubliceerd_aantal: gepubliceerd_aantal(),
            symmetrisch_aantal: symmetrisch_aantal(),
            eenzijdig: eenzijdig().collect(),
            naar_zichzelf: naar_zichzelf(),
            afwijkende_namen: afwijkende_namen(),
            zonder_raakvlakken: zonder_raakvlakken(),
        }
    }
}

/// Codes as a Dutch enumeration: "1.1, 2.3 en 5.2".
pub(crate) struct Opsomming(pub ThemaSet);

impl fmt::Display for Opsomming {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        if n == 0 {
            return f.write_str("geen");
        }
        for (i, thema) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == n { " en " } else { ", " })?;
            }
            write!(f, "{thema}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Controle {
    /// The audit in Dutch, one finding per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Controle van de raakvlakken in Kernbeleid Veiligheid 2021"
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "Gepubliceerd: {} raakvlakken tussen twee verschillende thema's.",
            self.gepubliceerd_aantal
        )?;
        writeln!(
            f,
            "Afgeleid (in beide richtingen, zonder verwijzingen naar zichzelf): {} paren van thema's.",
            self.symmetrisch_aantal
        )?;
        writeln!(f)?;
        if self.eenzijdig.is_empty() {
            writeln!(f, "Eenzijdig genoemd: geen.")?;
        } else {
            writeln!(
                f,
                "Eenzijdig genoemd ({}): het ene thema noemt het andere, maar niet andersom.",
                self.eenzijdig.len()
            )?;
            for e in &self.eenzijdig {
                writeln!(f, "  - {e}")?;
            }
        }
        writeln!(f)?;
        if self.naar_zichzelf.is_empty() {
            writeln!(f, "Naar zichzelf: geen.")?;
        } else {
            writeln!(
                f,
                "Naar zichzelf ({}): de rij noemt het eigen thema.",
                self.naar_zichzelf.len()
            )?;
            for thema in self.naar_zichzelf {
                writeln!(f, "  - {thema:#}")?;
            }
        }
        writeln!(f)?;
        if self.afwijkende_namen.is_empty() {
            writeln!(f, "Afwijkende namen: geen.")?;
        } else {
            writeln!(
                f,
                "Afwijkende namen ({}): een thema genoemd met een andere naam dan die van 2021.",
                self.afwijkende_namen.len()
            )?;
            for a in &self.afwijkende_namen {
                writeln!(f, "  - {a}")?;
            }
        }
        writeln!(f)?;
        if self.zonder_raakvlakken.is_empty() {
            writeln!(f, "Zonder raakvlakken: geen.")
        } else {
            writeln!(
                f,
                "Zonder raakvlakken ({}): {}.",
                self.zonder_raakvlakken.len(),
                Opsomming(self.zonder_raakvlakken)
            )
        }
    }
}
