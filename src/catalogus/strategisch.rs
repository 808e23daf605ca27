//! The three strategic cross-cutting themes of part 1 ("Strategisch thema: …", pp. 19-21):
//! gedigitaliseerde criminaliteit, zorg en veiligheid, and informatiemanagement.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Serialize};

use strum::{EnumCount, FromRepr, VariantArray};

use crate::methode::{IvpHoofdstuk, Opsomming};
use crate::naam::{Benoembaar, Onbekend};
use crate::Bron;

/// One of the three strategic themes ("strategisch thema") of the 2021 edition.
///
/// Serialised (serde) as its stable short code `"S1"`, `"S2"` or `"S3"`
/// ([`StrategischThema::code`]). [`Display`](fmt::Display) prints the name.
/// [`FromStr`] accepts the code, the number 1 to 3 and the handbook's names, ignoring case,
/// accents and punctuation: "gedigitaliseerde criminaliteit", "gedigitaliseerde criminaliteit
/// (waaronder cybercrime)", "zorg en veiligheid", "informatiemanagement", and
/// "informatiepositie" (the name the Voorwoord uses for the third theme).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::StrategischThema;
///
/// let thema: StrategischThema = "Gedigitaliseerde criminaliteit (waaronder cybercrime)".parse()?;
/// assert_eq!(thema, StrategischThema::GedigitaliseerdeCriminaliteit);
/// assert_eq!(thema.code(), "S1");
/// assert_eq!(thema.to_string(), "Gedigitaliseerde criminaliteit");
/// assert_eq!(thema.gegevens().bron.pagina, Some(19));
/// assert_eq!("s2".parse::<StrategischThema>()?, StrategischThema::ZorgEnVeiligheid);
/// # Ok::<(), kernbeleid::catalogus::OnbekendStrategischThema>(())
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
)]
#[repr(u8)]
#[doc(alias = "strategic theme")]
#[doc(alias = "cross-cutting theme")]
pub enum StrategischThema {
    /// S1 "Gedigitaliseerde criminaliteit (waaronder cybercrime)", p. 19.
    #[serde(rename = "S1")]
    GedigitaliseerdeCriminaliteit,
    /// S2 "Zorg en Veiligheid", p. 20.
    #[serde(rename = "S2")]
    ZorgEnVeiligheid,
    /// S3 "Informatiemanagement", p. 21.
    #[serde(rename = "S3")]
    Informatiemanagement,
}

/// What the handbook says about one [`StrategischThema`]: the parts every theme has, plus the
/// theme's own [`Uitwerking`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StrategischThemaGegevens {
    /// The theme described.
    pub thema: StrategischThema,
    /// The stable short code: `"S1"`, `"S2"` or `"S3"`.
    pub code: &'static str,
    /// The short name, for example `"Gedigitaliseerde criminaliteit"`.
    pub naam: &'static str,
    /// The title as in the heading after "Strategisch thema: ", for example
    /// `"Gedigitaliseerde criminaliteit (waaronder cybercrime)"`.
    pub titel: &'static str,
    /// The introductory paragraphs under the heading.
    pub inleiding: &'static [&'static str],
    /// The theme's own content (forms, goals, themes, reasons, …).
    pub uitwerking: Uitwerking,
    /// "Het IVP": where and how the theme belongs in the IVP.
    pub het_ivp: HetIvp,
    /// "Meer informatie" (links and references), each item as printed.
    pub meer_informatie: Opsomming,
    /// Where it stands: the "Strategisch thema: …" section and its page.
    pub bron: Bron,
}

/// The content that differs per strategic theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Uitwerking {
    /// The content of S1.
    GedigitaliseerdeCriminaliteit(&'static GedigitaliseerdeCriminaliteitUitwerking),
    /// The content of S2.
    ZorgEnVeiligheid(&'static ZorgEnVeiligheidUitwerking),
    /// The content of S3.
    Informatiemanagement(&'static InformatiemanagementUitwerking),
}

/// "Het IVP": how a strategic theme can be embedded in the IVP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HetIvp {
    /// The paragraphs before the list.
    pub inleiding: &'static [&'static str],
    /// The places in the IVP, in order.
    pub onderdelen: &'static [IvpOnderdeel],
    /// Where it stands: the theme's section, sub-heading "Het IVP".
    pub bron: Bron,
}

