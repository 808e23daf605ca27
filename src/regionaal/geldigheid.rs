//! Which plan counts where the plans of one gemeente overlap in time.
//!
//! The rule (see the module documentation of [`regionaal`](super)): of a gemeente's plans, the
//! newer one counts where they overlap. "Newer" is the plan that starts later; of two that start
//! on the same day, the one that ends later; of two with the same period, the one given later.
//! A plan counts for the days of its period on which no newer plan of the gemeente runs, and
//! the counts of the overview use each gemeente's newest plan.

use core::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::Gemeente;
use crate::document::Periode;

/// Disjoint periods, earliest first: the days for which a plan counts
/// ([`Gemeente::geldt_voor`]).
///
/// Nearly always one period or none, held without allocating. It displays as the periods
/// separated by commas, or "geen", and serialises as a list of periods.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Periode;
/// use kernbeleid::regionaal::Perioden;
///
/// let mut perioden = Perioden::new();
/// assert_eq!(perioden.to_string(), "geen");
/// perioden.push(Periode::jaren(2021, 2022)?);
/// perioden.push(Periode::jaren(2025, 2026)?);
/// assert_eq!(perioden.len(), 2);
/// assert_eq!(perioden.to_string(), "2021-2022, 2025-2026");
/// # Ok::<(), kernbeleid::document::OngeldigePeriode>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Perioden {
    eerste: Option<Periode>,
    verder: Vec<Periode>,
}

impl Perioden {
    /// No period.
    #[must_use]
    pub const fn new() -> Perioden {
        Perioden {
            eerste: None,
            verder: Vec::new(),
        }
    }

    /// Adds `periode` at the end; the caller keeps them disjoint and earliest first.
    pub fn push(&mut self, periode: Periode) {
        if self.eerste.is_none() {
            self.eerste = Some(periode);
        } else {
            self.verder.push(periode);
        }
    }

    /// The periods, earliest first.
    pub fn iter(&self) -> impl Iterator<Item = &Periode> + '_ {
        self.eerste.iter().chain(&self.verder)
    }

    /// The number of periods.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::from(self.eerste.is_some()) + self.verder.len()
    }

    /// Whether there is no period: no day.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.eerste.is_none()
    }

    /// Whether `datum` falls in one of the periods.
    #[must_use]
    pub fn bevat(&self, datum: NaiveDate) -> bool {
        self.iter().any(|p| p.bevat(datum))
    }
}

