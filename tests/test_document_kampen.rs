//! A one-year agreements plan that carries out no IVP: the first priority of the joint plan of
//! Kampen, Steenwijkerland, Zwartewaterland and Staphorst for 2017 ("Integrale
//! Veiligheidsaanpak ... 2017"), its sub-themes as actiepunten and its agreements as measures
//! with only a deadline ("Voor 1 juni 2017 hebben de gemeenten ..."). The texts are the plan's,
//! verbatim.

use chrono::NaiveDate;
use kernbeleid::document::{Document, Uitvoeringsplan};
#[cfg(feature = "word")]
use kernbeleid::uitvoer::docx;

const PLAN: &str = r#"
gemeenten = ["Kampen", "Steenwijkerland", "Zwartewaterland", "Staphorst"]
jaar = 2017
titel = "Integrale Veiligheidsaanpak gemeenten Kampen, Steenwijkerland, Zwartewaterland en Staphorst 2017"
hoofdlijn_ivp = "In dit overzicht komen alleen de prioriteiten aan bod, die voor 2017 leiden tot nieuwe / bijgestelde afspraken. Uiteraard worden de bestaande werkwijzen en aanpakken voortgezet (= bestaand beleid, zoals het onderwerp Veilig Uitgaan)."
beleidscyclus = "Mocht daartoe aanleiding zijn dan kan een thema gaandeweg het jaar extra aandacht vragen. In de driehoek kan dan in overleg tussen gemeenten, het politieteam en het OM een bijstelling plaatsvinden. Tevens zal in de driehoek de bewaking op de voortgang van de voor 2017 benoemde speerpunten plaatsvinden."

[[prioriteiten]]
naam = "Overlast"
# Jeugd: 3.1 Jeugdoverlast; burenruzies, verwarde personen and the traditions: 1.1 Sociale kwaliteit.
themas = ["3.1", "1.1"]
doelen = ["Overlast (jeugd, burenruzies, verwarde personen en bij 'tradities' zoals de jaarwisseling en Koningsdag);"]

[[prioriteiten.actiepunten]]
naam = "jeugdoverlast"
toelichting = "Een persoonsgebonden aanpak van jongeren die met problematisch gedrag in beeld komen heeft in 2017 prioriteit. Het gaat om jongeren met dreigend, beginnend of hardnekkig gedrag (overlast / criminaliteit). Van belang is dat er binnen de gemeenten een verbinding komt tussen de 'zorg' en 'veiligheid'."

