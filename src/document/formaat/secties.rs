//! Writing a TOML plan a `[[prioriteiten]]` section at a time: `toml` keeps every nested table
//! of a document in one ordered map of insertions until the end, which grows N log N with the
//! plan; per section that map stays small. The text is the same, byte for byte.
//!
//! (Reading went the other way until issue 23: a large plan was read a section at a time to
//! bound its parse tree. With every reader bounded by [`GROOTSTE_DOCUMENT`](super::GROOTSTE_DOCUMENT)
//! a plan is read whole.)

use serde::ser::{self, Impossible, SerializeStruct};
use serde::{Serialize, Serializer};
use toml_parser::lexer::TokenKind;
use toml_parser::Source;

use super::velden;

/// The top-level list that is written a section at a time. [`Sectie`] carries it as its field name
/// (serde needs a literal there); a unit test holds the two together.
pub(crate) const SLEUTEL: &str = "prioriteiten";

/// A document whose list [`SLEUTEL`] can be written a section at a time.
pub(crate) trait InDelen: serde::de::DeserializeOwned + Serialize {
    /// One element of the list.
    type Deel: Serialize;

    /// The list.
    fn delen(&self) -> &[Self::Deel];
}

/// A table header of a TOML text, as the writer needs it.
#[derive(Debug, PartialEq)]
struct Tabelkop<'a> {
    /// Where its `[` stands.
    begin: usize,
    /// The first segment of its key (without quotes).
    eerste: &'a str,
    /// Whether its key has more segments (`[a.b]`).
    dieper: bool,
    /// Whether it opens an element of a list (`[[a]]`).
    lijst: bool,
}

/// The table headers of `tekst`, found with `toml`'s own lexer: a `[` inside a string or a
/// value is no header. `None` on a header it does not understand (an escape in a key, a line
/// break inside it) or brackets that do not close.
fn tabelkoppen(tekst: &str) -> Option<Vec<Tabelkop<'_>>> {
    let mut koppen = Vec::new();
    let mut tokens = Source::new(tekst).lex().peekable();
    // Inside a value: after `=` on the same line, or inside brackets of a value.
    let mut na_is = false;
    let mut diepte = 0usize;
    while let Some(token) = tokens.next() {
        let soort = token.kind();
        if na_is || diepte > 0 {
            match soort {
                TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => diepte += 1,
                TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                    diepte = diepte.checked_sub(1)?;
                }
                TokenKind::Newline if diepte == 0 => na_is = false,
                _ => {}
            }
            continue;
        }
        match soort {
            TokenKind::Equals => na_is = true,
            TokenKind::LeftSquareBracket => {
                let begin = token.span().start();
                let lijst = tokens
                    .next_if(|t| {
                        t.kind() == TokenKind::LeftSquareBracket
                            && t.span().start() == token.span().end()
                    })
                    .is_some();
                let mut segmenten = Vec::new();
                loop {
                    let t = tokens.next()?;
                    match t.kind() {
                        TokenKind::Whitespace | TokenKind::Dot => {}
                        TokenKind::RightSquareBracket => break,
                        TokenKind::Atom => {
                            segmenten.push(tekst.get(t.span().start()..t.span().end())?)
                        }
                        TokenKind::BasicString | TokenKind::LiteralString => {
                            let ruw = tekst.get(t.span().start()..t.span().end())?;
                            let binnen = ruw.get(1..ruw.len().checked_sub(1)?)?;
                            // An escape could spell anything: not worth decoding here.
                            if soort_met_escape(t.kind(), binnen) {
                                return None;
                            }
                            segmenten.push(binnen);
                        }
                        _ => return None,
                    }
                }
                if lijst && tokens.next()?.kind() != TokenKind::RightSquareBracket {
                    return None;
                }
                koppen.push(Tabelkop {
                    begin,
                    eerste: segmenten.first()?,
                    dieper: segmenten.len() > 1,
                    lijst,
                });
            }
            _ => {}
        }
    }
    (diepte == 0).then_some(koppen)
}

/// Whether a quoted key holds an escape (only a basic string has them).
fn soort_met_escape(soort: TokenKind, binnen: &str) -> bool {
    soort == TokenKind::BasicString && binnen.contains('\\')
}

/// One section, as written on its own: a list of exactly one element.
#[derive(Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
struct Sectie<D> {
    prioriteiten: Vec<D>,
}

