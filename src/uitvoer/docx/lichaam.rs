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

use super::schrijven::{stijl, INHOUDSOPGAVE};
use crate::uitvoer::opmaak::{self, Blok, Deel, Inhoud, Lijst, Opmaak, Tabel, Veld};

/// The width of the text on an A4 page with margins of 2 cm, in twentieths of a point.
pub(super) const TEKSTBREEDTE: u32 = 11906 - 2 * 1134;

/// The numbering of bullets (docx-rs always writes a decimal numbering with id 1).
pub(super) const OPSOMMING: usize = 2;

const KOPCEL: &str = "D9E2F3";
const RAND: &str = "8EAADB";

/// How a paragraph looks.
#[derive(Clone, Copy, Default)]
struct Alinea<'a> {
    stijl: Option<&'a str>,
    opsomming: bool,
    bij_volgende: bool,
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
            bij_volgende: false,
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
}

/// Writes the children of `w:body` (without `w:sectPr`) for `opmaak`.
pub(super) fn schrijf(opmaak: &Opmaak) -> io::Result<Vec<u8>> {
    let mut lichaam = Lichaam {
        w: Writer::new(Vec::with_capacity(64 * 1024 + opmaak.blokken.len() * 400)),
        regelaars: 0,
        koppen: 0,
    };
    lichaam.titel(opmaak)?;
    for blok in &opmaak.blokken {
        lichaam.blok(blok, opmaak)?;
    }
    Ok(lichaam.w.into_inner())
}

