//! The stand of a plan, and a voortgangsrapportage as written, in Markdown.

use core::fmt::Write as _;

use strum::VariantArray;

use super::bouw::{getal, IndicatorStand, Telling, Voortgang};
use super::status::IndicatorStatus;
use crate::document::{Invulbaar, MaatregelStatus, Voortgangsrapportage};

/// A cell of a Markdown table: no line breaks, `|` escaped.
fn cel(tekst: &str) -> String {
    tekst
        .replace(['\r', '\n'], " ")
        .replace('|', "\\|")
        .trim()
        .to_owned()
}

/// The status word in capitals, so that a grid read without colour still says it.
fn woord(status: IndicatorStatus) -> String {
    status.als_tekst().to_uppercase()
}

/// The counts of a [`Telling`] of measures, in the order of the statuses: `loopt 3, afgerond 1`.
pub(crate) fn maatregelen_tekst(telling: &Telling) -> String {
    let mut delen = Vec::new();
    for s in MaatregelStatus::VARIANTS {
        if let Some(n) = telling.get(s.sleutel()) {
            delen.push(format!("{} {n}", s.als_tekst()));
        }
    }
    if let Some(n) = telling.get("onbekend") {
        delen.push(format!("geen stand gemeld {n}"));
    }
    if delen.is_empty() {
        "geen maatregelen".to_owned()
    } else {
        delen.join(", ")
    }
}

/// The title of a report of `v`: the plan's title or its gemeenten and period, and the
/// peildatum.
pub(crate) fn titel(v: &Voortgang) -> String {
    let soort = if v
        .rapportageperiode
        .is_some_and(|p| p.soort == crate::document::PeriodeSoort::Jaar)
    {
        "Jaarbeeld"
    } else {
        "Voortgangsrapportage"
    };
    let plan = v.titel.clone().unwrap_or_else(|| {
        format!(
            "Integraal Veiligheidsplan {} {}",
            v.gemeenten.join(", "),
            v.periode
        )
    });
    format!("{soort} {plan}, peildatum {}", v.peildatum)
}

/// The stand of a plan as Markdown: a dashboard (priorities by indicators, each status in
/// words; measures counted by status), then per priority its indicators with their series and
/// its measures.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{Ivp, Periode};
/// use kernbeleid::voortgang::{naar_markdown, voortgang, Invoer};
///
/// let ivp = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026)?);
/// let peildatum = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("datum")?;
/// let md = naar_markdown(&voortgang(&Invoer::new(&ivp, peildatum)));
/// assert!(md.starts_with("# Voortgangsrapportage"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn naar_markdown(v: &Voortgang) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", cel(&titel(v)));
    let _ = write!(md, "Gemeente(n): {}.", v.gemeenten.join(", "));
    if let Some(p) = &v.rapportageperiode {
        let _ = write!(md, " Periode ({}): {} t/m {}.", p.soort, p.van, p.tot);
    }
    if let Some(jaar) = v.uitvoeringsplan {
        let _ = write!(md, " Uitvoeringsplan {jaar}.");
    }
    let _ = writeln!(md, "\n\n## Dashboard\n");
    let breedte = v
        .prioriteiten
        .iter()
        .map(|p| p.indicatoren.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let _ = write!(md, "| Prioriteit |");
    for i in 1..=breedte {
        let _ = write!(md, " Indicator {i} |");
    }
    let _ = writeln!(md, " Maatregelen |");
    let _ = writeln!(md, "|---|{}---|", "---|".repeat(breedte));
    for p in &v.prioriteiten {
        let _ = write!(md, "| {} |", cel(&p.naam));
        for i in 0..breedte {
            match p.indicatoren.get(i) {
                Some(ind) => {
                    let _ = write!(md, " {}: **{}** |", cel(&ind.naam), woord(ind.status));
                }
                None => {
                    let _ = write!(md, " |");
                }
            }
        }
        let _ = writeln!(md, " {} |", maatregelen_tekst(&p.maatregelen_per_status));
    }
    let _ = writeln!(md, "\n**Indicatoren per status.**\n");
    for s in IndicatorStatus::VARIANTS {
        let n = v
            .indicatoren_per_status
            .get(s.sleutel())
            .copied()
            .unwrap_or(0);
        let _ = writeln!(md, "- {}: {n}", s.als_tekst());
    }
    let _ = writeln!(
        md,
        "\n**Maatregelen per status.** {}.\n",
        maatregelen_tekst(&v.maatregelen_per_status)
    );
    for p in &v.prioriteiten {
        let _ = writeln!(md, "## {}\n", cel(&p.naam));
        for ind in &p.indicatoren {
            indicator(&mut md, ind);
        }
        if !p.maatregelen.is_empty() {
            let _ = writeln!(md, "### Maatregelen\n");
            let _ = writeln!(md, "| Maatregel | Stand | Gereed voor | Toelichting |");
            let _ = writeln!(md, "|---|---|---|---|");
            for m in &p.maatregelen {
                let stand = m
                    .status
                    .map_or("geen stand gemeld", MaatregelStatus::als_tekst);
                let over = if m.over_tijd { " (over tijd)" } else { "" };
                let _ = writeln!(
                    md,
                    "| {} | {stand}{over} | {} | {} |",
                    cel(&m.maatregel),
                    m.gereed_voor.map(|d| d.to_string()).unwrap_or_default(),
                    cel(m.toelichting.as_deref().unwrap_or_default())
                );
            }
            let _ = writeln!(md);
        }
    }
    if !v.onbekende_indicatoren.is_empty() || !v.onbekende_maatregelen.is_empty() {
        let _ = writeln!(md, "## Niet in het plan\n");
        for naam in &v.onbekende_indicatoren {
            let _ = writeln!(md, "- Indicator \"{}\" staat niet in het IVP.", cel(naam));
        }
        for m in &v.onbekende_maatregelen {
            let _ = writeln!(
                md,
                "- Maatregel \"{}\" ({}) staat niet in het uitvoeringsplan.",
                cel(&m.maatregel),
                m.status.map_or("geen stand", MaatregelStatus::als_tekst)
            );
        }
        let _ = writeln!(md);
    }
    md
}

