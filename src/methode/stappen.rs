//! The stappenplan: the six hoofdstappen of the policy process ("Stappenplan", p. 6), with the
//! coordinator's time per step.

use core::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, FromRepr, IntoStaticStr, VariantArray};

use super::{Bereik, Passage};
use crate::naam::Benoembaar;
use crate::Bron;

/// One of the six hoofdstappen of the stappenplan, in order.
///
/// Serialised (serde) as its stable snake_case key ([`Stap::sleutel`]), for example
/// `"opstellen_ivp"`. [`FromStr`](core::str::FromStr) accepts the number 1 to 6, "Stap 4", "Stap 4: Opstellen IVP",
/// the key and the name, ignoring case, accents and punctuation.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::{Bereik, Stap};
///
/// let stap: Stap = "Stap 2".parse()?;
/// assert_eq!(stap, Stap::Veiligheidsanalyse);
/// assert_eq!(stap.doorlooptijd_weken(), Some(Bereik::tussen(8, 10)));
/// assert_eq!(stap.to_string(), "Veiligheidsanalyse");
/// assert_eq!("van beleid naar uitvoering".parse::<Stap>()?.doorlooptijd_weken(), None);
/// # Ok::<(), kernbeleid::methode::OnbekendeStap>(())
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
#[doc(alias = "step")]
#[doc(alias = "process step")]
pub enum Stap {
    /// Stap 1: Opstart.
    Opstart,
    /// Stap 2: Veiligheidsanalyse.
    Veiligheidsanalyse,
    /// Stap 3: Prioritering.
    Prioritering,
    /// Stap 4: Opstellen IVP.
    OpstellenIvp,
    /// Stap 5: Opstellen Uitvoeringsplan.
    OpstellenUitvoeringsplan,
    /// Stap 6: Van beleid naar uitvoering.
    VanBeleidNaarUitvoering,
}

/// What the handbook says about one [`Stap`].
///
/// Every step is described under the same four headings: "Essentie, resultaat", "Werkwijze",
/// "Deelstappen" and "Formats/tools bij Kernbeleid Veiligheid". Multi-paragraph texts are
/// slices of paragraphs; a sentence that the source breaks across a page is joined with one
/// space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StapGegevens {
    /// The step described.
    pub stap: Stap,
    /// The step's number, 1 to 6.
    pub nummer: u8,
    /// The name as printed, for example `"Opstellen IVP"`.
    pub naam: &'static str,
    /// The doorlooptijd in weeks from the step's heading, exactly as published; step 6 has
    /// none.
    pub doorlooptijd_weken: Option<Bereik>,
    /// "Essentie, resultaat": the paragraphs, in order.
    ///
    /// Step 3 also shows a diagram ("Schematisch:") that the text source does not contain; it
    /// is left out. The IVP chapters of step 4 are in [`IvpHoofdstuk`](super::IvpHoofdstuk),
    /// the uitvoeringsplan chapters of step 5 in
    /// [`UitvoeringsplanHoofdstuk`](super::UitvoeringsplanHoofdstuk) and the voorzieningen of
    /// step 6 in [`SturingVoorziening`](super::SturingVoorziening).
    pub essentie: &'static [&'static str],
    /// "Werkwijze": the paragraphs, in order.
    pub werkwijze: &'static [&'static str],
    /// "Deelstappen", in order, without their numbers. Step 3's deelstappen are unnumbered
    /// prose lines, kept as printed; step 6 has no deelstappen section (empty slice).
    pub deelstappen: &'static [&'static str],
    /// "Formats/tools bij Kernbeleid Veiligheid", in order.
    pub formats: &'static [&'static str],
    /// The indicative time for the trekker (the coördinator integrale veiligheid) in days, from
    /// the raming after step 6 (see [`TIJDSBESLAG_INLEIDING`]).
    pub coordinator_dagen: Bereik,
    /// Where it stands, for example "Stappenplan, Stap 2: Veiligheidsanalyse", p. 6.
    pub bron: Bron,
}

const STAPPENPLAN: Bron = Bron::new("Stappenplan", Some(6));

