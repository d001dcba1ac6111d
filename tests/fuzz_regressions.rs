//! The fuzzers' regression inputs: every file in `tests/data/fuzz/TARGET/` (each named
//! after what it exercised) goes through the same check as its fuzz target
//! (`fuzz/check.rs`), so a crash, hang or wrong span the fuzzers once found stays fixed.
//! The fuzzers themselves run on demand: `cargo xtask fuzz TARGET`.

#[allow(dead_code)]
#[path = "../fuzz/check.rs"]
mod check;

use std::path::PathBuf;

/// The inputs of one target, sorted by name; `(file name, bytes)`.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut out: Vec<(String, Vec<u8>)> = entries
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    out
}

/// Runs `check` on every input of `target`, naming the input that failed.
fn replay(target: &str, check: impl Fn(&[u8]) + std::panic::RefUnwindSafe) {
    for (name, bytes) in inputs(target) {
        if std::panic::catch_unwind(|| check(&bytes)).is_err() {
            panic!("tests/data/fuzz/{target}/{name} fails again");
        }
    }
}

#[test]
fn corpus_read() {
    replay("corpus_read", check::corpus_read);
}

#[test]
fn extract() {
    replay("extract", check::extract);
}

#[test]
fn import_json() {
    replay("import_json", |b| check::import("json", b));
}

#[test]
fn import_jsonl() {
    replay("import_jsonl", |b| check::import("jsonl", b));
}

#[test]
fn import_csv() {
    replay("import_csv", |b| check::import("csv", b));
}

#[test]
fn import_html() {
    replay("import_html", |b| check::import("html", b));
}

#[test]
fn import_zip() {
    replay("import_zip", |b| check::import("zip", b));
}

/// The fuzz targets, the xtask list and the regression folders agree.
#[test]
fn every_target_has_its_replay() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut targets: Vec<String> = std::fs::read_dir(root.join("fuzz/fuzz_targets"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.path().file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    targets.sort();
    let mut here = vec!["corpus_read", "extract", "import_csv", "import_html", "import_json", "import_jsonl", "import_zip"];
    here.sort();
    assert_eq!(targets, here);
    if let Ok(dirs) = std::fs::read_dir(root.join("tests/data/fuzz")) {
        for d in dirs.flatten() {
            let name = d.file_name().to_string_lossy().into_owned();
            assert!(here.contains(&name.as_str()), "tests/data/fuzz/{name} belongs to no target");
        }
    }
}
