//! Rendering documents for people, and reading back what they wrote: the .docx a coordinator
//! fills in (`docx`, with the `word` feature) and a page to publish ([`html`]).
//!
//! Both render one layout of the document, in the order and wording of the Markdown skeleton
//! ([`skelet::ivp_naar_markdown`](crate::skelet::ivp_naar_markdown) and its siblings): the
//! handbook's chapters, the fields the gemeente writes, the tables of indicators, measures,
//! budget items and figures. The Word reader builds that layout again from the document kept in
//! the file, so it knows for every content control what kind of value it holds and what was
//! written in it.
//!
//! # Example
//!
//! ```
//! use kernbeleid::document::{Document, Periode};
//! use kernbeleid::skelet::{self, IvpOpties, PrioriteitKeuze};
//! use kernbeleid::uitvoer::html;
//!
//! let opties = IvpOpties::new(["Utrecht"], "2027-2030".parse::<Periode>()?, PrioriteitKeuze::lijst("1.3,5.2")?);
//! let ivp = Document::from(skelet::ivp(&opties));
//!
//! # #[cfg(feature = "word")] {
//! use kernbeleid::uitvoer::docx;
//! let word = docx::schrijf(&ivp)?;            // to fill in (feature `word`)
//! assert_eq!(docx::lees(&word)?.document, ivp); // and back
//! # }
//! let pagina = html::schrijf(&ivp);           // to publish
//! assert!(pagina.contains("<html lang=\"nl\">"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![doc(alias = "word")]
#![doc(alias = "export")]

#[cfg(feature = "word")]
pub mod docx;
pub mod html;
mod opmaak;
