//! The explorer's view state: what is filtered, selected and shown, changed only through
//! [`Action`]s by the pure [`State::reduce`], and written to / read from the URL hash.
//! The Yew shell (`ui`) holds one `State` and renders it.

use crate::corpus::{Corpus, Document, Rejected};
use crate::extract::{analyze_corpus, Analysis, Event};
use crate::query::{Facet, Filter, Index};
use crate::timeline::{self, Day, MAX_SPAN_DAYS, MIN_SPAN_DAYS};
use std::rc::Rc;

/// The documents and what was extracted from them; shared, never mutated in place.
#[derive(Debug, Default)]
pub struct Library {
    pub documents: Vec<Document>,
    pub analyses: Vec<Analysis>,
    pub rejected: Vec<Rejected>,
    pub index: Index,
}

/// Libraries compare by identity: one is never changed in place, a change makes a new one.
/// This keeps Yew's prop comparison O(1).
impl PartialEq for Library {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Library {
    pub fn new(corpus: Corpus) -> Library {
        let analyses = analyze_corpus(&corpus.documents);
        let index = Index::build(&corpus.documents, &analyses);
        Library { documents: corpus.documents, analyses, rejected: corpus.rejected, index }
    }

    /// Document indices, newest first; undated documents last, then by name.
    pub fn by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.documents.len()).collect();
        order.sort_by(|&a, &b| {
            let (da, db) = (&self.documents[a], &self.documents[b]);
            db.date.cmp(&da.date).then_with(|| da.name.cmp(&db.name))
        });
        order
    }

    /// The event behind a row of the index.
    pub fn event(&self, row: usize) -> Option<&Event> {
        let r = self.index.events.get(row)?;
        self.analyses.get(r.doc)?.events.get(r.idx)
    }

    /// A new library with these files added: unreadable files and exact re-imports are
    /// reported, not added; a document whose id is taken gets a `-2`, `-3`, … suffix.
    /// Every file goes through [`crate::import::read_file`] (any supported format).
    pub fn with_files(&self, files: &[(String, Vec<u8>)]) -> (Library, ImportReport) {
        let mut incoming = crate::import::Imported::default();
        for (name, bytes) in files {
            incoming.extend(crate::import::read_file(name, bytes));
        }
        let mut seen: std::collections::HashSet<u64> = self.documents.iter().map(|d| fingerprint(&d.text)).collect();
        let mut ids: std::collections::HashSet<String> = self.documents.iter().map(|d| d.id.clone()).collect();
        let mut documents = self.documents.clone();
        let mut report = ImportReport { notes: incoming.notes, ..ImportReport::default() };
        for r in &incoming.rejected {
            report.problems.push(r.message());
        }
        for mut d in incoming.documents {
            if !seen.insert(fingerprint(&d.text)) {
                report.duplicates.push(d.name);
                continue;
            }
            let base = d.id.clone();
            let mut n = 1;
            while !ids.insert(d.id.clone()) {
                n += 1;
                d.id = format!("{base}-{n}");
            }
            for w in &d.warnings {
                report.problems.push(format!("{}: {}", d.name, w.message()));
            }
            report.added.push(d.name.clone());
            documents.push(d);
        }
        (Library::new(Corpus { documents, rejected: incoming.rejected }), report)
    }

    /// The first and last day any event covers.
    pub fn extent(&self) -> Option<(Day, Day)> {
        let spans = self.index.events.iter().filter_map(|r| r.span);
        spans.fold(None, |acc, (a, b)| match acc {
            None => Some((a, b)),
            Some((x, y)) => Some((x.min(a), y.max(b))),
        })
    }
}

/// How the timeline splits its rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lanes {
    #[default]
    ByType,
    ByPlace,
}