/// The introduction of the stappenplan: six hoofdstappen, about half a year, the coördinator
/// integrale veiligheid as trekker, and the note that the plan is meant for an IVP of one
/// gemeente (see [`GEZAMENLIJK_IVP`](super::GEZAMENLIJK_IVP) for several).
pub const STAPPENPLAN_INLEIDING: Passage = Passage {
    tekst: "Het proces van beleidsontwikkeling telt zes hoofdstappen. De precieze doorlooptijd verschilt per gemeente maar gerekend moet worden op een half jaar. Trekker in het proces is de coördinator integrale veiligheid. Hieronder worden de hoofdstappen uitgewerkt. Bij elke stap wordt ingegaan op essentie en resultaat, werkwijze, deelstappen en de beschikbare formats/tools vanuit Kernbeleid Veiligheid. NB Dit stappenplan is bedoeld voor de meest voorkomende situatie, namelijk een IVP van één gemeente; later in deze handreiking wordt ingegaan op het proces bij een IVP voor/met meerdere gemeenten.",
    bron: STAPPENPLAN,
};

/// The sentence that introduces the coordinator's indicative time per step
/// ([`StapGegevens::coordinator_dagen`]).
pub const TIJDSBESLAG_INLEIDING: Passage = Passage {
    tekst: "Het totale tijdsbeslag voor de trekker van het proces – de coördinator integrale veiligheid – zal per gemeente (persoon) verschillen. De gemeenteomvang speelt een belangrijke rol. Een indicatieve raming is:",
    bron: STAPPENPLAN,
};

/// What the handbook says about taking steps 4 and 5 together: it recommends setting them
/// "min of meer tegelijk (in nauwe wisselwerking)". The full section is
/// [`WISSELWERKING`](super::WISSELWERKING). (Step 5 also says the first uitvoeringsplan "kan in
/// nauwe wisselwerking met het IVP worden opgesteld en vastgesteld".)
pub const STAP_4_EN_5_TEGELIJK: Passage = Passage {
    tekst: "Het IVP en het Uitvoeringsplan worden in stap 4 en 5 opgesteld. Er zijn echter goede redenen om beide stappen min of meer tegelijk (in nauwe wisselwerking) te zetten.",
    bron: Bron::new("Wisselwerking IVP en Uitvoeringsplan", Some(13)),
};

