//! Events: protests, strikes, riots, killings, violence and arrests (ACLED style), each
//! with its normalised date, canonical place, actors, figures and evidence span.
//!
//! Triggers (see `triggers.rs`) are words (`demo`, `went on strike`, `shot dead`,
//! `detained`) and figures (`at least 240 killed`). Within a sentence every place goes to
//! its nearest trigger (a place after `in`/`at` leans left) and every trigger takes the
//! nearest date; what the sentence does not say comes from the running focus (the last
//! date and place of earlier sentences), then from the document's main country.
//! `across the country` and `in 21 cities` name the main country. Then:
//! - deaths or violence that belong to a strike, protest or riot of the same sentence are
//!   its toll (`a strike … culminated in security forces opening fire, leaving 16 dead`);
//! - a crowd that turns violent is a riot: a protest at the place and on the day of a riot
//!   that its paragraph tells by the people who rioted is not kept beside it;
//! - a list of three countries or more with no day of its own (`protests in Chile,
//!   Lebanon and Iraq that year`) is background, no event in each;
//! - a definite mention with no place or date of its own (`The protests were organised
//!   by …`) refers back to the last event of its type;
//! - negated, hypothetical, planned and generic mentions are skipped (`no protests`,
//!   `threatened to strike`, `protests are expected to`, `the right to strike`), and so is
//!   anything dated after the document;
//! - events with the same type, date and place are merged; a vaguer restatement
//!   (`protests in January` across the country) of a more precise event of the same type
//!   (and of actors it shares, if both name some) is dropped, and so are events dated only by the document date, picket lines and
//!   `unrest` when something firmer of their type is found.

use crate::corpus::{Document, Span};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Hash tables of one document's events: [`gazetteer::FastHasher`] instead of SipHash (nothing
/// iterates them, so the order of their entries does not matter).
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<gazetteer::FastHasher>>;

/// A map of the few keys of one document's events: a list searched in order while it is
/// short (cheaper than hashing a handful of keys), a [`FastMap`] past that.
enum SmallMap<K, V> {
    List(Vec<(K, V)>),
    Hashed(FastMap<K, V>),
}

impl<K: Copy + Eq + std::hash::Hash, V: Copy> SmallMap<K, V> {
    /// The most keys kept in a list.
    const LIST: usize = 24;

    /// An empty map for about `n` keys.
    fn new(n: usize) -> SmallMap<K, V> {
        if n <= Self::LIST {
            SmallMap::List(Vec::with_capacity(n))
        } else {
            SmallMap::Hashed(FastMap::with_capacity_and_hasher(n, Default::default()))
        }
    }

    /// The value of `k`, given `v` first if it has none.
    fn get_or_insert(&mut self, k: K, v: V) -> V {
        match self {
            SmallMap::List(l) => {
                if let Some(&(_, x)) = l.iter().find(|(x, _)| *x == k) {
                    return x;
                }
                if l.len() < Self::LIST {
                    l.push((k, v));
                    return v;
                }
                let mut m: FastMap<K, V> = l.drain(..).collect();
                m.insert(k, v);
                *self = SmallMap::Hashed(m);
                v
            }
            SmallMap::Hashed(m) => *m.entry(k).or_insert(v),
        }
    }

    fn get(&self, k: &K) -> Option<V> {
        match self {
            SmallMap::List(l) => l.iter().find(|(x, _)| x == k).map(|&(_, v)| v),
            SmallMap::Hashed(m) => m.get(k).copied(),
        }
    }
}
use crate::extract::{EntityKind, Event, EventType, Figure, FigureKind, Mention, Precision, Timex, TimexType};
use crate::gazetteer::{self, PlaceKind};
use crate::tokens::{Prepared, Token, TokenKind};

/// A word or figure that states an event.
#[derive(Clone, Debug)]
struct Trigger {
    kind: EventType,
    span: Span,
    sentence: usize,
    /// Stated by a figure (`at least 240 killed`), not a word.
    figure: bool,
}

/// A date an event can take: a TIMEX3 date, or the day of a time (`Monday morning`).
#[derive(Clone, Debug)]
struct DateRef<'a> {
    span: Span,
    value: &'a str,
    precision: Option<Precision>,
    /// After `since`/`until`: no date for counts (killings, arrests, injuries).
    since: bool,
    /// Starts a range (`between 12 and 14 July`): its [`Timex::range_end`] is set.
    range: bool,
}

impl<'a> DateRef<'a> {
    fn new(t: &'a Timex) -> Option<DateRef<'a>> {
        if !t.value.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let range = t.range_end.is_some();
        match t.kind {
            TimexType::Date if t.precision.is_some() => {
                // `2022-10-02TEV` (an evening) dates the event by its day.
                match day_part(&t.value) {
                    Some(day) if day.len() == 10 => {
                        Some(DateRef { span: t.span, value: day, precision: Some(Precision::Day), since: false, range })
                    }
                    // A season, a quarter or a half dates an event by its year, as ACLED's
                    // precision codes go (`in the summer of 2018` → `2018`).
                    _ if matches!(t.precision, Some(Precision::Season | Precision::Quarter)) => {
                        let year = t.value.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
                        Some(DateRef { span: t.span, value: year, precision: Some(Precision::Year), since: false, range })
                    }
                    _ => Some(DateRef { span: t.span, value: &t.value, precision: t.precision, since: false, range }),
                }
            }
            TimexType::Time => {
                let day = day_part(&t.value).unwrap_or(&t.value);
                let ok = day.len() == 10 && day.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
                ok.then_some(DateRef { span: t.span, value: day, precision: Some(Precision::Day), since: false, range })
            }
            _ => None,
        }
    }
}

/// The part of a TIMEX3 value before its `T` (`2022-10-02` of `2022-10-02TEV`), if it
/// has one: `value.split_once('T')`'s first part, by a plain byte loop over the few
/// bytes of a value.
fn day_part(value: &str) -> Option<&str> {
    value.bytes().position(|b| b == b'T').and_then(|p| value.get(..p))
}

/// A place reference inside a sentence: a mention or `across the country`.
#[derive(Clone, Debug)]
struct PlaceRef<'a> {
    span: Span,
    name: &'a str,
    sentence: usize,
    /// `across the country`: the main country by a phrase, not a name.
    pseudo: bool,
    /// `from X`, `to X`: an end of a route, used only when nothing else is named.
    route: bool,
    /// A mention that is a wire dateline ([`is_dateline`]): `DUBAI, Oct 8 -`.
    dateline: bool,
    /// The gazetteer's place of that exact name ([`gazetteer::place`]), looked up once.
    gaz: Option<&'static gazetteer::Place>,
    /// [`is_spot`], once asked: 0 not yet, 1 no, 2 yes (the answer depends only on the
    /// reference and the document's text, and is asked again and again).
    spot: std::cell::Cell<u8>,
}

impl PlaceRef<'_> {
    /// Whether this is a country other than the document's `country`: no place for an
    /// event it is named with in passing (`now in Lithuania`, `extradition to China`).
    fn other_country(&self, country: Option<&str>) -> bool {
        self.gaz.is_some_and(|g| g.kind == PlaceKind::Country) && country != Some(self.name)
    }
}

pub fn find(doc: &Document, timexes: &[Timex], mentions: &[Mention], figures: &[Figure]) -> Vec<Event> {
    let prep = Prepared::new(doc);
    find_prepared(doc, &prep, &prep.words(), timexes, mentions, figures)
}

/// [`find`] over the document's shared tokens and their lowercase texts
/// ([`Prepared::words`]).
pub fn find_prepared(
    doc: &Document,
    prep: &Prepared,
    words: &[&str],
    timexes: &[Timex],
    mentions: &[Mention],
    figures: &[Figure],
) -> Vec<Event> {
    find_with(doc, prep, words, timexes, mentions, figures, &mut Scratch::default())
}

/// The working lists of [`find_with`], kept from one document to the next so that their
/// memory is reused rather than allocated for every document. (Only lists that borrow
/// nothing from a document.)
#[derive(Default)]
pub struct Scratch {
    /// [`Cx::flags`] and [`Cx::sent_tok`].
    flags: Vec<u8>,
    sent_tok: Vec<usize>,
    /// [`Cx::block_tok`].
    block_tok: Vec<u32>,
    /// The triggers, and the marks of those kept (see [`Cx::triggers`]).
    triggers: Vec<Trigger>,
    marks: Vec<bool>,
    /// Which mentions are destinations, which events are weak.
    dest: Vec<bool>,
    /// The gazetteer's place of each place mention's name (see [`find_in`]).
    gaz: Vec<Option<&'static gazetteer::Place>>,
    weak: Vec<bool>,
    /// The spans of a sentence's triggers, dates and count dates, and the indices of
    /// its count dates.
    trig_spans: Vec<Span>,
    date_spans: Vec<Span>,
    count_spans: Vec<Span>,
    count_dates: Vec<usize>,
    /// Per trigger of a sentence, the indices of the events it made.
    made_pool: Vec<Vec<usize>>,
    /// The security forces of the sentence before.
    prev_security: Vec<&'static str>,
    /// The document's day (`2023-05-12`), see [`day_into`].
    day: String,
    /// Indices of events (see [`merge`]) and what each event merges into.
    first: Vec<usize>,
    at: Vec<usize>,
    into: Vec<Option<usize>>,
    /// Lists that borrow from a document, kept empty between documents (see [`recycle`]):
    /// its places, dates, figures and organisations, a sentence's actors, places and
    /// dates, a trigger's places and actors, and the places and figures of each trigger
    /// of a sentence.
    places: Vec<PlaceRef<'static>>,
    dates: Vec<DateRef<'static>>,
    figures: Vec<&'static Figure>,
    orgs: Vec<&'static Mention>,
    actor_spans: Vec<(Span, Cow<'static, str>)>,
    /// Per actor of a sentence, the `a day after` that puts it in a clause of another
    /// day (see [`Cx::offset_clause`]).
    actor_cues: Vec<Option<Span>>,
    sent_places: Vec<&'static PlaceRef<'static>>,
    sent_dates: Vec<&'static DateRef<'static>>,
    my_places: Vec<&'static PlaceRef<'static>>,
    actors_here: Vec<&'static str>,
    assigned_pool: Vec<Vec<&'static PlaceRef<'static>>>,
    owned_pool: Vec<Vec<&'static Figure>>,
}

/// Empties `v` and hands its memory to a list of `U`, a type that differs from `T` only
/// in its lifetimes (so that lists of one document's borrows serve the next document): an
/// emptied `Vec` mapped to a type of the same size is collected in place, with no
/// allocation.
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// [`recycle`] for a list of lists.
fn recycle_pool<T, U>(pool: Vec<Vec<T>>) -> Vec<Vec<U>> {
    pool.into_iter().map(recycle).collect()
}

/// [`find_prepared`] with working lists from `scratch` (see [`Scratch`]).
pub fn find_with(
    doc: &Document,
    prep: &Prepared,
    words: &[&str],
    timexes: &[Timex],
    mentions: &[Mention],
    figures: &[Figure],
    scratch: &mut Scratch,
) -> Vec<Event> {
    if prep.tokens.is_empty() {
        return Vec::new();
    }
    let cx = Cx::new(doc, prep, words, scratch);
    let events = find_in(&cx, doc, timexes, mentions, figures, scratch);
    cx.recycle(scratch);
    events
}

/// The events of `doc` (see [`find_with`]), over its context `cx`.
fn find_in(cx: &Cx, doc: &Document, timexes: &[Timex], mentions: &[Mention], figures: &[Figure], scratch: &mut Scratch) -> Vec<Event> {
    let Scratch {
        triggers,
        marks,
        dest,
        gaz,
        weak,
        trig_spans,
        date_spans,
        count_spans,
        count_dates,
        made_pool,
        prev_security,
        first,
        at,
        into,
        places: places_spare,
        dates: dates_spare,
        figures: figures_spare,
        orgs: orgs_spare,
        actor_spans: actor_spans_spare,
        actor_cues,
        sent_places: sent_places_spare,
        sent_dates: sent_dates_spare,
        my_places: my_places_spare,
        actors_here: actors_here_spare,
        assigned_pool: assigned_spare,
        owned_pool: owned_spare,
        day: day_buf,
        ..
    } = scratch;
    let lower = cx.lower;
    cx.triggers(figures, mentions, triggers, marks);
    let triggers: &[Trigger] = triggers;
    if triggers.is_empty() {
        return Vec::new();
    }
    let mut places: Vec<PlaceRef> = recycle(std::mem::take(places_spare));
    let country = doc_places(cx, doc, mentions, dest, gaz, &mut places);
    let byline_town = cx.byline_town(mentions, gaz);
    let mut dates: Vec<DateRef> = recycle(std::mem::take(dates_spare));
    let listed_days = doc_dates(cx, doc, timexes, &mut dates);
    let mut figures: Vec<&Figure> = {
        let mut l = recycle(std::mem::take(figures_spare));
        l.extend(figures);
        l
    };
    figures.sort_by_key(|a| a.span);
    let mut orgs: Vec<&Mention> = recycle(std::mem::take(orgs_spare));
    orgs.extend(mentions.iter().filter(|m| m.kind == EntityKind::Organization && !takes_no_part(&m.canonical)));
    orgs.sort_by_key(|a| a.span);
    // (Written into the scratch's buffer: no allocation per document.)
    let doc_day: Option<&str> = doc.date.map(|d| {
        day_into(d, day_buf);
        day_buf.as_str()
    });
    let headline_sent = cx.layout.headline();
    let d = Doc {
        cx,
        doc,
        country,
        city: country.and_then(gazetteer::place).and_then(|g| gazetteer::city_state(g.country)),
        places: &places,
        dates: &dates,
        listed_days: &listed_days,
        figures: &figures,
        orgs: &orgs,
        doc_day,
        // Sentences in text order (as the corpus reader makes them): the dates taken below
        // for a sentence start after the end of every earlier one, so they lie in it if it
        // holds them, without a search for their sentence.
        ordered: doc.sentences.windows(2).all(|w| matches!(w, [a, b] if a.end <= b.end)),
        headline_sent,
        towns: Towns::new(country, &places, byline_town.as_ref(), headline_sent, &doc.text),
    };

    // Events that only the document date dates, and picket lines: kept only when
    // nothing firmer of their type is found.
    weak.clear();
    // The security forces of the sentence before (names from [`is_security`]).
    prev_security.clear();
    let mut run = Run {
        // (Lists sized for most documents up front: fewer reallocations as they fill.)
        events: Vec::with_capacity(2 * triggers.len()),
        weak,
        dated: false,
        last_of: [None; 7],
        date_focus: doc_day.map(|d| (d, Some(Precision::Day))),
        place_focus: None,
        focus_town: None,
        place_focus_at: (None, 0),
        prev_security,
        para: 0,
        first_place: None,
        places_mixed: false,
    };
    let mut w = Work {
        trig_spans,
        date_spans,
        count_spans,
        count_dates,
        made_pool,
        // Per-trigger lists of a sentence, and a trigger's places: kept from sentence to
        // sentence (see `lists`), so that they are allocated once, not per document.
        assigned_pool: recycle_pool(std::mem::take(assigned_spare)),
        owned_pool: recycle_pool(std::mem::take(owned_spare)),
        my_places: recycle(std::mem::take(my_places_spare)),
        // The memory of the actors of one trigger (see `actors_here`).
        here_spare: std::mem::take(actors_here_spare),
    };
    let mut s = Sent {
        sent: Span::new(0, 0),
        trig: &[],
        // Per-sentence lists, refilled for each sentence (no allocation per sentence).
        places: recycle(std::mem::take(sent_places_spare)),
        dates: recycle(std::mem::take(sent_dates_spare)),
        actor_spans: recycle(std::mem::take(actor_spans_spare)),
        actor_cues,
        offsets: false,
        next: (0, 0, 0),
    };
    for (si, sent) in doc.sentences.iter().enumerate() {
        run.next_paragraph(doc, si, *sent);
        s.read(&d, triggers, si, *sent);
        // The last date of the sentence that dated one of its events.
        // (and whether one of its triggers kept the place focus, see [`Run::trigger_places`])
        let (used_date, focus_kept) = if s.trig.is_empty() { (None, false) } else { run.sentence_events(&d, &s, &mut w) };
        run.move_date_focus(&d, &s, w.trig_spans, used_date);
        run.move_place_focus(&d, &s, focus_kept);
        run.note_security(&s);
    }
    let Run { mut events, weak, .. } = run;
    drop_weak(&mut events, weak, marks, cx.layout, country, lower);
    drop_summarised(cx, doc, &mut events, marks);
    drop_future(&mut events, doc_day);
    fold_into_riots_and_killings(cx, doc, &mut events, into);
    let mut events = merge(events, first, at);
    drop_restatements(&mut events, country, marks);
    events.sort_by(|a, b| a.evidence.cmp(&b.evidence).then(a.kind.cmp(&b.kind)).then(a.place.cmp(&b.place)));
    // The lists that borrow from the document go back to the scratch, emptied.
    *assigned_spare = recycle_pool(w.assigned_pool);
    *owned_spare = recycle_pool(w.owned_pool);
    *my_places_spare = recycle(w.my_places);
    *sent_places_spare = recycle(s.places);
    *sent_dates_spare = recycle(s.dates);
    *actors_here_spare = w.here_spare;
    *actor_spans_spare = recycle(s.actor_spans);
    *orgs_spare = recycle(orgs);
    *figures_spare = recycle(figures);
    *dates_spare = recycle(dates);
    *places_spare = recycle(places);
    events
}

/// The document's places in text order (see [`Cx::places`]), and its main country (see
/// [`main_country`]); `dest` and `gaz` are filled for each mention on the way.
fn doc_places<'m>(
    cx: &Cx,
    doc: &Document,
    mentions: &'m [Mention],
    dest: &mut Vec<bool>,
    gaz: &mut Vec<Option<&'static gazetteer::Place>>,
    places: &mut Vec<PlaceRef<'m>>,
) -> Option<&'static str> {
    // Which mentions are places someone went to (asked once for each mention, by
    // `main_country` and `places` both).
    dest.clear();
    dest.extend(mentions.iter().map(|m| m.kind == EntityKind::Place && is_destination(&doc.text, m.span.start)));
    // The gazetteer's place of each place mention, looked up once for `main_country`,
    // `places` and what asks of the places later.
    gaz.clear();
    gaz.extend(mentions.iter().map(|m| if m.kind == EntityKind::Place { gazetteer::place(&m.canonical) } else { None }));
    let country = main_country(mentions, dest, gaz);
    cx.places(mentions, dest, gaz, country, places);
    country
}

/// The document's dates that can date an event, in text order, into `dates` (with the
/// cues read around each); returns the later days of lists of dates, set aside.
fn doc_dates<'t>(cx: &Cx, doc: &Document, timexes: &'t [Timex], dates: &mut Vec<DateRef<'t>>) -> Vec<DateRef<'t>> {
    // (Only a timex that can date an event is read in context.)
    dates.extend(timexes.iter().filter(|t| t.span.start >= doc.body.start).filter_map(|t| {
        let d = DateRef::new(t)?;
        let (reporting, since) = cx.date_cues(t.span);
        if reporting {
            return None;
        }
        // `By Monday, thousands had gathered in Aktau`: a day by which it had happened,
        // some time before it: the event is dated by the month.
        // (Not a time of the day: `By the evening the stoppage spread`, `By midmorning
        // Friday, 300 had gathered` tell the day.)
        if d.precision == Some(Precision::Day) && t.kind == TimexType::Date && !t.value.contains('T') && cx.by_opening(t.span) {
            return Some(DateRef { since, value: d.value.get(..7)?, precision: Some(Precision::Month), ..d });
        }
        Some(DateRef { since, ..d })
    }));
    dates.sort_by_key(|a| a.span);
    // A list of dates (`on October 23 and 24`, `20, 21 and 22 January`) dates an event by
    // its first: the later ones are set aside, each day of them to date a copy of the
    // event (see [`Cx::again_date`]).
    let mut prev_end: Option<usize> = None;
    let mut listed_days: Vec<DateRef> = Vec::new();
    dates.retain(|d| {
        let listed = prev_end
            .and_then(|e| doc.text.get(e..d.span.start))
            .is_some_and(|gap| matches!(gap.trim(), "," | "and" | "or" | "&" | ", and" | ", or"));
        prev_end = Some(d.span.end);
        if listed && d.precision == Some(Precision::Day) {
            listed_days.push(d.clone());
        }
        !listed
    });
    listed_days
}

/// The towns a document's events fall back on when a sentence names none.
#[derive(Clone, Copy)]
struct Towns<'a> {
    /// The town of a dateline at home, else the first town of a byline.
    home_dateline: Option<&'a PlaceRef<'a>>,
    /// Whether spots make the places mixed (see `Run::places_mixed`).
    spots_mixed: bool,
    /// The dateline's town when the story is its news.
    home_news: Option<&'a str>,
    /// The byline's town when it is in the main country.
    byline_home: Option<&'a str>,
    /// The town the whole story is about.
    story_town: Option<&'a str>,
    /// Else the one town the headline names, which the text names again.
    headline_town: Option<&'a str>,
    /// The headline's mention of that town (of `story_town` or `headline_town`): where
    /// spots named alone are when nothing nearer tells (see [`spots_town`]).
    headline_ref: Option<&'a PlaceRef<'a>>,
}

impl<'a> Towns<'a> {
    /// The towns of a document in the main country `country`, with its `places`, the town
    /// of its byline and its headline sentence.
    fn new(country: Option<&str>, places: &'a [PlaceRef<'a>], byline_town: Option<&'a PlaceRef<'a>>, headline_sent: Option<Span>, text: &str) -> Towns<'a> {
        // The town of a dateline at home (`SANTIAGO (AP) —`), where its spots are; else the
        // first town of a byline (`By Amara Jayasuriya in Colombo and Tom Whitfield in London`),
        // where the report was written. (A dateline's town the gazetteer does not know is
        // one too, `DELTA TOWNSHIP —`, when the text names it again and it is no spot.)
        let named_again = |p: &PlaceRef| places.iter().any(|q| q.name == p.name && q.span != p.span);
        let dateline_home =
            places.iter().find(|p| p.dateline && !p.pseudo && p.gaz.map_or_else(|| named_again(p) && !is_spot(p, text), |g| g.kind == PlaceKind::City));
        let home_dateline = dateline_home.or(byline_town);
        // (Spots make the places mixed only under a dateline: see `places_mixed`.)
        let spots_mixed = dateline_home.is_some() || places.iter().take(2).any(|p| p.dateline);
        // That town when the story is its news: in the main country, and the first sentence
        // names no other town (not `ALMATY — Oil workers in Zhanaozen walked off the job`).
        let home_news = home_dateline
            .filter(|d| country.is_some_and(|c| same_country(d.name, c)))
            .filter(|d| {
                !places.iter().any(|p| p.sentence == d.sentence && p.name != d.name && !p.pseudo && p.gaz.is_none_or(|g| g.kind == PlaceKind::City))
            })
            .map(|d| d.name);
        let byline_home = byline_town.filter(|b| country.is_some_and(|c| same_country(b.name, c))).map(|b| b.name);
        // The town the whole story is about: that of a dateline at home which the headline
        // names too (`A decade after the shooting in Kulsary` over `KULSARY —`). A deed a later
        // paragraph tells without a place was there, not across the country (a movement
        // named by a plural noun, `The protests erupted on 18 October`, still was).
        let story_town = home_news.filter(|t| headline_sent.is_some_and(|h| places.iter().any(|p| h.contains(p.span) && p.name == *t)));
        // (Else the one town a headline names, in the main country, when the text names it
        // again: `The buses are off in Barnsley, and everyone keeps telling me it's 1984`,
        // `Clashes, 27 arrests after Santiago march marking 1973 coup`.)
        let headline_town = || {
            let h = headline_sent?;
            let mut towns = places.iter().filter(|p| h.contains(p.span) && !p.pseudo && p.gaz.is_some_and(|g| g.kind == PlaceKind::City));
            let t = towns.next()?;
            (towns.all(|u| u.name == t.name)
                && country.is_some_and(|c| same_country(t.name, c))
                && places.iter().any(|p| !h.contains(p.span) && p.name == t.name))
            .then_some(t)
        };
        let headline_ref = match story_town {
            None => headline_town(),
            Some(t) => headline_sent.and_then(|h| places.iter().find(|p| h.contains(p.span) && p.name == t)),
        };
        let headline_town = if story_town.is_none() { headline_ref.map(|t| t.name) } else { None };
        Towns { home_dateline, spots_mixed, home_news, byline_home, story_town, headline_town, headline_ref }
    }
}

/// What [`find_in`] knows of a whole document before it reads its sentences: its context,
/// main country, places, dates and figures in text order, its day and the towns its events
/// fall back on.
#[derive(Clone, Copy)]
struct Doc<'a> {
    cx: &'a Cx<'a>,
    doc: &'a Document,
    country: Option<&'static str>,
    /// The main country when it is a city-state (see [`event_place`]).
    city: Option<&'static str>,
    places: &'a [PlaceRef<'a>],
    dates: &'a [DateRef<'a>],
    /// The later days of lists of dates (see [`doc_dates`]).
    listed_days: &'a [DateRef<'a>],
    figures: &'a [&'a Figure],
    /// The organisations that can be actors (see [`takes_no_part`]).
    orgs: &'a [&'a Mention],
    /// The document's day (`2023-05-12`).
    doc_day: Option<&'a str>,
    /// Whether the sentences are in text order (see [`Doc::sentence_dates`]).
    ordered: bool,
    headline_sent: Option<Span>,
    towns: Towns<'a>,
}

impl<'a> Doc<'a> {
    /// The places of sentence `si` into `out`, from the document's places at `*pi` on
    /// (which it moves past them).
    fn sentence_places(&self, si: usize, sent: Span, pi: &mut usize, out: &mut Vec<&'a PlaceRef<'a>>) {
        let p0 = *pi;
        while self.places.get(*pi).is_some_and(|p| p.sentence <= si) {
            *pi += 1;
        }
        out.clear();
        out.extend(self.places.get(p0..*pi).unwrap_or(&[]).iter().filter(|p| p.sentence == si));
        // `In New York, … looters broke into stores in the Bronx`: a part of the town the
        // sentence opens with is that town, not a place of its own.
        if out.len() >= 2 {
            if let Some(frame) = out.first().copied().filter(|p| opens_with(&self.doc.text, sent, p)) {
                out.retain(|p| !part_of(p, frame));
            }
        }
    }

    /// The dates of sentence `si` into `out`, from the document's dates at `*di` on (which
    /// it moves past them); `stating` when the sentence has triggers.
    fn sentence_dates(&self, si: usize, sent: Span, di: &mut usize, stating: bool, out: &mut Vec<&'a DateRef<'a>>) {
        let (cx, doc) = (self.cx, self.doc);
        let d0 = *di;
        while self.dates.get(*di).is_some_and(|d| d.span.start < sent.end) {
            *di += 1;
        }
        out.clear();
        out.extend(
            self.dates
                .get(d0..*di)
                .unwrap_or(&[])
                .iter()
                .filter(|t| if self.ordered { sent.contains(t.span) } else { sentence_of(&doc.sentences, t.span) == Some(si) }),
        );
        // (`a strike against last month's coup`: a date of something else.) Left out here
        // in a sentence with triggers; in another, only the date that would move the focus
        // is asked (see [`Run::move_date_focus`]).
        if stating {
            out.retain(|t| !cx.attributive(t.span) || cx.after_the(t.span));
        }
        // (`SANTIAGO, Sept 8 (Agency) - Police arrested 27 people … on Sunday`: the
        // dateline's day is when the report was filed, no event's beside another date.)
        if out.len() > 1 {
            out.retain(|d| !crate::layout::dateline_date(&doc.text, d.span));
        }
        // (`on the night of 4–5 March`, `13–20 November`: a range a dash joins, which
        // timex gives as two expressions, dates its events by its start; so does one
        // `to` joins, `the night of 10 to 11 August`.)
        if out.len() > 1 {
            let mut prev: Option<Span> = None;
            out.retain(|d| {
                let end = prev.is_some_and(|p| doc.text.get(p.end..d.span.start).is_some_and(|g| matches!(g.trim(), "-" | "–" | "—" | "to")));
                prev = d.range.then_some(d.span);
                !end
            });
        }
    }
}

/// The index of the sentence of `sentences` that holds `s`, if one does.
fn sentence_of(sentences: &[Span], s: Span) -> Option<usize> {
    let i = sentences.partition_point(|x| x.end <= s.start);
    sentences.get(i).filter(|x| x.contains(s)).map(|_| i)
}

/// One sentence as its triggers read it: its span, its triggers, places, dates and
/// actors (with the `a day after` cue of each, see [`Cx::offset_clause`]), refilled for
/// each sentence.
struct Sent<'a> {
    sent: Span,
    trig: &'a [Trigger],
    places: Vec<&'a PlaceRef<'a>>,
    dates: Vec<&'a DateRef<'a>>,
    /// The actors of a sentence with triggers.
    actor_spans: Vec<(Span, Cow<'a, str>)>,
    actor_cues: &'a mut Vec<Option<Span>>,
    /// Whether the sentence may hold a clause of another day.
    offsets: bool,
    /// Where the next sentence's triggers, places and dates start in the document's lists.
    next: (usize, usize, usize),
}

