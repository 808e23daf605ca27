//! What the tests of `kbv` share: running the binary and reading what it printed.

#![allow(dead_code)] // every test binary uses its own part

use std::process::{Command, Output};

/// Runs `kbv` with `args`, without standard input.
pub fn kbv(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kbv"))
        .args(args)
        .output()
        .expect("kbv draait")
}

/// What `kbv` printed on standard output.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8")
}

/// What `kbv` printed on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8")
}

/// `kbv skelet` for Utrecht, 2027-2030, with `args` after it (priorities, format, kind).
pub fn skelet_utrecht(args: &[&str]) -> Output {
    let mut alle = vec!["skelet", "--gemeente", "Utrecht", "--periode", "2027-2030"];
    alle.extend_from_slice(args);
    kbv(&alle)
}
