//! The method's content as static data: the five veiligheidsvelden, their 22 thema's, the six
//! aanpak-aspecten of veld 1 and the three strategic cross-cutting themes.

pub(crate) mod naam;
mod strategisch;

pub use strategisch::*;
