//! `kbv regionaal`: many IVPs stacked, per theme and per veld, each plan apart.

use std::io::Write;

use kernbeleid::document::{Document, Ivp};
use kernbeleid::regionaal::Overzicht;

use crate::fout::Fout;
use crate::invoer::{lees_bytes, lees_uit_bytes, meld_bevindingen};
use crate::uitvoer::{schrijf, schrijf_json};

// `kbv regionaal`.
#[derive(clap::Args)]
#[command(
    about = "Veel IVP's gestapeld: per thema en per veld, gemeente x thema",
    after_help = "Per thema (ook S1 tot S3): hoeveel gemeenten het een prioriteit of een overig\n\
                  thema maken, buiten beschouwing laten of niet noemen; de totalen per veld.\n\
                  Elk plan blijft apart, genummerd in de volgorde van de bestanden. Heeft een\n\
                  gemeente meer plannen, dan geldt waar ze overlappen het nieuwere plan (het\n\
                  plan dat later begint); de tellingen volgen per gemeente het nieuwste plan.\n\
                  Een plan met fouten in de controle telt mee, maar is gemarkeerd.\n\
                  Hetzelfde bestand (of dezelfde inhoud) twee keer geven is een fout.",
    override_usage = "kbv regionaal BESTAND... [--csv | --json]"
)]
pub struct RegionaalArgs {
    #[arg(
        value_name = "BESTAND",
        required = true,
        help = "De IVP's: JSON, TOML of ingevulde Word-bestanden (.docx);\n\
                - leest er één van de standaardinvoer"
    )]
    paden: Vec<String>,

    #[arg(long, conflicts_with = "json", help = "Gemeente x thema als CSV")]
    csv: bool,

    #[arg(long, help = "Het overzicht als JSON")]
    json: bool,
}

pub fn regionaal(args: RegionaalArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let RegionaalArgs { paden, csv, json } = args;
    let mut ivps: Vec<(&str, Ivp)> = Vec::with_capacity(paden.len());
    // Each file once: by where it is, and by what it holds (a copy is the same plan).
    let mut gezien: Vec<(&str, Option<std::path::PathBuf>, Vec<u8>)> = Vec::new();
    for pad in &paden {
        let bytes = lees_bytes(pad)?;
        let plek = (pad != "-")
            .then(|| std::fs::canonicalize(pad).ok())
            .flatten();
        if let Some((eerder, _, _)) = gezien
            .iter()
            .find(|(_, p, b)| (plek.is_some() && *p == plek) || *b == bytes)
        {
            let hoe = if *eerder == pad.as_str() {
                "twee keer gegeven".to_owned()
            } else if plek.is_some() && gezien.iter().any(|(e, p, _)| e == eerder && *p == plek) {
                format!("hetzelfde bestand als {eerder}")
            } else {
                format!("dezelfde inhoud als {eerder}")
            };
            return Err(Fout::new(format!(
                "{pad}: {hoe}; een plan telt in het overzicht één keer, geef elk bestand één keer"
            )));
        }
        let gelezen = lees_uit_bytes(pad, &bytes)?;
        meld_bevindingen(pad, &gelezen.bevindingen);
        gezien.push((pad, plek, bytes));
        match gelezen.document {
            Document::Ivp(ivp) => ivps.push((pad, *ivp)),
            ander => {
                return Err(Fout::new(format!(
                    "{pad}: dit is een {}, geen IVP",
                    ander.soort()
                )))
            }
        }
    }
    let overzicht = Overzicht::van_bronnen(ivps.iter().map(|(pad, ivp)| (*pad, ivp)));
    if json {
        schrijf_json(uit, &overzicht)?;
    } else if csv {
        schrijf(uit, &overzicht.naar_csv())?;
    } else {
        schrijf(uit, &overzicht.naar_markdown())?;
    }
    Ok(0)
}
