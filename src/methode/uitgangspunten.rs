//! The ten uitgangspunten (starting principles) of Kernbeleid Veiligheid ("Uitgangspunten", p. 5).

use core::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, FromRepr, IntoStaticStr, VariantArray};

use crate::naam::Benoembaar;
use crate::Bron;

const BRON: Bron = Bron::new("Uitgangspunten", Some(5));

/// One of the ten uitgangspunten, in the handbook's order.
///
/// Serialised (serde) as its stable snake_case key ([`Uitgangspunt::sleutel`]), for example
/// `"interactie_en_verbinding"`. [`FromStr`](core::str::FromStr) accepts the position 1 to 10, the key and the name
/// as printed, ignoring case, accents and punctuation.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::Uitgangspunt;
///
/// let uitgangspunt: Uitgangspunt = "stap voor stap".parse()?;
/// assert_eq!(uitgangspunt, Uitgangspunt::StapVoorStap);
/// assert_eq!(uitgangspunt.nummer(), 4);
/// assert!(uitgangspunt.tekst().starts_with("Beleidsontwikkeling is een complex"));
/// # Ok::<(), kernbeleid::methode::OnbekendUitgangspunt>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumCount,
    VariantArray,
    FromRepr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
#[doc(alias = "principle")]
#[doc(alias = "starting principle")]
pub enum Uitgangspunt {
    /// "Interactie en verbinding".
    InteractieEnVerbinding,
    /// "Integraliteit".
    Integraliteit,
    /// "Stevig inhoudelijk fundament".
    StevigInhoudelijkFundament,
    /// "Stap voor stap".
    StapVoorStap,
    /// "Afbakening integrale veiligheid".
    AfbakeningIntegraleVeiligheid,
    /// "Focus op maatschappelijke effectiviteit".
    FocusOpMaatschappelijkeEffectiviteit,
    /// "Cyclisch".
    Cyclisch,
    /// "Maatwerk".
    Maatwerk,
    /// "Meetbaar beleid".
    MeetbaarBeleid,
    /// "Politiek-bestuurlijke borging".
    PolitiekBestuurlijkeBorging,
}

/// What the handbook says about one [`Uitgangspunt`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UitgangspuntGegevens {
    /// The uitgangspunt described.
    pub uitgangspunt: Uitgangspunt,
    /// Position 1 to 10 in the handbook's (bulleted, unnumbered) list.
    pub nummer: u8,
    /// The italic lead of the bullet, for example `"Interactie en verbinding"`.
    pub naam: &'static str,
    /// The explanation after the lead, as printed.
    pub tekst: &'static str,
    /// Where it stands: "Uitgangspunten", p. 5.
    pub bron: Bron,
}

const fn record(
    uitgangspunt: Uitgangspunt,
    naam: &'static str,
    tekst: &'static str,
) -> UitgangspuntGegevens {
    UitgangspuntGegevens {
        uitgangspunt,
        nummer: uitgangspunt as u8 + 1,
        naam,
        tekst,
        bron: BRON,
    }
}

/// The lead-in sentence of the list of uitgangspunten.
pub const UITGANGSPUNTEN_INLEIDING: &str =
    "Belangrijke uitgangspunten van Kernbeleid Veiligheid zijn:";

