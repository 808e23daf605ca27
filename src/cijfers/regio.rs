//! Regions as the downloads write them: a padded key (`"GM0363    "`) or a title (`Amsterdam`).

use core::fmt;

use serde::Serialize;

use super::categorie::compact;

/// The level of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Niveau {
    /// Nederland (`NL00`, `NL01`).
    Land,
    /// A landsdeel (`LD..`, title ending in `(LD)`).
    Landsdeel,
    /// A provincie (`PV..`, title ending in `(PV)`).
    Provincie,
    /// A COROP-gebied (`CR..`, title ending in `(CR)`).
    Corop,
    /// A gemeente (`GM....`, or any other title).
    Gemeente,
    /// A wijk (`WK......`).
    Wijk,
    /// A buurt (`BU........`).
    Buurt,
    /// A key with a prefix not listed here (for example a police unit).
    Overig,
}

impl Niveau {
    /// The word for the level, as in the CSV output.
    #[must_use]
    pub const fn woord(self) -> &'static str {
        match self {
            Niveau::Land => "land",
            Niveau::Landsdeel => "landsdeel",
            Niveau::Provincie => "provincie",
            Niveau::Corop => "corop",
            Niveau::Gemeente => "gemeente",
            Niveau::Wijk => "wijk",
            Niveau::Buurt => "buurt",
            Niveau::Overig => "overig",
        }
    }
}

/// A region of a download: its key, its name, or both.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{Niveau, Regio};
///
/// let wijk = Regio::lees("WK036305  ");
/// assert_eq!(wijk.code.as_deref(), Some("WK036305"));
/// assert_eq!(wijk.niveau, Niveau::Wijk);
/// assert_eq!(wijk.gemeentecode().as_deref(), Some("GM0363"));
///
/// let utrecht = Regio::lees("Utrecht (gemeente)");
/// assert_eq!(utrecht.naam.as_deref(), Some("Utrecht"));
/// assert_eq!(utrecht.niveau, Niveau::Gemeente);
/// assert!(utrecht.is("utrecht"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Regio {
    /// The CBS key without padding, such as `GM0363`, where the download gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The name, where the download gives one (a title, or a `Gemeentenaam` column).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub naam: Option<String>,
    /// The level.
    pub niveau: Niveau,
    /// The name of the gemeente it lies in, where the download says (a `Gemeentenaam` column).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gemeentenaam: Option<String>,
}

impl Regio {
    /// Reads a region cell.
    ///
    /// A key is two letters followed by digits (`NL01`, `PV26`, `GM0363`, `WK036305`,
    /// `BU03630001`); the letters give the level. Anything else is a title: `Nederland`, a title
    /// ending in `(PV)`, `(LD)` or `(CR)`, and otherwise a gemeente (a trailing `(gemeente)` is
    /// dropped from the name).
    #[must_use]
    pub fn lees(cel: &str) -> Regio {
        let tekst = cel.trim();
        let bytes = tekst.as_bytes();
        let is_code = bytes.len() >= 3
            && bytes.iter().take(2).all(u8::is_ascii_alphabetic)
            && bytes.iter().skip(2).all(u8::is_ascii_digit);
        if is_code {
            let code = tekst.to_ascii_uppercase();
            let niveau = match code.get(..2) {
                Some("NL") => Niveau::Land,
                Some("LD") => Niveau::Landsdeel,
                Some("PV") => Niveau::Provincie,
                Some("CR") => Niveau::Corop,
                Some("GM") => Niveau::Gemeente,
                Some("WK") => Niveau::Wijk,
                Some("BU") => Niveau::Buurt,
                _ => Niveau::Overig,
            };
            return Regio {
                code: Some(code),
                naam: None,
                niveau,
                gemeentenaam: None,
            };
        }
        let (naam, niveau) = if tekst.eq_ignore_ascii_case("nederland") {
            (tekst, Niveau::Land)
        } else if let Some(n) = achtervoegsel(tekst, "(PV)") {
            (n, Niveau::Provincie)
        } else if let Some(n) = achtervoegsel(tekst, "(LD)") {
            (n, Niveau::Landsdeel)
        } else if let Some(n) = achtervoegsel(tekst, "(CR)") {
            (n, Niveau::Corop)
        } else if let Some(n) = achtervoegsel(tekst, "(gemeente)") {
            (n, Niveau::Gemeente)
        } else {
            (tekst, Niveau::Gemeente)
        };
        Regio {
            code: None,
            naam: Some(naam.to_owned()),
            niveau,
            gemeentenaam: None,
        }
    }

