//! Building the stand of a plan on a peildatum from its IVP, uitvoeringsplan, report and figures.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::status::{Beoordeling, IndicatorStatus, Punt};
#[cfg(feature = "cijfers")]
use crate::catalogus::Thema;
#[cfg(feature = "cijfers")]
use crate::cijfers::{Cijfers, Tabel};
use crate::document::{
    Effectindicator, IndicatorBron, Invulbaar, Ivp, MaatregelStatus, Meting, Periode,
    Rapportageperiode, Richting, Themauitwerking, UitvoeringsItem, Uitvoeringsplan,
    Voortgangsrapportage,
};

/// Known breaks in the series of a source: the source, the first year measured the new way, and
/// why.
///
/// The police changed how they register in 2019, "waardoor verschillende overtredingen bij
/// eenzelfde delict een eigen registratie krijgen", and internetaangifte became easier; CBS
/// marks the series as broken there.
pub const BEKENDE_BREUKEN: &[(IndicatorBron, i32, &str)] = &[(
    IndicatorBron::Politieregistratie,
    2019,
    "registratiewijziging politie 2019: overtredingen bij eenzelfde delict worden apart geregistreerd",
)];

/// What a progress report is built from: the IVP, and optionally the uitvoeringsplan, the
/// report with statuses and measurements, and downloaded figures.
#[derive(Debug, Clone, Copy)]
pub struct Invoer<'a> {
    /// The plan whose priorities and indicators are followed.
    pub ivp: &'a Ivp,
    /// The uitvoeringsplan whose measures are followed.
    pub uitvoeringsplan: Option<&'a Uitvoeringsplan>,
    /// The report with the measures' statuses and measured values.
    pub rapportage: Option<&'a Voortgangsrapportage>,
    /// Figures of the police and CBS downloads.
    #[cfg(feature = "cijfers")]
    pub cijfers: Option<&'a Cijfers>,
    /// The day the report stands on.
    pub peildatum: NaiveDate,
}

impl<'a> Invoer<'a> {
    /// Only the IVP, on a peildatum.
    pub fn new(ivp: &'a Ivp, peildatum: NaiveDate) -> Invoer<'a> {
        Invoer {
            ivp,
            uitvoeringsplan: None,
            rapportage: None,
            #[cfg(feature = "cijfers")]
            cijfers: None,
            peildatum,
        }
    }
}

/// The stand of a plan on a peildatum.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Voortgang {
    /// The gemeenten of the plan.
    pub gemeenten: Vec<String>,
    /// The plan's title, where it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// The plan's period.
    pub periode: Periode,
    /// The day the report stands on.
    pub peildatum: NaiveDate,
    /// The period reported on, where the report states one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rapportageperiode: Option<Rapportageperiode>,
    /// The year of the uitvoeringsplan followed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitvoeringsplan: Option<i32>,
    /// Per priority (and other theme with indicators or measures) its indicators and measures.
    pub prioriteiten: Vec<PrioriteitVoortgang>,
    /// All indicators counted by status.
    pub indicatoren_per_status: Telling,
    /// All measures counted by status (`onbekend`: no status reported).
    pub maatregelen_per_status: Telling,
    /// Indicators the report measures that the IVP does not have, by name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub onbekende_indicatoren: Vec<String>,
    /// Measures the report gives a status that the uitvoeringsplan does not have.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub onbekende_maatregelen: Vec<MaatregelStand>,
}

/// Counts by status, keyed by the status's JSON key.
pub type Telling = BTreeMap<&'static str, usize>;

/// One priority: its indicators and measures, summed up.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PrioriteitVoortgang {
    /// The priority's name in the IVP.
    pub naam: String,
    /// Whether it is a priority (chapter 4) rather than an other theme.
    pub prioriteit: bool,
    /// Its effect indicators with their status.
    pub indicatoren: Vec<IndicatorStand>,
    /// Its measures in the uitvoeringsplan with their status.
    pub maatregelen: Vec<MaatregelStand>,
    /// Its indicators counted by status.
    pub indicatoren_per_status: Telling,
    /// Its measures counted by status.
    pub maatregelen_per_status: Telling,
}

