//! Types the three documents share: theme references, the period, adoption, the budget, and the
//! serde helpers for dates and numbers.

use core::fmt;
use core::str::FromStr;

use chrono::{Datelike, NaiveDate};
#[cfg(feature = "schema")]
use schemars::json_schema;
use serde::de::value::MapAccessDeserializer;
use serde::de::{Error as _, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::bedrag::Bedrag;
use super::formaat::{self, datum};
use super::invulbaar::{Invulbaar, Tekst};
use crate::catalogus::herkenning::Onderwerp;
#[cfg(feature = "schema")]
use crate::catalogus::{Aspect, Veld};
use crate::catalogus::{StrategischThema, Thema};
#[cfg(feature = "schema")]
use crate::methode::SturingVoorziening;
use strum::VariantArray;

/// A theme a priority or other theme covers: one of the 22 veiligheidsthema's, or one of the
/// three strategic themes where a plan makes one of them a theme of its own (Vijfheerenlanden's
/// "Digitale veiligheid" is [`StrategischThema::GedigitaliseerdeCriminaliteit`]).
///
/// Serialised as the code: `"1.3"` or `"S1"`. Read from a string: first as a [`Thema`] (code,
/// name or older name), then as a [`StrategischThema`] (code or handbook name; a bare number such
/// as `"1"` is not taken as a strategic theme, it is too easily a typo for a theme code).
///
/// # Example
///
/// ```
/// use kernbeleid::catalogus::{StrategischThema, Thema};
/// use kernbeleid::document::ThemaVerwijzing;
///
/// let thema: ThemaVerwijzing = "Veilige Publieke Taak".parse()?;
/// assert_eq!(thema, ThemaVerwijzing::Kbv(Thema::WeerbareOverheid));
/// assert_eq!(thema.to_string(), "5.3");
///
/// let strategisch: ThemaVerwijzing = "Zorg en Veiligheid".parse()?;
/// assert_eq!(strategisch, ThemaVerwijzing::Strategisch(StrategischThema::ZorgEnVeiligheid));
/// assert_eq!(strategisch.code(), "S2");
///
/// let fout = "6.1".parse::<ThemaVerwijzing>().unwrap_err();
/// assert!(fout.to_string().starts_with("onbekend thema \"6.1\""));
/// # Ok::<(), kernbeleid::document::OnbekendeThemaVerwijzing>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ThemaVerwijzing {
    /// One of the 22 veiligheidsthema's.
    Kbv(Thema),
    /// One of the three strategic themes.
    Strategisch(StrategischThema),
}

impl ThemaVerwijzing {
    /// The code: `"1.1"` to `"5.5"`, or `"S1"` to `"S3"`.
    pub fn code(self) -> &'static str {
        match self {
            ThemaVerwijzing::Kbv(thema) => thema.code(),
            ThemaVerwijzing::Strategisch(thema) => thema.code(),
        }
    }

    /// The name: the 2021 name of the theme, or the short name of the strategic theme.
    pub fn naam(self) -> &'static str {
        match self {
            ThemaVerwijzing::Kbv(thema) => thema.naam(),
            ThemaVerwijzing::Strategisch(thema) => thema.naam(),
        }
    }

    /// The veiligheidsthema, if it is one.
    pub fn thema(self) -> Option<Thema> {
        match self {
            ThemaVerwijzing::Kbv(thema) => Some(thema),
            ThemaVerwijzing::Strategisch(_) => None,
        }
    }
}

impl From<Thema> for ThemaVerwijzing {
    fn from(thema: Thema) -> Self {
        ThemaVerwijzing::Kbv(thema)
    }
}

impl From<StrategischThema> for ThemaVerwijzing {
    fn from(thema: StrategischThema) -> Self {
        ThemaVerwijzing::Strategisch(thema)
    }
}

impl fmt::Display for ThemaVerwijzing {
    /// Writes the code; `{:#}` writes "code naam".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.code(), self.naam())
        } else {
            f.write_str(self.code())
        }
    }
}

impl FromStr for ThemaVerwijzing {
    type Err = OnbekendeThemaVerwijzing;

    /// Reads a code, a name or an older name: first as a [`Thema`], then as a
    /// [`StrategischThema`]. Recognising a code or a name allocates nothing; the suggestions of
    /// the error are computed only when nothing matches.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        herken_verwijzing(s).ok_or_else(|| OnbekendeThemaVerwijzing::new(s))
    }
}

