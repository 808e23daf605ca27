//! The 22 veiligheidsthema's: a fieldless `Copy` enum in front of a static table of records.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use strum::{EnumCount, FromRepr, VariantArray};

use super::gegevens::{THEMAS, ZOEKSLEUTELS};
use super::{Aanpak, Indeling, Onderdeel, Veld};
use crate::naam::{self, Benoembaar, Onbekend};
use crate::Bron;

/// One of the 22 veiligheidsthema's of Kernbeleid Veiligheid 2021.
///
/// The discriminant order is the code order, "1.1" to "5.5". A theme's identifier is its code:
/// that is what [`Display`](fmt::Display) writes and what serde serialises. [`FromStr`] accepts
/// the code, the official 2021 name, the name in the handbook's overview table, the names the
/// raakvlakken rows print, and older names still found in real plans; case, accents, spacing and
/// punctuation do not count.
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::{Thema, Veld};
///
/// let thema: Thema = "Veilige Publieke Taak".parse()?;
/// assert_eq!(thema, Thema::WeerbareOverheid);
/// assert_eq!(thema.to_string(), "5.3");
/// assert_eq!(thema.naam(), "Weerbare overheid/weerbaar bestuur");
/// assert_eq!(thema.veld(), Veld::IntegriteitEnVeiligheid);
/// # Ok::<(), kernbeleid::catalogus::OnbekendThema>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumCount, VariantArray, FromRepr,
)]
#[repr(u8)]
#[doc(alias = "theme")]
#[doc(alias = "safety theme")]
pub enum Thema {
    /// 1.1 Sociale kwaliteit
    SocialeKwaliteit,
    /// 1.2 Fysieke kwaliteit
    FysiekeKwaliteit,
    /// 1.3 Objectieve veiligheid/ veelvoorkomende en high impact crime
    ObjectieveVeiligheid,
    /// 1.4 Subjectieve veiligheid
    SubjectieveVeiligheid,
    /// 2.1 Veilig winkelgebied
    VeiligWinkelgebied,
    /// 2.2 Veilige bedrijventerreinen
    VeiligeBedrijventerreinen,
    /// 2.3 Veilig uitgaan
    VeiligUitgaan,
    /// 2.4 Veilige evenementen
    VeiligeEvenementen,
    /// 2.5 Veilig toerisme
    VeiligToerisme,
    /// 3.1 Jeugdoverlast
    Jeugdoverlast,
    /// 3.2 Jeugdcriminaliteit, individuele probleemjongeren
    Jeugdcriminaliteit,
    /// 3.3 Jeugd, alcohol en drugs
    JeugdAlcoholEnDrugs,
    /// 3.4 Veilig in en om de school
    VeiligInEnOmDeSchool,
    /// 4.1 Verkeersveiligheid
    Verkeersveiligheid,
    /// 4.2 Brandveiligheid
    Brandveiligheid,
    /// 4.3 Externe veiligheid/Omgevingsveiligheid
    Omgevingsveiligheid,
    /// 4.4 Rampenbestrijding en crisisbeheersing
    Rampenbestrijding,
    /// 5.1 Polarisatie en radicalisering
    PolarisatieEnRadicalisering,
    /// 5.2 Georganiseerde/ondermijnende criminaliteit
    OndermijnendeCriminaliteit,
    /// 5.3 Weerbare overheid/weerbaar bestuur (until 2021: Veilige Publieke Taak)
    WeerbareOverheid,
    /// 5.4 Informatieveiligheid
    Informatieveiligheid,
    /// 5.5 Ambtelijke en bestuurlijke integriteit
    Integriteit,
}

/// Older or informal names that real plans still use, with the theme they mean now.
///
/// The handbook's own spellings (overview table, raakvlakken rows) are in each record's
/// [`ThemaGegevens::andere_namen`]; these are the names from before the 2021 edition.
pub const OUDERE_NAMEN: [(&str, Thema); 7] = [
    ("Objectieve veiligheid", Thema::ObjectieveVeiligheid),
    ("Veilig in en om school", Thema::VeiligInEnOmDeSchool),
    ("Externe veiligheid", Thema::Omgevingsveiligheid),
    (
        "Georganiseerde criminaliteit",
        Thema::OndermijnendeCriminaliteit,
    ),
    (
        "Ondermijnende criminaliteit",
        Thema::OndermijnendeCriminaliteit,
    ),
    ("Veilige Publieke Taak", Thema::WeerbareOverheid),
    ("VPT", Thema::WeerbareOverheid),
];

