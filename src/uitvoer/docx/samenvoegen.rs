//! Reading a filled .docx back: the document kept in the file is the base; every content
//! control whose text differs from what was written overrides the value at its JSON Pointer;
//! lists and tables are rebuilt from their paragraphs and rows; the rest is reported.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::lezen::{self, Alinea, Knoop, Sdt, Stuk};
use super::voorblad;
use super::{Bevinding, BevindingSoort, Ingelezen, WordFout, WordFoutSoort};
use std::path::Path;

use crate::document::{Bedrag, Document, DocumentSoort, IN_TE_VULLEN};
use crate::uitvoer::opmaak::{self, Blok, Deel, Lijst, Opmaak, Tabel, Veld, Veldsoort, STREEP};

pub(super) fn lees(bytes: &[u8]) -> Result<Ingelezen, WordFout> {
    let pakket = lezen::open(bytes)?;
    let gegevensdeel = "het gegevensdeel (customXml)";
    let soort: DocumentSoort = pakket.soort.parse().map_err(|_| {
        WordFout::new(
            WordFoutSoort::Onleesbaar,
            gegevensdeel,
            format!(
                "onbekende documentsoort \"{}\": verwacht ivp, uitvoeringsplan of analyse",
                pakket.soort
            ),
        )
    })?;
    let basis = Document::lees_als(
        pakket.json.as_bytes(),
        Some(Path::new("gegevens.json")),
        soort,
    )
    .map_err(|e| WordFout::new(WordFoutSoort::Onleesbaar, gegevensdeel, e.to_string()))?;
    let mut knopen = lezen::lichaam(&pakket.document)?;
    let opmaak = opmaak::opmaak(&basis);
    lezen::herken_ingevuld(&mut knopen, &plaatshouders(&opmaak));
    let basis_waarde: Value = serde_json::from_str(&pakket.json)
        .map_err(|_| WordFout::new(WordFoutSoort::Onleesbaar, gegevensdeel, "geen geldige JSON"))?;
    let voorblad: Vec<String> = voorblad::regels(&basis, pakket.gemaakt)
        .into_iter()
        .map(|r| r.tekst)
        .collect();
    let mut s = Samenvoeger::new(&opmaak, &basis_waarde, &voorblad);
    s.blokken(&knopen, None);
    s.ontbrekend();
    let Samenvoeger {
        wijzigingen,
        bevindingen,
        ..
    } = s;
    if wijzigingen.is_empty() {
        return Ok(Ingelezen {
            document: basis,
            bevindingen,
        });
    }
    let mut waarde = basis_waarde;
    for (pad, w) in wijzigingen {
        match w {
            Some(v)
                if pad == opmaak::NIEUWE_VASTSTELLING
                    && waarde.pointer("/vaststelling/0").is_none() =>
            {
                nieuwe_vaststelling(&mut waarde, soort, v);
            }
            Some(v) => zet(&mut waarde, &pad, v),
            None => verwijder(&mut waarde, &pad),
        }
    }
    let json = waarde.to_string();
    let document = Document::lees_als(json.as_bytes(), Some(Path::new("gelezen.json")), soort)
        .map_err(|e| {
            let pad = pointer_van(&e.pad);
            let naam = velden_van(&opmaak)
                .into_iter()
                .find(|v| v.pad == pad)
                .map_or_else(
                    || format!("het veld {pad}"),
                    |v| format!("het invulveld \"{}\" ({pad})", v.alias),
                );
            WordFout::new(WordFoutSoort::OngeldigDocument, naam, e.bericht)
        })?;
    Ok(Ingelezen {
        document,
        bevindingen,
    })
}

/// `prioriteiten[2].naam` as `/prioriteiten/2/naam`.
fn pointer_van(pad: &str) -> String {
    let mut uit = String::new();
    for deel in pad.split('.') {
        let (sleutel, rest) = deel.split_once('[').unwrap_or((deel, ""));
        if !sleutel.is_empty() {
            uit.push('/');
            uit.push_str(sleutel.trim_matches('"'));
        }
        for index in rest.split('[') {
            let index = index.trim_end_matches(']');
            if !index.is_empty() {
                uit.push('/');
                uit.push_str(index);
            }
        }
    }
    uit
}

/// The adoption date a concept's date picker got: the adoption itself, by the organ that
/// adopts the document (the raad an IVP, the college an uitvoeringsplan).
fn nieuwe_vaststelling(waarde: &mut Value, soort: DocumentSoort, datum: Value) {
    let door = match soort {
        DocumentSoort::Ivp => "raad",
        DocumentSoort::Uitvoeringsplan => "college",
        _ => return,
    };
    if let Some(map) = waarde.as_object_mut() {
        let mut vaststelling = Map::new();
        vaststelling.insert("door".to_owned(), Value::from(door));
        vaststelling.insert("datum".to_owned(), datum);
        map.insert(
            "vaststelling".to_owned(),
            Value::Array(vec![Value::Object(vaststelling)]),
        );
    }
}

