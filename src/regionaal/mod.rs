//! The regional view: many IVPs stacked, as the police's Regionaal Beleidsplan is built from the
//! local IVPs ("Het Regionaal Beleidsplan wordt opgebouwd vanuit de lokale IVP's binnen de
//! eenheid").
//!
//! [`Overzicht::van`] stacks the IVPs; a joint IVP counts for each of its gemeenten. The
//! overview gives, per theme (the 22 veiligheidsthema's and the strategic themes S1 to S3) and
//! per veld, how many gemeenten make it a priority, an other strategic theme, or leave it out
//! ([`Telling`]), and each gemeente's choice ([`Status`]), and renders as Markdown, CSV or JSON
//! (`serde`). A theme named only in a sub-theme ([`Deelthema`](crate::document::Deelthema))
//! counts as named by the theme it belongs to.
//!
//! # Nothing merged: one entry per gemeente per plan
//!
//! Each plan is kept apart: the overview holds one [`Gemeente`] entry per gemeente per plan,
//! with the plan's number and period, and lists the plans themselves ([`Plan`]). Plans of one
//! gemeente are never merged. A gemeente is recognised across plans by its name without
//! surrounding white space, ASCII letters in either case (as local paragraphs are matched);
//! each entry keeps the plan's own spelling.
//!
//! Where a gemeente has several plans, the rule is: **the newer plan counts where they
//! overlap**. "Newer" is the plan that starts later; of two that start on the same day, the one
//! that ends later; of two with the same period, the one given later (the only place where the
//! order of the input decides anything beyond the order of the entries). Each entry says for
//! which days its plan counts ([`Gemeente::geldt_voor`]): its period minus the days a newer plan
//! of the gemeente runs. The counts ([`Overzicht::telling`]) take each gemeente once, with the
//! choices of its newest plan ([`Gemeente::telt_mee`]); an older plan's choices are shown in
//! its own entry and never override the newer plan's. The Markdown names, per gemeente with
//! several plans, which plan counts for which years.
//!
//! # Plans with errors
//!
//! Each plan goes through the controle ([`controleer_ivp`]). A plan with findings of severity
//! [`Ernst::Fout`] (for example a period that ends before it starts) is stacked like any other,
//! and marked with the number of those findings ([`Plan::fouten`], [`Gemeente::fouten`]) in every
//! output format. A period that ends before it starts holds no day, so such a plan counts for no
//! day; it can still be a gemeente's newest plan by the rule above.
//!
//! # Example
//!
//! ```
//! use kernbeleid::catalogus::{StrategischThema, Thema, Veld};
//! use kernbeleid::document::Periode;
//! use kernbeleid::regionaal::{Overzicht, Status};
//! use kernbeleid::skelet::{ivp, IvpOpties, PrioriteitKeuze};
//!
//! let periode: Periode = "2027-2030".parse()?;
//! let utrecht = ivp(&IvpOpties::new(["Utrecht"], periode, PrioriteitKeuze::lijst("5.2,1.3,S2")?));
//! let gezamenlijk = ivp(&IvpOpties::new(["Lopik", "Montfoort"], periode, PrioriteitKeuze::lijst("5.2,3.1")?));
//!
//! let overzicht = Overzicht::van([&utrecht, &gezamenlijk]);
//! assert_eq!(overzicht.gemeenten.len(), 3);
//! assert_eq!(overzicht.plannen.len(), 2);
//! assert_eq!(overzicht.telling(Thema::OndermijnendeCriminaliteit).prioriteit, 3);
//! assert_eq!(overzicht.telling(Thema::Jeugdoverlast).prioriteit, 2);
//! assert_eq!(overzicht.telling(StrategischThema::ZorgEnVeiligheid).prioriteit, 1);
//! assert_eq!(overzicht.gemeenten[0].status(Thema::Jeugdoverlast), Status::Overig);
//! assert_eq!(overzicht.telling_veld(Veld::VeiligeWoonEnLeefomgeving).prioriteit, 1); // 1.3
//!
//! let markdown = overzicht.naar_markdown();
//! assert!(markdown.starts_with("# Regionaal overzicht van de IVP's\n"));
//! assert!(markdown.contains("| S2 Zorg en Veiligheid | 1 | 0 | 0 | 2 |"));
//! let csv = overzicht.naar_csv();
//! assert!(csv.starts_with("code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Utrecht,Lopik,Montfoort\n"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod geldigheid;
mod kaart;
mod keuze;
mod weergave;

