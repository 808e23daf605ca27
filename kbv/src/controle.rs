//! `kbv regels` and `kbv controleer`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::controle::{
    controleer as controle, controleer_ivp_bij_analyse, controleer_uitvoeringsplan_bij, Diagnose,
    Ernst, Grond, Rapport, REGELS,
};
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
    override_usage = "kbv controleer BESTAND [--ivp IVP | --analyse ANALYSE] [--ernst ERNST] [--json]",
    after_help = "Het rapport noemt de bevindingen per regel, met de grond van de regel één keer\n\
                  (een passage uit de handreiking of een regel van gezond verstand), en eindigt\n\
                  met het aantal fouten, waarschuwingen en hints.\n\
                  Exitcode 0: geen fouten (waarschuwingen en hints mogen), 1: fouten,\n\
                  2: onleesbaar of verkeerd aangeroepen. --ernst verandert de exitcode niet.\n\
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

    #[arg(
        long = "analyse",
        value_name = "ANALYSE",
        conflicts_with = "ivp_pad",
        help = "De veiligheidsanalyse bij een IVP: toetst ook of de analyse aan de\n\
                periode voorafgaat en of de prioriteiten uit haar voorstellen komen"
    )]
    analyse_pad: Option<String>,

    #[arg(
        long = "ernst",
        value_name = "ERNST",
        value_parser = ernst_waarde,
        help = "Toon alleen bevindingen van deze ernst of ernstiger: hint (alles),\n\
                waarschuwing (waarschuwingen en fouten) of fout"
    )]
    ernst: Option<Ernst>,

    #[arg(long, help = "Het rapport als JSON")]
    json: bool,
}

