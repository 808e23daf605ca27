//! The document strategies shared by the property tests: any IVP, uitvoeringsplan and
//! veiligheidsanalyse, with every kind of text, number, date and placeholder. The JSON/TOML round
//! trips (`test_document_eigenschappen`) and the Word round trip (`test_word`) run over exactly
//! these documents.

#![allow(dead_code)]

use chrono::NaiveDate;
use kernbeleid::catalogus::{Aspect, StrategischThema, Thema, Veld};
use kernbeleid::document::*;
use kernbeleid::methode::SturingVoorziening;
use kernbeleid::VariantArray;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;

/// Any text: every Unicode scalar, control characters and quotes included.
pub(crate) fn tekst_vrij() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<char>(), 0..10).prop_map(String::from_iter),
        "[a-zA-Z \"'\\\\\n]{0,12}",
        Just("\"\"\"'''".to_owned()),
    ]
}

pub(crate) fn tekst() -> impl Strategy<Value = Tekst> {
    invulbaar(tekst_vrij())
}

pub(crate) fn invulbaar<T: std::fmt::Debug + Clone>(
    waarde: impl Strategy<Value = T>,
) -> impl Strategy<Value = Invulbaar<T>> {
    prop_oneof![
        3 => waarde.prop_map(Invulbaar::Waarde),
        1 => tekst_vrij().prop_map(Invulbaar::in_te_vullen),
    ]
}

pub(crate) fn getal() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e9..1e9f64,
        any::<f64>().prop_filter("eindig", |g| g.is_finite()),
        Just(0.0),
        Just(-0.0),
        Just(82.0),
    ]
}

/// Any amount in range, with a bias to the edges and to whole euros.
pub(crate) fn bedrag() -> impl Strategy<Value = Bedrag> {
    let max = Bedrag::MAX.centen();
    prop_oneof![
        (-max..=max),
        (-999_999_999_999i64..=999_999_999_999).prop_map(|e| e * 100),
        Just(max),
        Just(-max),
        Just(0),
        Just(1),
        Just(-1),
        (0..1_000_000i64),
    ]
    .prop_map(|centen| Bedrag::uit_centen(centen).unwrap_or_default())
}

pub(crate) fn datum() -> impl Strategy<Value = NaiveDate> {
    (1000..=9999i32, 1..=12u32, 1..=28u32)
        .prop_map(|(j, m, d)| NaiveDate::from_ymd_opt(j, m, d).unwrap_or_default())
}

pub(crate) fn periode() -> impl Strategy<Value = Periode> {
    (datum(), datum()).prop_map(|(van, tot)| Periode { van, tot })
}

pub(crate) fn thema() -> impl Strategy<Value = Thema> {
    select(Thema::VARIANTS.to_vec())
}

pub(crate) fn verwijzing() -> impl Strategy<Value = ThemaVerwijzing> {
    prop_oneof![
        thema().prop_map(ThemaVerwijzing::Kbv),
        select(StrategischThema::VARIANTS.to_vec()).prop_map(ThemaVerwijzing::Strategisch),
    ]
}

pub(crate) fn optie<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(s)
}

pub(crate) fn bron() -> impl Strategy<Value = IndicatorBron> {
    prop_oneof![
        Just(IndicatorBron::Politieregistratie),
        Just(IndicatorBron::Veiligheidsmonitor),
        Just(IndicatorBron::Gemeente),
        tekst_vrij()
            .prop_filter("geen van de vaste bronnen", |t| {
                !matches!(
                    t.trim().to_ascii_lowercase().as_str(),
                    "politieregistratie" | "veiligheidsmonitor" | "gemeente"
                )
            })
            .prop_map(IndicatorBron::Anders),
    ]
}

pub(crate) fn meting() -> impl Strategy<Value = Meting> {
    (any::<i32>(), getal()).prop_map(|(jaar, waarde)| Meting { jaar, waarde })
}

