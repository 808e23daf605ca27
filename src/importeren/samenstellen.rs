//! The draft put together: the plan's facts, its chapters to their places, its priorities, the
//! rest under its heading; then the kind asked for.

use chrono::Datelike;

use crate::document::{
    Actiepunt, Document, DocumentSoort, Invulbaar, Ivp, IvpVerwijzing, Maatregel,
    OngeplaatsteTekst, Periode, Tekst, ThemaAnalyse, Themauitwerking, UitvoeringsItem,
    Uitvoeringsplan, Veiligheidsanalyse,
};

use super::blok::Blok;
use super::kenmerken::{self, Stuk};
use super::opbouw::{self, kale_naam, Rol, Sectie};
use super::verslag::{Verslag, Zekerheid};
use super::{Import, ImportFout, Opties};
use crate::uitvoer::opmaak::ongeplaatst;

/// Text that found no place, with the index of the section it came from (for the order).
type Rest = Vec<(usize, OngeplaatsteTekst)>;

fn blok_teksten(blokken: Vec<Blok>) -> Vec<String> {
    blokken
        .into_iter()
        .flat_map(|b| match b {
            Blok::Alinea { tekst, opsomming } => {
                vec![if opsomming {
                    format!("- {tekst}")
                } else {
                    tekst
                }]
            }
            Blok::Tabel(rijen) => rijen.into_iter().map(|r| r.join(" | ")).collect(),
            Blok::Kop(k) => vec![k.origineel],
        })
        .collect()
}

fn voeg_rest_toe(rest: &mut Rest, index: usize, kop: Option<String>, alineas: Vec<String>) {
    if alineas.is_empty() {
        return;
    }
    rest.push((index, OngeplaatsteTekst { kop, alineas }));
}

fn plak(doel: &mut Option<Tekst>, alineas: Vec<String>) {
    if alineas.is_empty() {
        return;
    }
    let nieuw = alineas.join("\n\n");
    *doel = Some(match doel.take() {
        Some(Invulbaar::Waarde(oud)) => Invulbaar::Waarde(format!("{oud}\n\n{nieuw}")),
        _ => Invulbaar::Waarde(nieuw),
    });
}

/// The end (exclusive) of the sections under section `i`, and the levels of those under it as
/// compared there: an unnumbered chapter ("Beschrijving activiteiten van de prioriteiten")
/// followed by numbered chapters of its level takes them as its own.
fn onder(secties: &[Sectie], i: usize) -> (usize, Vec<(usize, usize)>) {
    let Some(p) = secties.get(i) else {
        return (i, Vec::new());
    };
    let ongenummerd = p.kop.as_ref().is_some_and(|k| k.nummer.is_none());
    let mut uit = Vec::new();
    let mut j = i + 1;
    while let Some(s) = secties.get(j) {
        let genummerd = s.kop.as_ref().is_some_and(|k| k.nummer.is_some());
        if s.niveau > p.niveau {
            uit.push((j, s.niveau * 2));
        } else if ongenummerd && genummerd && s.niveau == p.niveau && s.rol == Rol::Geen {
            uit.push((j, s.niveau * 2 + 1));
        } else {
            break;
        }
        j += 1;
    }
    // Under the special rule, the numbered chapters' own sub-sections sit below them.
    let basis = uit.iter().map(|&(_, n)| n).min().unwrap_or(0);
    if basis % 2 == 1 {
        for e in &mut uit {
            if e.1 > basis && e.1 % 2 == 0 {
                e.1 += 1;
            }
        }
    }
    (j, uit)
}

/// The sections directly under `i`, each with the end of its own range.
fn kinderen(secties: &[Sectie], i: usize) -> (usize, Vec<(usize, usize)>) {
    let (eind, onder) = onder(secties, i);
    let Some(min) = onder.iter().map(|&(_, n)| n).min() else {
        return (eind, Vec::new());
    };
    let hoofd: Vec<usize> = onder
        .iter()
        .filter(|&&(_, n)| n == min)
        .map(|&(j, _)| j)
        .collect();
    let mut uit = Vec::new();
    for (k, &j) in hoofd.iter().enumerate() {
        let tot = hoofd.get(k + 1).copied().unwrap_or(eind);
        uit.push((j, tot));
    }
    (eind, uit)
}

/// Whether a chapter's heading names a theme (strategy when the plan has no priorities
/// chapter: "2. Ondermijning", "3. Zorg & Veiligheid").
fn noemt_thema(titel: &str) -> bool {
    let h = crate::catalogus::herkenning::herken(&kale_naam(titel));
    h.is_eenduidig() || h.is_meervoudig() || h.kandidaten().first().is_some_and(|k| k.score >= 0.8)
}

