//! JSON Schemas of the documents, for tools not written in Rust.

use super::analyse::Veiligheidsanalyse;
use super::ivp::Ivp;
use super::soort::DocumentSoort;
use super::uitvoeringsplan::Uitvoeringsplan;

impl DocumentSoort {
    /// The JSON Schema (draft 2020-12) of this kind of document, as a JSON value.
    ///
    /// The schema describes what the reader accepts: required keys, `additionalProperties:
    /// false` on every table, themes as codes (a name is accepted too), placeholders
    /// `{ "in_te_vullen": "..." }` where a field may be left open. The descriptions are the
    /// crate's documentation (English, like the rustdoc), without its code examples.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::DocumentSoort;
    ///
    /// let schema = DocumentSoort::Ivp.schema();
    /// assert_eq!(schema["title"], "Ivp");
    /// assert_eq!(schema["required"], serde_json::json!(["gemeenten", "periode"]));
    /// ```
    pub fn schema(self) -> serde_json::Value {
        let schema = match self {
            DocumentSoort::Ivp => schemars::schema_for!(Ivp),
            DocumentSoort::Uitvoeringsplan => schemars::schema_for!(Uitvoeringsplan),
            DocumentSoort::Analyse => schemars::schema_for!(Veiligheidsanalyse),
        };
        let mut waarde = schema.to_value();
        zonder_voorbeelden(&mut waarde);
        waarde
    }
}

/// Cuts the `# Example` sections (Rust code) out of the descriptions taken from rustdoc, and
/// turns rustdoc links (``[`Ivp`](Self::ivp)``) into plain code spans.
fn zonder_voorbeelden(waarde: &mut serde_json::Value) {
    match waarde {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(tekst)) = map.get_mut("description") {
                let kort = match tekst.find("# Example") {
                    Some(i) => tekst.get(..i).unwrap_or_default().trim_end().to_owned(),
                    None => tekst.clone(),
                };
                *tekst = zonder_links(&kort);
            }
            map.values_mut().for_each(zonder_voorbeelden);
        }
        serde_json::Value::Array(lijst) => lijst.iter_mut().for_each(zonder_voorbeelden),
        _ => {}
    }
}

/// "[`x`](pad)" → "`x`".
fn zonder_links(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut rest = tekst;
    while let Some(begin) = rest.find("[`") {
        let Some(eind) = rest.get(begin..).and_then(|r| r.find("`]")) else {
            break;
        };
        let code = rest.get(begin + 1..begin + eind + 1).unwrap_or_default();
        uit.push_str(rest.get(..begin).unwrap_or_default());
        uit.push_str(code);
        rest = rest.get(begin + eind + 2..).unwrap_or_default();
        if rest.starts_with('(') {
            match rest.find(')') {
                Some(sluit) => rest = rest.get(sluit + 1..).unwrap_or_default(),
                None => break,
            }
        }
    }
    uit.push_str(rest);
    uit
}
