//! The overview as Markdown, CSV and JSON: the counts per theme (S1 to S3 included) and per
//! veld, every entry with its plan, period, the days its plan counts for, and the plan's
//! errors.

use core::fmt::{self, Write as _};

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use strum::VariantArray;

use super::{Gemeente, Overzicht, Status, Telling};
use crate::catalogus::{StrategischThema, Thema, Veld};
use crate::document::ThemaVerwijzing;

/// Every theme in the order of the outputs: the 22 veiligheidsthema's, then S1 to S3.
pub(super) fn alle_themas() -> impl Iterator<Item = ThemaVerwijzing> {
    Thema::VARIANTS
        .iter()
        .map(|&t| ThemaVerwijzing::from(t))
        .chain(StrategischThema::VARIANTS.iter().map(|&t| t.into()))
}

/// The rule for overlapping plans, as the Markdown states it.
const REGEL: &str = "Per gemeente en per plan één rij. Heeft een gemeente meer plannen, dan geldt \
    waar hun periodes overlappen het nieuwere plan: het plan dat later begint (bij dezelfde \
    begindatum het plan dat later eindigt, bij dezelfde periode het plan dat later is gegeven). \
    De tellingen nemen elke gemeente één keer mee, met haar nieuwste plan.";

/// What a row below the themes shows for an entry.
type Waarde = fn(&Gemeente) -> String;

/// "1 fout" or "3 fouten".
fn fouten(n: usize) -> String {
    if n == 1 {
        "1 fout".to_owned()
    } else {
        format!("{n} fouten")
    }
}

