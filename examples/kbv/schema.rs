//! `kbv schema`, `kbv lees`: the documents (IVP, uitvoeringsplan, veiligheidsanalyse).

use std::io::Write;

use kernbeleid::document::{Document, DocumentSoort, Formaat};

use crate::args::Args;
use crate::{schrijf, schrijf_json, Fout};

/// Dispatches `schema` and `lees`.
pub fn voer_uit(opdracht: &str, args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    match opdracht {
        "schema" => schema(args, uit),
        _ => lees(args, uit),
    }
}

/// `kbv schema ivp|uitvoeringsplan|analyse`: the JSON Schema of a document.
fn schema(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let Some(soort) = args.volgende() else {
        return Err(Fout::gebruik(
            "kbv schema verwacht een documentsoort: ivp, uitvoeringsplan of analyse",
        ));
    };
    args.klaar()?;
    let soort: DocumentSoort = soort.parse().map_err(|e| Fout::gebruik(format!("{e}")))?;
    schrijf_json(uit, &soort.schema())?;
    Ok(0)
}

/// `kbv lees BESTAND [--json|--toml]`: reads any document and writes it back normalised, in
/// the format asked for or else its own.
fn lees(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    let toml = args.vlag("--toml");
    let Some(pad) = args.volgende() else {
        return Err(Fout::gebruik("kbv lees verwacht een bestand"));
    };
    args.klaar()?;
    if json && toml {
        return Err(Fout::gebruik("kies --json of --toml, niet allebei"));
    }
    let bytes = std::fs::read(&pad).map_err(|e| Fout {
        bericht: format!("kan {pad} niet lezen: {e}"),
        code: 2,
    })?;
    let document = Document::lees(&bytes, Some(std::path::Path::new(&pad))).map_err(|e| Fout {
        bericht: format!("{pad}: {e}"),
        code: 2,
    })?;
    let formaat = if json {
        Formaat::Json
    } else if toml {
        Formaat::Toml
    } else {
        Formaat::uit_bestandsnaam(&pad)
            .unwrap_or_else(|| Formaat::uit_inhoud(&String::from_utf8_lossy(&bytes)))
    };
    let tekst = document.schrijf(formaat).map_err(|e| Fout {
        bericht: format!("{e}"),
        code: 2,
    })?;
    schrijf(uit, &tekst)?;
    Ok(0)
}
