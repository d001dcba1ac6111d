//! A small driver for profilers (`valgrind --tool=callgrind`, `perf`): reads the files
//! named on the command line as one corpus and analyses them `CHRONICLE_REPEAT` times;
//! with `CHRONICLE_STAGE` set (`entities`, `timex`, `figures`, `events`), runs only that
//! stage (events on the results of a first full analysis).

use chronicle::corpus::Corpus;
use chronicle::extract::analyze_corpus;
use chronicle::{entities, events, figures, timex};

/// The allocator the `chronicle` binary and the benchmark use, so the counts match them.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let files: Vec<(String, Vec<u8>)> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    let repeat: usize = std::env::var("CHRONICLE_REPEAT").ok().and_then(|r| r.parse().ok()).unwrap_or(1);
    let stage = std::env::var("CHRONICLE_STAGE").unwrap_or_default();
    let corpus = if stage.is_empty() { Corpus::read(std::iter::empty()) } else { Corpus::read(files.iter().map(|(n, b)| (n.as_str(), b.as_slice()))) };
    let docs = &corpus.documents;
    let first = if stage == "events" { analyze_corpus(docs) } else { Vec::new() };
    // Warm up on the bundled seed: the gazetteer and word lists are built once, on first use
    // (the table of names shared by several places only when a document needs it).
    analyze_corpus(&chronicle::seeds::corpus().documents);
    chronicle::gazetteer::candidates("Georgia");
    let found = measured(&files, &stage, docs, &first, repeat);
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    println!("{} files, {bytes} bytes, {found} results", files.len());
}

/// The work measured (`valgrind --tool=callgrind --toggle-collect=*measured*`).
#[inline(never)]
fn measured(files: &[(String, Vec<u8>)], stage: &str, docs: &[chronicle::corpus::Document], first: &[chronicle::extract::Analysis], repeat: usize) -> usize {
    let mut found = 0;
    for _ in 0..repeat {
        found += match stage {
            "entities" => {
                let mut m: Vec<_> = docs.iter().map(entities::find).collect();
                entities::unify(&mut m);
                m.iter().map(Vec::len).sum::<usize>()
            }
            "timex" => docs.iter().map(|d| timex::find(d).len()).sum(),
            "figures" => docs.iter().map(|d| figures::find(d).len()).sum(),
            "events" => docs.iter().zip(first).map(|(d, a)| events::find(d, &a.timexes, &a.mentions, &a.figures).len()).sum(),
            _ => {
                let corpus = Corpus::read(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
                let analyses = analyze_corpus(&corpus.documents);
                analyses.iter().map(|a| a.timexes.len() + a.mentions.len() + a.figures.len() + a.events.len()).sum::<usize>()
            }
        };
    }
    found
}