use crate::naam::GemeenteSleutel;
use std::collections::HashMap;

use serde::Serialize;

pub use geldigheid::Perioden;
pub use keuze::{StrategischeKeuzes, StrategischeSet};

use crate::catalogus::Veld;
use crate::controle::{controleer_ivp, Ernst, Rapport};
use crate::document::{Ivp, Periode, ThemaVerwijzing};
use crate::raakvlakken::ThemaSet;
use keuze::{Keuzes, Themas};

/// What one gemeente does with one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A priority (chapter 4), common or in the gemeente's local paragraph.
    Prioriteit,
    /// An other strategic theme (chapter 5).
    Overig,
    /// Explicitly left out, with or without a reason.
    BuitenBeschouwing,
    /// Not mentioned at all.
    NietGenoemd,
}

impl Status {
    /// The word used in the CSV and Markdown cells.
    #[must_use]
    pub const fn woord(self) -> &'static str {
        match self {
            Status::Prioriteit => "prioriteit",
            Status::Overig => "overig",
            Status::BuitenBeschouwing => "buiten beschouwing",
            Status::NietGenoemd => "",
        }
    }
}

/// One gemeente in one plan: its choices as theme sets, the plan's period, and what the plan
/// counts for (see the [module documentation](self) for the rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gemeente {
    /// The name as the IVP writes it.
    pub naam: String,
    /// Its priorities: the common ones of its IVP plus those of its local paragraph, with the
    /// themes named in sub-themes.
    pub prioriteiten: ThemaSet,
    /// Its other strategic themes (themes that are also a priority count as priority).
    pub overig: ThemaSet,
    /// Themes its IVP leaves out explicitly (and names nowhere else).
    pub buiten_beschouwing: ThemaSet,
    /// Its choices among the strategic themes S1 to S3.
    pub strategisch: StrategischeKeuzes,
    /// The number of the plan: its position in the input, from 1 (see [`Overzicht::plannen`]).
    pub plan: usize,
    /// The plan's period.
    pub periode: Periode,
    /// The days of the period for which this plan counts for this gemeente: all of it, unless
    /// a newer plan of the gemeente runs on some of them. Disjoint, earliest first; empty when
    /// a newer plan covers the whole period, or when the period ends before it starts.
    pub geldt_voor: Perioden,
    /// Whether the counts of the overview use this entry: true for the gemeente's newest plan.
    pub telt_mee: bool,
    /// The plan's findings of severity fout in the controle; such a plan is stacked, and
    /// marked.
    pub fouten: usize,
}

impl Gemeente {
    /// An entry with no choices, for plan `plan`.
    pub(crate) fn leeg(naam: String, plan: usize) -> Gemeente {
        Gemeente {
            naam,
            prioriteiten: ThemaSet::EMPTY,
            overig: ThemaSet::EMPTY,
            buiten_beschouwing: ThemaSet::EMPTY,
            strategisch: StrategischeKeuzes::default(),
            plan,
            periode: Periode {
                van: chrono::NaiveDate::MIN,
                tot: chrono::NaiveDate::MIN,
            },
            geldt_voor: Perioden::new(),
            telt_mee: false,
            fouten: 0,
        }
    }

    fn kies(&mut self, keuzes: Keuzes) {
        self.prioriteiten = keuzes.prioriteiten.kbv;
        self.overig = keuzes.overig.kbv;
        self.buiten_beschouwing = keuzes.buiten_beschouwing.kbv;
        self.strategisch = StrategischeKeuzes {
            prioriteiten: keuzes.prioriteiten.strategisch,
            overig: keuzes.overig.strategisch,
            buiten_beschouwing: keuzes.buiten_beschouwing.strategisch,
        };
    }

