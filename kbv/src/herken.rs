//! `kbv herken`: what a plan's own names for its themes mean in the method.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::catalogus::herkenning::{herken as herken_tekst, Herkenning};

use crate::fout::Fout;
use crate::uitvoer::{schrijf, schrijf_json};

// `kbv herken`.
#[derive(clap::Args)]
#[command(
    about = "Herken lokale namen: welke thema's, strategische thema's of aspecten ze noemen",
    override_usage = "kbv herken TEKST... [--json]",
    after_help = "Per tekst de kandidaten met score (0 tot 1) en reden: welke naam, alias of passage\n\
                  van de handreiking overeenkwam. Eenduidig is een tekst die één onderwerp noemt met\n\
                  een naam of alias; \"Drugs\" of \"Overlast\" zijn dat niet en krijgen hun kandidaten."
)]
pub struct HerkenArgs {
    #[arg(
        value_name = "TEKST",
        required = true,
        help = "Een naam zoals een plan die gebruikt, bijvoorbeeld \"Ondermijning\"\n\
                of \"Zorg & Veiligheid\"; meer teksten mag"
    )]
    teksten: Vec<String>,

    #[arg(
        long,
        help = "Als JSON: een lijst met per tekst {\"invoer\", \"eenduidig\", \"kandidaten\"}"
    )]
    json: bool,
}

pub fn herken(args: HerkenArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let herkenningen: Vec<Herkenning> = args.teksten.iter().map(|t| herken_tekst(t)).collect();
    if args.json {
        schrijf_json(uit, &herkenningen)?;
    } else {
        let mut t = String::new();
        for (i, h) in herkenningen.iter().enumerate() {
            if i > 0 {
                t.push('\n');
            }
            beschrijf(&mut t, h);
        }
        schrijf(uit, &t)?;
    }
    Ok(0)
}

/// One recognition, readably in Dutch.
fn beschrijf(t: &mut String, h: &Herkenning) {
    let _ = writeln!(t, "\"{}\": {}", h.invoer(), h.samenvatting());
    for (i, k) in h.kandidaten().iter().enumerate() {
        let _ = writeln!(
            t,
            "  {}. {} ({}, score {:.2})",
            i + 1,
            k.onderwerp,
            k.onderwerp.soort(),
            k.score
        );
        let _ = writeln!(t, "     {}", k.reden);
    }
}
