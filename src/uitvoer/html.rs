//! A document as one self-contained, printable HTML page: for the gemeente's website or
//! intranet.
//!
//! The page has no external assets (the CSS is inline, with print rules for A4), `lang="nl"`,
//! semantic headings (`h1` the title, `h2` the chapters, `h3` a priority or section, `h4` a
//! subsection), a table of contents as a `nav`, and accessible tables (`caption`, `th` with
//! `scope`). Every text is escaped. Placeholders stand out as "[in te vullen: ...]", what the
//! handbook suggests in a style of its own, as in the Word file.
//!
//! Printed (or saved as PDF from a browser) it is a document for the raad: a cover page with the
//! title, the gemeente or gemeenten, the period in words and a status line ("Concept", or
//! "Vastgesteld door de raad op 12 maart 2027") and "Versie van" the day it was written, as on
//! the Word file's cover; the contents on a page of its own; every
//! chapter on a new page; page numbers in the footer; no heading or label left alone at the
//! foot of a page; table header rows repeated on every page a table spans.

use core::fmt::Write as _;

use chrono::NaiveDate;

use crate::document::Document;
use crate::uitvoer::opmaak::{self, Blok, Deel, Inhoud, Opmaak, Veld};

const STIJL: &str = r#"
:root { color-scheme: light; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.45;
  color: #1b1b1b; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
.koptekst { font-size: .85rem; color: #595959; border-bottom: 1px solid #d0d0d0; padding-bottom: .3rem; }
h1, h2, h3, h4 { color: #1f3864; line-height: 1.2; }
h1 { font-size: 2rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.5rem; margin-top: 2rem; border-bottom: 1px solid #8eaadb; padding-bottom: .2rem; }
h3 { font-size: 1.2rem; margin-top: 1.5rem; }
h4 { font-size: 1.05rem; margin-top: 1.2rem; }
p { margin: .3rem 0 .6rem; }
.label { font-weight: bold; margin: .8rem 0 .2rem; }
.aspect { font-style: italic; margin: .4rem 0 .1rem; }
.voorblad { margin: 2rem 0 3rem; }
.voorblad .soort { font-size: 1.1rem; color: #44546a; text-transform: uppercase; letter-spacing: .05em; }
.voorblad .gemeenten { font-size: 1.4rem; margin-top: 1.5rem; }
.voorblad .periode { font-size: 1.2rem; }
.voorblad .status { margin-top: 2rem; font-weight: bold; }
.voorblad .versie { color: #404040; }
.voorblad .vooraf { margin-top: 2rem; font-size: .9rem; color: #404040; }
.suggestie { color: #1e6b52; font-style: italic; }
.in-te-vullen { color: #4a4a4a; background: #f2f2f2; border: 1px dashed #9a9a9a; padding: 0 .25em;
  font-style: italic; }
ul { margin: .2rem 0 .8rem; padding-left: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1.2rem; font-size: .92rem; }
caption { text-align: left; font-style: italic; color: #44546a; padding-bottom: .25rem; }
th, td { border: 1px solid #8eaadb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #d9e2f3; }
tbody th { font-weight: normal; }
nav.inhoud ol { list-style: none; padding-left: 0; }
nav.inhoud li.niveau-2 { padding-left: 1.5rem; }
nav.inhoud li.niveau-3 { padding-left: 3rem; }
nav.inhoud a { color: #1f3864; }
@page { size: A4; margin: 2cm 2cm 2.2cm;
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-size: 9pt; color: #595959; } }
@page voorblad { @bottom-right { content: none; } @bottom-left { content: none; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  header.koptekst { display: none; }
  .voorblad { page: voorblad; break-after: page; page-break-after: always; margin: 6cm 0 0; }
  .voorblad h1 { font-size: 26pt; }
  nav.inhoud { break-after: page; page-break-after: always; }
  h1, h2, h3, h4, .label, .aspect, caption { break-after: avoid; page-break-after: avoid; }
  h2 { break-before: page; page-break-before: always; }
  nav.inhoud h2 { break-before: auto; page-break-before: auto; }
  tr, li, p { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  thead { display: table-header-group; }
  nav.inhoud a { color: inherit; text-decoration: none; }
  .in-te-vullen { background: none; }
}
"#;

/// Renders a document as one self-contained HTML page.
///
/// # Example
///
/// ```
/// use kernbeleid::document::{Document, Periode};
/// use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
/// use kernbeleid::uitvoer::html;
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse::<Periode>()?, PrioriteitKeuze::lijst("5.2")?);
/// let pagina = html::schrijf(&Document::from(skelet::ivp(&opties)));
/// assert!(pagina.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
/// assert!(pagina.contains("<h2 id=\"kop-1\">1 Uitgangssituatie</h2>"));
/// assert!(pagina.contains("<th scope=\"col\">Streefwaarde</th>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "html")]
#[doc(alias = "render")]
#[must_use]
pub fn schrijf(document: &Document) -> String {
    schrijf_op(document, opmaak::tijdstip().date_naive())
}

/// Renders a document as one self-contained HTML page whose cover says "Versie van" `datum`;
/// [`schrijf`] takes the day of writing (or of `SOURCE_DATE_EPOCH` where it is set).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{Document, Periode};
/// use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
/// use kernbeleid::uitvoer::html;
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse::<Periode>()?, PrioriteitKeuze::lijst("5.2")?);
/// let dag = NaiveDate::from_ymd_opt(2026, 11, 3).expect("datum");
/// let pagina = html::schrijf_op(&Document::from(skelet::ivp(&opties)), dag);
/// assert!(pagina.contains("<p class=\"versie\">Versie van 3 november 2026</p>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn schrijf_op(document: &Document, datum: NaiveDate) -> String {
    pagina(&opmaak::opmaak(document), datum)
}

/// Text as the inside of a CSS string: quotes, backslashes, line breaks and `<` escaped (the
/// last so that no text can close the style element).
fn css_tekst(t: &str) -> String {
    let mut uit = String::with_capacity(t.len());
    for c in opmaak::veilig(t).chars() {
        match c {
            '"' => uit.push_str("\\22 "),
            '\\' => uit.push_str("\\5C "),
            '<' => uit.push_str("\\3C "),
            '>' => uit.push_str("\\3E "),
            '&' => uit.push_str("\\26 "),
            '\n' | '\t' => uit.push(' '),
            c => uit.push(c),
        }
    }
    uit
}

fn tekst(uit: &mut String, t: &str) {
    escape(uit, opmaak::veilig(t).as_ref());
}

/// Text with its line breaks.
fn regels(uit: &mut String, t: &str) {
    for (i, regel) in t.split('\n').enumerate() {
        if i > 0 {
            uit.push_str("<br>");
        }
        tekst(uit, regel);
    }
}

fn veld_inline(uit: &mut String, veld: &Veld) {
    match &veld.inhoud {
        Inhoud::Waarde(t) => regels(uit, t),
        Inhoud::Geen => uit.push_str(opmaak::STREEP),
        Inhoud::Open(hint) => {
            uit.push_str("<span class=\"in-te-vullen\">[in te vullen: ");
            regels(uit, hint);
            uit.push_str("]</span>");
        }
    }
}

fn delen(uit: &mut String, delen: &[Deel]) {
    for d in delen {
        match d {
            Deel::Vast(t) => regels(uit, t),
            Deel::Veld(v) => veld_inline(uit, v),
        }
    }
}

fn kop_tekst(delen: &[Deel]) -> String {
    delen
        .iter()
        .map(|d| match d {
            Deel::Vast(t) => t.as_str(),
            Deel::Veld(v) => v.toon(),
        })
        .collect()
}

/// The cover: kind of document, title, gemeenten, period, status, the date of this version; a
/// page of its own in print.
fn voorblad(uit: &mut String, opmaak: &Opmaak, datum: NaiveDate) {
    let v = &opmaak.voorblad;
    uit.push_str("<section class=\"voorblad\" aria-label=\"Voorblad\">\n<p class=\"soort\">");
    tekst(uit, v.soort);
    uit.push_str("</p>\n<h1>");
    delen(uit, &opmaak.titel);
    uit.push_str("</h1>\n<p class=\"gemeenten\">");
    tekst(uit, &v.gemeenten);
    uit.push_str("</p>\n<p class=\"periode\">");
    tekst(uit, &v.periode);
    uit.push_str("</p>\n");
    for status in &v.status {
        uit.push_str("<p class=\"status\">");
        tekst(uit, status);
        uit.push_str("</p>\n");
    }
    uit.push_str("<p class=\"versie\">Versie van ");
    tekst(uit, &opmaak::datum_tekst(datum));
    uit.push_str("</p>\n");
}

/// The items of a list; a skeleton's items of veld 1 grouped under their aspect, each item
/// without its "[aspect ...]".
fn lijst(uit: &mut String, l: &opmaak::Lijst) {
    let open = if l.suggestie {
        "<ul class=\"suggestie\">\n"
    } else {
        "<ul>\n"
    };
    let mut aspect: Option<&str> = None;
    let mut in_lijst = false;
    for item in &l.items {
        let groep = opmaak::aspect_van(item.toon()).filter(|_| !item.is_open());
        let nieuw = groep.map(|(a, _)| a);
        if nieuw.is_some() && nieuw != aspect {
            if in_lijst {
                uit.push_str("</ul>\n");
                in_lijst = false;
            }
            uit.push_str("<p class=\"aspect\">Aspect ");
            tekst(uit, nieuw.unwrap_or_default());
            uit.push_str(":</p>\n");
        }
        aspect = nieuw;
        if !in_lijst {
            uit.push_str(open);
            in_lijst = true;
        }
        uit.push_str("<li>");
        match groep {
            Some((_, rest)) => regels(uit, rest),
            None => veld_inline(uit, item),
        }
        uit.push_str("</li>\n");
    }
    if in_lijst {
        uit.push_str("</ul>\n");
    }
}

fn pagina(opmaak: &Opmaak, datum: NaiveDate) -> String {
    let mut uit = String::with_capacity(64 * 1024);
    let titel = kop_tekst(&opmaak.titel);
    uit.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    uit.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    tekst(&mut uit, &titel.replace('\n', " "));
    uit.push_str("</title>\n<style>");
    uit.push_str(STIJL);
    // The page header of the screen as the printed page's footer, on the left.
    let _ = writeln!(
        uit,
        "@page {{ @bottom-left {{ content: \"{}\"; font-size: 9pt; color: #595959; }} }}",
        css_tekst(&opmaak.koptekst)
    );
    uit.push_str("</style>\n</head>\n<body>\n<header class=\"koptekst\">");
    tekst(&mut uit, &opmaak.koptekst);
    uit.push_str("</header>\n<main>\n");
    voorblad(&mut uit, opmaak, datum);
    // What stands before the contents (gemeenten and period, adoption, vindplaats, partners)
    // belongs to the cover.
    let mut op_voorblad = opmaak.blokken.contains(&Blok::Inhoudsopgave);
    if op_voorblad {
        uit.push_str("<div class=\"vooraf\">\n");
    } else {
        uit.push_str("</section>\n");
    }

    let mut k = 0;
    for blok in &opmaak.blokken {
        match blok {
            Blok::Inhoudsopgave => {
                if op_voorblad {
                    uit.push_str("</div>\n</section>\n");
                    op_voorblad = false;
                }
                inhoudsopgave(&mut uit, opmaak);
            }
            Blok::Kop { niveau, delen: d } => {
                let h = niveau.clamp(&1, &3) + 1;
                let _ = write!(uit, "<h{h} id=\"kop-{}\">", k + 1);
                k += 1;
                delen(&mut uit, d);
                let _ = writeln!(uit, "</h{h}>");
            }
            Blok::Alinea(d) => {
                uit.push_str("<p>");
                delen(&mut uit, d);
                uit.push_str("</p>\n");
            }
            Blok::Label {
                tekst: t,
                suggestie,
            } => {
                uit.push_str(if *suggestie {
                    "<p class=\"label suggestie\">"
                } else {
                    "<p class=\"label\">"
                });
                tekst(&mut uit, t);
                uit.push_str("</p>\n");
            }
            Blok::Tekstveld(v) => tekstveld(&mut uit, v),
            Blok::Lijst(l) => lijst(&mut uit, l),
            Blok::Opsomming(items) => {
                uit.push_str("<ul>\n");
                for item in items {
                    uit.push_str("<li>");
                    regels(&mut uit, item);
                    uit.push_str("</li>\n");
                }
                uit.push_str("</ul>\n");
            }
            Blok::Tabel(t) => {
                uit.push_str("<table>\n<caption>");
                tekst(&mut uit, &t.bijschrift);
                uit.push_str("</caption>\n<thead>\n<tr>");
                for kolom in &t.kolommen {
                    uit.push_str("<th scope=\"col\">");
                    tekst(&mut uit, kolom.kop);
                    uit.push_str("</th>");
                }
                uit.push_str("</tr>\n</thead>\n<tbody>\n");
                for rij in &t.rijen {
                    uit.push_str("<tr>");
                    for (c, cel) in rij.iter().enumerate() {
                        uit.push_str(if c == 0 { "<th scope=\"row\">" } else { "<td>" });
                        veld_inline(&mut uit, cel);
                        uit.push_str(if c == 0 { "</th>" } else { "</td>" });
                    }
                    uit.push_str("</tr>\n");
                }
                uit.push_str("</tbody>\n</table>\n");
            }
        }
    }
    if op_voorblad {
        uit.push_str("</div>\n</section>\n");
    }
    uit.push_str("</main>\n</body>\n</html>\n");
    uit
}

/// A text field: a paragraph per line, `- ` lines as a list; a placeholder in its own style.
fn tekstveld(uit: &mut String, v: &Veld) {
    let Inhoud::Waarde(t) = &v.inhoud else {
        uit.push_str("<p>");
        veld_inline(uit, v);
        uit.push_str("</p>\n");
        return;
    };
    let mut in_lijst = false;
    for regel in t.split('\n') {
        match regel.strip_prefix("- ") {
            Some(item) => {
                if !in_lijst {
                    uit.push_str("<ul>\n");
                    in_lijst = true;
                }
                uit.push_str("<li>");
                tekst(uit, item);
                uit.push_str("</li>\n");
            }
            None => {
                if in_lijst {
                    uit.push_str("</ul>\n");
                    in_lijst = false;
                }
                if !regel.trim().is_empty() {
                    uit.push_str("<p>");
                    tekst(uit, regel);
                    uit.push_str("</p>\n");
                }
            }
        }
    }
    if in_lijst {
        uit.push_str("</ul>\n");
    }
}

fn inhoudsopgave(uit: &mut String, opmaak: &Opmaak) {
    uit.push_str(
        "<nav class=\"inhoud\" aria-labelledby=\"inhoud\">\n<h2 id=\"inhoud\">Inhoud</h2>\n<ol>\n",
    );
    let koppen = opmaak.blokken.iter().filter_map(|b| match b {
        Blok::Kop { niveau, delen } => Some((*niveau, delen)),
        _ => None,
    });
    for (k, (niveau, d)) in koppen.enumerate() {
        let _ = write!(
            uit,
            "<li class=\"niveau-{}\"><a href=\"#kop-{}\">",
            niveau.clamp(1, 3),
            k + 1
        );
        tekst(uit, &kop_tekst(d).replace('\n', " "));
        uit.push_str("</a></li>\n");
    }
    uit.push_str("</ol>\n</nav>\n");
}

/// Appends `t` with the five characters that mean something in HTML written as entities (as
/// quick-xml's `escape` does; the page does not need the `word` feature for it).
pub(crate) fn escape(uit: &mut String, t: &str) {
    for c in t.chars() {
        match c {
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '&' => uit.push_str("&amp;"),
            '\'' => uit.push_str("&apos;"),
            '"' => uit.push_str("&quot;"),
            c => uit.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Invulbaar, Ivp, Periode, Themauitwerking};

    #[test]
    fn alles_wordt_ontsnapt() {
        let mut ivp = Ivp::new(["<script>&"], Periode::jaren(2027, 2030).expect("periode"));
        let mut p = Themauitwerking::new("a<b>\"c\"", []);
        p.toelichting = Some(Invulbaar::in_te_vullen("</p><img src=x>"));
        ivp.prioriteiten.push(p);
        let html = schrijf(&Document::from(ivp));
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("a&lt;b&gt;&quot;c&quot;"));
        assert!(html.contains("&lt;script&gt;&amp;"));
    }
}
