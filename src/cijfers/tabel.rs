//! The six tables a coordinator downloads, recognised by their header.

use core::fmt;

use serde::{Serialize, Serializer};
use strum::VariantArray;

use super::categorie::{compact, Classificatie};
use super::fout::CijferFout;
use crate::document::IndicatorBron;

/// A table of the police's open data or of CBS StatLine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, VariantArray)]
#[non_exhaustive]
pub enum Tabel {
    /// 47013NED: registered crimes per month, per gemeente, by police "soort misdrijf".
    GeregistreerdeMisdrijven,
    /// 47022NED: the same per wijk and buurt (and gemeente).
    MisdrijvenWijkBuurt,
    /// 47021NED: registered overlast per month, per gemeente.
    Overlast,
    /// 47024NED: registered overlast per month, per wijk and buurt (and gemeente).
    OverlastWijkBuurt,
    /// 83648NED: registered crime per year, by CBS "soort misdrijf", with rates per 1,000
    /// inhabitants.
    Criminaliteit,
    /// 85146NED: the Veiligheidsmonitor, every two years, with 95% confidence margins; larger
    /// gemeenten only.
    Veiligheidsmonitor,
}

impl Tabel {
    /// The table's identifier: `47013NED` and so on.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Tabel::GeregistreerdeMisdrijven => "47013NED",
            Tabel::MisdrijvenWijkBuurt => "47022NED",
            Tabel::Overlast => "47021NED",
            Tabel::OverlastWijkBuurt => "47024NED",
            Tabel::Criminaliteit => "83648NED",
            Tabel::Veiligheidsmonitor => "85146NED",
        }
    }

    /// Who publishes it, as it is cited: `Politie`, `CBS`, `Veiligheidsmonitor`.
    #[must_use]
    pub const fn uitgever(self) -> &'static str {
        match self {
            Tabel::GeregistreerdeMisdrijven
            | Tabel::MisdrijvenWijkBuurt
            | Tabel::Overlast
            | Tabel::OverlastWijkBuurt => "Politie",
            Tabel::Criminaliteit => "CBS",
            Tabel::Veiligheidsmonitor => "Veiligheidsmonitor",
        }
    }

    /// What the table holds, in Dutch.
    #[must_use]
    pub const fn titel(self) -> &'static str {
        match self {
            Tabel::GeregistreerdeMisdrijven => {
                "geregistreerde misdrijven; soort misdrijf, gemeente, per maand"
            }
            Tabel::MisdrijvenWijkBuurt => {
                "geregistreerde misdrijven; soort misdrijf, wijk en buurt, per maand"
            }
            Tabel::Overlast => "geregistreerde overlast; soort overlast, gemeente, per maand",
            Tabel::OverlastWijkBuurt => {
                "geregistreerde overlast; soort overlast, wijk en buurt, per maand"
            }
            Tabel::Criminaliteit => "geregistreerde criminaliteit; soort misdrijf, regio, per jaar",
            Tabel::Veiligheidsmonitor => "sociale veiligheid; regio (Veiligheidsmonitor)",
        }
    }

    /// The header as the download writes it (the Veiligheidsmonitor has some 200 measure
    /// columns; one is shown).
    #[must_use]
    pub const fn kop(self) -> &'static str {
        match self {
            Tabel::GeregistreerdeMisdrijven => {
                "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1"
            }
            Tabel::MisdrijvenWijkBuurt => {
                "ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1"
            }
            Tabel::Overlast => "ID;Overlast;RegioS;Perioden;GeregistreerdeOverlast_1",
            Tabel::OverlastWijkBuurt => {
                "ID;Overlast;WijkenEnBuurten;Perioden;GeregistreerdeOverlast_1"
            }
            Tabel::Criminaliteit => "ID;SoortMisdrijf;RegioS;Perioden;TotaalGeregistreerdeMisdrijven_1;GeregistreerdeMisdrijvenPer1000Inw_3",
            Tabel::Veiligheidsmonitor => {
                "ID;Marges;RegioS;Perioden;RapportcijferVeiligheidInBuurt_60;..."
            }
        }
    }

    /// The category list of the table.
    #[must_use]
    pub const fn classificatie(self) -> Classificatie {
        match self {
            Tabel::GeregistreerdeMisdrijven | Tabel::MisdrijvenWijkBuurt => Classificatie::Politie,
            Tabel::Overlast | Tabel::OverlastWijkBuurt => Classificatie::Overlast,
            Tabel::Criminaliteit => Classificatie::Cbs,
            Tabel::Veiligheidsmonitor => Classificatie::Veiligheidsmonitor,
        }
    }

    /// Whether the table holds counts (everything but the Veiligheidsmonitor).
    #[must_use]
    pub const fn telt(self) -> bool {
        !matches!(self, Tabel::Veiligheidsmonitor)
    }

    /// The source as the document model names it (for an effect indicator's `bron`).
    #[must_use]
    pub fn indicator_bron(self) -> IndicatorBron {
        match self {
            Tabel::Veiligheidsmonitor => IndicatorBron::Veiligheidsmonitor,
            _ => IndicatorBron::Politieregistratie,
        }
    }

    /// What is counted or measured, in Dutch, for the `maat` of a series.
    #[must_use]
    pub const fn maat(self) -> &'static str {
        match self {
            Tabel::GeregistreerdeMisdrijven | Tabel::MisdrijvenWijkBuurt | Tabel::Criminaliteit => {
                "geregistreerde misdrijven"
            }
            Tabel::Overlast | Tabel::OverlastWijkBuurt => "geregistreerde overlastincidenten",
            Tabel::Veiligheidsmonitor => "Veiligheidsmonitor",
        }
    }
}