/// One place in the IVP for a strategic theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IvpOnderdeel {
    /// The lead as printed, for example `"Hoofdstuk 6: Borging"`, where the item has one.
    ///
    /// The handbook's chapter labels here do not always match the chapter titles of step 4
    /// (chapter 6 is "Coördinatie, beleidscyclus" there, "Borging" or "Coördinatie en borging"
    /// here); [`hoofdstukken`](Self::hoofdstukken) follows the chapter numbers.
    pub kop: Option<&'static str>,
    /// The IVP chapters the item names (by number).
    pub hoofdstukken: &'static [IvpHoofdstuk],
    /// The text of the item after its lead, as printed.
    pub tekst: &'static str,
}

/// One of the four 'modaliteiten' (toepassingsvormen) of digital technology around which
/// gedigitaliseerde criminaliteit concentrates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Modaliteit {
    /// The item's letter: `'a'` to `'d'`.
    pub letter: char,
    /// The italic lead, without a closing full stop.
    pub naam: &'static str,
    /// The explanation after the lead, as printed.
    pub tekst: &'static str,
}

/// The content of "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime)".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GedigitaliseerdeCriminaliteitUitwerking {
    /// "Vormen": the sentence introducing the modaliteiten.
    pub vormen_inleiding: &'static str,
    /// The four modaliteiten a to d.
    pub modaliteiten: &'static [Modaliteit],
    /// "Beleidsdoelen": the five central goals.
    pub beleidsdoelen: Opsomming,
    /// The sentence on the accents in the role of gemeenten, as printed.
    pub rol_gemeente: &'static str,
    /// The four accents named in [`rol_gemeente`](Self::rol_gemeente), in order.
    pub accenten_gemeente: &'static [&'static str],
    /// Where it stands: the section on p. 19.
    pub bron: Bron,
}

/// The content of "Strategisch thema: Zorg en Veiligheid".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ZorgEnVeiligheidUitwerking {
    /// The seven most important veiligheidsthema's the connection matters for.
    pub themas: Opsomming,
    /// The paragraph on the gemeente's role, as printed.
    pub rol_gemeente: &'static str,
    /// The "min of meer vaste elementen van de gemeentelijke rol" named in
    /// [`rol_gemeente`](Self::rol_gemeente), in order.
    pub vaste_elementen: &'static [&'static str],
    /// The important verbindingpunten/-oplossingen (connection points).
    pub verbindingspunten: Opsomming,
    /// Where it stands: the section on p. 20.
    pub bron: Bron,
}

/// The content of "Strategisch thema: Informatiemanagement".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InformatiemanagementUitwerking {
    /// The reasons why informatie- en risico-gestuurd werken is an obvious strategy (the
    /// sentence introducing them is the theme's inleiding).
    pub redenen: Opsomming,
    /// The paragraphs after the reasons: where the strategy applies, and what
    /// informatiemanagement needs.
    pub toelichting: &'static [&'static str],
    /// The six bestanddelen of an informatiemanagementplan.
    pub bestanddelen: Opsomming,
    /// "Voorbeelden tools/methodieken".
    pub tools: Opsomming,
    /// Where it stands: the section on p. 21.
    pub bron: Bron,
}

const S1: Bron = Bron::new(
    "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime)",
    Some(19),
);
const S2: Bron = Bron::new("Strategisch thema: Zorg en Veiligheid", Some(20));
const S3: Bron = Bron::new("Strategisch thema: Informatiemanagement", Some(21));

