//! From downloads to figures per theme: years from months, CBS groups without their
//! subcategories, the mapping applied, rates per 1,000 inhabitants, trends.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use super::categorie::{compact, Classificatie, Soort};
use super::cel::{afgerond, Cel};
use super::fout::{CijferFout, Plaats, Tegenstrijdigheid};
use super::inwoners::Inwoners;
use super::koppeling::{Koppeling, Toewijzing};
use super::lezen::{maatstam, Bestand, Categorie, Marge};
use super::periode::{Deel, Periode};
use super::reeks::{Apart, Categoriereeks, Cijfers, NietGebruikt, Punt, Reeks, Trend};
use super::regio::{Niveau, Regio};
use super::tabel::Tabel;
use crate::catalogus::Thema;
use crate::document::MAANDEN;
use strum::VariantArray;

/// Computes the figures per gemeente, theme, indicator and year from one or more downloads.
///
/// - A year comes from the table's year row (`2023JJ00`) where there is one, else from its
///   months, else from its quarters. The year of a download's latest month is incomplete
///   (`volledig: false`): the police publish that month while registrations still come in.
///   Missing months make a year incomplete too.
/// - A value that was not published (`.`) is never counted as zero: every sum it is part of
///   has no value (`waarde: null`) and is marked incomplete.
/// - In CBS table 83648NED a group counts only with what its subcategories in the input leave
///   over, so that "1 Vermogensmisdrijven" and "1.1.1 ..." together are not counted twice.
/// - Each category goes where `koppeling` says: into themes and indicators, into no theme
///   ([`Cijfers::zonder_thema`], with the reason), or, unknown to the mapping, into
///   [`Cijfers::zonder_thema`] as not classified. The totals ("Totaal misdrijven") go into
///   [`Cijfers::totalen`]. Nothing read is dropped.
/// - Rates per 1,000 inhabitants use `inwoners` where given, else what 83648NED implies (see
///   [`Inwoners::uit_criminaliteit`]), for the same region and year only.
/// - Downloads of the same table are taken together (two downloads of different years); the
///   same region, category and period twice with different values is an error.
///
/// # Errors
///
/// [`CijferFout::Tegenstrijdig`] when the input holds the same region, category (or measure)
/// and period twice with different values.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::cijfers::{bereken, lees, Koppeling};
///
/// let csv = "\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\n\
///            1;\"1.1.1     \";\"GM0363    \";\"2023JJ00\";412\n\
///            2;\"1.2.3     \";\"GM0363    \";\"2023JJ00\";88\n\
///            3;\"2.5.2     \";\"GM0363    \";\"2023JJ00\";.\n";
/// let cijfers = bereken(&[lees(csv.as_bytes())?], &Koppeling::standaard(), None)?;
/// let objectief: Vec<_> = cijfers.reeksen_voor("GM0363", Thema::ObjectieveVeiligheid).collect();
/// assert_eq!(objectief[0].waarden[0].waarde, Some(500.0)); // woninginbraak + fietsendiefstal
/// let winkel = cijfers.reeksen_voor("GM0363", Thema::VeiligWinkelgebied).next().ok_or("geen reeks")?;
/// assert_eq!(winkel.waarden[0].waarde, None); // "." is not zero
/// assert!(!winkel.waarden[0].volledig);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bereken(
    bestanden: &[Bestand],
    koppeling: &Koppeling,
    inwoners: Option<&Inwoners>,
) -> Result<Cijfers, CijferFout> {
    let mut bevolking = inwoners.cloned().unwrap_or_default();
    for bestand in bestanden {
        bevolking.vul_aan(&Inwoners::uit_criminaliteit(bestand));
    }
    let mut uit = Cijfers {
        koppeling: koppeling.naam().to_owned(),
        reeksen: Vec::new(),
        totalen: Vec::new(),
        zonder_thema: Vec::new(),
        niet_gebruikt: Vec::new(),
    };
    for &tabel in Tabel::VARIANTS {
        let groep: Vec<(usize, &Bestand)> = bestanden
            .iter()
            .enumerate()
            .filter(|(_, b)| b.tabel == tabel)
            .map(|(i, b)| (i + 1, b))
            .collect();
        if groep.is_empty() {
            continue;
        }
        if tabel.telt() {
            Tellingen::new(tabel, koppeling).verwerk(&groep, &bevolking, &mut uit)?;
        } else {
            monitor(&groep, koppeling, &mut uit)?;
        }
    }
    uit.reeksen.sort_by_cached_key(|r| {
        (
            volgorde(&r.regio),
            r.thema,
            indicator_plaats(r),
            r.bron,
            r.maat.clone(),
        )
    });
    for lijst in [&mut uit.totalen, &mut uit.zonder_thema] {
        lijst.sort_by_cached_key(|r| (volgorde(&r.regio), r.bron, natuurlijk(&r.categorie)));
    }
    Ok(uit)
}

