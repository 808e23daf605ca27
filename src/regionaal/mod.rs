//! The regional view: many IVPs stacked, as the police's Regionaal Beleidsplan is built from the
//! local IVPs ("Het Regionaal Beleidsplan wordt opgebouwd vanuit de lokale IVP's binnen de
//! eenheid").
//!
//! [`Overzicht::van`] stacks the IVPs; a joint IVP counts for each of its gemeenten. The
//! overview gives, per theme and per veld, how many gemeenten make it a priority, an other
//! strategic theme, or leave it out ([`Telling`]), and each gemeente's choice ([`Status`]), and
//! renders as Markdown, CSV or JSON (`serde`).
//!
//! # Example
//!
//! ```
//! use kernbeleid::catalogus::{Thema, Veld};
//! use kernbeleid::document::Periode;
//! use kernbeleid::regionaal::{Overzicht, Status};
//! use kernbeleid::skelet::{ivp, IvpOpties, PrioriteitKeuze};
//!
//! let periode: Periode = "2027-2030".parse()?;
//! let utrecht = ivp(&IvpOpties::new(["Utrecht"], periode, PrioriteitKeuze::lijst("5.2,1.3")?));
//! let gezamenlijk = ivp(&IvpOpties::new(["Lopik", "Montfoort"], periode, PrioriteitKeuze::lijst("5.2,3.1")?));
//!
//! let overzicht = Overzicht::van([&utrecht, &gezamenlijk]);
//! assert_eq!(overzicht.gemeenten.len(), 3);
//! assert_eq!(overzicht.telling(Thema::OndermijnendeCriminaliteit).prioriteit, 3);
//! assert_eq!(overzicht.telling(Thema::Jeugdoverlast).prioriteit, 2);
//! assert_eq!(overzicht.gemeenten[0].status(Thema::Jeugdoverlast), Status::Overig);
//! assert_eq!(overzicht.telling_veld(Veld::VeiligeWoonEnLeefomgeving).prioriteit, 1); // 1.3
//!
//! let markdown = overzicht.naar_markdown();
//! assert!(markdown.starts_with("# Regionaal overzicht van de IVP's\n"));
//! let csv = overzicht.naar_csv();
//! assert!(csv.starts_with("code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Utrecht,Lopik,Montfoort\n"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt::Write as _;
use core::hash::{Hash, Hasher};
use std::collections::HashMap;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::catalogus::{Thema, Veld};
use crate::document::{Ivp, Themauitwerking};
use crate::raakvlakken::ThemaSet;
use strum::VariantArray;

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
    pub const fn woord(self) -> &'static str {
        match self {
            Status::Prioriteit => "prioriteit",
            Status::Overig => "overig",
            Status::BuitenBeschouwing => "buiten beschouwing",
            Status::NietGenoemd => "",
        }
    }
}

/// One gemeente's choices, as theme sets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gemeente {
    /// The name as the IVP writes it.
    pub naam: String,
    /// Its priorities: the common ones of its IVP plus those of its local paragraph.
    pub prioriteiten: ThemaSet,
    /// Its other strategic themes (themes that are also a priority count as priority).
    pub overig: ThemaSet,
    /// Themes its IVP leaves out explicitly.
    pub buiten_beschouwing: ThemaSet,
}

impl Gemeente {
    /// Adds one IVP's choices: a theme takes the heaviest status any IVP gives it.
    fn voeg_toe(&mut self, p: ThemaSet, o: ThemaSet, b: ThemaSet) {
        self.prioriteiten |= p;
        self.overig = (self.overig | o) - self.prioriteiten;
        self.buiten_beschouwing = (self.buiten_beschouwing | b) - self.prioriteiten - self.overig;
    }

