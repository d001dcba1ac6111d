//! Querying the library: the [`Filter`], which events and documents match it, facet values
//! with live counts, and case- and diacritic-insensitive search with match spans.

use crate::corpus::{Document, Span};
use crate::extract::{Analysis, EntityKind, EventType};
use crate::timeline::{span_of, Day};
use std::collections::{BTreeMap, BTreeSet};
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
    Documents,
}

impl Facet {
    pub const ALL: [Facet; 6] =
        [Facet::Types, Facet::Places, Facet::People, Facet::Organizations, Facet::Years, Facet::Documents];

    pub fn label(self) -> &'static str {
        match self {
            Facet::Types => "Event types",
            Facet::Places => "Places",
            Facet::People => "People",
            Facet::Organizations => "Organisations & actors",
            Facet::Years => "Years",
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
            && self.range.is_none())
    }
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
        s.chars().for_each(|c| push(c));
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

/// A document's text folded for search, with the way back to original byte offsets.
#[derive(Debug, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the byte offset of the original character it came from.
    origin: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            fold_char(c, &mut |f| {
                text.push(f);
                origin.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
            });
        }
        Folded { text, origin }
    }

    /// Every occurrence of the folded `query`, as spans of the original text.
    pub fn find_all(&self, original: &str, query: &str) -> Vec<Span> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(pos) = self.text.get(from..).and_then(|t| t.find(&q)) {
            let a = from + pos;
            let b = a + q.len();
            let start = self.origin.get(a).copied().unwrap_or(0) as usize;
            // The end is the end of the original character that produced the last byte.
            let last = self.origin.get(b - 1).copied().unwrap_or(0) as usize;
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
    pub people: Vec<String>,
    pub organizations: Vec<String>,
    /// Folded sentence, place and actors.
    search: String,
}

impl EventRow {
    pub fn year(&self) -> Option<i32> {
        self.span.and_then(|(a, _)| crate::timeline::date(a)).map(|d| chrono::Datelike::year(&d))
    }
}

/// A facet value with its count under the current filter (ignoring the facet's own selection).
#[derive(Clone, Debug, PartialEq)]
pub struct FacetValue {
    /// What the filter stores (`protest`, `Zhanaozen`, `2022`, a document id).
    pub key: String,
    /// What the user reads (a document's title rather than its id).
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

/// Everything the filters need, computed once per library.
#[derive(Debug, Default)]
pub struct Index {
    pub events: Vec<EventRow>,
    pub folded: Vec<Folded>,
    doc_ids: Vec<String>,
    doc_titles: Vec<String>,
}

impl Index {
    pub fn build(docs: &[Document], analyses: &[Analysis]) -> Index {
        let mut events = Vec::new();
        for (d, (doc, a)) in docs.iter().zip(analyses).enumerate() {
            for (i, e) in a.events.iter().enumerate() {
                let in_sentence = |kind: EntityKind| -> Vec<String> {
                    let set: BTreeSet<String> = a
                        .mentions
                        .iter()
                        .filter(|m| m.kind == kind && e.sentence.contains(m.span))
                        .map(|m| m.canonical.clone())
                        .collect();
                    set.into_iter().collect()
                };
                let mut organizations = in_sentence(EntityKind::Organization);
                for actor in &e.actors {
                    if !organizations.contains(actor) {
                        organizations.push(actor.clone());
                    }
                }
                organizations.sort();
                let search = fold(&format!(
                    "{} {} {}",
                    doc.slice(e.sentence),
                    e.place.as_deref().unwrap_or(""),
                    e.actors.join(" ")
                ));
                events.push(EventRow {
                    doc: d,
                    idx: i,
                    kind: e.kind,
                    span: e.date.as_deref().and_then(span_of),
                    place: e.place.clone(),
                    people: in_sentence(EntityKind::Person),
                    organizations,
                    search,
                });
            }
        }
        Index {
            events,
            folded: docs.iter().map(|d| Folded::new(&d.text)).collect(),
            doc_ids: docs.iter().map(|d| d.id.clone()).collect(),
            doc_titles: docs.iter().map(|d| d.title().to_string()).collect(),
        }
    }

    fn row_matches(&self, f: &Filter, r: &EventRow, except: Option<Facet>, q: &str) -> bool {
        let any = |set: &BTreeSet<String>, vals: &[String]| set.is_empty() || vals.iter().any(|v| set.contains(v));
        (except == Some(Facet::Types) || f.types.is_empty() || f.types.contains(&r.kind))
            && (except == Some(Facet::Places)
                || f.places.is_empty()
                || r.place.as_ref().is_some_and(|p| f.places.contains(p)))
            && (except == Some(Facet::People) || any(&f.people, &r.people))
            && (except == Some(Facet::Organizations) || any(&f.organizations, &r.organizations))
            && (except == Some(Facet::Years)
                || f.years.is_empty()
                || r.year().is_some_and(|y| f.years.contains(&y)))
            && (except == Some(Facet::Documents) || f.documents.is_empty() || f.documents.contains(&self.doc_ids[r.doc]))
            && f.range.is_none_or(|(a, b)| r.span.is_some_and(|(s, e)| s <= b && e >= a))
            && (q.is_empty() || r.search.contains(q))
    }

