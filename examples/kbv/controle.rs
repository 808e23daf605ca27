//! `kbv regels` and `kbv controleer`.

use std::fmt::Write as _;
use std::io::{Read, Write};

use kernbeleid::controle::{controleer as controle, REGELS};
use kernbeleid::document::Document;

use crate::args::Args;
use crate::{schrijf, schrijf_json, Fout};

pub fn regels(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    args.klaar()?;
    if json {
        schrijf_json(uit, &REGELS)?;
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

/// `kbv controleer BESTAND [--json]`: exit 0 without errors, 1 with errors, 2 when unreadable.
pub fn controleer(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    let Some(pad) = args.volgende() else {
        return Err(Fout::gebruik(
            "kbv controleer verwacht een bestand (of - voor standaardinvoer)",
        ));
    };
    args.klaar()?;
    let mut bytes = Vec::new();
    let gelezen = if pad == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(&pad).map(|b| bytes = b)
    };
    gelezen.map_err(|e| Fout {
        bericht: format!("kan {pad} niet lezen: {e}"),
        code: 2,
    })?;
    let hint = (pad != "-").then_some(pad.as_str());
    let document = Document::lees(&bytes, hint).map_err(|e| Fout {
        bericht: format!("{pad}: {e}"),
        code: 2,
    })?;
    let rapport = controle(&document);
    if json {
        schrijf_json(uit, &rapport)?;
    } else {
        schrijf(uit, &format!("{rapport}\n"))?;
    }
    Ok(if rapport.is_geldig() { 0 } else { 1 })
}
