//! Dates, written as `"JJJJ-MM-DD"` strings; read from that, from the Dutch `"21-11-2017"` and
//! `"21 november 2017"`, and on TOML input from TOML's own local dates (`van = 2027-01-01`). A
//! date that does not exist is said to be so, with the reason.

use core::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{Error as _, MapAccess, Unexpected, Visitor};
use serde::{Deserializer, Serializer};

/// The key under which toml hands a TOML date-time to a visitor (as a one-entry map).
const TOML_DATUM: &str = "$__toml_private_datetime";

/// The key of a placeholder (`super::super::IN_TE_VULLEN`; the format layer knows no document
/// type, so it is written here again).
const IN_TE_VULLEN: &str = "in_te_vullen";

/// Parses a date as people write it: `JJJJ-MM-DD` (ISO, as every document writes it),
/// `DD-MM-JJJJ` (`"21-11-2017"`, also with one-digit day or month) or the Dutch
/// `"21 november 2017"` (month names and their common abbreviations in any case). ISO is tried
/// first, by hand: chrono's format parser is several times slower, and a document holds many
/// dates.
pub(crate) fn ontleed(tekst: &str) -> Option<NaiveDate> {
    let (jaar, maand, dag) = delen(tekst)?;
    NaiveDate::from_ymd_opt(jaar, maand, dag)
}

/// Whether text has the shape of a date in one of the forms [`ontleed`] reads, whether or not
/// the date exists.
pub(crate) fn heeft_datumvorm(tekst: &str) -> bool {
    delen(tekst).is_some()
}

/// Year, month and day of text shaped as a date [`ontleed`] reads, whether or not the date
/// exists.
fn delen(tekst: &str) -> Option<(i32, u32, u32)> {
    iso_delen(tekst)
        .or_else(|| nederlandse_cijfers(tekst))
        .or_else(|| met_maandnaam(tekst))
}

/// `JJJJ-MM-DD`.
fn iso_delen(tekst: &str) -> Option<(i32, u32, u32)> {
    let b = tekst.as_bytes();
    let vorm = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !vorm {
        return None;
    }
    let getal = |bereik: core::ops::Range<usize>| -> u32 {
        b.get(bereik)
            .unwrap_or_default()
            .iter()
            .fold(0, |n, c| n * 10 + u32::from(c - b'0'))
    };
    let jaar = i32::try_from(getal(0..4)).ok()?;
    Some((jaar, getal(5..7), getal(8..10)))
}

/// Digits only, at most `max` of them (at least one).
fn cijfers(tekst: &str, min: usize, max: usize) -> Option<u32> {
    (tekst.len() >= min && tekst.len() <= max && tekst.bytes().all(|b| b.is_ascii_digit()))
        .then(|| tekst.parse().ok())
        .flatten()
}

/// `DD-MM-JJJJ` (day and month of one or two digits); also with `/` or `.` between them.
fn nederlandse_cijfers(tekst: &str) -> Option<(i32, u32, u32)> {
    let scheiding = ['-', '/', '.'].into_iter().find(|&c| tekst.contains(c))?;
    let mut delen = tekst.split(scheiding);
    let (dag, maand, jaar) = (delen.next()?, delen.next()?, delen.next()?);
    if delen.next().is_some() {
        return None;
    }
    let jaar = i32::try_from(cijfers(jaar, 4, 4)?).ok()?;
    Some((jaar, cijfers(maand, 1, 2)?, cijfers(dag, 1, 2)?))
}

/// `"21 november 2017"`: a day, a month name (or abbreviation), a year of four digits.
fn met_maandnaam(tekst: &str) -> Option<(i32, u32, u32)> {
    let mut woorden = tekst.split_whitespace();
    let (dag, maand, jaar) = (woorden.next()?, woorden.next()?, woorden.next()?);
    if woorden.next().is_some() {
        return None;
    }
    let jaar = i32::try_from(cijfers(jaar, 4, 4)?).ok()?;
    Some((jaar, maandnummer(maand)?, cijfers(dag, 1, 2)?))
}

