//! Rendering documents to Markdown in Dutch, with the handbook's chapter numbering.

use core::fmt::Write as _;

use crate::document::{
    Effectindicator, Invulbaar, Ivp, Meting, Tekst, Themauitwerking, Uitvoeringsplan,
    Veiligheidsanalyse,
};
use crate::methode::{IvpHoofdstuk, UitvoeringsplanHoofdstuk};
use strum::VariantArray;

/// A value as `toon` writes it, or its placeholder in italics between brackets.
fn invulbaar<T>(v: &Invulbaar<T>, toon: impl Fn(&T) -> String) -> String {
    match v {
        Invulbaar::Waarde(w) => toon(w),
        Invulbaar::InTeVullen { in_te_vullen } => format!("_[in te vullen: {in_te_vullen}]_"),
    }
}

/// An optional value, "—" where the document has none.
fn of_streep<T>(v: &Option<Invulbaar<T>>, toon: impl Fn(&T) -> String) -> String {
    v.as_ref()
        .map_or_else(|| "—".to_owned(), |v| invulbaar(v, toon))
}

/// A text, or its placeholder.
fn tekst(t: &Tekst) -> String {
    invulbaar(t, String::clone)
}

fn optie(t: &Option<Tekst>) -> Option<String> {
    t.as_ref().map(tekst)
}

fn meting(m: &Option<Invulbaar<Meting>>) -> String {
    of_streep(m, |m| format!("{} ({})", getal(m.waarde), m.jaar))
}

/// At most one blank line between blocks, whatever the sections wrote around themselves.
fn netjes(md: String) -> String {
    let mut uit = String::with_capacity(md.len());
    let mut regels_leeg = 0;
    for regel in md.split_inclusive('\n') {
        if regel.trim().is_empty() {
            regels_leeg += 1;
            if regels_leeg > 1 {
                continue;
            }
        } else {
            regels_leeg = 0;
        }
        uit.push_str(regel);
    }
    uit
}

fn getal(x: f64) -> String {
    let s = format!("{x}");
    s.replace('.', ",")
}