    /// The status of `thema` for this gemeente.
    pub fn status(&self, thema: Thema) -> Status {
        if self.prioriteiten.contains(thema) {
            Status::Prioriteit
        } else if self.overig.contains(thema) {
            Status::Overig
        } else if self.buiten_beschouwing.contains(thema) {
            Status::BuitenBeschouwing
        } else {
            Status::NietGenoemd
        }
    }
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

/// Many IVPs stacked per gemeente.
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
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overzicht {
    /// The gemeenten in the order they first appear; a gemeente in several IVPs is merged.
    pub gemeenten: Vec<Gemeente>,
}

impl Overzicht {
    /// Stacks `ivps`. A joint IVP counts for each of its gemeenten, with its local paragraphs
    /// applied per gemeente.
    ///
    /// Linear in the number of IVPs, gemeenten and local paragraphs: gemeenten are found by
    /// name in a hash map, and each IVP's local paragraphs are gathered per gemeente once.
    pub fn van<'a>(ivps: impl IntoIterator<Item = &'a Ivp>) -> Overzicht {
        let ivps = ivps.into_iter();
        // Room for one gemeente per IVP (the usual case) from the start.
        let verwacht = ivps.size_hint().0;
        let mut overzicht = Overzicht {
            gemeenten: Vec::with_capacity(verwacht),
        };
        // The position in `overzicht.gemeenten` of each name seen so far.
        let mut plek: HashMap<&'a str, usize> = HashMap::with_capacity(verwacht);
        // Per gemeente of one IVP: the themes of its local paragraphs (priorities, other).
        let mut lokaal: HashMap<Naam<'a>, (ThemaSet, ThemaSet)> = HashMap::new();
        for ivp in ivps {
            let prio = Themauitwerking::kbv_themas(&ivp.prioriteiten);
            let overig = Themauitwerking::kbv_themas(&ivp.overige_themas);
            let buiten: ThemaSet = ivp
                .buiten_beschouwing
                .iter()
                .filter_map(|b| b.thema.thema())
                .collect();
            lokaal.clear();
            for l in &ivp.lokale_paragrafen {
                let (p, o) = lokaal.entry(Naam(l.gemeente.trim())).or_default();
                *p |= Themauitwerking::kbv_themas(&l.prioriteiten);
                *o |= Themauitwerking::kbv_themas(&l.overige_themas);
            }
            for naam in &ivp.gemeenten {
                let (lp, lo) = lokaal.get(&Naam(naam.trim())).copied().unwrap_or_default();
                let i = *plek.entry(naam.as_str()).or_insert_with(|| {
                    overzicht.gemeenten.push(Gemeente {
                        naam: naam.clone(),
                        prioriteiten: ThemaSet::EMPTY,
                        overig: ThemaSet::EMPTY,
                        buiten_beschouwing: ThemaSet::EMPTY,
                    });
                    overzicht.gemeenten.len() - 1
                });
                if let Some(gemeente) = overzicht.gemeenten.get_mut(i) {
                    gemeente.voeg_toe(prio | lp, overig | lo, buiten);
                }
            }
        }
        overzicht
    }

    /// The counts for one theme.
    pub fn telling(&self, thema: Thema) -> Telling {
        let mut t = Telling::default();
        for g in &self.gemeenten {
            t.tel(g.status(thema));
        }
        t
    }