fn sleutel_uit_pointer(deel: &str) -> String {
    deel.replace("~1", "/").replace("~0", "~")
}

fn zet(waarde: &mut Value, pad: &str, nieuw: Value) {
    if let Some(plek) = waarde.pointer_mut(pad) {
        *plek = nieuw;
        return;
    }
    let Some((ouder, sleutel)) = pad.rsplit_once('/') else {
        return;
    };
    if let Some(Value::Object(map)) = waarde.pointer_mut(ouder) {
        map.insert(sleutel_uit_pointer(sleutel), nieuw);
    }
}

fn verwijder(waarde: &mut Value, pad: &str) {
    let Some((ouder, sleutel)) = pad.rsplit_once('/') else {
        return;
    };
    if let Some(Value::Object(map)) = waarde.pointer_mut(ouder) {
        map.remove(&sleutel_uit_pointer(sleutel));
    }
}

/// Every field outside lists and tables.
fn velden_van(opmaak: &Opmaak) -> Vec<&Veld> {
    let mut uit = Vec::new();
    for d in &opmaak.titel {
        if let Deel::Veld(v) = d {
            uit.push(v);
        }
    }
    for b in &opmaak.blokken {
        match b {
            Blok::Kop { delen, .. } | Blok::Alinea(delen) => {
                uit.extend(delen.iter().filter_map(|d| match d {
                    Deel::Veld(v) => Some(v),
                    Deel::Vast(_) => None,
                }));
            }
            Blok::Tekstveld(v) => uit.push(v),
            _ => {}
        }
    }
    uit
}

/// The hints the open fields showed when written (trimmed, whole and as the question a block
/// field shows): a control that still carries
/// `w:showingPlcHdr` and shows another text holds the user's text.
fn plaatshouders(opmaak: &Opmaak) -> HashSet<&str> {
    let mut velden = velden_van(opmaak);
    for b in &opmaak.blokken {
        match b {
            Blok::Lijst(l) => velden.extend(&l.items),
            Blok::Tabel(t) => velden.extend(t.rijen.iter().flatten()),
            _ => {}
        }
    }
    // A block field shows the question of its hint; the guidance stands before it.
    velden
        .into_iter()
        .filter(|v| v.is_open())
        .flat_map(|v| [v.toon(), super::lichaam::aanwijzing(v.toon()).0].map(str::trim))
        .collect()
}

/// The fixed texts of the layout, in order, as they read back (trimmed, empty ones left out):
/// the title, the lines of the cover page, the body (headings without the numbers Word adds).
fn vaste_teksten(opmaak: &Opmaak, voorblad: &[String]) -> Vec<String> {
    let mut uit = Vec::new();
    let mut voeg_toe = |t: &str| {
        let t = t.trim();
        if !t.is_empty() {
            uit.push(t.to_owned());
        }
    };
    let vast = |delen: &[Deel]| -> String {
        delen
            .iter()
            .filter_map(|d| match d {
                Deel::Vast(t) => Some(t.as_str()),
                Deel::Veld(_) => None,
            })
            .collect()
    };
    voeg_toe(&vast(&opmaak.titel));
    for r in voorblad {
        voeg_toe(r);
    }
    for (i, b) in opmaak.blokken.iter().enumerate() {
        match b {
            Blok::Kop { delen, .. } => voeg_toe(&vast(&opmaak.kop_zonder_nummer(i, delen).1)),
            Blok::Alinea(delen) => voeg_toe(&vast(delen)),
            Blok::Label { tekst, .. } => voeg_toe(tekst),
            Blok::Inhoudsopgave => voeg_toe("Inhoud"),
            Blok::Opsomming(items) => items.iter().for_each(|i| voeg_toe(i)),
            Blok::Tabel(t) => voeg_toe(&format!("Tabel: {}", t.bijschrift)),
            Blok::Tekstveld(v) => {
                if let opmaak::Inhoud::Open(hint) = &v.inhoud {
                    for (_, t) in super::lichaam::aanwijzing(hint).1 {
                        voeg_toe(&t);
                    }
                }
            }
            Blok::Lijst(_) => {}
        }
    }
    uit
}

/// What becomes of a field: unchanged, a new value, or left out (an optional field emptied).
enum Uitkomst {
    Ongewijzigd,
    Zet(Value),
    Weg,
}

struct Samenvoeger<'o> {
    velden: HashMap<&'o str, &'o Veld>,
    lijsten: HashMap<&'o str, &'o Lijst>,
    tabellen: HashMap<&'o str, &'o Tabel>,
    basis: &'o Value,
    gezien: HashSet<String>,
    vast: Vec<String>,
    cursor: usize,
    wijzigingen: Vec<(String, Option<Value>)>,
    bevindingen: Vec<Bevinding>,
    kop: String,
    alinea: usize,
    /// The numbers Word gives the headings: chapters and sections seen so far.
    kopnummer: (usize, usize),
}