/// The content of S1, gedigitaliseerde criminaliteit.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::GEDIGITALISEERDE_CRIMINALITEIT;
///
/// assert_eq!(GEDIGITALISEERDE_CRIMINALITEIT.modaliteiten.len(), 4);
/// assert_eq!(GEDIGITALISEERDE_CRIMINALITEIT.beleidsdoelen.items[4], "Opsporen en vervolging.");
/// ```
pub const GEDIGITALISEERDE_CRIMINALITEIT: GedigitaliseerdeCriminaliteitUitwerking =
    GedigitaliseerdeCriminaliteitUitwerking {
        vormen_inleiding: "Gedigitaliseerde criminaliteit concentreert zich grofweg rond vier belangrijke 'modaliteiten' (toepassingsvormen) van digitale technologie in onze samenleving, namelijk:",
        modaliteiten: &[
            Modaliteit {
                letter: 'a',
                naam: "Digitale systemen van burgers, bedrijven en overheden ('Cybercrime')",
                tekst: "Deze kunnen 'gehackt' worden voor onder meer oplichting (overname accounts bijvoorbeeld), diefstal van persoonsgegevens/datasets (identiteitsfraude/diefstal intellectueel eigendom) en cyberafpersing [ransomware]. Ook kunnen ze doelbewust ontregeld of lamgelegd worden (o.m. via DDoS-aanvallen), voor politieke, criminele en/of terrorisme-doeleinden. Potentiële slachtoffers zijn in principe alle burgers, bedrijven en overheden. Meer specifiek kan het gaan om vitale infrastructuur (zoals bruggen, vliegvelden), bedrijven met gevaarlijke stoffen (Brzo), de financiële sector, energiebedrijven, internet- en telecomproviders.",
            },
            Modaliteit {
                letter: 'b',
                naam: "Internet en social media zoals facebook, instagram, WhatsApp maar ook internetfora",
                tekst: "Ook voor social media geldt dat ze 'gehackt' en misbruikt kunnen worden, bijvoorbeeld voor oplichting/financiële criminaliteit. Maar ook voor beïnvloeding van politieke en economische processen (polarisatie en radicalisering), stalking en cyberpesten, zedendelicten, openbare ordeverstoringen ('project X'). De toepassingsmogelijkheden zijn legio, net als de mogelijke slachtoffers.",
            },
            Modaliteit {
                letter: 'c',
                naam: "Internet als marktplaats voor illegale goederen en criminele activiteiten",
                tekst: "Criminelen doen ook onderling zaken via het internet – bieden goederen en diensten aan en nemen die af via het internet. De samenleving als geheel is slachtoffer. Het web zelf wordt ondermijnd (- verweving onderwereld/ bovenwereld).",
            },
            Modaliteit {
                letter: 'd',
                naam: "Internet en het reguliere berichtenverkeer",
                tekst: "Criminelen kunnen meeliften met reguliere mail- en berichtenstromen en relatief gemakkelijk oplichten en frauderen (valse facturen bijvoorbeeld). Het internet fungeert zodoende als vehikel voor veelvoorkomende vermogenscriminaliteit. Dit komt meer en meer voor – sprake is van een trend 'van offline naar online'.",
            },
        ],
        beleidsdoelen: Opsomming {
            kop: Some("Beleidsdoelen"),
            inleiding: Some("Overheden en partners bundelen hun krachten rond enkele centrale doelen bij de aanpak van gedigitaliseerde criminaliteit. In hoofdlijn:"),
            items: &[
                "Preventie via versteviging van awareness van risico's, herkenning van signalen.",
                "Preventie via gerichte beveiligingsmaatregelen.",
                "Vergroting meld- en aangiftebereidheid.",
                "Verstoring van criminele processen en netwerken.",
                "Opsporen en vervolging.",
            ],
            bron: Bron::new(
                "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime), Beleidsdoelen",
                Some(19),
            ),
        },
        rol_gemeente: "Accenten in de rol van gemeenten zijn met name werken aan awareness en meldingsbereidheid, stimuleren van actieve preventieve maatregelen, ondersteunen van lokale PPS rond dit onderwerp en beveiliging van de eigen systemen tegen digitale criminaliteit.",
        accenten_gemeente: &[
            "werken aan awareness en meldingsbereidheid",
            "stimuleren van actieve preventieve maatregelen",
            "ondersteunen van lokale PPS rond dit onderwerp",
            "beveiliging van de eigen systemen tegen digitale criminaliteit",
        ],
        bron: S1,
    };

