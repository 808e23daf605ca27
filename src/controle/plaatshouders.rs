//! Finding the placeholders ("in te vullen") of any document without building a value tree.
//!
//! The walk is a `serde::Serializer` that writes nothing: it follows the document's own serde
//! form and records each `in_te_vullen` field it meets with the JSON Pointer of where it is.
//! So no placeholder field can be forgotten when the documents grow, and the paths are exactly
//! the document's own keys, at a fraction of the cost of `serde_json::to_value`.
//!
//! The path is kept as a chain of borrowed steps on the walk's own stack (a field name, a list
//! index, a map key) and written out as a string only where a placeholder is found: walking a
//! document without placeholders allocates nothing.

use core::fmt;

use serde::ser::{self, Impossible, Serialize};

use crate::document::IN_TE_VULLEN;

/// Every placeholder in `document`: (JSON Pointer, aanwijzing).
#[cfg(test)]
pub(crate) fn zoek<T: Serialize + ?Sized>(document: &T) -> Vec<(String, String)> {
    let mut gevonden = Vec::new();
    doorloop(document, &mut |pad: &Pad<'_>, aanwijzing: &str| {
        gevonden.push((String::from(*pad), aanwijzing.to_owned()));
    });
    gevonden
}

/// Calls `bij` with the path and the aanwijzing of every placeholder in `document`, in the
/// document's order. The aanwijzing is lent, so that the caller copies it once, into whatever
/// it builds.
pub(crate) fn doorloop<T, F>(document: &T, bij: &mut F)
where
    T: Serialize + ?Sized,
    F: FnMut(&Pad<'_>, &str),
{
    doorloop_vanaf(&Pad::WORTEL, document, bij);
}

/// As [`doorloop`], for a part of a document walked on its own, at `pad`: the paths are those
/// the part has in the whole. So a plan's uitwerking can be walked right beside the rules that
/// read it, while it is in the cache.
pub(crate) fn doorloop_vanaf<T, F>(pad: &Pad<'_>, waarde: &T, bij: &mut F)
where
    T: Serialize + ?Sized,
    F: FnMut(&Pad<'_>, &str),
{
    // The walk itself cannot fail; an error could only come from a document's own Serialize.
    let _ = waarde.serialize(Zoeker {
        pad,
        bij,
        velden: Alle,
    });
}

/// As [`doorloop`], over those fields of the struct `document` that `wel` admits: `wel` is
/// asked once for each field the document writes, in the document's order, with its name. What
/// lies below an admitted field is walked whole.
pub(crate) fn doorloop_velden<T, F>(document: &T, wel: &mut dyn FnMut(&str) -> bool, bij: &mut F)
where
    T: Serialize + ?Sized,
    F: FnMut(&Pad<'_>, &str),
{
    let _ = document.serialize(Zoeker {
        pad: &Pad::WORTEL,
        bij,
        velden: Gekozen(wel),
    });
}

/// Which fields of a struct the walk takes: all of them below the top, so that the check costs
/// nothing there; at the top, those a caller chose ([`doorloop_velden`]).
trait Velden {
    fn wel(&mut self, veld: &str) -> bool;
}

/// Every field.
struct Alle;

impl Velden for Alle {
    #[inline(always)]
    fn wel(&mut self, _: &str) -> bool {
        true
    }
}

/// The fields a caller admits.
struct Gekozen<'a>(&'a mut dyn FnMut(&str) -> bool);

impl Velden for Gekozen<'_> {
    fn wel(&mut self, veld: &str) -> bool {
        (self.0)(veld)
    }
}

#[derive(Debug)]
pub(crate) struct Geen;

impl fmt::Display for Geen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("kan het document niet doorlopen")
    }
}

impl std::error::Error for Geen {}

impl ser::Error for Geen {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Geen
    }
}

/// One segment of a JSON Pointer.
#[derive(Debug, Clone, Copy)]
enum Deel<'a> {
    /// A field name or a map key.
    Naam(&'a str),
    /// A list index or a numeric map key.
    Getal(i128),
}

/// A JSON Pointer into a document, built without allocating: the parent's path and one more
/// segment, each step living on the stack of the code that walks into it. It is written out
/// (`Display`, `String::from`) only where a finding needs it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pad<'a> {
    ouder: Option<&'a Pad<'a>>,
    deel: Option<Deel<'a>>,
}

