//! The rules for an uitvoeringsplan, one file per part of the plan they read.

pub(super) mod bij_ivp;
pub(super) mod maatregelen;
pub(super) mod plan;

use super::verzamelaar::Verzamelaar;
use crate::document::Uitvoeringsplan;

/// Every rule for an uitvoeringsplan (UP-008, which needs the IVP, is [`bij_ivp::up_008`]).
pub(crate) fn controleer(up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    plan::controleer(up, v);
    for (i, item) in up.prioriteiten.iter().enumerate() {
        maatregelen::controleer(item, &format!("/prioriteiten/{i}"), v);
    }
    for (i, item) in up.overige_themas.iter().enumerate() {
        maatregelen::controleer(item, &format!("/overige_themas/{i}"), v);
    }
    for (j, l) in up.lokale_paragrafen.iter().enumerate() {
        for (i, item) in l.prioriteiten.iter().enumerate() {
            let pad = format!("/lokale_paragrafen/{j}/prioriteiten/{i}");
            maatregelen::controleer(item, &pad, v);
        }
        for (i, item) in l.overige_themas.iter().enumerate() {
            let pad = format!("/lokale_paragrafen/{j}/overige_themas/{i}");
            maatregelen::controleer(item, &pad, v);
        }
    }
    plan::vaststelling(up, v);
    super::ongeplaatst::kbv_002(&up.ongeplaatst, v);
}
