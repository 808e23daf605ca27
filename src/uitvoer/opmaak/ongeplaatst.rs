//! The text an import could not place, laid out at the end of the document: a chapter
//! [`KOP`], and under it each block under the heading it stood under in the original plan, a
//! field per paragraph (`/ongeplaatst/{i}/alineas/{j}`), so that a coordinator sees what is
//! still to be moved, in Markdown, HTML and Word alike, and what they change in Word reads
//! back. The import (`importeren`) reads the chapter back into `ongeplaatst`.

use super::{regel_inhoud, veld, Blok, Bouwer, Deel, Veldsoort};
use crate::document::OngeplaatsteTekst;

/// The heading of the chapter of unplaced text.
pub(crate) const KOP: &str = "Niet geplaatste tekst uit het oorspronkelijke plan";

/// The heading shown for text that stood before the plan's first heading (`kop` is `None`).
pub(crate) const ZONDER_KOP: &str = "Vóór de eerste kop";

/// The chapter of unplaced text, when there is any.
pub(super) fn ongeplaatst(b: &mut Bouwer, lijst: &[OngeplaatsteTekst]) {
    if lijst.iter().all(|o| o.alineas.is_empty()) {
        return;
    }
    b.kop_tekst(1, KOP);
    for (i, o) in lijst.iter().enumerate() {
        if o.alineas.is_empty() {
            continue;
        }
        let pad = format!("/ongeplaatst/{i}");
        let naam = match &o.kop {
            Some(kop) => {
                b.kop(
                    2,
                    vec![Deel::Veld(veld(
                        format!("{pad}/kop"),
                        format!("Niet geplaatst {}, kop", i + 1),
                        Veldsoort::OptieRegel,
                        regel_inhoud(Some(kop)),
                    ))],
                );
                kop.replace('\n', " ")
            }
            None => {
                b.kop_tekst(2, ZONDER_KOP);
                ZONDER_KOP.to_owned()
            }
        };
        for (j, alinea) in o.alineas.iter().enumerate() {
            b.blokken.push(Blok::Tekstveld(veld(
                format!("{pad}/alineas/{j}"),
                format!("Niet geplaatst onder '{naam}', alinea {}", j + 1),
                Veldsoort::Regel,
                regel_inhoud(Some(alinea)),
            )));
        }
    }
}
