//! `kbv cijfers`: the police's and CBS's open data per gemeente, theme, effect indicator and
//! year; `kbv cijfers --koppeling-tonen`: the mapping behind it, line by line with its ground.
//! The options that read downloads are shared with `kbv skelet --cijfers`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::document::GROOTSTE_DOCUMENT;

use kernbeleid::cijfers::{
    bereken, lees, Categoriereeks, CijferFout, Cijfers, Classificatie, Doel, Inwoners, Koppeling,
    Niveau, Punt, Regel, Regionamen, TrendRichting, STANDAARDNAAM,
};

use crate::fout::{io_fout, Fout};
use crate::uitvoer::{schrijf, schrijf_json};

const OPDRACHT: &str = "cijfers";

const GEBRUIK: &str = "\
kbv cijfers BESTAND... [--gemeente NAAM] [--namen BESTAND] [--inwoners BESTAND]
             [--koppeling BESTAND] [--json | --csv]
       kbv cijfers --koppeling-tonen [--koppeling BESTAND] [--json | --toml]";

const NA_HULP: &str = "\
Gelezen worden de CSV-downloads van politie (47013NED, 47022NED, 47021NED, 47024NED) en
CBS StatLine (83648NED, 85146NED Veiligheidsmonitor), herkend aan hun kop. Een punt (\".\") is
niet gepubliceerd, geen nul; de laatste maand van een politiedownload, en daarmee haar jaar,
is onvolledig. Nulmeting en trend gebruiken alleen volledige, gepubliceerde jaren.
De koppeling van categorieën aan thema's is de eigen, open koppeling van kernbeleid, niet
het VNG/INP-model; kbv cijfers --koppeling-tonen toont elke regel met haar grond in de
handreiking, --koppeling-tonen --toml geeft haar als begin van een eigen koppeling.";

/// Where the figures come from besides the downloads: region names, population, a mapping of
/// one's own. Shared by `kbv cijfers` and `kbv skelet --cijfers`.
#[derive(clap::Args)]
pub struct Bronnen {
    #[arg(
        long,
        value_name = "BESTAND",
        help = "De CBS-indeling van regio's (Key;Title), voor de namen\n\
                van wijken, buurten en andere regio's in downloads met\n\
                alleen codes; de gemeenten (indeling 1 januari 2025)\n\
                kent kbv zelf"
    )]
    namen: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Inwoners per regio en jaar (CSV Regio;Jaar;Inwoners), voor\n\
                cijfers per 1000 inwoners waar de download ze niet heeft"
    )]
    inwoners: Option<String>,

    #[arg(
        long,
        value_name = "BESTAND",
        help = "Een eigen koppeling (TOML) in plaats van die van kernbeleid"
    )]
    koppeling: Option<String>,
}

impl Bronnen {
    /// Whether none of the three options is given.
    pub fn is_empty(&self) -> bool {
        self.namen.is_none() && self.inwoners.is_none() && self.koppeling.is_none()
    }

    /// The mapping: the user's file, or the crate's own.
    fn koppeling(&self) -> Result<Koppeling, Fout> {
        match &self.koppeling {
            None => Ok(Koppeling::standaard()),
            Some(pad) => {
                let bytes = crate::invoer::lees_bytes_tot(pad, GROOTSTE_DOCUMENT)?;
                let tekst = String::from_utf8(bytes).map_err(|_| {
                    Fout::new(format!(
                        "{pad}: geen geldige UTF-8-tekst; verwacht een koppeling in TOML"
                    ))
                })?;
                Koppeling::uit_toml(&tekst).map_err(|e| Fout::new(format!("{pad}: {e}")))
            }
        }
    }