impl<'a> Sent<'a> {
    /// Moves to sentence `si` (at `sent`): its triggers (of the document's `triggers`),
    /// places, dates and, in a sentence with triggers, actors.
    fn read(&mut self, d: &Doc<'a>, triggers: &'a [Trigger], si: usize, sent: Span) {
        let cx = d.cx;
        let (mut ti, mut pi, mut di) = self.next;
        let start = ti;
        while triggers.get(ti).is_some_and(|t| t.sentence == si) {
            ti += 1;
        }
        let trig = triggers.get(start..ti).unwrap_or(&[]);
        self.sent = sent;
        self.trig = trig;
        d.sentence_places(si, sent, &mut pi, &mut self.places);
        d.sentence_dates(si, sent, &mut di, !trig.is_empty(), &mut self.dates);
        self.next = (ti, pi, di);
        self.actor_spans.clear();
        if !trig.is_empty() {
            cx.actors(si, sent, d.orgs, &mut self.actor_spans);
        }
        // (Clauses of another day are looked for only in a sentence that may hold one.)
        let offsets = !trig.is_empty() && cx.offset_cue(si);
        self.offsets = offsets;
        self.actor_cues.clear();
        self.actor_cues.extend(self.actor_spans.iter().map(|(sp, _)| if offsets { cx.offset_clause(*sp).map(|o| o.0) } else { None }));
    }
}

/// What the triggers of one sentence share while [`Run::sentence_events`] reads them in
/// turn: the document and the sentence, the spans of its triggers, dates and count dates
/// (those that may date a count: not `since June`), and the places and figures that went
/// to each trigger.
#[derive(Clone, Copy)]
struct Turn<'s, 'a> {
    d: &'s Doc<'a>,
    s: &'s Sent<'a>,
    trig_spans: &'s [Span],
    date_spans: &'s [Span],
    count_spans: &'s [Span],
    count_dates: &'s [usize],
    assigned: &'s [Vec<&'a PlaceRef<'a>>],
    owned: &'s [Vec<&'a Figure>],
}

impl<'s, 'a> Turn<'s, 'a> {
    /// The date of trigger `t` among the sentence's (`counted`: a count of the killed, hurt
    /// or detained; `near_date`: the index of the nearest date), if one dates it.
    fn date_of(&self, t: &Trigger, counted: bool, near_date: Option<usize>) -> Option<&'a DateRef<'a>> {
        let Turn { trig_spans, date_spans, count_spans, count_dates, .. } = *self;
        let (cx, doc_day, trig, sent_dates) = (self.d.cx, self.d.doc_day, self.s.trig, &self.s.dates);
        // (When every date may date a count, the nearest count date is the nearest date.)
        // (But people held `since 6 January` in a town, or in custody, were detained that
        // day: `312 people had been detained in Taldykorgan since 6 January`, a date right
        // after `since` that follows the arrest and its `in` in its clause; not a running
        // total, `1,462 people had been arrested since Friday`.)
        let held_since = || {
            near_date.and_then(|x| sent_dates.get(x)).filter(|d| {
                t.kind == EventType::Arrest
                    && d.since
                    && d.span.start >= t.span.end
                    && cx.right_after_since(d.span)
                    && cx.same_clause(t.span, d.span)
                    && cx.lower.get(t.span.end..d.span.start).is_some_and(|g| g.len() < 60 && holds(g, " in "))
            })
        };
        let date = if counted && count_spans.len() != date_spans.len() {
            cx.nearest(count_spans, t.span).and_then(|x| count_dates.get(x)).and_then(|&i| sent_dates.get(i)).or_else(held_since)
        } else {
            near_date.and_then(|x| sent_dates.get(x))
        };
        // `On Monday and Tuesday, pickets formed outside all 28 schools by 7 a.m.`: a
        // clock time alone tells the hour of a day, not the day; the nearest day of the
        // trigger's statement dates it.
        let date = date.map(|d| {
            if sent_dates.len() < 2 || !cx.clock_only(d.span) {
                return d;
            }
            let day = sent_dates
                .iter()
                .filter(|e| e.precision == Some(Precision::Day) && !cx.clock_only(e.span) && !cx.new_clause(e.span, t.span))
                .min_by_key(|e| cx.dist(e.span, t.span));
            day.unwrap_or(d)
        });
        // `weekly protests since January, most recently on Sunday in Shush`: a
        // running series told by its start, then its latest day; the event named
        // is that day's.
        let date = date.map(|d| {
            if !d.since {
                return d;
            }
            let latest = |e: &&&DateRef| {
                e.span.start >= d.span.end
                    && !e.since
                    && cx.lower.get(d.span.end..e.span.start).is_some_and(|g| {
                        g.len() < 40 && (holds(g, "recently") || holds(g, "latest") || holds(g, "most recent") || holds(g, "last time"))
                    })
            };
            sent_dates.iter().find(latest).unwrap_or(d)
        });
        // `Within days the protests had spread to X, and on January 5 crowds
        // stormed …`: a date in a later clause with an event of its own dates
        // only that clause.
        // `shot during a protest over the police killing of Breonna Taylor in
        // March`: a date inside a phrase that names an earlier event dates only it.
        // `closed shops in Saqqez, the hometown of Mahsa Amini, who died on
        // September 16`: a date in a relative clause about someone after the trigger
        // dates only that clause (one about a place, `including 41 in Zahedan, where
        // … on Sept. 30`, may date a count).
        let date = date.filter(|d| {
            !cx.later_clause(t.span, d.span, trig_spans) && !cx.cause_date(t.span, d.span, trig_spans) && !cx.relative_clause(t.span, d.span, false)
        });
        // `riot police had beaten and detained thousands in Minsk; a young man was
        // shot dead in Brest on 11 August`: a date past a `;` (a colon, a dash)
        // whose statement tells an event of another type dates only that one (one
        // of the same type may go on with it: `200 detentions; the arrests went on
        // overnight`).
        let date = date.filter(|d| {
            !(d.span.start >= t.span.end
                && trig.len() > 1
                && cx.hard_break(t.span, d.span)
                && trig.iter().any(|u| u.kind != t.kind && u.span.start >= t.span.end && cx.hard_break(t.span, u.span) && !cx.hard_break(u.span, d.span)))
        });
        // `walked out in Glasgow in the first of 16 days of strikes that will
        // continue until February 6`: a verb of the past does not happen on a day
        // still ahead that another clause names.
        let date = date.filter(|d| {
            !(d.span.start >= t.span.end && doc_day.is_some_and(|today| is_after(d.value, today)) && !cx.same_clause(t.span, d.span) && cx.past_verb(t.span))
        });
        // `The January protests began on January 2`: a date that names the event
        // right before its word gives way to a finer date of that period in its clause.
        let date = date.map(|d| {
            let names = d.span.end < t.span.start && cx.text.get(d.span.end..t.span.start) == Some(" ");
            let finer = |e: &&&DateRef| {
                e.span != d.span
                    && e.value.strip_prefix(d.value).is_some_and(|r| r.starts_with('-'))
                    && cx.same_clause(t.span, e.span)
            };
            if names { sent_dates.iter().find(finer).copied().unwrap_or(d) } else { d }
        });
        // `Earlier in the week, a dozen lecturers held a sit-in in the library on
        // Tuesday`: a week gives way to a day of it that the trigger's statement names
        // (not one a new clause or a later clause with its own trigger tells).
        let date = date.map(|d| {
            if d.precision != Some(Precision::Week) || sent_dates.len() < 2 {
                return d;
            }
            let Some((first, last)) = crate::timeline::span_of(d.value) else { return d };
            let day = |e: &&&DateRef| {
                e.precision == Some(Precision::Day)
                    && crate::timeline::span_of(e.value).is_some_and(|(a, _)| a >= first && a <= last)
                    && !cx.new_clause(e.span, t.span)
                    && !cx.later_clause(t.span, e.span, trig_spans)
                    && !cx.relative_clause(t.span, e.span, false)
            };
            sent_dates.iter().find(day).copied().unwrap_or(d)
        });
        date
    }

    /// The actors of trigger `t` into `actors_here`: those of its clause, else of its
    /// sentence, of the day of its clause (`cue`, see [`Cx::offset_clause`]); for killings
    /// and violence, the security forces of the sentence before (`prev_security`) too.
    fn actors_of(&self, t: &Trigger, cue: Option<Span>, prev_security: &[&'static str], actors_here: &mut Vec<&'s str>) {
        let (cx, trig, actor_spans, actor_cues) = (self.d.cx, self.s.trig, &self.s.actor_spans, &self.s.actor_cues);
        // The actors of the trigger's clause, else of its sentence; not those of a
        // clause of another day (`Police detained 40 people on Monday, a day after
        // students marched`).
        let this_day = actor_spans.iter().zip(actor_cues.iter()).filter(|(_, c)| **c == cue).map(|(x, _)| x);
        // (Nor those a count of the killed, hurt or detained names: `detained 40
        // students`, `two police officers were killed` are no actors of it.)
        let counted_in = |sp: &Span| t.figure && matches!(t.kind, EventType::Killing | EventType::Violence | EventType::Arrest) && t.span.contains(*sp);
        let this_day = this_day.filter(|(sp, _)| !counted_in(sp));
        actors_here.clear();
        actors_here.extend(this_day.clone().filter(|(sp, _)| cx.same_clause(*sp, t.span)).map(|(_, a)| a.as_ref()));
        // (Not those in a clause of another trigger that a conjunction opens: `…
        // marched in support of the students, while office workers blocked roads`;
        // but security forces that fired in one clause may have killed in the next.)
        if actors_here.is_empty() {
            let harm = matches!(t.kind, EventType::Killing | EventType::Violence);
            let others = |sp: Span| trig.len() > 1 && cx.new_clause(sp, t.span) && trig.iter().any(|u| u.span != t.span && cx.same_clause(sp, u.span));
            actors_here.extend(this_day.filter(|(sp, a)| harm && is_security(a).is_some() || !others(*sp)).map(|(_, a)| a.as_ref()));
        }
        if matches!(t.kind, EventType::Killing | EventType::Violence)
            && !actors_here.iter().any(|a| is_security(a).is_some())
        {
            actors_here.extend_from_slice(prev_security);
        }
    }
}

/// What the triggers of a sentence leave to those after them.
struct Tally<'m> {
    /// Indices of the events each trigger made.
    made: &'m mut [Vec<usize>],
    /// Killings and violence that belong to a strike, protest or riot of the
    /// sentence (which take the sentence's actors too).
    folds: Vec<(usize, Vec<Figure>)>,
    /// The last count of the sentence, if it was a running total.
    last_total: Option<Span>,
    /// (and the last count in the past perfect: `225 people had died`)
    last_had: Option<Span>,
    /// The last date of the sentence that dated one of its events.
    used_date: Option<Span>,
    /// Whether a trigger of the sentence was placed in the town in focus over the places
    /// its sentence names (see [`Run::trigger_places`]): the focus stays there.
    focus_kept: bool,
}

impl Tally<'_> {
    /// Whether the count of trigger `t` is a running total so far (`have died`), and
    /// whether it is a total at all (a past perfect, or a count joined to a total);
    /// `counted`: a count of the killed, hurt or detained; `date_span`: its date's.
    fn totals(&mut self, cx: &Cx, t: &Trigger, counted: bool, date_span: Option<Span>) -> (bool, bool) {
        // `At least 19 people have died in the unrest`: a running total is the
        // country's, not the last town's.
        let fig_text = if t.figure {
            cx.lower.get(t.span.start..t.span.end).unwrap_or("")
        } else {
            ""
        };
        // (A death toll is a running total too: `put the death toll at 225`.)
        let toll = fig_text.starts_with("death toll") || fig_text.starts_with("toll");
        // (`at least 19 people have been killed [across the country] and more than
        // 3,000 detained`: a count joined to a running total is one too.)
        let joined_to = |last: Option<Span>, most: usize| {
            last.is_some_and(|u| {
                u.end <= t.span.start
                    && cx.text.get(u.end..t.span.start).is_some_and(|g| {
                        let g = g.trim();
                        g.len() <= most && !g.contains([';', ':', '.', '(']) && (g == "," || g.ends_with(" and") || g == "and")
                    })
            })
        };
        let joined = || joined_to(self.last_total, 40);
        // (` have `, ` has `, ` had ` in one pass over the figure's words)
        let (have, had) = if t.figure { auxiliaries(fig_text) } else { (false, false) };
        // (And `Police have arrested more than 700 people since …`.)
        let so_far = t.figure && (have || toll) || counted && cx.perfect(t.span, false)
            || counted && t.figure && date_span.is_none() && joined();
        if counted && t.figure {
            self.last_total = so_far.then_some(t.span);
        }
        let had = t.figure && had;
        // (`225 people had died, including 19 members of the security forces, and
        // 4,578 were injured`: the count joined to such a total is a total too)
        let total = so_far || had || counted && t.figure && date_span.is_none() && joined_to(self.last_had, 80);
        if counted && t.figure && had {
            self.last_had = Some(t.span);
        }
        (so_far, total)
    }
}

/// What the events of one trigger take (see [`Run::emit`]): the fallback place when it
/// has no places of its own, its date, figures and actors.
struct Told<'x, 'a> {
    fallback: Option<Option<&'a str>>,
    places: &'x [&'a PlaceRef<'a>],
    date: Option<&'a DateRef<'a>>,
    date_value: Option<String>,
    precision: Option<Precision>,
    date_span: Option<Span>,
    figs: Vec<Figure>,
    actors: &'x [&'x str],
}

/// Gives each place of a sentence (`sent_places`) to its nearest trigger (of `trig`, at
/// `trig_spans`): into `assigned`, a list a trigger.
fn assign_places<'a>(cx: &Cx, trig: &[Trigger], trig_spans: &[Span], sent_places: &[&'a PlaceRef<'a>], assigned: &mut [Vec<&'a PlaceRef<'a>>]) {
    for p in sent_places {
        // (Not a place of a clause about someone after it: `600 workers had joined
        // them, said X, a driller who has worked in the fields near Zhanaozen`.)
        let Some(k) = cx.nearest_trigger(trig_spans, p.span) else { continue };
        // (`demonstrations over the killing of George Floyd in Minneapolis turned
        // violent`: the place of the killing named as a cause is its own, whatever
        // trigger is nearer.)
        let k = (0..k).rev().take(3).find(|&c| trig.get(c).is_some_and(|u| cx.cause_place(u, p.span))).unwrap_or(k);
        if trig_spans.get(k).is_some_and(|t| cx.about_someone(*t, p.span)) {
            continue;
        }
        if let Some(a) = assigned.get_mut(k) {
            a.push(p);
        }
    }
}

/// The day of trigger `t` in a clause of another day (`offset`: the cue, `a day after`,
/// and the days it moves) when the date of the rest of the sentence (`date_value`, at
/// `date_span`) is outside that clause.
#[cold]
#[inline(never)]
fn offset_day(cx: &Cx, t: &Trigger, offset: (Span, i64), date_span: Option<Span>, date_value: Option<&str>, doc_day: Option<&str>) -> Option<String> {
    let (cue, days) = offset;
    let outside = date_span.is_none_or(|d| d.end <= cue.start || d.start >= t.span.end && !cx.same_clause(t.span, d));
    if !outside {
        return None;
    }
    // (`X will step down on Wednesday, the speaker said, a day after
    // protesters stormed …`: what happened before a day still ahead
    // is counted from the document's day)
    let ahead = days < 0 && date_value.zip(doc_day).is_some_and(|(v, today)| is_after(v, today));
    let base = if ahead { doc_day } else { date_value };
    base.and_then(|v| shift_day(v, days))
}

/// Whether `places` are a list in `text` (`Louisville, Denver and Atlanta`): two or more,
/// with only a comma, `and` or `or` between each two.
fn listed(text: &str, places: &[&PlaceRef]) -> bool {
    places.len() >= 2
        && places.windows(2).all(|w| match w {
            [a, b] => a.span.end <= b.span.start
                && text.get(a.span.end..b.span.start).is_some_and(|g| matches!(g, ", " | " and " | ", and " | " or " | ", or ")),
            _ => true,
        })
}

/// The strike, protest or riot of the sentence whose toll the deaths or violence of
/// trigger `k` (`t`, with no place of its own) are: `host`, the trigger it shares its
/// places with, else the nearest earlier one that fits.
#[cold]
#[inline(never)]
fn toll_host(c: &Turn, k: usize, t: &Trigger, host: Option<usize>) -> Option<usize> {
    let (cx, trig, offsets) = (c.d.cx, c.s.trig, c.s.offsets);
    // (Not a protest named as a target: `attacked a protest camp`.)
    let target = |h: &Trigger| {
        let j = cx.at(h.span.end);
        cx.toks.get(j).is_some_and(|x| matches!(cx.ws(j, x.sentence), "camp" | "camps" | "site" | "sites" | "tent" | "tents"))
    };
    // (Nor `since the unrest began`, which says where a count starts.)
    let since = |h: &Trigger| {
        let j = cx.at(h.span.start);
        cx.toks.get(j).is_some_and(|x| {
            let s = x.sentence;
            j >= 1 && cx.ws(j - 1, s) == "since" || j >= 2 && cx.ws(j - 2, s) == "since" && cx.ws(j - 1, s) == "the"
        })
    };
    // (Nor one of another day: `marched on Wednesday, a day after three people
    // were killed in clashes`.)
    let my_day = if offsets { cx.offset_clause(t.span).map(|o| o.0) } else { None };
    let same_day = |h: &Trigger| !offsets || cx.offset_clause(h.span).map(|o| o.0) == my_day;
    let fits = |j: usize| {
        trig.get(j).is_some_and(|h| is_host(h.kind) && !cx.hard_break(h.span, t.span) && !target(h) && !since(h) && same_day(h))
    };
    // The trigger it shares its places with, else the nearest earlier
    // strike, protest or riot of the sentence.
    host.filter(|&j| fits(j)).or_else(|| (k.saturating_sub(6)..k).rev().find(|&j| fits(j)))
}

/// The working lists of a sentence's triggers, kept from sentence to sentence (and, in
/// [`Scratch`], from document to document) so that their memory is reused.
struct Work<'a> {
    trig_spans: &'a mut Vec<Span>,
    date_spans: &'a mut Vec<Span>,
    count_spans: &'a mut Vec<Span>,
    count_dates: &'a mut Vec<usize>,
    made_pool: &'a mut Vec<Vec<usize>>,
    assigned_pool: Vec<Vec<&'a PlaceRef<'a>>>,
    owned_pool: Vec<Vec<&'a Figure>>,
    my_places: Vec<&'a PlaceRef<'a>>,
    here_spare: Vec<&'static str>,
}

