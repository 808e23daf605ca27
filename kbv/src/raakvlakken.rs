//! `kbv raakvlakken`: the network of raakvlakken, one theme's or a set's links, the audit of the
//! published rows, and drawings for Graphviz and Mermaid.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::catalogus::Thema;
use kernbeleid::raakvlakken::{
    self as rv, AfwijkendeNaam, Buren, Controle, Dot, Matrix, Mermaid, ThemaSet,
};
use serde::Serialize;

use crate::fout::Fout;
use crate::uitvoer::{schrijf, schrijf_json};

const OPDRACHT: &str = "raakvlakken";

const GEBRUIK: &str = "\
kbv raakvlakken [--json]
         kbv raakvlakken THEMA... [--json]
         kbv raakvlakken --controle [--json]
         kbv raakvlakken --dot | --mermaid | --matrix";

// `kbv raakvlakken`. Which flags go together is checked below, with messages that say why.
#[derive(clap::Args)]
#[command(
    about = "Raakvlakken tussen thema's en de controle daarop",
    override_usage = GEBRUIK,
    after_help = "Zonder thema: alle thema's, meest verbonden eerst.\n\
                  Met één thema: zijn raakvlakken binnen en buiten het eigen veld.\n\
                  Met meer thema's (bijvoorbeeld de gekozen prioriteiten): de thema's erbuiten\n\
                  die ermee verbonden zijn, de dwarsverbanden die niemand bewaakt."
)]
pub struct RaakvlakkenArgs {
    #[arg(value_name = "THEMA", help = "Code, naam of oudere naam van een thema")]
    invoer: Vec<String>,

    #[arg(
        long,
        help = "De controle van de gepubliceerde rijen: eenzijdige raakvlakken,\n\
                raakvlakken naar het thema zelf, andere namen dan die van 2021"
    )]
    controle: bool,

    #[arg(long, help = "Het netwerk voor Graphviz")]
    dot: bool,

    #[arg(long, help = "Het netwerk voor Mermaid")]
    mermaid: bool,

    #[arg(long, help = "Het netwerk als tekstmatrix")]
    matrix: bool,

    #[arg(long, help = "Als JSON (niet bij --dot, --mermaid en --matrix)")]
    json: bool,
}

pub fn raakvlakken(args: RaakvlakkenArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let RaakvlakkenArgs {
        invoer,
        controle,
        dot,
        mermaid,
        matrix,
        json,
    } = args;
    let weergaven = [
        ("--controle", controle),
        ("--dot", dot),
        ("--mermaid", mermaid),
        ("--matrix", matrix),
    ];
    let gekozen: Vec<&str> = weergaven
        .iter()
        .filter(|(_, aan)| *aan)
        .map(|(naam, _)| *naam)
        .collect();
    match (gekozen.as_slice(), invoer.is_empty()) {
        ([], true) => overzicht(json, uit),
        ([], false) => {
            let mut set = ThemaSet::new();
            for tekst in &invoer {
                let thema: Thema = tekst.parse().map_err(|e| Fout::new(format!("{e}")))?;
                set.insert(thema);
            }
            match (set.first(), set.len()) {
                (Some(thema), 1) => een_thema(thema, json, uit),
                _ => een_set(set, json, uit),
            }
        }
        (["--controle"], true) => {
            let controle = Controle::bereken();
            if json {
                schrijf_json(uit, &controle)
            } else {
                schrijf(uit, &controle.to_string())
            }
            .map(|()| 0)
        }
        ([weergave], true) if json => Err(Fout::gebruik(
            OPDRACHT,
            format!("{weergave} kan niet samen met --json"),
        )),
        (["--dot"], true) => schrijf(uit, &Dot::default().to_string()).map(|()| 0),
        (["--mermaid"], true) => schrijf(uit, &Mermaid::default().to_string()).map(|()| 0),
        (["--matrix"], true) => schrijf(uit, &Matrix::default().to_string()).map(|()| 0),
        ([weergave], false) => Err(Fout::gebruik(
            OPDRACHT,
            format!("{weergave} gaat over alle thema's en neemt geen thema als argument"),
        )),
        _ => Err(Fout::gebruik(
            OPDRACHT,
            format!("kies één van {}, niet meer", gekozen.join(", ")),
        )),
    }
}