    /// Reads the downloads and computes the figures.
    pub fn bereken(&self, paden: &[String]) -> Result<Cijfers, Fout> {
        let koppeling = self.koppeling()?;
        // Every gemeente is known by its CBS code; a dimension file adds the other regions
        // (and wins where it names a gemeente differently).
        let namen = match &self.namen {
            None => Regionamen::gemeenten(),
            Some(pad) => Regionamen::gemeenten()
                .aangevuld_met(Regionamen::lees(open(pad)?).map_err(|e| bij(pad, &e))?),
        };
        let inwoners = match &self.inwoners {
            None => None,
            Some(pad) => Some(Inwoners::lees(open(pad)?).map_err(|e| bij(pad, &e))?),
        };
        let mut bestanden = Vec::with_capacity(paden.len());
        for pad in paden {
            let mut bestand = lees(open(pad)?).map_err(|e| bij(pad, &e))?;
            bestand.benoem(&namen);
            bestanden.push(bestand);
        }
        bereken(&bestanden, &koppeling, inwoners.as_ref()).map_err(|e| match &e {
            // The library numbers the files from 1 in the order given: name them.
            CijferFout::Tegenstrijdig(t) => {
                let naam = |i: usize| paden.get(i.wrapping_sub(1)).map_or("?", String::as_str);
                let mut bericht = format!(
                    "{e} (bestand {} is {}",
                    t.eerste.bestand,
                    naam(t.eerste.bestand)
                );
                if t.tweede.bestand != t.eerste.bestand {
                    let _ = write!(
                        bericht,
                        ", bestand {} is {}",
                        t.tweede.bestand,
                        naam(t.tweede.bestand)
                    );
                }
                bericht.push(')');
                Fout::new(bericht)
            }
            _ => Fout::new(e.to_string()),
        })
    }
}

/// A read error of a file, with its path in front.
fn bij(pad: &str, fout: &CijferFout) -> Fout {
    Fout::new(format!("{pad}: {fout}"))
}

/// A file, or standard input for `-`, opened to be streamed: a download of hundreds of
/// megabytes is never held whole (the readers hold their own limits).
fn open(pad: &str) -> Result<Box<dyn std::io::Read>, Fout> {
    if pad == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    std::fs::File::open(pad)
        .map(|f| Box::new(f) as Box<dyn std::io::Read>)
        .map_err(|e| Fout::new(format!("kan {pad} niet lezen: {}", io_fout(&e))))
}

/// Only the figures of `gemeente`; an error naming the gemeenten present when there are none.
pub fn voor_gemeente(cijfers: &Cijfers, gemeente: &str) -> Result<Cijfers, Fout> {
    let gekozen = cijfers.voor_gemeente(gemeente);
    if !gekozen.is_empty() {
        return Ok(gekozen);
    }
    // Another name of a gemeente ("Den Haag" for 's-Gravenhage, "Hengelo" for "Hengelo (O.)"):
    // its CBS code.
    if let Some(g) = kernbeleid::gemeenten::Gemeente::zoek(gemeente) {
        let gekozen = cijfers.voor_gemeente(&g.cbs_code());
        if !gekozen.is_empty() {
            return Ok(gekozen);
        }
    }
    let mut aanwezig: Vec<String> = Vec::new();
    let mut zonder_naam = false;
    let regios = cijfers
        .reeksen
        .iter()
        .map(|r| &r.regio)
        .chain(cijfers.totalen.iter().map(|r| &r.regio))
        .chain(cijfers.zonder_thema.iter().map(|r| &r.regio));
    for regio in regios.filter(|r| r.niveau == Niveau::Gemeente) {
        zonder_naam |= regio.naam.is_none();
        let tekst = match (&regio.naam, &regio.code) {
            (Some(n), Some(c)) => format!("{n} ({c})"),
            _ => regio.weergave().to_owned(),
        };
        if !aanwezig.contains(&tekst) {
            aanwezig.push(tekst);
        }
    }
    let mut bericht = format!("geen cijfers voor gemeente \"{gemeente}\" in deze downloads");
    if aanwezig.is_empty() {
        bericht.push_str("; ze bevatten geen gemeenten");
    } else {
        let _ = write!(bericht, "; wel voor: {}", aanwezig.join(", "));
    }
    if zonder_naam {
        bericht.push_str(
            "\nDe downloads noemen gemeenten alleen bij code: geef de code (GM0344), of --namen met de CBS-indeling van regio's",
        );
    }
    Err(Fout::new(bericht))
}

