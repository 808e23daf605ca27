//! Plain text and Markdown to blocks: headings, paragraphs, list items and tables, with page
//! headers, footers and page numbers left out.
//!
//! Text comes as `pdftotext -layout` gives it (hard-wrapped lines, paragraphs between blank
//! lines, pages split by form feeds), as a copy from a browser gives it (one line per
//! paragraph), or as Markdown (`#` headings, `-` lists, `|` tables).

use std::collections::{HashMap, HashSet};

use super::blok::{Blok, Kop};

/// Reads `tekst` into blocks; the page furniture left out is returned beside them, each
/// distinct line once.
pub(crate) fn blokken(tekst: &str) -> (Vec<Blok>, Vec<String>) {
    let tekst = tekst.replace("\r\n", "\n").replace('\r', "\n");
    let (regels, weggelaten) = zonder_paginarand(&tekst);
    let mut uit = Vec::new();
    let mut i = 0;
    // Whether the text is hard-wrapped (pdftotext): then lines in one block are joined.
    let omgebroken = is_omgebroken(&regels);
    while i < regels.len() {
        let regel = regels[i].as_str();
        let kaal = regel.trim();
        if kaal.is_empty() {
            i += 1;
            continue;
        }
        // A Markdown table: consecutive lines starting with '|'.
        if kaal.starts_with('|') {
            let mut rijen = Vec::new();
            while let Some(r) = regels.get(i).map(|r| r.trim()) {
                if !r.starts_with('|') {
                    break;
                }
                if !is_scheidingsrij(r) {
                    rijen.push(cellen(r));
                }
                i += 1;
            }
            uit.push(Blok::Tabel(rijen));
            continue;
        }
        let volgende_leeg = regels.get(i + 1).is_none_or(|r| r.trim().is_empty());
        let vorige_leeg = i == 0 || regels.get(i - 1).is_some_and(|r| r.trim().is_empty());
        if let Some(kop) = kop_uit(kaal, vorige_leeg, volgende_leeg, &regels[i + 1..]) {
            uit.push(Blok::Kop(kop));
            i += 1;
            continue;
        }
        // A bullet alone on its line ("- •", "•", "- 1."): the item is the next line.
        if is_los_opsommingsteken(kaal) {
            if let Some(volgende) = regels.get(i + 1).map(|r| r.trim()) {
                if !volgende.is_empty() {
                    uit.push(Blok::Alinea {
                        tekst: volgende.to_owned(),
                        opsomming: true,
                    });
                    i += 2;
                    continue;
                }
            }
            // A bullet with nothing after it is kept as it stands.
            uit.push(Blok::Alinea {
                tekst: kaal.to_owned(),
                opsomming: false,
            });
            i += 1;
            continue;
        }
        let (tekst, opsomming) = match opsommingstekst(kaal) {
            Some(t) => (t.to_owned(), true),
            None => (kaal.to_owned(), false),
        };
        let mut alinea = tekst;
        i += 1;
        // Continuation lines of a hard-wrapped paragraph or list item.
        while let Some(r) = regels.get(i) {
            let r = r.trim();
            if r.is_empty()
                || r.starts_with('|')
                || opsommingstekst(r).is_some()
                || is_los_opsommingsteken(r)
                || kop_uit(r, false, false, &[]).is_some()
                || !hoort_erbij(&alinea, r, omgebroken)
            {
                break;
            }
            if alinea.ends_with('-') && r.chars().next().is_some_and(char::is_lowercase) {
                // A word broken at the end of the line: "veilig-" "heid".
                alinea.pop();
            } else {
                alinea.push(' ');
            }
            alinea.push_str(r);
            i += 1;
        }
        uit.push(Blok::Alinea {
            tekst: alinea,
            opsomming,
        });
    }
    (inhoudsopgave_weg(uit), weggelaten)
}

/// Whether line `volgende` continues the paragraph `alinea`.
fn hoort_erbij(alinea: &str, volgende: &str, omgebroken: bool) -> bool {
    let eindigt_open = !alinea.ends_with(['.', ':', ';', '!', '?', '"', '”', '’']);
    let begint_klein = volgende
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '(');
    if omgebroken {
        eindigt_open || begint_klein
    } else {
        eindigt_open && begint_klein
    }
}

