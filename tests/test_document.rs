//! Reading and writing documents: minimal drafts, exact Dutch read errors in both formats,
//! format and kind detection, bytes that are no document, the schema.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;
use std::path::Path;

use kernbeleid::catalogus::{StrategischThema, Thema};
use kernbeleid::document::{
    Document, DocumentSoort, Formaat, IndicatorBron, Invulbaar, Ivp, LeesFout, Periode,
    SchrijfFout, ThemaVerwijzing, Uitvoeringsplan, Veiligheidsanalyse,
};
use kernbeleid::VariantArray;

/// Counts the allocations of the current thread (tests run in parallel threads).
struct Teller;

thread_local! {
    static ALLOCATIES: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call unchanged to the system allocator; the count is a const-initialised
// thread-local `Cell`, which itself never allocates.
unsafe impl GlobalAlloc for Teller {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIES.try_with(|a| a.set(a.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static TELLER: Teller = Teller;

fn allocaties<R>(f: impl FnOnce() -> R) -> usize {
    let voor = ALLOCATIES.with(Cell::get);
    black_box(f());
    ALLOCATIES.with(Cell::get) - voor
}

const KOP_TOML: &str =
    "gemeenten = [\"Utrecht\"]\nperiode = { van = 2027-01-01, tot = 2030-12-31 }\n";
const KOP_JSON: &str =
    r#""gemeenten": ["Utrecht"], "periode": {"van": "2027-01-01", "tot": "2030-12-31"}"#;

fn toml_fout(tekst: &str) -> String {
    match Ivp::uit_toml(tekst) {
        Ok(ivp) => panic!("gelezen: {ivp:?}"),
        Err(fout) => fout.to_string(),
    }
}

fn json_fout(tekst: &str) -> String {
    match Ivp::uit_json(tekst) {
        Ok(ivp) => panic!("gelezen: {ivp:?}"),
        Err(fout) => fout.to_string(),
    }
}

#[test]
fn een_concept_met_alleen_de_verplichte_sleutels_leest() {
    let toml = format!(
        "{KOP_TOML}[[prioriteiten]]\nnaam = \"Jeugd\"\nthemas = [\"Jeugdoverlast\"]\n\
         [[overige_themas]]\nnaam = \"Uitgaan\"\nthemas = []\n"
    );
    let ivp = Ivp::uit_toml(&toml).unwrap();
    assert_eq!(ivp.periode, "2027-2030".parse::<Periode>().unwrap());
    assert_eq!(
        ivp.prioriteiten[0].themas,
        [ThemaVerwijzing::Kbv(Thema::Jeugdoverlast)]
    );
    assert!(ivp.prioriteiten[0].toelichting.is_none());
    assert!(ivp.overige_themas[0].themas.is_empty());

    // Without priorities at all: still a draft that reads; prioriteiten and overige_themas are
    // written all the same, as empty lists.
    let kaal = Ivp::uit_json(&format!("{{{KOP_JSON}}}")).unwrap();
    assert!(kaal.prioriteiten.is_empty());
    let json = kaal.naar_json();
    assert!(json.contains("\"prioriteiten\": []"), "{json}");
    assert!(json.contains("\"overige_themas\": []"), "{json}");
    let toml = kaal.naar_toml().unwrap();
    assert_eq!(
        toml,
        "gemeenten = [\"Utrecht\"]\nprioriteiten = []\noverige_themas = []\n\n[periode]\nvan = \"2027-01-01\"\ntot = \"2030-12-31\"\n"
    );
}

#[test]
fn themas_als_code_naam_of_oudere_naam_en_geschreven_als_code() {
    let toml = format!(
        "{KOP_TOML}[[prioriteiten]]\nnaam = \"X\"\nthemas = [\"5.3\", \"Veilige Publieke Taak\", \
         \"georganiseerde criminaliteit\", \"S2\", \"Gedigitaliseerde criminaliteit (waaronder cybercrime)\", \
         \"informatiepositie\"]\n"
    );
    let ivp = Ivp::uit_toml(&toml).unwrap();
    let codes: Vec<&str> = ivp.prioriteiten[0]
        .themas
        .iter()
        .map(|t| t.code())
        .collect();
    assert_eq!(codes, ["5.3", "5.3", "5.2", "S2", "S1", "S3"]);
    assert!(ivp
        .naar_toml()
        .unwrap()
        .contains("\"5.3\",\n    \"5.3\",\n    \"5.2\",\n    \"S2\",\n    \"S1\",\n    \"S3\","));
}

#[test]
fn thema_verwijzing_fouten() {
    assert_eq!(
        "6.1".parse::<ThemaVerwijzing>().unwrap_err().to_string(),
        "onbekend thema \"6.1\": verwacht een veiligheidsthema (code 1.1 tot en met 5.5 of naam) \
         of een strategisch thema (S1, S2, S3 of naam)"
    );
    // A code in an existing veld suggests that veld's themes; a misspelt name its neighbours.
    assert_eq!(
        "2.9".parse::<ThemaVerwijzing>().unwrap_err().to_string(),
        "onbekend thema \"2.9\": verwacht een veiligheidsthema (code 1.1 tot en met 5.5 of naam) \
         of een strategisch thema (S1, S2, S3 of naam) (bedoelt u een van: 2.1 Veilig winkelgebied; \
         2.2 Veilige bedrijventerreinen; 2.3 Veilig uitgaan?)"
    );
    let fout = "Jeugdoverlst".parse::<ThemaVerwijzing>().unwrap_err();
    assert!(fout.to_string().contains("3.1 Jeugdoverlast"));
    assert_eq!(
        fout.suggesties[0],
        ThemaVerwijzing::Kbv(Thema::Jeugdoverlast)
    );
    // A bare number is no strategic theme.
    assert!("2".parse::<ThemaVerwijzing>().is_err());
    assert_eq!(
        "s3".parse::<ThemaVerwijzing>(),
        Ok(ThemaVerwijzing::Strategisch(
            StrategischThema::Informatiemanagement
        ))
    );
}

/// A theme list of codes costs the list and nothing more, now that a list may also hold own
/// names: the recognition runs only for an entry that is no code or name.
#[test]
fn een_lijst_van_codes_kost_alleen_de_lijst() {
    let codes = r#"{"naam": "", "themas": ["5.2", "1.3", "S1", "Jeugdoverlast"]}"#;
    let mut gelezen = None;
    assert_eq!(
        allocaties(
            || gelezen = serde_json::from_str::<kernbeleid::document::Themauitwerking>(codes).ok()
        ),
        1
    );
    let gelezen = gelezen.expect("gelezen");
    assert_eq!(gelezen.themas.len(), 4);
    assert!(gelezen.eigen_namen.is_empty());
}

/// A placeholder costs its aanwijzing and nothing more: its key is compared where it stands in
/// the text. A measurement table's first key is handed on the same way. An escaped key (which
/// serde_json unescapes into a buffer of its own) is still recognised.
#[test]
fn een_plaatshouder_lezen_kost_alleen_de_aanwijzing() {
    use kernbeleid::document::{Invulbaar, Meting, Tekst};

    let mut tekst = None;
    let n =
        allocaties(|| tekst = serde_json::from_str::<Tekst>(r#"{"in_te_vullen": "Wat?"}"#).ok());
    assert_eq!(n, 1);
    assert_eq!(tekst, Some(Invulbaar::in_te_vullen("Wat?")));

    let mut meting = None;
    let n = allocaties(|| {
        meting = serde_json::from_str::<Invulbaar<Meting>>(r#"{"jaar": 2026, "waarde": 1.5}"#).ok()
    });
    assert_eq!(n, 0);
    assert_eq!(
        meting,
        Some(Invulbaar::Waarde(Meting {
            jaar: 2026,
            waarde: 1.5
        }))
    );

    let ontsnapt = r#"{"in_te\u005fvullen": "Wat?"}"#;
    assert_eq!(
        serde_json::from_str::<Tekst>(ontsnapt).ok(),
        Some(Invulbaar::in_te_vullen("Wat?"))
    );
    let ontsnapt_meting = r#"{"ja\u0061r": 2026, "waarde": 1.5}"#;
    assert_eq!(
        serde_json::from_str::<Invulbaar<Meting>>(ontsnapt_meting).ok(),
        meting
    );
}

#[test]
fn een_thema_lezen_aan_zijn_code_of_naam_alloceert_niets() {
    for invoer in [
        "1.3",
        "5.5",
        "S1",
        "s3",
        " S2 ",
        "Jeugdoverlast",
        "Veilige Publieke Taak",
    ] {
        let mut gelezen = None;
        assert_eq!(
            allocaties(|| gelezen = invoer.parse::<ThemaVerwijzing>().ok()),
            0,
            "{invoer}"
        );
        assert!(gelezen.is_some(), "{invoer}");
    }
}

#[test]
fn onbekende_sleutel() {
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\ntoelichtingg = \"x\"\n"
        )),
        "fout in prioriteiten[0].toelichtingg (regel 6, kolom 1): onbekende sleutel \
         \"toelichtingg\"; toegestaan zijn: naam, andere_namen, themas, eigen_namen, toelichting, doelstelling_kwalitatief, \
         effectindicatoren, hoofdlijnen_aanpak, flankerend_beleid, digitale_component, deelthemas, \
         raakvlakken, partners, maatregelen, wet_en_regelgeving"
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON},\n \"prioriteiten\": [{{\"naam\": \"J\", \"themas\": [], \"toelichtingg\": \"x\"}}]}}"
        )),
        "fout in prioriteiten[0].toelichtingg (regel 2, kolom 47): onbekende sleutel \
         \"toelichtingg\"; toegestaan zijn: naam, andere_namen, themas, eigen_namen, toelichting, doelstelling_kwalitatief, \
         effectindicatoren, hoofdlijnen_aanpak, flankerend_beleid, digitale_component, deelthemas, \
         raakvlakken, partners, maatregelen, wet_en_regelgeving"
    );
    // In a nested value, and next to a placeholder.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nnulmeting = {{ jaar = 2020, waard = 1 }}\n"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].nulmeting.waard (regel 8, kolom 28): \
         onbekende sleutel \"waard\"; toegestaan zijn: jaar, waarde"
    );
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n\
             toelichting = {{ in_te_vullen = \"x\", y = 1 }}\n"
        )),
        "fout in prioriteiten[0].toelichting (regel 6, kolom 15): onbekende sleutel \"y\"; \
         toegestaan is: in_te_vullen"
    );
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[coordinatie.voorzieningen]\noverleg = \"elk kwartaal\"\n"
        )),
        "fout in coordinatie.voorzieningen.overleg (regel 4, kolom 1): onbekende waarde \"overleg\"; \
         toegestaan zijn: voortgangsoverleg, voortgangsrapportage, informatiepositie"
    );
}