impl fmt::Display for Tabel {
    /// `Politie 47013NED`, `CBS 83648NED`, `Veiligheidsmonitor 85146NED`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.uitgever(), self.id())
    }
}

impl Serialize for Tabel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The part a column plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rol {
    Id,
    SoortMisdrijf,
    SoortOverlast,
    RegioGemeente,
    RegioWijkBuurt,
    Periode,
    Marge,
    AantalPolitie,
    AantalCbs,
    Per1000,
    AantalOverlast,
    Gemeentenaam,
    SoortRegio,
    Overig,
}

impl Rol {
    fn van(naam: &str) -> Rol {
        let kandidaten = kolomnamen(naam);
        kandidaten
            .iter()
            .find_map(|k| {
                Some(match k.as_str() {
                    "id" => Rol::Id,
                    "soortmisdrijf" => Rol::SoortMisdrijf,
                    "overlast" | "soortoverlast" => Rol::SoortOverlast,
                    "regios" | "regio" | "gemeente" | "gemeenten" => Rol::RegioGemeente,
                    "wijkenenbuurten" | "wijkenbuurten" => Rol::RegioWijkBuurt,
                    "perioden" | "periode" => Rol::Periode,
                    "marges" | "marge" => Rol::Marge,
                    "geregistreerdemisdrijven" => Rol::AantalPolitie,
                    "totaalgeregistreerdemisdrijven" => Rol::AantalCbs,
                    "geregistreerdemisdrijvenper1000inw"
                    | "geregistreerdemisdrijvenper1000inwoners" => Rol::Per1000,
                    "geregistreerdeoverlast" => Rol::AantalOverlast,
                    "gemeentenaam" => Rol::Gemeentenaam,
                    "soortregio" => Rol::SoortRegio,
                    _ => return None,
                })
            })
            .unwrap_or(Rol::Overig)
    }

    /// What the part is called in an error message.
    fn woord(self) -> &'static str {
        match self {
            Rol::Id => "het volgnummer (ID)",
            Rol::SoortMisdrijf | Rol::SoortOverlast => "de soort (categorie)",
            Rol::RegioGemeente | Rol::RegioWijkBuurt => "de regio",
            Rol::Periode => "de periode",
            Rol::Marge => "de marges",
            Rol::AantalPolitie | Rol::AantalCbs | Rol::AantalOverlast => "het aantal",
            Rol::Per1000 => "het aantal per 1000 inwoners",
            Rol::Gemeentenaam => "de gemeentenaam",
            Rol::SoortRegio => "de soort regio",
            Rol::Overig => "een meetwaarde",
        }
    }

    fn is_regio(self) -> bool {
        matches!(self, Rol::RegioGemeente | Rol::RegioWijkBuurt)
    }
}

/// The names a header cell is compared by: the whole name and the part after the last `/` (a
/// title with its group in front), each without a `_3` suffix and a `(aantal)` unit, compacted.
pub(crate) fn kolomnamen(naam: &str) -> Vec<String> {
    let zonder = kolomstam(naam);
    let mut uit = vec![compact(zonder)];
    if let Some((_, laatste)) = zonder.rsplit_once('/') {
        uit.push(compact(laatste));
    }
    uit
}

/// A column name without its `_3` suffix and a trailing unit in parentheses.
pub(crate) fn kolomstam(naam: &str) -> &str {
    let mut naam = naam.trim();
    if let Some((stam, nummer)) = naam.rsplit_once('_') {
        if !nummer.is_empty() && nummer.bytes().all(|b| b.is_ascii_digit()) && !stam.is_empty() {
            naam = stam;
        }
    }
    if naam.ends_with(')') {
        if let Some(i) = naam.rfind('(') {
            let voor = naam.get(..i).unwrap_or(naam).trim_end();
            if !voor.is_empty() {
                naam = voor;
            }
        }
    }
    naam
}

