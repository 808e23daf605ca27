//! The one walk over a document: every path it writes, in its order, and its placeholders.
//!
//! The walk is a `serde::Serializer` that writes nothing: it follows the document's own serde
//! form, so no placeholder field can be forgotten when the documents grow, and every path is
//! exactly the document's own JSON Pointer. It visits each path once, in the order the document
//! writes its fields (a field left out because it is empty is visited too, at its place), which
//! is the order the report keeps ([`super::verzamelaar::Verzamelaar::rapport`]).

use core::fmt;

use serde::ser::{self, Impossible, Serialize};

use crate::document::IN_TE_VULLEN;

/// What the walk meets at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Knoop<'a> {
    /// A field, element or map entry of the document (or a field it leaves out).
    Pad,
    /// A placeholder (`{"in_te_vullen": aanwijzing}`) and its aanwijzing.
    Plaatshouder(&'a str),
}

/// Calls `bij` with every path of `document` and what stands there, in the document's order:
/// the document itself first (the empty pointer), then each field before what lies below it.
pub(crate) fn doorloop<T, F>(document: &T, bij: &mut F)
where
    T: Serialize + ?Sized,
    F: FnMut(&str, Knoop<'_>),
{
    let mut pad = String::new();
    bij(&pad, Knoop::Pad);
    // The walk itself cannot fail; an error could only come from a document's own Serialize,
    // and then what was walked so far stands.
    let _ = document.serialize(Loper { pad: &mut pad, bij });
}

/// Every placeholder in `document`: (JSON Pointer, aanwijzing).
#[cfg(test)]
pub(crate) fn plaatshouders<T: Serialize + ?Sized>(document: &T) -> Vec<(String, String)> {
    let mut gevonden = Vec::new();
    doorloop(document, &mut |pad: &str, knoop: Knoop<'_>| {
        if let Knoop::Plaatshouder(aanwijzing) = knoop {
            gevonden.push((pad.to_owned(), aanwijzing.to_owned()));
        }
    });
    gevonden
}

/// The walk can only stop for a document's own error.
#[derive(Debug)]
pub(crate) struct Gestopt;

impl fmt::Display for Gestopt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("kan het document niet doorlopen")
    }
}

impl std::error::Error for Gestopt {}

impl ser::Error for Gestopt {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Gestopt
    }
}

/// Appends `/deel` to `pad`, escaped as JSON Pointer (RFC 6901) asks.
pub(crate) fn segment(pad: &mut String, deel: &str) {
    pad.push('/');
    for c in deel.chars() {
        match c {
            '~' => pad.push_str("~0"),
            '/' => pad.push_str("~1"),
            c => pad.push(c),
        }
    }
}

/// Walks one value at `pad`.
struct Loper<'a, F> {
    pad: &'a mut String,
    bij: &'a mut F,
}

/// A sequence, map or struct being walked: each child gets `pad` + `/` + its segment.
struct Samengesteld<'a, F> {
    pad: &'a mut String,
    bij: &'a mut F,
    /// The length of `pad` where the children's segments start.
    basis: usize,
    index: usize,
    sleutel: Option<String>,
}

impl<F: FnMut(&str, Knoop<'_>)> Samengesteld<'_, F> {
    /// Visits the child `deel` and walks `waarde` below it.
    fn kind<T: Serialize + ?Sized>(&mut self, deel: &str, waarde: &T) -> Result<(), Gestopt> {
        self.pad.truncate(self.basis);
        segment(self.pad, deel);
        (self.bij)(self.pad, Knoop::Pad);
        let uitkomst = waarde.serialize(Loper {
            pad: &mut *self.pad,
            bij: &mut *self.bij,
        });
        self.pad.truncate(self.basis);
        uitkomst
    }

    fn element<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Gestopt> {
        let index = self.index.to_string();
        self.index += 1;
        self.kind(&index, waarde)
    }

    /// A struct field or map entry: a placeholder's own key reports its aanwijzing at the
    /// placeholder's path; any other key is a child.
    fn veld<T: Serialize + ?Sized>(&mut self, sleutel: &str, waarde: &T) -> Result<(), Gestopt> {
        if sleutel != IN_TE_VULLEN {
            return self.kind(sleutel, waarde);
        }
        self.pad.truncate(self.basis);
        // The aanwijzing is a string; anything else would be a document's own mistake, and the
        // placeholder is still reported, without an aanwijzing.
        let aanwijzing = waarde.serialize(TekstLezer).unwrap_or_default();
        (self.bij)(self.pad, Knoop::Plaatshouder(&aanwijzing));
        Ok(())
    }

    fn end(self) -> Result<(), Gestopt> {
        self.pad.truncate(self.basis);
        Ok(())
    }
}

impl<'a, F> Loper<'a, F> {
    fn samengesteld(self) -> Samengesteld<'a, F> {
        let basis = self.pad.len();
        Samengesteld {
            pad: self.pad,
            bij: self.bij,
            basis,
            index: 0,
            sleutel: None,
        }
    }

    /// A struct or tuple variant: JSON writes `{"Variant": ...}`, so its name is a segment.
    fn variant(self, variant: &str) -> Samengesteld<'a, F> {
        segment(self.pad, variant);
        self.samengesteld()
    }
}

