//! The stand of a plan as a Word file: the dashboard on page 1 (statuses as shaded cells with
//! their word), then per priority every indicator with a native chart (a DrawingML chart part,
//! values cached, so Word and LibreOffice draw it and it can be restyled) and its figures as a
//! table, and the measures.

use std::io::Cursor;

use docx_rs::{
    BreakType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, Shading, ShdType, Style,
    StyleType, Table, TableCell, TableRow, WidthType,
};
use strum::VariantArray;

use super::bouw::{getal, IndicatorStand, Voortgang};
use super::markdown::{maatregelen_tekst, titel};
use super::status::IndicatorStatus;
use crate::document::MaatregelStatus;
use crate::uitvoer::docx::grafiek::{self, Grafiek, Reeks, Stijl};
use crate::uitvoer::docx::{WordFout, WordFoutSoort};

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

fn alinea(tekst: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(tekst))
}

fn kop(niveau: usize, tekst: &str) -> Paragraph {
    let stijl = ["Heading1", "Heading2"]
        .get(niveau.saturating_sub(1))
        .copied()
        .unwrap_or("Heading2");
    Paragraph::new()
        .style(stijl)
        .add_run(Run::new().add_text(tekst))
}

fn cel(tekst: &str) -> TableCell {
    TableCell::new().add_paragraph(alinea(tekst))
}

fn kopcel(tekst: &str) -> TableCell {
    TableCell::new()
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(tekst).bold()))
        .shading(Shading::new().shd_type(ShdType::Clear).fill("D9E2F3"))
}

fn statuscel(s: IndicatorStatus, naam: Option<&str>) -> TableCell {
    let mut p = Paragraph::new();
    if let Some(naam) = naam {
        p = p.add_run(Run::new().add_text(format!("{naam}: ")));
    }
    p = p.add_run(Run::new().add_text(s.als_tekst().to_uppercase()).bold());
    TableCell::new()
        .add_paragraph(p)
        .shading(Shading::new().shd_type(ShdType::Clear).fill(kleur(s)))
}

