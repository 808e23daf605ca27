//! Measured figures into a document: the nulmeting and the series of each effect indicator the
//! downloads measure, and the figures per theme of the veiligheidsanalyse.
//!
//! Only what is open is filled: a nulmeting that is absent or still a placeholder, an empty
//! series, an absent unit, source or toelichting. What the plan states itself is never
//! overwritten, and what the figures do not measure stays as it was (a placeholder in a
//! skeleton): nothing is invented.

use core::fmt::Write as _;
use std::collections::BTreeMap;

use crate::catalogus::Thema;
use crate::cijfers::{Apart, Cijfers, Nulmeting, Punt, Reeks, Tabel, Trend, TrendRichting};
use crate::document::{
    Cijfer, Effectindicator, IndicatorSoort, Invulbaar, Ivp, Meting, ThemaAnalyse, Themauitwerking,
    Veiligheidsanalyse,
};

/// One effect indicator whose nulmeting [`vul_cijfers`] filled from measured figures.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Ingevuld {
    /// Where the indicator stands in the document, as the controle writes paths:
    /// `/prioriteiten/0/effectindicatoren/1`.
    pub pad: String,
    /// The gemeente whose figures were used.
    pub gemeente: String,
    /// The indicator's name.
    pub indicator: String,
    /// The nulmeting filled in: the latest complete, published year.
    pub nulmeting: Nulmeting,
    /// How many complete, published years the series filled in holds.
    pub jaren: usize,
}

/// The measured series behind one indicator, from a theme's series or from a total.
struct Gemeten<'a> {
    gemeente: &'a str,
    bron: Tabel,
    /// What is counted, with the categories: `geregistreerde misdrijven (1.1.1 ... + 1.2.3 ...)`.
    wat: String,
    waarden: &'a [Punt],
    trend: Option<&'a Trend>,
}

