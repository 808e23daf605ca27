//! The HTML page: self-contained, printable, semantic and escaped.

use kernbeleid::document::{Document, Invulbaar, Periode};
use proptest::prelude::*;

mod strategie;
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::html;

fn ivp() -> kernbeleid::document::Ivp {
    let opties = IvpOpties::new(
        ["Vijfheerenlanden"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("Ondermijning=5.2+2.5,3.1").expect("keuze"),
    );
    skelet::ivp(&opties)
}

#[test]
fn een_pagina_zonder_externe_bronnen() {
    let pagina = html::schrijf(&Document::from(ivp()));
    assert!(
        pagina.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">")
    );
    assert!(pagina.ends_with("</main>\n</body>\n</html>\n"));
    // No external assets: no stylesheet, script, image or font is fetched.
    for extern_ in ["<link", "<script", "<img", "src=", "@import", "url("] {
        assert!(!pagina.contains(extern_), "{extern_}");
    }
    assert!(pagina.contains("<style>"));
    assert!(pagina.contains("@media print"));
    assert!(pagina.contains("@page { size: A4;"));
}

#[test]
fn koppen_volgen_de_hoofdstukken() {
    let pagina = html::schrijf(&Document::from(ivp()));
    assert_eq!(pagina.matches("<h1>").count(), 1);
    assert!(pagina.contains("<h1>Integraal Veiligheidsplan Vijfheerenlanden 2027-2030</h1>"));
    let hoofdstukken: Vec<&str> = pagina
        .lines()
        .filter(|r| r.starts_with("<h2 id=\"kop-"))
        .collect();
    assert_eq!(
        hoofdstukken,
        [
            "<h2 id=\"kop-1\">1 Uitgangssituatie</h2>",
            "<h2 id=\"kop-7\">2 Strategische doelstelling</h2>",
            "<h2 id=\"kop-8\">3 Strategische uitgangspunten</h2>",
            "<h2 id=\"kop-9\">4 Prioriteiten</h2>",
            "<h2 id=\"kop-12\">5 Overige strategische thema&apos;s</h2>",
            "<h2 id=\"kop-18\">6 Coördinatie, beleidscyclus</h2>",
            "<h2 id=\"kop-19\">7 Begroting</h2>",
        ]
    );
    assert!(pagina.contains("<h3 id=\"kop-10\">4.1 Ondermijning</h3>"));
    assert!(pagina.contains("<li class=\"niveau-2\"><a href=\"#kop-10\">4.1 Ondermijning</a></li>"));
}

#[test]
fn tabellen_zijn_toegankelijk() {
    let pagina = html::schrijf(&Document::from(ivp()));
    let tabellen = pagina.matches("<table>").count();
    assert!(tabellen >= 3);
    assert_eq!(pagina.matches("<caption>").count(), tabellen);
    assert_eq!(pagina.matches("<thead>").count(), tabellen);
    assert!(pagina.contains("<caption>Effectindicatoren – Prioriteit 4.1</caption>"));
    assert!(pagina.contains(
        "<tr><th scope=\"col\">Effectindicator</th><th scope=\"col\">Soort</th><th scope=\"col\">Bron</th><th scope=\"col\">Nulmeting</th><th scope=\"col\">Streefwaarde</th></tr>"
    ));
    assert!(!pagina.contains("<th>"), "elke kopcel heeft een scope");
    assert!(pagina.contains("<td><span class=\"in-te-vullen\">[in te vullen: jaar en waarde van de nulmeting]</span></td>"));
}

#[test]
fn suggesties_en_plaatshouders_zijn_zichtbaar() {
    let pagina = html::schrijf(&Document::from(ivp()));
    assert!(pagina.contains(
        "<p class=\"label suggestie\">Partners (uit de handreiking)</p>\n<ul class=\"suggestie\">"
    ));
    assert!(pagina.contains(
        "<span class=\"in-te-vullen\">[in te vullen: waarom is dit prioritair in Vijfheerenlanden?"
    ));
}

#[test]
fn alle_tekst_wordt_ontsnapt() {
    let mut ivp = ivp();
    ivp.titel = Some("IVP <script>alert(1)</script> & meer".into());
    ivp.prioriteiten[0].toelichting = Some(Invulbaar::Waarde(
        "Eerste alinea met \"quotes\" & <b>tags</b>.\n- punt één\n- punt <twee>".into(),
    ));
    let pagina = html::schrijf(&Document::from(ivp));
    assert!(!pagina.contains("<script>"));
    assert!(!pagina.contains("<b>"));
    assert!(pagina.contains("<title>IVP &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer</title>"));
    assert!(pagina.contains(
        "<p>Eerste alinea met &quot;quotes&quot; &amp; &lt;b&gt;tags&lt;/b&gt;.</p>\n<ul>\n<li>punt één</li>\n<li>punt &lt;twee&gt;</li>\n</ul>"
    ));
}