fn cel(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn hoofdstuk(md: &mut String, h: IvpHoofdstuk) {
    let _ = writeln!(md, "\n## {} {}\n", h.nummer(), h.titel());
}

fn opsomming(md: &mut String, items: impl IntoIterator<Item = String>) {
    for item in items {
        let _ = writeln!(md, "- {item}");
    }
}

fn indicatoren(md: &mut String, lijst: &[Effectindicator]) {
    if lijst.is_empty() {
        return;
    }
    let _ = writeln!(
        md,
        "\n| Effectindicator | Soort | Bron | Nulmeting | Streefwaarde |"
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | --- |");
    for i in lijst {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            cel(&tekst(&i.naam)),
            i.soort
                .map_or("—".to_owned(), |s| format!("{s:?}").to_lowercase()),
            i.bron
                .as_ref()
                .map_or("—".to_owned(), |b| cel(&b.to_string())),
            cel(&meting(&i.nulmeting)),
            cel(&meting(&i.streefwaarde)),
        );
    }
    // What the table has no room for: the unit, the toelichting and the measured series.
    let mut toelichtingen = lijst
        .iter()
        .filter(|i| i.eenheid.is_some() || i.toelichting.is_some() || !i.reeks.is_empty())
        .peekable();
    if toelichtingen.peek().is_some() {
        let _ = writeln!(md);
    }
    for i in toelichtingen {
        let mut delen = Vec::new();
        if let Some(e) = &i.eenheid {
            delen.push(format!("eenheid: {e}."));
        }
        if let Some(t) = optie(&i.toelichting) {
            delen.push(t);
        }
        if !i.reeks.is_empty() {
            let reeks: Vec<String> = i
                .reeks
                .iter()
                .map(|(jaar, waarde)| format!("{jaar}: {}", getal(*waarde)))
                .collect();
            delen.push(format!("Gemeten: {}.", reeks.join("; ")));
        }
        let _ = writeln!(
            md,
            "- _{}_: {}",
            tekst(&i.naam).replace('\n', " "),
            delen.join(" ").replace('\n', " ")
        );
    }
}

fn uitwerking(md: &mut String, nummer: &str, u: &Themauitwerking, prioritair: crate::ThemaSet) {
    let codes: Vec<String> = u
        .themas
        .iter()
        .map(|t| format!("{} {}", t.code(), t.naam()))
        .collect();
    let kop = if nummer.is_empty() {
        u.naam.clone()
    } else {
        format!("{nummer} {}", u.naam)
    };
    let _ = writeln!(md, "\n### {kop}\n");
    if !u.andere_namen.is_empty() {
        let _ = writeln!(md, "Ook genoemd: {}.\n", u.andere_namen.join("; "));
    }
    let _ = writeln!(md, "Thema's: {}", codes.join("; "));
    eigen_namen(md, &u.eigen_namen);
    if let Some(t) = optie(&u.toelichting) {
        let _ = writeln!(md, "\n**Toelichting.** {t}");
    }
    let delen: [(&str, &Vec<Tekst>); 3] = [
        ("Doelstelling", &u.doelstelling_kwalitatief),
        ("Hoofdlijnen van de aanpak", &u.hoofdlijnen_aanpak),
        ("Flankerend beleid", &u.flankerend_beleid),
    ];
    for (kop, lijst) in delen {
        if !lijst.is_empty() {
            let _ = writeln!(md, "\n**{kop}.**\n");
            opsomming(md, lijst.iter().map(tekst));
        }
    }
    indicatoren(md, &u.effectindicatoren);
    if let Some(t) = optie(&u.digitale_component) {
        let _ = writeln!(md, "\n**Digitale component.** {t}");
    }
    if !u.raakvlakken.is_empty() {
        let _ = writeln!(md, "\n**Raakvlakken om te bewaken.**\n");
        opsomming(
            md,
            u.raakvlakken.iter().map(|t| {
                let gedekt = t.thema().is_some_and(|t| prioritair.contains(t));
                let noot = if gedekt {
                    "ook een prioriteit"
                } else {
                    "niet door een prioriteit gedekt"
                };
                format!("{} {} ({noot})", t.code(), t.naam())
            }),
        );
    }
    if !u.partners.is_empty() {
        let _ = writeln!(md, "\n**Partners (uit de handreiking).**\n");
        opsomming(md, u.partners.iter().cloned());
    }
    if !u.wet_en_regelgeving.is_empty() {
        let _ = writeln!(md, "\n**Wet- en regelgeving (uit de handreiking).**\n");
        opsomming(md, u.wet_en_regelgeving.iter().cloned());
    }
    if !u.maatregelen.is_empty() {
        let _ = writeln!(md, "\n**Kandidaat-maatregelen (uit de handreiking).**\n");
        opsomming(md, u.maatregelen.iter().map(tekst));
    }
}

/// The plan's own names for its themes, each with its codes and why.
fn eigen_namen(md: &mut String, lijst: &[crate::document::EigenNaam]) {
    for e in lijst {
        let codes: Vec<String> = e.themas.iter().map(|t| format!("{t:#}")).collect();
        let _ = write!(
            md,
            "\nEigen naam \"{}\": {}",
            e.naam.replace('\n', " "),
            codes.join("; ")
        );
        match optie(&e.toelichting) {
            Some(t) => {
                let _ = writeln!(md, ". {t}");
            }
            None => {
                let _ = writeln!(md);
            }
        }
    }
}

/// Renders an IVP as Markdown with the handbook's seven chapters ("1 Uitgangssituatie" ...
/// "7 Begroting").
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::{ivp, ivp_naar_markdown, IvpOpties, PrioriteitKeuze};
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("5.2")?);
/// let md = ivp_naar_markdown(&ivp(&opties));
/// assert!(md.contains("\n## 1 Uitgangssituatie\n"));
/// assert!(md.contains("\n## 7 Begroting\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "markdown")]
#[doc(alias = "render")]
#[must_use]
pub fn ivp_naar_markdown(ivp: &Ivp) -> String {
    let mut md = String::new();
    let titel = ivp.titel.clone().unwrap_or_else(|| {
        format!(
            "Integraal Veiligheidsplan {} {}",
            ivp.gemeenten.join(", "),
            ivp.periode
        )
    });
    let _ = writeln!(md, "# {titel}\n");
    let _ = writeln!(
        md,
        "Gemeente(n): {}. Periode: {} tot en met {}.",
        ivp.gemeenten.join(", "),
        ivp.periode.van,
        ivp.periode.tot
    );
    for v in &ivp.vaststelling {
        let datum = v.datum.map_or_else(String::new, |d| format!(" op {d}"));
        let _ = writeln!(md, "Vastgesteld door de {}{datum}.", v.door);
    }
    if !ivp.partners.is_empty() {
        let _ = writeln!(md, "\n**Partners.**\n");
        opsomming(&mut md, ivp.partners.iter().cloned());
    }

    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[0]);
    if let Some(t) = optie(&ivp.uitgangssituatie.algemeen) {
        let _ = writeln!(md, "{t}\n");
    }
    for v in &ivp.uitgangssituatie.velden {
        let _ = writeln!(md, "### Veld {} {}\n", v.veld.nummer(), v.veld.naam());
        if let Some(t) = optie(&v.samenvatting) {
            let _ = writeln!(md, "{t}\n");
        }
    }
    if !ivp.uitgangssituatie.bronnen.is_empty() {
        let _ = writeln!(md, "\n**Bronnen van de analyse.**\n");
        opsomming(&mut md, ivp.uitgangssituatie.bronnen.iter().cloned());
    }

    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[1]);
    let d = &ivp.strategische_doelstelling;
    opsomming(
        &mut md,
        d.kwalitatief.iter().chain(&d.verbindingen).map(tekst),
    );
    indicatoren(&mut md, &d.kwantitatief);

    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[2]);
    opsomming(&mut md, ivp.strategische_uitgangspunten.iter().map(tekst));

    let prioritair = Themauitwerking::kbv_themas(&ivp.prioriteiten);
    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[3]);
    if let Some(t) = optie(&ivp.inleiding_prioriteiten) {
        let _ = writeln!(md, "{t}\n");
    }
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        uitwerking(&mut md, &format!("4.{}", i + 1), p, prioritair);
    }

    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[4]);
    if let Some(t) = optie(&ivp.going_concern) {
        let _ = writeln!(md, "{t}\n");
    }
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        uitwerking(&mut md, &format!("5.{}", i + 1), o, prioritair);
    }
    if !ivp.buiten_beschouwing.is_empty() {
        let _ = writeln!(md, "\n### Buiten beschouwing\n");
        opsomming(
            &mut md,
            ivp.buiten_beschouwing.iter().map(|b| {
                let reden = optie(&b.reden).unwrap_or_else(|| "geen reden gegeven".to_owned());
                format!("{} {}: {reden}", b.thema.code(), b.thema.naam())
            }),
        );
    }
    for l in &ivp.lokale_paragrafen {
        let _ = writeln!(
            md,
            "\n### Lokale paragraaf {}\n",
            l.gemeente.replace('\n', " ")
        );
        if let Some(t) = optie(&l.toelichting) {
            let _ = writeln!(md, "{t}");
        }
        for p in l.prioriteiten.iter().chain(&l.overige_themas) {
            uitwerking(&mut md, "", p, prioritair);
        }
    }

    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[5]);
    let c = &ivp.coordinatie;
    for (kop, t) in [
        ("Ambtelijk", &c.ambtelijk),
        ("Bestuurlijk", &c.bestuurlijk),
        ("Beleidscyclus", &c.beleidscyclus),
    ] {
        if let Some(t) = optie(t) {
            let _ = writeln!(md, "**{kop}.** {t}\n");
        }
    }
    for (voorziening, t) in &c.voorzieningen {
        let _ = writeln!(md, "- **{}.** {}", voorziening.naam(), tekst(t));
    }

    hoofdstuk(&mut md, IvpHoofdstuk::VARIANTS[6]);
    begroting(&mut md, &ivp.begroting);
    netjes(md)
}

