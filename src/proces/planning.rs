//! Planning the stappenplan from a start date.

use core::str::FromStr;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use strum::{Display, EnumCount, FromRepr, IntoStaticStr, VariantArray};

use crate::methode::{Bereik, Stap};

/// Which figure of a published range to plan with: "4 a 6 weken" gives 4, 6 or 5.
///
/// [`Display`](core::fmt::Display), serde and [`FromStr`] use the lowercase key: `"ondergrens"`,
/// `"midden"` or `"bovengrens"`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    EnumCount,
    VariantArray,
    FromRepr,
    IntoStaticStr,
    Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
#[doc(alias = "choice")]
pub enum Keuze {
    /// The lower bound.
    Ondergrens,
    /// The midpoint (the default): half-way between the bounds, rounded up to whole days.
    #[default]
    Midden,
    /// The upper bound.
    Bovengrens,
}

impl Keuze {
    /// The figure of `bereik` this choice takes, in tenths, so that a midpoint such as 7.5
    /// coordinator days stays exact.
    const fn tienden(self, bereik: Bereik) -> u32 {
        let (min, max) = (bereik.min as u32 * 10, bereik.max as u32 * 10);
        match self {
            Keuze::Ondergrens => min,
            Keuze::Midden => (min + max) / 2,
            Keuze::Bovengrens => max,
        }
    }
}

/// An unknown [`Keuze`] or an impossible planning.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanningFout {
    /// The text did not name a [`Keuze`].
    #[error("onbekende keuze \"{0}\": verwacht ondergrens, midden of bovengrens")]
    OnbekendeKeuze(String),
    /// The dates run past what the calendar can hold.
    #[error("de planning loopt voorbij het einde van de kalender (start {0})")]
    BuitenKalender(NaiveDate),
}

impl FromStr for Keuze {
    type Err = PlanningFout;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Keuze::VARIANTS
            .iter()
            .copied()
            .find(|&k| <&str>::from(k).eq_ignore_ascii_case(s))
            .ok_or_else(|| PlanningFout::OnbekendeKeuze(s.to_owned()))
    }
}

/// How to plan.
///
/// The default takes the midpoints and runs steps 4 and 5 side by side, as the handbook
/// recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PlanningOpties {
    /// Which figure of each range to take.
    pub keuze: Keuze,
    /// Whether steps 4 (IVP) and 5 (Uitvoeringsplan) run side by side, as the handbook
    /// recommends ("min of meer tegelijk",
    /// [`STAP_4_EN_5_TEGELIJK`](crate::methode::STAP_4_EN_5_TEGELIJK)); otherwise 5 follows 4.
    pub stap_4_en_5_tegelijk: bool,
}

impl Default for PlanningOpties {
    fn default() -> Self {
        PlanningOpties::new(Keuze::Midden, true)
    }
}

impl PlanningOpties {
    /// Options with the given choice and parallel steps 4 and 5 as given.
    pub const fn new(keuze: Keuze, stap_4_en_5_tegelijk: bool) -> Self {
        PlanningOpties {
            keuze,
            stap_4_en_5_tegelijk,
        }
    }
}

/// One step in a planning.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StapInPlanning {
    /// The step.
    #[serde(skip)]
    pub stap: Stap,
    /// 1 to 6.
    pub nummer: u8,
    /// The step's name.
    pub naam: &'static str,
    /// First day.
    pub start: NaiveDate,
    /// Last day; `None` for step 6, which the handbook gives no doorlooptijd: it runs on into
    /// the uitvoeringsfase.
    pub eind: Option<NaiveDate>,
    /// The doorlooptijd as published, in weeks.
    pub doorlooptijd_weken: Option<Bereik>,
    /// Coordinator days for this step under the chosen [`Keuze`].
    pub coordinatordagen: f64,
    /// Coordinator days as published.
    pub coordinatordagen_gepubliceerd: Bereik,
}

/// The six steps laid out in time from a start date.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::proces::{Keuze, Planning, PlanningOpties};
///
/// let start = NaiveDate::from_ymd_opt(2027, 1, 4).ok_or("datum")?;
/// let planning = Planning::maak(start, PlanningOpties::new(Keuze::Ondergrens, false))?;
/// let opstart = &planning.stappen[0];
/// assert_eq!(opstart.naam, "Opstart");
/// assert_eq!(opstart.eind, NaiveDate::from_ymd_opt(2027, 1, 31)); // 4 weeks
/// assert_eq!(planning.coordinatordagen, 2.0 + 8.0 + 2.0 + 8.0 + 6.0 + 2.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Planning {
    /// The options it was made with.
    pub opties: PlanningOpties,
    /// The six steps in order.
    pub stappen: Vec<StapInPlanning>,
    /// The day the IVP and Uitvoeringsplan are done: the end of step 5 (or of 4, if later).
    pub gereed: NaiveDate,
    /// Coordinator days in total under the chosen [`Keuze`].
    pub coordinatordagen: f64,
}

