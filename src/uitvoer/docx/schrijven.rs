//! The .docx writer: the layout built with docx-rs's typed parts, then three things docx-rs has
//! no API for completed with quick-xml events.
//!
//! docx-rs 0.4 writes a content control's `w:sdtPr` with only `w:rPr`, `w:alias` and
//! `w:dataBinding`, and the `Normal` style without `w:default`. So every control is written with
//! a numbered marker as its alias, and one pass over `word/document.xml` replaces each marker by
//! the real `w:alias`, `w:tag` (the JSON Pointer), `w:id`, `w:lock` and, for a placeholder,
//! `w:showingPlcHdr`; `word/styles.xml` gets `w:default="1"` on `Normal`; and the custom XML
//! part that docx-rs registers is filled with the document's JSON. The elements and the text
//! are written by quick-xml's writer, which escapes them; no XML is pasted as a string.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, DocumentChild, Docx, Footer, Header,
    IndentLevel, Level, LevelJc, LevelText, LineSpacing, LineSpacingType, NumPages, NumberFormat,
    Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading, Start,
    StructuredDataTag, Style, StyleType, Table, TableBorder, TableBorderPosition, TableBorders,
    TableCell, TableLayoutType, TableOfContents, TableOfContentsItem, TableRow, WidthType,
};
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::{WordFout, WordFoutSoort, NAAMRUIMTE};
use crate::document::Document;
use crate::uitvoer::opmaak::{self, Blok, Deel, Inhoud, Lijst, Opmaak, Tabel, Veld};

/// The alias of the table of contents' control.
pub(super) const INHOUDSOPGAVE: &str = "Inhoudsopgave";

/// Style ids. The headings and `Title` are Word's built-in ids, so the navigation pane, the
/// table of contents and every other reader recognise them.
pub(super) mod stijl {
    pub(crate) const TITEL: &str = "Title";
    pub(crate) const KOP: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
    pub(crate) const TUSSENKOP: &str = "Tussenkop";
    pub(crate) const TUSSENKOP_SUGGESTIE: &str = "TussenkopSuggestie";
    pub(crate) const LIJST: &str = "ListParagraph";
    pub(crate) const SUGGESTIE: &str = "SuggestieUitDeHandreiking";
    pub(crate) const PLAATSHOUDER: &str = "PlaceholderText";
    pub(crate) const BIJSCHRIFT: &str = "Caption";
    pub(crate) const TABELTEKST: &str = "Tabeltekst";
    pub(crate) const INHOUD_KOP: &str = "TOCHeading";
    pub(crate) const KOPTEKST: &str = "Header";
    pub(crate) const VOETTEKST: &str = "Footer";
}

/// The width of the text on an A4 page with margins of 2 cm, in twentieths of a point.
const TEKSTBREEDTE: usize = 11906 - 2 * 1134;

/// The numbering of bullets (docx-rs always writes a decimal numbering with id 1).
const OPSOMMING: usize = 2;

/// Where a marker alias starts; the marker is `kbv-veld-N`.
const MARKER: &str = "kbv-veld-";

/// What replaces the marker of one content control.
struct Markering {
    alias: String,
    tag: String,
    open: bool,
    /// The control cannot be deleted (`w:lock sdtLocked`): a field of its own, a list or a
    /// table. The items of a list and the cells of a table can go, with their paragraph or row.
    vast: bool,
}

struct Schrijver {
    markeringen: Vec<Markering>,
    koppen: usize,
}

