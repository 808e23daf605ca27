//! Recognising names the way people type them: one normalisation, one lenient parser and one
//! error shape for every named thing of the method.
//!
//! **Normalisation.** Case, accents, spacing and punctuation do not count:
//! "Weerbare overheid/weerbaar bestuur", "weerbare overheid / weerbaar bestuur" and
//! "WEERBARE OVERHEID WEERBAAR BESTUUR" are the same name. [`genormaliseerd`] yields the
//! compared characters (lowercase, accents folded, every run of other characters one space, none
//! at either end); [`gelijk`] compares two names that way without allocating.
//!
//! **Parsing.** Every fieldless enum of [`catalogus`](crate::catalogus) and
//! [`methode`](crate::methode) that a person may name implements [`Benoembaar`]: its names
//! (display name first), what kind of thing it is and what is expected, in Dutch.
//! [`Benoembaar::herken`] recognises input without allocating; `FromStr` uses it and returns
//! one error type, [`Onbekend<T>`], for all of them.
//!
//! **Errors.** [`Onbekend`] keeps the input and nothing else. The suggestions ("bedoelt u
//! ...?") are computed only when the error is displayed or [`Onbekend::suggesties`] is asked,
//! never while parsing succeeds or when a caller only wants to know whether the input names a
//! value of this type. Input longer than [`MAX_LENGTE`] bytes names nothing (no name of the
//! method comes close to that length), is not compared with any name, and is kept in the error
//! cut to that length, so a rejected name costs the same whatever its length.
//!
//! This module is the bottom of the crate: it imports nothing from the other modules.
//!
//! # Example
//!
//! ```
//! use kernbeleid::methode::Stap;
//! use kernbeleid::naam::{self, Benoembaar};
//!
//! assert!(naam::gelijk("Zorg- en Veiligheidshuis", "zorg en veiligheidshuis"));
//! assert_eq!(Stap::herken("Stap 4: opstellen IVP"), Some(Stap::OpstellenIvp));
//!
//! let fout = "opstrat".parse::<Stap>().unwrap_err();
//! assert_eq!(fout.suggesties(), [Stap::Opstart]);
//! assert_eq!(
//!     fout.to_string(),
//!     "onbekende stap \"opstrat\": verwacht 1 tot en met 6 of de naam van een stap \
//!      (bedoelt u \"Opstart\"?)"
//! );
//! ```

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use strum::VariantArray;

/// The longest input, in bytes, that can name anything.
///
/// The longest name of the method is about 75 characters ("1.3 Objectieve veiligheid/veel
/// voorkomende en 'high impact'- criminaliteit"); a test checks that every accepted name fits
/// twice in this limit. Longer input is rejected at once, without normalising or comparing it,
/// and gets no suggestions.
pub const MAX_LENGTE: usize = 200;

/// The characters of `s` as compared: lowercase, accents folded, every run of characters that
/// are neither letters nor digits reduced to one space, no space at either end.
///
/// # Example
///
/// ```
/// let n: String = kernbeleid::naam::genormaliseerd(" Informatie-veiligheid! ").collect();
/// assert_eq!(n, "informatie veiligheid");
/// ```
pub fn genormaliseerd(s: &str) -> Genormaliseerd<'_> {
    Genormaliseerd {
        tekens: s.chars(),
        spatie_open: false,
        begonnen: false,
        wachtend: None,
    }
}

/// Iterator over the normalised characters of a name, returned by [`genormaliseerd`].
#[derive(Debug, Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Genormaliseerd<'a> {
    tekens: core::str::Chars<'a>,
    spatie_open: bool,
    begonnen: bool,
    wachtend: Option<char>,
}

impl Iterator for Genormaliseerd<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.wachtend.take() {
            return Some(c);
        }
        for c in self.tekens.by_ref() {
            if c.is_alphanumeric() {
                let c = vouw(c);
                if self.spatie_open && self.begonnen {
                    self.spatie_open = false;
                    self.wachtend = Some(c);
                    return Some(' ');
                }
                self.spatie_open = false;
                self.begonnen = true;
                return Some(c);
            }
            self.spatie_open = true;
        }
        None
    }
}

