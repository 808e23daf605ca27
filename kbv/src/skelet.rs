//! `kbv skelet`: the main job, a skeleton IVP (or uitvoeringsplan, or analyse) pre-filled from
//! the handbook.

use std::io::Write;

use chrono::Datelike;

use kernbeleid::document::{Document, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};

use crate::cijfers;
use crate::fout::Fout;
use crate::uitvoer::{lever, maak, niet_naar_terminal, Bestaand, Uitvoerformaat};

const OPDRACHT: &str = "skelet";

const GEBRUIK: &str = "\
kbv skelet --gemeente NAAM [--gemeente NAAM ...] --periode 2027-2030
             --prioriteiten 1.3,5.2,3.2 [--formaat markdown|json|toml|docx|html]
             [--uitvoer BESTAND] [--uitvoeringsplan | --analyse] [--vorig BESTAND]
             [--cijfers BESTAND... [--namen BESTAND] [--inwoners BESTAND] [--koppeling BESTAND]]
kbv skelet --uitvoeringsplan (--ivp BESTAND | --gemeente NAAM ... --periode JJJJ-JJJJ ...)
             --jaarbeeld BESTAND [--vorig UITVOERINGSPLAN] [--uitvoer BESTAND]";

// `kbv skelet`.
#[derive(clap::Args)]
#[command(
    about = "Een skelet-IVP (of uitvoeringsplan, of analyse), vooraf gevuld uit de handreiking",
    override_usage = GEBRUIK,
    after_help = "Een prioriteit kan ook een cluster van thema's zijn, met een eigen naam:\n  \
                  --prioriteiten \"Jeugd=3.1+3.2,5.2\"\n\
                  Met --cijfers (downloads van politie en CBS, zie kbv cijfers --help) krijgt\n\
                  elke effectindicator waarvoor cijfers zijn een nulmeting (laatste volledige\n\
                  jaar, met bron) en de gemeten reeks, en de analyse de cijfers per thema.\n\
                  Wat geen cijfers heeft, blijft in te vullen.\n\
                  Met --formaat docx komt er een Word-bestand om in te vullen: elk veld dat de\n\
                  gemeente schrijft is een invulveld. Lees het ingevulde bestand terug met\n\
                  kbv lees of toets het met kbv controleer. Een Word-bestand gaat nooit naar de\n\
                  terminal: geef --uitvoer ivp.docx. Zonder --formaat kiest --uitvoer het\n\
                  formaat uit de extensie (.md, .json, .toml, .docx, .html).\n\
                  Met --uitvoeringsplan --jaarbeeld komt het uitvoeringsplan voor het jaar na het\n\
                  jaarbeeld: de terugblik vooraf gevuld (per maatregel de stand en toelichting,\n\
                  per effectindicator de berekende status in woorden) en elke maatregel die niet\n\
                  afgerond of vervallen is doorgeschoven, onder \"Doorgeschoven uit JAAR\". Geef\n\
                  het vastgestelde IVP met --ivp (nulmeting en streefwaarde) en het uitvoerings-\n\
                  plan van het jaarbeeld met --vorig (trekkers, partijen, prestatie-indicator)."
)]
pub struct SkeletArgs {
    #[arg(
        long = "gemeente",
        value_name = "NAAM",
        required_unless_present = "ivp",
        conflicts_with = "ivp",
        value_parser = niet_leeg,
        help = "De gemeente; herhaal de optie voor een plan van meer gemeenten"
    )]
    gemeenten: Vec<String>,

    #[arg(
        long,
        value_name = "JJJJ-JJJJ",
        required_unless_present = "ivp",
        conflicts_with = "ivp",
        help = "De planperiode, bijvoorbeeld 2027-2030"
    )]
    periode: Option<String>,

    #[arg(
        long,
        value_name = "LIJST",
        required_unless_present_any = ["analyse", "vorig", "ivp"],
        conflicts_with = "ivp",
        help = "De prioriteiten, met komma's gescheiden: code, naam of oudere naam\n\
                van een thema, of een cluster NAAM=THEMA+THEMA (niet bij --analyse)"
    )]
    prioriteiten: Vec<String>,

    #[arg(
        long,
        value_name = "FORMAAT",
        help = "markdown (standaard), json, toml, docx of html: json en toml zijn\n\
                documenten om te bewerken en te controleren, docx een Word-bestand\n\
                om in te vullen, html een pagina om te publiceren"
    )]
    formaat: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Schrijf naar dit bestand in plaats van naar de standaarduitvoer\n\
                (een bestaand bestand alleen met --overschrijf)"
    )]
    uitvoer: Option<String>,

    #[arg(
        long,
        requires = "uitvoer",
        help = "Vervang het bestand van --uitvoer als het al bestaat"
    )]
    overschrijf: bool,

    #[arg(
        long,
        conflicts_with = "analyse",
        help = "Een uitvoeringsplan voor het eerste jaar in plaats van een IVP"
    )]
    uitvoeringsplan: bool,

    #[arg(
        long,
        help = "Een veiligheidsanalyse (van het jaar voor de periode) in plaats\n\
                van een IVP"
    )]
    analyse: bool,

    #[arg(
        long = "cijfers",
        value_name = "BESTAND",
        num_args = 1..,
        help = "Downloads van politie of CBS (CSV): vullen de nulmetingen en de\n\
                cijfers per thema"
    )]
    cijfers: Vec<String>,

    #[command(flatten)]
    bronnen: cijfers::Bronnen,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Het vorige IVP (bijvoorbeeld een concept van kbv importeer): zijn\n\
                prioriteiten als keuze (zonder --prioriteiten) en zijn teksten als\n\
                aanwijzing \"uit het vorige plan\"; bij --jaarbeeld het uitvoeringsplan\n\
                waarover het jaarbeeld gaat"
    )]
    vorig: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        requires = "uitvoeringsplan",
        conflicts_with = "analyse",
        help = "Het vastgestelde IVP dat het uitvoeringsplan uitvoert (in plaats van\n\
                --gemeente, --periode en --prioriteiten)"
    )]
    ivp: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        requires = "uitvoeringsplan",
        help = "Een jaarbeeld (voortgangsrapportage over een jaar, JSON, TOML of\n\
                Word): het uitvoeringsplan wordt dat voor het jaar erna, met de\n\
                terugblik vooraf gevuld en wat niet af is doorgeschoven"
    )]
    jaarbeeld: Option<String>,
}

