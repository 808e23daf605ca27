//! Recognising the names real plans use: "Ondermijning", "Zorg & Veiligheid", "High Impact
//! Crimes", "Woninginbraak en andere vermogenscriminaliteit".
//!
//! [`herken`] takes a free text and returns ranked [`Kandidaat`]s: KBV themes (1.1 to 5.5),
//! strategic themes (S1 to S3) and the aanpak-aspecten of veld 1, each with a score in `0..=1`
//! and the reason in Dutch: which name, [alias](ALIASSEN) or handbook passage matched, quoting
//! it. The [`Herkenning`] says whether the recognition is *eenduidig* (one subject, named by a
//! name or alias of the method); it never resolves an ambiguous name silently: "Drugs" and
//! "Overlast" give their candidates and `eenduidig: false`.
//!
//! # How it decides
//!
//! 1. **Names.** The input is, or contains, a name of the method: a code ("5.2"), an official,
//!    older or other name the handbook uses, the name of a veld (all its themes), or an
//!    [`Alias`] from [`ALIASSEN`], each justified by a quoted handbook passage. A name counts as
//!    present when its words stand in the input (order free; "veilig", "veiligheid" and
//!    "aanpak" may be left out: "Uitgaan" names 2.3 Veilig uitgaan).
//! 2. **Texts.** Every other word is looked up in the themes' own texts (uitleg, rol van de
//!    gemeente, maatregelen, effectindicatoren, effectinformatie, ontwikkelingen, instrumenten,
//!    partners, and the texts of the strategic themes and aspects), weighted by how rare it is
//!    across the 31 subjects and by the part it stands in. "straatroof" finds 1.3 through its
//!    uitleg. Words that stand together in one passage count more, but not through a generic
//!    word ("veilig"); a word that a subject's name holds as well as its texts counts a little
//!    more than the same word in texts alone ("Risicojongeren" leans to 3.2, "individuele
//!    probleemjongeren", rather than 3.1). A word found only in texts never makes a
//!    recognition unambiguous.
//! 3. **Typing errors.** A name within a few letters ("Jeugdoverlst") is a candidate, never an
//!    unambiguous one.
//!
//! Words are compared as simple Dutch stems: case, accents and punctuation do not count, "&" is
//! "en", singular and plural meet ("woninginbraken", "woninginbraak"), compounds are split
//! where their parts are known ("risicojongeren", its start read as a modifier: not the
//! "gezondheidsrisico's" of 3.3), and elided compounds are completed
//! ("vermogens- en geweldscriminaliteit", "jeugdoverlast en -criminaliteit").
//!
//! Text that matches nothing gives no candidates: nothing is forced.
//!
//! The index behind it is built once, on first use, from the catalogue's static data.
//!
//! # Example
//!
//! ```
//! use kernbeleid::catalogus::herkenning::{herken, Onderwerp};
//! use kernbeleid::catalogus::Thema;
//!
//! let h = herken("Woninginbraken");
//! assert!(h.is_eenduidig());
//! assert_eq!(h.thema(), Some(Thema::ObjectieveVeiligheid));
//! assert!(h.kandidaten()[0].reden.contains("woninginbraak"));
//!
//! let drugs = herken("Drugs");
//! assert!(!drugs.is_eenduidig());
//! let codes: Vec<&str> = drugs.kandidaten().iter().map(|k| k.onderwerp.code()).collect();
//! assert!(codes.contains(&"3.3"));
//!
//! assert!(herken("Zwemles op dinsdag").is_empty());
//! ```

mod aliassen;
mod index;
mod tekst;

use core::fmt;
use std::collections::HashMap;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use strum::{EnumCount, VariantArray};

pub use aliassen::{Alias, ALIASSEN};

use index::{NaamSoort, Passage, AANTAL, INDEX};

use crate::catalogus::{Aspect, StrategischThema, Thema, Veld};
use crate::naam;
use crate::Bron;

/// What a candidate names: a KBV theme, a strategic theme or an aanpak-aspect of veld 1.
///
/// Ordered themes first, then strategic themes, then aspects, each in code order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Onderwerp {
    /// One of the 22 themes, "1.1" to "5.5".
    Thema(Thema),
    /// One of the three strategic themes, "S1" to "S3".
    Strategisch(StrategischThema),
    /// One of the six aanpak-aspecten of veld 1, "aspect 1.1" to "aspect 1.6".
    Aspect(Aspect),
}

const ASPECTCODES: [&str; 6] = [
    "aspect 1.1",
    "aspect 1.2",
    "aspect 1.3",
    "aspect 1.4",
    "aspect 1.5",
    "aspect 1.6",
];

impl Onderwerp {
    /// The code: `"5.2"`, `"S1"`, or for an aspect `"aspect 1.5"` (the aspects' own codes
    /// "1.1" to "1.6" would be read as themes).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Onderwerp::Thema(t) => t.code(),
            Onderwerp::Strategisch(s) => s.code(),
            Onderwerp::Aspect(a) => ASPECTCODES[a as usize],
        }
    }

    /// The name: the official 2021 name of a theme or aspect, the short name of a strategic
    /// theme.
    #[must_use]
    pub fn naam(self) -> &'static str {
        match self {
            Onderwerp::Thema(t) => t.naam(),
            Onderwerp::Strategisch(s) => s.naam(),
            Onderwerp::Aspect(a) => a.naam(),
        }
    }

    /// What kind of thing it is, in Dutch: `"thema"`, `"strategisch thema"` or
    /// `"aanpak-aspect"`.
    #[must_use]
    pub fn soort(self) -> &'static str {
        match self {
            Onderwerp::Thema(_) => "thema",
            Onderwerp::Strategisch(_) => "strategisch thema",
            Onderwerp::Aspect(_) => "aanpak-aspect",
        }
    }

    /// Where the handbook describes it.
    #[must_use]
    pub fn bron(self) -> Bron {
        match self {
            Onderwerp::Thema(t) => t.gegevens().bron,
            Onderwerp::Strategisch(s) => s.gegevens().bron,
            Onderwerp::Aspect(a) => a.gegevens().bron,
        }
    }

    /// Every subject, in order: the 22 themes, the 3 strategic themes, the 6 aspects.
    pub fn alle() -> impl Iterator<Item = Onderwerp> {
        Thema::VARIANTS
            .iter()
            .map(|&t| Onderwerp::Thema(t))
            .chain(
                StrategischThema::VARIANTS
                    .iter()
                    .map(|&s| Onderwerp::Strategisch(s)),
            )
            .chain(Aspect::VARIANTS.iter().map(|&a| Onderwerp::Aspect(a)))
    }

    /// The position in [`alle`](Self::alle).
    const fn index(self) -> usize {
        match self {
            Onderwerp::Thema(t) => t as usize,
            Onderwerp::Strategisch(s) => Thema::COUNT + s as usize,
            Onderwerp::Aspect(a) => Thema::COUNT + StrategischThema::COUNT + a as usize,
        }
    }

    /// The subject at position `i` of [`alle`](Self::alle).
    fn uit_index(i: usize) -> Option<Onderwerp> {
        if let Some(&t) = Thema::VARIANTS.get(i) {
            return Some(Onderwerp::Thema(t));
        }
        let i = i - Thema::COUNT;
        if let Some(&s) = StrategischThema::VARIANTS.get(i) {
            return Some(Onderwerp::Strategisch(s));
        }
        Aspect::VARIANTS
            .get(i - StrategischThema::COUNT)
            .map(|&a| Onderwerp::Aspect(a))
    }
}

