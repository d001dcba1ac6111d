//! Fuzz target: `import::read_file` on any bytes as a `.json` file (see `fuzz/check.rs`).
#![no_main]

#[allow(dead_code)]
#[path = "../check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::import("json", data));
