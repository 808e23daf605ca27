//! `kbv voortgang`: the stand of a plan on a peildatum, a dashboard with a chart per indicator.

use std::io::Write;

use chrono::NaiveDate;
use kernbeleid::document::{Document, Ivp, Uitvoeringsplan, Voortgangsrapportage};
use kernbeleid::voortgang::{naar_html, naar_markdown, voortgang as stand, Invoer};

use crate::cijfers;
use crate::fout::Fout;
use crate::invoer::lees_document;
use crate::uitvoer::{lever, niet_naar_terminal, Bestaand, Uitvoerformaat};

const OPDRACHT: &str = "voortgang";

// `kbv voortgang`.
#[derive(clap::Args)]
#[command(
    about = "De voortgang van een IVP: dashboard, status per effectindicator, grafieken",
    after_help = "Per effectindicator een status: bereikt, op koers, achter, verkeerde kant op of\n\
                  geen gegevens, uit nulmeting, streefwaarde en de gemeten reeks (de reeks van het\n\
                  IVP, de metingen van de rapportage en de --cijfers). Op koers is hoogstens een\n\
                  tiende van de afstand nulmeting-streefwaarde achter het rechte pad, en niet\n\
                  slechter dan de nulmeting; een enquêtecijfer wordt niet beoordeeld op een\n\
                  verschil binnen zijn marge. Een breuk in de reeks (registratiewijziging politie\n\
                  2019, een andere eenheid) wordt getoond, niet doorgetrokken.\n\
                  Per maatregel van het uitvoeringsplan de stand uit de rapportage.",
    override_usage = "kbv voortgang IVP [--uitvoeringsplan BESTAND] [--rapportage BESTAND]\n\
                      [--cijfers BESTAND...] [--peildatum JJJJ-MM-DD]\n\
                      [--formaat markdown|html|docx|json] [--uitvoer BESTAND [--overschrijf]]"
)]
pub struct VoortgangArgs {
    #[arg(
        value_name = "IVP",
        help = "Het IVP: JSON, TOML of een ingevuld Word-bestand (.docx)"
    )]
    ivp: String,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Het uitvoeringsplan waarvan de maatregelen gevolgd worden"
    )]
    uitvoeringsplan: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "De voortgangsrapportage: stand van de maatregelen, metingen"
    )]
    rapportage: Option<String>,

    #[arg(
        long = "cijfers",
        value_name = "BESTAND",
        num_args = 1..,
        help = "Downloads van politie of CBS (CSV) met gemeten waarden"
    )]
    cijfers: Vec<String>,

    #[command(flatten)]
    bronnen: cijfers::Bronnen,

    #[arg(
        long,
        value_name = "DATUM",
        help = "De peildatum (JJJJ-MM-DD); standaard die van de rapportage,\n\
                anders vandaag"
    )]
    peildatum: Option<String>,

    #[arg(
        long,
        value_name = "FORMAAT",
        help = "markdown (standaard), html, docx of json; standaard volgens\n\
                de extensie van --uitvoer"
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
        help = "Vervang het bestand van --uitvoer als het al bestaat (een\n\
                rapportage die met de hand is bijgewerkt gaat anders niet\n\
                verloren)"
    )]
    overschrijf: bool,
}

/// Today, from the system clock (UTC).
fn vandaag() -> NaiveDate {
    let seconden = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(seconden / 86_400)))
        .unwrap_or_default()
}

fn lees_soort<T: TryFrom<Document>>(pad: &str, soort: &str) -> Result<T, Fout> {
    let document = lees_document(pad)?;
    let gelezen = document.soort();
    T::try_from(document)
        .map_err(|_| Fout::new(format!("{pad}: dit is een {gelezen}, geen {soort}")))
}

pub fn voortgang(args: VoortgangArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let VoortgangArgs {
        ivp,
        uitvoeringsplan,
        rapportage,
        cijfers: cijferpaden,
        bronnen,
        peildatum,
        formaat,
        uitvoer: doel,
        overschrijf,
    } = args;
    if cijferpaden.is_empty() && !bronnen.is_empty() {
        return Err(Fout::gebruik(
            OPDRACHT,
            "--namen, --inwoners en --koppeling horen bij --cijfers",
        ));
    }
    let formaat = Uitvoerformaat::kies(
        OPDRACHT,
        formaat.as_deref(),
        doel.as_deref(),
        Uitvoerformaat::Markdown,
    )?;
    if formaat == Uitvoerformaat::Toml {
        return Err(Fout::gebruik(
            OPDRACHT,
            "--formaat: toml is hier geen formaat; verwacht markdown, html, docx of json",
        ));
    }
    niet_naar_terminal(OPDRACHT, formaat, doel.as_deref())?;
    let peildatum = match peildatum {
        Some(tekst) => Some(
            NaiveDate::parse_from_str(tekst.trim(), "%Y-%m-%d").map_err(|_| {
                Fout::gebruik(
                    OPDRACHT,
                    format!("--peildatum: ongeldige datum \"{tekst}\"; verwacht JJJJ-MM-DD, bijvoorbeeld 2025-06-30"),
                )
            })?,
        ),
        None => None,
    };
    let ivp: Ivp = lees_soort(&ivp, "IVP")?;
    let up: Option<Uitvoeringsplan> = uitvoeringsplan
        .as_deref()
        .map(|p| lees_soort(p, "uitvoeringsplan"))
        .transpose()?;
    let rapport: Option<Voortgangsrapportage> = rapportage
        .as_deref()
        .map(|p| lees_soort(p, "voortgangsrapportage"))
        .transpose()?;
    let cijfers = if cijferpaden.is_empty() {
        None
    } else {
        Some(bronnen.bereken(&cijferpaden)?)
    };
    let peildatum = peildatum
        .or_else(|| rapport.as_ref().map(|r| r.peildatum))
        .unwrap_or_else(vandaag);
    let invoer = Invoer {
        uitvoeringsplan: up.as_ref(),
        rapportage: rapport.as_ref(),
        cijfers: cijfers.as_ref(),
        ..Invoer::new(&ivp, peildatum)
    };
    let v = stand(&invoer);
    let inhoud = match formaat {
        Uitvoerformaat::Json => {
            let mut t = serde_json::to_string_pretty(&v)
                .map_err(|e| Fout::new(format!("kan geen JSON maken: {e}")))?;
            t.push('\n');
            t.into_bytes()
        }
        Uitvoerformaat::Html => naar_html(&v).into_bytes(),
        Uitvoerformaat::Docx => kernbeleid::voortgang::naar_docx(&v)
            .map_err(|e| Fout::new(format!("kan het Word-bestand niet maken: {e}")))?,
        Uitvoerformaat::Markdown | Uitvoerformaat::Toml => naar_markdown(&v).into_bytes(),
    };
    // An existing file may be last quarter's report, edited by hand since: it is replaced only
    // with --overschrijf. Either way the file is written whole or not at all.
    let regel = Bestaand::met_overschrijf(overschrijf);
    lever(uit, doel.as_deref(), &inhoud, regel)?;
    Ok(0)
}