// `kbv cijfers`.
#[derive(clap::Args)]
#[command(
    about = "Cijfers van politie en CBS per gemeente, thema, effectindicator en jaar",
    override_usage = GEBRUIK,
    after_help = NA_HULP
)]
pub struct CijfersArgs {
    #[arg(
        value_name = "BESTAND",
        required_unless_present = "koppeling_tonen",
        help = "Downloads van politie of CBS (CSV); - leest er één van de\n\
                standaardinvoer"
    )]
    paden: Vec<String>,

    #[arg(
        long,
        value_name = "NAAM",
        help = "Alleen deze gemeente (code of naam), met haar wijken en buurten"
    )]
    gemeente: Option<String>,

    #[command(flatten)]
    bronnen: Bronnen,

    #[arg(
        long,
        conflicts_with = "csv",
        help = "De cijfers (of de koppeling) als JSON"
    )]
    json: bool,

    #[arg(long, help = "De cijfers als CSV, één regel per reeks en jaar")]
    csv: bool,

    #[arg(
        long = "koppeling-tonen",
        conflicts_with_all = ["paden", "gemeente", "namen", "inwoners", "csv"],
        help = "Toon de koppeling van categorieën aan thema's en effectindicatoren,\n\
                elke regel met haar grond in de handreiking (met --koppeling: die)"
    )]
    koppeling_tonen: bool,

    #[arg(
        long,
        requires = "koppeling_tonen",
        conflicts_with = "json",
        help = "Met --koppeling-tonen: de koppeling als TOML, een begin voor een\n\
                eigen koppeling"
    )]
    toml: bool,
}

pub fn cijfers(args: CijfersArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let CijfersArgs {
        paden,
        gemeente,
        bronnen,
        json,
        csv,
        koppeling_tonen,
        toml,
    } = args;
    if koppeling_tonen {
        let koppeling = bronnen.koppeling()?;
        if toml {
            schrijf(uit, &koppeling.naar_toml())?;
        } else if json {
            schrijf_json(uit, &koppeling_json(&koppeling))?;
        } else {
            schrijf(uit, &koppeling_tekst(&koppeling))?;
        }
        return Ok(0);
    }
    if paden.is_empty() {
        return Err(Fout::gebruik(
            OPDRACHT,
            "kbv cijfers verwacht een of meer downloads van politie of CBS (CSV)",
        ));
    }
    let mut cijfers = bronnen.bereken(&paden)?;
    if let Some(g) = &gemeente {
        cijfers = voor_gemeente(&cijfers, g)?;
    }
    if json {
        let mut tekst = cijfers.naar_json();
        tekst.push('\n');
        schrijf(uit, &tekst)?;
    } else if csv {
        let mut bytes = Vec::new();
        cijfers
            .schrijf_csv(&mut bytes)
            .map_err(|e| Fout::new(format!("kan geen CSV maken: {}", io_fout(&e))))?;
        schrijf(uit, &String::from_utf8_lossy(&bytes))?;
    } else {
        schrijf(uit, &tekst(&cijfers))?;
    }
    Ok(0)
}

/// A number as Dutch text: `5570`, `14,88`.
fn getal(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{x:.0}")
    } else {
        x.to_string().replace('.', ",")
    }
}

