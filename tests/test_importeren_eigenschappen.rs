//! Properties of the import: nothing of the plan is lost (every paragraph of the input stands in
//! the draft exactly once), and no input makes it panic.

use kernbeleid::importeren::{importeer, importeer_tekst, Opties};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Words plans use, the ones that steer the import among them, so that generated plans have
/// priorities chapters, themes, labels and lists.
const WOORDEN: &[&str] = &[
    "ondermijning",
    "jeugd",
    "overlast",
    "zorg",
    "veiligheid",
    "woninginbraken",
    "prioriteiten",
    "aanpak",
    "doelen",
    "wij",
    "de",
    "het",
    "gemeente",
    "raad",
    "vastgesteld",
    "inwoners",
    "politie",
    "wijk",
    "cybercrime",
    "evenementen",
    "zijn",
    "en",
    "met",
    "voor",
    "thema's",
];

const KOPPEN: &[&str] = &[
    "Inleiding",
    "Prioriteiten",
    "Ondermijning",
    "Zorg en veiligheid",
    "Jeugd",
    "Overige thema's",
    "Financiën",
    "Monitoring en evaluatie",
    "Visie",
    "Wat willen we bereiken?",
    "Aanpak",
    "Woninginbraken",
    "Uitgangssituatie",
    "Organisatie",
    "Bijlage",
];

#[derive(Debug, Clone)]
enum Deel {
    Kop {
        niveau: usize,
        genummerd: bool,
        titel: &'static str,
    },
    Alinea(Vec<&'static str>),
    Item(Vec<&'static str>),
    Label(&'static str),
}

fn deel() -> impl Strategy<Value = Deel> {
    prop_oneof![
        (1usize..4, any::<bool>(), select(KOPPEN)).prop_map(|(niveau, genummerd, titel)| {
            Deel::Kop {
                niveau,
                genummerd,
                titel,
            }
        }),
        vec(select(WOORDEN), 2..12).prop_map(Deel::Alinea),
        vec(select(WOORDEN), 1..6).prop_map(Deel::Item),
        select(
            &[
                "Dit willen we bereiken door:",
                "Concrete afspraken en acties:",
                "Afspraak:",
                "Indicatoren:"
            ][..]
        )
        .prop_map(Deel::Label),
    ]
}

/// A plan as text, and its paragraphs and list items (each with a unique marker word, so that a
/// paragraph can be found again and counted).
fn plan(delen: &[Deel], markdown: bool) -> (String, Vec<String>) {
    let mut tekst = String::from("Integraal Veiligheidsplan gemeente Teststad 2025-2028\n\n");
    let mut alineas = Vec::new();
    let mut nummers = [0usize; 4];
    for (i, d) in delen.iter().enumerate() {
        match d {
            Deel::Kop {
                niveau,
                genummerd,
                titel,
            } => {
                nummers[*niveau] += 1;
                for n in nummers.iter_mut().skip(niveau + 1) {
                    *n = 0;
                }
                let nummer: Vec<String> = nummers[1..=*niveau]
                    .iter()
                    .map(|n| n.max(&1).to_string())
                    .collect();
                let nummer = if *genummerd {
                    format!("{} ", nummer.join("."))
                } else {
                    String::new()
                };
                if markdown {
                    tekst.push_str(&format!("{} {nummer}{titel}\n\n", "#".repeat(*niveau)));
                } else {
                    tekst.push_str(&format!("{nummer}{titel}\n\n"));
                }
            }
            Deel::Alinea(w) => {
                let zin = format!("Alinea{i} {}.", w.join(" "));
                tekst.push_str(&zin);
                tekst.push_str("\n\n");
                alineas.push(zin);
            }
            Deel::Item(w) => {
                let item = format!("item{i} {}", w.join(" "));
                tekst.push_str(&format!("- {item}\n"));
                alineas.push(item);
            }
            Deel::Label(l) => tekst.push_str(&format!("{l}\n")),
        }
    }
    (tekst, alineas)
}

/// Every text of the draft, as one string with a separator no text holds: the content, and
/// apart from it the headings (`kop`) that unplaced text stands under. `eigen_namen` repeats a
/// theme's name beside its code by design (the plan's word for the code): not counted.
fn alle_teksten(json: &serde_json::Value, uit: &mut String, koppen: &mut String) {
    match json {
        serde_json::Value::String(s) => {
            uit.push_str(s);
            uit.push('\u{1}');
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| alle_teksten(v, uit, koppen)),
        serde_json::Value::Object(o) => {
            for (k, v) in o {
                if k == "eigen_namen" {
                    continue;
                }
                if k == "kop" {
                    alle_teksten(v, koppen, &mut String::new());
                } else {
                    alle_teksten(v, uit, koppen);
                }
            }
        }
        _ => {}
    }
}

fn zonder_scheiding(t: &str) -> &str {
    t.trim().trim_end_matches(['.', ';', ','])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn niets_gaat_verloren(delen in vec(deel(), 0..40), markdown in any::<bool>()) {
        let (tekst, alineas) = plan(&delen, markdown);
        for soort in ["ivp", "uitvoeringsplan", "analyse"] {
            let opties = Opties { soort: soort.parse().expect("soort"), ..Opties::default() };
            let import = importeer_tekst(&tekst, &opties).expect("import");
            let json: serde_json::Value = serde_json::from_str(&import.document.naar_json()).expect("json");
            let mut alles = String::new();
            let mut koppen = String::new();
            alle_teksten(&json, &mut alles, &mut koppen);
            for a in &alineas {
                // Once in the content; or, for a list item that names a theme, as the heading
                // of that theme's unplaced text.
                let gezocht = zonder_scheiding(a);
                let keer = alles.matches(gezocht).count();
                let als_kop = koppen.matches(gezocht).count();
                prop_assert!(keer == 1 || keer == 0 && als_kop >= 1, "{:?} staat {} keer in het {} ({})\n{}", gezocht, keer, soort, import.verslag, tekst);
            }
        }
    }

    #[test]
    fn nooit_een_paniek(tekst in "(?s)[#0-9a-zA-Z .:;,()'\u{c}\n|•–é-]{0,600}") {
        let _ = importeer_tekst(&tekst, &Opties::default());
        let _ = importeer(tekst.as_bytes(), &Opties::default());
    }

    #[test]
    fn nooit_een_paniek_op_bytes(bytes in vec(any::<u8>(), 0..400)) {
        let _ = importeer(&bytes, &Opties::default());
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(&bytes);
        let _ = importeer(&zip, &Opties::default());
    }
}
