//! The controle rule by rule: each rule has a document that triggers it and a complete
//! document that does not; the registry test checks every rule is covered here.

use chrono::Datelike;
use kernbeleid::catalogus::{StrategischThema, Thema};
use std::borrow::Cow;

use kernbeleid::controle::{
    controleer_analyse, controleer_ivp, controleer_ivp_bij_analyse, controleer_uitvoeringsplan,
    controleer_uitvoeringsplan_bij, Diagnose, Ernst, Grond, GrondSoort, Rapport, Regel, REGELS,
};
use kernbeleid::document::{
    AnalyseVerwijzing, BuitenBeschouwing, Deelthema, Effectindicator, IndicatorBron,
    IndicatorSoort, Invulbaar, Ivp, LokaleParagraaf, Looptijd, Meting, Orgaan, Periode, Richting,
    ThemaVerwijzing, Themauitwerking, Uitvoeringsplan, Vaststelling, Veiligheidsanalyse,
    VoorstelVeld,
};
use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
use kernbeleid::{Bron, Bronvermelding};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Fills every placeholder of a skeleton with a plausible value, by the key it stands under.
fn vul_in(waarde: &mut Value, sleutel: &str) {
    match waarde {
        Value::Object(map) if map.contains_key("in_te_vullen") => {
            *waarde = match sleutel {
                "nulmeting" => serde_json::json!({"jaar": 2025, "waarde": 100.0}),
                "streefwaarde" => serde_json::json!({"jaar": 2030, "waarde": 80.0}),
                "bedrag_euro" | "waarde" => serde_json::json!(1000.0),
                "planning" => serde_json::json!({"start": "2027-02-01", "eind": "2027-11-30"}),
                "naam" => Value::String("Zelf gekozen indicator".into()),
                _ => Value::String(
                    "Ingevuld, met aandacht voor het digitale facet (gedigitaliseerde criminaliteit).".into(),
                ),
            };
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                vul_in(v, k);
            }
        }
        Value::Array(lijst) => {
            for v in lijst {
                vul_in(v, sleutel);
            }
        }
        _ => {}
    }
}

fn ingevuld<T: serde::Serialize + serde::de::DeserializeOwned>(document: &T) -> T {
    let mut waarde = serde_json::to_value(document).expect("json");
    vul_in(&mut waarde, "");
    serde_json::from_value(waarde).expect("terug naar het document")
}

fn opties() -> IvpOpties {
    IvpOpties::new(
        ["Testdorp"],
        Periode::jaren(2027, 2030).expect("periode"),
        PrioriteitKeuze::lijst("1.3,5.2,Jeugd=3.1+3.2").expect("keuze"),
    )
}

/// A complete IVP: the skeleton with every placeholder filled, adopted by the raad, naming its
/// sources, the Driehoek and the Regionaal Beleidsplan.
fn volledig_ivp() -> Ivp {
    let mut ivp = ingevuld(&skelet::ivp(&opties()));
    ivp.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::Raad,
        datum: None,
    }];
    ivp.uitgangssituatie.bronnen = vec!["Politieregistratie".into(), "Veiligheidsmonitor".into()];
    ivp.coordinatie.bestuurlijk = Some(
        "Het plan is in wording in de Driehoek besproken."
            .to_owned()
            .into(),
    );
    ivp.strategische_doelstelling.verbindingen.push(
        "De prioriteiten sluiten aan op het Regionaal Beleidsplan."
            .to_owned()
            .into(),
    );
    ivp
}

/// The IVP with every text that names one of `woorden` (lower case) emptied.
fn zonder_woorden(ivp: &mut Ivp, woorden: &[&str]) {
    fn leeg(waarde: &mut Value, woorden: &[&str]) {
        match waarde {
            Value::String(s) if woorden.iter().any(|w| s.to_lowercase().contains(w)) => {
                *s = "Weggelaten.".into();
            }
            Value::Array(lijst) => lijst.iter_mut().for_each(|w| leeg(w, woorden)),
            Value::Object(map) => map.values_mut().for_each(|w| leeg(w, woorden)),
            _ => {}
        }
    }
    let mut waarde = serde_json::to_value(&*ivp).expect("json");
    leeg(&mut waarde, woorden);
    *ivp = serde_json::from_value(waarde).expect("terug");
}

fn volledig_up() -> Uitvoeringsplan {
    let mut up = ingevuld(&skelet::uitvoeringsplan(&skelet::ivp(&opties())));
    up.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::College,
        datum: None,
    }];
    up
}

fn volledige_analyse() -> Veiligheidsanalyse {
    ingevuld(&skelet::analyse(["Testdorp"], 2026))
}

fn codes(r: &Rapport) -> Vec<&str> {
    r.diagnoses().iter().map(|d| &*d.code).collect()
}

#[test]
fn volledige_documenten_geven_geen_enkele_bevinding() {
    assert_eq!(codes(&controleer_ivp(&volledig_ivp())), Vec::<&str>::new());
    assert_eq!(
        codes(&controleer_uitvoeringsplan(&volledig_up())),
        Vec::<&str>::new()
    );
    assert_eq!(
        codes(&controleer_analyse(&volledige_analyse())),
        Vec::<&str>::new()
    );
    assert_eq!(
        codes(&controleer_ivp_bij_analyse(
            &volledig_ivp(),
            &volledige_analyse()
        )),
        Vec::<&str>::new()
    );
}

#[test]
fn een_vers_skelet_heeft_alleen_hints() {
    for r in [
        controleer_ivp(&skelet::ivp(&opties())),
        controleer_uitvoeringsplan(&skelet::uitvoeringsplan(&skelet::ivp(&opties()))),
        controleer_analyse(&skelet::analyse(["Testdorp"], 2026)),
    ] {
        assert_eq!((r.fouten(), r.waarschuwingen()), (0, 0), "{r}");
        // Placeholders to fill, and an IVP that is not adopted yet.
        assert!(r.hints() > 0, "{r}");
        assert!(
            r.diagnoses()
                .iter()
                .all(|d| d.code == "KBV-001" || d.code == "IVP-018"),
            "{r}"
        );
        assert!(r.met_code("IVP-018").count() <= 1, "{r}");
    }
}

fn indicator(soort: IndicatorSoort, nul: (i32, f64), streef: (i32, f64)) -> Effectindicator {
    let mut i = Effectindicator::new("Indicator");
    i.soort = Some(soort);
    i.nulmeting = Some(Invulbaar::Waarde(Meting {
        jaar: nul.0,
        waarde: nul.1,
    }));
    i.streefwaarde = Some(Invulbaar::Waarde(Meting {
        jaar: streef.0,
        waarde: streef.1,
    }));
    i
}

type Mutatie<T> = fn(&mut T);

/// One rule's case: its code, the sentence it rests on (a passage of the handbook, verbatim, or
/// its common-sense statement, as the registry holds it) and a change to a complete document
/// that must trigger it.
struct Geval<T> {
    code: &'static str,
    grond: Grond,
    mutatie: Mutatie<T>,
}

/// A case resting on a passage of the handbook.
fn handreiking<T>(code: &'static str, citaat: &'static str, mutatie: Mutatie<T>) -> Geval<T> {
    Geval {
        code,
        grond: Grond::Handreiking {
            citaat,
            bron: Bron::new("", None),
        },
        mutatie,
    }
}

/// A case resting on a check item of the CCV's checklist.
fn ccv<T>(code: &'static str, check: &'static str, mutatie: Mutatie<T>) -> Geval<T> {
    Geval {
        code,
        grond: Grond::Ccv {
            check,
            onderdeel: "",
        },
        mutatie,
    }
}

/// A case resting on common sense.
fn gezond_verstand<T>(code: &'static str, stelling: &'static str, mutatie: Mutatie<T>) -> Geval<T> {
    Geval {
        code,
        grond: Grond::GezondVerstand { stelling },
        mutatie,
    }
}

