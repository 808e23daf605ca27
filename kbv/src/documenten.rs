//! `kbv schema`, `kbv lees`: the documents (IVP, uitvoeringsplan, veiligheidsanalyse).

use std::io::Write;

use kernbeleid::document::{DocumentSoort, Formaat};

use crate::fout::Fout;
use crate::invoer::{is_docx, lees_bytes, lees_uit_bytes, meld_bevindingen};
use crate::uitvoer::{lever, maak, niet_naar_terminal, schrijf_json, Bestaand, Uitvoerformaat};

const OPDRACHT: &str = "lees";

// `kbv schema`.
#[derive(clap::Args)]
#[command(
    about = "Het JSON Schema van een document, voor programma's die niet in Rust zijn geschreven",
    override_usage = "kbv schema ivp|uitvoeringsplan|analyse|voortgang"
)]
pub struct SchemaArgs {
    #[arg(
        value_name = "SOORT",
        help = "De documentsoort: ivp, uitvoeringsplan, analyse of voortgang"
    )]
    soort: String,
}

// `kbv lees`.
#[derive(clap::Args)]
#[command(
    about = "Een IVP, uitvoeringsplan of veiligheidsanalyse lezen en genormaliseerd schrijven",
    override_usage = "kbv lees BESTAND [--json | --toml | --formaat FORMAAT] [--uitvoer BESTAND]",
    after_help = "Een ingevuld Word-bestand (.docx) dat kbv skelet --formaat docx maakte, wordt\n\
                  teruggelezen: de invulvelden worden de waarden. Tekst buiten de invulvelden\n\
                  en andere bevindingen staan op de foutuitvoer, met waar ze staan.\n\
                  Omzetten: kbv lees plan.toml --formaat docx --uitvoer plan.docx.\n\
                  Een Word-bestand gaat nooit naar de terminal: geef --uitvoer."
)]
pub struct LeesArgs {
    #[arg(
        value_name = "BESTAND",
        help = "Het document: JSON, TOML of een ingevuld Word-bestand (.docx);\n\
                - leest de standaardinvoer"
    )]
    pad: String,

    #[arg(
        long,
        conflicts_with_all = ["toml", "formaat"],
        help = "Schrijf JSON (zonder --json, --toml of --formaat: het formaat van\n\
                het bestand, of dat van de extensie van --uitvoer)"
    )]
    json: bool,

    #[arg(long, conflicts_with = "formaat", help = "Schrijf TOML")]
    toml: bool,

    #[arg(
        long,
        value_name = "FORMAAT",
        help = "json, toml, docx (Word, om in te vullen), html (een pagina om te\n\
                publiceren) of markdown"
    )]
    formaat: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Schrijf naar dit bestand in plaats van naar de standaarduitvoer"
    )]
    uitvoer: Option<String>,
}

/// `kbv schema ivp|uitvoeringsplan|analyse|voortgang`: the JSON Schema of a document.
pub fn schema(args: SchemaArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let soort: DocumentSoort = args
        .soort
        .parse()
        .map_err(|e| Fout::gebruik("schema", format!("{e}")))?;
    schrijf_json(uit, &soort.schema())?;
    Ok(0)
}

/// `kbv lees BESTAND [--json|--toml|--formaat F] [--uitvoer BESTAND]`: reads any document
/// (JSON, TOML, a filled-in .docx) and writes it back normalised, in the format asked for, else
/// the one the extension of `--uitvoer` names, else its own.
pub fn lees(args: LeesArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let LeesArgs {
        pad,
        json,
        toml,
        formaat,
        uitvoer: doel,
    } = args;
    let gevraagd = if json {
        Some("json")
    } else if toml {
        Some("toml")
    } else {
        formaat.as_deref()
    };
    // The format is known before reading when it is asked for, or named by --uitvoer.
    let vooraf = match gevraagd {
        Some(_) => Some(Uitvoerformaat::kies(
            OPDRACHT,
            gevraagd,
            None,
            Uitvoerformaat::Json,
        )?),
        None => doel.as_deref().and_then(Uitvoerformaat::uit_bestandsnaam),
    };
    if let Some(f) = vooraf {
        niet_naar_terminal(OPDRACHT, f, doel.as_deref())?;
    }
    let bytes = lees_bytes(&pad)?;
    let gelezen = lees_uit_bytes(&pad, &bytes)?;
    meld_bevindingen(&pad, &gelezen.bevindingen);
    let formaat = match vooraf {
        Some(f) => f,
        None if is_docx(&pad, &bytes) => Uitvoerformaat::Docx,
        None => match Formaat::uit_bestandsnaam(&pad)
            .unwrap_or_else(|| Formaat::uit_inhoud(&String::from_utf8_lossy(&bytes)))
        {
            Formaat::Json => Uitvoerformaat::Json,
            Formaat::Toml => Uitvoerformaat::Toml,
        },
    };
    niet_naar_terminal(OPDRACHT, formaat, doel.as_deref())?;
    // Converting in place (`kbv lees plan.toml --uitvoer plan.toml`) is what lees is for.
    lever(
        uit,
        doel.as_deref(),
        &maak(&gelezen.document, formaat)?,
        Bestaand::Vervangen,
    )?;
    Ok(0)
}
