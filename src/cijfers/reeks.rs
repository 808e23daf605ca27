//! The figures out: series per gemeente, theme, indicator and year, with their trend, and the
//! lookups a skeleton (nulmeting) and the controle (streefwaarde, trend) need.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use super::categorie::compact;
use super::cel::{als_getal, getal_tekst};
use super::regio::Regio;
use super::tabel::Tabel;
use crate::catalogus::Thema;
use crate::document::Meting;

/// One year of a series.
///
/// `waarde` is `None` when something it needs was not published (`.`): that is not zero and is
/// never counted as zero. `volledig` is false when the year is not complete: the latest month
/// of a police download is still coming in, months are missing, or a value is unpublished.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Punt {
    /// The year, written as `"periode": "2023"`.
    #[serde(rename = "periode", serialize_with = "jaar_als_tekst")]
    pub jaar: i32,
    /// The count (or, for the Veiligheidsmonitor, the estimate).
    #[serde(with = "als_getal::optie")]
    pub waarde: Option<f64>,
    /// Per 1,000 inhabitants, where the population is known (two decimals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_1000: Option<f64>,
    /// Whether the year is complete and every value in it published.
    pub volledig: bool,
    /// Whether a value in it is marked provisional (`*`).
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub voorlopig: bool,
    /// The lower bound of the 95% confidence interval (Veiligheidsmonitor).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ondergrens: Option<f64>,
    /// The upper bound of the 95% confidence interval (Veiligheidsmonitor).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bovengrens: Option<f64>,
    /// Why the year is incomplete or has no value, in Dutch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opmerking: Option<String>,
}

fn jaar_als_tekst<S: Serializer>(jaar: &i32, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(jaar)
}

impl Punt {
    /// The value, if the year is complete and published: what a nulmeting or trend may use.
    #[must_use]
    pub fn bruikbaar(&self) -> Option<f64> {
        self.waarde.filter(|_| self.volledig)
    }
}

/// Which way a series goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrendRichting {
    /// Going up.
    Stijgend,
    /// Going down.
    Dalend,
    /// Changing less than 1% of its mean per year.
    Gelijk,
}

/// The trend over the complete, published years of a series.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Trend {
    /// The first year used.
    pub van: i32,
    /// The last year used.
    pub tot: i32,
    /// How many years were used (complete and published ones only).
    pub jaren: usize,
    /// The value in the first year.
    #[serde(with = "als_getal")]
    pub eerste: f64,
    /// The value in the last year.
    #[serde(with = "als_getal")]
    pub laatste: f64,
    /// Last minus first (two decimals).
    #[serde(with = "als_getal")]
    pub verschil: f64,
    /// The difference as a percentage of the first (two decimals); `None` when the first is 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub procent: Option<f64>,
    /// The least-squares slope per year (two decimals): the size of the trend.
    pub per_jaar: f64,
    /// The direction of the slope; [`TrendRichting::Gelijk`] when it is less than 1% of the
    /// mean per year.
    pub richting: TrendRichting,
}

impl Trend {
    /// The trend of `(jaar, waarde)` pairs in year order; `None` with fewer than two.
    #[must_use]
    pub fn van_punten(punten: &[(i32, f64)]) -> Option<Trend> {
        let (&(van, eerste), &(tot, laatste)) = (punten.first()?, punten.last()?);
        if punten.len() < 2 {
            return None;
        }
        #[allow(clippy::cast_precision_loss)]
        let n = punten.len() as f64;
        let gem_x = punten.iter().map(|(j, _)| f64::from(*j)).sum::<f64>() / n;
        let gem_y = punten.iter().map(|(_, w)| *w).sum::<f64>() / n;
        let (mut teller, mut noemer) = (0.0, 0.0);
        for (j, w) in punten {
            let dx = f64::from(*j) - gem_x;
            teller += dx * (w - gem_y);
            noemer += dx * dx;
        }
        let per_jaar = if noemer > 0.0 { teller / noemer } else { 0.0 };
        let richting = if per_jaar.abs() < 0.01 * gem_y.abs() || per_jaar == 0.0 {
            TrendRichting::Gelijk
        } else if per_jaar > 0.0 {
            TrendRichting::Stijgend
        } else {
            TrendRichting::Dalend
        };
        // Rounded like the slope, so that 5.7 - 5.8 reads -0.1, not -0.09999999999999964.
        let ruw = laatste - eerste;
        Some(Trend {
            van,
            tot,
            jaren: punten.len(),
            eerste,
            laatste,
            verschil: super::cel::afgerond(ruw),
            procent: (eerste != 0.0).then(|| super::cel::afgerond(ruw / eerste * 100.0)),
            per_jaar: super::cel::afgerond(per_jaar),
            richting,
        })
    }
}

