//! Reading and writing a TOML plan in parts: a large plan then needs neither its whole parse
//! tree at once (issue 10: the peak memory of a read at most five times the file) nor `toml`'s
//! ordered map of every nested table (writing grew N log N).
//!
//! `toml` parses a document into a tree of spanned values before anything is deserialized; for
//! a plan of thousands of priorities that tree is several times the file. The priorities of a
//! plan stand in `[[prioriteiten]]` sections, one after the other, and nothing outside such a
//! section can reach into it. So the text is split at its table headers (found by `toml`'s own
//! lexer, so that a header inside a multi-line string or array is no header): each
//! `[[prioriteiten]]` section with the `[prioriteiten.…]` sub-tables after it is parsed and read
//! on its own, and its tree dropped before the next; everything else is read as one document,
//! the rest.
//!
//! Whatever the split cannot be sure of (a header it does not understand, a sub-table of
//! `prioriteiten` after another table, a rest that names `prioriteiten` itself, any error) makes
//! the split give up, and the caller reads the whole text the usual way: that read then gives
//! the same document or the same error as before. A split read is only ever a faster way to the
//! same answer.
//!
//! Writing goes the other way: the document without its list, then each section written on its
//! own and put where `toml` puts the list, to the same text byte for byte.

use serde::de::DeserializeOwned;
use serde::ser::{self, Impossible, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};
use toml_parser::lexer::TokenKind;
use toml_parser::Source;

use super::{toml_sleutels, velden, Streng};

/// The top-level list that is read a section at a time. [`Sectie`] carries it as its field name
/// (serde needs a literal there); a unit test holds the two together.
pub(crate) const SLEUTEL: &str = "prioriteiten";

/// A document whose list [`SLEUTEL`] can be read and written a section at a time.
pub(crate) trait InDelen: DeserializeOwned + Serialize {
    /// One element of the list.
    type Deel: DeserializeOwned + Serialize;

    /// The list.
    fn delen(&self) -> &[Self::Deel];

    /// The list, read from the sections, put in its place.
    fn zet_delen(&mut self, delen: Vec<Self::Deel>);
}

/// A TOML text split at its `[[prioriteiten]]` sections.
#[derive(Debug)]
pub(crate) struct Splitsing<'a> {
    /// Everything outside the sections, in its order.
    rest: String,
    /// Each section, from its `[[prioriteiten]]` header to the next header outside it.
    delen: Vec<&'a str>,
}

/// One table header: where it starts, and what it opens.
#[derive(Debug, PartialEq)]
enum Kop {
    /// `[[prioriteiten]]`: a new element.
    NieuwDeel,
    /// `[prioriteiten.…]` or `[[prioriteiten.…]]`: inside the last element.
    InDeel,
    /// Any other table.
    Anders,
}

/// From this size on a text is read in parts. Below it the whole read is faster (the split
/// lexes the text twice) and its tree small: real plans are tens of kilobytes. The tests of the
/// split read (`tests/test_document_groot.rs`) pad their documents to a mebibyte.
const DREMPEL: usize = 256 * 1024;

/// Splits a large `tekst` at its `[[prioriteiten]]` sections; `None` when it is small, has no
/// section, or when the split could change what the text means (the caller then reads it
/// whole).
pub(crate) fn splits(tekst: &str) -> Option<Splitsing<'_>> {
    if tekst.len() < DREMPEL {
        return None;
    }
    splits_altijd(tekst)
}

/// A table header of a TOML text, as the split needs it.
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

/// [`splits`], whatever the size.
fn splits_altijd(tekst: &str) -> Option<Splitsing<'_>> {
    let mut koppen = Vec::new();
    for kop in tabelkoppen(tekst)? {
        let soort = match (kop.eerste == SLEUTEL, kop.dieper, kop.lijst) {
            (true, false, true) => Kop::NieuwDeel,
            // `[prioriteiten]`: not a list; the whole read says so.
            (true, false, false) => return None,
            (true, true, _) => Kop::InDeel,
            (false, _, _) => Kop::Anders,
        };
        koppen.push((kop.begin, soort));
    }
    if !koppen.iter().any(|(_, kop)| *kop == Kop::NieuwDeel) {
        return None;
    }
    let mut rest = String::new();
    // Each section as (start, end) in `tekst`.
    let mut secties: Vec<(usize, usize)> = Vec::new();
    let mut in_deel = false;
    if let Some((begin, _)) = koppen.first() {
        rest.push_str(tekst.get(..*begin)?);
    }
    for (i, (begin, kop)) in koppen.iter().enumerate() {
        let eind = koppen.get(i + 1).map_or(tekst.len(), |(b, _)| *b);
        match kop {
            Kop::NieuwDeel => {
                secties.push((*begin, eind));
                in_deel = true;
            }
            // The section grows to take in its sub-table, which follows it directly.
            Kop::InDeel if in_deel => secties.last_mut()?.1 = eind,
            // A sub-table of `prioriteiten` after another table: it belongs to the last
            // element, which is then no longer one piece of text.
            Kop::InDeel => return None,
            Kop::Anders => {
                rest.push_str(tekst.get(*begin..eind)?);
                in_deel = false;
            }
        }
    }
    let delen = secties
        .into_iter()
        .map(|(begin, eind)| tekst.get(begin..eind))
        .collect::<Option<Vec<_>>>()?;
    Some(Splitsing { rest, delen })
}