#[test]
fn onbekend_thema() {
    let verwacht = "onbekend thema \"6.1\": verwacht een veiligheidsthema (code 1.1 tot en met \
                    5.5 of naam) of een strategisch thema (S1, S2, S3 of naam)";
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}\n[[prioriteiten]]\nnaam = \"Jeugd\"\nthemas = [\"3.1\", \"6.1\"]\n"
        )),
        format!("fout in prioriteiten[0].themas[1] (regel 6, kolom 18): {verwacht}")
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON},\n\"prioriteiten\": [{{\"naam\": \"Jeugd\", \"themas\": [\"3.1\", \"6.1\"]}}]}}"
        )),
        format!("fout in prioriteiten[0].themas[1] (regel 2, kolom 54): {verwacht}")
    );
    let fout = Ivp::uit_toml(&format!(
        "{KOP_TOML}[[overige_themas]]\nnaam = \"X\"\nthemas = [\"Jeugdoverlat\"]\n"
    ))
    .unwrap_err();
    assert_eq!(fout.pad, "overige_themas[0].themas[0]");
    assert!(
        fout.bericht.ends_with("(bedoelt u 3.1 Jeugdoverlast?)"),
        "{}",
        fout.bericht
    );
}

#[test]
fn ontbrekende_periode_van() {
    assert_eq!(
        toml_fout("gemeenten = [\"Utrecht\"]\nperiode = { tot = 2030-12-31 }\n"),
        "fout in periode (regel 2, kolom 11): verplichte sleutel \"van\" ontbreekt"
    );
    assert_eq!(
        json_fout("{\"gemeenten\": [\"Utrecht\"],\n \"periode\": {\"tot\": \"2030-12-31\"}}"),
        "fout in periode (regel 2, kolom 33): verplichte sleutel \"van\" ontbreekt"
    );
    assert_eq!(
        toml_fout("periode = { van = 2027-01-01, tot = 2030-12-31 }\n"),
        "fout in het document (regel 1, kolom 1): verplichte sleutel \"gemeenten\" ontbreekt"
    );
}

