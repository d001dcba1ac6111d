//! Querying the library: the [`Filter`], which events and documents match it, facet values
//! with live counts, and case- and diacritic-insensitive search with match spans.

use crate::corpus::{Document, Span};
use crate::extract::{Analysis, EntityKind, EventType};
use crate::timeline::{span_of, Day};
use std::collections::BTreeSet;
use std::rc::Rc;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// What the user narrowed the view to. OR within a facet, AND across facets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub people: BTreeSet<String>,
    pub organizations: BTreeSet<String>,
    pub places: BTreeSet<String>,
    pub types: BTreeSet<EventType>,
    /// Document ids.
    pub documents: BTreeSet<String>,
    pub years: BTreeSet<i32>,
    /// Calendar months as `2022-01`.
    pub months: BTreeSet<String>,
    pub search: String,
    /// Inclusive day range brushed on the timeline.
    pub range: Option<(Day, Day)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Types,
    Places,
    People,
    Organizations,
    Years,
    Months,
    Documents,
}

/// How many facets there are: the length of the per-facet tables.
const FACETS: usize = Facet::ALL.len();

impl Facet {
    pub const ALL: [Facet; 7] =
        [Facet::Types, Facet::Places, Facet::People, Facet::Organizations, Facet::Years, Facet::Months, Facet::Documents];

    pub fn label(self) -> &'static str {
        match self {
            Facet::Types => "Event types",
            Facet::Places => "Places",
            Facet::People => "People",
            Facet::Organizations => "Organisations & actors",
            Facet::Years => "Years",
            Facet::Months => "Months",
            Facet::Documents => "Documents",
        }
    }

    /// Short key used in the URL hash.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Types => "type",
            Facet::Places => "place",
            Facet::People => "person",
            Facet::Organizations => "org",
            Facet::Years => "year",
            Facet::Months => "month",
            Facet::Documents => "doc",
        }
    }
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The selected values of one facet, as strings.
    pub fn selected(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Types => self.types.iter().map(|t| type_name(*t).to_string()).collect(),
            Facet::Places => self.places.iter().cloned().collect(),
            Facet::People => self.people.iter().cloned().collect(),
            Facet::Organizations => self.organizations.iter().cloned().collect(),
            Facet::Years => self.years.iter().map(|y| y.to_string()).collect(),
            Facet::Months => self.months.iter().cloned().collect(),
            Facet::Documents => self.documents.iter().cloned().collect(),
        }
    }

    /// Adds or removes one value of a facet.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, v: T) {
            if !set.remove(&v) {
                set.insert(v);
            }
        }
        match facet {
            Facet::Types => {
                if let Some(t) = parse_type(value) {
                    flip(&mut self.types, t)
                }
            }
            Facet::Places => flip(&mut self.places, value.to_string()),
            Facet::People => flip(&mut self.people, value.to_string()),
            Facet::Organizations => flip(&mut self.organizations, value.to_string()),
            Facet::Years => {
                if let Ok(y) = value.parse() {
                    flip(&mut self.years, y)
                }
            }
            Facet::Months => {
                if month_label(value).is_some() {
                    flip(&mut self.months, value.to_string())
                }
            }
            Facet::Documents => flip(&mut self.documents, value.to_string()),
        }
    }

    pub fn clear(&mut self, facet: Facet) {
        match facet {
            Facet::Types => self.types.clear(),
            Facet::Places => self.places.clear(),
            Facet::People => self.people.clear(),
            Facet::Organizations => self.organizations.clear(),
            Facet::Years => self.years.clear(),
            Facet::Months => self.months.clear(),
            Facet::Documents => self.documents.clear(),
        }
    }

    /// True when something beyond search and documents narrows the events.
    fn narrows_events(&self) -> bool {
        !(self.people.is_empty()
            && self.organizations.is_empty()
            && self.places.is_empty()
            && self.types.is_empty()
            && self.years.is_empty()
            && self.months.is_empty()
            && self.range.is_none())
    }
}

