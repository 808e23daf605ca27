//! The gemeente x thema table as a heat map: in HTML an inline SVG with the same table beside it,
//! in Word a table with shaded cells. Colour never stands alone: every cell carries its letter or
//! number, the legend says the words, and the HTML table and each SVG cell's title spell them
//! out.

use core::fmt::Write as _;

use super::weergave::alle_themas;
use super::{Gemeente, Overzicht, Status};
use crate::uitvoer::html::escape;

/// The statuses in the order of the legend, from the strongest choice down.
const STATUSSEN: [Status; 4] = [
    Status::Prioriteit,
    Status::Overig,
    Status::BuitenBeschouwing,
    Status::NietGenoemd,
];

/// The fill and text colour of a status cell (RGB hex, without `#`).
fn kleur(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Prioriteit => ("1F4E79", "FFFFFF"),
        Status::Overig => ("9DC3E6", "000000"),
        Status::BuitenBeschouwing => ("D9D9D9", "000000"),
        Status::NietGenoemd => ("FFFFFF", "000000"),
    }
}

/// The letter in a cell; the legend gives the word.
fn letter(s: Status) -> &'static str {
    match s {
        Status::Prioriteit => "P",
        Status::Overig => "o",
        Status::BuitenBeschouwing => "b",
        Status::NietGenoemd => "–",
    }
}

/// The word for a status, also for "niet genoemd" (which the CSV leaves empty).
fn woord(s: Status) -> &'static str {
    match s {
        Status::NietGenoemd => "niet genoemd",
        s => s.woord(),
    }
}

/// The fill of a count cell: from white (none) to the colour of a priority (every gemeente),
/// and its text colour.
fn telkleur(n: usize, totaal: usize) -> (String, &'static str) {
    let deel = if totaal == 0 {
        0.0
    } else {
        (n as f64 / totaal as f64).clamp(0.0, 1.0)
    };
    let meng = |wit: u8, vol: u8| {
        let w = f64::from(wit);
        (w + (f64::from(vol) - w) * deel).round().clamp(0.0, 255.0) as u8
    };
    let fill = format!(
        "{:02X}{:02X}{:02X}",
        meng(255, 0x1F),
        meng(255, 0x4E),
        meng(255, 0x79)
    );
    (fill, if deel > 0.5 { "FFFFFF" } else { "000000" })
}

impl Overzicht {
    /// The label of an entry: the gemeente, its plan where it has several, and a mark where the
    /// plan has errors or does not count.
    fn rijnaam(&self, g: &Gemeente) -> String {
        let sleutel = |n: &str| n.trim().to_ascii_lowercase();
        let meer = self
            .gemeenten
            .iter()
            .filter(|h| sleutel(&h.naam) == sleutel(&g.naam))
            .count()
            > 1;
        let mut naam = g.naam.trim().to_owned();
        if meer {
            let _ = write!(naam, " (plan {}, {})", g.plan, g.periode);
        }
        if !g.telt_mee {
            naam.push_str(", telt niet mee");
        }
        if g.fouten > 0 {
            naam.push_str(" ⚠");
        }
        naam
    }

    /// The number of counted gemeenten that make each theme a priority, in the order of
    /// the columns.
    fn prioriteit_per_thema(&self) -> Vec<usize> {
        alle_themas().map(|t| self.telling(t).prioriteit).collect()
    }

