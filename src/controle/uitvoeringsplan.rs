//! The rules for an uitvoeringsplan.

use chrono::Datelike;

use super::verzamelaar::{plaatshouders, Verzamelaar};
use crate::document::{Invulbaar, Orgaan, UitvoeringsItem, Uitvoeringsplan};

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
