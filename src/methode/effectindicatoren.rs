//! Guidance on effectindicatoren and streefwaarden for the IVP ("Effectindicatoren", p. 14).

use serde::Serialize;

use super::Opsomming;
use crate::Bron;

const BRON: Bron = Bron::new("Effectindicatoren", Some(14));

/// The handbook's uitgangspunten and tips for choosing effectindicatoren and setting
/// streefwaarden.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::EFFECTINDICATOREN;
///
/// assert_eq!(EFFECTINDICATOREN.kiezen_indicatoren.len(), 7);
/// assert_eq!(EFFECTINDICATOREN.bepalen_streefwaarden.len(), 4);
/// assert!(EFFECTINDICATOREN.kiezen_indicatoren.items[1].starts_with("Beperk het aantal indicatoren"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Effectindicatoren {
    /// The introduction: effectindicatoren in any case for the prioriteiten (IVP chapter 4).
    pub inleiding: &'static str,
    /// "Kiezen indicatoren", each item one bullet.
    pub kiezen_indicatoren: Opsomming,
    /// "Bepalen streefwaarden", each item one bullet.
    pub bepalen_streefwaarden: Opsomming,
    /// Where it stands: "Effectindicatoren", p. 14.
    pub bron: Bron,
}

/// The guidance on effectindicatoren and streefwaarden.
pub const EFFECTINDICATOREN: Effectindicatoren = Effectindicatoren {
    inleiding: "Het IVP bevat effectindicatoren, in elk geval bij de prioritaire thema's (- hoofdstuk 4 IVP). Uitgangspunten en tips voor het kiezen van indicatoren en bepalen van streefwaarden zijn:",
    kiezen_indicatoren: Opsomming {
        kop: Some("Kiezen indicatoren"),
        inleiding: None,
        items: &[
            "Maak combinaties van 'objectieve' indicatoren (bijvoorbeeld uit de politieregistratie) en 'subjectieve' indicatoren (bijvoorbeeld uit de Veiligheidsmonitor); met elkaar geven deze indicatoren een betrouwbaar beeld.",
            "Beperk het aantal indicatoren (twee a drie per prioriteit). Een teveel aan indicatoren compliceert de informatieverzameling en verantwoording. Maak eventueel samengestelde indicatoren. Deze zijn ook 'rustiger', minder beïnvloedbaar door incidenten.",
            "Causaliteit tussen aanpak/maatregelen en veiligheidseffecten is per definitie lastig aan te tonen – vaak zijn er veel verklarende factoren. Onzekerheid over causaliteit is dan ook niet per se een krachtig argument om af te zien van bepaalde indicatoren. Essentie is dat er indicatoren gekozen worden die 'mobiliserend' werken voor de aanpak en samenwerking. Het eventueel uitblijven van beoogde effecten kan bij evaluaties geduid en verantwoord worden.",
            "Zoek aansluiting (in zoverre plausibel) bij keuzes van partners in hun eigen planvorming. Dit is bevorderlijk voor de samenwerking.",
            "Wees alert op de beschikbaarheid van de benodigde informatie over de indicatoren (meetbaarheid!). Werk bij voorkeur met 'stabiele' bronnen zoals de politieregistratie (VNG-INP-model: zie hierna) en de Veiligheidsmonitor.",
            "Integreer mede de beleidsindicatoren voor programmaverantwoording zoals genoemd in het Besluit begroting en verantwoording provincies en gemeenten (actuele indicatoren in Staatscourant dd 1 april 2016).",
            "Neem ook kennis van de suggesties voor indicatoren zoals vermeld in Deel B van deze handreiking, bij de uitwerking van de veiligheidsthema's.",
        ],
        bron: BRON,
    },
    bepalen_streefwaarden: Opsomming {
        kop: Some("Bepalen streefwaarden"),
        inleiding: None,
        items: &[
            "Zoek een balans tussen realisme en ambitie. Nodig is een zeker mobiliserend effect. En er kan een politiek-bestuurlijk belang gemoeid zijn bij stevige ambitie.",
            "Houd rekening met de trend in de afgelopen jaren (indien er een stevige daling op een indicator is geweest, is verdere daling wellicht niet realistisch).",
            "Kijk ook naar doelstellingen en trends van vergelijkbare gemeenten (benchmark).",
            "Zoek ook hier aansluiting bij keuzes van partners.",
        ],
        bron: BRON,
    },
    bron: BRON,
};