/// Regions in order: by the gemeente they lie in, the gemeente itself before its wijken and
/// buurten, then by name or key.
fn volgorde(regio: &Regio) -> (String, Niveau, String) {
    let gemeente = regio
        .gemeentecode()
        .or_else(|| regio.gemeentenaam.clone())
        .unwrap_or_else(|| regio.weergave().to_owned());
    (compact(&gemeente), regio.niveau, compact(regio.weergave()))
}

/// A category in the order of its list: the numbers of its code (`2.6.10` after `2.6.9`), then
/// the title.
fn natuurlijk(categorie: &str) -> (Vec<u32>, String) {
    let (code, rest) = categorie.split_once(' ').unwrap_or((categorie, ""));
    let nummers: Option<Vec<u32>> = code.split('.').map(|n| n.parse().ok()).collect();
    match nummers {
        Some(nummers) => (nummers, rest.to_owned()),
        None => (Vec::new(), categorie.to_owned()),
    }
}

fn indicator_plaats(r: &Reeks) -> usize {
    r.indicator
        .and_then(|i| {
            r.thema
                .gegevens()
                .effectindicatoren
                .iter()
                .position(|x| *x == i)
        })
        .unwrap_or(usize::MAX)
}

/// Regions across the downloads of one table, by key (or name where there is no key).
#[derive(Default)]
struct Regios {
    lijst: Vec<Regio>,
    index: HashMap<String, u32>,
}

impl Regios {
    fn id(&mut self, regio: &Regio) -> u32 {
        let sleutel = match (&regio.code, &regio.naam) {
            (Some(code), _) => code.clone(),
            (None, naam) => format!("naam:{}", compact(naam.as_deref().unwrap_or_default())),
        };
        if let Some(&i) = self.index.get(&sleutel) {
            if let Some(bekend) = self.lijst.get_mut(i as usize) {
                if bekend.naam.is_none() {
                    bekend.naam.clone_from(&regio.naam);
                }
                if bekend.gemeentenaam.is_none() {
                    bekend.gemeentenaam.clone_from(&regio.gemeentenaam);
                }
            }
            return i;
        }
        let i = u32::try_from(self.lijst.len()).unwrap_or(u32::MAX);
        self.lijst.push(regio.clone());
        self.index.insert(sleutel, i);
        i
    }

    fn get(&self, i: u32) -> Regio {
        self.lijst
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Regio::lees("?"))
    }
}

/// What one region, category and year holds across the downloads.
#[derive(Clone)]
struct JaarCel {
    jaar: Option<Cel>,
    per_1000: Option<Cel>,
    maanden: [Cel; 12],
    maand_masker: u16,
    kwartalen: [Cel; 4],
    kwartaal_masker: u8,
    voorlopig: bool,
}

impl JaarCel {
    const fn new() -> JaarCel {
        JaarCel {
            jaar: None,
            per_1000: None,
            maanden: [Cel::NietGepubliceerd; 12],
            maand_masker: 0,
            kwartalen: [Cel::NietGepubliceerd; 4],
            kwartaal_masker: 0,
            voorlopig: false,
        }
    }

