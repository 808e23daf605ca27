//! `kbv cijfers` and `kbv skelet --cijfers` end to end, on the downloads in the published shapes
//! under `tests/fixtures/cijfers/` (at the repository root).
//!
//! The text, JSON and CSV output are pinned in `kbv/tests/verwacht/`. A difference fails the
//! test; to accept a change, run with `KBV_BIJWERKEN=1` and review the diff of those files.

use std::path::PathBuf;
use std::process::Output;

use kernbeleid::document::{Invulbaar, Ivp, Meting, Veiligheidsanalyse};

mod gemeen;
use gemeen::{kbv, stderr, stdout};

/// A fixture's path, as an argument.
fn f(naam: &str) -> String {
    format!(
        "{}/../tests/fixtures/cijfers/{naam}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn tijdelijk(naam: &str, inhoud: &[u8]) -> PathBuf {
    let map = std::env::temp_dir().join(format!("kbv-cijfers-test-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let pad = map.join(naam);
    std::fs::write(&pad, inhoud).expect("schrijven");
    pad
}

/// Compares output with `kbv/tests/verwacht/{naam}`; writes it there with `KBV_BIJWERKEN=1`.
fn vastgelegd(naam: &str, uitvoer: &str) {
    let pad = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/verwacht")
        .join(naam);
    if std::env::var_os("KBV_BIJWERKEN").is_some() {
        std::fs::create_dir_all(pad.parent().expect("map")).expect("map");
        std::fs::write(&pad, uitvoer).expect("schrijven");
        return;
    }
    let verwacht = std::fs::read_to_string(&pad)
        .unwrap_or_else(|_| panic!("{} ontbreekt; maak het met KBV_BIJWERKEN=1", pad.display()));
    if verwacht != uitvoer {
        let eerste = verwacht
            .lines()
            .zip(uitvoer.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| verwacht.lines().count().min(uitvoer.lines().count()));
        panic!(
            "{naam} wijkt af vanaf regel {}:\nverwacht: {:?}\ngekregen: {:?}\n(KBV_BIJWERKEN=1 legt de nieuwe uitvoer vast)",
            eerste + 1,
            verwacht.lines().nth(eerste),
            uitvoer.lines().nth(eerste)
        );
    }
}

/// Amsterdam from the police's monthly crimes, the Veiligheidsmonitor and CBS's yearly crimes.
fn amsterdam(extra: &[&str]) -> Output {
    let (namen, politie, vm, cbs) = (
        f("cbs-regios.csv"),
        f("politie-47013-gemeente-maand.csv"),
        f("cbs-85146-veiligheidsmonitor.csv"),
        f("cbs-83648-regio-jaar.csv"),
    );
    let mut args = vec![
        "cijfers",
        "--gemeente",
        "Amsterdam",
        "--namen",
        &namen,
        &politie,
        &vm,
        &cbs,
    ];
    args.extend_from_slice(extra);
    kbv(&args)
}

#[test]
fn tekst_per_gemeente_thema_en_indicator() {
    let o = amsterdam(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let tekst = stdout(&o);
    assert!(
        tekst.contains("\n== Amsterdam (GM0363, gemeente) ==\n"),
        "{tekst}"
    );
    assert!(!tekst.contains("Utrecht"), "alleen Amsterdam: {tekst}");
    vastgelegd("cijfers-amsterdam.txt", &tekst);

    // Titles instead of keys, a provisional year, an unpublished value, wijken, overlast.
    let o = kbv(&[
        "cijfers",
        &f("cbs-83648-titels.csv"),
        &f("politie-47024-overlast-wijk-buurt.csv"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tekst = stdout(&o);
    assert!(tekst.contains("voorlopig"), "{tekst}");
    assert!(tekst.contains("niet gepubliceerd"), "{tekst}");
    assert!(
        tekst.contains("== WK196101 (wijk in Vijfheerenlanden) =="),
        "{tekst}"
    );
    vastgelegd("cijfers-vijfheerenlanden.txt", &tekst);
}

#[test]
fn json_heeft_de_afgesproken_vorm() {
    let o = amsterdam(&["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let reeksen = json["reeksen"].as_array().expect("reeksen");
    let reeks = reeksen
        .iter()
        .find(|r| r["thema"] == "1.3" && r["bron"] == "Politie 47013NED")
        .expect("1.3 uit 47013NED");
    assert_eq!(reeks["gemeente"], "Amsterdam");
    assert_eq!(
        reeks["indicator"],
        "Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit"
    );
    let w = &reeks["waarden"];
    assert_eq!(w[0]["periode"], "2022");
    assert_eq!(w[0]["waarde"], 11400);
    assert_eq!(w[0]["per_1000"], 12.91);
    assert_eq!(w[0]["volledig"], true);
    // The latest month is still coming in: its year is incomplete.
    assert_eq!(w[3]["periode"], "2025");
    assert_eq!(w[3]["volledig"], false);
    // Every series has the agreed keys with the agreed types.
    for r in reeksen {
        assert!(r["gemeente"].is_string() && r["thema"].is_string() && r["bron"].is_string());
        assert!(r["indicator"].is_string() || r["indicator"].is_null());
        for p in r["waarden"].as_array().expect("waarden") {
            assert!(p["periode"].is_string() && p["volledig"].is_boolean());
            assert!(p["waarde"].is_number() || p["waarde"].is_null());
        }
    }
    // Unpublished is null, never 0.
    let drugs = reeksen.iter().find(|r| r["thema"] == "5.2").expect("5.2");
    assert!(drugs["waarden"][2]["waarde"].is_null());
    vastgelegd("cijfers-amsterdam.json", &stdout(&o));
}

#[test]
fn csv_een_regel_per_reeks_en_jaar() {
    let o = amsterdam(&["--csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(csv.starts_with(
        "soort;gemeente;regio;niveau;thema;indicator;bron;maat;categorie;periode;waarde;per_1000;volledig;"
    ));
    assert!(csv.contains(";2024;10900;11.68;ja;"), "{csv}");
    vastgelegd("cijfers-amsterdam.csv", &csv);
    let o = amsterdam(&["--csv", "--json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("kan niet samen met"), "{}", stderr(&o));
}

#[test]
fn slechte_invoer_geeft_een_nederlandse_fout_en_exitcode_2() {
    let kop = tijdelijk("geen-tabel.csv", b"\"Jaar\";\"Aantal\"\n2023;12\n");
    let kop = kop.to_str().expect("pad");
    let o = kbv(&["cijfers", kop]);
    assert_eq!(o.status.code(), Some(2));
    let fout = stderr(&o);
    assert!(
        fout.starts_with(&format!(
            "kbv: {kop}: regel 1: de kop heeft de kolommen Jaar, Aantal; verwacht"
        )),
        "{fout}"
    );
    assert!(
        fout.contains("47013NED (ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1)"),
        "{fout}"
    );
    assert!(stdout(&o).is_empty());

    let periode = tijdelijk(
        "slechte-periode.csv",
        b"ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n0;1.1.1;GM0363;2023XX00;12\n",
    );
    let periode = periode.to_str().expect("pad");
    let o = kbv(&["cijfers", &f("cbs-85146-veiligheidsmonitor.csv"), periode]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "{periode}: regel 2, kolom 4 (Perioden): \"2023XX00\"; verwacht een periode"
        )),
        "{}",
        stderr(&o)
    );

    let o = kbv(&["cijfers", "bestaat-niet.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("kan bestaat-niet.csv niet lezen: het bestand of de map bestaat niet")
    );

    // A gemeente the downloads do not hold: the message names those they do, by name (every
    // gemeente's CBS code is known without --namen).
    let o = kbv(&[
        "cijfers",
        &f("politie-47013-gemeente-maand.csv"),
        "--gemeente",
        "Enkhuizen",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "geen cijfers voor gemeente \"Enkhuizen\" in deze downloads; wel voor: \
             Utrecht (GM0344), Amsterdam (GM0363), Vijfheerenlanden (GM1961)"
        ),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("--namen"), "{}", stderr(&o));

    let o = kbv(&["cijfers"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ontbreekt"), "{}", stderr(&o));

    let o = kbv(&[
        "cijfers",
        &f("politie-47013-gemeente-maand.csv"),
        "--koppeling",
        &f("inwoners.csv"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("inwoners.csv: regel 1, kolom"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn twee_downloads_die_elkaar_tegenspreken() {
    let a = tijdelijk(
        "a.csv",
        b"ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n0;1.1.1;GM0363;2023JJ00;412\n",
    );
    let b = tijdelijk(
        "b.csv",
        b"ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n0;1.1.1;GM0363;2024JJ00;380\n1;1.1.1;GM0363;2023JJ00;413\n",
    );
    let (a, b) = (a.to_str().expect("a"), b.to_str().expect("b"));
    let o = kbv(&["cijfers", a, b]);
    assert_eq!(o.status.code(), Some(2));
    let fout = stderr(&o);
    assert!(fout.contains("staat twee keer in de invoer"), "{fout}");
    assert!(
        fout.contains(&format!("(bestand 1 is {a}, bestand 2 is {b})")),
        "{fout}"
    );
}

#[test]
fn de_koppeling_met_haar_grond() {
    let o = kbv(&["cijfers", "--koppeling-tonen"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(t.starts_with("Koppeling: kernbeleid, eigen open koppeling (niet het VNG/INP-model)\n"));
    assert!(t.contains("Zij is NIET het VNG/INP-model"), "{t}");
    assert!(t.contains(
        "  1.1.1 Diefstal/inbraak woning\n    -> 1.3 Objectieve veiligheid/ veelvoorkomende en high impact crime\n       effectindicator: Politieregistratie: misdrijven vermogenscriminaliteit, geweldscriminaliteit\n       grond (uitleg): \"woninginbraak\"\n"
    ), "{t}");
    assert!(
        t.contains("  1.4.1 Zedenmisdrijf\n    -> geen thema: "),
        "{t}"
    );

    let o = kbv(&["cijfers", "--koppeling-tonen", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["vng_inp_model"], false);
    let regels = json["regels"].as_array().expect("regels");
    assert!(regels
        .iter()
        .all(|r| r["geen_thema"].is_string() || r["onderbouwing"].is_string()));

    // The TOML is a mapping file of one's own: read back, it gives the same figures.
    let o = kbv(&["cijfers", "--koppeling-tonen", "--toml"]);
    assert_eq!(o.status.code(), Some(0));
    let eigen = tijdelijk("koppeling.toml", &o.stdout);
    let eigen = eigen.to_str().expect("pad");
    let met = amsterdam(&["--koppeling", eigen, "--json"]);
    assert_eq!(met.status.code(), Some(0), "{}", stderr(&met));
    assert_eq!(stdout(&met), stdout(&amsterdam(&["--json"])));

    let o = kbv(&["cijfers", "--toml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn een_eigen_koppeling_vervangt_die_van_kernbeleid() {
    let eigen = f("eigen-koppeling.toml");
    let o = kbv(&["cijfers", "--koppeling-tonen", "--koppeling", &eigen]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Koppeling: Vijfheerenlanden, indeling 2025\n"));
    assert!(stdout(&o).contains("grond: eigen keuze: zeden rekenen wij tot geweld"));

    let o = amsterdam(&["--koppeling", &eigen, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["koppeling"], "Vijfheerenlanden, indeling 2025");
    // Zedenmisdrijf is in theme 1.3 under this mapping, so no longer in no theme.
    let categorieen = json["reeksen"]
        .as_array()
        .expect("reeksen")
        .iter()
        .find(|r| r["thema"] == "1.3" && r["bron"] == "Politie 47013NED")
        .map(|r| r["categorieen"].clone())
        .expect("1.3");
    assert!(categorieen
        .as_array()
        .expect("lijst")
        .iter()
        .any(|c| c == "1.4.1 Zedenmisdrijf"));
}

#[test]
fn hulp_is_nederlands() {
    let o = kbv(&["cijfers", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let t = stdout(&o);
    for verwacht in [
        "Gebruik: kbv cijfers BESTAND...",
        "Argumenten:",
        "Opties:",
        "--koppeling-tonen",
        "niet\nhet VNG/INP-model",
    ] {
        assert!(t.contains(verwacht), "{verwacht}: {t}");
    }
    for engels in ["Usage", "Arguments", "Options", "Print help"] {
        assert!(!t.contains(engels), "{engels}: {t}");
    }
    let o = kbv(&["help"]);
    assert!(stdout(&o).contains("cijfers"));
    let o = kbv(&["skelet", "--help"]);
    assert!(stdout(&o).contains("--cijfers <BESTAND>..."));
}

fn skelet_met_cijfers(gemeente: &str, extra: &[&str]) -> Output {
    let (namen, politie, vm, cbs) = (
        f("cbs-regios.csv"),
        f("politie-47013-gemeente-maand.csv"),
        f("cbs-85146-veiligheidsmonitor.csv"),
        f("cbs-83648-regio-jaar.csv"),
    );
    let mut args = vec![
        "skelet",
        "--gemeente",
        gemeente,
        "--periode",
        "2027-2030",
        "--cijfers",
        &politie,
        &vm,
        &cbs,
        "--namen",
        &namen,
    ];
    args.extend_from_slice(extra);
    kbv(&args)
}

#[test]
fn skelet_met_cijfers_vult_de_nulmetingen() {
    let o = skelet_met_cijfers(
        "Amsterdam",
        &["--prioriteiten", "1.3,3.1", "--formaat", "toml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let toml = stdout(&o);
    let ivp = Ivp::uit_toml(&toml).expect("leest terug");
    let nulmetingen: Vec<(String, Option<Meting>)> = ivp
        .prioriteiten
        .iter()
        .flat_map(|p| &p.effectindicatoren)
        .map(|i| {
            (
                i.naam.waarde().cloned().unwrap_or_default(),
                i.nulmeting.as_ref().and_then(Invulbaar::waarde).copied(),
            )
        })
        .collect();
    let metingen: Vec<Option<(i32, f64)>> = nulmetingen
        .iter()
        .map(|(_, m)| m.map(|m| (m.jaar, m.waarde)))
        .collect();
    // 1.3: police figures, slachtofferschap not measured; 3.1: CBS and the Veiligheidsmonitor.
    assert_eq!(
        metingen,
        [
            Some((2024, 10900.0)),
            None,
            Some((2024, 5800.0)),
            Some((2023, 13.0))
        ],
        "{nulmetingen:?}"
    );
    let eerste = &ivp.prioriteiten[0].effectindicatoren[0];
    assert_eq!(eerste.reeks.len(), 3);
    assert_eq!(
        eerste.eenheid.as_deref(),
        Some("geregistreerde misdrijven per jaar (Politie 47013NED)")
    );
    // Read back, the filled skeleton passes the controle.
    let pad = tijdelijk("ivp-met-cijfers.toml", toml.as_bytes());
    let o = kbv(&["controleer", pad.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("0 fouten, 0 waarschuwingen"),
        "{}",
        stdout(&o)
    );

    // Markdown shows the nulmeting and the series.
    let o = skelet_met_cijfers("Amsterdam", &["--prioriteiten", "1.3"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("| 10900 (2024) |"));
    assert!(stdout(&o).contains("Gemeten: 2022: 11400; 2023: 11400; 2024: 10900."));
}

#[test]
fn analyse_met_cijfers_per_thema() {
    let o = skelet_met_cijfers("Amsterdam", &["--analyse", "--formaat", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a: Veiligheidsanalyse = serde_json::from_str(&stdout(&o)).expect("analyse");
    let t = a
        .themas
        .iter()
        .find(|t| t.thema.code() == "2.1")
        .expect("2.1");
    let winkel: Vec<(Option<i32>, Option<f64>)> = t
        .cijfers
        .iter()
        .filter(|c| c.eenheid.as_deref() == Some("geregistreerde misdrijven per jaar"))
        .map(|c| {
            (
                c.jaar,
                c.waarde.as_ref().and_then(Invulbaar::waarde).copied(),
            )
        })
        .collect();
    assert_eq!(
        winkel,
        [
            (Some(2022), Some(5200.0)),
            (Some(2023), Some(5600.0)),
            (Some(2024), Some(5900.0))
        ]
    );
    let pad = tijdelijk("analyse-met-cijfers.json", &o.stdout);
    let o = kbv(&["controleer", pad.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn skelet_met_cijfers_zonder_de_gemeente_is_een_fout() {
    let o = skelet_met_cijfers("Lopik", &["--prioriteiten", "1.3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("geen cijfers voor gemeente \"Lopik\" in deze downloads; wel voor: "),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
    let o = kbv(&[
        "skelet",
        "--gemeente",
        "Lopik",
        "--periode",
        "2027-2030",
        "--prioriteiten",
        "1.3",
        "--namen",
        "x.csv",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--namen, --inwoners en --koppeling horen bij --cijfers"));
}

/// Every gemeente is findable by name in a download with codes only, without `--namen`: the
/// crate's list of gemeenten (CBS, 1 January 2025) names the codes; another name ("Den Haag")
/// finds the gemeente by its code.
#[test]
fn gemeente_bij_naam_zonder_namen() {
    let download = tijdelijk(
        "enkhuizen-den-haag.csv",
        "\u{feff}\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\n\
         0;\"1.1.1     \";\"GM0388    \";\"2022JJ00\";71\n\
         1;\"1.1.1     \";\"GM0388    \";\"2023JJ00\";64\n\
         2;\"1.1.1     \";\"GM0518    \";\"2023JJ00\";2900\n"
            .as_bytes(),
    );
    let pad = download.to_string_lossy().into_owned();
    let o = kbv(&["cijfers", &pad, "--gemeente", "Enkhuizen", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let tekst = json.to_string();
    assert!(
        tekst.contains("GM0388") && tekst.contains("Enkhuizen"),
        "{tekst}"
    );
    assert!(!tekst.contains("GM0518"), "{tekst}");

    let o = kbv(&["cijfers", &pad, "--gemeente", "Den Haag", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let tekst = stdout(&o);
    assert!(
        tekst.contains("GM0518") && !tekst.contains("GM0388"),
        "{tekst}"
    );

    // By code, as before.
    let o = kbv(&["cijfers", &pad, "--gemeente", "GM0388"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Enkhuizen"), "{}", stdout(&o));
}
