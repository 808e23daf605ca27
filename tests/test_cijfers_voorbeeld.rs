//! The example program `cijfers` runs on the fixtures and prints what its doc comment says.
#![cfg(feature = "cijfers")]

use std::path::PathBuf;
use std::process::Command;

fn voorbeeld() -> Command {
    let exe = std::env::current_exe().expect("pad van de test");
    let profiel = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target/<profiel>");
    let pad: PathBuf = profiel
        .join("examples")
        .join(format!("cijfers{}", std::env::consts::EXE_SUFFIX));
    assert!(pad.exists(), "voorbeeld niet gebouwd: {}", pad.display());
    Command::new(pad)
}

fn fixture(naam: &str) -> String {
    format!(
        "{}/tests/fixtures/cijfers/{naam}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn nulmeting_en_trend_per_thema() {
    let o = voorbeeld()
        .args(["--gemeente", "Amsterdam", "--namen"])
        .arg(fixture("cbs-regios.csv"))
        .arg(fixture("politie-47013-gemeente-maand.csv"))
        .arg(fixture("cbs-85146-veiligheidsmonitor.csv"))
        .output()
        .expect("draait");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let uit = String::from_utf8_lossy(&o.stdout);
    assert!(uit.contains("Amsterdam 1.3 Objectieve veiligheid/ veelvoorkomende en high impact crime | Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit | geregistreerde misdrijven | Politie 47013NED\n    nulmeting: 10900 in 2024 (Politie 47013NED)\n    trend 2022-2024: dalend, -250 per jaar\n"), "{uit}");
    assert!(
        uit.contains("Amsterdam 1.4.1 Zedenmisdrijf | geen thema: "),
        "{uit}"
    );
    // The Veiligheidsmonitor download has keys only too: named by the same file.
    assert!(
        uit.contains("Amsterdam 1.4 Subjectieve veiligheid | "),
        "{uit}"
    );
}

#[test]
fn json_csv_en_de_eigen_koppeling() {
    let json = voorbeeld()
        .arg("--json")
        .arg(fixture("cbs-83648-titels.csv"))
        .output()
        .expect("draait");
    assert!(json.status.success());
    assert!(String::from_utf8_lossy(&json.stdout).contains("\"bron\": \"CBS 83648NED\""));
    let csv = voorbeeld()
        .arg("--csv")
        .arg(fixture("cbs-83648-titels.csv"))
        .output()
        .expect("draait");
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("soort;gemeente;regio;"));
    let toml = voorbeeld().arg("--koppeling-uit").output().expect("draait");
    assert!(String::from_utf8_lossy(&toml.stdout)
        .contains("[[koppeling]]\nbron = \"politie\"\ncategorie = \"0.0.0\""));
}

#[test]
fn fouten_in_het_nederlands() {
    let o = voorbeeld()
        .arg(fixture("eigen-koppeling.toml"))
        .output()
        .expect("draait");
    assert!(!o.status.success());
    let fout = String::from_utf8_lossy(&o.stderr);
    assert!(
        fout.contains("eigen-koppeling.toml: regel 1: de kop heeft de kolommen"),
        "{fout}"
    );
    let o = voorbeeld()
        .args(["--gemeente", "Maastricht"])
        .arg(fixture("politie-47013-gemeente-maand.csv"))
        .output()
        .expect("draait");
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "fout: geen cijfers voor gemeente \"Maastricht\" in deze downloads\n"
    );
}
