//! Recognition of temporal expressions in the tokens of one sentence: a small
//! hand-written grammar that yields unresolved [`Expr`]s with their token ranges.
//! Every rule looks at a bounded number of tokens, so a sentence is scanned in linear
//! time, and every lookup is checked, so no input makes it panic.

use super::lexicon as lx;
use super::value::{day_fits_month, Holiday, Season, Unit};
use crate::tokens::{Token, TokenKind};

/// Which year a season, quarter or half belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YearSpec {
    Explicit(i32),
    /// `last year` (-1), `this year` (0), `next year` (1).
    Deictic(i64),
    /// `the year`, `that year`: the year under discussion.
    Context,
    /// `the following year` (1), `the previous year` (-1): from the year in focus.
    Focus(i64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Unknown,
    /// A present tense of a scheduled happening (`falls on`, `begins on`): looks ahead
    /// over the coming year.
    Present,
    Future,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rel {
    Bare,
    Last,
    This,
    Next,
    /// `the following Monday`: after the day in focus.
    After,
    /// `the previous Monday`: before the day in focus.
    Before,
}

/// A recognised expression before resolution.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A calendar date from the text; missing parts come from the context.
    Cal { y: Option<i32>, m: Option<u32>, d: Option<u32> },
    /// A month (and day) in a year named in words: `March last year`.
    CalIn { m: u32, d: Option<u32>, y: YearSpec },
    Decade(i32),
    Century(i32),
    Season { s: Season, y: Option<YearSpec>, rel: Rel },
    Quarter { q: u32, y: YearSpec },
    Half { h: u32, y: YearSpec },
    Weekday { wd: u32, rel: Rel },
    /// `Monday of last week`: weekday `wd` (1 = Monday) of the week `n` weeks from the
    /// document's.
    WeekdayOfWeek { wd: u32, n: i64 },
    MonthRel { m: u32, rel: Rel },
    Weekend { rel: Rel },
    /// The weekend holding a day named: `the weekend of 12-13 March`.
    WeekendOf(Box<Expr>),
    /// A named holiday (`Thanksgiving`, `Easter Monday`), in a year when one is named
    /// (`Labor Day 2021`, `Easter last year`); with `weekend`, the weekend nearest it
    /// (`the Easter weekend`, `Labor Day weekend`).
    Holiday { h: Holiday, y: Option<YearSpec>, rel: Rel, weekend: bool },
    /// Relative to the document date: `yesterday`, `last week`, `two years ago`.
    Deictic { unit: Unit, n: i64 },
    /// Relative to the temporal focus: `the following day`, `ten years prior`.
    Anaphoric { unit: Unit, n: i64 },
    /// `Two weeks later`, `a week earlier`: weeks counted from the focus (a day from a
    /// day told, unlike `the following week`).
    WeeksLater { n: i64 },
    /// `today`; `present` when it means "nowadays" (`still felt today`).
    Today { present: bool },
    Ref(&'static str),
    Duration(String),
    Set(String),
    /// The day a clock time with no day named falls on, as the day of a part of the day
    /// told like one (`midday`).
    ClockDay,
    /// A year by its last two digits (`'34`): the latest such year not after the
    /// document's.
    ShortYear(i32),
    /// A clock time, with the day named right after it (`5 a.m. on Thursday`).
    Time { h: u32, min: u32, day: Option<Box<Expr>> },
    PartOfDay { base: Box<Expr>, code: &'static str },
    /// A part of the year or month under discussion (`the end of the year`, `the first
    /// week of the month`), valued as the whole; `early` when it is its start.
    Part { unit: Unit, early: bool },
    /// `overnight`: the night of the day in focus (before the document's), else the night
    /// before the document's.
    Overnight,
    Range(Box<Expr>, Box<Expr>),
    /// A month and day without a year told with its weekday in apposition (`June 9, a
    /// Sunday`, ISO weekday `wd`): the year is one in which that day is that weekday. (Not
    /// `Sunday, June 9`: a wire's date line, where a mismatch is a slip, not a clue.)
    Dated { wd: u32, base: Box<Expr> },
    /// A date of the Solar Hijri (Persian) calendar, month `m` (1 = Farvardin): `24
    /// Aban`, `30 Aban 1403`, `Aban 1398`, `since Farvardin`; valued as the Gregorian
    /// day, or the Gregorian month that holds the month's middle.
    Persian { y: Option<i32>, m: u32, d: Option<u32> },
    /// A day of the month in focus (else of the document's): `on the 19th`.
    DayOfMonth(u32),
    /// So many units from a day named with the event they count from: `a week after her
    /// funeral on 20 September`; `at` is the day's token range (whose clause tells its
    /// tense).
    Offset { base: Box<Expr>, at: (usize, usize), unit: Unit, n: i64 },
    /// The `n`th day (week, month) of an event: `the third day of the strike`, `the 40th
    /// day after her death`. It names one day (TimeML: a DATE), counted from the day the
    /// event began when the text told it, if `story` (the event is a strike, protest or
    /// the like, which the text says began: not `after her death`).
    /// With `run`, the day (week, …) a run of the story has reached, told on that day
    /// (`rallied for a third day`, `for the fifth straight night`): without a start
    /// or a day of the sentence, the day in focus in the paragraph, else the document's.
    /// A run of nights (`for the fifth straight night`) names a night (TimeML: a TIME,
    /// `…TNI`), the one before the document's when no day fixes it.
    NthOf { unit: Unit, n: i64, story: bool, run: bool, night: bool },
    /// So many units after (`n` > 0) or before an event whose day the text does not name
    /// with it: `a year after the unrest began`, `a month after the protests`, `a week
    /// before the strike`. A date counted from the date in focus when there is one; else
    /// the duration `dur`.
    AfterEvent { unit: Unit, n: i64, dur: String },
}

impl Expr {
    /// A clock time with no day named (`at 9 p.m.`, `midday`): on the day last told, or
    /// on none when it is a daily habit or a curfew's hour.
    pub fn dayless_clock(&self) -> bool {
        match self {
            Expr::Time { day: None, .. } => true,
            Expr::PartOfDay { base, .. } => matches!(**base, Expr::ClockDay),
            _ => false,
        }
    }
}

pub struct Match {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

fn m(start: usize, end: usize, expr: Expr) -> Option<Match> {
    Some(Match { start, end, expr })
}

/// One sentence's tokens and the text they point into.
pub struct Sent<'a> {
    pub text: &'a str,
    pub t: &'a [Token],
    /// The lower-cased text of each token of `t` (`lower` sliced by its span).
    pub words: &'a [&'a str],
    /// The shared [`crate::lexicon`] flags of each token of `t`.
    pub lex: &'a [u32],
    /// The token index just past the previous timex of this sentence.
    pub last_end: Option<usize>,
}

// ---------------------------------------------------------------- token-level helpers

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A four-digit number.
pub(super) fn year4(s: &str) -> Option<i32> {
    if s.len() == 4 && all_digits(s) {
        s.parse().ok()
    } else {
        None
    }
}

/// A day of the month: `5`, `05`, `5th`, `21st`.
fn day_of(s: &str) -> Option<u32> {
    let n = if all_digits(s) && s.len() <= 2 { s.parse().ok()? } else { lx::ordinal(s).filter(|_| s.len() <= 4)? };
    (1..=31).contains(&n).then_some(n)
}

fn has_ordinal_suffix(s: &str) -> bool {
    s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd") || s.ends_with("th")
}

/// Dates written as one number token: `2022-01-02`, `2022-01`, `02.01.2022`,
/// `2011-2012`, `2011-12` (a range when the second part is later than the year).
pub fn numeric_date(s: &str) -> Option<Expr> {
    let cal = |y, m, d| Expr::Cal { y: Some(y), m, d };
    if s.contains('-') {
        let mut parts = s.split('-');
        let (a, b, c, rest) = (parts.next()?, parts.next()?, parts.next(), parts.next());
        if rest.is_some() || !all_digits(a) || !all_digits(b) || a.len() != 4 {
            return None;
        }
        let y: i32 = a.parse().ok()?;
        let n: u32 = b.parse().ok()?;
        if let Some(c) = c {
            let d: u32 = c.parse().ok().filter(|_| all_digits(c) && c.len() <= 2 && b.len() <= 2)?;
            super::value::date(y, n, d)?;
            return Some(cal(y, Some(n), Some(d)));
        }
        if b.len() == 4 {
            let e = i32::try_from(n).ok()?;
            return (e > y && e - y <= 200 && (1000..=2999).contains(&y))
                .then(|| Expr::Range(Box::new(cal(y, None, None)), Box::new(cal(e, None, None))));
        }
        if b.len() != 2 || !(1000..=2999).contains(&y) {
            return None;
        }
        let yy = (y % 100) as u32;
        if n > yy {
            let e = y - y % 100 + n as i32;
            return Some(Expr::Range(Box::new(cal(y, None, None)), Box::new(cal(e, None, None))));
        }
        return (1..=12).contains(&n).then(|| cal(y, Some(n), None));
    }
    if s.contains('.') {
        let mut parts = s.split('.');
        let (a, b, c, rest) = (parts.next()?, parts.next()?, parts.next()?, parts.next());
        if rest.is_some() || a.len() > 2 || b.len() > 2 || !all_digits(a) || !all_digits(b) {
            return None;
        }
        let y = year4(c)?;
        let (d, mo): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        super::value::date(y, mo, d)?;
        return Some(cal(y, Some(mo), Some(d)));
    }
    None
}

/// `1990s` → decade 199; `1800s` → century 18; `2000s` → decade 200.
fn decade_token(s: &str) -> Option<Expr> {
    let y = year4(s.strip_suffix('s')?)?;
    if y % 10 != 0 {
        return None;
    }
    if y % 100 == 0 && y < 2000 {
        Some(Expr::Century(y / 100))
    } else {
        Some(Expr::Decade(y / 10))
    }
}

/// `90s` after an apostrophe: the 1990s; `20s`: the 2020s.
fn short_decade(s: &str) -> Option<Expr> {
    let d = s.strip_suffix('s')?;
    if d.len() != 2 || !all_digits(d) || !d.ends_with('0') {
        return None;
    }
    let n: i32 = d.parse().ok()?;
    Some(Expr::Decade(if n >= 30 { 190 + n / 10 } else { 200 + n / 10 }))
}

/// A plain count: `3`, `18`, `2,000`, `2.5` → (integer value if whole, text for the value).
fn plain_number(s: &str) -> Option<(Option<i64>, String)> {
    plain_number_repr(s).map(|(n, r)| (n, r.string()))
}

/// How a quantity is written in a duration value, built only when a value is made.
#[derive(Clone, Debug, PartialEq)]
pub enum Repr {
    /// `X`: a vague quantity.
    X,
    Int(i64),
    Text(String),
}

impl Repr {
    pub fn string(&self) -> String {
        match self {
            Repr::X => "X".to_string(),
            Repr::Int(n) => n.to_string(),
            Repr::Text(t) => t.clone(),
        }
    }
}

fn plain_number_repr(s: &str) -> Option<(Option<i64>, Repr)> {
    if s.is_empty() || s.len() > 12 {
        return None;
    }
    // digits alone (most numbers), in one pass; at most 12 digits: no overflow, as
    // `parse` would read it
    if let Some(n) = s.bytes().try_fold(0i64, |n, b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))) {
        return Some((Some(n), Repr::Int(n)));
    }
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) || !s.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let dots = s.bytes().filter(|&b| b == b'.').count();
    if dots > 1 {
        return None;
    }
    if s.contains(',') {
        let int = s.split('.').next().unwrap_or("");
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || !groups.all(|g| g.len() == 3) {
            return None;
        }
    }
    if dots == 1 {
        let clean: String = s.chars().filter(|&c| c != ',').collect();
        let trimmed = clean.trim_end_matches('0').trim_end_matches('.').to_string();
        return Some((trimmed.parse().ok(), Repr::Text(trimmed)));
    }
    // at most 12 digits (and commas): no overflow, as `parse` would read it
    let n = s.bytes().filter(u8::is_ascii_digit).fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some((Some(n), Repr::Int(n)))
}

/// `5pm`, `5.30am`: (hour, minute) on a 24-hour clock.
fn ampm_token(s: &str) -> Option<(u32, u32)> {
    let (num, pm) = if let Some(n) = s.strip_suffix("pm") {
        (n, true)
    } else {
        (s.strip_suffix("am")?, false)
    };
    let (h, mi) = match num.split_once(['.', ':']) {
        Some((h, mi)) if mi.len() == 2 => (h, mi),
        None => (num, "0"),
        _ => return None,
    };
    if h.is_empty() || h.len() > 2 || !all_digits(h) || !all_digits(mi) {
        return None;
    }
    clock12(h.parse().ok()?, mi.parse().ok()?, pm)
}

fn clock12(h: u32, mi: u32, pm: bool) -> Option<(u32, u32)> {
    if !(1..=12).contains(&h) || mi > 59 {
        return None;
    }
    let h = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    Some((h, mi))
}

fn is_apostrophe(s: &str) -> bool {
    s == "'" || s == "’"
}

// ---------------------------------------------------------------- the grammar