/// Builds the draft from the blocks of a plan.
pub(crate) fn bouw(
    blokken: Vec<Blok>,
    weggelaten: Vec<String>,
    opties: &Opties,
) -> Result<Import, ImportFout> {
    let mut verslag = Verslag {
        weggelaten,
        ..Verslag::default()
    };
    let mut secties = opbouw::secties(blokken);

    // The title: the first heading or short paragraph that speaks of safety or a plan.
    let titel = titel_uit(&mut secties);

    // The plan's facts, from the title and the text.
    let mut stukken_tekst: Vec<(String, String)> = Vec::new();
    for s in &secties {
        for b in &s.inhoud {
            if let Blok::Alinea { tekst, .. } = b {
                stukken_tekst.push((s.kopnaam(), tekst.clone()));
            }
        }
        if let Some(k) = &s.kop {
            stukken_tekst.push(("kop".to_owned(), k.origineel.clone()));
        }
    }
    let stukken: Vec<Stuk<'_>> = stukken_tekst
        .iter()
        .map(|(k, t)| Stuk { kop: k, tekst: t })
        .collect();
    let titeltekst = titel.clone().unwrap_or_default();
    let gemeenten = if opties.gemeenten.is_empty() {
        match kenmerken::gemeenten(&titeltekst, &stukken, &opties.bekende_gemeenten) {
            Some(g) => {
                gevonden(
                    &mut verslag,
                    "/gemeenten".into(),
                    g.waarde.join(", "),
                    &g,
                    Zekerheid::Laag,
                );
                g.waarde
            }
            None => {
                verslag.niet(
                    "/gemeenten".into(),
                    "geen gemeente herkend: vul de naam in (of geef --gemeente)".into(),
                );
                Vec::new()
            }
        }
    } else {
        opgegeven(
            &mut verslag,
            "/gemeenten".into(),
            opties.gemeenten.join(", "),
        );
        opties.gemeenten.clone()
    };
    let periode = match opties.periode {
        Some(p) => {
            opgegeven(&mut verslag, "/periode".into(), p.to_string());
            p
        }
        None => match kenmerken::periode(&titeltekst, &stukken) {
            Some(g) => {
                gevonden(
                    &mut verslag,
                    "/periode".into(),
                    g.waarde.to_string(),
                    &g,
                    Zekerheid::Middel,
                );
                g.waarde
            }
            None => geschatte_periode(&stukken, &mut verslag)?,
        },
    };
    let vaststelling = kenmerken::vaststelling(&stukken);
    drop(stukken);

    let mut ivp = Ivp::new(gemeenten, periode);
    ivp.titel = titel;
    match vaststelling {
        Some(g) => {
            let v = &g.waarde;
            let waarde = match v.datum {
                Some(d) => format!("{} op {d}", v.door),
                None => v.door.to_string(),
            };
            gevonden(
                &mut verslag,
                "/vaststelling".into(),
                waarde,
                &g,
                Zekerheid::Laag,
            );
            ivp.vaststelling.push(g.waarde);
        }
        None => verslag.niet(
            "/vaststelling".into(),
            "geen zin over de vaststelling gevonden (\"vastgesteld door de raad op ...\")".into(),
        ),
    }

    let terug = opbouw::terugkerende_labels(&secties);
    let mut rest: Rest = Vec::new();
    let mut verbruikt = vec![false; secties.len()];
    let mut lijsten: Vec<(usize, Vec<String>)> = Vec::new();

    // Priorities and other themes under their chapters.
    for i in 0..secties.len() {
        let Some(rol) = secties.get(i).map(|s| s.rol) else {
            continue;
        };
        if verbruikt.get(i).copied().unwrap_or(true)
            || !matches!(rol, Rol::Prioriteiten | Rol::Overige)
        {
            continue;
        }
        // "Prioriteit 1: Ondermijning" on its own is a priority, not a chapter of them.
        let eigen = secties
            .get(i)
            .and_then(|s| s.kop.as_ref())
            .is_some_and(|k| kale_naam(&k.titel) != k.titel);
        if eigen && rol == Rol::Prioriteiten {
            continue;
        }
        let (eind, kids) = kinderen(&secties, i);
        for v in verbruikt.iter_mut().take(eind).skip(i) {
            *v = true;
        }
        let kop = secties.get(i).map(Sectie::kopnaam).unwrap_or_default();
        let mut inhoud = secties
            .get_mut(i)
            .map(|s| std::mem::take(&mut s.inhoud))
            .unwrap_or_default();
        // Sections before the first priority (an introduction one level deeper) are the
        // chapter's own text, under their heading.
        let eerste = kids.first().map_or(eind, |&(j, _)| j);
        for k in (i + 1)..eerste {
            if let Some(s) = secties.get_mut(k) {
                let blokken = std::mem::take(&mut s.inhoud);
                if let (Some(kop), false) = (&s.kop, blokken.is_empty()) {
                    inhoud.push(Blok::Kop(kop.clone()));
                }
                inhoud.extend(blokken);
            }
        }
        let prioriteiten = rol == Rol::Prioriteiten;
        let mut gevonden = 0;
        for (j, tot) in kids {
            let Some((s, onderliggend, kopnaam, naam)) =
                neem_met_onderliggend(&mut secties, j, tot)
            else {
                continue;
            };
            let pad = if prioriteiten {
                format!("/prioriteiten/{}", ivp.prioriteiten.len())
            } else {
                format!("/overige_themas/{}", ivp.overige_themas.len())
            };
            verslag.vond(
                format!("{pad}/naam"),
                naam.clone(),
                &kopnaam,
                Zekerheid::Hoog,
                &format!("kop onder '{kop}'"),
            );
            let g = opbouw::uitwerking(
                &naam,
                &kopnaam,
                s.inhoud,
                onderliggend,
                &pad,
                &terug,
                &mut verslag,
            );
            rest.extend(g.rest.into_iter().map(|r| (j, r)));
            if prioriteiten {
                ivp.prioriteiten.push(g.uitwerking);
            } else {
                ivp.overige_themas.push(g.uitwerking);
            }
            gevonden += 1;
        }
        // The chapter's own text: the introduction of the priorities, or the going-concern
        // statement; a list in it may name the priorities.
        let mut tekst = Vec::new();
        let mut lijst = Vec::new();
        for b in inhoud {
            match b {
                Blok::Alinea {
                    tekst: t,
                    opsomming: true,
                } if gevonden == 0 => lijst.push(t),
                ander => tekst.extend(blok_teksten(vec![ander])),
            }
        }
        if !lijst.is_empty() {
            lijsten.push((i, lijst));
        }
        if !tekst.is_empty() {
            let veld = if prioriteiten {
                "/inleiding_prioriteiten"
            } else {
                "/going_concern"
            };
            verslag.vond(
                veld.into(),
                String::new(),
                &kop,
                Zekerheid::Middel,
                "de tekst van het hoofdstuk zelf",
            );
            if prioriteiten {
                plak(&mut ivp.inleiding_prioriteiten, tekst);
            } else {
                plak(&mut ivp.going_concern, tekst);
            }
        }
    }

    // Lists in a priorities chapter: the priorities' other names, or the priorities.
    let met_koppen = !ivp.prioriteiten.is_empty();
    for (i, lijst) in lijsten {
        let kop = secties.get(i).map(Sectie::kopnaam).unwrap_or_default();
        let overig = secties.get(i).is_some_and(|s| s.rol == Rol::Overige);
        let mut over = Vec::new();
        for item in lijst {
            if met_koppen && !overig {
                let gevonden = ivp
                    .prioriteiten
                    .iter()
                    .position(|p| lijkt_op(&p.naam, &item));
                if let Some((n, p)) =
                    gevonden.and_then(|n| ivp.prioriteiten.get_mut(n).map(|p| (n, p)))
                {
                    p.andere_namen.push(zonder_scheiding(&item));
                    verslag.vond(
                        format!("/prioriteiten/{n}/andere_namen"),
                        zonder_scheiding(&item),
                        &kop,
                        Zekerheid::Middel,
                        &format!("de opsomming noemt '{}' zo", p.naam),
                    );
                    continue;
                }
                over.push(item);
                continue;
            }
            let naam = lijstnaam(&item);
            let lijst_van = if overig {
                &mut ivp.overige_themas
            } else {
                &mut ivp.prioriteiten
            };
            let pad = format!(
                "/{}/{}",
                if overig {
                    "overige_themas"
                } else {
                    "prioriteiten"
                },
                lijst_van.len()
            );
            verslag.vond(
                format!("{pad}/naam"),
                naam.clone(),
                &kop,
                Zekerheid::Middel,
                "uit de opsomming in het hoofdstuk",
            );
            let (themas, z, hoe) = opbouw::themas_van(&naam, "");
            let mut u = Themauitwerking::new(naam.clone(), themas.clone());
            if !themas.is_empty() {
                u.eigen_namen = vec![crate::document::EigenNaam::new(
                    naam.clone(),
                    themas.clone(),
                )];
                let codes: Vec<&str> = themas.iter().map(|t| t.code()).collect();
                verslag.vond(format!("{pad}/themas"), codes.join(", "), &kop, z, &hoe);
            } else {
                verslag.niet(
                    format!("{pad}/themas"),
                    format!("geen thema herkend voor '{naam}': kies het thema zelf"),
                );
            }
            if naam != zonder_scheiding(&item) {
                u.andere_namen.push(zonder_scheiding(&item));
            }
            lijst_van.push(u);
        }
        if !over.is_empty() {
            let alineas: Vec<String> = over.into_iter().map(|t| format!("- {t}")).collect();
            if overig {
                plak(&mut ivp.going_concern, alineas);
            } else {
                plak(&mut ivp.inleiding_prioriteiten, alineas);
            }
        }
    }

    // No priorities chapter: the chapters named after a theme are the priorities.
    if ivp.prioriteiten.is_empty() {
        let top = secties
            .iter()
            .enumerate()
            .filter(|(i, s)| !verbruikt.get(*i).copied().unwrap_or(true) && s.kop.is_some())
            .map(|(_, s)| s.niveau)
            .min()
            .unwrap_or(1);
        // The chapters of the top level that name a theme, and those between them (a plan's
        // priorities stand together: "6. Veilige woonomgeving" between "5. Digitale veiligheid"
        // and "7. Crisisbeheersing").
        let kandidaten: Vec<usize> = (0..secties.len())
            .filter(|&i| {
                secties.get(i).is_some_and(|s| {
                    !verbruikt.get(i).copied().unwrap_or(true) && s.niveau == top && s.kop.is_some()
                })
            })
            .collect();
        let noemt: Vec<bool> = kandidaten
            .iter()
            .map(|&i| {
                secties.get(i).is_some_and(|s| {
                    s.rol == Rol::Geen && s.kop.as_ref().is_some_and(|k| noemt_thema(&k.titel))
                })
            })
            .collect();
        let eerste = noemt.iter().position(|&n| n);
        let laatste = noemt.iter().rposition(|&n| n);
        let gekozen: Vec<usize> = match (eerste, laatste) {
            (Some(a), Some(b)) => kandidaten
                .iter()
                .enumerate()
                .filter(|&(k, &i)| {
                    k >= a && k <= b && secties.get(i).is_some_and(|s| s.rol == Rol::Geen)
                })
                .map(|(_, &i)| i)
                .collect(),
            _ => Vec::new(),
        };
        for i in gekozen {
            if verbruikt.get(i).copied().unwrap_or(true) {
                continue;
            }
            let (eind, _) = onder(&secties, i);
            for v in verbruikt.iter_mut().take(eind).skip(i) {
                *v = true;
            }
            let Some((s, onderliggend, kopnaam, naam)) =
                neem_met_onderliggend(&mut secties, i, eind)
            else {
                continue;
            };
            let pad = format!("/prioriteiten/{}", ivp.prioriteiten.len());
            verslag.vond(
                format!("{pad}/naam"),
                naam.clone(),
                &kopnaam,
                Zekerheid::Middel,
                "een hoofdstuk dat naar een thema heet (het plan heeft geen hoofdstuk 'prioriteiten')",
            );
            let g = opbouw::uitwerking(
                &naam,
                &kopnaam,
                s.inhoud,
                onderliggend,
                &pad,
                &terug,
                &mut verslag,
            );
            rest.extend(g.rest.into_iter().map(|r| (i, r)));
            ivp.prioriteiten.push(g.uitwerking);
        }
    }

    // Every other section to the chapter its heading (or the heading above it) names.
    let mut rollen: Vec<Rol> = Vec::with_capacity(secties.len());
    for (i, s) in secties.iter().enumerate() {
        let mut r = s.rol;
        if r == Rol::Geen {
            // The nearest heading above it with a role.
            let mut niveau = s.niveau;
            for j in (0..i).rev() {
                if let (Some(o), Some(&or)) = (secties.get(j), rollen.get(j)) {
                    if o.niveau < niveau {
                        niveau = o.niveau;
                        if or != Rol::Geen {
                            r = or;
                            break;
                        }
                    }
                }
            }
        }
        rollen.push(r);
    }
    for (i, s) in secties.iter_mut().enumerate() {
        if verbruikt.get(i).copied().unwrap_or(true) {
            continue;
        }
        let kop = s.kopnaam();
        let inhoud = std::mem::take(&mut s.inhoud);
        if inhoud.is_empty() {
            continue;
        }
        let rol = rollen.get(i).copied().unwrap_or(Rol::Geen);
        let alineas = blok_teksten(inhoud);
        let kop_klein = kop.to_lowercase();
        let veld = match rol {
            Rol::Uitgangssituatie => {
                plak(&mut ivp.uitgangssituatie.algemeen, alineas);
                "/uitgangssituatie/algemeen"
            }
            Rol::Verbindingen => {
                ivp.strategische_doelstelling
                    .verbindingen
                    .extend(alineas.into_iter().map(Invulbaar::Waarde));
                "/strategische_doelstelling/verbindingen"
            }
            Rol::Visie => {
                ivp.strategische_doelstelling
                    .kwalitatief
                    .extend(alineas.into_iter().map(Invulbaar::Waarde));
                "/strategische_doelstelling/kwalitatief"
            }
            Rol::Uitgangspunten => {
                ivp.strategische_uitgangspunten
                    .extend(alineas.into_iter().map(Invulbaar::Waarde));
                "/strategische_uitgangspunten"
            }
            Rol::Coordinatie if kop_klein.contains("bestuur") => {
                plak(&mut ivp.coordinatie.bestuurlijk, alineas);
                "/coordinatie/bestuurlijk"
            }
            Rol::Coordinatie => {
                plak(&mut ivp.coordinatie.ambtelijk, alineas);
                "/coordinatie/ambtelijk"
            }
            Rol::Beleidscyclus => {
                plak(&mut ivp.coordinatie.beleidscyclus, alineas);
                "/coordinatie/beleidscyclus"
            }
            Rol::Begroting => {
                plak(&mut ivp.begroting.toelichting, alineas);
                "/begroting/toelichting"
            }
            // Unplaced text of a draft written by the crate: back under its own heading.
            Rol::Ongeplaatst => {
                let kop = s
                    .kop
                    .as_ref()
                    .map(|k| k.origineel.clone())
                    .filter(|k| k != ongeplaatst::ZONDER_KOP);
                voeg_rest_toe(&mut rest, i, kop, alineas);
                continue;
            }
            Rol::Voorwerk | Rol::Slot | Rol::Geen | Rol::Prioriteiten | Rol::Overige => {
                voeg_rest_toe(
                    &mut rest,
                    i,
                    s.kop.as_ref().map(|k| k.origineel.clone()),
                    alineas,
                );
                continue;
            }
        };
        if verslag.vondst(veld).is_none_or(|v| v.gevonden_in != kop) {
            verslag.vond(
                veld.into(),
                String::new(),
                &kop,
                Zekerheid::Middel,
                "naar de kop",
            );
        }
    }

    // No priorities in headings or lists: a sentence that names them.
    if ivp.prioriteiten.is_empty() {
        prioriteiten_uit_zinnen(&mut ivp, &rest, &mut verslag);
    }
    if ivp.prioriteiten.is_empty() {
        verslag.niet(
            "/prioriteiten".into(),
            "geen prioriteiten gevonden (geen hoofdstuk 'prioriteiten', geen hoofdstukken die \
             naar een thema heten, geen zin die ze opsomt): vul ze in"
                .into(),
        );
    }
    for (veld, leeg, wat) in [
        (
            "/uitgangssituatie",
            ivp.uitgangssituatie.is_empty(),
            "uitgangssituatie of analyse",
        ),
        (
            "/strategische_doelstelling",
            ivp.strategische_doelstelling.is_empty(),
            "visie, missie of strategische doelstelling",
        ),
        (
            "/coordinatie",
            ivp.coordinatie.is_empty(),
            "organisatie, regie, monitoring of evaluatie",
        ),
        (
            "/begroting",
            ivp.begroting.is_empty(),
            "financiën of begroting",
        ),
    ] {
        if leeg {
            verslag.niet(veld.into(), format!("geen hoofdstuk over {wat} gevonden"));
        }
    }

    // The rest, in the plan's order, one entry per heading.
    rest.sort_by_key(|(i, _)| *i);
    for (_, r) in rest {
        match ivp.ongeplaatst.last_mut() {
            Some(laatste) if laatste.kop == r.kop => laatste.alineas.extend(r.alineas),
            _ => ivp.ongeplaatst.push(r),
        }
    }
    let document = match opties.soort {
        DocumentSoort::Ivp => Document::from(ivp),
        DocumentSoort::Uitvoeringsplan => Document::from(als_uitvoeringsplan(ivp, &mut verslag)),
        DocumentSoort::Analyse => Document::from(als_analyse(ivp, &mut verslag)),
        DocumentSoort::Voortgang => return Err(ImportFout::Soort(opties.soort)),
    };
    verslag.ongeplaatste_alineas = match &document {
        Document::Ivp(d) => d.ongeplaatst.iter().map(|o| o.alineas.len()).sum(),
        Document::Uitvoeringsplan(d) => d.ongeplaatst.iter().map(|o| o.alineas.len()).sum(),
        Document::Analyse(d) => d.ongeplaatst.iter().map(|o| o.alineas.len()).sum(),
        Document::Voortgang(_) => 0,
    };
    Ok(Import { document, verslag })
}

