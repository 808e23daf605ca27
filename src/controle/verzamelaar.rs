//! Collecting findings while walking a document, and the findings every document shares.

use serde::Serialize;

use super::plaatshouders::{self, Pad};
use super::{Diagnose, Regel};
use crate::{Bron, Bronvermelding};

/// Collects the findings of one controle.
#[derive(Debug, Default)]
pub(crate) struct Verzamelaar {
    pub(crate) diagnoses: Vec<Diagnose>,
}

impl Verzamelaar {
    /// Reports a finding of `regel` (named with `regel!`) at `pad`, citing the rule's own
    /// passage.
    pub(crate) fn meld(&mut self, regel: &'static Regel, pad: impl Into<String>, bericht: String) {
        self.meld_met_bron(regel, pad, bericht, regel.grond.bronvermelding());
    }

    /// Reports a finding citing a more specific passage than the rule's own.
    pub(crate) fn meld_bij(
        &mut self,
        regel: &'static Regel,
        pad: impl Into<String>,
        bericht: String,
        bron: Bron,
    ) {
        self.meld_met_bron(regel, pad, bericht, Bronvermelding::van(bron));
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
    plaatshouders::doorloop(document, &mut plaatshouder_melden(v));
}

/// KBV-001 for a part of a document, at `pad` in the whole ([`plaatshouders::doorloop_vanaf`]).
pub(crate) fn plaatshouders_vanaf<T: Serialize>(pad: &Pad<'_>, waarde: &T, v: &mut Verzamelaar) {
    plaatshouders::doorloop_vanaf(pad, waarde, &mut plaatshouder_melden(v));
}

/// KBV-001 for the fields of `document` that `wel` admits ([`plaatshouders::doorloop_velden`]).
pub(crate) fn plaatshouders_in_velden<T: Serialize>(
    document: &T,
    wel: &mut dyn FnMut(&str) -> bool,
    v: &mut Verzamelaar,
) {
    plaatshouders::doorloop_velden(document, wel, &mut plaatshouder_melden(v));
}

/// Reports each placeholder the walk finds.
fn plaatshouder_melden(v: &mut Verzamelaar) -> impl FnMut(&Pad<'_>, &str) + '_ {
    const VOORAF: &str = "nog in te vullen: ";
    let regel = super::regel!("KBV-001");
    move |pad: &Pad<'_>, aanwijzing: &str| {
        // The message in one allocation of its exact size: a skeleton has dozens of these.
        let mut bericht = String::with_capacity(VOORAF.len() + aanwijzing.len());
        bericht.push_str(VOORAF);
        bericht.push_str(aanwijzing);
        v.meld(regel, String::from(*pad), bericht);
    }
}