/// For every rule: what it rests on, and a change to a complete IVP that must trigger it.
fn ivp_gevallen() -> Vec<Geval<Ivp>> {
    vec![
        gezond_verstand(
            "KBV-001",
            "Een plaatshouder is nog geen inhoud: een document is pas af als elke plaatshouder is ingevuld.",
            |ivp| ivp.prioriteiten[0].toelichting = Some(Invulbaar::in_te_vullen("waarom?")),
        ),
        handreiking(
            "IVP-001",
            "De opzet is als volgt (zie ook het format voor het IVP)",
            |ivp| ivp.strategische_uitgangspunten.clear(),
        ),
        handreiking(
            "IVP-002",
            "Prioriteiten. In dit hoofdstuk worden de prioriteiten zoals die in stap 3 zijn benoemd, uitgewerkt.",
            |ivp| ivp.prioriteiten.clear(),
        ),
        handreiking(
            "IVP-003",
            "Uitgangspunt is een maximum van drie a vier prioriteiten, om het prioritaire karakter te onderstrepen en vast te houden.",
            |ivp| {
                let p = ivp.prioriteiten[0].clone();
                ivp.prioriteiten.extend([p.clone(), p]);
            },
        ),
        handreiking(
            "IVP-004",
            "In stap 3 worden uit dit geheel prioriteiten 'gefilterd' en de resterende veiligheidsthema's binnen de velden geclusterd tot een logische set overige strategische thema's.",
            |ivp| {
                ivp.overige_themas[0]
                    .themas
                    .push(Thema::ObjectieveVeiligheid.into());
                ivp.overige_themas[0].toelichting = None;
            },
        ),
        handreiking(
            "IVP-005",
            "(*) hoofdlijnen van de aanpak in komende jaren",
            |ivp| ivp.prioriteiten[1].hoofdlijnen_aanpak.clear(),
        ),
        handreiking(
            "IVP-006",
            "Beperk het aantal indicatoren (twee a drie per prioriteit). Een teveel aan indicatoren compliceert de informatieverzameling en verantwoording.",
            |ivp| {
                let extra = ivp.prioriteiten[0].effectindicatoren.clone();
                ivp.prioriteiten[0].effectindicatoren.extend(extra);
            },
        ),
        handreiking(
            "IVP-007",
            "Maak combinaties van 'objectieve' indicatoren (bijvoorbeeld uit de politieregistratie) en 'subjectieve' indicatoren (bijvoorbeeld uit de Veiligheidsmonitor)",
            |ivp| {
                for i in &mut ivp.prioriteiten[0].effectindicatoren {
                    i.soort = Some(IndicatorSoort::Objectief);
                }
            },
        ),
        handreiking(
            "IVP-008",
            "doelstelling, wederom zowel kwalitatief ('missie') als kwantitatief (streefwaarden op effectindicatoren)",
            |ivp| ivp.prioriteiten[0].effectindicatoren[0].streefwaarde = None,
        ),
        gezond_verstand(
            "IVP-009",
            "Een nulmeting gaat vooraf aan de streefwaarde die erop voortbouwt; anders valt er geen ontwikkeling te meten.",
            |ivp| {
                ivp.prioriteiten[0].effectindicatoren[0] =
                    indicator(IndicatorSoort::Objectief, (2030, 100.0), (2029, 80.0));
            },
        ),
        handreiking(
            "IVP-010",
            "Houd rekening met de trend in de afgelopen jaren (indien er een stevige daling op een indicator is geweest, is verdere daling wellicht niet realistisch).",
            |ivp| {
                let mut i = indicator(IndicatorSoort::Objectief, (2024, 100.0), (2030, 80.0));
                i.reeks = [(2024, 100.0), (2025, 75.0)].into_iter().collect();
                ivp.prioriteiten[0].effectindicatoren[0] = i;
            },
        ),
        gezond_verstand(
            "IVP-011",
            "Een periode eindigt niet voordat zij begint.",
            |ivp| {
                ivp.periode = Periode {
                    van: ivp.periode.tot,
                    tot: ivp.periode.van,
                }
            },
        ),
        handreiking(
            "IVP-012",
            "Het IVP vormt input voor het Regionaal Beleidsplan van de politie-eenheid. Dit eveneens vierjaarlijkse beleid",
            |ivp| ivp.periode = Periode::jaren(2027, 2031).expect("periode"),
        ),
        handreiking(
            "IVP-013",
            "dwarsverbanden bewaakt tussen veiligheidsthema's",
            |ivp| {
                // Sociale kwaliteit, a raakvlak of 1.3, left out of the plan, and the priority
                // does not name it among its raakvlakken.
                for o in &mut ivp.overige_themas {
                    o.themas
                        .retain(|t| *t != ThemaVerwijzing::Kbv(Thema::SocialeKwaliteit));
                }
                ivp.overige_themas.retain(|o| !o.themas.is_empty());
                ivp.buiten_beschouwing.push(BuitenBeschouwing {
                    thema: Thema::SocialeKwaliteit.into(),
                    reden: Some("speelt niet".into()),
                });
                ivp.prioriteiten[0].raakvlakken.clear();
            },
        ),
        handreiking(
            "IVP-014",
            "de resterende veiligheidsthema's binnen de velden geclusterd tot een logische set overige strategische thema's",
            |ivp| ivp.overige_themas.pop().map(drop).unwrap_or(()),
        ),
        handreiking(
            "IVP-015",
            "Introductie en uitwerking als doorsnijdend, overkoepelend veiligheidsthema in hoofdstuk 2 van het IVP: Strategische doelstelling.",
            |ivp| {
                ivp.strategische_doelstelling.kwalitatief = vec!["Een veilige gemeente.".into()];
                ivp.strategische_doelstelling.verbindingen.clear();
                ivp.strategische_doelstelling.kwantitatief.clear();
            },
        ),
        handreiking(
            "IVP-016",
            "Consequente uitwerking van het 'digitale facet' bij zowel de prioritaire als de going concern-thema's",
            |ivp| ivp.prioriteiten[2].digitale_component = None,
        ),
        handreiking(
            "IVP-017",
            "lokaal-specifieke paragrafen met lokale prioriteiten en overige thema's (plus lokale aanpak)",
            |ivp| {
                ivp.lokale_paragrafen.push(LokaleParagraaf {
                    gemeente: "Elders".into(),
                    toelichting: Some("lokaal".into()),
                    prioriteiten: Vec::new(),
                    overige_themas: Vec::new(),
                });
            },
        ),
        handreiking(
            "IVP-018",
            "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.",
            |ivp| ivp.vaststelling.clear(),
        ),
        gezond_verstand(
            "IVP-019",
            "Een plan is van ten minste één gemeente, en wie twee keer genoemd wordt, doet niet twee keer mee.",
            |ivp| ivp.gemeenten.push("testdorp".into()),
        ),
        gezond_verstand(
            "IVP-020",
            "Wat niet zegt over welke veiligheidsthema's het gaat, is op thema's niet te toetsen of te vergelijken.",
            |ivp| {
                let mut leeg = Themauitwerking::new("Leeg", []);
                leeg.toelichting = Some("x".into());
                ivp.overige_themas.push(leeg);
            },
        ),
        handreiking(
            "IVP-021",
            "Dit is een korte schets van de veiligheidssituatie en lopende aanpak op de vijf veiligheidsvelden.",
            |ivp| {
                ivp.uitgangssituatie.velden.pop();
            },
        ),
        handreiking(
            "IVP-022",
            "Het IVP vormt input voor het Regionaal Beleidsplan van de politie-eenheid. Dit eveneens vierjaarlijkse beleid",
            |ivp| ivp.periode = Periode::jaren(2027, 2029).expect("periode"),
        ),
        handreiking(
            "IVP-023",
            "Beperk het aantal indicatoren (twee a drie per prioriteit). Een teveel aan indicatoren compliceert de informatieverzameling en verantwoording. Maak eventueel samengestelde indicatoren.",
            |ivp| ivp.prioriteiten[0].effectindicatoren.truncate(1),
        ),
        gezond_verstand(
            "IVP-024",
            "Een plan kan alleen doelen stellen voor de jaren waarin het geldt.",
            |ivp| {
                ivp.prioriteiten[0].effectindicatoren[0] =
                    indicator(IndicatorSoort::Objectief, (2025, 100.0), (2034, 80.0));
            },
        ),
        gezond_verstand(
            "IVP-025",
            "Een bewuste keuze om een thema weg te laten is pas te zien als de reden erbij staat.",
            |ivp| {
                ivp.buiten_beschouwing.push(BuitenBeschouwing {
                    thema: Thema::Brandveiligheid.into(),
                    reden: None,
                })
            },
        ),
        handreiking(
            "IVP-026",
            "Aan te bevelen is een kwalitatief en een kwantitatief deel.",
            |ivp| ivp.strategische_doelstelling.kwantitatief.clear(),
        ),
        handreiking(
            "IVP-027",
            "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.",
            |ivp| ivp.vaststelling[0].door = Orgaan::College,
        ),
        handreiking(
            "IVP-028",
            "Het IVP wordt vervolgens in elke gemeente vastgesteld door de Raad.",
            |ivp| {
                ivp.gemeenten.push("Buurdorp".into());
                ivp.vaststelling[0].gemeente = Some("Buurdorp".into());
            },
        ),
        gezond_verstand(
            "IVP-029",
            "Een nulmeting meet de situatie waarin een plan begint, dus niet later dan het begin van het plan.",
            |ivp| {
                let nul = ivp.prioriteiten[0].effectindicatoren[0].nulmeting.as_mut();
                if let Some(Invulbaar::Waarde(m)) = nul {
                    m.jaar = 2028;
                }
            },
        ),
        handreiking(
            "IVP-030",
            "Dit hoofdstuk bevat de generieke, strategische doelstelling van de gemeente voor het 'eindjaar' van het IVP.",
            |ivp| {
                let streef = ivp.strategische_doelstelling.kwantitatief[0].streefwaarde.as_mut();
                if let Some(Invulbaar::Waarde(m)) = streef {
                    m.jaar = 2028;
                }
            },
        ),
        gezond_verstand(
            "IVP-031",
            "Een plan spreekt in zijn koppen en doelen over de jaren waarin het geldt.",
            |ivp| ivp.prioriteiten[0].naam = "Prioriteit 2023-2026".into(),
        ),
        gezond_verstand(
            "IVP-032",
            "Een plan spreekt in eigen woorden over de eigen gemeente; noemt het zo een andere gemeente, dan is de tekst mogelijk van die gemeente overgenomen.",
            |ivp| {
                ivp.prioriteiten[0].toelichting =
                    Some("In Nieuwegein zien we meer overlast.".to_owned().into())
            },
        ),
        ccv("IVP-033", "Benoem de gegevensbronnen.", |ivp| {
            ivp.uitgangssituatie.bronnen.clear()
        }),
        ccv(
            "IVP-034",
            "Maak gebruik van monitoring ten behoeve van de verantwoording en de beoordeling van de inzet van middelen: welke acties hebben effect en welke niet?",
            |ivp| {
                ivp.coordinatie.beleidscyclus = None;
                ivp.coordinatie.voorzieningen.clear();
            },
        ),
        ccv(
            "IVP-035",
            "Let op de breedte van een prioriteit. Fysieke veiligheid is bijvoorbeeld een containerbegrip.",
            |ivp| {
                let jeugd = &mut ivp.prioriteiten[2];
                jeugd.themas.extend([Thema::JeugdAlcoholEnDrugs, Thema::VeiligInEnOmDeSchool].map(ThemaVerwijzing::from));
            },
        ),
        handreiking(
            "IVP-036",
            "Daarbij wordt hetzelfde format gevolgd als bij de prioriteiten.",
            |ivp| {
                let o = &mut ivp.overige_themas[0];
                o.toelichting = None;
                o.doelstelling_kwalitatief.clear();
                o.hoofdlijnen_aanpak.clear();
                o.deelthemas.clear();
            },
        ),
        handreiking(
            "IVP-037",
            "Toch ligt het voor de hand IVP en Uitvoeringsplan 'in wording' ook te behandelen in de Driehoek",
            |ivp| zonder_woorden(ivp, &["driehoek"]),
        ),
        handreiking(
            "IVP-038",
            "Het ligt voor de hand om hun rol en expertise en de lokale benutting ervan effectief te adresseren in een nieuw lokaal IVP",
            |ivp| zonder_woorden(ivp, &["veiligheidsregio", "brandweer", "ghor"]),
        ),
        handreiking(
            "IVP-039",
            "Het IVP vormt input voor het Regionaal Beleidsplan van de politie-eenheid.",
            |ivp| zonder_woorden(ivp, &["beleidsplan", "eenheid", "regionale"]),
        ),
        handreiking(
            "IVP-040",
            "Eerst het fundament leggen, zowel procesmatig als inhoudelijk.",
            |ivp| {
                ivp.analyse = Some(AnalyseVerwijzing {
                    jaar: ivp.periode.van.year(),
                    titel: None,
                });
            },
        ),
        ccv(
            "IVP-042",
            "Maak gebruik van objectieve cijfermatige gegevens van de politie, het Openbaar Ministerie en de gemeente.",
            |ivp| alleen_bron(ivp, "Eigen enquête onder inwoners"),
        ),
        ccv(
            "IVP-043",
            "Maak gebruik van gegevens over subjectieve veiligheid, zoals de integrale veiligheidsmonitor of een eigen enquête onder inwoners.",
            |ivp| alleen_bron(ivp, "Politieregistratie"),
        ),
        ccv(
            "IVP-044",
            "onderscheid doel en middel (\"Buurttoezicht bijvoorbeeld is een middel en geen doel\")",
            |ivp| {
                ivp.prioriteiten[0].doelstelling_kwalitatief =
                    vec!["Buurttoezicht in alle wijken.".to_owned().into()];
                ivp.prioriteiten[0].deelthemas.clear();
            },
        ),
        handreiking(
            "IVP-045",
            "Deze rode draden keren terug bij de uitwerking van de prioriteiten en overige strategische thema's.",
            |ivp| {
                ivp.strategische_uitgangspunten
                    .push("Nachtwachtenstelsel".to_owned().into());
            },
        ),
        gezond_verstand(
            "KBV-002",
            "Een plan staat in zijn eigen hoofdstukken: tekst die bij het inlezen geen plaats vond, is nog niet verwerkt.",
            |ivp| ivp.ongeplaatst = vec![ongeplaatst()],
        ),
    ]
}

