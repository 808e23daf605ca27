//! The plans the benches measure are built as the benches build them, so that a rule added
//! later which finds something in the "complete" plan fails here, in `cargo test`, and not
//! only when someone runs `cargo bench`.

#[path = "../benches/plannen/mod.rs"]
mod plannen;

use kernbeleid::controle::controleer_ivp;

#[test]
fn de_plannen_van_de_benches_zijn_te_bouwen() {
    // Each asserts inside that the complete plan gets no finding.
    let volledig = plannen::volledig_ivp();
    assert!(controleer_ivp(&volledig).diagnoses().is_empty());
    assert!(!plannen::strategisch_ivp().overige_themas.is_empty());
    assert_eq!(plannen::met_prioriteiten(7).prioriteiten.len(), 7);
    assert!(!plannen::vijfheerenlanden().prioriteiten.is_empty());
}
