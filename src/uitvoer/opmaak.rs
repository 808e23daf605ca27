//! The layout of a document, apart from any format: headings, paragraphs, the fields a gemeente
//! fills in, lists and tables, in the order and with the wording of the Markdown skeleton
//! (`skelet::ivp_naar_markdown` and its two siblings).
//!
//! The Word writer and the HTML page render this layout; the Word reader builds it again from
//! the document kept inside the .docx, so that it knows for every content control its field
//! kind and the text that was written, and for every table its columns.

use std::borrow::Cow;

use crate::catalogus::{Aspect, Veld as Veiligheidsveld};
use crate::document::{
    Actiepunt, Bedrag, Begroting, Cijfer, Deelthema, Document, Effectindicator, EigenNaam,
    IndicatorSoort, Invulbaar, Ivp, Maatregel, Meting, Planning, Post, Richting, Tekst,
    ThemaVerwijzing, Themauitwerking, UitvoeringsItem, Uitvoeringsplan, Vaststelling,
    Veiligheidsanalyse, Voortgangsrapportage,
};
use crate::methode::{IvpHoofdstuk, UitvoeringsplanHoofdstuk};
use crate::raakvlakken::ThemaSet;
use strum::VariantArray;

pub(crate) mod ongeplaatst;

/// A document laid out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Opmaak {
    /// The title: fixed text, or the document's own title as a field.
    pub(crate) titel: Vec<Deel>,
    /// The page header: kind of document, gemeenten, period or year.
    pub(crate) koptekst: String,
    /// What a cover page shows.
    pub(crate) voorblad: Voorblad,
    /// The body.
    pub(crate) blokken: Vec<Blok>,
    /// The headings that carry a section number ("4.1 "), by their index in `blokken`, with
    /// the length in bytes of the number and its space at the start of their first part. Word
    /// numbers these from the heading style instead.
    pub(crate) genummerd: Vec<(usize, usize)>,
}

impl Opmaak {
    /// The parts of the heading at block `i` without its typed section number, and whether it
    /// had one: Word numbers such headings itself.
    #[cfg(feature = "word")]
    pub(crate) fn kop_zonder_nummer<'a>(
        &self,
        i: usize,
        delen: &'a [Deel],
    ) -> (bool, Cow<'a, [Deel]>) {
        let Some(&(_, lengte)) = self.genummerd.iter().find(|(k, _)| *k == i) else {
            return (false, Cow::Borrowed(delen));
        };
        let mut uit = delen.to_vec();
        if let Some(Deel::Vast(t)) = uit.first_mut() {
            let rest = t.get(lengte..).unwrap_or_default().to_owned();
            if rest.is_empty() {
                uit.remove(0);
            } else {
                *t = rest;
            }
        }
        (true, Cow::Owned(uit))
    }
}

/// What a cover page shows, each line in Dutch words.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Voorblad {
    /// The kind of document: "Integraal Veiligheidsplan".
    pub(crate) soort: &'static str,
    /// "Gemeente Utrecht", or "Gemeenten Kampen, Staphorst en Zwartewaterland".
    pub(crate) gemeenten: String,
    /// The period or year in words: "2027-2030", "1 maart 2027 t/m 30 juni 2028", "2027".
    pub(crate) periode: String,
    /// "Concept", or one line per adoption: "Vastgesteld door de raad op 12 maart 2027".
    pub(crate) status: Vec<String>,
}

/// "Gemeente Utrecht" for one gemeente, "Gemeenten A, B en C" for several.
pub(crate) fn gemeenten_tekst(gemeenten: &[String]) -> String {
    let namen: Vec<String> = gemeenten
        .iter()
        .map(|g| veilig(g).replace('\n', " "))
        .collect();
    match namen.as_slice() {
        [] => "Gemeente onbekend".to_owned(),
        [een] => format!("Gemeente {een}"),
        [eerste @ .., laatste] => format!("Gemeenten {} en {laatste}", eerste.join(", ")),
    }
}

/// A decision date in words: "12 maart 2027", or "12 maart" without a year.
pub(crate) fn besluitdatum_tekst(d: crate::document::Besluitdatum) -> String {
    d.datum()
        .map_or_else(|| d.to_string(), crate::document::datum_in_woorden)
}

/// The organ with its article: "de raad", "het college".
fn door_tekst(door: crate::document::Orgaan) -> &'static str {
    use crate::document::Orgaan;
    match door {
        Orgaan::Raad => "de raad",
        Orgaan::College => "het college",
        Orgaan::Burgemeester => "de burgemeester",
        Orgaan::Driehoek => "de driehoek",
    }
}

/// The status line of a cover: "Concept" until an adoption is recorded.
fn status(lijst: &[Vaststelling]) -> Vec<String> {
    if lijst.is_empty() {
        return vec!["Concept".to_owned()];
    }
    lijst
        .iter()
        .map(|v| {
            let gemeente = v.gemeente.as_deref().map_or_else(String::new, |g| {
                format!(" van {}", veilig(g).replace('\n', " "))
            });
            let datum = v
                .datum
                .map_or_else(String::new, |d| format!(" op {}", besluitdatum_tekst(d)));
            format!("Vastgesteld door {}{gemeente}{datum}", door_tekst(v.door))
        })
        .collect()
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Blok {
    /// A heading: level 1 is a chapter, 2 a section (a priority), 3 a subsection.
    Kop { niveau: u8, delen: Vec<Deel> },
    /// A paragraph of fixed text, possibly with fields in it.
    Alinea(Vec<Deel>),
    /// A short bold lead-in ("Toelichting"); `suggestie` when what follows is the handbook's
    /// offer rather than plan text.
    Label { tekst: String, suggestie: bool },
    /// The place of the table of contents.
    Inhoudsopgave,
    /// A text field of its own: one or more paragraphs.
    Tekstveld(Veld),
    /// A list the gemeente edits: one item per paragraph.
    Lijst(Lijst),
    /// A bulleted list of fixed text.
    Opsomming(Vec<String>),
    /// A table whose rows are the elements of a list in the document.
    Tabel(Tabel),
}

/// Part of a heading or paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Deel {
    /// Fixed text.
    Vast(String),
    /// A field.
    Veld(Veld),
}

/// A field the gemeente fills in or edits: the place of one value in the document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Veld {
    /// The JSON Pointer of the value (`/prioriteiten/0/toelichting`).
    pub(crate) pad: String,
    /// A Dutch name for the field that a coordinator understands.
    pub(crate) alias: String,
    /// What kind of value it holds.
    pub(crate) soort: Veldsoort,
    /// What it shows.
    pub(crate) inhoud: Inhoud,
}

/// What a field shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Inhoud {
    /// A value, as text (made safe for XML).
    Waarde(String),
    /// A placeholder: the hint what to fill in.
    Open(String),
    /// No value (an absent optional field in a table cell), shown as a dash.
    Geen,
}

/// The dash a table cell shows for an absent value.
pub(crate) const STREEP: &str = "—";

impl Veld {
    /// The text the field shows.
    pub(crate) fn toon(&self) -> &str {
        match &self.inhoud {
            Inhoud::Waarde(t) | Inhoud::Open(t) => t,
            Inhoud::Geen => STREEP,
        }
    }

    /// Whether the field shows a placeholder.
    #[cfg_attr(not(feature = "word"), allow(dead_code))] // only the Word writer and reader
    pub(crate) fn is_open(&self) -> bool {
        matches!(self.inhoud, Inhoud::Open(_))
    }
}

/// The text a part of a heading or paragraph shows.
#[cfg(feature = "word")]
pub(crate) fn deel_tekst(deel: &Deel) -> &str {
    match deel {
        Deel::Vast(t) => t,
        Deel::Veld(v) => v.toon(),
    }
}

/// The kind of value a field holds, which says how its text is read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Veldsoort {
    /// Required text that may be a placeholder (`Tekst`).
    Tekst,
    /// Optional text that may be a placeholder (`Option<Tekst>`).
    OptieTekst,
    /// Required plain text (`String`).
    Regel,
    /// Optional plain text (`Option<String>`).
    OptieRegel,
    /// `Option<Invulbaar<Meting>>`: "95 (2022)".
    Meting,
    /// `Option<Invulbaar<f64>>`: a figure.
    Getal,
    /// `Option<Invulbaar<Bedrag>>`: an amount in euros, exact to the cent.
    Bedrag,
    /// `Option<i32>`: a year.
    Jaar,
    /// `Option<IndicatorSoort>`.
    Soort,
    /// `Option<IndicatorBron>`.
    Bron,
    /// `Option<Richting>`.
    Richting,
    /// `Option<Invulbaar<Planning>>`: the text as written, or "1 maart t/m 30 juni 2027".
    Planning,
    /// `Option<NaiveDate>`: "2017-06-01".
    Datum,
    /// `Vec<String>` in one cell: one item per paragraph.
    Regels,
}

