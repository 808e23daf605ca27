//! What the handbook offers for one theme, gathered for a skeleton: uitleg, suggested
//! indicators, partners, candidate measures, law.

use crate::catalogus::{Aspect, StrategischThema, Thema, Veld};
use crate::document::{Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, ThemaVerwijzing};

/// The handbook's text for a theme or strategic theme, to start a toelichting with.
pub(crate) fn uitleg(t: ThemaVerwijzing) -> &'static str {
    match t {
        ThemaVerwijzing::Kbv(thema) => thema.gegevens().uitleg,
        ThemaVerwijzing::Strategisch(s) => s.gegevens().inleiding.first().copied().unwrap_or(""),
    }
}

/// Whether a handbook indicator is subjective. The handbook's own rule of thumb: objective
/// "bijvoorbeeld uit de politieregistratie", subjective "bijvoorbeeld uit de Veiligheidsmonitor".
fn soort(item: &str) -> IndicatorSoort {
    if item.starts_with("Veiligheidsmonitor") {
        IndicatorSoort::Subjectief
    } else {
        IndicatorSoort::Objectief
    }
}

/// The source named before the colon of a handbook indicator ("Politieregistratie: ...").
fn bron(item: &str) -> Option<IndicatorBron> {
    let (voor, _) = item.split_once(':')?;
    voor.parse().ok()
}

/// Leaves an indicator's nulmeting and streefwaarde open, with what to fill in.
pub(crate) fn open_metingen(ind: &mut Effectindicator) {
    ind.nulmeting = Some(Invulbaar::in_te_vullen("jaar en waarde van de nulmeting"));
    ind.streefwaarde = Some(Invulbaar::in_te_vullen(
        "jaar (binnen de planperiode) en waarde van de streefwaarde",
    ));
}

/// Suggested indicators for the themes of a priority: one objective and one subjective from
/// the handbook where it offers them, a placeholder of the missing kind where it does not.
pub(crate) fn indicatoren(themas: &[ThemaVerwijzing]) -> Vec<Effectindicator> {
    let items: Vec<&'static str> = themas
        .iter()
        .filter_map(|t| t.thema())
        .flat_map(|t| t.gegevens().effectindicatoren.iter().copied())
        .collect();
    let codes: Vec<&str> = themas.iter().map(|t| t.code()).collect();
    [IndicatorSoort::Objectief, IndicatorSoort::Subjectief]
        .into_iter()
        .map(|gewenst| {
            let mut ind = match items.iter().find(|i| soort(i) == gewenst) {
                Some(item) => {
                    let mut ind = Effectindicator::new(*item);
                    ind.bron = bron(item);
                    ind
                }
                None => {
                    let mut ind = Effectindicator::new("");
                    let wat = match gewenst {
                        IndicatorSoort::Objectief => {
                            "objectieve (bijvoorbeeld uit de politieregistratie)"
                        }
                        IndicatorSoort::Subjectief => {
                            "subjectieve (bijvoorbeeld uit de Veiligheidsmonitor)"
                        }
                    };
                    let leeg = if items.is_empty() {
                        format!(
                            "de handreiking noemt bij {} geen effectindicatoren",
                            codes.join(", ")
                        )
                    } else {
                        format!(
                            "de handreiking noemt bij {} geen {wat} indicator",
                            codes.join(", ")
                        )
                    };
                    ind.naam = Invulbaar::in_te_vullen(format!("{leeg}; kies een {wat} indicator"));
                    ind
                }
            };
            ind.soort = Some(gewenst);
            open_metingen(&mut ind);
            ind
        })
        .collect()
}

/// Partners, measures and law for a theme: from its table for velden 2-5, from the six
/// aanpak-aspecten for veld 1 (the handbook works veld 1's aanpak out per aspect).
pub(crate) struct Aanpakken {
    pub(crate) partners: Vec<String>,
    pub(crate) maatregelen: Vec<String>,
    pub(crate) wet_en_regelgeving: Vec<String>,
}

pub(crate) fn aanpak(themas: &[ThemaVerwijzing]) -> Aanpakken {
    let mut a = Aanpakken {
        partners: Vec::new(),
        maatregelen: Vec::new(),
        wet_en_regelgeving: Vec::new(),
    };
    let mut aspecten_gehad = false;
    let voeg_toe = |lijst: &mut Vec<String>, item: String| {
        if !lijst.contains(&item) {
            lijst.push(item);
        }
    };
    for t in themas.iter().filter_map(|t| t.thema()) {
        let g = t.gegevens();
        let bronnen: Vec<(Option<Aspect>, crate::catalogus::Aanpak)> = match g.aanpak {
            Some(aanpak) => vec![(None, aanpak)],
            None if !aspecten_gehad => {
                aspecten_gehad = true;
                Veld::VeiligeWoonEnLeefomgeving
                    .aspecten()
                    .iter()
                    .map(|asp| (Some(*asp), asp.gegevens().aanpak))
                    .collect()
            }
            None => Vec::new(),
        };
        for (aspect, aanpak) in bronnen {
            let label = |item: &str| match aspect {
                Some(asp) => format!("[aspect {asp:#}] {item}"),
                None => item.to_owned(),
            };
            for p in aanpak.partners.intern {
                voeg_toe(&mut a.partners, label(&format!("intern: {p}")));
            }
            for p in aanpak.partners.r#extern {
                voeg_toe(&mut a.partners, label(&format!("extern: {p}")));
            }
            for m in aanpak.maatregelen {
                voeg_toe(&mut a.maatregelen, label(m));
            }
            for w in aanpak.wet_en_regelgeving {
                voeg_toe(&mut a.wet_en_regelgeving, (*w).to_owned());
            }
        }
    }
    a
}

/// The placeholder text asking for the digital facet (strategic theme S1) of `waarvan`: "deze
/// prioriteit", or "deze thema's" for the other themes.
pub(crate) fn digitaal_aanwijzing(waarvan: &str) -> String {
    let s1 = StrategischThema::GedigitaliseerdeCriminaliteit;
    format!(
        "beschrijf het digitale facet van {waarvan} ({}: {}); de handreiking beveelt een consequente uitwerking ervan aan bij elke prioriteit",
        s1.code(),
        s1.naam()
    )
}

/// The veiligheidsthema's among `themas` (the strategic themes left out).
pub(crate) fn alle_kbv(themas: &[ThemaVerwijzing]) -> impl Iterator<Item = Thema> + '_ {
    themas.iter().filter_map(|t| t.thema())
}