/// Lowercase and strip the accents Dutch text uses ("ë" in "casuïstiek", "é" in "méér").
fn vouw(c: char) -> char {
    let c = if c.is_ascii() {
        return c.to_ascii_lowercase();
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        anders => anders,
    }
}

/// Whether two names are the same once case, accents, spacing and punctuation are ignored.
/// Allocation-free.
///
/// # Example
///
/// ```
/// use kernbeleid::naam::gelijk;
///
/// assert!(gelijk("Weerbare overheid/weerbaar bestuur", "weerbare OVERHEID - weerbaar bestuur"));
/// assert!(gelijk("casuïstiek", "casuistiek"));
/// assert!(!gelijk("Jeugdoverlast", "Jeugdcriminaliteit"));
/// ```
#[must_use]
pub fn gelijk(a: &str, b: &str) -> bool {
    genormaliseerd(a).eq(genormaliseerd(b))
}

/// The normalised form of a name as a `String`, for reports and error messages.
#[must_use]
pub fn normaliseer(s: &str) -> String {
    genormaliseerd(s).collect()
}

/// The size of the buffer [`sleutel`] writes into: a normalised name is at most as long as its
/// input, except for the rare letter whose lowercase takes more bytes, and such input names
/// nothing anyway.
pub(crate) const MAX_SLEUTEL: usize = MAX_LENGTE;

/// Writes the normalised form of `s` into `buffer` and returns it, without allocating; `None`
/// when `s` is longer than [`MAX_LENGTE`] or its normalised form does not fit (no name of the
/// method is that long).
pub(crate) fn sleutel<'b>(s: &str, buffer: &'b mut [u8; MAX_SLEUTEL]) -> Option<&'b str> {
    if s.len() > MAX_LENGTE {
        return None;
    }
    let mut lengte = 0;
    for c in genormaliseerd(s) {
        let breedte = c.len_utf8();
        let doel = buffer.get_mut(lengte..lengte + breedte)?;
        c.encode_utf8(doel);
        lengte += breedte;
    }
    core::str::from_utf8(buffer.get(..lengte)?).ok()
}

/// Levenshtein distance ([`strsim`]) between the normalised forms of two names: how many
/// characters to insert, delete or replace. Used for suggestions, on the error path only (it
/// allocates).
///
/// # Example
///
/// ```
/// use kernbeleid::naam::afstand;
///
/// assert_eq!(afstand("Brandveiligheid", "brand-VEILIGHEID"), 1); // the hyphen is a space
/// assert_eq!(afstand("brandveilighied", "brandveiligheid"), 2);
/// ```
#[must_use]
pub fn afstand(a: &str, b: &str) -> usize {
    strsim::levenshtein(&normaliseer(a), &normaliseer(b))
}

/// The distance between an input and a name, both already normalised, when it is at most
/// `drempel`; `None` otherwise. The lengths alone rule most names out without computing the
/// distance (it is at least their difference), so a long input costs little.
pub(crate) fn afstand_binnen(
    invoer: &str,
    invoer_lengte: usize,
    naam: &str,
    drempel: usize,
) -> Option<usize> {
    if invoer_lengte.abs_diff(naam.chars().count()) > drempel {
        return None;
    }
    Some(strsim::levenshtein(invoer, naam)).filter(|&d| d <= drempel)
}

