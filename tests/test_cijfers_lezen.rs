//! Reading the downloads: every table in its published shape, every awkward case, and the exact
//! Dutch errors.
#![cfg(feature = "cijfers")]

use kernbeleid::cijfers::{lees, Cel, CijferFout, Deel, Herkenning, Marge, Niveau, Periode, Tabel};
use proptest::prelude::*;

fn fixture(naam: &str) -> Vec<u8> {
    let pad = format!(
        "{}/tests/fixtures/cijfers/{naam}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&pad).unwrap_or_else(|e| panic!("{pad}: {e}"))
}

fn fout(csv: &str) -> String {
    match lees(csv.as_bytes()) {
        Ok(b) => panic!("verwacht een fout, kreeg {} rijen", b.len()),
        Err(e) => e.to_string(),
    }
}

const KOP_47013: &str =
    "\"ID\";\"SoortMisdrijf\";\"RegioS\";\"Perioden\";\"GeregistreerdeMisdrijven_1\"\r\n";

#[test]
fn politie_47013_met_bom_crlf_en_opvulling() {
    let bytes = fixture("politie-47013-gemeente-maand.csv");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF\"ID\""),
        "de fixture heeft een BOM"
    );
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n"),
        "de fixture heeft CRLF"
    );
    let bestand = lees(bytes.as_slice()).expect("47013NED");
    assert_eq!(bestand.tabel(), Tabel::GeregistreerdeMisdrijven);
    assert_eq!(
        bestand.kolommen()[0],
        "ID",
        "de BOM hoort niet bij de eerste kolomnaam"
    );
    assert_eq!(bestand.len(), 150);
    let codes: Vec<_> = bestand.regios().iter().map(|r| r.code.as_deref()).collect();
    assert_eq!(codes, [Some("GM0363"), Some("GM0344"), Some("GM1961")]);
    assert!(bestand
        .regios()
        .iter()
        .all(|r| r.niveau == Niveau::Gemeente));
    let titels: Vec<String> = bestand.categorieen().iter().map(|c| c.weergave()).collect();
    assert_eq!(
        titels,
        [
            "Totaal misdrijven",
            "1.1.1 Diefstal/inbraak woning",
            "1.2.3 Diefstal van brom-, snor-, fietsen",
            "2.5.2 Winkeldiefstal",
            "1.4.1 Zedenmisdrijf"
        ]
    );
    assert!(bestand
        .categorieen()
        .iter()
        .all(|c| c.herkenning == Some(Herkenning::Sleutel)));
    assert_eq!(
        bestand.laatste_maand(),
        Some(Periode {
            jaar: 2025,
            deel: Deel::Maand(7)
        })
    );
    // Line numbers count the header as line 1, with CRLF line ends.
    let eerste = bestand.registraties().next().expect("rij");
    assert_eq!(eerste.regel, 2);
    assert_eq!(eerste.periode, Periode::jaar(2022));
    assert_eq!(eerste.waarde, Cel::Getal(61000.0));
    // "." is kept as not published, never as 0.
    let punt = bestand
        .registraties()
        .find(|r| {
            r.regio.is("GM1961") && r.categorie.cel == "2.5.2" && r.periode == Periode::jaar(2023)
        })
        .expect("rij");
    assert_eq!(punt.waarde, Cel::NietGepubliceerd);
}

#[test]
fn cbs_83648_sleutels_en_per_1000() {
    let bestand = lees(fixture("cbs-83648-regio-jaar.csv").as_slice()).expect("83648NED");
    assert_eq!(bestand.tabel(), Tabel::Criminaliteit);
    let totaal = bestand
        .registraties()
        .find(|r| r.categorie.is_totaal())
        .expect("totaal");
    assert_eq!(totaal.categorie.weergave(), "Misdrijven, totaal");
    assert_eq!(totaal.per_1000, Some(Cel::Getal(69.1)));
    let groep = bestand
        .categorieen()
        .iter()
        .find(|c| c.cel == "CRI1100")
        .expect("CRI1100");
    assert_eq!(groep.weergave(), "1.1 Diefstal/verduistering en inbraak");
}

