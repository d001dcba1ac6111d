//! The import job the page's Web Worker runs: files in, every document of the corpus with
//! its analysis out, reporting progress as it goes; plus the messages the page and the
//! worker exchange. Pure: the worker (`ui::worker`) does the reading and the storing.

use crate::corpus::{Document, Rejected, Span};
use crate::extract::{merge_names, Analysis, Mention};
use serde::{Deserialize, Serialize};
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;
use std::collections::HashSet;
use std::hash::Hasher;

/// What happened to the files of an import, for the user to read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    /// Names of the documents added.
    pub added: Vec<String>,
    /// Files whose text is already in the corpus.
    pub duplicates: Vec<String>,
    /// One message per skipped file or per warning.
    pub problems: Vec<String>,
    /// Non-fatal notes about how files were read (columns chosen, encodings).
    #[serde(default)]
    pub notes: Vec<String>,
    /// What could not be stored in the browser, if anything (quota, private mode).
    #[serde(default)]
    pub storage: Option<String>,
}

/// Where an import job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Reading,
    Extracting,
    Saving,
}

/// Progress of an import: items (files, then documents) done out of a total, and bytes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub phase: Phase,
    pub done: usize,
    pub total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

impl Progress {
    /// Overall fraction done in 0..=1; reading counts for a tenth, extraction for the rest.
    pub fn fraction(&self) -> f64 {
        let part = if self.total == 0 { 1.0 } else { self.done as f64 / self.total as f64 };
        match self.phase {
            Phase::Reading => 0.1 * part,
            Phase::Extracting => 0.1 + 0.85 * part,
            Phase::Saving => 0.95 + 0.05 * part,
        }
    }

    /// Estimated milliseconds left, from the time spent so far; `None` until there is a basis.
    pub fn eta_ms(&self, elapsed_ms: f64) -> Option<f64> {
        let f = self.fraction();
        (f > 0.02 && elapsed_ms > 0.0).then(|| elapsed_ms * (1.0 - f) / f)
    }
}

/// A whole corpus after an import or a load: its documents (the old ones first, in their
/// order, then the new ones), their analyses, and the files that could not be used. When
/// an import added nothing, `analyses` is empty: the corpus is unchanged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Built {
    pub documents: Vec<Document>,
    pub analyses: Vec<Analysis>,
    pub rejected: Vec<Rejected>,
    /// How many documents at the end of `documents` are new.
    pub added: usize,
    pub report: ImportReport,
}

/// The most text one document holds: a longer file is cut into parts at sentence ends
/// (see [`Document::split`]), so that no single document takes the page's thread long to
/// take over, or the reader long to show.
pub const MAX_DOCUMENT: usize = 512 << 10;

/// How much the page takes in, to protect the tab's memory: the index of a corpus needs
/// several times its text in memory, in the worker and again in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// The largest file read.
    pub max_file: u64,
    /// The most a corpus may hold, counted in file bytes.
    pub max_corpus: u64,
}

/// The page's budget: 64 MiB a file, 200 MiB a corpus.
pub const BUDGET: Budget = Budget { max_file: 64 << 20, max_corpus: 200 << 20 };

impl Budget {
    /// Which of `files` (name, size in bytes) a corpus already holding `stored` bytes can
    /// take, in order: the indices of those to read, and a message for each refused one.
    pub fn admit(&self, files: &[(String, u64)], stored: u64) -> (Vec<usize>, Vec<String>) {
        let (mut take, mut refused, mut total) = (Vec::new(), Vec::new(), stored);
        let mib = |b: u64| b as f64 / (1 << 20) as f64;
        for (i, (name, size)) in files.iter().enumerate() {
            if *size > self.max_file {
                refused.push(format!(
                    "{name}: the file is {:.0} MiB, more than the {:.0} MiB a single file may have here; it was not read",
                    mib(*size),
                    mib(self.max_file)
                ));
            } else if total + size > self.max_corpus {
                refused.push(format!(
                    "{name}: with it the corpus would hold more than {:.0} MiB, the most this page keeps in memory; it \
                     was not read (start another corpus for it)",
                    mib(self.max_corpus)
                ));
            } else {
                total += size;
                take.push(i);
            }
        }
        (take, refused)
    }
}

