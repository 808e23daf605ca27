//! The Word file: every document survives .docx unchanged; a .docx filled in the way Word saves
//! one reads back to the expected document; what cannot be read is reported or refused in
//! Dutch; no bytes panic the reader.
#![cfg(feature = "word")]

#[path = "strategie/mod.rs"]
mod strategie;

use std::io::{Cursor, Read, Write};

use kernbeleid::document::{
    Document, Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, Ivp, Meting, Periode,
};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::docx::{self, BevindingSoort, WordFoutSoort};
use proptest::prelude::*;

fn skelet_ivp(keuze: &str, gemeenten: &[&str]) -> Ivp {
    let opties = IvpOpties::new(
        gemeenten.iter().copied(),
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst(keuze).expect("keuze"),
    );
    skelet::ivp(&opties)
}

/// The parts of a .docx, by name, in order.
fn uitpakken(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("deel");
            let mut inhoud = Vec::new();
            f.read_to_end(&mut inhoud).expect("lezen");
            (f.name().to_owned(), inhoud)
        })
        .collect()
}

/// Packs parts again, compressed as Word does.
fn inpakken(delen: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opties = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (naam, inhoud) in delen {
        if naam.ends_with('/') {
            continue;
        }
        zip.start_file(naam.as_str(), opties).expect("start");
        zip.write_all(inhoud).expect("schrijven");
    }
    zip.finish().expect("zip").into_inner()
}

fn deel<'a>(delen: &'a [(String, Vec<u8>)], naam: &str) -> &'a str {
    let (_, inhoud) = delen.iter().find(|(n, _)| n == naam).expect(naam);
    std::str::from_utf8(inhoud).expect("utf8")
}

/// Changes `word/document.xml` as a person in Word would, and packs the file again.
fn bewerk(bytes: &[u8], bewerking: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut delen = uitpakken(bytes);
    if let Some((_, inhoud)) = delen
        .iter_mut()
        .find(|(naam, _)| naam == "word/document.xml")
    {
        let xml = String::from_utf8(std::mem::take(inhoud)).expect("utf8");
        *inhoud = bewerking(xml).into_bytes();
    }
    inpakken(&delen)
}

/// Replaces the content of the control tagged `tag` (one without controls inside), and takes
/// away its placeholder mark, as Word does when one types in it.
fn typ_in(xml: &str, tag: &str, inhoud: &str) -> String {
    let merk = format!("<w:tag w:val=\"{tag}\"/>");
    let plek = xml.find(&merk).unwrap_or_else(|| panic!("geen veld {tag}"));
    let eind_pr = plek + xml[plek..].find("</w:sdtPr>").expect("sdtPr");
    let pr = xml[plek..eind_pr].replace("<w:showingPlcHdr/>", "");
    let begin =
        eind_pr + xml[eind_pr..].find("<w:sdtContent>").expect("inhoud") + "<w:sdtContent>".len();
    // The matching end: a placeholder may hold a control of its own, which Word replaces too.
    let mut diepte = 0usize;
    let mut eind = begin;
    loop {
        let open = xml[eind..].find("<w:sdtContent>").map(|i| i + eind);
        let dicht = eind + xml[eind..].find("</w:sdtContent>").expect("einde inhoud");
        match open {
            Some(o) if o < dicht => {
                diepte += 1;
                eind = o + "<w:sdtContent>".len();
            }
            _ if diepte == 0 => {
                eind = dicht;
                break;
            }
            _ => {
                diepte -= 1;
                eind = dicht + "</w:sdtContent>".len();
            }
        }
    }
    format!(
        "{}{}{}{}{}",
        &xml[..plek],
        pr,
        &xml[eind_pr..begin],
        inhoud,
        &xml[eind..]
    )
}

/// Runs as Word writes them: split, with properties, revision ids and proofing marks.
fn word_runs(tekst: &str) -> String {
    let midden = tekst
        .char_indices()
        .nth(tekst.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    let (a, b) = tekst.split_at(midden);
    let (a, b) = (quick_xml::escape::escape(a), quick_xml::escape::escape(b));
    format!(
        "<w:r w:rsidR=\"00C2412F\"><w:rPr><w:lang w:val=\"nl-NL\"/></w:rPr><w:t xml:space=\"preserve\">{a}</w:t></w:r>\
         <w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"90\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"90\"/>\
         <w:r w:rsidRPr=\"00A91C3E\"><w:rPr><w:rFonts w:ascii=\"Calibri\"/><w:lang w:val=\"nl-NL\"/></w:rPr><w:t>{b}</w:t></w:r>\
         <w:proofErr w:type=\"spellEnd\"/>"
    )
}

fn word_alinea(tekst: &str) -> String {
    format!(
        "<w:p w:rsidR=\"00C2412F\" w:rsidRDefault=\"00C2412F\" w14:paraId=\"1A2B3C4D\"><w:pPr><w:rPr><w:lang w:val=\"nl-NL\"/></w:rPr></w:pPr>{}</w:p>",
        word_runs(tekst)
    )
}

fn word_opsomming(tekst: &str) -> String {
    format!(
        "<w:p w:rsidR=\"00C2412F\"><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>{}</w:p>",
        word_runs(tekst)
    )
}

fn word_cel(tekst: &str) -> String {
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"1500\" w:type=\"dxa\"/></w:tcPr><w:p w:rsidR=\"00C2412F\"><w:pPr><w:pStyle w:val=\"Tabeltekst\"/></w:pPr>{}</w:p></w:tc>",
        if tekst.is_empty() { String::new() } else { word_runs(tekst) }
    )
}

#[test]
fn elk_skelet_heen_en_terug() {
    let ivp = skelet_ivp(
        "Ondermijning=5.2+2.5,Jeugd=3.1+3.2,1.3,4.1",
        &["Vijfheerenlanden"],
    );
    let gezamenlijk = skelet_ivp("1.3,5.4", &["Culemborg", "West Betuwe"]);
    for document in [
        Document::from(skelet::uitvoeringsplan(&ivp)),
        Document::from(ivp),
        Document::from(gezamenlijk),
        Document::from(skelet::analyse(["Utrecht"], 2026)),
    ] {
        let bytes = docx::schrijf(&document).expect("schrijven");
        let terug = docx::lees(&bytes).expect("lezen");
        assert_eq!(terug.document, document);
        assert_eq!(terug.bevindingen, []);
    }
}