impl fmt::Display for Onderwerp {
    /// "5.2 Georganiseerde/ondermijnende criminaliteit", "S1 Gedigitaliseerde criminaliteit",
    /// "aspect 1.5 Toezicht en handhaving".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.naam())
    }
}

impl Serialize for Onderwerp {
    /// The code, as [`Onderwerp::code`].
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// One candidate of a [`Herkenning`]: what the input may name, how sure, and why.
///
/// Serialises as `{"code": "5.2", "naam": "...", "soort": "thema", "score": 0.95, "reden":
/// "...", "bron": {"sectie": "...", "pagina": 5}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Kandidaat {
    /// What the input may name.
    pub onderwerp: Onderwerp,
    /// How strongly, from 0 to 1, rounded to two decimals. 1 is a code or official name; an
    /// alias is about 0.95; a word found only in handbook texts stays below 0.8.
    pub score: f64,
    /// Why, in Dutch: which name, alias or passage matched, quoting it.
    pub reden: String,
    /// The handbook passage the reason rests on: the alias's citation, or the subject's table.
    pub bron: Bron,
}

impl Serialize for Kandidaat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Kandidaat", 6)?;
        s.serialize_field("code", self.onderwerp.code())?;
        s.serialize_field("naam", self.onderwerp.naam())?;
        s.serialize_field("soort", self.onderwerp.soort())?;
        s.serialize_field("score", &self.score)?;
        s.serialize_field("reden", &self.reden)?;
        s.serialize_field("bron", &self.bron)?;
        s.end()
    }
}

/// The result of [`herken`]: the input and its candidates, best first.
///
/// Serialises as `{"invoer": "...", "eenduidig": true, "meervoudig": false, "kandidaten":
/// [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Herkenning {
    invoer: String,
    eenduidig: bool,
    meervoudig: bool,
    kandidaten: Vec<Kandidaat>,
}

impl Herkenning {
    /// The text as given.
    #[must_use]
    pub fn invoer(&self) -> &str {
        &self.invoer
    }

    /// The candidates, best first (at most [`MAX_KANDIDATEN`]).
    #[must_use]
    pub fn kandidaten(&self) -> &[Kandidaat] {
        &self.kandidaten
    }

    /// Whether nothing was recognised.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.kandidaten.is_empty()
    }

    /// Whether the input names exactly one subject: the best candidate is named by a code,
    /// name or alias in the input, no other subject is, and the next candidate is well behind.
    #[must_use]
    pub fn is_eenduidig(&self) -> bool {
        self.eenduidig
    }

    /// Whether the input names several subjects by name: a cluster ("Veilig toerisme,
    /// recreatie en evenementen"), the name of a veld, or an alias of several themes.
    #[must_use]
    pub fn is_meervoudig(&self) -> bool {
        self.meervoudig
    }

    /// The one candidate, when the recognition is unambiguous.
    #[must_use]
    pub fn eenduidig(&self) -> Option<&Kandidaat> {
        self.kandidaten.first().filter(|_| self.eenduidig)
    }

    /// The KBV theme the input names, when it names one unambiguously (not a strategic theme
    /// or aspect).
    #[must_use]
    pub fn thema(&self) -> Option<Thema> {
        match self.eenduidig()?.onderwerp {
            Onderwerp::Thema(t) => Some(t),
            _ => None,
        }
    }

    /// One line in Dutch on the outcome: `eenduidig: 5.2 ...`, `meerduidig (...)`, or
    /// `onbekend`.
    #[must_use]
    pub fn samenvatting(&self) -> String {
        match (self.eenduidig(), self.kandidaten.as_slice()) {
            (Some(k), _) => format!("eenduidig: {}", k.onderwerp),
            (None, []) => {
                "onbekend: geen naam, alias of passage van de handreiking gevonden".to_owned()
            }
            (None, [_]) => "niet eenduidig: één zwakke kandidaat".to_owned(),
            (None, lijst) => {
                let wat = if self.meervoudig {
                    "de invoer noemt meer dan één thema"
                } else {
                    "meerdere kandidaten"
                };
                format!("meerduidig ({wat}): {} kandidaten", lijst.len())
            }
        }
    }
}

/// At most this many candidates are given.
pub const MAX_KANDIDATEN: usize = 8;

/// The evidence a word gives each theme of a veld whose name stands in the input.
const VELD_WOORD: f32 = 0.6;
/// How much of the lesser of a word's name and text evidence for one subject is added to the
/// greater: the name's word weighs in beside the texts, without making a name of a text word.
const NAAM_EN_TEKST: f32 = 0.1;
/// Candidates below this score are left out.
const MIN_SCORE: f32 = 0.26;
/// And those below this part of the best score.
const MIN_DEEL_VAN_BESTE: f64 = 0.5;
/// How well a word matches a longer word it is the end of: the head of a compound
/// ("inbraak" of "woninginbraak").
const DEEL_EIND: f32 = 0.8;
/// How well a word matches a longer word it is the start of ("hennep" of "hennepplantages").
const DEEL_BEGIN: f32 = 0.7;
/// How well a word the index does not know matches the known word it ends with, the head of
/// the compound ("veiligheidsgevoel" of "onveiligheidsgevoel"). A name counts as present
/// through matches this good or better.
const KOP: f32 = 0.85;
/// The best candidate must be at least this far ahead of the next to be unambiguous.
const MARGE: f64 = 0.15;
/// And score at least this.
const MIN_EENDUIDIG: f64 = 0.6;