impl Veldsoort {
    /// Whether the value spreads over paragraphs (a block field) rather than one line.
    #[cfg_attr(not(feature = "word"), allow(dead_code))] // only the Word writer and reader
    pub(crate) fn is_meerregelig(self) -> bool {
        matches!(self, Veldsoort::Regels)
    }
}

/// A list of texts the gemeente edits.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lijst {
    /// The JSON Pointer of the list.
    pub(crate) pad: String,
    /// The Dutch name of the list.
    pub(crate) alias: String,
    /// [`Veldsoort::Tekst`] or [`Veldsoort::Regel`].
    pub(crate) soort: Veldsoort,
    /// The items, each a field at `pad/i`.
    pub(crate) items: Vec<Veld>,
    /// The handbook's offer rather than plan text.
    pub(crate) suggestie: bool,
}

/// A table whose rows are the elements of a list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tabel {
    /// The JSON Pointer of the list.
    pub(crate) pad: String,
    /// The Dutch name of the list.
    pub(crate) alias: String,
    /// The caption.
    pub(crate) bijschrift: String,
    /// The columns.
    pub(crate) kolommen: Vec<Kolom>,
    /// One row per element; cell `c` of row `i` is the field `pad/i/kolommen[c].sleutel`.
    pub(crate) rijen: Vec<Vec<Veld>>,
    /// What a row added by hand starts from.
    pub(crate) nieuw: NieuweRij,
}

/// A column of a [`Tabel`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kolom {
    /// The header.
    pub(crate) kop: &'static str,
    /// The key of the element's field.
    pub(crate) sleutel: &'static str,
    /// The field's kind.
    pub(crate) soort: Veldsoort,
    /// Relative width.
    pub(crate) breedte: u32,
}

/// The columns of an effect-indicator table; unit, direction and explanation only where one
/// is filled.
#[rustfmt::skip]
const INDICATOR_KOLOMMEN: &[KolomAls<Effectindicator>] = &[
    ("Effectindicator", "naam",         Veldsoort::Tekst,      28, None),
    ("Soort",           "soort",        Veldsoort::Soort,      12, None),
    ("Bron",            "bron",         Veldsoort::Bron,       20, None),
    ("Eenheid",         "eenheid",      Veldsoort::OptieRegel, 11, Some(|i| i.eenheid.is_some())),
    ("Richting",        "richting",     Veldsoort::Richting,    9, Some(|i| i.richting.is_some())),
    ("Nulmeting",       "nulmeting",    Veldsoort::Meting,     16, None),
    ("Streefwaarde",    "streefwaarde", Veldsoort::Meting,     16, None),
    ("Toelichting",     "toelichting",  Veldsoort::OptieTekst, 20, Some(|i| i.toelichting.is_some())),
];

/// The columns of the budget's items.
#[rustfmt::skip]
const POST_KOLOMMEN: &[KolomAls<Post>] = &[
    ("Post",          "omschrijving", Veldsoort::Regel,  70, None),
    ("Bedrag (euro)", "bedrag_euro",  Veldsoort::Bedrag, 30, None),
];

/// The columns of a measures table; partners and a deadline only where one is filled.
#[rustfmt::skip]
const MAATREGEL_KOLOMMEN: &[KolomAls<Maatregel>] = &[
    ("Maatregel",           "omschrijving",        Veldsoort::Tekst,      28, None),
    ("Bestuurlijk trekker", "bestuurlijk_trekker", Veldsoort::OptieTekst, 15, None),
    ("Ambtelijk trekker",   "ambtelijk_trekker",   Veldsoort::OptieTekst, 15, None),
    ("Betrokken partijen",  "betrokken_partijen",  Veldsoort::Regels,     15, Some(|m| !m.betrokken_partijen.is_empty())),
    ("Planning",            "planning",            Veldsoort::Planning,   14, None),
    ("Gereed vóór",         "gereed_voor",         Veldsoort::Datum,      12, Some(|m| m.gereed_voor.is_some())),
    ("Prestatie-indicator", "prestatie_indicator", Veldsoort::OptieTekst, 20, None),
];

/// The columns of an analysis's figures; unit and source only where one is filled.
#[rustfmt::skip]
const CIJFER_KOLOMMEN: &[KolomAls<Cijfer>] = &[
    ("Cijfer",  "omschrijving", Veldsoort::Regel,      50, None),
    ("Jaar",    "jaar",         Veldsoort::Jaar,       12, None),
    ("Waarde",  "waarde",       Veldsoort::Getal,      14, None),
    ("Eenheid", "eenheid",      Veldsoort::OptieRegel, 12, Some(|c| c.eenheid.is_some())),
    ("Bron",    "bron",         Veldsoort::Bron,       12, Some(|c| c.bron.is_some())),
];

/// A column a table may have, and when: always, or when an element of the list fills it.
type KolomAls<T> = (
    &'static str,
    &'static str,
    Veldsoort,
    u32,
    Option<fn(&T) -> bool>,
);

/// The columns of `mogelijk` (header, key, kind, relative width, condition) that `lijst` needs,
/// in their order.
fn kolommen<T>(mogelijk: &[KolomAls<T>], lijst: &[T]) -> Vec<Kolom> {
    mogelijk
        .iter()
        .filter(|(.., als)| als.is_none_or(|als| lijst.iter().any(als)))
        .map(|&(kop, sleutel, soort, breedte, _)| Kolom {
            kop,
            sleutel,
            soort,
            breedte,
        })
        .collect()
}

/// What an element added as a table row starts from: its required field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NieuweRij {
    /// An effect indicator: `naam` a placeholder until filled.
    Indicator,
    /// A budget item: `omschrijving` empty until filled.
    Post,
    /// A measure: `omschrijving` a placeholder until filled.
    Maatregel,
    /// A figure: `omschrijving` empty until filled.
    Cijfer,
}

impl NieuweRij {
    /// The required key and its value when the cell was left empty.
    #[cfg_attr(not(feature = "word"), allow(dead_code))] // only the Word writer and reader
    pub(crate) fn verplicht(self) -> (&'static str, serde_json::Value) {
        let open = |hint: &str| serde_json::json!({ crate::document::IN_TE_VULLEN: hint });
        match self {
            NieuweRij::Indicator => ("naam", open("naam van de effectindicator")),
            NieuweRij::Maatregel => ("omschrijving", open("omschrijving van de maatregel")),
            NieuweRij::Post | NieuweRij::Cijfer => ("omschrijving", serde_json::Value::from("")),
        }
    }
}

/// Text made safe for XML 1.0: carriage returns dropped, other characters XML cannot hold
/// replaced by U+FFFD.
pub(crate) fn veilig(tekst: &str) -> Cow<'_, str> {
    let goed = |c: char| matches!(c, '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if tekst.chars().all(goed) {
        return Cow::Borrowed(tekst);
    }
    Cow::Owned(
        tekst
            .chars()
            .filter(|&c| c != '\r')
            .map(|c| if goed(c) { c } else { '\u{FFFD}' })
            .collect(),
    )
}

/// A number as the Markdown skeleton writes it: a decimal comma.
pub(crate) fn getal(x: f64) -> String {
    format!("{x}").replace('.', ",")
}

/// An amount as "1234,50" (whole euros without decimals), as a coordinator writes it.
pub(crate) fn bedrag(x: &Bedrag) -> String {
    x.to_string().replace('.', ",")
}

/// A measurement as "95 (2022)".
pub(crate) fn meting(m: &Meting) -> String {
    format!("{} ({})", getal(m.waarde), m.jaar)
}

fn soort_tekst(s: IndicatorSoort) -> &'static str {
    match s {
        IndicatorSoort::Objectief => "objectief",
        IndicatorSoort::Subjectief => "subjectief",
    }
}