impl<'a> Sent<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    /// The lower-cased text of token `i` ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.w(i)
    }

    /// Whether token `i` lies inside a quotation that this sentence opens (`"Today they
    /// said yes," he said.`).
    pub fn quoted(&self, i: usize) -> bool {
        let mut inside = false;
        for k in 0..i {
            match self.low(k) {
                "\"" => inside = !inside,
                "“" => inside = true,
                "”" => inside = false,
                _ => {}
            }
        }
        inside
    }
    fn raw(&self, i: usize) -> &'a str {
        self.t.get(i).and_then(|t| self.text.get(t.span.start..t.span.end)).unwrap_or("")
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.t.get(i).map(|t| t.kind)
    }
    /// Token `i` is a possessive ending (`'s`).
    pub fn possessive(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Possessive)
    }
    fn cap(&self, i: usize) -> bool {
        // (An ASCII first byte, most often, is read alone: no character decoded.)
        match self.t.get(i).and_then(|t| self.text.as_bytes().get(t.span.start)) {
            Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.raw(i).chars().next().is_some_and(char::is_uppercase),
        }
    }
    fn prev(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.w(i - 1)
        }
    }
    /// Token `i` opens its sentence, perhaps after a bullet (`- 08:30: …`).
    pub fn opens_line(&self, i: usize) -> bool {
        i == 0 || i == 1 && matches!(self.prev(i), "-" | "•" | "*" | "–" | "—")
    }
    /// Token `i` is a colon glued to the number before it and to one after it (`9:30`,
    /// `2011:12`): a clock or ratio, not the colon of a timeline's entry (`January 5:
    /// troops arrived`, `2011: oil workers strike`).
    fn ratio_colon(&self, i: usize) -> bool {
        self.w(i) == ":" && i > 0 && self.adjacent(i - 1) && self.adjacent(i) && self.is_number(i + 1)
    }
    fn is_dash(&self, i: usize) -> bool {
        matches!(self.w(i), "-" | "–" | "—" | "‑")
    }
    /// A word that joins the two ends of a range: a dash, `to`, `until`, `till`,
    /// `through`, `thru` (`21–23`, `9 p.m. until 6 a.m.`, `Monday 21 to Wednesday 23`).
    fn range_word(&self, i: usize) -> bool {
        self.is_dash(i) || matches!(self.w(i), "to" | "until" | "till" | "through" | "thru")
    }
    pub fn punct_or_end(&self, i: usize) -> bool {
        !matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Number))
    }
    /// Token `i` opens a new line (a line break lies between it and the token before):
    /// `Tuesday, January 4` as a heading, then `People took to the streets`.
    fn after_line_break(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|h| self.t.get(h)), self.t.get(i)) {
            (Some(a), Some(b)) => self.text.get(a.span.end..b.span.start).is_some_and(|g| g.contains('\n')),
            _ => false,
        }
    }
    /// The day of the month that token `k` writes as an ordinal number (`7th`, `21st`).
    fn nth_day(&self, k: usize) -> Option<u32> {
        let w = self.w(k);
        (self.is_number(k) && has_ordinal_suffix(w)).then(|| lx::ordinal(w)).flatten().filter(|d| (1..=31).contains(d))
    }

    /// Nothing but punctuation follows before the sentence ends or a line breaks from token
    /// `i` on: what came before it is a heading (`Monday`, `Tuesday:`).
    fn heads_line(&self, i: usize) -> bool {
        (i..self.t.len()).take_while(|&k| k == i || !self.after_line_break(k)).all(|k| self.punct_or_end(k)) || self.after_line_break(i)
    }
    /// Token `i` is directly followed by token `i + 1` (no space).
    fn adjacent(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }
    fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }
    /// Token `i` is a word not in capitals (`protests` in `the 2020 protests`).
    pub fn lower_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && !self.cap(i)
    }
    /// `i` continues a list or range after the previous timex: `in 2011 and 2012`.
    fn list_cont(&self, i: usize) -> bool {
        i >= 1
            && self.last_end == Some(i - 1)
            && matches!(self.w(i - 1), "and" | "or" | "," | "-" | "–" | "—" | "to" | "/" | "&")
    }
    /// Token `i` is an anchor word of the shared lexicon (`lexicon::ANCHORS`), as every
    /// unit ([`Sent::unit_at`]) is.
    fn anchor(&self, i: usize) -> bool {
        self.lex.get(i).is_some_and(|&f| f & crate::lexicon::TIMEX_ANCHOR != 0)
    }
    fn unit_at(&self, i: usize) -> Option<(Unit, bool)> {
        lx::unit(self.w(i))
    }
    /// Token `i` holds a hyphen or a byte outside ASCII (`mid-2021`, `mid‑January`).
    fn dashed(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.flags & (crate::tokens::HYPHEN | crate::tokens::NON_ASCII) != 0)
    }
    /// Word `i` is in the shared lexicon's timex lists (a trigger or an anchor) or holds a
    /// hyphen or a byte outside ASCII: every word a rule reads by name but a few (see
    /// [`Sent::the_phrase`]) is.
    fn listed(&self, i: usize) -> bool {
        self.lex.get(i).is_some_and(|&f| f & (crate::lexicon::TIMEX_TRIGGER | crate::lexicon::TIMEX_ANCHOR) != 0) || self.dashed(i)
    }

    /// Whether word `k` is in a tense list ([`crate::lexicon::TIMEX_TENSE`]).
    fn tense_listed(&self, k: usize) -> bool {
        self.lex.get(k).is_some_and(|&f| f & crate::lexicon::TIMEX_TENSE != 0)
    }

    /// Whether token `k` ends a clause (`;`, `and`, `but`, …): only a listed word or a
    /// punctuation mark can.
    fn clause_break(&self, k: usize) -> bool {
        (self.tense_listed(k) || self.kind(k) == Some(TokenKind::Punct)) && lx::clause_break(self.w(k))
    }

    /// The tense word `k` (whose text is `w`) shows, if any.
    #[inline(never)]
    fn tense_cue(&self, k: usize, w: &str) -> Option<Tense> {
        if lx::future_cue(w) {
            // `is set to begin`, `set for Sunday` (not `set fire`, `set up`)
            if w == "set" && !matches!(self.w(k + 1), "to" | "for") {
                return None;
            }
            // `the vote, first set for April, was postponed`: a plan the text tells as
            // one of the past, whose date may be behind
            if k > 0 && matches!(self.w(k - 1), "first" | "originally" | "initially" | "previously" | "once") {
                return None;
            }
            // `could disrupt travel over the new year`, `must answer by March 1`: a modal
            // looks ahead, but not one of the past (`could have been avoided`, `could
            // not be reached on Monday`), and `May` is the month.
            if matches!(w, "could" | "might" | "must" | "should" | "may")
                && (self.cap(k) || matches!(self.w(k + 1), "have" | "'ve" | "not" | "n't" | "never") || w == "could" && self.w(k + 1) == "only")
            {
                return None;
            }
            // `a strike the union had planned for 1 March`: a plan told in the past, whose
            // day may be behind or ahead
            if matches!(w, "planned" | "scheduled" | "expected") && k > 0 && (self.w(k - 1) == "had" || k > 1 && self.w(k - 1) == "been" && self.w(k - 2) == "had") {
                return Some(Tense::Unknown);
            }
            // `suspended planned strikes on Wednesday`: a participle before the action it
            // describes, after a verb of the past, is an adjective; that verb tells the tense
            if matches!(w, "planned" | "scheduled" | "proposed") && k > 0 && lx::action_noun(self.w(k + 1)) && lx::past_cue(self.w(k - 1)) {
                return None;
            }
            // `Macron's plan`, `the plans`: a noun, not a verb of intent.
            let noun = matches!(w, "plan" | "plans")
                && k > 0
                && (self.kind(k - 1) == Some(TokenKind::Possessive)
                    || matches!(self.w(k - 1), "the" | "a" | "his" | "her" | "their" | "its" | "our" | "this" | "that"));
            return (!noun).then_some(Tense::Future);
        }
        if lx::present_cue(w) {
            // `set to begin`, `should resume`: the word before tells the tense
            if k > 0 && matches!(self.w(k - 1), "to" | "will" | "would" | "should" | "could" | "might" | "may" | "must" | "can" | "did" | "does" | "do" | "'ll") {
                return None;
            }
            // `question marks`, `the ends`: a noun (but `a ballot that closes on 20
            // February`: `that` before a verb that is no noun is a relative pronoun)
            let relative = matches!(w, "closes" | "begins" | "starts" | "expires" | "resumes" | "concludes" | "finishes");
            let noun = k > 0
                && (self.kind(k - 1) == Some(TokenKind::Possessive)
                    || matches!(self.w(k - 1), "the" | "a" | "his" | "her" | "their" | "its" | "our" | "this" | "loose" | "question")
                    || self.w(k - 1) == "that" && !relative);
            return (!noun).then_some(Tense::Present);
        }
        // `police moved in`, `troops moved into the square`: a deed of the past (`moved
        // the vote to Monday` is a plan)
        if w == "moved" && matches!(self.w(k + 1), "in" | "into" | "on") && !(k > 0 && matches!(self.w(k - 1), "be" | "being")) {
            return Some(Tense::Past);
        }
        if lx::past_cue(w) {
            // `will be held`: a passive takes its tense from the auxiliary (`would remain
            // closed on Monday`, `will stay shut` too)
            // (and so does a passive in the present: `the replacements are contracted
            // through Oct. 10`)
            if k > 0 && matches!(self.w(k - 1), "be" | "being" | "remain" | "remains" | "stay" | "stays" | "is" | "are") {
                return None;
            }
            // `Mediators have blocked out Oct. 6-8`: a present perfect tells no past day
            // (English names none with it), so a day with it may lie ahead
            // (also over an adverb: `has also named`, `have already called`)
            let adverb = k > 1 && matches!(self.w(k - 1), "also" | "already" | "now" | "just" | "since" | "again" | "jointly" | "formally" | "officially" | "publicly");
            let perfect = |j: usize| matches!(self.w(j), "have" | "has" | "'ve") || j > 0 && self.w(j) == "been" && matches!(self.w(j - 1), "have" | "has");
            if k > 0 && (perfect(k - 1) || adverb && perfect(k - 2)) {
                return Some(Tense::Unknown);
            }
            // `planned for March 2, followed by two more days on March 15`: what follows in
            // a list, no verb of the past
            if w == "followed" && self.w(k + 1) == "by" {
                return None;
            }
            // `free all detained protesters by Friday`, `the injured were`: a participle
            // after a determiner is an adjective, no verb
            if w.ends_with("ed") && k > 0 && lx::determiner(self.w(k - 1)) {
                return None;
            }
            return Some(Tense::Past);
        }
        None
    }

    /// Whether the expression at `start..end` is the day of a saying: `said on Tuesday`,
    /// `announced Monday` (but not `will be announced on Monday`, and `postponed
    /// Monday's strike` names the strike's day).
    pub fn saying_date(&self, start: usize, end: usize) -> bool {
        let verb = if start > 1 && self.w(start - 1) == "on" { start - 2 } else { start.wrapping_sub(1) };
        verb < start
            && self.tense_listed(verb)
            && lx::saying_verb(self.w(verb))
            && !(verb > 0 && matches!(self.w(verb - 1), "be" | "being"))
            && !self.possessive(end)
    }

    /// The tense of the clause around tokens `start..end`: the nearest marker before
    /// it decides (`will`, `scheduled`: future; `was`, `struck`, `said`: past), else the
    /// nearest after it.
    pub fn tense_near(&self, start: usize, end: usize) -> Tense {
        // (Most words are in no tense list and end in neither `-ed` nor `'ll`: they are
        // told apart here, inline, before the look at the word itself.)
        let decide = |k: usize| -> Option<Tense> {
            let w = self.w(k);
            if self.tense_listed(k) || w.ends_with("ed") || w.ends_with("ll") {
                self.tense_cue(k, w)
            } else {
                None
            }
        };
        // `said on Tuesday she would resign`, `announced Monday that …`: the date of
        // the saying, which is past whatever tense the reported clause has.
        if self.saying_date(start, end) {
            return Tense::Past;
        }
        let mut k = start;
        // A `to` before a verb lies between here and the date: `called on workers to
        // join a general strike on Wednesday` asks for something still to come.
        let mut infinitive = false;
        // `President to resign on Wednesday`, `Unions to strike on Monday`: a clause whose
        // only verb is an infinitive (a headline's) speaks of what is still to come
        let mut bare_infinitive = false;
        let mut clause_start = false;
        // (Past an infinitive, far enough back for a call over a list of names: `called
        // on shopkeepers in Hatton, Talawakele and Nuwara Eliya to close on Monday`.)
        while k > 0 && (k + 14 > start || infinitive && k + 22 > start) {
            k -= 1;
            // `prepared to strike again on Monday`, `hoped to restore flights on Wednesday`:
            // readiness or hope for what is still to come, whatever its tense
            if infinitive && lx::ready_to(self.w(k)) {
                return Tense::Future;
            }
            if let Some(t) = decide(k) {
                // `talks were to continue Tuesday`, `the vote was to be held on Friday`: a
                // plan told in the past, still to come
                if t == Tense::Past && matches!(self.w(k), "was" | "were") && self.w(k + 1) == "to" && k + 2 < start && self.kind(k + 2) == Some(TokenKind::Word) {
                    return Tense::Future;
                }
                // `ends a truce agreed on 5 November`: another verb between speaks of
                // another time
                let verb_between = || (k + 1..start).any(|j| self.w(j).ends_with("ed") || self.tense_listed(j));
                if t == Tense::Present && verb_between() {
                    return Tense::Unknown;
                }
                // `prepared to strike again if a deal was not reached by the end of
                // October`: a condition told in the past of reported speech, which may
                // still lie ahead
                if t == Tense::Past && (k.saturating_sub(6)..k).any(|j| matches!(self.w(j), "if" | "unless")) {
                    return Tense::Unknown;
                }
                return t;
            }
            let w = self.w(k);
            // `rallied ahead of the August 30 deadline`: what lies ahead of the clause's
            // time is still to come
            if w == "ahead" && self.w(k + 1) == "of" {
                return Tense::Future;
            }
            if infinitive && lx::asks_to(w) {
                return Tense::Future;
            }
            // `the RMT has called further strikes from 24 December`: what was called may
            // still be ahead, whatever tense the calling has
            if lx::calls_for(w) {
                return Tense::Unknown;
            }
            infinitive |= w == "to" && self.kind(k + 1) == Some(TokenKind::Word) && k + 1 < start;
            bare_infinitive |= w == "to" && k + 1 < start && !self.cap(k + 1) && lx::headline_infinitive(self.w(k + 1));
            // A comma in a list of names (`in Paris, Marseille and Lyon on Tuesday`) does
            // not end the clause.
            let in_list = w == "," && k > 0 && self.cap(k - 1) && self.cap(k + 1);
            // a shared auxiliary reaches over `and`: `will hold a strike and a rally on Monday`
            if (self.clause_break(k) && w != "and") || (w == "," && !in_list) {
                clause_start = true;
                break;
            }
        }
        let bare_infinitive = bare_infinitive && (clause_start || k == 0);
        let mut k = end;
        // `On October 25, more than a million people marched`: a date that opens the
        // sentence before a comma takes the tense of the main verb, further on
        // (also inside a part of the day: `On the morning of 12 September, police moved in`)
        let opener = |k: usize| matches!(self.w(k), "on" | "in" | "by" | "the" | "of" | "early" | "late") || lx::part_of_day(self.w(k)).is_some();
        let fronted = self.w(end) == "," && start <= 5 && (0..start).all(opener);
        let reach = if fronted { 16 } else { 6 };
        while k < self.t.len() && k < end + reach {
            if let Some(t) = decide(k) {
                return t;
            }
            // (`On Tuesday, the governor said the curfew would …`: the day of the saying,
            // whatever tense follows it)
            if fronted && lx::saying_verb(self.w(k)) && !(k > 0 && matches!(self.w(k - 1), "be" | "being")) {
                return Tense::Past;
            }
            // (`on 18 and 19 January, if …`: the list goes on)
            let list = self.w(k) == "and" && self.kind(k + 1) == Some(TokenKind::Number);
            if (self.clause_break(k) && !list) || self.w(k) == "that" {
                break;
            }
            k += 1;
        }
        if bare_infinitive { Tense::Future } else { Tense::Unknown }
    }

    /// Whether a call for an action comes shortly before token `start` in its clause
    /// (`have called for rallies over the weekend`, `urged for a general strike on
    /// Monday`): what is called for is still ahead, whatever tense the calling has.
    pub fn calls_for_action(&self, start: usize) -> bool {
        let mut k = start;
        // (over a list of actions: `called for another march next Sunday and a "march of
        // the regions" in Baranavichy on Saturday`, but not into a clause of its own:
        // `called for a strike after police shot a man on Saturday`)
        while k > 0 && k + 16 > start {
            k -= 1;
            let w = self.w(k);
            let subordinate = matches!(w, "after" | "when" | "because" | "since" | "following" | "before" | "where" | "who" | "which")
                || w == "as" && k > 0 && self.w(k - 1) != "such";
            if self.clause_break(k) && w != "and" || w == "," || subordinate {
                return false;
            }
            if w == "for" && k > 0 && lx::calls_for_action(self.w(k - 1)) {
                return (k + 1..start).any(|j| lx::action_noun(self.w(j)));
            }
        }
        false
    }

    /// Whether the six words before token `start` say something began then (`walked out
    /// on 10 January`, `the strike began on Monday`, `riots broke out in Pelvar on March
    /// 12`), in the same clause.
    pub fn tells_start(&self, start: usize) -> bool {
        (start.saturating_sub(6)..start).any(|k| lx::start_verb(self.w(k)) && !(k + 1..start).any(|j| self.clause_break(j)))
    }

    /// Whether `since` comes right before token `start`, at most over an article and an
    /// adjective (`since June`, `since the disputed 9 August election`): a date behind.
    pub fn after_since(&self, start: usize) -> bool {
        (1..=3).any(|n| start >= n && self.w(start - n) == "since" && (start - n + 1..start).all(|k| self.lower_word(k)))
    }

    /// Whether the clause before `start` compares (`the worst unrest since 2019`, `the
    /// first strike since the war in 1999`, `higher than in 2019`): a superlative,
    /// `first` or `than` within ten words, with no comma or clause break between.
    pub fn compares(&self, start: usize) -> bool {
        let superlative = |w: &str| {
            matches!(w, "worst" | "best" | "most" | "least" | "first" | "than")
                || w.len() > 5
                    && w.ends_with("est")
                    && !matches!(w, "protest" | "arrest" | "interest" | "harvest" | "request" | "contest" | "suggest" | "modest" | "honest" | "earnest" | "forest")
        };
        (start.saturating_sub(10)..start).rev().take_while(|&k| !self.clause_break(k) && !matches!(self.w(k), "," | ";")).any(|k| superlative(self.w(k)))
    }

    /// Whether tokens from `start` sit in a relative clause or brackets (`Tokayev, who
    /// came to power in 2019, …`): background that should not move the narrative.
    pub fn background(&self, start: usize) -> bool {
        // (`on Teachers' Day, which fell on 2 May`: a clause that only dates the day the
        // story is about moves the narrative there)
        let dates_it = start >= 3 && self.w(start - 1) == "on" && matches!(self.w(start - 2), "fell" | "falls" | "fall") && self.w(start - 3) == "which";
        // (nor does a day of another calendar glossed in brackets: `On 8 Mehr 1401 (30
        // September 2022), …`, `8 Mehr (30 September)`)
        let number = |k: usize| self.w(k).bytes().all(|b| b.is_ascii_digit());
        let glosses = start >= 3 && self.w(start - 1) == "(" && (number(start - 2) || number(start - 3));
        !dates_it && !glosses && (self.clause_opened_by(start, &["who", "which", "whose", "("]) || self.in_that_clause(start))
    }

    /// Whether tokens from `start` sit in a relative clause opened by `that` after a noun
    /// and before a verb of the past (`the anti-mask law that took effect on October 5`;
    /// not `said that police fired on Sunday`, `ruled that …`, `so that …`).
    fn in_that_clause(&self, start: usize) -> bool {
        let mut k = start;
        while k > 1 && k + 10 > start {
            k -= 1;
            match self.w(k) {
                "that" => {
                    let noun = self.lower_word(k - 1) && !self.tense_listed(k - 1) && !self.w(k - 1).ends_with("ed") && !lx::saying_verb(self.w(k - 1)) && !matches!(self.w(k - 1), "so" | "such" | "now" | "after" | "before" | "and" | "but");
                    let verb = k + 1 < start && self.w(k + 1).ends_with("ed") || self.tense_listed(k + 1) && lx::past_cue(self.w(k + 1));
                    return noun && verb;
                }
                "," | ")" | ";" => return false,
                _ => {}
            }
        }
        false
    }

    /// The weekdays (bit `wd - 1`) written straight before a day or a month in tokens
    /// `start..end` (`Sunday 11 August`, `6am on Monday 9 May`; not `Sunday, June 9`, a
    /// wire's date line, where a slip is likelier than a clue): the day must be one of them.
    pub fn told_weekdays(&self, start: usize, end: usize) -> u8 {
        let mut mask = 0;
        for k in start..end.min(self.t.len()) {
            if let (Some((wd, false)), true) = (lx::weekday(self.w(k)), self.cap(k)) {
                if k + 1 < end && (self.is_number(k + 1) || self.month_at(k + 1).is_some()) {
                    mask |= 1 << (wd - 1);
                }
            }
        }
        mask
    }

    /// Whether the clause of the expression at `start..end` is told in the present or the
    /// past perfect (`He is accused over a comment he left in 2021`, `had been fined in
    /// 2021`, `the previous year he had joined the strike`): its first finite verb (past
    /// brackets and `who`/`which` clauses, after the last `;` before it) is `is`, `are`,
    /// `has`, `have` or `had`, not a simple past. Such a date is background to the story
    /// told around it, not a step of it.
    /// So is a date whose own verb, the nearest before it in its clause, is in the past
    /// perfect (`We asked for what had been promised in writing in 2008`).
    pub fn flashback_frame(&self, start: usize, end: usize) -> bool {
        let mut k = start;
        while k > 0 && k + 7 > start {
            k -= 1;
            let w = self.w(k);
            match w {
                "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”" => break,
                "had" => return self.w(k + 1) != "to",
                _ if (self.tense_listed(k) || w.ends_with("ed")) && self.tense_cue(k, w).is_some() && !matches!(self.w(k.wrapping_sub(1)), "had" | "been") => break,
                _ => {}
            }
        }
        let from = (0..start).rev().find(|&k| self.w(k) == ";").map_or(0, |k| k + 1);
        let (mut bracket, mut relative) = (false, false);
        let mut k = from;
        while k < self.t.len() && k < end + 8 {
            let w = self.w(k);
            k += 1;
            if k > start && k <= end {
                continue;
            }
            match w {
                "(" => bracket = true,
                ")" => bracket = false,
                "who" | "which" | "whose" => relative = true,
                "," => relative = false,
                ";" | "." | ":" if k > end => return false,
                _ if bracket || relative => {}
                "had" => return self.w(k) != "to",
                "is" | "are" | "has" | "have" => return !(k > 1 && matches!(self.w(k - 2), "to" | "would" | "could" | "should" | "might" | "must" | "may" | "will")),
                _ if (self.tense_listed(k - 1) || w.ends_with("ed")) && self.tense_cue(k - 1, w).is_some() => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the expression at `start` sits in a `where` clause (`In Zhanaozen, where
    /// the protests began on January 2, …`): it moves the narrative, as other clauses do,
    /// but a weekday later in the sentence is not the day after it.
    pub fn in_where_clause(&self, start: usize) -> bool {
        self.clause_opened_by(start, &["where"])
    }

    /// Whether one of `openers` comes before `start` within ten words, with no comma,
    /// closing bracket or semicolon between.
    fn clause_opened_by(&self, start: usize, openers: &[&str]) -> bool {
        let mut k = start;
        while k > 0 && k + 10 > start {
            k -= 1;
            match self.w(k) {
                w if openers.contains(&w) => return true,
                "," | ")" | ";" => return false,
                _ => {}
            }
        }
        false
    }

    /// The best expression starting at (or, for `from`/`between`, just after) token `i`,
    /// one where an expression may start (its marks in [`crate::tokens::Prepared::timex`]
    /// have [`super::START`]: the caller has checked).
    pub fn parse(&self, i: usize) -> Option<Match> {
        let x = self.parse_alone(i)?;
        // `tonight at 19:00`, `Friday at 10 p.m.`: a day and the clock time told after
        // it are one time (as `6am on Monday 9 May` is)
        if self.w(x.end) == "at" {
            let day = match &x.expr {
                Expr::PartOfDay { base, .. } => &**base,
                e => e,
            };
            let day_like = matches!(day, Expr::Today { present: false } | Expr::Deictic { unit: Unit::Day, .. } | Expr::Weekday { .. } | Expr::Cal { d: Some(_), .. });
            if let (true, Some(c)) = (day_like, self.clock(x.end + 1)) {
                if let Expr::Time { h, min, day: None } = c.expr {
                    return m(x.start, c.end, Expr::Time { h, min, day: Some(Box::new(day.clone())) });
                }
            }
        }
        // `09.04.2021, 18:20`, `Tuesday, 11 August 2020, 22:40`, `Sept. 26, 2024, 7:15
        // a.m. ET`: a stamp, its date and the clock after a comma, where the clock ends the
        // line or the sentence or a time zone follows (`22:40 Minsk time`); a date without
        // its year where the clock ends an entry's label (`Correction, 11 February, 18:40:`)
        // or a timeline's row that opens with it (`• Sept. 14, 11:59 p.m. – contracts
        // expire`); not the first clock of a span (`Wednesday 18 January 2023, 8am–8pm`)
        if let (Expr::Cal { y, m: Some(_), d: Some(_) }, ",") = (&x.expr, self.w(x.end)) {
            if let Some(Match { end: z, expr: Expr::Time { h, min, day: None }, .. }) = self.clock_cued(x.end + 1, true) {
                let ends = if y.is_some() {
                    self.punct_or_end(z) || self.after_line_break(z) || lx::zone_word(self.w(z)) || self.cap(z) && self.w(z + 1) == "time"
                } else {
                    // (a row's clock ends its sentence: the period of `p.m.` ends it before the dash)
                    self.w(z) == ":" || self.opens_line(x.start) && self.punct_or_end(z)
                };
                if ends && !(self.range_word(z) && self.clock(z + 1).is_some()) {
                    return m(x.start, z, Expr::Time { h, min, day: Some(Box::new(x.expr)) });
                }
            }
        }
        Some(x)
    }

    /// [`Sent::parse`] without a clock time told after the day.
    fn parse_alone(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        if w == "from" || w == "between" {
            return self.range_after(i);
        }
        if w == "the" {
            // No other rule starts with `the` (none of them reads it as a number, a
            // month, a unit or a cue word): the commonest start ends here.
            return self.the_phrase(i).filter(|x| !self.in_name(x));
        }
        // `Night of 9 to 10 August` opening a line (a table's row or a heading)
        if let (true, Some(code)) = (self.cap(i) && (self.opens_line(i) || self.after_line_break(i)) && self.w(i + 1) == "of", lx::part_of_day(w)) {
            if let Some(x) = self.day_part_of(i, i, code) {
                return Some(x);
            }
        }
        // A number starts no modified or deictic phrase (they start with words) …
        if self.kind(i) != Some(TokenKind::Number) {
            if let Some(x) = self.modified(i) {
                return Some(x);
            }
            if let Some(x) = self.relative(i) {
                return Some(x);
            }
        } else if let Some(x) = self.short_year(i) {
            return Some(x);
        }
        if let Some(x) = self.quantity(i) {
            return Some(x);
        }
        // … and `a`, `an`, `for` start no clock time or date.
        if matches!(w, "a" | "an" | "for") {
            return None;
        }
        if let Some(x) = self.time_of_day(i) {
            // `the 9 p.m. to 6 a.m. curfew`: a span of the clock, as after `from`.
            if self.range_word(x.end) {
                if let Some(b) = self.time_of_day(x.end + 1) {
                    return m(i, b.end, Expr::Range(Box::new(x.expr), Box::new(b.expr)));
                }
            }
            return Some(self.midday(x));
        }
        let (end, e) = self.date_core(i, false)?;
        // `It was June 9, a Sunday`: the weekday told after the day
        if let (Expr::Cal { y: None, m: Some(_), d: Some(_) }, ",", "a") = (&e, self.w(end), self.w(end + 1)) {
            if let (Some((wd, false)), true) = (lx::weekday(self.w(end + 2)), self.cap(end + 2)) {
                return m(i, end + 3, Expr::Dated { wd, base: Box::new(e) });
            }
        }
        // `17 December (Saturday)`: the weekday glossed in brackets (two expressions of
        // one day, see [`super::State::sentence`])
        // (whose weekday tells the year when the text does not: `9 March (Monday)`)
        if let (Expr::Cal { d: Some(_), .. }, "(", Some((wd, false)), ")") = (&e, self.w(end), lx::weekday(self.w(end + 1)), self.w(end + 2)) {
            if self.cap(end + 1) {
                return m(i, end + 3, Expr::Dated { wd, base: Box::new(e) });
            }
        }
        Some(self.with_range(i, end, e, false)).filter(|x| !self.in_name(x))
    }

    /// Whether the day `x` (a month and day) is part of a name after `the`: `the April 6
    /// Youth Movement`, `the 6th of October Bridge`, `the July 26 Brigade` — capitalised
    /// words after it that end in a name's head noun ([`lx::name_head`]). (The month of
    /// `the 6th of October Bridge` alone is part of it too.)
    fn in_name(&self, x: &Match) -> bool {
        let s = x.start;
        let after_the = match x.expr {
            Expr::Cal { y: None, m: Some(_), d: Some(_) } => self.w(s) == "the" || self.prev(s) == "the",
            Expr::Cal { y: None, m: Some(_), d: None } => {
                s > 2 && self.prev(s) == "of" && lx::ordinal(self.w(s - 2)).is_some() && self.w(s - 3) == "the"
            }
            _ => false,
        };
        if !after_the {
            return false;
        }
        (x.end..x.end + 4)
            .take_while(|&k| self.kind(k) == Some(TokenKind::Word) && self.cap(k))
            .any(|k| lx::name_head(self.w(k)))
    }

    /// `X – Y` after a date `X` ending at `end`, or with `words` any [`Sent::range_word`]
    /// (`from X to Y`; a bare day: `Monday 21 to Wednesday 23 October`); `X` alone
    /// where no date `Y` follows that goes with it.
    fn with_range(&self, start: usize, end: usize, e: Expr, words: bool) -> Match {
        if if words { self.range_word(end) } else { self.is_dash(end) } {
            if let Expr::Cal { y: Some(y), m: None, d: None } = e {
                // 2011–12
                let r = self.raw(end + 1);
                if r.len() == 2 && all_digits(r) && !self.is_number(end + 2) {
                    if let Ok(n) = r.parse::<i32>() {
                        if n > y % 100 {
                            let last = Expr::Cal { y: Some(y - y % 100 + n), m: None, d: None };
                            return Match { start, end: end + 2, expr: Expr::Range(Box::new(e), Box::new(last)) };
                        }
                    }
                }
            }
            if let Some((end2, e2)) = self.date_core(end + 1, true) {
                if let Some(r) = join(&e, &e2) {
                    return Match { start, end: end2, expr: r };
                }
            }
        }
        Match { start, end, expr: e }
    }

    /// A bare day number at token `k`, a range word and a day with its month that ends
    /// the range (`9 to 10 August`, `21 to Wednesday 23 October`), as one range from token
    /// `start`; `None` where no such range is read.
    fn bare_day_range(&self, start: usize, k: usize) -> Option<Match> {
        let d = day_of(self.w(k)).filter(|_| self.is_number(k) && self.range_word(k + 1))?;
        let x = self.with_range(start, k + 1, Expr::Cal { y: None, m: None, d: Some(d) }, true);
        matches!(x.expr, Expr::Range(..)).then_some(x)
    }

    /// `from X to Y`, `between X and Y` (also with bare days: `from 5 to 19 January`).
    fn range_after(&self, i: usize) -> Option<Match> {
        let between = self.w(i) == "between";
        let s = i + 1;
        let (end1, e1) = match self.date_core(s, true) {
            Some(x) => x,
            None if self.time_of_day(s).is_some() => {
                // `from 10 p.m. to 6 a.m.`
                let a = self.time_of_day(s)?;
                if !(self.range_word(a.end) || self.w(a.end) == "and") {
                    return None;
                }
                let b = self.time_of_day(a.end + 1)?;
                return m(s, b.end, Expr::Range(Box::new(a.expr), Box::new(b.expr)));
            }
            None => {
                let d = day_of(self.raw(s)).filter(|_| self.is_number(s))?;
                (s + 1, Expr::Cal { y: None, m: None, d: Some(d) })
            }
        };
        if !between {
            return Some(self.with_range(s, end1, e1, true)).filter(|x| x.end > end1);
        }
        if !(self.w(end1) == "and" || self.is_dash(end1)) {
            return None;
        }
        let (end2, e2) = self.date_core(end1 + 1, true)?;
        let r = join(&e1, &e2)?;
        m(s, end2, r)
    }

    /// Dates proper: numeric dates, day-month-year in either order, month-year, bare
    /// months and years (with a cue unless `cued`), weekdays, seasons with a year,
    /// decades and centuries.
    fn date_core(&self, i: usize, cued: bool) -> Option<(usize, Expr)> {
        match self.kind(i)? {
            TokenKind::Number => self.number_date(i, cued),
            TokenKind::Word => self.word_date(i, cued),
            TokenKind::Punct => {
                if is_apostrophe(self.raw(i)) && self.adjacent(i) {
                    return short_decade(self.w(i + 1)).map(|e| (i + 2, e));
                }
                None
            }
            TokenKind::Possessive => None,
        }
    }

    fn number_date(&self, i: usize, cued: bool) -> Option<(usize, Expr)> {
        let raw = self.w(i);
        if matches!(self.prev(i), "version" | "v" | "no" | "number" | "#" | "$" | "£" | "€") {
            return None;
        }
        if let Some(e) = numeric_date(raw) {
            return Some((i + 1, e));
        }
        if let Some(x) = self.slashed(i) {
            return Some(x);
        }
        if let Some(e) = decade_token(raw) {
            return Some((i + 1, e));
        }
        if let Some(x) = self.century(i) {
            return Some(x);
        }
        if let Some(x) = self.day_month(i) {
            return Some(x);
        }
        if let Some(x) = self.spanish_date(i) {
            return Some(x);
        }
        if let Some(x) = self.persian_day(i) {
            return Some(x);
        }
        if let Some(x) = self.listed_day(i) {
            return Some(x);
        }
        self.bare_year(i, cued).map(|y| (i + 1, Expr::Cal { y: Some(y), m: None, d: None }))
    }

    /// `in '34`, `the class of '07`: a year written with its last two digits (token `i`)
    /// after an apostrophe, itself after a word that cues a year.
    fn short_year(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        let apostrophe = i >= 2 && matches!(self.w(i - 1), "'" | "’") && self.adjacent(i - 1) && !self.adjacent(i - 2);
        if !(apostrophe && w.len() == 2 && matches!(self.w(i - 2), "in" | "of" | "since" | "until" | "by" | "from" | "and"))
            || self.adjacent(i) && !self.punct_or_end(i + 1)
        {
            return None;
        }
        m(i - 1, i + 1, Expr::ShortYear(w.parse().ok()?))
    }

    /// A Solar Hijri year after a Persian month at token `k` (`1403`: 1200 to 1600).
    fn persian_year_at(&self, k: usize) -> Option<i32> {
        let w = self.w(k);
        (self.is_number(k) && w.len() == 4 && all_digits(w)).then(|| w.parse().ok()).flatten().filter(|y| (1200..=1600).contains(y))
    }

    /// A day of a Persian month, its year if written: `24 Aban`, `30 Aban 1403`, `23–30
    /// Aban 1403` (a range, in one year).
    fn persian_day(&self, i: usize) -> Option<(usize, Expr)> {
        let d1 = day_of(self.w(i)).filter(|&d| d <= 31)?;
        let (d2, j) = match self.is_dash(i + 1) && self.is_number(i + 2) {
            true => (Some(day_of(self.w(i + 2))?), i + 3),
            false => (None, i + 1),
        };
        let (m, _) = lx::persian_month(self.w(j)).filter(|_| self.cap(j))?;
        let y = self.persian_year_at(j + 1);
        let end = if y.is_some() { j + 2 } else { j + 1 };
        let a = Expr::Persian { y, m, d: Some(d1) };
        Some(match d2 {
            Some(b) if b > d1 => (end, Expr::Range(Box::new(a), Box::new(Expr::Persian { y, m, d: Some(b) }))),
            Some(_) => return None,
            None => (end, a),
        })
    }

    /// A Persian month without a day: with its year (`Aban 1398`), or after a word that
    /// makes it a date when its name is no common name (`since Farvardin`, `in Esfand`).
    fn persian_month_date(&self, i: usize, cued: bool) -> Option<(usize, Expr)> {
        let (m, name) = lx::persian_month(self.w(i)).filter(|_| self.cap(i))?;
        if let Some(y) = self.persian_year_at(i + 1) {
            return Some((i + 2, Expr::Persian { y: Some(y), m, d: None }));
        }
        let cue = cued || matches!(self.prev(i), "in" | "since" | "until" | "till" | "by" | "from" | "during" | "early" | "late" | "mid" | "of" | "last" | "next" | "this");
        (cue && !name).then_some((i + 1, Expr::Persian { y: None, m, d: None }))
    }

    /// A date quoted in Spanish: `el 4 de noviembre`, `18 de octubre de 2019`.
    fn spanish_date(&self, i: usize) -> Option<(usize, Expr)> {
        if self.w(i + 1) != "de" {
            return None;
        }
        let mo = lx::spanish_month(self.w(i + 2))?;
        // (not a name that holds a date, `Plaza 23 de Marzo`, `Avenida 18 de Julio`: a
        // capitalised word before it, and a month capitalised as Spanish does only in names)
        if self.cap(i + 2) && i > 0 && self.kind(i - 1) == Some(TokenKind::Word) && self.cap(i - 1) && lx::weekday(self.prev(i)).is_none() {
            return None;
        }
        let d = day_of(self.w(i))?;
        match self.w(i + 3) {
            "de" => match year4(self.w(i + 4)) {
                Some(y) => Some((i + 5, Expr::Cal { y: Some(y), m: Some(mo), d: Some(d) })),
                None => Some((i + 3, Expr::Cal { y: None, m: Some(mo), d: Some(d) })),
            },
            _ => Some((i + 3, Expr::Cal { y: None, m: Some(mo), d: Some(d) })),
        }
    }

    /// `02/01/2022`: day first unless the first number cannot be a month.
    fn slashed(&self, i: usize) -> Option<(usize, Expr)> {
        if !(self.w(i + 1) == "/" && self.w(i + 3) == "/" && self.adjacent(i) && self.adjacent(i + 1)) {
            return None;
        }
        if !(self.adjacent(i + 2) && self.adjacent(i + 3)) {
            return None;
        }
        let (a, b, c) = (self.w(i), self.w(i + 2), self.w(i + 4));
        if a.len() > 2 || b.len() > 2 || !all_digits(a) || !all_digits(b) {
            return None;
        }
        let y = year4(c)?;
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        let (d, mo) = if b > 12 { (b, a) } else { (a, b) };
        super::value::date(y, mo, d)?;
        Some((i + 5, Expr::Cal { y: Some(y), m: Some(mo), d: Some(d) }))
    }

    /// `19th century`, `19th-century`, `nineteenth century`.
    fn century(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let (ord, end) = match w.strip_suffix("-century").or_else(|| w.strip_suffix("‑century")) {
            Some(o) => (o, i + 1),
            None if self.w(i + 1) == "century" => (w, i + 2),
            None => return None,
        };
        let n = lx::ordinal(ord).filter(|n| (1..=99).contains(n))?;
        Some((end, Expr::Century(n as i32 - 1)))
    }

    /// `2 January [2022]`, `5–19 January`, `5th of May`.
    fn day_month(&self, i: usize) -> Option<(usize, Expr)> {
        let raw = self.w(i);
        let (d1, mut d2) = match raw.split_once('-') {
            Some((a, b)) => (day_of(a)?, Some(day_of(b)?)),
            None => (day_of(raw)?, None),
        };
        let mut j = i + 1;
        if d2.is_none() && self.is_dash(j) && self.is_number(j + 1) {
            if let Some(b) = day_of(self.w(j + 1)) {
                if self.month_at(j + 2).is_some() {
                    d2 = Some(b);
                    j += 2;
                }
            }
        }
        if self.w(j) == "of" && (has_ordinal_suffix(raw) || self.prev(i) == "the") {
            j += 1;
        }
        if d2.is_none() && matches!(self.w(j), "and" | "or" | "," | "&") && self.is_number(j + 1) {
            // `15 and 20 December`, `15, 16 and 20 December`: this day, in the month ahead
            let mut k = j;
            while k < j + 8 && matches!(self.w(k), "and" | "or" | "," | "&") && day_of(self.w(k + 1)).is_some() && self.is_number(k + 1) {
                k += 2;
            }
            let (mo, mend, _) = self.month_at(k)?;
            let y = self.year_after(mend).map(|(y, _)| y);
            return day_fits_month(mo, d1).then_some((i + 1, Expr::Cal { y, m: Some(mo), d: Some(d1) }));
        }
        let (mo, mend, _) = self.month_at(j)?;
        if !day_fits_month(mo, d1) || d2.is_some_and(|b| b <= d1 || !day_fits_month(mo, b)) {
            return None;
        }
        let (y, end) = match self.year_after(mend) {
            Some((y, e)) => (Some(y), e),
            None => (None, mend),
        };
        let a = Expr::Cal { y, m: Some(mo), d: Some(d1) };
        Some(match d2 {
            Some(b) => (end, Expr::Range(Box::new(a), Box::new(Expr::Cal { y, m: Some(mo), d: Some(b) }))),
            None => self.with_worded_year(end, a),
        })
    }

    /// A later day of a list after a month: the `19` of `January 18 and 19` and the `24`
    /// and `25` of `Oct. 23, 24 and 25, 2019` (each day is a date of its own, as in
    /// TimeML); not `January 18 and 19 people`.
    fn listed_day(&self, i: usize) -> Option<(usize, Expr)> {
        let d = day_of(self.w(i))?;
        let next = self.w(i + 1);
        if lx::count_noun(next) || next == "%" || self.ratio_colon(i + 1) || lx::unit(next).is_some() {
            return None;
        }
        // Back over `, 24` and `and 19` to the first day, which follows the month.
        let mut k = i;
        for _ in 0..6 {
            let first = k.checked_sub(2).filter(|_| matches!(self.w(k - 1), "and" | "or" | "," | "&"))?;
            if !self.is_number(first) || day_of(self.w(first)).is_none() {
                return None;
            }
            let month = (1..=2).filter_map(|back| first.checked_sub(back)).find_map(|m| self.month_at(m).filter(|x| x.1 == first));
            if let Some((mo, _, _)) = month {
                if !day_fits_month(mo, d) {
                    return None;
                }
                let (y, end) = match self.year_after(i + 1) {
                    Some((y, e)) => (Some(y), e),
                    None => (None, i + 1),
                };
                return Some((end, Expr::Cal { y, m: Some(mo), d: Some(d) }));
            }
            k = first;
        }
        None
    }

    /// The year after a list of more days that starts at word `k`: the `2019` of
    /// `[Oct. 23], 24 and 25, 2019`.
    fn year_after_days(&self, mut k: usize) -> Option<i32> {
        let start = k;
        while k < start + 12 && matches!(self.w(k), "and" | "or" | "," | "&") && self.is_number(k + 1) && day_of(self.w(k + 1)).is_some() {
            k += 2;
        }
        (k > start).then(|| self.year_after(k)).flatten().map(|(y, _)| y)
    }

    /// A capitalised month name (`Jan.` takes its full stop): (month, end, abbreviated).
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        if self.kind(i)? != TokenKind::Word || !self.cap(i) {
            return None;
        }
        let (mo, abbr) = lx::month(self.w(i))?;
        let end = if abbr && self.w(i + 1) == "." && self.adjacent(i) { i + 2 } else { i + 1 };
        Some((mo, end, abbr))
    }

    /// A year right after a day-month: `[,] 2022`.
    fn year_after(&self, j: usize) -> Option<(i32, usize)> {
        let comma = self.w(j) == ",";
        let k = if comma { j + 1 } else { j };
        self.explicit_year(k, comma).map(|y| (y, k + 1))
    }

    /// A year after a month or season: `[of|,] 2022`.
    fn year_after_month(&self, j: usize) -> Option<(i32, usize)> {
        let sep = matches!(self.w(j), "of" | ",");
        let k = if sep { j + 1 } else { j };
        self.explicit_year(k, sep).map(|y| (y, k + 1))
    }

    /// Two years that follow each other written as one span at token `k` (`2021-22`,
    /// `2021/22`, `2021-2022`), read as [`numeric_date`] reads a range of years: the first
    /// year and the end.
    fn year_pair_at(&self, k: usize) -> Option<(i32, usize)> {
        let w = self.w(k);
        let (joined, end) = if w.contains(['-', '/']) {
            (w.replace('/', "-"), k + 1)
        } else if matches!(self.w(k + 1), "-" | "/" | "–") && self.adjacent(k) && self.adjacent(k + 1) {
            (format!("{w}-{}", self.w(k + 2)), k + 3)
        } else {
            return None;
        };
        let Expr::Range(a, b) = numeric_date(&joined)? else { return None };
        match (*a, *b) {
            (Expr::Cal { y: Some(y), m: None, .. }, Expr::Cal { y: Some(e), m: None, .. }) if e == y + 1 => Some((y, end)),
            _ => None,
        }
    }

    /// A four-digit year in a slot where a year is expected; after a comma, not when a
    /// count follows (`21 June, 2000 people`).
    fn explicit_year(&self, k: usize, strict: bool) -> Option<i32> {
        let y = year4(self.w(k)).filter(|y| (1000..=2999).contains(y))?;
        let next = self.w(k + 1);
        // (`June 23, 2021 14:18 GMT`: a clock time may follow the year)
        if self.is_number(k + 1) && !self.ratio_colon(k + 2) || next == "%" || (strict && lx::count_noun(next)) {
            return None;
        }
        Some(y)
    }

    /// A lone four-digit number that is a year by its context.
    fn bare_year(&self, i: usize, cued: bool) -> Option<i32> {
        let y = year4(self.w(i))?;
        let prev = self.prev(i);
        let next = self.w(i + 1);
        // `wanted to talk about 2020.`, `a film about 2011`: the topic of speech or
        // thought, a year when the clause ends on it (not `about 2020 people`)
        if prev == "about"
            && (1900..=2100).contains(&y)
            && self.punct_or_end(i + 1)
            && i >= 2
            && matches!(
                self.w(i - 2),
                "talk" | "talking" | "talked" | "talks" | "speak" | "speaking" | "spoke" | "think" | "thinking" | "thought" | "write"
                    | "writing" | "wrote" | "written" | "ask" | "asked" | "remember" | "forget" | "know" | "knew" | "film" | "book"
                    | "documentary" | "story" | "stories" | "memories" | "questions" | "silence" | "silent"
            )
        {
            return Some(y);
        }
        // `Copyright 2019 BBC`, `© 2022`, `Copyright (c) 2021`: the year of a copyright
        let copyright = matches!(prev, "copyright" | "©") || prev == ")" && i >= 3 && self.w(i - 2) == "c" && self.w(i - 3) == "(";
        // `since at least 2022`: a year's cue before the qualifier of a count
        let at_least = prev == "least" && i >= 3 && self.w(i - 2) == "at" && lx::strong_year_cue(self.w(i - 3));
        if (copyright || at_least) && (1000..=2100).contains(&y) {
            return Some(y);
        }
        // `the 1848 rebellion`, `2011 Zhanaozen massacre`, `Over 2020 Stoppage` (a
        // headline): a year naming the event after it (a plural after `over` is a count).
        let noun = if !lx::dated_event_noun(next) && self.cap(i + 1) { self.w(i + 2) } else { next };
        if (1000..=2100).contains(&y)
            && lx::dated_event_noun(noun)
            && !self.is_number(i + 1)
            && !(i > 0 && self.is_number(i - 1))
            && (!lx::not_year_cue(prev) || prev == "over" && !noun.ends_with('s'))
        {
            return Some(y);
        }
        if lx::not_year_cue(prev) || (i > 0 && self.is_number(i - 1)) || self.is_number(i + 1) {
            return None;
        }
        if matches!(next, "%" | "percent" | "per") || self.ratio_colon(i + 1) || (i > 0 && matches!(prev, ":" | "." | "/") && self.adjacent(i - 1)) {
            return None;
        }
        if (1000..=2100).contains(&y) && (cued || lx::strong_year_cue(prev)) {
            return Some(y);
        }
        if !(1900..=2100).contains(&y) || lx::count_noun(next) {
            return None;
        }
        let possessive = self.kind(i + 1) == Some(TokenKind::Possessive);
        let parenthesised = prev == "(" && next == ")";
        // `compared with 1978, when a walkout …`: a time the clause after it tells of
        let when = next == "when" || next == "," && self.w(i + 2) == "when";
        if when && matches!(prev, "with" | "since" | "like" | "unlike") {
            return Some(y);
        }
        if lx::weak_year_cue(prev) || i == 0 || possessive || parenthesised || self.list_cont(i) {
            return Some(y);
        }
        None
    }

    fn word_date(&self, i: usize, cued: bool) -> Option<(usize, Expr)> {
        let w = self.w(i);
        if let Some(x) = self.century(i) {
            return Some(x);
        }
        if let Some(x) = self.persian_month_date(i, cued) {
            return Some(x);
        }
        if let Some((mo, mend, abbr)) = self.month_at(i) {
            // (`On January 4 police fired`, `the night of January 4 police …`: after `on` a
            // day follows the month, whatever noun comes next.)
            let day_cue = matches!(self.prev(i), "on" | "since" | "until" | "till" | "before")
                || (self.prev(i) == "of" && i > 1 && matches!(self.prev(i - 1), "night" | "morning" | "evening" | "afternoon" | "day"));
            if let Some(x) = self.month_day(mo, mend, day_cue) {
                return Some(x);
            }
            if let Some((y, end)) = self.year_after_month(mend) {
                return Some((end, Expr::Cal { y: Some(y), m: Some(mo), d: None }));
            }
            if abbr && mend == i + 1 {
                return None;
            }
            if let Some((end, y)) = self.worded_year(mend) {
                return Some((end, Expr::CalIn { m: mo, d: None, y }));
            }
            if cued || self.month_cue(i, mo, mend) {
                return Some((mend, Expr::Cal { y: None, m: Some(mo), d: None }));
            }
            return None;
        }
        // (Only a token with a hyphen is searched for one.)
        let hyphen = self.t.get(i).is_some_and(|t| t.flags & crate::tokens::HYPHEN != 0);
        if let Some((a, b)) = if hyphen { w.split_once('-') } else { None }.filter(|_| self.cap(i)) {
            // `April-June [2020]`
            if let (Some((ma, false)), Some((mb, false))) = (lx::month(a), lx::month(b)) {
                if ma < mb {
                    let y = self.year_after_month(i + 1);
                    let end = y.map_or(i + 1, |(_, e)| e);
                    let y = y.map(|(y, _)| y);
                    let (first, second) = (Expr::Cal { y, m: Some(ma), d: None }, Expr::Cal { y, m: Some(mb), d: None });
                    return Some((end, Expr::Range(Box::new(first), Box::new(second))));
                }
            }
            return None;
        }
        if let Some((wd, false)) = lx::weekday(w) {
            if !self.cap(i) {
                return None;
            }
            // `Monday, January 3`, `Tuesday 9 August`: the date says it all (and needs no
            // other cue where it opens a line: `Sunday 14 March: a student was shot`)
            let k = if matches!(self.w(i + 1), "," | "(") { i + 2 } else { i + 1 };
            // (only number- or month-led dates: a run of weekday names must not recurse)
            let date = if self.is_number(k) {
                self.number_date(k, true)
            } else if self.month_at(k).is_some() {
                self.word_date(k, true)
            } else {
                None
            };
            // (or a line of a sentence cut into lines: a table's row, `Sunday 20 October:
            // 19:00–06:00`)
            let opens = self.opens_line(i) || self.after_line_break(i);
            // (a weekday that is its line's whole text heads a day-by-day account:
            // `Monday` over `The week began with a protest …`)
            let cue = cued || self.weekday_cue(i) || opens && self.heads_line(i + 1);
            // `Monday 21 to Wednesday 23 October`: two days, each with its weekday, that
            // share the month written at the end (a range, as `21–23 October`)
            if let (true, Some((_, false))) = (date.is_none() && (cue || opens), lx::weekday(self.w(k + 2))) {
                if let Some(Match { end, expr: Expr::Range(a, b), .. }) = self.bare_day_range(i, k) {
                    if let (Expr::Cal { d: Some(d1), .. }, Expr::Cal { d: Some(d2), .. }) = (&*a, &*b) {
                        if d1 < d2 {
                            return Some((end, Expr::Range(a, b)));
                        }
                    }
                }
            }
            if let Some((end, e @ (Expr::Cal { d: Some(_), .. } | Expr::Persian { d: Some(_), .. }))) = date.filter(|_| cue || opens) {
                let end = if self.w(i + 1) == "(" && self.w(end) == ")" { end + 1 } else { end };
                return Some((end, e));
            }
            if !cue {
                return None;
            }
            // `after Friday prayers on 30 September`: the prayers' name; the date after
            // it says the day.
            if matches!(self.w(i + 1), "prayers" | "prayer" | "sermon" | "sermons")
                && (i + 2..i + 5).any(|k| self.w(k) == "on" && (self.is_number(k + 1) || self.month_at(k + 1).is_some()))
            {
                return None;
            }
            // `Monday of last week`, `Tuesday last week`: that weekday of the week named
            let of = usize::from(self.w(i + 1) == "of");
            if self.w(i + 2 + of) == "week" {
                let n = match self.w(i + 1 + of) {
                    "last" | "previous" if of == 1 || self.w(i + 1) == "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                };
                if let Some(n) = n {
                    return Some((i + 3 + of, Expr::WeekdayOfWeek { wd, n }));
                }
            }
            let e = Expr::Weekday { wd, rel: Rel::Bare };
            // `on Sunday nights`: each of them
            if let Some(code) = self.w(i + 1).strip_suffix('s').and_then(lx::part_of_day) {
                return Some((i + 2, Expr::Set(format!("XXXX-WXX-{wd}T{code}"))));
            }
            if let Some(code) = lx::part_of_day(self.w(i + 1)) {
                return Some((i + 2, Expr::PartOfDay { base: Box::new(e), code }));
            }
            return Some((i + 1, e));
        }
        if let Some(s) = lx::season(w) {
            // `the winter of 2021-22`, `winter 2021/22`: the season that opens in the
            // first year
            if let Some((y, end)) = self.year_pair_at(i + 1 + usize::from(self.w(i + 1) == "of")) {
                return Some((end, Expr::Season { s, y: Some(YearSpec::Explicit(y)), rel: Rel::Bare }));
            }
            if let Some((y, end)) = self.year_after_month(i + 1) {
                return Some((end, Expr::Season { s, y: Some(YearSpec::Explicit(y)), rel: Rel::Bare }));
            }
            if cued || self.season_cue(i) {
                return Some((i + 1, Expr::Season { s, y: None, rel: Rel::Bare }));
            }
            return None;
        }
        if let Some(q) = w.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()).filter(|q| (1..=4).contains(q)) {
            if w.len() == 2 {
                if let Some((y, end)) = self.year_after_month(i + 1) {
                    return Some((end, Expr::Quarter { q, y: YearSpec::Explicit(y) }));
                }
                // `fell in Q3`, `Q2 results` after a preposition: the year under discussion
                let cue = matches!(self.prev(i), "in" | "during" | "by" | "since" | "until" | "before" | "after" | "for" | "of" | "the" | "its" | "their" | "from" | "to" | "through");
                if self.cap(i) && (cued || cue) {
                    return Some((i + 1, Expr::Quarter { q, y: YearSpec::Context }));
                }
            }
        }
        None
    }

    /// `January 2[, 2022]`, `January 5–19`, `Jan. 2nd`; not `January 18 people` unless
    /// `day_cue` (the month follows `on`: `on January 4 police fired`).
    fn month_day(&self, mo: u32, j: usize, day_cue: bool) -> Option<(usize, Expr)> {
        if !self.is_number(j) {
            return None;
        }
        let raw = self.w(j);
        let (d1, mut d2) = match raw.split_once('-') {
            Some((a, b)) => (day_of(a)?, Some(day_of(b)?)),
            None => (day_of(raw)?, None),
        };
        let mut k = j + 1;
        if d2.is_none() && self.is_dash(k) && self.is_number(k + 1) {
            if let Some(b) = day_of(self.w(k + 1)) {
                if self.month_at(k + 2).is_none() {
                    d2 = Some(b);
                    k += 2;
                }
            }
        }
        // `January 3 through 7`, `from January 18 to 22`: a later bare day ends the
        // range where nothing follows it that makes it a count or a clock time (`to 10
        // percent`, `to 7 pm`)
        if d2.is_none() && self.range_word(k) && self.is_number(k + 1) {
            if let Some(b) = day_of(self.w(k + 1)).filter(|&b| b > d1) {
                let after = k + 2;
                let ends = self.punct_or_end(after)
                    || self.year_after(after).is_some()
                    || matches!(self.w(after), "and" | "or" | "but" | "in" | "at" | "as" | "when" | "while" | "with" | "after" | "before" | "for");
                if ends && !(self.w(after) == ":" || self.w(after) == "." && self.is_number(after + 1)) {
                    d2 = Some(b);
                    k = after;
                }
            }
        }
        let next = self.w(k);
        // (A count noun on the next line is no count of the day: a heading `Tuesday,
        // January 4` above `People took to the streets`.)
        if (lx::count_noun(next) && !day_cue && !self.after_line_break(k)) || next == "%" || self.ratio_colon(k) || lx::unit(next).is_some() {
            return None;
        }
        if !day_fits_month(mo, d1) || d2.is_some_and(|b| b <= d1 || !day_fits_month(mo, b)) {
            return None;
        }
        let (y, end) = match self.year_after(k) {
            Some((y, e)) => (Some(y), e),
            // (`Oct. 23, 24 and 25, 2019`: the list's year is the first day's too.)
            None => (d2.is_none().then(|| self.year_after_days(k)).flatten(), k),
        };
        let a = Expr::Cal { y, m: Some(mo), d: Some(d1) };
        Some(match d2 {
            Some(b) => (end, Expr::Range(Box::new(a), Box::new(Expr::Cal { y, m: Some(mo), d: Some(b) }))),
            None => self.with_worded_year(end, a),
        })
    }

    /// Context that makes a bare month name a date: `in January`, `the January protests`,
    /// `January's`; not `Theresa May`, `May said`, `the March for Our Lives`.
    fn month_cue(&self, i: usize, mo: u32, mend: usize) -> bool {
        let prev = self.prev(i);
        let next = self.w(mend);
        // April, May, June and August are also first names
        let name_month = matches!(mo, 4 | 5 | 6 | 8);
        let after_name = i > 0 && self.kind(i - 1) == Some(TokenKind::Word) && self.cap(i - 1) && !lx::month_cue(prev);
        if self.kind(mend) == Some(TokenKind::Possessive) {
            // `January's protests`, not `Theresa May's government`
            return !(after_name || (name_month && i == 0));
        }
        // (`Theresa May and Boris Johnson`, but `in January and February`, `in May and June`)
        let month_list = next == "and" && (!name_month || lx::month_cue(prev) || self.month_at(mend + 1).is_some());
        // (but a month no one is named, or any after `in`, is a date whatever verb
        // follows: `those detained in January had died`, `in May has`)
        let strong = lx::month_cue(prev) && (!name_month || matches!(prev, "in" | "since" | "until" | "during"));
        // `May is traditionally the month when …`: the clause says it is a month
        if matches!(next, "is" | "was") && (mend + 1..mend + 5).any(|k| self.w(k) == "month") {
            return true;
        }
        if lx::speech_verb(next) && !month_list && !strong {
            return false;
        }
        if self.is_dash(mend) && self.month_at(mend + 1).is_some() {
            return true; // `January–March`
        }
        let name_follows = name_month
            && self.kind(mend) == Some(TokenKind::Word)
            && self.cap(mend)
            && self.month_at(mend).is_none()
            && lx::weekday(next).is_none();
        let loose = matches!(prev, "to" | "for" | "as" | "on" | "over" | "within" | "around" | "of");
        if self.list_cont(i) || (lx::month_cue(prev) && !(mo == 5 && loose)) {
            // `by June Almeida`, `in May Day celebrations`: a name
            return !name_follows;
        }
        if matches!(prev, "the" | "a" | "this" | "that" | "last" | "next") && self.lower_word(mend) {
            return !lx::function_word(next);
        }
        false
    }

    /// Context that makes a capitalised weekday name a date: `on Monday`, `said Sunday`;
    /// not `the Sunday Times` or `Bloody Sunday`.
    fn weekday_cue(&self, i: usize) -> bool {
        let prev = self.prev(i);
        let n = i + 1;
        if self.kind(n) == Some(TokenKind::Possessive) || lx::part_of_day(self.w(n)).is_some() {
            return true;
        }
        if self.kind(n) == Some(TokenKind::Word) && self.cap(n) && self.month_at(n).is_none() {
            // `On Monday Lukashenko was heckled`, `late on Friday President Ruiz said`: after
            // `on`, the name that opens the clause (not `on Sunday Times' website`)
            return prev == "on" && !lx::name_head(self.w(n)) && !matches!(self.w(n), "times" | "telegraph" | "post" | "mail" | "herald" | "express" | "tribune" | "prayers" | "prayer" | "service" | "market" | "mass");
        }
        if matches!(
            prev,
            "on" | "last" | "next" | "this" | "that" | "since" | "by" | "until" | "till" | "from" | "to"
                | "before" | "after" | "early" | "late" | "every" | "each" | "through" | "between"
                | "as" | "of" | "following" | "previous"
        ) || self.list_cont(i)
        {
            return true;
        }
        if i == 0 {
            return self.w(n) == ",";
        }
        // (a digest's or a wire's dateline: `JAFFNA, Tuesday:`, `POINT PEDRO, Monday —`)
        if self.dateline_at(i, n) {
            return true;
        }
        self.lower_word(i - 1) && !matches!(prev, "the" | "a" | "an")
    }

    /// Whether the day at tokens `start..end` is a dateline's (`JAFFNA, Tuesday:`; see
    /// [`crate::layout::dateline_day`]).
    pub fn dateline_at(&self, start: usize, end: usize) -> bool {
        crate::layout::dateline_day(self.text, self.t, self.words, start, end)
    }

    /// Context that makes a bare season word a date: `in summer`, `this spring` (the
    /// deictic ones are parsed elsewhere); not `the Arab Spring`, `the fall of Kabul`.
    fn season_cue(&self, i: usize) -> bool {
        let next = self.w(i + 1);
        if next == "of" || (self.kind(i + 1) == Some(TokenKind::Word) && self.cap(i + 1)) {
            return false;
        }
        if self.w(i) == "fall" && !matches!(self.prev(i), "this" | "last" | "next" | "that" | "early" | "late" | "every" | "each") {
            return false;
        }
        matches!(
            self.prev(i),
            "in" | "during" | "since" | "by" | "until" | "till" | "through" | "throughout" | "early"
                | "late" | "mid" | "that" | "every" | "each" | "before" | "after"
        )
    }

    // ------------------------------------------------------------ phrases with `the`

    /// A decade or a century starting at token `i` (`1990s`, `'90s`, `19th century`,
    /// `nineteenth century`): what [`Sent::date_core`] reads there if it is one. Of the
    /// words, only [`Sent::century`] reads one, so a word (after `the`, most often an
    /// ordinary noun) goes there alone.
    fn decade_at(&self, i: usize) -> Option<(usize, Expr)> {
        let x = if self.kind(i)? == TokenKind::Word { self.century(i) } else { self.date_core(i, true) };
        x.filter(|(_, e)| matches!(e, Expr::Decade(_) | Expr::Century(_)))
    }

    fn the_phrase(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        let wj = self.w(j);
        // Every word read below after `the` is a trigger or an anchor word (or holds a
        // hyphen), or one of these: after any other word (most often a noun) nothing matches.
        let named = |w: &str| {
            matches!(
                w,
                "turn" | "close" | "height" | "final" | "closing" | "opening" | "following" | "previous"
                    | "preceding" | "prior" | "same" | "coming" | "time"
            )
        };
        if self.kind(j) == Some(TokenKind::Word) && !self.listed(j) && !named(wj) {
            return None;
        }
        // the 1990s, the '90s, the 19th century, the early 1990s, the mid-1990s
        let k = if matches!(wj, "early" | "mid" | "late") { j + 1 } else { j };
        if let Some((end, e)) = self.decade_at(k) {
            return m(i, end, e);
        }
        if let Some(x) = self.modified(j) {
            if matches!(x.expr, Expr::Decade(_) | Expr::Century(_)) {
                return m(i, x.end, x.expr);
            }
        }
        // `in the early morning`, `since the late evening`: that part of the day under
        // discussion
        if matches!(wj, "early" | "late") {
            if let Some(code) = lx::part_of_day(self.w(j + 1)) {
                if matches!(self.prev(i), "in" | "during" | "since" | "until" | "till" | "by" | "from" | "into") && self.ends_time_phrase(j + 2) {
                    return m(i, j + 2, Expr::PartOfDay { base: Box::new(Expr::Anaphoric { unit: Unit::Day, n: 0 }), code });
                }
            }
        }
        let ord = lx::ordinal(wj);
        // the third quarter [of 2020], the first half of 2021
        if let Some(q) = ord.filter(|q| (1..=4).contains(q)) {
            if self.w(j + 1) == "quarter" {
                if self.w(j + 2) == "of" {
                    if let Some((end, y)) = self.yearspec(j + 3) {
                        return m(i, end, Expr::Quarter { q, y });
                    }
                }
                return m(i, j + 2, Expr::Quarter { q, y: YearSpec::Context });
            }
            if q <= 2 && self.w(j + 1) == "half" && self.w(j + 2) == "of" {
                if let Some((end, y)) = self.yearspec(j + 3) {
                    return m(i, end, Expr::Half { h: q, y });
                }
            }
        }
        // the 5th of May
        if let Some(d) = ord.filter(|d| (1..=31).contains(d)) {
            if self.w(j + 1) == "of" {
                if let Some((mo, mend, _)) = self.month_at(j + 2) {
                    if day_fits_month(mo, d) {
                        let (y, end) = match self.year_after(mend) {
                            Some((y, e)) => (Some(y), e),
                            None => (None, mend),
                        };
                        return m(i, end, Expr::Cal { y, m: Some(mo), d: Some(d) });
                    }
                }
            }
        }
        // `on the 19th`, `after the 3rd,`: a day of the month under discussion, when a
        // preposition of time comes before and no noun after (`the 19th floor`,
        // `the 19th anniversary`, `the 19th day of protests`)
        if let Some(d) = self.nth_day(j) {
            // (`to` closes a range of days begun by another: `from the 20th to the 24th`)
            let cued = matches!(self.prev(i), "on" | "after" | "before" | "since" | "until" | "till" | "by" | "from" | "through")
                || self.prev(i) == "to" && i >= 3 && self.w(i - 3) == "the" && has_ordinal_suffix(self.w(i - 2));
            // (a clause word or a preposition after it: `on the 14th if the company does
            // not`, `from the 3rd to the 9th`, `on the 14th unless`)
            let ends = self.punct_or_end(j + 1)
                || matches!(
                    self.w(j + 1),
                    "when" | "as" | "at" | "in" | "with" | "after" | "before" | "while" | "amid" | "despite" | "but" | "if" | "unless"
                        | "because" | "or" | "until" | "till" | "following" | "outside" | "against" | "over" | "under"
                        | "near" | "without"
                )
                || self.w(j + 1) == "to" && lx::ordinal(self.w(j + 3)).is_some() && self.w(j + 2) == "the"
                // (`on the 12th and returned`; not `the 19th and 20th centuries`, `on the
                // 2nd and final day`)
                || (self.w(j + 1) == "and"
                    && self.lower_word(j + 2)
                    && lx::ordinal(self.w(j + 2)).is_none()
                    && !matches!(self.w(j + 2), "final" | "last"));
            if cued && ends {
                return m(i, j + 1, Expr::DayOfMonth(d));
            }
        }
        // the summer of 2021, the summer
        if let Some(s) = lx::season(wj) {
            if self.w(j + 1) == "of" {
                let (end, y) = match self.year_pair_at(j + 2) {
                    Some((y, end)) => (end, YearSpec::Explicit(y)),
                    None => self.yearspec(j + 2)?,
                };
                return m(i, end, Expr::Season { s, y: Some(y), rel: Rel::Bare });
            }
            // (`the mass marches of the summer` too)
            let after_prep = matches!(
                self.prev(i),
                "in" | "during" | "by" | "since" | "until" | "through" | "throughout" | "over" | "before" | "after" | "of"
            );
            let next_ok = !(self.kind(j + 1) == Some(TokenKind::Word) && self.cap(j + 1)) && self.w(j + 1) != "of";
            if after_prep && next_ok {
                return m(i, j + 1, Expr::Season { s, y: None, rel: Rel::Bare });
            }
            return None;
        }
        // `The day after the vote on March 3`, `the day before the law came into force on
        // June 30 last year,`: a day counted from the day named in the rest of the clause
        if wj == "day" && matches!(self.w(j + 1), "after" | "before") {
            let n = if self.w(j + 1) == "after" { 1 } else { -1 };
            // (`The day after, Saturday 19 October, …`: the day set beside it, not one
            // counted from it)
            if self.w(j + 2) == "," {
                if let Some((_, e @ Expr::Cal { m: Some(_), d: Some(_), .. })) = self.date_core(j + 3, true) {
                    return m(i, j + 2, e);
                }
            }
            let mut k = j + 2;
            while k < j + 14 && k < self.t.len() && !self.clause_break(k) {
                if let Some(x) = self.parse(k).filter(|x| matches!(x.expr, Expr::Cal { m: Some(_), d: Some(_), .. } | Expr::CalIn { d: Some(_), .. })) {
                    return m(i, j + 2, Expr::Offset { base: Box::new(x.expr), at: (x.start, x.end), unit: Unit::Day, n });
                }
                k += 1;
            }
            // `on 17 December, the day after the shooting`: set beside the day it names
            // (see [`super::State::sentence`])
            if self.prev(i) == "," && i > 1 && self.kind(i - 2) != Some(TokenKind::Punct) && self.after_event(i, j + 2) {
                return m(i, j + 2, Expr::AfterEvent { unit: Unit::Day, n, dur: "P1D".to_string() });
            }
        }
        // the end of January, the first week of March, the last days of 2021
        let target_at = match wj {
            "end" | "beginning" | "start" | "middle" | "turn" | "close" | "height" if self.w(j + 1) == "of" => Some(j + 2),
            "first" | "last" | "second" | "final" | "third" | "fourth" | "closing" | "opening"
                if matches!(self.w(j + 1), "week" | "weeks" | "days" | "day" | "months" | "weekend" | "half")
                    && self.w(j + 2) == "of" =>
            {
                Some(j + 3)
            }
            _ => None,
        };
        if let Some(k) = target_at {
            if let Some((end, e)) = self.target(k) {
                // `the first day of 2022`, `the last day of June`: that one day
                if matches!(wj, "first" | "last") && self.w(j + 1) == "day" {
                    if let Some(day) = first_or_last_day(&e, wj == "first") {
                        return m(i, end, day);
                    }
                }
                return m(i, end, part_of(e, matches!(wj, "beginning" | "start" | "first" | "opening")));
            }
        }
        // the third day of the strike, the second week of protests, the 40th day after
        // her death, the third night of unrest: a day (night) of an event (the extent
        // stops before the event, as in TimeML)
        let night = self.w(j + 1) == "night";
        let unit = if night { Some((Unit::Day, false)) } else { self.unit_at(j + 1) };
        if let (Some(n), Some((unit @ (Unit::Day | Unit::Week | Unit::Month), false))) = (ord, unit) {
            let k = j + 3;
            let k = if matches!(self.w(k), "the" | "its" | "their" | "his" | "her" | "a" | "an") { k + 1 } else { k };
            if (1..=400).contains(&n)
                && matches!(self.w(j + 2), "of" | "after" | "since")
                && self.lower_word(k)
                && self.unit_at(k).is_none()
                && !matches!(self.w(k), "this" | "that" | "last" | "next")
            {
                let story = matches!(
                    self.w(k),
                    "strike" | "strikes" | "protest" | "protests" | "walkout" | "walk-out" | "sit-in" | "occupation"
                        | "unrest" | "demonstration" | "demonstrations" | "rallies" | "blockade" | "blockades"
                        | "uprising" | "revolt" | "stoppage" | "campaign" | "dispute" | "crisis" | "siege"
                        | "hunger" | "action" | "marches" | "riots" | "standoff" | "boycott" | "lockdown" | "curfew"
                );
                return m(i, j + 2, Expr::NthOf { unit, n: i64::from(n), story, run: false, night });
            }
        }
        // the following day, the next morning, the same year
        let rel_n = match wj {
            "following" | "next" => Some(1),
            "previous" | "preceding" | "prior" => Some(-1),
            "same" => Some(0),
            _ => None,
        };
        if let Some(n) = rel_n {
            if let Some((unit, false)) = self.unit_at(j + 1) {
                if !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return m(i, j + 2, Expr::Anaphoric { unit, n });
                }
            }
            if self.w(j + 1) == "weekend" && n != 0 {
                return m(i, j + 2, Expr::Weekend { rel: if n > 0 { Rel::After } else { Rel::Before } });
            }
            // `the following spring`, `the previous winter`: the season after (before) the
            // time in focus
            if let (Some(s), true) = (lx::season(self.w(j + 1)), n != 0) {
                return m(i, j + 2, Expr::Season { s, y: None, rel: if n > 0 { Rel::After } else { Rel::Before } });
            }
            if let (Some((wd, false)), true) = (lx::weekday(self.w(j + 1)), self.cap(j + 1) && n != 0) {
                let rel = if n > 0 { Rel::After } else { Rel::Before };
                return m(i, j + 2, Expr::Weekday { wd, rel });
            }
            if let Some(code) = lx::part_of_day(self.w(j + 1)) {
                let base = Expr::Anaphoric { unit: Unit::Day, n: if wj == "same" { 0 } else { n } };
                return m(i, j + 2, Expr::PartOfDay { base: Box::new(base), code });
            }
        }
        // the past three days, the last two years, the next few weeks, the past year
        if matches!(wj, "past" | "last" | "next" | "coming" | "previous" | "following" | "first") {
            if let Some((_, _, qend, repr)) = self.qty(j + 1) {
                if let Some((unit, true)) = self.unit_at(qend) {
                    return m(i, qend + 1, Expr::Duration(unit.duration(&repr.string())));
                }
            }
            match self.unit_at(j + 1) {
                Some((_, true)) if wj == "coming" => return m(i, j + 2, Expr::Ref("FUTURE_REF")),
                // `the following months`, `the past weeks`
                Some((unit, true)) if wj != "first" => return m(i, j + 2, Expr::Duration(unit.duration("X"))),
                Some((unit, false)) if matches!(wj, "past" | "last") && unit != Unit::Day => {
                    return m(i, j + 2, Expr::Duration(unit.duration("1")))
                }
                Some((unit, false)) if wj == "coming" => return m(i, j + 2, Expr::Deictic { unit, n: 1 }),
                _ => {}
            }
        }
        // the time of writing: the writer's present
        if wj == "time" && self.w(j + 1) == "of" && self.w(j + 2) == "writing" {
            return m(i, j + 3, Expr::Ref("PRESENT_REF"));
        }
        // the new year
        if wj == "new" && self.w(j + 1) == "year" && self.kind(j + 2) != Some(TokenKind::Possessive) {
            return m(i, j + 2, Expr::Deictic { unit: Unit::Year, n: 1 });
        }
        // the Easter weekend, the Labor Day weekend
        if let Some((end, e @ Expr::Holiday { weekend: true, .. })) = self.holiday(j, Rel::Bare) {
            return m(i, end, e);
        }
        // the night of 4 January, the evening of 5-6 May; `in the evening`, `late into
        // the night`: the day under discussion (not `the night shift`, `the morning papers`)
        if let Some(code) = lx::part_of_day(wj) {
            if let Some(x) = self.day_part_of(i, j, code) {
                return Some(x);
            }
            let after_prep = matches!(self.prev(i), "in" | "during" | "through" | "throughout" | "into" | "by" | "until" | "till");
            // (`By the evening we were crying`: a sentence that opens with it)
            let opens = i == 1 && matches!(self.prev(i), "by" | "in" | "until");
            if after_prep && (opens || self.ends_time_phrase(j + 1)) {
                return m(i, j + 1, Expr::PartOfDay { base: Box::new(Expr::Anaphoric { unit: Unit::Day, n: 0 }), code });
            }
        }
        // the weekend
        if wj == "weekend" {
            // the weekend of 12-13 March, the weekend of 5 June
            if self.w(j + 1) == "of" {
                if let Some((end, e)) = self.date_core(j + 2, true) {
                    let day = |e: &Expr| matches!(e, Expr::Cal { m: Some(_), d: Some(_), .. });
                    if day(&e) || matches!(&e, Expr::Range(a, _) if day(a)) {
                        return m(i, end, Expr::WeekendOf(Box::new(e)));
                    }
                }
            }
            return m(i, j + 1, Expr::Weekend { rel: Rel::Bare });
        }
        // the year 2011
        if wj == "year" {
            if let Some(y) = self.explicit_year(j + 1, false) {
                return m(i, j + 2, Expr::Cal { y: Some(y), m: None, d: None });
            }
        }
        // in the past, in the future
        if self.prev(i) == "in" && matches!(wj, "past" | "future") && self.punct_or_end(j + 1) {
            return m(i, j + 1, Expr::Ref(if wj == "past" { "PAST_REF" } else { "FUTURE_REF" }));
        }
        // the night before, the morning after (a part of the day before or after the one
        // spoken of)
        if let (Some(code), n @ (-1 | 1)) = (lx::part_of_day(wj), match self.w(j + 1) { "before" => -1, "after" => 1, _ => 0 }) {
            if self.punct_or_end(j + 2) {
                return m(i, j + 2, Expr::PartOfDay { base: Box::new(Expr::Anaphoric { unit: Unit::Day, n }), code });
            }
        }
        // the day before, the year after
        if let Some((unit, false)) = self.unit_at(j) {
            let after = self.w(j + 1);
            let n = match after {
                "before" | "earlier" | "prior" => -1,
                "after" | "later" => 1,
                _ => 0,
            };
            if n != 0 && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) && (self.punct_or_end(j + 2) || matches!(after, "earlier" | "later")) {
                return m(i, j + 2, Expr::Anaphoric { unit, n });
            }
            // the week that followed, the year that came before
            if after == "that" && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                let n = match (self.w(j + 2), self.w(j + 3)) {
                    ("followed", _) | ("came", "after") => 1,
                    ("preceded", _) | ("came", "before") => -1,
                    _ => 0,
                };
                if n != 0 {
                    let end = if self.w(j + 2) == "came" { j + 4 } else { j + 3 };
                    return m(i, end, Expr::Anaphoric { unit, n });
                }
            }
        }
        None
    }

    /// What `the end of`, `the first week of` refer to.
    fn target(&self, k: usize) -> Option<(usize, Expr)> {
        if self.w(k) == "the" {
            if let Some((unit, false)) = self.unit_at(k + 1) {
                if !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return Some((k + 2, Expr::Anaphoric { unit, n: 0 }));
                }
            }
            let j = if matches!(self.w(k + 1), "early" | "mid" | "late") { k + 2 } else { k + 1 };
            return self.decade_at(j);
        }
        if matches!(self.w(k), "this" | "last" | "next" | "that") {
            return self.deictic_phrase(k).map(|x| (x.end, x.expr));
        }
        self.date_core(k, true)
    }

    /// `2021`, `last year`, `the year` after `the summer of`, `the third quarter of`.
    fn yearspec(&self, k: usize) -> Option<(usize, YearSpec)> {
        if let Some(y) = self.explicit_year(k, true) {
            return Some((k + 1, YearSpec::Explicit(y)));
        }
        match (self.w(k), self.w(k + 1)) {
            ("last", "year") => Some((k + 2, YearSpec::Deictic(-1))),
            ("this", "year") => Some((k + 2, YearSpec::Deictic(0))),
            ("next", "year") => Some((k + 2, YearSpec::Deictic(1))),
            ("the" | "that", "year") => Some((k + 2, YearSpec::Context)),
            ("the", "same") if self.w(k + 2) == "year" => Some((k + 3, YearSpec::Context)),
            ("the", "following" | "next") if self.w(k + 2) == "year" => Some((k + 3, YearSpec::Focus(1))),
            ("the", "previous" | "preceding") if self.w(k + 2) == "year" => Some((k + 3, YearSpec::Focus(-1))),
            _ => None,
        }
    }

    /// A year named in words after a month: `[of] last year`, `[of] that year`.
    fn worded_year(&self, j: usize) -> Option<(usize, YearSpec)> {
        let k = if self.w(j) == "of" { j + 1 } else { j };
        if self.is_number(k) {
            return None;
        }
        self.yearspec(k)
    }

    /// `in March last year`, `on 5 January this year`, `in May of that year`.
    fn with_worded_year(&self, end: usize, e: Expr) -> (usize, Expr) {
        if let Expr::Cal { y: None, m: Some(mo), d } = e {
            if let Some((end2, y)) = self.worded_year(end) {
                return (end2, Expr::CalIn { m: mo, d, y });
            }
        }
        (end, e)
    }

    // ------------------------------------------------------------ modifiers

    /// `mid-2021`, `early January`, `late last year`, `earlier this month`, `end of 2021`.
    fn modified(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        // (every prefix holds a hyphen)
        let prefixes: &[&str] = if self.dashed(i) { &["mid-", "early-", "late-", "end-", "mid‑"] } else { &[] };
        for prefix in prefixes {
            if let Some(rest) = w.strip_prefix(prefix) {
                if let Some((mo, _)) = lx::month(rest) {
                    if let Some((y, end)) = self.year_after_month(i + 1) {
                        return m(i, end, Expr::Cal { y: Some(y), m: Some(mo), d: None });
                    }
                    return m(i, i + 1, Expr::Cal { y: None, m: Some(mo), d: None });
                }
                if let Some(y) = year4(rest) {
                    return m(i, i + 1, Expr::Cal { y: Some(y), m: None, d: None });
                }
                if let Some(e) = decade_token(rest).or_else(|| short_decade(rest)) {
                    return m(i, i + 1, e);
                }
                if let Some(code) = lx::part_of_day(rest) {
                    return self.part_of_day_after(i, i + 1, code);
                }
                return None;
            }
        }
        match w {
            "early" | "mid" | "late" if lx::part_of_day(self.w(i + 1)).is_some() => {
                self.part_of_day_after(i, i + 2, lx::part_of_day(self.w(i + 1))?)
            }
            "early" | "mid" | "late" => {
                if matches!(self.w(i + 1), "this" | "last" | "next") {
                    if let Some(x) = self.deictic_phrase(i + 1) {
                        return m(i, x.end, x.expr);
                    }
                }
                let (end, e) = self.date_core(i + 1, true)?;
                if let Expr::Cal { y: None, m: None, .. } = e {
                    return None;
                }
                m(i, end, e)
            }
            "earlier" | "later" => {
                if matches!(self.w(i + 1), "this" | "last" | "next") {
                    let x = self.deictic_phrase(i + 1)?;
                    return m(i, x.end, x.expr);
                }
                if matches!((self.w(i + 1), self.w(i + 2)), ("in", "the") | ("that", _)) {
                    let u = if self.w(i + 1) == "that" { i + 2 } else { i + 3 };
                    if let Some((unit, false)) = self.unit_at(u) {
                        if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                            return m(i, u + 1, Expr::Anaphoric { unit, n: 0 });
                        }
                    }
                }
                None
            }
            "end" | "beginning" | "start" | "middle" if self.w(i + 1) == "of" && self.prev(i) != "the" => {
                let (end, e) = self.target(i + 2)?;
                m(i, end, part_of(e, matches!(w, "beginning" | "start")))
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------ deictic words

    fn relative(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        let next = self.w(i + 1);
        match w {
            "today" => {
                let back = |k: usize| i >= k && matches!(self.w(i - k), "still" | "even" | "until" | "till" | "up");
                let present = back(1)
                    || back(2)
                    || back(3)
                    || matches!(self.prev(i), "of" | "to")
                    || self.kind(i + 1) == Some(TokenKind::Possessive);
                m(i, i + 1, Expr::Today { present })
            }
            // a weekday quoted in Spanish: `el lunes`
            "el" => m(i, i + 2, Expr::Weekday { wd: lx::spanish_weekday(next)?, rel: Rel::Bare }),
            "tonight" => m(i, i + 1, Expr::PartOfDay { base: Box::new(Expr::Deictic { unit: Unit::Day, n: 0 }), code: "NI" }),
            "dawn" | "daybreak" | "sunrise" | "dusk" | "nightfall" | "sunset" | "night" | "lunchtime" | "midmorning" | "midafternoon" => self.twilight(i),
            // `By evening the stoppage spread`, `until morning`: a part of the day with no
            // article after a preposition of time
            "morning" | "afternoon" | "evening" if matches!(self.prev(i), "by" | "until" | "till" | "since") => self.part_of_day_after(i, i + 1, lx::part_of_day(w)?),
            // `Overnight, crowds gathered`, `detained 1,000 people overnight.`, `blocked the
            // avenue overnight and threw stones`, `overnight into Tuesday`, `The sticking
            // point overnight was …` (not `an overnight curfew`, `overnight talks`, nor a
            // sudden change: `prices doubled overnight`)
            "overnight"
                if (matches!(next, "," | "." | ";" | "" | "into") || lx::function_word(next) || (i == 0 && self.cap(i)))
                    && !lx::sudden(self.prev(i))
                    && !lx::determiner(self.prev(i)) =>
            {
                m(i, i + 1, Expr::Overnight)
            }
            "yesterday" | "tomorrow" => {
                let base = Expr::Deictic { unit: Unit::Day, n: lx::day_word(w)? };
                match lx::part_of_day(next) {
                    Some(code) => m(i, i + 2, Expr::PartOfDay { base: Box::new(base), code }),
                    None => m(i, i + 1, base),
                }
            }
            "now" | "nowadays" => m(i, i + 1, Expr::Ref("PRESENT_REF")),
            // `opens the square on weekends`: every weekend
            "weekends" if matches!(self.prev(i), "on" | "at" | "over") => m(i, i + 1, Expr::Set("XXXX-WXX-WE".into())),
            "recently" | "lately" => m(i, i + 1, Expr::Ref("PAST_REF")),
            "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades" => {
                // `hours later`, `days earlier`, `years ago`: a vague distance from the focus
                let (unit, _) = lx::unit(w)?;
                match next {
                    "ago" => m(i, i + 2, Expr::Ref("PAST_REF")),
                    "later" | "earlier" | "afterwards" => m(i, i + 2, Expr::Anaphoric { unit, n: 0 }),
                    // `within hours`, `within days of the vote`
                    _ if self.prev(i) == "within" => m(i, i + 1, Expr::Duration(unit.duration("X"))),
                    // `no pay rise in years`, `unpaid for months.`: a vague length
                    "," | "." | ";" | "" | "and" | "but" | "now" if matches!(self.prev(i), "in" | "for") && !matches!(unit, Unit::Minute | Unit::Hour) => {
                        m(i, i + 1, Expr::Duration(unit.duration("X")))
                    }
                    // `decades of neglect`, `after years of war`, `weeks of protests` (not
                    // `the years of the war`, a period, nor a title: `Years of Lead`)
                    "of" if !matches!(unit, Unit::Minute | Unit::Hour)
                        && self.lower_word(i + 2)
                        && (!self.cap(i) || self.opens_line(i) || i == 0)
                        && !matches!(self.prev(i), "the" | "those" | "these" | "early" | "final" | "first" | "last" | "few") =>
                    {
                        m(i, i + 1, Expr::Duration(unit.duration("X")))
                    }
                    _ => None,
                }
            }
            "these" if next == "days" => m(i, i + 2, Expr::Ref("PRESENT_REF")),
            "recent" if matches!(self.unit_at(i + 1), Some((Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade, true))) => {
                m(i, i + 2, Expr::Ref("PAST_REF"))
            }
            "this" | "last" | "next" | "that" | "another" => self.deictic_phrase(i),
            "every" | "each" => self.set_phrase(i),
            "once" | "twice" => {
                if matches!(next, "a" | "an" | "per" | "each" | "every") {
                    if let Some((unit, false)) = self.unit_at(i + 2) {
                        return m(i, i + 3, Expr::Set(unit.duration("1")));
                    }
                }
                None
            }
            "a" | "an" | "per" => {
                // (`13 hours a day`, `two days a week`: after a length just read)
                let after_count = i > 0
                    && (self.is_number(i - 1)
                        || matches!(self.prev(i), "times" | "once" | "twice")
                        || self.last_end == Some(i) && matches!(self.unit_at(i - 1), Some((_, true))));
                if w == "per" || after_count {
                    if let Some((unit, false)) = self.unit_at(i + 1) {
                        return m(i, i + 2, Expr::Set(unit.duration("1")));
                    }
                }
                // `a fortnight`: two weeks, and `a fortnight ago` (`later`) a step of them
                if next == "fortnight" && w != "per" {
                    return match self.w(i + 2) {
                        "ago" => m(i, i + 3, Expr::Deictic { unit: Unit::Week, n: -2 }),
                        "later" | "afterwards" => m(i, i + 3, Expr::WeeksLater { n: 2 }),
                        "earlier" => m(i, i + 3, Expr::WeeksLater { n: -2 }),
                        _ => m(i, i + 2, Expr::Duration("P2W".to_string())),
                    };
                }
                None
            }
            // `for a third day`, `for the fifth straight night`: the day the run has
            // reached, the one reported (TimeML: a DATE, as `the third day of the
            // strike`; the length would be `for three days`)
            "for" if matches!(next, "a" | "an" | "the") && self.nth_span(i + 2).is_some() => {
                let (end, unit, n) = self.nth_span(i + 2)?;
                m(i + 1, end, Expr::NthOf { unit, n: i64::from(n), story: true, run: true, night: self.w(end - 1) == "night" })
            }
            // `entered their fifth day`, `now in its sixth month`
            _ if i >= 2
                && matches!(self.prev(i), "its" | "their")
                && matches!(self.w(i - 2), "entered" | "enter" | "enters" | "entering" | "into" | "in" | "reached" | "reaches") =>
            {
                let (end, unit, n) = self.nth_span(i)?;
                m(i, end, Expr::Duration(unit.duration(&n.to_string())))
            }
            "for" => match self.unit_at(i + 1) {
                Some((unit, true)) if !matches!(self.w(i + 2), "of" | "ago" | "later" | "earlier" | "before" | "after") => {
                    m(i + 1, i + 2, Expr::Duration(unit.duration("X")))
                }
                _ => None,
            },
            _ if self.cap(i) && matches!(lx::weekday(w), Some((_, true))) => {
                // `on Fridays`, `Sundays`
                let (wd, _) = lx::weekday(w)?;
                if matches!(self.prev(i), "on" | "by" | "until" | "except") || i == 0 {
                    return m(i, i + 1, Expr::Set(format!("XXXX-WXX-{wd}")));
                }
                None
            }
            _ => {
                if let Some((end, e)) = self.holiday(i, Rel::Bare) {
                    return m(i, end, e);
                }
                let value = lx::frequency(w)?;
                // `Daily Mail`, `Weekly Standard`, `Hill Country Daily`: a title's word
                if self.cap(i) && (self.kind(i + 1) == Some(TokenKind::Word) && self.cap(i + 1) || i > 0 && self.kind(i - 1) == Some(TokenKind::Word) && self.cap(i - 1)) {
                    return None;
                }
                m(i, i + 1, Expr::Set(value.to_string()))
            }
        }
    }

    /// A named holiday at token `i` (see [`lx::holiday`]), its year when one follows
    /// (`Easter 2022`, `Labor Day last year`) and `weekend` after it: where it ends and
    /// the expression. `rel` is the `last`, `next` or `this` before it. Every word of
    /// the name is capitalised; a one-word name needs a cue before it (`on Easter`) or
    /// `weekend` after it; none goes on into another name (`the Good Friday Agreement`).
    fn holiday(&self, i: usize, rel: Rel) -> Option<(usize, Expr)> {
        if !self.cap(i) {
            return None;
        }
        let (h, n, cued) = lx::holiday(self.words.get(i..).unwrap_or(&[]))?;
        let end = i + n;
        // (`the Persian new year` is written in lower case as often as not)
        let lower_ok = matches!(self.w(i), "persian" | "iranian" | "kurdish");
        // (nor the night of `Yalda night`)
        if !lower_ok && (i + 1..end).any(|k| self.kind(k) == Some(TokenKind::Word) && !self.cap(k) && self.w(k) != "night") {
            return None;
        }
        let next_cap = self.kind(end) == Some(TokenKind::Word) && self.cap(end);
        if next_cap && lx::holiday_name_head(self.w(end)) {
            return None;
        }
        let weekend = self.w(end) == "weekend";
        if cued && !weekend && rel == Rel::Bare && (next_cap || !lx::holiday_cue(self.prev(i))) {
            return None;
        }
        let end = if weekend { end + 1 } else { end };
        let (end, y) = match self.year_after(end) {
            Some((y, e)) => (e, Some(YearSpec::Explicit(y))),
            None => match self.worded_year(end) {
                Some((e, y)) => (e, Some(y)),
                None => (end, None),
            },
        };
        Some((end, Expr::Holiday { h, y, rel, weekend }))
    }

    /// `third day`, `fifth straight night`, `second consecutive week` at token `k`: where
    /// it ends, its unit (a night counts as a day) and the count (2 to 99).
    fn nth_span(&self, k: usize) -> Option<(usize, Unit, u32)> {
        let n = lx::ordinal(self.w(k)).filter(|n| (2..=99).contains(n))?;
        let u = if matches!(self.w(k + 1), "straight" | "consecutive" | "successive" | "running") { k + 2 } else { k + 1 };
        let unit = match self.w(u) {
            "night" => Unit::Day,
            w => match lx::unit(w)? {
                (unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) => unit,
                _ => return None,
            },
        };
        Some((u + 1, unit, n))
    }

    /// Whether token `k` can follow a time phrase that ends before it: a punctuation
    /// mark, the end, a name, a date, or a word that starts another phrase (`in the
    /// evening on Friday`, `at dawn when …`), not a noun it qualifies (`the night shift`).
    fn ends_time_phrase(&self, k: usize) -> bool {
        self.punct_or_end(k)
            || self.cap(k)
            || matches!(
                self.w(k),
                "and" | "or" | "but" | "as" | "when" | "after" | "before" | "on" | "in" | "at" | "with" | "to" | "from"
                    | "while" | "until" | "till" | "there" | "outside" | "near" | "of" | "that" | "the" | "police"
                    | "protesters" | "crowds" | "troops" | "workers" | "it" | "they" | "he" | "she" | "we"
            )
            // (a participle with its object: `gathered in the morning demanding his release`)
            || self.w(k).len() > 5 && self.w(k).ends_with("ing") && matches!(self.w(k + 1), "his" | "her" | "their" | "its" | "the" | "a" | "an")
    }

    /// `at dawn`, `by nightfall`, `before sunrise`, `at night`, `at night on Friday`: a
    /// part of the day after a preposition, on the day named after it (the night) or the
    /// day under discussion.
    fn twilight(&self, i: usize) -> Option<Match> {
        let code = lx::twilight(self.w(i))?;
        let night = code == "NI";
        if !matches!(self.prev(i), "at" | "by" | "before" | "after" | "until" | "till" | "since" | "from") || night && !matches!(self.prev(i), "at" | "by") {
            return None;
        }
        let k = if matches!(self.w(i + 1), "on" | "of") { i + 2 } else { i + 1 };
        if let Some((end, e)) = self.day_at(k) {
            // (`at dawn on 15 November`, `before sunrise on Friday`: the day is the
            // expression, the light of it no part of the day of its own)
            return night.then(|| Match { start: i, end, expr: Expr::PartOfDay { base: Box::new(e), code } });
        }
        if !self.ends_time_phrase(i + 1) {
            return None;
        }
        m(i, i + 1, Expr::PartOfDay { base: Box::new(Expr::Anaphoric { unit: Unit::Day, n: 0 }), code })
    }

    /// `by late afternoon`, `from mid-morning`, `until early evening on Friday`: a part of
    /// the day (tokens `i..j`) after a preposition or at the start of the sentence, on the
    /// day named after it or the day under discussion (not `the late evening news`).
    fn part_of_day_after(&self, i: usize, j: usize, code: &'static str) -> Option<Match> {
        if !(i == 0 || matches!(self.prev(i), "by" | "from" | "in" | "until" | "till" | "since" | "at" | "after" | "before" | "into")) {
            return None;
        }
        let k = if matches!(self.w(j), "on" | "of") { j + 1 } else { j };
        if let Some((end, e)) = self.day_at(k) {
            return m(i, end, Expr::PartOfDay { base: Box::new(e), code });
        }
        // (`since early morning` is a time whatever follows: `waited since early
        // morning shouted`)
        if !self.ends_time_phrase(j) && !matches!(self.prev(i), "since" | "until" | "till") {
            return None;
        }
        m(i, j, Expr::PartOfDay { base: Box::new(Expr::Anaphoric { unit: Unit::Day, n: 0 }), code })
    }

    /// `night of 4 January`, `evening of 5-6 May`, `night of 9 to 10 August`, `morning of
    /// the 7th`: the part of the day (word `j`, code `code`) of the day after `of`, from
    /// token `i` (`the` or the part's word).
    fn day_part_of(&self, i: usize, j: usize, code: &'static str) -> Option<Match> {
        if matches!(self.w(j + 1), "of" | "from") {
            let day = |e: &Expr| matches!(e, Expr::Weekday { .. } | Expr::Cal { d: Some(_), .. } | Expr::Persian { d: Some(_), .. });
            if let Some((end, e)) = self.date_core(j + 2, true) {
                if day(&e) || matches!(&e, Expr::Range(a, _) if day(a)) {
                    return m(i, end, Expr::PartOfDay { base: Box::new(e), code });
                }
            }
            // `the night of 9 to 10 August`: a bare day, its month at the range's end
            if let Some(x) = self.bare_day_range(j + 2, j + 2) {
                return m(i, x.end, Expr::PartOfDay { base: Box::new(x.expr), code });
            }
            // `the morning of the 7th`: a day of the month under discussion
            if let (true, Some(d), true) = (self.w(j + 2) == "the", self.nth_day(j + 3), self.punct_or_end(j + 4)) {
                return m(i, j + 4, Expr::PartOfDay { base: Box::new(Expr::DayOfMonth(d)), code });
            }
        }
        None
    }

    /// `this week`, `last year`, `next month`, `last summer`, `last January`,
    /// `this Monday`, `last night`, `this morning`, `last weekend`.
    fn deictic_phrase(&self, i: usize) -> Option<Match> {
        // `this past weekend`, `this past Monday`: the last one
        let past = self.w(i) == "this" && self.w(i + 1) == "past";
        let w = if past { "last" } else { self.w(i) };
        // `has seen another weekend of unrest`: the weekend told, as `the weekend`
        if w == "another" && self.w(i + 1) == "weekend" {
            return m(i, i + 2, Expr::Weekend { rel: Rel::Bare });
        }
        let (n, rel) = match w {
            "last" => (-1, Rel::Last),
            "this" | "that" => (0, Rel::This),
            "next" => (1, Rel::Next),
            _ => return None,
        };
        let j = if past { i + 2 } else { i + 1 };
        let wj = self.w(j);
        if w == "that" {
            // `that year`, `that same day`: the year or day under discussion
            let (j, wj) = if wj == "same" { (j + 1, self.w(j + 1)) } else { (j, wj) };
            if let Some(code) = lx::part_of_day(wj) {
                return m(i, j + 1, Expr::PartOfDay { base: Box::new(Expr::Anaphoric { unit: Unit::Day, n: 0 }), code });
            }
            // `renamed the square that October`: the month under discussion, never the
            // one still running (that would be `this October`)
            if let Some((mo, mend, false)) = self.month_at(j) {
                return m(i, mend, Expr::MonthRel { m: mo, rel: Rel::Before });
            }
            // `That winter we had no money`: the season of the year under discussion
            if let Some(s) = lx::season(wj) {
                return m(i, j + 1, Expr::Season { s, y: Some(YearSpec::Focus(0)), rel: Rel::Bare });
            }
            return match self.unit_at(j) {
                Some((unit, false)) if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) => {
                    m(i, j + 1, Expr::Anaphoric { unit, n: 0 })
                }
                _ => None,
            };
        }
        if let Some((unit, false)) = self.unit_at(j) {
            if matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century) {
                return m(i, j + 1, Expr::Deictic { unit, n });
            }
            return None;
        }
        if wj == "quarter" {
            return m(i, j + 1, Expr::Deictic { unit: Unit::Quarter, n });
        }
        if wj == "weekend" {
            return m(i, j + 1, Expr::Weekend { rel });
        }
        if wj == "night" && w == "last" {
            return m(i, j + 1, Expr::PartOfDay { base: Box::new(Expr::Deictic { unit: Unit::Day, n: -1 }), code: "NI" });
        }
        if let Some(code) = lx::part_of_day(wj) {
            if w == "this" {
                return m(i, j + 1, Expr::PartOfDay { base: Box::new(Expr::Deictic { unit: Unit::Day, n: 0 }), code });
            }
            return None;
        }
        if let Some(s) = lx::season(wj) {
            return m(i, j + 1, Expr::Season { s, y: None, rel });
        }
        if let Some((mo, mend, abbr)) = self.month_at(j) {
            if abbr && mend == j + 1 {
                return None;
            }
            return m(i, mend, Expr::MonthRel { m: mo, rel });
        }
        if let Some((end, e)) = self.holiday(j, rel) {
            return m(i, end, e);
        }
        if let Some((wd, false)) = lx::weekday(wj) {
            if !self.cap(j) {
                return None;
            }
            let e = Expr::Weekday { wd, rel };
            if let Some(code) = lx::part_of_day(self.w(j + 1)) {
                return m(i, j + 2, Expr::PartOfDay { base: Box::new(e), code });
            }
            return m(i, j + 1, e);
        }
        None
    }

    /// `every Friday`, `each year`, `every two weeks`, `every January`.
    fn set_phrase(&self, i: usize) -> Option<Match> {
        let mut j = i + 1;
        let mut step = "1".to_string();
        if self.w(j) == "other" {
            step = "2".into();
            j += 1;
        } else if let Some((_, _, qend, repr)) = self.qty(j) {
            if let Some((unit, true)) = self.unit_at(qend) {
                return m(i, qend + 1, Expr::Set(unit.duration(&repr.string())));
            }
        }
        let wj = self.w(j);
        if let Some((unit, false)) = self.unit_at(j) {
            // `every year on December 16`, `each year in March`: that day (month) of each year
            if unit == Unit::Year && step == "1" && matches!(self.w(j + 1), "on" | "in") {
                match self.date_core(j + 2, true) {
                    Some((end, Expr::Cal { y: None, m: Some(mo), d: Some(d) })) if self.w(j + 1) == "on" => {
                        return m(i, end, Expr::Set(format!("XXXX-{mo:02}-{d:02}")));
                    }
                    Some((end, Expr::Cal { y: None, m: Some(mo), d: None })) if self.w(j + 1) == "in" => {
                        return m(i, end, Expr::Set(format!("XXXX-{mo:02}")));
                    }
                    _ => {}
                }
            }
            return m(i, j + 1, Expr::Set(unit.duration(&step)));
        }
        if let Some((wd, _)) = lx::weekday(wj) {
            if let Some(code) = lx::part_of_day(self.w(j + 1)) {
                return m(i, j + 2, Expr::Set(format!("XXXX-WXX-{wd}T{code}")));
            }
            return m(i, j + 1, Expr::Set(format!("XXXX-WXX-{wd}")));
        }
        if let Some((mo, mend, _)) = self.month_at(j) {
            return m(i, mend, Expr::Set(format!("XXXX-{mo:02}")));
        }
        if wj == "weekend" {
            return m(i, j + 1, Expr::Set("XXXX-WXX-WE".into()));
        }
        if let Some(code) = lx::part_of_day(wj) {
            return m(i, j + 1, Expr::Set(format!("XXXX-XX-XXT{code}")));
        }
        if let Some(s) = lx::season(wj) {
            return m(i, j + 1, Expr::Set(format!("XXXX-{}", s.code())));
        }
        None
    }

    // ------------------------------------------------------------ quantities

    /// A quantity: (integer value, vague, end, text for the value).
    fn qty(&self, i: usize) -> Option<(Option<i64>, bool, usize, Repr)> {
        let w = self.w(i);
        match self.kind(i)? {
            TokenKind::Number => {
                let (n, repr) = plain_number_repr(w)?;
                Some((n, false, i + 1, repr))
            }
            // (every word below is a trigger; `twenty-five` has a hyphen)
            TokenKind::Word if !self.listed(i) => None,
            TokenKind::Word => {
                if matches!(w, "a" | "an") {
                    if self.w(i + 1) == "few" {
                        return Some((None, true, i + 2, Repr::X));
                    }
                    if self.w(i + 1) == "couple" && self.w(i + 2) == "of" {
                        return Some((Some(2), false, i + 3, Repr::Int(2)));
                    }
                    if self.w(i + 1) == "dozen" {
                        return Some((Some(12), false, i + 2, Repr::Int(12)));
                    }
                }
                // `the third time in as many days`: as many as just counted, no vague count
                if w == "many" && self.prev(i) == "as" {
                    return None;
                }
                if lx::vague(w) {
                    return Some((None, true, i + 1, Repr::X));
                }
                let n = lx::number_word(w)?;
                // `two hundred years`, `three thousand years`
                let times = match self.w(i + 1) {
                    "hundred" if n < 100 => 100,
                    "thousand" if n < 100 => 1000,
                    _ => 1,
                };
                let (n, end) = if times > 1 { (n.checked_mul(times)?, i + 2) } else { (n, i + 1) };
                Some((Some(n), false, end, Repr::Int(n)))
            }
            _ => None,
        }
    }

    /// `three days`, `two years ago`, `ten years prior`, `three-day`, `twice a week`.
    fn quantity(&self, i: usize) -> Option<Match> {
        if let Some(x) = self.compact_ago(i) {
            return Some(x);
        }
        if let Some(x) = self.and_a_half(i) {
            return Some(x);
        }
        if let Some(x) = self.two_units(i) {
            return Some(x);
        }
        if let Some(x) = self.compound_duration(i) {
            return Some(x);
        }
        if let Some(x) = self.half_a(i) {
            return Some(x);
        }
        // `from 10 to 15 days`, `between 10 and 15 days`: the first count is a length in
        // the unit of the second
        if self.is_number(i) && matches!(self.prev(i), "from" | "between") && matches!(self.w(i + 1), "to" | "and" | "-" | "–") {
            if let (Some((_, false, k, _)), Some((_, repr))) = (self.qty(i + 2), plain_number_repr(self.w(i))) {
                if let Some((unit, true)) = self.unit_at(k) {
                    return m(i, i + 1, Expr::Duration(unit.duration(&repr.string())));
                }
            }
        }
        // (What follows needs a unit or `times` right after the count, which ends
        // within three tokens: a test first, as most counts have neither.)
        if !(i + 1..=i + 3).any(|k| self.anchor(k) || self.w(k) == "times") {
            return None;
        }
        let (n, vague, j, repr) = self.qty(i)?;
        // `six more months`, `two further days`: the length all the same
        let j = if matches!(self.w(j), "more" | "further" | "additional" | "extra") && self.unit_at(j + 1).is_some() { j + 1 } else { j };
        if self.w(j) == "times" && matches!(self.w(j + 1), "a" | "an" | "per" | "each" | "every") {
            if let Some((unit, false)) = self.unit_at(j + 2) {
                return m(i, j + 3, Expr::Set(unit.duration("1")));
            }
        }
        let (unit, _) = self.unit_at(j)?;
        if self.is_number(i) && self.cap(j) {
            return None;
        }
        if unit == Unit::Second && self.w(j) == "second" && !self.is_number(i) {
            return None; // `a second time`
        }
        let after = self.w(j + 1);
        if after == "old" || after == "-old" || (after == "of" && self.w(j + 2) == "age") {
            return None;
        }
        // `a day of action`, `a day of rage`: the name of an event, not a length of time
        // (but `10 days of strikes`, `three days of protests` are lengths)
        if unit == Unit::Day
            && self.w(j) == "day"
            && after == "of"
            && matches!(self.w(j + 2), "action" | "protest" | "protests" | "rage" | "mourning" | "solidarity" | "strikes")
        {
            return None;
        }
        // moving by decades and centuries lands on a year: `a decade ago` is 2012
        let (mu, mn) = match (unit, n) {
            (Unit::Decade, Some(n)) => (Unit::Year, n.checked_mul(10)),
            (Unit::Century, Some(n)) => (Unit::Year, n.checked_mul(100)),
            (u, n) => (u, n),
        };
        let duration = Expr::Duration(unit.duration(&repr.string()));
        let end_of_clause = self.punct_or_end(j + 2);
        let rel = match after {
            "ago" => Some(-1),
            "later" | "afterwards" | "afterward" => Some(1),
            // (not a rota's `of 15 days on, 15 days off`: a length)
            // (nor a heading's `Ten years on`, `One year on: what happened`: the length)
            "on" if (self.opens_line(i) || self.after_line_break(i)) && (self.heads_line(j + 2) || self.w(j + 2) == ":") => None,
            "on" if end_of_clause && !matches!(self.prev(i), "of" | "for") && !(j + 3..j + 6).any(|k| self.w(k) == "off") => Some(1),
            "after" if end_of_clause => Some(1),
            "earlier" => Some(-1),
            "before" | "prior" if end_of_clause => Some(-1),
            _ => None,
        };
        // (`released three hours later`, `three hours after leaving Mong Kok`: hours and
        // minutes from an event name no other day, only the length between)
        let sub_day = matches!(mu, Unit::Hour | Unit::Minute | Unit::Second);
        let Some(sign) = rel.filter(|_| !sub_day || after == "ago") else {
            // `a week after her funeral on 20 September`, `a year to the day after the
            // massacre`: counted from an event; from its day when the text names it
            let to_the_day = after == "to" && self.w(j + 2) == "the" && self.w(j + 3) == "day";
            let (prep, end) = if to_the_day { (j + 4, j + 4) } else { (j + 1, j + 1) };
            let sign = match self.w(prep) {
                _ if sub_day => return m(i, j + 1, duration),
                "after" => 1,
                "before" => -1,
                "prior" if self.w(prep + 1) == "to" => -1,
                _ => return m(i, end.min(j + 1), duration),
            };
            let from = if self.w(prep) == "prior" { prep + 2 } else { prep + 1 };
            return match (mn.filter(|_| !vague).and_then(|k| k.checked_mul(sign)), self.event_day(from)) {
                (Some(n), Some((at, base))) => m(i, end, Expr::Offset { base: Box::new(base), at, unit: mu, n }),
                // `a year after the unrest began`, `two weeks after the strike started`,
                // `a week before the strike`: a point after (before) an event (not a
                // length: `for a month after the protests`)
                (Some(n), None) if !to_the_day && self.after_event(i, from) => {
                    let Expr::Duration(dur) = duration else { return None };
                    m(i, end, Expr::AfterEvent { unit: mu, n, dur })
                }
                _ => m(i, end, duration),
            };
        };
        let end = j + 2;
        match mn {
            Some(k) if !vague => {
                let k = k.checked_mul(sign)?;
                if after == "ago" {
                    m(i, end, Expr::Deictic { unit: mu, n: k })
                } else if mu == Unit::Week {
                    m(i, end, Expr::WeeksLater { n: k })
                } else {
                    m(i, end, Expr::Anaphoric { unit: mu, n: k })
                }
            }
            _ if after == "ago" => m(i, end, Expr::Ref("PAST_REF")),
            _ => m(i, j + 1, duration),
        }
    }

    /// A live page's short age of a post: `1h ago`, `45m ago`, `2d ago`, `5 mins ago`,
    /// `2 hrs ago` (only before `ago`: `100m` alone is a distance).
    fn compact_ago(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let (num, suffix, j) = match w.get(digits..) {
            Some("") if digits > 0 => (w, self.w(i + 1), i + 2),
            Some(sfx) if digits > 0 => (w.get(..digits)?, sfx, i + 1),
            _ => return None,
        };
        let unit = match suffix {
            "m" | "min" | "mins" => Unit::Minute,
            "h" | "hr" | "hrs" => Unit::Hour,
            "d" => Unit::Day,
            _ => return None,
        };
        if self.w(j) != "ago" || digits > 3 {
            return None;
        }
        let n: i64 = num.parse().ok()?;
        m(i, j + 1, Expr::Deictic { unit, n: -n })
    }

    /// Whether `… after` (`… before`) at token `from` names an event (`the unrest began`, `the
    /// protests`, `his arrest`) and the quantity at `i` is no length of time (`for a month
    /// after the protests`, `within a week after the vote`, `for about 20 minutes before
    /// police cleared the road`).
    fn after_event(&self, i: usize, from: usize) -> bool {
        // (`for about 20 minutes before police cleared the road`: past a word of about.)
        let j = if i > 1 && matches!(self.prev(i), "about" | "around" | "nearly" | "almost" | "some" | "roughly" | "approximately" | "just") { i - 1 } else { i };
        let length = matches!(self.prev(j), "for" | "within" | "over" | "during" | "throughout" | "lasted" | "spent" | "took" | "last" | "up" | "in");
        let k = if matches!(self.w(from), "the" | "its" | "their" | "his" | "her" | "a" | "an") { from + 1 } else { from };
        // (`Forty days after her death, on 26 October, …`, `A day after police detained
        // 40 activists, hundreds rallied on Saturday`: the sentence names its day itself,
        // which the events read with it)
        let dated = (k..self.t.len()).any(|c| {
            (self.is_number(c) && (day_of(self.w(c)).is_some() || year4(self.w(c)).is_some())) || self.month_at(c).is_some() || (self.cap(c) && lx::weekday(self.w(c)).is_some())
        });
        !length && !dated && self.lower_word(k) && self.unit_at(k).is_none() && !self.clause_break(k) && !matches!(self.w(k), "that" | "this" | "which")
    }

    /// The day (and its token range) named with the event that starts at token `from`
    /// (`her funeral on 20 September`, `the vote on Sunday`, or the day itself): the
    /// event's words run to `on`, `in` or `of` before the day, within a few words and
    /// no clause break or verb of a past tense.
    fn event_day(&self, from: usize) -> Option<((usize, usize), Expr)> {
        let day = |k: usize| {
            self.date_core(k, true).map(|(end, e)| ((k, end), e)).filter(|(_, e)| {
                matches!(e, Expr::Cal { m: Some(_), d: Some(_), .. } | Expr::Weekday { rel: Rel::Bare, .. })
            })
        };
        if let Some(e) = day(from) {
            return Some(e);
        }
        for k in from..from + 6 {
            let w = self.w(k);
            if self.is_number(k) {
                // `prior to the 5 March election`
                return day(k);
            }
            if self.kind(k) != Some(TokenKind::Word) || self.clause_break(k) || self.tense_cue(k, w).is_some() {
                return None;
            }
            if matches!(w, "on" | "in" | "of") {
                return day(k + 1);
            }
        }
        None
    }

    /// `half an hour` (PT30M), `half a day`, `half a year`, `half a century`: half of one
    /// unit, in the next smaller unit (`half a week` or `a month` has no whole value and
    /// is left alone, as is `half an hour later`, counted from another time).
    fn half_a(&self, i: usize) -> Option<Match> {
        if self.w(i) != "half" || !matches!(self.w(i + 1), "a" | "an") {
            return None;
        }
        let value = match self.unit_at(i + 2)? {
            (Unit::Minute, false) => "PT30S",
            (Unit::Hour, false) => "PT30M",
            (Unit::Day, false) => "PT12H",
            (Unit::Year, false) => "P6M",
            (Unit::Decade, false) => "P5Y",
            (Unit::Century, false) => "P50Y",
            _ => return None,
        };
        let after = self.w(i + 3);
        if matches!(after, "ago" | "later" | "earlier" | "old" | "-old")
            || matches!(after, "before" | "after" | "prior") && self.punct_or_end(i + 4)
        {
            return None;
        }
        m(i, i + 3, Expr::Duration(value.to_string()))
    }

    /// `four years and nine months`, `two days and 12 hours`, `an hour and 20 minutes`: a
    /// length told in a unit and a smaller one joined by `and` (`P4Y9M`, `P2DT12H`,
    /// `PT1H20M`); `… later`, `… ago` move by the whole in the smaller unit (years and
    /// months, weeks and days only); `… before`, `… after` are the length; not `… old`.
    fn two_units(&self, i: usize) -> Option<Match> {
        // (a count of one word and a unit before `and`: a test first, as few have it)
        if self.w(i + 2) != "and" {
            return None;
        }
        let (Some(a), false, j, _) = self.qty(i)? else { return None };
        let (u, _) = self.unit_at(j)?;
        if self.w(j + 1) != "and" {
            return None;
        }
        let (Some(b), false, k, _) = self.qty(j + 2)? else { return None };
        let (v, _) = self.unit_at(k)?;
        // `three years and two months later` is 38 months later; `… ago`, 38 months ago
        let sign = match self.w(k + 1) {
            "later" | "afterwards" => 1,
            "ago" | "earlier" => -1,
            _ => 0,
        };
        if sign != 0 {
            let (unit, n) = match (u, v) {
                (Unit::Year, Unit::Month) => (Unit::Month, a.checked_mul(12)?.checked_add(b)?),
                (Unit::Week, Unit::Day) => (Unit::Day, a.checked_mul(7)?.checked_add(b)?),
                _ => return None,
            };
            let n = n * sign;
            return m(i, k + 2, if self.w(k + 1) == "ago" { Expr::Deictic { unit, n } } else { Expr::Anaphoric { unit, n } });
        }
        // (`twelve years and three months after the shootings`: the length, as `two days
        // before the vote` is; its second part alone is no day counted from the event)
        if matches!(self.w(k + 1), "old" | "-old") {
            return None;
        }
        // (hours, minutes and seconds after the `T`)
        let value = match (u, v) {
            (Unit::Year, Unit::Month) => format!("P{a}Y{b}M"),
            (Unit::Year, Unit::Day) => format!("P{a}Y{b}D"),
            (Unit::Month, Unit::Day) => format!("P{a}M{b}D"),
            (Unit::Week, Unit::Day) => format!("P{}D", a.checked_mul(7)?.checked_add(b)?),
            (Unit::Day, Unit::Hour) => format!("P{a}DT{b}H"),
            (Unit::Hour, Unit::Minute) => format!("PT{a}H{b}M"),
            (Unit::Minute, Unit::Second) => format!("PT{a}M{b}S"),
            _ => return None,
        };
        m(i, k + 1, Expr::Duration(value))
    }

    /// `seven and a half years`, `two and a half hours`: a length and a half (`P7Y6M`,
    /// `PT2H30M`, `P2.5M`); not `… ago`, `… old`.
    fn and_a_half(&self, i: usize) -> Option<Match> {
        // (`and` after a count, which ends within three tokens: a test first, as few
        // have it)
        if !(i + 1..=i + 3).any(|k| self.w(k) == "and") {
            return None;
        }
        let (Some(n), false, j, _) = self.qty(i)? else { return None };
        if self.w(j) != "and" || !matches!(self.w(j + 1), "a" | "an") || self.w(j + 2) != "half" {
            return None;
        }
        let (unit, true) = self.unit_at(j + 3)? else { return None };
        if matches!(self.w(j + 4), "ago" | "later" | "earlier" | "old" | "-old" | "before" | "after") {
            return None;
        }
        if matches!(unit, Unit::Quarter | Unit::Decade | Unit::Century) {
            return None;
        }
        // (the half in the next smaller unit where it is whole, as [`Self::half_a`]:
        // `P7Y6M`, `PT3H30M`, `P2DT12H`; a month or a week keeps its decimal)
        let value = match unit {
            Unit::Year => format!("P{n}Y6M"),
            Unit::Day => format!("P{n}DT12H"),
            Unit::Hour => format!("PT{n}H30M"),
            Unit::Minute => format!("PT{n}M30S"),
            _ => unit.duration(&format!("{n}.5")),
        };
        m(i, j + 4, Expr::Duration(value))
    }

    /// `three-day`, `48-hour`, `year-long`, `decades-long`; not `30-year-old`.
    fn compound_duration(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        if !w.contains('-') {
            return None;
        }
        let mut parts: Vec<&str> = w.split('-').collect();
        if parts.last() == Some(&"old") || parts.len() > 3 {
            return None;
        }
        let long = parts.last() == Some(&"long");
        if long {
            parts.pop();
        }
        let (repr, unit) = match parts.as_slice() {
            [q, u] => {
                let (unit, _) = lx::unit(u)?;
                let n = match plain_number(q) {
                    Some((_, repr)) => repr,
                    None => lx::number_word(q).filter(|_| *q != "a" && *q != "an")?.to_string(),
                };
                (n, unit)
            }
            [u] if long => {
                let (unit, plural) = lx::unit(u)?;
                (if plural { "X".to_string() } else { "1".to_string() }, unit)
            }
            _ => return None,
        };
        if self.w(i + 1) == "old" {
            return None;
        }
        // `a 24-hour news channel`, `the 24-hour news cycle`: open round the clock, no span
        if lx::round_the_clock(self.w(i + 1)) {
            return None;
        }
        m(i, i + 1, Expr::Duration(unit.duration(&repr)))
    }

    // ------------------------------------------------------------ clock times

    /// A clock time and the day named right after it: `5 a.m. on Thursday`.
    fn time_of_day(&self, i: usize) -> Option<Match> {
        let x = self.clock(i)?;
        // (a live page's stamp in twelve-hour form, `9.45pm` on a line of its own, is on
        // the day of publication, as `21:45` is: see [`Sent::clock`])
        if let Expr::Time { h, min, day: None } = x.expr {
            if self.opens_line(i) && self.after_line_break(x.end) {
                return m(i, x.end, Expr::Time { h, min, day: Some(Box::new(Expr::Today { present: false })) });
            }
        }
        // (`1:00 hours of this Friday`, translated: `de este viernes`)
        // (and over a time zone: `7:42 a.m. EDT Apr. 22, 2021`)
        let z = if lx::zone_word(self.w(x.end)) && self.w(x.end) != "time" { x.end + 1 } else { x.end };
        let k = if matches!(self.w(z), "on" | "," | "of") { z + 1 } else { z };
        if let Expr::Time { h, min, .. } = x.expr {
            // (not a day on the next line: a table's row, `22:00–07:00` ¶ `Sunday 20 October`)
            let same_line = !(x.end..=k).any(|j| self.after_line_break(j));
            if let Some((end, e)) = self.day_at(k).filter(|_| same_line && (z == x.end || self.cap(k))) {
                return m(x.start, end, Expr::Time { h, min, day: Some(Box::new(e)) });
            }
            // `11:59 p.m. yesterday`
            if let Some(n) = lx::day_word(self.w(x.end)) {
                return m(x.start, x.end + 1, Expr::Time { h, min, day: Some(Box::new(Expr::Deictic { unit: Unit::Day, n })) });
            }
            // `an 8 p.m. curfew on Saturday night`, `11 p.m. local time on Friday`: the
            // day named a few words on (which stays a timex of its own)
            let later = (x.end..x.end + 3)
                .take_while(|&j| self.kind(j) == Some(TokenKind::Word) && self.w(j) != "on")
                .last()
                .map_or(x.end, |j| j + 1);
            if later > x.end && self.w(later) == "on" {
                if let Some((_, e)) = self.day_at(later + 1) {
                    return m(x.start, x.end, Expr::Time { h, min, day: Some(Box::new(e)) });
                }
            }
        }
        Some(x)
    }

    /// `midday` read as a clock time (`x`, from [`Sent::time_of_day`]) is a part of the
    /// day (TMI): of the day named with it (`midday on Friday`), else of the day a clock
    /// time would fall on. (A span of the clock, `from midday to 6 p.m.`, keeps its
    /// hour.)
    fn midday(&self, x: Match) -> Match {
        match x.expr {
            Expr::Time { h: 12, min: 0, day } if self.w(x.start) == "midday" => {
                let base = day.unwrap_or(Box::new(Expr::ClockDay));
                Match { expr: Expr::PartOfDay { base, code: "MI" }, ..x }
            }
            expr => Match { expr, ..x },
        }
    }

    /// A day named at token `k` (`Thursday`, `Saturday night`, `4 January`, `11
    /// Ordibehesht`), for a clock time: where it ends and the day (a part of the day names
    /// its day).
    fn day_at(&self, k: usize) -> Option<(usize, Expr)> {
        // (`08:00 this morning`: today's; `11:30 that morning`: the day told of)
        if matches!(self.w(k), "this" | "that") && lx::part_of_day(self.w(k + 1)).is_some() {
            let day = if self.w(k) == "this" { Expr::Today { present: false } } else { Expr::Anaphoric { unit: Unit::Day, n: 0 } };
            return Some((k + 2, day));
        }
        // (`2:00 hours of this Saturday`, `10pm next Friday`)
        if matches!(self.w(k), "this" | "next" | "last") {
            return match self.deictic_phrase(k)? {
                Match { end, expr: e @ Expr::Weekday { .. }, .. } => Some((end, e)),
                _ => None,
            };
        }
        match self.date_core(k, true)? {
            (end, e @ (Expr::Weekday { .. } | Expr::Cal { d: Some(_), .. } | Expr::Persian { d: Some(_), .. })) => Some((end, e)),
            (end, Expr::PartOfDay { base, .. }) if matches!(*base, Expr::Weekday { .. } | Expr::Cal { d: Some(_), .. }) => {
                Some((end, *base))
            }
            _ => None,
        }
    }

    /// `5 p.m.`, `5pm`, `17:00`, `5:30 a.m.`, `noon`, `midnight` (hour 24 when it ends
    /// something).
    fn clock(&self, i: usize) -> Option<Match> {
        self.clock_cued(i, false)
    }

    /// [`Sent::clock`]; with `cued` a 24-hour clock `18:20` needs no cue word (a stamp's
    /// clock after its date, see [`Sent::parse`]).
    fn clock_cued(&self, i: usize, cued: bool) -> Option<Match> {
        let w = self.w(i);
        match w {
            "noon" | "midday" => return m(i, i + 1, Expr::Time { h: 12, min: 0, day: None }),
            // `shortly before midnight`, `until midnight`, `By midnight`, `shortly after
            // midnight` (of the night of the day spoken of): hour 24, the end of the day it
            // falls on or names (`before midnight Thursday`); `began at midnight`: its start
            "midnight" => {
                // (`from midnight today`, `midnight tonight`: the coming one, today's end)
                let h = if matches!(self.prev(i), "before" | "after" | "past" | "until" | "till" | "to" | "by") || matches!(self.w(i + 1), "today" | "tonight") {
                    24
                } else {
                    0
                };
                return m(i, i + 1, Expr::Time { h, min: 0, day: None });
            }
            _ => {}
        }
        if !self.is_number(i) {
            return None;
        }
        if let Some((h, min)) = ampm_token(w) {
            return m(i, i + 1, Expr::Time { h, min, day: None });
        }
        if w.len() == 4 && all_digits(w) && matches!(self.w(i + 1), "gmt" | "utc" | "hrs") {
            // `1100 GMT`
            let n: u32 = w.parse().ok()?;
            let (h, min) = (n / 100, n % 100);
            return (h <= 23 && min <= 59).then(|| Match { start: i, end: i + 2, expr: Expr::Time { h, min, day: None } });
        }
        // `7.30 a.m.`, `6.30 pm` (British style): a dotted time needs its meridiem.
        if let Some((hh, mm)) = w.split_once('.').filter(|(hh, mm)| (1..=2).contains(&hh.len()) && mm.len() == 2 && all_digits(hh) && all_digits(mm)) {
            // (or its time zone, on a 24-hour clock: a live page's `16.40 BST`)
            if lx::zone_word(self.w(i + 1)) && self.w(i + 1) != "time" {
                let (h, min): (u32, u32) = (hh.parse().ok()?, mm.parse().ok()?);
                return (h <= 23 && min <= 59).then(|| Match { start: i, end: i + 1, expr: Expr::Time { h, min, day: None } });
            }
            let (pm, end) = self.meridiem(i + 1)?;
            let (h, min) = clock12(hh.parse().ok()?, mm.parse().ok()?, pm)?;
            return m(i, end, Expr::Time { h, min, day: None });
        }
        if w.len() > 2 || !all_digits(w) {
            return None;
        }
        let h: u32 = w.parse().ok()?;
        let mut j = i + 1;
        let mut min = 0;
        let mut colon = false;
        // (`6:45am`, cut at its colon: the minutes carry the meridiem)
        if self.w(j) == ":" && self.adjacent(i) && self.adjacent(j) {
            if let Some((mm, pm)) = self.w(j + 1).strip_suffix("am").map(|mm| (mm, false)).or_else(|| self.w(j + 1).strip_suffix("pm").map(|mm| (mm, true))) {
                if mm.len() == 2 && all_digits(mm) {
                    let (h, min) = clock12(h, mm.parse().ok()?, pm)?;
                    return m(i, j + 2, Expr::Time { h, min, day: None });
                }
            }
        }
        if self.w(j) == ":" && self.adjacent(i) && self.adjacent(j) && self.w(j + 1).len() == 2 && all_digits(self.w(j + 1)) {
            min = self.w(j + 1).parse().ok()?;
            j += 2;
            colon = true;
        }
        if let Some((pm, end)) = self.meridiem(j) {
            let (h, min) = clock12(h, min, pm)?;
            return m(i, end, Expr::Time { h, min, day: None });
        }
        if matches!(self.w(j), "o'clock" | "o’clock") {
            let (h, min) = clock12(h, min, false)?;
            return m(i, j + 1, Expr::Time { h, min, day: None });
        }
        if colon && h <= 23 && min <= 59 {
            let cue = cued || matches!(
                self.prev(i),
                "at" | "by" | "around" | "from" | "until" | "till" | "before" | "after" | "since" | "about" | "approximately" | "roughly" | "exactly" | "precisely" | "between"
            )
                // (the second clock of a span: `between 22:00 and 06:00`)
                || matches!(self.prev(i), "and" | "to" | "-" | "–") && i >= 4 && self.w(i - 3) == ":"
                // (the first clock of a span written with a dash: `22:00–07:00`)
                || self.is_dash(j) && self.adjacent(j - 1) && self.w(j + 2) == ":" && self.adjacent(j + 1) && self.is_number(j + 1) && self.is_number(j + 3)
                || matches!(self.w(j), "hours" | "hrs" | "h")
                || lx::zone_word(self.w(j))
                // (`as of 21:00 on 11 August`: the day it is on; `09:00 today`, `11:00
                // tomorrow`, `08:00 this morning`: the day named right after it)
                || self.w(j) == "on" && self.day_at(j + 1).is_some()
                || lx::day_word(self.w(j)).is_some()
                || matches!(self.w(j), "this" | "that") && lx::part_of_day(self.w(j + 1)).is_some()
                || self.prev(i) == "of" && i >= 2 && self.w(i - 2) == "as"
                // (`the 08:00 shift`, `the 18:30 train`: a clock that names a thing's hour)
                || self.prev(i) == "the" && self.kind(j) == Some(TokenKind::Word)
                // a log's entries: `08:30: protesters gathered`, `- 10:15 – soldiers fired`
                || self.opens_line(i) && (matches!(self.w(j), ":" | "-" | "–" | "—") || self.kind(j).is_none());
            // A live page's stamps (`14:05` on a line of its own, `Updated 14:05 ET`): the
            // time of an entry, on the day of publication.
            // (and a label's, `Correction, 20:15:`, `Update, 09:40:`, `Editor's note,
            // 12:45:`; and one with a label in capitals after it, `22:35 UPDATE`)
            let label = (2..=4).contains(&i) && self.prev(i) == "," && self.cap(0) && (0..i - 1).all(|k| matches!(self.kind(k), Some(TokenKind::Word | TokenKind::Possessive)));
            let stamp = self.opens_line(i) && self.after_line_break(j)
                || self.opens_line(i)
                    && self.kind(j) == Some(TokenKind::Word)
                    && crate::tokens::is_acronym(self.raw(j))
                    && !lx::zone_word(self.w(j))
                    && (self.after_line_break(j + 1) || j + 1 == self.t.len())
                || matches!(self.prev(i), "updated" | "posted" | "published")
                || label && self.kind(0) == Some(TokenKind::Word) && self.w(j) == ":";
            if stamp {
                return m(i, j, Expr::Time { h, min, day: Some(Box::new(Expr::Today { present: false })) });
            }
            if cue {
                // (`10:30 hours`: the word is the clock's)
                let end = if matches!(self.w(j), "hours" | "hrs" | "h") { j + 1 } else { j };
                return m(i, end, Expr::Time { h, min, day: None });
            }
        }
        None
    }

    /// `pm`, `p.m.`, `a.m` after a clock number: (pm, end).
    fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
        match self.w(j) {
            "pm" | "p.m" => Some((true, j + 1)),
            "am" | "a.m" => Some((false, j + 1)),
            "p" | "a" if self.w(j + 1) == "." && self.w(j + 2) == "m" && self.adjacent(j) && self.adjacent(j + 1) => {
                let end = if self.w(j + 3) == "." && self.adjacent(j + 2) { j + 4 } else { j + 3 };
                Some((self.w(j) == "p", end))
            }
            _ => None,
        }
    }
}

