//! The rules for an IVP.

use chrono::{Datelike, Months};

use core::fmt::Write as _;
use core::hash::{Hash, Hasher};
use std::collections::HashSet;

use super::plaatshouders::Pad;
use super::verzamelaar::{plaatshouders_in_velden, plaatshouders_vanaf, Verzamelaar};
use crate::catalogus::{StrategischThema, Thema, Veld};
use crate::document::{
    Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, Ivp, Orgaan, Richting,
    ThemaVerwijzing, Themauitwerking,
};
use crate::methode::{self, IvpHoofdstuk};
use crate::raakvlakken::{self, ThemaSet};
use strum::{EnumCount, VariantArray};

/// Every rule for an IVP, findings in the order of the document.
pub(crate) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    // The placeholders (KBV-001) lead the report, in the document's order, and the rules'
    // findings follow. Each uitwerking is walked for its placeholders right beside its rules,
    // so that a plan too large for the caches is fetched from memory once rather than once per
    // pass; the rest of the plan is walked around those lists.
    let mut regels = Verzamelaar::default();
    let r = &mut regels;
    plaatshouders_in_velden(ivp, &mut velden_tussen(None, Some(PRIORITEITEN)), v);
    gemeenten(ivp, r);
    periode(ivp, r);
    hoofdstukken(ivp, r);
    kwantitatief_deel(ivp, r);
    uitgangssituatie_per_veld(ivp, r);
    aantal_prioriteiten(ivp, r);
    // The paths are built as chains of borrowed segments: a string only for a finding.
    let wortel = Pad::WORTEL;
    let mut genoemd = Genoemd::default();
    let prioriteiten = wortel.sleutel(PRIORITEITEN);
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        let pad = prioriteiten.index(i);
        plaatshouders_vanaf(&pad, p, v);
        prioriteit(ivp, p, pad, r);
        genoemd.tel(p);
    }
    genoemd.prioritair = genoemd.in_plan;
    plaatshouders_in_velden(
        ivp,
        &mut velden_tussen(Some(PRIORITEITEN), Some(LOKALE_PARAGRAFEN)),
        v,
    );
    let overige = wortel.sleutel("overige_themas");
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        overig_thema(ivp, o, overige.index(i), r);
        genoemd.tel(o);
    }
    let lokale = wortel.sleutel(LOKALE_PARAGRAFEN);
    for (j, l) in ivp.lokale_paragrafen.iter().enumerate() {
        let lokaal = lokale.index(j);
        plaatshouders_vanaf(&lokaal, l, v);
        let prioriteiten = lokaal.sleutel(PRIORITEITEN);
        for (i, p) in l.prioriteiten.iter().enumerate() {
            prioriteit(ivp, p, prioriteiten.index(i), r);
            genoemd.tel(p);
        }
        let overige = lokaal.sleutel("overige_themas");
        for (i, o) in l.overige_themas.iter().enumerate() {
            overig_thema(ivp, o, overige.index(i), r);
            genoemd.tel(o);
        }
    }
    plaatshouders_in_velden(ivp, &mut velden_tussen(Some(LOKALE_PARAGRAFEN), None), v);
    let doelstelling = wortel.sleutel("strategische_doelstelling");
    let kwantitatief = doelstelling.sleutel("kwantitatief");
    for (i, ind) in ivp
        .strategische_doelstelling
        .kwantitatief
        .iter()
        .enumerate()
    {
        metingen(ivp, ind, kwantitatief.index(i), r);
    }
    dubbel_thema(ivp, genoemd.prioritair, r);
    dwarsverbanden(ivp, genoemd.in_plan, r);
    verantwoording(ivp, genoemd.in_plan, r);
    digitaal(ivp, genoemd.s1, r);
    vaststelling(ivp, r);
    if v.diagnoses.is_empty() {
        // Nothing reported before the rules: their findings are the report, without a copy.
        v.diagnoses = regels.diagnoses;
    } else {
        v.diagnoses.append(&mut regels.diagnoses);
    }
}

/// The plan's lists that are walked for placeholders one element at a time, beside their rules.
const PRIORITEITEN: &str = "prioriteiten";
const LOKALE_PARAGRAFEN: &str = "lokale_paragrafen";