#[test]
fn elk_document_heeft_een_pagina() {
    let ivp = ivp();
    let up = html::schrijf(&Document::from(skelet::uitvoeringsplan(&ivp)));
    assert!(up.contains("<h2 id=\"kop-1\">1 Hoofdlijn IVP"));
    assert!(up.contains("<th scope=\"col\">Bestuurlijk trekker</th>"));
    let analyse = html::schrijf(&Document::from(skelet::analyse(["Utrecht"], 2026)));
    assert!(analyse.contains("<h2 id=\"kop-1\">Veld 1 Veilige woon- en leefomgeving</h2>"));
    assert!(analyse.contains("<h4 id="));
}

#[test]
fn een_voorblad_met_status() {
    let mut ivp = ivp();
    let pagina = html::schrijf(&Document::from(ivp.clone()));
    let voorblad = pagina
        .split_once("<section class=\"voorblad\"")
        .and_then(|(_, rest)| rest.split_once("</section>"))
        .map(|(v, _)| v)
        .expect("voorblad");
    assert!(voorblad.contains("<h1>Integraal Veiligheidsplan Vijfheerenlanden 2027-2030</h1>"));
    assert!(voorblad.contains("<p class=\"gemeenten\">Gemeente Vijfheerenlanden</p>"));
    assert!(voorblad.contains("<p class=\"periode\">2027-2030</p>"));
    assert!(voorblad.contains("<p class=\"status\">Concept</p>"));
    // The cover comes before the contents.
    assert!(pagina.find("class=\"voorblad\"") < pagina.find("<nav class=\"inhoud\""));
    ivp.vaststelling.push(kernbeleid::document::Vaststelling {
        gemeente: None,
        door: kernbeleid::document::Orgaan::Raad,
        datum: Some("2027-03-12".parse().expect("datum")),
    });
    ivp.gemeenten.push("Lopik".into());
    ivp.periode = "2027-03-01 t/m 2030-12-31".parse().expect("periode");
    let pagina = html::schrijf(&Document::from(ivp));
    assert!(pagina.contains("<p class=\"status\">Vastgesteld door de raad op 12 maart 2027</p>"));
    assert!(pagina.contains("<p class=\"gemeenten\">Gemeenten Vijfheerenlanden en Lopik</p>"));
    assert!(pagina.contains("<p class=\"periode\">1 maart 2027 t/m 31 december 2030</p>"));
    assert!(!pagina.contains("2027-03-01"), "datums in woorden");
    assert!(!pagina.contains("Gemeente(n)"));
}

#[test]
fn eigen_partners_zijn_niet_uit_de_handreiking() {
    let mut ivp = ivp();
    ivp.prioriteiten[0].partners = vec!["Stichting Buurtpreventie Vianen".into()];
    let pagina = html::schrijf(&Document::from(ivp.clone()));
    assert!(pagina.contains(
        "<p class=\"label\">Partners</p>\n<ul>\n<li>Stichting Buurtpreventie Vianen</li>"
    ));
    // The handbook's own offer says so, grouped by aspect for veld 1 without a code per item.
    let md = skelet::ivp_naar_markdown(&ivp);
    assert!(md.contains("**Partners (uit de handreiking).**"), "{md}");
    assert!(
        md.contains("**Partners.**\n\n- Stichting Buurtpreventie Vianen"),
        "{md}"
    );
    let opties = IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3").expect("keuze"),
    );
    let veld1 = html::schrijf(&Document::from(skelet::ivp(&opties)));
    assert!(veld1.contains("<p class=\"aspect\">Aspect 1.5 Toezicht en handhaving:</p>"));
    assert!(!veld1.contains("[aspect "));
    assert!(!skelet::ivp_naar_markdown(&skelet::ivp(&opties)).contains("[aspect "));
}

/// Every text of a document, as its JSON holds it: the string leaves, without the keys whose
/// values are codes, closed lists or dates (those are shown in words, not as written).
fn teksten(waarde: &serde_json::Value, sleutel: &str, uit: &mut Vec<String>) {
    const GEEN_TEKST: &[&str] = &[
        "themas",
        "soort",
        "bron",
        "richting",
        "door",
        "datum",
        "van",
        "tot",
        "start",
        "eind",
        "gereed_voor",
        "veld",
        "thema",
        "aspect",
        "raakvlakken",
        "voorzieningen",
    ];
    match waarde {
        serde_json::Value::String(t) if !GEEN_TEKST.contains(&sleutel) => uit.push(t.clone()),
        serde_json::Value::Array(lijst) => {
            for w in lijst {
                teksten(w, sleutel, uit);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, w) in map {
                if !GEEN_TEKST.contains(&k.as_str()) {
                    teksten(w, k, uit);
                }
            }
        }
        _ => {}
    }
}

