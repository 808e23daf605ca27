//! `kbv catalogus`, `kbv thema`, `kbv lacunes`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::catalogus::{lacunes as lac, Catalogus, Thema, Veld};
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
    override_usage = "kbv thema CODE|NAAM [--json]"
)]
pub struct ThemaArgs {
    #[arg(
        value_name = "CODE|NAAM",
        help = "Het thema: code (\"3.1\"), naam (\"Jeugdoverlast\") of oudere naam"
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
    let thema: Thema = args.invoer.parse().map_err(|e| Fout::new(format!("{e}")))?;
    if args.json {
        schrijf_json(uit, thema.gegevens())?;
    } else {
        schrijf(uit, &beschrijf(thema))?;
    }
    Ok(0)
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
