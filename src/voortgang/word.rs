//! The stand of a plan as a Word file: the dashboard on page 1 (statuses as shaded cells with
//! their word), then per priority every indicator with a native chart (a DrawingML chart part,
//! values cached, so Word and LibreOffice draw it and it can be restyled) and its figures as a
//! table, and the measures.

use std::borrow::Cow;
use std::io::Cursor;

use docx_rs::{Docx, LineSpacing, PageMargin, RunFonts, Style, StyleType};
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use strum::VariantArray;

use super::bouw::{getal, IndicatorStand, Voortgang};
use super::markdown::{maatregelen_tekst, titel};
use super::status::IndicatorStatus;
use crate::document::MaatregelStatus;
use crate::uitvoer::docx::grafiek::{self, Grafiek, Reeks, Stijl};
use crate::uitvoer::docx::{WordFout, WordFoutSoort};
use crate::uitvoer::opmaak::veilig;

/// The fill of a status cell: the same colours as the HTML page.
fn kleur(s: IndicatorStatus) -> &'static str {
    match s {
        IndicatorStatus::Bereikt => "B7E1C1",
        IndicatorStatus::OpKoers => "DCEFD5",
        IndicatorStatus::Achter => "FFE8A3",
        IndicatorStatus::VerkeerdeKantOp => "F6C6C6",
        IndicatorStatus::GeenGegevens => "E4E4E4",
    }
}

/// The fill of a table's header row.
const KOPKLEUR: &str = "D9E2F3";
/// The width of every table: the text width of an A4 page with 2 cm margins, in twips.
const TABELBREEDTE: usize = 9638;

/// A run of text, bold or not.
struct Stuk<'a> {
    tekst: Cow<'a, str>,
    vet: bool,
}

fn stuk<'a>(tekst: impl Into<Cow<'a, str>>) -> Stuk<'a> {
    Stuk {
        tekst: tekst.into(),
        vet: false,
    }
}

fn vet<'a>(tekst: impl Into<Cow<'a, str>>) -> Stuk<'a> {
    Stuk {
        tekst: tekst.into(),
        vet: true,
    }
}

/// A table cell: its runs and its fill.
struct Cel<'a> {
    stukken: Vec<Stuk<'a>>,
    vulling: Option<&'static str>,
}

fn cel<'a>(tekst: impl Into<Cow<'a, str>>) -> Cel<'a> {
    Cel {
        stukken: vec![stuk(tekst)],
        vulling: None,
    }
}

fn statuscel(s: IndicatorStatus, naam: Option<&str>) -> Cel<'_> {
    let mut stukken = Vec::with_capacity(2);
    if let Some(naam) = naam {
        stukken.push(stuk(format!("{naam}: ")));
    }
    stukken.push(vet(s.als_tekst().to_uppercase()));
    Cel {
        stukken,
        vulling: Some(kleur(s)),
    }
}

/// The body of the document, written once in document order as WordprocessingML (quick-xml
/// escapes the text), as the crate's document writer does: building it through docx-rs's typed
/// elements cost several times reading the report's inputs.
struct Lichaam {
    w: Writer<Vec<u8>>,
}

impl Lichaam {
    fn new() -> Self {
        Lichaam {
            w: Writer::new(Vec::with_capacity(64 * 1024)),
        }
    }

    fn leeg(&mut self, naam: &str, attributen: &[(&str, &str)]) -> std::io::Result<()> {
        let mut e = BytesStart::new(naam);
        for a in attributen {
            e.push_attribute(*a);
        }
        self.w.write_event(Event::Empty(e))
    }

    fn open(&mut self, naam: &str) -> std::io::Result<()> {
        self.w.write_event(Event::Start(BytesStart::new(naam)))
    }

