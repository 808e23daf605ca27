//! A .docx written by anyone, to blocks: headings by paragraph style (Heading1, Kop1, Titel,
//! or a style with an outline level) or by their numbering, list items, tables. The package is
//! opened with the crate's bounded Word reading (`uitvoer::docx`).

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::uitvoer::docx::{lees_lichaam, open_vreemd, Knoop};

use super::blok::{Blok, Kop};
use super::tekst;
use super::ImportFout;

/// What a paragraph style says: its name and its outline level.
#[derive(Debug, Default, Clone)]
struct Stijl {
    naam: String,
    niveau: Option<u8>,
    basis: Option<String>,
}

/// The paragraph styles of `word/styles.xml`, by id.
fn stijlen(xml: &[u8]) -> HashMap<String, Stijl> {
    let mut uit = HashMap::new();
    let mut reader = Reader::from_reader(xml);
    let mut huidig: Option<(String, Stijl)> = None;
    // A damaged styles part ends the reading: headings are then found by name and numbering.
    while let Ok(event) = reader.read_event() {
        let (e, leeg) = match &event {
            Event::Start(e) => (e.clone(), false),
            Event::Empty(e) => (e.clone(), true),
            Event::End(e) if e.name().as_ref() == b"w:style" => {
                if let Some((id, s)) = huidig.take() {
                    uit.insert(id, s);
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let attr = |naam: &[u8]| {
            e.attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == naam)
                .and_then(|a| {
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .ok()
                        .map(|v| v.into_owned())
                })
        };
        match e.name().as_ref() {
            b"w:style" if !leeg => {
                huidig = attr(b"styleId").map(|id| (id, Stijl::default()));
            }
            b"w:name" => {
                if let (Some((_, s)), Some(v)) = (huidig.as_mut(), attr(b"val")) {
                    s.naam = v;
                }
            }
            b"w:basedOn" => {
                if let Some((_, s)) = huidig.as_mut() {
                    s.basis = attr(b"val");
                }
            }
            b"w:outlineLvl" => {
                if let (Some((_, s)), Some(v)) = (huidig.as_mut(), attr(b"val")) {
                    s.niveau = v.parse().ok();
                }
            }
            _ => {}
        }
    }
    uit
}

/// The heading level a style gives, 1 for a chapter: by its outline level (through the styles
/// it is based on), else by its id or name (Heading1, Kop 1, heading 2, Titel).
fn stijlniveau(id: &str, stijlen: &HashMap<String, Stijl>) -> Option<usize> {
    let mut huidig = Some(id.to_owned());
    for _ in 0..8 {
        let Some(h) = huidig else {
            break;
        };
        let s = stijlen.get(&h);
        if let Some(n) = s.and_then(|s| s.niveau) {
            // Level 9 is "body text".
            return (n < 9).then_some(usize::from(n) + 1);
        }
        for naam in [Some(h.as_str()), s.map(|s| s.naam.as_str())]
            .into_iter()
            .flatten()
        {
            let k = naam.to_lowercase().replace([' ', '-', '_'], "");
            for voor in ["heading", "kop"] {
                if let Some(rest) = k.strip_prefix(voor) {
                    if let Ok(n) = rest.parse::<usize>() {
                        if (1..=9).contains(&n) {
                            return Some(n);
                        }
                    }
                }
            }
            if k == "title" || k == "titel" {
                return Some(1);
            }
        }
        huidig = s.and_then(|s| s.basis.clone());
    }
    None
}

/// Whether the paragraph style `id` is that of a contents line, by its id or its name.
fn is_inhoud(id: &str, stijlen: &HashMap<String, Stijl>) -> bool {
    let naam = stijlen.get(id).map(|s| s.naam.as_str());
    [Some(id), naam].into_iter().flatten().any(|n| {
        let k = n.to_lowercase().replace([' ', '-', '_'], "");
        ["toc", "inhopg", "contents", "inhoud"].iter().any(|voor| {
            k.strip_prefix(voor)
                .is_some_and(|n| n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()))
        })
    })
}

/// Reads a .docx into blocks.
pub(crate) fn blokken(bytes: &[u8]) -> Result<Vec<Blok>, ImportFout> {
    let (document, stijldeel) = open_vreemd(bytes).map_err(|e| ImportFout::Word(e.to_string()))?;
    let stijlen = stijldeel.as_deref().map(stijlen).unwrap_or_default();
    let lichaam = lees_lichaam(&document).map_err(|e| ImportFout::Word(e.to_string()))?;
    let mut uit = Vec::new();
    voeg_toe(&lichaam, &stijlen, &mut uit);
    Ok(uit)
}

fn voeg_toe(knopen: &[Knoop], stijlen: &HashMap<String, Stijl>, uit: &mut Vec<Blok>) {
    for k in knopen {
        match k {
            Knoop::Alinea(a) => {
                let tekst = a.tekst();
                // A paragraph may hold several lines (breaks): each its own block.
                let tekst = tekst.trim();
                if tekst.is_empty() {
                    continue;
                }
                // A line of a contents (Word's "toc 1" to "toc 9", LibreOffice's "Contents 1",
                // the crate's own): kept as text, never read as the heading it names.
                if a.stijl.as_deref().is_some_and(|s| is_inhoud(s, stijlen)) {
                    uit.push(Blok::Alinea {
                        tekst: tekst.replace('\n', " "),
                        opsomming: false,
                    });
                    continue;
                }
                let niveau = a
                    .overzichtsniveau
                    .filter(|&n| n < 9)
                    .map(|n| usize::from(n) + 1)
                    .or_else(|| a.stijl.as_deref().and_then(|s| stijlniveau(s, stijlen)));
                if let Some(n) = niveau {
                    let regel = tekst.replace('\n', " ");
                    let (nr, titel) = match tekst::nummer(&regel) {
                        Some((nr, _, rest)) if !rest.is_empty() => (Some(nr), rest.to_owned()),
                        _ => (None, regel.clone()),
                    };
                    uit.push(Blok::Kop(Kop::new(n, nr, &titel, &regel)));
                    continue;
                }
                if a.opsomming {
                    uit.push(Blok::Alinea {
                        tekst: tekst.replace('\n', " "),
                        opsomming: true,
                    });
                    continue;
                }
                // Text without a heading style: read as text is read (numbered headings,
                // "- " items), one paragraph a block.
                let (b, _) = tekst::blokken(tekst);
                if b.len() == 1 {
                    uit.extend(b);
                } else {
                    uit.push(Blok::Alinea {
                        tekst: tekst.split_whitespace().collect::<Vec<_>>().join(" "),
                        opsomming: false,
                    });
                }
            }
            Knoop::Tabel(rijen) => {
                let rijen: Vec<Vec<String>> = rijen
                    .iter()
                    .map(|rij| {
                        rij.iter()
                            .map(|cel| {
                                let mut t = Vec::new();
                                voeg_toe(cel, stijlen, &mut t);
                                t.into_iter()
                                    .map(|b| match b {
                                        Blok::Alinea { tekst, .. } => tekst,
                                        Blok::Kop(k) => k.origineel,
                                        Blok::Tabel(r) => r
                                            .into_iter()
                                            .map(|r| r.join(" | "))
                                            .collect::<Vec<_>>()
                                            .join("; "),
                                    })
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                            .collect()
                    })
                    .collect();
                if !rijen.is_empty() {
                    uit.push(Blok::Tabel(rijen));
                }
            }
            Knoop::Sdt(sdt) => {
                // A table of contents is a building block: its entries are not the text.
                if sdt.bouwsteen || sdt.open {
                    continue;
                }
                voeg_toe(&sdt.blokken, stijlen, uit);
            }
        }
    }
}
