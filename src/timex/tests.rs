//! Unit tests of the extractor on small invented texts.

use super::*;
use crate::corpus::read_document;

fn run(date: &str, body: &str) -> Vec<(String, String)> {
    let text = if date.is_empty() { body.to_string() } else { format!("date {date}\n{body}") };
    let doc = read_document("t.txt", text.as_bytes()).expect("document");
    find(&doc).into_iter().map(|t| (doc.slice(t.span).to_string(), t.value)).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn seed_like_paragraphs() {
    assert_eq!(
        run("2022-08-10", "Protests rocked the country earlier this year, starting on 2 January.\n\nStrikes began in January. Ten years prior, workers struck."),
        pairs(&[("earlier this year", "2022"), ("2 January", "2022-01-02"), ("January", "2022-01"), ("Ten years prior", "2012")])
    );
}
