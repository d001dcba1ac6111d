//! Data-driven golden tests. For the extraction aspects every `tests/data/<aspect>/<case>.txt`
//! is read and extracted, and the aspect's part of the result is compared with `<case>.json`
//! beside it. For `import` every file of `tests/data/import/files/` (any format, good and
//! bad) goes through `import::read_file` and is compared with
//! `tests/data/import/expected/<file>.json`. For `export`
//! the corpus in `tests/data/export/corpus/` is exported in every format and compared with
//! `tests/data/export/<format file>`. `UPDATE_EXPECT=1 cargo test --test golden` rewrites the
//! expected files; review the diff before committing.

use chronicle::corpus::{read_document, Corpus, Document};
use chronicle::export::{self, Format};
use chronicle::extract::{analyze, Report};
use chronicle::import::read_file;
use chronicle::state::Library;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap() + "\n"
}

/// What each extraction aspect keeps of a document's result.
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

/// What an import yields: each document's id, name, date, warnings, title and the start
/// of its body, how many events it has; the rejected files' messages; the notes.
fn project_import(name: &str, bytes: &[u8]) -> Value {
    let got = read_file(name, bytes);
    let lib = Library::new(Corpus { documents: got.documents.clone(), rejected: Vec::new() });
    let docs: Vec<Value> = got
        .documents
        .iter()
        .zip(&lib.analyses)
        .map(|(d, a): (&Document, _)| {
            let body = d.slice(d.body);
            let start: String = body.chars().take(100).collect();
            json!({
                "id": d.id,
                "name": d.name,
                "date": d.date.map(|d| d.to_string()),
                "warnings": d.warnings.iter().map(|w| w.message()).collect::<Vec<_>>(),
                "title": d.title(),
                "body_start": start,
                "events": a.events.iter().map(|e| format!("{:?} {} {}", e.kind, e.date.as_deref().unwrap_or("-"), e.place.as_deref().unwrap_or("-"))).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "documents": docs,
        "rejected": got.rejected.iter().map(|r| r.message()).collect::<Vec<_>>(),
        "notes": got.notes,
    })
}

/// The file each export format is compared with.
fn export_file(f: Format) -> &'static str {
    match f {
        Format::AcledCsv => "acled.csv",
        Format::EventsJson => "events.json",
        Format::EntitiesCsv => "entities.csv",
        Format::TimelineJs => "timelinejs.json",
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

/// Every case of an aspect: (the case, the expected file, the actual text).
fn cases(aspect: &str) -> Vec<(PathBuf, PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(aspect);
    let name_of = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    match aspect {
        "import" => files(&dir.join("files"))
            .into_iter()
            .map(|p| {
                let actual = pretty(&project_import(&name_of(&p), &std::fs::read(&p).unwrap()));
                let expected = dir.join("expected").join(name_of(&p) + ".json");
                (p, expected, actual)
            })
            .collect(),
        "export" => {
            let inputs: Vec<(String, Vec<u8>)> =
                files(&dir.join("corpus")).iter().map(|p| (name_of(p), std::fs::read(p).unwrap())).collect();
            let corpus = Corpus::read(inputs.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
            let lib = Library::new(corpus);
            let rows: Vec<usize> = (0..lib.index.events.len()).collect();
            let docs: Vec<usize> = (0..lib.documents.len()).collect();
            Format::ALL
                .into_iter()
                .map(|f| {
                    let path = dir.join(export_file(f));
                    (path.clone(), path, export::export(f, &lib, &rows, &docs))
                })
                .collect()
        }
        _ => files(&dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| {
                let actual = pretty(&project(aspect, &name_of(&p), &std::fs::read(&p).unwrap()));
                let expected = p.with_extension("json");
                (p, expected, actual)
            })
            .collect(),
    }
}

/// Runs every case of one aspect; fails listing every case that differs.
fn check(aspect: &str) {
    let cases = cases(aspect);
    assert!(!cases.is_empty(), "no cases for {aspect}");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for (case, expected_path, actual_text) in &cases {
        if update {
            std::fs::write(expected_path, actual_text).unwrap();
            continue;
        }
        match std::fs::read_to_string(expected_path) {
            Ok(expected) if expected == *actual_text => {}
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

#[test]
fn import() {
    check("import");
}

#[test]
fn export() {
    check("export");
}
