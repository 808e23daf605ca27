//! Native Word charts: a DrawingML chart part (`word/charts/chartN.xml`, ECMA-376 part 1,
//! §21.2) with its values cached, the relationship from the document to it, its content type,
//! and the inline drawing in the body that shows it. docx-rs has no charts, so the parts are
//! written with quick-xml and added to the package it built.
//!
//! A chart here is a scatter chart with lines (`c:scatterChart`, style `lineMarker`): its x axis
//! is a number (time in years), so values at irregular moments stand where they belong, and each
//! series is drawn apart (a broken series is two series, never joined). Each series refers to a
//! cell range of a sheet that is not embedded; Word and LibreOffice draw the cached values, and a
//! coordinator can restyle the chart.

use std::io::{Cursor, Write as _};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

/// The namespace of chart parts.
const C: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";
/// The namespace of DrawingML.
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
/// The namespace of relationships.
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// The namespace of Word's drawing positions.
const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/// The content type of a chart part.
const INHOUDSSOORT: &str = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/// The relationship type of a chart.
const RELATIE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stijl {
    /// A solid line with round markers: measured values.
    Gemeten,
    /// A dashed grey line without markers: the path to the target.
    Pad,
    /// A square marker without a line: the nulmeting.
    Nulmeting,
    /// A diamond marker without a line: the streefwaarde.
    Streefwaarde,
}

/// One series of a chart: its name and its points (x, y).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reeks {
    pub(crate) naam: String,
    pub(crate) punten: Vec<(f64, f64)>,
    pub(crate) stijl: Stijl,
}

/// A line chart over time.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grafiek {
    pub(crate) titel: String,
    pub(crate) x_titel: String,
    pub(crate) y_titel: String,
    pub(crate) reeksen: Vec<Reeks>,
}

type W = Writer<Vec<u8>>;

fn leeg(w: &mut W, naam: &str, attributen: &[(&str, &str)]) -> std::io::Result<()> {
    let mut e = BytesStart::new(naam);
    for a in attributen {
        e.push_attribute(*a);
    }
    w.write_event(Event::Empty(e))
}

fn waarde(w: &mut W, naam: &str, val: &str) -> std::io::Result<()> {
    leeg(w, naam, &[("val", val)])
}

fn open(w: &mut W, naam: &str) -> std::io::Result<()> {
    w.write_event(Event::Start(BytesStart::new(naam)))
}

fn dicht(w: &mut W, naam: &str) -> std::io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(naam)))
}

fn tekst_element(w: &mut W, naam: &str, tekst: &str) -> std::io::Result<()> {
    open(w, naam)?;
    w.write_event(Event::Text(BytesText::new(tekst)))?;
    dicht(w, naam)
}

/// A title as rich text (`c:title`).
fn titel(w: &mut W, tekst: &str, grootte: &str) -> std::io::Result<()> {
    open(w, "c:title")?;
    open(w, "c:tx")?;
    open(w, "c:rich")?;
    leeg(w, "a:bodyPr", &[])?;
    open(w, "a:p")?;
    open(w, "a:pPr")?;
    leeg(w, "a:defRPr", &[("sz", grootte), ("b", "1")])?;
    dicht(w, "a:pPr")?;
    open(w, "a:r")?;
    leeg(
        w,
        "a:rPr",
        &[("lang", "nl-NL"), ("sz", grootte), ("b", "1")],
    )?;
    tekst_element(w, "a:t", tekst)?;
    dicht(w, "a:r")?;
    dicht(w, "a:p")?;
    dicht(w, "c:rich")?;
    dicht(w, "c:tx")?;
    waarde(w, "c:overlay", "0")?;
    dicht(w, "c:title")
}

