//! From the English of serde, serde_json and toml to the Dutch of a [`LeesFout`](super::LeesFout):
//! key paths, positions and messages.
//!
//! serde's messages have a fixed shape ("unknown field `x`, expected one of `a`, `b`", "invalid
//! type: integer `5`, expected a string"); they are recognised by that shape and rewritten.
//! Messages this crate writes itself are Dutch already and pass unchanged.

use serde_path_to_error::{Path, Segment};

use super::Formaat;

/// The key path as `prioriteiten[2].themas[0]`; keys that are not plain words are quoted.
pub(super) fn pad(pad: &Path) -> String {
    let mut uit = String::new();
    for segment in pad.iter() {
        match segment {
            Segment::Seq { index } => uit.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !uit.is_empty() {
                    uit.push('.');
                }
                let gewoon = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
                if gewoon {
                    uit.push_str(key);
                } else {
                    uit.push_str(&format!("{key:?}"));
                }
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    uit
}

/// Line and column (from 1, in characters) of byte offset `index` in `tekst`.
pub(super) fn positie(tekst: &str, index: usize) -> (usize, usize) {
    let mut index = index.min(tekst.len());
    while !tekst.is_char_boundary(index) {
        index -= 1;
    }
    let voor = tekst.get(..index).unwrap_or_default();
    let regel = voor.bytes().filter(|&b| b == b'\n').count() + 1;
    let begin_regel = voor.rfind('\n').map_or(0, |i| i + 1);
    let kolom = voor.get(begin_regel..).unwrap_or_default().chars().count() + 1;
    (regel, kolom)
}

/// Line and column (in characters) of a serde_json error.
///
/// serde_json reports the line and the byte column of the last character it read. For an error
/// in a value (`waarde_fout`: wrong type, unknown theme, bad date) that is the value's last
/// character; the position is moved back to the value's first character, where TOML's spans
/// point too.
pub(super) fn json_positie(
    tekst: &str,
    regel: usize,
    kolom: usize,
    waarde_fout: bool,
) -> (usize, usize) {
    let begin_regel = tekst
        .split_inclusive('\n')
        .take(regel.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let mut index = (begin_regel + kolom.saturating_sub(1)).min(tekst.len());
    if waarde_fout {
        index = begin_van_waarde(tekst.as_bytes(), index);
    }
    positie(tekst, index)
}

/// The start of the JSON value that ends at `index` (a string, number or word), or that starts
/// after the white space at `index`.
fn begin_van_waarde(bytes: &[u8], index: usize) -> usize {
    match bytes.get(index) {
        Some(b'"') => {
            let mut i = index;
            while i > 0 {
                i -= 1;
                if bytes.get(i) == Some(&b'"') {
                    let backslashes = bytes
                        .get(..i)
                        .unwrap_or_default()
                        .iter()
                        .rev()
                        .take_while(|&&b| b == b'\\')
                        .count();
                    if backslashes % 2 == 0 {
                        return i;
                    }
                }
                if bytes.get(i) == Some(&b'\n') {
                    break;
                }
            }
            index
        }
        Some(b) if b.is_ascii_alphanumeric() => {
            let mut i = index;
            while i > 0
                && bytes
                    .get(i - 1)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
            {
                i -= 1;
            }
            i
        }
        // serde_json peeked at the value without reading it: the value starts after the space.
        Some(b) if b.is_ascii_whitespace() || matches!(b, b':' | b',') => {
            let mut i = index;
            while bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b':' | b','))
            {
                i += 1;
            }
            if i < bytes.len() {
                i
            } else {
                index
            }
        }
        _ => index,
    }
}

/// The Dutch message of a serde_json error (without serde_json's " at line .. column ..").
pub(super) fn json_bericht(fout: &serde_json::Error) -> String {
    let volledig = fout.to_string();
    let achtervoegsel = format!(" at line {} column {}", fout.line(), fout.column());
    let bericht = volledig.strip_suffix(&achtervoegsel).unwrap_or(&volledig);
    if let Some(syntaxis) = json_syntaxis(bericht) {
        return syntaxis;
    }
    vertaal(bericht, Formaat::Json)
}

fn json_syntaxis(bericht: &str) -> Option<String> {
    let nl = match bericht {
        "EOF while parsing a list" => "onverwacht einde van de invoer in een lijst: verwacht `]`",
        "EOF while parsing an object" => {
            "onverwacht einde van de invoer in een object: verwacht `}`"
        }
        "EOF while parsing a string" => {
            "onverwacht einde van de invoer in een tekst: verwacht een afsluitend `\"`"
        }
        "EOF while parsing a value" => "onverwacht einde van de invoer: verwacht een waarde",
        "expected `:`" => "verwacht `:` na de sleutel",
        "expected `,` or `]`" => "verwacht `,` of `]`",
        "expected `,` or `}`" => "verwacht `,` of `}`",
        "expected ident" => "verwacht true, false of null",
        "expected value" => "verwacht een waarde",
        "expected `\"`" => "verwacht `\"`",
        "invalid escape" => "ongeldige escape in een tekst",
        "invalid number" => "ongeldig getal",
        "number out of range" => "getal buiten bereik",
        "invalid unicode code point" => "ongeldig Unicode-codepunt",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "stuurteken (\\u0000-\\u001F) in een tekst: schrijf het als escape"
        }
        "key must be a string" => "een sleutel moet een tekst zijn",
        "lone leading surrogate in hex escape" => "losse surrogaat in een \\u-escape",
        "trailing comma" => "overbodige komma",
        "trailing characters" => "onverwachte tekens na het einde van het document",
        "unexpected end of hex escape" => "onvolledige \\u-escape",
        "recursion limit exceeded" => "te diep genest",
        _ => return None,
    };
    Some(nl.to_owned())
}

