//! The three voorzieningen for sturing in the uitvoeringsfase (step 6).

use core::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, FromRepr, IntoStaticStr, VariantArray};

use crate::naam::Benoembaar;
use crate::Bron;

const STAP_6: Bron = Bron::new("Stappenplan, Stap 6: Van beleid naar uitvoering", Some(6));

/// One of the three kinds of voorzieningen for sturing in the uitvoeringsfase that step 6
/// names.
///
/// Serialised (serde) as its stable snake_case key: `"voortgangsoverleg"`,
/// `"voortgangsrapportage"` or `"informatiepositie"`. [`FromStr`](core::str::FromStr) accepts the number 1 to 3,
/// the key and the name as printed.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::SturingVoorziening;
///
/// let voorziening: SturingVoorziening = "Borging informatiepositie".parse()?;
/// assert_eq!(voorziening, SturingVoorziening::Informatiepositie);
/// assert!(SturingVoorziening::Voortgangsoverleg
///     .tekst()
///     .contains("als uitgangspunt geldt een driemaandelijke frequentie"));
/// # Ok::<(), kernbeleid::methode::OnbekendeSturingVoorziening>(())
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
#[doc(alias = "steering")]
#[doc(alias = "monitoring")]
pub enum SturingVoorziening {
    /// "Periodiek voortgangsoverleg Integrale Veiligheid".
    Voortgangsoverleg,
    /// "Periodieke voortgangsrapportage Integrale Veiligheid".
    Voortgangsrapportage,
    /// "Borging informatiepositie".
    Informatiepositie,
}

/// What the handbook says about one [`SturingVoorziening`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SturingVoorzieningGegevens {
    /// The voorziening described.
    pub voorziening: SturingVoorziening,
    /// Position 1 to 3 in the handbook's list.
    pub nummer: u8,
    /// The name as printed (the italic lead of the bullet).
    pub naam: &'static str,
    /// The description after the name, as printed (without the `;` that ends the bullet).
    pub tekst: &'static str,
    /// Where it stands: "Stappenplan, Stap 6: Van beleid naar uitvoering", p. 6.
    pub bron: Bron,
}

static VOORZIENINGEN: [SturingVoorzieningGegevens; 3] = [
    SturingVoorzieningGegevens {
        voorziening: SturingVoorziening::Voortgangsoverleg,
        nummer: 1,
        naam: "Periodiek voortgangsoverleg Integrale Veiligheid",
        tekst: "in dit overleg participeren bij voorkeur interne kernpartners en de politie; doelen zijn de voortgang van het IVP/Uitvoeringsplan te monitoren, knelpunten tijdig te signaleren, interventies voor te bereiden en nieuwe veiligheidsitems/-bedreigingen vast te stellen en door te vertalen in aanpak/maatregelen; aan te bevelen is het de werkgroep van het IVP voor dit doel te benutten; de wenselijke omvang en frequentie van het voortgangsoverleg zijn mede afhankelijk van reeds aanwezige overleggen rond specifieke veiligheidsthema's (prioriteiten) – gewaakt dient voor een teveel aan overleggen; als uitgangspunt geldt een driemaandelijke frequentie; OOV is trekker van het overleg, bereidt het voor en verzorgt/bewaakt de doorvertaling naar en afstemming met MT en bestuurders",
        bron: STAP_6,
    },
    SturingVoorzieningGegevens {
        voorziening: SturingVoorziening::Voortgangsrapportage,
        nummer: 2,
        naam: "Periodieke voortgangsrapportage Integrale Veiligheid",
        tekst: "in deze rapportage wordt de ontwikkeling van veiligheidsbeeld en aanpak beknopt gekarakteriseerd; de rapportage kan zowel input als output van het periodieke overleg zijn; zij vormt mogelijk de basis van beleidsbijstelling; de rapportage heeft bij voorkeur dashboardachtige kenmerken, met het oog op vlotte en effectieve ambtelijke en bestuurlijke communicatie; periodieke rapportages kunnen eventueel 'gebundeld' worden tot een evaluatief 'jaarbeeld' als basis voor het nieuwe uitvoeringsplan (zie stap 5: 'integrale check op actualiteit')",
        bron: STAP_6,
    },
    SturingVoorzieningGegevens {
        voorziening: SturingVoorziening::Informatiepositie,
        nummer: 3,
        naam: "Borging informatiepositie",
        tekst: "dit betreft enerzijds informatie over het veiligheidsbeeld, anderzijds informatie over de voortgang van maatregelen/aanpak; voor beide soorten informatie zullen afspraken met partners moeten worden gemaakt en werkwijzen/methodes bepaald; het onderdeel veiligheidsbeeld raakt nadrukkelijk aan het bredere vraagstuk van intelligence (zie ook hierna); de veiligheidsinformatie dient zowel een evaluatief (monitoring effecten van de aanpak) als een exploratief (nieuwe bedreigingen signaleren) doel.",
        bron: STAP_6,
    },
];

impl SturingVoorziening {
    /// The handbook's record for this voorziening.
    #[must_use]
    pub fn gegevens(self) -> &'static SturingVoorzieningGegevens {
        &VOORZIENINGEN[self as usize]
    }

    /// Position 1 to 3 in the handbook's list.
    #[must_use]
    pub fn nummer(self) -> u8 {
        self.gegevens().nummer
    }

    /// The name as printed, for example `"Borging informatiepositie"`.
    #[must_use]
    pub fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The description as printed.
    #[must_use]
    pub fn tekst(self) -> &'static str {
        self.gegevens().tekst
    }

    /// The stable snake_case key serde writes, for example `"voortgangsoverleg"`.
    #[must_use]
    pub fn sleutel(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for SturingVoorziening {
    /// The naam as printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl Benoembaar for SturingVoorziening {
    const ONBEKEND: &'static str = "onbekende voorziening voor sturing";

    /// The naam as printed and the key.
    fn namen(self) -> impl Iterator<Item = &'static str> {
        [self.naam(), self.sleutel()].into_iter()
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("1 tot en met 3, voortgangsoverleg, voortgangsrapportage, informatiepositie of de naam van een voorziening")
    }
}

van_tekst!(
    /// Error returned when text does not name one of the three [`SturingVoorziening`]en.
    OnbekendeSturingVoorziening: SturingVoorziening
);
