//! A skeleton veiligheidsanalyse-rapportage: every theme with its drieslag, veld 1 through its
//! six aspects.

use super::open;
use crate::catalogus::{Aspect, Thema, Veld};
use crate::document::{
    AspectAnalyse, Cijfer, Invulbaar, ThemaAnalyse, Veiligheidsanalyse, VoorstelVeld,
};
use strum::VariantArray;

/// Builds a skeleton analysis of all 22 themes and the six aspects of veld 1, with the
/// handbook's sources of effect information as the figures to gather.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_analyse;
/// use kernbeleid::skelet::analyse;
///
/// let a = analyse(["Utrecht"], 2026);
/// assert_eq!(a.themas.len(), 22);
/// assert_eq!(a.aspecten.len(), 6);
/// assert!(controleer_analyse(&a).waarschuwingen() == 0);
/// ```
#[doc(alias = "skeleton")]
#[doc(alias = "template")]
#[must_use]
pub fn analyse(
    gemeenten: impl IntoIterator<Item = impl Into<String>>,
    jaar: i32,
) -> Veiligheidsanalyse {
    let mut a = Veiligheidsanalyse::new(gemeenten, jaar);
    a.titel = Some(format!(
        "Veiligheidsanalyse {} {jaar}",
        a.gemeenten.join(", ")
    ));
    a.themas = Thema::VARIANTS.iter().copied().map(thema).collect();
    a.aspecten = Aspect::VARIANTS
        .iter()
        .copied()
        .map(|aspect| AspectAnalyse {
            aspect,
            huidige_aanpak: Some(open(format!(
                "huidige aanpak binnen aspect {aspect:#}: beleidskaders, maatregelen, projecten en knelpunten"
            ))),
            beleidsversterkingen: Some(open("mogelijke beleidsversterkingen ('extra?')")),
        })
        .collect();
    a.voorstel_prioriteiten = Veld::VARIANTS
        .iter()
        .copied()
        .map(|veld| VoorstelVeld {
            veld,
            themas: Vec::new(),
            toelichting: Some(open(format!(
                "welke prioriteiten zijn binnen veld {} plausibel?",
                veld.nummer()
            ))),
        })
        .collect();
    a
}

fn thema(thema: Thema) -> ThemaAnalyse {
    let g = thema.gegevens();
    let veld_1 = g.aanpak.is_none();
    let mut t = ThemaAnalyse::new(thema);
    let bronnen = if g.effectinformatie.is_empty() {
        "de handreiking noemt hier geen bronnen".to_owned()
    } else {
        g.effectinformatie.join("; ")
    };
    t.problematiek = Some(open(format!(
        "welke veiligheidsproblematiek doet zich voor ('waar heeft de burger last van?')? Bronnen volgens de handreiking: {bronnen}"
    )));
    t.cijfers = g
        .effectindicatoren
        .iter()
        .map(|item| Cijfer {
            omschrijving: (*item).to_owned(),
            jaar: None,
            waarde: Some(Invulbaar::in_te_vullen("waarde")),
            eenheid: None,
            bron: None,
        })
        .collect();
    if !veld_1 {
        t.huidige_aanpak = Some(open(
            "huidige aanpak: beleidskaders, maatregelen, projecten en knelpunten",
        ));
        t.beleidsversterkingen = Some(open("mogelijke beleidsversterkingen ('extra?')"));
    }
    t
}
