//! The reader on any bytes, as JSON, as TOML and with the format left to the content: it returns
//! a document or a Dutch read error, and never panics or hangs.
#![no_main]

use std::path::Path;

use kernbeleid::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for naam in [
        None,
        Some(Path::new("plan.json")),
        Some(Path::new("plan.toml")),
    ] {
        if let Err(fout) = Document::lees(bytes, naam) {
            // Every read error says something.
            assert!(!fout.to_string().is_empty());
        }
    }
});