pub(crate) fn indicator() -> impl Strategy<Value = Effectindicator> {
    (
        tekst(),
        optie(bron()),
        optie(select(vec![
            IndicatorSoort::Objectief,
            IndicatorSoort::Subjectief,
        ])),
        optie(tekst_vrij()),
        optie(select(vec![
            Richting::Dalen,
            Richting::Stijgen,
            Richting::Gelijk,
        ])),
        optie(invulbaar(meting())),
        optie(invulbaar(meting())),
        btree_map(any::<i32>(), getal(), 0..3),
        optie(tekst()),
    )
        .prop_map(
            |(
                naam,
                bron,
                soort,
                eenheid,
                richting,
                nulmeting,
                streefwaarde,
                reeks,
                toelichting,
            )| {
                Effectindicator {
                    naam,
                    bron,
                    soort,
                    eenheid,
                    richting,
                    nulmeting,
                    streefwaarde,
                    reeks,
                    toelichting,
                }
            },
        )
}

/// A plan's own name for themes, with or without its reason.
pub(crate) fn eigen_naam() -> impl Strategy<Value = EigenNaam> {
    (tekst_vrij(), vec(verwijzing(), 0..3), optie(tekst())).prop_map(
        |(naam, themas, toelichting)| EigenNaam {
            naam,
            themas,
            toelichting,
        },
    )
}

pub(crate) fn deelthema() -> impl Strategy<Value = Deelthema> {
    (
        tekst_vrij(),
        (vec(verwijzing(), 0..2), vec(eigen_naam(), 0..2)),
        optie(tekst()),
        vec(tekst(), 0..2),
        vec(tekst(), 0..2),
    )
        .prop_map(
            |(
                naam,
                (themas, eigen_namen),
                toelichting,
                doelstelling_kwalitatief,
                hoofdlijnen_aanpak,
            )| Deelthema {
                naam,
                themas,
                eigen_namen,
                toelichting,
                doelstelling_kwalitatief,
                hoofdlijnen_aanpak,
            },
        )
}

pub(crate) fn uitwerking() -> impl Strategy<Value = Themauitwerking> {
    (
        (
            tekst_vrij(),
            vec(tekst_vrij(), 0..2),
            (vec(verwijzing(), 0..3), vec(eigen_naam(), 0..2)),
            optie(tekst()),
        ),
        (
            vec(tekst(), 0..2),
            vec(indicator(), 0..2),
            vec(tekst(), 0..2),
            vec(tekst(), 0..2),
            optie(tekst()),
        ),
        (
            vec(deelthema(), 0..2),
            vec(verwijzing(), 0..2),
            vec(tekst_vrij(), 0..2),
            vec(tekst(), 0..2),
            vec(tekst_vrij(), 0..2),
        ),
    )
        .prop_map(
            |(
                (naam, andere_namen, (themas, eigen_namen), toelichting),
                (doel, ind, aanpak, flank, dig),
                rest,
            )| {
                let (deelthemas, raakvlakken, partners, maatregelen, wet_en_regelgeving) = rest;
                Themauitwerking {
                    naam,
                    andere_namen,
                    themas,
                    eigen_namen,
                    toelichting,
                    doelstelling_kwalitatief: doel,
                    effectindicatoren: ind,
                    hoofdlijnen_aanpak: aanpak,
                    flankerend_beleid: flank,
                    digitale_component: dig,
                    deelthemas,
                    raakvlakken,
                    partners,
                    maatregelen,
                    wet_en_regelgeving,
                }
            },
        )
}

/// A full date, or a day and month without a year (29 February included).
pub(crate) fn besluitdatum() -> impl Strategy<Value = Besluitdatum> {
    prop_oneof![
        datum().prop_map(Besluitdatum::from),
        (1..=12u32, 1..=31u32).prop_filter_map("een dag die bestaat", |(maand, dag)| {
            Besluitdatum::zonder_jaar(dag, maand).ok()
        }),
    ]
}

pub(crate) fn vaststelling() -> impl Strategy<Value = Vaststelling> {
    (
        optie(tekst_vrij()),
        select(Orgaan::VARIANTS.to_vec()),
        optie(besluitdatum()),
    )
        .prop_map(|(gemeente, door, datum)| Vaststelling {
            gemeente,
            door,
            datum,
        })
}

