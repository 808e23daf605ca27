//! The rules for an uitvoeringsplan.

use chrono::Datelike;

use std::collections::HashSet;

use super::ivp::Naam;
use super::plaatshouders::Pad;
use super::verzamelaar::{plaatshouders, Verzamelaar};
use crate::document::{
    Invulbaar, Ivp, Orgaan, Planning, ThemaVerwijzing, Themauitwerking, UitvoeringsItem,
    Uitvoeringsplan,
};
use crate::methode::UitvoeringsplanHoofdstuk;

/// Every rule for an uitvoeringsplan.
pub(crate) fn controleer(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    plaatshouders(up, v);
    // A plan that carries out no IVP (a one-year agreements plan) has no period to compare.
    if let Some(ivp) = &up.ivp {
        let periode = ivp.periode;
        if up.jaar < periode.van.year() || up.jaar > periode.tot.year() {
            v.meld(
                regel!("UP-001"),
                "/jaar",
                format!(
                    "het uitvoeringsplan is voor {}, buiten de periode van het IVP ({} tot en met {})",
                    up.jaar, periode.van, periode.tot
                ),
            );
        }
        if up.jaar > periode.van.year() && up.terugblik.is_empty() {
            v.meld(
                regel!("UP-009"),
                "/terugblik",
                format!(
                    "het uitvoeringsplan voor {} is een vervolgplan, maar blikt niet terug op veiligheidsbeeld en aanpak",
                    up.jaar
                ),
            );
        }
    }
    hoofdstukken(up, v);
    // The paths are built as chains of borrowed segments: a string only for a finding.
    let wortel = Pad::WORTEL;
    let prioriteiten = wortel.sleutel("prioriteiten");
    for (i, item) in up.prioriteiten.iter().enumerate() {
        controleer_item(item, prioriteiten.index(i), v);
    }
    let overige = wortel.sleutel("overige_themas");
    for (i, item) in up.overige_themas.iter().enumerate() {
        controleer_item(item, overige.index(i), v);
    }
    let lokale = wortel.sleutel("lokale_paragrafen");
    for (j, l) in up.lokale_paragrafen.iter().enumerate() {
        let lokaal = lokale.index(j);
        let prioriteiten = lokaal.sleutel("prioriteiten");
        for (i, item) in l.prioriteiten.iter().enumerate() {
            controleer_item(item, prioriteiten.index(i), v);
        }
        let overige = lokaal.sleutel("overige_themas");
        for (i, item) in l.overige_themas.iter().enumerate() {
            controleer_item(item, overige.index(i), v);
        }
    }
    for (i, s) in up.vaststelling.iter().enumerate() {
        if s.door != Orgaan::College {
            v.meld(
                regel!("UP-006"),
                format!("/vaststelling/{i}/door"),
                format!(
                    "het uitvoeringsplan is vastgesteld door {}; het college stelt het uitvoeringsplan vast",
                    super::met_lidwoord(s.door)
                ),
            );
        }
    }
}

/// UP-010: the chapters of the recommended opzet that can be missing: 1 (hoofdlijn IVP with the
/// beleidscyclus), 3 (the priorities) and 5 (begroting). Chapter 2 is UP-009's; chapter 4 may
/// be empty when the IVP has no other theme.
fn hoofdstukken(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    let leeg = [
        (
            UitvoeringsplanHoofdstuk::HoofdlijnIvp,
            "/hoofdlijn_ivp",
            up.hoofdlijn_ivp.is_none() && up.beleidscyclus.is_none(),
        ),
        (
            UitvoeringsplanHoofdstuk::UitwerkingPrioriteiten,
            "/prioriteiten",
            up.prioriteiten.is_empty()
                && up
                    .lokale_paragrafen
                    .iter()
                    .all(|l| l.prioriteiten.is_empty()),
        ),
        (
            UitvoeringsplanHoofdstuk::Begroting,
            "/begroting",
            up.begroting.is_empty(),
        ),
    ];
    for (hoofdstuk, pad, ontbreekt) in leeg {
        if ontbreekt {
            let g = hoofdstuk.gegevens();
            v.meld(
                regel!("UP-010"),
                pad,
                format!(
                    "hoofdstuk {} '{}' ontbreekt; de aanbevolen opzet: \"{}\"",
                    g.nummer, g.titel, g.opzet
                ),
            );
        }
    }
}