/// Writes `document` as TOML, its list a section at a time: the same text as `toml` writes for
/// the whole document (a test holds the two byte for byte), without the cost that grows faster
/// than the document. `toml` keeps every nested table of a document in one ordered map of
/// insertions until the end, N log N in the number of tables; per section, that map stays
/// small. `None` when the document has fewer than two sections (nothing to gain) or its rest
/// does not split as written.
pub(crate) fn naar_toml<T: InDelen>(document: &T) -> Result<Option<String>, toml::ser::Error> {
    let delen = document.delen();
    if delen.len() < 2 {
        return Ok(None);
    }
    let mut buffer = toml::ser::Buffer::new();
    document.serialize(ZonderLijst(toml::ser::Serializer::pretty(&mut buffer)))?;
    let romp = buffer.to_string();
    // The sections go where the whole text has them: before the first table of a field that
    // comes after the list, or at the end.
    let velden = velden::<T>();
    let latere_velden = velden
        .iter()
        .position(|veld| *veld == SLEUTEL)
        .and_then(|i| velden.get(i + 1..))
        .unwrap_or_default();
    let Some(koppen) = tabelkoppen(&romp) else {
        return Ok(None);
    };
    let plek = koppen
        .iter()
        .find(|kop| latere_velden.contains(&kop.eerste))
        .map_or(romp.len(), |kop| kop.begin);
    let (voor, na) = (romp.get(..plek), romp.get(plek..));
    let (Some(voor), Some(na)) = (voor, na) else {
        return Ok(None);
    };
    let mut uit = String::with_capacity(romp.len() + 1024 * delen.len());
    uit.push_str(voor);
    for deel in delen {
        // As `toml` writes them: a blank line before every table but one that opens the text.
        if !uit.is_empty() && !uit.ends_with("\n\n") {
            uit.push('\n');
        }
        buffer.clear();
        Sectie {
            prioriteiten: vec![deel],
        }
        .serialize(toml::ser::Serializer::pretty(&mut buffer))?;
        uit.push_str(&buffer.to_string());
    }
    if !na.is_empty() {
        uit.push('\n');
    }
    uit.push_str(na);
    Ok(Some(uit))
}

/// A serializer for a document's top-level struct that leaves out the field [`SLEUTEL`].
/// Only a struct is expected at the top; anything else is refused.
struct ZonderLijst<S>(S);

/// The top-level struct without [`SLEUTEL`].
struct RompZonderLijst<S>(S);

impl<S: SerializeStruct> SerializeStruct for RompZonderLijst<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        sleutel: &'static str,
        waarde: &T,
    ) -> Result<(), S::Error> {
        if sleutel == SLEUTEL {
            return self.0.skip_field(sleutel);
        }
        self.0.serialize_field(sleutel, waarde)
    }

    fn skip_field(&mut self, sleutel: &'static str) -> Result<(), S::Error> {
        self.0.skip_field(sleutel)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// Serializer methods that a document's top never calls.
macro_rules! geen_struct {
    ($($methode:ident($($arg:ty),*);)*) => {$(
        fn $methode(self, $(_: $arg),*) -> Result<S::Ok, S::Error> {
            Err(geen_document())
        }
    )*};
}

/// What [`ZonderLijst`] says of anything but a struct (no document serialises so).
fn geen_document<E: ser::Error>() -> E {
    E::custom("verwacht een document")
}

impl<S: Serializer> Serializer for ZonderLijst<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = Impossible<S::Ok, S::Error>;
    type SerializeStruct = RompZonderLijst<S::SerializeStruct>;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    fn serialize_struct(
        self,
        naam: &'static str,
        lengte: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Ok(RompZonderLijst(self.0.serialize_struct(naam, lengte)?))
    }

    geen_struct! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
        serialize_bytes(&[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(geen_document())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(geen_document())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(geen_document())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(geen_document())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(geen_document())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(geen_document())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Err(geen_document())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Err(geen_document())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Err(geen_document())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secties_dragen_de_sleutel() {
        #[derive(serde::Deserialize)]
        struct Leeg;
        assert_eq!(velden::<Sectie<Leeg>>(), [SLEUTEL]);
        let tekst = toml::to_string(&Sectie {
            prioriteiten: vec![1],
        })
        .expect("toml");
        assert!(tekst.starts_with(SLEUTEL), "{tekst}");
    }

    #[test]
    fn kop_in_tekst_of_waarde_is_geen_kop() {
        let tekst = "a = \"\"\"\n[[prioriteiten]]\n\"\"\"\nb = [\n[1],\n]\n[[ 'prioriteiten' ]]\nnaam = \"x\"\n[prioriteiten.sub]\n";
        let koppen = tabelkoppen(tekst).expect("koppen");
        assert_eq!(koppen.len(), 2);
        assert_eq!(
            koppen.first().map(|k| (k.eerste, k.lijst, k.dieper)),
            Some(("prioriteiten", true, false))
        );
        assert_eq!(
            koppen.get(1).map(|k| (k.eerste, k.lijst, k.dieper)),
            Some(("prioriteiten", false, true))
        );
        assert!(tabelkoppen("[[prioriteiten\n").is_none());
        assert!(tabelkoppen("[[\"priorite\\u0069ten\"]]\n").is_none());
    }
}