/// Chapter 1 in a sentence with one source, and no effect indicator that measures data.
fn alleen_bron(ivp: &mut Ivp, bron: &str) {
    ivp.uitgangssituatie.algemeen = Some("Het gaat goed.".to_owned().into());
    ivp.uitgangssituatie.velden.clear();
    ivp.uitgangssituatie.bronnen = vec![bron.to_owned()];
    ivp.strategische_doelstelling.kwantitatief.clear();
    for p in ivp.prioriteiten.iter_mut().chain(&mut ivp.overige_themas) {
        p.effectindicatoren.clear();
    }
}

/// For the rules that need the analysis beside the IVP: a change to the complete analysis.
fn bij_analyse_gevallen() -> Vec<Geval<Veiligheidsanalyse>> {
    vec![handreiking(
        "IVP-041",
        "De veiligheidsanalyse vormt hiervoor de basis.",
        |a| {
            let verkeer: Thema = "4.1".parse().expect("thema");
            a.voorstel_prioriteiten = vec![VoorstelVeld {
                veld: verkeer.veld(),
                themas: vec![verkeer],
                toelichting: None,
            }];
        },
    )]
}

/// A block of text an import could not place.
fn ongeplaatst() -> kernbeleid::document::OngeplaatsteTekst {
    kernbeleid::document::OngeplaatsteTekst {
        kop: Some("Voorwoord".into()),
        alineas: vec!["Voor u ligt het plan.".into()],
    }
}

