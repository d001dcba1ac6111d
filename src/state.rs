//! The explorer's view state: what is filtered, selected and shown, changed only through
//! [`Action`]s by the pure [`State::reduce`], and written to / read from the URL hash.
//! The Yew shell (`ui`) holds one `State` and renders it.

use crate::corpus::{Corpus, Document, Rejected};
use crate::extract::{analyze_corpus, Analysis, Event};
use crate::ingest::{Built, CorpusMeta, Progress};
pub use crate::ingest::ImportReport;
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
    /// Where each event is on the map: made on first use, or beforehand (see
    /// [`Library::with_located`]).
    located: std::cell::OnceCell<crate::geo::Located>,
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
        Library::from_parts(corpus.documents, analyses, corpus.rejected, index)
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

    /// `rows` (of `index.events`) in the event table's order: by `column`, then date,
    /// then row; undated and placeless last when ascending; reversed when descending.
    pub fn sorted_rows(&self, rows: &[usize], (column, ascending): (Column, bool)) -> Vec<usize> {
        let ix = &self.index;
        // Numbers and borrowed strings: no allocation per comparison.
        let date_key = |r: usize| ix.events[r].span.map_or(i32::MAX, |s| s.0);
        let text_key = |r: usize| -> &str {
            let e = &ix.events[r];
            match column {
                Column::Place => e.place.as_deref().unwrap_or("\u{10FFFF}"),
                Column::Document => self.title(e.doc),
                Column::Type => crate::query::type_name(e.kind),
                Column::Date => "",
            }
        };
        let rows: Vec<usize> = rows.iter().copied().filter(|r| *r < ix.events.len()).collect();
        // Numbers side by side: each row's text by its rank among the distinct texts
        // (a few, or one per document), then its date and the row itself. Sorting reads
        // one array and compares no strings (on 89,000 events, milliseconds instead of
        // a fraction of a second). Rows are unique, so the order is total.
        let mut ids: rustc_hash::FxHashMap<&str, u32> = Default::default();
        let row_ids: Vec<u32> = rows
            .iter()
            .map(|&r| {
                let next = ids.len() as u32;
                *ids.entry(text_key(r)).or_insert(next)
            })
            .collect();
        let mut texts: Vec<(&str, u32)> = ids.into_iter().collect();
        texts.sort_unstable();
        let mut rank = vec![0; texts.len()];
        for (i, (_, id)) in texts.into_iter().enumerate() {
            rank[id as usize] = i as u32;
        }
        let mut keyed: Vec<(u32, i32, usize)> =
            rows.iter().zip(row_ids).map(|(&r, id)| (rank[id as usize], date_key(r), r)).collect();
        keyed.sort_unstable();
        if !ascending {
            keyed.reverse();
        }
        keyed.into_iter().map(|k| k.2).collect()
    }

    /// Every event in the event table's order: `sorted_rows` of all rows, made once per
    /// library and sort; [`first_in_order`] then picks the matching ones from it.
    pub fn table_order(&self, sort: (Column, bool)) -> Vec<usize> {
        let all: Vec<usize> = (0..self.index.events.len()).collect();
        self.sorted_rows(&all, sort)
    }

    /// The title of document `doc` as the reader names it ([`Analysis::title`]).
    pub fn title(&self, doc: usize) -> &str {
        let Some(d) = self.documents.get(doc) else { return "" };
        self.analyses.get(doc).map_or_else(|| d.title(), |a| a.title(d))
    }

    /// The event behind a row of the index.
    pub fn event(&self, row: usize) -> Option<&Event> {
        let r = self.index.events.get(row)?;
        self.analyses.get(r.doc)?.events.get(r.idx)
    }

    /// The library of an import or a load done elsewhere (the worker).
    pub fn from_built(built: Built) -> Library {
        let index = Index::build(&built.documents, &built.analyses);
        Library::from_parts(built.documents, built.analyses, built.rejected, index)
    }

    /// A library from parts already indexed (see `query::IndexBuilder`).
    pub fn from_parts(documents: Vec<Document>, analyses: Vec<Analysis>, rejected: Vec<Rejected>, index: Index) -> Library {
        Library { documents, analyses, rejected, index, located: Default::default() }
    }

    /// The library with its events already placed (`geo::LocatedBuilder` over the same
    /// analyses, built as a large corpus arrived).
    pub fn with_located(self, located: crate::geo::Located) -> Library {
        let _ = self.located.set(located);
        self
    }

    /// Where each event is on the map (resolved once per library).
    pub fn located(&self) -> &crate::geo::Located {
        self.located.get_or_init(|| crate::geo::Located::new(self))
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
    /// The map: what it shows (`None` fits the places of the matching events) and what
    /// its circles' sizes stand for.
    pub map: (Option<crate::geo::View>, crate::geo::SizeBy),
    pub shelf: Shelf,
}