/// The serializer methods for a tuple or struct variant, whose name is a segment of the path.
macro_rules! variant {
    ($($methode:ident),+) => {$(
        fn $methode(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            _: usize,
        ) -> Result<Samengesteld<'a, F>, Gestopt> {
            Ok(self.variant(variant))
        }
    )+};
}

/// The serializer methods for values of one of the primitive types, each answering `$uitkomst`;
/// `$eigen` are more methods of the same form that the caller needs.
macro_rules! primitief {
    ($ok:ty, $uitkomst:expr $(, $eigen:ident: $eigen_type:ty)*) => {
        primitief!(@ $ok, $uitkomst;
            serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
            serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
            serialize_bytes: &[u8], serialize_unit_struct: &'static str
            $(, $eigen: $eigen_type)*);
    };
    (@ $ok:ty, $uitkomst:expr; $($methode:ident: $type:ty),+) => {$(
        fn $methode(self, _: $type) -> Result<$ok, Gestopt> {
            $uitkomst
        }
    )+};
}

impl<'a, F: FnMut(&str, Knoop<'_>)> ser::Serializer for Loper<'a, F> {
    type Ok = ();
    type Error = Gestopt;
    type SerializeSeq = Samengesteld<'a, F>;
    type SerializeTuple = Samengesteld<'a, F>;
    type SerializeTupleStruct = Samengesteld<'a, F>;
    type SerializeTupleVariant = Samengesteld<'a, F>;
    type SerializeMap = Samengesteld<'a, F>;
    type SerializeStruct = Samengesteld<'a, F>;
    type SerializeStructVariant = Samengesteld<'a, F>;

    // Values that hold no path below them.
    primitief!((), Ok(()), serialize_str: &str);
    fn collect_str<T: fmt::Display + ?Sized>(self, _: &T) -> Result<(), Gestopt> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Gestopt> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, waarde: &T) -> Result<(), Gestopt> {
        waarde.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Gestopt> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), Gestopt> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        waarde: &T,
    ) -> Result<(), Gestopt> {
        waarde.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        waarde: &T,
    ) -> Result<(), Gestopt> {
        let mut s = self.samengesteld();
        s.kind(variant, waarde)?;
        s.end()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Samengesteld<'a, F>, Gestopt> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple(self, _: usize) -> Result<Samengesteld<'a, F>, Gestopt> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Samengesteld<'a, F>, Gestopt> {
        Ok(self.samengesteld())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Samengesteld<'a, F>, Gestopt> {
        Ok(self.samengesteld())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Samengesteld<'a, F>, Gestopt> {
        Ok(self.samengesteld())
    }
    variant!(serialize_tuple_variant, serialize_struct_variant);
}

