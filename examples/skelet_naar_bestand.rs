//! A tool that writes a skeleton IVP for a gemeente to disk, in TOML (to edit) and Markdown (to
//! read), and then checks the file it wrote.
//!
//! ```text
//! cargo run --example skelet_naar_bestand -- [MAP]
//! ```

use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;

use kernbeleid::controle::controleer;
use kernbeleid::document::{Document, Formaat, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};

fn main() -> ExitCode {
    // Errors are shown with their Dutch Display, not their Debug form.
    match voer_uit() {
        Ok(()) => ExitCode::SUCCESS,
        Err(fout) => {
            eprintln!("fout: {fout}");
            ExitCode::FAILURE
        }
    }
}

fn voer_uit() -> Result<(), Box<dyn Error>> {
    let map = std::env::args_os()
        .nth(1)
        .map_or_else(std::env::temp_dir, PathBuf::from);
    let opties = IvpOpties::new(
        ["Vijfheerenlanden"],
        "2027-2030".parse::<Periode>()?,
        PrioriteitKeuze::lijst("Ondermijning=5.2+2.5,Jeugd=3.1+3.2,1.3")?,
    );
    let ivp = skelet::ivp(&opties);

    let toml = map.join("ivp-vijfheerenlanden-2027-2030.toml");
    let markdown = map.join("ivp-vijfheerenlanden-2027-2030.md");
    std::fs::write(&toml, Document::from(ivp.clone()).schrijf(Formaat::Toml)?)?;
    std::fs::write(&markdown, skelet::ivp_naar_markdown(&ivp))?;

    // Read back what was written: the file a coordinator will edit is a valid document.
    let terug = Document::lees_bestand(&toml)?;
    let rapport = controleer(&terug);
    println!("{} geschreven", toml.display());
    println!("{} geschreven", markdown.display());
    println!(
        "controle: {} fouten, {} waarschuwingen, {} plekken nog in te vullen",
        rapport.fouten(),
        rapport.waarschuwingen(),
        rapport.hints()
    );
    if !rapport.is_geldig() {
        return Err("het skelet hoort geen fouten te hebben".into());
    }
    Ok(())
}
