//! The rules on the plan's themes as a whole: a theme both priority and other theme, the
//! raakvlakken with what the plan leaves out, and every one of the 22 themes accounted for.

use core::fmt::Write as _;

use strum::EnumCount;

use crate::catalogus::Thema;
use crate::controle::passages::*;
use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Invulbaar, Ivp, Themauitwerking};
use crate::raakvlakken::{self, ThemaSet};

/// The rules of this part.
pub(super) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    ivp_004(ivp, v);
    ivp_013(ivp, v);
    ivp_025(ivp, v);
    ivp_014(ivp, v);
}

/// The themes of `set` with their names, separated by "; ", in one string.
fn lijst(set: ThemaSet) -> String {
    let mut uit = String::new();
    for (i, thema) in set.iter().enumerate() {
        if i > 0 {
            uit.push_str("; ");
        }
        let _ = write!(uit, "{thema:#}");
    }
    uit
}

/// The veiligheidsthema's of every uitwerking of the plan, joint and local.
fn in_plan(ivp: &Ivp) -> ThemaSet {
    Themauitwerking::kbv_themas(ivp.alle_uitwerkingen().map(|(_, _, u)| u))
}

/// IVP-004: thema zowel prioriteit als overig thema.
pub(crate) const IVP_004: Regel = Regel {
    code: "IVP-004",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "thema zowel prioriteit als overig thema",
    uitleg: "Een overig strategisch thema is wat na de prioriteiten resteert. Staat een thema bij beide, dan kan dat bewust zijn (woninginbraak prioritair, fietsdiefstal going concern), maar dan zegt het overige thema welk deel van het thema het omvat: met een deelthema dat het thema noemt, of met een toelichting die het thema (code of naam) of de prioriteit bij naam noemt. Een toelichting die over iets anders gaat, verklaart de overlap niet.",
    oplossing: "Noem in de toelichting van het overige thema welk deel van het thema hier valt (of geef het een deelthema met dat thema), of haal het thema op een van beide plaatsen weg.",
    grond: Grond::Handreiking {
        citaat: KANTELING,
        bron: OVERZICHT,
    },
};

/// What explains the overlap: a sub-theme of the other theme that names the theme among its
/// themes, or a toelichting that names the theme (by code or by the handbook's name) or the
/// priority that holds it (by the plan's name). A toelichting about something else says nothing
/// about the overlap, so it does not count.
fn ivp_004(ivp: &Ivp, v: &mut Verzamelaar) {
    let prioritair = Themauitwerking::kbv_themas(&ivp.prioriteiten);
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        let toelichting = o
            .toelichting
            .as_ref()
            .and_then(Invulbaar::waarde)
            .map(|t| t.to_lowercase());
        for (k, t) in o.themas.iter().enumerate() {
            let Some(thema) = t.thema().filter(|t| prioritair.contains(*t)) else {
                continue;
            };
            let in_deelthema = o
                .deelthemas
                .iter()
                .any(|d| d.themas.iter().any(|dt| dt.thema() == Some(thema)));
            let bevat = |woord: &str| {
                !woord.is_empty()
                    && toelichting
                        .as_deref()
                        .is_some_and(|tekst| tekst.contains(&woord.to_lowercase()))
            };
            let verklaard = bevat(thema.code())
                || bevat(thema.naam())
                || ivp
                    .prioriteiten
                    .iter()
                    .filter(|p| p.themas.iter().any(|pt| pt.thema() == Some(thema)))
                    .any(|p| bevat(p.naam.trim()));
            if !in_deelthema && !verklaard {
                v.meld(
                    &IVP_004,
                    format!("/overige_themas/{i}/themas/{k}"),
                    format!(
                        "thema {thema:#} staat bij een prioriteit en bij het overige thema \"{}\"; zeg in de toelichting welk deel van het thema hier valt",
                        o.naam
                    ),
                );
            }
        }
    }
}

/// IVP-013: dwarsverbanden bewaken.
pub(crate) const IVP_013: Regel = Regel {
    code: "IVP-013",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "dwarsverbanden bewaken",
    uitleg: "Een thema van een prioriteit heeft raakvlakken met een thema dat het plan buiten beschouwing laat, en de prioriteit noemt dat raakvlak niet. Thema's die nergens in het plan staan, meldt IVP-014.",
    oplossing: "Noem het thema bij de raakvlakken van de prioriteit en licht toe hoe het dwarsverband wordt bewaakt, of neem het thema op als overig strategisch thema.",
    grond: Grond::Handreiking {
        citaat: "Veiligheidsbeleid is bij voorkeur integraal, in de zin van dat het zich richt op sociale én fysieke veiligheid, dwarsverbanden bewaakt tussen veiligheidsthema's",
        bron: UITGANGSPUNTEN,
    },
};

/// The themes the plan leaves out of consideration (buiten beschouwing).
fn buiten_beschouwing(ivp: &Ivp) -> ThemaSet {
    ivp.buiten_beschouwing
        .iter()
        .filter_map(|b| b.thema.thema())
        .collect()
}

/// Themes that stand nowhere in the plan are IVP-014's, so they are not listed again here.
fn ivp_013(ivp: &Ivp, v: &mut Verzamelaar) {
    let buiten = buiten_beschouwing(ivp);
    if buiten.is_empty() {
        return;
    }
    let buiten = buiten - in_plan(ivp);
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        let eigen = Themauitwerking::kbv_themas([p]);
        let genoemd: ThemaSet = p.raakvlakken.iter().filter_map(|t| t.thema()).collect();
        let open = (raakvlakken::buren_van(eigen) & buiten) - genoemd;
        if !open.is_empty() {
            v.meld(
                &IVP_013,
                format!("/prioriteiten/{i}/raakvlakken"),
                format!(
                    "prioriteit \"{}\" heeft raakvlakken met thema's die het plan buiten beschouwing laat: {}; noem ze bij de raakvlakken van de prioriteit",
                    p.naam,
                    lijst(open)
                ),
            );
        }
    }
}

