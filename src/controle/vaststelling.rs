//! What the IVP's and the uitvoeringsplan's adoption rules share: the organ that adopts each
//! document, once for a plan of one gemeente and once per gemeente for a joint plan. The rules
//! themselves (IVP-027/IVP-028, UP-006/UP-011) stand with their document's other plan rules.

use std::collections::HashSet;

use super::ivp::plan::opsomming;
use super::verzamelaar::Verzamelaar;
use super::{met_lidwoord, Regel};
use crate::document::{Orgaan, Vaststelling};
use crate::naam::GemeenteSleutel;

/// Who adopts a document, as the messages of its adoption rules name it.
pub(super) struct Vaststeller {
    /// The document without article: "IVP", "uitvoeringsplan".
    pub(super) document: &'static str,
    /// The organ that adopts it.
    pub(super) orgaan: Orgaan,
    /// The rule's sentence after the semicolon: "de gemeenteraad stelt het IVP vast".
    pub(super) wie_stelt_vast: &'static str,
}

impl Vaststeller {
    /// Each adoption recorded by another organ than the one that adopts the document.
    pub(super) fn ander_orgaan(
        &self,
        regel: &'static Regel,
        s: &[Vaststelling],
        v: &mut Verzamelaar,
    ) {
        for (i, s) in s.iter().enumerate().filter(|(_, s)| s.door != self.orgaan) {
            v.meld(
                regel,
                format!("/vaststelling/{i}/door"),
                format!(
                    "het {} is vastgesteld door {}; {}",
                    self.document,
                    met_lidwoord(s.door),
                    self.wie_stelt_vast
                ),
            );
        }
    }

    /// A joint plan adopted by the organ of some gemeenten: one finding naming the others. A
    /// plan the organ adopted nowhere is another rule's (nothing recorded, or another organ).
    pub(super) fn niet_in_elke_gemeente(
        &self,
        regel: &'static Regel,
        gemeenten: &[String],
        s: &[Vaststelling],
        v: &mut Verzamelaar,
    ) {
        let gemeenten: Vec<&String> = gemeenten.iter().filter(|g| !g.trim().is_empty()).collect();
        let door_orgaan = || s.iter().filter(|s| s.door == self.orgaan);
        if gemeenten.len() < 2 || door_orgaan().next().is_none() {
            return;
        }
        let vastgesteld: HashSet<GemeenteSleutel<'_>> = door_orgaan()
            .filter_map(|s| s.gemeente.as_deref())
            .map(GemeenteSleutel::new)
            .collect();
        let zonder: Vec<String> = gemeenten
            .into_iter()
            .filter(|g| !vastgesteld.contains(&GemeenteSleutel::new(g)))
            .cloned()
            .collect();
        if !zonder.is_empty() {
            let orgaan = met_lidwoord(self.orgaan);
            v.meld(
                regel,
                "/vaststelling",
                format!(
                    "het gezamenlijke {doc} is niet vastgelegd als vastgesteld door {orgaan} van {}; het {doc} wordt in elke gemeente door {orgaan} vastgesteld",
                    opsomming(&zonder),
                    doc = self.document,
                ),
            );
        }
    }
}
