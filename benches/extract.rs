//! Criterion benchmark of the engine: reading and extracting a synthetic corpus of
//! ≥ 10 MB built from the seed and the test documents, repeated with shifted dates.
//! Run with `cargo xtask bench`; criterion reports the throughput in MiB/s.

use chronicle::corpus::Corpus;
use chronicle::extract::analyze_corpus;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

/// Documents with a valid `date YYYY-MM-DD` header: the seed and the golden test inputs.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut dirs = vec![root.join("seeds")];
    for aspect in ["timexes", "entities", "figures", "events"] {
        dirs.push(root.join("tests/data").join(aspect));
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
            let Ok(text) = std::fs::read_to_string(f) else { continue };
            let t = text.trim_start();
            let Some(rest) = t.strip_prefix("date ") else { continue };
            if rest.len() > 10 && rest.as_bytes()[4] == b'-' {
                out.push((f.file_name().unwrap().to_string_lossy().into_owned(), rest[10..].to_string()));
            }
        }
    }
    out
}

/// Repeats the sources with dates shifted by one month per round until `min_bytes`.
pub fn synthetic_corpus(min_bytes: usize) -> Vec<(String, Vec<u8>)> {
    let sources = sources();
    let mut files = Vec::new();
    let mut total = 0;
    let mut round = 0u32;
    while total < min_bytes {
        for (name, body) in &sources {
            let year = 2000 + (round / 12) % 30;
            let month = round % 12 + 1;
            let bytes = format!("date {year}-{month:02}-15{body}").into_bytes();
            total += bytes.len();
            files.push((format!("{round}-{name}"), bytes));
        }
        round += 1;
    }
    files
}

fn bench(c: &mut Criterion) {
    let files = synthetic_corpus(10 * 1024 * 1024);
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut group = c.benchmark_group("engine");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("read+extract {} docs, {:.1} MiB", files.len(), bytes as f64 / 1048576.0), |b| {
        b.iter(|| {
            let corpus = Corpus::read(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
            analyze_corpus(&corpus.documents)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
