//! The three strategic cross-cutting themes (filled in by the methode brief).
