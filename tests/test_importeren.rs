//! Importing real plans (the texts in `bron/`): gemeente, period, every priority with the theme
//! a careful reader gives it, pinned with insta; and the round trip through the crate's own
//! Markdown and Word output.

use kernbeleid::catalogus::Thema;
use kernbeleid::document::{Document, Ivp, Orgaan, Periode, ThemaVerwijzing, Uitvoeringsplan};
use kernbeleid::importeren::{importeer, importeer_tekst, Import, Opties};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
#[cfg(feature = "word")]
use kernbeleid::uitvoer::docx;

const VIJFHEERENLANDEN: &str = include_str!("../bron/ivb-vijfheerenlanden-2023-2026.txt");
const KAMPEN: &str =
    include_str!("../bron/iv-kampen-steenwijkerland-zwartewaterland-staphorst-2017.txt");
const HELMOND: &str = include_str!("../bron/plannen-fragmenten/helmond-2023.txt");
const HILLEGOM: &str = include_str!("../bron/plannen-fragmenten/hillegom-2024.txt");
const RIDDERKERK: &str = include_str!("../bron/plannen-fragmenten/ridderkerk-2025.txt");

/// One document of a fragments file: the text from its `=== ... ===` line whose title starts
/// with `begin` up to the next `===` line or the researcher's note (`# ...`). The files hold
/// several documents (the plan, a budget text, a news page), each with its source; a document is
/// imported on its own, and the researcher's notes are not plan text.
fn document_uit(bestand: &str, begin: &str) -> String {
    let mut uit = String::new();
    let mut binnen = false;
    for regel in bestand.lines() {
        if regel.starts_with("===") {
            if binnen {
                break;
            }
            binnen = regel.trim_start_matches('=').trim().starts_with(begin);
        } else if regel.starts_with("# ") && binnen {
            break;
        }
        if binnen {
            uit.push_str(regel);
            uit.push('\n');
        }
    }
    assert!(!uit.is_empty(), "geen document dat begint met {begin:?}");
    uit
}

fn ivp(import: &Import) -> &Ivp {
    match &import.document {
        Document::Ivp(ivp) => ivp,
        ander => panic!("verwacht een IVP, kreeg {:?}", ander.soort()),
    }
}

fn lees(tekst: &str) -> Import {
    importeer_tekst(tekst, &Opties::default()).expect("import")
}

/// The priorities (and other themes) as "naam: codes", for assertions and snapshots.
fn namen_en_themas(lijst: &[kernbeleid::document::Themauitwerking]) -> Vec<String> {
    lijst
        .iter()
        .map(|p| {
            let codes: Vec<&str> = p.themas.iter().map(|t| t.code()).collect();
            format!("{}: {}", p.naam, codes.join(", "))
        })
        .collect()
}

/// The themes of the priority named `naam`.
fn themas_van<'a>(ivp: &'a Ivp, naam: &str) -> &'a [ThemaVerwijzing] {
    &ivp.prioriteiten
        .iter()
        .chain(&ivp.overige_themas)
        .find(|p| p.naam.eq_ignore_ascii_case(naam))
        .unwrap_or_else(|| {
            panic!(
                "geen prioriteit {naam:?} in {:?}",
                namen_en_themas(&ivp.prioriteiten)
            )
        })
        .themas
}

fn bevat(themas: &[ThemaVerwijzing], code: &str) -> bool {
    themas.iter().any(|t| t.code() == code)
}