    /// The gemeente x thema table as one self-contained HTML page: a heat map in inline SVG
    /// (with a `<title>` and description for screen readers, a title per cell naming gemeente,
    /// theme and choice) and beside it the same table with the choice in words; a last row counts
    /// per theme the gemeenten that make it a priority, shaded by that number.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::regionaal::Overzicht;
    /// use kernbeleid::skelet::{ivp, IvpOpties, PrioriteitKeuze};
    ///
    /// let utrecht = ivp(&IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("5.2")?));
    /// let pagina = Overzicht::van([&utrecht]).naar_html();
    /// assert!(pagina.starts_with("<!DOCTYPE html>"));
    /// assert_eq!(pagina.matches("<rect class=\"cel\"").count(), 25); // 22 themes, S1 to S3
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn naar_html(&self) -> String {
        let themas: Vec<_> = alle_themas().collect();
        let mut uit = String::with_capacity(8 * 1024 + self.gemeenten.len() * themas.len() * 200);
        let kop = "Regionaal overzicht van de IVP's: gemeente x thema";
        uit.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        uit.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        uit.push_str("<title>");
        escape(&mut uit, kop);
        let _ = write!(
            uit,
            "</title>\n<style>{STIJL}</style>\n</head>\n<body>\n<h1>"
        );
        escape(&mut uit, kop);
        uit.push_str("</h1>\n<p>");
        // Numbers and the crate's own words: nothing to escape.
        uit.push_str(&self.inleiding("<code>kbv controleer</code>"));
        uit.push_str("</p>\n<div class=\"kaart\">\n");
        self.svg(&mut uit);
        self.html_tabel(&mut uit);
        uit.push_str("</div>\n<h2>Thema's</h2>\n<ul class=\"themas\">\n");
        for t in &themas {
            uit.push_str("<li><b>");
            escape(&mut uit, t.code());
            uit.push_str("</b> ");
            escape(&mut uit, t.naam());
            uit.push_str("</li>\n");
        }
        uit.push_str("</ul>\n</body>\n</html>\n");
        uit
    }

    /// The heat map as inline SVG.
    fn svg(&self, uit: &mut String) {
        let themas: Vec<_> = alle_themas().collect();
        let namen: Vec<String> = self.gemeenten.iter().map(|g| self.rijnaam(g)).collect();
        let (cel_b, cel_h, kop_h) = (30usize, 24usize, 28usize);
        let label_b = 12
            + 7 * namen
                .iter()
                .map(|n| n.chars().count())
                .chain([26])
                .max()
                .unwrap_or(26);
        let rijen = self.gemeenten.len() + 1;
        let breedte = label_b + cel_b * themas.len() + 10;
        let legenda_y = kop_h + cel_h * rijen + 20;
        let hoogte = legenda_y + 30;
        let _ = write!(
            uit,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
             aria-labelledby=\"kaart-titel kaart-uitleg\" width=\"{breedte}\" height=\"{hoogte}\" \
             viewBox=\"0 0 {breedte} {hoogte}\" font-family=\"Calibri, Arial, sans-serif\" \
             font-size=\"12\">\n<title id=\"kaart-titel\">Gemeente x thema: de keuze van elke \
             gemeente per thema</title>\n<desc id=\"kaart-uitleg\">Per gemeente en plan een rij, \
             per thema een kolom. P = prioriteit (donkerblauw), o = overig (lichtblauw), \
             b = buiten beschouwing (grijs), – = niet genoemd (wit). De laatste rij telt per \
             thema de gemeenten die het een prioriteit maken; hoe donkerder, hoe meer.</desc>\n"
        );
        for (k, t) in themas.iter().enumerate() {
            let x = label_b + k * cel_b + cel_b / 2;
            let _ = write!(
                uit,
                "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-weight=\"bold\"><title>",
                kop_h - 8
            );
            escape(uit, &format!("{} {}", t.code(), t.naam()));
            uit.push_str("</title>");
            escape(uit, t.code());
            uit.push_str("</text>\n");
        }
        for (r, (g, naam)) in self.gemeenten.iter().zip(&namen).enumerate() {
            let y = kop_h + r * cel_h;
            let _ = write!(uit, "<text x=\"4\" y=\"{}\">", y + cel_h - 7);
            escape(uit, naam);
            uit.push_str("</text>\n");
            for (k, t) in themas.iter().enumerate() {
                let s = g.status(*t);
                let (fill, inkt) = kleur(s);
                let x = label_b + k * cel_b;
                let _ = write!(uit, "<g><title>");
                escape(
                    uit,
                    &format!("{naam}, {} {}: {}", t.code(), t.naam(), woord(s)),
                );
                let _ = writeln!(
                    uit,
                    "</title><rect class=\"cel\" x=\"{x}\" y=\"{y}\" width=\"{cel_b}\" \
                     height=\"{cel_h}\" fill=\"#{fill}\" stroke=\"#8EAADB\"/><text x=\"{}\" \
                     y=\"{}\" text-anchor=\"middle\" fill=\"#{inkt}\">{}</text></g>",
                    x + cel_b / 2,
                    y + cel_h - 7,
                    letter(s)
                );
            }
        }
        let y = kop_h + self.gemeenten.len() * cel_h;
        let _ = writeln!(
            uit,
            "<text x=\"4\" y=\"{}\" font-style=\"italic\">Aantal met prioriteit</text>",
            y + cel_h - 7
        );
        let totaal = self.aantal_gemeenten();
        for (k, (t, n)) in themas.iter().zip(self.prioriteit_per_thema()).enumerate() {
            let (fill, inkt) = telkleur(n, totaal);
            let x = label_b + k * cel_b;
            uit.push_str("<g><title>");
            escape(
                uit,
                &format!(
                    "{} {}: {n} van de {totaal} gemeenten maken het een prioriteit",
                    t.code(),
                    t.naam()
                ),
            );
            let _ = writeln!(
                uit,
                "</title><rect class=\"telling\" x=\"{x}\" y=\"{y}\" width=\"{cel_b}\" \
                 height=\"{cel_h}\" fill=\"#{fill}\" stroke=\"#8EAADB\"/><text x=\"{}\" y=\"{}\" \
                 text-anchor=\"middle\" fill=\"#{inkt}\">{n}</text></g>",
                x + cel_b / 2,
                y + cel_h - 7
            );
        }
        let mut x = 4;
        for s in STATUSSEN {
            let (fill, inkt) = kleur(s);
            let _ = writeln!(
                uit,
                "<rect x=\"{x}\" y=\"{legenda_y}\" width=\"{cel_b}\" height=\"{cel_h}\" \
                 fill=\"#{fill}\" stroke=\"#8EAADB\"/><text x=\"{}\" y=\"{}\" \
                 text-anchor=\"middle\" fill=\"#{inkt}\">{}</text><text x=\"{}\" y=\"{}\">{}</text>",
                x + cel_b / 2,
                legenda_y + cel_h - 7,
                letter(s),
                x + cel_b + 6,
                legenda_y + cel_h - 7,
                woord(s)
            );
            x += cel_b + 12 + 7 * woord(s).chars().count();
        }
        uit.push_str("</svg>\n");
    }