/// `2022-01` → `Jan 2022`; `None` for anything that is not a calendar month.
pub fn month_label(key: &str) -> Option<String> {
    let (y, m) = key.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let d = chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?;
    Some(d.format("%b %Y").to_string())
}

/// The calendar month (`2022-01`) of an event's span when it lies within one month: a
/// day or a month, not a year or a season.
fn month_of(span: (Day, Day)) -> Option<String> {
    let (a, b) = (crate::timeline::date(span.0)?, crate::timeline::date(span.1)?);
    use chrono::Datelike;
    ((a.year(), a.month()) == (b.year(), b.month())).then(|| format!("{:04}-{:02}", a.year(), a.month()))
}

pub fn type_name(t: EventType) -> &'static str {
    match t {
        EventType::Protest => "protest",
        EventType::Strike => "strike",
        EventType::Riot => "riot",
        EventType::Killing => "killing",
        EventType::Violence => "violence",
        EventType::Arrest => "arrest",
        EventType::Other => "other",
    }
}

pub const EVENT_TYPES: [EventType; 7] = [
    EventType::Protest,
    EventType::Strike,
    EventType::Riot,
    EventType::Killing,
    EventType::Violence,
    EventType::Arrest,
    EventType::Other,
];

pub fn parse_type(s: &str) -> Option<EventType> {
    EVENT_TYPES.into_iter().find(|t| type_name(*t) == s)
}

/// Lowercases and strips diacritics: `Žanaozen` and `ZHANAOZEN` both fold to
/// `žanaozen`→`zanaozen` and `zhanaozen`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut |f| out.push(f));
    }
    out
}

fn fold_char(c: char, push: &mut impl FnMut(char)) {
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    let special = match c {
        'ß' => Some("ss"),
        'Ø' | 'ø' => Some("o"),
        'Ł' | 'ł' => Some("l"),
        'Đ' | 'đ' => Some("d"),
        'ı' => Some("i"),
        'Æ' | 'æ' => Some("ae"),
        'Œ' | 'œ' => Some("oe"),
        '’' | '‘' | '`' => Some("'"),
        '“' | '”' => Some("\""),
        _ => None,
    };
    if let Some(s) = special {
        s.chars().for_each(push);
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            for l in d.to_lowercase() {
                push(l);
            }
        }
    });
}

/// A document's text folded for search. The way back to the original byte offsets (four
/// bytes per byte of text) is made only for a document whose matches are shown
/// ([`Folded::find_all`]), not kept for every document.
#[derive(Debug, Default)]
pub struct Folded {
    pub text: String,
}

/// The folded text of `original` and, for each of its bytes, the byte offset of the
/// original character it came from.
fn fold_with_origin(original: &str) -> (String, Vec<u32>) {
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    for (i, c) in original.char_indices() {
        fold_char(c, &mut |f| {
            text.push(f);
            origin.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
        });
    }
    (text, origin)
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        Folded { text: fold(original) }
    }

    /// Every occurrence of the folded `query`, as spans of the original text.
    pub fn find_all(&self, original: &str, query: &str) -> Vec<Span> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        if !self.text.contains(&q) {
            return Vec::new();
        }
        let (text, origin) = fold_with_origin(original);
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(pos) = text.get(from..).and_then(|t| t.find(&q)) {
            let a = from + pos;
            let b = a + q.len();
            let start = origin.get(a).copied().unwrap_or(0) as usize;
            // The end is the end of the original character that produced the last byte.
            let last = origin.get(b - 1).copied().unwrap_or(0) as usize;
            let end = last + original.get(last..).and_then(|s| s.chars().next()).map_or(0, char::len_utf8);
            out.push(Span::new(start, end));
            from = b;
        }
        out
    }
}