/// The corpora kept in the browser, which one is shown, and what the worker is doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shelf {
    /// The bundled sample corpus, always available.
    pub sample: Rc<Library>,
    /// Corpora stored in the browser, in the order they were made.
    pub corpora: Vec<CorpusMeta>,
    /// The corpus shown; `None` is the sample.
    pub active: Option<CorpusMeta>,
    pub job: Option<Job>,
    /// Why the browser's storage could not be used, if it could not.
    pub storage_error: Option<String>,
    /// A stored corpus the URL names that is still being opened, with the whole hash to
    /// apply once it is ready.
    pub wanted: Option<(String, String)>,
}

/// Work under way in the worker.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    /// What the user sees: `Importing 12 files`, `Opening “Docks”`.
    pub label: String,
    /// `performance.now()` when it started, for the time left.
    pub started: f64,
    pub progress: Option<Progress>,
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
    /// Hide the report of the last import.
    DismissImport,
    /// The worker started a job (an import, opening a corpus).
    JobStarted { label: String, at: f64 },
    JobProgress(Progress),
    /// The job was cancelled, failed or added nothing: no corpus changed; say why.
    JobEnded(ImportReport),
    /// A corpus is ready: show it (and the report, after an import).
    Ready { corpus: CorpusMeta, library: Rc<Library>, report: Option<ImportReport> },
    /// The stored corpora, or why storage is unavailable.
    Corpora { list: Vec<CorpusMeta>, error: Option<String> },
    /// Show the bundled sample corpus.
    ShowSample,
    /// Show this part of the map; `None` fits the matching places again.
    MapView(Option<crate::geo::View>),
    /// Size the map's circles by event count or by fatalities.
    MapSizeBy(crate::geo::SizeBy),
}

