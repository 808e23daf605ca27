//! The rules for a veiligheidsanalyse: the drieslag per theme, veld 1 through its six aspects,
//! and a proposal of priorities per veld.

use strum::VariantArray;

use super::passages::*;
use super::verzamelaar::Verzamelaar;
use super::{Ernst, Grond, Regel, Toepassing};
use crate::catalogus::{Aspect, Thema, Veld};
use crate::document::Veiligheidsanalyse;

/// Every rule for a veiligheidsanalyse.
pub(crate) fn controleer(a: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    an_001(a, v);
    an_002(a, v);
    an_003(a, v);
    super::ongeplaatst::kbv_002(&a.ongeplaatst, v);
}

/// Each of `alle` that no entry of `behandeld` is, with its name (`{:#}`).
fn niet_behandeld<T: Copy + PartialEq + core::fmt::Display>(
    alle: &[T],
    behandeld: impl Fn(T) -> bool,
) -> Vec<String> {
    alle.iter()
        .filter(|&&t| !behandeld(t))
        .map(|t| format!("{t:#}"))
        .collect()
}

/// AN-001: drieslag onvolledig.
pub(crate) const AN_001: Regel = Regel {
    code: "AN-001",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Analyse,
    titel: "drieslag onvolledig",
    uitleg: "Per thema brengt de analyse de problematiek, de huidige aanpak en mogelijke beleidsversterkingen in beeld; voor veld 1 de aanpak via de zes aspecten.",
    oplossing: "Vul het ontbrekende deel van de drieslag aan.",
    grond: Grond::Handreiking {
        citaat: "Voor elk veiligheidsthema binnen de vijf veiligheidsvelden wordt geïnventariseerd (1) welke veiligheidsproblematiek zich voordoet, (2) hoe de huidige aanpak eruit ziet, (3) welke aanvullende acties/beleidsversterkingen wenselijk zijn.",
        bron: STAP_2,
    },
};

fn an_001(a: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    let ontbrekend = niet_behandeld(Thema::VARIANTS, |t| a.themas.iter().any(|ta| ta.thema == t));
    if !ontbrekend.is_empty() {
        v.meld(
            &AN_001,
            "/themas",
            format!(
                "de analyse behandelt {} thema's niet: {}",
                ontbrekend.len(),
                ontbrekend.join("; ")
            ),
        );
    }
    for (i, ta) in a.themas.iter().enumerate() {
        // For veld 1 the other two questions go to the six aspects (AN-002).
        let veld_1 = ta.thema.veld() == Veld::VeiligeWoonEnLeefomgeving;
        let mist = [
            ("problematiek", "problematiek", ta.problematiek.is_none()),
            (
                "huidige_aanpak",
                "huidige aanpak",
                !veld_1 && ta.huidige_aanpak.is_none(),
            ),
            (
                "beleidsversterkingen",
                "mogelijke beleidsversterkingen ('extra?')",
                !veld_1 && ta.beleidsversterkingen.is_none(),
            ),
        ];
        for (sleutel, wat, _) in mist.into_iter().filter(|(_, _, mist)| *mist) {
            v.meld(
                &AN_001,
                format!("/themas/{i}/{sleutel}"),
                format!("thema {:#}: de {wat} ontbreekt", ta.thema),
            );
        }
    }
}

/// AN-002: veld 1 niet via de zes aspecten.
pub(crate) const AN_002: Regel = Regel {
    code: "AN-002",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Analyse,
    titel: "veld 1 niet via de zes aspecten",
    uitleg: "Bij veld 1 richten de vragen 'huidige aanpak?' en 'extra?' zich op de zes aspecten van de aanpak, niet op de afzonderlijke thema's.",
    oplossing: "Analyseer de aanpak van veld 1 per aspect (1.1 tot en met 1.6).",
    grond: Grond::Handreiking {
        citaat: "De analyse van veiligheidsveld 1 (‘veilige woon- en leefomgeving’) verloopt anders dan die van de andere velden.",
        bron: STAP_2,
    },
};

fn an_002(a: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    let ontbrekend = niet_behandeld(Aspect::VARIANTS, |asp| {
        a.aspecten.iter().any(|aa| aa.aspect == asp)
    });
    if !ontbrekend.is_empty() {
        v.meld(
            &AN_002,
            "/aspecten",
            format!(
                "de aanpak van veld 1 wordt niet geanalyseerd voor de aspecten {}",
                ontbrekend.join("; ")
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
                    &AN_002,
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

/// AN-003: geen voorstel voor prioriteiten per veld.
pub(crate) const AN_003: Regel = Regel {
    code: "AN-003",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Analyse,
    titel: "geen voorstel voor prioriteiten per veld",
    uitleg: "De veiligheidsanalyse eindigt per veiligheidsveld met de prioriteiten die voor het nieuwe beleid plausibel zijn; daarop bouwt de prioritering van stap 3.",
    oplossing: "Geef per veld aan welke prioriteiten plausibel zijn (of dat er geen zijn).",
    grond: Grond::Handreiking {
        citaat: "In vervolg daarop wordt per veiligheidsveld bepaald welke prioriteiten voor het nieuwe beleid plausibel zijn.",
        bron: STAP_2,
    },
};

fn an_003(a: &Veiligheidsanalyse, v: &mut Verzamelaar) {
    let zonder_voorstel = niet_behandeld(Veld::VARIANTS, |veld| {
        a.voorstel_prioriteiten.iter().any(|vp| vp.veld == veld)
    });
    if !zonder_voorstel.is_empty() {
        v.meld(
            &AN_003,
            "/voorstel_prioriteiten",
            format!(
                "de analyse stelt geen prioriteiten voor in veld {}",
                zonder_voorstel.join("; ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{analyse, bevindingen};

    /// AN-001: "Voor elk veiligheidsthema ... wordt geïnventariseerd (1) welke
    /// veiligheidsproblematiek zich voordoet, (2) hoe de huidige aanpak eruit ziet, (3) welke
    /// aanvullende acties/beleidsversterkingen wenselijk zijn."
    #[test]
    fn an_001_drieslag() {
        let a = analyse(r#"themas = [{ thema = "2.1", problematiek = "Overlast." }]"#);
        assert_eq!(
            bevindingen(&a, "AN-001"),
            [
                "/themas",
                "/themas/0/huidige_aanpak",
                "/themas/0/beleidsversterkingen"
            ]
        );
    }

    /// AN-002: "De analyse van veiligheidsveld 1 ... verloopt anders": through its aspects.
    #[test]
    fn an_002_veld_1_via_aspecten() {
        let a = analyse(r#"aspecten = [{ aspect = "1.1", huidige_aanpak = "Wijkagenten." }]"#);
        assert_eq!(
            bevindingen(&a, "AN-002"),
            ["/aspecten", "/aspecten/0/beleidsversterkingen"]
        );
    }

    /// AN-003: "per veiligheidsveld bepaald welke prioriteiten ... plausibel zijn".
    #[test]
    fn an_003_voorstel_per_veld() {
        assert_eq!(
            bevindingen(&analyse(""), "AN-003"),
            ["/voorstel_prioriteiten"]
        );
    }
}
