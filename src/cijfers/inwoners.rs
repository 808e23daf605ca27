//! Inhabitants per region and year, for rates per 1,000 inhabitants.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use super::categorie::compact;
use super::cel::Cel;
use super::fout::CijferFout;
use super::klein;
use super::lezen::Bestand;
use super::periode::{Deel, Periode};
use super::regio::Regio;
use super::tabel::Tabel;

/// Inhabitants per region and year.
///
/// From the CBS table 83648NED (see [`Inwoners::uit_criminaliteit`]) or given by the user
/// ([`Inwoners::lees`], [`Inwoners::voeg_toe`]); the user's figures take precedence in
/// [`bereken`](super::bereken). A region is looked up by key (`GM0363`) and by name, case,
/// accents, spacing and punctuation ignored.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{Inwoners, Regio};
///
/// let mut inwoners = Inwoners::new();
/// inwoners.voeg_toe("GM0363", 2023, 931_298);
/// assert_eq!(inwoners.aantal(&Regio::lees("GM0363    "), 2023), Some(931_298));
/// assert_eq!(inwoners.aantal(&Regio::lees("GM0363"), 2022), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inwoners {
    per_regio: HashMap<String, BTreeMap<i32, u64>>,
}

fn sleutel(regio: &str) -> String {
    compact(regio)
}

impl Inwoners {
    /// No figures.
    #[must_use]
    pub fn new() -> Inwoners {
        Inwoners::default()
    }

    /// Whether there are no figures.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.per_regio.is_empty()
    }

    /// Sets the inhabitants of `regio` (a key such as `GM0363` or a name) in `jaar`.
    pub fn voeg_toe(&mut self, regio: &str, jaar: i32, aantal: u64) {
        self.per_regio
            .entry(sleutel(regio))
            .or_default()
            .insert(jaar, aantal);
    }

    /// The inhabitants of `regio` in `jaar`, by key or by name.
    #[must_use]
    pub fn aantal(&self, regio: &Regio, jaar: i32) -> Option<u64> {
        [regio.code.as_deref(), regio.naam.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|r| self.per_regio.get(&sleutel(r))?.get(&jaar).copied())
    }

    /// Adds every figure of `ander` that this one lacks.
    pub fn vul_aan(&mut self, ander: &Inwoners) {
        for (regio, jaren) in &ander.per_regio {
            let eigen = self.per_regio.entry(regio.clone()).or_default();
            for (jaar, aantal) in jaren {
                eigen.entry(*jaar).or_insert(*aantal);
            }
        }
    }

    /// The inhabitants CBS table 83648NED implies: for each region and year, the total of
    /// registered crimes ("Misdrijven, totaal") divided by its rate per 1,000 inhabitants.
    ///
    /// The rate is published with one decimal, so the figure is exact to about one part in a
    /// thousand for a rate of 50; give the population yourself where that matters. Other tables
    /// give nothing.
    #[must_use]
    pub fn uit_criminaliteit(bestand: &Bestand) -> Inwoners {
        let mut inwoners = Inwoners::new();
        if bestand.tabel() != Tabel::Criminaliteit {
            return inwoners;
        }
        for r in bestand.registraties() {
            let (Cel::Getal(totaal), Some(Cel::Getal(per_1000))) = (r.waarde, r.per_1000) else {
                continue;
            };
            if !r.categorie.is_totaal() || r.periode.deel != Deel::Jaar || per_1000 <= 0.0 {
                continue;
            }
            let aantal = (totaal * 1000.0 / per_1000).round();
            if aantal.is_finite() && aantal >= 1.0 {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let aantal = aantal as u64;
                for naam in [r.regio.code.as_deref(), r.regio.naam.as_deref()]
                    .into_iter()
                    .flatten()
                {
                    inwoners.voeg_toe(naam, r.periode.jaar, aantal);
                }
            }
        }
        inwoners
    }

    /// Reads inhabitants from a CSV with three columns: region, year and inhabitants.
    ///
    /// ```text
    /// Regio;Jaar;Inwoners
    /// GM0363;2023;931298
    /// Utrecht;2023;367984
    /// ```
    ///
    /// The header names the columns (`Regio`, `RegioS` or `Gemeente`; `Jaar`, `Perioden` or
    /// `Periode`; `Inwoners`, `Bevolking` or `BevolkingAanHetBeginVanDePeriode_1`, in any order);
    /// separated by `;`, `,` or a tab (whichever the header uses most outside quotes). A year is `2023` or `2023JJ00`. A BOM is skipped.
    ///
    /// # Errors
    ///
    /// [`CijferFout`] naming line and column: an unknown header, a cell that is no year or no
    /// whole number of inhabitants, or a failing reader.
    pub fn lees<R: Read>(invoer: R) -> Result<Inwoners, CijferFout> {
        let mut inwoners = Inwoners::new();
        klein::lees(
            invoer,
            |kolommen| {
                let zoek = |namen: &[&str]| klein::kolom(kolommen, namen);
                match (
                    zoek(&[
                        "regio",
                        "regios",
                        "gemeente",
                        "gemeenten",
                        "wijkenenbuurten",
                    ]),
                    zoek(&["jaar", "perioden", "periode"]),
                    zoek(&[
                        "inwoners",
                        "bevolking",
                        "bevolkingaanhetbeginvandeperiode",
                        "aantalinwoners",
                    ]),
                ) {
                    (Some(regio), Some(jaar), Some(aantal)) => Ok((regio, jaar, aantal)),
                    _ => Err(CijferFout::Kop {
                        regel: 1,
                        kolommen: kolommen.to_vec(),
                        verwacht: "de kolommen Regio;Jaar;Inwoners".to_owned(),
                    }),
                }
            },
            |&(k_regio, k_jaar, k_aantal), rij| {
                let regio = rij.cel(k_regio)?;
                if regio.is_empty() {
                    return Err(rij.fout(k_regio, regio, "een regio, zoals GM0363 of Amsterdam"));
                }
                let jaar_cel = rij.cel(k_jaar)?;
                let jaar = match Periode::lees(jaar_cel) {
                    Some((
                        Periode {
                            jaar,
                            deel: Deel::Jaar,
                        },
                        _,
                    )) => jaar,
                    _ => {
                        return Err(rij.fout(k_jaar, jaar_cel, "een jaar, zoals 2023 of 2023JJ00"))
                    }
                };
                let aantal_cel = rij.cel(k_aantal)?;
                let aantal = aantal_cel
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| {
                        rij.fout(
                            k_aantal,
                            aantal_cel,
                            "een geheel aantal inwoners groter dan 0",
                        )
                    })?;
                let regio = Regio::lees(regio);
                inwoners.voeg_toe(
                    regio.code.as_deref().unwrap_or(regio.weergave()),
                    jaar,
                    aantal,
                );
                Ok(())
            },
        )?;
        Ok(inwoners)
    }
}
