//! Finding the gemeenten a text names, in its own voice.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Serialize;
use serde_json::Value;

use super::{lijst, zoek, zoek_sleutel, Benoemd, Gemeente, Naam, VoormaligeGemeente};
use crate::naam;

/// How a text names a gemeente.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vorm {
    /// By its name or another name: "Nieuwegein", "Den Haag".
    Naam,
    /// By its adjective: "Nieuwegeinse", "Haagse".
    Bijvoeglijk,
    /// By the name (or adjective) of a former gemeente that went to it: "Vianen".
    Voormalig(VoormaligeGemeente),
}

/// One place where a text names a gemeente.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vermelding<'t> {
    /// The gemeente named; for a former gemeente the (main) gemeente it went to.
    pub gemeente: Gemeente,
    /// How it is named.
    pub vorm: Vorm,
    /// The words as written.
    pub tekst: &'t str,
    /// Where they begin, in bytes.
    pub begin: usize,
}

/// The gemeenten a plan names as its own or as partners: naming them is no hint of a copied
/// text.
///
/// Built from the plan's `gemeenten` and from partner names: "Vijfheerenlanden", "Veiligheidsregio
/// Utrecht" (every gemeente named in the text counts, also inside an organisation's name), "gemeente
/// IJsselstein". A former gemeente and the gemeente it went to cover each other: a 2017 plan of
/// "Leerdam" may name Vijfheerenlanden and a plan of Vijfheerenlanden its former Leerdam.
///
/// # Example
///
/// ```
/// use kernbeleid::gemeenten::{EigenGemeenten, Gemeente};
///
/// let eigen = EigenGemeenten::uit(["Vijfheerenlanden", "Veiligheidsregio Utrecht"]);
/// assert!(eigen.bevat(Gemeente::zoek("Utrecht").ok_or("Utrecht")?));
/// assert!(!eigen.bevat(Gemeente::zoek("Nieuwegein").ok_or("Nieuwegein")?));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EigenGemeenten {
    gemeenten: Vec<Gemeente>,
    voormalig: Vec<VoormaligeGemeente>,
}

impl EigenGemeenten {
    /// None.
    #[must_use]
    pub fn new() -> EigenGemeenten {
        EigenGemeenten::default()
    }

    /// The gemeenten these names and texts name.
    pub fn uit<'a>(teksten: impl IntoIterator<Item = &'a str>) -> EigenGemeenten {
        let mut eigen = EigenGemeenten::new();
        for tekst in teksten {
            eigen.voeg_toe(tekst);
        }
        eigen
    }

    /// Adds the gemeente `tekst` is the name of, or else every gemeente it names anywhere
    /// (inside an organisation's name too, in any case).
    pub fn voeg_toe(&mut self, tekst: &str) {
        if let Some(b) = zoek(tekst) {
            self.voeg_toe_benoemd(b);
            return;
        }
        for (b, _, _) in zoek_in(tekst, false) {
            self.voeg_toe_benoemd(b);
        }
    }

    fn voeg_toe_benoemd(&mut self, b: Benoemd) {
        match b {
            Benoemd::Gemeente(g) if !self.gemeenten.contains(&g) => self.gemeenten.push(g),
            Benoemd::Voormalig(v) if !self.voormalig.contains(&v) => self.voormalig.push(v),
            _ => {}
        }
    }

    /// Whether `gemeente` is one of them, or a former one of them went to it.
    #[must_use]
    pub fn bevat(&self, gemeente: Gemeente) -> bool {
        self.bevat_benoemd(Benoemd::Gemeente(gemeente))
    }

    /// Whether the gemeente is one of them; a former gemeente also when it went to one of them,
    /// a current one also when a former one of them went to it.
    #[must_use]
    pub fn bevat_benoemd(&self, b: Benoemd) -> bool {
        match b {
            Benoemd::Gemeente(g) => {
                self.gemeenten.contains(&g) || self.voormalig.iter().any(|v| v.opgegaan_in(g))
            }
            Benoemd::Voormalig(v) => {
                self.voormalig.contains(&v) || self.gemeenten.iter().any(|&g| v.opgegaan_in(g))
            }
        }
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.gemeenten.is_empty() && self.voormalig.is_empty()
    }
}