/// IVP-025: buiten beschouwing zonder reden.
pub(crate) const IVP_025: Regel = Regel {
    code: "IVP-025",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "buiten beschouwing zonder reden",
    uitleg: "Een thema staat onder buiten_beschouwing, maar het plan zegt niet waarom. De handreiking kent geen thema's buiten beschouwing (zie IVP-014); wie er een zo plaatst, geeft de reden.",
    oplossing: "Geef de reden, of neem het thema op als overig strategisch thema.",
    grond: Grond::GezondVerstand {
        stelling: "Een bewuste keuze om een thema weg te laten is pas te zien als de reden erbij staat.",
    },
};

fn ivp_025(ivp: &Ivp, v: &mut Verzamelaar) {
    for (i, b) in ivp.buiten_beschouwing.iter().enumerate() {
        if b.reden.is_none() {
            v.meld(
                &IVP_025,
                format!("/buiten_beschouwing/{i}/reden"),
                format!("{} staat buiten beschouwing zonder reden", b.thema.code()),
            );
        }
    }
}

/// IVP-014: thema niet verantwoord.
pub(crate) const IVP_014: Regel = Regel {
    code: "IVP-014",
    ernst: Ernst::Waarschuwing,
    document: Toepassing::Ivp,
    titel: "thema niet verantwoord",
    uitleg: "Wat in stap 3 geen prioriteit wordt, keert terug als overig strategisch thema; een thema dat nergens in het plan staat, is niet doorvertaald. Zegt het plan dat elk thema dat het niet noemt als going concern doorloopt (going_concern), dan zijn ze verantwoord. Daarnaast laat de crate toe een thema bewust buiten beschouwing te laten (dat noemt de handreiking niet; zie IVP-025).",
    oplossing: "Neem het thema op bij een prioriteit of overig thema, zeg in going_concern dat de niet genoemde thema's als going concern doorlopen, of zet het onder buiten_beschouwing met een reden.",
    grond: Grond::Handreiking {
        citaat: KANTELING,
        bron: OVERZICHT,
    },
};

/// A plan that says every theme it does not name continues as going concern has accounted for
/// them: they are its other strategic themes, named as a whole.
fn ivp_014(ivp: &Ivp, v: &mut Verzamelaar) {
    let buiten = buiten_beschouwing(ivp);
    let open = ThemaSet::ALL - in_plan(ivp) - buiten;
    if !open.is_empty() && !ivp.stelt_going_concern() {
        v.meld(
            &IVP_014,
            "/buiten_beschouwing",
            format!(
                "{} van de {} thema's komen niet voor als prioriteit, overig thema of buiten beschouwing: {}",
                open.len(),
                Thema::COUNT,
                lijst(open)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-004: "de resterende veiligheidsthema's ... geclusterd tot een logische set overige
    /// strategische thema's": an overlap is explained by a deelthema or a toelichting that
    /// names the theme or the priority.
    #[test]
    fn ivp_004_thema_dubbel() {
        let plan = ivp(
            r#"prioriteiten = [{ naam = "Woninginbraak", themas = ["1.3"] }]
            overige_themas = [
                { naam = "Diefstal", themas = ["1.3"] },
                { naam = "Fietsdiefstal", themas = ["1.3"], toelichting = "Naast de prioriteit woninginbraak." },
                { naam = "Overig", themas = ["1.3"], deelthemas = [{ naam = "Fietsen", themas = ["1.3"] }] },
            ]"#,
        );
        assert_eq!(
            bevindingen(&plan, "IVP-004"),
            ["/overige_themas/0/themas/0"]
        );
    }

    /// IVP-013: "dwarsverbanden bewaakt tussen veiligheidsthema's": a raakvlak with a theme
    /// left out, not named by the priority.
    #[test]
    fn ivp_013_dwarsverband() {
        let plan = ivp(
            r#"prioriteiten = [{ naam = "Ondermijning", themas = ["5.2"] }]
            buiten_beschouwing = [
                { thema = "5.1", reden = "Elders belegd." },
                { thema = "4.3", reden = "Elders belegd." },
                { thema = "1.1", reden = "Elders belegd." },
            ]"#,
        );
        let gevonden = bevindingen(&plan, "IVP-013");
        assert_eq!(gevonden, ["/prioriteiten/0/raakvlakken"]);
    }

    /// IVP-025: "Een bewuste keuze om een thema weg te laten is pas te zien als de reden erbij
    /// staat."
    #[test]
    fn ivp_025_zonder_reden() {
        let plan = ivp("[[buiten_beschouwing]]\nthema = \"4.1\"");
        assert_eq!(
            bevindingen(&plan, "IVP-025"),
            ["/buiten_beschouwing/0/reden"]
        );
    }

    /// IVP-014: every theme comes back ("In stap 3 worden uit dit geheel prioriteiten
    /// 'gefilterd'"), or going concern says so.
    #[test]
    fn ivp_014_thema_niet_verantwoord() {
        assert_eq!(bevindingen(&ivp(""), "IVP-014"), ["/buiten_beschouwing"]);
        let going = ivp(r#"going_concern = "Alle andere thema's lopen door als going concern.""#);
        assert!(bevindingen(&going, "IVP-014").is_empty());
    }
}