/// A fieldless enum of the method whose values a person names: the variants, the names each is
/// known by, and what kind of thing it is, in Dutch.
///
/// Implementing it gives a lenient, allocation-free recogniser ([`herken`](Self::herken)) and
/// the error [`Onbekend<Self>`] with lazily computed suggestions; `FromStr` is then one line:
/// `Self::herken(s).ok_or_else(|| Onbekend::new(s))`.
///
/// The default [`herken`](Self::herken) accepts, in this order:
///
/// 1. a number `1..=VARIANTS.len()`: the position in [`VariantArray::VARIANTS`];
/// 2. any of the [`namen`](Self::namen), compared with [`gelijk`];
/// 3. a number after one of the [`VOORVOEGSELS`](Self::VOORVOEGSELS) or none ("stap 3",
///    "Hoofdstuk 4: Prioriteiten", "3 Jeugd en veiligheid"), optionally followed by a name of
///    that same value.
///
/// Types identified by a code ("1.3", "1.5") override it.
pub trait Benoembaar: Copy + Eq + fmt::Debug + VariantArray + 'static {
    /// The start of the error message, for example `"onbekend veiligheidsthema"` or
    /// `"onbekende stap"` (the adjective agrees with the noun).
    const ONBEKEND: &'static str;

    /// Words that may stand before the number, normalised (lowercase, no punctuation): for
    /// example `["stap"]`.
    const VOORVOEGSELS: &'static [&'static str] = &[];

    /// The names the value is known by; the first is the display name that suggestions show.
    fn namen(self) -> impl Iterator<Item = &'static str>;

    /// Writes what was expected instead, in Dutch, for example
    /// `"1 tot en met 6 of de naam van een stap"`.
    ///
    /// # Errors
    ///
    /// Only those of the formatter.
    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// The value `invoer` names, if any, without allocating.
    #[must_use]
    fn herken(invoer: &str) -> Option<Self> {
        herken(invoer)
    }

    /// The values whose names lie closest to `invoer`, best first; empty when none is close
    /// enough to be a plausible typo. Computed only for an error message.
    ///
    /// The default gives at most one: the value with the smallest [`afstand`], when that is at
    /// most a quarter of the input's length (and at least 2); input shorter than three
    /// characters or longer than [`MAX_LENGTE`] gets none.
    #[must_use]
    fn suggesties(invoer: &str) -> Vec<Self> {
        naaste(invoer).into_iter().collect()
    }

    /// Writes one suggestion; by default the display name in quotes: `"Opstart"`.
    ///
    /// # Errors
    ///
    /// Only those of the formatter.
    fn schrijf_suggestie(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.namen().next().unwrap_or_default())
    }
}

/// The default recogniser of [`Benoembaar::herken`]; allocation-free.
fn herken<T: Benoembaar>(invoer: &str) -> Option<T> {
    if invoer.len() > MAX_LENGTE {
        return None;
    }
    if let Ok(nummer) = invoer.trim().parse::<usize>() {
        return op_positie(nummer);
    }
    let mut buffer = [0u8; MAX_SLEUTEL];
    let sleutel = sleutel(invoer, &mut buffer)?;
    if let Some(gevonden) = T::VARIANTS.iter().copied().find(|&t| heet(t, sleutel)) {
        return Some(gevonden);
    }
    let rest = T::VOORVOEGSELS
        .iter()
        .find_map(|v| sleutel.strip_prefix(v)?.strip_prefix(' '))
        .unwrap_or(sleutel);
    let (nummer, naam) = match rest.split_once(' ') {
        Some((nummer, naam)) => (nummer, Some(naam)),
        None => (rest, None),
    };
    let gevonden = op_positie::<T>(nummer.parse().ok()?)?;
    match naam {
        Some(naam) if !heet(gevonden, naam) => None,
        _ => Some(gevonden),
    }
}

/// The value at 1-based position `nummer`.
fn op_positie<T: Benoembaar>(nummer: usize) -> Option<T> {
    T::VARIANTS.get(nummer.checked_sub(1)?).copied()
}

/// Whether one of the names of `t`, normalised, is `sleutel` (already normalised).
fn heet<T: Benoembaar>(t: T, sleutel: &str) -> bool {
    t.namen().any(|n| genormaliseerd(n).eq(sleutel.chars()))
}

