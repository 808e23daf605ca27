//! `kbv catalogus`, `kbv thema`, `kbv lacunes`.

use std::fmt::Write as _;
use std::io::Write;

use kernbeleid::catalogus::{lacunes as lac, Catalogus, Thema, Veld};
use kernbeleid::VariantArray;

use crate::args::Args;
use crate::{schrijf, schrijf_json, Fout};

pub fn catalogus(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    args.klaar()?;
    if json {
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

pub fn thema(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    let Some(invoer) = args.volgende() else {
        return Err(Fout::gebruik(
            "kbv thema verwacht een code of naam, bijvoorbeeld 'kbv thema 3.1'",
        ));
    };
    args.klaar()?;
    let thema: Thema = invoer.parse().map_err(|e| Fout {
        bericht: format!("{e}"),
        code: 2,
    })?;
    if json {
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

pub fn lacunes(mut args: Args, uit: &mut dyn Write) -> Result<u8, Fout> {
    let json = args.vlag("--json");
    args.klaar()?;
    let alle: Vec<_> = lac::alle().collect();
    if json {
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
