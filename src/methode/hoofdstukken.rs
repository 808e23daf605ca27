//! The recommended chapters of the IVP (step 4) and of the Uitvoeringsplan (step 5).

use core::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, FromRepr, IntoStaticStr, VariantArray};

use super::Passage;
use crate::naam::Benoembaar;
use crate::Bron;

const STAP_4: Bron = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
const STAP_5: Bron = Bron::new("Stappenplan, Stap 5: Opstellen Uitvoeringsplan", Some(6));
const OVERZICHT: Bron = Bron::new(
    "Overzicht: belangrijke karakteristieken van het proces",
    Some(12),
);

/// One of the seven chapters of the IVP as the handbook sets it out in step 4 ("De opzet is
/// als volgt").
///
/// Serialised (serde) as its stable snake_case key ([`IvpHoofdstuk::sleutel`]), for example
/// `"overige_strategische_themas"`. [`FromStr`](core::str::FromStr) accepts the number 1 to 7, "hoofdstuk 4", the
/// key and the title as printed, ignoring case, accents and punctuation.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::IvpHoofdstuk;
///
/// let hoofdstuk: IvpHoofdstuk = "Hoofdstuk 4".parse()?;
/// assert_eq!(hoofdstuk, IvpHoofdstuk::Prioriteiten);
/// assert_eq!(hoofdstuk.gegevens().vaste_onderdelen.len(), 4);
/// assert_eq!(IvpHoofdstuk::CoordinatieBeleidscyclus.to_string(), "Coördinatie, beleidscyclus");
/// # Ok::<(), kernbeleid::methode::OnbekendIvpHoofdstuk>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumCount,
    VariantArray,
    FromRepr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
#[doc(alias = "chapter")]
#[doc(alias = "safety plan chapter")]
pub enum IvpHoofdstuk {
    /// 1 "Uitgangssituatie".
    Uitgangssituatie,
    /// 2 "Strategische doelstelling".
    StrategischeDoelstelling,
    /// 3 "Strategische uitgangspunten".
    StrategischeUitgangspunten,
    /// 4 "Prioriteiten".
    Prioriteiten,
    /// 5 "Overige strategische thema's".
    OverigeStrategischeThemas,
    /// 6 "Coördinatie, beleidscyclus".
    CoordinatieBeleidscyclus,
    /// 7 "Begroting".
    Begroting,
}

/// What the handbook says one [`IvpHoofdstuk`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IvpHoofdstukGegevens {
    /// The chapter described.
    pub hoofdstuk: IvpHoofdstuk,
    /// The chapter number, 1 to 7.
    pub nummer: u8,
    /// The title as printed (bold in the handbook), without its closing full stop.
    pub titel: &'static str,
    /// What the chapter holds: the text after the title, in paragraphs.
    pub inhoud: &'static [&'static str],
    /// The "vaste onderdelen" (fixed parts) the handbook lists for the chapter, marked `(*)` in
    /// the source; only chapter 4 has them (chapter 5 follows "hetzelfde format").
    pub vaste_onderdelen: &'static [&'static str],
    /// Where it stands: "Stappenplan, Stap 4: Opstellen IVP", p. 6.
    pub bron: Bron,
}