    fn dicht(&mut self, naam: &str) -> std::io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(naam)))
    }

    /// A run: `<w:r>` without attributes, which the chart placeholders rely on.
    fn run(&mut self, s: &Stuk<'_>) -> std::io::Result<()> {
        self.open("w:r")?;
        if s.vet {
            self.open("w:rPr")?;
            self.leeg("w:b", &[])?;
            self.dicht("w:rPr")?;
        }
        self.w.write_event(Event::Start(
            BytesStart::new("w:t").with_attributes([("xml:space", "preserve")]),
        ))?;
        self.w
            .write_event(Event::Text(BytesText::new(&veilig(&s.tekst))))?;
        self.dicht("w:t")?;
        self.dicht("w:r")
    }

    /// A paragraph in a style, after a page break where asked.
    fn alinea(
        &mut self,
        stijl: Option<&str>,
        nieuwe_pagina: bool,
        stukken: &[Stuk<'_>],
    ) -> std::io::Result<()> {
        self.open("w:p")?;
        if let Some(stijl) = stijl {
            self.open("w:pPr")?;
            self.leeg("w:pStyle", &[("w:val", stijl)])?;
            self.dicht("w:pPr")?;
        }
        if nieuwe_pagina {
            self.open("w:r")?;
            self.leeg("w:br", &[("w:type", "page")])?;
            self.dicht("w:r")?;
        }
        for s in stukken {
            self.run(s)?;
        }
        self.dicht("w:p")
    }

    fn tekst(&mut self, tekst: &str) -> std::io::Result<()> {
        self.alinea(None, false, &[stuk(tekst)])
    }

    fn kop(&mut self, niveau: usize, tekst: &str) -> std::io::Result<()> {
        let stijl = ["Heading1", "Heading2"]
            .get(niveau.saturating_sub(1))
            .copied()
            .unwrap_or("Heading2");
        self.alinea(Some(stijl), false, &[stuk(tekst)])
    }

    fn cel(&mut self, c: &Cel<'_>, breedte: &str) -> std::io::Result<()> {
        self.open("w:tc")?;
        self.open("w:tcPr")?;
        self.leeg("w:tcW", &[("w:w", breedte), ("w:type", "dxa")])?;
        if let Some(fill) = c.vulling {
            self.leeg(
                "w:shd",
                &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)],
            )?;
        }
        self.dicht("w:tcPr")?;
        self.alinea(None, false, &c.stukken)?;
        self.dicht("w:tc")
    }

    /// A table over the text width: a shaded header row (repeated on each page), then the rows.
    fn tabel(&mut self, kop: &[&str], rijen: &[Vec<Cel<'_>>]) -> std::io::Result<()> {
        let kolommen = kop
            .len()
            .max(rijen.iter().map(Vec::len).max().unwrap_or(0))
            .max(1);
        let breedte = (TABELBREEDTE / kolommen).to_string();
        self.open("w:tbl")?;
        self.open("w:tblPr")?;
        let totaal = TABELBREEDTE.to_string();
        self.leeg("w:tblW", &[("w:w", &totaal), ("w:type", "dxa")])?;
        self.open("w:tblBorders")?;
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
                    ("w:sz", "2"),
                    ("w:space", "0"),
                    ("w:color", "000000"),
                ],
            )?;
        }
        self.dicht("w:tblBorders")?;
        self.dicht("w:tblPr")?;
        self.open("w:tblGrid")?;
        for _ in 0..kolommen {
            self.leeg("w:gridCol", &[("w:w", &breedte)])?;
        }
        self.dicht("w:tblGrid")?;
        self.open("w:tr")?;
        self.open("w:trPr")?;
        self.leeg("w:tblHeader", &[])?;
        self.dicht("w:trPr")?;
        for k in kop {
            self.cel(
                &Cel {
                    stukken: vec![vet(*k)],
                    vulling: Some(KOPKLEUR),
                },
                &breedte,
            )?;
        }
        self.dicht("w:tr")?;
        for rij in rijen {
            self.open("w:tr")?;
            for c in rij {
                self.cel(c, &breedte)?;
            }
            self.dicht("w:tr")?;
        }
        self.dicht("w:tbl")
    }
}

/// The chart of one indicator: each piece of the series its own series, nulmeting and
/// streefwaarde as markers, the path between them dashed.
fn grafiek_van(ind: &IndicatorStand) -> Grafiek {
    let jaar = |j: i32| f64::from(j) + 1.0;
    let mut reeksen = Vec::new();
    for (i, s) in ind.segmenten.iter().enumerate() {
        let naam = match (&s.breuk, i) {
            (Some(b), _) => format!("gemeten na breuk ({})", b.datum),
            (None, 0) => "gemeten".to_owned(),
            (None, _) => format!("gemeten, deel {}", i + 1),
        };
        reeksen.push(Reeks {
            naam,
            punten: s.punten.iter().map(|p| (p.tijd, p.waarde)).collect(),
            stijl: Stijl::Gemeten,
        });
    }
    if let (Some(n), Some(s)) = (ind.nulmeting, ind.streefwaarde) {
        reeksen.push(Reeks {
            naam: "pad naar de streefwaarde".to_owned(),
            punten: vec![(jaar(n.jaar), n.waarde), (jaar(s.jaar), s.waarde)],
            stijl: Stijl::Pad,
        });
    }
    if let Some(n) = ind.nulmeting {
        reeksen.push(Reeks {
            naam: format!("nulmeting {}", n.jaar),
            punten: vec![(jaar(n.jaar), n.waarde)],
            stijl: Stijl::Nulmeting,
        });
    }
    if let Some(s) = ind.streefwaarde {
        reeksen.push(Reeks {
            naam: format!("streefwaarde {}", s.jaar),
            punten: vec![(jaar(s.jaar), s.waarde)],
            stijl: Stijl::Streefwaarde,
        });
    }
    Grafiek {
        titel: format!("{}: {}", ind.naam, ind.status.als_tekst()),
        x_titel: "tijd (een jaarcijfer staat op 31 december van zijn jaar)".to_owned(),
        y_titel: ind.eenheid.clone().unwrap_or_else(|| "waarde".to_owned()),
        reeksen,
    }
}