/// Whether most lines are hard-wrapped: many lines followed by another line in the same
/// block, and of a width near the longest.
fn is_omgebroken(regels: &[String]) -> bool {
    let niet_leeg: Vec<&String> = regels.iter().filter(|r| !r.trim().is_empty()).collect();
    if niet_leeg.len() < 8 {
        return false;
    }
    let mut lengtes: Vec<usize> = niet_leeg.iter().map(|r| r.trim().chars().count()).collect();
    lengtes.sort_unstable();
    let p90 = lengtes[lengtes.len() * 9 / 10];
    // A browser copy has long lines (whole paragraphs); pdftotext wraps at about 70 to 110.
    if p90 > 140 {
        return false;
    }
    let vervolg = regels
        .windows(2)
        .filter(|w| !w[0].trim().is_empty() && !w[1].trim().is_empty())
        .filter(|w| w[1].trim().chars().next().is_some_and(char::is_lowercase))
        .count();
    vervolg * 5 >= niet_leeg.len()
}

/// A list item's text without its marker: "- ", "* ", "• ", "1. ", "a) ".
pub(crate) fn opsommingstekst(regel: &str) -> Option<&str> {
    for teken in ["- ", "* ", "• ", "· ", "– ", "o ", "▪ ", "\u{f0b7} "] {
        if let Some(rest) = regel.strip_prefix(teken) {
            let rest = rest.trim_start();
            // "- •" followed by text on the same line.
            let rest = rest.strip_prefix('•').map(str::trim_start).unwrap_or(rest);
            if !rest.is_empty() {
                return Some(rest);
            }
        }
    }
    None
}

/// A bullet alone on its line, as a copy from an official publication gives them.
fn is_los_opsommingsteken(regel: &str) -> bool {
    let r = regel.trim();
    matches!(r, "•" | "-" | "- •" | "- -" | "*" | "▪" | "o" | "- o")
        || r.strip_prefix("- ").map(str::trim).is_some_and(|n| {
            n.len() <= 4
                && n.ends_with(['.', ')'])
                && n[..n.len() - 1].chars().all(|c| c.is_ascii_alphanumeric())
        })
}

fn is_scheidingsrij(regel: &str) -> bool {
    regel
        .chars()
        .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'))
}

fn cellen(regel: &str) -> Vec<String> {
    let r = regel.trim();
    let r = r.strip_prefix('|').unwrap_or(r);
    let r = r.strip_suffix('|').unwrap_or(r);
    r.split('|').map(|c| c.trim().to_owned()).collect()
}

/// The number of a numbered heading ("2.", "3.2.1", "1. 2"), its depth and the rest of the
/// line. Each part has one or two digits, so a year is no number.
pub(crate) fn nummer(regel: &str) -> Option<(String, usize, &str)> {
    let mut delen: Vec<&str> = Vec::new();
    let mut rest = regel;
    loop {
        let cijfers = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if cijfers == 0 || cijfers > 2 {
            return None;
        }
        delen.push(&rest[..cijfers]);
        rest = &rest[cijfers..];
        let Some(na) = rest.strip_prefix('.') else {
            break;
        };
        rest = na;
        // "1.2" or "1. 2": the next part follows the dot, perhaps after one space.
        let na_spatie = na.strip_prefix(' ').unwrap_or(na);
        let volgende = na_spatie.len()
            - na_spatie
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let daarna = &na_spatie[volgende..];
        if (1..=2).contains(&volgende)
            && (daarna.starts_with([' ', '.', '\t']) || daarna.is_empty())
        {
            rest = na_spatie;
        } else {
            break;
        }
    }
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some((delen.join("."), delen.len(), rest.trim()))
}