/// [`OUDERE_NAMEN`] in normalised form, in the same order (checked by a unit test).
const OUDE_SLEUTELS: [&str; OUDERE_NAMEN.len()] = [
    "objectieve veiligheid",
    "veilig in en om school",
    "externe veiligheid",
    "georganiseerde criminaliteit",
    "ondermijnende criminaliteit",
    "veilige publieke taak",
    "vpt",
];

/// A theme as the handbook prints it in a raakvlakken row: the code and the name next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Vermelding {
    /// The theme the code points to.
    pub thema: Thema,
    /// The name printed next to the code, which is not always the 2021 name.
    pub genoemd_als: &'static str,
}

/// Everything the handbook's table says about one theme (hoofdstuk 2).
///
/// For the themes of velden 2 to 5 `aanpak` holds parts b to e, h and j. For the four themes of
/// veld 1 it is `None`: the handbook works those parts out per aanpak-aspect (see
/// [`Veld::aspecten`]) because the four themes share six fixed aspects of their aanpak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct ThemaGegevens {
    /// The theme this record describes.
    #[serde(skip)]
    pub thema: Thema,
    /// The code, "1.1" to "5.5".
    pub code: &'static str,
    /// The official 2021 name, as in the heading of the theme's table.
    pub naam: &'static str,
    /// Other spellings the handbook itself uses: the overview table at the start of hoofdstuk 2
    /// and the raakvlakken rows of other themes (duplicates and the official name left out).
    #[serde(skip)]
    pub andere_namen: &'static [&'static str],
    /// The veld the theme belongs to.
    #[serde(skip)]
    pub veld: Veld,
    /// a. Uitleg thema: paragraphs separated by a blank line.
    pub uitleg: &'static str,
    /// f. Bronnen voor effectinformatie.
    pub effectinformatie: &'static [&'static str],
    /// g. Mogelijke effectindicatoren voor in het IVP.
    pub effectindicatoren: &'static [&'static str],
    /// i. The raakvlakken row exactly as printed, in order, self-reference included.
    #[serde(
        serialize_with = "codes_van_vermeldingen",
        rename = "raakvlakken_gepubliceerd"
    )]
    pub raakvlakken: &'static [Vermelding],
    /// b to e, h and j, for the themes of velden 2 to 5.
    #[serde(flatten)]
    pub aanpak: Option<Aanpak>,
    /// Sub-headings inside the lists.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub indelingen: &'static [Indeling],
    /// Parts whose row the table does not have at all (as opposed to a row with an empty cell).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub ontbrekende_rijen: &'static [Onderdeel],
    /// Where the handbook says it.
    pub bron: Bron,
}

fn codes_van_vermeldingen<S: Serializer>(
    vermeldingen: &&'static [Vermelding],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(vermeldingen.iter().map(|v| v.thema.code()))
}

impl ThemaGegevens {
    /// The items of a list-valued part, or `None` where the part is not a list of this record
    /// ([`Onderdeel::Uitleg`], [`Onderdeel::Partners`], [`Onderdeel::Raakvlakken`]) or, for
    /// veld 1, belongs to the aspects.
    #[must_use]
    pub fn lijst(&self, onderdeel: Onderdeel) -> Option<&'static [&'static str]> {
        match onderdeel {
            Onderdeel::Effectinformatie => Some(self.effectinformatie),
            Onderdeel::Effectindicatoren => Some(self.effectindicatoren),
            _ => self.aanpak.as_ref().and_then(|a| a.lijst(onderdeel)),
        }
    }
}

/// The input did not name one of the 22 themes.
///
/// The message is Dutch and names the input and the closest themes (at most three), for example
/// `onbekend veiligheidsthema "jeugdoverlst": verwacht een code van 1.1 tot en met 5.5 of de naam
/// van een thema (bedoelt u 3.1 Jeugdoverlast?)`.
pub type OnbekendThema = Onbekend<Thema>;