    /// Puts a value in its slot; the value already there if it differs.
    fn zet(&mut self, deel: Deel, waarde: Cel, per_1000: Option<Cel>) -> Result<(), Cel> {
        let (slot, masker, bit) = match deel {
            Deel::Jaar => {
                if let Some(oud) = self.jaar {
                    return if oud == waarde { Ok(()) } else { Err(oud) };
                }
                self.jaar = Some(waarde);
                self.per_1000 = per_1000;
                return Ok(());
            }
            Deel::Maand(m) => {
                let i = usize::from(m).saturating_sub(1).min(11);
                (&mut self.maanden[i], &mut self.maand_masker, 1u16 << i)
            }
            Deel::Kwartaal(k) => {
                let i = usize::from(k).saturating_sub(1).min(3);
                let bit = 1u16 << i;
                let slot = &mut self.kwartalen[i];
                if self.kwartaal_masker & (1 << i) != 0 {
                    return if *slot == waarde { Ok(()) } else { Err(*slot) };
                }
                *slot = waarde;
                self.kwartaal_masker |= u8::try_from(bit).unwrap_or(0);
                return Ok(());
            }
        };
        if *masker & bit != 0 {
            return if *slot == waarde { Ok(()) } else { Err(*slot) };
        }
        *slot = waarde;
        *masker |= bit;
        Ok(())
    }

    /// The year's value and state.
    fn waarde(&self, onvolledig: Option<&Rc<str>>) -> Bijdrage {
        let mut b = Bijdrage {
            waarde: None,
            volledig: true,
            voorlopig: self.voorlopig,
            opmerkingen: Vec::new(),
            per_1000_gepubliceerd: self.per_1000.and_then(Cel::getal),
            rest: false,
        };
        let mut som = 0.0;
        let mut niet: Vec<String> = Vec::new();
        if let Some(jaar) = self.jaar {
            match jaar {
                Cel::Getal(g) => som = g,
                Cel::NietGepubliceerd => niet.push(String::new()),
            }
        } else if self.maand_masker != 0 {
            let n = self.maand_masker.count_ones();
            if n < 12 {
                b.volledig = false;
                b.opmerkingen
                    .push(format!("{n} van de 12 maanden in de invoer").into());
            }
            for (i, cel) in self.maanden.iter().enumerate() {
                if self.maand_masker & (1 << i) == 0 {
                    continue;
                }
                match cel {
                    Cel::Getal(g) => som += g,
                    Cel::NietGepubliceerd => niet.push(MAANDEN[i].to_owned()),
                }
            }
        } else {
            let n = self.kwartaal_masker.count_ones();
            if n < 4 {
                b.volledig = false;
                b.opmerkingen
                    .push(format!("{n} van de 4 kwartalen in de invoer").into());
            }
            for (i, cel) in self.kwartalen.iter().enumerate() {
                if self.kwartaal_masker & (1 << i) == 0 {
                    continue;
                }
                match cel {
                    Cel::Getal(g) => som += g,
                    Cel::NietGepubliceerd => niet.push(format!("kwartaal {}", i + 1)),
                }
            }
        }
        if niet.is_empty() {
            b.waarde = Some(som);
        } else {
            b.volledig = false;
            let wat = niet.join(", ");
            b.opmerkingen.push(if wat.is_empty() {
                Rc::from("niet gepubliceerd")
            } else {
                format!("niet gepubliceerd: {wat}").into()
            });
        }
        if let Some(noot) = onvolledig {
            b.volledig = false;
            b.opmerkingen.push(Rc::clone(noot));
        }
        b
    }
}

/// What one category adds to a year: its value (for a CBS group, what its subcategories in the
/// input leave over), and whether that is complete.
#[derive(Clone, Debug)]
struct Bijdrage {
    waarde: Option<f64>,
    volledig: bool,
    voorlopig: bool,
    opmerkingen: Vec<Rc<str>>,
    per_1000_gepubliceerd: Option<f64>,
    /// A CBS group with subcategories in the input: only what they leave over.
    rest: bool,
}