/// Sequences and tuples of every kind: each element gets the next index as its segment.
macro_rules! als_reeks {
    ($($eigenschap:ident :: $methode:ident),+) => {$(
        impl<F: FnMut(&str, Knoop<'_>)> ser::$eigenschap for Samengesteld<'_, F> {
            type Ok = ();
            type Error = Gestopt;
            fn $methode<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Gestopt> {
                self.element(waarde)
            }
            fn end(self) -> Result<(), Gestopt> {
                Samengesteld::end(self)
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

impl<F: FnMut(&str, Knoop<'_>)> ser::SerializeMap for Samengesteld<'_, F> {
    type Ok = ();
    type Error = Gestopt;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, sleutel: &T) -> Result<(), Gestopt> {
        // Map keys are strings (or numbers) in both JSON and TOML: as `serde_json` writes them.
        self.sleutel = Some(match serde_json::to_value(sleutel) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(ander) => ander.to_string(),
            Err(_) => String::new(),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Gestopt> {
        let sleutel = self.sleutel.take().unwrap_or_default();
        self.veld(&sleutel, waarde)
    }
    fn end(self) -> Result<(), Gestopt> {
        Samengesteld::end(self)
    }
}

/// Structs and struct variants: each field gets its name as its segment; a field the document
/// leaves out (`skip_serializing_if`) is still visited, at its place, with nothing below it.
macro_rules! als_struct {
    ($($eigenschap:ident),+) => {$(
        impl<F: FnMut(&str, Knoop<'_>)> ser::$eigenschap for Samengesteld<'_, F> {
            type Ok = ();
            type Error = Gestopt;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                sleutel: &'static str,
                waarde: &T,
            ) -> Result<(), Gestopt> {
                self.veld(sleutel, waarde)
            }
            fn skip_field(&mut self, sleutel: &'static str) -> Result<(), Gestopt> {
                self.kind(sleutel, &())
            }
            fn end(self) -> Result<(), Gestopt> {
                Samengesteld::end(self)
            }
        }
    )+};
}

als_struct!(SerializeStruct, SerializeStructVariant);

/// Reads a placeholder's aanwijzing, a string; anything else is an error.
struct TekstLezer;

impl ser::Serializer for TekstLezer {
    type Ok = String;
    type Error = Gestopt;
    type SerializeSeq = Impossible<String, Gestopt>;
    type SerializeTuple = Impossible<String, Gestopt>;
    type SerializeTupleStruct = Impossible<String, Gestopt>;
    type SerializeTupleVariant = Impossible<String, Gestopt>;
    type SerializeMap = Impossible<String, Gestopt>;
    type SerializeStruct = Impossible<String, Gestopt>;
    type SerializeStructVariant = Impossible<String, Gestopt>;

    fn serialize_str(self, tekst: &str) -> Result<String, Gestopt> {
        Ok(tekst.to_owned())
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, waarde: &T) -> Result<String, Gestopt> {
        Ok(waarde.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        waarde: &T,
    ) -> Result<String, Gestopt> {
        waarde.serialize(self)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, waarde: &T) -> Result<String, Gestopt> {
        waarde.serialize(self)
    }
    primitief!(String, Err(Gestopt));
    fn serialize_none(self) -> Result<String, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_unit(self) -> Result<String, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<String, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Gestopt> {
        Err(Gestopt)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Gestopt> {
        Err(Gestopt)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;
    use crate::document::Periode;
    use crate::skelet::{self, IvpOpties, PrioriteitKeuze};

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

    fn skelet() -> crate::document::Ivp {
        let opties = IvpOpties::new(
            ["A", "B"],
            Periode::jaren(2027, 2030).expect("periode"),
            PrioriteitKeuze::lijst("1.3,5.4").expect("keuze"),
        );
        skelet::ivp(&opties)
    }

    #[test]
    fn dezelfde_plaatshouders_als_via_een_json_waarde() {
        let ivp = skelet();
        let mut verwacht = Vec::new();
        via_waarde(
            &serde_json::to_value(&ivp).expect("json"),
            &mut String::new(),
            &mut verwacht,
        );
        let mut gevonden = plaatshouders(&ivp);
        verwacht.sort();
        gevonden.sort();
        assert!(gevonden.len() > 10);
        assert_eq!(gevonden, verwacht);
    }

    #[test]
    fn de_paden_in_de_volgorde_van_het_document() {
        let ivp = skelet();
        let mut paden = Vec::new();
        doorloop(&ivp, &mut |pad: &str, knoop| {
            if knoop == Knoop::Pad {
                paden.push(pad.to_owned());
            }
        });
        assert_eq!(paden.first().map(String::as_str), Some(""));
        let plaats = |pad: &str| paden.iter().position(|p| p == pad);
        // Each path once (a placeholder is reported again at its path, as such); a parent before its children; fields as the document writes them.
        let mut uniek = paden.clone();
        uniek.sort();
        uniek.dedup();
        assert_eq!(uniek.len(), paden.len());
        assert!(plaats("/gemeenten") < plaats("/periode"));
        assert!(plaats("/prioriteiten") < plaats("/prioriteiten/0"));
        assert!(plaats("/prioriteiten/0/effectindicatoren") < plaats("/prioriteiten/1"));
        assert!(plaats("/prioriteiten/1") < plaats("/overige_themas"));
        // A field the skeleton leaves out still has its place.
        assert!(plaats("/vaststelling").is_some());
    }

    #[derive(Serialize)]
    enum Soort {
        Eenheid,
        Nieuw(u8),
        Tupel(u8, Plaatshouder),
        Struct { binnen: Plaatshouder },
    }

    #[derive(Serialize)]
    struct Plaatshouder {
        in_te_vullen: &'static str,
    }

    #[derive(Serialize)]
    struct Alles {
        soorten: Vec<Soort>,
        kaart: BTreeMap<i32, Plaatshouder>,
        #[serde(rename = "a/b~c")]
        vreemd: Plaatshouder,
        #[serde(skip_serializing_if = "Option::is_none")]
        leeg: Option<u8>,
    }

    #[test]
    fn elke_vorm_van_sleutel_en_waarde() {
        let p = |a| Plaatshouder { in_te_vullen: a };
        let alles = Alles {
            soorten: vec![
                Soort::Eenheid,
                Soort::Nieuw(1),
                Soort::Tupel(2, p("t")),
                Soort::Struct { binnen: p("s") },
            ],
            kaart: BTreeMap::from([(-3, p("k"))]),
            vreemd: p("v"),
            leeg: None,
        };
        let verwacht = [
            ("/soorten/2/Tupel/1", "t"),
            ("/soorten/3/Struct/binnen", "s"),
            ("/kaart/-3", "k"),
            ("/a~1b~0c", "v"),
        ];
        let gevonden = plaatshouders(&alles);
        let gevonden: Vec<(&str, &str)> = gevonden
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        assert_eq!(gevonden, verwacht);
        let mut paden = Vec::new();
        doorloop(&alles, &mut |pad: &str, _| paden.push(pad.to_owned()));
        assert_eq!(paden.last().map(String::as_str), Some("/leeg"));
    }
}