impl State {
    pub fn new(library: Library) -> State {
        let sample = Rc::new(library);
        State { shelf: Shelf { sample: sample.clone(), ..Shelf::default() }, ..State::new_shared(&sample) }
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
            Action::DismissImport => next.import = None,
            Action::JobStarted { label, at } => {
                next.shelf.job = Some(Job { label, started: at, progress: None });
            }
            Action::JobProgress(p) => {
                if let Some(job) = &mut next.shelf.job {
                    job.progress = Some(p);
                }
            }
            Action::JobEnded(report) => {
                next.shelf.job = None;
                next.shelf.wanted = None;
                next.import = Some(report);
            }
            Action::Ready { corpus, library, report } => {
                let same = self.shelf.active.as_ref().is_some_and(|a| a.id == corpus.id);
                if !same {
                    next = State { shelf: self.shelf.clone(), lanes: self.lanes, ..State::new_shared(&library) };
                }
                // Old documents keep their places in a grown corpus, so selections stay valid.
                next.library = library;
                match next.shelf.corpora.iter_mut().find(|c| c.id == corpus.id) {
                    Some(c) => *c = corpus.clone(),
                    None => next.shelf.corpora.push(corpus.clone()),
                }
                let wanted = next.shelf.wanted.take().filter(|(id, _)| *id == corpus.id);
                next.shelf.active = Some(corpus);
                next.shelf.job = None;
                next.import = report;
                if let Some((_, hash)) = wanted {
                    next = next.with_hash(&hash);
                }
            }
            Action::Corpora { list, error } => {
                // A corpus that could not be saved stays shown for this visit, so the active
                // one is only refreshed here, never dropped.
                if let Some(c) = self.shelf.active.as_ref().and_then(|a| list.iter().find(|c| c.id == a.id)) {
                    next.shelf.active = Some(c.clone());
                }
                next.shelf.corpora = list;
                next.shelf.storage_error = error;
            }
            Action::ShowSample => next = self.sample(),
            Action::MapView(v) => next.map.0 = v.map(crate::geo::View::clamped),
            Action::MapSizeBy(by) => next.map.1 = by,
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
        if let (None, Some((_, hash))) = (&self.shelf.active, &self.shelf.wanted) {
            return hash.clone(); // unchanged until that corpus is open
        }
        if let Some(c) = &self.shelf.active {
            s.append_pair("corpus", &c.id);
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
        let active = self.shelf.active.as_ref().map(|c| c.id.clone());
        match corpus_in_hash(hash) {
            Some(id) if Some(&id) != active.as_ref() => {
                let mut next = self.clone();
                next.shelf.wanted = Some((id, hash.to_string()));
                return next;
            }
            None if active.is_some() => return self.sample().with_hash(hash),
            _ => {}
        }
        let mut next = State {
            view: self.view,
            lanes: self.lanes,
            sort: self.sort,
            import: self.import.clone(),
            shelf: self.shelf.clone(),
            map: self.map,
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

    /// The bundled sample corpus, unfiltered.
    fn sample(&self) -> State {
        let mut next = State { shelf: self.shelf.clone(), lanes: self.lanes, ..State::new_shared(&self.shelf.sample) };
        next.shelf.active = None;
        next.shelf.wanted = None;
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
            shelf: Shelf::default(),
            map: Default::default(),
        }
    }
}

/// The stored corpus a URL hash names, if any (`None`: the sample).
pub fn corpus_in_hash(hash: &str) -> Option<String> {
    form_urlencoded::parse(hash.trim_start_matches('#').as_bytes()).find(|(k, _)| k == "corpus").map(|(_, v)| v.into_owned())
}

/// The first `limit` of `rows` in `order` (a [`Library::table_order`]): the same as
/// `sorted_rows(rows, sort)` cut to `limit`, by one pass over the order instead of a sort
/// (a facet click shows the table's first rows without sorting every matching event).
pub fn first_in_order(order: &[usize], rows: &[usize], limit: usize) -> Vec<usize> {
    if rows.len() == order.len() {
        return order.iter().copied().take(limit).collect(); // no filter: every row
    }
    let mut member = vec![false; order.len()];
    for &r in rows {
        if let Some(m) = member.get_mut(r) {
            *m = true;
        }
    }
    order.iter().copied().filter(|&r| member[r]).take(limit).collect()
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
    fn event_rows_sort_by_column_then_date() {
        let lib = Library::new(Corpus::read([
            ("a.txt", &b"date 2022-01-05\nWorkers went on strike in Aktau on 3 January. Protesters rallied in Zhanaozen on 4 January."[..]),
            ("b.txt", &b"date 2021-06-01\nNurses protested in Almaty on 1 June."[..]),
        ]));
        let all: Vec<usize> = (0..lib.index.events.len()).collect();
        assert!(all.len() >= 3, "{:?}", lib.index.events);
        let dates = |rows: &[usize]| rows.iter().map(|&r| lib.index.events[r].span.map(|s| s.0)).collect::<Vec<_>>();
        let by_date = lib.sorted_rows(&all, (Column::Date, true));
        let mut sorted = dates(&by_date);
        sorted.sort();
        assert_eq!(dates(&by_date), sorted, "oldest first");
        let mut newest = lib.sorted_rows(&all, (Column::Date, false));
        newest.reverse();
        assert_eq!(newest, by_date, "descending is the reverse");
        let places: Vec<Option<&str>> =
            lib.sorted_rows(&all, (Column::Place, true)).iter().map(|&r| lib.index.events[r].place.as_deref()).collect();
        let mut expected = places.clone();
        expected.sort_by_key(|p| p.unwrap_or("\u{10FFFF}"));
        assert_eq!(places, expected);
        assert_eq!(lib.sorted_rows(&[all[0], 999], (Column::Type, true)), [all[0]], "rows out of range are dropped");
    }

    #[test]
    fn first_in_order_is_the_sorted_subset() {
        let lib = Library::new(Corpus::read([
            ("a.txt", &b"date 2022-01-05\nWorkers went on strike in Aktau on 3 January. Protesters rallied in Zhanaozen on 4 January."[..]),
            ("b.txt", &b"date 2021-06-01\nNurses protested in Almaty on 1 June. Police detained 12 people in Aktau on 2 June."[..]),
            ("c.txt", &b"Miners went on strike in Karaganda."[..]),
        ]));
        let n = lib.index.events.len();
        assert!(n >= 4, "{:?}", lib.index.events);
        for column in [Column::Date, Column::Type, Column::Place, Column::Document] {
            for asc in [true, false] {
                let order = lib.table_order((column, asc));
                for mask in 0u32..(1 << n.min(8)) {
                    let rows: Vec<usize> = (0..n).filter(|r| *r >= 8 || mask & (1 << r) != 0).collect();
                    let sorted = lib.sorted_rows(&rows, (column, asc));
                    for limit in [0, 1, 2, n] {
                        let expected: Vec<usize> = sorted.iter().copied().take(limit).collect();
                        assert_eq!(first_in_order(&order, &rows, limit), expected, "{column:?} {asc} {rows:?} {limit}");
                    }
                }
            }
        }
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
            .reduce(Action::ToggleFacet(Facet::Months, "2022-01".into()))
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

    fn meta(id: &str, n: usize) -> CorpusMeta {
        CorpusMeta { id: id.into(), name: format!("Corpus {id}"), documents: n, bytes: 0 }
    }

    #[test]
    fn a_corpus_from_the_worker_replaces_the_sample_and_comes_back_from_the_hash() {
        let s = State::new(library()).reduce(Action::Search("strike".into()));
        let s = s.reduce(Action::JobStarted { label: "Importing 1 file".into(), at: 10.0 });
        assert_eq!(s.shelf.job.as_ref().unwrap().label, "Importing 1 file");
        let files = [("harbour.txt".to_string(), b"date 2021-05-04\nDock workers went on strike on 3 May.".to_vec())];
        let built = crate::ingest::build(Vec::new(), &files, Vec::new(), &mut |_| {});
        let report = built.report.clone();
        let lib = Rc::new(Library::from_built(built));
        let s = s.reduce(Action::Ready { corpus: meta("c1", 1), library: lib.clone(), report: Some(report) });
        assert!(s.shelf.job.is_none());
        assert_eq!(s.library.documents.len(), 1);
        assert!(s.filter.is_empty(), "another corpus starts unfiltered");
        assert_eq!(s.import.as_ref().unwrap().added, ["harbour.txt"]);
        assert_eq!(s.shelf.corpora, [meta("c1", 1)]);
        assert!(s.to_hash().contains("corpus=c1"));
        assert_eq!(corpus_in_hash(&s.to_hash()).as_deref(), Some("c1"));
        assert_eq!(corpus_in_hash("q=x"), None);
        // Growing the same corpus keeps the filter.
        let grown = s.reduce(Action::Search("dock".into())).reduce(Action::Ready { corpus: meta("c1", 2), library: lib, report: None });
        assert_eq!(grown.filter.search, "dock");
        assert_eq!(grown.shelf.corpora, [meta("c1", 2)]);
        // Back to the sample; a deleted active corpus also falls back to it.
        let back = grown.reduce(Action::ShowSample);
        assert_eq!(back.library.documents.len(), 3);
        assert_eq!(back.shelf.active, None);
        // A corpus that could not be stored stays shown for this visit.
        let unsaved = grown.reduce(Action::Corpora { list: Vec::new(), error: None });
        assert_eq!(unsaved.shelf.active, Some(meta("c1", 2)));
        // A cancelled job says so and changes nothing.
        let report = ImportReport { problems: vec!["Import cancelled".into()], ..ImportReport::default() };
        let c = grown.reduce(Action::JobStarted { label: "x".into(), at: 0.0 }).reduce(Action::JobEnded(report));
        assert!(c.shelf.job.is_none() && Rc::ptr_eq(&c.library, &grown.library));
        assert_eq!(c.import.unwrap().problems, ["Import cancelled"]);
    }

    #[test]
    fn a_hash_naming_a_stored_corpus_waits_for_it_then_applies_its_filters() {
        let s = State::new(library());
        let hash = "corpus=c7&q=dock";
        let w = s.with_hash(hash);
        assert_eq!(w.shelf.wanted, Some(("c7".to_string(), hash.to_string())));
        assert_eq!(w.to_hash(), hash, "the URL keeps naming the corpus while it opens");
        let files = [("harbour.txt".to_string(), b"date 2021-05-04\nDock workers went on strike on 3 May.".to_vec())];
        let lib = Rc::new(Library::from_built(crate::ingest::build(Vec::new(), &files, Vec::new(), &mut |_| {})));
        let r = w.reduce(Action::Ready { corpus: meta("c7", 1), library: lib, report: None });
        assert_eq!((r.shelf.wanted.clone(), r.filter.search.as_str()), (None, "dock"));
        assert_eq!(r.to_hash(), "q=dock&corpus=c7");
        // Back to a hash without a corpus: the sample.
        let b = r.with_hash("q=zhanaozen");
        assert_eq!((b.shelf.active.clone(), b.library.documents.len(), b.filter.search.as_str()), (None, 3, "zhanaozen"));
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

    #[test]
    fn the_map_view_is_kept_in_range_and_survives_a_hash_change() {
        use crate::geo::{SizeBy, View};
        let s = State::new(library()).reduce(Action::MapView(Some(View { cx: 99.0, cy: 0.1, zoom: 1e9 })));
        let v = s.map.0.unwrap();
        assert!(v.cx <= crate::geo::HALF_W && v.zoom == crate::geo::MAX_ZOOM, "{v:?}");
        let s = s.reduce(Action::MapSizeBy(SizeBy::Fatalities)).reduce(Action::FromHash("type=strike".into()));
        assert_eq!(s.map, (Some(v), SizeBy::Fatalities));
        assert_eq!(s.reduce(Action::MapView(None)).map.0, None);
    }
}
