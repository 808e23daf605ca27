//! A voortgangsrapportage built from an IVP, its uitvoeringsplan and a CSV download of the
//! police: the stand of every measure and the status of every effect indicator on a peildatum,
//! written as Markdown, HTML (with SVG charts) or Word (with native charts).
//!
//! ```text
//! cargo run --example voortgang -- tests/fixtures/voortgang/ivp-amsterdam-2023-2026.toml \
//!     --uitvoeringsplan tests/fixtures/voortgang/uitvoeringsplan-amsterdam-2025.toml \
//!     --rapportage tests/fixtures/voortgang/rapportage-2025-halfjaar.toml \
//!     --namen tests/fixtures/cijfers/cbs-regios.csv \
//!     --peildatum 2025-06-30 --uitvoer voortgang.html \
//!     tests/fixtures/cijfers/politie-47013-gemeente-maand.csv
//! ```
//!
//! The first file is the IVP; every other file without an option before it is a download.
//! `--uitvoer` with `.html` or `.docx` chooses the format; without it Markdown goes to stdout.

use std::error::Error;
use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;

use chrono::NaiveDate;
use kernbeleid::cijfers::{bereken, lees, Koppeling, Regionamen};
use kernbeleid::document::{Document, Ivp, Uitvoeringsplan, Voortgangsrapportage};
use kernbeleid::voortgang::{naar_docx, naar_html, naar_markdown, voortgang, Invoer};

fn main() -> ExitCode {
    match voer_uit() {
        Ok(()) => ExitCode::SUCCESS,
        Err(fout) => {
            eprintln!("fout: {fout}");
            ExitCode::FAILURE
        }
    }
}

fn voer_uit() -> Result<(), Box<dyn Error>> {
    let mut ivp = None;
    let mut up = None;
    let mut rapport = None;
    let mut namen = Regionamen::new();
    let mut downloads = Vec::new();
    let mut peildatum = None;
    let mut uitvoer = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut waarde = |naam: &str| args.next().ok_or(format!("{naam} zonder waarde"));
        match arg.as_str() {
            "--uitvoeringsplan" => {
                up = Some(Uitvoeringsplan::try_from(Document::lees_bestand(waarde(
                    &arg,
                )?)?)?)
            }
            "--rapportage" => {
                rapport = Some(Voortgangsrapportage::try_from(Document::lees_bestand(
                    waarde(&arg)?,
                )?)?)
            }
            "--namen" => {
                let pad = waarde(&arg)?;
                let bestand = File::open(&pad).map_err(|e| format!("{pad}: {e}"))?;
                namen =
                    Regionamen::lees(BufReader::new(bestand)).map_err(|e| format!("{pad}: {e}"))?;
            }
            "--peildatum" => {
                peildatum = Some(NaiveDate::parse_from_str(&waarde(&arg)?, "%Y-%m-%d")?)
            }
            "--uitvoer" => uitvoer = Some(waarde(&arg)?),
            pad if ivp.is_none() => ivp = Some(Ivp::try_from(Document::lees_bestand(pad)?)?),
            pad => {
                let bestand = File::open(pad).map_err(|e| format!("{pad}: {e}"))?;
                let mut download =
                    lees(BufReader::new(bestand)).map_err(|e| format!("{pad}: {e}"))?;
                download.benoem(&namen);
                downloads.push(download);
            }
        }
    }
    let ivp = ivp.ok_or("geef een IVP (JSON of TOML)")?;
    let cijfers = bereken(&downloads, &Koppeling::standaard(), None)?;
    let peildatum = peildatum
        .or(rapport.as_ref().map(|r| r.peildatum))
        .ok_or("geef --peildatum of een --rapportage")?;
    let invoer = Invoer {
        uitvoeringsplan: up.as_ref(),
        rapportage: rapport.as_ref(),
        cijfers: Some(&cijfers),
        ..Invoer::new(&ivp, peildatum)
    };
    let stand = voortgang(&invoer);
    match uitvoer.as_deref() {
        Some(pad) if pad.ends_with(".docx") => std::fs::write(pad, naar_docx(&stand)?)?,
        Some(pad) if pad.ends_with(".html") => std::fs::write(pad, naar_html(&stand))?,
        Some(pad) => std::fs::write(pad, naar_markdown(&stand))?,
        None => print!("{}", naar_markdown(&stand)),
    }
    Ok(())
}
