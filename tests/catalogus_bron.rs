//! The catalogue's theme tables are generated from the handbook text, and this test keeps them
//! that way: it extracts hoofdstuk 2 of `bron/kernbeleid-veiligheid-2021.txt` again, renders
//! `src/catalogus/gegevens.rs`, and fails when the committed file differs.
//!
//! Regenerate after changing the extraction with
//! `KBV_HERGENEREER=1 cargo test --test catalogus_bron`.
//!
//! The text dump of the handbook lost the bullets of a few cells (aspect 1.5 and theme 3.3). For
//! those the items are split at the starts listed in `HANDMATIG`; the test checks that the items,
//! joined with a space, give back the cell's text exactly, so nothing is added or dropped.

use std::fmt::Write as _;

const BRON: &str = include_str!("../bron/kernbeleid-veiligheid-2021.txt");
const DOEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalogus/gegevens.rs");
const UL: &str = "<ul style=\"list-style-type: none\">";

const THEMA_VARIANTEN: [&str; 22] = [
    "SocialeKwaliteit",
    "FysiekeKwaliteit",
    "ObjectieveVeiligheid",
    "SubjectieveVeiligheid",
    "VeiligWinkelgebied",
    "VeiligeBedrijventerreinen",
    "VeiligUitgaan",
    "VeiligeEvenementen",
    "VeiligToerisme",
    "Jeugdoverlast",
    "Jeugdcriminaliteit",
    "JeugdAlcoholEnDrugs",
    "VeiligInEnOmDeSchool",
    "Verkeersveiligheid",
    "Brandveiligheid",
    "Omgevingsveiligheid",
    "Rampenbestrijding",
    "PolarisatieEnRadicalisering",
    "OndermijnendeCriminaliteit",
    "WeerbareOverheid",
    "Informatieveiligheid",
    "Integriteit",
];
const ASPECT_VARIANTEN: [&str; 6] = [
    "Infrastructuur",
    "InvesterenInFysiekeKwaliteit",
    "InvesterenInSocialeKwaliteit",
    "BetrekkenBewoners",
    "ToezichtEnHandhaving",
    "SpecifiekeCriminaliteitsfenomenen",
];
const VELD_VARIANTEN: [&str; 5] = [
    "VeiligeWoonEnLeefomgeving",
    "BedrijvigheidEnVeiligheid",
    "JeugdEnVeiligheid",
    "FysiekeVeiligheid",
    "IntegriteitEnVeiligheid",
];

/// Cells whose bullets the text dump lost: (kind, code, part, the starts of the items).
const HANDMATIG: &[(&str, &str, &str, &[&str])] = &[
    (
        "aspect",
        "1.5",
        "RolGemeente",
        &[
            "Bewerkstelligen dat er",
            "Afwegingen maken",
            "Bewerkstelligen dat de",
            "Beleidskader formuleren",
            "Optimale benutting",
        ],
    ),
    (
        "aspect",
        "1.5",
        "WetEnRegelgeving",
        &[
            "APV",
            "Afvalstoffenverordening",
            "Wet bestuurlijke boete",
            "Wet Administratiefrechtelijke",
            "Besluit OM-afdoening",
            "Artikel 151c",
            "Boa circulaire",
        ],
    ),
    (
        "aspect",
        "1.5",
        "Aanpak",
        &[
            "Inpassen BOA's",
            "Ontwikkelen 'gastheerschap'",
            "Inzet BOA's voor",
            "Focus op",
            "Samenwerking en taakverdeling",
            "Aanpak sociale fraude",
        ],
    ),
    (
        "aspect",
        "1.5",
        "Instrumenten",
        &[
            "Webdossier Buitengewoon",
            "Webdossier Naleving",
            "Webdossier Cameratoezicht",
            "Stijlwijzer",
            "Interventiekompas",
            "Regiemodel",
            "https://vng.nl/naleving",
        ],
    ),
    (
        "thema",
        "3.3",
        "WetEnRegelgeving",
        &["Drank- en Horecawet", "APV", "Wet middelenonderzoek"],
    ),
    (
        "thema",
        "3.3",
        "Aanpak",
        &[
            "Preventie- en Handavingsplan",
            "Toezicht en handhaving DHW",
            "Nalevingsonderzoeken",
            "Voorlichtingscampagnes",
            "Convenant met",
            "Inzet alcohol-",
            "Alcoholverbod",
            "Implementatie afstandsvereisten",
            "Toezicht en handhaving 'hokken",
            "Toezicht en handhaving coffee",
            "Lachgasverbod",
        ],
    ),
    (
        "thema",
        "3.3",
        "Effectinformatie",
        &[
            "Meldpunt",
            "Veiligheidsmonitor",
            "(Jeugd)gezondheidsmonitoren",
            "Gegevens verslavingszorg",
            "Registraties Zorg-",
        ],
    ),
    (
        "thema",
        "3.3",
        "Effectindicatoren",
        &[
            "Jeugdgezondheidsmonitor:",
            "Politieregistratie:",
            "Gemeente/ Zorg-",
            "Verslavingszorg:",
        ],
    ),
    (
        "thema",
        "3.3",
        "Instrumenten",
        &[
            "Alcohol- en drugsonderzoek",
            "Handleiding 'ketenbeleid'",
            "Kwaliteitsmeter",
            "Dossier alcoholverbod",
            "Model APV ",
            "www.trimbos.nl",
            "App Red Alert",
            "www.stap.nl",
            "Themawebsite",
            "Model APV via",
        ],
    ),
];