/// The figures as a readable text: per gemeente its series per theme and indicator as small
/// tables, then the totals and the categories in no theme.
fn tekst(cijfers: &Cijfers) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "Cijfers per gemeente, thema en effectindicator");
    let _ = writeln!(t, "Koppeling: {}", cijfers.koppeling);
    let mut gemeenten: Vec<&str> = Vec::new();
    for g in cijfers
        .reeksen
        .iter()
        .map(|r| r.gemeente.as_str())
        .chain(cijfers.totalen.iter().map(|r| r.gemeente.as_str()))
        .chain(cijfers.zonder_thema.iter().map(|r| r.gemeente.as_str()))
    {
        if !gemeenten.contains(&g) {
            gemeenten.push(g);
        }
    }
    for g in gemeenten {
        let mut reeksen: Vec<_> = cijfers.reeksen.iter().filter(|r| r.gemeente == g).collect();
        // Per theme in the handbook's order; within a theme, in the order computed.
        reeksen.sort_by_key(|r| r.thema);
        let regio = reeksen
            .first()
            .map(|r| &r.regio)
            .or_else(|| {
                cijfers
                    .totalen
                    .iter()
                    .find(|r| r.gemeente == g)
                    .map(|r| &r.regio)
            })
            .or_else(|| {
                cijfers
                    .zonder_thema
                    .iter()
                    .find(|r| r.gemeente == g)
                    .map(|r| &r.regio)
            });
        let kop = match regio {
            Some(r) => {
                let mut over = Vec::new();
                if let Some(c) = r.code.as_deref().filter(|c| *c != g) {
                    over.push(c.to_owned());
                }
                match r.gemeentenaam.as_deref().filter(|n| *n != g) {
                    Some(n) => over.push(format!("{} in {n}", r.niveau.woord())),
                    None => over.push(r.niveau.woord().to_owned()),
                }
                format!("{g} ({})", over.join(", "))
            }
            None => g.to_owned(),
        };
        let _ = writeln!(t, "\n== {kop} ==");
        for r in &reeksen {
            let _ = writeln!(t, "\n{:#}", r.thema);
            let _ = writeln!(
                t,
                "  Indicator: {}",
                r.indicator
                    .unwrap_or("(geen; de registratie hoort bij het thema, niet bij een van zijn effectindicatoren)")
            );
            let wat = if r.bron.telt() {
                format!("{}: {}", r.maat, r.categorieen.join(" + "))
            } else {
                r.maat.clone()
            };
            let _ = writeln!(t, "  Bron: {}, {wat}", r.bron);
            tabel(&mut t, &r.waarden);
            if let Some(tr) = &r.trend {
                let richting = match tr.richting {
                    TrendRichting::Stijgend => "stijgend",
                    TrendRichting::Dalend => "dalend",
                    TrendRichting::Gelijk => "gelijk",
                };
                let procent = tr
                    .procent
                    .map_or(String::new(), |p| format!(", {}%", getal(p)));
                let _ = writeln!(
                    t,
                    "  Trend {}-{}: {richting}, {} per jaar (verschil {}{procent})",
                    tr.van,
                    tr.tot,
                    getal(tr.per_jaar),
                    getal(tr.verschil)
                );
            }
            match r.nulmeting() {
                Some(n) => {
                    let per = n.per_1000.map_or(String::new(), |p| {
                        format!(" ({} per 1000 inwoners)", getal(p))
                    });
                    let _ = writeln!(t, "  Nulmeting: {} in {}{per}", getal(n.waarde), n.jaar);
                }
                None => {
                    let _ = writeln!(t, "  Nulmeting: geen volledig, gepubliceerd jaar");
                }
            }
        }
        let totalen: Vec<_> = cijfers.totalen.iter().filter(|r| r.gemeente == g).collect();
        if !totalen.is_empty() {
            let _ = writeln!(t, "\nTotalen");
            for r in totalen {
                apart(&mut t, r);
            }
        }
        let zonder: Vec<_> = cijfers
            .zonder_thema
            .iter()
            .filter(|r| r.gemeente == g)
            .collect();
        if !zonder.is_empty() {
            let _ = writeln!(t, "\nZonder thema");
            for r in zonder {
                apart(&mut t, r);
            }
        }
    }
    if !cijfers.niet_gebruikt.is_empty() {
        let _ = writeln!(t, "\nNiet gebruikt");
        for n in &cijfers.niet_gebruikt {
            let _ = writeln!(t, "  {} {}: {}", n.bron, n.maat, n.reden);
        }
    }
    t
}