/// The content of S2, zorg en veiligheid.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::ZORG_EN_VEILIGHEID;
///
/// assert_eq!(ZORG_EN_VEILIGHEID.themas.len(), 7);
/// assert_eq!(ZORG_EN_VEILIGHEID.themas.items[3], "Jeugdproblematiek.");
/// ```
pub const ZORG_EN_VEILIGHEID: ZorgEnVeiligheidUitwerking = ZorgEnVeiligheidUitwerking {
    themas: Opsomming {
        kop: None,
        inleiding: Some("Het belang van deze verbinding strekt zich uit tot een hele reeks veiligheidsthema's, binnen meerdere veiligheidsvelden. De belangrijkste zijn:"),
        items: &[
            "Geweld in afhankelijkheidsrelaties (huiselijk geweld en kindermishandeling).",
            "Verward gedrag, verwaarlozing, verslaving.",
            "Criminaliteit, detentie en (na)zorg.",
            "Jeugdproblematiek.",
            "Polarisatie in relatie tot diversiteit/discriminatie/radicalisering.",
            "Misbruik sociale voorzieningen en ondermijningseffecten.",
            "Mensenhandel, uitbuiting en prostitutie.",
        ],
        bron: S2,
    },
    rol_gemeente: "De precieze rol van de gemeente verschilt per thema, net als het netwerk van betrokken lokale en bovenlokale actoren en de verbindingen tussen deze actoren. Min of meer vaste elementen van de gemeentelijke rol zijn ketenregie en -sturing; zorgdragen voor adequate voorzieningen; borging casusregie, opschalingsmethodieken, informatiepositie; privacy-borging.",
    vaste_elementen: &[
        "ketenregie en -sturing",
        "zorgdragen voor adequate voorzieningen",
        "borging casusregie, opschalingsmethodieken, informatiepositie",
        "privacy-borging",
    ],
    verbindingspunten: Opsomming {
        kop: None,
        inleiding: Some("De vereiste verbindingen tussen zorg en veiligheid, voor een goede invulling van deze elementen bij elk van bovengenoemde veiligheidsthema's, kunnen op verschillende manieren gerealiseerd worden in de gemeentelijke processen/organisatie. Gemeenten vinden werkende weg nieuwe vormen. Belangrijke verbindingpunten/-oplossingen zijn o.m.:"),
        items: &[
            "Inhoudelijke afstemming zorgbeleid (sociaal domein) en veiligheidsbeleid (IVP). Dit kan procesmatig ingeregeld worden.",
            "Separaat beleidsstuk/uitvoeringsplan Zorg en Veiligheid, als domein-overstijgend kompas bij de aanpak van de betreffende thema's.",
            "Periodiek coördinatieoverleg Zorg en Veiligheid, zowel ambtelijk als bestuurlijk. Ambtelijk kan hierbij onderscheid gemaakt worden tussen generiek, thema-overstijgend overleg en thema-specifieke afstemming; beide zijn in principe nodig.",
            "Introductie van de functie 'Zorg- en Veiligheidscoördinator'. Hiermee wordt het creëren en onderhouden van de benodigde verbindingen in persoon belegd. Aandacht is hierbij nodig voor de haalbaarheid van integrale combinatie daarbij van zowel strategische als tactisch-operationele elementen. Deze respectievelijke elementen kunnen ook bij verschillende functionarissen belegd worden.",
            "Periodiek bestuurlijk overleg tussen burgemeester, relevante wethouders, politie, OM en andere partners ('van driehoek naar vijfhoek')",
            "Regionale samenwerking: bundelen van kennis en expertise op een niveau dat door de meeste individuele gemeenten niet gerealiseerd kan worden",
        ],
        bron: S2,
    },
    bron: S2,
};

