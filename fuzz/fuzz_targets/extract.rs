//! Fuzz target: the extractor (`extract::analyze_corpus`) on any text and any document
//! date; the first four bytes choose the date (see `check::date_of`).
#![no_main]

#[allow(dead_code)]
#[path = "../check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::extract(data));
