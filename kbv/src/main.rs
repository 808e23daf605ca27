//! `kbv`: a small command-line tool built only on the public API of `kernbeleid`, the showcase
//! of another tool building on the crate.
//!
//! ```text
//! cargo run -p kbv -- help
//! ```
//!
//! Exit codes: 0 done; 1 `kbv controleer` found errors in the document; 2 the command line is
//! wrong, an input cannot be read, or no command was given (then the help goes to stderr).

use std::io::{self, Write};
use std::process::ExitCode;

mod catalogus;
mod cijfers;
mod cli;
mod controle;
mod documenten;
mod fout;
mod herken;
mod invoer;
mod planning;
mod raakvlakken;
mod regionaal;
mod skelet;
mod uitvoer;
mod vertaling;
mod voortgang;

use cli::{Aanroep, Opdracht};
use fout::Fout;

fn main() -> ExitCode {
    let mut uit = io::stdout().lock();
    let resultaat = cli::lees(std::env::args_os())
        .and_then(|aanroep| voer_uit(aanroep, &mut uit))
        .and_then(|code| uitvoer::leeg(&mut uit).map(|()| code));
    match resultaat {
        Ok(code) => ExitCode::from(code),
        Err(fout) => {
            // If stderr is gone too, there is no one left to tell.
            let _ = writeln!(io::stderr(), "kbv: {}", fout.bericht);
            ExitCode::from(fout.code)
        }
    }
}

fn voer_uit(aanroep: Aanroep, uit: &mut dyn Write) -> Result<u8, Fout> {
    let opdracht = match aanroep {
        Aanroep::Opdracht(opdracht) => *opdracht,
        Aanroep::Tekst(tekst) => {
            uitvoer::schrijf(uit, &tekst)?;
            return Ok(0);
        }
    };
    match opdracht {
        Opdracht::Skelet(a) => skelet::skelet(a, uit),
        Opdracht::Controleer(a) => controle::controleer(a, uit),
        Opdracht::Regionaal(a) => regionaal::regionaal(a, uit),
        Opdracht::Planning(a) => planning::planning(a, uit),
        Opdracht::Cijfers(a) => cijfers::cijfers(a, uit),
        Opdracht::Catalogus(a) => catalogus::catalogus(a, uit),
        Opdracht::Thema(a) => catalogus::thema(a, uit),
        Opdracht::Herken(a) => herken::herken(a, uit),
        Opdracht::Lacunes(a) => catalogus::lacunes(a, uit),
        Opdracht::Regels(a) => controle::regels(a, uit),
        Opdracht::Raakvlakken(a) => raakvlakken::raakvlakken(a, uit),
        Opdracht::Lees(a) => documenten::lees(a, uit),
        Opdracht::Schema(a) => documenten::schema(a, uit),
        Opdracht::Voortgang(a) => voortgang::voortgang(a, uit),
        Opdracht::Help(a) => {
            uitvoer::schrijf(uit, &cli::hulp(a.opdracht.as_deref())?)?;
            Ok(0)
        }
    }
}