/// The other gemeenten `tekst` names in its own voice: by name, adjective ("de Nieuwegeinse
/// aanpak") or the name of a former gemeente, each where it stands.
///
/// Not counted:
/// - the gemeenten of `eigen` (the plan's own and its partners);
/// - a name inside an organisation's name: after "Veiligheidsregio", "regio", "GGD", "provincie",
///   "district", "eenheid", "politie", "RIEC", "Omgevingsdienst", "Hogeschool" and the like
///   (up to three words before, within the clause), or joined to another word by a hyphen
///   ("Utrecht-Zuid");
/// - "gemeente X" in a sentence about working together ("samen met gemeente IJsselstein"):
///   the gemeente as a partner, not the plan's own voice;
/// - a name not capitalised as a name ("in den bosch" is taken, "de buren" is not);
/// - a name that is also an ordinary Dutch word ("Best", "Buren", "Houten", "Putten", "Sluis")
///   at the start of a sentence, where it may be the word.
///
/// # Example
///
/// ```
/// use kernbeleid::gemeenten::{vermeldingen, EigenGemeenten, Vorm};
///
/// let eigen = EigenGemeenten::uit(["Vijfheerenlanden"]);
/// let tekst = "In Nieuwegein werkt de Nieuwegeinse aanpak. De Veiligheidsregio Utrecht \
///              oefent. Best practices delen we.";
/// let gevonden = vermeldingen(tekst, &eigen);
/// let woorden: Vec<&str> = gevonden.iter().map(|v| v.tekst).collect();
/// assert_eq!(woorden, ["Nieuwegein", "Nieuwegeinse"]);
/// assert_eq!(gevonden[1].vorm, Vorm::Bijvoeglijk);
/// assert!(vermeldingen("Samen met Vianen en Leerdam.", &eigen).is_empty());
/// ```
#[must_use]
pub fn vermeldingen<'t>(tekst: &'t str, eigen: &EigenGemeenten) -> Vec<Vermelding<'t>> {
    zoek_in(tekst, true)
        .into_iter()
        .filter(|(b, _, _)| !eigen.bevat_benoemd(*b))
        .filter_map(|(b, vorm, (begin, eind))| {
            let gemeente = match b {
                Benoemd::Gemeente(g) => g,
                Benoemd::Voormalig(v) => *v.gemeenten().first()?,
            };
            let vorm = match (b, vorm) {
                (Benoemd::Voormalig(v), _) => Vorm::Voormalig(v),
                (_, vorm) => vorm,
            };
            Some(Vermelding {
                gemeente,
                vorm,
                tekst: tekst.get(begin..eind)?,
                begin,
            })
        })
        .collect()
}

/// A gemeente named in a document's own texts: where, which, how and the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vondst {
    /// The JSON Pointer of the text.
    pub pad: String,
    /// The gemeente named.
    pub gemeente: Gemeente,
    /// How it is named.
    pub vorm: Vorm,
    /// The words as written.
    pub woorden: String,
}

/// The other gemeenten a document (an IVP, an uitvoeringsplan, an analyse) names in its own
/// texts, by [`vermeldingen`], in the document's order.
///
/// The document's own gemeenten are the values under the keys `gemeenten`, `gemeente` and
/// `partners` (anywhere), read with [`EigenGemeenten`]; those values are not searched themselves, nor are
/// placeholders (`in_te_vullen`).
///
/// # Errors
///
/// The document could not be serialised to JSON (a map with keys that are not strings).
pub fn in_document<T: Serialize + ?Sized>(document: &T) -> Result<Vec<Vondst>, serde_json::Error> {
    in_document_behalve(document, &|_| false)
}

