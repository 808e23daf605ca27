//! Reading a file, with the operating system's reason in Dutch.

use core::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::LeesFout;

/// A document file could not be read: the file itself, or its content.
///
/// The message names the file and says in Dutch why: the operating system's reason (the file
/// does not exist, no permission, it is a directory, ...) or the [`LeesFout`] of the content.
/// The operating system's own (English) text is not part of the message.
///
/// # Example
///
/// ```
/// use kernbeleid::document::{BestandFout, Document};
///
/// let fout = Document::lees_bestand("bestaat/niet.toml").unwrap_err();
/// assert_eq!(fout.to_string(), "kan bestand \"bestaat/niet.toml\" niet lezen: het bestand bestaat niet");
/// assert!(matches!(fout, BestandFout::Lezen { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BestandFout {
    /// The file could not be read.
    #[error("kan bestand \"{}\" niet lezen: {}", bestand.display(), Reden(*soort, *os_code))]
    Lezen {
        /// The file as given.
        bestand: PathBuf,
        /// The operating system's kind of error.
        soort: io::ErrorKind,
        /// The operating system's error number, where it gave one.
        os_code: Option<i32>,
    },
    /// The file was read, but its content is not a document.
    #[error("{}: {fout}", bestand.display())]
    Inhoud {
        /// The file as given.
        bestand: PathBuf,
        /// What is wrong with the content.
        fout: LeesFout,
    },
}

impl BestandFout {
    /// The file the error is about.
    #[must_use]
    pub fn bestand(&self) -> &Path {
        match self {
            BestandFout::Lezen { bestand, .. } | BestandFout::Inhoud { bestand, .. } => bestand,
        }
    }

    /// The error in the content, when the file could be read.
    #[must_use]
    pub fn lees_fout(&self) -> Option<&LeesFout> {
        match self {
            BestandFout::Lezen { .. } => None,
            BestandFout::Inhoud { fout, .. } => Some(fout),
        }
    }

    /// The error for `bestand` that could not be read: for a tool that reads the bytes itself
    /// (say, to pick a reader) and wants the same Dutch message.
    ///
    /// # Example
    ///
    /// ```
    /// use std::path::Path;
    /// use kernbeleid::document::BestandFout;
    ///
    /// let io = std::fs::read("bestaat/niet.docx").unwrap_err();
    /// let fout = BestandFout::lezen(Path::new("bestaat/niet.docx"), &io);
    /// assert_eq!(fout.to_string(), "kan bestand \"bestaat/niet.docx\" niet lezen: het bestand bestaat niet");
    /// ```
    #[must_use]
    pub fn lezen(bestand: &Path, fout: &io::Error) -> Self {
        BestandFout::Lezen {
            bestand: bestand.to_owned(),
            soort: fout.kind(),
            os_code: fout.raw_os_error(),
        }
    }
}

/// The bytes of a file.
pub(crate) fn lees(bestand: &Path) -> Result<Vec<u8>, BestandFout> {
    let mut bytes = Vec::new();
    std::fs::File::open(bestand)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| BestandFout::lezen(bestand, &e))?;
    Ok(bytes)
}

/// The Dutch reason for an [`io::ErrorKind`].
struct Reden(io::ErrorKind, Option<i32>);

impl fmt::Display for Reden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use io::ErrorKind as K;
        let reden = match self.0 {
            K::NotFound => "het bestand bestaat niet",
            K::PermissionDenied => "geen toestemming om het bestand te lezen",
            K::IsADirectory => "dit is een map, geen bestand",
            K::NotADirectory => "een deel van het pad is geen map",
            K::InvalidInput => "ongeldige bestandsnaam",
            K::InvalidData => "het bestand bevat ongeldige gegevens",
            K::UnexpectedEof => "het bestand houdt onverwacht op",
            K::Interrupted => "het lezen is onderbroken",
            K::TimedOut | K::WouldBlock => "het lezen duurt te lang",
            K::OutOfMemory => "onvoldoende geheugen om het bestand te lezen",
            K::FileTooLarge => "het bestand is te groot",
            K::ResourceBusy => "het bestand is in gebruik",
            K::StaleNetworkFileHandle => "het netwerkbestand is niet meer beschikbaar",
            K::NetworkDown | K::ConnectionReset | K::ConnectionAborted | K::NotConnected => {
                "de netwerkverbinding is verbroken"
            }
            _ => "het besturingssysteem meldt een fout",
        };
        f.write_str(reden)?;
        match (self.0, self.1) {
            (K::NotFound | K::PermissionDenied | K::IsADirectory | K::NotADirectory, _)
            | (_, None) => Ok(()),
            (_, Some(code)) => write!(f, " (foutcode {code})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redenen_in_het_nederlands() {
        let fout = |soort, os_code| {
            BestandFout::Lezen {
                bestand: PathBuf::from("a.toml"),
                soort,
                os_code,
            }
            .to_string()
        };
        assert_eq!(
            fout(io::ErrorKind::PermissionDenied, Some(13)),
            "kan bestand \"a.toml\" niet lezen: geen toestemming om het bestand te lezen"
        );
        assert_eq!(
            fout(io::ErrorKind::Other, Some(5)),
            "kan bestand \"a.toml\" niet lezen: het besturingssysteem meldt een fout (foutcode 5)"
        );
        assert_eq!(
            fout(io::ErrorKind::Other, None),
            "kan bestand \"a.toml\" niet lezen: het besturingssysteem meldt een fout"
        );
    }

    #[test]
    fn een_map_is_geen_bestand() {
        let map = std::env::temp_dir();
        let fout = lees(&map).unwrap_err();
        assert!(
            fout.to_string()
                .ends_with("niet lezen: dit is een map, geen bestand"),
            "{fout}"
        );
    }
}
