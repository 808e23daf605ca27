//! One value cell of a download: a number, or a mark that nothing was published.

use core::fmt;

/// The content of a value cell.
///
/// CBS and the police mark what they do not publish; that is not zero and is never counted as
/// zero. The marks accepted are the CBS legend's: `.` (gegevens ontbreken), `x` (geheim) and an
/// empty cell; `-` is the legend's *nihil* and reads as 0.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::Cel;
///
/// assert_eq!(Cel::lees(" 412 "), Some(Cel::Getal(412.0)));
/// assert_eq!(Cel::lees("4,1"), Some(Cel::Getal(4.1)));
/// assert_eq!(Cel::lees("."), Some(Cel::NietGepubliceerd));
/// assert_eq!(Cel::lees("veel"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cel {
    /// A published (finite) number.
    Getal(f64),
    /// `.`, `x` or an empty cell: not published.
    NietGepubliceerd,
}

/// What a value cell may hold, for error messages.
pub(crate) const VERWACHT_GETAL: &str =
    "een getal (zoals 412 of 4.1), \".\" (niet gepubliceerd) of een leeg veld";

impl Cel {
    /// Reads a cell as CBS and the police write it; `None` when it is neither a number nor a mark.
    ///
    /// Accepted: optional spaces around, an optional sign, digits, and at most one decimal point
    /// or decimal comma (`4.1`, `4,1`); no thousands separators, no exponent.
    pub fn lees(tekst: &str) -> Option<Cel> {
        Self::lees_bytes(tekst.as_bytes())
    }

    pub(crate) fn lees_bytes(bytes: &[u8]) -> Option<Cel> {
        let bytes = bytes.trim_ascii();
        match bytes {
            b"" | b"." | b"x" | b"X" => return Some(Cel::NietGepubliceerd),
            b"-" => return Some(Cel::Getal(0.0)),
            _ => {}
        }
        // Fast path: a plain count, as almost every cell of the police tables is.
        if bytes.len() <= 15 && bytes.iter().all(u8::is_ascii_digit) {
            let mut n: u64 = 0;
            for &b in bytes {
                n = n * 10 + u64::from(b - b'0');
            }
            // At most 15 digits: exact in an f64.
            #[allow(clippy::cast_precision_loss)]
            return Some(Cel::Getal(n as f64));
        }
        let (teken, rest) = match bytes.split_first() {
            Some((b'-', rest)) => ("-", rest),
            Some((b'+', rest)) => ("", rest),
            _ => ("", bytes),
        };
        let mut scheiding = None;
        for (i, &b) in rest.iter().enumerate() {
            match b {
                b'0'..=b'9' => {}
                b'.' | b',' if scheiding.is_none() => scheiding = Some(i),
                _ => return None,
            }
        }
        let (voor, na) = match scheiding {
            Some(i) => (rest.get(..i)?, rest.get(i + 1..)?),
            None => (rest, &b""[..]),
        };
        if voor.is_empty() && na.is_empty() {
            return None;
        }
        let mut tekst = String::with_capacity(rest.len() + 2);
        tekst.push_str(teken);
        tekst.push_str(core::str::from_utf8(voor).ok()?);
        if voor.is_empty() {
            tekst.push('0');
        }
        if !na.is_empty() {
            tekst.push('.');
            tekst.push_str(core::str::from_utf8(na).ok()?);
        }
        let getal: f64 = tekst.parse().ok()?;
        getal.is_finite().then_some(Cel::Getal(getal))
    }

    /// The number, or `None` when not published.
    #[must_use]
    pub const fn getal(self) -> Option<f64> {
        match self {
            Cel::Getal(g) => Some(g),
            Cel::NietGepubliceerd => None,
        }
    }
}

impl fmt::Display for Cel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cel::Getal(g) => f.write_str(&getal_tekst(*g)),
            Cel::NietGepubliceerd => f.write_str("."),
        }
    }
}

/// A number as people read it: an integer without decimals, otherwise as short as exact.
pub(crate) fn getal_tekst(g: f64) -> String {
    if g.fract() == 0.0 && g.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        let geheel = g as i64;
        geheel.to_string()
    } else {
        g.to_string()
    }
}

/// Rounds to two decimals (rates per 1,000 inhabitants, percentages of change).
pub(crate) fn afgerond(g: f64) -> f64 {
    (g * 100.0).round() / 100.0
}

/// Serialises an `f64` as an integer where it is one (counts read `412`, not `412.0`).
pub(crate) mod als_getal {
    use serde::Serializer;

    pub(crate) fn serialize<S: Serializer>(g: &f64, s: S) -> Result<S::Ok, S::Error> {
        if g.fract() == 0.0 && g.abs() < 9.0e15 {
            #[allow(clippy::cast_possible_truncation)]
            let geheel = *g as i64;
            s.serialize_i64(geheel)
        } else {
            s.serialize_f64(*g)
        }
    }

    pub(crate) mod optie {
        use serde::Serializer;

        #[allow(clippy::ref_option)]
        pub(crate) fn serialize<S: Serializer>(g: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
            match g {
                Some(g) => super::serialize(g, s),
                None => s.serialize_none(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tekens_van_het_cbs() {
        assert_eq!(Cel::lees(""), Some(Cel::NietGepubliceerd));
        assert_eq!(Cel::lees("  .  "), Some(Cel::NietGepubliceerd));
        assert_eq!(Cel::lees("x"), Some(Cel::NietGepubliceerd));
        assert_eq!(Cel::lees("-"), Some(Cel::Getal(0.0)));
        assert_eq!(Cel::lees("-3"), Some(Cel::Getal(-3.0)));
        assert_eq!(Cel::lees("+3.5"), Some(Cel::Getal(3.5)));
        assert_eq!(Cel::lees(".5"), Some(Cel::Getal(0.5)));
        assert_eq!(Cel::lees("5."), Some(Cel::Getal(5.0)));
        assert_eq!(Cel::lees("0"), Some(Cel::Getal(0.0)));
        for fout in [
            "1e5", "inf", "NaN", "1.2.3", "1,2,3", "12 3", "--1", ",", "-", "1.000,5",
        ] {
            if fout == "-" {
                continue;
            }
            assert_eq!(Cel::lees(fout), None, "{fout}");
        }
    }

    #[test]
    fn getallen_als_tekst() {
        assert_eq!(getal_tekst(412.0), "412");
        assert_eq!(getal_tekst(4.1), "4.1");
        assert_eq!(getal_tekst(-3.0), "-3");
        assert!((afgerond(4.126) - 4.13).abs() < 1e-12);
    }
}