/// The theme `s` names, without suggestions: a veiligheidsthema first, then a strategic theme.
/// Both lookups are allocation-free.
pub(crate) fn herken_verwijzing(s: &str) -> Option<ThemaVerwijzing> {
    // Codes first, the common case in a document: "1.3" and "S1" need no name comparison.
    if let Some(thema) = Thema::uit_code(s) {
        return Some(ThemaVerwijzing::Kbv(thema));
    }
    let code = s.trim();
    if let Some(&thema) = StrategischThema::VARIANTS
        .iter()
        .find(|t| t.code().eq_ignore_ascii_case(code))
    {
        return Some(ThemaVerwijzing::Strategisch(thema));
    }
    if let Some(thema) = Thema::herken(s) {
        return Some(ThemaVerwijzing::Kbv(thema));
    }
    // Digits (and dots) are a theme code gone wrong, not a misspelt strategic theme.
    if alleen_cijfers(s) {
        return None;
    }
    StrategischThema::herken(s).map(ThemaVerwijzing::Strategisch)
}

fn alleen_cijfers(s: &str) -> bool {
    s.trim().bytes().all(|c| c.is_ascii_digit() || c == b'.')
}

/// Text that names neither a veiligheidsthema nor a strategic theme.
///
/// The message says what is expected and offers the closest themes.
///
/// # Example
///
/// ```
/// use kernbeleid::document::ThemaVerwijzing;
///
/// let fout = "Jeugdoverlst".parse::<ThemaVerwijzing>().unwrap_err();
/// assert_eq!(fout.invoer, "Jeugdoverlst");
/// assert!(fout.to_string().ends_with("(bedoelt u 3.1 Jeugdoverlast?)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct OnbekendeThemaVerwijzing {
    /// The input as given.
    pub invoer: String,
    /// The closest themes, best first: veiligheidsthema's, then a strategic theme.
    pub suggesties: Vec<ThemaVerwijzing>,
}

impl OnbekendeThemaVerwijzing {
    /// The error for `invoer`, with its suggestions: the themes and strategic themes the
    /// catalogue's recognition finds close to it, best first; for a code-shaped input the
    /// themes of its veld.
    fn new(invoer: &str) -> Self {
        // A code gone wrong ("2.9") gets the themes of its veld; anything else one ranking of
        // themes and strategic themes together.
        let suggesties = if alleen_cijfers(invoer) {
            Thema::dichtstbij(invoer, 3)
                .into_iter()
                .map(ThemaVerwijzing::Kbv)
                .collect()
        } else {
            crate::catalogus::herkenning::suggesties(invoer, 4, |o| match o {
                Onderwerp::Thema(t) => Some(ThemaVerwijzing::Kbv(t)),
                Onderwerp::Strategisch(t) => Some(ThemaVerwijzing::Strategisch(t)),
                Onderwerp::Aspect(_) => None,
            })
        };
        OnbekendeThemaVerwijzing {
            invoer: invoer.to_owned(),
            suggesties,
        }
    }
}

impl fmt::Display for OnbekendeThemaVerwijzing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "onbekend thema \"{}\": verwacht een veiligheidsthema (code 1.1 tot en met 5.5 of \
             naam) of een strategisch thema (S1, S2, S3 of naam)",
            crate::naam::kort(&self.invoer, 60)
        )?;
        match self.suggesties.as_slice() {
            [] => Ok(()),
            [een] => write!(f, " (bedoelt u {een:#}?)"),
            [eerste, rest @ ..] => {
                write!(f, " (bedoelt u een van: {eerste:#}")?;
                for thema in rest {
                    write!(f, "; {thema:#}")?;
                }
                f.write_str("?)")
            }
        }
    }
}

impl Serialize for ThemaVerwijzing {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// What a theme of a document is expected to be, when it is no text.
pub(super) const VERWACHT_THEMA: &str = "een thema: code (\"1.3\", \"S1\") of naam";

impl<'de> Deserialize<'de> for ThemaVerwijzing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        formaat::uit_tekst(deserializer, VERWACHT_THEMA, str::parse)
    }
}

#[cfg(feature = "schema")]
schema_van!(ThemaVerwijzing, {
    let codes: Vec<&str> = Thema::VARIANTS
        .iter()
        .map(|t| t.code())
        .chain(StrategischThema::VARIANTS.iter().map(|t| t.code()))
        .collect();
    json_schema!({
        "anyOf": [
            { "type": "string", "enum": codes },
            { "type": "string" }
        ]
    })
});

