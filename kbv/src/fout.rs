//! The failure of a command: a Dutch message for stderr and the exit code.

/// Failure of a command: a Dutch message for stderr and the exit code.
pub struct Fout {
    pub bericht: String,
    pub code: u8,
}

impl Fout {
    /// A failure with exit code 2: the input could not be read, or the command line is wrong.
    pub fn new(bericht: impl Into<String>) -> Self {
        Fout {
            bericht: bericht.into(),
            code: 2,
        }
    }

    /// Wrong use of the command line of `kbv OPDRACHT` (exit code 2), with a pointer to its
    /// help.
    pub fn gebruik(opdracht: &str, bericht: impl Into<String>) -> Self {
        Fout::new(format!(
            "{}\n{}",
            bericht.into(),
            verwijzing(Some(opdracht))
        ))
    }
}

/// The line under a usage error that says where the help is.
pub fn verwijzing(opdracht: Option<&str>) -> String {
    match opdracht {
        Some(opdracht) => format!("Zie 'kbv {opdracht} --help'."),
        None => "Zie 'kbv --help'.".to_string(),
    }
}

/// What went wrong in an I/O operation, in Dutch: the operating system's own text is English.
pub fn io_fout(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let tekst = match e.kind() {
        K::NotFound => "het bestand of de map bestaat niet",
        K::PermissionDenied => "geen toestemming",
        K::IsADirectory => "dit is een map, geen bestand",
        K::NotADirectory => "een deel van het pad is geen map",
        K::InvalidData => "de gegevens zijn ongeldig",
        K::UnexpectedEof => "de invoer hield onverwacht op",
        K::BrokenPipe => "de ontvanger heeft de pijp gesloten",
        K::StorageFull => "de schijf is vol",
        K::QuotaExceeded => "de schijfruimte van de gebruiker (quota) is op",
        K::ReadOnlyFilesystem => "het bestandssysteem is alleen-lezen",
        K::FileTooLarge => "het bestand is te groot voor het bestandssysteem",
        K::AlreadyExists => "het bestand bestaat al",
        K::ResourceBusy | K::ExecutableFileBusy => "het bestand is in gebruik",
        K::InvalidFilename => "ongeldige bestandsnaam (te lang of met verboden tekens)",
        K::DirectoryNotEmpty => "de map is niet leeg",
        K::CrossesDevices => {
            "het bestand kan niet naar een ander bestandssysteem worden verplaatst"
        }
        K::TooManyLinks => "te veel koppelingen naar het bestand",
        K::StaleNetworkFileHandle => "het netwerkbestand is niet meer beschikbaar",
        K::NetworkDown | K::ConnectionReset | K::ConnectionAborted | K::NotConnected => {
            "de netwerkverbinding is verbroken"
        }
        K::TimedOut => "het duurde te lang",
        K::OutOfMemory => "onvoldoende geheugen",
        K::Interrupted => "onderbroken",
        _ => "fout van het besturingssysteem",
    };
    match e.raw_os_error() {
        Some(code) => format!("{tekst} (systeemfoutcode {code})"),
        None => tekst.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::io_fout;

    /// The operating system's errors a write meets, named in Dutch (Linux's numbers).
    #[test]
    #[cfg(target_os = "linux")]
    fn systeemfouten_in_het_nederlands() {
        let fout = |code| io_fout(&std::io::Error::from_raw_os_error(code));
        assert_eq!(
            fout(30),
            "het bestandssysteem is alleen-lezen (systeemfoutcode 30)"
        );
        assert_eq!(fout(28), "de schijf is vol (systeemfoutcode 28)");
        assert_eq!(fout(13), "geen toestemming (systeemfoutcode 13)");
        assert_eq!(
            fout(122),
            "de schijfruimte van de gebruiker (quota) is op (systeemfoutcode 122)"
        );
        assert_eq!(
            fout(27),
            "het bestand is te groot voor het bestandssysteem (systeemfoutcode 27)"
        );
    }
}
