//! A tool for a regional planner: stack the IVPs of several gemeenten (here: skeletons with
//! different priorities, one of them the strategic theme S1) and print, per theme, how many
//! make it a priority, as CSV.
//!
//! ```text
//! cargo run --example regionaal_overzicht
//! ```

use std::error::Error;
use std::process::ExitCode;

use kernbeleid::catalogus::{StrategischThema, Thema};
use kernbeleid::document::Periode;
use kernbeleid::regionaal::Overzicht;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::VariantArray;

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
    let periode: Periode = "2027-2030".parse()?;
    let keuzes = [
        ("Leerdam", "1.3,5.2"),
        ("Vianen", "3.1,3.2,5.2"),
        ("Zederik", "1.3,4.4"),
        ("Gorinchem", "2.3,5.2,S1"),
    ];
    let mut ivps = Vec::new();
    for (gemeente, prioriteiten) in keuzes {
        let opties = IvpOpties::new([gemeente], periode, PrioriteitKeuze::lijst(prioriteiten)?);
        ivps.push(skelet::ivp(&opties));
    }
    let overzicht = Overzicht::van(&ivps);
    print!("{}", overzicht.naar_csv());
    let meest = Thema::VARIANTS
        .iter()
        .copied()
        .max_by_key(|t| overzicht.telling(*t).prioriteit)
        .ok_or("geen thema's")?;
    eprintln!(
        "Vaakst prioriteit: {meest:#} ({} van de {} gemeenten)",
        overzicht.telling(meest).prioriteit,
        overzicht.aantal_gemeenten()
    );
    let s1 = StrategischThema::GedigitaliseerdeCriminaliteit;
    eprintln!(
        "{s1}: prioriteit in {} van de {} gemeenten",
        overzicht.telling(s1).prioriteit,
        overzicht.aantal_gemeenten()
    );
    Ok(())
}