#[test]
fn cbs_83648_titels_met_komma_ster_en_decimale_komma() {
    let bestand = lees(fixture("cbs-83648-titels.csv").as_slice()).expect("83648NED met titels");
    assert_eq!(bestand.tabel(), Tabel::Criminaliteit);
    let regio = &bestand.regios()[0];
    assert_eq!(
        (regio.naam.as_deref(), regio.code.as_deref()),
        (Some("Vijfheerenlanden"), None)
    );
    let titels: Vec<(String, Option<Herkenning>)> = bestand
        .categorieen()
        .iter()
        .map(|c| (c.weergave(), c.herkenning))
        .collect();
    assert_eq!(
        titels,
        [
            ("Misdrijven, totaal".to_owned(), Some(Herkenning::Titel)),
            (
                "1.1.1 Diefstal en inbraak met geweld".to_owned(),
                Some(Herkenning::Titel)
            ),
            (
                "1.1.2 Diefstal en inbraak zonder geweld".to_owned(),
                Some(Herkenning::Titel)
            ),
            // The older spelling "Vernielingen,misdropenborde/gezag" is the same title.
            (
                "2 Vernielingen, misdr. openb. orde/gezag".to_owned(),
                Some(Herkenning::Titel)
            ),
            ("3.3.2 Verkrachting".to_owned(), Some(Herkenning::Titel)),
        ]
    );
    let voorlopig: Vec<bool> = bestand
        .registraties()
        .filter(|r| r.categorie.is_totaal())
        .map(|r| r.voorlopig)
        .collect();
    assert_eq!(voorlopig, [false, false, true], "2024* is voorlopig");
    let per_1000 = bestand.registraties().next().and_then(|r| r.per_1000);
    assert_eq!(per_1000, Some(Cel::Getal(36.5)), "36,5 met decimale komma");
}

#[test]
fn veiligheidsmonitor_met_marges() {
    let bestand = lees(fixture("cbs-85146-veiligheidsmonitor.csv").as_slice()).expect("85146NED");
    assert_eq!(bestand.tabel(), Tabel::Veiligheidsmonitor);
    assert_eq!(bestand.maten().len(), 5);
    let rapportcijfers: Vec<(Marge, Cel)> = bestand
        .uitkomsten()
        .filter(|u| {
            u.regio.is("GM0363")
                && u.periode == Periode::jaar(2023)
                && u.maat.starts_with("Rapportcijfer")
        })
        .map(|u| (u.marge, u.waarde))
        .collect();
    assert_eq!(
        rapportcijfers,
        [
            (Marge::Waarde, Cel::Getal(6.8)),
            (Marge::Ondergrens, Cel::Getal(6.7)),
            (Marge::Bovengrens, Cel::Getal(6.9))
        ]
    );
    assert!(bestand
        .uitkomsten()
        .filter(|u| u.regio.is("GM1961"))
        .all(|u| u.waarde == Cel::NietGepubliceerd));
}

#[test]
fn overlast_per_wijk_en_buurt() {
    let bestand =
        lees(fixture("politie-47024-overlast-wijk-buurt.csv").as_slice()).expect("47024NED");
    assert_eq!(bestand.tabel(), Tabel::OverlastWijkBuurt);
    let niveaus: Vec<Niveau> = bestand.regios().iter().map(|r| r.niveau).collect();
    assert_eq!(niveaus, [Niveau::Gemeente, Niveau::Wijk, Niveau::Buurt]);
    assert_eq!(
        bestand.regios()[0].naam.as_deref(),
        Some("Vijfheerenlanden")
    );
    assert!(bestand.regios()[2].hoort_bij("GM1961"));
    assert!(bestand.categorieen()[0].is_totaal());
    assert_eq!(
        bestand.categorieen()[1].soort,
        None,
        "overlastcategorieën zijn hier alleen op trefwoord bekend"
    );
}

