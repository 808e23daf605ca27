//! A large TOML plan is read a `[[prioriteiten]]` section at a time (issue 10: the peak memory
//! of a read at most five times the file), and the split read gives exactly what the whole read
//! gives: the same document, or the same error.
//!
//! The whole read is forced by spelling the list's name with an escape in the table headers
//! (`[["prioriteit\u0065n"]]`, the same key to TOML), which the split does not decode and so
//! leaves to the whole read.

mod strategie;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use kernbeleid::document::{Document, Ivp, LeesFout, Uitvoeringsplan};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use proptest::prelude::*;
use strategie::*;

/// Keeps the live and the peak heap bytes of the current thread (tests run in parallel).
struct Meter;

thread_local! {
    static LEVEND: Cell<usize> = const { Cell::new(0) };
    static PIEK: Cell<usize> = const { Cell::new(0) };
}

fn erbij(n: usize) {
    let _ = LEVEND.try_with(|l| {
        let nu = l.get() + n;
        l.set(nu);
        let _ = PIEK.try_with(|p| p.set(p.get().max(nu)));
    });
}

fn eraf(n: usize) {
    let _ = LEVEND.try_with(|l| l.set(l.get().saturating_sub(n)));
}

// SAFETY: forwards every call unchanged to the system allocator; the counts are const-initialised
// thread-local `Cell`s, which themselves never allocate.
unsafe impl GlobalAlloc for Meter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        erbij(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        eraf(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, nieuw: usize) -> *mut u8 {
        eraf(layout.size());
        erbij(nieuw);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, nieuw) }
    }
}

#[global_allocator]
static METER: Meter = Meter;

/// The most heap `f` holds at once beyond what was live before it, its result included.
fn piek<R>(f: impl FnOnce() -> R) -> usize {
    let voor = LEVEND.with(Cell::get);
    PIEK.with(|p| p.set(voor));
    let resultaat = f();
    let piek = PIEK.with(Cell::get) - voor;
    drop(black_box(resultaat));
    piek
}

/// `tekst` with the list's name in every table header spelled with an escape: the same TOML,
/// read whole. Lines inside a multi-line basic string (`"""`) are left as they are; the tests'
/// texts have no other multi-line strings.
fn heel(tekst: &str) -> String {
    let mut in_tekst = false;
    let mut uit = String::with_capacity(tekst.len() + 1024);
    for regel in tekst.lines() {
        let kop = if in_tekst {
            None
        } else if let Some(rest) = regel.strip_prefix("[[prioriteiten") {
            Some(format!("[[\"prioriteit\\u0065n\"{rest}"))
        } else {
            regel
                .strip_prefix("[prioriteiten")
                .map(|rest| format!("[\"prioriteit\\u0065n\"{rest}"))
        };
        uit.push_str(kop.as_deref().unwrap_or(regel));
        uit.push('\n');
        if regel.matches("\"\"\"").count() % 2 == 1 {
            in_tekst = !in_tekst;
        }
    }
    uit
}

/// `tekst` behind a comment of a mebibyte: the same document, large enough to be read in parts.
fn groot(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len() + (1 << 20) + 2);
    uit.push('#');
    uit.extend(std::iter::repeat_n('x', 1 << 20));
    uit.push('\n');
    uit.push_str(tekst);
    uit
}

/// A skeleton with `n` priorities (the skeleton's four, repeated), as TOML.
fn groot_plan(n: usize) -> (Ivp, String) {
    let opties = IvpOpties::new(
        ["Utrecht"],
        "2027-2030".parse().expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,3.2,2.3").expect("keuze"),
    );
    let mut ivp = skelet::ivp(&opties);
    let vier = ivp.prioriteiten.clone();
    ivp.prioriteiten = (0..n).map(|i| vier[i % vier.len()].clone()).collect();
    let toml = ivp.naar_toml().expect("toml");
    (ivp, toml)
}

