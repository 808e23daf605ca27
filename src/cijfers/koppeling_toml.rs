//! A user's own mapping file (TOML): reading it with Dutch errors at line and column, and writing
//! a mapping out as such a file.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::categorie::{compact, Classificatie};
use super::koppeling::{Doel, Koppeling, Onderbouwing, Regel};
use crate::catalogus::{Onderdeel, Thema};

/// A mapping file could not be read.
///
/// The message is Dutch and names the line and column (from 1), the key path
/// (`koppeling[2].thema`) and what was expected.
///
/// # Example
///
/// ```
/// use kernbeleid::cijfers::Koppeling;
///
/// let fout = Koppeling::uit_toml("[[koppeling]]\nbron = \"politie\"\ncategorie = \"1.1.1\"\nthema = \"9.9\"\n")
///     .unwrap_err();
/// assert_eq!(
///     fout.to_string(),
///     "regel 4, kolom 9 (koppeling[0].thema): onbekend veiligheidsthema \"9.9\": verwacht een code van 1.1 tot en met 5.5 of de naam van een thema"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.weergave())]
pub struct KoppelingFout {
    /// The line, counting from 1, where known.
    pub regel: Option<usize>,
    /// The column (in characters), counting from 1, where known.
    pub kolom: Option<usize>,
    /// The key path, such as `koppeling[2].thema`; empty for the whole file.
    pub pad: String,
    /// What is wrong and what was expected, in Dutch.
    pub bericht: String,
}

impl KoppelingFout {
    fn weergave(&self) -> String {
        let mut uit = String::new();
        if let (Some(regel), Some(kolom)) = (self.regel, self.kolom) {
            uit.push_str(&format!("regel {regel}, kolom {kolom}"));
            if !self.pad.is_empty() {
                uit.push_str(&format!(" ({})", self.pad));
            }
        } else {
            uit.push_str(&self.pad);
        }
        if !uit.is_empty() {
            uit.push_str(": ");
        }
        uit.push_str(&self.bericht);
        uit
    }
}

/// Line and column (from 1, in characters) of byte offset `index`.
fn positie(tekst: &str, index: usize) -> (usize, usize) {
    let mut index = index.min(tekst.len());
    while !tekst.is_char_boundary(index) {
        index -= 1;
    }
    let voor = tekst.get(..index).unwrap_or_default();
    let regel = voor.bytes().filter(|&b| b == b'\n').count() + 1;
    let begin = voor.rfind('\n').map_or(0, |i| i + 1);
    let kolom = voor.get(begin..).unwrap_or_default().chars().count() + 1;
    (regel, kolom)
}

struct Lezer<'t> {
    tekst: &'t str,
}

impl Lezer<'_> {
    fn fout(&self, span: Range<usize>, pad: &str, bericht: impl Into<String>) -> KoppelingFout {
        let (regel, kolom) = positie(self.tekst, span.start);
        KoppelingFout {
            regel: Some(regel),
            kolom: Some(kolom),
            pad: pad.to_owned(),
            bericht: bericht.into(),
        }
    }

    fn tekst_van<'v>(
        &self,
        waarde: &'v Spanned<DeValue<'_>>,
        pad: &str,
    ) -> Result<&'v str, KoppelingFout> {
        match waarde.get_ref() {
            DeValue::String(s) => Ok(s.as_ref()),
            anders => Err(self.fout(
                waarde.span(),
                pad,
                format!(
                    "{}; verwacht een tekst tussen aanhalingstekens",
                    soort(anders)
                ),
            )),
        }
    }
}