/// One linked theme as `kbv raakvlakken THEMA --json` writes it.
#[derive(Serialize)]
struct Raakvlak {
    thema: Thema,
    naam: &'static str,
    veld: u8,
    binnen_veld: bool,
    /// The rows that list the link: both themes, or only one when the link is one-way.
    genoemd_door: ThemaSet,
    eenzijdig: bool,
    /// The name the theme's own row prints, where it differs from the 2021 name.
    #[serde(skip_serializing_if = "Option::is_none")]
    genoemd_als: Option<&'static str>,
}

#[derive(Serialize)]
struct EenThema {
    thema: Thema,
    naam: &'static str,
    veld: u8,
    aantal: usize,
    eenzijdig_aantal: usize,
    naar_zichzelf: bool,
    raakvlakken: Vec<Raakvlak>,
}

fn raakvlak(thema: Thema, ander: Thema, afwijkend: &[AfwijkendeNaam]) -> Raakvlak {
    let genoemd_door: ThemaSet = [(thema, ander), (ander, thema)]
        .into_iter()
        .filter(|&(van, naar)| rv::gepubliceerd(van).contains(naar))
        .map(|(van, _)| van)
        .collect();
    let genoemd_als = afwijkend
        .iter()
        .find(|a| a.thema == ander && a.bij.contains(thema))
        .map(|a| a.genoemd_als);
    Raakvlak {
        thema: ander,
        naam: ander.naam(),
        veld: ander.veld().nummer(),
        binnen_veld: ander.veld() == thema.veld(),
        genoemd_door,
        eenzijdig: rv::verband(thema, ander).eenzijdig(),
        genoemd_als,
    }
}

fn een_thema(thema: Thema, json: bool, uit: &mut dyn Write) -> Result<u8, Fout> {
    let afwijkend = rv::afwijkende_namen();
    let buren = Buren::van(thema);
    let raakvlakken: Vec<Raakvlak> = buren
        .binnen_veld
        .iter()
        .chain(buren.buiten_veld)
        .map(|ander| raakvlak(thema, ander, &afwijkend))
        .collect();
    let overzicht = EenThema {
        thema,
        naam: thema.naam(),
        veld: thema.veld().nummer(),
        aantal: raakvlakken.len(),
        eenzijdig_aantal: raakvlakken.iter().filter(|r| r.eenzijdig).count(),
        naar_zichzelf: rv::naar_zichzelf().contains(thema),
        raakvlakken,
    };
    if json {
        schrijf_json(uit, &overzicht)?;
        return Ok(0);
    }
    let mut t = String::new();
    let _ = writeln!(
        t,
        "{thema:#} (veld {:#}): {} raakvlakken",
        thema.veld(),
        overzicht.aantal
    );
    let delen = [("Binnen het eigen veld", true), ("In andere velden", false)];
    for (kop, binnen) in delen {
        let deel: Vec<&Raakvlak> = overzicht
            .raakvlakken
            .iter()
            .filter(|r| r.binnen_veld == binnen)
            .collect();
        let _ = writeln!(t, "\n{kop} ({}):", deel.len());
        if deel.is_empty() {
            let _ = writeln!(t, "  (geen)");
        }
        for r in deel {
            let _ = write!(t, "  {:#}", r.thema);
            if r.eenzijdig {
                if r.genoemd_door.contains(thema) {
                    let _ = write!(t, "  [eenzijdig: alleen {thema} noemt {}]", r.thema);
                } else {
                    let _ = write!(t, "  [eenzijdig: alleen {} noemt {thema}]", r.thema);
                }
            }
            if let Some(naam) = r.genoemd_als {
                let _ = write!(t, "  [in de rij van {thema} genoemd als \"{naam}\"]");
            }
            let _ = writeln!(t);
        }
    }
    let _ = writeln!(
        t,
        "\n{} van de {} raakvlakken staan in de handreiking maar aan één kant.",
        overzicht.eenzijdig_aantal, overzicht.aantal
    );
    if overzicht.naar_zichzelf {
        let _ = writeln!(
            t,
            "De rij van {thema} noemt ook {thema} zelf; dat telt niet als raakvlak."
        );
    }
    schrijf(uit, &t)?;
    Ok(0)
}