#[test]
fn alle_kopvormen_worden_herkend() {
    for (kop, tabel) in [
        ("ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1;Aangiften_2;Internetaangiften_3", Tabel::GeregistreerdeMisdrijven),
        ("ID,SoortMisdrijf,WijkenEnBuurten,Perioden,GeregistreerdeMisdrijven_1", Tabel::MisdrijvenWijkBuurt),
        ("Soort misdrijf\tRegio's\tPerioden\tGeregistreerde misdrijven (aantal)", Tabel::GeregistreerdeMisdrijven),
        ("ID;Overlast;RegioS;Perioden;GeregistreerdeOverlast_1", Tabel::Overlast),
        ("Perioden;RegioS;SoortMisdrijf;TotaalGeregistreerdeMisdrijven_1", Tabel::Criminaliteit),
        ("ID;Marges;RegioS;Perioden;RapportcijferVeiligheidInBuurt_60", Tabel::Veiligheidsmonitor),
    ] {
        let bestand = lees(format!("{kop}\n").as_bytes()).unwrap_or_else(|e| panic!("{kop}: {e}"));
        assert_eq!(bestand.tabel(), tabel, "{kop}");
        assert!(bestand.is_empty());
    }
}

#[test]
fn lege_regels_en_lf_en_komma_als_scheiding() {
    let csv = "ID,SoortMisdrijf,RegioS,Perioden,GeregistreerdeMisdrijven_1\n\
               1,\"Misdrijven, totaal\",GM0363,2023JJ00,10\n\
               \n\
               2,1.1.1,GM0363,2023 juli,3\n";
    let bestand = lees(csv.as_bytes()).expect("csv");
    let rijen: Vec<(u64, String, Cel)> = bestand
        .registraties()
        .map(|r| (r.regel, r.periode.to_string(), r.waarde))
        .collect();
    assert_eq!(
        rijen,
        [
            (2, "2023".to_owned(), Cel::Getal(10.0)),
            (4, "2023 juli".to_owned(), Cel::Getal(3.0))
        ]
    );
    // "Misdrijven, totaal" is a CBS title, not a police one: kept as found, not recognised.
    assert_eq!(bestand.categorieen()[0].soort, None);
    assert_eq!(bestand.categorieen()[0].cel, "Misdrijven, totaal");
}