#[test]
fn verkeerde_datum() {
    let bericht = "ongeldige datum \"2027-13-01\": verwacht een datum als JJJJ-MM-DD \
        (\"2027-01-01\"), DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\"";
    assert_eq!(
        toml_fout("gemeenten = [\"U\"]\nperiode = { van = \"2027-13-01\", tot = 2030-12-31 }\n"),
        format!("fout in periode.van (regel 2, kolom 19): {bericht}")
    );
    assert_eq!(
        json_fout(r#"{"gemeenten": ["U"], "periode": {"van": "2027-13-01", "tot": "2030-12-31"}}"#),
        format!("fout in periode.van (regel 1, kolom 41): {bericht}")
    );
    assert_eq!(
        toml_fout("gemeenten = [\"U\"]\nperiode = { van = 2027-01-01T10:00:00, tot = 2030-12-31 }\n"),
        "fout in periode.van (regel 2, kolom 19): ongeldige datum \"2027-01-01T10:00:00\": verwacht \
         een datum als JJJJ-MM-DD (\"2027-01-01\"), DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
    );
    assert_eq!(
        json_fout(r#"{"gemeenten": ["U"], "periode": {"van": "2027-01-01", "tot": 2030}}"#),
        "fout in periode.tot (regel 1, kolom 62): verwacht een datum als JJJJ-MM-DD maar kreeg \
         het getal 2030"
    );
}

#[test]
fn verkeerd_type() {
    assert_eq!(
        toml_fout("gemeenten = \"Utrecht\"\n"),
        "fout in gemeenten (regel 1, kolom 13): verwacht een lijst maar kreeg de tekst \"Utrecht\""
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON}, \"prioriteiten\": [{{\"naam\": \"J\", \"themas\": [], \"toelichting\": 5}}]}}"
        )),
        "fout in prioriteiten[0].toelichting (regel 1, kolom 143): verwacht tekst maar kreeg het \
         getal 5"
    );
    // "gemeenteraad" is read as raad (see `orgaan_en_besluitdatum`); an unknown organ is not.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}vaststelling = [{{ door = \"wethouder\" }}]\n"
        )),
        "fout in vaststelling[0].door (regel 3, kolom 26): onbekende waarde \"wethouder\"; \
         toegestaan zijn: raad, college, burgemeester, driehoek"
    );
}

#[test]
fn syntaxisfouten() {
    assert_eq!(
        toml_fout("gemeenten = [\"U\"]\nperiode = { van = 2027-01-01, tot = 2030-12-31\n"),
        "fout in het document (regel 2, kolom 47): niet afgesloten inline tabel: verwacht `}`"
    );
    assert_eq!(
        toml_fout("gemeenten = [\"U\"\n"),
        "fout in het document (regel 1, kolom 17): niet afgesloten lijst: verwacht `]`"
    );
    assert_eq!(
        json_fout(&format!("{{{KOP_JSON}")),
        "fout in het document (regel 1, kolom 80): onverwacht einde van de invoer in een object: \
         verwacht `}`"
    );
    assert_eq!(
        json_fout(&format!("{{{KOP_JSON}}} x")),
        "fout in het document (regel 1, kolom 83): onverwachte tekens na het einde van het document"
    );
    assert_eq!(
        json_fout("{\"gemeenten\": [\"U\",]}"),
        "fout in gemeenten (regel 1, kolom 20): overbodige komma"
    );
}

#[test]
fn dubbel_jaar_in_een_reeks_en_oneindig_getal() {
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nreeks = [{{ jaar = 2020, waarde = 1 }}, {{ jaar = 2020, waarde = 2 }}]\n"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].reeks (regel 8, kolom 9): jaar 2020 komt \
         twee keer voor in de reeks"
    );
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nstreefwaarde = {{ jaar = 2026, waarde = nan }}\n"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].streefwaarde.waarde (regel 8, kolom 40): \
         ongeldig getal NaN: verwacht een eindig getal"
    );
}

#[test]
fn plaatshouders() {
    let toml = format!(
        "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n\
         toelichting = {{ in_te_vullen = \"Waarom is dit een prioriteit?\" }}\n\
         [[prioriteiten.effectindicatoren]]\nnaam = {{ in_te_vullen = \"Welke indicator?\" }}\n\
         streefwaarde = {{ in_te_vullen = \"Streefwaarde voor 2030\" }}\n\
         nulmeting = {{ jaar = 2026, waarde = 12.5 }}\n"
    );
    let ivp = Ivp::uit_toml(&toml).unwrap();
    let p = &ivp.prioriteiten[0];
    assert_eq!(
        p.toelichting.as_ref().and_then(Invulbaar::aanwijzing),
        Some("Waarom is dit een prioriteit?")
    );
    let indicator = &p.effectindicatoren[0];
    assert!(indicator.naam.is_in_te_vullen());
    assert!(indicator.streefwaarde.as_ref().unwrap().is_in_te_vullen());
    assert_eq!(
        indicator
            .nulmeting
            .as_ref()
            .unwrap()
            .waarde()
            .unwrap()
            .waarde,
        12.5
    );
    assert_eq!(Ivp::uit_json(&ivp.naar_json()).unwrap(), ivp);
    assert_eq!(Ivp::uit_toml(&ivp.naar_toml().unwrap()).unwrap(), ivp);
}

#[test]
fn periode_uit_tekst_en_jaren() {
    let p: Periode = "2027 – 2030".parse().unwrap();
    assert_eq!(p, Periode::jaren(2027, 2030).unwrap());
    assert_eq!(p.to_string(), "2027-2030");
    let q: Periode = "2027-03-01 t/m 2030-12-31".parse().unwrap();
    assert_eq!(q.to_string(), "2027-03-01 t/m 2030-12-31");
    assert_eq!(q.to_string().parse::<Periode>().unwrap(), q);
    assert_eq!(
        "2030-2027".parse::<Periode>().unwrap_err().to_string(),
        "ongeldige periode \"2030-2027\": verwacht twee jaartallen zoals \"2027-2030\" (het eerste \
         niet na het tweede) of \"2027-03-01 t/m 2030-12-31\""
    );
    assert!("27-30".parse::<Periode>().is_err());
    assert!(Periode::jaren(2030, 2027).is_err());
}

#[test]
fn indicatorbron_houdt_andere_bronnen_zoals_geschreven() {
    for (tekst, bron) in [
        ("politieregistratie", IndicatorBron::Politieregistratie),
        (" Veiligheidsmonitor ", IndicatorBron::Veiligheidsmonitor),
        ("GEMEENTE", IndicatorBron::Gemeente),
        (
            "Jeugdmonitor GGD",
            IndicatorBron::Anders("Jeugdmonitor GGD".into()),
        ),
    ] {
        assert_eq!(tekst.parse::<IndicatorBron>(), Ok(bron.clone()));
        assert_eq!(bron.to_string().parse::<IndicatorBron>(), Ok(bron));
    }
}