/// One effect indicator on the peildatum.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IndicatorStand {
    /// The indicator's name.
    pub naam: String,
    /// Its status.
    pub status: IndicatorStatus,
    /// Why, in Dutch: the values compared.
    pub reden: String,
    /// The unit, as the IVP gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    /// The direction the plan aims at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub richting: Option<Richting>,
    /// The nulmeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nulmeting: Option<Meting>,
    /// The streefwaarde.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub streefwaarde: Option<Meting>,
    /// The value the path from nulmeting to streefwaarde has at the latest measurement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verwacht: Option<f64>,
    /// The latest measurement judged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub laatste: Option<Meetpunt>,
    /// The measured series, in pieces where it is broken.
    pub segmenten: Vec<Segment>,
}

/// A piece of a measured series with no break inside.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Segment {
    /// The break this piece starts with, if it is not the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breuk: Option<Breuk>,
    /// The unit of its values, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    /// Its values, in time order.
    pub punten: Vec<Meetpunt>,
}

/// Where and why a series breaks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Breuk {
    /// The first day measured the new way.
    pub datum: NaiveDate,
    /// Why the values before are not comparable.
    pub reden: String,
}

/// One measured value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Meetpunt {
    /// The day it stands on (a year's figure: 31 December).
    pub datum: NaiveDate,
    /// The moment in years (see [`moment`]).
    pub tijd: f64,
    /// The value.
    pub waarde: f64,
    /// The half-width of its 95% interval, for a survey.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marge: Option<f64>,
    /// Where it comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bron: Option<IndicatorBron>,
    /// Which input gave it: `ivp`, `cijfers` or `rapportage`.
    pub herkomst: &'static str,
}

/// One measure of the uitvoeringsplan and its status.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MaatregelStand {
    /// The measure's description.
    pub maatregel: String,
    /// Its status, `None` when the report gives none.
    pub status: Option<MaatregelStatus>,
    /// The report's explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<String>,
    /// When it should be done, from the uitvoeringsplan's planning or `gereed_voor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gereed_voor: Option<NaiveDate>,
    /// Whether that day has passed on the peildatum while the measure is not afgerond or
    /// vervallen.
    pub over_tijd: bool,
}

/// The moment of a day in years: the year plus the part of it that has passed at the end of that
/// day. 31 December of `J` is `J + 1.0`, the moment a figure over year `J` stands at.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::voortgang::moment;
///
/// assert_eq!(moment(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()), 2025.0);
/// assert_eq!(moment(NaiveDate::from_ymd_opt(2023, 7, 2).unwrap()), 2023.0 + 183.0 / 365.0);
/// ```
pub fn moment(datum: NaiveDate) -> f64 {
    let lengte = if datum.leap_year() { 366.0 } else { 365.0 };
    f64::from(datum.year()) + f64::from(datum.ordinal()) / lengte
}

/// The last day of year `jaar` (a figure over that year stands there); `None` outside chrono's
/// range.
fn jaareinde(jaar: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(jaar, 12, 31)
}