/// Columns of the event table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    #[default]
    Date,
    Type,
    Place,
    Document,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub library: Rc<Library>,
    pub filter: Filter,
    /// Index into `library.documents` of the document open in the reader.
    pub open_doc: Option<usize>,
    /// Row of `library.index.events` selected on the timeline or in the table.
    pub selected_event: Option<usize>,
    /// Visible days `(start, end)` of the timeline; `None` fits all events.
    pub view: Option<(f64, f64)>,
    pub lanes: Lanes,
    /// Sort column and whether it is ascending.
    pub sort: (Column, bool),
    /// The outcome of the last import, until dismissed.
    pub import: Option<ImportReport>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open a document in the reader (ignored if out of range).
    Open(usize),
    /// Close the reader.
    Close,
    ToggleFacet(Facet, String),
    ClearFacet(Facet),
    /// Clear every filter, the search and the brushed range.
    ClearAll,
    Search(String),
    /// Set (or clear) the brushed date range.
    Brush(Option<(Day, Day)>),
    /// Select an event: its document opens in the reader at its evidence.
    SelectEvent(usize),
    /// Escape: clear the selected event, else the brush.
    Escape,
    /// Zoom the timeline by `factor` (> 1 zooms in) around the point at `at` (0 = left
    /// edge, 1 = right edge) of the visible days.
    Zoom { factor: f64, at: f64 },
    /// Show these days on the timeline.
    SetView(f64, f64),
    /// Fit the timeline to every event again.
    ResetView,
    SetLanes(Lanes),
    /// Sort the table by a column; again on the same column flips the order.
    Sort(Column),
    /// Restore the view described by a URL hash.
    FromHash(String),
    /// Add files the user chose or dropped: `(file name, bytes)`, and the messages for
    /// files refused before they were read (too large).
    AddFiles(Rc<Vec<(String, Vec<u8>)>>, Vec<String>),
    /// Hide the report of the last import.
    DismissImport,
}

/// What happened to the files of the last import, for the user to read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Names of the documents added.
    pub added: Vec<String>,
    /// Files whose text is already in the library.
    pub duplicates: Vec<String>,
    /// One message per skipped file or per warning.
    pub problems: Vec<String>,
    /// What the import noticed without it being a problem: the columns a CSV or JSON
    /// file was read with, records without text skipped, an encoding guessed.
    pub notes: Vec<String>,
}

/// A stable fingerprint of a document's text (FNV-1a), to recognise re-imports.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