/// Recognises what a free text names: ranked candidates with score and reason.
///
/// Never panics; any string is fine. Deterministic. Input of any length is read, but names are
/// short: typing errors are only looked for up to [`naam::MAX_LENGTE`] bytes.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::herkenning::herken;
///
/// let h = herken("Zorg & Veiligheid");
/// assert_eq!(h.eenduidig().map(|k| k.onderwerp.code()), Some("S2"));
/// let json = serde_json::to_value(&h)?;
/// assert_eq!(json["kandidaten"][0]["code"], "S2");
/// assert_eq!(json["eenduidig"], true);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[must_use]
pub fn herken(invoer: &str) -> Herkenning {
    Zoektocht::new(invoer).uitkomst()
}

/// The suggestions of a read error ("bedoelt u ...?"): the candidates of `invoer` that `soort`
/// accepts, among those close to the best, at most `hoeveel`. Empty for input longer than
/// [`naam::MAX_LENGTE`].
pub(crate) fn suggesties<T>(
    invoer: &str,
    hoeveel: usize,
    soort: impl Fn(Onderwerp) -> Option<T>,
) -> Vec<T> {
    if invoer.len() > naam::MAX_LENGTE {
        return Vec::new();
    }
    // The ranking only: the reasons are not needed here.
    let lijst = Zoektocht::new(invoer).gerangschikt();
    let Some(&(_, beste)) = lijst.first() else {
        return Vec::new();
    };
    let grens = (beste - 0.25).max(0.3);
    lijst
        .into_iter()
        .filter(|&(_, score)| score >= grens)
        .filter_map(|(o, _)| soort(o))
        .take(hoeveel)
        .collect()
}

/// Byte ranges in a passage.
type Spans = Vec<(usize, usize)>;

/// Word ids with how well they match.
type Alternatieven = Vec<(u32, f32)>;

/// One word of the input as compared.
#[derive(Debug)]
struct Vraagwoord {
    begin: usize,
    eind: usize,
    /// Word ids it matches, with how well (1 the word itself, less for a part of a compound).
    alternatieven: Alternatieven,
    /// How much it says: rare words weigh more.
    gewicht: f32,
    /// One of the generic words of names ("veilig", "veiligheid", "aanpak"): it ties no two
    /// words to one passage.
    generiek: bool,
}

/// Where the evidence for one word and subject comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Herkomst {
    Geen,
    Tekst,
    /// Name number, and whether the name stands whole in the input.
    Naam(usize, bool),
}

/// A name that stands whole in the input.
#[derive(Debug, Clone)]
struct Aanwezig {
    naam: usize,
    /// Which input words it covers.
    woorden: Vec<usize>,
    exact: bool,
    /// Every word of the name stands in the input, the generic ones too.
    compleet: bool,
    /// Covered by a longer name of another subject ("jeugd" of "Jeugd, alcohol en drugs").
    overdekt: bool,
}

/// Why a subject scores what it scores.
#[derive(Debug, Clone)]
enum Grond {
    /// The input is its code or a name `Thema::herken` and friends accept.
    Letterlijk(String),
    /// A name stands in the input (`Aanwezig` index).
    Naam(usize),
    /// A name within a few letters: name number and distance.
    Tikfout(usize, usize),
    /// Words of the input stand in its names or texts.
    Woorden,
}

struct Zoektocht<'a> {
    invoer: &'a str,
    woorden: Vec<Vraagwoord>,
    /// Per word id of the index: the input words that match it, and how well.
    per_id: HashMap<u32, Vec<(usize, f32)>>,
    /// Per word, per subject: evidence and where it comes from.
    bewijs: Vec<[(f32, Herkomst); AANTAL]>,
    aanwezig: Vec<Aanwezig>,
    /// Per subject: score and ground.
    scores: Vec<(f32, Option<Grond>)>,
}

impl<'a> Zoektocht<'a> {
    fn new(invoer: &'a str) -> Self {
        let index = &*INDEX;
        let tokens = tekst::tokens(invoer, &|s| index.id(s).is_some(), false);
        let mut woorden = Vec::with_capacity(tokens.len());
        let samengesteld = samengestelde_woorden(&tokens);
        for (t, samen) in tokens.into_iter().zip(samengesteld) {
            let mut alternatieven = alternatieven(&t.stam);
            if alternatieven.is_empty() {
                if let Some((kop, staart)) = splits(&t.stam) {
                    for a in [kop, staart] {
                        let a = a.into_iter().map(|(id, q)| (id, q * 0.85)).collect();
                        woorden.push(Vraagwoord {
                            begin: t.begin,
                            eind: t.eind,
                            alternatieven: a,
                            gewicht: 0.0,
                            generiek: false,
                        });
                    }
                    continue;
                }
                alternatieven.extend(kop_van(&t.stam));
                if alternatieven.is_empty() {
                    alternatieven = begin_van(&t.stam);
                }
            }
            // A word of the handbook the input writes in two ("uitbuiting van
            // arbeidsmigranten" for "arbeidsuitbuiting"): both input words name it.
            for (id, k) in samen {
                match alternatieven.iter_mut().find(|(a, _)| *a == id) {
                    Some(plek) => plek.1 = plek.1.max(k),
                    None => alternatieven.push((id, k)),
                }
            }
            woorden.push(Vraagwoord {
                begin: t.begin,
                eind: t.eind,
                alternatieven,
                gewicht: 0.0,
                generiek: tekst::is_generiek(&t.stam),
            });
        }
        for w in &mut woorden {
            let set = w
                .alternatieven
                .iter()
                .fold(0u32, |s, &(id, _)| s | index.in_onderwerpen[id as usize]);
            w.gewicht = idf(set.count_ones());
        }
        let mut per_id: HashMap<u32, Vec<(usize, f32)>> = HashMap::new();
        for (q, w) in woorden.iter().enumerate() {
            for &(id, k) in &w.alternatieven {
                per_id.entry(id).or_default().push((q, k));
            }
        }
        let mut z = Zoektocht {
            invoer,
            per_id,
            bewijs: vec![[(0.0, Herkomst::Geen); AANTAL]; woorden.len()],
            woorden,
            aanwezig: Vec::new(),
            scores: vec![(0.0, None); AANTAL],
        };
        z.teksten();
        z.namen();
        z.score();
        z.letterlijk();
        z.tikfouten();
        z
    }