fn soort(waarde: &DeValue<'_>) -> &'static str {
    match waarde {
        DeValue::String(_) => "een tekst",
        DeValue::Integer(_) => "een geheel getal",
        DeValue::Float(_) => "een getal",
        DeValue::Boolean(_) => "een waarheidswaarde",
        DeValue::Datetime(_) => "een datum",
        DeValue::Array(_) => "een lijst",
        DeValue::Table(_) => "een tabel",
    }
}

const SLEUTELS: &str =
    "bron, categorie, trefwoord, thema, indicator, onderdeel, onderbouwing of geen_thema";

impl Koppeling {
    /// Reads a user's own mapping, which replaces the crate's.
    ///
    /// ```toml
    /// naam = "Koppeling Vijfheerenlanden 2025"      # optional
    ///
    /// [[koppeling]]
    /// bron = "politie"           # politie, cbs, overlast or veiligheidsmonitor
    /// categorie = "1.1.1"        # key, code or published title
    /// thema = "1.3"              # code or name
    /// indicator = "Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit"
    /// onderdeel = "uitleg"       # optional: where the quote stands (uitleg, effectinformatie, effectindicatoren)
    /// onderbouwing = "woninginbraak"   # optional: the handbook's words (checked when onderdeel is given)
    ///
    /// [[koppeling]]
    /// bron = "overlast"
    /// trefwoord = "jeugd"        # every overlast category whose title contains "jeugd"
    /// thema = "3.1"
    ///
    /// [[koppeling]]
    /// bron = "politie"
    /// categorie = "0.0.0"
    /// geen_thema = "het totaal"  # listed as belonging to no theme, with the reason
    /// ```
    ///
    /// A police or CBS category must be one of the list's (by key, code or title); `trefwoord` is
    /// for overlast and the Veiligheidsmonitor only, whose lists are not known completely here.
    /// `indicator` must be one of the theme's effectindicatoren as the handbook words them (case,
    /// accents, spacing and punctuation ignored). A category may not go both into a theme and
    /// into none, nor twice to the same theme and indicator.
    ///
    /// # Errors
    ///
    /// [`KoppelingFout`] with line, column, key path and a Dutch message: invalid TOML, an
    /// unknown or duplicate key, a missing key, an unknown source, category, theme, indicator or
    /// part, a quote not found in the part named, or contradicting lines.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    /// use kernbeleid::cijfers::{Classificatie, Koppeling, Toewijzing};
    ///
    /// let eigen = Koppeling::uit_toml(r#"
    ///     naam = "Eigen indeling"
    ///     [[koppeling]]
    ///     bron = "politie"
    ///     categorie = "Zedenmisdrijf"
    ///     thema = "1.3"
    ///     indicator = "Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit"
    /// "#)?;
    /// let (soort, _) = Classificatie::Politie.zoek("1.4.1").ok_or("onbekend")?;
    /// assert_eq!(
    ///     eigen.toewijzing(Classificatie::Politie, "1.4.1", Some(soort)),
    ///     Toewijzing::Themas(vec![(Thema::ObjectieveVeiligheid, Some(1))]),
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn uit_toml(tekst: &str) -> Result<Koppeling, KoppelingFout> {
        let lezer = Lezer { tekst };
        if tekst.len() > crate::document::GROOTSTE_DOCUMENT {
            return Err(KoppelingFout {
                regel: None,
                kolom: None,
                pad: String::new(),
                bericht: format!(
                    "de koppeling is groter dan {} MiB (de grens van deze lezer)",
                    crate::document::GROOTSTE_DOCUMENT >> 20
                ),
            });
        }
        let document = DeTable::parse(tekst).map_err(|e| {
            let (regel, kolom) = e
                .span()
                .map_or((None, None), |s| {
                    let (r, k) = positie(tekst, s.start);
                    (Some(r), Some(k))
                });
            KoppelingFout {
                regel,
                kolom,
                pad: String::new(),
                bericht: "geen geldige TOML; verwacht sleutel = \"waarde\"-regels en [[koppeling]]-tabellen".to_owned(),
            }
        })?;
        let mut naam: Option<String> = None;
        let mut regels: Vec<(Regel, Range<usize>)> = Vec::new();
        let mut gezien_koppeling = false;
        for (sleutel, waarde) in document.get_ref().iter() {
            match sleutel.get_ref().as_ref() {
                "naam" => naam = Some(lezer.tekst_van(waarde, "naam")?.to_owned()),
                "koppeling" => {
                    gezien_koppeling = true;
                    let DeValue::Array(lijst) = waarde.get_ref() else {
                        return Err(lezer.fout(
                            waarde.span(),
                            "koppeling",
                            format!(
                                "{}; verwacht [[koppeling]]-tabellen",
                                soort(waarde.get_ref())
                            ),
                        ));
                    };
                    for (i, item) in lijst.iter().enumerate() {
                        let pad = format!("koppeling[{i}]");
                        regels.push((lezer.regel(item, &pad)?, item.span()));
                    }
                }
                anders => {
                    return Err(lezer.fout(
                        sleutel.span(),
                        anders,
                        format!("onbekende sleutel \"{anders}\"; verwacht naam of koppeling"),
                    ))
                }
            }
        }
        if !gezien_koppeling {
            return Err(KoppelingFout {
                regel: Some(1),
                kolom: Some(1),
                pad: String::new(),
                bericht: "geen [[koppeling]]-tabellen; verwacht minstens één koppeling van een categorie aan een thema of aan geen thema".to_owned(),
            });
        }
        lezer.tegenstrijdig(&regels)?;
        let naam = naam.unwrap_or_else(|| "eigen koppeling".to_owned());
        let regels: Vec<Regel> = regels.into_iter().map(|(r, _)| r).collect();
        Ok(Koppeling::maak(Cow::Owned(naam), Cow::Owned(regels)))
    }

    /// Writes the mapping as a TOML file that [`Koppeling::uit_toml`] reads back to the same
    /// mapping: the way to start a mapping of one's own from the crate's.
    #[must_use]
    pub fn naar_toml(&self) -> String {
        let mut uit = String::new();
        let _ = writeln!(
            uit,
            "# Koppeling van de categorieën van politie en CBS aan de thema's van Kernbeleid Veiligheid.\n\
             # Niet het VNG/INP-model. Lees in met `Koppeling::uit_toml`.\n"
        );
        let _ = writeln!(uit, "naam = {}", toml_tekst(self.naam()));
        for regel in self.regels() {
            let _ = writeln!(uit, "\n[[koppeling]]");
            let _ = writeln!(uit, "bron = {}", toml_tekst(regel.bron.woord()));
            let sleutel = if regel.trefwoord {
                "trefwoord"
            } else {
                "categorie"
            };
            let _ = write!(uit, "{sleutel} = {}", toml_tekst(&regel.categorie));
            if !regel.trefwoord {
                if let Some((soort, _)) = regel.bron.zoek(&regel.categorie) {
                    let _ = write!(uit, "  # {soort}");
                }
            }
            uit.push('\n');
            match &regel.doel {
                Doel::Thema {
                    thema,
                    onderbouwing,
                    ..
                } => {
                    let _ = writeln!(
                        uit,
                        "thema = {}  # {}",
                        toml_tekst(thema.code()),
                        thema.naam()
                    );
                    if let Some(indicator) = regel.indicator() {
                        let _ = writeln!(uit, "indicator = {}", toml_tekst(indicator));
                    }
                    if let Some(o) = onderbouwing {
                        if let Some(onderdeel) = o.onderdeel {
                            let _ = writeln!(
                                uit,
                                "onderdeel = {}",
                                toml_tekst(onderdeel_woord(onderdeel))
                            );
                        }
                        let _ = writeln!(uit, "onderbouwing = {}", toml_tekst(&o.citaat));
                    }
                }
                Doel::GeenThema { reden } => {
                    let _ = writeln!(uit, "geen_thema = {}", toml_tekst(reden));
                }
            }
        }
        uit
    }
}

fn toml_tekst(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn onderdeel_woord(o: Onderdeel) -> &'static str {
    match o {
        Onderdeel::Uitleg => "uitleg",
        Onderdeel::Effectinformatie => "effectinformatie",
        Onderdeel::Effectindicatoren => "effectindicatoren",
        _ => "",
    }
}

/// Spaces and line breaks as one space, for comparing quotes.
pub(crate) fn witruimte(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `citaat` stands in part `onderdeel` of the theme's table.
pub(crate) fn staat_in(thema: Thema, onderdeel: Onderdeel, citaat: &str) -> bool {
    let citaat = witruimte(citaat);
    let g = thema.gegevens();
    match onderdeel {
        Onderdeel::Uitleg => witruimte(g.uitleg).contains(&citaat),
        Onderdeel::Effectinformatie | Onderdeel::Effectindicatoren => g
            .lijst(onderdeel)
            .unwrap_or_default()
            .iter()
            .any(|item| witruimte(item).contains(&citaat)),
        _ => false,
    }
}

impl Lezer<'_> {
    #[allow(clippy::too_many_lines)]
    fn regel(&self, item: &Spanned<DeValue<'_>>, pad: &str) -> Result<Regel, KoppelingFout> {
        let DeValue::Table(tabel) = item.get_ref() else {
            return Err(self.fout(
                item.span(),
                pad,
                format!(
                    "{}; verwacht een tabel met bron, categorie en thema",
                    soort(item.get_ref())
                ),
            ));
        };
        let mut velden: HashMap<&str, &Spanned<DeValue<'_>>> = HashMap::new();
        for (sleutel, waarde) in tabel.iter() {
            let naam = sleutel.get_ref().as_ref();
            match naam {
                "bron" | "categorie" | "trefwoord" | "thema" | "indicator" | "onderdeel"
                | "onderbouwing" | "geen_thema" => {
                    velden.insert(naam, waarde);
                }
                anders => {
                    return Err(self.fout(
                        sleutel.span(),
                        &format!("{pad}.{anders}"),
                        format!("onbekende sleutel \"{anders}\"; verwacht {SLEUTELS}"),
                    ))
                }
            }
        }
        let veld = |naam: &str| -> Result<Option<(&str, Range<usize>)>, KoppelingFout> {
            match velden.get(naam) {
                Some(w) => Ok(Some((
                    self.tekst_van(w, &format!("{pad}.{naam}"))?,
                    w.span(),
                ))),
                None => Ok(None),
            }
        };
        let Some((bron_tekst, bron_span)) = veld("bron")? else {
            return Err(self.fout(item.span(), pad, "de sleutel bron ontbreekt; verwacht bron = \"politie\", \"cbs\", \"overlast\" of \"veiligheidsmonitor\""));
        };
        let bron: Classificatie =
            bron_tekst
                .parse()
                .map_err(|e: super::categorie::OnbekendeClassificatie| {
                    self.fout(bron_span, &format!("{pad}.bron"), e.to_string())
                })?;
        let (categorie, trefwoord, cat_span) = match (veld("categorie")?, veld("trefwoord")?) {
            (Some((c, s)), None) => (c, false, s),
            (None, Some((w, s))) => (w, true, s),
            (Some(_), Some((_, s))) => {
                return Err(self.fout(s, &format!("{pad}.trefwoord"), "categorie en trefwoord samen; verwacht één van beide"))
            }
            (None, None) => {
                return Err(self.fout(item.span(), pad, "de sleutel categorie ontbreekt; verwacht categorie = \"...\" (of trefwoord = \"...\" bij overlast en veiligheidsmonitor)"))
            }
        };
        let cat_pad = format!(
            "{pad}.{}",
            if trefwoord { "trefwoord" } else { "categorie" }
        );
        if compact(categorie).is_empty() {
            return Err(self.fout(
                cat_span,
                &cat_pad,
                "een lege categorie; verwacht een sleutel, code of titel",
            ));
        }
        if trefwoord && bron.is_volledig() {
            return Err(self.fout(
                cat_span,
                &cat_pad,
                format!("een trefwoord bij bron {bron}; verwacht categorie met een sleutel, code of titel uit de lijst (trefwoorden zijn er voor overlast en veiligheidsmonitor)"),
            ));
        }
        if !trefwoord && bron.is_volledig() && bron.zoek(categorie).is_none() {
            let kort = compact(categorie);
            let suggesties: Vec<String> = bron
                .soorten()
                .iter()
                .filter(|s| {
                    let t = compact(s.titel);
                    t.contains(&kort) || kort.contains(&t)
                })
                .take(3)
                .map(|s| format!("\"{s}\""))
                .collect();
            let mut bericht = format!(
                "onbekende categorie \"{categorie}\" voor bron {bron}; verwacht een sleutel, code of titel uit de lijst, zoals \"{}\"",
                bron.soorten().get(1).map(|s| s.titel).unwrap_or_default()
            );
            if !suggesties.is_empty() {
                bericht.push_str(&format!(" (bedoelt u {}?)", suggesties.join(" of ")));
            }
            return Err(self.fout(cat_span, &cat_pad, bericht));
        }
        let totaal = !trefwoord && bron.zoek(categorie).is_some_and(|(s, _)| s.totaal);
        if totaal {
            if let Some(w) = velden.get("thema") {
                return Err(self.fout(
                    w.span(),
                    &format!("{pad}.thema"),
                    format!("categorie \"{}\" is het totaal van alle soorten en staat altijd bij de totalen; verwacht geen_thema in plaats van thema", categorie.trim()),
                ));
            }
        }
        let categorie = Cow::Owned(categorie.trim().to_owned());
        match (veld("thema")?, veld("geen_thema")?) {
            (Some(_), Some((_, s))) => Err(self.fout(
                s,
                &format!("{pad}.geen_thema"),
                "thema en geen_thema samen; verwacht één van beide",
            )),
            (None, None) => Err(self.fout(
                item.span(),
                pad,
                "de sleutel thema ontbreekt; verwacht thema = \"1.3\" (of geen_thema = \"reden\")",
            )),
            (None, Some((reden, _))) => {
                for overbodig in ["indicator", "onderdeel", "onderbouwing"] {
                    if let Some(w) = velden.get(overbodig) {
                        return Err(self.fout(
                            w.span(),
                            &format!("{pad}.{overbodig}"),
                            format!("{overbodig} bij geen_thema; verwacht {overbodig} alleen bij een thema"),
                        ));
                    }
                }
                Ok(Regel {
                    bron,
                    categorie,
                    trefwoord,
                    doel: Doel::GeenThema {
                        reden: Cow::Owned(reden.to_owned()),
                    },
                })
            }
            (Some((thema_tekst, thema_span)), None) => {
                let thema: Thema =
                    thema_tekst
                        .parse()
                        .map_err(|e: crate::catalogus::OnbekendThema| {
                            self.fout(thema_span, &format!("{pad}.thema"), e.to_string())
                        })?;
                let indicator = match veld("indicator")? {
                    None => None,
                    Some((tekst, span)) => {
                        let lijst = thema.gegevens().effectindicatoren;
                        let kort = compact(tekst);
                        let gevonden = lijst.iter().position(|i| compact(i) == kort);
                        if gevonden.is_none() {
                            let bericht = if lijst.is_empty() {
                                format!("onbekende effectindicator \"{tekst}\": de handreiking noemt bij thema {} geen effectindicatoren; laat indicator weg", thema.code())
                            } else {
                                let namen: Vec<String> =
                                    lijst.iter().map(|i| format!("\"{i}\"")).collect();
                                format!("onbekende effectindicator \"{tekst}\" bij thema {}; verwacht een van: {}", thema.code(), namen.join("; "))
                            };
                            return Err(self.fout(span, &format!("{pad}.indicator"), bericht));
                        }
                        gevonden
                    }
                };
                let onderdeel = match veld("onderdeel")? {
                    None => None,
                    Some((tekst, span)) => Some(match compact(tekst).as_str() {
                        "uitleg" => Onderdeel::Uitleg,
                        "effectinformatie" => Onderdeel::Effectinformatie,
                        "effectindicatoren" => Onderdeel::Effectindicatoren,
                        _ => {
                            return Err(self.fout(
                                span,
                                &format!("{pad}.onderdeel"),
                                format!("onbekend onderdeel \"{tekst}\"; verwacht uitleg, effectinformatie of effectindicatoren"),
                            ))
                        }
                    }),
                };
                let onderbouwing = match (veld("onderbouwing")?, onderdeel) {
                    (None, None) => None,
                    (None, Some(_)) => {
                        let span = velden.get("onderdeel").map_or(item.span(), |w| w.span());
                        return Err(self.fout(span, &format!("{pad}.onderdeel"), "onderdeel zonder onderbouwing; verwacht ook onderbouwing = \"de woorden uit de handreiking\""));
                    }
                    (Some((citaat, span)), onderdeel) => {
                        if let Some(o) = onderdeel {
                            if !staat_in(thema, o, citaat) {
                                return Err(self.fout(
                                    span,
                                    &format!("{pad}.onderbouwing"),
                                    format!("\"{citaat}\" staat niet in de {} van thema {}; verwacht letterlijke woorden uit dat onderdeel", o.label(), thema.code()),
                                ));
                            }
                        }
                        Some(Onderbouwing {
                            onderdeel,
                            citaat: Cow::Owned(citaat.to_owned()),
                        })
                    }
                };
                Ok(Regel {
                    bron,
                    categorie,
                    trefwoord,
                    doel: Doel::Thema {
                        thema,
                        indicator,
                        onderbouwing,
                    },
                })
            }
        }
    }

    /// A category both in a theme and in none, or twice to the same theme and indicator.
    fn tegenstrijdig(&self, regels: &[(Regel, Range<usize>)]) -> Result<(), KoppelingFout> {
        let identiteit = |r: &Regel| -> (Classificatie, bool, String) {
            let sleutel = if r.trefwoord {
                compact(&r.categorie)
            } else {
                r.bron
                    .zoek(&r.categorie)
                    .map_or_else(|| compact(&r.categorie), |(s, _)| compact(s.titel))
            };
            (r.bron, r.trefwoord, sleutel)
        };
        for (i, (regel, span)) in regels.iter().enumerate() {
            let id = identiteit(regel);
            for (j, (eerder, _)) in regels.iter().enumerate().take(i) {
                if identiteit(eerder) != id {
                    continue;
                }
                let bericht = match (&eerder.doel, &regel.doel) {
                    (Doel::GeenThema { .. }, Doel::Thema { .. })
                    | (Doel::Thema { .. }, Doel::GeenThema { .. }) => format!(
                        "categorie \"{}\" staat ook in koppeling[{j}], de ene keer bij een thema en de andere keer bij geen thema; verwacht één van beide",
                        regel.categorie
                    ),
                    (
                        Doel::Thema {
                            thema: a,
                            indicator: ia,
                            ..
                        },
                        Doel::Thema {
                            thema: b,
                            indicator: ib,
                            ..
                        },
                    ) if a == b && ia == ib => format!(
                        "categorie \"{}\" staat al in koppeling[{j}] bij thema {} en dezelfde indicator; verwacht elke koppeling één keer",
                        regel.categorie,
                        b.code()
                    ),
                    (Doel::GeenThema { .. }, Doel::GeenThema { .. }) => format!(
                        "categorie \"{}\" staat al in koppeling[{j}] bij geen thema; verwacht elke koppeling één keer",
                        regel.categorie
                    ),
                    _ => continue,
                };
                return Err(self.fout(span.clone(), &format!("koppeling[{i}]"), bericht));
            }
        }
        Ok(())
    }
}
