//! The rule on the years a plan's own headings and goals name: a heading or goal from another
//! period, often left from the previous plan.

use chrono::Datelike;

use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Ivp, Themauitwerking};

/// IVP-031: jaartal buiten de periode in een kop of doelstelling.
pub(crate) const IVP_031: Regel = Regel {
    code: "IVP-031",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "jaartal buiten de periode in een kop of doelstelling",
    uitleg: "De titel, de naam van een prioriteit, overig thema of deelthema, of een kwalitatieve doelstelling noemt een jaar buiten de periode van het plan (\"Prioriteiten 2016-2019\" in een plan voor 2018-2021): vaak een rest van het vorige plan. Bij een doelstelling telt het jaar voor de periode niet mee (een vergelijking met de uitgangssituatie).",
    oplossing: "Pas het jaartal aan de periode aan, of zeg waarom het hier staat.",
    grond: Grond::GezondVerstand {
        stelling: "Een plan spreekt in zijn koppen en doelen over de jaren waarin het geldt.",
    },
};

/// The years (1990 to 2099) that `tekst` names as numbers of four digits of their own.
fn jaartallen(tekst: &str) -> Vec<i32> {
    let mut jaren = Vec::new();
    let mut cijfers = String::new();
    for teken in tekst.chars().chain(core::iter::once(' ')) {
        if teken.is_ascii_digit() {
            cijfers.push(teken);
            continue;
        }
        if cijfers.len() == 4 {
            if let Ok(jaar) = cijfers.parse::<i32>() {
                if (1990..=2099).contains(&jaar) {
                    jaren.push(jaar);
                }
            }
        }
        cijfers.clear();
    }
    jaren
}

/// Reports each year of `tekst` outside `van..=tot`, at `pad`; `periode` is the plan's, as the
/// message names it.
fn toets(
    tekst: &str,
    wat: &str,
    (van, tot): (i32, i32),
    periode: &str,
    pad: &str,
    v: &mut Verzamelaar,
) {
    let buiten: Vec<String> = jaartallen(tekst)
        .into_iter()
        .filter(|j| *j < van || *j > tot)
        .map(|j| j.to_string())
        .collect();
    if !buiten.is_empty() {
        v.meld(
            &IVP_031,
            pad,
            format!(
                "{wat} \"{tekst}\" noemt {}, buiten de periode {periode}",
                buiten.join(" en ")
            ),
        );
    }
}

/// Headings: the title and the names of the uitwerkingen and their sub-themes. Goals: the
/// qualitative goals, where the year before the period may stand as the point of comparison.
pub(super) fn ivp_031(ivp: &Ivp, v: &mut Verzamelaar) {
    let (van, tot) = (ivp.periode.van.year(), ivp.periode.tot.year());
    if van > tot {
        return; // IVP-011
    }
    let kop = (van, tot);
    let periode = format!("{van}-{tot}");
    let periode = periode.as_str();
    let doel = (van - 1, tot);
    if let Some(titel) = &ivp.titel {
        toets(titel, "de titel", kop, periode, "/titel", v);
    }
    for (i, t) in ivp.strategische_doelstelling.kwalitatief.iter().enumerate() {
        if let Some(tekst) = t.waarde() {
            let pad = format!("/strategische_doelstelling/kwalitatief/{i}");
            toets(
                tekst,
                "de strategische doelstelling",
                doel,
                periode,
                &pad,
                v,
            );
        }
    }
    let uitwerking = |u: &Themauitwerking, pad: &str, v: &mut Verzamelaar| {
        toets(&u.naam, "de naam", kop, periode, &format!("{pad}/naam"), v);
        for (i, t) in u.doelstelling_kwalitatief.iter().enumerate() {
            if let Some(tekst) = t.waarde() {
                let pad = format!("{pad}/doelstelling_kwalitatief/{i}");
                toets(tekst, "de doelstelling", doel, periode, &pad, v);
            }
        }
        for (d, deel) in u.deelthemas.iter().enumerate() {
            let pad = format!("{pad}/deelthemas/{d}");
            toets(
                &deel.naam,
                "de naam",
                kop,
                periode,
                &format!("{pad}/naam"),
                v,
            );
            for (i, t) in deel.doelstelling_kwalitatief.iter().enumerate() {
                if let Some(tekst) = t.waarde() {
                    let pad = format!("{pad}/doelstelling_kwalitatief/{i}");
                    toets(tekst, "de doelstelling", doel, periode, &pad, v);
                }
            }
        }
    };
    for (i, p) in ivp.prioriteiten.iter().enumerate() {
        uitwerking(p, &format!("/prioriteiten/{i}"), v);
    }
    for (i, o) in ivp.overige_themas.iter().enumerate() {
        uitwerking(o, &format!("/overige_themas/{i}"), v);
    }
    for (j, l) in ivp.lokale_paragrafen.iter().enumerate() {
        for (i, p) in l.prioriteiten.iter().enumerate() {
            uitwerking(p, &format!("/lokale_paragrafen/{j}/prioriteiten/{i}"), v);
        }
        for (i, o) in l.overige_themas.iter().enumerate() {
            uitwerking(o, &format!("/lokale_paragrafen/{j}/overige_themas/{i}"), v);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    #[test]
    fn jaartallen_van_vier_cijfers() {
        assert_eq!(
            super::jaartallen("Prioriteiten 2016-2019, 12345 en 1850"),
            [2016, 2019]
        );
        assert_eq!(super::jaartallen("in 2030"), [2030]);
    }

    /// IVP-031: "Een plan spreekt in zijn koppen en doelen over de jaren waarin het geldt."
    #[test]
    fn ivp_031_jaartal_buiten_de_periode() {
        let plan = ivp(r#"titel = "Integraal Veiligheidsplan 2027-2030"
            periode = { van = "2027-01-01", tot = "2030-12-31" }
            strategische_doelstelling = { kwalitatief = ["In 2030 minder inbraken dan in 2026.", "In 2024 veilig."] }
            [[prioriteiten]]
            naam = "Prioriteiten 2023-2026"
            themas = ["1.3"]
            doelstelling_kwalitatief = ["Minder inbraak in 2032."]"#);
        assert_eq!(
            bevindingen(&plan, "IVP-031"),
            [
                "/strategische_doelstelling/kwalitatief/1",
                "/prioriteiten/0/naam",
                "/prioriteiten/0/doelstelling_kwalitatief/0"
            ]
        );
    }
}