    /// Evidence from the subjects' texts. Words that stand together in one passage of a
    /// subject ("personen" and "gedrag" in "overlast van personen met verward gedrag") count
    /// more for it than the same words scattered over its texts. A generic word ("veilig")
    /// stands in passages of every field, so it ties nothing: "Veilige wijken" is not 3.1
    /// because "Veilig Thuis" and "wijkteams" stand in one sentence of 3.1.
    fn teksten(&mut self) {
        let index = &*INDEX;
        self.losse_woorden();
        if self.woorden.len() < 2 {
            return;
        }
        for o in Onderwerp::alle() {
            let i = o.index();
            let gevonden: Vec<usize> = (0..self.woorden.len())
                .filter(|&q| self.bewijs[q][i].0 > 0.0 && !self.woorden[q].generiek)
                .collect();
            if gevonden.len() < 2 {
                continue;
            }
            // (passage, input word) for every found word in every passage that holds it.
            let mut paren: Vec<(u32, usize)> = Vec::new();
            for &q in &gevonden {
                for &(id, _) in &self.woorden[q].alternatieven {
                    paren.extend(index.voorkomens_bij(id, o).map(|(p, _)| (p, q)));
                }
            }
            paren.sort_unstable();
            paren.dedup();
            let mut samen: Vec<usize> = Vec::new();
            for groep in paren.chunk_by(|a, b| a.0 == b.0) {
                if groep.len() > samen.len() {
                    samen = groep.iter().map(|&(_, q)| q).collect();
                }
            }
            if samen.len() >= 2 {
                let factor = 1.0 + 0.15 * (samen.len() - 1) as f32;
                for &q in &samen {
                    let plek = &mut self.bewijs[q][i];
                    plek.0 = (plek.0 * factor).min(0.75);
                }
            }
        }
    }

    /// Evidence from the subjects' texts, word by word.
    fn losse_woorden(&mut self) {
        let index = &*INDEX;
        for (q, w) in self.woorden.iter().enumerate() {
            for &(id, kwaliteit) in &w.alternatieven {
                for t in &index.treffers[id as usize] {
                    let sterkte = (t.gewicht
                        + 0.08 * f32::from(t.delen.saturating_sub(1))
                        + 0.03 * f32::from(t.passages.saturating_sub(1).min(5)))
                    .min(1.0);
                    let e = 0.75 * sterkte * kwaliteit;
                    let plek = &mut self.bewijs[q][usize::from(t.onderwerp)];
                    if e > plek.0 {
                        *plek = (e, Herkomst::Tekst);
                    }
                }
            }
        }
    }

    /// Evidence from names, and which names stand whole in the input.
    ///
    /// A word found both in a subject's name and in its texts counts a little more than either
    /// alone ([`NAAM_EN_TEKST`]): the handbook's own word for a theme tips the balance between
    /// themes whose texts use a word alike ("jongeren" stands in the texts of 3.1 and 3.2; the
    /// name of 3.2 says "individuele probleemjongeren").
    fn namen(&mut self) {
        let mut uit_namen = vec![[(0.0f32, Herkomst::Geen); AANTAL]; self.woorden.len()];
        self.namen_in(&mut uit_namen);
        for (tekst, naam) in self.bewijs.iter_mut().zip(&uit_namen) {
            for (t, &(e, herkomst)) in tekst.iter_mut().zip(naam) {
                if e <= 0.0 {
                    continue;
                }
                let beide = t.0 > 0.0;
                let (hoog, laag) = if e > t.0 { (e, t.0) } else { (t.0, e) };
                if e > t.0 {
                    t.1 = herkomst;
                }
                t.0 = if beide {
                    (hoog + NAAM_EN_TEKST * laag).min(1.0)
                } else {
                    hoog
                };
            }
        }
    }

    /// The evidence of every name into `uit`, and the names that stand whole in the input.
    fn namen_in(&mut self, uit: &mut [[(f32, Herkomst); AANTAL]]) {
        let index = &*INDEX;
        for (n, naam) in index.namen.iter().enumerate() {
            if naam.woorden.is_empty() {
                continue;
            }
            // Per word of the name: the input word that matches it best.
            let treffers: Vec<Option<(usize, f32)>> = naam
                .woorden
                .iter()
                .map(|id| {
                    self.per_id
                        .get(id)?
                        .iter()
                        .copied()
                        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                })
                .collect();
            if treffers.iter().all(Option::is_none) {
                continue;
            }
            let aanwezig = naam
                .kern
                .iter()
                .zip(&treffers)
                .all(|(&kern, t)| !kern || t.is_some_and(|(_, k)| k >= KOP));
            let is_veld = matches!(naam.soort, NaamSoort::Veld(_));
            if !aanwezig && is_veld {
                continue;
            }
            let mut gedekt: Vec<usize> = treffers.iter().flatten().map(|&(q, _)| q).collect();
            gedekt.sort_unstable();
            gedekt.dedup();
            let kwaliteit = naam.soort.kwaliteit();
            for (&(q, k), &kern) in treffers
                .iter()
                .zip(&naam.kern)
                .filter_map(|(t, k)| Some((t.as_ref()?, k)))
            {
                // Part of a name counts only for its telling words: "veilige" says nothing of
                // "Objectieve veiligheid".
                if !aanwezig && !kern {
                    continue;
                }
                // A veld's name says less of each of its themes than a theme's own name.
                let e = match (aanwezig, is_veld) {
                    (true, true) => VELD_WOORD * k,
                    (true, false) => kwaliteit * k,
                    (false, _) => 0.75 * kwaliteit * k,
                };
                for o in &naam.onderwerpen {
                    let plek = &mut uit[q][o.index()];
                    if e > plek.0 {
                        *plek = (e, Herkomst::Naam(n, aanwezig));
                    }
                }
            }
            if aanwezig {
                let exact = gedekt.len() == self.woorden.len()
                    && treffers.iter().all(|t| t.is_some_and(|(_, k)| k >= 1.0))
                    && self.woorden.len() == naam.woorden.len();
                self.aanwezig.push(Aanwezig {
                    naam: n,
                    woorden: gedekt,
                    exact,
                    compleet: treffers.iter().all(Option::is_some),
                    overdekt: false,
                });
            }
        }
        // A name covered by a longer name of other subjects does not count as named.
        let alle = self.aanwezig.clone();
        for a in &mut self.aanwezig {
            let eigen = &index.namen[a.naam].onderwerpen;
            a.overdekt = alle.iter().any(|b| {
                b.woorden.len() > a.woorden.len()
                    && a.woorden.iter().all(|q| b.woorden.contains(q))
                    && index.namen[b.naam].onderwerpen != *eigen
            });
        }
    }