impl<'a> Gemeten<'a> {
    fn van_reeks(r: &'a Reeks) -> Gemeten<'a> {
        let wat = if r.bron.telt() {
            format!("{} ({})", r.maat, r.categorieen.join(" + "))
        } else {
            leesbaar(&r.maat)
        };
        Gemeten {
            gemeente: &r.gemeente,
            bron: r.bron,
            wat,
            waarden: &r.waarden,
            trend: r.trend.as_ref(),
        }
    }

    fn nulmeting(&self) -> Option<Nulmeting> {
        let punt = self
            .waarden
            .iter()
            .rev()
            .find(|p| p.bruikbaar().is_some())?;
        Some(Nulmeting {
            jaar: punt.jaar,
            waarde: punt.bruikbaar()?,
            per_1000: punt.per_1000,
            bron: self.bron,
        })
    }

    fn jaarreeks(&self) -> BTreeMap<i32, f64> {
        self.waarden
            .iter()
            .filter_map(|p| Some((p.jaar, p.bruikbaar()?)))
            .collect()
    }

    /// The unit an indicator gets: `geregistreerde misdrijven per jaar (Politie 47013NED)`, or
    /// for the Veiligheidsmonitor the measure in words: `rapportcijfer veiligheid in buurt
    /// (Veiligheidsmonitor 85146NED)`.
    fn eenheid(&self) -> String {
        if self.bron.telt() {
            format!("{} per jaar ({})", self.bron.maat(), self.bron)
        } else {
            format!("{} ({})", self.wat, self.bron)
        }
    }

    /// The trend in words: `2022-2024 dalend, -165 per jaar`.
    fn trend_tekst(&self) -> Option<String> {
        let t = self.trend?;
        let richting = match t.richting {
            TrendRichting::Stijgend => "stijgend",
            TrendRichting::Dalend => "dalend",
            TrendRichting::Gelijk => "gelijk",
        };
        Some(format!(
            "{}-{} {richting}, {} per jaar",
            t.van,
            t.tot,
            getal(t.per_jaar)
        ))
    }
}

/// A measure as people read it. A CBS column id (`SocialeCohesieSchaalscore`, the stem of a
/// download with ids instead of titles) becomes its words in lower case, `sociale cohesie
/// schaalscore`; a run of capitals stays (`OM`). A title (with a space) stays as it is: the
/// download states no more than this, so no unit is added that it does not give.
fn leesbaar(maat: &str) -> String {
    if maat.contains(char::is_whitespace) {
        return maat.to_owned();
    }
    let tekens: Vec<char> = maat.chars().collect();
    let mut woorden: Vec<String> = Vec::new();
    let mut woord = String::new();
    for (i, &c) in tekens.iter().enumerate() {
        let vorige = i.checked_sub(1).and_then(|j| tekens.get(j)).copied();
        let volgende = tekens.get(i + 1).copied();
        let grens = c.is_uppercase()
            && vorige.is_some_and(|v| {
                v.is_lowercase()
                    || v.is_ascii_digit()
                    || (v.is_uppercase() && volgende.is_some_and(char::is_lowercase))
            });
        if grens && !woord.is_empty() {
            woorden.push(std::mem::take(&mut woord));
        }
        woord.push(c);
    }
    if !woord.is_empty() {
        woorden.push(woord);
    }
    woorden
        .into_iter()
        .map(|w| {
            let hoofdletters = w.chars().filter(|c| c.is_uppercase()).count();
            if hoofdletters == 1 && w.chars().next().is_some_and(char::is_uppercase) {
                w.to_lowercase()
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A number as Dutch text: `5570`, `14,88`.
fn getal(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{x:.0}")
    } else {
        x.to_string().replace('.', ",")
    }
}

/// Whether a value still has to be filled in: absent, or a placeholder.
fn open<T>(v: &Option<Invulbaar<T>>) -> bool {
    v.as_ref().is_none_or(Invulbaar::is_in_te_vullen)
}

/// The best-measured series for an indicator of one of `themas` in `gemeente`: see
/// [`Cijfers::reeks_voor`]; across themes the first theme that has one.
fn reeks_voor<'a>(
    cijfers: &'a Cijfers,
    gemeente: &str,
    themas: &[Thema],
    naam: &str,
) -> Option<Gemeten<'a>> {
    themas
        .iter()
        .find_map(|t| cijfers.reeks_voor(gemeente, *t, naam))
        .map(Gemeten::van_reeks)
}

/// Whether an overarching indicator counts all registered crime ("Totaalvolume criminaliteit",
/// "totaal geregistreerde misdrijven"): its name holds "totaal" and "criminaliteit" or
/// "misdrijven".
fn is_totaal(ind: &Effectindicator) -> bool {
    let Some(naam) = ind.naam.waarde() else {
        return false;
    };
    let naam = naam.to_lowercase();
    naam.contains("totaal") && (naam.contains("criminaliteit") || naam.contains("misdrijven"))
}

/// The total of all registered crime in `gemeente`, from the police's or CBS's crime tables;
/// the one whose latest complete year is the most recent, then the one with more years.
fn totaal_voor<'a>(cijfers: &'a Cijfers, gemeente: &str) -> Option<Gemeten<'a>> {
    cijfers
        .totalen
        .iter()
        .filter(|r| {
            r.soort == Apart::Totaal
                && r.regio.is(gemeente)
                && matches!(
                    r.bron,
                    Tabel::GeregistreerdeMisdrijven
                        | Tabel::MisdrijvenWijkBuurt
                        | Tabel::Criminaliteit
                )
        })
        .map(|r| Gemeten {
            gemeente: &r.gemeente,
            bron: r.bron,
            wat: format!("{} ({})", r.bron.maat(), r.categorie),
            waarden: &r.waarden,
            trend: r.trend.as_ref(),
        })
        .fold(None, |beste: Option<(Gemeten<'a>, (i32, usize))>, g| {
            let score = (
                g.nulmeting().map_or(i32::MIN, |n| n.jaar),
                g.jaarreeks().len(),
            );
            match beste {
                // On a tie the first (the police's table before CBS's) stays.
                Some((b, s)) if s >= score => Some((b, s)),
                _ => Some((g, score)),
            }
        })
        .map(|(g, _)| g)
}