#[test]
fn soort_en_formaat_worden_herkend() {
    let ivp = Ivp::uit_toml(KOP_TOML).unwrap();
    let plan = Uitvoeringsplan::uit_toml(
        "gemeenten = [\"U\"]\njaar = 2027\nivp = { periode = { van = 2027-01-01, tot = 2030-12-31 } }\n",
    )
    .unwrap();
    let analyse =
        Veiligheidsanalyse::uit_toml("gemeenten = [\"U\"]\njaar = 2026\nthemas = []\n").unwrap();
    let documenten = [
        Document::from(ivp),
        Document::from(plan),
        Document::from(analyse),
    ];
    for (document, soort) in documenten
        .iter()
        .zip(DocumentSoort::VARIANTS.iter().copied())
    {
        assert_eq!(document.soort(), soort);
        let json = document.naar_json();
        let toml = document.naar_toml().unwrap();
        // By content: JSON starts with `{`.
        assert_eq!(&Document::lees(json.as_bytes(), None).unwrap(), document);
        assert_eq!(&Document::lees(toml.as_bytes(), None).unwrap(), document);
        // By name, whatever the content looks like; with a byte order mark.
        let mut met_bom = b"\xEF\xBB\xBF".to_vec();
        met_bom.extend_from_slice(json.as_bytes());
        assert_eq!(
            &Document::lees(&met_bom, Some(Path::new("plan.JSON"))).unwrap(),
            document
        );
        assert_eq!(
            &Document::lees(toml.as_bytes(), Some(Path::new("pad/naar/plan.toml"))).unwrap(),
            document
        );
        assert_eq!(
            &Document::lees_als(toml.as_bytes(), None, soort).unwrap(),
            document
        );
    }
    // The content decides: TOML named .json is read as TOML, JSON named .toml as JSON; when
    // it does not read, the error says that name and content disagree.
    assert_eq!(
        Document::lees(KOP_TOML.as_bytes(), Some(Path::new("ivp.json"))).unwrap(),
        Document::from(Ivp::uit_toml(KOP_TOML).unwrap())
    );
    let json = format!("{{{KOP_JSON}}}");
    assert_eq!(
        Document::lees(json.as_bytes(), Some(Path::new("ivp.toml"))).unwrap(),
        Document::from(Ivp::uit_json(&json).unwrap())
    );
    let fout = Document::lees(b"gemeenten = [\"U\"]\n", Some(Path::new("ivp.json"))).unwrap_err();
    assert_eq!(fout.formaat, Formaat::Toml);
    assert_eq!(
        fout.to_string(),
        "fout in het document (regel 1, kolom 1): verplichte sleutel \"periode\" ontbreekt \
         (de bestandsnaam zegt JSON, maar de inhoud is gelezen als TOML)"
    );
    assert_eq!(
        DocumentSoort::uit_sleutels(["gemeenten", "jaar", "ivp"]),
        DocumentSoort::Uitvoeringsplan
    );
    assert_eq!(
        DocumentSoort::uit_sleutels(["gemeenten", "aspecten"]),
        DocumentSoort::Analyse
    );
    assert_eq!(
        DocumentSoort::uit_sleutels(["gemeenten", "periode"]),
        DocumentSoort::Ivp
    );
    assert_eq!(
        "Veiligheidsanalyse".parse::<DocumentSoort>(),
        Ok(DocumentSoort::Analyse)
    );
}

fn lees_fout(bytes: &[u8], naam: Option<&Path>) -> LeesFout {
    match Document::lees(bytes, naam) {
        Ok(document) => panic!("gelezen: {document:?}"),
        Err(fout) => fout,
    }
}

#[test]
fn wat_geen_document_is() {
    assert_eq!(
        lees_fout(b"", None).to_string(),
        "fout in het document (regel 1, kolom 1): het document is leeg"
    );
    assert_eq!(
        lees_fout(b" \n\t\n", Some(Path::new("x.json"))).to_string(),
        "fout in het document (regel 1, kolom 1): het document is leeg"
    );
    assert_eq!(
        lees_fout(b"gemeenten = [\"\xc3\"]", None).to_string(),
        "fout in het document (regel 1, kolom 15): geen geldige UTF-8 (byte 0xc3)"
    );
    assert_eq!(
        lees_fout(b"{\n\"a\": \"\xff\"}", None).to_string(),
        "fout in het document (regel 2, kolom 7): geen geldige UTF-8 (byte 0xff)"
    );
    let diep = "[".repeat(200_000);
    assert_eq!(
        lees_fout(diep.as_bytes(), Some(Path::new("diep.json"))).to_string(),
        "fout in het document (regel 1, kolom 1): verwacht een object maar kreeg een lijst"
    );
    assert_eq!(
        lees_fout(diep.as_bytes(), None).bericht,
        "een sleutel zonder aanhalingstekens kan niet leeg zijn: verwacht letters, cijfers, `-` of `_`"
    );
    let diep_json = format!(
        "{{\"gemeenten\": [\"U\"], \"titel\": {}",
        "[".repeat(200_000)
    );
    assert_eq!(
        lees_fout(diep_json.as_bytes(), None).to_string(),
        "fout in titel (regel 1, kolom 31): verwacht tekst maar kreeg een lijst"
    );
    let diep_toml = format!("titel = {}", "[".repeat(200_000));
    assert_eq!(
        lees_fout(diep_toml.as_bytes(), None).to_string(),
        "fout in het document (regel 1, kolom 89): te diep genest"
    );
    let diep_any = format!("{{\"gemeenten\": [\"U\"], \"prioriteiten\": [{{\"naam\": \"X\", \"themas\": [], \"toelichting\": {}", "[".repeat(200_000));
    assert_eq!(
        lees_fout(diep_any.as_bytes(), None).to_string(),
        "fout in prioriteiten[0].toelichting (regel 1, kolom 82): verwacht tekst maar kreeg een lijst"
    );
}

#[test]
fn afgebroken_json_en_toml_geven_een_fout_en_geen_paniek() {
    let ivp = Ivp::uit_toml(include_str!("fixtures/vijfheerenlanden-2023-2026.toml")).unwrap();
    let json = ivp.naar_json();
    let toml = ivp.naar_toml().unwrap();
    for tekst in [json, toml] {
        let mut grenzen: Vec<usize> = (0..tekst.len())
            .step_by(97)
            .filter(|&i| tekst.is_char_boundary(i))
            .collect();
        grenzen.push(tekst.len() - 2);
        for einde in grenzen {
            let afgebroken = &tekst.as_bytes()[..einde];
            // TOML cut at the end of a line may still be a valid document; JSON never is.
            match Document::lees(afgebroken, None) {
                Ok(_) => assert!(!afgebroken.starts_with(b"{")),
                Err(fout) => {
                    assert!(!fout.bericht.is_empty());
                    assert!(fout.regel.is_some(), "{fout:?}");
                }
            }
        }
    }
}

#[test]
fn fouten_en_documenten_zijn_send_en_sync() {
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<LeesFout>();
    is_send_sync::<Document>();
    is_send_sync::<Ivp>();
}