pub(crate) fn begroting() -> impl Strategy<Value = Begroting> {
    (
        optie(tekst()),
        vec(
            (tekst_vrij(), optie(invulbaar(bedrag()))).prop_map(|(omschrijving, bedrag_euro)| {
                Post {
                    omschrijving,
                    bedrag_euro,
                }
            }),
            0..2,
        ),
    )
        .prop_map(|(toelichting, posten)| Begroting {
            toelichting,
            posten,
        })
}

pub(crate) fn ivp() -> impl Strategy<Value = Ivp> {
    (
        (
            vec(tekst_vrij(), 0..3),
            optie(tekst_vrij()),
            periode(),
            vec(vaststelling(), 0..2),
            optie(tekst_vrij()),
            vec(tekst_vrij(), 0..2),
            optie(
                (any::<i32>(), optie(tekst_vrij()))
                    .prop_map(|(jaar, titel)| AnalyseVerwijzing { jaar, titel }),
            ),
        ),
        (
            (optie(tekst()), vec(tekst_vrij(), 0..2)),
            vec(
                (select(Veld::VARIANTS.to_vec()), optie(tekst()))
                    .prop_map(|(veld, samenvatting)| VeldSamenvatting { veld, samenvatting }),
                0..2,
            ),
            (
                vec(tekst(), 0..2),
                vec(indicator(), 0..2),
                vec(tekst(), 0..2),
            ),
            vec(tekst(), 0..2),
        ),
        (
            (optie(tekst()), vec(uitwerking(), 0..3)),
            (optie(tekst()), vec(uitwerking(), 0..2)),
            vec(
                (verwijzing(), optie(tekst()))
                    .prop_map(|(thema, reden)| BuitenBeschouwing { thema, reden }),
                0..2,
            ),
        ),
        (
            (
                optie(tekst()),
                optie(tekst()),
                optie(tekst()),
                btree_map(select(SturingVoorziening::VARIANTS.to_vec()), tekst(), 0..3),
            ),
            begroting(),
            vec(
                (
                    tekst_vrij(),
                    optie(tekst()),
                    vec(uitwerking(), 0..2),
                    vec(uitwerking(), 0..2),
                )
                    .prop_map(
                        |(gemeente, toelichting, prioriteiten, overige_themas)| LokaleParagraaf {
                            gemeente,
                            toelichting,
                            prioriteiten,
                            overige_themas,
                        },
                    ),
                0..2,
            ),
        ),
    )
        .prop_map(|(kop, hoofdstuk_1_tot_3, themas, rest)| {
            let (gemeenten, titel, periode, vaststelling, vindplaats, partners, analyse) = kop;
            let ((algemeen, bronnen), velden, doelstelling, uitgangspunten) = hoofdstuk_1_tot_3;
            let (kwalitatief, kwantitatief, verbindingen) = doelstelling;
            let (
                (inleiding_prioriteiten, prioriteiten),
                (going_concern, overige_themas),
                buiten_beschouwing,
            ) = themas;
            let ((ambtelijk, bestuurlijk, beleidscyclus, voorzieningen), begroting, lokaal) = rest;
            Ivp {
                gemeenten,
                titel,
                periode,
                vaststelling,
                vindplaats,
                partners,
                analyse,
                uitgangssituatie: Uitgangssituatie {
                    algemeen,
                    velden,
                    bronnen,
                },
                strategische_doelstelling: StrategischeDoelstelling {
                    kwalitatief,
                    kwantitatief,
                    verbindingen,
                },
                strategische_uitgangspunten: uitgangspunten,
                inleiding_prioriteiten,
                prioriteiten,
                going_concern,
                overige_themas,
                buiten_beschouwing,
                coordinatie: Coordinatie {
                    ambtelijk,
                    bestuurlijk,
                    beleidscyclus,
                    voorzieningen,
                },
                begroting,
                lokale_paragrafen: lokaal,
                ongeplaatst: Vec::new(),
            }
        })
}

/// A planning as plans write it: any text, text shaped as a period ("Q2 2026", "maart-juni
/// 2026"), or a start and end date.
///
/// Boxed: the document strategies nest deep enough to fill a test thread's stack otherwise.
pub(crate) fn planning() -> BoxedStrategy<Planning> {
    prop_oneof![
        2 => tekst_vrij().prop_map(Planning::Tekst),
        2 => geschreven_planning().prop_map(Planning::Tekst),
        1 => (datum(), datum()).prop_map(|(start, eind)| Planning::Looptijd(Looptijd { start, eind })),
    ]
    .boxed()
}