fn begroting(md: &mut String, b: &crate::document::Begroting) {
    if let Some(t) = optie(&b.toelichting) {
        let _ = writeln!(md, "{t}\n");
    }
    if !b.posten.is_empty() {
        let _ = writeln!(md, "| Post | Bedrag (euro) |\n| --- | --- |");
        for p in &b.posten {
            let bedrag = of_streep(&p.bedrag_euro, |x| x.to_string().replace('.', ","));
            let _ = writeln!(md, "| {} | {} |", cel(&p.omschrijving), cel(&bedrag));
        }
    }
}

/// Renders an uitvoeringsplan as Markdown with the handbook's five chapters.
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::{ivp, uitvoeringsplan, uitvoeringsplan_naar_markdown, IvpOpties, PrioriteitKeuze};
///
/// let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse()?, PrioriteitKeuze::lijst("3.1")?);
/// let md = uitvoeringsplan_naar_markdown(&uitvoeringsplan(&ivp(&opties)));
/// assert!(md.starts_with("# Uitvoeringsplan Integrale Veiligheid Utrecht 2027\n"));
/// assert!(md.contains("\n## 3 Uitwerking prioriteiten"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "markdown")]
#[doc(alias = "render")]
#[must_use]
pub fn uitvoeringsplan_naar_markdown(up: &Uitvoeringsplan) -> String {
    let mut md = String::new();
    let titel = up
        .titel
        .clone()
        .unwrap_or_else(|| format!("Uitvoeringsplan Integrale Veiligheid {}", up.jaar));
    let _ = writeln!(md, "# {titel}\n");
    let _ = writeln!(
        md,
        "Gemeente(n): {}. Jaar: {}. {}.",
        up.gemeenten.join(", "),
        up.jaar,
        up.ivp.as_ref().map_or_else(
            || "Niet bij een IVP".to_owned(),
            |ivp| format!("Bij het IVP {}", ivp.periode)
        )
    );
    let h = |md: &mut String, n: usize| {
        let hs = UitvoeringsplanHoofdstuk::VARIANTS[n];
        let _ = writeln!(md, "\n## {} {}\n", hs.nummer(), hs.titel());
    };
    h(&mut md, 0);
    for t in [&up.hoofdlijn_ivp, &up.beleidscyclus]
        .into_iter()
        .filter_map(optie)
    {
        let _ = writeln!(md, "{t}\n");
    }
    h(&mut md, 1);
    for (kop, t) in [
        ("Veiligheidsbeeld", &up.terugblik.veiligheidsbeeld),
        ("Aanpak", &up.terugblik.aanpak),
    ] {
        if let Some(t) = optie(t) {
            let _ = writeln!(md, "**{kop}.** {t}\n");
        }
    }
    if up.terugblik.is_empty() {
        let _ = writeln!(
            md,
            "Geen terugblik: die hoort vooral bij de vervolgplannen."
        );
    }
    for (n, items) in [(2, &up.prioriteiten), (3, &up.overige_themas)] {
        h(&mut md, n);
        for (i, item) in items.iter().enumerate() {
            let _ = writeln!(md, "\n### {}.{} {}\n", n + 1, i + 1, item.naam);
            eigen_namen(&mut md, &item.eigen_namen);
            for a in &item.actiepunten {
                let _ = writeln!(md, "**{}**\n", a.naam);
                let _ = writeln!(md, "| Maatregel | Bestuurlijk trekker | Ambtelijk trekker | Planning | Prestatie-indicator |");
                let _ = writeln!(md, "| --- | --- | --- | --- | --- |");
                for m in &a.maatregelen {
                    let trekker = |t: &Option<Invulbaar<String>>| of_streep(t, String::clone);
                    let mut planning =
                        of_streep(&m.planning, crate::document::Planning::in_woorden);
                    if let Some(d) = m.gereed_voor {
                        planning = if m.planning.is_none() {
                            format!("gereed vóór {d}")
                        } else {
                            format!("{planning} (gereed vóór {d})")
                        };
                    }
                    let _ = writeln!(
                        md,
                        "| {} | {} | {} | {} | {} |",
                        cel(&tekst(&m.omschrijving)),
                        cel(&trekker(&m.bestuurlijk_trekker)),
                        cel(&trekker(&m.ambtelijk_trekker)),
                        cel(&planning),
                        cel(&optie(&m.prestatie_indicator).unwrap_or_else(|| "—".to_owned())),
                    );
                }
                let _ = writeln!(md);
            }
        }
    }
    h(&mut md, 4);
    begroting(&mut md, &up.begroting);
    netjes(md)
}