#[test]
fn foutmeldingen_zijn_nederlands_met_plaats() {
    assert_eq!(
        fout(""),
        "het bestand is leeg; verwacht eerst een kop met de kolomnamen, zoals ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1"
    );
    assert_eq!(fout("\u{feff}\r\n"), fout(""));
    // Blank lines before the header and between rows count in the line numbers.
    assert_eq!(
        fout("\r\n\nID;Gemeente\n"),
        format!(
            "regel 3: de kop heeft de kolommen ID, Gemeente; verwacht {}",
            &fout("ID;Gemeente\n")
                ["regel 1: de kop heeft de kolommen ID, Gemeente; verwacht ".len()..]
        )
    );
    assert_eq!(
        fout(&format!("\n{KOP_47013}\r\n\r\n1;\"1.1.1 \";\"GM0363 \";\"2023JJ00\";twaalf\r\n")),
        "regel 5, kolom 5 (GeregistreerdeMisdrijven_1): \"twaalf\"; verwacht een getal (zoals 412 of 4.1), \".\" (niet gepubliceerd) of een leeg veld"
    );
    assert_eq!(
        fout("ID;Gemeente;Jaar;Aantal\n"),
        "regel 1: de kop heeft de kolommen ID, Gemeente, Jaar, Aantal; verwacht de kolommen van een van deze tabellen: \
         47013NED (ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1); \
         47022NED (ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1); \
         47021NED (ID;Overlast;RegioS;Perioden;GeregistreerdeOverlast_1); \
         47024NED (ID;Overlast;WijkenEnBuurten;Perioden;GeregistreerdeOverlast_1); \
         83648NED (ID;SoortMisdrijf;RegioS;Perioden;TotaalGeregistreerdeMisdrijven_1;GeregistreerdeMisdrijvenPer1000Inw_3); \
         85146NED (ID;Marges;RegioS;Perioden;RapportcijferVeiligheidInBuurt_60;...)"
    );
    let bijna = fout("ID;SoortMisdrijf;RegioS;GeregistreerdeMisdrijven_1\n");
    assert!(
        bijna.ends_with("(het lijkt op 47013NED, maar de kolom Perioden ontbreekt)"),
        "{bijna}"
    );
    assert_eq!(
        fout("ID;SoortMisdrijf;RegioS;Perioden;Perioden;GeregistreerdeMisdrijven_1\n"),
        "regel 1, kolom 5 (Perioden): een tweede kolom voor de periode (de eerste is kolom 4); verwacht er één"
    );
    assert_eq!(
        fout(&format!(
            "{KOP_47013}1;\"1.1.1 \";\"GM0363 \";\"2023JJ00\"\r\n"
        )),
        "regel 2: 4 velden; verwacht 5, evenveel als de kop kolommen heeft"
    );
    assert_eq!(
        fout(&format!("{KOP_47013}1;\"1.1.1 \";\"GM0363 \";\"2023JJ00\";12\r\n2;\"1.1.1 \";\"GM0363 \";\"2023MM13\";1\r\n")),
        "regel 3, kolom 4 (Perioden): \"2023MM13\"; verwacht een periode zoals 2023JJ00 (jaar), 2023KW01 (kwartaal), 2026MM07 (maand), 2023 of 2026 juli"
    );
    assert_eq!(
        fout(&format!("{KOP_47013}1;\"1.1.1 \";\"GM0363 \";\"2023JJ00\";12 stuks\r\n")),
        "regel 2, kolom 5 (GeregistreerdeMisdrijven_1): \"12 stuks\"; verwacht een getal (zoals 412 of 4.1), \".\" (niet gepubliceerd) of een leeg veld"
    );
    assert_eq!(
        fout(&format!(
            "{KOP_47013}1;\"1.1.1 \";\"GM0363 \";\"2023JJ00\";-4\r\n"
        )),
        "regel 2, kolom 5 (GeregistreerdeMisdrijven_1): \"-4\"; verwacht een aantal van 0 of meer"
    );
    assert_eq!(
        fout(&format!(
            "{KOP_47013}1;\"1.1.1 \";\"   \";\"2023JJ00\";4\r\n"
        )),
        "regel 2, kolom 3 (RegioS): \"\"; verwacht een regio, zoals GM0363 of Amsterdam"
    );
    assert_eq!(
        fout(&format!("{KOP_47013}1;\"\";\"GM0363\";\"2023JJ00\";4\r\n")),
        "regel 2, kolom 2 (SoortMisdrijf): \"\"; verwacht een soort (categorie), zoals 1.1.1 of Diefstal/inbraak woning"
    );
    let mut niet_utf8 = KOP_47013.as_bytes().to_vec();
    niet_utf8.extend_from_slice(b"1;\"1.1.1\";\"Gem\xE9ente\";\"2023JJ00\";4\r\n");
    assert_eq!(
        lees(niet_utf8.as_slice()).map(|b| b.len()).unwrap_err().to_string(),
        "regel 2, kolom 3: geen geldige UTF-8-tekst; verwacht een download in UTF-8, zoals CBS en de politie die leveren"
    );
    assert_eq!(
        fout("ID;Marges;RegioS;Perioden;RapportcijferVeiligheidInBuurt_60\n1;MW00000;GM0363;2023MM01;7\n"),
        "regel 2, kolom 4 (Perioden): \"2023MM01\"; verwacht een jaar, zoals 2023JJ00 (de Veiligheidsmonitor heeft alleen jaren)"
    );
    assert_eq!(
        fout("ID;Marges;RegioS;Perioden;RapportcijferVeiligheidInBuurt_60\n1;Gemiddelde;GM0363;2023JJ00;7\n"),
        "regel 2, kolom 2 (Marges): \"Gemiddelde\"; verwacht MW00000 (waarde), MOG0095 (ondergrens) of MBG0095 (bovengrens)"
    );
}