#[test]
fn groot_plan_houdt_de_piek_onder_vijf_keer_het_bestand() {
    let (ivp, toml) = groot_plan(400);
    assert!(toml.len() > 2_000_000, "{}", toml.len());
    let mut gelezen = None;
    let bytes = piek(|| gelezen = Some(Ivp::uit_toml(&toml)));
    assert_eq!(gelezen.expect("gelezen").expect("geldig"), ivp);
    assert!(
        bytes <= 5 * toml.len(),
        "Ivp::uit_toml: piek {bytes} bytes voor een bestand van {}",
        toml.len()
    );
    let bytes = piek(|| Document::lees(toml.as_bytes(), None).expect("geldig"));
    assert!(
        bytes <= 5 * toml.len(),
        "Document::lees: piek {bytes} bytes voor een bestand van {}",
        toml.len()
    );
    // The whole read, for the record: it is what the split avoids.
    let heel = heel(&toml);
    let bytes_heel = piek(|| Ivp::uit_toml(&heel).expect("geldig"));
    assert!(bytes_heel > bytes, "{bytes_heel} <= {bytes}");
    println!(
        "bestand {} bytes; piek gesplitst {bytes} ({:.1}x), heel {bytes_heel} ({:.1}x)",
        toml.len(),
        bytes as f64 / toml.len() as f64,
        bytes_heel as f64 / toml.len() as f64
    );
}

/// Layouts the crate's writer does not make but a person may: tables between the sections,
/// sub-tables, comments, quoted and spaced headers, headers inside strings and arrays.
#[test]
fn andere_indelingen_lezen_als_het_geheel() {
    let teksten = [
        r#"
gemeenten = ["Utrecht"]
periode = { van = 2027-01-01, tot = 2030-12-31 }

# De eerste prioriteit.
[[prioriteiten]]
naam = "Ondermijning"
themas = ["5.2"]

[coordinatie]
beleidscyclus = """
[[prioriteiten]]
naam = "geen kop"
"""

[[ "prioriteiten" ]]
naam = "Jeugd"
themas = ['2.3', "S1"]

[[prioriteiten.effectindicatoren]]
naam = "Aantal jongeren"
reeks = [
  { jaar = 2023, waarde = 4.0 },
]

[[prioriteiten.effectindicatoren]]
naam = "Overlast"
[prioriteiten.effectindicatoren.nulmeting]
jaar = 2025
waarde = 3.5

[begroting]
toelichting = "Zie [[prioriteiten]]."
"#,
        r#"
gemeenten = ["Utrecht"]
[periode]
van = 2027-01-01
tot = 2030-12-31
[[prioriteiten]]
naam = "Eerst"
themas = ["1.1"]
[[overige_themas]]
naam = "Tussendoor"
themas = ["1.2"]
[[prioriteiten]]
naam = "Dan"
themas = ["1.3"]
"#,
    ];
    for tekst in teksten.map(groot) {
        let tekst = tekst.as_str();
        let gesplitst = Ivp::uit_toml(tekst).expect("leesbaar");
        assert_eq!(gesplitst, Ivp::uit_toml(&heel(tekst)).expect("leesbaar"));
        assert!(gesplitst.prioriteiten.len() >= 2);
        assert_eq!(
            Document::lees(tekst.as_bytes(), None).expect("leesbaar"),
            Document::from(gesplitst)
        );
    }
}

/// A list written both at the top and as sections is TOML's own error, split or whole.
#[test]
fn lijst_bovenaan_en_in_secties_is_een_fout() {
    let tekst = groot(
        "gemeenten = [\"Utrecht\"]\nprioriteiten = []\n\
         periode = { van = 2027-01-01, tot = 2030-12-31 }\n\
         [[prioriteiten]]\nnaam = \"Jeugd\"\nthemas = [\"2.3\"]\n",
    );
    let fout = Ivp::uit_toml(&tekst).expect_err("twee keer gedefinieerd");
    assert_eq!(fout.regel, Some(5), "{fout}");
    assert!(Document::lees(tekst.as_bytes(), None).is_err());
}

