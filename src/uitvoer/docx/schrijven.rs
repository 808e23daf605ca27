//! The .docx writer: the package (page, styles, bullets, header, footer, the custom XML part)
//! built with docx-rs's typed parts; the body written by [`lichaam`] with quick-xml events.
//!
//! Two things docx-rs 0.4 has no API for are completed with quick-xml: `word/styles.xml` gets
//! `w:default="1"` on `Normal`, and the custom XML part that docx-rs registers is filled with
//! the document's JSON. quick-xml escapes every text; no XML is pasted as a string.

use std::io::{Cursor, Write};

use chrono::{DateTime, Utc};

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelSuffixType, LevelText, LineSpacing, LineSpacingType, NumPages, NumberFormat, Numbering,
    NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading, ShdType, Start, Style,
    StyleType,
};
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::lichaam::{self, KOPNUMMERING, OPSOMMING};
use super::voorblad;
use super::{lezen, WordFout, WordFoutSoort, NAAMRUIMTE};
use crate::document::Document;
use crate::uitvoer::opmaak::{self, Opmaak};

/// The item id of the custom XML part: a GUID, which docx-rs puts between braces.
pub(super) const GEGEVENSDEEL_ID: &str = "6C3A2F4E-8B1D-4E5A-9C7F-0A1B2C3D4E5F";

/// The alias of the table of contents' control in files written before the contents became
/// plain lines (the reader still passes over it).
pub(super) const INHOUDSOPGAVE: &str = "Inhoudsopgave";

/// Style ids. The headings and `Title` are Word's built-in ids, so the navigation pane, the
/// table of contents and every other reader recognise them.
pub(super) mod stijl {
    pub(crate) const TITEL: &str = "Title";
    /// The lines under the title on the cover page.
    pub(crate) const VOORBLAD: &str = "Voorblad";
    pub(crate) const KOP: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
    pub(crate) const TUSSENKOP: &str = "Tussenkop";
    pub(crate) const TUSSENKOP_SUGGESTIE: &str = "TussenkopSuggestie";
    pub(crate) const LIJST: &str = "ListParagraph";
    pub(crate) const SUGGESTIE: &str = "SuggestieUitDeHandreiking";
    /// The line "Aspect 1.5 Toezicht en handhaving:" over a skeleton's items of veld 1.
    pub(crate) const ASPECT: &str = "Aspect";
    pub(crate) const PLAATSHOUDER: &str = "PlaceholderText";
    /// A field still to fill in: italic, blue on light blue.
    pub(crate) const INVULVELD: &str = "Invulveld";
    /// The handbook's guidance before a field.
    pub(crate) const UIT_DE_HANDREIKING: &str = "UitDeHandreiking";
    /// The measured figures before a field.
    pub(crate) const UIT_DE_CIJFERS: &str = "UitDeCijfers";
    pub(crate) const BIJSCHRIFT: &str = "Caption";
    pub(crate) const TABELTEKST: &str = "Tabeltekst";
    pub(crate) const INHOUD_KOP: &str = "TOCHeading";
    /// The levels of the table of contents, under Word's built-in names "toc 1" to "toc 3".
    pub(crate) const INHOUD: [&str; 3] = ["ToC1", "ToC2", "ToC3"];
    pub(crate) const KOPTEKST: &str = "Header";
    pub(crate) const VOETTEKST: &str = "Footer";
}

pub(super) fn schrijf(document: &Document, tijd: DateTime<Utc>) -> Result<Vec<u8>, WordFout> {
    let opmaak = opmaak::opmaak(document);
    let fout = |bericht: String| WordFout::new(WordFoutSoort::Schrijven, "", bericht);
    let voorblad = voorblad::regels(document, Some(tijd.date_naive()));
    let lichaam = lichaam::schrijf(&opmaak, &voorblad)
        .map_err(|e| fout(format!("kan de tekst van het document niet schrijven: {e}")))?;
    let mut xml = pakket(&opmaak).build();
    xml.document = met_lichaam(&xml.document, &lichaam)
        .map_err(|e| fout(format!("kan de tekst van het document niet invoegen: {e}")))?;
    xml.styles = standaardstijl(&xml.styles)
        .and_then(|s| met_taal(&s))
        .map_err(|e| fout(format!("kan de standaardstijl niet markeren: {e}")))?;
    xml.settings = met_instelling(&xml.settings)
        .map_err(|e| fout(format!("kan de instellingen niet schrijven: {e}")))?;
    xml.doc_props.core = kenmerken(document, &opmaak, tijd)
        .map_err(|e| fout(format!("kan de documenteigenschappen niet schrijven: {e}")))?;
    let gegevens = gegevensdeel(document)
        .map_err(|e| fout(format!("kan het gegevensdeel niet schrijven: {e}")))?;
    match xml.custom_items.first_mut() {
        Some(deel) => *deel = gegevens,
        None => return Err(fout("docx-rs schreef geen gegevensdeel".to_owned())),
    }
    inpakken(xml).map_err(|e| fout(format!("kan het zip-archief niet schrijven: {e}")))
}