#[test]
fn het_bestand_heeft_de_vorm_die_word_verwacht() {
    let ivp = skelet_ivp("5.2,3.1", &["Utrecht"]);
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let delen = uitpakken(&bytes);
    let document = deel(&delen, "word/document.xml");
    let stijlen = deel(&delen, "word/styles.xml");
    // Normal is the default; the headings have Word's own ids and names.
    assert!(stijlen.contains("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"));
    for (id, naam) in [
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("Heading3", "heading 3"),
    ] {
        assert!(
            stijlen.contains(&format!("w:styleId=\"{id}\"><w:name w:val=\"{naam}\" />")),
            "{id}"
        );
    }
    assert!(stijlen.contains("<w:name w:val=\"Suggestie uit de handreiking\" />"));
    assert!(document.contains("<w:pStyle w:val=\"Heading1\"/>"));
    // The contents: a page reference per heading (not a TOC field, whose cached result
    // LibreOffice shows without page numbers); tables have their grid and borders.
    assert!(document
        .contains("<w:instrText xml:space=\"preserve\"> PAGEREF _Toc100000 \\h </w:instrText>"));
    assert!(!document.contains(" TOC "));
    // Each heading has a bookmark the table of contents links to, and Word's TOC styles exist.
    assert!(document.contains("<w:hyperlink w:anchor=\"_Toc100000\" w:history=\"1\">"));
    assert!(document.contains("<w:bookmarkStart w:id=\"1\" w:name=\"_Toc100000\"/>"));
    assert!(stijlen.contains("w:styleId=\"ToC1\"><w:name w:val=\"toc 1\" />"));
    assert_eq!(
        document.matches("<w:tblGrid>").count(),
        document.matches("<w:tbl>").count()
    );
    assert!(document.contains("<w:tblBorders>"));
    // Header and footer: gemeente, period, page number.
    let kop = deel(&delen, "word/header1.xml");
    assert!(kop.contains("Integraal Veiligheidsplan · Utrecht · 2027-2030"));
    assert!(deel(&delen, "word/footer1.xml").contains("<w:instrText>PAGE</w:instrText>"));
    // Every placeholder is a control tagged with its JSON Pointer, showing its hint.
    let json: serde_json::Value = serde_json::from_str(&ivp.naar_json()).expect("json");
    let mut plaatshouders = Vec::new();
    zoek_plaatshouders(&json, String::new(), &mut plaatshouders);
    assert!(plaatshouders.len() > 20);
    for (pad, hint) in &plaatshouders {
        let merk = format!("<w:tag w:val=\"{pad}\"/>");
        let plek = document
            .find(&merk)
            .unwrap_or_else(|| panic!("geen invulveld {pad}"));
        let rest = &document[plek..];
        let pr = &rest[..rest.find("</w:sdtPr>").expect("sdtPr")];
        assert!(pr.contains("<w:showingPlcHdr/>"), "{pad}");
        let begin_hint: String = hint.chars().take(20).collect();
        let inhoud = &rest[..rest.find("</w:sdtContent>").expect("inhoud")];
        assert!(
            inhoud.contains(&quick_xml::escape::escape(begin_hint.as_str()).into_owned()),
            "{pad}: {begin_hint}"
        );
    }
    // A Dutch name for the coordinator.
    assert!(document.contains("<w:alias w:val=\"Prioriteit 4.1, toelichting\"/><w:tag w:val=\"/prioriteiten/0/toelichting\"/>"));
    // The document itself, as JSON in a custom XML part.
    let gegevens = deel(&delen, "customXml/item1.xml");
    assert!(gegevens
        .contains("<kbv:document xmlns:kbv=\"urn:kernbeleid:document:1\" kbv:soort=\"ivp\">"));
}

fn zoek_plaatshouders(w: &serde_json::Value, pad: String, uit: &mut Vec<(String, String)>) {
    match w {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::String(hint)) = m.get("in_te_vullen") {
                uit.push((pad, hint.clone()));
                return;
            }
            for (k, v) in m {
                zoek_plaatshouders(v, format!("{pad}/{k}"), uit);
            }
        }
        serde_json::Value::Array(l) => {
            for (i, v) in l.iter().enumerate() {
                zoek_plaatshouders(v, format!("{pad}/{i}"), uit);
            }
        }
        _ => {}
    }
}

#[test]
fn een_ingevuld_bestand_zoals_word_het_opslaat() {
    let ivp = skelet_ivp("Ondermijning=5.2+2.5,3.1", &["Vijfheerenlanden"]);
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");

    let ingevuld = bewerk(&bytes, |xml| {
        // A toelichting of two paragraphs and a bullet list.
        let xml = typ_in(
            &xml,
            "/prioriteiten/0/toelichting",
            &[
                word_alinea("Ondermijning staat landelijk, regionaal en lokaal op nummer één."),
                word_alinea("Vijfheerenlanden ligt aan de A2 & de A27 <logistiek knooppunt>."),
                word_opsomming("drugsafval in het buitengebied"),
                word_opsomming("misbruik van vakantieparken"),
            ]
            .concat(),
        );
        // The first goal filled in, and a second goal added as a new bullet.
        let xml = typ_in(
            &xml,
            "/prioriteiten/0/doelstelling_kwalitatief/0",
            &word_runs("Een weerbare gemeente"),
        );
        let lijst = "<w:tag w:val=\"/prioriteiten/0/doelstelling_kwalitatief\"/>";
        let plek = xml.find(lijst).expect("lijst");
        let eind = plek
            + xml[plek..]
                .find("</w:sdtContent></w:sdt></w:p>")
                .expect("item")
            + "</w:sdtContent></w:sdt></w:p>".len();
        let xml = format!(
            "{}{}{}",
            &xml[..eind],
            word_opsomming("Minder ondermijnende criminaliteit"),
            &xml[eind..]
        );
        // A nulmeting typed into its cell.
        let xml = typ_in(
            &xml,
            "/prioriteiten/0/effectindicatoren/0/nulmeting",
            &word_runs("95 (2022)"),
        );
        // A row added to the indicator table (Word copies no content controls into it).
        let tabel = "<w:tag w:val=\"/prioriteiten/0/effectindicatoren\"/>";
        let plek = xml.find(tabel).expect("tabel");
        let eind = plek + xml[plek..].find("</w:tbl>").expect("tabel einde");
        let rij = format!(
            "<w:tr w:rsidR=\"00C2412F\"><w:trPr><w:cantSplit/></w:trPr>{}{}{}{}{}</w:tr>",
            word_cel("Aantal woninginbraken"),
            word_cel("Objectief"),
            word_cel("politieregistratie"),
            word_cel("120 (2025)"),
            word_cel("90,5 (2030)")
        );
        let xml = format!("{}{}{}", &xml[..eind], rij, &xml[eind..]);
        // Text typed outside the controls, under the second priority.
        let kop = xml
            .find("<w:tag w:val=\"/prioriteiten/1/naam\"/>")
            .expect("kop");
        let na = kop + xml[kop..].find("</w:p>").expect("einde kop") + "</w:p>".len();
        format!(
            "{}{}{}",
            &xml[..na],
            word_alinea("Nog met de wethouder bespreken"),
            &xml[na..]
        )
    });

    let terug = docx::lees(&ingevuld).expect("lezen");

    let mut verwacht = ivp;
    let p = &mut verwacht.prioriteiten[0];
    p.toelichting = Some(Invulbaar::Waarde(
        "Ondermijning staat landelijk, regionaal en lokaal op nummer één.\n\
         Vijfheerenlanden ligt aan de A2 & de A27 <logistiek knooppunt>.\n\
         - drugsafval in het buitengebied\n\
         - misbruik van vakantieparken"
            .to_owned(),
    ));
    p.doelstelling_kwalitatief = vec![
        "Een weerbare gemeente".into(),
        "Minder ondermijnende criminaliteit".into(),
    ];
    p.effectindicatoren[0].nulmeting = Some(Invulbaar::Waarde(Meting {
        jaar: 2022,
        waarde: 95.0,
    }));
    p.effectindicatoren.push(Effectindicator {
        soort: Some(IndicatorSoort::Objectief),
        bron: Some(IndicatorBron::Politieregistratie),
        nulmeting: Some(Invulbaar::Waarde(Meting {
            jaar: 2025,
            waarde: 120.0,
        })),
        streefwaarde: Some(Invulbaar::Waarde(Meting {
            jaar: 2030,
            waarde: 90.5,
        })),
        ..Effectindicator::new("Aantal woninginbraken")
    });
    assert_eq!(terug.document, Document::from(verwacht));

    // The text outside the controls is reported, with where it stands.
    assert_eq!(terug.bevindingen.len(), 1, "{:#?}", terug.bevindingen);
    let b = &terug.bevindingen[0];
    assert_eq!(b.soort, BevindingSoort::TekstBuitenInvulveld);
    assert_eq!(b.tekst, "Nog met de wethouder bespreken");
    assert_eq!(
        b.to_string(),
        "onder de kop \"4.2 Jeugdoverlast\", alinea 1: tekst buiten de invulvelden is niet gelezen: \
         \"Nog met de wethouder bespreken\"; zet hem in een invulveld om hem in het plan op te nemen"
    );
}