/// A bad section gives the whole read's error, with its place in the whole text.
#[test]
fn fout_in_een_sectie_is_de_fout_van_het_geheel() {
    let tekst = groot(
        "gemeenten = [\"Utrecht\"]\nperiode = { van = 2027-01-01, tot = 2030-12-31 }\n\
         [[prioriteiten]]\nnaam = \"Goed\"\nthemas = [\"1.1\"]\n\
         [[prioriteiten]]\nnaam = \"Fout\"\nthemas = [\"1.1\"]\nkleur = \"rood\"\n",
    );
    // Line 1 is the padding comment: the unknown key stands on line 10.
    let fout: LeesFout = Ivp::uit_toml(&tekst).expect_err("onbekende sleutel");
    assert_eq!(fout.pad, "prioriteiten[1].kleur", "{fout}");
    assert_eq!((fout.regel, fout.kolom), (Some(10), Some(1)), "{fout}");
    let fout = Document::lees(tekst.as_bytes(), None).expect_err("onbekende sleutel");
    assert_eq!((fout.regel, fout.kolom), (Some(10), Some(1)), "{fout}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every document the property tests know reads the same split and whole, in both
    /// entrances, and is the document written.
    #[test]
    fn gesplitst_is_heel(document in document()) {
        let toml = groot(&document.naar_toml().map_err(|e| TestCaseError::fail(e.to_string()))?);
        let heel = heel(&toml);
        let gesplitst = Document::lees(toml.as_bytes(), None);
        prop_assert_eq!(gesplitst.as_ref().ok(), Some(&document));
        prop_assert_eq!(Document::lees(heel.as_bytes(), None).ok(), Some(document.clone()));
        match &document {
            Document::Ivp(ivp) => {
                prop_assert_eq!(Ivp::uit_toml(&toml).ok(), Some((**ivp).clone()));
            }
            Document::Uitvoeringsplan(up) => {
                prop_assert_eq!(Uitvoeringsplan::uit_toml(&toml).ok(), Some((**up).clone()));
            }
            Document::Analyse(_) | Document::Voortgang(_) => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A plan is written a section at a time, to the very text `toml` writes for the whole.
    #[test]
    fn gesplitst_geschreven_is_heel_geschreven(document in document()) {
        let (gesplitst, heel) = match &document {
            Document::Ivp(ivp) => (ivp.naar_toml(), toml::to_string_pretty(&**ivp)),
            Document::Uitvoeringsplan(up) => (up.naar_toml(), toml::to_string_pretty(&**up)),
            Document::Analyse(_) | Document::Voortgang(_) => return Ok(()),
        };
        let gesplitst = gesplitst.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(gesplitst, heel.map_err(|e| TestCaseError::fail(e.to_string()))?);
    }
}

/// Pieces of TOML structure that a mutation inserts: what the split looks at.
const STUKKEN: [&str; 12] = [
    "[[prioriteiten]]\n",
    "\n[[prioriteiten]]\nnaam = \"x\"\nthemas = [\"1.1\"]\n",
    "[prioriteiten.effectindicatoren]\n",
    "[[prioriteiten.effectindicatoren]]\nnaam = \"i\"\n",
    "[prioriteiten]\n",
    "[coordinatie]\n",
    "\"\"\"",
    "[",
    "]",
    "\n",
    "prioriteiten = []\n",
    "[[\"prioriteiten\"]]\n",
];

#[derive(Debug, Clone)]
enum Ingreep {
    Weg(f64, usize),
    Voeg(f64, usize),
    Kap(f64),
}

fn ingreep() -> impl Strategy<Value = Ingreep> {
    prop_oneof![
        (0.0..1.0, 1..40usize).prop_map(|(p, n)| Ingreep::Weg(p, n)),
        (0.0..1.0, 0..STUKKEN.len()).prop_map(|(p, i)| Ingreep::Voeg(p, i)),
        // At the very start: among the document's own keys, above every table.
        (0..STUKKEN.len()).prop_map(|i| Ingreep::Voeg(0.0, i)),
        (0.0..1.0).prop_map(Ingreep::Kap),
    ]
}

/// `tekst` with the edits applied, at character boundaries.
fn bewerk(tekst: &str, ingrepen: &[Ingreep]) -> String {
    let mut uit = tekst.to_owned();
    for ingreep in ingrepen {
        let grens = |p: f64, s: &str| {
            let mut i = ((p * s.len() as f64) as usize).min(s.len());
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match *ingreep {
            Ingreep::Weg(p, n) => {
                let begin = grens(p, &uit);
                let mut eind = (begin + n).min(uit.len());
                while !uit.is_char_boundary(eind) {
                    eind += 1;
                }
                uit.replace_range(begin..eind, "");
            }
            Ingreep::Voeg(p, i) => {
                let plek = grens(p, &uit);
                uit.insert_str(plek, STUKKEN[i]);
            }
            Ingreep::Kap(p) => {
                let plek = grens(p, &uit);
                uit.truncate(plek);
            }
        }
    }
    uit
}

/// Whether the read of the padded text (`groot`, one comment line in front) gave what the read
/// of the text itself (`klein`) gave: the same document, or the same error one line further
/// down. An error at line 1, column 1 may also stay there: it is about the document as a whole
/// (a required key missing), which starts at line 1 with or without the comment.
fn zelfde<T: PartialEq>(groot: &Result<T, LeesFout>, klein: &Result<T, LeesFout>) -> bool {
    match (groot, klein) {
        (Ok(g), Ok(k)) => g == k,
        (Err(g), Err(k)) => {
            let regel = g.regel == k.regel.map(|r| r + 1)
                || (k.regel, k.kolom, g.regel) == (Some(1), Some(1), Some(1));
            regel
                && g.pad == k.pad
                && g.kolom == k.kolom
                && g.bericht == regels_verschoven(&k.bericht, 1)
        }
        _ => false,
    }
}

/// `bericht` with every "regel N" it names moved by `regels` (a message may name the line of
/// another key).
fn regels_verschoven(bericht: &str, regels: usize) -> String {
    let mut uit = String::with_capacity(bericht.len());
    let mut rest = bericht;
    while let Some(i) = rest.find("regel ") {
        let (voor, na) = rest.split_at(i + "regel ".len());
        uit.push_str(voor);
        let cijfers = na.bytes().take_while(u8::is_ascii_digit).count();
        let (getal, verder) = na.split_at(cijfers);
        match getal.parse::<usize>() {
            Ok(n) => uit.push_str(&(n + regels).to_string()),
            Err(_) => uit.push_str(getal),
        }
        rest = verder;
    }
    uit.push_str(rest);
    uit
}

/// Whatever a plan's text becomes, reading it large (split where it can be) gives what reading
/// it small (always whole) gives: the same plan, or the same error one line further down (the
/// padding comment's line). Nothing panics.
///
/// Run in a thread of its own: a document and its edits nest proptest's value trees deeper than
/// a test thread's stack holds in a debug build.
#[test]
fn bewerkte_tekst_leest_groot_als_klein() {
    in_diepe_draad(
        128,
        || (document(), proptest::collection::vec(ingreep(), 1..4)),
        |(document, ingrepen)| {
            let toml = document
                .naar_toml()
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let klein = bewerk(&toml, &ingrepen);
            let groot = groot(&klein);
            match &document {
                Document::Uitvoeringsplan(_) => {
                    let (g, k) = (
                        Uitvoeringsplan::uit_toml(&groot),
                        Uitvoeringsplan::uit_toml(&klein),
                    );
                    prop_assert!(zelfde(&g, &k), "groot: {:?}\nklein: {:?}", g.err(), k.err());
                }
                _ => {
                    let (g, k) = (Ivp::uit_toml(&groot), Ivp::uit_toml(&klein));
                    prop_assert!(zelfde(&g, &k), "groot: {:?}\nklein: {:?}", g.err(), k.err());
                }
            }
            Ok(())
        },
    );
}
