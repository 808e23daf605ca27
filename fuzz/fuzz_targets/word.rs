//! The Word reader on any bytes, with the invariants of [`word_gedeeld::lees_en_terug`].
#![no_main]

use libfuzzer_sys::fuzz_target;

mod word_gedeeld;

fuzz_target!(|bytes: &[u8]| word_gedeeld::lees_en_terug(bytes));