/// Which fields of the plan a walk for placeholders takes: those after the field `na` (from the
/// first when `None`) and before the field `voor` (to the last when `None`), without the lists
/// walked one element at a time. It is asked in the document's order
/// ([`plaatshouders_in_velden`]); `prioriteiten` is always written and `lokale_paragrafen`, left
/// out when empty, comes last, so the three walks around the lists keep the document's order.
fn velden_tussen(na: Option<&'static str>, voor: Option<&'static str>) -> impl FnMut(&str) -> bool {
    let mut begonnen = na.is_none();
    let mut voorbij = false;
    move |veld| {
        if Some(veld) == na {
            begonnen = true;
        }
        if Some(veld) == voor {
            voorbij = true;
        }
        begonnen && !voorbij && veld != PRIORITEITEN && veld != LOKALE_PARAGRAFEN
    }
}

/// The themes the plan's uitwerkingen name, gathered in the pass that checks each uitwerking,
/// for the rules on the plan as a whole: each of those would otherwise walk every uitwerking
/// again, and a large plan meets each one cold.
#[derive(Debug, Default)]
struct Genoemd {
    /// The veiligheidsthema's of the joint priorities.
    prioritair: ThemaSet,
    /// The veiligheidsthema's of every uitwerking, joint and local.
    in_plan: ThemaSet,
    /// Whether an uitwerking names gedigitaliseerde criminaliteit (S1) as one of its themes.
    s1: bool,
}

impl Genoemd {
    fn tel(&mut self, uitwerking: &Themauitwerking) {
        for verwijzing in &uitwerking.themas {
            match verwijzing {
                ThemaVerwijzing::Kbv(thema) => {
                    self.in_plan.insert(*thema);
                }
                ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit) => {
                    self.s1 = true;
                }
                ThemaVerwijzing::Strategisch(_) => {}
            }
        }
    }
}

/// The themes of `set` with their names, separated by "; ", in one string.
fn lijst(set: ThemaSet) -> String {
    let mut uit = String::new();
    for (i, thema) in set.iter().enumerate() {
        if i > 0 {
            uit.push_str("; ");
        }
        let _ = write!(uit, "{thema:#}");
    }
    uit
}

/// Up to this many gemeenten, names are compared pair by pair; beyond, through a hash set.
const PAARSGEWIJS: usize = 16;

/// A gemeente's or uitwerking's name as the checks compare them: without surrounding white
/// space (the caller trims), ASCII letters in either case. A key for hash sets that borrows the
/// name instead of lower-casing a copy.
#[derive(Debug, Clone, Copy)]
pub(super) struct Naam<'a>(pub(super) &'a str);

impl PartialEq for Naam<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Naam<'_> {}

impl Hash for Naam<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Equal under `eq_ignore_ascii_case` means the same length and the same bytes after
        // ASCII lower-casing: hash those, a stack buffer at a time.
        let mut buffer = [0u8; 32];
        for stuk in self.0.as_bytes().chunks(buffer.len()) {
            let klein = &mut buffer[..stuk.len()];
            klein.copy_from_slice(stuk);
            klein.make_ascii_lowercase();
            state.write(klein);
        }
        state.write_usize(self.0.len());
    }
}

/// At most this many gemeenten are listed in a message.
const HOOGSTENS_GENOEMD: usize = 10;

/// The gemeenten of the plan as a message lists them: all of them, or the first
/// [`HOOGSTENS_GENOEMD`] and how many more.
fn opsomming(gemeenten: &[String]) -> String {
    match gemeenten.get(HOOGSTENS_GENOEMD..) {
        Some(rest) if !rest.is_empty() => format!(
            "{} en {} andere",
            gemeenten[..HOOGSTENS_GENOEMD].join(", "),
            rest.len()
        ),
        _ => gemeenten.join(", "),
    }
}

