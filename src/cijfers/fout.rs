//! What can go wrong reading a download, in Dutch, with the place.

use core::fmt;

use super::tabel::Tabel;

/// Where a row stands: which file (from 1, in the order given) and which line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Plaats {
    /// The file, counting from 1 in the order the files were given.
    pub bestand: usize,
    /// The line in that file, counting from 1 (the header is line 1).
    pub regel: u64,
}

impl fmt::Display for Plaats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bestand {}, regel {}", self.bestand, self.regel)
    }
}

/// A download could not be read, or two downloads contradict each other.
///
/// Every message is Dutch and says where (line, and column with its name from the header) and
/// what was expected there.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{lees, CijferFout};
///
/// let csv = "\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\r\n\
///            0;\"1.1.1     \";\"GM0363    \";\"2023XX00\";12\r\n";
/// let fout = lees(csv.as_bytes()).unwrap_err();
/// assert_eq!(
///     fout.to_string(),
///     "regel 2, kolom 4 (Perioden): \"2023XX00\"; verwacht een periode zoals 2023JJ00 (jaar), \
///      2023KW01 (kwartaal), 2026MM07 (maand), 2023 of 2026 juli"
/// );
/// assert!(matches!(fout, CijferFout::Veld { regel: 2, kolom: 4, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CijferFout {
    /// Not even a header.
    #[error("het bestand is leeg; verwacht eerst een kop met de kolomnamen, zoals {}", Tabel::GeregistreerdeMisdrijven.kop())]
    Leeg,
    /// The reader failed (an I/O error of the caller's reader).
    #[error(
        "regel {regel}: het bestand kon niet verder worden gelezen (invoer-/uitvoerfout: {soort})"
    )]
    Lezen {
        /// The line reached.
        regel: u64,
        /// The kind of I/O error, in Dutch.
        soort: String,
    },
    /// A cell that is not UTF-8.
    #[error("regel {regel}, kolom {kolom}: geen geldige UTF-8-tekst; verwacht een download in UTF-8, zoals CBS en de politie die leveren")]
    GeenUtf8 {
        /// The line.
        regel: u64,
        /// The column, counting from 1.
        kolom: usize,
    },
    /// The header names no known table, or lacks a column the table needs. The message names
    /// at most the first 20 columns, each cut to 60 characters: a huge header is not repeated.
    #[error(
        "regel {regel}: de kop heeft de kolommen {}; verwacht {verwacht}",
        KortLijst(kolommen)
    )]
    Kop {
        /// The header's line (1 unless blank lines precede it).
        regel: u64,
        /// The column names as found.
        kolommen: Vec<String>,
        /// What was expected, in Dutch.
        verwacht: String,
    },
    /// Two columns of the header play the same part (two period columns).
    #[error("regel {regel}, kolom {kolom} ({naam}): een tweede kolom voor {rol} (de eerste is kolom {eerder}); verwacht er één")]
    DubbeleKolom {
        /// The header's line.
        regel: u64,
        /// The second column, counting from 1.
        kolom: usize,
        /// Its name.
        naam: String,
        /// The part it plays, in Dutch ("de periode").
        rol: &'static str,
        /// The first column playing it.
        eerder: usize,
    },
    /// A row with a different number of fields than the header.
    #[error(
        "regel {regel}: {gevonden} {}; verwacht {verwacht}, evenveel als de kop kolommen heeft",
        if *gevonden == 1 { "veld" } else { "velden" }
    )]
    AantalVelden {
        /// The line.
        regel: u64,
        /// Fields found.
        gevonden: usize,
        /// Fields in the header.
        verwacht: usize,
    },
    /// A cell that does not hold what its column needs.
    #[error("regel {regel}, kolom {kolom} ({naam}): \"{waarde}\"; verwacht {verwacht}")]
    Veld {
        /// The line.
        regel: u64,
        /// The column, counting from 1.
        kolom: usize,
        /// The column's name from the header.
        naam: String,
        /// The cell as found (shortened when long).
        waarde: String,
        /// What the column holds, in Dutch.
        verwacht: String,
    },
    /// A line longer than [`GROOTSTE_REGEL`](super::GROOTSTE_REGEL) bytes: no download of CBS
    /// or the police has one, and reading on would hold it whole in memory.
    #[error("regel {regel}: de regel is langer dan {} (de grens van deze lezer); verwacht regels zoals in een download van CBS of de politie", Grootte(*grens))]
    RegelTeLang {
        /// The line.
        regel: u64,
        /// The limit, in bytes.
        grens: u64,
    },
    /// A file larger than the reader's limit ([`GROOTSTE_DOWNLOAD`](super::GROOTSTE_DOWNLOAD)
    /// for a download, [`GROOTSTE_BIJLAGE`](super::GROOTSTE_BIJLAGE) for the small files
    /// beside it).
    #[error("regel {regel}: het bestand is groter dan {} (de grens van deze lezer); verwacht een download van CBS of de politie, of deel het bestand op", Grootte(*grens))]
    TeGroot {
        /// The line reached.
        regel: u64,
        /// The limit, in bytes.
        grens: u64,
    },
    /// The same region, category and period twice with different values (within one download or
    /// across downloads of the same table).
    #[error("{0}")]
    Tegenstrijdig(Box<Tegenstrijdigheid>),
}

