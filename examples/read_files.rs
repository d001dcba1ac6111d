//! Times, natively, what the import worker does before analysis: `ingest::gather` over the
//! files named on the command line (import formats, Unicode clean-up, duplicates).
fn main() {
    let files: Vec<(String, Vec<u8>)> =
        std::env::args().skip(1).filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b))).collect();
    for _ in 0..3 {
        let t0 = std::time::Instant::now();
        let g = chronicle::ingest::gather(Vec::new(), &files, Vec::new(), &mut |_| {});
        println!("gather: {} documents in {:.0} ms", g.documents.len(), t0.elapsed().as_secs_f64() * 1000.0);
    }
}
