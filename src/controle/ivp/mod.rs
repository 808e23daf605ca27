//! The rules for an IVP, one file per part of the plan they read. [`controleer`] walks the plan
//! and asks each part's rules; the report puts their findings in the plan's order of paths.

pub(crate) mod bij_analyse;
pub(super) mod doelen;
pub(super) mod gegevens;
pub(super) mod hoofdstukken;
pub(super) mod indicatoren;
pub(super) mod jaartallen;
pub(crate) mod plan;
pub(super) mod prioriteiten;
pub(super) mod rode_draden;
pub(super) mod themas;
pub(super) mod verbanden;

use super::verzamelaar::Verzamelaar;
use crate::document::{Ivp, Themauitwerking};

/// Every rule for an IVP.
pub(crate) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    plan::controleer(ivp, v);
    hoofdstukken::controleer(ivp, v);
    gegevens::controleer(ivp, v);
    prioriteiten::ivp_002(ivp, v);
    prioriteiten::ivp_003(ivp, v);
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        prioriteit(ivp, p, &format!("/prioriteiten/{i}"), v);
    }
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        overig_thema(ivp, o, &format!("/overige_themas/{i}"), v);
    }
    for (j, l) in ivp.lokale_paragrafen.iter().enumerate() {
        for (i, p) in l.prioriteiten.iter().enumerate() {
            prioriteit(
                ivp,
                p,
                &format!("/lokale_paragrafen/{j}/prioriteiten/{i}"),
                v,
            );
        }
        for (i, o) in l.overige_themas.iter().enumerate() {
            overig_thema(
                ivp,
                o,
                &format!("/lokale_paragrafen/{j}/overige_themas/{i}"),
                v,
            );
        }
    }
    for (i, ind) in ivp
        .strategische_doelstelling
        .kwantitatief
        .iter()
        .enumerate()
    {
        let pad = format!("/strategische_doelstelling/kwantitatief/{i}");
        indicatoren::van_indicator(ivp, ind, &pad, v);
        indicatoren::ivp_030(ivp, ind, &pad, v);
    }
    jaartallen::ivp_031(ivp, v);
    themas::controleer(ivp, v);
    // The rules that read the plan's own words do so in its serde form, made once. An IVP
    // always serialises (its maps have string keys); nothing to read otherwise.
    if let Ok(plan) = serde_json::to_value(ivp) {
        verbanden::controleer(ivp, &plan, v);
        rode_draden::ivp_045(ivp, &plan, v);
    }
    if let Some(analyse) = &ivp.analyse {
        bij_analyse::ivp_040(ivp, analyse, v);
    }
    plan::ivp_018(ivp, v);
    plan::vaststelling(ivp, v);
    super::ongeplaatst::kbv_002(&ivp.ongeplaatst, v);
}

/// The rules for one priority, joint or local, at `pad`.
fn prioriteit(ivp: &Ivp, p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    prioriteiten::ivp_020(p, pad, v);
    prioriteiten::ivp_005(p, pad, v);
    prioriteiten::ivp_016(p, pad, v);
    prioriteiten::ivp_035(p, pad, v);
    doelen::ivp_044(p, pad, v);
    indicatoren::van_prioriteit(p, pad, v);
    for (i, ind) in p.effectindicatoren.iter().enumerate() {
        indicatoren::van_indicator(ivp, ind, &format!("{pad}/effectindicatoren/{i}"), v);
    }
}

/// The rules for one other strategic theme, at `pad`: it may do without indicators ("Een
/// mogelijkheid is af te zien van effectindicatoren"), but those it has are checked.
fn overig_thema(ivp: &Ivp, o: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    prioriteiten::ivp_020(o, pad, v);
    prioriteiten::ivp_036(o, pad, v);
    for (i, ind) in o.effectindicatoren.iter().enumerate() {
        indicatoren::van_indicator(ivp, ind, &format!("{pad}/effectindicatoren/{i}"), v);
    }
}