/// A heading, if the line is one: Markdown `#`, a numbered heading, "Hoofdstuk 3: ...", or a
/// short line standing alone.
fn kop_uit(regel: &str, vorige_leeg: bool, volgende_leeg: bool, daarna: &[String]) -> Option<Kop> {
    let kaal = regel.trim();
    if kaal.is_empty() || kaal.chars().count() > 120 {
        return None;
    }
    // Markdown.
    let hekjes = kaal.len() - kaal.trim_start_matches('#').len();
    if (1..=6).contains(&hekjes) && kaal[hekjes..].starts_with(' ') {
        let titel = kaal[hekjes..].trim().trim_end_matches('#').trim();
        if titel.is_empty() {
            return None;
        }
        let (nr, titel) = match nummer(titel) {
            Some((nr, _, rest)) if !rest.is_empty() => (Some(nr), rest),
            _ => (None, titel),
        };
        return Some(Kop::new(hekjes, nr, titel, kaal));
    }
    // "=== Titel ===".
    if let Some(t) = kaal.strip_prefix("===").and_then(|t| t.strip_suffix("===")) {
        let t = t.trim();
        if !t.is_empty() {
            return Some(Kop::new(1, None, t, kaal));
        }
    }
    let eind_leesteken = kaal.ends_with(['.', ',', ';', ':', '!', '?']);
    // "Hoofdstuk 5: Aanpak" / "Hoofdstuk 5 Aanpak".
    let klein = kaal.to_lowercase();
    if let Some(rest) = klein.strip_prefix("hoofdstuk ") {
        if rest.starts_with(|c: char| c.is_ascii_digit()) && !eind_leesteken {
            let begin = kaal.len() - rest.len();
            let na = &kaal[begin..];
            let cijfers = na.len() - na.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let titel = na[cijfers..]
                .trim_start_matches([':', '.', ' ', '-', '–'])
                .trim();
            return Some(Kop::new(1, Some(na[..cijfers].to_owned()), titel, kaal));
        }
    }
    // Numbered: "2. Ondermijning", "3.2.1 TOPX", "1. 2 Burenruzies".
    if let Some((nr, diepte, titel)) = nummer(kaal) {
        let woorden = titel.split_whitespace().count();
        let eerste = titel.chars().next();
        let bruikbaar = (1..=14).contains(&woorden) && !eind_leesteken;
        if bruikbaar
            && eerste.is_some_and(|c| c.is_alphabetic() || c == '(' || c == '\'' || c == '‘')
            && !is_inhoudsregel(kaal)
        {
            return Some(Kop::new(diepte, Some(nr), titel, kaal));
        }
        return None;
    }
    // A short line standing alone: starts with a capital, no closing punctuation, followed by
    // text. Followed by a Markdown heading it is a paragraph: a heading in Markdown has its
    // '#' ("Geldend van 14-07-2023 t/m heden" under a heading of its own).
    let woorden = kaal.split_whitespace().count();
    let eerste = kaal.chars().next();
    let volgt_tekst = daarna
        .iter()
        .find(|r| !r.trim().is_empty())
        .is_some_and(|r| {
            let r = r.trim();
            let markdownkop = r.starts_with('#') && r.trim_start_matches('#').starts_with(' ');
            !markdownkop && (r.chars().count() > kaal.chars().count() || nummer(r).is_some())
        });
    if (1..=8).contains(&woorden)
        && kaal.chars().count() <= 70
        && eerste.is_some_and(char::is_uppercase)
        && !eind_leesteken
        && !kaal.ends_with(['"', '”', '’', '\'', ')'])
        && !kaal.starts_with(['“', '"', '‘', '\''])
        && (vorige_leeg || !volgende_leeg)
        && volgt_tekst
        && !is_inhoudsregel(kaal)
        && !kaal.contains("://")
    {
        return Some(Kop::new(0, None, kaal, kaal));
    }
    None
}

/// A line of a table of contents: dot leaders or a page number after a title.
fn is_inhoudsregel(regel: &str) -> bool {
    let r = regel.trim_end();
    let zonder_getal = r.trim_end_matches(|c: char| c.is_ascii_digit());
    let getal = r.len() - zonder_getal.len();
    (getal > 0 && getal <= 3 && (zonder_getal.ends_with("..") || zonder_getal.ends_with("…")))
        || r.contains(".....")
        || r.contains("……")
}