/// A baseline measurement for an effect indicator: the latest complete, published year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nulmeting {
    /// The year.
    pub jaar: i32,
    /// The value.
    pub waarde: f64,
    /// Per 1,000 inhabitants, where known.
    pub per_1000: Option<f64>,
    /// Where it comes from.
    pub bron: Tabel,
}

impl Nulmeting {
    /// `412 in 2023 (Politie 47013NED)`, with the rate where known:
    /// `412 in 2023 (4.1 per 1000 inwoners; Politie 47013NED)`.
    #[must_use]
    pub fn beschrijving(&self) -> String {
        match self.per_1000 {
            Some(p) => format!(
                "{} in {} ({} per 1000 inwoners; {})",
                getal_tekst(self.waarde),
                self.jaar,
                getal_tekst(p),
                self.bron
            ),
            None => format!(
                "{} in {} ({})",
                getal_tekst(self.waarde),
                self.jaar,
                self.bron
            ),
        }
    }
}

impl From<Nulmeting> for Meting {
    fn from(n: Nulmeting) -> Meting {
        Meting {
            jaar: n.jaar,
            waarde: n.waarde,
        }
    }
}

/// The figures of one gemeente (or wijk, buurt) for one theme and indicator from one table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Reeks {
    /// The region as people read it: its name where known, else its key.
    pub gemeente: String,
    /// The region.
    pub regio: Regio,
    /// The theme.
    pub thema: Thema,
    /// The effectindicator, exactly as the handbook words it; `None` for registrations that
    /// belong to the theme by its uitleg but feed none of its indicators.
    pub indicator: Option<&'static str>,
    /// The table.
    pub bron: Tabel,
    /// What is counted or measured (for the Veiligheidsmonitor: the column, without its number).
    pub maat: String,
    /// The categories (or column) that feed the series.
    pub categorieen: Vec<String>,
    /// One point per year, in year order.
    pub waarden: Vec<Punt>,
    /// The trend over the complete, published years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
}

impl Reeks {
    /// The latest complete, published year.
    #[must_use]
    pub fn laatste_volledige(&self) -> Option<&Punt> {
        self.waarden.iter().rev().find(|p| p.bruikbaar().is_some())
    }

    /// The nulmeting a skeleton can fill in: the latest complete, published year.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::cijfers::{bereken, lees, Koppeling};
    /// use kernbeleid::catalogus::Thema;
    ///
    /// let csv = "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n\
    ///            1;1.1.1;GM0363;2023JJ00;412\n\
    ///            2;1.1.1;GM0363;2024JJ00;380\n\
    ///            3;1.1.1;GM0363;2025MM01;31\n";
    /// let cijfers = bereken(&[lees(csv.as_bytes())?], &Koppeling::standaard(), None)?;
    /// let reeks = cijfers
    ///     .reeks_voor("GM0363", Thema::ObjectieveVeiligheid, "Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit")
    ///     .ok_or("geen reeks")?;
    /// let nulmeting = reeks.nulmeting().ok_or("geen nulmeting")?;
    /// assert_eq!((nulmeting.jaar, nulmeting.waarde), (2024, 380.0)); // 2025 is incomplete
    /// assert_eq!(nulmeting.beschrijving(), "380 in 2024 (Politie 47013NED)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nulmeting(&self) -> Option<Nulmeting> {
        let punt = self.laatste_volledige()?;
        Some(Nulmeting {
            jaar: punt.jaar,
            waarde: punt.bruikbaar()?,
            per_1000: punt.per_1000,
            bron: self.bron,
        })
    }

    /// The complete, published years as `jaar → waarde`: the shape of an effect indicator's
    /// measured series (`Effectindicator::reeks`), which the controle compares a streefwaarde
    /// with.
    #[must_use]
    pub fn jaarreeks(&self) -> BTreeMap<i32, f64> {
        self.waarden
            .iter()
            .filter_map(|p| Some((p.jaar, p.bruikbaar()?)))
            .collect()
    }

    /// The same per 1,000 inhabitants, for the complete years whose population is known.
    #[must_use]
    pub fn jaarreeks_per_1000(&self) -> BTreeMap<i32, f64> {
        self.waarden
            .iter()
            .filter(|p| p.volledig)
            .filter_map(|p| Some((p.jaar, p.per_1000?)))
            .collect()
    }
}

