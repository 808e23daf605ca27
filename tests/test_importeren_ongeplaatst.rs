//! Text an import could not place (`ongeplaatst`): shown at the end of the Markdown, HTML and
//! Word output under "Niet geplaatste tekst uit het oorspronkelijke plan", each block under its
//! original heading, and read back into `ongeplaatst` when the draft is imported again.

use kernbeleid::document::{
    Document, Ivp, OngeplaatsteTekst, Periode, Uitvoeringsplan, Veiligheidsanalyse,
};
use kernbeleid::importeren::{importeer_tekst, Opties};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::uitvoer::html;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

const KOP: &str = "Niet geplaatste tekst uit het oorspronkelijke plan";

fn skelet_ivp() -> Ivp {
    let opties = IvpOpties::new(
        ["Utrecht"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2").expect("keuze"),
    );
    skelet::ivp(&opties)
}

fn blokken() -> Vec<OngeplaatsteTekst> {
    vec![
        OngeplaatsteTekst {
            kop: None,
            alineas: vec!["Geldend van 14-07-2023 t/m heden".into()],
        },
        OngeplaatsteTekst {
            kop: Some("1.2 Totstandkoming <IVB>".into()),
            alineas: vec![
                "We spraken met inwoners & partners.".into(),
                "- een gesprek met de politie".into(),
            ],
        },
    ]
}

fn ivp_terug(import: &kernbeleid::importeren::Import) -> &Ivp {
    match &import.document {
        Document::Ivp(ivp) => ivp,
        ander => panic!("verwacht een IVP, kreeg {:?}", ander.soort()),
    }
}

#[test]
fn markdown_en_html_tonen_de_tekst_onder_haar_kop() {
    let mut ivp = skelet_ivp();
    ivp.ongeplaatst = blokken();
    let md = skelet::ivp_naar_markdown(&ivp);
    let begin = md.find(&format!("\n## {KOP}\n")).expect("hoofdstuk");
    let deel = &md[begin..];
    // The chapter is the last, each block under its heading, in order.
    let zonder = deel.find("\n### Vóór de eerste kop\n").expect("zonder kop");
    let geldend = deel
        .find("\nGeldend van 14-07-2023 t/m heden\n")
        .expect("alinea");
    let kop = deel.find("\n### 1.2 Totstandkoming <IVB>\n").expect("kop");
    let partners = deel
        .find("\nWe spraken met inwoners & partners.\n")
        .expect("alinea");
    let lijst = deel.find("\n- een gesprek met de politie").expect("item");
    assert!(zonder < geldend && geldend < kop && kop < partners && partners < lijst);
    assert!(
        !deel[1..].contains("\n## "),
        "het laatste hoofdstuk:\n{deel}"
    );

    let pagina = html::schrijf(&Document::from(ivp.clone()));
    assert!(pagina.contains(KOP));
    assert!(pagina.contains("1.2 Totstandkoming &lt;IVB&gt;"));
    assert!(pagina.contains("We spraken met inwoners &amp; partners."));
    assert!(pagina.find(KOP) < pagina.find("We spraken met inwoners"));

    // Without unplaced text, no such chapter.
    assert!(!skelet::ivp_naar_markdown(&skelet_ivp()).contains(KOP));
}

#[test]
fn elke_soort_toont_haar_ongeplaatste_tekst() {
    let mut up = Uitvoeringsplan::new(
        ["Utrecht"],
        2027,
        Periode::jaren(2027, 2030).expect("periode"),
    );
    up.ongeplaatst = blokken();
    let md = skelet::uitvoeringsplan_naar_markdown(&up);
    assert!(md.contains(&format!("\n## {KOP}\n")), "{md}");
    assert!(md.contains("\nWe spraken met inwoners & partners.\n"));
    let mut a = Veiligheidsanalyse::new(["Utrecht"], 2026);
    a.ongeplaatst = blokken();
    let md = skelet::analyse_naar_markdown(&a);
    assert!(md.contains(&format!("\n## {KOP}\n")), "{md}");
    assert!(md.contains("\n### 1.2 Totstandkoming <IVB>\n"));
    assert!(html::schrijf(&Document::from(a)).contains("Geldend van 14-07-2023 t/m heden"));
}

#[test]
fn de_markdown_leest_terug_in_ongeplaatst() {
    let mut ivp = skelet_ivp();
    ivp.ongeplaatst = blokken();
    let md = skelet::ivp_naar_markdown(&ivp);
    let import = importeer_tekst(&md, &Opties::default()).expect("import");
    let terug = ivp_terug(&import);
    // The draft's own opening lines find no place either; the chapter comes back whole at the
    // end, the heading "Vóór de eerste kop" as no heading.
    assert!(
        terug.ongeplaatst.ends_with(&ivp.ongeplaatst),
        "{:#?}",
        terug.ongeplaatst
    );
    assert_eq!(terug.prioriteiten.len(), ivp.prioriteiten.len());
}

#[cfg(feature = "word")]
#[test]
fn word_toont_de_tekst_en_leest_haar_terug() {
    use kernbeleid::importeren::importeer;
    use kernbeleid::uitvoer::docx;
    let mut ivp = skelet_ivp();
    ivp.ongeplaatst = blokken();
    let document = Document::from(ivp.clone());
    let bytes = docx::schrijf(&document).expect("docx");
    // The crate's own reader: the same document, nothing to report.
    let gelezen = docx::lees(&bytes).expect("lees");
    assert_eq!(gelezen.document, document);
    assert!(gelezen.bevindingen.is_empty(), "{:?}", gelezen.bevindingen);
    // Read as any .docx (headings by style): the blocks come back from the text Word shows.
    let import = importeer(&bytes, &Opties::default()).expect("import");
    assert!(
        ivp_terug(&import).ongeplaatst.ends_with(&ivp.ongeplaatst),
        "{:#?}",
        ivp_terug(&import).ongeplaatst
    );
}

#[test]
fn de_controle_noemt_elke_kop_met_ongeplaatste_tekst() {
    use kernbeleid::controle::{controleer, controleer_ivp, Ernst};
    let mut ivp = skelet_ivp();
    ivp.ongeplaatst = blokken();
    let rapport = controleer_ivp(&ivp);
    let gevonden: Vec<_> = rapport.met_code("KBV-002").collect();
    assert_eq!(gevonden.len(), 2);
    assert!(gevonden.iter().all(|d| d.ernst == Ernst::Hint));
    assert_eq!(gevonden[0].pad, "/ongeplaatst/0");
    assert_eq!(
        gevonden[0].bericht,
        "tekst uit het geïmporteerde plan staat nog niet op zijn plaats: 1 alinea vóór de \
         eerste kop"
    );
    assert_eq!(gevonden[1].pad, "/ongeplaatst/1");
    assert_eq!(
        gevonden[1].bericht,
        "tekst uit het geïmporteerde plan staat nog niet op zijn plaats: 2 alinea's onder de \
         kop '1.2 Totstandkoming <IVB>'"
    );
    // Nothing to move, no finding.
    assert_eq!(controleer_ivp(&skelet_ivp()).met_code("KBV-002").count(), 0);

    // A real plan imported: one finding per heading with unplaced text, for every kind.
    let tekst = include_str!("../bron/ivb-vijfheerenlanden-2023-2026.txt");
    for soort in ["ivp", "uitvoeringsplan", "analyse"] {
        let opties = Opties {
            soort: soort.parse().expect("soort"),
            ..Opties::default()
        };
        let import = importeer_tekst(tekst, &opties).expect("import");
        let blokken = match &import.document {
            Document::Ivp(d) => d.ongeplaatst.len(),
            Document::Uitvoeringsplan(d) => d.ongeplaatst.len(),
            Document::Analyse(d) => d.ongeplaatst.len(),
            Document::Voortgang(_) => unreachable!("geen import"),
        };
        assert!(blokken > 0, "{soort}");
        let rapport = controleer(&import.document);
        assert_eq!(rapport.met_code("KBV-002").count(), blokken, "{soort}");
        assert!(rapport
            .met_code("KBV-002")
            .any(|d| d.bericht.ends_with("onder de kop 'Ondertekening'")));
    }
}

const WOORDEN: &[&str] = &[
    "inwoners", "politie", "wijk", "gesprek", "de", "het", "plan", "overlast", "met", "en",
    "partners", "zorg", "raad",
];

fn zin() -> impl Strategy<Value = String> {
    (vec(select(WOORDEN), 2..12), any::<bool>()).prop_map(|(w, lijst)| {
        let mut z = w.join(" ");
        if let Some(eerste) = z.get(..1).map(str::to_uppercase) {
            z.replace_range(..1, &eerste);
        }
        if lijst {
            format!("- {z}")
        } else {
            format!("{z}.")
        }
    })
}

fn ongeplaatst() -> impl Strategy<Value = Vec<OngeplaatsteTekst>> {
    vec(
        (
            proptest::option::weighted(0.8, vec(select(WOORDEN), 1..5)),
            vec(zin(), 1..4),
        ),
        1..5,
    )
    .prop_map(|blokken| {
        blokken
            .into_iter()
            .enumerate()
            .map(|(i, (kop, alineas))| OngeplaatsteTekst {
                // Headings differ from one block to the next, as the import's do; only text
                // before the plan's first heading has none.
                kop: match kop {
                    None if i == 0 => None,
                    kop => {
                        let woorden = kop.unwrap_or_default();
                        Some(
                            format!("Paragraaf {} {}", i + 1, woorden.join(" "))
                                .trim()
                                .to_owned(),
                        )
                    }
                },
                alineas,
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// The chapter of unplaced text reads back whole, through Markdown and through Word.
    #[test]
    fn ongeplaatste_tekst_blijft_bewaard(lijst in ongeplaatst()) {
        let mut ivp = skelet_ivp();
        ivp.ongeplaatst = lijst;
        let md = skelet::ivp_naar_markdown(&ivp);
        let import = importeer_tekst(&md, &Opties::default()).expect("import");
        prop_assert!(
            ivp_terug(&import).ongeplaatst.ends_with(&ivp.ongeplaatst),
            "{:#?}\n{md}",
            ivp_terug(&import).ongeplaatst
        );
        #[cfg(feature = "word")]
        {
            use kernbeleid::uitvoer::docx;
            let document = Document::from(ivp.clone());
            let bytes = docx::schrijf(&document).expect("docx");
            prop_assert_eq!(&docx::lees(&bytes).expect("lees").document, &document);
            let import = kernbeleid::importeren::importeer(&bytes, &Opties::default())
                .expect("import");
            prop_assert!(
                ivp_terug(&import).ongeplaatst.ends_with(&ivp.ongeplaatst),
                "{:#?}",
                ivp_terug(&import).ongeplaatst
            );
        }
    }
}
