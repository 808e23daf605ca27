//! Reading a download: bytes in, typed rows out, or a Dutch error naming line and column.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Cursor, Read};

use super::categorie::{Classificatie, Herkenning, Soort};
use super::cel::{Cel, VERWACHT_GETAL};
use super::fout::{io_fout, kort, CijferFout, Grens};
use super::periode::{Deel, Periode, VERWACHT_PERIODE};
use super::regio::{Niveau, Regio};
use super::tabel::{herken, kolomstam, Indeling, Tabel};
use super::{GROOTSTE_DOWNLOAD, GROOTSTE_REGEL};

/// A category cell of a download, recognised against the known list where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Categorie {
    /// The cell as found, padding removed.
    pub cel: String,
    /// The known category it was recognised as, if any.
    pub soort: Option<&'static Soort>,
    /// How it was recognised.
    pub herkenning: Option<Herkenning>,
}

impl Categorie {
    /// What people read: the known category's code and title, else the cell.
    #[must_use]
    pub fn weergave(&self) -> String {
        self.soort
            .map_or_else(|| self.cel.clone(), ToString::to_string)
    }

    /// Whether this is the total of all categories.
    #[must_use]
    pub fn is_totaal(&self) -> bool {
        self.soort.is_some_and(|s| s.totaal)
    }
}

/// Which value of the Veiligheidsmonitor a row holds (its `Marges` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marge {
    /// The estimate (`MW00000`, "Waarde").
    Waarde,
    /// The lower bound of the 95% confidence interval (`MOG0095`, "Ondergrens ...").
    Ondergrens,
    /// The upper bound (`MBG0095`, "Bovengrens ...").
    Bovengrens,
}

impl Marge {
    fn lees(cel: &str) -> Option<Marge> {
        let cel = cel.trim();
        if cel.eq_ignore_ascii_case("MW00000") {
            return Some(Marge::Waarde);
        }
        if cel.eq_ignore_ascii_case("MOG0095") {
            return Some(Marge::Ondergrens);
        }
        if cel.eq_ignore_ascii_case("MBG0095") {
            return Some(Marge::Bovengrens);
        }
        let kort = super::categorie::compact(cel);
        if kort == "waarde" {
            Some(Marge::Waarde)
        } else if kort.starts_with("ondergrens") {
            Some(Marge::Ondergrens)
        } else if kort.starts_with("bovengrens") {
            Some(Marge::Bovengrens)
        } else {
            None
        }
    }
}

/// One row of a table with counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Registratie<'a> {
    /// The line in the download.
    pub regel: u64,
    /// The region.
    pub regio: &'a Regio,
    /// The category.
    pub categorie: &'a Categorie,
    /// The period.
    pub periode: Periode,
    /// Marked provisional (`*`).
    pub voorlopig: bool,
    /// The count.
    pub waarde: Cel,
    /// The published rate per 1,000 inhabitants (83648NED only).
    pub per_1000: Option<Cel>,
}

/// One value of the Veiligheidsmonitor: a measure of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Uitkomst<'a> {
    /// The line in the download.
    pub regel: u64,
    /// The region.
    pub regio: &'a Regio,
    /// The period.
    pub periode: Periode,
    /// Marked provisional (`*`).
    pub voorlopig: bool,
    /// Estimate or bound.
    pub marge: Marge,
    /// The measure: the column name as in the header.
    pub maat: &'a str,
    /// The value.
    pub waarde: Cel,
}

#[derive(Debug, Clone)]
pub(crate) struct Rij {
    pub(crate) regel: u64,
    pub(crate) categorie: u32,
    pub(crate) regio: u32,
    pub(crate) periode: Periode,
    pub(crate) voorlopig: bool,
    pub(crate) waarde: Cel,
    pub(crate) per_1000: Option<Cel>,
}

#[derive(Debug, Clone)]
pub(crate) struct VmRij {
    pub(crate) regel: u64,
    pub(crate) regio: u32,
    pub(crate) periode: Periode,
    pub(crate) voorlopig: bool,
    pub(crate) marge: Marge,
}

