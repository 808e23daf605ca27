//! The rules for a veiligheidsanalyse.

use super::plaatshouders::Pad;
use super::verzamelaar::{plaatshouders, Verzamelaar};
use crate::catalogus::{Aspect, Thema, Veld};
use crate::document::Veiligheidsanalyse;
use strum::VariantArray;

/// Every rule for a veiligheidsanalyse.
pub(crate) fn controleer(a: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    plaatshouders(a, v);
    let ontbrekend: Vec<String> = Thema::VARIANTS
        .iter()
        .copied()
        .filter(|t| a.themas.iter().all(|ta| ta.thema != *t))
        .map(|t| format!("{t:#}"))
        .collect();
    if !ontbrekend.is_empty() {
        v.meld(
            regel!("AN-001"),
            "/themas",
            format!(
                "de analyse behandelt {} thema's niet: {}",
                ontbrekend.len(),
                ontbrekend.join("; ")
            ),
        );
    }
    let wortel = Pad::WORTEL;
    let themas = wortel.sleutel("themas");
    for (i, ta) in a.themas.iter().enumerate() {
        let pad = themas.index(i);
        let veld_1 = ta.thema.veld() == Veld::VeiligeWoonEnLeefomgeving;
        let mut mist = Vec::new();
        if ta.problematiek.is_none() {
            mist.push(("problematiek", "problematiek"));
        }
        // For veld 1 the other two questions go to the six aspects (AN-002).
        if !veld_1 && ta.huidige_aanpak.is_none() {
            mist.push(("huidige_aanpak", "huidige aanpak"));
        }
        if !veld_1 && ta.beleidsversterkingen.is_none() {
            mist.push((
                "beleidsversterkingen",
                "mogelijke beleidsversterkingen ('extra?')",
            ));
        }
        for (sleutel, wat) in mist {
            v.meld(
                regel!("AN-001"),
                pad.sleutel(sleutel),
                format!("thema {:#}: de {wat} ontbreekt", ta.thema),
            );
        }
    }
    let ontbrekend: Vec<String> = Aspect::VARIANTS
        .iter()
        .copied()
        .filter(|asp| a.aspecten.iter().all(|aa| aa.aspect != *asp))
        .map(|asp| format!("{asp:#}"))
        .collect();
    if !ontbrekend.is_empty() {
        v.meld(
            regel!("AN-002"),
            "/aspecten",
            format!(
                "de aanpak van veld 1 wordt niet geanalyseerd voor de aspecten {}",
                ontbrekend.join("; ")
            ),
        );
    }
    let zonder_voorstel: Vec<String> = Veld::VARIANTS
        .iter()
        .copied()
        .filter(|veld| a.voorstel_prioriteiten.iter().all(|vp| vp.veld != *veld))
        .map(|veld| format!("{veld:#}"))
        .collect();
    if !zonder_voorstel.is_empty() {
        v.meld(
            regel!("AN-003"),
            "/voorstel_prioriteiten",
            format!(
                "de analyse stelt geen prioriteiten voor in veld {}",
                zonder_voorstel.join("; ")
            ),
        );
    }
    for (i, aa) in a.aspecten.iter().enumerate() {
        for (sleutel, ontbreekt) in [
            ("huidige_aanpak", aa.huidige_aanpak.is_none()),
            ("beleidsversterkingen", aa.beleidsversterkingen.is_none()),
        ] {
            if ontbreekt {
                v.meld(
                    regel!("AN-002"),
                    format!("/aspecten/{i}/{sleutel}"),
                    format!(
                        "aspect {:#}: {} ontbreekt",
                        aa.aspect,
                        sleutel.replace('_', " ")
                    ),
                );
            }
        }
    }
}