#[cfg(feature = "schema")]
schema_van!(
    Thema,
    super::code_of_tekst(Thema::VARIANTS.iter().map(|t| t.code()))
);

#[cfg(feature = "schema")]
schema_van!(
    Veld,
    json_schema!({
        "anyOf": [
            { "type": "integer", "minimum": 1, "maximum": 5 },
            { "type": "string" }
        ]
    })
);

#[cfg(feature = "schema")]
schema_van!(
    Aspect,
    super::code_of_tekst(Aspect::VARIANTS.iter().map(|a| a.code()))
);

#[cfg(feature = "schema")]
schema_van!(SturingVoorziening, {
    let sleutels: Vec<&str> = SturingVoorziening::VARIANTS
        .iter()
        .map(|v| v.sleutel())
        .collect();
    json_schema!({
        "type": "string",
        "enum": sleutels
    })
});

/// The period an IVP covers: from `van` up to and including `tot`.
///
/// An IVP runs for whole years as a rule; [`Periode::jaren`] and [`FromStr`] ("2027-2030")
/// build such a period. Reading a document does not check that `van` comes before `tot`: that is
/// for the check of the document to report.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Periode;
///
/// let periode: Periode = "2027-2030".parse()?;
/// assert_eq!(periode.van.to_string(), "2027-01-01");
/// assert_eq!(periode.tot.to_string(), "2030-12-31");
/// assert_eq!(periode, Periode::jaren(2027, 2030)?);
/// assert_eq!(periode.to_string(), "2027-2030");
/// assert_eq!(periode.aantal_jaren(), Some(4));
/// # Ok::<(), kernbeleid::document::OngeldigePeriode>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Periode {
    /// First day.
    #[serde(serialize_with = "datum::serialize")]
    pub van: NaiveDate,
    /// Last day (inclusive).
    #[serde(serialize_with = "datum::serialize")]
    pub tot: NaiveDate,
}

/// The table form of a [`Periode`] as a document writes it: `{ van = …, tot = … }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Periode")]
struct PeriodeTabel {
    #[serde(deserialize_with = "datum::deserialize")]
    van: NaiveDate,
    #[serde(deserialize_with = "datum::deserialize")]
    tot: NaiveDate,
}

impl<'de> Deserialize<'de> for Periode {
    /// Reads the table `{ van = …, tot = … }` (as written), or a string in a form
    /// [`Periode::from_str`] accepts (`"2017-2017"`, `"2027-03-01 t/m 2030-12-31"`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl<'de> Visitor<'de> for Bezoeker {
            type Value = Periode;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een tabel { van = …, tot = … } of een tekst als \"2027-2030\"")
            }
            /// A list is the positional form of the table, refused as the table is (see
            /// `formaat::Streng`).
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Periode, A::Error> {
                Err(A::Error::invalid_type(
                    Unexpected::Seq,
                    &"een tabel { van = …, tot = … }",
                ))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Periode, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Periode, A::Error> {
                let tabel = PeriodeTabel::deserialize(MapAccessDeserializer::new(map))?;
                Ok(Periode {
                    van: tabel.van,
                    tot: tabel.tot,
                })
            }
        }
        deserializer.deserialize_any(Bezoeker)
    }
}

#[cfg(feature = "schema")]
schema_van!(Periode, {
    // The keywords of an object apply to an object only: a string passes them by.
    json_schema!({
        "type": ["object", "string"],
        "properties": {
            "van": { "type": "string", "format": "date" },
            "tot": { "type": "string", "format": "date" }
        },
        "required": ["van", "tot"],
        "additionalProperties": false
    })
});

/// Text or years that do not make a [`Periode`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ongeldige periode \"{invoer}\": verwacht twee jaartallen zoals \"2027-2030\" (het eerste niet na het tweede) of \"2027-03-01 t/m 2030-12-31\"")]
pub struct OngeldigePeriode {
    /// The input as given.
    pub invoer: String,
}

