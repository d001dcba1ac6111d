//! A driver timing, natively, the pure work behind one explorer update on a corpus
//! (the files named on the command line, in any import format): the filter pass, the
//! facets, the documents, the map summary and the orderings the components need, with
//! no filter (the first render) and with one.

use chronicle::corpus::Corpus;
use chronicle::query::{Facet, Filter};
use chronicle::state::Library;
use std::time::Instant;

fn time<T>(label: &str, n: usize, mut f: impl FnMut() -> T) {
    let t0 = Instant::now();
    for _ in 0..n {
        std::hint::black_box(f());
    }
    println!("{label:>28}: {:8.3} ms", t0.elapsed().as_secs_f64() * 1000.0 / n as f64);
}

fn main() {
    let files: Vec<(String, Vec<u8>)> =
        std::env::args().skip(1).filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b))).collect();
    let mut corpus = Corpus { documents: Vec::new(), rejected: Vec::new() };
    for (name, bytes) in &files {
        let read = chronicle::import::read_file(name, bytes);
        corpus.documents.extend(read.documents);
        corpus.rejected.extend(read.rejected);
    }
    let t0 = Instant::now();
    let lib = Library::new(corpus);
    println!("{:>28}: {:8.3} ms", "analyse + index", t0.elapsed().as_secs_f64() * 1000.0);
    println!("{} documents, {} events", lib.documents.len(), lib.index.events.len());
    for f in Facet::ALL {
        println!("{:>28}: {} values", f.key(), lib.index.values(f).len());
    }
    let n = 5;
    let f = Filter::default();
    time("run, no filter", n, || lib.index.run(&f));
    let all = lib.index.run(&f);
    for facet in Facet::ALL {
        time(&format!("facet {}, no filter", facet.key()), n, || lib.index.facet(&f, facet, &all));
    }
    time("documents, no filter", n, || lib.index.documents(&f, &all));
    time("sorted_rows, all", n, || lib.sorted_rows(&all.rows, Default::default()));
    let mut f = Filter::default();
    f.toggle(Facet::Types, "protest");
    time("run", n, || lib.index.run(&f));
    let out = lib.index.run(&f);
    println!("{:>28}: {} rows", "matching", out.rows.len());
    for facet in Facet::ALL {
        time(&format!("facet {}", facet.key()), n, || lib.index.facet(&f, facet, &out));
    }
    time("documents", n, || lib.index.documents(&f, &out));
    time("sorted_rows (before)", n, || lib.sorted_rows(&out.rows, Default::default()));
    let order = lib.table_order(Default::default());
    time("first_in_order, 50 rows", n, || chronicle::state::first_in_order(&order, &out.rows, 50));
    time("geo::Located::new", n, || chronicle::geo::Located::new(&lib));
    let located = chronicle::geo::Located::new(&lib);
    time("Located::summarize", n, || located.summarize(&lib, &out.rows));
    time("by_date", n, || lib.by_date());
    time("present types", n, || {
        chronicle::query::EVENT_TYPES.iter().filter(|t| out.rows.iter().any(|r| lib.event(*r).is_some_and(|e| e.kind == **t))).count()
    });
}