    /// The counts for a veld: per gemeente, the best status any of the veld's themes has
    /// (a gemeente with one priority in the veld counts once as prioriteit).
    pub fn telling_veld(&self, veld: Veld) -> Telling {
        let mut t = Telling::default();
        for g in &self.gemeenten {
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

    /// The table as CSV, one row per theme: code, name, the four counts, then one column per
    /// gemeente with its status.
    pub fn naar_csv(&self) -> String {
        let mut csv = String::from("code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd");
        for g in &self.gemeenten {
            csv.push(',');
            csv.push_str(&csv_veld(&g.naam));
        }
        csv.push('\n');
        for &thema in Thema::VARIANTS {
            let t = self.telling(thema);
            let _ = write!(
                csv,
                "{},{},{},{},{},{}",
                thema.code(),
                csv_veld(thema.naam()),
                t.prioriteit,
                t.overig,
                t.buiten_beschouwing,
                t.niet_genoemd
            );
            for g in &self.gemeenten {
                csv.push(',');
                csv.push_str(g.status(thema).woord());
            }
            csv.push('\n');
        }
        csv
    }

    /// The overview as Markdown in Dutch: counts per theme, totals per veld, and the matrix
    /// gemeente x thema.
    pub fn naar_markdown(&self) -> String {
        let mut md = String::from("# Regionaal overzicht van de IVP's\n\n");
        let _ = writeln!(md, "{} gemeenten.\n", self.gemeenten.len());
        let _ = writeln!(md, "## Per thema\n");
        let _ = writeln!(
            md,
            "| Thema | Prioriteit | Overig | Buiten beschouwing | Niet genoemd |"
        );
        let _ = writeln!(md, "| --- | --- | --- | --- | --- |");
        for &thema in Thema::VARIANTS {
            let t = self.telling(thema);
            let _ = writeln!(
                md,
                "| {} {} | {} | {} | {} | {} |",
                thema.code(),
                thema.naam(),
                t.prioriteit,
                t.overig,
                t.buiten_beschouwing,
                t.niet_genoemd
            );
        }
        let _ = writeln!(md, "\n## Per veld\n");
        let _ = writeln!(md, "Een gemeente telt per veld één keer mee, met de zwaarste keuze voor een van de thema's in het veld.\n");
        let _ = writeln!(
            md,
            "| Veld | Prioriteit | Overig | Buiten beschouwing | Niet genoemd |"
        );
        let _ = writeln!(md, "| --- | --- | --- | --- | --- |");
        for &veld in Veld::VARIANTS {
            let t = self.telling_veld(veld);
            let _ = writeln!(
                md,
                "| {} {} | {} | {} | {} | {} |",
                veld.nummer(),
                veld.naam(),
                t.prioriteit,
                t.overig,
                t.buiten_beschouwing,
                t.niet_genoemd
            );
        }
        let _ = writeln!(md, "\n## Gemeente x thema\n");
        let _ = writeln!(md, "P = prioriteit, o = overig, b = buiten beschouwing.\n");
        let codes: Vec<&str> = Thema::VARIANTS.iter().map(|t| t.code()).collect();
        let _ = writeln!(md, "| Gemeente | {} |", codes.join(" | "));
        let _ = writeln!(md, "| --- |{}", " --- |".repeat(codes.len()));
        for g in &self.gemeenten {
            let cellen: Vec<&str> = Thema::VARIANTS
                .iter()
                .map(|t| match g.status(*t) {
                    Status::Prioriteit => "P",
                    Status::Overig => "o",
                    Status::BuitenBeschouwing => "b",
                    Status::NietGenoemd => "",
                })
                .collect();
            let _ = writeln!(
                md,
                "| {} | {} |",
                g.naam.replace('|', "\\|"),
                cellen.join(" | ")
            );
        }
        md
    }
}

impl Serialize for Overzicht {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Rij {
            code: &'static str,
            naam: &'static str,
            #[serde(flatten)]
            telling: Telling,
        }
        let themas: Vec<Rij> = Thema::VARIANTS
            .iter()
            .copied()
            .map(|t| Rij {
                code: t.code(),
                naam: t.naam(),
                telling: self.telling(t),
            })
            .collect();
        let mut s = serializer.serialize_struct("Overzicht", 2)?;
        s.serialize_field("themas", &themas)?;
        s.serialize_field("gemeenten", &self.gemeenten)?;
        s.end()
    }
}

/// A gemeente's name as a local paragraph is matched to it: without surrounding white space,
/// ASCII letters in either case.
#[derive(Debug, Clone, Copy)]
struct Naam<'a>(&'a str);

impl PartialEq for Naam<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Naam<'_> {}

impl Hash for Naam<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Equal under `eq_ignore_ascii_case` means the same length and the same bytes after
        // ASCII lower-casing: hash those, a stack buffer at a time.
        let mut buffer = [0u8; 32];
        for stuk in self.0.as_bytes().chunks(buffer.len()) {
            let klein = &mut buffer[..stuk.len()];
            klein.copy_from_slice(stuk);
            klein.make_ascii_lowercase();
            state.write(klein);
        }
        state.write_usize(self.0.len());
    }
}