impl Planning {
    /// Lays the six steps out from `start`.
    pub fn maak(start: NaiveDate, opties: PlanningOpties) -> Result<Planning, PlanningFout> {
        let buiten = || PlanningFout::BuitenKalender(start);
        // Lead times in days; a midpoint of whole weeks in tenths is rounded up to whole days.
        let dagen = |stap: Stap| {
            stap.doorlooptijd_weken()
                .map(|b| (opties.keuze.tienden(b) * 7).div_ceil(10))
        };
        let eind_na = |van: NaiveDate, dagen: u32| {
            van.checked_add_days(Days::new(u64::from(dagen)))
                .and_then(|d| d.pred_opt())
                .ok_or_else(buiten)
        };
        let volgende_dag = |d: NaiveDate| d.succ_opt().ok_or_else(buiten);

        let mut stappen = Vec::with_capacity(Stap::COUNT);
        let mut begin = start;
        let mut eind_4 = start;
        let mut gereed = start;
        for &stap in Stap::VARIANTS {
            let start_stap = match stap {
                Stap::OpstellenUitvoeringsplan if opties.stap_4_en_5_tegelijk => {
                    stappen.last().map_or(begin, |s: &StapInPlanning| s.start)
                }
                _ => begin,
            };
            let eind = match dagen(stap) {
                Some(d) => Some(eind_na(start_stap, d)?),
                None => None,
            };
            if let Some(e) = eind {
                if stap == Stap::OpstellenIvp {
                    eind_4 = e;
                }
                if stap == Stap::OpstellenUitvoeringsplan {
                    gereed = e.max(eind_4);
                }
                begin = volgende_dag(e.max(gereed))?;
            }
            let gepubliceerd = stap.coordinator_dagen();
            stappen.push(StapInPlanning {
                stap,
                nummer: stap.nummer(),
                naam: stap.naam(),
                start: start_stap,
                eind,
                doorlooptijd_weken: stap.doorlooptijd_weken(),
                coordinatordagen: f64::from(opties.keuze.tienden(gepubliceerd)) / 10.0,
                coordinatordagen_gepubliceerd: gepubliceerd,
            });
        }
        let coordinatordagen = stappen.iter().map(|s| s.coordinatordagen).sum();
        Ok(Planning {
            opties,
            stappen,
            gereed,
            coordinatordagen,
        })
    }

    /// The planning as a Markdown table in Dutch.
    pub fn naar_markdown(&self) -> String {
        use core::fmt::Write as _;
        let mut t = String::new();
        let _ = writeln!(t, "# Planning Kernbeleid Veiligheid\n");
        let _ = writeln!(
            t,
            "Doorlooptijden volgens de handreiking ({}){}.\n",
            self.opties.keuze,
            if self.opties.stap_4_en_5_tegelijk {
                "; stap 4 en 5 min of meer tegelijk, zoals de handreiking aanbeveelt"
            } else {
                "; stap 5 na stap 4"
            }
        );
        let _ = writeln!(
            t,
            "| Stap | Start | Eind | Doorlooptijd (weken) | Coördinatordagen |"
        );
        let _ = writeln!(t, "| --- | --- | --- | --- | --- |");
        for s in &self.stappen {
            let _ = writeln!(
                t,
                "| {} {} | {} | {} | {} | {} ({}) |",
                s.nummer,
                s.naam,
                s.start,
                s.eind
                    .map_or_else(|| "doorlopend".to_owned(), |e| e.to_string()),
                s.doorlooptijd_weken
                    .map_or_else(|| "niet genoemd".to_owned(), |b| b.to_string()),
                getal(s.coordinatordagen),
                s.coordinatordagen_gepubliceerd,
            );
        }
        let _ = writeln!(
            t,
            "\nIVP en Uitvoeringsplan gereed: {}. Coördinatordagen in totaal: {}.",
            self.gereed,
            getal(self.coordinatordagen)
        );
        t
    }
}

