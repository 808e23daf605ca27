//! The example tool `kbv` end to end: exit codes, output shapes, Dutch errors.
//!
//! `cargo test` builds the examples before it runs integration tests; the binary is found next
//! to this test's own executable.

use std::path::PathBuf;
use std::process::{Command, Output};

fn voorbeeld(naam: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("pad van de test");
    let profiel = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profiel>");
    let pad = profiel
        .join("examples")
        .join(format!("{naam}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        pad.exists(),
        "voorbeeld {naam} niet gebouwd: {}",
        pad.display()
    );
    pad
}

fn kbv(args: &[&str]) -> Output {
    Command::new(voorbeeld("kbv"))
        .args(args)
        .output()
        .expect("kbv draait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8")
}

#[test]
fn catalogus_json() {
    let o = kbv(&["catalogus", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["editie"], "2021");
    assert_eq!(json["velden"][0]["themas"][0]["naam"], "Sociale kwaliteit");
}

#[test]
fn thema_op_oude_naam_en_onbekend_thema() {
    let o = kbv(&["thema", "Veilige Publieke Taak"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("5.3 Weerbare overheid/weerbaar bestuur\n"));
    let o = kbv(&["thema", "jeugdoverlst"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("onbekend veiligheidsthema \"jeugdoverlst\""),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("3.1 Jeugdoverlast"));
}

#[test]
fn onbekende_opdracht_en_optie_zijn_fouten() {
    let o = kbv(&["vliegen"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("onbekende opdracht \"vliegen\""));
    let o = kbv(&["catalogus", "--jsno"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("onbekende optie \"--jsno\""));
    let o = kbv(&["help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Opdrachten:"));
}

#[test]
fn planning_json_heeft_de_afgesproken_vorm() {
    let o = kbv(&["planning", "--start", "2027-01-04", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let eerste = &json["stappen"][0];
    assert_eq!(eerste["nummer"], 1);
    assert_eq!(eerste["naam"], "Opstart");
    assert_eq!(eerste["start"], "2027-01-04");
    assert!(eerste["eind"].is_string() && eerste["coordinatordagen"].is_number());
    assert_eq!(json["stappen"].as_array().map(Vec::len), Some(6));
    let o = kbv(&["planning", "--start", "4 januari"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("verwacht JJJJ-MM-DD"));
}

#[test]
fn regels_en_lacunes() {
    let o = kbv(&["regels", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(
        json.as_array().map(Vec::len),
        Some(kernbeleid::controle::REGELS.len())
    );
    let o = kbv(&["lacunes", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json[0]["plaats"]["thema"], "2.1");
}