/// `--ernst`: one of the three severities, as they are written.
fn ernst_waarde(tekst: &str) -> Result<Ernst, String> {
    match tekst.trim().to_lowercase().as_str() {
        "hint" | "hints" => Ok(Ernst::Hint),
        "waarschuwing" | "waarschuwingen" => Ok(Ernst::Waarschuwing),
        "fout" | "fouten" => Ok(Ernst::Fout),
        _ => Err(format!(
            "onbekende ernst \"{tekst}\"; verwacht hint, waarschuwing of fout"
        )),
    }
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
            Grond::Ccv { check, onderdeel } => {
                let _ = writeln!(
                    t,
                    "    Grond: CCV-checklist, {onderdeel}: \"{check}\" (advies naast de handreiking)\n"
                );
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

/// `kbv controleer BESTAND [--ivp IVP | --analyse ANALYSE] [--json]`: exit 0 without errors, 1
/// with errors, 2 when unreadable. With `--ivp`, an uitvoeringsplan is checked against the IVP
/// it belongs to; with `--analyse`, an IVP against the veiligheidsanalyse it rests on.
pub fn controleer(args: ControleerArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let ControleerArgs {
        pad,
        ivp_pad,
        analyse_pad,
        ernst,
        json,
    } = args;
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
    // The document read beside it (`--ivp`, `--analyse`), kept for its Word findings.
    let bij: Option<(&str, Gelezen)> = match (document, &ivp_pad, &analyse_pad) {
        (_, None, None) => None,
        (Document::Uitvoeringsplan(_), Some(p), _) | (Document::Ivp(_), None, Some(p)) => {
            Some((p, lees_met_bevindingen(p)?))
        }
        (ander, ivp, _) => {
            let (optie, hoort) = if ivp.is_some() {
                ("--ivp", "een uitvoeringsplan")
            } else {
                ("--analyse", "een IVP")
            };
            return Err(Fout::gebruik(
                "controleer",
                format!(
                    "{optie} hoort bij {hoort}, maar {pad} is {}",
                    ander.soort().met_lidwoord()
                ),
            ));
        }
    };
    if let Some((bij_pad, gelezen)) = &bij {
        bevindingen.extend(gelezen.bevindingen.iter().map(|bevinding| BevindingIn {
            bestand: bij_pad,
            bevinding,
        }));
    }
    let rapport = match (document, bij.as_ref().map(|(p, g)| (*p, &g.document))) {
        (_, None) => controle(document),
        (Document::Uitvoeringsplan(up), Some((_, Document::Ivp(ivp)))) => {
            controleer_uitvoeringsplan_bij(up, ivp)
        }
        (Document::Ivp(ivp), Some((_, Document::Analyse(analyse)))) => {
            controleer_ivp_bij_analyse(ivp, analyse)
        }
        (_, Some((bij_pad, ander))) => {
            let verwacht = if ivp_pad.is_some() {
                "IVP"
            } else {
                "veiligheidsanalyse"
            };
            return Err(Fout::new(format!(
                "{bij_pad}: dit is {}, geen {verwacht}",
                ander.soort().met_lidwoord()
            )));
        }
    };
    let geldig = rapport.is_geldig();
    // What is below `--ernst` is left out; a fout never is, so the exit code stays.
    let getoond: Rapport = match ernst {
        Some(ernst) => rapport
            .diagnoses()
            .iter()
            .filter(|d| d.ernst >= ernst)
            .cloned()
            .collect(),
        None => rapport.clone(),
    };
    if json {
        // The report's own shape, with the Word reader's findings added (empty for JSON and
        // TOML input).
        schrijf_json(
            uit,
            &MetBevindingen {
                rapport: &getoond,
                bevindingen: &bevindingen,
            },
        )?;
    } else {
        schrijf(uit, &per_regel(&getoond, &rapport, ernst))?;
    }
    Ok(if geldig { 0 } else { 1 })
}

/// The findings of `getoond` grouped by rule, most serious rule first: a heading with the
/// rule's severity, code, title and number of findings, the rule's ground once, then one line
/// per finding. The last line counts every finding of `alles` per severity, and says what
/// `--ernst` left out.
fn per_regel(getoond: &Rapport, alles: &Rapport, ernst: Option<Ernst>) -> String {
    // The rules in the order of their first finding (the report is ordered by severity).
    let mut groepen: Vec<(&str, Vec<&Diagnose>)> = Vec::new();
    for d in getoond.diagnoses() {
        match groepen.iter_mut().find(|(code, _)| *code == d.code) {
            Some((_, lijst)) => lijst.push(d),
            None => groepen.push((&d.code, vec![d])),
        }
    }
    let mut t = String::new();
    for (code, lijst) in &groepen {
        let Some(eerste) = lijst.first() else {
            continue;
        };
        let regel = eerste.regel();
        let titel = regel.map_or("", |r| r.titel);
        let aantal = if lijst.len() == 1 {
            "1 bevinding".to_owned()
        } else {
            format!("{} bevindingen", lijst.len())
        };
        let _ = writeln!(t, "{} [{code}] {titel} ({aantal})", eerste.ernst);
        let eigen = regel.map(|r| r.grond.bronvermelding());
        match regel.map(|r| r.grond) {
            Some(Grond::Handreiking { citaat, bron }) => {
                let _ = writeln!(t, "    grond: {bron}: \"{citaat}\"");
            }
            Some(Grond::GezondVerstand { stelling }) => {
                let _ = writeln!(t, "    grond: gezond verstand: {stelling}");
            }
            Some(Grond::Ccv { check, onderdeel }) => {
                let _ = writeln!(t, "    grond: CCV-checklist, {onderdeel}: \"{check}\"");
            }
            // A kind of ground added later, or a tool's own code: the references per finding.
            _ => {}
        }
        for d in lijst {
            let pad = if d.pad.is_empty() { "/" } else { &d.pad };
            let _ = write!(t, "    {pad}: {}", d.bericht);
            // A finding that cites another passage than its rule's says which.
            if eigen.as_ref() != Some(&d.bron) {
                let _ = write!(t, " (bron: {})", d.bron);
            }
            t.push('\n');
        }
        t.push('\n');
    }
    let meervoud =
        |n: usize, een: &str, meer: &str| format!("{n} {}", if n == 1 { een } else { meer });
    let _ = write!(
        t,
        "{}, {}, {}",
        meervoud(alles.fouten(), "fout", "fouten"),
        meervoud(alles.waarschuwingen(), "waarschuwing", "waarschuwingen"),
        meervoud(alles.hints(), "hint", "hints"),
    );
    let weggelaten = alles.diagnoses().len() - getoond.diagnoses().len();
    if let Some(ernst) = ernst.filter(|_| weggelaten > 0) {
        let _ = write!(t, "; niet getoond (lichter dan {ernst}): {weggelaten}");
    }
    t.push('\n');
    t
}
