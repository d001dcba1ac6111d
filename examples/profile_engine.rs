//! A small driver for profilers (`valgrind --tool=callgrind`, `perf`): reads the files
//! named on the command line as one corpus and analyses them `CHRONICLE_REPEAT` times.

use chronicle::corpus::Corpus;
use chronicle::extract::analyze_corpus;

fn main() {
    let files: Vec<(String, Vec<u8>)> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    let repeat: usize = std::env::var("CHRONICLE_REPEAT").ok().and_then(|r| r.parse().ok()).unwrap_or(1);
    let mut found = 0;
    for _ in 0..repeat {
        let corpus = Corpus::read(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
        let analyses = analyze_corpus(&corpus.documents);
        found += analyses.iter().map(|a| a.timexes.len() + a.mentions.len() + a.figures.len() + a.events.len()).sum::<usize>();
    }
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    println!("{} files, {bytes} bytes, {found} results", files.len());
}