/// A day count with a decimal comma only where needed ("7,5").
fn getal(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn datum(j: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, d).expect("datum")
    }

    #[test]
    fn achter_elkaar_met_ondergrens() {
        let p = Planning::maak(
            datum(2027, 1, 4),
            PlanningOpties::new(Keuze::Ondergrens, false),
        )
        .expect("planning");
        let data: Vec<(NaiveDate, Option<NaiveDate>)> =
            p.stappen.iter().map(|s| (s.start, s.eind)).collect();
        assert_eq!(
            data,
            [
                (datum(2027, 1, 4), Some(datum(2027, 1, 31))), // 4 weeks
                (datum(2027, 2, 1), Some(datum(2027, 3, 28))), // 8 weeks
                (datum(2027, 3, 29), Some(datum(2027, 4, 25))), // 4 weeks
                (datum(2027, 4, 26), Some(datum(2027, 6, 20))), // 8 weeks
                (datum(2027, 6, 21), Some(datum(2027, 8, 1))), // 6 weeks
                (datum(2027, 8, 2), None),
            ]
        );
        assert_eq!(p.gereed, datum(2027, 8, 1));
        assert_eq!(p.coordinatordagen, 28.0);
    }

    #[test]
    fn stap_4_en_5_tegelijk_en_midden() {
        assert_eq!(
            PlanningOpties::default(),
            PlanningOpties::new(Keuze::Midden, true)
        );
        let p = Planning::maak(datum(2027, 1, 4), PlanningOpties::new(Keuze::Midden, true))
            .expect("planning");
        let s = &p.stappen;
        // 5 + 9 + 4 weeks before step 4.
        assert_eq!(s[3].start, datum(2027, 5, 10));
        assert_eq!(s[4].start, s[3].start);
        assert_eq!(s[3].eind, Some(datum(2027, 7, 4))); // 8 weeks
        assert_eq!(s[4].eind, Some(datum(2027, 6, 20))); // 6 weeks
        assert_eq!(p.gereed, datum(2027, 7, 4));
        assert_eq!(s[5].start, datum(2027, 7, 5));
        assert_eq!(p.coordinatordagen, 2.0 + 9.0 + 2.0 + 9.0 + 7.0 + 2.0);
    }

    #[test]
    fn markdown_in_het_nederlands() {
        let p = Planning::maak(datum(2027, 1, 4), PlanningOpties::default()).expect("planning");
        let md = p.naar_markdown();
        assert!(
            md.contains("| 1 Opstart | 2027-01-04 | 2027-02-07 | 4 a 6 | 2 (plm. 2) |"),
            "{md}"
        );
        assert!(md.contains("| 6 Van beleid naar uitvoering |"));
        assert!(md.contains("doorlopend"));
    }

    #[test]
    fn keuze_ontleden() {
        assert_eq!("Bovengrens".parse::<Keuze>(), Ok(Keuze::Bovengrens));
        assert_eq!(
            "snel".parse::<Keuze>().map_err(|e| e.to_string()),
            Err("onbekende keuze \"snel\": verwacht ondergrens, midden of bovengrens".to_owned())
        );
        assert!(Planning::maak(NaiveDate::MAX, PlanningOpties::default()).is_err());
    }

    proptest! {
        #[test]
        fn stappen_sluiten_aan_en_lopen_vooruit(
            dag in 0i64..40_000,
            keuze in prop::sample::select(Keuze::VARIANTS),
            tegelijk: bool,
        ) {
            let start = datum(1990, 1, 1) + chrono::Duration::days(dag);
            let p = Planning::maak(start, PlanningOpties::new(keuze, tegelijk)).expect("planning");
            prop_assert_eq!(p.stappen.len(), 6);
            prop_assert_eq!(p.stappen[0].start, start);
            for s in &p.stappen {
                if let Some(e) = s.eind { prop_assert!(e >= s.start); }
            }
            for w in p.stappen.windows(2) {
                prop_assert!(w[1].start >= w[0].start);
            }
            let laag = Planning::maak(start, PlanningOpties::new(Keuze::Ondergrens, tegelijk)).expect("p");
            let hoog = Planning::maak(start, PlanningOpties::new(Keuze::Bovengrens, tegelijk)).expect("p");
            prop_assert!(laag.gereed <= p.gereed && p.gereed <= hoog.gereed);
            let seriell = Planning::maak(start, PlanningOpties::new(keuze, false)).expect("p");
            prop_assert!(p.gereed <= seriell.gereed);
        }
    }
}