/// The default suggestion of [`Benoembaar::suggesties`].
fn naaste<T: Benoembaar>(invoer: &str) -> Option<T> {
    if invoer.len() > MAX_LENGTE {
        return None;
    }
    let norm = normaliseer(invoer);
    let lengte = norm.chars().count();
    if lengte < 3 {
        return None;
    }
    let drempel = (lengte / 4).max(2);
    T::VARIANTS
        .iter()
        .filter_map(|&t| {
            let kleinste = t
                .namen()
                .filter_map(|n| afstand_binnen(&norm, lengte, &normaliseer(n), drempel))
                .min()?;
            Some((kleinste, t))
        })
        .min_by_key(|&(kleinste, _)| kleinste)
        .map(|(_, t)| t)
}

/// The input did not name a value of `T`: one error type for every [`Benoembaar`] type of the
/// crate (`OnbekendThema` is `Onbekend<Thema>`, and so on).
///
/// The message is Dutch: what kind of thing, the input, what was expected, and the closest
/// names, for example `onbekende stap "opstrat": verwacht 1 tot en met 6 of de naam van een
/// stap (bedoelt u "Opstart"?)`.
///
/// Only the input is stored; the suggestions are computed when the message is written or
/// [`suggesties`](Self::suggesties) is called. Input longer than [`MAX_LENGTE`] bytes is kept
/// cut to that length with "…" after it: a message that repeats 100 KB helps nobody, and the
/// copy would make a rejected name cost its length.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{} \"{}\": verwacht {}{}",
    T::ONBEKEND,
    .invoer,
    Verwachting::<T>(PhantomData),
    Suggesties(self)
)]
pub struct Onbekend<T: Benoembaar> {
    invoer: String,
    afgekapt: bool,
    soort: PhantomData<fn() -> T>,
}

impl<T: Benoembaar> Onbekend<T> {
    /// The error for `invoer`, kept as given (up to [`MAX_LENGTE`] bytes).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::OnbekendThema;
    ///
    /// let fout = OnbekendThema::new("Zwemveiligheid");
    /// assert_eq!(fout.invoer(), "Zwemveiligheid");
    /// let lang = OnbekendThema::new(&"x".repeat(100_000));
    /// assert!(lang.invoer().ends_with('…') && lang.invoer().len() < 300);
    /// ```
    #[must_use]
    pub fn new(invoer: &str) -> Self {
        if invoer.len() <= MAX_LENGTE {
            return Onbekend {
                invoer: invoer.to_owned(),
                afgekapt: false,
                soort: PhantomData,
            };
        }
        let eind = invoer
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&eind| eind <= MAX_LENGTE)
            .last()
            .unwrap_or(0);
        let mut kort = invoer.get(..eind).unwrap_or_default().to_owned();
        kort.push('…');
        Onbekend {
            invoer: kort,
            afgekapt: true,
            soort: PhantomData,
        }
    }

    /// The input as given, or its first [`MAX_LENGTE`] bytes followed by "…".
    #[must_use]
    pub fn invoer(&self) -> &str {
        &self.invoer
    }

    /// The values the input most likely meant, best first (computed on each call).
    #[must_use]
    pub fn suggesties(&self) -> Vec<T> {
        if self.afgekapt {
            Vec::new()
        } else {
            T::suggesties(&self.invoer)
        }
    }
}

/// Writes [`Benoembaar::verwachting`].
struct Verwachting<T>(PhantomData<fn() -> T>);

impl<T: Benoembaar> fmt::Display for Verwachting<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::verwachting(f)
    }
}

/// Writes ` (bedoelt u X?)` or ` (bedoelt u een van: X; Y?)`, or nothing.
struct Suggesties<'a, T: Benoembaar>(&'a Onbekend<T>);

impl<T: Benoembaar> fmt::Display for Suggesties<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let suggesties = self.0.suggesties();
        let (eerste, rest) = match suggesties.as_slice() {
            [] => return Ok(()),
            [een] => {
                f.write_str(" (bedoelt u ")?;
                (een, &[][..])
            }
            [eerste, rest @ ..] => {
                f.write_str(" (bedoelt u een van: ")?;
                (eerste, rest)
            }
        };
        eerste.schrijf_suggestie(f)?;
        for s in rest {
            f.write_str("; ")?;
            s.schrijf_suggestie(f)?;
        }
        f.write_str("?)")
    }
}

