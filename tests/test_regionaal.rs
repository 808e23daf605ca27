//! The regional view: counts per theme and veld, joint IVPs, CSV; S1 to S3, sub-themes, plans
//! of one gemeente kept apart by period, plans with errors marked; nothing lost, and the order
//! of the input changes nothing but what is documented.

use kernbeleid::catalogus::{StrategischThema, Thema, Veld};
use kernbeleid::document::{Ivp, ThemaVerwijzing};
use kernbeleid::regionaal::{Gemeente, Overzicht, Status};
use kernbeleid::{EnumCount, VariantArray};
use proptest::prelude::*;

#[cfg(feature = "word")]
mod libreoffice;

fn ivp(toml: &str) -> Ivp {
    Ivp::uit_toml(toml).expect("ivp")
}

fn drie() -> Vec<Ivp> {
    vec![
        ivp(r#"
            gemeenten = ["Lopik", "Montfoort"]
            periode = { van = "2027-01-01", tot = "2030-12-31" }
            prioriteiten = [{ naam = "Ondermijning", themas = ["5.2", "2.5"] }]
            overige_themas = [{ naam = "Jeugd", themas = ["3.1", "3.2"] }]
            buiten_beschouwing = [{ thema = "2.2", reden = "geen bedrijventerreinen" }]
            [[lokale_paragrafen]]
            gemeente = "Lopik"
            prioriteiten = [{ naam = "Jeugd, lokaal", themas = ["3.1"] }]
        "#),
        ivp(r#"
            gemeenten = ["Utrecht"]
            periode = { van = "2027-01-01", tot = "2030-12-31" }
            prioriteiten = [{ naam = "HIC", themas = ["1.3"] }, { naam = "Ondermijning", themas = ["Georganiseerde criminaliteit"] }]
            overige_themas = [{ naam = "Digitaal", themas = ["S1", "5.4"] }]
        "#),
    ]
}

#[test]
fn telling_per_thema_en_gezamenlijk_ivp() {
    let ivps = drie();
    let o = Overzicht::van(&ivps);
    let namen: Vec<&str> = o.gemeenten.iter().map(|g| g.naam.as_str()).collect();
    assert_eq!(namen, ["Lopik", "Montfoort", "Utrecht"]);
    let t = o.telling(Thema::OndermijnendeCriminaliteit);
    assert_eq!(
        (t.prioriteit, t.overig, t.buiten_beschouwing, t.niet_genoemd),
        (3, 0, 0, 0)
    );
    // Lopik makes 3.1 a priority in its local paragraph; for Montfoort it stays overig.
    assert_eq!(
        o.gemeenten[0].status(Thema::Jeugdoverlast),
        Status::Prioriteit
    );
    assert_eq!(o.gemeenten[1].status(Thema::Jeugdoverlast), Status::Overig);
    let t = o.telling(Thema::Jeugdoverlast);
    assert_eq!((t.prioriteit, t.overig, t.niet_genoemd), (1, 1, 1));
    assert_eq!(
        o.telling(Thema::VeiligeBedrijventerreinen)
            .buiten_beschouwing,
        2
    );
    assert_eq!(o.telling(Thema::Informatieveiligheid).overig, 1);
    let v = o.telling_veld(Veld::JeugdEnVeiligheid);
    assert_eq!((v.prioriteit, v.overig, v.niet_genoemd), (1, 1, 1));
    // S1 stays: Utrecht names it as an other theme.
    let s1 = o.telling(StrategischThema::GedigitaliseerdeCriminaliteit);
    assert_eq!((s1.prioriteit, s1.overig, s1.niet_genoemd), (0, 1, 2));
}

#[test]
fn csv_een_rij_per_thema() {
    let csv = Overzicht::van(&drie()).naar_csv();
    let regels: Vec<&str> = csv.lines().collect();
    // The header, 22 themes, S1 to S3, five rows on the columns.
    assert_eq!(regels.len(), 1 + 22 + 3 + 5);
    assert_eq!(
        regels[0],
        "code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Lopik,Montfoort,Utrecht"
    );
    assert_eq!(regels[10], "3.1,Jeugdoverlast,1,1,0,1,prioriteit,overig,");
    assert_eq!(
        regels[11],
        "3.2,\"Jeugdcriminaliteit, individuele probleemjongeren\",0,2,0,1,overig,overig,"
    );
    assert_eq!(
        regels[19],
        "5.2,Georganiseerde/ondermijnende criminaliteit,3,0,0,0,prioriteit,prioriteit,prioriteit"
    );
    assert_eq!(
        regels[23],
        "S1,Gedigitaliseerde criminaliteit,0,1,0,2,,,overig"
    );
    assert_eq!(regels[26], "plan,Plan (volgorde van invoer),,,,,1,1,2");
    assert_eq!(
        regels[27],
        "periode,Periode van het plan,,,,,2027-2030,2027-2030,2027-2030"
    );
    assert_eq!(regels[29], "telt_mee,Telt mee in de tellingen,,,,,ja,ja,ja");
    assert_eq!(regels[30], "fouten,Fouten in de controle,,,,,0,0,0");
}

#[test]
fn markdown_en_json() {
    let o = Overzicht::van(&drie());
    let md = o.naar_markdown();
    assert!(
        md.contains("| 5.2 Georganiseerde/ondermijnende criminaliteit | 3 | 0 | 0 | 0 |"),
        "{md}"
    );
    assert!(md.contains("| 3 Jeugd en veiligheid | 1 | 1 | 0 | 1 |"));
    assert!(md.contains("| S1 Gedigitaliseerde criminaliteit | 0 | 1 | 0 | 2 |"));
    let json = serde_json::to_value(&o).expect("json");
    assert_eq!(json["themas"][18]["code"], "5.2");
    assert_eq!(json["themas"][18]["prioriteit"], 3);
    assert_eq!(json["themas"].as_array().map(Vec::len), Some(22));
    assert_eq!(
        json["gemeenten"][2]["prioriteiten"],
        serde_json::json!(["1.3", "5.2"])
    );
    // Added keys only: S1 to S3, each entry's plan and period, the plans.
    assert_eq!(json["strategische_themas"][0]["code"], "S1");
    assert_eq!(json["strategische_themas"][0]["overig"], 1);
    assert_eq!(
        json["gemeenten"][2]["strategisch"]["overig"],
        serde_json::json!(["S1"])
    );
    assert_eq!(
        json["gemeenten"][2]["periode"],
        serde_json::json!({ "van": "2027-01-01", "tot": "2030-12-31" })
    );
    assert_eq!(json["plannen"][1]["plan"], 2);
    assert_eq!(json["plannen"][1]["fouten"], 0);
}

/// Plans modelled on real ones: a joint plan whose "Zorg & Veiligheid" (S2) is a priority with
/// a sub-theme that names 1.1; three plans of Woerden, two of which overlap (and the newest
/// leaves out what the older one made a priority), given out of order; a plan of Utrecht whose
/// period ends before it starts.
fn regio() -> Vec<(&'static str, Ivp)> {
    vec![
        (
            "lopik-montfoort.toml",
            ivp(r#"
                gemeenten = ["Lopik", "Montfoort"]
                titel = "IVP Lopik en Montfoort 2023-2026"
                periode = { van = "2023-01-01", tot = "2026-12-31" }
                prioriteiten = [
                    { naam = "Ondermijning", themas = ["5.2"] },
                    { naam = "Zorg & Veiligheid", themas = ["S2"], deelthemas = [{ naam = "Verward gedrag", themas = ["1.1"] }] },
                ]
                overige_themas = [{ naam = "Digitale veiligheid", themas = ["S1"] }]
                buiten_beschouwing = [{ thema = "2.4", reden = "geen grote evenementen" }]
                [[lokale_paragrafen]]
                gemeente = "Lopik"
                prioriteiten = [{ naam = "Jeugd", themas = ["3.1"] }]
            "#),
        ),
        (
            "woerden-2021.toml",
            ivp(r#"
                gemeenten = ["Woerden"]
                titel = "IVB Woerden 2021-2024"
                periode = { van = "2021-01-01", tot = "2024-12-31" }
                prioriteiten = [
                    { naam = "Ondermijning", themas = ["5.2"] },
                    { naam = "Zorg en Veiligheid", themas = ["S2"] },
                ]
                buiten_beschouwing = [{ thema = "3.1", reden = "ondergebracht in het jeugdbeleid" }]
            "#),
        ),
        (
            "woerden-2015.toml",
            ivp(r#"
                gemeenten = ["Woerden"]
                periode = { van = "2015-01-01", tot = "2018-12-31" }
                prioriteiten = [{ naam = "High Impact Crimes", themas = ["1.3"] }]
            "#),
        ),
        (
            "woerden-2019.toml",
            ivp(r#"
                gemeenten = ["Woerden"]
                titel = "IVP Woerden 2019-2022"
                periode = { van = "2019-01-01", tot = "2022-12-31" }
                prioriteiten = [
                    { naam = "Jeugd", themas = ["3.1"] },
                    { naam = "Ondermijning", themas = ["5.2"] },
                ]
                overige_themas = [{ naam = "Informatiepositie", themas = ["S3"] }]
            "#),
        ),
        (
            "utrecht.toml",
            ivp(r#"
                gemeenten = ["Utrecht"]
                periode = { van = "2027-01-01", tot = "2024-12-31" }
                prioriteiten = [
                    { naam = "HIC", themas = ["1.3"] },
                    { naam = "Cybercrime", themas = ["S1"] },
                ]
            "#),
        ),
    ]
}

fn regio_overzicht() -> Overzicht {
    let plannen = regio();
    Overzicht::van_bronnen(plannen.iter().map(|(bron, ivp)| (*bron, ivp)))
}

fn status(o: &Overzicht, naam: &str, plan: usize, thema: impl Into<ThemaVerwijzing>) -> Status {
    o.gemeenten
        .iter()
        .find(|g| g.naam == naam && g.plan == plan)
        .unwrap_or_else(|| panic!("{naam} in plan {plan}"))
        .status(thema)
}

#[test]
fn strategische_themas_en_deelthemas_tellen() {
    let o = regio_overzicht();
    let s2 = o.telling(StrategischThema::ZorgEnVeiligheid);
    // Lopik, Montfoort and Woerden (its newest plan); Utrecht does not name it.
    assert_eq!((s2.prioriteit, s2.niet_genoemd), (3, 1));
    let s1 = o.telling(StrategischThema::GedigitaliseerdeCriminaliteit);
    assert_eq!((s1.prioriteit, s1.overig, s1.niet_genoemd), (1, 2, 1));
    // S3 stands only in an older plan of Woerden: in its entry, not in the counts.
    assert_eq!(
        status(&o, "Woerden", 4, StrategischThema::Informatiemanagement),
        Status::Overig
    );
    assert_eq!(o.telling(StrategischThema::Informatiemanagement).overig, 0);
    // 1.1 is named only in the sub-theme "Verward gedrag".
    assert_eq!(
        status(&o, "Montfoort", 1, Thema::SocialeKwaliteit),
        Status::Prioriteit
    );
    assert_eq!(o.telling(Thema::SocialeKwaliteit).prioriteit, 2);
}

#[test]
fn plannen_van_een_gemeente_apart_het_nieuwere_telt() {
    let o = regio_overzicht();
    assert_eq!(o.gemeenten.len(), 6);
    assert_eq!(o.aantal_gemeenten(), 4);
    let woerden: Vec<(usize, String, String, bool)> = o
        .gemeenten
        .iter()
        .filter(|g| g.naam == "Woerden")
        .map(|g| {
            let geldt: Vec<String> = g.geldt_voor.iter().map(ToString::to_string).collect();
            (g.plan, g.periode.to_string(), geldt.join(", "), g.telt_mee)
        })
        .collect();
    assert_eq!(
        woerden,
        [
            (3, "2015-2018".to_owned(), "2015-2018".to_owned(), false),
            (4, "2019-2022".to_owned(), "2019-2020".to_owned(), false),
            (2, "2021-2024".to_owned(), "2021-2024".to_owned(), true),
        ]
    );
    // The older plan's priority does not override the newer plan's decision to leave 3.1 out.
    assert_eq!(
        status(&o, "Woerden", 4, Thema::Jeugdoverlast),
        Status::Prioriteit
    );
    assert_eq!(
        status(&o, "Woerden", 2, Thema::Jeugdoverlast),
        Status::BuitenBeschouwing
    );
    let t = o.telling(Thema::Jeugdoverlast);
    // Lopik (local paragraph) and Woerden (left out); Montfoort and Utrecht do not name it.
    assert_eq!(
        (t.prioriteit, t.buiten_beschouwing, t.niet_genoemd),
        (1, 1, 2)
    );
    let md = o.naar_markdown();
    assert!(
        md.contains(
            "- Woerden: plan 3 (2015-2018) geldt voor 2015-2018; plan 4 (2019-2022) geldt voor \
             2019-2020; plan 2 (2021-2024) geldt voor 2021-2024. De tellingen volgen plan 2."
        ),
        "{md}"
    );
}

#[test]
fn plan_met_fouten_gestapeld_en_gemarkeerd() {
    let o = regio_overzicht();
    let utrecht = &o.plannen[4];
    assert!(utrecht.fouten >= 1, "de periode eindigt voor ze begint");
    assert_eq!(o.plannen.iter().filter(|p| p.fouten > 0).count(), 1);
    let g = o
        .gemeenten
        .iter()
        .find(|g| g.naam == "Utrecht")
        .expect("Utrecht");
    // Stacked: it counts, for no day, and is marked.
    assert!(g.telt_mee && g.geldt_voor.is_empty());
    assert_eq!(g.fouten, utrecht.fouten);
    assert_eq!(o.telling(Thema::ObjectieveVeiligheid).prioriteit, 1);
    let md = o.naar_markdown();
    assert!(md.contains("**Let op:** 1 van de 5 plannen heeft fouten in de controle."));
    assert!(
        md.contains(&format!(
            "| 5 | utrecht.toml |  | 2027-01-01 t/m 2024-12-31 | Utrecht | ⚠ {} |",
            fouten(utrecht.fouten)
        )),
        "{md}"
    );
    let csv = o.naar_csv();
    let laatste = csv.lines().last().expect("regels");
    assert!(laatste.starts_with("fouten,") && laatste.ends_with(&format!(",{}", utrecht.fouten)));
    let json = serde_json::to_value(&o).expect("json");
    assert_eq!(json["plannen"][4]["fouten"], utrecht.fouten);
    assert_eq!(json["gemeenten"][5]["naam"], "Utrecht");
    assert_eq!(json["gemeenten"][5]["fouten"], utrecht.fouten);
    // The heat map says it in its introduction, the HTML with the command as code.
    let zin = "⚠: het plan heeft fouten in de controle (1 van de 5); het telt mee,";
    let html = o.naar_html();
    assert!(
        html.contains(&format!(
            "{zin} <code>kbv controleer</code> noemt de fouten."
        )),
        "{html}"
    );
    #[cfg(feature = "word")]
    {
        let xml = docx_xml(&o.naar_docx().expect("docx"));
        assert!(
            xml.contains(&format!("{zin} kbv controleer noemt de fouten.")),
            "{xml}"
        );
    }
}

fn fouten(n: usize) -> String {
    if n == 1 {
        "1 fout".to_owned()
    } else {
        format!("{n} fouten")
    }
}

/// Compares rendered output with its committed snapshot, `tests/snapshots/{naam}.snap`.
///
/// A difference fails the test, also on CI (`CI=true`, where insta writes nothing). To accept a
/// change: `cargo insta review` (with cargo-insta), or `INSTA_UPDATE=always cargo test --test
/// test_regionaal` and review the diff of the `.snap` files.
fn snapshot(naam: &str, beschrijving: &str, uitvoer: &str) {
    insta::with_settings!({
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => beschrijving,
    }, {
        insta::assert_snapshot!(naam, uitvoer);
    });
}

#[test]
fn snapshots_van_het_regionale_overzicht() {
    let o = regio_overzicht();
    let wat = "vijf plannen: Lopik en Montfoort samen (S2 met deelthema 1.1), drie van Woerden \
               (twee overlappend), Utrecht met een periode die eindigt voor ze begint";
    snapshot(
        "regionaal-markdown",
        &format!("{wat}, als Markdown"),
        &o.naar_markdown(),
    );
    snapshot("regionaal-csv", &format!("{wat}, als CSV"), &o.naar_csv());
    snapshot(
        "regionaal-json",
        &format!("{wat}, als JSON"),
        &serde_json::to_string_pretty(&o).expect("json"),
    );
}

// --- Properties -------------------------------------------------------------------------------

/// A theme, veiligheidsthema or strategic theme, by number.
fn thema(i: usize) -> ThemaVerwijzing {
    let i = i % (Thema::COUNT + StrategischThema::COUNT);
    match Thema::VARIANTS.get(i) {
        Some(&t) => t.into(),
        None => StrategischThema::VARIANTS[i - Thema::COUNT].into(),
    }
}

fn codes(themas: &[usize]) -> String {
    let codes: Vec<String> = themas
        .iter()
        .map(|&i| format!("\"{}\"", thema(i).code()))
        .collect();
    codes.join(", ")
}

/// One plan: gemeenten (from a few names, some in a joint plan), start year, length in years,
/// priorities, themes of a sub-theme, other themes, themes left out.
type Opzet = (
    Vec<usize>,
    i32,
    i32,
    Vec<usize>,
    Vec<usize>,
    Vec<usize>,
    Vec<usize>,
);

const GEMEENTEN: [&str; 4] = ["Lopik", "Montfoort", "Woerden", "Oudewater"];

fn opzet() -> impl Strategy<Value = Opzet> {
    let themas = || prop::collection::vec(0usize..25, 0..4);
    (
        prop::collection::vec(0usize..4, 1..3),
        2015i32..2024,
        0i32..5,
        themas(),
        themas(),
        themas(),
        themas(),
    )
}

fn plan((gemeenten, jaar, lengte, prio, deel, overig, buiten): &Opzet) -> Ivp {
    let mut namen: Vec<&str> = gemeenten.iter().map(|&i| GEMEENTEN[i]).collect();
    namen.dedup();
    let namen: Vec<String> = namen.iter().map(|n| format!("{n:?}")).collect();
    // A length of 0 makes a period that ends a year before it starts: a plan with an error.
    let tot = if *lengte == 0 {
        jaar - 1
    } else {
        jaar + lengte - 1
    };
    let mut toml = format!(
        "gemeenten = [{}]\nperiode = {{ van = \"{jaar}-01-01\", tot = \"{tot}-12-31\" }}\n\
         prioriteiten = [{{ naam = \"P\", themas = [{}], deelthemas = [{{ naam = \"D\", themas = [{}] }}] }}]\n\
         overige_themas = [{{ naam = \"O\", themas = [{}] }}]\n",
        namen.join(", "),
        codes(prio),
        codes(deel),
        codes(overig)
    );
    for &b in buiten {
        toml += &format!("[[buiten_beschouwing]]\nthema = \"{}\"\n", thema(b).code());
    }
    Ivp::uit_toml(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"))
}

/// An entry without its plan's number (which is the input position).
fn zonder_nummer(g: &Gemeente) -> String {
    let mut g = g.clone();
    g.plan = 0;
    format!("{g:?}")
}

/// Whether two plans of one gemeente have the same period: then the input order decides.
fn gelijke_periodes(ivps: &[Ivp]) -> bool {
    let mut gezien = std::collections::HashSet::new();
    ivps.iter().any(|ivp| {
        ivp.gemeenten
            .iter()
            .any(|g| !gezien.insert((g.clone(), ivp.periode)))
    })
}

proptest! {
    #[test]
    fn elke_gemeente_telt_per_thema_precies_een_keer(keuzes in prop::collection::vec((0usize..22, 0usize..22, 0usize..22), 1..12)) {
        let ivps: Vec<Ivp> = keuzes
            .iter()
            .enumerate()
            .map(|(i, (p, o, b))| ivp(&format!(
                "gemeenten = [\"G{i}\"]\nperiode = {{ van = \"2027-01-01\", tot = \"2030-12-31\" }}\n\
                 prioriteiten = [{{ naam = \"p\", themas = [\"{}\"] }}]\n\
                 overige_themas = [{{ naam = \"o\", themas = [\"{}\"] }}]\n\
                 buiten_beschouwing = [{{ thema = \"{}\" }}]\n",
                Thema::VARIANTS[*p].code(), Thema::VARIANTS[*o].code(), Thema::VARIANTS[*b].code()
            )))
            .collect();
        let o = Overzicht::van(&ivps);
        for &thema in Thema::VARIANTS {
            let t = o.telling(thema);
            prop_assert_eq!(t.prioriteit + t.overig + t.buiten_beschouwing + t.niet_genoemd, ivps.len());
        }
        for &veld in Veld::VARIANTS {
            let t = o.telling_veld(veld);
            prop_assert_eq!(t.prioriteit + t.overig + t.buiten_beschouwing + t.niet_genoemd, ivps.len());
        }
        let prioriteiten: usize = Thema::VARIANTS.iter().map(|t| o.telling(*t).prioriteit).sum();
        prop_assert_eq!(prioriteiten, ivps.len(), "één prioriteit per gemeente");
    }

    /// Nothing lost: every theme every plan names (priority, sub-theme, other theme, left out)
    /// shows in each of the plan's entries, in the struct, the CSV, the JSON and the Markdown.
    #[test]
    fn niets_gaat_verloren(opzetten in prop::collection::vec(opzet(), 1..6)) {
        let ivps: Vec<Ivp> = opzetten.iter().map(plan).collect();
        let o = Overzicht::van(&ivps);
        let json = serde_json::to_value(&o).expect("json");
        let csv = o.naar_csv();
        let csv: Vec<Vec<&str>> = csv.lines().map(|r| r.split(',').collect()).collect();
        let md = o.naar_markdown();
        let matrix: Vec<Vec<&str>> = md
            .split("\n## Gemeente x thema\n")
            .nth(1)
            .expect("matrix")
            .lines()
            .filter(|r| r.starts_with("| ") && !r.starts_with("| Gemeente") && !r.starts_with("| ---"))
            .map(|r| r.split(" | ").collect())
            .collect();
        prop_assert_eq!(matrix.len(), o.gemeenten.len());
        for (i, ivp) in ivps.iter().enumerate() {
            let genoemd = ivp
                .alle_uitwerkingen()
                .flat_map(|(_, _, u)| u.themas.iter().chain(u.deelthemas.iter().flat_map(|d| &d.themas)))
                .copied()
                .chain(ivp.buiten_beschouwing.iter().map(|b| b.thema));
            let genoemd: Vec<ThemaVerwijzing> = genoemd.collect();
            for (kolom, g) in o.gemeenten.iter().enumerate().filter(|(_, g)| g.plan == i + 1) {
                prop_assert_eq!(g.fouten, o.plannen[i].fouten);
                for &t in &genoemd {
                    prop_assert_ne!(g.status(t), Status::NietGenoemd, "{} in plan {}", t.code(), i + 1);
                    // CSV: the theme's row, the entry's column.
                    let rij = csv.iter().find(|r| r[0] == t.code()).expect("rij");
                    let cel = rij[rij.len() - o.gemeenten.len() + kolom];
                    prop_assert_eq!(cel, g.status(t).woord());
                    // Markdown: the matrix row of the entry, the theme's column after the six
                    // leading ones.
                    let positie = Thema::VARIANTS
                        .iter()
                        .map(|&x| ThemaVerwijzing::from(x))
                        .chain(StrategischThema::VARIANTS.iter().map(|&x| x.into()))
                        .position(|x| x == t)
                        .expect("thema");
                    prop_assert_ne!(matrix[kolom][6 + positie].trim_end_matches(" |"), "");
                    // JSON: in one of the entry's lists.
                    let e = &json["gemeenten"][kolom];
                    let lijsten = match t {
                        ThemaVerwijzing::Kbv(_) => [&e["prioriteiten"], &e["overig"], &e["buiten_beschouwing"]],
                        ThemaVerwijzing::Strategisch(_) => [
                            &e["strategisch"]["prioriteiten"],
                            &e["strategisch"]["overig"],
                            &e["strategisch"]["buiten_beschouwing"],
                        ],
                    };
                    prop_assert!(lijsten.iter().any(|l| l.as_array().is_some_and(|l| l.iter().any(|c| c == t.code()))));
                }
            }
        }
    }

    /// The order of the input files changes only the numbers of the plans and the order of the
    /// entries (gemeenten by first appearance); where two plans of one gemeente have the same
    /// period, the one given later counts, so the property holds when none do.
    #[test]
    fn volgorde_van_invoer_verandert_niets(
        (opzetten, geschud) in prop::collection::vec(opzet(), 1..7)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
    ) {
        let a: Vec<Ivp> = opzetten.iter().map(plan).collect();
        prop_assume!(!gelijke_periodes(&a));
        let b: Vec<Ivp> = geschud.iter().map(plan).collect();
        let (oa, ob) = (Overzicht::van(&a), Overzicht::van(&b));
        for i in 0..Thema::COUNT + StrategischThema::COUNT {
            prop_assert_eq!(oa.telling(thema(i)), ob.telling(thema(i)));
        }
        for &veld in Veld::VARIANTS {
            prop_assert_eq!(oa.telling_veld(veld), ob.telling_veld(veld));
        }
        let mut ea: Vec<String> = oa.gemeenten.iter().map(zonder_nummer).collect();
        let mut eb: Vec<String> = ob.gemeenten.iter().map(zonder_nummer).collect();
        ea.sort();
        eb.sort();
        prop_assert_eq!(ea, eb);
        // Within a gemeente, the plans stand oldest first whatever the input order.
        let per_gemeente = |o: &Overzicht, naam: &str| -> Vec<String> {
            o.gemeenten.iter().filter(|g| g.naam == naam).map(zonder_nummer).collect()
        };
        for naam in GEMEENTEN {
            prop_assert_eq!(per_gemeente(&oa, naam), per_gemeente(&ob, naam));
        }
    }
}

#[test]
fn gelijke_periode_het_laatst_gegeven_plan_telt() {
    let een = ivp(r#"
        gemeenten = ["Lopik"]
        periode = { van = "2027-01-01", tot = "2030-12-31" }
        prioriteiten = [{ naam = "Jeugd", themas = ["3.1"] }]
    "#);
    let twee = ivp(r#"
        gemeenten = ["lopik"]
        periode = { van = "2027-01-01", tot = "2030-12-31" }
        prioriteiten = [{ naam = "Ondermijning", themas = ["5.2"] }]
    "#);
    let o = Overzicht::van([&een, &twee]);
    let geldend: Vec<(&str, usize, usize)> = o
        .gemeenten
        .iter()
        .map(|g| (g.naam.as_str(), g.plan, g.geldt_voor.len()))
        .collect();
    // One gemeente whatever the case of its name; the later plan counts for the whole period.
    assert_eq!(geldend, [("Lopik", 1, 0), ("lopik", 2, 1)]);
    assert_eq!(o.aantal_gemeenten(), 1);
    assert_eq!(o.telling(Thema::OndermijnendeCriminaliteit).prioriteit, 1);
    assert_eq!(o.telling(Thema::Jeugdoverlast).prioriteit, 0);
    let o = Overzicht::van([&twee, &een]);
    assert_eq!(o.telling(Thema::Jeugdoverlast).prioriteit, 1);
}

#[test]
fn gegeven_rapporten_geven_hetzelfde_overzicht() {
    let plannen = regio();
    let ivps: Vec<&Ivp> = plannen.iter().map(|(_, ivp)| ivp).collect();
    let rapporten: Vec<_> = ivps
        .iter()
        .map(|ivp| kernbeleid::controle::controleer_ivp(ivp))
        .collect();
    let gegeven = Overzicht::van_gecontroleerd(ivps.iter().copied().zip(&rapporten));
    assert_eq!(gegeven, Overzicht::van(ivps.iter().copied()));
    assert_eq!(gegeven.plannen[4].fouten, rapporten[4].fouten());
}

/// A plan that says every theme it does not name continues as going concern is marked so: the
/// counts keep those themes under "niet genoemd", and the overview says why.
#[test]
fn going_concern_wordt_gemeld() {
    let met = ivp("gemeenten = [\"Kampen\"]\nperiode = \"2017-2017\"\n\
         going_concern = \"Uiteraard worden de bestaande werkwijzen en aanpakken voortgezet.\"\n\
         [[prioriteiten]]\nnaam = \"Woninginbraak\"\nthemas = [\"1.3\"]\n");
    let open = ivp("gemeenten = [\"Zwolle\"]\nperiode = \"2017-2017\"\n\
         going_concern = { in_te_vullen = \"welke thema's lopen door?\" }\n\
         [[prioriteiten]]\nnaam = \"Woninginbraak\"\nthemas = [\"1.3\"]\n");
    let overzicht = Overzicht::van_bronnen([("kampen.toml", &met), ("zwolle.toml", &open)]);
    let vlaggen: Vec<bool> = overzicht.plannen.iter().map(|p| p.going_concern).collect();
    assert_eq!(vlaggen, [true, false]);
    // The counts do not change: the plan names none of those themes.
    assert_eq!(overzicht.telling(Thema::Jeugdoverlast).niet_genoemd, 2);
    let md = overzicht.naar_markdown();
    assert!(
        md.contains(
            "**Going concern:** plan 1 (kampen.toml) zegt dat de thema's die het niet noemt als \
             going concern doorlopen; hier staan die thema's onder \"niet genoemd\"."
        ),
        "{md}"
    );
    assert!(!md.contains("plan 2 (zwolle.toml) zegt"));
    let json = serde_json::to_value(&overzicht).expect("json");
    assert_eq!(json["plannen"][0]["going_concern"], serde_json::json!(true));
    assert!(json["plannen"][1].get("going_concern").is_none());
}

// The heat map (`Overzicht::naar_html`, `Overzicht::naar_docx`).

/// The code and name of every column, in order: the 22 veiligheidsthema's, then S1 to S3.
fn kolommen() -> Vec<ThemaVerwijzing> {
    Thema::VARIANTS
        .iter()
        .map(|&t| ThemaVerwijzing::from(t))
        .chain(StrategischThema::VARIANTS.iter().map(|&t| t.into()))
        .collect()
}

fn woord(s: Status) -> &'static str {
    match s {
        Status::NietGenoemd => "niet genoemd",
        s => s.woord(),
    }
}

#[test]
fn html_heatmap_met_een_cel_per_gemeente_en_thema() {
    let ivps = drie();
    let o = Overzicht::van(&ivps);
    let html = o.naar_html();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    // Self-contained: nothing fetched from elsewhere.
    assert!(!html.contains("src=") && !html.contains("<link") && !html.contains("href="));
    assert_eq!(html.matches("<svg ").count(), 1);
    assert!(html.contains("<title id=\"kaart-titel\">Gemeente x thema"));
    assert!(html.contains("aria-labelledby=\"kaart-titel kaart-uitleg\""));
    let themas = kolommen();
    assert_eq!(themas.len(), 25);
    assert_eq!(
        html.matches("<rect class=\"cel\"").count(),
        o.gemeenten.len() * themas.len()
    );
    assert_eq!(
        html.matches("<rect class=\"telling\"").count(),
        themas.len()
    );
    // Every cell names gemeente, theme and choice in its title, and carries its letter; the
    // table beside it says the word in a cell of the same colour.
    for g in &o.gemeenten {
        for t in &themas {
            let s = g.status(*t);
            let titel = format!(
                "<title>{}, {} {}: {}</title>",
                g.naam,
                t.code(),
                t.naam(),
                woord(s)
            )
            .replace('\'', "&apos;");
            assert!(html.contains(&titel), "{titel}");
        }
    }
    let tabel = &html[html.find("<table>").expect("tabel")..];
    let rij_utrecht = tabel
        .lines()
        .find(|r| r.starts_with("<tr><th scope=\"row\">Utrecht"))
        .expect("rij Utrecht");
    assert_eq!(rij_utrecht.matches("<td ").count(), 25);
    assert!(rij_utrecht.contains("<td style=\"background:#1F4E79;color:#FFFFFF\">prioriteit</td>"));
    assert!(rij_utrecht.contains(">niet genoemd</td>"));
    // The count row: 5.2 is a priority for all three gemeenten, the darkest fill.
    let t = o.telling(Thema::OndermijnendeCriminaliteit).prioriteit;
    assert_eq!(t, 3);
    assert!(html.contains(&format!(
        "5.2 {}: 3 van de 3 gemeenten maken het een prioriteit",
        Thema::OndermijnendeCriminaliteit.naam()
    )));
}

#[test]
fn html_heatmap_markeert_meer_plannen_en_fouten() {
    let mut ivps = drie();
    ivps.push(ivp(r#"
        gemeenten = ["Utrecht"]
        periode = { van = "2023-01-01", tot = "2026-12-31" }
        prioriteiten = [{ naam = "Jeugd", themas = ["3.1"] }]
    "#));
    let o = Overzicht::van(&ivps);
    let html = o.naar_html();
    assert!(
        html.contains("Utrecht (plan 3, 2023-2026), telt niet mee"),
        "{html}"
    );
    assert!(html.contains("Utrecht (plan 2, 2027-2030)"));
    assert_eq!(
        html.matches("<rect class=\"cel\"").count(),
        4 * kolommen().len()
    );
}

#[cfg(feature = "word")]
fn docx_xml(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("lezen");
    xml
}

/// The Word table: a row per entry and one for the counts, every cell shaded and with its text.
#[cfg(feature = "word")]
#[test]
fn word_heatmap_met_gekleurde_cellen_en_tekst() {
    let ivps = drie();
    let o = Overzicht::van(&ivps);
    let bytes = o.naar_docx().expect("docx");
    assert!(bytes.starts_with(b"PK"));
    let xml = docx_xml(&bytes);
    assert!(xml.contains("w:orient=\"landscape\""), "liggend");
    // The heat map is the second table: header + 3 entries + counts.
    let begin = xml
        .match_indices("<w:tbl>")
        .nth(1)
        .map(|(i, _)| i)
        .expect("tabel");
    let eind = begin + xml[begin..].find("</w:tbl>").expect("einde");
    let tabel = &xml[begin..eind];
    let rijen: Vec<&str> = tabel.split("<w:tr>").skip(1).collect();
    assert_eq!(rijen.len(), 1 + o.gemeenten.len() + 1);
    for rij in &rijen {
        let cellen: Vec<&str> = rij.split("<w:tc>").skip(1).collect();
        assert_eq!(cellen.len(), 26);
        for c in cellen {
            assert!(c.contains("<w:shd "), "geen kleur: {c}");
            assert!(
                c.contains("<w:t xml:space=\"preserve\">"),
                "geen tekst: {c}"
            );
        }
    }
    // Utrecht: 1.3 a priority (dark, white P), 5.4 overig (light blue, o).
    let utrecht = rijen[3];
    assert!(utrecht.contains("Utrecht"));
    assert!(utrecht.contains("w:fill=\"1F4E79\""));
    assert!(utrecht.contains("w:fill=\"9DC3E6\""));
    assert_eq!(
        utrecht.matches(">P</w:t>").count(),
        o.gemeenten[2].prioriteiten.len()
    );
    // The counts: 5.2 by all three, the darkest.
    assert!(rijen[4].contains(">3</w:t>"));
}

/// With LibreOffice present, the Word file converts to PDF and the page carries the table.
#[cfg(feature = "word")]
#[test]
fn word_heatmap_naar_pdf_met_libreoffice() {
    let map = std::env::temp_dir().join(format!("kbv-regionaal-{}", std::process::id()));
    std::fs::create_dir_all(&map).expect("map");
    let docx = map.join("regionaal.docx");
    std::fs::write(&docx, Overzicht::van(&drie()).naar_docx().expect("docx")).expect("schrijven");
    let Some(tekst) = libreoffice::pdf_tekst(&docx, true) else {
        let _ = std::fs::remove_dir_all(&map);
        return;
    };
    assert!(tekst.contains("Aantal met prioriteit"), "{tekst}");
    assert!(tekst.contains("buiten beschouwing"), "{tekst}");
    for naam in ["Lopik", "Montfoort", "Utrecht"] {
        assert!(tekst.contains(naam), "{naam}: {tekst}");
    }
    let _ = std::fs::remove_dir_all(&map);
}
