//! `kbv catalogus`, `kbv thema`, `kbv lacunes`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::catalogus::herkenning::{herken, Onderwerp};
use kernbeleid::catalogus::{
    lacunes as lac, Aspect, Catalogus, StrategischThema, Thema, Uitwerking, Veld,
};
use kernbeleid::methode::Opsomming;
use kernbeleid::VariantArray;

use crate::fout::Fout;
use crate::uitvoer::{schrijf, schrijf_json};

// `kbv catalogus`.
#[derive(clap::Args)]
#[command(
    about = "De hele catalogus: velden, thema's, aspecten",
    override_usage = "kbv catalogus [--json]"
)]
pub struct CatalogusArgs {
    #[arg(
        long,
        help = "De catalogus als JSON, met alles wat de handreiking per thema zegt"
    )]
    json: bool,
}

// `kbv thema`.
#[derive(clap::Args)]
#[command(
    about = "Eén veiligheidsthema, met alles wat de handreiking erover zegt",
    override_usage = "kbv thema CODE|NAAM [--json]",
    after_help = "Ook een strategisch thema (\"S2\", \"Zorg en Veiligheid\") en een aanpak-aspect\n\
                  (\"aspect 1.5\"). Een lokale naam die eenduidig één thema noemt (\"Ondermijning\")\n\
                  wordt herkend; de foutuitvoer zegt dan hoe. Zie ook: kbv herken."
)]
pub struct ThemaArgs {
    #[arg(
        value_name = "CODE|NAAM",
        help = "Het thema: code (\"3.1\", \"S2\"), naam (\"Jeugdoverlast\") of oudere naam"
    )]
    invoer: String,

    #[arg(long, help = "Het thema als JSON")]
    json: bool,
}

// `kbv lacunes`.
#[derive(clap::Args)]
#[command(
    about = "Waar de handreiking niets biedt: lege cellen, ontbrekende rijen",
    override_usage = "kbv lacunes [--json]"
)]
pub struct LacunesArgs {
    #[arg(long, help = "De lacunes als JSON")]
    json: bool,
}

pub fn catalogus(args: CatalogusArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    if args.json {
        schrijf_json(uit, &Catalogus)?;
        return Ok(0);
    }
    let mut tekst =
        String::from("Kernbeleid Veiligheid 2021: vijf veiligheidsvelden, 22 thema's\n");
    for &veld in Veld::VARIANTS {
        let _ = writeln!(tekst, "\n{veld:#}");
        for thema in veld.themas() {
            let _ = writeln!(tekst, "  {thema:#}");
        }
        for aspect in veld.aspecten() {
            let _ = writeln!(tekst, "  aspect {aspect:#}");
        }
    }
    schrijf(uit, &tekst)?;
    Ok(0)
}

pub fn thema(args: ThemaArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let onderwerp = match args.invoer.parse::<Thema>() {
        Ok(thema) => Onderwerp::Thema(thema),
        Err(fout) => match StrategischThema::herken(&args.invoer) {
            Some(s) => Onderwerp::Strategisch(s),
            None => match Aspect::herken(&args.invoer) {
                Some(a) => Onderwerp::Aspect(a),
                None => herkend(&args.invoer, &fout.to_string())?,
            },
        },
    };
    match (onderwerp, args.json) {
        (Onderwerp::Thema(t), true) => schrijf_json(uit, t.gegevens())?,
        (Onderwerp::Thema(t), false) => schrijf(uit, &beschrijf(t))?,
        (Onderwerp::Strategisch(s), true) => schrijf_json(uit, s.gegevens())?,
        (Onderwerp::Strategisch(s), false) => schrijf(uit, &beschrijf_strategisch(s))?,
        (Onderwerp::Aspect(a), true) => schrijf_json(uit, a.gegevens())?,
        (Onderwerp::Aspect(a), false) => schrijf(uit, &beschrijf_aspect(a))?,
    }
    Ok(0)
}

/// A local name the recognition resolves unambiguously; otherwise the error of the theme,
/// pointing to `kbv herken` when there are candidates.
fn herkend(invoer: &str, fout: &str) -> Result<Onderwerp, Fout> {
    let h = herken(invoer);
    if let Some(k) = h.eenduidig() {
        // A note on stderr: stdout stays the theme itself, as for a code.
        let _ = writeln!(
            std::io::stderr(),
            "kbv: \"{invoer}\" herkend als {}: {}",
            k.onderwerp,
            k.reden
        );
        return Ok(k.onderwerp);
    }
    if h.kandidaten().len() < 2 {
        return Err(Fout::new(fout));
    }
    Err(Fout::new(format!(
        "{fout}\n{}. Zie 'kbv herken \"{invoer}\"' voor de kandidaten en hun reden.",
        h.samenvatting()
    )))
}
fn lijst(tekst: &mut String, kop: &str, items: &[&str]) {
    let _ = writeln!(tekst, "\n{kop}:");
    if items.is_empty() {
        let _ = writeln!(tekst, "  (de handreiking biedt hier niets)");
    }
    for item in items {
        let _ = writeln!(tekst, "  - {item}");
    }
}

