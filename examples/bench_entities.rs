fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut docs = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let b = std::fs::read(&p).unwrap();
        if let Ok(d) = chronicle::corpus::read_document(&p.to_string_lossy(), &b) { docs.push(d); }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let _ = chronicle::gazetteer::lookup("x");
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..3 { for d in &docs { n += chronicle::entities::find(d).len(); } }
    let s = t.elapsed().as_secs_f64() / 3.0;
    let t2 = std::time::Instant::now();
    for _ in 0..3 { for d in &docs { n += chronicle::tokens::tokenize(d).len(); } }
    let s2 = t2.elapsed().as_secs_f64() / 3.0;
    println!("{} MB, find {:.1} MB/s, tokenize {:.1} MB/s ({n})", bytes / 1_000_000, bytes as f64 / s / 1e6, bytes as f64 / s2 / 1e6);
}
