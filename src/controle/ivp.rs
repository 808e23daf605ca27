//! The rules for an IVP.

use chrono::{Datelike, Months};

use super::verzamelaar::{plaatshouders, Verzamelaar};
use crate::catalogus::{StrategischThema, Thema, Veld};
use crate::document::{
    Effectindicator, IndicatorSoort, Invulbaar, Ivp, Orgaan, Richting, ThemaVerwijzing,
    Themauitwerking,
};
use crate::methode::IvpHoofdstuk;
use crate::raakvlakken::{self, ThemaSet};
use strum::{EnumCount, VariantArray};

/// Every rule for an IVP, findings in the order of the document.
pub(crate) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    plaatshouders(ivp, v);
    gemeenten(ivp, v);
    periode(ivp, v);
    hoofdstukken(ivp, v);
    uitgangssituatie_per_veld(ivp, v);
    aantal_prioriteiten(ivp, v);
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
        metingen(
            ivp,
            ind,
            &format!("/strategische_doelstelling/kwantitatief/{i}"),
            v,
        );
    }
    dubbel_thema(ivp, v);
    dwarsverbanden(ivp, v);
    verantwoording(ivp, v);
    digitaal(ivp, v);
    vaststelling(ivp, v);
}

fn lijst(set: ThemaSet) -> String {
    let namen: Vec<String> = set.iter().map(|t| format!("{t:#}")).collect();
    namen.join("; ")
}

/// IVP-019 and IVP-017: who the plan belongs to.
fn gemeenten(ivp: &Ivp, v: &mut Verzamelaar) {
    if ivp.gemeenten.iter().all(|g| g.trim().is_empty()) {
        v.meld(
            "IVP-019",
            "/gemeenten",
            "het IVP noemt geen gemeente".to_owned(),
        );
    }
    for (i, g) in ivp.gemeenten.iter().enumerate() {
        let eerder = ivp.gemeenten[..i]
            .iter()
            .any(|h| h.trim().eq_ignore_ascii_case(g.trim()));
        if eerder {
            v.meld(
                "IVP-019",
                format!("/gemeenten/{i}"),
                format!("gemeente \"{g}\" staat meer dan eens in gemeenten"),
            );
        }
    }
    let hoort_erbij = |naam: &str| {
        ivp.gemeenten
            .iter()
            .any(|g| g.trim().eq_ignore_ascii_case(naam.trim()))
    };
    for (i, l) in ivp.lokale_paragrafen.iter().enumerate() {
        if !hoort_erbij(&l.gemeente) {
            v.meld(
                "IVP-017",
                format!("/lokale_paragrafen/{i}/gemeente"),
                format!(
                    "lokale paragraaf voor \"{}\", maar die gemeente staat niet in gemeenten ({})",
                    l.gemeente,
                    ivp.gemeenten.join(", ")
                ),
            );
        }
    }
    for (i, s) in ivp.vaststelling.iter().enumerate() {
        if let Some(g) = s.gemeente.as_deref().filter(|g| !hoort_erbij(g)) {
            v.meld(
                "IVP-017",
                format!("/vaststelling/{i}/gemeente"),
                format!("vaststelling door \"{g}\", maar die gemeente staat niet in gemeenten"),
            );
        }
    }
}

/// IVP-011 and IVP-012.
fn periode(ivp: &Ivp, v: &mut Verzamelaar) {
    let p = ivp.periode;
    if p.van > p.tot {
        v.meld(
            "IVP-011",
            "/periode",
            format!(
                "de periode begint op {} maar eindigt al op {}",
                p.van, p.tot
            ),
        );
        return;
    }
    // Four years from `van` is the first day that is too late.
    let grens = p.van.checked_add_months(Months::new(48));
    if grens.is_none_or(|grens| p.tot >= grens) {
        v.meld(
            "IVP-012",
            "/periode",
            format!(
                "de periode {} tot en met {} is langer dan vier jaar; de raad stelt ten minste eens in de vier jaar de doelen vast (Politiewet art. 38b)",
                p.van, p.tot
            ),
        );
    }
}