/// Text as the outputs show it: characters XML cannot hold as U+FFFD, carriage returns
/// dropped, no whitespace at all (line breaks become paragraphs, list items, spaces).
fn vergelijkbaar(t: &str) -> String {
    t.chars()
        .filter(|&c| c != '\r')
        .map(|c| match c {
            '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => c,
            _ => '\u{FFFD}',
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Whether `tekst` stands in `uitvoer` (both made comparable): line by line, a list line
/// without its "- ".
fn staat_in(tekst: &str, uitvoer: &str) -> bool {
    tekst.split('\n').all(|regel| {
        let regel = regel.trim_start().strip_prefix("- ").unwrap_or(regel);
        uitvoer.contains(&vergelijkbaar(regel))
    })
}

/// The text of HTML: tags left out, entities decoded.
fn html_tekst(html: &str) -> String {
    let mut tekst = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => tekst.push(c),
            _ => {}
        }
    }
    ontsnap_terug(&tekst)
}

fn ontsnap_terug(t: &str) -> String {
    t.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of the Word file's body: every `w:t`, entities decoded.
#[cfg(feature = "word")]
fn word_tekst(document: &Document) -> String {
    use std::io::Read;
    let bytes = kernbeleid::uitvoer::docx::schrijf(document).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("lezen");
    let mut tekst = String::new();
    let mut rest = xml.as_str();
    while let Some(begin) = rest.find("<w:t") {
        rest = &rest[begin + 4..];
        // `<w:t>` or `<w:t xml:space="preserve">`, not `<w:tbl>`, `<w:tc>` ...
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let Some(open) = rest.find('>') else { break };
        if rest[..open].ends_with('/') {
            rest = &rest[open + 1..];
            continue;
        }
        rest = &rest[open + 1..];
        let Some(eind) = rest.find("</w:t>") else {
            break;
        };
        tekst.push_str(&rest[..eind]);
        rest = &rest[eind..];
    }
    ontsnap_terug(&tekst)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the document, every text of it stands in its Markdown, its HTML page and (with
    /// the `word` feature) its Word file: no output drops what another shows.
    #[test]
    fn elke_tekst_staat_in_elke_uitvoer(document in strategie::document()) {
        let waarde: serde_json::Value = serde_json::from_str(&document.naar_json()).expect("json");
        let mut alle = Vec::new();
        teksten(&waarde, "", &mut alle);
        // A document may have no text at all (an analyse without gemeenten): nothing to lose.
        let md = match &document {
            Document::Ivp(ivp) => skelet::ivp_naar_markdown(ivp),
            Document::Uitvoeringsplan(up) => skelet::uitvoeringsplan_naar_markdown(up),
            Document::Analyse(a) => skelet::analyse_naar_markdown(a),
            Document::Voortgang(r) => kernbeleid::voortgang::rapportage_naar_markdown(r),
        };
        // A table cell escapes `|` as `\|`; a heading or list item writes the text as it is.
        let md_cel = vergelijkbaar(&md.replace("\\|", "|"));
        let md = vergelijkbaar(&md);
        let pagina = vergelijkbaar(&html_tekst(&html::schrijf(&document)));
        #[cfg(feature = "word")]
        let word = vergelijkbaar(&word_tekst(&document));
        for tekst in &alle {
            prop_assert!(
                staat_in(tekst, &md) || staat_in(tekst, &md_cel),
                "niet in de Markdown: {:?}",
                tekst
            );
            prop_assert!(staat_in(tekst, &pagina), "niet in de HTML: {:?}", tekst);
            #[cfg(feature = "word")]
            prop_assert!(staat_in(tekst, &word), "niet in Word: {:?}", tekst);
        }
    }
}

/// The first of `namen` on the `PATH`.
fn op_het_pad(namen: &[&str]) -> Option<std::path::PathBuf> {
    let pad = std::env::var_os("PATH")?;
    std::env::split_paths(&pad)
        .flat_map(|map| namen.iter().map(move |n| map.join(n)))
        .find(|p| p.is_file())
}

/// Printed from a real browser, the page is a document: the cover first (title, gemeente,
/// status) and alone on its page, the contents next, every heading present, and a page number
/// on every page after the cover. Skipped, saying so, where no Chromium or pdftotext is
/// installed.
#[test]
fn afgedrukt_in_een_browser() {
    let (Some(browser), Some(pdftotext)) = (
        op_het_pad(&["chromium", "chromium-browser", "google-chrome"]),
        op_het_pad(&["pdftotext"]),
    ) else {
        eprintln!("afgedrukt_in_een_browser overgeslagen: geen chromium en pdftotext op het PATH");
        return;
    };
    let map = std::env::temp_dir().join(format!("kernbeleid-html-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let document = Document::from(ivp());
    let pagina = html::schrijf(&document);
    let html_pad = map.join("ivp.html");
    let pdf_pad = map.join("ivp.pdf");
    std::fs::write(&html_pad, &pagina).expect("html schrijven");
    let status = std::process::Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", map.join("profiel").display()))
        .arg(format!("--print-to-pdf={}", pdf_pad.display()))
        .arg(&html_pad)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium");
    assert!(status.success(), "chromium: {status}");
    let uit = std::process::Command::new(&pdftotext)
        .arg(&pdf_pad)
        .arg("-")
        .output()
        .expect("pdftotext");
    let tekst = String::from_utf8_lossy(&uit.stdout).into_owned();
    let _ = std::fs::remove_dir_all(&map);
    let paginas: Vec<&str> = tekst
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    let n = paginas.len();
    assert!(n > 5, "{n} pagina's");
    let zonder_wit = |t: &str| t.split_whitespace().collect::<String>();
    // The cover first, alone: no chapter on it, no page number.
    let voorblad = zonder_wit(paginas[0]);
    for regel in [
        "IntegraalVeiligheidsplanVijfheerenlanden",
        "GemeenteVijfheerenlanden",
        "Concept",
    ] {
        assert!(
            voorblad.contains(regel),
            "voorblad zonder {regel}: {}",
            paginas[0]
        );
    }
    assert!(!voorblad.contains("1Uitgangssituatie") && !voorblad.contains("pagina1"));
    assert!(
        zonder_wit(paginas[1]).starts_with("Inhoud"),
        "{}",
        paginas[1]
    );
    // Every page after the cover numbered.
    for (i, p) in paginas.iter().enumerate().skip(1) {
        let nummer = format!("pagina{}van{n}", i + 1);
        assert!(
            zonder_wit(p).contains(&nummer),
            "pagina {} zonder nummer: {p}",
            i + 1
        );
    }
    // Every heading of the page printed after the contents.
    let na_inhoud = zonder_wit(&paginas[2..].concat());
    let koppen: Vec<String> = pagina
        .lines()
        .filter(|r| {
            r.starts_with("<h2 id=\"kop-")
                || r.starts_with("<h3 id=\"kop-")
                || r.starts_with("<h4 id=\"kop-")
        })
        .map(|r| zonder_wit(&html_tekst(r)))
        .collect();
    assert!(koppen.len() > 10, "{koppen:?}");
    for kop in &koppen {
        assert!(na_inhoud.contains(kop.as_str()), "kop {kop} niet afgedrukt");
    }
    // Each chapter starts a page.
    let hoofdstukken = paginas[2..]
        .iter()
        .filter(|p| {
            let eerste = p.trim_start().lines().next().unwrap_or_default();
            ["1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 "]
                .iter()
                .any(|c| eerste.starts_with(c))
        })
        .count();
    assert_eq!(hoofdstukken, 7, "elk hoofdstuk op een nieuwe pagina");
}

#[test]
fn het_voorblad_zegt_van_wanneer_deze_versie_is() {
    let dag = chrono::NaiveDate::from_ymd_opt(2026, 11, 3).expect("datum");
    let pagina = html::schrijf_op(&Document::from(ivp()), dag);
    let voorblad = &pagina[pagina
        .find("<section class=\"voorblad\"")
        .expect("voorblad")..];
    let voorblad = &voorblad[..voorblad.find("</section>").expect("einde voorblad")];
    let regels: Vec<&str> = voorblad.lines().skip(1).take(6).collect();
    assert_eq!(
        regels,
        [
            "<p class=\"soort\">Integraal Veiligheidsplan</p>",
            "<h1>Integraal Veiligheidsplan Vijfheerenlanden 2027-2030</h1>",
            "<p class=\"gemeenten\">Gemeente Vijfheerenlanden</p>",
            "<p class=\"periode\">2027-2030</p>",
            "<p class=\"status\">Concept</p>",
            "<p class=\"versie\">Versie van 3 november 2026</p>",
        ]
    );
    // Without a day given, the day of writing: the same page but for that line.
    let nu = html::schrijf(&Document::from(ivp()));
    let versie = nu
        .lines()
        .find(|r| r.starts_with("<p class=\"versie\">Versie van "))
        .expect("versie");
    assert_eq!(
        nu.replace(versie, "<p class=\"versie\">Versie van 3 november 2026</p>"),
        pagina
    );
}