/// Takes a section's content, leaving it empty.
/// The section at `i` and the ones below it up to `eind`, taken out of `secties`, with the
/// heading as the report names it and the name without its numbering.
fn neem_met_onderliggend(
    secties: &mut [Sectie],
    i: usize,
    eind: usize,
) -> Option<(Sectie, Vec<Sectie>, String, String)> {
    let onderliggend: Vec<Sectie> = ((i + 1)..eind)
        .filter_map(|k| secties.get_mut(k).map(neem))
        .collect();
    let s = neem(secties.get_mut(i)?);
    let kopnaam = s.kopnaam();
    let naam = kale_naam(&s.kop.as_ref().map_or(String::new(), |k| k.titel.clone()));
    Some((s, onderliggend, kopnaam, naam))
}

fn neem(s: &mut Sectie) -> Sectie {
    Sectie {
        kop: s.kop.clone(),
        niveau: s.niveau,
        inhoud: std::mem::take(&mut s.inhoud),
        rol: s.rol,
    }
}

/// Whether a list item names the same thing as a priority: a word of five letters or more in
/// common (its first five letters: "Woninginbraken", "Woninginbraak").
fn lijkt_op(naam: &str, item: &str) -> bool {
    let stammen = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .map(|w| w.to_lowercase().chars().take(5).collect())
            .collect()
    };
    let a = stammen(naam);
    stammen(&lijstnaam(item)).iter().any(|s| a.contains(s))
}

