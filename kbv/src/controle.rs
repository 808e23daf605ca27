//! `kbv regels` and `kbv controleer`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::controle::{controleer as controle, controleer_uitvoeringsplan_bij, REGELS};
use kernbeleid::document::Document;

use crate::args::Args;
use crate::{lees_document, schrijf, schrijf_json, Fout};

pub fn regels(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    args.klaar()?;
    if json {
        schrijf_json(uit, REGELS.as_slice())?;
        return Ok(0);
    }
    let mut t = String::new();
    for r in &REGELS {
        let _ = writeln!(t, "{} ({}, {}): {}", r.code, r.ernst, r.document, r.titel);
        let _ = writeln!(t, "    {}", r.uitleg);
        let _ = writeln!(t, "    Oplossing: {}", r.oplossing);
        let _ = writeln!(t, "    Handreiking: \"{}\" ({})\n", r.citaat, r.bron);
    }
    schrijf(uit, &t)?;
    Ok(0)
}

/// `kbv controleer BESTAND [--ivp IVP] [--json]`: exit 0 without errors, 1 with errors, 2 when
/// unreadable. With `--ivp`, an uitvoeringsplan is checked against the IVP it belongs to.
pub fn controleer(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    let ivp_pad = args.waarde("--ivp")?;
    let Some(pad) = args.volgende() else {
        return Err(Fout::gebruik(
            "kbv controleer verwacht een bestand (of - voor standaardinvoer)",
        ));
    };
    args.klaar()?;
    let document = lees_document(&pad)?;
    let rapport = match (ivp_pad, &document) {
        (None, _) => controle(&document),
        (Some(ivp_pad), Document::Uitvoeringsplan(up)) => match lees_document(&ivp_pad)? {
            Document::Ivp(ivp) => controleer_uitvoeringsplan_bij(up, &ivp),
            ander => {
                return Err(Fout {
                    bericht: format!("{ivp_pad}: dit is een {}, geen IVP", ander.soort()),
                    code: 2,
                })
            }
        },
        (Some(_), ander) => {
            return Err(Fout::gebruik(format!(
                "--ivp hoort bij een uitvoeringsplan, maar {pad} is een {}",
                ander.soort()
            )))
        }
    };
    if json {
        schrijf_json(uit, &rapport)?;
    } else {
        schrijf(uit, &format!("{rapport}\n"))?;
    }
    Ok(if rapport.is_geldig() { 0 } else { 1 })
}