/// As [`in_document`], leaving out the texts for which `overslaan` holds: text a skeleton took
/// from the handbook (whose examples name gemeenten: "Voorbeeld gemeente Noordwijk"), which is
/// not the plan's own voice.
///
/// # Errors
///
/// As [`in_document`].
///
/// # Example
///
/// ```
/// use kernbeleid::gemeenten::in_document_behalve;
///
/// let plan = serde_json::json!({
///     "gemeenten": ["Enkhuizen"],
///     "maatregelen": ["Agenda digitale veiligheid Amsterdam", "In Hoorn werkt dit al."],
/// });
/// let uit_handreiking = |t: &str| t.starts_with("Agenda digitale veiligheid");
/// let gevonden = in_document_behalve(&plan, &uit_handreiking)?;
/// assert_eq!(gevonden.len(), 1);
/// assert_eq!((gevonden[0].pad.as_str(), gevonden[0].woorden.as_str()), ("/maatregelen/1", "Hoorn"));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn in_document_behalve<T: Serialize + ?Sized>(
    document: &T,
    overslaan: &dyn Fn(&str) -> bool,
) -> Result<Vec<Vondst>, serde_json::Error> {
    let waarde = serde_json::to_value(document)?;
    let mut eigen = EigenGemeenten::new();
    verzamel_eigen(&waarde, false, &mut eigen);
    let mut vondsten = Vec::new();
    let mut zoeker = Zoeker {
        eigen: &eigen,
        overslaan,
        uit: &mut vondsten,
    };
    zoeker.zoek(&waarde, &mut String::new());
    Ok(vondsten)
}

/// The walk of [`in_document_behalve`].
struct Zoeker<'a> {
    eigen: &'a EigenGemeenten,
    overslaan: &'a dyn Fn(&str) -> bool,
    uit: &'a mut Vec<Vondst>,
}

/// Keys whose values name the plan's own gemeenten and partners (`gemeente` of a vaststelling
/// or a local paragraph names one of its gemeenten).
const EIGEN_SLEUTELS: [&str; 3] = ["gemeenten", "gemeente", "partners"];

fn verzamel_eigen(waarde: &Value, onder_eigen: bool, eigen: &mut EigenGemeenten) {
    match waarde {
        Value::String(s) if onder_eigen => eigen.voeg_toe(s),
        Value::Array(lijst) => {
            for w in lijst {
                verzamel_eigen(w, onder_eigen, eigen);
            }
        }
        Value::Object(map) => {
            for (k, w) in map {
                verzamel_eigen(
                    w,
                    onder_eigen || EIGEN_SLEUTELS.contains(&k.as_str()),
                    eigen,
                );
            }
        }
        _ => {}
    }
}

impl Zoeker<'_> {
    fn zoek(&mut self, waarde: &Value, pad: &mut String) {
        match waarde {
            Value::String(s) if !(self.overslaan)(s) => {
                for v in vermeldingen(s, self.eigen) {
                    self.uit.push(Vondst {
                        pad: pad.clone(),
                        gemeente: v.gemeente,
                        vorm: v.vorm,
                        woorden: v.tekst.to_owned(),
                    });
                }
            }
            Value::Array(lijst) => {
                for (i, w) in lijst.iter().enumerate() {
                    let lengte = pad.len();
                    pad.push('/');
                    pad.push_str(&i.to_string());
                    self.zoek(w, pad);
                    pad.truncate(lengte);
                }
            }
            Value::Object(map) => {
                // A placeholder (`document::IN_TE_VULLEN`): not the plan's text.
                if map.contains_key("in_te_vullen") {
                    return;
                }
                for (k, w) in map {
                    if EIGEN_SLEUTELS.contains(&k.as_str()) {
                        continue;
                    }
                    let lengte = pad.len();
                    pad.push('/');
                    pad.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    self.zoek(w, pad);
                    pad.truncate(lengte);
                }
            }
            _ => {}
        }
    }
}

/// Names that are also ordinary Dutch words (or, for Haren and Leek, were): only a capitalised
/// word inside a sentence names the gemeente.
const GEWONE_WOORDEN: [&str; 22] = [
    "assen",
    "beek",
    "best",
    "buren",
    "duiven",
    "haren",
    "houten",
    "huizen",
    "hulst",
    "kampen",
    "landgraaf",
    "laren",
    "leek",
    "losser",
    "putten",
    "schermer",
    "sluis",
    "vaals",
    "voorst",
    "waterland",
    "weert",
    "wierden",
];

/// Words before a name that make it part of an organisation's name; a word counts when it
/// contains one of these ("veiligheidsregio", "metropoolregio").
const ORGANISATIE_DELEN: [&str; 22] = [
    "regio",
    "provincie",
    "district",
    "eenheid",
    "politie",
    "basisteam",
    "omgevingsdienst",
    "veiligheidshuis",
    "hogeschool",
    "universiteit",
    "rechtbank",
    "arrondissement",
    "parket",
    "waterschap",
    "brandweer",
    "stichting",
    "vereniging",
    "corporatie",
    "havenbedrijf",
    "ziekenhuis",
    "gezondheidsdienst",
    "expertisecentrum",
];