/// Why a category stands apart from the themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Apart {
    /// The total of all categories (an overarching indicator, "totaalvolume criminaliteit").
    Totaal,
    /// The mapping puts it into no theme, with a reason.
    GeenThema,
    /// The mapping has no line for it.
    NietIngedeeld,
}

/// The figures of one category that is in no theme: a total, a "geen thema" category, or one
/// the mapping does not know. Listed so that nothing read is dropped.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Categoriereeks {
    /// The region as people read it.
    pub gemeente: String,
    /// The region.
    pub regio: Regio,
    /// The table.
    pub bron: Tabel,
    /// The category.
    pub categorie: String,
    /// Why it stands apart.
    pub soort: Apart,
    /// The mapping's reason, for [`Apart::GeenThema`] and [`Apart::NietIngedeeld`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reden: Option<String>,
    /// One point per year. For a CBS group whose subcategories are in the input too, only the
    /// part they leave over.
    pub waarden: Vec<Punt>,
    /// The trend over the complete, published years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
}

/// A measure of the Veiligheidsmonitor the mapping does not use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NietGebruikt {
    /// The table.
    pub bron: Tabel,
    /// The column as in the header.
    pub maat: String,
    /// Why not, in Dutch.
    pub reden: String,
}

/// Everything computed from the downloads: series per theme, the totals, and what is in no
/// theme. Made by [`bereken`](super::bereken).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Cijfers {
    /// The mapping used (its name).
    pub koppeling: String,
    /// Per gemeente (or wijk, buurt), theme, indicator and table: the series.
    pub reeksen: Vec<Reeks>,
    /// The totals of all categories, per region and table.
    pub totalen: Vec<Categoriereeks>,
    /// Categories in no theme, per region and table.
    pub zonder_thema: Vec<Categoriereeks>,
    /// Veiligheidsmonitor measures the mapping does not use.
    pub niet_gebruikt: Vec<NietGebruikt>,
}

impl Cijfers {
    /// The series of a gemeente (by key or name; its wijken and buurten not included) for a
    /// theme.
    pub fn reeksen_voor<'a>(
        &'a self,
        gemeente: &'a str,
        thema: Thema,
    ) -> impl Iterator<Item = &'a Reeks> + 'a {
        self.reeksen
            .iter()
            .filter(move |r| r.thema == thema && r.regio.is(gemeente))
    }

    /// The series that measures a gemeente's effect indicator, the one a skeleton fills the
    /// nulmeting from and the controle compares with.
    ///
    /// `indicator` is the indicator's text (case, accents, spacing and punctuation ignored),
    /// normally one of the theme's effectindicatoren. Where several series measure it (two
    /// tables, or several Veiligheidsmonitor measures), the one whose latest complete year is
    /// the most recent wins; then the one with more complete years; then the first.
    #[must_use]
    pub fn reeks_voor<'a>(
        &'a self,
        gemeente: &str,
        thema: Thema,
        indicator: &str,
    ) -> Option<&'a Reeks> {
        let gezocht = compact(indicator);
        let mut beste: Option<(&Reeks, (i32, usize))> = None;
        for reeks in self
            .reeksen
            .iter()
            .filter(|r| r.thema == thema && r.regio.is(gemeente))
        {
            if reeks.indicator.map(compact).as_deref() != Some(gezocht.as_str()) {
                continue;
            }
            let score = (
                reeks.laatste_volledige().map_or(i32::MIN, |p| p.jaar),
                reeks.jaarreeks().len(),
            );
            if beste.as_ref().is_none_or(|(_, b)| score > *b) {
                beste = Some((reeks, score));
            }
        }
        beste.map(|(r, _)| r)
    }

    /// Only the figures of one gemeente (by key or name) and its wijken and buurten.
    #[must_use]
    pub fn voor_gemeente(&self, gemeente: &str) -> Cijfers {
        Cijfers {
            koppeling: self.koppeling.clone(),
            reeksen: self
                .reeksen
                .iter()
                .filter(|r| r.regio.hoort_bij(gemeente))
                .cloned()
                .collect(),
            totalen: self
                .totalen
                .iter()
                .filter(|r| r.regio.hoort_bij(gemeente))
                .cloned()
                .collect(),
            zonder_thema: self
                .zonder_thema
                .iter()
                .filter(|r| r.regio.hoort_bij(gemeente))
                .cloned()
                .collect(),
            niet_gebruikt: self.niet_gebruikt.clone(),
        }
    }

    /// Whether nothing was computed at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.reeksen.is_empty() && self.totalen.is_empty() && self.zonder_thema.is_empty()
    }
}
