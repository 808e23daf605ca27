//! [`Planning`]: when a measure runs, as the plan writes it ("Q2 2026", "doorlopend",
//! "maart-juni 2026"), with the period derived from it where the text gives one; and the Dutch
//! wording of dates and periods every output uses.

use core::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
#[cfg(feature = "schema")]
use schemars::json_schema;
use serde::de::value::MapAccessDeserializer;
use serde::de::{Error as _, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::formaat::datum;
use super::uitvoeringsplan::Looptijd;

/// When a measure runs: the text as the plan writes it, or a start and end date.
///
/// Plans write a planning in many ways: "Q2 2026", "2026", "doorlopend", "maart-juni 2026",
/// "2e kwartaal 2026", "week 12". A planning is always kept as written: text read is text
/// written back, unchanged, in JSON, TOML and Word. Where the text gives a period (a year, a
/// quarter, a half year, a month, a date, an ISO week with its year, or a range of those),
/// [`periode`](Self::periode) derives it; "doorlopend" or "week 12" give none.
///
/// Serialised as the text (`planning = "Q2 2026"`), or, for [`Planning::Looptijd`], as the table
/// `{ start = …, eind = … }` that documents have always used for a planning.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Planning;
///
/// let planning = Planning::from("Q2 2026");
/// assert_eq!(planning.to_string(), "Q2 2026");
/// let looptijd = planning.periode().ok_or("geen periode")?;
/// assert_eq!((looptijd.start.to_string(), looptijd.eind.to_string()),
///     ("2026-04-01".to_owned(), "2026-06-30".to_owned()));
///
/// assert_eq!(Planning::from("maart-juni 2026").periode().map(|l| l.in_woorden()).as_deref(),
///     Some("1 maart t/m 30 juni 2026"));
/// assert_eq!(Planning::from("doorlopend").periode(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Planning {
    /// The planning as written.
    Tekst(String),
    /// A start and end date, as the table `{ start, eind }`.
    Looptijd(Looptijd),
}

impl Planning {
    /// The period this planning gives: the dates of [`Planning::Looptijd`], or the period the
    /// text names ("Q2 2026" is 1 April to 30 June 2026), or `None` where the text names no
    /// period ("doorlopend", "week 12" without a year) or one that ends before it starts.
    ///
    /// A derived period is always well-formed: its start is not after its end.
    #[must_use]
    pub fn periode(&self) -> Option<Looptijd> {
        match self {
            Planning::Looptijd(looptijd) => Some(*looptijd),
            Planning::Tekst(tekst) => leid_af(tekst),
        }
    }

    /// The text as written, or for [`Planning::Looptijd`] its period in Dutch words
    /// ([`Looptijd::in_woorden`]).
    #[must_use]
    pub fn in_woorden(&self) -> String {
        match self {
            Planning::Tekst(tekst) => tekst.clone(),
            Planning::Looptijd(looptijd) => looptijd.in_woorden(),
        }
    }
}

impl From<Looptijd> for Planning {
    fn from(looptijd: Looptijd) -> Self {
        Planning::Looptijd(looptijd)
    }
}

impl From<&str> for Planning {
    fn from(tekst: &str) -> Self {
        Planning::Tekst(tekst.to_owned())
    }
}

impl From<String> for Planning {
    fn from(tekst: String) -> Self {
        Planning::Tekst(tekst)
    }
}

impl fmt::Display for Planning {
    /// The text as written; a [`Planning::Looptijd`] in Dutch words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Planning::Tekst(tekst) => f.write_str(tekst),
            Planning::Looptijd(looptijd) => f.write_str(&looptijd.in_woorden()),
        }
    }
}