impl State {
    pub fn new(library: Library) -> State {
        State::new_shared(&Rc::new(library))
    }

    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Open(i) if i < self.library.documents.len() => {
                next.open_doc = Some(i);
                if next.selected_event.and_then(|e| self.library.index.events.get(e)).is_some_and(|r| r.doc != i) {
                    next.selected_event = None;
                }
            }
            Action::Open(_) => {}
            Action::Close => {
                next.open_doc = None;
                next.selected_event = None;
            }
            Action::ToggleFacet(f, v) => next.filter.toggle(f, &v),
            Action::ClearFacet(f) => next.filter.clear(f),
            Action::ClearAll => next.filter = Filter::default(),
            Action::Search(q) => next.filter.search = q,
            Action::Brush(r) => next.filter.range = r.map(|(a, b)| (a.min(b), a.max(b))),
            Action::SelectEvent(row) => {
                if let Some(r) = self.library.index.events.get(row) {
                    next.selected_event = Some(row);
                    next.open_doc = Some(r.doc);
                }
            }
            Action::Escape => {
                if next.selected_event.is_some() {
                    next.selected_event = None;
                } else {
                    next.filter.range = None;
                }
            }
            Action::Zoom { factor, at } => {
                let (start, end) = self.visible_days();
                let s = timeline::Scale { start, end, width: 1.0 };
                let z = s.zoom(factor, at.clamp(0.0, 1.0));
                next.view = Some((z.start, z.end));
            }
            Action::SetView(a, b) if a.is_finite() && b.is_finite() && b > a => {
                let mid = (a + b) / 2.0;
                let half = (b - a).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS) / 2.0;
                next.view = Some((mid - half, mid + half));
            }
            Action::SetView(..) => {}
            Action::ResetView => next.view = None,
            Action::SetLanes(l) => next.lanes = l,
            Action::Sort(c) => {
                next.sort = if self.sort.0 == c { (c, !self.sort.1) } else { (c, true) };
            }
            Action::FromHash(h) => next = self.with_hash(&h),
            Action::AddFiles(files, refused) => {
                let (library, mut report) = self.library.with_files(&files);
                report.problems.splice(0..0, refused);
                next.library = Rc::new(library);
                next.import = Some(report);
            }
            Action::DismissImport => next.import = None,
        }
        next
    }

    /// The days the timeline shows: the chosen view, or all events with a margin.
    pub fn visible_days(&self) -> (f64, f64) {
        self.view.unwrap_or_else(|| {
            let today = timeline::day(chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap_or_default());
            let (a, b) = self.library.extent().unwrap_or((today - 365, today));
            let s = timeline::Scale::fit(a, b, 1.0);
            (s.start, s.end)
        })
    }

    /// The shareable part of the view as a URL hash (without `#`): filters, search,
    /// range, open document and selected event.
    pub fn to_hash(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for facet in Facet::ALL {
            for v in self.filter.selected(facet) {
                s.append_pair(facet.key(), &v);
            }
        }
        if !self.filter.search.is_empty() {
            s.append_pair("q", &self.filter.search);
        }
        if let Some((a, b)) = self.filter.range {
            if let (Some(a), Some(b)) = (timeline::date(a), timeline::date(b)) {
                s.append_pair("from", &a.to_string());
                s.append_pair("to", &b.to_string());
            }
        }
        if let Some(d) = self.open_doc.and_then(|d| self.library.documents.get(d)) {
            s.append_pair("read", &d.id);
        }
        if let Some(r) = self.selected_event.and_then(|e| self.library.index.events.get(e)) {
            s.append_pair("event", &format!("{}:{}", self.library.documents[r.doc].id, r.idx));
        }
        s.finish()
    }

    /// This state with the filters and selection of `hash` (unknown keys and values
    /// that name nothing in the library are ignored).
    pub fn with_hash(&self, hash: &str) -> State {
        let mut next = State {
            view: self.view,
            lanes: self.lanes,
            sort: self.sort,
            import: self.import.clone(),
            ..State::new_shared(&self.library)
        };
        let (mut from, mut to) = (None, None);
        let doc_by_id = |id: &str| self.library.documents.iter().position(|d| d.id == id);
        for (k, v) in form_urlencoded::parse(hash.trim_start_matches('#').as_bytes()) {
            if let Some(f) = Facet::ALL.into_iter().find(|f| f.key() == k) {
                if !next.filter.selected(f).contains(&v.to_string()) {
                    next.filter.toggle(f, &v);
                }
                continue;
            }
            match &*k {
                "q" => next.filter.search = v.into_owned(),
                "from" => from = v.parse::<chrono::NaiveDate>().ok().map(timeline::day),
                "to" => to = v.parse::<chrono::NaiveDate>().ok().map(timeline::day),
                "read" => next.open_doc = doc_by_id(&v),
                "event" => {
                    let (id, idx) = v.rsplit_once(':').unwrap_or(("", ""));
                    let (doc, idx) = (doc_by_id(id), idx.parse::<usize>().ok());
                    next.selected_event =
                        self.library.index.events.iter().position(|r| Some(r.doc) == doc && Some(r.idx) == idx);
                }
                _ => {}
            }
        }
        if let (Some(a), Some(b)) = (from, to) {
            next.filter.range = Some((a.min(b), a.max(b)));
        }
        next
    }

    fn new_shared(library: &Rc<Library>) -> State {
        State {
            library: library.clone(),
            filter: Filter::default(),
            open_doc: None,
            selected_event: None,
            view: None,
            lanes: Lanes::default(),
            sort: (Column::Date, true),
            import: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        Library::new(Corpus::read([
            ("old.txt", &b"date 2001-05-01\nOld news."[..]),
            ("new.txt", &b"date 2022-01-02\nNew news."[..]),
            ("none.txt", &b"Undated note."[..]),
        ]))
    }

    #[test]
    fn documents_are_listed_newest_first_undated_last() {
        let lib = library();
        let names: Vec<&str> = lib.by_date().iter().map(|&i| lib.documents[i].name.as_str()).collect();
        assert_eq!(names, ["new.txt", "old.txt", "none.txt"]);
    }

    #[test]
    fn open_and_close_a_document() {
        let s = State::new(library());
        let s = s.reduce(Action::Open(1));
        assert_eq!(s.open_doc, Some(1));
        assert_eq!(s.reduce(Action::Open(99)).open_doc, Some(1), "out of range is ignored");
        assert_eq!(s.reduce(Action::Close).open_doc, None);
    }

    #[test]
    fn hash_round_trips_filters_search_range_and_document() {
        let s = State::new(library())
            .reduce(Action::ToggleFacet(Facet::Places, "Zhanaozen & Aktau".into()))
            .reduce(Action::ToggleFacet(Facet::Types, "strike".into()))
            .reduce(Action::ToggleFacet(Facet::Years, "2022".into()))
            .reduce(Action::Search("Žana ozen".into()))
            .reduce(Action::Brush(Some((timeline::span_of("2022-01").unwrap().1, timeline::span_of("2022-01").unwrap().0))))
            .reduce(Action::Open(0));
        let hash = s.to_hash();
        assert!(hash.contains("from=2022-01-01&to=2022-01-31"), "{hash}");
        let back = State::new_shared(&s.library).with_hash(&format!("#{hash}"));
        assert_eq!(back.filter, s.filter);
        assert_eq!(back.open_doc, Some(0));
        assert_eq!(back.to_hash(), hash);
    }

    #[test]
    fn hash_ignores_what_it_does_not_know() {
        let s = State::new(library()).with_hash("read=nope&event=x:1&type=bogus&zz=1&from=2022-99-01");
        assert_eq!(s.open_doc, None);
        assert_eq!(s.selected_event, None);
        assert!(s.filter.is_empty());
    }

    #[test]
    fn adding_files_reports_rejects_duplicates_and_keeps_ids_unique() {
        let s = State::new(library());
        let files = vec![
            ("new.txt".to_string(), b"date 2023-03-03\nA different report.".to_vec()),
            ("copy.txt".to_string(), b"date 2022-01-02\nNew news.".to_vec()),
            ("empty.txt".to_string(), Vec::new()),
            ("nodate.md".to_string(), b"A note.".to_vec()),
        ];
        let s = s.reduce(Action::AddFiles(Rc::new(files), vec!["huge.txt: too large".into()]));
        let r = s.import.clone().unwrap();
        assert_eq!(r.added, ["new.txt", "nodate.md"]);
        assert_eq!(r.duplicates, ["copy.txt"], "same text as new.txt already in the library");
        assert_eq!(r.problems.len(), 3, "{:?}", r.problems);
        assert!(r.problems[0].contains("huge.txt"));
        assert!(r.problems[1].contains("empty.txt"));
        assert!(r.problems[2].contains("nodate.md") && r.problems[2].contains("undated"));
        let ids: Vec<&str> = s.library.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["old", "new", "none", "new-2", "nodate"]);
        assert_eq!(s.reduce(Action::DismissImport).import, None);
    }

    #[test]
    fn records_of_any_format_join_and_a_second_import_is_recognised() {
        let csv = b"date,headline,text\n2023-08-21,Port strike,Dockers went on strike in Valparaiso on 21 August.\n".to_vec();
        let files = vec![("ports.csv".to_string(), csv.clone()), ("pic.png".to_string(), b"\x89PNG\0\0".to_vec())];
        let s = State::new(library()).reduce(Action::AddFiles(Rc::new(files), Vec::new()));
        let r = s.import.clone().unwrap();
        assert_eq!(r.added, ["ports.csv#1"]);
        assert!(r.problems[0].starts_with("pic.png: the file is binary"), "{:?}", r.problems);
        assert!(r.notes[0].contains("columns: date `date`, text `text`, title `headline`"), "{:?}", r.notes);
        assert_eq!(s.library.documents.last().map(|d| d.id.as_str()), Some("Port strike"));
        let again = s.reduce(Action::AddFiles(Rc::new(vec![("copy.csv".to_string(), csv)]), Vec::new()));
        assert_eq!(again.import.unwrap().duplicates, ["copy.csv#1"]);
        assert_eq!(again.library.documents.len(), s.library.documents.len());
    }

    #[test]
    fn zoom_sort_escape() {
        let s = State::new(library());
        let z = s.reduce(Action::SetView(0.0, 1000.0)).reduce(Action::Zoom { factor: 2.0, at: 0.5 });
        assert_eq!(z.view, Some((250.0, 750.0)));
        assert_eq!(z.reduce(Action::ResetView).view, None);
        let t = s.reduce(Action::Sort(Column::Date));
        assert_eq!(t.sort, (Column::Date, false));
        assert_eq!(t.reduce(Action::Sort(Column::Place)).sort, (Column::Place, true));
        let b = s.reduce(Action::Brush(Some((5, 1))));
        assert_eq!(b.filter.range, Some((1, 5)));
        assert_eq!(b.reduce(Action::Escape).filter.range, None);
    }
}