    /// The score of every subject from the evidence.
    fn score(&mut self) {
        let index = &*INDEX;
        let totaal: f32 = self.woorden.iter().map(|w| w.gewicht).sum();
        for (o, plek) in self.scores.iter_mut().enumerate() {
            let dekking = if totaal > 0.0 {
                self.woorden
                    .iter()
                    .zip(&self.bewijs)
                    .map(|(w, b)| w.gewicht * b[o].0)
                    .sum::<f32>()
                    / totaal
            } else {
                0.0
            };
            let mut beste = (0.8 * dekking, Grond::Woorden);
            for (i, a) in self.aanwezig.iter().enumerate() {
                let naam = &index.namen[a.naam];
                if a.overdekt || !naam.onderwerpen.iter().any(|x| x.index() == o) {
                    continue;
                }
                let s = if a.exact {
                    naam.soort.exact()
                } else {
                    let compleet = if a.compleet { 1.0 } else { 0.95 };
                    compleet * (0.55 * naam.soort.kwaliteit() + 0.45 * dekking)
                };
                if s > beste.0 {
                    beste = (s, Grond::Naam(i));
                }
            }
            if beste.0 > 0.0 {
                *plek = (beste.0.min(1.0), Some(beste.1));
            }
        }
    }

    /// Codes and names the exact parsers accept.
    fn letterlijk(&mut self) {
        let invoer = self.invoer.trim();
        if invoer.is_empty() || invoer.len() > naam::MAX_LENGTE {
            return;
        }
        let getal = invoer.bytes().all(|b| b.is_ascii_digit());
        let mut zet = |o: Onderwerp, s: f32, reden: String| {
            let plek = &mut self.scores[o.index()];
            if s >= plek.0 {
                *plek = (s, Some(Grond::Letterlijk(reden)));
            }
        };
        let thema = Thema::herken(invoer);
        if let Some(t) = thema {
            zet(Onderwerp::Thema(t), 1.0, letterlijk_thema(t, invoer));
        }
        if getal {
            return;
        }
        if let Some(s) = StrategischThema::herken(invoer) {
            let reden = if naam::gelijk(invoer, s.code()) {
                format!("de code {}", s.code())
            } else {
                format!(
                    "de naam van strategisch thema {}: \"{}\"",
                    s.code(),
                    invoer.trim()
                )
            };
            zet(Onderwerp::Strategisch(s), 1.0, reden);
        }
        if let Some(a) = Aspect::herken(invoer) {
            let code = Onderwerp::Aspect(a).code();
            if naam::gelijk(invoer, a.naam()) || invoer.to_lowercase().starts_with("aspect") {
                zet(
                    Onderwerp::Aspect(a),
                    1.0,
                    format!("de naam van {code}: \"{}\"", a.naam()),
                );
            } else if thema.is_none() {
                zet(
                    Onderwerp::Aspect(a),
                    0.75,
                    format!("geen thema heeft de code {invoer}, {code} wel"),
                );
            }
        }
        if let Some(v) = Veld::herken(invoer) {
            for &t in v.themas() {
                zet(
                    Onderwerp::Thema(t),
                    0.9,
                    format!(
                        "veiligheidsveld {:#}, dat de thema's {} omvat",
                        v,
                        codes(v.themas().iter().map(|&t| Onderwerp::Thema(t)))
                    ),
                );
            }
        }
    }

    /// Names within a few letters of the whole input, when no name stands in it.
    fn tikfouten(&mut self) {
        let index = &*INDEX;
        let letterlijk = self
            .scores
            .iter()
            .any(|(_, g)| matches!(g, Some(Grond::Letterlijk(_))));
        if self.invoer.len() > naam::MAX_LENGTE || letterlijk || !self.aanwezig.is_empty() {
            return;
        }
        let norm = naam::normaliseer(self.invoer);
        let lengte = norm.chars().count();
        if lengte < 4 {
            return;
        }
        let drempel = (lengte / 5).max(2);
        for (n, naam) in index.namen.iter().enumerate() {
            let Some(d) = naam::afstand_binnen(&norm, lengte, &naam.genormaliseerd, drempel) else {
                continue;
            };
            if d == 0 {
                continue;
            }
            let mut s = 0.72 - 0.04 * d as f32;
            if matches!(naam.soort, NaamSoort::Veld(_)) {
                s *= 0.9;
            }
            for o in &naam.onderwerpen {
                let plek = &mut self.scores[o.index()];
                if s > plek.0 {
                    *plek = (s, Some(Grond::Tikfout(n, d)));
                }
            }
        }
    }

    /// The subjects named by a name in the input (not covered by a longer one), or by their
    /// code or exact name.
    fn genoemd(&self) -> Vec<Onderwerp> {
        let index = &*INDEX;
        let mut uit: Vec<Onderwerp> = Vec::new();
        for a in self.aanwezig.iter().filter(|a| !a.overdekt) {
            for &o in &index.namen[a.naam].onderwerpen {
                if !uit.contains(&o) {
                    uit.push(o);
                }
            }
        }
        for (i, (_, grond)) in self.scores.iter().enumerate() {
            if let (Some(Grond::Letterlijk(_)), Some(o)) = (grond, Onderwerp::uit_index(i)) {
                if !uit.contains(&o) {
                    uit.push(o);
                }
            }
        }
        uit
    }

    /// The candidates and their scores, best first, without reasons.
    fn gerangschikt(&self) -> Vec<(Onderwerp, f64)> {
        let mut lijst: Vec<(Onderwerp, f64)> = self
            .scores
            .iter()
            .enumerate()
            .filter(|(_, (s, _))| *s >= MIN_SCORE)
            .filter_map(|(i, (s, _))| {
                Some((
                    Onderwerp::uit_index(i)?,
                    (f64::from(*s) * 100.0).round() / 100.0,
                ))
            })
            .collect();
        lijst.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let grens = lijst.first().map_or(0.0, |b| b.1 * MIN_DEEL_VAN_BESTE);
        lijst.retain(|&(_, s)| s >= grens);
        lijst.truncate(MAX_KANDIDATEN);
        lijst
    }