impl Bijdrage {
    fn leeg() -> Bijdrage {
        Bijdrage {
            waarde: Some(0.0),
            volledig: true,
            voorlopig: false,
            opmerkingen: Vec::new(),
            per_1000_gepubliceerd: None,
            rest: false,
        }
    }

    fn tel_op(&mut self, ander: &Bijdrage, teken: f64) {
        self.waarde = match (self.waarde, ander.waarde) {
            (Some(a), Some(b)) => Some(a + teken * b),
            _ => None,
        };
        self.volledig &= ander.volledig;
        self.voorlopig |= ander.voorlopig;
        for o in &ander.opmerkingen {
            if self.opmerkingen.len() < 4 && !self.opmerkingen.iter().any(|x| **x == **o) {
                self.opmerkingen.push(Rc::clone(o));
            }
        }
    }

    fn punt(&self, jaar: i32, per_1000: Option<f64>) -> Punt {
        Punt {
            jaar,
            waarde: self.waarde,
            per_1000,
            volledig: self.volledig && self.waarde.is_some(),
            voorlopig: self.voorlopig,
            ondergrens: None,
            bovengrens: None,
            opmerking: (!self.opmerkingen.is_empty()).then(|| {
                self.opmerkingen
                    .iter()
                    .map(|o| &**o)
                    .collect::<Vec<&str>>()
                    .join("; ")
            }),
        }
    }
}

fn per_1000(waarde: Option<f64>, regio: &Regio, jaar: i32, bevolking: &Inwoners) -> Option<f64> {
    let inwoners = bevolking.aantal(regio, jaar)?;
    #[allow(clippy::cast_precision_loss)]
    let inwoners = inwoners as f64;
    Some(afgerond(waarde? / inwoners * 1000.0))
}

fn trend(waarden: &[Punt]) -> Option<Trend> {
    let punten: Vec<(i32, f64)> = waarden
        .iter()
        .filter_map(|p| Some((p.jaar, p.bruikbaar()?)))
        .collect();
    Trend::van_punten(&punten)
}

/// The categories of one table across its downloads.
struct Tellingen<'k> {
    tabel: Tabel,
    koppeling: &'k Koppeling,
    regios: Regios,
    categorieen: Vec<Categorie>,
    categorie_index: HashMap<String, u32>,
}

impl<'k> Tellingen<'k> {
    fn new(tabel: Tabel, koppeling: &'k Koppeling) -> Self {
        Tellingen {
            tabel,
            koppeling,
            regios: Regios::default(),
            categorieen: Vec::new(),
            categorie_index: HashMap::new(),
        }
    }

    fn categorie_id(&mut self, c: &Categorie) -> u32 {
        let sleutel = match c.soort {
            Some(s) => format!("soort:{}", s.titel),
            None => format!("cel:{}", compact(&c.cel)),
        };
        if let Some(&i) = self.categorie_index.get(&sleutel) {
            return i;
        }
        let i = u32::try_from(self.categorieen.len()).unwrap_or(u32::MAX);
        self.categorieen.push(c.clone());
        self.categorie_index.insert(sleutel, i);
        i
    }