    /// The key of the gemeente this region lies in: itself for a gemeente, `GM` and the four
    /// digits after `WK`/`BU` for a wijk or buurt.
    #[must_use]
    pub fn gemeentecode(&self) -> Option<String> {
        let code = self.code.as_deref()?;
        match self.niveau {
            Niveau::Gemeente => Some(code.to_owned()),
            Niveau::Wijk | Niveau::Buurt => code.get(2..6).map(|cijfers| format!("GM{cijfers}")),
            _ => None,
        }
    }

    /// What people read: the name where known, else the key.
    #[must_use]
    pub fn weergave(&self) -> &str {
        self.naam
            .as_deref()
            .or(self.code.as_deref())
            .unwrap_or_default()
    }

    /// Whether `invoer` names this region: its key (`GM0363`, case and spaces ignored) or its name
    /// (case, accents, spacing and punctuation ignored).
    #[must_use]
    pub fn is(&self, invoer: &str) -> bool {
        let invoer = invoer.trim();
        self.code
            .as_deref()
            .is_some_and(|c| c.eq_ignore_ascii_case(invoer))
            || self
                .naam
                .as_deref()
                .is_some_and(|n| compact(n) == compact(invoer))
    }

    /// Whether this region is `gemeente` (key or name) or lies in it (a wijk or buurt of it,
    /// by its key or the download's `Gemeentenaam`).
    #[must_use]
    pub fn hoort_bij(&self, gemeente: &str) -> bool {
        self.is(gemeente)
            || self
                .gemeentecode()
                .is_some_and(|c| c.eq_ignore_ascii_case(gemeente.trim()))
            || self
                .gemeentenaam
                .as_deref()
                .is_some_and(|n| compact(n) == compact(gemeente))
    }
}

fn achtervoegsel<'a>(tekst: &'a str, achter: &str) -> Option<&'a str> {
    let lengte = tekst.len().checked_sub(achter.len())?;
    let (voor, na) = (tekst.get(..lengte)?, tekst.get(lengte..)?);
    na.eq_ignore_ascii_case(achter).then(|| voor.trim_end())
}

impl fmt::Display for Regio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.naam, &self.code) {
            (Some(naam), Some(code)) => write!(f, "{naam} ({code})"),
            _ => f.write_str(self.weergave()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleutels_en_titels() {
        assert_eq!(Regio::lees("GM0363    ").niveau, Niveau::Gemeente);
        assert_eq!(Regio::lees("NL01  ").niveau, Niveau::Land);
        assert_eq!(
            Regio::lees("BU03630001").gemeentecode().as_deref(),
            Some("GM0363")
        );
        assert_eq!(Regio::lees("RE01").niveau, Niveau::Overig);
        assert_eq!(Regio::lees("Nederland").niveau, Niveau::Land);
        let pv = Regio::lees("Noord-Holland (PV)");
        assert_eq!(
            (pv.naam.as_deref(), pv.niveau),
            (Some("Noord-Holland"), Niveau::Provincie)
        );
        assert_eq!(Regio::lees("'s-Gravenhage").niveau, Niveau::Gemeente);
        assert!(Regio::lees("GM0363").is(" gm0363 "));
        assert!(Regio::lees("WK036305").hoort_bij("GM0363"));
        assert!(!Regio::lees("WK036305").hoort_bij("GM0036"));
    }
}