/// The content of S3, informatiemanagement.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::INFORMATIEMANAGEMENT;
///
/// assert_eq!(INFORMATIEMANAGEMENT.bestanddelen.len(), 6);
/// assert_eq!(INFORMATIEMANAGEMENT.bestanddelen.items[5], "Wijze van privacy-borging (AVG-conform werken).");
/// ```
pub const INFORMATIEMANAGEMENT: InformatiemanagementUitwerking = InformatiemanagementUitwerking {
    redenen: Opsomming {
        kop: None,
        inleiding: None,
        items: &[
            "Capaciteit en middelen voor interventies/maatregelen zijn per definitie schaars.",
            "Er is meer veiligheid gerelateerde informatie beschikbaar dan ooit, zowel vanuit bedrijfsprocessensystemen en registraties van gemeente en partners als vanuit gerichte informatietrajecten (bijv. onderzoeken).",
            "Veiligheidsvraagstukken worden complexer en op onderdelen venijniger. Nodig is gerichte, risico-gestuurde inzet op kernaspecten/-schakels, om fenomenen beheersbaar te houden.",
        ],
        bron: S3,
    },
    toelichting: &[
        "De meerwaarde en wenselijkheid van informatie- en risico-gestuurd werken gelden in feite voor alle veiligheidsthema's binnen de vijf veiligheidsvelden van Kernbeleid Veiligheid. In het bijzonder is deze strategie aan te bevelen voor belangrijke, vaak prioritaire veiligheidsthema's zoals 'complexe casuïstiek' (- snijvlak zorg en veiligheid), ondermijnende criminaliteit, jeugd, alcohol & drugs en HIC-feiten.",
        "Voorwaarde voor informatie- en risico-gestuurd werken is 'informatiemanagement'. Kern hiervan is het realiseren van informatieproducten voor de gerichte aanpak van veiligheidsvraagstukken. Aan de hand van de informatieproducten kunnen maatregelen en interventies rond veiligheidsthema's effectief geselecteerd, ontwikkeld en ingezet worden, met een maximaal veiligheidsrendement. Nodig voor dit informatiemanagement zijn een solide informatiemanagementplan, enige 'basis-capaciteit' (later eventueel uit te breiden) en een selectie van veiligheidsthema's waar het informatiemanagement zich in eerste instantie op richt.",
    ],
    bestanddelen: Opsomming {
        kop: None,
        inleiding: Some("Bestanddelen van het informatiemanagementplan zijn:"),
        items: &[
            "Doelomschrijving informatiemanagement i.e. realiseren van informatieproducten voor informatie- en risico-gestuurde inzet van (omschreven) maatregelen en interventies rond (omschreven) veiligheidsthema's.",
            "Overzicht te realiseren informatieproducten (- profiel en benuttingswijze).",
            "Benodigde typen informatie en informatiebronnen om deze producten te kunnen realiseren.",
            "Deelprocessen informatiemanagement zoals realisatie/beheer/ontsluiting van bronnen, analyse & methodieken, procesbeschrijving/stappenplan voor de realisatie van informatieproducten.",
            "Randvoorwaarden zoals interdisciplinair informatieoverleg (signalenoverleg), capaciteit, ICT/tools.",
            "Wijze van privacy-borging (AVG-conform werken).",
        ],
        bron: S3,
    },
    tools: Opsomming {
        kop: Some("Voorbeelden tools/methodieken"),
        inleiding: Some("Gemeenten en partners hebben in afgelopen jaren belangrijke stappen op dit complexe terrein gezet. Op verschillende facetten van het informatiemanagement zijn er werkende tools/methodes ontwikkeld en in uitvoering. Enkele voorbeelden:"),
        items: &[
            "T.b.v. geografische projecties complexe ondermijningsinformatie: 'Beeldtafel' provincies Brabant en Zeeland.",
            "T.b.v. lokaal informatie-overleg: Veiligheidsinformatieknooppunt (VIK).",
            "T.b.v. juridische grondslag informatiedeling en -verrijking: ...",
        ],
        bron: Bron::new(
            "Strategisch thema: Informatiemanagement, Voorbeelden tools/methodieken",
            Some(21),
        ),
    },
    bron: S3,
};

