//! `kbv regionaal`: many IVPs stacked, per theme and per veld.

use std::io::Write;

use kernbeleid::document::{Document, Ivp};
use kernbeleid::regionaal::Overzicht;

use crate::args::Args;
use crate::{lees_document, schrijf, schrijf_json, Fout};

pub fn regionaal(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let csv = args.vlag("--csv");
    let json = args.vlag("--json");
    let mut paden = Vec::new();
    while let Some(pad) = args.volgende() {
        paden.push(pad);
    }
    args.klaar()?;
    if csv && json {
        return Err(Fout::gebruik("kies --csv of --json, niet allebei"));
    }
    if paden.is_empty() {
        return Err(Fout::gebruik(
            "kbv regionaal verwacht een of meer IVP-bestanden",
        ));
    }
    let mut ivps: Vec<Ivp> = Vec::with_capacity(paden.len());
    for pad in &paden {
        match lees_document(pad)? {
            Document::Ivp(ivp) => ivps.push(*ivp),
            ander => {
                return Err(Fout {
                    bericht: format!("{pad}: dit is een {}, geen IVP", ander.soort()),
                    code: 2,
                })
            }
        }
    }
    let overzicht = Overzicht::van(&ivps);
    if json {
        schrijf_json(uit, &overzicht)?;
    } else if csv {
        schrijf(uit, &overzicht.naar_csv())?;
    } else {
        schrijf(uit, &overzicht.naar_markdown())?;
    }
    Ok(0)
}