/// The Dutch message of a toml error message (syntax or structure).
pub(super) fn toml_bericht(bericht: &str) -> String {
    let (kern, verwacht) = match bericht.split_once(", expected ") {
        Some((kern, verwacht)) if toml_syntaxis(kern).is_some() => (kern, Some(verwacht)),
        _ => (bericht, None),
    };
    let Some(nl) = toml_syntaxis(kern) else {
        return vertaal(bericht, Formaat::Toml);
    };
    match verwacht {
        Some(verwacht) => format!("{nl}: verwacht {}", toml_verwacht(verwacht)),
        None => nl.to_owned(),
    }
}

fn toml_syntaxis(bericht: &str) -> Option<&'static str> {
    Some(match bericht {
        "duplicate key" => "sleutel komt twee keer voor",
        "carriage return must be followed by newline" => {
            "een carriage return moet door een nieuwe regel gevolgd worden"
        }
        "missing opening quote" => "openingsaanhalingsteken ontbreekt",
        "missing comma between array elements" => {
            "komma tussen de elementen van de lijst ontbreekt"
        }
        "integers with a radix cannot be signed" => {
            "een geheel getal met grondtal kan geen teken hebben"
        }
        "radix must be lowercase" => "het grondtal moet in kleine letters",
        "missing assignment between key-value pairs" => "`=` tussen sleutel en waarde ontbreekt",
        "unexpected leading zero" => "onverwachte voorloopnul",
        "unclosed array table" => "niet afgesloten lijst-tabelkop",
        "missing key for inline table element" => "sleutel ontbreekt in de inline tabel",
        "missing inline table opening" => "`{` ontbreekt",
        "missing escaped value" => "escape zonder waarde",
        "missing array opening" => "`[` ontbreekt",
        "invalid unquoted key" => "ongeldige sleutel zonder aanhalingstekens",
        "cannot recurse further; max recursion depth met" | "recursion limit" => "te diep genest",
        "unquoted keys cannot be empty" => "een sleutel zonder aanhalingstekens kan niet leeg zijn",
        "unexpected sign" => "onverwacht teken + of -",
        "unexpected key or value" => "onverwachte sleutel of waarde",
        "unexpected content" => "onverwachte inhoud",
        "unexpected content between comment and newline" => {
            "onverwachte inhoud tussen commentaar en einde van de regel"
        }
        "unexpected `=` in array" => "onverwachte `=` in een lijst",
        "unclosed table" => "niet afgesloten tabelkop",
        "unclosed inline table" => "niet afgesloten inline tabel",
        "unclosed array" => "niet afgesloten lijst",
        "too few unicode value digits" => "te weinig cijfers in een Unicode-escape",
        "string values must be quoted" => "tekst moet tussen aanhalingstekens staan",
        "redundant numeric sign" => "overbodig teken + of -",
        "redundant integer number prefix" => "overbodig voorvoegsel van een getal",
        "missing value" => "waarde ontbreekt",
        "missing value for key" => "waarde bij de sleutel ontbreekt",
        "missing table open" => "`[` van de tabelkop ontbreekt",
        "missing comment start" => "`#` van het commentaar ontbreekt",
        "missing comma between key-value pairs" => "komma tussen de sleutels ontbreekt",
        "keys cannot be multi-line literal strings" | "keys cannot be multi-line basic strings" => {
            "een sleutel kan geen tekst over meerdere regels zijn"
        }
        "key with no value" => "sleutel zonder waarde",
        "invalid value" => "ongeldige waarde",
        "invalid key-value pair" => "ongeldig sleutel-waardepaar",
        "invalid inline table element" => "ongeldig element in de inline tabel",
        "invalid comment character" => "ongeldig teken in commentaar",
        "extra comma in inline table" => "overbodige komma in de inline tabel",
        "extra comma in array" => "overbodige komma in de lijst",
        "extra assignment between key-value pairs" => "overbodige `=`",
        "extra `=`" => "overbodige `=`",
        "`_` may only go between digits" => "`_` mag alleen tussen cijfers staan",
        "invalid basic string" => "ongeldige tekst",
        "invalid literal string" => "ongeldige letterlijke tekst",
        "invalid integer" | "invalid float" | "invalid number" | "invalid integer number" => {
            "ongeldig getal"
        }
        "invalid hexadecimal number" => "ongeldig hexadecimaal getal",
        "invalid octal number" => "ongeldig octaal getal",
        "invalid binary number" => "ongeldig binair getal",
        "invalid exponent" => "ongeldige exponent in een getal",
        "invalid fraction" => "ongeldig getal: na de punt horen cijfers",
        "invalid mantissa" => "ongeldig getal",
        "invalid boolean" => "ongeldige waarde: true of false",
        "invalid datetime" | "invalid date-time" => "ongeldige datum of tijd",
        "invalid date" => "ongeldige datum",
        "invalid time" => "ongeldige tijd",
        "unsupported datetime combination" => "ongeldige combinatie van datum en tijd",
        "nanoseconds overflowed" => "te veel cijfers in de seconden",
        "invalid key" => "ongeldige sleutel",
        "invalid string" => "ongeldige tekst",
        "invalid multi-line basic string" => "ongeldige tekst over meerdere regels",
        "invalid multi-line literal string" => "ongeldige letterlijke tekst over meerdere regels",
        "invalid table" => "ongeldige tabel",
        "cannot extend value of type array with a dotted key" => {
            "een lijst kan niet met een sleutel met punten worden uitgebreid"
        }
        "cannot extend value of type inline table with a dotted key" => {
            "een inline tabel kan niet met een sleutel met punten worden uitgebreid"
        }
        "integer number overflowed" => "geheel getal buiten bereik",
        "floating-point number overflowed" => "getal buiten bereik",
        _ => return None,
    })
}

