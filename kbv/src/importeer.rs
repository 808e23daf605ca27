//! `kbv importeer`: a plan the crate did not write (text, Markdown, .docx, or with the feature
//! `pdf` a PDF) to a draft document, with a report of what was recognised.

use std::io::Write;

use kernbeleid::document::{DocumentSoort, Periode};
use kernbeleid::importeren::{importeer as importeer_plan, Opties, Verslag};

use crate::fout::Fout;
use crate::invoer::lees_bytes;
use crate::uitvoer::{lever, maak, niet_naar_terminal, schrijf_json, Bestaand, Uitvoerformaat};

const OPDRACHT: &str = "importeer";

// `kbv importeer`.
#[derive(clap::Args)]
#[command(
    about = "Lees een bestaand plan (tekst, Markdown of Word) in als concept-document",
    override_usage = "kbv importeer PLAN [--soort ivp|uitvoeringsplan|analyse] [--uitvoer BESTAND]\n\
                      \x20              [--formaat toml|json|markdown|docx|html] [--gemeente NAAM ...]\n\
                      \x20              [--periode JJJJ-JJJJ] [--json]",
    after_help = "Het plan mag platte tekst of Markdown zijn (zoals `pdftotext -layout plan.pdf`\n\
                  of een kopie uit de browser die geeft) of een .docx. Een PDF leest kbv zelf als\n\
                  het is gebouwd met --features pdf; anders eerst omzetten:\n\
                  pdftotext -layout plan.pdf plan.txt.\n\
                  Het concept gaat naar --uitvoer (het formaat volgt de extensie) of naar de\n\
                  standaarduitvoer (TOML, of --formaat). Het verslag (wat herkend is, waar en\n\
                  hoe zeker, en wat niet) gaat naar de foutuitvoer; met --json komt een object\n\
                  {\"document\", \"verslag\"} op de standaarduitvoer.\n\
                  Tekst die geen plaats vond staat onder haar kop in `ongeplaatst`: er gaat\n\
                  niets verloren. Toets het concept met kbv controleer; begin het volgende plan\n\
                  met kbv skelet --vorig concept.toml."
)]
pub struct ImporteerArgs {
    #[arg(
        value_name = "PLAN",
        help = "Het plan: .txt, .md, .docx of (met de feature pdf) .pdf; - voor de\n\
                standaardinvoer"
    )]
    plan: String,

    #[arg(
        long,
        value_name = "SOORT",
        help = "ivp (standaard), uitvoeringsplan of analyse"
    )]
    soort: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Schrijf het concept naar dit bestand (.toml, .json, .md, .docx, .html)"
    )]
    uitvoer: Option<String>,

    #[arg(
        long,
        help = "Vervang het bestand dat --uitvoer noemt als het al bestaat (een\n\
                concept dat al is bijgewerkt gaat anders niet verloren)"
    )]
    overschrijf: bool,

    #[arg(
        long,
        value_name = "FORMAAT",
        help = "toml (standaard), json, markdown, docx of html"
    )]
    formaat: Option<String>,

    #[arg(
        long = "gemeente",
        value_name = "NAAM",
        help = "De gemeente, als die bekend is (in plaats van herkennen); herhaal\n\
                voor een plan van meer gemeenten"
    )]
    gemeenten: Vec<String>,

    #[arg(
        long,
        value_name = "JJJJ-JJJJ",
        help = "De planperiode, als die bekend is (in plaats van herkennen)"
    )]
    periode: Option<String>,

    #[arg(
        long,
        help = "Het concept en het verslag als één JSON-object op de standaarduitvoer"
    )]
    json: bool,
}

/// The JSON output: the draft and the report.
#[derive(serde::Serialize)]
struct Uitvoer<'a> {
    document: serde_json::Value,
    verslag: &'a Verslag,
}

pub fn importeer(args: ImporteerArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let soort: DocumentSoort = args
        .soort
        .as_deref()
        .unwrap_or("ivp")
        .parse()
        .map_err(|e| Fout::gebruik(OPDRACHT, format!("--soort: {e}")))?;
    let periode: Option<Periode> = args
        .periode
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(|e| Fout::gebruik(OPDRACHT, format!("--periode: {e}")))?;
    let formaat = Uitvoerformaat::kies(
        OPDRACHT,
        args.formaat.as_deref(),
        args.uitvoer.as_deref(),
        Uitvoerformaat::Toml,
    )?;
    if !args.json {
        niet_naar_terminal(OPDRACHT, formaat, args.uitvoer.as_deref())?;
    }
    let bytes = lees_bytes(&args.plan)?;
    let opties = Opties {
        soort,
        gemeenten: args.gemeenten,
        periode,
        ..Opties::default()
    };
    let naam = if args.plan == "-" {
        "standaardinvoer"
    } else {
        &args.plan
    };
    let bestaand = Bestaand::met_overschrijf(args.overschrijf);
    let import = importeer_plan(&bytes, &opties).map_err(|e| Fout::new(format!("{naam}: {e}")))?;
    if args.json {
        if let Some(doel) = args.uitvoer.as_deref() {
            lever(uit, Some(doel), &maak(&import.document, formaat)?, bestaand)?;
        }
        let document = serde_json::from_str(&import.document.naar_json())
            .map_err(|e| Fout::new(format!("kan geen JSON maken: {e}")))?;
        schrijf_json(
            uit,
            &Uitvoer {
                document,
                verslag: &import.verslag,
            },
        )?;
    } else {
        lever(
            uit,
            args.uitvoer.as_deref(),
            &maak(&import.document, formaat)?,
            bestaand,
        )?;
        // If stderr is gone there is no one left to tell; the draft is written.
        let _ = writeln!(std::io::stderr().lock(), "kbv: {naam}:\n{}", import.verslag);
    }
    Ok(0)
}
