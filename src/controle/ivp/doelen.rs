//! The rule on what a priority's qualitative goals aim at: an effect in the gemeente, not a
//! means to reach it. Words decide, so the rule is a hint and errs on the side of silence: it
//! speaks only where no goal names any effect and one names a means.

use crate::controle::verzamelaar::Verzamelaar;
use crate::controle::{Ernst, Grond, Regel, Toepassing};
use crate::document::{Invulbaar, Themauitwerking};
use crate::naam::kort;

/// IVP-044: doelstelling noemt een middel, geen effect.
pub(crate) const IVP_044: Regel = Regel {
    code: "IVP-044",
    ernst: Ernst::Hint,
    document: Toepassing::Ivp,
    titel: "doelstelling noemt een middel, geen effect",
    uitleg: "Een doelstelling zegt welk effect de gemeente wil bereiken (minder overlast, een groter veiligheidsgevoel); buurttoezicht, een overleg of een campagne is een middel daartoe en hoort bij de hoofdlijnen van de aanpak. Gemeld wordt een prioriteit waarvan de eigen kwalitatieve doelstellingen (ook die van haar deelthema's) een middel noemen en geen enkele een effect: geen woord als verminderen, vergroten, voorkomen, minder, meer, veiliger of zodat.",
    oplossing: "Zeg in de doelstelling welk effect het middel moet hebben, en zet het middel bij de hoofdlijnen van de aanpak.",
    grond: Grond::Ccv {
        check: "onderscheid doel en middel (\"Buurttoezicht bijvoorbeeld is een middel en geen doel\")",
        onderdeel: "6. Doelen",
    },
};

/// Words by which a goal names an effect (lower case, also within a word).
const EFFECT: [&str; 42] = [
    "vergrot",
    "vergroot",
    "verminder",
    "verklein",
    "verlag",
    "verhog",
    "verbeter",
    "reducer",
    "beperk",
    "terugdring",
    "terug te dringen",
    "voorkom",
    "voorkóm",
    "stoppen",
    "minder",
    "meer",
    "daling",
    "dalen",
    "daalt",
    "afname",
    "afnemen",
    "neemt af",
    "toename",
    "toenemen",
    "stijging",
    "veiliger",
    "veilige",
    "weerbaar",
    "verster",
    "niveau",
    "bevorder",
    "tegengaan",
    "tegen te gaan",
    "bestrijd",
    "minimal",
    "behoud",
    "blijft",
    "blijven",
    "zodat",
    "opdat",
    "%",
    "procent",
];

/// Words by which a goal names a means (lower case, also within a word).
const MIDDEL: [&str; 24] = [
    "inzet",
    "investeren",
    "organiseren",
    "uitvoeren",
    "opzetten",
    "invoeren",
    "aanstellen",
    "vastleggen",
    "ontwikkelen",
    "opstellen",
    "starten",
    "toezicht",
    "overleg",
    "campagne",
    "bijeenkomst",
    "training",
    "voorlichting",
    "project",
    "camera",
    "handhaving",
    "controle",
    "convenant",
    "protocol",
    "werkafspra",
];

/// A priority's goals as written: placeholders and pre-filled handbook text are not its own
/// words yet.
pub(super) fn ivp_044(p: &Themauitwerking, pad: &str, v: &mut Verzamelaar) {
    let doelen: Vec<String> = p
        .doelstelling_kwalitatief
        .iter()
        .chain(
            p.deelthemas
                .iter()
                .flat_map(|d| &d.doelstelling_kwalitatief),
        )
        .filter_map(Invulbaar::waarde)
        .map(|t| t.to_lowercase())
        .collect();
    let noemt = |woorden: &[&str]| {
        doelen
            .iter()
            .find(|d| woorden.iter().any(|w| d.contains(w)))
    };
    if let (None, Some(middel)) = (noemt(&EFFECT), noemt(&MIDDEL)) {
        v.meld(
            &IVP_044,
            format!("{pad}/doelstelling_kwalitatief"),
            format!(
                "prioriteit \"{}\": de doelstelling noemt een middel, geen effect (\"{}\")",
                p.naam,
                kort(middel, 80)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::controle::proef::{bevindingen, ivp};

    /// IVP-044: "onderscheid doel en middel ("Buurttoezicht bijvoorbeeld is een middel en geen
    /// doel")" (CCV, 6. Doelen).
    #[test]
    fn ivp_044_middel_geen_doel() {
        let plan = |doel: &str| {
            ivp(&format!(
                "[[prioriteiten]]\nnaam = \"Woninginbraak\"\nthemas = [\"1.3\"]\n\
                 doelstelling_kwalitatief = [\"{doel}\"]\n"
            ))
        };
        assert_eq!(
            bevindingen(&plan("Buurttoezicht in alle wijken."), "IVP-044"),
            ["/prioriteiten/0/doelstelling_kwalitatief"]
        );
        let bericht = crate::controle::controleer_ivp(&plan("Inzet van camera's bij het station."));
        assert_eq!(
            bericht.met_code("IVP-044").map(|d| d.bericht.as_str()).collect::<Vec<_>>(),
            ["prioriteit \"Woninginbraak\": de doelstelling noemt een middel, geen effect (\"inzet van camera's bij het station.\")"]
        );
        // The CCV's own SMART example names its means beside the effect: no finding.
        let smart = "Het binnen twee jaar beperken van jeugdoverlast door het terugdringen van \
                     het aantal overlastmeldingen tot het niveau van 2008 met de inzet van \
                     Buurttoezicht.";
        assert!(bevindingen(&plan(smart), "IVP-044").is_empty());
        // Neither effect nor means named: the words cannot tell, so no finding.
        assert!(bevindingen(&plan("Een goede samenleving."), "IVP-044").is_empty());
        // A placeholder is not a goal yet.
        let open = ivp("[[prioriteiten]]\nnaam = \"J\"\nthemas = [\"2.1\"]\n\
                        doelstelling_kwalitatief = [{ in_te_vullen = \"inzet van toezicht\" }]\n");
        assert!(bevindingen(&open, "IVP-044").is_empty());
    }
}
