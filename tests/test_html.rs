//! The HTML page: self-contained, printable, semantic and escaped.

use kernbeleid::document::{Document, Invulbaar, Periode};
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
