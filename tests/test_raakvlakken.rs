//! `ThemaSet` obeys the set-algebra laws, prints and parses as promised, and reading arbitrary
//! text never panics.

use kernbeleid::catalogus::{Thema, Veld};
use kernbeleid::raakvlakken::ThemaSet;
use proptest::prelude::*;

fn thema(code: &str) -> Thema {
    Thema::uit_code(code).unwrap_or_else(|| panic!("geen thema {code}"))
}

fn set(codes: &[&str]) -> ThemaSet {
    codes.iter().map(|c| thema(c)).collect()
}

// ---------------------------------------------------------------------------------------------
// ThemaSet

#[test]
fn themaset_basis() {
    const KEUZE: ThemaSet = ThemaSet::uit_themas(&[Thema::VeiligUitgaan, Thema::SocialeKwaliteit]);
    const JEUGD: ThemaSet = ThemaSet::uit_veld(Veld::JeugdEnVeiligheid);
    const LEEG: ThemaSet = ThemaSet::new();
    assert_eq!(KEUZE.to_string(), "{1.1, 2.3}");
    assert_eq!(
        format!("{KEUZE:#}"),
        "{1.1 Sociale kwaliteit, 2.3 Veilig uitgaan}"
    );
    assert_eq!(format!("{KEUZE:?}"), "{SocialeKwaliteit, VeiligUitgaan}");
    assert_eq!(LEEG.to_string(), "{}");
    assert_eq!(JEUGD.len(), 4);
    assert_eq!(ThemaSet::ALL.len(), 22);
    assert_eq!(ThemaSet::ALL.complement(), ThemaSet::EMPTY);
    assert_eq!(KEUZE.first(), Some(Thema::SocialeKwaliteit));
    assert_eq!(KEUZE.last(), Some(Thema::VeiligUitgaan));
    assert_eq!(LEEG.first(), None);
    assert_eq!(LEEG.last(), None);
    assert_eq!(
        KEUZE.iter().rev().collect::<Vec<_>>(),
        [Thema::VeiligUitgaan, Thema::SocialeKwaliteit]
    );
    assert_eq!(KEUZE.iter().len(), 2);
    assert_eq!(ThemaSet::uit_bits(KEUZE.bits()), Some(KEUZE));
    assert_eq!(ThemaSet::uit_bits(u32::MAX), None);

    let mut s = ThemaSet::new();
    assert!(s.insert(Thema::Brandveiligheid));
    assert!(!s.insert(Thema::Brandveiligheid));
    assert!(s.remove(Thema::Brandveiligheid));
    assert!(!s.remove(Thema::Brandveiligheid));
    assert!(s.is_empty());
    s |= KEUZE;
    s -= ThemaSet::from(Thema::SocialeKwaliteit);
    s ^= JEUGD;
    s &= !ThemaSet::from(Thema::Jeugdoverlast);
    assert_eq!(s.to_string(), "{2.3, 3.2, 3.3, 3.4}");
}

#[test]
fn themaset_lezen() {
    let keuze = set(&["1.1", "3.3", "3.2"]);
    for tekst in [
        "{1.1, 3.2, 3.3}",
        "1.1,3.2,3.3",
        "  { 3.3 , 1.1 , 3.2 }  ",
        "Sociale kwaliteit, Jeugd, alcohol en drugs, Jeugdcriminaliteit, individuele probleemjongeren",
        "jeugdcriminaliteit/individuele probleemjongeren, 1.1, JEUGD ALCOHOL EN DRUGS, 1.1",
    ] {
        assert_eq!(tekst.parse::<ThemaSet>(), Ok(keuze), "{tekst}");
    }
    assert_eq!("".parse::<ThemaSet>(), Ok(ThemaSet::EMPTY));
    assert_eq!("{}".parse::<ThemaSet>(), Ok(ThemaSet::EMPTY));
    assert_eq!(
        "Veilige Publieke Taak, externe veiligheid".parse::<ThemaSet>(),
        Ok(set(&["4.3", "5.3"]))
    );

    let fout = "1.1, Zwemveiligheid".parse::<ThemaSet>().unwrap_err();
    assert_eq!(fout.invoer, "Zwemveiligheid");
    assert!(fout
        .to_string()
        .starts_with("onbekend veiligheidsthema \"Zwemveiligheid\": verwacht een code van 1.1 tot en met 5.5 of de naam van een thema"));
    assert_eq!("1.1,,2.3".parse::<ThemaSet>().unwrap_err().invoer, "");
    assert_eq!("1.1,".parse::<ThemaSet>().unwrap_err().invoer, "");
    assert_eq!("{1.1".parse::<ThemaSet>().unwrap_err().invoer, "{1.1");
}