/// The column letter of the sheet column `i` (0 is A); enough for the few columns used.
fn kolom(i: usize) -> String {
    let mut n = i + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A number series with its cached values (`c:numRef` with `c:numCache`).
fn getallen(w: &mut W, bereik: &str, waarden: &[f64]) -> std::io::Result<()> {
    open(w, "c:numRef")?;
    tekst_element(w, "c:f", bereik)?;
    open(w, "c:numCache")?;
    tekst_element(w, "c:formatCode", "General")?;
    waarde(w, "c:ptCount", &waarden.len().to_string())?;
    for (i, x) in waarden.iter().enumerate() {
        let mut pt = BytesStart::new("c:pt");
        pt.push_attribute(("idx", i.to_string().as_str()));
        w.write_event(Event::Start(pt))?;
        tekst_element(w, "c:v", &x.to_string())?;
        dicht(w, "c:pt")?;
    }
    dicht(w, "c:numCache")?;
    dicht(w, "c:numRef")
}

fn lijn(w: &mut W, breedte: &str, kleur: Option<&str>, streep: bool) -> std::io::Result<()> {
    open(w, "c:spPr")?;
    let mut ln = BytesStart::new("a:ln");
    ln.push_attribute(("w", breedte));
    w.write_event(Event::Start(ln))?;
    match kleur {
        Some(k) => {
            open(w, "a:solidFill")?;
            waarde(w, "a:srgbClr", k)?;
            dicht(w, "a:solidFill")?;
            if streep {
                waarde(w, "a:prstDash", "dash")?;
            }
        }
        None => leeg(w, "a:noFill", &[])?,
    }
    dicht(w, "a:ln")?;
    dicht(w, "c:spPr")
}

fn markering(w: &mut W, symbool: &str, grootte: &str, vulling: &str) -> std::io::Result<()> {
    open(w, "c:marker")?;
    waarde(w, "c:symbol", symbool)?;
    if symbool != "none" {
        waarde(w, "c:size", grootte)?;
        open(w, "c:spPr")?;
        open(w, "a:solidFill")?;
        waarde(w, "a:srgbClr", vulling)?;
        dicht(w, "a:solidFill")?;
        open(w, "a:ln")?;
        open(w, "a:solidFill")?;
        waarde(w, "a:srgbClr", "000000")?;
        dicht(w, "a:solidFill")?;
        dicht(w, "a:ln")?;
        dicht(w, "c:spPr")?;
    }
    dicht(w, "c:marker")
}

/// An axis (`c:valAx`): `positie` `b` (x, years) or `l` (y, values).
fn as_(
    w: &mut W,
    id: &str,
    ander: &str,
    positie: &str,
    titel_tekst: &str,
    bereik: Option<(f64, f64)>,
) -> std::io::Result<()> {
    open(w, "c:valAx")?;
    waarde(w, "c:axId", id)?;
    open(w, "c:scaling")?;
    waarde(w, "c:orientation", "minMax")?;
    if let Some((laag, hoog)) = bereik {
        waarde(w, "c:max", &hoog.to_string())?;
        waarde(w, "c:min", &laag.to_string())?;
    }
    dicht(w, "c:scaling")?;
    waarde(w, "c:delete", "0")?;
    waarde(w, "c:axPos", positie)?;
    if positie == "l" {
        leeg(w, "c:majorGridlines", &[])?;
    }
    titel(w, titel_tekst, "900")?;
    leeg(
        w,
        "c:numFmt",
        &[
            ("formatCode", if positie == "b" { "0" } else { "General" }),
            ("sourceLinked", "0"),
        ],
    )?;
    waarde(w, "c:majorTickMark", "out")?;
    waarde(w, "c:minorTickMark", "none")?;
    waarde(
        w,
        "c:tickLblPos",
        if positie == "b" { "low" } else { "nextTo" },
    )?;
    waarde(w, "c:crossAx", ander)?;
    waarde(w, "c:crosses", "min")?;
    waarde(w, "c:crossBetween", "midCat")?;
    if positie == "b" {
        waarde(w, "c:majorUnit", "1")?;
    }
    dicht(w, "c:valAx")
}

/// The chart part `word/charts/chartN.xml` of `g`.
pub(crate) fn grafiek_xml(g: &Grafiek) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::with_capacity(8 * 1024));
    w.write_event(Event::Decl(BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        Some("yes"),
    )))?;
    let mut wortel = BytesStart::new("c:chartSpace");
    wortel.push_attribute(("xmlns:c", C));
    wortel.push_attribute(("xmlns:a", A));
    wortel.push_attribute(("xmlns:r", R));
    w.write_event(Event::Start(wortel))?;
    waarde(&mut w, "c:date1904", "0")?;
    waarde(&mut w, "c:lang", "nl-NL")?;
    waarde(&mut w, "c:roundedCorners", "0")?;
    open(&mut w, "c:chart")?;
    titel(&mut w, &g.titel, "1100")?;
    waarde(&mut w, "c:autoTitleDeleted", "0")?;
    open(&mut w, "c:plotArea")?;
    leeg(&mut w, "c:layout", &[])?;
    open(&mut w, "c:scatterChart")?;
    waarde(&mut w, "c:scatterStyle", "lineMarker")?;
    waarde(&mut w, "c:varyColors", "0")?;
    // Each series has two columns of its own (x, y), its name in row 1, its values from row 2.
    let rij = 2usize;
    let mut xs_alle: Vec<f64> = Vec::new();
    for (i, r) in g.reeksen.iter().enumerate() {
        let nummer = i.to_string();
        open(&mut w, "c:ser")?;
        waarde(&mut w, "c:idx", &nummer)?;
        waarde(&mut w, "c:order", &nummer)?;
        // The name: a cached string.
        let kol = kolom(2 * i + 1);
        open(&mut w, "c:tx")?;
        open(&mut w, "c:strRef")?;
        tekst_element(&mut w, "c:f", &format!("Blad1!${kol}$1"))?;
        open(&mut w, "c:strCache")?;
        waarde(&mut w, "c:ptCount", "1")?;
        leeg_pt(&mut w, &r.naam)?;
        dicht(&mut w, "c:strCache")?;
        dicht(&mut w, "c:strRef")?;
        dicht(&mut w, "c:tx")?;
        match r.stijl {
            Stijl::Gemeten => {
                lijn(&mut w, "28575", Some("2F5597"), false)?;
                markering(&mut w, "circle", "6", "2F5597")?;
            }
            Stijl::Pad => {
                lijn(&mut w, "19050", Some("7F7F7F"), true)?;
                markering(&mut w, "none", "", "")?;
            }
            Stijl::Nulmeting => {
                lijn(&mut w, "9525", None, false)?;
                markering(&mut w, "square", "8", "000000")?;
            }
            Stijl::Streefwaarde => {
                lijn(&mut w, "9525", None, false)?;
                markering(&mut w, "diamond", "10", "C00000")?;
            }
        }
        let xs: Vec<f64> = r.punten.iter().map(|p| p.0).collect();
        let ys: Vec<f64> = r.punten.iter().map(|p| p.1).collect();
        xs_alle.extend(&xs);
        let eind = rij + r.punten.len().max(1) - 1;
        open(&mut w, "c:xVal")?;
        getallen(
            &mut w,
            &format!("Blad1!${}${rij}:${}${eind}", kolom(2 * i), kolom(2 * i)),
            &xs,
        )?;
        dicht(&mut w, "c:xVal")?;
        open(&mut w, "c:yVal")?;
        getallen(&mut w, &format!("Blad1!${kol}${rij}:${kol}${eind}"), &ys)?;
        dicht(&mut w, "c:yVal")?;
        waarde(&mut w, "c:smooth", "0")?;
        dicht(&mut w, "c:ser")?;
    }
    waarde(&mut w, "c:axId", "5001")?;
    waarde(&mut w, "c:axId", "5002")?;
    dicht(&mut w, "c:scatterChart")?;
    let bereik = xs_alle
        .iter()
        .copied()
        .filter(|x| x.is_finite())
        .fold(None, |b: Option<(f64, f64)>, x| {
            Some(b.map_or((x, x), |(l, h)| (l.min(x), h.max(x))))
        })
        .map(|(l, h)| (l.floor(), h.ceil().max(l.floor() + 1.0)));
    as_(&mut w, "5001", "5002", "b", &g.x_titel, bereik)?;
    as_(&mut w, "5002", "5001", "l", &g.y_titel, None)?;
    dicht(&mut w, "c:plotArea")?;
    open(&mut w, "c:legend")?;
    waarde(&mut w, "c:legendPos", "b")?;
    waarde(&mut w, "c:overlay", "0")?;
    dicht(&mut w, "c:legend")?;
    waarde(&mut w, "c:plotVisOnly", "1")?;
    waarde(&mut w, "c:dispBlanksAs", "gap")?;
    dicht(&mut w, "c:chart")?;
    dicht(&mut w, "c:chartSpace")?;
    Ok(w.into_inner())
}