    /// The status of `thema` (a veiligheidsthema or a strategic theme) in this entry.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::{StrategischThema, Thema};
    /// use kernbeleid::document::Ivp;
    /// use kernbeleid::regionaal::{Overzicht, Status};
    ///
    /// let ivp = Ivp::uit_toml(r#"
    ///     gemeenten = ["Utrecht"]
    ///     periode = { van = "2027-01-01", tot = "2030-12-31" }
    ///     prioriteiten = [{ naam = "Zorg & Veiligheid", themas = ["S2"], deelthemas = [{ naam = "Verward gedrag", themas = ["1.1"] }] }]
    /// "#)?;
    /// let utrecht = &Overzicht::van([&ivp]).gemeenten[0];
    /// assert_eq!(utrecht.status(StrategischThema::ZorgEnVeiligheid), Status::Prioriteit);
    /// assert_eq!(utrecht.status(Thema::SocialeKwaliteit), Status::Prioriteit);
    /// assert_eq!(utrecht.status(Thema::Jeugdoverlast), Status::NietGenoemd);
    /// # Ok::<(), kernbeleid::document::LeesFout>(())
    /// ```
    #[must_use]
    pub fn status(&self, thema: impl Into<ThemaVerwijzing>) -> Status {
        let (p, o, b) = match thema.into() {
            ThemaVerwijzing::Kbv(t) => (
                self.prioriteiten.contains(t),
                self.overig.contains(t),
                self.buiten_beschouwing.contains(t),
            ),
            ThemaVerwijzing::Strategisch(t) => (
                self.strategisch.prioriteiten.contains(t),
                self.strategisch.overig.contains(t),
                self.strategisch.buiten_beschouwing.contains(t),
            ),
        };
        if p {
            Status::Prioriteit
        } else if o {
            Status::Overig
        } else if b {
            Status::BuitenBeschouwing
        } else {
            Status::NietGenoemd
        }
    }
}

/// One plan of the overview, in input order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Plan {
    /// Its number: its position in the input, from 1.
    pub plan: usize,
    /// Where it came from, as the caller named it (a file name), if given
    /// ([`Overzicht::van_bronnen`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bron: Option<String>,
    /// The title as the plan gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// Its period.
    pub periode: Periode,
    /// Its findings of severity fout in the controle ([`controleer_ivp`]).
    pub fouten: usize,
    /// Whether the plan states, filled in, that every theme it does not name continues as
    /// going concern ([`Ivp::stelt_going_concern`]). The overview still counts those themes as not
    /// mentioned (the plan names none of them) and says so beside the plan.
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub going_concern: bool,
}

/// How many gemeenten give a theme (or the themes of a veld) each status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Telling {
    /// Gemeenten that make it a priority.
    pub prioriteit: usize,
    /// Gemeenten that have it as an other strategic theme.
    pub overig: usize,
    /// Gemeenten that leave it out explicitly.
    pub buiten_beschouwing: usize,
    /// Gemeenten that do not mention it.
    pub niet_genoemd: usize,
}

impl Telling {
    fn tel(&mut self, status: Status) {
        match status {
            Status::Prioriteit => self.prioriteit += 1,
            Status::Overig => self.overig += 1,
            Status::BuitenBeschouwing => self.buiten_beschouwing += 1,
            Status::NietGenoemd => self.niet_genoemd += 1,
        }
    }
}

