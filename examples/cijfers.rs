//! Step 2 of the method for one gemeente: read the police's and CBS's downloads, and print per
//! theme and effect indicator the nulmeting (the latest complete year) and the trend.
//!
//! ```text
//! cargo run --example cijfers -- --gemeente Amsterdam --namen tests/fixtures/cijfers/cbs-regios.csv \
//!     tests/fixtures/cijfers/politie-47013-gemeente-maand.csv \
//!     tests/fixtures/cijfers/cbs-85146-veiligheidsmonitor.csv
//! ```
//!
//! Options: `--gemeente NAAM` (key or name), `--namen BESTAND` (CBS's dimension file `Key;Title`,
//! to find gemeenten by name in downloads with keys only), `--inwoners BESTAND` (CSV
//! `Regio;Jaar;Inwoners`),
//! `--koppeling BESTAND` (a mapping of one's own, TOML), `--json` or `--csv` for the figures
//! themselves instead of the summary, `--koppeling-uit` to print the crate's mapping as TOML.

use std::error::Error;
use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;

use kernbeleid::cijfers::{bereken, lees, Inwoners, Koppeling, Regionamen, TrendRichting};

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
    let mut bestanden = Vec::new();
    let mut gemeente = None;
    let mut inwoners = None;
    let mut namen = Regionamen::new();
    let mut koppeling = Koppeling::standaard();
    let mut vorm = "tekst";
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gemeente" => gemeente = Some(args.next().ok_or("--gemeente zonder naam")?),
            "--inwoners" => {
                let pad = args.next().ok_or("--inwoners zonder bestand")?;
                let bestand = File::open(&pad).map_err(|e| format!("{pad}: {e}"))?;
                inwoners = Some(
                    Inwoners::lees(BufReader::new(bestand)).map_err(|e| format!("{pad}: {e}"))?,
                );
            }
            "--namen" => {
                let pad = args.next().ok_or("--namen zonder bestand")?;
                let bestand = File::open(&pad).map_err(|e| format!("{pad}: {e}"))?;
                namen =
                    Regionamen::lees(BufReader::new(bestand)).map_err(|e| format!("{pad}: {e}"))?;
            }
            "--koppeling" => {
                let pad = args.next().ok_or("--koppeling zonder bestand")?;
                let tekst = std::fs::read_to_string(&pad).map_err(|e| format!("{pad}: {e}"))?;
                koppeling = Koppeling::uit_toml(&tekst).map_err(|e| format!("{pad}: {e}"))?;
            }
            "--koppeling-uit" => {
                print!("{}", koppeling.naar_toml());
                return Ok(());
            }
            "--json" => vorm = "json",
            "--csv" => vorm = "csv",
            pad => {
                let bestand = File::open(pad).map_err(|e| format!("{pad}: {e}"))?;
                bestanden.push(lees(BufReader::new(bestand)).map_err(|e| format!("{pad}: {e}"))?);
            }
        }
    }
    if bestanden.is_empty() {
        return Err("geef een of meer downloads van politie of CBS (CSV)".into());
    }
    for bestand in &mut bestanden {
        bestand.benoem(&namen);
    }
    let mut cijfers = bereken(&bestanden, &koppeling, inwoners.as_ref())?;
    if let Some(g) = &gemeente {
        cijfers = cijfers.voor_gemeente(g);
        if cijfers.is_empty() {
            return Err(format!("geen cijfers voor gemeente \"{g}\" in deze downloads").into());
        }
    }
    match vorm {
        "json" => println!("{}", cijfers.naar_json()),
        "csv" => cijfers.schrijf_csv(std::io::stdout().lock())?,
        _ => {
            println!("Koppeling: {}", cijfers.koppeling);
            for reeks in &cijfers.reeksen {
                let indicator = reeks
                    .indicator
                    .unwrap_or("(bij het thema, geen effectindicator)");
                println!(
                    "{} {:#} | {} | {} | {}",
                    reeks.gemeente, reeks.thema, indicator, reeks.maat, reeks.bron
                );
                match reeks.nulmeting() {
                    Some(n) => println!("    nulmeting: {}", n.beschrijving()),
                    None => println!("    nulmeting: geen volledig jaar"),
                }
                if let Some(t) = &reeks.trend {
                    let richting = match t.richting {
                        TrendRichting::Stijgend => "stijgend",
                        TrendRichting::Dalend => "dalend",
                        TrendRichting::Gelijk => "gelijk",
                    };
                    println!(
                        "    trend {}-{}: {richting}, {} per jaar",
                        t.van, t.tot, t.per_jaar
                    );
                }
            }
            for apart in &cijfers.zonder_thema {
                println!(
                    "{} {} | geen thema: {}",
                    apart.gemeente,
                    apart.categorie,
                    apart.reden.as_deref().unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}