/// Where the figures for the indicators come from: one gemeente, or several (a joint plan).
struct Vuller<'a> {
    cijfers: &'a Cijfers,
    gemeenten: &'a [String],
    ingevuld: Vec<Ingevuld>,
}

impl Vuller<'_> {
    fn uitwerking(&mut self, u: &mut Themauitwerking, pad: &str) {
        let themas: Vec<Thema> = u.themas.iter().filter_map(|t| t.thema()).collect();
        if themas.is_empty() {
            return;
        }
        for (i, ind) in u.effectindicatoren.iter_mut().enumerate() {
            let Some(naam) = ind.naam.waarde().cloned() else {
                continue;
            };
            let cijfers = self.cijfers;
            self.indicator(ind, &format!("{pad}/effectindicatoren/{i}"), |g| {
                reeks_voor(cijfers, g, &themas, &naam)
            });
        }
    }

    fn indicator<'c>(
        &mut self,
        ind: &mut Effectindicator,
        pad: &str,
        zoek: impl Fn(&str) -> Option<Gemeten<'c>>,
    ) {
        if !open(&ind.nulmeting) {
            return;
        }
        if let [gemeente] = self.gemeenten {
            if let Some(gemeten) = zoek(gemeente) {
                self.vul(ind, pad, &gemeten);
            }
            return;
        }
        // A joint plan: the figures are per gemeente; what the plan measures for all of them
        // together is the coordinator's choice (a sum, a rate, one gemeente), so the nulmeting
        // stays open and says what was measured.
        let per_gemeente: Vec<String> = self
            .gemeenten
            .iter()
            .filter_map(|g| {
                let gemeten = zoek(g)?;
                let n = gemeten.nulmeting()?;
                Some(format!(
                    "{} {} in {} ({})",
                    gemeten.gemeente,
                    getal(n.waarde),
                    n.jaar,
                    n.bron
                ))
            })
            .collect();
        if !per_gemeente.is_empty() {
            ind.nulmeting = Some(Invulbaar::in_te_vullen(format!(
                "jaar en waarde van de nulmeting voor de gemeenten samen; gemeten per gemeente: {}",
                per_gemeente.join("; ")
            )));
        }
    }

    fn vul(&mut self, ind: &mut Effectindicator, pad: &str, gemeten: &Gemeten<'_>) {
        let Some(nulmeting) = gemeten.nulmeting() else {
            return;
        };
        ind.nulmeting = Some(Invulbaar::Waarde(Meting::from(nulmeting)));
        let reeks = gemeten.jaarreeks();
        let jaren = reeks.len();
        if ind.reeks.is_empty() {
            ind.reeks = reeks;
        }
        if ind.eenheid.is_none() {
            ind.eenheid = Some(gemeten.eenheid());
        }
        if ind.bron.is_none() {
            ind.bron = Some(gemeten.bron.indicator_bron());
        }
        if ind.soort.is_none() {
            ind.soort = Some(if gemeten.bron.telt() {
                IndicatorSoort::Objectief
            } else {
                IndicatorSoort::Subjectief
            });
        }
        let trend = gemeten.trend_tekst();
        if ind.toelichting.is_none() {
            let mut t = format!(
                "Nulmeting en reeks: {}, {}, {}.",
                gemeten.bron, gemeten.wat, gemeten.gemeente
            );
            if let Some(p) = nulmeting.per_1000 {
                let _ = write!(t, " In {}: {} per 1000 inwoners.", nulmeting.jaar, getal(p));
            }
            if let Some(trend) = &trend {
                let _ = write!(t, " Trend {trend}.");
            }
            let _ = write!(
                t,
                " Ingedeeld met de koppeling \"{}\".",
                self.cijfers.koppeling
            );
            ind.toelichting = Some(Invulbaar::Waarde(t));
        }
        if let (Some(trend), Some(Invulbaar::InTeVullen { in_te_vullen })) =
            (&trend, &mut ind.streefwaarde)
        {
            let _ = write!(
                in_te_vullen,
                "; houd rekening met de gemeten trend ({trend})"
            );
        }
        self.ingevuld.push(Ingevuld {
            pad: pad.to_owned(),
            gemeente: gemeten.gemeente.to_owned(),
            indicator: ind.naam.waarde().cloned().unwrap_or_default(),
            nulmeting,
            jaren,
        });
    }
}