impl Periode {
    /// The whole years `van` to `tot`: 1 January of `van` to 31 December of `tot`.
    ///
    /// Fails when `tot` is before `van` or a year is outside chrono's range.
    pub fn jaren(van: i32, tot: i32) -> Result<Periode, OngeldigePeriode> {
        let fout = || OngeldigePeriode {
            invoer: format!("{van}-{tot}"),
        };
        if tot < van {
            return Err(fout());
        }
        let begin = NaiveDate::from_ymd_opt(van, 1, 1).ok_or_else(fout)?;
        let eind = NaiveDate::from_ymd_opt(tot, 12, 31).ok_or_else(fout)?;
        Ok(Periode {
            van: begin,
            tot: eind,
        })
    }

    /// The number of whole calendar years, when the period is whole years (1 January to
    /// 31 December).
    pub fn aantal_jaren(&self) -> Option<u32> {
        let heel = self.van.month() == 1
            && self.van.day() == 1
            && self.tot.month() == 12
            && self.tot.day() == 31
            && self.tot.year() >= self.van.year();
        heel.then(|| (self.tot.year() - self.van.year()) as u32 + 1)
    }

    /// The period in Dutch words, as every output writes it: "2026-2029" for whole years, else
    /// "1 maart 2026 t/m 30 juni 2029" ([`periode_in_woorden`](super::periode_in_woorden)).
    #[must_use]
    pub fn in_woorden(&self) -> String {
        super::planning::periode_in_woorden(self.van, self.tot)
    }

    /// Whether `datum` falls in the period.
    pub fn bevat(&self, datum: NaiveDate) -> bool {
        self.van <= datum && datum <= self.tot
    }
}

impl fmt::Display for Periode {
    /// "2027-2030" for whole years, else "2027-03-01 t/m 2030-12-31".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.aantal_jaren().is_some() && (0..=9999).contains(&self.van.year()) {
            write!(f, "{}-{}", self.van.year(), self.tot.year())
        } else {
            write!(f, "{} t/m {}", self.van, self.tot)
        }
    }
}

impl FromStr for Periode {
    type Err = OngeldigePeriode;

    /// Accepts "2027-2030" (spaces and an en dash allowed) and "2027-03-01 t/m 2030-12-31".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fout = || OngeldigePeriode {
            invoer: s.to_owned(),
        };
        let invoer = s.trim();
        if let Some((van, tot)) = invoer.split_once("t/m") {
            let van = datum::ontleed(van.trim()).ok_or_else(fout)?;
            let tot = datum::ontleed(tot.trim()).ok_or_else(fout)?;
            return Ok(Periode { van, tot });
        }
        let (van, tot) = invoer
            .split_once('-')
            .or_else(|| invoer.split_once('–'))
            .ok_or_else(fout)?;
        let jaar = |t: &str| -> Option<i32> {
            let t = t.trim();
            (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let (van, tot) = (jaar(van).ok_or_else(fout)?, jaar(tot).ok_or_else(fout)?);
        Periode::jaren(van, tot).map_err(|_| fout())
    }
}

/// Who adopted (vastgesteld) a document.
///
/// Written as `raad`, `college`, `burgemeester` or `driehoek`; on input `gemeenteraad` is read
/// as [`Orgaan::Raad`] too. [`FromStr`] also ignores case.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Orgaan;
///
/// assert_eq!("Gemeenteraad".parse::<Orgaan>()?, Orgaan::Raad);
/// assert_eq!(Orgaan::Raad.to_string(), "raad");
/// assert_eq!("driehoek".parse::<Orgaan>()?, Orgaan::Driehoek);
/// assert!("wethouder".parse::<Orgaan>().is_err());
/// # Ok::<(), kernbeleid::document::OnbekendOrgaan>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, strum::VariantArray,
)]
// The word as written, `raad`, is also how it displays.
#[derive(strum::IntoStaticStr, strum::Display)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Orgaan {
    /// The gemeenteraad: adopts the IVP (step 4: "De Gemeenteraad stelt het IVP vast"). Read
    /// from `gemeenteraad` too.
    Raad,
    /// The college van B&W: adopts the uitvoeringsplan (step 5: "Het College stelt het
    /// uitvoeringsplan vast").
    College,
    /// The burgemeester.
    Burgemeester,
    /// The lokale driehoek (burgemeester, politie, Openbaar Ministerie): the handbook's "IVP en
    /// de Driehoek"; "In de driehoek kan dan ... een bijstelling plaatsvinden".
    Driehoek,
}

impl Orgaan {
    /// The word as written in a document: `raad`, `college`, `burgemeester`, `driehoek`.
    #[must_use]
    pub fn als_str(self) -> &'static str {
        self.into()
    }
}

