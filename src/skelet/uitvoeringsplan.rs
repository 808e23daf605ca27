//! A skeleton first-year uitvoeringsplan, following an IVP.

use chrono::Datelike;

use super::open;
use crate::document::{
    Actiepunt, Begroting, Invulbaar, Ivp, Maatregel, Post, Tekst, Themauitwerking, UitvoeringsItem,
    Uitvoeringsplan,
};

/// A measure with its trekkers, planning and prestatie-indicator still to be filled.
pub(super) fn maatregel(omschrijving: Tekst) -> Maatregel {
    let mut m = Maatregel::new("");
    m.omschrijving = omschrijving;
    m.bestuurlijk_trekker = Some(open("bestuurlijk trekker (portefeuillehouder)"));
    m.ambtelijk_trekker = Some(open("ambtelijk trekker (afdeling of functie)"));
    m.planning = Some(Invulbaar::in_te_vullen(
        "wanneer: bijvoorbeeld \"Q2 2027\", \"maart-juni 2027\", \"doorlopend\" of start- en einddatum",
    ));
    m.prestatie_indicator = Some(open(
        "concreet en meetbaar: waaraan is te zien dat de maatregel is uitgevoerd?",
    ));
    m
}

fn item(u: &Themauitwerking, kandidaten: bool) -> UitvoeringsItem {
    let mut item = UitvoeringsItem::new(u.naam.clone(), u.themas.iter().copied());
    let maatregelen: Vec<Maatregel> = if kandidaten && !u.maatregelen.is_empty() {
        u.maatregelen.iter().cloned().map(maatregel).collect()
    } else {
        vec![maatregel(open(format!(
            "maatregel of activiteit voor \"{}\"",
            u.naam
        )))]
    };
    item.actiepunten = vec![Actiepunt {
        naam: if kandidaten {
            "Kandidaat-maatregelen uit de handreiking (kies, vul aan en schrap)".to_owned()
        } else {
            "Lopende aanpak".to_owned()
        },
        toelichting: None,
        maatregelen,
    }];
    item
}

/// Builds a skeleton uitvoeringsplan for the first year of `ivp`: an item per priority with the
/// handbook's candidate measures, an item per other theme, every trekker, planning and
/// prestatie-indicator an explicit placeholder.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_uitvoeringsplan;
/// use kernbeleid::skelet::{ivp, uitvoeringsplan, IvpOpties, PrioriteitKeuze};
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("3.1")?);
/// let plan = uitvoeringsplan(&ivp(&opties));
/// assert_eq!(plan.jaar, 2027);
/// assert!(controleer_uitvoeringsplan(&plan).waarschuwingen() == 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "skeleton")]
#[doc(alias = "template")]
#[must_use]
pub fn uitvoeringsplan(ivp: &Ivp) -> Uitvoeringsplan {
    uitvoeringsplan_voor(ivp, ivp.periode.van.year())
}

/// The skeleton of [`uitvoeringsplan`] for year `jaar` of the plan period.
pub(super) fn uitvoeringsplan_voor(ivp: &Ivp, jaar: i32) -> Uitvoeringsplan {
    let mut up = Uitvoeringsplan::new(ivp.gemeenten.iter().cloned(), jaar, ivp.periode);
    up.titel = Some(format!(
        "Uitvoeringsplan Integrale Veiligheid {} {jaar}",
        ivp.gemeenten.join(", ")
    ));
    if let Some(verwijzing) = &mut up.ivp {
        verwijzing.titel = ivp.titel.clone();
    }
    up.hoofdlijn_ivp = Some(open("de hoofdlijn van het IVP, de vastgestelde (effect)doelen en een schets van de beleidscyclus"));
    up.beleidscyclus = Some(open("voortgangsoverleg, voortgangsrapportage en de tussenevaluatie voor het volgende uitvoeringsplan"));
    up.prioriteiten = ivp.prioriteiten.iter().map(|p| item(p, true)).collect();
    up.overige_themas = ivp.overige_themas.iter().map(|o| item(o, false)).collect();
    up.begroting = Begroting {
        toelichting: Some(open(format!(
            "de middelen voor {jaar} per prioriteit en overig thema"
        ))),
        posten: up
            .prioriteiten
            .iter()
            .map(|p| Post {
                omschrijving: format!("Prioriteit: {}", p.naam),
                bedrag_euro: Some(Invulbaar::in_te_vullen("bedrag in euro")),
            })
            .collect(),
    };
    up
}