/// The running state of [`find_in`] over a document's sentences: the events found so
/// far, and the focus (the last date and place of earlier sentences) for what a sentence
/// does not say.
struct Run<'a> {
    events: Vec<Event>,
    /// Per event, whether it is weak (see [`drop_weak`]).
    weak: &'a mut Vec<bool>,
    /// Whether a sentence has moved the date focus.
    dated: bool,
    /// The last event of each type, for definite mentions that refer back.
    last_of: [Option<usize>; 7],
    date_focus: Option<(&'a str, Option<Precision>)>,
    place_focus: Option<&'a str>,
    /// The place in focus, as a reference (a lone spot is placed in it when it is a known
    /// town, which is asked only then).
    focus_town: Option<&'a PlaceRef<'a>>,
    /// The date in focus when the place focus was set, and that sentence's paragraph.
    place_focus_at: (Option<&'a str>, usize),
    /// The security forces of the sentence before (names from [`is_security`]).
    prev_security: &'a mut Vec<&'static str>,
    /// The paragraph of the sentence before.
    para: usize,
    /// The first town or spot the document named, and whether it has named another one
    /// since (countries and `across the country` aside).
    first_place: Option<&'a PlaceRef<'a>>,
    places_mixed: bool,
}

impl<'a> Run<'a> {
    /// Keeps the security forces of sentence `s` for the next one (names from
    /// [`is_security`]).
    fn note_security(&mut self, s: &Sent) {
        self.prev_security.clear();
        self.prev_security.extend(s.actor_spans.iter().filter_map(|(_, a)| is_security(a)));
    }

    /// Moves to the paragraph of sentence `si` (at `sent`).
    fn next_paragraph(&mut self, doc: &Document, si: usize, sent: Span) {
        // A new paragraph: the security forces of the last one acted there, not here.
        let p = self.para;
        while doc.paragraphs.get(self.para).is_some_and(|q| q.end <= sent.start) {
            self.para += 1;
        }
        if si > 0 && self.para != p {
            self.prev_security.clear();
        }
    }

    /// The events that the triggers of sentence `s` state (see [`find_in`]), pushed to
    /// [`Run::events`]; returns the last date of the sentence that dated one of them, and
    /// whether one of them was placed in the town in focus over the places the sentence
    /// names (the focus then stays there, see [`Run::move_place_focus`]).
    #[inline(always)]
    fn sentence_events(&mut self, d: &Doc<'a>, s: &Sent<'a>, w: &mut Work<'a>) -> (Option<Span>, bool) {
        let (cx, trig, sent) = (d.cx, s.trig, s.sent);
        let Work { trig_spans, date_spans, count_spans, count_dates, made_pool, assigned_pool, owned_pool, my_places, here_spare } = w;
        trig_spans.clear();
        trig_spans.extend(trig.iter().map(|t| t.span));
        date_spans.clear();
        date_spans.extend(s.dates.iter().map(|d| d.span));
        // Each place goes to its nearest trigger.
        let assigned = lists(assigned_pool, trig.len());
        assign_places(cx, trig, trig_spans, &s.places, assigned);
        let f0 = d.figures.partition_point(|f| f.span.start < sent.start);
        let f1 = d.figures.partition_point(|f| f.span.start < sent.end);
        let sent_figs: &[&Figure] = d.figures.get(f0..f1.max(f0)).unwrap_or(&[]);
        // The actors of one trigger (refilled for each).
        let mut actors_here: Vec<&str> = recycle(std::mem::take(here_spare));
        let mut tally = Tally { made: lists(made_pool, trig.len()), folds: Vec::new(), last_total: None, last_had: None, used_date: None, focus_kept: false };
        // Each figure goes to its nearest trigger.
        let owned = lists(owned_pool, trig.len());
        for f in sent_figs {
            if let Some(o) = cx.nearest(trig_spans, f.span).and_then(|k| owned.get_mut(k)) {
                o.push(f);
            }
        }
        // Dates that may date a count (not `since June`).
        count_dates.clear();
        count_dates.extend((0..s.dates.len()).filter(|&i| s.dates.get(i).is_some_and(|d| !d.since)));
        count_spans.clear();
        count_spans.extend(count_dates.iter().filter_map(|&i| date_spans.get(i).copied()));
        let c = Turn { d, s, trig_spans, date_spans, count_spans, count_dates, assigned, owned };
        for (k, t) in trig.iter().enumerate() {
            self.trigger_events(&c, k, t, my_places, &mut actors_here, &mut tally);
        }
        if !tally.folds.is_empty() {
            self.fold_tolls(tally.folds, tally.made, &s.actor_spans);
        }
        *here_spare = recycle(actors_here);
        (tally.used_date, tally.focus_kept)
    }

    /// The events that trigger `k` (`t`) of a sentence states, pushed to [`Run::events`].
    /// The decisions, in their order: where ([`Run::places_told`]), whether it tells an
    /// event of its own and with what figures ([`Run::figures_told`], [`Run::told_anew`]),
    /// when ([`Turn::date_of`], [`Run::day_told`]), who ([`Turn::actors_of`]), and then one
    /// event per place, else one at the fallback place ([`Run::emit`]).
    #[inline(always)]
    fn trigger_events<'s>(&mut self, c: &Turn<'s, 'a>, k: usize, t: &Trigger, my_places: &mut Vec<&'a PlaceRef<'a>>, actors_here: &mut Vec<&'s str>, tally: &mut Tally) {
        let cx = c.d.cx;
        let Some((host, listed_total)) = self.places_told(c, k, t, my_places, tally) else { return };
        let Some(figs) = self.figures_told(c, k, t, host, tally) else { return };
        // (The nearest date, found once: it tells whether the trigger has a date of its
        // own, and it dates the event below.)
        let near_date = cx.nearest(c.date_spans, t.span);
        // `About 140 workers at Karazhanbas continue the stoppage`, `4 March: 1,100 workers
        // are on strike`: the strike already told goes on, no new one (where it was, or
        // where the sentence names no town).
        if t.kind == EventType::Strike && !t.figure && cx.continued(t.span) {
            let prev = self.last_of.get(t.kind as usize).copied().flatten().and_then(|i| self.events.get(i));
            if prev.is_some_and(|e| my_places.iter().all(|p| p.pseudo || Some(p.name) == c.d.country || e.place.as_deref() == Some(event_place(p, c.d)))) {
                self.refer_back(cx, t, &c.s.actor_spans, actors_here, figs);
                return;
            }
        }
        let Some(figs) = self.told_anew(c, k, t, near_date, actors_here, figs) else { return };
        // `police in Lida detained nine people … ; two were fined`, `She was released after
        // 72 hours and fined`: a fine after an arrest its paragraph told is the sanction
        // for that detention, no ruling of its own.
        if t.kind == EventType::Other && cx.lower.get(t.span.start..t.span.end) == Some("fined") && self.last_in_paragraph(EventType::Arrest, c.d.doc) {
            return;
        }
        // `His co-defendant … was jailed for 30 months`: a ruling with neither a place nor a
        // date of its own after one its paragraph told is part of it.
        if t.kind == EventType::Other && my_places.is_empty() && c.s.dates.is_empty() && self.last_in_paragraph(EventType::Other, c.d.doc) {
            self.refer_back(cx, t, &c.s.actor_spans, actors_here, figs);
            return;
        }
        let counted = matches!(t.kind, EventType::Killing | EventType::Violence | EventType::Arrest);
        let date = c.date_of(t, counted, near_date);
        let date_span = date.map(|d| d.span);
        // `…, a day after 20,000 people marched`: a clause of another day.
        let offset = if c.s.offsets { cx.offset_clause(t.span) } else { None };
        c.actors_of(t, offset.map(|o| o.0), self.prev_security, actors_here);
        let (so_far, total) = tally.totals(cx, t, counted, date_span);
        // `at least 338 protesters had been killed since mid-September`, `until this Friday
        // 3,162 people had been detained across the country`: a country's running tally
        // over weeks, a statistic that sums events, none of its own. (Not in a city-state,
        // where it is the one city's count: `Police have arrested more than 700 people since
        // June` in Hong Kong.)
        if counted && t.figure && total && c.d.city.is_none() && my_places.iter().all(|p| p.pseudo || Some(p.name) == c.d.country) && cx.tallied_over_time(t.span) {
            return;
        }
        let (date_value, precision) = self.day_told(c, t, date, so_far, offset);
        // One event per place, else one at the fallback place (for a ruling, the town of
        // its court: `the Homiel Regional Court sentenced …` in Homiel; over the places
        // its sentence names of the people judged, `the Minsk City Court rejected the
        // appeals of two miners from Salihorsk`).
        let court = if t.kind == EventType::Other { court_town(c.d.orgs, c.s.sent, t.span) } else { None };
        if court.is_some() {
            my_places.clear();
        }
        let fallback = my_places.is_empty().then(|| court.or_else(|| self.fallback_place(c, t, date, date_value.as_deref(), precision, total || listed_total)));
        self.emit(c, k, t, Told { fallback, places: my_places, date, date_value, precision, date_span, figs, actors: actors_here }, tally);
    }

    /// Whether the last event of type `kind` found lies in the paragraph of the sentence read.
    fn last_in_paragraph(&self, kind: EventType, doc: &Document) -> bool {
        let start = doc.paragraphs.get(self.para).map_or(0, |p| p.start);
        self.last_of.get(kind as usize).copied().flatten().and_then(|i| self.events.get(i)).is_some_and(|e| e.sentence.start >= start)
    }

    /// Where trigger `k` (`t`) tells that its events happened, into `my_places` (see
    /// [`Run::trigger_places`]): returns the trigger it shares its places with (the host of
    /// a toll) and whether its count is a total over a list of towns (which holds none of
    /// them); None when it names countries only to compare them. (Notes in `tally` when it
    /// was placed in the town in focus over the places of its sentence.)
    #[inline(always)]
    fn places_told(&self, c: &Turn<'_, 'a>, k: usize, t: &Trigger, my_places: &mut Vec<&'a PlaceRef<'a>>, tally: &mut Tally) -> Option<(Option<usize>, bool)> {
        let cx = c.d.cx;
        let (host, kept) = self.trigger_places(c, k, t, my_places);
        tally.focus_kept |= kept;
        // `More than 70 people were killed in Iran and Iraq`: a count over a list of
        // countries is their total, no event in each. (Over a list of towns, `detained 14
        // people in Brest, Pinsk and Kobryn`, it is one event in each town, as one action
        // in several towns is.)
        let listed_total = t.figure
            && matches!(t.kind, EventType::Killing | EventType::Violence | EventType::Arrest)
            && listed(cx.text, my_places)
            && my_places.iter().any(|p| p.gaz.is_some_and(|g| g.kind == PlaceKind::Country));
        if listed_total {
            my_places.clear();
        }
        // `have set off mass protests in Chile, Ecuador, Iran, Sri Lanka and
        // Kazakhstan`, `protests in Chile, Lebanon and Iraq that year`: a list of three
        // countries or more with no day of its own is a comparison or the background
        // of a story, no event told in each of them.
        if my_places.len() >= 3
            && my_places.iter().all(|p| p.gaz.is_some_and(|g| g.kind == PlaceKind::Country))
            && listed(cx.text, my_places)
            && !c.s.dates.iter().any(|d| d.precision == Some(Precision::Day) && !cx.new_clause(d.span, t.span))
        {
            return None;
        }
        Some((host, listed_total))
    }

    /// The figures near trigger `k` (`t`) that fit its type; None when it tells no event
    /// of its own: what a clause tells of an earlier episode, or a cause named, with no
    /// date of its own; the toll of another event of the sentence (`host`: see
    /// [`toll_host`]; the figures go to it, through `tally`); or a count of the hurt that
    /// the last event found takes ([`Run::hurt_count`]).
    #[inline(always)]
    fn figures_told(&mut self, c: &Turn<'_, 'a>, k: usize, t: &Trigger, host: Option<usize>, tally: &mut Tally) -> Option<Vec<Figure>> {
        let (cx, trig) = (c.d.cx, c.s.trig);
        // Figures near the trigger that fit its type.
        let figs: Vec<Figure> = c.owned
            .get(k)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .filter(|f| figure_fits(t.kind, f) && !cx.is_workforce(f))
            .take(8)
            .map(|f| (*f).clone())
            .collect();
        // `Sixteen people were killed during the previous strike`: what a clause
        // tells of an earlier episode, with no date of its own, is not of the
        // story's day (nor is that episode).
        if cx.past_episode(t.span) && !c.date_spans.iter().any(|d| !cx.new_clause(t.span, *d)) {
            return None;
        }
        // `a protest over the police killing of X`: the killing named as a cause
        // is an event of its own only with a date of its own (`… of X in March`);
        // the text does not say when it was.
        if !t.figure && cx.cause_phrase(t.span) && !c.date_spans.iter().any(|d| d.start >= t.span.end && cx.same_clause(t.span, *d)) {
            return None;
        }
        // `a strike in X culminated in security forces opening fire, leaving 16
        // dead`: the deaths (or the violence) are the strike's toll and part of
        // it, not an event of their own.
        if matches!(t.kind, EventType::Killing | EventType::Violence) && c.assigned.get(k).is_some_and(|a| a.is_empty()) && (t.figure || !cx.cause_phrase(t.span)) {
            if let Some(j) = toll_host(c, k, t, host) {
                // (Deaths the sentence tells as a killing by armed men are still an event of
                // their own, `in the 1959 riot Soviet troops killed at least 11 workers`: a
                // riot and a killing.)
                let by_forces = || {
                    let i = cx.at(t.span.start);
                    let Some(s) = cx.toks.get(i).map(|t| t.sentence) else { return false };
                    let by = i.checked_sub(1).map_or("", |j| cx.ws(j, s));
                    (matches!(cx.ws(i, s), "killed" | "massacred") || cx.ws(i, s) == "shot" && cx.ws(i + 1, s) == "dead")
                        && matches!(by, "troops" | "soldiers" | "police" | "forces" | "army" | "gunmen" | "officers")
                };
                if t.kind == EventType::Killing && by_forces() {
                    tally.folds.push((j, figs.clone()));
                    return Some(figs);
                }
                tally.folds.push((j, figs));
                return None;
            }
        }
        // `84 people were treated in hospital`, `dozens were injured`: a count of the
        // hurt in a sentence that tells of no attack, shooting, clash or riot is a
        // figure of the event it belongs to (the last one found), not an event.
        // (Not when someone hurt them, `security forces have injured some 80 people`,
        // nor when they were shot or beaten.)
        let hurt_by = || cx.lower.get(t.span.start..t.span.end).is_some_and(|w| w.starts_with("injur") || w.starts_with("wound"));
        // (Among the 32 triggers on either side: a line of megabytes holds many.)
        let near = trig.get(k.saturating_sub(32)..(k + 33).min(trig.len())).unwrap_or(&[]);
        if t.figure && t.kind == EventType::Violence && !near.iter().any(|u| attack_told(u, t)) && !hurt_by() && !cx.blast(t.sentence) {
            return self.hurt_count(cx.lower, t, figs, tally);
        }
        Some(figs)
    }

    /// Whether trigger `k` (`t`) tells an event not found yet: None when it refers back to
    /// one (a definite mention with neither a place nor a date of its own, or a movement
    /// a sentence about prices or markets names or only describes), which takes its
    /// actors and figures ([`Run::refer_back`]); else its figures `figs` back.
    /// `near_date` is the index of the sentence's date nearest to it.
    #[inline(always)]
    fn told_anew<'s>(&mut self, c: &Turn<'s, 'a>, k: usize, t: &Trigger, near_date: Option<usize>, actors_here: &mut Vec<&'s str>, figs: Vec<Figure>) -> Option<Vec<Figure>> {
        let cx = c.d.cx;
        // `The protests were organised by …`: a definite mention with neither a
        // place nor a date of its own refers back to an event already found.
        let own_date = near_date.and_then(|x| c.date_spans.get(x)).is_some_and(|d| cx.same_clause(*d, t.span));
        // (`The strikes followed a large gathering in Saqqez on Wednesday`: the date
        // after `followed` is the other event's.)
        // (`relatives of those killed in the riots gathered at a cemetery on the edge
        // of the city`: `the city` is no place of its own either.)
        // (Nor does a place before `took part in the march`, `attended the rally`,
        // which is someone's: `a councillor in Tai Po who took part in the march`.)
        let placeless = c.assigned.get(k).is_some_and(|a| {
            a.iter().all(|p| cx.text.get(p.span.start..p.span.end) == Some("city"))
                || a.iter().all(|p| p.span.end <= t.span.start) && cx.took_part(t.span)
        });
        // `Copper prices rose 3 percent in London last month as the strike coincided
        // with a halt at the Grasberg mine`: the strike a sentence about prices or
        // markets names is the one told, as a cause; its places and dates are the
        // market's. (Dropped when none of its type was told.)
        // (So is one the sentence only describes: `the protests had begun to show
        // signs of fatigue`, `the strike has become a symbol of the crisis`.)
        let market = matches!(t.kind, EventType::Strike | EventType::Protest)
            && !t.figure
            && cx.definite(t.span)
            && (cx.described(t.span) || cx.market_clause(t.sentence, t.span));
        if market && self.last_of.get(t.kind as usize).copied().flatten().is_none() {
            return None;
        }
        // (A definite count, `the 16 people were detained after …`, is of those already
        // told, whatever time its clause gives.)
        let counted_again = t.figure && cx.lower.get(..t.span.start).is_some_and(|b| b.ends_with("the "));
        if market || placeless && (!own_date || cx.followed(t.span) || counted_again) && cx.definite(t.span) {
            return self.refer_back(cx, t, &c.s.actor_spans, actors_here, figs);
        }
        Some(figs)
    }

    /// The day of the events of trigger `t` (value and precision), dated `date` if
    /// anything in its sentence dates it: else the document's day for a running total
    /// (`so_far`) or a movement told in the present perfect, else the date in focus (or
    /// its month, some days after it); moved by a clause of another day (`offset`: see
    /// [`Cx::offset_clause`]).
    #[inline(always)]
    fn day_told(&self, c: &Turn<'_, 'a>, t: &Trigger, date: Option<&DateRef>, so_far: bool, offset: Option<(Span, i64)>) -> (Option<String>, Option<Precision>) {
        let cx = c.d.cx;
        let date_span = date.map(|d| d.span);
        let (date_value, precision) = match date {
            // `The same evening, several thousand people marched`: the day of the events
            // just told (the date in focus), not of the last date written (`… refused to
            // start their shift, demanding a recount of the August 9 vote`). (One after
            // a date of its own sentence is that date's: `called a strike on May 6, and
            // workers marched the same day`.)
            Some(d)
                if cx.lower.get(d.span.start..d.span.end).is_some_and(|w| w.starts_with("the same "))
                    && !c.s.dates.iter().any(|e| e.span.start < d.span.start) =>
            {
                match &self.date_focus {
                    Some((v, p @ Some(Precision::Day))) => (Some(v.to_string()), *p),
                    _ => (Some(d.value.to_string()), d.precision),
                }
            }
            Some(d) => (Some(d.value.to_string()), d.precision),
            // A count in the present perfect (`have died`) is counted as of the
            // document's date.
            // (So is a movement told in the present perfect with no date of its own:
            // `Strikes have begun at the Fort Wayne plant`, `workers have walked out`.)
            None if c.d.doc.date.is_some() && (so_far || !t.figure && cx.perfect(t.span, true)) => (c.d.doc_day.map(str::to_string), Some(Precision::Day)),
            // (`Within days, demonstrations had spread to Aktobe`: some day after
            // the one in focus, in its month.)
            None => match &self.date_focus {
                Some((v, Some(Precision::Day))) if cx.some_days_later(c.s.sent) => (v.get(..7).map(str::to_string), Some(Precision::Month)),
                Some((v, p)) => (Some(v.to_string()), *p),
                None => (None, None),
            },
        };
        let mut date_value = date_value;
        let mut precision = precision;
        // `A strike at the estates entered its second week on Monday`, `the sit-in
        // completed this Wednesday its third day`: it began that many days (weeks) before
        // the day told; some day of a week before it, its month.
        if precision == Some(Precision::Day) && date_span.is_some() && matches!(t.kind, EventType::Strike | EventType::Protest) {
            if let Some((n, week)) = cx.nth_period(t.span) {
                if let Some(v) = date_value.as_deref().and_then(|v| shift_day(v, -(n - 1) * if week { 7 } else { 1 })) {
                    if week {
                        date_value = v.get(..7).map(str::to_string);
                        precision = Some(Precision::Month);
                    } else {
                        date_value = Some(v);
                    }
                }
            }
        }
        // `Police fired tear gas on Monday, a day after 20,000 people marched`: the
        // march was the day before the date of the rest of the sentence (unless its
        // clause has a date of its own).
        if precision == Some(Precision::Day) && !(so_far && date_span.is_none()) {
            if let Some((cue, days)) = offset {
                if let Some(v) = offset_day(cx, t, (cue, days), date_span, date_value.as_deref(), c.d.doc_day) {
                    date_value = Some(v);
                }
            }
        }
        (date_value, precision)
    }

    /// The places of trigger `k` (`t`) into `my_places`: its own, else those of a nearby
    /// trigger it shares them with (returned, as the host of a toll: see [`toll_host`]),
    /// narrowed (a route by its start, spots by their town); and whether it is left with no
    /// place, to fall back on the town in focus over the places its sentence names (`there`,
    /// `in solidarity`), which keeps the focus on that town.
    fn trigger_places(&self, c: &Turn<'_, 'a>, k: usize, t: &Trigger, my_places: &mut Vec<&'a PlaceRef<'a>>) -> (Option<usize>, bool) {
        let (d, trig, assigned) = (c.d, c.s.trig, c.assigned);
        let (cx, doc) = (d.cx, d.doc);
        my_places.clear();
        my_places.extend(assigned.get(k).into_iter().flatten().copied());
        let mut host: Option<usize> = None;
        let mut kept = false;
        // (Only the end of a route, `fled to the Maldives`: as good as none.)
        if my_places.iter().all(|p| p.route) {
            // Share the places of the nearest earlier trigger that has some …
            let lo = k.saturating_sub(6);
            let before = assigned.get(lo..k).unwrap_or(&[]);
            let later = || {
                trig.iter().zip(assigned.iter()).enumerate().skip(k + 1).take(6).find(|(_, (u, a))| {
                    let harm = |k| matches!(k, EventType::Killing | EventType::Violence);
                    // (Not the place of a killing named as a cause, which is no
                    // event here: `demonstrations over the killing of George Floyd in
                    // Minneapolis turned violent` in a story from Jacksonville.)
                    a.iter().any(|p| !p.route)
                        && (cx.same_clause(t.span, u.span) || harm(t.kind) && harm(u.kind) && !cx.hard_break(t.span, u.span))
                        && !a.iter().all(|p| cx.cause_place(u, p.span))
                })
            };
            // (Not across a new clause when one of its own has places: `… had
            // spread to Aktobe and Taraz, and on January 5 crowds stormed the
            // mayor's office in Almaty` were in Almaty. Nor the place of a killing
            // named as a cause, as above.)
            let earlier = before
                .iter()
                .enumerate()
                .rev()
                // (A whole route counts, `marched from Causeway Bay to Wan Chai on
                // Sunday in a rally`: the rally is that march.)
                .find(|(j, a)| (a.iter().any(|p| !p.route) || whole_route(a, &doc.text)) && !trig.get(lo + j).is_some_and(|u| a.iter().all(|p| cx.cause_place(u, p.span))))
                .filter(|(j, _)| trig.get(lo + j).is_none_or(|u| !cx.new_clause(u.span, t.span)) || later().is_none());
            // (`Temirtau is no stranger to unrest. … steelworkers there walked out and joined
            // the protests that began in Zhanaozen, and in the 1959 riot troops killed 11
            // workers in the town`: a trigger that says `there` or `in the town` was in
            // the town in focus (when one is), not where another trigger of its sentence was.)
            let pro_form = || {
                let i = cx.at(t.span.start);
                let Some(s) = cx.toks.get(i).map(|t| t.sentence) else { return false };
                if i.checked_sub(1).is_some_and(|j| cx.ws(j, s) == "there") {
                    return true;
                }
                // (In its clause, up to a comma or a semicolon, within some 80 bytes; not `in
                // the town of Myitkyina`, which names one.)
                let end = t.span.end + 80;
                (cx.at(t.span.end)..)
                    .take_while(|&j| cx.toks.get(j).is_some_and(|u| u.sentence == s && u.span.end <= end) && !matches!(cx.w(j), "," | ";"))
                    .any(|j| cx.w(j) == "in" && cx.ws(j + 1, s) == "the" && matches!(cx.ws(j + 2, s), "town" | "city" | "village") && !matches!(cx.ws(j + 3, s), "" | "of"))
            };
            // (`In January 2022, as protests spread from Zhanaozen, several hundred smelter
            // workers stopped work in solidarity`: what is done in solidarity with another
            // action was not where that one was, but in the town in focus.)
            let solidarity = || {
                let j = cx.at(t.span.end);
                let Some(s) = cx.toks.get(j).map(|u| u.sentence) else { return false };
                (j..j + 10).map(|k| cx.ws(k, s)).take_while(|w| !matches!(*w, "" | "," | ";")).any(|w| w == "solidarity")
                    && earlier.is_some_and(|(e, _)| trig.get(lo + e).is_some_and(|u| !cx.same_clause(u.span, t.span)))
            };
            if my_places.is_empty() && self.focus_town.is_some() && (earlier.is_some() || later().is_some()) && (pro_form() || solidarity()) {
                // (no place of its own: the fallback, the town in focus)
                kept = true;
            } else if let Some((j, a)) = earlier {
                my_places.clear();
                my_places.extend_from_slice(a);
                host = Some(lo + j);
            } else if let Some((j, (_, a))) = later() {
                // … or of a later one in the same clause (`protesters stormed X in
                // Colombo`) or of violence that kills (`opened fire on mourners in X,
                // killing three`).
                my_places.clear();
                my_places.extend_from_slice(a);
                host = Some(j);
            }
        }
        // (`sentenced to three years for taking part in a protest in Grodno`: a place of the
        // offence a ruling names is not where the court sat.)
        if t.kind == EventType::Other {
            my_places.retain(|p| p.span.end <= t.span.start || !doc.text.get(t.span.end..p.span.start).is_some_and(|g| g.contains(" for ")));
        }
        narrow(my_places, &doc.text);
        // (Nor is another country at the end of a route: `protests against a bill
        // allowing extradition to mainland China` were in Hong Kong.)
        if my_places.iter().any(|p| !p.route) {
            my_places.retain(|p| !p.route);
        } else {
            my_places.retain(|p| !p.other_country(d.country));
            // `marched from Pettah to Borella`, `from Admiralty to Central`: a march
            // between two districts or squares of a town is one event, where it set
            // off (towns stay apart: `trains from Leeds to York`, but for a march or
            // a riot that moved, `farmers marched from Leeds to York`, both are one
            // event, where it set off).
            let district = |p: &&PlaceRef<'_>| p.gaz.is_some_and(|g| g.kind == PlaceKind::Feature) || is_spot(p, &doc.text);
            if my_places.len() > 1 && my_places.iter().all(district) {
                my_places.truncate(1);
            } else if my_places.len() > 1 && matches!(t.kind, EventType::Protest | EventType::Riot) && whole_route(my_places, &doc.text) {
                my_places.retain(|p| route_start(p, &doc.text));
                my_places.truncate(1);
            }
        }
        // `In Minneapolis, … ¶ Police fired tear gas near the Fifth Precinct
        // station`: spots alone are in the town of the paragraph, else in the
        // town of the dateline (`SANTIAGO — … ¶ The crowd filled the Alameda avenue
        // and Plaza Italia`), else in that of the paragraph before.
        // (A country in focus is no town: `SANTIAGO, Chile —` has Santiago.)
        // The one town the gazetteer knows in the spot's own sentence comes first:
        // `In Minneapolis, protesters set fire to buildings along Lake Street`. (Of
        // several, `clashes in Sham Shui Po, Kwai Chung …`, the text does not say which.)
        // (A district the gazetteer knows as a feature of one country stands for its
        // town: `In Mong Kok, demonstrators set fire to bins on Nathan Road`.)
        if !my_places.is_empty() && my_places.iter().all(|p| is_spot(p, &doc.text)) {
            self.spots_to_town(c, my_places);
        } else if my_places.len() > 1 && my_places.iter().any(|p| is_spot(p, &doc.text)) {
            // (A spot beside a town is in it: `reached the Canal Road gate … in Delta
            // Township`, one event, in the town.)
            let town = |p: &&PlaceRef| !p.pseudo && !p.route && p.gaz.is_none_or(town_or_district) && !is_spot(p, &doc.text);
            if my_places.iter().filter(|p| town(p)).count() == 1 {
                my_places.retain(town);
            }
        }
        (host, kept)
    }

    /// Spots alone (`my_places`) stand for their town, if one is known: the one town of
    /// their sentence, else the town in focus (see [`spots_town`]).
    #[cold]
    #[inline(never)]
    fn spots_to_town(&self, c: &Turn<'_, 'a>, my_places: &mut Vec<&'a PlaceRef<'a>>) {
        let (d, sent_places) = (c.d, &c.s.places);
        let doc = d.doc;
        let mut towns = sent_places
            .iter()
            .filter(|t| !t.pseudo && !t.route && t.gaz.is_some_and(town_or_district) && !is_spot(t, &doc.text));
        let sentence_town = towns.next().copied().filter(|t| towns.all(|u| u.name == t.name));
        // (Nor, when the sentence names no town, spots the gazetteer knows in a town of the
        // story's country: `detained 64 people around Plaza Italia` after a sentence on San
        // Antonio were in Santiago, the square's town; see [`event_place`].)
        let home = |g: &gazetteer::Place| d.country.and_then(gazetteer::place).is_some_and(|c| c.country == g.country);
        if sentence_town.is_none() && my_places.iter().all(|p| p.gaz.is_some_and(|g| g.spot_town().is_some() && home(g))) {
            return;
        }
        if let Some(town) = sentence_town.or_else(|| spots_town(self.focus_town, d.towns.home_dateline, d.towns.headline_ref, self.place_focus_at.1, self.para)) {
            if town.gaz.is_none_or(town_or_district) && !is_spot(town, &doc.text) {
                my_places.clear();
                my_places.push(town);
            }
        }
    }

    /// A count of the hurt (`84 people were treated in hospital`) at trigger `t`: its
    /// figures go to the last event found, if any (else they are given back, and the
    /// count is an event of its own); `lower` is the document's lowercase text.
    #[cold]
    #[inline(never)]
    fn hurt_count(&mut self, lower: &str, t: &Trigger, figs: Vec<Figure>, tally: &mut Tally) -> Option<Vec<Figure>> {
        // (A running total still makes the count joined to it one: `40 people
        // have been injured and 260 arrested`.)
        let (have, had) = auxiliaries(lower.get(t.span.start..t.span.end).unwrap_or(""));
        if have {
            tally.last_total = Some(t.span);
        }
        if had {
            tally.last_had = Some(t.span);
        }
        if let Some(e) = [EventType::Protest, EventType::Riot, EventType::Violence, EventType::Killing]
            .iter()
            .filter_map(|k| self.last_of.get(*k as usize).copied().flatten())
            .max()
            .and_then(|i| self.events.get_mut(i))
        {
            add_figures(e, figs);
            return None;
        }
        Some(figs)
    }

    /// A definite mention of trigger `t` with no place or date of its own (`The protests
    /// were organised by …`): the actors of its clause (from `actor_spans`, into
    /// `actors_here`) and its figures go to the last event of its type, if any (else the
    /// figures are given back).
    #[cold]
    #[inline(never)]
    fn refer_back<'s>(&mut self, cx: &Cx, t: &Trigger, actor_spans: &'s [(Span, Cow<'a, str>)], actors_here: &mut Vec<&'s str>, figs: Vec<Figure>) -> Option<Vec<Figure>> {
        if let Some(prev) = self.last_of.get(t.kind as usize).copied().flatten().and_then(|i| self.events.get_mut(i)) {
            // The actors of its clause, else of its part of the sentence.
            actors_here.clear();
            actors_here.extend(actor_spans.iter().filter(|(sp, _)| cx.same_clause(*sp, t.span)).map(|(_, a)| a.as_ref()));
            if actors_here.is_empty() {
                actors_here.extend(actor_spans.iter().filter(|(sp, _)| !cx.hard_break(*sp, t.span)).map(|(_, a)| a.as_ref()));
            }
            add_actors(prev, actors_here.iter().copied());
            add_figures(prev, figs);
            return None;
        }
        Some(figs)
    }

    /// The place of an event of trigger `t` that names none (dated by `date`, valued
    /// `date_value` at `precision`; `whole`: a total, or a count over a list of towns): the
    /// town of the news, the story's town, the place in focus (as an event takes it: see
    /// [`event_place`]) or the main country. (The towns and the country are no spots.)
    fn fallback_place(&self, c: &Turn<'_, 'a>, t: &Trigger, date: Option<&DateRef>, date_value: Option<&str>, precision: Option<Precision>, whole: bool) -> Option<&'a str> {
        let (d, cx) = (c.d, c.d.cx);
        // (A place from an earlier paragraph does not hold for an event dated
        // in another month: `… killed in Mahabad on Tuesday.` ¶ `protests
        // erupted in mid-September` were the country's.)
        // (Only for a movement named by a plural noun, `the protests`, `strikes`,
        // `unrest`, or a count: a deed or a strike told with no place, `… were
        // among a crowd that broke into the building on January 5`, `The strike
        // … began on February 9`, goes on with the town in focus; so do
        // `pickets`, which stand at the strike's own gates.)
        let named_movement = || {
            cx.lower.get(t.span.start..t.span.end).is_some_and(|w| w == "unrest" || !w.contains(' ') && w.ends_with('s') && !w.starts_with("picket"))
        };
        let movement = || t.figure || named_movement();
        let apart = self.place_focus_at.1 != self.para
            && movement()
            // (not `occupied since 9 April`, which goes on still)
            && date.is_some_and(|d| !d.since || !cx.right_after_since(d.span))
            && self.place_focus_at.0.zip(date_value).is_some_and(|(a, b)| {
                let (a, b) = (a.get(..7).unwrap_or(a), b.get(..7).unwrap_or(b));
                !a.starts_with(b) && !b.starts_with(a)
            });
        // (Nor does it hold at all for an event of a new paragraph that names no
        // place, once the document has named several: `… in Minsk …, and
        // workers in Grodno joined them.` ¶ `Postal workers held a day of action
        // on Wednesday` was the country's.)
        // (Unless the paragraph goes on to name the place in focus again, and no other
        // town: `The march on Sunday 13 September 2020 was not unusual. Across Belarus,
        // … In Mahilyow, …` was in Mahilyow; not `… a curfew in Santiago, Valparaíso and
        // Concepción`. Named, not `the city`.)
        let named_again = || {
            let end = d.doc.paragraphs.get(self.para).map_or(0, |p| p.end);
            let mut later = d.places.get(c.s.next.1..).unwrap_or(&[]).iter().take_while(|p| p.span.start < end).filter(|p| {
                !p.pseudo && !p.route && Some(p.name) != d.country && p.gaz.is_none_or(|g| g.kind != PlaceKind::Country)
            });
            let named = |p: &PlaceRef| Some(p.name) == self.place_focus && d.doc.text.get(p.span.start..).is_some_and(|n| n.starts_with(char::is_uppercase));
            later.next().is_some_and(named) && later.all(named)
        };
        let elsewhere = self.place_focus_at.1 != self.para && self.places_mixed && !named_again();
        // (Nor does another country named in passing: `Tsikhanouskaya, now in
        // Lithuania, said …` ¶ `nearly 7,000 people were detained` in Belarus.)
        // (`focus_town` is the place in focus, its gazetteer entry at hand.)
        let abroad = self.focus_town.is_some_and(|p| p.other_country(d.country));
        // (But what a story from a town at home, `SANTIAGO, Chile — …`, tells of
        // its own news days, the document's day or the two before, with no place
        // of its own was in that town: `The crowd gathered from mid-morning` in its
        // second paragraph was in Santiago, not across Chile. Not a count over a
        // list of towns, nor a running total.)
        let recent = || {
            precision == Some(Precision::Day)
                && date_value.zip(d.doc.date).is_some_and(|(v, today)| {
                    day_of(v).is_some_and(|d| (0..=2).contains(&(today - d).num_days()))
                })
        };
        // (Nor was a deed at some unnamed spot of a town, `pupils started jumping
        // the turnstiles at stations such as …`, the country's: it was in the town
        // of such spots, that of the dateline at home.)
        let spot = || !t.figure && cx.town_spot_near(t.span);
        // (And a deed at such a spot after a count across the country, `580
        // detained across the country` ¶ `pupils started jumping the turnstiles at
        // stations such as …`, was in that town too.)
        let country_focus = || self.place_focus.is_some() && self.place_focus == d.country;
        let news = !(whole || abroad) && ((apart || elsewhere) && (recent() || spot()) || country_focus() && spot());
        if let Some(town) = d.towns.home_news.filter(|_| news) {
            Some(town)
        } else if let Some(town) = d.towns.story_town.filter(|_| (apart || elsewhere) && !(whole || abroad || !t.figure && named_movement())) {
            Some(town)
        } else if let Some(town) = d.towns.headline_town.filter(|_| elsewhere && !(apart || whole || abroad || !t.figure && named_movement())) {
            // (Not for an event of another month than the place in focus: `the crackdown of
            // November 2019, when hundreds were killed` in a story of 2022 from Mahabad was
            // the country's.)
            Some(town)
        } else if (whole || apart || elsewhere || abroad) && d.country.is_some() {
            d.country
        } else {
            // (Before any place is named, a report written in a town at home,
            // `By Nadia Perera in Colombo`, tells of that town.)
            self.focus_town.map(|p| event_place(p, d)).or(d.towns.byline_home).or(d.country)
        }
    }

    /// Pushes the events of trigger `k` (`t`) that `told` holds: one per place, else one
    /// at the fallback place; then a copy of those for each further day (`walked out on
    /// December 21 and again on January 11`).
    fn emit(&mut self, c: &Turn<'_, 'a>, k: usize, t: &Trigger, told: Told<'_, 'a>, tally: &mut Tally) {
        let Told { fallback, places: my_places, date, mut date_value, mut precision, date_span, figs, actors: actors_here } = told;
        let (cx, sent, sent_dates, listed_days) = (c.d.cx, &c.s.sent, &c.s.dates, c.d.listed_days);
        // `Between 13 and 17 May, police … detained 14 people`: arrests or deaths over a
        // range of days are dated by its month (none of those days is theirs).
        // (Not a night, `the night of 4–5 March`, a range a dash joins: see `sentence_dates`.)
        let between = || {
            date.is_some_and(|d| d.range && {
                let i = cx.at(d.span.start);
                cx.toks.get(i).is_some_and(|u| i.checked_sub(1).is_some_and(|j| cx.ws(j, u.sentence) == "between"))
            })
        };
        if matches!(t.kind, EventType::Arrest | EventType::Killing) && precision == Some(Precision::Day) && between() {
            if let Some(v) = date_value.as_mut() {
                v.truncate(7);
                precision = Some(Precision::Month);
            }
        }
        let Run { events, weak, last_of, .. } = self;
        let targets = fallback.map(|place| (place, None)).into_iter().chain(my_places.iter().map(|p| (Some(event_place(p, c.d)), Some(p.span))));
        let n_targets = my_places.len().max(1);
        let mut figs = figs;
        let made_from = events.len();
        for (n, (place, pspan)) in targets.enumerate() {
            // `On January 4, protests that had started two days earlier in
            // Zhanaozen spread to Almaty`: the place the protests spread to takes
            // the date of the sentence outside the clause of their start.
            let spread_date = pspan.zip(date_span).and_then(|(p, d)| {
                let spread = cx.lower.get(p.start.saturating_sub(16)..p.start).is_some_and(|b| b.ends_with("spread to ") || b.ends_with("spreading to "));
                let in_start = |x: Span| x.start >= t.span.end && x.end <= p.start;
                (spread && in_start(d)).then(|| sent_dates.iter().find(|e| !in_start(e.span) && e.span.end <= t.span.start)).flatten()
            });
            // `The strike began on Sunday at Bandar Abbas and spread on Monday to the
            // freight yards of Shiraz, Ahvaz and Tabriz`: the places after the spread
            // take its date.
            let spread_date = spread_date.or_else(|| {
                let p = pspan?;
                let e = sent_dates.iter().rev().find(|e| e.span.start >= t.span.end && e.span.end <= p.start)?;
                let b = cx.lower.get(t.span.end..e.span.start)?.trim_end().trim_end_matches(" on").trim_end_matches(" to");
                (b.ends_with(" spread") || b.ends_with(" spreading")).then_some(e)
            });
            let mut ev = t.span;
            for s in [pspan, spread_date.map(|d| d.span).or(date_span)].into_iter().flatten() {
                if s.start.abs_diff(t.span.start).min(s.end.abs_diff(t.span.end)) < 90 {
                    ev = Span::new(ev.start.min(s.start), ev.end.max(s.end));
                }
            }
            let evidence = if sent.contains(ev) { ev } else { t.span };
            if let Some(l) = last_of.get_mut(t.kind as usize) {
                *l = Some(events.len());
            }
            if let Some(m) = tally.made.get_mut(k) {
                m.push(events.len());
            }
            weak.push(
                date_span.is_none() && !self.dated
                    // (A count over a range of days, `Between 12 and 15 November, at least
                    // 34 people were detained`: the sum of those told day by day.)
                    || t.figure && matches!(t.kind, EventType::Arrest | EventType::Killing) && date.is_some_and(|d| d.range)
                    || cx.lower.get(t.span.start..t.span.end).is_some_and(|w| {
                        // (`The unrest started on 2 January`: dated, it is firm.)
                        let began = || {
                            let j = cx.at(t.span.end);
                            cx.toks.get(j).is_some_and(|x| {
                                matches!(cx.ws(j, x.sentence), "began" | "started" | "erupted" | "broke" | "flared" | "spread")
                            })
                        };
                        // (Picket lines that went up at a place or on a day of their own,
                        // `Picket lines went up outside warehouses in Lansing, …, in Denver
                        // and in Fontana`, `On Monday and Tuesday, pickets formed outside
                        // all 28 schools`, are the strike at each site, each day: firm.)
                        w.starts_with("picket")
                            && !(w == "picket" && t.kind == EventType::Protest)
                            && !((pspan.is_some() || date_span.is_some()) && cx.went_up(t.span))
                            || w == "unrest" && !(date_span.is_some() && began())
                    }),
            );
            // The last event takes the values, the others copies.
            let last = n + 1 == n_targets;
            events.push(Event {
                kind: t.kind,
                date: match spread_date {
                    Some(d) => Some(d.value.to_string()),
                    None if last => date_value.take(),
                    None => date_value.clone(),
                },
                precision: spread_date.map_or(precision, |d| d.precision),
                place: place.map(str::to_string),
                actors: actors_here.iter().map(|a| a.to_string()).collect(),
                figures: if last { std::mem::take(&mut figs) } else { figs.clone() },
                evidence,
                sentence: *sent,
            });
        }
        // `walked out on December 21 and again on January 11`: the second date of
        // such a pair dates a second event, a copy of those just made; so does each
        // further day of a list of protests (`marched on 1 and 2 March`: one event a
        // day, as ACLED counts them), and of strikes and arrests each day that does not
        // run on from the one before (`walked out on 2, 3 and 5 May`: two).
        // (So does the day before one told as a strike's or a protest's second:
        // `kept their stores shut for a second straight day on Tuesday` were shut
        // on Monday too.)
        let (mut from, made_to) = (date, events.len());
        let mut days: Vec<(Cow<str>, Option<Precision>, Option<Span>)> = Vec::new();
        // (But a run of consecutive days, `walked out on 27 and 28 November`, `arrested 31
        // people late Wednesday and early Thursday`, is one spell, dated at its first.)
        while let Some(a) = from.and_then(|d| cx.again_date(d, sent_dates, listed_days)) {
            // (A protest's next day is another protest, unless the text tells one night
            // across midnight: `late Friday and early Saturday`.)
            let night = || from.is_some_and(|d| cx.lower.get(d.span.start..).is_some_and(|w| w.starts_with("late ")) && cx.lower.get(a.span.start..).is_some_and(|w| w.starts_with("early ")));
            let run_on = (matches!(t.kind, EventType::Strike | EventType::Arrest) || night())
                && from.and_then(|d| day_of(d.value)).zip(day_of(a.value)).is_some_and(|(x, y)| (y - x).num_days() == 1);
            from = Some(a);
            if !run_on {
                days.push((Cow::Borrowed(a.value), a.precision, Some(a.span)));
            }
            tally.used_date = Some(a.span);
        }
        if matches!(t.kind, EventType::Strike | EventType::Protest) && precision == Some(Precision::Day) && cx.second_day(t.span) {
            if let Some(v) = events.get(made_from).and_then(|e| e.date.as_deref()).and_then(|v| shift_day(v, -1)) {
                days.push((Cow::Owned(v), precision, None));
            }
        }
        if !days.is_empty() {
            self.copy_for_days(k, t, made_from..made_to, days, *sent, tally.made);
        }
        if let Some(d) = date_span.filter(|d| tally.used_date.is_none_or(|u| u.start < d.start)) {
            tally.used_date = Some(d);
        }
    }

    /// A copy of the events `made` of trigger `k` (`t`, in sentence `sent`) for each
    /// further day of `days` (its value, precision and span).
    #[cold]
    #[inline(never)]
    fn copy_for_days(&mut self, k: usize, t: &Trigger, made: std::ops::Range<usize>, days: Vec<(Cow<str>, Option<Precision>, Option<Span>)>, sent: Span, made_by: &mut [Vec<usize>]) {
        let Run { events, weak, last_of, .. } = self;
        let (made_from, made_to) = (made.start, made.end);
        for (value, precision, span) in days {
            for i in made_from..made_to {
                let Some(mut e) = events.get(i).cloned() else { continue };
                e.date = Some(value.to_string());
                e.precision = precision;
                let ev = span.map_or(e.evidence, |a| Span::new(e.evidence.start.min(a.start), e.evidence.end.max(a.end)));
                if sent.contains(ev) {
                    e.evidence = ev;
                }
                if let Some(l) = last_of.get_mut(t.kind as usize) {
                    *l = Some(events.len());
                }
                if let Some(m) = made_by.get_mut(k) {
                    m.push(events.len());
                }
                weak.push(false);
                events.push(e);
            }
        }
    }

    /// Adds the figures of each toll in `folds` (see [`toll_host`]) and the sentence's
    /// actors (`actor_spans`) to the events its host made (`made`).
    #[cold]
    #[inline(never)]
    fn fold_tolls(&mut self, folds: Vec<(usize, Vec<Figure>)>, made: &[Vec<usize>], actor_spans: &[(Span, Cow<'a, str>)]) {
        for (j, figs) in folds {
            for &id in made.get(j).map(Vec::as_slice).unwrap_or(&[]) {
                if let Some(e) = self.events.get_mut(id) {
                    add_figures(e, figs.clone());
                    add_actors(e, actor_spans.iter().map(|(_, a)| a.as_ref()));
                }
            }
        }
    }

    /// Moves the date focus to a date of sentence `s` (whose triggers' spans are
    /// `trig_spans` and which dated an event last by `used_date`).
    fn move_date_focus(&mut self, d: &Doc<'a>, s: &Sent<'a>, trig_spans: &[Span], used_date: Option<Span>) {
        let Doc { cx, doc_day, .. } = *d;
        let (trig, sent_dates) = (s.trig, &s.dates);
        // Move the focus.
        // A decade or a year in passing (`who led the union in the 1990s`) does not
        // move the focus; a date in a sentence that states events does.
        // A date after the document's (a strike called for next Monday) does not either:
        // what follows without a date of its own has most often happened already.
        // (Nor does an attributive date, which `sent_dates` holds only in a sentence
        // without triggers, or after `after the`: see where it is filled.)
        let past = |d: &&&DateRef| !d.since && !doc_day.is_some_and(|today| is_after(d.value, today));
        let fine = |d: &&&DateRef| past(d) && d.precision.is_some_and(|p| p <= Precision::Month) && !cx.attributive(d.span);
        // In a sentence that states events, its last date, unless a finer one dated the
        // last of them (`… on Sunday, after a disputed election a week earlier`: Sunday).
        let stated = used_date.and_then(|u| sent_dates.iter().find(|d| d.span == u)).filter(past);
        // (A date counted back from it is the date of something before: `a week earlier`.)
        let counted_back = |d: &&DateRef| {
            cx.text.get(d.span.start..d.span.end).is_some_and(|t| t.ends_with(" earlier") || t.ends_with(" before") || t.ends_with(" prior"))
        };
        let finer = |d: &&DateRef| stated.is_some_and(|s| s.precision < d.precision || s.span != d.span && counted_back(d));
        let pick = if trig.is_empty() {
            sent_dates.iter().rev().find(fine)
        } else {
            // (nor a date of a cause named, `a vigil on Friday over the killing of X on
            // May 12`)
            // (nor one of a relative clause after the first trigger: `detained people in
            // the area where the first clashes took place two weeks ago`)
            let cause = |d: &&&DateRef| trig.first().is_some_and(|t| cx.cause_date(t.span, d.span, trig_spans) || cx.relative_clause(t.span, d.span, true));
            sent_dates.iter().rev().filter(|d| !cx.after_the(d.span) && !cause(d)).find(past).map(|d| if finer(d) { stated.unwrap_or(d) } else { d })
        };
        if let Some(d) = pick {
            self.date_focus = Some((d.value, d.precision));
            self.dated = true;
        }
    }

    /// Moves the place focus to a place of sentence `s`, and marks the places mixed when
    /// it names a second town or spot; `kept`: a trigger of the sentence was placed in the
    /// town in focus over the places the sentence names (see [`Run::trigger_places`]), and
    /// the focus stays there.
    fn move_place_focus(&mut self, d: &Doc<'a>, s: &Sent<'a>, kept: bool) {
        let Doc { doc, country, headline_sent, towns: Towns { home_dateline, spots_mixed, headline_ref, .. }, .. } = *d;
        let sent_places = &s.places;
        let sent = &s.sent;
        // `across the country` moves the focus only when no town is named beside it.
        // (Nor does the end of a route: `a bill allowing extraditions to mainland China`.)
        // (Of a whole route alone, its start: `marched from Causeway Bay to Wan Chai. ¶
        // 20,000 people took part` did so where the march set off.)
        let route_from = || whole_route(sent_places, &doc.text).then(|| sent_places.iter().find(|p| route_start(p, &doc.text))).flatten();
        // (Nor does a region or a country named as the wider frame of a town in it: `A
        // court in Taldykorgan …, the unrest that shook Kazakhstan …, the first such
        // verdicts in the Almaty region` keeps Taldykorgan.)
        let framed = |p: &&&PlaceRef| sent_places.iter().any(|q| q.span != p.span && !q.pseudo && !q.route && (region_holds(p, q.gaz) || country_holds(p, q.gaz)));
        if let Some(p) = sent_places.iter().rev().find(|p| !p.pseudo && !p.route && !framed(p)).or_else(route_from).or(sent_places.last()) {
            // A spot (`water cannon on Flower Road`) is no focus of its own: what follows
            // without a place (`84 people were treated`) was in its town, as the spot was.
            let p = if is_spot(p, &doc.text) { spot_town(p, sent_places, self.focus_town, home_dateline, headline_ref, self.place_focus_at.1, self.para, &doc.text) } else { *p };
            // (A headline's places are the story's, which its text names again: they do
            // not make the places mixed. `Chile copper strike enters second month as miners
            // block roads near Antofagasta` over a story of Escondida.)
            // (Nor do spots, which are in a town, in a story with no dateline:
            // `marched along Cherry Street and Summit Street` ¶ `Nurses … walked off the job`
            // in the town of the story, not the country. With one, what a new paragraph
            // tells without a place goes to the dateline's town anyway.)
            for q in sent_places.iter().filter(|q| !q.pseudo && !q.route && headline_sent != Some(*sent)) {
                if self.places_mixed
                    || self.first_place.is_some_and(|f| f.name == q.name || region_holds(q, f.gaz))
                    || Some(q.name) == country
                    || q.gaz.is_some_and(|g| g.kind == PlaceKind::Country)
                    || !spots_mixed && is_spot(q, &doc.text)
                {
                    continue;
                }
                match self.first_place {
                    None => self.first_place = Some(q),
                    Some(_) => self.places_mixed = true,
                }
            }
            // (The region of the town in focus keeps that town in focus, in the town's
            // paragraph: a new one that names the region, `Junior doctors in England`, is
            // about the region.)
            // (Nor does a country named in the possessive, as the owner of a thing rather than
            // where something happened: `Kazakhstan's Independence Day fell on a Friday` keeps
            // Zhanaozen.)
            let owner = || {
                p.gaz.is_some_and(|g| g.kind == PlaceKind::Country)
                    && doc.text.get(p.span.end..).is_some_and(|r| r.starts_with("'s ") || r.starts_with("’s "))
            };
            if !kept && !self.focus_town.is_some_and(|f| self.place_focus_at.1 == self.para && region_holds(p, f.gaz) || owner()) {
                self.place_focus = Some(p.name);
                self.focus_town = Some(p);
                self.place_focus_at = (self.date_focus.filter(|_| self.dated).map(|d| d.0), self.para);
            }
        }
    }
}


/// Drops the weak events (see `weak` in [`find_in`]: dated only by the document date,
/// picket lines, `unrest`) when something firmer of their type is found, and the events a
/// headline restates; `keep` is working memory.
fn drop_weak(events: &mut Vec<Event>, weak: &[bool], keep: &mut Vec<bool>, layout: &crate::layout::Layout, country: Option<&str>, lower: &str) {
    let mut firm_kinds = [false; 7];
    let mut firm_at: SmallMap<(EventType, Option<&str>), ()> = SmallMap::new(events.len());
    // (Of each type, whether a firm event is in a town: neither placeless nor the country's.)
    let mut firm_towns = [false; 7];
    for (e, w) in events.iter().zip(weak.iter()) {
        if !w {
            if let Some(k) = firm_kinds.get_mut(e.kind as usize) {
                *k = true;
            }
            if let Some(k) = firm_towns.get_mut(e.kind as usize) {
                *k |= e.place.is_some() && e.place.as_deref() != country;
            }
            firm_at.get_or_insert((e.kind, e.place.as_deref()), ());
        }
    }
    // A headline restates the report (`Auto workers strike at three plants as talks
    // with Detroit carmakers fail`): what it names without a date of its own is the
    // story the text tells, with date and place.
    // (So does a memo's subject line: `Subject: Strike of drilling crews at …`; see
    // [`crate::layout::Layout::titles`].)
    let titled = |sp: Span| layout.titles(sp);
    let mut firm_places: Vec<Option<&str>> = Vec::new();
    if layout.titled() {
        firm_places.extend(events.iter().zip(weak.iter()).filter(|(_, w)| !**w).map(|(e, _)| e.place.as_deref()));
        firm_places.sort_unstable();
    }
    keep.clear();
    keep.extend(events.iter().zip(weak.iter()).map(|(e, &w)| {
            let vague = e.place.is_none() || e.place.as_deref() == country;
            // (A headline's event goes also where a firm event of another type is:
            // `security forces open fire in Mahabad` when the text tells of a killing there.)
            let told = || titled(e.sentence) && !vague && firm_places.binary_search(&e.place.as_deref()).is_ok();
            let picket = || {
                let ev = lower.get(e.evidence.start..e.evidence.end).unwrap_or("");
                holds(ev, "picket") || holds(ev, "unrest")
            };
            let firm_kind = firm_kinds.get(e.kind as usize).copied().unwrap_or(false);
            let headline_told = titled(e.sentence) && (firm_kind || told());
            // (Dated or not, a headline's event with no place of its own is the story's
            // when the text tells one of its type: `Copper miners stay below ground for a
            // second day`.)
            // (Nor with only the country, when the text puts one of its type in a town:
            // `Copper miners in central Kazakhstan stay underground` over the shaft near
            // Satbayev.)
            let headline_vague = titled(e.sentence) && firm_kind && (e.place.is_none() || vague && firm_towns[e.kind as usize]);
            !(w && (firm_kind && (vague || picket() || firm_at.get(&(e.kind, e.place.as_deref())).is_some()) || headline_told) || headline_vague)
    }));
    // (A weak count told in several towns, `Between 12 and 15 November, at least 34 people
    // were detained in Zahedan and Khash`, sums up the events told in one of them: its
    // copies in the others go with it.)
    for i in 0..events.len() {
        if keep.get(i) == Some(&false) && weak.get(i) == Some(&true) {
            let Some(e) = events.get(i) else { continue };
            // (Dropped for a firm event in its town, not for having none.)
            if e.place.is_none() || e.place.as_deref() == country || firm_at.get(&(e.kind, e.place.as_deref())).is_none() {
                continue;
            }
            for (j, f) in events.iter().enumerate() {
                // (The copies of one trigger: their evidence overlaps, around it.)
                let overlap = f.evidence.start < e.evidence.end && e.evidence.start < f.evidence.end;
                if weak.get(j) == Some(&true) && overlap && f.sentence == e.sentence && f.kind == e.kind && f.date == e.date {
                    if let Some(k) = keep.get_mut(j) {
                        *k = false;
                    }
                }
            }
        }
    }
    let mut i = 0;
    events.retain(|_| {
        let k = keep.get(i).copied().unwrap_or(true);
        i += 1;
        k
    });
}

/// Drops the events told in a summary section (under a heading `SUMMARY`, `Key points`,
/// `Arrests – summary`, `Highlights`, `In brief`) when the rest of the text tells one of
/// their type: a summary sums up, by place and in counts, what the sections after (or
/// before) it tell with day and place. (`keep` is working memory.)
fn drop_summarised(cx: &Cx, doc: &Document, events: &mut Vec<Event>, keep: &mut Vec<bool>) {
    // The byte ranges of the summary sections: from such a heading to the next heading.
    let mut ranges: Vec<Span> = Vec::new();
    let mut open: Option<usize> = None;
    for (s, sent) in doc.sentences.iter().enumerate().skip(1) {
        if cx.layout.sentence(s) & crate::layout::ALONE == 0 {
            continue;
        }
        if let Some(a) = open.take() {
            ranges.push(Span::new(a, sent.start));
        }
        let (Some(&a), Some(&b)) = (cx.sent_tok.get(s), cx.sent_tok.get(s + 1)) else { continue };
        let summary = (a..b).any(|k| match cx.w(k) {
            "summary" | "highlights" => true,
            "key" => matches!(cx.w(k + 1), "points" | "facts" | "figures"),
            "in" => matches!(cx.w(k + 1), "brief" | "numbers") && k + 2 == b,
            "glance" => true,
            _ => false,
        });
        if summary {
            open = Some(sent.end);
        }
    }
    // (With no heading after it, a summary is the paragraph after its heading.)
    if let Some(a) = open {
        if let Some(p) = doc.paragraphs.iter().find(|p| p.end > a) {
            ranges.push(Span::new(a, p.end));
        }
    }
    if ranges.is_empty() {
        return;
    }
    let summed = |e: &Event| ranges.iter().any(|r| r.contains(e.sentence));
    let mut told = [false; 7];
    for e in events.iter().filter(|e| !summed(e)) {
        if let Some(t) = told.get_mut(e.kind as usize) {
            *t = true;
        }
    }
    keep.clear();
    keep.extend(events.iter().map(|e| !(summed(e) && told.get(e.kind as usize).copied().unwrap_or(false))));
    let mut i = 0;
    events.retain(|_| {
        let k = keep.get(i).copied().unwrap_or(true);
        i += 1;
        k
    });
}

/// Drops what is dated after the document's day `doc_day`.
fn drop_future(events: &mut Vec<Event>, doc_day: Option<&str>) {
    // What is dated after the document has not happened (yet): `a strike set for 5 May`.
    if let Some(today) = doc_day {
        events.retain(|e| !e.date.as_deref().is_some_and(|v| is_after(v, today)));
    }
}

/// Folds violence into the killing (of the same sentence or paragraph) and a protest into
/// the riot of the same sentence (or paragraph, for riots told by the rioters), place and date: their figures go to what
/// stays (`into` is working memory).
fn fold_into_riots_and_killings(cx: &Cx, doc: &Document, events: &mut Vec<Event>, into: &mut Vec<Option<usize>>) {
    // Violence that killed is a killing, and a riot is a violent protest: in one
    // sentence at one place on one date, keep only the killing and the riot. (`marched
    // on Friday … a week after a fare hike sparked riots`: two events.) A crowd that turns
    // violent is a riot, with no protest of its own that day: a protest at the place and
    // on the day of a riot that the same paragraph tells, by the people who rioted
    // (`Thousands marched through X on Friday. In the evening the march turned violent, and
    // protesters torched two banks`), goes too. (Not by a fire that no one is named for:
    // `Traders marched on the assembly on Monday. The party's offices were set on fire on
    // Monday night`.)
    let para_of = |s: Span| doc.paragraphs.partition_point(|q| q.end <= s.start);
    // The first event of `kind` that `keep` takes, by sentence (by paragraph), place and date.
    let first_of = |kind: EventType, by_para: bool, keep: &dyn Fn(&Event) -> bool| -> SmallMap<(usize, Option<&str>, Option<&str>), usize> {
        let n = events.iter().filter(|e| e.kind == kind).count();
        let mut m = SmallMap::new(n);
        for (i, e) in events.iter().enumerate().filter(|(_, e)| e.kind == kind && keep(e)) {
            let at = if by_para { para_of(e.sentence) } else { e.sentence.start };
            m.get_or_insert((at, e.place.as_deref(), e.date.as_deref()), i);
        }
        m
    };
    // (Each table only when something can fold into it: violence beside a killing, a
    // protest beside a riot.)
    let told = |kind: EventType| events.iter().any(|e| e.kind == kind);
    let killings = if told(EventType::Violence) && told(EventType::Killing) { first_of(EventType::Killing, false, &|_| true) } else { SmallMap::new(0) };
    // (And violence its paragraph tells beside a killing at that place on that day: `security
    // forces opened fire … Two men were killed`, `witnesses said he was shot after
    // stopping`: one incident, as ACLED counts one event a place, day and actor.)
    let killings_by_para = if told(EventType::Violence) && told(EventType::Killing) { first_of(EventType::Killing, true, &|_| true) } else { SmallMap::new(0) };
    let rioting = told(EventType::Protest) && told(EventType::Riot);
    let riots = if rioting { first_of(EventType::Riot, false, &|_| true) } else { SmallMap::new(0) };
    // (Riots told by the people who rioted, by paragraph.)
    let by_rioters = if rioting {
        first_of(EventType::Riot, true, &|r| cx.toks.get(cx.at(r.sentence.start)).is_some_and(|t| cx.rioters_named(t.sentence)))
    } else {
        SmallMap::new(0)
    };
    into.clear();
    into.extend(events.iter().map(|e| {
        let (place, date) = (e.place.as_deref(), e.date.as_deref());
        match e.kind {
            EventType::Violence => killings.get(&(e.sentence.start, place, date)).or_else(|| killings_by_para.get(&(para_of(e.sentence), place, date))),
            EventType::Protest => riots.get(&(e.sentence.start, place, date)).or_else(|| by_rioters.get(&(para_of(e.sentence), place, date))),
            _ => None,
        }
    }));
    // The figures of what is dropped (`tens of thousands of protesters`) go to what stays.
    for (i, target) in into.iter().enumerate() {
        let (Some(t), Some(e)) = (*target, events.get(i)) else { continue };
        let figs = e.figures.clone();
        if let Some(dst) = events.get_mut(t) {
            add_figures(dst, figs);
        }
    }
    let mut i = 0;
    events.retain(|_| {
        let keep = into.get(i).is_none_or(Option::is_none);
        i += 1;
        keep
    });
}

/// A word that may qualify a dated noun between its article and its date: `the disputed
/// August 9 election`, `the presidential 9 August vote` (a participle in `-ed`, or one
/// of a few adjectives of votes and deadlines; not a noun such as `capital`).
fn qualifier(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
        || matches!(w, "presidential" | "parliamentary" | "general" | "national" | "municipal" | "regional" | "local" | "constitutional" | "official")
}

/// The actors [`Cx::actors`] finds named by two words: first words, each with the
/// second words it takes (`security forces`, `oil workers`, `bus drivers`).
pub(crate) const ACTOR_PAIRS: &[(&[&str], &[&str])] = &[
    (&["security", "special", "armed", "government", "state"], &["forces"]),
    (&["riot"], &["police"]),
    (&["police"], &["officers"]),
    (&["national"], &["guard"]),
    (&["law"], &["enforcement"]),
    (&["trade", "labour", "labor"], &["union", "unions"]),
    (
        &[
            "oil", "gas", "mine", "copper", "steel", "factory", "dock", "port", "transport", "railway", "rail", "health",
            "textile", "garment", "coal", "car", "metro", "bus", "postal", "construction", "public", "sector", "municipal",
            "oilfield", "energy",
        ],
        &["workers", "employees"],
    ),
    (&["bus", "taxi", "truck", "lorry", "train", "metro"], &["drivers"]),
];

/// The actors [`Cx::actors`] finds named by one word (`police`, `strikers`).
pub(crate) const ACTOR_SINGLES: &[&str] = &[
    "police", "army", "military", "troops", "soldiers", "gendarmerie", "militia", "workers", "miners", "students",
    "teachers", "nurses", "doctors", "unions", "union", "strikers", "dockers", "dockworkers", "truckers", "farmers",
    "shopkeepers", "merchants", "traders", "bazaaris", "lawyers",
];

/// The first words of the three-word actors of [`Cx::actors`] (`public sector workers`,
/// `private sector employees`).
pub(crate) const ACTOR_SECTORS: &[&str] = &["public", "private"];

/// Every word that may start a phrase of [`Cx::places`] naming a place without its name
/// (`nationwide`, `across the city`, `in 21 cities`, `the capital`, `the city`).
pub(crate) const PLACE_CUES: &[&str] =
    &["nationwide", "countrywide", "country-wide", "nation-wide", "across", "throughout", "around", "all", "in", "citywide", "capital", "city"];

/// Words the rules look back for that most sentences lack (`since` before a date,
/// `including` before a place): the shared lexicon flags them
/// ([`crate::lexicon::EVENT_LOOKBACK`]), so that the words before a date or a place are
/// compared only when one of them is near.
/// (`last`, `previous`, `prior`, `earlier` for [`Cx::past_episode`]: `the last strike`;
/// `over`, `against`, `after`, `following`, the words of an inquiry and of stoking for
/// [`Cx::cause_phrase`].)
pub(crate) const LOOKBACK_WORDS: &[&str] = &[
    "since", "including", "last", "previous", "prior", "earlier", "over", "against", "after", "following", "investigation",
    "inquiry", "enquiry", "probe", "stoking", "fomenting", "instigating", "orchestrating", "masterminding", "dismissed",
];

/// `n` empty lists from `pool`, which keeps them (and their room) for the next sentence.
fn lists<T>(pool: &mut Vec<Vec<T>>, n: usize) -> &mut [Vec<T>] {
    // (Only the lists handed out: the others are cleared when they are.)
    for l in pool.iter_mut().take(n) {
        l.clear();
    }
    if pool.len() < n {
        pool.resize_with(n, Vec::new);
    }
    pool.get_mut(..n).unwrap_or_default()
}

/// A day as `2023-05-12` (what `NaiveDate::to_string` gives, without its formatter).
fn day_value(d: chrono::NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    day_into(d, &mut out);
    out
}

/// [`day_value`] written into `out` (emptied first), whose allocation is reused.
fn day_into(d: chrono::NaiveDate, out: &mut String) {
    use chrono::Datelike;
    use std::fmt::Write;
    out.clear();
    let y = d.year();
    if !(0..=9999).contains(&y) {
        // (Writing to a `String` cannot fail.)
        let _ = write!(out, "{d}");
        return;
    }
    // (The last decimal digit of `n`, as a character.)
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let (y, m, day) = (y.unsigned_abs(), d.month(), d.day());
    out.extend([digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), '-', digit(m / 10), digit(m), '-', digit(day / 10), digit(day)]);
}

