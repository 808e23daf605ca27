//! The tool `kbv` end to end: exit codes, output shapes, Dutch errors.
//!
//! Cargo builds the binary before it runs these tests and names it in `CARGO_BIN_EXE_kbv`, so
//! `cargo test -p kbv --test test_kbv` works on a clean target.

use std::path::PathBuf;
use std::process::{Command, Output};

mod gemeen;
use gemeen::{kbv, skelet_utrecht, stderr, stdout};

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
    // The published keys, and the kind of ground added.
    for regel in json.as_array().into_iter().flatten() {
        for sleutel in [
            "code",
            "ernst",
            "document",
            "titel",
            "uitleg",
            "oplossing",
            "citaat",
            "bron",
            "grond",
        ] {
            assert!(regel.get(sleutel).is_some(), "{sleutel}: {regel}");
        }
    }
    let ivp_011 = json
        .as_array()
        .and_then(|r| r.iter().find(|r| r["code"] == "IVP-011"))
        .expect("IVP-011");
    assert_eq!(ivp_011["grond"], "gezond_verstand");
    // The text: code, severity, document, kind of ground and the passage or statement.
    let o = kbv(&["regels"]);
    assert_eq!(o.status.code(), Some(0));
    let tekst = stdout(&o);
    assert!(
        tekst.contains("IVP-003 (waarschuwing, IVP): meer dan drie a vier prioriteiten\n"),
        "{tekst}"
    );
    assert!(
        tekst.contains("    Grond: handreiking, Kernbeleid Veiligheid 2021, Stappenplan, Stap 3: Prioritering (p. 6): \"Uitgangspunt is een maximum van drie a vier prioriteiten"),
        "{tekst}"
    );
    assert!(
        tekst.contains("IVP-011 (fout, IVP): periode begint niet voor zij eindigt\n"),
        "{tekst}"
    );
    assert!(
        tekst
            .contains("    Grond: gezond verstand: Een periode eindigt niet voordat zij begint.\n"),
        "{tekst}"
    );
    let o = kbv(&["lacunes", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json[0]["plaats"]["thema"], "2.1");
}