fn toml_verwacht(verwacht: &str) -> String {
    let delen: Vec<String> = verwacht
        .split(", ")
        .map(|deel| match deel {
            "newline" => "een nieuwe regel".to_owned(),
            "nothing" => "niets".to_owned(),
            "key" => "een sleutel".to_owned(),
            "value" => "een waarde".to_owned(),
            "numbers" | "digits" => "cijfers".to_owned(),
            "letters" => "letters".to_owned(),
            "literal string" => "een letterlijke tekst".to_owned(),
            "basic string" => "een tekst".to_owned(),
            "unicode hexadecimal value" => "een hexadecimale Unicode-waarde".to_owned(),
            "printable characters" => "afdrukbare tekens".to_owned(),
            "etc" => "enzovoort".to_owned(),
            "`true`" => "`true`".to_owned(),
            "`false`" => "`false`".to_owned(),
            "day between 01 and 28" => "een dag van 01 tot en met 28".to_owned(),
            "day between 01 and 29" => "een dag van 01 tot en met 29".to_owned(),
            "day between 01 and 30" => "een dag van 01 tot en met 30".to_owned(),
            "day between 01 and 31" => "een dag van 01 tot en met 31".to_owned(),
            "month between 01 and 12" => "een maand van 01 tot en met 12".to_owned(),
            "hour between 00 and 23" | "hours between 00 and 23" => {
                "een uur van 00 tot en met 23".to_owned()
            }
            "minute between 00 and 59" | "minutes between 00 and 59" => {
                "minuten van 00 tot en met 59".to_owned()
            }
            "second between 00 and 60" => "seconden van 00 tot en met 60".to_owned(),
            "year or hour" => "een jaar of een uur".to_owned(),
            "non-double-quote visible characters" => "zichtbare tekens behalve `\"`".to_owned(),
            "non-single-quote visible characters" | "non-single-quote characters" => {
                "tekens behalve `'`".to_owned()
            }
            ander => ander.to_owned(),
        })
        .collect();
    of_lijst(&delen)
}

