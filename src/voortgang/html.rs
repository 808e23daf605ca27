//! The stand of a plan as one self-contained, printable HTML page: the dashboard first, then per
//! priority every indicator with its chart (inline SVG) and, beside it, the same figures as a
//! table.
//!
//! The charts are drawn by hand as SVG: what they draw is one line chart per indicator (the
//! measured pieces of the series, the nulmeting, the streefwaarde and the dashed path between),
//! some sixty lines of drawing; a chart crate (plotters, charts-rs) would bring its own text
//! layout and assets and still not write the `<title>` and `<desc>` a screen reader needs.

use core::fmt::Write as _;

use crate::uitvoer::html::escape;
use strum::VariantArray;

use super::bouw::{getal, IndicatorStand, Voortgang};
use super::markdown::{maatregelen_tekst, titel};
use super::status::IndicatorStatus;
use crate::document::MaatregelStatus;

const STIJL: &str = r#"
:root { color-scheme: light; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.45;
  color: #1b1b1b; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1, h2, h3 { color: #1f3864; line-height: 1.2; }
h1 { font-size: 1.8rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 1px solid #8eaadb; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
table { border-collapse: collapse; margin: .3rem 0 1.2rem; font-size: .9rem; }
caption { text-align: left; font-style: italic; color: #44546a; padding-bottom: .25rem; }
th, td { border: 1px solid #8eaadb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #d9e2f3; }
.status { font-weight: bold; white-space: nowrap; }
.bereikt { background: #b7e1c1; }
.op_koers { background: #dcefd5; }
.achter { background: #ffe8a3; }
.verkeerde_kant_op { background: #f6c6c6; }
.geen_gegevens { background: #e4e4e4; }
.indicator { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.indicator svg { flex: 0 0 auto; max-width: 100%; height: auto; }
.reden { font-size: .9rem; color: #333; }
@page { size: A4; margin: 1.6cm; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  h2 { break-before: page; page-break-before: always; }
  .dashboard { break-after: page; page-break-after: always; }
  .indicator, table, tr { break-inside: avoid; page-break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// A sign that goes with the colour, so that a grid printed in grey still says it twice.
fn teken(s: IndicatorStatus) -> &'static str {
    match s {
        IndicatorStatus::Bereikt => "✔",
        IndicatorStatus::OpKoers => "↗",
        IndicatorStatus::Achter => "!",
        IndicatorStatus::VerkeerdeKantOp => "✘",
        IndicatorStatus::GeenGegevens => "–",
    }
}

fn tekst(uit: &mut String, t: &str) {
    escape(uit, t);
}

/// A status as a cell: its colour (a class), its sign and its word.
fn statuscel(uit: &mut String, s: IndicatorStatus, naam: Option<&str>) {
    let _ = write!(uit, "<td class=\"status {}\">", s.sleutel());
    if let Some(naam) = naam {
        tekst(uit, naam);
        uit.push_str(": ");
    }
    let _ = write!(uit, "{} {}</td>", teken(s), s.als_tekst().to_uppercase());
}

/// Renders the stand of a plan as one self-contained HTML page.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{Ivp, Periode};
/// use kernbeleid::voortgang::{naar_html, voortgang, Invoer};
///
/// let ivp = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026)?);
/// let peildatum = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("datum")?;
/// let pagina = naar_html(&voortgang(&Invoer::new(&ivp, peildatum)));
/// assert!(pagina.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn naar_html(v: &Voortgang) -> String {
    let mut uit = String::with_capacity(16 * 1024);
    let kop = titel(v);
    uit.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    uit.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    tekst(&mut uit, &kop);
    let _ = write!(
        uit,
        "</title>\n<style>{STIJL}</style>\n</head>\n<body>\n<h1>"
    );
    tekst(&mut uit, &kop);
    uit.push_str("</h1>\n<p>Gemeente(n): ");
    tekst(&mut uit, &v.gemeenten.join(", "));
    uit.push('.');
    if let Some(p) = &v.rapportageperiode {
        let _ = write!(uit, " Periode ({}): {} t/m {}.", p.soort, p.van, p.tot);
    }
    if let Some(jaar) = v.uitvoeringsplan {
        let _ = write!(uit, " Uitvoeringsplan {jaar}.");
    }
    uit.push_str("</p>\n");
    dashboard(&mut uit, v);
    for (pi, p) in v.prioriteiten.iter().enumerate() {
        uit.push_str("<h2>");
        tekst(&mut uit, &p.naam);
        uit.push_str("</h2>\n");
        for (ii, ind) in p.indicatoren.iter().enumerate() {
            indicator(&mut uit, ind, &format!("g{pi}-{ii}"));
        }
        if !p.maatregelen.is_empty() {
            uit.push_str("<table>\n<caption>Maatregelen van ");
            tekst(&mut uit, &p.naam);
            uit.push_str(
                "</caption>\n<thead><tr><th scope=\"col\">Maatregel</th><th scope=\"col\">Stand</th>\
                 <th scope=\"col\">Gereed voor</th><th scope=\"col\">Toelichting</th></tr></thead>\n<tbody>\n",
            );
            for m in &p.maatregelen {
                uit.push_str("<tr><th scope=\"row\">");
                tekst(&mut uit, &m.maatregel);
                uit.push_str("</th><td>");
                uit.push_str(
                    m.status
                        .map_or("geen stand gemeld", MaatregelStatus::als_tekst),
                );
                if m.over_tijd {
                    uit.push_str(" (over tijd)");
                }
                uit.push_str("</td><td>");
                if let Some(d) = m.gereed_voor {
                    let _ = write!(uit, "{d}");
                }
                uit.push_str("</td><td>");
                tekst(&mut uit, m.toelichting.as_deref().unwrap_or_default());
                uit.push_str("</td></tr>\n");
            }
            uit.push_str("</tbody>\n</table>\n");
        }
    }
    if !v.onbekende_indicatoren.is_empty() || !v.onbekende_maatregelen.is_empty() {
        uit.push_str("<h2>Niet in het plan</h2>\n<ul>\n");
        for naam in &v.onbekende_indicatoren {
            uit.push_str("<li>Indicator \"");
            tekst(&mut uit, naam);
            uit.push_str("\" staat niet in het IVP.</li>\n");
        }
        for m in &v.onbekende_maatregelen {
            uit.push_str("<li>Maatregel \"");
            tekst(&mut uit, &m.maatregel);
            uit.push_str("\" staat niet in het uitvoeringsplan.</li>\n");
        }
        uit.push_str("</ul>\n");
    }
    uit.push_str("</body>\n</html>\n");
    uit
}

/// Page 1: priorities by indicators, each status in colour, sign and word; measures counted.
fn dashboard(uit: &mut String, v: &Voortgang) {
    let breedte = v
        .prioriteiten
        .iter()
        .map(|p| p.indicatoren.len())
        .max()
        .unwrap_or(0)
        .max(1);
    uit.push_str(
        "<section class=\"dashboard\">\n<h2 style=\"break-before: auto\">Dashboard</h2>\n",
    );
    uit.push_str("<table>\n<caption>Stand per prioriteit: effectindicatoren en maatregelen</caption>\n<thead><tr><th scope=\"col\">Prioriteit</th>");
    for i in 1..=breedte {
        let _ = write!(uit, "<th scope=\"col\">Indicator {i}</th>");
    }
    uit.push_str("<th scope=\"col\">Maatregelen</th></tr></thead>\n<tbody>\n");
    for p in &v.prioriteiten {
        uit.push_str("<tr><th scope=\"row\">");
        tekst(uit, &p.naam);
        uit.push_str("</th>");
        for i in 0..breedte {
            match p.indicatoren.get(i) {
                Some(ind) => statuscel(uit, ind.status, Some(&ind.naam)),
                None => uit.push_str("<td></td>"),
            }
        }
        uit.push_str("<td>");
        tekst(uit, &maatregelen_tekst(&p.maatregelen_per_status));
        uit.push_str("</td></tr>\n");
    }
    uit.push_str("</tbody>\n</table>\n");
    uit.push_str("<table>\n<caption>Effectindicatoren per status</caption>\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Aantal</th></tr></thead>\n<tbody>\n");
    for s in IndicatorStatus::VARIANTS {
        uit.push_str("<tr>");
        statuscel(uit, *s, None);
        let n = v
            .indicatoren_per_status
            .get(s.sleutel())
            .copied()
            .unwrap_or(0);
        let _ = writeln!(uit, "<td>{n}</td></tr>");
    }
    uit.push_str("</tbody>\n</table>\n");
    uit.push_str("<table>\n<caption>Maatregelen per stand</caption>\n<thead><tr><th scope=\"col\">Stand</th><th scope=\"col\">Aantal</th></tr></thead>\n<tbody>\n");
    for s in MaatregelStatus::VARIANTS {
        let n = v
            .maatregelen_per_status
            .get(s.sleutel())
            .copied()
            .unwrap_or(0);
        let _ = writeln!(uit, "<tr><td>{}</td><td>{n}</td></tr>", s.als_tekst());
    }
    let n = v
        .maatregelen_per_status
        .get("onbekend")
        .copied()
        .unwrap_or(0);
    let _ = writeln!(uit, "<tr><td>geen stand gemeld</td><td>{n}</td></tr>");
    uit.push_str("</tbody>\n</table>\n</section>\n");
}

/// One indicator: heading with its status, the reason, the chart and the table beside it.
fn indicator(uit: &mut String, ind: &IndicatorStand, id: &str) {
    uit.push_str("<h3>");
    tekst(uit, &ind.naam);
    let _ = write!(
        uit,
        " <span class=\"status {}\">{} {}</span></h3>\n<p class=\"reden\">",
        ind.status.sleutel(),
        teken(ind.status),
        ind.status.als_tekst().to_uppercase()
    );
    tekst(uit, &ind.reden);
    uit.push_str(".</p>\n<div class=\"indicator\">\n");
    uit.push_str(&grafiek_svg(ind, id));
    uit.push_str("<table>\n<caption>Cijfers bij de grafiek</caption>\n<thead><tr><th scope=\"col\">Datum</th><th scope=\"col\">Waarde</th><th scope=\"col\">Marge</th><th scope=\"col\">Bron</th></tr></thead>\n<tbody>\n");
    if let Some(n) = ind.nulmeting {
        let _ = writeln!(
            uit,
            "<tr><th scope=\"row\">nulmeting {}</th><td>{}</td><td></td><td>IVP</td></tr>",
            n.jaar,
            getal(n.waarde)
        );
    }
    for s in &ind.segmenten {
        if let Some(b) = &s.breuk {
            uit.push_str("<tr><th scope=\"row\">breuk</th><td colspan=\"3\">");
            tekst(uit, &b.reden);
            uit.push_str("</td></tr>\n");
        }
        for p in &s.punten {
            let _ = write!(
                uit,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>",
                p.datum,
                getal(p.waarde),
                p.marge
                    .map(|m| format!("± {}", getal(m)))
                    .unwrap_or_default()
            );
            tekst(uit, p.bron.as_ref().map_or(p.herkomst, |b| b.als_str()));
            uit.push_str("</td></tr>\n");
        }
    }
    if let Some(s) = ind.streefwaarde {
        let _ = writeln!(
            uit,
            "<tr><th scope=\"row\">streefwaarde {}</th><td>{}</td><td></td><td>IVP</td></tr>",
            s.jaar,
            getal(s.waarde)
        );
    }
    uit.push_str("</tbody>\n</table>\n</div>\n");
}

const BREED: f64 = 520.0;
const HOOG: f64 = 240.0;
const LINKS: f64 = 56.0;
const RECHTS: f64 = 16.0;
const BOVEN: f64 = 16.0;
const ONDER: f64 = 44.0;

/// Round numbers for an axis from `laag` to `hoog`: about five, at 1, 2 or 5 times a power of
/// ten.
fn streepjes(laag: f64, hoog: f64) -> Vec<f64> {
    let bereik = hoog - laag;
    if !(bereik.is_finite() && bereik > 0.0) {
        return vec![laag];
    }
    let ruw = bereik / 5.0;
    let macht = 10f64.powf(ruw.log10().floor());
    let stap = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|f| f * macht)
        .find(|s| bereik / s <= 6.0)
        .unwrap_or(10.0 * macht);
    let mut x = (laag / stap).ceil() * stap;
    let mut uit = Vec::new();
    while x <= hoog + stap * 1e-9 && uit.len() < 12 {
        uit.push(if x.abs() < stap * 1e-9 { 0.0 } else { x });
        x += stap;
    }
    uit
}

/// The chart of one indicator as inline SVG: each piece of the series its own line (a break is
/// not joined, and marked), margins as whiskers, the nulmeting as a square, the streefwaarde as a
/// diamond and the dashed path between them. Its `<title>` and `<desc>` say the same in words.
pub(crate) fn grafiek_svg(ind: &IndicatorStand, id: &str) -> String {
    let jaar = |j: i32| f64::from(j) + 1.0;
    let mut tijden: Vec<f64> = Vec::new();
    let mut waarden: Vec<f64> = Vec::new();
    if let Some(n) = ind.nulmeting {
        tijden.push(jaar(n.jaar));
        waarden.push(n.waarde);
    }
    if let Some(s) = ind.streefwaarde {
        tijden.push(jaar(s.jaar));
        waarden.push(s.waarde);
    }
    for p in ind.segmenten.iter().flat_map(|s| &s.punten) {
        tijden.push(p.tijd);
        let m = p.marge.unwrap_or(0.0);
        waarden.extend([p.waarde - m, p.waarde + m]);
    }
    let (t0, t1) = min_max(&tijden).unwrap_or((0.0, 1.0));
    let (t0, t1) = (t0.floor(), t1.ceil().max(t0.floor() + 1.0));
    let (w0, w1) = min_max(&waarden).unwrap_or((0.0, 1.0));
    let rand = ((w1 - w0) * 0.1).max(if w1.abs() > 0.0 { w1.abs() * 0.05 } else { 1.0 });
    let (w0, w1) = (w0 - rand, w1 + rand);
    let x = |t: f64| LINKS + (t - t0) / (t1 - t0) * (BREED - LINKS - RECHTS);
    let y = |w: f64| BOVEN + (w1 - w) / (w1 - w0) * (HOOG - BOVEN - ONDER);

    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {BREED} {HOOG}\" width=\"{BREED}\" height=\"{HOOG}\" role=\"img\" aria-labelledby=\"{id}-titel {id}-uitleg\">\n<title id=\"{id}-titel\">"
    );
    tekst(
        &mut svg,
        &format!("{}: {}", ind.naam, ind.status.als_tekst()),
    );
    let _ = write!(svg, "</title>\n<desc id=\"{id}-uitleg\">");
    tekst(&mut svg, &beschrijving(ind));
    svg.push_str("</desc>\n");
    // Axes and grid.
    let _ = writeln!(
        svg,
        "<g font-size=\"11\" font-family=\"Calibri, Arial, sans-serif\" fill=\"#404040\">"
    );
    for w in streepjes(w0, w1) {
        let _ = writeln!(
            svg,
            "<line x1=\"{LINKS}\" x2=\"{:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#e0e0e0\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            BREED - RECHTS,
            LINKS - 4.0,
            y(w) + 4.0,
            getal(w),
            yy = y(w)
        );
    }
    let eerste = t0 as i32;
    let laatste = t1 as i32;
    let elke = ((laatste - eerste) / 10).max(1);
    for j in (eerste..=laatste).step_by(elke as usize) {
        let xx = x(f64::from(j));
        let _ = writeln!(
            svg,
            "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#808080\"/><text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{j}</text>",
            HOOG - ONDER,
            HOOG - ONDER + 4.0,
            HOOG - ONDER + 16.0
        );
    }
    let _ = writeln!(
        svg,
        "<line x1=\"{LINKS}\" x2=\"{LINKS}\" y1=\"{BOVEN}\" y2=\"{:.1}\" stroke=\"#808080\"/><line x1=\"{LINKS}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#808080\"/>",
        HOOG - ONDER,
        BREED - RECHTS,
        HOOG - ONDER,
        HOOG - ONDER
    );
    // The path from nulmeting to streefwaarde.
    if let (Some(n), Some(s)) = (ind.nulmeting, ind.streefwaarde) {
        let _ = writeln!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#7f7f7f\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
            x(jaar(n.jaar)),
            y(n.waarde),
            x(jaar(s.jaar)),
            y(s.waarde)
        );
    }
    // The measured pieces.
    for seg in &ind.segmenten {
        if let Some(b) = &seg.breuk {
            let xx = x(super::moment(b.datum)) - 3.0;
            let _ = writeln!(
                svg,
                "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{BOVEN}\" y2=\"{:.1}\" stroke=\"#c00000\" stroke-dasharray=\"2 3\"/><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#c00000\">breuk</text>",
                HOOG - ONDER,
                xx + 2.0,
                BOVEN + 10.0
            );
        }
        let punten: Vec<String> = seg
            .punten
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.tijd), y(p.waarde)))
            .collect();
        if punten.len() > 1 {
            let _ = writeln!(
                svg,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"#2f5597\" stroke-width=\"2\"/>",
                punten.join(" ")
            );
        }
        for p in &seg.punten {
            if let Some(m) = p.marge.filter(|m| *m > 0.0) {
                let _ = writeln!(
                    svg,
                    "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#2f5597\"/>",
                    y(p.waarde - m),
                    y(p.waarde + m),
                    xx = x(p.tijd)
                );
            }
            let _ = writeln!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"#2f5597\"/>",
                x(p.tijd),
                y(p.waarde)
            );
        }
    }
    if let Some(n) = ind.nulmeting {
        let _ = writeln!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"9\" height=\"9\" fill=\"#000000\"/>",
            x(jaar(n.jaar)) - 4.5,
            y(n.waarde) - 4.5
        );
    }
    if let Some(s) = ind.streefwaarde {
        let (cx, cy) = (x(jaar(s.jaar)), y(s.waarde));
        let _ = writeln!(
            svg,
            "<polygon points=\"{:.1},{cy:.1} {cx:.1},{:.1} {:.1},{cy:.1} {cx:.1},{:.1}\" fill=\"#c00000\"/>",
            cx - 6.0,
            cy - 6.0,
            cx + 6.0,
            cy + 6.0
        );
    }
    // Legend.
    let ly = HOOG - 10.0;
    let _ = writeln!(
        svg,
        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"#2f5597\"/><text x=\"{:.1}\" y=\"{ly:.1}\">gemeten</text>\
         <rect x=\"{:.1}\" y=\"{:.1}\" width=\"9\" height=\"9\" fill=\"#000000\"/><text x=\"{:.1}\" y=\"{ly:.1}\">nulmeting</text>\
         <line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#7f7f7f\" stroke-dasharray=\"6 4\"/><text x=\"{:.1}\" y=\"{ly:.1}\">pad naar de streefwaarde</text>\
         <text x=\"{:.1}\" y=\"{ly:.1}\"><tspan fill=\"#c00000\">◆</tspan> streefwaarde</text>",
        LINKS,
        ly - 4.0,
        LINKS + 6.0,
        LINKS + 70.0,
        ly - 8.5,
        LINKS + 82.0,
        LINKS + 145.0,
        LINKS + 170.0,
        ly - 4.0,
        ly - 4.0,
        LINKS + 175.0,
        LINKS + 320.0
    );
    svg.push_str("</g>\n</svg>\n");
    svg
}

/// The chart in words, for its `<desc>`.
fn beschrijving(ind: &IndicatorStand) -> String {
    let mut d = String::new();
    if let Some(n) = ind.nulmeting {
        let _ = write!(d, "Nulmeting {} in {}. ", getal(n.waarde), n.jaar);
    }
    if let Some(s) = ind.streefwaarde {
        let _ = write!(d, "Streefwaarde {} in {}. ", getal(s.waarde), s.jaar);
    }
    let gemeten: Vec<String> = ind
        .segmenten
        .iter()
        .flat_map(|s| &s.punten)
        .map(|p| format!("{} op {}", getal(p.waarde), p.datum))
        .collect();
    if gemeten.is_empty() {
        d.push_str("Geen metingen.");
    } else {
        let _ = write!(d, "Gemeten: {}.", gemeten.join(", "));
    }
    let breuken = ind.segmenten.iter().filter(|s| s.breuk.is_some()).count();
    if breuken > 0 {
        let _ = write!(d, " De reeks is {breuken} keer gebroken.");
    }
    d
}

fn min_max(lijst: &[f64]) -> Option<(f64, f64)> {
    let mut it = lijst.iter().copied().filter(|x| x.is_finite());
    let eerste = it.next()?;
    Some(it.fold((eerste, eerste), |(a, b), x| (a.min(x), b.max(x))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streepjes_zijn_ronde_getallen_binnen_het_bereik() {
        assert_eq!(streepjes(0.0, 100.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(streepjes(31.5, 36.5), [32.0, 33.0, 34.0, 35.0, 36.0]);
        assert_eq!(streepjes(5.0, 5.0), [5.0]);
        for (a, b) in [(0.1, 0.35), (-40.0, 1234.0), (99.0, 101.0)] {
            let s = streepjes(a, b);
            assert!(!s.is_empty() && s.len() <= 12, "{a}..{b}: {s:?}");
            assert!(
                s.iter().all(|x| *x >= a - 1e-9 && *x <= b + 1e-9),
                "{a}..{b}: {s:?}"
            );
        }
    }
}
