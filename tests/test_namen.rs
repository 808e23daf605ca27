//! One recognition of theme names everywhere: what a document's `themas` accepts, `kbv skelet
//! --prioriteiten` accepts too, with the same theme; what neither accepts gets the same
//! candidates, in the recognition's own order.

use kernbeleid::catalogus::herkenning::{herken, ALIASSEN};
use kernbeleid::document::Ivp;
use kernbeleid::skelet::PrioriteitKeuze;
use proptest::prelude::*;

/// The themes a document reads for `naam` in a priority's `themas`, or the error's message.
fn in_document(naam: &str) -> Result<Vec<String>, String> {
    let toml = format!(
        "gemeenten = [\"X\"]\nperiode = \"2027-2030\"\n[[prioriteiten]]\nnaam = \"p\"\nthemas = [{}]\n",
        serde_json::to_string(naam).expect("json")
    );
    Ivp::uit_toml(&toml)
        .map(|ivp| {
            ivp.prioriteiten[0]
                .themas
                .iter()
                .map(|t| t.code().to_owned())
                .collect()
        })
        .map_err(|e| e.to_string())
}

/// The themes `--prioriteiten` reads for `naam`, or the error's message.
fn op_de_opdrachtregel(naam: &str) -> Result<Vec<String>, String> {
    naam.parse::<PrioriteitKeuze>()
        .map(|k| k.themas.iter().map(|t| t.code().to_owned()).collect())
        .map_err(|e| e.to_string())
}

fn zelfde_uitkomst(naam: &str) {
    let (doc, cli) = (in_document(naam), op_de_opdrachtregel(naam));
    match (&doc, &cli) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{naam}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{naam}: document {doc:?}, opdrachtregel {cli:?}"),
    }
}

#[test]
fn ondermijning_overal() {
    let keuze: PrioriteitKeuze = "Ondermijning".parse().expect("Ondermijning");
    assert_eq!(keuze.naam(), "Ondermijning");
    assert_eq!(
        op_de_opdrachtregel("Ondermijning"),
        Ok(vec!["5.2".to_owned()])
    );
    assert_eq!(in_document("Ondermijning"), Ok(vec!["5.2".to_owned()]));
    // Written back and read again: the same choice.
    assert_eq!(keuze.to_string(), "Ondermijning=5.2");
    assert_eq!(keuze.to_string().parse::<PrioriteitKeuze>(), Ok(keuze));
    // In a cluster of its own name, the words are themes.
    let cluster: PrioriteitKeuze = "Veilige wijk=Woninginbraken+Ondermijning"
        .parse()
        .expect("cluster");
    assert_eq!(cluster.naam(), "Veilige wijk");
    let codes: Vec<&str> = cluster.themas.iter().map(|t| t.code()).collect();
    assert_eq!(codes, ["1.3", "5.2"]);
}

#[test]
fn elke_alias_overal_gelijk() {
    for alias in ALIASSEN {
        zelfde_uitkomst(alias.naam);
    }
}

#[test]
fn meerduidig_noemt_de_kandidaten_van_de_herkenning_in_haar_volgorde() {
    for naam in [
        "Buurtparticipatie",
        "Risicoburgers",
        "Veilig toerisme, recreatie en evenementen",
    ] {
        let h = herken(naam);
        if h.kandidaten().len() < 2 {
            continue;
        }
        let codes: Vec<&str> = h.kandidaten().iter().map(|k| k.onderwerp.code()).collect();
        for fout in [in_document(naam), op_de_opdrachtregel(naam)] {
            let fout = fout.expect_err(naam);
            let lijst = fout
                .split_once("kandidaten: ")
                .map(|(_, rest)| rest)
                .unwrap_or_else(|| panic!("{naam}: {fout}"));
            // Each code where the recognition ranks it.
            let posities: Vec<usize> = codes
                .iter()
                .map(|c| {
                    lijst
                        .find(&format!("{c} "))
                        .unwrap_or_else(|| panic!("{c} in {fout}"))
                })
                .collect();
            assert!(posities.windows(2).all(|w| w[0] < w[1]), "{naam}: {fout}");
        }
    }
    // Buurtparticipatie: aspect 1.4 first, said to be an aspect, as `kbv herken` ranks it.
    let fout = op_de_opdrachtregel("Buurtparticipatie").expect_err("meerduidig");
    assert!(
        fout.contains(
            "kandidaten: aspect 1.4 Betrekken bewoners bij veiligheid en leefbaarheid (een aspect"
        ),
        "{fout}"
    );
    assert!(fout.contains("\"Jeugd=3.1+3.2\""), "{fout}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text: the command line and a document agree on whether it names one theme, and which.
    #[test]
    fn opdrachtregel_en_document_zijn_het_eens(naam in "[A-Za-z][A-Za-z ]{0,30}") {
        // '=', '+' and ',' mean something else on the command line; the generated text has none.
        zelfde_uitkomst(&naam);
    }

    #[test]
    fn woorden_van_aliassen_en_namen(i in 0usize..ALIASSEN.len(), deel in 0usize..3) {
        let woorden: Vec<&str> = ALIASSEN[i].naam.split_whitespace().collect();
        if let Some(w) = woorden.get(deel) {
            zelfde_uitkomst(w);
        }
    }
}
