//! Words as the recognition compares them: split, folded, Dutch compounds and elisions resolved,
//! and reduced to a simple stem, so that "Woninginbraken" and "woninginbraak", "Zorg &
//! Veiligheid" and "zorg en veiligheid", "vermogens- en geweldscriminaliteit" and
//! "vermogenscriminaliteit" meet.

use crate::naam;

/// Words that carry no subject: articles, prepositions, conjunctions, and the filler words of
/// plan headings ("overige thema's"). Sorted, for a binary search.
const STOPWOORDEN: &[&str] = &[
    "aan",
    "al",
    "als",
    "andere",
    "bij",
    "bijv",
    "binnen",
    "bv",
    "ca",
    "daar",
    "dan",
    "dat",
    "de",
    "den",
    "der",
    "des",
    "deze",
    "die",
    "dit",
    "door",
    "een",
    "eens",
    "elkaar",
    "en",
    "enz",
    "er",
    "etc",
    "gaan",
    "gaat",
    "hen",
    "het",
    "hier",
    "hij",
    "hoe",
    "hun",
    "ik",
    "in",
    "inclusief",
    "is",
    "je",
    "jij",
    "kan",
    "kunnen",
    "m",
    "maar",
    "mbt",
    "meer",
    "met",
    "mijn",
    "moet",
    "moeten",
    "naar",
    "nb",
    "niet",
    "nl",
    "nog",
    "o",
    "of",
    "om",
    "ons",
    "onze",
    "ook",
    "op",
    "over",
    "overig",
    "overige",
    "per",
    "rond",
    "rondom",
    "te",
    "tegen",
    "ten",
    "ter",
    "thema",
    "themas",
    "tot",
    "tussen",
    "u",
    "uw",
    "van",
    "via",
    "voor",
    "waar",
    "waarom",
    "waaronder",
    "wat",
    "we",
    "wel",
    "welke",
    "wie",
    "wij",
    "worden",
    "wordt",
    "ze",
    "zgn",
    "zich",
    "zij",
    "zijn",
    "zo",
    "zoals",
    "zowel",
];

/// Stems that say a name is about safety or about an approach without saying which: "Veilig
/// uitgaan" is named by "uitgaan", "Jeugd en veiligheid" by "jeugd". A name whose other words
/// all stand in the input counts as present.
const GENERIEK: &[&str] = &["aanpak", "veilig", "veiligheid"];

/// Whether the (normalised) word is a stop word.
pub(super) fn is_stopwoord(woord: &str) -> bool {
    STOPWOORDEN.binary_search(&woord).is_ok()
}

/// Whether the stem is one of the generic words of names.
pub(super) fn is_generiek(stam: &str) -> bool {
    GENERIEK.contains(&stam)
}

/// A light Dutch stemmer: plural and inflection endings off ("-en", "-s", "-e", "-heden"),
/// a doubled final consonant single, "v"/"z" at the end as "f"/"s", and every doubled vowel
/// single, so that singular and plural ("inbraak", "inbraken"; "persoon", "personen") and
/// inflected adjectives ("veilige", "veilig") meet. Words with digits or letters outside ASCII
/// stay as they are.
pub(super) fn stam(woord: &str) -> String {
    if !woord.bytes().all(|b| b.is_ascii_lowercase()) {
        return woord.to_owned();
    }
    let mut s = woord.to_owned();
    // Latin plurals: "winkelcentra" is "winkelcentrum".
    for (meervoud, enkelvoud) in [("centra", "centrum"), ("musea", "museum")] {
        if let Some(begin) = woord.strip_suffix(meervoud) {
            s = format!("{begin}{enkelvoud}");
        }
    }
    if s.len() > 6 && s.ends_with("heden") {
        s.truncate(s.len() - 5);
        s.push_str("heid");
    } else if s.len() > 4 && s.ends_with("en") {
        s.truncate(s.len() - 2);
    } else {
        let b = s.as_bytes();
        let n = b.len();
        if n > 4 && b[n - 1] == b's' && !matches!(b[n - 2], b's' | b'i' | b'u') {
            s.truncate(n - 1);
        }
        if s.len() > 4 && s.ends_with('e') {
            s.truncate(s.len() - 1);
        }
    }
    let b = s.as_bytes();
    let n = b.len();
    if n > 3 && b[n - 1] == b[n - 2] && !is_klinker(b[n - 1]) {
        s.truncate(n - 1);
    }
    if s.ends_with('v') {
        s.pop();
        s.push('f');
    } else if s.ends_with('z') {
        s.pop();
        s.push('s');
    }
    let mut uit = String::with_capacity(s.len());
    let mut vorige = None;
    for c in s.chars() {
        if vorige == Some(c) && matches!(c, 'a' | 'e' | 'o' | 'u') {
            continue;
        }
        uit.push(c);
        vorige = Some(c);
    }
    uit
}