/// Fills the effect indicators of an IVP from measured figures: for each indicator the figures
/// measure, the nulmeting (the latest complete, published year), the measured series
/// (`reeks`, the complete years, which the controle compares a streefwaarde with), and, where
/// absent, the unit, source and kind, a toelichting naming the table, categories, trend and
/// mapping, and the trend in the streefwaarde's placeholder.
///
/// - An indicator is measured when its name is one of the handbook's effectindicatoren of a
///   theme of its priority (or overig thema) that the mapping feeds ([`Cijfers::reeks_voor`]),
///   which is what a skeleton suggests. An overarching indicator of the strategic goal whose
///   name speaks of the total of crime ("Totaalvolume criminaliteit") gets the total of all
///   registered crime (police 47013NED/47022NED or CBS 83648NED).
/// - Only an open nulmeting (absent or a placeholder) is filled; a nulmeting the plan states is
///   left alone, and so is its indicator.
/// - The figures are those of the IVP's gemeente; a local paragraph's priorities get those of
///   its gemeente. A joint IVP's own indicators keep an open nulmeting, whose aanwijzing lists
///   the nulmeting measured in each gemeente: what the gemeenten measure together is theirs to
///   choose.
///
/// Returns the indicators filled, in document order.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::{bereken, lees, Koppeling};
/// use kernbeleid::controle::controleer_ivp;
/// use kernbeleid::document::{Invulbaar, Meting};
/// use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
///
/// let csv = "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n\
///            1;1.1.1;GM0344;2022JJ00;450\n\
///            2;1.1.1;GM0344;2023JJ00;412\n\
///            3;1.1.1;GM0344;2024JJ00;380\n";
/// let cijfers = bereken(&[lees(csv.as_bytes())?], &Koppeling::standaard(), None)?;
///
/// let opties = IvpOpties::new(["GM0344"], "2027-2030".parse()?, PrioriteitKeuze::lijst("1.3")?);
/// let mut ivp = skelet::ivp(&opties);
/// let ingevuld = skelet::vul_cijfers(&mut ivp, &cijfers);
/// assert_eq!(ingevuld.len(), 1);
/// assert_eq!(ingevuld[0].pad, "/prioriteiten/0/effectindicatoren/0");
///
/// let indicator = &ivp.prioriteiten[0].effectindicatoren[0];
/// assert_eq!(indicator.nulmeting, Some(Invulbaar::Waarde(Meting { jaar: 2024, waarde: 380.0 })));
/// assert_eq!(indicator.reeks.len(), 3);
/// assert_eq!(indicator.eenheid.as_deref(), Some("geregistreerde misdrijven per jaar (Politie 47013NED)"));
/// // The subjective indicator has no figures here: it stays a placeholder.
/// assert!(ivp.prioriteiten[0].effectindicatoren[1].nulmeting.as_ref().is_some_and(Invulbaar::is_in_te_vullen));
/// assert_eq!(controleer_ivp(&ivp).fouten(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn vul_cijfers(ivp: &mut Ivp, cijfers: &Cijfers) -> Vec<Ingevuld> {
    let gemeenten = ivp.gemeenten.clone();
    let mut vuller = Vuller {
        cijfers,
        gemeenten: &gemeenten,
        ingevuld: Vec::new(),
    };
    for (i, ind) in ivp
        .strategische_doelstelling
        .kwantitatief
        .iter_mut()
        .enumerate()
    {
        if is_totaal(ind) {
            vuller.indicator(
                ind,
                &format!("/strategische_doelstelling/kwantitatief/{i}"),
                |g| totaal_voor(cijfers, g),
            );
        }
    }
    for (i, p) in ivp.prioriteiten.iter_mut().enumerate() {
        vuller.uitwerking(p, &format!("/prioriteiten/{i}"));
    }
    for (i, o) in ivp.overige_themas.iter_mut().enumerate() {
        vuller.uitwerking(o, &format!("/overige_themas/{i}"));
    }
    let mut ingevuld = vuller.ingevuld;
    for (k, lokaal) in ivp.lokale_paragrafen.iter_mut().enumerate() {
        let gemeente = [lokaal.gemeente.clone()];
        let mut vuller = Vuller {
            cijfers,
            gemeenten: &gemeente,
            ingevuld: Vec::new(),
        };
        for (i, p) in lokaal.prioriteiten.iter_mut().enumerate() {
            vuller.uitwerking(p, &format!("/lokale_paragrafen/{k}/prioriteiten/{i}"));
        }
        for (i, o) in lokaal.overige_themas.iter_mut().enumerate() {
            vuller.uitwerking(o, &format!("/lokale_paragrafen/{k}/overige_themas/{i}"));
        }
        ingevuld.append(&mut vuller.ingevuld);
    }
    ingevuld
}

