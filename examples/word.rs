//! A tool that writes a skeleton IVP, its first uitvoeringsplan and a veiligheidsanalyse as Word
//! files to fill in, and the IVP as an HTML page to publish; then reads the IVP's Word file back
//! and checks it, as `kbv controleer plan.docx` will.
//!
//! ```text
//! cargo run --example word -- [MAP]
//! ```

use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;

use kernbeleid::controle::controleer;
use kernbeleid::document::{Document, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::{docx, html};

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
        PrioriteitKeuze::lijst("Ondermijning=5.2+2.5,Jeugd=3.1+3.2,1.3,4.1")?,
    );
    let ivp = skelet::ivp(&opties);
    let up = skelet::uitvoeringsplan(&ivp);
    let analyse = skelet::analyse(["Vijfheerenlanden"], 2026);

    let bestanden = [
        (
            "ivp-vijfheerenlanden-2027-2030.docx",
            Document::from(ivp.clone()),
        ),
        (
            "uitvoeringsplan-vijfheerenlanden-2027.docx",
            Document::from(up),
        ),
        (
            "veiligheidsanalyse-vijfheerenlanden-2026.docx",
            Document::from(analyse),
        ),
    ];
    for (naam, document) in &bestanden {
        let pad = map.join(naam);
        std::fs::write(&pad, docx::schrijf(document)?)?;
        println!("{} geschreven", pad.display());
    }
    let pagina = map.join("ivp-vijfheerenlanden-2027-2030.html");
    std::fs::write(&pagina, html::schrijf(&Document::from(ivp)))?;
    println!("{} geschreven", pagina.display());

    // Read the IVP back as a coordinator's filled-in file would be read, and check it.
    let ingelezen = docx::lees(&std::fs::read(map.join(bestanden[0].0))?)?;
    for bevinding in &ingelezen.bevindingen {
        println!("let op: {bevinding}");
    }
    let rapport = controleer(&ingelezen.document);
    println!(
        "controle: {} fouten, {} waarschuwingen, {} plekken nog in te vullen",
        rapport.fouten(),
        rapport.waarschuwingen(),
        rapport.hints()
    );
    Ok(())
}
