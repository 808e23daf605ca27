//! `kbv skelet`: the main job, a skeleton IVP (or uitvoeringsplan, or analyse) pre-filled from
//! the handbook.

use std::io::Write;

use chrono::Datelike;

use kernbeleid::document::{Document, Formaat, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};

use crate::args::Args;
use crate::{schrijf, Fout};

pub fn skelet(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let gemeenten = args.waarden("--gemeente")?;
    let periode = args.waarde("--periode")?;
    let prioriteiten = args.waarden("--prioriteiten")?;
    let formaat = args.waarde("--formaat")?;
    let als_up = args.vlag("--uitvoeringsplan");
    let als_analyse = args.vlag("--analyse");
    args.klaar()?;

    if gemeenten.is_empty() {
        return Err(Fout::gebruik(
            "kbv skelet verwacht ten minste één --gemeente NAAM",
        ));
    }
    if als_up && als_analyse {
        return Err(Fout::gebruik(
            "kies --uitvoeringsplan of --analyse, niet allebei",
        ));
    }
    let periode: Periode = periode
        .ok_or_else(|| {
            Fout::gebruik("kbv skelet verwacht --periode, bijvoorbeeld --periode 2027-2030")
        })?
        .parse()
        .map_err(|e| Fout::gebruik(format!("--periode: {e}")))?;
    let mut keuzes = Vec::new();
    for lijst in &prioriteiten {
        keuzes.extend(
            PrioriteitKeuze::lijst(lijst)
                .map_err(|e| Fout::gebruik(format!("--prioriteiten: {e}")))?,
        );
    }
    if keuzes.is_empty() && !als_analyse {
        return Err(Fout::gebruik(
            "kbv skelet verwacht --prioriteiten, bijvoorbeeld --prioriteiten 1.3,5.2,3.2",
        ));
    }
    let formaat = match formaat.as_deref() {
        None | Some("markdown") | Some("md") => None,
        Some("json") => Some(Formaat::Json),
        Some("toml") => Some(Formaat::Toml),
        Some(ander) => {
            return Err(Fout::gebruik(format!(
                "--formaat: onbekend formaat \"{ander}\"; verwacht markdown, json of toml"
            )))
        }
    };

    let ivp = skelet::ivp(&IvpOpties::new(gemeenten.iter().cloned(), periode, keuzes));
    let (document, markdown): (Document, String) = if als_analyse {
        // The analysis is made in the year before the plan period starts.
        let jaar = periode.van.year() - 1;
        let a = skelet::analyse(gemeenten, jaar);
        let md = skelet::analyse_naar_markdown(&a);
        (a.into(), md)
    } else if als_up {
        let up = skelet::uitvoeringsplan(&ivp);
        let md = skelet::uitvoeringsplan_naar_markdown(&up);
        (up.into(), md)
    } else {
        let md = skelet::ivp_naar_markdown(&ivp);
        (ivp.into(), md)
    };
    let tekst = match formaat {
        None => markdown,
        Some(f) => document.schrijf(f).map_err(|e| Fout {
            bericht: e.to_string(),
            code: 2,
        })?,
    };
    schrijf(uit, &tekst)?;
    Ok(0)
}
