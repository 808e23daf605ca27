//! Starting the next plan from the previous one (`kbv skelet --vorig`): its priorities offered,
//! their texts as guidance "uit het vorige plan".

use crate::document::{Invulbaar, Ivp, Tekst};

use super::keuze::PrioriteitKeuze;

/// The previous plan's priorities as choices for the next: each with its own name and themes.
/// A priority without themes (an import that recognised none) is left out: it cannot be
/// chosen until its themes are filled in.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::{Ivp, Periode, Prioriteit};
/// use kernbeleid::skelet::keuzes_uit_vorig_plan;
///
/// let mut vorig = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026)?);
/// vorig.prioriteiten.push(Prioriteit::new("Ondermijning", [Thema::OndermijnendeCriminaliteit.into()]));
/// let keuzes = keuzes_uit_vorig_plan(&vorig);
/// assert_eq!(keuzes[0].naam(), "Ondermijning");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn keuzes_uit_vorig_plan(vorig: &Ivp) -> Vec<PrioriteitKeuze> {
    vorig
        .prioriteiten
        .iter()
        .filter(|p| !p.themas.is_empty())
        .map(|p| PrioriteitKeuze {
            eigen_naam: Some(p.naam.clone()),
            themas: p.themas.clone(),
        })
        .collect()
}

/// Adds the previous plan's texts to a skeleton as guidance: for every priority of `ivp` that
/// shares a theme with a priority or other theme of `vorig`, its placeholders say what the
/// previous plan wrote ("uit het vorige plan ('Ondermijning', 2023-2026): ..."). Only
/// placeholders change: nothing the coordinator wrote is touched, and nothing is filled in for
/// them.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::{Ivp, Periode, Prioriteit};
/// use kernbeleid::skelet::{self, keuzes_uit_vorig_plan, IvpOpties};
///
/// let mut vorig = Ivp::new(["Utrecht"], Periode::jaren(2023, 2026)?);
/// let mut p = Prioriteit::new("Ondermijning", [Thema::OndermijnendeCriminaliteit.into()]);
/// p.toelichting = Some("Drugs in het havengebied.".to_owned().into());
/// vorig.prioriteiten.push(p);
///
/// let opties = IvpOpties::new(["Utrecht"], Periode::jaren(2027, 2030)?, keuzes_uit_vorig_plan(&vorig));
/// let mut ivp = skelet::ivp(&opties);
/// skelet::vul_uit_vorig_plan(&mut ivp, &vorig);
/// let aanwijzing = ivp.prioriteiten[0].toelichting.as_ref().and_then(|t| t.aanwijzing()).unwrap_or("");
/// assert!(aanwijzing.contains("uit het vorige plan ('Ondermijning', 2023-2026): Drugs in het havengebied."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn vul_uit_vorig_plan(ivp: &mut Ivp, vorig: &Ivp) {
    let periode = vorig.periode.to_string();
    for p in &mut ivp.prioriteiten {
        let Some(oud) = vorig
            .prioriteiten
            .iter()
            .chain(&vorig.overige_themas)
            .find(|o| o.themas.iter().any(|t| p.themas.contains(t)))
        else {
            continue;
        };
        let herkomst = format!("uit het vorige plan ('{}', {periode})", oud.naam);
        if let Some(tekst) = samen(oud.toelichting.iter()) {
            voeg_toe(&mut p.toelichting, &herkomst, &tekst);
        }
        if let Some(tekst) = samen(oud.doelstelling_kwalitatief.iter()) {
            voeg_toe_aan_lijst(&mut p.doelstelling_kwalitatief, &herkomst, &tekst);
        }
        if let Some(tekst) = samen(oud.hoofdlijnen_aanpak.iter()) {
            voeg_toe_aan_lijst(&mut p.hoofdlijnen_aanpak, &herkomst, &tekst);
        }
        let deel: Vec<&str> = oud.deelthemas.iter().map(|d| d.naam.as_str()).collect();
        if !deel.is_empty() {
            voeg_toe(
                &mut p.toelichting,
                &herkomst,
                &format!("deelthema's: {}", deel.join(", ")),
            );
        }
    }
}

/// The filled-in texts, one after the other.
fn samen<'a>(teksten: impl Iterator<Item = &'a Tekst>) -> Option<String> {
    let delen: Vec<&str> = teksten
        .filter_map(Invulbaar::waarde)
        .map(String::as_str)
        .filter(|t| !t.trim().is_empty())
        .collect();
    (!delen.is_empty()).then(|| delen.join(" "))
}

/// Adds guidance to a placeholder; a field already written is left as it is.
fn voeg_toe(veld: &mut Option<Tekst>, herkomst: &str, tekst: &str) {
    match veld {
        Some(Invulbaar::InTeVullen { in_te_vullen }) => {
            in_te_vullen.push_str(&format!(" Ter vergelijking, {herkomst}: {tekst}"));
        }
        Some(Invulbaar::Waarde(_)) => {}
        None => *veld = Some(Invulbaar::in_te_vullen(format!("{herkomst}: {tekst}"))),
    }
}

/// Adds guidance to the first placeholder of a list, or a placeholder of its own.
fn voeg_toe_aan_lijst(lijst: &mut Vec<Tekst>, herkomst: &str, tekst: &str) {
    match lijst.iter_mut().find(|t| t.is_in_te_vullen()) {
        Some(Invulbaar::InTeVullen { in_te_vullen }) => {
            in_te_vullen.push_str(&format!(" Ter vergelijking, {herkomst}: {tekst}"));
        }
        _ => lijst.push(Invulbaar::in_te_vullen(format!("{herkomst}: {tekst}"))),
    }
}
