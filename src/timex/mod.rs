//! Temporal expressions: finds dates, times, durations and sets in a document's body and
//! normalises them to TimeML TIMEX3 values anchored on the document date and on the
//! running temporal focus of the text.
//!
//! [`parse`] recognises expressions sentence by sentence; this module resolves them in
//! reading order. The focus is the last date the text spoke about: `In January 2022 …`
//! makes a later `the following day` or `ten years prior` count from January 2022, and
//! an explicit year makes later bare months of the same paragraph fall in that year.
//! A date without a year takes the most recent such date not after the document date,
//! unless the clause speaks of the future (`will`, `planned`) or the date falls in the
//! coming weeks. Undated documents keep absolute values and leave deictic ones
//! unresolved (`XXXX-01-02`, `PRESENT_REF`).

pub(crate) mod lexicon;
mod parse;
mod value;

use crate::corpus::{Document, Span};
use crate::extract::{Precision, Timex, TimexType};
use crate::tokens::{Prepared, Token};
use chrono::{Datelike, NaiveDate, Weekday};
use parse::{Expr, Rel, Sent, Tense, YearSpec};
use value::{date, day_fits_month, partial, Holiday, Point, Season, Unit};

/// The words that can begin a temporal expression, for [`crate::lexicon`].
pub(crate) fn trigger_words() -> &'static [&'static str] {
    lexicon::TRIGGERS
}

/// The words one of which every temporal expression without a number holds, for
/// [`crate::lexicon`].
pub(crate) fn anchor_words() -> &'static [&'static str] {
    lexicon::ANCHORS
}

/// The word lists of the tense cues and clause breaks, for [`crate::lexicon`].
pub(crate) fn tense_lists() -> &'static [&'static [&'static str]] {
    lexicon::TENSE_LISTS
}

/// A mark of a token's [`Prepared::timex`]: an expression may start at the token.
pub(crate) const START: u8 = 1;
/// A mark of a token's [`Prepared::timex`]: the token is an anchor, one of which every
/// expression holds: a
/// number, a hyphenated or non-ASCII word such as `mid-2021` or `mid‑January`, `Q3`, or
/// an anchor word (see `lexicon::ANCHORS`). None starts after a sentence's last anchor:
/// the rest of the sentence, and most sentences without any, are skipped at once.
pub(crate) const ANCHOR: u8 = 2;

/// The [`START`] and [`ANCHOR`] marks of a word whose shared lexicon flags are `lex`,
/// with no hyphen nor byte outside ASCII and not `q?` (the lexicon's timex words are at
/// most 13 bytes long: its flags say all).
#[inline(always)]
pub(crate) fn plain_word_marks(lex: u32) -> u8 {
    use crate::lexicon::{TIMEX_ANCHOR, TIMEX_TRIGGER};
    const { assert!(TIMEX_TRIGGER == 1 << 21 && TIMEX_ANCHOR == 1 << 25 && START == 1 && ANCHOR == 2) };
    ((lex >> 21) & 1 | (lex >> 24) & 2) as u8
}

/// The [`START`] and [`ANCHOR`] marks of a word with a hyphen or a byte outside ASCII
/// (its [`Token::flags`] `flags`), or of two bytes starting with `q`: its lowercase bytes
/// `w` and its shared lexicon flags `lex`.
#[cold]
#[inline(never)]
pub(crate) fn odd_word_marks(w: &[u8], lex: u32, flags: u8) -> u8 {
    (u8::from(lexicon::trigger_flagged(w, lex, flags)) * START) | ANCHOR
}

/// The [`START`] mark of a punctuation mark whose lowercase bytes are `w`: an apostrophe
/// (`'90s`).
#[inline(always)]
pub(crate) fn punct_marks(w: &[u8]) -> u8 {
    u8::from(matches!(w, b"'" | [0xE2, 0x80, 0x99])) * START
}

/// The marks of a number: an expression may start at any, and every one is an anchor.
pub(crate) const NUMBER_MARKS: u8 = START | ANCHOR;

/// Every temporal expression in the body of `doc`, sorted by span, without overlaps.
pub fn find(doc: &Document) -> Vec<Timex> {
    let prep = Prepared::new(doc);
    find_prepared(doc, &prep, &prep.words())
}

/// [`find`] over the document's shared tokens and their lowercase texts
/// ([`Prepared::words`]).
pub fn find_prepared(doc: &Document, prep: &Prepared, words: &[&str]) -> Vec<Timex> {
    let tokens = &prep.tokens;
    // Each sentence's paragraph, counted so that a subheading (`The day of the shooting`;
    // [`crate::layout::SUBHEADING`]) shares the number of the paragraph it heads: it breaks
    // no story that runs across it. (And the number of subheadings and separator lines
    // before it, `---`, `PRICES`: they end a digest's item and its dateline.)
    let mut sent_para = Vec::with_capacity(doc.sentences.len());
    let (mut p, mut n, mut heads) = (0, 0, 0);
    for s in &doc.sentences {
        while p + 1 < doc.paragraphs.len() && doc.paragraphs.get(p).is_some_and(|q| q.end <= s.start) {
            if p > 0 && prep.layout.paragraph(p) & crate::layout::SUBHEADING != 0 {
                heads += 1;
            } else {
                n += 1;
            }
            p += 1;
        }
        let sub = prep.layout.paragraph(p) & crate::layout::SUBHEADING != 0;
        sent_para.push((n, heads, sub));
    }
    let mut state = State { doc: doc.date, focus: None, last_day: None, day_before: None, report_day: None, last_day_ahead: false, last_day_written: false, past_day: None, began: None, story: None, sent: 0, stamp: false, daily: false, heading_day: None, heading_heads: 0, subheading: false, heading: false, attributive: false, weekday_told: None, dateline: None, heads: 0, stated: None, told_late: None, iran: None, all: words, weekdays: 0, out: Vec::new() };
    for &(a, b) in &prep.sentence_tokens {
        let marks = prep.timex.get(a..b).unwrap_or(&[]);
        let Some(last) = marks.iter().rposition(|&m| m & ANCHOR != 0) else { continue };
        let s = tokens.get(a).map_or(0, |t| t.sentence);
        let (para, heads, sub) = sent_para.get(s).copied().unwrap_or((n, heads, false));
        state.sent = s;
        state.heads = heads;
        state.subheading = sub;
        let lex = prep.lex.get(a..b).unwrap_or(&[]);
        let (toks, words) = (tokens.get(a..b).unwrap_or(&[]), words.get(a..b).unwrap_or(&[]));
        state.sentence(&doc.text, toks, words, lex, para, marks.get(..=last).unwrap_or(&[]));
    }
    state.out
}

/// The byte spans around the dash inside number token `t` that joins two numbers
/// (`6-8`, `1984–85`): the end of the first and the start of the second.
fn inner_dash(text: &str, t: &Token) -> Option<(usize, usize)> {
    if t.kind != crate::tokens::TokenKind::Number || t.flags & (crate::tokens::HYPHEN | crate::tokens::NON_ASCII) == 0 {
        return None;
    }
    let w = text.get(t.span.start..t.span.end)?;
    let (i, c) = w.char_indices().find(|&(i, c)| i > 0 && matches!(c, '-' | '–' | '—'))?;
    let after = i + c.len_utf8();
    w[after..].starts_with(|c: char| c.is_ascii_digit()).then_some((t.span.start + i, t.span.start + after))
}

#[derive(Clone, Copy, Debug)]
struct Focus {
    point: Point,
    /// The first point of a range in focus (`point` is its last).
    from: Option<Point>,
    /// Set by a bound (`since June`), not a step of the narrative: later dates of the
    /// sentence are not placed near it.
    bound: bool,
    /// Set by a bound that compares and that the text tells nothing more of (`the worst
    /// unrest since 2019.`): a comparison, not a point of the story, so `three years earlier` counts from the
    /// story's present rather than from it.
    limit: bool,
    /// Set in a clause that tells background (a bound, a relative or a `where` clause):
    /// a weekday later in the sentence is not the day after it.
    aside: bool,
    para: usize,
    sent: usize,
    /// The year was counted from the document's (`last year`), not written.
    relative: bool,
    /// The year was stated or computed from a stated year (not guessed from the
    /// document date), so later bare months of the paragraph fall in it.
    year_explicit: bool,
    /// Set by a clause that looks ahead (`talks would begin on Thursday`): a part of a
    /// day told in the past is not of it.
    ahead: bool,
    /// Set by a year gone told in the present or the past perfect (`had been fined in
    /// 2021`; [`parse::Sent::flashback_frame`]): background to the story, whose year
    /// the bare days of later sentences do not take.
    flashback: bool,
}

impl Focus {
    /// Whether this focus gives its year to a date without one in paragraph `para`,
    /// sentence `sent`: a focus of that paragraph (of any, in a document without a date),
    /// unless it is a flashback told in another sentence.
    fn lends_year(&self, para: usize, sent: usize, undated: bool) -> bool {
        (self.para == para || undated) && !(self.flashback && self.sent != sent)
    }

    /// Whether a date without a year in paragraph `para` may go on with the story in
    /// focus: one whose year the text stated (not counted from the document's, no bound,
    /// no comparison) in the paragraph before; with `bounds`, also a bound's (`and by
    /// January 4 to Almaty`) in that paragraph or this one.
    fn story_goes_on(&self, para: usize, bounds: bool) -> bool {
        let stated = self.para + 1 == para && self.year_explicit && !self.bound;
        let bound = bounds && self.bound && (self.para + 1 == para || self.para == para);
        (stated || bound) && !self.relative && !self.limit && !self.flashback
    }
}

struct Resolved {
    kind: TimexType,
    value: String,
    precision: Option<Precision>,
    range_end: Option<String>,
    point: Option<Point>,
    /// A range's first point (`point` is its last): what `the day before` counts from.
    from: Option<Point>,
    explicit: bool,
    /// The value tells the evening or the night of the day at `point` (`…TEV`, `…TNI`).
    late: bool,
}

impl Resolved {
    /// The night of the day `self` names: a TIME value (`2022-01-04TNI`).
    fn night(self) -> Resolved {
        Resolved { kind: TimexType::Time, value: format!("{}TNI", self.value), late: true, ..self }
    }

    /// A date value; `None` for a point outside years 1..=9999.
    fn date(point: Point, explicit: bool) -> Option<Resolved> {
        let point = point.checked()?;
        Some(Resolved {
            kind: TimexType::Date,
            value: point.value(),
            precision: Some(point.precision()),
            range_end: None,
            point: Some(point),
            from: None,
            explicit,
            late: false,
        })
    }
    fn unresolved(value: String, precision: Precision) -> Resolved {
        Resolved { kind: TimexType::Date, value, precision: Some(precision), range_end: None, point: None, from: None, explicit: false, late: false }
    }
    fn other(kind: TimexType, value: String) -> Resolved {
        Resolved { kind, value, precision: None, range_end: None, point: None, from: None, explicit: false, late: false }
    }
}