/// A gemeente's name must say something: empty or blank is refused, not filled in.
fn niet_leeg(naam: &str) -> Result<String, String> {
    if naam.trim().is_empty() {
        Err(format!(
            "\"{naam}\" is geen naam; verwacht de naam van een gemeente, niet leeg of alleen spaties"
        ))
    } else {
        Ok(naam.to_string())
    }
}

pub fn skelet(args: SkeletArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let SkeletArgs {
        gemeenten,
        periode,
        prioriteiten,
        formaat,
        uitvoer: doel,
        overschrijf,
        uitvoeringsplan: als_up,
        analyse: als_analyse,
        cijfers: cijferpaden,
        bronnen,
        vorig,
        ivp: ivp_pad,
        jaarbeeld: jaarbeeld_pad,
    } = args;
    if cijferpaden.is_empty() && !bronnen.is_empty() {
        return Err(Fout::gebruik(
            OPDRACHT,
            "--namen, --inwoners en --koppeling horen bij --cijfers",
        ));
    }
    let periode: Option<Periode> = periode
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(|e| Fout::gebruik(OPDRACHT, format!("--periode: {e}")))?;
    let mut keuzes = Vec::new();
    for lijst in &prioriteiten {
        keuzes.extend(
            PrioriteitKeuze::lijst(lijst)
                .map_err(|e| Fout::gebruik(OPDRACHT, format!("--prioriteiten: {e}")))?,
        );
    }
    // The previous plan: its priorities when none are given, its texts as guidance. With a
    // jaarbeeld: the uitvoeringsplan it reports on.
    let mut vorig_up = None;
    let vorig = match vorig.as_deref() {
        None => None,
        Some(pad) => match crate::invoer::lees_document(pad)? {
            Document::Ivp(ivp) => Some(*ivp),
            Document::Uitvoeringsplan(up) if jaarbeeld_pad.is_some() => {
                vorig_up = Some(*up);
                None
            }
            ander => {
                return Err(Fout::gebruik(
                    OPDRACHT,
                    format!(
                        "--vorig {pad}: verwacht een IVP{}, dit is een {}",
                        if jaarbeeld_pad.is_some() {
                            " of het uitvoeringsplan waarover het jaarbeeld gaat"
                        } else {
                            ""
                        },
                        ander.soort().sleutel()
                    ),
                ))
            }
        },
    };
    if let (true, Some(v)) = (keuzes.is_empty(), &vorig) {
        keuzes = skelet::keuzes_uit_vorig_plan(v);
    }
    if keuzes.is_empty() && !als_analyse && ivp_pad.is_none() {
        return Err(Fout::gebruik(
            OPDRACHT,
            "kbv skelet verwacht --prioriteiten, bijvoorbeeld --prioriteiten 1.3,5.2,3.2",
        ));
    }
    let formaat = Uitvoerformaat::kies(
        OPDRACHT,
        formaat.as_deref(),
        doel.as_deref(),
        Uitvoerformaat::Markdown,
    )?;
    // Before any work: a Word file is never written to a terminal.
    niet_naar_terminal(OPDRACHT, formaat, doel.as_deref())?;

    // The figures, only those of the plan's gemeenten; a gemeente without any is an error
    // (a wrong download, or names missing), not a silently empty skeleton.
    let vastgesteld = match ivp_pad.as_deref() {
        None => None,
        Some(pad) => match crate::invoer::lees_document(pad)? {
            Document::Ivp(ivp) => Some(*ivp),
            ander => {
                return Err(Fout::gebruik(
                    OPDRACHT,
                    format!(
                        "--ivp {pad}: verwacht een IVP, dit is een {}",
                        ander.soort().sleutel()
                    ),
                ))
            }
        },
    };
    let jaarbeeld = match jaarbeeld_pad.as_deref() {
        None => None,
        Some(pad) => match crate::invoer::lees_document(pad)? {
            Document::Voortgang(r) => Some((pad, *r)),
            ander => {
                return Err(Fout::gebruik(
                    OPDRACHT,
                    format!(
                        "--jaarbeeld {pad}: verwacht een voortgangsrapportage over een jaar, \
                         dit is een {}",
                        ander.soort().sleutel()
                    ),
                ))
            }
        },
    };
    let gemeenten = match &vastgesteld {
        Some(ivp) => ivp.gemeenten.clone(),
        None => gemeenten,
    };

    let gemeten = if cijferpaden.is_empty() {
        None
    } else {
        let alle = bronnen.bereken(&cijferpaden)?;
        for g in &gemeenten {
            cijfers::voor_gemeente(&alle, g)?;
        }
        Some(alle)
    };

    let mut ivp = match (vastgesteld, periode) {
        (Some(ivp), _) => ivp,
        (None, Some(periode)) => {
            skelet::ivp(&IvpOpties::new(gemeenten.iter().cloned(), periode, keuzes))
        }
        (None, None) => {
            return Err(Fout::gebruik(
                OPDRACHT,
                "kbv skelet verwacht --periode, bijvoorbeeld --periode 2027-2030 (of --ivp)",
            ))
        }
    };
    if let Some(v) = &vorig {
        skelet::vul_uit_vorig_plan(&mut ivp, v);
    }
    if let Some(c) = &gemeten {
        skelet::vul_cijfers(&mut ivp, c);
    }
    let document: Document = if als_analyse {
        // The analysis is made in the year before the plan period starts.
        let jaar = ivp.periode.van.year() - 1;
        let mut a = skelet::analyse(gemeenten, jaar);
        if let Some(c) = &gemeten {
            skelet::vul_analyse_cijfers(&mut a, c);
        }
        a.into()
    } else if let Some((pad, jaarbeeld)) = &jaarbeeld {
        skelet::uitvoeringsplan_na_jaarbeeld(&ivp, jaarbeeld, vorig_up.as_ref())
            .map_err(|e| Fout::new(format!("--jaarbeeld {pad}: {e}")))?
            .into()
    } else if als_up {
        skelet::uitvoeringsplan(&ivp).into()
    } else {
        ivp.into()
    };
    let regel = Bestaand::met_overschrijf(overschrijf);
    lever(uit, doel.as_deref(), &maak(&document, formaat)?, regel)?;
    Ok(0)
}