impl FromStr for Orgaan {
    type Err = OnbekendOrgaan;

    /// Reads `raad` (or `gemeenteraad`), `college`, `burgemeester` or `driehoek`, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let woord = s.trim();
        if woord.eq_ignore_ascii_case("gemeenteraad") {
            return Ok(Orgaan::Raad);
        }
        Orgaan::VARIANTS
            .iter()
            .copied()
            .find(|o| o.als_str().eq_ignore_ascii_case(woord))
            .ok_or_else(|| OnbekendOrgaan {
                invoer: s.to_owned(),
            })
    }
}

impl<'de> Deserialize<'de> for Orgaan {
    /// As serde's derive reads a unit enum (so the format layer words its errors as for every
    /// other enum, listing the written forms), and `gemeenteraad` as [`Orgaan::Raad`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const NAMEN: &[&str] = &["raad", "college", "burgemeester", "driehoek"];
        struct Bezoeker;
        impl<'de> Visitor<'de> for Bezoeker {
            type Value = Orgaan;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("enum Orgaan")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Orgaan, E> {
                if v == "gemeenteraad" {
                    return Ok(Orgaan::Raad);
                }
                Orgaan::VARIANTS
                    .iter()
                    .copied()
                    .find(|o| o.als_str() == v)
                    .ok_or_else(|| E::unknown_variant(v, NAMEN))
            }
            fn visit_enum<A: serde::de::EnumAccess<'de>>(
                self,
                data: A,
            ) -> Result<Orgaan, A::Error> {
                use serde::de::VariantAccess;
                let (orgaan, variant) = data.variant_seed(OrgaanNaam)?;
                variant.unit_variant()?;
                Ok(orgaan)
            }
        }
        /// The name of the variant, read as `visit_str` reads it.
        struct OrgaanNaam;
        impl<'de> serde::de::DeserializeSeed<'de> for OrgaanNaam {
            type Value = Orgaan;
            fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Orgaan, D::Error> {
                d.deserialize_identifier(Bezoeker)
            }
        }
        deserializer.deserialize_enum("Orgaan", NAMEN, Bezoeker)
    }
}

/// Text that names no [`Orgaan`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("onbekend orgaan \"{invoer}\": verwacht raad (of gemeenteraad), college, burgemeester of driehoek")]
pub struct OnbekendOrgaan {
    /// The input as given.
    pub invoer: String,
}

/// The date of an adoption decision: a full date, or a day and month whose year the plan does
/// not give ("vastgesteld op 12 maart").
///
/// Written as `JJJJ-MM-DD` when the year is known (as every date of a document), else as
/// "12 maart". Read from either, from "12 maart 2017", and on TOML input from TOML's own date.
///
/// # Example
///
/// ```
/// use kernbeleid::document::Besluitdatum;
///
/// let zonder_jaar: Besluitdatum = "12 maart".parse()?;
/// assert_eq!((zonder_jaar.dag(), zonder_jaar.maand(), zonder_jaar.jaar()), (12, 3, None));
/// assert_eq!(zonder_jaar.to_string(), "12 maart");
///
/// let volledig: Besluitdatum = "12 maart 2017".parse()?;
/// assert_eq!(volledig, "2017-03-12".parse()?);
/// assert_eq!(volledig.to_string(), "2017-03-12");
/// assert!("30 februari".parse::<Besluitdatum>().is_err());
/// # Ok::<(), kernbeleid::document::OngeldigeBesluitdatum>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Besluitdatum {
    jaar: Option<i32>,
    maand: u32,
    dag: u32,
}

/// The Dutch name of month `maand` (1 to 12).
fn maandnaam(maand: u32) -> Option<&'static str> {
    let index = usize::try_from(maand).ok()?.checked_sub(1)?;
    datum::MAANDEN.get(index).copied()
}

impl Besluitdatum {
    /// A day and month without a year. Fails when that day does not exist in any year
    /// (29 February exists).
    ///
    /// # Errors
    ///
    /// [`OngeldigeBesluitdatum`] when the month is not 1 to 12 or the day not in that month.
    pub fn zonder_jaar(dag: u32, maand: u32) -> Result<Besluitdatum, OngeldigeBesluitdatum> {
        // 2000 is a leap year: every day that exists in some year exists in it.
        if NaiveDate::from_ymd_opt(2000, maand, dag).is_none() {
            return Err(OngeldigeBesluitdatum {
                invoer: match maandnaam(maand) {
                    Some(naam) => format!("{dag} {naam}"),
                    None => format!("dag {dag} van maand {maand}"),
                },
            });
        }
        Ok(Besluitdatum {
            jaar: None,
            maand,
            dag,
        })
    }