static UITGANGSPUNTEN: [UitgangspuntGegevens; 10] = [
    record(
        Uitgangspunt::InteractieEnVerbinding,
        "Interactie en verbinding",
        "Veiligheidsbeleid is het meest effectief wanneer het in samenwerking met interne en externe partners tot stand komt: dit zorgt voor 'scherper' beleid dat aansluit op flankerend beleid én draagvlak heeft.",
    ),
    record(
        Uitgangspunt::Integraliteit,
        "Integraliteit",
        "Veiligheidsbeleid is bij voorkeur integraal, in de zin van dat het zich richt op sociale én fysieke veiligheid, dwarsverbanden bewaakt tussen veiligheidsthema's, combinaties van preventie en repressie zoekt bij elk thema, mogelijkheden van interne en externe partners (inclusief bewoners) in samenhang benut.",
    ),
    record(
        Uitgangspunt::StevigInhoudelijkFundament,
        "Stevig inhoudelijk fundament",
        "Verankering in een gedegen veiligheidsanalyse is een voorwaarde voor 'werkend veiligheidsbeleid'.",
    ),
    record(
        Uitgangspunt::StapVoorStap,
        "Stap voor stap",
        "Beleidsontwikkeling is een complex, veelzijdig proces en juist daarom is een heldere stapsgewijze aanpak noodzakelijk (zie hierna).",
    ),
    record(
        Uitgangspunt::AfbakeningIntegraleVeiligheid,
        "Afbakening integrale veiligheid",
        "Het gemeentelijk veiligheidsbeleid richt zich op het lokale integrale veiligheidsterrein. Hierbinnen zijn vijf accenten ('veiligheidsvelden') te onderscheiden, namelijk: 'veilige woon- en leefomgeving', 'bedrijvigheid en veiligheid', 'jeugd en veiligheid', 'fysieke veiligheid' en 'integriteit en veiligheid' (zie hierna).",
    ),
    record(
        Uitgangspunt::FocusOpMaatschappelijkeEffectiviteit,
        "Focus op maatschappelijke effectiviteit",
        "Leidend in de beleidsvoering is de veiligheid van de gemeente – bij het uitvoeren van de analyse, het formuleren van doelen, het vormgeven van de aanpak en bij evaluaties.",
    ),
    record(
        Uitgangspunt::Cyclisch,
        "Cyclisch",
        "Het beleid wordt doorvertaald in een uitvoeringsplan, in de uitvoeringsfase wordt hierop gestuurd, tussenevaluaties zijn input voor nieuwe uitvoeringsplannen en beleid.",
    ),
    record(
        Uitgangspunt::Maatwerk,
        "Maatwerk",
        "IVP en Uitvoeringsplan zijn altijd maatwerk – dit wordt bewerkstelligd door de analyse vooraf en de verbindingen met lokale strategische kaders en flankerend beleid.",
    ),
    record(
        Uitgangspunt::MeetbaarBeleid,
        "Meetbaar beleid",
        "Het IVP bevat bij voorkeur heldere effectdoelstellingen, het Uitvoeringsplan tastbare prestatie-indicatoren.",
    ),
    record(
        Uitgangspunt::PolitiekBestuurlijkeBorging,
        "Politiek-bestuurlijke borging",
        "Portefeuillehouder, College en Gemeenteraad zijn nauw betrokken bij de beleidsontwikkeling, met inachtneming van de beginselen van dualisme.",
    ),
];

impl Uitgangspunt {
    /// The handbook's record for this uitgangspunt.
    #[must_use]
    pub fn gegevens(self) -> &'static UitgangspuntGegevens {
        &UITGANGSPUNTEN[self as usize]
    }

    /// Position 1 to 10 in the handbook's list.
    #[must_use]
    pub fn nummer(self) -> u8 {
        self.gegevens().nummer
    }

    /// The name as printed, for example `"Interactie en verbinding"`.
    #[must_use]
    pub fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The explanation as printed.
    #[must_use]
    pub fn tekst(self) -> &'static str {
        self.gegevens().tekst
    }

    /// The stable snake_case key serde writes, for example `"interactie_en_verbinding"`.
    #[must_use]
    pub fn sleutel(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for Uitgangspunt {
    /// The naam as printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl Benoembaar for Uitgangspunt {
    const ONBEKEND: &'static str = "onbekend uitgangspunt";

    /// The naam as printed and the key.
    fn namen(self) -> impl Iterator<Item = &'static str> {
        [self.naam(), self.sleutel()].into_iter()
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("1 tot en met 10 of de naam van een uitgangspunt")
    }
}

van_tekst!(
    /// Error returned when text does not name one of the ten [`Uitgangspunt`]en.
    OnbekendUitgangspunt: Uitgangspunt
);
