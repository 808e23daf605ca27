//! The controle of a filled plan allocates nothing: the placeholder walk builds a path only
//! where it finds a placeholder, and the rules build paths and messages only for a finding.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use kernbeleid::controle::controleer_ivp;
use kernbeleid::document::{IndicatorSoort, Ivp, Orgaan, Periode, Vaststelling};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use serde_json::Value;

/// Counts the allocations of the current thread (tests run in parallel threads).
struct Teller;

thread_local! {
    static ALLOCATIES: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call unchanged to the system allocator; the count is a const-initialised
// thread-local `Cell`, which itself never allocates.
unsafe impl GlobalAlloc for Teller {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIES.try_with(|a| a.set(a.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static TELLER: Teller = Teller;

fn allocaties<R>(f: impl FnOnce() -> R) -> usize {
    let voor = ALLOCATIES.with(Cell::get);
    black_box(f());
    ALLOCATIES.with(Cell::get) - voor
}

/// Fills every placeholder, as a coordinator would, by the key it stands under.
fn vul_in(waarde: &mut Value, sleutel: &str) {
    match waarde {
        Value::Object(map) if map.contains_key("in_te_vullen") => {
            *waarde = match sleutel {
                "nulmeting" => serde_json::json!({"jaar": 2025, "waarde": 100.0}),
                "streefwaarde" => serde_json::json!({"jaar": 2030, "waarde": 80.0}),
                "bedrag_euro" => serde_json::json!(1000),
                _ => Value::String("Ingevuld, ook het digitale facet (cybercrime).".into()),
            };
        }
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| vul_in(v, k)),
        Value::Array(l) => l.iter_mut().for_each(|v| vul_in(v, sleutel)),
        _ => {}
    }
}

/// A skeleton with four priorities, every placeholder filled, a third indicator per priority:
/// a plan without a single finding.
fn ingevuld_ivp() -> Ivp {
    let opties = IvpOpties::new(
        ["Utrecht", "Zeist"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,3.2,2.3").expect("keuze"),
    );
    let mut ivp = skelet::ivp(&opties);
    for p in &mut ivp.prioriteiten {
        let mut derde = p.effectindicatoren[0].clone();
        derde.soort = Some(IndicatorSoort::Objectief);
        p.effectindicatoren.push(derde);
    }
    // Adopted by the raad, as the handbook asks (IVP-018).
    ivp.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::Raad,
        datum: None,
    }];
    let mut waarde = serde_json::to_value(&ivp).expect("json");
    vul_in(&mut waarde, "");
    serde_json::from_value(waarde).expect("ivp")
}

#[test]
fn controle_van_een_ingevuld_plan_alloceert_niets() {
    let ivp = ingevuld_ivp();
    let rapport = controleer_ivp(&ivp);
    assert_eq!(rapport.diagnoses(), &[], "het ingevulde plan is schoon");
    assert_eq!(allocaties(|| controleer_ivp(black_box(&ivp))), 0);
}

#[test]
fn alleen_een_bevinding_kost_allocaties() {
    // The skeleton itself: every placeholder is a finding with its own path and message.
    let opties = IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2").expect("keuze"),
    );
    let skelet = skelet::ivp(&opties);
    let bevindingen = controleer_ivp(&skelet).diagnoses().len();
    assert!(bevindingen > 10);
    let n = allocaties(|| controleer_ivp(black_box(&skelet)));
    assert!(n > 0);
    // A path, a message and an aanwijzing per finding, and the growing lists: a handful each.
    assert!(
        n <= 8 * bevindingen,
        "{n} allocaties voor {bevindingen} bevindingen"
    );
}