fn controleer_item(item: &UitvoeringsItem, pad: Pad<'_>, v: &mut Verzamelaar) {
    let aantal: usize = item.actiepunten.iter().map(|a| a.maatregelen.len()).sum();
    if aantal == 0 {
        v.meld(
            regel!("UP-002"),
            pad.sleutel("actiepunten"),
            format!("\"{}\" heeft geen enkele maatregel", item.naam),
        );
    }
    let actiepunten = pad.sleutel("actiepunten");
    for (a, actiepunt) in item.actiepunten.iter().enumerate() {
        let actiepunt_pad = actiepunten.index(a);
        let maatregelen = actiepunt_pad.sleutel("maatregelen");
        for (m, maatregel) in actiepunt.maatregelen.iter().enumerate() {
            let pad = maatregelen.index(m);
            let naam = maatregel
                .omschrijving
                .waarde()
                .map_or("(omschrijving nog in te vullen)", String::as_str);
            let trekkers: Vec<&str> = [
                ("bestuurlijk_trekker", &maatregel.bestuurlijk_trekker),
                ("ambtelijk_trekker", &maatregel.ambtelijk_trekker),
            ]
            .into_iter()
            .filter(|(_, t)| t.is_none())
            .map(|(sleutel, _)| sleutel)
            .collect();
            for sleutel in trekkers {
                v.meld(
                    regel!("UP-003"),
                    pad.sleutel(sleutel),
                    format!(
                        "maatregel \"{naam}\" heeft geen {} trekker",
                        sleutel.trim_end_matches("_trekker")
                    ),
                );
            }
            match &maatregel.planning {
                // A deadline ("voor 1 juni 2017") is the planning of a one-year agreement.
                None if maatregel.gereed_voor.is_some() => {}
                None => v.meld(
                    regel!("UP-004"),
                    pad.sleutel("planning"),
                    format!("maatregel \"{naam}\" heeft geen planning en geen datum waarvoor ze gereed is"),
                ),
                Some(Invulbaar::Waarde(Planning::Looptijd(p))) if p.eind < p.start => v.meld(
                    regel!("UP-007"),
                    pad.sleutel("planning"),
                    format!(
                        "de planning van maatregel \"{naam}\" eindigt ({}) voor zij begint ({})",
                        p.eind, p.start
                    ),
                ),
                Some(_) => {}
            }
            if maatregel.prestatie_indicator.is_none() {
                v.meld(
                    regel!("UP-005"),
                    pad.sleutel("prestatie_indicator"),
                    format!("maatregel \"{naam}\" heeft geen prestatie-indicator"),
                );
            }
        }
    }
}

/// The items of an uitvoeringsplan an IVP's uitwerking may come back as: by name (trimmed,
/// ASCII letters in either case) or by a theme they share.
struct Kandidaten<'a> {
    namen: HashSet<Naam<'a>>,
    themas: HashSet<&'a ThemaVerwijzing>,
}

impl<'a> Kandidaten<'a> {
    fn van(items: impl IntoIterator<Item = &'a UitvoeringsItem>) -> Self {
        let mut kandidaten = Kandidaten {
            namen: HashSet::new(),
            themas: HashSet::new(),
        };
        for item in items {
            kandidaten.namen.insert(Naam(item.naam.trim()));
            kandidaten.themas.extend(&item.themas);
        }
        kandidaten
    }

    fn dekken(&self, u: &Themauitwerking) -> bool {
        u.themas.iter().any(|t| self.themas.contains(t))
            || self.namen.contains(&Naam(u.naam.trim()))
    }
}

/// UP-008: every priority and other theme of the IVP has an item in the uitvoeringsplan, found
/// by its name or by a theme it shares; a priority must come back among the priorities
/// (chapter 3), an other theme anywhere. Linear: the items' names and themes are gathered once.
pub(crate) fn bij_ivp(up: &Uitvoeringsplan, ivp: &Ivp, v: &mut Verzamelaar) {
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
                regel!("UP-008"),
                pad,
                format!(
                    "{wat} \"{}\"{waar} van het IVP komt niet terug in het uitvoeringsplan",
                    u.naam
                ),
            );
        }
    }
}