/// IVP-001: chapters 1-3 and 5-7 (chapter 4 is IVP-002's).
fn hoofdstukken(ivp: &Ivp, v: &mut Verzamelaar) {
    let leeg = [
        (
            IvpHoofdstuk::VARIANTS[0],
            "/uitgangssituatie",
            ivp.uitgangssituatie.is_empty(),
        ),
        (
            IvpHoofdstuk::VARIANTS[1],
            "/strategische_doelstelling",
            ivp.strategische_doelstelling.is_empty(),
        ),
        (
            IvpHoofdstuk::VARIANTS[2],
            "/strategische_uitgangspunten",
            ivp.strategische_uitgangspunten.is_empty(),
        ),
        (
            IvpHoofdstuk::VARIANTS[4],
            "/overige_themas",
            ivp.overige_themas.is_empty()
                && ivp
                    .lokale_paragrafen
                    .iter()
                    .all(|l| l.overige_themas.is_empty()),
        ),
        (
            IvpHoofdstuk::VARIANTS[5],
            "/coordinatie",
            ivp.coordinatie.is_empty(),
        ),
        (IvpHoofdstuk::VARIANTS[6], "/begroting", ivp.begroting.is_empty()),
    ];
    for (hoofdstuk, pad, is_leeg) in leeg {
        if is_leeg {
            let g = hoofdstuk.gegevens();
            v.meld_bij(
                "IVP-001",
                pad,
                format!(
                    "hoofdstuk {} '{}' ontbreekt of is leeg; de handreiking: \"{}\"",
                    hoofdstuk.nummer(),
                    hoofdstuk.titel(),
                    g.inhoud.join(" ")
                ),
                g.bron,
            );
        }
    }
}

/// IVP-021: chapter 1 sketches each of the five velden (an empty chapter is IVP-001's).
fn uitgangssituatie_per_veld(ivp: &Ivp, v: &mut Verzamelaar) {
    let u = &ivp.uitgangssituatie;
    if u.is_empty() {
        return;
    }
    let ontbrekend: Vec<String> = Veld::VARIANTS
        .iter()
        .copied()
        .filter(|veld| u.velden.iter().all(|s| s.veld != *veld))
        .map(|veld| format!("{veld:#}"))
        .collect();
    if !ontbrekend.is_empty() {
        v.meld(
            "IVP-021",
            "/uitgangssituatie/velden",
            format!(
                "de uitgangssituatie schetst geen situatie voor veld {}",
                ontbrekend.join("; ")
            ),
        );
    }
}

/// IVP-002 and IVP-003, per gemeente: the common priorities plus its local ones.
fn aantal_prioriteiten(ivp: &Ivp, v: &mut Verzamelaar) {
    let gezamenlijk = ivp.prioriteiten.len();
    let lokaal_max = ivp
        .lokale_paragrafen
        .iter()
        .map(|l| l.prioriteiten.len())
        .max()
        .unwrap_or(0);
    if gezamenlijk + lokaal_max == 0 {
        v.meld(
            "IVP-002",
            "/prioriteiten",
            "het IVP heeft geen prioriteiten (hoofdstuk 4)".to_owned(),
        );
    }
    if gezamenlijk > 4 {
        v.meld(
            "IVP-003",
            "/prioriteiten",
            format!("het IVP heeft {gezamenlijk} prioriteiten; de handreiking gaat uit van een maximum van drie a vier"),
        );
    }
    for (j, l) in ivp.lokale_paragrafen.iter().enumerate() {
        let totaal = gezamenlijk + l.prioriteiten.len();
        if gezamenlijk <= 4 && totaal > 4 {
            v.meld(
                "IVP-003",
                format!("/lokale_paragrafen/{j}/prioriteiten"),
                format!(
                    "{} heeft met de lokale prioriteiten {totaal} prioriteiten; de handreiking gaat uit van een maximum van drie a vier",
                    l.gemeente
                ),
            );
        }
    }
}

