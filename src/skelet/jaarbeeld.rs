//! The next year's uitvoeringsplan from a jaarbeeld: the terugblik pre-filled, the measures that
//! are not done carried over.
//!
//! The handbook (part 1, "Sturing"): the voortgangsrapportages "kunnen eventueel 'gebundeld'
//! worden tot een evaluatief 'jaarbeeld' als basis voor het nieuwe uitvoeringsplan (zie stap 5)";
//! and step 5: "Voor de 'vervolgplannen' is het aan te bevelen een terugblik op ontwikkelingen in
//! het veiligheidsbeeld en de aanpak in de afgelopen periode op te nemen" (rule UP-009).

use chrono::Datelike;

use super::uitvoeringsplan::{maatregel, uitvoeringsplan_voor};
use crate::document::{
    datum_in_woorden, Actiepunt, Invulbaar, Ivp, Maatregel, MaatregelVoortgang, OngeplaatsteTekst,
    Periode, Terugblik, UitvoeringsItem, Uitvoeringsplan, Voortgangsrapportage,
};
use crate::voortgang::{voortgang, Invoer, Voortgang};

/// Why no uitvoeringsplan can be made from a jaarbeeld: it is no jaarbeeld, or it belongs to
/// another plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JaarbeeldFout {
    /// The report does not cover a year (its `rapportageperiode` is missing or shorter).
    #[error(
        "dit is geen jaarbeeld: de rapportage gaat over {periode}; verwacht een \
         voortgangsrapportage met rapportageperiode soort = \"jaar\""
    )]
    GeenJaar {
        /// The period the report covers, in words.
        periode: String,
    },
    /// The jaarbeeld is of other gemeenten than the plan.
    #[error(
        "het jaarbeeld is van {jaarbeeld}, het plan van {plan}: een jaarbeeld hoort bij het \
         plan waarvoor het uitvoeringsplan wordt gemaakt (dezelfde gemeenten)"
    )]
    AndereGemeenten {
        /// The gemeenten of the jaarbeeld, joined.
        jaarbeeld: String,
        /// The gemeenten of the plan, joined.
        plan: String,
    },
    /// The jaarbeeld reports on an IVP of another period.
    #[error(
        "het jaarbeeld rapporteert over het IVP {jaarbeeld}, het uitvoeringsplan hoort bij het \
         IVP {plan}: een jaarbeeld hoort bij het plan waarvoor het uitvoeringsplan wordt gemaakt"
    )]
    AnderPlan {
        /// The IVP period the jaarbeeld names.
        jaarbeeld: Periode,
        /// The period of the plan.
        plan: Periode,
    },
    /// The last uitvoeringsplan given is not the one the jaarbeeld reports on.
    #[error(
        "het jaarbeeld gaat over het uitvoeringsplan {jaarbeeld}, het gegeven vorige \
         uitvoeringsplan is van {vorig}"
    )]
    AnderUitvoeringsplan {
        /// The year of the uitvoeringsplan the jaarbeeld reports on.
        jaarbeeld: i32,
        /// The year of the uitvoeringsplan given.
        vorig: i32,
    },
    /// The year after the jaarbeeld's lies outside the plan period.
    #[error(
        "het jaarbeeld gaat over {jaar}; een uitvoeringsplan voor {volgend} valt buiten de \
         periode van het IVP ({plan}): begin een nieuw IVP (kbv skelet --vorig)"
    )]
    BuitenPeriode {
        /// The year the jaarbeeld covers.
        jaar: i32,
        /// The year after it.
        volgend: i32,
        /// The plan period.
        plan: Periode,
    },
}

