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

    /// Takes every value of an option such as `--gemeente NAAM` (also `--gemeente=NAAM`).
    pub fn waarden(&mut self, naam: &str) -> Result<Vec<String>, Fout> {
        let mut waarden = Vec::new();
        let met_is = format!("{naam}=");
        let mut i = 0;
        while i < self.rest.len() {
            if self.rest[i] == naam {
                self.rest.remove(i);
                if i >= self.rest.len() || self.rest[i].starts_with("--") {
                    return Err(Fout::gebruik(format!("{naam} verwacht een waarde")));
                }
                waarden.push(self.rest.remove(i));
            } else if let Some(w) = self.rest[i].strip_prefix(&met_is) {
                waarden.push(w.to_string());
                self.rest.remove(i);
            } else {
                i += 1;
            }
        }
        Ok(waarden)
    }

    /// Takes at most one value of an option.
    pub fn waarde(&mut self, naam: &str) -> Result<Option<String>, Fout> {
        let mut waarden = self.waarden(naam)?;
        if waarden.len() > 1 {
            return Err(Fout::gebruik(format!("{naam} mag maar één keer")));
        }
        Ok(waarden.pop())
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
