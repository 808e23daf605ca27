//! [`Bedrag`]: an amount of money in euro, exact to the cent.

use core::fmt;
use core::str::FromStr;

#[cfg(feature = "schema")]
use schemars::json_schema;
use serde::de::{Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount in euro, exact to the cent: never a float.
///
/// Written as a number: whole euros as an integer (`bedrag_euro = 12500`), anything else with
/// its cents (`bedrag_euro = 1234.5` for € 1.234,50). Reading takes an integer or a number with
/// at most two decimals; more decimals, or an amount beyond ± 999.999.999.999,99 (a range in
/// which every amount survives the formats' numbers exactly), is a read error. What reads
/// writes back to the same amount.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Bedrag;
///
/// let bedrag: Bedrag = "1234.5".parse()?;
/// assert_eq!(bedrag.centen(), 123_450);
/// assert_eq!(bedrag.to_string(), "1234.50");
/// assert_eq!(Bedrag::euro(12_500), Some("12500".parse()?));
/// // Three decimals are no amount of money (a thousands separator is not read either).
/// assert!("1.234".parse::<Bedrag>().is_err());
/// # Ok::<(), kernbeleid::document::OngeldigBedrag>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bedrag {
    centen: i64,
}

/// The largest amount in cents: 999.999.999.999,99 euro. Fifteen significant digits, so that
/// every amount is written and read back exactly through a JSON or TOML number (an `f64`).
const MAX_CENTEN: i64 = 99_999_999_999_999;

impl Bedrag {
    /// The largest amount: € 999.999.999.999,99.
    pub const MAX: Bedrag = Bedrag { centen: MAX_CENTEN };

    /// The smallest amount: € −999.999.999.999,99.
    pub const MIN: Bedrag = Bedrag {
        centen: -MAX_CENTEN,
    };

    /// The amount of `centen` cents, when within range.
    #[must_use]
    pub const fn uit_centen(centen: i64) -> Option<Bedrag> {
        if centen >= -MAX_CENTEN && centen <= MAX_CENTEN {
            Some(Bedrag { centen })
        } else {
            None
        }
    }

    /// The amount of `euro` whole euros, when within range.
    #[must_use]
    pub const fn euro(euro: i64) -> Option<Bedrag> {
        match euro.checked_mul(100) {
            Some(centen) => Bedrag::uit_centen(centen),
            None => None,
        }
    }

    /// The amount in cents.
    #[must_use]
    pub const fn centen(self) -> i64 {
        self.centen
    }

    /// Whether the amount is whole euros.
    #[must_use]
    pub const fn is_heel(self) -> bool {
        self.centen % 100 == 0
    }
}

/// Text or a number that is not a [`Bedrag`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ongeldig bedrag \"{invoer}\": {reden}")]
pub struct OngeldigBedrag {
    /// The input as given.
    pub invoer: String,
    /// Why, in Dutch.
    pub reden: &'static str,
}

const MEER_DAN_TWEE_DECIMALEN: &str =
    "een bedrag in euro heeft hoogstens twee decimalen (centen), bijvoorbeeld 1234.50";
const BUITEN_BEREIK: &str = "een bedrag ligt tussen -999999999999.99 en 999999999999.99 euro";
const GEEN_GETAL: &str = "verwacht een bedrag in euro als getal, bijvoorbeeld 12500 of 1234.50";

impl FromStr for Bedrag {
    type Err = OngeldigBedrag;

    /// Reads `12500`, `-12.5`, `1234.50` or `1234,50`: digits, at most one decimal point or
    /// comma, at most two decimals.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ontleed(s.trim()).map_err(|reden| OngeldigBedrag {
            invoer: s.to_owned(),
            reden,
        })
    }
}

/// Parses a decimal without exponent; the error is the reason.
fn ontleed(tekst: &str) -> Result<Bedrag, &'static str> {
    let (negatief, cijfers) = match tekst.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, tekst.strip_prefix('+').unwrap_or(tekst)),
    };
    let (heel, fractie) = match cijfers.split_once(['.', ',']) {
        Some((heel, fractie)) => (heel, fractie),
        None => (cijfers, ""),
    };
    let alleen_cijfers = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if heel.is_empty() || !alleen_cijfers(heel) || !alleen_cijfers(fractie) {
        return Err(GEEN_GETAL);
    }
    // Trailing zeros are no precision: 1234.500 is 1234.50.
    let fractie = fractie.trim_end_matches('0');
    if fractie.len() > 2 {
        return Err(MEER_DAN_TWEE_DECIMALEN);
    }
    let heel = heel.trim_start_matches('0');
    if heel.len() > 12 {
        return Err(BUITEN_BEREIK);
    }
    let getal = |t: &str| t.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    let mut centen = getal(heel) * 100;
    centen += match fractie.len() {
        0 => 0,
        1 => getal(fractie) * 10,
        _ => getal(fractie),
    };
    let centen = if negatief { -centen } else { centen };
    Bedrag::uit_centen(centen).ok_or(BUITEN_BEREIK)
}

