//! The handbook's passages that more than one rule rests on. A passage only one rule cites
//! stands in that rule's declaration.

use crate::Bron;

pub(crate) const STAP_2: Bron = Bron::new("Stappenplan, Stap 2: Veiligheidsanalyse", Some(6));
pub(crate) const STAP_4: Bron = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
pub(crate) const STAP_5: Bron =
    Bron::new("Stappenplan, Stap 5: Opstellen Uitvoeringsplan", Some(6));
pub(crate) const EFFECTINDICATOREN: Bron = Bron::new("Effectindicatoren", Some(14));
pub(crate) const DRIEHOEK: Bron = Bron::new("IVP en de Driehoek", Some(15));
pub(crate) const OVERZICHT: Bron = Bron::new(
    "Overzicht: belangrijke karakteristieken van het proces",
    Some(12),
);
pub(crate) const MEERDERE: Bron = Bron::new("Een IVP met meerdere gemeenten", Some(13));
pub(crate) const DIGITAAL: Bron = Bron::new(
    "Strategisch thema: Gedigitaliseerde criminaliteit (waaronder cybercrime)",
    Some(19),
);
pub(crate) const UITGANGSPUNTEN: Bron = Bron::new("Uitgangspunten", Some(5));

/// The four vaste onderdelen of a priority (step 4, chapter 4).
pub(crate) const VASTE_ONDERDELEN: &str = "Vaste onderdelen zijn: (*) uitleg/toelichting van het veiligheidsthema: waarom is het prioritair in de gemeente?; (*) hoofdlijnen van de aanpak in komende jaren: daadwerkelijk de 'hoofdlijnen' – concretisering gebeurt in het Uitvoeringsplan; wel kunnen voorbeeldsgewijs specifieke instrumenten worden genoemd; (*) flankerend beleid, vooral van de gemeente; denk aan zorg- en welzijnsbeleid, participatiebeleid, wijkmanagement/ gebiedsgericht werken, etc.; (*) doelstelling, wederom zowel kwalitatief ('missie') als kwantitatief (streefwaarden op effectindicatoren)";

/// What step 5 asks of every action and measure.
pub(crate) const MAATREGELEN: &str = "De acties en maatregelen worden concreet en meetbaar beschreven ('prestatie-indicatoren'), met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker, betrokken partijen, planning.";

/// Step 3's filtering: what is not a priority comes back as an other strategic theme.
pub(crate) const KANTELING: &str = "In stap 3 worden uit dit geheel prioriteiten 'gefilterd' en de resterende veiligheidsthema's binnen de velden geclusterd tot een logische set overige strategische thema's.";

/// Where an IVP and an uitvoeringsplan are adopted.
pub(crate) const VASTSTELLING: &str =
    "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.";