/// Text shaped as the periods people write: quarters, half years, months, years, weeks, dates
/// and ranges of them, in upper or lower case, with the year before or after.
pub(crate) fn geschreven_planning() -> BoxedStrategy<String> {
    let maand = select(
        &[
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
            "jan",
            "mrt",
            "okt",
            "Sept",
        ][..],
    );
    let punt = prop_oneof![
        (1..=6u32).prop_map(|k| format!("Q{k}")),
        (1..=5u32).prop_map(|k| format!("{k}e kwartaal")),
        (1..=3u32).prop_map(|h| format!("H{h}")),
        maand.clone().prop_map(str::to_owned),
        (1..=31u32, maand).prop_map(|(d, m)| format!("{d} {m}")),
        (1..=54u32).prop_map(|w| format!("week {w}")),
        Just("doorlopend".to_owned()),
    ];
    let jaar = prop_oneof![
        Just(String::new()),
        (1990..2100i32).prop_map(|j| format!(" {j}"))
    ];
    let scheiding = select(&["-", " - ", "–", " t/m ", " tot "][..]);
    prop_oneof![
        (punt.clone(), jaar.clone()).prop_map(|(p, j)| format!("{p}{j}")),
        (punt.clone(), jaar.clone(), scheiding, punt, jaar)
            .prop_map(|(a, ja, s, b, jb)| format!("{a}{ja}{s}{b}{jb}")),
        (1990..2100i32, 0..3i32).prop_map(|(j, n)| format!("{j}-{}", j + n - 1)),
        (datum(), datum()).prop_map(|(a, b)| format!("{} t/m {}", a.format("%d-%m-%Y"), b)),
    ]
    .boxed()
}

pub(crate) fn maatregel() -> impl Strategy<Value = Maatregel> {
    (
        tekst(),
        optie(invulbaar(tekst_vrij())),
        optie(invulbaar(tekst_vrij())),
        vec(tekst_vrij(), 0..2),
        optie(invulbaar(planning())),
        optie(datum()),
        optie(tekst()),
    )
        .prop_map(
            |(
                omschrijving,
                bestuurlijk_trekker,
                ambtelijk_trekker,
                betrokken_partijen,
                planning,
                gereed_voor,
                prestatie_indicator,
            )| {
                Maatregel {
                    omschrijving,
                    bestuurlijk_trekker,
                    ambtelijk_trekker,
                    betrokken_partijen,
                    planning,
                    gereed_voor,
                    prestatie_indicator,
                }
            },
        )
}

pub(crate) fn item() -> impl Strategy<Value = UitvoeringsItem> {
    (
        tekst_vrij(),
        (vec(verwijzing(), 0..3), vec(eigen_naam(), 0..2)),
        vec(tekst(), 0..2),
        vec(
            (tekst_vrij(), optie(tekst()), vec(maatregel(), 0..3)).prop_map(
                |(naam, toelichting, maatregelen)| Actiepunt {
                    naam,
                    toelichting,
                    maatregelen,
                },
            ),
            0..3,
        ),
    )
        .prop_map(
            |(naam, (themas, eigen_namen), doelen, actiepunten)| UitvoeringsItem {
                naam,
                themas,
                eigen_namen,
                doelen,
                actiepunten,
            },
        )
}

