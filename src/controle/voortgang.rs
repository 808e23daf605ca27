//! The rules for a voortgangsrapportage, read beside the IVP and the uitvoeringsplan it reports
//! on: a target whose year has passed and is not reached, a measure past its planning and not
//! afgerond, an indicator without any measurement.

use chrono::NaiveDate;

use super::verzamelaar::Verzamelaar;
use super::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Effectindicator, Invulbaar, Ivp, Uitvoeringsplan, Voortgangsrapportage};

/// Every rule for a voortgangsrapportage; those that need the IVP or the uitvoeringsplan only
/// where they are given.
pub(crate) fn controleer(
    r: &Voortgangsrapportage,
    ivp: Option<&Ivp>,
    up: Option<&Uitvoeringsplan>,
    v: &mut Verzamelaar,
) {
    if let Some(ivp) = ivp {
        for (_, _, u) in ivp.alle_uitwerkingen() {
            for ind in &u.effectindicatoren {
                vg_001(r, ind, v);
                vg_003_ivp(r, ind, v);
            }
        }
    }
    vg_003_rapport(r, v);
    if let Some(up) = up {
        vg_002(r, up, v);
    }
}

fn zelfde(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The index in the report of the indicator named `naam`.
fn in_rapport(r: &Voortgangsrapportage, naam: &str) -> Option<usize> {
    r.indicatoren.iter().position(|i| zelfde(&i.naam, naam))
}

/// Every value measured for `ind` after its nulmeting up to the peildatum: the IVP's series
/// (a year's figure on 31 December) and the report's measurements, by day.
fn gemeten(r: &Voortgangsrapportage, ind: &Effectindicator) -> Vec<(NaiveDate, f64)> {
    let naam = ind.naam.waarde().map_or("", String::as_str);
    let na = ind
        .nulmeting
        .as_ref()
        .and_then(Invulbaar::waarde)
        .and_then(|n| NaiveDate::from_ymd_opt(n.jaar, 12, 31));
    let mut waarden: Vec<(NaiveDate, f64)> = ind
        .reeks
        .iter()
        .filter_map(|(&j, &w)| Some((NaiveDate::from_ymd_opt(j, 12, 31)?, w)))
        .chain(
            in_rapport(r, naam)
                .and_then(|i| r.indicatoren.get(i))
                .into_iter()
                .flat_map(|i| i.metingen.iter().map(|m| (m.datum, m.waarde))),
        )
        .filter(|(d, _)| *d <= r.peildatum && na.is_none_or(|n| *d > n))
        .collect();
    waarden.sort_by_key(|(d, _)| *d);
    waarden
}

fn pad_van(r: &Voortgangsrapportage, naam: &str) -> String {
    in_rapport(r, naam).map_or_else(
        || "/indicatoren".to_owned(),
        |i| format!("/indicatoren/{i}"),
    )
}

/// VG-001: streefjaar voorbij, streefwaarde niet bereikt.
pub(crate) const VG_001: Regel = Regel {
    code: "VG-001",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Voortgang,
    titel: "streefjaar voorbij, streefwaarde niet bereikt",
    uitleg: "Het jaar van de streefwaarde van een effectindicator is op de peildatum voorbij, en de laatste meting haalt de streefwaarde niet.",
    oplossing: "Benoem in de rapportage waarom het doel niet is gehaald, en stel in het nieuwe uitvoeringsplan aanpak of streefwaarde bij.",
    grond: Grond::GezondVerstand {
        stelling: "Een streefwaarde waarvan het jaar voorbij is, is gehaald of niet gehaald; dat laatste hoort in de rapportage te staan.",
    },
};

fn vg_001(r: &Voortgangsrapportage, ind: &Effectindicator, v: &mut Verzamelaar) {
    let (Some(n), Some(s)) = (
        ind.nulmeting.as_ref().and_then(Invulbaar::waarde),
        ind.streefwaarde.as_ref().and_then(Invulbaar::waarde),
    ) else {
        return;
    };
    if NaiveDate::from_ymd_opt(s.jaar, 12, 31).is_none_or(|eind| r.peildatum <= eind) {
        return;
    }
    let Some(&(datum, w)) = gemeten(r, ind).last() else {
        return;
    };
    let beter = (s.waarde - n.waarde).signum();
    if beter != 0.0 && beter * (w - s.waarde) < 0.0 {
        let naam = ind.naam.waarde().map_or("", String::as_str);
        v.meld(
            &VG_001,
            pad_van(r, naam),
            format!(
                "\"{naam}\": de streefwaarde {} voor {} is niet gehaald; laatste meting {w} op {datum}",
                s.waarde, s.jaar
            ),
        );
    }
}

/// VG-002: maatregel over zijn planning, niet afgerond.
pub(crate) const VG_002: Regel = Regel {
    code: "VG-002",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Voortgang,
    titel: "maatregel over zijn planning, niet afgerond",
    uitleg: "De planning van een maatregel in het uitvoeringsplan is op de peildatum verstreken, maar de rapportage meldt hem niet als afgerond of vervallen.",
    oplossing: "Meld de stand van de maatregel (vertraagd, met de reden) of stel de planning bij.",
    grond: Grond::GezondVerstand {
        stelling: "Wat volgens de planning klaar had moeten zijn en het niet is, is vertraagd; een voortgangsrapportage zegt dat.",
    },
};

fn vg_002(r: &Voortgangsrapportage, up: &Uitvoeringsplan, v: &mut Verzamelaar) {
    for item in up.prioriteiten.iter().chain(&up.overige_themas) {
        for m in item.actiepunten.iter().flat_map(|a| &a.maatregelen) {
            let Some(naam) = m.omschrijving.waarde() else {
                continue;
            };
            let eind = m.gereed_uiterlijk();
            let Some(eind) = eind.filter(|e| *e < r.peildatum) else {
                continue;
            };
            let gemeld = r.maatregelen.iter().enumerate().find(|(_, g)| {
                zelfde(&g.maatregel, naam)
                    && g.prioriteit
                        .as_deref()
                        .is_none_or(|p| zelfde(p, &item.naam))
            });
            let (pad, stand) = match gemeld {
                Some((_, g)) if g.status.is_klaar() => continue,
                Some((i, g)) => (format!("/maatregelen/{i}/status"), g.status.als_tekst()),
                None => ("/maatregelen".to_owned(), "niet gemeld"),
            };
            v.meld(
                &VG_002,
                pad,
                format!(
                    "\"{naam}\" ({}) had op {eind} klaar moeten zijn; stand: {stand}",
                    item.naam
                ),
            );
        }
    }
}

/// VG-003: effectindicator zonder meting.
pub(crate) const VG_003: Regel = Regel {
    code: "VG-003",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Voortgang,
    titel: "effectindicator zonder meting",
    uitleg: "Voor een effectindicator is na de nulmeting geen enkele waarde gemeten, in het IVP noch in de rapportage: de voortgang ervan is niet te volgen.",
    oplossing: "Voeg de metingen toe (met bron en datum), of zeg waarom er (nog) geen zijn.",
    grond: Grond::GezondVerstand {
        stelling: "Een effectindicator die niet wordt gemeten, kan geen voortgang laten zien.",
    },
};

fn vg_003_ivp(r: &Voortgangsrapportage, ind: &Effectindicator, v: &mut Verzamelaar) {
    if gemeten(r, ind).is_empty() {
        let naam = ind.naam.waarde().map_or("", String::as_str);
        v.meld(
            &VG_003,
            pad_van(r, naam),
            format!("\"{naam}\" heeft geen meting na de nulmeting (tot de peildatum)"),
        );
    }
}

/// An indicator the report names without a single measurement.
fn vg_003_rapport(r: &Voortgangsrapportage, v: &mut Verzamelaar) {
    for (i, ind) in r.indicatoren.iter().enumerate() {
        if ind.metingen.is_empty() {
            v.meld(
                &VG_003,
                format!("/indicatoren/{i}"),
                format!("\"{}\" staat in de rapportage zonder meting", ind.naam),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::controle::controleer_voortgang;

    fn bevindingen(
        r: &Voortgangsrapportage,
        ivp: Option<&Ivp>,
        up: Option<&Uitvoeringsplan>,
        code: &str,
    ) -> Vec<String> {
        controleer_voortgang(r, ivp, up)
            .met_code(code)
            .map(|d| d.pad.clone())
            .collect()
    }

    const IVP: &str = r#"
gemeenten = ["Utrecht"]
periode = "2021-2024"
[[prioriteiten]]
naam = "Woninginbraak"
themas = ["1.3"]
[[prioriteiten.effectindicatoren]]
naam = "Woninginbraken"
nulmeting = { jaar = 2020, waarde = 100 }
streefwaarde = { jaar = 2023, waarde = 80 }
reeks = [{ jaar = 2022, waarde = 85 }]
[[prioriteiten.effectindicatoren]]
naam = "Aangiftebereidheid"
nulmeting = { jaar = 2020, waarde = 30 }
streefwaarde = { jaar = 2026, waarde = 40 }
"#;

    /// VG-001: "Een streefwaarde waarvan het jaar voorbij is, is gehaald of niet gehaald".
    #[test]
    fn vg_001_streefjaar_voorbij() {
        let ivp = Ivp::uit_toml(IVP).expect("ivp");
        let r =
            Voortgangsrapportage::uit_toml("gemeenten = [\"Utrecht\"]\npeildatum = 2024-03-31\n")
                .expect("r");
        assert_eq!(
            bevindingen(&r, Some(&ivp), None, "VG-001"),
            ["/indicatoren"]
        );
        // Reached by the report's measurement of 2023: no finding.
        let r = Voortgangsrapportage::uit_toml(
            "gemeenten = [\"Utrecht\"]\npeildatum = 2024-03-31\n[[indicatoren]]\nnaam = \"Woninginbraken\"\nmetingen = [{ datum = \"2023-12-31\", waarde = 79, bron = \"politieregistratie\" }]\n",
        )
        .expect("r");
        assert!(bevindingen(&r, Some(&ivp), None, "VG-001").is_empty());
        // The target's year not yet over: no finding.
        let r =
            Voortgangsrapportage::uit_toml("gemeenten = [\"Utrecht\"]\npeildatum = 2023-12-31\n")
                .expect("r");
        assert!(bevindingen(&r, Some(&ivp), None, "VG-001").is_empty());
    }

    /// VG-002: "Wat volgens de planning klaar had moeten zijn en het niet is, is vertraagd".
    #[test]
    fn vg_002_maatregel_over_tijd() {
        let up = Uitvoeringsplan::uit_toml(
            r#"
gemeenten = ["Utrecht"]
jaar = 2024
[[prioriteiten]]
naam = "Woninginbraak"
themas = ["1.3"]
[[prioriteiten.actiepunten]]
naam = "Preventie"
[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "Buurtapps"
gereed_voor = "2024-03-01"
[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "Voorlichting"
gereed_voor = "2024-03-01"
[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "Later"
gereed_voor = "2024-12-01"
"#,
        )
        .expect("up");
        let r = Voortgangsrapportage::uit_toml(
            "gemeenten = [\"Utrecht\"]\npeildatum = 2024-06-30\n[[maatregelen]]\nmaatregel = \"Buurtapps\"\nstatus = \"loopt\"\n[[maatregelen]]\nmaatregel = \"Voorlichting\"\nstatus = \"afgerond\"\n",
        )
        .expect("r");
        assert_eq!(
            bevindingen(&r, None, Some(&up), "VG-002"),
            ["/maatregelen/0/status"]
        );
        let r =
            Voortgangsrapportage::uit_toml("gemeenten = [\"Utrecht\"]\npeildatum = 2024-06-30\n")
                .expect("r");
        assert_eq!(
            bevindingen(&r, None, Some(&up), "VG-002"),
            ["/maatregelen", "/maatregelen"]
        );
    }

    /// VG-003: "Een effectindicator die niet wordt gemeten, kan geen voortgang laten zien."
    #[test]
    fn vg_003_zonder_meting() {
        let ivp = Ivp::uit_toml(IVP).expect("ivp");
        let r = Voortgangsrapportage::uit_toml(
            "gemeenten = [\"Utrecht\"]\npeildatum = 2024-03-31\n[[indicatoren]]\nnaam = \"Aangiftebereidheid\"\n",
        )
        .expect("r");
        // Once from the IVP (no measurement anywhere), once for the report's empty entry.
        assert_eq!(
            bevindingen(&r, Some(&ivp), None, "VG-003"),
            ["/indicatoren/0", "/indicatoren/0"]
        );
        let r = Voortgangsrapportage::uit_toml(
            "gemeenten = [\"Utrecht\"]\npeildatum = 2024-03-31\n[[indicatoren]]\nnaam = \"Aangiftebereidheid\"\nmetingen = [{ datum = \"2023-12-31\", waarde = 33, bron = \"gemeente\" }]\n",
        )
        .expect("r");
        assert!(bevindingen(&r, Some(&ivp), None, "VG-003").is_empty());
    }
}