/// "a", "a of b", "a, b of c".
fn of_lijst(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [begin @ .., laatste] => format!("{} of {laatste}", begin.join(", ")),
    }
}

/// A type as toml names it, in Dutch with its article.
fn toml_soort(naam: &str) -> Option<&'static str> {
    Some(match naam {
        "table" | "inline table" => "een tabel",
        "array" | "array of tables" => "een lijst",
        "string" => "een tekst",
        "integer" => "een geheel getal",
        "float" => "een getal",
        "boolean" => "waar of onwaar",
        "datetime" | "date-time" | "date" | "time" => "een datum",
        _ => return None,
    })
}

/// Translates serde's generic messages; any other message (already Dutch) passes unchanged.
pub(super) fn vertaal(bericht: &str, formaat: Formaat) -> String {
    if let Some(rest) = bericht.strip_prefix("unknown field ") {
        return onbekend("sleutel", rest, "; hier zijn geen sleutels toegestaan");
    }
    if let Some(rest) = bericht.strip_prefix("unknown variant ") {
        return onbekend("waarde", rest, "");
    }
    if let Some(rest) = bericht.strip_prefix("missing field ") {
        return format!(
            "verplichte sleutel \"{}\" ontbreekt",
            zonder_backticks(rest)
        );
    }
    if let Some(rest) = bericht.strip_prefix("duplicate field ") {
        return format!("sleutel \"{}\" komt twee keer voor", zonder_backticks(rest));
    }
    // serde's "<what> <got>, expected <wanted>": what was got, and what was wanted.
    let gekregen = |soort: &str| {
        let (kreeg, verwacht) = bericht.strip_prefix(soort)?.rsplit_once(", expected ")?;
        Some((kreeg, verwachting(verwacht, formaat)))
    };
    if let Some((kreeg, verwacht)) = gekregen("invalid type: ") {
        return format!(
            "verwacht {verwacht} maar kreeg {}",
            onverwacht(kreeg, formaat)
        );
    }
    if let Some((kreeg, verwacht)) = gekregen("invalid value: ") {
        return format!(
            "ongeldige waarde {}: verwacht {verwacht}",
            onverwacht(kreeg, formaat)
        );
    }
    if let Some((lengte, verwacht)) = gekregen("invalid length ") {
        return format!("verkeerde lengte {lengte}: verwacht {verwacht}");
    }
    // toml's enum reader, given a table where one word is expected (`soort = {}`).
    if let Some(rest) = bericht.strip_prefix("wanted exactly 1 element, found ") {
        let aantal = rest.split(' ').next().unwrap_or("0");
        let sleutels = if aantal == "1" { "sleutel" } else { "sleutels" };
        return format!(
            "verwacht één woord (een tekst tussen aanhalingstekens) maar kreeg een tabel met \
             {aantal} {sleutels}"
        );
    }
    // toml's own type errors: "expected table, found integer".
    if let Some((verwacht, kreeg)) = bericht
        .strip_prefix("expected ")
        .and_then(|r| r.split_once(", found "))
    {
        if let (Some(verwacht), Some(kreeg)) = (toml_soort(verwacht), toml_soort(kreeg)) {
            return format!("verwacht {verwacht} maar kreeg {kreeg}");
        }
    }
    match bericht {
        "recursion limit exceeded" => "te diep genest".to_owned(),
        "expected empty array" => "verwacht een lege lijst".to_owned(),
        "expected empty table" => "verwacht een lege tabel".to_owned(),
        "integer number overflowed" | "u64 value was too large" => {
            "geheel getal buiten bereik".to_owned()
        }
        "floating-point number overflowed" => "getal buiten bereik".to_owned(),
        "value is missing" => "waarde ontbreekt".to_owned(),
        "wanted string or table" => "verwacht een van de toegestane waarden, als tekst".to_owned(),
        _ => bericht.to_owned(),
    }
}

fn zonder_backticks(s: &str) -> &str {
    s.strip_prefix('`')
        .and_then(|s| s.strip_suffix('`'))
        .unwrap_or(s)
}