static IVP_HOOFDSTUKKEN: [IvpHoofdstukGegevens; 7] = [
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::Uitgangssituatie,
        nummer: 1,
        titel: "Uitgangssituatie",
        inhoud: &["Dit is een korte schets van de veiligheidssituatie en lopende aanpak op de vijf veiligheidsvelden. In feite een samenvatting van de veiligheidsanalyserapportage (stap 2)."],
        vaste_onderdelen: &[],
        bron: STAP_4,
    },
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::StrategischeDoelstelling,
        nummer: 2,
        titel: "Strategische doelstelling",
        inhoud: &[
            "Dit hoofdstuk bevat de generieke, strategische doelstelling van de gemeente voor het 'eindjaar' van het IVP. Deze doelstelling is niet gekoppeld aan specifieke thema's, het gaat meer algemeen om de vraag: waar willen we 'staan' in het jaar 20 .. met de veiligheid? Hier verwoordt het bestuur zijn visie op veiligheid en leefbaarheid, inclusief verbindingen met ander beleid/Collegeprogramma. Aan te bevelen is een kwalitatief en een kwantitatief deel. Kwalitatief: voornemens over bijvoorbeeld maatschappelijke verankering van veiligheid, vitaliteit van wijken, veilig wonen en werken, etc.",
            "Kwantitatief: streefwaarden op 'overstijgende' indicatoren zoals totaalvolume criminaliteit (politieregistratie/misdrijven), veiligheidsgevoel bewoners (Veiligheidsmonitor).",
        ],
        vaste_onderdelen: &[],
        bron: STAP_4,
    },
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::StrategischeUitgangspunten,
        nummer: 3,
        titel: "Strategische uitgangspunten",
        inhoud: &["Dit betreft de hoofdlijnen van het 'hoe': hoe werkt de gemeente aan het bereiken van de strategische doelstelling (= het 'wat')? Wat zijn overstijgende rode draden in de aanpak? Denk aan burgerparticipatie, verbinding veiligheid en sociaal domein, wijk- en buurtgericht werken, versteviging intelligence. Deze rode draden keren terug bij de uitwerking van de prioriteiten en overige strategische thema's."],
        vaste_onderdelen: &[],
        bron: STAP_4,
    },
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::Prioriteiten,
        nummer: 4,
        titel: "Prioriteiten",
        inhoud: &["In dit hoofdstuk worden de prioriteiten zoals die in stap 3 zijn benoemd, uitgewerkt. Vaste onderdelen zijn:"],
        vaste_onderdelen: &[
            "uitleg/toelichting van het veiligheidsthema: waarom is het prioritair in de gemeente?",
            "hoofdlijnen van de aanpak in komende jaren: daadwerkelijk de 'hoofdlijnen' – concretisering gebeurt in het Uitvoeringsplan; wel kunnen voorbeeldsgewijs specifieke instrumenten worden genoemd",
            "flankerend beleid, vooral van de gemeente; denk aan zorg- en welzijnsbeleid, participatiebeleid, wijkmanagement/ gebiedsgericht werken, etc.",
            "doelstelling, wederom zowel kwalitatief ('missie') als kwantitatief (streefwaarden op effectindicatoren); zie voor het kiezen van indicatoren en streefwaarden hierna.",
        ],
        bron: STAP_4,
    },
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::OverigeStrategischeThemas,
        nummer: 5,
        titel: "Overige strategische thema's",
        inhoud: &["In dit hoofdstuk worden de 'going concern'-thema's – eveneens uitkomst van stap 3 – uitgewerkt. Daarbij wordt hetzelfde format gevolgd als bij de prioriteiten. De uitwerking is in principe minder uitgebreid dan bij de prioriteiten – het zijn immers géén prioriteiten, er zit geen of beperkt intensivering op. Een mogelijkheid is af te zien van effectindicatoren."],
        vaste_onderdelen: &[],
        bron: STAP_4,
    },
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::CoordinatieBeleidscyclus,
        nummer: 6,
        titel: "Coördinatie, beleidscyclus",
        inhoud: &["Dit hoofdstuk beschrijft de karakteristieken van de ambtelijke en bestuurlijke coördinatie over het beleid, de beleidscyclus, sturing en voortgangsbewaking, informatiepositie."],
        vaste_onderdelen: &[],
        bron: STAP_4,
    },
    IvpHoofdstukGegevens {
        hoofdstuk: IvpHoofdstuk::Begroting,
        nummer: 7,
        titel: "Begroting",
        inhoud: &["Dit hoofdstuk bevat de financiële onderbouwing van het beleid."],
        vaste_onderdelen: &[],
        bron: STAP_4,
    },
];

impl IvpHoofdstuk {
    /// The handbook's record for this chapter.
    #[must_use]
    pub fn gegevens(self) -> &'static IvpHoofdstukGegevens {
        &IVP_HOOFDSTUKKEN[self as usize]
    }

    /// The chapter number, 1 to 7.
    #[must_use]
    pub fn nummer(self) -> u8 {
        self.gegevens().nummer
    }

    /// The title as printed, for example `"Overige strategische thema's"`.
    #[must_use]
    pub fn titel(self) -> &'static str {
        self.gegevens().titel
    }

    /// The stable snake_case key serde writes, for example `"coordinatie_beleidscyclus"`.
    #[must_use]
    pub fn sleutel(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for IvpHoofdstuk {
    /// The title as printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.titel())
    }
}