/// Fills the figures per theme of a veiligheidsanalyse from measured figures, for each of its
/// gemeenten; returns how many figures it added.
///
/// - A figure the handbook suggests (an effect indicator of the theme, still without year and
///   with its value a placeholder, as a skeleton has it) is replaced by the measured figures
///   for it: one per complete, published year and series, and one per 1,000 inhabitants where
///   the population is known. A suggested figure nothing measures stays as it is.
/// - Series that feed the theme without feeding one of its indicators are added after them.
/// - Each figure's omschrijving names what is counted, the table and (in an analysis of
///   several gemeenten) the gemeente; incomplete years (the police's latest month) and
///   unpublished values are left out: they are not a figure of that year.
/// - The problematiek, while still a placeholder, gets the measured trends appended.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::cijfers::{bereken, lees, Koppeling};
/// use kernbeleid::skelet::{analyse, vul_analyse_cijfers};
///
/// let csv = "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n\
///            1;1.1.1;GM0344;2023JJ00;412\n\
///            2;1.1.1;GM0344;2024JJ00;380\n";
/// let cijfers = bereken(&[lees(csv.as_bytes())?], &Koppeling::standaard(), None)?;
/// let mut a = analyse(["GM0344"], 2026);
/// assert_eq!(vul_analyse_cijfers(&mut a, &cijfers), 2);
/// let t = a.themas.iter().find(|t| t.thema == Thema::ObjectieveVeiligheid).ok_or("1.3")?;
/// let gemeten: Vec<_> = t.cijfers.iter().filter(|c| c.jaar.is_some()).collect();
/// assert_eq!((gemeten[0].jaar, gemeten[1].jaar), (Some(2023), Some(2024)));
/// assert!(gemeten[0].omschrijving.contains("Politie 47013NED"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn vul_analyse_cijfers(analyse: &mut Veiligheidsanalyse, cijfers: &Cijfers) -> usize {
    let gemeenten = analyse.gemeenten.clone();
    analyse
        .themas
        .iter_mut()
        .map(|t| thema_cijfers(t, &gemeenten, cijfers))
        .sum()
}

