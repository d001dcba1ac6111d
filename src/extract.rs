//! The extraction pipeline: one [`Document`] in, one [`Analysis`] out (timexes, entity
//! mentions, figures, events), plus the JSON report the CLI prints.
//!
//! Each stage lives in its own module (`timex`, `entities`, `figures`, `events`); this
//! module owns the shared result types and the order in which stages run.

use crate::corpus::{Document, Span, Warning};
use crate::tokens::Prepared;
use serde::{Deserialize, Serialize};

/// TimeML TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// How precise a date value is; the timeline draws a point for `Day` and a band otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}

/// A temporal expression with its TIMEX3 value, e.g. `2 January` → `2022-01-02`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2022-01-02`, `2022-01`, `2022`, `201`, `2021-SU`, `PRESENT_REF`,
    /// `P3D`, `XXXX-WXX-5`, …
    pub value: String,
    /// For dates; `None` for durations, sets and references like `PRESENT_REF`.
    pub precision: Option<Precision>,
    /// The end of a range (`from 5 to 19 January`): `value` is its start.
    pub range_end: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

/// One occurrence of a named entity, with the canonical name of the entity it refers to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
    /// The merged name: `Kassym-Jomart Tokayev` for `Tokayev`, `Aktau` for `Aqtau`.
    pub canonical: String,
}

/// What a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Killed,
    Injured,
    Detained,
    Protesters,
    Workers,
    Percent,
    Money,
}

/// A number tied to what it counts, with its qualifier kept as a range:
/// `at least 240 killed` → killed, min 240, max none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub span: Span,
    pub kind: FigureKind,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// True for `about`, `around`, `some`, `nearly`, `roughly`.
    pub approximate: bool,
    /// Currency or unit where there is one (`USD`, `%`).
    pub unit: Option<String>,
}

/// ACLED-like event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    Protest,
    Strike,
    Riot,
    Killing,
    Violence,
    Arrest,
    Other,
}

/// Something that happened: a type, when, where, who, how many, and the evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: EventType,
    /// A TIMEX3 date value (`2022-01-02`, `2022-01`, `2012`), if one could be tied to it.
    pub date: Option<String>,
    pub precision: Option<Precision>,
    /// Canonical place name.
    pub place: Option<String>,
    /// Canonical organisation names and groups such as `security forces`.
    pub actors: Vec<String>,
    pub figures: Vec<Figure>,
    /// The words that state the event.
    pub evidence: Span,
    /// The sentence that holds the evidence.
    pub sentence: Span,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub timexes: Vec<Timex>,
    pub mentions: Vec<Mention>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    /// The document's title as its page layout has it (a headline after the masthead and
    /// section labels, or a memo's subject line); `None` when the layout finds none.
    pub title: Option<Span>,
}

impl Analysis {
    /// What the user reads as the title of `doc` (this analysis's document): its
    /// [`Analysis::title`], else its first sentence ([`Document::title`]).
    pub fn title<'d>(&self, doc: &'d Document) -> &'d str {
        self.title.and_then(|t| doc.text.get(t.start..t.end)).unwrap_or_else(|| doc.title())
    }
}

/// Runs every stage over one document.
pub fn analyze(doc: &Document) -> Analysis {
    analyze_corpus(std::slice::from_ref(doc)).pop().unwrap_or_else(|| Analysis {
        timexes: Vec::new(),
        mentions: Vec::new(),
        figures: Vec::new(),
        events: Vec::new(),
        title: None,
    })
}

/// Runs every stage over a corpus: per document timexes, entities, figures and events;
/// then entity variants are merged across documents (`Tokayev` in one, `Kassym-Jomart
/// Tokayev` in another).
///
/// Each document is tokenized, lowercased and looked up in the shared lexicon once
/// ([`Prepared`]), and every stage reads that. Documents go in small batches (see
/// [`analyze_batch`]), so memory beyond the results stays a batch's. Events may be
/// found before the merge: they read only places and organisations, and `unify`
/// rewrites only people's names (a test in `events` holds them to that).
pub fn analyze_corpus(docs: &[Document]) -> Vec<Analysis> {
    analyze_corpus_with(docs, &mut |_| {})
}

/// [`analyze_corpus`], calling `step(i)` once document `i` is analysed (before names
/// are merged across the corpus, which is quick).
pub fn analyze_corpus_with(docs: &[Document], step: &mut dyn FnMut(usize)) -> Vec<Analysis> {
    let mut out = analyze_unmerged(docs, step);
    merge_names(&mut out);
    out
}