fn richting_tekst(r: Richting) -> &'static str {
    match r {
        Richting::Dalen => "dalen",
        Richting::Stijgen => "stijgen",
        Richting::Gelijk => "gelijk",
    }
}

fn inhoud<T>(v: &Invulbaar<T>, toon: impl Fn(&T) -> String) -> Inhoud {
    match v {
        Invulbaar::Waarde(w) => Inhoud::Waarde(veilig(&toon(w)).into_owned()),
        Invulbaar::InTeVullen { in_te_vullen } => Inhoud::Open(veilig(in_te_vullen).into_owned()),
    }
}

fn optie_inhoud<T>(v: &Option<Invulbaar<T>>, toon: impl Fn(&T) -> String) -> Inhoud {
    v.as_ref().map_or(Inhoud::Geen, |v| inhoud(v, toon))
}

fn tekst_inhoud(t: &Tekst) -> Inhoud {
    inhoud(t, String::clone)
}

fn regel_inhoud(t: Option<&str>) -> Inhoud {
    t.map_or(Inhoud::Geen, |t| Inhoud::Waarde(veilig(t).into_owned()))
}

/// A line of fixed text ending in a one-line field: "Vindplaats: <field>".
fn regel_met_veld(voor: String, pad: &str, alias: &str, waarde: &str) -> Blok {
    Blok::Alinea(vec![
        Deel::Vast(voor),
        Deel::Veld(veld(
            pad.to_owned(),
            alias.to_owned(),
            Veldsoort::OptieRegel,
            regel_inhoud(Some(waarde)),
        )),
    ])
}

fn veld(pad: String, alias: String, soort: Veldsoort, inhoud: Inhoud) -> Veld {
    Veld {
        pad,
        alias,
        soort,
        inhoud,
    }
}

/// Builds the layout of any document.
pub(crate) fn opmaak(document: &Document) -> Opmaak {
    match document {
        Document::Ivp(ivp) => ivp_opmaak(ivp),
        Document::Uitvoeringsplan(up) => uitvoeringsplan_opmaak(up),
        Document::Analyse(a) => analyse_opmaak(a),
        Document::Voortgang(r) => voortgang_opmaak(r),
    }
}

/// Collects blocks.
struct Bouwer {
    blokken: Vec<Blok>,
    genummerd: Vec<(usize, usize)>,
}

impl Bouwer {
    fn new() -> Self {
        Bouwer {
            blokken: Vec::with_capacity(256),
            genummerd: Vec::new(),
        }
    }

    /// A heading whose first part starts with its section number `nummer`.
    fn kop_genummerd(&mut self, niveau: u8, nummer: &str, delen: Vec<Deel>) {
        self.genummerd.push((self.blokken.len(), nummer.len() + 1));
        self.kop(niveau, delen);
    }

    fn kop(&mut self, niveau: u8, delen: Vec<Deel>) {
        self.blokken.push(Blok::Kop { niveau, delen });
    }

    fn kop_tekst(&mut self, niveau: u8, tekst: impl Into<String>) {
        self.kop(niveau, vec![Deel::Vast(tekst.into())]);
    }

    fn alinea(&mut self, tekst: impl AsRef<str>) {
        let tekst = veilig(tekst.as_ref()).into_owned();
        self.blokken.push(Blok::Alinea(vec![Deel::Vast(tekst)]));
    }

    fn label(&mut self, tekst: &str) {
        self.blokken.push(Blok::Label {
            tekst: tekst.to_owned(),
            suggestie: false,
        });
    }

    /// A labelled text field, when the document has the field.
    fn tekstveld(&mut self, label: &str, pad: String, alias: String, t: &Option<Tekst>) {
        if let Some(t) = t {
            self.label(label);
            self.blokken.push(Blok::Tekstveld(veld(
                pad,
                alias,
                Veldsoort::OptieTekst,
                tekst_inhoud(t),
            )));
        }
    }

    /// A labelled list of texts, when it has items.
    fn teksten(&mut self, label: &str, pad: String, alias: String, lijst: &[Tekst]) {
        if lijst.is_empty() {
            return;
        }
        self.label(label);
        let items = lijst
            .iter()
            .enumerate()
            .map(|(i, t)| {
                veld(
                    format!("{pad}/{i}"),
                    format!("{alias}, punt {}", i + 1),
                    Veldsoort::Tekst,
                    tekst_inhoud(t),
                )
            })
            .collect();
        self.blokken.push(Blok::Lijst(Lijst {
            pad,
            alias,
            soort: Veldsoort::Tekst,
            items,
            suggestie: false,
        }));
    }

    /// A labelled list of plain lines of the plan's own, when it has items.
    fn regels(&mut self, label: &str, pad: String, alias: String, lijst: &[String]) {
        if lijst.is_empty() {
            return;
        }
        self.label(label);
        let items = lijst
            .iter()
            .enumerate()
            .map(|(i, t)| {
                veld(
                    format!("{pad}/{i}"),
                    format!("{alias}, punt {}", i + 1),
                    Veldsoort::Regel,
                    regel_inhoud(Some(t)),
                )
            })
            .collect();
        self.blokken.push(Blok::Lijst(Lijst {
            pad,
            alias,
            soort: Veldsoort::Regel,
            items,
            suggestie: false,
        }));
    }

    /// A labelled list, when it has items: the handbook's offer (`suggestie`) or the plan's own.
    fn suggesties<'a, I>(
        &mut self,
        label: &str,
        suggestie: bool,
        pad: String,
        alias: String,
        lijst: I,
        tekst: bool,
    ) where
        I: IntoIterator<Item = Inhoud>,
        I::IntoIter: 'a,
    {
        let soort = if tekst {
            Veldsoort::Tekst
        } else {
            Veldsoort::Regel
        };
        let items: Vec<Veld> = lijst
            .into_iter()
            .enumerate()
            .map(|(i, inhoud)| {
                veld(
                    format!("{pad}/{i}"),
                    format!("{alias}, punt {}", i + 1),
                    soort,
                    inhoud,
                )
            })
            .collect();
        if items.is_empty() {
            return;
        }
        self.blokken.push(Blok::Label {
            tekst: label.to_owned(),
            suggestie,
        });
        self.blokken.push(Blok::Lijst(Lijst {
            pad,
            alias,
            soort,
            items,
            suggestie,
        }));
    }
}

fn wie(gemeenten: &[String]) -> String {
    veilig(&gemeenten.join(", ")).into_owned()
}

fn themas_tekst(themas: &[ThemaVerwijzing]) -> String {
    let codes: Vec<String> = themas
        .iter()
        .map(|t| format!("{} {}", t.code(), t.naam()))
        .collect();
    format!("Thema's: {}", codes.join("; "))
}

/// The plan's own names for its themes: each as a line with its codes, and its toelichting as
/// a field.
fn eigen_namen(b: &mut Bouwer, plaats: &str, pad: &str, lijst: &[EigenNaam]) {
    for (i, e) in lijst.iter().enumerate() {
        let codes: Vec<String> = e.themas.iter().map(|t| format!("{t:#}")).collect();
        b.alinea(format!(
            "Eigen naam \"{}\": {}",
            e.naam.replace('\n', " "),
            codes.join("; ")
        ));
        if let Some(t) = &e.toelichting {
            b.blokken.push(Blok::Tekstveld(veld(
                format!("{pad}/eigen_namen/{i}/toelichting"),
                format!("{plaats}, eigen naam {}, toelichting", i + 1),
                Veldsoort::OptieTekst,
                tekst_inhoud(t),
            )));
        }
    }
}

/// The pointer of the adoption date a concept offers: filled in, it records the adoption by
/// the organ that adopts the document (see `docx::samenvoegen`). A document with adoptions has
/// a date field per adoption instead, the first at this same pointer.
pub(crate) const NIEUWE_VASTSTELLING: &str = "/vaststelling/0/datum";