/// Many IVPs stacked: one entry per gemeente per plan, and the plans.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::Ivp;
/// use kernbeleid::regionaal::{Overzicht, Status};
///
/// let a = Ivp::uit_toml(r#"
///     gemeenten = ["Lopik", "Montfoort"]
///     periode = { van = "2027-01-01", tot = "2030-12-31" }
///     prioriteiten = [{ naam = "Ondermijning", themas = ["5.2"] }]
///     lokale_paragrafen = [{ gemeente = "Lopik", prioriteiten = [{ naam = "Jeugd", themas = ["3.1"] }] }]
/// "#)?;
/// let overzicht = Overzicht::van([&a]);
/// assert_eq!(overzicht.telling(Thema::OndermijnendeCriminaliteit).prioriteit, 2);
/// assert_eq!(overzicht.telling(Thema::Jeugdoverlast).prioriteit, 1);
/// assert_eq!(overzicht.gemeenten[1].status(Thema::Jeugdoverlast), Status::NietGenoemd);
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
///
/// Two plans of one gemeente: the newer counts where they overlap.
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::Ivp;
/// use kernbeleid::regionaal::{Overzicht, Status};
///
/// let oud = Ivp::uit_toml(r#"
///     gemeenten = ["Lopik"]
///     periode = { van = "2021-01-01", tot = "2024-12-31" }
///     prioriteiten = [{ naam = "Jeugd", themas = ["3.1"] }]
/// "#)?;
/// let nieuw = Ivp::uit_toml(r#"
///     gemeenten = ["Lopik"]
///     periode = { van = "2023-01-01", tot = "2026-12-31" }
///     prioriteiten = [{ naam = "Ondermijning", themas = ["5.2"] }]
/// "#)?;
/// let overzicht = Overzicht::van([&nieuw, &oud]);
/// let [ouder, nieuwer] = &overzicht.gemeenten[..] else { panic!("twee") };
/// assert_eq!((ouder.plan, nieuwer.plan), (2, 1)); // oldest first, numbered in input order
/// assert_eq!(ouder.geldt_voor.to_string(), "2021-2022");
/// assert_eq!(nieuwer.geldt_voor.to_string(), "2023-2026");
/// assert!(nieuwer.telt_mee && !ouder.telt_mee);
/// assert_eq!(ouder.status(Thema::Jeugdoverlast), Status::Prioriteit);
/// assert_eq!(overzicht.telling(Thema::Jeugdoverlast).prioriteit, 0);
/// assert_eq!(overzicht.telling(Thema::OndermijnendeCriminaliteit).prioriteit, 1);
/// # Ok::<(), kernbeleid::document::LeesFout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overzicht {
    /// One entry per gemeente per plan: the gemeenten in the order they first appear, each
    /// one's plans oldest first (see the [module documentation](self) for the rule).
    pub gemeenten: Vec<Gemeente>,
    /// The plans, in input order (plan `n` at index `n - 1`).
    pub plannen: Vec<Plan>,
}

