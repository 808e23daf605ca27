//! Issue 23 on the command line: no input unbounded, writing never destroys, a file given
//! twice is said.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod gemeen;
use gemeen::kbv;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh directory of this test process and test.
fn map(naam: &str) -> PathBuf {
    let map = std::env::temp_dir().join(format!("kbv-grenzen-{}-{naam}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    map
}

const SKELET: [&str; 7] = [
    "skelet",
    "--gemeente",
    "Utrecht",
    "--periode",
    "2027-2030",
    "--prioriteiten",
    "1.3,5.2",
];

/// `kbv lees /dev/zero` stops at the limit with a Dutch error, instead of reading until memory
/// runs out.
#[test]
#[cfg(unix)]
fn lees_dev_zero_stopt_bij_de_grens() {
    let begin = Instant::now();
    let o = kbv(&["lees", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("bestand \"/dev/zero\" is groter dan 64 MiB, de grens van kbv"),
        "{}",
        stderr(&o)
    );
    assert!(begin.elapsed() < Duration::from_secs(30));
}

/// Endless standard input: the same.
#[test]
fn grote_standaardinvoer_stopt_bij_de_grens() {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_kbv"))
        .args(["lees", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kbv draait");
    let mut invoer = kind.stdin.take().expect("stdin");
    let schrijver = std::thread::spawn(move || {
        let blok = vec![b' '; 1 << 20];
        // Until kbv stops reading (a closed pipe), at most 200 MiB.
        for _ in 0..200 {
            if invoer.write_all(&blok).is_err() {
                return;
            }
        }
    });
    let o = kind.wait_with_output().expect("klaar");
    let _ = schrijver.join();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("de standaardinvoer is groter dan 64 MiB"),
        "{}",
        stderr(&o)
    );
}

/// A document over its own limit (under kbv's) is refused by the document reader, naming it.
#[test]
fn document_boven_de_grens() {
    let map = map("document");
    let pad = map.join("groot.toml");
    let mut tekst = String::from("gemeenten = [\"Utrecht\"]\n#");
    tekst.push_str(&"x".repeat(5 << 20));
    std::fs::write(&pad, tekst).expect("schrijven");
    let o = kbv(&["lees", pad.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("groter dan 4 MiB (de grens van deze lezer)"),
        "{}",
        stderr(&o)
    );
}

/// `kbv skelet --uitvoer` never replaces a file without `--overschrijf`: a repeated command
/// does not lose a plan filled in for weeks. With it, the file is replaced whole, and no
/// temporary file is left beside it.
#[test]
fn skelet_vervangt_geen_bestaand_bestand() {
    let map = map("skelet");
    let plan = map.join("ivp.md");
    std::fs::write(&plan, "weken werk\n").expect("schrijven");
    let mut args = SKELET.to_vec();
    let plan_str = plan.to_str().expect("pad");
    args.extend(["--uitvoer", plan_str]);
    let o = kbv(&args);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "bestand \"{plan_str}\" bestaat al en wordt niet vervangen; geef --overschrijf"
        )),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(&plan).expect("lezen"),
        "weken werk\n"
    );

    args.push("--overschrijf");
    let o = kbv(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let nieuw = std::fs::read_to_string(&plan).expect("lezen");
    assert!(
        nieuw.starts_with("# Integraal Veiligheidsplan Utrecht"),
        "{nieuw}"
    );
    let namen: Vec<_> = std::fs::read_dir(&map)
        .expect("map")
        .map(|e| e.expect("naam").file_name())
        .collect();
    assert_eq!(namen, [std::ffi::OsString::from("ivp.md")]);

    // A new name is written as before.
    let ander = map.join("ander.md");
    let mut args = SKELET.to_vec();
    args.extend(["--uitvoer", ander.to_str().expect("pad")]);
    assert_eq!(kbv(&args).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&ander).expect("lezen"), nieuw);
}

/// `kbv regionaal` given the same file twice, or two copies of one plan: said, not counted once
/// without a word.
#[test]
fn regionaal_hetzelfde_bestand_twee_keer() {
    let map = map("regionaal");
    let a = map.join("a.toml");
    let mut args = SKELET.to_vec();
    args.extend(["--formaat", "toml", "--uitvoer", a.to_str().expect("pad")]);
    assert_eq!(kbv(&args).status.code(), Some(0));
    let a = a.to_str().expect("pad");
    let o = kbv(&["regionaal", a, a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("twee keer gegeven"), "{}", stderr(&o));

    let omweg = format!(
        "{}/../{}/a.toml",
        map.display(),
        map.file_name().and_then(|n| n.to_str()).expect("naam")
    );
    let o = kbv(&["regionaal", a, &omweg]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("hetzelfde bestand als {a}")),
        "{}",
        stderr(&o)
    );

    let kopie = map.join("kopie.toml");
    std::fs::copy(a, &kopie).expect("kopie");
    let o = kbv(&["regionaal", a, kopie.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("dezelfde inhoud als {a}")),
        "{}",
        stderr(&o)
    );
}
