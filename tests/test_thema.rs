//! The catalogue pinned to the handbook: counts, codes, names, spot checks of every attribute
//! per veld, lookups and their round trips.

use kernbeleid::catalogus::{
    lacunes, Aspect, OnbekendAspect, OnbekendStrategischThema, OnbekendThema, OnbekendVeld,
    Onderdeel, StrategischThema, Thema, Veld, OUDERE_NAMEN,
};
use kernbeleid::naam::{self, Benoembaar, MAX_LENGTE};
use kernbeleid::{EnumCount, VariantArray};
use proptest::prelude::*;

#[test]
fn vijf_velden_22_themas_zes_aspecten() {
    assert_eq!(Veld::VARIANTS.len(), 5);
    assert_eq!(Thema::VARIANTS.len(), 22);
    assert_eq!(Aspect::VARIANTS.len(), 6);
    let per_veld: Vec<usize> = Veld::VARIANTS.iter().map(|v| v.themas().len()).collect();
    assert_eq!(per_veld, [4, 5, 4, 4, 5]);
    assert_eq!(Veld::VeiligeWoonEnLeefomgeving.aspecten(), Aspect::VARIANTS);
    assert!(Veld::VARIANTS[1..].iter().all(|v| v.aspecten().is_empty()));
}

#[test]
fn codes_in_volgorde_en_bij_hun_veld() {
    let codes: Vec<&str> = Thema::VARIANTS.iter().map(|t| t.code()).collect();
    assert_eq!(
        codes,
        [
            "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3",
            "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "5.5"
        ]
    );
    for (i, thema) in Thema::VARIANTS.iter().copied().enumerate() {
        assert_eq!(thema.index(), i);
        assert_eq!(Thema::from_repr(i as u8), Some(thema));
        assert_eq!(thema.gegevens().thema, thema);
        assert_eq!(thema.code()[..1], thema.veld().nummer().to_string());
        assert!(thema.veld().themas().contains(&thema));
    }
    assert_eq!(Thema::from_repr(22), None);
}

#[test]
fn officiele_namen_2021() {
    let namen: Vec<&str> = Thema::VARIANTS.iter().map(|t| t.naam()).collect();
    assert_eq!(
        namen,
        [
            "Sociale kwaliteit",
            "Fysieke kwaliteit",
            "Objectieve veiligheid/ veelvoorkomende en high impact crime",
            "Subjectieve veiligheid",
            "Veilig winkelgebied",
            "Veilige bedrijventerreinen",
            "Veilig uitgaan",
            "Veilige evenementen",
            "Veilig toerisme",
            "Jeugdoverlast",
            "Jeugdcriminaliteit, individuele probleemjongeren",
            "Jeugd, alcohol en drugs",
            "Veilig in en om de school",
            "Verkeersveiligheid",
            "Brandveiligheid",
            "Externe veiligheid/Omgevingsveiligheid",
            "Rampenbestrijding en crisisbeheersing",
            "Polarisatie en radicalisering",
            "Georganiseerde/ondermijnende criminaliteit",
            "Weerbare overheid/weerbaar bestuur",
            "Informatieveiligheid",
            "Ambtelijke en bestuurlijke integriteit",
        ]
    );
    let velden: Vec<&str> = Veld::VARIANTS.iter().map(|v| v.naam()).collect();
    assert_eq!(
        velden,
        [
            "Veilige woon- en leefomgeving",
            "Bedrijvigheid en veiligheid",
            "Jeugd en veiligheid",
            "Fysieke veiligheid",
            "Integriteit en veiligheid"
        ]
    );
    let aspecten: Vec<&str> = Aspect::VARIANTS.iter().map(|a| a.naam()).collect();
    assert_eq!(
        aspecten,
        [
            "Infrastructuur",
            "Investeren in fysieke kwaliteit",
            "Investeren in sociale kwaliteit",
            "Betrekken bewoners bij veiligheid en leefbaarheid",
            "Toezicht en handhaving",
            "Aanpak van specifieke criminaliteitsfenomenen"
        ]
    );
}

#[test]
fn essentie_van_de_velden() {
    assert!(Veld::JeugdEnVeiligheid
        .gegevens()
        .essentie
        .starts_with("Jeugdoverlast en -criminaliteit, problematische individuele jongeren"));
    assert_eq!(
        Veld::FysiekeVeiligheid.gegevens().essentie,
        "Verkeersveiligheid, brandveiligheid, externe veiligheid/omgevingsveiligheid en voorbereiding op crisisbeheersing."
    );
    for &veld in Veld::VARIANTS {
        assert_eq!(veld.gegevens().bron.pagina, Some(5));
    }
}