    /// The same table in HTML, the choice in words.
    fn html_tabel(&self, uit: &mut String) {
        let themas: Vec<_> = alle_themas().collect();
        uit.push_str(
            "<table>\n<caption>Gemeente x thema, de keuze in woorden</caption>\n<thead><tr>\
             <th scope=\"col\">Gemeente</th>",
        );
        for t in &themas {
            uit.push_str("<th scope=\"col\"><abbr title=\"");
            escape(uit, t.naam());
            uit.push_str("\">");
            escape(uit, t.code());
            uit.push_str("</abbr></th>");
        }
        uit.push_str("</tr></thead>\n<tbody>\n");
        for g in &self.gemeenten {
            uit.push_str("<tr><th scope=\"row\">");
            escape(uit, &self.rijnaam(g));
            uit.push_str("</th>");
            for t in &themas {
                let s = g.status(*t);
                let (fill, inkt) = kleur(s);
                let _ = write!(
                    uit,
                    "<td style=\"background:#{fill};color:#{inkt}\">{}</td>",
                    woord(s)
                );
            }
            uit.push_str("</tr>\n");
        }
        uit.push_str("<tr><th scope=\"row\">Aantal met prioriteit</th>");
        let totaal = self.aantal_gemeenten();
        for n in self.prioriteit_per_thema() {
            let (fill, inkt) = telkleur(n, totaal);
            let _ = write!(
                uit,
                "<td style=\"background:#{fill};color:#{inkt}\">{n}</td>"
            );
        }
        uit.push_str("</tr>\n</tbody>\n</table>\n");
    }

