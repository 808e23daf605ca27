//! `kbv planning`: the six steps in time.

use std::io::Write;

use chrono::NaiveDate;
use kernbeleid::proces::{Keuze, Planning, PlanningOpties};

use crate::args::Args;
use crate::{schrijf, schrijf_json, Fout};

pub fn planning(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    let na_elkaar = args.vlag("--na-elkaar");
    let start = args.waarde("--start")?.ok_or_else(|| {
        Fout::gebruik("kbv planning verwacht --start DATUM, bijvoorbeeld --start 2027-01-04")
    })?;
    let keuze = args.waarde("--keuze")?;
    args.klaar()?;
    let start = NaiveDate::parse_from_str(&start, "%Y-%m-%d").map_err(|_| {
        Fout::gebruik(format!(
            "--start: \"{start}\" is geen datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2027-01-04"
        ))
    })?;
    let keuze = match keuze {
        Some(k) => k
            .parse::<Keuze>()
            .map_err(|e| Fout::gebruik(format!("--keuze: {e}")))?,
        None => Keuze::default(),
    };
    let planning =
        Planning::maak(start, PlanningOpties::new(keuze, !na_elkaar)).map_err(|e| Fout {
            bericht: e.to_string(),
            code: 2,
        })?;
    if json {
        schrijf_json(uit, &planning)?;
    } else {
        schrijf(uit, &planning.naar_markdown())?;
    }
    Ok(0)
}