fn leeg_pt(w: &mut W, tekst: &str) -> std::io::Result<()> {
    let mut pt = BytesStart::new("c:pt");
    pt.push_attribute(("idx", "0"));
    w.write_event(Event::Start(pt))?;
    tekst_element(w, "c:v", tekst)?;
    dicht(w, "c:pt")
}

/// The relationship id of chart `n` (from 1).
fn relatie_id(n: usize) -> String {
    format!("rIdGrafiek{n}")
}

/// The text a paragraph holds where chart `n` (from 1) is to stand; [`voeg_toe`] replaces the
/// run holding it by the chart.
pub(crate) fn plaatshouder(n: usize) -> String {
    format!("\u{2063}GRAFIEK-{n}\u{2063}")
}

/// The run that shows chart `n` inline, 16 by 8 cm, with its title as alternative text.
fn tekening(n: usize, beschrijving: &str) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::with_capacity(1024));
    open(&mut w, "w:r")?;
    open(&mut w, "w:drawing")?;
    let mut inline = BytesStart::new("wp:inline");
    inline.push_attribute(("xmlns:wp", WP));
    for a in ["distT", "distB", "distL", "distR"] {
        inline.push_attribute((a, "0"));
    }
    w.write_event(Event::Start(inline))?;
    leeg(&mut w, "wp:extent", &[("cx", "5760000"), ("cy", "2880000")])?;
    leeg(
        &mut w,
        "wp:effectExtent",
        &[("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")],
    )?;
    let id = (1000 + n).to_string();
    let naam = format!("Grafiek {n}");
    leeg(
        &mut w,
        "wp:docPr",
        &[
            ("id", id.as_str()),
            ("name", naam.as_str()),
            ("descr", beschrijving),
        ],
    )?;
    leeg(&mut w, "wp:cNvGraphicFramePr", &[])?;
    let mut graphic = BytesStart::new("a:graphic");
    graphic.push_attribute(("xmlns:a", A));
    w.write_event(Event::Start(graphic))?;
    let mut data = BytesStart::new("a:graphicData");
    data.push_attribute(("uri", C));
    w.write_event(Event::Start(data))?;
    let rid = relatie_id(n);
    leeg(
        &mut w,
        "c:chart",
        &[("xmlns:c", C), ("xmlns:r", R), ("r:id", rid.as_str())],
    )?;
    dicht(&mut w, "a:graphicData")?;
    dicht(&mut w, "a:graphic")?;
    dicht(&mut w, "wp:inline")?;
    dicht(&mut w, "w:drawing")?;
    dicht(&mut w, "w:r")?;
    Ok(w.into_inner())
}

