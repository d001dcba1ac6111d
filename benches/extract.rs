//! Criterion benchmark of the engine: reading and extracting a synthetic corpus of
//! ≥ 10 MB built from the seed and the test documents, repeated with shifted dates.
//! Run with `cargo xtask bench engine`, which writes that corpus first; criterion
//! reports the throughput in MiB/s. The `stages` group times each part alone over the
//! same corpus: reading; preparing (tokens, lowercase text, lexicon flags, as
//! `analyze_corpus` does once per document); and each stage over prepared documents
//! (events given the other stages' results). The `long` group reads and extracts one
//! document of 0.5 MiB and one of 2 MiB, made of the corpus's texts joined under one
//! header: equal throughputs say the work grows in proportion to a document's length.

use chronicle::corpus::Corpus;
use chronicle::extract::analyze_corpus;
use chronicle::tokens::{tokenize, Prepared};
use chronicle::{entities, events, figures, timex};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

/// The allocator the `chronicle` binary uses.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The corpus `cargo xtask bench engine` writes (≥ 10 MB of synthetic documents).
fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = std::env::var_os("CHRONICLE_BENCH_CORPUS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-corpus-engine"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; run the benchmark with `cargo xtask bench engine`", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect()
}

fn bench(c: &mut Criterion) {
    let files = corpus();
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

    let corpus = Corpus::read(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
    let docs = &corpus.documents;
    let analyses = analyze_corpus(docs);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("read", |b| b.iter(|| Corpus::read(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())))));
    group.bench_function("tokenize", |b| b.iter(|| docs.iter().map(|d| tokenize(d).len()).sum::<usize>()));
    group.bench_function("prepare", |b| b.iter(|| docs.iter().map(|d| Prepared::new(d).lex.len()).sum::<usize>()));
    let preps: Vec<Prepared> = docs.iter().map(Prepared::new).collect();
    let words: Vec<Vec<&str>> = preps.iter().map(Prepared::words).collect();
    group.bench_function("entities", |b| {
        b.iter(|| {
            let mut mentions: Vec<_> = docs.iter().zip(&preps).zip(&words).map(|((d, p), w)| entities::find_prepared(d, p, w)).collect();
            entities::unify(&mut mentions);
            mentions
        })
    });
    let each = |f: &dyn Fn(usize) -> usize| (0..docs.len()).map(f).sum::<usize>();
    group.bench_function("timex", |b| b.iter(|| each(&|i| timex::find_prepared(&docs[i], &preps[i], &words[i]).len())));
    group.bench_function("figures", |b| b.iter(|| each(&|i| figures::find_prepared(&docs[i], &preps[i], &words[i]).len())));
    group.bench_function("events", |b| {
        b.iter(|| {
            each(&|i| {
                let a = &analyses[i];
                events::find_prepared(&docs[i], &preps[i], &words[i], &a.timexes, &a.mentions, &a.figures).len()
            })
        })
    });
    group.finish();

    let mut group = c.benchmark_group("long");
    group.sample_size(10);
    for mib in [0.5, 2.0] {
        let long = long_document(&files, (mib * 1048576.0) as usize);
        group.throughput(Throughput::Bytes(long.len() as u64));
        group.bench_function(format!("read+extract one document of {mib} MiB"), |b| {
            b.iter(|| analyze_corpus(&Corpus::read([("long.txt", long.as_bytes())]).documents))
        });
    }
    group.finish();
}

/// One document of at least `bytes` bytes: the texts of `files` (their header lines
/// aside) joined by blank lines under one date header.
fn long_document(files: &[(String, Vec<u8>)], bytes: usize) -> String {
    let mut out = String::from("date 2022-01-10\n");
    for (_, b) in files.iter().cycle().take(files.len().max(1) * 64) {
        if out.len() >= bytes {
            break;
        }
        let text = String::from_utf8_lossy(b);
        out.push_str(text.split_once('\n').map_or("", |(_, body)| body));
        out.push_str("\n\n");
    }
    out
}

criterion_group!(benches, bench);
criterion_main!(benches);