/// The day a value names (`2021-09-13`); `None` for any other value (`2021-09`).
fn day_of(value: &str) -> Option<chrono::NaiveDate> {
    let num = |r: std::ops::Range<usize>| value.get(r).filter(|x| x.bytes().all(|b| b.is_ascii_digit())).and_then(|x| x.parse::<u32>().ok());
    if value.len() != 10 {
        return None;
    }
    let y = i32::try_from(num(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(y, num(5..7)?, num(8..10)?)
}

/// The day `days` after the day `value` (`2021-09-13`); `None` if `value` is no day.
fn shift_day(value: &str, days: i64) -> Option<String> {
    day_of(value)?.checked_add_signed(chrono::Duration::try_days(days)?).map(day_value)
}

/// `hay.contains(needle)`, cheaper for the few words of a trigger or a figure: a byte
/// search for the needle's first byte, then a comparison.
fn holds(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else { return true };
    h.iter().enumerate().any(|(i, &b)| b == first && h.get(i + 1..i + 1 + rest.len()) == Some(rest))
}

/// Whether `text` holds ` have ` or ` has ` (the present perfect), and whether it holds
/// ` had ` (the past perfect): [`holds`] of the three, in one pass.
fn auxiliaries(text: &str) -> (bool, bool) {
    let b = text.as_bytes();
    let (mut have, mut had) = (false, false);
    for (i, _) in b.iter().enumerate().filter(|(_, &c)| c == b' ') {
        match b.get(i + 1..).unwrap_or(&[]) {
            [b'h', b'a', b'v', b'e', b' ', ..] | [b'h', b'a', b's', b' ', ..] => have = true,
            [b'h', b'a', b'd', b' ', ..] => had = true,
            _ => {}
        }
    }
    (have, had)
}

/// `2023-06` is after `2023-05-12`; `2023` is not (same year); `2023-W20` is when its
/// Monday is.
fn is_after(value: &str, today: &str) -> bool {
    // (`next week`, `2020-W35`: after the document when its Monday is.)
    if value.as_bytes().get(4..6) == Some(b"-W") {
        let week = value.get(6..8).and_then(|w| w.parse::<u32>().ok());
        let year = value.get(..4).and_then(|y| y.parse::<i32>().ok());
        let monday = year.zip(week).and_then(|(y, w)| chrono::NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon));
        let today = today.get(..10).and_then(day_of);
        return monday.zip(today).is_some_and(|(m, t)| m > t);
    }
    // (The comparison first: most dates are not after the document's.)
    let shape = || {
        matches!(value.len(), 4 | 7 | 10)
            && value.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
    };
    today.get(..value.len()).is_some_and(|t| value > t) && shape()
}

/// A name the gazetteer does not know (or knows as a feature only: Kyiv's `Independence
/// Square` is also Minsk's) that ends in a square, street, station, palace or the like,
/// starts with one (`Plaza Italia`, `Avenida Paulista`, `Interstate 35W`) or stands between `the` and one
/// in lowercase (`the Alameda avenue`, `the Arlington neighborhood`, `the Pushkinskaya metro
/// station`, `the Mangystau regional administration`): a spot inside some town (`Republic Square`, `Fifth Precinct station`).
fn is_spot(p: &PlaceRef<'_>, text: &str) -> bool {
    match p.spot.get() {
        1 => false,
        2 => true,
        _ => {
            let spot = spot_of(p, text);
            p.spot.set(1 + u8::from(spot));
            spot
        }
    }
}

/// [`is_spot`], worked out.
fn spot_of(p: &PlaceRef<'_>, text: &str) -> bool {
    // (A spot's kind, in any case: a street's ([`crate::entities::is_street`]) or one of these.)
    const HEADS: [&str; 15] =
        ["square", "park", "bridge", "tunnel", "stadium", "plaza", "station", "precinct", "terminal", "palace", "cemetery", "bazaar", "area", "hall", "mall"];
    // (A spot the gazetteer knows, with its town: `Galle Face`, the `Alameda`.)
    if p.gaz.is_some_and(|g| g.spot_town().is_some()) {
        return true;
    }
    let head = |w: &str| HEADS.iter().any(|h| w.eq_ignore_ascii_case(h)) || crate::entities::is_street(w);
    // (Each test read only as far as needed, the cheap ones first: the words before the
    // name, then its first word, then its last.)
    let before = text.get(..p.span.start);
    // (A name the gazetteer knows is a spot only when the text says so: `the Alameda
    // avenue`, not the town of Alameda.)
    if before.is_some_and(|b| b.ends_with("the ") || b.ends_with("The ")) {
        let next = word_after(text, p.span);
        if head(next) || matches!(next, "neighborhood" | "neighbourhood") {
            return true;
        }
        // (`the Sayran bus station`, `the Okrestina detention centre`: a kind of station
        // or centre.)
        // (`the Mangystau regional administration`: the seat of a region, in some town of it.)
        let rest = || text.get(p.span.end + 1 + next.len()..).unwrap_or("");
        // (`the Riga shopping centre`: a mall named after a town, in the town in focus.)
        if matches!(next, "bus" | "metro" | "subway" | "train" | "railway" | "tube" | "underground" | "police" | "detention" | "shopping") {
            let second = word_after(rest(), Span::new(0, 0));
            if head(second) || matches!(second, "centre" | "center" | "prison" | "jail" | "depot" | "stop") {
                return true;
            }
        }
        if matches!(next, "regional" | "provincial" | "oblast" | "county") {
            let second = word_after(rest(), Span::new(0, 0));
            if matches!(second, "administration" | "government" | "council" | "akimat" | "office" | "offices" | "headquarters" | "assembly" | "court") {
                return true;
            }
        }
    }
    // (`a rally in St Peter's Square`: a name the gazetteer does not know, cut at its
    // possessive before its kind.)
    if p.gaz.is_none() {
        let after = text.get(p.span.end..).unwrap_or("");
        if after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).is_some_and(|r| head(word_after(r, Span::new(0, 0)))) {
            return true;
        }
    }
    // (`the presidential palace, La Moneda`: named after its kind.)
    if before.and_then(|b| b.strip_suffix(", ")).is_some_and(|b| head(b.rsplit(' ').next().unwrap_or(b))) {
        return true;
    }
    // (`killed on Tole Bi street`, `in the Auezov district`: a name the gazetteer does
    // not know, before its kind.)
    // (Not a station: one is named after its district, `Kwai Fong MTR station`.)
    if p.gaz.is_none() && {
        let next = word_after(text, p.span);
        crate::entities::is_street(next) || matches!(next, "square" | "park" | "bridge" | "district" | "microdistrict" | "neighbourhood" | "neighborhood")
    } {
        return true;
    }
    let name = p.name.as_bytes();
    if let Some(lead) = name.iter().position(|&b| b == b' ').and_then(|k| p.name.get(..k)) {
        if ["plaza", "piazza", "avenida", "calle", "praça", "rue", "place", "palace", "interstate", "highway", "route"].iter().any(|h| lead.eq_ignore_ascii_case(h)) {
            return true;
        }
    }
    p.gaz.is_none_or(|g| g.kind == PlaceKind::Feature) && {
        let last = name.iter().rposition(|&b| b == b' ').and_then(|k| p.name.get(k + 1..)).unwrap_or(p.name);
        head(last)
    }
}