fn stijlen() -> Vec<Style> {
    let kop = |id: &str, naam: &str, niveau: usize, grootte: usize| {
        let mut s = Style::new(id, StyleType::Paragraph)
            .name(naam)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .outline_lvl(niveau)
            .bold()
            .size(grootte)
            .color("1F3864")
            .line_spacing(LineSpacing::new().before(240).after(80));
        s.paragraph_property = s.paragraph_property.keep_next(true);
        s
    };
    vec![
        kop("Title", "Title", 0, 40),
        kop("Heading1", "heading 1", 0, 32),
        kop("Heading2", "heading 2", 1, 26),
    ]
}

/// Writes the stand of a plan as a .docx file with native charts.
///
/// # Errors
///
/// A [`WordFout`] of kind [`WordFoutSoort::Schrijven`] when the package cannot be put together.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{Ivp, Periode};
/// use kernbeleid::voortgang::{naar_docx, voortgang, Invoer};
///
/// let ivp = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026)?);
/// let peildatum = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("datum")?;
/// let bytes = naar_docx(&voortgang(&Invoer::new(&ivp, peildatum)))?;
/// assert!(bytes.starts_with(b"PK"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn naar_docx(v: &Voortgang) -> Result<Vec<u8>, WordFout> {
    let fout = |bericht: String| WordFout::new(WordFoutSoort::Schrijven, "", bericht);
    let mut grafieken = Vec::new();
    let lichaam = lichaam(v, &mut grafieken)
        .map_err(|e| fout(format!("kan de tekst van het document niet schrijven: {e}")))?;
    // docx-rs builds the package around an empty body: page, fonts, styles.
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
                .cs("Calibri"),
        )
        .default_size(21);
    for s in stijlen() {
        docx = docx.add_style(s);
    }
    let mut xml = docx.build();
    let plek = memchr::memmem::find(&xml.document, b"<w:body>")
        .ok_or_else(|| fout("docx-rs schreef geen w:body".to_owned()))?
        + b"<w:body>".len();
    xml.document.splice(plek..plek, lichaam);
    let delen = grafiek::voeg_toe(&mut xml, &grafieken)
        .map_err(|e| fout(format!("kan de grafieken niet invoegen: {e}")))?;
    let mut uit = Cursor::new(Vec::with_capacity(xml.document.len() + 32 * 1024));
    xml.pack(&mut uit)
        .map_err(|e| fout(format!("kan het zip-archief niet schrijven: {e}")))?;
    grafiek::pak_in(uit.into_inner(), &delen).map_err(|e| {
        fout(format!(
            "kan de grafieken niet in het zip-archief zetten: {e}"
        ))
    })
}

