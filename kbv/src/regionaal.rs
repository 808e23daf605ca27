//! `kbv regionaal`: many IVPs stacked, per theme and per veld, each plan apart.

use std::io::Write;

use kernbeleid::document::{Document, Ivp};
use kernbeleid::regionaal::Overzicht;

use crate::fout::Fout;
use crate::invoer::{lees_bytes, lees_uit_bytes, meld_bevindingen};
use crate::uitvoer::{lever, niet_naar_terminal, Bestaand, Uitvoerformaat};

const OPDRACHT: &str = "regionaal";

/// What `kbv regionaal` writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Formaat {
    Markdown,
    Csv,
    Json,
    Html,
    Docx,
}

impl Formaat {
    fn uit_naam(naam: &str) -> Option<Formaat> {
        match naam.to_ascii_lowercase().as_str() {
            "markdown" | "md" => Some(Formaat::Markdown),
            "csv" => Some(Formaat::Csv),
            "json" => Some(Formaat::Json),
            "html" | "htm" => Some(Formaat::Html),
            "docx" | "word" => Some(Formaat::Docx),
            _ => None,
        }
    }
}

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
                  Hetzelfde bestand (of dezelfde inhoud) twee keer geven is een fout.\n\
                  Met --formaat html of docx wordt gemeente x thema een heatmap: in HTML een\n\
                  SVG met dezelfde tabel in woorden ernaast, in Word een tabel met gekleurde\n\
                  cellen. Elke cel draagt ook haar letter (P, o, b, –) of getal.",
    override_usage = "kbv regionaal BESTAND... [--csv | --json | --formaat markdown|csv|json|html|docx]\n\
                      \x20                [--uitvoer BESTAND [--overschrijf]]"
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

    #[arg(
        long,
        value_name = "FORMAAT",
        conflicts_with_all = ["csv", "json"],
        help = "markdown (standaard), csv, json, html (heatmap als SVG) of docx\n\
                (heatmap als gekleurde tabel); standaard volgens de extensie van\n\
                --uitvoer"
    )]
    formaat: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Schrijf naar dit bestand in plaats van de standaarduitvoer\n\
                (een bestaand bestand alleen met --overschrijf)"
    )]
    uitvoer: Option<String>,

    #[arg(
        long,
        requires = "uitvoer",
        help = "Vervang het bestand van --uitvoer als het al bestaat"
    )]
    overschrijf: bool,
}

pub fn regionaal(args: RegionaalArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let RegionaalArgs {
        paden,
        csv,
        json,
        formaat,
        uitvoer: doel,
        overschrijf,
    } = args;
    let formaat = match (formaat.as_deref(), csv, json) {
        (Some(naam), _, _) => Formaat::uit_naam(naam).ok_or_else(|| {
            Fout::gebruik(
                OPDRACHT,
                format!(
                    "--formaat: onbekend formaat \"{naam}\"; verwacht markdown, csv, json, html of docx"
                ),
            )
        })?,
        (None, true, _) => Formaat::Csv,
        (None, _, true) => Formaat::Json,
        (None, false, false) => doel
            .as_deref()
            .and_then(|d| std::path::Path::new(d).extension())
            .and_then(|e| e.to_str())
            .and_then(Formaat::uit_naam)
            .unwrap_or(Formaat::Markdown),
    };
    // Before any reading: a Word file is never written to a terminal.
    if formaat == Formaat::Docx {
        niet_naar_terminal(OPDRACHT, Uitvoerformaat::Docx, doel.as_deref())?;
    }
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
    let inhoud = match formaat {
        Formaat::Json => {
            let mut t = serde_json::to_string_pretty(&overzicht)
                .map_err(|e| Fout::new(format!("kan geen JSON maken: {e}")))?;
            t.push('\n');
            t.into_bytes()
        }
        Formaat::Csv => overzicht.naar_csv().into_bytes(),
        Formaat::Markdown => overzicht.naar_markdown().into_bytes(),
        Formaat::Html => overzicht.naar_html().into_bytes(),
        Formaat::Docx => overzicht
            .naar_docx()
            .map_err(|e| Fout::new(format!("kan het Word-bestand niet maken: {e}")))?,
    };
    let regel = Bestaand::met_overschrijf(overschrijf);
    lever(uit, doel.as_deref(), &inhoud, regel)?;
    Ok(0)
}
