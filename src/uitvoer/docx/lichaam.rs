//! The body of `word/document.xml`, written straight from the layout as quick-xml events.
//!
//! docx-rs builds every paragraph and run as a typed value and serialises it through its own
//! XML writer; for a skeleton of a few hundred fields that took three quarters of the time of
//! writing the whole file (issue #14 asks for under 2 ms). Its package, styles, numbering,
//! header and footer stay docx-rs's; the body, where the size is, is written here, once, in
//! document order, with each content control's properties (`w:alias`, `w:tag` with the JSON
//! Pointer, `w:id`, `w:lock`, `w:showingPlcHdr`) written directly, which docx-rs 0.4 has no API
//! for. quick-xml escapes every text and attribute; no XML is pasted as a string.

use std::io;

use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::schrijven::stijl;
use super::schrijven::TAAL;
use super::voorblad::Regel;
use crate::uitvoer::opmaak::{
    self, Blok, Deel, Inhoud, Lijst, Opmaak, Tabel, Veld, Veldsoort, STREEP,
};

/// The width of the text on an A4 page with margins of 2 cm, in twentieths of a point.
pub(super) const TEKSTBREEDTE: u32 = 11906 - 2 * 1134;

/// The width of the text on a landscape A4 page with the same margins: the page of a table
/// whose columns do not fit on a portrait one.
pub(super) const TEKSTBREEDTE_LIGGEND: u32 = 16838 - 2 * 1134;

/// The relationships of the header and footer docx-rs writes, which every section repeats.
const KOPTEKST_ID: &str = "rIdHeader1";
const VOETTEKST_ID: &str = "rIdFooter1";

/// The numbering of bullets (docx-rs always writes a decimal numbering with id 1).
pub(super) const OPSOMMING: usize = 2;

/// The numbering of the headings, linked to their styles.
pub(super) const KOPNUMMERING: usize = 3;

const KOPCEL: &str = "D9E2F3";
const RAND: &str = "8EAADB";

/// How a paragraph looks.
#[derive(Clone, Copy, Default)]
struct Alinea<'a> {
    stijl: Option<&'a str>,
    opsomming: bool,
    bij_volgende: bool,
    /// Starts a new page.
    nieuwe_pagina: bool,
    /// Not numbered, though its style is (a heading without a section number).
    geen_nummer: bool,
}

impl<'a> Alinea<'a> {
    fn stijl(stijl: &'a str) -> Self {
        Alinea {
            stijl: Some(stijl),
            ..Alinea::default()
        }
    }

    fn opsomming(stijl: &'a str) -> Self {
        Alinea {
            stijl: Some(stijl),
            opsomming: true,
            ..Alinea::default()
        }
    }
}

/// How a run looks: a character style, bold.
#[derive(Clone, Copy, Default)]
struct Loop<'a> {
    stijl: Option<&'a str>,
    vet: bool,
}

/// A content control's properties.
struct Regelaar<'a> {
    alias: &'a str,
    tag: &'a str,
    open: bool,
    /// Cannot be deleted (`w:lock sdtLocked`): a field of its own, a list or a table. The items
    /// of a list and the cells of a table can go, with their paragraph or row.
    vast: bool,
    /// The kind of value of a field on one line, which sets the kind of control (see
    /// [`Lichaam::soort_regelaar`]); `None` for rich text: paragraphs, lists, tables.
    /// With the text it shows, for a date picker's date.
    soort: Option<(Veldsoort, &'a str)>,
}

/// Writes the children of `w:body` (without `w:sectPr`) for `opmaak`: the cover page (the
/// title and `voorblad`), then the body, the first chapter on a new page.
pub(super) fn schrijf(opmaak: &Opmaak, voorblad: &[Regel]) -> io::Result<Vec<u8>> {
    let mut lichaam = Lichaam {
        w: Writer::new(Vec::with_capacity(64 * 1024 + opmaak.blokken.len() * 400)),
        regelaars: 0,
        koppen: 0,
        hoofdstukken: 0,
        pagina: TEKSTBREEDTE,
        sectie_begin: false,
    };
    lichaam.titel(opmaak, voorblad)?;
    let liggend = liggende_blokken(&opmaak.blokken);
    for (i, blok) in opmaak.blokken.iter().enumerate() {
        let hier = liggend.get(i).copied().unwrap_or(false);
        let sectie_begin = hier && !(i > 0 && liggend.get(i - 1).copied().unwrap_or(false));
        if sectie_begin {
            lichaam.sectie_einde(false)?;
        }
        lichaam.sectie_begin = sectie_begin;
        lichaam.pagina = if hier {
            TEKSTBREEDTE_LIGGEND
        } else {
            TEKSTBREEDTE
        };
        lichaam.blok(i, blok, opmaak)?;
        if hier && !liggend.get(i + 1).copied().unwrap_or(false) {
            lichaam.sectie_einde(true)?;
        }
    }
    Ok(lichaam.w.into_inner())
}