static THEMAS: [StrategischThemaGegevens; 3] = [
    StrategischThemaGegevens {
        thema: StrategischThema::GedigitaliseerdeCriminaliteit,
        code: "S1",
        naam: "Gedigitaliseerde criminaliteit",
        titel: "Gedigitaliseerde criminaliteit (waaronder cybercrime)",
        inleiding: &["Net als de samenleving als geheel, digitaliseert het veiligheidsdomein. Burgers, bedrijven en overheden worden in toenemende mate geconfronteerd met vormen van gedigitaliseerde criminaliteit. De precieze aard en omvang daarvan zijn niet bekend, onder meer door geringe meld- en aangiftebereidheid. Vast staat echter het fenomeen zich verspreidt, versnelt, innoveert en steeds meer slachtoffers maakt. Sprake is van een substantiële bedreiging van de veiligheid en stabiliteit van onze samenleving. Nodig is gegroepeerd optreden van overheid en private partijen om schade en risico's hanteerbaar te houden."],
        uitwerking: Uitwerking::GedigitaliseerdeCriminaliteit(&GEDIGITALISEERDE_CRIMINALITEIT),
        het_ivp: HetIvp {
            inleiding: &[
                "Het lokale integrale veiligheidsbeleid is één van de aangewezen bestuurlijke kaders voor de verdere uitwerking en borging van de rol van gemeente en partners bij de aanpak van gedigitaliseerde criminaliteit. Fenomeen en aanpak kunnen op verschillende manieren ingebed worden in het IVP.",
                "Het is aan te bevelen om dit in elk geval op twee 'plekken' (manieren) te doen:",
            ],
            onderdelen: &[
                IvpOnderdeel {
                    kop: None,
                    hoofdstukken: &[IvpHoofdstuk::StrategischeDoelstelling],
                    tekst: "Introductie en uitwerking als doorsnijdend, overkoepelend veiligheidsthema in hoofdstuk 2 van het IVP: Strategische doelstelling.",
                },
                IvpOnderdeel {
                    kop: None,
                    hoofdstukken: &[IvpHoofdstuk::Prioriteiten, IvpHoofdstuk::OverigeStrategischeThemas],
                    tekst: "Consequente uitwerking van het 'digitale facet' bij zowel de prioritaire als de going concern-thema's (- respectievelijk hoofdstuk 4 en 5 van het IVP).",
                },
            ],
            bron: Bron::new(
                "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime), Het IVP",
                Some(19),
            ),
        },
        meer_informatie: Opsomming {
            kop: Some("Meer informatie/voorbeelden"),
            inleiding: None,
            items: &[
                "Agenda Digitale Veiligheid VNG 2020-2024",
                "Webdossier Cybercrime CCV <https://hetccv.nl/onderwerpen/cybercrime>",
                "VIK Breda/Noord-Brabant",
                "Agenda digitale veiligheid Amsterdam https://amsterdamlogistics.nl/wp-content/uploads/2019/11/agenda_digitale_veiligheid_amsterdam.pdf",
            ],
            bron: Bron::new(
                "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime), Meer informatie/voorbeelden",
                Some(19),
            ),
        },
        bron: S1,
    },
    StrategischThemaGegevens {
        thema: StrategischThema::ZorgEnVeiligheid,
        code: "S2",
        naam: "Zorg en Veiligheid",
        titel: "Zorg en Veiligheid",
        inleiding: &["De decentralisaties ('3D') hebben tot een forse uitbreiding van gemeentelijke taken in het zorgdomein geleid. Veel van deze taken hebben complexe relaties met het veiligheidsdomein. Voor effectieve, integrale aanpak van problematiek is samenwerking tussen de twee domeinen vereist, zowel beleidsmatig als in de uitvoering en zowel ambtelijk als bestuurlijk."],
        uitwerking: Uitwerking::ZorgEnVeiligheid(&ZORG_EN_VEILIGHEID),
        het_ivp: HetIvp {
            inleiding: &["Via het IVP en bijbehorende Uitvoeringsplan kunnen deze verbindingen (mede) geïntroduceerd, onderbouwd en ingeregeld worden. Geschikte onderdelen van het IVP daarvoor zijn met name:"],
            onderdelen: &[
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 2: Strategische doelstelling"),
                    hoofdstukken: &[IvpHoofdstuk::StrategischeDoelstelling],
                    tekst: "Hier ingaan op belang en reikwijdte van effectieve verbinding zorg en veiligheid.",
                },
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 3: Strategische uitgangspunten"),
                    hoofdstukken: &[IvpHoofdstuk::StrategischeUitgangspunten],
                    tekst: "Tactisch verder uitwerken van het 'hoe' van de verbinding.",
                },
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 4 en 5: Prioritaire en overige strategische thema 's"),
                    hoofdstukken: &[IvpHoofdstuk::Prioriteiten, IvpHoofdstuk::OverigeStrategischeThemas],
                    tekst: "Waar plausibel de benodigde verbindingen concretiseren.",
                },
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 6: Borging"),
                    hoofdstukken: &[IvpHoofdstuk::CoordinatieBeleidscyclus],
                    tekst: "Hier kunnen belangrijke 'voorzieningen' voor de verbindingen zoals een separaat beleidsplan Zorg en Veiligheid en de Coördinator Zorg en Veiligheid worden opgevoerd.",
                },
            ],
            bron: Bron::new("Strategisch thema: Zorg en Veiligheid, Het IVP", Some(20)),
        },
        meer_informatie: Opsomming {
            kop: Some("Meer informatie"),
            inleiding: None,
            items: &[
                "Themapagina Zorg en Veiligheid van de VNG: <https://vng.nl/rubrieken/zorg-en-veiligheid>",
                "Handelingsperspectief Zorg en Veiligheid (VNG, juli 2018)",
                "Landelijke agenda zorg en veiligheid",
                "\"Veiligheid en Zorg\", het CCV: <https://hetccv.nl/onderwerpen/veiligheid-en-zorg/>",
            ],
            bron: Bron::new("Strategisch thema: Zorg en Veiligheid, Meer informatie", Some(20)),
        },
        bron: S2,
    },
    StrategischThemaGegevens {
        thema: StrategischThema::Informatiemanagement,
        code: "S3",
        naam: "Informatiemanagement",
        titel: "Informatiemanagement",
        inleiding: &["Informatie- en risico-gestuurd werken is om meerdere redenen een voor de hand liggende strategie in het veiligheidsdomein:"],
        uitwerking: Uitwerking::Informatiemanagement(&INFORMATIEMANAGEMENT),
        het_ivp: HetIvp {
            inleiding: &["Via het IVP kan het belang van adequaat informatiemanagement worden onderstreept en een kader voor de realisatie van voorwaarden daarvoor gecreëerd worden. Specifieke onderdelen van het IVP waarin informatiemanagement behandeld kan worden, zijn o.m.:"],
            onderdelen: &[
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 3: Strategische uitgangspunten"),
                    hoofdstukken: &[IvpHoofdstuk::StrategischeUitgangspunten],
                    tekst: "Opvoeren informatie- en risico-gestuurd werken als één van de strategische uitgangspunten, inclusief schets van het daartoe benodigde informatiemanagement.",
                },
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 4 en 5: Prioritaire en overige strategische thema 's"),
                    hoofdstukken: &[IvpHoofdstuk::Prioriteiten, IvpHoofdstuk::OverigeStrategischeThemas],
                    tekst: "Benoemen/uitwerken van informatiemanagement bij de thema's waar dit het meeste speelt (i.e.: thema's die binnen de focus van het informatiemanagementplan vallen).",
                },
                IvpOnderdeel {
                    kop: Some("Hoofdstuk 6: Coördinatie en borging"),
                    hoofdstukken: &[IvpHoofdstuk::CoordinatieBeleidscyclus],
                    tekst: "Ingaan op de organisatorische vormgeving van het informatiemanagement.",
                },
            ],
            bron: Bron::new("Strategisch thema: Informatiemanagement, Het IVP", Some(21)),
        },
        meer_informatie: Opsomming {
            kop: Some("Meer informatie"),
            inleiding: None,
            items: &[
                "VNG-website: <https://vng.nl/onderwerpenindex/veiligheid>",
                "www.hetccv.nl/onderwerpen/informatiepositie-gemeenten/",
            ],
            bron: Bron::new("Strategisch thema: Informatiemanagement, Meer informatie", Some(21)),
        },
        bron: S3,
    },
];