impl Serialize for Planning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Planning::Tekst(tekst) => serializer.serialize_str(tekst),
            Planning::Looptijd(looptijd) => looptijd.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Planning {
    /// A string is kept as written; a table is read as a [`Looptijd`], with its own errors.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl<'de> Visitor<'de> for Bezoeker {
            type Value = Planning;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "een planning als tekst (\"Q2 2026\", \"doorlopend\") of een tabel \
                     { start = …, eind = … }",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Planning, E> {
                Ok(Planning::Tekst(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Planning, E> {
                Ok(Planning::Tekst(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Planning, A::Error> {
                Err(A::Error::invalid_type(Unexpected::Seq, &self))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Planning, A::Error> {
                Looptijd::deserialize(MapAccessDeserializer::new(map)).map(Planning::Looptijd)
            }
        }
        deserializer.deserialize_any(Bezoeker)
    }
}

#[cfg(feature = "schema")]
schema_van!(Planning, {
    // The keywords of an object apply to an object only: a string passes them by.
    json_schema!({
        "type": ["string", "object"],
        "properties": {
            "start": { "type": "string", "format": "date" },
            "eind": { "type": "string", "format": "date" }
        },
        "required": ["start", "eind"],
        "additionalProperties": false
    })
});

/// A date in Dutch words: "21 november 2017".
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::datum_in_woorden;
///
/// let datum = NaiveDate::from_ymd_opt(2017, 11, 21).ok_or("datum")?;
/// assert_eq!(datum_in_woorden(datum), "21 november 2017");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn datum_in_woorden(datum: NaiveDate) -> String {
    format!(
        "{} {} {}",
        datum.day(),
        maandnaam(datum.month()),
        datum.year()
    )
}

/// A period from `van` up to and including `tot` in Dutch words, as every output of the crate
/// writes it: "2026-2029" for whole calendar years ("2026" for one), "21 november 2017" for one
/// day, "1 maart t/m 30 juni 2026" within one year, "1 januari 2026 t/m 15 maart 2029"
/// otherwise.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::periode_in_woorden;
///
/// let d = |j, m, d| NaiveDate::from_ymd_opt(j, m, d).ok_or("datum");
/// assert_eq!(periode_in_woorden(d(2026, 1, 1)?, d(2029, 12, 31)?), "2026-2029");
/// assert_eq!(periode_in_woorden(d(2026, 1, 1)?, d(2029, 6, 30)?),
///     "1 januari 2026 t/m 30 juni 2029");
/// assert_eq!(periode_in_woorden(d(2026, 4, 1)?, d(2026, 6, 30)?), "1 april t/m 30 juni 2026");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn periode_in_woorden(van: NaiveDate, tot: NaiveDate) -> String {
    let hele_jaren = van.month() == 1
        && van.day() == 1
        && tot.month() == 12
        && tot.day() == 31
        && tot.year() >= van.year();
    if hele_jaren {
        return if van.year() == tot.year() {
            van.year().to_string()
        } else {
            format!("{}-{}", van.year(), tot.year())
        };
    }
    if van == tot {
        return datum_in_woorden(van);
    }
    if van.year() == tot.year() {
        return format!(
            "{} {} t/m {}",
            van.day(),
            maandnaam(van.month()),
            datum_in_woorden(tot)
        );
    }
    format!("{} t/m {}", datum_in_woorden(van), datum_in_woorden(tot))
}

fn maandnaam(maand: u32) -> &'static str {
    usize::try_from(maand)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| datum::MAANDEN.get(i))
        .copied()
        .unwrap_or_default()
}

/// The period a written planning names, if any (see [`Planning::periode`]).
fn leid_af(tekst: &str) -> Option<Looptijd> {
    let tekst = tekst.trim().to_lowercase();
    let tekst = tekst.trim_end_matches('.');
    if let Some(p) = punt(tekst, None) {
        return p.af(None).and_then(Deel::looptijd);
    }
    // A range: the first separator that splits the text into two parts that each name a
    // period; the start may borrow its year from the end ("maart-juni 2026").
    for scheiding in [" tot en met ", " t/m ", " tot ", "–", "—", " - ", "-"] {
        let mut begin = 0;
        while let Some(plek) = tekst.get(begin..).and_then(|r| r.find(scheiding)) {
            let i = begin + plek;
            let (links, rechts) = (
                tekst.get(..i).unwrap_or_default(),
                tekst.get(i + scheiding.len()..).unwrap_or_default(),
            );
            if let Some(eind) = punt(rechts, None).and_then(|p| p.af(None)) {
                if let Some(start) = punt(links, Some(eind.start.year())).and_then(|p| p.af(None)) {
                    let looptijd = Looptijd {
                        start: start.start,
                        eind: eind.eind,
                    };
                    return (looptijd.start <= looptijd.eind).then_some(looptijd);
                }
            }
            begin = i + scheiding.len();
        }
    }
    None
}

/// A period named by one part of a planning: a year, quarter, half year, month, week or day,
/// possibly still without its year.
#[derive(Debug, Clone, Copy)]
enum Punt {
    Jaar(i32),
    Kwartaal(u32, Option<i32>),
    Half(u32, Option<i32>),
    Maand(u32, Option<i32>),
    Week(u32, i32),
    Dag(u32, u32, Option<i32>),
}

/// A derived period, before it is checked to be well-formed.
#[derive(Debug, Clone, Copy)]
struct Deel {
    start: NaiveDate,
    eind: NaiveDate,
}

impl Deel {
    fn looptijd(self) -> Option<Looptijd> {
        (self.start <= self.eind).then_some(Looptijd {
            start: self.start,
            eind: self.eind,
        })
    }
}

fn maand_deel(jaar: i32, van: u32, tot: u32) -> Option<Deel> {
    let start = NaiveDate::from_ymd_opt(jaar, van, 1)?;
    let eind = if tot == 12 {
        NaiveDate::from_ymd_opt(jaar, 12, 31)?
    } else {
        NaiveDate::from_ymd_opt(jaar, tot + 1, 1)?.pred_opt()?
    };
    Some(Deel { start, eind })
}

impl Punt {
    /// The period, with `jaar` for a part that names none.
    fn af(self, jaar: Option<i32>) -> Option<Deel> {
        match self {
            Punt::Jaar(j) => maand_deel(j, 1, 12),
            Punt::Kwartaal(k, j) => maand_deel(j.or(jaar)?, 3 * k - 2, 3 * k),
            Punt::Half(h, j) => maand_deel(j.or(jaar)?, 6 * h - 5, 6 * h),
            Punt::Maand(m, j) => maand_deel(j.or(jaar)?, m, m),
            Punt::Week(w, j) => {
                let start = NaiveDate::from_isoywd_opt(j, w, Weekday::Mon)?;
                let eind = NaiveDate::from_isoywd_opt(j, w, Weekday::Sun)?;
                Some(Deel { start, eind })
            }
            Punt::Dag(d, m, j) => {
                let dag = NaiveDate::from_ymd_opt(j.or(jaar)?, m, d)?;
                Some(Deel {
                    start: dag,
                    eind: dag,
                })
            }
        }
    }
}

/// One part of a planning (lower case, trimmed) as a [`Punt`]; `jaar` fills a missing year.
fn punt(tekst: &str, jaar: Option<i32>) -> Option<Punt> {
    let tekst = tekst.trim();
    if let Some(d) = datum::ontleed(tekst) {
        return Some(Punt::Dag(d.day(), d.month(), Some(d.year())));
    }
    let woorden: Vec<&str> = tekst.split_whitespace().collect();
    let (kern, eigen_jaar) = match woorden.split_last() {
        Some((laatste, rest)) if !rest.is_empty() => match jaartal(laatste) {
            Some(j) => (rest, Some(j)),
            None => (woorden.as_slice(), None),
        },
        _ => (woorden.as_slice(), None),
    };
    // "2026 Q2": the year first.
    let (kern, eigen_jaar) = match (eigen_jaar, kern) {
        (None, [eerste, rest @ ..]) if !rest.is_empty() && jaartal(eerste).is_some() => {
            (rest, jaartal(eerste))
        }
        _ => (kern, eigen_jaar),
    };
    let j = eigen_jaar.or(jaar);
    let p = match kern {
        [woord] => {
            if let Some(jaar) = jaartal(woord).filter(|_| eigen_jaar.is_none()) {
                Punt::Jaar(jaar)
            } else if let Some(k) = rangnummer(woord, &["q", "k", "kw"], 4) {
                Punt::Kwartaal(k, j)
            } else if let Some(h) = rangnummer(woord, &["h", "hj"], 2) {
                Punt::Half(h, j)
            } else if let Some(m) = datum::maandnummer(woord) {
                Punt::Maand(m, j)
            } else if let Some((k, kj)) = kwartaal_met_jaar(woord) {
                Punt::Kwartaal(k, Some(kj))
            } else {
                return None;
            }
        }
        [a, b] => twee_woorden(a, b, j)?,
        _ => return None,
    };
    Some(p)
}

/// A part of two words (its year, if any, already taken off): "2e kwartaal", "kwartaal 2",
/// "eerste helft", "week 12" (only with a year), "1 maart".
fn twee_woorden(a: &str, b: &str, jaar: Option<i32>) -> Option<Punt> {
    if let Some(n) = rangtelwoord(a) {
        return match b {
            "kwartaal" => Some(Punt::Kwartaal(n, jaar)),
            "helft" | "halfjaar" | "half" if n <= 2 => Some(Punt::Half(n, jaar)),
            _ => None,
        };
    }
    if let Some(n) = getal(b) {
        return match a {
            "kwartaal" if (1..=4).contains(&n) => Some(Punt::Kwartaal(n, jaar)),
            "week" | "wk" if (1..=53).contains(&n) => Some(Punt::Week(n, jaar?)),
            _ => None,
        };
    }
    Some(Punt::Dag(getal(a)?, datum::maandnummer(b)?, jaar))
}

/// A year of four digits.
fn jaartal(woord: &str) -> Option<i32> {
    (woord.len() == 4 && woord.bytes().all(|b| b.is_ascii_digit()))
        .then(|| woord.parse().ok())
        .flatten()
}

/// A number of one or two digits.
fn getal(woord: &str) -> Option<u32> {
    (!woord.is_empty() && woord.len() <= 2 && woord.bytes().all(|b| b.is_ascii_digit()))
        .then(|| woord.parse().ok())
        .flatten()
}

/// "q2", "k2", "kw2" (a prefix, then 1 to `max`).
fn rangnummer(woord: &str, voorvoegsels: &[&str], max: u32) -> Option<u32> {
    voorvoegsels.iter().find_map(|v| {
        let n = getal(woord.strip_prefix(v)?)?;
        (1..=max).contains(&n).then_some(n)
    })
}

/// "q2-2026" or "2026-q2" written as one word.
fn kwartaal_met_jaar(woord: &str) -> Option<(u32, i32)> {
    let (a, b) = woord.split_once(['-', '/'])?;
    let k = |w: &str| rangnummer(w, &["q", "k", "kw"], 4);
    k(a).zip(jaartal(b)).or_else(|| k(b).zip(jaartal(a)))
}

/// "2e", "2de", "tweede", "eerste" ... as 1 to 4.
fn rangtelwoord(woord: &str) -> Option<u32> {
    const WOORDEN: [&str; 4] = ["eerste", "tweede", "derde", "vierde"];
    if let Some(i) = WOORDEN.iter().position(|w| *w == woord) {
        return u32::try_from(i + 1).ok();
    }
    let cijfers = woord
        .strip_suffix("ste")
        .or_else(|| woord.strip_suffix("de"))
        .or_else(|| woord.strip_suffix('e'))?;
    getal(cijfers).filter(|n| (1..=4).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap_or_default()
    }

    fn af(tekst: &str) -> Option<(NaiveDate, NaiveDate)> {
        Planning::from(tekst).periode().map(|l| (l.start, l.eind))
    }

    #[test]
    fn wat_mensen_schrijven() {
        let q2 = Some((d(2026, 4, 1), d(2026, 6, 30)));
        for tekst in [
            "Q2 2026",
            "q2 2026",
            "Q2-2026",
            "2026 Q2",
            "2026-Q2",
            "K2 2026",
            "2e kwartaal 2026",
            "2de kwartaal 2026",
            "tweede kwartaal 2026",
            "kwartaal 2 2026",
            "april-juni 2026",
            "april t/m juni 2026",
            "1 april 2026 - 30 juni 2026",
            "01-04-2026 t/m 30-06-2026",
            "2026-04-01 – 2026-06-30",
            " Q2 2026. ",
        ] {
            assert_eq!(af(tekst), q2, "{tekst}");
        }
        assert_eq!(af("2026"), Some((d(2026, 1, 1), d(2026, 12, 31))));
        assert_eq!(af("2026-2027"), Some((d(2026, 1, 1), d(2027, 12, 31))));
        assert_eq!(af("maart-juni 2026"), Some((d(2026, 3, 1), d(2026, 6, 30))));
        assert_eq!(af("februari 2028"), Some((d(2028, 2, 1), d(2028, 2, 29))));
        assert_eq!(af("Q2-Q4 2026"), Some((d(2026, 4, 1), d(2026, 12, 31))));
        assert_eq!(af("1e helft 2027"), Some((d(2027, 1, 1), d(2027, 6, 30))));
        assert_eq!(af("H2 2027"), Some((d(2027, 7, 1), d(2027, 12, 31))));
        assert_eq!(af("week 12 2026"), Some((d(2026, 3, 16), d(2026, 3, 22))));
        assert_eq!(af("21-11-2017"), Some((d(2017, 11, 21), d(2017, 11, 21))));
        assert_eq!(
            af("1 maart - 30 juni 2026"),
            Some((d(2026, 3, 1), d(2026, 6, 30)))
        );
        assert_eq!(
            af("november 2026 - februari 2027"),
            Some((d(2026, 11, 1), d(2027, 2, 28)))
        );
        for tekst in [
            "doorlopend",
            "week 12",
            "Q2",
            "maart",
            "juni-maart 2026",
            "2027-2026",
            "Q5 2026",
            "najaar 2026",
            "",
            "vanaf 2026",
            "2026-13",
        ] {
            assert_eq!(af(tekst), None, "{tekst}");
        }
    }

    #[test]
    fn periodes_in_woorden() {
        assert_eq!(
            periode_in_woorden(d(2026, 1, 1), d(2029, 12, 31)),
            "2026-2029"
        );
        assert_eq!(periode_in_woorden(d(2026, 1, 1), d(2026, 12, 31)), "2026");
        assert_eq!(
            periode_in_woorden(d(2026, 1, 1), d(2029, 12, 30)),
            "1 januari 2026 t/m 30 december 2029"
        );
        assert_eq!(
            periode_in_woorden(d(2017, 11, 21), d(2017, 11, 21)),
            "21 november 2017"
        );
        assert_eq!(
            periode_in_woorden(d(2026, 4, 1), d(2026, 6, 30)),
            "1 april t/m 30 juni 2026"
        );
    }
}