/// What a coordinator checks first, as text: facts, priorities with themes, sub-themes, other
/// themes, where the unplaced text stands, and the report's "niet gevonden".
fn samenvatting(import: &Import) -> String {
    let ivp = ivp(import);
    let mut s = format!(
        "gemeenten: {}\nperiode: {}\nvaststelling: {:?}\n",
        ivp.gemeenten.join(", "),
        ivp.periode,
        ivp.vaststelling
            .iter()
            .map(|v| v.door.to_string())
            .collect::<Vec<_>>()
    );
    for (kop, lijst) in [
        ("prioriteiten", &ivp.prioriteiten),
        ("overige_themas", &ivp.overige_themas),
    ] {
        s.push_str(&format!("{kop}:\n"));
        for p in lijst.iter() {
            let codes: Vec<&str> = p.themas.iter().map(|t| t.code()).collect();
            s.push_str(&format!(
                "  - {} [{}] doelen {} aanpak {} indicatoren {}\n",
                p.naam,
                codes.join(", "),
                p.doelstelling_kwalitatief.len(),
                p.hoofdlijnen_aanpak.len(),
                p.effectindicatoren.len()
            ));
            for d in &p.deelthemas {
                let codes: Vec<&str> = d.themas.iter().map(|t| t.code()).collect();
                s.push_str(&format!("      - {} [{}]\n", d.naam, codes.join(", ")));
            }
        }
    }
    s.push_str("ongeplaatst:\n");
    for o in &ivp.ongeplaatst {
        s.push_str(&format!("  - {:?}: {} alinea's\n", o.kop, o.alineas.len()));
    }
    s.push_str("niet gevonden:\n");
    for n in &import.verslag.niet_gevonden {
        s.push_str(&format!("  - {}\n", n.veld));
    }
    s
}

fn pin(naam: &str, import: &Import) {
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(naam, samenvatting(import));
    });
}

#[test]
fn vijfheerenlanden_gemeente_periode_en_vaststelling() {
    let import = lees(VIJFHEERENLANDEN);
    let ivp = ivp(&import);
    assert_eq!(ivp.gemeenten, ["Vijfheerenlanden"]);
    assert_eq!(ivp.periode, Periode::jaren(2023, 2026).expect("periode"));
    assert_eq!(ivp.vaststelling.first().map(|v| v.door), Some(Orgaan::Raad));
    assert_eq!(
        ivp.titel.as_deref(),
        Some("Integraal Veiligheidsbeleid 2023-2026")
    );
}

#[test]
fn vijfheerenlanden_elke_prioriteit_met_haar_thema() {
    let import = lees(VIJFHEERENLANDEN);
    let ivp = ivp(&import);
    let namen: Vec<&str> = ivp.prioriteiten.iter().map(|p| p.naam.as_str()).collect();
    assert_eq!(
        namen,
        [
            "Ondermijning",
            "Zorg & Veiligheid",
            "Jeugd & Veiligheid",
            "Digitale veiligheid",
            "Veilige woonomgeving",
            "Crisisbeheersing"
        ]
    );
    // The theme a careful reader gives each (tests/fixtures/vijfheerenlanden-2023-2026.toml).
    assert!(bevat(themas_van(ivp, "Ondermijning"), "5.2"));
    assert!(bevat(themas_van(ivp, "Zorg & Veiligheid"), "S2"));
    assert!(bevat(themas_van(ivp, "Jeugd & Veiligheid"), "3.1"));
    assert!(bevat(themas_van(ivp, "Jeugd & Veiligheid"), "3.2"));
    assert!(bevat(themas_van(ivp, "Digitale veiligheid"), "S1"));
    assert!(bevat(themas_van(ivp, "Veilige woonomgeving"), "1.3"));
    assert!(bevat(themas_van(ivp, "Crisisbeheersing"), "4.4"));
    let overig: Vec<&str> = ivp.overige_themas.iter().map(|p| p.naam.as_str()).collect();
    assert_eq!(
        overig,
        ["Veilig uitgaan", "Veilig ondernemen", "Veilige wijken"]
    );
    assert!(bevat(themas_van(ivp, "Veilig uitgaan"), "2.3"));
    // "Veilige wijken" reads best as an aspect of veld 1's approach: a theme of veld 1 (the
    // careful reader: 1.1 and 1.4), not 3.1 through "Veilig Thuis" and "wijkteams".
    assert!(themas_van(ivp, "Veilige wijken")
        .iter()
        .any(|t| ["1.1", "1.4"].contains(&t.code())));
    assert!(!bevat(themas_van(ivp, "Veilige wijken"), "3.1"));
    // The plan's word is kept beside the code.
    let ondermijning = &ivp.prioriteiten[0];
    assert_eq!(ondermijning.eigen_namen[0].naam, "Ondermijning");
}