/// One event, flattened with what the filters look at.
#[derive(Debug)]
pub struct EventRow {
    pub doc: usize,
    /// Index into `analyses[doc].events`.
    pub idx: usize,
    pub kind: EventType,
    pub span: Option<(Day, Day)>,
    pub place: Option<String>,
    /// Value ids per facet (indices into `Index::values[facet]`), in `Facet::ALL` order.
    keys: [Vec<u32>; FACETS],
    /// Folded sentence, place and actors.
    search: String,
}

impl EventRow {
    pub fn year(&self) -> Option<i32> {
        self.span.and_then(|(a, _)| crate::timeline::date(a)).map(|d| chrono::Datelike::year(&d))
    }

    /// Id of the row's place in `Index::values(Facet::Places)`, if it has one.
    pub fn place_id(&self) -> Option<u32> {
        self.keys[facet_slot(Facet::Places)].first().copied()
    }
}

/// A facet value with its count under the current filter (ignoring the facet's own selection).
#[derive(Clone, Debug, PartialEq)]
pub struct FacetValue {
    /// What the filter stores (`protest`, `Zhanaozen`, `2022`, a document id).
    pub key: Rc<str>,
    /// What the user reads (a document's title rather than its id).
    pub label: Rc<str>,
    pub count: usize,
    pub selected: bool,
}

fn facet_slot(f: Facet) -> usize {
    Facet::ALL.iter().position(|x| *x == f).unwrap_or(0)
}

/// Interns strings to dense ids.
#[derive(Debug, Default)]
struct Interner {
    values: Vec<String>,
    ids: std::collections::HashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, v: &str) -> u32 {
        if let Some(id) = self.ids.get(v) {
            return *id;
        }
        let id = self.values.len() as u32;
        self.values.push(v.to_string());
        self.ids.insert(v.to_string(), id);
        id
    }
}

/// Everything the filters need, computed once per library: events flattened with the
/// ids of their facet values, and documents folded for search.
#[derive(Debug, Default)]
pub struct Index {
    pub events: Vec<EventRow>,
    pub folded: Vec<Folded>,
    /// Per facet (in `Facet::ALL` order), the distinct values.
    values: [Vec<String>; FACETS],
    lookup: [std::collections::HashMap<String, u32>; FACETS],
    doc_titles: Vec<String>,
    /// For each document, the id of its value in the documents facet.
    doc_value: Vec<u32>,
    /// Per facet, per value id: its key and label, shared by every facet listing.
    shown: [Vec<(Rc<str>, Rc<str>)>; FACETS],
    /// Per facet, per value id: the value's place in the facet's order when counts tie
    /// (by label; years newest first), so that ordering a facet compares numbers only.
    rank: [Vec<u32>; FACETS],
}

/// Builds an [`Index`] a document at a time, so that a large corpus arriving in parts can
/// be indexed in small steps; the result is the same as [`Index::build`].
#[derive(Default)]
pub struct IndexBuilder {
    interners: [Interner; FACETS],
    events: Vec<EventRow>,
    folded: Vec<Folded>,
    doc_titles: Vec<String>,
    doc_value: Vec<u32>,
}