/// Which blocks stand on landscape pages: every table whose columns do not fit side by side
/// on a portrait page (see [`past`]); with it the headings, labels and lines right before it,
/// so that they stay with it, and the fixed bullets right after it (the measured series of its
/// indicators); and where two such tables have only headings, labels, lines and
/// tables between them (the uitvoeringsplan's measures), everything between, so that they make
/// one landscape stretch rather than a page per table.
fn liggende_blokken(blokken: &[Blok]) -> Vec<bool> {
    let kop_of_regel =
        |b: &Blok| matches!(b, Blok::Label { .. } | Blok::Alinea(_) | Blok::Kop { .. });
    let mut liggend = vec![false; blokken.len()];
    let mut vorige: Option<usize> = None;
    for (i, blok) in blokken.iter().enumerate() {
        let Blok::Tabel(tabel) = blok else { continue };
        if past(&minimumbreedtes(tabel), TEKSTBREEDTE) {
            continue;
        }
        let tussen = vorige.filter(|&v| {
            blokken.get(v + 1..i).is_some_and(|t| {
                t.iter()
                    .all(|b| kop_of_regel(b) || matches!(b, Blok::Tabel(_)))
            })
        });
        let begin = match tussen {
            Some(v) => v + 1,
            None => {
                let mut j = i;
                while j > 0 && blokken.get(j - 1).is_some_and(kop_of_regel) {
                    j -= 1;
                    if matches!(blokken.get(j), Some(Blok::Kop { niveau: 1, .. })) {
                        break;
                    }
                }
                j
            }
        };
        // The fixed lines right after it (an indicators' measured series) go with it too.
        let eind = i
            + 1
            + blokken.get(i + 1..).map_or(0, |r| {
                r.iter()
                    .take_while(|b| matches!(b, Blok::Opsomming(_)))
                    .count()
            });
        for l in liggend.iter_mut().take(eind).skip(begin) {
            *l = true;
        }
        vorige = Some(i);
    }
    liggend
}

struct Lichaam {
    w: Writer<Vec<u8>>,
    /// Content controls written so far; the next one's `w:id` is this plus one.
    regelaars: usize,
    /// Headings written so far; the next one's bookmark is `_Toc` + 100,000 plus this.
    koppen: usize,
    /// Headings of level 1 written so far.
    hoofdstukken: usize,
    /// The width of the text of the page being written: portrait or landscape.
    pagina: u32,
    /// The block being written starts a section, and so a page.
    sectie_begin: bool,
}