/// Which column plays which part, for a recognised table.
#[derive(Debug, Clone)]
pub(crate) struct Indeling {
    pub(crate) tabel: Tabel,
    pub(crate) categorie: Option<usize>,
    pub(crate) regio: usize,
    pub(crate) periode: usize,
    pub(crate) marge: Option<usize>,
    pub(crate) aantal: Option<usize>,
    pub(crate) per_1000: Option<usize>,
    pub(crate) gemeentenaam: Option<usize>,
    pub(crate) soort_regio: Option<usize>,
    /// The measure columns of the Veiligheidsmonitor.
    pub(crate) maten: Vec<usize>,
}

/// What each table needs, for recognising it and for saying what is missing.
fn vereist(tabel: Tabel) -> &'static [(&'static str, &'static [Rol])] {
    const REGIO: &[Rol] = &[Rol::RegioGemeente, Rol::RegioWijkBuurt];
    match tabel {
        Tabel::GeregistreerdeMisdrijven => &[
            ("SoortMisdrijf", &[Rol::SoortMisdrijf]),
            ("RegioS", REGIO),
            ("Perioden", &[Rol::Periode]),
            ("GeregistreerdeMisdrijven_1", &[Rol::AantalPolitie]),
        ],
        Tabel::MisdrijvenWijkBuurt => &[
            ("SoortMisdrijf", &[Rol::SoortMisdrijf]),
            ("WijkenEnBuurten", &[Rol::RegioWijkBuurt]),
            ("Perioden", &[Rol::Periode]),
            ("GeregistreerdeMisdrijven_1", &[Rol::AantalPolitie]),
        ],
        Tabel::Overlast => &[
            ("Overlast", &[Rol::SoortOverlast]),
            ("RegioS", REGIO),
            ("Perioden", &[Rol::Periode]),
            ("GeregistreerdeOverlast_1", &[Rol::AantalOverlast]),
        ],
        Tabel::OverlastWijkBuurt => &[
            ("Overlast", &[Rol::SoortOverlast]),
            ("WijkenEnBuurten", &[Rol::RegioWijkBuurt]),
            ("Perioden", &[Rol::Periode]),
            ("GeregistreerdeOverlast_1", &[Rol::AantalOverlast]),
        ],
        Tabel::Criminaliteit => &[
            ("SoortMisdrijf", &[Rol::SoortMisdrijf]),
            ("RegioS", REGIO),
            ("Perioden", &[Rol::Periode]),
            ("TotaalGeregistreerdeMisdrijven_1", &[Rol::AantalCbs]),
        ],
        Tabel::Veiligheidsmonitor => &[
            ("Marges", &[Rol::Marge]),
            ("RegioS", REGIO),
            ("Perioden", &[Rol::Periode]),
            ("een of meer meetwaarden", &[Rol::Overig]),
        ],
    }
}