/// Names compared without case and surrounding spaces.
fn zelfde(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The year a jaarbeeld covers: the year of the uitvoeringsplan it reports on, or else the year
/// its period starts in (a year from March to March is that of its March).
fn jaar_van(jaarbeeld: &Voortgangsrapportage) -> Result<i32, JaarbeeldFout> {
    let periode = match &jaarbeeld.rapportageperiode {
        Some(p) if jaarbeeld.is_jaarbeeld() => p,
        Some(p) => {
            return Err(JaarbeeldFout::GeenJaar {
                periode: format!(
                    "een {} ({} tot en met {})",
                    p.soort,
                    datum_in_woorden(p.van),
                    datum_in_woorden(p.tot)
                ),
            })
        }
        None => {
            return Err(JaarbeeldFout::GeenJaar {
                periode: "een periode die ze niet noemt".to_owned(),
            })
        }
    };
    Ok(jaarbeeld
        .uitvoeringsplan
        .as_ref()
        .map_or(periode.van.year(), |u| u.jaar))
}

/// Checks that the jaarbeeld belongs to `ivp`: the same gemeenten, and where it names the IVP,
/// the same period.
fn hoort_bij(ivp: &Ivp, jaarbeeld: &Voortgangsrapportage) -> Result<(), JaarbeeldFout> {
    let bevat = |lijst: &[String], naam: &String| lijst.iter().any(|g| zelfde(g, naam));
    let gelijk = jaarbeeld.gemeenten.len() == ivp.gemeenten.len()
        && jaarbeeld.gemeenten.iter().all(|g| bevat(&ivp.gemeenten, g))
        && ivp.gemeenten.iter().all(|g| bevat(&jaarbeeld.gemeenten, g));
    if !gelijk {
        return Err(JaarbeeldFout::AndereGemeenten {
            jaarbeeld: jaarbeeld.gemeenten.join(", "),
            plan: ivp.gemeenten.join(", "),
        });
    }
    if let Some(plan) = &jaarbeeld.plan {
        if plan.periode != ivp.periode {
            return Err(JaarbeeldFout::AnderPlan {
                jaarbeeld: plan.periode,
                plan: ivp.periode,
            });
        }
    }
    Ok(())
}

/// The uitvoeringsplan for the year after a jaarbeeld, following `ivp`.
///
/// The skeleton of [`uitvoeringsplan`](super::uitvoeringsplan) for that year, and:
///
/// - the terugblik (chapter 2, rule UP-009) pre-filled from the jaarbeeld: under
///   `veiligheidsbeeld` its samenvatting and per effect indicator the status the crate computes
///   ([`voortgang`]) in words, with why; under `aanpak` per measure its status and toelichting;
/// - every measure that is not `afgerond` or `vervallen` carried over, under an actiepunt
///   "Doorgeschoven uit JAAR" of the priority it stood under (by the jaarbeeld's `prioriteit`,
///   or the item of `vorig` that holds it). With `vorig`, last year's uitvoeringsplan, a measure
///   keeps its trekkers, parties and prestatie-indicator; its planning is to be set again.
///   Without it, what the jaarbeeld does not say (trekkers, planning) stays to be filled in.
///   A measure whose priority the new plan does not have is kept under `ongeplaatst`, with its
///   status.
///
/// The jaarbeeld's year is that of the uitvoeringsplan it reports on, or else the year its
/// period starts in.
///
/// # Errors
///
/// [`JaarbeeldFout`] when the report does not cover a year, has other gemeenten than `ivp`,
/// names an IVP of another period, reports on another uitvoeringsplan than `vorig`, or when the
/// year after it lies outside the plan period.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{
///     MaatregelStatus, MaatregelVoortgang, PeriodeSoort, Rapportageperiode, Voortgangsrapportage,
/// };
/// use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
///
/// let ivp = skelet::ivp(&IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("1.3")?));
/// let van = NaiveDate::from_ymd_opt(2027, 1, 1).ok_or("datum")?;
/// let mut jaarbeeld = Voortgangsrapportage::new(["Utrecht"], NaiveDate::from_ymd_opt(2027, 12, 31).ok_or("datum")?);
/// jaarbeeld.rapportageperiode = Rapportageperiode::vanaf(PeriodeSoort::Jaar, van);
/// let mut m = MaatregelVoortgang::new("Buurtpreventie", MaatregelStatus::Vertraagd);
/// m.prioriteit = Some(ivp.prioriteiten[0].naam.clone());
/// jaarbeeld.maatregelen.push(m);
///
/// let up = skelet::uitvoeringsplan_na_jaarbeeld(&ivp, &jaarbeeld, None)?;
/// assert_eq!(up.jaar, 2028);
/// assert!(!up.terugblik.is_empty());
/// let actiepunt = &up.prioriteiten[0].actiepunten[0];
/// assert_eq!(actiepunt.naam, "Doorgeschoven uit 2027");
/// assert_eq!(actiepunt.maatregelen[0].omschrijving.waarde().map(String::as_str), Some("Buurtpreventie"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn uitvoeringsplan_na_jaarbeeld(
    ivp: &Ivp,
    jaarbeeld: &Voortgangsrapportage,
    vorig: Option<&Uitvoeringsplan>,
) -> Result<Uitvoeringsplan, JaarbeeldFout> {
    let jaar = jaar_van(jaarbeeld)?;
    hoort_bij(ivp, jaarbeeld)?;
    if let Some(v) = vorig {
        if v.jaar != jaar {
            return Err(JaarbeeldFout::AnderUitvoeringsplan {
                jaarbeeld: jaar,
                vorig: v.jaar,
            });
        }
    }
    let volgend = jaar + 1;
    if volgend > ivp.periode.tot.year() || volgend < ivp.periode.van.year() {
        return Err(JaarbeeldFout::BuitenPeriode {
            jaar,
            volgend,
            plan: ivp.periode,
        });
    }
    let stand = voortgang(&Invoer {
        uitvoeringsplan: vorig,
        rapportage: Some(jaarbeeld),
        ..Invoer::new(ivp, jaarbeeld.peildatum)
    });
    let mut up = uitvoeringsplan_voor(ivp, volgend);
    up.terugblik = Terugblik {
        veiligheidsbeeld: Some(Invulbaar::Waarde(veiligheidsbeeld(jaarbeeld, &stand, jaar))),
        aanpak: Some(Invulbaar::Waarde(aanpak(jaarbeeld, vorig, jaar, volgend))),
    };
    for m in jaarbeeld
        .maatregelen
        .iter()
        .filter(|m| !m.status.is_klaar())
    {
        schuif_door(&mut up, m, vorig, jaar);
    }
    Ok(up)
}