#[test]
fn een_onleesbare_waarde_wordt_gemeld_en_niet_weggegooid() {
    let ivp = skelet_ivp("5.2", &["Utrecht"]);
    let bytes = docx::schrijf(&Document::from(ivp)).expect("schrijven");
    let ingevuld = bewerk(&bytes, |xml| {
        typ_in(
            &xml,
            "/prioriteiten/0/effectindicatoren/1/streefwaarde",
            &word_runs("veel minder"),
        )
    });
    let terug = docx::lees(&ingevuld).expect("lezen");
    let Document::Ivp(ivp) = &terug.document else {
        panic!("een ivp");
    };
    let streef = ivp.prioriteiten[0].effectindicatoren[1]
        .streefwaarde
        .as_ref()
        .expect("streefwaarde");
    assert!(
        streef
            .aanwijzing()
            .is_some_and(|a| a.contains("\"veel minder\" is niet te lezen")),
        "{streef:?}"
    );
    assert_eq!(terug.bevindingen.len(), 1);
    assert_eq!(terug.bevindingen[0].soort, BevindingSoort::OnleesbareWaarde);
    assert_eq!(
        terug.bevindingen[0].pad.as_deref(),
        Some("/prioriteiten/0/effectindicatoren/1/streefwaarde")
    );
    assert!(terug.bevindingen[0]
        .bericht
        .contains("verwacht waarde en jaar, bijvoorbeeld \"95 (2022)\""));
}

#[test]
fn een_verdwenen_invulveld_wordt_gemeld() {
    let ivp = skelet_ivp("5.2", &["Utrecht"]);
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let zonder = bewerk(&bytes, |xml| {
        let merk = "<w:tag w:val=\"/coordinatie/ambtelijk\"/>";
        let plek = xml.find(merk).expect("veld");
        let begin = xml[..plek].rfind("<w:sdt>").expect("begin");
        let eind = einde_sdt(&xml, begin);
        format!("{}{}", &xml[..begin], &xml[eind..])
    });
    let terug = docx::lees(&zonder).expect("lezen");
    assert_eq!(terug.document, Document::from(ivp));
    assert_eq!(terug.bevindingen.len(), 1);
    assert_eq!(
        terug.bevindingen[0].soort,
        BevindingSoort::OntbrekendInvulveld
    );
    assert_eq!(
        terug.bevindingen[0].pad.as_deref(),
        Some("/coordinatie/ambtelijk")
    );
}

#[test]
fn een_vreemd_bestand_is_een_nederlandse_fout() {
    let fout = docx::lees(b"Dit is geen Word-bestand.").unwrap_err();
    assert_eq!(fout.soort, WordFoutSoort::GeenDocx);
    assert_eq!(
        fout.to_string(),
        "het bestand is geen Word-document (.docx): het is geen zip-archief"
    );

    let zip = inpakken(&[("mimetype".to_owned(), b"application/epub+zip".to_vec())]);
    let fout = docx::lees(&zip).unwrap_err();
    assert_eq!(fout.soort, WordFoutSoort::GeenDocx);
    assert_eq!(
        fout.to_string(),
        "het bestand is geen Word-document (.docx): het zip-archief bevat geen word/document.xml"
    );

    // A Word document this crate did not write: made with docx-rs directly.
    let mut vreemd = Cursor::new(Vec::new());
    docx_rs::Docx::new()
        .add_paragraph(docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text("Ons IVP")))
        .build()
        .pack(&mut vreemd)
        .expect("docx");
    let fout = docx::lees(vreemd.get_ref()).unwrap_err();
    assert_eq!(fout.soort, WordFoutSoort::NietVanKernbeleid);
    assert!(fout.to_string().starts_with(
        "dit Word-document is niet door kernbeleid geschreven: het mist het gegevensdeel"
    ));

    // Damaged XML in a file of ours.
    let bytes = docx::schrijf(&Document::from(skelet_ivp("5.2", &["Utrecht"]))).expect("schrijven");
    let kapot = bewerk(&bytes, |xml| xml.replacen("</w:p>", "</w:q>", 3));
    let fout = docx::lees(&kapot).unwrap_err();
    assert_eq!(fout.soort, WordFoutSoort::Onleesbaar);
    assert!(
        fout.to_string()
            .starts_with("fout in word/document.xml (byte "),
        "{fout}"
    );
}

#[test]
fn fouten_zijn_send_sync_en_static() {
    fn is_fout<E: std::error::Error + Send + Sync + 'static>() {}
    is_fout::<docx::WordFout>();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Document -> .docx -> document is exact, for every document the JSON and TOML round trips
    /// run over, and nothing is reported.
    #[test]
    fn elk_document_heen_en_terug(document in strategie::document()) {
        let bytes = docx::schrijf(&document).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let terug = docx::lees(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&terug.document, &document);
        prop_assert_eq!(terug.bevindingen, vec![]);
    }

    #[test]
    fn willekeurige_bytes_geven_geen_paniek(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Err(fout) = docx::lees(&bytes) {
            prop_assert!(!fout.bericht.is_empty());
        }
    }
}