impl Lichaam {
    fn begin(&mut self, naam: &str, attributen: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Start(element(naam, attributen)))
    }

    fn eind(&mut self, naam: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(naam)))
    }

    fn leeg(&mut self, naam: &str, attributen: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Empty(element(naam, attributen)))
    }

    /// An empty element whose attribute `sleutel` holds a number.
    fn leeg_getal(&mut self, naam: &str, sleutel: &str, waarde: usize) -> io::Result<()> {
        self.leeg(naam, &[(sleutel, &waarde.to_string())])
    }

    fn alinea_begin(&mut self, alinea: Alinea<'_>) -> io::Result<()> {
        self.begin("w:p", &[])?;
        if alinea.stijl.is_none()
            && !alinea.opsomming
            && !alinea.bij_volgende
            && !alinea.nieuwe_pagina
            && !alinea.geen_nummer
        {
            return Ok(());
        }
        self.begin("w:pPr", &[])?;
        if let Some(stijl) = alinea.stijl {
            self.leeg("w:pStyle", &[("w:val", stijl)])?;
        }
        if alinea.bij_volgende {
            self.leeg("w:keepNext", &[])?;
        }
        if alinea.nieuwe_pagina {
            self.leeg("w:pageBreakBefore", &[])?;
        }
        if alinea.opsomming {
            self.begin("w:numPr", &[])?;
            self.leeg("w:ilvl", &[("w:val", "0")])?;
            self.leeg_getal("w:numId", "w:val", OPSOMMING)?;
            self.eind("w:numPr")?;
        } else if alinea.geen_nummer {
            self.begin("w:numPr", &[])?;
            self.leeg("w:numId", &[("w:val", "0")])?;
            self.eind("w:numPr")?;
        }
        self.eind("w:pPr")
    }

    /// A run of text: tabs as `w:tab`, line breaks as `w:br`.
    fn run(&mut self, tekst: &str, opmaak: Loop<'_>) -> io::Result<()> {
        self.begin("w:r", &[])?;
        if opmaak.stijl.is_some() || opmaak.vet {
            self.begin("w:rPr", &[])?;
            if let Some(stijl) = opmaak.stijl {
                self.leeg("w:rStyle", &[("w:val", stijl)])?;
            }
            if opmaak.vet {
                self.leeg("w:b", &[])?;
                self.leeg("w:bCs", &[])?;
            }
            self.eind("w:rPr")?;
        }
        let tekst = opmaak::veilig(tekst);
        for (i, regel) in tekst.split('\n').enumerate() {
            if i > 0 {
                self.leeg("w:br", &[])?;
            }
            for (j, stuk) in regel.split('\t').enumerate() {
                if j > 0 {
                    self.leeg("w:tab", &[])?;
                }
                if !stuk.is_empty() {
                    self.begin("w:t", &[("xml:space", "preserve")])?;
                    self.w.write_event(Event::Text(BytesText::new(stuk)))?;
                    self.eind("w:t")?;
                }
            }
        }
        self.eind("w:r")
    }

    /// The run an inline field shows: its text, or its placeholder in the placeholder style.
    fn veld_run(&mut self, veld: &Veld, stijl: Option<&str>) -> io::Result<()> {
        self.veld_run_met(veld, veld.toon(), stijl)
    }

    /// The run of a field showing `tekst`: a placeholder in the fill-in style (italic, blue on
    /// a light blue ground, in Word and LibreOffice alike).
    fn veld_run_met(&mut self, veld: &Veld, tekst: &str, stijl: Option<&str>) -> io::Result<()> {
        let stijl = match veld.inhoud {
            Inhoud::Open(_) => Some(stijl::INVULVELD),
            _ => stijl,
        };
        self.run(tekst, Loop { stijl, vet: false })
    }

    fn regelaar_begin(&mut self, r: &Regelaar<'_>) -> io::Result<()> {
        self.regelaars += 1;
        let alias = opmaak::veilig(r.alias);
        self.begin("w:sdt", &[])?;
        self.begin("w:sdtPr", &[])?;
        self.leeg("w:alias", &[("w:val", &alias)])?;
        self.leeg("w:tag", &[("w:val", r.tag)])?;
        self.leeg_getal("w:id", "w:val", self.regelaars)?;
        if r.vast {
            self.leeg("w:lock", &[("w:val", "sdtLocked")])?;
        }
        if r.open {
            self.leeg("w:showingPlcHdr", &[])?;
        }
        // LibreOffice (7.4) draws a plain-text control's placeholder without its character
        // style, as finished text: a field showing its placeholder stays rich text, and gets
        // its kind once it holds a value. Drop-downs and dates never show a placeholder.
        if let Some((soort, tekst)) = r.soort.filter(|_| !r.open) {
            self.soort_regelaar(soort, tekst)?;
        }
        self.eind("w:sdtPr")?;
        self.begin("w:sdtContent", &[])
    }

    /// The kind of a field's control, as Word offers them: a drop-down for a closed list
    /// (soort, richting; bron a drop-down that also takes another source, as the document
    /// does), a date picker for a date (shown as "1 juni 2017", Dutch), plain text for a value
    /// on one line. Text that may hold paragraphs stays rich text (no kind written).
    fn soort_regelaar(&mut self, soort: Veldsoort, tekst: &str) -> io::Result<()> {
        let keuzes = |w: &mut Self, lijst: &str, items: &[&str]| -> io::Result<()> {
            w.begin(lijst, &[])?;
            for item in items {
                w.leeg("w:listItem", &[("w:displayText", item), ("w:value", item)])?;
            }
            w.eind(lijst)
        };
        match soort {
            Veldsoort::Soort => {
                keuzes(self, "w:dropDownList", &[STREEP, "objectief", "subjectief"])
            }
            Veldsoort::Richting => keuzes(
                self,
                "w:dropDownList",
                &[STREEP, "dalen", "stijgen", "gelijk"],
            ),
            Veldsoort::Bron => keuzes(
                self,
                "w:comboBox",
                &[
                    STREEP,
                    "politieregistratie",
                    "veiligheidsmonitor",
                    "gemeente",
                ],
            ),
            Veldsoort::Datum => {
                // The date Word's picker starts from, as Word writes it; the field shows it
                // in words ("1 maart 2027"), as the picker does.
                let datum = tekst
                    .trim()
                    .parse::<crate::document::Besluitdatum>()
                    .ok()
                    .and_then(|b| b.datum());
                match datum {
                    Some(d) => {
                        let vol = format!("{}T00:00:00Z", d.format("%Y-%m-%d"));
                        self.begin("w:date", &[("w:fullDate", &vol)])?;
                    }
                    None => self.begin("w:date", &[])?,
                }
                self.leeg("w:dateFormat", &[("w:val", "d MMMM yyyy")])?;
                self.leeg("w:lid", &[("w:val", TAAL)])?;
                self.leeg("w:storeMappedDataAs", &[("w:val", "dateTime")])?;
                self.leeg("w:calendar", &[("w:val", "gregorian")])?;
                self.eind("w:date")
            }
            Veldsoort::Regel
            | Veldsoort::OptieRegel
            | Veldsoort::Meting
            | Veldsoort::Getal
            | Veldsoort::Bedrag
            | Veldsoort::Jaar
            | Veldsoort::Planning => self.leeg("w:text", &[]),
            Veldsoort::Tekst | Veldsoort::OptieTekst | Veldsoort::Regels => Ok(()),
        }
    }

    fn regelaar_eind(&mut self) -> io::Result<()> {
        self.eind("w:sdtContent")?;
        self.eind("w:sdt")
    }

    /// A field inside a paragraph: an inline control around its run.
    fn inline_veld(&mut self, veld: &Veld, vast: bool, stijl: Option<&str>) -> io::Result<()> {
        self.regelaar_begin(&Regelaar {
            alias: &veld.alias,
            tag: &veld.pad,
            open: veld.is_open(),
            vast,
            soort: Some((veld.soort, veld.toon())),
        })?;
        self.veld_run(veld, stijl)?;
        self.regelaar_eind()
    }

    fn deel(&mut self, deel: &Deel) -> io::Result<()> {
        match deel {
            Deel::Vast(t) => self.run(t, Loop::default()),
            Deel::Veld(veld) => self.inline_veld(veld, true, None),
        }
    }

    /// The cover page: the title, the lines under it, and a page break.
    fn titel(&mut self, opmaak: &Opmaak, voorblad: &[Regel]) -> io::Result<()> {
        self.alinea_begin(Alinea::stijl(stijl::TITEL))?;
        for deel in &opmaak.titel {
            self.deel(deel)?;
        }
        self.eind("w:p")?;
        for regel in voorblad {
            self.alinea_begin(Alinea::stijl(stijl::VOORBLAD))?;
            self.run(
                &regel.tekst,
                Loop {
                    stijl: None,
                    vet: regel.vet,
                },
            )?;
            self.eind("w:p")?;
        }
        self.begin("w:p", &[])?;
        self.begin("w:r", &[])?;
        self.leeg("w:br", &[("w:type", "page")])?;
        self.eind("w:r")?;
        self.eind("w:p")
    }

    fn blok(&mut self, i: usize, blok: &Blok, opmaak: &Opmaak) -> io::Result<()> {
        match blok {
            Blok::Inhoudsopgave => {
                self.alinea_begin(Alinea::stijl(stijl::INHOUD_KOP))?;
                self.run("Inhoud", Loop::default())?;
                self.eind("w:p")?;
                self.inhoudsopgave(opmaak)
            }
            Blok::Kop { niveau, delen } => {
                let n = usize::from((*niveau).clamp(1, 3)) - 1;
                let (genummerd, delen) = opmaak.kop_zonder_nummer(i, delen);
                if n == 0 {
                    self.hoofdstukken += 1;
                }
                self.alinea_begin(Alinea {
                    stijl: Some(stijl::KOP[n]),
                    nieuwe_pagina: n == 0 && self.hoofdstukken == 1 && !self.sectie_begin,
                    geen_nummer: n < 2 && !genummerd,
                    ..Alinea::default()
                })?;
                self.koppen += 1;
                let bladwijzer = toc_sleutel(self.koppen - 1);
                self.leeg_bladwijzer_begin(self.koppen, &bladwijzer)?;
                for deel in delen.iter() {
                    self.deel(deel)?;
                }
                self.leeg_getal("w:bookmarkEnd", "w:id", self.koppen)?;
                self.eind("w:p")
            }
            Blok::Alinea(delen) => {
                self.alinea_begin(Alinea::default())?;
                for deel in delen {
                    self.deel(deel)?;
                }
                self.eind("w:p")
            }
            Blok::Label { tekst, suggestie } => {
                let s = if *suggestie {
                    stijl::TUSSENKOP_SUGGESTIE
                } else {
                    stijl::TUSSENKOP
                };
                self.alinea_begin(Alinea::stijl(s))?;
                self.run(tekst, Loop::default())?;
                self.eind("w:p")
            }
            Blok::Opsomming(items) => {
                for item in items {
                    self.alinea_begin(Alinea::opsomming(stijl::LIJST))?;
                    self.run(item, Loop::default())?;
                    self.eind("w:p")?;
                }
                Ok(())
            }
            Blok::Tekstveld(veld) => {
                let (vraag, buiten) = match &veld.inhoud {
                    Inhoud::Open(hint) => aanwijzing(hint),
                    _ => (veld.toon(), Vec::new()),
                };
                // The handbook's guidance and the measured figures stand before the field, in
                // styles of their own: typing in the field does not delete them, and a
                // coordinator selects and deletes them in one go.
                for (stijl, tekst) in &buiten {
                    self.alinea_begin(Alinea::stijl(stijl))?;
                    self.run(tekst, Loop::default())?;
                    self.eind("w:p")?;
                }
                self.regelaar_begin(&Regelaar {
                    alias: &veld.alias,
                    tag: &veld.pad,
                    open: veld.is_open(),
                    vast: true,
                    soort: None,
                })?;
                if veld.is_open() {
                    // The run in an inner control without a tag: LibreOffice drops the run
                    // formatting of a paragraph straight in a block control showing its
                    // placeholder, and keeps it in an inline one. Word replaces the whole
                    // placeholder, inner control included, at the first keystroke.
                    self.alinea_begin(Alinea::default())?;
                    self.regelaars += 1;
                    self.begin("w:sdt", &[])?;
                    self.begin("w:sdtPr", &[])?;
                    self.leeg_getal("w:id", "w:val", self.regelaars)?;
                    self.eind("w:sdtPr")?;
                    self.begin("w:sdtContent", &[])?;
                    self.veld_run_met(veld, vraag, None)?;
                    self.regelaar_eind()?;
                    self.eind("w:p")?;
                } else {
                    self.alineas(veld, None)?;
                }
                self.regelaar_eind()
            }
            Blok::Lijst(lijst) => self.lijst(lijst),
            Blok::Tabel(tabel) => {
                self.alinea_begin(Alinea {
                    stijl: Some(stijl::BIJSCHRIFT),
                    bij_volgende: true,
                    ..Alinea::default()
                })?;
                self.run(&format!("Tabel: {}", tabel.bijschrift), Loop::default())?;
                self.eind("w:p")?;
                self.tabel(tabel, self.pagina)
            }
        }
    }

    fn leeg_bladwijzer_begin(&mut self, id: usize, naam: &str) -> io::Result<()> {
        self.leeg(
            "w:bookmarkStart",
            &[("w:id", &id.to_string()), ("w:name", naam)],
        )
    }

    /// The paragraphs of a block field: a placeholder in one paragraph, a value a paragraph per
    /// line, a line starting with "- " a bullet.
    fn alineas(&mut self, veld: &Veld, stijl: Option<&str>) -> io::Result<()> {
        match &veld.inhoud {
            Inhoud::Open(_) | Inhoud::Geen => {
                self.alinea_begin(Alinea {
                    stijl,
                    ..Alinea::default()
                })?;
                self.veld_run(veld, None)?;
                self.eind("w:p")
            }
            Inhoud::Waarde(t) => {
                for regel in t.split('\n') {
                    match regel.strip_prefix("- ") {
                        Some(item) => {
                            self.alinea_begin(Alinea::opsomming(stijl::LIJST))?;
                            self.run(item, Loop::default())?;
                        }
                        None => {
                            self.alinea_begin(Alinea {
                                stijl,
                                ..Alinea::default()
                            })?;
                            self.run(regel, Loop::default())?;
                        }
                    }
                    self.eind("w:p")?;
                }
                Ok(())
            }
        }
    }

    /// A list: a block control holding a bulleted paragraph per item, each item a control.
    fn lijst(&mut self, lijst: &Lijst) -> io::Result<()> {
        self.regelaar_begin(&Regelaar {
            alias: &lijst.alias,
            tag: &lijst.pad,
            open: false,
            vast: true,
            soort: None,
        })?;
        let s = if lijst.suggestie {
            stijl::SUGGESTIE
        } else {
            stijl::LIJST
        };
        // A skeleton's items of veld 1 grouped under their aspect, as Markdown and HTML show
        // them: a line "Aspect 1.1 Infrastructuur:", then each item without "[aspect ...]".
        let mut aspect = None;
        for item in &lijst.items {
            let groep = opmaak::aspect_van(item.toon()).filter(|_| !item.is_open());
            let nieuw = groep.map(|(a, _)| a);
            if nieuw.is_some() && nieuw != aspect {
                self.alinea_begin(Alinea {
                    stijl: Some(stijl::ASPECT),
                    bij_volgende: true,
                    ..Alinea::default()
                })?;
                self.run(
                    &format!("Aspect {}:", nieuw.unwrap_or_default()),
                    Loop::default(),
                )?;
                self.eind("w:p")?;
            }
            aspect = nieuw;
            self.alinea_begin(Alinea::opsomming(s))?;
            match groep {
                Some((_, rest)) => {
                    self.regelaar_begin(&Regelaar {
                        alias: &item.alias,
                        tag: &item.pad,
                        open: false,
                        vast: false,
                        soort: Some((item.soort, item.toon())),
                    })?;
                    self.veld_run_met(item, rest, None)?;
                    self.regelaar_eind()?;
                }
                None => self.inline_veld(item, false, None)?,
            }
            self.eind("w:p")?;
        }
        self.regelaar_eind()
    }

    /// A table: a direct child of the body (so every reader sees it), its header row repeated
    /// on each page, its rows a repeating section whose tag is the list's JSON Pointer, a
    /// control per cell; the grid is written explicitly so every reader sees the columns.
    fn tabel(&mut self, tabel: &Tabel, pagina: u32) -> io::Result<()> {
        let breedtes: Vec<String> = kolombreedtes(tabel, pagina)
            .into_iter()
            .map(|b| b.to_string())
            .collect();
        self.begin("w:tbl", &[])?;
        self.begin("w:tblPr", &[])?;
        let breedte = pagina.to_string();
        self.leeg("w:tblW", &[("w:w", &breedte), ("w:type", "dxa")])?;
        self.begin("w:tblBorders", &[])?;
        for kant in [
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:insideH",
            "w:insideV",
        ] {
            self.leeg(
                kant,
                &[
                    ("w:val", "single"),
                    ("w:sz", "4"),
                    ("w:space", "0"),
                    ("w:color", RAND),
                ],
            )?;
        }
        self.eind("w:tblBorders")?;
        self.leeg("w:tblLayout", &[("w:type", "fixed")])?;
        self.eind("w:tblPr")?;
        self.begin("w:tblGrid", &[])?;
        for b in &breedtes {
            self.leeg("w:gridCol", &[("w:w", b)])?;
        }
        self.eind("w:tblGrid")?;

        self.rij_begin(true)?;
        for (kolom, b) in tabel.kolommen.iter().zip(&breedtes) {
            self.cel_begin(b, true)?;
            self.alinea_begin(Alinea::stijl(stijl::TABELTEKST))?;
            self.run(
                kolom.kop,
                Loop {
                    stijl: None,
                    vet: true,
                },
            )?;
            self.eind("w:p")?;
            self.eind("w:tc")?;
        }
        self.eind("w:tr")?;
        // The rows as a repeating section (Word 2013 and later): its tag names the list, and
        // the + at the end of a row adds an element, which reads back as a new one.
        self.herhaling_begin(&Regelaar {
            alias: &tabel.alias,
            tag: &tabel.pad,
            open: false,
            vast: true,
            soort: None,
        })?;
        for rij in &tabel.rijen {
            self.herhaald_begin()?;
            self.rij_begin(false)?;
            for (veld, b) in rij.iter().zip(&breedtes) {
                self.cel_begin(b, false)?;
                if veld.soort.is_meerregelig() {
                    self.regelaar_begin(&Regelaar {
                        alias: &veld.alias,
                        tag: &veld.pad,
                        open: veld.is_open(),
                        vast: false,
                        soort: None,
                    })?;
                    self.alineas(veld, Some(stijl::TABELTEKST))?;
                    self.regelaar_eind()?;
                } else {
                    self.alinea_begin(Alinea::stijl(stijl::TABELTEKST))?;
                    self.inline_veld(veld, false, None)?;
                    self.eind("w:p")?;
                }
                self.eind("w:tc")?;
            }
            self.eind("w:tr")?;
            self.regelaar_eind()?;
        }
        if tabel.rijen.is_empty() {
            // A repeating section holds at least one item: an empty row to fill in, which
            // reads back as nothing while it stays empty.
            self.herhaald_begin()?;
            self.rij_begin(false)?;
            for b in &breedtes {
                self.cel_begin(b, false)?;
                self.alinea_begin(Alinea::stijl(stijl::TABELTEKST))?;
                self.eind("w:p")?;
                self.eind("w:tc")?;
            }
            self.eind("w:tr")?;
            self.regelaar_eind()?;
        }
        self.regelaar_eind()?;
        self.eind("w:tbl")
    }

    /// An empty paragraph that ends a section: the pages before it (back to the previous
    /// section's end) portrait or `liggend`, each section with the same margins, header and
    /// footer, and starting on a new page. The page numbers run on.
    fn sectie_einde(&mut self, liggend: bool) -> io::Result<()> {
        self.begin("w:p", &[])?;
        self.begin("w:pPr", &[])?;
        self.begin("w:sectPr", &[])?;
        self.leeg(
            "w:headerReference",
            &[("w:type", "default"), ("r:id", KOPTEKST_ID)],
        )?;
        self.leeg(
            "w:footerReference",
            &[("w:type", "default"), ("r:id", VOETTEKST_ID)],
        )?;
        self.leeg("w:type", &[("w:val", "nextPage")])?;
        if liggend {
            self.leeg(
                "w:pgSz",
                &[
                    ("w:w", "16838"),
                    ("w:h", "11906"),
                    ("w:orient", "landscape"),
                ],
            )?;
        } else {
            self.leeg("w:pgSz", &[("w:w", "11906"), ("w:h", "16838")])?;
        }
        self.leeg(
            "w:pgMar",
            &[
                ("w:top", "1134"),
                ("w:right", "1134"),
                ("w:bottom", "1134"),
                ("w:left", "1134"),
                ("w:header", "567"),
                ("w:footer", "567"),
                ("w:gutter", "0"),
            ],
        )?;
        self.eind("w:sectPr")?;
        self.eind("w:pPr")?;
        self.eind("w:p")
    }

    /// The start of a repeating section around the rows of a table.
    fn herhaling_begin(&mut self, r: &Regelaar<'_>) -> io::Result<()> {
        self.regelaars += 1;
        let alias = opmaak::veilig(r.alias);
        self.begin("w:sdt", &[])?;
        self.begin("w:sdtPr", &[])?;
        self.leeg("w:alias", &[("w:val", &alias)])?;
        self.leeg("w:tag", &[("w:val", r.tag)])?;
        self.leeg_getal("w:id", "w:val", self.regelaars)?;
        if r.vast {
            self.leeg("w:lock", &[("w:val", "sdtLocked")])?;
        }
        self.leeg("w15:repeatingSection", &[])?;
        self.eind("w:sdtPr")?;
        self.begin("w:sdtContent", &[])
    }

    /// The start of an item of a repeating section: one row.
    fn herhaald_begin(&mut self) -> io::Result<()> {
        self.regelaars += 1;
        self.begin("w:sdt", &[])?;
        self.begin("w:sdtPr", &[])?;
        self.leeg_getal("w:id", "w:val", self.regelaars)?;
        self.leeg("w15:repeatingSectionItem", &[])?;
        self.eind("w:sdtPr")?;
        self.begin("w:sdtContent", &[])
    }

    /// A row that is not split across pages; the header row repeats on every page.
    fn rij_begin(&mut self, kop: bool) -> io::Result<()> {
        self.begin("w:tr", &[])?;
        self.begin("w:trPr", &[])?;
        self.leeg("w:cantSplit", &[])?;
        if kop {
            self.leeg("w:tblHeader", &[])?;
        }
        self.eind("w:trPr")
    }

    fn cel_begin(&mut self, breedte: &str, kop: bool) -> io::Result<()> {
        self.begin("w:tc", &[])?;
        self.begin("w:tcPr", &[])?;
        self.leeg("w:tcW", &[("w:w", breedte), ("w:type", "dxa")])?;
        if kop {
            self.leeg(
                "w:shd",
                &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", KOPCEL)],
            )?;
        }
        self.eind("w:tcPr")
    }

    /// The contents: a line per heading (level 1 to 3) with its number and text, a link to
    /// its bookmark, and its page as a PAGEREF field. Not a TOC field: LibreOffice keeps a TOC
    /// field's cached result as it is, without page numbers, but computes every PAGEREF
    /// itself when it lays the pages out; Word fills them in when it updates the fields, which
    /// it offers on opening (`w:updateFields`) and does before printing.
    ///
    /// Nor is it in a content control: LibreOffice shows the field codes of the first line of
    /// a control holding links and fields. The reader passes over paragraphs in the contents'
    /// styles.
    fn inhoudsopgave(&mut self, opmaak: &Opmaak) -> io::Result<()> {
        let rechts = TEKSTBREEDTE.to_string();
        let mut k = 0;
        for blok in &opmaak.blokken {
            let Blok::Kop { niveau, delen } = blok else {
                continue;
            };
            let stijl = stijl::INHOUD[usize::from((*niveau).clamp(1, 3)) - 1];
            self.begin("w:p", &[])?;
            self.begin("w:pPr", &[])?;
            self.leeg("w:pStyle", &[("w:val", stijl)])?;
            self.begin("w:tabs", &[])?;
            self.leeg(
                "w:tab",
                &[("w:val", "right"), ("w:leader", "dot"), ("w:pos", &rechts)],
            )?;
            self.eind("w:tabs")?;
            self.eind("w:pPr")?;
            let sleutel = toc_sleutel(k);
            k += 1;
            self.begin("w:hyperlink", &[("w:anchor", &sleutel), ("w:history", "1")])?;
            let tekst: String = delen.iter().map(opmaak::deel_tekst).collect();
            self.run(&tekst.replace(['\n', '\t'], " "), Loop::default())?;
            self.begin("w:r", &[])?;
            self.leeg("w:tab", &[])?;
            self.eind("w:r")?;
            self.veldteken("begin", true)?;
            self.veldinstructie(&format!("PAGEREF {sleutel} \\h"))?;
            self.veldteken("separate", false)?;
            self.veldteken("end", false)?;
            self.eind("w:hyperlink")?;
            self.eind("w:p")?;
        }
        Ok(())
    }

    fn veldteken(&mut self, soort: &str, vuil: bool) -> io::Result<()> {
        self.begin("w:r", &[])?;
        if vuil {
            self.leeg(
                "w:fldChar",
                &[("w:fldCharType", soort), ("w:dirty", "true")],
            )?;
        } else {
            self.leeg("w:fldChar", &[("w:fldCharType", soort)])?;
        }
        self.eind("w:r")
    }

    fn veldinstructie(&mut self, instructie: &str) -> io::Result<()> {
        self.begin("w:r", &[])?;
        self.begin("w:instrText", &[("xml:space", "preserve")])?;
        self.w
            .write_event(Event::Text(BytesText::new(&format!(" {instructie} "))))?;
        self.eind("w:instrText")?;
        self.eind("w:r")
    }
}