impl Thema {
    /// The theme's position in code order, 0 to 21 (its bit in a theme set).
    ///
    /// A `const fn` because [`ThemaSet`](crate::ThemaSet)'s operations and the raakvlakken
    /// tables are built at compile time from it; strum's derives give no const accessor of the
    /// discriminant. The way back is [`Thema::from_repr`].
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Everything the handbook says about this theme.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    ///
    /// let brand = Thema::Brandveiligheid.gegevens();
    /// assert_eq!(brand.code, "4.2");
    /// assert!(brand.aanpak.is_some());
    /// assert!(Thema::SocialeKwaliteit.gegevens().aanpak.is_none()); // veld 1: per aspect
    /// ```
    #[must_use]
    pub const fn gegevens(self) -> &'static ThemaGegevens {
        &THEMAS[self as usize]
    }

    /// The code, "1.1" to "5.5".
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.gegevens().code
    }

    /// The official 2021 name.
    #[must_use]
    pub const fn naam(self) -> &'static str {
        self.gegevens().naam
    }

    /// The veld the theme belongs to.
    #[must_use]
    pub const fn veld(self) -> Veld {
        self.gegevens().veld
    }

    /// Looks a theme up by its code ("1.1" to "5.5"), allocation-free.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    ///
    /// assert_eq!(Thema::uit_code(" 4.3 "), Some(Thema::Omgevingsveiligheid));
    /// assert_eq!(Thema::uit_code("4.5"), None);
    /// ```
    #[must_use]
    pub fn uit_code(code: &str) -> Option<Thema> {
        if code.len() > naam::MAX_LENGTE {
            return None;
        }
        let &[veld, b'.', nummer] = code.trim().as_bytes() else {
            return None;
        };
        let veld = Veld::from_repr(veld.checked_sub(b'1')?)?;
        veld.themas()
            .get(usize::from(nummer.checked_sub(b'1')?))
            .copied()
    }

    /// Looks a theme up by name: the official name, the handbook's other spellings, or an older
    /// name from [`OUDERE_NAMEN`]. Case, accents, spacing and punctuation do not count;
    /// allocation-free.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    ///
    /// assert_eq!(Thema::uit_naam("veilige publieke taak"), Some(Thema::WeerbareOverheid));
    /// assert_eq!(Thema::uit_naam("5.3"), None);
    /// ```
    #[must_use]
    pub fn uit_naam(invoer: &str) -> Option<Thema> {
        let mut buffer = [0u8; naam::MAX_SLEUTEL];
        let sleutel = naam::sleutel(invoer, &mut buffer)?;
        ZOEKSLEUTELS
            .iter()
            .position(|sleutels| sleutels.contains(&sleutel))
            .and_then(|i| Thema::VARIANTS.get(i).copied())
            .or_else(|| {
                OUDE_SLEUTELS
                    .iter()
                    .position(|oud| *oud == sleutel)
                    .map(|i| OUDERE_NAMEN[i].1)
            })
    }

    /// "1.3 Objectieve veiligheid/ ...", as `{:#}` writes it: a code followed by a name of the
    /// same theme.
    fn uit_code_en_naam(invoer: &str) -> Option<Thema> {
        if invoer.len() > naam::MAX_LENGTE {
            return None;
        }
        let (code, naam) = invoer.trim().split_once(' ')?;
        let thema = Thema::uit_code(code)?;
        (Thema::uit_naam(naam) == Some(thema)).then_some(thema)
    }

    /// The theme `invoer` names, without allocating: its code ("1.3"), a name
    /// ([`uit_naam`](Self::uit_naam)), or the code followed by a name ("1.3 Objectieve
    /// veiligheid", as `{:#}` writes it). This is what [`FromStr`] accepts; use it where only
    /// "is this a theme?" matters, since a failed [`FromStr`] builds an error.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    ///
    /// assert_eq!(Thema::herken("3.1 Jeugdoverlast"), Some(Thema::Jeugdoverlast));
    /// assert_eq!(Thema::herken("S1"), None); // a strategic theme
    /// ```
    #[must_use]
    pub fn herken(invoer: &str) -> Option<Thema> {
        Thema::uit_code(invoer)
            .or_else(|| Thema::uit_naam(invoer))
            .or_else(|| Thema::uit_code_en_naam(invoer))
    }

    /// All names this theme is known by: official, the handbook's other spellings, older names.
    pub fn namen(self) -> impl Iterator<Item = &'static str> {
        let g = self.gegevens();
        core::iter::once(g.naam)
            .chain(g.andere_namen.iter().copied())
            .chain(
                OUDERE_NAMEN
                    .iter()
                    .filter(move |(_, t)| *t == self)
                    .map(|(n, _)| *n),
            )
    }

    /// The themes whose code or names are closest to `invoer`, best first, at most `hoeveel`:
    /// the suggestions of [`OnbekendThema`]. It allocates; input longer than
    /// [`naam::MAX_LENGTE`] gets none.
    ///
    /// A code-shaped input ("2.9") gives the themes of that veld; a name that contains the
    /// input or lies in it ("jeugd") is close whatever the difference in length; otherwise the
    /// edit distance ([`naam::afstand`]) decides, up to half the input's length.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    ///
    /// assert_eq!(Thema::dichtstbij("brandveilighied", 3)[0], Thema::Brandveiligheid);
    /// assert_eq!(Thema::dichtstbij("2.9", 2), [Thema::VeiligWinkelgebied, Thema::VeiligeBedrijventerreinen]);
    /// ```
    #[must_use]
    pub fn dichtstbij(invoer: &str, hoeveel: usize) -> Vec<Thema> {
        if invoer.len() > naam::MAX_LENGTE {
            return Vec::new();
        }
        // Code-shaped input ("2.9", "6.1"): the themes of that veld, if it is one; names that
        // merely share digits are no help.
        if let &[v, b'.', n] = invoer.trim().as_bytes() {
            if v.is_ascii_digit() && n.is_ascii_digit() {
                let veld = (v - b'0').checked_sub(1).and_then(Veld::from_repr);
                return veld.map_or_else(Vec::new, |veld| {
                    veld.themas().iter().copied().take(hoeveel).collect()
                });
            }
        }
        let invoer_norm = naam::normaliseer(invoer);
        let lengte = invoer_norm.chars().count();
        // In half-steps: a name that contains the input (or lies in it) scores 1, otherwise
        // twice the edit distance, which may be up to half the input's length.
        let drempel = (lengte / 2).max(2) * 2;
        let mut scores: Vec<(usize, Thema)> = Thema::VARIANTS
            .iter()
            .filter_map(|&t| {
                let beste = t
                    .namen()
                    .chain(core::iter::once(t.code()))
                    .filter_map(|n| {
                        let norm = naam::normaliseer(n);
                        // A name that contains the input, or the other way round, is close
                        // whatever the length difference ("jeugd" in "jeugdoverlast").
                        if !invoer_norm.is_empty()
                            && (norm.contains(&invoer_norm) || invoer_norm.contains(&norm))
                        {
                            Some(1)
                        } else {
                            naam::afstand_binnen(&invoer_norm, lengte, &norm, drempel / 2)
                                .map(|d| d * 2)
                        }
                    })
                    .min()?;
                Some((beste, t))
            })
            .collect();
        scores.sort();
        scores
            .into_iter()
            .filter(|&(score, _)| score <= drempel)
            .take(hoeveel)
            .map(|(_, t)| t)
            .collect()
    }
}