/// [`analyze_corpus_with`] without merging names across documents: each analysis then
/// depends on its document alone, so a corpus may be analysed in pieces (the import's
/// workers do) and merged once with [`merge_names`].
pub fn analyze_unmerged(docs: &[Document], step: &mut dyn FnMut(usize)) -> Vec<Analysis> {
    let mut out: Vec<Analysis> = Vec::with_capacity(docs.len());
    let mut scratch = Scratch::default();
    let mut rest = docs;
    while !rest.is_empty() {
        let (batch, after) = rest.split_at(batch_len(rest));
        rest = after;
        analyze_batch(batch, &mut scratch, &mut out);
        for i in out.len() - batch.len()..out.len() {
            step(i);
        }
    }
    out
}

/// Merges the names of a whole corpus's analyses (see `entities::unify`).
pub fn merge_names(out: &mut [Analysis]) {
    let mut mentions: Vec<Vec<Mention>> = out.iter_mut().map(|a| std::mem::take(&mut a.mentions)).collect();
    crate::entities::unify(&mut mentions);
    for (a, m) in out.iter_mut().zip(mentions) {
        a.mentions = m;
    }
}

/// A batch holds at most this many documents …
const BATCH_DOCS: usize = 64;
/// … and, past its first document, at most this many bytes of text.
const BATCH_BYTES: usize = 256 * 1024;

/// How many of `docs` the next batch takes (at least one).
fn batch_len(docs: &[Document]) -> usize {
    let mut bytes = 0;
    let mut n = 0;
    for d in docs.iter().take(BATCH_DOCS) {
        if n > 0 && bytes + d.text.len() > BATCH_BYTES {
            break;
        }
        bytes += d.text.len();
        n += 1;
    }
    n.max(1)
}

/// The per-document buffers of a batch, kept from one batch to the next so that their
/// memory is reused rather than allocated (and touched fresh) for every document.
#[derive(Default)]
struct Scratch {
    /// One preparation per document of the batch (refilled by [`Prepared::fill`]).
    preps: Vec<Prepared>,
    /// One emptied word list per document (see [`crate::tokens::recycle_words`]).
    words: Vec<Vec<&'static str>>,
    /// The working lists of the events stage.
    events: crate::events::Scratch,
}

/// Runs the stages over a small batch of documents one stage at a time: each stage's
/// code and word tables stay in the processor's caches for the whole batch, which is
/// markedly faster than running every stage on one small document after another.
/// Documents are prepared into `scratch`'s buffers.
fn analyze_batch(batch: &[Document], scratch: &mut Scratch, out: &mut Vec<Analysis>) {
    if scratch.preps.len() < batch.len() {
        scratch.preps.resize_with(batch.len(), Prepared::default);
    }
    for (p, d) in scratch.preps.iter_mut().zip(batch) {
        p.fill(d);
    }
    let preps = scratch.preps.get(..batch.len()).unwrap_or(&[]);
    let mut spare = std::mem::take(&mut scratch.words).into_iter();
    let words: Vec<Vec<&str>> = preps.iter().map(|p| p.words_in(spare.next().unwrap_or_default())).collect();
    scratch.words = spare.collect();
    let mentions: Vec<Vec<Mention>> =
        batch.iter().zip(preps).zip(&words).map(|((d, p), w)| crate::entities::find_prepared(d, p, w)).collect();
    let timexes: Vec<Vec<Timex>> =
        batch.iter().zip(preps).zip(&words).map(|((d, p), w)| crate::timex::find_prepared(d, p, w)).collect();
    let figures: Vec<Vec<Figure>> =
        batch.iter().zip(preps).zip(&words).map(|((d, p), w)| crate::figures::find_prepared(d, p, w)).collect();
    let parts = mentions.into_iter().zip(timexes).zip(figures);
    for (((doc, prep), w), ((mentions, timexes), figures)) in batch.iter().zip(preps).zip(&words).zip(parts) {
        let events = crate::events::find_with(doc, prep, w, &timexes, &mentions, &figures, &mut scratch.events);
        out.push(Analysis { timexes, mentions, figures, events, title: prep.layout.title() });
    }
    scratch.words.extend(words.into_iter().map(crate::tokens::recycle_words));
}

/// The JSON shape printed by `chronicle extract` (documented in the README).
#[derive(Serialize)]
pub struct Report<'a> {
    pub id: &'a str,
    pub date: Option<String>,
    pub timexes: Vec<TimexOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
    pub figures: Vec<FigureOut<'a>>,
    pub events: Vec<EventOut<'a>>,
    pub warnings: Vec<String>,
}

#[derive(Serialize)]
pub struct TimexOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range_end: Option<&'a str>,
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub canonical: &'a str,
}

#[derive(Serialize)]
pub struct FigureOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub approximate: bool,
    pub unit: Option<&'a str>,
}

#[derive(Serialize)]
pub struct EventOut<'a> {
    #[serde(rename = "type")]
    pub kind: EventType,
    pub date: Option<&'a str>,
    pub precision: Option<Precision>,
    /// The place as the document writes it (see [`place_as_written`]).
    pub place: Option<&'a str>,
    /// The place's canonical name (`United Kingdom` for `Britain`), as the page shows it.
    pub place_canonical: Option<&'a str>,
    pub actors: &'a [String],
    pub figures: Vec<FigureOut<'a>>,
    pub evidence: SpanOut<'a>,
}