pub(super) fn schrijf(document: &Document) -> Result<Vec<u8>, WordFout> {
    let opmaak = opmaak::opmaak(document);
    let mut schrijver = Schrijver {
        markeringen: Vec::with_capacity(512),
        koppen: 0,
    };
    let docx = schrijver.docx(&opmaak);
    let mut xml = docx.build();
    let fout = |bericht: String| WordFout::new(WordFoutSoort::Schrijven, "", bericht);
    xml.document = schrijver
        .vul_aan(&xml.document)
        .map_err(|e| fout(format!("kan de invulvelden niet voltooien: {e}")))?;
    xml.styles = standaardstijl(&xml.styles)
        .map_err(|e| fout(format!("kan de standaardstijl niet markeren: {e}")))?;
    let gegevens = gegevensdeel(document)
        .map_err(|e| fout(format!("kan het gegevensdeel niet schrijven: {e}")))?;
    match xml.custom_items.first_mut() {
        Some(deel) => *deel = gegevens,
        None => return Err(fout("docx-rs schreef geen gegevensdeel".to_owned())),
    }
    let mut uit = Cursor::new(Vec::with_capacity(xml.document.len() + 64 * 1024));
    xml.pack(&mut uit)
        .map_err(|e| fout(format!("kan het zip-archief niet schrijven: {e}")))?;
    Ok(uit.into_inner())
}

/// The custom XML part: the document's JSON as the text of one element.
fn gegevensdeel(document: &Document) -> std::io::Result<Vec<u8>> {
    let json = xml_veilige_json(&document.naar_json());
    let mut w = Writer::new(Vec::with_capacity(json.len() + 256));
    w.write_event(Event::Decl(BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        Some("yes"),
    )))?;
    let mut start = BytesStart::new("kbv:document");
    start.push_attribute(("xmlns:kbv", NAAMRUIMTE));
    start.push_attribute(("kbv:soort", document.soort().sleutel()));
    w.write_event(Event::Start(start))?;
    // Only `<`, `>` and `&` need escaping in element text; quotes stay as they are.
    w.write_event(Event::Text(BytesText::from_escaped(partial_escape(&json))))?;
    w.write_event(Event::End(BytesEnd::new("kbv:document")))?;
    Ok(w.into_inner())
}

/// JSON that XML 1.0 can hold: serde_json escapes control characters already; the two
/// non-characters U+FFFE and U+FFFF, which it writes as they are, become `\u` escapes.
fn xml_veilige_json(json: &str) -> String {
    if !json.contains(['\u{FFFE}', '\u{FFFF}']) {
        return json.to_owned();
    }
    json.replace('\u{FFFE}', "\\ufffe")
        .replace('\u{FFFF}', "\\uffff")
}

/// Marks `Normal` as the default paragraph style.
fn standaardstijl(styles: &[u8]) -> std::io::Result<Vec<u8>> {
    const NORMAL: &str = "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">";
    let tekst = core::str::from_utf8(styles).map_err(std::io::Error::other)?;
    let Some(plek) = tekst.find(NORMAL) else {
        return Err(std::io::Error::other("geen stijl Normal"));
    };
    let mut w = Writer::new(Vec::with_capacity(styles.len() + 32));
    w.get_mut().extend_from_slice(&styles[..plek]);
    let mut start = BytesStart::new("w:style");
    start.push_attribute(("w:type", "paragraph"));
    start.push_attribute(("w:default", "1"));
    start.push_attribute(("w:styleId", "Normal"));
    w.write_event(Event::Start(start))?;
    w.get_mut()
        .extend_from_slice(&styles[plek + NORMAL.len()..]);
    Ok(w.into_inner())
}

fn leeg(naam: &str, attributen: &[(&str, &str)]) -> Event<'static> {
    let mut e = BytesStart::new(naam.to_owned());
    for (sleutel, waarde) in attributen {
        e.push_attribute((*sleutel, *waarde));
    }
    Event::Empty(e)
}