impl fmt::Display for Bedrag {
    /// `12500` for whole euros, `1234.50` otherwise (a point, as the formats write numbers).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let teken = if self.centen < 0 { "-" } else { "" };
        let centen = self.centen.unsigned_abs();
        if centen.is_multiple_of(100) {
            write!(f, "{teken}{}", centen / 100)
        } else {
            write!(f, "{teken}{}.{:02}", centen / 100, centen % 100)
        }
    }
}

impl Serialize for Bedrag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_heel() {
            serializer.serialize_i64(self.centen / 100)
        } else {
            // Exact: the cents are below 2^53, the division is correctly rounded, and a decimal
            // of at most 15 significant digits is the shortest form of the nearest f64.
            serializer.serialize_f64(self.centen as f64 / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Bedrag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Bezoeker)
    }
}

struct Bezoeker;

impl Visitor<'_> for Bezoeker {
    type Value = Bedrag;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een bedrag in euro als getal, met hoogstens twee decimalen")
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Bedrag, E> {
        Bedrag::euro(v).ok_or_else(|| buiten_bereik(v))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Bedrag, E> {
        i64::try_from(v)
            .ok()
            .and_then(Bedrag::euro)
            .ok_or_else(|| buiten_bereik(v))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Bedrag, E> {
        if !v.is_finite() {
            return Err(E::invalid_value(Unexpected::Float(v), &self));
        }
        // The shortest decimal that reads back as `v`: what was written, for any amount in
        // range. Beyond the range the digits no longer matter.
        if v.abs() >= 1e12 {
            return Err(buiten_bereik(v));
        }
        let tekst = v.to_string();
        ontleed(&tekst).map_err(|reden| {
            E::custom(OngeldigBedrag {
                invoer: tekst,
                reden,
            })
        })
    }
}

/// The read error for a number beyond the range of a [`Bedrag`].
fn buiten_bereik<E: serde::de::Error>(invoer: impl ToString) -> E {
    E::custom(OngeldigBedrag {
        invoer: invoer.to_string(),
        reden: BUITEN_BEREIK,
    })
}

#[cfg(feature = "schema")]
schema_van!(
    Bedrag,
    json_schema!({
        "type": "number",
        "minimum": -999_999_999_999.99,
        "maximum": 999_999_999_999.99
    })
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tekst_en_getallen() {
        let b = |s: &str| s.parse::<Bedrag>().map(Bedrag::centen);
        assert_eq!(b("12500"), Ok(1_250_000));
        assert_eq!(b("1234.5"), Ok(123_450));
        assert_eq!(b("1234,05"), Ok(123_405));
        assert_eq!(b("-0.01"), Ok(-1));
        assert_eq!(b("1234.500"), Ok(123_450));
        assert_eq!(b("999999999999.99"), Ok(MAX_CENTEN));
        assert_eq!(
            "1.234".parse::<Bedrag>().unwrap_err().to_string(),
            "ongeldig bedrag \"1.234\": een bedrag in euro heeft hoogstens twee decimalen \
             (centen), bijvoorbeeld 1234.50"
        );
        assert_eq!(
            "1000000000000".parse::<Bedrag>().unwrap_err().reden,
            BUITEN_BEREIK
        );
        assert_eq!("1e3".parse::<Bedrag>().unwrap_err().reden, GEEN_GETAL);
        assert_eq!(".5".parse::<Bedrag>().unwrap_err().reden, GEEN_GETAL);
        assert_eq!(
            Bedrag::uit_centen(-123_450).map(|b| b.to_string()),
            Some("-1234.50".into())
        );
        assert_eq!(Bedrag::euro(-7).map(|b| b.to_string()), Some("-7".into()));
    }

    #[test]
    fn buiten_bereik_gelezen() {
        let fout = |json: &str| {
            serde_json::from_str::<Bedrag>(json)
                .unwrap_err()
                .to_string()
        };
        for getal in ["1000000000000", "-1000000000000", "18446744073709551615"] {
            assert!(
                fout(getal).starts_with(&format!("ongeldig bedrag \"{getal}\": {BUITEN_BEREIK}")),
                "{getal}: {}",
                fout(getal)
            );
        }
        assert!(fout("1e12").starts_with(&format!(
            "ongeldig bedrag \"1000000000000\": {BUITEN_BEREIK}"
        )));
    }
}
