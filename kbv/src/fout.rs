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
        K::OutOfMemory => "onvoldoende geheugen",
        K::Interrupted => "onderbroken",
        _ => "fout van het besturingssysteem",
    };
    match e.raw_os_error() {
        Some(code) => format!("{tekst} (systeemfoutcode {code})"),
        None => tekst.to_string(),
    }
}
