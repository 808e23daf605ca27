//! The rule on text an import could not place (`ongeplaatst`): a draft read from an existing
//! plan is finished when that text stands where it belongs, or is consciously left out.

use super::verzamelaar::Verzamelaar;
use super::{Ernst, Grond, Regel, Toepassing};
use crate::document::OngeplaatsteTekst;

/// KBV-002: tekst uit het geïmporteerde plan staat nog niet op zijn plaats.
pub(crate) const KBV_002: Regel = Regel {
    code: "KBV-002",
    ernst: Ernst::Hint,
    document: Toepassing::Alle,
    titel: "tekst uit het geïmporteerde plan staat nog niet op zijn plaats",
    uitleg: "Bij het inlezen van een bestaand plan (kbv importeer) vond deze tekst geen veld; ze staat onder haar oorspronkelijke kop in 'ongeplaatst' (in Markdown, HTML en Word in het laatste hoofdstuk \"Niet geplaatste tekst uit het oorspronkelijke plan\"). Er gaat niets verloren, maar het concept is pas af als die tekst is verwerkt.",
    oplossing: "Verplaats de tekst naar het hoofdstuk of de prioriteit waar ze hoort, of haal haar weg als ze niet in het plan thuishoort (een voorwoord, een publicatievermelding).",
    grond: Grond::GezondVerstand {
        stelling: "Een plan staat in zijn eigen hoofdstukken: tekst die bij het inlezen geen plaats vond, is nog niet verwerkt.",
    },
};

/// One finding per block of unplaced text, naming its heading and how many paragraphs.
pub(crate) fn kbv_002(lijst: &[OngeplaatsteTekst], v: &mut Verzamelaar) {
    for (i, o) in lijst.iter().enumerate() {
        let n = o.alineas.len();
        if n == 0 {
            continue;
        }
        let waar = match &o.kop {
            Some(kop) => format!("onder de kop '{}'", kop.replace('\n', " ")),
            None => "vóór de eerste kop".to_owned(),
        };
        let alineas = if n == 1 {
            "1 alinea".to_owned()
        } else {
            format!("{n} alinea's")
        };
        v.meld(
            &KBV_002,
            format!("/ongeplaatst/{i}"),
            format!(
                "tekst uit het geïmporteerde plan staat nog niet op zijn plaats: {alineas} \
                 {waar}"
            ),
        );
    }
}
