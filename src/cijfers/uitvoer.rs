//! The figures as JSON and as CSV, for `kbv cijfers --json` and `--csv`.

use std::io::{self, Write};

use super::cel::getal_tekst;
use super::reeks::{Apart, Cijfers, Punt};

impl Cijfers {
    /// The figures as pretty-printed JSON:
    /// `{"koppeling": "...", "reeksen": [{"gemeente": "...", "thema": "1.3", "indicator":
    /// "...", "bron": "Politie 47013NED", "waarden": [{"periode": "2023", "waarde": 412,
    /// "per_1000": 4.1, "volledig": true}], ...}], "totalen": [...], "zonder_thema": [...],
    /// "niet_gebruikt": [...]}`.
    #[must_use]
    pub fn naar_json(&self) -> String {
        // Serialising plain data with string keys and finite numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the figures as CSV (`;`-separated, a decimal point, UTF-8), one row per series
    /// and year: `soort;gemeente;regio;niveau;thema;indicator;bron;maat;categorie;periode;
    /// waarde;per_1000;volledig;voorlopig;ondergrens;bovengrens;opmerking`.
    ///
    /// `soort` is `thema` for a theme's series, `totaal`, `geen_thema` or `niet_ingedeeld` for
    /// the categories apart; an unpublished value is an empty cell, never 0.
    ///
    /// # Errors
    ///
    /// The writer's I/O error.
    pub fn schrijf_csv<W: Write>(&self, uit: W) -> io::Result<()> {
        let mut csv = csv::WriterBuilder::new().delimiter(b';').from_writer(uit);
        let fout = |e: csv::Error| match e.into_kind() {
            csv::ErrorKind::Io(e) => e,
            _ => io::Error::other("CSV"),
        };
        csv.write_record([
            "soort",
            "gemeente",
            "regio",
            "niveau",
            "thema",
            "indicator",
            "bron",
            "maat",
            "categorie",
            "periode",
            "waarde",
            "per_1000",
            "volledig",
            "voorlopig",
            "ondergrens",
            "bovengrens",
            "opmerking",
        ])
        .map_err(fout)?;
        for r in &self.reeksen {
            let categorie = r.categorieen.join(" + ");
            for p in &r.waarden {
                csv.write_record(rij(
                    "thema",
                    [
                        &r.gemeente,
                        r.regio.code.as_deref().unwrap_or_default(),
                        r.regio.niveau.woord(),
                        r.thema.code(),
                        r.indicator.unwrap_or_default(),
                        &r.bron.to_string(),
                        &r.maat,
                        &categorie,
                    ],
                    p,
                ))
                .map_err(fout)?;
            }
        }
        for r in self.totalen.iter().chain(&self.zonder_thema) {
            let soort = match r.soort {
                Apart::Totaal => "totaal",
                Apart::GeenThema => "geen_thema",
                Apart::NietIngedeeld => "niet_ingedeeld",
            };
            for p in &r.waarden {
                csv.write_record(rij(
                    soort,
                    [
                        &r.gemeente,
                        r.regio.code.as_deref().unwrap_or_default(),
                        r.regio.niveau.woord(),
                        "",
                        "",
                        &r.bron.to_string(),
                        r.bron.maat(),
                        &r.categorie,
                    ],
                    p,
                ))
                .map_err(fout)?;
            }
        }
        csv.flush()
    }
}

fn rij(soort: &str, kop: [&str; 8], p: &Punt) -> Vec<String> {
    let getal = |g: Option<f64>| g.map(getal_tekst).unwrap_or_default();
    let mut uit = Vec::with_capacity(17);
    uit.push(soort.to_owned());
    uit.extend(kop.iter().map(|s| (*s).to_owned()));
    uit.push(p.jaar.to_string());
    uit.push(getal(p.waarde));
    uit.push(getal(p.per_1000));
    uit.push(if p.volledig { "ja" } else { "nee" }.to_owned());
    uit.push(if p.voorlopig { "ja" } else { "nee" }.to_owned());
    uit.push(getal(p.ondergrens));
    uit.push(getal(p.bovengrens));
    uit.push(p.opmerking.clone().unwrap_or_default());
    uit
}
