//! Names for region keys: a download with only keys (`GM0344`) becomes findable by name
//! (`Utrecht`), as an IVP names its gemeenten.

use std::collections::HashMap;
use std::io::Read;

use super::fout::CijferFout;
use super::klein;
use super::lezen::Bestand;
use super::regio::{Niveau, Regio};
use crate::gemeenten::{Gemeente, VoormaligeGemeente};

/// Region names by key.
///
/// The typed downloads of CBS and the police carry keys only; their zip holds the dimension
/// file (`RegioS.csv`, `WijkenEnBuurten.csv`) with `Key` and `Title`, which
/// [`Regionamen::lees`] reads. [`Bestand::benoem`] then gives the regions their names, and a wijk
/// or buurt the name of its gemeente.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{lees, Regionamen};
///
/// let namen = Regionamen::lees("Key;Title;Description\n\"GM0344    \";\"Utrecht (gemeente)\";\n".as_bytes())?;
/// let mut bestand = lees("ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n\
///                         1;1.1.1;GM0344;2024JJ00;870\n2;1.1.1;WK034401;2024JJ00;40\n".as_bytes())?;
/// bestand.benoem(&namen);
/// assert_eq!(bestand.regios()[0].naam.as_deref(), Some("Utrecht"));
/// assert!(bestand.regios()[1].hoort_bij("Utrecht"));
/// # Ok::<(), kernbeleid::cijfers::CijferFout>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Regionamen {
    namen: HashMap<String, String>,
}

impl Regionamen {
    /// No names.
    #[must_use]
    pub fn new() -> Regionamen {
        Regionamen::default()
    }

    /// The names of every gemeente by its CBS code: the 342 gemeenten of 1 January 2025 and
    /// the gemeenten that ended since 2015 ([`crate::gemeenten`]), so that a download with keys
    /// only (`GM0388`) is findable by name (`Enkhuizen`) without a dimension file.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::cijfers::Regionamen;
    ///
    /// let namen = Regionamen::gemeenten();
    /// assert_eq!(namen.naam("GM0388"), Some("Enkhuizen"));
    /// assert_eq!(namen.naam("gm0620  "), Some("Vianen")); // ended in 2019
    /// assert_eq!(namen.naam("PV26"), None);
    /// ```
    #[must_use]
    pub fn gemeenten() -> Regionamen {
        let mut namen = Regionamen::new();
        for g in Gemeente::alle() {
            namen.namen.insert(g.cbs_code(), g.naam().to_owned());
        }
        for v in VoormaligeGemeente::alle() {
            namen.namen.insert(v.cbs_code(), v.naam().to_owned());
        }
        namen
    }

    /// These names completed with `andere`, whose names win where both name a key (a dimension
    /// file read with [`Regionamen::lees`] over [`Regionamen::gemeenten`]).
    #[must_use]
    pub fn aangevuld_met(mut self, andere: Regionamen) -> Regionamen {
        self.namen.extend(andere.namen);
        self
    }

    /// Whether there are no names.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.namen.is_empty()
    }

    /// Names the region with key `code` (padding and case ignored). A trailing `(gemeente)`,
    /// `(PV)` and the like is dropped, as in [`Regio::lees`].
    pub fn voeg_toe(&mut self, code: &str, naam: &str) {
        let naam = Regio::lees(naam)
            .naam
            .unwrap_or_else(|| naam.trim().to_owned());
        self.namen.insert(code.trim().to_ascii_uppercase(), naam);
    }

    /// The name of the region with key `code`.
    #[must_use]
    pub fn naam(&self, code: &str) -> Option<&str> {
        self.namen
            .get(&code.trim().to_ascii_uppercase())
            .map(String::as_str)
    }

    /// Reads a CBS dimension file: a CSV whose header has a key column (`Key`, `Code`, `RegioS`
    /// or `WijkenEnBuurten`) and a name column (`Title`, `Naam`, `Gemeentenaam`); other columns
    /// are not read. Separated by `;`, `,` or a tab (whichever the header uses most outside quotes); a BOM is skipped.
    ///
    /// # Errors
    ///
    /// [`CijferFout`] naming line and column: a header without those columns, a row with a
    /// different number of fields, text that is not UTF-8, or a failing reader.
    pub fn lees<R: Read>(invoer: R) -> Result<Regionamen, CijferFout> {
        let mut namen = Regionamen::new();
        klein::lees(
            invoer,
            |kolommen| {
                let zoek = |namen: &[&str]| klein::kolom(kolommen, namen);
                match (
                    zoek(&["key", "code", "regios", "wijkenenbuurten", "gemeentecode"]),
                    zoek(&["title", "naam", "gemeentenaam", "titel"]),
                ) {
                    (Some(code), Some(naam)) => Ok((code, naam)),
                    _ => Err(CijferFout::Kop {
                        regel: 1,
                        kolommen: kolommen.to_vec(),
                        verwacht: "een sleutel- en een naamkolom, zoals Key;Title (het \
                                   dimensiebestand van CBS)"
                            .to_owned(),
                    }),
                }
            },
            |&(k_code, k_naam), rij| {
                let (code, naam) = (rij.cel(k_code)?, rij.cel(k_naam)?);
                if code.is_empty() {
                    return Err(rij.fout(k_code, code, "een sleutel, zoals GM0344"));
                }
                if !naam.is_empty() {
                    namen.voeg_toe(code, naam);
                }
                Ok(())
            },
        )?;
        Ok(namen)
    }
}

impl Bestand {
    /// Gives the regions that have only a key their name from `namen`, and a wijk or buurt the
    /// name of its gemeente.
    pub fn benoem(&mut self, namen: &Regionamen) {
        for regio in &mut self.regios {
            let Some(code) = regio.code.clone() else {
                continue;
            };
            if regio.naam.is_none() {
                regio.naam = namen.naam(&code).map(str::to_owned);
            }
            if regio.gemeentenaam.is_none() {
                regio.gemeentenaam = match regio.niveau {
                    Niveau::Gemeente => regio.naam.clone(),
                    Niveau::Wijk | Niveau::Buurt => regio
                        .gemeentecode()
                        .and_then(|g| namen.naam(&g).map(str::to_owned)),
                    _ => None,
                };
            }
        }
    }
}