/// Two values for the same region, category and period (see [`CijferFout::Tegenstrijdig`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{bron}: {regio}, {categorie}, {periode} staat twee keer in de invoer ({eerste}: {waarde_eerste}; {tweede}: {waarde_tweede}); verwacht elke periode één keer, laat de overlappende periode uit één van beide downloads weg")]
pub struct Tegenstrijdigheid {
    /// The table.
    pub bron: Tabel,
    /// The region.
    pub regio: String,
    /// The category or measure.
    pub categorie: String,
    /// The period.
    pub periode: String,
    /// Where it stands first.
    pub eerste: Plaats,
    /// Where it stands again.
    pub tweede: Plaats,
    /// The first value.
    pub waarde_eerste: String,
    /// The second value.
    pub waarde_tweede: String,
}

/// A list of column names for a message: at most 20, each [`kort`].
struct KortLijst<'a>(&'a [String]);

impl fmt::Display for KortLijst<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HOOGSTENS: usize = 20;
        for (i, k) in self.0.iter().take(HOOGSTENS).enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(&kort(k))?;
        }
        if let Some(meer) = self.0.len().checked_sub(HOOGSTENS).filter(|&n| n > 0) {
            write!(f, " en nog {meer}")?;
        }
        Ok(())
    }
}

/// A size in bytes as people read it: `1 MiB`, `64 KiB`, `1 GiB`, else bytes.
pub(crate) struct Grootte(pub(crate) u64);

impl fmt::Display for Grootte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        for (eenheid, naam) in [(1u64 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] {
            if n >= eenheid && n.is_multiple_of(eenheid) {
                return write!(f, "{} {naam}", n / eenheid);
            }
        }
        write!(f, "{n} bytes")
    }
}

/// The marker an I/O error of [`LegeRegels`](super::lezen::LegeRegels) carries when a limit
/// is reached; turned back into its [`CijferFout`] where the csv crate hands the error on.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Grens {
    /// A line longer than this.
    Regel(u64),
    /// A file larger than this.
    Bestand(u64),
}

impl fmt::Display for Grens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Grens::Regel(n) => write!(f, "regel langer dan {}", Grootte(*n)),
            Grens::Bestand(n) => write!(f, "bestand groter dan {}", Grootte(*n)),
        }
    }
}

impl std::error::Error for Grens {}

impl Grens {
    /// The error for line `regel`.
    pub(crate) fn fout(self, regel: u64) -> CijferFout {
        match self {
            Grens::Regel(grens) => CijferFout::RegelTeLang { regel, grens },
            Grens::Bestand(grens) => CijferFout::TeGroot { regel, grens },
        }
    }

    /// The limit an I/O error carries, if it is one.
    pub(crate) fn uit(fout: &std::io::Error) -> Option<Grens> {
        fout.get_ref()?.downcast_ref::<Grens>().copied()
    }
}

/// The error for an I/O error at line `regel`: a limit reached, or the reader failing.
pub(crate) fn io_fout(fout: &std::io::Error, regel: u64) -> CijferFout {
    match Grens::uit(fout) {
        Some(grens) => grens.fout(regel),
        None => CijferFout::Lezen {
            regel,
            soort: io_soort(fout),
        },
    }
}

/// A cell for an error message: at most 60 characters.
pub(crate) fn kort(tekst: &str) -> String {
    crate::naam::kort(tekst, 60).into_owned()
}

/// An I/O error kind in Dutch (the library's own messages are English).
pub(crate) fn io_soort(fout: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match fout.kind() {
        K::NotFound => "niet gevonden",
        K::PermissionDenied => "geen toegang",
        K::Interrupted => "onderbroken",
        K::UnexpectedEof => "onverwacht einde",
        K::InvalidData => "ongeldige gegevens",
        K::TimedOut => "time-out",
        _ => "onbekende oorzaak",
    }
    .to_owned()
}