/// A CSV field, quoted where it holds a comma, quote or line break.
fn csv_veld(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use strum::{EnumCount, VariantArray};

    use super::*;

    /// The stacking as it was: a linear search per gemeente and per local paragraph.
    fn per_paar<'a>(ivps: impl IntoIterator<Item = &'a Ivp>) -> Overzicht {
        let mut overzicht = Overzicht::default();
        for ivp in ivps {
            let prio = Themauitwerking::kbv_themas(&ivp.prioriteiten);
            let overig = Themauitwerking::kbv_themas(&ivp.overige_themas);
            let buiten: ThemaSet = ivp
                .buiten_beschouwing
                .iter()
                .filter_map(|b| b.thema.thema())
                .collect();
            for naam in &ivp.gemeenten {
                let (mut p, mut o) = (prio, overig);
                for l in ivp
                    .lokale_paragrafen
                    .iter()
                    .filter(|l| l.gemeente.trim().eq_ignore_ascii_case(naam.trim()))
                {
                    p |= Themauitwerking::kbv_themas(&l.prioriteiten);
                    o |= Themauitwerking::kbv_themas(&l.overige_themas);
                }
                let i = match overzicht.gemeenten.iter().position(|g| g.naam == *naam) {
                    Some(i) => i,
                    None => {
                        overzicht.gemeenten.push(Gemeente {
                            naam: naam.clone(),
                            prioriteiten: ThemaSet::EMPTY,
                            overig: ThemaSet::EMPTY,
                            buiten_beschouwing: ThemaSet::EMPTY,
                        });
                        overzicht.gemeenten.len() - 1
                    }
                };
                overzicht.gemeenten[i].voeg_toe(p, o, buiten);
            }
        }
        overzicht
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

    fn codes(themas: &[usize]) -> String {
        let codes: Vec<String> = themas
            .iter()
            .filter_map(|&i| Thema::from_repr((i % Thema::COUNT) as u8))
            .map(|t| format!("\"{}\"", t.code()))
            .collect();
        codes.join(", ")
    }

    /// An IVP in TOML: its gemeenten, priorities, other themes, themes left out, and local
    /// paragraphs (gemeente, priorities, other themes).
    type Opzet = (
        Vec<usize>,
        Vec<usize>,
        Vec<usize>,
        Vec<usize>,
        Vec<(usize, Vec<usize>, Vec<usize>)>,
    );

    fn ivp((gemeenten, prio, overig, buiten, lokaal): &Opzet) -> Ivp {
        let namen: Vec<String> = gemeenten
            .iter()
            .map(|&i| format!("{:?}", NAMEN[i % NAMEN.len()]))
            .collect();
        let mut toml = format!(
            "gemeenten = [{}]\nperiode = {{ van = \"2027-01-01\", tot = \"2030-12-31\" }}\n",
            namen.join(", ")
        );
        toml += &format!(
            "prioriteiten = [{{ naam = \"P\", themas = [{}] }}]\n",
            codes(prio)
        );
        toml += &format!(
            "overige_themas = [{{ naam = \"O\", themas = [{}] }}]\n",
            codes(overig)
        );
        for &b in buiten {
            let code = Thema::VARIANTS[b % Thema::COUNT].code();
            toml += &format!("[[buiten_beschouwing]]\nthema = \"{code}\"\n");
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
        let themas = || prop::collection::vec(0usize..22, 0..4);
        (
            prop::collection::vec(0usize..8, 1..4),
            themas(),
            themas(),
            themas(),
            prop::collection::vec((0usize..8, themas(), themas()), 0..4),
        )
    }

    proptest! {
        #[test]
        fn gelijk_aan_de_zoektocht_per_paar(opzetten in prop::collection::vec(opzet(), 1..6)) {
            let ivps: Vec<Ivp> = opzetten.iter().map(ivp).collect();
            let verwacht = per_paar(&ivps);
            let overzicht = Overzicht::van(&ivps);
            prop_assert_eq!(&overzicht, &verwacht);
            prop_assert_eq!(overzicht.naar_csv(), verwacht.naar_csv());
        }
    }
}
