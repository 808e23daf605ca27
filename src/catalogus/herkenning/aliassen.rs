//! The names real plans use for the method's themes, each with the handbook passage that uses the
//! word for that theme.

use super::Onderwerp;
use crate::catalogus::{Aspect, StrategischThema, Thema};
use crate::Bron;

/// A name real plans use for one or more themes, aspects or strategic themes of the method, with
/// the handbook passage that justifies it.
///
/// An alias is not a name of the method: [`Thema`]'s `FromStr` does not accept it. The
/// recognition ([`herken`](super::herken)) uses it, and says so in its reason, quoting
/// [`citaat`](Self::citaat).
///
/// An alias with several [`onderwerpen`](Self::onderwerpen) names a cluster ("Jeugdoverlast en
/// -criminaliteit" is 3.1 and 3.2): its recognition is never unambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alias {
    /// The name as plans write it, for example `"Ondermijning"`.
    pub naam: &'static str,
    /// What it names, in the order the citation gives them.
    pub onderwerpen: &'static [Onderwerp],
    /// The handbook's own words, verbatim, that use this name (or the word in it) for
    /// [`onderwerpen`](Self::onderwerpen).
    pub citaat: &'static str,
    /// Where [`citaat`](Self::citaat) stands.
    pub bron: Bron,
}

const DEFINITIE: Bron = Bron::new("Definitie Integrale Veiligheid", Some(5));
const ZORG_EN_VEILIGHEID_DEEL_1: Bron = Bron::new(
    "Definitie Integrale Veiligheid, 'Zorg en veiligheid'",
    Some(5),
);
const STAP_2: Bron = Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6));
const OVERZICHT: Bron = Bron::new("2 Uitwerking veiligheidsvelden/-thema's", Some(23));
const S1: Bron = Bron::new(
    "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime)",
    Some(19),
);
const S1_MEER: Bron = Bron::new(
    "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime), Meer informatie/voorbeelden",
    Some(19),
);
const S3: Bron = Bron::new("Strategisch thema: Informatiemanagement", Some(21));

const fn thema(t: Thema) -> Bron {
    t.gegevens().bron
}

use Onderwerp::{Aspect as A, Strategisch as S, Thema as T};

const OBJECTIEF: &[Onderwerp] = &[T(Thema::ObjectieveVeiligheid)];
const SOCIAAL: &[Onderwerp] = &[T(Thema::SocialeKwaliteit)];

const VERMOGEN: &str = "Vermogenscriminaliteit: o.m. woninginbraak, babbeltrucs, kelderboxinbraak";
const GEWELD: &str =
    "Geweldscriminaliteit: o.m. bedreiging, mishandeling, openlijke geweldpleging, huiselijk geweld.";
const SOCIALE_KWALITEIT: &str =
    "Bij sociale kwaliteit gaat het vooral om de thema's woonoverlast, \
     alcohol- en drugsoverlast, overlast verwarde personen.";
const ZES_ASPECTEN: &str = "De zes aspecten zijn: ‘infrastructuur’, ‘investeren in fysieke \
     kwaliteit’, ‘investeren in sociale kwaliteit’, ‘betrekken bewoners’, ‘toezicht en \
     handhaving’ en ‘aanpak specifieke criminaliteitsfenomenen’.";
const VOOR_HIGH_IMPACT: &str =
    "1.3 Objectieve veiligheid/veel voorkomende en 'high impact'- criminaliteit";

