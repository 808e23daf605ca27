//! What the tests of the rules share: small documents from TOML, and the paths of one rule's
//! findings.

use super::{controleer, Rapport};
use crate::document::{Document, Ivp, Uitvoeringsplan, Veiligheidsanalyse};

/// The document `lees` makes of `tekst` (TOML) with `sleutel = standaard` before it, unless it
/// sets that key itself.
fn lees<T, E: core::fmt::Display>(
    tekst: &str,
    standaard: &[(&str, &str)],
    lees: fn(&str) -> Result<T, E>,
) -> T {
    let mut toml = String::new();
    for (sleutel, waarde) in standaard {
        let zelf = tekst
            .lines()
            .any(|r| r.trim_start().starts_with(&format!("{sleutel} =")));
        if !zelf {
            toml.push_str(&format!("{sleutel} = {waarde}\n"));
        }
    }
    toml.push_str(tekst);
    lees(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"))
}

const UTRECHT: (&str, &str) = ("gemeenten", r#"["Utrecht"]"#);
const PERIODE: &str = r#"{ van = "2027-01-01", tot = "2030-12-31" }"#;

/// An IVP of Utrecht for 2027-2030 with what `tekst` (TOML) adds or sets.
pub(crate) fn ivp(tekst: &str) -> Ivp {
    lees(tekst, &[UTRECHT, ("periode", PERIODE)], Ivp::uit_toml)
}

/// An uitvoeringsplan of Utrecht, for an IVP of 2027-2030, with what `tekst` (TOML) adds.
pub(crate) fn up(tekst: &str) -> Uitvoeringsplan {
    let ivp = format!("{{ periode = {PERIODE} }}");
    lees(tekst, &[UTRECHT, ("ivp", &ivp)], Uitvoeringsplan::uit_toml)
}

/// A veiligheidsanalyse of Utrecht, 2026, with what `tekst` (TOML) adds.
pub(crate) fn analyse(tekst: &str) -> Veiligheidsanalyse {
    let standaard = [UTRECHT, ("jaar", "2026"), ("themas", "[]")];
    lees(tekst, &standaard, Veiligheidsanalyse::uit_toml)
}

/// The paths of the findings of rule `code` on `document`, in the report's order.
pub(crate) fn bevindingen<D: Clone + Into<Document>>(document: &D, code: &str) -> Vec<String> {
    controleer(&document.clone().into())
        .met_code(code)
        .map(|d| d.pad.clone())
        .collect()
}

/// The path and message of each finding of rule `code` in `rapport`, in the report's order.
pub(crate) fn meldingen<'a>(rapport: &'a Rapport, code: &'a str) -> Vec<(&'a str, &'a str)> {
    rapport
        .met_code(code)
        .map(|d| (d.pad.as_str(), d.bericht.as_str()))
        .collect()
}