/// A table of contents (headings that return later in the text, with nothing under them
/// here) becomes paragraphs under the heading before it, so that headings stand once.
fn inhoudsopgave_weg(blokken: Vec<Blok>) -> Vec<Blok> {
    let mut later: HashMap<String, usize> = HashMap::new();
    for b in &blokken {
        if let Blok::Kop(k) = b {
            *later.entry(k.sleutel()).or_default() += 1;
        }
    }
    let mut uit = Vec::with_capacity(blokken.len());
    let mut gezien: HashMap<String, usize> = HashMap::new();
    let mut blokken = blokken.into_iter().peekable();
    while let Some(b) = blokken.next() {
        match b {
            Blok::Kop(k) => {
                let sleutel = k.sleutel();
                let keer = gezien.entry(sleutel.clone()).or_default();
                *keer += 1;
                let totaal = later.get(&sleutel).copied().unwrap_or(0);
                let leeg = matches!(blokken.peek(), Some(Blok::Kop(_)) | None);
                if *keer < totaal && leeg {
                    uit.push(Blok::Alinea {
                        tekst: k.origineel,
                        opsomming: false,
                    });
                } else {
                    uit.push(Blok::Kop(k));
                }
            }
            ander => uit.push(ander),
        }
    }
    uit
}

/// The lines without page furniture: form feeds split pages; a line that repeats at the top
/// or bottom of many pages (digits ignored) is a header or footer; a line that is only a page
/// number ("12", "- 12 -", "Pagina 12 van 40") is left out anywhere.
fn zonder_paginarand(tekst: &str) -> (Vec<String>, Vec<String>) {
    let paginas: Vec<Vec<&str>> = tekst.split('\u{c}').map(|p| p.lines().collect()).collect();
    let mut rand: HashSet<String> = HashSet::new();
    if paginas.len() >= 3 {
        let mut tel: HashMap<String, usize> = HashMap::new();
        for p in &paginas {
            let inhoud: Vec<&&str> = p.iter().filter(|r| !r.trim().is_empty()).collect();
            let mut op_pagina = HashSet::new();
            // Only a page with body text has a header and footer apart from it.
            if inhoud.len() < 6 {
                continue;
            }
            let randregels = inhoud.iter().take(2).chain(inhoud.iter().rev().take(2));
            for r in randregels {
                op_pagina.insert(randvorm(r));
            }
            for v in op_pagina {
                *tel.entry(v).or_default() += 1;
            }
        }
        let drempel = (paginas.len() / 2).max(3);
        rand = tel
            .into_iter()
            .filter(|(v, n)| *n >= drempel && !v.is_empty())
            .map(|(v, _)| v)
            .collect();
    }
    let mut regels = Vec::new();
    let mut weggelaten: Vec<String> = Vec::new();
    let mut gemeld: HashSet<String> = HashSet::new();
    for (pi, p) in paginas.iter().enumerate() {
        if pi > 0 {
            regels.push(String::new());
        }
        for r in p {
            let kaal = r.trim();
            let weg = !kaal.is_empty() && (is_paginanummer(kaal) || rand.contains(&randvorm(kaal)));
            if weg {
                if gemeld.insert(randvorm(kaal)) {
                    weggelaten.push(kaal.to_owned());
                }
                continue;
            }
            regels.push((*r).to_owned());
        }
    }
    (regels, weggelaten)
}

/// A line as compared across pages: trimmed, each number as '#', spaces collapsed.
fn randvorm(regel: &str) -> String {
    let mut uit = String::new();
    for w in regel.split_whitespace() {
        if !uit.is_empty() {
            uit.push(' ');
        }
        // A number of any length is one '#': "1/12" and "10/12" are the same footer.
        for c in w.chars() {
            if !c.is_ascii_digit() {
                uit.push(c);
            } else if !uit.ends_with('#') {
                uit.push('#');
            }
        }
    }
    uit
}