/// The width of a character of table text (9 pt), generously (LibreOffice without Calibri
/// takes the wider DejaVu Sans), in twentieths of a point; and what a cell adds to its text
/// (margins of 0.19 cm each side, and some slack).
const TEKENBREEDTE: u32 = 115;
const CELRAND: u32 = 300;

/// The longest word of `tekst`, in characters: where Word and LibreOffice may not break a line
/// (a hyphen and a dash allow a break after them; a slash does not).
fn langste_woord(tekst: &str) -> u32 {
    tekst
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2013}')
        .map(|w| u32::try_from(w.chars().count() + 1).unwrap_or(u32::MAX))
        .max()
        .unwrap_or(0)
}

/// Each column's least width: its longest word (header and cells) and the cell's margins.
fn minimumbreedtes(tabel: &Tabel) -> Vec<u32> {
    tabel
        .kolommen
        .iter()
        .enumerate()
        .map(|(c, k)| {
            let cellen = tabel
                .rijen
                .iter()
                .filter_map(|r| r.get(c))
                .map(|v| langste_woord(v.toon()))
                .max()
                .unwrap_or(0);
            langste_woord(k.kop)
                .max(cellen)
                .saturating_mul(TEKENBREEDTE)
                + CELRAND
        })
        .collect()
}