#[test]
fn vijfheerenlanden_doelen_aanpak_en_deelthemas() {
    let import = lees(VIJFHEERENLANDEN);
    let ivp = ivp(&import);
    let ondermijning = &ivp.prioriteiten[0];
    // "Dit willen we bereiken door:" six items, "Concrete afspraken en acties:" six.
    assert_eq!(ondermijning.doelstelling_kwalitatief.len(), 6);
    assert_eq!(ondermijning.hoofdlijnen_aanpak.len(), 6);
    let zorg = &ivp.prioriteiten[1];
    assert!(zorg
        .deelthemas
        .iter()
        .any(|d| d.naam == "Radicalisering en polarisatie"));
    assert!(zorg
        .deelthemas
        .iter()
        .any(|d| d.naam == "Lokale persoonsgerichte aanpak (PGA)"));
    let vondst = import
        .verslag
        .vondst("/prioriteiten/0/doelstelling_kwalitatief")
        .expect("vondst");
    assert!(
        vondst.gevonden_in.contains("Dit willen we bereiken door:"),
        "{vondst:?}"
    );
}

#[test]
fn vijfheerenlanden_vastgepind() {
    pin("importeren-vijfheerenlanden", &lees(VIJFHEERENLANDEN));
}

#[test]
fn kampen_gezamenlijk_plan_van_een_jaar() {
    let import = lees(KAMPEN);
    let ivp = ivp(&import);
    assert_eq!(
        ivp.gemeenten,
        ["Kampen", "Steenwijkerland", "Zwartewaterland", "Staphorst"]
    );
    assert_eq!(ivp.periode, Periode::jaren(2017, 2017).expect("periode"));
    let namen: Vec<&str> = ivp.prioriteiten.iter().map(|p| p.naam.as_str()).collect();
    assert_eq!(
        namen,
        [
            "Overlast",
            "Bestuurlijke aanpak ondermijning/hennep",
            "Woninginbraak"
        ]
    );
    assert!(bevat(
        themas_van(ivp, "Bestuurlijke aanpak ondermijning/hennep"),
        "5.2"
    ));
    assert!(bevat(themas_van(ivp, "Woninginbraak"), "1.3"));
    // "Overlast" names several themes; the careful reader's 3.1 and 1.1 are among its
    // sub-themes' (jeugdoverlast 3.1) and the draft's.
    let overlast = &ivp.prioriteiten[0];
    assert!(bevat(&overlast.themas, "1.1") || bevat(&overlast.themas, "3.1"));
    let deel: Vec<&str> = overlast
        .deelthemas
        .iter()
        .map(|d| d.naam.as_str())
        .collect();
    assert_eq!(
        deel,
        [
            "jeugdoverlast",
            "Burenruzies",
            "Tradities (jaarwisseling en Koningsdag)",
            "Verwarde personen"
        ]
    );
    assert!(bevat(&overlast.deelthemas[0].themas, "3.1"));
    // The list under "Speerpunten 2017" names the same priorities in other words.
    assert_eq!(overlast.andere_namen.len(), 1);
    assert!(overlast.andere_namen[0].starts_with("Overlast (jeugd"));
    assert_eq!(ivp.prioriteiten[2].andere_namen, ["Woninginbraken"]);
}

#[test]
fn kampen_vastgepind() {
    pin("importeren-kampen", &lees(KAMPEN));
}

#[test]
fn helmond_prioriteiten_uit_de_tekst() {
    let tekst = format!(
        "{}{}",
        document_uit(HELMOND, "Masterplan Integrale Veiligheid"),
        document_uit(HELMOND, "Hoofdstuk 5")
    );
    // The masterplan names its gemeente once ("in Helmond"): the crate's list of gemeenten
    // makes that enough.
    let import = lees(&tekst);
    let ivp = ivp(&import);
    assert_eq!(ivp.gemeenten, ["Helmond"]);
    assert_eq!(ivp.periode, Periode::jaren(2023, 2026).expect("periode"));
    let namen: Vec<&str> = ivp.prioriteiten.iter().map(|p| p.naam.as_str()).collect();
    assert_eq!(
        namen,
        ["ondermijning", "risicojongeren", "digitale criminaliteit"]
    );
    assert!(bevat(themas_van(ivp, "ondermijning"), "5.2"));
    assert!(bevat(themas_van(ivp, "digitale criminaliteit"), "S1"));
    // Risicojongeren: the careful reader's 3.2 (the name of 3.2 says "individuele
    // probleemjongeren"), not 3.3 through the "gezondheidsrisico's" of alcohol and drugs; the
    // recognition is unsure.
    assert_eq!(
        themas_van(ivp, "risicojongeren")
            .iter()
            .map(|t| t.code())
            .collect::<Vec<_>>(),
        ["3.2"]
    );
    pin("importeren-helmond", &import);
}