/// A download, read: the table it is, and its rows.
///
/// Made by [`lees`]; turned into figures per theme by [`bereken`](super::bereken).
#[derive(Debug, Clone)]
pub struct Bestand {
    pub(crate) tabel: Tabel,
    pub(crate) kolommen: Vec<String>,
    pub(crate) regios: Vec<Regio>,
    pub(crate) categorieen: Vec<Categorie>,
    pub(crate) rijen: Vec<Rij>,
    pub(crate) maten: Vec<String>,
    pub(crate) vm_rijen: Vec<VmRij>,
    pub(crate) vm_waarden: Vec<Cel>,
    pub(crate) laatste_maand: Option<Periode>,
}

impl Bestand {
    /// The table, recognised by the header.
    #[must_use]
    pub fn tabel(&self) -> Tabel {
        self.tabel
    }

    /// The header's column names, padding removed.
    #[must_use]
    pub fn kolommen(&self) -> &[String] {
        &self.kolommen
    }

    /// The distinct regions, in order of first appearance.
    #[must_use]
    pub fn regios(&self) -> &[Regio] {
        &self.regios
    }

    /// The distinct categories, in order of first appearance (empty for the Veiligheidsmonitor).
    #[must_use]
    pub fn categorieen(&self) -> &[Categorie] {
        &self.categorieen
    }

    /// The measure columns of the Veiligheidsmonitor (empty for the other tables).
    #[must_use]
    pub fn maten(&self) -> &[String] {
        &self.maten
    }

    /// The number of data rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rijen.len() + self.vm_rijen.len()
    }

    /// Whether the download has no data rows.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The latest month in the download. The police publish it while registrations still come
    /// in: it is incomplete, and so is its year.
    #[must_use]
    pub fn laatste_maand(&self) -> Option<Periode> {
        self.laatste_maand
    }

    /// The rows of a table with counts.
    pub fn registraties(&self) -> impl Iterator<Item = Registratie<'_>> + '_ {
        self.rijen.iter().filter_map(|r| {
            Some(Registratie {
                regel: r.regel,
                regio: self.regios.get(r.regio as usize)?,
                categorie: self.categorieen.get(r.categorie as usize)?,
                periode: r.periode,
                voorlopig: r.voorlopig,
                waarde: r.waarde,
                per_1000: r.per_1000,
            })
        })
    }

    /// The values of the Veiligheidsmonitor, row by row and measure by measure.
    pub fn uitkomsten(&self) -> impl Iterator<Item = Uitkomst<'_>> + '_ {
        let breedte = self.maten.len();
        self.vm_rijen.iter().enumerate().flat_map(move |(i, r)| {
            let regio = self.regios.get(r.regio as usize);
            let waarden = self
                .vm_waarden
                .get(i * breedte..(i + 1) * breedte)
                .unwrap_or_default();
            waarden
                .iter()
                .zip(&self.maten)
                .filter_map(move |(waarde, maat)| {
                    Some(Uitkomst {
                        regel: r.regel,
                        regio: regio?,
                        periode: r.periode,
                        voorlopig: r.voorlopig,
                        marge: r.marge,
                        maat,
                        waarde: *waarde,
                    })
                })
        })
    }
}