/// Whether columns of these least widths fit side by side on `pagina`: no word breaks inside.
fn past(minimum: &[u32], pagina: u32) -> bool {
    minimum.iter().sum::<u32>() <= pagina
}

/// The widths of a table's columns on `pagina`, the width of the text: each at least as wide
/// as its longest word (header and cells), so that no word breaks in the middle where the page
/// can hold them all; the rest shared out by the columns' relative widths. Where even the
/// longest words do not fit side by side, the widths are those words' shares of the page.
fn kolombreedtes(tabel: &Tabel, pagina: u32) -> Vec<u32> {
    let minimum = minimumbreedtes(tabel);
    let nodig: u32 = minimum.iter().sum();
    if nodig >= pagina {
        // Too wide for the page: every column its longest word but the one with the longest
        // (a description, whose long words then break), which gets the rest; where that rest
        // is too small, the longest words' shares of the page.
        let grootste = minimum
            .iter()
            .enumerate()
            .max_by_key(|(_, m)| **m)
            .map_or(0, |(i, _)| i);
        let anderen: u32 = nodig - minimum.get(grootste).copied().unwrap_or(0);
        let rest = pagina.saturating_sub(anderen);
        if rest >= pagina / 5 {
            let mut uit = minimum.clone();
            if let Some(b) = uit.get_mut(grootste) {
                *b = rest;
            }
            return uit;
        }
        let nodig = u64::from(nodig.max(1));
        return minimum
            .iter()
            .map(|&m| u32::try_from(u64::from(m) * u64::from(pagina) / nodig).unwrap_or(0))
            .collect();
    }
    // Proportional widths, raised to their minimum; what that takes comes from the columns
    // that have room, in proportion to their room.
    let totaal = u64::from(tabel.kolommen.iter().map(|k| k.breedte).sum::<u32>().max(1));
    let mut breedtes: Vec<u32> = tabel
        .kolommen
        .iter()
        .map(|k| u32::try_from(u64::from(pagina) * u64::from(k.breedte) / totaal).unwrap_or(0))
        .collect();
    for _ in 0..tabel.kolommen.len() {
        let tekort: u32 = breedtes
            .iter()
            .zip(&minimum)
            .map(|(b, m)| m.saturating_sub(*b))
            .sum();
        if tekort == 0 {
            break;
        }
        let ruimte: u32 = breedtes
            .iter()
            .zip(&minimum)
            .map(|(b, m)| b.saturating_sub(*m))
            .sum();
        for (b, m) in breedtes.iter_mut().zip(&minimum) {
            if *b < *m {
                *b = *m;
            } else if ruimte > 0 {
                let af = u64::from(*b - *m) * u64::from(tekort) / u64::from(ruimte);
                *b -= u32::try_from(af).unwrap_or(0).min(*b - *m);
            }
        }
    }
    // Rounding: what is still too much comes from the column with the most room.
    let teveel = breedtes.iter().sum::<u32>().saturating_sub(pagina);
    if let Some((b, _)) = breedtes
        .iter_mut()
        .zip(&minimum)
        .max_by_key(|(b, m)| b.saturating_sub(**m))
    {
        *b = b.saturating_sub(teveel);
    }
    breedtes
}