impl StrategischThema {
    /// The handbook's record for this theme.
    #[must_use]
    pub fn gegevens(self) -> &'static StrategischThemaGegevens {
        &THEMAS[self as usize]
    }

    /// The stable short code serde writes: `"S1"`, `"S2"` or `"S3"`.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.gegevens().code
    }

    /// The short name, for example `"Zorg en Veiligheid"`.
    #[must_use]
    pub fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The title as in the section heading, for example
    /// `"Gedigitaliseerde criminaliteit (waaronder cybercrime)"`.
    #[must_use]
    pub fn titel(self) -> &'static str {
        self.gegevens().titel
    }

    /// The strategic theme `invoer` names, without allocating: the code ("S2"), the number 1 to
    /// 3, the name, the title or "Informatiepositie". This is what [`FromStr`] accepts; use it
    /// where only "is this a strategic theme?" matters.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::StrategischThema;
    ///
    /// assert_eq!(StrategischThema::herken("s3"), Some(StrategischThema::Informatiemanagement));
    /// assert_eq!(StrategischThema::herken("1.3"), None);
    /// ```
    #[must_use]
    pub fn herken(invoer: &str) -> Option<StrategischThema> {
        <StrategischThema as Benoembaar>::herken(invoer)
    }
}

impl Benoembaar for StrategischThema {
    const ONBEKEND: &'static str = "onbekend strategisch thema";

