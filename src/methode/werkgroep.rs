//! The werkgroep that shapes the IVP and Uitvoeringsplan ("Werkgroep", p. 6).

use serde::Serialize;

use super::{Bereik, Stap};
use crate::Bron;

/// What the handbook says about the werkgroep.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::{Stap, WERKGROEP};
///
/// assert_eq!(WERKGROEP.max_deelnemers.to_string(), "7 a 8");
/// assert_eq!(WERKGROEP.max_bijeenkomsten.to_string(), "5 a 6");
/// assert_eq!(WERKGROEP.trekker, "coördinator integrale veiligheid");
/// assert_eq!(WERKGROEP.geformeerd_in, Stap::Opstart);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[doc(alias = "working group")]
pub struct Werkgroep {
    /// The whole section as printed.
    pub tekst: &'static str,
    /// The step in which the werkgroep is formed ("Deze wordt geformeerd in stap 1").
    pub geformeerd_in: Stap,
    /// What the werkgroep does.
    pub taak: &'static str,
    /// Who takes part and what counts in them.
    pub samenstelling: &'static str,
    /// "In totaal telt de werkgroep maximaal 7 a 8 deelnemers": the maximum, as a range.
    pub max_deelnemers: Bereik,
    /// "maximaal 5 a 6 keer bijeen" over the whole process: the maximum, as a range.
    pub max_bijeenkomsten: Bereik,
    /// The trekker (lead) of the werkgroep.
    pub trekker: &'static str,
    /// The trekker's role, as printed.
    pub trekker_rol: &'static str,
    /// What becomes of the werkgroep in the uitvoeringsfase.
    pub uitvoeringsfase: &'static str,
    /// Where it stands: "Werkgroep", p. 6.
    pub bron: Bron,
}

/// The werkgroep as the handbook describes it.
pub const WERKGROEP: Werkgroep = Werkgroep {
    tekst: "Een belangrijke rol in de beleidsontwikkeling volgens het Kernbeleid Veiligheid speelt de werkgroep. Deze wordt geformeerd in stap 1 (zie hierna). De werkgroep geeft gezamenlijk vorm aan, stemt af over tussenproducten op weg naar het IVP en Uitvoeringsplan. In de werkgroep participeren interne sleutelpartners (de belangrijkste betrokken beleidsdomeinen, met een redelijke 'dekking' van de vijf veiligheidsvelden) en bij voorkeur ook een vertegenwoordiger van de politie. In persoon gaat het om dossierkenners en beleidsontwikkelaars, niet per se managers/ leidinggevend. Cruciaal zijn kennis, creativiteit, ruime scope en beleidsvaardigheden. In totaal telt de werkgroep maximaal 7 a 8 deelnemers. Trekker is de coördinator integrale veiligheid, tevens de (eind)redacteur en regisseur van de beleidsontwikkeling. De werkgroep komt in het gehele traject maximaal 5 a 6 keer bijeen. De werkgroep blijft bij voorkeur in stand als periodiek voortgangsoverleg in de uitvoeringsfase.",
    geformeerd_in: Stap::Opstart,
    taak: "De werkgroep geeft gezamenlijk vorm aan, stemt af over tussenproducten op weg naar het IVP en Uitvoeringsplan.",
    samenstelling: "In de werkgroep participeren interne sleutelpartners (de belangrijkste betrokken beleidsdomeinen, met een redelijke 'dekking' van de vijf veiligheidsvelden) en bij voorkeur ook een vertegenwoordiger van de politie. In persoon gaat het om dossierkenners en beleidsontwikkelaars, niet per se managers/ leidinggevend. Cruciaal zijn kennis, creativiteit, ruime scope en beleidsvaardigheden.",
    max_deelnemers: Bereik::tussen(7, 8),
    max_bijeenkomsten: Bereik::tussen(5, 6),
    trekker: "coördinator integrale veiligheid",
    trekker_rol: "Trekker is de coördinator integrale veiligheid, tevens de (eind)redacteur en regisseur van de beleidsontwikkeling.",
    uitvoeringsfase: "De werkgroep blijft bij voorkeur in stand als periodiek voortgangsoverleg in de uitvoeringsfase.",
    bron: Bron::new("Werkgroep", Some(6)),
};