impl Benoembaar for IvpHoofdstuk {
    const ONBEKEND: &'static str = "onbekend IVP-hoofdstuk";
    const VOORVOEGSELS: &'static [&'static str] = &["hoofdstuk"];

    /// The title as printed and the key.
    fn namen(self) -> impl Iterator<Item = &'static str> {
        [self.titel(), self.sleutel()].into_iter()
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("1 tot en met 7 of de titel van een hoofdstuk van het IVP")
    }
}

van_tekst!(
    /// Error returned when text does not name one of the seven [`IvpHoofdstuk`]ken.
    OnbekendIvpHoofdstuk: IvpHoofdstuk
);

/// One of the five chapters of the Uitvoeringsplan in the handbook's "aanbevolen opzet"
/// (step 5).
///
/// Serialised (serde) as its stable snake_case key ([`UitvoeringsplanHoofdstuk::sleutel`]).
/// [`FromStr`](core::str::FromStr) accepts the number 1 to 5, "hoofdstuk 3", the key and the title.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::UitvoeringsplanHoofdstuk;
///
/// let hoofdstuk: UitvoeringsplanHoofdstuk = "terugblik".parse()?;
/// assert_eq!(hoofdstuk.nummer(), 2);
/// assert_eq!(
///     hoofdstuk.gegevens().opzet,
///     "Terugblik (veiligheidsbeeld en aanpak; NB: met name bij de 'vervolgplannen')."
/// );
/// # Ok::<(), kernbeleid::methode::OnbekendUitvoeringsplanHoofdstuk>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumCount,
    VariantArray,
    FromRepr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
#[doc(alias = "chapter")]
#[doc(alias = "implementation plan chapter")]
pub enum UitvoeringsplanHoofdstuk {
    /// 1 "Hoofdlijn IVP".
    HoofdlijnIvp,
    /// 2 "Terugblik".
    Terugblik,
    /// 3 "Uitwerking prioriteiten".
    UitwerkingPrioriteiten,
    /// 4 "Uitwerking overige strategische thema's".
    UitwerkingOverigeStrategischeThemas,
    /// 5 "Begroting".
    Begroting,
}

/// What the handbook says one [`UitvoeringsplanHoofdstuk`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UitvoeringsplanHoofdstukGegevens {
    /// The chapter described.
    pub hoofdstuk: UitvoeringsplanHoofdstuk,
    /// The chapter number, 1 to 5.
    pub nummer: u8,
    /// The title: the item as printed without its parenthesised note and full stop.
    pub titel: &'static str,
    /// The item of the "aanbevolen opzet" exactly as printed.
    pub opzet: &'static str,
    /// What the surrounding text says the chapter holds, quoted with their sources (step 5 and
    /// the "Overzicht"). Empty for "Begroting", about which the handbook says nothing more.
    pub inhoud: &'static [Passage],
    /// Where the list stands: "Stappenplan, Stap 5: Opstellen Uitvoeringsplan", p. 6.
    pub bron: Bron,
}

const UITWERKING: &[Passage] = &[
    Passage {
        tekst: "Zwaartepunt daarvan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's van het IVP.",
        bron: STAP_5,
    },
    Passage {
        tekst: "De acties en maatregelen worden concreet en meetbaar beschreven ('prestatie-indicatoren'), met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker, betrokken partijen, planning.",
        bron: STAP_5,
    },
    Passage {
        tekst: "De sets prioriteiten en overige strategische thema's keren terug in het IVP (in hoofdstuk 4 en 5) en uitvoeringsplan (hoofdstuk 3 en 4).",
        bron: OVERZICHT,
    },
];