/// Reads one CSV download of the police or CBS, whatever table it is.
///
/// The table is recognised by its header (see the [module documentation](super) for the shapes
/// accepted). The reader is read to its end; the library opens no files.
///
/// # Errors
///
/// [`CijferFout`] in Dutch, naming line and column and what was expected: an unknown header, a
/// row with too many or too few fields, a cell that is no number, period or margin, text that
/// is not UTF-8, or a failing reader; a line longer than [`GROOTSTE_REGEL`]
/// ([`CijferFout::RegelTeLang`]) or more than [`GROOTSTE_DOWNLOAD`] bytes
/// ([`CijferFout::TeGroot`]). The reader streams: the text is never held whole.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{lees, Cel, Tabel};
///
/// let csv = "\u{feff}\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\r\n\
///            0;\"1.1.1     \";\"GM0363    \";\"2026MM06\";81\r\n\
///            1;\"1.1.1     \";\"GM0363    \";\"2026MM07\";.\r\n";
/// let bestand = lees(csv.as_bytes())?;
/// assert_eq!(bestand.tabel(), Tabel::GeregistreerdeMisdrijven);
/// let rijen: Vec<_> = bestand.registraties().collect();
/// assert_eq!(rijen[0].categorie.weergave(), "1.1.1 Diefstal/inbraak woning");
/// assert_eq!(rijen[1].waarde, Cel::NietGepubliceerd); // not zero
/// assert_eq!(bestand.laatste_maand().map(|p| p.to_string()).as_deref(), Some("2026 juli"));
/// # Ok::<(), kernbeleid::cijfers::CijferFout>(())
/// ```
pub fn lees<R: Read>(invoer: R) -> Result<Bestand, CijferFout> {
    let mut invoer = BufReader::new(invoer);
    // The lines up to and including the header (blank lines before it are allowed), together
    // at most one line's limit.
    let mut begin = Vec::new();
    let kopregel = loop {
        let van = begin.len();
        let ruimte = (GROOTSTE_REGEL + 1).saturating_sub(van as u64);
        let gelezen = (&mut invoer)
            .take(ruimte)
            .read_until(b'\n', &mut begin)
            .map_err(|e| io_fout(&e, 1))?;
        if begin.len() as u64 > GROOTSTE_REGEL {
            return Err(CijferFout::RegelTeLang {
                regel: begin.iter().filter(|&&b| b == b'\n').count() as u64 + 1,
                grens: GROOTSTE_REGEL,
            });
        }
        if van == 0 && begin.starts_with(b"\xEF\xBB\xBF") {
            begin.drain(..3);
        }
        let regel = begin.get(van..).unwrap_or_default();
        if !regel.trim_ascii().is_empty() {
            break regel.to_vec();
        }
        if gelezen == 0 {
            return Err(CijferFout::Leeg);
        }
    };
    let scheiding = scheidingsteken(&kopregel);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(scheiding)
        .has_headers(false)
        .flexible(true)
        // Records end at LF; the CR of a CRLF ending stays in the last field and is trimmed with
        // the padding. (With CRLF as terminator the csv crate counts lines one behind.)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(LegeRegels::new(
            Cursor::new(begin).chain(invoer),
            GROOTSTE_DOWNLOAD,
        ));
    let mut record = csv::ByteRecord::new();
    let leesfout = |e: csv::Error, regel: u64| match e.kind() {
        csv::ErrorKind::Io(io) => io_fout(io, regel),
        _ => CijferFout::Lezen {
            regel,
            soort: "onbekende oorzaak".to_owned(),
        },
    };
    // The header: the first record that is not blank.
    let kopregel_nr = loop {
        let regel = csv.position().line();
        if !csv
            .read_byte_record(&mut record)
            .map_err(|e| leesfout(e, regel))?
        {
            return Err(CijferFout::Leeg);
        }
        if !is_leeg(&record) {
            break record.position().map_or(regel, csv::Position::line);
        }
    };
    let mut kolommen = Vec::with_capacity(record.len());
    for (i, veld) in record.iter().enumerate() {
        let tekst = core::str::from_utf8(veld).map_err(|_| CijferFout::GeenUtf8 {
            regel: kopregel_nr,
            kolom: i + 1,
        })?;
        kolommen.push(tekst.trim().to_owned());
    }
    let indeling = herken(&kolommen, kopregel_nr)?;
    let mut lezer = Lezer::new(indeling, kolommen);
    loop {
        let regel = csv.position().line();
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(leesfout(e, regel)),
        }
        let regel = record.position().map_or(regel, csv::Position::line);
        lezer.rij(&record, regel)?;
    }
    Ok(lezer.bestand)
}

/// A record of one blank field: a blank line.
pub(crate) fn is_leeg(record: &csv::ByteRecord) -> bool {
    record.len() == 1 && record.get(0).is_some_and(|v| v.trim_ascii().is_empty())
}

