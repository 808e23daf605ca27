//! JSON Schemas of the documents, for tools not written in Rust.

use super::analyse::Veiligheidsanalyse;
use super::ivp::Ivp;
use super::lezen::DocumentSoort;
use super::uitvoeringsplan::Uitvoeringsplan;

impl DocumentSoort {
    /// The JSON Schema (draft 2020-12) of this kind of document, as a JSON value.
    ///
    /// The schema describes what the reader accepts: required keys, `additionalProperties:
    /// false` everywhere, themes as codes (a name is accepted too), placeholders
    /// `{ "in_te_vullen": "..." }` where a field may be left open.
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
        schema.to_value()
    }
}