    /// The name, the code, the title (S1) and "Informatiepositie" (S3, as the Voorwoord names
    /// it).
    fn namen(self) -> impl Iterator<Item = &'static str> {
        let andere: &[&str] = match self {
            StrategischThema::Informatiemanagement => &["Informatiepositie"],
            _ => &[],
        };
        [self.naam(), self.code(), self.titel()]
            .into_iter()
            .chain(andere.iter().copied())
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("S1, S2, S3 of de naam van een strategisch thema")
    }

    /// The strategic themes among the best candidates of the recognition of local names
    /// ([`herkenning`](super::herkenning)): "Cybercrime" suggests S1, "Zorg & Veiligheid" S2.
    fn suggesties(invoer: &str) -> Vec<StrategischThema> {
        super::herkenning::suggesties(invoer, 3, |o| match o {
            super::herkenning::Onderwerp::Strategisch(s) => Some(s),
            _ => None,
        })
    }
}

impl fmt::Display for StrategischThema {
    /// The short name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// Error returned when text does not name one of the three [`StrategischThema`]'s.
pub type OnbekendStrategischThema = Onbekend<StrategischThema>;

impl FromStr for StrategischThema {
    type Err = OnbekendStrategischThema;

    /// See [`StrategischThema::herken`]; allocates only for the error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StrategischThema::herken(s).ok_or_else(|| OnbekendStrategischThema::new(s))
    }
}
