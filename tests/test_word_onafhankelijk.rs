//! An independent reader opens the .docx: python-docx (its own `Document.tables`) when `python3 -c "import docx"` works,
//! else LibreOffice (`soffice`) when it is on the PATH; it must see the headings (with Word's
//! heading levels) and the tables (header row and rows) that the HTML page of the same document
//! has. Without either reader the test says it was skipped, and passes. `KBV_WORD_LEZER=soffice`
//! chooses LibreOffice where both are there.
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
for p in body.iter(qn('w:p')):
    stijl = p.find(qn('w:pPr') + '/' + qn('w:pStyle'))
    if stijl is None:
        continue
    naam = d.styles.get_by_id(stijl.get(qn('w:val')), docx.enum.style.WD_STYLE_TYPE.PARAGRAPH).name
    if naam.startswith('Heading '):
        tekst = ''.join(t.text or '' for t in p.iter(qn('w:t')))
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
    vec![
        (
            "uitvoeringsplan",
            Document::from(skelet::uitvoeringsplan(&ivp)),
        ),
        ("ivp", Document::from(ivp)),
        (
            "analyse",
            Document::from(skelet::analyse(["Utrecht"], 2026)),
        ),
    ]
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
