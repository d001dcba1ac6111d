//! What must hold for any input, shared by the fuzz targets (`fuzz/fuzz_targets/`) and
//! their regression test (`tests/fuzz_regressions.rs`): each function runs one engine
//! entry point on the bytes a target receives and checks its output. A panic (ours or
//! the engine's) is a crash to fix.

use chronicle::corpus::{read_document, Document, Rejected, Span};
use chronicle::extract::{analyze_corpus, Analysis};
use chronicle::import::read_file;
use chrono::NaiveDate;

/// `corpus::read_document` on the bytes of a file named `fuzz.txt`.
pub fn corpus_read(data: &[u8]) {
    match read_document("fuzz.txt", data) {
        Ok(d) => document(&d),
        Err(r) => rejected(&r),
    }
}

/// `import::read_file` on the bytes of a file named `fuzz.EXT`.
pub fn import(ext: &str, data: &[u8]) {
    let got = read_file(&format!("fuzz.{ext}"), data);
    for d in &got.documents {
        document(d);
    }
    for r in &got.rejected {
        rejected(r);
    }
    for n in &got.notes {
        assert!(!n.trim().is_empty(), "an empty note");
    }
}

/// The extractor on arbitrary text and an arbitrary document date. The first four bytes
/// choose the date (see [`date_of`]); the rest is the text, lossily decoded and cut at
/// each U+001E (record separator) into documents of one corpus, so that names merge
/// across documents too.
pub fn extract(data: &[u8]) {
    let (date, text) = match data {
        [a, b, c, d, rest @ ..] => (date_of([*a, *b, *c, *d]), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(text);
    let docs: Vec<Document> = text
        .split('\u{1e}')
        .enumerate()
        .filter_map(|(i, t)| {
            let name = format!("doc{i}.txt");
            Document::build(&name, &name, date, t.to_string(), 0, Vec::new()).ok()
        })
        .collect();
    for d in &docs {
        document(d);
    }
    let analyses = analyze_corpus(&docs);
    assert_eq!(analyses.len(), docs.len());
    for (d, a) in docs.iter().zip(&analyses) {
        analysis(d, a);
    }
}

/// A document date from four bytes: none, a usual year (1..=9999), a year around 0 (as
/// far as −32768), or a year near the ends of what a date can hold (±262,000); the day of
/// the year from the last byte.
pub fn date_of([mode, hi, lo, day]: [u8; 4]) -> Option<NaiveDate> {
    let n = u16::from_be_bytes([hi, lo]);
    let year = match mode % 4 {
        0 => return None,
        1 => 1 + i32::from(n) % 9999,
        2 => i32::from(n as i16),
        _ => {
            let edge = 262_000 + i32::from(n % 143);
            if mode & 0x80 == 0 { edge } else { -edge }
        }
    };
    let ordinal = u32::from(day) + 1;
    NaiveDate::from_yo_opt(year, ordinal).or_else(|| NaiveDate::from_yo_opt(year, 1))
}

fn on_boundaries(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end && s.end <= text.len(), "{what} {s:?} outside a text of {} bytes", text.len());
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what} {s:?} splits a character");
}

/// A document's spans lie in its text, on character boundaries, in order: the body, its
/// paragraphs, each sentence inside one paragraph.
pub fn document(d: &Document) {
    on_boundaries(&d.text, d.body, "body");
    assert!(!d.body.is_empty(), "a document with an empty body");
    let mut last = d.body.start;
    for p in &d.paragraphs {
        on_boundaries(&d.text, *p, "paragraph");
        assert!(d.body.contains(*p) && p.start >= last, "paragraph {p:?} out of order or outside the body {:?}", d.body);
        last = p.end;
    }
    let mut last = d.body.start;
    for s in &d.sentences {
        on_boundaries(&d.text, *s, "sentence");
        assert!(s.start >= last, "sentence {s:?} out of order");
        assert!(d.paragraphs.iter().any(|p| p.contains(*s)), "sentence {s:?} in no paragraph");
        last = s.end;
    }
    for w in &d.warnings {
        assert!(!w.message().is_empty());
    }
    let _ = (d.title(), d.word_count());
}

/// Every span an analysis reports lies in its document's text, on character boundaries.
pub fn analysis(d: &Document, a: &Analysis) {
    let text = &d.text;
    for t in &a.timexes {
        on_boundaries(text, t.span, "timex");
        assert!(!t.value.is_empty(), "timex {:?} without a value", d.slice(t.span));
    }
    for m in &a.mentions {
        on_boundaries(text, m.span, "mention");
        assert!(!m.canonical.is_empty(), "mention {:?} without a canonical name", d.slice(m.span));
    }
    for f in a.figures.iter().chain(a.events.iter().flat_map(|e| &e.figures)) {
        on_boundaries(text, f.span, "figure");
        if let (Some(lo), Some(hi)) = (f.min, f.max) {
            assert!(lo <= hi, "figure {:?}: min {lo} > max {hi}", d.slice(f.span));
        }
    }
    for e in &a.events {
        on_boundaries(text, e.evidence, "evidence");
        on_boundaries(text, e.sentence, "event sentence");
    }
}

/// A rejection names its file and says why.
pub fn rejected(r: &Rejected) {
    let m = r.message();
    assert!(m.starts_with(&r.name) && m.len() > r.name.len(), "message {m:?} for {:?}", r.name);
}