/// Renders a veiligheidsanalyse as Markdown: per veld, per theme the drieslag; veld 1's aanpak
/// per aspect.
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::{analyse, analyse_naar_markdown};
///
/// let md = analyse_naar_markdown(&analyse(["Utrecht"], 2026));
/// assert!(md.contains("\n#### Aspect 1.5 Toezicht en handhaving\n"));
/// ```
#[doc(alias = "markdown")]
#[doc(alias = "render")]
#[must_use]
pub fn analyse_naar_markdown(a: &Veiligheidsanalyse) -> String {
    let mut md = String::new();
    let titel = a
        .titel
        .clone()
        .unwrap_or_else(|| format!("Veiligheidsanalyse {}", a.jaar));
    let _ = writeln!(md, "# {titel}\n");
    let _ = writeln!(
        md,
        "Gemeente(n): {}. Jaar: {}.",
        a.gemeenten.join(", "),
        a.jaar
    );
    for &veld in crate::catalogus::Veld::VARIANTS {
        let _ = writeln!(md, "\n## Veld {} {}\n", veld.nummer(), veld.naam());
        for t in a.themas.iter().filter(|t| t.thema.veld() == veld) {
            let _ = writeln!(md, "\n### {} {}\n", t.thema.code(), t.thema.naam());
            for (kop, w) in [
                ("Problematiek", &t.problematiek),
                ("Huidige aanpak", &t.huidige_aanpak),
                ("Extra (beleidsversterkingen)", &t.beleidsversterkingen),
            ] {
                if let Some(w) = optie(w) {
                    let _ = writeln!(md, "**{kop}.** {w}\n");
                }
            }
            if !t.cijfers.is_empty() {
                let _ = writeln!(md, "| Cijfer | Jaar | Waarde |\n| --- | --- | --- |");
                for c in &t.cijfers {
                    let mut waarde = of_streep(&c.waarde, |x| getal(*x));
                    if let Some(e) = &c.eenheid {
                        waarde = format!("{waarde} {e}");
                    }
                    let jaar = c.jaar.map_or("—".to_owned(), |j| j.to_string());
                    let _ = writeln!(
                        md,
                        "| {} | {jaar} | {} |",
                        cel(&c.omschrijving),
                        cel(&waarde)
                    );
                }
            }
        }
        if veld == crate::catalogus::Veld::VeiligeWoonEnLeefomgeving {
            let _ = writeln!(md, "\n### De aanpak van veld 1 per aspect\n");
            for asp in &a.aspecten {
                let _ = writeln!(
                    md,
                    "\n#### Aspect {} {}\n",
                    asp.aspect.code(),
                    asp.aspect.naam()
                );
                for (kop, w) in [
                    ("Huidige aanpak", &asp.huidige_aanpak),
                    ("Extra (beleidsversterkingen)", &asp.beleidsversterkingen),
                ] {
                    if let Some(w) = optie(w) {
                        let _ = writeln!(md, "**{kop}.** {w}\n");
                    }
                }
            }
        }
        for v in a.voorstel_prioriteiten.iter().filter(|v| v.veld == veld) {
            let codes: Vec<&str> = v.themas.iter().map(|t| t.code()).collect();
            let _ = writeln!(
                md,
                "\n**Voorgestelde prioriteiten.** {}",
                if codes.is_empty() {
                    "—".to_owned()
                } else {
                    codes.join(", ")
                }
            );
            if let Some(t) = optie(&v.toelichting) {
                let _ = writeln!(md, "{t}");
            }
        }
    }
    netjes(md)
}