/// The first (or last) day of a year or month written out (`2022`, `June 2021`, `June`),
/// as a date; `None` for other targets (and for the end of a February of no stated year).
fn first_or_last_day(e: &Expr, first: bool) -> Option<Expr> {
    let Expr::Cal { y, m, d: None } = *e else { return None };
    let (m, d) = match (m, first) {
        (None, _) if y.is_some() => if first { (1, 1) } else { (12, 31) },
        (None, _) => return None,
        (Some(m), true) => (m, 1),
        (Some(m), false) => {
            let fits = |d: u32| match y {
                Some(y) => chrono::NaiveDate::from_ymd_opt(y, m, d).is_some(),
                None => m != 2 && day_fits_month(m, d),
            };
            (m, (28..=31).rev().find(|&d| fits(d))?)
        }
    };
    Some(Expr::Cal { y, m: Some(m), d: Some(d) })
}

/// What `the end of`, `the start of` (`early`) … refer to: the year or month under
/// discussion becomes a [`Expr::Part`] of it (the document's own may be meant); any
/// other target stays as it is.
fn part_of(e: Expr, early: bool) -> Expr {
    match e {
        Expr::Anaphoric { unit: unit @ (Unit::Year | Unit::Month | Unit::Week), n: 0 } => Expr::Part { unit, early },
        e => e,
    }
}

