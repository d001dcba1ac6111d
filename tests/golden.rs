//! Data-driven golden tests: every `tests/data/<aspect>/<case>.txt` is read and
//! extracted, and the `<aspect>`'s part of the result is compared with `<case>.json`
//! beside it. `UPDATE_EXPECT=1 cargo test --test golden` rewrites the expected files;
//! review the diff before committing.

use chronicle::corpus::read_document;
use chronicle::extract::{analyze, Report};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// What each aspect keeps of a document's result.
fn project(aspect: &str, name: &str, bytes: &[u8]) -> Value {
    let doc = match read_document(name, bytes) {
        Ok(doc) => doc,
        Err(rejected) => return json!({ "rejected": rejected.message() }),
    };
    if aspect == "corpus" {
        let texts = |spans: &[chronicle::corpus::Span]| -> Vec<&str> {
            spans.iter().map(|s| doc.slice(*s)).collect()
        };
        return json!({
            "date": doc.date.map(|d| d.to_string()),
            "warnings": doc.warnings.iter().map(|w| w.message()).collect::<Vec<_>>(),
            "title": doc.title(),
            "words": doc.word_count(),
            "body_start": doc.body.start,
            "paragraphs": texts(&doc.paragraphs),
            "sentences": texts(&doc.sentences),
        });
    }
    let analysis = analyze(&doc);
    let report = serde_json::to_value(Report::new(&doc, &analysis)).expect("report serialises");
    report[aspect].clone()
}

/// Runs every case of one aspect; fails listing every case that differs.
fn check(aspect: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(aspect);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = std::fs::read(case).unwrap();
        let name = case.file_name().unwrap().to_string_lossy();
        let actual = project(aspect, &name, &bytes);
        let actual_text = serde_json::to_string_pretty(&actual).unwrap() + "\n";
        let expected_path = case.with_extension("json");
        if update {
            std::fs::write(&expected_path, &actual_text).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual_text => {}
            Ok(expected) => failures.push(format!(
                "{}:\n--- expected\n{expected}\n--- actual\n{actual_text}",
                case.display()
            )),
            Err(_) => failures.push(format!(
                "{}: no expected file {} (run with UPDATE_EXPECT=1)",
                case.display(),
                expected_path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{} of {} {aspect} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn corpus() {
    check("corpus");
}

#[test]
fn timexes() {
    check("timexes");
}

#[test]
fn entities() {
    check("entities");
}

#[test]
fn figures() {
    check("figures");
}

#[test]
fn events() {
    check("events");
}