/// Builds the stand of the plan on the peildatum; see [the module](super) for the rule.
pub fn voortgang(invoer: &Invoer<'_>) -> Voortgang {
    let ivp = invoer.ivp;
    let mut prioriteiten = Vec::new();
    let mut gebruikte_indicatoren =
        vec![false; invoer.rapportage.map_or(0, |r| r.indicatoren.len())];
    let mut gebruikte_maatregelen =
        vec![false; invoer.rapportage.map_or(0, |r| r.maatregelen.len())];
    let up_items: Vec<&UitvoeringsItem> = invoer
        .uitvoeringsplan
        .map(|up| up.prioriteiten.iter().chain(&up.overige_themas).collect())
        .unwrap_or_default();
    let mut up_gebruikt = vec![false; up_items.len()];

    for (_, soort, u) in ivp.alle_uitwerkingen() {
        let indicatoren: Vec<IndicatorStand> = u
            .effectindicatoren
            .iter()
            .map(|ind| indicator(invoer, u, ind, &mut gebruikte_indicatoren))
            .collect();
        let mut maatregelen = Vec::new();
        for (i, item) in up_items.iter().enumerate() {
            if !up_gebruikt.get(i).copied().unwrap_or(true) && hoort_bij(item, u) {
                if let Some(g) = up_gebruikt.get_mut(i) {
                    *g = true;
                }
                maatregelen.extend(item_maatregelen(invoer, item, &mut gebruikte_maatregelen));
            }
        }
        if indicatoren.is_empty() && maatregelen.is_empty() && !soort.is_prioriteit() {
            continue;
        }
        prioriteiten.push(PrioriteitVoortgang {
            naam: u.naam.clone(),
            prioriteit: soort.is_prioriteit(),
            indicatoren_per_status: tel_indicatoren(&indicatoren),
            maatregelen_per_status: tel_maatregelen(&maatregelen),
            indicatoren,
            maatregelen,
        });
    }
    // Items of the uitvoeringsplan that match no part of the IVP keep their own row.
    for (i, item) in up_items.iter().enumerate() {
        if up_gebruikt.get(i).copied().unwrap_or(true) {
            continue;
        }
        let maatregelen = item_maatregelen(invoer, item, &mut gebruikte_maatregelen);
        prioriteiten.push(PrioriteitVoortgang {
            naam: item.naam.clone(),
            prioriteit: false,
            indicatoren: Vec::new(),
            indicatoren_per_status: Telling::new(),
            maatregelen_per_status: tel_maatregelen(&maatregelen),
            maatregelen,
        });
    }

    let onbekende_indicatoren: Vec<String> = invoer
        .rapportage
        .map(|r| {
            r.indicatoren
                .iter()
                .zip(&gebruikte_indicatoren)
                .filter(|(_, gebruikt)| !**gebruikt)
                .map(|(i, _)| i.naam.clone())
                .collect()
        })
        .unwrap_or_default();
    let onbekende_maatregelen: Vec<MaatregelStand> = invoer
        .rapportage
        .map(|r| {
            r.maatregelen
                .iter()
                .zip(&gebruikte_maatregelen)
                .filter(|(_, gebruikt)| !**gebruikt)
                .map(|(m, _)| MaatregelStand {
                    maatregel: match &m.prioriteit {
                        Some(p) => format!("{p}: {}", m.maatregel),
                        None => m.maatregel.clone(),
                    },
                    status: Some(m.status),
                    toelichting: m.toelichting.as_ref().and_then(|t| t.waarde().cloned()),
                    gereed_voor: None,
                    over_tijd: false,
                })
                .collect()
        })
        .unwrap_or_default();

    let alle_indicatoren: Vec<IndicatorStand> = prioriteiten
        .iter()
        .flat_map(|p| p.indicatoren.iter().cloned())
        .collect();
    let alle_maatregelen: Vec<MaatregelStand> = prioriteiten
        .iter()
        .flat_map(|p| p.maatregelen.iter().cloned())
        .chain(onbekende_maatregelen.iter().cloned())
        .collect();
    Voortgang {
        gemeenten: ivp.gemeenten.clone(),
        titel: ivp.titel.clone(),
        periode: ivp.periode,
        peildatum: invoer.peildatum,
        rapportageperiode: invoer.rapportage.and_then(|r| r.rapportageperiode),
        uitvoeringsplan: invoer.uitvoeringsplan.map(|u| u.jaar).or_else(|| {
            invoer
                .rapportage
                .and_then(|r| r.uitvoeringsplan.as_ref().map(|u| u.jaar))
        }),
        indicatoren_per_status: tel_indicatoren(&alle_indicatoren),
        maatregelen_per_status: tel_maatregelen(&alle_maatregelen),
        prioriteiten,
        onbekende_indicatoren,
        onbekende_maatregelen,
    }
}