/// The moment of writing: `SOURCE_DATE_EPOCH` where it is set, else the clock.
pub(super) fn tijdstip() -> DateTime<Utc> {
    opmaak::tijdstip()
}

/// The zip archive: the parts docx-rs built, deflated (docx-rs stores them uncompressed), in
/// the order Word writes them, each with the same fixed date so that the bytes depend on the
/// document and the moment of writing alone.
fn inpakken(xml: docx_rs::XMLDocx) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(
        xml.document.len() / 4 + 32 * 1024,
    )));
    let opties = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut deel = |naam: &str, inhoud: &[u8]| -> zip::result::ZipResult<()> {
        zip.start_file(naam, opties)?;
        zip.write_all(inhoud)?;
        Ok(())
    };
    deel("[Content_Types].xml", &xml.content_type)?;
    deel("_rels/.rels", &xml.rels)?;
    deel("docProps/app.xml", &xml.doc_props.app)?;
    deel("docProps/core.xml", &xml.doc_props.core)?;
    deel("docProps/custom.xml", &xml.doc_props.custom)?;
    deel("word/_rels/document.xml.rels", &xml.document_rels)?;
    deel(lezen::DOCUMENT, &xml.document)?;
    deel("word/styles.xml", &xml.styles)?;
    deel("word/settings.xml", &xml.settings)?;
    deel("word/fontTable.xml", &xml.font_table)?;
    deel("word/comments.xml", &xml.comments)?;
    deel("word/numbering.xml", &xml.numberings)?;
    deel("word/commentsExtended.xml", &xml.comments_extended)?;
    deel("word/footnotes.xml", &xml.footnotes)?;
    for (i, h) in xml.headers.iter().enumerate() {
        deel(&format!("word/header{}.xml", i + 1), h)?;
        if let Some(rels) = xml.header_rels.get(i) {
            deel(&format!("word/_rels/header{}.xml.rels", i + 1), rels)?;
        }
    }
    for (i, f) in xml.footers.iter().enumerate() {
        deel(&format!("word/footer{}.xml", i + 1), f)?;
        if let Some(rels) = xml.footer_rels.get(i) {
            deel(&format!("word/_rels/footer{}.xml.rels", i + 1), rels)?;
        }
    }
    for (i, item) in xml.custom_items.iter().enumerate() {
        let n = i + 1;
        if let Some(rels) = xml.custom_item_rels.get(i) {
            deel(&format!("customXml/_rels/item{n}.xml.rels"), rels)?;
        }
        deel(&format!("customXml/item{n}.xml"), item)?;
        if let Some(props) = xml.custom_item_props.get(i) {
            deel(&format!("customXml/itemProps{n}.xml"), props)?;
        }
    }
    Ok(zip.finish()?.into_inner())
}

