//! The crate as a dependency: a small program of the kind another tool writes, using `?` on every
//! public error type into `Box<dyn Error + Send + Sync>`, and reading the JSON of
//! `kbv controleer --json` back into a `Rapport`.

use std::error::Error;
use std::path::Path;
use std::process::Command;

use kernbeleid::catalogus::{Aspect, StrategischThema, Thema, Veld};
use kernbeleid::cijfers::{self, Classificatie, Koppeling};
use kernbeleid::controle::{self, Diagnose, Ernst, Rapport};
use kernbeleid::document::{
    Bedrag, Document, DocumentSoort, Ivp, Periode, ThemaVerwijzing, Uitvoeringsplan,
};
use kernbeleid::methode::{
    IvpHoofdstuk, Stap, SturingVoorziening, Uitgangspunt, UitvoeringsplanHoofdstuk,
};
use kernbeleid::proces::Keuze;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer;
use kernbeleid::{Bron, ThemaSet};

type Resultaat<T> = Result<T, Box<dyn Error + Send + Sync + 'static>>;

/// Compiles only when `E` is an error a dependent can box, send and share.
fn is_fout<E: Error + Send + Sync + 'static>() {}

#[test]
fn elk_publiek_fouttype_past_in_een_box() {
    is_fout::<kernbeleid::catalogus::OnbekendThema>();
    is_fout::<kernbeleid::catalogus::OnbekendVeld>();
    is_fout::<kernbeleid::catalogus::OnbekendAspect>();
    is_fout::<kernbeleid::catalogus::OnbekendStrategischThema>();
    is_fout::<kernbeleid::methode::OnbekendeStap>();
    is_fout::<kernbeleid::methode::OnbekendIvpHoofdstuk>();
    is_fout::<kernbeleid::methode::OnbekendUitvoeringsplanHoofdstuk>();
    is_fout::<kernbeleid::methode::OnbekendeSturingVoorziening>();
    is_fout::<kernbeleid::methode::OnbekendUitgangspunt>();
    is_fout::<kernbeleid::proces::PlanningFout>();
    is_fout::<kernbeleid::document::LeesFout>();
    is_fout::<kernbeleid::document::SchrijfFout>();
    is_fout::<kernbeleid::document::BestandFout>();
    is_fout::<kernbeleid::document::OngeldigePeriode>();
    is_fout::<kernbeleid::document::OngeldigBedrag>();
    is_fout::<kernbeleid::document::OnbekendeDocumentSoort>();
    is_fout::<kernbeleid::document::OnbekendeThemaVerwijzing>();
    is_fout::<kernbeleid::document::AndereDocumentSoort>();
    is_fout::<kernbeleid::skelet::OngeldigeKeuze>();
    is_fout::<kernbeleid::cijfers::CijferFout>();
    is_fout::<kernbeleid::cijfers::KoppelingFout>();
    is_fout::<kernbeleid::cijfers::OnbekendeClassificatie>();
    is_fout::<kernbeleid::uitvoer::docx::WordFout>();
}

/// Every parser and reader, through `?`: what a dependent writes without thinking about which
/// error type each one has.
fn alles_met_vraagteken(map: &Path) -> Resultaat<Ivp> {
    let _: Thema = "Veilige Publieke Taak".parse()?;
    let _: Veld = "2".parse()?;
    let _: Aspect = "1.5".parse()?;
    let _: StrategischThema = "S2".parse()?;
    let _: ThemaVerwijzing = "Zorg en Veiligheid".parse()?;
    let _: ThemaSet = "1.3, 5.2".parse()?;
    let _: Stap = "Stap 4".parse()?;
    let _: IvpHoofdstuk = "4".parse()?;
    let _: UitvoeringsplanHoofdstuk = "1".parse()?;
    let _: SturingVoorziening = "1".parse()?;
    let _: Uitgangspunt = "1".parse()?;
    let _: Keuze = "midden".parse()?;
    let _: DocumentSoort = "ivp".parse()?;
    let _: Bedrag = "1234,50".parse()?;
    let _: Classificatie = "politie".parse()?;
    let periode: Periode = "2027-2030".parse()?;
    let opties = IvpOpties::new(["Utrecht"], periode, PrioriteitKeuze::lijst("1.3,5.2")?);
    let ivp = skelet::ivp(&opties);
    let toml = ivp.naar_toml()?;
    let pad = map.join("ivp.toml");
    std::fs::write(&pad, &toml)?;
    let document = Document::lees_bestand(&pad)?;
    let terug = Ivp::try_from(document)?;
    let docx = uitvoer::docx::schrijf(&Document::from(terug.clone()))?;
    let gelezen = uitvoer::docx::lees(&docx)?;
    assert_eq!(gelezen.document, Document::from(terug.clone()));
    let _ = Ivp::uit_json(&terug.naar_json())?;
    let _ = Koppeling::uit_toml(&Koppeling::standaard().naar_toml())?;
    let _ = cijfers::lees(
        "\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\n\"0\";\"0.0.0    \";\"GM0344    \";\"2024MM01\";\"5\"\n"
            .as_bytes(),
    )?;
    Ok(terug)
}

#[test]
fn een_afhankelijk_programma_gebruikt_vraagteken_overal() -> Resultaat<()> {
    let map = tempdir("vraagteken")?;
    let ivp = alles_met_vraagteken(&map)?;
    assert_eq!(ivp.gemeenten, ["Utrecht"]);
    // And a failing step is an error value, never a panic.
    let fout = Uitvoeringsplan::try_from(Document::from(ivp))
        .map(|_| ())
        .map_err(Box::<dyn Error + Send + Sync>::from);
    assert!(fout.is_err_and(|e| e.to_string().contains("uitvoeringsplan")));
    Ok(())
}

#[test]
fn de_json_van_kbv_controleer_leest_terug_als_rapport() -> Resultaat<()> {
    let map = tempdir("rapport")?;
    let pad = map.join("vijfheerenlanden.toml");
    std::fs::write(
        &pad,
        include_str!("../../tests/fixtures/vijfheerenlanden-2023-2026.toml"),
    )?;
    let uitvoer = Command::new(env!("CARGO_BIN_EXE_kbv"))
        .args(["controleer", "--json"])
        .arg(&pad)
        .output()?;
    // The plan has warnings, no errors: exit 0.
    assert_eq!(
        uitvoer.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&uitvoer.stderr)
    );
    let rapport: Rapport = serde_json::from_slice(&uitvoer.stdout)?;

    // The same report the library gives for the same file.
    let verwacht = controle::controleer(&Document::lees_bestand(&pad)?);
    assert_eq!(rapport, verwacht);
    assert!(rapport.waarschuwingen() > 0);

    // A tool adds a finding of its own and writes the report on.
    let mut rapport = rapport;
    rapport.insert(
        Diagnose::new(
            "EIGEN-001",
            Ernst::Hint,
            "een bevinding van een ander programma",
            Bron::new("Eigen regel", None),
        )
        .with_pad("/gemeenten"),
    );
    let json = serde_json::to_string(&rapport)?;
    let terug: Rapport = serde_json::from_str(&json)?;
    assert_eq!(terug, rapport);
    assert!(terug.diagnoses().iter().any(|d| d.code == "EIGEN-001"));
    Ok(())
}

fn tempdir(naam: &str) -> Resultaat<std::path::PathBuf> {
    let map = std::env::temp_dir().join(format!("kbv-afhankelijk-{naam}-{}", std::process::id()));
    std::fs::create_dir_all(&map)?;
    Ok(map)
}