/// The place of the handbook's guidance in a placeholder's hint ("waarom is dit prioritair?
/// Uit de handreiking: ...") and of the measured trends (". Gemeten trends: ...").
const HANDREIKING: &str = "Uit de handreiking:";
const CIJFERS: &str = "Gemeten trends:";

/// A block field's hint split in what the field shows (the question) and the paragraphs that
/// stand before the field: the handbook's guidance (style "Uit de handreiking") and the measured
/// figures (style "Uit de cijfers"), each starting with its label. A hint without either
/// stays whole in the field.
pub(super) fn aanwijzing(hint: &str) -> (&str, Vec<(&'static str, String)>) {
    let h = hint.find(HANDREIKING);
    let c = hint.find(CIJFERS);
    let vraag_eind = match (h, c) {
        (None, None) => return (hint, Vec::new()),
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
    };
    let vraag = hint[..vraag_eind].trim_end_matches([' ', '.', ';']).trim();
    let mut buiten = Vec::new();
    let mut stuk = |begin: usize, stijl: &'static str| {
        let eind = [h, c]
            .into_iter()
            .flatten()
            .filter(|&i| i > begin)
            .min()
            .unwrap_or(hint.len());
        let tekst = hint[begin..eind].trim_end_matches([' ', '.', ';']).trim();
        buiten.push((stijl, format!("{tekst}.")));
    };
    let mut plekken: Vec<(usize, &'static str)> = [
        h.map(|i| (i, stijl::UIT_DE_HANDREIKING)),
        c.map(|i| (i, stijl::UIT_DE_CIJFERS)),
    ]
    .into_iter()
    .flatten()
    .collect();
    plekken.sort_unstable();
    for (begin, stijl) in plekken {
        stuk(begin, stijl);
    }
    let vraag = if vraag.is_empty() { "vul in" } else { vraag };
    (vraag, buiten)
}