    /// The full date, when the year is known.
    #[must_use]
    pub fn datum(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.jaar?, self.maand, self.dag)
    }

    /// The year, when known.
    #[must_use]
    pub fn jaar(self) -> Option<i32> {
        self.jaar
    }

    /// The month, 1 to 12.
    #[must_use]
    pub fn maand(self) -> u32 {
        self.maand
    }

    /// The day of the month, from 1.
    #[must_use]
    pub fn dag(self) -> u32 {
        self.dag
    }
}

impl From<NaiveDate> for Besluitdatum {
    fn from(d: NaiveDate) -> Self {
        Besluitdatum {
            jaar: Some(d.year()),
            maand: d.month(),
            dag: d.day(),
        }
    }
}

impl fmt::Display for Besluitdatum {
    /// `2017-03-12` for a full date (as every date of a document), `12 maart` without a year.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.datum() {
            Some(d) => write!(f, "{d}"),
            None => write!(
                f,
                "{} {}",
                self.dag,
                maandnaam(self.maand).unwrap_or_default()
            ),
        }
    }
}

impl FromStr for Besluitdatum {
    type Err = OngeldigeBesluitdatum;

    /// Reads `2017-03-12`, `12 maart 2017` or `12 maart` (month names in any case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fout = || OngeldigeBesluitdatum {
            invoer: s.to_owned(),
        };
        let t = s.trim();
        if let Some(d) = datum::ontleed(t) {
            return Ok(d.into());
        }
        let mut woorden = t.split_whitespace();
        let (Some(dag), Some(maand)) = (woorden.next(), woorden.next()) else {
            return Err(fout());
        };
        let jaar = woorden.next();
        if woorden.next().is_some() {
            return Err(fout());
        }
        let cijfers = |w: &str, max: usize| {
            (!w.is_empty() && w.len() <= max && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<u32>().ok())
                .flatten()
        };
        let dag = cijfers(dag, 2).ok_or_else(fout)?;
        let maand = datum::maandnummer(maand).ok_or_else(fout)?;
        match jaar {
            None => Besluitdatum::zonder_jaar(dag, maand).map_err(|_| fout()),
            Some(jaar) => cijfers(jaar, 4)
                .and_then(|j| i32::try_from(j).ok())
                .and_then(|j| NaiveDate::from_ymd_opt(j, maand, dag))
                .map(Besluitdatum::from)
                .ok_or_else(fout),
        }
    }
}

impl Serialize for Besluitdatum {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.datum() {
            Some(d) => datum::serialize(&d, serializer),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Besluitdatum {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl<'de> Visitor<'de> for Bezoeker {
            type Value = Besluitdatum;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een datum als JJJJ-MM-DD of een dag en maand als \"12 maart\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Besluitdatum, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Besluitdatum, A::Error> {
                datum::Bezoeker.visit_map(map).map(Besluitdatum::from)
            }
        }
        deserializer.deserialize_any(Bezoeker)
    }
}

#[cfg(feature = "schema")]
schema_van!(
    Besluitdatum,
    json_schema!({
        "anyOf": [
            { "type": "string", "format": "date" },
            { "type": "string" }
        ]
    })
);

/// Text that is no [`Besluitdatum`].
///
/// Text shaped as a date (`2017-02-29`) is told why that day does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct OngeldigeBesluitdatum {
    /// The input as given.
    pub invoer: String,
}

impl fmt::Display for OngeldigeBesluitdatum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.invoer.trim();
        if datum::heeft_datumvorm(t) {
            return f.write_str(&datum::fout_bericht(t));
        }
        write!(
            f,
            "ongeldige datum \"{}\": verwacht een datum als JJJJ-MM-DD (\"2017-03-12\") of een \
             dag en maand die bestaan (\"12 maart\")",
            self.invoer
        )
    }
}

/// The adoption (vaststelling) of a document by one gemeente's raad or college.
///
/// A document holds a list of them: an IVP of several gemeenten is adopted by the raad of each
/// ("Het IVP wordt vervolgens in elke gemeente vastgesteld door de Raad").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vaststelling {
    /// The gemeente whose organ adopted it; may be left out when the document has one gemeente.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gemeente: Option<String>,
    /// The organ that adopted it.
    pub door: Orgaan,
    /// The date of the decision, where known; the year may be missing ("12 maart").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<Besluitdatum>,
}