/// Organisations known by their abbreviation: the word must be exactly this.
const ORGANISATIE_AFKORTINGEN: [&str; 8] = ["ggd", "ggz", "riec", "rud", "od", "vr", "om", "zvh"];

/// Words of a sentence about working together, where "gemeente X" is a partner.
const SAMENWERKING: [&str; 9] = [
    "samen",
    "partner",
    "buurgemeente",
    "regio",
    "overleg",
    "convenant",
    "gezamenlijk",
    "afstem",
    "ketenpartner",
];

/// The longest name, in words ("Mill en Sint Hubert", "Valkenburg aan de Geul").
const MAX_WOORDEN: usize = 5;

/// The normalised words a name can start with, at a word boundary: "den" and "den haag" for
/// "Den Haag". A word not among them starts no name, so the search looks no further there
/// (most words of a plan), instead of trying every run of up to [`MAX_WOORDEN`] words.
static BEGIN_VAN_NAAM: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut uit = HashSet::new();
    for &(naam, _) in lijst::NAMEN.iter() {
        uit.insert(naam);
        for (i, _) in naam.match_indices(' ') {
            if let Some(begin) = naam.get(..i) {
                uit.insert(begin);
            }
        }
    }
    uit
});

/// Adjectives by normalised form: the listed ones, and name + "se" for a one-word name that
/// ends in a consonant ("Utrechtse", "Nieuwegeinse"), of current and former gemeenten.
static BIJVOEGLIJK: LazyLock<HashMap<String, Naam>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let regelmatig = |naam: &str, doel: Naam, map: &mut HashMap<String, Naam>| {
        let sleutel = naam::normaliseer(naam);
        let eindigt_op_medeklinker = sleutel
            .chars()
            .last()
            .is_some_and(|c| c.is_alphabetic() && !"aeiouy".contains(c));
        if !sleutel.contains(' ') && eindigt_op_medeklinker {
            map.entry(format!("{sleutel}se")).or_insert(doel);
        }
    };
    for (i, r) in lijst::GEMEENTEN.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { continue };
        for b in r.bijvoeglijk {
            map.insert(naam::normaliseer(b), Naam::Gemeente(i));
        }
        for n in core::iter::once(r.naam).chain(r.andere_namen.iter().copied()) {
            regelmatig(n, Naam::Gemeente(i), &mut map);
        }
    }
    for (i, v) in lijst::VOORMALIG.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { continue };
        regelmatig(v.naam, Naam::Voormalig(i), &mut map);
    }
    // A form that is also a name is the name.
    map.retain(|k, _| zoek_sleutel(k).is_none());
    map
});

/// One word of the text: where it stands, its normalised form, and what stands between it and
/// the previous word.
#[derive(Debug)]
struct Woord {
    begin: usize,
    eind: usize,
    /// The normalised word, where it may start a name written as one (capitalised, or a short
    /// word such as "de" or "'s"); empty for the others, which [`Woord::sleutel`] normalises
    /// when asked (most words of a text are never asked).
    sleutel: String,
    /// Only spaces (or a comma and spaces) between this word and the previous one: no other
    /// punctuation, no line break.
    aansluitend: bool,
    /// A comma, semicolon or other clause mark between this word and the previous one, or
    /// none before it.
    nieuwe_zin_of_deel: bool,
    /// The first word of a sentence, line or list item.
    zinsbegin: bool,
}

impl Woord {
    /// The normalised word.
    fn sleutel<'w>(&'w self, tekst: &str) -> std::borrow::Cow<'w, str> {
        if self.sleutel.is_empty() {
            std::borrow::Cow::Owned(naam::normaliseer(
                tekst.get(self.begin..self.eind).unwrap_or(""),
            ))
        } else {
            std::borrow::Cow::Borrowed(&self.sleutel)
        }
    }
}