/// Whether `text` has no lowercase letter (`SANTIAGO`).
fn capitals(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// The place of `e` as `doc` writes it: a place mention of `mentions` with the event's
/// canonical name, inside the evidence, else in the event's sentence, else the
/// document's first (`Britain` for United Kingdom, `Nur-Sultan` for Astana), one in
/// running text before a dateline's capitals (`Santiago`, not `SANTIAGO`); the canonical
/// name when the document names it nowhere (a country told by `across the country`) or
/// only in capitals.
pub fn place_as_written<'a>(doc: &'a Document, mentions: &[Mention], e: &'a Event) -> Option<&'a str> {
    let place = e.place.as_deref()?;
    let m = mentions.iter().filter(|m| m.kind == EntityKind::Place && m.canonical == place).min_by_key(|m| {
        // (A mention after the evidence in its sentence, `near Zhanaozen` in a clause
        // about someone, names the place only when no earlier one does: `Janaozen`,
        // where the event was placed from.)
        let (tier, at) = if e.evidence.contains(m.span) {
            (0, m.span.start)
        } else if e.sentence.contains(m.span) && m.span.start < e.evidence.start {
            (1, m.span.start)
        } else if m.span.end <= e.evidence.start {
            (2, usize::MAX - m.span.start)
        } else if e.sentence.contains(m.span) {
            (3, m.span.start)
        } else {
            (4, m.span.start)
        };
        // (Not another name in brackets after the usual one, `Taldykorgan (formerly
        // Taldy-Kurgan)`, when the document names it otherwise too.)
        let gloss = crate::layout::bracket_gloss(&doc.text, m.span.start).is_some();
        (capitals(doc.slice(m.span)), gloss, tier, at)
    });
    // (Only a dateline names it: the canonical name reads better, `Santiago`.)
    let written = m.map(|m| doc.slice(m.span)).filter(|t| !capitals(t));
    // (A town named only inside an organisation's name of the event's sentence, the court
    // of a ruling: `the Maladziechna District Court`, as written there.)
    let in_org = || {
        mentions.iter().filter(|m| m.kind == EntityKind::Organization && e.sentence.contains(m.span)).find_map(|m| {
            doc.slice(m.span).split(' ').find(|w| w.starts_with(char::is_uppercase) && crate::gazetteer::lookup(w).is_some_and(|g| g.name == place))
        })
    };
    Some(written.or_else(in_org).unwrap_or(place))
}

#[derive(Serialize)]
pub struct SpanOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl<'a> FigureOut<'a> {
    pub fn new(doc: &'a Document, f: &'a Figure) -> FigureOut<'a> {
        FigureOut {
            text: doc.slice(f.span),
            start: f.span.start,
            end: f.span.end,
            kind: f.kind,
            min: f.min,
            max: f.max,
            approximate: f.approximate,
            unit: f.unit.as_deref(),
        }
    }
}

impl<'a> EventOut<'a> {
    /// `e` of `doc`, whose place mentions are among `mentions`.
    pub fn new(doc: &'a Document, mentions: &[Mention], e: &'a Event) -> EventOut<'a> {
        EventOut {
            kind: e.kind,
            date: e.date.as_deref(),
            precision: e.precision,
            place: place_as_written(doc, mentions, e),
            place_canonical: e.place.as_deref(),
            actors: &e.actors,
            figures: e.figures.iter().map(|f| FigureOut::new(doc, f)).collect(),
            evidence: SpanOut { start: e.evidence.start, end: e.evidence.end, text: doc.slice(e.evidence) },
        }
    }
}

impl<'a> Report<'a> {
    pub fn new(doc: &'a Document, a: &'a Analysis) -> Report<'a> {
        let figure = |f: &'a Figure| FigureOut::new(doc, f);
        Report {
            id: &doc.id,
            date: doc.date.map(|d| d.to_string()),
            timexes: a
                .timexes
                .iter()
                .map(|t| TimexOut {
                    text: doc.slice(t.span),
                    start: t.span.start,
                    end: t.span.end,
                    kind: t.kind,
                    value: &t.value,
                    range_end: t.range_end.as_deref(),
                })
                .collect(),
            entities: a
                .mentions
                .iter()
                .map(|m| EntityOut {
                    text: doc.slice(m.span),
                    start: m.span.start,
                    end: m.span.end,
                    kind: m.kind,
                    canonical: &m.canonical,
                })
                .collect(),
            figures: a.figures.iter().map(figure).collect(),
            events: a.events.iter().map(|e| EventOut::new(doc, &a.mentions, e)).collect(),
            warnings: doc.warnings.iter().map(Warning::message).collect(),
        }
    }
}