fn element<'a>(naam: &'a str, attributen: &[(&'a str, &'a str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(naam);
    for &a in attributen {
        e.push_attribute(a);
    }
    e
}

fn toc_sleutel(n: usize) -> String {
    format!("_Toc{}", 100_000 + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Periode};
    use crate::skelet::{self, IvpOpties, PrioriteitKeuze};

    #[test]
    fn kolommen_passen_hun_langste_woord_waar_de_pagina_dat_toelaat() {
        let opties = IvpOpties::new(
            ["Vijfheerenlanden"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("5.2+2.5,3.1,1.3").expect("keuze"),
        );
        let ivp = skelet::ivp(&opties);
        let documenten = [
            Document::from(skelet::uitvoeringsplan(&ivp)),
            Document::from(ivp),
            Document::from(skelet::analyse(["Utrecht"], 2026)),
        ];
        let mut tabellen = 0;
        for d in &documenten {
            for blok in &opmaak::opmaak(d).blokken {
                let Blok::Tabel(tabel) = blok else { continue };
                tabellen += 1;
                let minimum = minimumbreedtes(tabel);
                let pagina = if past(&minimum, TEKSTBREEDTE) {
                    TEKSTBREEDTE
                } else {
                    TEKSTBREEDTE_LIGGEND
                };
                let breedtes = kolombreedtes(tabel, pagina);
                assert_eq!(breedtes.len(), tabel.kolommen.len());
                assert!(breedtes.iter().sum::<u32>() <= pagina, "{}", tabel.alias);
                // At most one column (the one with the longest word) is narrower than its
                // longest word.
                let te_smal = breedtes.iter().zip(&minimum).filter(|(b, m)| b < m).count();
                assert!(te_smal <= 1, "{}: {breedtes:?} {minimum:?}", tabel.alias);
            }
        }
        assert!(tabellen > 10);
    }

    #[test]
    fn brede_tabellen_staan_liggend_met_hun_kop_en_samen() {
        let opties = IvpOpties::new(
            ["Vijfheerenlanden"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("5.2+2.5,3.1,1.3").expect("keuze"),
        );
        let ivp = skelet::ivp(&opties);
        let up = opmaak::opmaak(&Document::from(skelet::uitvoeringsplan(&ivp)));
        let liggend = liggende_blokken(&up.blokken);
        assert_eq!(liggend.len(), up.blokken.len());
        let mut stukken = 0;
        for (i, (blok, &l)) in up.blokken.iter().zip(&liggend).enumerate() {
            if let Blok::Tabel(t) = blok {
                // Every table that does not fit portrait stands on a landscape page.
                let past_staand = past(&minimumbreedtes(t), TEKSTBREEDTE);
                assert!(past_staand || l, "{}", t.alias);
            }
            if l && !(i > 0 && liggend[i - 1]) {
                stukken += 1;
                // A stretch starts with a heading, a label or a line, never with a field.
                assert!(
                    matches!(
                        blok,
                        Blok::Kop { .. } | Blok::Label { .. } | Blok::Alinea(_)
                    ),
                    "{i}"
                );
            }
        }
        // The measures of the priorities make one stretch, not a page per table.
        let breed = up
            .blokken
            .iter()
            .filter(|b| matches!(b, Blok::Tabel(t) if !past(&minimumbreedtes(t), TEKSTBREEDTE)))
            .count();
        assert!(
            breed >= 3 && stukken < breed,
            "{stukken} stukken, {breed} brede tabellen"
        );
        // A skeleton IVP without figures: only its tables (and what leads to them) turn.
        let ivp = opmaak::opmaak(&Document::from(ivp));
        let liggend = liggende_blokken(&ivp.blokken);
        for (blok, &l) in ivp.blokken.iter().zip(&liggend) {
            if l {
                assert!(!matches!(blok, Blok::Tekstveld(_) | Blok::Lijst(_)));
            }
        }
    }

    #[test]
    fn woorden_breken_na_een_streepje_niet_na_een_schuine_streep() {
        assert_eq!(
            langste_woord("bestuurlijk trekker (portefeuillehouder)"),
            21
        );
        assert_eq!(langste_woord("Prestatie-indicator"), 10);
        assert_eq!(langste_woord("a/b"), 4);
        assert_eq!(langste_woord(""), 1);
    }
}