/// `docProps/core.xml`: title, subject (the kind of plan and its period), creator and last
/// editor (the gemeenten), language, and the moment of writing as created and modified.
fn kenmerken(
    document: &Document,
    opmaak: &Opmaak,
    tijd: DateTime<Utc>,
) -> std::io::Result<Vec<u8>> {
    let titel: String = opmaak.titel.iter().map(opmaak::deel_tekst).collect();
    let gemeenten = match document {
        Document::Ivp(d) => &d.gemeenten,
        Document::Uitvoeringsplan(d) => &d.gemeenten,
        Document::Analyse(d) => &d.gemeenten,
        Document::Voortgang(d) => &d.gemeenten,
    };
    let maker = opmaak::veilig(&gemeenten.join(", ")).into_owned();
    let onderwerp = opmaak::veilig(&opmaak.koptekst).into_owned();
    let moment = tijd.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut w = Writer::new(Vec::with_capacity(1024));
    w.write_event(Event::Decl(BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        Some("yes"),
    )))?;
    let mut start = BytesStart::new("cp:coreProperties");
    for (naam, waarde) in [
        (
            "xmlns:cp",
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        ),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:dcterms", "http://purl.org/dc/terms/"),
        ("xmlns:dcmitype", "http://purl.org/dc/dcmitype/"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ] {
        start.push_attribute((naam, waarde));
    }
    w.write_event(Event::Start(start))?;
    let tekst = |w: &mut Writer<Vec<u8>>, naam: &str, waarde: &str, w3c: bool| {
        let mut e = BytesStart::new(naam);
        if w3c {
            e.push_attribute(("xsi:type", "dcterms:W3CDTF"));
        }
        w.write_event(Event::Start(e))?;
        w.write_event(Event::Text(BytesText::new(waarde)))?;
        w.write_event(Event::End(BytesEnd::new(naam)))
    };
    tekst(&mut w, "dc:title", &titel.replace(['\n', '\t'], " "), false)?;
    tekst(&mut w, "dc:subject", &onderwerp, false)?;
    tekst(&mut w, "dc:creator", &maker, false)?;
    tekst(&mut w, "cp:lastModifiedBy", &maker, false)?;
    tekst(&mut w, "dc:language", TAAL, false)?;
    tekst(&mut w, "cp:revision", "1", false)?;
    tekst(&mut w, "dcterms:created", &moment, true)?;
    tekst(&mut w, "dcterms:modified", &moment, true)?;
    w.write_event(Event::End(BytesEnd::new("cp:coreProperties")))?;
    Ok(w.into_inner())
}

/// The language of the text: Dutch, so that Word and LibreOffice check the spelling in Dutch.
pub(super) const TAAL: &str = "nl-NL";

/// Gives the default run properties the language [`TAAL`].
fn met_taal(styles: &[u8]) -> std::io::Result<Vec<u8>> {
    const EIND: &[u8] = b"</w:rPr></w:rPrDefault>";
    let plek = styles
        .windows(EIND.len())
        .position(|w| w == EIND)
        .ok_or_else(|| std::io::Error::other("geen w:rPrDefault"))?;
    let mut w = Writer::new(Vec::with_capacity(styles.len() + 64));
    w.get_mut().extend_from_slice(&styles[..plek]);
    let mut taal = BytesStart::new("w:lang");
    taal.push_attribute(("w:val", TAAL));
    taal.push_attribute(("w:eastAsia", TAAL));
    taal.push_attribute(("w:bidi", "ar-SA"));
    w.write_event(Event::Empty(taal))?;
    w.get_mut().extend_from_slice(&styles[plek..]);
    Ok(w.into_inner())
}

/// `word/settings.xml` with `w:updateFields`: Word offers on opening to update the page
/// numbers of the contents (LibreOffice computes them itself).
fn met_instelling(settings: &[u8]) -> std::io::Result<Vec<u8>> {
    const ZOOM: &[u8] = b"<w:zoom w:percent=\"100\" />";
    let plek = settings
        .windows(ZOOM.len())
        .position(|w| w == ZOOM)
        .ok_or_else(|| std::io::Error::other("geen w:zoom"))?
        + ZOOM.len();
    let mut w = Writer::new(Vec::with_capacity(settings.len() + 64));
    w.get_mut().extend_from_slice(&settings[..plek]);
    w.write_event(Event::Empty(element(
        "w:updateFields",
        &[("w:val", "true")],
    )))?;
    w.get_mut().extend_from_slice(&settings[plek..]);
    Ok(w.into_inner())
}