impl Schrijver {
    /// Replaces every marker alias in `word/document.xml` by the control's real properties.
    fn vul_aan(&self, document: &[u8]) -> std::io::Result<Vec<u8>> {
        let tekst = core::str::from_utf8(document).map_err(std::io::Error::other)?;
        let naald = format!("<w:alias w:val=\"{MARKER}");
        let toc = format!("<w:alias w:val=\"{INHOUDSOPGAVE}\" />");
        let mut w = Writer::new(Vec::with_capacity(
            document.len() + self.markeringen.len() * 160,
        ));
        let mut vanaf = 0;
        let mut gevonden = 0;
        while let Some(plek) = tekst.get(vanaf..).and_then(|t| t.find("<w:alias w:val=\"")) {
            let begin = vanaf + plek;
            let rest = tekst.get(begin..).unwrap_or_default();
            w.get_mut().extend_from_slice(&document[vanaf..begin]);
            if let Some(na) = rest.strip_prefix(&naald) {
                let einde = na.find('"').unwrap_or(na.len());
                let n: usize = na
                    .get(..einde)
                    .and_then(|n| n.parse().ok())
                    .ok_or_else(|| std::io::Error::other("onleesbare markering"))?;
                let m = self
                    .markeringen
                    .get(n)
                    .ok_or_else(|| std::io::Error::other("onbekende markering"))?;
                let sluit = na
                    .get(einde..)
                    .and_then(|r| r.strip_prefix("\" />"))
                    .ok_or_else(|| std::io::Error::other("onverwachte vorm van w:alias"))?;
                let id = (n + 1).to_string();
                w.write_event(leeg("w:alias", &[("w:val", &m.alias)]))?;
                w.write_event(leeg("w:tag", &[("w:val", &m.tag)]))?;
                w.write_event(leeg("w:id", &[("w:val", &id)]))?;
                if m.vast {
                    w.write_event(leeg("w:lock", &[("w:val", "sdtLocked")]))?;
                }
                if m.open {
                    w.write_event(leeg("w:showingPlcHdr", &[]))?;
                }
                gevonden += 1;
                vanaf = tekst.len() - sluit.len();
            } else if rest.starts_with(&toc) {
                w.get_mut().extend_from_slice(toc.as_bytes());
                w.write_event(Event::Start(BytesStart::new("w:docPartObj")))?;
                w.write_event(leeg("w:docPartGallery", &[("w:val", "Table of Contents")]))?;
                w.write_event(leeg("w:docPartUnique", &[]))?;
                w.write_event(Event::End(BytesEnd::new("w:docPartObj")))?;
                vanaf = begin + toc.len();
            } else {
                let stap = "<w:alias".len();
                w.get_mut()
                    .extend_from_slice(&document[begin..begin + stap]);
                vanaf = begin + stap;
            }
        }
        w.get_mut().extend_from_slice(&document[vanaf..]);
        if gevonden != self.markeringen.len() {
            return Err(std::io::Error::other(format!(
                "{gevonden} van de {} invulvelden gevonden",
                self.markeringen.len()
            )));
        }
        Ok(w.into_inner())
    }

    /// A new content control for `veld`, with its marker.
    fn sdt(&mut self, veld: &Veld) -> StructuredDataTag {
        self.sdt_voor(veld.pad.clone(), veld.alias.clone(), veld.is_open(), true)
    }

    /// A control for an item of a list or a cell of a table: deletable with its paragraph or
    /// row.
    fn sdt_los(&mut self, veld: &Veld) -> StructuredDataTag {
        self.sdt_voor(veld.pad.clone(), veld.alias.clone(), veld.is_open(), false)
    }

    fn sdt_voor(
        &mut self,
        tag: String,
        alias: String,
        open: bool,
        vast: bool,
    ) -> StructuredDataTag {
        let n = self.markeringen.len();
        self.markeringen.push(Markering {
            alias: opmaak::veilig(&alias).into_owned(),
            tag,
            open,
            vast,
        });
        StructuredDataTag::new().alias(format!("{MARKER}{n}"))
    }