fn indicator(md: &mut String, ind: &IndicatorStand) {
    let _ = writeln!(md, "### {}: {}\n", cel(&ind.naam), woord(ind.status));
    let _ = writeln!(md, "{}.\n", cel(&ind.reden));
    if ind.segmenten.iter().all(|s| s.punten.is_empty()) {
        return;
    }
    let _ = writeln!(md, "| Datum | Waarde | Marge | Bron |");
    let _ = writeln!(md, "|---|---|---|---|");
    for s in &ind.segmenten {
        if let Some(b) = &s.breuk {
            let _ = writeln!(md, "| *breuk in de reeks* | | | {} |", cel(&b.reden));
        }
        for p in &s.punten {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                p.datum,
                getal(p.waarde),
                p.marge
                    .map(|m| format!("± {}", getal(m)))
                    .unwrap_or_default(),
                p.bron
                    .as_ref()
                    .map(|b| cel(b.als_str()))
                    .unwrap_or_default()
            );
        }
    }
    let _ = writeln!(md);
}

/// A voortgangsrapportage as written (not computed): what it reports on, its summary, the
/// measures with their status and the values measured.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kernbeleid::document::{MaatregelStatus, MaatregelVoortgang, Voortgangsrapportage};
/// use kernbeleid::voortgang::rapportage_naar_markdown;
///
/// let mut r = Voortgangsrapportage::new(["Utrecht"], NaiveDate::from_ymd_opt(2025, 6, 30).ok_or("datum")?);
/// r.maatregelen.push(MaatregelVoortgang::new("Buurtpreventie", MaatregelStatus::Vertraagd));
/// assert!(rapportage_naar_markdown(&r).contains("| Buurtpreventie | vertraagd |"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn rapportage_naar_markdown(r: &Voortgangsrapportage) -> String {
    let mut md = String::new();
    let soort = if r.is_jaarbeeld() {
        "Jaarbeeld"
    } else {
        "Voortgangsrapportage"
    };
    let titel = r
        .titel
        .clone()
        .unwrap_or_else(|| format!("{soort} integrale veiligheid {}", r.gemeenten.join(", ")));
    let _ = writeln!(md, "# {}\n", cel(&titel));
    let _ = write!(
        md,
        "Gemeente(n): {}. Peildatum: {}.",
        r.gemeenten.join(", "),
        r.peildatum
    );
    if let Some(p) = &r.rapportageperiode {
        let _ = write!(md, " Periode ({}): {} t/m {}.", p.soort, p.van, p.tot);
    }
    if let Some(plan) = &r.plan {
        let _ = write!(
            md,
            " Over: {} ({}).",
            plan.titel.as_deref().unwrap_or("IVP"),
            plan.periode
        );
    }
    if let Some(up) = &r.uitvoeringsplan {
        let _ = write!(md, " Uitvoeringsplan {}.", up.jaar);
    }
    let _ = writeln!(md, "\n\n## Samenvatting\n");
    match &r.samenvatting {
        Some(Invulbaar::Waarde(t)) => {
            let _ = writeln!(md, "{t}\n");
        }
        Some(Invulbaar::InTeVullen { in_te_vullen }) => {
            let _ = writeln!(md, "*[In te vullen: {in_te_vullen}]*\n");
        }
        None => {
            let _ = writeln!(md, "—\n");
        }
    }
    let _ = writeln!(md, "## Maatregelen\n");
    let _ = writeln!(md, "| Maatregel | Stand | Prioriteit | Toelichting |");
    let _ = writeln!(md, "|---|---|---|---|");
    for m in &r.maatregelen {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            cel(&m.maatregel),
            m.status,
            cel(m.prioriteit.as_deref().unwrap_or_default()),
            cel(m
                .toelichting
                .as_ref()
                .and_then(|t| t.waarde())
                .map_or("", String::as_str))
        );
    }
    let _ = writeln!(md, "\n## Effectindicatoren\n");
    for ind in &r.indicatoren {
        let _ = writeln!(md, "### {}\n", cel(&ind.naam));
        let _ = writeln!(md, "| Datum | Waarde | Marge | Eenheid | Bron | Breuk |");
        let _ = writeln!(md, "|---|---|---|---|---|---|");
        for m in &ind.metingen {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                m.datum,
                getal(m.waarde),
                m.marge
                    .map(|x| format!("± {}", getal(x)))
                    .unwrap_or_default(),
                cel(m.eenheid.as_deref().unwrap_or_default()),
                cel(m.bron.als_str()),
                cel(m.breuk.as_deref().unwrap_or_default())
            );
        }
        let _ = writeln!(md);
    }
    md
}