/// A list item without the separator that ends it in a list (";", ",", ".").
fn zonder_scheiding(item: &str) -> String {
    item.trim()
        .trim_end_matches([';', '.', ',', '*'])
        .trim()
        .to_owned()
}

/// A list item's name: up to a '(' and without closing punctuation.
fn lijstnaam(item: &str) -> String {
    let t = item.trim().trim_end_matches(['.', ';', ',', '*']).trim();
    let t = t.find(" (").filter(|&p| p > 2).map_or(t, |p| &t[..p]);
    t.trim().to_owned()
}

/// The title: among the first blocks, the first heading or short paragraph that speaks of
/// safety or a plan; a paragraph taken as the title leaves the flow.
fn titel_uit(secties: &mut [Sectie]) -> Option<String> {
    let is_titel = |t: &str| {
        let k = t.to_lowercase();
        t.chars().count() <= 200
            && !t.contains("://")
            && (k.contains("veiligheid")
                || k.contains("ivp")
                || k.contains("ivb")
                || k.contains("veiligheidsplan"))
    };
    let mut gezien = 0;
    for s in secties.iter_mut() {
        if let Some(k) = &s.kop {
            if is_titel(&k.origineel) {
                return Some(k.origineel.clone());
            }
            gezien += 1;
        }
        let mut weg = None;
        for (j, b) in s.inhoud.iter().enumerate() {
            if let Blok::Alinea { tekst, .. } = b {
                if is_titel(tekst) && tekst.split_whitespace().count() <= 20 {
                    weg = Some(j);
                    break;
                }
                gezien += 1;
            }
            if gezien > 12 {
                break;
            }
        }
        if let Some(j) = weg {
            if let Blok::Alinea { tekst, .. } = s.inhoud.remove(j) {
                return Some(tekst);
            }
        }
        if gezien > 12 {
            break;
        }
    }
    None
}