/// Puts a space on every empty line, so that the csv crate reads it as a (blank) record
/// instead of skipping it; skipping would put the next record's line number one behind.
///
/// It also holds the limits: a line longer than [`GROOTSTE_REGEL`] or more than `grens` bytes
/// in all is an I/O error carrying a [`Grens`], which the reader turns into its
/// [`CijferFout`]. So the csv crate never grows a record without bound.
pub(crate) struct LegeRegels<R> {
    binnen: R,
    buffer: Vec<u8>,
    positie: usize,
    vorige_nieuwe_regel: bool,
    regel_lengte: u64,
    totaal: u64,
    grens: u64,
}

impl<R: Read> LegeRegels<R> {
    pub(crate) fn new(binnen: R, grens: u64) -> Self {
        LegeRegels {
            binnen,
            buffer: Vec::with_capacity(64 * 1024),
            positie: 0,
            vorige_nieuwe_regel: true,
            regel_lengte: 0,
            totaal: 0,
            grens,
        }
    }
}

impl<R: Read> Read for LegeRegels<R> {
    fn read(&mut self, uit: &mut [u8]) -> std::io::Result<usize> {
        if self.positie >= self.buffer.len() {
            let mut ruw = [0u8; 32 * 1024];
            let n = self.binnen.read(&mut ruw)?;
            self.totaal += n as u64;
            if self.totaal > self.grens {
                return Err(std::io::Error::other(Grens::Bestand(self.grens)));
            }
            self.buffer.clear();
            self.positie = 0;
            let ruw = ruw.get(..n).unwrap_or_default();
            for (i, stuk) in ruw.split(|&b| b == b'\n').enumerate() {
                if i > 0 {
                    if self.vorige_nieuwe_regel {
                        self.buffer.push(b' ');
                    }
                    self.buffer.push(b'\n');
                    self.vorige_nieuwe_regel = true;
                    self.regel_lengte = 0;
                }
                self.regel_lengte += stuk.len() as u64;
                if self.regel_lengte > GROOTSTE_REGEL {
                    return Err(std::io::Error::other(Grens::Regel(GROOTSTE_REGEL)));
                }
                if !stuk.is_empty() {
                    self.buffer.extend_from_slice(stuk);
                    self.vorige_nieuwe_regel = false;
                }
            }
        }
        let rest = self.buffer.get(self.positie..).unwrap_or_default();
        let n = rest.len().min(uit.len());
        if let (Some(doel), Some(bron)) = (uit.get_mut(..n), rest.get(..n)) {
            doel.copy_from_slice(bron);
        }
        self.positie += n;
        Ok(n)
    }
}

/// The separator: whichever of `;`, `,` and tab occurs most in the header outside quotes (`;`
/// when none does). Only the header decides: data rows have commas in titles.
pub(crate) fn scheidingsteken(kop: &[u8]) -> u8 {
    let (mut puntkomma, mut komma, mut tab) = (0, 0, 0);
    let mut tussen_aanhalingstekens = false;
    for &b in kop {
        match b {
            b'"' => tussen_aanhalingstekens = !tussen_aanhalingstekens,
            b';' if !tussen_aanhalingstekens => puntkomma += 1,
            b',' if !tussen_aanhalingstekens => komma += 1,
            b'\t' if !tussen_aanhalingstekens => tab += 1,
            _ => {}
        }
    }
    if komma > puntkomma && komma >= tab {
        b','
    } else if tab > puntkomma && tab > komma {
        b'\t'
    } else {
        b';'
    }
}

/// The state while reading rows.
struct Lezer {
    indeling: Indeling,
    classificatie: Classificatie,
    bestand: Bestand,
    regio_index: HashMap<Vec<u8>, u32>,
    categorie_index: HashMap<Vec<u8>, u32>,
    /// The previous row's region and category cells: rows come grouped, so most rows repeat
    /// them and need no hash lookup.
    vorige_regio: (Vec<u8>, u32),
    vorige_categorie: (Vec<u8>, u32),
}

