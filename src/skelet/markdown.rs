//! Rendering documents to Markdown in Dutch, with the handbook's chapter numbering.
//!
//! The Markdown is written from the same layout as the HTML page and the Word file
//! (`uitvoer::opmaak`): every text either of them shows, Markdown shows too, with the same
//! headings and labels.

use core::fmt::Write as _;

use crate::document::{Ivp, Uitvoeringsplan, Veiligheidsanalyse};
use crate::uitvoer::opmaak::{self, Blok, Deel, Inhoud, Opmaak, Veld};

/// A field inline: its value, "—" for none, or its placeholder in italics between brackets.
fn veld(uit: &mut String, v: &Veld) {
    match &v.inhoud {
        Inhoud::Waarde(t) => uit.push_str(t),
        Inhoud::Geen => uit.push_str(opmaak::STREEP),
        Inhoud::Open(hint) => {
            let _ = write!(uit, "_[in te vullen: {}]_", hint.replace('\n', " "));
        }
    }
}

fn delen(uit: &mut String, delen: &[Deel]) {
    for d in delen {
        match d {
            Deel::Vast(t) => uit.push_str(t),
            Deel::Veld(v) => veld(uit, v),
        }
    }
}

/// One line: line breaks as spaces.
fn regel(t: &str) -> String {
    t.replace('\n', " ")
}

fn cel(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// At most one blank line between blocks, whatever the sections wrote around themselves.
fn netjes(md: String) -> String {
    let mut uit = String::with_capacity(md.len());
    let mut regels_leeg = 0;
    for regel in md.split_inclusive('\n') {
        if regel.trim().is_empty() {
            regels_leeg += 1;
            if regels_leeg > 1 {
                continue;
            }
        } else {
            regels_leeg = 0;
        }
        uit.push_str(regel);
    }
    uit
}

/// The items of a list; a skeleton's items of veld 1 grouped under their aspect, each item
/// without its "[aspect ...]".
fn lijst(md: &mut String, items: &[Veld]) {
    let mut aspect: Option<&str> = None;
    for item in items {
        let eigen = opmaak::aspect_van(item.toon());
        match eigen {
            Some((a, rest)) if !item.is_open() => {
                if aspect != Some(a) {
                    let _ = writeln!(md, "\n_Aspect {a}:_\n");
                    aspect = Some(a);
                }
                let _ = writeln!(md, "- {}", regel(rest));
            }
            _ => {
                if aspect.take().is_some() {
                    md.push('\n');
                }
                let mut tekst = String::new();
                veld(&mut tekst, item);
                let _ = writeln!(md, "- {}", regel(&tekst));
            }
        }
    }
}

/// A document laid out, as Markdown.
fn markdown(o: &Opmaak) -> String {
    let mut md = String::with_capacity(32 * 1024);
    md.push_str("# ");
    let mut titel = String::new();
    delen(&mut titel, &o.titel);
    md.push_str(&regel(&titel));
    md.push_str("\n\n");
    for (i, blok) in o.blokken.iter().enumerate() {
        match blok {
            Blok::Kop { niveau, delen: d } => {
                let mut kop = String::new();
                delen(&mut kop, d);
                let hekjes = "#".repeat(usize::from(*niveau).clamp(1, 5) + 1);
                let _ = writeln!(md, "\n{hekjes} {}\n", regel(&kop));
            }
            Blok::Alinea(d) => {
                let mut tekst = String::new();
                delen(&mut tekst, d);
                let _ = writeln!(md, "{}\n", tekst.trim_end());
            }
            Blok::Label { tekst, .. } => {
                // A label with its text field on the same line, as a paragraph's lead-in.
                match o.blokken.get(i + 1) {
                    Some(Blok::Tekstveld(_)) => {
                        let _ = write!(md, "\n**{}.** ", regel(tekst));
                    }
                    _ => {
                        let _ = writeln!(md, "\n**{}.**\n", regel(tekst));
                    }
                }
            }
            Blok::Inhoudsopgave => {}
            Blok::Tekstveld(v) => {
                let mut tekst = String::new();
                veld(&mut tekst, v);
                let _ = writeln!(md, "{}\n", tekst.trim_end());
            }
            Blok::Lijst(l) => {
                lijst(&mut md, &l.items);
                md.push('\n');
            }
            Blok::Opsomming(items) => {
                for item in items {
                    let _ = writeln!(md, "- {}", regel(item));
                }
                md.push('\n');
            }
            Blok::Tabel(t) => {
                let koppen: Vec<&str> = t.kolommen.iter().map(|k| k.kop).collect();
                let _ = writeln!(md, "\n| {} |", koppen.join(" | "));
                let _ = writeln!(md, "|{}", " --- |".repeat(koppen.len()));
                for rij in &t.rijen {
                    md.push('|');
                    for c in rij {
                        let mut tekst = String::new();
                        veld(&mut tekst, c);
                        let _ = write!(md, " {} |", cel(&tekst));
                    }
                    md.push('\n');
                }
                md.push('\n');
            }
        }
    }
    let mut md = netjes(md);
    md.truncate(md.trim_end().len());
    md.push('\n');
    md
}

/// Renders an IVP as Markdown with the handbook's seven chapters ("1 Uitgangssituatie" ...
/// "7 Begroting").
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::{ivp, ivp_naar_markdown, IvpOpties, PrioriteitKeuze};
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("5.2")?);
/// let md = ivp_naar_markdown(&ivp(&opties));
/// assert!(md.contains("\n## 1 Uitgangssituatie\n"));
/// assert!(md.contains("\n## 7 Begroting\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "markdown")]
#[doc(alias = "render")]
#[must_use]
pub fn ivp_naar_markdown(ivp: &Ivp) -> String {
    markdown(&opmaak::ivp_opmaak(ivp))
}

/// Renders an uitvoeringsplan as Markdown with the handbook's five chapters.
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::{ivp, uitvoeringsplan, uitvoeringsplan_naar_markdown, IvpOpties, PrioriteitKeuze};
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("3.1")?);
/// let md = uitvoeringsplan_naar_markdown(&uitvoeringsplan(&ivp(&opties)));
/// assert!(md.starts_with("# Uitvoeringsplan Integrale Veiligheid Utrecht 2027\n"));
/// assert!(md.contains("\n## 3 Uitwerking prioriteiten"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "markdown")]
#[doc(alias = "render")]
#[must_use]
pub fn uitvoeringsplan_naar_markdown(up: &Uitvoeringsplan) -> String {
    markdown(&opmaak::uitvoeringsplan_opmaak(up))
}

/// Renders a veiligheidsanalyse as Markdown: per veld, per theme the drieslag; veld 1's aanpak
/// per aspect.
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::{analyse, analyse_naar_markdown};
///
/// let md = analyse_naar_markdown(&analyse(["Utrecht"], 2026));
/// assert!(md.contains("\n#### Aspect 1.5 Toezicht en handhaving\n"));
/// ```
#[doc(alias = "markdown")]
#[doc(alias = "render")]
#[must_use]
pub fn analyse_naar_markdown(a: &Veiligheidsanalyse) -> String {
    markdown(&opmaak::analyse_opmaak(a))
}