/// The number (1 to 12) of a Dutch month name or its common abbreviation ("mrt", "okt", with or
/// without a full stop), in any case.
pub(crate) fn maandnummer(woord: &str) -> Option<u32> {
    let woord = woord.strip_suffix('.').unwrap_or(woord);
    const AFKORTINGEN: [(&str, u32); 13] = [
        ("jan", 1),
        ("feb", 2),
        ("mrt", 3),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("okt", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    (1..=12u32)
        .zip(MAANDEN)
        .find(|(_, naam)| naam.eq_ignore_ascii_case(woord))
        .map(|(n, _)| n)
        .or_else(|| {
            AFKORTINGEN
                .iter()
                .find(|(afkorting, _)| afkorting.eq_ignore_ascii_case(woord))
                .map(|&(_, n)| n)
        })
}

/// The months by their Dutch names.
pub(crate) const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch message for text that is not a date: `ongeldige datum "2023-02-29": ...`, with the
/// reason where the text has the shape of a date whose day does not exist.
pub(crate) fn fout_bericht(tekst: &str) -> String {
    let reden = delen(tekst).and_then(|(jaar, maand, dag)| {
        let naam = MAANDEN.get(usize::try_from(maand).ok()?.checked_sub(1)?)?;
        let eerste = NaiveDate::from_ymd_opt(jaar, maand, 1)?;
        let volgende = if maand == 12 {
            NaiveDate::from_ymd_opt(jaar + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(jaar, maand + 1, 1)?
        };
        let dagen = volgende.signed_duration_since(eerste).num_days();
        if dag == 0 {
            return Some("dag 00 bestaat niet".to_owned());
        }
        if i64::from(dag) <= dagen {
            return None;
        }
        Some(if maand == 2 && dag == 29 {
            format!("die dag bestaat niet: {jaar} is geen schrikkeljaar")
        } else {
            format!("die dag bestaat niet: {naam} {jaar} heeft {dagen} dagen")
        })
    });
    match reden {
        Some(reden) => format!("ongeldige datum \"{tekst}\": {reden}"),
        None => format!(
            "ongeldige datum \"{tekst}\": verwacht een datum als JJJJ-MM-DD (\"2027-01-01\"), \
             DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
        ),
    }
}

pub(crate) fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    // Years 0 to 9999 by hand (chrono's formatter is general and slow), others by chrono.
    let (jaar, maand, dag) = (d.year(), d.month(), d.day());
    if (0..=9999).contains(&jaar) {
        let mut b = *b"0000-00-00";
        let cijfer = |n: u32| b'0' + (n % 10) as u8;
        let j = jaar as u32;
        b[0] = cijfer(j / 1000);
        b[1] = cijfer(j / 100);
        b[2] = cijfer(j / 10);
        b[3] = cijfer(j);
        b[5] = cijfer(maand / 10);
        b[6] = cijfer(maand);
        b[8] = cijfer(dag / 10);
        b[9] = cijfer(dag);
        // Only ASCII digits and dashes.
        s.serialize_str(core::str::from_utf8(&b).unwrap_or_default())
    } else {
        s.collect_str(&d.format("%Y-%m-%d"))
    }
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_any(Bezoeker)
}

/// The visitor of a required date; its `visit_map` reads TOML's own date.
pub(crate) struct Bezoeker;

impl<'de> Visitor<'de> for Bezoeker {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een datum als JJJJ-MM-DD")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        ontleed(v).ok_or_else(|| E::custom(fout_bericht(v)))
    }

    /// TOML's own date (`van = 2027-01-01`) arrives as a one-entry map under toml's private key.
    /// Any other table is no date: a placeholder cannot stand here, where a date is required.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NaiveDate, A::Error> {
        match map.next_key::<String>()?.as_deref() {
            Some(TOML_DATUM) => {
                let tekst: String = map.next_value()?;
                // A local date is exactly JJJJ-MM-DD; a time or an offset makes it longer.
                ontleed(&tekst).ok_or_else(|| A::Error::custom(fout_bericht(&tekst)))
            }
            Some(IN_TE_VULLEN) => Err(A::Error::custom(
                "hier is een datum verplicht; een plaatshouder (in_te_vullen) kan hier niet staan: \
                 verwacht een datum als JJJJ-MM-DD, bijvoorbeeld \"2027-01-01\"",
            )),
            _ => Err(A::Error::invalid_type(Unexpected::Map, &self)),
        }
    }
}

pub(crate) mod optie {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => super::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        super::deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datums_die_niet_bestaan() {
        assert_eq!(
            fout_bericht("2023-02-29"),
            "ongeldige datum \"2023-02-29\": die dag bestaat niet: 2023 is geen schrikkeljaar"
        );
        assert_eq!(
            fout_bericht("2024-04-31"),
            "ongeldige datum \"2024-04-31\": die dag bestaat niet: april 2024 heeft 30 dagen"
        );
        assert_eq!(
            fout_bericht("2024-02-30"),
            "ongeldige datum \"2024-02-30\": die dag bestaat niet: februari 2024 heeft 29 dagen"
        );
        assert_eq!(
            fout_bericht("2027-13-01"),
            "ongeldige datum \"2027-13-01\": verwacht een datum als JJJJ-MM-DD (\"2027-01-01\"), \
             DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
        );
        assert_eq!(
            fout_bericht("31-04-2024"),
            "ongeldige datum \"31-04-2024\": die dag bestaat niet: april 2024 heeft 30 dagen"
        );
        assert_eq!(
            fout_bericht("29 februari 2023"),
            "ongeldige datum \"29 februari 2023\": die dag bestaat niet: 2023 is geen schrikkeljaar"
        );
        assert_eq!(ontleed("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(ontleed("2023-02-29"), None);
    }

    #[test]
    fn nederlandse_datums() {
        let d = NaiveDate::from_ymd_opt(2017, 11, 21);
        for tekst in [
            "2017-11-21",
            "21-11-2017",
            "21/11/2017",
            "21.11.2017",
            "21 november 2017",
            "21 November 2017",
            "21 nov 2017",
            "21 nov. 2017",
        ] {
            assert_eq!(ontleed(tekst), d, "{tekst}");
        }
        assert_eq!(ontleed("1-3-2017"), NaiveDate::from_ymd_opt(2017, 3, 1));
        assert_eq!(ontleed("1 mrt 2017"), NaiveDate::from_ymd_opt(2017, 3, 1));
        for tekst in [
            "21-11-17",
            "21 novembre 2017",
            "2017",
            "21 11 2017",
            "21-11-2017-1",
            "",
        ] {
            assert_eq!(ontleed(tekst), None, "{tekst}");
        }
    }
}