struct State<'w> {
    doc: Option<NaiveDate>,
    focus: Option<Focus>,
    /// The last day spoken of, its paragraph and its sentence: clock times fall on it.
    last_day: Option<(NaiveDate, usize, usize)>,
    /// The last day spoken of before `last_day` in its sentence, when `last_day` lies more
    /// than a week before it (`… on Saturday, … since a mob attacked commuters on July
    /// 21`): an aside, after which clock times of later sentences go on with this day.
    day_before: Option<NaiveDate>,
    /// The day the report tells, named from the document's (`yesterday`, `this Thursday`
    /// in a Friday paper): a clock time of a later sentence falls on it rather than on a
    /// day before it named since (`refused the permit on Wednesday.` ¶ `Towards 15:00`).
    report_day: Option<NaiveDate>,
    /// `last_day` was named by its month and day (`On Friday 18 October the evasions
    /// turned into clashes`): the story's day, which the report's day does not displace.
    last_day_written: bool,
    /// `last_day` was named in a clause that looks ahead (`talks would begin on Thursday`).
    last_day_ahead: bool,
    /// The last day named in a clause that does not look ahead: what a clock time or a
    /// part of a day told in the past falls on when the last day named is ahead.
    past_day: Option<NaiveDate>,
    /// The last day the text said something began on (`walked out on 10 January`): what
    /// `the third day of the strike` counts from.
    began: Option<NaiveDate>,
    /// The last focus set by a step of the story (no bound): what `three years earlier`
    /// counts from after a bound that compares.
    story: Option<Focus>,
    /// The index of the sentence being read.
    sent: usize,
    /// The clock time being read stands alone on its line (a live page's entry, `16:40
    /// GMT`): it falls on the day of the last date line, else the document's.
    stamp: bool,
    /// The day of the last line that was only a date (`Saturday 9 July`).
    heading_day: Option<NaiveDate>,
    /// The count of subheadings before the line of [`State::heading_day`]: a weekday of
    /// another section is not read from it.
    heading_heads: usize,
    /// The sentence being read is a subheading's (its own line heads a section).
    subheading: bool,
    /// The span of the clock being read is one a rule keeps every day (`a curfew between
    /// 23:00 and 07:00`): its times have no date.
    daily: bool,
    /// The last focus whose year the text stated, a year before the document's, set by a
    /// step of the story (no bound, no comparison): what a later day of a flashback falls
    /// in ([`State::year_for`]).
    stated: Option<Focus>,
    /// The expression being read is its line's whole text (a heading): it counts from
    /// the document's date, not from the heading before.
    heading: bool,
    /// The day of the last dateline (`JAFFNA, Tuesday:`), its paragraph and the count of
    /// subheadings before it: the `today` of what follows it, as it was written that day.
    dateline: Option<(NaiveDate, usize, usize)>,
    /// The count of subheadings and separator lines before the sentence being read.
    heads: usize,
    /// The expression being read is a weekday before a noun (`after Friday prayers`):
    /// it may be the very day in focus (see [`State::day_after_sentence_day`]).
    attributive: bool,
    /// The day of the last expression that told its weekday with its date (`Friday 30
    /// September`): an attributive weekday of a later sentence may be that day.
    weekday_told: Option<NaiveDate>,
    /// The day whose evening or night the last expression told ([`Resolved::late`]):
    /// `By the morning` after it is the next day's.
    told_late: Option<Point>,
    /// Whether the document speaks of Iran (a word of [`lexicon::iran_word`] anywhere), read
    /// only once a holiday of Iran's alone needs it (`Student Day`).
    iran: Option<bool>,
    /// The lowercase text of every token of the document ([`Prepared::words`]).
    all: &'w [&'w str],
    /// The weekdays (bit `wd - 1`) written before a day in the expression being read
    /// ([`parse::Sent::told_weekdays`]): its day, without a year, is one of them.
    weekdays: u8,
    out: Vec<Timex>,
}

