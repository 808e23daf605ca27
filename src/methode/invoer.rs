//! Recognising user input for the method's enums: a number, a key or a name, compared with
//! [`crate::catalogus::naam::gelijk`] (case, accents, spacing and punctuation do not count).

use core::fmt;

use crate::catalogus::naam::{afstand, gelijk, normaliseer};

/// Finds the entry of `alle` that `invoer` names.
///
/// Accepted, in this order: a number `1..=alle.len()` (the position in `alle`); any of the
/// `namen` of an entry; and a number after one of the `voorvoegsels` ("stap 3",
/// "Hoofdstuk 4: Prioriteiten"), optionally followed by that entry's name. Only the last form
/// allocates (it normalises the input once).
pub(crate) fn herken<T: Copy>(
    invoer: &str,
    alle: &[T],
    voorvoegsels: &[&str],
    namen: impl Fn(T) -> &'static [&'static str],
) -> Option<T> {
    if let Ok(nummer) = invoer.trim().parse::<usize>() {
        return nummer.checked_sub(1).and_then(|i| alle.get(i)).copied();
    }
    if let Some(gevonden) = alle
        .iter()
        .copied()
        .find(|&t| namen(t).iter().any(|naam| gelijk(invoer, naam)))
    {
        return Some(gevonden);
    }
    if voorvoegsels.is_empty() {
        return None;
    }
    let genormaliseerd = normaliseer(invoer);
    let rest = voorvoegsels.iter().find_map(|voorvoegsel| {
        genormaliseerd
            .strip_prefix(voorvoegsel)
            .and_then(|rest| rest.strip_prefix(' '))
    })?;
    let (nummer, naam) = match rest.split_once(' ') {
        Some((nummer, naam)) => (nummer, Some(naam)),
        None => (rest, None),
    };
    let gevonden = nummer
        .parse::<usize>()
        .ok()?
        .checked_sub(1)
        .and_then(|i| alle.get(i))
        .copied()?;
    match naam {
        None => Some(gevonden),
        Some(naam) if namen(gevonden).iter().any(|n| gelijk(naam, n)) => Some(gevonden),
        Some(_) => None,
    }
}

/// The first (display) name of the entry whose names lie closest to `invoer`, if that is close
/// enough to be a plausible typo. Used only when building an error.
pub(crate) fn suggestie<T: Copy>(
    invoer: &str,
    alle: &[T],
    namen: impl Fn(T) -> &'static [&'static str],
) -> Option<&'static str> {
    let lengte = normaliseer(invoer).chars().count();
    if lengte < 3 {
        return None;
    }
    let drempel = (lengte / 4).max(2);
    alle.iter()
        .filter_map(|&t| {
            let alle_namen = namen(t);
            let weergave = alle_namen.first().copied()?;
            let kleinste = alle_namen.iter().map(|n| afstand(invoer, n)).min()?;
            Some((kleinste, weergave))
        })
        .filter(|&(kleinste, _)| kleinste <= drempel)
        .min_by_key(|&(kleinste, _)| kleinste)
        .map(|(_, weergave)| weergave)
}

/// Writes ` (bedoelt u "…"?)` after an error message when there is a suggestion.
pub(crate) struct Suggestie(pub(crate) Option<&'static str>);

impl fmt::Display for Suggestie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(naam) => write!(f, " (bedoelt u \"{naam}\"?)"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALLE: [u8; 3] = [1, 2, 3];

    fn namen(t: u8) -> &'static [&'static str] {
        match t {
            1 => &["Opstart", "opstart"],
            2 => &["Veiligheidsanalyse"],
            _ => &["Opstellen IVP", "opstellen_ivp"],
        }
    }

    #[test]
    fn herkent_nummer_naam_en_voorvoegsel() {
        assert_eq!(herken(" 2 ", &ALLE, &["stap"], namen), Some(2));
        assert_eq!(herken("0", &ALLE, &["stap"], namen), None);
        assert_eq!(herken("4", &ALLE, &["stap"], namen), None);
        assert_eq!(herken("OPSTELLEN-ivp", &ALLE, &["stap"], namen), Some(3));
        assert_eq!(herken("Stap 3", &ALLE, &["stap"], namen), Some(3));
        assert_eq!(herken("Stap 1: Opstart", &ALLE, &["stap"], namen), Some(1));
        assert_eq!(
            herken("Stap 1: Veiligheidsanalyse", &ALLE, &["stap"], namen),
            None
        );
        assert_eq!(herken("Stap 3", &ALLE, &[], namen), None);
        assert_eq!(herken("stapel 3", &ALLE, &["stap"], namen), None);
    }

    #[test]
    fn stelt_nabije_naam_voor() {
        assert_eq!(suggestie("opstrat", &ALLE, namen), Some("Opstart"));
        assert_eq!(suggestie("xx", &ALLE, namen), None);
        assert_eq!(suggestie("begroting", &ALLE, namen), None);
        assert_eq!(
            Suggestie(Some("Opstart")).to_string(),
            " (bedoelt u \"Opstart\"?)"
        );
        assert_eq!(Suggestie(None).to_string(), "");
    }
}