/// Whether a quoted key holds an escape (only a basic string has them).
fn soort_met_escape(soort: TokenKind, binnen: &str) -> bool {
    soort == TokenKind::BasicString && binnen.contains('\\')
}

/// One section, as read or written on its own: a list of exactly one element.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Sectie<D> {
    prioriteiten: Vec<D>,
}

impl Splitsing<'_> {
    /// The rest, parsed once: for its keys and for the document.
    pub(crate) fn romp(&self) -> Option<toml::Spanned<toml::de::DeTable<'_>>> {
        toml::de::DeTable::parse(&self.rest).ok()
    }

    /// The document read part by part from its parsed rest; `None` on anything the whole read
    /// must judge.
    pub(crate) fn lees<T: InDelen>(&self, romp: toml::Spanned<toml::de::DeTable<'_>>) -> Option<T> {
        if romp.get_ref().keys().any(|k| k.get_ref() == SLEUTEL) {
            return None;
        }
        let mut document = T::deserialize(Streng(toml::Deserializer::from(romp))).ok()?;
        let mut delen = Vec::with_capacity(self.delen.len());
        for deel in &self.delen {
            let tabel = toml::de::DeTable::parse(deel).ok()?;
            let sectie =
                Sectie::<T::Deel>::deserialize(Streng(toml::Deserializer::from(tabel))).ok()?;
            let [element] = <[T::Deel; 1]>::try_from(sectie.prioriteiten).ok()?;
            delen.push(element);
        }
        document.zet_delen(delen);
        Some(document)
    }
}

/// The top-level keys of a split text: its rest's, and the list's.
pub(crate) fn sleutels(romp: &toml::Spanned<toml::de::DeTable<'_>>) -> Vec<String> {
    let mut sleutels = toml_sleutels(romp);
    sleutels.push(SLEUTEL.to_owned());
    sleutels
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

    fn delen(tekst: &str) -> Option<(String, Vec<&str>)> {
        splits_altijd(tekst).map(|s| (s.rest, s.delen))
    }

    #[test]
    fn secties_dragen_de_sleutel() {
        #[derive(Deserialize)]
        struct Leeg;
        assert_eq!(velden::<Sectie<Leeg>>(), [SLEUTEL]);
        let tekst = toml::to_string(&Sectie {
            prioriteiten: vec![1],
        })
        .expect("toml");
        assert!(tekst.starts_with(SLEUTEL), "{tekst}");
    }

    #[test]
    fn kleine_tekst_wordt_heel_gelezen() {
        let tekst = "[[prioriteiten]]\nnaam = \"x\"\n";
        assert!(splits(tekst).is_none());
        assert!(splits_altijd(tekst).is_some());
    }

    #[test]
    fn secties_met_hun_subtabellen() {
        let tekst = "a = 1\n[[prioriteiten]]\nnaam = \"x\"\n[[prioriteiten.effectindicatoren]]\nnaam = \"i\"\n[b]\nc = 2\n[[prioriteiten]]\nnaam = \"y\"\n";
        let (rest, delen) = delen(tekst).expect("splitsbaar");
        assert_eq!(rest, "a = 1\n[b]\nc = 2\n");
        assert_eq!(
            delen,
            [
                "[[prioriteiten]]\nnaam = \"x\"\n[[prioriteiten.effectindicatoren]]\nnaam = \"i\"\n",
                "[[prioriteiten]]\nnaam = \"y\"\n"
            ]
        );
    }

    #[test]
    fn kop_in_tekst_of_waarde_is_geen_kop() {
        let tekst = "a = \"\"\"\n[[prioriteiten]]\n\"\"\"\nb = [\n[1],\n]\n[[prioriteiten]]\nnaam = \"x\"\n";
        let (rest, delen) = delen(tekst).expect("splitsbaar");
        assert_eq!(
            rest,
            "a = \"\"\"\n[[prioriteiten]]\n\"\"\"\nb = [\n[1],\n]\n"
        );
        assert_eq!(delen, ["[[prioriteiten]]\nnaam = \"x\"\n"]);
    }

    #[test]
    fn aanhalingstekens_en_witruimte_in_de_kop() {
        let tekst = "[[ \"prioriteiten\" ]]\nnaam = \"x\"\n[ 'prioriteiten' . sub ]\nc = 1\n";
        let (rest, delen) = delen(tekst).expect("splitsbaar");
        assert_eq!(rest, "");
        assert_eq!(delen, [tekst]);
    }

    #[test]
    fn twijfel_geeft_op() {
        for tekst in [
            // No section at all.
            "a = 1\n[b]\nc = 2\n",
            // A sub-table of the last element after another table.
            "[[prioriteiten]]\nnaam = \"x\"\n[b]\n[prioriteiten.sub]\n",
            // A table, not a list.
            "[prioriteiten]\nnaam = \"x\"\n",
            // An escape in the key.
            "[[\"priorite\\u0069ten\"]]\nnaam = \"x\"\n",
            // A sub-table before any element.
            "[prioriteiten.sub]\n[[prioriteiten]]\n",
            // An unclosed header.
            "[[prioriteiten\n",
        ] {
            assert!(delen(tekst).is_none(), "{tekst}");
        }
    }
}