/// The adoption, each with its date as a field (a date picker in Word); a concept gets one
/// empty date field for the adoption by `door`.
fn vaststelling(b: &mut Bouwer, lijst: &[Vaststelling], door: crate::document::Orgaan) {
    let datum = |pad: String, d: Option<crate::document::Besluitdatum>| {
        Deel::Veld(veld(
            pad,
            "Datum van vaststelling".to_owned(),
            Veldsoort::Datum,
            regel_inhoud(d.map(besluitdatum_tekst).as_deref()),
        ))
    };
    if lijst.is_empty() {
        b.blokken.push(Blok::Alinea(vec![
            Deel::Vast(format!(
                "Datum van vaststelling door {}: ",
                door_tekst(door)
            )),
            datum(NIEUWE_VASTSTELLING.to_owned(), None),
        ]));
        return;
    }
    for (i, v) in lijst.iter().enumerate() {
        let gemeente = v
            .gemeente
            .as_deref()
            .map_or_else(String::new, |g| format!(" van {g}"));
        let door = format!("Vastgesteld door {}{gemeente} op ", door_tekst(v.door));
        b.blokken.push(Blok::Alinea(vec![
            Deel::Vast(veilig(&door).into_owned()),
            datum(format!("/vaststelling/{i}/datum"), v.datum),
            Deel::Vast(".".to_owned()),
        ]));
    }
}

/// The title: the document's own as a field, else a fixed one.
fn titel(eigen: &Option<String>, standaard: String) -> Vec<Deel> {
    match eigen {
        Some(t) => vec![Deel::Veld(veld(
            "/titel".to_owned(),
            "Titel van het document".to_owned(),
            Veldsoort::OptieRegel,
            regel_inhoud(Some(t)),
        ))],
        None => vec![Deel::Vast(veilig(&standaard).into_owned())],
    }
}

pub(crate) fn ivp_opmaak(ivp: &Ivp) -> Opmaak {
    let mut b = Bouwer::new();
    let wie = wie(&ivp.gemeenten);
    let titel = titel(
        &ivp.titel,
        format!(
            "Integraal Veiligheidsplan {wie} {}",
            ivp.periode.in_woorden()
        ),
    );
    b.alinea(format!(
        "{}. Periode: {}.",
        gemeenten_tekst(&ivp.gemeenten),
        ivp.periode.in_woorden()
    ));
    vaststelling(&mut b, &ivp.vaststelling, crate::document::Orgaan::Raad);
    if let Some(v) = &ivp.vindplaats {
        b.blokken.push(regel_met_veld(
            "Vindplaats: ".to_owned(),
            "/vindplaats",
            "Vindplaats van het vastgestelde plan",
            v,
        ));
    }
    if let Some(a) = &ivp.analyse {
        let van = format!("Gebaseerd op de veiligheidsanalyse van {}", a.jaar);
        b.blokken.push(match &a.titel {
            Some(t) => regel_met_veld(
                format!("{van}: "),
                "/analyse/titel",
                "Titel van de veiligheidsanalyse",
                t,
            ),
            None => Blok::Alinea(vec![Deel::Vast(format!("{van}."))]),
        });
    }
    b.regels(
        "Partners",
        "/partners".to_owned(),
        "Partners van het plan".to_owned(),
        &ivp.partners,
    );
    b.blokken.push(Blok::Inhoudsopgave);

    let hoofdstuk = |b: &mut Bouwer, h: IvpHoofdstuk| {
        let nummer = h.nummer().to_string();
        b.kop_genummerd(
            1,
            &nummer,
            vec![Deel::Vast(format!("{nummer} {}", h.titel()))],
        );
    };

    hoofdstuk(&mut b, IvpHoofdstuk::Uitgangssituatie);
    let u = &ivp.uitgangssituatie;
    b.tekstveld(
        "Algemeen",
        "/uitgangssituatie/algemeen".to_owned(),
        "Uitgangssituatie, algemeen".to_owned(),
        &u.algemeen,
    );
    for (i, v) in u.velden.iter().enumerate() {
        b.kop_tekst(2, format!("Veld {} {}", v.veld.nummer(), v.veld.naam()));
        if let Some(t) = &v.samenvatting {
            b.blokken.push(Blok::Tekstveld(veld(
                format!("/uitgangssituatie/velden/{i}/samenvatting"),
                format!("Uitgangssituatie veld {}, samenvatting", v.veld.nummer()),
                Veldsoort::OptieTekst,
                tekst_inhoud(t),
            )));
        }
    }
    b.regels(
        "Bronnen van de analyse",
        "/uitgangssituatie/bronnen".to_owned(),
        "Uitgangssituatie, bronnen".to_owned(),
        &u.bronnen,
    );

    hoofdstuk(&mut b, IvpHoofdstuk::StrategischeDoelstelling);
    let d = &ivp.strategische_doelstelling;
    b.teksten(
        "Kwalitatief",
        "/strategische_doelstelling/kwalitatief".to_owned(),
        "Strategische doelstelling, kwalitatief".to_owned(),
        &d.kwalitatief,
    );
    b.teksten(
        "Verbindingen met ander beleid",
        "/strategische_doelstelling/verbindingen".to_owned(),
        "Strategische doelstelling, verbindingen".to_owned(),
        &d.verbindingen,
    );
    indicatoren(
        &mut b,
        "/strategische_doelstelling/kwantitatief",
        "Strategische doelstelling, kwantitatief",
        "Overstijgende effectindicatoren",
        &d.kwantitatief,
    );

    hoofdstuk(&mut b, IvpHoofdstuk::StrategischeUitgangspunten);
    b.teksten(
        "Uitgangspunten",
        "/strategische_uitgangspunten".to_owned(),
        "Strategische uitgangspunten".to_owned(),
        &ivp.strategische_uitgangspunten,
    );

    let prioritair = Themauitwerking::kbv_themas(&ivp.prioriteiten);
    hoofdstuk(&mut b, IvpHoofdstuk::Prioriteiten);
    b.tekstveld(
        "Inleiding",
        "/inleiding_prioriteiten".to_owned(),
        "Prioriteiten, inleiding".to_owned(),
        &ivp.inleiding_prioriteiten,
    );
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        let nummer = format!("4.{}", i + 1);
        let plaats = format!("Prioriteit {nummer}");
        uitwerking(
            &mut b,
            2,
            &nummer,
            &plaats,
            &format!("/prioriteiten/{i}"),
            p,
            prioritair,
        );
    }

    hoofdstuk(&mut b, IvpHoofdstuk::OverigeStrategischeThemas);
    b.tekstveld(
        "Going concern",
        "/going_concern".to_owned(),
        "Overige thema's, going concern".to_owned(),
        &ivp.going_concern,
    );
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        let nummer = format!("5.{}", i + 1);
        let plaats = format!("Overig thema {nummer}");
        uitwerking(
            &mut b,
            2,
            &nummer,
            &plaats,
            &format!("/overige_themas/{i}"),
            o,
            prioritair,
        );
    }
    if !ivp.buiten_beschouwing.is_empty() {
        b.kop_tekst(2, "Buiten beschouwing");
        for (i, bb) in ivp.buiten_beschouwing.iter().enumerate() {
            let thema = format!("{} {}", bb.thema.code(), bb.thema.naam());
            match &bb.reden {
                Some(reden) => {
                    b.label(&thema);
                    b.blokken.push(Blok::Tekstveld(veld(
                        format!("/buiten_beschouwing/{i}/reden"),
                        format!("Buiten beschouwing {}, reden", bb.thema.code()),
                        Veldsoort::OptieTekst,
                        tekst_inhoud(reden),
                    )));
                }
                None => b.alinea(format!("{thema}: geen reden gegeven")),
            }
        }
    }
    for (i, l) in ivp.lokale_paragrafen.iter().enumerate() {
        let pad = format!("/lokale_paragrafen/{i}");
        let nr = i + 1;
        b.kop(
            2,
            vec![
                Deel::Vast("Lokale paragraaf ".to_owned()),
                Deel::Veld(veld(
                    format!("{pad}/gemeente"),
                    format!("Lokale paragraaf {nr}, gemeente"),
                    Veldsoort::Regel,
                    regel_inhoud(Some(&l.gemeente)),
                )),
            ],
        );
        if let Some(t) = &l.toelichting {
            b.blokken.push(Blok::Tekstveld(veld(
                format!("{pad}/toelichting"),
                format!("Lokale paragraaf {nr}, toelichting"),
                Veldsoort::OptieTekst,
                tekst_inhoud(t),
            )));
        }
        for (j, p) in l.prioriteiten.iter().enumerate() {
            let plaats = format!("Lokale paragraaf {nr}, prioriteit {}", j + 1);
            uitwerking(
                &mut b,
                3,
                "",
                &plaats,
                &format!("{pad}/prioriteiten/{j}"),
                p,
                prioritair,
            );
        }
        for (j, o) in l.overige_themas.iter().enumerate() {
            let plaats = format!("Lokale paragraaf {nr}, overig thema {}", j + 1);
            uitwerking(
                &mut b,
                3,
                "",
                &plaats,
                &format!("{pad}/overige_themas/{j}"),
                o,
                prioritair,
            );
        }
    }

    hoofdstuk(&mut b, IvpHoofdstuk::CoordinatieBeleidscyclus);
    let c = &ivp.coordinatie;
    for (label, sleutel, t) in [
        ("Ambtelijk", "ambtelijk", &c.ambtelijk),
        ("Bestuurlijk", "bestuurlijk", &c.bestuurlijk),
        ("Beleidscyclus", "beleidscyclus", &c.beleidscyclus),
    ] {
        b.tekstveld(
            label,
            format!("/coordinatie/{sleutel}"),
            format!("Coördinatie, {}", label.to_lowercase()),
            t,
        );
    }
    for (voorziening, t) in &c.voorzieningen {
        b.label(voorziening.naam());
        b.blokken.push(Blok::Tekstveld(veld(
            format!("/coordinatie/voorzieningen/{}", voorziening.sleutel()),
            format!("Coördinatie, {}", voorziening.naam().to_lowercase()),
            Veldsoort::Tekst,
            tekst_inhoud(t),
        )));
    }

    hoofdstuk(&mut b, IvpHoofdstuk::Begroting);
    begroting(&mut b, &ivp.begroting, "Begroting");
    ongeplaatst::ongeplaatst(&mut b, &ivp.ongeplaatst);

    Opmaak {
        titel,
        koptekst: format!(
            "Integraal Veiligheidsplan · {wie} · {}",
            ivp.periode.in_woorden()
        ),
        voorblad: Voorblad {
            soort: "Integraal Veiligheidsplan",
            gemeenten: gemeenten_tekst(&ivp.gemeenten),
            periode: ivp.periode.in_woorden(),
            status: status(&ivp.vaststelling),
        },
        blokken: b.blokken,
        genummerd: b.genummerd,
    }
}

