//! A plan's own names for themes: where a list of themes is expected (`themas` of a
//! [`Themauitwerking`](super::Themauitwerking), [`Deelthema`](super::Deelthema) or
//! [`UitvoeringsItem`](super::UitvoeringsItem)), an entry that is no code, name or older name
//! but that the catalogue's recognition ([`herken`]) resolves unambiguously to one theme is
//! accepted: the list gets the code, and the plan's own word is kept beside it as an
//! [`EigenNaam`].

use core::fmt;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::formaat;
use super::gedeeld::{
    herken_verwijzing, OnbekendeThemaVerwijzing, ThemaVerwijzing, VERWACHT_THEMA,
};
use super::invulbaar::Tekst;
use crate::catalogus::herkenning::{herken, Herkenning, Onderwerp};
use crate::catalogus::{Thema, Veld};
use strum::VariantArray;

/// A plan's own name for one or more themes, kept beside their codes: the plan writes
/// "Ondermijning" where the method says 5.2, and says why.
///
/// Reading `themas = ["Woninginbraken"]` gives `themas = ["1.3"]` and the eigen naam
/// `{ naam = "Woninginbraken", themas = ["1.3"] }`; writing that and reading it again gives the
/// same document.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::Thema;
/// use kernbeleid::document::{Ivp, ThemaVerwijzing};
///
/// let ivp = Ivp::uit_toml(
///     "gemeenten = [\"Utrecht\"]\nperiode = \"2027-2030\"\n\
///      [[prioriteiten]]\nnaam = \"Veilige wijken\"\nthemas = [\"Woninginbraken\"]\n",
/// )?;
/// let p = &ivp.prioriteiten[0];
/// assert_eq!(p.themas, [ThemaVerwijzing::Kbv(Thema::ObjectieveVeiligheid)]);
/// assert_eq!(p.eigen_namen[0].naam, "Woninginbraken");
/// assert_eq!(p.eigen_namen[0].themas, p.themas);
/// assert_eq!(Ivp::uit_toml(&ivp.naar_toml()?)?, ivp);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EigenNaam {
    /// The plan's own word, as written.
    pub naam: String,
    /// The themes it stands for, by code.
    pub themas: Vec<ThemaVerwijzing>,
    /// Why the plan maps the name to these themes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
}

impl EigenNaam {
    /// A name for `themas`, without a toelichting.
    pub fn new(naam: impl Into<String>, themas: impl IntoIterator<Item = ThemaVerwijzing>) -> Self {
        EigenNaam {
            naam: naam.into(),
            themas: themas.into_iter().collect(),
            toelichting: None,
        }
    }
}

/// A list of themes as read: the codes, and the own names recognised among them (each with its
/// theme), in order. Reading codes only allocates the list itself, as `Vec<ThemaVerwijzing>`
/// does.
#[derive(Debug, Default)]
pub(crate) struct ThemaLijst {
    pub(crate) themas: Vec<ThemaVerwijzing>,
    pub(crate) eigen: Vec<(String, ThemaVerwijzing)>,
}

impl ThemaLijst {
    /// The codes (an own name's code in its place, unless the list has it already), and
    /// `eigen_namen` completed with the own names read: a name already there (as written back)
    /// is not added again.
    pub(crate) fn voeg_samen(self, eigen_namen: &mut Vec<EigenNaam>) -> Vec<ThemaVerwijzing> {
        let ThemaLijst { themas, eigen } = self;
        for (naam, thema) in eigen {
            match eigen_namen.iter_mut().find(|e| e.naam == naam) {
                Some(e) => {
                    if !e.themas.contains(&thema) {
                        e.themas.push(thema);
                    }
                }
                None => eigen_namen.push(EigenNaam::new(naam, [thema])),
            }
        }
        themas
    }
}

impl<'de> Deserialize<'de> for ThemaLijst {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl<'de> Visitor<'de> for Bezoeker {
            type Value = ThemaLijst;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een lijst")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ThemaLijst, A::Error> {
                let mut lijst = ThemaLijst {
                    themas: Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64)),
                    eigen: Vec::new(),
                };
                while let Some(element) = seq.next_element::<Element>()? {
                    match element {
                        // A code an own name before it already gave is not listed twice.
                        Element::Code(t)
                            if lijst.eigen.iter().any(|(_, e)| *e == t)
                                && lijst.themas.contains(&t) => {}
                        Element::Code(t) => lijst.themas.push(t),
                        // The code takes the own name's place in the list, so the order the
                        // plan gives its themes in stays.
                        Element::EigenNaam(naam, t) => {
                            if !lijst.themas.contains(&t) {
                                lijst.themas.push(t);
                            }
                            lijst.eigen.push((naam, t));
                        }
                    }
                }
                Ok(lijst)
            }
        }
        deserializer.deserialize_seq(Bezoeker)
    }
}

/// One entry of a theme list.
enum Element {
    /// A code, name or older name.
    Code(ThemaVerwijzing),
    /// An own name and the one theme it stands for.
    EigenNaam(String, ThemaVerwijzing),
}

impl<'de> Deserialize<'de> for Element {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        formaat::uit_tekst(deserializer, VERWACHT_THEMA, |v| {
            match herken_verwijzing(v) {
                Some(t) => Ok(Element::Code(t)),
                None => eigen_naam(v, IN_DOCUMENT),
            }
        })
    }
}