/// Whether the place `g` is a town or a spot abroad that the document (its place mentions
/// `mentions`, with their gazetteer places `gaz`) names nothing else in, no capital, while
/// it is firmly about its own country `country` (three place mentions in it or more): most
/// likely a namesake at home (`Central station` in Glasgow, `Santa Rosa street` in
/// Santiago), as the map reads such a name too (see [`crate::geo::resolve`]).
fn foreign_homonym(g: &gazetteer::Place, mentions: &[Mention], gaz: &[Option<&'static gazetteer::Place>], country: Option<&str>) -> bool {
    let Some(home) = country.and_then(gazetteer::place).map(|c| c.country) else { return false };
    if !matches!(g.kind, PlaceKind::City | PlaceKind::Feature) || g.country.is_empty() || g.country == home {
        return false;
    }
    if gazetteer::is_capital(g) {
        return false;
    }
    let mut at_home = 0;
    for (m, p) in mentions.iter().zip(gaz) {
        match p {
            Some(p) if p.country == g.country && p.name != g.name => return false,
            Some(p) if p.country == home && m.kind == EntityKind::Place => at_home += 1,
            _ => {}
        }
    }
    at_home >= 3
}

/// Whether `r` is a region that holds the town `town` (a town of its country whose
/// first-level region bears its name: the Almaty region holds Taldykorgan).
fn region_holds(r: &PlaceRef<'_>, town: Option<&gazetteer::Place>) -> bool {
    let (Some(g), Some(t)) = (r.gaz, town) else { return false };
    g.kind == PlaceKind::Region && t.kind == PlaceKind::City && t.country == g.country && !t.admin1.is_empty() && t.admin1.eq_ignore_ascii_case(g.name)
}

/// Whether `c` is a country that holds the place `inner` (a town, region or feature of
/// that country).
fn country_holds(c: &PlaceRef<'_>, inner: Option<&gazetteer::Place>) -> bool {
    let (Some(g), Some(t)) = (c.gaz, inner) else { return false };
    g.kind == PlaceKind::Country && t.kind != PlaceKind::Country && !t.country.is_empty() && t.country == g.country
}

/// Whether `p` is the start of a route: `from X`, `from the X`.
fn route_start(p: &PlaceRef<'_>, text: &str) -> bool {
    p.route && text.get(..p.span.start).is_some_and(|b| b.ends_with("from ") || b.ends_with("from the "))
}

/// Whether `places` are the two ends of one route and nothing else: all route ends, one
/// its start (`from Causeway Bay to Wan Chai`).
fn whole_route(places: &[&PlaceRef<'_>], text: &str) -> bool {
    places.len() >= 2 && places.iter().all(|p| p.route && !p.pseudo) && places.iter().any(|p| route_start(p, text)) && places.iter().any(|p| !route_start(p, text))
}

/// The place an event at `p` takes: its name, or for a spot left alone, no town named
/// near it, the town the gazetteer gives it (`The Galle Face camp was set up on 9 April`
/// in Colombo); in a document about a city-state (`d.city`, see [`gazetteer::city_state`]),
/// that city for any place of it (`Mong Kok`, `Kowloon` are Hong Kong), and for a name the
/// gazetteer does not know when it is a spot (`Nathan Road`) or its sentence names no place
/// of another country (`a lot in Kwun Tong`; not `Karapitiya, in the southern Galle
/// district`). (`p.gaz` is the gazetteer's place of that name, looked up once.)
fn event_place<'p>(p: &PlaceRef<'p>, d: &Doc) -> &'p str {
    if let Some(town) = p.gaz.and_then(|g| g.spot_town()) {
        return town;
    }
    let Some(city) = d.city else { return p.name };
    let of_city = |g: &gazetteer::Place| gazetteer::country_named(g.country) == Some(city);
    match p.gaz {
        Some(g) if g.kind != PlaceKind::Country && of_city(g) => city,
        None if !p.pseudo => {
            let at = d.places.partition_point(|q| q.sentence < p.sentence);
            let mut sentence = d.places.get(at..).unwrap_or(&[]).iter().take_while(|q| q.sentence == p.sentence);
            if is_spot(p, &d.doc.text) || sentence.all(|q| q.gaz.is_none_or(|g| g.name == city || of_city(g))) {
                city
            } else {
                p.name
            }
        }
        _ => p.name,
    }
}

/// The town of the court nearest `at` in sentence `sent`, of the organisations `orgs` (in
/// text order): a town the gazetteer knows among the words of a court's name (`Homiel
/// Regional Court`, `Revolutionary Court of Zahedan`, `Leninski District Court of Hrodna`).
fn court_town(orgs: &[&Mention], sent: Span, at: Span) -> Option<&'static str> {
    let lo = orgs.partition_point(|m| m.span.start < sent.start);
    orgs.get(lo..)?
        .iter()
        .take_while(|m| m.span.end <= sent.end)
        .filter(|m| m.canonical.split(' ').any(|w| matches!(w, "Court" | "court" | "Tribunal" | "tribunal")))
        .filter_map(|m| {
            let town = m.canonical.split(' ').filter(|w| w.starts_with(char::is_uppercase)).find_map(|w| {
                gazetteer::place(w).or_else(|| gazetteer::lookup(w)).filter(|g| g.kind == PlaceKind::City).map(|g| g.name)
            })?;
            Some((m.span.start.abs_diff(at.start), town))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, town)| town)
}

/// Whether a place the gazetteer knows is a town, or a district of one (a feature of one
/// country: Hong Kong's `Mong Kok`), as a spot named beside it is in it.
fn town_or_district(g: &gazetteer::Place) -> bool {
    g.kind == PlaceKind::City || g.kind == PlaceKind::Feature && !g.country.is_empty()
}

/// The town a spot (`Flower Road`) is in, to stand for it as the place in focus: a town
/// of the spot's own sentence, else the town in focus (of its paragraph, else of the
/// dateline, else of the paragraph before, else of the headline), else the spot itself.
#[allow(clippy::too_many_arguments)]
fn spot_town<'p, 'a>(
    spot: &'p PlaceRef<'a>,
    sent_places: &[&'p PlaceRef<'a>],
    focus_town: Option<&'p PlaceRef<'a>>,
    home_dateline: Option<&'p PlaceRef<'a>>,
    headline: Option<&'p PlaceRef<'a>>,
    focus_para: usize,
    para: usize,
    text: &str,
) -> &'p PlaceRef<'a> {
    let is_town = |t: &PlaceRef<'_>| !t.pseudo && !t.route && t.gaz.is_some_and(town_or_district) && !is_spot(t, text);
    if let Some(t) = sent_places.iter().rev().find(|t| is_town(t)) {
        return t;
    }
    // (A dateline's town the gazetteer does not know is one: see [`Towns::new`].)
    spots_town(focus_town, home_dateline, headline, focus_para, para).filter(|t| is_town(t) || t.dateline && t.gaz.is_none()).unwrap_or(spot)
}

/// The town that spots named alone in paragraph `para` are in: the place in focus when
/// its paragraph (`focus_para`) is this one and it is no country, else the dateline's
/// town at home, else the place in focus of the paragraph before, else the town of the
/// story's headline (`31 arrested as marchers defy Rochester curfew` over `a vigil on
/// Genesee Street`).
fn spots_town<'p, 'a>(
    focus_town: Option<&'p PlaceRef<'a>>,
    home_dateline: Option<&'p PlaceRef<'a>>,
    headline: Option<&'p PlaceRef<'a>>,
    focus_para: usize,
    para: usize,
) -> Option<&'p PlaceRef<'a>> {
    match focus_town {
        Some(t) if focus_para == para && t.gaz.is_none_or(|g| g.kind != PlaceKind::Country) => Some(t),
        t => home_dateline.or(t.filter(|_| para.saturating_sub(focus_para) <= 1)).or(headline),
    }
}

/// Whether the sentence `sent` opens with the place `p` as its frame: `In New York, …`,
/// `New York, …` (the town alone before a comma).
fn opens_with(text: &str, sent: Span, p: &PlaceRef<'_>) -> bool {
    let before = text.get(sent.start..p.span.start).unwrap_or("").trim();
    matches!(before, "" | "In" | "in" | "Across" | "Elsewhere in" | "Meanwhile in" | "Meanwhile, in")
        && text.get(p.span.end..).is_some_and(|r| r.starts_with(','))
        && p.gaz.is_some_and(|g| g.kind == PlaceKind::City)
}

/// Whether the town `p` is a part of the town `of` (a borough or district the gazetteer
/// lists as a town: `the Bronx` of New York City): another town of the same first-level
/// region whose centre lies within 25 km of it.
fn part_of(p: &PlaceRef<'_>, of: &PlaceRef<'_>) -> bool {
    let (Some(a), Some(b)) = (p.gaz, of.gaz) else { return false };
    if p.span == of.span || a.name == b.name || a.kind != PlaceKind::City || a.country != b.country || a.admin1.is_empty() || a.admin1 != b.admin1 {
        return false;
    }
    let dy = (a.lat - b.lat) * 111.0;
    let dx = (a.lon - b.lon) * 111.0 * (a.lat.to_radians()).cos();
    dx * dx + dy * dy < 25.0 * 25.0
}

/// The word right after `span` and one space (`station` in `Colombo Fort station`), as
/// written; empty when another character follows.
fn word_after(text: &str, span: Span) -> &str {
    let after = text.get(span.end..).and_then(|r| r.strip_prefix(' ')).unwrap_or("");
    // (ASCII letters, the common case, byte by byte; a character outside ASCII is
    // decoded.)
    let n = after.bytes().position(|b| !b.is_ascii_alphabetic()).unwrap_or(after.len());
    match after.as_bytes().get(n) {
        Some(&b) if b >= 0x80 => after.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""),
        _ => after.get(..n).unwrap_or(""),
    }
}

/// Whether a lowercase word for a works follows `span`, perhaps after one lowercase word
/// that describes it: `Grodno Azot chemical plant`, `Tengiz refinery`.
fn works_after(text: &str, span: Span) -> bool {
    let rest = text.get(span.end..).unwrap_or("");
    rest.split(' ')
        .skip(1)
        .take(2)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .any(|w| matches!(w, "plant" | "factory" | "works" | "mine" | "refinery" | "mill" | "smelter" | "complex"))
}

/// Of several places for one event, keeps the most specific: `Zhanaozen, Kazakhstan` →
/// Zhanaozen; `Independence Square in Minsk` → Minsk (the town, not the square in it).
fn narrow(places: &mut Vec<&PlaceRef<'_>>, text: &str) {
    if places.len() < 2 {
        return;
    }
    // (The gazetteer's place of each, and of all.)
    let info = |i: usize| places.get(i).and_then(|p| p.gaz);
    let all = || places.iter().filter_map(|p| p.gaz);
    let is_country = |i: usize| places.get(i).is_some_and(|p| p.pseudo) || info(i).is_some_and(|g| g.kind == PlaceKind::Country);
    let any_local = (0..places.len()).any(|i| !is_country(i));
    let town = |i: usize| info(i).is_some_and(|g| g.kind == PlaceKind::City);
    let feature_in_town = |i: usize| -> bool {
        let Some(f) = info(i) else { return false };
        f.kind == PlaceKind::Feature
            && !f.admin1.is_empty()
            && all().any(|g| g.kind == PlaceKind::City && g.country == f.country && g.admin1 == f.admin1)
    };
    // `Toledo … in Ohio`: the state of a named town is not a place of its own; nor is a
    // region that follows a name after a comma (`Wentzville, Missouri`), which says where
    // that name is.
    let region_of_town = |i: usize| -> bool {
        let (Some(p), Some(r)) = (places.get(i), info(i)) else { return false };
        let qualifies = || {
            let at = p.span.start;
            // (`England, Wales and Northern Ireland` is a list: the name before must be a
            // town's, not a region's or a country's.)
            // (Or after `in`: `the town of Myitkyina in Kachin state`.)
            places.iter().any(|q| {
                q.span.end <= at
                    && text.get(q.span.end..at).is_some_and(|gap| gap.trim() == "," || gap == " in ")
                    && !q.gaz.is_some_and(|g| matches!(g.kind, PlaceKind::Region | PlaceKind::Country))
            })
        };
        r.kind == PlaceKind::Region && (all().any(|g| region_holds(p, Some(g))) || qualifies())
    };
    // `a protest camp at Harbour Square in Varnsk`, `the Cross-Harbour Tunnel approach in
    // Hung Hom`: a spot inside the town named after it (the town is where the event is).
    let inside_next = |i: usize| -> bool {
        let Some(p) = places.get(i) else { return false };
        let spot_in = |gap: &str| {
            gap == " in "
                || gap.strip_prefix(' ').and_then(|g| g.strip_suffix(" in ")).is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        };
        // (A known town is inside nothing narrower: `Myitkyina in Kachin state`.)
        let region = |j: usize| info(j).is_some_and(|g| g.kind == PlaceKind::Region);
        !town(i)
            && places.iter().enumerate().any(|(j, q)| {
                j != i && !is_country(j) && !region(j) && q.span.start > p.span.end && text.get(p.span.end..q.span.start).is_some_and(spot_in)
            })
    };
    // `the town of Myitkyina in Kachin state`, `the Tengiz oil field in neighbouring Atyrau
    // region`: what follows a known town or feature after `in` is wider, and says where
    // it is.
    let feature = |i: usize| info(i).is_some_and(|g| g.kind == PlaceKind::Feature);
    // (A name the gazetteer does not know, no spot, is most often a small town:
    // `Kulsary, in neighbouring Atyrau region`.) So is what an apposition says it lies
    // on: `Aktau, the regional capital on the Caspian Sea coast`.
    let unknown_town = |j: usize| places.get(j).is_some_and(|p| p.gaz.is_none() && !p.pseudo && !p.route && !is_spot(p, text));
    // (`a district of factories and offices in east Kowloon`: up to six words, and a
    // point of the compass before the wider place.)
    let apposition = |gap: &str| {
        gap.strip_prefix(", ").and_then(|g| g.strip_prefix("the ").or_else(|| g.strip_prefix("a "))).is_some_and(|g| {
            let g = compass_before(g);
            [" on the ", " in the ", " on ", " near the ", " near ", " in "].iter().any(|e| {
                g.strip_suffix(e).is_some_and(|w| {
                    let n = w.split(' ').count();
                    !w.is_empty()
                        && (n <= 3 || n <= 6 && e.starts_with(" in"))
                        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
                })
            })
        })
    };
    // (A town's name followed by `district` or `province` names the wider area: `in the
    // northern Mullaitivu district`.)
    let area_named = |q: &PlaceRef<'_>| {
        matches!(word_after(text, q.span), "district" | "province" | "region" | "county" | "oblast" | "governorate" | "prefecture")
    };
    let region = |j: usize| info(j).is_some_and(|g| g.kind == PlaceKind::Region);
    let around_town = |i: usize| -> bool {
        let Some(q) = places.get(i) else { return false };
        (!town(i) || area_named(q))
            && places.iter().enumerate().any(|(j, p)| {
                j != i
                    && (town(j) || feature(j) || unknown_town(j) || region(j) && apposition(text.get(p.span.end..q.span.start).unwrap_or("")))
                    && p.span.end <= q.span.start
                    && text.get(p.span.end..q.span.start).is_some_and(|gap| {
                        gap == " in "
                            || gap.strip_prefix(" in ").is_some_and(|w| matches!(w, "neighbouring " | "neighboring " | "nearby " | "the "))
                            || gap.strip_prefix(", in ").map(compass_before).is_some_and(|w| matches!(w, "" | "neighbouring " | "neighboring " | "nearby " | "the "))
                            || (town(j) || unknown_town(j) || region(j)) && apposition(gap)
                    })
            })
    };
    // `crowds in Almaty gathered in Republic Square`: a square or street the gazetteer does
    // not know, beside a town it knows, is a spot in that town (or in a district it knows
    // as a feature: `In Kowloon, crowds blocked Nathan Road`).
    // (The town is another place, not itself a spot: `the Alameda avenue and Plaza Italia`
    // are two spots, though the gazetteer knows a town Alameda.)
    let spot_in_town = |i: usize| -> bool {
        places.get(i).is_some_and(|p| is_spot(p, text))
            && places.iter().enumerate().any(|(j, q)| j != i && q.gaz.is_some_and(|g| matches!(g.kind, PlaceKind::City | PlaceKind::Feature)) && !is_spot(q, text))
    };
    let keep: Vec<bool> = (0..places.len())
        .map(|i| {
            !(feature_in_town(i) || region_of_town(i) || any_local && is_country(i) || inside_next(i) || spot_in_town(i) || around_town(i))
        })
        .collect();
    let mut i = 0;
    places.retain(|_| {
        let k = keep.get(i).copied().unwrap_or(true);
        i += 1;
        k
    });
    // Two names of one place (`Aqtau … Aktau`) give one event.
    places.dedup_by(|a, b| a.name == b.name);
}

/// `gap` without a point of the compass at its end (`the northern ` → `the `, `east ` →
/// ``): what says where a wider place lies (`Visuvamadu, in the northern Mullaitivu
/// district`) says no less without it.
fn compass_before(gap: &str) -> &str {
    let Some(body) = gap.strip_suffix(' ') else { return gap };
    let (head, last) = body.rsplit_once(' ').map_or(("", body), |(h, l)| (h, l));
    let compass = matches!(
        last,
        "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern" | "western" | "central" | "northeastern"
            | "northwestern" | "southeastern" | "southwestern" | "north-eastern" | "north-western" | "south-eastern" | "south-western"
    );
    if !compass {
        return gap;
    }
    // (The space before the word stays: `the northern ` → `the `.)
    gap.get(..head.len() + usize::from(!head.is_empty())).unwrap_or(gap)
}

/// Whether trigger `u` of a sentence tells of the attack in which the hurt of the count
/// `t` were hurt: a killing, a riot, or violence stated by a word (`fired tear gas`), not
/// another count.
fn attack_told(u: &Trigger, t: &Trigger) -> bool {
    u.span != t.span && (matches!(u.kind, EventType::Killing | EventType::Riot) || u.kind == EventType::Violence && !u.figure)
}

/// Events that deaths and violence in their sentence can belong to.
fn is_host(kind: EventType) -> bool {
    matches!(kind, EventType::Strike | EventType::Protest | EventType::Riot)
}

fn figure_fits(kind: EventType, f: &Figure) -> bool {
    use EventType::*;
    match f.kind {
        FigureKind::Killed | FigureKind::Injured => kind != Arrest,
        FigureKind::Detained => matches!(kind, Arrest | Protest | Riot),
        FigureKind::Protesters => matches!(kind, Protest | Riot),
        FigureKind::Workers => kind == Strike,
        FigureKind::Percent | FigureKind::Money => false,
    }
}

/// The name of a security force (`police`, `riot police`), as a constant; `None` for other
/// actors.
fn is_security(a: &str) -> Option<&'static str> {
    const SECURITY: &[&str] = &[
        "security forces", "special forces", "riot police", "police", "army", "military", "troops", "soldiers",
        "national guard", "armed forces", "government forces", "police officers", "gendarmerie", "militia",
        "law enforcement",
    ];
    SECURITY.iter().find(|&&s| s == a).copied()
}

/// `left for Lithuania`, `fled to Poland`, `in exile in Vilnius`: the place a person went
/// to, not where something happened. `start` is where the place name begins.
fn is_destination(text: &str, start: usize) -> bool {
    // The last byte before the name and its spaces first, without decoding the text:
    // most places follow no `for`, `to` or `in`. (A byte past ASCII may end a white
    // space of another script, which the check below trims too.)
    let last = text.as_bytes().get(..start).unwrap_or(&[]).iter().rev().find(|b| !matches!(b, b' ' | b'\t'..=b'\r'));
    if !matches!(last, Some(b'r' | b'o' | b'n' | 0x80..)) {
        return false;
    }
    let before = text.get(..start).unwrap_or("").trim_end();
    if !before.ends_with(['r', 'o', 'n']) {
        return false;
    }
    let Some(rest) = ["for", "to", "in"].iter().find_map(|prep| before.strip_suffix(prep)) else { return false };
    if !(rest.is_empty() || rest.ends_with(char::is_whitespace)) {
        return false; // `into`, `Sirin`
    }
    let Some(verb) = rest.trim_end().rsplit(char::is_whitespace).next().filter(|v| !v.is_empty()) else { return false };
    [
        "left", "fled", "moved", "travelled", "traveled", "flew", "emigrated", "escaped", "relocated", "exile", "exiled",
        "deported", "extradited",
    ]
    .iter()
    .any(|v| verb.eq_ignore_ascii_case(v))
}

/// Whether the place named `canonical` lies in the country named `country` (true when
/// either is unknown to the gazetteer).
/// (A name several places bear is in the country if one of them is: `SANTIAGO` in a
/// report on Chile.)
fn same_country(canonical: &str, country: &str) -> bool {
    let code = |n: &str| gazetteer::place(n).or_else(|| gazetteer::lookup(n)).map(|p| p.country).filter(|c| !c.is_empty());
    match (code(canonical), code(country)) {
        (Some(a), Some(b)) => a == b || gazetteer::candidates(canonical).iter().any(|p| p.country == b),
        _ => true,
    }
}