impl Overzicht {
    /// Stacks `ivps`. A joint IVP counts for each of its gemeenten, with its local paragraphs
    /// applied per gemeente; each plan goes through the controle.
    ///
    /// Linear in the number of IVPs, gemeenten and local paragraphs (plus the controle of each
    /// plan): gemeenten are found by name in a hash map, each IVP's local paragraphs are
    /// gathered per gemeente once, and the entries are grouped per gemeente by a counting sort.
    #[must_use]
    pub fn van<'a>(ivps: impl IntoIterator<Item = &'a Ivp>) -> Overzicht {
        Overzicht::stapel(ivps.into_iter().map(|ivp| (None, ivp)))
    }

    /// As [`van`](Self::van), with a name for each plan (a file name) that the outputs show
    /// in the list of plans ([`Plan::bron`]).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::Ivp;
    /// use kernbeleid::regionaal::Overzicht;
    ///
    /// let ivp = Ivp::uit_toml(r#"
    ///     gemeenten = ["Lopik"]
    ///     periode = { van = "2027-01-01", tot = "2030-12-31" }
    /// "#)?;
    /// let overzicht = Overzicht::van_bronnen([("lopik.toml", &ivp)]);
    /// assert_eq!(overzicht.plannen[0].bron.as_deref(), Some("lopik.toml"));
    /// assert!(overzicht.naar_markdown().contains("lopik.toml"));
    /// # Ok::<(), kernbeleid::document::LeesFout>(())
    /// ```
    #[must_use]
    pub fn van_bronnen<'a, S: Into<String>>(
        plannen: impl IntoIterator<Item = (S, &'a Ivp)>,
    ) -> Overzicht {
        Overzicht::stapel(
            plannen
                .into_iter()
                .map(|(bron, ivp)| (Some(bron.into()), ivp)),
        )
    }

    /// As [`van`](Self::van), with the controle's report of each plan given by the caller (a
    /// tool that has checked the plans already need not check them twice). Only the number of
    /// findings of severity fout is used; `rapport` is meant to be [`controleer_ivp`] of `ivp`.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::controle::controleer_ivp;
    /// use kernbeleid::document::Ivp;
    /// use kernbeleid::regionaal::Overzicht;
    ///
    /// let ivp = Ivp::uit_toml(r#"
    ///     gemeenten = ["Lopik"]
    ///     periode = { van = "2027-01-01", tot = "2026-12-31" }
    /// "#)?;
    /// let rapport = controleer_ivp(&ivp);
    /// assert!(!rapport.is_geldig());
    /// let overzicht = Overzicht::van_gecontroleerd([(&ivp, &rapport)]);
    /// assert_eq!(overzicht, Overzicht::van([&ivp]));
    /// assert!(overzicht.plannen[0].fouten > 0);
    /// # Ok::<(), kernbeleid::document::LeesFout>(())
    /// ```
    #[must_use]
    pub fn van_gecontroleerd<'a>(
        plannen: impl IntoIterator<Item = (&'a Ivp, &'a Rapport)>,
    ) -> Overzicht {
        Overzicht::stapel_met(
            plannen
                .into_iter()
                .map(|(ivp, rapport)| (None, ivp, fouten(rapport))),
        )
    }

    fn stapel<'a>(plannen: impl Iterator<Item = (Option<String>, &'a Ivp)>) -> Overzicht {
        Overzicht::stapel_met(plannen.map(|(bron, ivp)| (bron, ivp, fouten(&controleer_ivp(ivp)))))
    }

    /// Stacks plans with their source and their number of findings of severity fout.
    fn stapel_met<'a>(
        plannen: impl Iterator<Item = (Option<String>, &'a Ivp, usize)>,
    ) -> Overzicht {
        // Room for one gemeente per IVP (the usual case) from the start.
        let verwacht = plannen.size_hint().0;
        let mut overzicht = Overzicht {
            gemeenten: Vec::with_capacity(verwacht),
            plannen: Vec::with_capacity(verwacht),
        };
        // Per entry of `overzicht.gemeenten`: its gemeente, numbered in order of appearance.
        let mut groep: Vec<usize> = Vec::with_capacity(verwacht);
        let mut nummer: HashMap<GemeenteSleutel<'a>, usize> = HashMap::with_capacity(verwacht);
        // Per gemeente of one IVP: the themes of its local paragraphs (priorities, other).
        let mut lokaal: HashMap<GemeenteSleutel<'a>, (Themas, Themas)> = HashMap::new();
        for (i, (bron, ivp, fouten)) in plannen.enumerate() {
            overzicht.plannen.push(Plan {
                plan: i + 1,
                bron,
                titel: ivp.titel.clone(),
                periode: ivp.periode,
                fouten,
                going_concern: ivp.stelt_going_concern(),
            });
            let prio = Themas::van(&ivp.prioriteiten);
            let overig = Themas::van(&ivp.overige_themas);
            let buiten = Themas::buiten_beschouwing(ivp);
            lokaal.clear();
            for l in &ivp.lokale_paragrafen {
                let (p, o) = lokaal.entry(GemeenteSleutel::new(&l.gemeente)).or_default();
                *p |= Themas::van(&l.prioriteiten);
                *o |= Themas::van(&l.overige_themas);
            }
            for naam in &ivp.gemeenten {
                let sleutel = GemeenteSleutel::new(naam);
                let (lp, lo) = lokaal.get(&sleutel).copied().unwrap_or_default();
                let volgende = nummer.len();
                groep.push(*nummer.entry(sleutel).or_insert(volgende));
                let mut gemeente = Gemeente::leeg(naam.clone(), i + 1);
                gemeente.periode = ivp.periode;
                gemeente.fouten = fouten;
                gemeente.kies(Keuzes::new(prio | lp, overig | lo, buiten));
                overzicht.gemeenten.push(gemeente);
            }
        }
        overzicht.gemeenten = geldigheid::orden(overzicht.gemeenten, &groep, nummer.len());
        overzicht
    }

    /// The plan of an entry.
    #[must_use]
    pub fn plan(&self, gemeente: &Gemeente) -> Option<&Plan> {
        self.plannen.get(gemeente.plan.checked_sub(1)?)
    }

    /// The entries the counts use: each gemeente's newest plan.
    pub fn tellend(&self) -> impl Iterator<Item = &Gemeente> + '_ {
        self.gemeenten.iter().filter(|g| g.telt_mee)
    }

    /// The counts for one theme, a veiligheidsthema or a strategic theme: each gemeente once,
    /// with its newest plan.
    #[must_use]
    pub fn telling(&self, thema: impl Into<ThemaVerwijzing>) -> Telling {
        let thema = thema.into();
        let mut t = Telling::default();
        for g in self.tellend() {
            t.tel(g.status(thema));
        }
        t
    }

    /// The counts for a veld: per gemeente (its newest plan), the best status any of the veld's
    /// themes has (a gemeente with one priority in the veld counts once as prioriteit).
    #[must_use]
    pub fn telling_veld(&self, veld: Veld) -> Telling {
        let mut t = Telling::default();
        for g in self.tellend() {
            let status = veld
                .themas()
                .iter()
                .map(|th| g.status(*th))
                .min()
                .unwrap_or(Status::NietGenoemd);
            t.tel(status);
        }
        t
    }
}

