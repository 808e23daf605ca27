//! The cover page of the Word file: under the title, the gemeente or gemeenten, the period in
//! words, the status (concept, or adopted by whom and when) and the date of this version.
//!
//! The lines are fixed text: the reader makes them again from the document kept in the file
//! and the date the file was written (`dcterms:created` of `docProps/core.xml`), so that an
//! unchanged cover page reads back as nothing and an edited line is reported like other text
//! outside the fields.

use chrono::NaiveDate;

use crate::document::{Besluitdatum, Document, Vaststelling};
use crate::uitvoer::opmaak;

/// A line of the cover page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Regel {
    /// Shown bold: the status.
    pub(super) vet: bool,
    /// The text.
    pub(super) tekst: String,
}

/// "1 januari 2027".
pub(super) fn datum_in_woorden(d: NaiveDate) -> String {
    opmaak::datum_tekst(d)
}

fn besluitdatum_in_woorden(d: Besluitdatum) -> String {
    match d.datum() {
        Some(d) => datum_in_woorden(d),
        // "12 maart": already in words.
        None => d.to_string(),
    }
}

/// "Utrecht", "Utrecht en Zeist", "Leerdam, Vianen en Zederik".
fn opsomming(namen: &[String]) -> String {
    match namen {
        [] => String::new(),
        [een] => een.clone(),
        [eerste @ .., laatste] => format!("{} en {laatste}", eerste.join(", ")),
    }
}

fn status(vaststelling: &[Vaststelling]) -> Vec<Regel> {
    if vaststelling.is_empty() {
        return vec![Regel {
            vet: true,
            tekst: "Concept".to_owned(),
        }];
    }
    vaststelling
        .iter()
        .map(|v| {
            let gemeente = v
                .gemeente
                .as_deref()
                .map_or_else(String::new, |g| format!(" van {g}"));
            let datum = v.datum.map_or_else(String::new, |d| {
                format!(" op {}", besluitdatum_in_woorden(d))
            });
            Regel {
                vet: true,
                tekst: format!("Vastgesteld door de {}{gemeente}{datum}", v.door),
            }
        })
        .collect()
}

/// The lines under the title; `datum` is the day the file was written.
pub(super) fn regels(document: &Document, datum: Option<NaiveDate>) -> Vec<Regel> {
    let (gemeenten, periode, vaststelling) = match document {
        Document::Ivp(d) => (
            &d.gemeenten,
            format!(
                "{} t/m {}",
                datum_in_woorden(d.periode.van),
                datum_in_woorden(d.periode.tot)
            ),
            &d.vaststelling[..],
        ),
        Document::Uitvoeringsplan(d) => (
            &d.gemeenten,
            match &d.ivp {
                Some(ivp) => format!("Uitvoeringsjaar {}, bij het IVP {}", d.jaar, ivp.periode),
                None => format!("Uitvoeringsjaar {}", d.jaar),
            },
            &d.vaststelling[..],
        ),
        Document::Analyse(d) => (&d.gemeenten, format!("Analysejaar {}", d.jaar), &[][..]),
        Document::Voortgang(d) => (
            &d.gemeenten,
            format!("Peildatum {}", datum_in_woorden(d.peildatum)),
            &[][..],
        ),
    };
    let woord = if gemeenten.len() > 1 {
        "Gemeenten"
    } else {
        "Gemeente"
    };
    let mut uit = vec![
        Regel {
            vet: false,
            tekst: format!("{woord} {}", opsomming(gemeenten)),
        },
        Regel {
            vet: false,
            tekst: periode,
        },
    ];
    uit.extend(status(vaststelling));
    if let Some(d) = datum {
        uit.push(Regel {
            vet: false,
            tekst: format!("Versie van {}", datum_in_woorden(d)),
        });
    }
    for r in &mut uit {
        r.tekst = opmaak::veilig(&r.tekst).replace(['\n', '\t'], " ");
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Orgaan, Periode};
    use crate::skelet::{self, IvpOpties, PrioriteitKeuze};

    #[test]
    fn een_concept_en_een_vastgesteld_plan() {
        let opties = IvpOpties::new(
            ["Leerdam", "Vianen", "Zederik"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("5.2").expect("keuze"),
        );
        let mut ivp = skelet::ivp(&opties);
        let tekst = |d: &Document| -> Vec<String> {
            regels(d, NaiveDate::from_ymd_opt(2026, 11, 3))
                .into_iter()
                .map(|r| r.tekst)
                .collect()
        };
        assert_eq!(
            tekst(&Document::from(ivp.clone())),
            [
                "Gemeenten Leerdam, Vianen en Zederik",
                "1 januari 2027 t/m 31 december 2030",
                "Concept",
                "Versie van 3 november 2026"
            ]
        );
        ivp.vaststelling = vec![Vaststelling {
            gemeente: Some("Vianen".to_owned()),
            door: Orgaan::Raad,
            datum: Some("12 maart 2027".parse().expect("datum")),
        }];
        assert_eq!(
            tekst(&Document::from(ivp))[2],
            "Vastgesteld door de raad van Vianen op 12 maart 2027"
        );
        let analyse = Document::from(skelet::analyse(["Utrecht"], 2026));
        assert_eq!(
            regels(&analyse, None)
                .into_iter()
                .map(|r| r.tekst)
                .collect::<Vec<_>>(),
            ["Gemeente Utrecht", "Analysejaar 2026", "Concept"]
        );
    }
}