/// The terugblik on the veiligheidsbeeld: the samenvatting, then per indicator its status.
fn veiligheidsbeeld(jaarbeeld: &Voortgangsrapportage, stand: &Voortgang, jaar: i32) -> String {
    let mut regels = vec![format!(
        "Uit het jaarbeeld {jaar} (peildatum {}).",
        datum_in_woorden(jaarbeeld.peildatum)
    )];
    if let Some(Invulbaar::Waarde(s)) = &jaarbeeld.samenvatting {
        regels.push(s.trim().to_owned());
    }
    let indicatoren: Vec<String> = stand
        .prioriteiten
        .iter()
        .flat_map(|p| {
            p.indicatoren
                .iter()
                .map(move |i| format!("- {}, {}: {} ({})", p.naam, i.naam, i.status, i.reden))
        })
        .collect();
    if indicatoren.is_empty() {
        regels.push("Het IVP noemt geen effectindicatoren.".to_owned());
    } else {
        regels.push(
            "Effectindicatoren, de status berekend uit nulmeting, streefwaarde en de gemeten reeks:"
                .to_owned(),
        );
        regels.extend(indicatoren);
    }
    for naam in &stand.onbekende_indicatoren {
        regels.push(format!(
            "- {naam}: gemeten in het jaarbeeld, maar geen effectindicator van het IVP; \
             zonder nulmeting en streefwaarde geen status"
        ));
    }
    regels.join("\n")
}

/// The priority a measure of the jaarbeeld stood under: its own `prioriteit`, or the item of
/// last year's plan that holds it; with that item and the measure there.
fn in_vorig<'a>(
    m: &MaatregelVoortgang,
    vorig: Option<&'a Uitvoeringsplan>,
) -> Option<(&'a UitvoeringsItem, &'a Maatregel)> {
    vorig?
        .prioriteiten
        .iter()
        .chain(&vorig?.overige_themas)
        .filter(|item| {
            m.prioriteit
                .as_deref()
                .is_none_or(|p| zelfde(p, &item.naam))
        })
        .find_map(|item| {
            item.actiepunten
                .iter()
                .flat_map(|a| &a.maatregelen)
                .find(|v| {
                    v.omschrijving
                        .waarde()
                        .is_some_and(|o| zelfde(o, &m.maatregel))
                })
                .map(|v| (item, v))
        })
}