    fn docx(&mut self, opmaak: &Opmaak) -> Docx {
        let mut docx = Docx::new()
            .page_size(11906, 16838)
            .page_margin(PageMargin {
                top: 1134,
                left: 1134,
                bottom: 1134,
                right: 1134,
                header: 567,
                footer: 567,
                gutter: 0,
            })
            .default_fonts(
                RunFonts::new()
                    .ascii("Calibri")
                    .hi_ansi("Calibri")
                    .cs("Calibri")
                    .east_asia("Calibri"),
            )
            .default_size(21)
            .default_line_spacing(
                LineSpacing::new()
                    .after(120)
                    .line(264)
                    .line_rule(LineSpacingType::Auto),
            )
            .add_abstract_numbering(
                AbstractNumbering::new(OPSOMMING).add_level(
                    Level::new(
                        0,
                        Start::new(1),
                        NumberFormat::new("bullet"),
                        LevelText::new("•"),
                        LevelJc::new("left"),
                    )
                    .indent(
                        Some(360),
                        Some(docx_rs::SpecialIndentType::Hanging(360)),
                        None,
                        None,
                    ),
                ),
            )
            .add_numbering(Numbering::new(OPSOMMING, OPSOMMING))
            .header(
                Header::new().add_paragraph(
                    Paragraph::new()
                        .style(stijl::KOPTEKST)
                        .add_run(tekst_run(&opmaak.koptekst)),
                ),
            )
            .footer(
                Footer::new().add_paragraph(
                    Paragraph::new()
                        .style(stijl::VOETTEKST)
                        .align(AlignmentType::Right)
                        .add_run(Run::new().add_text("Pagina "))
                        .add_page_num(PageNum::new())
                        .add_run(Run::new().add_text(" van "))
                        .add_num_pages(NumPages::new()),
                ),
            )
            .add_custom_item(
                "{6C3A2F4E-8B1D-4E5A-9C7F-0A1B2C3D4E5F}",
                "<kbv:document xmlns:kbv=\"urn:kernbeleid:document:1\"/>",
            );
        for s in stijlen() {
            docx = docx.add_style(s);
        }

        // The body is collected as docx-rs's own children and handed over at once: adding
        // them one by one through `Docx::add_paragraph` moves the whole `Docx` on every call.
        let mut kinderen: Vec<DocumentChild> = Vec::with_capacity(opmaak.blokken.len() + 64);
        let alinea = |p: Paragraph| DocumentChild::Paragraph(Box::new(p));
        let sdt = |s: StructuredDataTag| DocumentChild::StructuredDataTag(Box::new(s));

        let mut titel = Paragraph::new().style(stijl::TITEL);
        for deel in &opmaak.titel {
            titel = self.deel(titel, deel, None);
        }
        kinderen.push(alinea(titel));

        // The table of contents lists the headings at once; Word fills in the page numbers
        // when it updates the field (it is marked dirty, so Word offers that on opening).
        let mut inhoud = TableOfContents::new()
            .heading_styles_range(1, 3)
            .hyperlink()
            .alias(INHOUDSOPGAVE)
            .dirty();
        let mut k = 0;
        for blok in &opmaak.blokken {
            if let Blok::Kop { niveau, delen } = blok {
                let tekst: String = delen.iter().map(deel_tekst).collect();
                inhoud = inhoud.add_item(
                    TableOfContentsItem::new()
                        .text(tekst_zonder_regels(&tekst))
                        .toc_key(toc_sleutel(k))
                        .level(usize::from(*niveau))
                        .page_ref(""),
                );
                k += 1;
            }
        }
        let mut inhoud = Some(inhoud);

        for blok in &opmaak.blokken {
            match blok {
                Blok::Inhoudsopgave => {
                    let kop = Paragraph::new()
                        .style(stijl::INHOUD_KOP)
                        .add_run(Run::new().add_text("Inhoud"));
                    kinderen.push(alinea(kop));
                    if let Some(inhoud) = inhoud.take() {
                        kinderen.push(DocumentChild::TableOfContents(Box::new(inhoud)));
                    }
                }
                Blok::Kop { niveau, delen } => {
                    let n = usize::from((*niveau).clamp(1, 3)) - 1;
                    let mut p = Paragraph::new().style(stijl::KOP[n]);
                    let id = self.koppen;
                    self.koppen += 1;
                    p = p.add_bookmark_start(id + 1, toc_sleutel(id));
                    for deel in delen {
                        p = self.deel(p, deel, None);
                    }
                    kinderen.push(alinea(p.add_bookmark_end(id + 1)));
                }
                Blok::Alinea(delen) => {
                    let mut p = Paragraph::new();
                    for deel in delen {
                        p = self.deel(p, deel, None);
                    }
                    kinderen.push(alinea(p));
                }
                Blok::Label { tekst, suggestie } => {
                    let s = if *suggestie {
                        stijl::TUSSENKOP_SUGGESTIE
                    } else {
                        stijl::TUSSENKOP
                    };
                    kinderen.push(alinea(Paragraph::new().style(s).add_run(tekst_run(tekst))));
                }
                Blok::Opsomming(items) => {
                    for item in items {
                        kinderen.push(alinea(
                            opsomming(Paragraph::new().style(stijl::LIJST))
                                .add_run(tekst_run(item)),
                        ));
                    }
                }
                Blok::Tekstveld(veld) => kinderen.push(sdt(self.tekstveld(veld))),
                Blok::Lijst(lijst) => kinderen.push(sdt(self.lijst(lijst))),
                Blok::Tabel(tabel) => {
                    let bijschrift = Paragraph::new()
                        .style(stijl::BIJSCHRIFT)
                        .keep_next(true)
                        .add_run(tekst_run(&format!("Tabel: {}", tabel.bijschrift)));
                    kinderen.push(alinea(bijschrift));
                    kinderen.push(sdt(self.tabel(tabel)));
                }
            }
        }
        docx.document.children = kinderen;
        // numbering.xml always holds the bullets, so the package always refers to it.
        docx.document_rels.has_numberings = true;
        docx
    }

