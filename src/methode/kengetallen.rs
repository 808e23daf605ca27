//! The numbers the handbook states for the plans themselves: how many priorities, how many
//! effect indicators per priority, how long an IVP and an uitvoeringsplan run. Each lives here
//! once, with the words it is stated in; the controle reads its limits from here.

use serde::Serialize;

use super::Bereik;
use crate::Bron;

/// A number the handbook states, with its words and where it stands.
///
/// # Example
///
/// ```
/// use kernbeleid::methode::{Bereik, PRIORITEITEN};
///
/// assert_eq!(PRIORITEITEN.bereik, Bereik::tussen(3, 4));
/// assert_eq!(PRIORITEITEN.woorden, "drie a vier");
/// assert!(PRIORITEITEN.citaat.contains(PRIORITEITEN.woorden));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Kengetal {
    /// The number or range.
    pub bereik: Bereik,
    /// The number in the handbook's own words, for example `"drie a vier"`.
    pub woorden: &'static str,
    /// The sentence that states it, verbatim.
    pub citaat: &'static str,
    /// Where it stands.
    pub bron: Bron,
}

/// "Uitgangspunt is een maximum van drie a vier prioriteiten" (step 3).
pub const PRIORITEITEN: Kengetal = Kengetal {
    bereik: Bereik::tussen(3, 4),
    woorden: "drie a vier",
    citaat: "Uitgangspunt is een maximum van drie a vier prioriteiten, om het prioritaire karakter te onderstrepen en vast te houden.",
    bron: Bron::new("Stappenplan, Stap 3: Prioritering", Some(6)),
};

/// "Beperk het aantal indicatoren (twee a drie per prioriteit)" ("Effectindicatoren").
pub const EFFECTINDICATOREN_PER_PRIORITEIT: Kengetal = Kengetal {
    bereik: Bereik::tussen(2, 3),
    woorden: "twee a drie",
    citaat: "Beperk het aantal indicatoren (twee a drie per prioriteit). Een teveel aan indicatoren compliceert de informatieverzameling en verantwoording. Maak eventueel samengestelde indicatoren.",
    bron: Bron::new("Effectindicatoren", Some(14)),
};

/// The IVP's cycle in years: the Regionaal Beleidsplan is "eveneens vierjaarlijks", like the
/// IVP it is built from. The handbook gives no other length for the IVP itself.
pub const IVP_JAREN: Kengetal = Kengetal {
    bereik: Bereik::tussen(4, 4),
    woorden: "vierjaarlijks",
    citaat: "Het IVP vormt input voor het Regionaal Beleidsplan van de politie-eenheid. Dit eveneens vierjaarlijkse beleid",
    bron: Bron::new("IVP en het Regionaal Beleidsplan politie", Some(15)),
};

/// "Het uitvoeringsplan geldt bij voorkeur voor één jaar" (step 5): a preference, not a rule.
pub const UITVOERINGSPLAN_JAREN: Kengetal = Kengetal {
    bereik: Bereik::tussen(1, 1),
    woorden: "bij voorkeur voor één jaar",
    citaat: "Het uitvoeringsplan geldt bij voorkeur voor één jaar.",
    bron: Bron::new("Stappenplan, Stap 5: Opstellen Uitvoeringsplan", Some(6)),
};

/// Every number above, for tools and tests that go through them all.
pub const KENGETALLEN: [&Kengetal; 4] = [
    &PRIORITEITEN,
    &EFFECTINDICATOREN_PER_PRIORITEIT,
    &IVP_JAREN,
    &UITVOERINGSPLAN_JAREN,
];