/// serde's "unknown field" or "unknown variant" message, `rest` being what follows those words:
/// `onbekende {wat} "naam"` and what is allowed, or `zonder_lijst` added where serde names
/// nothing allowed.
fn onbekend(wat: &str, rest: &str, zonder_lijst: &str) -> String {
    let (naam, toegestaan) = naam_en_rest(rest);
    match toegestaan {
        Some(lijst) if !lijst.is_empty() => {
            let woord = if lijst.len() == 1 { "is" } else { "zijn" };
            format!(
                "onbekende {wat} \"{naam}\"; toegestaan {woord}: {}",
                lijst.join(", ")
            )
        }
        _ => format!("onbekende {wat} \"{naam}\"{zonder_lijst}"),
    }
}

/// "`x`, expected one of `a`, `b`" → ("x", Some(["a", "b"])); "`x`, there are no fields" →
/// ("x", None).
fn naam_en_rest(rest: &str) -> (&str, Option<Vec<&str>>) {
    let Some(na_open) = rest.strip_prefix('`') else {
        return (rest, None);
    };
    // The name itself may contain a backtick; the list starts at the last "`, ".
    let Some((naam, staart)) = na_open.rsplit_once("`, expected ").or_else(|| {
        na_open
            .rsplit_once("`, there are no ")
            .map(|(naam, _)| (naam, ""))
    }) else {
        return (na_open.strip_suffix('`').unwrap_or(na_open), None);
    };
    if staart.is_empty() {
        return (naam, None);
    }
    // serde writes one name as "`a`", two as "`a` or `b`", more as "one of `a`, `b`, `c`".
    let namen = match staart.strip_prefix("one of ") {
        Some(lijst) => lijst.split(", ").map(zonder_backticks).collect(),
        None => staart.split(" or ").map(zonder_backticks).collect(),
    };
    (naam, Some(namen))
}

/// What JSON calls an object and TOML a table.
fn tabel(formaat: Formaat) -> &'static str {
    match formaat {
        Formaat::Json => "een object",
        Formaat::Toml => "een tabel",
    }
}

/// serde's `Unexpected` in Dutch.
fn onverwacht(kreeg: &str, formaat: Formaat) -> String {
    if let Some(tekst) = kreeg.strip_prefix("string ") {
        return format!("de tekst {tekst}");
    }
    if let Some(getal) = kreeg.strip_prefix("integer ") {
        // toml says "integer `1` as i128" for numbers beyond i64.
        let getal = getal.split_once(" as ").map_or(getal, |(getal, _)| getal);
        return format!("het getal {}", zonder_backticks(getal));
    }
    if let Some(getal) = kreeg.strip_prefix("floating point ") {
        return format!("het getal {}", zonder_backticks(getal));
    }
    if let Some(waarde) = kreeg.strip_prefix("boolean ") {
        return format!("de waarde {}", zonder_backticks(waarde));
    }
    if let Some(teken) = kreeg.strip_prefix("character ") {
        return format!("het teken {}", zonder_backticks(teken));
    }
    match kreeg {
        "map" => tabel(formaat).to_owned(),
        "sequence" => "een lijst".to_owned(),
        "unit value" | "null" => "null".to_owned(),
        "Option value" => "een optionele waarde".to_owned(),
        "unit variant" | "newtype variant" | "tuple variant" | "struct variant" => {
            "een variant".to_owned()
        }
        "newtype struct" => "een waarde".to_owned(),
        "byte array" => "bytes".to_owned(),
        ander => ander.to_owned(),
    }
}