fn apart(t: &mut String, r: &Categoriereeks) {
    let _ = writeln!(t, "  {}, {}", r.bron, r.categorie);
    if let Some(reden) = &r.reden {
        let _ = writeln!(t, "  Reden: {reden}");
    }
    tabel(t, &r.waarden);
}

/// The points of a series as an aligned table: period, value, per 1,000 inhabitants and the
/// 95% margin where any point has them, and a remark.
fn tabel(t: &mut String, waarden: &[Punt]) {
    let per_1000 = waarden.iter().any(|p| p.per_1000.is_some());
    let marge = waarden
        .iter()
        .any(|p| p.ondergrens.is_some() || p.bovengrens.is_some());
    let mut rijen: Vec<Vec<String>> = Vec::with_capacity(waarden.len() + 1);
    let mut kop = vec!["periode".to_owned(), "waarde".to_owned()];
    if per_1000 {
        kop.push("per 1000".to_owned());
    }
    if marge {
        kop.push("marge (95%)".to_owned());
    }
    rijen.push(kop);
    let mut opmerkingen = Vec::with_capacity(waarden.len());
    for p in waarden {
        let mut rij = vec![p.jaar.to_string(), p.waarde.map_or("·".to_owned(), getal)];
        if per_1000 {
            rij.push(p.per_1000.map_or("·".to_owned(), getal));
        }
        if marge {
            rij.push(match (p.ondergrens, p.bovengrens) {
                (Some(o), Some(b)) => format!("{}–{}", getal(o), getal(b)),
                _ => "·".to_owned(),
            });
        }
        rijen.push(rij);
        let mut staat = Vec::new();
        if p.waarde.is_none() {
            staat.push("niet gepubliceerd");
        } else if !p.volledig {
            staat.push("onvolledig");
        }
        if p.voorlopig {
            staat.push("voorlopig");
        }
        let mut opmerking = staat.join(", ");
        if let Some(o) = p.opmerking.as_deref().filter(|o| *o != opmerking) {
            if !opmerking.is_empty() {
                opmerking.push_str(": ");
            }
            opmerking.push_str(o);
        }
        opmerkingen.push(opmerking);
    }
    let kolommen = rijen.first().map_or(0, Vec::len);
    let breedte: Vec<usize> = (0..kolommen)
        .map(|k| {
            rijen
                .iter()
                .filter_map(|r| r.get(k))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for (i, rij) in rijen.iter().enumerate() {
        let mut regel = String::from("   ");
        for (k, cel) in rij.iter().enumerate() {
            let b = breedte.get(k).copied().unwrap_or(0);
            if k == 0 {
                let _ = write!(regel, " {cel:<b$}");
            } else {
                let _ = write!(regel, "  {cel:>b$}");
            }
        }
        if let Some(o) = i.checked_sub(1).and_then(|j| opmerkingen.get(j)) {
            if !o.is_empty() {
                let _ = write!(regel, "  {o}");
            }
        }
        let _ = writeln!(t, "{}", regel.trim_end());
    }
}

/// What a list of categories holds, for the headings of the mapping.
fn lijst_titel(c: Classificatie) -> &'static str {
    match c {
        Classificatie::Politie => "politie: soort misdrijf (47013NED, 47022NED)",
        Classificatie::Cbs => "cbs: soort misdrijf (83648NED)",
        Classificatie::Overlast => "overlast: soort overlast (47021NED, 47024NED)",
        Classificatie::Veiligheidsmonitor => "veiligheidsmonitor: maten (85146NED)",
        _ => "andere lijst",
    }
}

/// A line's category as people read it: the known category's code and title, or the text of
/// the line; a keyword says so.
fn categorie_tekst(r: &Regel) -> String {
    if r.trefwoord {
        return format!(
            "trefwoord \"{}\" (elke categorie waarvan de titel het bevat)",
            r.categorie
        );
    }
    match r.bron.zoek(&r.categorie) {
        Some((soort, _)) => soort.to_string(),
        None => r.categorie.to_string(),
    }
}

/// The mapping as text: each category with where it goes and the handbook's words it rests on.
fn koppeling_tekst(k: &Koppeling) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "Koppeling: {}", k.naam());
    if k.naam() == STANDAARDNAAM {
        let _ = writeln!(
            t,
            "\nDit is de eigen, open koppeling van kernbeleid. Zij is NIET het VNG/INP-model: dat\n\
             model, dat de handreiking bij veel effectindicatoren noemt, is gesloten en draait bij de\n\
             politie. Deze koppeling gebruikt alleen de categorieën van de open tabellen en rust per\n\
             regel op woorden uit de handreiking (uitleg, effectinformatie of effectindicatoren van\n\
             het thema). Een categorie die geen thema noemt, staat bij 'geen thema', met de reden.\n\
             Een eigen koppeling: kbv cijfers --koppeling-tonen --toml > eigen.toml, pas die aan en\n\
             geef --koppeling eigen.toml."
        );
    } else {
        let _ = writeln!(
            t,
            "\nEen eigen koppeling (--koppeling), in plaats van die van kernbeleid."
        );
    }
    let mut lijst = None;
    let mut vorige: Option<(Classificatie, String)> = None;
    for r in k.regels() {
        if lijst != Some(r.bron) {
            let _ = writeln!(t, "\n{}", lijst_titel(r.bron));
            lijst = Some(r.bron);
            vorige = None;
        }
        let categorie = categorie_tekst(r);
        if vorige.as_ref() != Some(&(r.bron, categorie.clone())) {
            let _ = writeln!(t, "  {categorie}");
            vorige = Some((r.bron, categorie));
        }
        match &r.doel {
            Doel::Thema {
                thema,
                onderbouwing,
                ..
            } => {
                let _ = writeln!(t, "    -> {thema:#}");
                match r.indicator() {
                    Some(i) => {
                        let _ = writeln!(t, "       effectindicator: {i}");
                    }
                    None => {
                        let _ = writeln!(
                            t,
                            "       geen effectindicator: de registratie hoort bij het thema"
                        );
                    }
                }
                if let Some(o) = onderbouwing {
                    match o.onderdeel {
                        Some(d) => {
                            let _ = writeln!(t, "       grond ({d}): \"{}\"", o.citaat);
                        }
                        None => {
                            let _ = writeln!(t, "       grond: {}", o.citaat);
                        }
                    }
                }
            }
            Doel::GeenThema { reden } => {
                let _ = writeln!(t, "    -> geen thema: {reden}");
            }
        }
    }
    t
}