/// A period guessed from the year named most often: four years from it.
fn geschatte_periode(stukken: &[Stuk<'_>], verslag: &mut Verslag) -> Result<Periode, ImportFout> {
    let mut tel: std::collections::BTreeMap<i32, usize> = std::collections::BTreeMap::new();
    for s in stukken {
        for w in s.tekst.split(|c: char| !c.is_ascii_digit()) {
            if w.len() == 4 {
                if let Ok(j) = w.parse::<i32>() {
                    if (1990..=2099).contains(&j) {
                        *tel.entry(j).or_default() += 1;
                    }
                }
            }
        }
    }
    let (&jaar, _) = tel
        .iter()
        .max_by_key(|(j, n)| (**n, **j))
        .ok_or(ImportFout::GeenPeriode)?;
    let p = Periode::jaren(jaar, jaar + 3).map_err(|_| ImportFout::GeenPeriode)?;
    verslag.niet(
        "/periode".into(),
        format!("geen planperiode gevonden; geschat op {p} (het jaar {jaar} wordt het vaakst genoemd): controleer"),
    );
    Ok(p)
}

/// Priorities from a sentence that names them, where no heading or list does.
fn prioriteiten_uit_zinnen(ivp: &mut Ivp, rest: &Rest, verslag: &mut Verslag) {
    let bronnen = rest
        .iter()
        .flat_map(|(_, r)| {
            r.alineas
                .iter()
                .map(move |a| (r.kop.clone().unwrap_or_else(|| "(begin)".into()), a.clone()))
        })
        .chain(
            ivp.uitgangssituatie
                .algemeen
                .as_ref()
                .and_then(|t| t.waarde().cloned())
                .map(|t| ("uitgangssituatie".to_owned(), t)),
        )
        .chain(
            ivp.inleiding_prioriteiten
                .as_ref()
                .and_then(|t| t.waarde().cloned())
                .map(|t| ("prioriteiten".to_owned(), t)),
        );
    for (kop, alinea) in bronnen {
        for zin in kenmerken::zinnen(&alinea) {
            let Some(namen) = opbouw::opsomming_in_zin(zin) else {
                continue;
            };
            for naam in namen {
                let pad = format!("/prioriteiten/{}", ivp.prioriteiten.len());
                verslag.vond(
                    format!("{pad}/naam"),
                    naam.clone(),
                    &kop,
                    Zekerheid::Laag,
                    &format!("genoemd in de zin \"{}\"", crate::naam::kort(zin, 100)),
                );
                let (themas, z, hoe) = opbouw::themas_van(&naam, "");
                let mut u = Themauitwerking::new(naam.clone(), themas.clone());
                if themas.is_empty() {
                    verslag.niet(
                        format!("{pad}/themas"),
                        format!("geen thema herkend voor '{naam}': kies het thema zelf"),
                    );
                } else {
                    u.eigen_namen = vec![crate::document::EigenNaam::new(
                        naam.clone(),
                        themas.clone(),
                    )];
                    let codes: Vec<&str> = themas.iter().map(|t| t.code()).collect();
                    verslag.vond(format!("{pad}/themas"), codes.join(", "), &kop, z, &hoe);
                }
                ivp.prioriteiten.push(u);
            }
            return;
        }
    }
}

/// Every text of an elaboration that an uitvoerings-item or analysis has no place for.
fn overige_teksten(u: &Themauitwerking) -> Vec<String> {
    let mut uit = Vec::new();
    for t in &u.andere_namen {
        uit.push(t.clone());
    }
    for i in &u.effectindicatoren {
        if let Some(n) = i.naam.waarde() {
            uit.push(n.clone());
        }
        if let Some(t) = i.toelichting.as_ref().and_then(Invulbaar::waarde) {
            uit.push(t.clone());
        }
    }
    uit.extend(u.partners.iter().cloned());
    uit.extend(
        u.flankerend_beleid
            .iter()
            .filter_map(|t| t.waarde().cloned()),
    );
    uit
}

/// The draft as an uitvoeringsplan: the priorities as items (goals; approach and sub-themes as
/// actiepunten), the rest unplaced.
fn als_uitvoeringsplan(ivp: Ivp, verslag: &mut Verslag) -> Uitvoeringsplan {
    let jaar = ivp.periode.van.year();
    let mut up = if ivp.periode.aantal_jaren() == Some(1) {
        Uitvoeringsplan::zonder_ivp(ivp.gemeenten.clone(), jaar)
    } else {
        let mut up = Uitvoeringsplan::zonder_ivp(ivp.gemeenten.clone(), jaar);
        up.ivp = Some(IvpVerwijzing {
            titel: None,
            periode: ivp.periode,
        });
        up
    };
    verslag.vond(
        "/jaar".into(),
        jaar.to_string(),
        "periode",
        Zekerheid::Middel,
        "het eerste jaar van de periode",
    );
    up.titel = ivp.titel;
    up.vaststelling = ivp.vaststelling;
    up.begroting = ivp.begroting;
    up.beleidscyclus = ivp.coordinatie.beleidscyclus;
    up.terugblik.veiligheidsbeeld = ivp.uitgangssituatie.algemeen;
    let mut rest = ivp.ongeplaatst;
    let hoofdlijn: Vec<String> = ivp
        .strategische_doelstelling
        .kwalitatief
        .iter()
        .chain(&ivp.strategische_doelstelling.verbindingen)
        .chain(&ivp.strategische_uitgangspunten)
        .filter_map(|t| t.waarde().cloned())
        .collect();
    if !hoofdlijn.is_empty() {
        up.hoofdlijn_ivp = Some(Invulbaar::Waarde(hoofdlijn.join("\n\n")));
    }
    let mut overig = Vec::new();
    for t in [
        ivp.inleiding_prioriteiten,
        ivp.going_concern,
        ivp.coordinatie.ambtelijk,
        ivp.coordinatie.bestuurlijk,
    ]
    .into_iter()
    .flatten()
    {
        if let Some(w) = t.waarde() {
            overig.push(w.clone());
        }
    }
    if !overig.is_empty() {
        rest.push(OngeplaatsteTekst {
            kop: Some("(inleidingen en organisatie)".into()),
            alineas: overig,
        });
    }
    for (lijst, naar_overig) in [(ivp.prioriteiten, false), (ivp.overige_themas, true)] {
        for u in lijst {
            let mut item = UitvoeringsItem::new(u.naam.clone(), u.themas.clone());
            item.eigen_namen = u.eigen_namen.clone();
            item.doelen = u.doelstelling_kwalitatief.clone();
            let mut los = overige_teksten(&u);
            if let Some(t) = u.toelichting.as_ref().and_then(Invulbaar::waarde) {
                los.insert(0, t.clone());
            }
            if !u.hoofdlijnen_aanpak.is_empty() {
                item.actiepunten.push(Actiepunt {
                    naam: u.naam.clone(),
                    toelichting: None,
                    maatregelen: u
                        .hoofdlijnen_aanpak
                        .iter()
                        .filter_map(|t| t.waarde())
                        .map(Maatregel::new)
                        .collect(),
                });
            }
            for d in &u.deelthemas {
                item.doelen
                    .extend(d.doelstelling_kwalitatief.iter().cloned());
                item.actiepunten.push(Actiepunt {
                    naam: d.naam.clone(),
                    toelichting: d.toelichting.clone(),
                    maatregelen: d
                        .hoofdlijnen_aanpak
                        .iter()
                        .filter_map(|t| t.waarde())
                        .map(Maatregel::new)
                        .collect(),
                });
            }
            if !los.is_empty() {
                rest.push(OngeplaatsteTekst {
                    kop: Some(u.naam.clone()),
                    alineas: los,
                });
            }
            if naar_overig {
                up.overige_themas.push(item);
            } else {
                up.prioriteiten.push(item);
            }
        }
    }
    up.ongeplaatst = rest;
    up
}

/// The draft as an analysis: per theme of a priority or other theme its text as
/// problematiek and its approach as the current approach; the rest unplaced.
fn als_analyse(ivp: Ivp, verslag: &mut Verslag) -> Veiligheidsanalyse {
    let jaar = ivp.periode.van.year();
    verslag.vond(
        "/jaar".into(),
        jaar.to_string(),
        "periode",
        Zekerheid::Middel,
        "het eerste jaar van de periode",
    );
    let mut a = Veiligheidsanalyse::new(ivp.gemeenten.clone(), jaar);
    a.titel = ivp.titel;
    let mut rest = Vec::new();
    let mut algemeen = Vec::new();
    for t in [
        ivp.uitgangssituatie.algemeen,
        ivp.inleiding_prioriteiten,
        ivp.going_concern,
        ivp.coordinatie.ambtelijk,
        ivp.coordinatie.bestuurlijk,
        ivp.coordinatie.beleidscyclus,
        ivp.begroting.toelichting,
    ]
    .into_iter()
    .flatten()
    {
        if let Some(w) = t.waarde() {
            algemeen.push(w.clone());
        }
    }
    algemeen.extend(
        ivp.strategische_doelstelling
            .kwalitatief
            .iter()
            .chain(&ivp.strategische_doelstelling.verbindingen)
            .chain(&ivp.strategische_uitgangspunten)
            .filter_map(|t| t.waarde().cloned()),
    );
    if !algemeen.is_empty() {
        rest.push(OngeplaatsteTekst {
            kop: Some("(algemeen)".into()),
            alineas: algemeen,
        });
    }
    for u in ivp.prioriteiten.into_iter().chain(ivp.overige_themas) {
        // The theme's name is the heading of its unplaced text.
        let mut los = overige_teksten(&u);
        los.extend(
            u.doelstelling_kwalitatief
                .iter()
                .filter_map(|t| t.waarde().cloned()),
        );
        for d in &u.deelthemas {
            los.push(d.naam.clone());
            los.extend(
                d.toelichting
                    .iter()
                    .chain(&d.doelstelling_kwalitatief)
                    .chain(&d.hoofdlijnen_aanpak)
                    .filter_map(|t| t.waarde().cloned()),
            );
        }
        let thema = u
            .themas
            .iter()
            .find_map(|t| t.thema())
            .filter(|t| !a.themas.iter().any(|x| x.thema == *t));
        match thema {
            Some(t) => {
                let mut ta = ThemaAnalyse::new(t);
                ta.problematiek = u.toelichting.clone();
                let aanpak: Vec<String> = u
                    .hoofdlijnen_aanpak
                    .iter()
                    .filter_map(|t| t.waarde().cloned())
                    .collect();
                if !aanpak.is_empty() {
                    ta.huidige_aanpak = Some(Invulbaar::Waarde(aanpak.join("\n\n")));
                }
                a.themas.push(ta);
            }
            None => {
                los.extend(
                    u.toelichting
                        .iter()
                        .chain(&u.hoofdlijnen_aanpak)
                        .filter_map(|t| t.waarde().cloned()),
                );
            }
        }
        rest.push(OngeplaatsteTekst {
            kop: Some(u.naam.clone()),
            alineas: los,
        });
    }
    rest.extend(ivp.ongeplaatst);
    a.ongeplaatst = rest;
    a
}

/// In the report: `veld` found as `waarde`, where and how `g` says; sure, or `onzeker`.
fn gevonden<T>(
    verslag: &mut Verslag,
    veld: String,
    waarde: String,
    g: &kenmerken::Gevonden<T>,
    onzeker: Zekerheid,
) {
    let zekerheid = if g.zeker { Zekerheid::Hoog } else { onzeker };
    verslag.vond(veld, waarde, &g.waar, zekerheid, &g.hoe);
}

/// In the report: `veld` as the user gave it (`--gemeente`, `--periode`).
fn opgegeven(verslag: &mut Verslag, veld: String, waarde: String) {
    verslag.vond(veld, waarde, "opgegeven", Zekerheid::Hoog, "opgegeven");
}