/// The texts of a corpus, to recognise a re-imported document: a fast hash finds the one
/// text it may equal, a comparison decides, so two different texts are never taken for
/// one (a hash collision, however unlikely, falls back to comparing with every text).
struct Texts(FxHashMap<u64, usize>);

impl Texts {
    fn hash(text: &str) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        h.write(text.as_bytes());
        h.finish()
    }

    fn new(documents: &[Document]) -> Texts {
        let mut texts = Texts(FxHashMap::default());
        for (i, d) in documents.iter().enumerate() {
            texts.0.entry(Texts::hash(&d.text)).or_insert(i);
        }
        texts
    }

    /// Whether `text` is one of `documents`' texts; if not, records it as the text of
    /// `documents[documents.len()]`, the next to be pushed.
    fn seen_or_add(&mut self, text: &str, documents: &[Document]) -> bool {
        match self.0.entry(Texts::hash(text)) {
            Entry::Occupied(e) => documents[*e.get()].text == text || documents.iter().any(|d| d.text == text),
            Entry::Vacant(e) => {
                e.insert(documents.len());
                false
            }
        }
    }
}

/// The documents of an import before their analysis: `existing` followed by the new
/// ones, what could not be used, and the report so far (see [`gather`]).
#[derive(Debug, Default)]
pub struct Gathered {
    pub documents: Vec<Document>,
    pub rejected: Vec<Rejected>,
    /// How many documents at the end of `documents` are new.
    pub added: usize,
    pub report: ImportReport,
    /// An import that added nothing: the corpus is as it was, so there is nothing to
    /// analyse again (no files at all means the corpus is being opened: analyse it).
    pub unchanged: bool,
}