fn is_woordteken(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

/// The words of `tekst`; with `alle` each with its normalised form, else only those that may
/// start a name as written (see [`Woord::sleutel`]).
fn woorden(tekst: &str, alle: bool) -> Vec<Woord> {
    let mut uit: Vec<Woord> = Vec::new();
    let mut vorige_eind = 0;
    let mut iter = tekst.char_indices().peekable();
    while let Some((begin, c)) = iter.next() {
        if !is_woordteken(c) {
            continue;
        }
        let mut eind = begin + c.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            if !is_woordteken(c) {
                break;
            }
            eind = i + c.len_utf8();
            iter.next();
        }
        let Some(ruw) = tekst.get(begin..eind) else {
            continue;
        };
        // Trim what is no part of a name: hyphens and apostrophes at the ends, except the
        // "'s-" of 's-Gravenhage.
        let behoud_s = ruw.starts_with("'s-") || ruw.starts_with("’s-");
        let links = if behoud_s {
            ruw
        } else {
            ruw.trim_start_matches(|c: char| !c.is_alphanumeric())
        };
        let woord = links.trim_end_matches(|c: char| !c.is_alphanumeric());
        if woord.is_empty() {
            continue;
        }
        let w_begin = begin + (ruw.len() - links.len());
        let w_eind = w_begin + woord.len();
        let tussen = tekst.get(vorige_eind..w_begin).unwrap_or("");
        let eerste = uit.is_empty();
        let zinsbegin = eerste
            || tussen.contains('\n')
            || tussen
                .trim_end()
                .chars()
                .last()
                .is_some_and(|c| ".!?:•*#|\"“„(–—".contains(c))
            || tussen.trim() == "-";
        uit.push(Woord {
            begin: w_begin,
            eind: w_eind,
            sleutel: if alle || woord.len() <= 3 || woord.chars().any(char::is_uppercase) {
                naam::normaliseer(woord)
            } else {
                String::new()
            },
            // "Nuenen, Gerwen en Nederwetten" has a comma in its name.
            aansluitend: !eerste
                && !tussen.is_empty()
                && tussen.trim_start_matches(',').chars().all(|c| c == ' '),
            nieuwe_zin_of_deel: zinsbegin || tussen.contains([',', ';', '(', ')']),
            zinsbegin,
        });
        vorige_eind = w_eind;
    }
    uit
}

/// Whether the written words start as a name does: the first capitalised (unless it is the
/// "'s", "het" or "de" that starts some names), and the last too.
fn als_naam_geschreven(tekst: &str, eerste: &Woord, laatste: &Woord) -> bool {
    let eerste_sleutel = eerste.sleutel(tekst);
    let hoofdletter = |w: &Woord| {
        tekst
            .get(w.begin..w.eind)
            .and_then(|s| s.chars().find(|c| c.is_alphabetic()))
            .is_some_and(char::is_uppercase)
    };
    let lidwoord = matches!(
        eerste_sleutel.split(' ').next(),
        Some("s" | "het" | "de" | "t")
    );
    // The last word's last part: "Gravenhage" of "'s-Gravenhage", "Fryslân" of "Súdwest-Fryslân".
    let laatste_deel = tekst
        .get(laatste.begin..laatste.eind)
        .map(|s| s.rsplit(['-', '\'', '’']).next().unwrap_or(s))
        .and_then(|s| s.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase);
    (lidwoord || hoofdletter(eerste)) && laatste_deel
}

/// Whether the words before `i` (up to three, within the clause) make the name part of an
/// organisation's name.
fn in_organisatie(tekst: &str, woorden: &[Woord], i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        let Some(huidig) = woorden.get(j) else {
            return false;
        };
        if huidig.nieuwe_zin_of_deel || j == 0 {
            return false;
        }
        j -= 1;
        let Some(vorig) = woorden.get(j) else {
            return false;
        };
        for deel in vorig.sleutel(tekst).split(' ') {
            if ORGANISATIE_AFKORTINGEN.contains(&deel)
                || ORGANISATIE_DELEN.iter().any(|o| deel.contains(o))
            {
                return true;
            }
        }
    }
    false
}