fn tijdelijk(naam: &str, inhoud: &[u8]) -> PathBuf {
    let map = std::env::temp_dir().join(format!("kbv-test-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let pad = map.join(naam);
    std::fs::write(&pad, inhoud).expect("schrijven");
    pad
}

fn skelet(formaat: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "skelet",
        "--gemeente",
        "Utrecht",
        "--periode",
        "2027-2030",
        "--prioriteiten",
        "1.3,5.2,3.2",
        "--formaat",
        formaat,
    ];
    args.extend_from_slice(extra);
    kbv(&args)
}

#[test]
fn skelet_in_markdown_is_de_hoofdtaak() {
    let o = skelet_utrecht(&["--prioriteiten", "1.3,5.2,3.2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("# Integraal Veiligheidsplan Utrecht 2027-2030\n"));
    assert!(md.contains("\n## 4 Prioriteiten\n") && md.contains("\n## 7 Begroting\n"));
}

#[test]
fn vers_skelet_leest_terug_en_controleert_zonder_fouten() {
    for (formaat, extra) in [
        ("json", vec![]),
        ("toml", vec![]),
        ("json", vec!["--uitvoeringsplan"]),
        ("toml", vec!["--analyse"]),
    ] {
        let o = skelet(formaat, &extra);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let pad = tijdelijk(
            &format!("skelet-{}.{formaat}", extra.len() * 7 + formaat.len()),
            &o.stdout,
        );
        let c = kbv(&["controleer", pad.to_str().expect("pad"), "--json"]);
        assert_eq!(c.status.code(), Some(0), "{}", stderr(&c));
        let json: serde_json::Value = serde_json::from_str(&stdout(&c)).expect("json");
        assert_eq!(
            (json["fouten"].as_u64(), json["waarschuwingen"].as_u64()),
            (Some(0), Some(0))
        );
        assert!(json["hints"].as_u64() > Some(0));
        // Only hints, in the document's order: placeholders (KBV-001) and the missing
        // vaststelling (IVP-018) where the document has it.
        let codes: Vec<&str> = json["diagnoses"]
            .as_array()
            .expect("lijst")
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect();
        assert!(codes.contains(&"KBV-001"), "{codes:?}");
        assert!(
            codes.iter().all(|c| ["KBV-001", "IVP-018"].contains(c)),
            "{codes:?}"
        );
        for sleutel in ["code", "ernst", "pad", "bericht", "bron"] {
            assert!(json["diagnoses"][0].get(sleutel).is_some(), "{sleutel}");
        }
        // Read back unchanged: kbv lees writes the same text.
        let l = kbv(&["lees", pad.to_str().expect("pad")]);
        assert_eq!(stdout(&l), stdout(&o), "{formaat} {extra:?}");
    }
}

#[test]
fn controleer_met_fouten_geeft_1() {
    let pad = tijdelijk(
        "zes-jaar.toml",
        b"gemeenten = [\"Utrecht\"]\nperiode = { van = \"2027-01-01\", tot = \"2032-12-31\" }\n",
    );
    let o = kbv(&["controleer", pad.to_str().expect("pad")]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let uit = stdout(&o);
    assert!(
        uit.starts_with("fout [IVP-002] geen prioriteit (1 bevinding)\n    grond: Kernbeleid Veiligheid 2021, Stappenplan, Stap 4: Opstellen IVP (p. 6): \"Prioriteiten."),
        "{uit}"
    );
    assert!(
        uit.contains("\n    /prioriteiten: het IVP heeft geen prioriteiten (hoofdstuk 4)\n"),
        "{uit}"
    );
    assert!(
        uit.contains(
            "\nwaarschuwing [IVP-012] periode langer dan de vierjaarlijkse cyclus (1 bevinding)\n"
        ),
        "{uit}"
    );
    // --ernst leaves out what is lighter, never the exit code.
    let o = kbv(&["controleer", pad.to_str().expect("pad"), "--ernst", "fout"]);
    assert_eq!(o.status.code(), Some(1));
    let uit = stdout(&o);
    assert!(!uit.contains("waarschuwing ["), "{uit}");
    assert!(uit.contains("fout [IVP-002]"), "{uit}");
}

/// The text report: grouped by rule, each rule's ground once, a line of counts at the end; the
/// JSON keeps its shape, and --ernst leaves out what is lighter.
#[test]
fn controleer_groepeert_per_regel_en_filtert_op_ernst() {
    let o = skelet("toml", &[]);
    let pad = tijdelijk("groepen.toml", &o.stdout);
    let pad = pad.to_str().expect("pad");
    let o = kbv(&["controleer", pad]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let uit = stdout(&o);
    // A fresh skeleton: one heading per rule, the placeholder passage once.
    let regels: Vec<&str> = uit
        .lines()
        .filter(|r| !r.starts_with(' ') && r.contains(" ["))
        .collect();
    assert_eq!(regels.len(), 2, "{uit}");
    // The rules in the order of their first finding, which follows the document: the
    // vaststelling comes before the chapters.
    assert!(
        regels[1].starts_with("hint [KBV-001] nog in te vullen ("),
        "{uit}"
    );
    assert!(
        regels[0].starts_with("hint [IVP-018] geen vaststelling vastgelegd (1 bevinding)"),
        "{uit}"
    );
    assert_eq!(uit.matches("    grond: ").count(), 2, "{uit}");
    assert!(
        uit.contains("    grond: gezond verstand: Een plaatshouder is nog geen inhoud"),
        "{uit}"
    );
    assert!(!uit.contains("bron: "), "{uit}");
    let laatste = uit.lines().last().unwrap_or_default();
    assert!(
        laatste.starts_with("0 fouten, 0 waarschuwingen, "),
        "{laatste}"
    );
    assert!(laatste.ends_with(" hints"), "{laatste}");

    // --ernst waarschuwing: the hints are left out, and the count line says so.
    let o = kbv(&["controleer", pad, "--ernst", "waarschuwing"]);
    assert_eq!(o.status.code(), Some(0));
    let uit = stdout(&o);
    assert!(!uit.contains("hint ["), "{uit}");
    assert!(
        uit.contains("; niet getoond (lichter dan waarschuwing): "),
        "{uit}"
    );

    // The JSON keeps its shape; --ernst filters it the same way.
    let o = kbv(&["controleer", pad, "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let mut sleutels: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    sleutels.sort_unstable();
    assert_eq!(
        sleutels,
        [
            "bevindingen",
            "diagnoses",
            "fouten",
            "hints",
            "waarschuwingen"
        ]
    );
    let o = kbv(&["controleer", pad, "--json", "--ernst", "waarschuwing"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["diagnoses"], serde_json::json!([]));
    assert_eq!(json["hints"], 0);
    let terug: kernbeleid::controle::Rapport =
        serde_json::from_value(json).expect("leest terug als rapport");
    assert!(terug.diagnoses().is_empty());

    // A wrong value: a Dutch error, exit code 2.
    let o = kbv(&["controleer", pad, "--ernst", "ernstig"]);
    assert_eq!(o.status.code(), Some(2));
    let fout = stderr(&o);
    assert!(
        fout.contains(
            "--ernst <ERNST>: onbekende ernst \"ernstig\"; verwacht hint, waarschuwing of fout"
        ),
        "{fout}"
    );
    zonder_engels(&fout, "--ernst ernstig");
    let hulp = stdout(&kbv(&["controleer", "--help"]));
    assert!(hulp.contains("--ernst <ERNST>"), "{hulp}");
    zonder_engels(&hulp, "controleer --help");
}

#[test]
fn onleesbaar_geeft_2_met_nederlandse_melding() {
    let gevallen: Vec<(&str, Vec<u8>)> = vec![
        ("leeg.json", Vec::new()),
        ("afgekapt.json", br#"{"gemeenten": ["Utrecht"], "periode": {"van": "2027"#.to_vec()),
        ("diep.json", "[".repeat(200_000).into_bytes()),
        ("diep.toml", format!("a = {}", "[".repeat(200_000)).into_bytes()),
        ("onzin.bin", (0..=255u8).cycle().take(5000).collect()),
        ("sleutel.toml", b"gemeenten = [\"U\"]\nperiode = { van = \"2027-01-01\", tot = \"2030-12-31\" }\nprioriteitten = []\n".to_vec()),
    ];
    for (naam, inhoud) in gevallen {
        let pad = tijdelijk(naam, &inhoud);
        for extra in [&[][..], &["--json"][..]] {
            let mut args = vec!["controleer", pad.to_str().expect("pad")];
            args.extend_from_slice(extra);
            let o = kbv(&args);
            assert_eq!(o.status.code(), Some(2), "{naam}: {}", stderr(&o));
            let fout = stderr(&o);
            assert!(fout.starts_with("kbv: "), "{naam}: {fout}");
            assert!(!fout.contains("panicked"), "{naam}: {fout}");
        }
    }
    let o = kbv(&["controleer", tijdelijk("sleutel.toml", b"gemeenten = [\"U\"]\nperiode = { van = \"2027-01-01\", tot = \"2030-12-31\" }\nprioriteitten = []\n").to_str().expect("pad")]);
    assert!(
        stderr(&o).contains("onbekende sleutel \"prioriteitten\""),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("regel 3"), "{}", stderr(&o));
    let o = kbv(&["controleer", "/bestaat/niet.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("kan bestand \"/bestaat/niet.toml\" niet lezen: het bestand bestaat niet"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("No such file"), "{}", stderr(&o));
}

#[test]
fn regionaal_csv() {
    let a = skelet("toml", &[]);
    let pad = tijdelijk("regio-a.toml", &a.stdout);
    let o = kbv(&["regionaal", pad.to_str().expect("pad"), "--csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(
        csv.starts_with("code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Utrecht\n")
    );
    assert!(csv.contains(
        "\n1.3,Objectieve veiligheid/ veelvoorkomende en high impact crime,1,0,0,0,prioriteit\n"
    ));
}

#[test]
fn regionaal_plannen_apart_met_bron_en_fouten() {
    let oud = tijdelijk(
        "regio-utrecht-2023.toml",
        b"gemeenten = [\"Utrecht\"]\nperiode = { van = \"2023-01-01\", tot = \"2026-12-31\" }\n\
          prioriteiten = [{ naam = \"Jeugd\", themas = [\"3.1\"] }]\n",
    );
    let nieuw = tijdelijk(
        "regio-utrecht-2025.toml",
        b"gemeenten = [\"Utrecht\"]\nperiode = { van = \"2025-01-01\", tot = \"2024-12-31\" }\n\
          prioriteiten = [{ naam = \"Zorg en Veiligheid\", themas = [\"S2\"] }]\n",
    );
    let (oud, nieuw) = (oud.to_str().expect("pad"), nieuw.to_str().expect("pad"));
    let o = kbv(&["regionaal", oud, nieuw]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("1 gemeente in 2 plannen."), "{md}");
    assert!(
        md.contains("**Let op:** 1 van de 2 plannen heeft fouten"),
        "{md}"
    );
    assert!(md.contains(&format!("| 1 | {oud} |")), "{md}");
    assert!(
        md.contains("| S2 Zorg en Veiligheid | 1 | 0 | 0 | 0 |"),
        "{md}"
    );
    assert!(
        md.contains("- Utrecht: plan 1 (2023-2026) geldt voor 2023-2026; plan 2"),
        "{md}"
    );
    let o = kbv(&["regionaal", oud, nieuw, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(json["plannen"][1]["bron"], nieuw);
    assert_eq!(json["gemeenten"][1]["telt_mee"], true);
    assert!(json["gemeenten"][1]["fouten"].as_u64() >= Some(1));
}

#[test]
fn skelet_fouten() {
    let o = kbv(&["skelet", "--periode", "2027-2030", "--prioriteiten", "1.3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--gemeente"));
    let o = kbv(&[
        "skelet",
        "--gemeente",
        "U",
        "--periode",
        "2027",
        "--prioriteiten",
        "1.3",
    ]);
    assert!(
        stderr(&o).contains("ongeldige periode \"2027\""),
        "{}",
        stderr(&o)
    );
    let o = kbv(&[
        "skelet",
        "--gemeente",
        "U",
        "--periode",
        "2027-2030",
        "--prioriteiten",
        "7.1",
    ]);
    assert!(
        stderr(&o).contains("ongeldige prioriteit \"7.1\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn uitvoeringsplan_tegen_zijn_ivp() {
    let ivp = skelet_utrecht(&["--prioriteiten", "1.3,5.2", "--formaat", "toml"]);
    let ander = skelet_utrecht(&[
        "--prioriteiten",
        "3.1",
        "--formaat",
        "toml",
        "--uitvoeringsplan",
    ]);
    let ivp_pad = tijdelijk("bij-ivp.toml", &ivp.stdout);
    let up_pad = tijdelijk("bij-up.toml", &ander.stdout);
    let o = kbv(&[
        "controleer",
        up_pad.to_str().expect("pad"),
        "--ivp",
        ivp_pad.to_str().expect("pad"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "waarschuwingen, geen fouten: {}",
        stderr(&o)
    );
    let uit = stdout(&o);
    assert!(uit.contains("waarschuwing [UP-008] prioriteit of overig thema van het IVP ontbreekt (2 bevindingen)\n    grond: Kernbeleid Veiligheid 2021, Stappenplan, Stap 5: Opstellen Uitvoeringsplan (p. 6): \"Het is echt de 'operationele doorslag' daarvan.\"\n    /prioriteiten: prioriteit \"Objectieve veiligheid/ veelvoorkomende en high impact crime\" van het IVP komt niet terug in het uitvoeringsplan\n"), "{uit}");
    let o = kbv(&[
        "controleer",
        ivp_pad.to_str().expect("pad"),
        "--ivp",
        ivp_pad.to_str().expect("pad"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--ivp hoort bij een uitvoeringsplan"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn ivp_tegen_zijn_analyse() {
    let ivp = skelet_utrecht(&["--prioriteiten", "3.1,5.2", "--formaat", "toml"]);
    let ivp_pad = tijdelijk("bij-analyse-ivp.toml", &ivp.stdout);
    let analyse = "gemeenten = [\"Utrecht\"]\njaar = 2027\nthemas = []\n\
                   voorstel_prioriteiten = [{ veld = 5, themas = [\"5.2\"] }]\n";
    let analyse_pad = tijdelijk("bij-analyse.toml", analyse.as_bytes());
    let (ivp_pad, analyse_pad) = (
        ivp_pad.to_str().expect("pad"),
        analyse_pad.to_str().expect("pad"),
    );
    let o = kbv(&["controleer", ivp_pad, "--analyse", analyse_pad]);
    assert_eq!(o.status.code(), Some(0), "geen fouten: {}", stderr(&o));
    let uit = stdout(&o);
    assert!(uit.contains("waarschuwing [IVP-040] veiligheidsanalyse niet van vóór de periode (1 bevinding)\n    grond: Kernbeleid Veiligheid 2021, Overzicht: belangrijke karakteristieken van het proces (p. 12): \"Eerst het fundament leggen, zowel procesmatig als inhoudelijk.\"\n    /periode: de veiligheidsanalyse van 2027 is niet van vóór de periode 2027-2030, die begint op 2027-01-01\n"), "{uit}");
    assert!(
        uit.contains("[IVP-041] prioriteit niet uit de veiligheidsanalyse (1 bevinding)"),
        "{uit}"
    );
    assert!(uit.contains("(thema 3.1) staat niet bij de prioriteiten die de veiligheidsanalyse van 2027 voorstelt"), "{uit}");
    // Without the analysis neither rule can speak.
    let zonder = stdout(&kbv(&["controleer", ivp_pad]));
    assert!(
        !zonder.contains("IVP-040") && !zonder.contains("IVP-041"),
        "{zonder}"
    );
    // The analysis belongs with an IVP, and must be one.
    let o = kbv(&["controleer", analyse_pad, "--analyse", analyse_pad]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--analyse hoort bij een IVP"),
        "{}",
        stderr(&o)
    );
    let o = kbv(&["controleer", ivp_pad, "--analyse", ivp_pad]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("dit is een IVP, geen veiligheidsanalyse"),
        "{}",
        stderr(&o)
    );
}

/// Every command, in the order `kbv --help` lists them.
const OPDRACHTEN: [&str; 16] = [
    "skelet",
    "controleer",
    "regionaal",
    "planning",
    "cijfers",
    "catalogus",
    "thema",
    "herken",
    "lacunes",
    "regels",
    "raakvlakken",
    "lees",
    "importeer",
    "schema",
    "voortgang",
    "help",
];

/// What clap writes in English when it is not told otherwise.
const ENGELS: [&str; 14] = [
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "[OPTIONS]",
    "COMMAND",
    "possible values",
    "default:",
    "aliases",
    "subcommand",
    "error",
    "For more information",
];

fn zonder_engels(tekst: &str, waar: &str) {
    for woord in ENGELS {
        assert!(!tekst.contains(woord), "{waar}: \"{woord}\" in\n{tekst}");
    }
}

#[test]
fn hulp_bij_kbv_zelf() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let o = kbv(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(o.stderr.is_empty(), "{args:?}: {}", stderr(&o));
        let hulp = stdout(&o);
        assert!(
            hulp.contains("\nGebruik: kbv OPDRACHT [OPTIES]\n"),
            "{hulp}"
        );
        zonder_engels(&hulp, &format!("{args:?}"));
        // The list under "Opdrachten:" is exactly the commands tested below.
        let lijst: Vec<&str> = hulp
            .split("Opdrachten:\n")
            .nth(1)
            .expect("Opdrachten:")
            .lines()
            .take_while(|r| !r.is_empty())
            .filter_map(|r| r.split_whitespace().next())
            .collect();
        assert_eq!(lijst, OPDRACHTEN);
    }
}

#[test]
fn hulp_bij_elke_opdracht() {
    for opdracht in OPDRACHTEN {
        let lang = kbv(&[opdracht, "--help"]);
        let kort = kbv(&[opdracht, "-h"]);
        let via_help = kbv(&["help", opdracht]);
        for o in [&lang, &kort, &via_help] {
            assert_eq!(o.status.code(), Some(0), "{opdracht}: {}", stderr(o));
            assert!(o.stderr.is_empty(), "{opdracht}: {}", stderr(o));
        }
        let hulp = stdout(&lang);
        assert_eq!(stdout(&kort), hulp, "{opdracht}");
        assert_eq!(stdout(&via_help), hulp, "{opdracht}");
        assert!(
            hulp.contains(&format!("\nGebruik: kbv {opdracht}")),
            "{hulp}"
        );
        assert!(hulp.contains("\nOpties:\n") && hulp.contains("-h, --help"));
        zonder_engels(&hulp, opdracht);
        for regel in hulp.lines() {
            assert!(regel.chars().count() <= 100, "{opdracht}: te lang: {regel}");
        }
    }
    // The help of a command lists its own options.
    let hulp = stdout(&kbv(&["skelet", "--help"]));
    for optie in [
        "--gemeente <NAAM>",
        "--periode <JJJJ-JJJJ>",
        "--prioriteiten <LIJST>",
        "--formaat <FORMAAT>",
        "--uitvoeringsplan",
        "--analyse",
    ] {
        assert!(hulp.contains(optie), "{optie}: {hulp}");
    }
    let hulp = stdout(&kbv(&["controleer", "--help"]));
    assert!(hulp.contains("\nArgumenten:\n  <BESTAND>"), "{hulp}");
    assert!(hulp.contains("Exitcode 0"), "{hulp}");
}

#[test]
fn versie() {
    for vlag in ["--version", "-V"] {
        let o = kbv(&[vlag]);
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(stdout(&o), format!("kbv {}\n", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn zonder_opdracht_de_hulp_op_stderr_met_exitcode_2() {
    let o = kbv(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
    let fout = stderr(&o);
    assert!(fout.starts_with("kbv: geen opdracht gegeven\n"), "{fout}");
    assert!(fout.contains("\nOpdrachten:\n  skelet"), "{fout}");
    zonder_engels(&fout, "kbv");
}

#[test]
fn verkeerde_aanroepen_krijgen_een_nederlandse_fout() {
    let gevallen: &[(&[&str], &str)] = &[
        (
            &["skelet", "--gemeent", "U"],
            "onbekende optie \"--gemeent\"; bedoelde u --gemeente?",
        ),
        (&["thema", "-x"], "onbekende optie \"-x\""),
        (
            &["skeelt"],
            "onbekende opdracht \"skeelt\"; bedoelde u \"skelet\"?",
        ),
        (&["help", "vliegen"], "onbekende opdracht \"vliegen\""),
        (&["planning"], "--start <JJJJ-MM-DD> ontbreekt"),
        (
            &["skelet", "--gemeente", "U", "--periode", "2027-2030"],
            "--prioriteiten <LIJST> ontbreekt",
        ),
        (
            &["skelet"],
            "--gemeente <NAAM>, --periode <JJJJ-JJJJ> en --prioriteiten <LIJST> ontbreken",
        ),
        (&["controleer"], "<BESTAND> ontbreekt"),
        (&["regionaal", "--csv"], "<BESTAND>... ontbreekt"),
        (
            &["skelet", "--gemeente"],
            "--gemeente <NAAM> verwacht een waarde",
        ),
        (
            &["skelet", "--gemeente", "--periode", "2027-2030"],
            "--gemeente <NAAM> verwacht een waarde",
        ),
        (
            &["planning", "--start", "2027-01-04", "--start", "2027-02-01"],
            "--start <JJJJ-MM-DD> mag maar één keer",
        ),
        (
            &["catalogus", "--json", "--json"],
            "--json mag maar één keer",
        ),
        (
            &["catalogus", "--json=ja"],
            "--json neemt geen waarde \"ja\"",
        ),
        (&["catalogus", "extra"], "onverwacht argument \"extra\""),
        (
            &["controleer", "a.toml", "b.toml"],
            "onverwacht argument \"b.toml\"",
        ),
        (
            &[
                "skelet",
                "--gemeente",
                "U",
                "--periode",
                "2027-2030",
                "--uitvoeringsplan",
                "--analyse",
            ],
            "--uitvoeringsplan kan niet samen met --analyse",
        ),
        (
            &["lees", "x.toml", "--json", "--toml"],
            "kan niet samen met",
        ),
        (
            &["regionaal", "x.toml", "--csv", "--json"],
            "kan niet samen met",
        ),
    ];
    for (args, verwacht) in gevallen {
        let o = kbv(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
        let fout = stderr(&o);
        assert!(fout.starts_with("kbv: "), "{args:?}: {fout}");
        assert!(fout.contains(verwacht), "{args:?}: {fout}");
        assert!(fout.contains("\nZie 'kbv "), "{args:?}: {fout}");
        zonder_engels(&fout, &format!("{args:?}"));
        for woord in [
            "unexpected",
            "required",
            "cannot",
            "invalid",
            "found",
            "tip:",
        ] {
            assert!(!fout.contains(woord), "{args:?}: \"{woord}\" in {fout}");
        }
    }
}

#[cfg(unix)]
#[test]
fn argument_dat_geen_utf8_is() {
    use std::os::unix::ffi::OsStrExt;
    let o = Command::new(env!("CARGO_BIN_EXE_kbv"))
        .arg("thema")
        .arg(std::ffi::OsStr::from_bytes(b"\xff3.1"))
        .output()
        .expect("kbv draait");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("geen geldige UTF-8-tekst"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn lege_gemeente_wordt_geweigerd() {
    for gemeente in ["--gemeente=", "--gemeente=   "] {
        let o = kbv(&[
            "skelet",
            gemeente,
            "--periode",
            "2027-2030",
            "--prioriteiten",
            "1.3",
        ]);
        assert_eq!(o.status.code(), Some(2), "{gemeente}: {}", stdout(&o));
        assert!(o.stdout.is_empty());
        let fout = stderr(&o);
        assert!(fout.starts_with("kbv: --gemeente <NAAM>: "), "{fout}");
        assert!(fout.contains("niet leeg of alleen spaties"), "{fout}");
    }
    // A second gemeente does not make an empty one acceptable.
    let o = kbv(&[
        "skelet",
        "--gemeente",
        "Utrecht",
        "--gemeente",
        " ",
        "--periode",
        "2027-2030",
        "--prioriteiten",
        "1.3",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

/// Runs kbv with a stdout pipe that is closed after `lezen` bytes, as `| head -c 10` does.
fn met_gesloten_pijp(args: &[&str], lezen: usize) -> Output {
    use std::io::Read;
    use std::process::Stdio;
    let mut kind = Command::new(env!("CARGO_BIN_EXE_kbv"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kbv start");
    let mut pijp = kind.stdout.take().expect("stdout");
    let mut begin = vec![0; lezen];
    pijp.read_exact(&mut begin).expect("eerste bytes");
    drop(pijp);
    kind.wait_with_output().expect("kbv stopt")
}

#[test]
fn een_gesloten_pijp_is_geen_fout() {
    // The catalogue (well over 64 KiB, more than a pipe holds) cannot be written whole before
    // the pipe closes, so kbv does meet the closed pipe.
    let o = met_gesloten_pijp(&["catalogus", "--json"], 10);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
    // The command keeps its own exit code: 1 for a document with errors.
    let pad = tijdelijk(
        "pijp-zes-jaar.toml",
        b"gemeenten = [\"Utrecht\"]\nperiode = { van = \"2027-01-01\", tot = \"2032-12-31\" }\n",
    );
    let o = met_gesloten_pijp(&["controleer", pad.to_str().expect("pad")], 1);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn herken_toont_kandidaten_met_reden() {
    let o = kbv(&["herken", "Ondermijning", "Drugs", "Zwemles op dinsdag"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let uit = stdout(&o);
    assert!(
        uit.starts_with(
            "\"Ondermijning\": eenduidig: 5.2 Georganiseerde/ondermijnende criminaliteit\n  \
             1. 5.2 Georganiseerde/ondermijnende criminaliteit (thema, score 0.95)\n     \
             is de alias \"Ondermijning\" van 5.2"
        ),
        "{uit}"
    );
    assert!(uit.contains("\n\"Drugs\": meerduidig"), "{uit}");
    assert!(uit.contains("3.3 Jeugd, alcohol en drugs"), "{uit}");
    assert!(
        uit.ends_with(
            "\"Zwemles op dinsdag\": onbekend: geen naam, alias of passage van de handreiking \
             gevonden\n"
        ),
        "{uit}"
    );
    zonder_engels(&uit, "herken");
}

#[test]
fn herken_json_heeft_de_afgesproken_vorm() {
    let o = kbv(&["herken", "--json", "Zorg & Veiligheid", "Overlast"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let lijst = json.as_array().expect("een lijst per tekst");
    assert_eq!(lijst.len(), 2);
    assert_eq!(lijst[0]["invoer"], "Zorg & Veiligheid");
    assert_eq!(lijst[0]["eenduidig"], true);
    let k = &lijst[0]["kandidaten"][0];
    assert_eq!(
        (&k["code"], &k["naam"]),
        (&"S2".into(), &"Zorg en Veiligheid".into())
    );
    assert_eq!(k["score"], 1.0);
    assert!(k["reden"].is_string());
    assert_eq!(lijst[1]["eenduidig"], false);
    assert!(lijst[1]["kandidaten"]
        .as_array()
        .is_some_and(|k| k.len() > 1));
    // Without a text it is a usage error.
    let o = kbv(&["herken"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<TEKST>"), "{}", stderr(&o));
}

#[test]
fn thema_toont_strategische_thema_s_aspecten_en_eenduidige_lokale_namen() {
    let o = kbv(&["thema", "S2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("S2 Zorg en Veiligheid\nStrategisch thema: Zorg en Veiligheid\n")
    );
    assert!(o.stderr.is_empty());
    let o = kbv(&["thema", "Gedigitaliseerde criminaliteit", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["code"], "S1");
    let o = kbv(&["thema", "aspect 1.5"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("aspect 1.5 Toezicht en handhaving\n"));
    // An unambiguous local name: the theme on stdout, how it was recognised on stderr.
    let o = kbv(&["thema", "Ondermijning"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("5.2 Georganiseerde/ondermijnende criminaliteit\n"));
    assert!(stderr(&o).starts_with(
        "kbv: \"Ondermijning\" herkend als 5.2 Georganiseerde/ondermijnende criminaliteit: is de alias"
    ));
    // An ambiguous one stays an error, with the candidates to look at.
    let o = kbv(&["thema", "Drugs"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("(bedoelt u een van: 3.3 Jeugd, alcohol en drugs;"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("Zie 'kbv herken \"Drugs\"'"),
        "{}",
        stderr(&o)
    );
}