    fn uitkomst(self) -> Herkenning {
        let lijst = self.gerangschikt();
        let genoemd = self.genoemd();
        let meervoudig = genoemd.len() > 1;
        let eenduidig = match lijst.as_slice() {
            [] => false,
            [(o, s), rest @ ..] => {
                !meervoudig
                    && genoemd.contains(o)
                    && *s >= MIN_EENDUIDIG
                    && rest.first().is_none_or(|(_, t)| s - t >= MARGE)
            }
        };
        let kandidaten = lijst
            .iter()
            .map(|&(o, score)| {
                let (reden, bron) = self.reden(o, meervoudig.then_some(genoemd.as_slice()));
                Kandidaat {
                    onderwerp: o,
                    score,
                    reden,
                    bron,
                }
            })
            .collect();
        Herkenning {
            invoer: self.invoer.to_owned(),
            eenduidig,
            meervoudig,
            kandidaten,
        }
    }

    /// The reason for one candidate, in Dutch, and the passage it rests on.
    fn reden(&self, o: Onderwerp, genoemd: Option<&[Onderwerp]>) -> (String, Bron) {
        let index = &*INDEX;
        let i = o.index();
        let mut bron = o.bron();
        let mut verklaard: Vec<usize> = Vec::new();
        let mut delen: Vec<String> = Vec::new();
        match &self.scores[i].1 {
            Some(Grond::Letterlijk(reden)) => delen.push(reden.clone()),
            Some(Grond::Naam(a)) => {
                let a = &self.aanwezig[*a];
                let naam = &index.namen[a.naam];
                verklaard.extend(&a.woorden);
                let woorden = self.invoerwoorden(&a.woorden);
                let (tekst, b) = beschrijf_naam(naam.tekst, naam.soort, o, a.exact, &woorden);
                if let Some(b) = b {
                    bron = b;
                }
                delen.push(tekst);
            }
            Some(Grond::Tikfout(n, d)) => {
                let naam = &index.namen[*n];
                let tekens = if *d == 1 { "teken" } else { "tekens" };
                delen.push(format!(
                    "lijkt op {} ({d} {tekens} verschil)",
                    naam_van(naam.tekst, naam.soort, o)
                ));
            }
            Some(Grond::Woorden) | None => {}
        }
        // Words named in (part of) a name of this subject that no whole name explains.
        let deelnamen: Vec<(usize, usize)> = self
            .bewijs
            .iter()
            .enumerate()
            .filter(|(q, _)| !verklaard.contains(q))
            .filter_map(|(q, b)| match b[i].1 {
                Herkomst::Naam(n, false) => Some((q, n)),
                _ => None,
            })
            .collect();
        if let Some(&(_, n)) = deelnamen.first() {
            let qs: Vec<usize> = deelnamen
                .iter()
                .filter(|&&(_, m)| m == n)
                .map(|&(q, _)| q)
                .collect();
            let naam = &index.namen[n];
            delen.push(format!(
                "{} {} in {}",
                self.invoerwoorden(&qs).join(", "),
                if qs.len() == 1 {
                    "komt voor"
                } else {
                    "komen voor"
                },
                naam_van(naam.tekst, naam.soort, o)
            ));
            verklaard.extend(qs);
        }
        // Words found in the subject's texts.
        let open: Vec<usize> = (0..self.woorden.len())
            .filter(|q| !verklaard.contains(q) && self.bewijs[*q][i].0 > 0.0)
            .collect();
        if let Some((p, treffers)) = self.beste_passage(o, &open) {
            let woorden = p_woorden(p, &treffers);
            let lid = if delen.is_empty() {
                "de handreiking noemt"
            } else {
                "verder noemt de handreiking"
            };
            delen.push(format!(
                "{lid} {} in {} van {}: \"{}\"",
                woorden.join(", "),
                p.waar,
                o.code(),
                citeer(p.tekst, &treffers)
            ));
            if matches!(self.scores[i].1, Some(Grond::Woorden) | None) {
                bron = p.bron;
            }
        }
        if let Some(genoemd) = genoemd {
            if genoemd.contains(&o) {
                delen.push(format!(
                    "de invoer noemt meer dan één onderwerp ({})",
                    codes(genoemd.iter().copied())
                ));
            }
        }
        if delen.is_empty() {
            delen.push(format!("verwant aan {}", o.code()));
        }
        (delen.join("; "), bron)
    }

    /// The input words at positions `qs`, quoted, without repeats.
    fn invoerwoorden(&self, qs: &[usize]) -> Vec<String> {
        let mut uit: Vec<String> = Vec::new();
        for &q in qs {
            let w = &self.woorden[q];
            let tekst = format!(
                "\"{}\"",
                self.invoer.get(w.begin..w.eind).unwrap_or_default()
            );
            if !uit.contains(&tekst) {
                uit.push(tekst);
            }
        }
        uit
    }

