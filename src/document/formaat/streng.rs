//! [`Streng`]: a deserializer wrapper that holds every format to what the documents promise.
//!
//! - A struct is read from a table (an object) only. serde's derive also accepts a sequence
//!   filled by position, and the formats offer one: `periode = ["2027-01-01", "2030-12-31"]`
//!   would read, and TOML drops whatever follows the last field. [`Streng`] refuses the
//!   sequence, naming the keys expected.
//! - A key occurs once in a map (a `BTreeMap` field): serde_json lets the second value win.
//! - What a value was expected to be is said in the documents' words, never by a Rust type name:
//!   a struct as its keys (`een tabel { jaar = …, waarde = … }`), an enum as its values.
//!
//! The wrapper is transparent otherwise: every call and every visit is passed on unchanged, and
//! every nested deserializer (map values, sequence elements, options, enum variants) is wrapped
//! in its turn. It sits outside `serde_path_to_error`'s tracker, which therefore still sees
//! every step and names the path of an error raised here.

use core::fmt;
use std::collections::BTreeSet;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error as _, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};

/// The wrapper around a deserializer; see the [module documentation](self).
pub(crate) struct Streng<D>(pub(crate) D);

/// What the value being read is: it decides how a sequence and a map are taken, and how the
/// expectation is worded.
#[derive(Clone, Copy)]
enum Soort {
    /// Anything else: passed on as it is.
    Gewoon,
    /// A struct with these fields: a table only.
    Struct(&'static str, &'static [&'static str]),
    /// An enum with these variants.
    Enum(&'static [&'static str]),
    /// A map: every key once.
    Map,
}

/// The visitor wrapper.
struct Bezoeker<V> {
    binnen: V,
    soort: Soort,
}

impl<V> Bezoeker<V> {
    fn new(binnen: V, soort: Soort) -> Self {
        Bezoeker { binnen, soort }
    }

    fn gewoon(binnen: V) -> Self {
        Bezoeker::new(binnen, Soort::Gewoon)
    }
}

/// How many fields a struct may have to be shown as a whole form, `{ a = …, b = … }`; a
/// larger one is named by its keys.
const KORTE_VORM: usize = 4;

/// Writes the expectation for a struct: `een tabel { jaar = …, waarde = … }` or `een tabel met
/// de sleutels a, b, c, d, e`. The wording is TOML's; the translation layer rewrites it for JSON
/// ([`super::vertaling`]).
pub(crate) fn verwacht_tabel(f: &mut fmt::Formatter<'_>, velden: &[&str]) -> fmt::Result {
    if velden.is_empty() {
        return f.write_str("een lege tabel");
    }
    if velden.len() <= KORTE_VORM {
        f.write_str("een tabel { ")?;
        for (i, veld) in velden.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{veld} = …")?;
        }
        f.write_str(" }")
    } else {
        write!(f, "een tabel met de sleutels {}", velden.join(", "))
    }
}

/// Whether a struct name is one of a format's private markers (toml's datetime, spans), whose
/// handling must not be touched.
fn privé(naam: &str) -> bool {
    naam.starts_with("$__")
}

impl<V> Bezoeker<V> {
    /// Whether only a table (a struct) or only a variant (an enum) will do: then every other
    /// kind of value is refused here, with this visitor's expectation rather than the derived
    /// one (which names the Rust type).
    fn alleen_tabel_of_variant(&self) -> bool {
        match self.soort {
            Soort::Struct(naam, _) => !privé(naam),
            Soort::Enum(_) => true,
            Soort::Gewoon | Soort::Map => false,
        }
    }
}