    /// Adds a part to a paragraph: fixed text, or a field as an inline control.
    fn deel(&mut self, p: Paragraph, deel: &Deel, stijl: Option<&str>) -> Paragraph {
        match deel {
            Deel::Vast(t) => p.add_run(stijl_run(tekst_run(t), stijl)),
            Deel::Veld(veld) => {
                let sdt = self.sdt(veld).add_run(veld_run(veld, stijl));
                p.add_structured_data_tag(sdt)
            }
        }
    }

    /// A text field of its own: a block control holding a paragraph per line.
    fn tekstveld(&mut self, veld: &Veld) -> StructuredDataTag {
        let mut sdt = self.sdt(veld);
        for p in alineas(veld, None) {
            sdt = sdt.add_paragraph(p);
        }
        sdt
    }

    /// A list: a block control holding a bulleted paragraph per item, each item a control.
    fn lijst(&mut self, lijst: &Lijst) -> StructuredDataTag {
        let mut sdt = self.sdt_voor(lijst.pad.clone(), lijst.alias.clone(), false, true);
        let s = if lijst.suggestie {
            stijl::SUGGESTIE
        } else {
            stijl::LIJST
        };
        for item in &lijst.items {
            let binnen = self.sdt_los(item).add_run(veld_run(item, None));
            let p = opsomming(Paragraph::new().style(s)).add_structured_data_tag(binnen);
            sdt = sdt.add_paragraph(p);
        }
        sdt
    }

