//! [`Invulbaar`]: a value, or an explicit placeholder that a skeleton leaves for the coordinator.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, F64Deserializer, I64Deserializer,
    MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer, StringDeserializer,
    U64Deserializer, UnitDeserializer,
};
use serde::de::{DeserializeSeed, Error as _, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::formaat::Streng;

/// The one key of a placeholder: `{ in_te_vullen = "..." }`.
pub const IN_TE_VULLEN: &str = "in_te_vullen";

/// A value, or a placeholder that says what is still to be filled in.
///
/// A skeleton document leaves open what only the gemeente can write (why a theme is a priority,
/// a streefwaarde); it does not invent text. Such a field holds [`Invulbaar::InTeVullen`] with an
/// aanwijzing (a hint in Dutch, often quoting the handbook). A later check reports placeholders
/// as hints ("nog in te vullen"), and fields that are absent altogether as warnings.
///
/// Serialised untagged: a value is written as itself, a placeholder as a table with the single
/// key `in_te_vullen`. In TOML:
///
/// ```toml
/// toelichting = "Ondermijning staat landelijk, regionaal en lokaal op nummer één."
/// # or, in a skeleton:
/// toelichting = { in_te_vullen = "Waarom is dit thema prioritair in de gemeente?" }
/// ```
///
/// # Example
///
/// ```
/// use kernbeleid::document::{Invulbaar, Tekst};
///
/// let open: Tekst = Invulbaar::in_te_vullen("Waarom is dit een prioriteit?");
/// assert!(open.is_in_te_vullen());
/// assert_eq!(open.waarde(), None);
///
/// let ingevuld: Tekst = "Omdat het overal speelt.".into();
/// assert_eq!(ingevuld.waarde().map(String::as_str), Some("Omdat het overal speelt."));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[cfg_attr(
    feature = "schema",
    schemars(rename = "Invulbaar_{T}", deny_unknown_fields)
)]
pub enum Invulbaar<T> {
    /// The value as written.
    Waarde(T),
    /// Still to be filled in.
    InTeVullen {
        /// What to fill in, in Dutch: the question to answer, where in the handbook to look.
        in_te_vullen: String,
    },
}

/// Text that a skeleton may leave open: the most common [`Invulbaar`].
pub type Tekst = Invulbaar<String>;

impl<T> Invulbaar<T> {
    /// A placeholder with the given aanwijzing (what to fill in).
    pub fn in_te_vullen(aanwijzing: impl Into<String>) -> Self {
        Invulbaar::InTeVullen {
            in_te_vullen: aanwijzing.into(),
        }
    }

    /// The value, or `None` for a placeholder.
    pub fn waarde(&self) -> Option<&T> {
        match self {
            Invulbaar::Waarde(waarde) => Some(waarde),
            Invulbaar::InTeVullen { .. } => None,
        }
    }

    /// Whether this is a placeholder.
    pub fn is_in_te_vullen(&self) -> bool {
        matches!(self, Invulbaar::InTeVullen { .. })
    }

    /// The aanwijzing of a placeholder, or `None` for a value.
    pub fn aanwijzing(&self) -> Option<&str> {
        match self {
            Invulbaar::Waarde(_) => None,
            Invulbaar::InTeVullen { in_te_vullen } => Some(in_te_vullen),
        }
    }
}

impl<T> From<T> for Invulbaar<T> {
    fn from(waarde: T) -> Self {
        Invulbaar::Waarde(waarde)
    }
}

impl From<&str> for Invulbaar<String> {
    fn from(tekst: &str) -> Self {
        Invulbaar::Waarde(tekst.to_owned())
    }
}

/// Reads a value or a placeholder.
///
/// Written by hand rather than derived (`#[serde(untagged)]` would buffer the input and answer
/// every mistake with "data did not match any variant"): a table whose first key is
/// `in_te_vullen` is a placeholder; anything else is handed to `T`, so that `T`'s own error
/// (an unknown key in a [`Meting`](super::Meting), a wrong type) reaches the reader, with its
/// key path intact.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Invulbaar<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Bezoeker(PhantomData))
    }
}

struct Bezoeker<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Bezoeker<T> {
    type Value = Invulbaar<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een waarde of { in_te_vullen = \"...\" }")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        T::deserialize(Streng(BoolDeserializer::<E>::new(v))).map(Invulbaar::Waarde)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        T::deserialize(Streng(I64Deserializer::<E>::new(v))).map(Invulbaar::Waarde)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        T::deserialize(Streng(U64Deserializer::<E>::new(v))).map(Invulbaar::Waarde)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        T::deserialize(Streng(F64Deserializer::<E>::new(v))).map(Invulbaar::Waarde)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        T::deserialize(Streng(StrDeserializer::<E>::new(v))).map(Invulbaar::Waarde)
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        T::deserialize(Streng(StringDeserializer::<E>::new(v))).map(Invulbaar::Waarde)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        T::deserialize(Streng(UnitDeserializer::<E>::new())).map(Invulbaar::Waarde)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        T::deserialize(Streng(SeqAccessDeserializer::new(seq))).map(Invulbaar::Waarde)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let eerste = map.next_key::<Sleutel<'de>>()?;
        match eerste {
            Some(sleutel) if sleutel.tekst() == IN_TE_VULLEN => {
                let aanwijzing = map.next_value::<String>()?;
                if let Some(andere) = map.next_key::<Sleutel<'de>>()? {
                    if andere.tekst() == IN_TE_VULLEN {
                        return Err(A::Error::duplicate_field(IN_TE_VULLEN));
                    }
                    return Err(A::Error::unknown_field(andere.tekst(), &[IN_TE_VULLEN]));
                }
                Ok(Invulbaar::InTeVullen {
                    in_te_vullen: aanwijzing,
                })
            }
            eerste => {
                let leeg = eerste.is_none();
                T::deserialize(Streng(MapAccessDeserializer::new(Teruggelegd {
                    eerste,
                    rest: map,
                    leeg,
                })))
                .map(Invulbaar::Waarde)
            }
        }
    }
}

/// The first key of a map, borrowed from the input where the format allows: every placeholder
/// starts with one, and comparing it needs no copy.
enum Sleutel<'de> {
    Geleend(&'de str),
    Eigen(String),
}

impl Sleutel<'_> {
    fn tekst(&self) -> &str {
        match self {
            Sleutel::Geleend(tekst) => tekst,
            Sleutel::Eigen(tekst) => tekst,
        }
    }
}

impl<'de> Deserialize<'de> for Sleutel<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(SleutelBezoeker)
    }
}

struct SleutelBezoeker;

impl<'de> Visitor<'de> for SleutelBezoeker {
    type Value = Sleutel<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("een sleutel")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Sleutel::Geleend(v))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Sleutel::Eigen(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Sleutel::Eigen(v))
    }
}

/// A map whose first key has been read already: hands that key out again, then the rest.
struct Teruggelegd<'de, A> {
    eerste: Option<Sleutel<'de>>,
    rest: A,
    /// The map turned out empty: do not ask `rest` for a key again.
    leeg: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Teruggelegd<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.eerste.take() {
            Some(Sleutel::Geleend(sleutel)) => {
                return seed
                    .deserialize(BorrowedStrDeserializer::<A::Error>::new(sleutel))
                    .map(Some)
            }
            Some(Sleutel::Eigen(sleutel)) => {
                let de: StringDeserializer<A::Error> = sleutel.into_deserializer();
                return seed.deserialize(de).map(Some);
            }
            None => {}
        }
        if self.leeg {
            return Ok(None);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        self.rest.next_value_seed(seed)
    }
}
