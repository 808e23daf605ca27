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
            Document::Analyse(_) => {}
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
            Document::Analyse(_) => return Ok(()),
        };
        let gesplitst = gesplitst.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(gesplitst, heel.map_err(|e| TestCaseError::fail(e.to_string()))?);
    }
}