/// Text of a plan the crate did not write that an import could not place in a field, kept in
/// order under the heading it stood under, so that nothing of the plan is lost
/// (see [`importeren`](crate::importeren)). A coordinator moves it to its place, or leaves it.
///
/// # Example
///
/// ```
/// use kernbeleid::document::{Ivp, OngeplaatsteTekst, Periode};
///
/// let mut ivp = Ivp::new(["Utrecht"], Periode::jaren(2027, 2030)?);
/// ivp.ongeplaatst.push(OngeplaatsteTekst {
///     kop: Some("1.2 Totstandkoming".into()),
///     alineas: vec!["We spraken met inwoners en partners.".into()],
/// });
/// let toml = ivp.naar_toml()?;
/// assert!(toml.contains("[[ongeplaatst]]"));
/// assert_eq!(Ivp::uit_toml(&toml)?, ivp);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OngeplaatsteTekst {
    /// The heading the text stood under, as the plan writes it; `None` before the first heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kop: Option<String>,
    /// The paragraphs, in the plan's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alineas: Vec<String>,
}

/// The financial basis of the plan: IVP chapter 7, uitvoeringsplan chapter 5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Begroting {
    /// The explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Tekst>,
    /// The items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posten: Vec<Post>,
}

leeg_als!(Begroting: toelichting, posten);

/// One item of a [`Begroting`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Post {
    /// What the money is for.
    pub omschrijving: String,
    /// The amount in euro, exact to the cent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bedrag_euro: Option<Invulbaar<Bedrag>>,
}

/// Numbers must be finite: JSON has no NaN or infinity, so a TOML `nan` could not be written as
/// JSON and read back.
pub(crate) mod getal {
    use super::*;

    pub(crate) fn controleer<E: serde::de::Error>(waarde: f64) -> Result<f64, E> {
        if waarde.is_finite() {
            Ok(waarde)
        } else {
            Err(E::custom(format!(
                "ongeldig getal {waarde}: verwacht een eindig getal"
            )))
        }
    }

    /// The largest integer an `f64` holds exactly, and every integer below it: 2^53.
    pub(crate) const GROOTSTE_EXACT: u64 = 1 << 53;

    /// An integer as written, refused where an `f64` would round it.
    pub(crate) fn geheel<E: serde::de::Error>(waarde: i128) -> Result<f64, E> {
        if waarde.unsigned_abs() > u128::from(GROOTSTE_EXACT) {
            return Err(E::custom(format!(
                "het getal {waarde} is te groot om exact te bewaren: een geheel getal mag \
                 hooguit {GROOTSTE_EXACT} (2^53) groot zijn; schrijf het als kommagetal \
                 (bijvoorbeeld 9.2e18) als een afgerond getal bedoeld is"
            )));
        }
        #[allow(clippy::cast_precision_loss)] // at most 2^53: exact
        Ok(waarde as f64)
    }

    /// A finite number as written: an integer beyond 2^53 is refused rather than rounded.
    struct Eindig(f64);

    impl<'de> Deserialize<'de> for Eindig {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_f64(EindigBezoeker).map(Eindig)
        }
    }

    struct EindigBezoeker;

    impl Visitor<'_> for EindigBezoeker {
        type Value = f64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("een getal")
        }

        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<f64, E> {
            geheel(i128::from(v))
        }

        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<f64, E> {
            geheel(i128::from(v))
        }

        fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<f64, E> {
            geheel(v)
        }

        fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<f64, E> {
            geheel(i128::try_from(v).unwrap_or(i128::MAX))
        }

        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<f64, E> {
            controleer(v)
        }
    }

    pub(crate) fn eindig<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        Eindig::deserialize(d).map(|e| e.0)
    }

    pub(crate) fn eindig_invulbaar<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Invulbaar<f64>>, D::Error> {
        Ok(
            Option::<Invulbaar<Eindig>>::deserialize(d)?.map(|w| match w {
                Invulbaar::Waarde(Eindig(w)) => Invulbaar::Waarde(w),
                Invulbaar::InTeVullen { in_te_vullen } => Invulbaar::InTeVullen { in_te_vullen },
            }),
        )
    }
}