impl Lezer {
    fn new(indeling: Indeling, kolommen: Vec<String>) -> Lezer {
        let maten = indeling
            .maten
            .iter()
            .filter_map(|&i| kolommen.get(i).cloned())
            .collect();
        Lezer {
            classificatie: indeling.tabel.classificatie(),
            bestand: Bestand {
                tabel: indeling.tabel,
                kolommen,
                regios: Vec::new(),
                categorieen: Vec::new(),
                rijen: Vec::new(),
                maten,
                vm_rijen: Vec::new(),
                vm_waarden: Vec::new(),
                laatste_maand: None,
            },
            indeling,
            regio_index: HashMap::new(),
            categorie_index: HashMap::new(),
            vorige_regio: (Vec::new(), u32::MAX),
            vorige_categorie: (Vec::new(), u32::MAX),
        }
    }

    fn veldfout(&self, regel: u64, kolom: usize, waarde: &[u8], verwacht: &str) -> CijferFout {
        CijferFout::Veld {
            regel,
            kolom: kolom + 1,
            naam: self
                .bestand
                .kolommen
                .get(kolom)
                .cloned()
                .unwrap_or_default(),
            waarde: kort(String::from_utf8_lossy(waarde).trim()),
            verwacht: verwacht.to_owned(),
        }
    }

    /// A value cell; a whole number beyond 2^53, which an `f64` would round, is refused.
    fn getal(&self, regel: u64, kolom: usize, veld: &[u8]) -> Result<Cel, CijferFout> {
        let cel = Cel::lees_bytes(veld)
            .ok_or_else(|| self.veldfout(regel, kolom, veld, VERWACHT_GETAL))?;
        let cijfers = veld.trim_ascii();
        let cijfers = cijfers.strip_prefix(b"-").unwrap_or(cijfers);
        let cijfers = cijfers.strip_prefix(b"+").unwrap_or(cijfers);
        let cijfers = &cijfers[cijfers.iter().take_while(|&&b| b == b'0').count()..];
        let geheel = cijfers.iter().all(u8::is_ascii_digit);
        // Compared as digits: the f64 of 2^53 + 1 is 2^53 already.
        let te_groot = cijfers.len() > 16
            || core::str::from_utf8(cijfers)
                .ok()
                .and_then(|t| t.parse::<u64>().ok())
                .is_some_and(|n| n > 1 << 53);
        if geheel && te_groot {
            return Err(self.veldfout(
                regel,
                kolom,
                veld,
                "een geheel getal van hooguit 9007199254740992 (2^53): een groter getal is \
                 te groot om exact te bewaren",
            ));
        }
        Ok(cel)
    }

    fn tekst(record: &csv::ByteRecord, kolom: usize, regel: u64) -> Result<&str, CijferFout> {
        let veld = record.get(kolom).unwrap_or_default();
        core::str::from_utf8(veld)
            .map(str::trim)
            .map_err(|_| CijferFout::GeenUtf8 {
                regel,
                kolom: kolom + 1,
            })
    }