/// Puts `nieuw` into `xml` before the last occurrence of `voor` (a closing tag).
fn voeg_in_voor(xml: &[u8], voor: &[u8], nieuw: &[u8]) -> std::io::Result<Vec<u8>> {
    let plek = memchr::memmem::rfind(xml, voor)
        .ok_or_else(|| std::io::Error::other("afsluitend element niet gevonden"))?;
    let mut uit = Vec::with_capacity(xml.len() + nieuw.len());
    uit.extend_from_slice(&xml[..plek]);
    uit.extend_from_slice(nieuw);
    uit.extend_from_slice(&xml[plek..]);
    Ok(uit)
}

/// Adds the charts to a package docx-rs built: each placeholder run in the body replaced by its
/// chart's drawing, a relationship and a content type per chart; returns the chart parts to add
/// to the zip ([`pak_in`]).
pub(crate) fn voeg_toe(
    xml: &mut docx_rs::XMLDocx,
    grafieken: &[Grafiek],
) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut delen = Vec::with_capacity(grafieken.len());
    let mut relaties = Writer::new(Vec::new());
    let mut soorten = Writer::new(Vec::new());
    for (i, g) in grafieken.iter().enumerate() {
        let n = i + 1;
        let teken = plaatshouder(n);
        // A substring search (`memmem`), not a compare at every byte: the body is searched once
        // per chart.
        let plek = memchr::memmem::find(&xml.document, teken.as_bytes()).ok_or_else(|| {
            std::io::Error::other(format!("plaats van grafiek {n} niet gevonden"))
        })?;
        let begin = memchr::memmem::rfind(&xml.document[..plek], b"<w:r>")
            .ok_or_else(|| std::io::Error::other("geen w:r rond de grafiek"))?;
        let eind = memchr::memmem::find(&xml.document[plek..], b"</w:r>")
            .ok_or_else(|| std::io::Error::other("geen einde van w:r rond de grafiek"))?
            + plek
            + 6;
        let run = tekening(n, &g.titel)?;
        xml.document.splice(begin..eind, run);
        let doel = format!("charts/chart{n}.xml");
        let id = relatie_id(n);
        leeg(
            &mut relaties,
            "Relationship",
            &[
                ("Id", id.as_str()),
                ("Type", RELATIE),
                ("Target", doel.as_str()),
            ],
        )?;
        let deel = format!("/word/charts/chart{n}.xml");
        leeg(
            &mut soorten,
            "Override",
            &[("PartName", deel.as_str()), ("ContentType", INHOUDSSOORT)],
        )?;
        delen.push((format!("word/charts/chart{n}.xml"), grafiek_xml(g)?));
    }
    xml.document_rels = voeg_in_voor(
        &xml.document_rels,
        b"</Relationships>",
        &relaties.into_inner(),
    )?;
    xml.content_type = voeg_in_voor(&xml.content_type, b"</Types>", &soorten.into_inner())?;
    Ok(delen)
}