impl<'a> Pad<'a> {
    /// The document itself: the empty pointer.
    pub(super) const WORTEL: Pad<'static> = Pad {
        ouder: None,
        deel: None,
    };

    /// The field or map key `naam` under this path.
    pub(super) fn sleutel(&'a self, naam: &'a str) -> Pad<'a> {
        Pad {
            ouder: Some(self),
            deel: Some(Deel::Naam(naam)),
        }
    }

    /// The list element `index` under this path.
    pub(super) fn index(&'a self, index: usize) -> Pad<'a> {
        Pad {
            ouder: Some(self),
            deel: Some(Deel::Getal(index as i128)),
        }
    }

    /// The length of the pointer as written, so that it is written into one exact allocation.
    fn lengte(&self) -> usize {
        let eigen = match self.deel {
            Some(Deel::Naam(naam)) => {
                1 + naam.len() + naam.bytes().filter(|&b| b == b'~' || b == b'/').count()
            }
            Some(Deel::Getal(getal)) => 1 + cijfers(getal),
            None => 0,
        };
        eigen + self.ouder.map_or(0, Pad::lengte)
    }

    /// Appends the pointer to `uit`.
    fn schrijf(&self, uit: &mut String) {
        if let Some(ouder) = self.ouder {
            ouder.schrijf(uit);
        }
        match self.deel {
            Some(Deel::Naam(naam)) => segment(uit, naam),
            Some(Deel::Getal(getal)) => {
                uit.push('/');
                getal_schrijven(uit, getal);
            }
            None => {}
        }
    }
}

/// How many characters `getal` takes in decimal, the sign included.
fn cijfers(getal: i128) -> usize {
    let mut rest = getal.unsigned_abs();
    let mut aantal = usize::from(getal < 0) + 1;
    while rest >= 10 {
        rest /= 10;
        aantal += 1;
    }
    aantal
}

/// Writes `getal` in decimal, without the formatting machinery (a path is written for every
/// finding).
fn getal_schrijven(uit: &mut String, getal: i128) {
    if getal < 0 {
        uit.push('-');
    }
    let mut rest = getal.unsigned_abs();
    let mut cijfers = [0u8; 40];
    let mut begin = cijfers.len();
    loop {
        begin -= 1;
        cijfers[begin] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    uit.extend(cijfers[begin..].iter().map(|&cijfer| char::from(cijfer)));
}

impl fmt::Display for Pad<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from(*self))
    }
}

impl From<Pad<'_>> for String {
    fn from(pad: Pad<'_>) -> String {
        let mut uit = String::with_capacity(pad.lengte());
        pad.schrijf(&mut uit);
        uit
    }
}

/// Appends `/deel` to `pad`, escaped as JSON Pointer (RFC 6901) asks.
fn segment(pad: &mut String, deel: &str) {
    pad.push('/');
    if !deel.bytes().any(|b| b == b'~' || b == b'/') {
        pad.push_str(deel);
        return;
    }
    for c in deel.chars() {
        match c {
            '~' => pad.push_str("~0"),
            '/' => pad.push_str("~1"),
            c => pad.push(c),
        }
    }
}

struct Zoeker<'a, F, W = Alle> {
    pad: &'a Pad<'a>,
    bij: &'a mut F,
    velden: W,
}

/// A map key, kept until its value comes: in the documents a unit variant's name or a number,
/// so that a key costs no allocation; any other string is copied.
enum Sleutel {
    Statisch(&'static str),
    Getal(i128),
    Tekst(String),
}

/// A sequence, map or struct being walked: its children get `pad` + `/` + segment.
struct Samengesteld<'a, F, W = Alle> {
    pad: &'a Pad<'a>,
    bij: &'a mut F,
    /// For a struct or tuple variant: its name, a segment before each child's (JSON writes
    /// `{"Variant": {...}}`).
    variant: Option<&'static str>,
    index: usize,
    sleutel: Option<Sleutel>,
    velden: W,
}

