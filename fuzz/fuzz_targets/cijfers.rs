//! The CSV readers on any bytes: a download ([`lees`]), the dimension file of region names and
//! the file of inhabitants. Each returns its value or a Dutch error that is short (a huge header
//! or cell is never repeated whole), and never panics or hangs.
#![no_main]

use kernbeleid::cijfers::{lees, Inwoners, Regionamen};
use libfuzzer_sys::fuzz_target;

/// A message names a line and at most a few short cells and columns.
fn kort(fout: &dyn std::error::Error, invoer: &[u8]) {
    let bericht = fout.to_string();
    assert!(!bericht.is_empty());
    assert!(
        bericht.len() <= 4_000 || bericht.len() < invoer.len(),
        "{} bytes of message for {} bytes of input",
        bericht.len(),
        invoer.len()
    );
}

fuzz_target!(|bytes: &[u8]| {
    if let Err(fout) = lees(bytes) {
        kort(&fout, bytes);
    }
    if let Err(fout) = Regionamen::lees(bytes) {
        kort(&fout, bytes);
    }
    if let Err(fout) = Inwoners::lees(bytes) {
        kort(&fout, bytes);
    }
});