#[test]
fn hillegom_prioriteiten_uit_het_voorwoord() {
    let import = lees(&document_uit(HILLEGOM, "CVDR755724"));
    let ivp = ivp(&import);
    assert_eq!(ivp.gemeenten, ["Hillegom"]);
    assert_eq!(ivp.periode, Periode::jaren(2024, 2027).expect("periode"));
    let namen: Vec<&str> = ivp.prioriteiten.iter().map(|p| p.naam.as_str()).collect();
    assert_eq!(
        namen,
        [
            "Jeugd en veiligheid",
            "Georganiseerde ondermijnende criminaliteit",
            "Zorg en veiligheid",
            "Digitale veiligheid"
        ]
    );
    assert!(bevat(themas_van(ivp, "Jeugd en veiligheid"), "3.1"));
    assert!(bevat(
        themas_van(ivp, "Georganiseerde ondermijnende criminaliteit"),
        "5.2"
    ));
    assert!(bevat(themas_van(ivp, "Zorg en veiligheid"), "S2"));
    assert!(bevat(themas_van(ivp, "Digitale veiligheid"), "S1"));
    pin("importeren-hillegom", &import);
}

#[test]
fn hillegom_jaarplan_als_uitvoeringsplan() {
    let opties = Opties {
        soort: kernbeleid::document::DocumentSoort::Uitvoeringsplan,
        ..Opties::default()
    };
    let import = importeer_tekst(&document_uit(HILLEGOM, "Jaarschijf"), &opties).expect("import");
    let Document::Uitvoeringsplan(up) = &import.document else {
        panic!("verwacht een uitvoeringsplan");
    };
    let up: &Uitvoeringsplan = up;
    assert_eq!(up.gemeenten, ["Hillegom"]);
    let namen: Vec<&str> = up.prioriteiten.iter().map(|p| p.naam.as_str()).collect();
    assert_eq!(
        namen,
        [
            "Ondermijning",
            "Jeugd en Veiligheid",
            "(woon)overlast en maatschappelijke onrust",
            "Fysieke Veiligheid (met name verkeersveiligheid)"
        ]
    );
    assert_eq!(up.overige_themas.len(), 4);
    assert!(up.prioriteiten[0]
        .themas
        .contains(&ThemaVerwijzing::Kbv(Thema::OndermijnendeCriminaliteit)));
    assert!(up.prioriteiten[3]
        .themas
        .contains(&ThemaVerwijzing::Kbv(Thema::Verkeersveiligheid)));
}

#[test]
fn ridderkerk_gemeente_periode_en_prioriteiten() {
    let import = lees(&document_uit(RIDDERKERK, "CVDR735784"));
    let ivp = ivp(&import);
    assert_eq!(ivp.gemeenten, ["Ridderkerk"]);
    assert_eq!(ivp.periode, Periode::jaren(2025, 2028).expect("periode"));
    pin("importeren-ridderkerk", &import);
    // The opening of the plan does not list the priorities; the gemeente's news page does.
    let opties = Opties {
        periode: Some(ivp.periode),
        ..Opties::default()
    };
    let nieuws = importeer_tekst(
        &document_uit(RIDDERKERK, "Nieuws gemeente Ridderkerk"),
        &opties,
    )
    .expect("import");
    let nieuws = self::ivp(&nieuws);
    assert_eq!(nieuws.gemeenten, ["Ridderkerk"]);
    let namen: Vec<&str> = nieuws
        .prioriteiten
        .iter()
        .map(|p| p.naam.as_str())
        .collect();
    assert_eq!(
        namen,
        [
            "ondermijning",
            "sociale kwaliteit",
            "zorg en veiligheid",
            "high impact crimes"
        ]
    );
    assert!(bevat(themas_van(nieuws, "ondermijning"), "5.2"));
    assert!(bevat(themas_van(nieuws, "sociale kwaliteit"), "1.1"));
    assert!(bevat(themas_van(nieuws, "zorg en veiligheid"), "S2"));
    assert!(bevat(themas_van(nieuws, "high impact crimes"), "1.3"));
}