/// The findings of severity fout in `rapport`.
fn fouten(rapport: &Rapport) -> usize {
    rapport
        .diagnoses()
        .iter()
        .filter(|d| d.ernst == Ernst::Fout)
        .count()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use strum::{EnumCount, VariantArray};

    use super::*;
    use crate::catalogus::{StrategischThema, Thema};

    /// Every theme, veiligheidsthema's then strategic themes.
    fn alle_themas() -> impl Iterator<Item = ThemaVerwijzing> {
        Thema::VARIANTS
            .iter()
            .map(|&t| ThemaVerwijzing::from(t))
            .chain(StrategischThema::VARIANTS.iter().map(|&t| t.into()))
    }

    /// The status of `thema` for `naam` in `ivp`, read naively: a linear search over the local
    /// paragraphs, sub-themes included.
    fn naief(ivp: &Ivp, naam: &str, thema: ThemaVerwijzing) -> Status {
        let noemt = |u: &crate::document::Themauitwerking| {
            u.themas.contains(&thema) || u.deelthemas.iter().any(|d| d.themas.contains(&thema))
        };
        let lokaal: Vec<_> = ivp
            .lokale_paragrafen
            .iter()
            .filter(|l| l.gemeente.trim().eq_ignore_ascii_case(naam.trim()))
            .collect();
        if ivp.prioriteiten.iter().any(noemt)
            || lokaal.iter().any(|l| l.prioriteiten.iter().any(noemt))
        {
            Status::Prioriteit
        } else if ivp.overige_themas.iter().any(noemt)
            || lokaal.iter().any(|l| l.overige_themas.iter().any(noemt))
        {
            Status::Overig
        } else if ivp.buiten_beschouwing.iter().any(|b| b.thema == thema) {
            Status::BuitenBeschouwing
        } else {
            Status::NietGenoemd
        }
    }

    /// Names that differ only in case or surrounding white space, also outside ASCII.
    const NAMEN: [&str; 8] = [
        "Lopik",
        "lopik",
        " LOPIK ",
        "Montfoort",
        "montfoort\t",
        "IJsselstein",
        "Ĳsselstein",
        "ĳsselstein",
    ];

    /// How many different gemeenten `NAMEN` holds: Lopik, Montfoort, IJsselstein, Ĳsselstein,
    /// ĳsselstein (non-ASCII letters are not folded).
    fn gemeente_van(naam: &str) -> String {
        naam.trim().to_ascii_lowercase()
    }

    /// A theme code, veiligheidsthema or strategic theme.
    fn code(i: usize) -> &'static str {
        let i = i % (Thema::COUNT + StrategischThema::COUNT);
        match Thema::VARIANTS.get(i) {
            Some(t) => t.code(),
            None => StrategischThema::VARIANTS[i - Thema::COUNT].code(),
        }
    }

    fn codes(themas: &[usize]) -> String {
        let codes: Vec<String> = themas.iter().map(|&i| format!("\"{}\"", code(i))).collect();
        codes.join(", ")
    }

    /// An IVP in TOML: its gemeenten, start year, priorities, themes of a sub-theme, other
    /// themes, themes left out, and local paragraphs (gemeente, priorities, other themes).
    type Opzet = (
        Vec<usize>,
        i32,
        Vec<usize>,
        Vec<usize>,
        Vec<usize>,
        Vec<usize>,
        Vec<(usize, Vec<usize>, Vec<usize>)>,
    );

    fn ivp((gemeenten, jaar, prio, deel, overig, buiten, lokaal): &Opzet) -> Ivp {
        let namen: Vec<String> = gemeenten
            .iter()
            .map(|&i| format!("{:?}", NAMEN[i % NAMEN.len()]))
            .collect();
        let mut toml = format!(
            "gemeenten = [{}]\nperiode = {{ van = \"{jaar}-01-01\", tot = \"{}-12-31\" }}\n",
            namen.join(", "),
            jaar + 3
        );
        toml += &format!(
            "prioriteiten = [{{ naam = \"P\", themas = [{}], deelthemas = [{{ naam = \"D\", themas = [{}] }}] }}]\n",
            codes(prio),
            codes(deel)
        );
        toml += &format!(
            "overige_themas = [{{ naam = \"O\", themas = [{}] }}]\n",
            codes(overig)
        );
        for &b in buiten {
            toml += &format!("[[buiten_beschouwing]]\nthema = \"{}\"\n", code(b));
        }
        for (g, p, o) in lokaal {
            toml += &format!(
                "[[lokale_paragrafen]]\ngemeente = {:?}\nprioriteiten = [{{ naam = \"LP\", themas = [{}] }}]\noverige_themas = [{{ naam = \"LO\", themas = [{}] }}]\n",
                NAMEN[g % NAMEN.len()],
                codes(p),
                codes(o)
            );
        }
        Ivp::uit_toml(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"))
    }

    fn opzet() -> impl Strategy<Value = Opzet> {
        let themas = || prop::collection::vec(0usize..25, 0..4);
        (
            prop::collection::vec(0usize..8, 1..4),
            2019i32..2024,
            themas(),
            themas(),
            themas(),
            themas(),
            prop::collection::vec((0usize..8, themas(), themas()), 0..4),
        )
    }

    proptest! {
        /// Every gemeente of every plan has its own entry with the plan's choices, as a naive
        /// reading gives them; each gemeente counts once.
        #[test]
        fn elke_gemeente_van_elk_plan_zoals_naief_gelezen(opzetten in prop::collection::vec(opzet(), 1..6)) {
            let ivps: Vec<Ivp> = opzetten.iter().map(ivp).collect();
            let overzicht = Overzicht::van(&ivps);
            let aantal: usize = ivps.iter().map(|i| i.gemeenten.len()).sum();
            prop_assert_eq!(overzicht.gemeenten.len(), aantal);
            for (i, ivp) in ivps.iter().enumerate() {
                for naam in &ivp.gemeenten {
                    let g = overzicht
                        .gemeenten
                        .iter()
                        .find(|g| g.plan == i + 1 && g.naam == *naam);
                    prop_assert!(g.is_some(), "{} van plan {} ontbreekt", naam, i + 1);
                    let g = g.expect("gevonden");
                    prop_assert_eq!(g.periode, ivp.periode);
                    for thema in alle_themas() {
                        prop_assert_eq!(g.status(thema), naief(ivp, naam, thema), "{:?}", thema);
                    }
                }
            }
            let mut verschillend: Vec<String> = ivps
                .iter()
                .flat_map(|i| i.gemeenten.iter().map(|n| gemeente_van(n)))
                .collect();
            verschillend.sort();
            verschillend.dedup();
            let mut tellend: Vec<String> = overzicht.tellend().map(|g| gemeente_van(&g.naam)).collect();
            tellend.sort();
            prop_assert_eq!(tellend, verschillend);
            for thema in alle_themas() {
                let t = overzicht.telling(thema);
                prop_assert_eq!(
                    t.prioriteit + t.overig + t.buiten_beschouwing + t.niet_genoemd,
                    overzicht.tellend().count()
                );
            }
        }
    }
}