    /// The introduction of the map, as HTML and Word both say it: how many gemeenten in how
    /// many plans, and how many plans the controle found errors in, with the command that names
    /// them written as `commando`.
    fn inleiding(&self, commando: &str) -> String {
        let (gemeenten, plannen) = (self.aantal_gemeenten(), self.plannen.len());
        let mut uit =
            format!(
            "{gemeenten} {} in {plannen} {}. Eén rij per gemeente en per plan; heeft een gemeente \
             meer plannen, dan telt waar ze overlappen het nieuwere.",
            if gemeenten == 1 { "gemeente" } else { "gemeenten" },
            if plannen == 1 { "plan" } else { "plannen" }
        );
        let met_fouten = self.plannen.iter().filter(|p| p.fouten > 0).count();
        if met_fouten > 0 {
            uit.push_str(&format!(
                " ⚠: het plan heeft fouten in de controle ({met_fouten} van de {plannen}); het \
                 telt mee, {commando} noemt de fouten."
            ));
        }
        uit
    }

    /// The gemeente x thema table as a Word file: landscape, a legend, then the table with each
    /// cell shaded by the choice and its letter in it, a last row counting per theme the
    /// gemeenten that make it a priority (shaded by that number), and the themes by code.
    ///
    /// # Errors
    ///
    /// A [`WordFout`](crate::uitvoer::docx::WordFout) of kind
    /// [`Schrijven`](crate::uitvoer::docx::WordFoutSoort::Schrijven) when the package cannot be
    /// put together.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::regionaal::Overzicht;
    /// use kernbeleid::skelet::{ivp, IvpOpties, PrioriteitKeuze};
    ///
    /// let utrecht = ivp(&IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("5.2")?));
    /// let bytes = Overzicht::van([&utrecht]).naar_docx()?;
    /// assert!(bytes.starts_with(b"PK"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "word")]
    pub fn naar_docx(&self) -> Result<Vec<u8>, crate::uitvoer::docx::WordFout> {
        word::naar_docx(self)
    }
}

#[cfg(feature = "word")]
mod word {
    use std::io::Cursor;

    use docx_rs::{
        Docx, PageMargin, Paragraph, Run, RunFonts, Shading, ShdType, Table, TableCell,
        TableCellMargins, TableLayoutType, TableRow, WidthType,
    };

    use super::{kleur, letter, telkleur, woord, Overzicht, STATUSSEN};
    use crate::regionaal::weergave::alle_themas;
    use crate::uitvoer::docx::{WordFout, WordFoutSoort};

    /// A4 landscape, in twentieths of a point.
    const PAGINA: (u32, u32) = (16838, 11906);
    const MARGE: i32 = 850;