/// The body: the dashboard on page 1, then per priority its indicators (each with a chart
/// placeholder, filled in by [`grafiek::voeg_toe`], and its figures) and measures.
fn lichaam(v: &Voortgang, grafieken: &mut Vec<Grafiek>) -> std::io::Result<Vec<u8>> {
    let mut b = Lichaam::new();
    b.alinea(Some("Title"), false, &[stuk(titel(v))])?;
    let mut regel = format!("Gemeente(n): {}.", v.gemeenten.join(", "));
    if let Some(p) = &v.rapportageperiode {
        regel.push_str(&format!(" Periode ({}): {} t/m {}.", p.soort, p.van, p.tot));
    }
    if let Some(j) = v.uitvoeringsplan {
        regel.push_str(&format!(" Uitvoeringsplan {j}."));
    }
    b.tekst(&regel)?;

    // Page 1: the dashboard.
    b.kop(1, "Dashboard")?;
    let breedte = v
        .prioriteiten
        .iter()
        .map(|p| p.indicatoren.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut koppen = vec!["Prioriteit".to_owned()];
    koppen.extend((1..=breedte).map(|i| format!("Indicator {i}")));
    koppen.push("Maatregelen".to_owned());
    let koppen_ref: Vec<&str> = koppen.iter().map(String::as_str).collect();
    let rijen: Vec<Vec<Cel<'_>>> = v
        .prioriteiten
        .iter()
        .map(|p| {
            let mut rij = vec![cel(p.naam.as_str())];
            for i in 0..breedte {
                rij.push(match p.indicatoren.get(i) {
                    Some(ind) => statuscel(ind.status, Some(&ind.naam)),
                    None => cel(""),
                });
            }
            rij.push(cel(maatregelen_tekst(&p.maatregelen_per_status)));
            rij
        })
        .collect();
    b.tabel(&koppen_ref, &rijen)?;
    b.tekst("")?;
    let rijen: Vec<Vec<Cel<'_>>> = IndicatorStatus::VARIANTS
        .iter()
        .map(|s| {
            let n = v
                .indicatoren_per_status
                .get(s.sleutel())
                .copied()
                .unwrap_or(0);
            vec![statuscel(*s, None), cel(n.to_string())]
        })
        .collect();
    b.tabel(&["Effectindicatoren", "Aantal"], &rijen)?;
    b.tekst("")?;
    let mut rijen: Vec<Vec<Cel<'_>>> = MaatregelStatus::VARIANTS
        .iter()
        .map(|s| {
            let n = v
                .maatregelen_per_status
                .get(s.sleutel())
                .copied()
                .unwrap_or(0);
            vec![cel(s.als_tekst()), cel(n.to_string())]
        })
        .collect();
    let n = v
        .maatregelen_per_status
        .get("onbekend")
        .copied()
        .unwrap_or(0);
    rijen.push(vec![cel("geen stand gemeld"), cel(n.to_string())]);
    b.tabel(&["Maatregelen", "Aantal"], &rijen)?;

    // Per priority.
    for p in &v.prioriteiten {
        b.alinea(Some("Heading1"), true, &[stuk(p.naam.as_str())])?;
        for ind in &p.indicatoren {
            b.kop(
                2,
                &format!("{}: {}", ind.naam, ind.status.als_tekst().to_uppercase()),
            )?;
            b.tekst(&format!("{}.", ind.reden))?;
            if ind.segmenten.iter().any(|s| !s.punten.is_empty()) || ind.nulmeting.is_some() {
                grafieken.push(grafiek_van(ind));
                b.tekst(&grafiek::plaatshouder(grafieken.len()))?;
                let mut rijen: Vec<Vec<Cel<'_>>> = Vec::new();
                if let Some(n) = ind.nulmeting {
                    rijen.push(vec![
                        cel(format!("nulmeting {}", n.jaar)),
                        cel(getal(n.waarde)),
                        cel(""),
                        cel("IVP"),
                    ]);
                }
                for s in &ind.segmenten {
                    if let Some(br) = &s.breuk {
                        rijen.push(vec![cel("breuk"), cel(""), cel(""), cel(br.reden.as_str())]);
                    }
                    for pt in &s.punten {
                        rijen.push(vec![
                            cel(pt.datum.to_string()),
                            cel(getal(pt.waarde)),
                            cel(pt
                                .marge
                                .map(|m| format!("± {}", getal(m)))
                                .unwrap_or_default()),
                            cel(pt.bron.as_ref().map_or(pt.herkomst, |b| b.als_str())),
                        ]);
                    }
                }
                if let Some(s) = ind.streefwaarde {
                    rijen.push(vec![
                        cel(format!("streefwaarde {}", s.jaar)),
                        cel(getal(s.waarde)),
                        cel(""),
                        cel("IVP"),
                    ]);
                }
                b.tabel(&["Datum", "Waarde", "Marge", "Bron"], &rijen)?;
            }
        }
        if !p.maatregelen.is_empty() {
            b.kop(2, "Maatregelen")?;
            let rijen: Vec<Vec<Cel<'_>>> = p
                .maatregelen
                .iter()
                .map(|m| {
                    let mut stand = m
                        .status
                        .map_or("geen stand gemeld", MaatregelStatus::als_tekst)
                        .to_owned();
                    if m.over_tijd {
                        stand.push_str(" (over tijd)");
                    }
                    vec![
                        cel(m.maatregel.as_str()),
                        cel(stand),
                        cel(m.gereed_voor.map(|d| d.to_string()).unwrap_or_default()),
                        cel(m.toelichting.as_deref().unwrap_or_default()),
                    ]
                })
                .collect();
            b.tabel(
                &["Maatregel", "Stand", "Gereed voor", "Toelichting"],
                &rijen,
            )?;
        }
    }
    if !v.onbekende_indicatoren.is_empty() || !v.onbekende_maatregelen.is_empty() {
        b.kop(1, "Niet in het plan")?;
        for naam in &v.onbekende_indicatoren {
            b.tekst(&format!("Indicator \"{naam}\" staat niet in het IVP."))?;
        }
        for m in &v.onbekende_maatregelen {
            b.tekst(&format!(
                "Maatregel \"{}\" staat niet in het uitvoeringsplan.",
                m.maatregel
            ))?;
        }
    }
    Ok(b.w.into_inner())
}
