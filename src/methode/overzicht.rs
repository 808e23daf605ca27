//! "Overzicht: belangrijke karakteristieken van het proces" (p. 12) and "Wisselwerking IVP en
//! Uitvoeringsplan" (p. 13).

use serde::Serialize;

use super::Passage;
use crate::Bron;

const BRON: Bron = Bron::new(
    "Overzicht: belangrijke karakteristieken van het proces",
    Some(12),
);

/// One of the lettered karakteristieken of the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Karakteristiek {
    /// The item's letter as printed: `'a'`, `'b'` or `'c'`.
    pub letter: char,
    /// The italic or bold lead, for example `"Doorvertaling"`.
    pub naam: &'static str,
    /// The explanation after the lead, as printed.
    pub tekst: &'static str,
    /// Where it stands: "Overzicht: belangrijke karakteristieken van het proces", p. 12.
    pub bron: Bron,
}

/// The overview of the important karakteristieken of the process ("Overzicht: belangrijke
/// karakteristieken van het proces").
///
/// Named `Procesoverzicht` (formerly `Overzicht`) so as not to be confused with the regional
/// overview of many plans side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[doc(alias = "Overzicht")]
#[doc(alias = "process overview")]
pub struct Procesoverzicht {
    /// The introduction.
    pub inleiding: &'static str,
    /// The three karakteristieken a to c, in order.
    pub karakteristieken: &'static [Karakteristiek],
    /// Where it stands: "Overzicht: belangrijke karakteristieken van het proces", p. 12.
    pub bron: Bron,
}

/// "Overzicht: belangrijke karakteristieken van het proces".
///
/// # Example
///
/// ```
/// use kernbeleid::methode::PROCESOVERZICHT;
///
/// let namen: Vec<_> = PROCESOVERZICHT.karakteristieken.iter().map(|k| k.naam).collect();
/// assert_eq!(
///     namen,
///     ["Eerst het fundament leggen, zowel procesmatig als inhoudelijk", "Doorvertaling", "Kanteling"]
/// );
/// ```
pub const PROCESOVERZICHT: Procesoverzicht = Procesoverzicht {
    inleiding: "Het beleidsproces heeft enkele opvallende karakteristieken. Rekening houden daarmee 'helpt' bij het zetten van de stappen. Belangrijke zijn:",
    karakteristieken: &[
        Karakteristiek {
            letter: 'a',
            naam: "Eerst het fundament leggen, zowel procesmatig als inhoudelijk",
            tekst: "Procesmatig: de startnotitie (Stap 1) ofwel het 'projectplan' met een beschrijving van de te realiseren producten, te zetten stappen, partners, planning, capaciteit en middelen. Inhoudelijk: de veiligheidsanalyse (Stap 2), met een beschrijving van problematiek, lopende aanpak, mogelijke beleidsversterkingen en aan te bevelen prioriteiten voor het nieuwe IVP.",
            bron: BRON,
        },
        Karakteristiek {
            letter: 'b',
            naam: "Doorvertaling",
            tekst: "De veiligheidsanalyse in Stap 2 – het inhoudelijke fundament – levert veel van het benodigde materiaal voor de prioritering (Stap 3), het opstellen van het IVP (Stap 4) en het opstellen van het Uitvoeringsplan (Stap 5) op. Een solide uitvoering van Stap 2 vergemakkelijkt de uitvoering van Stap 3 en verder in hoge mate.",
            bron: BRON,
        },
        Karakteristiek {
            letter: 'c',
            naam: "Kanteling",
            tekst: "In Stap 2, bij de veiligheidsanalyse, staan de vijf veiligheidsvelden en de thema's daarbinnen centraal – die worden 'ingevuld' aan de hand van de drie hoofdvragen van de veiligheidsanalyse. Wat resulteert, is een 'plattegrond' van integrale veiligheid en de aanpak daarvan. In stap 3 worden uit dit geheel prioriteiten 'gefilterd' en de resterende veiligheidsthema's binnen de velden geclusterd tot een logische set overige strategische thema's. De sets prioriteiten en overige strategische thema's keren terug in het IVP (in hoofdstuk 4 en 5) en uitvoeringsplan (hoofdstuk 3 en 4). De indeling van vijf veiligheidsvelden speelt niet of nauwelijks meer een rol vanaf Stap 3 (enkel in hoofdstuk 1 van het IVP: samenvatting veiligheidsanalyse).",
            bron: BRON,
        },
    ],
    bron: BRON,
};

/// "Wisselwerking IVP en Uitvoeringsplan": why steps 4 and 5 are best taken more or less at
/// the same time. See also [`STAP_4_EN_5_TEGELIJK`](super::STAP_4_EN_5_TEGELIJK).
pub const WISSELWERKING: Passage = Passage {
    tekst: "Het IVP en het Uitvoeringsplan worden in stap 4 en 5 opgesteld. Er zijn echter goede redenen om beide stappen min of meer tegelijk (in nauwe wisselwerking) te zetten. Dit vergemakkelijkt de uitwerking van/keuzes bij de veiligheidsthema's in beide documenten: wat zijn 'strategische' aspecten van de thema's, op te nemen in het IVP? Wat zijn 'tactische' en 'operationele' aspecten, op te nemen in het Uitvoeringsplan? Het gelijktijdig opwerken van beide documenten werkt ook ondersteunend aan de besluitvorming: MT-, College- en Raadsleden hebben dan immers gelijk zicht op de praktische uitwerking van strategische lijnen in het IVP. Dit geeft houvast en vertrouwen. (NB: de Raad ontvangt het Uitvoeringsplan enkel ter informatie – het wordt vastgesteld door het College).",
    bron: Bron::new("Wisselwerking IVP en Uitvoeringsplan", Some(13)),
};