impl State<'_> {
    /// Reads the expressions of a sentence that start at its first `marks.len()` tokens,
    /// at those whose marks ([`Prepared::timex`]) have [`START`].
    fn sentence(&mut self, text: &str, toks: &[Token], words: &[&str], lex: &[u32], para: usize, marks: &[u8]) {
        let mut s = Sent { text, t: toks, words, lex, last_end: None };
        let mut i = 0;
        // The end of the last weekday set for something (`for Wednesday`), whose list
        // may go on.
        let mut set_for: Option<usize> = None;
        // The output index, unit and end of a run's day read before in this clause (`for a
        // third day`), which a day named after it in the clause fixes (`on Tuesday`).
        let mut run: Option<(usize, Unit, usize)> = None;
        // The output index and end of a year counted from the focus (`two years later`),
        // which a date with a written year set beside it after a comma fixes (`two years
        // later, in the summer of 2022`).
        let mut counted_year: Option<(usize, usize)> = None;
        // The end of the last expression read as a bound or background: one joined to it
        // by `and` (`who had donated money in 2020 and 2021`) is background too.
        let mut aside_end: Option<usize> = None;
        // The end of the last date read as one that names a thing (`the protests of
        // November 2019`): its gloss in brackets names it too.
        let mut names_end: Option<usize> = None;
        // The year of the day that opens the sentence before a comma (`On 5
        // October, the court sentenced Zhuk for a march in August 2020`): the sentence
        // tells that day, so a later date of another stated year is background.
        let mut fronted: Option<i32> = None;
        // The end of the last day read and whether it was a range of days: a span of the
        // clock after it and a colon (a table's row) is kept on that day (`Thursday 24
        // October: 22:00–04:00`), or on each day of the range (`Monday 21 to Wednesday 23
        // October: 20:00–06:00`).
        let mut row_day: Option<(usize, bool)> = None;
        // The end and the day of the last expression read, if it named a day.
        let mut told_day: Option<(usize, Point)> = None;
        // (From one token marked [`START`] to the next.)
        while let Some(k) = marks.get(i..).and_then(|m| m.iter().position(|&m| m & START != 0)) {
            i += k;
            let Some(x) = s.parse(i) else {
                i += 1;
                continue;
            };
            // (`Student Day` is Iran's 16 Azar only in a text about Iran: a student day
            // of elsewhere has another day)
            if matches!(x.expr, Expr::Holiday { h: Holiday::Fixed(12, 7), .. })
                && !words.iter().any(|w| lexicon::iran_word(w))
                && !*self.iran.get_or_insert_with(|| self.all.iter().any(|w| lexicon::iran_word(w)))
            {
                i = x.end.max(i + 1);
                continue;
            }
            let end = x.end.max(i + 1).min(toks.len());
            let start = x.start.min(end.saturating_sub(1));
            // (a day counted from another takes the tense of the other's clause: `a day
            // before the strike on 20 June`)
            let (ts, te) = match x.expr {
                Expr::Offset { at: (a, b), .. } if a < b && b <= toks.len() => (a, b),
                _ => (start, end),
            };
            let mut tense = s.tense_near(ts, te);
            // `called a general strike for Wednesday`: a bare weekday after `for` is the
            // day set for something (but `for Wednesday's protest` names a past one).
            // `A general strike was called for Tuesday` too: what was set is still ahead.
            // The days listed after it are set too: `for Wednesday and Thursday`.
            let listed = set_for == Some(start.wrapping_sub(1)) && matches!(s.low(start - 1), "and" | "or" | ",");
            if matches!(x.expr, Expr::Weekday { rel: Rel::Bare, .. })
                && (listed
                    || (tense != Tense::Past || start > 1 && lexicon::sets_a_day(s.low(start - 2)))
                        && start > 0
                        && s.low(start - 1) == "for")
                && !s.possessive(end)
            {
                tense = Tense::Future;
                set_for = Some(end);
            } else {
                set_for = None;
            }
            // A present tense looks ahead only at the day set for it (`falls on 2 July`,
            // `begins in July`), not at a bound behind (`the longest since 5 November`) or
            // a day named with another thing (`marks the anniversary of the 20 May raid`).
            // (nor in an AP style without `on`: `Talks resume Tuesday`, `expires Oct. 10`)
            if tense == Tense::Present && !(ts > 0 && (matches!(s.low(ts - 1), "on" | "in" | "from" | "until" | "till" | "by") || lexicon::present_cue(s.low(ts - 1)))) {
                tense = Tense::Unknown;
            }
            // `has been pushed back to November`, `postponed until 12 May`: the day a
            // thing was put off to, which lies in the document's year (and may lie ahead)
            if ts > 1 && matches!(s.low(ts - 1), "to" | "until" | "till") && (ts.saturating_sub(4)..ts - 1).any(|k| lexicon::puts_off(s.low(k))) {
                tense = Tense::Present;
            }
            // `have called for rallies over the weekend`: the coming one
            if matches!(x.expr, Expr::Weekend { rel: Rel::Bare } | Expr::Weekday { rel: Rel::Bare, .. })
                && tense == Tense::Unknown
                && s.calls_for_action(start)
            {
                tense = Tense::Future;
            }
            // `since the disputed 9 August election`: whatever the clause, a date behind
            if s.after_since(start) {
                tense = Tense::Past;
            }
            // `was extended until 5 a.m. on Friday`, `remanded in custody until Monday`: a
            // bare weekday that ends a stretch is the first one after the day in focus
            // (or the document's), which may lie ahead whatever the clause's tense
            if tense != Tense::Future && start > 0 && matches!(s.low(start - 1), "until" | "till" | "through") {
                let wd = match &x.expr {
                    Expr::Weekday { wd, rel: Rel::Bare } => Some(*wd),
                    // (`extended until Wednesday morning`)
                    Expr::PartOfDay { base, .. } => match **base {
                        Expr::Weekday { wd, rel: Rel::Bare } => Some(wd),
                        _ => None,
                    },
                    Expr::Time { day: Some(d), .. } => match **d {
                        Expr::Weekday { wd, rel: Rel::Bare } => Some(wd),
                        _ => None,
                    },
                    _ => None,
                };
                if wd.is_some_and(|wd| self.ends_ahead(wd, para)) {
                    tense = Tense::Future;
                }
            }
            // `released on bail until July 15`: a day without a year that ends a stretch
            // may lie in the coming weeks whatever the clause's tense
            if tense == Tense::Past && start > 0 && matches!(s.low(start - 1), "until" | "till" | "through") && matches!(x.expr, Expr::Cal { y: None, d: Some(_), .. }) {
                tense = Tense::Unknown;
            }
            // (a line that is only this expression, with a time zone or punctuation)
            let alone = s.opens_line(start) && (end..toks.len()).all(|k| s.punct_or_end(k) || lexicon::zone_word(s.low(k)));
            self.stamp = alone && x.expr.dayless_clock();
            // (or a timeline's entry: a day that opens its line before a colon or a dash,
            // `2 January: A rally over gas prices`, `Jan. 4 — Almaty joins in`)
            let entry = s.opens_line(start) && matches!(s.low(end), ":" | "—" | "–" | "-");
            self.heading = alone || entry;
            // (a weekday before a noun, `after Friday prayers`, `the Sunday march`)
            self.attributive = matches!(x.expr, Expr::Weekday { .. })
                && s.low(end).starts_with(|c: char| c.is_ascii_lowercase())
                && !matches!(s.low(end), "and" | "or" | "to" | "at" | "in" | "on" | "the" | "a" | "when" | "as" | "after" | "before" | "that" | "of" | "for" | "was" | "is");
            // (a span of the clock with no day that a rule keeps every day: `a curfew
            // between 23:00 and 07:00`, `may not leave his home between 22:00 and 06:00`,
            // `the 9 p.m. to 6 a.m. curfew`; `The curfew, announced on Wednesday, runs from 9
            // p.m. to 5 a.m.`, `from 23:00 to 07:00 instead of from 21:00 to 07:00`, `from 9
            // p.m. to 5 a.m. every night`)
            let before = |n: usize, rule: fn(&str) -> bool| (start.saturating_sub(n)..start).rev().take_while(|&k| !matches!(s.low(k), ";" | "." | "but")).any(|k| rule(s.low(k)));
            let row = row_day.filter(|&(e, _)| start == e + 1 && s.low(e) == ":").map(|(_, run)| run);
            self.daily = matches!(&x.expr, Expr::Range(a, b) if matches!((&**a, &**b), (Expr::Time { day: None, .. }, Expr::Time { day: None, .. })))
                && row.unwrap_or_else(|| before(8, lexicon::daily_rule) || before(20, |w| w == "curfew") || (end..end + 2).any(|k| s.low(k) == "curfew") || s.low(end) == "every")
                // (and a clock time of a daily habit: `pickets every day at 12.30 p.m.`)
                || x.expr.dayless_clock()
                    && start > 2
                    && s.low(start - 1) == "at"
                    && (s.low(start - 2) == "daily" || s.low(start - 2) == "day" && matches!(s.low(start - 3), "every" | "each"));
            row_day = match &x.expr {
                Expr::Range(a, _) if matches!(**a, Expr::Cal { d: Some(_), .. }) => Some((end, true)),
                Expr::Cal { d: Some(_), .. } => Some((end, false)),
                _ => None,
            };
            self.weekdays = if start + 1 < end { s.told_weekdays(start, end) } else { 0 };
            let mut resolved = self.resolve(&x.expr, para, tense);
            if let (true, Some(Point::Day(d))) = (self.weekdays != 0, resolved.as_ref().and_then(|r| r.point)) {
                self.weekday_told = Some(d);
            }
            self.weekdays = 0;
            // (`on 17 December, the day after the shooting`: the day set beside it)
            if let (Expr::AfterEvent { unit: Unit::Day, .. }, Some((e, p))) = (&x.expr, told_day) {
                if start == e + 1 && s.low(e) == "," && s.low(start) == "the" {
                    resolved = Resolved::date(p, true).or(resolved);
                }
            }
            // (`February 8, 2016, the first night of Lunar New Year`: a holiday told a few
            // words after a day of its own, in that day's year)
            if let (Expr::Holiday { h, y: None, rel: Rel::Bare, weekend: false }, Some((e, Point::Day(d)))) = (&x.expr, told_day) {
                let near = |hd: &NaiveDate| hd.signed_duration_since(d).num_days().abs() <= 3;
                if let Some(hd) = h.on(d.year()).filter(near).filter(|_| start <= e + 6) {
                    resolved = Resolved::date(Point::Day(hd), true).or(resolved);
                }
            }
            told_day = match resolved.as_ref().and_then(|r| r.point) {
                Some(p @ Point::Day(_)) => Some((end, p)),
                _ => None,
            };
            self.daily = false;
            self.stamp = false;
            self.heading = false;
            self.attributive = false;
            if let (Some(r), Some(a), Some(b)) = (resolved, toks.get(start), toks.get(end - 1)) {
                if let (true, Some(Point::Day(d))) = (alone || entry, r.point) {
                    self.heading_day = Some(d);
                    // (the section a subheading opens counts it)
                    self.heading_heads = self.heads + usize::from(self.subheading);
                }
                if let (true, Some(Point::Day(d))) = (s.dateline_at(start, end), r.point) {
                    self.dateline = Some((d, para, self.heads));
                }
                // (a range whose ends are joined by a word, `between 2012 and 2014`, `from 8
                // p.m. until 6 a.m.`, is two expressions, as TimeML marks them: the first keeps
                // the range, the second holds its end)
                // (and so is one whose ends a dash joins, `13–20 November 2024`, `the night of
                // 4–5 March`: `13` and `20 November 2024`; not one inside a token, `2011-2012`)
                // (and so is one whose ends a hyphen inside a number joins, `Oct. 6-8`,
                // `the night of 4-5 January`: `Oct. 6` and `8`)
                let split = match (&x.expr, &r.range_end) {
                    (Expr::Range(..) | Expr::PartOfDay { .. }, Some(_)) => {
                        match (start + 1..end - 1).find(|&k| matches!(s.low(k), "to" | "until" | "till" | "through" | "and" | "-" | "–" | "—")) {
                            Some(k) => toks.get(k - 1).zip(toks.get(k + 1)).map(|(p, q)| (p.span.end, q.span.start)),
                            None => toks.get(start..end).unwrap_or(&[]).iter().find_map(|t| inner_dash(text, t)),
                        }
                    }
                    _ => None,
                };
                // (a part of a day over a range is the first day's: its end is a plain day)
                let part = matches!(x.expr, Expr::PartOfDay { .. });
                match split {
                    Some((a_end, b_start)) => {
                        self.out.push(Timex {
                            span: Span::new(a.span.start, a_end),
                            kind: r.kind,
                            value: r.value.clone(),
                            precision: r.precision,
                            range_end: r.range_end.clone(),
                        });
                        self.out.push(Timex {
                            span: Span::new(b_start, b.span.end),
                            kind: if part { TimexType::Date } else { r.kind },
                            value: r.range_end.clone().unwrap_or_default(),
                            precision: r.precision,
                            range_end: None,
                        });
                    }
                    _ => {
                        // (a weekday and its date in brackets, `Friday (30 Aban)`, are two
                        // expressions of one day)
                        let glossed = end >= start + 4 && s.low(start + 1) == "(" && s.low(end - 1) == ")" && lexicon::weekday(s.low(start)).is_some();
                        // (and a date and its weekday in brackets, `17 December (Saturday)`)
                        let weekday_gloss = end >= start + 4 && s.low(end - 3) == "(" && s.low(end - 1) == ")" && lexicon::weekday(s.low(end - 2)).is_some();
                        if let (true, Some(g), Some(h)) = (glossed, toks.get(start + 2), end.checked_sub(2).and_then(|k| toks.get(k))) {
                            self.out.push(Timex { span: a.span, kind: r.kind, value: r.value.clone(), precision: r.precision, range_end: None });
                            self.out.push(Timex { span: Span::new(g.span.start, h.span.end), kind: r.kind, value: r.value, precision: r.precision, range_end: None });
                        } else if let (true, Some(g), Some(h)) = (weekday_gloss, end.checked_sub(4).and_then(|k| toks.get(k)), end.checked_sub(2).and_then(|k| toks.get(k))) {
                            self.out.push(Timex { span: Span::new(a.span.start, g.span.end), kind: r.kind, value: r.value.clone(), precision: r.precision, range_end: None });
                            self.out.push(Timex { span: h.span, kind: r.kind, value: r.value, precision: r.precision, range_end: None });
                        } else {
                            self.out.push(Timex {
                                span: Span::new(a.span.start, b.span.end),
                                kind: r.kind,
                                value: r.value,
                                precision: r.precision,
                                range_end: r.range_end.filter(|_| !part),
                            });
                        }
                    }
                }
                self.told_late = r.point.filter(|_| r.late);
                // `since 1994`, `until 2030`, `by March` bound a period rather than move the
                // narrative there, and relative clauses and brackets are background: they
                // anchor `ten years earlier` but lend no year to later bare months
                // (`since independence in 1948`, `since the war in 1999` too)
                // (`since the return to democracy in 1990` too)
                // (and `since the import ban last year`, `since the disputed election of 9
                // August`; not `since the mass protests of late 2022, when …`, which goes on
                // to tell that time)
                let of_told = || matches!((s.low(end), s.low(end + 1)), ("when", _) | (",", "when"));
                // (and `since the 1979 revolution`: a year that names the thing since
                // which)
                let since_in = start > 0
                    && (s.low(start - 1) == "in" || s.low(start - 1) == "of" && !of_told() || matches!(x.expr, Expr::Deictic { unit: Unit::Year, .. }))
                    && (start.saturating_sub(7)..start - 1).rev().take_while(|&k| !matches!(s.low(k), "," | ";" | "and" | "but")).any(|k| s.low(k) == "since")
                    || start > 1 && s.low(start - 2) == "since" && lexicon::determiner(s.low(start - 1)) && !of_told();
                // (`By January 4 they had reached Almaty`: a sentence that opens with `by`
                // tells where the story stands, so it moves the narrative.)
                // (`more protests than in the whole of 2020`: a comparison, which moves no
                // focus)
                // (not `Less than a week earlier`: a measure)
                let compared = (start.saturating_sub(5)..start.saturating_sub(1)).rev().take_while(|&k| !matches!(s.low(k), "," | ";")).any(|k| s.low(k) == "than");
                // (`the anniversary of the protests of November 2019`: a date after a noun
                // and `of` names a thing, which moves no focus; not `the events of August
                // 2020, when …`; nor does its gloss in brackets, `of Aban 1398 (November
                // 2019)`)
                let names = start > 1
                    && (s.low(start - 1) == "of" && s.lower_word(start - 2) && matches!(x.expr, Expr::Cal { y: Some(_), .. } | Expr::Persian { y: Some(_), .. }) && !of_told()
                        || s.low(start - 1) == "(" && names_end == Some(start - 1));
                names_end = names.then_some(end);
                // (a `By` that opens the sentence or a clause, `and by Friday, 18 October,
                // the metro had closed`, tells the story's next day, no bound)
                let opens_by = start > 0 && s.low(start - 1) == "by" && (start == 1 || matches!(s.low(start - 2), "and" | "but" | "," | ";"));
                let bound = (start > 0 && matches!(s.low(start - 1), "since" | "until" | "till" | "by" | "than" | "into") && !opens_by)
                    || since_in
                    || compared
                    || s.background(start)
                    // (`prices were up 57 percent from a year earlier`, `compared with a
                    // year earlier`: a comparison, no step of the story)
                    || matches!(x.expr, Expr::Anaphoric { .. }) && start > 0 && matches!(s.low(start - 1), "from" | "with")
                    // (`participants of the 2020 protests`: a year that names a thing, no
                    // step of the story; but `In the 1979 revolution, the monarchy fell in
                    // February` tells when)
                    // (nor `a recount of the August 9 vote`: a day that names a thing)
                    || matches!(x.expr, Expr::Cal { y: Some(_), m: None, .. } | Expr::Cal { m: Some(_), d: Some(_), .. })
                        && start > 0
                        && lexicon::determiner(s.low(start - 1))
                        && !(start > 1 && matches!(s.low(start - 2), "in" | "during" | "after" | "before" | "since" | "until" | "following" | "throughout" | "amid" | "by"))
                        && s.lower_word(end)
                    || start > 0 && aside_end == Some(start - 1) && matches!(s.low(start - 1), "and" | "or")
                    || names
                    || matches!(x.expr, Expr::Cal { y: Some(y), .. } if fronted.is_some_and(|f| f != y))
                    // (`announced that cuts would be extended from Wednesday. That evening,
                    // …`: a weekday still to come is no step of the story)
                    || tense == Tense::Future && matches!(x.expr, Expr::Weekday { rel: Rel::Bare, .. })
                    // (`He will be out, if they let him, in 2025`: a year still to come,
                    // told in a story of the past, is no step of it)
                    || tense == Tense::Future && matches!(x.expr, Expr::Cal { y: Some(_), m: None, .. }) && r.point.and_then(|p| p.year()).zip(self.doc).is_some_and(|(y, d)| y > d.year());
                if (start == 0 || start == 1 && matches!(s.low(0), "on" | "in")) && s.low(end) == "," {
                    fronted = r.point.filter(|p| p.precision() == Precision::Day).and_then(|p| p.year());
                }
                aside_end = bound.then_some(end);
                // (a bound that compares, `the worst unrest since 2019`, is no event of the
                // story; `ruled until 2019`, `has ruled since 2019` tell one)
                let limit = (since_in || start > 0 && matches!(s.low(start - 1), "since" | "than")) && s.compares(start);
                // (`the deadliest unrest since 2009, when millions took to the streets`: a
                // bound the text goes on to tell is a step of the story after all)
                let told = matches!((s.low(end), s.low(end + 1)), ("when", _) | (",", "when"));
                // (`last year`, `last March`, `last Easter`: a year counted from the
                // document's, not written)
                let relative = matches!(
                    x.expr,
                    Expr::Deictic { .. }
                        | Expr::MonthRel { .. }
                        | Expr::Holiday { y: None, rel: Rel::Last | Rel::Next | Rel::This, .. }
                        | Expr::Season { y: None, rel: Rel::Last | Rel::Next | Rel::This, .. }
                );
                // `rallied for a third day on Tuesday`: that day
                if let (Some((k, unit, e)), Some(Point::Day(d)), false) = (run, r.point, bound) {
                    let same_clause = !(e..start).any(|j| matches!(s.low(j), "," | ";" | ":"));
                    if let (true, Some(p), Some(t)) = (same_clause, Point::at(d, unit.gran()), self.out.get_mut(k)) {
                        t.value = if t.kind == TimexType::Time { format!("{}TNI", p.value()) } else { p.value() };
                    }
                }
                run = match x.expr {
                    Expr::NthOf { unit, run: true, .. } => Some((self.out.len() - 1, unit, end)),
                    _ => None,
                };
                // `two years later, in the summer of 2022`: the year the text sets beside it
                // (rare: read only when one was counted right before)
                if let Some((k, e)) = counted_year.take() {
                    let apposed = r.explicit
                        && start <= e + 3
                        && s.low(e) == ","
                        && (e + 1..start).all(|j| matches!(s.low(j), "in" | "on" | "the" | "during" | "by"));
                    if let (true, Some(y), Some(t)) = (apposed, r.point.and_then(|p| p.year()), self.out.get_mut(k)) {
                        t.value = y.to_string();
                    }
                }
                if matches!(x.expr, Expr::Anaphoric { unit: Unit::Year, .. }) && r.precision == Some(Precision::Year) {
                    counted_year = Some((self.out.len() - 1, end));
                }
                // `arrested 27 people after a march … on Sunday, authorities said on
                // Monday`: the day of the saying, after another date of the same
                // sentence, is no day of the story; the focus stays on the deed's.
                let said_after = s.last_end.is_some() && s.saying_date(start, end);
                // (`"Today they said yes, so we came again."`: the speaker's day, no step of
                // the story told around the quotation)
                let quoted_today = matches!(x.expr, Expr::Today { .. }) && s.quoted(start);
                // (`the anti-mask law that took effect on October 5`, `came into force in
                // May`: the day of a measure, no step of the story)
                let in_force = start > 2 && lexicon::measure_took_effect(s.low(start - 1), s.low(start - 2), s.low(start - 3));
                if let Some(point) = r.point.filter(|_| !compared && !said_after && !quoted_today && !names && !in_force) {
                    let aside = bound || s.in_where_clause(start);
                    // (a year gone told in the present or the past perfect, `He is
                    // accused over a comment he left in 2021`, `had been fined in 2021`, is
                    // background: it anchors `the previous year` but lends no year to the
                    // bare days the story goes on with, `On 24 May, the court …`)
                    // (only a year the expression writes or counts, not one a day takes
                    // from the story: `Less than a week earlier, on 12 November, students
                    // had fought police` stays in the story's year)
                    let year_told = matches!(x.expr, Expr::Anaphoric { unit: Unit::Year, .. }) || (start..end).any(|k| parse::year4(s.low(k)).is_some());
                    let flashback = r.explicit
                        && !bound
                        && year_told
                        && point.year().zip(self.doc).is_some_and(|(y, d)| y < d.year())
                        && s.flashback_frame(start, end)
                        // (and a date of its sentence that takes its year: `the previous
                        // year he had joined the August stoppage`)
                        || self.focus.is_some_and(|f| f.flashback && f.sent == self.sent && f.point.year() == point.year());
                    let before = self.focus.map(|f| (f.point, f.year_explicit));
                    self.set_focus(point, r.from, para, r.explicit && !bound, bound, aside);
                    if let Some(f) = self.focus.as_mut() {
                        if f.point == point {
                            f.flashback = flashback;
                            f.limit = limit && !told;
                            f.relative = relative;
                            f.ahead = tense == Tense::Future;
                        } else if before == Some((f.point, false)) && f.year_explicit {
                            // (a finer focus kept, whose year this expression states)
                            f.relative = relative;
                        }
                    }
                    if !bound {
                        self.story = self.focus;
                    }
                    // (a year written out in the expression: not one inferred from a
                    // weekday, `June 9, a Sunday`)
                    let written = (start..end).any(|k| parse::year4(s.low(k)).is_some());
                    // (only a year before the document's: `In a statement on 1 June 2020`
                    // in a report of November 2020 about November 2019 leaves the story's)
                    let gone = point.year().zip(self.doc).is_some_and(|(y, d)| y < d.year());
                    if let Some(f) = self.focus.filter(|f| written && gone && f.point == point && f.year_explicit && !f.bound && !f.relative && !f.limit && !f.flashback) {
                        self.stated = Some(f);
                    }
                    if let (Point::Day(d), false) = (point, bound) {
                        let before = self.last_day.filter(|&(_, _, s)| s == self.sent).map(|(l, ..)| l);
                        self.day_before = before.filter(|l| l.signed_duration_since(d).num_days() > 7);
                        if tense != Tense::Future && matches!(x.expr, Expr::Deictic { unit: Unit::Day, .. } | Expr::Today { .. } | Expr::Weekday { rel: Rel::This, .. }) && self.doc.is_some_and(|doc| d <= doc) {
                            self.report_day = Some(d);
                        }
                        // (or told again: `during the night`)
                        let again = self.last_day_written && self.last_day.is_some_and(|(l, ..)| l == d);
                        self.last_day = Some((d, para, self.sent));
                        self.last_day_written = again || matches!(x.expr, Expr::Cal { m: Some(_), d: Some(_), .. } | Expr::Dated { .. });
                        self.last_day_ahead = tense == Tense::Future;
                        if tense != Tense::Future {
                            self.past_day = Some(d);
                        }
                        if s.tells_start(start) {
                            self.began = Some(d);
                        }
                    }
                }
                s.last_end = Some(end);
            }
            i = end;
        }
    }

    /// The day `d` in the nearest earlier year in which it `fits` (its weekday), or a later
    /// one not after the document (any, `future`); the later when as near either way.
    fn fitting_year(&self, d: NaiveDate, fits: impl Fn(&NaiveDate) -> bool, future: bool) -> Option<NaiveDate> {
        let fits = |y: i32| date(y, d.month(), d.day()).filter(|c| fits(c));
        let ok = |c: &NaiveDate| future || self.doc.is_none_or(|doc| *c <= doc);
        let back = (1..=11).filter_map(|k| fits(d.year() - k)).find(|c| ok(c));
        let ahead = (1..=11).filter_map(|k| fits(d.year() + k)).find(|c| ok(c));
        match (back, ahead) {
            (Some(b), Some(a)) => Some(if d.year() - b.year() < a.year() - d.year() { b } else { a }),
            (b, a) => b.or(a),
        }
    }

    fn set_focus(&mut self, point: Point, from: Option<Point>, para: usize, explicit: bool, bound: bool, aside: bool) {
        if let Some(f) = &mut self.focus {
            // `In January 2022 … in 2022`: keep the finer focus the coarser one holds
            let coarser = point.precision() > f.point.precision();
            let holds = match (point, f.point.start()) {
                (Point::Year(y), Some(d)) => d.year() == y,
                (Point::Month(y, m), Some(d)) => d.year() == y && d.month() == m,
                // (`detained on 16 August 2020 … the largest rally of that summer`)
                (Point::Season(..) | Point::Quarter(..), Some(d)) => Point::at(d, point.precision()) == Some(point),
                _ => false,
            };
            if coarser && holds {
                f.para = para;
                f.sent = self.sent;
                f.year_explicit |= explicit;
                f.bound &= bound;
                f.aside &= aside;
                return;
            }
        }
        self.focus = Some(Focus { point, from, bound, limit: false, relative: false, aside, para, sent: self.sent, year_explicit: explicit, ahead: false, flashback: false });
    }

    /// The year of a month (and day) given without one: the focus year when a stated
    /// year is in focus in this paragraph, else the most recent such date not after
    /// the document date (the next one when the text speaks of the future).
    fn year_for(&self, m: u32, d: Option<u32>, para: usize, tense: Tense) -> Option<(i32, bool)> {
        let future = tense == Tense::Future;
        let near = |f: &Focus| f.sent == self.sent && (!f.bound || !future) && f.point.precision() <= Precision::Month;
        // (In the past or after a bound, only a day a few days from the one in focus:
        // `Less than a week earlier, on 12 November`.)
        if let Some(f) = self.focus.filter(|f| near(f)) {
            // `on 28 February, 1 March … and on 15 and 16 March`: the year that puts the
            // date nearest the one just named
            if let (Some(fs), Some(fy)) = (f.point.start(), f.point.year()) {
                let gap = |y: i32| date(y, m, d.unwrap_or(1)).map(|c| c.signed_duration_since(fs).num_days().abs());
                let best = [fy, fy - 1, fy + 1].into_iter().filter_map(|y| Some((gap(y)?, y))).min();
                // (a date half a year from it is no step of the same list: `rallied on
                // Sunday … after the 9 August election` read in February)
                // (nor a day ahead in a year gone: `froze prices after January 2022, the
                // freeze is due to end on 1 April`)
                let gone = |y: i32| future && self.doc.is_some_and(|d| y < d.year());
                if let Some((_, y)) = best.filter(|&(g, y)| g <= if tense == Tense::Past || f.bound { 10 } else { 100 } && !gone(y)) {
                    // (a bound's year came from the text: `Less than a week earlier`)
                    return Some((y, f.year_explicit || f.bound));
                }
            }
        }
        // (nor a schedule told in the present: `the anniversary of the 2009 end of the
        // war falls on May 18` is this year's)
        if let Some(f) = self.focus.filter(|_| !((future || tense == Tense::Present) && self.doc.is_some())) {
            if f.year_explicit && f.lends_year(para, self.sent, self.doc.is_none()) {
                // (`Late last year, workers struck. The curfew was lifted on Sept. 21.` in a
                // report of 28 September: a day of the weeks before the document, in a later
                // sentence than a year only counted from the document's, is of its year)
                if let (true, Some(d), Some(doc)) = (f.relative && f.sent != self.sent, d, self.doc) {
                    if date(doc.year(), m, d).is_some_and(|c| (0..=31).contains(&doc.signed_duration_since(c).num_days())) {
                        return Some((doc.year(), false));
                    }
                }
                // only a past year: a year ahead of the document (`a referendum in April
                // 2020`) is a plan, and in the document's own year the document date
                // decides better (`since June` in a January report)
                let ahead = |y: i32| self.doc.is_some_and(|d| y >= d.year());
                if let Some(fy) = f.point.year().filter(|&y| !ahead(y)) {
                    if f.point.precision() < Precision::Year {
                        if let (Some(fs), Some(c)) = (f.point.start(), date(fy, m, d.unwrap_or(1))) {
                            // `On 30 December 2021 … on 2 January`: the narrative moves on
                            if fs.signed_duration_since(c).num_days() > 300 {
                                return Some((fy.checked_add(1)?, true));
                            }
                        }
                    }
                    return Some((fy, true));
                }
            }
        }
        // `It began on January 2, 2022, … and by January 4 to Almaty.` then a new
        // paragraph `On the night of January 4-5, crowds stormed …`: a day told in the
        // past near the stated day in focus (a week before to a month after), in the next
        // paragraph, goes on with that story (in a report of 5 January 2023, not the day
        // before). (A bound's year before the document's came from the text too: `and by
        // January 4 to Almaty`.)
        // The same holds in the same paragraph after a stated day told as background
        // (`the protesters who occupied the campus on November 13, 2019, … By the evening
        // of November 17, police had surrounded it`), and for any day of the stated day's
        // month (`left the campus on November 29, 2019.` then `filmed on November 18`).
        // (And a month told in the past a few months after the stated day or month in
        // focus: `On 19 May 2014, workers downed tools.` ¶ `Dozens were dismissed in June.`
        // ¶ `In July, drivers in Zhanaozen stayed away`, in a report of September 2024.)
        if let (Some(f), None, Some(doc)) = (self.focus, d, self.doc) {
            let next_para = f.story_goes_on(para, false) && matches!(tense, Tense::Past | Tense::Unknown);
            if let (true, Some(fs), Some(fy)) = (next_para, f.point.start().filter(|_| f.point.precision() <= Precision::Month), f.point.year()) {
                // (a later month: the same one is more likely the story's own, `The January
                // protests` after `In January, the trial began`)
                if fy < doc.year() && (1..=3).contains(&(m as i32 - fs.month() as i32)) {
                    return Some((fy, true));
                }
            }
        }
        if let (Some(f), Some(d), Some(doc)) = (self.focus, d, self.doc) {
            // (or a heading's bare day, `16 December` over the day's account)
            let next_para = f.story_goes_on(para, true) && (tense == Tense::Past || self.heading && tense == Tense::Unknown);
            if let (true, Some(fs), Some(fy)) = (next_para, f.point.start().filter(|_| f.point.precision() <= Precision::Day), f.point.year()) {
                if fy < doc.year() && date(fy, m, d).is_some_and(|c| c.month() == fs.month() || (-7..=31).contains(&c.signed_duration_since(fs).num_days())) {
                    return Some((fy, true));
                }
            }
            // (`the second half of 2019` then `On 17 November, police surrounded the
            // campus`: a day of the stated period in focus; of a month, or of the month
            // after it: `in August we still thought …` ¶ `On 12 September, police moved in`.)
            if let (true, Some(fy)) = (next_para && matches!(f.point.precision(), Precision::Month | Precision::Season | Precision::Quarter), f.point.year()) {
                let month_after = |c: NaiveDate| {
                    f.point.precision() == Precision::Month && f.point.start().is_some_and(|fs| (0..62).contains(&c.signed_duration_since(fs).num_days()))
                };
                if fy < doc.year() && date(fy, m, d).is_some_and(|c| f.point.holds(c) || month_after(c)) {
                    return Some((fy, true));
                }
            }
        }
        // `On the morning of 17 August 2020 … ¶ … ¶ On 26 August, police came`: in a
        // report of 9 August 2024, a day told in the past that has not yet come in the
        // document's year would fall a year back, which a story seldom leaves unsaid; a
        // stated year in focus (of any earlier paragraph) whose day lies shortly before it
        // goes on with that story instead
        if let (Some(d), Some(doc), Some(fs), Some(fy)) = (d, self.doc, self.stated.and_then(|f| f.point.start()), self.stated.and_then(|f| f.point.year())) {
            let gap = date(fy, m, d).map(|c| c.signed_duration_since(fs).num_days());
            // (the document's own day too: an anniversary piece names today by its
            // weekday, and `on the evening of 19 October` in its story is the story's)
            let not_yet = (m, d) >= (doc.month(), doc.day());
            // (a year inferred, which lends itself to no later month: `The vote, first
            // set for April, was postponed` after `On November 15` stays ahead of it)
            if not_yet && tense == Tense::Past && fy < doc.year() && gap.is_some_and(|g| (-7..=92).contains(&g)) {
                return Some((fy, false));
            }
            // A piece written on the anniversary of the stated story (whose day lies a
            // year or more before, in the week around the same date) names the story's
            // days around the document's own without a year: in the past, or on a line
            // without a verb (a table's row `Shiraz ..... 17 ..... 16 November`), a day
            // from the day before the document's (which news would call `yesterday`) to
            // three after is the story's. (One ahead told in another tense is announced:
            // `a vigil on 18 November`.)
            let around = date(doc.year(), m, d).is_some_and(|c| (-1..=3).contains(&c.signed_duration_since(doc).num_days()));
            let anniversary = fy < doc.year() && gap.is_some_and(|g| (-7..=10).contains(&g));
            if around && anniversary && matches!(tense, Tense::Past | Tense::Unknown) {
                return Some((fy, false));
            }
        }
        let doc = self.doc?;
        let (dy, dm, dd) = (doc.year(), doc.month(), doc.day());
        let y = match d {
            None if future => if m >= dm { dy } else { dy + 1 },
            // next month is more often meant than the same month a year ago
            None if tense == Tense::Unknown && (m + 12 - dm) % 12 == 1 => if m > dm { dy } else { dy + 1 },
            // `the congress begins in July`: within the document's year
            None if tense == Tense::Present => dy,
            None => if m <= dm { dy } else { dy - 1 },
            // (but a day in the week just gone was the one planned, not the same day a
            // year on: `A planned walkout on 18 December was called off on Friday`)
            Some(d) if future => {
                let just_gone = date(dy, m, d).is_some_and(|c| (1..=7).contains(&doc.signed_duration_since(c).num_days()));
                if (m, d) >= (dm, dd) || just_gone { dy } else { dy + 1 }
            }
            Some(d) => {
                // a date in the coming weeks is the coming one unless the clause is past
                let days = |c: NaiveDate| c.signed_duration_since(doc).num_days();
                // (a present tense of a scheduled happening looks over the coming year)
                let window = match tense {
                    Tense::Past => 0,
                    Tense::Present => 366,
                    _ => 60,
                };
                let soon = date(dy, m, d).is_some_and(|c| days(c) <= window);
                if (m, d) <= (dm, dd) || soon { dy } else { dy - 1 }
            }
        };
        Some((y, false))
    }

    /// The year under discussion: the focus year in this paragraph, else the document's.
    fn context_year(&self, para: usize) -> Option<(i32, bool)> {
        if let Some(f) = self.focus {
            if f.lends_year(para, self.sent, self.doc.is_none()) {
                if let Some(y) = f.point.year() {
                    return Some((y, f.year_explicit));
                }
            }
        }
        self.doc.map(|d| (d.year(), false))
    }

    fn spec_year(&self, y: YearSpec, para: usize) -> Option<(i32, bool)> {
        match y {
            YearSpec::Explicit(y) => Some((y, true)),
            YearSpec::Deictic(n) => {
                let doc = self.doc?;
                Some((doc.year().checked_add(i32::try_from(n).ok()?)?, true))
            }
            YearSpec::Context => self.context_year(para),
            YearSpec::Focus(n) => {
                // (`that summer` after a sentence's flashback, `what had been promised
                // in 2008`: the summer of the story's stated year)
                let focus = match (self.focus, self.stated) {
                    (Some(f), Some(st)) if n == 0 && f.flashback && f.sent != self.sent => Some(st),
                    (f, _) => f,
                };
                let (y, explicit) = match focus.and_then(|f| Some((f.point.year()?, f.year_explicit))) {
                    Some(x) => x,
                    None => (self.doc?.year(), false),
                };
                Some((y.checked_add(i32::try_from(n).ok()?)?, explicit))
            }
        }
    }

    fn resolve(&self, e: &Expr, para: usize, tense: Tense) -> Option<Resolved> {
        let future = tense == Tense::Future;
        Some(match e {
            Expr::Cal { y, m, d } => match (*y, *m, *d) {
                (Some(y), None, _) => Resolved::date(Point::Year(y).checked()?, true)?,
                (Some(y), Some(m), None) => Resolved::date(Point::Month(y, m).checked()?, true)?,
                (Some(y), Some(m), Some(d)) => Resolved::date(Point::Day(date(y, m, d)?), true)?,
                (None, Some(m), d) => {
                    if !(1..=12).contains(&m) || d.is_some_and(|d| !day_fits_month(m, d)) {
                        return None;
                    }
                    match self.year_for(m, d, para, tense) {
                        Some((y, explicit)) => {
                            let p = match d {
                                // (`Sunday 11 August` in a report of 2020 about 2019: the
                                // year in which the day is that weekday)
                                Some(d) if self.weekdays != 0 => {
                                    let c = date(y, m, d)?;
                                    let told = |c: &NaiveDate| self.weekdays & (1 << c.weekday().num_days_from_monday()) != 0;
                                    match self.fitting_year(c, told, future).filter(|_| !told(&c)) {
                                        Some(f) => return Resolved::date(Point::Day(f), true),
                                        None => Point::Day(c),
                                    }
                                }
                                Some(d) => Point::Day(date(y, m, d)?),
                                None => Point::Month(y, m).checked()?,
                            };
                            Resolved::date(p, explicit)?
                        }
                        None => Resolved::unresolved(partial(m, d), if d.is_some() { Precision::Day } else { Precision::Month }),
                    }
                }
                _ => return None,
            },
            Expr::ShortYear(yy) => {
                // (with no document's date, the years before 2000 from `'30` on)
                let now = self.doc.map_or(2029, |d| d.year());
                Resolved::date(Point::Year(now - (now - yy).rem_euclid(100)).checked()?, true)?
            }
            Expr::CalIn { m, d, y } => {
                if d.is_some_and(|d| !day_fits_month(*m, d)) {
                    return None;
                }
                match self.spec_year(*y, para) {
                    Some((y, explicit)) => {
                        let p = match d {
                            Some(d) => Point::Day(date(y, *m, *d)?),
                            None => Point::Month(y, *m).checked()?,
                        };
                        Resolved::date(p, explicit)?
                    }
                    None => Resolved::unresolved(partial(*m, *d), if d.is_some() { Precision::Day } else { Precision::Month }),
                }
            }
            Expr::DayOfMonth(d) => self.day_of_month(*d, para, tense)?,
            Expr::Persian { y, m, d } => self.persian(*y, *m, *d, para, tense)?,
            Expr::Dated { wd, base } => {
                let r = self.resolve(base, para, tense)?;
                let (Some(Point::Day(d)), Some(want)) = (r.point, value::weekday(*wd)) else { return Some(r) };
                if d.weekday() == want {
                    return Some(r);
                }
                // (`It was June 9, a Sunday` in a story of June 2021 about 2019: the nearest
                // earlier year whose June 9 is a Sunday, or a later one not after the
                // document, or ahead when the text speaks of the future)
                match self.fitting_year(d, |c| c.weekday() == want, future) {
                    Some(c) => Resolved::date(Point::Day(c), true)?,
                    None => r,
                }
            }
            Expr::Offset { base, unit, n, .. } => {
                let r = self.resolve(base, para, tense)?;
                // (from a day, a day: `a week after 20 September` is 27 September)
                match r.point {
                    Some(Point::Day(d)) if unit.gran() > Precision::Day => Resolved::date(Point::Day(value::add(d, *unit, *n)?), r.explicit)?,
                    Some(p) => Resolved::date(p.shift(*unit, *n)?, r.explicit)?,
                    None => Resolved::unresolved(unit.unresolved().into(), unit.gran()),
                }
            }
            Expr::NthOf { unit, n, story, run, night } => {
                // Counted from the day the event began when the text told it, for an event
                // of the story (`walked out on 10 January … on the third day of the
                // strike` is 12 January; not `the 40th day after her death`; not
                // after the document's day unless the clause looks ahead); else the day
                // this sentence named with it (`on Tuesday, the third day of the strike`);
                // else a day (week, month) whose date the text does not fix, TimeML's
                // `XXXX-XX-XX` (`XXXX-WXX`, `XXXX-XX`): the count alone fixes none.
                let gran = unit.gran();
                // (a run's day falls on or after the last day the story told: `classes were
                // suspended for a second day` long after `began on October 7` is no 8 October)
                let counted = self
                    .began
                    .filter(|_| *story)
                    .and_then(|b| value::add(b, *unit, n - 1))
                    .filter(|d| future || self.doc.is_none_or(|doc| *d <= doc))
                    .filter(|d| !*run || self.last_day.is_none_or(|(l, ..)| *d >= l));
                let named = match self.focus {
                    Some(Focus { point: Point::Day(d), sent, bound: false, .. }) if sent == self.sent && Some(d) != self.began => Some(d),
                    _ => None,
                };
                // (a run told on its day, `rallied for a fourth day`, without either: the
                // day in focus in this paragraph, else the document's; neither moves the
                // focus, which was no step of the story)
                // (a night not over when the document was written is the one before it; a
                // coarser focus of the paragraph that does not hold the document's day, `In
                // 2011, workers struck for a third month`, fixes none)
                let reported = || match self.focus {
                    Some(Focus { point: Point::Day(d), para: fp, bound: false, .. }) if fp == para => Some(d),
                    Some(Focus { point, para: fp, bound: false, .. }) if fp == para && self.doc.and_then(|d| Point::at(d, point.precision())) != Some(point) => None,
                    _ if *night => self.doc?.pred_opt(),
                    _ => self.doc,
                };
                let r = match named.or(counted).and_then(|d| Point::at(d, gran)) {
                    Some(p) => Resolved::date(p, false)?,
                    None => match reported().filter(|_| *run).and_then(|d| Point::at(d, gran)) {
                        Some(p) => Resolved { point: None, ..Resolved::date(p, false)? },
                        None => Resolved::unresolved(unit.unresolved().into(), gran),
                    },
                };
                if *night {
                    r.night()
                } else {
                    r
                }
            }
            Expr::AfterEvent { unit, n, dur } => {
                // `Protests erupted in January 2022. A year after the unrest began, …`: a
                // day, month or year of the story in focus (set in an earlier sentence of
                // this or the previous paragraph, no bound, at least as fine as the unit)
                // moved on, at its own precision (2023-01); not past the document's date.
                // Without one, the length (`P1Y`). So back for `a week before the strike`.
                // A clause that looks ahead lands on the document's date or after it (`The
                // ballot is on 5 October. A week before the ballot, members will meet`; but
                // not a week before a strike in focus that is over).
                let f = self.focus.filter(|f| {
                    !f.bound
                        && f.sent != self.sent
                        && (f.para == para || f.para + 1 == para)
                        && matches!(f.point, Point::Day(_) | Point::Month(..) | Point::Year(_))
                        && f.point.precision() <= unit.gran()
                });
                let p = f
                    .and_then(|f| Point::at(value::add(f.point.start()?, *unit, *n)?, f.point.precision()))
                    .filter(|p| {
                        self.doc.is_none_or(|doc| match (p.start(), future) {
                            (Some(s), false) => s <= doc,
                            (Some(s), true) => Point::at(doc, p.precision()).and_then(|d| d.start()).is_some_and(|d| s >= d),
                            (None, _) => false,
                        })
                    });
                // (the focus stays on the event: `A month after the protests` next counts
                // from it too)
                match p {
                    Some(p) => Resolved { point: None, ..Resolved::date(p, f.is_some_and(|f| f.year_explicit))? },
                    None => Resolved::other(TimexType::Duration, dur.clone()),
                }
            }
            Expr::Decade(d) => Resolved::date(Point::Decade(*d).checked()?, false)?,
            Expr::Century(c) => Resolved::date(Point::Century(*c).checked()?, false)?,
            Expr::Season { s, y, rel } => self.season(*s, *y, *rel, para, future)?,
            Expr::Quarter { q, y } => match self.spec_year(*y, para) {
                Some((y, ex)) => Resolved::date(Point::Quarter(y, *q).checked()?, ex)?,
                None => Resolved::unresolved(format!("XXXX-Q{q}"), Precision::Quarter),
            },
            Expr::Half { h, y } => match self.spec_year(*y, para) {
                Some((y, ex)) => Resolved::date(Point::Half(y, *h).checked()?, ex)?,
                None => Resolved::unresolved(format!("XXXX-H{h}"), Precision::Quarter),
            },
            // (`The strike begins on Monday`: a schedule in the present looks ahead too)
            Expr::Weekday { wd, rel } => self.weekday(*wd, *rel, para, future || tense == Tense::Present)?,
            Expr::WeekdayOfWeek { wd, n } => {
                let Some(doc) = self.doc else {
                    return Some(Resolved::unresolved(format!("XXXX-WXX-{wd}"), Precision::Day));
                };
                let monday = value::weekday_on_or_before(doc, Weekday::Mon)?;
                let day = value::add_days(monday, 7 * n + i64::from(*wd) - 1)?;
                Resolved::date(Point::Day(day), false)?
            }
            Expr::MonthRel { m, rel } => {
                let Some(doc) = self.doc else {
                    return Some(Resolved::unresolved(partial(*m, None), Precision::Month));
                };
                let (dy, dm) = (doc.year(), doc.month());
                let y = match rel {
                    // (`that October`: of the year in focus in this paragraph when the text
                    // named it, else the last one before the document's month)
                    // (`the morning of 17 August 2020 … ¶ That August, …`: the month of a
                    // stated day or month in focus, of any earlier paragraph)
                    Rel::Before => match self.context_year(para) {
                        _ if self.focus.is_some_and(|f| f.year_explicit && f.point.start().is_some_and(|s| s.month() == *m) && f.point.precision() <= Precision::Month) => {
                            self.focus.and_then(|f| f.point.year()).unwrap_or(dy)
                        }
                        Some((y, true)) => y,
                        _ => if *m < dm { dy } else { dy - 1 },
                    },
                    Rel::Last => if *m < dm { dy } else { dy - 1 },
                    Rel::Next | Rel::After => if *m > dm { dy } else { dy + 1 },
                    Rel::This | Rel::Bare => dy,
                };
                Resolved::date(Point::Month(y, *m).checked()?, true)?
            }
            Expr::WeekendOf(e) => {
                let r = self.resolve(e, para, tense)?;
                match r.from.or(r.point).and_then(|p| p.start()) {
                    Some(d) => Resolved::date(Point::Weekend(d), r.explicit)?,
                    None => Resolved::unresolved("XXXX-WXX-WE".into(), Precision::Week),
                }
            }
            Expr::Holiday { h, y, rel, weekend } => self.holiday(*h, *y, *rel, *weekend, para, tense)?,
            Expr::Weekend { rel } => {
                let Some(doc) = self.doc else {
                    return Some(Resolved::unresolved("XXXX-WXX-WE".into(), Precision::Week));
                };
                // `the following weekend`, `the previous weekend`: from the day in focus
                let anchor = match self.focus {
                    Some(Focus { point: Point::Day(d), .. }) => d,
                    // (a weekend's point may be any day of its week: its Saturday)
                    Some(Focus { point: Point::Weekend(d), .. }) => value::weekday_on_or_after(d, Weekday::Sun).and_then(|s| s.pred_opt())?,
                    _ => doc,
                };
                let d = match rel {
                    Rel::Last => value::add(doc, Unit::Week, -1)?,
                    Rel::This => doc,
                    Rel::Next => value::add(doc, Unit::Week, 1)?,
                    Rel::After => value::weekday_on_or_after(anchor.succ_opt()?, Weekday::Sat)?,
                    // (from a Sunday, the weekend before its own)
                    Rel::Before => value::weekday_on_or_before(value::add(anchor, Unit::Day, -2)?, Weekday::Sat)?,
                    Rel::Bare if future => value::weekday_on_or_after(doc, Weekday::Sat)?,
                    Rel::Bare => value::weekday_on_or_before(doc, Weekday::Sat)?,
                };
                Resolved::date(Point::Weekend(d), false)?
            }
            Expr::Deictic { unit, n } => {
                let Some(doc) = self.doc else {
                    return Some(Resolved::unresolved(unit.unresolved().into(), unit.gran()));
                };
                // (`JAFFNA, Tuesday: … gathered this morning`: under a dateline, days count
                // from the dateline's)
                let doc = if *unit == Unit::Day { self.dateline_day(para).unwrap_or(doc) } else { doc };
                let gran = match unit {
                    Unit::Decade => Precision::Decade,
                    Unit::Century => Precision::Century,
                    u => u.gran(),
                };
                let p = Point::at(value::add(doc, *unit, *n)?, gran)?;
                Resolved::date(p, gran >= Precision::Year)?
            }
            Expr::Anaphoric { unit, n } => {
                // (`the worst unrest since 2019. Three years earlier, …`: a bound that
                // compares is no step of the story; a week or more counts from the story's
                // focus (of this or the previous paragraph), else from the document's date)
                let focus = match self.focus {
                    Some(f) if f.limit && unit.gran() > Precision::Day => {
                        self.story.filter(|s| s.para == para || s.para + 1 == para).or(self.doc.map(|d| Focus { point: Point::Day(d), from: None, limit: false, relative: false, ..f }))
                    }
                    f => f,
                };
                // (`talks would begin on Thursday. … put on standby in the afternoon`: a
                // day told in the past is not the day ahead in focus but the last day told
                // without looking ahead)
                let focus = match focus {
                    Some(f) if f.ahead && tense == Tense::Past && unit.gran() == Precision::Day => {
                        self.past_day.map(|d| Focus { point: Point::Day(d), from: None, ahead: false, ..f })
                    }
                    f => f,
                };
                // `from 5 to 9 March … the day before`: before the range's start
                let anchor = focus.map(|f| if *n < 0 { f.from.unwrap_or(f.point) } else { f.point }).or(self.doc.map(Point::Day));
                // `Sunday … By the end of the month … The previous evening`: a day counts
                // from the last day spoken of (in this or the previous paragraph) rather
                // than from a month in focus (`In January 2022 … The following day` keeps
                // the month: no day was named)
                // (and so does a day after a bound in focus: `occupied since 9 April. By
                // nightfall, …` is the night of the day the story tells)
                let bound = self.focus.is_some_and(|f| f.bound) && unit.gran() == Precision::Day;
                // (a day ahead of the document, `will join from April 18 through 22`, is no
                // day the story told: the document's own then)
                let told = |d: &NaiveDate| self.doc.is_none_or(|doc| *d <= doc);
                // (but not a day of the previous paragraph when this one has set a month
                // or a year since: `… that day. ¶ In January 2022, prices doubled. The
                // following day, …` counts from January 2022)
                let newer_focus = self.focus.is_some_and(|f| self.last_day.is_some_and(|(_, p, _)| p < f.para));
                let day = if bound {
                    self.last_day.map(|(d, ..)| d).filter(told).or(self.doc)
                } else {
                    self.told_day(para, tense).filter(|_| !newer_focus)
                };
                // (`The party was banned in 2019. ¶ Earlier in the day, police …`: a day
                // counted in a paragraph that named none of its own, after a year or a
                // month set in an earlier one, is of the story's day, the document's —
                // not of the background date carried over)
                let stale = unit.gran() == Precision::Day && self.focus.is_some_and(|f| f.para < para && f.point.precision() > Precision::Day);
                let anchor = match (anchor, day) {
                    (Some(a), Some(d)) if unit.gran() == Precision::Day && (bound || a.precision() > Precision::Day) => Some(Point::Day(d)),
                    (_, None) if stale && self.doc.is_some() => self.doc.map(Point::Day),
                    (a, _) => a,
                };
                let Some(anchor) = anchor else {
                    return Some(Resolved::unresolved(unit.unresolved().into(), unit.gran()));
                };
                // (`Ten years on, no justice` in a headline, `A year later, …` before any
                // date: with nothing told yet, a step of a month or more forward from the
                // document's own day would pass it; the step ends in the document's year
                // (month), the text's present)
                let from_doc = self.focus.is_none() && unit.gran() > Precision::Day && Some(anchor) == self.doc.map(Point::Day);
                // (which moves no focus: it is no step of the story)
                if let Some(doc) = self.doc.filter(|_| from_doc && *n > 0 && !future) {
                    return Some(Resolved { point: None, ..Resolved::date(Point::at(doc, unit.gran())?, true)? });
                }
                let p = anchor.shift(*unit, *n)?;
                let explicit = unit.gran() >= Precision::Year || self.focus.is_some_and(|f| f.year_explicit);
                Resolved::date(p, explicit)?
            }
            Expr::WeeksLater { n } => {
                // Counted from a day told, a day: `detained on 3 March … a week later` is 10
                // March. (The same anchor gives both readings when the week holds the day
                // counted; else a week, month or year was in focus: its reading stands.)
                let weeks = self.resolve(&Expr::Anaphoric { unit: Unit::Week, n: *n }, para, tense)?;
                let days = n.checked_mul(7).and_then(|n| self.resolve(&Expr::Anaphoric { unit: Unit::Day, n }, para, tense));
                match (weeks.point, days) {
                    (Some(Point::Week(w)), Some(d)) if d.point == Some(Point::Day(w)) => d,
                    _ => weeks,
                }
            }
            Expr::Part { unit, early } => {
                let unit = *unit;
                if self.part_of_focus(unit, *early, tense) {
                    self.resolve(&Expr::Anaphoric { unit, n: 0 }, para, tense)?
                } else {
                    self.resolve(&Expr::Deictic { unit, n: 0 }, para, tense)?
                }
            }
            Expr::Today { present } => match self.dateline_day(para).or(self.doc) {
                Some(doc) if !present => Resolved::date(Point::Day(doc), false)?,
                _ => Resolved::other(TimexType::Date, "PRESENT_REF".into()),
            },
            Expr::Ref(v) => Resolved::other(TimexType::Date, (*v).into()),
            Expr::Duration(v) => Resolved::other(TimexType::Duration, v.clone()),
            Expr::Set(v) => Resolved::other(TimexType::Set, v.clone()),
            // (a clock time of a daily habit has no date: see [`State::daily`])
            // (`midday`'s day, [`Expr::ClockDay`]: none of a daily habit's; a stamp's
            // moves the focus, see [`Expr::Time`] below)
            Expr::ClockDay => match self.time_day(para, tense).filter(|_| !self.daily) {
                Some(d) => Resolved { point: Some(Point::Day(d)).filter(|_| self.stamp), ..Resolved::date(Point::Day(d), false)? },
                None => Resolved::unresolved("XXXX-XX-XX".into(), Precision::Day),
            },
            Expr::Time { h, min, day: None } if self.daily => Resolved::other(TimexType::Time, format!("XXXX-XX-XXT{h:02}:{min:02}")),
            Expr::Time { h, min, day } => {
                let (value, d) = self.clock(*h, *min, day.as_deref(), None, para, tense)?;
                Resolved {
                    kind: TimexType::Time,
                    value,
                    precision: Some(Precision::Day),
                    range_end: None,
                    // a day named with the time moves the focus there, and so does a
                    // live page's entry line (to its day)
                    point: d.filter(|_| day.is_some() || self.stamp).map(Point::Day),
                    from: None,
                    explicit: false,
                    late: false,
                }
            }
            Expr::PartOfDay { base, code } => {
                let mut r = self.resolve(base, para, tense)?;
                if r.kind != TimexType::Date {
                    return None;
                }
                // (a part of a day with no day told of: `In January 2022, … That night,
                // police …` is a night of that month, the month's value; `Talks resumed in
                // the early morning` after `last spring` is the document's, not `2023-SPTMO`)
                match r.point.map(|p| p.precision()) {
                    Some(Precision::Day) | None => {}
                    _ if !matches!(**base, Expr::Anaphoric { .. }) => {}
                    Some(Precision::Week | Precision::Month) => return Some(r),
                    Some(_) => r = Resolved::date(Point::Day(self.doc?), false)?,
                }
                // (`on Sunday evening. By the morning, …`: the morning after the evening or
                // night just told)
                if *code == "MO" && matches!(**base, Expr::Anaphoric { .. }) && tense != Tense::Future {
                    if let Some(Point::Day(d)) = r.point.filter(|&p| self.told_late == Some(p)) {
                        r = Resolved::date(Point::Day(d.succ_opt()?), r.explicit)?;
                    }
                }
                // (`the night of 4-5 January` is one night, the first day's: no range,
                // and `the next morning` is the 5th)
                // (the range's end stays for the output, which splits `the night of 4–5
                // March` into `the night of 4` and `5 March`)
                let point = r.from.or(r.point);
                Resolved { kind: TimexType::Time, value: format!("{}T{code}", r.value), precision: Some(Precision::Day), point, from: None, late: matches!(*code, "EV" | "NI"), ..r }
            }
            Expr::Overnight => {
                // (a night not yet over when the document was written is the one before it)
                let before_doc = |d: NaiveDate| self.doc.is_none_or(|doc| d < doc);
                // (nor the day a bound names: `detained since Sunday. Most were released
                // overnight`)
                // (a night still ahead, `observers would stay overnight`, is the document's)
                let d = match self.focus_day(para).filter(|&d| before_doc(d) && !self.focus.is_some_and(|f| f.bound)) {
                    _ if tense == Tense::Future => self.doc?,
                    Some(d) => d,
                    None => self.doc?.pred_opt()?,
                };
                Resolved::date(Point::Day(d), false)?.night()
            }
            Expr::Range(a, b) => {
                let ra = self.resolve(a, para, tense)?;
                if let (Expr::Time { h: h1, min: m1, day: d1 }, Expr::Time { h: h2, min: m2, day: d2 }) = (a.as_ref(), b.as_ref()) {
                    // `from noon until 5 a.m. on Thursday`: both ends on the day named;
                    // a clock range ending before it starts ends the next day
                    let overnight = (h2, m2) <= (h1, m1);
                    if self.daily && d1.is_none() && d2.is_none() {
                        let at = |h: u32, m: u32| format!("XXXX-XX-XXT{h:02}:{m:02}");
                        return Some(Resolved { value: at(*h1, *m1), range_end: Some(at(*h2, *m2)), point: None, from: None, ..ra });
                    }
                    let (start, end) = if d1.is_none() && d2.is_some() {
                        // the day belongs to the end: `until 5 a.m. on Thursday`
                        let (end, last) = self.clock(*h2, *m2, d2.as_deref(), None, para, tense)?;
                        let first = last.and_then(|d| if overnight { d.pred_opt() } else { Some(d) });
                        let (start, _) = self.clock(*h1, *m1, None, first, para, tense)?;
                        (start, end)
                    } else {
                        // (each end on its own day when both name one: `from 6 p.m. on 24
                        // December until 6 a.m. on 27 December`)
                        let (start, first) = self.clock(*h1, *m1, d1.as_deref(), None, para, tense)?;
                        // (an end on a bare weekday is the first such day from the start:
                        // `from 6am on Monday 9 May until 23:59 on Wednesday` is 11 May)
                        let on_weekday = match (d2.as_deref(), first) {
                            (Some(Expr::Weekday { wd, rel: Rel::Bare }), Some(f)) => value::weekday(*wd).and_then(|w| value::weekday_on_or_after(f, w)),
                            _ => None,
                        };
                        let last = first.and_then(|d| if overnight { d.succ_opt() } else { Some(d) }).filter(|_| d2.is_none()).or(on_weekday);
                        let (end, _) = self.clock(*h2, *m2, d2.as_deref(), last, para, tense)?;
                        (start, end)
                    };
                    return Some(Resolved { value: start, range_end: Some(end), ..ra });
                }
                let rb = match (b.as_ref(), ra.point) {
                    // `from Monday to Friday`: the first such weekday after the start
                    (Expr::Weekday { wd, .. }, Some(Point::Day(d))) => {
                        let end = value::weekday_on_or_after(d.succ_opt()?, value::weekday(*wd)?)?;
                        Resolved::date(Point::Day(end), ra.explicit)?
                    }
                    _ => self.resolve(b, para, tense)?,
                };
                // (a start without a year is the last such day before the end, whose year
                // the text wrote or the end's reading chose: `15–19 November`, `28
                // December to 3 January 2020`)
                let ra = match (a.as_ref(), rb.point) {
                    (Expr::Cal { y: None, m: Some(m), d: Some(d) }, Some(Point::Day(e))) => {
                        // (over the new year only from a later month: `31 and 30 January` is no range)
                        match date(e.year(), *m, *d).filter(|c| *c < e).or_else(|| date(e.year() - 1, *m, *d).filter(|_| *m > e.month())) {
                            Some(c) if ra.point != Some(Point::Day(c)) => Resolved::date(Point::Day(c), rb.explicit)?,
                            _ => ra,
                        }
                    }
                    _ => ra,
                };
                if let (Some(x), Some(y)) = (ra.point.and_then(|p| p.start()), rb.point.and_then(|p| p.start())) {
                    if y <= x {
                        return None; // `31 and 30 January`, `2022-2021`: not a range
                    }
                }
                Resolved {
                    range_end: Some(rb.value),
                    point: rb.point.or(ra.point),
                    from: ra.point,
                    explicit: ra.explicit || rb.explicit,
                    late: rb.late,
                    ..ra
                }
            }
        })
    }

    /// Whether `the end of the year` (`the start of the month` when `early`) is a part
    /// of the year (month) in focus rather than of the document's. A focus in the
    /// document's own period or after it makes no difference; one in an earlier period
    /// is meant only by a past clause right after it (in this or the previous sentence)
    /// that moves the narrative on: `Last year … . By the end of the year, 300 had been
    /// detained` speaks of last year, but `… peaked around Thanksgiving [2022]. The start
    /// of the year was quiet` goes back to no earlier part of 2022 (an early part is only
    /// the focus's when the focus lies in the first quarter of its period), and a
    /// present or future clause (`By the end of the month, unions plan a strike`) speaks
    /// of the document's.
    fn part_of_focus(&self, unit: Unit, early: bool, tense: Tense) -> bool {
        let (Some(f), Some(doc)) = (self.focus, self.doc) else { return true };
        let Some(start) = f.point.start() else { return true };
        // (a year in focus has no week to speak of: `the largest since 2017. Shops
        // reopened at the end of the week` is the document's week)
        if f.point.precision() > unit.gran() {
            return false;
        }
        let (fy, fm, dy, dm) = (start.year(), start.month(), doc.year(), doc.month());
        let earlier = match unit {
            Unit::Year => fy < dy,
            _ => (fy, fm) < (dy, dm),
        };
        if !earlier {
            return true;
        }
        // how far into its period the focus lies (the last point of a range)
        let fine = f.point.precision() <= if unit == Unit::Year { Precision::Month } else { Precision::Day };
        let past_first_quarter = fine
            && match unit {
                Unit::Year => fm > 3,
                _ => start.day() > 10,
            };
        tense == Tense::Past && f.sent + 1 >= self.sent && !(early && past_first_quarter)
    }

    /// A clock time's value and day: on the day named with it, or `on` (a given day),
    /// or the day last spoken of.
    fn clock(&self, h: u32, min: u32, day: Option<&Expr>, on: Option<NaiveDate>, para: usize, tense: Tense) -> Option<(String, Option<NaiveDate>)> {
        // `until midnight` ends the day last spoken of (TimeML T24:00), and `shortly before
        // midnight Thursday` the day it names
        let d = match (on, day) {
            (Some(d), _) => Some(d),
            (None, Some(e)) => match self.resolve(e, para, tense)?.point {
                Some(Point::Day(d)) => Some(d),
                _ => None,
            },
            (None, None) => self.time_day(para, tense),
        };
        let text = match d {
            Some(d) => Point::Day(d).checked()?.value(),
            None => "XXXX-XX-XX".to_string(),
        };
        Some((format!("{text}T{h:02}:{min:02}"), d))
    }

    /// The day a clock time falls on: the day last spoken of (in this or the previous
    /// paragraph), else the document's.
    /// A live page's entry line ([`State::stamp`]) falls on the last date line's day, else
    /// the document's.
    /// A clock told in the past after a day named ahead (`would begin on Thursday. They
    /// went home at 9 p.m.`) falls on the last day told without looking ahead
    /// ([`State::told_day`]).
    /// A day named in another sentence more than a week after the document's (`plans
    /// to scrap the routes from 1 January 2019. The march was called for noon`) is no
    /// clock time's, unless the clause looks ahead: it falls on the document's.
    fn time_day(&self, para: usize, tense: Tense) -> Option<NaiveDate> {
        if self.stamp {
            return self.heading_day.or(self.doc);
        }
        let far = |(d, _, s): (NaiveDate, usize, usize)| s != self.sent && self.doc.is_some_and(|doc| d.signed_duration_since(doc).num_days() > 7);
        if tense != Tense::Future && self.last_day.is_some_and(far) {
            return self.doc;
        }
        self.told_day(para, tense).or(self.doc)
    }

    /// [`State::recent_day`], but in a clause told in the past, when the last day named
    /// was named ahead (`talks would begin on Thursday`), the last day named without
    /// looking ahead ([`State::past_day`]), in any paragraph.
    fn told_day(&self, para: usize, tense: Tense) -> Option<NaiveDate> {
        if tense == Tense::Past && self.last_day_ahead {
            return self.past_day;
        }
        self.recent_day(para)
    }

    /// The last day spoken of, if in this paragraph or one of the two before, or in one
    /// of the two sentences before (short paragraphs, list items: `- Students marched …
    /// on Tuesday, 11 February.` ¶ `- The march was organised by …` ¶ `- Police stopped
    /// them at about 2.30 p.m.`; a lead, a paragraph on the crowd, then `Shortly after 1
    /// p.m., …`).
    /// In a later sentence than that day's, the day before a flashback
    /// ([`State::day_before`]) or the report's day after it ([`State::report_day`]),
    /// unless the day was named by its date ([`State::last_day_written`]).
    fn recent_day(&self, para: usize) -> Option<NaiveDate> {
        let (d, _, s) = self.last_day.filter(|&(_, p, s)| p + 2 >= para || s + 2 >= self.sent)?;
        if s == self.sent {
            return Some(d);
        }
        self.day_before.or(self.report_day.filter(|&r| r > d && !self.last_day_written)).or(Some(d))
    }

    /// A season's value: in the year named with it; bare, in the year in focus when it
    /// was named in this paragraph; `the following spring` (`the previous winter`) the
    /// first after (last before) the time in focus; else near the document date.
    fn season(&self, s: Season, y: Option<YearSpec>, rel: Rel, para: usize, future: bool) -> Option<Resolved> {
        if let Some(spec) = y {
            return Some(match self.spec_year(spec, para) {
                Some((y, ex)) => Resolved::date(Point::Season(y, s).checked()?, ex)?,
                None => Resolved::unresolved(format!("XXXX-{}", s.code()), Precision::Season),
            });
        }
        if rel == Rel::Bare {
            if let Some(f) = self.focus {
                if f.year_explicit && f.lends_year(para, self.sent, self.doc.is_none()) {
                    if let Some(fy) = f.point.year() {
                        return Resolved::date(Point::Season(fy, s).checked()?, true);
                    }
                }
            }
        }
        // `the following spring`: the first one after the time in focus (the last one
        // before it for `the previous winter`), when a focus is told
        if matches!(rel, Rel::After | Rel::Before) {
            if let Some(at) = self.focus.and_then(|f| f.point.start()) {
                let fy = at.year();
                let y = if rel == Rel::After {
                    [fy - 1, fy, fy + 1].into_iter().find(|&y| s.start(y).is_some_and(|b| b > at))?
                } else {
                    [fy + 1, fy, fy - 1, fy - 2].into_iter().find(|&y| s.end(y).is_some_and(|e| e < at))?
                };
                return Resolved::date(Point::Season(y, s).checked()?, false);
            }
        }
        let Some(doc) = self.doc else {
            return Some(Resolved::unresolved(format!("XXXX-{}", s.code()), Precision::Season));
        };
        let dy = doc.year();
        let years = [dy + 1, dy, dy - 1, dy - 2];
        let y = match rel {
            // the most recent one that is over
            Rel::Last | Rel::Before => years.into_iter().find(|&y| s.end(y).is_some_and(|e| e < doc))?,
            Rel::This => if s == Season::Winter && doc.month() <= 2 { dy - 1 } else { dy },
            Rel::Next | Rel::After => years.into_iter().rev().find(|&y| s.start(y).is_some_and(|b| b > doc))?,
            Rel::Bare if future => years.into_iter().rev().find(|&y| s.end(y).is_some_and(|e| e >= doc))?,
            Rel::Bare => years.into_iter().find(|&y| s.start(y).is_some_and(|b| b <= doc))?,
        };
        Resolved::date(Point::Season(y, s).checked()?, false)
    }

    /// A holiday's day (or the weekend nearest it): in the year named with it, else like
    /// a month and day without a year ([`State::year_for`]); after `last` or `next`, the
    /// one before or after the document date. `Labor Day` is the American one
    /// (September), but in a report written around the first of May with no year named
    /// it is that day's (wire English for Workers' Day).
    fn holiday(&self, h: Holiday, y: Option<YearSpec>, rel: Rel, weekend: bool, para: usize, tense: Tense) -> Option<Resolved> {
        let may_day = |doc: NaiveDate| date(doc.year(), 5, 1).is_some_and(|m| doc.signed_duration_since(m).num_days().abs() <= 20);
        let h = match h {
            Holiday::Nth { m: 9, wd: 1, n: 1 } if y.is_none() && !weekend && rel == Rel::Bare && self.doc.is_some_and(may_day) => Holiday::Fixed(5, 1),
            h => h,
        };
        let year = match (y, rel) {
            (Some(spec), _) => self.spec_year(spec, para),
            (None, Rel::Bare | Rel::After | Rel::Before) => {
                // the holiday's day in the year of the document (or of the focus), to
                // tell whether this year's is past
                let ry = self.doc.map(|d| d.year()).or_else(|| self.focus.and_then(|f| f.point.year()));
                let md = match ry.and_then(|y| h.on(y)) {
                    Some(d) => Some((d.month(), d.day())),
                    None => h.fixed(),
                };
                md.and_then(|(m, d)| self.year_for(m, Some(d), para, tense))
            }
            (None, Rel::This) => self.doc.map(|d| (d.year(), true)),
            (None, Rel::Last | Rel::Next) => self.doc.and_then(|doc| {
                let dy = doc.year();
                let y = if rel == Rel::Last {
                    [dy, dy - 1].into_iter().find(|&y| h.on(y).is_some_and(|d| d < doc))?
                } else {
                    [dy, dy + 1].into_iter().find(|&y| h.on(y).is_some_and(|d| d > doc))?
                };
                Some((y, true))
            }),
        };
        let Some((y, explicit)) = year else {
            let value = match (weekend, h.fixed()) {
                (true, _) => "XXXX-WXX-WE".to_string(),
                (false, Some((m, d))) => partial(m, Some(d)),
                (false, None) => "XXXX-XX-XX".to_string(),
            };
            return Some(Resolved::unresolved(value, if weekend { Precision::Week } else { Precision::Day }));
        };
        let d = h.on(y)?;
        let point = if weekend { Point::Weekend(value::weekday_nearest(d, Weekday::Sat)?) } else { Point::Day(d) };
        Resolved::date(point, explicit)
    }

    /// A Solar Hijri date's value: the Gregorian day (of a month without a day, the
    /// Gregorian month that holds its 16th, the month it mostly overlaps). Without a year,
    /// the Persian year whose date a Gregorian date of the same day would take
    /// ([`State::year_for`]: the focus's, else the most recent such date not after the
    /// document's, …).
    fn persian(&self, y: Option<i32>, m: u32, d: Option<u32>, para: usize, tense: Tense) -> Option<Resolved> {
        let day = |jy: i32| value::persian(jy, m, d.unwrap_or(16));
        let point = |g: NaiveDate| if d.is_some() { Some(Point::Day(g)) } else { Point::Month(g.year(), g.month()).checked() };
        if let Some(jy) = y {
            return Resolved::date(point(day(jy)?)?, true);
        }
        let Some(anchor) = self.doc.or_else(|| self.focus.and_then(|f| f.point.start())) else {
            return Some(Resolved::unresolved(if d.is_some() { "XXXX-XX-XX" } else { "XXXX-XX" }.into(), if d.is_some() { Precision::Day } else { Precision::Month }));
        };
        let jy = value::persian_year(anchor)?;
        let g = day(jy)?;
        let (gy, explicit) = self.year_for(g.month(), d.map(|_| g.day()), para, tense)?;
        Resolved::date(point(day(jy + (gy - g.year()))?)?, explicit)
    }

    /// `on the 19th`: the day `d` of the month in focus (a month or a day in it, named in
    /// this or the previous paragraph), else of the document's month (of the month
    /// before when the day is still ahead and the clause is past). `None` when the
    /// month has no such day.
    fn day_of_month(&self, d: u32, para: usize, tense: Tense) -> Option<Resolved> {
        // (a future clause does not go back to a month before the document's)
        let behind = |f: &Focus| tense == Tense::Future && self.doc.is_some_and(|doc| f.point.start().is_some_and(|s| (s.year(), s.month()) < (doc.year(), doc.month())));
        let focus = self.focus.filter(|f| f.point.precision() <= Precision::Month && (f.para == para || f.para + 1 == para) && !behind(f));
        let (y, m, explicit) = match (focus.and_then(|f| f.point.start()), self.doc) {
            (Some(s), _) => (s.year(), s.month(), focus.is_some_and(|f| f.year_explicit)),
            (None, Some(doc)) if d <= doc.day() || tense != Tense::Past => (doc.year(), doc.month(), false),
            (None, Some(doc)) => {
                let prev = doc.with_day(1)?.pred_opt()?;
                (prev.year(), prev.month(), false)
            }
            (None, None) => return Some(Resolved::unresolved(format!("XXXX-XX-{d:02}"), Precision::Day)),
        };
        Resolved::date(Point::Day(date(y, m, d)?), explicit)
    }

    /// The weekday `day` one or two days after the day this sentence named, when that day
    /// is more than a week before the document date `doc` and was not told as background
    /// (`In Zhanaozen, where the protests began on January 2, … on Monday`: this week's).
    /// A weekday before a noun may be that day itself: `On 30 September 2022, … a march
    /// after Friday prayers` (a Friday), not `launched a strike on Sept. 15 and expanded
    /// it on Friday`; also when the day was named with its weekday in an earlier sentence
    /// of paragraph `para` (`… on Friday 30 September. After Friday prayers, worshippers
    /// gathered`).
    fn day_after_sentence_day(&self, day: Weekday, doc: NaiveDate, para: usize) -> Option<NaiveDate> {
        let Some(Focus { point: Point::Day(d), sent, aside: false, para: fp, .. }) = self.focus else { return None };
        let next = value::weekday_on_or_after(if self.attributive { d } else { d.succ_opt()? }, day)?;
        let told = sent == self.sent || self.attributive && next == d && fp == para && self.weekday_told == Some(d);
        (told && doc.signed_duration_since(d).num_days() > 6 && next.signed_duration_since(d).num_days() <= 2).then_some(next)
    }

    /// Whether the first weekday `wd` after the day in focus (when it lies in the week
    /// before the document date; else after the document date) is after the document
    /// date: `until Friday` said on a Thursday of a stretch begun on Wednesday.
    fn ends_ahead(&self, wd: u32, para: usize) -> bool {
        let (Some(doc), Some(day)) = (self.doc, value::weekday(wd)) else { return false };
        let from = self.focus_day(para).filter(|&f| f <= doc && doc.signed_duration_since(f).num_days() <= 6).unwrap_or(doc);
        from.succ_opt().and_then(|f| value::weekday_on_or_after(f, day)).is_some_and(|d| d > doc)
    }

    /// The day of the dateline over paragraph `para`: of its own or of one of the three
    /// before, with no subheading or separator line since (in a digest, the next item
    /// may have none and be written on the day of the issue).
    fn dateline_day(&self, para: usize) -> Option<NaiveDate> {
        self.dateline.filter(|&(_, p, h)| p <= para && para <= p + 3 && h == self.heads).map(|(d, _, _)| d)
    }

    /// The day in focus, when the focus is a day set in this or the previous paragraph.
    fn focus_day(&self, para: usize) -> Option<NaiveDate> {
        match self.focus {
            Some(Focus { point: Point::Day(d), para: fp, .. }) if fp == para || fp + 1 == para => Some(d),
            _ => None,
        }
    }

    fn weekday(&self, wd: u32, rel: Rel, para: usize, future: bool) -> Option<Resolved> {
        // in an undated narrative, the weekday next to the day in focus
        let day = value::weekday(wd)?;
        let focus_day = self.focus_day(para);
        let Some(doc) = self.doc else {
            return Some(match focus_day.and_then(|f| value::weekday_nearest(f, day)) {
                Some(d) => Resolved::date(Point::Day(d), false)?,
                None => Resolved::unresolved(format!("XXXX-WXX-{wd}"), Precision::Day),
            });
        };
        let next_day = if rel == Rel::Bare && !future { self.day_after_sentence_day(day, doc, para) } else { None };
        let d = match rel {
            Rel::Last => value::weekday_on_or_before(doc.pred_opt()?, day)?,
            Rel::Next => value::weekday_on_or_after(doc.succ_opt()?, day)?,
            Rel::This => value::weekday_on_or_after(value::weekday_on_or_before(doc, Weekday::Mon)?, day)?,
            Rel::After | Rel::Before => {
                let anchor = match self.focus {
                    Some(Focus { point: Point::Day(d), .. }) => d,
                    _ => doc,
                };
                if rel == Rel::After {
                    value::weekday_on_or_after(anchor.succ_opt()?, day)?
                } else {
                    value::weekday_on_or_before(anchor.pred_opt()?, day)?
                }
            }
            // `On the night of 4 January … by the early hours of Wednesday`: a weekday a
            // day or two after a day of the sentence well before the document's is that
            // next day
            Rel::Bare if next_day.is_some() => next_day?,
            // (under a heading day of a day-by-day account, `Tuesday` over `cuts would be
            // extended from Wednesday` and `released on Friday`: the days around it; not
            // in a later section)
            Rel::Bare if !self.heading && self.heading_heads == self.heads && self.heading_day.is_some_and(|h| h < doc) => {
                let h = self.heading_day?;
                if future {
                    value::weekday_on_or_after(h.succ_opt()?, day)?
                } else {
                    // (the section may tell what followed: `released on Friday morning`
                    // under `Thursday`)
                    match value::weekday_nearest(h, day).filter(|&d| d <= doc) {
                        Some(d) => d,
                        None => value::weekday_on_or_before(h, day)?,
                    }
                }
            }
            // news name weekdays only for the days around publication
            Rel::Bare if future => value::weekday_on_or_after(doc, day)?,
            Rel::Bare => value::weekday_on_or_before(doc, day)?,
        };
        Resolved::date(Point::Day(d), false)
    }
}

#[cfg(test)]
mod tests;
