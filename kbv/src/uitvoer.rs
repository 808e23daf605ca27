//! Writing to standard output or to the file `--uitvoer` names: text, pretty JSON, and a
//! document in any of its formats (Markdown, JSON, TOML, Word, HTML); I/O errors as Dutch
//! messages.

use std::io::{self, IsTerminal, Write};

use kernbeleid::document::{Document, Formaat};
use kernbeleid::skelet;
use kernbeleid::uitvoer::{docx, html};

use crate::fout::{io_fout, Fout};

/// Writes text to stdout, mapping an I/O error to a Dutch message.
///
/// A closed pipe (`kbv catalogus --json | head -c 10`) is not an error: whoever reads has seen
/// what they wanted, so the rest is not written and the command keeps its own exit code.
pub fn schrijf(uit: &mut dyn Write, tekst: &str) -> Result<(), Fout> {
    uit.write_all(tekst.as_bytes())
        .or_else(niet_bij_gesloten_pijp)
}

/// Flushes stdout at the end, with the same rule for a closed pipe as [`schrijf`].
pub fn leeg(uit: &mut dyn Write) -> Result<(), Fout> {
    uit.flush().or_else(niet_bij_gesloten_pijp)
}

fn niet_bij_gesloten_pijp(e: io::Error) -> Result<(), Fout> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(Fout::new(format!("kan niet schrijven: {}", io_fout(&e))))
    }
}

/// Writes a value as pretty JSON followed by a newline.
pub fn schrijf_json<T: serde::Serialize + ?Sized>(
    uit: &mut dyn Write,
    waarde: &T,
) -> Result<(), Fout> {
    let mut tekst = serde_json::to_string_pretty(waarde)
        .map_err(|e| Fout::new(format!("kan geen JSON maken: {e}")))?;
    tekst.push('\n');
    schrijf(uit, &tekst)
}

/// The formats a document can be written in, for `kbv skelet` and `kbv lees`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Uitvoerformaat {
    /// The Markdown skeleton, to read.
    Markdown,
    /// JSON, to edit and check.
    Json,
    /// TOML, to edit and check.
    Toml,
    /// A Word file to fill in (binary).
    Docx,
    /// One self-contained HTML page, to publish.
    Html,
}

/// The names `--formaat` takes, for the error message.
pub const FORMATEN: &str = "markdown, json, toml, docx of html";

impl Uitvoerformaat {
    /// The format `--formaat` names.
    pub fn uit_naam(naam: &str) -> Option<Self> {
        match naam.to_ascii_lowercase().as_str() {
            "markdown" | "md" => Some(Uitvoerformaat::Markdown),
            "json" => Some(Uitvoerformaat::Json),
            "toml" => Some(Uitvoerformaat::Toml),
            "docx" | "word" => Some(Uitvoerformaat::Docx),
            "html" | "htm" => Some(Uitvoerformaat::Html),
            _ => None,
        }
    }

    /// The format a file name's extension names (`ivp.docx`), if any.
    pub fn uit_bestandsnaam(pad: &str) -> Option<Self> {
        std::path::Path::new(pad)
            .extension()
            .and_then(|e| e.to_str())
            .and_then(Self::uit_naam)
    }

    /// Reads `--formaat`, or else the extension of `--uitvoer`, or else `standaard`.
    pub fn kies(
        opdracht: &str,
        formaat: Option<&str>,
        doel: Option<&str>,
        standaard: Self,
    ) -> Result<Self, Fout> {
        match formaat {
            Some(naam) => Self::uit_naam(naam).ok_or_else(|| {
                Fout::gebruik(
                    opdracht,
                    format!("--formaat: onbekend formaat \"{naam}\"; verwacht {FORMATEN}"),
                )
            }),
            None => Ok(doel.and_then(Self::uit_bestandsnaam).unwrap_or(standaard)),
        }
    }

    /// Whether the format is binary, and so never written to a terminal.
    pub fn is_binair(self) -> bool {
        self == Uitvoerformaat::Docx
    }
}

/// Refuses a binary format for a terminal: `--formaat docx` without `--uitvoer` while standard
/// output is a terminal. To a pipe or a file, stdout is fine.
pub fn niet_naar_terminal(
    opdracht: &str,
    formaat: Uitvoerformaat,
    doel: Option<&str>,
) -> Result<(), Fout> {
    let naar_stdout = doel.is_none_or(|d| d == "-");
    if formaat.is_binair() && naar_stdout && io::stdout().is_terminal() {
        return Err(Fout::gebruik(
            opdracht,
            "een Word-bestand (docx) is binair en wordt niet naar de terminal geschreven;\n\
             geef --uitvoer BESTAND.docx, stuur de uitvoer naar een bestand (> plan.docx),\n\
             of kies met --formaat een tekstformaat (markdown, json, toml of html)",
        ));
    }
    Ok(())
}

