//! Collecting findings while walking a document, and the findings every document shares.

use serde::Serialize;

use super::{Diagnose, Regel};
use crate::{Bron, Bronvermelding};

/// Collects the findings of one controle.
#[derive(Debug, Default)]
pub(crate) struct Verzamelaar {
    pub(crate) diagnoses: Vec<Diagnose>,
}

impl Verzamelaar {
    /// Reports a finding of rule `code` at `pad`, citing the rule's own passage.
    pub(crate) fn meld(&mut self, code: &'static str, pad: impl Into<String>, bericht: String) {
        if let Some(regel) = Regel::met_code(code) {
            self.meld_met_bron(regel, pad, bericht, regel.grond.bronvermelding());
        }
    }

    /// Reports a finding citing a more specific passage than the rule's own.
    pub(crate) fn meld_bij(
        &mut self,
        code: &'static str,
        pad: impl Into<String>,
        bericht: String,
        bron: Bron,
    ) {
        if let Some(regel) = Regel::met_code(code) {
            self.meld_met_bron(regel, pad, bericht, Bronvermelding::van(bron));
        }
    }

    fn meld_met_bron(
        &mut self,
        regel: &Regel,
        pad: impl Into<String>,
        bericht: String,
        bron: Bronvermelding,
    ) {
        // Borrowed code and heading: only the path and the message allocate.
        self.diagnoses
            .push(Diagnose::new(regel.code, regel.ernst, bericht, bron).with_pad(pad));
    }
}

/// KBV-001: every placeholder a skeleton left open, found by walking the document's serde
/// form, so that no field can be forgotten and every path is exactly the document's own.
pub(crate) fn plaatshouders<T: Serialize>(document: &T, v: &mut Verzamelaar) {
    for (pad, aanwijzing) in super::plaatshouders::zoek(document) {
        v.meld("KBV-001", pad, format!("nog in te vullen: {aanwijzing}"));
    }
}
