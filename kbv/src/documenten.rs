//! `kbv schema`, `kbv lees`: the documents (IVP, uitvoeringsplan, veiligheidsanalyse).

use std::io::Write;
use std::path::Path;

use kernbeleid::document::{BestandFout, Document, DocumentSoort, Formaat};

use crate::fout::Fout;
use crate::uitvoer::{schrijf, schrijf_json};

// `kbv schema`.
#[derive(clap::Args)]
#[command(
    about = "Het JSON Schema van een document, voor programma's die niet in Rust zijn geschreven",
    override_usage = "kbv schema ivp|uitvoeringsplan|analyse"
)]
pub struct SchemaArgs {
    #[arg(
        value_name = "SOORT",
        help = "De documentsoort: ivp, uitvoeringsplan of analyse"
    )]
    soort: String,
}

// `kbv lees`.
#[derive(clap::Args)]
#[command(
    about = "Een IVP, uitvoeringsplan of veiligheidsanalyse lezen en genormaliseerd schrijven",
    override_usage = "kbv lees BESTAND [--json | --toml]"
)]
pub struct LeesArgs {
    #[arg(value_name = "BESTAND", help = "Het document, JSON of TOML")]
    pad: String,

    #[arg(
        long,
        conflicts_with = "toml",
        help = "Schrijf JSON (zonder --json of --toml: het formaat van het bestand)"
    )]
    json: bool,

    #[arg(long, help = "Schrijf TOML")]
    toml: bool,
}

/// `kbv schema ivp|uitvoeringsplan|analyse`: the JSON Schema of a document.
pub fn schema(args: SchemaArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let soort: DocumentSoort = args
        .soort
        .parse()
        .map_err(|e| Fout::gebruik("schema", format!("{e}")))?;
    schrijf_json(uit, &soort.schema())?;
    Ok(0)
}

/// `kbv lees BESTAND [--json|--toml]`: reads any document and writes it back normalised, in
/// the format asked for or else its own.
pub fn lees(args: LeesArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let LeesArgs { pad, json, toml } = args;
    let bytes = std::fs::read(&pad)
        .map_err(|e| Fout::new(BestandFout::lezen(Path::new(&pad), &e).to_string()))?;
    let document = Document::lees(&bytes, Some(Path::new(&pad)))
        .map_err(|e| Fout::new(format!("{pad}: {e}")))?;
    let formaat = if json {
        Formaat::Json
    } else if toml {
        Formaat::Toml
    } else {
        Formaat::uit_bestandsnaam(&pad)
            .unwrap_or_else(|| Formaat::uit_inhoud(&String::from_utf8_lossy(&bytes)))
    };
    let tekst = document
        .schrijf(formaat)
        .map_err(|e| Fout::new(format!("{e}")))?;
    schrijf(uit, &tekst)?;
    Ok(0)
}