/// Appends the chart parts to the packed zip, stored as docx-rs stores the other parts: a
/// deflate stream per small part cost more than the rest of the report together.
pub(crate) fn pak_in(zip: Vec<u8>, delen: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut schrijver = zip::ZipWriter::new_append(Cursor::new(zip))?;
    let opties =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (naam, inhoud) in delen {
        schrijver.start_file(naam.as_str(), opties)?;
        schrijver.write_all(inhoud)?;
    }
    Ok(schrijver.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kolommen_als_in_een_rekenblad() {
        assert_eq!(kolom(0), "A");
        assert_eq!(kolom(25), "Z");
        assert_eq!(kolom(26), "AA");
        assert_eq!(kolom(27), "AB");
    }

    #[test]
    fn de_grafiek_draagt_haar_waarden() {
        let g = Grafiek {
            titel: "Woninginbraken <&>".into(),
            x_titel: "jaar".into(),
            y_titel: "aantal".into(),
            reeksen: vec![Reeks {
                naam: "gemeten".into(),
                punten: vec![(2023.0, 96.0), (2024.5, 91.25)],
                stijl: Stijl::Gemeten,
            }],
        };
        let xml = String::from_utf8(grafiek_xml(&g).expect("xml")).expect("utf-8");
        assert!(xml.contains("<c:v>91.25</c:v>"), "{xml}");
        assert!(xml.contains("<c:f>Blad1!$A$2:$A$3</c:f>"), "{xml}");
        assert!(xml.contains("Woninginbraken &lt;&amp;&gt;"), "{xml}");
        assert!(xml.contains("<c:scatterStyle val=\"lineMarker\"/>"));
    }
}