    /// Indices into `self.events` of the events that pass the filter.
    pub fn events(&self, f: &Filter) -> Vec<usize> {
        let q = fold(f.search.trim());
        (0..self.events.len()).filter(|&i| self.row_matches(f, &self.events[i], None, &q)).collect()
    }

    /// Documents that pass: the document facet, the search (in their text), and, when
    /// other filters narrow the events, at least one matching event.
    pub fn documents(&self, f: &Filter) -> Vec<usize> {
        let q = fold(f.search.trim());
        let with_events: BTreeSet<usize> = if f.narrows_events() {
            self.events(f).into_iter().map(|i| self.events[i].doc).collect()
        } else {
            BTreeSet::new()
        };
        (0..self.doc_ids.len())
            .filter(|&d| f.documents.is_empty() || f.documents.contains(&self.doc_ids[d]))
            .filter(|&d| q.is_empty() || self.folded[d].text.contains(&q))
            .filter(|&d| !f.narrows_events() || with_events.contains(&d))
            .collect()
    }

    /// Every value of a facet in the library, with its count of matching events under the
    /// filter minus the facet's own selection; most frequent first.
    pub fn facet(&self, f: &Filter, facet: Facet) -> Vec<FacetValue> {
        let q = fold(f.search.trim());
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for r in &self.events {
            let keys: Vec<String> = match facet {
                Facet::Types => vec![type_name(r.kind).to_string()],
                Facet::Places => r.place.iter().cloned().collect(),
                Facet::People => r.people.clone(),
                Facet::Organizations => r.organizations.clone(),
                Facet::Years => r.year().map(|y| y.to_string()).into_iter().collect(),
                Facet::Documents => vec![self.doc_ids[r.doc].clone()],
            };
            let hit = self.row_matches(f, r, Some(facet), &q);
            for k in keys {
                *counts.entry(k).or_default() += usize::from(hit);
            }
        }
        if facet == Facet::Documents {
            for id in &self.doc_ids {
                counts.entry(id.clone()).or_default();
            }
        }
        let selected: BTreeSet<String> = f.selected(facet).into_iter().collect();
        let mut out: Vec<FacetValue> = counts
            .into_iter()
            .map(|(key, count)| FacetValue {
                label: match facet {
                    Facet::Documents => self
                        .doc_ids
                        .iter()
                        .position(|id| *id == key)
                        .map_or_else(|| key.clone(), |d| self.doc_titles[d].clone()),
                    _ => key.clone(),
                },
                selected: selected.contains(&key),
                key,
                count,
            })
            .collect();
        out.sort_by(|a, b| match facet {
            Facet::Years => b.key.cmp(&a.key),
            _ => b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)),
        });
        out
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
        };
        let a2 = Analysis {
            timexes: vec![],
            mentions: vec![m(&d2, "Ann Lee", EntityKind::Person), last(&d2, "Ann Lee", EntityKind::Person)],
            figures: vec![],
            events: vec![
                ev(&d2, 0, EventType::Protest, "2022-02", "Beta"),
                ev(&d2, 1, EventType::Arrest, "2022-02-03", "Beta"),
            ],
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
        let types = ix.facet(&f, Facet::Types);
        let count = |k: &str| types.iter().find(|v| v.key == k).unwrap().count;
        assert_eq!((count("protest"), count("arrest"), count("strike")), (1, 1, 0), "zero counts stay listed");
        let places = ix.facet(&f, Facet::Places);
        assert_eq!(places.iter().map(|v| (v.key.as_str(), v.count, v.selected)).collect::<Vec<_>>(),
            [("Alfa", 1, false), ("Beta", 2, true)].iter().copied().rev().collect::<Vec<_>>());
    }

    #[test]
    fn people_come_from_the_event_sentence() {
        let ix = index();
        let mut f = Filter::default();
        f.toggle(Facet::People, "Ann Lee");
        assert_eq!(ix.events(&f), [1, 2]);
        assert_eq!(ix.documents(&f), [1]);
    }

    #[test]
    fn search_and_range() {
        let ix = index();
        let f = Filter { search: "ACME".into(), ..Filter::default() };
        assert_eq!(ix.events(&f), [0]);
        assert_eq!(ix.documents(&f), [0]);
        let jan_2022 = span_of("2022-01").unwrap();
        let feb_2022 = span_of("2022-02").unwrap();
        let f = Filter { range: Some((jan_2022.0, feb_2022.0)), ..Filter::default() };
        assert_eq!(ix.events(&f), [1], "the month-long protest overlaps; the 3 Feb arrest does not");
        let f = Filter { range: Some(jan_2022), ..Filter::default() };
        assert!(ix.events(&f).is_empty());
        assert!(ix.documents(&f).is_empty());
    }

    #[test]
    fn years_facet_newest_first_and_facet_search() {
        let ix = index();
        let years = ix.facet(&Filter::default(), Facet::Years);
        assert_eq!(years.iter().map(|v| v.key.as_str()).collect::<Vec<_>>(), ["2022", "2011"]);
        let docs = ix.facet(&Filter::default(), Facet::Documents);
        assert_eq!(search_values(&docs, "crowds").len(), 1);
    }
}