impl IndexBuilder {
    /// Adds the next document and its analysis.
    pub fn add(&mut self, doc: &Document, a: &Analysis) {
        let slot = facet_slot;
        let interners = &mut self.interners;
        let d = self.doc_value.len();
        // Documents are a facet value even without events.
        self.doc_value.push(interners[slot(Facet::Documents)].id(&doc.id));
        for (i, e) in a.events.iter().enumerate() {
            let mut keys: [Vec<u32>; FACETS] = Default::default();
            let mut add = |f: Facet, v: &str| {
                let id = interners[slot(f)].id(v);
                let k = &mut keys[slot(f)];
                if !k.contains(&id) {
                    k.push(id);
                }
            };
            add(Facet::Types, type_name(e.kind));
            if let Some(p) = &e.place {
                add(Facet::Places, p);
            }
            for m in a.mentions.iter().filter(|m| e.sentence.contains(m.span)) {
                match m.kind {
                    EntityKind::Person => add(Facet::People, &m.canonical),
                    EntityKind::Organization => add(Facet::Organizations, &m.canonical),
                    EntityKind::Place => {}
                }
            }
            for actor in &e.actors {
                add(Facet::Organizations, actor);
            }
            let span = e.date.as_deref().and_then(span_of);
            if let Some(y) = span.and_then(|(a, _)| crate::timeline::date(a)) {
                add(Facet::Years, &chrono::Datelike::year(&y).to_string());
            }
            if let Some(m) = span.and_then(month_of) {
                add(Facet::Months, &m);
            }
            keys[slot(Facet::Documents)].push(self.doc_value[d]);
            let search = fold(&format!(
                "{} {} {}",
                doc.slice(e.sentence),
                e.place.as_deref().unwrap_or(""),
                e.actors.join(" ")
            ));
            self.events.push(EventRow { doc: d, idx: i, kind: e.kind, span, place: e.place.clone(), keys, search });
        }
        self.folded.push(Folded::new(&doc.text));
        self.doc_titles.push(a.title(doc).to_string());
    }

    pub fn finish(self) -> Index {
        let slot = facet_slot;
        let (doc_titles, doc_value, interners) = (self.doc_titles, self.doc_value, self.interners);
        let mut lookup: [std::collections::HashMap<String, u32>; FACETS] = Default::default();
        let mut values: [Vec<String>; FACETS] = Default::default();
        for (i, interner) in interners.into_iter().enumerate() {
            values[i] = interner.values;
            lookup[i] = interner.ids;
        }
        // The documents facet shows titles: the first document behind each value.
        let mut value_doc = vec![usize::MAX; values[slot(Facet::Documents)].len()];
        for (d, v) in doc_value.iter().enumerate().rev() {
            value_doc[*v as usize] = d;
        }
        // What each value shows: the documents facet shows titles.
        let shown: [Vec<(Rc<str>, Rc<str>)>; FACETS] = std::array::from_fn(|i| {
            let label = |id: usize| -> Rc<str> {
                let key = &values[i][id];
                match Facet::ALL[i] {
                    Facet::Documents => Rc::from(doc_titles.get(value_doc[id]).unwrap_or(key).as_str()),
                    Facet::Months => Rc::from(month_label(key).unwrap_or_else(|| key.clone())),
                    _ => Rc::from(key.as_str()),
                }
            };
            (0..values[i].len()).map(|id| (Rc::from(values[i][id].as_str()), label(id))).collect()
        });
        let rank = std::array::from_fn(|i| {
            let label = |id: usize| &*shown[i][id].1;
            let mut order: Vec<usize> = (0..values[i].len()).collect();
            match Facet::ALL[i] {
                Facet::Years | Facet::Months => order.sort_by(|a, b| values[i][*b].cmp(&values[i][*a])),
                _ => order.sort_by(|a, b| label(*a).cmp(label(*b))),
            }
            let mut rank = vec![0; order.len()];
            for (k, id) in order.into_iter().enumerate() {
                rank[id] = k as u32;
            }
            rank
        });
        Index {
            events: self.events,
            folded: self.folded,
            shown,
            values,
            lookup,
            doc_titles,
            doc_value,
            rank,
        }
    }
}

/// A filter turned into value ids, ready to test rows quickly.
struct Compiled {
    /// Per facet: `None` when nothing is selected, else which ids pass.
    sets: [Option<Vec<bool>>; FACETS],
    range: Option<(Day, Day)>,
    query: String,
}

/// The result of one pass over the events: what matches and every facet's counts.
pub struct Outcome {
    /// Rows (indices into `Index::events`) that pass the whole filter.
    pub rows: Vec<usize>,
    /// Per facet, per value id: matching events ignoring that facet's own selection.
    counts: [Vec<usize>; FACETS],
}

impl Index {
    pub fn build(docs: &[Document], analyses: &[Analysis]) -> Index {
        let mut b = IndexBuilder::default();
        for (doc, a) in docs.iter().zip(analyses) {
            b.add(doc, a);
        }
        b.finish()
    }