    /// The passage of `o` that holds most of the input words `qs`, and the spans of its
    /// matching words.
    fn beste_passage(
        &self,
        o: Onderwerp,
        qs: &[usize],
    ) -> Option<(&'static Passage, Vec<(usize, usize)>)> {
        if qs.is_empty() {
            return None;
        }
        let index: &'static index::Index = &INDEX;
        let mut kandidaten: Vec<(u32, &'static Passage)> = qs
            .iter()
            .flat_map(|&q| &self.woorden[q].alternatieven)
            .flat_map(|&(id, _)| index.voorkomens_bij(id, o))
            .collect();
        kandidaten.sort_unstable_by_key(|&(p, _)| p);
        kandidaten.dedup_by_key(|&mut (p, _)| p);
        let mut beste: Option<(f32, &Passage, Spans)> = None;
        for (_, p) in kandidaten {
            let mut gevonden = vec![0.0f32; qs.len()];
            let mut spans = Vec::new();
            for &(id, b, e) in &p.woorden {
                for &(q, k) in self.per_id.get(&id).map_or(&[][..], Vec::as_slice) {
                    if let Some(i) = qs.iter().position(|&x| x == q) {
                        gevonden[i] = gevonden[i].max(k);
                        spans.push((b as usize, e as usize));
                    }
                }
            }
            let waarde: f32 = qs
                .iter()
                .zip(&gevonden)
                .map(|(&q, &g)| self.woorden[q].gewicht * g * p.gewicht)
                .sum();
            if waarde > 0.0 && beste.as_ref().is_none_or(|(b, _, _)| waarde > *b) {
                spans.sort_unstable();
                spans.dedup();
                beste = Some((waarde, p, spans));
            }
        }
        beste.map(|(_, p, s)| (p, s))
    }
}

/// Input word positions' alternatives: the word itself and the longer words it is part of.
fn alternatieven(stam: &str) -> Alternatieven {
    let index = &*INDEX;
    let mut uit: Alternatieven = Vec::new();
    if let Some(id) = index.id(stam) {
        uit.push((id, 1.0));
    }
    for &(id, eind) in index.langere(stam) {
        if !uit.iter().any(|&(a, _)| a == id) {
            uit.push((id, if eind { DEEL_EIND } else { DEEL_BEGIN }));
        }
    }
    uit
}

/// The longest known word a word the index does not know ends with: the head of the compound
/// ("veiligheidsgevoel" of "onveiligheidsgevoel"), as good as [`KOP`].
fn kop_van(stam: &str) -> Option<(u32, f32)> {
    let index = &*INDEX;
    if !stam.is_ascii() {
        return None;
    }
    (2..=stam.len().saturating_sub(5)).find_map(|i| Some((index.id(&stam[i..])?, KOP)))
}

/// The longest known word (at least [`MIN_BEGIN_ONBEKEND`] letters) a word the index does not
/// know starts with, when it ends in letters the index does not know either: the modifier of a
/// compound whose head the handbook does not use ("hennep" of "hennepteelt"), with the words it
/// is the start of ("hennepcriminaliteit"), as sure as that start written alone.
fn begin_van(stam: &str) -> Alternatieven {
    if !stam.is_ascii() || stam.len() < MIN_BEGIN_ONBEKEND + 3 {
        return Vec::new();
    }
    let index = &*INDEX;
    (MIN_BEGIN_ONBEKEND..=stam.len() - 3)
        .rev()
        .find_map(|i| {
            // A known word, followed by letters that start no word of the handbook: not a
            // typing error in a known word ("jeugdoverlst"), which the typing errors handle.
            let rest = &stam[i..];
            let rest_bekend = index.id(rest).is_some()
                || rest.get(..4).is_some_and(|r| !index.langere(r).is_empty());
            let begin = tekst::stam(&stam[..i]);
            if rest_bekend || index.id(&begin).is_none() {
                return None;
            }
            Some(alternatieven(&begin))
        })
        .unwrap_or_default()
}

/// The shortest known start [`begin_van`] takes: shorter starts ("wijk", "drug") are too often
/// the start of unrelated words.
const MIN_BEGIN_ONBEKEND: usize = 5;

/// Per input word: the handbook words it forms with another input word, head and modifier
/// written apart. "uitbuiting" and "arbeidsmigranten" form "arbeidsuitbuiting" (the start
/// "arbeids" of the one before the other), "hennep" and "teelt" do not (no such word). The head
/// gets the word fully, the modifier as well as a head ([`KOP`]). Only for inputs of a few
/// words, as names are: the pairs grow with the square of the words.
fn samengestelde_woorden(tokens: &[tekst::Token]) -> Vec<Alternatieven> {
    let index = &*INDEX;
    let mut uit: Vec<Alternatieven> = vec![Vec::new(); tokens.len()];
    if tokens.len() > MAX_WOORDEN_SAMENSTELLING {
        return uit;
    }
    for (qk, kop) in tokens.iter().enumerate() {
        if kop.stam.len() < MIN_EIND || !kop.stam.is_ascii() {
            continue;
        }
        for (qb, bepaling) in tokens.iter().enumerate() {
            if qb == qk || !bepaling.stam.is_ascii() {
                continue;
            }
            let b = bepaling.stam.as_str();
            for i in (MIN_BEGIN..=b.len()).rev() {
                let Some(begin) = b.get(..i) else { continue };
                let samen = format!("{begin}{}", kop.stam);
                let Some(id) = index.id(&samen).or_else(|| index.id(&tekst::stam(&samen))) else {
                    continue;
                };
                if let Some(k) = uit.get_mut(qk) {
                    if !k.iter().any(|&(a, _)| a == id) {
                        k.push((id, 1.0));
                    }
                }
                if let Some(bw) = uit.get_mut(qb) {
                    if !bw.iter().any(|&(a, _)| a == id) {
                        bw.push((id, KOP));
                    }
                }
                break;
            }
        }
    }
    uit
}

/// The most words [`samengestelde_woorden`] pairs.
const MAX_WOORDEN_SAMENSTELLING: usize = 8;

/// The shortest start of a modifier [`samengestelde_woorden`] tries ("arbeids" of
/// "arbeidsmigranten" is tried down to "arbe").
const MIN_BEGIN: usize = 4;
/// The shortest head it pairs.
const MIN_EIND: usize = 5;

/// A compound the index does not know, split into two known parts ("risico" + "jongeren"):
/// the end must be a word of the index (the head of a compound is a word), the start a word or
/// the start of one ("cyber" of "cybercrime").
fn splits(stam: &str) -> Option<(Alternatieven, Alternatieven)> {
    let index = &*INDEX;
    if !stam.is_ascii() || stam.len() < 7 {
        return None;
    }
    let mut beste: Option<(f32, Alternatieven, Alternatieven)> = None;
    for i in 3..=stam.len() - 4 {
        let staart_stam = tekst::stam(&stam[i..]);
        if index.id(&staart_stam).is_none() {
            continue;
        }
        // The start is a modifier: it names the kind, as the start of a handbook word does
        // ("risico" of "risicoprofiel"), not as its end ("risico" of "gezondheidsrisico").
        let mut kop = alternatieven(&tekst::stam(&stam[..i]));
        kop.retain(|&(_, k)| k != DEEL_EIND);
        let Some(k) = beste_kwaliteit(&kop) else {
            continue;
        };
        // Longer ends first: the first split found with the best start wins.
        if beste.as_ref().is_none_or(|(b, _, _)| k > *b) {
            beste = Some((k, kop, alternatieven(&staart_stam)));
        }
    }
    beste.map(|(_, k, s)| (k, s))
}

fn beste_kwaliteit(alternatieven: &[(u32, f32)]) -> Option<f32> {
    alternatieven.iter().map(|&(_, k)| k).reduce(f32::max)
}

/// How much a word says, by the number of subjects it occurs with: rare words weigh more. A
/// word the index does not know weighs most: the input says something the handbook does not.
fn idf(aantal: u32) -> f32 {
    if aantal == 0 {
        return ONBEKEND_GEWICHT;
    }
    (1.0 + AANTAL as f32 / aantal as f32).ln()
}

/// The weight of a word the handbook does not use: as much as a fairly rare word, so that an
/// input of unknown words is not recognised ("Tradities") and one unknown word among known
/// ones ("Personen met onbegrepen gedrag") weakens what the others find without cancelling it.
const ONBEKEND_GEWICHT: f32 = 2.0;

/// The reason for an exact theme: code, official name, other spelling or older name.
fn letterlijk_thema(t: Thema, invoer: &str) -> String {
    if Thema::uit_code(invoer).is_some() {
        return format!("de code {}", t.code());
    }
    let g = t.gegevens();
    if let Some(oud) = crate::catalogus::OUDERE_NAMEN
        .iter()
        .find(|(n, _)| naam::gelijk(n, invoer))
    {
        return format!("oudere naam van {} (vóór 2021): \"{}\"", t.code(), oud.0);
    }
    if let Some(n) = g.andere_namen.iter().find(|n| naam::gelijk(n, invoer)) {
        return format!("schrijfwijze van de handreiking voor {}: \"{n}\"", t.code());
    }
    format!("de naam van {}: \"{}\"", t.code(), g.naam)
}

/// "de naam \"...\" van 3.1", by kind of name.
fn naam_van(tekst: &str, soort: NaamSoort, o: Onderwerp) -> String {
    match soort {
        NaamSoort::Officieel => format!("de naam \"{tekst}\" van {}", o.code()),
        NaamSoort::Schrijfwijze => {
            format!(
                "de schrijfwijze \"{tekst}\" van de handreiking voor {}",
                o.code()
            )
        }
        NaamSoort::Ouder => format!("de oudere naam \"{tekst}\" van {}", o.code()),
        NaamSoort::Titel => format!("de titel \"{tekst}\" van {}", o.code()),
        NaamSoort::Alias(a) => format!(
            "de alias \"{}\" van {}",
            a.naam,
            codes(a.onderwerpen.iter().copied())
        ),
        NaamSoort::Veld(v) => format!("de naam \"{tekst}\" van veiligheidsveld {}", v.nummer()),
    }
}

/// The reason for a name that stands in the input, and the passage it rests on when that is
/// not the subject's own table.
fn beschrijf_naam(
    tekst: &str,
    soort: NaamSoort,
    o: Onderwerp,
    exact: bool,
    woorden: &[String],
) -> (String, Option<Bron>) {
    let hoe = if exact {
        String::from("is")
    } else {
        format!("bevat {} uit", woorden.join(", "))
    };
    match soort {
        NaamSoort::Alias(a) => (
            format!(
                "{hoe} de alias \"{}\" van {}, een naam die plannen gebruiken; de handreiking \
                 gebruikt die woorden zo in: \"{}\" ({})",
                a.naam,
                codes(a.onderwerpen.iter().copied()),
                a.citaat,
                a.bron
            ),
            Some(a.bron),
        ),
        NaamSoort::Veld(v) => (
            format!(
                "{hoe} de naam \"{}\" van veiligheidsveld {}, dat de thema's {} omvat",
                v.naam(),
                v.nummer(),
                codes(v.themas().iter().map(|&t| Onderwerp::Thema(t)))
            ),
            Some(v.gegevens().bron),
        ),
        _ => (format!("{hoe} {}", naam_van(tekst, soort, o)), None),
    }
}

/// "3.1, 3.2 en S2".
fn codes(onderwerpen: impl Iterator<Item = Onderwerp>) -> String {
    let codes: Vec<&str> = onderwerpen.map(Onderwerp::code).collect();
    match codes.as_slice() {
        [] => String::new(),
        [een] => (*een).to_owned(),
        [voor @ .., laatste] => format!("{} en {laatste}", voor.join(", ")),
    }
}

/// The words of a passage at `spans`, quoted, without repeats.
fn p_woorden(p: &Passage, spans: &[(usize, usize)]) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for &(b, e) in spans {
        let w = format!("\"{}\"", p.tekst.get(b..e).unwrap_or_default());
        if !uit.iter().any(|u| u.to_lowercase() == w.to_lowercase()) {
            uit.push(w);
        }
    }
    uit
}