[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "Voor 1 juni 2017 hebben de gemeenten een duidelijk procesmodel ontwikkeld voor de aansluiting van zorg en veiligheid voor jeugdcasuïstiek (samenwerking, opschaling naar het JOR en afschaling naar het lokale zorgveld)."
betrokken_partijen = ["gemeenten"]
gereed_voor = 2017-06-01

[[prioriteiten.actiepunten]]
naam = "Burenruzies"
toelichting = "Zo snel mogelijk erbij zijn en zorgen dat de veenbrand niet verder gaat is de meest kansrijke oplossing."

[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "Voor 1 juni 2017 hebben gemeenten een voorstel voor een gezamenlijke vorm van buurtbemiddeling uitgewerkt (insteek: werken met vrijwilligers en 1 gezamenlijke professionele coördinator)."
betrokken_partijen = ["gemeenten"]
gereed_voor = 2017-06-01

[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "OM, politie en gemeenten maken voor 1 juni 2017 een voorstel voor een aanpak van burenruzies via het 'stopgesprek'."
betrokken_partijen = ["OM", "politie", "gemeenten"]
gereed_voor = "2017-06-01"

[[prioriteiten.actiepunten]]
naam = "Tradities (jaarwisseling en Koningsdag)"
toelichting = "In de aanpak kiezen we voor een balans tussen 'tradities in ere houden' en onveiligheid en openbare ordeproblematiek beteugelen'."

[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "Lokaal (per gemeente) worden afspraken gemaakt met politie en OM over wat toegestaan is en welke handhavingsarrangement wordt ingezet."

[[prioriteiten.actiepunten]]
naam = "Verwarde personen"
toelichting = "Verwarde personen hebben primair hulp en zorg nodig. Verwardheid kan echter ook tot (subjectieve) onveiligheid leiden voor de omgeving."

[[prioriteiten.actiepunten.maatregelen]]
omschrijving = "De gemeenten hebben voor 1 maart 2017 een (gezamenlijk) Plan van aanpak verwarde personen opgesteld."
gereed_voor = 2017-03-01
"#;

fn datum(j: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(j, m, d)
}

#[test]
fn het_jaarplan_met_afspraken_van_vier_gemeenten() {
    let plan = Uitvoeringsplan::uit_toml(PLAN).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.gemeenten.len(), 4);
    assert_eq!(plan.jaar, 2017);
    assert_eq!(plan.ivp, None, "het plan voert geen IVP uit");
    let overlast = &plan.prioriteiten[0];
    assert_eq!(
        overlast.themas.iter().map(|t| t.code()).collect::<Vec<_>>(),
        ["3.1", "1.1"]
    );
    let namen: Vec<&str> = overlast
        .actiepunten
        .iter()
        .map(|a| a.naam.as_str())
        .collect();
    assert_eq!(
        namen,
        [
            "jeugdoverlast",
            "Burenruzies",
            "Tradities (jaarwisseling en Koningsdag)",
            "Verwarde personen"
        ]
    );
    let termijnen: Vec<Vec<Option<NaiveDate>>> = overlast
        .actiepunten
        .iter()
        .map(|a| a.maatregelen.iter().map(|m| m.gereed_voor).collect())
        .collect();
    assert_eq!(
        termijnen,
        [
            vec![datum(2017, 6, 1)],
            vec![datum(2017, 6, 1), datum(2017, 6, 1)],
            vec![None],
            vec![datum(2017, 3, 1)],
        ]
    );
    // Only a deadline: no planning anywhere.
    assert!(overlast
        .actiepunten
        .iter()
        .flat_map(|a| &a.maatregelen)
        .all(|m| m.planning.is_none()));

    // Both formats, and written back to each.
    let json = plan.naar_json();
    assert!(!json.contains("\"ivp\""));
    assert!(json.contains("\"gereed_voor\": \"2017-06-01\""));
    assert_eq!(Uitvoeringsplan::uit_json(&json).unwrap(), plan);
    assert_eq!(
        Uitvoeringsplan::uit_toml(&plan.naar_toml().unwrap()).unwrap(),
        plan
    );
    // Detected as an uitvoeringsplan without the key `ivp`.
    assert_eq!(
        Document::lees(PLAN.as_bytes(), None).unwrap(),
        Document::from(plan.clone())
    );
    assert_eq!(
        Document::lees(json.as_bytes(), None).unwrap(),
        Document::from(plan.clone())
    );

    // Rendered, and read back from Word.
    let md = kernbeleid::skelet::uitvoeringsplan_naar_markdown(&plan);
    assert!(md.contains("Niet bij een IVP."), "{md}");
    assert!(md.contains("gereed vóór 2017-03-01"), "{md}");
    let html = kernbeleid::uitvoer::html::schrijf(&Document::from(plan.clone()));
    assert!(html.contains("Gereed vóór"));
    assert!(html.contains("2017-06-01"));
    #[cfg(feature = "word")]
    {
        let bytes = docx::schrijf(&Document::from(plan.clone())).unwrap();
        let terug = docx::lees(&bytes).unwrap();
        assert_eq!(terug.document, Document::from(plan));
        assert!(terug.bevindingen.is_empty(), "{:?}", terug.bevindingen);
    }
}

#[test]
fn een_termijn_die_niet_bestaat() {
    let fout = Uitvoeringsplan::uit_toml(&PLAN.replace("2017-03-01", "2017-02-30")).unwrap_err();
    assert_eq!(
        fout.to_string(),
        "fout in prioriteiten[0].actiepunten[3].maatregelen[0].gereed_voor (regel 50, kolom 15): \
         ongeldige datum \"2017-02-30\": die dag \
         bestaat niet: februari 2017 heeft 28 dagen"
    );
    let fout = Uitvoeringsplan::uit_json(
        r#"{"gemeenten": ["Kampen"], "jaar": 2017, "prioriteiten": [{"naam": "Overlast",
        "themas": ["3.1"], "actiepunten": [{"naam": "jeugd", "maatregelen": [{"omschrijving": "x",
        "gereed_voor": "1 juni"}]}]}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        fout.pad,
        "prioriteiten[0].actiepunten[0].maatregelen[0].gereed_voor"
    );
    assert!(fout.bericht.starts_with("ongeldige datum \"1 juni\""));
}

/// Every text of the encoded plan stands in the source, word for word (white space and the
/// `*` of the source's emphasis aside): the test encodes the plan, it does not write it.
#[test]
fn elke_tekst_staat_zo_in_het_plan() {
    const BRON: &str =
        include_str!("../bron/iv-kampen-steenwijkerland-zwartewaterland-staphorst-2017.txt");
    let plat = |t: &str| {
        t.replace('*', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let bron = plat(BRON);
    let plan = Uitvoeringsplan::uit_toml(PLAN).expect("plan");
    let json: serde_json::Value = serde_json::from_str(&plan.naar_json()).expect("json");
    let mut teksten = Vec::new();
    fn verzamel<'a>(w: &'a serde_json::Value, sleutel: &str, uit: &mut Vec<&'a str>) {
        match w {
            serde_json::Value::String(t) if sleutel != "gereed_voor" => uit.push(t),
            serde_json::Value::Array(l) => l.iter().for_each(|v| verzamel(v, sleutel, uit)),
            serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| verzamel(v, k, uit)),
            _ => {}
        }
    }
    verzamel(&json, "", &mut teksten);
    assert!(teksten.len() > 15, "{teksten:?}");
    for tekst in teksten {
        // Codes ("3.1") are the encoding's, not the plan's.
        if tekst.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            continue;
        }
        assert!(bron.contains(&plat(tekst)), "niet in de bron: {tekst}");
    }
}