/// Every public error type of `document` goes into `Box<dyn Error + Send + Sync>` with `?`.
#[test]
fn elke_fout_gaat_met_vraagteken_in_een_box() {
    type Resultaat = Result<(), Box<dyn std::error::Error + Send + Sync + 'static>>;
    fn lees() -> Resultaat {
        Document::lees(b"x", None)?;
        Ok(())
    }
    fn bestand() -> Resultaat {
        Document::lees_bestand("bestaat-niet.toml")?;
        Ok(())
    }
    fn thema() -> Resultaat {
        "6.1".parse::<ThemaVerwijzing>()?;
        Ok(())
    }
    fn periode() -> Resultaat {
        "2030-2027".parse::<Periode>()?;
        Ok(())
    }
    fn soort() -> Resultaat {
        "plan".parse::<DocumentSoort>()?;
        Ok(())
    }
    fn andere_soort() -> Resultaat {
        let ivp = Ivp::new(["U"], Periode::jaren(2027, 2030)?);
        Veiligheidsanalyse::try_from(Document::from(ivp))?;
        Ok(())
    }
    fn schrijf() -> Resultaat {
        Err(SchrijfFout {
            bericht: "x".into(),
        })?;
        Ok(())
    }
    for (naam, resultaat) in [
        ("lees", lees()),
        ("bestand", bestand()),
        ("thema", thema()),
        ("periode", periode()),
        ("soort", soort()),
        ("andere_soort", andere_soort()),
        ("schrijf", schrijf()),
    ] {
        assert!(resultaat.is_err(), "{naam}");
    }
}

#[test]
fn document_naar_zijn_eigen_type() {
    let ivp = Ivp::uit_toml(KOP_TOML).unwrap();
    let document = Document::from(ivp.clone());
    assert_eq!(Ivp::try_from(document.clone()), Ok(ivp));
    let fout = Uitvoeringsplan::try_from(document.clone()).unwrap_err();
    assert_eq!(fout.verwacht, DocumentSoort::Uitvoeringsplan);
    assert_eq!(fout.document, document);
    assert_eq!(
        fout.to_string(),
        "verwacht een uitvoeringsplan, maar het document is een IVP"
    );
    assert_eq!(
        Veiligheidsanalyse::try_from(document)
            .unwrap_err()
            .to_string(),
        "verwacht een veiligheidsanalyse, maar het document is een IVP"
    );
}

#[test]
fn een_bestand_lezen() {
    let map = std::env::temp_dir().join(format!("kernbeleid-test-{}", std::process::id()));
    std::fs::create_dir_all(&map).unwrap();
    let goed = map.join("ivp.toml");
    std::fs::write(&goed, KOP_TOML).unwrap();
    assert_eq!(
        Document::lees_bestand(&goed).unwrap(),
        Document::from(Ivp::uit_toml(KOP_TOML).unwrap())
    );

    let weg = map.join("weg.toml");
    let fout = Document::lees_bestand(&weg).unwrap_err();
    assert_eq!(
        fout.to_string(),
        format!(
            "kan bestand \"{}\" niet lezen: het bestand bestaat niet",
            weg.display()
        )
    );
    assert_eq!(fout.bestand(), weg);
    assert!(fout.lees_fout().is_none());

    let fout = Document::lees_bestand(&map).unwrap_err();
    assert_eq!(
        fout.to_string(),
        format!(
            "kan bestand \"{}\" niet lezen: dit is een map, geen bestand",
            map.display()
        )
    );

    let fout = Document::lees_bestand(goed.join("onder")).unwrap_err();
    assert!(
        fout.to_string()
            .ends_with("niet lezen: een deel van het pad is geen map"),
        "{fout}"
    );

    let slecht = map.join("slecht.json");
    std::fs::write(&slecht, "{\"gemeenten\": 5}").unwrap();
    let fout = Document::lees_bestand(&slecht).unwrap_err();
    assert_eq!(
        fout.to_string(),
        format!(
            "{}: fout in gemeenten (regel 1, kolom 15): verwacht een lijst maar kreeg het getal 5",
            slecht.display()
        )
    );
    assert_eq!(fout.lees_fout().map(|f| f.pad.as_str()), Some("gemeenten"));
    std::fs::remove_dir_all(&map).unwrap();
}

#[cfg(feature = "schema")]
#[test]
fn schema_beschrijft_de_sleutels() {
    let ivp = DocumentSoort::Ivp.schema();
    assert_eq!(ivp["additionalProperties"], false);
    assert_eq!(ivp["required"], serde_json::json!(["gemeenten", "periode"]));
    let defs = &ivp["$defs"];
    assert_eq!(
        defs["Themauitwerking"]["required"],
        serde_json::json!(["naam", "themas"])
    );
    assert_eq!(
        defs["Periode"]["required"],
        serde_json::json!(["van", "tot"])
    );
    let plan = DocumentSoort::Uitvoeringsplan.schema();
    // `ivp` is optional since a one-year agreements plan carries out no IVP.
    assert_eq!(plan["required"], serde_json::json!(["gemeenten", "jaar"]));
    let analyse = DocumentSoort::Analyse.schema();
    assert_eq!(
        analyse["required"],
        serde_json::json!(["gemeenten", "jaar", "themas"])
    );
    // Every object in every schema is closed.
    fn gesloten(waarde: &serde_json::Value, pad: &str) {
        match waarde {
            serde_json::Value::Object(map) => {
                if map.get("type") == Some(&serde_json::json!("object"))
                    && map.contains_key("properties")
                {
                    assert_eq!(
                        map.get("additionalProperties"),
                        Some(&serde_json::json!(false)),
                        "{pad}"
                    );
                }
                for (k, v) in map {
                    gesloten(v, &format!("{pad}.{k}"));
                }
            }
            serde_json::Value::Array(lijst) => lijst.iter().for_each(|v| gesloten(v, pad)),
            _ => {}
        }
    }
    for &soort in DocumentSoort::VARIANTS {
        gesloten(&soort.schema(), soort.sleutel());
    }
}