    /// A table: a block control holding the table, with a control per cell.
    fn tabel(&mut self, tabel: &Tabel) -> StructuredDataTag {
        let totaal: u32 = tabel.kolommen.iter().map(|k| k.breedte).sum::<u32>().max(1);
        let breedtes: Vec<usize> = tabel
            .kolommen
            .iter()
            .map(|k| TEKSTBREEDTE * k.breedte as usize / totaal as usize)
            .collect();
        let kop = TableRow::new(
            tabel
                .kolommen
                .iter()
                .zip(&breedtes)
                .map(|(k, &b)| {
                    TableCell::new()
                        .width(b, WidthType::Dxa)
                        .shading(Shading::new().fill("D9E2F3"))
                        .add_paragraph(
                            Paragraph::new()
                                .style(stijl::TABELTEKST)
                                .add_run(Run::new().bold().add_text(k.kop)),
                        )
                })
                .collect(),
        )
        .cant_split();
        let mut rijen = vec![kop];
        for rij in &tabel.rijen {
            let cellen = rij
                .iter()
                .zip(&breedtes)
                .map(|(veld, &b)| {
                    let cel = TableCell::new().width(b, WidthType::Dxa);
                    if veld.soort.is_meerregelig() {
                        let mut sdt = self.sdt_los(veld);
                        for p in alineas(veld, None) {
                            sdt = sdt.add_paragraph(p.style(stijl::TABELTEKST));
                        }
                        cel.add_structured_data_tag(sdt)
                    } else {
                        let sdt = self.sdt_los(veld).add_run(veld_run(veld, None));
                        cel.add_paragraph(
                            Paragraph::new()
                                .style(stijl::TABELTEKST)
                                .add_structured_data_tag(sdt),
                        )
                    }
                })
                .collect();
            rijen.push(TableRow::new(cellen).cant_split());
        }
        let rand = |positie| {
            TableBorder::new(positie)
                .border_type(BorderType::Single)
                .size(4)
                .color("8EAADB")
        };
        let tabel_docx = Table::new(rijen)
            .set_grid(breedtes)
            .width(TEKSTBREEDTE, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .set_borders(
                TableBorders::new()
                    .set(rand(TableBorderPosition::Top))
                    .set(rand(TableBorderPosition::Left))
                    .set(rand(TableBorderPosition::Bottom))
                    .set(rand(TableBorderPosition::Right))
                    .set(rand(TableBorderPosition::InsideH))
                    .set(rand(TableBorderPosition::InsideV)),
            );
        self.sdt_voor(tabel.pad.clone(), tabel.alias.clone(), false, true)
            .add_table(tabel_docx)
    }
}

fn toc_sleutel(n: usize) -> String {
    format!("_Toc{}", 100_000 + n)
}

fn deel_tekst(deel: &Deel) -> &str {
    match deel {
        Deel::Vast(t) => t,
        Deel::Veld(v) => v.toon(),
    }
}

fn tekst_zonder_regels(t: &str) -> String {
    t.replace(['\n', '\t'], " ")
}

fn opsomming(p: Paragraph) -> Paragraph {
    p.numbering(NumberingId::new(OPSOMMING), IndentLevel::new(0))
}

fn stijl_run(run: Run, stijl: Option<&str>) -> Run {
    match stijl {
        Some(s) => run.style(s),
        None => run,
    }
}

/// A run of text: tabs as `w:tab`, line breaks as `w:br`.
fn tekst_run(tekst: &str) -> Run {
    let tekst = opmaak::veilig(tekst);
    let mut run = Run::new();
    for (i, regel) in tekst.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, stuk) in regel.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            if !stuk.is_empty() {
                run = run.add_text(stuk);
            }
        }
    }
    run
}

/// The run an inline field shows: its text, or its placeholder in the placeholder style.
fn veld_run(veld: &Veld, stijl: Option<&str>) -> Run {
    let run = tekst_run(veld.toon());
    match veld.inhoud {
        Inhoud::Open(_) => run.style(stijl::PLAATSHOUDER),
        _ => stijl_run(run, stijl),
    }
}

/// The paragraphs of a block field: a placeholder in one paragraph, a value a paragraph per
/// line, a line starting with "- " a bullet.
fn alineas(veld: &Veld, stijl: Option<&str>) -> Vec<Paragraph> {
    match &veld.inhoud {
        Inhoud::Open(_) | Inhoud::Geen => vec![Paragraph::new().add_run(veld_run(veld, stijl))],
        Inhoud::Waarde(t) => t
            .split('\n')
            .map(|regel| match regel.strip_prefix("- ") {
                Some(item) => {
                    opsomming(Paragraph::new().style(stijl::LIJST)).add_run(tekst_run(item))
                }
                None => Paragraph::new().add_run(stijl_run(tekst_run(regel), stijl)),
            })
            .collect(),
    }
}