struct Lichaam {
    w: Writer<Vec<u8>>,
    /// Content controls written so far; the next one's `w:id` is this plus one.
    regelaars: usize,
    /// Headings written so far; the next one's bookmark is `_Toc` + 100,000 plus this.
    koppen: usize,
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
        if alinea.stijl.is_none() && !alinea.opsomming && !alinea.bij_volgende {
            return Ok(());
        }
        self.begin("w:pPr", &[])?;
        if let Some(stijl) = alinea.stijl {
            self.leeg("w:pStyle", &[("w:val", stijl)])?;
        }
        if alinea.bij_volgende {
            self.leeg("w:keepNext", &[])?;
        }
        if alinea.opsomming {
            self.begin("w:numPr", &[])?;
            self.leeg("w:ilvl", &[("w:val", "0")])?;
            self.leeg_getal("w:numId", "w:val", OPSOMMING)?;
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
        let stijl = match veld.inhoud {
            Inhoud::Open(_) => Some(stijl::PLAATSHOUDER),
            _ => stijl,
        };
        self.run(veld.toon(), Loop { stijl, vet: false })
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
        self.eind("w:sdtPr")?;
        self.begin("w:sdtContent", &[])
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

    fn titel(&mut self, opmaak: &Opmaak) -> io::Result<()> {
        self.alinea_begin(Alinea::stijl(stijl::TITEL))?;
        for deel in &opmaak.titel {
            self.deel(deel)?;
        }
        self.eind("w:p")
    }

    fn blok(&mut self, blok: &Blok, opmaak: &Opmaak) -> io::Result<()> {
        match blok {
            Blok::Inhoudsopgave => {
                self.alinea_begin(Alinea::stijl(stijl::INHOUD_KOP))?;
                self.run("Inhoud", Loop::default())?;
                self.eind("w:p")?;
                self.inhoudsopgave(opmaak)
            }
            Blok::Kop { niveau, delen } => {
                let n = usize::from((*niveau).clamp(1, 3)) - 1;
                self.alinea_begin(Alinea::stijl(stijl::KOP[n]))?;
                self.koppen += 1;
                let bladwijzer = toc_sleutel(self.koppen - 1);
                self.leeg_bladwijzer_begin(self.koppen, &bladwijzer)?;
                for deel in delen {
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
                self.regelaar_begin(&Regelaar {
                    alias: &veld.alias,
                    tag: &veld.pad,
                    open: veld.is_open(),
                    vast: true,
                })?;
                self.alineas(veld, None)?;
                self.regelaar_eind()
            }
            Blok::Lijst(lijst) => self.lijst(lijst),
            Blok::Tabel(tabel) => {
                self.alinea_begin(Alinea {
                    stijl: Some(stijl::BIJSCHRIFT),
                    opsomming: false,
                    bij_volgende: true,
                })?;
                self.run(&format!("Tabel: {}", tabel.bijschrift), Loop::default())?;
                self.eind("w:p")?;
                self.tabel(tabel)
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
        })?;
        let s = if lijst.suggestie {
            stijl::SUGGESTIE
        } else {
            stijl::LIJST
        };
        for item in &lijst.items {
            self.alinea_begin(Alinea::opsomming(s))?;
            self.inline_veld(item, false, None)?;
            self.eind("w:p")?;
        }
        self.regelaar_eind()
    }

    /// A table: a direct child of the body (so every reader sees it), its header row repeated
    /// on each page, its rows a repeating section whose tag is the list's JSON Pointer, a
    /// control per cell; the grid is written explicitly so every reader sees the columns.
    fn tabel(&mut self, tabel: &Tabel) -> io::Result<()> {
        let totaal: u32 = tabel.kolommen.iter().map(|k| k.breedte).sum::<u32>().max(1);
        let breedtes: Vec<String> = tabel
            .kolommen
            .iter()
            .map(|k| {
                (u64::from(TEKSTBREEDTE) * u64::from(k.breedte) / u64::from(totaal)).to_string()
            })
            .collect();
        self.begin("w:tbl", &[])?;
        self.begin("w:tblPr", &[])?;
        let breedte = TEKSTBREEDTE.to_string();
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

    /// The table of contents: a TOC field over headings 1 to 3, its result already listing
    /// every heading with a link to its bookmark; Word fills in the page numbers when it
    /// updates the field (marked dirty, so Word offers that on opening).
    fn inhoudsopgave(&mut self, opmaak: &Opmaak) -> io::Result<()> {
        self.begin("w:sdt", &[])?;
        self.begin("w:sdtPr", &[])?;
        self.leeg("w:alias", &[("w:val", INHOUDSOPGAVE)])?;
        self.begin("w:docPartObj", &[])?;
        self.leeg("w:docPartGallery", &[("w:val", "Table of Contents")])?;
        self.leeg("w:docPartUnique", &[])?;
        self.eind("w:docPartObj")?;
        self.eind("w:sdtPr")?;
        self.begin("w:sdtContent", &[])?;

        let rechts = TEKSTBREEDTE.to_string();
        let mut eerste = true;
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
            if eerste {
                self.toc_veld_begin()?;
                eerste = false;
            }
            let sleutel = toc_sleutel(k);
            k += 1;
            self.begin("w:hyperlink", &[("w:anchor", &sleutel), ("w:history", "1")])?;
            let tekst: String = delen.iter().map(opmaak::deel_tekst).collect();
            self.run(&tekst.replace(['\n', '\t'], " "), Loop::default())?;
            self.begin("w:r", &[])?;
            self.leeg("w:tab", &[])?;
            self.eind("w:r")?;
            self.veldteken("begin", false)?;
            self.veldinstructie(&format!("PAGEREF {sleutel} \\h"))?;
            self.veldteken("separate", false)?;
            self.veldteken("end", false)?;
            self.eind("w:hyperlink")?;
            self.eind("w:p")?;
        }
        self.begin("w:p", &[])?;
        if eerste {
            self.toc_veld_begin()?;
        }
        self.veldteken("end", false)?;
        self.eind("w:p")?;

        self.eind("w:sdtContent")?;
        self.eind("w:sdt")
    }

    /// The start of the TOC field, up to its result; marked dirty so Word offers to update it.
    fn toc_veld_begin(&mut self) -> io::Result<()> {
        self.veldteken("begin", true)?;
        self.veldinstructie("TOC \\o \"1-3\" \\h")?;
        self.veldteken("separate", false)
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