static UITVOERINGSPLAN_HOOFDSTUKKEN: [UitvoeringsplanHoofdstukGegevens; 5] = [
    UitvoeringsplanHoofdstukGegevens {
        hoofdstuk: UitvoeringsplanHoofdstuk::HoofdlijnIvp,
        nummer: 1,
        titel: "Hoofdlijn IVP",
        opzet: "Hoofdlijn IVP (inclusief schets beleidscyclus).",
        inhoud: &[Passage {
            tekst: "Daarnaast kan in het uitvoeringsplan nog eens kort worden ingegaan op de hoofdlijn van het IVP, vastgestelde (effect)doelen en de beleidscyclus.",
            bron: STAP_5,
        }],
        bron: STAP_5,
    },
    UitvoeringsplanHoofdstukGegevens {
        hoofdstuk: UitvoeringsplanHoofdstuk::Terugblik,
        nummer: 2,
        titel: "Terugblik",
        opzet: "Terugblik (veiligheidsbeeld en aanpak; NB: met name bij de 'vervolgplannen').",
        inhoud: &[
            Passage {
                tekst: "Voor de 'vervolgplannen' is het aan te bevelen een terugblik op ontwikkelingen in het veiligheidsbeeld en de aanpak in de afgelopen periode op te nemen; deze vervolgpplannen hebben zodoende mede een evaluatieve functie.",
                bron: STAP_5,
            },
            Passage {
                tekst: "Bij 'vervolgplannen' (voor de latere uitvoeringsjaren) is tussenevaluatie belangrijk: hoe heeft het veiligheidsbeeld zich ontwikkeld? Hoe verloopt de aanpak van de thema's? Zijn maatregelen conform planning doorgevoerd? Welke bijstelling van maatregelen is aangewezen? Welke veiligheidsthema's vragen mogelijk om intensivering van de aanpak?",
                bron: STAP_5,
            },
        ],
        bron: STAP_5,
    },
    UitvoeringsplanHoofdstukGegevens {
        hoofdstuk: UitvoeringsplanHoofdstuk::UitwerkingPrioriteiten,
        nummer: 3,
        titel: "Uitwerking prioriteiten",
        opzet: "Uitwerking prioriteiten.",
        inhoud: UITWERKING,
        bron: STAP_5,
    },
    UitvoeringsplanHoofdstukGegevens {
        hoofdstuk: UitvoeringsplanHoofdstuk::UitwerkingOverigeStrategischeThemas,
        nummer: 4,
        titel: "Uitwerking overige strategische thema's",
        opzet: "Uitwerking overige strategische thema's.",
        inhoud: UITWERKING,
        bron: STAP_5,
    },
    UitvoeringsplanHoofdstukGegevens {
        hoofdstuk: UitvoeringsplanHoofdstuk::Begroting,
        nummer: 5,
        titel: "Begroting",
        opzet: "Begroting.",
        inhoud: &[],
        bron: STAP_5,
    },
];

impl UitvoeringsplanHoofdstuk {
    /// The handbook's record for this chapter.
    #[must_use]
    pub fn gegevens(self) -> &'static UitvoeringsplanHoofdstukGegevens {
        &UITVOERINGSPLAN_HOOFDSTUKKEN[self as usize]
    }

    /// The chapter number, 1 to 5.
    #[must_use]
    pub fn nummer(self) -> u8 {
        self.gegevens().nummer
    }

    /// The title, for example `"Uitwerking prioriteiten"`.
    #[must_use]
    pub fn titel(self) -> &'static str {
        self.gegevens().titel
    }

    /// The stable snake_case key serde writes, for example `"hoofdlijn_ivp"`.
    #[must_use]
    pub fn sleutel(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for UitvoeringsplanHoofdstuk {
    /// The title as printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.titel())
    }
}

impl Benoembaar for UitvoeringsplanHoofdstuk {
    const ONBEKEND: &'static str = "onbekend hoofdstuk van het uitvoeringsplan";
    const VOORVOEGSELS: &'static [&'static str] = &["hoofdstuk"];

    /// The title as printed and the key.
    fn namen(self) -> impl Iterator<Item = &'static str> {
        [self.titel(), self.sleutel()].into_iter()
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("1 tot en met 5 of de titel van een hoofdstuk van het uitvoeringsplan")
    }
}

van_tekst!(
    /// Error returned when text does not name one of the five [`UitvoeringsplanHoofdstuk`]ken.
    OnbekendUitvoeringsplanHoofdstuk: UitvoeringsplanHoofdstuk
);