fn ontbreekt<T>(waarde: &Option<Invulbaar<T>>) -> bool {
    waarde.is_none()
}

/// IVP-005 to IVP-010, IVP-016 and IVP-020 for one priority.
fn prioriteit(ivp: &Ivp, p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    geen_themas(p, pad, v);
    let mut mist = Vec::new();
    if ontbreekt(&p.toelichting) {
        mist.push((
            "toelichting",
            "toelichting: waarom is het thema prioritair in de gemeente?",
        ));
    }
    if p.hoofdlijnen_aanpak.is_empty() {
        mist.push((
            "hoofdlijnen_aanpak",
            "hoofdlijnen van de aanpak in de komende jaren",
        ));
    }
    if p.doelstelling_kwalitatief.is_empty() {
        mist.push((
            "doelstelling_kwalitatief",
            "kwalitatieve doelstelling ('missie')",
        ));
    }
    if p.effectindicatoren.is_empty() {
        mist.push(("effectindicatoren", "effectindicatoren met streefwaarden"));
    }
    for (sleutel, wat) in mist {
        v.meld(
            "IVP-005",
            format!("{pad}/{sleutel}"),
            format!("prioriteit \"{}\" mist een vast onderdeel: {wat}", p.naam),
        );
    }
    // A priority that is itself about gedigitaliseerde criminaliteit has its digital facet.
    let s1 = ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit);
    if p.digitale_component.is_none() && !p.themas.contains(&s1) {
        v.meld(
            "IVP-016",
            format!("{pad}/digitale_component"),
            format!(
                "prioriteit \"{}\" zegt niets over het digitale facet (gedigitaliseerde criminaliteit)",
                p.naam
            ),
        );
    }
    indicatoren(ivp, p, pad, v);
}

/// IVP-020 and the indicator checks for an other strategic theme (which may do without
/// indicators: "Een mogelijkheid is af te zien van effectindicatoren").
fn overig_thema(ivp: &Ivp, o: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    geen_themas(o, pad, v);
    for (i, ind) in o.effectindicatoren.iter().enumerate() {
        metingen(ivp, ind, &format!("{pad}/effectindicatoren/{i}"), v);
    }
}

fn geen_themas(u: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    if u.themas.is_empty() {
        v.meld(
            "IVP-020",
            format!("{pad}/themas"),
            format!("\"{}\" noemt geen veiligheidsthema's", u.naam),
        );
    }
}

/// IVP-006 and IVP-007 for a priority, then IVP-008 to IVP-010 per indicator.
fn indicatoren(ivp: &Ivp, p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let n = p.effectindicatoren.len();
    if n == 1 || n > 3 {
        v.meld(
            "IVP-006",
            format!("{pad}/effectindicatoren"),
            format!("prioriteit \"{}\" heeft {n} effectindicator(en); de handreiking adviseert er twee a drie", p.naam),
        );
    }
    if n > 0 {
        let heeft = |soort| p.effectindicatoren.iter().any(|i| i.soort == Some(soort));
        let ontbrekend: Vec<&str> = [
            (
                IndicatorSoort::Objectief,
                "objectieve (bijvoorbeeld politieregistratie)",
            ),
            (
                IndicatorSoort::Subjectief,
                "subjectieve (bijvoorbeeld Veiligheidsmonitor)",
            ),
        ]
        .into_iter()
        .filter(|(soort, _)| !heeft(*soort))
        .map(|(_, wat)| wat)
        .collect();
        if !ontbrekend.is_empty() {
            v.meld(
                "IVP-007",
                format!("{pad}/effectindicatoren"),
                format!(
                    "prioriteit \"{}\" heeft geen {} indicator (of de soort is niet aangegeven)",
                    p.naam,
                    ontbrekend.join(" en geen ")
                ),
            );
        }
    }
    for (i, ind) in p.effectindicatoren.iter().enumerate() {
        metingen(ivp, ind, &format!("{pad}/effectindicatoren/{i}"), v);
    }
}