/// Every alias, in no particular order. A test checks that every [`Alias::citaat`] occurs in the
/// handbook (whitespace normalised) and contains a word of its name.
///
/// Names real plans use that the handbook does not use for a theme ("Risicojongeren", "Personen
/// met onbegrepen gedrag", "Mensenhandel") have no alias: the recognition finds them, if at all,
/// in the themes' own texts, and says so.
pub const ALIASSEN: &[Alias] = &[
    Alias {
        naam: "Ondermijning",
        onderwerpen: &[T(Thema::OndermijnendeCriminaliteit)],
        citaat: "programmatische aanpak van ondermijning",
        bron: thema(Thema::OndermijnendeCriminaliteit),
    },
    Alias {
        naam: "Cybercrime",
        onderwerpen: &[S(StrategischThema::GedigitaliseerdeCriminaliteit)],
        citaat: "Gedigitaliseerde criminaliteit (waaronder cybercrime)",
        bron: S1,
    },
    Alias {
        naam: "Digitale criminaliteit",
        onderwerpen: &[S(StrategischThema::GedigitaliseerdeCriminaliteit)],
        citaat: "beveiliging van de eigen systemen tegen digitale criminaliteit",
        bron: S1,
    },
    Alias {
        naam: "Digitale veiligheid",
        onderwerpen: &[S(StrategischThema::GedigitaliseerdeCriminaliteit)],
        citaat: "Agenda Digitale Veiligheid VNG 2020-2024",
        bron: S1_MEER,
    },
    Alias {
        naam: "Woninginbraak",
        onderwerpen: OBJECTIEF,
        citaat: VERMOGEN,
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "Vermogenscriminaliteit",
        onderwerpen: OBJECTIEF,
        citaat: VERMOGEN,
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "Geweldscriminaliteit",
        onderwerpen: OBJECTIEF,
        citaat: GEWELD,
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "Huiselijk geweld",
        onderwerpen: OBJECTIEF,
        citaat: GEWELD,
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "High impact crime",
        onderwerpen: OBJECTIEF,
        citaat: "veiligheidsthema 1.3: Objectieve veiligheid/ veelvoorkomende en high impact crime",
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "High impact criminaliteit",
        onderwerpen: OBJECTIEF,
        citaat: VOOR_HIGH_IMPACT,
        bron: OVERZICHT,
    },
    Alias {
        naam: "HIC",
        onderwerpen: OBJECTIEF,
        citaat: "jeugd, alcohol & drugs en HIC-feiten",
        bron: S3,
    },
    Alias {
        naam: "Veel voorkomende criminaliteit",
        onderwerpen: OBJECTIEF,
        citaat: "Het betreft zowel 'veel voorkomende' als 'high impact'-criminaliteit.",
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "Veelvoorkomende criminaliteit",
        onderwerpen: OBJECTIEF,
        citaat: "veiligheidsthema 1.3: Objectieve veiligheid/ veelvoorkomende en high impact crime",
        bron: thema(Thema::ObjectieveVeiligheid),
    },
    Alias {
        naam: "Veiligheidsgevoel",
        onderwerpen: &[T(Thema::SubjectieveVeiligheid)],
        citaat: "subjectieve veiligheid (veiligheidsgevoel)",
        bron: DEFINITIE,
    },
    Alias {
        naam: "Drugsoverlast",
        onderwerpen: SOCIAAL,
        citaat: SOCIALE_KWALITEIT,
        bron: DEFINITIE,
    },
    Alias {
        naam: "Woonoverlast",
        onderwerpen: SOCIAAL,
        citaat: SOCIALE_KWALITEIT,
        bron: DEFINITIE,
    },
    Alias {
        naam: "Verwarde personen",
        onderwerpen: SOCIAAL,
        citaat: SOCIALE_KWALITEIT,
        bron: DEFINITIE,
    },
    Alias {
        naam: "Verward gedrag",
        onderwerpen: SOCIAAL,
        citaat: "overlast van personen met verward gedrag",
        bron: thema(Thema::SocialeKwaliteit),
    },
    Alias {
        naam: "Jeugdoverlast en -criminaliteit",
        onderwerpen: &[T(Thema::Jeugdoverlast), T(Thema::Jeugdcriminaliteit)],
        citaat: "Jeugdoverlast en -criminaliteit, problematische individuele jongeren",
        bron: DEFINITIE,
    },
    Alias {
        naam: "Jeugdcriminaliteit",
        onderwerpen: &[T(Thema::Jeugdcriminaliteit)],
        citaat: "3.2 Jeugdcriminaliteit/ individuele probleemjongeren",
        bron: OVERZICHT,
    },
    Alias {
        naam: "Probleemjongeren",
        onderwerpen: &[T(Thema::Jeugdcriminaliteit)],
        citaat: "3.2 Jeugdcriminaliteit/ individuele probleemjongeren",
        bron: OVERZICHT,
    },
    Alias {
        naam: "Omgevingsveiligheid",
        onderwerpen: &[T(Thema::Omgevingsveiligheid)],
        citaat: "Gesproken zal dan worden van 'Omgevingsveiligheid' ipv 'Externe veiligheid'.",
        bron: thema(Thema::Omgevingsveiligheid),
    },
    Alias {
        naam: "Crisisbeheersing",
        onderwerpen: &[T(Thema::Rampenbestrijding)],
        citaat: "belast met de organisatie van de rampenbestrijding en crisisbeheersing",
        bron: thema(Thema::Rampenbestrijding),
    },
    Alias {
        naam: "Rampenbestrijding",
        onderwerpen: &[T(Thema::Rampenbestrijding)],
        citaat: "belast met de organisatie van de rampenbestrijding en crisisbeheersing",
        bron: thema(Thema::Rampenbestrijding),
    },
    Alias {
        naam: "Radicalisering",
        onderwerpen: &[T(Thema::PolarisatieEnRadicalisering)],
        citaat: "Verschijnselen die meer fundamenteel onze rechtsorde en veiligheid bedreigen: \
                 radicalisering en polarisatie",
        bron: DEFINITIE,
    },
    Alias {
        naam: "Polarisatie",
        onderwerpen: &[T(Thema::PolarisatieEnRadicalisering)],
        citaat: "Verschijnselen die meer fundamenteel onze rechtsorde en veiligheid bedreigen: \
                 radicalisering en polarisatie",
        bron: DEFINITIE,
    },
    Alias {
        naam: "Weerbaar bestuur",
        onderwerpen: &[T(Thema::WeerbareOverheid)],
        citaat: "5.3 Weerbare overheid/weerbaar bestuur",
        bron: OVERZICHT,
    },
    Alias {
        naam: "Weerbare overheid",
        onderwerpen: &[T(Thema::WeerbareOverheid)],
        citaat: "5.3 Weerbare overheid/weerbaar bestuur",
        bron: OVERZICHT,
    },
    Alias {
        naam: "Betrekken bewoners",
        onderwerpen: &[A(Aspect::BetrekkenBewoners)],
        citaat: ZES_ASPECTEN,
        bron: STAP_2,
    },
    Alias {
        naam: "Aanpak specifieke criminaliteitsfenomenen",
        onderwerpen: &[A(Aspect::SpecifiekeCriminaliteitsfenomenen)],
        citaat: ZES_ASPECTEN,
        bron: STAP_2,
    },
    Alias {
        naam: "Snijvlak zorg en veiligheid",
        onderwerpen: &[S(StrategischThema::ZorgEnVeiligheid)],
        citaat: "'complexe casuïstiek' (- snijvlak zorg en veiligheid)",
        bron: S3,
    },
    Alias {
        naam: "Complexe casuïstiek",
        onderwerpen: &[S(StrategischThema::ZorgEnVeiligheid)],
        citaat: "Verschillende thema's binnen de vijf velden staan in verband met zogenaamde \
                 'complexe casuïstiek' ofwel personen/huishoudens met meervoudige sociale en \
                 veiligheidsproblematiek.",
        bron: ZORG_EN_VEILIGHEID_DEEL_1,
    },
];