    fn rij(&mut self, record: &csv::ByteRecord, regel: u64) -> Result<(), CijferFout> {
        // A blank line (one empty field) is no row.
        if is_leeg(record) {
            return Ok(());
        }
        let verwacht = self.bestand.kolommen.len();
        if record.len() != verwacht {
            return Err(CijferFout::AantalVelden {
                regel,
                gevonden: record.len(),
                verwacht,
            });
        }
        let regio = self.regio(record, regel)?;
        let periode_kolom = self.indeling.periode;
        let periode_cel = Self::tekst(record, periode_kolom, regel)?;
        let (periode, voorlopig) = Periode::lees(periode_cel).ok_or_else(|| {
            self.veldfout(
                regel,
                periode_kolom,
                periode_cel.as_bytes(),
                VERWACHT_PERIODE,
            )
        })?;
        if matches!(periode.deel, Deel::Maand(_)) && self.bestand.laatste_maand < Some(periode) {
            self.bestand.laatste_maand = Some(periode);
        }
        if let Some(marge_kolom) = self.indeling.marge {
            if periode.deel != Deel::Jaar {
                return Err(self.veldfout(
                    regel,
                    periode_kolom,
                    periode_cel.as_bytes(),
                    "een jaar, zoals 2023JJ00 (de Veiligheidsmonitor heeft alleen jaren)",
                ));
            }
            let cel = Self::tekst(record, marge_kolom, regel)?;
            let marge = Marge::lees(cel).ok_or_else(|| {
                self.veldfout(
                    regel,
                    marge_kolom,
                    cel.as_bytes(),
                    "MW00000 (waarde), MOG0095 (ondergrens) of MBG0095 (bovengrens)",
                )
            })?;
            for &kolom in &self.indeling.maten {
                let veld = record.get(kolom).unwrap_or_default();
                let waarde = self.getal(regel, kolom, veld)?;
                self.bestand.vm_waarden.push(waarde);
            }
            self.bestand.vm_rijen.push(VmRij {
                regel,
                regio,
                periode,
                voorlopig,
                marge,
            });
            return Ok(());
        }
        let categorie = self.categorie(record, regel)?;
        let aantal_kolom = self.indeling.aantal.unwrap_or_default();
        let veld = record.get(aantal_kolom).unwrap_or_default();
        let waarde = self.getal(regel, aantal_kolom, veld)?;
        if let Cel::Getal(g) = waarde {
            if g < 0.0 {
                return Err(self.veldfout(regel, aantal_kolom, veld, "een aantal van 0 of meer"));
            }
        }
        let per_1000 = match self.indeling.per_1000 {
            Some(kolom) => {
                let veld = record.get(kolom).unwrap_or_default();
                Some(self.getal(regel, kolom, veld)?)
            }
            None => None,
        };
        self.bestand.rijen.push(Rij {
            regel,
            categorie,
            regio,
            periode,
            voorlopig,
            waarde,
            per_1000,
        });
        Ok(())
    }

    fn regio(&mut self, record: &csv::ByteRecord, regel: u64) -> Result<u32, CijferFout> {
        let kolom = self.indeling.regio;
        let veld = record.get(kolom).unwrap_or_default().trim_ascii();
        if self.vorige_regio.1 != u32::MAX && self.vorige_regio.0 == veld {
            return Ok(self.vorige_regio.1);
        }
        if let Some(&i) = self.regio_index.get(veld) {
            self.vorige_regio.0.clear();
            self.vorige_regio.0.extend_from_slice(veld);
            self.vorige_regio.1 = i;
            return Ok(i);
        }
        let tekst = Self::tekst(record, kolom, regel)?;
        if tekst.is_empty() {
            return Err(self.veldfout(regel, kolom, veld, "een regio, zoals GM0363 of Amsterdam"));
        }
        let mut regio = Regio::lees(tekst);
        if let Some(k) = self.indeling.soort_regio {
            let soort = super::categorie::compact(Self::tekst(record, k, regel)?);
            if regio.code.is_none() {
                regio.niveau = match soort.as_str() {
                    "wijk" => Niveau::Wijk,
                    "buurt" => Niveau::Buurt,
                    "land" => Niveau::Land,
                    _ => regio.niveau,
                };
            }
        }
        if let Some(k) = self.indeling.gemeentenaam {
            let naam = Self::tekst(record, k, regel)?;
            if !naam.is_empty() {
                if regio.niveau == Niveau::Gemeente && regio.naam.is_none() {
                    regio.naam = Some(naam.to_owned());
                }
                regio.gemeentenaam = Some(naam.to_owned());
            }
        }
        let i = u32::try_from(self.bestand.regios.len()).unwrap_or(u32::MAX);
        self.bestand.regios.push(regio);
        self.regio_index.insert(veld.to_vec(), i);
        Ok(i)
    }

    fn categorie(&mut self, record: &csv::ByteRecord, regel: u64) -> Result<u32, CijferFout> {
        let kolom = self.indeling.categorie.unwrap_or_default();
        let veld = record.get(kolom).unwrap_or_default().trim_ascii();
        if self.vorige_categorie.1 != u32::MAX && self.vorige_categorie.0 == veld {
            return Ok(self.vorige_categorie.1);
        }
        if let Some(&i) = self.categorie_index.get(veld) {
            self.vorige_categorie.0.clear();
            self.vorige_categorie.0.extend_from_slice(veld);
            self.vorige_categorie.1 = i;
            return Ok(i);
        }
        let tekst = Self::tekst(record, kolom, regel)?;
        if tekst.is_empty() {
            return Err(self.veldfout(
                regel,
                kolom,
                veld,
                "een soort (categorie), zoals 1.1.1 of Diefstal/inbraak woning",
            ));
        }
        let gevonden = self.classificatie.zoek(tekst);
        let i = u32::try_from(self.bestand.categorieen.len()).unwrap_or(u32::MAX);
        self.bestand.categorieen.push(Categorie {
            cel: tekst.to_owned(),
            soort: gevonden.map(|(s, _)| s),
            herkenning: gevonden.map(|(_, h)| h),
        });
        self.categorie_index.insert(veld.to_vec(), i);
        Ok(i)
    }
}