fn tabel(kop: &[&str], rijen: Vec<Vec<TableCell>>) -> Table {
    let mut alle = vec![TableRow::new(kop.iter().map(|k| kopcel(k)).collect())];
    alle.extend(rijen.into_iter().map(TableRow::new));
    Table::new(alle).width(9638, WidthType::Dxa)
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
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(Run::new().add_text(titel(v))),
    );
    let mut regel = format!("Gemeente(n): {}.", v.gemeenten.join(", "));
    if let Some(p) = &v.rapportageperiode {
        regel.push_str(&format!(" Periode ({}): {} t/m {}.", p.soort, p.van, p.tot));
    }
    if let Some(j) = v.uitvoeringsplan {
        regel.push_str(&format!(" Uitvoeringsplan {j}."));
    }
    docx = docx.add_paragraph(alinea(&regel));

    // Page 1: the dashboard.
    docx = docx.add_paragraph(kop(1, "Dashboard"));
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
    let rijen = v
        .prioriteiten
        .iter()
        .map(|p| {
            let mut rij = vec![cel(&p.naam)];
            for i in 0..breedte {
                rij.push(match p.indicatoren.get(i) {
                    Some(ind) => statuscel(ind.status, Some(&ind.naam)),
                    None => cel(""),
                });
            }
            rij.push(cel(&maatregelen_tekst(&p.maatregelen_per_status)));
            rij
        })
        .collect();
    docx = docx.add_table(tabel(&koppen_ref, rijen));
    docx = docx.add_paragraph(alinea(""));
    let rijen = IndicatorStatus::VARIANTS
        .iter()
        .map(|s| {
            let n = v
                .indicatoren_per_status
                .get(s.sleutel())
                .copied()
                .unwrap_or(0);
            vec![statuscel(*s, None), cel(&n.to_string())]
        })
        .collect();
    docx = docx.add_table(tabel(&["Effectindicatoren", "Aantal"], rijen));
    docx = docx.add_paragraph(alinea(""));
    let mut rijen: Vec<Vec<TableCell>> = MaatregelStatus::VARIANTS
        .iter()
        .map(|s| {
            let n = v
                .maatregelen_per_status
                .get(s.sleutel())
                .copied()
                .unwrap_or(0);
            vec![cel(s.als_tekst()), cel(&n.to_string())]
        })
        .collect();
    let n = v
        .maatregelen_per_status
        .get("onbekend")
        .copied()
        .unwrap_or(0);
    rijen.push(vec![cel("geen stand gemeld"), cel(&n.to_string())]);
    docx = docx.add_table(tabel(&["Maatregelen", "Aantal"], rijen));

    // Per priority.
    let mut grafieken = Vec::new();
    for p in &v.prioriteiten {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_break(BreakType::Page))
                .style("Heading1")
                .add_run(Run::new().add_text(&p.naam)),
        );
        for ind in &p.indicatoren {
            docx = docx.add_paragraph(kop(
                2,
                &format!("{}: {}", ind.naam, ind.status.als_tekst().to_uppercase()),
            ));
            docx = docx.add_paragraph(alinea(&format!("{}.", ind.reden)));
            if ind.segmenten.iter().any(|s| !s.punten.is_empty()) || ind.nulmeting.is_some() {
                grafieken.push(grafiek_van(ind));
                docx = docx.add_paragraph(alinea(&grafiek::plaatshouder(grafieken.len())));
                let mut rijen = Vec::new();
                if let Some(n) = ind.nulmeting {
                    rijen.push(vec![
                        cel(&format!("nulmeting {}", n.jaar)),
                        cel(&getal(n.waarde)),
                        cel(""),
                        cel("IVP"),
                    ]);
                }
                for s in &ind.segmenten {
                    if let Some(b) = &s.breuk {
                        rijen.push(vec![cel("breuk"), cel(""), cel(""), cel(&b.reden)]);
                    }
                    for pt in &s.punten {
                        rijen.push(vec![
                            cel(&pt.datum.to_string()),
                            cel(&getal(pt.waarde)),
                            cel(&pt
                                .marge
                                .map(|m| format!("± {}", getal(m)))
                                .unwrap_or_default()),
                            cel(pt.bron.as_ref().map_or(pt.herkomst, |b| b.als_str())),
                        ]);
                    }
                }
                if let Some(s) = ind.streefwaarde {
                    rijen.push(vec![
                        cel(&format!("streefwaarde {}", s.jaar)),
                        cel(&getal(s.waarde)),
                        cel(""),
                        cel("IVP"),
                    ]);
                }
                docx = docx.add_table(tabel(&["Datum", "Waarde", "Marge", "Bron"], rijen));
            }
        }
        if !p.maatregelen.is_empty() {
            docx = docx.add_paragraph(kop(2, "Maatregelen"));
            let rijen = p
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
                        cel(&m.maatregel),
                        cel(&stand),
                        cel(&m.gereed_voor.map(|d| d.to_string()).unwrap_or_default()),
                        cel(m.toelichting.as_deref().unwrap_or_default()),
                    ]
                })
                .collect();
            docx = docx.add_table(tabel(
                &["Maatregel", "Stand", "Gereed voor", "Toelichting"],
                rijen,
            ));
        }
    }
    if !v.onbekende_indicatoren.is_empty() || !v.onbekende_maatregelen.is_empty() {
        docx = docx.add_paragraph(kop(1, "Niet in het plan"));
        for naam in &v.onbekende_indicatoren {
            docx = docx.add_paragraph(alinea(&format!(
                "Indicator \"{naam}\" staat niet in het IVP."
            )));
        }
        for m in &v.onbekende_maatregelen {
            docx = docx.add_paragraph(alinea(&format!(
                "Maatregel \"{}\" staat niet in het uitvoeringsplan.",
                m.maatregel
            )));
        }
    }
    let mut xml = docx.build();
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