impl Benoembaar for Thema {
    const ONBEKEND: &'static str = "onbekend veiligheidsthema";

    fn namen(self) -> impl Iterator<Item = &'static str> {
        Thema::namen(self)
    }

    fn verwachting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een code van 1.1 tot en met 5.5 of de naam van een thema")
    }

    fn herken(invoer: &str) -> Option<Thema> {
        Thema::herken(invoer)
    }

    /// At most three themes: for a code-shaped input ("2.9") the themes of that veld
    /// ([`Thema::dichtstbij`]); otherwise the themes among the best candidates of the
    /// recognition of local names ([`herkenning`](super::herkenning)), which knows the
    /// aliases real plans use ("Ondermijning" suggests 5.2) and typing errors alike.
    fn suggesties(invoer: &str) -> Vec<Thema> {
        if is_codevormig(invoer) {
            return Thema::dichtstbij(invoer, 3);
        }
        super::herkenning::suggesties(invoer, 3, |o| match o {
            super::herkenning::Onderwerp::Thema(t) => Some(t),
            _ => None,
        })
    }

    /// "3.1 Jeugdoverlast".
    fn schrijf_suggestie(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:#}")
    }
}

/// Whether the input looks like a theme code: a digit, a dot, a digit.
fn is_codevormig(invoer: &str) -> bool {
    matches!(invoer.trim().as_bytes(), &[v, b'.', n] if v.is_ascii_digit() && n.is_ascii_digit())
}

impl fmt::Display for Thema {
    /// Writes the code; use [`Thema::naam`] for the name. `{:#}` writes "code naam".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.code(), self.naam())
        } else {
            f.write_str(self.code())
        }
    }
}

impl FromStr for Thema {
    type Err = OnbekendThema;

    /// See [`Thema::herken`]; allocates only for the error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Thema::herken(s).ok_or_else(|| OnbekendThema::new(s))
    }
}

impl Serialize for Thema {
    /// The code, `"1.3"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Thema {
    /// A string [`FromStr`] accepts.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        naam::lees_tekst(deserializer, "een veiligheidsthema: code (\"1.3\") of naam")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoeksleutels_zijn_de_genormaliseerde_namen() {
        for thema in Thema::VARIANTS.iter().copied() {
            let g = thema.gegevens();
            let verwacht: Vec<String> = core::iter::once(g.naam)
                .chain(g.andere_namen.iter().copied())
                .map(naam::normaliseer)
                .collect();
            assert_eq!(ZOEKSLEUTELS[thema.index()], verwacht, "{thema}");
        }
        for (i, (oud, _)) in OUDERE_NAMEN.iter().enumerate() {
            assert_eq!(OUDE_SLEUTELS[i], naam::normaliseer(oud));
        }
    }
}