/// Adds `files` to `existing`: unusable files and exact re-imports are reported, not added;
/// a document whose id is taken gets a `-2`, `-3`, … suffix. Then every document is
/// analysed again (entity names merge across the whole corpus). `refused` holds messages
/// for files refused before they were read. `progress` is called after each file and
/// each analysed document.
pub fn build(
    existing: Vec<Document>,
    files: &[(String, Vec<u8>)],
    refused: Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Built {
    let Gathered { documents, rejected, added, report, unchanged } = gather(existing, files, refused, progress);
    let analyses = if unchanged { Vec::new() } else { analyze(&documents, progress) };
    Built { documents, analyses, rejected, added, report }
}

/// The first half of [`build`]: reads `files` and adds their new documents to `existing`,
/// without analysing anything.
pub fn gather(
    existing: Vec<Document>,
    files: &[(String, Vec<u8>)],
    refused: Vec<String>,
    progress: &mut dyn FnMut(Progress),
) -> Gathered {
    let mut seen = Texts::new(&existing);
    let mut ids: HashSet<String> = existing.iter().map(|d| d.id.clone()).collect();
    let mut documents = existing;
    let old = documents.len();
    let mut report = ImportReport { problems: refused, ..ImportReport::default() };
    let mut rejected = Vec::new();
    let bytes_total: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut bytes_done = 0;
    for (i, (name, bytes)) in files.iter().enumerate() {
        let read = crate::import::read_file(name, bytes);
        let mut warned: Vec<(String, &'static str, String)> = Vec::new();
        report.problems.extend(read.rejected.iter().map(Rejected::message));
        rejected.extend(read.rejected);
        report.notes.extend(read.notes);
        for mut d in read.documents.into_iter().flat_map(|d| d.split(MAX_DOCUMENT)) {
            if seen.seen_or_add(&d.text, &documents) {
                report.duplicates.push(d.name);
                continue;
            }
            let base = d.id.clone();
            let mut n = 1;
            while !ids.insert(d.id.clone()) {
                n += 1;
                d.id = format!("{base}-{n}");
            }
            warned.extend(d.warnings.iter().map(|w| (d.name.clone(), w.kind(), w.message())));
            report.added.push(d.name.clone());
            documents.push(d);
        }
        report.problems.extend(summarise_warnings(name, warned));
        bytes_done += bytes.len() as u64;
        progress(Progress { phase: Phase::Reading, done: i + 1, total: files.len(), bytes_done, bytes_total });
    }
    let added = documents.len() - old;
    Gathered { documents, rejected, added, report, unchanged: added == 0 && !files.is_empty() }
}

/// A file's document warnings as report lines: each on its own while there are few of a
/// kind, else one line per kind with the first as the example (a CSV of 10,000 undated
/// records says so once, not 10,000 times).
fn summarise_warnings(file: &str, warned: Vec<(String, &'static str, String)>) -> Vec<String> {
    const EACH: usize = 3;
    let mut kinds: Vec<&'static str> = Vec::new();
    for w in &warned {
        if !kinds.contains(&w.1) {
            kinds.push(w.1);
        }
    }
    let mut out = Vec::new();
    for kind in kinds {
        let of_kind: Vec<&(String, &'static str, String)> = warned.iter().filter(|w| w.1 == kind).collect();
        if of_kind.len() <= EACH {
            out.extend(of_kind.iter().map(|(doc, _, m)| format!("{doc}: {m}")));
        } else {
            let (doc, _, m) = of_kind[0];
            out.push(format!(
                "{}: {} documents were kept with a warning like this one — {doc}: {m}",
                crate::corpus::base_name(file),
                of_kind.len()
            ));
        }
    }
    out
}

/// Analyses a whole corpus, reporting progress by document and bytes.
pub fn analyze(documents: &[Document], progress: &mut dyn FnMut(Progress)) -> Vec<Analysis> {
    let mut out = analyze_unmerged(documents, progress);
    merge_names(&mut out);
    out
}

/// [`analyze`] without merging names across the documents (see [`Kept`]).
pub fn analyze_unmerged(documents: &[Document], progress: &mut dyn FnMut(Progress)) -> Vec<Analysis> {
    let total = documents.len();
    let bytes_total: u64 = documents.iter().map(|d| d.text.len() as u64).sum();
    let mut bytes_done = 0;
    crate::extract::analyze_unmerged(documents, &mut |i| {
        bytes_done += documents[i].text.len() as u64;
        progress(Progress { phase: Phase::Extracting, done: i + 1, total, bytes_done, bytes_total });
    })
}

/// The analyses of a corpus as the worker keeps them between jobs: names merged across
/// the corpus, and each document's mentions as they were before that merge. An import
/// into the corpus then analyses only its new documents and merges again, with the
/// result a whole new analysis would give (a new full name may complete a surname met
/// in an old document).
#[derive(Debug, Default)]
pub struct Kept {
    analyses: Vec<Analysis>,
    unmerged: Vec<Vec<Mention>>,
}

impl Kept {
    /// How many documents' analyses are kept: the first that many of the corpus.
    pub fn len(&self) -> usize {
        self.analyses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.analyses.is_empty()
    }

    /// Adds the analyses of the next documents, not merged yet, and merges names again
    /// across them all.
    pub fn extend(&mut self, new: Vec<Analysis>) {
        for (a, m) in self.analyses.iter_mut().zip(std::mem::take(&mut self.unmerged)) {
            a.mentions = m;
        }
        self.analyses.extend(new);
        self.unmerged = self.analyses.iter().map(|a| a.mentions.clone()).collect();
        merge_names(&mut self.analyses);
    }

    /// The merged analyses, to hand over; [`Kept::keep`] takes them back.
    pub fn take(&mut self) -> Vec<Analysis> {
        std::mem::take(&mut self.analyses)
    }

    /// Takes back the analyses [`Kept::take`] handed out.
    pub fn keep(&mut self, analyses: Vec<Analysis>) {
        if analyses.len() == self.unmerged.len() {
            self.analyses = analyses;
        } else {
            *self = Kept::default(); // not these documents' analyses: keep nothing
        }
    }
}

/// Documents in the binary form (bincode) that the worker hands to its helpers and to
/// the page, and keeps in IndexedDB. A document's warnings travel as JSON inside it
/// (their enum is tagged, which bincode cannot read back).
#[derive(Serialize)]
struct WireRef<'a> {
    id: &'a str,
    name: &'a str,
    date: Option<chrono::NaiveDate>,
    text: &'a str,
    body: Span,
    paragraphs: &'a [Span],
    sentences: &'a [Span],
    warnings: String,
}

/// [`WireRef`], read back.
#[derive(Deserialize)]
struct Wire {
    id: String,
    name: String,
    date: Option<chrono::NaiveDate>,
    text: String,
    body: Span,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    warnings: String,
}

impl<'a> From<&'a Document> for WireRef<'a> {
    fn from(d: &'a Document) -> WireRef<'a> {
        // Every field named: a new field of `Document` must be added here too.
        let Document { id, name, date, text, body, paragraphs, sentences, warnings } = d;
        let warnings = if warnings.is_empty() { String::new() } else { serde_json::to_string(warnings).unwrap_or_default() };
        WireRef { id, name, date: *date, text, body: *body, paragraphs, sentences, warnings }
    }
}

impl From<Wire> for Document {
    fn from(w: Wire) -> Document {
        let Wire { id, name, date, text, body, paragraphs, sentences, warnings } = w;
        let warnings = if warnings.is_empty() { Vec::new() } else { serde_json::from_str(&warnings).unwrap_or_default() };
        Document { id, name, date, text, body, paragraphs, sentences, warnings }
    }
}

fn bincode_options() -> impl bincode::Options {
    bincode::DefaultOptions::new()
}

fn to_bytes(v: &impl Serialize) -> Vec<u8> {
    bincode::Options::serialize(bincode_options(), v).unwrap_or_default()
}

fn from_bytes<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    bincode::Options::deserialize(bincode_options(), bytes).map_err(|e| format!("unreadable data ({e})"))
}

/// Documents and their analyses (as many of each; `analyses` may be empty) in binary.
pub fn encode(documents: &[Document], analyses: &[Analysis]) -> Vec<u8> {
    let docs: Vec<WireRef> = documents.iter().map(WireRef::from).collect();
    to_bytes(&(docs, analyses))
}

/// What [`encode`] made.
pub fn decode(bytes: &[u8]) -> Result<(Vec<Document>, Vec<Analysis>), String> {
    let (docs, analyses): (Vec<Wire>, Vec<Analysis>) = from_bytes(bytes)?;
    Ok((docs.into_iter().map(Document::from).collect(), analyses))
}

/// Analyses alone in binary (a helper worker's answer).
pub fn encode_analyses(analyses: &[Analysis]) -> Vec<u8> {
    to_bytes(&analyses)
}

/// What [`encode_analyses`] made.
pub fn decode_analyses(bytes: &[u8]) -> Result<Vec<Analysis>, String> {
    from_bytes(bytes)
}

/// Consecutive ranges of `documents` of about `budget` bytes of text each (at least one
/// document a range).
pub fn chunks(documents: &[Document], budget: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, d) in documents.iter().enumerate() {
        bytes += d.text.len();
        if bytes >= budget {
            out.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < documents.len() {
        out.push(start..documents.len());
    }
    out
}

/// A corpus kept in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorpusMeta {
    pub id: String,
    pub name: String,
    pub documents: usize,
    pub bytes: u64,
}

/// What the page asks of the worker. `corpus: None` is the bundled sample corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// List the stored corpora.
    List,
    /// Load a stored corpus and analyse it.
    Open { corpus: String },
    /// Add the files sent beside this request to a stored corpus, or to a new one named
    /// `name` when `corpus` is `None`. `refused` are messages for files not sent.
    Import { corpus: Option<String>, name: String, refused: Vec<String> },
    Rename { corpus: String, name: String },
    Delete { corpus: String },
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Response {
    Progress(Progress),
    /// The stored corpora, after a change or on request.
    Corpora { corpora: Vec<CorpusMeta>, error: Option<String> },
    /// A corpus is ready (opened or grown by an import). Its documents and analyses are
    /// those of the parts sent just before (binary messages, see [`encode`]: a large
    /// corpus travels in parts so that the page takes each over in a short task), in
    /// order, followed by any in `built`.
    Ready { corpus: CorpusMeta, built: Box<Built> },
    /// An import added nothing (every file unusable or already there): the corpus shown
    /// stays as it is; the report says why.
    Unchanged { report: ImportReport },
    /// The request failed; nothing stored was changed.
    Failed { message: String },
    /// Milliseconds the worker spent in each phase of the job just done, sent before its
    /// `Ready` (the import benchmark shows them).
    Timings { phases: Vec<(String, f64)> },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, text: &str) -> Document {
        crate::corpus::read_document(name, text.as_bytes()).unwrap()
    }

    #[test]
    fn a_hash_collision_never_takes_a_new_text_for_a_duplicate() {
        let docs = vec![doc("a.txt", "date 2022-01-02\nFirst text."), doc("b.txt", "date 2022-01-02\nSecond text.")];
        let mut texts = Texts::new(&docs[..1]);
        // As if the second text hashed like the first: the comparison decides.
        texts.0.insert(Texts::hash(&docs[1].text), 0);
        assert!(!texts.seen_or_add(&docs[1].text, &docs[..1]));
        assert!(texts.seen_or_add(&docs[0].text, &docs[..1]));
        // A text that collided and was added is still found again, by comparison.
        assert!(texts.seen_or_add(&docs[1].text, &docs));
    }

    #[test]
    fn build_reports_rejects_duplicates_and_keeps_ids_unique() {
        let existing = vec![doc("old.txt", "date 2022-01-02\nNew news.")];
        let files = vec![
            ("new.txt".to_string(), b"date 2023-03-03\nA different report.".to_vec()),
            ("old.txt".to_string(), b"date 2023-03-04\nAnother one.".to_vec()),
            ("copy.txt".to_string(), b"date 2022-01-02\nNew news.".to_vec()),
            ("empty.txt".to_string(), Vec::new()),
        ];
        let mut steps = Vec::new();
        let b = build(existing, &files, vec!["huge.txt: too large".into()], &mut |p| steps.push(p));
        assert_eq!(b.report.added, ["new.txt", "old.txt"]);
        assert_eq!(b.report.duplicates, ["copy.txt"]);
        assert_eq!(b.report.problems.len(), 2, "{:?}", b.report.problems);
        assert!(b.report.problems[1].contains("empty.txt"));
        let ids: Vec<&str> = b.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["old", "new", "old-2"]);
        assert_eq!(b.added, 2);
        assert_eq!(b.analyses.len(), 3);
        // Progress runs through every file, then every document, and ends complete.
        assert_eq!(steps.iter().filter(|p| p.phase == Phase::Reading).count(), 4);
        let last = steps.last().unwrap();
        assert_eq!((last.phase, last.done, last.total), (Phase::Extracting, 3, 3));
        assert_eq!(last.bytes_done, last.bytes_total);
        assert!(steps.windows(2).all(|w| w[0].fraction() <= w[1].fraction()));
    }

    #[test]
    fn records_of_any_format_join_and_a_second_import_is_recognised() {
        let csv = b"date,headline,text\n2023-08-21,Port strike,Dockers went on strike in Valparaiso on 21 August.\n".to_vec();
        let files = vec![("ports.csv".to_string(), csv.clone()), ("pic.png".to_string(), b"\x89PNG\0\0".to_vec())];
        let b = build(Vec::new(), &files, Vec::new(), &mut |_| {});
        assert_eq!(b.report.added, ["ports.csv#1"]);
        assert!(b.report.problems[0].starts_with("pic.png: the file is binary"), "{:?}", b.report.problems);
        assert!(b.report.notes[0].contains("columns: date `date`, text `text`, title `headline`"), "{:?}", b.report.notes);
        assert_eq!(b.documents.last().map(|d| d.id.as_str()), Some("Port strike"));
        let again = build(b.documents.clone(), &[("copy.csv".to_string(), csv)], Vec::new(), &mut |_| {});
        assert_eq!(again.report.duplicates, ["copy.csv#1"]);
        assert_eq!((again.documents.len(), again.added), (b.documents.len(), 0));
        assert!(again.analyses.is_empty(), "nothing added, nothing analysed again");
    }

    #[test]
    fn the_budget_refuses_what_would_not_fit_and_says_why() {
        let budget = Budget { max_file: 100, max_corpus: 250 };
        let files: Vec<(String, u64)> =
            [("a.txt", 90), ("huge.txt", 101), ("b.txt", 100), ("c.txt", 80), ("d.txt", 20)].map(|(n, s)| (n.to_string(), s)).into();
        let (take, refused) = budget.admit(&files, 40);
        assert_eq!(take, [0, 2, 4]);
        assert_eq!(refused.len(), 2);
        assert!(refused[0].starts_with("huge.txt: the file is 0 MiB, more than the 0 MiB a single file"), "{refused:?}");
        assert!(refused[1].starts_with("c.txt: with it the corpus would hold more than 0 MiB"), "{refused:?}");
        // The page's own budget: a 60 MiB file fits an empty corpus, not one holding 180 MiB.
        let file = [("more.csv".to_string(), 60 << 20)];
        assert_eq!(BUDGET.admit(&file, 0), (vec![0], vec![]));
        assert_eq!(
            BUDGET.admit(&file, 180 << 20).1,
            ["more.csv: with it the corpus would hold more than 200 MiB, the most this page keeps in memory; it was not \
              read (start another corpus for it)"]
        );
    }

    #[test]
    fn a_very_long_file_arrives_in_parts_and_says_so_once() {
        let sentences: String = (0..50_000).map(|i| format!("Workers in Leeds went on strike on 4 May ({i}). ")).collect();
        let line = format!("date 2023-05-04 {sentences}");
        let b = build(Vec::new(), &[("line.txt".to_string(), line.into_bytes())], Vec::new(), &mut |_| {});
        assert_eq!(b.added, 5, "2.5 MB in parts of at most 512 KiB");
        assert!(b.documents.iter().all(|d| d.text.len() <= MAX_DOCUMENT));
        assert_eq!(b.report.added[4], "line.txt (part 5 of 5)");
        assert_eq!(b.report.problems.len(), 1, "{:?}", b.report.problems);
        assert!(b.report.problems[0].starts_with("line.txt: 5 documents were kept with a warning like this one — line.txt (part 1 of 5): the text was too long"));
    }

    #[test]
    fn many_alike_warnings_of_one_file_are_reported_once() {
        let mut csv = String::from("date,text\n");
        for i in 0..10_000 {
            csv.push_str(&format!("someday,Report {i} of a strike in Leeds.\n"));
        }
        csv.push_str("2023-02-30,A report with a date that does not exist.\n");
        let files = vec![("undated.csv".to_string(), csv.into_bytes()), ("few.txt".to_string(), b"No date at all.".to_vec())];
        let b = build(Vec::new(), &files, Vec::new(), &mut |_| {});
        assert_eq!(b.report.added.len(), 10_002);
        assert_eq!(
            b.report.problems,
            [
                "undated.csv: 10000 documents were kept with a warning like this one — undated.csv#1: the date `someday` could \
                 not be read: the document is kept as undated"
                    .to_string(),
                format!("undated.csv#10001: {}", b.documents[10_000].warnings[0].message()),
                format!("few.txt: {}", crate::corpus::Warning::NoDate.message()),
            ]
        );
    }

    #[test]
    fn a_built_corpus_survives_the_trip_to_the_page() {
        let b = build(Vec::new(), &[("a.txt".into(), b"date 2021-05-04\nDock workers in Port Velan went on strike on 3 May. Police detained 12 strikers.".to_vec())], Vec::new(), &mut |_| {});
        assert!(!b.analyses[0].events.is_empty());
        let json = serde_json::to_string(&Response::Ready { corpus: CorpusMeta { id: "c1".into(), name: "Docks".into(), documents: 1, bytes: 9 }, built: Box::new(b.clone()) }).unwrap();
        match serde_json::from_str::<Response>(&json).unwrap() {
            Response::Ready { built, .. } => assert_eq!(*built, b),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_corpus_travels_in_binary_parts_of_about_the_budget() {
        let mut files: Vec<(String, Vec<u8>)> =
            (0..5).map(|i| (format!("d{i}.txt"), format!("date 2021-05-0{}\nStrike number {i} in Leeds.", i + 1).into_bytes())).collect();
        files.push(("undated.txt".into(), "Pickets in Łódź, 3 May.".as_bytes().to_vec()));
        let b = build(Vec::new(), &files, Vec::new(), &mut |_| {});
        assert!(!b.documents[5].warnings.is_empty());
        let one = b.documents[0].text.len();
        let p = chunks(&b.documents, one * 2);
        assert_eq!(p, [0..2, 2..4, 4..6]);
        let mut joined = (Vec::new(), Vec::new());
        for r in p {
            let (d, a) = decode(&encode(&b.documents[r.clone()], &b.analyses[r])).unwrap();
            joined.0.extend(d);
            joined.1.extend(a);
        }
        assert_eq!(joined, (b.documents.clone(), b.analyses.clone()), "in order, none lost, nothing changed");
        assert_eq!(decode_analyses(&encode_analyses(&b.analyses)).unwrap(), b.analyses);
        assert!(chunks(&[], 10).is_empty());
        assert!(decode(b"\xff\xff").is_err());
    }

    #[test]
    fn a_corpus_analysed_in_pieces_and_merged_is_the_same() {
        let texts = [
            "date 2021-05-04\nPresident Kassym-Jomart Tokayev spoke in Almaty.",
            "date 2021-05-05\nTokayev said workers in Zhanaozen went on strike.",
            "date 2021-05-06\nPolice detained 12 strikers in Leeds on 5 May.",
        ];
        let docs: Vec<Document> = texts.iter().enumerate().map(|(i, t)| doc(&format!("{i}.txt"), t)).collect();
        let whole = crate::extract::analyze_corpus(&docs);
        let mut pieces = crate::extract::analyze_unmerged(&docs[..1], &mut |_| {});
        pieces.extend(crate::extract::analyze_unmerged(&docs[1..], &mut |_| {}));
        crate::extract::merge_names(&mut pieces);
        assert_eq!(pieces, whole);
    }

    #[test]
    fn an_import_into_kept_analyses_equals_analysing_everything_again() {
        // The surname alone in the first import; the full name arrives with the second.
        let first = vec![doc("a", "date 2022-01-05\nPolice said Tolvanen was detained in Leeds on Monday.")];
        let second = vec![doc("b", "date 2022-01-06\nThe lawyer Marja Tolvanen was freed in Leeds on Tuesday.")];
        let mut kept = Kept::default();
        kept.extend(analyze_unmerged(&first, &mut |_| {}));
        let handed = kept.take();
        kept.keep(handed);
        kept.extend(analyze_unmerged(&second, &mut |_| {}));
        let all: Vec<Document> = first.into_iter().chain(second).collect();
        let whole = analyze(&all, &mut |_| {});
        assert_eq!(kept.len(), 2);
        assert_eq!(kept.take(), whole);
        assert!(whole[0].mentions.iter().any(|m| m.canonical == "Marja Tolvanen"), "{:?}", whole[0].mentions);
    }

    #[test]
    fn time_left_follows_the_work_done() {
        let p = Progress { phase: Phase::Extracting, done: 50, total: 100, bytes_done: 0, bytes_total: 0 };
        let eta = p.eta_ms(1000.0).unwrap();
        assert!((eta - 1000.0 * (1.0 - 0.525) / 0.525).abs() < 1e-6);
        let start = Progress { phase: Phase::Reading, done: 0, total: 10, bytes_done: 0, bytes_total: 10 };
        assert_eq!(start.eta_ms(5.0), None);
    }
}