static STAPPEN: [StapGegevens; 6] = [
    StapGegevens {
        stap: Stap::Opstart,
        nummer: 1,
        naam: "Opstart",
        doorlooptijd_weken: Some(Bereik::tussen(4, 6)),
        essentie: &[
            "In deze stap wordt de beleidsontwikkeling procesmatig en organisatorisch ingeregeld. Er wordt een startnotitie opgesteld en vastgesteld, de werkgroep wordt samengesteld en er vindt een startbijeenkomst plaats. De startnotitie is het 'projectplan' van de beleidsontwikkeling: dit document beschrijft de aanleiding, de op te leveren producten, beleidscyclus, planning en processtappen, werkgroep, partners, tijdsbeslag (ook van de betrokken interne partners), de rol van de Raad, eventuele bewonersconsultaties. Ook kunnen belangrijk flankerend beleid en strategische kaders zoals het Collegeprogramma genoemd worden. En er kan ingegaan worden op veiligheidsthema's (actuele problematiek) die in elk geval meegenomen zullen worden. De startnotitie vormt in essentie de bestuurlijke opdracht voor de beleidsontwikkeling.",
        ],
        werkwijze: &[
            "De startnotitie wordt bij voorkeur in samenspel met interne partners (specifiek de werkgroepleden) en de portefeuillehouder opgesteld. Belangrijk beslispunt is de wijze van besluitvorming. Aan te bevelen is het MT te betrekken, vanwege de gemoeide capaciteit voor de beleidsontwikkeling. Eventueel kan de Raad de startnotitie vaststellen. Bepalend daarvoor zijn de 'omvang' van en politieke aandacht voor veiligheidsvraagstukken en het eventueel vernieuwende karakter van de beleidsontwikkeling (- IVP van meerdere gemeenten bijvoorbeeld?).",
        ],
        deelstappen: &[
            "Voorbereiden startnotitie, afstemming met portefeuillehouder en interne partners (beoogde deelnemers werkgroep)",
            "Besluitvorming over startnotitie",
            "Samenstellen werkgroep, startbijeenkomst; tijdens de startbijeenkomst worden procesafspraken gemaakt, relevante bronnen/flankerend benoemd, eventueel een eerste inhoudelijke verkenning gedaan, etc.",
        ],
        formats: &["Voorbeelden van startnotitie."],
        coordinator_dagen: Bereik::plm(2),
        bron: Bron::new("Stappenplan, Stap 1: Opstart", Some(6)),
    },
    StapGegevens {
        stap: Stap::Veiligheidsanalyse,
        nummer: 2,
        naam: "Veiligheidsanalyse",
        doorlooptijd_weken: Some(Bereik::tussen(8, 10)),
        essentie: &[
            "In deze stap wordt de inhoudelijke basis onder het veiligheidsbeleid gelegd. Voor elk veiligheidsthema binnen de vijf veiligheidsvelden wordt geïnventariseerd (1) welke veiligheidsproblematiek zich voordoet, (2) hoe de huidige aanpak eruit ziet, (3) welke aanvullende acties/beleidsversterkingen wenselijk zijn. In vervolg daarop wordt per veiligheidsveld bepaald welke prioriteiten voor het nieuwe beleid plausibel zijn. Het resultaat wordt vastgelegd in de veiligheidsanalyserapportage. Genoemde drieslag is bij karakteristiek voor veiligheidsanalyse conform Kernbeleid Veiligheid. Er wordt nadrukkelijk niet volstaan met het in beeld brengen van enkel de veiligheidsproblemen. Het mede-inventariseren en -analyseren van de huidige/lopende aanpak kost extra tijd maar geeft een veel effectievere basis voor beleidsontwikkeling (- het nieuwe beleid 'staat' al voor een groot deel). Ook is er dan geen aparte evaluatie van het aflopende beleid nodig - de veiligheidsanalyse is zelf sterk evaluatief.",
        ],
        werkwijze: &[
            "Belangrijk hulpmiddel is het format voor de veiligheidsanalyserapportage van Kernbeleid Veiligheid. Dit kan als het ware 'langzaam' ingevuld worden, in samenwerking met interne en externe partners, bilateraal en binnen de werkgroep. In eerste instantie vult de trekker van het proces het format in; daarvoor verzamelt hij per thema relevante veiligheidsgegevens/-cijfers en (beleids)documenten. Voor de politiecijfers vormt het VNG-INP-model een belangrijk hulpmiddel (zie hierna). Andere bronnen van veiligheidsgegevens zijn de gebiedsscan van de politie, de Veiligheidsmonitor, een eventueel gemeentelijk overlastmeldpunt, ondermijningsbeelden, etc. Voor de completering van het eerste concept zijn gesprekken met interne en externe partners aan te bevelen. De verdere uitwerking loopt via de werkgroep en actieve (schrijf?-) bijdragen van partners. Eventueel worden raadsleden consultatief betrokken in de analysefase. Ook bewoners kunnen bevraagd worden. Afstemming met de portefeuillehouder vindt in elk geval bij de afronding van de analyse plaats, mogelijk ook eerder.",
            "De eerste hoofdvraag – ‘problematiek?’ – richt zich expliciet op het veiligheidsprobleem (‘waar heeft de burger last van?’). Dit kan per thema verkend worden met behulp van cijfermatige en kwalitatieve informatie. De tweede hoofdvraag – ‘huidige aanpak?’ – richt zich op tot dusverre gehanteerde beleidskaders, ingezette maatregelen, projecten, etc. Knelpunten in de aanpak horen bij dit deel van de inventarisatie. Bij de derde vraag – ‘extra?’ – gaat het om aanvullende, nieuwe onderdelen van de aanpak. Hoe kan de bestaande ‘mixture’ van maatregelen per thema versterkt worden? Welke innovatie kan helpen? Creativiteit én realisme spelen hierbij een belangrijke rol: de resulterende set ‘mogelijke beleidsversterkingen’ hoeft niet integraal uitvoerbaar zijn maar de hoofdzaken moeten wel binnen de mogelijkheden van de gemeente liggen.",
            "NB De analyse van veiligheidsveld 1 (‘veilige woon- en leefomgeving’) verloopt anders dan die van de andere velden. Waar bij veld 2 tot en met 5 de vragen ‘huidige aanpak?’ en ‘extra?’ gekoppeld zijn aan de afzonderlijke veiligheidsthema’s binnen de velden, richten deze vragen zich bij veiligheidsveld 1 op zes voorgestructureerde, ‘vaste’ elementen van de aanpak binnen het gehele veiligheidsveld. Hiervoor is gekozen vanwege de sterke onderlinge wisselwerking van de hoofdthema’s binnen het veld: sociale kwaliteit, fysieke kwaliteit, objectieve veiligheid en subjectieve veiligheid. Via de zes aspecten van de aanpak wordt geïnvesteerd in elk van deze vier thema’s. De zes aspecten zijn: ‘infrastructuur’, ‘investeren in fysieke kwaliteit’, ‘investeren in sociale kwaliteit’, ‘betrekken bewoners’, ‘toezicht en handhaving’ en ‘aanpak specifieke criminaliteitsfenomenen’. Zie verder het format, dat ook op deze manier gestructureerd is.",
        ],
        deelstappen: &[
            "Aan de hand van het format: verzamelen en verwerken cijfers en documenten per thema",
            "Eerste analyse door trekker van het proces (uitkomsten vastleggen in format)",
            "Interne en externe partners bevragen, extra informatie verwerken",
            "Nieuw concept bilateraal verifiëren bij partners (hen laten ‘meeschrijven’)",
            "Werkgroepbijeenkomst voor ‘verdichting’ van de analyse, afleiden van prioriteiten",
            "Uitkomsten verwerken, nieuw concept voorleggen aan partners en portefeuillehouder",
            "Eventueel een tweede werkgroepbijeenkomst (met name voor selectie prioriteiten)",
            "Gereedmaken rapportage, bespreken met portefeuillehouder/College, in procedure brengen voor prioritering (stap 3)",
        ],
        formats: &[
            "Format Veiligheidsanalyserapportage",
            "Voorbeelden Veiligheidsanalyserapportage",
        ],
        coordinator_dagen: Bereik::tussen(8, 10),
        bron: Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6)),
    },
    StapGegevens {
        stap: Stap::Prioritering,
        nummer: 3,
        naam: "Prioritering",
        doorlooptijd_weken: Some(Bereik::plm(4)),
        essentie: &[
            "In deze stap worden de prioriteiten van het nieuwe veiligheidsbeleid vastgesteld. De veiligheidsanalyse vormt hiervoor de basis. Uitgangspunt is een maximum van drie a vier prioriteiten, om het prioritaire karakter te onderstrepen en vast te houden. De prioritering vindt bij voorkeur in samenspraak met de Raad of Raadscommissie plaats, en dan liefst via een opiniërende bijeenkomst (- dus geen formele vaststelling, om het beleidsproces niet teveel ‘vast te zetten’ én de snelheid erin te houden). Alternatieven zijn het College of een gemengd ambtelijk/bestuurlijk gremium. Ook de Driehoek dient te worden betrokken (zie hierna). Naast de prioriteiten worden ‘automatisch’ de niet-prioritaire hoofdthema’s (zgn. ‘overige strategische thema’s’, going concernthema’s) van het beleid bepaald. Prioriteiten en overige strategische thema’s keren terug in desbetreffende hoofdstukken van het nieuwe beleid. De prioriteringsstap is een ‘kantelmoment’, van de breedte van de veiligheidsanalyse naar een maatwerkordening voor de gemeente van prioritaire en overige veiligheidsthema’s.",
            "De prioriteiten vormen het 'visitekaartje' van het gemeentelijk veiligheidsbeleid. Het zijn echt de 'hoofdthema's', thema's waarop intensivering gaat plaatsvinden (i.t.t. 'going concern'-thema's). Er is een complexe samenhang met prioriteiten in andere beleidskaders, waaronder het Regionaal Beleidsplan van de politie. In theorie vormen lokale IVP-prioriteiten input voor het regionaal beleidsplan, maar omgekeerd is er ook beïnvloeding (zie hierna). De prioriteiten zijn bij voorkeur niet te 'eng' gedefinieerd, zodat er in opeenvolgende (jaarlijkse) uitvoeringsplannen passende, precieze keuzes gemaakt kunnen worden op basis van het actuele veiligheidsbeeld.",
        ],
        werkwijze: &[
            "In de aanloop naar de prioritering moeten op een aantal punten keuzes worden gemaakt en voorbereidingen worden getroffen. Dit begint bij de afronding van de veiligheidsanalyse. In afstemming met de werkgroep, de portefeuillehouder en (mogelijk) de griffier wordt een passende werkvorm bepaald. Beslispunten zijn onder meer: het 'gremium' dat gaat prioriteren (raadscommissie?), het type vergadering (themabijeenkomst? gewone commissievergadering?), de status van de bespreking (consulterend? besluitvormend?), de te volgen methode (bijvoorbeeld: toelichting/presentatie en rondes vragen), de rolverdeling tijdens de sessie (rol portefeuillehouder?), eventueel benodigde middelen/logistiek, schriftelijke input vooraf (veiligheidsanalyse-rapportage?). Als alternatief voor het toezenden van de rapportage kan gedacht worden aan een presentatie ter plekke, inclusief argumenten voor de voorgestelde prioriteiten.",
        ],
        deelstappen: &[
            "Keuzes op verschillende aspecten bepalen, inhoudelijke en logistieke voorbereiding.",
            "Prioriteringssessie zelf, conform het gekozen 'draaiboek' en met een duur van plm. één uur.",
            "Verslaglegging voor deelnemers en werkgroepleden: welke prioriteiten zijn geselecteerd, welke going concern-thema's impliceert dit, tot welke inhoudsopgave van het IVP leidt dit?",
        ],
        formats: &["Voorbeelden van presentatie prioriteiten voor Raadssessie."],
        coordinator_dagen: Bereik::plm(2),
        bron: Bron::new("Stappenplan, Stap 3: Prioritering", Some(6)),
    },
    StapGegevens {
        stap: Stap::OpstellenIvp,
        nummer: 4,
        naam: "Opstellen IVP",
        doorlooptijd_weken: Some(Bereik::plm(8)),
        essentie: &[
            "In deze stap wordt het IVP opgesteld. De prioritering en veiligheidsanalyse hebben daarvoor veel materiaal opgeleverd. De opzet is als volgt (zie ook het format voor het IVP):",
        ],
        werkwijze: &[
            "De trekker van het proces kan vrij vlot een eerste concept-IVP uitwerken op basis van het in stap 2 en 3 verzamelde materiaal. Het format voor het IVP bij deze methode geeft daarbij houvast.",
            "Benodigde aanvullende informatie kan in eerste instantie bilateraal worden verzameld en daarna ook in werkgroepverband. Eén a twee sessie van de werkgroep volstaan. Interactie met partners is overigens cruciaal in deze stap voor de aansluiting van het IVP op flankerend beleid. Portefeuillehouder en College worden op strategische momenten betrokken. Hetzelfde geldt voor het MT en de Driehoek. De Gemeenteraad stelt het IVP vast. Belangrijke aandachtspunten ten slotte: compactheid van het IVP, oog voor innovatie en inspiratie, 'doorpakken' in het (schrijf)proces.",
        ],
        deelstappen: &[
            "Opstellen eerste concept aan de hand van reeds beschikbare informatie en met gebruikmaking van het format.",
            "Verzamelen en verwerken aanvullende informatie via bilaterale contacten.",
            "Bilaterale checks – partners lezen mee, vullen aan.",
            "Werkgroepbijeenkomst.",
            "Verwerking uitkomsten, checks bij/aanvulling door partners. Eventueel nog een werkgroepbijeenkomst.",
            "Gereedmaken totaalconcept. Checks bij MT, Driehoek, College, verwerking uitkomsten.",
            "Besluitvorming.",
        ],
        formats: &["Format IVP.", "Voorbeelden IVP."],
        coordinator_dagen: Bereik::plm_tussen(8, 10),
        bron: Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6)),
    },
    StapGegevens {
        stap: Stap::OpstellenUitvoeringsplan,
        nummer: 5,
        naam: "Opstellen Uitvoeringsplan",
        doorlooptijd_weken: Some(Bereik::plm(6)),
        essentie: &[
            "In deze stap wordt het Uitvoeringsplan Integrale Veiligheid opgesteld. Zwaartepunt daarvan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's van het IVP. Het is echt de 'operationele doorslag' daarvan. De acties en maatregelen worden concreet en meetbaar beschreven ('prestatie-indicatoren'), met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker, betrokken partijen, planning. Daarnaast kan in het uitvoeringsplan nog eens kort worden ingegaan op de hoofdlijn van het IVP, vastgestelde (effect)doelen en de beleidscyclus. Het uitvoeringsplan geldt bij voorkeur voor één jaar. Het 'eerste' uitvoeringsplan kan in nauwe wisselwerking met het IVP worden opgesteld en vastgesteld. Voor de 'vervolgplannen' is het aan te bevelen een terugblik op ontwikkelingen in het veiligheidsbeeld en de aanpak in de afgelopen periode op te nemen; deze vervolgpplannen hebben zodoende mede een evaluatieve functie.",
            "De aanbevolen opzet van het uitvoeringsplan (zie ook het format voor het uitvoeringsplan) is:",
        ],
        werkwijze: &[
            "Het 'eerste' uitvoeringsplan (voor het eerste uitvoeringsjaar) kan, net als het IVP, vrij vlot in concept opgesteld worden op basis van de in de eerdere stappen verzamelde informatie. Aanvullende informatie wordt bilateraal en via een werkgroepbijeenkomst verkregen. Portefeuillehouder, College, MT en Driehoek worden op de juiste momenten betrokken. Het College stelt het uitvoeringsplan vast. Bij 'vervolgplannen' (voor de latere uitvoeringsjaren) is tussenevaluatie belangrijk: hoe heeft het veiligheidsbeeld zich ontwikkeld? Hoe verloopt de aanpak van de thema's? Zijn maatregelen conform planning doorgevoerd? Welke bijstelling van maatregelen is aangewezen? Welke veiligheidsthema's vragen mogelijk om intensivering van de aanpak? Deze 'integrale' check op de actualiteit garandeert dat ook het vervolgplan een solide basis vormt voor de inzet van gemeente en partners op integrale veiligheid.",
            "Zowel bij het 'eerste' plan als de vervolgpplannen is het de uitdaging bij elk veiligheidsthema een effectieve maar ook realistische (uitvoerbare) mixture van maatregelen te bepalen, die bovendien goed aansluit op flankerend beleid/programma's van partners. Dit vraagt om afstemming met partners, professionele duiding en selectie alsmede 'oog' voor innovatie en good practices elders.",
            "NB In het format wordt onderscheid gemaakt tussen 'items/actiepunten' en 'maatregelen/ activiteiten'. De 'items/actiepunten' zijn logische clusterings van de concretere maatregelen die de leesbaarheid van het plan en het 'systeem' daarin vergroten. Ook kunnen ze een link vormen met hoofdlijnen van de aanpak zoals beschreven in het IVP en/of met actuele bestuurlijke voorkeuren (dilemma's) in de aanpak.",
        ],
        deelstappen: &[
            "Tussenevaluatie/integrale check op actualiteit (vooral bij 'vervolgplannen').",
            "Opstellen eerste concept met behulp van verzamelde/beschikbare informatie, aan de hand van het format bij deze methode.",
            "Verzamelen en verwerken aanvullende informatie via bilaterale contacten.",
            "Bilaterale checks – partners lezen mee, vullen aan.",
            "Werkgroepbijeenkomst, verwerking uitkomsten.",
            "Gereedmaken eindconcept. Checks bij MT, Driehoek, College, verwerking uitkomsten.",
            "Besluitvorming.",
        ],
        formats: &[
            "Format Uitvoeringsplan Integrale Veiligheid.",
            "Voorbeelden Uitvoeringplan Integrale Veiligheid.",
        ],
        coordinator_dagen: Bereik::plm_tussen(6, 8),
        bron: Bron::new("Stappenplan, Stap 5: Opstellen Uitvoeringsplan", Some(6)),
    },
    StapGegevens {
        stap: Stap::VanBeleidNaarUitvoering,
        nummer: 6,
        naam: "Van beleid naar uitvoering",
        doorlooptijd_weken: None,
        essentie: &[
            "Accenten in deze laatste stap zijn de verdere doorvertaling van het beleid in operationele plannen en programma's en voorzieningen voor sturing in de uitvoeringsfase. Bij de doorvertaling gaat het om afdelingsplannen en projectplannen van OOV zelf maar ook van interne en externe partners (waaronder de politie). Deels zal het beleid reeds verankerd zijn in bestaande operationele plannen (met name het going concern-gedeelte), anderdeels zal bijstelling van plannen of nieuwe planvorming nodig zijn. Dit dient na de vaststelling van het Uitvoeringsplan te gebeuren. De afdeling OOV kan dit natuurlijk actief bevorderen, mede via de voorzieningen voor sturing in de uitvoeringsfase. Daarbij gaat het hoofdzakelijk om drie soorten voorzieningen:",
        ],
        werkwijze: &[
            "De wenselijke vormgeving van bovengenoemde voorzieningen is reeds beschreven in het IVP (hoofdstuk 6). Bij de afstemming met partners over het IVP (bilateraal en in de werkgroep; stap 4) worden hierover dus al afspraken gemaakt. En dit kan verder geconcretiseerd worden bij de afstemming over het uitvoeringsplan (stap 5). De doorvertaling in werk- en projectplannen is daarbij eveneens een voor de hand liggend onderwerp van gesprek. In stap 6 kan OOV hiervoor dan de benodigde extra voorbereidende acties ondernemen. Gaandeweg de uitvoering zelf zullen verdere vormgeving en eventuele aanscherping plaatsvinden.",
        ],
        deelstappen: &[],
        formats: &["Voorbeelden dashboard/voortgangsrapportages."],
        coordinator_dagen: Bereik::plm(2),
        bron: Bron::new("Stappenplan, Stap 6: Van beleid naar uitvoering", Some(6)),
    },
];

