//! The registry of rules: every rule the controle applies, with its stable code, severity,
//! explanation and the handbook passage it enforces.
//!
//! Codes are never reused: a rule that is dropped keeps its code retired in [`INGETROKKEN`].

use core::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::Ernst;
use crate::bron::GrondSoort;
use crate::methode;
use crate::{Bron, Bronvermelding};

/// The document a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Toepassing {
    /// Every document.
    Alle,
    /// The Integraal Veiligheidsplan.
    Ivp,
    /// The Uitvoeringsplan.
    Uitvoeringsplan,
    /// The Veiligheidsanalyse.
    Analyse,
}

impl fmt::Display for Toepassing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Toepassing::Alle => "alle documenten",
            Toepassing::Ivp => "IVP",
            Toepassing::Uitvoeringsplan => "uitvoeringsplan",
            Toepassing::Analyse => "veiligheidsanalyse",
        })
    }
}

/// What a rule rests on: a passage of the handbook, or a plain common-sense statement.
///
/// The controle is a second reader who knows the handbook: a rule that goes beyond the
/// handbook's words says so here, in its own kind of ground, instead of borrowing a sentence
/// that does not carry it.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::{Grond, GrondSoort, Regel};
///
/// let regel = Regel::met_code("IVP-011").ok_or("onbekend")?;
/// assert_eq!(regel.grond.soort(), GrondSoort::GezondVerstand);
/// let Grond::GezondVerstand { stelling } = regel.grond else { return Err("gezond verstand") };
/// assert!(stelling.contains("begint"));
///
/// let regel = Regel::met_code("IVP-003").ok_or("onbekend")?;
/// assert!(matches!(regel.grond, Grond::Handreiking { citaat, .. } if citaat.contains("drie a vier")));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Grond {
    /// A passage of the handbook.
    Handreiking {
        /// The handbook's words, verbatim (checked in the tests).
        citaat: &'static str,
        /// Where the handbook says it.
        bron: Bron,
    },
    /// A plain common-sense statement, Dutch: the handbook does not say it, and need not.
    GezondVerstand {
        /// The statement, for example "Een periode eindigt niet voordat zij begint."
        stelling: &'static str,
    },
}

impl Grond {
    /// The kind of ground.
    #[must_use]
    pub const fn soort(&self) -> GrondSoort {
        match self {
            Grond::Handreiking { .. } => GrondSoort::Handreiking,
            Grond::GezondVerstand { .. } => GrondSoort::GezondVerstand,
        }
    }

    /// The handbook's words, or the common-sense statement.
    #[must_use]
    pub const fn tekst(&self) -> &'static str {
        match self {
            Grond::Handreiking { citaat, .. } => citaat,
            Grond::GezondVerstand { stelling } => stelling,
        }
    }

    /// The reference a finding of the rule carries: the passage's section, or
    /// [`Bronvermelding::gezond_verstand`].
    #[must_use]
    pub const fn bronvermelding(&self) -> Bronvermelding {
        match self {
            Grond::Handreiking { bron, .. } => Bronvermelding::van(*bron),
            Grond::GezondVerstand { .. } => Bronvermelding::gezond_verstand(),
        }
    }
}

/// One rule of the method, as listed by `kbv regels`.
///
/// Serialises (`kbv regels --json`) as an object with the keys `code`, `ernst`, `document`,
/// `titel`, `uitleg`, `oplossing`, `citaat`, `bron` and `grond`:
///
/// - for a rule grounded in the handbook, `citaat` is the passage verbatim, `bron` its section
///   (`{"sectie", "pagina"}`) and `grond` is `"handreiking"`;
/// - for a rule of common sense, `citaat` holds the common-sense statement (not a quote),
///   `bron` is `{"sectie": "gezond verstand", "grond": "gezond_verstand"}` (no section of the
///   handbook) and `grond` is `"gezond_verstand"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Regel {
    /// Stable code, never reused.
    pub code: &'static str,
    /// The severity of its findings.
    pub ernst: Ernst,
    /// The document it checks.
    pub document: Toepassing,
    /// Short title, Dutch.
    pub titel: &'static str,
    /// What it checks and why, Dutch.
    pub uitleg: &'static str,
    /// How to resolve a finding, Dutch.
    pub oplossing: &'static str,
    /// What it rests on: a passage of the handbook or a common-sense statement.
    pub grond: Grond,
}