fn uitwerking(
    b: &mut Bouwer,
    niveau: u8,
    nummer: &str,
    plaats: &str,
    pad: &str,
    u: &Themauitwerking,
    prioritair: ThemaSet,
) {
    let mut kop = Vec::with_capacity(2);
    if !nummer.is_empty() {
        kop.push(Deel::Vast(format!("{nummer} ")));
    }
    kop.push(Deel::Veld(veld(
        format!("{pad}/naam"),
        format!("{plaats}, naam"),
        Veldsoort::Regel,
        regel_inhoud(Some(&u.naam)),
    )));
    if nummer.is_empty() {
        b.kop(niveau, kop);
    } else {
        b.kop_genummerd(niveau, nummer, kop);
    }
    b.regels(
        "Ook genoemd",
        format!("{pad}/andere_namen"),
        format!("{plaats}, andere namen"),
        &u.andere_namen,
    );
    b.alinea(themas_tekst(&u.themas));
    eigen_namen(b, plaats, pad, &u.eigen_namen);
    b.tekstveld(
        "Toelichting",
        format!("{pad}/toelichting"),
        format!("{plaats}, toelichting"),
        &u.toelichting,
    );
    for (label, sleutel, lijst) in [
        (
            "Doelstelling",
            "doelstelling_kwalitatief",
            &u.doelstelling_kwalitatief,
        ),
        (
            "Hoofdlijnen van de aanpak",
            "hoofdlijnen_aanpak",
            &u.hoofdlijnen_aanpak,
        ),
        (
            "Flankerend beleid",
            "flankerend_beleid",
            &u.flankerend_beleid,
        ),
    ] {
        b.teksten(
            label,
            format!("{pad}/{sleutel}"),
            format!("{plaats}, {}", label.to_lowercase()),
            lijst,
        );
    }
    indicatoren(
        b,
        &format!("{pad}/effectindicatoren"),
        &format!("{plaats}, effectindicatoren"),
        &format!("Effectindicatoren – {plaats}"),
        &u.effectindicatoren,
    );
    b.tekstveld(
        "Digitale component",
        format!("{pad}/digitale_component"),
        format!("{plaats}, digitale component"),
        &u.digitale_component,
    );
    for (i, d) in u.deelthemas.iter().enumerate() {
        deelthema(
            b,
            niveau.saturating_add(1).min(3),
            plaats,
            &format!("{pad}/deelthemas/{i}"),
            i,
            d,
        );
    }
    if !u.raakvlakken.is_empty() {
        b.label("Raakvlakken om te bewaken");
        b.blokken.push(Blok::Opsomming(
            u.raakvlakken
                .iter()
                .map(|t| {
                    let gedekt = t.thema().is_some_and(|t| prioritair.contains(t));
                    let noot = if gedekt {
                        "ook een prioriteit"
                    } else {
                        "niet door een prioriteit gedekt"
                    };
                    format!("{} {} ({noot})", t.code(), t.naam())
                })
                .collect(),
        ));
    }
    // Whose text: the handbook's offer where every item is the handbook's own wording, else the
    // plan's own list.
    let handreiking = u.partners.iter().all(|p| uit_de_handreiking(p));
    b.suggesties(
        if handreiking {
            "Partners (uit de handreiking)"
        } else {
            "Partners"
        },
        handreiking,
        format!("{pad}/partners"),
        format!("{plaats}, partners"),
        u.partners.iter().map(|p| regel_inhoud(Some(p))),
        false,
    );
    let handreiking = u.wet_en_regelgeving.iter().all(|w| uit_de_handreiking(w));
    b.suggesties(
        if handreiking {
            "Wet- en regelgeving (uit de handreiking)"
        } else {
            "Wet- en regelgeving"
        },
        handreiking,
        format!("{pad}/wet_en_regelgeving"),
        format!("{plaats}, wet- en regelgeving"),
        u.wet_en_regelgeving.iter().map(|w| regel_inhoud(Some(w))),
        false,
    );
    let handreiking = u
        .maatregelen
        .iter()
        .all(|m| m.waarde().is_some_and(|t| uit_de_handreiking(t)));
    b.suggesties(
        if handreiking {
            "Kandidaat-maatregelen (uit de handreiking)"
        } else {
            "Maatregelen"
        },
        handreiking,
        format!("{pad}/maatregelen"),
        format!("{plaats}, kandidaat-maatregelen"),
        u.maatregelen.iter().map(tekst_inhoud),
        true,
    );
}