    /// The distinct values of a facet; a row's ids index into this.
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.values[facet_slot(facet)]
    }

    fn compile(&self, f: &Filter) -> Compiled {
        let sets = std::array::from_fn(|i| {
            let facet = Facet::ALL[i];
            let selected = f.selected(facet);
            (!selected.is_empty()).then(|| {
                let mut pass = vec![false; self.values[i].len()];
                for v in selected {
                    if let Some(id) = self.lookup[i].get(&v) {
                        pass[*id as usize] = true;
                    }
                }
                pass
            })
        });
        Compiled { sets, range: f.range, query: fold(f.search.trim()) }
    }

    /// One pass over the events: which pass, and every facet's counts. A row counts
    /// toward facet F when it passes every test except perhaps F's own.
    pub fn run(&self, f: &Filter) -> Outcome {
        let c = self.compile(f);
        let mut counts: [Vec<usize>; FACETS] = std::array::from_fn(|i| vec![0; self.values[i].len()]);
        let mut rows = Vec::new();
        for (r, row) in self.events.iter().enumerate() {
            let others_ok = c.range.is_none_or(|(a, b)| row.span.is_some_and(|(s, e)| s <= b && e >= a))
                && (c.query.is_empty() || row.search.contains(&c.query));
            if !others_ok {
                continue;
            }
            let mut failed = 0u32;
            let mut fails = 0;
            for (i, set) in c.sets.iter().enumerate() {
                if let Some(pass) = set {
                    if !row.keys[i].iter().any(|id| pass.get(*id as usize).copied().unwrap_or(false)) {
                        failed = i as u32;
                        fails += 1;
                        if fails > 1 {
                            break;
                        }
                    }
                }
            }
            match fails {
                0 => {
                    rows.push(r);
                    for (i, keys) in row.keys.iter().enumerate() {
                        for id in keys {
                            counts[i][*id as usize] += 1;
                        }
                    }
                }
                1 => {
                    let i = failed as usize;
                    for id in &row.keys[i] {
                        counts[i][*id as usize] += 1;
                    }
                }
                _ => {}
            }
        }
        Outcome { rows, counts }
    }

    /// Indices into `self.events` of the events that pass the filter.
    pub fn events(&self, f: &Filter) -> Vec<usize> {
        self.run(f).rows
    }

    /// Documents that pass: the document facet, the search (in their text), and, when
    /// other filters narrow the events, at least one matching event.
    pub fn documents(&self, f: &Filter, outcome: &Outcome) -> Vec<usize> {
        let q = fold(f.search.trim());
        let mut with_events = vec![false; self.doc_titles.len()];
        if f.narrows_events() {
            for r in &outcome.rows {
                with_events[self.events[*r].doc] = true;
            }
        }
        let docs_slot = facet_slot(Facet::Documents);
        (0..self.doc_titles.len())
            .filter(|&d| {
                f.documents.is_empty() || f.documents.contains(&self.values[docs_slot][self.doc_value[d] as usize])
            })
            .filter(|&d| q.is_empty() || self.folded[d].text.contains(&q))
            .filter(|&d| !f.narrows_events() || with_events[d])
            .collect()
    }

    /// Every value of a facet in the library with its count of matching events under the
    /// filter minus the facet's own selection; most frequent first (years and months
    /// newest first).
    pub fn facet(&self, f: &Filter, facet: Facet, outcome: &Outcome) -> Vec<FacetValue> {
        let i = facet_slot(facet);
        let count = |id: usize| outcome.counts[i].get(id).copied().unwrap_or(0);
        let mut ids: Vec<usize> = (0..self.values[i].len()).collect();
        let rank = &self.rank[i];
        match facet {
            Facet::Years | Facet::Months => ids.sort_unstable_by_key(|id| rank[*id]),
            _ => ids.sort_unstable_by_key(|id| (std::cmp::Reverse(count(*id)), rank[*id])),
        }
        let mut selected = vec![false; ids.len()];
        for v in f.selected(facet) {
            if let Some(id) = self.lookup[i].get(&v) {
                selected[*id as usize] = true;
            }
        }
        ids.into_iter()
            .map(|id| {
                let (key, label) = self.shown[i][id].clone();
                FacetValue { key, label, count: count(id), selected: selected[id] }
            })
            .collect()
    }
}