#[test]
fn analyse_met_veld_1_per_aspect_en_namen_bij_invoer() {
    let toml = r#"
gemeenten = ["Utrecht"]
jaar = 2026

[[themas]]
thema = "Objectieve veiligheid"
problematiek = "Woninginbraken in de oude wijken."
cijfers = [{ omschrijving = "Woninginbraken", jaar = 2025, waarde = 312, bron = "politieregistratie" }]

[[themas]]
thema = "3.1"
problematiek = { in_te_vullen = "Welke groepen, waar, wanneer?" }
huidige_aanpak = "Jongerenwerk en politie."
beleidsversterkingen = "Een groepsaanpak."

[[aspecten]]
aspect = "Toezicht en handhaving"
huidige_aanpak = "Boa's in de wijk."

[[voorstel_prioriteiten]]
veld = "Jeugd en veiligheid"
themas = ["Jeugdoverlast"]
"#;
    let analyse = Veiligheidsanalyse::uit_toml(toml).unwrap();
    assert_eq!(analyse.themas[0].thema, Thema::ObjectieveVeiligheid);
    assert_eq!(
        analyse.themas[0].cijfers[0].waarde,
        Some(Invulbaar::Waarde(312.0))
    );
    assert_eq!(analyse.aspecten[0].aspect.code(), "1.5");
    assert_eq!(analyse.voorstel_prioriteiten[0].veld.nummer(), 3);
    let json = analyse.naar_json();
    assert!(json.contains("\"aspect\": \"1.5\""), "{json}");
    assert!(json.contains("\"veld\": 3"), "{json}");
    assert_eq!(Veiligheidsanalyse::uit_json(&json).unwrap(), analyse);
    assert_eq!(
        Document::lees(toml.as_bytes(), None).unwrap().soort(),
        DocumentSoort::Analyse
    );
    let fout = Veiligheidsanalyse::uit_toml(&toml.replace("Toezicht en handhaving", "Toezicht"))
        .unwrap_err();
    assert_eq!(fout.pad, "aspecten[0].aspect");
    assert_eq!(fout.regel, Some(17));
}

#[test]
fn uitvoeringsplan_met_actiepunten_en_maatregelen() {
    let json = r#"{
  "gemeenten": ["Vijfheerenlanden"],
  "jaar": 2024,
  "ivp": { "titel": "Integraal Veiligheidsbeleid 2023-2026", "periode": { "van": "2023-01-01", "tot": "2026-12-31" } },
  "vaststelling": [{ "door": "college" }],
  "prioriteiten": [{
    "naam": "Ondermijning",
    "themas": ["5.2"],
    "actiepunten": [{
      "naam": "Integrale controles",
      "maatregelen": [{
        "omschrijving": "Controles in panden, schuren en loodsen",
        "bestuurlijk_trekker": "burgemeester",
        "ambtelijk_trekker": { "in_te_vullen": "Wie bij team Integrale Veiligheid?" },
        "betrokken_partijen": ["politie", "RIEC"],
        "planning": { "start": "2024-01-01", "eind": "2024-12-31" },
        "prestatie_indicator": "Aantal controles"
      }]
    }]
  }]
}"#;
    let plan = Uitvoeringsplan::uit_json(json).unwrap();
    let maatregel = &plan.prioriteiten[0].actiepunten[0].maatregelen[0];
    assert!(maatregel
        .ambtelijk_trekker
        .as_ref()
        .unwrap()
        .is_in_te_vullen());
    assert_eq!(
        maatregel
            .planning
            .as_ref()
            .unwrap()
            .waarde()
            .unwrap()
            .periode()
            .unwrap()
            .eind
            .to_string(),
        "2024-12-31"
    );
    assert_eq!(
        Uitvoeringsplan::uit_toml(&plan.naar_toml().unwrap()).unwrap(),
        plan
    );
    let fout = Uitvoeringsplan::uit_json(&json.replace("\"eind\"", "\"einde\"")).unwrap_err();
    assert_eq!(
        fout.to_string(),
        "fout in prioriteiten[0].actiepunten[0].maatregelen[0].planning.einde (regel 16, kolom 46): \
         onbekende sleutel \"einde\"; toegestaan zijn: start, eind"
    );
}

/// A struct is read from a table (an object) only: the positional form serde's derive also
/// accepts is refused in both formats, at every depth, naming the keys expected. Nothing after
/// the last field can be dropped any more.
#[test]
fn een_struct_alleen_als_tabel() {
    assert_eq!(
        toml_fout(
            "gemeenten = [\"U\"]\nperiode = [\"2027-01-01\", \"2030-12-31\", \"2099-12-31\"]\n"
        ),
        "fout in periode (regel 2, kolom 11): verwacht een tabel { van = …, tot = … } maar kreeg \
         een lijst"
    );
    assert_eq!(
        json_fout(r#"{"gemeenten": ["U"], "periode": ["2027-01-01", "2030-12-31", "2099-12-31"]}"#),
        "fout in periode (regel 1, kolom 33): verwacht een object {\"van\": …, \"tot\": …} maar \
         kreeg een lijst"
    );
    // Also exactly as many elements as fields.
    assert_eq!(
        json_fout(r#"{"gemeenten": ["U"], "periode": ["2027-01-01", "2030-12-31"]}"#),
        "fout in periode (regel 1, kolom 33): verwacht een object {\"van\": …, \"tot\": …} maar \
         kreeg een lijst"
    );
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}buiten_beschouwing = [[\"4.3\", \"reden\", \"VERLOREN\", 42]]\n"
        )),
        "fout in buiten_beschouwing[0] (regel 3, kolom 23): verwacht een tabel { thema = …, \
         reden = … } maar kreeg een lijst"
    );
    let plan = "gemeenten = [\"U\"]\njaar = 2027\nivp = { periode = { van = 2027-01-01, tot = 2030-12-31 } }\n\
                terugblik = [\"beeld\", \"aanpak\", \"VERLOREN\"]\n";
    assert_eq!(
        Uitvoeringsplan::uit_toml(plan).unwrap_err().to_string(),
        "fout in terugblik (regel 4, kolom 13): verwacht een tabel { veiligheidsbeeld = …, \
         aanpak = … } maar kreeg een lijst"
    );
    // A large struct is named by its keys; inside a placeholder's place too.
    assert_eq!(
        json_fout(&format!("{{{KOP_JSON}, \"prioriteiten\": [[\"J\", []]]}}")),
        "fout in prioriteiten[0] (regel 1, kolom 100): verwacht een object met de sleutels naam, \
         andere_namen, themas, eigen_namen, toelichting, doelstelling_kwalitatief, effectindicatoren, hoofdlijnen_aanpak, \
         flankerend_beleid, digitale_component, deelthemas, raakvlakken, partners, maatregelen, \
         wet_en_regelgeving maar kreeg een lijst"
    );
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nnulmeting = [2020, 1]\n"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].nulmeting (regel 8, kolom 13): verwacht een \
         tabel { jaar = …, waarde = … } maar kreeg een lijst"
    );
    // The top of a document, with or without a name.
    assert_eq!(
        lees_fout(
            b"[\"Utrecht\", [\"2027-01-01\", \"2030-12-31\"]]",
            Some(Path::new("a.json"))
        )
        .to_string(),
        "fout in het document (regel 1, kolom 1): verwacht een object maar kreeg een lijst"
    );
}