/// The country most place mentions name or lie in. `dest` tells the mentions that are
/// places someone went to ([`is_destination`]), which do not count; `gaz` holds the
/// gazetteer's place of each place mention's name.
fn main_country(mentions: &[Mention], dest: &[bool], gaz: &[Option<&'static gazetteer::Place>]) -> Option<&'static str> {
    // Votes per country code: every place mention in that country (a country counts for
    // itself), and a town named inside an organisation (`Minsk Tractor Works`). Ties go
    // to the country named first.
    let mut codes: Vec<(&'static str, usize, usize)> = Vec::with_capacity(8);
    let mut vote = |code: &'static str, i: usize| match codes.iter_mut().find(|c| c.0 == code) {
        Some(c) => c.1 += 1,
        None => codes.push((code, 1, i)),
    };
    // (One key buffer for the look-ups of the document: see [`gazetteer::lookup`].)
    let mut key = String::new();
    let mut lookup = |name: &str| {
        gazetteer::normalize_into(name, &mut key);
        gazetteer::lookup_key(&key)
    };
    for (i, m) in mentions.iter().enumerate() {
        match m.kind {
            EntityKind::Place if dest.get(i).copied().unwrap_or(false) => {}
            EntityKind::Place => {
                let p = gaz.get(i).copied().flatten().or_else(|| lookup(&m.canonical));
                if let Some(p) = p.filter(|p| !p.country.is_empty()) {
                    vote(p.country, i);
                }
            }
            // (Only names of several words: `Minsk` alone is no organisation in Minsk.)
            EntityKind::Organization if m.canonical.contains(' ') => {
                let first = m.canonical.split_whitespace().next().unwrap_or("");
                let town = lookup(first).filter(|p| p.kind == PlaceKind::City && !p.country.is_empty());
                if let Some(p) = town {
                    vote(p.country, i);
                }
            }
            EntityKind::Organization => {}
            EntityKind::Person => {}
        }
    }
    let code = codes.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))?.0;
    gazetteer::country_named(code)
}


/// Merges events with the same type, date and place. (`first` and `at` are working
/// lists, refilled here.)
fn merge(events: Vec<Event>, first: &mut Vec<usize>, at: &mut Vec<usize>) -> Vec<Event> {
    // For each event, the index of the first event with its type, date and place.
    first.clear();
    {
        let mut index: SmallMap<(EventType, Option<&str>, Option<&str>), usize> = SmallMap::new(events.len());
        first.extend(events.iter().enumerate().map(|(i, e)| index.get_or_insert((e.kind, e.date.as_deref(), e.place.as_deref()), i)));
    }
    // (Most often every event is the first of its kind: nothing to merge or move.)
    if first.iter().enumerate().all(|(i, &f)| f == i) {
        return events;
    }
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    // Where each first event went in `out`.
    at.clear();
    at.resize(events.len(), usize::MAX);
    for (i, e) in events.into_iter().enumerate() {
        match first.get(i).copied() {
            Some(f) if f != i => {
                if let Some(o) = at.get(f).and_then(|&j| out.get_mut(j)) {
                    absorb(o, e);
                }
            }
            _ => {
                if let Some(a) = at.get_mut(i) {
                    *a = out.len();
                }
                out.push(e);
            }
        }
    }
    out
}

/// Adds to `into` the figures of `figs` it does not hold yet (at most [`MAX_MERGED`] in
/// all), kept in text order.
fn add_figures(into: &mut Event, figs: Vec<Figure>) {
    let before = into.figures.len();
    for f in figs {
        if into.figures.len() < MAX_MERGED && !into.figures.iter().any(|g| g.span == f.span) {
            into.figures.push(f);
        }
    }
    if into.figures.len() != before {
        into.figures.sort_by_key(|a| a.span);
    }
}

/// Adds the `actors` that `into` does not name yet (up to [`MAX_MERGED`]).
fn add_actors<'x>(into: &mut Event, actors: impl IntoIterator<Item = &'x str>) {
    for a in actors {
        if into.actors.len() < MAX_MERGED && !into.actors.iter().any(|x| x == a) {
            into.actors.push(a.to_string());
        }
    }
}

fn absorb(into: &mut Event, e: Event) {
    if into.sentence == e.sentence {
        into.evidence = Span::new(into.evidence.start.min(e.evidence.start), into.evidence.end.max(e.evidence.end));
    }
    add_actors(into, e.actors.iter().map(String::as_str));
    add_figures(into, e.figures);
}

/// Two events may be one as far as their actors tell: either names none, or they share
/// one. (`Late last month, dockers walked out` restates no strike of nurses on 27 April.)
fn same_actors(a: &Event, b: &Event) -> bool {
    a.actors.is_empty() || b.actors.is_empty() || a.actors.iter().any(|x| b.actors.contains(x))
}

/// Drops an event whose date is a strict prefix of the date of another event of the same
/// type at the same place, or in the whole country: a vaguer restatement of it. (`keep`
/// is a working list, refilled here.)
fn drop_restatements(events: &mut Vec<Event>, country: Option<&str>, keep: &mut Vec<bool>) {
    // (Most documents have a few events: each is compared with the others, which is
    // cheaper than gathering the prefixes below.)
    if events.len() <= 32 {
        // `b` dates more precisely what `a` dates: `2022-01-05` after `2022-01`.
        let finer = |a: &str, b: &str| b.len() > a.len() && b.as_bytes().get(a.len()) == Some(&b'-') && b.starts_with(a);
        // The longest date of each type: a date as long has nothing finer to look for.
        let mut longest = [0usize; 7];
        for e in events.iter() {
            if let (Some(l), Some(d)) = (longest.get_mut(e.kind as usize), e.date.as_deref()) {
                *l = (*l).max(d.len());
            }
        }
        keep.clear();
        keep.extend(events.iter().map(|a| {
            let Some(d) = a.date.as_deref() else { return true };
            if longest.get(a.kind as usize).is_some_and(|&l| d.len() >= l) {
                return true;
            }
            let vague_place = a.place.is_none() || a.place.as_deref() == country;
            !events.iter().any(|b| {
                b.kind == a.kind && b.date.as_deref().is_some_and(|e| finer(d, e)) && (vague_place || b.place == a.place) && same_actors(a, b)
            })
        }));
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        events.retain(|_| {
            let k = keep.get(i).copied().unwrap_or(true);
            i += 1;
            k
        });
        return;
    }
    // Every strict prefix (`2022-01`, `2022`) of every date, by type and place.
    // (Sized for two prefixes of each date: no rehashing as they fill.)
    let mut at_place: SmallMap<(EventType, &str, Option<&str>), ()> = SmallMap::new(2 * events.len());
    let mut anywhere: SmallMap<(EventType, &str), ()> = SmallMap::new(2 * events.len());
    for e in events.iter() {
        let Some(d) = e.date.as_deref() else { continue };
        for (i, b) in d.bytes().enumerate() {
            if b == b'-' {
                if let Some(p) = d.get(..i) {
                    at_place.get_or_insert((e.kind, p, e.place.as_deref()), ());
                    anywhere.get_or_insert((e.kind, p), ());
                }
            }
        }
    }
    keep.clear();
    keep.extend(events.iter().map(|a| {
        let Some(d) = a.date.as_deref() else { return true };
        let vague_place = a.place.is_none() || a.place.as_deref() == country;
        let found = at_place.get(&(a.kind, d, a.place.as_deref())).is_some() || vague_place && anywhere.get(&(a.kind, d)).is_some();
        // (Then the events that may restate it, asked again with their actors.)
        let finer = |e: &str| e.len() > d.len() && e.as_bytes().get(d.len()) == Some(&b'-') && e.starts_with(d);
        !(found
            && events.iter().any(|b| {
                b.kind == a.kind && b.date.as_deref().is_some_and(finer) && (vague_place || b.place == a.place) && same_actors(a, b)
            }))
    }));
    let mut i = 0;
    events.retain(|_| {
        let k = keep.get(i).copied().unwrap_or(true);
        i += 1;
        k
    });
}

struct Cx<'a> {
    text: &'a str,
    lower: &'a str,
    toks: &'a [Token],
    /// The lowercase text of each token.
    words: &'a [&'a str],
    /// The shared [`crate::lexicon`] flags of each token.
    lex: &'a [u32],
    /// Per-sentence [`Cx::flags`].
    flags: std::cell::RefCell<Vec<u8>>,
    /// Index of the first token of each sentence (and the token count at the end).
    sent_tok: Vec<usize>,
    /// The [`Cx::lex`] flags of all the words of each sentence together (see
    /// [`Cx::sentence_has`]; [`Prepared::sentence_lex`]).
    sent_lex: &'a [u32],
    /// The page layout (see [`crate::layout`]).
    layout: &'a crate::layout::Layout,
    /// The last search of [`Cx::quote_between`]: where it started and the first quotation
    /// byte it found from there (`usize::MAX` for none).
    quote_at: std::cell::Cell<(usize, usize)>,
    /// The last answer of [`Cx::year_after_year`]: 1 + its sentence (0: none yet), and
    /// the answer.
    years_at: std::cell::Cell<(usize, bool)>,
    /// For each block of [`BLOCK`] bytes of the text, the index of the first token that
    /// starts at or after the block's start (and one entry past the text's end), where
    /// [`Cx::at`] starts its search; empty when the tokens are not in text order.
    block_tok: Vec<u32>,
}

/// A word that ranks a protest or its toll: `the largest`, `the worst`, `the deadliest`
/// (the rules that ask add words of their own: `first`, `most`, `oldest` …).
fn superlative(w: &str) -> bool {
    matches!(w, "largest" | "biggest" | "worst" | "deadliest" | "longest")
}

/// `…, and the strike spread`: the words after a comma that open a new clause.
fn is_conjunction(w: &str) -> bool {
    matches!(w, "and" | "but" | "while" | "as" | "when" | "where" | "which" | "who" | "after" | "before" | "although" | "though" | "whereas")
}

/// Bytes of text per entry of [`Cx::block_tok`].
const BLOCK: usize = 16;

const MAX_ACTORS: usize = 8;
/// Whether `org` takes no part in events: a wire service or an outlet that reports them
/// (`MINSK (AP) —`, `according to a tally by Reuters`): never an actor.
/// (Local outlets that are themselves raided or closed, like Apple Daily, may be.) Nor
/// is a hospital where the hurt were taken (`the Colombo National Hospital`), nor the
/// health authority that counts them (`the Hospital Authority said`).
fn takes_no_part(org: &str) -> bool {
    let venue = [" Hospital", " Clinic", " Medical Centre", " Medical Center", "Hospital Authority", "Ministry of Health", "Health Ministry"]
        .iter()
        .any(|v| org.ends_with(v));
    // (Nor a group that monitors and counts: `Human Rights Watch`, `Iran Human Rights`,
    // `Amnesty International`, `the Syrian Observatory for Human Rights`.)
    let monitor = monitors(org);
    venue || monitor || matches!(
        org,
        "Reuters" | "Associated Press" | "Agence France-Presse" | "Al Jazeera" | "BBC" | "Bloomberg" | "CNN"
            | "Eurasianet" | "Financial Times" | "Interfax" | "The New York Times" | "openDemocracy"
            | "Radio Free Europe/Radio Liberty" | "TASS" | "The Guardian" | "The Washington Post"
            | "Wall Street Journal" | "Xinhua"
    )
}

/// Whether `org` holds `Human Rights`, ` Watch`, `Amnesty`, `Observatory` or `Committee
/// to Protect` (as `str::contains` would find them), in one pass over its bytes: each
/// name is compared only where its first byte stands.
fn monitors(org: &str) -> bool {
    let b = org.as_bytes();
    (0..b.len()).any(|i| {
        let rest = b.get(i..).unwrap_or(&[]);
        match rest.first() {
            Some(b'H') => rest.starts_with(b"Human Rights"),
            Some(b' ') => rest.starts_with(b" Watch"),
            Some(b'A') => rest.starts_with(b"Amnesty"),
            Some(b'O') => rest.starts_with(b"Observatory"),
            Some(b'C') => rest.starts_with(b"Committee to Protect"),
            _ => false,
        }
    })
}

/// Bound on the actors and figures an event gathers from its restatements.
const MAX_MERGED: usize = 12;
const COMPUTED: u8 = 1;
const PHYSICAL: u8 = 2;
const PROTESTERS: u8 = 4;
const DEADLY: u8 = 8;