/// Keeps the facet values whose label contains the folded `query`.
pub fn search_values<'a>(values: &'a [FacetValue], query: &str) -> Vec<&'a FacetValue> {
    let q = fold(query.trim());
    values.iter().filter(|v| q.is_empty() || fold(&v.label).contains(&q)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Event, Mention, Precision};

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("ZHANAOZEN"), "zhanaozen");
        assert_eq!(fold("Žanaózen"), "zanaozen");
        assert_eq!(fold("Łódź Straße"), "lodz strasse");
        let text = "In Žanaozen and ZHANAOZEN.";
        let f = Folded::new(text);
        let hits: Vec<&str> = f.find_all(text, "zanaozen").iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(hits, ["Žanaozen"]);
        let hits: Vec<&str> = f.find_all(text, "Zhanaozen").iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(hits, ["ZHANAOZEN"]);
        assert!(f.find_all(text, "   ").is_empty());
    }

    /// Two documents: a strike in Alfa (2011) and a protest plus an arrest in Beta (2022).
    fn index() -> Index {
        let doc = |name: &str, text: &str| crate::corpus::read_document(name, text.as_bytes()).unwrap();
        let d1 = doc("a.txt", "date 2012-01-01\nWorkers of Acme struck in Alfa.");
        let d2 = doc("b.txt", "date 2022-03-01\nCrowds marched in Beta with Ann Lee. Police detained Ann Lee.");
        let ev = |doc: &Document, s: usize, kind, date: &str, place: &str| Event {
            kind,
            date: Some(date.into()),
            precision: Some(Precision::Month),
            place: Some(place.into()),
            actors: vec![],
            figures: vec![],
            evidence: doc.sentences[s],
            sentence: doc.sentences[s],
        };
        let m = |doc: &Document, word: &str, kind| {
            let start = doc.text.find(word).unwrap();
            Mention { span: Span::new(start, start + word.len()), kind, canonical: word.into() }
        };
        let last = |doc: &Document, word: &str, kind| {
            let start = doc.text.rfind(word).unwrap();
            Mention { span: Span::new(start, start + word.len()), kind, canonical: word.into() }
        };
        let a1 = Analysis {
            timexes: vec![],
            mentions: vec![m(&d1, "Acme", EntityKind::Organization)],
            figures: vec![],
            events: vec![ev(&d1, 0, EventType::Strike, "2011-12", "Alfa")],
            title: None,
        };
        let a2 = Analysis {
            timexes: vec![],
            mentions: vec![m(&d2, "Ann Lee", EntityKind::Person), last(&d2, "Ann Lee", EntityKind::Person)],
            figures: vec![],
            events: vec![
                ev(&d2, 0, EventType::Protest, "2022-02", "Beta"),
                ev(&d2, 1, EventType::Arrest, "2022-02-03", "Beta"),
            ],
            title: None,
        };
        Index::build(&[d1, d2], &[a1, a2])
    }

    #[test]
    fn facets_are_or_within_and_across() {
        let ix = index();
        let mut f = Filter::default();
        assert_eq!(ix.events(&f).len(), 3);
        f.toggle(Facet::Types, "protest");
        f.toggle(Facet::Types, "strike");
        assert_eq!(ix.events(&f).len(), 2, "OR within a facet");
        f.toggle(Facet::Places, "Beta");
        assert_eq!(ix.events(&f), [1], "AND across facets");
        f.toggle(Facet::Places, "Beta");
        assert_eq!(ix.events(&f).len(), 2, "toggling again removes the value");
    }

    #[test]
    fn counts_ignore_the_facets_own_selection() {
        let ix = index();
        let mut f = Filter::default();
        f.toggle(Facet::Places, "Beta");
        let types = ix.facet(&f, Facet::Types, &ix.run(&f));
        let count = |k: &str| types.iter().find(|v| &*v.key == k).unwrap().count;
        assert_eq!((count("protest"), count("arrest"), count("strike")), (1, 1, 0), "zero counts stay listed");
        let places = ix.facet(&f, Facet::Places, &ix.run(&f));
        assert_eq!(places.iter().map(|v| (&*v.key, v.count, v.selected)).collect::<Vec<_>>(),
            [("Alfa", 1, false), ("Beta", 2, true)].iter().copied().rev().collect::<Vec<_>>());
    }

    #[test]
    fn people_come_from_the_event_sentence() {
        let ix = index();
        let mut f = Filter::default();
        f.toggle(Facet::People, "Ann Lee");
        assert_eq!(ix.events(&f), [1, 2]);
        assert_eq!(ix.documents(&f, &ix.run(&f)), [1]);
    }

    #[test]
    fn search_and_range() {
        let ix = index();
        let f = Filter { search: "ACME".into(), ..Filter::default() };
        assert_eq!(ix.events(&f), [0]);
        assert_eq!(ix.documents(&f, &ix.run(&f)), [0]);
        let jan_2022 = span_of("2022-01").unwrap();
        let feb_2022 = span_of("2022-02").unwrap();
        let f = Filter { range: Some((jan_2022.0, feb_2022.0)), ..Filter::default() };
        assert_eq!(ix.events(&f), [1], "the month-long protest overlaps; the 3 Feb arrest does not");
        let f = Filter { range: Some(jan_2022), ..Filter::default() };
        assert!(ix.events(&f).is_empty());
        assert!(ix.documents(&f, &ix.run(&f)).is_empty());
    }

    #[test]
    fn months_facet_counts_events_within_a_month_newest_first() {
        let ix = index();
        let all = ix.run(&Filter::default());
        let months = ix.facet(&Filter::default(), Facet::Months, &all);
        let shown: Vec<(&str, &str, usize)> = months.iter().map(|v| (&*v.key, &*v.label, v.count)).collect();
        assert_eq!(shown, [("2022-02", "Feb 2022", 2), ("2011-12", "Dec 2011", 1)]);
        let mut f = Filter::default();
        f.toggle(Facet::Months, "2022-02");
        assert_eq!(ix.events(&f), [1, 2], "the month-long protest and the 3 February arrest");
        f.toggle(Facet::Months, "2011-12");
        assert_eq!(ix.events(&f), [0, 1, 2], "OR within the facet");
        f.toggle(Facet::Types, "strike");
        assert_eq!(ix.facet(&f, Facet::Months, &ix.run(&f)).iter().map(|v| v.count).collect::<Vec<_>>(), [0, 1]);
        f.toggle(Facet::Months, "not a month");
        f.toggle(Facet::Months, "2022-13");
        assert_eq!(f.selected(Facet::Months), ["2011-12", "2022-02"], "only calendar months are kept");
        // Only spans within one month have one: a year or a season does not.
        assert_eq!(month_of(span_of("2022-01-31").unwrap()).as_deref(), Some("2022-01"));
        assert_eq!(month_of(span_of("2022").unwrap()), None);
        assert_eq!(month_of(span_of("2022-SU").unwrap()), None);
    }

    #[test]
    fn years_facet_newest_first_and_facet_search() {
        let ix = index();
        let all = ix.run(&Filter::default());
        let years = ix.facet(&Filter::default(), Facet::Years, &all);
        assert_eq!(years.iter().map(|v| &*v.key).collect::<Vec<_>>(), ["2022", "2011"]);
        let docs = ix.facet(&Filter::default(), Facet::Documents, &all);
        assert_eq!(search_values(&docs, "crowds").len(), 1);
    }
}