fn is_kop(stijl: Option<&str>) -> bool {
    stijl.is_some_and(|s| {
        s == "Title" || s == "Titel" || s.starts_with("Heading") || s.starts_with("Kop")
    })
}

/// The styles of the contents' lines: the writer's, and Word's own ids for "toc 1" to "toc 9"
/// (in an English and a Dutch Word).
fn is_inhoud(stijl: Option<&str>) -> bool {
    stijl.is_some_and(|s| {
        super::schrijven::stijl::INHOUD.contains(&s)
            || s.strip_prefix("TOC")
                .or_else(|| s.strip_prefix("Inhopg"))
                .is_some_and(|n| n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

fn is_streep(t: &str) -> bool {
    matches!(t.trim(), "" | STREEP | "-" | "–")
}

impl<'o> Samenvoeger<'o> {
    fn new(opmaak: &'o Opmaak, basis: &'o Value, voorblad: &[String]) -> Self {
        let mut velden = HashMap::new();
        for v in velden_van(opmaak) {
            velden.insert(v.pad.as_str(), v);
        }
        let mut lijsten = HashMap::new();
        let mut tabellen = HashMap::new();
        for b in &opmaak.blokken {
            match b {
                Blok::Lijst(l) => {
                    lijsten.insert(l.pad.as_str(), l);
                }
                Blok::Tabel(t) => {
                    tabellen.insert(t.pad.as_str(), t);
                }
                _ => {}
            }
        }
        Samenvoeger {
            velden,
            lijsten,
            tabellen,
            basis,
            gezien: HashSet::new(),
            vast: vaste_teksten(opmaak, voorblad),
            cursor: 0,
            wijzigingen: Vec::new(),
            bevindingen: Vec::new(),
            kop: String::new(),
            alinea: 0,
            kopnummer: (0, 0),
        }
    }

    fn waar(&self) -> String {
        let plaats = if self.kop.is_empty() {
            "aan het begin van het document".to_owned()
        } else {
            format!("onder de kop \"{}\"", self.kop)
        };
        if self.alinea == 0 {
            plaats
        } else {
            format!("{plaats}, alinea {}", self.alinea)
        }
    }

    fn bevinding(
        &mut self,
        soort: BevindingSoort,
        pad: Option<&str>,
        tekst: String,
        bericht: String,
    ) {
        let waar = self.waar();
        self.bevindingen.push(Bevinding {
            soort,
            waar,
            pad: pad.map(str::to_owned),
            tekst,
            bericht,
        });
    }

    /// Fixed text found outside the controls: fine where the layout has it, else reported.
    fn buiten(&mut self, tekst: &str) {
        let t = tekst.trim();
        if t.is_empty() {
            return;
        }
        if let Some(i) = self
            .vast
            .get(self.cursor..)
            .and_then(|r| r.iter().position(|v| v == t))
        {
            self.cursor += i + 1;
            return;
        }
        self.bevinding(
            BevindingSoort::TekstBuitenInvulveld,
            None,
            t.to_owned(),
            format!(
                "tekst buiten de invulvelden is niet gelezen: \"{}\"; zet hem in een invulveld om hem in het plan op te nemen",
                kort(t)
            ),
        );
    }

    /// Blocks; `binnen` is the control they stand in, if any.
    fn blokken(&mut self, knopen: &[Knoop], binnen: Option<&str>) {
        for k in knopen {
            match k {
                Knoop::Alinea(a) => self.alinea(a, binnen),
                Knoop::Tabel(rijen) => {
                    for cel in rijen.iter().flatten() {
                        self.blokken(cel, binnen);
                    }
                }
                Knoop::Sdt(sdt) => self.blok_sdt(sdt),
            }
        }
    }

    fn alinea(&mut self, a: &Alinea, binnen: Option<&str>) {
        if is_inhoud(a.stijl.as_deref()) {
            // A line of the contents: made by the writer or by Word, not typed.
            return;
        }
        if is_kop(a.stijl.as_deref()) {
            let nummer = match a.stijl.as_deref() {
                _ if a.zonder_nummer => String::new(),
                Some("Heading1") => {
                    self.kopnummer = (self.kopnummer.0 + 1, 0);
                    format!("{} ", self.kopnummer.0)
                }
                Some("Heading2") => {
                    self.kopnummer.1 += 1;
                    format!("{}.{} ", self.kopnummer.0, self.kopnummer.1)
                }
                _ => String::new(),
            };
            self.kop = kop_kort(&format!("{nummer}{}", a.tekst().trim()));
            self.alinea = 0;
        } else {
            self.alinea += 1;
        }
        if a.heeft_object() {
            self.bevinding(
                BevindingSoort::NietGelezen,
                binnen,
                String::new(),
                "een afbeelding, tekstvak of ingevoegd object is niet gelezen".to_owned(),
            );
        }
        for s in &a.stukken {
            if let Stuk::Sdt(sdt) = s {
                if let Some(tag) = &sdt.tag {
                    let tekst = sdt.tekst();
                    self.los_veld(tag, sdt.open, tekst);
                }
            }
        }
        self.buiten(&a.vaste_tekst());
    }

    fn blok_sdt(&mut self, sdt: &Sdt) {
        let Some(tag) = sdt.tag.as_deref() else {
            if sdt.bouwsteen || sdt.alias.as_deref() == Some(super::schrijven::INHOUDSOPGAVE) {
                // The table of contents: generated by Word, not typed.
                return;
            }
            self.blokken(&sdt.blokken, None);
            return;
        };
        if sdt.heeft_object() {
            self.bevinding(
                BevindingSoort::NietGelezen,
                Some(tag),
                String::new(),
                "een afbeelding, tekstvak of ingevoegd object in een invulveld is niet gelezen"
                    .to_owned(),
            );
        }
        if let Some(lijst) = self.lijsten.get(tag).copied() {
            self.alinea += 1;
            if self.eerste_keer(tag) {
                self.lijst(lijst, sdt);
            }
        } else if let Some(tabel) = self.tabellen.get(tag).copied() {
            self.alinea += 1;
            if self.eerste_keer(tag) {
                self.tabel(tabel, sdt);
            }
        } else if self.velden.contains_key(tag) {
            self.alinea += 1;
            let tekst = sdt.tekst();
            self.los_veld(tag, sdt.open, tekst);
        } else {
            self.onbekend(tag);
            self.blokken(&sdt.blokken, None);
        }
    }

    fn onbekend(&mut self, tag: &str) {
        self.bevinding(
            BevindingSoort::OnbekendInvulveld,
            Some(tag),
            String::new(),
            format!("onbekend invulveld met label \"{}\": de inhoud wordt als tekst buiten de invulvelden behandeld", kort(tag)),
        );
    }

    /// Marks a tag as seen; reports a second occurrence.
    fn eerste_keer(&mut self, tag: &str) -> bool {
        if self.gezien.insert(tag.to_owned()) {
            return true;
        }
        self.bevinding(
            BevindingSoort::OnbekendInvulveld,
            Some(tag),
            String::new(),
            format!("het invulveld {tag} komt meer dan eens voor; alleen het eerste is gelezen"),
        );
        false
    }

    /// A field outside lists and tables.
    fn los_veld(&mut self, tag: &str, open: bool, tekst: String) {
        let Some(veld) = self.velden.get(tag).copied() else {
            self.onbekend(tag);
            self.buiten(&tekst);
            return;
        };
        if !self.eerste_keer(tag) {
            return;
        }
        match self.uitkomst(veld.soort, &veld.alias, &veld.pad, open, tekst, Some(veld)) {
            Uitkomst::Ongewijzigd => {}
            Uitkomst::Zet(v) => self.wijzigingen.push((veld.pad.clone(), Some(v))),
            Uitkomst::Weg => self.wijzigingen.push((veld.pad.clone(), None)),
        }
    }

    /// The value of a field from the text of its control.
    fn uitkomst(
        &mut self,
        soort: Veldsoort,
        alias: &str,
        pad: &str,
        open: bool,
        tekst: String,
        geschreven: Option<&Veld>,
    ) -> Uitkomst {
        if let Some(v) = geschreven {
            let zelfde = if open { v.is_open() } else { tekst == v.toon() };
            if zelfde {
                return Uitkomst::Ongewijzigd;
            }
        }
        if open {
            // Emptied: Word shows the placeholder again.
            return match soort {
                Veldsoort::Tekst
                | Veldsoort::OptieTekst
                | Veldsoort::Meting
                | Veldsoort::Getal
                | Veldsoort::Bedrag
                | Veldsoort::Planning => Uitkomst::Zet(open_waarde(alias)),
                Veldsoort::Regel => Uitkomst::Zet(Value::from("")),
                _ => Uitkomst::Weg,
            };
        }
        match lees_waarde(soort, &tekst) {
            Ok(Some(v)) => Uitkomst::Zet(v),
            Ok(None) => Uitkomst::Weg,
            Err(verwacht) => {
                let invulbaar = matches!(
                    soort,
                    Veldsoort::Meting | Veldsoort::Getal | Veldsoort::Bedrag | Veldsoort::Planning
                );
                let gevolg = if invulbaar {
                    "het veld is als 'in te vullen' gelezen, met de tekst in de aanwijzing"
                } else {
                    "de vorige waarde blijft staan"
                };
                self.bevinding(
                    BevindingSoort::OnleesbareWaarde,
                    Some(pad),
                    tekst.clone(),
                    format!(
                        "{alias}: \"{}\" is niet te lezen; verwacht {verwacht}; {gevolg}",
                        kort(&tekst)
                    ),
                );
                if invulbaar {
                    Uitkomst::Zet(open_waarde(&format!(
                        "{alias}: \"{tekst}\" is niet te lezen; verwacht {verwacht}"
                    )))
                } else {
                    Uitkomst::Ongewijzigd
                }
            }
        }
    }

    /// A list: one item per paragraph.
    fn lijst(&mut self, lijst: &Lijst, sdt: &Sdt) {
        let basis = self.basis.pointer(&lijst.pad).and_then(Value::as_array);
        let mut alineas = Vec::new();
        verzamel_alineas(&sdt.blokken, &mut alineas);
        let voorvoegsel = format!("{}/", lijst.pad);
        let mut items = Vec::with_capacity(alineas.len());
        // The aspect whose line ("Aspect 1.1 Infrastructuur:") the items stand under: an
        // item typed or changed there keeps it as its "[aspect ...]".
        let mut aspect: Option<String> = None;
        for a in alineas {
            if a.stijl.as_deref() == Some(super::schrijven::stijl::ASPECT) {
                let t = a.tekst();
                let naam = t.trim().trim_start_matches("Aspect ").trim_end_matches(':');
                aspect = (!naam.trim().is_empty()).then(|| naam.trim().to_owned());
                continue;
            }
            let binnen = a.stukken.iter().find_map(|s| match s {
                Stuk::Sdt(s) => s
                    .tag
                    .as_deref()
                    .and_then(|t| t.strip_prefix(&voorvoegsel))
                    .and_then(|i| i.parse::<usize>().ok())
                    .map(|i| (i, s.open)),
                _ => None,
            });
            let tekst = a.tekst();
            let geschreven =
                binnen.and_then(|(i, open)| Some((lijst.items.get(i)?, basis?.get(i)?, open)));
            let met_aspect = |tekst: String| match &aspect {
                Some(a) if opmaak::aspect_van(&tekst).is_none() => {
                    Value::from(format!("[aspect {a}] {tekst}"))
                }
                _ => Value::from(tekst),
            };
            match geschreven {
                Some((item, oud, open)) if tekst.is_empty() && open => {
                    if item.is_open() {
                        items.push(oud.clone());
                    }
                }
                Some((item, oud, false)) if tekst == getoond(item) => items.push(oud.clone()),
                // An item of a group changed: it stays in its group.
                Some((item, _, _)) if !tekst.is_empty() && getoond(item) != item.toon() => {
                    items.push(met_aspect(tekst));
                }
                Some(_) => items.push(Value::from(tekst)),
                None if tekst.is_empty() => {}
                // A new item typed under an aspect's line belongs to that aspect.
                None => items.push(met_aspect(tekst)),
            }
        }
        if basis.is_some_and(|b| *b == items) {
            return;
        }
        self.wijzigingen
            .push((lijst.pad.clone(), Some(Value::Array(items))));
    }

    /// A table: one element per row after the header.
    fn tabel(&mut self, tabel: &Tabel, sdt: &Sdt) {
        let basis = self.basis.pointer(&tabel.pad).and_then(Value::as_array);
        let mut rijen = Vec::new();
        let mut eerste_tabel = true;
        for k in &sdt.blokken {
            match k {
                Knoop::Tabel(r) => {
                    let overslaan = usize::from(eerste_tabel);
                    eerste_tabel = false;
                    rijen.extend(r.iter().skip(overslaan));
                }
                Knoop::Alinea(a) => {
                    let t = a.tekst();
                    if !t.trim().is_empty() {
                        self.bevinding(
                            BevindingSoort::TekstBuitenInvulveld,
                            Some(&tabel.pad),
                            t.clone(),
                            format!(
                                "tekst naast de tabel \"{}\" is niet gelezen: \"{}\"",
                                tabel.alias,
                                kort(&t)
                            ),
                        );
                    }
                }
                Knoop::Sdt(_) => {}
            }
        }
        let koppen: Vec<&str> = tabel.kolommen.iter().map(|k| k.kop).collect();
        let voorvoegsel = format!("{}/", tabel.pad);
        let mut elementen = Vec::with_capacity(rijen.len());
        // A row whose cells carry the index of a row read before is a copy: Word's + of a
        // repeating section copies the row with its controls. It is a new element.
        let mut gebruikt = HashSet::new();
        for (r, rij) in rijen.into_iter().enumerate() {
            let teksten: Vec<String> = rij.iter().map(|c| cel_tekst(c).1).collect();
            if teksten.iter().map(|t| t.trim()).eq(koppen.iter().copied()) {
                continue;
            }
            let index = rij
                .iter()
                .find_map(|c| eerste_index(c, &voorvoegsel))
                .filter(|&i| gebruikt.insert(i));
            let oud = index.and_then(|i| basis.and_then(|b| b.get(i)));
            let nieuw = oud.is_none();
            // Labelled with an index the document does not have (a row pasted from a longer
            // table, or a document part edited by hand): a new row that keeps its placeholders.
            let buiten_bereik = index.filter(|_| nieuw);
            if let Some(i) = buiten_bereik {
                let aantal = basis.map_or(0, |b| b.len());
                self.bevinding(
                    BevindingSoort::OnbekendInvulveld,
                    Some(&format!("{}/{i}", tabel.pad)),
                    String::new(),
                    format!(
                        "rij {} van de tabel \"{}\" heeft het label {}/{i}, maar het document heeft {aantal} {}: de rij is als nieuwe rij gelezen, met haar plaatshouders",
                        r + 1,
                        tabel.alias,
                        tabel.pad,
                        if aantal == 1 { "rij" } else { "rijen" },
                    ),
                );
            }
            let mut element = match oud {
                Some(Value::Object(m)) => m.clone(),
                _ => {
                    let mut m = Map::new();
                    let (sleutel, leeg) = tabel.nieuw.verplicht();
                    m.insert(sleutel.to_owned(), leeg);
                    m
                }
            };
            let mut iets = false;
            for (c, cel) in rij.iter().enumerate() {
                let (open, tekst) = cel_tekst(cel);
                let Some(kolom) = tabel.kolommen.get(c) else {
                    if !tekst.trim().is_empty() {
                        self.bevinding(
                            BevindingSoort::TekstBuitenInvulveld,
                            Some(&tabel.pad),
                            tekst.clone(),
                            format!("tekst in een extra kolom van de tabel \"{}\" is niet gelezen: \"{}\"", tabel.alias, kort(&tekst)),
                        );
                    }
                    continue;
                };
                let geschreven = if nieuw {
                    None
                } else {
                    index
                        .and_then(|i| tabel.rijen.get(i))
                        .and_then(|r| r.get(c))
                };
                let plaatshouder = buiten_bereik.and(open.then(|| plaatshouder_in(cel)).flatten());
                if nieuw && plaatshouder.is_none() && (open || is_streep(&tekst)) {
                    continue;
                }
                iets = true;
                // A kept placeholder keeps its hint; a value read is named by its place.
                let alias = plaatshouder.unwrap_or_else(|| {
                    format!(
                        "{}, rij {}, {}",
                        tabel.alias,
                        r + 1,
                        kolom.kop.to_lowercase()
                    )
                });
                let pad = format!("{}/{}/{}", tabel.pad, index.unwrap_or(r), kolom.sleutel);
                match self.uitkomst(kolom.soort, &alias, &pad, open, tekst, geschreven) {
                    Uitkomst::Ongewijzigd => {}
                    Uitkomst::Zet(v) => {
                        element.insert(kolom.sleutel.to_owned(), v);
                    }
                    Uitkomst::Weg => {
                        element.remove(kolom.sleutel);
                    }
                }
            }
            if nieuw && !iets {
                continue;
            }
            elementen.push(Value::Object(element));
        }
        if basis.is_some_and(|b| *b == elementen) || (basis.is_none() && elementen.is_empty()) {
            return;
        }
        self.wijzigingen
            .push((tabel.pad.clone(), Some(Value::Array(elementen))));
    }

    /// Reports the controls of the layout that are not in the file.
    fn ontbrekend(&mut self) {
        let mut missend: Vec<(String, String)> = self
            .velden
            .values()
            .map(|v| (v.pad.clone(), v.alias.clone()))
            .chain(
                self.lijsten
                    .values()
                    .map(|l| (l.pad.clone(), l.alias.clone())),
            )
            .chain(
                self.tabellen
                    .values()
                    .map(|t| (t.pad.clone(), t.alias.clone())),
            )
            .filter(|(pad, _)| !self.gezien.contains(pad))
            .collect();
        missend.sort();
        for (pad, alias) in missend {
            self.bevindingen.push(Bevinding {
                soort: BevindingSoort::OntbrekendInvulveld,
                waar: "in het hele document".to_owned(),
                pad: Some(pad),
                tekst: String::new(),
                bericht: format!(
                    "het invulveld \"{alias}\" staat niet meer in het bestand; de waarde uit het gegevensdeel blijft staan"
                ),
            });
        }
    }
}

/// The paragraphs of blocks, nested controls and tables included.
fn verzamel_alineas<'k>(blokken: &'k [Knoop], uit: &mut Vec<&'k Alinea>) {
    for k in blokken {
        match k {
            Knoop::Alinea(a) => uit.push(a),
            Knoop::Tabel(rijen) => {
                for cel in rijen.iter().flatten() {
                    verzamel_alineas(cel, uit);
                }
            }
            Knoop::Sdt(s) => verzamel_alineas(&s.blokken, uit),
        }
    }
}

/// The text a list item shows in Word: a skeleton's item of veld 1 without its "[aspect ...]",
/// which the line above its group gives.
fn getoond(item: &Veld) -> &str {
    match opmaak::aspect_van(item.toon()) {
        Some((_, rest)) if !item.is_open() => rest,
        _ => item.toon(),
    }
}

/// Whether a cell shows only its placeholder, and its text (a line per paragraph).
fn cel_tekst(cel: &[Knoop]) -> (bool, String) {
    let mut tekst = String::new();
    let mut eerste = true;
    lezen::blokken_tekst(cel, &mut tekst, &mut eerste);
    let open = tekst.is_empty() && heeft_open_veld(cel);
    (open, tekst)
}

/// The hint of the first control in a cell that shows its placeholder.
fn plaatshouder_in(blokken: &[Knoop]) -> Option<String> {
    let hint = |s: &Sdt| {
        let mut zichtbaar = s.clone();
        zichtbaar.open = false;
        Some(zichtbaar.tekst().trim().to_owned()).filter(|t| !t.is_empty())
    };
    blokken.iter().find_map(|k| match k {
        Knoop::Alinea(a) => a.stukken.iter().find_map(|s| match s {
            Stuk::Sdt(s) if s.open => hint(s),
            _ => None,
        }),
        Knoop::Sdt(s) if s.open => hint(s),
        Knoop::Sdt(s) => plaatshouder_in(&s.blokken),
        Knoop::Tabel(_) => None,
    })
}

fn heeft_open_veld(blokken: &[Knoop]) -> bool {
    blokken.iter().any(|k| match k {
        Knoop::Alinea(a) => a
            .stukken
            .iter()
            .any(|s| matches!(s, Stuk::Sdt(s) if s.open)),
        Knoop::Sdt(s) => s.open || heeft_open_veld(&s.blokken),
        Knoop::Tabel(_) => false,
    })
}

/// The element index in the first tag under `voorvoegsel` in a cell.
fn eerste_index(blokken: &[Knoop], voorvoegsel: &str) -> Option<usize> {
    let van_tag = |tag: &Option<String>| {
        tag.as_deref()
            .and_then(|t| t.strip_prefix(voorvoegsel))
            .and_then(|r| r.split('/').next())
            .and_then(|i| i.parse::<usize>().ok())
    };
    blokken.iter().find_map(|k| match k {
        Knoop::Alinea(a) => a.stukken.iter().find_map(|s| match s {
            Stuk::Sdt(s) => van_tag(&s.tag),
            _ => None,
        }),
        Knoop::Sdt(s) => van_tag(&s.tag).or_else(|| eerste_index(&s.blokken, voorvoegsel)),
        Knoop::Tabel(_) => None,
    })
}

fn open_waarde(aanwijzing: &str) -> Value {
    let mut m = Map::new();
    m.insert(IN_TE_VULLEN.to_owned(), Value::from(aanwijzing));
    Value::Object(m)
}

/// At most 80 characters of a text, for a message.
/// A heading for the place of a finding: its first eight words, at most 80 characters. Every
/// finding under it repeats it, so a heading of megabytes would be copied per finding.
fn kop_kort(t: &str) -> String {
    let mut uit = String::new();
    let mut woorden = t.split_whitespace();
    for woord in woorden.by_ref().take(8) {
        if !uit.is_empty() {
            uit.push(' ');
        }
        uit.push_str(woord);
    }
    let afgekapt = woorden.next().is_some() || uit.chars().count() > 80;
    if uit.chars().count() > 80 {
        uit = uit.chars().take(80).collect();
    }
    if afgekapt {
        uit.push('…');
    }
    uit
}

/// A text on one line, quoted by its start.
fn kort(t: &str) -> String {
    crate::naam::kort(&t.replace('\n', " "), 80).into_owned()
}

/// Reads the text of a control as a value of its kind: `Ok(None)` for an optional value left
/// empty, `Err` with what was expected.
fn lees_waarde(soort: Veldsoort, tekst: &str) -> Result<Option<Value>, &'static str> {
    let optie = !matches!(soort, Veldsoort::Tekst | Veldsoort::Regel);
    if optie && is_streep(tekst) {
        return Ok(None);
    }
    let t = tekst.trim();
    Ok(Some(match soort {
        Veldsoort::Tekst | Veldsoort::OptieTekst | Veldsoort::Regel | Veldsoort::OptieRegel => {
            Value::from(tekst)
        }
        Veldsoort::Bron => Value::from(t),
        Veldsoort::Soort => match t.to_lowercase().as_str() {
            "objectief" => Value::from("objectief"),
            "subjectief" => Value::from("subjectief"),
            _ => return Err("objectief of subjectief"),
        },
        Veldsoort::Richting => match t.to_lowercase().as_str() {
            "dalen" => Value::from("dalen"),
            "stijgen" => Value::from("stijgen"),
            "gelijk" => Value::from("gelijk"),
            _ => return Err("dalen, stijgen of gelijk"),
        },
        Veldsoort::Jaar => Value::from(jaar(t).ok_or("een jaartal, bijvoorbeeld 2026")?),
        Veldsoort::Getal => {
            getal_waarde(lees_getal(t).ok_or("een getal, bijvoorbeeld 12500 of 82,5")?)
                .ok_or("een eindig getal")?
        }
        Veldsoort::Bedrag => {
            let bedrag: Bedrag = t
                .parse()
                .map_err(|_| "een bedrag in euro's, bijvoorbeeld 12500 of 1234,50")?;
            serde_json::to_value(bedrag).map_err(|_| "een bedrag in euro's")?
        }
        Veldsoort::Meting => {
            let (waarde, jaar) =
                lees_meting(t).ok_or("waarde en jaar, bijvoorbeeld \"95 (2022)\"")?;
            let mut m = Map::new();
            m.insert("jaar".to_owned(), Value::from(jaar));
            m.insert(
                "waarde".to_owned(),
                getal_waarde(waarde).ok_or("een eindig getal")?,
            );
            Value::Object(m)
        }
        // A planning is kept as the coordinator wrote it ("Q2 2026", "doorlopend"); the
        // period is derived from the text where it gives one (`Planning::periode`).
        Veldsoort::Planning => Value::from(t),
        Veldsoort::Datum => Value::from(
            datum(t)
                .ok_or("een datum, bijvoorbeeld \"1 juni 2017\", \"2017-06-01\" of \"01-06-2017\"")?
                .format("%Y-%m-%d")
                .to_string(),
        ),
        Veldsoort::Regels => Value::Array(
            tekst
                .split('\n')
                .map(|r| r.strip_prefix("- ").unwrap_or(r))
                .filter(|r| !r.trim().is_empty())
                .map(Value::from)
                .collect(),
        ),
    }))
}

fn getal_waarde(x: f64) -> Option<Value> {
    serde_json::Number::from_f64(x).map(Value::Number)
}

fn jaar(t: &str) -> Option<i32> {
    t.trim().parse().ok()
}

/// A number as people write it: "12500", "12.500" (thousands), "82,5", "€ 1.250,50", "45%".
pub(super) fn lees_getal(t: &str) -> Option<f64> {
    let t: String = t
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let genormaliseerd = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else if duizendtallen(&t) {
        t.replace('.', "")
    } else {
        t
    };
    let x: f64 = genormaliseerd.parse().ok()?;
    x.is_finite().then_some(x)
}

/// "12.500" or "1.250.000": dots between groups of three digits.
fn duizendtallen(t: &str) -> bool {
    let t = t.strip_prefix('-').unwrap_or(t);
    let mut delen = t.split('.');
    let eerste = delen.next().unwrap_or_default();
    let rest: Vec<&str> = delen.collect();
    !rest.is_empty()
        && (1..=3).contains(&eerste.len())
        && eerste.bytes().all(|b| b.is_ascii_digit())
        && rest
            .iter()
            .all(|d| d.len() == 3 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// "95 (2022)", "95 in 2022" or "2022: 95".
pub(super) fn lees_meting(t: &str) -> Option<(f64, i32)> {
    let t = t.trim();
    if let Some((waarde, rest)) = t.split_once('(') {
        let jaar = jaar(rest.trim().strip_suffix(')')?)?;
        return Some((lees_getal(waarde)?, jaar));
    }
    if let Some((waarde, j)) = t.rsplit_once(" in ") {
        return Some((lees_getal(waarde)?, jaar(j)?));
    }
    let (j, waarde) = t.split_once(':')?;
    Some((lees_getal(waarde)?, jaar(j)?))
}

/// A date as people and Word's date picker write it: "2017-06-01", "01-06-2017", or in Dutch
/// words with its year, "1 juni 2017" (the picker's format, `d MMMM yyyy`).
fn datum(t: &str) -> Option<NaiveDate> {
    let t = t.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d-%m-%Y"))
        .ok()
        .or_else(|| t.parse::<crate::document::Besluitdatum>().ok()?.datum())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn getallen_zoals_mensen_ze_schrijven() {
        assert_eq!(lees_getal("12500"), Some(12500.0));
        assert_eq!(lees_getal("12.500"), Some(12500.0));
        assert_eq!(lees_getal("€ 1.250,50"), Some(1250.5));
        assert_eq!(lees_getal("82,5"), Some(82.5));
        assert_eq!(lees_getal("2.5"), Some(2.5));
        assert_eq!(lees_getal("45%"), Some(45.0));
        assert_eq!(lees_getal("veel"), None);
        assert_eq!(lees_getal("inf"), None);
    }

    #[test]
    fn metingen() {
        assert_eq!(lees_meting("95 (2022)"), Some((95.0, 2022)));
        assert_eq!(lees_meting("82,5 in 2026"), Some((82.5, 2026)));
        assert_eq!(lees_meting("2026: 80"), Some((80.0, 2026)));
        assert_eq!(lees_meting("95"), None);
    }

    #[test]
    fn pointer_uit_een_sleutelpad() {
        assert_eq!(
            pointer_van("prioriteiten[2].effectindicatoren[0].naam"),
            "/prioriteiten/2/effectindicatoren/0/naam"
        );
        assert_eq!(pointer_van(""), "");
    }
}
