//! The rules on the data chapter 1 rests on, the summary of the veiligheidsanalyse: that it
//! names its sources (IVP-033), and that among them are objective figures (IVP-042) and data on
//! subjective safety (IVP-043), as the CCV's checklist asks. They speak only once chapter 1 has
//! text of its own; what the plan's effect indicators measure counts as data used.

use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{IndicatorSoort, Invulbaar, Ivp};

use super::indicatoren::soort_van;

/// The rules of this part.
pub(super) fn controleer(ivp: &Ivp, v: &mut Verzamelaar) {
    let Some(gegevens) = Gegevens::van(ivp) else {
        return;
    };
    if gegevens.noemt_een_bron() {
        ivp_042_043(&gegevens, v);
    } else {
        ivp_033(v);
    }
}

/// What chapter 1 says of its data, and the kinds of the plan's effect indicators.
struct Gegevens {
    /// Chapter 1's own texts and the sources it lists, lower case.
    teksten: Vec<String>,
    /// Whether chapter 1 lists its sources.
    bronnen: bool,
    /// The kind of each effect indicator whose kind is known.
    soorten: Vec<IndicatorSoort>,
}

impl Gegevens {
    /// None while chapter 1 has no text of its own (a skeleton, even one whose sources the
    /// figures filled in, or IVP-001's empty chapter).
    fn van(ivp: &Ivp) -> Option<Gegevens> {
        let u = &ivp.uitgangssituatie;
        let mut teksten: Vec<String> = u
            .algemeen
            .iter()
            .chain(u.velden.iter().filter_map(|s| s.samenvatting.as_ref()))
            .filter_map(Invulbaar::waarde)
            .map(|t| t.to_lowercase())
            .collect();
        if teksten.is_empty() {
            return None;
        }
        teksten.extend(u.bronnen.iter().map(|b| b.to_lowercase()));
        let indicatoren = ivp
            .alle_uitwerkingen()
            .flat_map(|(_, _, u)| &u.effectindicatoren)
            .chain(&ivp.strategische_doelstelling.kwantitatief);
        Some(Gegevens {
            teksten,
            bronnen: !u.bronnen.is_empty(),
            soorten: indicatoren.filter_map(soort_van).collect(),
        })
    }

    /// Whether a text or listed source names one of `woorden` (lower case, also within a word).
    fn noemt(&self, woorden: &[&str]) -> bool {
        self.teksten
            .iter()
            .any(|t| woorden.iter().any(|w| t.contains(w)))
    }

    /// Whether chapter 1 names where its figures come from: in its list or in its text.
    fn noemt_een_bron(&self) -> bool {
        self.bronnen || self.noemt(&BRON_WOORDEN)
    }

    /// Whether data of `soort` is named in chapter 1 (`woorden`) or measured by an indicator.
    fn gebruikt(&self, soort: IndicatorSoort, woorden: &[&str]) -> bool {
        self.soorten.contains(&soort) || self.noemt(woorden)
    }
}

/// IVP-033: uitgangssituatie zonder gegevensbronnen.
pub(crate) const IVP_033: Regel = Regel {
    code: "IVP-033",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "uitgangssituatie zonder gegevensbronnen",
    uitleg: "De uitgangssituatie vat de veiligheidsanalyse samen; de CCV-checklist vraagt de gegevensbronnen te benoemen (politiecijfers, de veiligheidsmonitor, een eigen enquête). Gemeld wordt een ingevulde uitgangssituatie die geen bron noemt: niet onder bronnen en niet in haar tekst.",
    oplossing: "Noem onder uitgangssituatie.bronnen de bronnen van de analyse, bijvoorbeeld politieregistratie, Veiligheidsmonitor en een eigen enquête.",
    grond: Grond::Ccv {
        check: "Benoem de gegevensbronnen.",
        onderdeel: "4. Veiligheidsanalyse",
    },
};

/// Words by which a text names where its figures come from (lower case).
const BRON_WOORDEN: [&str; 9] = [
    "bron",
    "monitor",
    "enquête",
    "enquete",
    "politie",
    "cbs",
    "registratie",
    "aangifte",
    "melding",
];

