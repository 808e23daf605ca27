//! The command line of `kbv`: the commands as clap (derive) types, with Dutch help.
//!
//! clap writes English headings ("Usage:", "Options:") and an English `help` command of its own;
//! here the headings come from Dutch templates, the help and version flags are our own, and the
//! `help` command is a command of `kbv`. Errors are translated in [`crate::vertaling`].

use std::ffi::OsString;

use clap::{ArgAction, Args, Command, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::fout::{verwijzing, Fout};
use crate::{
    catalogus, cijfers, controle, documenten, herken, planning, raakvlakken, regionaal, skelet,
    vertaling, voortgang,
};

const OVER: &str = "kbv: Kernbeleid Veiligheid 2021 op de opdrachtregel";

const NA_HULP: &str = "\
                       Thema's mogen met code (\"1.3\"), naam (\"Jeugdoverlast\") of oudere naam (\"Veilige Publieke Taak\")
worden genoemd. Meer over één opdracht: kbv help OPDRACHT, of kbv OPDRACHT --help.
Zonder opdracht toont kbv deze hulp op de foutuitvoer en eindigt met exitcode 2.";

/// Help of `kbv` itself: the commands and the two flags.
const SJABLOON_KBV: &str = "\
                            {about-with-newline}
Gebruik: {usage}

Opdrachten:
{subcommands}

Opties:
{options}{after-help}
";

/// Help of a command with positional arguments.
const SJABLOON_MET_ARGUMENTEN: &str = "\
                                       {about-with-newline}
Gebruik: {usage}

Argumenten:
{positionals}

Opties:
{options}{after-help}
";

/// Help of a command with options only.
const SJABLOON_ZONDER_ARGUMENTEN: &str = "\
                                          {about-with-newline}
Gebruik: {usage}

Opties:
{options}{after-help}
";

// The whole command line. Help texts are clap attributes, not doc comments: clap would show a
// doc comment as (long) help, and rustdoc stays English while the help is Dutch.
#[derive(Parser)]
#[command(
    name = "kbv",
    version,
    about = OVER,
    override_usage = "kbv OPDRACHT [OPTIES]",
    after_help = NA_HULP,
    subcommand_value_name = "OPDRACHT",
    subcommand_required = true,
    arg_required_else_help = true,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Kbv {
    #[command(subcommand)]
    pub opdracht: Opdracht,

    // `global`: every command gets it, so `--help` and `-h` work everywhere.
    #[arg(
        short = 'h',
        long = "help",
        action = ArgAction::Help,
        global = true,
        help = "Toon deze hulp"
    )]
    hulp: Option<bool>,

    #[arg(
        short = 'V',
        long = "version",
        action = ArgAction::Version,
        help = "Toon de versie van kbv"
    )]
    versie: Option<bool>,
}

/// The commands, in the order the help lists them.
#[derive(Subcommand)]
pub enum Opdracht {
    Skelet(skelet::SkeletArgs),
    Controleer(controle::ControleerArgs),
    Regionaal(regionaal::RegionaalArgs),
    Planning(planning::PlanningArgs),
    Cijfers(cijfers::CijfersArgs),
    Catalogus(catalogus::CatalogusArgs),
    Thema(catalogus::ThemaArgs),
    Herken(herken::HerkenArgs),
    Lacunes(catalogus::LacunesArgs),
    Regels(controle::RegelsArgs),
    Raakvlakken(raakvlakken::RaakvlakkenArgs),
    Lees(documenten::LeesArgs),
    Schema(documenten::SchemaArgs),
    Voortgang(voortgang::VoortgangArgs),
    Help(HulpArgs),
}

/// `kbv help [OPDRACHT]`.
#[derive(Args)]
#[command(
    name = "help",
    about = "Deze hulp, of de hulp bij één opdracht",
    override_usage = "kbv help [OPDRACHT]"
)]
pub struct HulpArgs {
    #[arg(value_name = "OPDRACHT", help = "De opdracht waarover u hulp wilt")]
    pub opdracht: Option<String>,
}

/// What the command line asks for.
pub enum Aanroep {
    /// Run a command.
    Opdracht(Box<Opdracht>),
    /// Print this text on stdout and exit 0 (`--help`, `--version`).
    Tekst(String),
}

/// The clap command of `kbv`, with the Dutch help templates on it and on every command.
pub fn command() -> Command {
    let mut kbv = Kbv::command().help_template(SJABLOON_KBV);
    let namen: Vec<String> = kbv
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for naam in namen {
        kbv = kbv.mut_subcommand(naam, |c| {
            let sjabloon = if c.get_positionals().next().is_some() {
                SJABLOON_MET_ARGUMENTEN
            } else {
                SJABLOON_ZONDER_ARGUMENTEN
            };
            c.help_template(sjabloon)
        });
    }
    kbv
}

/// Reads the command line (program name first).
///
/// # Errors
///
/// Wrong use, with a Dutch message naming what was wrong and exit code 2.
pub fn lees<I, T>(argumenten: I) -> Result<Aanroep, Fout>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let argumenten: Vec<OsString> = argumenten.into_iter().map(Into::into).collect();
    let mut kbv = command();
    let opdracht = argumenten
        .get(1)
        .and_then(|a| a.to_str())
        .filter(|a| kbv.find_subcommand(a).is_some())
        .map(str::to_string);
    let uitkomst = kbv
        .try_get_matches_from_mut(&argumenten)
        .and_then(|m| Kbv::from_arg_matches(&m));
    match uitkomst {
        Ok(kbv) => Ok(Aanroep::Opdracht(Box::new(kbv.opdracht))),
        Err(e) => vertaling::vertaal(&e, opdracht.as_deref()),
    }
}

/// The help text of `kbv`, or of one of its commands.
///
/// # Errors
///
/// An unknown command name.
pub fn hulp(opdracht: Option<&str>) -> Result<String, Fout> {
    let mut kbv = command();
    let Some(naam) = opdracht else {
        return Ok(kbv.render_help().to_string());
    };
    // Help is rendered from the built command, where every command carries the global flags.
    kbv.build();
    match kbv.find_subcommand_mut(naam) {
        Some(c) => Ok(c.render_help().to_string()),
        None => Err(Fout::new(format!(
            "onbekende opdracht \"{naam}\"\n{}",
            verwijzing(None)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_keurt_de_definitie_goed() {
        command().debug_assert();
    }
}