impl Serialize for Regel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Regel", 9)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("ernst", &self.ernst)?;
        s.serialize_field("document", &self.document)?;
        s.serialize_field("titel", self.titel)?;
        s.serialize_field("uitleg", self.uitleg)?;
        s.serialize_field("oplossing", self.oplossing)?;
        s.serialize_field("citaat", self.grond.tekst())?;
        s.serialize_field("bron", &self.grond.bronvermelding())?;
        s.serialize_field("grond", &self.grond.soort())?;
        s.end()
    }
}

impl Regel {
    /// The rule with this code.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::controle::{Ernst, Regel};
    ///
    /// let regel = Regel::met_code("IVP-003").ok_or("onbekend")?;
    /// assert_eq!(regel.ernst, Ernst::Waarschuwing);
    /// assert!(regel.grond.tekst().contains("drie a vier prioriteiten"));
    /// # Ok::<(), &str>(())
    /// ```
    pub fn met_code(code: &str) -> Option<&'static Regel> {
        REGELS.iter().find(|r| r.code == code)
    }

    /// The rule with this code, found while compiling: the checks name their rule through
    /// `regel!`, so that a mistyped code does not build and a finding costs no search.
    pub(crate) const fn bij_code(code: &str) -> &'static Regel {
        let mut i = 0;
        while i < REGELS.len() {
            if gelijk(REGELS[i].code.as_bytes(), code.as_bytes()) {
                return &REGELS[i];
            }
            i += 1;
        }
        panic!("geen regel met deze code")
    }
}

/// Byte-wise equality, in a `const fn`.
const fn gelijk(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Codes of rules that were withdrawn; they are never given to another rule.
pub const INGETROKKEN: &[&str] = &[];

const STAP_2: Bron = Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6));
const STAP_4: Bron = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
const STAP_5: Bron = Bron::new("Stappenplan, Stap 5: Opstellen Uitvoeringsplan", Some(6));
const EFFECTINDICATOREN: Bron = Bron::new("Effectindicatoren", Some(14));
const DRIEHOEK: Bron = Bron::new("IVP en de Driehoek", Some(15));
const OVERZICHT: Bron = Bron::new(
    "Overzicht: belangrijke karakteristieken van het proces",
    Some(12),
);
const MEERDERE: Bron = Bron::new("Een IVP met meerdere gemeenten", Some(13));
const DIGITAAL: Bron = Bron::new(
    "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime)",
    Some(19),
);
const UITGANGSPUNTEN: Bron = Bron::new("Uitgangspunten", Some(5));

/// The four vaste onderdelen of a priority (step 4, chapter 4).
const VASTE_ONDERDELEN: &str = "Vaste onderdelen zijn: (*) uitleg/toelichting van het veiligheidsthema: waarom is het prioritair in de gemeente?; (*) hoofdlijnen van de aanpak in komende jaren: daadwerkelijk de 'hoofdlijnen' – concretisering gebeurt in het Uitvoeringsplan; wel kunnen voorbeeldsgewijs specifieke instrumenten worden genoemd; (*) flankerend beleid, vooral van de gemeente; denk aan zorg- en welzijnsbeleid, participatiebeleid, wijkmanagement/ gebiedsgericht werken, etc.; (*) doelstelling, wederom zowel kwalitatief ('missie') als kwantitatief (streefwaarden op effectindicatoren)";

/// What step 5 asks of every action and measure.
const MAATREGELEN: &str = "De acties en maatregelen worden concreet en meetbaar beschreven ('prestatie-indicatoren'), met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker, betrokken partijen, planning.";

/// Step 3's filtering: what is not a priority comes back as an other strategic theme.
const KANTELING: &str = "In stap 3 worden uit dit geheel prioriteiten 'gefilterd' en de resterende veiligheidsthema's binnen de velden geclusterd tot een logische set overige strategische thema's.";

/// Where an IVP and an uitvoeringsplan are adopted.
const VASTSTELLING: &str = "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.";