/// The stem of a Veiligheidsmonitor column: its name without the `_60` suffix.
pub(crate) fn maatstam(kolom: &str) -> &str {
    kolomstam(kolom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheidingsteken_uit_de_kop() {
        assert_eq!(scheidingsteken(b"\"ID\";\"SoortMisdrijf\""), b';');
        assert_eq!(scheidingsteken(b"ID,SoortMisdrijf,RegioS"), b',');
        assert_eq!(scheidingsteken(b"\"a,b\";\"c\""), b';');
        assert_eq!(scheidingsteken(b"ID\tSoort"), b'\t');
        assert_eq!(scheidingsteken(b"ID"), b';');
    }

    /// A count beyond 2^53 would be rounded by an `f64`: refused naming the line, the column
    /// and why; 2^53 itself, and a count written with leading zeros, are read exactly.
    #[test]
    fn aantal_boven_2_tot_de_53_geweigerd() {
        let download = |aantal: &str| {
            format!(
                "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n\
                 0;0.0.0 ;GM0344;2023JJ00;12\n\
                 1;0.0.0 ;GM0363;2023JJ00;{aantal}\n"
            )
        };
        for aantal in [
            "9007199254740993",
            "-9007199254740993",
            "9223372036854775807",
        ] {
            let fout = lees(download(aantal).as_bytes()).unwrap_err();
            assert!(
                matches!(
                    &fout,
                    CijferFout::Veld {
                        regel: 3,
                        kolom: 5,
                        ..
                    }
                ),
                "{fout:?}"
            );
            let bericht = fout.to_string();
            assert!(bericht.contains(aantal), "{bericht}");
            assert!(
                bericht.contains("te groot om exact te bewaren"),
                "{bericht}"
            );
        }
        for (aantal, verwacht) in [
            ("9007199254740992", 9_007_199_254_740_992.0),
            ("0009007199254740992", 9_007_199_254_740_992.0),
            ("1234.5", 1234.5),
        ] {
            let bestand = lees(download(aantal).as_bytes()).expect("leesbaar");
            let waarden: Vec<Cel> = bestand.rijen.iter().map(|r| r.waarde).collect();
            assert_eq!(
                waarden,
                [Cel::Getal(12.0), Cel::Getal(verwacht)],
                "{aantal}"
            );
        }
    }
}

#[cfg(test)]
mod grens_tests {
    use std::io::Read;

    use super::*;

    /// Past the limit of the whole, the reader's error carries it.
    #[test]
    fn bestand_boven_de_grens() {
        let tekst = b"a;b\n1;2\n3;4\n".repeat(100);
        let mut lezer = LegeRegels::new(tekst.as_slice(), 500);
        let mut uit = Vec::new();
        let fout = lezer.read_to_end(&mut uit).unwrap_err();
        assert!(matches!(Grens::uit(&fout), Some(Grens::Bestand(500))));
        assert_eq!(
            Grens::Bestand(500).fout(7).to_string(),
            "regel 7: het bestand is groter dan 500 bytes (de grens van deze lezer); verwacht een \
             download van CBS of de politie, of deel het bestand op"
        );
    }

    /// Under the limit, the blank lines get their space and nothing else changes.
    #[test]
    fn onder_de_grens_ongewijzigd() {
        let mut lezer = LegeRegels::new(&b"a\n\nb\n"[..], 100);
        let mut uit = Vec::new();
        lezer.read_to_end(&mut uit).unwrap();
        assert_eq!(uit, b"a\n \nb\n");
    }
}