/// Reads a value from a string with its `FromStr`, naming `verwacht` (Dutch) when the document
/// holds something other than a string: the shared serde visitor of the code-as-string types.
pub(crate) fn lees_tekst<'de, D, T>(deserializer: D, verwacht: &'static str) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    deserializer.deserialize_str(TekstBezoeker(verwacht, PhantomData))
}

struct TekstBezoeker<T>(&'static str, PhantomData<fn() -> T>);

impl<T> serde::de::Visitor<'_> for TekstBezoeker<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// A gemeente's name as a key for hash sets and maps: without surrounding white space, ASCII
/// letters in either case ("Lopik", " lopik" and "LOPIK\t" are one key). It borrows the name
/// instead of lower-casing a copy. This is how the controle finds a gemeente named twice or a
/// local paragraph of a gemeente that is not in the plan, and how the regional view matches a
/// local paragraph to its gemeente.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GemeenteSleutel<'a>(&'a str);

impl<'a> GemeenteSleutel<'a> {
    /// The key of `naam`.
    pub(crate) fn new(naam: &'a str) -> Self {
        GemeenteSleutel(naam.trim())
    }
}

impl PartialEq for GemeenteSleutel<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for GemeenteSleutel<'_> {}

impl core::hash::Hash for GemeenteSleutel<'_> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        // Equal under `eq_ignore_ascii_case`: the same bytes after ASCII lower-casing.
        for byte in self.0.bytes() {
            state.write_u8(byte.to_ascii_lowercase());
        }
        state.write_usize(self.0.len());
    }
}