/// Every rule, in code order.
pub static REGELS: [Regel; 40] = [
    Regel {
        code: "KBV-001",
        ernst: Ernst::Hint,
        document: Toepassing::Alle,
        titel: "nog in te vullen",
        uitleg: "Een veld staat nog open (een plaatshouder uit een skelet). Dat is geen gebrek van een concept, maar het document is pas af als het is ingevuld.",
        oplossing: "Vul het veld in volgens de aanwijzing bij de plaatshouder.",
        grond: Grond::GezondVerstand {
            stelling: "Een plaatshouder is nog geen inhoud: een document is pas af als elke plaatshouder is ingevuld.",
        },
    },
    Regel {
        code: "IVP-001",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "hoofdstuk ontbreekt",
        uitleg: "Het IVP volgt de opzet van zeven hoofdstukken uit stap 4; een hoofdstuk dat ontbreekt of leeg is, wordt gemeld met wat de handreiking erin verwacht.",
        oplossing: "Voeg het hoofdstuk toe met de inhoud die de handreiking noemt.",
        grond: Grond::Handreiking {
            citaat: "De opzet is als volgt (zie ook het format voor het IVP)",
            bron: STAP_4,
        },
    },
    Regel {
        code: "IVP-002",
        ernst: Ernst::Fout,
        document: Toepassing::Ivp,
        titel: "geen prioriteit",
        uitleg: "Een IVP zonder prioriteiten mist hoofdstuk 4 van de vaste opzet: stap 3 levert de prioriteiten op die hoofdstuk 4 uitwerkt.",
        oplossing: "Kies in stap 3 de prioriteiten en werk ze uit in hoofdstuk 4.",
        grond: Grond::Handreiking {
            citaat: "Prioriteiten. In dit hoofdstuk worden de prioriteiten zoals die in stap 3 zijn benoemd, uitgewerkt.",
            bron: STAP_4,
        },
    },
    Regel {
        code: "IVP-003",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "meer dan drie a vier prioriteiten",
        uitleg: "Meer prioriteiten dan het maximum dat de handreiking als uitgangspunt neemt, ondergraaft het prioritaire karakter; bij een gezamenlijk IVP telt per gemeente de gezamenlijke en de eigen lokale prioriteiten.",
        oplossing: "Breng het aantal terug tot drie a vier; de rest kan als overig strategisch thema verder.",
        grond: Grond::Handreiking {
            citaat: methode::PRIORITEITEN.citaat,
            bron: methode::PRIORITEITEN.bron,
        },
    },
    Regel {
        code: "IVP-004",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "thema zowel prioriteit als overig thema",
        uitleg: "Een overig strategisch thema is wat na de prioriteiten resteert. Staat een thema bij beide, dan kan dat bewust zijn (woninginbraak prioritair, fietsdiefstal going concern), maar dan zegt het overige thema welk deel van het thema het omvat: met een deelthema dat het thema noemt, of met een toelichting die het thema (code of naam) of de prioriteit bij naam noemt. Een toelichting die over iets anders gaat, verklaart de overlap niet.",
        oplossing: "Noem in de toelichting van het overige thema welk deel van het thema hier valt (of geef het een deelthema met dat thema), of haal het thema op een van beide plaatsen weg.",
        grond: Grond::Handreiking {
            citaat: KANTELING,
            bron: OVERZICHT,
        },
    },
    Regel {
        code: "IVP-005",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "vast onderdeel van een prioriteit ontbreekt",
        uitleg: "Elke prioriteit heeft de vier vaste onderdelen: een toelichting, hoofdlijnen van de aanpak, flankerend beleid en een doelstelling, kwalitatief en kwantitatief (effectindicatoren). Wat in de deelthema's van de prioriteit staat (toelichting, aanpak, kwalitatieve doelstelling), telt mee.",
        oplossing: "Vul het ontbrekende onderdeel aan, bij de prioriteit of bij haar deelthema's.",
        grond: Grond::Handreiking {
            citaat: VASTE_ONDERDELEN,
            bron: STAP_4,
        },
    },
    Regel {
        code: "IVP-006",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "meer dan twee a drie effectindicatoren",
        uitleg: "De handreiking vraagt het aantal indicatoren te beperken tot twee a drie per prioriteit: een teveel compliceert de informatieverzameling en verantwoording.",
        oplossing: "Kies twee a drie indicatoren, eventueel samengestelde.",
        // The number is methode's; the quote stops before "Maak eventueel samengestelde
        // indicatoren", which is IVP-023's.
        grond: Grond::Handreiking {
            citaat: "Beperk het aantal indicatoren (twee a drie per prioriteit). Een teveel aan indicatoren compliceert de informatieverzameling en verantwoording.",
            bron: methode::EFFECTINDICATOREN_PER_PRIORITEIT.bron,
        },
    },
    Regel {
        code: "IVP-007",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "geen combinatie van objectief en subjectief",
        uitleg: "De effectindicatoren van een prioriteit combineren een objectieve indicator (bijvoorbeeld politieregistratie) met een subjectieve (bijvoorbeeld Veiligheidsmonitor). Waar de soort ontbreekt, telt een indicator uit de politieregistratie als objectief en een uit de Veiligheidsmonitor als subjectief.",
        oplossing: "Voeg een indicator van de ontbrekende soort toe, of geef bij elke indicator de soort of de bron aan.",
        grond: Grond::Handreiking {
            citaat: "Maak combinaties van 'objectieve' indicatoren (bijvoorbeeld uit de politieregistratie) en 'subjectieve' indicatoren (bijvoorbeeld uit de Veiligheidsmonitor)",
            bron: EFFECTINDICATOREN,
        },
    },
    Regel {
        code: "IVP-008",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "effectindicator zonder streefwaarde",
        uitleg: "De kwantitatieve doelstelling bestaat uit streefwaarden op effectindicatoren. Een indicator met de richting 'gelijk' en een nulmeting heeft een streefwaarde: het gemeten niveau houden (\"dit willen we zo houden\").",
        oplossing: "Geef de streefwaarde, of bij 'gelijk houden' de nulmeting die gehouden moet worden.",
        grond: Grond::Handreiking {
            citaat: "doelstelling, wederom zowel kwalitatief ('missie') als kwantitatief (streefwaarden op effectindicatoren)",
            bron: STAP_4,
        },
    },
    Regel {
        code: "IVP-009",
        ernst: Ernst::Fout,
        document: Toepassing::Ivp,
        titel: "nulmeting niet voor de streefwaarde",
        uitleg: "Het jaar van de nulmeting ligt op of na het jaar van de streefwaarde; het document spreekt zichzelf tegen.",
        oplossing: "Corrigeer het jaar van de nulmeting of van de streefwaarde.",
        grond: Grond::GezondVerstand {
            stelling: "Een nulmeting gaat vooraf aan de streefwaarde die erop voortbouwt; anders valt er geen ontwikkeling te meten.",
        },
    },
    Regel {
        code: "IVP-010",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "houd rekening met de trend",
        uitleg: "De streefwaarde is al bereikt volgens de laatste meting, of gaat in tegen de gemeten trend.",
        oplossing: "Stel de streefwaarde bij met het oog op de trend van de afgelopen jaren.",
        grond: Grond::Handreiking {
            citaat: "Houd rekening met de trend in de afgelopen jaren (indien er een stevige daling op een indicator is geweest, is verdere daling wellicht niet realistisch).",
            bron: EFFECTINDICATOREN,
        },
    },
    Regel {
        code: "IVP-011",
        ernst: Ernst::Fout,
        document: Toepassing::Ivp,
        titel: "periode begint niet voor zij eindigt",
        uitleg: "De begindatum van de periode ligt na de einddatum.",
        oplossing: "Verwissel of corrigeer de data van de periode.",
        grond: Grond::GezondVerstand {
            stelling: "Een periode eindigt niet voordat zij begint.",
        },
    },
    Regel {
        code: "IVP-012",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "periode langer dan de vierjaarlijkse cyclus",
        uitleg: "Het IVP is, net als het Regionaal Beleidsplan van de politie waarvoor het input is, vierjaarlijks; een langere periode loopt uit de pas met die cyclus.",
        oplossing: "Kort de periode in tot vier jaar.",
        grond: Grond::Handreiking {
            citaat: methode::IVP_JAREN.citaat,
            bron: methode::IVP_JAREN.bron,
        },
    },
    Regel {
        code: "IVP-013",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "dwarsverbanden bewaken",
        uitleg: "Een thema van een prioriteit heeft raakvlakken met een thema dat het plan buiten beschouwing laat, en de prioriteit noemt dat raakvlak niet. Thema's die nergens in het plan staan, meldt IVP-014.",
        oplossing: "Noem het thema bij de raakvlakken van de prioriteit en licht toe hoe het dwarsverband wordt bewaakt, of neem het thema op als overig strategisch thema.",
        grond: Grond::Handreiking {
            citaat: "Veiligheidsbeleid is bij voorkeur integraal, in de zin van dat het zich richt op sociale én fysieke veiligheid, dwarsverbanden bewaakt tussen veiligheidsthema's",
            bron: UITGANGSPUNTEN,
        },
    },
    Regel {
        code: "IVP-014",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "thema niet verantwoord",
        uitleg: "Wat in stap 3 geen prioriteit wordt, keert terug als overig strategisch thema; een thema dat nergens in het plan staat, is niet doorvertaald. Zegt het plan dat elk thema dat het niet noemt als going concern doorloopt (going_concern), dan zijn ze verantwoord. Daarnaast laat de crate toe een thema bewust buiten beschouwing te laten (dat noemt de handreiking niet; zie IVP-025).",
        oplossing: "Neem het thema op bij een prioriteit of overig thema, zeg in going_concern dat de niet genoemde thema's als going concern doorlopen, of zet het onder buiten_beschouwing met een reden.",
        grond: Grond::Handreiking {
            citaat: KANTELING,
            bron: OVERZICHT,
        },
    },
    Regel {
        code: "IVP-015",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "gedigitaliseerde criminaliteit niet in de strategische doelstelling",
        uitleg: "De handreiking beveelt aan gedigitaliseerde criminaliteit als doorsnijdend thema in hoofdstuk 2 uit te werken. Telt: de kwalitatieve of kwantitatieve strategische doelstelling noemt het (cybercrime, gedigitaliseerde of digitale criminaliteit, digitale veiligheid), of het plan maakt S1 tot thema. De verbindingen met ander beleid tellen niet: die beschrijven andermans plannen.",
        oplossing: "Neem gedigitaliseerde criminaliteit (S1) op in de strategische doelstelling.",
        grond: Grond::Handreiking {
            citaat: "Introductie en uitwerking als doorsnijdend, overkoepelend veiligheidsthema in hoofdstuk 2 van het IVP: Strategische doelstelling.",
            bron: DIGITAAL,
        },
    },
    Regel {
        code: "IVP-016",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "geen digitaal facet bij een prioriteit",
        uitleg: "De handreiking beveelt aan het digitale facet bij elk prioritair en going concern-thema uit te werken.",
        oplossing: "Beschrijf bij de prioriteit de digitale component.",
        grond: Grond::Handreiking {
            citaat: "Consequente uitwerking van het 'digitale facet' bij zowel de prioritaire als de going concern-thema's",
            bron: DIGITAAL,
        },
    },
    Regel {
        code: "IVP-017",
        ernst: Ernst::Fout,
        document: Toepassing::Ivp,
        titel: "lokale paragraaf van een andere gemeente",
        uitleg: "Een gezamenlijk IVP heeft lokaal-specifieke paragrafen voor de deelnemende gemeenten; een paragraaf voor een gemeente die niet meedoet, hoort er niet in.",
        oplossing: "Voeg de gemeente toe aan gemeenten, of corrigeer de naam in de lokale paragraaf.",
        grond: Grond::Handreiking {
            citaat: "lokaal-specifieke paragrafen met lokale prioriteiten en overige thema's (plus lokale aanpak)",
            bron: MEERDERE,
        },
    },
    Regel {
        code: "IVP-018",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "geen vaststelling door de raad",
        uitleg: "De gemeenteraad stelt het IVP vast. Gemeld wordt een vaststelling door een ander orgaan, en een IVP waarbij geen vaststelling is vastgelegd (bij een concept vanzelfsprekend).",
        oplossing: "Laat het IVP vaststellen door de raad en leg de vaststelling vast.",
        grond: Grond::Handreiking {
            citaat: VASTSTELLING,
            bron: DRIEHOEK,
        },
    },
    Regel {
        code: "IVP-019",
        ernst: Ernst::Fout,
        document: Toepassing::Ivp,
        titel: "geen gemeente of dubbele gemeente",
        uitleg: "Een IVP hoort bij een of meer gemeenten, elk één keer genoemd.",
        oplossing: "Noem elke deelnemende gemeente één keer.",
        grond: Grond::GezondVerstand {
            stelling: "Een plan is van ten minste één gemeente, en wie twee keer genoemd wordt, doet niet twee keer mee.",
        },
    },
    Regel {
        code: "IVP-020",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "prioriteit of overig thema zonder thema",
        uitleg: "Een prioriteit of overig strategisch thema hoort te zeggen welke veiligheidsthema's het omvat; zonder die koppeling vallen het buiten elke toets op thema's (IVP-004, IVP-013, IVP-014) en is het plan niet te stapelen.",
        oplossing: "Noem bij themas de codes van de KBV-thema's (of S1-S3).",
        grond: Grond::GezondVerstand {
            stelling: "Wat niet zegt over welke veiligheidsthema's het gaat, is op thema's niet te toetsen of te vergelijken.",
        },
    },
    Regel {
        code: "IVP-021",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "uitgangssituatie niet per veld",
        uitleg: "Hoofdstuk 1 schetst de veiligheidssituatie en de lopende aanpak op elk van de vijf veiligheidsvelden, als samenvatting van de veiligheidsanalyse.",
        oplossing: "Vat per veld de uitkomst van de veiligheidsanalyse samen.",
        grond: Grond::Handreiking {
            citaat: "Dit is een korte schets van de veiligheidssituatie en lopende aanpak op de vijf veiligheidsvelden.",
            bron: STAP_4,
        },
    },
    Regel {
        code: "IVP-022",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "periode korter dan de vierjaarlijkse cyclus",
        uitleg: "Het IVP is meerjarig beleid, vierjaarlijks zoals het Regionaal Beleidsplan waarvoor het input is; een plan voor korter (een jaarlijkse lijst van afspraken) is eerder een uitvoeringsplan.",
        oplossing: "Geef het IVP een periode van vier jaar, of behandel het document als uitvoeringsplan bij een IVP.",
        grond: Grond::Handreiking {
            citaat: methode::IVP_JAREN.citaat,
            bron: methode::IVP_JAREN.bron,
        },
    },
    Regel {
        code: "IVP-023",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "één effectindicator bij een prioriteit",
        uitleg: "De handreiking noemt twee a drie indicatoren per prioriteit, en samengestelde indicatoren als manier om het aantal te beperken; één indicator past daarbij als het een samengestelde is.",
        oplossing: "Voeg een tweede indicator toe, of licht toe dat de indicator samengesteld is.",
        grond: Grond::Handreiking {
            citaat: methode::EFFECTINDICATOREN_PER_PRIORITEIT.citaat,
            bron: methode::EFFECTINDICATOREN_PER_PRIORITEIT.bron,
        },
    },
    Regel {
        code: "IVP-024",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "streefwaarde buiten de periode",
        uitleg: "Het jaar van een streefwaarde ligt buiten de periode van het IVP.",
        oplossing: "Kies het jaar van de streefwaarde binnen de planperiode.",
        grond: Grond::GezondVerstand {
            stelling: "Een plan kan alleen doelen stellen voor de jaren waarin het geldt.",
        },
    },
    Regel {
        code: "IVP-025",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "buiten beschouwing zonder reden",
        uitleg: "Een thema staat onder buiten_beschouwing, maar het plan zegt niet waarom. De handreiking kent geen thema's buiten beschouwing (zie IVP-014); wie er een zo plaatst, geeft de reden.",
        oplossing: "Geef de reden, of neem het thema op als overig strategisch thema.",
        grond: Grond::GezondVerstand {
            stelling: "Een bewuste keuze om een thema weg te laten is pas te zien als de reden erbij staat.",
        },
    },
    Regel {
        code: "IVP-026",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "strategische doelstelling zonder kwantitatief deel",
        uitleg: "De handreiking beveelt voor hoofdstuk 2 een kwalitatief en een kwantitatief deel aan: streefwaarden op overstijgende indicatoren zoals het totaalvolume criminaliteit en het veiligheidsgevoel.",
        oplossing: "Voeg streefwaarden op overstijgende indicatoren toe onder strategische_doelstelling.kwantitatief.",
        grond: Grond::Handreiking {
            citaat: "Aan te bevelen is een kwalitatief en een kwantitatief deel.",
            bron: STAP_4,
        },
    },
    Regel {
        code: "UP-001",
        ernst: Ernst::Fout,
        document: Toepassing::Uitvoeringsplan,
        titel: "jaar buiten de periode van het IVP",
        uitleg: "Een uitvoeringsplan werkt een IVP uit en valt binnen de periode ervan (de handreiking geeft het bij voorkeur één jaar; een uitvoeringsplan heeft hier één jaar).",
        oplossing: "Corrigeer het jaar of de periode van het IVP.",
        grond: Grond::GezondVerstand {
            stelling: "Een uitvoeringsplan kan een IVP alleen uitvoeren in de jaren waarin dat IVP geldt.",
        },
    },
    Regel {
        code: "UP-002",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Uitvoeringsplan,
        titel: "prioriteit of overig thema zonder maatregel",
        uitleg: "Zwaartepunt van het uitvoeringsplan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's.",
        oplossing: "Voeg ten minste één maatregel toe.",
        grond: Grond::Handreiking {
            citaat: "Zwaartepunt daarvan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's van het IVP.",
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-003",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Uitvoeringsplan,
        titel: "maatregel zonder trekker",
        uitleg: "Elke maatregel heeft een bestuurlijk en een ambtelijk trekker.",
        oplossing: "Wijs een bestuurlijk en een ambtelijk trekker aan.",
        grond: Grond::Handreiking {
            citaat: MAATREGELEN,
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-004",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Uitvoeringsplan,
        titel: "maatregel zonder planning",
        uitleg: "Elke maatregel heeft een planning: een looptijd, of de datum waarvoor ze gereed is (zoals de afspraken van een jaarplan: \"voor 1 juni\").",
        oplossing: "Geef start- en einddatum van de maatregel (planning), of de datum waarvoor ze gereed is (gereed_voor).",
        grond: Grond::Handreiking {
            citaat: MAATREGELEN,
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-005",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Uitvoeringsplan,
        titel: "maatregel zonder prestatie-indicator",
        uitleg: "Acties en maatregelen worden concreet en meetbaar beschreven met prestatie-indicatoren.",
        oplossing: "Geef aan waaraan te zien is dat de maatregel is uitgevoerd.",
        grond: Grond::Handreiking {
            citaat: MAATREGELEN,
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-006",
        ernst: Ernst::Hint,
        document: Toepassing::Uitvoeringsplan,
        titel: "niet door het college vastgesteld",
        uitleg: "Het college stelt het uitvoeringsplan vast; de raad ontvangt het ter informatie.",
        oplossing: "Laat het uitvoeringsplan vaststellen door het college.",
        grond: Grond::Handreiking {
            citaat: VASTSTELLING,
            bron: DRIEHOEK,
        },
    },
    Regel {
        code: "UP-007",
        ernst: Ernst::Fout,
        document: Toepassing::Uitvoeringsplan,
        titel: "planning eindigt voor zij begint",
        uitleg: "De einddatum van een maatregel ligt voor de begindatum.",
        oplossing: "Corrigeer de data.",
        grond: Grond::GezondVerstand {
            stelling: "Een planning eindigt niet voordat zij begint.",
        },
    },
    Regel {
        code: "UP-008",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Uitvoeringsplan,
        titel: "prioriteit of overig thema van het IVP ontbreekt",
        uitleg: "Het uitvoeringsplan is de operationele doorslag van het IVP: elke prioriteit en elk overig strategisch thema van het IVP komt erin terug (alleen te toetsen als het IVP erbij wordt gegeven).",
        oplossing: "Neem de prioriteit of het overige thema op, met zijn maatregelen.",
        grond: Grond::Handreiking {
            citaat: "Het is echt de 'operationele doorslag' daarvan.",
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-009",
        ernst: Ernst::Hint,
        document: Toepassing::Uitvoeringsplan,
        titel: "vervolgplan zonder terugblik",
        uitleg: "Een uitvoeringsplan na het eerste jaar van het IVP blikt terug op het veiligheidsbeeld en de aanpak van de afgelopen periode; zo heeft het ook een evaluatieve functie.",
        oplossing: "Voeg een terugblik toe op veiligheidsbeeld en aanpak.",
        grond: Grond::Handreiking {
            citaat: "Voor de 'vervolgplannen' is het aan te bevelen een terugblik op ontwikkelingen in het veiligheidsbeeld en de aanpak in de afgelopen periode op te nemen",
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-010",
        ernst: Ernst::Hint,
        document: Toepassing::Uitvoeringsplan,
        titel: "hoofdstuk van de aanbevolen opzet ontbreekt",
        uitleg: "De handreiking beveelt voor het uitvoeringsplan een opzet van vijf hoofdstukken aan; gemeld worden de hoofdlijn van het IVP (met de beleidscyclus), de uitwerking van de prioriteiten en de begroting als ze ontbreken. De terugblik is UP-009.",
        oplossing: "Voeg het hoofdstuk toe met de inhoud die de handreiking noemt.",
        grond: Grond::Handreiking {
            citaat: "De aanbevolen opzet van het uitvoeringsplan (zie ook het format voor het uitvoeringsplan) is:",
            bron: STAP_5,
        },
    },
    Regel {
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
    },
    Regel {
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
    },
    Regel {
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
    },
];