/// One theme, readably in Dutch.
fn beschrijf(thema: Thema) -> String {
    let g = thema.gegevens();
    let mut t = String::new();
    let _ = writeln!(t, "{} {}", g.code, g.naam);
    let _ = writeln!(t, "Veiligheidsveld {:#}", g.veld);
    let _ = writeln!(t, "Bron: {}", g.bron);
    let _ = writeln!(t, "\nUitleg:\n{}", g.uitleg);
    if let Some(a) = &g.aanpak {
        lijst(&mut t, "Rol gemeente", a.rol_gemeente);
        lijst(&mut t, "Partners intern", a.partners.intern);
        lijst(&mut t, "Partners extern", a.partners.r#extern);
        lijst(&mut t, "Wet- en regelgeving", a.wet_en_regelgeving);
        lijst(&mut t, "Aanpak, maatregelen", a.maatregelen);
    } else {
        let aspecten: Vec<String> = g.veld.aspecten().iter().map(|a| format!("{a:#}")).collect();
        let _ = writeln!(
            t,
            "\nRol gemeente, partners, wet- en regelgeving, aanpak, instrumenten en ontwikkelingen\n\
             werkt de handreiking voor veld 1 uit per aanpak-aspect: {}.",
            aspecten.join("; ")
        );
    }
    lijst(&mut t, "Effectinformatie", g.effectinformatie);
    lijst(&mut t, "Effectindicatoren", g.effectindicatoren);
    if let Some(a) = &g.aanpak {
        lijst(&mut t, "Instrumenten", a.instrumenten);
    }
    let _ = writeln!(t, "\nRaakvlakken (zoals gepubliceerd):");
    for v in g.raakvlakken {
        let _ = writeln!(t, "  - {} {}", v.thema, v.genoemd_als);
    }
    if let Some(a) = &g.aanpak {
        lijst(&mut t, "Belangrijke ontwikkelingen", a.ontwikkelingen);
    }
    t
}

/// A strategic theme, readably in Dutch.
fn beschrijf_strategisch(s: StrategischThema) -> String {
    let g = s.gegevens();
    let mut t = String::new();
    let _ = writeln!(t, "{} {}", g.code, g.naam);
    let _ = writeln!(t, "Strategisch thema: {}", g.titel);
    let _ = writeln!(t, "Bron: {}", g.bron);
    let _ = writeln!(t, "\n{}", g.inleiding.join("\n\n"));
    match g.uitwerking {
        Uitwerking::GedigitaliseerdeCriminaliteit(u) => {
            let _ = writeln!(t, "\nVormen:\n{}", u.vormen_inleiding);
            for m in u.modaliteiten {
                let _ = writeln!(t, "  {}. {}: {}", m.letter, m.naam, m.tekst);
            }
            opsomming(&mut t, "Beleidsdoelen", &u.beleidsdoelen);
            let _ = writeln!(t, "\nRol gemeente:\n{}", u.rol_gemeente);
        }
        Uitwerking::ZorgEnVeiligheid(u) => {
            opsomming(&mut t, "Veiligheidsthema's", &u.themas);
            let _ = writeln!(t, "\nRol gemeente:\n{}", u.rol_gemeente);
            opsomming(&mut t, "Verbindingspunten", &u.verbindingspunten);
        }
        Uitwerking::Informatiemanagement(u) => {
            opsomming(&mut t, "Redenen", &u.redenen);
            let _ = writeln!(t, "\n{}", u.toelichting.join("\n\n"));
            opsomming(
                &mut t,
                "Bestanddelen informatiemanagementplan",
                &u.bestanddelen,
            );
            opsomming(&mut t, "Voorbeelden tools/methodieken", &u.tools);
        }
    }
    let _ = writeln!(t, "\nHet IVP:\n{}", g.het_ivp.inleiding.join("\n"));
    for o in g.het_ivp.onderdelen {
        match o.kop {
            Some(kop) => {
                let _ = writeln!(t, "  - {kop}: {}", o.tekst);
            }
            None => {
                let _ = writeln!(t, "  - {}", o.tekst);
            }
        }
    }
    opsomming(&mut t, "Meer informatie", &g.meer_informatie);
    t
}

fn opsomming(t: &mut String, kop: &str, o: &Opsomming) {
    let _ = writeln!(t, "\n{}:", o.kop.unwrap_or(kop));
    if let Some(inleiding) = o.inleiding {
        let _ = writeln!(t, "{inleiding}");
    }
    for item in o.items {
        let _ = writeln!(t, "  - {item}");
    }
}

/// An aanpak-aspect of veld 1, readably in Dutch.
fn beschrijf_aspect(a: Aspect) -> String {
    let g = a.gegevens();
    let mut t = String::new();
    let _ = writeln!(t, "aspect {} {}", g.code, g.naam);
    let _ = writeln!(
        t,
        "Aanpak-aspect van veiligheidsveld {:#}",
        Veld::VeiligeWoonEnLeefomgeving
    );
    let _ = writeln!(t, "Bron: {}", g.bron);
    let _ = writeln!(t, "\nUitleg:\n{}", g.uitleg);
    let a = &g.aanpak;
    lijst(&mut t, "Rol gemeente", a.rol_gemeente);
    lijst(&mut t, "Partners intern", a.partners.intern);
    lijst(&mut t, "Partners extern", a.partners.r#extern);
    lijst(&mut t, "Wet- en regelgeving", a.wet_en_regelgeving);
    lijst(&mut t, "Aanpak, maatregelen", a.maatregelen);
    lijst(&mut t, "Instrumenten", a.instrumenten);
    lijst(&mut t, "Belangrijke ontwikkelingen", a.ontwikkelingen);
    t
}

pub fn lacunes(args: LacunesArgs, uit: &mut dyn Write) -> Result<u8, Fout> {
    let alle: Vec<_> = lac::alle().collect();
    if args.json {
        schrijf_json(uit, &alle)?;
    } else {
        let mut t = String::new();
        for l in &alle {
            let _ = writeln!(t, "{l}");
        }
        schrijf(uit, &t)?;
    }
    Ok(0)
}