/// Text for a message: whole up to `tekens` characters, else its first `tekens` and "…" (a
/// name of megabytes is not repeated in its error, a long sentence is quoted by its start).
pub(crate) fn kort(tekst: &str, tekens: usize) -> std::borrow::Cow<'_, str> {
    match tekst.char_indices().nth(tekens) {
        None => std::borrow::Cow::Borrowed(tekst),
        Some((eind, _)) => {
            std::borrow::Cow::Owned(format!("{}…", tekst.get(..eind).unwrap_or(tekst)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn negeert_hoofdletters_accenten_en_leestekens() {
        assert!(gelijk(
            "Weerbare overheid/weerbaar bestuur",
            "  weerbare OVERHEID -- weerbaar bestuur "
        ));
        assert!(gelijk(
            "Zorg- en Veiligheidshuis",
            "zorg en veiligheidshuis"
        ));
        assert!(gelijk("casuïstiek", "casuistiek"));
        assert!(!gelijk("Jeugdoverlast", "Jeugdcriminaliteit"));
        assert_eq!(
            normaliseer(" Informatie-veiligheid! "),
            "informatie veiligheid"
        );
    }

    #[test]
    fn afstand_telt_bewerkingen() {
        assert_eq!(afstand("brandveiligheid", "brandveiligheid"), 0);
        assert_eq!(afstand("brandveilighied", "brandveiligheid"), 2);
        assert_eq!(afstand("", "abc"), 3);
        assert_eq!(afstand("Ä-B", "a b"), 0);
    }

    #[test]
    fn sleutel_past_of_is_er_niet() {
        let mut buffer = [0u8; MAX_SLEUTEL];
        assert_eq!(
            sleutel(" Veilige  Publieke-Taak ", &mut buffer),
            Some("veilige publieke taak")
        );
        let lang = "a".repeat(MAX_LENGTE + 1);
        assert_eq!(sleutel(&lang, &mut buffer), None);
        let spaties = format!("x{}", " ".repeat(MAX_LENGTE));
        assert_eq!(sleutel(&spaties, &mut buffer), None);
    }

    /// A small type to test the generic parts on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
    enum Proef {
        Opstart,
        Analyse,
        Opstellen,
    }

    impl Benoembaar for Proef {
        const ONBEKEND: &'static str = "onbekende proef";
        const VOORVOEGSELS: &'static [&'static str] = &["stap"];

        fn namen(self) -> impl Iterator<Item = &'static str> {
            let namen: &[&str] = match self {
                Proef::Opstart => &["Opstart", "opstart"],
                Proef::Analyse => &["Veiligheidsanalyse"],
                Proef::Opstellen => &["Opstellen IVP", "opstellen_ivp"],
            };
            namen.iter().copied()
        }

        fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("1 tot en met 3")
        }
    }

    #[test]
    fn herkent_nummer_naam_en_voorvoegsel() {
        let h = Proef::herken;
        assert_eq!(h(" 2 "), Some(Proef::Analyse));
        assert_eq!(h("0"), None);
        assert_eq!(h("4"), None);
        assert_eq!(h("OPSTELLEN-ivp"), Some(Proef::Opstellen));
        assert_eq!(h("Stap 3"), Some(Proef::Opstellen));
        assert_eq!(h("Stap 1: Opstart"), Some(Proef::Opstart));
        assert_eq!(h("1 Opstart"), Some(Proef::Opstart));
        assert_eq!(h("Stap 1: Veiligheidsanalyse"), None);
        assert_eq!(h("stapel 3"), None);
        assert_eq!(h(&format!("{}opstart", " ".repeat(MAX_LENGTE))), None);
    }

    #[test]
    fn onbekend_stelt_voor_en_kapt_af() {
        let fout = Onbekend::<Proef>::new("opstrat");
        assert_eq!(fout.suggesties(), [Proef::Opstart]);
        assert_eq!(
            fout.to_string(),
            "onbekende proef \"opstrat\": verwacht 1 tot en met 3 (bedoelt u \"Opstart\"?)"
        );
        assert!(Onbekend::<Proef>::new("xx").suggesties().is_empty());
        assert!(Onbekend::<Proef>::new("begroting").suggesties().is_empty());
        let lang = format!("opstrat{}", "é".repeat(MAX_LENGTE));
        let fout = Onbekend::<Proef>::new(&lang);
        assert!(fout.suggesties().is_empty());
        assert!(fout.invoer().len() <= MAX_LENGTE + '…'.len_utf8());
        assert!(fout.invoer().starts_with("opstrat") && fout.invoer().ends_with("é…"));
    }

    proptest! {
        #[test]
        fn normaliseren_is_idempotent(s in "\\PC{0,40}") {
            let een = normaliseer(&s);
            prop_assert_eq!(normaliseer(&een), een.clone());
            prop_assert!(!een.starts_with(' ') && !een.ends_with(' ') && !een.contains("  "));
        }

        #[test]
        fn gelijk_is_symmetrisch_en_afstand_nul(a in "[a-zA-Zé .-]{0,12}", b in "[a-zA-Zé .-]{0,12}") {
            prop_assert_eq!(gelijk(&a, &b), gelijk(&b, &a));
            prop_assert_eq!(gelijk(&a, &b), afstand(&a, &b) == 0);
        }

        #[test]
        fn afkappen_houdt_tekens_heel(s in "\\PC{0,300}") {
            let fout = Onbekend::<Proef>::new(&s);
            prop_assert!(fout.invoer().len() <= MAX_LENGTE + '…'.len_utf8());
            let zonder = fout.invoer().strip_suffix('…').unwrap_or(fout.invoer());
            prop_assert!(s.starts_with(zonder));
        }
    }

    proptest::proptest! {
        /// Equal keys hash alike, and keys are equal exactly when the trimmed names are equal
        /// in ASCII letters of either case.
        #[test]
        fn gemeentesleutel_gelijk_en_hash(a in "[ \\tLlOoPpİı]{0,6}", b in "[ \\tLlOoPpİı]{0,6}") {
            use std::hash::BuildHasher;
            let (ka, kb) = (GemeenteSleutel::new(&a), GemeenteSleutel::new(&b));
            let gelijk = a.trim().eq_ignore_ascii_case(b.trim());
            proptest::prop_assert_eq!(ka == kb, gelijk);
            if gelijk {
                let s = std::collections::hash_map::RandomState::new();
                proptest::prop_assert_eq!(s.hash_one(ka), s.hash_one(kb));
            }
        }
    }
}
