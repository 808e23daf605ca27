//! An independent reader opens the .docx: python-docx (its own `Document.tables`) when
//! `python3 -c "import docx"` works, else LibreOffice (`soffice`) when it is on the PATH; it must see the headings (with Word's
//! heading levels) and the tables (header row and rows) that the HTML page of the same document
//! has. Without either reader the test says it was skipped, and passes. `KBV_WORD_LEZER=soffice`
//! chooses LibreOffice where both are there.
//!
//! With `soffice` and `pdftotext` on the PATH each kind of document is also converted to PDF (one
//! LibreOffice run, killed after two minutes): the cover page comes first, then the contents with
//! a page number for every heading, and each heading stands on the page the contents gives.
#![cfg(feature = "word")]

use std::path::{Path, PathBuf};
use std::process::Command;

use kernbeleid::document::{Document, Periode};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::{docx, html};

const PYTHON: &str = r#"
import json, sys
import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
body = d.element.body
koppen = []
# The numbers Word gives the headings: from the numbering linked to the heading style (its
# w:numPr), unless the paragraph switches it off (w:numId 0).
tellers = [0] * 9
for p in body.iter(qn('w:p')):
    stijl = p.find(qn('w:pPr') + '/' + qn('w:pStyle'))
    if stijl is None:
        continue
    s = d.styles.get_by_id(stijl.get(qn('w:val')), docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    naam = s.name
    if naam.startswith('Heading '):
        tekst = ''.join(t.text or '' for t in p.iter(qn('w:t')))
        uit = p.find(qn('w:pPr') + '/' + qn('w:numPr') + '/' + qn('w:numId'))
        num = s.element.find(qn('w:pPr') + '/' + qn('w:numPr'))
        if num is not None and (uit is None or uit.get(qn('w:val')) != '0'):
            niveau = int(num.find(qn('w:ilvl')).get(qn('w:val')))
            tellers[niveau] += 1
            for i in range(niveau + 1, 9):
                tellers[i] = 0
            tekst = '.'.join(str(t) for t in tellers[:niveau + 1]) + ' ' + tekst
        koppen.append([int(naam.split(' ')[1]), tekst])
tabellen = []
# d.tables: the tables python-docx itself finds (direct children of the body). Their data rows
# stand in a repeating section (a content control around rows), which python-docx's
# table.rows does not enter; the rows are counted in the XML.
for t in d.tables:
    tbl = t._tbl
    kop = [''.join(x.text or '' for x in c._tc.iter(qn('w:t'))) for c in t.rows[0].cells]
    grid = len(tbl.find(qn('w:tblGrid')).findall(qn('w:gridCol')))
    tabellen.append([kop, len(list(tbl.iter(qn('w:tr')))), grid])
print(json.dumps({'koppen': koppen, 'tabellen': tabellen}))
"#;

fn documenten() -> Vec<(&'static str, Document)> {
    let opties = IvpOpties::new(
        ["Vijfheerenlanden"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("Ondermijning=5.2+2.5,Jeugd=3.1+3.2,1.3").expect("keuze"),
    );
    let ivp = skelet::ivp(&opties);
    #[allow(unused_mut)]
    let mut uit = vec![
        (
            "uitvoeringsplan",
            Document::from(skelet::uitvoeringsplan(&ivp)),
        ),
        ("ivp", Document::from(ivp)),
        (
            "analyse",
            Document::from(skelet::analyse(["Utrecht"], 2026)),
        ),
    ];
    #[cfg(feature = "cijfers")]
    uit.push(("ivp-cijfers", Document::from(ivp_met_cijfers())));
    uit
}

/// An IVP with the measured figures of the fixtures: its effect indicators' tables have seven
/// columns.
#[cfg(feature = "cijfers")]
fn ivp_met_cijfers() -> kernbeleid::document::Ivp {
    use kernbeleid::cijfers::{bereken, lees, Koppeling, Regionamen};
    let fixture = |naam: &str| {
        let pad = format!(
            "{}/tests/fixtures/cijfers/{naam}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(&pad).unwrap_or_else(|e| panic!("{pad}: {e}"))
    };
    let namen = Regionamen::lees(fixture("cbs-regios.csv").as_slice()).expect("namen");
    let mut bestanden: Vec<_> = [
        "politie-47013-gemeente-maand.csv",
        "cbs-85146-veiligheidsmonitor.csv",
    ]
    .iter()
    .map(|n| lees(fixture(n).as_slice()).expect("download"))
    .collect();
    for b in &mut bestanden {
        b.benoem(&namen);
    }
    let cijfers = bereken(&bestanden, &Koppeling::standaard(), None).expect("bereken");
    let mut ivp = skelet::ivp(&IvpOpties::new(
        ["Amsterdam"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,3.1").expect("keuze"),
    ));
    assert!(!skelet::vul_cijfers(&mut ivp, &cijfers).is_empty());
    ivp
}

/// The words of the HTML page's tables that must not break inside: every header cell's, and
/// every cell's of the effect indicators' tables (those that grow to seven columns with
/// figures). A word is split at white space and after a hyphen, where a line may break.
fn heel_te_houden(document: &Document) -> Vec<String> {
    let pagina = html::schrijf(document);
    let mut woorden = Vec::new();
    let mut erbij = |tekst: &str| {
        let tekst = ontsnapping_weg(tekst);
        for w in tekst.split(|c: char| c.is_whitespace() || c == '-') {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().count() >= 4 {
                woorden.push(w.to_owned());
            }
        }
    };
    for tabel in pagina.split("<table>").skip(1) {
        let tabel = tabel.split("</table>").next().unwrap_or_default();
        for c in tabel.split("<th scope=\"col\">").skip(1) {
            erbij(c.split("</th>").next().unwrap_or_default());
        }
        let bijschrift = tabel.split("</caption>").next().unwrap_or_default();
        if bijschrift.contains("ffectindicatoren") {
            let lichaam = tabel.split("<tbody>").nth(1).unwrap_or_default();
            // The text between the tags; a placeholder's "[in te vullen: " is not in Word.
            let tekst: String = lichaam
                .split('<')
                .filter_map(|s| s.split_once('>').map(|(_, t)| t))
                .collect::<Vec<_>>()
                .join(" ")
                .replace("[in te vullen: ", " ");
            erbij(&tekst);
        }
    }
    woorden
}

fn ontsnapping_weg(t: &str) -> String {
    quick_xml::escape::unescape(t).map_or_else(|_| t.to_owned(), |t| t.into_owned())
}

/// Headings: (level, text).
type Koppen = Vec<(u8, String)>;
/// Tables: (header cells, number of rows).
type Tabellen = Vec<(Vec<String>, usize)>;

/// The headings (level 1 to 3) and tables of the HTML page.
fn verwacht(document: &Document) -> (Koppen, Tabellen) {
    let pagina = html::schrijf(document);
    let mut koppen = Vec::new();
    for regel in pagina.lines() {
        for niveau in 2..=4u8 {
            let open = format!("<h{niveau} id=\"kop-");
            if let Some(rest) = regel.strip_prefix(&open) {
                let tekst = rest
                    .split_once('>')
                    .map(|(_, t)| t)
                    .unwrap_or_default()
                    .trim_end_matches(&format!("</h{niveau}>"))
                    .to_owned();
                koppen.push((niveau - 1, ontsnapping_weg(&tekst)));
            }
        }
    }
    let mut tabellen = Vec::new();
    for tabel in pagina.split("<table>").skip(1) {
        let tabel = tabel.split("</table>").next().unwrap_or_default();
        let kop: Vec<String> = tabel
            .split("<th scope=\"col\">")
            .skip(1)
            .map(|c| ontsnapping_weg(c.split("</th>").next().unwrap_or_default()))
            .collect();
        let rijen = tabel.matches("<tr>").count();
        tabellen.push((kop, rijen));
    }
    (koppen, tabellen)
}

fn python_docx_werkt() -> bool {
    Command::new("python3")
        .args(["-c", "import docx"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn soffice_werkt() -> bool {
    Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn map() -> PathBuf {
    let map = std::env::temp_dir().join(format!("kernbeleid-word-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    map
}

fn schrijf(map: &Path, naam: &str, document: &Document) -> PathBuf {
    let pad = map.join(format!("{naam}.docx"));
    std::fs::write(&pad, docx::schrijf(document).expect("schrijven")).expect("schrijven");
    pad
}

#[test]
fn een_andere_lezer_ziet_dezelfde_koppen_en_tabellen() {
    // KBV_WORD_LEZER=soffice takes LibreOffice even where python-docx is there.
    let soffice_gevraagd = std::env::var("KBV_WORD_LEZER").is_ok_and(|l| l == "soffice");
    if python_docx_werkt() && !soffice_gevraagd {
        met_python_docx();
    } else if soffice_werkt() {
        met_libreoffice();
    } else {
        println!(
            "overgeslagen: geen python-docx (pip install python-docx) en geen soffice op het PATH"
        );
    }
}

fn met_python_docx() {
    let map = map();
    for (naam, document) in documenten() {
        let pad = schrijf(&map, naam, &document);
        let uit = Command::new("python3")
            .args(["-c", PYTHON])
            .arg(&pad)
            .output()
            .expect("python3");
        assert!(
            uit.status.success(),
            "{}",
            String::from_utf8_lossy(&uit.stderr)
        );
        let gezien: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
        let koppen: Koppen = gezien["koppen"]
            .as_array()
            .expect("koppen")
            .iter()
            .map(|k| {
                (
                    k[0].as_u64().unwrap_or(0) as u8,
                    k[1].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect();
        let tabellen: Tabellen = gezien["tabellen"]
            .as_array()
            .expect("tabellen")
            .iter()
            .map(|t| {
                let kop = t[0]
                    .as_array()
                    .expect("kop")
                    .iter()
                    .map(|c| c.as_str().unwrap_or("").to_owned())
                    .collect::<Vec<_>>();
                assert_eq!(
                    t[2].as_u64(),
                    Some(kop.len() as u64),
                    "het raster heeft een kolom per cel"
                );
                (kop, t[1].as_u64().unwrap_or(0) as usize)
            })
            .collect();
        let (verwachte_koppen, verwachte_tabellen) = verwacht(&document);
        assert!(!verwachte_koppen.is_empty() && !verwachte_tabellen.is_empty());
        assert_eq!(koppen, verwachte_koppen, "{naam}");
        assert_eq!(tabellen, verwachte_tabellen, "{naam}");
    }
    let _ = std::fs::remove_dir_all(&map);
    println!("python-docx las de koppen en tabellen van ivp, uitvoeringsplan en analyse");
}

fn met_libreoffice() {
    let map = map();
    for (naam, document) in documenten() {
        let pad = schrijf(&map, naam, &document);
        let uit = Command::new("soffice")
            .args([
                "--headless",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
            ])
            .arg(&map)
            .arg(&pad)
            .output()
            .expect("soffice");
        assert!(
            uit.status.success(),
            "{}",
            String::from_utf8_lossy(&uit.stderr)
        );
        let tekst = std::fs::read_to_string(map.join(format!("{naam}.txt"))).expect("tekst");
        let (koppen, tabellen) = verwacht(&document);
        let mut vanaf = 0;
        for (_, kop) in &koppen {
            let plek = tekst[vanaf..]
                .find(kop.as_str())
                .unwrap_or_else(|| panic!("{naam}: kop {kop:?} niet (in volgorde) gevonden"));
            vanaf += plek + kop.len();
        }
        for (kop, _) in &tabellen {
            for cel in kop {
                assert!(tekst.contains(cel.as_str()), "{naam}: tabelkop {cel:?}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&map);
    println!("LibreOffice las de koppen en tabellen van ivp, uitvoeringsplan en analyse");
}

/// Runs `programma` with `args`, killed after `seconden`: LibreOffice can hang on a machine
/// without a display or with a locked profile, and CI must not wait for it.
fn met_tijdslimiet(programma: &str, args: &[&std::ffi::OsStr], seconden: u64) -> Option<bool> {
    let mut kind = Command::new(programma)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let einde = std::time::Instant::now() + std::time::Duration::from_secs(seconden);
    loop {
        if let Some(status) = kind.try_wait().ok()? {
            return Some(status.success());
        }
        if std::time::Instant::now() > einde {
            let _ = kind.kill();
            let _ = kind.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

fn pdftotext_werkt() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The contents of a PDF's text: (heading, page) per line with a dot leader and a page number,
/// from the page with "Inhoud" up to the first page without such lines.
fn inhoud_van(paginas: &[&str]) -> (usize, Vec<(String, usize)>) {
    let begin = paginas
        .iter()
        .position(|p| p.lines().any(|r| r.trim() == "Inhoud"))
        .expect("een pagina met de inhoud");
    let mut regels = Vec::new();
    for pagina in &paginas[begin..] {
        let mut gevonden = false;
        for regel in pagina.lines() {
            let regel = regel.trim();
            let zonder = regel.trim_end_matches(|c: char| c.is_ascii_digit());
            if zonder.len() == regel.len() || !zonder.ends_with("..") {
                continue;
            }
            let nummer = regel[zonder.len()..].parse().expect("paginanummer");
            regels.push((zonder.trim_end_matches(['.', ' ']).to_owned(), nummer));
            gevonden = true;
        }
        if !gevonden {
            break;
        }
    }
    (begin, regels)
}

#[test]
fn libreoffice_maakt_een_pdf_met_voorblad_inhoud_en_paginanummers() {
    if !soffice_werkt() || !pdftotext_werkt() {
        println!(
            "overgeslagen: geen soffice of pdftotext op het PATH \
             (apt-get install libreoffice-writer-nogui poppler-utils)"
        );
        return;
    }
    // A folder of its own: the other test removes its folder when it is done.
    let map = std::env::temp_dir().join(format!("kernbeleid-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let documenten = documenten();
    let paden: Vec<PathBuf> = documenten
        .iter()
        .map(|(naam, d)| schrijf(&map, naam, d))
        .collect();
    // One LibreOffice for the three files, with a profile of its own (another LibreOffice
    // running does not lock it), killed after two minutes.
    let profiel = format!(
        "-env:UserInstallation=file://{}",
        map.join("profiel").display()
    );
    let mut args: Vec<&std::ffi::OsStr> = vec![
        profiel.as_ref(),
        "--headless".as_ref(),
        "--convert-to".as_ref(),
        "pdf".as_ref(),
        "--outdir".as_ref(),
        map.as_os_str(),
    ];
    args.extend(paden.iter().map(|p| p.as_os_str()));
    // Should a first start with a new profile end before converting: a second try.
    let pdfs: Vec<PathBuf> = documenten
        .iter()
        .map(|(naam, _)| map.join(format!("{naam}.pdf")))
        .collect();
    for _ in 0..2 {
        match met_tijdslimiet("soffice", &args, 120) {
            Some(_) if pdfs.iter().all(|p| p.exists()) => break,
            Some(_) => {}
            None => {
                println!("overgeslagen: soffice gaf binnen twee minuten geen PDF");
                return;
            }
        }
    }
    let missend: Vec<_> = pdfs.iter().filter(|p| !p.exists()).collect();
    assert!(
        missend.is_empty(),
        "soffice maakte geen PDF van {missend:?}"
    );
    for (naam, document) in &documenten {
        let pdf = map.join(format!("{naam}.pdf"));
        let uit = Command::new("pdftotext")
            .args(["-layout", "-enc", "UTF-8"])
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext");
        assert!(uit.status.success(), "{naam}: pdftotext");
        let tekst = String::from_utf8(uit.stdout).expect("utf8");
        let paginas: Vec<&str> = tekst.split('\u{c}').collect();
        let (koppen, _) = verwacht(document);
        let eerste = &koppen.first().expect("koppen").1;
        // The cover page first: the title and the status, nothing of the body.
        let voorblad = paginas[0];
        assert!(voorblad.contains("Concept"), "{naam}: {voorblad}");
        assert!(voorblad.contains("Versie van"), "{naam}: {voorblad}");
        assert!(!voorblad.contains("Inhoud") && !voorblad.contains(eerste.as_str()));
        // No word of a table's header, nor of an effect indicators' table, breaks inside: in
        // pdftotext's reading order a broken word is its two parts on consecutive lines.
        let leesvolgorde = Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(map.join(format!("{naam}.pdf")))
            .arg("-")
            .output()
            .expect("pdftotext");
        let leesvolgorde = String::from_utf8(leesvolgorde.stdout).expect("utf8");
        let woorden = heel_te_houden(document);
        assert!(!woorden.is_empty(), "{naam}: geen tabellen");
        for w in &woorden {
            for (k, _) in w.char_indices().skip(1) {
                let gebroken = format!("{}\n{}", &w[..k], &w[k..]);
                assert!(
                    !leesvolgorde.contains(&gebroken),
                    "{naam}: \"{w}\" breekt in een tabel als {gebroken:?}"
                );
            }
        }
        // Then the contents: every heading with a page number.
        let (begin, inhoud) = inhoud_van(&paginas);
        assert!(begin >= 1, "{naam}: de inhoud staat op het voorblad");
        let titels: Vec<&str> = inhoud.iter().map(|(t, _)| t.as_str()).collect();
        let verwacht: Vec<&str> = koppen.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(titels, verwacht, "{naam}: de inhoud");
        // Each heading stands on the page the contents gives, in order, after the contents.
        let mut vanaf = (begin + 1, 0);
        for (kop, pagina) in &inhoud {
            let (p, r) = (vanaf.0..paginas.len())
                .find_map(|p| {
                    let start = if p == vanaf.0 { vanaf.1 } else { 0 };
                    paginas[p]
                        .lines()
                        .enumerate()
                        .skip(start)
                        .find(|(_, r)| r.trim() == kop.as_str())
                        .map(|(r, _)| (p, r))
                })
                .unwrap_or_else(|| panic!("{naam}: kop {kop:?} niet in de tekst"));
            assert_eq!(p + 1, *pagina, "{naam}: {kop:?} staat op pagina {}", p + 1);
            vanaf = (p, r + 1);
        }
    }
    let _ = std::fs::remove_dir_all(&map);
    println!("LibreOffice maakte PDF's van ivp, uitvoeringsplan en analyse (en een ivp met cijfers): voorblad, inhoud met paginanummers, elke kop, geen woord gebroken in een tabelkop of een tabel van effectindicatoren");
}
