//! The registry of rules: every rule the controle applies, with its stable code, severity,
//! explanation and the handbook passage it enforces.
//!
//! Codes are never reused: a rule that is dropped keeps its code retired in [`INGETROKKEN`].

use core::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::Ernst;
use crate::bron::GrondSoort;
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
}

/// Codes of rules that were withdrawn; they are never given to another rule.
pub const INGETROKKEN: &[&str] = &[];

const STAP_2: Bron = Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6));
const STAP_3: Bron = Bron::new("Stappenplan, Stap 3: Prioritering", Some(6));
const STAP_4: Bron = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
const STAP_5: Bron = Bron::new("Stappenplan, Stap 5: Opstellen Uitvoeringsplan", Some(6));
const EFFECTINDICATOREN: Bron = Bron::new("Effectindicatoren", Some(14));
const DRIEHOEK: Bron = Bron::new("IVP en de Driehoek", Some(15));
const REGIONAAL: Bron = Bron::new("IVP en het Regionaal Beleidsplan politie", Some(15));
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

/// Every rule, in code order.
pub static REGELS: [Regel; 34] = [
    Regel {
        code: "KBV-001",
        ernst: Ernst::Hint,
        document: Toepassing::Alle,
        titel: "nog in te vullen",
        uitleg: "Een veld staat nog open (een plaatshouder uit een skelet). Dat is geen gebrek van een concept, maar het document is pas af als het is ingevuld.",
        oplossing: "Vul het veld in volgens de aanwijzing bij de plaatshouder.",
        grond: Grond::Handreiking {
            citaat: "Het IVP bevat bij voorkeur heldere effectdoelstellingen, het Uitvoeringsplan tastbare prestatie-indicatoren.",
            bron: UITGANGSPUNTEN,
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
        uitleg: "Een IVP zonder prioriteiten heeft geen focus: stap 3 levert de prioriteiten op die hoofdstuk 4 uitwerkt.",
        oplossing: "Kies in stap 3 de prioriteiten en werk ze uit in hoofdstuk 4.",
        grond: Grond::Handreiking {
            citaat: "In deze stap worden de prioriteiten van het nieuwe veiligheidsbeleid vastgesteld.",
            bron: STAP_3,
        },
    },
    Regel {
        code: "IVP-003",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "meer dan vier prioriteiten",
        uitleg: "Meer dan vier prioriteiten ondergraaft het prioritaire karakter.",
        oplossing: "Breng het aantal terug tot drie a vier; de rest kan als overig strategisch thema verder.",
        grond: Grond::Handreiking {
            citaat: "Uitgangspunt is een maximum van drie a vier prioriteiten, om het prioritaire karakter te onderstrepen en vast te houden.",
            bron: STAP_3,
        },
    },
    Regel {
        code: "IVP-004",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "thema zowel prioriteit als overig thema",
        uitleg: "Een thema staat bij een prioriteit en bij een overig strategisch thema. Dat kan bewust zijn (woninginbraak prioritair, fietsdiefstal going concern), maar dan hoort het plan dat toe te lichten.",
        oplossing: "Licht bij het overige thema toe welk deel van het thema hier valt, of haal het thema op een van beide plaatsen weg.",
        grond: Grond::Handreiking {
            citaat: "In stap 3 worden uit dit geheel prioriteiten 'gefilterd' en de resterende veiligheidsthema's binnen de velden geclusterd tot een logische set overige strategische thema's.",
            bron: OVERZICHT,
        },
    },
    Regel {
        code: "IVP-005",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "vast onderdeel van een prioriteit ontbreekt",
        uitleg: "Elke prioriteit heeft een toelichting, hoofdlijnen van de aanpak, een kwalitatieve doelstelling en effectindicatoren.",
        oplossing: "Vul het ontbrekende onderdeel aan.",
        grond: Grond::Handreiking {
            citaat: "uitleg/toelichting van het veiligheidsthema: waarom is het prioritair in de gemeente?",
            bron: STAP_4,
        },
    },
    Regel {
        code: "IVP-006",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "niet twee a drie effectindicatoren",
        uitleg: "Een prioriteit heeft twee a drie effectindicatoren; meer compliceert de informatieverzameling, een enkele geeft geen betrouwbaar beeld.",
        oplossing: "Kies twee a drie indicatoren, eventueel samengestelde.",
        grond: Grond::Handreiking {
            citaat: "Beperk het aantal indicatoren (twee a drie per prioriteit).",
            bron: EFFECTINDICATOREN,
        },
    },
    Regel {
        code: "IVP-007",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "geen combinatie van objectief en subjectief",
        uitleg: "De effectindicatoren van een prioriteit combineren een objectieve indicator (bijvoorbeeld politieregistratie) met een subjectieve (bijvoorbeeld Veiligheidsmonitor).",
        oplossing: "Voeg een indicator van de ontbrekende soort toe, of geef bij elke indicator de soort aan.",
        grond: Grond::Handreiking {
            citaat: "Maak combinaties van 'objectieve' indicatoren (bijvoorbeeld uit de politieregistratie) en 'subjectieve' indicatoren (bijvoorbeeld uit de Veiligheidsmonitor)",
            bron: EFFECTINDICATOREN,
        },
    },
    Regel {
        code: "IVP-008",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "meting ontbreekt of ligt buiten de periode",
        uitleg: "Een effectindicator heeft een nulmeting en een streefwaarde; het jaar van de streefwaarde ligt binnen de periode van het IVP.",
        oplossing: "Vul nulmeting en streefwaarde aan en kies het streefjaar binnen de planperiode.",
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
        uitleg: "De nulmeting hoort vóór het jaar van de streefwaarde te liggen; anders valt er niets te meten.",
        oplossing: "Corrigeer het jaar van de nulmeting of van de streefwaarde.",
        grond: Grond::Handreiking {
            citaat: "Bepalen streefwaarden:",
            bron: EFFECTINDICATOREN,
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
        ernst: Ernst::Fout,
        document: Toepassing::Ivp,
        titel: "periode langer dan vier jaar",
        uitleg: "De raad stelt ten minste eens in de vier jaar de doelen van het lokale veiligheidsbeleid vast (Politiewet art. 38b); het IVP is, net als het Regionaal Beleidsplan, vierjaarlijks.",
        oplossing: "Kort de periode in tot ten hoogste vier jaar.",
        grond: Grond::Handreiking {
            citaat: "Dit eveneens vierjaarlijkse beleid",
            bron: REGIONAAL,
        },
    },
    Regel {
        code: "IVP-013",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "dwarsverbanden bewaken",
        uitleg: "Een thema van een prioriteit heeft raakvlakken met een thema dat nergens in het plan terugkomt.",
        oplossing: "Neem het thema op als overig strategisch thema, of licht toe hoe het dwarsverband wordt bewaakt.",
        grond: Grond::Handreiking {
            citaat: "dwarsverbanden bewaakt tussen veiligheidsthema's",
            bron: UITGANGSPUNTEN,
        },
    },
    Regel {
        code: "IVP-014",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "thema niet verantwoord",
        uitleg: "Elk van de 22 thema's is een prioriteit, een overig strategisch thema, of bewust buiten beschouwing gelaten met een reden: zo is de veiligheidsanalyse volledig doorvertaald.",
        oplossing: "Neem het thema op bij een prioriteit of overig thema, of zet het onder buiten_beschouwing met een reden.",
        grond: Grond::Handreiking {
            citaat: "De vijf velden spelen een belangrijke rol in de analysefase, als garantie voor de compleetheid daarvan.",
            bron: Bron::new("Definitie Integrale Veiligheid", Some(5)),
        },
    },
    Regel {
        code: "IVP-015",
        ernst: Ernst::Hint,
        document: Toepassing::Ivp,
        titel: "gedigitaliseerde criminaliteit niet in de strategische doelstelling",
        uitleg: "De handreiking beveelt aan gedigitaliseerde criminaliteit als doorsnijdend thema in hoofdstuk 2 uit te werken.",
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
        titel: "niet door de raad vastgesteld",
        uitleg: "De gemeenteraad stelt het IVP vast.",
        oplossing: "Laat het IVP vaststellen door de raad.",
        grond: Grond::Handreiking {
            citaat: "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.",
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
        grond: Grond::Handreiking {
            citaat: "Het aantal 'gezamenlijke' IVP's – van meerdere gemeenten – neemt toe.",
            bron: MEERDERE,
        },
    },
    Regel {
        code: "IVP-020",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Ivp,
        titel: "prioriteit of overig thema zonder thema",
        uitleg: "Een prioriteit of overig strategisch thema hoort te zeggen welke veiligheidsthema's het omvat, zodat het plan te stapelen en te controleren is.",
        oplossing: "Noem bij themas de codes van de KBV-thema's (of S1-S3).",
        grond: Grond::Handreiking {
            citaat: "De sets prioriteiten en overige strategische thema's keren terug in het IVP (in hoofdstuk 4 en 5) en uitvoeringsplan (hoofdstuk 3 en 4).",
            bron: OVERZICHT,
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
        code: "UP-001",
        ernst: Ernst::Fout,
        document: Toepassing::Uitvoeringsplan,
        titel: "jaar buiten de periode van het IVP",
        uitleg: "Een uitvoeringsplan geldt voor één kalenderjaar binnen de periode van het IVP waar het bij hoort.",
        oplossing: "Corrigeer het jaar of de periode van het IVP.",
        grond: Grond::Handreiking {
            citaat: "Het uitvoeringsplan geldt bij voorkeur voor één jaar.",
            bron: STAP_5,
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
            citaat: "met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker, betrokken",
            bron: STAP_5,
        },
    },
    Regel {
        code: "UP-004",
        ernst: Ernst::Waarschuwing,
        document: Toepassing::Uitvoeringsplan,
        titel: "maatregel zonder planning",
        uitleg: "Elke maatregel heeft een planning.",
        oplossing: "Geef start- en einddatum van de maatregel.",
        grond: Grond::Handreiking {
            citaat: "partijen, planning.",
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
            citaat: "De acties en maatregelen worden concreet en meetbaar beschreven ('prestatie-indicatoren')",
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
            citaat: "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.",
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
        grond: Grond::Handreiking {
            citaat: "partijen, planning.",
            bron: STAP_5,
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
