//! `kbv regionaal --formaat html|docx`: the gemeente x thema table as a heat map, written to
//! `--uitvoer` like the other commands (an existing file only with `--overschrijf`).

use std::path::PathBuf;
use std::process::Output;

mod gemeen;
use gemeen::kbv;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A fresh directory with two IVPs: a joint one of two gemeenten and one of Utrecht.
fn plannen(naam: &str) -> (PathBuf, String, String) {
    let map = std::env::temp_dir().join(format!("kbv-regionaal-{naam}-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let a = map.join("lopik-montfoort.toml");
    std::fs::write(
        &a,
        "gemeenten = [\"Lopik\", \"Montfoort\"]\nperiode = \"2027-2030\"\n\
         prioriteiten = [{ naam = \"Ondermijning\", themas = [\"5.2\", \"2.5\"] }]\n\
         overige_themas = [{ naam = \"Jeugd\", themas = [\"3.1\"] }]\n",
    )
    .expect("schrijven");
    let b = map.join("utrecht.toml");
    std::fs::write(
        &b,
        "gemeenten = [\"Utrecht\"]\nperiode = \"2027-2030\"\n\
         prioriteiten = [{ naam = \"HIC\", themas = [\"1.3\"] }, { naam = \"Ondermijning\", themas = [\"5.2\"] }]\n",
    )
    .expect("schrijven");
    let (a, b) = (
        a.to_str().expect("pad").to_owned(),
        b.to_str().expect("pad").to_owned(),
    );
    (map, a, b)
}

#[test]
fn html_heatmap_naar_de_standaarduitvoer() {
    let (map, a, b) = plannen("html");
    let o = kbv(&["regionaal", &a, &b, "--formaat", "html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = stdout(&o);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<rect class=\"cel\"").count(), 3 * 25);
    assert!(html.contains("<title>Utrecht, 1.3 "), "{html}");
    // Markdown stays the default; --csv and --json as before.
    let o = kbv(&["regionaal", &a, &b]);
    assert!(stdout(&o).starts_with("# Regionaal overzicht van de IVP's"));
    let o = kbv(&["regionaal", &a, &b, "--formaat", "csv"]);
    assert_eq!(stdout(&o), stdout(&kbv(&["regionaal", &a, &b, "--csv"])));
    let _ = std::fs::remove_dir_all(&map);
}

#[test]
fn word_heatmap_naar_een_bestand_en_niet_over_een_bestaand() {
    let (map, a, b) = plannen("docx");
    let doel = map.join("regionaal.docx");
    let doel_str = doel.to_str().expect("pad");
    // The format follows the extension.
    let o = kbv(&["regionaal", &a, &b, "--uitvoer", doel_str]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let bytes = std::fs::read(&doel).expect("lezen");
    assert!(bytes.starts_with(b"PK"));
    let o = kbv(&["regionaal", &a, &b, "--uitvoer", doel_str]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bestaat al en wordt niet vervangen; geef --overschrijf"),
        "{}",
        stderr(&o)
    );
    let o = kbv(&["regionaal", &a, &b, "--uitvoer", doel_str, "--overschrijf"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let o = kbv(&["regionaal", &a, &b, "--formaat", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "--formaat: onbekend formaat \"pdf\"; verwacht markdown, csv, json, html of docx"
        ),
        "{}",
        stderr(&o)
    );
    let o = kbv(&["regionaal", &a, &b, "--formaat", "html", "--csv"]);
    assert_eq!(o.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&map);
}