/// A theme outside the set linked to it, with the members it is linked to.
#[derive(Serialize)]
struct Onbewaakt {
    thema: Thema,
    naam: &'static str,
    via: ThemaSet,
}

#[derive(Serialize)]
struct EenSet {
    themas: ThemaSet,
    binnen_veld: Vec<Onbewaakt>,
    buiten_veld: Vec<Onbewaakt>,
}

fn een_set(set: ThemaSet, json: bool, uit: &mut dyn Write) -> Result<u8, Fout> {
    let buren = Buren::van_set(set);
    let lijst = |deel: ThemaSet| -> Vec<Onbewaakt> {
        deel.iter()
            .map(|thema| Onbewaakt {
                thema,
                naam: thema.naam(),
                via: rv::buren(thema) & set,
            })
            .collect()
    };
    let overzicht = EenSet {
        themas: set,
        binnen_veld: lijst(buren.binnen_veld),
        buiten_veld: lijst(buren.buiten_veld),
    };
    if json {
        schrijf_json(uit, &overzicht)?;
        return Ok(0);
    }
    let mut t = String::new();
    let _ = writeln!(t, "Thema's: {set:#}");
    let _ = writeln!(
        t,
        "\nDwarsverbanden die niemand bewaakt: {} thema's buiten de keuze hebben een raakvlak ermee.",
        buren.alle().len()
    );
    let delen = [
        (
            "In de velden van de gekozen thema's",
            &overzicht.binnen_veld,
        ),
        ("In velden zonder gekozen thema", &overzicht.buiten_veld),
    ];
    for (kop, deel) in delen {
        let _ = writeln!(t, "\n{kop} ({}):", deel.len());
        if deel.is_empty() {
            let _ = writeln!(t, "  (geen)");
        }
        for o in deel {
            let via: Vec<&str> = o.via.iter().map(Thema::code).collect();
            let _ = writeln!(t, "  {:#}  (via {})", o.thema, via.join(", "));
        }
    }
    schrijf(uit, &t)?;
    Ok(0)
}

#[derive(Serialize)]
struct Graad {
    thema: Thema,
    naam: &'static str,
    graad: usize,
    raakvlakken: ThemaSet,
}

/// All themes, most linked first.
fn overzicht(json: bool, uit: &mut dyn Write) -> Result<u8, Fout> {
    let rangorde: Vec<Graad> = rv::rangorde()
        .into_iter()
        .map(|(thema, graad)| Graad {
            thema,
            naam: thema.naam(),
            graad,
            raakvlakken: rv::buren(thema),
        })
        .collect();
    if json {
        schrijf_json(uit, &rangorde)?;
        return Ok(0);
    }
    let mut t = String::from(
        "Raakvlakken per thema, meest verbonden eerst (in beide richtingen geteld;\n\
         'kbv raakvlakken --controle' toont waar de handreiking ze maar aan één kant noemt)\n\n",
    );
    for g in &rangorde {
        let _ = writeln!(t, "{:>2}  {:#}", g.graad, g.thema);
        let _ = writeln!(t, "    {}", g.raakvlakken);
    }
    schrijf(uit, &t)?;
    Ok(0)
}
