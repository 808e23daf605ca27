//! `kbv planning`: the six steps in time.

use std::io::Write;

use chrono::NaiveDate;
use kernbeleid::proces::{Keuze, Planning, PlanningOpties};

use crate::fout::Fout;
use crate::uitvoer::{schrijf, schrijf_json};

const OPDRACHT: &str = "planning";

// `kbv planning`.
#[derive(clap::Args)]
#[command(
    about = "De zes stappen in de tijd, met coördinatordagen",
    override_usage = "kbv planning --start DATUM [--keuze ondergrens|midden|bovengrens] \
                      [--na-elkaar] [--json]"
)]
pub struct PlanningArgs {
    #[arg(
        long,
        value_name = "JJJJ-MM-DD",
        help = "De eerste dag van stap 1, bijvoorbeeld 2027-01-04"
    )]
    start: String,

    #[arg(
        long,
        value_name = "KEUZE",
        help = "Welk getal van een gepubliceerde doorlooptijd (\"4 à 6 weken\"):\n\
                ondergrens, midden (standaard) of bovengrens"
    )]
    keuze: Option<String>,

    #[arg(
        long,
        help = "Stap 4 en 5 na elkaar; zonder deze optie naast elkaar, zoals de\n\
                handreiking aanraadt"
    )]
    na_elkaar: bool,

    #[arg(long, help = "De planning als JSON")]
    json: bool,
}

pub fn planning(args: PlanningArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let PlanningArgs {
        start,
        keuze,
        na_elkaar,
        json,
    } = args;
    let start = NaiveDate::parse_from_str(&start, "%Y-%m-%d").map_err(|_| {
        Fout::gebruik(
            OPDRACHT,
            format!(
                "--start: \"{start}\" is geen datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2027-01-04"
            ),
        )
    })?;
    let keuze = match keuze {
        Some(k) => k
            .parse::<Keuze>()
            .map_err(|e| Fout::gebruik(OPDRACHT, format!("--keuze: {e}")))?,
        None => Keuze::default(),
    };
    let planning = Planning::maak(start, PlanningOpties::new(keuze, !na_elkaar))
        .map_err(|e| Fout::new(e.to_string()))?;
    if json {
        schrijf_json(uit, &planning)?;
    } else {
        schrijf(uit, &planning.naar_markdown())?;
    }
    Ok(0)
}