/// A key occurs once in every map, also in JSON, where serde_json would let the second win.
#[test]
fn dubbele_sleutels_in_een_map() {
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON}, \"coordinatie\": {{\"voorzieningen\": {{\"voortgangsoverleg\": \"EERSTE\", \
             \"voortgangsoverleg\": \"TWEEDE\"}}}}}}"
        )),
        "fout in coordinatie.voorzieningen.voortgangsoverleg (regel 1, kolom 148): sleutel \
         \"voortgangsoverleg\" komt twee keer voor"
    );
    assert_eq!(
        json_fout(&format!("{{{KOP_JSON}, \"gemeenten\": [\"x\"]}}")),
        "fout in het document (regel 1, kolom 83): sleutel \"gemeenten\" komt twee keer voor"
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON}, \"prioriteiten\": [{{\"naam\": \"x\", \"themas\": [], \"toelichting\": \
             {{\"in_te_vullen\": \"a\", \"in_te_vullen\": \"b\"}}}}]}}"
        )),
        "fout in prioriteiten[0].toelichting (regel 1, kolom 165): sleutel \"in_te_vullen\" komt \
         twee keer voor"
    );
    // TOML refuses duplicates in its syntax already.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[coordinatie.voorzieningen]\nvoortgangsoverleg = \"a\"\nvoortgangsoverleg = \"b\"\n"
        )),
        "fout in het document (regel 5, kolom 1): sleutel komt twee keer voor"
    );
}

/// Every kind of read error named in the issues, pinned in both formats where it applies: Dutch,
/// pointing at the right place, saying what was expected in the document's own form.
#[test]
fn fouten_die_een_coordinator_begrijpt() {
    let ivp_toml =
        |periode: &str| toml_fout(&format!("gemeenten = [\"U\"]\nperiode = {periode}\n"));
    let ivp_json = |periode: &str| {
        json_fout(&format!(
            "{{\"gemeenten\": [\"U\"], \"periode\": {periode}}}"
        ))
    };

    // A table where a date is required.
    assert_eq!(
        ivp_json(r#"{"van": "2027-01-01", "tot": {}}"#),
        "fout in periode.tot (regel 1, kolom 63): verwacht een datum als JJJJ-MM-DD maar kreeg \
         een object"
    );
    assert_eq!(
        ivp_toml("{ van = 2027-01-01, tot = {} }"),
        "fout in periode.tot (regel 2, kolom 37): verwacht een datum als JJJJ-MM-DD maar kreeg \
         een tabel"
    );
    // A placeholder where a date is required.
    let plaatshouder =
        "hier is een datum verplicht; een plaatshouder (in_te_vullen) kan hier niet \
                        staan: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld \"2027-01-01\"";
    assert_eq!(
        ivp_toml("{ van = 2027-01-01, tot = { in_te_vullen = \"x\" } }"),
        format!("fout in periode.tot (regel 2, kolom 37): {plaatshouder}")
    );
    assert_eq!(
        ivp_json(r#"{"van": {"in_te_vullen": "x"}, "tot": "2030-12-31"}"#),
        format!("fout in periode.van (regel 1, kolom 42): {plaatshouder}")
    );
    // A bad TOML integer.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nnulmeting = {{ jaar = 0xZZ, waarde = 1 }}\n"
        )),
        "fout in het document (regel 8, kolom 24): ongeldig hexadecimaal getal"
    );
    assert_eq!(
        toml_fout(&format!("{KOP_TOML}titel = 1e\n")),
        "fout in het document (regel 3, kolom 11): ongeldige exponent in een getal: verwacht cijfers"
    );
    // A date that does not exist.
    let schrikkel =
        "ongeldige datum \"2023-02-29\": die dag bestaat niet: 2023 is geen schrikkeljaar";
    assert_eq!(
        ivp_toml("{ van = 2023-02-29, tot = 2026-12-31 }"),
        format!("fout in periode.van (regel 2, kolom 19): {schrikkel}")
    );
    assert_eq!(
        ivp_json(r#"{"van": "2023-02-29", "tot": "2026-12-31"}"#),
        format!("fout in periode.van (regel 1, kolom 41): {schrikkel}")
    );
    assert_eq!(
        ivp_toml("{ van = 2023-01-01, tot = 2026-04-31 }"),
        "fout in periode.tot (regel 2, kolom 37): ongeldige datum \"2026-04-31\": die dag \
         bestaat niet: april 2026 heeft 30 dagen"
    );
    // Two bad dates in one inline table: the first is reported.
    assert_eq!(
        ivp_toml("{ van = \"2027-13-01\", tot = \"2030-14-31\" }"),
        "fout in periode.van (regel 2, kolom 19): ongeldige datum \"2027-13-01\": verwacht een \
         datum als JJJJ-MM-DD (\"2027-01-01\"), DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
    );
    assert_eq!(
        ivp_json(r#"{"van": "2027-13-01", "tot": "2030-14-31"}"#),
        "fout in periode.van (regel 1, kolom 41): ongeldige datum \"2027-13-01\": verwacht een \
         datum als JJJJ-MM-DD (\"2027-01-01\"), DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
    );
    // A number where a measurement is expected: the expected form, no Rust type name.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nnulmeting = 82\n"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].nulmeting (regel 8, kolom 13): verwacht een \
         tabel { jaar = …, waarde = … } maar kreeg het getal 82"
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON}, \"prioriteiten\": [{{\"naam\": \"J\", \"themas\": [], \
             \"effectindicatoren\": [{{\"naam\": \"x\", \"streefwaarde\": 82}}]}}]}}"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].streefwaarde (regel 1, kolom 180): verwacht \
         een object {\"jaar\": …, \"waarde\": …} maar kreeg het getal 82"
    );
    assert_eq!(
        json_fout(&format!("{{{KOP_JSON}, \"uitgangssituatie\": 5}}")),
        "fout in uitgangssituatie (regel 1, kolom 103): verwacht een object {\"algemeen\": …, \
         \"velden\": …, \"bronnen\": …} maar kreeg het getal 5"
    );
    assert_eq!(
        toml_fout(&format!("{KOP_TOML}vaststelling = [{{ door = 5 }}]\n")),
        "fout in vaststelling[0].door (regel 3, kolom 26): verwacht een van de waarden raad, \
         college, burgemeester, driehoek (als tekst)"
    );
    assert_eq!(
        json_fout(&format!(
            "{{{KOP_JSON}, \"vaststelling\": [{{\"door\": 5}}]}}"
        )),
        "fout in vaststelling[0].door (regel 1, kolom 109): verwacht een van de waarden raad, \
         college, burgemeester, driehoek (als tekst)"
    );
    // One stray key at the top does not make an IVP an analysis: the key is named.
    let bericht = "onbekende sleutel \"themas\"; toegestaan zijn: gemeenten, titel, periode, \
                   vaststelling, vindplaats, partners, analyse, uitgangssituatie, \
                   strategische_doelstelling, strategische_uitgangspunten, \
                   inleiding_prioriteiten, prioriteiten, going_concern, overige_themas, \
                   buiten_beschouwing, coordinatie, begroting, lokale_paragrafen, ongeplaatst";
    let toml =
        format!("{KOP_TOML}themas = [\"1.1\"]\n[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n");
    assert_eq!(
        lees_fout(toml.as_bytes(), None).to_string(),
        format!("fout in themas (regel 3, kolom 1): {bericht}")
    );
    let json = format!(
        "{{{KOP_JSON}, \"themas\": [\"1.1\"], \"prioriteiten\": [{{\"naam\": \"J\", \"themas\": []}}]}}"
    );
    assert_eq!(
        lees_fout(json.as_bytes(), None).to_string(),
        format!("fout in themas (regel 1, kolom 83): {bericht}")
    );
    // A key of the document written after a [table] header belongs above it.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[coordinatie]\nambtelijk = \"Regieteam\"\ntitel = \"IVP Utrecht\"\n"
        )),
        "fout in coordinatie.titel (regel 5, kolom 1): onbekende sleutel \"titel\"; toegestaan \
         zijn: ambtelijk, bestuurlijk, beleidscyclus, voorzieningen; \"titel\" is een sleutel van \
         het document zelf en hoort bovenaan, boven de eerste tabelkop: wat op regel 5 staat, \
         hoort in TOML bij de tabel [coordinatie] erboven"
    );
    // A number too large for a year.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = []\n[[prioriteiten.effectindicatoren]]\n\
             naam = \"x\"\nnulmeting = {{ jaar = 99999999999999999999, waarde = 1 }}\n"
        )),
        "fout in prioriteiten[0].effectindicatoren[0].nulmeting.jaar (regel 8, kolom 22): \
         verwacht een geheel getal maar kreeg het getal 99999999999999999999"
    );
    // Two dates that do not exist in one inline table: the first is reported, with its key
    // path, in both formats and through kind detection.
    let eerste = "ongeldige datum \"2023-02-30\": die dag bestaat niet: februari 2023 heeft 28 \
                  dagen";
    assert_eq!(
        ivp_toml("{ van = 2023-02-30, tot = 2030-13-31 }"),
        format!("fout in periode.van (regel 2, kolom 19): {eerste}")
    );
    assert_eq!(
        lees_fout(
            b"gemeenten = [\"U\"]\nperiode = { van = 2023-02-30, tot = 2030-13-31 }\n",
            None
        )
        .to_string(),
        format!("fout in periode.van (regel 2, kolom 19): {eerste}")
    );
    assert_eq!(
        ivp_json(r#"{"van": "2023-02-30", "tot": "2030-13-31"}"#),
        format!("fout in periode.van (regel 1, kolom 41): {eerste}")
    );
    // Only the second bad: that one, with its path.
    assert_eq!(
        ivp_toml("{ van = 2023-02-01, tot = 2030-13-31 }"),
        "fout in periode.tot (regel 2, kolom 37): ongeldige datum \"2030-13-31\": verwacht een \
         datum als JJJJ-MM-DD (\"2027-01-01\"), DD-MM-JJJJ (\"01-01-2027\") of \"1 januari 2027\""
    );
    // A period as text that is none.
    let periode = "ongeldige periode \"2030\": verwacht twee jaartallen zoals \"2027-2030\" (het \
                   eerste niet na het tweede) of \"2027-03-01 t/m 2030-12-31\"";
    assert_eq!(
        ivp_toml("\"2030\""),
        format!("fout in periode (regel 2, kolom 11): {periode}")
    );
    assert_eq!(
        ivp_json("\"2030\""),
        format!("fout in periode (regel 1, kolom 33): {periode}")
    );
    // A local name that names several themes, and an aspect of veld 1 where a theme is
    // expected (pinned in full in test_document_plannen).
    assert!(toml_fout(&format!(
        "{KOP_TOML}[[prioriteiten]]\nnaam = \"J\"\nthemas = [\"Drugs\"]\n"
    ))
    .starts_with(
        "fout in prioriteiten[0].themas[0] (regel 5, kolom 11): thema \"Drugs\" is niet \
         eenduidig: verwacht één veiligheidsthema"
    ));
    assert!(json_fout(&format!(
        "{{{KOP_JSON}, \"prioriteiten\": [{{\"naam\": \"J\", \"themas\": [\"betrekken bewoners\"]}}]}}"
    ))
    .starts_with(
        "fout in prioriteiten[0].themas[0] (regel 1, kolom 125): \"betrekken bewoners\" is een \
         aspect van de aanpak van veld 1"
    ));
    // An adoption date that does not exist.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}vaststelling = [{{ door = \"raad\", datum = \"30 februari\" }}]\n"
        )),
        "fout in vaststelling[0].datum (regel 3, kolom 42): ongeldige datum \"30 februari\": \
         verwacht een datum als JJJJ-MM-DD (\"2017-03-12\") of een dag en maand die bestaan \
         (\"12 maart\")"
    );
    // And one that does not exist as a TOML date, in a list of tables.
    assert_eq!(
        toml_fout(&format!(
            "{KOP_TOML}[[vaststelling]]\ndoor = \"raad\"\ndatum = 2017-02-29\n"
        )),
        "fout in vaststelling[0].datum (regel 5, kolom 9): ongeldige datum \"2017-02-29\": die dag \
         bestaat niet: 2017 is geen schrikkeljaar"
    );
}