impl<'a> Cx<'a> {
    /// The context of `doc`, in lists taken from `scratch` (given back by [`Cx::recycle`]).
    fn new(doc: &'a Document, prep: &'a Prepared, words: &'a [&'a str], scratch: &mut Scratch) -> Cx<'a> {
        let toks = &prep.tokens;
        // Tokens come in sentence order: one walk finds where each sentence starts
        // (sentences without tokens start where the next one does).
        let mut sent_tok = std::mem::take(&mut scratch.sent_tok);
        sent_tok.clear();
        sent_tok.reserve(doc.sentences.len() + 1);
        let mut flags = std::mem::take(&mut scratch.flags);
        flags.clear();
        flags.resize(doc.sentences.len(), 0);
        // (The preparation lists the token range of each sentence that has tokens: a
        // sentence starts its tokens at the first such range of it or a later sentence.
        // Each range gives its start to its sentence and the empty ones before it.)
        for &(a, _) in &prep.sentence_tokens {
            let s = toks.get(a).map_or(0, |t| t.sentence).min(doc.sentences.len());
            while sent_tok.len() <= s {
                sent_tok.push(a);
            }
        }
        while sent_tok.len() <= doc.sentences.len() {
            sent_tok.push(toks.len());
        }
        // Where each block of the text starts its tokens: when the sentences come in text
        // order without overlap, so do their tokens. Each block takes the first token that
        // starts in it (the tokens read backwards, the first written last), a block where
        // none starts that of the block after it. (Else the list stays empty.)
        let mut block_tok = std::mem::take(&mut scratch.block_tok);
        block_tok.clear();
        if doc.sentences.windows(2).all(|w| matches!(w, [a, b] if a.end <= b.start)) {
            block_tok.resize(doc.text.len() / BLOCK + 2, u32::MAX);
            for (k, t) in toks.iter().enumerate().rev() {
                if let Some(e) = block_tok.get_mut(t.span.start / BLOCK) {
                    *e = k as u32;
                }
            }
            // (blocks past the last token's start begin past every token)
            let mut after = toks.len() as u32;
            for e in block_tok.iter_mut().rev() {
                if *e == u32::MAX {
                    *e = after;
                } else {
                    after = *e;
                }
            }
        }
        Cx {
            text: &doc.text,
            lower: &prep.lower,
            toks,
            words,
            lex: &prep.lex,
            flags: std::cell::RefCell::new(flags),
            sent_tok,
            sent_lex: &prep.sentence_lex,
            layout: &prep.layout,
            quote_at: std::cell::Cell::new((usize::MAX, 0)),
            years_at: std::cell::Cell::new((0, false)),
            block_tok,
        }
    }

    /// Gives the lists of [`Cx::new`] back to `scratch`, for the next document.
    fn recycle(self, scratch: &mut Scratch) {
        scratch.flags = self.flags.into_inner();
        scratch.sent_tok = self.sent_tok;
        scratch.block_tok = self.block_tok;
    }

    /// Distance between two spans of one sentence, in tokens; a clause break (`,` `;`
    /// `–` `(`) between them counts as five more.
    fn dist(&self, a: Span, b: Span) -> usize {
        let (x, y) = if a.end <= b.start { (a.end, b.start) } else if b.end <= a.start { (b.end, a.start) } else { return 0 };
        let i = self.at(x);
        let j = self.at(y);
        if j > i + 400 {
            return 10_000;
        }
        let between = self.toks.get(i..j).unwrap_or(&[]);
        let mut cost = between.len();
        for (k, t) in between.iter().enumerate() {
            if t.kind != TokenKind::Punct {
                continue;
            }
            // (The bytes of the mark: `–` and `—` in UTF-8.)
            cost += match self.text.as_bytes().get(t.span.start..t.span.end).unwrap_or(&[]) {
                // `…, and the strike spread`: a new clause.
                b"," if between.get(k + 1).is_some_and(|n| is_conjunction(n.text(self.lower))) => 10,
                b"," | b":" | b"(" | b")" => 3,
                b";" | b"\xE2\x80\x93" | b"\xE2\x80\x94" => 10,
                _ => 0,
            };
        }
        cost
    }

    /// The date of `dates` that follows the date at `d` as the second of a pair that
    /// repeats one event: `on December 21 and again on January 11`, `on Monday and again
    /// on Wednesday`, `in May and once more in June`, `on 15 December, followed by a second
    /// on 20 December`.
    /// Also the next day of a list of days (`listed`, the days set aside after the first
    /// of a list): `on 1 and 2 March`, `on 30 April, 1 May and 3 May` (not the end of a
    /// range, `between 12 and 14 July`, nor a choice, `on 1 or 2 March`).
    fn again_date<'d, 'x>(&self, d: &'d DateRef<'x>, dates: &[&'d DateRef<'x>], listed: &'d [DateRef<'x>]) -> Option<&'d DateRef<'x>> {
        if d.precision == Some(Precision::Day) {
            let i = listed.partition_point(|e| e.span.start < d.span.end);
            if let Some(e) = listed.get(i) {
                let gap = self.lower.get(d.span.end..e.span.start).unwrap_or("").trim();
                // (A later day: not one restated, `on Tuesday, the fifth day of the strike`.)
                if matches!(gap, "and" | "," | ", and" | "&") && !d.range && e.value > d.value {
                    return Some(e);
                }
            }
        }
        let next = dates.iter().find(|e| e.span.start >= d.span.end)?;
        let gap = self.lower.get(d.span.end..next.span.start)?.trim();
        let gap = gap.strip_prefix(',').unwrap_or(gap).trim_start();
        // (`on 15 December, followed by a second on 20 December`, `and another on …`)
        let second = ["followed by a second", "followed by another", "and a second", "and another"].iter().find_map(|p| gap.strip_prefix(p));
        if let Some(r) = second {
            let r = r.trim_start();
            let r = r.strip_prefix("one").unwrap_or(r).trim_start();
            return matches!(r, "on" | "in").then_some(*next);
        }
        let rest = gap.strip_prefix("and ").or_else(|| gap.strip_prefix("then "))?;
        let rest = rest.strip_prefix("then ").unwrap_or(rest);
        let rest = rest.strip_prefix("again").or_else(|| rest.strip_prefix("once more"))?;
        matches!(rest.trim(), "" | "on" | "in" | "at").then_some(*next)
    }

    /// A `;`, `:` or a dash between two spans: two statements.
    fn hard_break(&self, a: Span, b: Span) -> bool {
        let (x, y) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
        let i = self.at(x);
        let j = self.at(y).max(i);
        j > i + 400
            || self.toks.get(i..j).unwrap_or(&[]).iter().any(|t| t.kind == TokenKind::Punct && matches!(t.text(self.text), ";" | ":" | "–" | "—"))
    }

    /// A new clause between two spans: a `;` or a dash, or a comma and a conjunction
    /// (`…, while office workers`).
    fn new_clause(&self, a: Span, b: Span) -> bool {
        let (x, y) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
        let i = self.at(x);
        let j = self.at(y).max(i);
        let between = self.toks.get(i..j.min(i + 400)).unwrap_or(&[]);
        between.iter().enumerate().any(|(k, t)| {
            t.kind == TokenKind::Punct
                && match t.text(self.text) {
                    ";" | "–" | "—" => true,
                    "," => between.get(k + 1).is_some_and(|n| is_conjunction(n.text(self.lower))),
                    _ => false,
                }
        })
    }

    /// The date at `d` opens a later clause than the trigger at `t` (`, and on January
    /// 5`, `; on Monday`), and a trigger of `trig` follows it in that clause: `the
    /// protests had spread to Aktobe, and on January 5 crowds stormed …` dates the
    /// storming only; so does a date after `of` that a `when` clause with a trigger
    /// follows (`memories of December 2011, when police opened fire`).
    fn later_clause(&self, t: Span, d: Span, trig: &[Span]) -> bool {
        if d.start < t.end {
            return false;
        }
        let i = self.at(d.start);
        let Some(s) = self.toks.get(i).map(|x| x.sentence) else { return false };
        let w = |k: Option<usize>| k.map_or("", |k| self.ws(k, s));
        let j = if matches!(w(i.checked_sub(1)), "on" | "in" | "by") { i - 1 } else { i };
        let opens = w(j.checked_sub(1)) == ";" || matches!(w(j.checked_sub(1)), "and" | "but" | "then") && w(j.checked_sub(2)) == ",";
        if opens && trig.iter().any(|u| u.start >= d.end && !self.new_clause(d, *u)) {
            return true;
        }
        // (`The stoppages revive memories of December 2011, when police opened fire`: a
        // date after `of` and a word that is no trigger, which a `when` clause with a
        // trigger of its own follows, is that clause's.)
        let of = w(j.checked_sub(1)) == "of" && j.checked_sub(2).is_some_and(|k| self.lex.get(k).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER == 0));
        of && self.text.get(d.end..).is_some_and(|r| r.starts_with(", when ")) && trig.iter().any(|u| u.start >= d.end && u.start < d.end + 80)
    }

    /// The trigger at `span` is told in the present perfect: `have` or `has` right before
    /// it (`Police have arrested more than 700 people`, `workers have walked out`); with
    /// `begun`, also right after it before a verb of a movement under way (`begun`,
    /// `started`, `erupted`, `broken`, `spread`, `resumed`: `Strikes have begun at the
    /// Fort Wayne plant`).
    fn perfect(&self, span: Span, begun: bool) -> bool {
        let i = self.at(span.start);
        if i > 0 && self.toks.get(i).is_some_and(|x| matches!(self.ws(i - 1, x.sentence), "have" | "has")) {
            return true;
        }
        if !begun {
            return false;
        }
        // (the token after the trigger)
        let j = self.at(span.end);
        let s = self.toks.get(j).map_or(0, |x| x.sentence);
        matches!(self.ws(j, s), "have" | "has") && matches!(self.ws(j + 1, s), "begun" | "started" | "erupted" | "broken" | "spread" | "resumed")
    }

    /// The trigger at `span` opens with a verb in the past tense (`walked out`,
    /// `marched`, `struck`), not a passive or an infinitive (`will be detained`, `to be
    /// held`) nor a participle after a noun's determiner (`the planned march`).
    fn past_verb(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|x| x.sentence) else { return false };
        let w = self.ws(i, s);
        let past = w.ends_with("ed") && !matches!(w, "planned" | "scheduled" | "expected" | "proposed") || matches!(w, "went" | "struck" | "held" | "took" | "fought" | "shot" | "began");
        past && (i == 0 || !matches!(self.ws(i - 1, s), "be" | "been" | "being" | "to" | "the" | "a" | "will" | "would"))
    }

    /// The date at `d` lies in a relative clause about someone (`, who`; with `places`,
    /// or somewhere: `, where`) that opens after the trigger at `t`, in its sentence.
    fn relative_clause(&self, t: Span, d: Span, places: bool) -> bool {
        if d.start < t.end {
            return false;
        }
        let (i, j) = (self.at(t.end), self.at(d.start));
        let Some(s) = self.toks.get(i).map(|x| x.sentence) else { return false };
        j > i + 1 && j <= i + 60 && (i + 1..j).any(|k| (self.ws(k, s) == "who" || places && self.ws(k, s) == "where") && self.ws(k - 1, s) == ",")
    }

    /// The place at `p` lies in a clause about someone (`who`, after a comma) that opens
    /// after the trigger at `t`, in its sentence: `joined them, said X, a driller who has
    /// worked in the fields near Zhanaozen`.
    fn about_someone(&self, t: Span, p: Span) -> bool {
        if p.start < t.end {
            return false;
        }
        let (i, j) = (self.at(t.end), self.at(p.start));
        let Some(s) = self.toks.get(i).map(|x| x.sentence) else { return false };
        j <= i + 40
            && (i..j).position(|k| self.ws(k, s) == ",").is_some_and(|c| (i + c + 1..j).any(|k| self.ws(k, s) == "who"))
    }

    /// The date at `d` lies in a phrase that names another event, the cause or the
    /// target of the one at `t` (`a protest over the police killing of Breonna Taylor
    /// in March`, `rallies against the arrest of X on Monday`): a trigger of `trig`
    /// after `t` and before `d`, with no break before `d`, right after `over`,
    /// `against`, `after`, `following` (`the`, a word or two between).
    fn cause_date(&self, t: Span, d: Span, trig: &[Span]) -> bool {
        trig.iter().any(|u| u.start >= t.end && u.end <= d.start && self.same_clause(*u, d) && self.cause_phrase(*u))
    }

    /// The clause of the trigger at `span` names an earlier episode of the story: `the
    /// last strike`, `the previous protests`, `the earlier walkout` (`the`, then `last`,
    /// `previous`, `earlier` or `prior`, then an event word, perhaps after one more word),
    /// the trigger itself or within eight words of it, with no `;` or new clause between.
    pub(crate) fn past_episode(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|x| x.sentence) else { return false };
        if !self.sentence_has(s, crate::lexicon::EVENT_LOOKBACK) {
            return false;
        }
        let trigger = |k: usize| self.toks.get(k).is_some_and(|t| t.sentence == s) && self.lex.get(k).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER != 0);
        // (The lexicon flags first: most triggers have none of these words near.)
        let lo = i.saturating_sub(8);
        let flags = self.lex.get(lo..(i + 8).min(self.lex.len())).unwrap_or(&[]);
        flags.iter().enumerate().filter(|(_, f)| *f & crate::lexicon::EVENT_LOOKBACK != 0).map(|(k, _)| lo + k).any(|k| {
            matches!(self.ws(k, s), "last" | "previous" | "earlier" | "prior")
                && k > 0
                && self.ws(k - 1, s) == "the"
                && (trigger(k + 1) || trigger(k + 2) && self.toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word))
                && self.toks.get(k).is_some_and(|t| !self.new_clause(span, t.span) && !self.hard_break(span, t.span))
        })
    }

    /// The trigger at `span` heads a phrase that names the cause or the target of another
    /// event: `over the police killing of …`, `against the arrest of …`, `after the
    /// shooting of …` (`over`, `against`, `after`, `following`, then `the` within the
    /// three words before it, no break between); also one named again as the object of an
    /// inquiry or of an accusation (`an investigation into the killings`, `of stoking the
    /// protests`, `dismissed the protests`).
    pub(crate) fn cause_phrase(&self, span: Span) -> bool {
        let i = self.at(span.start);
        // (The lexicon flags first: most triggers follow none of these words.)
        if !self.lex.get(i.saturating_sub(4)..i).is_some_and(|l| l.iter().any(|f| f & crate::lexicon::EVENT_LOOKBACK != 0)) {
            return false;
        }
        let Some(s) = self.toks.get(i).map(|x| x.sentence) else { return false };
        let mut the = false;
        for k in (i.saturating_sub(4)..i).rev() {
            match self.ws(k, s) {
                "" | "," | ";" | ":" => return false,
                "the" => the = true,
                "over" | "against" | "after" | "following" => return the,
                // (`an investigation into the killings`, `accused X of stoking the protests`,
                // `dismissed the protests as …`: events already told, named again.)
                "investigation" | "inquiry" | "enquiry" | "probe" | "stoking" | "fomenting" | "instigating" | "orchestrating"
                | "masterminding" | "dismissed" => return the,
                _ => {}
            }
        }
        false
    }

    /// The place at `place` names where the trigger `u`, a cause phrase (see
    /// [`Cx::cause_phrase`]), happened: `the killing of George Floyd in Minneapolis`, `the
    /// shooting in Arlington` (`of` and a name, then `in`, or `in` alone, between them).
    fn cause_place(&self, u: &Trigger, place: Span) -> bool {
        if u.figure || u.span.end > place.start {
            return false;
        }
        let Some(gap) = self.text.get(u.span.end..place.start) else { return false };
        if gap.len() > 48 || gap.contains([',', ';', '(', ':']) {
            return false;
        }
        let tail = gap.strip_suffix(" in ").or_else(|| gap.strip_suffix(" in the "));
        let fits = tail.is_some_and(|t| {
            t.is_empty() || t.strip_prefix(" of ").is_some_and(|n| n.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase())))
        });
        fits && self.cause_phrase(u.span)
    }

    /// Whether the date at `span` is a clock time alone (`7 a.m.`, `10.30pm`, `noon`):
    /// the hour of a day told elsewhere.
    fn clock_only(&self, span: Span) -> bool {
        let w = self.lower.get(span.start..span.end).unwrap_or("");
        matches!(w, "noon" | "midday" | "midnight")
            || w.starts_with(|c: char| c.is_ascii_digit()) && [".m.", ".m", "am", "pm"].iter().any(|e| w.ends_with(e))
    }

    /// No clause break (`,` `;` `–` `(`) between two spans.
    fn same_clause(&self, a: Span, b: Span) -> bool {
        let (x, y) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
        let i = self.at(x);
        let j = self.at(y).max(i);
        if j > i + 400 {
            return false;
        }
        // (A short aside in brackets, `the United Auto Workers (UAW) union`, is no break.)
        let between = self.toks.get(i..j).unwrap_or(&[]);
        let mut k = 0;
        while let Some(t) = between.get(k) {
            if t.kind == TokenKind::Punct {
                match t.text(self.text) {
                    "(" => match (k + 1..between.len().min(k + 4)).find(|&m| between.get(m).is_some_and(|u| u.text(self.text) == ")")) {
                        Some(close) => k = close,
                        None => return false,
                    },
                    "," | ";" | ":" | "–" | "—" | ")" => return false,
                    _ => {}
                }
            }
            k += 1;
        }
        true
    }

    /// Index of the span (of `spans`, sorted) nearest to `target`; a span after it wins
    /// a tie. Only the few spans on either side of `target` are considered.
    fn nearest(&self, spans: &[Span], target: Span) -> Option<usize> {
        let mid = spans.partition_point(|s| s.start < target.start);
        let lo = mid.saturating_sub(4);
        spans
            .iter()
            .enumerate()
            .skip(lo)
            .take(8)
            .map(|(i, s)| (self.dist(*s, target) * 2 + usize::from(s.end <= target.start), i))
            .min()
            .map(|(_, i)| i)
    }

    /// Index of the trigger (of `spans`, sorted) a place belongs to: the nearest, but a
    /// place after `in`, `at`, `near` leans to the trigger before it (`protesters
    /// blocked roads in Tehran and set fire to banks`).
    fn nearest_trigger(&self, spans: &[Span], place: Span) -> Option<usize> {
        let i = self.at(place.start);
        let s = self.toks.get(i).map_or(0, |t| t.sentence);
        let locative = i > 0
            && matches!(
                self.ws(i - 1, s),
                "in" | "at" | "near" | "outside" | "across" | "throughout" | "inside" | "around" | "from" | "to"
            )
            || i > 1 && self.ws(i - 1, s) == "the" && matches!(self.ws(i - 2, s), "in" | "at" | "near" | "outside");
        // (`walked out in Glasgow, Dundee and Aberdeen in the first of …`: a later name of
        // a list after `in` leans left as the first does)
        let listed = || {
            let mut k = i;
            while k > 0 && k + 16 > i {
                let w = self.ws(k - 1, s);
                if matches!(w, "in" | "at") {
                    return k < i;
                }
                let name = self.toks.get(k - 1).is_some_and(|t| t.is_capitalized(self.text));
                if !(name || matches!(w, "," | "and" | "or")) {
                    return false;
                }
                k -= 1;
            }
            false
        };
        let locative = locative || i > 0 && matches!(self.ws(i - 1, s), "," | "and" | "or") && listed();
        // (`She was in X on July 1, when protesters broke into the legislature, and in Y
        // later that month, after men attacked passengers`: a place that opens a new
        // conjunct, `, and in`, leans to what follows it)
        let conjunct = i > 2 && self.ws(i - 1, s) == "in" && self.ws(i - 2, s) == "and" && self.ws(i - 3, s) == ",";
        let mid = spans.partition_point(|x| x.start < place.start);
        spans
            .iter()
            .enumerate()
            .skip(mid.saturating_sub(4))
            .take(8)
            .map(|(k, x)| {
                let after = x.start >= place.end;
                let lean = match (after, conjunct) {
                    (false, true) => 40,
                    (true, true) => 0,
                    (true, false) if locative => 5,
                    _ => usize::from(!after),
                };
                (self.dist(*x, place) * 2 + lean, k)
            })
            .min()
            .map(|(_, k)| k)
    }

    /// Token index of the first token starting at or after `pos`.
    fn at(&self, pos: usize) -> usize {
        // From the first token of `pos`'s block on (a few tokens at most), when the
        // tokens are in text order; else a binary search.
        match self.block_tok.get(pos / BLOCK) {
            Some(&k) => {
                let mut k = k as usize;
                while self.toks.get(k).is_some_and(|t| t.span.start < pos) {
                    k += 1;
                }
                k
            }
            None => self.toks.partition_point(|t| t.span.start < pos),
        }
    }

    /// What the words before a date say of it: (a date that says when something was
    /// said, `said on Sunday`, or a page was updated, not when the event happened; `since June`, where a
    /// running count starts, not when a counted event happened).
    fn date_cues(&self, span: Span) -> (bool, bool) {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return (false, false) };
        // (Unless what follows puts the event within hours of the saying: `the speaker said
        // on Saturday, hours after protesters stormed his residence`.)
        let reporting = (1..=2).any(|k| {
            i.checked_sub(k).is_some_and(|j| {
                let w = self.ws(j, s);
                // (`Updated 1h ago`, `Published 6 January 2022`, `a video posted on
                // Monday`: when a page or a post was written.)
                matches!(w, "said" | "told" | "announced" | "reported" | "stated" | "added" | "wrote" | "says" | "updated" | "published" | "posted")
            })
        }) && !self.hours_after(span, s);
        // Every rule below but `until`/`till` needs a `since` among the eight words
        // before the date, which most dates lack: the lexicon flags tell at once
        // whether one may be there.
        let since_near = self.sentence_has(s, crate::lexicon::EVENT_LOOKBACK)
            && self.lex.get(i.saturating_sub(8)..i).is_some_and(|l| l.iter().any(|f| f & crate::lexicon::EVENT_LOOKBACK != 0));
        // (`since the protests started in June` too, and `since the unrest began on 2
        // January`, with no break between)
        let since = i > 0
            && (matches!(self.ws(i - 1, s), "until" | "till")
                || since_near
                    && (self.ws(i - 1, s) == "since"
                        || self.ws(i - 1, s) == "in" && (i.saturating_sub(6)..i - 1).any(|j| self.ws(j, s) == "since")
                        || self.ws(i - 1, s) == "on"
                            && (i.saturating_sub(8)..i - 1).rev().map(|j| self.ws(j, s)).take_while(|w| !matches!(*w, "" | "," | ";")).any(|w| w == "since")));
        (reporting || since_near && self.compared_date(span, i, s), since)
    }

    /// Whether the date at `span` follows a `By` that opens its sentence (`By Monday,
    /// …`).
    fn by_opening(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        i > 0 && self.ws(i - 1, s) == "by" && self.sent_tok.get(s) == Some(&(i - 1))
    }

    /// Whether `hours after` (or `shortly`, `minutes`, `moments`, `just after`) follows
    /// `span` in sentence `s`, perhaps after a comma.
    fn hours_after(&self, span: Span, s: usize) -> bool {
        let mut j = self.at(span.end);
        if self.ws(j, s) == "," {
            j += 1;
        }
        matches!(self.ws(j, s), "hours" | "shortly" | "minutes" | "moments" | "just") && self.ws(j + 1, s) == "after"
    }

    /// Whether the count at `span` is summed over a stretch of time its clause names:
    /// `since mid-September`, `until this Friday`, `so far`, `to date` within a few words
    /// either side, with no clause break between; or over many towns (`in 140 cities`).
    fn tallied_over_time(&self, span: Span) -> bool {
        let (i, e) = (self.at(span.start), self.at(span.end));
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let cue = |j: usize| match self.ws(j, s) {
            "since" | "until" | "till" => Some(true),
            "far" => Some(self.ws(j.wrapping_sub(1), s) == "so"),
            "date" => Some(self.ws(j.wrapping_sub(1), s) == "to"),
            // (`15,100 people had been arrested in 140 cities`: summed over a country)
            "cities" | "towns" | "provinces" => Some(self.toks.get(j.wrapping_sub(1)).is_some_and(|t| t.kind == TokenKind::Number)),
            "" | ";" | "." | "," | "but" | "while" | "whereas" => None,
            _ => Some(false),
        };
        let after = (e..e + 10).map(cue).take_while(Option::is_some).any(|c| c == Some(true));
        after || (i.saturating_sub(8)..i).rev().map(cue).take_while(Option::is_some).any(|c| c == Some(true))
    }

    /// The date follows `since` right away: `since 9 April`.
    fn right_after_since(&self, span: Span) -> bool {
        let i = self.at(span.start);
        i > 0 && self.toks.get(i).is_some_and(|t| self.ws(i - 1, t.sentence) == "since")
    }

    /// Sentence `si` holds a word of time (`day`, `weeks`: a [`crate::lexicon::TIMEX_ANCHOR`])
    /// right before `after` or `before`, as [`Cx::offset_clause`] needs (one scan of the
    /// sentence's lexicon flags).
    fn offset_cue(&self, si: usize) -> bool {
        let a = self.sent_tok.get(si).copied().unwrap_or(0);
        let b = self.sent_tok.get(si + 1).copied().unwrap_or(a);
        let flags = self.lex.get(a..b).unwrap_or(&[]);
        self.sentence_has(si, crate::lexicon::TIMEX_ANCHOR) && flags.iter().enumerate().any(|(k, f)| f & crate::lexicon::TIMEX_ANCHOR != 0 && matches!(self.w(a + k + 1), "after" | "before"))
    }

    /// `…, a day after 20,000 people marched`, `two days before the strike began`: the
    /// clause of an event that comes that many days before (after) the date of the rest
    /// of the sentence. For a trigger at `span` inside such a clause, the span of the
    /// words `a day after` and the days to add to that date (negative after `after`).
    /// (`the day after`, `a week after`, `three days before`; `weeks after`, too vague,
    /// is left alone.)
    fn offset_clause(&self, span: Span) -> Option<(Span, i64)> {
        let i = self.at(span.start);
        let s = self.toks.get(i)?.sentence;
        // Back from the trigger to `after` or `before`, within its clause.
        let j = (i.saturating_sub(12)..i).rev().find_map(|j| {
            let t = self.toks.get(j).filter(|t| t.sentence == s)?;
            if t.kind == TokenKind::Punct && matches!(t.text(self.text), "," | ";" | ":" | "–" | "—" | "(" | ")") {
                return Some(None);
            }
            matches!(self.w(j), "after" | "before").then_some(Some(j))
        })??;
        let count = |k: usize| -> Option<i64> {
            let n = self.ws(k, s);
            if self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number) {
                return n.parse::<i64>().ok().filter(|n| (1..=31).contains(n));
            }
            let words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
            words.iter().position(|w| *w == n).map(|p| p as i64 + 2)
        };
        let k = j.checked_sub(2)?;
        let (unit, before) = (self.ws(j - 1, s), self.ws(k, s));
        let one = matches!(before, "a" | "one" | "the");
        let days = match unit {
            "day" if one => 1,
            "week" if matches!(before, "a" | "one") => 7,
            "days" => count(k)?,
            "weeks" => 7 * count(k)?,
            _ => return None,
        };
        let sign = if self.w(j) == "after" { -1 } else { 1 };
        Some((self.span(k, j), sign * days))
    }

    /// `the largest strike since 1989`, `for the first time since 1990`, `for the third
    /// time since July`: a date a thing is
    /// measured against, which dates nothing of the sentence (unless a `when` clause says
    /// what happened then); also `since the return to democracy in 1990`. `i` is the
    /// date's first token, in sentence `s`.
    fn compared_date(&self, span: Span, i: usize, s: usize) -> bool {
        // `since` right before the date, or a few words before with no break between.
        // (Each word read once, back from the date.)
        let mut found = None;
        for j in (i.saturating_sub(6)..i).rev() {
            match self.ws(j, s) {
                "" | "," | ";" | "when" | "and" | "but" => break,
                "since" => {
                    found = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let Some(since) = found else {
            return false;
        };
        // (`the deadliest unrest since 2009, when millions took to the streets` dates them.)
        let after = self.text.get(span.end..).unwrap_or("");
        if after.trim_start_matches([',', ' ']).starts_with("when ") {
            return false;
        }
        // (Within seven words, breaks or not: `the largest demonstrations in the Islamic
        // Republic since 2019`.)
        self.ranked_before(since, s, 7, false, |j| {
            let w = self.ws(j, s);
            superlative(w) || matches!(w, "most" | "first" | "highest" | "lowest")
                // (`walked out for the third time since July`)
                || matches!(w, "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth")
                    && self.ws(j + 1, s) == "time"
                || w.ends_with("est") && matches!(self.ws(j + 1, s), "since" | "strike" | "protest" | "protests" | "unrest" | "demonstration" | "demonstrations" | "level" | "rate")
        })
    }

    /// Whether a word that ranks (`rank`, asked of its token index: `the largest`, `the
    /// first`) stands among the `n` words before token `at` of sentence `s`, read back from
    /// it (within its clause, up to a comma or a semicolon, when `clause`). The look-back of
    /// both comparisons of the stage: a date measured against (`the largest strike since
    /// 1989`: [`Cx::compared_date`]) and a place that frames a ranking (`the largest campus
    /// protest in Rhode Island`: [`Cx::places`]); each says which words rank.
    #[inline(always)]
    fn ranked_before(&self, at: usize, s: usize, n: usize, clause: bool, rank: impl Fn(usize) -> bool) -> bool {
        (at.saturating_sub(n)..at).rev().take_while(|&j| !clause || !matches!(self.ws(j, s), "" | "," | ";")).any(rank)
    }

    /// A date that qualifies a noun naming no event: `the August 9 election`, `the 1995
    /// constitution`, `last month's coup` (not `the January 5 protests`, `Sunday's
    /// protest`), or that a dispute dates back to.
    fn attributive(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let j = self.at(span.end);
        // `last month's military coup`: a possessive before a noun that is no event's
        // (not `Sunday's protest`).
        let possessive = self.toks.get(j).is_some_and(|t| t.sentence == s && t.kind == TokenKind::Possessive)
            && (j + 1..=j + 2).all(|k| self.lex.get(k).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER == 0))
            && self.toks.get(j + 1).is_some_and(|t| t.sentence == s && t.kind == TokenKind::Word);
        // (`march marking 1973 coup`, a headline's: what is marked is the noun's)
        let det = |k: usize| {
            matches!(self.ws(k, s), "the" | "this" | "that" | "its" | "their" | "his" | "her" | "marking" | "marks" | "mark" | "commemorating")
        };
        // (`the disputed August 9 election` too: an adjective between; not `fled the
        // country two days after`, `in the capital late Friday`)
        let adjective = |k: usize| {
            qualifier(self.ws(k, s))
                && self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized(self.text))
                && self.lex.get(k).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER == 0)
        };
        // (`a dispute over pay that dates back to 1997`: the date of what the clause
        // names.)
        let back_to = i > 1 && self.ws(i - 1, s) == "to" && self.ws(i - 2, s) == "back";
        // (`the anti-mask law that took effect on October 5`, `came into force in May`: the
        // date of a measure.)
        let in_force = i > 2 && crate::timex::lexicon::measure_took_effect(self.ws(i - 1, s), self.ws(i - 2, s), self.ws(i - 3, s));
        possessive
            || back_to
            || in_force
            || i > 0
                && (det(i - 1) || i > 1 && det(i - 2) && adjective(i - 1))
                && self.toks.get(j).is_some_and(|t| t.sentence == s && t.kind == TokenKind::Word && !t.is_capitalized(self.text))
                && self.lex.get(j).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER == 0)
    }

    /// `after the August 9 election`: an [`Cx::attributive`] date that still dates what
    /// its sentence says followed (`protests erupted after …`), though it sets no focus.
    fn after_the(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let after = |k: usize| self.ws(k, s) == "the" && k > 0 && matches!(self.ws(k - 1, s), "after" | "following");
        // (`after the disputed 9 August election` too)
        i >= 2 && (after(i - 1) || i >= 3 && after(i - 2) && qualifier(self.ws(i - 1, s)))
    }

    /// Preceded by `the`, `this`, `these`, `their` (perhaps with one adjective between).
    fn definite(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let det = |j: usize| matches!(self.ws(j, s), "the" | "this" | "that" | "these" | "those" | "its" | "their" | "such");
        i.checked_sub(1).is_some_and(det)
            || i.checked_sub(2).is_some_and(|j| det(j) && self.toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized(self.text)))
    }

    /// Whether the clause of `span` (in sentence `s`) tells how prices or markets moved: a
    /// word of prices, shares, output or a currency, and within the three words after it a
    /// verb of their moves (`Copper prices rose 3 percent … as the strike coincided`, not
    /// `Prices rose by 12%, …, and 2,011 workers joined the strike`).
    fn market_clause(&self, s: usize, span: Span) -> bool {
        let a = self.sent_tok.get(s).copied().unwrap_or(0);
        let b = self.sent_tok.get(s + 1).copied().unwrap_or(a);
        // (Within 25 words before the trigger and 15 after: a clause is no longer.)
        let i = self.at(span.start);
        let (a, b) = (a.max(i.saturating_sub(25)), b.min(i + 15));
        (a..b).any(|j| {
            matches!(
                self.w(j),
                "prices" | "price" | "shares" | "stocks" | "futures" | "markets" | "output" | "production" | "inflation" | "peso"
                    | "rouble" | "ruble" | "rupee" | "pound" | "currency" | "exports" | "bonds" | "yields"
            ) && (j + 1..(j + 4).min(b)).any(|k| {
                matches!(
                    self.w(k),
                    "rose" | "fell" | "jumped" | "climbed" | "surged" | "slumped" | "dropped" | "gained" | "soared" | "tumbled"
                        | "plunged" | "slid" | "eased" | "spiked" | "sank" | "rise" | "fall" | "rising" | "falling"
                )
            }) && self.toks.get(j).is_some_and(|t| self.same_clause(t.span, span))
        })
    }

    /// Whether the twelve words after `span` (in its sentence, before a semicolon) name an
    /// unnamed spot of a town after a preposition: `at stations such as …`, `at metro
    /// stations`, `on the square`.
    fn town_spot_near(&self, span: Span) -> bool {
        let i = self.at(span.end);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        for j in i..i + 12 {
            match self.ws(j, s) {
                "" | ";" => return false,
                "station" | "stations" | "square"
                    if (1..=2).any(|k| matches!(j.checked_sub(k).map_or("", |x| self.ws(x, s)), "at" | "in" | "on" | "inside" | "outside" | "near" | "into")) =>
                {
                    return true
                }
                _ => {}
            }
        }
        false
    }

    /// Whether what follows the trigger at `span` describes the movement it names rather
    /// than tells what it did (past `has`, `had`, `have`, `begun to`, `started to`): `the
    /// protests had begun to show signs of fatigue`, `the strike has become a symbol`, `has
    /// cost`, `have hurt trade`, `lost momentum`.
    fn described(&self, span: Span) -> bool {
        let mut j = self.at(span.end);
        let Some(s) = self.toks.get(j).map(|t| t.sentence) else { return false };
        while matches!(self.ws(j, s), "has" | "had" | "have" | "begun" | "began" | "started" | "to" | "also" | "now" | "already") {
            j += 1;
        }
        matches!(
            self.ws(j, s),
            "become" | "became" | "becomes" | "show" | "showed" | "shown" | "shows" | "cost" | "costs" | "hurt" | "hurts" | "lost" | "lose"
                | "losing" | "remain" | "remained" | "remains" | "drawn" | "drew" | "draws" | "damaged" | "weighed" | "weighs"
        )
    }

    /// Whether the sentence `sent` opens by telling some days or weeks past the time in
    /// focus, no day named: `Within days, …`, `Over the following weeks, …`.
    fn some_days_later(&self, sent: Span) -> bool {
        let opening = self.lower.get(sent.start..).unwrap_or("");
        [
            "within days", "within a week", "within weeks", "within a few days", "within a few weeks", "within two weeks",
            "over the following days", "over the following weeks", "in the following days", "in the following weeks",
            "over the next few days", "in the days that followed", "in the weeks that followed",
        ]
        .iter()
        .any(|o| opening.starts_with(o))
    }

    /// Whether the trigger at `span` is told as going on for a second day (within four
    /// words after it): `shut for a second straight day`, `marched for the second
    /// consecutive day`.
    fn second_day(&self, span: Span) -> bool {
        let j = self.at(span.end);
        let Some(s) = self.toks.get(j).map(|t| t.sentence) else { return false };
        (j..j + 4).any(|k| {
            self.ws(k, s) == "for"
                && matches!(self.ws(k + 1, s), "a" | "the")
                && self.ws(k + 2, s) == "second"
                && self.ws(if matches!(self.ws(k + 3, s), "straight" | "consecutive" | "successive") { k + 4 } else { k + 3 }, s) == "day"
        })
    }

    /// The ordinal day or week the strike or protest at `span` is told to have reached, later
    /// in its sentence: `entered its second week` (2, a week), `completed this Wednesday its
    /// third day` (3, a day), `marked its 10th day`.
    fn nth_period(&self, span: Span) -> Option<(i64, bool)> {
        let j = self.at(span.end);
        let s = self.toks.get(j)?.sentence;
        let end = self.sent_tok.get(s + 1).copied().unwrap_or(j).min(j + 60);
        // (`The strike's second day was quieter`: its own, right after it.)
        let own = matches!(self.ws(j, s), "'s" | "’s").then_some(j);
        let k = own.or_else(|| (j..end).find(|&k| {
            // (`its`: one action; `Protests entered their fourth week on Saturday, with
            // schoolgirls chanting in Karaj` tells that day's protests of a movement.)
            self.ws(k, s) == "its"
                && (k.saturating_sub(4)..k).any(|h| matches!(self.ws(h, s), "entered" | "enters" | "entering" | "completed" | "completes" | "reached" | "reaches" | "marked" | "marks"))
        }))?;
        let n = match self.ws(k + 1, s) {
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "fifth" | "5th" => 5,
            "sixth" | "6th" => 6,
            "seventh" | "7th" => 7,
            "eighth" | "8th" => 8,
            "ninth" | "9th" => 9,
            "tenth" | "10th" => 10,
            _ => return None,
        };
        match self.ws(k + 2, s) {
            "day" => Some((n, false)),
            "week" => Some((n, true)),
            _ => None,
        }
    }

    /// Whether the words after the trigger at `span` tell that it was set up: `(picket lines)
    /// went up`, `formed`, `sprang up`, `were set up`, `were mounted`.
    fn went_up(&self, span: Span) -> bool {
        let mut j = self.at(span.end);
        let Some(s) = self.toks.get(j).map(|t| t.sentence) else { return false };
        if matches!(self.ws(j, s), "line" | "lines") {
            j += 1;
        }
        match self.ws(j, s) {
            "went" | "go" | "sprang" | "sprung" => self.ws(j + 1, s) == "up",
            "formed" | "appeared" => true,
            "were" | "was" | "had" | "have" => matches!(self.ws(j + 1, s), "set" | "mounted" | "formed" | "thrown" | "put"),
            _ => false,
        }
    }

    /// Whether the strike at `span` is told as going on: `continue the stoppage`,
    /// `continued their strike`, `are on strike`, `remained on strike`.
    fn continued(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let back = |k: usize| if i >= k { self.ws(i - k, s) } else { "" };
        let goes_on = |w: &str| matches!(w, "continue" | "continues" | "continued" | "continuing" | "extend" | "extends" | "extended" | "extending");
        let k = if matches!(back(1), "the" | "their" | "its" | "a") { 2 } else { 1 };
        goes_on(back(k))
            || back(1) == "on" && matches!(back(2), "are" | "is" | "remain" | "remains" | "remained" | "still" | "stay" | "stays" | "stayed")
    }

    /// Whether the trigger at `span` is what someone took part in, as one already told:
    /// `took part in the march`, `attended the rally`. (Not `joined the protests`: `workers
    /// at the Balkhash smelter joined the protests` where they were.)
    fn took_part(&self, span: Span) -> bool {
        let i = self.at(span.start);
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let before = |k: usize| i.checked_sub(k).map_or("", |j| self.ws(j, s));
        matches!(before(1), "the" | "that" | "this")
            && (before(2) == "in" && before(3) == "part"
                || matches!(before(2), "attended" | "attend" | "attending" | "attends"))
    }

    /// Whether the trigger at `span` is followed by `followed` or `came after`: what comes
    /// next is another event, the one it came after (`The strikes followed a gathering`).
    fn followed(&self, span: Span) -> bool {
        let j = self.at(span.end);
        let Some(s) = self.toks.get(j).map(|t| t.sentence) else { return false };
        matches!(self.ws(j, s), "followed" | "follows" | "follow") || matches!(self.ws(j, s), "came" | "come" | "comes") && self.ws(j + 1, s) == "after"
    }

    /// Whether some word of sentence `s` has one of the lexicon flags `bits` (a rule that
    /// looks for such a word within the sentence need not look when none has).
    fn sentence_has(&self, s: usize, bits: u32) -> bool {
        self.sent_lex.get(s).is_some_and(|f| f & bits != 0)
    }

    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    /// Word `i` if it lies in sentence `s`.
    fn ws(&self, i: usize, s: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if t.sentence == s => self.words.get(i).copied().unwrap_or(""),
            _ => "",
        }
    }
    fn span(&self, a: usize, b_incl: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b_incl)) {
            (Some(x), Some(y)) if x.span.start <= y.span.end => Span::new(x.span.start, y.span.end),
            (Some(x), _) => x.span,
            _ => Span::new(0, 0),
        }
    }

    /// Place references, in text order, with their sentence, into `out` (cleared first).
    /// (`dest` tells the mentions that are places someone went to: see [`is_destination`];
    /// `gaz` the gazetteer's place of each place mention's name.)
    fn places<'m>(
        &self,
        mentions: &'m [Mention],
        dest: &[bool],
        gaz: &[Option<&'static gazetteer::Place>],
        country: Option<&'m str>,
        out: &mut Vec<PlaceRef<'m>>,
    ) {
        out.clear();
        // (The end of the last place told as where someone of a given age is from.)
        let mut hometown_end: Option<usize> = None;
        for ((m, &went), &g) in mentions.iter().zip(dest).zip(gaz).filter(|((m, _), _)| m.kind == EntityKind::Place) {
            let mut idx = self.at(m.span.start);
            if idx > 0 && self.toks.get(idx - 1).is_some_and(|t| t.span.end > m.span.start) {
                idx -= 1;
            }
            let Some(t) = self.toks.get(idx) else { continue };
            let s = t.sentence;
            // `Aktau-based`: an adjective, not a location.
            if self.text.get(m.span.end..).is_some_and(|r| r.starts_with(['-', '‑'])) {
                continue;
            }
            // `Taldykorgan (formerly Taldy-Kurgan)`, `Almaty (Alma-Ata)`, `Karaj (Alborz)`:
            // another name or the province of the place just named, in brackets, is no
            // place of its own.
            let gloss = crate::layout::bracket_gloss(self.text, m.span.start);
            if gloss.is_some_and(|e| out.last().is_some_and(|p: &PlaceRef| p.span.end == e)) {
                continue;
            }
            // `DUBAI, Oct 8 (Wire) - Protests in Iran …`: a dateline in another country than
            // the document's says where the report was filed, not where things happened.
            let dateline = crate::layout::dateline_place(self.text, m.span);
            if dateline {
                if country.is_some_and(|c| !same_country(&m.canonical, c)) {
                    continue;
                }
                // (Nor, at home, where its first sentence names a town of its own:
                // `AKTAU, Kazakhstan — … police opened fire on oil workers in Zhanaozen`.)
                let own_town = mentions.iter().filter(|o| o.kind == EntityKind::Place && o.span.start > m.span.end).take_while(|o| {
                    self.toks.get(self.at(o.span.start)).is_some_and(|t| t.sentence == s)
                }).any(|o| {
                    // (a known town or region of the same country: not a square, `Plaza
                    // Italia`, nor a namesake abroad, `the Alameda avenue`)
                    // (nor the dateline's own state: `OAKLAND, Calif. (AP) —`)
                    // (nor the region that holds it: `PROVIDENCE — … the largest campus
                    // protest in Rhode Island`)
                    o.canonical != m.canonical
                        && self.text.get(m.span.end..o.span.start) != Some(", ")
                        && gazetteer::place(&o.canonical).is_some_and(|o| {
                            (o.kind == PlaceKind::City || o.kind == PlaceKind::Region && g.is_none_or(|g| g.admin1 != o.name))
                                && country.is_none_or(|c| same_country(o.name, c))
                        })
                });
                if own_town {
                    continue;
                }
            }
            // `the capital of X`, `the shore of the Caspian sea`: not where it happened.
            let mut j = idx;
            // (Nor a name set off after such a phrase, which the name repeats: `90
            // kilometers southeast of the regional center, Hrodna`.)
            if j > 0 && self.ws(j - 1, s) == "," {
                let of = (j.saturating_sub(6)..j - 1).rev().take_while(|&k| self.ws(k, s).bytes().all(|b| b.is_ascii_lowercase())).find(|&k| self.ws(k, s) == "of");
                if let Some(k) = of {
                    j = k + 1;
                }
            }
            if j > 0 && self.ws(j - 1, s) == "the" {
                j -= 1;
            }
            if j > 0 && self.ws(j - 1, s) == "of" {
                let head = if j >= 2 { self.ws(j - 2, s) } else { "" };
                if matches!(
                    head,
                    "capital" | "shore" | "shores" | "coast" | "bank" | "banks" | "mayor" | "governor"
                        | "president" | "government" | "embassy" | "ministry" | "university" | "minister"
                        | "leader" | "leaders" | "king" | "queen" | "history" | "north" | "south" | "east"
                        | "west" | "northeast" | "northwest" | "southeast" | "southwest" | "border"
                        | "prime" | "parliament" | "consulate" | "ambassador" | "republic" | "people"
                ) {
                    continue;
                }
            }
            if went {
                continue;
            }
            // (`extraditions to mainland China`: a direction word may stand between.)
            let before = |k: usize| if idx >= k { self.ws(idx - k, s) } else { "" };
            // `The unrest spread beyond Mangystau`, `marched towards Colombo` (and were
            // stopped at a bridge): not there.
            if matches!(before(1), "beyond" | "towards" | "toward") {
                continue;
            }
            // `a 52-year-old Oregon, Ohio, man`, `a 23-year-old Minsk resident`: where a
            // person is from, told with their age (and the state or country after the
            // town), not where it happened.
            let aged = |w: &str| w.ends_with("-year-old") || w.ends_with("-years-old");
            if aged(before(1)) || hometown_end.is_some_and(|e| self.text.get(e..m.span.start) == Some(", ")) {
                hometown_end = Some(m.span.end);
                continue;
            }
            // `the covered market, one of the largest in the Middle East`, `the largest
            // campus protest in Rhode Island`: the frame of a ranking, not where it was.
            // (Within four words before `in`, in its clause; see [`Cx::ranked_before`].)
            let the = usize::from(before(1) == "the");
            if before(the + 1) == "in"
                && self.ranked_before(idx.saturating_sub(the + 1), s, 4, true, |j| {
                    let w = self.ws(j, s);
                    superlative(w) || matches!(w, "oldest" | "busiest" | "best" | "greatest" | "bloodiest" | "fiercest")
                })
            {
                continue;
            }
            // `By Amara Jayasuriya in Colombo and Tom Whitfield in London`: where the
            // reporters are, a byline.
            if before(1) == "in" && self.layout.byline_in(self.text, self.toks, self.lower, idx - 1) {
                continue;
            }
            let towards = |w: &str| matches!(w, "from" | "to" | "towards" | "toward");
            // `arrested at a checkpoint on the road to Anzali`: somewhere on the way, not there.
            if towards(before(1)) && matches!(before(2), "road" | "highway" | "motorway") {
                continue;
            }
            // `blocked the Route 24 that connects Calama with Tocopilla`, `the highway
            // linking Almaty and Bishkek`, `the road between Hatton and Kandy`: the towns a
            // road joins, not where it was blocked.
            let joins = |w: &str| matches!(w, "connects" | "connecting" | "connect" | "links" | "linking" | "link" | "joins" | "joining");
            let road = |w: &str| matches!(w, "road" | "highway" | "motorway" | "route" | "railway" | "expressway" | "freeway");
            if joins(before(1)) || matches!(before(1), "with" | "and" | "to") && joins(before(3)) || before(1) == "between" && road(before(2)) || before(1) == "and" && before(3) == "between" && road(before(4)) {
                continue;
            }
            let direction = matches!(
                before(1),
                "mainland" | "neighbouring" | "neighboring" | "northern" | "southern" | "eastern" | "western" | "central"
            );
            // (`protests spread to Aktau, Atyrau …` went there: no route; nor `… to Aktau,
            // the regional capital, and to Atyrau`.)
            let spread_verb = |w: &str| matches!(w, "spread" | "spreading" | "spreads" | "extended" | "expanded");
            // (`spread on Monday to Shiraz`, `spread overnight to Tabriz`: a time between, in
            // its clause)
            let spread = spread_verb(before(2))
                || towards(before(1)) && (3..=6).map(before).take_while(|w| !matches!(*w, "" | "," | ";")).any(spread_verb)
                || before(2) == "and" && towards(before(1)) && (3..=14).any(|k| spread_verb(before(k)));
            // (`set out from Hatton and covered 80 km through Nawalapitiya and Gampola`: the
            // towns it passed on its way from a start the sentence names are on the
            // route, no place of their own. Back over the list to `through` or `via`.)
            let waypoint = || {
                let k = (1..=8)
                    .take_while(|&k| {
                        matches!(before(k), "through" | "via" | "and" | ",")
                            || idx >= k && self.toks.get(idx - k).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized(self.text))
                    })
                    .find(|&k| matches!(before(k), "through" | "via"));
                k.is_some_and(|k| (k + 1..k + 25).any(|j| before(j) == "from"))
            };
            let route = (towards(before(1)) || (direction || before(1) == "the") && towards(before(2)) || waypoint()) && !spread;
            // `the office of Sri Lanka's prime minister`: a country's possession, not where
            // it happened.
            if self.text.get(m.span.end..).is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"))
                && g.is_some_and(|g| g.kind == PlaceKind::Country)
            {
                continue;
            }
            // `released on bail by the Bandarawela magistrate`, `the Kandy High Court
            // remanded them`: a town that names a court is where the court sits, not where
            // what it rules on happened.
            let after = self.at(m.span.end);
            let court = |w: &str| matches!(w, "magistrate" | "magistrates" | "magistrate's" | "magistrates'" | "court" | "courts" | "tribunal");
            if court(self.ws(after, s))
                || matches!(self.ws(after, s), "high" | "district" | "regional" | "city" | "municipal" | "appeals" | "supreme" | "military")
                    && court(self.ws(after + 1, s))
            {
                continue;
            }
            // `a group based in Oslo`: where someone is based, not where it happened; nor
            // where officials sit or an analyst works (`rattled officials in Astana`, `a
            // labour researcher in Toronto`).
            if before(1) == "in"
                && matches!(
                    before(2),
                    "based" | "headquartered" | "officials" | "authorities" | "diplomats" | "lawmakers" | "ministers" | "researcher"
                        | "researchers" | "economist" | "economists" | "analyst" | "analysts" | "professor" | "scientist" | "expert"
                        | "experts" | "academic" | "historian"
                )
            {
                continue;
            }
            // `told reporters in Nur-Sultan that 1,678 people had been detained in
            // Almaty`, `at a news conference in Tehran`: where it was told, not where it
            // happened.
            if before(1) == "in"
                && (matches!(before(2), "conference" | "briefing")
                    || matches!(before(2), "reporters" | "journalists") && matches!(before(3), "told" | "telling" | "tells" | "tell" | "briefed" | "briefing"))
            {
                continue;
            }
            // `a strike against the three Detroit carmakers`, `protests against the Tehran
            // government`: a place that qualifies whom something is against is not where it
            // happened.
            let against = (1..=3).find(|&k| before(k) == "against").is_some_and(|k| {
                (1..k).all(|n| matches!(before(n), "the" | "two" | "three" | "four" | "five" | "big" | "local" | "regional" | "national"))
            });
            if against && word_after(self.text, m.span).starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            // `Beijing imposed the law after protests in 2019`, `Moscow sent troops`: a
            // capital or a country acting is its government, not where it happened.
            if matches!(
                word_after(self.text, m.span),
                "imposed" | "imposes" | "announced" | "accused" | "accuses" | "blamed" | "blames" | "ordered" | "sent" | "condemned"
                    | "condemns" | "rejected" | "rejects" | "denied" | "denies" | "insisted" | "insists" | "dismissed" | "responded"
                    | "warned" | "warns" | "vowed" | "retaliated" | "backed" | "recalled" | "summoned" | "expelled"
            ) && g.is_some_and(|g| matches!(g.kind, PlaceKind::Country | PlaceKind::City))
            {
                continue;
            }
            // `164 killed, including 103 in Almaty`: a part of a count, not its place.
            // (The lexicon flags first: most places follow no `including`.)
            let flagged = |k: usize| idx >= k && self.lex.get(idx - k).is_some_and(|f| f & crate::lexicon::EVENT_LOOKBACK != 0);
            if (2..=4).any(|k| flagged(k) && self.ws(idx - k, s) == "including") {
                continue;
            }
            // `at London Euston`, `Colombo Fort station`: a station or the like the
            // gazetteer does not know, named after a town it knows, lies in that town.
            // (Not `the centre of Porto Velha`, a town of its own.)
            let town = || {
                let (first, _) = m.canonical.split_once(' ')?;
                let facility = matches!(word_after(self.text, m.span), "station" | "terminal" | "airport" | "port" | "dockyard" | "depot");
                (facility || matches!(before(1), "at" | "outside" | "near" | "via")).then_some(())?;
                gazetteer::place(first).filter(|t| t.kind == PlaceKind::City)
            };
            // `spread to cities across the United States`: a country named as the extent,
            // like `across the country`, moves no focus from a town named beside it.
            let across = |w: &str| matches!(w, "across" | "throughout");
            let wide = g.is_some_and(|g| g.kind == PlaceKind::Country) && (across(before(1)) || before(1) == "the" && across(before(2)));
            // `Aktau, on the Caspian Sea`: a sea or a region set off after the town just
            // named frames it, no place of its own.
            if g.is_some_and(|g| matches!(g.kind, PlaceKind::Feature | PlaceKind::Region))
                && matches!((before(3), before(2), before(1)), (",", "on" | "near", "the"))
                && out.last().is_some_and(|p: &PlaceRef| self.text.get(p.span.end..m.span.start).is_some_and(|gap| gap.len() <= 10))
            {
                continue;
            }
            // `outside Central station`, `on Santa Rosa street`: a town abroad the document
            // names nothing else in, while it is firmly about its own country, before a
            // street's or a station's word in lowercase, is that street or station (in the
            // town in focus), not the town abroad (see [`foreign_homonym`]).
            let spot = || {
                let next = word_after(self.text, m.span);
                (crate::entities::is_street(next) || matches!(next, "station" | "square" | "park" | "bridge" | "metro" | "mall"))
                    && g.is_some_and(|g| foreign_homonym(g, mentions, gaz, country))
            };
            match (g, g.is_none().then(town).flatten()) {
                (None, Some(t)) => out.push(PlaceRef { span: m.span, name: t.name, sentence: s, pseudo: false, route, dateline, gaz: Some(t), spot: Default::default() }),
                _ => out.push(PlaceRef { span: m.span, name: &m.canonical, sentence: s, pseudo: wide, route, dateline, gaz: g, spot: std::cell::Cell::new(2 * u8::from(spot())) }),
            }
        }
        // `a walkout at Tehran University`, `workers at the Minsk Tractor Works`: an
        // institution or a works named after its town, where something happened (or whose
        // people did something), gives that town.
        // (The end of the last one whose words before it said so: a list goes on from it,
        // `outside Manchester Royal Infirmary, the Royal Liverpool University Hospital and
        // the Royal Preston Hospital`.)
        let mut site_end = usize::MAX;
        for m in mentions.iter().filter(|m| m.kind == EntityKind::Organization) {
            let idx = self.at(m.span.start);
            let Some(s) = self.toks.get(idx).map(|t| t.sentence) else { continue };
            let prep = if idx > 0 && self.ws(idx - 1, s) == "the" { idx - 1 } else { idx };
            let listed = || {
                let from = self.toks.get(prep).map_or(0, |t| t.span.start);
                site_end < from && self.text.get(site_end..from).is_some_and(|g| matches!(g.trim_matches(|c| c == ',' || c == ' '), "" | "and" | "or"))
            };
            // (`employees of the Minsk Tractor Works`, `workers from the Minsk Automobile
            // Plant`: its people, there too; `plants such as the Minsk Tractor Works`.)
            let staff = |k: usize| {
                matches!(
                    self.ws(k, s),
                    "workers" | "employees" | "staff" | "miners" | "students" | "teachers" | "doctors" | "nurses" | "lecturers" | "engineers"
                )
            };
            if prep == 0
                || !(matches!(self.ws(prep - 1, s), "at" | "outside" | "near" | "inside" | "in")
                    || matches!(self.ws(prep - 1, s), "of" | "from") && prep >= 2 && staff(prep - 2)
                    // (`marched from the University of Kelaniya`, `set off from`: where the
                    // march set off; not `went from house to house`, see [`triggers::going`])
                    || self.ws(prep - 1, s) == "from" && prep >= 2 && {
                        let verb = self.ws(prep - 2, s);
                        verb == "off" || triggers::going(verb) && verb != "went"
                    }
                    || self.ws(prep - 1, s) == "as" && prep >= 2 && self.ws(prep - 2, s) == "such"
                    || listed())
            {
                continue;
            }
            site_end = m.span.end;
            let words: Vec<&str> = m.canonical.split(' ').collect();
            const KINDS: [&str; 16] = [
                "University", "College", "School", "Hospital", "Infirmary", "Institute", "Academy", "Polytechnic", "Works", "Plant", "Factory", "Mine", "Refinery",
                "Steelworks", "Mill", "Mills",
            ];
            let city = |name: &str| gazetteer::lookup(name).filter(|g| g.kind == PlaceKind::City && !g.common_word);
            let town = match words.as_slice() {
                // (`the University of Kelaniya`: its town after `of`.)
                [kind, "of", rest @ ..] => {
                    if !KINDS.contains(kind) {
                        continue;
                    }
                    city(&rest.join(" "))
                }
                _ => {
                    let Some((last, lead)) = words.split_last() else { continue };
                    // (`the Grodno Azot chemical plant`: a works named after its town before a
                    // lowercase word of its kind, its whole name before it)
                    let kind_after = works_after(self.text, m.span);
                    let lead = if kind_after { words.as_slice() } else { lead };
                    if !kind_after && !KINDS.contains(last) {
                        continue;
                    }
                    let town_first = |lead: &[&str]| (1..=lead.len().min(3)).rev().find_map(|n| city(&lead.get(..n)?.join(" ")));
                    // (`the Royal Preston Hospital`: the town after a royal title)
                    town_first(lead).or_else(|| lead.strip_prefix(&["Royal"]).and_then(town_first))
                }
            };
            if let Some(g) = town {
                out.push(PlaceRef { span: m.span, name: g.name, sentence: s, pseudo: false, route: false, dateline: false, gaz: gazetteer::place(g.name), spot: Default::default() });
            }
        }
        if let Some(c) = country {
            // `in the capital`: the country's capital, as the gazetteer names it (looked
            // up when the word is first met: most documents have none).
            let mut capital: Option<Option<&str>> = None;
            let mut towns: Vec<Option<bool>> = Vec::new();
            // Only the words that may start one of the phrases below (`nationwide`,
            // `across`, `all`, `in` …: [`PLACE_CUES`], which the shared lexicon flags).
            // (Read in the sentences that hold one, which [`Cx::sent_lex`] tells: their
            // token ranges cover every token, in order.)
            let cues = (0..self.sent_lex.len()).filter(|&s| self.sentence_has(s, crate::lexicon::PLACE_CUE)).flat_map(|s| {
                let a = self.sent_tok.get(s).copied().unwrap_or(0);
                let b = self.sent_tok.get(s + 1).copied().unwrap_or(a);
                (a..b).filter(|&i| self.lex.get(i).is_some_and(|f| f & crate::lexicon::PLACE_CUE != 0))
            });
            for i in cues {
                let Some(t) = self.toks.get(i) else { continue };
                let s = t.sentence;
                let w = self.w(i);
                // `across the city`, `citywide`: the town last named, if the gazetteer
                // knows a town of that name (a district or a square named since is in it).
                // (`The city saw its last curfew in May 2020`, `on the city's Northside`:
                // the town last named, too.)
                let city = match w {
                    "across" | "throughout" if self.ws(i + 1, s) == "the" && self.ws(i + 2, s) == "city" && self.ws(i + 3, s) != "of" => Some(i + 2),
                    "citywide" => Some(i),
                    "city" if i > 0 && self.ws(i - 1, s) == "the" && !matches!(i.checked_sub(2).map_or("", |j| self.ws(j, s)), "across" | "throughout") && self.ws(i + 1, s) != "of" => {
                        Some(i)
                    }
                    _ => None,
                };
                if let Some(e) = city {
                    // (In a city-state, a country whose capital is itself — Hong Kong,
                    // Singapore —, the city is the country: `a citywide strike` after `the
                    // streets of Sham Shui Po` was Hong Kong's.)
                    if let Some(g) = gazetteer::place(c).filter(|g| g.kind == PlaceKind::Country && g.seat == g.name) {
                        out.push(PlaceRef { span: self.span(i, e), name: g.name, sentence: s, pseudo: false, route: false, dateline: false, gaz: Some(g), spot: Default::default() });
                        continue;
                    }
                    // (Whether each place so far is a town is worked out once, in `towns`: a
                    // long document asks for every such cue.)
                    towns.resize(out.len(), None);
                    let town = (0..out.len())
                        .rev()
                        .filter_map(|k| Some((k, out.get(k)?)))
                        .filter(|(_, p)| p.span.end <= t.span.start && !p.pseudo)
                        .filter(|&(k, p)| {
                            let known = || gazetteer::candidates(p.name).iter().any(|g| g.kind == PlaceKind::City) && !is_spot(p, self.text);
                            towns.get_mut(k).is_some_and(|slot| *slot.get_or_insert_with(known))
                        })
                        .map(|(_, p)| p)
                        .max_by_key(|p| p.span.end);
                    if let Some(town) = town {
                        let (name, gaz) = (town.name, town.gaz);
                        out.push(PlaceRef { span: self.span(i, e), name, sentence: s, pseudo: false, route: false, dateline: false, gaz, spot: Default::default() });
                    }
                    continue;
                }
                if w == "capital" {
                    // (Not `the former capital`, `a regional capital`, `the capital of X`, nor
                    // `the capital, Minsk`, which names it.)
                    let the = i > 0 && self.ws(i - 1, s) == "the";
                    let capital = *capital.get_or_insert_with(|| {
                        gazetteer::capital(c)
                            .and_then(gazetteer::lookup)
                            .map(|p| p.name)
                            .filter(|&n| n != c)
                    });
                    if let (Some(name), true) = (capital, the && !matches!(self.ws(i + 1, s), "of" | "," | "(" | "city" | "region" | "district" | "punishment")) {
                        out.push(PlaceRef { span: self.span(i - 1, i), name, sentence: s, pseudo: false, route: false, dateline: false, gaz: gazetteer::place(name), spot: Default::default() });
                    }
                    continue;
                }
                let end = match w {
                    "nationwide" | "countrywide" | "country-wide" | "nation-wide" => Some(i),
                    "across" | "throughout" | "around" | "all" if self.ws(i + 1, s) == "the" && matches!(self.ws(i + 2, s), "country" | "nation") => {
                        Some(i + 2)
                    }
                    "all" if self.ws(i + 1, s) == "over" && self.ws(i + 2, s) == "the" && self.ws(i + 3, s) == "country" => Some(i + 3),
                    // `in 21 cities`, `across dozens of towns`: many places of the country.
                    "in" | "across" | "throughout" => {
                        let n = self.ws(i + 1, s);
                        let numeric = self.toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
                            || matches!(
                                n,
                                "dozens" | "several" | "many" | "numerous" | "multiple" | "hundreds" | "scores" | "more"
                                    | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                                    | "twelve" | "twenty" | "thirty" | "forty" | "fifty"
                            );
                        // (The noun after the count, only asked after a count.)
                        let noun = || {
                            let j = if self.ws(i + 2, s) == "of" || self.ws(i + 2, s) == "than" { i + 3 } else { i + 2 };
                            if self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Number) { j + 1 } else { j }
                        };
                        numeric.then(noun).filter(|&j| {
                            matches!(
                                self.ws(j, s),
                                "cities" | "towns" | "provinces" | "regions" | "places" | "locations" | "districts"
                                    | "counties" | "states" | "oblasts" | "villages"
                            )
                        })
                    }
                    _ => None,
                };
                if let Some(e) = end {
                    out.push(PlaceRef { span: self.span(i, e), name: c, sentence: s, pseudo: true, route: false, dateline: false, gaz: gazetteer::place(c), spot: Default::default() });
                }
            }
        }
        out.sort_by_key(|a| a.span);
    }

    /// The first town named in a byline among the first three sentences (`By Amara
    /// Jayasuriya in Colombo`, `Grace Leung and Tom Whitfield in Hong Kong`; see
    /// [`crate::layout::Layout::byline_in`]), as a place; `gaz` holds the gazetteer's place
    /// of each mention.
    fn byline_town<'m>(&self, mentions: &'m [Mention], gaz: &[Option<&'static gazetteer::Place>]) -> Option<PlaceRef<'m>> {
        // (Where the fourth sentence starts.)
        let end = self.sent_tok.get(3).and_then(|&k| self.toks.get(k)).map_or(usize::MAX, |t| t.span.start);
        mentions.iter().zip(gaz).take_while(|(m, _)| m.span.start < end).find_map(|(m, &g)| {
            if m.kind != EntityKind::Place || g.is_none_or(|g| g.kind != PlaceKind::City) {
                return None;
            }
            let i = self.at(m.span.start);
            let s = self.toks.get(i).map_or(0, |t| t.sentence);
            (i > 0 && self.ws(i - 1, s) == "in" && self.layout.byline_in(self.text, self.toks, self.lower, i - 1))
                .then_some(PlaceRef { span: m.span, name: &m.canonical, sentence: s, pseudo: false, route: false, dateline: false, gaz: g, spot: Default::default() })
        })
    }

    /// Organisations and groups (`security forces`, `oil workers`) named in a sentence,
    /// into `out` (cleared first), in text order. The names borrow from the mentions or
    /// the lowercase text where they can.
    fn actors<'x>(&self, si: usize, sent: Span, orgs: &[&'x Mention], out: &mut Vec<(Span, Cow<'x, str>)>)
    where
        'a: 'x,
    {
        out.clear();
        // (Kept only when new; `National Guard` the organisation and `national guard`
        // the group are one.)
        let push = |span: Span, a: Cow<'x, str>, out: &mut Vec<(Span, Cow<'x, str>)>| {
            if !out.iter().any(|(_, b)| b.eq_ignore_ascii_case(&a)) {
                out.push((span, a));
            }
        };
        let m0 = orgs.partition_point(|m| m.span.start < sent.start);
        for m in orgs.iter().skip(m0).take_while(|m| m.span.start < sent.end).filter(|m| sent.contains(m.span)).take(MAX_ACTORS) {
            let j = self.at(m.span.start);
            // (`the semi-official Tasnim news agency said`: an outlet.)
            let outlet = matches!(
                word_after(self.text, m.span),
                "news" | "newspaper" | "daily" | "television" | "broadcaster" | "channel" | "website" | "agency"
            );
            // (`SANTIAGO (AP) —`: the agency credited in a dateline.)
            let credit = self.text.get(..m.span.start).is_some_and(|t| t.ends_with('('))
                && self.text.get(m.span.end..).is_some_and(|t| {
                    t.strip_prefix(')').is_some_and(|t| t.trim_start().starts_with(['—', '–', '-']))
                });
            if !self.commemorated(j) && !self.reporter(j) && !outlet && !credit {
                push(m.span, Cow::Borrowed(&m.canonical), out);
            }
        }
        // The sentence's tokens (`sent` is sentence `si`).
        let a = self.sent_tok.get(si).copied().unwrap_or(0);
        let b = self.sent_tok.get(si + 1).copied().unwrap_or(a);
        // (None of its words may start an actor: nothing to look for.)
        let mut i = if self.sentence_has(si, crate::lexicon::ACTOR) { a } else { b };
        while i < b && out.len() < MAX_ACTORS {
            // Past the words that are neither the first word of a pair below nor a single
            // actor word (one tight scan of the lexicon flags).
            match self.lex.get(i..b).and_then(|l| l.iter().position(|f| f & crate::lexicon::ACTOR != 0)) {
                Some(k) => i += k,
                None => break,
            }
            let s = self.toks.get(i).map(|t| t.sentence).unwrap_or(0);
            let w = self.w(i);
            let n = self.ws(i + 1, s);
            // (The second word first: few words are one.)
            let two = ACTOR_PAIRS.iter().any(|(first, second)| second.contains(&n) && first.contains(&w));
            // `public sector workers`: three words
            // (`a memorial to Soviet soldiers`: no actor.)
            if ACTOR_SECTORS.contains(&w) && n == "sector" && matches!(self.ws(i + 2, s), "workers" | "employees") {
                let span = self.span(i, i + 2);
                if !self.commemorated(i) {
                    push(span, Cow::Owned(format!("{w} {n} {}", self.ws(i + 2, s))), out);
                }
                i += 3;
                continue;
            }
            if two {
                // `w n` as the text has it (one space between), else a copy.
                let span = self.span(i, i + 1);
                let name = match self.lower.get(span.start..span.end) {
                    Some(x) if x.len() == w.len() + 1 + n.len() && x.as_bytes().get(w.len()) == Some(&b' ') => Cow::Borrowed(x),
                    _ => Cow::Owned(format!("{w} {n}")),
                };
                if !self.commemorated(i) {
                    push(span, name, out);
                }
                i += 2;
                continue;
            }
            if ACTOR_SINGLES.contains(&w) && self.toks.get(i).is_some_and(|t| {
                // (`Police fired tear gas`: capitalised only as the sentence's first word,
                // or the first after a dateline's dash: `TEHRAN - Police detained …`)
                let opens = i == a
                    || i > a
                        && self.toks.get(i - 1).is_some_and(|p| p.kind == TokenKind::Punct && matches!(p.text(self.text), "-" | "–" | "—" | ":"));
                opens && !matches!(n, "" | "." | "," | "said") && !self.toks.get(i + 1).is_some_and(|u| u.is_capitalized(self.text))
                    || t.text(self.text).starts_with(|c: char| c.is_lowercase())
            })
                && !self.commemorated(i)
                // (`stormed a police station`, `burned army trucks`: a thing, not who acted.)
                && !matches!(
                    n,
                    "station" | "stations" | "headquarters" | "car" | "cars" | "van" | "vans" | "vehicle" | "vehicles"
                        | "truck" | "trucks" | "post" | "posts" | "building" | "buildings" | "barracks" | "base" | "bases"
                        | "custody" | "cell" | "cells"
                )
            {
                push(self.span(i, i), Cow::Borrowed(w), out);
            }
            i += 1;
        }
        out.sort_by_key(|x| x.0);
    }

    /// The organisation at token `i` reports what happened rather than takes part:
    /// `videos posted by Amnesty International`, `a tally by the Interior Ministry`,
    /// `according to the union`.
    fn reporter(&self, i: usize) -> bool {
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        let before = |k: usize| i.checked_sub(k).map_or("", |j| self.ws(j, s));
        // (`according to the rights group Kadyr-Kasiet`: past up to three words that
        // describe it, not past punctuation.)
        (1..=4).take_while(|&k| before(k).starts_with(char::is_alphabetic)).any(|k| match before(k) {
            "by" => matches!(
                before(k + 1),
                "posted" | "published" | "verified" | "compiled" | "obtained" | "reported" | "released" | "documented"
                    | "shared" | "seen" | "filmed" | "analysed" | "analyzed" | "gathered" | "tally" | "report" | "count"
                    | "survey" | "statement" | "investigation" | "estimate" | "estimates"
            ),
            "to" => before(k + 1) == "according",
            // (`the student news agency ISNA said`, `rights group Hengaw said`: named
            // after what it is, an outlet or a monitor.)
            "agency" | "outlet" | "newspaper" | "broadcaster" | "website" | "monitor" | "watchdog" => k == 1,
            "group" => k == 1 && matches!(before(2), "rights" | "monitoring"),
            _ => false,
        })
    }

    /// The words from token `i` on are named inside a phrase about someone else rather than
    /// as who acted: `a memorial to Soviet soldiers`, `a statue of police officers`, `in
    /// honour of miners`, `the families of striking miners`, `in solidarity with nurses`,
    /// `the killing of students` (the head word, then `of`/`to`/`for`/`with`, then at
    /// most two words before `i`).
    fn commemorated(&self, i: usize) -> bool {
        let Some(s) = self.toks.get(i).map(|t| t.sentence) else { return false };
        for k in 1..=3 {
            let Some(j) = i.checked_sub(k) else { return false };
            if self.toks.get(j).is_none_or(|t| t.sentence != s || t.kind == TokenKind::Punct) {
                return false;
            }
            let prep = self.w(j);
            if !matches!(prep, "of" | "to" | "for" | "with") {
                continue;
            }
            let head = j.checked_sub(1).map_or("", |h| self.ws(h, s));
            return match prep {
                "with" => head == "solidarity",
                _ => matches!(
                    head,
                    "memorial" | "memorials" | "monument" | "monuments" | "statue" | "statues" | "tribute" | "tributes"
                        | "honour" | "honor" | "memory" | "grave" | "graves" | "funeral" | "funerals" | "families"
                        | "family" | "relatives" | "widows" | "mothers" | "wives" | "children" | "parents" | "solidarity"
                        | "support" | "death" | "deaths" | "killing" | "killings" | "murder" | "bodies" | "portraits"
                        | "photographs" | "photos" | "names" | "vigil" | "vigils"
                ),
            };
        }
        false
    }

    /// `employs a total of 37,000 workers`: a workforce size, not an event figure.
    fn is_workforce(&self, f: &Figure) -> bool {
        if f.kind != FigureKind::Workers {
            return false;
        }
        let idx = self.at(f.span.start);
        let s = self.toks.get(idx).map(|t| t.sentence).unwrap_or(0);
        (1..=5).any(|k| {
            idx.checked_sub(k).is_some_and(|j| {
                let w = self.ws(j, s);
                w.starts_with("employ") || w == "workforce" || w == "payroll"
            })
        })
    }
}

mod triggers;
pub(crate) use triggers::{NEGATION_CUES, NEGATION_WORDS, PLAN_WORDS, TRIGGER_WORDS};

#[cfg(test)]
mod tests;