/// A line that is only a page number.
fn is_paginanummer(regel: &str) -> bool {
    let r = regel
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c == ' ');
    if !r.is_empty() && r.len() <= 4 && r.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let klein = r.to_lowercase();
    for voor in ["pagina ", "blz. ", "page "] {
        if let Some(rest) = klein.strip_prefix(voor) {
            let mut delen = rest.split_whitespace();
            let eerste = delen.next().unwrap_or("");
            let ok = !eerste.is_empty() && eerste.chars().all(|c| c.is_ascii_digit());
            let rest: Vec<&str> = delen.collect();
            let staart = matches!(rest.as_slice(), [] | ["van" | "of" | "/", _]);
            if ok && staart {
                return true;
            }
        }
    }
    // "12 / 40", "12 van 40".
    let delen: Vec<&str> = r.split_whitespace().collect();
    matches!(delen.as_slice(), [a, "/" | "van", b] if a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit()) && a.len() <= 4 && b.len() <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn koppen(tekst: &str) -> Vec<String> {
        blokken(tekst)
            .0
            .into_iter()
            .filter_map(|b| match b {
                Blok::Kop(k) => Some(format!("{}|{}", k.niveau, k.titel)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn genummerde_koppen_en_hun_diepte() {
        let t = "1. Inleiding\nTekst van de inleiding die lang genoeg is.\n1.1 Wettelijke basis\nMeer tekst hier over de wet.\n1. 2 Burenruzies\nLangslepende burenruzies escaleren soms.\n";
        assert_eq!(
            koppen(t),
            ["1|Inleiding", "2|Wettelijke basis", "2|Burenruzies"]
        );
    }

    #[test]
    fn een_genummerde_zin_is_geen_kop() {
        let t = "1. Het reduceren van de risico's voor de samenleving die uitgaan van radicalisering;\n";
        assert!(koppen(t).is_empty());
        assert!(koppen("2017 was een goed jaar voor de veiligheid in de gemeente.\n").is_empty());
    }

    #[test]
    fn paginanummers_en_kopregels_weg() {
        let mut t = String::new();
        for p in 1..=4 {
            t.push_str("Integraal Veiligheidsplan Utrecht\n\n");
            for w in ["inbraak", "overlast", "jeugd", "ondermijning", "zorg"] {
                t.push_str(&format!("Over {w} op pagina {p}: {}.\n\n", w.repeat(p)));
            }
            t.push_str(&format!("{p}\n\u{c}"));
        }
        let (b, weg) = blokken(&t);
        assert_eq!(b.len(), 20, "{b:?}");
        assert!(weg
            .iter()
            .any(|w| w.contains("Integraal Veiligheidsplan Utrecht")));
        assert!(weg.iter().any(|w| w == "1"));
    }

    #[test]
    fn omgebroken_alinea_wordt_een() {
        let t = "Dit is een lange zin die door pdftotext over meerdere\nregels is gebroken omdat de pagina smal is en de\ntekst doorloopt tot hier.\n\nEen tweede alinea die ook\nover twee regels loopt.\n\nDerde alinea staat hier op een regel.\nVierde alinea volgt hier meteen op.\nen dit hoort er nog bij.\n";
        let (b, _) = blokken(t);
        let alineas: Vec<&str> = b
            .iter()
            .filter_map(|b| match b {
                Blok::Alinea { tekst, .. } => Some(tekst.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(alineas.len(), 4, "{alineas:?}");
        assert!(alineas[0].ends_with("tot hier."));
    }

    #[test]
    fn los_opsommingsteken_en_markdown() {
        let t = "- •\nEerste punt;\n- •\nTweede punt.\n\n## 4.1 Ondermijning\n\n| Indicator | Nulmeting | Streefwaarde |\n| --- | --- | --- |\n| Inbraken | 120 | 100 |\n";
        let (b, _) = blokken(t);
        assert!(
            matches!(&b[0], Blok::Alinea { tekst, opsomming: true } if tekst == "Eerste punt;")
        );
        assert!(
            matches!(&b[2], Blok::Kop(k) if k.niveau == 2 && k.nummer.as_deref() == Some("4.1"))
        );
        assert!(matches!(&b[3], Blok::Tabel(r) if r.len() == 2));
    }
}