/// IVP-019 and IVP-017: who the plan belongs to. Linear in the number of gemeenten, local
/// paragraphs and vaststellingen.
fn gemeenten(ivp: &Ivp, v: &mut Verzamelaar) {
    if ivp.gemeenten.iter().all(|g| g.trim().is_empty()) {
        v.meld(
            regel!("IVP-019"),
            "/gemeenten",
            "het IVP noemt geen gemeente".to_owned(),
        );
    }
    // A few gemeenten (the usual case) are compared pair by pair, without allocating.
    let veel = ivp.gemeenten.len() > PAARSGEWIJS;
    // Sized up front: growing would hash every name again at each doubling.
    let mut gezien: HashSet<Naam<'_>> =
        HashSet::with_capacity(if veel { ivp.gemeenten.len() } else { 0 });
    for (i, g) in ivp.gemeenten.iter().enumerate() {
        let eerder = if veel {
            !gezien.insert(Naam(g.trim()))
        } else {
            ivp.gemeenten[..i]
                .iter()
                .any(|h| h.trim().eq_ignore_ascii_case(g.trim()))
        };
        if eerder {
            v.meld(
                regel!("IVP-019"),
                format!("/gemeenten/{i}"),
                format!("gemeente \"{g}\" staat meer dan eens in gemeenten"),
            );
        }
    }
    let hoort_erbij = |naam: &str| {
        if veel {
            gezien.contains(&Naam(naam.trim()))
        } else {
            ivp.gemeenten
                .iter()
                .any(|g| g.trim().eq_ignore_ascii_case(naam.trim()))
        }
    };
    let mut genoemd: Option<String> = None;
    for (i, l) in ivp.lokale_paragrafen.iter().enumerate() {
        if !hoort_erbij(&l.gemeente) {
            let gemeenten = genoemd.get_or_insert_with(|| opsomming(&ivp.gemeenten));
            v.meld(
                regel!("IVP-017"),
                format!("/lokale_paragrafen/{i}/gemeente"),
                format!(
                    "lokale paragraaf voor \"{}\", maar die gemeente staat niet in gemeenten ({gemeenten})",
                    l.gemeente,
                ),
            );
        }
    }
    for (i, s) in ivp.vaststelling.iter().enumerate() {
        if let Some(g) = s.gemeente.as_deref().filter(|g| !hoort_erbij(g)) {
            v.meld(
                regel!("IVP-017"),
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
            regel!("IVP-011"),
            "/periode",
            format!(
                "de periode begint op {} maar eindigt al op {}",
                p.van, p.tot
            ),
        );
        return;
    }
    // The cycle's length from `van` is the first day that is too late.
    let jaren = methode::IVP_JAREN.bereik.max;
    let grens = p.van.checked_add_months(Months::new(u32::from(jaren) * 12));
    if grens.is_none_or(|grens| p.tot >= grens) {
        v.meld(
            regel!("IVP-012"),
            "/periode",
            format!(
                "de periode {} tot en met {} is langer dan {jaren} jaar; het IVP is {} beleid",
                p.van,
                p.tot,
                methode::IVP_JAREN.woorden
            ),
        );
        return;
    }
    // Shorter than the cycle: the day before `van` plus the cycle is the last day of a full one.
    let jaren_min = methode::IVP_JAREN.bereik.min;
    let vol = p
        .van
        .checked_add_months(Months::new(u32::from(jaren_min) * 12))
        .and_then(|d| d.pred_opt());
    if vol.is_some_and(|laatste| p.tot < laatste) {
        v.meld(
            regel!("IVP-022"),
            "/periode",
            format!(
                "de periode {} tot en met {} is korter dan {jaren_min} jaar; het IVP is {} beleid",
                p.van,
                p.tot,
                methode::IVP_JAREN.woorden
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
                && ivp.going_concern.is_none()
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
        (
            IvpHoofdstuk::VARIANTS[6],
            "/begroting",
            ivp.begroting.is_empty(),
        ),
    ];
    for (hoofdstuk, pad, is_leeg) in leeg {
        if is_leeg {
            let g = hoofdstuk.gegevens();
            v.meld_bij(
                regel!("IVP-001"),
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

/// IVP-026: the strategic doelstelling has a quantitative part ("Aan te bevelen is een
/// kwalitatief en een kwantitatief deel"); an empty chapter 2 is IVP-001's.
fn kwantitatief_deel(ivp: &Ivp, v: &mut Verzamelaar) {
    let d = &ivp.strategische_doelstelling;
    if !d.is_empty() && d.kwantitatief.is_empty() {
        v.meld(
            regel!("IVP-026"),
            "/strategische_doelstelling/kwantitatief",
            "de strategische doelstelling heeft geen kwantitatief deel (streefwaarden op overstijgende indicatoren zoals totaalvolume criminaliteit en veiligheidsgevoel)".to_owned(),
        );
    }
}

/// IVP-021: chapter 1 sketches each of the five velden (an empty chapter is IVP-001's).
fn uitgangssituatie_per_veld(ivp: &Ivp, v: &mut Verzamelaar) {
    let u = &ivp.uitgangssituatie;
    if u.is_empty() {
        return;
    }
    let mut ontbrekend = Veld::VARIANTS
        .iter()
        .copied()
        .filter(|veld| u.velden.iter().all(|s| s.veld != *veld))
        .peekable();
    if ontbrekend.peek().is_some() {
        let mut bericht = String::from("de uitgangssituatie schetst geen situatie voor veld ");
        for (i, veld) in ontbrekend.enumerate() {
            if i > 0 {
                bericht.push_str("; ");
            }
            let _ = write!(bericht, "{veld:#}");
        }
        v.meld(regel!("IVP-021"), "/uitgangssituatie/velden", bericht);
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
            regel!("IVP-002"),
            "/prioriteiten",
            "het IVP heeft geen prioriteiten (hoofdstuk 4)".to_owned(),
        );
    }
    let maximum = usize::from(methode::PRIORITEITEN.bereik.max);
    let woorden = methode::PRIORITEITEN.woorden;
    if gezamenlijk > maximum {
        v.meld(
            regel!("IVP-003"),
            "/prioriteiten",
            format!("het IVP heeft {gezamenlijk} prioriteiten; de handreiking gaat uit van een maximum van {woorden}"),
        );
    }
    for (j, l) in ivp.lokale_paragrafen.iter().enumerate() {
        let totaal = gezamenlijk + l.prioriteiten.len();
        if gezamenlijk <= maximum && totaal > maximum {
            v.meld(
                regel!("IVP-003"),
                format!("/lokale_paragrafen/{j}/prioriteiten"),
                format!(
                    "{} heeft met de lokale prioriteiten {totaal} prioriteiten; de handreiking gaat uit van een maximum van {woorden}",
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
fn prioriteit(ivp: &Ivp, p: &Themauitwerking, pad: Pad<'_>, v: &mut Verzamelaar) {
    geen_themas(p, pad, v);
    // What stands in the sub-themes counts: a priority whose toelichting, aanpak and doelstelling
    // stand in its deelthema's is complete.
    let d = &p.deelthemas;
    let mut mist = Vec::new();
    if ontbreekt(&p.toelichting) && d.iter().all(|d| d.toelichting.is_none()) {
        mist.push((
            "toelichting",
            "toelichting: waarom is het thema prioritair in de gemeente?",
        ));
    }
    if p.hoofdlijnen_aanpak.is_empty() && d.iter().all(|d| d.hoofdlijnen_aanpak.is_empty()) {
        mist.push((
            "hoofdlijnen_aanpak",
            "hoofdlijnen van de aanpak in de komende jaren",
        ));
    }
    if p.flankerend_beleid.is_empty() {
        mist.push((
            "flankerend_beleid",
            "flankerend beleid, vooral van de gemeente",
        ));
    }
    if p.doelstelling_kwalitatief.is_empty()
        && d.iter().all(|d| d.doelstelling_kwalitatief.is_empty())
    {
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
            regel!("IVP-005"),
            pad.sleutel(sleutel),
            format!("prioriteit \"{}\" mist een vast onderdeel: {wat}", p.naam),
        );
    }
    // A priority that is itself about gedigitaliseerde criminaliteit has its digital facet.
    let s1 = ThemaVerwijzing::Strategisch(StrategischThema::GedigitaliseerdeCriminaliteit);
    if p.digitale_component.is_none() && !p.themas.contains(&s1) {
        v.meld(
            regel!("IVP-016"),
            pad.sleutel("digitale_component"),
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
fn overig_thema(ivp: &Ivp, o: &Themauitwerking, pad: Pad<'_>, v: &mut Verzamelaar) {
    geen_themas(o, pad, v);
    let lijst = pad.sleutel("effectindicatoren");
    for (i, ind) in o.effectindicatoren.iter().enumerate() {
        metingen(ivp, ind, lijst.index(i), v);
    }
}

fn geen_themas(u: &Themauitwerking, pad: Pad<'_>, v: &mut Verzamelaar) {
    if u.themas.is_empty() {
        v.meld(
            regel!("IVP-020"),
            pad.sleutel("themas"),
            format!("\"{}\" noemt geen veiligheidsthema's", u.naam),
        );
    }
}

/// IVP-006 and IVP-007 for a priority, then IVP-008 to IVP-010 per indicator.
fn indicatoren(ivp: &Ivp, p: &Themauitwerking, pad: Pad<'_>, v: &mut Verzamelaar) {
    let lijst = pad.sleutel("effectindicatoren");
    let n = p.effectindicatoren.len();
    let aantal = methode::EFFECTINDICATOREN_PER_PRIORITEIT;
    let woorden = aantal.woorden;
    if n > usize::from(aantal.bereik.max) {
        v.meld(
            regel!("IVP-006"),
            lijst,
            format!(
                "prioriteit \"{}\" heeft {n} effectindicatoren; de handreiking: beperk het aantal tot {woorden} per prioriteit",
                p.naam
            ),
        );
    } else if n > 0 && n < usize::from(aantal.bereik.min) {
        v.meld(
            regel!("IVP-023"),
            lijst,
            format!(
                "prioriteit \"{}\" heeft {n} effectindicator; de handreiking noemt er {woorden} per prioriteit, eventueel samengestelde",
                p.naam
            ),
        );
    }
    if n > 0 {
        let heeft = |soort| {
            p.effectindicatoren
                .iter()
                .any(|i| soort_van(i) == Some(soort))
        };
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
                regel!("IVP-007"),
                lijst,
                format!(
                    "prioriteit \"{}\" heeft geen {} indicator (of de soort is niet aangegeven)",
                    p.naam,
                    ontbrekend.join(" en geen ")
                ),
            );
        }
    }
    for (i, ind) in p.effectindicatoren.iter().enumerate() {
        metingen(ivp, ind, lijst.index(i), v);
    }
}

/// The kind of an indicator: as stated, or read from the two stable sources the handbook names
/// as its examples (politieregistratie objective, Veiligheidsmonitor subjective).
fn soort_van(ind: &Effectindicator) -> Option<IndicatorSoort> {
    ind.soort.or(match ind.bron {
        Some(IndicatorBron::Politieregistratie) => Some(IndicatorSoort::Objectief),
        Some(IndicatorBron::Veiligheidsmonitor) => Some(IndicatorSoort::Subjectief),
        _ => None,
    })
}

fn naam_van(ind: &Effectindicator) -> &str {
    ind.naam
        .waarde()
        .map_or("(naam nog in te vullen)", String::as_str)
}

/// IVP-008, IVP-009 and IVP-010 for one indicator.
fn metingen(ivp: &Ivp, ind: &Effectindicator, pad: Pad<'_>, v: &mut Verzamelaar) {
    let naam = naam_van(ind);
    let nul = ind.nulmeting.as_ref().and_then(Invulbaar::waarde);
    // "Dit willen we zo houden": with the direction 'gelijk', the measured level is the target.
    let houden = ind.richting == Some(Richting::Gelijk) && ind.nulmeting.is_some();
    if ind.streefwaarde.is_none() && !houden {
        let bericht = if ind.richting == Some(Richting::Gelijk) {
            format!("effectindicator \"{naam}\" wil het niveau gelijk houden, maar noemt geen nulmeting of streefwaarde: het te houden niveau staat nergens")
        } else {
            format!("effectindicator \"{naam}\" heeft geen streefwaarde")
        };
        v.meld(regel!("IVP-008"), pad.sleutel("streefwaarde"), bericht);
    }
    let streef = ind.streefwaarde.as_ref().and_then(Invulbaar::waarde);
    if let Some(s) = streef {
        let (van, tot) = (ivp.periode.van.year(), ivp.periode.tot.year());
        if s.jaar < van || s.jaar > tot {
            v.meld(
                regel!("IVP-024"),
                pad.sleutel("streefwaarde").sleutel("jaar"),
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
            regel!("IVP-009"),
            pad.sleutel("nulmeting").sleutel("jaar"),
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
            regel!("IVP-010"),
            pad.sleutel("streefwaarde"),
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
                    regel!("IVP-010"),
                    pad.sleutel("streefwaarde"),
                    format!(
                        "de streefwaarde van \"{naam}\" vraagt om {}, maar de gemeten reeks gaat de andere kant op ({eerste} naar {laatst}); houd rekening met de trend",
                        if richting == Richting::Dalen { "een daling" } else { "een stijging" }
                    ),
                );
            }
        }
    }
}

/// IVP-004: a theme in a priority and in an other theme, unless the other theme says which part
/// of the theme it covers. What counts: a sub-theme of the other theme that names the theme
/// among its themes, or a toelichting that names the theme (by code or by the handbook's name)
/// or the priority that holds it (by the plan's name). A toelichting about something else says
/// nothing about the overlap, so it does not count.
fn dubbel_thema(ivp: &Ivp, prioritair: ThemaSet, v: &mut Verzamelaar) {
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        // Lowered once per other theme, and only when one of its themes is also a priority's.
        let mut toelichting: Option<Option<String>> = None;
        for (k, t) in o.themas.iter().enumerate() {
            let Some(thema) = t.thema().filter(|t| prioritair.contains(*t)) else {
                continue;
            };
            let in_deelthema = o
                .deelthemas
                .iter()
                .any(|d| d.themas.iter().any(|dt| dt.thema() == Some(thema)));
            let toelichting = toelichting.get_or_insert_with(|| {
                o.toelichting
                    .as_ref()
                    .and_then(Invulbaar::waarde)
                    .map(|t| kleine_letters(t))
            });
            let verklaard = toelichting.as_deref().is_some_and(|tekst| {
                bevat(tekst, thema.code())
                    || bevat(tekst, thema.naam())
                    || ivp
                        .prioriteiten
                        .iter()
                        .filter(|p| p.themas.iter().any(|pt| pt.thema() == Some(thema)))
                        .any(|p| bevat(tekst, p.naam.trim()))
            });
            if !in_deelthema && !verklaard {
                v.meld(
                    regel!("IVP-004"),
                    format!("/overige_themas/{i}/themas/{k}"),
                    format!(
                        "thema {thema:#} staat bij een prioriteit en bij het overige thema \"{}\"; zeg in de toelichting welk deel van het thema hier valt",
                        o.naam
                    ),
                );
            }
        }
    }
}

/// Whether `klein`, a text already through [`kleine_letters`], contains `woord`, ignoring case.
fn bevat(klein: &str, woord: &str) -> bool {
    !woord.is_empty() && klein.contains(&kleine_letters(woord))
}

/// `tekst` in lower case: `str::to_lowercase` but for the Greek final sigma, lowered to `σ`
/// wherever it stands, in a text and in a name alike, so that a name matches in any position.
/// The ASCII stretches, most of a Dutch text, are copied and lowered as bytes; std lowers
/// every character after the first non-ASCII one through its Unicode table, which made this
/// a quarter of the controle of a real plan.
fn kleine_letters(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut rest = tekst;
    loop {
        // The ASCII stretch up to the next non-ASCII character, found a byte at a time.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let Some((gewoon, verder)) = rest.split_at_checked(ascii) else {
            break;
        };
        let begin = uit.len();
        uit.push_str(gewoon);
        if let Some(nieuw) = uit.get_mut(begin..) {
            nieuw.make_ascii_lowercase();
        }
        let mut tekens = verder.chars();
        let Some(teken) = tekens.next() else {
            break;
        };
        uit.extend(teken.to_lowercase());
        rest = tekens.as_str();
    }
    uit
}

/// IVP-013: raakvlakken of a priority with themes the plan leaves out (buiten beschouwing),
/// where the priority does not name the raakvlak. Themes that stand nowhere in the plan are
/// IVP-014's, so they are not listed again here; what is listed is bounded by what the plan
/// itself leaves out.
fn dwarsverbanden(ivp: &Ivp, in_plan: ThemaSet, v: &mut Verzamelaar) {
    let buiten: ThemaSet = ivp
        .buiten_beschouwing
        .iter()
        .filter_map(|b| b.thema.thema())
        .collect();
    if buiten.is_empty() {
        return;
    }
    let buiten = buiten - in_plan;
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        let eigen = Themauitwerking::kbv_themas([p]);
        let genoemd: ThemaSet = p.raakvlakken.iter().filter_map(|t| t.thema()).collect();
        let open = (raakvlakken::buren_van(eigen) & buiten) - genoemd;
        if !open.is_empty() {
            v.meld(
                regel!("IVP-013"),
                format!("/prioriteiten/{i}/raakvlakken"),
                format!(
                    "prioriteit \"{}\" heeft raakvlakken met thema's die het plan buiten beschouwing laat: {}; noem ze bij de raakvlakken van de prioriteit",
                    p.naam,
                    lijst(open)
                ),
            );
        }
    }
}

/// IVP-014: all 22 themes accounted for.
fn verantwoording(ivp: &Ivp, in_plan: ThemaSet, v: &mut Verzamelaar) {
    let mut gedekt = in_plan;
    for (i, b) in ivp.buiten_beschouwing.iter().enumerate() {
        if let Some(t) = b.thema.thema() {
            gedekt.insert(t);
        }
        if b.reden.is_none() {
            v.meld(
                regel!("IVP-025"),
                format!("/buiten_beschouwing/{i}/reden"),
                format!("{} staat buiten beschouwing zonder reden", b.thema.code()),
            );
        }
    }
    // A plan that says every theme it does not name continues as going concern has accounted
    // for them: they are its other strategic themes, named as a whole.
    let open = ThemaSet::ALL - gedekt;
    if !open.is_empty() && !ivp.stelt_going_concern() {
        v.meld(
            regel!("IVP-014"),
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
fn digitaal(ivp: &Ivp, als_thema: bool, v: &mut Verzamelaar) {
    let noemt = |t: &Invulbaar<String>| {
        t.waarde()
            .is_some_and(|t| DIGITAAL.iter().any(|woord| bevat_ascii(t, woord)))
    };
    // The plan's own goals, not its verbindingen: those describe other plans (the regional
    // police plan, the landelijke agenda), where "cybercrime" says nothing of this plan's goal.
    let d = &ivp.strategische_doelstelling;
    let in_doelstelling =
        || d.kwalitatief.iter().any(noemt) || d.kwantitatief.iter().any(|i| noemt(&i.naam));
    let open = || d.kwalitatief.iter().any(Invulbaar::is_in_te_vullen);
    if !als_thema && !in_doelstelling() && !open() {
        v.meld(
            regel!("IVP-015"),
            "/strategische_doelstelling",
            "de strategische doelstelling gaat niet in op gedigitaliseerde criminaliteit (S1)"
                .to_owned(),
        );
    }
}

/// The words that name gedigitaliseerde criminaliteit in a goal (lower-case ASCII): the
/// handbook's own name and "cybercrime" from its heading, and the names plans use. "digitaal"
/// alone does not count: a goal on digital services is not one on crime.
const DIGITAAL: [&str; 5] = [
    "cyber",
    "gedigitaliseerde criminaliteit",
    "digitale criminaliteit",
    "digitale veiligheid",
    "online criminaliteit",
];

/// Whether `tekst` contains `woord` (lower-case ASCII) in any case, without allocating. The same
/// as `tekst.to_lowercase().contains(woord)` for the words asked here: the only non-ASCII
/// characters that lower-case to ASCII letters are the Kelvin sign (to `k`, in neither word) and
/// `İ` (to `i` followed by a combining dot, where both words have a letter after an `i`).
fn bevat_ascii(tekst: &str, woord: &str) -> bool {
    let (tekst, woord) = (tekst.as_bytes(), woord.as_bytes());
    let Some(&eerste) = woord.first() else {
        return true;
    };
    // Only where the first letter stands is the rest compared.
    tekst.iter().enumerate().any(|(i, &byte)| {
        byte.to_ascii_lowercase() == eerste
            && tekst
                .get(i..i + woord.len())
                .is_some_and(|stuk| stuk.eq_ignore_ascii_case(woord))
    })
}

/// IVP-018: adopted by the raad.
fn vaststelling(ivp: &Ivp, v: &mut Verzamelaar) {
    if ivp.vaststelling.is_empty() {
        v.meld(
            regel!("IVP-018"),
            "/vaststelling",
            "het IVP vermeldt geen vaststelling; de gemeenteraad stelt het IVP vast".to_owned(),
        );
    }
    for (i, s) in ivp.vaststelling.iter().enumerate() {
        if s.door != Orgaan::Raad {
            v.meld(
                regel!("IVP-018"),
                format!("/vaststelling/{i}/door"),
                format!(
                    "het IVP is vastgesteld door {}; de gemeenteraad stelt het IVP vast",
                    super::met_lidwoord(s.door)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The same as std's lowering, but for the final sigma, which is always `σ`.
        #[test]
        fn kleine_letters_is_to_lowercase(tekst in "\\PC{0,40}") {
            let std = tekst.to_lowercase().replace('ς', "σ");
            prop_assert_eq!(kleine_letters(&tekst).replace('ς', "σ"), std);
            prop_assert!(!kleine_letters(&tekst).contains('ς') || tekst.contains('ς'));
        }

        #[test]
        fn kleine_letters_in_nederlandse_tekst(tekst in "[a-zA-Z éÉëËïÏ‘’İK\u{212a}ΣΑ.,]{0,40}") {
            prop_assert_eq!(
                kleine_letters(&tekst),
                tekst.to_lowercase().replace('ς', "σ")
            );
        }

        #[test]
        fn bevat_ascii_is_contains_na_to_lowercase(
            tekst in "[dDiIİıgGtTaAcCyYbBeErRK\u{212a} ]{0,12}"
        ) {
            for woord in ["digita", "cyber"] {
                prop_assert_eq!(
                    bevat_ascii(&tekst, woord),
                    tekst.to_lowercase().contains(woord),
                    "{:?} {}", tekst, woord
                );
            }
        }
    }

    /// IVP-019 and IVP-017 as they were: every pair compared.
    fn gemeenten_per_paar(ivp: &Ivp, v: &mut Verzamelaar) {
        let gelijk = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
        for (i, g) in ivp.gemeenten.iter().enumerate() {
            if ivp.gemeenten[..i].iter().any(|h| gelijk(h, g)) {
                v.meld(regel!("IVP-019"), format!("/gemeenten/{i}"), g.clone());
            }
        }
        let hoort_erbij = |naam: &str| ivp.gemeenten.iter().any(|g| gelijk(g, naam));
        for (i, l) in ivp.lokale_paragrafen.iter().enumerate() {
            if !hoort_erbij(&l.gemeente) {
                v.meld(
                    regel!("IVP-017"),
                    format!("/lokale_paragrafen/{i}/gemeente"),
                    String::new(),
                );
            }
        }
        for (i, s) in ivp.vaststelling.iter().enumerate() {
            if let Some(g) = s.gemeente.as_deref().filter(|g| !hoort_erbij(g)) {
                v.meld(
                    regel!("IVP-017"),
                    format!("/vaststelling/{i}/gemeente"),
                    g.to_owned(),
                );
            }
        }
    }

    const NAMEN: [&str; 6] = [
        "Lopik",
        " lopik",
        "LOPIK\t",
        "Ĳsselstein",
        "ĳsselstein",
        "Zeist",
    ];

    proptest! {
        #[test]
        fn gemeenten_gelijk_aan_de_vergelijking_per_paar(
            namen in prop::collection::vec(0usize..6, 0..40),
            extra in prop::collection::vec(0usize..1000, 0..40),
            lokaal in prop::collection::vec(0usize..8, 0..6),
            vastgesteld in prop::collection::vec(0usize..8, 0..4),
        ) {
            // Names from a few that differ in case and white space, plus distinct ones.
            let naam = |i: usize| NAMEN.get(i).map_or_else(|| format!("G{i}"), |n| (*n).to_owned());
            let mut ivp = Ivp::uit_toml(
                "gemeenten = []\nperiode = { van = \"2027-01-01\", tot = \"2030-12-31\" }",
            )
            .expect("ivp");
            ivp.gemeenten = namen.iter().chain(&extra).map(|&i| naam(i)).collect();
            let toml: String = lokaal
                .iter()
                .map(|&i| format!("[[lokale_paragrafen]]\ngemeente = {:?}\n", naam(i)))
                .chain(vastgesteld.iter().map(|&i| {
                    format!("[[vaststelling]]\ndoor = \"raad\"\ngemeente = {:?}\n", naam(i))
                }))
                .collect();
            let rest = Ivp::uit_toml(&format!(
                "gemeenten = []\nperiode = {{ van = \"2027-01-01\", tot = \"2030-12-31\" }}\n{toml}"
            ))
            .expect("ivp");
            ivp.lokale_paragrafen = rest.lokale_paragrafen;
            ivp.vaststelling = rest.vaststelling;

            let mut nieuw = Verzamelaar::default();
            gemeenten(&ivp, &mut nieuw);
            let mut oud = Verzamelaar::default();
            gemeenten_per_paar(&ivp, &mut oud);
            let paden = |v: &Verzamelaar| -> Vec<(String, String)> {
                v.diagnoses
                    .iter()
                    .filter(|d| d.pad != "/gemeenten")
                    .map(|d| (d.pad.clone(), d.code.to_string()))
                    .collect()
            };
            prop_assert_eq!(paden(&nieuw), paden(&oud));
        }
    }

    #[test]
    fn opsomming_noemt_hoogstens_tien() {
        let namen: Vec<String> = (0..12).map(|i| format!("G{i}")).collect();
        assert_eq!(opsomming(&namen[..2]), "G0, G1");
        assert_eq!(opsomming(&namen[..10]), namen[..10].join(", "));
        assert_eq!(
            opsomming(&namen),
            "G0, G1, G2, G3, G4, G5, G6, G7, G8, G9 en 2 andere"
        );
    }
}