    #[allow(clippy::too_many_lines)]
    fn verwerk(
        mut self,
        groep: &[(usize, &Bestand)],
        bevolking: &Inwoners,
        uit: &mut Cijfers,
    ) -> Result<(), CijferFout> {
        // The cells in order of first appearance, with an index; rows come grouped (the months of
        // one category follow each other), so the previous row's cell is tried first.
        let mut cellen: Vec<((u32, u32, i32), JaarCel)> = Vec::new();
        let mut index: HashMap<(u32, u32, i32), usize> = HashMap::new();
        let mut vorige: Option<((u32, u32, i32), usize)> = None;
        let mut onvolledig: BTreeMap<i32, Periode> = BTreeMap::new();
        for &(nr, bestand) in groep {
            let regio_id: Vec<u32> = bestand.regios.iter().map(|r| self.regios.id(r)).collect();
            let cat_id: Vec<u32> = bestand
                .categorieen
                .iter()
                .map(|c| self.categorie_id(c))
                .collect();
            if let Some(m) = bestand.laatste_maand {
                let oud = onvolledig.entry(m.jaar).or_insert(m);
                *oud = (*oud).max(m);
            }
            for rij in &bestand.rijen {
                let (Some(&regio), Some(&cat)) = (
                    regio_id.get(rij.regio as usize),
                    cat_id.get(rij.categorie as usize),
                ) else {
                    continue;
                };
                let sleutel = (regio, cat, rij.periode.jaar);
                let i = match vorige {
                    Some((s, i)) if s == sleutel => i,
                    _ => {
                        let i = *index.entry(sleutel).or_insert_with(|| {
                            cellen.push((sleutel, JaarCel::new()));
                            cellen.len() - 1
                        });
                        vorige = Some((sleutel, i));
                        i
                    }
                };
                let Some((_, cel)) = cellen.get_mut(i) else {
                    continue;
                };
                cel.voorlopig |= rij.voorlopig;
                if let Err(oud) = cel.zet(rij.periode.deel, rij.waarde, rij.per_1000) {
                    return Err(self.tegenstrijdig(
                        groep,
                        (nr, rij.regel),
                        regio,
                        cat,
                        rij.periode,
                        oud,
                        rij.waarde,
                    ));
                }
            }
        }
        // The note for the year of a download's latest month, made once.
        let noten: BTreeMap<i32, Rc<str>> = onvolledig
            .iter()
            .map(|(jaar, maand)| {
                (
                    *jaar,
                    Rc::from(format!(
                        "de laatste maand van de download ({maand}) is nog onvolledig"
                    )),
                )
            })
            .collect();
        // The value of every region, category and year.
        let mut per_regio_jaar: HashMap<(u32, i32), Vec<(u32, Bijdrage)>> = HashMap::new();
        for ((regio, cat, jaar), cel) in &cellen {
            per_regio_jaar
                .entry((*regio, *jaar))
                .or_default()
                .push((*cat, cel.waarde(noten.get(jaar))));
        }
        // Where each category goes, once.
        let toewijzingen: Vec<Toewijzing<'_>> = self
            .categorieen
            .iter()
            .map(|c| {
                self.koppeling
                    .toewijzing(self.tabel.classificatie(), &c.cel, c.soort)
            })
            .collect();
        type Sleutel = (u32, Thema, Option<usize>);
        let mut reeksen: HashMap<Sleutel, (BTreeMap<i32, Bijdrage>, BTreeSet<u32>)> =
            HashMap::new();
        let mut apart: HashMap<(u32, u32), BTreeMap<i32, Bijdrage>> = HashMap::new();
        let mut totalen: HashMap<(u32, u32), BTreeMap<i32, Bijdrage>> = HashMap::new();
        for ((regio, jaar), mut items) in per_regio_jaar {
            items.sort_by_key(|(cat, _)| *cat);
            let bijdragen = if self.tabel.classificatie() == Classificatie::Cbs {
                self.zonder_subcategorieen(&items)
            } else {
                items
            };
            for (cat, bijdrage) in bijdragen {
                let categorie = self.categorieen.get(cat as usize);
                if categorie.is_some_and(Categorie::is_totaal) {
                    totalen
                        .entry((regio, cat))
                        .or_default()
                        .insert(jaar, bijdrage);
                    continue;
                }
                match toewijzingen.get(cat as usize) {
                    Some(Toewijzing::Themas(doelen)) => {
                        for (thema, indicator) in doelen {
                            let (jaren, cats) =
                                reeksen.entry((regio, *thema, *indicator)).or_default();
                            cats.insert(cat);
                            jaren
                                .entry(jaar)
                                .or_insert_with(Bijdrage::leeg)
                                .tel_op(&bijdrage, 1.0);
                        }
                    }
                    _ => {
                        apart
                            .entry((regio, cat))
                            .or_default()
                            .insert(jaar, bijdrage);
                    }
                }
            }
        }
        for ((regio, thema, indicator), (jaren, cats)) in reeksen {
            let regio = self.regios.get(regio);
            let waarden: Vec<Punt> = jaren
                .iter()
                .map(|(jaar, b)| b.punt(*jaar, per_1000(b.waarde, &regio, *jaar, bevolking)))
                .collect();
            uit.reeksen.push(Reeks {
                gemeente: regio.weergave().to_owned(),
                indicator: indicator
                    .and_then(|i| thema.gegevens().effectindicatoren.get(i).copied()),
                thema,
                bron: self.tabel,
                maat: self.tabel.maat().to_owned(),
                categorieen: cats
                    .iter()
                    .filter_map(|c| self.categorieen.get(*c as usize))
                    .map(Categorie::weergave)
                    .collect(),
                trend: trend(&waarden),
                waarden,
                regio,
            });
        }
        for (lijst, doel) in [(totalen, true), (apart, false)] {
            for ((regio, cat), jaren) in lijst {
                let regio = self.regios.get(regio);
                let Some(categorie) = self.categorieen.get(cat as usize) else {
                    continue;
                };
                let (soort, reden) = if doel {
                    (Apart::Totaal, None)
                } else {
                    match toewijzingen.get(cat as usize) {
                        Some(Toewijzing::GeenThema(reden)) => {
                            (Apart::GeenThema, Some((*reden).to_owned()))
                        }
                        _ => (
                            Apart::NietIngedeeld,
                            Some(format!(
                                "de koppeling \"{}\" heeft geen regel voor deze categorie",
                                self.koppeling.naam()
                            )),
                        ),
                    }
                };
                let waarden: Vec<Punt> = jaren
                    .iter()
                    .map(|(jaar, b)| {
                        let p = b
                            .per_1000_gepubliceerd
                            .filter(|_| doel)
                            .or_else(|| per_1000(b.waarde, &regio, *jaar, bevolking));
                        let mut punt = b.punt(*jaar, p);
                        if b.rest {
                            let noot = "zonder de subcategorieën die ook in de invoer staan";
                            punt.opmerking = Some(match punt.opmerking {
                                Some(o) => format!("{noot}; {o}"),
                                None => noot.to_owned(),
                            });
                        }
                        punt
                    })
                    .collect();
                let reeks = Categoriereeks {
                    gemeente: regio.weergave().to_owned(),
                    bron: self.tabel,
                    categorie: categorie.weergave(),
                    soort,
                    reden,
                    trend: trend(&waarden),
                    waarden,
                    regio,
                };
                if doel {
                    uit.totalen.push(reeks);
                } else {
                    uit.zonder_thema.push(reeks);
                }
            }
        }
        Ok(())
    }