/// Text for a Markdown table cell: `|` escaped, line breaks as spaces.
fn cel(s: &str) -> String {
    s.replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// A CSV field, quoted where it holds a comma, quote or line break.
fn csv_veld(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

impl Overzicht {
    /// The number of gemeenten: each counted once, however many plans it has.
    #[must_use]
    pub fn aantal_gemeenten(&self) -> usize {
        self.tellend().count()
    }

    /// The table as CSV, one row per theme (the 22 veiligheidsthema's, then S1 to S3): code,
    /// name, the four counts, then one column per entry (gemeente and plan) with its status.
    /// Five rows follow that describe the columns: `plan` (the plan's number), `periode`,
    /// `geldt_voor` (the days the plan counts for this gemeente), `telt_mee` (`ja` for the
    /// entry the counts use) and `fouten` (the plan's findings of severity fout).
    #[must_use]
    pub fn naar_csv(&self) -> String {
        let mut csv = String::from("code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd");
        for g in &self.gemeenten {
            csv.push(',');
            csv.push_str(&csv_veld(&g.naam));
        }
        csv.push('\n');
        for thema in alle_themas() {
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
        let rijen: [(&str, &str, Waarde); 5] = [
            ("plan", "Plan (volgorde van invoer)", |g| g.plan.to_string()),
            ("periode", "Periode van het plan", |g| g.periode.to_string()),
            ("geldt_voor", "Geldt voor", |g| g.geldt_voor.to_string()),
            ("telt_mee", "Telt mee in de tellingen", |g| {
                if g.telt_mee { "ja" } else { "nee" }.to_owned()
            }),
            ("fouten", "Fouten in de controle", |g| g.fouten.to_string()),
        ];
        for (code, naam, waarde) in rijen {
            let _ = write!(csv, "{code},{naam},,,,");
            for g in &self.gemeenten {
                csv.push(',');
                csv.push_str(&csv_veld(&waarde(g)));
            }
            csv.push('\n');
        }
        csv
    }

    /// The overview as Markdown in Dutch: counts per theme (S1 to S3 included), totals per
    /// veld, the plans with their periods and errors, which plan counts where plans of one
    /// gemeente overlap, and the matrix of entries (gemeente and plan) x thema.
    #[must_use]
    pub fn naar_markdown(&self) -> String {
        let mut md = String::from("# Regionaal overzicht van de IVP's\n\n");
        let (gemeenten, plannen) = (self.aantal_gemeenten(), self.plannen.len());
        let _ = writeln!(
            md,
            "{gemeenten} {} in {plannen} {}.\n",
            if gemeenten == 1 {
                "gemeente"
            } else {
                "gemeenten"
            },
            if plannen == 1 { "plan" } else { "plannen" }
        );
        let met_fouten = self.plannen.iter().filter(|p| p.fouten > 0).count();
        if met_fouten > 0 {
            let _ = writeln!(
                md,
                "**Let op:** {met_fouten} van de {} plannen {} fouten in de controle. Ze tellen \
                 mee, maar zijn gemarkeerd (⚠); `kbv controleer` noemt de fouten.\n",
                self.plannen.len(),
                if met_fouten == 1 { "heeft" } else { "hebben" }
            );
        }
        for plan in self.plannen.iter().filter(|p| p.going_concern) {
            let _ = writeln!(
                md,
                "**Going concern:** plan {}{} zegt dat de thema's die het niet noemt als going \
                 concern doorlopen; hier staan die thema's onder \"niet genoemd\".\n",
                plan.plan,
                plan.bron
                    .as_deref()
                    .map(|b| format!(" ({b})"))
                    .unwrap_or_default()
            );
        }
        let _ = writeln!(md, "{REGEL}\n");
        let _ = writeln!(md, "## Per thema\n");
        tabel_kop(&mut md, "Thema");
        for thema in alle_themas() {
            tabel_rij(
                &mut md,
                format_args!("{} {}", thema.code(), thema.naam()),
                self.telling(thema),
            );
        }
        let _ = writeln!(md, "\n## Per veld\n");
        let _ = writeln!(md, "Een gemeente telt per veld één keer mee, met de zwaarste keuze voor een van de thema's in het veld.\n");
        tabel_kop(&mut md, "Veld");
        for &veld in Veld::VARIANTS {
            tabel_rij(
                &mut md,
                format_args!("{} {}", veld.nummer(), veld.naam()),
                self.telling_veld(veld),
            );
        }
        self.plannen_markdown(&mut md);
        self.overlap_markdown(&mut md);
        let _ = writeln!(md, "\n## Gemeente x thema\n");
        let _ = writeln!(
            md,
            "P = prioriteit, o = overig, b = buiten beschouwing. Eén rij per gemeente en per \
             plan; \"telt mee\" is het plan dat de tellingen gebruiken.\n"
        );
        let codes: Vec<&str> = alle_themas().map(|t| t.code()).collect();
        let _ = writeln!(
            md,
            "| Gemeente | Plan | Periode | Geldt voor | Telt mee | Fouten | {} |",
            codes.join(" | ")
        );
        let _ = writeln!(md, "| --- |{}", " --- |".repeat(codes.len() + 5));
        for g in &self.gemeenten {
            let cellen: Vec<&str> = alle_themas()
                .map(|t| match g.status(t) {
                    Status::Prioriteit => "P",
                    Status::Overig => "o",
                    Status::BuitenBeschouwing => "b",
                    Status::NietGenoemd => "",
                })
                .collect();
            let fout = if g.fouten > 0 {
                format!("⚠ {}", fouten(g.fouten))
            } else {
                String::new()
            };
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} | {} |",
                cel(&g.naam),
                g.plan,
                g.periode,
                g.geldt_voor,
                if g.telt_mee { "ja" } else { "nee" },
                fout,
                cellen.join(" | ")
            );
        }
        md
    }

    /// The list of plans: number, source, title, period, gemeenten, errors.
    fn plannen_markdown(&self, md: &mut String) {
        let _ = writeln!(md, "\n## Plannen\n");
        // The gemeenten of each plan, gathered in one pass.
        let mut namen: Vec<Vec<&str>> = vec![Vec::new(); self.plannen.len()];
        for g in &self.gemeenten {
            if let Some(lijst) = g.plan.checked_sub(1).and_then(|i| namen.get_mut(i)) {
                lijst.push(&g.naam);
            }
        }
        let bronnen = self.plannen.iter().any(|p| p.bron.is_some());
        let _ = writeln!(
            md,
            "| Plan |{} Titel | Periode | Gemeenten | Fouten in de controle |",
            if bronnen { " Bron |" } else { "" }
        );
        let _ = writeln!(
            md,
            "| --- |{}",
            " --- |".repeat(if bronnen { 5 } else { 4 })
        );
        for (plan, namen) in self.plannen.iter().zip(&namen) {
            let bron = match (&plan.bron, bronnen) {
                (Some(b), true) => format!(" {} |", cel(b)),
                (None, true) => " |".to_owned(),
                (_, false) => String::new(),
            };
            let gemeenten = if namen.is_empty() {
                "(geen)".to_owned()
            } else {
                cel(&namen.join(", "))
            };
            let fout = if plan.fouten > 0 {
                format!("⚠ {}", fouten(plan.fouten))
            } else {
                "geen".to_owned()
            };
            let _ = writeln!(
                md,
                "| {} |{bron} {} | {} | {gemeenten} | {fout} |",
                plan.plan,
                plan.titel.as_deref().map(cel).unwrap_or_default(),
                plan.periode,
            );
        }
    }

    /// Per gemeente with several plans: which plan counts for which days.
    fn overlap_markdown(&self, md: &mut String) {
        let mut kop = false;
        let mut i = 0;
        while let Some(eerste) = self.gemeenten.get(i) {
            // The entries of one gemeente stand together; their newest plan closes them.
            let Some(lengte) = self.gemeenten[i..].iter().position(|g| g.telt_mee) else {
                break;
            };
            let plannen = &self.gemeenten[i..=i + lengte];
            i += lengte + 1;
            if plannen.len() < 2 {
                continue;
            }
            if !kop {
                let _ = writeln!(md, "\n## Gemeenten met meer plannen\n");
                kop = true;
            }
            let delen: Vec<String> = plannen
                .iter()
                .map(|g| {
                    format!(
                        "plan {} ({}) geldt voor {}",
                        g.plan, g.periode, g.geldt_voor
                    )
                })
                .collect();
            let nieuwste = plannen.last().map_or(0, |g| g.plan);
            let _ = writeln!(
                md,
                "- {}: {}. De tellingen volgen plan {nieuwste}.",
                cel(eerste.naam.trim()),
                delen.join("; ")
            );
        }
    }
}

fn tabel_kop(md: &mut String, wat: &str) {
    let _ = writeln!(
        md,
        "| {wat} | Prioriteit | Overig | Buiten beschouwing | Niet genoemd |"
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | --- |");
}

fn tabel_rij(md: &mut String, wat: fmt::Arguments<'_>, t: Telling) {
    let _ = writeln!(
        md,
        "| {wat} | {} | {} | {} | {} |",
        t.prioriteit, t.overig, t.buiten_beschouwing, t.niet_genoemd
    );
}

impl Serialize for Overzicht {
    /// `themas` (the counts of the 22 veiligheidsthema's), `strategische_themas` (of S1 to S3,
    /// the same shape), `gemeenten` (every entry), `plannen`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Rij {
            code: &'static str,
            naam: &'static str,
            #[serde(flatten)]
            telling: Telling,
        }
        let rij = |t: ThemaVerwijzing| Rij {
            code: t.code(),
            naam: t.naam(),
            telling: self.telling(t),
        };
        let themas: Vec<Rij> = Thema::VARIANTS.iter().map(|&t| rij(t.into())).collect();
        let strategisch: Vec<Rij> = StrategischThema::VARIANTS
            .iter()
            .map(|&t| rij(t.into()))
            .collect();
        let mut s = serializer.serialize_struct("Overzicht", 4)?;
        s.serialize_field("themas", &themas)?;
        s.serialize_field("strategische_themas", &strategisch)?;
        s.serialize_field("gemeenten", &self.gemeenten)?;
        s.serialize_field("plannen", &self.plannen)?;
        s.end()
    }
}
