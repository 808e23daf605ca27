//! What the tests of the rules share: small documents from TOML, and the paths of one rule's
//! findings.

use super::controleer;
use crate::document::{Document, Ivp, Uitvoeringsplan, Veiligheidsanalyse};

/// `tekst` (TOML) with `sleutel = standaard` before it, unless it sets that key itself.
fn met_standaard(tekst: &str, standaard: &[(&str, &str)]) -> String {
    let mut uit = String::new();
    for (sleutel, waarde) in standaard {
        let zelf = tekst
            .lines()
            .any(|r| r.trim_start().starts_with(&format!("{sleutel} =")));
        if !zelf {
            uit.push_str(&format!("{sleutel} = {waarde}\n"));
        }
    }
    uit + tekst
}

/// An IVP of Utrecht for 2027-2030 with what `tekst` (TOML) adds or sets.
pub(crate) fn ivp(tekst: &str) -> Ivp {
    let toml = met_standaard(
        tekst,
        &[
            ("gemeenten", r#"["Utrecht"]"#),
            ("periode", r#"{ van = "2027-01-01", tot = "2030-12-31" }"#),
        ],
    );
    match Ivp::uit_toml(&toml) {
        Ok(ivp) => ivp,
        Err(e) => panic!("{e}\n{toml}"),
    }
}

/// An uitvoeringsplan of Utrecht, for an IVP of 2027-2030, with what `tekst` (TOML) adds.
pub(crate) fn up(tekst: &str) -> Uitvoeringsplan {
    let toml = met_standaard(
        tekst,
        &[
            ("gemeenten", r#"["Utrecht"]"#),
            (
                "ivp",
                r#"{ periode = { van = "2027-01-01", tot = "2030-12-31" } }"#,
            ),
        ],
    );
    match Uitvoeringsplan::uit_toml(&toml) {
        Ok(up) => up,
        Err(e) => panic!("{e}\n{toml}"),
    }
}

/// A veiligheidsanalyse of Utrecht, 2026, with what `tekst` (TOML) adds.
pub(crate) fn analyse(tekst: &str) -> Veiligheidsanalyse {
    let toml = met_standaard(
        tekst,
        &[
            ("gemeenten", r#"["Utrecht"]"#),
            ("jaar", "2026"),
            ("themas", "[]"),
        ],
    );
    match Veiligheidsanalyse::uit_toml(&toml) {
        Ok(a) => a,
        Err(e) => panic!("{e}\n{toml}"),
    }
}

/// The paths of the findings of rule `code` on `document`, in the report's order.
pub(crate) fn bevindingen<D: Clone + Into<Document>>(document: &D, code: &str) -> Vec<String> {
    controleer(&document.clone().into())
        .met_code(code)
        .map(|d| d.pad.clone())
        .collect()
}