    /// For CBS's hierarchical list: each group minus its subcategories present in the input.
    fn zonder_subcategorieen(&self, items: &[(u32, Bijdrage)]) -> Vec<(u32, Bijdrage)> {
        let soort_van = |cat: u32| -> Option<&'static Soort> {
            self.categorieen
                .get(cat as usize)
                .and_then(|c| c.soort)
                .filter(|s| !s.totaal)
        };
        let aanwezig: HashMap<&'static str, usize> = items
            .iter()
            .enumerate()
            .filter_map(|(i, (cat, _))| Some((soort_van(*cat)?.titel, i)))
            .collect();
        let mut uit: Vec<(u32, Bijdrage)> = items.to_vec();
        let mut heeft_sub = vec![false; items.len()];
        for (cat, bijdrage) in items {
            let Some(soort) = soort_van(*cat) else {
                continue;
            };
            let mut ouder = soort.ouder();
            while let Some(o) = ouder {
                if let Some(&i) = aanwezig.get(o.titel) {
                    if let Some((_, doel)) = uit.get_mut(i) {
                        doel.tel_op(bijdrage, -1.0);
                    }
                    if let Some(h) = heeft_sub.get_mut(i) {
                        *h = true;
                    }
                    break;
                }
                ouder = o.ouder();
            }
        }
        for ((_, b), sub) in uit.iter_mut().zip(heeft_sub) {
            if sub {
                b.per_1000_gepubliceerd = None;
                b.rest = true;
            }
        }
        uit
    }

    #[allow(clippy::too_many_arguments)]
    fn tegenstrijdig(
        &self,
        groep: &[(usize, &Bestand)],
        tweede: (usize, u64),
        regio: u32,
        cat: u32,
        periode: Periode,
        oud: Cel,
        nieuw: Cel,
    ) -> CijferFout {
        let regio_obj = self.regios.get(regio);
        let categorie = self.categorieen.get(cat as usize);
        // The slow path: find where the first value stands.
        let eerste = groep
            .iter()
            .find_map(|&(nr, b)| {
                b.registraties()
                    .find(|r| {
                        r.periode == periode
                            && r.waarde == oud
                            && *r.regio == regio_obj
                            && Some(r.categorie.weergave()) == categorie.map(Categorie::weergave)
                    })
                    .map(|r| Plaats {
                        bestand: nr,
                        regel: r.regel,
                    })
            })
            .unwrap_or(Plaats {
                bestand: tweede.0,
                regel: tweede.1,
            });
        CijferFout::Tegenstrijdig(Box::new(Tegenstrijdigheid {
            bron: self.tabel,
            regio: regio_obj.to_string(),
            categorie: categorie.map(Categorie::weergave).unwrap_or_default(),
            periode: periode.to_string(),
            eerste,
            tweede: Plaats {
                bestand: tweede.0,
                regel: tweede.1,
            },
            waarde_eerste: oud.to_string(),
            waarde_tweede: nieuw.to_string(),
        }))
    }
}