/// A filled-in skeleton, written once: the file the damage tests cut and change.
fn geschreven() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| {
        let ivp = skelet_ivp("5.2,3.1", &["Utrecht", "Vianen"]);
        let bytes = docx::schrijf(&Document::from(ivp)).expect("schrijven");
        bewerk(&bytes, |xml| {
            typ_in(&xml, "/prioriteiten/0/toelichting", &word_alinea("Omdat."))
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A written file cut short or with bytes changed: an error or a document, never a panic.
    #[test]
    fn ingekorte_en_beschadigde_bestanden_geven_geen_paniek(
        snede in 0.0..1.0f64,
        wijzigingen in proptest::collection::vec((0.0..1.0f64, any::<u8>()), 1..8),
    ) {
        let bytes = geschreven();
        let kort = &bytes[..(bytes.len() as f64 * snede) as usize];
        if let Err(fout) = docx::lees(kort) {
            prop_assert!(!fout.to_string().is_empty());
        }
        let mut beschadigd = bytes.to_vec();
        for (plek, byte) in wijzigingen {
            let i = ((beschadigd.len() - 1) as f64 * plek) as usize;
            beschadigd[i] = byte;
        }
        let _ = docx::lees(&beschadigd);
    }

    /// Damage inside the XML itself, in a file packed again: a stray `<`, a cut, a lost end tag.
    #[test]
    fn beschadigde_xml_geeft_geen_paniek(plek in 0.0..1.0f64, soort in 0..3u8) {
        let kapot = bewerk(geschreven(), |xml| {
            let i = (xml.len() as f64 * plek) as usize;
            let i = (0..=i).rev().find(|&i| xml.is_char_boundary(i)).unwrap_or(0);
            match soort {
                0 => format!("{}<{}", &xml[..i], &xml[i..]),
                1 => xml[..i].to_owned(),
                _ => {
                    let eind = xml[i..].find("</").map_or(xml.len(), |j| i + j);
                    let sluit = xml[eind..].find('>').map_or(xml.len(), |j| eind + j + 1);
                    format!("{}{}", &xml[..eind], &xml[sluit..])
                }
            }
        });
        match docx::lees(&kapot) {
            Ok(gelezen) => prop_assert!(matches!(gelezen.document, Document::Ivp(_))),
            Err(fout) => prop_assert!(!fout.bericht.is_empty()),
        }
    }
}

/// What real plans need, filled in in Word: a deadline typed in its cell as a person writes a
/// date, the introduction to chapter 4, an other name of a priority.
#[test]
fn termijn_inleiding_en_andere_naam_in_word() {
    use kernbeleid::document::{Actiepunt, Maatregel, UitvoeringsItem, Uitvoeringsplan};

    let mut plan = Uitvoeringsplan::zonder_ivp(["Kampen", "Staphorst"], 2017);
    let mut item = UitvoeringsItem::new(
        "Overlast",
        [kernbeleid::catalogus::Thema::Jeugdoverlast.into()],
    );
    let mut maatregel = Maatregel::new("Een procesmodel voor zorg en veiligheid");
    maatregel.gereed_voor = chrono::NaiveDate::from_ymd_opt(2017, 6, 1);
    item.actiepunten.push(Actiepunt {
        naam: "jeugdoverlast".into(),
        toelichting: None,
        maatregelen: vec![maatregel],
    });
    plan.prioriteiten.push(item);
    let bytes = docx::schrijf(&Document::from(plan.clone())).expect("schrijven");
    let ingevuld = bewerk(&bytes, |xml| {
        typ_in(
            &xml,
            "/prioriteiten/0/actiepunten/0/maatregelen/0/gereed_voor",
            &word_runs("15-05-2017"),
        )
    });
    let terug = docx::lees(&ingevuld).expect("lezen");
    plan.prioriteiten[0].actiepunten[0].maatregelen[0].gereed_voor =
        chrono::NaiveDate::from_ymd_opt(2017, 5, 15);
    assert_eq!(terug.document, Document::from(plan));

    let mut ivp = skelet_ivp("Ondermijning=5.2", &["Vijfheerenlanden"]);
    ivp.inleiding_prioriteiten = Some(Invulbaar::in_te_vullen("Waarom deze prioriteiten?"));
    ivp.prioriteiten[0].andere_namen = vec!["Georganiseerde criminaliteit".into()];
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let ingevuld = bewerk(&bytes, |xml| {
        let xml = typ_in(
            &xml,
            "/inleiding_prioriteiten",
            &word_alinea("Uit de analyse volgt één prioriteit."),
        );
        typ_in(
            &xml,
            "/prioriteiten/0/andere_namen/0",
            &word_runs("Ondermijnende criminaliteit"),
        )
    });
    let terug = docx::lees(&ingevuld).expect("lezen");
    ivp.inleiding_prioriteiten = Some("Uit de analyse volgt één prioriteit.".into());
    ivp.prioriteiten[0].andere_namen = vec!["Ondermijnende criminaliteit".into()];
    assert_eq!(terug.document, Document::from(ivp));
}

fn een_moment() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(1_800_000_000, 0).expect("moment")
}

#[test]
fn het_pakket_is_nederlands_gecomprimeerd_en_reproduceerbaar() {
    let ivp = Document::from(skelet_ivp("5.2,3.1", &["Utrecht", "Zeist"]));
    let bytes = docx::schrijf_op(&ivp, een_moment()).expect("schrijven");
    assert_eq!(
        bytes,
        docx::schrijf_op(&ivp, een_moment()).expect("schrijven")
    );
    let later = een_moment() + chrono::Duration::days(1);
    assert_ne!(bytes, docx::schrijf_op(&ivp, later).expect("schrijven"));

    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).expect("zip");
    for i in 0..zip.len() {
        let f = zip.by_index(i).expect("deel");
        assert_eq!(
            f.compression(),
            zip::CompressionMethod::Deflated,
            "{}",
            f.name()
        );
    }
    let delen = uitpakken(&bytes);
    let kenmerken = deel(&delen, "docProps/core.xml");
    for stuk in [
        "<dc:title>Integraal Veiligheidsplan Utrecht, Zeist 2027-2030</dc:title>",
        "<dc:subject>Integraal Veiligheidsplan · Utrecht, Zeist · 2027-2030</dc:subject>",
        "<dc:creator>Utrecht, Zeist</dc:creator>",
        "<dc:language>nl-NL</dc:language>",
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2027-01-15T08:00:00Z</dcterms:created>",
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2027-01-15T08:00:00Z</dcterms:modified>",
    ] {
        assert!(kenmerken.contains(stuk), "{stuk} in {kenmerken}");
    }
    assert!(!kenmerken.contains("unknown") && !kenmerken.contains("1970"));
    // Spelling is checked in Dutch: the language of the default run properties.
    let stijlen = deel(&delen, "word/styles.xml");
    let standaard = &stijlen[stijlen.find("<w:rPrDefault>").expect("rPrDefault")
        ..stijlen.find("</w:rPrDefault>").expect("rPrDefault")];
    assert!(standaard.contains("<w:lang w:val=\"nl-NL\" w:eastAsia=\"nl-NL\""));
    // The item id of the custom XML part is one GUID between single braces.
    let eigenschappen = deel(&delen, "customXml/itemProps1.xml");
    let id = eigenschappen
        .split("ds:itemID=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("itemID");
    let guid = id
        .strip_prefix('{')
        .and_then(|g| g.strip_suffix('}'))
        .expect("tussen accolades");
    let groepen: Vec<usize> = guid.split('-').map(str::len).collect();
    assert_eq!(groepen, [8, 4, 4, 4, 12], "{id}");
    assert!(guid.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    // Word offers to update the page numbers of the contents on opening.
    assert!(deel(&delen, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
}

/// The names of the ancestors of every `w:tbl`, `w:tr` with its properties, per table.
fn tabellen_in(document: &str) -> Vec<(String, Vec<String>)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(document);
    let mut stapel: Vec<String> = Vec::new();
    let mut tabellen: Vec<(String, Vec<String>)> = Vec::new();
    let mut rij_pr: Option<String> = None;
    loop {
        match reader.read_event().expect("xml") {
            Event::Start(e) => {
                let naam = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if naam == "w:tbl" {
                    let ouder = stapel.last().cloned().unwrap_or_default();
                    tabellen.push((ouder, Vec::new()));
                }
                if naam == "w:trPr" {
                    rij_pr = Some(String::new());
                }
                stapel.push(naam);
            }
            Event::Empty(e) => {
                if let Some(pr) = rij_pr.as_mut() {
                    pr.push_str(&String::from_utf8_lossy(e.name().as_ref()));
                    pr.push(' ');
                }
            }
            Event::End(e) => {
                if e.name().as_ref() == b"w:trPr" {
                    if let (Some(pr), Some(t)) = (rij_pr.take(), tabellen.last_mut()) {
                        t.1.push(pr);
                    }
                }
                stapel.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    tabellen
}

#[test]
fn elke_tabel_staat_los_in_de_tekst_met_een_herhalende_kop() {
    let ivp = skelet_ivp("Ondermijning=5.2+2.5,3.1", &["Utrecht"]);
    let documenten = [
        Document::from(skelet::uitvoeringsplan(&ivp)),
        Document::from(ivp),
        Document::from(skelet::analyse(["Utrecht"], 2026)),
    ];
    for document in &documenten {
        let delen = uitpakken(&docx::schrijf(document).expect("schrijven"));
        let xml = deel(&delen, "word/document.xml");
        let tabellen = tabellen_in(xml);
        // As many tables as the HTML page has, each a direct child of the body or of a cell.
        let html = kernbeleid::uitvoer::html::schrijf(document);
        assert_eq!(tabellen.len(), html.matches("<table>").count());
        assert!(!tabellen.is_empty());
        for (ouder, rijen) in &tabellen {
            assert!(ouder == "w:body" || ouder == "w:tc", "tabel in {ouder}");
            let (kop, rest) = rijen.split_first().expect("een koprij");
            assert!(
                kop.contains("w:tblHeader") && kop.contains("w:cantSplit"),
                "{kop}"
            );
            for r in rest {
                assert!(
                    r.contains("w:cantSplit") && !r.contains("w:tblHeader"),
                    "{r}"
                );
            }
        }
        // The rows are a repeating section, tagged with the list's JSON Pointer.
        assert_eq!(
            xml.matches("<w15:repeatingSection/>").count(),
            tabellen.len()
        );
    }
}

/// The end of the element that starts at `begin` (`<w:sdt>`), past its end tag.
fn einde_sdt(xml: &str, begin: usize) -> usize {
    let mut diepte = 0usize;
    let mut plek = begin;
    loop {
        let open = xml[plek..].find("<w:sdt>").map(|i| i + plek);
        let dicht = plek + xml[plek..].find("</w:sdt>").expect("einde");
        match open {
            Some(o) if o < dicht => {
                diepte += 1;
                plek = o + "<w:sdt>".len();
            }
            _ => {
                diepte -= 1;
                plek = dicht + "</w:sdt>".len();
                if diepte == 0 {
                    return plek;
                }
            }
        }
    }
}

/// Clicks the + of the first row of the repeating section tagged `pad`, as Word does: the row
/// is copied with its controls (new ids, the same tags), and `typ` is applied to the copy.
fn rij_erbij(xml: &str, pad: &str, typ: impl FnOnce(&str) -> String) -> String {
    let merk = format!("<w:tag w:val=\"{pad}\"/>");
    let plek = xml.find(&merk).expect("herhalende sectie");
    let item = plek
        + xml[plek..]
            .find("<w15:repeatingSectionItem/>")
            .expect("item");
    let begin = xml[..item].rfind("<w:sdt>").expect("begin item");
    let eind = einde_sdt(xml, begin);
    let kopie = typ(&xml[begin..eind].replace("<w:id w:val=\"", "<w:id w:val=\"9"));
    format!("{}{}{}", &xml[..eind], kopie, &xml[eind..])
}

#[test]
fn een_rij_die_word_toevoegt_is_een_nieuwe_maatregel_of_indicator() {
    let ivp = skelet_ivp("Ondermijning=5.2+2.5,3.1", &["Utrecht"]);
    let up = skelet::uitvoeringsplan(&ivp);
    let maatregelen = "/prioriteiten/0/actiepunten/0/maatregelen";
    let bytes = docx::schrijf(&Document::from(up.clone())).expect("schrijven");
    let ingevuld = bewerk(&bytes, |xml| {
        rij_erbij(&xml, maatregelen, |kopie| {
            let kopie = typ_in(
                kopie,
                &format!("{maatregelen}/0/omschrijving"),
                &word_runs("Buurtpreventie-app in elke wijk"),
            );
            typ_in(
                &kopie,
                &format!("{maatregelen}/0/ambtelijk_trekker"),
                &word_runs("team Veiligheid"),
            )
        })
    });
    let terug = docx::lees(&ingevuld).expect("lezen");
    assert!(terug.bevindingen.is_empty(), "{:#?}", terug.bevindingen);
    let mut verwacht = up;
    let lijst = &mut verwacht.prioriteiten[0].actiepunten[0].maatregelen;
    lijst.insert(
        1,
        kernbeleid::document::Maatregel {
            ambtelijk_trekker: Some(Invulbaar::Waarde("team Veiligheid".to_owned())),
            ..kernbeleid::document::Maatregel::new("Buurtpreventie-app in elke wijk")
        },
    );
    assert_eq!(terug.document, Document::from(verwacht));

    let indicatoren = "/prioriteiten/1/effectindicatoren";
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let ingevuld = bewerk(&bytes, |xml| {
        rij_erbij(&xml, indicatoren, |kopie| {
            typ_in(
                kopie,
                &format!("{indicatoren}/0/naam"),
                &word_runs("Aantal meldingen jeugdoverlast"),
            )
        })
    });
    let terug = docx::lees(&ingevuld).expect("lezen");
    let Document::Ivp(terug) = terug.document else {
        panic!("een ivp");
    };
    let oud = &ivp.prioriteiten[1].effectindicatoren;
    let nieuw = &terug.prioriteiten[1].effectindicatoren;
    assert_eq!(nieuw.len(), oud.len() + 1);
    assert_eq!(
        nieuw[1].naam,
        Invulbaar::Waarde("Aantal meldingen jeugdoverlast".to_owned())
    );
    assert_eq!(nieuw[0], oud[0]);
    assert_eq!(nieuw[2..], oud[1..]);
}

#[test]
fn de_handreiking_staat_buiten_het_invulveld_en_wordt_alleen_gemeld_als_hij_veranderd_is() {
    let ivp = skelet_ivp("Ondermijning=5.2+2.5", &["Utrecht"]);
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let delen = uitpakken(&bytes);
    let xml = deel(&delen, "word/document.xml").to_owned();
    // The toelichting's field shows the short question, in the fill-in style; the guidance
    // stands in the paragraph before it, in a style of its own.
    let merk = "<w:tag w:val=\"/prioriteiten/0/toelichting\"/>";
    let plek = xml.find(merk).expect("toelichting");
    let veld = &xml[plek..plek
        + xml[plek..]
            .find("</w:sdtContent></w:sdt></w:p>")
            .expect("einde")];
    assert!(veld.contains("<w:rStyle w:val=\"Invulveld\"/>"), "{veld}");
    assert!(
        veld.contains("waarom is dit prioritair in Utrecht?</w:t>"),
        "{veld}"
    );
    assert!(!veld.contains("Uit de handreiking"), "{veld}");
    let ervoor = &xml[..plek];
    let alinea = &ervoor[ervoor.rfind("<w:p>").expect("alinea")..];
    assert!(
        alinea.contains("<w:pStyle w:val=\"UitDeHandreiking\"/>")
            && alinea.contains(">Uit de handreiking: 5.2 Georganiseerde"),
        "{alinea}"
    );
    let stijlen = deel(&delen, "word/styles.xml");
    for naam in ["Invulveld", "Uit de handreiking", "Uit de cijfers"] {
        assert!(
            stijlen.contains(&format!("<w:name w:val=\"{naam}\" />")),
            "{naam}"
        );
    }

    // Deleted in one go: nothing to report, the document unchanged.
    let zonder = bewerk(&bytes, |xml| {
        let plek = xml.find(merk).expect("toelichting");
        let begin = xml[..plek]
            .rfind("<w:p><w:pPr><w:pStyle w:val=\"UitDeHandreiking\"/>")
            .expect("handreiking");
        let eind = begin + xml[begin..].find("</w:p>").expect("einde") + "</w:p>".len();
        format!("{}{}", &xml[..begin], &xml[eind..])
    });
    let terug = docx::lees(&zonder).expect("lezen");
    assert!(terug.bevindingen.is_empty(), "{:#?}", terug.bevindingen);
    assert_eq!(terug.document, Document::from(ivp.clone()));

    // Edited: reported like other text outside the fields.
    let veranderd = bewerk(&bytes, |xml| {
        xml.replacen(
            ">Uit de handreiking: 5.2 Georganiseerde",
            ">Uit de handreiking (ingekort): 5.2 Georganiseerde",
            1,
        )
    });
    let terug = docx::lees(&veranderd).expect("lezen");
    assert_eq!(terug.document, Document::from(ivp));
    assert_eq!(terug.bevindingen.len(), 1, "{:#?}", terug.bevindingen);
    assert_eq!(
        terug.bevindingen[0].soort,
        BevindingSoort::TekstBuitenInvulveld
    );
    assert!(terug.bevindingen[0]
        .tekst
        .starts_with("Uit de handreiking (ingekort)"));
}

#[test]
fn veld_1_staat_per_aspect_zoals_in_markdown_en_html() {
    let ivp = skelet_ivp("1.3", &["Utrecht"]);
    let maatregelen = ivp.prioriteiten[0].maatregelen.clone();
    let eerste = maatregelen[0].waarde().expect("maatregel").to_owned();
    let (aspect, item) = eerste
        .strip_prefix("[aspect ")
        .and_then(|r| r.split_once("] "))
        .expect("een maatregel van veld 1 met zijn aspect");
    let bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let delen = uitpakken(&bytes);
    let xml = deel(&delen, "word/document.xml").to_owned();
    // No item carries "[aspect ...]"; a line in the style "Aspect" stands over each group.
    assert!(!xml.contains("[aspect "), "[aspect in de Word-tekst");
    let kop = format!(
        "<w:pStyle w:val=\"Aspect\"/><w:keepNext/></w:pPr><w:r><w:t xml:space=\"preserve\">Aspect {aspect}:</w:t>"
    );
    assert!(xml.contains(&kop), "{kop}");
    assert!(xml.contains(&format!(">{item}</w:t>")), "{item}");
    assert!(deel(&delen, "word/styles.xml").contains("<w:name w:val=\"Aspect\" />"));

    // Unchanged, it reads back as written.
    let terug = docx::lees(&bytes).expect("lezen");
    assert_eq!(terug.document, Document::from(ivp.clone()));

    // An item changed, and one typed under the aspect's line, keep their aspect.
    let tag = "/prioriteiten/0/maatregelen/0";
    let nieuw = bewerk(&bytes, |xml| {
        let xml = typ_in(&xml, tag, &word_runs("Wijkveiligheidsplan per stadsdeel"));
        let plek = xml
            .find(&format!("<w:tag w:val=\"{tag}\"/>"))
            .expect("item");
        let eind = plek + xml[plek..].find("</w:p>").expect("einde") + "</w:p>".len();
        format!(
            "{}{}{}",
            &xml[..eind],
            word_opsomming("Buurtpreventie-app"),
            &xml[eind..]
        )
    });
    let terug = docx::lees(&nieuw).expect("lezen");
    let Document::Ivp(terug_ivp) = &terug.document else {
        panic!("geen IVP")
    };
    let gelezen: Vec<&str> = terug_ivp.prioriteiten[0]
        .maatregelen
        .iter()
        .filter_map(|m| m.waarde().map(String::as_str))
        .collect();
    assert_eq!(
        gelezen[0],
        format!("[aspect {aspect}] Wijkveiligheidsplan per stadsdeel")
    );
    assert_eq!(gelezen[1], format!("[aspect {aspect}] Buurtpreventie-app"));
    assert_eq!(gelezen.len(), maatregelen.len() + 1);
    assert_eq!(
        gelezen[2..],
        maatregelen[1..]
            .iter()
            .filter_map(|m| m.waarde().map(String::as_str))
            .collect::<Vec<_>>()[..]
    );
}

/// Whether a measured series ("... Gemeten: 2022: ...") stands in a portrait section.
#[cfg(feature = "cijfers")]
fn laatste_portret_reeks(secties: &[&str], liggend: &str) -> bool {
    secties.iter().enumerate().any(|(i, s)| {
        let inhoud = match i {
            0 => *s,
            _ => s.split_once("</w:sectPr>").map_or(*s, |(_, r)| r),
        };
        // The text a section holds is before its own sectPr, in the split before it.
        let portret = secties.get(i + 1).is_none_or(|n| !n.contains(liggend));
        portret && inhoud.contains(". Gemeten: ")
    })
}

/// With measured figures the effect indicators' table has seven columns: it stands, with its
/// caption, on landscape pages of its own, its columns as wide as their longest words; the rest
/// stays portrait, and the file reads back unchanged.
#[cfg(feature = "cijfers")]
#[test]
fn een_brede_tabel_staat_liggend() {
    use kernbeleid::cijfers::{bereken, lees, Koppeling, Regionamen};
    let fixture = |naam: &str| {
        let pad = format!(
            "{}/tests/fixtures/cijfers/{naam}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(&pad).expect(&pad)
    };
    let namen = Regionamen::lees(fixture("cbs-regios.csv").as_slice()).expect("namen");
    let mut bestanden: Vec<_> = [
        "politie-47013-gemeente-maand.csv",
        "cbs-85146-veiligheidsmonitor.csv",
    ]
    .iter()
    .map(|n| lees(fixture(n).as_slice()).expect(n))
    .collect();
    for b in &mut bestanden {
        b.benoem(&namen);
    }
    let cijfers = bereken(&bestanden, &Koppeling::standaard(), None).expect("bereken");
    let mut ivp = skelet_ivp("1.3,3.1", &["Amsterdam"]);
    assert!(!skelet::vul_cijfers(&mut ivp, &cijfers).is_empty());
    let document = Document::from(ivp);
    let bytes = docx::schrijf(&document).expect("schrijven");
    let delen = uitpakken(&bytes);
    let xml = deel(&delen, "word/document.xml");

    // Every landscape section holds one table with its caption and nothing else.
    let liggend = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>";
    let secties: Vec<&str> = xml.split("<w:sectPr>").collect();
    let mut tabellen = 0;
    for (i, sectie) in secties.iter().enumerate().skip(1) {
        if !sectie.contains(liggend) {
            continue;
        }
        let vorige = secties[i - 1];
        let inhoud = &vorige[vorige.find("</w:sectPr>").expect("einde sectie")..];
        assert_eq!(inhoud.matches("<w:tbl>").count(), 1, "{inhoud}");
        assert!(
            inhoud.contains(">Tabel: ") && inhoud.contains("ffectindicatoren"),
            "{inhoud}"
        );
        assert!(!inhoud.contains("w:pStyle w:val=\"Heading"), "{inhoud}");
        // The grid uses the landscape page's width of text.
        let grid = &inhoud[inhoud.find("<w:tblGrid>").expect("grid")..];
        let grid = &grid[..grid.find("</w:tblGrid>").expect("grid")];
        let breedte: u32 = grid
            .split("w:w=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse::<u32>().ok())
            .sum();
        assert!(
            breedte > 11906 - 2268 && breedte <= 16838 - 2268,
            "{breedte}"
        );
        tabellen += 1;
    }
    assert!(tabellen >= 2, "{tabellen} liggende tabellen");
    // The measured series under a table stays on its landscape page.
    let met_reeks = secties
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(i, s)| s.contains(liggend) && secties[i - 1].contains(". Gemeten: "))
        .count();
    assert!(met_reeks >= 1);
    assert!(!laatste_portret_reeks(&secties, liggend));
    // The body's own section (the last) is portrait.
    let laatste = secties.last().expect("sectie");
    assert!(laatste.contains("w:w=\"11906\"") && !laatste.contains("landscape"));

    let terug = docx::lees(&bytes).expect("lezen");
    assert_eq!(terug.document, document);
    assert_eq!(terug.bevindingen, []);
}

/// The properties of the control tagged `tag` (from the tag to the end of `w:sdtPr`).
fn eigenschappen<'a>(xml: &'a str, tag: &str) -> &'a str {
    let plek = xml
        .find(&format!("<w:tag w:val=\"{tag}\"/>"))
        .unwrap_or_else(|| panic!("geen veld {tag}"));
    &xml[plek..plek + xml[plek..].find("</w:sdtPr>").expect("sdtPr")]
}

/// As Word saves a choice in a drop-down or a date picker: the properties as Word keeps them
/// (`w:lastValue`, `w:fullDate`) and the shown text in place of the old one.
fn kies_in(xml: &str, tag: &str, eigenschap: (&str, &str), getoond: &str) -> String {
    let xml = typ_in(xml, tag, &word_runs(getoond));
    let plek = xml
        .find(&format!("<w:tag w:val=\"{tag}\"/>"))
        .expect("veld");
    let (element, attribuut) = eigenschap;
    let eind_pr = plek + xml[plek..].find("</w:sdtPr>").expect("sdtPr");
    let pr = &xml[plek..eind_pr];
    let pr = match pr.find(&format!("<{element}")) {
        Some(i) => {
            let na = i + element.len() + 1;
            // Word writes the attribute in the element's start tag, replacing an older one.
            let kop_eind = pr[na..].find('>').map_or(pr.len(), |j| na + j);
            let kop = &pr[na..kop_eind];
            let zonder: String =
                match kop.find(&format!(" {}=", attribuut.split('=').next().unwrap_or(""))) {
                    Some(k) => {
                        let rest = &kop[k + 1..];
                        let sluit = rest.find("\" ").map_or(rest.len(), |s| s + 1);
                        format!("{}{}", &kop[..k], &rest[sluit..])
                    }
                    None => kop.to_owned(),
                };
            format!(
                "{}<{element} {attribuut}{}{}",
                &pr[..i],
                zonder,
                &pr[kop_eind..]
            )
        }
        None => panic!("{tag} heeft geen {element}: {pr}"),
    };
    format!("{}{}{}", &xml[..plek], pr, &xml[eind_pr..])
}

#[test]
fn invulvelden_van_de_juiste_soort_en_wat_word_erin_opslaat() {
    use kernbeleid::document::{IndicatorBron, IndicatorSoort, Richting};
    let mut ivp = skelet_ivp("1.3", &["Utrecht"]);
    ivp.prioriteiten[0].effectindicatoren[0].richting = Some(Richting::Dalen);
    ivp.prioriteiten[0].effectindicatoren[0].nulmeting = Some(Invulbaar::Waarde(Meting {
        jaar: 2024,
        waarde: 10900.0,
    }));
    let mut up = skelet::uitvoeringsplan(&ivp);
    up.prioriteiten[0].actiepunten[0].maatregelen[0].gereed_voor =
        chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    let ivp_bytes = docx::schrijf(&Document::from(ivp.clone())).expect("schrijven");
    let up_bytes = docx::schrijf(&Document::from(up.clone())).expect("schrijven");
    let ivp_delen = uitpakken(&ivp_bytes);
    let ivp_xml = deel(&ivp_delen, "word/document.xml");
    let up_delen = uitpakken(&up_bytes);
    let up_xml = deel(&up_delen, "word/document.xml");

    // Closed lists are drop-downs; a source also takes another one (a combo box).
    let ind = "/prioriteiten/0/effectindicatoren/0";
    let soort = eigenschappen(ivp_xml, &format!("{ind}/soort"));
    assert!(
        soort.contains("<w:dropDownList><w:listItem w:displayText=\"—\" w:value=\"—\"/><w:listItem w:displayText=\"objectief\" w:value=\"objectief\"/><w:listItem w:displayText=\"subjectief\" w:value=\"subjectief\"/></w:dropDownList>"),
        "{soort}"
    );
    let richting = eigenschappen(ivp_xml, &format!("{ind}/richting"));
    assert!(richting.contains("<w:dropDownList>") && richting.contains("w:value=\"stijgen\""));
    let bron = eigenschappen(ivp_xml, &format!("{ind}/bron"));
    assert!(bron.contains("<w:comboBox>") && bron.contains("w:value=\"veiligheidsmonitor\""));
    // A value on one line is plain text; a paragraph field rich text (no kind).
    assert!(eigenschappen(ivp_xml, &format!("{ind}/nulmeting")).contains("<w:text/>"));
    // One showing its placeholder stays rich text: LibreOffice would draw it unstyled.
    let open = eigenschappen(ivp_xml, &format!("{ind}/streefwaarde"));
    assert!(
        open.contains("<w:showingPlcHdr/>") && !open.contains("<w:text"),
        "{open}"
    );
    let toelichting = eigenschappen(ivp_xml, "/prioriteiten/0/toelichting");
    for soort in ["<w:text", "<w:dropDownList", "<w:comboBox", "<w:date"] {
        assert!(!toelichting.contains(soort), "{toelichting}");
    }
    // A date is a date picker in Dutch, starting from the date it holds.
    let maatregel = "/prioriteiten/0/actiepunten/0/maatregelen/0";
    let datum = eigenschappen(up_xml, &format!("{maatregel}/gereed_voor"));
    assert!(
        datum.contains("<w:date w:fullDate=\"2027-03-01T00:00:00Z\"><w:dateFormat w:val=\"d MMMM yyyy\"/><w:lid w:val=\"nl-NL\"/>"),
        "{datum}"
    );

    // Chosen in Word: the list item's display text, the date's fullDate and shown text.
    let gekozen = bewerk(&ivp_bytes, |xml| {
        let xml = kies_in(
            &xml,
            &format!("{ind}/soort"),
            ("w:dropDownList", "w:lastValue=\"subjectief\""),
            "subjectief",
        );
        let xml = kies_in(
            &xml,
            &format!("{ind}/richting"),
            ("w:dropDownList", "w:lastValue=\"stijgen\""),
            "stijgen",
        );
        kies_in(
            &xml,
            &format!("{ind}/bron"),
            ("w:comboBox", "w:lastValue=\"GGD-monitor\""),
            "GGD-monitor",
        )
    });
    let terug = docx::lees(&gekozen).expect("lezen");
    assert!(terug.bevindingen.is_empty(), "{:#?}", terug.bevindingen);
    let Document::Ivp(gelezen) = &terug.document else {
        panic!("geen IVP")
    };
    let i = &gelezen.prioriteiten[0].effectindicatoren[0];
    assert_eq!(i.soort, Some(IndicatorSoort::Subjectief));
    assert_eq!(i.richting, Some(Richting::Stijgen));
    assert_eq!(
        i.bron,
        Some(IndicatorBron::Anders("GGD-monitor".to_owned()))
    );
    // "—" chosen: no value.
    let leeg = bewerk(&ivp_bytes, |xml| {
        kies_in(
            &xml,
            &format!("{ind}/richting"),
            ("w:dropDownList", "w:lastValue=\"—\""),
            "—",
        )
    });
    let Document::Ivp(gelezen) = docx::lees(&leeg).expect("lezen").document else {
        panic!("geen IVP")
    };
    assert_eq!(gelezen.prioriteiten[0].effectindicatoren[0].richting, None);

    let gekozen = bewerk(&up_bytes, |xml| {
        kies_in(
            &xml,
            &format!("{maatregel}/gereed_voor"),
            ("w:date", "w:fullDate=\"2027-06-30T00:00:00Z\""),
            "30 juni 2027",
        )
    });
    let terug = docx::lees(&gekozen).expect("lezen");
    assert!(terug.bevindingen.is_empty(), "{:#?}", terug.bevindingen);
    let Document::Uitvoeringsplan(gelezen) = &terug.document else {
        panic!("geen uitvoeringsplan")
    };
    assert_eq!(
        gelezen.prioriteiten[0].actiepunten[0].maatregelen[0].gereed_voor,
        chrono::NaiveDate::from_ymd_opt(2027, 6, 30)
    );
}

/// The dates of adoption are date pickers: a concept offers one for the adoption by the raad
/// (IVP) or the college (uitvoeringsplan), which, chosen in Word, records that adoption; a
/// recorded adoption's date is a picker starting from its date.
#[test]
fn de_datum_van_vaststelling_is_een_datumkiezer() {
    use kernbeleid::document::{Besluitdatum, Orgaan};
    let ivp = skelet_ivp("1.3", &["Utrecht"]);
    let up = skelet::uitvoeringsplan(&ivp);
    for (document, door) in [
        (Document::from(ivp.clone()), Orgaan::Raad),
        (Document::from(up), Orgaan::College),
    ] {
        let bytes = docx::schrijf(&document).expect("schrijven");
        let delen = uitpakken(&bytes);
        let xml = deel(&delen, "word/document.xml");
        let kiezer = eigenschappen(xml, "/vaststelling/0/datum");
        assert!(
            kiezer.contains("<w:date><w:dateFormat w:val=\"d MMMM yyyy\"/>"),
            "{kiezer}"
        );
        // Unchanged, the concept stays a concept.
        let terug = docx::lees(&bytes).expect("lezen");
        assert_eq!(terug.document, document);
        let gekozen = bewerk(&bytes, |xml| {
            kies_in(
                &xml,
                "/vaststelling/0/datum",
                ("w:date", "w:fullDate=\"2027-03-12T00:00:00Z\""),
                "12 maart 2027",
            )
        });
        let terug = docx::lees(&gekozen).expect("lezen");
        assert!(terug.bevindingen.is_empty(), "{:#?}", terug.bevindingen);
        let vaststelling = match &terug.document {
            Document::Ivp(d) => d.vaststelling.clone(),
            Document::Uitvoeringsplan(d) => d.vaststelling.clone(),
            _ => panic!("een IVP of uitvoeringsplan"),
        };
        assert_eq!(vaststelling.len(), 1);
        assert_eq!(vaststelling[0].door, door);
        assert_eq!(
            vaststelling[0].datum,
            Some("2027-03-12".parse::<Besluitdatum>().expect("datum"))
        );
    }
    // Recorded: the picker starts from the date, and a new choice replaces it.
    let mut vastgesteld = ivp;
    vastgesteld.vaststelling = vec![kernbeleid::document::Vaststelling {
        gemeente: None,
        door: Orgaan::Raad,
        datum: Some("2027-03-12".parse().expect("datum")),
    }];
    let bytes = docx::schrijf(&Document::from(vastgesteld)).expect("schrijven");
    let delen = uitpakken(&bytes);
    let kiezer = eigenschappen(deel(&delen, "word/document.xml"), "/vaststelling/0/datum");
    assert!(
        kiezer.contains("w:fullDate=\"2027-03-12T00:00:00Z\""),
        "{kiezer}"
    );
    let gekozen = bewerk(&bytes, |xml| {
        kies_in(
            &xml,
            "/vaststelling/0/datum",
            ("w:date", "w:fullDate=\"2027-04-02T00:00:00Z\""),
            "2 april 2027",
        )
    });
    let Document::Ivp(gelezen) = docx::lees(&gekozen).expect("lezen").document else {
        panic!("geen IVP")
    };
    assert_eq!(
        gelezen.vaststelling[0].datum,
        Some("2027-04-02".parse().expect("datum"))
    );
}