    fn alinea(tekst: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(tekst))
    }

    /// A cell with its text (in `inkt`, bold where asked) on a `fill`, `breedte` wide.
    fn cel(tekst: &str, fill: &str, inkt: &str, vet: bool, breedte: usize) -> TableCell {
        let mut run = Run::new().add_text(tekst).color(inkt).size(16);
        if vet {
            run = run.bold();
        }
        TableCell::new()
            .add_paragraph(Paragraph::new().add_run(run))
            .shading(Shading::new().shd_type(ShdType::Clear).fill(fill))
            .width(breedte, WidthType::Dxa)
    }

    pub(super) fn naar_docx(o: &Overzicht) -> Result<Vec<u8>, WordFout> {
        let fout = |bericht: String| WordFout::new(WordFoutSoort::Schrijven, "", bericht);
        let themas: Vec<_> = alle_themas().collect();
        let mut docx = Docx::new()
            .page_size(PAGINA.0, PAGINA.1)
            .page_orient(docx_rs::PageOrientationType::Landscape)
            .page_margin(PageMargin {
                top: MARGE,
                left: MARGE,
                bottom: MARGE,
                right: MARGE,
                header: 425,
                footer: 425,
                gutter: 0,
            })
            .default_fonts(
                RunFonts::new()
                    .ascii("Calibri")
                    .hi_ansi("Calibri")
                    .cs("Calibri"),
            )
            .default_size(20);
        docx = docx.add_paragraph(
            Paragraph::new().add_run(
                Run::new()
                    .add_text("Regionaal overzicht van de IVP's: gemeente x thema")
                    .bold()
                    .size(32)
                    .color("1F3864"),
            ),
        );
        docx = docx.add_paragraph(alinea(&o.inleiding("kbv controleer")));
        // The legend: colour and word side by side.
        let legenda: Vec<TableCell> = STATUSSEN
            .iter()
            .flat_map(|&s| {
                let (fill, inkt) = kleur(s);
                [
                    cel(letter(s), fill, inkt, true, 400),
                    cel(woord(s), "FFFFFF", "000000", false, 2000),
                ]
            })
            .collect();
        docx = docx.add_table(
            Table::new(vec![TableRow::new(legenda)])
                .layout(TableLayoutType::Fixed)
                .width(9600, WidthType::Dxa),
        );
        docx = docx.add_paragraph(alinea(""));

        // The heat map.
        let beschikbaar = (PAGINA.0 as usize).saturating_sub(2 * MARGE as usize);
        let kolom = 480;
        let label = beschikbaar.saturating_sub(kolom * themas.len()).max(1200);
        let mut kop = vec![cel("Gemeente", "D9E2F3", "000000", true, label)];
        kop.extend(
            themas
                .iter()
                .map(|t| cel(t.code(), "D9E2F3", "000000", true, kolom)),
        );
        let mut rijen = vec![TableRow::new(kop).cant_split()];
        for g in &o.gemeenten {
            let mut rij = vec![cel(&o.rijnaam(g), "FFFFFF", "000000", false, label)];
            for t in &themas {
                let s = g.status(*t);
                let (fill, inkt) = kleur(s);
                rij.push(cel(
                    letter(s),
                    fill,
                    inkt,
                    s == super::Status::Prioriteit,
                    kolom,
                ));
            }
            rijen.push(TableRow::new(rij).cant_split());
        }
        let totaal = o.aantal_gemeenten();
        let mut rij = vec![cel(
            "Aantal met prioriteit",
            "FFFFFF",
            "000000",
            true,
            label,
        )];
        for n in o.prioriteit_per_thema() {
            let (fill, inkt) = telkleur(n, totaal);
            rij.push(cel(&n.to_string(), &fill, inkt, true, kolom));
        }
        rijen.push(TableRow::new(rij).cant_split());
        let mut grid = vec![label];
        grid.extend(std::iter::repeat_n(kolom, themas.len()));
        docx = docx.add_table(
            Table::new(rijen)
                .set_grid(grid)
                .layout(TableLayoutType::Fixed)
                // Narrow cell margins, so a code ("5.2") stays on one line.
                .margins(TableCellMargins::new().margin(0, 40, 0, 40))
                .width(label + kolom * themas.len(), WidthType::Dxa),
        );
        docx = docx.add_paragraph(alinea(""));
        docx = docx.add_paragraph(alinea("De thema's:"));
        for t in &themas {
            docx = docx.add_paragraph(alinea(&format!("{} {}", t.code(), t.naam())));
        }
        let xml = docx.build();
        let mut uit = Cursor::new(Vec::with_capacity(xml.document.len() + 16 * 1024));
        xml.pack(&mut uit)
            .map_err(|e| fout(format!("kan het zip-archief niet schrijven: {e}")))?;
        Ok(uit.into_inner())
    }
}

/// The page's style: the map and its table side by side where the screen is wide enough.
const STIJL: &str = r#"
:root { color-scheme: light; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.45;
  color: #1b1b1b; margin: 1.5rem; }
h1, h2 { color: #1f3864; line-height: 1.2; }
.kaart { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.kaart svg { flex: 0 0 auto; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: .8rem; }
caption { text-align: left; font-style: italic; color: #44546a; padding-bottom: .25rem; }
th, td { border: 1px solid #8eaadb; padding: .15rem .3rem; text-align: left; }
thead th { background: #d9e2f3; }
.themas { columns: 2; font-size: .9rem; }
@page { size: A4 landscape; margin: 1.2cm; }
@media print { * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"#;