/// An empty chapter 1 is IVP-001's; sources named in its own text count as named.
fn ivp_033(v: &mut Verzamelaar) {
    v.meld(
        &IVP_033,
        "/uitgangssituatie/bronnen",
        "de uitgangssituatie noemt geen gegevensbronnen (politiecijfers, veiligheidsmonitor, enquête)".to_owned(),
    );
}

/// IVP-042: geen objectieve gegevens.
pub(crate) const IVP_042: Regel = Regel {
    code: "IVP-042",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen objectieve gegevens",
    uitleg: "De CCV-checklist vraagt de analyse te baseren op objectieve cijfers van politie, Openbaar Ministerie en gemeente. Gemeld wordt een uitgangssituatie met eigen tekst en bronnen waarvan geen tekst of bron zulke cijfers noemt (politie, registratie, aangiften, misdrijven, meldingen, incidenten, CBS, cijfers) en waarvan het plan ook geen objectieve effectindicator heeft.",
    oplossing: "Vat in de uitgangssituatie de geregistreerde cijfers samen en noem hun bron, bijvoorbeeld de politieregistratie.",
    grond: Grond::Ccv {
        check: "Maak gebruik van objectieve cijfermatige gegevens van de politie, het Openbaar Ministerie en de gemeente.",
        onderdeel: "4. Veiligheidsanalyse",
    },
};

/// Words by which a text names registered figures (lower case).
const OBJECTIEF: [&str; 9] = [
    "politie",
    "registratie",
    "aangifte",
    "misdrij",
    "openbaar ministerie",
    "melding",
    "incident",
    "cbs",
    "cijfer",
];

/// IVP-043: geen gegevens over subjectieve veiligheid.
pub(crate) const IVP_043: Regel = Regel {
    code: "IVP-043",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "geen gegevens over subjectieve veiligheid",
    uitleg: "De CCV-checklist vraagt naast de cijfers gegevens over subjectieve veiligheid: de veiligheidsbeleving van inwoners, uit de Veiligheidsmonitor of een eigen enquête. Gemeld wordt een uitgangssituatie met eigen tekst en bronnen waarvan geen tekst of bron zulke gegevens noemt (veiligheidsmonitor, enquête, peiling, panel, beleving, veiligheidsgevoel) en waarvan het plan ook geen subjectieve effectindicator heeft.",
    oplossing: "Vat in de uitgangssituatie samen hoe veilig inwoners zich voelen, met de bron: de Veiligheidsmonitor of een eigen enquête.",
    grond: Grond::Ccv {
        check: "Maak gebruik van gegevens over subjectieve veiligheid, zoals de integrale veiligheidsmonitor of een eigen enquête onder inwoners.",
        onderdeel: "4. Veiligheidsanalyse",
    },
};

/// Words by which a text names data on how safe people feel (lower case).
const SUBJECTIEF: [&str; 9] = [
    "veiligheidsmonitor",
    "enquête",
    "enquete",
    "peiling",
    "panel",
    "beleving",
    "beleefd",
    "gevoel",
    "voelen",
];