/// The terugblik on the approach: per measure its status and toelichting as the jaarbeeld gives
/// them.
fn aanpak(
    jaarbeeld: &Voortgangsrapportage,
    vorig: Option<&Uitvoeringsplan>,
    jaar: i32,
    volgend: i32,
) -> String {
    if jaarbeeld.maatregelen.is_empty() {
        return format!("Het jaarbeeld {jaar} geeft geen stand van maatregelen.");
    }
    let mut regels = vec![format!(
        "De maatregelen van het uitvoeringsplan {jaar} volgens het jaarbeeld:"
    )];
    for m in &jaarbeeld.maatregelen {
        let prioriteit = m
            .prioriteit
            .clone()
            .or_else(|| in_vorig(m, vorig).map(|(item, _)| item.naam.clone()));
        let mut regel = match prioriteit {
            Some(p) => format!("- {p}, {}: {}", m.maatregel, m.status),
            None => format!("- {}: {}", m.maatregel, m.status),
        };
        if let Some(Invulbaar::Waarde(t)) = &m.toelichting {
            regel.push_str(". ");
            regel.push_str(t.trim());
        }
        regels.push(regel);
    }
    let door = jaarbeeld
        .maatregelen
        .iter()
        .filter(|m| !m.status.is_klaar())
        .count();
    regels.push(match door {
        0 => format!(
            "Alle maatregelen zijn afgerond of vervallen; niets schuift door naar {volgend}."
        ),
        1 => format!("Eén maatregel is niet afgerond en schuift door naar {volgend}."),
        n => format!("{n} maatregelen zijn niet afgerond en schuiven door naar {volgend}."),
    });
    regels.join("\n")
}

/// Carries one measure that is not done into the new plan.
fn schuif_door(
    up: &mut Uitvoeringsplan,
    m: &MaatregelVoortgang,
    vorig: Option<&Uitvoeringsplan>,
    jaar: i32,
) {
    let gevonden = in_vorig(m, vorig);
    let verstreken = format!(
        "wanneer in {}: de planning van {jaar} is verstreken (stand in het jaarbeeld: {})",
        jaar + 1,
        m.status
    );
    let nieuw = match gevonden {
        Some((_, v)) => Maatregel {
            planning: Some(Invulbaar::in_te_vullen(verstreken)),
            gereed_voor: None,
            ..v.clone()
        },
        None => {
            let mut n = maatregel(Invulbaar::Waarde(m.maatregel.clone()));
            n.planning = Some(Invulbaar::in_te_vullen(verstreken));
            n
        }
    };
    let prioriteit = m
        .prioriteit
        .as_deref()
        .or_else(|| gevonden.map(|(item, _)| item.naam.as_str()));
    let plaats = up
        .prioriteiten
        .iter_mut()
        .chain(up.overige_themas.iter_mut())
        .find(|item| {
            prioriteit.is_some_and(|p| zelfde(p, &item.naam))
                || gevonden.is_some_and(|(v, _)| v.themas.iter().any(|t| item.themas.contains(t)))
        });
    let naam = format!("Doorgeschoven uit {jaar}");
    match plaats {
        Some(item) => {
            if let Some(a) = item.actiepunten.iter_mut().find(|a| a.naam == naam) {
                a.maatregelen.push(nieuw);
            } else {
                item.actiepunten.insert(
                    0,
                    Actiepunt {
                        naam,
                        toelichting: Some(Invulbaar::Waarde(format!(
                            "Maatregelen die in {jaar} niet zijn afgerond; hun stand staat in de terugblik."
                        ))),
                        maatregelen: vec![nieuw],
                    },
                );
            }
        }
        None => {
            let kop = format!("{naam}, zonder prioriteit in dit plan");
            let mut regel = match prioriteit {
                Some(p) => format!("{} (prioriteit {p}): {}", m.maatregel, m.status),
                None => format!("{}: {}", m.maatregel, m.status),
            };
            if let Some(Invulbaar::Waarde(t)) = &m.toelichting {
                regel.push_str(". ");
                regel.push_str(t.trim());
            }
            match up
                .ongeplaatst
                .iter_mut()
                .find(|o| o.kop.as_deref() == Some(kop.as_str()))
            {
                Some(o) => o.alineas.push(regel),
                None => up.ongeplaatst.push(OngeplaatsteTekst {
                    kop: Some(kop),
                    alineas: vec![regel],
                }),
            }
        }
    }
}