impl Stap {
    /// The handbook's record for this step.
    #[must_use]
    pub fn gegevens(self) -> &'static StapGegevens {
        &STAPPEN[self as usize]
    }

    /// The step's number, 1 to 6.
    #[must_use]
    pub fn nummer(self) -> u8 {
        self.gegevens().nummer
    }

    /// The name as printed, for example `"Opstellen IVP"`.
    #[must_use]
    pub fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The doorlooptijd in weeks as published (`None` for step 6).
    #[must_use]
    pub fn doorlooptijd_weken(self) -> Option<Bereik> {
        self.gegevens().doorlooptijd_weken
    }

    /// The coordinator's indicative time for this step, in days.
    #[must_use]
    pub fn coordinator_dagen(self) -> Bereik {
        self.gegevens().coordinator_dagen
    }

    /// The deelstappen, in order.
    #[must_use]
    pub fn deelstappen(self) -> &'static [&'static str] {
        self.gegevens().deelstappen
    }

    /// The next step, if any.
    #[must_use]
    pub fn volgende(self) -> Option<Stap> {
        Stap::from_repr(self as u8 + 1)
    }

    /// The stable snake_case key serde writes, for example `"opstellen_ivp"`.
    #[must_use]
    pub fn sleutel(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for Stap {
    /// The naam as printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl Benoembaar for Stap {
    const ONBEKEND: &'static str = "onbekende stap";
    const VOORVOEGSELS: &'static [&'static str] = &["stap"];

    /// The naam as printed and the key.
    fn namen(self) -> impl Iterator<Item = &'static str> {
        [self.naam(), self.sleutel()].into_iter()
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("1 tot en met 6 of de naam van een stap")
    }
}

van_tekst!(
    /// Error returned when text does not name one of the six [`Stap`]pen.
    OnbekendeStap: Stap
);