fn is_klinker(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// One word of a text as written: its folded form and where it stands.
#[derive(Debug, Clone)]
struct Woord {
    /// Lowercase, accents folded (as [`naam::normaliseer`] does).
    tekst: String,
    begin: usize,
    eind: usize,
    /// "x-y": joined to the next word by a hyphen.
    vast_aan_volgende: bool,
    /// "woon- en leefomgeving": the head of the compound is left out after the hyphen.
    open_na: bool,
    /// "jeugdoverlast en -criminaliteit": the start of the compound is left out before it.
    open_voor: bool,
}

/// The words of `tekst`: runs of letters and digits; "&" is the word "en".
fn woorden(tekst: &str) -> Vec<Woord> {
    let mut uit: Vec<Woord> = Vec::new();
    let mut begin: Option<usize> = None;
    let mut open_voor = false;
    let mut vorige: Option<char> = None;
    let mut tekens = tekst.char_indices().peekable();
    while let Some((i, c)) = tekens.next() {
        if c.is_alphanumeric() {
            if begin.is_none() {
                begin = Some(i);
            }
            vorige = Some(c);
            continue;
        }
        if let Some(b) = begin.take() {
            uit.push(Woord {
                tekst: naam::normaliseer(&tekst[b..i]),
                begin: b,
                eind: i,
                vast_aan_volgende: false,
                open_na: false,
                open_voor: core::mem::take(&mut open_voor),
            });
        }
        let volgende = tekens.peek().map(|&(_, n)| n);
        let na_letter = vorige.is_some_and(char::is_alphanumeric);
        let voor_letter = volgende.is_some_and(char::is_alphanumeric);
        match c {
            '-' | '\u{2010}' | '\u{2011}' => {
                if let (true, Some(w)) = (na_letter, uit.last_mut()) {
                    if voor_letter {
                        w.vast_aan_volgende = true;
                    } else {
                        w.open_na = true;
                    }
                } else if voor_letter {
                    open_voor = true;
                }
            }
            '&' => uit.push(Woord {
                tekst: "en".to_owned(),
                begin: i,
                eind: i + c.len_utf8(),
                vast_aan_volgende: false,
                open_na: false,
                open_voor: false,
            }),
            _ => open_voor = false,
        }
        vorige = Some(c);
    }
    if let Some(b) = begin {
        uit.push(Woord {
            tekst: naam::normaliseer(&tekst[b..]),
            begin: b,
            eind: tekst.len(),
            vast_aan_volgende: false,
            open_na: false,
            open_voor,
        });
    }
    uit
}

/// One compared word: its stem and the bytes of the text it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    pub stam: String,
    pub begin: usize,
    pub eind: usize,
}

/// Whether a word joins the parts of an elision ("woon- en leefomgeving").
fn is_voegwoord(w: &str) -> bool {
    matches!(w, "en" | "of" | "tot")
}

/// The stems of `tekst` that carry meaning, in order.
///
/// `bekend` says whether a stem is in the vocabulary: a hyphenated compound ("Informatie-
/// veiligheid") is one word when it is known and its parts otherwise; an elided compound
/// ("vermogens- en geweldscriminaliteit", "jeugdoverlast en -criminaliteit") is completed with
/// the part of its neighbour that is a known word. With `beide` (for the index) a hyphenated
/// compound gives both the whole and its parts.
pub(super) fn tokens(tekst: &str, bekend: &dyn Fn(&str) -> bool, beide: bool) -> Vec<Token> {
    let w = woorden(tekst);
    let mut uit = Vec::new();
    let mut i = 0;
    while i < w.len() {
        // A hyphenated run "a-b-c".
        let mut j = i;
        while j + 1 < w.len() && w[j].vast_aan_volgende {
            j += 1;
        }
        if j > i {
            let geheel: String = w[i..=j].iter().map(|d| d.tekst.as_str()).collect();
            let geheel_stam = stam(&geheel);
            let heel = bekend(&geheel_stam);
            if beide || heel {
                voeg_toe(&mut uit, geheel_stam, w[i].begin, w[j].eind);
            }
            if beide || !heel {
                for d in &w[i..=j] {
                    if !is_stopwoord(&d.tekst) {
                        voeg_toe(&mut uit, stam(&d.tekst), d.begin, d.eind);
                    }
                }
            }
            i = j + 1;
            continue;
        }
        let d = &w[i];
        i += 1;
        if is_stopwoord(&d.tekst) {
            continue;
        }
        let mut tekst = d.tekst.clone();
        if d.open_na {
            // The head comes from the next word that is not open itself.
            if let Some(v) = w[i..]
                .iter()
                .find(|v| !v.open_na && !is_voegwoord(&v.tekst))
            {
                if let Some(kop) = deel(&v.tekst, bekend, true) {
                    tekst.push_str(kop);
                }
            }
        } else if d.open_voor {
            // The start comes from the word before the conjunction.
            let vorige = w[..i - 1].iter().rev().find(|v| !is_voegwoord(&v.tekst));
            if let Some(begin) = vorige.and_then(|v| deel(&v.tekst, bekend, false)) {
                tekst = format!("{begin}{}", d.tekst);
            }
        }
        voeg_toe(&mut uit, stam(&tekst), d.begin, d.eind);
    }
    uit
}