const ONDERDELEN: [&str; 10] = [
    "Uitleg",
    "RolGemeente",
    "Partners",
    "WetEnRegelgeving",
    "Aanpak",
    "Effectinformatie",
    "Effectindicatoren",
    "Instrumenten",
    "Raakvlakken",
    "Ontwikkelingen",
];

fn onderdeel_van_label(label: &str) -> &'static str {
    let l = label.to_lowercase();
    let paren = [
        ("uitleg", "Uitleg"),
        ("rol gemeente", "RolGemeente"),
        ("partners in de aanpak", "Partners"),
        ("wet- en regelgeving", "WetEnRegelgeving"),
        ("aanpak, maatregelen", "Aanpak"),
        ("effectinformatie", "Effectinformatie"),
        ("effectindicatoren", "Effectindicatoren"),
        ("beschikbare instrumenten", "Instrumenten"),
        ("raakvlakken/verbindingen", "Raakvlakken"),
        ("belangrijke ontwikkelingen", "Ontwikkelingen"),
    ];
    paren
        .iter()
        .find(|(begin, _)| l.starts_with(begin))
        .map(|(_, o)| *o)
        .unwrap_or_else(|| panic!("onbekend rijlabel {label:?}"))
}

/// Removes HTML tags and list markers' markup, folds white space.
fn zonder_tags(s: &str) -> String {
    let mut uit = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => uit.push(c),
            _ => {}
        }
    }
    uit.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a cell into segments: `(true, inner)` for a `<p>` paragraph, `(false, text)` otherwise.
fn segmenten(cel: &str) -> Vec<(bool, String)> {
    let mut uit = Vec::new();
    let mut rest = cel.replace(UL, " ").replace("</ul>", " ");
    while let Some(begin) = rest.find("<p>") {
        let voor = rest[..begin].to_string();
        if !voor.trim().is_empty() {
            uit.push((false, voor));
        }
        let na = &rest[begin + 3..];
        let eind = na.find("</p>").expect("<p> zonder </p>");
        uit.push((true, na[..eind].to_string()));
        rest = na[eind + 4..].to_string();
    }
    if !rest.trim().is_empty() {
        uit.push((false, rest));
    }
    uit
}

#[derive(Default)]
struct Lijst {
    items: Vec<String>,
    koppen: Vec<(String, usize)>,
}

