//! A tool that draws the raakvlakken around a set of chosen priorities as a Graphviz graph,
//! and lists the cross-links no priority watches ("dwarsverbanden die niemand bewaakt").
//!
//! ```text
//! cargo run --example raakvlakken_tekenen -- 1.3 5.2 > raakvlakken.dot
//! dot -Tsvg raakvlakken.dot > raakvlakken.svg
//! ```

use std::error::Error;
use std::process::ExitCode;

use kernbeleid::catalogus::Thema;
use kernbeleid::raakvlakken::{self, Dot, ThemaSet};

fn main() -> ExitCode {
    // Errors are shown with their Dutch Display, not their Debug form.
    match voer_uit() {
        Ok(()) => ExitCode::SUCCESS,
        Err(fout) => {
            eprintln!("fout: {fout}");
            ExitCode::FAILURE
        }
    }
}

fn voer_uit() -> Result<(), Box<dyn Error>> {
    let mut gekozen = ThemaSet::EMPTY;
    for arg in std::env::args().skip(1) {
        gekozen.insert(arg.parse::<Thema>()?);
    }
    if gekozen.is_empty() {
        gekozen = "1.3, 5.2".parse()?;
    }
    let onbewaakt = raakvlakken::onbewaakt(gekozen);
    eprintln!("Prioriteiten: {gekozen:#}");
    eprintln!(
        "Dwarsverbanden die niemand bewaakt ({}): {onbewaakt:#}",
        onbewaakt.len()
    );
    print!(
        "{}",
        Dot {
            themas: gekozen | onbewaakt
        }
    );
    Ok(())
}