/// A skeleton the crate writes, to Markdown and to Word, imported: its gemeente, period,
/// priorities and themes come back.
fn skelet_ivp() -> Ivp {
    let opties = IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,3.2").expect("keuze"),
    );
    skelet::ivp(&opties)
}

fn vergelijk_met_skelet(origineel: &Ivp, import: &Import) {
    let terug = ivp(import);
    assert_eq!(terug.gemeenten, origineel.gemeenten);
    assert_eq!(terug.periode, origineel.periode);
    let namen = |i: &Ivp| {
        i.prioriteiten
            .iter()
            .map(|p| p.naam.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(namen(terug), namen(origineel), "{}", import.verslag);
    for (a, b) in terug.prioriteiten.iter().zip(&origineel.prioriteiten) {
        assert_eq!(a.themas, b.themas, "{}", a.naam);
    }
}

#[test]
fn rondgang_markdown() {
    let origineel = skelet_ivp();
    let md = skelet::ivp_naar_markdown(&origineel);
    vergelijk_met_skelet(&origineel, &lees(&md));
}

#[cfg(feature = "word")]
#[test]
fn rondgang_word() {
    let origineel = skelet_ivp();
    let word = docx::schrijf(&Document::from(origineel.clone())).expect("docx");
    let import = importeer(&word, &Opties::default()).expect("import");
    vergelijk_met_skelet(&origineel, &import);
}

#[test]
fn een_pdf_of_binaire_gegevens_krijgen_een_duidelijke_fout() {
    let fout = importeer(b"%PDF-1.7\n...", &Opties::default()).expect_err("pdf");
    assert!(fout.to_string().contains("pdftotext -layout"), "{fout}");
    let fout = importeer(b"\xff\x00\x01", &Opties::default()).expect_err("binair");
    assert!(
        fout.to_string().starts_with("het plan is geen tekst"),
        "{fout}"
    );
    let fout = importeer(b"PK\x03\x04rommel", &Opties::default()).expect_err("zip");
    // Without the `word` feature a .docx is refused with the feature it needs.
    let verwacht = if cfg!(feature = "word") {
        "geen"
    } else {
        "feature `word`"
    };
    assert!(fout.to_string().contains(verwacht), "{fout}");
    let fout =
        importeer_tekst("Een plan zonder jaartal.", &Opties::default()).expect_err("periode");
    assert!(fout.to_string().contains("--periode"), "{fout}");
}

#[test]
fn het_concept_leest_als_elk_document() {
    for tekst in [VIJFHEERENLANDEN, KAMPEN] {
        let import = lees(tekst);
        let toml = import.document.naar_toml().expect("toml");
        let terug = Document::lees(toml.as_bytes(), None).expect("lees");
        assert_eq!(terug, import.document);
        let json = import.document.naar_json();
        assert_eq!(
            Document::lees(json.as_bytes(), None).expect("lees"),
            import.document
        );
    }
}

/// The Vijfheerenlanden text printed to PDF by Chromium (its own header with the date, footer
/// with the address and "3/12") and read back with `pdftotext -layout`: hard-wrapped lines,
/// form feeds, page furniture. The import gives the same plan, and leaves the furniture out.
#[test]
fn vijfheerenlanden_uit_pdftotext() {
    let pdf = lees(include_str!(
        "fixtures/importeren/vijfheerenlanden-chromium-pdftotext.txt"
    ));
    let tekst = lees(VIJFHEERENLANDEN);
    let (a, b) = (ivp(&pdf), ivp(&tekst));
    assert_eq!(a.gemeenten, b.gemeenten);
    assert_eq!(a.periode, b.periode);
    assert_eq!(
        namen_en_themas(&a.prioriteiten),
        namen_en_themas(&b.prioriteiten)
    );
    assert_eq!(
        namen_en_themas(&a.overige_themas),
        namen_en_themas(&b.overige_themas)
    );
    let weg = &pdf.verslag.weggelaten;
    assert!(weg.iter().any(|w| w.starts_with("12/6/26")), "{weg:?}");
    assert!(
        weg.iter()
            .any(|w| w.starts_with("file://") && w.ends_with("1/12")),
        "{weg:?}"
    );
    let json = pdf.document.naar_json();
    assert!(!json.contains("/12\""), "a page footer stayed in the draft");
}

/// A .docx written by someone else: headings by a Dutch Word's style ids ("Kop1", "Kop2"), a
/// style known only by its outline level, list items, a table of indicators.
#[cfg(feature = "word")]
fn vreemd_word() -> Vec<u8> {
    use std::io::Write as _;
    let alinea = |stijl: Option<&str>, lijst: bool, tekst: &str| {
        let stijl = stijl.map_or(String::new(), |s| format!("<w:pStyle w:val=\"{s}\"/>"));
        let lijst = if lijst {
            "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
        } else {
            ""
        };
        format!("<w:p><w:pPr>{stijl}{lijst}</w:pPr><w:r><w:t xml:space=\"preserve\">{tekst}</w:t></w:r></w:p>")
    };
    let cel = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let rij = |c: &[&str]| {
        format!(
            "<w:tr>{}</w:tr>",
            c.iter().map(|t| cel(t)).collect::<String>()
        )
    };
    let lichaam = [
        alinea(
            Some("Titel"),
            false,
            "Integraal Veiligheidsplan gemeente Zeist 2025-2028",
        ),
        alinea(Some("Kop1"), false, "1 Inleiding"),
        alinea(
            None,
            false,
            "Dit plan is door de raad van Zeist vastgesteld op 12 december 2024.",
        ),
        alinea(Some("Kop1"), false, "2 Prioriteiten"),
        alinea(Some("EigenKop"), false, "Woninginbraken"),
        alinea(
            None,
            false,
            "Het aantal woninginbraken steeg de laatste jaren.",
        ),
        alinea(Some("Kop3"), false, "Wat willen we bereiken?"),
        alinea(None, true, "Minder inbraken in de wijken."),
        format!(
            "<w:tbl>{}{}</w:tbl>",
            rij(&["Indicator", "Nulmeting", "Streefwaarde"]),
            rij(&["Geregistreerde woninginbraken", "120 (2024)", "90 (2028)"])
        ),
        alinea(Some("EigenKop"), false, "Ondermijning"),
        alinea(None, false, "Drugs en witwassen raken de hele gemeente."),
        alinea(Some("Kop1"), false, "3 Financiën"),
        alinea(None, false, "De kosten staan in de begroting."),
    ]
    .concat();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{lichaam}</w:body></w:document>"
    );
    let stijlen = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
        <w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>\
        <w:style w:type=\"paragraph\" w:styleId=\"Kop3\"><w:name w:val=\"heading 3\"/></w:style>\
        <w:style w:type=\"paragraph\" w:styleId=\"EigenKop\"><w:name w:val=\"Prioriteitkop\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>\
        </w:styles>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opties = zip::write::SimpleFileOptions::default();
    for (naam, inhoud) in [
        ("word/document.xml", document.as_str()),
        ("word/styles.xml", stijlen),
    ] {
        zip.start_file(naam, opties).expect("zip");
        zip.write_all(inhoud.as_bytes()).expect("zip");
    }
    zip.finish().expect("zip").into_inner()
}

#[cfg(feature = "word")]
#[test]
fn word_van_een_ander() {
    let import = importeer(&vreemd_word(), &Opties::default()).expect("import");
    let ivp = ivp(&import);
    assert_eq!(ivp.gemeenten, ["Zeist"]);
    assert_eq!(ivp.periode, Periode::jaren(2025, 2028).expect("periode"));
    assert_eq!(
        ivp.vaststelling
            .first()
            .and_then(|v| v.datum)
            .map(|d| d.to_string()),
        Some("2024-12-12".into())
    );
    assert_eq!(
        namen_en_themas(&ivp.prioriteiten),
        ["Woninginbraken: 1.3", "Ondermijning: 5.2"]
    );
    let inbraken = &ivp.prioriteiten[0];
    assert_eq!(inbraken.doelstelling_kwalitatief.len(), 1);
    let indicator = inbraken
        .effectindicatoren
        .first()
        .expect("indicator uit de tabel");
    assert_eq!(
        indicator.naam.waarde().map(String::as_str),
        Some("Geregistreerde woninginbraken")
    );
    assert!(indicator.nulmeting.is_some() && indicator.streefwaarde.is_some());
    assert!(ivp.begroting.toelichting.is_some());
}