pub(crate) fn uitvoeringsplan() -> impl Strategy<Value = Uitvoeringsplan> {
    (
        (
            vec(tekst_vrij(), 0..3),
            any::<i32>(),
            optie(tekst_vrij()),
            optie(tekst_vrij()),
            optie(periode()),
            vec(vaststelling(), 0..2),
        ),
        (
            optie(tekst()),
            optie(tekst()),
            optie(tekst()),
            optie(tekst()),
        ),
        (vec(item(), 0..3), vec(item(), 0..2), begroting()),
        vec(
            (tekst_vrij(), vec(item(), 0..2), vec(item(), 0..2)).prop_map(
                |(gemeente, prioriteiten, overige_themas)| LokaleUitvoering {
                    gemeente,
                    prioriteiten,
                    overige_themas,
                },
            ),
            0..2,
        ),
    )
        .prop_map(|(kop, teksten, themas, lokale_paragrafen)| {
            let (gemeenten, jaar, titel, ivp_titel, periode, vaststelling) = kop;
            let (hoofdlijn_ivp, beleidscyclus, veiligheidsbeeld, aanpak) = teksten;
            let (prioriteiten, overige_themas, begroting) = themas;
            Uitvoeringsplan {
                gemeenten,
                jaar,
                titel,
                ivp: periode.map(|periode| IvpVerwijzing {
                    titel: ivp_titel,
                    periode,
                }),
                vaststelling,
                hoofdlijn_ivp,
                beleidscyclus,
                terugblik: Terugblik {
                    veiligheidsbeeld,
                    aanpak,
                },
                prioriteiten,
                overige_themas,
                begroting,
                lokale_paragrafen,
                ongeplaatst: Vec::new(),
            }
        })
}

pub(crate) fn analyse() -> impl Strategy<Value = Veiligheidsanalyse> {
    let cijfer = (
        tekst_vrij(),
        optie(any::<i32>()),
        optie(invulbaar(getal())),
        optie(tekst_vrij()),
        optie(bron()),
    )
        .prop_map(|(omschrijving, jaar, waarde, eenheid, bron)| Cijfer {
            omschrijving,
            jaar,
            waarde,
            eenheid,
            bron,
        });
    let thema_analyse = (
        thema(),
        optie(tekst()),
        vec(cijfer, 0..3),
        optie(tekst()),
        optie(tekst()),
    )
        .prop_map(
            |(thema, problematiek, cijfers, huidige_aanpak, beleidsversterkingen)| ThemaAnalyse {
                thema,
                problematiek,
                cijfers,
                huidige_aanpak,
                beleidsversterkingen,
            },
        );
    let aspect = (
        select(Aspect::VARIANTS.to_vec()),
        optie(tekst()),
        optie(tekst()),
    )
        .prop_map(
            |(aspect, huidige_aanpak, beleidsversterkingen)| AspectAnalyse {
                aspect,
                huidige_aanpak,
                beleidsversterkingen,
            },
        );
    let voorstel = (
        select(Veld::VARIANTS.to_vec()),
        vec(thema(), 0..3),
        optie(tekst()),
    )
        .prop_map(|(veld, themas, toelichting)| VoorstelVeld {
            veld,
            themas,
            toelichting,
        });
    (
        vec(tekst_vrij(), 0..3),
        any::<i32>(),
        optie(tekst_vrij()),
        vec(thema_analyse, 0..4),
        vec(aspect, 0..3),
        vec(voorstel, 0..3),
    )
        .prop_map(
            |(gemeenten, jaar, titel, themas, aspecten, voorstel_prioriteiten)| {
                Veiligheidsanalyse {
                    gemeenten,
                    jaar,
                    titel,
                    themas,
                    aspecten,
                    voorstel_prioriteiten,
                    ongeplaatst: Vec::new(),
                }
            },
        )
}

pub(crate) fn document() -> impl Strategy<Value = Document> {
    prop_oneof![
        ivp().prop_map(Document::from),
        uitvoeringsplan().prop_map(Document::from),
        analyse().prop_map(Document::from),
    ]
}

/// Runs `test` over `gevallen` cases of the strategy `maak` builds, in a thread with a 64 MiB
/// stack: a document and its edits nest proptest's value trees deeper than a test thread's stack
/// holds in a debug build. A failing case panics the calling test with proptest's report.
pub(crate) fn in_diepe_draad<S, T>(
    gevallen: u32,
    maak: impl FnOnce() -> S + Send + 'static,
    test: T,
) where
    S: Strategy,
    T: Fn(S::Value) -> Result<(), TestCaseError> + Send + 'static,
{
    let draad = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut runner =
                proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(gevallen));
            runner.run(&maak(), test).map_err(|fout| fout.to_string())
        })
        .expect("draad");
    match draad.join() {
        Ok(Ok(())) => {}
        Ok(Err(fout)) => panic!("{fout}"),
        Err(paniek) => std::panic::resume_unwind(paniek),
    }
}
