//! A small, strict argument reader: every argument must be used, unknown flags are errors.

use crate::Fout;

/// The remaining command-line arguments.
pub struct Args {
    rest: Vec<String>,
}

impl Args {
    pub fn van_omgeving() -> Self {
        Args {
            rest: std::env::args().skip(1).collect(),
        }
    }

    /// Takes the next positional argument (not a flag).
    pub fn volgende(&mut self) -> Option<String> {
        let i = self.rest.iter().position(|a| !a.starts_with("--"))?;
        Some(self.rest.remove(i))
    }

    /// Takes a boolean flag such as `--json`.
    pub fn vlag(&mut self, naam: &str) -> bool {
        match self.rest.iter().position(|a| a == naam) {
            Some(i) => {
                self.rest.remove(i);
                true
            }
            None => false,
        }
    }

    /// Fails when arguments are left over: nothing the user typed is silently ignored.
    pub fn klaar(self) -> Result<(), Fout> {
        match self.rest.first() {
            None => Ok(()),
            Some(a) if a.starts_with("--") => {
                Err(Fout::gebruik(format!("onbekende optie \"{a}\"")))
            }
            Some(a) => Err(Fout::gebruik(format!("onverwacht argument \"{a}\""))),
        }
    }
}
