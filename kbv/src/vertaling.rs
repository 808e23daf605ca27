//! clap's errors in Dutch: the kind of error and its context (the argument, the value, the
//! valid choices) become a Dutch message; clap's own English text never reaches the user.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::cli::Aanroep;
use crate::fout::{verwijzing, Fout};

/// Turns a clap error into what `kbv` does: print help or the version (exit 0), or fail with a
/// Dutch message (exit 2). `opdracht` is the command the error belongs to, if any.
pub fn vertaal(fout: &Error, opdracht: Option<&str>) -> Result<Aanroep, Fout> {
    let arg = || tekst(fout, ContextKind::InvalidArg).unwrap_or_default();
    let waarde = || tekst(fout, ContextKind::InvalidValue).unwrap_or_default();
    let bericht = match fout.kind() {
        // clap renders the help and the version with our templates: they hold no English.
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            return Ok(Aanroep::Tekst(fout.to_string()))
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Err(Fout::new(format!("geen opdracht gegeven\n\n{fout}")))
        }
        ErrorKind::InvalidSubcommand => {
            let mut b = format!(
                "onbekende opdracht \"{}\"",
                tekst(fout, ContextKind::InvalidSubcommand).unwrap_or_default()
            );
            let voorstellen = lijst(fout, ContextKind::SuggestedSubcommand);
            if !voorstellen.is_empty() {
                let voorstellen: Vec<String> =
                    voorstellen.iter().map(|v| format!("\"{v}\"")).collect();
                b.push_str(&format!("; bedoelde u {}?", of_lijst(&voorstellen)));
            }
            b
        }
        ErrorKind::MissingSubcommand => "geen opdracht gegeven".to_string(),
        ErrorKind::UnknownArgument => {
            let a = arg();
            if a.starts_with('-') && a.len() > 1 {
                let mut b = format!("onbekende optie \"{a}\"");
                if let Some(voorstel) = tekst(fout, ContextKind::SuggestedArg) {
                    b.push_str(&format!("; bedoelde u {voorstel}?"));
                }
                b
            } else {
                format!("onverwacht argument \"{a}\"")
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let ontbrekend = lijst(fout, ContextKind::InvalidArg);
            let werkwoord = if ontbrekend.len() > 1 {
                "ontbreken"
            } else {
                "ontbreekt"
            };
            format!("{} {werkwoord}", en_lijst(&ontbrekend))
        }
        ErrorKind::InvalidValue if waarde().is_empty() => {
            format!("{} verwacht een waarde", arg())
        }
        ErrorKind::InvalidValue => {
            let mut b = format!("ongeldige waarde \"{}\" voor {}", waarde(), arg());
            let geldig = lijst(fout, ContextKind::ValidValue);
            if !geldig.is_empty() {
                b.push_str(&format!("; verwacht {}", of_lijst(&geldig)));
            }
            b
        }
        ErrorKind::ValueValidation => {
            // The source is our own value parser's Dutch message.
            match std::error::Error::source(fout) {
                Some(reden) => format!("{}: {reden}", arg()),
                None => format!("ongeldige waarde \"{}\" voor {}", waarde(), arg()),
            }
        }
        ErrorKind::ArgumentConflict => {
            let a = arg();
            let eerder = lijst(fout, ContextKind::PriorArg);
            if eerder.is_empty() || eerder.iter().all(|e| *e == a) {
                format!("{a} mag maar één keer")
            } else {
                format!("{a} kan niet samen met {}", en_lijst(&eerder))
            }
        }
        ErrorKind::NoEquals => format!("{} verwacht een waarde na '='", arg()),
        ErrorKind::TooManyValues => {
            format!("{} neemt geen waarde \"{}\"", arg(), waarde())
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("verkeerd aantal waarden voor {}", arg())
        }
        ErrorKind::InvalidUtf8 => "een argument is geen geldige UTF-8-tekst".to_string(),
        _ => "de opdrachtregel kan niet worden gelezen".to_string(),
    };
    Err(Fout::new(format!("{bericht}\n{}", verwijzing(opdracht))))
}

/// One piece of context as text.
fn tekst(fout: &Error, soort: ContextKind) -> Option<String> {
    match fout.get(soort)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(l) => l.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

/// A piece of context that may hold several texts.
fn lijst(fout: &Error, soort: ContextKind) -> Vec<String> {
    match fout.get(soort) {
        Some(ContextValue::Strings(l)) => l.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// "a", "a en b", "a, b en c".
fn en_lijst(delen: &[String]) -> String {
    verbind(delen, "en")
}

/// "a", "a of b", "a, b of c".
fn of_lijst(delen: &[String]) -> String {
    verbind(delen, "of")
}

fn verbind(delen: &[String], voegwoord: &str) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [kop @ .., laatste] => format!("{} {voegwoord} {laatste}", kop.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lijsten_in_gewone_zinnen() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(en_lijst(&l(&[])), "");
        assert_eq!(en_lijst(&l(&["a"])), "a");
        assert_eq!(en_lijst(&l(&["a", "b"])), "a en b");
        assert_eq!(of_lijst(&l(&["a", "b", "c"])), "a, b of c");
    }
}
