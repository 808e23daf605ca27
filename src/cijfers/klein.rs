//! Small CSV files a user adds beside a download: inhabitants per region and year, and the
//! CBS dimension file with region names. Both are read the same way; only the columns they
//! look for and what they do with a row differ.

use std::io::Read;

use super::fout::{io_fout, kort, CijferFout, Grens};
use super::lezen::{is_leeg, scheidingsteken, LegeRegels};
use super::tabel::kolomnamen;
use super::GROOTSTE_BIJLAGE;

/// One data row of a small CSV file, with its line number for errors.
pub(crate) struct Rij<'a> {
    pub(crate) regel: u64,
    record: &'a csv::ByteRecord,
    kolommen: &'a [String],
}

impl Rij<'_> {
    /// The trimmed text of column `k` (0-based).
    pub(crate) fn cel(&self, k: usize) -> Result<&str, CijferFout> {
        core::str::from_utf8(self.record.get(k).unwrap_or_default())
            .map(str::trim)
            .map_err(|_| CijferFout::GeenUtf8 {
                regel: self.regel,
                kolom: k + 1,
            })
    }

    /// The error for a cell of column `k` holding `waarde` where `verwacht` was expected.
    pub(crate) fn fout(&self, k: usize, waarde: &str, verwacht: &str) -> CijferFout {
        CijferFout::Veld {
            regel: self.regel,
            kolom: k + 1,
            naam: self.kolommen.get(k).cloned().unwrap_or_default(),
            waarde: kort(waarde),
            verwacht: verwacht.to_owned(),
        }
    }
}

/// The first column whose name, normalised, is one of `namen`.
pub(crate) fn kolom(kolommen: &[String], namen: &[&str]) -> Option<usize> {
    kolommen
        .iter()
        .position(|k| kolomnamen(k).iter().any(|n| namen.contains(&n.as_str())))
}

/// Reads `invoer` as a small CSV file with a header: a BOM skipped, the separator chosen from the
/// header as for a download ([`scheidingsteken`]), blank lines passed over. `kop` gets the trimmed column names and returns what
/// `rij` needs to read a row (the columns it found), or the error for a header without them;
/// `rij` gets every data row, which has as many fields as the header.
pub(crate) fn lees<R: Read, K>(
    mut invoer: R,
    kop: impl FnOnce(&[String]) -> Result<K, CijferFout>,
    mut rij: impl FnMut(&K, &Rij<'_>) -> Result<(), CijferFout>,
) -> Result<(), CijferFout> {
    // Read whole, but no more than the limit (and one byte to see that it is reached).
    let mut bytes = Vec::new();
    invoer
        .by_ref()
        .take(GROOTSTE_BIJLAGE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_fout(&e, 1))?;
    if bytes.len() as u64 > GROOTSTE_BIJLAGE {
        return Err(CijferFout::TeGroot {
            regel: bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1,
            grens: GROOTSTE_BIJLAGE,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let eerste = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(scheidingsteken(eerste))
        .has_headers(false)
        .flexible(true)
        // Records end at LF; the CR of a CRLF ending stays in the last field and is trimmed
        // with the padding. (With CRLF as terminator the csv crate counts lines one behind.)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(LegeRegels::new(bytes, GROOTSTE_BIJLAGE));
    let mut record = csv::ByteRecord::new();
    let leesfout = |e: csv::Error, regel| match e.kind() {
        csv::ErrorKind::Io(io) if Grens::uit(io).is_some() => io_fout(io, regel),
        _ => CijferFout::Lezen {
            regel,
            soort: "onbekende oorzaak".to_owned(),
        },
    };
    if !csv
        .read_byte_record(&mut record)
        .map_err(|e| leesfout(e, 1))?
    {
        return Err(CijferFout::Leeg);
    }
    let mut kolommen = Vec::with_capacity(record.len());
    for (i, veld) in record.iter().enumerate() {
        let tekst = core::str::from_utf8(veld).map_err(|_| CijferFout::GeenUtf8 {
            regel: 1,
            kolom: i + 1,
        })?;
        kolommen.push(tekst.trim().to_owned());
    }
    let gevonden = kop(&kolommen)?;
    loop {
        let regel = csv.position().line();
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => return Err(leesfout(e, regel)),
        }
        let regel = record.position().map_or(regel, csv::Position::line);
        if is_leeg(&record) {
            continue;
        }
        if record.len() != kolommen.len() {
            return Err(CijferFout::AantalVelden {
                regel,
                gevonden: record.len(),
                verwacht: kolommen.len(),
            });
        }
        rij(
            &gevonden,
            &Rij {
                regel,
                record: &record,
                kolommen: &kolommen,
            },
        )?;
    }
}