fn up_gevallen() -> Vec<Geval<Uitvoeringsplan>> {
    vec![
        gezond_verstand(
            "KBV-002",
            "Een plan staat in zijn eigen hoofdstukken: tekst die bij het inlezen geen plaats vond, is nog niet verwerkt.",
            |up| up.ongeplaatst = vec![ongeplaatst()],
        ),
        gezond_verstand(
            "UP-001",
            "Een uitvoeringsplan kan een IVP alleen uitvoeren in de jaren waarin dat IVP geldt.",
            |up| up.jaar = 2031,
        ),
        handreiking(
            "UP-002",
            "Zwaartepunt daarvan is een overzicht van acties en maatregelen bij de prioriteiten en overige strategische thema's van het IVP.",
            |up| up.overige_themas[0].actiepunten.clear(),
        ),
        handreiking(
            "UP-003",
            "met explicitering van aspecten zoals bestuurlijk en ambtelijk trekker",
            |up| up.prioriteiten[0].actiepunten[0].maatregelen[0].ambtelijk_trekker = None,
        ),
        handreiking(
            "UP-004",
            "betrokken partijen, planning.",
            |up| up.prioriteiten[0].actiepunten[0].maatregelen[0].planning = None,
        ),
        handreiking(
            "UP-005",
            "De acties en maatregelen worden concreet en meetbaar beschreven ('prestatie-indicatoren')",
            |up| up.prioriteiten[0].actiepunten[0].maatregelen[0].prestatie_indicator = None,
        ),
        handreiking(
            "UP-006",
            "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan.",
            |up| up.vaststelling[0].door = Orgaan::Raad,
        ),
        gezond_verstand(
            "UP-007",
            "Een planning eindigt niet voordat zij begint.",
            |up| {
                let start = chrono::NaiveDate::from_ymd_opt(2027, 6, 1).expect("datum");
                let eind = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).expect("datum");
                up.prioriteiten[0].actiepunten[0].maatregelen[0].planning =
                    Some(Invulbaar::Waarde(Looptijd { start, eind }.into()));
            },
        ),
        handreiking(
            "UP-008",
            "Het is echt de 'operationele doorslag' daarvan.",
            |up| {
                up.prioriteiten.remove(1);
            },
        ),
        handreiking(
            "UP-009",
            "Voor de 'vervolgplannen' is het aan te bevelen een terugblik op ontwikkelingen in het veiligheidsbeeld en de aanpak in de afgelopen periode op te nemen",
            |up| up.jaar = 2028,
        ),
        handreiking(
            "UP-010",
            "De aanbevolen opzet van het uitvoeringsplan (zie ook het format voor het uitvoeringsplan) is:",
            |up| {
                up.hoofdlijn_ivp = None;
                up.beleidscyclus = None;
            },
        ),
        handreiking(
            "UP-011",
            "Het Uitvoeringsplan wordt in elke gemeente door het College vastgesteld.",
            |up| {
                up.gemeenten.push("Buurdorp".into());
                up.vaststelling[0].gemeente = Some("Buurdorp".into());
            },
        ),
    ]
}

fn analyse_gevallen() -> Vec<Geval<Veiligheidsanalyse>> {
    vec![
        handreiking(
            "AN-001",
            "(2) hoe de huidige aanpak eruit ziet",
            |a| a.themas[7].huidige_aanpak = None,
        ),
        handreiking(
            "AN-002",
            "De analyse van veiligheidsveld 1 (‘veilige woon- en leefomgeving’) verloopt anders dan die van de andere velden.",
            |a| {
                a.aspecten.remove(2);
            },
        ),
        handreiking(
            "AN-003",
            "In vervolg daarop wordt per veiligheidsveld bepaald welke prioriteiten voor het nieuwe beleid plausibel zijn.",
            |a| {
                a.voorstel_prioriteiten.remove(3);
            },
        ),
        gezond_verstand(
            "KBV-002",
            "Een plan staat in zijn eigen hoofdstukken: tekst die bij het inlezen geen plaats vond, is nog niet verwerkt.",
            |a| a.ongeplaatst = vec![ongeplaatst()],
        ),
    ]
}

/// Every case's report, with the case.
fn rapporten() -> Vec<(&'static str, Grond, Rapport)> {
    let mut uit = Vec::new();
    for g in ivp_gevallen() {
        let mut ivp = volledig_ivp();
        (g.mutatie)(&mut ivp);
        uit.push((g.code, g.grond, controleer_ivp(&ivp)));
    }
    let ivp = volledig_ivp();
    for g in up_gevallen() {
        let mut up = volledig_up();
        (g.mutatie)(&mut up);
        uit.push((g.code, g.grond, controleer_uitvoeringsplan_bij(&up, &ivp)));
    }
    for g in analyse_gevallen() {
        let mut a = volledige_analyse();
        (g.mutatie)(&mut a);
        uit.push((g.code, g.grond, controleer_analyse(&a)));
    }
    for g in bij_analyse_gevallen() {
        let mut a = volledige_analyse();
        (g.mutatie)(&mut a);
        uit.push((g.code, g.grond, controleer_ivp_bij_analyse(&ivp, &a)));
    }
    uit.extend(voortgang_gevallen());
    uit
}