/// Whether the name at `i` follows "gemeente" in a sentence about working together.
fn als_partner(tekst: &str, woorden: &[Woord], i: usize) -> bool {
    let Some(vorig) = i.checked_sub(1).and_then(|j| woorden.get(j)) else {
        return false;
    };
    let Some(huidig) = woorden.get(i) else {
        return false;
    };
    if huidig.nieuwe_zin_of_deel
        || !matches!(
            &*vorig.sleutel(tekst),
            "gemeente" | "gemeenten" | "gemeentes"
        )
    {
        return false;
    }
    let begin = tekst
        .get(..huidig.begin)
        .and_then(|s| s.rfind(['.', '!', '?', '\n']))
        .map_or(0, |p| p + 1);
    let eind = tekst
        .get(huidig.eind..)
        .and_then(|s| s.find(['.', '!', '?', '\n']))
        .map_or(tekst.len(), |p| huidig.eind + p);
    let zin = naam::normaliseer(tekst.get(begin..eind).unwrap_or(""));
    SAMENWERKING.iter().any(|w| zin.contains(w))
}

/// Every gemeente `tekst` names: (what, how, byte range). With `streng`, only in the plan's own
/// voice (see [`vermeldingen`]); without, every name in any case and context.
fn zoek_in(tekst: &str, streng: bool) -> Vec<(Benoemd, Vorm, (usize, usize))> {
    let woorden = woorden(tekst, !streng);
    let mut uit = Vec::new();
    let mut sleutel = String::new();
    let mut i = 0;
    while i < woorden.len() {
        let kan_beginnen = woorden.get(i).is_some_and(|w| {
            // In the plan's own voice a name is written capitalised (or after "de", "'s"):
            // a word without a key of its own starts none.
            let sleutel = if streng && w.sleutel.is_empty() {
                return false;
            } else {
                w.sleutel(tekst)
            };
            BEGIN_VAN_NAAM.contains(&*sleutel) || BIJVOEGLIJK.contains_key(&*sleutel)
        });
        if !kan_beginnen {
            i += 1;
            continue;
        }
        let mut gevonden = None;
        for n in (1..=MAX_WOORDEN.min(woorden.len() - i)).rev() {
            let Some(reeks) = woorden.get(i..i + n) else {
                continue;
            };
            if reeks.iter().skip(1).any(|w| !w.aansluitend) {
                continue;
            }
            sleutel.clear();
            for (k, w) in reeks.iter().enumerate() {
                if k > 0 {
                    sleutel.push(' ');
                }
                sleutel.push_str(&w.sleutel(tekst));
            }
            let treffer = zoek_sleutel(&sleutel).map(|b| (b, Vorm::Naam)).or_else(|| {
                (n == 1)
                    .then(|| BIJVOEGLIJK.get(sleutel.as_str()))
                    .flatten()
                    .map(|&naam| {
                        let b = match naam {
                            Naam::Gemeente(g) => Benoemd::Gemeente(Gemeente(g)),
                            Naam::Voormalig(v) => Benoemd::Voormalig(VoormaligeGemeente(v)),
                        };
                        (b, Vorm::Bijvoeglijk)
                    })
            });
            if let (Some(treffer), Some(eerste), Some(laatste)) =
                (treffer, reeks.first(), reeks.last())
            {
                gevonden = Some((treffer, n, eerste, laatste));
                break;
            }
        }
        let Some(((b, vorm), n, eerste, laatste)) = gevonden else {
            i += 1;
            continue;
        };
        let misschien_het_woord =
            n == 1 && eerste.zinsbegin && GEWONE_WOORDEN.contains(&&*eerste.sleutel(tekst));
        let telt = !streng
            || (als_naam_geschreven(tekst, eerste, laatste)
                && !misschien_het_woord
                && !in_organisatie(tekst, &woorden, i)
                && !als_partner(tekst, &woorden, i));
        if telt {
            uit.push((b, vorm, (eerste.begin, laatste.eind)));
        }
        i += n;
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn woorden_van(tekst: &str, eigen: &[&str]) -> Vec<String> {
        let eigen = EigenGemeenten::uit(eigen.iter().copied());
        vermeldingen(tekst, &eigen)
            .into_iter()
            .map(|v| v.tekst.to_owned())
            .collect()
    }

    #[test]
    fn naam_bijvoeglijk_en_voormalig() {
        let gevonden = vermeldingen(
            "In Houten en Den Bosch volgen we de Haagse aanpak; Vianen doet mee.",
            &EigenGemeenten::new(),
        );
        let namen: Vec<(&str, &str)> = gevonden
            .iter()
            .map(|v| (v.tekst, v.gemeente.naam()))
            .collect();
        assert_eq!(
            namen,
            [
                ("Houten", "Houten"),
                ("Den Bosch", "'s-Hertogenbosch"),
                ("Haagse", "'s-Gravenhage"),
                ("Vianen", "Vijfheerenlanden")
            ]
        );
        assert!(matches!(gevonden[3].vorm, Vorm::Voormalig(v) if v.naam() == "Vianen"));
    }

    #[test]
    fn meerwoordige_namen_en_koppeltekens() {
        assert_eq!(
            woorden_van("Net als in Alphen aan den Rijn en 's-Hertogenbosch.", &[]),
            ["Alphen aan den Rijn", "'s-Hertogenbosch"]
        );
        // Part of another name, or across a line break: not this gemeente.
        assert!(woorden_van("Het district Utrecht-Zuid en Midden-Nederland.", &[]).is_empty());
        assert!(woorden_van("Hoeksche\nWaard", &[]).is_empty());
    }

    #[test]
    fn organisaties_en_partners_niet() {
        let tekst = "De Veiligheidsregio Utrecht, GGD Utrecht, de Omgevingsdienst regio Utrecht, \
                     de provincie Utrecht en de Hogeschool Utrecht. Samen met gemeente IJsselstein \
                     en gemeente Nieuwegein werken we aan Jonge Aanwas.";
        assert!(woorden_van(tekst, &["Vijfheerenlanden"]).is_empty());
        // In its own voice the name counts.
        assert_eq!(
            woorden_van(
                "In Utrecht daalt het aantal inbraken. De gemeente Nieuwegein kiest.",
                &[]
            ),
            ["Utrecht", "Nieuwegein"]
        );
    }

    #[test]
    fn gewone_woorden() {
        assert!(woorden_van("Best practices. Buren helpen elkaar. De buren ook.", &[]).is_empty());
        assert_eq!(
            woorden_van("We leren van Best en Buren.", &[]),
            ["Best", "Buren"]
        );
        assert!(woorden_van("een houten bank in de sluis", &[]).is_empty());
    }

    #[test]
    fn eigen_gemeenten_en_hun_voormalige() {
        assert!(woorden_van(
            "Vijfheerenlanden, Leerdam, Vianen en de Leerdamse aanpak.",
            &["Vijfheerenlanden"]
        )
        .is_empty());
        assert!(woorden_van("Vijfheerenlanden", &["Leerdam"]).is_empty());
        assert_eq!(
            woorden_van("In Gorinchem ook.", &["Vijfheerenlanden"]),
            ["Gorinchem"]
        );
    }

    #[test]
    fn lege_en_vreemde_tekst() {
        assert!(woorden_van("", &[]).is_empty());
        assert!(woorden_van("'-' ’ -- ''", &[]).is_empty());
        assert!(woorden_van("ÄÖÜ ß ǅ İstanbul", &[]).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn vindt_elke_gemeente_in_eigen_stem(
            i in 0usize..342,
            voor in proptest::sample::select(vec!["zien", "werken", "wonen", "leren van wat"]),
            na in "[a-z]{1,8}",
        ) {
            let g = Gemeente::alle().nth(i).expect("in range");
            // CBS's "(NH.)" is not how a text writes a name.
            proptest::prop_assume!(!g.naam().contains('('));
            let tekst = format!("Wij {voor} in {} {na}.", g.naam());
            let gevonden = vermeldingen(&tekst, &EigenGemeenten::new());
            proptest::prop_assert!(gevonden.iter().any(|v| v.gemeente == g && v.tekst == g.naam()), "{tekst}: {gevonden:?}");
            // ...and never when it is the plan's own.
            let eigen = EigenGemeenten::uit([g.naam()]);
            proptest::prop_assert!(vermeldingen(&tekst, &eigen).iter().all(|v| v.gemeente != g));
        }

        #[test]
        fn breekt_nooit_en_bereiken_kloppen(tekst in "\\PC{0,200}") {
            for v in vermeldingen(&tekst, &EigenGemeenten::new()) {
                proptest::prop_assert_eq!(tekst.get(v.begin..v.begin + v.tekst.len()), Some(v.tekst));
            }
        }
    }
}
