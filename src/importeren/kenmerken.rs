//! What a plan says about itself: its gemeente(n), its period, its adoption.

use std::collections::HashMap;

use crate::document::MAANDEN;
use crate::document::{Besluitdatum, Orgaan, Periode, Vaststelling};
use crate::gemeenten::{vermeldingen, Benoemd, EigenGemeenten, Vorm};
use crate::naam::kort;

/// A finding with where it was found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Gevonden<T> {
    pub(crate) waarde: T,
    /// The heading it stood under, or "titel".
    pub(crate) waar: String,
    /// How it was found, in Dutch.
    pub(crate) hoe: String,
    pub(crate) zeker: bool,
}

/// A piece of running text with the heading it stood under.
pub(crate) struct Stuk<'a> {
    pub(crate) kop: &'a str,
    pub(crate) tekst: &'a str,
}

/// Words that follow "gemeente" but name none.
const GEEN_NAAM: &[&str] = &[
    "De",
    "Het",
    "Een",
    "En",
    "Is",
    "Zijn",
    "Heeft",
    "Wordt",
    "Worden",
    "Kan",
    "Die",
    "Dat",
    "Deze",
    "Dit",
    "Als",
    "In",
    "Op",
    "Voor",
    "Van",
    "Met",
    "Zelf",
    "Ook",
    "Nederland",
    "Politie",
    "Raad",
    "Gemeenteraad",
    "Burgemeester",
    "College",
    "Integraal",
    "Integrale",
    "Veiligheid",
    "Veiligheidsbeleid",
    "Openbaar",
    "Ministerie",
    "Hoe",
    "Wat",
    "Waar",
    "Wij",
    "We",
    "Onze",
    "Alle",
    "Elke",
    "Iedere",
    "Verschillende",
    "Meerdere",
    "Andere",
];

/// A name of a gemeente as it may be written: capitalised words, with a hyphen or a lowercase
/// particle between ("Alphen aan den Rijn", "'s-Hertogenbosch", "Súdwest-Fryslân").
fn naam_vanaf(tekst: &str) -> Option<String> {
    let mut woorden = Vec::new();
    for (i, w) in tekst.split_whitespace().enumerate() {
        let kaal = w.trim_end_matches([',', '.', ';', ':', ')', '’', '\'', '"', '”']);
        let afgekapt = kaal.len() != w.len();
        let hoofdletter =
            kaal.starts_with("'s-") || kaal.chars().next().is_some_and(char::is_uppercase);
        let partikel = matches!(kaal, "aan" | "den" | "de" | "der" | "op" | "in" | "a/d");
        if i == 0 {
            if !hoofdletter || GEEN_NAAM.contains(&kaal) || kaal.len() < 2 {
                return None;
            }
        } else if (!hoofdletter || GEEN_NAAM.contains(&kaal)) && !partikel {
            break;
        }
        if i > 0 && partikel {
            // Only a particle followed by a capitalised word belongs to the name.
            woorden.push(kaal.to_owned());
            if afgekapt {
                break;
            }
            continue;
        }
        if kaal.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        woorden.push(kaal.to_owned());
        if afgekapt || woorden.len() >= 4 {
            break;
        }
    }
    while woorden.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "aan" | "den" | "de" | "der" | "op" | "in" | "a/d"
        )
    }) {
        woorden.pop();
    }
    (!woorden.is_empty()).then(|| woorden.join(" "))
}

/// The names of "gemeenten A, B, C en D" or "gemeente A".
fn namen_na_gemeente(rest: &str) -> Vec<String> {
    let mut namen = Vec::new();
    let mut tekst = rest;
    while let Some(naam) = naam_vanaf(tekst) {
        namen.push(naam.clone());
        // Past the name and its separator.
        let Some(pos) = tekst.find(naam.split(' ').next_back().unwrap_or(&naam)) else {
            break;
        };
        let na = &tekst[pos + naam.split(' ').next_back().map_or(0, str::len)..];
        let na = na.trim_start_matches(['.', ')']);
        if let Some(r) = na.strip_prefix(", ") {
            tekst = r;
        } else if let Some(r) = na.strip_prefix(" en ") {
            tekst = r;
        } else if let Some(r) = na.strip_prefix(" & ") {
            tekst = r;
        } else {
            break;
        }
    }
    namen
}

