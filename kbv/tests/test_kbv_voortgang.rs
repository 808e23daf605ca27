//! `kbv voortgang` end to end, on the fictitious Amsterdam plan, uitvoeringsplan and report under
//! `tests/fixtures/voortgang/` and the police download under `tests/fixtures/cijfers/`.
//!
//! Where LibreOffice (`soffice`) and `pdftotext` are on the PATH, the Word file is converted to
//! PDF and the page must carry the charts; where Chromium is, the HTML page is printed and must
//! carry them too. Without those programs those two tests say so and pass.

use std::path::PathBuf;
use std::process::{Command, Output};

mod gemeen;
#[path = "../../tests/libreoffice/mod.rs"]
mod libreoffice;
use gemeen::{kbv, stderr, stdout};
use libreoffice::{aanwezig, tekst_van_pdf};

fn f(map: &str, naam: &str) -> String {
    format!(
        "{}/../tests/fixtures/{map}/{naam}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn tijdelijke_map(naam: &str) -> PathBuf {
    let map = std::env::temp_dir().join(format!("kbv-voortgang-{naam}-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    map
}

/// The arguments for the whole fixture: IVP, uitvoeringsplan, report, police download.
fn alles() -> Vec<String> {
    vec![
        "voortgang".into(),
        f("voortgang", "ivp-amsterdam-2023-2026.toml"),
        "--uitvoeringsplan".into(),
        f("voortgang", "uitvoeringsplan-amsterdam-2025.toml"),
        "--rapportage".into(),
        f("voortgang", "rapportage-2025-halfjaar.toml"),
        "--cijfers".into(),
        f("cijfers", "politie-47013-gemeente-maand.csv"),
        "--namen".into(),
        f("cijfers", "cbs-regios.csv"),
    ]
}

fn met(extra: &[&str]) -> Output {
    let mut args = alles();
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    kbv(&args)
}

#[test]
fn json_geeft_per_indicator_naam_en_status() {
    let o = met(&["--formaat", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let mut gezien = Vec::new();
    for p in v["prioriteiten"].as_array().expect("prioriteiten") {
        for i in p["indicatoren"].as_array().expect("indicatoren") {
            let status = i["status"].as_str().expect("status");
            assert!(
                [
                    "bereikt",
                    "op_koers",
                    "achter",
                    "verkeerde_kant_op",
                    "geen_gegevens"
                ]
                .contains(&status),
                "{status}"
            );
            gezien.push((
                i["naam"].as_str().expect("naam").to_owned(),
                status.to_owned(),
            ));
        }
    }
    let status = |naam: &str| {
        gezien
            .iter()
            .find(|(n, _)| n.starts_with(naam))
            .map(|(_, s)| s.as_str())
    };
    // 10 900 at the end of 2024 against a path of 10 700 (tolerance 140): behind.
    assert_eq!(status("Politieregistratie: misdrijven"), Some("achter"));
    // Winkeldiefstal rose from 5 200 to 5 900 while it should fall to 4 800.
    assert_eq!(
        status("Politieregistratie: Incidenten"),
        Some("verkeerde_kant_op")
    );
    // Woninginbraken: judged on 21 (per 10.000), before the unit changed.
    assert_eq!(status("Woninginbraken"), Some("op_koers"));
    // A survey: 37,1 ± 1,2 against a path of 36,6.
    assert_eq!(status("Voelt zich"), Some("op_koers"));
    assert_eq!(status("Meldingen jeugdoverlast"), Some("geen_gegevens"));
    // 6,8 ± 0,1 against a nulmeting of 6,9 without a target: within the margin, not judged.
    assert_eq!(status("Rapportcijfer"), Some("op_koers"));
    assert_eq!(v["peildatum"], "2025-06-30");
    assert_eq!(v["maatregelen_per_status"]["vertraagd"], 1);
    let eerste = &v["prioriteiten"][0]["maatregelen"][0];
    assert_eq!(eerste["over_tijd"], true, "{eerste}");
}

#[test]
fn markdown_zegt_elke_status_in_woorden() {
    let o = met(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(
        md.starts_with("# Voortgangsrapportage Integraal Veiligheidsplan Amsterdam"),
        "{md}"
    );
    assert!(md.contains("| Veelvoorkomende criminaliteit |"), "{md}");
    assert!(md.contains("**VERKEERDE KANT OP**"), "{md}");
    assert!(md.contains("*breuk in de reeks*"), "{md}");
}

#[test]
fn html_met_een_toegankelijke_grafiek_per_indicator() {
    let o = met(&["--formaat", "html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = stdout(&o);
    // Six indicators, five with figures or a nulmeting: each a chart.
    assert_eq!(html.matches("<svg ").count(), 6);
    assert_eq!(html.matches("role=\"img\"").count(), 6);
    assert_eq!(
        html.matches("<caption>Cijfers bij de grafiek</caption>")
            .count(),
        6
    );
    assert!(html.contains("<title id=\"g0-0-titel\">Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit: achter</title>"));
    // Colour and a word, never colour alone.
    assert!(html.contains("<td class=\"status verkeerde_kant_op\">"));
    assert!(html.contains("VERKEERDE KANT OP</td>"));
    // Self-contained: nothing fetched from elsewhere.
    assert!(!html.contains("src=") && !html.contains("<link"));
    // The break is drawn apart.
    assert!(html.contains(">breuk</text>"));
}

#[test]
fn foute_invoer_in_het_nederlands() {
    let o = met(&["--peildatum", "30-06-2025"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--peildatum: ongeldige datum \"30-06-2025\""),
        "{}",
        stderr(&o)
    );

    let up = f("voortgang", "uitvoeringsplan-amsterdam-2025.toml");
    let o = kbv(&["voortgang", &up]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("dit is een uitvoeringsplan, geen IVP"),
        "{}",
        stderr(&o)
    );

    let o = met(&["--formaat", "toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("toml is hier geen formaat"),
        "{}",
        stderr(&o)
    );
}

/// `kbv voortgang --uitvoer` never replaces an existing file without `--overschrijf`: last
/// quarter's report may have been edited by hand. With it the file is replaced whole, and no
/// temporary file is left beside it.
#[test]
fn vervangt_geen_bestaand_bestand_zonder_overschrijf() {
    let map = tijdelijke_map("bestaand");
    let doel = map.join("voortgang.md");
    let doel_str = doel.to_str().expect("pad");
    std::fs::write(&doel, "met de hand bijgewerkt\n").expect("schrijven");
    for formaat in ["markdown", "html", "json", "docx"] {
        let o = met(&["--formaat", formaat, "--uitvoer", doel_str]);
        assert_eq!(o.status.code(), Some(2), "{formaat}");
        assert!(
            stderr(&o).contains(&format!(
                "bestand \"{doel_str}\" bestaat al en wordt niet vervangen; geef --overschrijf"
            )),
            "{formaat}: {}",
            stderr(&o)
        );
        assert_eq!(
            std::fs::read_to_string(&doel).expect("lezen"),
            "met de hand bijgewerkt\n"
        );
    }

    let o = met(&["--uitvoer", doel_str, "--overschrijf"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let nieuw = std::fs::read_to_string(&doel).expect("lezen");
    assert!(
        nieuw.starts_with("# Voortgangsrapportage Integraal Veiligheidsplan Amsterdam"),
        "{nieuw}"
    );
    let namen: Vec<_> = std::fs::read_dir(&map)
        .expect("map")
        .map(|e| e.expect("naam").file_name())
        .collect();
    assert_eq!(namen, [std::ffi::OsString::from("voortgang.md")]);

    // A new name needs no flag; --overschrijf without --uitvoer is a usage error.
    let ander = map.join("ander.html");
    let o = met(&["--uitvoer", ander.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&ander)
        .expect("lezen")
        .starts_with("<!DOCTYPE html>"));
    let o = met(&["--overschrijf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--uitvoer"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&map);
}

/// `kbv skelet --uitvoeringsplan --jaarbeeld`: the next year's plan with its terugblik filled
/// from the jaarbeeld and the measures not done carried over; it reads back and passes UP-009
/// in `kbv controleer`. A jaarbeeld of another gemeente is refused in Dutch.
#[test]
fn skelet_uitvoeringsplan_uit_een_jaarbeeld() {
    let map = tijdelijke_map("jaarbeeld");
    let doel = map.join("uitvoeringsplan-2026.json");
    let doel_str = doel.to_str().expect("pad");
    let ivp = f("voortgang", "ivp-amsterdam-2023-2026.toml");
    let jaarbeeld = f("voortgang", "jaarbeeld-2025.toml");
    let up = f("voortgang", "uitvoeringsplan-amsterdam-2025.toml");
    let o = kbv(&[
        "skelet",
        "--uitvoeringsplan",
        "--ivp",
        &ivp,
        "--jaarbeeld",
        &jaarbeeld,
        "--vorig",
        &up,
        "--uitvoer",
        doel_str,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tekst = std::fs::read_to_string(&doel).expect("lezen");
    let plan: serde_json::Value = serde_json::from_str(&tekst).expect("json");
    assert_eq!(plan["jaar"].as_i64(), Some(2026));
    let aanpak = plan["terugblik"]["aanpak"].as_str().expect("aanpak");
    assert!(
        aanpak.contains("- Jeugd, Groepsaanpak Oost: niet gestart. Wacht op de politie."),
        "{aanpak}"
    );
    let beeld = plan["terugblik"]["veiligheidsbeeld"]
        .as_str()
        .expect("veiligheidsbeeld");
    assert!(
        beeld.contains("- Veiligheidsgevoel, Voelt zich weleens onveilig in de eigen buurt: "),
        "{beeld}"
    );
    assert!(
        tekst.contains("\"naam\": \"Doorgeschoven uit 2025\""),
        "{tekst}"
    );

    // It reads back, and the controle does not miss the terugblik.
    let o = kbv(&["controleer", doel_str, "--ivp", &ivp, "--json"]);
    let uit = stdout(&o);
    assert!(!uit.contains("UP-009"), "{uit}");
    assert!(
        uit.contains("UP-"),
        "de controle liep over het uitvoeringsplan: {uit}"
    );

    // Without --overschrijf the file stays.
    let o = kbv(&[
        "skelet",
        "--uitvoeringsplan",
        "--ivp",
        &ivp,
        "--jaarbeeld",
        &jaarbeeld,
        "--uitvoer",
        doel_str,
    ]);
    assert_eq!(o.status.code(), Some(2));

    // A jaarbeeld of another plan, a half-year report, a jaarbeeld without --uitvoeringsplan.
    let ander = map.join("utrecht.toml");
    std::fs::write(
        &ander,
        std::fs::read_to_string(&jaarbeeld)
            .expect("lezen")
            .replace("[\"Amsterdam\"]", "[\"Utrecht\"]"),
    )
    .expect("schrijven");
    let ander = ander.to_str().expect("pad");
    let halfjaar = f("voortgang", "rapportage-2025-halfjaar.toml");
    let plan = "--uitvoeringsplan";
    for (args, melding) in [
        (
            [plan, "--ivp", &ivp, "--jaarbeeld", ander].as_slice(),
            "het jaarbeeld is van Utrecht, het plan van Amsterdam",
        ),
        (
            &[plan, "--ivp", &ivp, "--jaarbeeld", &halfjaar],
            "dit is geen jaarbeeld",
        ),
        (
            &["--ivp", &ivp, "--jaarbeeld", &jaarbeeld],
            "--uitvoeringsplan",
        ),
        (
            &[plan, "--ivp", &up, "--jaarbeeld", &jaarbeeld],
            "verwacht een IVP, dit is een uitvoeringsplan",
        ),
    ] {
        let o = kbv(&[["skelet"].as_slice(), args].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(melding), "{args:?}: {}", stderr(&o));
    }
    let _ = std::fs::remove_dir_all(&map);
}

#[test]
fn libreoffice_tekent_de_grafieken_van_het_word_bestand() {
    let map = tijdelijke_map("word");
    let docx = map.join("voortgang.docx");
    let o = met(&["--uitvoer", docx.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let Some(tekst) = libreoffice::pdf_tekst(&docx, false) else {
        let _ = std::fs::remove_dir_all(&map);
        return;
    };
    // The legend and axis of a chart are text only the chart parts hold.
    assert!(
        tekst.matches("pad naar de streefwaarde").count() >= 4,
        "{tekst}"
    );
    assert!(tekst.contains("gemeten na breuk (2024-12-31)"), "{tekst}");
    assert!(
        tekst.contains("een jaarcijfer staat op 31 december"),
        "{tekst}"
    );
    let _ = std::fs::remove_dir_all(&map);
}

#[test]
fn de_html_pagina_drukt_af_met_haar_grafieken() {
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| aanwezig(b));
    let (Some(browser), true) = (browser, aanwezig("pdftotext")) else {
        eprintln!("overgeslagen: geen Chromium of pdftotext op het PATH");
        return;
    };
    let map = tijdelijke_map("html");
    let html = map.join("voortgang.html");
    let o = met(&["--uitvoer", html.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf = map.join("voortgang.pdf");
    let o = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&html)
        .output()
        .expect("browser draait");
    assert!(
        pdf.exists(),
        "geen PDF: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let tekst = tekst_van_pdf(&pdf, false);
    assert!(
        tekst.matches("pad naar de streefwaarde").count() >= 4,
        "{tekst}"
    );
    assert!(tekst.contains("Dashboard"));
    let _ = std::fs::remove_dir_all(&map);
}