/// The mapping as JSON: `{"naam", "vng_inp_model": false, "regels": [{"bron", "categorie",
/// "titel", "trefwoord", "thema", "indicator", "onderdeel", "onderbouwing"} | {..., "geen_thema"}]}`.
fn koppeling_json(k: &Koppeling) -> serde_json::Value {
    let regels: Vec<serde_json::Value> = k
        .regels()
        .iter()
        .map(|r| {
            let mut regel = serde_json::json!({
                "bron": r.bron.woord(),
                "categorie": r.categorie,
                "trefwoord": r.trefwoord,
            });
            if !r.trefwoord {
                if let Some((soort, _)) = r.bron.zoek(&r.categorie) {
                    regel["titel"] = soort.titel.into();
                }
            }
            match &r.doel {
                Doel::Thema {
                    thema,
                    onderbouwing,
                    ..
                } => {
                    regel["thema"] = thema.code().into();
                    regel["indicator"] = r.indicator().into();
                    if let Some(o) = onderbouwing {
                        regel["onderdeel"] = o.onderdeel.map(|d| d.to_string()).into();
                        regel["onderbouwing"] = o.citaat.to_string().into();
                    }
                }
                Doel::GeenThema { reden } => {
                    regel["geen_thema"] = reden.to_string().into();
                }
            }
            regel
        })
        .collect();
    serde_json::json!({
        "naam": k.naam(),
        "vng_inp_model": false,
        "regels": regels,
    })
}