impl fmt::Display for Perioden {
    /// "2027-2030", "2021-2022, 2025-2026", or "geen".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("geen");
        }
        for (i, p) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl Serialize for Perioden {
    /// A list of periods: `[{ "van": "2027-01-01", "tot": "2030-12-31" }]`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Puts `gemeenten` (one entry per gemeente per plan, in input order) in the order of the
/// overview and fills in [`Gemeente::geldt_voor`] and [`Gemeente::telt_mee`].
///
/// `groep[i]` is the gemeente of entry `i`, numbered from 0 in order of first appearance;
/// `groepen` is how many there are. The result holds the gemeenten in that order, each one's
/// plans oldest first. Linear in the number of entries, plus a sort within each gemeente that
/// has more than one plan.
pub(crate) fn orden(gemeenten: Vec<Gemeente>, groep: &[usize], groepen: usize) -> Vec<Gemeente> {
    debug_assert_eq!(gemeenten.len(), groep.len());
    let mut gemeenten = gemeenten;
    if groep.iter().enumerate().all(|(i, &g)| g == i) {
        // Every gemeente once, in order of appearance (the usual case): nothing to move.
        for g in &mut gemeenten {
            pas_toe(core::slice::from_mut(g));
        }
        return gemeenten;
    }
    // A stable counting sort by gemeente: where each gemeente's entries begin.
    let mut begin = vec![0usize; groepen + 1];
    for &g in groep {
        if let Some(n) = begin.get_mut(g + 1) {
            *n += 1;
        }
    }
    for i in 1..begin.len() {
        begin[i] += begin[i - 1];
    }
    let mut plek: Vec<usize> = begin.clone();
    let mut volgorde: Vec<Option<Gemeente>> = Vec::with_capacity(gemeenten.len());
    volgorde.resize_with(gemeenten.len(), || None);
    for (gemeente, &g) in gemeenten.into_iter().zip(groep) {
        if let Some(p) = plek.get_mut(g) {
            if let Some(vak) = volgorde.get_mut(*p) {
                *vak = Some(gemeente);
            }
            *p += 1;
        }
    }
    let mut geordend: Vec<Gemeente> = volgorde.into_iter().flatten().collect();
    for paar in begin.windows(2) {
        if let Some(plannen) = geordend.get_mut(paar[0]..paar[1]) {
            pas_toe(plannen);
        }
    }
    geordend
}

/// The rule for the plans of one gemeente, given in input order: orders them oldest first and
/// fills in what each counts for.
fn pas_toe(plannen: &mut [Gemeente]) {
    if let [enig] = plannen {
        enig.geldt_voor = Perioden::new();
        if let Some(p) = geldig(enig.periode) {
            enig.geldt_voor.push(p);
        }
        enig.telt_mee = true;
        return;
    }
    // Stable: of two with the same period, the one given later stays later, and is newer.
    plannen.sort_by_key(|g| (g.periode.van, g.periode.tot));
    // The days newer plans cover, as disjoint spans, the earliest last. Every newer plan starts
    // on or after the plan at hand, so the spans it meets are at the end of this list.
    let mut bedekt: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for plan in plannen.iter_mut().rev() {
        plan.telt_mee = false;
        let Some(Periode { van, tot }) = geldig(plan.periode) else {
            plan.geldt_voor = Perioden::new();
            continue;
        };
        let mut vrij = Perioden::new();
        // The first day not yet accounted for; `None` past the last representable day.
        let mut vanaf = Some(van);
        let mut eind = tot;
        while let Some(&(begin, einde)) = bedekt.last() {
            if begin > tot {
                break;
            }
            bedekt.pop();
            if let Some(dag) = vanaf {
                if begin > dag {
                    if let Some(tot_en_met) = begin.pred_opt() {
                        vrij.push(Periode {
                            van: dag,
                            tot: tot_en_met,
                        });
                    }
                }
                if einde >= dag {
                    vanaf = einde.succ_opt();
                }
            }
            eind = eind.max(einde);
        }
        if let Some(dag) = vanaf {
            if dag <= tot {
                vrij.push(Periode { van: dag, tot });
            }
        }
        bedekt.push((van, eind));
        plan.geldt_voor = vrij;
    }
    if let Some(nieuwste) = plannen.last_mut() {
        nieuwste.telt_mee = true;
    }
}

/// The period, if it holds at least one day (it does not when it ends before it starts).
fn geldig(periode: Periode) -> Option<Periode> {
    (periode.van <= periode.tot).then_some(periode)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn dag(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::TimeDelta::days(n)))
            .expect("datum")
    }

    fn gemeente(van: i64, tot: i64) -> Gemeente {
        let mut g = Gemeente::leeg("G".to_owned(), 1);
        g.periode = Periode {
            van: dag(van),
            tot: dag(tot),
        };
        g
    }

    /// The plan that counts on day `d`: the newest whose period holds it, by brute force.
    fn op_dag(plannen: &[(i64, i64)], d: i64) -> Option<usize> {
        (0..plannen.len())
            .filter(|&i| plannen[i].0 <= d && d <= plannen[i].1)
            .max_by_key(|&i| (plannen[i].0, plannen[i].1, i))
    }

    proptest! {
        /// Every day of every period belongs to exactly the plan the rule names, checked day by
        /// day against a brute-force reading of the rule.
        #[test]
        fn elke_dag_het_nieuwste_plan(plannen in prop::collection::vec((0i64..60, 0i64..60), 1..7)) {
            let gemeenten: Vec<Gemeente> = plannen.iter().map(|&(a, b)| gemeente(a, b)).collect();
            // Remember the input position through `plan`.
            let gemeenten: Vec<Gemeente> = gemeenten
                .into_iter()
                .enumerate()
                .map(|(i, mut g)| { g.plan = i + 1; g })
                .collect();
            let n = gemeenten.len();
            let uit = orden(gemeenten, &vec![0; n], 1);
            prop_assert_eq!(uit.iter().filter(|g| g.telt_mee).count(), 1);
            let nieuwste = (0..n).max_by_key(|&i| (plannen[i].0, plannen[i].1, i));
            prop_assert_eq!(uit.iter().find(|g| g.telt_mee).map(|g| g.plan - 1), nieuwste);
            for d in -1..62 {
                let verwacht = op_dag(&plannen, d);
                let gevonden: Vec<usize> = uit
                    .iter()
                    .filter(|g| g.geldt_voor.iter().any(|p| p.bevat(dag(d))))
                    .map(|g| g.plan - 1)
                    .collect();
                prop_assert_eq!(gevonden, verwacht.into_iter().collect::<Vec<_>>(), "dag {}", d);
            }
            for g in &uit {
                let perioden: Vec<&Periode> = g.geldt_voor.iter().collect();
                for paar in perioden.windows(2) {
                    prop_assert!(paar[0].tot < paar[1].van, "gesorteerd en gescheiden");
                }
            }
        }
    }

    #[test]
    fn groepen_blijven_bij_elkaar_in_volgorde_van_verschijnen() {
        let namen = ["A", "B", "A", "C", "B"];
        let groep = [0, 1, 0, 2, 1];
        let gemeenten: Vec<Gemeente> = namen
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let mut g = gemeente(10 - i as i64, 20);
                g.naam = (*n).to_owned();
                g.plan = i + 1;
                g
            })
            .collect();
        let uit = orden(gemeenten, &groep, 3);
        let volgorde: Vec<(&str, usize)> = uit.iter().map(|g| (g.naam.as_str(), g.plan)).collect();
        // Within a gemeente oldest first: plan 3 starts before plan 1.
        assert_eq!(volgorde, [("A", 3), ("A", 1), ("B", 5), ("B", 2), ("C", 4)]);
    }
}