/// Names compared without case and surrounding spaces.
fn zelfde(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether an item of the uitvoeringsplan belongs to a part of the IVP: the same name, or a
/// theme in common.
fn hoort_bij(item: &UitvoeringsItem, u: &Themauitwerking) -> bool {
    zelfde(&item.naam, &u.naam)
        || u.andere_namen.iter().any(|n| zelfde(n, &item.naam))
        || item.themas.iter().any(|t| u.themas.contains(t))
}

/// The measures of an item of the uitvoeringsplan with the status the report gives them.
fn item_maatregelen(
    invoer: &Invoer<'_>,
    item: &UitvoeringsItem,
    gebruikt: &mut [bool],
) -> Vec<MaatregelStand> {
    let mut uit = Vec::new();
    for m in item.actiepunten.iter().flat_map(|a| &a.maatregelen) {
        let omschrijving = match &m.omschrijving {
            Invulbaar::Waarde(t) => t.clone(),
            Invulbaar::InTeVullen { in_te_vullen } => format!("({in_te_vullen})"),
        };
        let gemeld = invoer.rapportage.and_then(|r| {
            r.maatregelen.iter().enumerate().find(|(i, g)| {
                !gebruikt.get(*i).copied().unwrap_or(true)
                    && zelfde(&g.maatregel, &omschrijving)
                    && g.prioriteit
                        .as_deref()
                        .is_none_or(|p| zelfde(p, &item.naam))
            })
        });
        if let Some((i, _)) = gemeld {
            if let Some(g) = gebruikt.get_mut(i) {
                *g = true;
            }
        }
        let gereed_voor = m.gereed_uiterlijk();
        let status = gemeld.map(|(_, g)| g.status);
        let over_tijd = gereed_voor.is_some_and(|d| d < invoer.peildatum)
            && !status.is_some_and(MaatregelStatus::is_klaar);
        uit.push(MaatregelStand {
            maatregel: omschrijving,
            status,
            toelichting: gemeld
                .and_then(|(_, g)| g.toelichting.as_ref())
                .and_then(|t| t.waarde().cloned()),
            gereed_voor,
            over_tijd,
        });
    }
    uit
}

fn tel_indicatoren(lijst: &[IndicatorStand]) -> Telling {
    let mut t = Telling::new();
    for i in lijst {
        *t.entry(i.status.sleutel()).or_insert(0) += 1;
    }
    t
}

fn tel_maatregelen(lijst: &[MaatregelStand]) -> Telling {
    let mut t = Telling::new();
    for m in lijst {
        *t.entry(m.status.map_or("onbekend", MaatregelStatus::sleutel))
            .or_insert(0) += 1;
    }
    t
}

/// A value as it enters the series, before it is cut into segments.
struct Ruw {
    punt: Meetpunt,
    eenheid: Option<String>,
    breuk: Option<String>,
}

/// One indicator: its series from every source, cut at its breaks, and its status.
fn indicator(
    invoer: &Invoer<'_>,
    u: &Themauitwerking,
    ind: &Effectindicator,
    gebruikt: &mut [bool],
) -> IndicatorStand {
    let naam = ind.naam.waarde().cloned().unwrap_or_default();
    let eenheid = ind.eenheid.clone();
    let mut reeks: BTreeMap<NaiveDate, Ruw> = BTreeMap::new();
    let ruw = |datum: NaiveDate, waarde: f64, marge, bron, herkomst, eenheid, breuk| Ruw {
        punt: Meetpunt {
            datum,
            tijd: moment(datum),
            waarde,
            marge,
            bron,
            herkomst,
        },
        eenheid,
        breuk,
    };
    // The nulmeting is a value of the series too, so that a break between it and later values
    // shows.
    if let Some(n) = ind.nulmeting.as_ref().and_then(|n| n.waarde()) {
        if let Some(d) = jaareinde(n.jaar) {
            reeks.insert(
                d,
                ruw(
                    d,
                    n.waarde,
                    None,
                    ind.bron.clone(),
                    "nulmeting",
                    eenheid.clone(),
                    None,
                ),
            );
        }
    }
    for (&jaar, &waarde) in &ind.reeks {
        if let Some(d) = jaareinde(jaar) {
            reeks.insert(
                d,
                ruw(
                    d,
                    waarde,
                    None,
                    ind.bron.clone(),
                    "ivp",
                    eenheid.clone(),
                    None,
                ),
            );
        }
    }
    #[cfg(feature = "cijfers")]
    if let Some(cijfers) = invoer.cijfers {
        let per_1000 = eenheid.as_deref().is_some_and(|e| {
            let e = e.replace('.', "");
            e.contains("per 1000")
        });
        let themas: Vec<Thema> = u.themas.iter().filter_map(|t| t.thema()).collect();
        let gevonden = invoer
            .ivp
            .gemeenten
            .iter()
            .find_map(|g| themas.iter().find_map(|t| cijfers.reeks_voor(g, *t, &naam)));
        if let Some(r) = gevonden {
            let bron = if r.bron == Tabel::Veiligheidsmonitor {
                IndicatorBron::Veiligheidsmonitor
            } else {
                IndicatorBron::Politieregistratie
            };
            for p in &r.waarden {
                let waarde = if per_1000 { p.per_1000 } else { p.bruikbaar() };
                let (Some(waarde), true, Some(d)) = (waarde, p.volledig, jaareinde(p.jaar)) else {
                    continue;
                };
                let marge = match (p.ondergrens, p.bovengrens) {
                    (Some(o), Some(b)) if b >= o => Some((b - o) / 2.0),
                    _ => None,
                };
                reeks.insert(
                    d,
                    ruw(
                        d,
                        waarde,
                        marge,
                        Some(bron.clone()),
                        "cijfers",
                        eenheid.clone(),
                        None,
                    ),
                );
            }
        }
    }
    if let Some(r) = invoer.rapportage {
        let eigen = r.indicatoren.iter().enumerate().filter(|(i, g)| {
            !gebruikt.get(*i).copied().unwrap_or(true)
                && zelfde(&g.naam, &naam)
                && g.prioriteit.as_deref().is_none_or(|p| zelfde(p, &u.naam))
        });
        let mut gevonden = Vec::new();
        for (i, g) in eigen {
            gevonden.push(i);
            for m in &g.metingen {
                reeks.insert(
                    m.datum,
                    ruw(
                        m.datum,
                        m.waarde,
                        m.marge,
                        Some(m.bron.clone()),
                        "rapportage",
                        m.eenheid.clone().or_else(|| eenheid.clone()),
                        m.breuk.clone(),
                    ),
                );
            }
        }
        for i in gevonden {
            if let Some(g) = gebruikt.get_mut(i) {
                *g = true;
            }
        }
    }
    let segmenten = snijd(
        reeks
            .into_values()
            .filter(|r| r.punt.datum <= invoer.peildatum)
            .collect(),
    );
    let nulmeting = ind.nulmeting.as_ref().and_then(|n| n.waarde()).copied();
    let streefwaarde = ind.streefwaarde.as_ref().and_then(|n| n.waarde()).copied();
    let (status, reden, verwacht, laatste) =
        beoordeel(&segmenten, nulmeting, streefwaarde, ind, eenheid.as_deref());
    IndicatorStand {
        naam,
        status,
        reden,
        eenheid,
        richting: ind.richting,
        nulmeting,
        streefwaarde,
        verwacht,
        laatste,
        segmenten,
    }
}

/// Cuts a series in time order at its breaks: a value that names one, a change of unit, a known
/// break of its source.
fn snijd(waarden: Vec<Ruw>) -> Vec<Segment> {
    let mut segmenten: Vec<Segment> = Vec::new();
    let mut vorige: Option<(i32, Option<String>, Option<IndicatorBron>)> = None;
    for r in waarden {
        let jaar = r.punt.datum.year();
        let breuk = match &vorige {
            None => None,
            Some((vorig_jaar, vorige_eenheid, vorige_bron)) => {
                let bekend = BEKENDE_BREUKEN.iter().find(|(bron, vanaf, _)| {
                    r.punt.bron.as_ref() == Some(bron)
                        && vorige_bron.as_ref() == Some(bron)
                        && *vorig_jaar < *vanaf
                        && jaar >= *vanaf
                });
                if let Some(reden) = &r.breuk {
                    Some(reden.clone())
                } else if r.eenheid.is_some()
                    && vorige_eenheid.is_some()
                    && r.eenheid != *vorige_eenheid
                {
                    Some(format!(
                        "eenheid gewijzigd van \"{}\" naar \"{}\"",
                        vorige_eenheid.as_deref().unwrap_or_default(),
                        r.eenheid.as_deref().unwrap_or_default()
                    ))
                } else {
                    bekend.map(|(_, _, reden)| (*reden).to_owned())
                }
            }
        };
        vorige = Some((jaar, r.eenheid.clone(), r.punt.bron.clone()));
        match (breuk, segmenten.last_mut()) {
            (None, Some(laatste)) => laatste.punten.push(r.punt),
            (breuk, _) => segmenten.push(Segment {
                breuk: breuk.map(|reden| Breuk {
                    datum: r.punt.datum,
                    reden,
                }),
                eenheid: r.eenheid,
                punten: vec![r.punt],
            }),
        }
    }
    segmenten
}

/// The status of an indicator and why, the path's value at the latest measurement, and that
/// measurement.
fn beoordeel(
    segmenten: &[Segment],
    nulmeting: Option<Meting>,
    streefwaarde: Option<Meting>,
    ind: &Effectindicator,
    eenheid: Option<&str>,
) -> (IndicatorStatus, String, Option<f64>, Option<Meetpunt>) {
    let geen = |reden: String| (IndicatorStatus::GeenGegevens, reden, None, None);
    let Some(n) = nulmeting else {
        return geen("geen nulmeting in het IVP".to_owned());
    };
    let Some(n_datum) = jaareinde(n.jaar) else {
        return geen(format!(
            "nulmeting in jaar {} valt buiten de kalender",
            n.jaar
        ));
    };
    let n_tijd = moment(n_datum);
    // The nulmeting's segment: the last that starts on or before the end of its year.
    let index = segmenten
        .iter()
        .rposition(|s| s.punten.first().is_some_and(|p| p.datum <= n_datum))
        .unwrap_or(0);
    let na: Vec<&Meetpunt> = segmenten
        .iter()
        .skip(index)
        .enumerate()
        .flat_map(|(i, s)| s.punten.iter().map(move |p| (i, p)))
        .filter(|(_, p)| p.datum > n_datum)
        .filter(|(i, _)| *i == 0)
        .map(|(_, p)| p)
        .collect();
    let Some(laatste) = na.last().copied() else {
        let later = segmenten
            .iter()
            .skip(index + 1)
            .find_map(|s| s.breuk.as_ref());
        return geen(match later {
            Some(b) => format!(
                "geen vergelijkbare meting na de nulmeting ({}): de reeks is gebroken ({})",
                n.jaar, b.reden
            ),
            None => format!("geen meting na de nulmeting ({})", n.jaar),
        });
    };
    let s = streefwaarde.and_then(|s| {
        Some(Punt {
            tijd: moment(jaareinde(s.jaar)?),
            waarde: s.waarde,
        })
    });
    if s.is_none() && ind.richting.is_none() {
        return geen("geen streefwaarde en geen richting in het IVP".to_owned());
    }
    let b = Beoordeling {
        nulmeting: Punt {
            tijd: n_tijd,
            waarde: n.waarde,
        },
        streefwaarde: s,
        richting: ind.richting,
        meting: Punt {
            tijd: laatste.tijd,
            waarde: laatste.waarde,
        },
        marge: laatste.marge.unwrap_or(0.0),
    };
    let status = b.status();
    let verwacht = b.verwacht(laatste.tijd);
    let e = eenheid.map(|e| format!(" {e}")).unwrap_or_default();
    let mut reden = format!(
        "gemeten {}{e} op {} tegen nulmeting {} ({})",
        getal(laatste.waarde),
        laatste.datum,
        getal(n.waarde),
        n.jaar
    );
    if let Some(m) = laatste.marge {
        reden.push_str(&format!(", marge ± {}", getal(m)));
    }
    if let (Some(st), Some(v)) = (streefwaarde, verwacht) {
        reden.push_str(&format!(
            ", streefwaarde {} ({}), volgens het pad nu {}",
            getal(st.waarde),
            st.jaar,
            getal(v)
        ));
    }
    if let Some(b) = segmenten
        .iter()
        .skip(index + 1)
        .find_map(|s| s.breuk.as_ref())
    {
        reden.push_str(&format!(
            "; latere metingen (vanaf {}) niet vergelijkbaar: {}",
            b.datum, b.reden
        ));
    }
    (status, reden, verwacht, Some(laatste.clone()))
}

/// A number as Dutch text, rounded to two decimals: `95`, `14,88`.
pub(crate) fn getal(x: f64) -> String {
    let afgerond = (x * 100.0).round() / 100.0;
    if afgerond.fract() == 0.0 && afgerond.abs() < 9.0e15 {
        format!("{afgerond:.0}")
    } else {
        afgerond.to_string().replace('.', ",")
    }
}