fn thema_cijfers(t: &mut ThemaAnalyse, gemeenten: &[String], cijfers: &Cijfers) -> usize {
    let meer = gemeenten.len() > 1;
    let reeksen: Vec<&Reeks> = gemeenten
        .iter()
        .flat_map(|g| cijfers.reeksen_voor(g, t.thema))
        .collect();
    if reeksen.is_empty() {
        return 0;
    }
    let mut gebruikt = vec![false; reeksen.len()];
    let mut uit = Vec::with_capacity(t.cijfers.len());
    let mut toegevoegd = 0;
    for c in t.cijfers.drain(..) {
        let voorgesteld =
            c.jaar.is_none() && c.waarde.as_ref().is_some_and(Invulbaar::is_in_te_vullen);
        let mut vervangen = false;
        if voorgesteld {
            for (r, gebruik) in reeksen.iter().zip(gebruikt.iter_mut()) {
                if let Some(indicator) = r.indicator.filter(|i| *i == c.omschrijving) {
                    let nieuw = figuren(r, Some(indicator), meer);
                    if !nieuw.is_empty() {
                        toegevoegd += nieuw.len();
                        uit.extend(nieuw);
                        vervangen = true;
                    }
                    *gebruik = true;
                }
            }
        }
        if !vervangen {
            uit.push(c);
        }
    }
    for (r, _) in reeksen.iter().zip(&gebruikt).filter(|(_, g)| !**g) {
        let nieuw = figuren(r, r.indicator, meer);
        toegevoegd += nieuw.len();
        uit.extend(nieuw);
    }
    t.cijfers = uit;
    if let Some(Invulbaar::InTeVullen { in_te_vullen }) = &mut t.problematiek {
        let trends: Vec<String> = reeksen
            .iter()
            .filter_map(|r| {
                let g = Gemeten::van_reeks(r);
                let trend = g.trend_tekst()?;
                let wie = if meer {
                    format!("{}, ", r.gemeente)
                } else {
                    String::new()
                };
                Some(format!("{wie}{} ({}): {trend}", g.wat, r.bron))
            })
            .collect();
        if !trends.is_empty() {
            let _ = write!(in_te_vullen, ". Gemeten trends: {}", trends.join("; "));
        }
    }
    toegevoegd
}

/// The figures of one series: per complete, published year the value, and the rate per 1,000
/// inhabitants where known.
fn figuren(r: &Reeks, indicator: Option<&str>, met_gemeente: bool) -> Vec<Cijfer> {
    let g = Gemeten::van_reeks(r);
    let mut omschrijving = String::new();
    if met_gemeente {
        let _ = write!(omschrijving, "{}: ", r.gemeente);
    }
    if let Some(i) = indicator {
        let _ = write!(omschrijving, "{i}: ");
    }
    let _ = write!(omschrijving, "{}, {}", g.wat, r.bron);
    let eenheid = if r.bron.telt() {
        format!("{} per jaar", r.bron.maat())
    } else {
        leesbaar(&r.maat)
    };
    let mut uit = Vec::new();
    for p in &r.waarden {
        let Some(waarde) = p.bruikbaar() else {
            continue;
        };
        let cijfer = |waarde: f64, eenheid: String| Cijfer {
            omschrijving: omschrijving.clone(),
            jaar: Some(p.jaar),
            waarde: Some(Invulbaar::Waarde(waarde)),
            eenheid: Some(eenheid),
            bron: Some(r.bron.indicator_bron()),
        };
        uit.push(cijfer(waarde, eenheid.clone()));
        if let Some(per_1000) = p.per_1000 {
            uit.push(cijfer(per_1000, "per 1000 inwoners".to_owned()));
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::leesbaar;

    #[test]
    fn een_kolomnaam_wordt_woorden() {
        assert_eq!(
            leesbaar("SocialeCohesieSchaalscore"),
            "sociale cohesie schaalscore"
        );
        assert_eq!(
            leesbaar("RapportcijferVeiligheidInBuurt"),
            "rapportcijfer veiligheid in buurt"
        );
        assert_eq!(leesbaar("AangiftesBijOMTotaal"), "aangiftes bij OM totaal");
        assert_eq!(leesbaar("Slachtoffers72"), "slachtoffers72");
        // A title stays as the download gives it.
        assert_eq!(
            leesbaar("Rapportcijfer veiligheid in buurt"),
            "Rapportcijfer veiligheid in buurt"
        );
        assert_eq!(leesbaar(""), "");
    }
}
