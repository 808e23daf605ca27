//! `kbv regels` (and later `kbv controleer`).

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::controle::REGELS;

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