/// A visit that a struct or an enum does not take: refused with [`Bezoeker`]'s expectation.
macro_rules! bezoek {
    ($($methode:ident($($v:ident: $type:ty)?) => $onverwacht:expr;)*) => {
        $(
            fn $methode<E: de::Error>(self, $($v: $type)?) -> Result<Self::Value, E> {
                if self.alleen_tabel_of_variant() {
                    return Err(E::invalid_type($onverwacht, &self));
                }
                self.binnen.$methode($($v)?)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Bezoeker<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.soort {
            Soort::Struct(naam, velden) if !privé(naam) => verwacht_tabel(f, velden),
            Soort::Enum(varianten) => match varianten {
                [] => f.write_str("geen enkele waarde"),
                [een] => write!(f, "de waarde {een}"),
                _ => write!(f, "een van de waarden {}", varianten.join(", ")),
            },
            _ => self.binnen.expecting(f),
        }
    }

    bezoek! {
        visit_bool(v: bool) => Unexpected::Bool(v);
        visit_i8(v: i8) => Unexpected::Signed(v.into());
        visit_i16(v: i16) => Unexpected::Signed(v.into());
        visit_i32(v: i32) => Unexpected::Signed(v.into());
        visit_i64(v: i64) => Unexpected::Signed(v);
        visit_i128(v: i128) => Unexpected::Other("een getal");
        visit_u8(v: u8) => Unexpected::Unsigned(v.into());
        visit_u16(v: u16) => Unexpected::Unsigned(v.into());
        visit_u32(v: u32) => Unexpected::Unsigned(v.into());
        visit_u64(v: u64) => Unexpected::Unsigned(v);
        visit_u128(v: u128) => Unexpected::Other("een getal");
        visit_f32(v: f32) => Unexpected::Float(v.into());
        visit_f64(v: f64) => Unexpected::Float(v);
        visit_char(v: char) => Unexpected::Char(v);
        visit_str(v: &str) => Unexpected::Str(v);
        visit_borrowed_str(v: &'de str) => Unexpected::Str(v);
        visit_string(v: String) => Unexpected::Str(&v);
        visit_bytes(v: &[u8]) => Unexpected::Bytes(v);
        visit_borrowed_bytes(v: &'de [u8]) => Unexpected::Bytes(v);
        visit_byte_buf(v: Vec<u8>) => Unexpected::Bytes(&v);
        visit_none() => Unexpected::Option;
        visit_unit() => Unexpected::Unit;
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        if self.alleen_tabel_of_variant() {
            return Err(D::Error::invalid_type(Unexpected::Option, &self));
        }
        self.binnen.visit_some(Streng(d))
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        if self.alleen_tabel_of_variant() {
            return Err(D::Error::invalid_type(Unexpected::NewtypeStruct, &self));
        }
        self.binnen.visit_newtype_struct(Streng(d))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if self.alleen_tabel_of_variant() {
            return Err(A::Error::invalid_type(Unexpected::Seq, &self));
        }
        self.binnen.visit_seq(StrengeReeks(seq))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        match self.soort {
            Soort::Enum(_) => Err(A::Error::invalid_type(Unexpected::Map, &self)),
            Soort::Map => self.binnen.visit_map(StrengeMap {
                map,
                gezien: Some(BTreeSet::new()),
            }),
            _ => self.binnen.visit_map(StrengeMap { map, gezien: None }),
        }
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        if matches!(self.soort, Soort::Struct(naam, _) if !privé(naam)) {
            return Err(A::Error::invalid_type(Unexpected::Enum, &self));
        }
        self.binnen.visit_enum(StrengeEnum(data))
    }
}

/// Passes each `deserialize_*` call on with the visitor wrapped.
macro_rules! doorgeven {
    ($($methode:ident($($arg:ident: $type:ty),*);)*) => {
        $(
            fn $methode<V: Visitor<'de>>(self, $($arg: $type,)* visitor: V) -> Result<V::Value, Self::Error> {
                self.0.$methode($($arg,)* Bezoeker::gewoon(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Streng<D> {
    type Error = D::Error;

    doorgeven! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(naam: &'static str);
        deserialize_newtype_struct(naam: &'static str);
        deserialize_seq();
        deserialize_tuple(lengte: usize);
        deserialize_tuple_struct(naam: &'static str, lengte: usize);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(Bezoeker::new(visitor, Soort::Map))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        naam: &'static str,
        velden: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let bezoeker = Bezoeker::new(visitor, Soort::Struct(naam, velden));
        self.0.deserialize_struct(naam, velden, bezoeker)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        naam: &'static str,
        varianten: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        // serde_json ("expected value") and toml ("wanted string or table") refuse a value of
        // the wrong kind for an enum before asking the visitor: say what is expected.
        self.0
            .deserialize_enum(
                naam,
                varianten,
                Bezoeker::new(visitor, Soort::Enum(varianten)),
            )
            .map_err(|fout| {
                let bericht = fout.to_string();
                if bericht.starts_with("expected value")
                    || bericht.starts_with("wanted string or table")
                {
                    Self::Error::custom(format_args!(
                        "verwacht een van de waarden {} (als tekst)",
                        varianten.join(", ")
                    ))
                } else {
                    fout
                }
            })
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// A seed whose deserializer is wrapped.
struct StrengZaad<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for StrengZaad<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Streng(d))
    }
}

struct StrengeReeks<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for StrengeReeks<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(StrengZaad(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct StrengeMap<A> {
    map: A,
    /// For a map (not a struct): the keys read so far.
    gezien: Option<BTreeSet<String>>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for StrengeMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match &mut self.gezien {
            None => self.map.next_key_seed(StrengZaad(seed)),
            Some(gezien) => self.map.next_key_seed(UniekeSleutel { seed, gezien }),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(StrengZaad(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// The key of a map: read as text (the keys of JSON and TOML are text), refused when it was
/// read before, then handed to the key's own type.
struct UniekeSleutel<'a, S> {
    seed: S,
    gezien: &'a mut BTreeSet<String>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for UniekeSleutel<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        let sleutel = <String as de::Deserialize>::deserialize(d)?;
        if self.gezien.contains(&sleutel) {
            return Err(D::Error::custom(format_args!(
                "sleutel \"{sleutel}\" komt twee keer voor"
            )));
        }
        let waarde = self
            .seed
            .deserialize(Streng(sleutel.as_str().into_deserializer()))?;
        self.gezien.insert(sleutel);
        Ok(waarde)
    }
}

struct StrengeEnum<A>(A);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for StrengeEnum<A> {
    type Error = A::Error;
    type Variant = StrengeVariant<A::Variant>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), A::Error> {
        let (waarde, variant) = self.0.variant_seed(StrengZaad(seed))?;
        Ok((waarde, StrengeVariant(variant)))
    }
}

struct StrengeVariant<A>(A);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for StrengeVariant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(StrengZaad(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        lengte: usize,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(lengte, Bezoeker::gewoon(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        velden: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0
            .struct_variant(velden, Bezoeker::new(visitor, Soort::Struct("", velden)))
    }
}
