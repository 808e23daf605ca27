//! The rules for an uitvoeringsplan.

use chrono::Datelike;

use super::verzamelaar::{plaatshouders, Verzamelaar};
use crate::document::{Invulbaar, Ivp, Orgaan, UitvoeringsItem, Uitvoeringsplan};

/// Every rule for an uitvoeringsplan.
pub(crate) fn controleer(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    plaatshouders(up, v);
    let periode = up.ivp.periode;
    if up.jaar < periode.van.year() || up.jaar > periode.tot.year() {
        v.meld(
            "UP-001",
            "/jaar",
            format!(
                "het uitvoeringsplan is voor {}, buiten de periode van het IVP ({} tot en met {})",
                up.jaar, periode.van, periode.tot
            ),
        );
    }
    if up.jaar > periode.van.year() && up.terugblik.is_empty() {
        v.meld(
            "UP-009",
            "/terugblik",
            format!(
                "het uitvoeringsplan voor {} is een vervolgplan, maar blikt niet terug op veiligheidsbeeld en aanpak",
                up.jaar
            ),
        );
    }
    for (i, item) in up.prioriteiten.iter().enumerate() {
        controleer_item(item, &format!("/prioriteiten/{i}"), v);
    }
    for (i, item) in up.overige_themas.iter().enumerate() {
        controleer_item(item, &format!("/overige_themas/{i}"), v);
    }
    for (j, l) in up.lokale_paragrafen.iter().enumerate() {
        for (i, item) in l.prioriteiten.iter().enumerate() {
            controleer_item(item, &format!("/lokale_paragrafen/{j}/prioriteiten/{i}"), v);
        }
        for (i, item) in l.overige_themas.iter().enumerate() {
            controleer_item(
                item,
                &format!("/lokale_paragrafen/{j}/overige_themas/{i}"),
                v,
            );
        }
    }
    for (i, s) in up.vaststelling.iter().enumerate() {
        if s.door != Orgaan::College {
            v.meld(
                "UP-006",
                format!("/vaststelling/{i}/door"),
                format!(
                    "het uitvoeringsplan is vastgesteld door de/het {}; het college stelt het uitvoeringsplan vast",
                    s.door
                ),
            );
        }
    }
}

fn controleer_item(item: &UitvoeringsItem, pad: &str, v: &mut Verzamelaar) {
    let aantal: usize = item.actiepunten.iter().map(|a| a.maatregelen.len()).sum();
    if aantal == 0 {
        v.meld(
            "UP-002",
            format!("{pad}/actiepunten"),
            format!("\"{}\" heeft geen enkele maatregel", item.naam),
        );
    }
    for (a, actiepunt) in item.actiepunten.iter().enumerate() {
        for (m, maatregel) in actiepunt.maatregelen.iter().enumerate() {
            let pad = format!("{pad}/actiepunten/{a}/maatregelen/{m}");
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
                    "UP-003",
                    format!("{pad}/{sleutel}"),
                    format!(
                        "maatregel \"{naam}\" heeft geen {} trekker",
                        sleutel.trim_end_matches("_trekker")
                    ),
                );
            }
            match &maatregel.planning {
                None => v.meld(
                    "UP-004",
                    format!("{pad}/planning"),
                    format!("maatregel \"{naam}\" heeft geen planning"),
                ),
                Some(Invulbaar::Waarde(p)) if p.eind < p.start => v.meld(
                    "UP-007",
                    format!("{pad}/planning"),
                    format!(
                        "de planning van maatregel \"{naam}\" eindigt ({}) voor zij begint ({})",
                        p.eind, p.start
                    ),
                ),
                Some(_) => {}
            }
            if maatregel.prestatie_indicator.is_none() {
                v.meld(
                    "UP-005",
                    format!("{pad}/prestatie_indicator"),
                    format!("maatregel \"{naam}\" heeft geen prestatie-indicator"),
                );
            }
        }
    }
}

/// UP-008: every priority and other theme of the IVP has an item in the uitvoeringsplan, found
/// by its name or by a theme it shares; a priority must come back among the priorities
/// (chapter 3), an other theme anywhere.
pub(crate) fn bij_ivp(up: &Uitvoeringsplan, ivp: &Ivp, v: &mut Verzamelaar) {
    let lokaal = |prioriteit: bool| {
        up.lokale_paragrafen.iter().flat_map(move |l| {
            let overig: &[UitvoeringsItem] = if prioriteit { &[] } else { &l.overige_themas };
            l.prioriteiten.iter().chain(overig)
        })
    };
    let prioriteiten: Vec<&UitvoeringsItem> = up.prioriteiten.iter().chain(lokaal(true)).collect();
    let alle: Vec<&UitvoeringsItem> = up
        .prioriteiten
        .iter()
        .chain(&up.overige_themas)
        .chain(lokaal(false))
        .collect();
    for (gemeente, soort, u) in ivp.alle_uitwerkingen() {
        let prioriteit = soort.is_prioriteit();
        let kandidaten = if prioriteit { &prioriteiten } else { &alle };
        let gedekt = kandidaten.iter().any(|item| {
            item.naam.trim().eq_ignore_ascii_case(u.naam.trim())
                || item.themas.iter().any(|t| u.themas.contains(t))
        });
        if !gedekt {
            let (wat, pad) = if prioriteit {
                ("prioriteit", "/prioriteiten")
            } else {
                ("overig thema", "/overige_themas")
            };
            let waar = gemeente.map_or_else(String::new, |g| format!(" (lokaal, {g})"));
            v.meld(
                "UP-008",
                pad,
                format!(
                    "{wat} \"{}\"{waar} van het IVP komt niet terug in het uitvoeringsplan",
                    u.naam
                ),
            );
        }
    }
}