/// The keys kind detection works with are those of the types and of the schema.
#[cfg(feature = "schema")]
#[test]
fn sleutels_per_soort_volgen_het_schema() {
    for &soort in DocumentSoort::VARIANTS {
        let schema = soort.schema();
        let verplicht: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(verplicht, soort.verplicht(), "{soort}");
        let mut sleutels: Vec<&str> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut eigen = soort.sleutels().to_vec();
        sleutels.sort_unstable();
        eigen.sort_unstable();
        assert_eq!(sleutels, eigen, "{soort}");
    }
}

/// The TOML examples of the README's section on documents read as the IVPs they show.
#[test]
fn de_voorbeelden_in_de_readme_lezen() {
    let readme = include_str!("../README.md");
    let mut gelezen = 0;
    for blok in readme.split("```toml\n").skip(1) {
        let Some((toml, _)) = blok.split_once("```") else {
            continue;
        };
        if !toml.starts_with("gemeenten") {
            continue;
        }
        let ivp = kernbeleid::document::Ivp::uit_toml(toml)
            .unwrap_or_else(|e| panic!("README-voorbeeld leest niet: {e}\n{toml}"));
        assert!(!ivp.prioriteiten.is_empty());
        gelezen += 1;
    }
    assert!(gelezen >= 2, "{gelezen} voorbeelden gevonden");
}
