//! Finding the placeholders ("in te vullen") of any document without building a value tree.
//!
//! The walk is a `serde::Serializer` that writes nothing: it follows the document's own serde
//! form, keeps the JSON Pointer of where it is, and records each `in_te_vullen` field it meets.
//! So no placeholder field can be forgotten when the documents grow, and the paths are exactly
//! the document's own keys, at a fraction of the cost of `serde_json::to_value`.

use core::fmt;

use serde::ser::{self, Serialize};

use crate::document::IN_TE_VULLEN;

/// Every placeholder in `document`: (JSON Pointer, aanwijzing).
pub(crate) fn zoek<T: Serialize + ?Sized>(document: &T) -> Vec<(String, String)> {
    let mut pad = String::new();
    let mut gevonden = Vec::new();
    // The walk itself cannot fail; an error could only come from a document's own Serialize.
    let _ = document.serialize(Zoeker {
        pad: &mut pad,
        gevonden: &mut gevonden,
    });
    gevonden
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

struct Zoeker<'a> {
    pad: &'a mut String,
    gevonden: &'a mut Vec<(String, String)>,
}

/// A sequence, map or struct being walked: its children get `pad` + `/` + segment.
struct Samengesteld<'a> {
    pad: &'a mut String,
    gevonden: &'a mut Vec<(String, String)>,
    index: usize,
    sleutel: Option<String>,
}

fn segment(pad: &mut String, deel: &str) {
    pad.push('/');
    // JSON Pointer escaping (RFC 6901).
    for c in deel.chars() {
        match c {
            '~' => pad.push_str("~0"),
            '/' => pad.push_str("~1"),
            c => pad.push(c),
        }
    }
}

impl<'a> Samengesteld<'a> {
    fn kind<T: Serialize + ?Sized>(&mut self, deel: &str, waarde: &T) -> Result<(), Geen> {
        let lengte = self.pad.len();
        segment(self.pad, deel);
        let r = waarde.serialize(Zoeker {
            pad: self.pad,
            gevonden: self.gevonden,
        });
        self.pad.truncate(lengte);
        r
    }

    fn element<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Geen> {
        let deel = self.index.to_string();
        self.index += 1;
        self.kind(&deel, waarde)
    }

    fn veld<T: Serialize + ?Sized>(&mut self, sleutel: &str, waarde: &T) -> Result<(), Geen> {
        if sleutel == IN_TE_VULLEN {
            let aanwijzing = serde_json::to_value(waarde)
                .ok()
                .and_then(|w| w.as_str().map(str::to_owned))
                .unwrap_or_default();
            self.gevonden.push((self.pad.clone(), aanwijzing));
            return Ok(());
        }
        self.kind(sleutel, waarde)
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

impl<'a> ser::Serializer for Zoeker<'a> {
    type Ok = ();
    type Error = Geen;
    type SerializeSeq = Samengesteld<'a>;
    type SerializeTuple = Samengesteld<'a>;
    type SerializeTupleStruct = Samengesteld<'a>;
    type SerializeTupleVariant = Samengesteld<'a>;
    type SerializeMap = Samengesteld<'a>;
    type SerializeStruct = Samengesteld<'a>;
    type SerializeStructVariant = Samengesteld<'a>;

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
        self.samengesteld().kind(variant, waarde)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple(self, _: usize) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Samengesteld<'a>, Geen> {
        Ok(self.samengesteld())
    }
}

impl<'a> Zoeker<'a> {
    fn samengesteld(self) -> Samengesteld<'a> {
        Samengesteld {
            pad: self.pad,
            gevonden: self.gevonden,
            index: 0,
            sleutel: None,
        }
    }
}

/// Sequences and tuples of every kind: each element gets the next index as its segment.
macro_rules! als_reeks {
    ($($eigenschap:ident :: $methode:ident),+) => {$(
        impl ser::$eigenschap for Samengesteld<'_> {
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

impl ser::SerializeMap for Samengesteld<'_> {
    type Ok = ();
    type Error = Geen;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, sleutel: &T) -> Result<(), Geen> {
        // Map keys are strings (or numbers) in both JSON and TOML.
        self.sleutel = Some(match serde_json::to_value(sleutel) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(ander) => ander.to_string(),
            Err(_) => String::new(),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, waarde: &T) -> Result<(), Geen> {
        let sleutel = self.sleutel.take().unwrap_or_default();
        self.veld(&sleutel, waarde)
    }
    fn end(self) -> Result<(), Geen> {
        Ok(())
    }
}

/// Structs and struct variants: each field gets its name as its segment.
macro_rules! als_struct {
    ($($eigenschap:ident),+) => {$(
        impl ser::$eigenschap for Samengesteld<'_> {
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

#[cfg(test)]
mod tests {
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

    #[test]
    fn pointer_wordt_ontsnapt() {
        let mut pad = String::new();
        segment(&mut pad, "a/b~c");
        assert_eq!(pad, "/a~1b~0c");
    }
}
