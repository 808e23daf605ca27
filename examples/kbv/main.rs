//! `kbv`: a small command-line tool built only on the public API of `kernbeleid`, the showcase
//! of another tool building on the crate.
//!
//! ```text
//! cargo run --example kbv -- help
//! ```

use std::io::{self, Read, Write};
use std::process::ExitCode;

mod args;
mod catalogus;
mod controle;
mod planning;
mod raakvlakken;
mod regionaal;
mod schema;
mod skelet;

use args::Args;
use kernbeleid::document::Document;

const HULP: &str = "\
kbv: Kernbeleid Veiligheid 2021 op de opdrachtregel

Gebruik: kbv OPDRACHT [OPTIES]

Opdrachten:
  skelet --gemeente NAAM [--gemeente NAAM ...] --periode 2027-2030 --prioriteiten 1.3,5.2,3.2
         [--formaat markdown|json|toml] [--uitvoeringsplan | --analyse]
                              een skelet-IVP (of uitvoeringsplan, of veiligheidsanalyse),
                              vooraf gevuld uit de handreiking; een prioriteit kan ook een
                              cluster zijn: --prioriteiten \"Jeugd=3.1+3.2,5.2\"
  controleer BESTAND [--ivp IVP] [--json]
                              een IVP, uitvoeringsplan of analyse toetsen aan de methode
                              (exitcode 0: geen fouten, 1: fouten, 2: onleesbaar); met --ivp
                              ook of het uitvoeringsplan elke prioriteit van het IVP uitwerkt
  regionaal BESTAND... [--csv|--json]
                              veel IVP's gestapeld: per thema hoeveel gemeenten het een
                              prioriteit of overig thema maken, per veld, gemeente x thema
  planning --start DATUM [--keuze ondergrens|midden|bovengrens] [--na-elkaar] [--json]
                              de zes stappen in de tijd, met coördinatordagen
  catalogus [--json]          de hele catalogus: velden, thema's, aspecten
  thema CODE|NAAM [--json]    één veiligheidsthema, met alles wat de handreiking erover zegt
  lacunes [--json]            waar de handreiking niets biedt (lege cellen, ontbrekende rijen)
  regels [--json]             de regels van de controle, met code en bron
  raakvlakken [THEMA...|--controle|--dot|--mermaid|--matrix] [--json]
                              raakvlakken tussen thema's en de controle daarop
  lees BESTAND [--json|--toml] IVP, uitvoeringsplan of analyse lezen en genormaliseerd schrijven
  schema SOORT                JSON Schema van een document: ivp, uitvoeringsplan of analyse
  help                        deze hulp

Thema's mogen met code (\"1.3\"), naam (\"Jeugdoverlast\") of oudere naam
(\"Veilige Publieke Taak\") worden genoemd.
";

/// Failure of a command: a Dutch message for stderr and the exit code.
pub struct Fout {
    pub bericht: String,
    pub code: u8,
}

impl Fout {
    /// Wrong use of the command line (exit code 2).
    pub fn gebruik(bericht: impl Into<String>) -> Self {
        Fout {
            bericht: format!("{}\nZie 'kbv help'.", bericht.into()),
            code: 2,
        }
    }
}

fn main() -> ExitCode {
    let args = Args::van_omgeving();
    let mut uit = io::stdout().lock();
    let resultaat = voer_uit(args, &mut uit).and_then(|code| {
        uit.flush().map_err(|e| Fout {
            bericht: format!("kan niet schrijven: {e}"),
            code: 2,
        })?;
        Ok(code)
    });
    match resultaat {
        Ok(code) => ExitCode::from(code),
        Err(fout) => {
            // A closed pipe (kbv ... | head) is not worth a message.
            let _ = writeln!(io::stderr(), "kbv: {}", fout.bericht);
            ExitCode::from(fout.code)
        }
    }
}

fn voer_uit(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let Some(opdracht) = args.volgende() else {
        schrijf(uit, HULP)?;
        return Ok(2);
    };
    match opdracht.as_str() {
        "catalogus" => catalogus::catalogus(args, uit),
        "thema" => catalogus::thema(args, uit),
        "lacunes" => catalogus::lacunes(args, uit),
        "planning" => planning::planning(args, uit),
        "regels" => controle::regels(args, uit),
        "controleer" => controle::controleer(args, uit),
        "skelet" => skelet::skelet(args, uit),
        "regionaal" => regionaal::regionaal(args, uit),
        "raakvlakken" => raakvlakken::raakvlakken(args, uit),
        "schema" | "lees" => schema::voer_uit(&opdracht, args, uit),
        "help" | "--help" | "-h" => {
            schrijf(uit, HULP)?;
            Ok(0)
        }
        ander => Err(Fout::gebruik(format!("onbekende opdracht \"{ander}\""))),
    }
}

/// Writes text to stdout, mapping an I/O error to a Dutch message.
pub fn schrijf(uit: &mut dyn Write, tekst: &str) -> Result<(), Fout> {
    uit.write_all(tekst.as_bytes()).map_err(|e| Fout {
        bericht: format!("kan niet schrijven: {e}"),
        code: 2,
    })
}

/// Writes a value as pretty JSON followed by a newline.
pub fn schrijf_json<T: serde::Serialize + ?Sized>(
    uit: &mut dyn Write,
    waarde: &T,
) -> Result<(), Fout> {
    let mut tekst = serde_json::to_string_pretty(waarde).map_err(|e| Fout {
        bericht: format!("kan geen JSON maken: {e}"),
        code: 2,
    })?;
    tekst.push('\n');
    schrijf(uit, &tekst)
}

/// Reads a document from a file, or from standard input for `-`.
pub fn lees_document(pad: &str) -> Result<Document, Fout> {
    if pad != "-" {
        return Document::lees_bestand(pad).map_err(|e| Fout {
            bericht: e.to_string(),
            code: 2,
        });
    }
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| Fout {
        bericht: format!("kan {pad} niet lezen: {e}"),
        code: 2,
    })?;
    Document::lees(&bytes, None).map_err(|e| Fout {
        bericht: format!("{pad}: {e}"),
        code: 2,
    })
}
