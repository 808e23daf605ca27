//! The method of part 1 of the handbook ("1 De hoofdzaken"): how a gemeente develops its
//! Integraal Veiligheidsplan (IVP) and Uitvoeringsplan, as static data.
//!
//! Encoded here, each record carrying the [`Bron`](crate::Bron) it comes from:
//!
//! - the ten [`Uitgangspunt`]en (p. 5);
//! - the [`WERKGROEP`] that shapes the plans (p. 6), with its size and number of meetings as
//!   [`Bereik`]s ("7 a 8", "5 a 6");
//! - the six [`Stap`]pen of the stappenplan (p. 6): essentie/resultaat, werkwijze,
//!   deelstappen, formats/tools, doorlooptijd in weeks and the coordinator's days;
//! - the seven [`IvpHoofdstuk`]ken of the IVP (step 4) and the five
//!   [`UitvoeringsplanHoofdstuk`]ken of the Uitvoeringsplan (step 5);
//! - the three [`SturingVoorziening`]en of step 6;
//! - the [`PROCESOVERZICHT`] of the process's karakteristieken (p. 12), the [`WISSELWERKING`]
//!   between IVP and Uitvoeringsplan (p. 13, quoted for steps 4 and 5 in
//!   [`STAP_4_EN_5_TEGELIJK`]) and the [`GEZAMENLIJK_IVP`] of several gemeenten (p. 13);
//! - the guidance on [`EFFECTINDICATOREN`] and streefwaarden (p. 14);
//! - the numbers the handbook states for the plans ([`KENGETALLEN`]): three to four
//!   priorities, two to three indicators per priority, a four-year IVP, a one-year
//!   uitvoeringsplan.
//!
//! The three strategic themes of part 1 (pp. 19-21) are in
//! [`catalogus`](crate::catalogus::StrategischThema).
//!
//! Text is quoted word for word, typos included; only the source's `*`/`**` emphasis markers,
//! bullet characters and item numbers are dropped, and a sentence the source breaks across a
//! page is joined with one space. Enums serialise as stable snake_case keys and parse from a
//! number, that key or the Dutch name (see [`crate::naam`]). This module imports nothing from
//! [`catalogus`](crate::catalogus), which builds on it.
//!
//! # Example
//!
//! ```
//! use kernbeleid::methode::{Bereik, Stap};
//! use kernbeleid::VariantArray;
//!
//! let totaal_min: u16 = Stap::VARIANTS.iter().map(|s| s.coordinator_dagen().min).sum();
//! assert_eq!(totaal_min, 28);
//! let stap: Stap = "stap 3".parse()?;
//! assert_eq!(stap.doorlooptijd_weken(), Some(Bereik::plm(4)));
//! # Ok::<(), kernbeleid::methode::OnbekendeStap>(())
//! ```

/// For each enum of the method named in text: the error alias `$fout` (with its doc comment) and
/// `FromStr` by [`Benoembaar::herken`](crate::naam::Benoembaar::herken). What is each enum's own
/// (its names, the error's opening words) stays in its `Benoembaar` impl.
macro_rules! van_tekst {
    ($(#[$doc:meta])* $fout:ident: $type:ident) => {
        $(#[$doc])*
        pub type $fout = $crate::naam::Onbekend<$type>;

        impl core::str::FromStr for $type {
            type Err = $fout;

            /// See [`Benoembaar::herken`](crate::naam::Benoembaar::herken); allocates only for
            /// the error.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$type as $crate::naam::Benoembaar>::herken(s).ok_or_else(|| $fout::new(s))
            }
        }
    };
}

mod bereik;
mod effectindicatoren;
mod hoofdstukken;
mod kengetallen;
mod meerdere_gemeenten;
mod overzicht;
mod stappen;
mod sturing;
mod tekst;
mod uitgangspunten;
mod werkgroep;

pub use bereik::Bereik;
pub use effectindicatoren::{Effectindicatoren, EFFECTINDICATOREN};
pub use hoofdstukken::{
    IvpHoofdstuk, IvpHoofdstukGegevens, OnbekendIvpHoofdstuk, OnbekendUitvoeringsplanHoofdstuk,
    UitvoeringsplanHoofdstuk, UitvoeringsplanHoofdstukGegevens,
};
pub use kengetallen::{
    Kengetal, EFFECTINDICATOREN_PER_PRIORITEIT, IVP_JAREN, KENGETALLEN, PRIORITEITEN,
    UITVOERINGSPLAN_JAREN,
};
pub use meerdere_gemeenten::{
    bij_meerdere_gemeenten, GezamenlijkIvp, StapBijMeerdereGemeenten, GEZAMENLIJK_IVP,
};
pub use overzicht::{Karakteristiek, Procesoverzicht, PROCESOVERZICHT, WISSELWERKING};
pub use stappen::{
    OnbekendeStap, Stap, StapGegevens, STAPPENPLAN_INLEIDING, STAP_4_EN_5_TEGELIJK,
    TIJDSBESLAG_INLEIDING,
};
pub use sturing::{OnbekendeSturingVoorziening, SturingVoorziening, SturingVoorzieningGegevens};
pub use tekst::{Opsomming, Passage};
pub use uitgangspunten::{
    OnbekendUitgangspunt, Uitgangspunt, UitgangspuntGegevens, UITGANGSPUNTEN_INLEIDING,
};
pub use werkgroep::{Werkgroep, WERKGROEP};