fn lijst(cel: &str, handmatig: Option<&[&str]>) -> Lijst {
    let mut l = Lijst::default();
    for (is_p, seg) in segmenten(cel) {
        if is_p {
            let t = zonder_tags(&seg);
            if let Some(kop) = t.strip_suffix(':') {
                l.koppen.push((kop.trim().to_string(), l.items.len()));
            } else if !t.is_empty() {
                l.items.push(t);
            }
        } else {
            for deel in seg.split('•') {
                let t = zonder_tags(deel);
                if !t.is_empty() {
                    l.items.push(t);
                }
            }
        }
    }
    if let Some(begins) = handmatig {
        let geheel = l.items.join(" ");
        let mut posities = Vec::new();
        let mut vanaf = 0;
        for begin in begins {
            let pos = vanaf
                + geheel[vanaf..]
                    .find(begin)
                    .unwrap_or_else(|| panic!("{begin:?} niet gevonden in {geheel:?}"));
            posities.push(pos);
            vanaf = pos + begin.len();
        }
        assert_eq!(
            posities.first(),
            Some(&0),
            "eerste item begint niet vooraan: {geheel:?}"
        );
        posities.push(geheel.len());
        let items: Vec<String> = posities
            .windows(2)
            .map(|w| geheel[w[0]..w[1]].trim().to_string())
            .collect();
        assert_eq!(
            items.join(" "),
            geheel,
            "handmatige splitsing verandert de tekst"
        );
        l.items = items;
    }
    l
}

fn uitleg(cel: &str) -> String {
    let segs = segmenten(cel);
    let alineas: Vec<String> = segs
        .iter()
        .map(|(_, s)| zonder_tags(&s.replace('•', " ")))
        .filter(|s| !s.is_empty())
        .collect();
    alineas.join("\n\n")
}

fn partners(cel: &str) -> (Vec<String>, Vec<String>) {
    let mut intern = Vec::new();
    let mut extern_ = Vec::new();
    for item in lijst(cel, None).items {
        // Where the bullets were lost, "extern:" follows the internal partners in one run.
        let (i, e) = match item.find(" extern:") {
            Some(pos) if item.starts_with("intern:") => (
                Some(item[..pos].to_string()),
                Some(item[pos + 1..].to_string()),
            ),
            _ if item.starts_with("intern:") => (Some(item.clone()), None),
            _ if item.starts_with("extern:") => (None, Some(item.clone())),
            _ => panic!("partner zonder intern/extern: {item:?}"),
        };
        if let Some(i) = i {
            intern.push(i["intern:".len()..].trim().to_string());
        }
        if let Some(e) = e {
            extern_.push(e["extern:".len()..].trim().to_string());
        }
    }
    (intern, extern_)
}

/// (code, printed name) per entry, checking each entry lies in the veld its paragraph names.
fn raakvlakken(cel: &str) -> Vec<(String, String)> {
    let mut uit = Vec::new();
    for (_, seg) in segmenten(cel) {
        let t = zonder_tags(&seg);
        let rest = t
            .strip_prefix("Veiligheidsveld ")
            .expect("raakvlakken: geen veld");
        let (veld, rest) = rest
            .split_once(": ")
            .expect("raakvlakken: geen dubbele punt");
        let b = rest.as_bytes();
        let mut begins = Vec::new();
        for i in 0..b.len().saturating_sub(4) {
            let is_code = b[i].is_ascii_digit()
                && b[i + 1] == b'.'
                && b[i + 2].is_ascii_digit()
                && b[i + 3] == b':'
                && b[i + 4] == b' ';
            if is_code && (i == 0 || rest[..i].ends_with(", ")) {
                begins.push(i);
            }
        }
        assert_eq!(begins.first(), Some(&0), "raakvlakken: {rest:?}");
        begins.push(rest.len() + 2);
        for w in begins.windows(2) {
            let code = &rest[w[0]..w[0] + 3];
            let naam = &rest[w[0] + 5..w[1] - 2];
            assert!(code.starts_with(veld), "{code} staat onder veld {veld}");
            uit.push((code.to_string(), naam.trim().to_string()));
        }
    }
    uit
}

