//! Tidy: every Rust source file starts with a `//!` line saying what it owns, the engine
//! modules stay free of browser APIs and IO, and no test is ignored.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("target") && !p.ends_with("node_modules") {
                rust_files(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn all_sources() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for d in ["src", "tests", "xtask/src", "benches", "fuzz"] {
        let dir = root().join(d);
        if dir.exists() {
            rust_files(&dir, &mut files);
        }
    }
    files.sort();
    files
}

#[test]
fn every_source_file_says_what_it_owns() {
    let missing: Vec<String> = all_sources()
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "build.rs"))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            !text.trim_start().starts_with("//!")
        })
        .map(|p| p.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a leading `//!` doc line: {missing:?}");
}

#[test]
fn engine_does_no_io_and_touches_no_browser() {
    let forbidden = ["std::fs", "std::net", "std::process", "web_sys", "wasm_bindgen", "gloo", "yew", "println!", "eprintln!"];
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut offenders = Vec::new();
    for p in files {
        let rel = p.strip_prefix(root().join("src")).unwrap();
        if rel.starts_with("ui") || rel == Path::new("main.rs") {
            continue; // the Yew shell and the CLI are the only places allowed to touch the outside
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for f in forbidden {
            if text.contains(f) {
                offenders.push(format!("{} uses {f}", rel.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "the engine must stay pure: {offenders:?}");
}

#[test]
fn no_test_is_ignored_or_expected_to_panic() {
    let bad: Vec<String> = all_sources()
        .into_iter()
        .filter(|p| !p.ends_with("tidy.rs"))
        .filter(|p| {
            let t = std::fs::read_to_string(p).unwrap();
            t.contains("#[ignore") || t.contains("#[should_panic")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}