fn element<'a>(naam: &'a str, attributen: &[(&'a str, &'a str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(naam);
    for &a in attributen {
        e.push_attribute(a);
    }
    e
}

/// `word/document.xml` as docx-rs wrote it for an empty body, with `lichaam` as the body's
/// content, before the section properties.
fn met_lichaam(document: &[u8], lichaam: &[u8]) -> std::io::Result<Vec<u8>> {
    const BODY: &[u8] = b"<w:body>";
    let plek = document
        .windows(BODY.len())
        .position(|w| w == BODY)
        .ok_or_else(|| std::io::Error::other("geen w:body"))?
        + BODY.len();
    const NEGEERBAAR: &[u8] = b"mc:Ignorable=\"w14 wp14\"";
    let mut uit = Vec::with_capacity(document.len() + lichaam.len());
    let kop = &document[..plek];
    // The repeating sections are Word 2013's (w15): older readers may pass them over.
    match kop.windows(NEGEERBAAR.len()).position(|w| w == NEGEERBAAR) {
        Some(i) => {
            uit.extend_from_slice(&kop[..i]);
            uit.extend_from_slice(b"mc:Ignorable=\"w14 w15 wp14\"");
            uit.extend_from_slice(&kop[i + NEGEERBAAR.len()..]);
        }
        None => uit.extend_from_slice(kop),
    }
    uit.extend_from_slice(lichaam);
    uit.extend_from_slice(&document[plek..]);
    Ok(uit)
}

/// Everything of the package but the body: page, fonts, styles, bullets, header and footer,
/// and the custom XML part that will hold the document's JSON.
fn pakket(opmaak: &Opmaak) -> Docx {
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
        .add_abstract_numbering(kopnummering())
        .add_numbering(Numbering::new(KOPNUMMERING, KOPNUMMERING))
        .header(
            Header::new().add_paragraph(Paragraph::new().style(stijl::KOPTEKST).add_run(
                Run::new().add_text(opmaak::veilig(&opmaak.koptekst).replace(['\n', '\t'], " ")),
            )),
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
            GEGEVENSDEEL_ID,
            "<kbv:document xmlns:kbv=\"urn:kernbeleid:document:1\"/>",
        );
    for s in stijlen() {
        docx = docx.add_style(s);
    }
    // numbering.xml always holds the bullets, so the package always refers to it.
    docx.document_rels.has_numberings = true;
    docx
}

/// The numbering of the headings: "1" for a chapter, "1.1" for a section, linked to the
/// styles `Heading1` and `Heading2`, so that a chapter or priority added or removed in Word
/// renumbers the rest.
fn kopnummering() -> AbstractNumbering {
    let niveau = |n: usize, tekst: &str, stijl: &str| {
        Level::new(
            n,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new(tekst),
            LevelJc::new("left"),
        )
        .paragraph_style(stijl)
        .suffix(LevelSuffixType::Space)
    };
    AbstractNumbering::new(KOPNUMMERING)
        .add_level(niveau(0, "%1", stijl::KOP[0]))
        .add_level(niveau(1, "%1.%2", stijl::KOP[1]))
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

/// The styles: Word's built-in headings, title, list paragraph, caption, header, footer and
/// placeholder text by their own ids and names, and two of the crate's own for what the
/// handbook suggests.
fn stijlen() -> Vec<Style> {
    let kop = |id: &str, naam: &str, niveau: usize, grootte: usize| {
        let genummerd = niveau < 2;
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
        if genummerd {
            s.paragraph_property = s
                .paragraph_property
                .numbering(NumberingId::new(KOPNUMMERING), IndentLevel::new(niveau));
        }
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
    let mut aspect = Style::new(stijl::ASPECT, StyleType::Paragraph)
        .name("Aspect")
        .based_on("Normal")
        .next(stijl::SUGGESTIE)
        .q_format(true)
        .italic()
        .line_spacing(LineSpacing::new().before(80).after(20));
    aspect.paragraph_property = aspect.paragraph_property.keep_next(true);
    let inhoud = |niveau: usize| {
        Style::new(stijl::INHOUD[niveau], StyleType::Paragraph)
            .name(format!("toc {}", niveau + 1))
            .based_on("Normal")
            .next("Normal")
            .ui_priority(39)
            .indent(Some(220 * niveau as i32), None, None, None)
            .line_spacing(LineSpacing::new().after(100))
    };
    let mut invulveld = Style::new(stijl::INVULVELD, StyleType::Character)
        .name("Invulveld")
        .q_format(true)
        .italic()
        .color("1F4E79");
    invulveld.run_property = invulveld.run_property.shading(
        Shading::new()
            .shd_type(ShdType::Clear)
            .color("auto")
            .fill("DEEAF6"),
    );
    vec![
        aspect,
        inhoud(0),
        inhoud(1),
        inhoud(2),
        Style::new(stijl::TITEL, StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(10)
            .size(52)
            .color("1F3864")
            .line_spacing(
                LineSpacing::new()
                    .before(2880)
                    .after(480)
                    .line(240)
                    .line_rule(LineSpacingType::Auto),
            ),
        Style::new(stijl::VOORBLAD, StyleType::Paragraph)
            .name("Voorblad")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(28)
            .color("1F3864")
            .line_spacing(LineSpacing::new().after(160)),
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
        invulveld,
        Style::new(stijl::UIT_DE_HANDREIKING, StyleType::Paragraph)
            .name("Uit de handreiking")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .italic()
            .size(19)
            .color("1E6B52")
            .line_spacing(LineSpacing::new().after(60)),
        Style::new(stijl::UIT_DE_CIJFERS, StyleType::Paragraph)
            .name("Uit de cijfers")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .italic()
            .size(19)
            .color("7B4A00")
            .line_spacing(LineSpacing::new().after(60)),
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
            .size(18)
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