fn naam_van(ind: &Effectindicator) -> &str {
    ind.naam
        .waarde()
        .map_or("(naam nog in te vullen)", String::as_str)
}

/// IVP-008, IVP-009 and IVP-010 for one indicator.
fn metingen(ivp: &Ivp, ind: &Effectindicator, pad: &str, v: &mut Verzamelaar) {
    let naam = naam_van(ind);
    for (sleutel, waarde) in [
        ("nulmeting", &ind.nulmeting),
        ("streefwaarde", &ind.streefwaarde),
    ] {
        if waarde.is_none() {
            v.meld(
                "IVP-008",
                format!("{pad}/{sleutel}"),
                format!("effectindicator \"{naam}\" heeft geen {sleutel}"),
            );
        }
    }
    let nul = ind.nulmeting.as_ref().and_then(Invulbaar::waarde);
    let streef = ind.streefwaarde.as_ref().and_then(Invulbaar::waarde);
    if let Some(s) = streef {
        let (van, tot) = (ivp.periode.van.year(), ivp.periode.tot.year());
        if s.jaar < van || s.jaar > tot {
            v.meld(
                "IVP-008",
                format!("{pad}/streefwaarde/jaar"),
                format!(
                    "de streefwaarde van \"{naam}\" is voor {}, buiten de periode {van}-{tot}",
                    s.jaar
                ),
            );
        }
    }
    let (Some(n), Some(s)) = (nul, streef) else {
        return;
    };
    if n.jaar >= s.jaar {
        v.meld(
            "IVP-009",
            format!("{pad}/nulmeting/jaar"),
            format!(
                "de nulmeting van \"{naam}\" ({}) ligt niet voor het jaar van de streefwaarde ({})",
                n.jaar, s.jaar
            ),
        );
        return;
    }
    // The direction the target asks for: stated, or read from nulmeting and streefwaarde.
    let richting = ind.richting.unwrap_or(if s.waarde < n.waarde {
        Richting::Dalen
    } else if s.waarde > n.waarde {
        Richting::Stijgen
    } else {
        Richting::Gelijk
    });
    // The latest measurement: the series' last year, or the nulmeting.
    let laatste = ind
        .reeks
        .iter()
        .next_back()
        .filter(|(jaar, _)| **jaar >= n.jaar)
        .map_or(n.waarde, |(_, w)| *w);
    let bereikt = match richting {
        Richting::Dalen => laatste <= s.waarde,
        Richting::Stijgen => laatste >= s.waarde,
        Richting::Gelijk => false,
    };
    if bereikt {
        v.meld(
            "IVP-010",
            format!("{pad}/streefwaarde"),
            format!(
                "de streefwaarde {} van \"{naam}\" is volgens de laatste meting ({laatste}) al bereikt; houd rekening met de trend",
                s.waarde
            ),
        );
        return;
    }
    // The measured trend over the series, against the direction the target asks for.
    if let (Some((_, eerste)), Some((_, laatst))) =
        (ind.reeks.iter().next(), ind.reeks.iter().next_back())
    {
        if ind.reeks.len() >= 2 {
            let tegen = match richting {
                Richting::Dalen => laatst > eerste,
                Richting::Stijgen => laatst < eerste,
                Richting::Gelijk => false,
            };
            if tegen {
                v.meld(
                    "IVP-010",
                    format!("{pad}/streefwaarde"),
                    format!(
                        "de streefwaarde van \"{naam}\" vraagt om {}, maar de gemeten reeks gaat de andere kant op ({eerste} naar {laatst}); houd rekening met de trend",
                        if richting == Richting::Dalen { "een daling" } else { "een stijging" }
                    ),
                );
            }
        }
    }
}

/// IVP-004: a theme in a priority and in an other theme, unless the other theme explains it.
fn dubbel_thema(ivp: &Ivp, v: &mut Verzamelaar) {
    let prioritair = Themauitwerking::kbv_themas(&ivp.prioriteiten);
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        if o.toelichting.is_some() {
            continue;
        }
        for (k, t) in o.themas.iter().enumerate() {
            if let Some(thema) = t.thema().filter(|t| prioritair.contains(*t)) {
                v.meld(
                    "IVP-004",
                    format!("/overige_themas/{i}/themas/{k}"),
                    format!(
                        "thema {thema:#} staat bij een prioriteit en bij het overige thema \"{}\"; licht toe welk deel hier valt",
                        o.naam
                    ),
                );
            }
        }
    }
}