/// Renders a document in a format: text, or the bytes of a .docx.
pub fn maak(document: &Document, formaat: Uitvoerformaat) -> Result<Vec<u8>, Fout> {
    let tekst = match formaat {
        Uitvoerformaat::Markdown => match document {
            Document::Ivp(ivp) => skelet::ivp_naar_markdown(ivp),
            Document::Uitvoeringsplan(up) => skelet::uitvoeringsplan_naar_markdown(up),
            Document::Analyse(a) => skelet::analyse_naar_markdown(a),
            Document::Voortgang(r) => kernbeleid::voortgang::rapportage_naar_markdown(r),
        },
        Uitvoerformaat::Json => document
            .schrijf(Formaat::Json)
            .map_err(|e| Fout::new(e.to_string()))?,
        Uitvoerformaat::Toml => document
            .schrijf(Formaat::Toml)
            .map_err(|e| Fout::new(e.to_string()))?,
        Uitvoerformaat::Html => html::schrijf(document),
        Uitvoerformaat::Docx => {
            return docx::schrijf(document)
                .map_err(|e| Fout::new(format!("kan het Word-bestand niet maken: {e}")))
        }
    };
    Ok(tekst.into_bytes())
}

/// What to do with a file `--uitvoer` names that already exists.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Bestaand {
    /// Refuse, and say that `--overschrijf` replaces it (`kbv skelet`: a repeated command
    /// must not replace a plan filled in for weeks).
    Weigeren,
    /// Replace it (`kbv lees`, which converts, and `kbv skelet --overschrijf`).
    Vervangen,
}

impl Bestaand {
    /// What a command's `--overschrijf` asks: replace, else refuse.
    pub fn met_overschrijf(overschrijf: bool) -> Bestaand {
        if overschrijf {
            Bestaand::Vervangen
        } else {
            Bestaand::Weigeren
        }
    }
}

/// Writes the output to the file `--uitvoer` names, or to stdout (also for `-`).
///
/// A file is written whole or not at all: to a temporary file beside it, flushed to disk, then
/// renamed over the target (or, when the target must not be replaced, linked to its name, which
/// fails if the name exists). A full disk or a read-only mount leaves the previous file as it
/// was, and the temporary file is removed.
pub fn lever(
    uit: &mut dyn Write,
    doel: Option<&str>,
    inhoud: &[u8],
    bestaand: Bestaand,
) -> Result<(), Fout> {
    match doel {
        None | Some("-") => uit.write_all(inhoud).or_else(niet_bij_gesloten_pijp),
        Some(pad) => schrijf_bestand(std::path::Path::new(pad), inhoud, bestaand).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                Fout::new(format!(
                    "bestand \"{pad}\" bestaat al en wordt niet vervangen; geef --overschrijf \
                     om het te vervangen, of kies met --uitvoer een andere naam"
                ))
            } else {
                Fout::new(format!(
                    "kan bestand \"{pad}\" niet schrijven: {}",
                    io_fout(&e)
                ))
            }
        }),
    }
}

/// Writes `inhoud` to `pad` atomically, see [`lever`].
fn schrijf_bestand(pad: &std::path::Path, inhoud: &[u8], bestaand: Bestaand) -> io::Result<()> {
    if bestaand == Bestaand::Weigeren && pad.symlink_metadata().is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let map = match pad.parent() {
        Some(m) if !m.as_os_str().is_empty() => m.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let naam = pad
        .file_name()
        .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    let mut tijdelijk_naam = std::ffi::OsString::from(".");
    tijdelijk_naam.push(naam);
    tijdelijk_naam.push(format!(".kbv-{}.tmp", std::process::id()));
    let tijdelijk = map.join(tijdelijk_naam);
    let geschreven = (|| {
        let mut bestand = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tijdelijk)?;
        bestand.write_all(inhoud)?;
        bestand.sync_all()?;
        drop(bestand);
        match bestaand {
            Bestaand::Vervangen => std::fs::rename(&tijdelijk, pad),
            Bestaand::Weigeren => match std::fs::hard_link(&tijdelijk, pad) {
                Ok(()) => std::fs::remove_file(&tijdelijk),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
                // A file system without links: the check above stands.
                Err(_) => std::fs::rename(&tijdelijk, pad),
            },
        }
    })();
    if geschreven.is_err() {
        // What is left of the temporary file is of no use; the target is untouched.
        let _ = std::fs::remove_file(&tijdelijk);
    }
    geschreven
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A write that fails (here the temporary file cannot be made: its name is taken by a
    /// directory) leaves the previous file as it was, in both modes.
    #[test]
    fn mislukt_schrijven_laat_het_oude_bestand_staan() {
        let map = std::env::temp_dir().join(format!("kbv-uitvoer-{}", std::process::id()));
        std::fs::create_dir_all(&map).expect("map");
        let doel = map.join("plan.toml");
        std::fs::write(&doel, "oud\n").expect("schrijven");
        let bezet = map.join(format!(".plan.toml.kbv-{}.tmp", std::process::id()));
        std::fs::create_dir_all(&bezet).expect("bezet");
        for bestaand in [Bestaand::Vervangen, Bestaand::Weigeren] {
            assert!(schrijf_bestand(&doel, b"nieuw\n", bestaand).is_err());
            assert_eq!(std::fs::read_to_string(&doel).expect("lezen"), "oud\n");
        }
        std::fs::remove_dir(&bezet).expect("opruimen");
        schrijf_bestand(&doel, b"nieuw\n", Bestaand::Vervangen).expect("schrijven");
        assert_eq!(std::fs::read_to_string(&doel).expect("lezen"), "nieuw\n");
        assert!(!bezet.exists());
        let _ = std::fs::remove_dir_all(&map);
    }
}
