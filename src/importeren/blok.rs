//! The blocks a plan is read into, whatever its format: headings, paragraphs (list items
//! marked), tables.

/// A block of a plan's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Blok {
    /// A heading.
    Kop(Kop),
    /// A paragraph or list item.
    Alinea {
        /// The text, on one line.
        tekst: String,
        /// Whether it is a list item (its marker left out).
        opsomming: bool,
    },
    /// A table: rows of cells.
    Tabel(Vec<Vec<String>>),
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Kop {
    /// Its level: 1 a chapter, 2 a section, ...; 0 where the text gives none (a short line
    /// standing alone, a Word heading without level): the level is then taken from its place.
    pub(crate) niveau: usize,
    /// Its number as written, "3.2.1".
    pub(crate) nummer: Option<String>,
    /// The title without number.
    pub(crate) titel: String,
    /// The line as the plan writes it.
    pub(crate) origineel: String,
}

impl Kop {
    pub(crate) fn new(niveau: usize, nummer: Option<String>, titel: &str, origineel: &str) -> Kop {
        Kop {
            niveau,
            nummer,
            titel: titel.trim().to_owned(),
            origineel: origineel.trim().trim_start_matches('#').trim().to_owned(),
        }
    }

    /// What makes two headings the same one (a table of contents and the text).
    pub(crate) fn sleutel(&self) -> String {
        let mut s = self.nummer.clone().unwrap_or_default();
        s.push(' ');
        s.push_str(&self.titel.to_lowercase());
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
