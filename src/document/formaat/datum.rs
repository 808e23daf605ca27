//! Dates as `"JJJJ-MM-DD"` strings; on TOML input also TOML's own local dates
//! (`van = 2027-01-01`). A date that does not exist is said to be so, with the reason.

use core::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{Error as _, MapAccess, Unexpected, Visitor};
use serde::{Deserializer, Serializer};

/// The key under which toml hands a TOML date-time to a visitor (as a one-entry map).
const TOML_DATUM: &str = "$__toml_private_datetime";

/// The key of a placeholder (`super::super::IN_TE_VULLEN`; the format layer knows no document
/// type, so it is written here again).
const IN_TE_VULLEN: &str = "in_te_vullen";

/// Parses exactly `JJJJ-MM-DD` (by hand: chrono's format parser is several times slower, and a
/// document holds many dates).
pub(crate) fn ontleed(tekst: &str) -> Option<NaiveDate> {
    let (jaar, maand, dag) = delen(tekst)?;
    NaiveDate::from_ymd_opt(jaar, maand, dag)
}

/// Whether text has the shape `JJJJ-MM-DD`, whether or not the date exists.
pub(crate) fn heeft_datumvorm(tekst: &str) -> bool {
    delen(tekst).is_some()
}

/// Year, month and day of text shaped `JJJJ-MM-DD`, whether or not the date exists.
fn delen(tekst: &str) -> Option<(i32, u32, u32)> {
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
            "ongeldige datum \"{tekst}\": verwacht een datum als JJJJ-MM-DD, bijvoorbeeld \"2027-01-01\""
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
            "ongeldige datum \"2027-13-01\": verwacht een datum als JJJJ-MM-DD, bijvoorbeeld \"2027-01-01\""
        );
        assert_eq!(ontleed("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(ontleed("2023-02-29"), None);
    }
}