struct Blok {
    is_aspect: bool,
    veld: usize,
    veld_naam: String,
    code: String,
    naam: String,
    kop: String,
    rijen: Vec<(&'static str, String)>,
}

fn normaliseer(s: &str) -> String {
    let mut uit = String::new();
    let mut spatie = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'é' | 'ë' | 'è' => 'e',
            'ï' => 'i',
            c => c,
        };
        if c.is_alphanumeric() {
            if spatie && !uit.is_empty() {
                uit.push(' ');
            }
            spatie = false;
            uit.push(c);
        } else {
            spatie = true;
        }
    }
    uit
}

fn blokken() -> Vec<Blok> {
    let regels: Vec<&str> = BRON.lines().collect();
    let begin = regels
        .iter()
        .position(|r| r.starts_with("Veiligheidsveld 1:") && r.contains("veiligheidsthema 1.1"))
        .expect("begin hoofdstuk 2");
    let eind = regels
        .iter()
        .rposition(|r| r.starts_with("3 Producten"))
        .expect("hoofdstuk 3");
    let mut blokken: Vec<Blok> = Vec::new();
    for regel in &regels[begin..eind] {
        let r = regel.trim();
        if r.is_empty() {
            continue;
        }
        let kop = r.trim_start_matches("<p>").trim_end_matches("</p>").trim();
        if kop.starts_with("Veiligheidsveld ") && !kop.contains('\t') {
            let (veld_deel, onderwerp) = kop.split_once(" - ").expect("kop zonder ' - '");
            let (veld_nr, veld_naam) = veld_deel["Veiligheidsveld ".len()..]
                .split_once(": ")
                .expect("veld");
            let onderwerp_l = onderwerp.to_lowercase();
            let (is_aspect, rest) = if let Some(r) = onderwerp_l.strip_prefix("veiligheidsthema ") {
                (false, &onderwerp[onderwerp.len() - r.len()..])
            } else if let Some(r) = onderwerp_l.strip_prefix("aspect ") {
                (true, &onderwerp[onderwerp.len() - r.len()..])
            } else {
                panic!("onbekende kop {kop:?}")
            };
            let (code, naam) = rest.split_once(": ").expect("code: naam");
            let code = code.trim_end_matches(" aanpak").to_string();
            let zelfde = blokken
                .last()
                .is_some_and(|b| b.code == code && b.is_aspect == is_aspect);
            if !zelfde {
                blokken.push(Blok {
                    is_aspect,
                    veld: veld_nr.parse().expect("veldnummer"),
                    veld_naam: veld_naam.to_string(),
                    code,
                    naam: naam.trim().to_string(),
                    kop: kop.to_string(),
                    rijen: Vec::new(),
                });
            }
            continue;
        }
        let (label, cel) = regel
            .split_once('\t')
            .unwrap_or_else(|| panic!("regel zonder tab: {r:?}"));
        let label = zonder_tags(label);
        if label.chars().all(|c| c == '-') {
            continue; // a table rule in the dump
        }
        let onderdeel = onderdeel_van_label(&label);
        let blok = blokken.last_mut().expect("rij voor de eerste kop");
        assert!(
            blok.rijen.iter().all(|(o, _)| *o != onderdeel),
            "{} {}: rij {onderdeel} dubbel",
            blok.code,
            blok.naam
        );
        blok.rijen.push((onderdeel, cel.to_string()));
    }
    blokken
}

fn str_lijst(items: &[String]) -> String {
    let delen: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", delen.join(", "))
}