/// The gemeente or gemeenten the plan is of.
///
/// "gemeenten A, B en C" names a joint plan; "gemeente A", the title ("Integraal
/// Veiligheidsbeleid Ridderkerk 2025-2028") and "in A" count for one; the name named most
/// often wins. `bekend` are names known to be gemeenten: a name among them counts more.
pub(crate) fn gemeenten(
    titel: &str,
    stukken: &[Stuk<'_>],
    bekend: &[String],
) -> Option<Gevonden<Vec<String>>> {
    let mut score: HashMap<String, (f64, String)> = HashMap::new();
    let mut gezamenlijk: Option<(Vec<String>, String)> = None;
    // A name is counted under the list's own spelling when the list knows it.
    let mut tel = |naam: String, gewicht: f64, waar: &str| {
        let naam = officiele_naam(&naam).unwrap_or(naam);
        let e = score.entry(naam).or_insert((0.0, waar.to_owned()));
        e.0 += gewicht;
    };
    let alles = std::iter::once(Stuk {
        kop: "titel",
        tekst: titel,
    })
    .chain(stukken.iter().map(|s| Stuk {
        kop: s.kop,
        tekst: s.tekst,
    }));
    for stuk in alles {
        let klein = stuk.tekst.to_lowercase();
        for (pos, _) in klein.match_indices("gemeente") {
            // Only "gemeente " or "gemeenten " as a word.
            if pos > 0
                && klein[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
            {
                continue;
            }
            let na = &stuk.tekst[pos..];
            let (meer, rest) = if let Some(r) = na
                .get(10..)
                .filter(|_| klein[pos..].starts_with("gemeenten "))
            {
                (true, r)
            } else if let Some(r) = na
                .get(9..)
                .filter(|_| klein[pos..].starts_with("gemeente "))
            {
                (false, r)
            } else {
                continue;
            };
            let namen = namen_na_gemeente(rest);
            if meer && namen.len() >= 2 && gezamenlijk.is_none() {
                gezamenlijk = Some((namen.clone(), stuk.kop.to_owned()));
            }
            for n in namen {
                let gewicht = if stuk.kop == "titel" { 3.0 } else { 1.0 };
                tel(n, gewicht, stuk.kop);
            }
        }
        for voorzetsel in [" in ", " binnen ", " van ", " voor "] {
            for (pos, _) in stuk.tekst.match_indices(voorzetsel) {
                if let Some(n) = naam_vanaf(&stuk.tekst[pos + voorzetsel.len()..]) {
                    if !n.contains(' ') {
                        tel(n, 0.25, stuk.kop);
                    }
                }
            }
        }
    }
    // The title: "Integraal Veiligheidsbeleid Ridderkerk 2025-2028".
    for w in titel.split_whitespace() {
        let kaal = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if kaal.chars().next().is_some_and(char::is_uppercase)
            && !GEEN_NAAM.contains(&kaal)
            && !is_plansoortwoord(kaal)
            && !kaal.chars().any(|c| c.is_ascii_digit())
        {
            tel(kaal.to_owned(), 1.0, "titel");
        }
    }
    // Every gemeente the text names in its own voice (not inside "Veiligheidsregio Utrecht"),
    // by the crate's list of gemeenten.
    let geen = EigenGemeenten::new();
    for stuk in std::iter::once(Stuk {
        kop: "titel",
        tekst: titel,
    })
    .chain(stukken.iter().map(|s| Stuk {
        kop: s.kop,
        tekst: s.tekst,
    })) {
        for v in vermeldingen(stuk.tekst, &geen) {
            let naam = match v.vorm {
                Vorm::Voormalig(oud) => oud.naam().to_owned(),
                _ => v.gemeente.naam().to_owned(),
            };
            let gewicht = if stuk.kop == "titel" { 1.0 } else { 0.25 };
            let e = score.entry(naam).or_insert((0.0, stuk.kop.to_owned()));
            e.0 += gewicht;
        }
    }
    for (naam, (s, _)) in score.iter_mut() {
        if bekend.iter().any(|b| b.eq_ignore_ascii_case(naam)) || officiele_naam(naam).is_some() {
            *s *= 4.0;
        } else {
            *s *= 0.2;
        }
    }
    if let Some((namen, waar)) = gezamenlijk {
        return Some(Gevonden {
            hoe: format!("\"gemeenten {}\"", namen.join(", ")),
            waarde: namen,
            waar,
            zeker: true,
        });
    }
    let mut lijst: Vec<(String, f64, String)> =
        score.into_iter().map(|(n, (s, w))| (n, s, w)).collect();
    lijst.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let (naam, s, waar) = lijst.first()?.clone();
    let tweede = lijst.get(1).map_or(0.0, |t| t.1);
    if s < 1.0 {
        return None;
    }
    Some(Gevonden {
        hoe: format!(
            "de naam die het vaakst als gemeente genoemd wordt ({s:.1} tegen {tweede:.1})"
        ),
        zeker: s >= 2.0 && s >= 2.0 * tweede,
        waarde: vec![naam],
        waar,
    })
}

/// The name as the crate's list of gemeenten writes it (a current or a former gemeente).
fn officiele_naam(naam: &str) -> Option<String> {
    match crate::gemeenten::zoek(naam)? {
        Benoemd::Gemeente(g) => Some(g.naam().to_owned()),
        Benoemd::Voormalig(v) => Some(v.naam().to_owned()),
    }
}

/// Words of a plan's title that are no name.
fn is_plansoortwoord(w: &str) -> bool {
    let k = w.to_lowercase();
    [
        "integraal",
        "integrale",
        "veiligheid",
        "veiligheidsbeleid",
        "veiligheidsplan",
        "veiligheidsaanpak",
        "beleidsplan",
        "masterplan",
        "uitvoeringsplan",
        "uitvoeringsprogramma",
        "jaarplan",
        "veiligheidsjaarplan",
        "actieplan",
        "gemeente",
        "gemeenten",
        "ivp",
        "ivb",
        "iv",
        "plan",
        "beleid",
        "nota",
        "kadernota",
        "veiligheidsanalyse",
        "analyse",
        "intitulé",
        "voorwoord",
        "inleiding",
        "samen",
        "veilig",
        "hoofdpagina",
        "hoofdstuk",
    ]
    .contains(&k.as_str())
}

/// Years of four digits from 1990 to 2099 in `tekst`, with their byte positions.
fn jaren(tekst: &str) -> Vec<(usize, i32)> {
    let b = tekst.as_bytes();
    let mut uit = Vec::new();
    let mut i = 0;
    while i + 4 <= b.len() {
        let voor = i == 0 || !b[i - 1].is_ascii_digit();
        let na = i + 4 == b.len() || !b[i + 4].is_ascii_digit();
        if voor && na && b[i..i + 4].iter().all(u8::is_ascii_digit) {
            let jaar = i32::from(b[i] - b'0') * 1000
                + i32::from(b[i + 1] - b'0') * 100
                + i32::from(b[i + 2] - b'0') * 10
                + i32::from(b[i + 3] - b'0');
            if (1990..=2099).contains(&jaar) {
                uit.push((i, jaar));
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    uit
}

/// Spans "2023-2026", "2023 – 2026", "2023 t/m 2026", "2023 tot en met 2026" in `tekst`.
fn spannen(tekst: &str) -> Vec<(i32, i32)> {
    let j = jaren(tekst);
    let mut uit = Vec::new();
    for w in j.windows(2) {
        let (p1, a) = w[0];
        let (p2, b) = w[1];
        let tussen = tekst.get(p1 + 4..p2).unwrap_or("").trim();
        let verbinding = matches!(tussen, "-" | "–" | "—" | "t/m" | "tot en met" | "tot" | "/");
        if verbinding && b >= a && b - a <= 8 {
            uit.push((a, b));
        }
    }
    uit
}

/// The period: a span of years in the title, else the span named most often near the start;
/// a one-year plan by the single year of its title.
pub(crate) fn periode(titel: &str, stukken: &[Stuk<'_>]) -> Option<Gevonden<Periode>> {
    if let Some(&(a, b)) = spannen(titel).first() {
        return Periode::jaren(a, b).ok().map(|p| Gevonden {
            waarde: p,
            waar: "titel".to_owned(),
            hoe: format!("\"{a}-{b}\" in de titel"),
            zeker: true,
        });
    }
    // A one-year plan names its year in the title: "... Staphorst 2017".
    if let [(_, jaar)] = jaren(titel).as_slice() {
        return Periode::jaren(*jaar, *jaar).ok().map(|p| Gevonden {
            waarde: p,
            waar: "titel".to_owned(),
            hoe: format!("het jaar {jaar} in de titel: een plan van één jaar"),
            zeker: false,
        });
    }
    let mut tel: HashMap<(i32, i32), (usize, String)> = HashMap::new();
    for s in stukken.iter().take(60) {
        for span in spannen(s.tekst) {
            tel.entry(span).or_insert((0, s.kop.to_owned())).0 += 1;
        }
    }
    // A geldigheidsregel of an official publication ("Geldend van 14-07-2023") is no period.
    let mut lijst: Vec<((i32, i32), (usize, String))> = tel.into_iter().collect();
    lijst.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| b.0.cmp(&a.0)));
    if let Some(((a, b), (n, waar))) = lijst.first().cloned() {
        return Periode::jaren(a, b).ok().map(|p| Gevonden {
            waarde: p,
            waar,
            hoe: format!("\"{a}-{b}\", {n} keer genoemd"),
            zeker: n >= 2,
        });
    }
    None
}

/// A date in `tekst`: "21 november 2019", "21 november", "12-12-2019".
fn datum_in(tekst: &str) -> Option<Besluitdatum> {
    let woorden: Vec<&str> = tekst.split_whitespace().collect();
    for (i, w) in woorden.iter().enumerate() {
        let kaal = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        // "12-12-2019".
        let delen: Vec<&str> = kaal.split('-').collect();
        if let [d, m, j] = delen.as_slice() {
            if let (Ok(d), Ok(m), Ok(j)) = (d.parse::<u32>(), m.parse::<u32>(), j.parse::<i32>()) {
                if j > 1900 {
                    if let Ok(b) = format!("{j:04}-{m:02}-{d:02}").parse() {
                        return Some(b);
                    }
                }
            }
        }
        let Ok(dag) = kaal.parse::<u32>() else {
            continue;
        };
        let Some(maand) = woorden
            .get(i + 1)
            .map(|m| m.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        else {
            continue;
        };
        if !MAANDEN.contains(&maand.as_str()) {
            continue;
        }
        let jaar = woorden
            .get(i + 2)
            .map(|j| j.trim_matches(|c: char| !c.is_ascii_digit()))
            .filter(|j| j.len() == 4)
            .and_then(|j| j.parse::<i32>().ok());
        let tekst = match jaar {
            Some(j) => format!("{dag} {maand} {j}"),
            None => format!("{dag} {maand}"),
        };
        if let Ok(b) = tekst.parse() {
            return Some(b);
        }
    }
    None
}

/// The adoption: a sentence saying the plan was adopted ("vastgesteld", "besloten"), by whom
/// and when: "De raad heeft op 21 november 2019 ... vastgesteld", "Aldus vastgesteld in de
/// openbare vergadering van de raad van 12 december 2019", "Vastgesteld door gemeenteraad
/// 12-12-2019".
pub(crate) fn vaststelling(stukken: &[Stuk<'_>]) -> Option<Gevonden<Vaststelling>> {
    for s in stukken {
        for zin in zinnen(s.tekst) {
            let klein = zin.to_lowercase();
            let stelt_vast = klein.contains("stelt")
                && (klein.ends_with(" vast")
                    || klein.ends_with(" vast.")
                    || klein.contains(" vast "));
            if !(klein.contains("vastgesteld") || klein.contains("besloten") || stelt_vast) {
                continue;
            }
            // About a draft or a plan to come, not an adoption.
            if klein.contains("wordt vastgesteld")
                || klein.contains("worden vastgesteld")
                || klein.contains("vast te stellen")
                || klein.contains("zal ")
                || klein.contains("startnotitie")
            {
                continue;
            }
            let door = if klein.contains("raad") {
                Orgaan::Raad
            } else if klein.contains("college") {
                Orgaan::College
            } else if klein.contains("driehoek") {
                Orgaan::Driehoek
            } else if klein.contains("burgemeester") {
                Orgaan::Burgemeester
            } else {
                continue;
            };
            let datum = datum_in(zin);
            let over_dit_plan = [
                "dit ivb",
                "dit ivp",
                "dit plan",
                "dit beleid",
                "dit integraal",
                "deze nota",
                "het ivp",
                "het ivb",
                "het integraal",
                "dit veiligheids",
            ]
            .iter()
            .any(|w| klein.contains(w));
            if datum.is_none() && !klein.contains("aldus") && !over_dit_plan {
                continue;
            }
            return Some(Gevonden {
                waarde: Vaststelling {
                    gemeente: None,
                    door,
                    datum,
                },
                waar: s.kop.to_owned(),
                hoe: format!("\"{}\"", kort(zin, 120)),
                zeker: datum.is_some(),
            });
        }
    }
    None
}

/// The sentences of a text: split at a blank line (a text of several paragraphs, as an
/// imported chapter is kept) and, within a paragraph, after '.', '!' or '?' followed by white
/// space and a capital.
pub(crate) fn zinnen(tekst: &str) -> Vec<&str> {
    let mut uit = Vec::new();
    for alinea in tekst.split("\n\n") {
        let mut begin = 0;
        let tekens: Vec<(usize, char)> = alinea.char_indices().collect();
        for w in tekens.windows(3) {
            let (_, a) = w[0];
            let (_, b) = w[1];
            let (p, c) = w[2];
            if matches!(a, '.' | '!' | '?') && b.is_whitespace() && c.is_uppercase() {
                uit.push(alinea[begin..p].trim());
                begin = p;
            }
        }
        uit.push(alinea[begin..].trim());
    }
    uit.retain(|z| !z.is_empty());
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stuk(t: &str) -> Vec<Stuk<'_>> {
        vec![Stuk {
            kop: "Inleiding",
            tekst: t,
        }]
    }

    /// A sentence ends at its paragraph: a list announced in one paragraph does not run on
    /// into the next ones (found by `niets_gaat_verloren`).
    #[test]
    fn een_zin_eindigt_bij_zijn_alinea() {
        let tekst =
            "Onze prioriteiten volgen.\n\nDit willen we bereiken door:\n\nAfspraken en acties.";
        assert_eq!(
            zinnen(tekst),
            [
                "Onze prioriteiten volgen.",
                "Dit willen we bereiken door:",
                "Afspraken en acties."
            ]
        );
        assert_eq!(
            zinnen("Een. Twee!\nDrie? vier."),
            ["Een.", "Twee!", "Drie? vier."]
        );
    }

    #[test]
    fn gezamenlijke_gemeenten() {
        let g = gemeenten(
            "Integrale Veiligheidsaanpak gemeenten Kampen, Steenwijkerland, Zwartewaterland en Staphorst 2017.",
            &[],
            &[],
        );
        assert_eq!(
            g.map(|g| g.waarde),
            Some(vec![
                "Kampen".into(),
                "Steenwijkerland".into(),
                "Zwartewaterland".into(),
                "Staphorst".into()
            ])
        );
    }

    #[test]
    fn gemeente_uit_titel_en_tekst() {
        let t = "Binnen de gemeente Ridderkerk werken we samen. In Ridderkerk is het veilig.";
        let g = gemeenten(
            "Integraal Veiligheidsbeleid Ridderkerk 2025-2028",
            &stuk(t),
            &[],
        );
        assert_eq!(g.map(|g| g.waarde), Some(vec!["Ridderkerk".into()]));
        let g = gemeenten(
            "Plan",
            &stuk("De gemeente Alphen aan den Rijn is groot."),
            &[],
        );
        assert_eq!(
            g.map(|g| g.waarde),
            Some(vec!["Alphen aan den Rijn".into()])
        );
    }

    #[test]
    fn periode_uit_titel_of_tekst() {
        let p = periode("Integraal Veiligheidsbeleid 2023 – 2026", &[]).map(|g| g.waarde);
        assert_eq!(p, Periode::jaren(2023, 2026).ok());
        let p = periode("Plan 2017", &[]).map(|g| g.waarde);
        assert_eq!(p, Periode::jaren(2017, 2017).ok());
        let p = periode(
            "Plan",
            &stuk("Voor de periode 2024 t/m 2027 en weer 2024-2027."),
        )
        .map(|g| g.waarde);
        assert_eq!(p, Periode::jaren(2024, 2027).ok());
    }

    #[test]
    fn vaststelling_door_de_raad() {
        let v = vaststelling(&stuk(
            "Met de besluitvorming over dit IVB stelt de gemeenteraad de gestelde doelen vast.",
        ))
        .map(|g| g.waarde);
        assert_eq!(v.map(|v| (v.door, v.datum)), Some((Orgaan::Raad, None)));
        let v = vaststelling(&stuk("De raad heeft op 21 november het plan vastgesteld."))
            .map(|g| g.waarde);
        assert_eq!(
            v.map(|v| (v.door, v.datum.map(|d| d.to_string()))),
            Some((Orgaan::Raad, Some("21 november".into())))
        );
        let v = vaststelling(&stuk(
            "Vastgesteld door gemeenteraad 12-12-2019; inwerkingtreding 01-01-2020.",
        ))
        .map(|g| g.waarde);
        assert_eq!(
            v.and_then(|v| v.datum).map(|d| d.to_string()),
            Some("2019-12-12".into())
        );
        assert!(vaststelling(&stuk("Het plan wordt vastgesteld door de raad.")).is_none());
    }
}