/// Whether `tekst` is the handbook's own wording of an item of an aanpak (a partner as
/// "intern: ..." or "extern: ...", a measure, a law), with or without the skeleton's
/// "[aspect ...] " before it.
pub(crate) fn uit_de_handreiking(tekst: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static TEKSTEN: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let teksten = TEKSTEN.get_or_init(|| {
        let mut set = HashSet::new();
        let aanpakken = crate::catalogus::Thema::VARIANTS
            .iter()
            .filter_map(|t| t.gegevens().aanpak)
            .chain(Aspect::VARIANTS.iter().map(|a| a.gegevens().aanpak));
        for a in aanpakken {
            set.extend(a.partners.intern.iter().copied());
            set.extend(a.partners.r#extern.iter().copied());
            set.extend(a.maatregelen.iter().copied());
            set.extend(a.wet_en_regelgeving.iter().copied());
        }
        set
    });
    let tekst = aspect_van(tekst).map_or(tekst, |(_, rest)| rest);
    let tekst = tekst
        .strip_prefix("intern: ")
        .or_else(|| tekst.strip_prefix("extern: "))
        .unwrap_or(tekst);
    teksten.contains(tekst)
}

/// The aspect of a skeleton's item of veld 1 and the item without it:
/// "[aspect 1.5 Toezicht en handhaving] Cameratoezicht" as
/// ("1.5 Toezicht en handhaving", "Cameratoezicht"); `None` for any other text.
pub(crate) fn aspect_van(tekst: &str) -> Option<(&str, &str)> {
    let rest = tekst.strip_prefix("[aspect ")?;
    let (aspect, item) = rest.split_once("] ")?;
    (!aspect.is_empty() && !aspect.contains('[')).then_some((aspect, item))
}

fn deelthema(b: &mut Bouwer, niveau: u8, plaats: &str, pad: &str, i: usize, d: &Deelthema) {
    let plaats = format!("{plaats}, deelthema {}", i + 1);
    b.kop(
        niveau,
        vec![
            Deel::Vast("Deelthema ".to_owned()),
            Deel::Veld(veld(
                format!("{pad}/naam"),
                format!("{plaats}, naam"),
                Veldsoort::Regel,
                regel_inhoud(Some(&d.naam)),
            )),
        ],
    );
    if !d.themas.is_empty() {
        b.alinea(themas_tekst(&d.themas));
    }
    eigen_namen(b, &plaats, pad, &d.eigen_namen);
    b.tekstveld(
        "Toelichting",
        format!("{pad}/toelichting"),
        format!("{plaats}, toelichting"),
        &d.toelichting,
    );
    b.teksten(
        "Doelstelling",
        format!("{pad}/doelstelling_kwalitatief"),
        format!("{plaats}, doelstelling"),
        &d.doelstelling_kwalitatief,
    );
    b.teksten(
        "Hoofdlijnen van de aanpak",
        format!("{pad}/hoofdlijnen_aanpak"),
        format!("{plaats}, hoofdlijnen van de aanpak"),
        &d.hoofdlijnen_aanpak,
    );
}

/// The columns of an indicator table: those of the Markdown skeleton, and eenheid, richting and
/// toelichting where an indicator of the table has them.
fn indicatoren(
    b: &mut Bouwer,
    pad: &str,
    alias: &str,
    bijschrift: &str,
    lijst: &[Effectindicator],
) {
    if lijst.is_empty() {
        return;
    }
    let kolommen = kolommen(INDICATOR_KOLOMMEN, lijst);
    let tabel = Tabel::van(
        pad,
        alias,
        bijschrift,
        kolommen,
        NieuweRij::Indicator,
        lijst,
        |ind, sleutel| match sleutel {
            "naam" => tekst_inhoud(&ind.naam),
            "soort" => regel_inhoud(ind.soort.map(soort_tekst)),
            "bron" => regel_inhoud(ind.bron.as_ref().map(|b| b.als_str())),
            "eenheid" => regel_inhoud(ind.eenheid.as_deref()),
            "richting" => regel_inhoud(ind.richting.map(richting_tekst)),
            "nulmeting" => optie_inhoud(&ind.nulmeting, meting),
            "streefwaarde" => optie_inhoud(&ind.streefwaarde, meting),
            _ => optie_inhoud(&ind.toelichting, String::clone),
        },
    );
    b.blokken.push(Blok::Tabel(tabel));
    // The measured series, which the table has no room for.
    let reeksen: Vec<String> = lijst
        .iter()
        .filter(|i| !i.reeks.is_empty())
        .map(|i| {
            let naam = match &i.naam {
                Invulbaar::Waarde(t) => t.as_str(),
                Invulbaar::InTeVullen { in_te_vullen } => in_te_vullen.as_str(),
            };
            let reeks: Vec<String> = i
                .reeks
                .iter()
                .map(|(jaar, waarde)| format!("{jaar}: {}", getal(*waarde)))
                .collect();
            veilig(&format!("{naam}. Gemeten: {}.", reeks.join("; "))).into_owned()
        })
        .collect();
    if !reeksen.is_empty() {
        b.blokken.push(Blok::Opsomming(reeksen));
    }
}

impl Tabel {
    /// The table of `lijst` at `pad`: a row per element, in each row a cell per column holding
    /// what `inhoud` gives for the element and the column's key, each cell a field at
    /// `{pad}/{i}/{sleutel}`.
    fn van<T>(
        pad: &str,
        alias: &str,
        bijschrift: &str,
        kolommen: Vec<Kolom>,
        nieuw: NieuweRij,
        lijst: &[T],
        inhoud: impl Fn(&T, &str) -> Inhoud,
    ) -> Tabel {
        let rijen = lijst
            .iter()
            .enumerate()
            .map(|(i, element)| {
                kolommen
                    .iter()
                    .map(|k| {
                        veld(
                            format!("{pad}/{i}/{}", k.sleutel),
                            format!("{alias}, rij {}, {}", i + 1, k.kop.to_lowercase()),
                            k.soort,
                            inhoud(element, k.sleutel),
                        )
                    })
                    .collect()
            })
            .collect();
        Tabel {
            pad: pad.to_owned(),
            alias: alias.to_owned(),
            bijschrift: bijschrift.to_owned(),
            kolommen,
            rijen,
            nieuw,
        }
    }
}

fn begroting(b: &mut Bouwer, begroting: &Begroting, bijschrift: &str) {
    if let Some(t) = &begroting.toelichting {
        b.blokken.push(Blok::Tekstveld(veld(
            "/begroting/toelichting".to_owned(),
            "Begroting, toelichting".to_owned(),
            Veldsoort::OptieTekst,
            tekst_inhoud(t),
        )));
    }
    if begroting.posten.is_empty() {
        return;
    }
    let kolommen = kolommen(POST_KOLOMMEN, &begroting.posten);
    let tabel = Tabel::van(
        "/begroting/posten",
        "Begroting, posten",
        bijschrift,
        kolommen,
        NieuweRij::Post,
        &begroting.posten,
        |p, sleutel| match sleutel {
            "omschrijving" => regel_inhoud(Some(&p.omschrijving)),
            _ => optie_inhoud(&p.bedrag_euro, bedrag),
        },
    );
    b.blokken.push(Blok::Tabel(tabel));
}

pub(crate) fn uitvoeringsplan_opmaak(up: &Uitvoeringsplan) -> Opmaak {
    let mut b = Bouwer::new();
    let wie = wie(&up.gemeenten);
    let titel = titel(
        &up.titel,
        format!("Uitvoeringsplan Integrale Veiligheid {}", up.jaar),
    );
    b.alinea(format!(
        "{}. Jaar: {}. {}.",
        gemeenten_tekst(&up.gemeenten),
        up.jaar,
        bij_het_ivp(up)
    ));
    if let Some(t) = up.ivp.as_ref().and_then(|i| i.titel.as_ref()) {
        b.blokken.push(regel_met_veld(
            "Titel van het IVP: ".to_owned(),
            "/ivp/titel",
            "Titel van het IVP",
            t,
        ));
    }
    vaststelling(&mut b, &up.vaststelling, crate::document::Orgaan::College);
    b.blokken.push(Blok::Inhoudsopgave);
    let h = |b: &mut Bouwer, hs: UitvoeringsplanHoofdstuk| {
        let nummer = hs.nummer().to_string();
        b.kop_genummerd(
            1,
            &nummer,
            vec![Deel::Vast(format!("{nummer} {}", hs.titel()))],
        );
    };
    h(&mut b, UitvoeringsplanHoofdstuk::HoofdlijnIvp);
    b.tekstveld(
        "Hoofdlijn van het IVP",
        "/hoofdlijn_ivp".to_owned(),
        "Hoofdlijn van het IVP".to_owned(),
        &up.hoofdlijn_ivp,
    );
    b.tekstveld(
        "Beleidscyclus",
        "/beleidscyclus".to_owned(),
        "Beleidscyclus".to_owned(),
        &up.beleidscyclus,
    );
    h(&mut b, UitvoeringsplanHoofdstuk::Terugblik);
    b.tekstveld(
        "Veiligheidsbeeld",
        "/terugblik/veiligheidsbeeld".to_owned(),
        "Terugblik, veiligheidsbeeld".to_owned(),
        &up.terugblik.veiligheidsbeeld,
    );
    b.tekstveld(
        "Aanpak",
        "/terugblik/aanpak".to_owned(),
        "Terugblik, aanpak".to_owned(),
        &up.terugblik.aanpak,
    );
    if up.terugblik.is_empty() {
        b.alinea("Geen terugblik: die hoort vooral bij de vervolgplannen.");
    }
    for (hoofdstuk, sleutel, naam, items) in [
        (
            UitvoeringsplanHoofdstuk::UitwerkingPrioriteiten,
            "prioriteiten",
            "Prioriteit",
            &up.prioriteiten,
        ),
        (
            UitvoeringsplanHoofdstuk::UitwerkingOverigeStrategischeThemas,
            "overige_themas",
            "Overig thema",
            &up.overige_themas,
        ),
    ] {
        h(&mut b, hoofdstuk);
        for (i, item) in items.iter().enumerate() {
            let nummer = format!("{}.{}", hoofdstuk.nummer(), i + 1);
            let plaats = format!("{naam} {nummer}");
            uitvoeringsitem(
                &mut b,
                2,
                &nummer,
                &plaats,
                &format!("/{sleutel}/{i}"),
                item,
            );
        }
    }
    for (i, l) in up.lokale_paragrafen.iter().enumerate() {
        let pad = format!("/lokale_paragrafen/{i}");
        let nr = i + 1;
        b.kop(
            2,
            vec![
                Deel::Vast("Lokale uitvoering ".to_owned()),
                Deel::Veld(veld(
                    format!("{pad}/gemeente"),
                    format!("Lokale uitvoering {nr}, gemeente"),
                    Veldsoort::Regel,
                    regel_inhoud(Some(&l.gemeente)),
                )),
            ],
        );
        for (sleutel, naam, items) in [
            ("prioriteiten", "prioriteit", &l.prioriteiten),
            ("overige_themas", "overig thema", &l.overige_themas),
        ] {
            for (j, item) in items.iter().enumerate() {
                let plaats = format!("Lokale uitvoering {nr}, {naam} {}", j + 1);
                uitvoeringsitem(
                    &mut b,
                    3,
                    "",
                    &plaats,
                    &format!("{pad}/{sleutel}/{j}"),
                    item,
                );
            }
        }
    }
    h(&mut b, UitvoeringsplanHoofdstuk::Begroting);
    begroting(&mut b, &up.begroting, "Begroting");
    ongeplaatst::ongeplaatst(&mut b, &up.ongeplaatst);
    Opmaak {
        titel,
        koptekst: match &up.ivp {
            Some(ivp) => format!(
                "Uitvoeringsplan {} · {wie} · IVP {}",
                up.jaar,
                ivp.periode.in_woorden()
            ),
            None => format!("Uitvoeringsplan {} · {wie}", up.jaar),
        },
        voorblad: Voorblad {
            soort: "Uitvoeringsplan Integrale Veiligheid",
            gemeenten: gemeenten_tekst(&up.gemeenten),
            periode: up.jaar.to_string(),
            status: status(&up.vaststelling),
        },
        blokken: b.blokken,
        genummerd: b.genummerd,
    }
}

/// "Bij het IVP 2027-2030", or that the plan carries out no IVP.
fn bij_het_ivp(up: &Uitvoeringsplan) -> String {
    match &up.ivp {
        Some(ivp) => format!("Bij het IVP {}", ivp.periode.in_woorden()),
        None => "Niet bij een IVP".to_owned(),
    }
}

fn uitvoeringsitem(
    b: &mut Bouwer,
    niveau: u8,
    nummer: &str,
    plaats: &str,
    pad: &str,
    item: &UitvoeringsItem,
) {
    let mut kop = Vec::with_capacity(2);
    if !nummer.is_empty() {
        kop.push(Deel::Vast(format!("{nummer} ")));
    }
    kop.push(Deel::Veld(veld(
        format!("{pad}/naam"),
        format!("{plaats}, naam"),
        Veldsoort::Regel,
        regel_inhoud(Some(&item.naam)),
    )));
    if nummer.is_empty() {
        b.kop(niveau, kop);
    } else {
        b.kop_genummerd(niveau, nummer, kop);
    }
    if !item.themas.is_empty() {
        b.alinea(themas_tekst(&item.themas));
    }
    eigen_namen(b, plaats, pad, &item.eigen_namen);
    b.teksten(
        "Doelen",
        format!("{pad}/doelen"),
        format!("{plaats}, doelen"),
        &item.doelen,
    );
    for (i, a) in item.actiepunten.iter().enumerate() {
        actiepunt(
            b,
            niveau.saturating_add(1),
            &format!("{plaats}, actiepunt {}", i + 1),
            &format!("{pad}/actiepunten/{i}"),
            a,
        );
    }
}

fn actiepunt(b: &mut Bouwer, niveau: u8, plaats: &str, pad: &str, a: &Actiepunt) {
    let naam = Deel::Veld(veld(
        format!("{pad}/naam"),
        format!("{plaats}, naam"),
        Veldsoort::Regel,
        regel_inhoud(Some(&a.naam)),
    ));
    if niveau <= 3 {
        b.kop(niveau, vec![naam]);
    } else {
        b.blokken.push(Blok::Alinea(vec![
            Deel::Vast("Actiepunt: ".to_owned()),
            naam,
        ]));
    }
    b.tekstveld(
        "Toelichting",
        format!("{pad}/toelichting"),
        format!("{plaats}, toelichting"),
        &a.toelichting,
    );
    maatregelen(b, &format!("{pad}/maatregelen"), plaats, &a.maatregelen);
}

fn maatregelen(b: &mut Bouwer, pad: &str, plaats: &str, lijst: &[Maatregel]) {
    let kolommen = kolommen(MAATREGEL_KOLOMMEN, lijst);
    let alias = format!("{plaats}, maatregelen");
    let bijschrift = format!("Maatregelen – {plaats}");
    let tabel = Tabel::van(
        pad,
        &alias,
        &bijschrift,
        kolommen,
        NieuweRij::Maatregel,
        lijst,
        |m, sleutel| match sleutel {
            "omschrijving" => tekst_inhoud(&m.omschrijving),
            "bestuurlijk_trekker" => optie_inhoud(&m.bestuurlijk_trekker, String::clone),
            "ambtelijk_trekker" => optie_inhoud(&m.ambtelijk_trekker, String::clone),
            "betrokken_partijen" => {
                Inhoud::Waarde(veilig(&m.betrokken_partijen.join("\n")).into_owned())
            }
            "planning" => optie_inhoud(&m.planning, Planning::in_woorden),
            "gereed_voor" => regel_inhoud(
                m.gereed_voor
                    .map(crate::document::datum_in_woorden)
                    .as_deref(),
            ),
            _ => optie_inhoud(&m.prestatie_indicator, String::clone),
        },
    );
    b.blokken.push(Blok::Tabel(tabel));
}

pub(crate) fn analyse_opmaak(a: &Veiligheidsanalyse) -> Opmaak {
    let mut b = Bouwer::new();
    let wie = wie(&a.gemeenten);
    let titel = titel(&a.titel, format!("Veiligheidsanalyse {}", a.jaar));
    b.alinea(format!(
        "{}. Jaar: {}.",
        gemeenten_tekst(&a.gemeenten),
        a.jaar
    ));
    b.blokken.push(Blok::Inhoudsopgave);
    for &veld in Veiligheidsveld::VARIANTS {
        b.kop_tekst(1, format!("Veld {} {}", veld.nummer(), veld.naam()));
        for (i, t) in a
            .themas
            .iter()
            .enumerate()
            .filter(|(_, t)| t.thema.veld() == veld)
        {
            let pad = format!("/themas/{i}");
            let plaats = format!("Thema {} (analyse {})", t.thema.code(), i + 1);
            b.kop_tekst(2, format!("{} {}", t.thema.code(), t.thema.naam()));
            for (label, sleutel, w) in [
                ("Problematiek", "problematiek", &t.problematiek),
                ("Huidige aanpak", "huidige_aanpak", &t.huidige_aanpak),
                (
                    "Extra (beleidsversterkingen)",
                    "beleidsversterkingen",
                    &t.beleidsversterkingen,
                ),
            ] {
                b.tekstveld(
                    label,
                    format!("{pad}/{sleutel}"),
                    format!("{plaats}, {}", label.to_lowercase()),
                    w,
                );
            }
            cijfers(&mut b, &format!("{pad}/cijfers"), &plaats, &t.cijfers);
        }
        if veld == Veiligheidsveld::VeiligeWoonEnLeefomgeving {
            b.kop_tekst(2, "De aanpak van veld 1 per aspect");
            for (i, asp) in a.aspecten.iter().enumerate() {
                aspect(
                    &mut b,
                    i,
                    asp.aspect,
                    &asp.huidige_aanpak,
                    &asp.beleidsversterkingen,
                );
            }
        }
        for (i, v) in a
            .voorstel_prioriteiten
            .iter()
            .enumerate()
            .filter(|(_, v)| v.veld == veld)
        {
            let codes: Vec<&str> = v.themas.iter().map(|t| t.code()).collect();
            b.label("Voorgestelde prioriteiten");
            b.alinea(if codes.is_empty() {
                STREEP.to_owned()
            } else {
                codes.join(", ")
            });
            if let Some(t) = &v.toelichting {
                b.blokken.push(Blok::Tekstveld(veld_van(
                    format!("/voorstel_prioriteiten/{i}/toelichting"),
                    format!(
                        "Voorgestelde prioriteiten veld {}, toelichting",
                        veld.nummer()
                    ),
                    t,
                )));
            }
        }
    }
    ongeplaatst::ongeplaatst(&mut b, &a.ongeplaatst);
    Opmaak {
        titel,
        koptekst: format!("Veiligheidsanalyse {} · {wie}", a.jaar),
        voorblad: Voorblad {
            soort: "Veiligheidsanalyse",
            gemeenten: gemeenten_tekst(&a.gemeenten),
            periode: a.jaar.to_string(),
            status: Vec::new(),
        },
        blokken: b.blokken,
        genummerd: b.genummerd,
    }
}

/// The layout of a voortgangsrapportage as a document: what it reports on, its summary (a field),
/// and the measures and measured values as fixed text. The computed dashboard with its charts
/// is [`crate::voortgang`]'s.
fn voortgang_opmaak(r: &Voortgangsrapportage) -> Opmaak {
    let mut b = Bouwer::new();
    let wie = wie(&r.gemeenten);
    let soort = if r.is_jaarbeeld() {
        "Jaarbeeld"
    } else {
        "Voortgangsrapportage"
    };
    let titel = titel(&r.titel, format!("{soort} integrale veiligheid"));
    let mut regel = format!(
        "{}. Peildatum: {}.",
        gemeenten_tekst(&r.gemeenten),
        datum_tekst(r.peildatum)
    );
    if let Some(p) = &r.rapportageperiode {
        regel.push_str(&format!(
            " Periode ({}): {}.",
            p.soort,
            crate::document::periode_in_woorden(p.van, p.tot)
        ));
    }
    if let Some(plan) = &r.plan {
        let naam = plan.titel.as_deref().unwrap_or("IVP");
        regel.push_str(&format!(
            " Over: {} ({}-{}).",
            veilig(naam),
            chrono::Datelike::year(&plan.periode.van),
            chrono::Datelike::year(&plan.periode.tot)
        ));
    }
    if let Some(up) = &r.uitvoeringsplan {
        regel.push_str(&format!(" Uitvoeringsplan {}.", up.jaar));
    }
    b.alinea(regel);
    b.kop_tekst(1, "Samenvatting");
    b.tekstveld(
        "Ontwikkeling van veiligheidsbeeld en aanpak",
        "/samenvatting".to_owned(),
        "Samenvatting".to_owned(),
        &r.samenvatting,
    );
    b.kop_tekst(1, "Maatregelen");
    if r.maatregelen.is_empty() {
        b.alinea(STREEP);
    } else {
        let regels = r
            .maatregelen
            .iter()
            .map(|m| {
                let mut t = String::new();
                if let Some(p) = &m.prioriteit {
                    t.push_str(&format!("{p}: "));
                }
                t.push_str(&format!("{} — {}", m.maatregel, m.status));
                if let Some(Invulbaar::Waarde(uitleg)) = &m.toelichting {
                    t.push_str(&format!(" ({uitleg})"));
                }
                veilig(&t).into_owned()
            })
            .collect();
        b.blokken.push(Blok::Opsomming(regels));
    }
    b.kop_tekst(1, "Effectindicatoren");
    if r.indicatoren.is_empty() {
        b.alinea(STREEP);
    }
    for ind in &r.indicatoren {
        b.kop_tekst(2, veilig(&ind.naam).into_owned());
        let regels: Vec<String> = ind
            .metingen
            .iter()
            .map(|m| {
                let mut t = format!("{}: {}", datum_tekst(m.datum), getal(m.waarde));
                if let Some(marge) = m.marge {
                    t.push_str(&format!(" (± {})", getal(marge)));
                }
                if let Some(e) = &m.eenheid {
                    t.push_str(&format!(" {e}"));
                }
                t.push_str(&format!(", bron: {}", m.bron));
                if let Some(breuk) = &m.breuk {
                    t.push_str(&format!("; breuk in de reeks: {breuk}"));
                }
                veilig(&t).into_owned()
            })
            .collect();
        if regels.is_empty() {
            b.alinea("Geen metingen.");
        } else {
            b.blokken.push(Blok::Opsomming(regels));
        }
    }
    Opmaak {
        titel,
        koptekst: format!("{soort} {} · {wie}", datum_tekst(r.peildatum)),
        voorblad: Voorblad {
            soort,
            gemeenten: gemeenten_tekst(&r.gemeenten),
            periode: r.rapportageperiode.as_ref().map_or_else(
                || format!("Peildatum {}", datum_tekst(r.peildatum)),
                |p| crate::document::periode_in_woorden(p.van, p.tot),
            ),
            status: Vec::new(),
        },
        blokken: b.blokken,
        genummerd: b.genummerd,
    }
}

/// The moment of writing: `SOURCE_DATE_EPOCH` (seconds since 1970) where it is set, so that a
/// build writes the same bytes twice; else the clock. The Word file's properties and cover and
/// the HTML page's cover take their date from it.
pub(crate) fn tijdstip() -> chrono::DateTime<chrono::Utc> {
    let uit_omgeving = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0));
    uit_omgeving.unwrap_or_else(|| {
        let nu = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
        chrono::DateTime::from_timestamp(nu, 0).unwrap_or_default()
    })
}