fn render() -> String {
    let blokken = blokken();
    let themas: Vec<&Blok> = blokken.iter().filter(|b| !b.is_aspect).collect();
    let aspecten: Vec<&Blok> = blokken.iter().filter(|b| b.is_aspect).collect();
    assert_eq!(themas.len(), 22, "aantal thema's");
    assert_eq!(aspecten.len(), 6, "aantal aspecten");

    // Other spellings: the overview table and every raakvlakken row.
    let mut andere: Vec<Vec<String>> = vec![Vec::new(); 22];
    let regels: Vec<&str> = BRON.lines().collect();
    let tabel = regels
        .iter()
        .position(|r| r.starts_with("Veilige woon- en leefomgeving\tBedrijvigheid"))
        .expect("overzichtstabel");
    for (rij, regel) in regels[tabel + 1..]
        .iter()
        .take_while(|r| r.contains('\t'))
        .enumerate()
    {
        for (kolom, cel) in regel.split('\t').enumerate() {
            let cel = cel.trim();
            if cel.is_empty() {
                continue;
            }
            let code = format!("{}.{}", kolom + 1, rij + 1);
            let naam = cel.split_once(' ').expect("code naam").1.trim().to_string();
            let i = themas
                .iter()
                .position(|t| t.code == code)
                .expect("code in overzicht");
            andere[i].push(naam);
        }
    }
    let mut raak: Vec<Vec<(String, String)>> = Vec::new();
    for t in &themas {
        let r = t
            .rijen
            .iter()
            .find(|(o, _)| *o == "Raakvlakken")
            .map(|(_, c)| raakvlakken(c))
            .unwrap_or_default();
        for (code, naam) in &r {
            let i = themas
                .iter()
                .position(|t| &t.code == code)
                .expect("raakvlak-code");
            andere[i].push(naam.clone());
        }
        raak.push(r);
    }

    let mut uit = String::new();
    uit.push_str(
        "// @generated by tests/catalogus_bron.rs from bron/kernbeleid-veiligheid-2021.txt.\n\
         // Do not edit by hand: change the extraction and run\n\
         // `KBV_HERGENEREER=1 cargo test --test catalogus_bron`.\n\n\
         //! The handbook's tables as static records (generated).\n\n\
         use super::Onderdeel::*;\n\
         use super::{Aanpak, Aspect, AspectGegevens, Indeling, Partners, Thema, ThemaGegevens, Veld, VeldGegevens, Vermelding};\n\
         use crate::Bron;\n\n",
    );

    // Velden: name from the table headings, essence from "Definitie Integrale Veiligheid".
    uit.push_str("pub(super) static VELDEN: [VeldGegevens; 5] = [\n");
    for (i, variant) in VELD_VARIANTEN.iter().enumerate() {
        let nummer = i + 1;
        let naam = &themas
            .iter()
            .find(|t| t.veld == nummer)
            .expect("veld")
            .veld_naam;
        let prefix = format!("- {nummer} *");
        let essentie_regel = regels
            .iter()
            .find(|r| r.starts_with(&prefix))
            .expect("essentie veld");
        let (kop, essentie) = essentie_regel[prefix.len()..]
            .split_once("*: ")
            .expect("essentie");
        assert_eq!(normaliseer(kop), normaliseer(naam), "veldnaam");
        let veld_themas: Vec<String> = themas
            .iter()
            .enumerate()
            .filter(|(_, t)| t.veld == nummer)
            .map(|(j, _)| format!("Thema::{}", THEMA_VARIANTEN[j]))
            .collect();
        let veld_aspecten: Vec<String> = if nummer == 1 {
            ASPECT_VARIANTEN
                .iter()
                .map(|a| format!("Aspect::{a}"))
                .collect()
        } else {
            Vec::new()
        };
        let _ = writeln!(
            uit,
            "    VeldGegevens {{\n        veld: Veld::{variant},\n        nummer: {nummer},\n        naam: {naam:?},\n        essentie: {essentie:?},\n        themas: &[{}],\n        aspecten: &[{}],\n        bron: Bron::new(\"Definitie Integrale Veiligheid\", Some(5)),\n    }},",
            veld_themas.join(", "),
            veld_aspecten.join(", "),
        );
    }
    uit.push_str("];\n\n");

    uit.push_str("pub(super) static THEMAS: [ThemaGegevens; 22] = [\n");
    let mut zoeksleutels: Vec<String> = Vec::new();
    for (i, t) in themas.iter().enumerate() {
        let veld1 = t.veld == 1;
        let verwacht: Vec<&str> = ONDERDELEN
            .iter()
            .copied()
            .filter(|o| {
                !veld1
                    || matches!(
                        *o,
                        "Uitleg" | "Effectinformatie" | "Effectindicatoren" | "Raakvlakken"
                    )
            })
            .collect();
        let (lijsten, koppen, ontbrekend) = lijsten(t, &verwacht, "thema");
        let mut namen: Vec<String> = Vec::new();
        for n in &andere[i] {
            if normaliseer(n) != normaliseer(&t.naam)
                && !namen.iter().any(|m| normaliseer(m) == normaliseer(n))
            {
                namen.push(n.clone());
            }
        }
        let vermeldingen: Vec<String> = raak[i]
            .iter()
            .map(|(code, naam)| {
                let j = themas.iter().position(|t| &t.code == code).expect("code");
                format!(
                    "Vermelding {{ thema: Thema::{}, genoemd_als: {naam:?} }}",
                    THEMA_VARIANTEN[j]
                )
            })
            .collect();
        let _ = writeln!(uit, "    ThemaGegevens {{");
        let _ = writeln!(uit, "        thema: Thema::{},", THEMA_VARIANTEN[i]);
        let _ = writeln!(uit, "        code: {:?},", t.code);
        let _ = writeln!(uit, "        naam: {:?},", t.naam);
        let _ = writeln!(uit, "        andere_namen: {},", str_lijst(&namen));
        let mut sleutels = vec![normaliseer(&t.naam)];
        sleutels.extend(namen.iter().map(|n| normaliseer(n)));
        zoeksleutels.push(str_lijst(&sleutels));
        let _ = writeln!(uit, "        veld: Veld::{},", VELD_VARIANTEN[t.veld - 1]);
        let _ = writeln!(uit, "        uitleg: {:?},", lijsten.uitleg);
        let _ = writeln!(
            uit,
            "        effectinformatie: {},",
            lijsten.lijst("Effectinformatie")
        );
        let _ = writeln!(
            uit,
            "        effectindicatoren: {},",
            lijsten.lijst("Effectindicatoren")
        );
        let _ = writeln!(uit, "        raakvlakken: &[{}],", vermeldingen.join(", "));
        if veld1 {
            let _ = writeln!(uit, "        aanpak: None,");
        } else {
            let _ = writeln!(uit, "        aanpak: Some({}),", lijsten.aanpak());
        }
        let _ = writeln!(uit, "        indelingen: {koppen},");
        let _ = writeln!(uit, "        ontbrekende_rijen: {ontbrekend},");
        let _ = writeln!(uit, "        bron: Bron::new({:?}, None),", t.kop);
        let _ = writeln!(uit, "    }},");
    }
    uit.push_str("];\n\n");

    // The lookup keys stay out of the public records: a lookup detail, not handbook content.
    uit.push_str(
        "/// Per theme, in code order: the official name and `andere_namen` in normalised form\n\
         /// (`crate::naam`), so that a lookup by name is a string compare.\n\
         pub(super) static ZOEKSLEUTELS: [&[&str]; 22] = [\n",
    );
    for sleutels in &zoeksleutels {
        let _ = writeln!(uit, "    {sleutels},");
    }
    uit.push_str("];\n\n");

    uit.push_str("pub(super) static ASPECTEN: [AspectGegevens; 6] = [\n");
    for (i, a) in aspecten.iter().enumerate() {
        let verwacht: Vec<&str> = ONDERDELEN
            .iter()
            .copied()
            .filter(|o| !matches!(*o, "Effectinformatie" | "Effectindicatoren" | "Raakvlakken"))
            .collect();
        let (lijsten, koppen, ontbrekend) = lijsten(a, &verwacht, "aspect");
        let _ = writeln!(uit, "    AspectGegevens {{");
        let _ = writeln!(uit, "        aspect: Aspect::{},", ASPECT_VARIANTEN[i]);
        let _ = writeln!(uit, "        code: {:?},", a.code);
        let _ = writeln!(uit, "        naam: {:?},", a.naam);
        let _ = writeln!(uit, "        uitleg: {:?},", lijsten.uitleg);
        let _ = writeln!(uit, "        aanpak: {},", lijsten.aanpak());
        let _ = writeln!(uit, "        indelingen: {koppen},");
        let _ = writeln!(uit, "        ontbrekende_rijen: {ontbrekend},");
        let _ = writeln!(uit, "        bron: Bron::new({:?}, None),", a.kop);
        let _ = writeln!(uit, "    }},");
    }
    uit.push_str("];\n");
    uit
}