/// IVP-013: raakvlakken of the priorities that the plan does not cover anywhere.
fn dwarsverbanden(ivp: &Ivp, v: &mut Verzamelaar) {
    let gedekt = Themauitwerking::kbv_themas(ivp.alle_uitwerkingen().map(|(_, _, u)| u))
        | ivp
            .buiten_beschouwing
            .iter()
            .filter_map(|b| b.thema.thema())
            .collect::<ThemaSet>();
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        let eigen = Themauitwerking::kbv_themas([p]);
        let open = raakvlakken::buren_van(eigen) - gedekt;
        if !open.is_empty() {
            v.meld(
                "IVP-013",
                format!("/prioriteiten/{i}/themas"),
                format!(
                    "prioriteit \"{}\" heeft raakvlakken met thema's die nergens in het plan terugkomen: {}",
                    p.naam,
                    lijst(open)
                ),
            );
        }
    }
}

/// IVP-014: all 22 themes accounted for.
fn verantwoording(ivp: &Ivp, v: &mut Verzamelaar) {
    let mut gedekt = Themauitwerking::kbv_themas(ivp.alle_uitwerkingen().map(|(_, _, u)| u));
    for (i, b) in ivp.buiten_beschouwing.iter().enumerate() {
        if let Some(t) = b.thema.thema() {
            gedekt.insert(t);
        }
        if b.reden.is_none() {
            v.meld(
                "IVP-014",
                format!("/buiten_beschouwing/{i}/reden"),
                format!("{} staat buiten beschouwing zonder reden", b.thema.code()),
            );
        }
    }
    let open = ThemaSet::ALL - gedekt;
    if !open.is_empty() {
        v.meld(
            "IVP-014",
            "/buiten_beschouwing",
            format!(
                "{} van de {} thema's komen niet voor als prioriteit, overig thema of buiten beschouwing: {}",
                open.len(),
                Thema::COUNT,
                lijst(open)
            ),
        );
    }
}

/// IVP-015: gedigitaliseerde criminaliteit in the strategic goal (or as a theme of its own).
fn digitaal(ivp: &Ivp, v: &mut Verzamelaar) {
    let s1 = ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit);
    let als_thema = ivp
        .alle_uitwerkingen()
        .any(|(_, _, u)| u.themas.contains(&s1));
    let noemt = |t: &Invulbaar<String>| {
        t.waarde().is_some_and(|t| {
            let t = t.to_lowercase();
            t.contains("digita") || t.contains("cyber")
        })
    };
    let d = &ivp.strategische_doelstelling;
    let in_doelstelling = d.kwalitatief.iter().chain(&d.verbindingen).any(noemt)
        || d.kwantitatief.iter().any(|i| noemt(&i.naam));
    let open = d
        .kwalitatief
        .iter()
        .chain(&d.verbindingen)
        .any(Invulbaar::is_in_te_vullen);
    if !als_thema && !in_doelstelling && !open {
        v.meld(
            "IVP-015",
            "/strategische_doelstelling",
            "de strategische doelstelling gaat niet in op gedigitaliseerde criminaliteit (S1)"
                .to_owned(),
        );
    }
}

/// IVP-018: adopted by the raad.
fn vaststelling(ivp: &Ivp, v: &mut Verzamelaar) {
    for (i, s) in ivp.vaststelling.iter().enumerate() {
        if s.door != Orgaan::Raad {
            v.meld(
                "IVP-018",
                format!("/vaststelling/{i}/door"),
                format!(
                    "het IVP is vastgesteld door de/het {}; de gemeenteraad stelt het IVP vast",
                    s.door
                ),
            );
        }
    }
}