/// A date as a Dutch reader writes it: `30 juni 2025`.
pub(crate) fn datum_tekst(d: chrono::NaiveDate) -> String {
    crate::document::datum_in_woorden(d)
}

fn veld_van(pad: String, alias: String, t: &Tekst) -> Veld {
    veld(pad, alias, Veldsoort::OptieTekst, tekst_inhoud(t))
}

fn aspect(b: &mut Bouwer, i: usize, aspect: Aspect, huidig: &Option<Tekst>, extra: &Option<Tekst>) {
    b.kop_tekst(3, format!("Aspect {} {}", aspect.code(), aspect.naam()));
    let plaats = format!("Aspect {} (analyse {})", aspect.code(), i + 1);
    b.tekstveld(
        "Huidige aanpak",
        format!("/aspecten/{i}/huidige_aanpak"),
        format!("{plaats}, huidige aanpak"),
        huidig,
    );
    b.tekstveld(
        "Extra (beleidsversterkingen)",
        format!("/aspecten/{i}/beleidsversterkingen"),
        format!("{plaats}, beleidsversterkingen"),
        extra,
    );
}

fn cijfers(b: &mut Bouwer, pad: &str, plaats: &str, lijst: &[Cijfer]) {
    if lijst.is_empty() {
        return;
    }
    let kolommen = kolommen(CIJFER_KOLOMMEN, lijst);
    let alias = format!("{plaats}, cijfers");
    let bijschrift = format!("Cijfers – {plaats}");
    let tabel = Tabel::van(
        pad,
        &alias,
        &bijschrift,
        kolommen,
        NieuweRij::Cijfer,
        lijst,
        |c, sleutel| match sleutel {
            "omschrijving" => regel_inhoud(Some(&c.omschrijving)),
            "jaar" => regel_inhoud(c.jaar.map(|j| j.to_string()).as_deref()),
            "waarde" => optie_inhoud(&c.waarde, |x| getal(*x)),
            "eenheid" => regel_inhoud(c.eenheid.as_deref()),
            _ => regel_inhoud(c.bron.as_ref().map(|b| b.als_str())),
        },
    );
    b.blokken.push(Blok::Tabel(tabel));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn veilig_laat_gewone_tekst_staan_en_vervangt_wat_xml_niet_kan_dragen() {
        assert!(matches!(veilig("gewoon\ttekst\n"), Cow::Borrowed(_)));
        assert_eq!(veilig("a\rb\u{0}c\u{FFFF}"), "ab\u{FFFD}c\u{FFFD}");
    }

    #[test]
    fn getal_en_meting_zoals_de_markdown() {
        assert_eq!(getal(82.5), "82,5");
        assert_eq!(
            meting(&Meting {
                jaar: 2022,
                waarde: 95.0
            }),
            "95 (2022)"
        );
    }
}
