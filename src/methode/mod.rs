//! The method of part 1 of the handbook: uitgangspunten, stappenplan, chapters, guidance.