/// The styles: Word's built-in headings, title, list paragraph, caption, header, footer and
/// placeholder text by their own ids and names, and two of the crate's own for what the
/// handbook suggests.
fn stijlen() -> Vec<Style> {
    let kop = |id: &str, naam: &str, niveau: usize, grootte: usize| {
        let mut s = Style::new(id, StyleType::Paragraph)
            .name(naam)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(9)
            .outline_lvl(niveau)
            .bold()
            .size(grootte)
            .color("1F3864")
            .line_spacing(LineSpacing::new().before(240).after(80));
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s
    };
    let mut tussenkop = Style::new(stijl::TUSSENKOP, StyleType::Paragraph)
        .name("Tussenkop")
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .bold()
        .line_spacing(LineSpacing::new().before(120).after(40));
    tussenkop.paragraph_property = tussenkop.paragraph_property.keep_next(true);
    let mut tussenkop_suggestie = Style::new(stijl::TUSSENKOP_SUGGESTIE, StyleType::Paragraph)
        .name("Tussenkop suggestie uit de handreiking")
        .based_on(stijl::TUSSENKOP)
        .next(stijl::SUGGESTIE)
        .q_format(true)
        .bold()
        .italic()
        .color("1E6B52");
    tussenkop_suggestie.paragraph_property = tussenkop_suggestie.paragraph_property.keep_next(true);
    vec![
        Style::new(stijl::TITEL, StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(10)
            .size(44)
            .color("1F3864")
            .line_spacing(
                LineSpacing::new()
                    .after(240)
                    .line(240)
                    .line_rule(LineSpacingType::Auto),
            ),
        kop(stijl::KOP[0], "heading 1", 0, 32),
        kop(stijl::KOP[1], "heading 2", 1, 26),
        kop(stijl::KOP[2], "heading 3", 2, 23),
        tussenkop,
        tussenkop_suggestie,
        Style::new(stijl::LIJST, StyleType::Paragraph)
            .name("List Paragraph")
            .based_on("Normal")
            .q_format(true)
            .ui_priority(34)
            .indent(Some(720), None, None, None)
            .line_spacing(LineSpacing::new().after(40)),
        Style::new(stijl::SUGGESTIE, StyleType::Paragraph)
            .name("Suggestie uit de handreiking")
            .based_on(stijl::LIJST)
            .q_format(true)
            .italic()
            .color("1E6B52")
            .line_spacing(LineSpacing::new().after(40)),
        Style::new(stijl::PLAATSHOUDER, StyleType::Character)
            .name("Placeholder Text")
            .ui_priority(99)
            .semi_hidden()
            .color("767171"),
        Style::new(stijl::BIJSCHRIFT, StyleType::Paragraph)
            .name("caption")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(35)
            .italic()
            .size(18)
            .color("44546A")
            .line_spacing(LineSpacing::new().before(120).after(60)),
        Style::new(stijl::TABELTEKST, StyleType::Paragraph)
            .name("Tabeltekst")
            .based_on("Normal")
            .q_format(true)
            .size(19)
            .line_spacing(
                LineSpacing::new()
                    .after(0)
                    .line(240)
                    .line_rule(LineSpacingType::Auto),
            ),
        Style::new(stijl::INHOUD_KOP, StyleType::Paragraph)
            .name("TOC Heading")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(39)
            .bold()
            .size(28)
            .color("1F3864"),
        Style::new(stijl::KOPTEKST, StyleType::Paragraph)
            .name("header")
            .based_on("Normal")
            .ui_priority(99)
            .size(17)
            .color("595959"),
        Style::new(stijl::VOETTEKST, StyleType::Paragraph)
            .name("footer")
            .based_on("Normal")
            .ui_priority(99)
            .size(17)
            .color("595959"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_zonder_niet_tekens() {
        assert_eq!(xml_veilige_json("\"a\u{FFFF}\""), "\"a\\uffff\"");
        let terug: String = serde_json::from_str(&xml_veilige_json("\"\u{FFFE}\"")).expect("json");
        assert_eq!(terug, "\u{FFFE}");
    }

    #[test]
    fn normal_wordt_de_standaardstijl() {
        let uit = standaardstijl(b"<w:styles><w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" /></w:style></w:styles>").expect("stijl");
        assert_eq!(
            String::from_utf8(uit).expect("utf8"),
            "<w:styles><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" /></w:style></w:styles>"
        );
    }
}
