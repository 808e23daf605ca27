//! The rule that reads an uitvoeringsplan beside its IVP: every priority and other theme of the
//! IVP comes back.

use std::collections::HashSet;

use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Ivp, ThemaVerwijzing, Themauitwerking, UitvoeringsItem, Uitvoeringsplan};
use crate::naam::GemeenteSleutel;

/// The items of an uitvoeringsplan an IVP's uitwerking may come back as: by name (trimmed,
/// ASCII letters in either case) or by a theme they share.
struct Kandidaten<'a> {
    namen: HashSet<GemeenteSleutel<'a>>,
    themas: HashSet<&'a ThemaVerwijzing>,
}

impl<'a> Kandidaten<'a> {
    fn van(items: impl IntoIterator<Item = &'a UitvoeringsItem>) -> Self {
        let mut kandidaten = Kandidaten {
            namen: HashSet::new(),
            themas: HashSet::new(),
        };
        for item in items {
            kandidaten.namen.insert(GemeenteSleutel::new(&item.naam));
            kandidaten.themas.extend(&item.themas);
        }
        kandidaten
    }

    fn dekken(&self, u: &Themauitwerking) -> bool {
        u.themas.iter().any(|t| self.themas.contains(t))
            || self.namen.contains(&GemeenteSleutel::new(&u.naam))
    }
}

/// UP-008: prioriteit of overig thema van het IVP ontbreekt.
pub(crate) const UP_008: Regel = Regel {
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
};

/// Found by its name or by a theme it shares; a priority must come back among the priorities
/// (chapter 3), an other theme anywhere.
pub(crate) fn up_008(up: &Uitvoeringsplan, ivp: &Ivp, v: &mut Verzamelaar) {
    let lokaal = |prioriteit: bool| {
        up.lokale_paragrafen.iter().flat_map(move |l| {
            let overig: &[UitvoeringsItem] = if prioriteit { &[] } else { &l.overige_themas };
            l.prioriteiten.iter().chain(overig)
        })
    };
    let prioriteiten = Kandidaten::van(up.prioriteiten.iter().chain(lokaal(true)));
    let alle = Kandidaten::van(
        up.prioriteiten
            .iter()
            .chain(&up.overige_themas)
            .chain(lokaal(false)),
    );
    for (gemeente, soort, u) in ivp.alle_uitwerkingen() {
        let prioriteit = soort.is_prioriteit();
        let kandidaten = if prioriteit { &prioriteiten } else { &alle };
        if !kandidaten.dekken(u) {
            let (wat, pad) = if prioriteit {
                ("prioriteit", "/prioriteiten")
            } else {
                ("overig thema", "/overige_themas")
            };
            let waar = gemeente.map_or_else(String::new, |g| format!(" (lokaal, {g})"));
            v.meld(
                &UP_008,
                pad,
                format!(
                    "{wat} \"{}\"{waar} van het IVP komt niet terug in het uitvoeringsplan",
                    u.naam
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::controleer_uitvoeringsplan_bij;
    use crate::controle::proef::{ivp, meldingen, up};

    /// UP-008: "Het is echt de 'operationele doorslag' daarvan": a priority comes back among
    /// the priorities, by name or theme; an other theme anywhere.
    #[test]
    fn up_008_prioriteit_komt_terug() {
        let plan = ivp(r#"prioriteiten = [
                { naam = "Ondermijning", themas = ["5.2"] },
                { naam = "Jeugd", themas = ["2.1"] },
            ]
            overige_themas = [{ naam = "Brandveiligheid", themas = ["3.1"] }]"#);
        let uitvoering = up(r#"jaar = 2027
            prioriteiten = [{ naam = " ONDERMIJNING", themas = [] }]
            overige_themas = [{ naam = "Jongeren", themas = ["2.1"] }]"#);
        let rapport = controleer_uitvoeringsplan_bij(&uitvoering, &plan);
        assert_eq!(
            meldingen(&rapport, "UP-008"),
            [
                ("/prioriteiten", "prioriteit \"Jeugd\" van het IVP komt niet terug in het uitvoeringsplan"),
                ("/overige_themas", "overig thema \"Brandveiligheid\" van het IVP komt niet terug in het uitvoeringsplan"),
            ]
        );
    }
}