#[test]
fn fouten_zijn_send_sync_en_static() {
    fn is_fout<E: std::error::Error + Send + Sync + 'static>() {}
    is_fout::<CijferFout>();
    is_fout::<kernbeleid::cijfers::KoppelingFout>();
}

#[test]
fn een_falende_lezer_geeft_een_nederlandse_fout() {
    struct Kapot;
    impl std::io::Read for Kapot {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "denied",
            ))
        }
    }
    assert_eq!(
        lees(Kapot).map(|b| b.len()).unwrap_err().to_string(),
        "regel 1: het bestand kon niet verder worden gelezen (invoer-/uitvoerfout: geen toegang)"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn willekeurige_bytes_laten_de_lezer_nooit_vallen(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = lees(bytes.as_slice());
    }

    #[test]
    fn een_beschadigde_download_geeft_een_fout_of_rijen(
        positie in 0usize..6000,
        vervanging in proptest::collection::vec(prop_oneof![Just(b'"'), Just(b';'), Just(b'\n'), Just(b'\r'), Just(b'.'), Just(0xFFu8), any::<u8>()], 0..6),
    ) {
        let mut bytes = fixture("politie-47013-gemeente-maand.csv");
        let p = positie.min(bytes.len());
        bytes.splice(p..p, vervanging);
        match lees(bytes.as_slice()) {
            Ok(b) => prop_assert!(b.len() <= 151),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn willekeurige_tekstcellen_vallen_nooit(cellen in proptest::collection::vec("\\PC{0,12}", 5..=5)) {
        let csv = format!("{KOP_47013}{}\r\n", cellen.join(";"));
        let _ = lees(csv.as_bytes());
    }
}

fn cel(keuzes: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(keuzes).prop_map(str::to_owned),
        1 => "\\PC{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Plausible rows of every table, mixed with nonsense: reading gives rows or a Dutch error,
    /// and computing the figures from what was read never panics either.
    #[test]
    fn lezen_en_berekenen_vallen_nooit(
        tabel in 0usize..6,
        rijen in proptest::collection::vec(
            (
                cel(&["1.1.1", "0.0.0", "CRI1000", "CRI1100", "T001161", "Misdrijven, totaal", "1.1.1 Diefstal en inbraak met geweld", "Overlast jeugd", "MW00000", "MOG0095", "9.9.9"]),
                cel(&["GM0363", "GM0344    ", "WK036301", "BU03630101", "Amsterdam", "NL01"]),
                cel(&["2023JJ00", "2024JJ00", "2023MM01", "2023MM12", "2024KW02", "2023", "2024 juli*"]),
                cel(&["1", "12", "0", ".", "", "x", "-", "4,5", "300000"]),
            ),
            0..40,
        ),
    ) {
        let kop = [
            "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1",
            "ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1",
            "ID;Overlast;RegioS;Perioden;GeregistreerdeOverlast_1",
            "ID;Overlast;WijkenEnBuurten;Perioden;GeregistreerdeOverlast_1",
            "ID;SoortMisdrijf;RegioS;Perioden;TotaalGeregistreerdeMisdrijven_1",
            "ID;Marges;RegioS;Perioden;RapportcijferVeiligheidInBuurt_60",
        ][tabel];
        let mut csv = format!("{kop}\r\n");
        for (i, (a, b, c, d)) in rijen.iter().enumerate() {
            csv.push_str(&format!("{i};\"{a}\";\"{b}\";\"{c}\";{d}\r\n"));
        }
        if let Ok(bestand) = lees(csv.as_bytes()) {
            match kernbeleid::cijfers::bereken(&[bestand.clone(), bestand], &kernbeleid::cijfers::Koppeling::standaard(), None) {
                Ok(cijfers) => { let _ = cijfers.naar_json(); }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }
}

// Issue 23: every reader bounded, its error Dutch and short.

/// A header line of 2 MiB (over the limit of a line) is refused before it is held whole, and
/// the message does not repeat it.
#[test]
fn reusachtige_kop_is_een_korte_fout() {
    let mut csv = "\"ID\";".repeat(2 << 20 >> 5);
    csv.push_str("x".repeat(2 << 20).as_str());
    csv.push_str("\r\n0;1\r\n");
    let fout = lees(csv.as_bytes()).unwrap_err();
    assert!(
        matches!(fout, CijferFout::RegelTeLang { regel: 1, grens } if grens == kernbeleid::cijfers::GROOTSTE_REGEL),
        "{fout:?}"
    );
    let bericht = fout.to_string();
    assert!(bericht.len() < 300, "{}", bericht.len());
    assert!(bericht.contains("langer dan 1 MiB"), "{bericht}");
}

/// A header under the limit but with many long unknown columns: the message names the first
/// twenty, each cut short, and how many more.
#[test]
fn brede_kop_wordt_niet_herhaald() {
    let kolom = "k".repeat(1000);
    let kop: Vec<String> = (0..500).map(|i| format!("{kolom}{i}")).collect();
    let csv = format!("{}\n1\n", kop.join(";"));
    assert!(csv.len() < 1 << 20);
    let fout = lees(csv.as_bytes()).unwrap_err();
    assert!(matches!(fout, CijferFout::Kop { .. }), "{fout:?}");
    let bericht = fout.to_string();
    assert!(bericht.len() < 5_000, "{}", bericht.len());
    assert!(bericht.contains(" en nog 480;"), "{bericht}");
}

/// A data line of more than a mebibyte (one quoted field that never closes) is refused at the
/// limit, with its line.
#[test]
fn te_lange_regel_in_de_gegevens() {
    let mut csv = KOP_47013.to_owned();
    csv.push_str("0;\"1.1.1\";\"GM0363\";\"2026MM06\";81\r\n");
    csv.push_str("1;\"");
    csv.push_str(&"a".repeat((1 << 20) + 10));
    let fout = lees(csv.as_bytes()).unwrap_err();
    assert!(
        matches!(fout, CijferFout::RegelTeLang { regel: 3, .. }),
        "{fout:?}"
    );
}

/// Blank lines without end before the header are bounded as well.
#[test]
fn eindeloos_lege_regels_voor_de_kop() {
    let invoer = std::io::Read::take(std::io::repeat(b'\n'), 3 << 20);
    let fout = lees(invoer).unwrap_err();
    assert!(matches!(fout, CijferFout::RegelTeLang { .. }), "{fout:?}");
}

/// One field where the header has five: "1 veld", not "1 velden".
#[test]
fn een_veld_enkelvoud() {
    let csv = format!("{KOP_47013}0\r\n");
    assert_eq!(
        fout(&csv),
        "regel 2: 1 veld; verwacht 5, evenveel als de kop kolommen heeft"
    );
}

/// The small files beside a download are read whole, so they have a limit of their own.
#[test]
fn bijlage_boven_de_grens() {
    use kernbeleid::cijfers::{Inwoners, GROOTSTE_BIJLAGE};
    let mut invoer = b"Regio;Perioden;Bevolking\n".to_vec();
    invoer.extend(std::iter::repeat_n(b"GM0363;2023JJ00;1\n", 1).flatten());
    let lang = std::io::Read::chain(
        invoer.as_slice(),
        std::io::Read::take(std::io::repeat(b'\n'), GROOTSTE_BIJLAGE),
    );
    let fout = Inwoners::lees(lang).unwrap_err();
    assert!(matches!(fout, CijferFout::TeGroot { .. }), "{fout:?}");
    assert!(fout.to_string().contains("groter dan 64 MiB"), "{fout}");
}
