//! Fuzz target: `corpus::read_document` on any bytes (see `fuzz/check.rs`).
#![no_main]

#[allow(dead_code)]
#[path = "../check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::corpus_read(data));