/// An excerpt of `tekst` around the spans: the whole sentence when it is short, otherwise
/// about 60 characters either side, cut at spaces, with "…" where cut.
fn citeer(tekst: &str, spans: &[(usize, usize)]) -> String {
    const RUIMTE: usize = 60;
    let schoon = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if tekst.chars().count() <= 2 * RUIMTE + 40 || spans.is_empty() {
        return schoon(tekst);
    }
    let eerste = spans.first().map_or(0, |s| s.0);
    let laatste = spans.last().map_or(0, |s| s.1);
    let laatste = if laatste - eerste > 2 * RUIMTE {
        eerste + RUIMTE
    } else {
        laatste
    };
    let begin = vorige_spatie(tekst, eerste.saturating_sub(RUIMTE));
    let eind = volgende_spatie(tekst, (laatste + RUIMTE).min(tekst.len()));
    let mut uit = String::new();
    if begin > 0 {
        uit.push('…');
    }
    uit.push_str(&schoon(tekst.get(begin..eind).unwrap_or_default()));
    if eind < tekst.len() {
        uit.push('…');
    }
    uit
}

/// The position after the last space at or before `i` (0 if none), on a character boundary.
fn vorige_spatie(tekst: &str, i: usize) -> usize {
    let mut i = i.min(tekst.len());
    while !tekst.is_char_boundary(i) {
        i -= 1;
    }
    tekst[..i].rfind(' ').map_or(0, |p| p + 1)
}

/// The position of the first space at or after `i` (the end if none).
fn volgende_spatie(tekst: &str, i: usize) -> usize {
    let mut i = i.min(tekst.len());
    while !tekst.is_char_boundary(i) {
        i += 1;
    }
    tekst[i..].find(' ').map_or(tekst.len(), |p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn onderwerpen_hebben_een_eigen_plaats() {
        let alle: Vec<Onderwerp> = Onderwerp::alle().collect();
        assert_eq!(alle.len(), AANTAL);
        for (i, o) in alle.iter().enumerate() {
            assert_eq!(o.index(), i);
            assert_eq!(Onderwerp::uit_index(i), Some(*o));
        }
        assert_eq!(Onderwerp::uit_index(AANTAL), None);
    }

    #[test]
    fn citaat_knipt_bij_spaties() {
        let tekst = "aaa ".repeat(40) + "straatroof " + &"bbb ".repeat(40);
        let b = tekst.find("straatroof").unwrap_or(0);
        let c = citeer(&tekst, &[(b, b + 10)]);
        assert!(
            c.starts_with('…') && c.ends_with('…') && c.contains("straatroof"),
            "{c}"
        );
        assert!(c.len() < 160, "{c}");
    }
}
