//! Every small example program runs and does what its doc comment says. `cargo test` builds the
//! examples first, so CI runs each of them here.

use std::path::PathBuf;
use std::process::Command;

fn voorbeeld(naam: &str) -> Command {
    let exe = std::env::current_exe().expect("pad van de test");
    let profiel = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target/<profiel>");
    let pad: PathBuf = profiel
        .join("examples")
        .join(format!("{naam}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        pad.exists(),
        "voorbeeld {naam} niet gebouwd: {}",
        pad.display()
    );
    Command::new(pad)
}

#[test]
fn skelet_naar_bestand() {
    let map = std::env::temp_dir().join(format!("kbv-voorbeeld-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let o = voorbeeld("skelet_naar_bestand")
        .arg(&map)
        .output()
        .expect("draait");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let uit = String::from_utf8_lossy(&o.stdout);
    assert!(
        uit.contains("controle: 0 fouten, 0 waarschuwingen"),
        "{uit}"
    );
    let md =
        std::fs::read_to_string(map.join("ivp-vijfheerenlanden-2027-2030.md")).expect("markdown");
    assert!(md.contains("### 4.1 Ondermijning"));
    let toml =
        std::fs::read_to_string(map.join("ivp-vijfheerenlanden-2027-2030.toml")).expect("toml");
    assert!(toml.contains("naam = \"Jeugd\""));
}

#[test]
fn raakvlakken_tekenen() {
    let o = voorbeeld("raakvlakken_tekenen")
        .args(["1.3", "Veilige Publieke Taak"])
        .output()
        .expect("draait");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dot = String::from_utf8_lossy(&o.stdout);
    assert!(
        dot.starts_with("graph") || dot.starts_with("digraph"),
        "{dot}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("Dwarsverbanden die niemand bewaakt"));
    let fout = voorbeeld("raakvlakken_tekenen")
        .arg("9.9")
        .output()
        .expect("draait");
    assert!(!fout.status.success());
    assert!(String::from_utf8_lossy(&fout.stderr).contains("onbekend veiligheidsthema \"9.9\""));
}

#[test]
fn regionaal_overzicht() {
    let o = voorbeeld("regionaal_overzicht").output().expect("draait");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = String::from_utf8_lossy(&o.stdout);
    assert!(csv.starts_with("code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Leerdam,Vianen,Zederik,Gorinchem\n"));
    assert!(
        csv.contains("\n5.2,Georganiseerde/ondermijnende criminaliteit,3,1,0,0,"),
        "{csv}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("Vaakst prioriteit: 5.2"));
}

#[cfg(feature = "cijfers")]
#[test]
fn cijfers() {
    let o = voorbeeld("cijfers")
        .args([
            "--gemeente",
            "Amsterdam",
            "--namen",
            "tests/fixtures/cijfers/cbs-regios.csv",
            "tests/fixtures/cijfers/politie-47013-gemeente-maand.csv",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("draait");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let uit = String::from_utf8_lossy(&o.stdout);
    assert!(uit.contains("niet het VNG/INP-model"), "{uit}");
    assert!(uit.contains("Amsterdam 1.3 "), "{uit}");
    assert!(uit.contains("nulmeting: "), "{uit}");
}

#[cfg(feature = "word")]
#[test]
fn word() {
    let map = std::env::temp_dir().join(format!("kbv-voorbeeld-word-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let o = voorbeeld("word").arg(&map).output().expect("draait");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let uit = String::from_utf8_lossy(&o.stdout);
    assert!(
        uit.contains("controle: 0 fouten, 0 waarschuwingen"),
        "{uit}"
    );
    let docx = std::fs::read(map.join("ivp-vijfheerenlanden-2027-2030.docx")).expect("docx");
    assert!(docx.starts_with(b"PK"));
    let html =
        std::fs::read_to_string(map.join("ivp-vijfheerenlanden-2027-2030.html")).expect("html");
    assert!(html.contains("lang=\"nl\""));
}