impl<F: FnMut(&Pad<'_>, &str), W: Velden> Samengesteld<'_, F, W> {
    fn kind<T: Serialize + ?Sized>(&mut self, deel: Deel<'_>, waarde: &T) -> Result<(), Geen> {
        let variant = self.variant.map(|naam| self.pad.sleutel(naam));
        let ouder = variant.as_ref().unwrap_or(self.pad);
        let stap = Pad {
            ouder: Some(ouder),
            deel: Some(deel),
        };
        waarde.serialize(Zoeker {
            pad: &stap,
            bij: &mut *self.bij,
            velden: Alle,
        })
    }

    fn element<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Geen> {
        let deel = Deel::Getal(self.index as i128);
        self.index += 1;
        self.kind(deel, waarde)
    }

    fn veld<T: Serialize + ?Sized>(&mut self, sleutel: &str, waarde: &T) -> Result<(), Geen> {
        if !self.velden.wel(sleutel) {
            return Ok(());
        }
        if sleutel == IN_TE_VULLEN {
            // The aanwijzing is a string; anything else would be a document's own mistake, and
            // the placeholder is still reported, without an aanwijzing.
            let lezer = TekstLezer {
                pad: self.pad,
                bij: &mut *self.bij,
            };
            if waarde.serialize(lezer).is_err() {
                (self.bij)(self.pad, "");
            }
            return Ok(());
        }
        self.kind(Deel::Naam(sleutel), waarde)
    }
}

/// Serializer methods for values that need no walking.
macro_rules! niets {
    ($($methode:ident: $type:ty),+) => {$(
        fn $methode(self, _: $type) -> Result<(), Geen> {
            Ok(())
        }
    )+};
}

impl<'a, F: FnMut(&Pad<'_>, &str), W: Velden> ser::Serializer for Zoeker<'a, F, W> {
    type Ok = ();
    type Error = Geen;
    type SerializeSeq = Samengesteld<'a, F, W>;
    type SerializeTuple = Samengesteld<'a, F, W>;
    type SerializeTupleStruct = Samengesteld<'a, F, W>;
    type SerializeTupleVariant = Samengesteld<'a, F, W>;
    type SerializeMap = Samengesteld<'a, F, W>;
    type SerializeStruct = Samengesteld<'a, F, W>;
    type SerializeStructVariant = Samengesteld<'a, F, W>;

    // Scalars hold no placeholder.
    niets!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
        serialize_str: &str,
        serialize_bytes: &[u8]
    );
    /// A value written through `Display` (a date) is a string: nothing to find, and no reason
    /// to format it (serde's default would).
    fn collect_str<T: fmt::Display + ?Sized>(self, _: &T) -> Result<(), Geen> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Geen> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, waarde: &T) -> Result<(), Geen> {
        waarde.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Geen> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Geen> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Geen> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        waarde: &T,
    ) -> Result<(), Geen> {
        waarde.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        waarde: &T,
    ) -> Result<(), Geen> {
        self.samengesteld().kind(Deel::Naam(variant), waarde)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple(self, _: usize) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.variant(variant))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Samengesteld<'a, F, W>, Geen> {
        Ok(self.variant(variant))
    }
}

impl<'a, F, W> Zoeker<'a, F, W> {
    fn samengesteld(self) -> Samengesteld<'a, F, W> {
        Samengesteld {
            pad: self.pad,
            bij: self.bij,
            variant: None,
            index: 0,
            sleutel: None,
            velden: self.velden,
        }
    }

    fn variant(self, variant: &'static str) -> Samengesteld<'a, F, W> {
        Samengesteld {
            variant: Some(variant),
            ..self.samengesteld()
        }
    }
}