/// The Veiligheidsmonitor: one series per region, theme, indicator and measure.
#[allow(clippy::too_many_lines)]
fn monitor(
    groep: &[(usize, &Bestand)],
    koppeling: &Koppeling,
    uit: &mut Cijfers,
) -> Result<(), CijferFout> {
    #[derive(Default, Clone, Copy)]
    struct VmCel {
        waarde: Option<Cel>,
        onder: Option<Cel>,
        boven: Option<Cel>,
        voorlopig: bool,
    }
    let mut regios = Regios::default();
    let mut maten: Vec<String> = Vec::new();
    let mut maat_index: HashMap<String, u32> = HashMap::new();
    let mut cellen: HashMap<(u32, u32, i32), VmCel> = HashMap::new();
    for &(nr, bestand) in groep {
        let regio_id: Vec<u32> = bestand.regios.iter().map(|r| regios.id(r)).collect();
        let maat_id: Vec<u32> = bestand
            .maten
            .iter()
            .map(|m| {
                let sleutel = compact(maatstam(m));
                *maat_index.entry(sleutel).or_insert_with(|| {
                    maten.push(m.clone());
                    u32::try_from(maten.len() - 1).unwrap_or(u32::MAX)
                })
            })
            .collect();
        let breedte = bestand.maten.len();
        for (i, rij) in bestand.vm_rijen.iter().enumerate() {
            let Some(&regio) = regio_id.get(rij.regio as usize) else {
                continue;
            };
            let waarden = bestand
                .vm_waarden
                .get(i * breedte..(i + 1) * breedte)
                .unwrap_or_default();
            for (k, waarde) in waarden.iter().enumerate() {
                let Some(&maat) = maat_id.get(k) else {
                    continue;
                };
                let cel = cellen.entry((regio, maat, rij.periode.jaar)).or_default();
                cel.voorlopig |= rij.voorlopig;
                let slot = match rij.marge {
                    Marge::Waarde => &mut cel.waarde,
                    Marge::Ondergrens => &mut cel.onder,
                    Marge::Bovengrens => &mut cel.boven,
                };
                match slot {
                    Some(oud) if *oud != *waarde => {
                        let oud = *oud;
                        let regio_obj = regios.get(regio);
                        let maatnaam = maten.get(maat as usize).cloned().unwrap_or_default();
                        let eerste = groep
                            .iter()
                            .find_map(|&(n, b)| {
                                b.uitkomsten()
                                    .find(|u| {
                                        u.periode.jaar == rij.periode.jaar
                                            && u.marge == rij.marge
                                            && *u.regio == regio_obj
                                            && compact(maatstam(u.maat))
                                                == compact(maatstam(&maatnaam))
                                            && u.waarde == oud
                                    })
                                    .map(|u| Plaats {
                                        bestand: n,
                                        regel: u.regel,
                                    })
                            })
                            .unwrap_or(Plaats {
                                bestand: nr,
                                regel: rij.regel,
                            });
                        return Err(CijferFout::Tegenstrijdig(Box::new(Tegenstrijdigheid {
                            bron: Tabel::Veiligheidsmonitor,
                            regio: regio_obj.to_string(),
                            categorie: maatnaam,
                            periode: rij.periode.to_string(),
                            eerste,
                            tweede: Plaats {
                                bestand: nr,
                                regel: rij.regel,
                            },
                            waarde_eerste: oud.to_string(),
                            waarde_tweede: waarde.to_string(),
                        })));
                    }
                    Some(_) => {}
                    None => *slot = Some(*waarde),
                }
            }
        }
    }
    type Sleutel = (u32, Thema, Option<usize>, u32);
    let mut reeksen: HashMap<Sleutel, BTreeMap<i32, Punt>> = HashMap::new();
    let toewijzingen: Vec<Toewijzing<'_>> = maten
        .iter()
        .map(|m| koppeling.toewijzing(Classificatie::Veiligheidsmonitor, m, None))
        .collect();
    for (maat, toewijzing) in maten.iter().zip(&toewijzingen) {
        let reden = match toewijzing {
            Toewijzing::Themas(_) => continue,
            Toewijzing::GeenThema(reden) => (*reden).to_owned(),
            Toewijzing::NietIngedeeld => format!(
                "de koppeling \"{}\" heeft geen regel voor deze meetwaarde",
                koppeling.naam()
            ),
        };
        uit.niet_gebruikt.push(NietGebruikt {
            bron: Tabel::Veiligheidsmonitor,
            maat: maat.clone(),
            reden,
        });
    }
    for ((regio, maat, jaar), cel) in cellen {
        let Some(Toewijzing::Themas(doelen)) = toewijzingen.get(maat as usize) else {
            continue;
        };
        let waarde = cel.waarde.and_then(Cel::getal);
        let punt = Punt {
            jaar,
            waarde,
            per_1000: None,
            volledig: waarde.is_some(),
            voorlopig: cel.voorlopig,
            ondergrens: cel.onder.and_then(Cel::getal),
            bovengrens: cel.boven.and_then(Cel::getal),
            opmerking: match cel.waarde {
                Some(Cel::NietGepubliceerd) => Some("niet gepubliceerd".to_owned()),
                None => Some("alleen marges in de invoer, geen waarde".to_owned()),
                Some(Cel::Getal(_)) => None,
            },
        };
        for (thema, indicator) in doelen {
            reeksen
                .entry((regio, *thema, *indicator, maat))
                .or_default()
                .insert(jaar, punt.clone());
        }
    }
    for ((regio, thema, indicator, maat), jaren) in reeksen {
        let regio = regios.get(regio);
        let kolom = maten.get(maat as usize).cloned().unwrap_or_default();
        let waarden: Vec<Punt> = jaren.into_values().collect();
        uit.reeksen.push(Reeks {
            gemeente: regio.weergave().to_owned(),
            indicator: indicator.and_then(|i| thema.gegevens().effectindicatoren.get(i).copied()),
            thema,
            bron: Tabel::Veiligheidsmonitor,
            maat: maatstam(&kolom).to_owned(),
            categorieen: vec![kolom],
            trend: trend(&waarden),
            waarden,
            regio,
        });
    }
    Ok(())
}