/// serde's `Expected` in Dutch; this crate's own expectations are Dutch already, and those of
/// [`Streng`](super::Streng) are TOML's words, rewritten here for JSON. No Rust type name is
/// passed on.
fn verwachting(verwacht: &str, formaat: Formaat) -> String {
    if verwacht.starts_with("struct ") {
        return tabel(formaat).to_owned();
    }
    if verwacht.starts_with("enum ") {
        return "een van de toegestane waarden".to_owned();
    }
    if formaat == Formaat::Json {
        if let Some(begin) = verwacht.find("een tabel { ") {
            let rest = verwacht
                .get(begin + "een tabel { ".len()..)
                .unwrap_or_default();
            if let Some(eind) = rest.find(" }") {
                let velden: Vec<String> = rest
                    .get(..eind)
                    .unwrap_or_default()
                    .split(", ")
                    .map(|veld| format!("\"{}\": …", veld.strip_suffix(" = …").unwrap_or(veld)))
                    .collect();
                let voor = verwacht.get(..begin).unwrap_or_default();
                let na = rest.get(eind + " }".len()..).unwrap_or_default();
                return format!("{voor}een object {{{}}}{na}", velden.join(", "));
            }
        }
        if let Some(rest) = verwacht.strip_prefix("een tabel") {
            return format!("een object{rest}");
        }
        if verwacht == "een lege tabel" {
            return "een leeg object".to_owned();
        }
    }
    match verwacht {
        "a string" | "a borrowed string" | "a string or bytes" => "tekst".to_owned(),
        "a sequence" => "een lijst".to_owned(),
        "a map" => tabel(formaat).to_owned(),
        "a boolean" => "true of false".to_owned(),
        "a character" => "één teken".to_owned(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "u8" | "u16" | "u32" | "u64" | "u128" | "isize"
        | "usize" => "een geheel getal".to_owned(),
        "f32" | "f64" => "een getal".to_owned(),
        "field identifier" | "variant identifier" => "een sleutel".to_owned(),
        "unit" => "null".to_owned(),
        "option" => "een waarde".to_owned(),
        ander => ander.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_berichten() {
        assert_eq!(
            vertaal(
                "unknown field `foo`, expected one of `naam`, `themas`",
                Formaat::Toml
            ),
            "onbekende sleutel \"foo\"; toegestaan zijn: naam, themas"
        );
        assert_eq!(
            vertaal(
                "unknown field `foo`, expected `in_te_vullen`",
                Formaat::Toml
            ),
            "onbekende sleutel \"foo\"; toegestaan is: in_te_vullen"
        );
        assert_eq!(
            vertaal(
                "unknown field `waard`, expected `jaar` or `waarde`",
                Formaat::Toml
            ),
            "onbekende sleutel \"waard\"; toegestaan zijn: jaar, waarde"
        );
        assert_eq!(
            vertaal("unknown field `foo`, there are no fields", Formaat::Toml),
            "onbekende sleutel \"foo\"; hier zijn geen sleutels toegestaan"
        );
        assert_eq!(
            vertaal("missing field `van`", Formaat::Toml),
            "verplichte sleutel \"van\" ontbreekt"
        );
        assert_eq!(
            vertaal(
                "invalid type: integer `5`, expected a string",
                Formaat::Toml
            ),
            "verwacht tekst maar kreeg het getal 5"
        );
        assert_eq!(
            vertaal(
                "invalid type: string \"a, expected b\", expected a sequence",
                Formaat::Toml
            ),
            "verwacht een lijst maar kreeg de tekst \"a, expected b\""
        );
        assert_eq!(
            vertaal(
                "unknown variant `gr`, expected one of `raad`, `college`, `burgemeester`",
                Formaat::Toml
            ),
            "onbekende waarde \"gr\"; toegestaan zijn: raad, college, burgemeester"
        );
        assert_eq!(
            vertaal("al in het Nederlands", Formaat::Toml),
            "al in het Nederlands"
        );
    }

    #[test]
    fn posities_in_tekens() {
        assert_eq!(positie("ab\ncdé\nf", 0), (1, 1));
        assert_eq!(positie("ab\ncdé\nf", 3), (2, 1));
        assert_eq!(positie("ab\ncdé\nf", 8), (3, 1));
        assert_eq!(positie("ab\ncdé\nf", 7), (2, 4));
        assert_eq!(positie("é", 1), (1, 1));
        // serde_json's column is in bytes and points at the value's last character.
        assert_eq!(json_positie("{\"a\": \"é\"}", 1, 10, true), (1, 7));
        assert_eq!(json_positie("{\"a\":\n 12}", 2, 3, true), (2, 2));
        assert_eq!(json_positie("{\"a\": \"x\\\"y\"}", 1, 12, true), (1, 7));
        assert_eq!(json_positie("{\"a\": 1", 1, 9, false), (1, 8));
    }

    #[test]
    fn toml_syntaxis_met_verwachting() {
        assert_eq!(
            toml_bericht("unclosed table, expected `]`"),
            "niet afgesloten tabelkop: verwacht `]`"
        );
        assert_eq!(
            toml_bericht("invalid unquoted key, expected letters, numbers, `-`, `_`"),
            "ongeldige sleutel zonder aanhalingstekens: verwacht letters, cijfers, `-` of `_`"
        );
    }
}