/// The part of the compound `woord` that another word shares: with `kop`, the longest known
/// end of it ("omgeving" of "leefomgeving"); otherwise the start before its longest known end
/// ("jeugd" of "jeugdoverlast").
fn deel<'w>(woord: &'w str, bekend: &dyn Fn(&str) -> bool, kop: bool) -> Option<&'w str> {
    woord
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i >= 2 && woord.len() - i >= 4)
        .find(|&i| bekend(&stam(&woord[i..])))
        .map(|i| if kop { &woord[i..] } else { &woord[..i] })
}

fn voeg_toe(uit: &mut Vec<Token>, stam: String, begin: usize, eind: usize) {
    let zinvol = stam.chars().count() >= 2 && !stam.bytes().all(|b| b.is_ascii_digit());
    if zinvol {
        uit.push(Token { stam, begin, eind });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stammen(tekst: &str, bekend: &[&str]) -> Vec<String> {
        tokens(tekst, &|s| bekend.contains(&s), false)
            .into_iter()
            .map(|t| t.stam)
            .collect()
    }

    #[test]
    fn stopwoorden_zijn_gesorteerd() {
        assert!(STOPWOORDEN.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn enkelvoud_en_meervoud_komen_samen() {
        for (a, b) in [
            ("woninginbraak", "woninginbraken"),
            ("persoon", "personen"),
            ("veilig", "veilige"),
            ("straatroof", "straatroven"),
            ("evenement", "evenementen"),
            ("drug", "drugs"),
            ("crime", "crimes"),
            ("jongere", "jongeren"),
            ("kern", "kernen"),
            ("winkelcentrum", "winkelcentra"),
        ] {
            assert_eq!(stam(a), stam(b), "{a} / {b}");
        }
        assert_ne!(stam("crisis"), stam("cris"));
        assert_eq!(stam("veiligheid"), "veiligheid");
        assert_eq!(stam("5.2"), "5.2");
    }

    #[test]
    fn samenstellingen_en_weglatingen() {
        let bekend = [
            "omgeving",
            "overlast",
            "criminaliteit",
            "informatieveiligheid",
        ];
        assert_eq!(
            stammen("Veilige woon- en leefomgeving", &bekend),
            ["veilig", "wonomgeving", "lefomgeving"]
        );
        assert_eq!(
            stammen("Jeugdoverlast en -criminaliteit", &bekend),
            ["jeugdoverlast", "jeugdcriminaliteit"]
        );
        assert_eq!(
            stammen("alcohol- & drugsoverlast", &bekend),
            ["alcoholoverlast", "drugsoverlast"]
        );
        assert_eq!(
            stammen("Informatie-veiligheid", &bekend),
            ["informatieveiligheid"]
        );
        assert_eq!(
            stammen("high-impact crime", &bekend),
            ["high", "impact", "crim"]
        );
        assert_eq!(
            stammen("Zorg & Veiligheid", &bekend),
            ["zorg", "veiligheid"]
        );
        assert_eq!(
            stammen("Overige thema's 2023-2026", &bekend),
            Vec::<String>::new()
        );
    }

    #[test]
    fn posities_wijzen_in_de_tekst() {
        let tekst = "Zorg- en Veiligheidshuis";
        let t = tokens(tekst, &|_| false, false);
        assert_eq!(&tekst[t[0].begin..t[0].eind], "Zorg");
        assert_eq!(&tekst[t[1].begin..t[1].eind], "Veiligheidshuis");
    }
}