/// Sequences and tuples of every kind: each element gets the next index as its segment.
macro_rules! als_reeks {
    ($($eigenschap:ident :: $methode:ident),+) => {$(
        impl<F: FnMut(&Pad<'_>, &str), W: Velden> ser::$eigenschap for Samengesteld<'_, F, W> {
            type Ok = ();
            type Error = Geen;
            fn $methode<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Geen> {
                self.element(waarde)
            }
            fn end(self) -> Result<(), Geen> {
                Ok(())
            }
        }
    )+};
}

als_reeks!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<F: FnMut(&Pad<'_>, &str), W: Velden> ser::SerializeMap for Samengesteld<'_, F, W> {
    type Ok = ();
    type Error = Geen;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, sleutel: &T) -> Result<(), Geen> {
        // Map keys are strings (or numbers) in both JSON and TOML: as `serde_json` writes them.
        self.sleutel = Some(match sleutel.serialize(SleutelLezer) {
            Ok(sleutel) => sleutel,
            Err(Geen) => Sleutel::Tekst(match serde_json::to_value(sleutel) {
                Ok(serde_json::Value::String(s)) => s,
                Ok(ander) => ander.to_string(),
                Err(_) => String::new(),
            }),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Geen> {
        match self.sleutel.take() {
            Some(Sleutel::Statisch(sleutel)) => self.veld(sleutel, waarde),
            Some(Sleutel::Tekst(sleutel)) => self.veld(&sleutel, waarde),
            Some(Sleutel::Getal(getal)) => self.kind(Deel::Getal(getal), waarde),
            None => self.veld("", waarde),
        }
    }
    fn end(self) -> Result<(), Geen> {
        Ok(())
    }
}

/// Structs and struct variants: each field gets its name as its segment.
macro_rules! als_struct {
    ($($eigenschap:ident),+) => {$(
        impl<F: FnMut(&Pad<'_>, &str), W: Velden> ser::$eigenschap for Samengesteld<'_, F, W> {
            type Ok = ();
            type Error = Geen;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                sleutel: &'static str,
                waarde: &T,
            ) -> Result<(), Geen> {
                self.veld(sleutel, waarde)
            }
            fn end(self) -> Result<(), Geen> {
                Ok(())
            }
        }
    )+};
}

als_struct!(SerializeStruct, SerializeStructVariant);

/// Serializer methods of a reader that refuses these values.
macro_rules! niet {
    ($($methode:ident: $type:ty),+) => {$(
        fn $methode(self, _: $type) -> Result<Self::Ok, Geen> {
            Err(Geen)
        }
    )+};
}

/// Reads a string value (an aanwijzing) and hands it to the walk's `bij` with its path;
/// anything else is an error.
struct TekstLezer<'a, F> {
    pad: &'a Pad<'a>,
    bij: &'a mut F,
}

impl<F: FnMut(&Pad<'_>, &str)> ser::Serializer for TekstLezer<'_, F> {
    type Ok = ();
    type Error = Geen;
    type SerializeSeq = Impossible<(), Geen>;
    type SerializeTuple = Impossible<(), Geen>;
    type SerializeTupleStruct = Impossible<(), Geen>;
    type SerializeTupleVariant = Impossible<(), Geen>;
    type SerializeMap = Impossible<(), Geen>;
    type SerializeStruct = Impossible<(), Geen>;
    type SerializeStructVariant = Impossible<(), Geen>;

    fn serialize_str(self, tekst: &str) -> Result<(), Geen> {
        (self.bij)(self.pad, tekst);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        waarde: &T,
    ) -> Result<(), Geen> {
        waarde.serialize(self)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, waarde: &T) -> Result<(), Geen> {
        waarde.serialize(self)
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, waarde: &T) -> Result<(), Geen> {
        (self.bij)(self.pad, &waarde.to_string());
        Ok(())
    }
    niet!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
        serialize_bytes: &[u8]
    );
    fn serialize_none(self) -> Result<(), Geen> {
        Err(Geen)
    }
    fn serialize_unit(self) -> Result<(), Geen> {
        Err(Geen)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Geen> {
        Err(Geen)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Geen> {
        Err(Geen)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Geen> {
        Err(Geen)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Geen> {
        Err(Geen)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Geen> {
        Err(Geen)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Geen> {
        Err(Geen)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Geen> {
        Err(Geen)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Geen> {
        Err(Geen)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Geen> {
        Err(Geen)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Geen> {
        Err(Geen)
    }
}

/// Reads a map key the way `serde_json` writes it, for the keys that need no allocation or are
/// plain strings; anything else is an error, and the caller asks `serde_json` itself.
struct SleutelLezer;

macro_rules! sleutel_getal {
    ($($methode:ident: $type:ty),+) => {$(
        fn $methode(self, getal: $type) -> Result<Sleutel, Geen> {
            Ok(Sleutel::Getal(i128::from(getal)))
        }
    )+};
}

impl ser::Serializer for SleutelLezer {
    type Ok = Sleutel;
    type Error = Geen;
    type SerializeSeq = Impossible<Sleutel, Geen>;
    type SerializeTuple = Impossible<Sleutel, Geen>;
    type SerializeTupleStruct = Impossible<Sleutel, Geen>;
    type SerializeTupleVariant = Impossible<Sleutel, Geen>;
    type SerializeMap = Impossible<Sleutel, Geen>;
    type SerializeStruct = Impossible<Sleutel, Geen>;
    type SerializeStructVariant = Impossible<Sleutel, Geen>;

    sleutel_getal!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64
    );
    fn serialize_str(self, tekst: &str) -> Result<Sleutel, Geen> {
        Ok(Sleutel::Tekst(tekst.to_owned()))
    }
    fn serialize_char(self, teken: char) -> Result<Sleutel, Geen> {
        Ok(Sleutel::Tekst(teken.to_string()))
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Sleutel, Geen> {
        Ok(Sleutel::Statisch(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        waarde: &T,
    ) -> Result<Sleutel, Geen> {
        waarde.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_f32(self, _: f32) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_f64(self, _: f64) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_none(self) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_unit(self) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Sleutel, Geen> {
        Err(Geen)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Geen> {
        Err(Geen)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Geen> {
        Err(Geen)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Geen> {
        Err(Geen)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Geen> {
        Err(Geen)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Geen> {
        Err(Geen)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Geen> {
        Err(Geen)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Geen> {
        Err(Geen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Periode;
    use crate::skelet::{self, IvpOpties, PrioriteitKeuze};
    use strum::VariantArray;

    /// The same search over a `serde_json::Value`: slow, obviously right.
    fn via_waarde(w: &serde_json::Value, pad: &mut String, uit: &mut Vec<(String, String)>) {
        match w {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(a)) = map.get(IN_TE_VULLEN) {
                    uit.push((pad.clone(), a.clone()));
                    return;
                }
                for (k, v) in map {
                    let n = pad.len();
                    segment(pad, k);
                    via_waarde(v, pad, uit);
                    pad.truncate(n);
                }
            }
            serde_json::Value::Array(l) => {
                for (i, v) in l.iter().enumerate() {
                    let n = pad.len();
                    segment(pad, &i.to_string());
                    via_waarde(v, pad, uit);
                    pad.truncate(n);
                }
            }
            _ => {}
        }
    }

    fn vergelijk<T: Serialize>(doc: &T) {
        let mut verwacht = Vec::new();
        via_waarde(
            &serde_json::to_value(doc).expect("json"),
            &mut String::new(),
            &mut verwacht,
        );
        let mut gevonden = zoek(doc);
        verwacht.sort();
        gevonden.sort();
        assert!(!gevonden.is_empty());
        assert_eq!(gevonden, verwacht);
    }

    fn skelet_met_twee_prioriteiten() -> crate::document::Ivp {
        let opties = IvpOpties::new(
            ["A"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("1.3,5.4").expect("keuze"),
        );
        skelet::ivp(&opties)
    }

    /// Collects what a walk reports, as (path, aanwijzing).
    fn verzamel(loop_: impl FnOnce(&mut dyn FnMut(&Pad<'_>, &str))) -> Vec<(String, String)> {
        let mut gevonden = Vec::new();
        loop_(&mut |pad: &Pad<'_>, aanwijzing: &str| {
            gevonden.push((String::from(*pad), aanwijzing.to_owned()));
        });
        gevonden
    }

    #[test]
    fn een_deel_los_doorlopen_geeft_de_paden_in_het_geheel() {
        let ivp = skelet_met_twee_prioriteiten();
        let heel = zoek(&ivp);
        let wortel = Pad::WORTEL;
        let prioriteiten = wortel.sleutel("prioriteiten");
        let tweede = prioriteiten.index(1);
        let los =
            verzamel(|bij| doorloop_vanaf(&tweede, &ivp.prioriteiten[1], &mut |p, a| bij(p, a)));
        let verwacht: Vec<_> = heel
            .into_iter()
            .filter(|(pad, _)| pad.starts_with("/prioriteiten/1/"))
            .collect();
        assert!(!los.is_empty());
        assert_eq!(los, verwacht);
    }

    #[test]
    fn gekozen_velden_in_de_volgorde_van_het_document() {
        let ivp = skelet_met_twee_prioriteiten();
        let heel = zoek(&ivp);
        let mut gevraagd = Vec::new();
        let gekozen = verzamel(|bij| {
            doorloop_velden(
                &ivp,
                &mut |veld: &str| {
                    gevraagd.push(veld.to_owned());
                    veld != "prioriteiten"
                },
                &mut |p, a| bij(p, a),
            )
        });
        // Asked once per field the document writes, in its order: the top's keys as the
        // pretty JSON text has them, two spaces in.
        let tekst = serde_json::to_string_pretty(&ivp).expect("json");
        let geschreven: Vec<String> = tekst
            .lines()
            .filter_map(|regel| regel.strip_prefix("  \""))
            .filter_map(|rest| rest.split_once('"').map(|(sleutel, _)| sleutel.to_owned()))
            .collect();
        assert!(geschreven.len() > 5);
        assert_eq!(gevraagd, geschreven);
        // Everything outside the priorities, nothing inside, below a field walked whole.
        let verwacht: Vec<_> = heel
            .into_iter()
            .filter(|(pad, _)| !pad.starts_with("/prioriteiten/"))
            .collect();
        assert!(verwacht.iter().any(|(pad, _)| pad.matches('/').count() > 2));
        assert_eq!(gekozen, verwacht);
    }

    #[test]
    fn gelijk_aan_de_zoektocht_door_een_json_waarde() {
        let opties = IvpOpties::new(
            ["A", "B"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("1.3,5.4,Jeugd=3.1+3.2").expect("keuze"),
        );
        let ivp = skelet::ivp(&opties);
        vergelijk(&ivp);
        vergelijk(&skelet::uitvoeringsplan(&ivp));
        vergelijk(&skelet::analyse(["A"], 2026));
    }

    /// Every shape the walk handles: map keys that are unit variants, numbers and strings
    /// (with characters to escape), nested lists, newtype variants, dates written through
    /// `Display`, and a tuple key it leaves to `serde_json`.
    #[test]
    fn elke_vorm_van_sleutel_en_waarde() {
        use std::collections::BTreeMap;

        use crate::document::{Invulbaar, Tekst};
        use crate::methode::SturingVoorziening;

        #[derive(serde::Serialize)]
        enum Keuze {
            Een(Tekst),
            Twee { binnen: Vec<Tekst> },
            Drie(Tekst, Tekst),
        }

        #[derive(serde::Serialize)]
        struct Alles {
            per_jaar: BTreeMap<i32, Tekst>,
            per_naam: BTreeMap<String, Vec<Tekst>>,
            per_voorziening: BTreeMap<SturingVoorziening, Tekst>,
            keuzes: Vec<Keuze>,
            datum: chrono::NaiveDate,
            paar: (Tekst, Option<Tekst>),
        }

        let open = |a: &str| Invulbaar::in_te_vullen(a);
        let alles = Alles {
            per_jaar: BTreeMap::from([(2027, open("a")), (-1, Invulbaar::Waarde("x".into()))]),
            per_naam: BTreeMap::from([
                (
                    "a/b~c".to_owned(),
                    vec![Invulbaar::Waarde("y".into()), open("b")],
                ),
                (String::new(), vec![open("c")]),
            ]),
            per_voorziening: SturingVoorziening::VARIANTS
                .iter()
                .map(|&v| (v, open("d")))
                .collect(),
            keuzes: vec![
                Keuze::Een(open("e")),
                Keuze::Twee {
                    binnen: vec![open("f"), open("g")],
                },
                Keuze::Drie(Invulbaar::Waarde("z".into()), open("j")),
            ],
            datum: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("datum"),
            paar: (open("h"), Some(open("i"))),
        };
        vergelijk(&alles);
        assert_eq!(zoek(&alles).len(), 9 + SturingVoorziening::VARIANTS.len());
    }

    #[test]
    fn getallen_zoals_display() {
        for getal in [
            0,
            7,
            -1,
            10,
            2027,
            -2027,
            i128::MAX,
            i128::MIN,
            u64::MAX as i128,
        ] {
            let mut uit = String::new();
            getal_schrijven(&mut uit, getal);
            assert_eq!(uit, getal.to_string());
        }
    }

    #[test]
    fn pointer_wordt_ontsnapt() {
        let mut pad = String::new();
        segment(&mut pad, "a/b~c");
        assert_eq!(pad, "/a~1b~0c");
    }
}