#[test]
fn themaset_serde() {
    let keuze = set(&["5.3", "1.1"]);
    assert_eq!(serde_json::to_string(&keuze).unwrap(), r#"["1.1","5.3"]"#);
    let gelezen: ThemaSet =
        serde_json::from_str(r#"["Veilige Publieke Taak", "1.1", "sociale kwaliteit"]"#).unwrap();
    assert_eq!(gelezen, keuze);
    let fout = serde_json::from_str::<ThemaSet>(r#"["1.1", "Zwemveiligheid"]"#)
        .unwrap_err()
        .to_string();
    assert!(
        fout.starts_with("onbekend veiligheidsthema \"Zwemveiligheid\": verwacht een code"),
        "{fout}"
    );
    let fout = serde_json::from_str::<ThemaSet>(r#"{"a": 1}"#)
        .unwrap_err()
        .to_string();
    assert!(fout.contains("een lijst van veiligheidsthema's"), "{fout}");
}

#[test]
fn typen_zijn_send_en_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<ThemaSet>();
}

fn themaset() -> impl Strategy<Value = ThemaSet> {
    any::<u32>().prop_map(|bits| ThemaSet::uit_bits(bits & ThemaSet::ALL.bits()).unwrap())
}

proptest! {
    #[test]
    fn vereniging_en_doorsnede_commutatief_en_associatief(a in themaset(), b in themaset(), c in themaset()) {
        prop_assert_eq!(a | b, b | a);
        prop_assert_eq!(a & b, b & a);
        prop_assert_eq!((a | b) | c, a | (b | c));
        prop_assert_eq!((a & b) & c, a & (b & c));
        prop_assert_eq!(a & (b | c), (a & b) | (a & c));
        prop_assert_eq!(a | (b & c), (a | b) & (a | c));
    }

    #[test]
    fn de_morgan_en_complement(a in themaset(), b in themaset()) {
        prop_assert_eq!(!(a | b), !a & !b);
        prop_assert_eq!(!(a & b), !a | !b);
        prop_assert_eq!(!!a, a);
        prop_assert_eq!(a.complement().complement(), a);
        prop_assert_eq!(a | !a, ThemaSet::ALL);
        prop_assert_eq!(a & !a, ThemaSet::EMPTY);
        prop_assert_eq!(a - b, a & !b);
        prop_assert_eq!(a ^ b, (a - b) | (b - a));
        prop_assert_eq!(a.len() + a.complement().len(), 22);
    }

    #[test]
    fn deelverzameling(a in themaset(), b in themaset()) {
        prop_assert_eq!(a.is_subset(b), a | b == b);
        prop_assert_eq!(a.is_subset(b), a & b == a);
        prop_assert_eq!(a.is_superset(b), b.is_subset(a));
        prop_assert_eq!(a.is_disjoint(b), (a & b).is_empty());
        prop_assert!((a & b).is_subset(a) && a.is_subset(a | b));
        prop_assert!(ThemaSet::EMPTY.is_subset(a) && a.is_subset(ThemaSet::ALL));
    }

    #[test]
    fn lengtes(a in themaset(), b in themaset()) {
        prop_assert_eq!((a | b).len() + (a & b).len(), a.len() + b.len());
        prop_assert_eq!(a.len(), a.iter().count());
        prop_assert_eq!(a.is_empty(), a.iter().next().is_none());
    }

    #[test]
    fn iteratie_gesorteerd_en_terug(a in themaset()) {
        let themas: Vec<Thema> = a.iter().collect();
        prop_assert!(themas.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(themas.iter().all(|t| a.contains(*t)));
        prop_assert_eq!(themas.iter().copied().collect::<ThemaSet>(), a);
        let mut achteruit: Vec<Thema> = a.iter().rev().collect();
        achteruit.reverse();
        prop_assert_eq!(&achteruit, &themas);
        prop_assert_eq!(a.first(), themas.first().copied());
        prop_assert_eq!(a.last(), themas.last().copied());
    }

    #[test]
    fn display_en_serde_heen_en_terug(a in themaset()) {
        prop_assert_eq!(a.to_string().parse::<ThemaSet>(), Ok(a));
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<ThemaSet>(&json).unwrap(), a);
        // Names instead of codes read back to the same set.
        let namen: Vec<&str> = a.iter().map(Thema::naam).collect();
        prop_assert_eq!(namen.join(", ").parse::<ThemaSet>(), Ok(a));
        prop_assert_eq!(serde_json::from_value::<ThemaSet>(serde_json::json!(namen)).unwrap(), a);
    }

    #[test]
    fn lezen_van_willekeurige_tekst_paniekt_nooit(s in "\\PC{0,80}") {
        let _ = s.parse::<ThemaSet>();
        let _ = s.parse::<Thema>();
        let _ = serde_json::from_str::<ThemaSet>(&s);
    }

    #[test]
    fn lezen_van_lijstjes_paniekt_nooit(stukken in prop::collection::vec("[0-9. ,{}a-zA-Zé/'-]{0,12}", 0..6)) {
        let tekst = stukken.join(",");
        if let Ok(set) = tekst.parse::<ThemaSet>() {
            prop_assert_eq!(set.to_string().parse::<ThemaSet>(), Ok(set));
        }
    }
}
