//! The whole catalogue as one serialisable value, for tools outside Rust (`kbv catalogus --json`).

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use strum::VariantArray;

use super::{StrategischThema, Veld};
use crate::methode::{IvpHoofdstuk, Stap, UitvoeringsplanHoofdstuk};

/// The complete catalogue as one value whose serde form is the contract of
/// `kbv catalogus --json`: `{"editie": "2021", "velden": [...], ...}`.
///
/// Themes and aspects are written with every attribute, inside their veld.
///
/// # Example
///
/// ```
/// let json = serde_json::to_value(kernbeleid::catalogus::Catalogus)?;
/// assert_eq!(json["editie"], "2021");
/// assert_eq!(json["velden"][2]["themas"][0]["code"], "3.1");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[doc(alias = "catalogue")]
pub struct Catalogus;

/// The edition of the handbook encoded.
pub const EDITIE: &str = "2021";

impl Serialize for Catalogus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("editie", EDITIE)?;
        map.serialize_entry("velden", &Lijst(Veld::VARIANTS, VolledigVeld))?;
        map.serialize_entry(
            "strategische_themas",
            &Lijst(StrategischThema::VARIANTS, StrategischThema::gegevens),
        )?;
        map.serialize_entry("stappen", &Lijst(Stap::VARIANTS, Stap::gegevens))?;
        map.serialize_entry(
            "ivp_hoofdstukken",
            &Lijst(IvpHoofdstuk::VARIANTS, IvpHoofdstuk::gegevens),
        )?;
        map.serialize_entry(
            "uitvoeringsplan_hoofdstukken",
            &Lijst(
                UitvoeringsplanHoofdstuk::VARIANTS,
                UitvoeringsplanHoofdstuk::gegevens,
            ),
        )?;
        map.end()
    }
}

/// Every variant of an enum, written as a list of what `F` makes of each.
struct Lijst<T: 'static, F>(&'static [T], F);

impl<T: Copy, U: Serialize, F: Fn(T) -> U> Serialize for Lijst<T, F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|&t| (self.1)(t)))
    }
}

/// A veld with its themes and aspects written out in full.
struct VolledigVeld(Veld);

impl Serialize for VolledigVeld {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let g = self.0.gegevens();
        let mut s = serializer.serialize_struct("Veld", 6)?;
        s.serialize_field("nummer", &g.nummer)?;
        s.serialize_field("naam", g.naam)?;
        s.serialize_field("essentie", g.essentie)?;
        let themas: Vec<_> = g.themas.iter().map(|t| t.gegevens()).collect();
        s.serialize_field("themas", &themas)?;
        let aspecten: Vec<_> = g.aspecten.iter().map(|a| a.gegevens()).collect();
        s.serialize_field("aspecten", &aspecten)?;
        s.serialize_field("bron", &g.bron)?;
        s.end()
    }
}