/// Joins the two ends of a range, completing the first from the second
/// (`5 – 19 January 2022`, `January – March 2020`); `None` if they do not go together.
fn join(a: &Expr, b: &Expr) -> Option<Expr> {
    match (a, b) {
        (Expr::Cal { y: ya, m: ma, d: da }, Expr::Cal { y: yb, m: mb, d: db }) => {
            // a bare day needs a month at the other end; years join only years
            if ma.is_none() && da.is_some() && (mb.is_none() || db.is_none()) {
                return None;
            }
            if (ya.is_some() && ma.is_none()) != (yb.is_some() && mb.is_none()) {
                return None;
            }
            let m = ma.or(*mb);
            let y = ya.or(*yb);
            let d = *da;
            if let (Some(mo), Some(dd)) = (m, d) {
                if !day_fits_month(mo, dd) {
                    return None;
                }
            }
            let first = Expr::Cal { y, m, d };
            let second = Expr::Cal { y: yb.or(*ya), m: *mb, d: *db };
            Some(Expr::Range(Box::new(first), Box::new(second)))
        }
        (Expr::Weekday { .. }, Expr::Weekday { .. })
        | (Expr::Decade(_), Expr::Decade(_))
        | (Expr::Century(_), Expr::Century(_))
        | (Expr::Season { .. }, Expr::Season { .. }) => Some(Expr::Range(Box::new(a.clone()), Box::new(b.clone()))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Expr {
        Expr::Cal { y, m, d }
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(numeric_date("2022-01-02"), Some(cal(Some(2022), Some(1), Some(2))));
        assert_eq!(numeric_date("02.01.2022"), Some(cal(Some(2022), Some(1), Some(2))));
        assert_eq!(numeric_date("2022-01"), Some(cal(Some(2022), Some(1), None)));
        let range = |a, b| Some(Expr::Range(Box::new(cal(Some(a), None, None)), Box::new(cal(Some(b), None, None))));
        assert_eq!(numeric_date("2011-2012"), range(2011, 2012));
        assert_eq!(numeric_date("2011-12"), range(2011, 2012));
        assert_eq!(numeric_date("1999-00"), None);
        assert_eq!(numeric_date("2022-2021"), None);
        assert_eq!(numeric_date("2022-02-30"), None);
        assert_eq!(numeric_date("31.02.2022"), None);
        assert_eq!(numeric_date("2.1.3"), None);
        assert_eq!(numeric_date("10000-01-01"), None);
        assert_eq!(numeric_date("0000-01-01"), None);
        assert_eq!(numeric_date("2022-01-02-03"), None);
        assert_eq!(numeric_date("99999999999999999999-1"), None);
    }

    #[test]
    fn decades_and_numbers() {
        assert_eq!(decade_token("1990s"), Some(Expr::Decade(199)));
        assert_eq!(decade_token("2000s"), Some(Expr::Decade(200)));
        assert_eq!(decade_token("1800s"), Some(Expr::Century(18)));
        assert_eq!(decade_token("1995s"), None);
        assert_eq!(short_decade("90s"), Some(Expr::Decade(199)));
        assert_eq!(short_decade("20s"), Some(Expr::Decade(202)));
        assert_eq!(plain_number("18"), Some((Some(18), "18".into())));
        assert_eq!(plain_number("2,000"), Some((Some(2000), "2000".into())));
        assert_eq!(plain_number("2.50"), Some((None, "2.5".into())));
        assert_eq!(plain_number("2,00"), None);
        assert_eq!(plain_number("1.2.3"), None);
        assert_eq!(plain_number("9999999999999"), None);
        assert_eq!(day_of("21st"), Some(21));
        assert_eq!(day_of("32"), None);
        assert_eq!(day_of("0"), None);
        assert_eq!(year4("2011"), Some(2011));
        assert_eq!(year4("201"), None);
    }

    #[test]
    fn clock_times() {
        assert_eq!(ampm_token("5pm"), Some((17, 0)));
        assert_eq!(ampm_token("12am"), Some((0, 0)));
        assert_eq!(ampm_token("12pm"), Some((12, 0)));
        assert_eq!(ampm_token("5.30am"), Some((5, 30)));
        assert_eq!(ampm_token("13pm"), None);
        assert_eq!(ampm_token("5.3pm"), None);
        assert_eq!(ampm_token("pm"), None);
    }
}