/// What to do about an ambiguous name in a document's theme list.
const IN_DOCUMENT: &str = "schrijf de code(s) in themas en de eigen naam in eigen_namen";

/// A theme as every list of themes reads it, in documents and on the command line: a code, name
/// or older name, or else an own name that the recognition ([`herken`]) resolves unambiguously
/// to one theme (then the name is returned beside it). The error says why not, listing the
/// recognition's own candidates in its order, and ends with `advies` (what to write instead).
pub(crate) fn lees_thema(
    invoer: &str,
    advies: &str,
) -> Result<(ThemaVerwijzing, Option<String>), String> {
    if let Some(t) = herken_verwijzing(invoer) {
        return Ok((t, None));
    }
    match eigen_naam(invoer, advies)? {
        Element::Code(t) => Ok((t, None)),
        Element::EigenNaam(naam, t) => Ok((t, Some(naam))),
    }
}

/// What the recognition makes of text that is no code, name or older name: the one theme it
/// names, or why it cannot be taken.
fn eigen_naam(invoer: &str, advies: &str) -> Result<Element, String> {
    // A name is short: longer text is no theme, and recognising it would cost time growing
    // with its length (issue 23: 200 KB took 93 s). The message does not repeat it whole.
    if invoer.len() > crate::naam::MAX_LENGTE {
        return Err(format!(
            "\"{}\" is geen thema: langer dan {} bytes, de grens van een naam; verwacht een \
             veiligheidsthema (code 1.1 tot en met 5.5 of naam) of een strategisch thema (S1, S2, \
             S3 of naam)",
            crate::naam::kort(invoer, 60),
            crate::naam::MAX_LENGTE
        ));
    }
    let herkenning = herken(invoer);
    if let Some(k) = herkenning.eenduidig() {
        match k.onderwerp {
            Onderwerp::Thema(t) => {
                return Ok(Element::EigenNaam(
                    invoer.to_owned(),
                    ThemaVerwijzing::Kbv(t),
                ))
            }
            Onderwerp::Strategisch(t) => {
                return Ok(Element::EigenNaam(
                    invoer.to_owned(),
                    ThemaVerwijzing::Strategisch(t),
                ))
            }
            Onderwerp::Aspect(a) => return Err(aspect_bericht(invoer, a, &herkenning)),
        }
    }
    let kandidaten = kandidaten(&herkenning);
    if herkenning.kandidaten().len() > 1 {
        let reden = if herkenning.is_meervoudig() {
            "noemt meer dan één thema"
        } else {
            "is niet eenduidig"
        };
        // The recognition's own candidates in its order (as `kbv herken` lists them), an aspect
        // of the aanpak too, said to be one: not the themes among them alone, which would put a
        // weak theme first where an aspect leads.
        let alle: Vec<String> = herkenning
            .kandidaten()
            .iter()
            .map(|k| match k.onderwerp {
                Onderwerp::Aspect(a) => format!(
                    "{} {} (een aspect van de aanpak van veld 1, geen thema)",
                    k.onderwerp.code(),
                    a.naam()
                ),
                o => format!("{} {}", o.code(), o.naam()),
            })
            .collect();
        return Err(format!(
            "thema \"{invoer}\" {reden}: verwacht één veiligheidsthema (code 1.1 tot en met 5.5 \
             of naam) of strategisch thema (S1, S2, S3 of naam); kandidaten: {}; {advies}",
            alle.join("; ")
        ));
    }
    Err(OnbekendeThemaVerwijzing {
        invoer: invoer.to_owned(),
        suggesties: kandidaten,
    }
    .to_string())
}

/// The themes and strategic themes among the candidates, best first.
fn kandidaten(herkenning: &Herkenning) -> Vec<ThemaVerwijzing> {
    herkenning
        .kandidaten()
        .iter()
        .filter_map(|k| match k.onderwerp {
            Onderwerp::Thema(t) => Some(ThemaVerwijzing::Kbv(t)),
            Onderwerp::Strategisch(t) => Some(ThemaVerwijzing::Strategisch(t)),
            Onderwerp::Aspect(_) => None,
        })
        .collect()
}

/// "1.1 Sociale kwaliteit; 1.3 Objectieve ...".
fn lijst(themas: &[ThemaVerwijzing]) -> String {
    themas
        .iter()
        .map(|t| format!("{t:#}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An aspect of the approach of veld 1 where a theme is expected: say so, and name the themes
/// to use (the theme candidates of the recognition, else the themes of veld 1, which the
/// aspects serve).
fn aspect_bericht(
    invoer: &str,
    aspect: crate::catalogus::Aspect,
    herkenning: &Herkenning,
) -> String {
    let mut themas = kandidaten(herkenning);
    if themas.is_empty() {
        themas = Thema::VARIANTS
            .iter()
            .filter(|t| t.veld() == Veld::VeiligeWoonEnLeefomgeving)
            .map(|&t| ThemaVerwijzing::Kbv(t))
            .collect();
    }
    format!(
        "\"{invoer}\" is een aspect van de aanpak van veld 1 (aspect {} {}), geen thema: noem \
         het thema of de thema's waarvoor de aanpak is, bijvoorbeeld {}",
        aspect.code(),
        aspect.naam(),
        lijst(&themas)
    )
}