#[test]
fn veld_1_heeft_aanpak_per_aspect_de_rest_per_thema() {
    for &thema in Thema::VARIANTS {
        let g = thema.gegevens();
        assert_eq!(
            g.aanpak.is_none(),
            thema.veld() == Veld::VeiligeWoonEnLeefomgeving,
            "{thema}"
        );
        assert!(!g.uitleg.is_empty(), "{thema} heeft een uitleg");
        assert!(!g.raakvlakken.is_empty(), "{thema} heeft raakvlakken");
    }
}

// Spot checks: at least one item of every attribute per veld, exactly as printed.

#[test]
fn veld_1_steekproef() {
    let g = Thema::SocialeKwaliteit.gegevens();
    assert!(g.uitleg.starts_with("De sociale kwaliteit van een buurt, wijk, kern wordt sterk beïnvloed door 'intermenselijke relaties'."));
    assert_eq!(g.effectinformatie[0], "Politieregistratie");
    assert_eq!(g.effectinformatie.len(), 5);
    assert_eq!(
        g.effectindicatoren[2],
        "Gemeente/Zorg- en Veiligheidshuis: PGA/Top X, 'complexe casuïstiek'"
    );
    assert_eq!(g.raakvlakken.len(), 11);
    assert_eq!(g.raakvlakken[10].thema, Thema::WeerbareOverheid);
    assert_eq!(g.raakvlakken[10].genoemd_als, "Veilige Publieke Taak");

    let a = Aspect::ToezichtEnHandhaving.gegevens();
    assert!(a
        .uitleg
        .starts_with("Gemeentelijk toezicht en handhaving in de openbare ruimte"));
    assert_eq!(a.aanpak.rol_gemeente.len(), 5);
    assert_eq!(
        a.aanpak.rol_gemeente[1],
        "Afwegingen maken welke vorm van toezicht passend is (technisch, fysiek)"
    );
    assert_eq!(a.aanpak.partners.intern, ["afdelingen OOV, VTH, Wijkgericht werken, Zorg en Welzijn, Horeca- en Evenementenbeleid, Openbare ruimte"]);
    assert!(a.aanpak.partners.r#extern[0].starts_with("politie, Openbaar Ministerie, LSI"));
    assert_eq!(
        a.aanpak.wet_en_regelgeving[3],
        "Wet Administratiefrechtelijke Handhaving Verkeersvoorschriften (WAHV/'Wet Mulder')"
    );
    assert_eq!(a.aanpak.maatregelen[5], "Aanpak sociale fraude");
    assert_eq!(
        a.aanpak.instrumenten[6],
        "https://vng.nl/naleving/multidisciplinair-handhaven"
    );
    assert!(a.aanpak.ontwikkelingen[0]
        .starts_with("Bestuurlijk streven naar volwaardige gemeentelijke handhavers"));
    assert_eq!(
        Aspect::Infrastructuur.gegevens().aanpak.maatregelen[0],
        "Opstellen van en sturen op integrale wijkveiligheidsplannen"
    );
}

#[test]
fn veld_2_steekproef() {
    let g = Thema::VeiligUitgaan.gegevens();
    let a = g.aanpak.expect("veld 2 heeft een aanpak per thema");
    assert!(g
        .uitleg
        .starts_with("Uitgaansvoorzieningen hebben enerzijds een positief effect"));
    assert_eq!(a.wet_en_regelgeving[0], "APV");
    assert_eq!(a.wet_en_regelgeving.len(), 6);
    assert_eq!(a.maatregelen[0], "Kader voor PPS-Samenwerking implementeren en regisseren, bijvoorbeeld Convenant Veilig Uitgaan en Kwaliteitsmeter Veilig Uitgaan");
    assert_eq!(a.maatregelen.last(), Some(&"Aanpak seksuele intimidatie"));
    assert_eq!(g.indelingen.len(), 2);
    assert_eq!(
        (g.indelingen[1].kop, g.indelingen[1].vanaf),
        ("Specifiek", 1)
    );
    assert_eq!(g.effectinformatie[0], "Politiregistratie"); // sic
    assert!(a.rol_gemeente[3].starts_with("NB: handhaving brandveiligheid van de horeca"));
    assert!(a.partners.intern[0].starts_with("afdelingen Horecabeleid, Economie"));
    assert!(a.instrumenten[0].starts_with("Bedrijfsoverval"));
    assert!(a.ontwikkelingen[0].starts_with("Drank en Horecawet (DHW)"));
    assert!(g.effectindicatoren[0].starts_with("Veiligheidsmonitor: veiligheidsgevoel rondom"));
}

#[test]
fn veld_3_steekproef() {
    let g = Thema::JeugdAlcoholEnDrugs.gegevens();
    let a = g.aanpak.expect("aanpak");
    assert_eq!(
        a.partners.intern,
        ["afdelingen Jeugd en Welzijn, Zorg/Gezondheid, Horeca/Recreatie, VTH, OOV"]
    );
    assert_eq!(
        a.wet_en_regelgeving,
        [
            "Drank- en Horecawet (DHW)",
            "APV",
            "Wet middelenonderzoek geweldplegers"
        ]
    );
    assert_eq!(a.maatregelen.len(), 11);
    assert_eq!(g.effectinformatie[2], "(Jeugd)gezondheidsmonitoren (GGD)");
    assert_eq!(
        g.effectindicatoren[3],
        "Verslavingszorg: aantal minderjarige zorgvragers"
    );
    assert_eq!(a.instrumenten[4], "Model APV");
    assert!(a.rol_gemeente[0].starts_with(
        "Regievoering op aanpak en voorkoming van overmatig alcohol- en drugsgebruik"
    ));
    assert!(g
        .uitleg
        .starts_with("Verschuiven die binnen dit thema vallen")); // sic
    assert_eq!(a.ontwikkelingen.len(), 1);
    let school = Thema::VeiligInEnOmDeSchool.gegevens();
    assert!(school.effectindicatoren.is_empty());
    assert!(school.aanpak.expect("aanpak").ontwikkelingen.is_empty());
}

#[test]
fn veld_4_steekproef() {
    let g = Thema::Omgevingsveiligheid.gegevens();
    let a = g.aanpak.expect("aanpak");
    assert_eq!(g.uitleg.split("\n\n").count(), 2, "twee alinea's");
    assert!(g
        .uitleg
        .contains("Gesproken zal dan worden van 'Omgevingsveiligheid' ipv 'Externe veiligheid'."));
    assert!(a.partners.r#extern[0].starts_with("brandweer/GHOR/Veiligheidsregio"));
    assert!(a.wet_en_regelgeving[0].starts_with("Bevi"));
    let r = Thema::Rampenbestrijding.gegevens();
    assert_eq!(
        r.effectindicatoren[0],
        "Aantal bevolkingszorgprocessen waarvan de planvorming actueel is"
    );
    assert_eq!(r.indelingen[0].kop, "Gemeente/Veiligheidsregio");
    assert_eq!(
        r.aanpak.expect("aanpak").wet_en_regelgeving[0],
        "Wet Veiligheidsregio's en Besluit Veiligheidsregio's"
    );
    assert!(Thema::Verkeersveiligheid
        .gegevens()
        .ontbrekende_rijen
        .contains(&Onderdeel::Ontwikkelingen));
    assert!(
        Thema::Brandveiligheid.gegevens().effectinformatie[0].starts_with("Registratie brandweer")
    );
    assert!(
        Thema::Brandveiligheid
            .gegevens()
            .aanpak
            .expect("aanpak")
            .instrumenten
            .len()
            > 3
    );
    assert!(Thema::Brandveiligheid
        .gegevens()
        .aanpak
        .expect("aanpak")
        .ontwikkelingen[0]
        .starts_with("Wet"));
    assert!(
        Thema::Verkeersveiligheid
            .gegevens()
            .aanpak
            .expect("aanpak")
            .rol_gemeente
            .len()
            == 6
    );
    assert!(
        Thema::Verkeersveiligheid
            .gegevens()
            .aanpak
            .expect("aanpak")
            .maatregelen[2]
            == "Aparte fietspaden"
    );
}

#[test]
fn veld_5_steekproef() {
    let g = Thema::Informatieveiligheid.gegevens();
    let a = g.aanpak.expect("aanpak");
    assert_eq!(
        g.effectinformatie,
        ["ENSIA: Eenduidige Normatiek Single Information Audit"]
    );
    assert!(g.effectindicatoren.is_empty());
    assert!(a.wet_en_regelgeving.is_empty());
    assert_eq!(a.partners.r#extern, ["Informatiebeveiligingsdienst voor gemeenten (IBD), Nationaal Cyber Security Centrum (NCSC)"]);
    assert_eq!(
        a.ontwikkelingen,
        ["Implementatie, naleving Algemene verordening gegevensbescherming (AVG)"]
    );
    let i = Thema::Integriteit.gegevens();
    assert!(i.effectinformatie.is_empty());
    assert_eq!(
        i.aanpak.expect("aanpak").wet_en_regelgeving,
        [
            "Gemeentewet voor politieke ambtsdragers",
            "Ambtenarenwet voor ambtenaren"
        ]
    );
    assert_eq!(
        i.aanpak.expect("aanpak").maatregelen[0],
        "Integriteitsonderzoeken nieuwe bestuurders/politici"
    );
    assert_eq!(i.effectindicatoren.len(), 2);
    let o = Thema::OndermijnendeCriminaliteit.gegevens();
    assert_eq!(o.effectinformatie[2], "Politierregistratie"); // sic
    assert!(o
        .uitleg
        .starts_with("Bij dit thema gaat het om vormen van georganiseerde criminaliteit"));
    assert_eq!(o.aanpak.expect("aanpak").instrumenten.len(), 14);
    assert!(Thema::PolarisatieEnRadicalisering
        .gegevens()
        .aanpak
        .expect("aanpak")
        .rol_gemeente[0]
        .starts_with("Generiek preventief"));
    assert_eq!(
        Thema::PolarisatieEnRadicalisering
            .gegevens()
            .aanpak
            .expect("aanpak")
            .ontwikkelingen[1],
        "terugkeerders"
    );
}

#[test]
fn de_lacunes_van_de_handreiking() {
    use lacunes::{Plaats, Soort};
    let alle: Vec<(String, Onderdeel, Soort)> = lacunes::alle()
        .map(|l| {
            let waar = match l.plaats {
                Plaats::Thema(t) => t.code().to_string(),
                Plaats::Aspect(a) => format!("aspect {}", a.code()),
            };
            (waar, l.onderdeel, l.soort)
        })
        .collect();
    let verwacht: Vec<(String, Onderdeel, Soort)> = [
        ("2.1", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
        ("2.1", Onderdeel::Ontwikkelingen, Soort::RijOntbreekt),
        ("2.2", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
        ("2.2", Onderdeel::Ontwikkelingen, Soort::RijOntbreekt),
        ("2.4", Onderdeel::Ontwikkelingen, Soort::RijOntbreekt),
        ("2.5", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
        ("3.4", Onderdeel::Effectindicatoren, Soort::CelLeeg),
        ("3.4", Onderdeel::Ontwikkelingen, Soort::CelLeeg),
        ("4.1", Onderdeel::Ontwikkelingen, Soort::RijOntbreekt),
        ("5.4", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
        ("5.4", Onderdeel::Effectindicatoren, Soort::CelLeeg),
        ("5.5", Onderdeel::Effectinformatie, Soort::CelLeeg),
        ("aspect 1.1", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
        ("aspect 1.2", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
        ("aspect 1.4", Onderdeel::WetEnRegelgeving, Soort::CelLeeg),
    ]
    .into_iter()
    .map(|(w, o, s)| (w.to_string(), o, s))
    .collect();
    assert_eq!(alle, verwacht);
    let eerste = lacunes::alle().next().expect("een lacune");
    assert_eq!(
        eerste.to_string(),
        "thema 2.1 Veilig winkelgebied: de handreiking biedt niets bij \"wet- en regelgeving\" (de cel is leeg)"
    );
    assert_eq!(Soort::RijOntbreekt.to_string(), "de rij ontbreekt");
}

#[test]
fn elke_tekst_staat_letterlijk_in_de_handreiking() {
    let bron = include_str!("../bron/kernbeleid-veiligheid-2021.txt");
    // The dump has HTML tags and runs of spaces; compare on the text with tags removed.
    let mut zonder = String::new();
    let mut in_tag = false;
    for c in bron.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => zonder.push(c),
            _ => {}
        }
    }
    let plat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let bron = plat(&zonder)
        .replace(" :", ":")
        .replace(" .", ".")
        .replace(" ,", ",");
    let mut teksten: Vec<&str> = Vec::new();
    for &t in Thema::VARIANTS {
        let g = t.gegevens();
        teksten.extend([g.naam]);
        teksten.extend(g.effectinformatie);
        teksten.extend(g.effectindicatoren);
        teksten.extend(g.andere_namen);
        teksten.extend(g.raakvlakken.iter().map(|v| v.genoemd_als));
        teksten.extend(g.uitleg.split("\n\n"));
        if let Some(a) = g.aanpak {
            for &o in Onderdeel::VARIANTS {
                teksten.extend(a.lijst(o).unwrap_or_default());
            }
            teksten.extend(a.partners.intern);
            teksten.extend(a.partners.r#extern);
        }
    }
    for &a in Aspect::VARIANTS {
        let g = a.gegevens();
        teksten.extend(g.uitleg.split("\n\n"));
        for &o in Onderdeel::VARIANTS {
            teksten.extend(g.aanpak.lijst(o).unwrap_or_default());
        }
    }
    for &veld in Veld::VARIANTS {
        teksten.push(veld.gegevens().essentie);
    }
    assert!(teksten.len() > 600, "{} teksten", teksten.len());
    for tekst in teksten {
        let tekst = plat(tekst)
            .replace(" :", ":")
            .replace(" .", ".")
            .replace(" ,", ",");
        assert!(
            bron.contains(&tekst),
            "niet letterlijk in de handreiking: {tekst:?}"
        );
    }
}

#[test]
fn zoeken_op_code_naam_en_oudere_naam() {
    let gevallen = [
        ("1.3", Thema::ObjectieveVeiligheid),
        (" 5.5 ", Thema::Integriteit),
        ("Objectieve veiligheid", Thema::ObjectieveVeiligheid),
        (
            "Georganiseerde criminaliteit",
            Thema::OndermijnendeCriminaliteit,
        ),
        ("Veilige Publieke Taak", Thema::WeerbareOverheid),
        ("veilige publieke taak", Thema::WeerbareOverheid),
        ("Veilig in en om school", Thema::VeiligInEnOmDeSchool),
        ("Externe veiligheid", Thema::Omgevingsveiligheid),
        (
            "externe veiligheid / omgevingsveiligheid",
            Thema::Omgevingsveiligheid,
        ),
        (
            "JEUGDCRIMINALITEIT/INDIVIDUELE PROBLEEMJONGEREN",
            Thema::Jeugdcriminaliteit,
        ),
        ("Informatie-veiligheid", Thema::Informatieveiligheid),
        (
            "weerbare overheid en weerbaar bestuur",
            Thema::WeerbareOverheid,
        ),
        (
            "Rampenbestrijding en crisisbeheersing",
            Thema::Rampenbestrijding,
        ),
    ];
    for (invoer, verwacht) in gevallen {
        assert_eq!(invoer.parse::<Thema>(), Ok(verwacht), "{invoer:?}");
    }
    for (naam, thema) in OUDERE_NAMEN {
        assert_eq!(naam.parse::<Thema>(), Ok(thema));
    }
    assert_eq!(
        "Toezicht en handhaving".parse::<Aspect>(),
        Ok(Aspect::ToezichtEnHandhaving)
    );
    assert_eq!(
        "aspect 1.2".parse::<Aspect>(),
        Ok(Aspect::InvesterenInFysiekeKwaliteit)
    );
    assert_eq!("4".parse::<Veld>(), Ok(Veld::FysiekeVeiligheid));
    assert_eq!(
        "Veiligheidsveld 2".parse::<Veld>(),
        Ok(Veld::BedrijvigheidEnVeiligheid)
    );
}

#[test]
fn onbekend_thema_noemt_invoer_en_suggesties() {
    let fout: OnbekendThema = "jeugdoverlst".parse::<Thema>().expect_err("onbekend");
    assert_eq!(fout.suggesties().first(), Some(&Thema::Jeugdoverlast));
    assert_eq!(
        fout.to_string(),
        format!(
            "onbekend veiligheidsthema \"jeugdoverlst\": verwacht een code van 1.1 tot en met 5.5 of de naam van een thema (bedoelt u {}?)",
            fout.suggesties().iter().map(|t| format!("{t:#}")).collect::<Vec<_>>().join("; ").replace("3.1 Jeugdoverlast; ", "een van: 3.1 Jeugdoverlast; ")
        )
    );
    let fout = "6.1".parse::<Thema>().expect_err("onbekend");
    assert!(fout
        .to_string()
        .starts_with("onbekend veiligheidsthema \"6.1\""));
    let fout = "brandveilighied".parse::<Thema>().expect_err("onbekend");
    assert_eq!(fout.suggesties()[0], Thema::Brandveiligheid);
    assert!("xyzzy qwerty"
        .parse::<Thema>()
        .expect_err("onbekend")
        .suggesties()
        .is_empty());
    assert_eq!(
        "9".parse::<Veld>().expect_err("onbekend").to_string(),
        "onbekend veiligheidsveld \"9\": verwacht een nummer van 1 tot en met 5 of een van de namen \"Veilige woon- en leefomgeving\", \"Bedrijvigheid en veiligheid\", \"Jeugd en veiligheid\", \"Fysieke veiligheid\", \"Integriteit en veiligheid\""
    );
}

#[test]
fn strum_telt_en_nummert() {
    assert_eq!((Thema::COUNT, Veld::COUNT, Aspect::COUNT), (22, 5, 6));
    assert_eq!((StrategischThema::COUNT, Onderdeel::COUNT), (3, 10));
    assert_eq!(Veld::from_repr(2), Some(Veld::JeugdEnVeiligheid));
    assert_eq!(Veld::uit_nummer(3), Some(Veld::JeugdEnVeiligheid));
    assert_eq!((Veld::uit_nummer(0), Veld::uit_nummer(6)), (None, None));
    assert_eq!(Aspect::from_repr(4), Some(Aspect::ToezichtEnHandhaving));
    assert_eq!(
        Onderdeel::VARIANTS
            .iter()
            .map(|o| o.letter())
            .collect::<String>(),
        "abcdefghij"
    );
    assert_eq!(
        Onderdeel::Instrumenten.to_string(),
        Onderdeel::Instrumenten.label()
    );
    assert_eq!(Onderdeel::RolGemeente.to_string(), "rol gemeente");
    assert_eq!(
        serde_json::to_string(&Onderdeel::RolGemeente).expect("json"),
        r#""rol_gemeente""#
    );
}

/// Every form of every name that parses, with the type's own [`Benoembaar::herken`].
fn alle_vormen() -> Vec<(String, bool)> {
    let mut vormen = Vec::new();
    for &t in Thema::VARIANTS {
        vormen.extend(t.namen().map(str::to_owned));
        vormen.push(format!("{t:#}"));
        vormen.extend(t.namen().map(|n| format!("{} {n}", t.code())));
    }
    for &v in Veld::VARIANTS {
        vormen.extend([format!("{v:#}"), format!("Veiligheidsveld {}", v.nummer())]);
    }
    for &a in Aspect::VARIANTS {
        vormen.extend([format!("{a:#}"), format!("aspect {a:#}")]);
    }
    for &s in StrategischThema::VARIANTS {
        vormen.extend(Benoembaar::namen(s).map(str::to_owned));
    }
    vormen.into_iter().map(|v| (v, true)).collect()
}

#[test]
fn elke_naam_past_ruim_binnen_de_grens() {
    let vormen = alle_vormen();
    assert!(vormen.len() > 100, "{} vormen", vormen.len());
    for (vorm, _) in &vormen {
        assert!(
            2 * vorm.len() <= MAX_LENGTE,
            "{vorm:?} ({} bytes) komt te dicht bij naam::MAX_LENGTE",
            vorm.len()
        );
        let herkend = Thema::herken(vorm).is_some()
            || Veld::herken(vorm).is_some()
            || Aspect::herken(vorm).is_some()
            || StrategischThema::herken(vorm).is_some();
        assert!(herkend, "{vorm:?} wordt niet herkend");
    }
}

#[test]
fn een_te_lange_naam_wordt_niet_bekeken() {
    // Padding beyond the limit: rejected at once, even around a valid name.
    let opgevuld = format!("{}Brandveiligheid", " ".repeat(MAX_LENGTE));
    assert_eq!(Thema::herken(&opgevuld), None);
    assert_eq!(
        Thema::uit_code(&format!("4.2{}", " ".repeat(MAX_LENGTE))),
        None
    );
    let lang = "brandveiligheid".repeat(10_000);
    let fout = lang.parse::<Thema>().expect_err("te lang");
    assert!(fout.suggesties().is_empty());
    assert!(fout.invoer().ends_with('…'));
    let bericht = fout.to_string();
    assert!(
        bericht.len() < 2 * MAX_LENGTE + 100,
        "{} bytes",
        bericht.len()
    );
    assert!(bericht.starts_with("onbekend veiligheidsthema \"brandveiligheidbrand"));
    // Just under the limit the suggestions still work.
    let net = format!("brandveilighied{}", " ".repeat(MAX_LENGTE - 20));
    assert_eq!(
        net.parse::<Thema>()
            .expect_err("onbekend")
            .suggesties()
            .first(),
        Some(&Thema::Brandveiligheid)
    );
}

#[test]
fn foutmeldingen_van_veld_aspect_en_strategisch_thema() {
    let fout: OnbekendAspect = "Toezicht en handhavnig"
        .parse::<Aspect>()
        .expect_err("onbekend");
    assert_eq!(
        fout.to_string(),
        "onbekend aanpak-aspect \"Toezicht en handhavnig\": verwacht een code van 1.1 tot en met 1.6 of de naam van een aspect, zoals \"Toezicht en handhaving\" (bedoelt u 1.5 Toezicht en handhaving?)"
    );
    let fout: OnbekendVeld = "Jeugd en veilgheid".parse::<Veld>().expect_err("onbekend");
    assert_eq!(fout.suggesties(), [Veld::JeugdEnVeiligheid]);
    assert!(fout
        .to_string()
        .ends_with("(bedoelt u \"Jeugd en veiligheid\"?)"));
    let fout: OnbekendStrategischThema = "cybercrime"
        .parse::<StrategischThema>()
        .expect_err("onbekend");
    assert_eq!(fout.invoer(), "cybercrime");
}

#[test]
fn foutsoorten_zijn_gewone_fouten() {
    fn fout<E: std::error::Error + Send + Sync + Clone + PartialEq + 'static>() {}
    fout::<OnbekendThema>();
    fout::<OnbekendVeld>();
    fout::<OnbekendAspect>();
    fout::<OnbekendStrategischThema>();
    fn verder() -> Result<Thema, Box<dyn std::error::Error + Send + Sync>> {
        Ok("Veilige Publieke Taak".parse::<Thema>()?)
    }
    assert_eq!(verder().ok(), Some(Thema::WeerbareOverheid));
}

#[test]
fn serde_schrijft_de_code() {
    let json =
        serde_json::to_string(&[Thema::WeerbareOverheid, Thema::SocialeKwaliteit]).expect("json");
    assert_eq!(json, r#"["5.3","1.1"]"#);
    let terug: Vec<Thema> =
        serde_json::from_str(r#"["5.3", "Jeugdoverlast", "Veilige Publieke Taak"]"#)
            .expect("lezen");
    assert_eq!(
        terug,
        [
            Thema::WeerbareOverheid,
            Thema::Jeugdoverlast,
            Thema::WeerbareOverheid
        ]
    );
    let fout = serde_json::from_str::<Thema>(r#""6.6""#).expect_err("onbekend");
    assert!(fout
        .to_string()
        .contains("onbekend veiligheidsthema \"6.6\""));
    assert_eq!(
        serde_json::to_string(&Veld::JeugdEnVeiligheid).expect("json"),
        "3"
    );
    assert_eq!(
        serde_json::from_str::<Veld>("3").expect("veld"),
        Veld::JeugdEnVeiligheid
    );
    assert_eq!(
        serde_json::to_string(&Aspect::BetrekkenBewoners).expect("json"),
        r#""1.4""#
    );
}

#[test]
fn catalogus_json_heeft_de_afgesproken_vorm() {
    let json = serde_json::to_value(kernbeleid::catalogus::Catalogus).expect("json");
    assert_eq!(json["editie"], "2021");
    let aantal = |k: &str| json[k].as_array().map(Vec::len);
    assert_eq!(aantal("velden"), Some(5));
    assert_eq!(aantal("strategische_themas"), Some(3));
    assert_eq!(aantal("stappen"), Some(6));
    assert_eq!(aantal("ivp_hoofdstukken"), Some(7));
    assert_eq!(aantal("uitvoeringsplan_hoofdstukken"), Some(5));
    assert_eq!(json["stappen"][0]["naam"], "Opstart");
    let veld1 = &json["velden"][0];
    assert_eq!(veld1["nummer"], 1);
    assert_eq!(veld1["naam"], "Veilige woon- en leefomgeving");
    let t11 = &veld1["themas"][0];
    assert_eq!(t11["code"], "1.1");
    assert_eq!(t11["naam"], "Sociale kwaliteit");
    assert_eq!(t11["raakvlakken_gepubliceerd"][0], "1.2");
    assert!(t11.get("rol_gemeente").is_none(), "veld 1: per aspect");
    assert_eq!(veld1["aspecten"].as_array().map(Vec::len), Some(6));
    assert!(veld1["aspecten"][4]["wet_en_regelgeving"].is_array());
    let t42 = &json["velden"][3]["themas"][1];
    assert_eq!(t42["code"], "4.2");
    for sleutel in [
        "uitleg",
        "effectinformatie",
        "effectindicatoren",
        "raakvlakken_gepubliceerd",
        "ontwikkelingen",
        "rol_gemeente",
        "wet_en_regelgeving",
        "aanpak",
        "instrumenten",
        "bron",
    ] {
        assert!(t42.get(sleutel).is_some(), "sleutel {sleutel}");
    }
    assert!(t42["partners"]["intern"].is_array() && t42["partners"]["extern"].is_array());
    assert!(
        t42["raakvlakken_gepubliceerd"]
            .as_array()
            .is_some_and(|r| r.contains(&"4.2".into())),
        "4.2 noemt zichzelf"
    );
}

#[test]
fn typen_zijn_send_sync_en_copy() {
    fn auto<T: Send + Sync + Copy + 'static>() {}
    auto::<Thema>();
    auto::<Veld>();
    auto::<Aspect>();
    auto::<&'static kernbeleid::catalogus::ThemaGegevens>();
}

proptest! {
    #[test]
    fn display_from_str_rond(i in 0usize..22) {
        let thema = Thema::VARIANTS[i];
        prop_assert_eq!(thema.to_string().parse::<Thema>(), Ok(thema));
        prop_assert_eq!(thema.naam().parse::<Thema>(), Ok(thema));
        prop_assert_eq!(thema.naam().to_uppercase().parse::<Thema>(), Ok(thema));
        prop_assert_eq!(format!("{thema:#}").parse::<Thema>(), Ok(thema));
        let veld = thema.veld();
        prop_assert_eq!(veld.to_string().parse::<Veld>(), Ok(veld));
        prop_assert_eq!(format!("{veld:#}").parse::<Veld>(), Ok(veld));
        let json = serde_json::to_string(&thema).expect("json");
        prop_assert_eq!(serde_json::from_str::<Thema>(&json).expect("lezen"), thema);
    }

    #[test]
    fn aspect_rond(i in 0usize..6) {
        let aspect = Aspect::VARIANTS[i];
        prop_assert_eq!(aspect.to_string().parse::<Aspect>(), Ok(aspect));
        prop_assert_eq!(aspect.naam().parse::<Aspect>(), Ok(aspect));
        prop_assert_eq!(format!("{aspect:#}").parse::<Aspect>(), Ok(aspect));
    }

    #[test]
    fn ontleden_raakt_nooit_in_paniek(s in "\\PC{0,60}") {
        let _ = s.parse::<Thema>().map_err(|e| e.to_string());
        let _ = s.parse::<Veld>().map_err(|e| e.to_string());
        let _ = s.parse::<Aspect>().map_err(|e| e.to_string());
    }

    #[test]
    fn herken_is_wat_from_str_accepteert(s in "(\\PC|[0-9. S]){0,30}") {
        prop_assert_eq!(Thema::herken(&s), s.parse::<Thema>().ok());
        prop_assert_eq!(Veld::herken(&s), s.parse::<Veld>().ok());
        prop_assert_eq!(Aspect::herken(&s), s.parse::<Aspect>().ok());
        prop_assert_eq!(StrategischThema::herken(&s), s.parse::<StrategischThema>().ok());
        if let Some(thema) = Thema::herken(&s) {
            prop_assert_eq!(StrategischThema::herken(&s), None, "{} is ook {:?}", s, thema);
        }
    }

    #[test]
    fn een_fout_noemt_de_invoer(s in "\\PC{1,40}") {
        if let Err(fout) = s.parse::<Thema>() {
            prop_assert_eq!(fout.invoer(), s.as_str());
            let gequote = format!("\"{s}\"");
            prop_assert!(fout.to_string().contains(&gequote));
            for t in fout.suggesties() {
                prop_assert!(Thema::VARIANTS.contains(&t));
            }
        }
        let hoofdletters = s.to_uppercase();
        let zelfde = naam::normaliseer(&s) == naam::normaliseer(&hoofdletters);
        prop_assert_eq!(naam::gelijk(&s, &hoofdletters), zelfde);
    }

    #[test]
    fn een_gevonden_naam_is_een_naam_van_dat_thema(s in "[a-zA-Z /.-]{1,30}") {
        if let Some(thema) = Thema::uit_naam(&s) {
            let n = |x: &str| x.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>();
            prop_assert!(thema.namen().any(|naam| n(naam) == n(&s)));
        }
    }
}