struct Lijsten {
    uitleg: String,
    lijsten: Vec<(&'static str, Vec<String>)>,
    intern: Vec<String>,
    extern_: Vec<String>,
}

impl Lijsten {
    fn lijst(&self, onderdeel: &str) -> String {
        let items = self
            .lijsten
            .iter()
            .find(|(o, _)| *o == onderdeel)
            .map(|(_, l)| l.clone())
            .unwrap_or_default();
        str_lijst(&items)
    }

    fn aanpak(&self) -> String {
        format!(
            "Aanpak {{\n            rol_gemeente: {},\n            partners: Partners {{ intern: {}, r#extern: {} }},\n            wet_en_regelgeving: {},\n            maatregelen: {},\n            instrumenten: {},\n            ontwikkelingen: {},\n        }}",
            self.lijst("RolGemeente"),
            str_lijst(&self.intern),
            str_lijst(&self.extern_),
            self.lijst("WetEnRegelgeving"),
            self.lijst("Aanpak"),
            self.lijst("Instrumenten"),
            self.lijst("Ontwikkelingen"),
        )
    }
}

fn lijsten(b: &Blok, verwacht: &[&str], soort: &str) -> (Lijsten, String, String) {
    for (o, _) in &b.rijen {
        assert!(
            verwacht.contains(o),
            "{soort} {}: onverwachte rij {o}",
            b.code
        );
    }
    let mut l = Lijsten {
        uitleg: String::new(),
        lijsten: Vec::new(),
        intern: Vec::new(),
        extern_: Vec::new(),
    };
    let mut koppen = Vec::new();
    for (o, cel) in &b.rijen {
        match *o {
            "Uitleg" => l.uitleg = uitleg(cel),
            "Partners" => (l.intern, l.extern_) = partners(cel),
            "Raakvlakken" => {}
            _ => {
                let handmatig = HANDMATIG
                    .iter()
                    .find(|(s, c, d, _)| *s == soort && *c == b.code && d == o)
                    .map(|(_, _, _, begins)| *begins);
                let lijst = lijst(cel, handmatig);
                for (kop, vanaf) in lijst.koppen {
                    koppen.push(format!(
                        "Indeling {{ onderdeel: {o}, kop: {kop:?}, vanaf: {vanaf} }}"
                    ));
                }
                l.lijsten.push((o, lijst.items));
            }
        }
    }
    let ontbrekend: Vec<&str> = verwacht
        .iter()
        .copied()
        .filter(|o| b.rijen.iter().all(|(r, _)| r != o))
        .collect();
    (
        l,
        format!("&[{}]", koppen.join(", ")),
        format!("&[{}]", ontbrekend.join(", ")),
    )
}

#[test]
fn gegevens_rs_is_wat_de_handreiking_oplevert() {
    let verwacht = render();
    if std::env::var_os("KBV_HERGENEREER").is_some() {
        std::fs::write(DOEL, &verwacht).expect("gegevens.rs schrijven");
        return;
    }
    let huidig = std::fs::read_to_string(DOEL).expect("gegevens.rs lezen");
    assert!(
        huidig == verwacht,
        "src/catalogus/gegevens.rs wijkt af van de handreiking; \
         draai KBV_HERGENEREER=1 cargo test --test catalogus_bron"
    );
}

#[test]
fn handmatige_splitsingen_horen_bij_bestaande_cellen() {
    let blokken = blokken();
    for (soort, code, onderdeel, _) in HANDMATIG {
        let blok = blokken
            .iter()
            .find(|b| b.code == *code && b.is_aspect == (*soort == "aspect"))
            .expect("blok");
        let cel = &blok
            .rijen
            .iter()
            .find(|(o, _)| o == onderdeel)
            .expect("rij")
            .1;
        // Only cells that really lack bullets are split by hand.
        assert!(
            !cel.contains('•'),
            "{soort} {code} {onderdeel} heeft wel opsommingstekens"
        );
    }
}
