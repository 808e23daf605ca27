//! Collecting the findings of one controle, and ordering them as the document is ordered.

use std::collections::HashMap;

use serde::Serialize;

use super::doorloop::{doorloop, Knoop};
use super::{Diagnose, Rapport, Regel};
use crate::{Bron, Bronvermelding};

/// Collects the findings of one controle.
#[derive(Debug, Default)]
pub(crate) struct Verzamelaar {
    diagnoses: Vec<Diagnose>,
}

impl Verzamelaar {
    /// Reports a finding of `regel` at `pad`, citing the rule's own passage.
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
        regel: &'static Regel,
        pad: impl Into<String>,
        bericht: String,
        bron: Bronvermelding,
    ) {
        debug_assert_eq!(
            Regel::met_code(regel.code),
            Some(regel),
            "{} staat niet in REGELS",
            regel.code
        );
        self.diagnoses
            .push(Diagnose::new(regel.code, regel.ernst, bericht, bron).with_pad(pad));
    }

    /// The report of the rules `regels` on `document`: collected, then in the document's order.
    pub(crate) fn doe<T: Serialize + ?Sized>(
        document: &T,
        regels: impl FnOnce(&T, &mut Self),
    ) -> Rapport {
        let mut v = Verzamelaar::default();
        regels(document, &mut v);
        v.rapport(document)
    }

    /// The report on `document`: its placeholders (KBV-001) added, found in one walk that also
    /// gives each path its place, and every finding in the document's order of paths (a
    /// finding at a path the document does not write stands at its nearest parent that it
    /// does; findings at one place keep the order of the checks). [`Rapport::new`] then puts
    /// the most serious first, keeping this order within a severity.
    pub(crate) fn rapport<T: Serialize + ?Sized>(self, document: &T) -> Rapport {
        // Each finding's path and the paths above it, to be given their place by the walk.
        let mut plaats: HashMap<&str, usize> = HashMap::new();
        for d in &self.diagnoses {
            let mut pad = d.pad.as_str();
            plaats.insert(pad, usize::MAX);
            while let Some((ouder, _)) = pad.rsplit_once('/') {
                plaats.insert(ouder, usize::MAX);
                pad = ouder;
            }
        }
        let mut geplaatst = Vec::new();
        let mut teller = 0;
        doorloop(document, &mut |pad: &str, knoop: Knoop<'_>| {
            teller += 1;
            match knoop {
                Knoop::Pad => {
                    if let Some(p) = plaats.get_mut(pad) {
                        *p = (*p).min(teller);
                    }
                }
                Knoop::Plaatshouder(aanwijzing) => {
                    geplaatst.push((teller, plaatshouder(pad, aanwijzing)));
                }
            }
        });
        // The place of a path, or of its nearest parent that the document writes.
        let plek = |pad: &str| {
            let mut pad = pad;
            loop {
                match plaats.get(pad) {
                    Some(&p) if p != usize::MAX => return p,
                    _ => {}
                }
                match pad.rsplit_once('/') {
                    Some((ouder, _)) => pad = ouder,
                    None => return 0,
                }
            }
        };
        let plekken: Vec<usize> = self.diagnoses.iter().map(|d| plek(&d.pad)).collect();
        geplaatst.extend(plekken.into_iter().zip(self.diagnoses));
        // Stable: at one place the placeholder first, then the checks in their order.
        geplaatst.sort_by_key(|(p, _)| *p);
        Rapport::new(geplaatst.into_iter().map(|(_, d)| d).collect())
    }
}

/// KBV-001, the one rule every document shares: each placeholder a skeleton left open.
pub(crate) const KBV_001: Regel = Regel {
    code: "KBV-001",
    ernst: super::Ernst::Hint,
    document: super::Toepassing::Alle,
    titel: "nog in te vullen",
    uitleg: "Een veld staat nog open (een plaatshouder uit een skelet). Dat is geen gebrek van een concept, maar het document is pas af als het is ingevuld.",
    oplossing: "Vul het veld in volgens de aanwijzing bij de plaatshouder.",
    grond: super::Grond::GezondVerstand {
        stelling: "Een plaatshouder is nog geen inhoud: een document is pas af als elke plaatshouder is ingevuld.",
    },
};

/// The finding of KBV-001 for the placeholder at `pad`.
fn plaatshouder(pad: &str, aanwijzing: &str) -> Diagnose {
    Diagnose::new(
        KBV_001.code,
        KBV_001.ernst,
        format!("nog in te vullen: {aanwijzing}"),
        KBV_001.grond.bronvermelding(),
    )
    .with_pad(pad)
}

#[cfg(test)]
mod tests {
    use crate::controle::controleer_analyse;
    use crate::skelet;

    /// KBV-001: "Een plaatshouder is nog geen inhoud": each placeholder of a skeleton is a hint
    /// at its own path, with its aanwijzing.
    #[test]
    fn kbv_001_elke_plaatshouder() {
        let analyse = skelet::analyse(["Utrecht"], 2026);
        let verwacht = super::super::doorloop::plaatshouders(&analyse);
        let rapport = controleer_analyse(&analyse);
        let gevonden: Vec<(String, String)> = rapport
            .met_code("KBV-001")
            .map(|d| (d.pad.clone(), d.bericht.clone()))
            .collect();
        assert!(!verwacht.is_empty());
        let verwacht: Vec<(String, String)> = verwacht
            .into_iter()
            .map(|(pad, a)| (pad, format!("nog in te vullen: {a}")))
            .collect();
        assert_eq!(gevonden, verwacht);
        assert!(super::KBV_001.grond.tekst().contains("plaatshouder"));
    }
}