/// IVP-042 and IVP-043 ask the same of each kind of data: chapter 1 names it, or an indicator
/// measures it.
fn ivp_042_043(gegevens: &Gegevens, v: &mut Verzamelaar) {
    let soorten: [(&'static Regel, IndicatorSoort, &[&str], &str); 2] = [
        (
            &IVP_042,
            IndicatorSoort::Objectief,
            &OBJECTIEF,
            "objectieve cijfers (politie, Openbaar Ministerie, gemeente)",
        ),
        (
            &IVP_043,
            IndicatorSoort::Subjectief,
            &SUBJECTIEF,
            "gegevens over subjectieve veiligheid (Veiligheidsmonitor, eigen enquête)",
        ),
    ];
    for (regel, soort, woorden, wat) in soorten {
        if !gegevens.gebruikt(soort, woorden) {
            v.meld(
                regel,
                "/uitgangssituatie/bronnen",
                format!("de uitgangssituatie noemt geen {wat}, en geen effectindicator meet ze"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-033: "Benoem de gegevensbronnen." (CCV, 4. Veiligheidsanalyse)
    #[test]
    fn ivp_033_gegevensbronnen() {
        let zonder = ivp(r#"uitgangssituatie = { algemeen = "Het gaat goed." }"#);
        assert_eq!(
            bevindingen(&zonder, "IVP-033"),
            ["/uitgangssituatie/bronnen"]
        );
        let lijst = ivp(r#"uitgangssituatie = { algemeen = "Het gaat goed.", bronnen = ["CBS"] }"#);
        assert!(bevindingen(&lijst, "IVP-033").is_empty());
        let tekst =
            ivp(r#"uitgangssituatie = { algemeen = "Uit de Veiligheidsmonitor blijkt het." }"#);
        assert!(bevindingen(&tekst, "IVP-033").is_empty());
        assert!(bevindingen(&ivp(""), "IVP-033").is_empty());
        let skelet = ivp(r#"uitgangssituatie = { algemeen = { in_te_vullen = "de situatie" } }"#);
        assert!(bevindingen(&skelet, "IVP-033").is_empty());
    }

    /// IVP-042: "Maak gebruik van objectieve cijfermatige gegevens van de politie, het
    /// Openbaar Ministerie en de gemeente." (CCV, 4. Veiligheidsanalyse); IVP-043: "Maak gebruik
    /// van gegevens over subjectieve veiligheid, zoals de integrale veiligheidsmonitor of een
    /// eigen enquête onder inwoners."
    #[test]
    fn ivp_042_043_objectief_en_subjectief() {
        let alleen_enquete = ivp(
            r#"uitgangssituatie = { algemeen = "Het gaat goed.", bronnen = ["Eigen enquête 2026"] }"#,
        );
        assert_eq!(
            bevindingen(&alleen_enquete, "IVP-042"),
            ["/uitgangssituatie/bronnen"]
        );
        assert!(bevindingen(&alleen_enquete, "IVP-043").is_empty());
        let alleen_politie = ivp(
            r#"uitgangssituatie = { algemeen = "Volgens de politie daalt het aantal inbraken." }"#,
        );
        assert!(bevindingen(&alleen_politie, "IVP-042").is_empty());
        assert_eq!(
            bevindingen(&alleen_politie, "IVP-043"),
            ["/uitgangssituatie/bronnen"]
        );
        // A subjective indicator shows the data is used, though chapter 1 does not say so.
        let met_indicator = ivp(
            r#"uitgangssituatie = { algemeen = "Volgens de politie daalt het aantal inbraken." }
            [[prioriteiten]]
            naam = "Inbraak"
            themas = ["1.3"]
            effectindicatoren = [{ naam = "Onveiligheidsgevoel", bron = "veiligheidsmonitor" }]"#,
        );
        assert!(bevindingen(&met_indicator, "IVP-043").is_empty());
        // Both, in words of their own.
        let beide = ivp(
            r#"uitgangssituatie = { algemeen = "Het aantal aangiften daalt; inwoners voelen zich veiliger." }"#,
        );
        assert!(bevindingen(&beide, "IVP-042").is_empty());
        assert!(bevindingen(&beide, "IVP-043").is_empty());
        // No source named at all is IVP-033's alone; a skeleton, whose sources the figures
        // filled in, has no text of its own yet.
        let zonder = ivp(r#"uitgangssituatie = { algemeen = "Het gaat goed." }"#);
        assert!(bevindingen(&zonder, "IVP-042").is_empty());
        assert!(bevindingen(&zonder, "IVP-043").is_empty());
        let skelet = ivp(
            r#"uitgangssituatie = { algemeen = { in_te_vullen = "de situatie" }, bronnen = ["Politie"] }"#,
        );
        assert!(bevindingen(&skelet, "IVP-043").is_empty());
    }
}
