//! Periods as CBS and the police write them: `2023JJ00`, `2023KW02`, `2026MM07`, or titles.

use crate::document::MAANDEN;
use core::fmt;

/// A year, a quarter or a month.
///
/// Ordered by year first, so that everything of one year sorts together.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{Deel, Periode};
///
/// let (juli, voorlopig) = Periode::lees("2026MM07").ok_or("geen periode")?;
/// assert_eq!(juli, Periode { jaar: 2026, deel: Deel::Maand(7) });
/// assert!(!voorlopig);
/// assert_eq!(juli.to_string(), "2026 juli");
/// assert_eq!(juli.sleutel(), "2026MM07");
///
/// let (jaar, voorlopig) = Periode::lees("2024*").ok_or("geen periode")?;
/// assert_eq!(jaar, Periode::jaar(2024));
/// assert!(voorlopig); // CBS marks provisional figures with an asterisk
/// # Ok::<(), &'static str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Periode {
    /// The year.
    pub jaar: i32,
    /// The whole year, a quarter or a month of it.
    pub deel: Deel,
}

/// Which part of the year a [`Periode`] covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Deel {
    /// The whole year (`JJ00`).
    Jaar,
    /// Quarter 1 to 4 (`KW01` to `KW04`).
    Kwartaal(u8),
    /// Month 1 to 12 (`MM01` to `MM12`).
    Maand(u8),
}

/// What a period cell may hold, for error messages.
pub(crate) const VERWACHT_PERIODE: &str =
    "een periode zoals 2023JJ00 (jaar), 2023KW01 (kwartaal), 2026MM07 (maand), 2023 of 2026 juli";

impl Periode {
    /// A whole year.
    #[must_use]
    pub const fn jaar(jaar: i32) -> Periode {
        Periode {
            jaar,
            deel: Deel::Jaar,
        }
    }

    /// Reads a period cell; the flag says whether it was marked provisional (`*` or `**` after
    /// it). `None` when the text is no period.
    ///
    /// Accepted: the keys `2023JJ00`, `2023KW01` to `2023KW04`, `2026MM01` to `2026MM12`
    /// (letters in either case, spaces around ignored) and the titles `2023`, `2023 1e kwartaal`
    /// and `2026 juli`, each optionally followed by `*` or `**`.
    #[must_use]
    pub fn lees(tekst: &str) -> Option<(Periode, bool)> {
        let tekst = tekst.trim();
        let zonder = tekst.trim_end_matches('*').trim_end();
        let voorlopig = zonder.len() != tekst.len();
        let bytes = zonder.as_bytes();
        let jaar = jaartal(bytes.get(..4)?)?;
        let rest = bytes.get(4..)?;
        let deel = match rest {
            [] => Deel::Jaar,
            [a, b, c, d] if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = (c - b'0') * 10 + (d - b'0');
                match [a.to_ascii_uppercase(), b.to_ascii_uppercase()] {
                    [b'J', b'J'] if n == 0 => Deel::Jaar,
                    [b'K', b'W'] if (1..=4).contains(&n) => Deel::Kwartaal(n),
                    [b'M', b'M'] if (1..=12).contains(&n) => Deel::Maand(n),
                    _ => return None,
                }
            }
            [b' ', ..] => {
                let woord = core::str::from_utf8(rest).ok()?.trim().to_lowercase();
                if let Some(i) = MAANDEN.iter().position(|m| *m == woord) {
                    Deel::Maand(u8::try_from(i + 1).ok()?)
                } else {
                    let n = woord.strip_suffix("e kwartaal")?;
                    match n {
                        "1" | "2" | "3" | "4" => Deel::Kwartaal(n.parse().ok()?),
                        _ => return None,
                    }
                }
            }
            _ => return None,
        };
        Some((Periode { jaar, deel }, voorlopig))
    }

    /// The key as CBS writes it: `2023JJ00`, `2023KW02`, `2026MM07`.
    #[must_use]
    pub fn sleutel(&self) -> String {
        match self.deel {
            Deel::Jaar => format!("{}JJ00", self.jaar),
            Deel::Kwartaal(k) => format!("{}KW{k:02}", self.jaar),
            Deel::Maand(m) => format!("{}MM{m:02}", self.jaar),
        }
    }
}

fn jaartal(bytes: &[u8]) -> Option<i32> {
    if bytes.len() == 4 && bytes.iter().all(u8::is_ascii_digit) {
        Some(bytes.iter().fold(0, |n, b| n * 10 + i32::from(b - b'0')))
    } else {
        None
    }
}

impl fmt::Display for Periode {
    /// `2023`, `2023 kwartaal 2`, `2026 juli`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.deel {
            Deel::Jaar => write!(f, "{}", self.jaar),
            Deel::Kwartaal(k) => write!(f, "{} kwartaal {k}", self.jaar),
            Deel::Maand(m) => {
                let naam = MAANDEN
                    .get(usize::from(m).wrapping_sub(1))
                    .copied()
                    .unwrap_or("?");
                write!(f, "{} {naam}", self.jaar)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleutels_en_titels() {
        let p = |s| Periode::lees(s).map(|(p, _)| p);
        assert_eq!(p("2023JJ00"), Some(Periode::jaar(2023)));
        assert_eq!(p(" 2023jj00 "), Some(Periode::jaar(2023)));
        assert_eq!(
            p("2023KW04"),
            Some(Periode {
                jaar: 2023,
                deel: Deel::Kwartaal(4)
            })
        );
        assert_eq!(
            p("2026 december"),
            Some(Periode {
                jaar: 2026,
                deel: Deel::Maand(12)
            })
        );
        assert_eq!(
            p("2023 3e kwartaal"),
            Some(Periode {
                jaar: 2023,
                deel: Deel::Kwartaal(3)
            })
        );
        for fout in [
            "2023XX00",
            "2023MM13",
            "2023MM00",
            "2023KW05",
            "2023JJ01",
            "23",
            "2023 juli extra",
            "",
            "*",
            "2023MM7",
            "abcdJJ00",
            "2023 0e kwartaal",
        ] {
            assert_eq!(p(fout), None, "{fout}");
        }
        assert_eq!(Periode::lees("2024**"), Some((Periode::jaar(2024), true)));
    }

    #[test]
    fn volgorde_per_jaar() {
        let dec = Periode {
            jaar: 2023,
            deel: Deel::Maand(12),
        };
        assert!(Periode::jaar(2023) < dec);
        assert!(dec < Periode::jaar(2024));
    }
}
