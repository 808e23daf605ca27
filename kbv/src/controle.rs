//! `kbv regels` and `kbv controleer`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::controle::{controleer as controle, controleer_uitvoeringsplan_bij, Grond, REGELS};
use kernbeleid::document::Document;

use crate::fout::Fout;
use crate::invoer::{lees_met_bevindingen, BevindingIn, Gelezen};
use crate::uitvoer::{schrijf, schrijf_json};

// `kbv regels`.
#[derive(clap::Args)]
#[command(
    about = "De regels van de controle: code, ernst, document en grond (handreiking of gezond verstand)",
    override_usage = "kbv regels [--json]"
)]
pub struct RegelsArgs {
    #[arg(long, help = "De regels als JSON")]
    json: bool,
}

// `kbv controleer`.
#[derive(clap::Args)]
#[command(
    about = "Een IVP, uitvoeringsplan of veiligheidsanalyse toetsen aan de methode",
    override_usage = "kbv controleer BESTAND [--ivp IVP] [--json]",
    after_help = "Exitcode 0: geen fouten (waarschuwingen en hints mogen), 1: fouten,\n\
                  2: onleesbaar of verkeerd aangeroepen.\n\
                  Bij een Word-bestand staat tekst buiten de invulvelden (en wat verder niet\n\
                  gelezen kon worden) op de foutuitvoer, en met --json onder \"bevindingen\"."
)]
pub struct ControleerArgs {
    #[arg(
        value_name = "BESTAND",
        help = "Het document: JSON, TOML of een ingevuld Word-bestand (.docx);\n\
                - leest de standaardinvoer"
    )]
    pad: String,

    #[arg(
        long = "ivp",
        value_name = "IVP",
        help = "Het IVP bij een uitvoeringsplan: toetst ook of het uitvoeringsplan\n\
                elke prioriteit van het IVP uitwerkt"
    )]
    ivp_pad: Option<String>,

    #[arg(long, help = "Het rapport als JSON")]
    json: bool,
}

/// The report as `--json` writes it: its own keys, then `bevindingen`.
#[derive(serde::Serialize)]
struct MetBevindingen<'a, T> {
    #[serde(flatten)]
    rapport: &'a T,
    bevindingen: &'a [BevindingIn<'a>],
}

pub fn regels(args: RegelsArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    if args.json {
        schrijf_json(uit, REGELS.as_slice())?;
        return Ok(0);
    }
    let mut t = String::new();
    for r in &REGELS {
        let _ = writeln!(t, "{} ({}, {}): {}", r.code, r.ernst, r.document, r.titel);
        let _ = writeln!(t, "    {}", r.uitleg);
        let _ = writeln!(t, "    Oplossing: {}", r.oplossing);
        match r.grond {
            Grond::Handreiking { citaat, bron } => {
                let _ = writeln!(t, "    Grond: handreiking, {bron}: \"{citaat}\"\n");
            }
            Grond::GezondVerstand { stelling } => {
                let _ = writeln!(t, "    Grond: gezond verstand: {stelling}\n");
            }
            // A kind of ground added later: its kind and its text.
            ander => {
                let _ = writeln!(t, "    Grond: {}: {}\n", ander.soort(), ander.tekst());
            }
        }
    }
    schrijf(uit, &t)?;
    Ok(0)
}

/// `kbv controleer BESTAND [--ivp IVP] [--json]`: exit 0 without errors, 1 with errors, 2 when
/// unreadable. With `--ivp`, an uitvoeringsplan is checked against the IVP it belongs to.
pub fn controleer(args: ControleerArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let ControleerArgs { pad, ivp_pad, json } = args;
    let gelezen = lees_met_bevindingen(&pad)?;
    let document = &gelezen.document;
    let mut bevindingen: Vec<BevindingIn> = gelezen
        .bevindingen
        .iter()
        .map(|bevinding| BevindingIn {
            bestand: &pad,
            bevinding,
        })
        .collect();
    let ivp_gelezen;
    let rapport = match (&ivp_pad, document) {
        (None, _) => controle(document),
        (Some(ivp_pad), Document::Uitvoeringsplan(up)) => match lees_met_bevindingen(ivp_pad)? {
            Gelezen {
                document: Document::Ivp(ivp),
                bevindingen: b,
            } => {
                ivp_gelezen = b;
                bevindingen.extend(ivp_gelezen.iter().map(|bevinding| BevindingIn {
                    bestand: ivp_pad,
                    bevinding,
                }));
                controleer_uitvoeringsplan_bij(up, &ivp)
            }
            Gelezen {
                document: ander, ..
            } => {
                return Err(Fout::new(format!(
                    "{ivp_pad}: dit is een {}, geen IVP",
                    ander.soort()
                )))
            }
        },
        (Some(_), ander) => {
            return Err(Fout::gebruik(
                "controleer",
                format!(
                    "--ivp hoort bij een uitvoeringsplan, maar {pad} is een {}",
                    ander.soort()
                ),
            ))
        }
    };
    if json {
        // The report's own shape, with the Word reader's findings added (empty for JSON and
        // TOML input).
        schrijf_json(
            uit,
            &MetBevindingen {
                rapport: &rapport,
                bevindingen: &bevindingen,
            },
        )?;
    } else {
        schrijf(uit, &format!("{rapport}\n"))?;
    }
    Ok(if rapport.is_geldig() { 0 } else { 1 })
}