/// Recognises the table by its header (the cells trimmed, in order).
pub(crate) fn herken(namen: &[String], regel: u64) -> Result<Indeling, CijferFout> {
    let rollen: Vec<Rol> = namen.iter().map(|n| Rol::van(n)).collect();
    // A part played twice is an error, except measures and unknown columns.
    for (i, rol) in rollen.iter().enumerate() {
        if *rol == Rol::Overig {
            continue;
        }
        let eerder = rollen
            .iter()
            .take(i)
            .position(|r| r == rol || (r.is_regio() && rol.is_regio()));
        if let Some(eerder) = eerder {
            return Err(CijferFout::DubbeleKolom {
                regel,
                kolom: i + 1,
                naam: namen.get(i).cloned().unwrap_or_default(),
                rol: rol.woord(),
                eerder: eerder + 1,
            });
        }
    }
    let heeft = |rol: Rol| rollen.contains(&rol);
    let tabel = if heeft(Rol::Marge) {
        Some(Tabel::Veiligheidsmonitor)
    } else if heeft(Rol::SoortMisdrijf) && heeft(Rol::AantalCbs) {
        Some(Tabel::Criminaliteit)
    } else if heeft(Rol::SoortMisdrijf) && heeft(Rol::AantalPolitie) {
        Some(if heeft(Rol::RegioWijkBuurt) {
            Tabel::MisdrijvenWijkBuurt
        } else {
            Tabel::GeregistreerdeMisdrijven
        })
    } else if heeft(Rol::SoortOverlast) && heeft(Rol::AantalOverlast) {
        Some(if heeft(Rol::RegioWijkBuurt) {
            Tabel::OverlastWijkBuurt
        } else {
            Tabel::Overlast
        })
    } else {
        None
    };
    let ontbreekt = |tabel: Tabel| -> Vec<&'static str> {
        vereist(tabel)
            .iter()
            .filter(|(_, rollen_nodig)| !rollen_nodig.iter().any(|r| heeft(*r)))
            .map(|(naam, _)| *naam)
            .collect()
    };
    let Some(tabel) = tabel.filter(|t| ontbreekt(*t).is_empty()) else {
        return Err(kopfout(namen, regel, &ontbreekt));
    };
    let positie = |pred: &dyn Fn(Rol) -> bool| rollen.iter().position(|r| pred(*r));
    let regio = positie(&Rol::is_regio);
    let periode = positie(&|r| r == Rol::Periode);
    let (Some(regio), Some(periode)) = (regio, periode) else {
        return Err(kopfout(namen, regel, &ontbreekt));
    };
    let maten = if tabel == Tabel::Veiligheidsmonitor {
        rollen
            .iter()
            .enumerate()
            .filter(|(_, r)| **r == Rol::Overig)
            .map(|(i, _)| i)
            .collect()
    } else {
        Vec::new()
    };
    Ok(Indeling {
        tabel,
        categorie: positie(&|r| matches!(r, Rol::SoortMisdrijf | Rol::SoortOverlast)),
        regio,
        periode,
        marge: positie(&|r| r == Rol::Marge),
        aantal: positie(&|r| {
            matches!(r, Rol::AantalPolitie | Rol::AantalCbs | Rol::AantalOverlast)
        }),
        per_1000: positie(&|r| r == Rol::Per1000),
        gemeentenaam: positie(&|r| r == Rol::Gemeentenaam),
        soort_regio: positie(&|r| r == Rol::SoortRegio),
        maten,
    })
}

fn kopfout(
    namen: &[String],
    regel: u64,
    ontbreekt: &dyn Fn(Tabel) -> Vec<&'static str>,
) -> CijferFout {
    let tabellen: Vec<String> = Tabel::VARIANTS
        .iter()
        .map(|t| format!("{} ({})", t.id(), t.kop()))
        .collect();
    let mut verwacht = format!(
        "de kolommen van een van deze tabellen: {}",
        tabellen.join("; ")
    );
    // The table the header comes closest to, if it has most of its columns.
    let beste = Tabel::VARIANTS
        .iter()
        .map(|t| (ontbreekt(*t), *t))
        // Only a table whose own column (the category or the margins) is there, and most of
        // the rest.
        .filter(|(mist, t)| {
            !mist.is_empty()
                && mist.len() < vereist(*t).len() - 1
                && vereist(*t)
                    .first()
                    .is_some_and(|(eigen, _)| !mist.contains(eigen))
        })
        .min_by_key(|(mist, _)| mist.len());
    if let Some((mist, tabel)) = beste {
        let kolommen = if mist.len() == 1 {
            "de kolom"
        } else {
            "de kolommen"
        };
        let ontbreken = if mist.len() == 1 {
            "ontbreekt"
        } else {
            "ontbreken"
        };
        verwacht.push_str(&format!(
            " (het lijkt op {}, maar {kolommen} {} {ontbreken})",
            tabel.id(),
            mist.join(", ")
        ));
    }
    CijferFout::Kop {
        regel,
        kolommen: namen.to_vec(),
        verwacht,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn namen(kop: &str) -> Vec<String> {
        kop.split(';').map(str::to_owned).collect()
    }

    #[test]
    fn elke_tabel_herkent_zijn_eigen_kop() {
        for &tabel in Tabel::VARIANTS {
            let indeling = herken(&namen(&tabel.kop().replace(";...", "")), 1).expect("kop");
            assert_eq!(indeling.tabel, tabel);
        }
    }

    #[test]
    fn titels_met_groep_en_eenheid() {
        let kop = namen("Soort misdrijf;Regio's;Perioden;Geregistreerde misdrijven/Totaal geregistreerde misdrijven (aantal);Geregistreerde misdrijven/Geregistreerde misdrijven per 1000 inw. (per 1 000 inwoners)");
        let indeling = herken(&kop, 1).expect("kop");
        assert_eq!(indeling.tabel, Tabel::Criminaliteit);
        assert_eq!(indeling.per_1000, Some(4));
    }

    #[test]
    fn stam_zonder_nummer_en_eenheid() {
        assert_eq!(
            kolomstam("GeregistreerdeMisdrijven_1"),
            "GeregistreerdeMisdrijven"
        );
        assert_eq!(kolomstam("Aantal (x 1 000)"), "Aantal");
        assert_eq!(kolomstam("_1"), "_1");
    }
}