/// The voortgang's rules, on the fixture of a half-year report beside its IVP and
/// uitvoeringsplan, each read at a peildatum that triggers it.
fn voortgang_gevallen() -> Vec<(&'static str, Grond, Rapport)> {
    let lees = |naam: &str| {
        kernbeleid::document::Document::lees_bestand(format!(
            "{}/tests/fixtures/voortgang/{naam}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    };
    let ivp =
        kernbeleid::document::Ivp::try_from(lees("ivp-amsterdam-2023-2026.toml")).expect("ivp");
    let up = Uitvoeringsplan::try_from(lees("uitvoeringsplan-amsterdam-2025.toml")).expect("up");
    let mut r =
        kernbeleid::document::Voortgangsrapportage::try_from(lees("rapportage-2025-halfjaar.toml"))
            .expect("rapportage");
    let grond = |code: &str| Regel::met_code(code).expect("regel").grond;
    let mut uit = Vec::new();
    // VG-002 and VG-003 on the report as it is (a measure past 31 March, jeugdoverlast unmeasured).
    let rapport = kernbeleid::controle::controleer_voortgang(&r, Some(&ivp), Some(&up));
    uit.push(("VG-002", grond("VG-002"), rapport.clone()));
    uit.push(("VG-003", grond("VG-003"), rapport));
    // VG-001 a year later: the Veiligheidsmonitor target of 2025 is not reached by 37,1.
    r.peildatum = chrono::NaiveDate::from_ymd_opt(2026, 3, 31).expect("datum");
    let rapport = kernbeleid::controle::controleer_voortgang(&r, Some(&ivp), Some(&up));
    uit.push(("VG-001", grond("VG-001"), rapport));
    uit
}

#[test]
fn elke_regel_slaat_aan_op_zijn_eigen_geval() {
    for (code, _, r) in rapporten() {
        assert!(
            r.met_code(code).next().is_some(),
            "{code} slaat niet aan:\n{r}"
        );
    }
}

#[test]
fn elk_geval_noemt_de_grond_van_zijn_regel() {
    for (code, grond, _) in rapporten() {
        let regel = Regel::met_code(code).expect("regel");
        match (grond, regel.grond) {
            (Grond::Handreiking { citaat, .. }, Grond::Handreiking { citaat: eigen, .. }) => {
                assert!(
                    eigen.contains(citaat),
                    "{code}: het geval citeert {citaat:?}, de regel {eigen:?}"
                );
            }
            (Grond::GezondVerstand { stelling }, Grond::GezondVerstand { stelling: eigen }) => {
                assert_eq!(stelling, eigen, "{code}");
            }
            (Grond::Ccv { check, .. }, Grond::Ccv { check: eigen, .. }) => {
                assert_eq!(check, eigen, "{code}");
            }
            (geval, regel) => panic!("{code}: het geval rust op {geval:?}, de regel op {regel:?}"),
        }
    }
}

#[test]
fn elke_regel_heeft_een_geval_en_de_ernst_van_de_registry() {
    let rapporten = rapporten();
    for regel in &REGELS {
        assert!(
            rapporten.iter().any(|(code, _, _)| *code == regel.code),
            "regel {} heeft geen testgeval",
            regel.code
        );
    }
    for (code, _, _) in &rapporten {
        assert!(
            Regel::met_code(code).is_some(),
            "{code} staat niet in de registry"
        );
    }
    for d in rapporten.iter().flat_map(|(_, _, r)| r.diagnoses()) {
        let regel = d.regel().expect("bekende code");
        assert_eq!(d.ernst, regel.ernst, "{}", d.code);
        assert_eq!(d.bron.grond, regel.grond.soort(), "{}", d.code);
        assert!(
            d.pad.is_empty() || d.pad.starts_with('/'),
            "pad {:?}",
            d.pad
        );
        assert!(
            !d.bericht.is_empty() && !d.bericht.ends_with('.'),
            "{}: {:?}",
            d.code,
            d.bericht
        );
    }
}

#[test]
fn exacte_berichten() {
    let mut ivp = volledig_ivp();
    ivp.periode = Periode::jaren(2027, 2032).expect("periode");
    let r = controleer_ivp(&ivp);
    let d = r.met_code("IVP-012").next().expect("IVP-012");
    assert_eq!(d.ernst, Ernst::Waarschuwing);
    assert_eq!(d.pad, "/periode");
    assert_eq!(
        d.bericht,
        "de periode 2027-01-01 tot en met 2032-12-31 is langer dan 4 jaar; het IVP is vierjaarlijks beleid"
    );
    assert!(r.is_geldig(), "te lang is een waarschuwing, geen fout");

    let mut ivp = volledig_ivp();
    let p = ivp.prioriteiten[0].clone();
    ivp.prioriteiten.extend([p.clone(), p]);
    let r = controleer_ivp(&ivp);
    let d = r.met_code("IVP-003").next().expect("IVP-003");
    assert_eq!(
        d.bericht,
        "het IVP heeft 5 prioriteiten, samen 4 van de 22 thema's; de handreiking gaat uit van een maximum van drie a vier"
    );
    assert!(
        r.is_geldig(),
        "een waarschuwing maakt het IVP niet ongeldig"
    );
    let json = serde_json::to_value(&r).expect("json");
    assert_eq!(json["waarschuwingen"], r.waarschuwingen());
    assert_eq!(json["diagnoses"][0]["code"], "IVP-003");
    assert_eq!(json["diagnoses"][0]["ernst"], "waarschuwing");
}

#[test]
fn digitale_criminaliteit_als_thema_telt_als_aandacht() {
    let mut ivp = volledig_ivp();
    ivp.strategische_doelstelling.kwalitatief = vec!["Een veilige gemeente.".into()];
    ivp.strategische_doelstelling.verbindingen.clear();
    ivp.strategische_doelstelling.kwantitatief.clear();
    let mut digitaal = Themauitwerking::new(
        "Digitale veiligheid",
        [ThemaVerwijzing::Strategisch(
            StrategischThema::GedigitaliseerdeCriminaliteit,
        )],
    );
    digitaal.toelichting = Some("Cybercrime groeit.".into());
    ivp.overige_themas.push(digitaal);
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-015").count(), 0);
}

// ---- Rapport as data: a tool's own findings, and JSON read back ----

/// The JSON of a report in the shape `kbv controleer --json` printed before `Rapport` could be
/// read back, built by hand from the public fields: the shape may gain keys, never change.
fn vorm_van_kbv(r: &Rapport) -> Value {
    let diagnoses: Vec<Value> = r
        .diagnoses()
        .iter()
        .map(|d| {
            let mut bron = json!({ "sectie": &*d.bron.sectie });
            if let Some(pagina) = d.bron.pagina {
                bron["pagina"] = json!(pagina);
            }
            // The one key added since: a ground other than the handbook says which.
            match d.bron.grond {
                GrondSoort::GezondVerstand => bron["grond"] = json!("gezond_verstand"),
                GrondSoort::Ccv => bron["grond"] = json!("ccv"),
                _ => {}
            }
            json!({
                "code": &*d.code,
                "ernst": d.ernst.to_string(),
                "pad": d.pad,
                "bericht": d.bericht,
                "bron": bron,
            })
        })
        .collect();
    json!({
        "diagnoses": diagnoses,
        "fouten": r.fouten(),
        "waarschuwingen": r.waarschuwingen(),
        "hints": r.hints(),
    })
}

/// Serialises as `kbv controleer --json` does (pretty, one newline) and reads it back.
fn heen_en_terug(r: &Rapport) -> Rapport {
    let json = serde_json::to_string_pretty(r).expect("json") + "\n";
    serde_json::from_str(&json).expect("terug naar een rapport")
}

fn vijfheerenlanden() -> Ivp {
    Ivp::uit_toml(include_str!("fixtures/vijfheerenlanden-2023-2026.toml")).expect("fixture")
}

#[test]
fn rapport_van_een_echt_plan_leest_terug_gelijk() {
    let rapport = controleer_ivp(&vijfheerenlanden());
    assert!(rapport.fouten() + rapport.waarschuwingen() + rapport.hints() > 10);
    assert_eq!(
        serde_json::to_value(&rapport).expect("json"),
        vorm_van_kbv(&rapport)
    );
    let terug = heen_en_terug(&rapport);
    assert_eq!(terug, rapport);
    assert_eq!(terug.to_string(), rapport.to_string());
    // The rules' own findings borrow their code and heading; what is read back owns them.
    for (eigen, gelezen) in rapport.diagnoses().iter().zip(terug.diagnoses()) {
        assert!(matches!(eigen.code, Cow::Borrowed(_)), "{}", eigen.code);
        assert!(matches!(eigen.bron.sectie, Cow::Borrowed(_)));
        assert!(matches!(gelezen.code, Cow::Owned(_)));
        assert_eq!(gelezen.regel().map(|r| r.ernst), Some(gelezen.ernst));
    }
}

#[test]
fn een_tool_voegt_eigen_bevindingen_toe() {
    let mut rapport = controleer_ivp(&vijfheerenlanden());
    let voor = rapport.clone();
    let bron = Bron::new("Stappenplan, Stap 4: Opstellen IVP", Some(6));
    let eigen_fout = Diagnose::new(String::from("EIGEN-001"), Ernst::Fout, "eigen fout", bron)
        .with_pad("/periode");
    let eigen_hint = Diagnose::new(
        "EIGEN-002",
        Ernst::Waarschuwing,
        "eigen hint",
        Bronvermelding::new(String::from("Stappenplan"), None),
    )
    .with_ernst(Ernst::Hint);
    rapport.insert(eigen_fout.clone());
    rapport.extend([eigen_hint.clone()]);
    assert_eq!(rapport.fouten(), voor.fouten() + 1);
    assert_eq!(rapport.hints(), voor.hints() + 1);
    // Each lands after the findings of its own severity, the rest keeps its order.
    let d = rapport.diagnoses();
    assert_eq!(d[voor.fouten()], eigen_fout);
    assert_eq!(d.last(), Some(&eigen_hint));
    let zonder: Vec<&Diagnose> = d.iter().filter(|d| !d.code.starts_with("EIGEN")).collect();
    assert_eq!(zonder, voor.diagnoses().iter().collect::<Vec<_>>());
    assert_eq!(heen_en_terug(&rapport), rapport);
    assert!(eigen_hint.regel().is_none());
    assert_eq!(eigen_fout.bron, bron);
    assert_eq!(
        eigen_fout.to_string(),
        "fout [EIGEN-001] /periode: eigen fout\n    bron: Kernbeleid Veiligheid 2021, Stappenplan, Stap 4: Opstellen IVP (p. 6)"
    );
    let verzameld: Rapport = rapport.clone().into_iter().rev().collect();
    assert_eq!(verzameld.fouten(), rapport.fouten());
    assert!(verzameld
        .diagnoses()
        .windows(2)
        .all(|paar| paar[0].ernst >= paar[1].ernst));
}

fn lees(json: &Value) -> Result<Rapport, String> {
    serde_json::from_value(json.clone()).map_err(|e| e.to_string())
}

#[test]
fn afgeleide_tellingen_worden_gecontroleerd_niet_herberekend() {
    let rapport = controleer_ivp(&vijfheerenlanden());
    let (fouten, waarschuwingen) = (rapport.fouten(), rapport.waarschuwingen());
    let mut json = vorm_van_kbv(&rapport);
    json["waarschuwingen"] = json!(waarschuwingen + 2);
    assert_eq!(
        lees(&json),
        Err(format!(
            "de telling klopt niet met de diagnoses: waarschuwingen is {}, maar er staan {waarschuwingen} diagnoses met ernst waarschuwing",
            waarschuwingen + 2
        ))
    );
    json["fouten"] = json!(fouten + 1);
    let fout = lees(&json).expect_err("twee tellingen fout");
    assert!(
        fout.contains(&format!(
            "fouten is {}, maar er staan {fouten} diagnoses met ernst fout; waarschuwingen is",
            fouten + 1
        )),
        "{fout}"
    );
}

#[test]
fn leesfouten_van_een_rapport() {
    let bron = json!({ "sectie": "Uitgangspunten", "pagina": 5 });
    let diagnose = |ernst: &str| json!({ "code": "X-1", "ernst": ernst, "pad": "", "bericht": "b", "bron": bron });
    // Out of order: a hint before a fout.
    let json = json!({
        "diagnoses": [diagnose("hint"), diagnose("fout")],
        "fouten": 1, "waarschuwingen": 0, "hints": 1,
    });
    assert_eq!(
        lees(&json),
        Err(
            "de diagnoses staan niet op ernst: /diagnoses/1 (fout) staat na /diagnoses/0 (hint); \
             een rapport noemt eerst de fouten, dan de waarschuwingen, dan de hints"
                .to_owned()
        )
    );
    // What serde_json says itself: unknown and missing keys, a wrong severity.
    let mut extra = diagnose("fout");
    extra["suggestie"] = json!("x");
    let json = json!({ "diagnoses": [extra], "fouten": 1, "waarschuwingen": 0, "hints": 0 });
    assert!(lees(&json).is_err_and(|e| e.contains("unknown field `suggestie`")));
    let json = json!({ "diagnoses": [], "fouten": 0, "waarschuwingen": 0 });
    assert!(lees(&json).is_err_and(|e| e.contains("missing field `hints`")));
    // Keys a tool writes around the report are passed over; the report is still checked.
    let json =
        json!({ "diagnoses": [], "fouten": 0, "waarschuwingen": 0, "hints": 0, "bevindingen": [] });
    assert_eq!(lees(&json), Ok(Rapport::default()));
    let json =
        json!({ "diagnoses": [], "fouten": 1, "waarschuwingen": 0, "hints": 0, "bevindingen": [] });
    assert!(lees(&json).is_err());
    let json =
        json!({ "diagnoses": [diagnose("ernstig")], "fouten": 0, "waarschuwingen": 0, "hints": 0 });
    assert!(lees(&json).is_err_and(|e| e.contains("unknown variant `ernstig`")));
    // A page is optional, as it is when writing.
    let mut zonder_pagina = diagnose("hint");
    zonder_pagina["bron"] = json!({ "sectie": "Uitgangspunten" });
    let json =
        json!({ "diagnoses": [zonder_pagina], "fouten": 0, "waarschuwingen": 0, "hints": 1 });
    let rapport = lees(&json).expect("zonder pagina");
    assert_eq!(
        rapport.diagnoses()[0].bron,
        Bronvermelding::new("Uitgangspunten", None)
    );
}

fn ernst() -> impl Strategy<Value = Ernst> {
    prop_oneof![
        Just(Ernst::Hint),
        Just(Ernst::Waarschuwing),
        Just(Ernst::Fout)
    ]
}

fn diagnose() -> impl Strategy<Value = Diagnose> {
    let code = prop_oneof![
        (0..REGELS.len()).prop_map(|i| Cow::Borrowed(REGELS[i].code)),
        any::<String>().prop_map(Cow::Owned),
    ];
    let bron = prop_oneof![
        (0..REGELS.len()).prop_map(|i| REGELS[i].grond.bronvermelding()),
        (any::<String>(), any::<Option<u16>>()).prop_map(|(s, p)| Bronvermelding::new(s, p)),
    ];
    (
        code,
        ernst(),
        any::<String>(),
        "\\PC{0,40}( \"\\\\\n\t)?",
        bron,
    )
        .prop_map(|(code, ernst, pad, bericht, bron)| {
            Diagnose::new(code, ernst, bericht, bron).with_pad(pad)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn elk_rapport_leest_terug_gelijk(diagnoses in prop::collection::vec(diagnose(), 0..12)) {
        let rapport = Rapport::new(diagnoses);
        let json = serde_json::to_string(&rapport).expect("json");
        let terug: Rapport = serde_json::from_str(&json).expect("terug");
        prop_assert_eq!(&terug, &rapport);
        prop_assert_eq!(serde_json::to_string(&terug).expect("json"), json);
        prop_assert_eq!(heen_en_terug(&rapport), rapport.clone());
        prop_assert_eq!(serde_json::to_value(&rapport).expect("json"), vorm_van_kbv(&rapport));
    }

    #[test]
    fn een_verkeerde_telling_is_een_fout(
        diagnoses in prop::collection::vec(diagnose(), 0..8),
        sleutel in prop::sample::select(vec!["fouten", "waarschuwingen", "hints"]),
        erbij in 1usize..4,
    ) {
        let rapport = Rapport::new(diagnoses);
        let mut json = vorm_van_kbv(&rapport);
        let juist = json[sleutel].as_u64().expect("telling") as usize;
        json[sleutel] = json!(juist + erbij);
        let fout = lees(&json).expect_err("verkeerde telling");
        let verwacht = format!("{sleutel} is {}, maar er staan {juist} diagnoses", juist + erbij);
        prop_assert!(fout.starts_with("de telling klopt niet met de diagnoses: "), "{}", fout);
        prop_assert!(fout.contains(&verwacht), "{}", fout);
    }
}

// ---- What the rules count as the handbook asks (issue 13) ----

#[test]
fn ivp_005_telt_wat_in_de_deelthemas_staat_en_vraagt_flankerend_beleid() {
    // "Vaste onderdelen zijn: ... (*) flankerend beleid, vooral van de gemeente"
    let mut ivp = volledig_ivp();
    let p = &mut ivp.prioriteiten[0];
    let toelichting = p.toelichting.take();
    let aanpak = std::mem::take(&mut p.hoofdlijnen_aanpak);
    let doel = std::mem::take(&mut p.doelstelling_kwalitatief);
    p.deelthemas = vec![Deelthema {
        naam: "Woninginbraak".into(),
        themas: Vec::new(),
        toelichting,
        doelstelling_kwalitatief: doel,
        hoofdlijnen_aanpak: aanpak,
        eigen_namen: Vec::new(),
    }];
    assert_eq!(codes(&controleer_ivp(&ivp)), Vec::<&str>::new());
    ivp.prioriteiten[0].flankerend_beleid.clear();
    let r = controleer_ivp(&ivp);
    let paden: Vec<&str> = r.met_code("IVP-005").map(|d| d.pad.as_str()).collect();
    assert_eq!(paden, ["/prioriteiten/0/flankerend_beleid"], "{r}");
}

#[test]
fn ivp_004_vraagt_een_toelichting_die_over_de_overlap_gaat() {
    // "de resterende veiligheidsthema's ... geclusterd tot een logische set overige
    // strategische thema's": a theme in both places needs a word on which part stands where.
    let dubbel = |toelichting: &str| {
        let mut ivp = volledig_ivp();
        let o = &mut ivp.overige_themas[0];
        o.themas.push(Thema::ObjectieveVeiligheid.into());
        o.toelichting = Some(toelichting.into());
        controleer_ivp(&ivp).met_code("IVP-004").count()
    };
    assert_eq!(dubbel("Wij werken graag samen met de wijkraden."), 1);
    assert_eq!(dubbel("Fietsdiefstal (1.3) is hier going concern."), 0);
    assert_eq!(
        dubbel("Van objectieve veiligheid/ veelvoorkomende en high impact crime valt fietsdiefstal hier."),
        0
    );
    let prioriteit = volledig_ivp().prioriteiten[0].naam.clone();
    let verwijzing = format!("Wat niet onder {prioriteit} valt, staat hier.");
    let mut ivp = volledig_ivp();
    let o = &mut ivp.overige_themas[0];
    o.themas.push(Thema::ObjectieveVeiligheid.into());
    o.toelichting = Some(verwijzing.as_str().into());
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-004").count(), 0);
    // A sub-theme that names the theme says which part stands here.
    let mut ivp = volledig_ivp();
    let o = &mut ivp.overige_themas[0];
    o.themas.push(Thema::ObjectieveVeiligheid.into());
    o.toelichting = Some("Over iets anders.".into());
    o.deelthemas.push(Deelthema {
        naam: "Fietsdiefstal".into(),
        themas: vec![Thema::ObjectieveVeiligheid.into()],
        toelichting: None,
        doelstelling_kwalitatief: Vec::new(),
        hoofdlijnen_aanpak: Vec::new(),
        eigen_namen: Vec::new(),
    });
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-004").count(), 0);
}

#[test]
fn ivp_015_telt_alleen_de_eigen_doelstelling() {
    // "Introductie en uitwerking als doorsnijdend, overkoepelend veiligheidsthema in hoofdstuk
    // 2 van het IVP: Strategische doelstelling."
    let met = |kwalitatief: &str, verbinding: &str| {
        let mut ivp = volledig_ivp();
        let d = &mut ivp.strategische_doelstelling;
        d.kwalitatief = vec![kwalitatief.into()];
        d.verbindingen = vec![verbinding.into()];
        d.kwantitatief.clear();
        controleer_ivp(&ivp).met_code("IVP-015").count()
    };
    let politie = "Ondermijning, cybercrime en Zorg & Veiligheid maken deel uit van het regionaal beleidsplan.";
    assert_eq!(met("Een veilige gemeente.", politie), 1);
    assert_eq!(
        met(
            "Een veilige gemeente met goede digitale dienstverlening.",
            ""
        ),
        1
    );
    assert_eq!(met("Inwoners zijn weerbaar tegen cybercrime.", ""), 0);
    assert_eq!(
        met(
            "Minder slachtoffers van gedigitaliseerde criminaliteit.",
            ""
        ),
        0
    );
}

#[test]
fn ivp_018_ziet_ook_een_ivp_zonder_vaststelling() {
    // "De gemeenteraad stelt het IVP vast, het College het Uitvoeringsplan."
    let mut ivp = volledig_ivp();
    ivp.vaststelling.clear();
    let r = controleer_ivp(&ivp);
    let d: Vec<(&str, &str)> = r
        .met_code("IVP-018")
        .map(|d| (d.pad.as_str(), d.bericht.as_str()))
        .collect();
    assert_eq!(
        d,
        [(
            "/vaststelling",
            "het IVP vermeldt geen vaststelling; de gemeenteraad stelt het IVP vast"
        )]
    );
}

#[test]
fn ivp_007_leest_de_soort_uit_de_bron() {
    // "Maak combinaties van 'objectieve' indicatoren (bijvoorbeeld uit de politieregistratie)
    // en 'subjectieve' indicatoren (bijvoorbeeld uit de Veiligheidsmonitor)"
    let mut ivp = volledig_ivp();
    let lijst = &mut ivp.prioriteiten[0].effectindicatoren;
    for (i, bron) in lijst.iter_mut().zip([
        IndicatorBron::Politieregistratie,
        IndicatorBron::Veiligheidsmonitor,
    ]) {
        i.soort = None;
        i.bron = Some(bron);
    }
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-007").count(), 0);
    ivp.prioriteiten[0].effectindicatoren[1].bron = Some(IndicatorBron::Gemeente);
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-007").count(), 1);
}

#[test]
fn ivp_008_gelijk_houden_met_nulmeting_is_een_streefwaarde() {
    // "kwantitatief (streefwaarden op effectindicatoren)": "dit willen we zo houden" with the
    // level measured is a target; without a level there is nothing to hold.
    let mut ivp = volledig_ivp();
    let i = &mut ivp.prioriteiten[0].effectindicatoren[0];
    i.streefwaarde = None;
    i.richting = Some(Richting::Gelijk);
    i.toelichting = Some("Dat willen we zo houden.".into());
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-008").count(), 0);
    ivp.prioriteiten[0].effectindicatoren[0].nulmeting = None;
    let r = controleer_ivp(&ivp);
    let d = r.met_code("IVP-008").next().expect("IVP-008");
    assert!(
        d.bericht.contains("het te houden niveau staat nergens"),
        "{d}"
    );
    // No nulmeting alone is no finding: the handbook asks for streefwaarden.
    let mut ivp = volledig_ivp();
    ivp.prioriteiten[0].effectindicatoren[0].nulmeting = None;
    assert_eq!(codes(&controleer_ivp(&ivp)), Vec::<&str>::new());
}

#[test]
fn ivp_013_herhaalt_ivp_014_niet() {
    // A raakvlak theme that stands nowhere is IVP-014's alone.
    let mut ivp = volledig_ivp();
    for o in &mut ivp.overige_themas {
        o.themas
            .retain(|t| *t != ThemaVerwijzing::Kbv(Thema::SocialeKwaliteit));
    }
    ivp.overige_themas.retain(|o| !o.themas.is_empty());
    for p in &mut ivp.prioriteiten {
        p.raakvlakken.clear();
    }
    let r = controleer_ivp(&ivp);
    assert_eq!(codes(&r), ["IVP-014"], "{r}");
    // Left out on purpose: then the dwarsverband is IVP-013's, once per priority that touches
    // it, and naming it among the priority's raakvlakken watches it.
    ivp.buiten_beschouwing.push(BuitenBeschouwing {
        thema: Thema::SocialeKwaliteit.into(),
        reden: Some("in ander beleid".into()),
    });
    let r = controleer_ivp(&ivp);
    assert!(r.met_code("IVP-014").next().is_none(), "{r}");
    let gemeld: Vec<&str> = r.met_code("IVP-013").map(|d| d.pad.as_str()).collect();
    assert!(!gemeld.is_empty(), "{r}");
    for d in r.met_code("IVP-013") {
        assert!(d.bericht.contains(": 1.1 Sociale kwaliteit;"), "{d}");
    }
    for p in &mut ivp.prioriteiten {
        p.raakvlakken.push(Thema::SocialeKwaliteit.into());
    }
    assert_eq!(codes(&controleer_ivp(&ivp)), Vec::<&str>::new());
}

#[test]
fn ivp_022_ziet_een_plan_van_een_jaar() {
    // "Dit eveneens vierjaarlijkse beleid"
    let mut ivp = volledig_ivp();
    ivp.periode = Periode::jaren(2027, 2027).expect("periode");
    for p in &mut ivp.prioriteiten {
        for i in &mut p.effectindicatoren {
            i.nulmeting = Some(Invulbaar::Waarde(Meting {
                jaar: 2026,
                waarde: 100.0,
            }));
            i.streefwaarde = Some(Invulbaar::Waarde(Meting {
                jaar: 2027,
                waarde: 80.0,
            }));
        }
    }
    for i in &mut ivp.strategische_doelstelling.kwantitatief {
        i.nulmeting = None;
        i.streefwaarde = Some(Invulbaar::Waarde(Meting {
            jaar: 2027,
            waarde: 80.0,
        }));
    }
    // The skeleton's title names its four years: for a one-year plan, the title is retitled.
    ivp.titel = Some("Integraal Veiligheidsplan Testdorp 2027".into());
    let r = controleer_ivp(&ivp);
    assert_eq!(codes(&r), ["IVP-022"], "{r}");
    assert_eq!(
        r.diagnoses()[0].bericht,
        "de periode 2027-01-01 tot en met 2027-12-31 beslaat 1 kalenderjaar (2027-2027), minder dan 4; het IVP is vierjaarlijks beleid"
    );
    assert_eq!(
        r.diagnoses()[0].ernst,
        Ernst::Hint,
        "ten minste eenmaal in de vier jaar"
    );
    // Exactly four years is the cycle.
    assert_eq!(
        controleer_ivp(&volledig_ivp()).met_code("IVP-022").count(),
        0
    );
}

#[test]
fn up_010_noemt_het_hoofdstuk_van_de_aanbevolen_opzet() {
    // "De aanbevolen opzet van het uitvoeringsplan ... is: 1 Hoofdlijn IVP (inclusief schets
    // beleidscyclus). ... 5 Begroting."
    let mut up = volledig_up();
    up.hoofdlijn_ivp = None;
    up.beleidscyclus = None;
    up.begroting.posten.clear();
    up.begroting.toelichting = None;
    let r = controleer_uitvoeringsplan(&up);
    let berichten: Vec<&str> = r.met_code("UP-010").map(|d| d.bericht.as_str()).collect();
    assert_eq!(
        berichten,
        [
            "hoofdstuk 1 'Hoofdlijn IVP' ontbreekt; de aanbevolen opzet: \"Hoofdlijn IVP (inclusief schets beleidscyclus).\"",
            "hoofdstuk 5 'Begroting' ontbreekt; de aanbevolen opzet: \"Begroting.\"",
        ]
    );
    assert!(r.diagnoses().iter().all(|d| d.ernst == Ernst::Hint), "{r}");
}

#[test]
fn een_bevinding_van_gezond_verstand_noemt_geen_passage() {
    let mut ivp = volledig_ivp();
    ivp.periode = Periode {
        van: ivp.periode.tot,
        tot: ivp.periode.van,
    };
    let r = controleer_ivp(&ivp);
    let d = r.met_code("IVP-011").next().expect("IVP-011");
    assert_eq!(d.bron, Bronvermelding::gezond_verstand());
    assert_eq!(
        d.to_string(),
        "fout [IVP-011] /periode: de periode begint op 2030-12-31 maar eindigt al op 2027-01-01\n    \
         bron: gezond verstand (geen passage uit de handreiking)"
    );
    let json = serde_json::to_value(d).expect("json");
    assert_eq!(
        json["bron"],
        json!({ "sectie": "gezond verstand", "grond": "gezond_verstand" })
    );
    let terug: Diagnose = serde_json::from_value(json).expect("terug");
    assert_eq!(&terug, d);
    // A finding written before the kind of ground existed reads as a handbook passage.
    let oud: Diagnose = serde_json::from_value(json!({
        "code": "IVP-003", "ernst": "waarschuwing", "pad": "/prioriteiten", "bericht": "b",
        "bron": { "sectie": "Stappenplan, Stap 3: Prioritering", "pagina": 6 },
    }))
    .expect("oud");
    assert_eq!(oud.bron.grond, GrondSoort::Handreiking);
    assert_eq!(
        oud.bron,
        Bron::new("Stappenplan, Stap 3: Prioritering", Some(6))
    );
}

#[test]
fn up_004_telt_een_datum_waarvoor_de_maatregel_gereed_is_als_planning() {
    // A one-year agreements plan: "Voor 1 juni 2017 hebben de gemeenten ...".
    let mut up = volledig_up();
    let maatregel = &mut up.prioriteiten[0].actiepunten[0].maatregelen[0];
    maatregel.planning = None;
    maatregel.gereed_voor = chrono::NaiveDate::from_ymd_opt(2027, 6, 1);
    assert_eq!(
        controleer_uitvoeringsplan(&up).met_code("UP-004").count(),
        0
    );
    up.prioriteiten[0].actiepunten[0].maatregelen[0].gereed_voor = None;
    let berichten: Vec<String> = controleer_uitvoeringsplan(&up)
        .met_code("UP-004")
        .map(|d| d.bericht.clone())
        .collect();
    assert_eq!(berichten.len(), 1);
    assert!(berichten[0].ends_with("heeft geen planning en geen datum waarvoor ze gereed is"));
}

#[test]
fn going_concern_verantwoordt_de_niet_genoemde_themas_en_vult_hoofdstuk_5() {
    let mut ivp = volledig_ivp();
    ivp.overige_themas.clear();
    ivp.buiten_beschouwing.clear();
    let zonder = controleer_ivp(&ivp);
    assert_eq!(zonder.met_code("IVP-014").count(), 1);
    assert!(zonder
        .met_code("IVP-001")
        .any(|d| d.pad == "/overige_themas"));

    // A placeholder is no statement yet: the themes are still not accounted for.
    ivp.going_concern = Some(Invulbaar::in_te_vullen("welke thema's lopen door?"));
    assert_eq!(controleer_ivp(&ivp).met_code("IVP-014").count(), 1);

    ivp.going_concern = Some(Invulbaar::Waarde(
        "Uiteraard worden de bestaande werkwijzen en aanpakken voortgezet (= bestaand beleid)."
            .to_owned(),
    ));
    let met = controleer_ivp(&ivp);
    assert_eq!(met.met_code("IVP-014").count(), 0);
    assert!(!met.met_code("IVP-001").any(|d| d.pad == "/overige_themas"));
}

#[test]
fn vaststelling_door_de_driehoek_heeft_zijn_lidwoord() {
    let mut ivp = volledig_ivp();
    ivp.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::Driehoek,
        datum: None,
    }];
    let berichten: Vec<String> = controleer_ivp(&ivp)
        .met_code("IVP-027")
        .map(|d| d.bericht.clone())
        .collect();
    assert_eq!(
        berichten,
        ["het IVP is vastgesteld door de driehoek; de gemeenteraad stelt het IVP vast"]
    );
    let mut up = volledig_up();
    up.vaststelling = vec![Vaststelling {
        gemeente: None,
        door: Orgaan::Raad,
        datum: None,
    }];
    assert!(controleer_uitvoeringsplan(&up).met_code("UP-006").any(|d| d
        .bericht
        .starts_with("het uitvoeringsplan is vastgesteld door de raad;")));
}

/// A theme that stands only in a local paragraph is accounted for (IVP-014), and a theme there
/// does not make an other theme of the joint plan a double (IVP-004 is about the joint
/// priorities).
#[test]
fn een_thema_in_een_lokale_paragraaf_telt_mee() {
    let mut ivp = volledig_ivp();
    assert!(controleer_ivp(&ivp).met_code("IVP-014").next().is_none());
    // Move the first other theme into a local paragraph, as a local priority.
    let verplaatst = ivp.overige_themas.remove(0);
    let zonder = controleer_ivp(&ivp);
    assert_eq!(zonder.met_code("IVP-014").count(), 1, "{zonder}");

    ivp.gemeenten.push("Buurdorp".to_owned());
    ivp.lokale_paragrafen.push(LokaleParagraaf {
        gemeente: "Buurdorp".to_owned(),
        toelichting: None,
        prioriteiten: vec![verplaatst],
        overige_themas: Vec::new(),
    });
    let met = controleer_ivp(&ivp);
    assert!(met.met_code("IVP-014").next().is_none(), "{met}");
    assert!(met.met_code("IVP-004").next().is_none(), "{met}");
}
