//! Figures: numbers tied to what they count (killed, injured, detained, protesters,
//! workers, percentages, money), with qualifiers kept as ranges: `at least 240 killed`
//! → killed, min 240, max none.
//!
//! Patterns, all within one sentence:
//! - NUMBER [modifiers] NOUN: `16 dead`, `37,000 oil workers`, `225 deaths`;
//! - NUMBER PERSON [aux] VERB: `16 people were killed`, `thousands of people marched`;
//! - VERB NUMBER [PERSON]: `killing at least 16`, `police detained 300 protesters`;
//! - `death toll … NUMBER`: `the death toll rose to 225`;
//! - NUMBER `%`/`percent`, and money: `$2 million`, `1.5bn tenge`, `€300`.
//!
//! Numbers are digits (`37,000`, `1.5`, `3m`, `1.5bn`, `10-20`), words (`sixteen`,
//! `twenty-five`, `two hundred`, `a dozen`) or vague plurals (`hundreds of`,
//! `tens of thousands of`). Years, dates (`16 January`) and ages are not figures.

use crate::corpus::{Document, Span};
use crate::extract::{Figure, FigureKind};
use crate::tokens::{Prepared, Token, TokenKind};

/// Finds the figures of a document, in text order.
pub fn find(doc: &Document) -> Vec<Figure> {
    let prep = Prepared::new(doc);
    find_prepared(doc, &prep, &prep.words())
}

/// [`find`] over the document's shared tokens and their lowercase texts
/// ([`Prepared::words`]).
pub fn find_prepared(doc: &Document, prep: &Prepared, words: &[&str]) -> Vec<Figure> {
    let (text, toks) = (doc.text.as_str(), prep.tokens.as_slice());
    let cx = Cx { text, toks, words };
    let mut out: Vec<Figure> = Vec::new();
    // (Only at the tokens where a figure may start, which the preparation marked: see
    // [`START_MARK`].)
    let marks = prep.timex.as_slice();
    let mut i = 0;
    while let Some(k) = marks.get(i..).and_then(|m| m.iter().position(|&m| m & START_MARK != 0)) {
        i += k;
        match cx.figure_at(i) {
            Some((fig, next)) => {
                // Never overlap a figure already found (e.g. a verb-first match); one
                // worker or marcher (`said one worker`) is a person, not a count.
                if out.last().is_none_or(|l| l.span.end <= fig.span.start) && !one_person(&fig) {
                    out.push(fig);
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// A crowd or workforce of one: `one worker, who asked not to be named`.
fn one_person(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Workers | FigureKind::Protesters) && f.min == Some(1.0)
}

struct Cx<'a> {
    text: &'a str,
    /// The lower-cased text of each token (`lower` sliced by its span), sliced once.
    words: &'a [&'a str],
    toks: &'a [Token],
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Qual {
    None,
    Min,
    Max,
    Approx,
}

/// A parsed number: token range `start..end`, value range and flags.
#[derive(Clone, Debug)]
struct Num {
    end: usize,
    min: f64,
    max: Option<f64>,
    approximate: bool,
    /// Bare four-digit number that reads as a year.
    year_like: bool,
    /// `hundreds of`, `dozens`: an open lower bound.
    vague: bool,
}

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
];

/// The mark of a token where a figure may start, in [`Prepared::timex`] (set by
/// [`Prepared::fill`] with [`word_start_mark`], [`punct_start_mark`] and
/// [`NUMBER_START_MARK`]): a number, a currency symbol, a word of [`START_WORDS`]
/// (flagged [`crate::lexicon::FIGURE_START`]) or a hyphenated number word (`twenty-five`).
pub(crate) const START_MARK: u8 = 4;

/// [`START_MARK`] for a number: a figure may start at any.
pub(crate) const NUMBER_START_MARK: u8 = START_MARK;

/// [`START_MARK`] for a word whose shared lexicon flags are `lex`, with the token's
/// [`crate::tokens::Token::flags`] `flags` and its lowercase form `w`. (Every listed word
/// has at most 13 bytes; `twenty-five`: the only words outside the list that
/// [`small_number`] reads.)
#[inline(always)]
pub(crate) fn word_start_mark(lex: u32, flags: u8, w: &str) -> u8 {
    let listed = lex & crate::lexicon::FIGURE_START != 0;
    u8::from(listed || flags & crate::tokens::HYPHEN != 0 && (7..=13).contains(&w.len()) && small_number(w).is_some()) * START_MARK
}

/// [`START_MARK`] for a punctuation mark whose (lowercase) bytes are `w`: a currency
/// symbol. (Every one starts with `$` or the byte C2 or E2: the others are passed at once.)
#[inline(always)]
pub(crate) fn punct_start_mark(w: &[u8]) -> u8 {
    let currency = matches!(w.first(), Some(b'$' | 0xC2 | 0xE2)) && std::str::from_utf8(w).ok().and_then(currency_symbol).is_some();
    u8::from(currency) * START_MARK
}

/// Every literal word that [`word_start_mark`] accepts (sorted): the literals of
/// [`small_number`] and [`verb_before_kind`] and the qualifier and vague-number words.
/// Hyphenated number words (`twenty-five`) are checked by [`small_number`] itself.
pub(crate) const START_WORDS: &[&str] = &[
    "a", "about", "above", "almost", "an", "approx", "approximately", "around", "arrest",
    "arrested", "arresting", "arrests", "as", "at", "between", "c", "c.", "circa", "claimed",
    "claiming", "close", "detain", "detained", "detaining", "dozens", "eight", "eighteen",
    "eighty", "eleven", "estimated", "fewer", "fifteen", "fifty", "five", "forty", "four",
    "fourteen", "from", "half", "hundreds", "hurt", "hurting", "imprisoned", "imprisoning",
    "in", "injured", "injures", "injuring", "jailed", "jailing", "just", "kill", "killed",
    "killing", "kills", "less", "millions", "more", "nearly", "nine", "nineteen", "ninety",
    "no", "number", "one", "over", "roughly", "scores", "sentenced", "sentencing", "seven",
    "seventeen", "seventy", "several", "shot", "six", "sixteen", "sixty", "some", "ten", "tens",
    "thirteen", "thirty", "thousands", "three", "toll", "twelve", "twenty", "two", "under",
    "up", "upwards", "wounded", "wounding",
];

/// `twenty` … `ninety`.
fn tens(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ if tens(w).is_some() => tens(w)?,
        _ => {
            // `twenty-five`
            if w.len() < 7 || w.len() > 13 {
                return None;
            }
            let (a, b) = w.split_once('-')?;
            let tens = tens(a)?;
            let ones = small_number(b)?;
            if ones >= 10.0 {
                return None;
            }
            tens + ones
        }
    })
}

/// Vague plurals: `hundreds of`, `tens of thousands of`, `dozens`.
fn vague(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        _ => return None,
    })
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "mln" | "mn" | "m" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "k" => 1e3,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Parses `37,000`, `1.5`, `3m`, `1.5bn`, `10k`; `None` for `2nd`, `1990s`, `02.01.2022`.
fn parse_digits(s: &str) -> Option<(f64, bool)> {
    // Digits alone (most numbers), in one pass: at most 15 of them convert exactly, as
    // the general path below reads them.
    if !s.is_empty() && s.len() <= 15 {
        if let Some(n) = s.bytes().try_fold(0u64, |x, b| b.is_ascii_digit().then(|| x * 10 + u64::from(b - b'0'))) {
            let v = n as f64;
            return Some((v, s.len() == 4 && (1800.0..=2100.0).contains(&v)));
        }
    }
    // (By bytes: every byte of a character outside ASCII ends the number too.)
    let split = s.bytes().position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.')).unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    if num.is_empty() || num.bytes().filter(|&b| b == b'.').count() > 1 {
        return None;
    }
    // Thousands separators must group by three: `37,000` but not `3,7`. (Digits alone,
    // the common case, have nothing to check.)
    if !num.bytes().all(|b| b.is_ascii_digit()) {
        let mut groups = num.split('.').next().unwrap_or("").split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || groups.clone().any(|g| g.len() != 3) {
            return None;
        }
        if num.contains(',') && first.len() > 3 {
            return None;
        }
    }
    // `num` is ASCII digits, `,` and `.`: drop the commas into a stack buffer
    let mut buf = [0u8; 64];
    let mut v: f64 = if num.len() <= buf.len() {
        let mut n = 0;
        for &b in num.as_bytes() {
            if b != b',' {
                buf[n] = b;
                n += 1;
            }
        }
        let digits = &buf[..n];
        if !digits.is_empty() && digits.len() <= 15 && digits.iter().all(u8::is_ascii_digit) {
            // an integer below 2^53 converts exactly, as `parse` would give it
            digits.iter().fold(0u64, |x, &d| x * 10 + u64::from(d - b'0')) as f64
        } else {
            std::str::from_utf8(digits).ok()?.parse().ok()?
        }
    } else {
        let clean: String = num.chars().filter(|&c| c != ',').collect();
        clean.parse().ok()?
    };
    if !v.is_finite() {
        return None;
    }
    let year_like = suffix.is_empty()
        && !num.contains([',', '.'])
        && num.len() == 4
        && (1800.0..=2100.0).contains(&v);
    if !suffix.is_empty() {
        // Lowercased on the stack: no scale word is longer than eight bytes.
        let mut buf = [0u8; 8];
        let lower = buf.get_mut(..suffix.len())?;
        lower.copy_from_slice(suffix.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).ok()?;
        v *= scale_word(lower).filter(|_| lower != "dozen" && lower != "hundred")?;
    }
    Some((v, year_like))
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollars" | "dollar" | "usd" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "pounds" | "gbp" => "GBP",
        "tenge" | "kzt" => "KZT",
        "rupees" | "rupee" | "lkr" => "LKR",
        "pesos" | "clp" => "CLP",
        "rials" | "rial" | "irr" | "tomans" => "IRR",
        "roubles" | "rubles" | "rub" | "byn" => "RUB",
        "yuan" | "renminbi" | "cny" => "CNY",
        "hkd" => "HKD",
        _ => return None,
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "CNY",
        "₸" => "KZT",
        "₹" => "INR",
        "₽" => "RUB",
        _ => return None,
    })
}

fn kill_word(w: &str) -> bool {
    matches!(
        w,
        "dead" | "killed" | "deaths" | "fatalities" | "lives" | "bodies" | "died" | "slain" | "murdered"
    )
}
fn injure_word(w: &str) -> bool {
    matches!(w, "injured" | "wounded" | "hurt" | "injuries" | "injuring" | "wounding" | "hospitalised" | "hospitalized")
}
fn detain_word(w: &str) -> bool {
    matches!(
        w,
        "detained" | "arrested" | "arrests" | "detentions" | "detainees" | "jailed" | "imprisoned" | "prisoners"
    )
}

/// A quotation mark around the words after a number (`26 "armed criminals"`).
fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”")
}

/// What a noun right after a number counts, if it says so itself.
fn direct_kind(w: &str) -> Option<FigureKind> {
    if kill_word(w) {
        Some(FigureKind::Killed)
    } else if injure_word(w) {
        Some(FigureKind::Injured)
    } else if detain_word(w) {
        Some(FigureKind::Detained)
    } else {
        None
    }
}

/// People nouns: the kind comes from what happened to them, or the noun itself.
fn person_kind(w: &str) -> Option<Option<FigureKind>> {
    Some(match w {
        "protesters" | "protestors" | "demonstrators" | "marchers" | "rioters" | "participants"
        | "protester" | "protestor" | "demonstrator" => Some(FigureKind::Protesters),
        "workers" | "employees" | "miners" | "staff" | "staffers" | "labourers" | "laborers"
        | "dockers" | "dockworkers" | "steelworkers" | "nurses" | "teachers" | "doctors"
        | "drivers" | "truckers" | "strikers" | "worker" | "employee" | "miner" | "servants"
        | "paramedics" | "medics" | "midwives" | "firefighters" | "pilots" | "cleaners" | "porters"
        | "picketers" | "pickets" | "unionists" | "engineers" | "machinists" | "technicians" | "operators"
        | "conductors" | "lecturers" | "academics" | "professors" | "clerks" | "cooks" | "housekeepers" | "janitors" => {
            Some(FigureKind::Workers)
        }
        "people" | "persons" | "person" | "civilians" | "individuals" | "others" | "residents"
        | "men" | "women" | "children" | "students" | "villagers" | "citizens" | "officers"
        | "policemen" | "police" | "soldiers" | "troops" | "journalists" | "activists" | "youths"
        | "passengers" | "bystanders" | "inmates" | "supporters" | "civilian" | "officer"
        | "policeman" | "soldier" | "journalist" | "activist" | "student" | "man" | "woman"
        | "child" | "members" | "organisers" | "organizers" | "leaders" | "opposition" | "dissidents"
        | "farmers" | "traders" | "shopkeepers" | "pensioners" | "mothers" | "fans" | "locals"
        | "criminals" | "militants" | "gunmen" | "attackers" | "assailants" | "terrorists" | "bandits"
        | "looters" | "rebels" | "fighters" | "insurgents" | "servicemen" | "guards" | "victims" => None,
        // `autoworkers`, `steelworkers`
        _ if w.len() > 7 && w.ends_with("workers") && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => {
            Some(FigureKind::Workers)
        }
        _ => return None,
    })
}

/// A verb after a people noun: `were killed`, `marched`, `went (on strike)`.
fn verb_kind(w: &str) -> Option<FigureKind> {
    if let Some(k) = direct_kind(w) {
        return Some(k);
    }
    Some(match w {
        "held" | "sentenced" | "rounded" => FigureKind::Detained,
        "treated" => FigureKind::Injured,
        "marched" | "rallied" | "protested" | "gathered" | "demonstrated" | "joined" | "took"
        | "attended" | "participated" | "assembled" | "staged" | "turned" | "blocked"
        | "protesting" | "marching" | "rallying" | "demonstrating" | "gathering" => {
            FigureKind::Protesters
        }
        "struck" | "walked" | "went" | "striking" | "downed" => FigureKind::Workers,
        "filled" | "flooded" | "thronged" | "packed" | "poured" => FigureKind::Protesters,
        _ => return None,
    })
}

/// The last word of a crowd filling a public space, given the words from the verb on:
/// `filled the streets`, `poured into the square`, `thronged the avenues`; `None` for
/// other phrases (`filled the gap`, `packed their bags`). The count is its offset from the verb.
pub(crate) fn crowd_phrase<'w>(ws: impl Fn(usize) -> &'w str) -> Option<usize> {
    let space = |w: &str| {
        matches!(w, "streets" | "street" | "square" | "squares" | "plaza" | "plazas" | "avenue" | "avenues" | "centre" | "center" | "roads" | "boulevard" | "boulevards")
    };
    match ws(0) {
        "filled" | "flooded" | "thronged" | "packed" if ws(1) == "the" && space(ws(2)) => Some(2),
        "poured" | "flooded" if matches!(ws(1), "into" | "onto" | "on") && ws(2) == "the" && space(ws(3)) => Some(3),
        _ => None,
    }
}

/// Whether the words from `in` on name a vote: `in the consultation`, `in a strike
/// ballot`, `in Sunday's referendum` (at most two words before the noun).
fn in_a_vote<'w>(ws: impl Fn(usize) -> &'w str) -> bool {
    ws(0) == "in"
        && (1..4).any(|k| {
            matches!(ws(k), "vote" | "votes" | "ballot" | "ballots" | "consultation" | "poll" | "polls" | "election" | "elections" | "referendum" | "survey" | "primary")
        })
}

/// Words allowed between a people noun and its verb.
fn aux_word(w: &str) -> bool {
    matches!(
        w,
        "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been" | "being" | "reportedly"
            | "allegedly" | "also" | "all" | "later" | "subsequently" | "already" | "now"
            | "have been" | "were later" | "confirmed" | "reported" | "believed" | "feared"
            | "to" | "be" | "seriously" | "critically" | "fatally" | "badly" | "who"
    )
}

/// Verbs that count their object: `killing 16`, `detained 300 protesters`.
fn verb_before_kind(w: &str) -> Option<FigureKind> {
    Some(match w {
        "killed" | "killing" | "kills" | "kill" | "claimed" | "claiming" => FigureKind::Killed,
        "injured" | "injuring" | "wounded" | "wounding" | "hurt" | "hurting" | "injures" => {
            FigureKind::Injured
        }
        "arrested" | "arresting" | "arrest" | "detained" | "detaining" | "detain" | "jailed"
        | "jailing" | "sentenced" | "sentencing" | "imprisoned" | "imprisoning" | "arrests" => {
            FigureKind::Detained
        }
        _ => return None,
    })
}

/// Modifiers allowed between a number and its noun: `16 unarmed protesters`.
fn modifier_word(w: &str) -> bool {
    if w.contains('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return true; // anti-government, pro-democracy
    }
    matches!(
        w,
        "more" | "other" | "unarmed" | "peaceful" | "young" | "local" | "oil" | "gas" | "mine"
            | "copper" | "steel" | "coal" | "factory" | "dock" | "port" | "rail" | "railway"
            | "transport" | "bus" | "health" | "hospital" | "public" | "state" | "sector"
            | "industrial" | "textile" | "garment" | "car" | "auto" | "postal" | "university"
            | "school" | "opposition" | "government" | "police" | "security" | "riot" | "army"
            | "striking" | "protesting" | "union" | "trade" | "innocent" | "ordinary"
            | "additional" | "further" | "foreign" | "migrant" | "female" | "male" | "elderly"
            | "armed" | "masked" | "angry" | "student" | "civilian" | "medical" | "field"
            | "oilfield" | "plant" | "refinery" | "smelter" | "metro" | "subway" | "airport"
            | "municipal" | "council" | "contract" | "temporary" | "permanent" | "full-time" | "office"
            | "seriously" | "critically" | "badly" | "severely" | "fatally" | "reportedly"
            | "allegedly" | "being" | "people" | "ambulance" | "nhs" | "care" | "nursing"
            | "teaching" | "tea" | "plantation" | "farm" | "construction" | "delivery"
            | "warehouse" | "sanitation" | "mining" | "power" | "electricity" | "water"
            | "airline" | "cabin" | "rubber" | "sugar" | "shipyard" | "metal" | "chemical"
            | "retail" | "hotel" | "food" | "civil" | "service" | "telecom" | "bank" | "tram"
            | "train" | "truck" | "taxi" | "platform" | "gig" | "fishing" | "cleaning" | "junior"
            | "senior" | "trainee" | "resident" | "agency" | "unionised" | "unionized"
    )
}

impl<'a> Cx<'a> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }
    /// Lower-case text of token `i` (empty past the end).
    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.tok(a), self.tok(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }
    /// Word `i` if it is in the same sentence as `anchor`.
    fn ws(&self, i: usize, anchor: usize) -> &'a str {
        if self.same_sentence(i, anchor) {
            self.w(i)
        } else {
            ""
        }
    }
    fn is_month(&self, i: usize) -> bool {
        let w = self.w(i);
        let w = w.strip_suffix('.').unwrap_or(w);
        MONTHS.contains(&w)
    }
    fn span(&self, a: usize, b_incl: usize) -> Span {
        match (self.tok(a), self.tok(b_incl)) {
            (Some(x), Some(y)) if x.span.start <= y.span.end => Span::new(x.span.start, y.span.end),
            (Some(x), _) => x.span,
            _ => Span::new(0, 0),
        }
    }

    /// A qualifier starting at `i`: returns it and the index after it.
    fn qualifier(&self, i: usize) -> (Qual, usize) {
        // every qualifier starts with a word: numbers (most calls) have none
        if self.w(i).as_bytes().first().is_none_or(u8::is_ascii_digit) {
            return (Qual::None, i);
        }
        // (Every qualifier starts with one of these words: the others are passed before
        // the words after them are read.)
        if !matches!(
            self.w(i),
            "at" | "more" | "over" | "upwards" | "above" | "in" | "no" | "a" | "just" | "up" | "fewer" | "less" | "as" | "under" | "about"
                | "around" | "some" | "roughly" | "approximately" | "nearly" | "almost" | "estimated" | "approx" | "circa" | "c."
                | "an" | "close"
        ) {
            return (Qual::None, i);
        }
        let w = |k: usize| self.ws(i + k, i);
        let (q, n) = match (w(0), w(1), w(2)) {
            ("at", "least", _) => (Qual::Min, 2),
            ("more", "than", _) | ("over", _, _) | ("upwards", "of", _) | ("above", _, _) => {
                (Qual::Min, if w(0) == "more" || w(0) == "upwards" { 2 } else { 1 })
            }
            ("in", "excess", "of") => (Qual::Min, 3),
            ("no", "fewer", "than") | ("no", "less", "than") => (Qual::Min, 3),
            ("a", "minimum", "of") => (Qual::Min, 3),
            ("just", "over", _) => (Qual::Min, 2),
            ("up", "to", _) | ("at", "most", _) | ("fewer", "than", _) | ("less", "than", _) => {
                (Qual::Max, 2)
            }
            ("as", "many", "as") | ("no", "more", "than") | ("a", "maximum", "of") => (Qual::Max, 3),
            ("under", _, _) => (Qual::Max, 1),
            ("just", "under", _) => (Qual::Max, 2),
            ("about", _, _) | ("around", _, _) | ("some", _, _) | ("roughly", _, _)
            | ("approximately", _, _) | ("nearly", _, _) | ("almost", _, _) | ("estimated", _, _)
            | ("approx", _, _) | ("circa", _, _) | ("c.", _, _) => (Qual::Approx, 1),
            ("an", "estimated", _) | ("close", "to", _) | ("as", "few", _) => (Qual::Approx, 2),
            _ => (Qual::None, 0),
        };
        // (A currency symbol may stand before the number: `about £1,400`.)
        let currency = || self.tok(i + n).is_some_and(|t| t.kind == TokenKind::Punct && currency_symbol(t.text(self.text)).is_some());
        if n > 0 && self.same_sentence(i, i + n) && (self.number(i + n).is_some() || currency()) {
            (q, i + n)
        } else {
            (Qual::None, i)
        }
    }

    /// Parses a number (digits or words) starting exactly at `i`.
    fn number(&self, i: usize) -> Option<Num> {
        let t = self.tok(i)?;
        let w0 = self.w(i);
        let same = |k: usize| self.same_sentence(i, k);
        if t.kind == TokenKind::Number {
            // (The minutes of a clock, `13:02 Man arrested`, `08:55 Ambulance workers
            // walk out`: no count.)
            if t.flags & crate::tokens::GLUED != 0 && i >= 2 && self.w(i - 1) == ":" && self.tok(i - 1).is_some_and(|c| c.flags & crate::tokens::GLUED != 0) && self.tok(i - 2).is_some_and(|h| h.kind == TokenKind::Number) {
                return None;
            }
            let raw = t.text(self.text);
            // `10-20` is a range. (Only a token with a hyphen or a byte outside ASCII,
            // as `‑` is, can hold one: most numbers skip the search.)
            let dashed = t.flags & (crate::tokens::HYPHEN | crate::tokens::NON_ASCII) != 0;
            if let Some((a, b)) = dashed.then(|| raw.split_once(['-', '‑'])).flatten() {
                let (x, _) = parse_digits(a)?;
                let (y, _) = parse_digits(b)?;
                if y < x {
                    return None;
                }
                return Some(Num { end: i + 1, min: x, max: Some(y), approximate: false, year_like: false, vague: false });
            }
            let (mut v, mut year_like) = parse_digits(raw)?;
            let mut end = i + 1;
            // `1.2 million`, `10 thousand`
            if same(end) {
                if let Some(s) = scale_word(self.w(end)).filter(|_| {
                    matches!(self.w(end), "hundred" | "thousand" | "million" | "billion" | "bn" | "mln" | "mn")
                }) {
                    v *= s;
                    end += 1;
                    year_like = false;
                }
            }
            return Some(Num { end, min: v, max: Some(v), approximate: false, year_like, vague: false });
        }
        if t.kind != TokenKind::Word {
            return None;
        }
        // Only these words start a number (most calls are for `in`, `at`, `as`, which
        // start only qualifiers).
        if !matches!(w0, "tens" | "several" | "a" | "an" | "half") && vague(w0).is_none() && small_number(w0).is_none() {
            return None;
        }
        if w0 == "tens" && self.w(i + 1) == "of" && self.w(i + 2) == "thousands" && same(i + 2) {
            return Some(Num { end: i + 3, min: 20000.0, max: None, approximate: true, year_like: false, vague: true });
        }
        if let Some(v) = vague(w0) {
            // `hundreds of thousands`
            if self.w(i + 1) == "of" && same(i + 2) {
                if let Some(m) = vague(self.w(i + 2)).filter(|&m| m > v && m >= 2000.0) {
                    return Some(Num { end: i + 3, min: v / 2.0 * m, max: None, approximate: true, year_like: false, vague: true });
                }
            }
            return Some(Num { end: i + 1, min: v, max: None, approximate: true, year_like: false, vague: true });
        }
        // `several hundred`, `a few thousand`
        let (few, k) = match (w0, self.w(i + 1)) {
            ("several", _) => (true, i + 1),
            ("a", "few") => (true, i + 2),
            _ => (false, i),
        };
        if few && same(k) {
            let s = match self.w(k) {
                "hundred" => 100.0,
                "thousand" => 1000.0,
                "million" => 1e6,
                "dozen" => 12.0,
                _ => return None,
            };
            return Some(Num { end: k + 1, min: 2.0 * s, max: Some(10.0 * s - 1.0), approximate: true, year_like: false, vague: false });
        }
        // Written numbers: `sixteen`, `two hundred and fifty`, `a dozen`, `1.2 million`.
        let mut total = 0.0;
        let mut current = 0.0;
        let mut seen = false;
        let mut j = i;
        let mut last_hundred = false;
        let mut half = 1.0;
        if w0 == "half" && self.w(i + 1) == "a" && matches!(self.w(i + 2), "million" | "billion" | "dozen") && same(i + 2) {
            half = 0.5;
            j = i + 1;
        }
        if matches!(self.w(j), "a" | "an") {
            if !matches!(self.w(j + 1), "dozen" | "hundred" | "thousand" | "million" | "billion") || !same(j + 1) {
                return None;
            }
            current = 1.0;
            j += 1;
        }
        loop {
            if !same(j) {
                break;
            }
            let w = self.w(j);
            if let Some(v) = small_number(w) {
                if seen && current % 100.0 != 0.0 && !last_hundred {
                    break; // `two three`
                }
                current += v;
                seen = true;
                last_hundred = false;
            } else if w == "hundred" && (seen || current > 0.0) {
                current = current.max(1.0) * 100.0;
                seen = true;
                last_hundred = true;
            } else if w == "dozen" && (seen || current > 0.0) {
                current = current.max(1.0) * 12.0;
                seen = true;
                last_hundred = false;
            } else if matches!(w, "thousand" | "million" | "billion") && (seen || current > 0.0) {
                let s = scale_word(w).unwrap_or(1.0);
                total += current.max(1.0) * s;
                current = 0.0;
                seen = true;
                last_hundred = true;
            } else if w == "and" && last_hundred && small_number(self.w(j + 1)).is_some() && same(j + 1) {
                last_hundred = false;
            } else {
                break;
            }
            j += 1;
        }
        if !seen {
            return None;
        }
        let v = (total + current) * half;
        Some(Num { end: j, min: v, max: Some(v), approximate: false, year_like: false, vague: false })
    }

    /// A figure starting at token `i`, with the index to continue from.
    fn figure_at(&self, i: usize) -> Option<(Figure, usize)> {
        let w0 = self.w(i);
        // `death toll rose to 225`
        if w0 == "toll" {
            let first = if i > 0 && self.w(i - 1) == "death" && self.same_sentence(i - 1, i) { i - 1 } else { i };
            return self.toll(first, i + 1, FigureKind::Killed);
        }
        // `the number of arrests rose to more than 3,000`
        if w0 == "number" && self.w(i + 1) == "of" && self.same_sentence(i, i + 2) {
            if let Some(kind) = direct_kind(self.w(i + 2)) {
                return self.toll(i, i + 3, kind);
            }
            // `the number of people detained had grown to 650`
            if person_kind(self.w(i + 2)).is_some() && self.same_sentence(i, i + 3) {
                if let Some(kind) = direct_kind(self.w(i + 3)) {
                    return self.toll(i, i + 4, kind);
                }
            }
        }
        // `shot dead two protesters`
        if w0 == "shot" && self.w(i + 1) == "dead" && self.same_sentence(i, i + 1) {
            if let Some((mut f, next)) = self.verb_first(i + 1, FigureKind::Killed) {
                f.span.start = self.tok(i).map_or(f.span.start, |t| t.span.start);
                return Some((f, next));
            }
        }
        // Verb first: `killing at least 16`, `detained 300 protesters`.
        if let Some(kind) = verb_before_kind(w0) {
            if let Some(r) = self.verb_first(i, kind) {
                return Some(r);
            }
        }
        // Currency symbol first: `$2 million`, `US$3bn`.
        let t = self.tok(i)?;
        if t.kind == TokenKind::Punct {
            if let Some(cur) = currency_symbol(t.text(self.text)) {
                let prefix = i.checked_sub(1).filter(|&p| {
                    matches!(self.w(p), "us" | "hk" | "a" | "c" | "nz" | "s")
                        && self.tok(p).is_some_and(|pt| pt.span.end == t.span.start)
                });
                let cur = match prefix.map(|p| self.w(p)) {
                    Some("hk") => "HKD",
                    _ => cur,
                };
                let (q, j) = self.qualifier(i + 1);
                let n = self.number(j).filter(|_| self.same_sentence(i, j))?;
                if n.vague {
                    return None;
                }
                // A qualifier before the symbol: `about £1,400`, `more than $2bn`.
                let start = prefix.unwrap_or(i);
                let before = (1..=3).filter_map(|k| start.checked_sub(k)).find_map(|p| {
                    let (bq, bj) = self.qualifier(p);
                    (bj == start && bq != Qual::None).then_some((bq, p))
                });
                let (q, start) = match before {
                    Some((bq, p)) if q == Qual::None => (bq, p),
                    _ => (q, start),
                };
                let fig = self.make(start, n.end - 1, FigureKind::Money, q, &n, Some(cur));
                return Some((fig, n.end));
            }
        }
        let (q, j, n) = match self.between(i) {
            Some(n) => (Qual::None, i, n),
            None => {
                let (q, j) = self.qualifier(i);
                (q, j, self.number(j)?)
            }
        };
        // `no one was killed`
        if matches!(self.w(i.wrapping_sub(1)), "no") && q == Qual::None {
            return None;
        }
        // `one in four nurses`: a share, not a count.
        if j >= 2 && self.w(j - 1) == "in" && matches!(self.w(j - 2), "one" | "1") && self.same_sentence(j - 2, j) {
            return None;
        }
        // Dates: `16 January`, `January 16`, `January 2022` (not `On 5 January 200 people`:
        // no day or year is that number).
        let day_or_year = n.year_like || (n.min.fract() == 0.0 && (1.0..=31.0).contains(&n.min));
        if self.is_month(n.end) && self.same_sentence(n.end, j)
            || j > 0 && self.is_month(j - 1) && self.same_sentence(j - 1, j) && day_or_year
        {
            return None;
        }
        let k = n.end;
        let ws = |x: usize| self.ws(x, j);
        // Percent.
        if let Some(t) = self.tok(k) {
            let after = ws(k);
            let pct_sign = t.kind == TokenKind::Punct && after == "%";
            if pct_sign || after == "percent" || (after == "per" && ws(k + 1) == "cent") {
                let end = if after == "per" { k + 1 } else { k };
                return Some((self.make(i, end, FigureKind::Percent, q, &n, Some("%")), end + 1));
            }
            if let Some(cur) = currency_word(after) {
                if !n.vague {
                    return Some((self.make(i, k, FigureKind::Money, q, &n, Some(cur)), k + 1));
                }
            }
        }
        if n.year_like && q == Qual::None {
            return None;
        }
        // Skip `of` after vague numbers and `a dozen of`.
        let mut k = k;
        if ws(k) == "of" {
            k += 1;
            // `thousands of the protesters`
            if matches!(ws(k), "them" | "those") && ws(k + 1) != "of" {
                // `2,500 of them walked out`: the verb says what they are.
                let mut y = k + 1;
                while aux_word(ws(y)) && y < k + 4 {
                    y += 1;
                }
                let w = ws(y);
                let ok = !matches!(w, "held" | "rounded") && self.has_particle(y, j).unwrap_or(true);
                let kind = verb_kind(w).filter(|_| ok)?;
                let end = self.phrase_end(y, k);
                return Some((self.make(i, end, kind, q, &n, None), end + 1));
            }
            if matches!(ws(k), "the" | "their" | "them" | "these" | "those") {
                return None;
            }
        }
        // NUMBER [modifiers] NOUN [aux] [VERB]
        let mut noun: Option<(usize, Option<FigureKind>)> = None;
        let mut x = k;
        let mut mods = 0;
        while x < k + 5 {
            let w = ws(x);
            if w.is_empty() {
                break;
            }
            if let Some(kind) = direct_kind(w) {
                return Some((self.make(i, x, kind, q, &n, None), x + 1));
            }
            if let Some(pk) = person_kind(w) {
                noun = Some((x, pk));
                // `16 people`, then maybe `police` as a modifier of `officers`.
                if person_kind(ws(x + 1)).is_some() {
                    x += 1;
                    noun = Some((x, person_kind(ws(x)).flatten().or(pk)));
                }
                break;
            }
            if modifier_word(w) && mods < 3 || is_quote(w) {
                mods += 1;
                x += 1;
                continue;
            }
            break;
        }
        let Some((nx, pk)) = noun else {
            // `37 were detained`, `hundreds were injured`
            let mut y = k;
            let mut aux = 0;
            while aux_word(ws(y)) && aux < 3 {
                aux += 1;
                y += 1;
            }
            if let Some(kind) = direct_kind(ws(y)).filter(|_| aux > 0 && matches!(ws(k), "were" | "was" | "have" | "had" | "are")) {
                return Some((self.make(i, y, kind, q, &n, None), y + 1));
            }
            // `More than 400 were rounded up`
            if aux > 0 && matches!(ws(k), "were" | "was" | "had") && ws(y) == "rounded" && ws(y + 1) == "up" {
                return Some((self.make(i, y + 1, FigureKind::Detained, q, &n, None), y + 2));
            }
            // `and two were taken to hospital`
            if let Some(h) = self.to_hospital(y, j).filter(|_| aux > 0 && matches!(ws(k), "were" | "was" | "had")) {
                return Some((self.make(i, h, FigureKind::Injured, q, &n, None), h + 1));
            }
            // `a crowd estimated at 50,000`, `organisers put the crowd at 200,000, police
            // estimated it at 70,000`: a crowd's size
            if i > 0 && self.w(i - 1) == "at" && self.crowd_estimate(i - 1, j) {
                return Some((self.make(i, n.end - 1, FigureKind::Protesters, q, &n, None), n.end));
            }
            // `Thousands joined`, `hundreds marched`: a crowd by its verb.
            let w = ws(k);
            let ok = self.has_particle(k, j).unwrap_or(matches!(
                w,
                "joined" | "marched" | "rallied" | "protested" | "gathered" | "demonstrated" | "assembled"
            ));
            if !(n.vague && ok) {
                return None;
            }
            let kind = verb_kind(w)?;
            let end = self.phrase_end(k, j);
            return Some((self.make(i, end, kind, q, &n, None), end + 1));
        };
        // Look for a verb after the people noun (and its closing quotation mark: `26
        // "armed criminals" had been killed`).
        let mut y = nx + 1;
        if is_quote(ws(y)) {
            y += 1;
        }
        let mut aux = 0;
        // (`held a sit-in`, `had held a rally`: active, a gathering's object)
        let held_a_protest = |y: usize| {
            matches!(ws(y + 1), "a" | "an") && matches!(ws(y + 2), "sit-in" | "rally" | "protest" | "demonstration" | "vigil" | "march" | "picket")
        };
        while aux < 4 {
            let w = ws(y);
            if w.is_empty() {
                break;
            }
            if let Some(vk) = verb_kind(w) {
                let ok = match w {
                    "rounded" => ws(y + 1) == "up",
                    // `116 people were treated in hospital`, `… for injuries`
                    "treated" => matches!(ws(y + 1), "in" | "at" | "for"),
                    // (`were held overnight`, `had been held`: in custody; `had held a
                    // sit-in`, `held a rally`: a crowd's, see below)
                    "held" => aux > 0 && matches!(ws(y - 1), "were" | "was" | "been" | "being" | "be" | "are" | "is") || held_a_protest(y),
                    _ => self.has_particle(y, j).unwrap_or(true),
                };
                if ok {
                    // (`members … staged a 24-hour walkout`: a strike's, not a crowd's)
                    let strike = || {
                        w == "staged" && (y + 1..y + 5).any(|z| matches!(ws(z), "strike" | "walkout" | "stoppage" | "strikes" | "walkouts"))
                    };
                    let vk = if vk == FigureKind::Protesters && strike() { FigureKind::Workers } else { vk };
                    let vk = if w == "held" && held_a_protest(y) { FigureKind::Protesters } else { vk };
                    let kind = match (vk, pk) {
                        (FigureKind::Killed | FigureKind::Injured | FigureKind::Detained, _) => vk,
                        (_, Some(p)) => p,
                        (v, None) => v,
                    };
                    // `16 people shot dead`
                    let end = self.phrase_end(y, j);
                    return Some((self.make(i, end, kind, q, &n, None), end + 1));
                }
                break;
            }
            if let Some(h) = self.to_hospital(y, j) {
                return Some((self.make(i, h, FigureKind::Injured, q, &n, None), h + 1));
            }
            if w == "shot" && ws(y + 1) == "dead" {
                return Some((self.make(i, y + 1, FigureKind::Killed, q, &n, None), y + 2));
            }
            // `seven people were shot during a protest`: wounded (not `shot at`); `shot and
            // wounded`, `shot and killed` say which.
            if w == "shot" && aux > 0 && !matches!(ws(y + 1), "at" | "by" | "with") {
                let then = ws(y + 2);
                let (kind, end) = match ws(y + 1) {
                    "and" if kill_word(then) => (FigureKind::Killed, y + 2),
                    "and" if injure_word(then) => (FigureKind::Injured, y + 2),
                    "and" => break,
                    _ => (FigureKind::Injured, y),
                };
                return Some((self.make(i, end, kind, q, &n, None), end + 1));
            }
            if aux_word(w) {
                aux += 1;
                y += 1;
                continue;
            }
            // `Five protesters and a policeman died`: the count is the protesters'.
            if y == nx + 1 && w == "and" && matches!(ws(y + 1), "a" | "an" | "one" | "two" | "three") && person_kind(ws(y + 2)).is_some() {
                y += 3;
                continue;
            }
            // `41 people, including members of the security forces, had died`; `One
            // protester, a 26-year-old student, died`: an apposition between noun and verb
            if y == nx + 1 && w == "," && matches!(ws(y + 1), "including" | "among" | "mostly" | "most" | "a" | "an") {
                if let Some(z) = (y + 2..y + 10).take_while(|&z| !ws(z).is_empty()).find(|&z| ws(z) == ",") {
                    y = z + 1;
                    continue;
                }
            }
            // `106 protesters in 21 cities had been killed`, `12,700 members of the United
            // Auto Workers walked off`: where or whose they were, between the noun and its verb.
            if y == nx + 1 && matches!(w, "in" | "across" | "at" | "near" | "from" | "outside" | "around" | "of") {
                let mut z = y + 1;
                // (`13,000 members of the United Auto Workers (UAW) union went on strike`)
                // (`… members of the United Automobile, Aerospace and Agricultural Implement
                // Workers of America (UAW) walked off`: a name's commas, before capitals.)
                let named = |z: usize| {
                    w == "of" && ws(z) == "," && self.tok(z + 1).is_some_and(|t| t.text(self.text).starts_with(|c: char| c.is_uppercase()))
                };
                while z < y + 16 && !ws(z).is_empty() && !aux_word(ws(z)) && verb_kind(ws(z)).is_none() {
                    if matches!(ws(z), "," | "who" | "which" | "that" | ";") && !named(z) {
                        break;
                    }
                    // (`24 members of the militia and police had died`, but not `… and 3
                    // police were hurt`: another count)
                    if ws(z) == "and" && self.number(z + 1).is_some() {
                        break;
                    }
                    z += 1;
                }
                if z > y + 1 && (aux_word(ws(z)) || verb_kind(ws(z)).is_some()) {
                    y = z;
                    continue;
                }
            }
            break;
        }
        // `marches of up to two million people`, `a crowd of 20,000 people`
        let crowd_of = i >= 2
            && self.w(i - 1) == "of"
            && self.same_sentence(i - 2, i)
            && matches!(
                self.w(i - 2),
                "march" | "marches" | "rally" | "rallies" | "protest" | "protests" | "demonstration"
                    | "demonstrations" | "crowd" | "crowds" | "procession" | "sit-in" | "vigil"
            );
        // `the deaths of 19 people`, `the arrest of 40 students`
        let what_of = if i >= 2 && self.w(i - 1) == "of" && self.same_sentence(i - 2, i) {
            match self.w(i - 2) {
                "deaths" | "killing" | "killings" | "murder" | "murders" => Some(FigureKind::Killed),
                "arrest" | "arrests" | "detention" | "detentions" => Some(FigureKind::Detained),
                _ => None,
            }
        } else {
            None
        };
        let kind = what_of.or(pk).or(crowd_of.then_some(FigureKind::Protesters))?;
        Some((self.make(i, nx, kind, q, &n, None), nx + 1))
    }

    /// Whether the `at` at token `at` gives a crowd's estimated size: a verb of
    /// estimating and a word for the crowd shortly before it, in the sentence of `anchor`.
    fn crowd_estimate(&self, at: usize, anchor: usize) -> bool {
        let before = || (at.saturating_sub(12)..at).rev().map(|x| self.ws(x, anchor));
        before().take(6).any(|w| matches!(w, "estimated" | "estimate" | "estimates" | "estimating" | "put" | "puts" | "putting"))
            && before().any(|w| matches!(w, "crowd" | "crowds" | "turnout" | "attendance" | "march" | "rally" | "protest" | "demonstration"))
    }

    /// Whether the verb at `y` has the word its sense here needs (`took to` or `took
    /// part`, `turned out`, `walked out` or `off`, `went on strike`); `None` for a verb
    /// that needs none.
    fn has_particle(&self, y: usize, anchor: usize) -> Option<bool> {
        let ws = |x: usize| self.ws(x, anchor);
        Some(match ws(y) {
            // (Taking part in a vote is no crowd: `1,312 of its 1,480 members participated
            // in the consultation`.)
            "took" => ws(y + 1) == "to" || ws(y + 1) == "part" && !in_a_vote(|k| ws(y + 2 + k)),
            "participated" => !in_a_vote(|k| ws(y + 1 + k)),
            "turned" => ws(y + 1) == "out",
            "walked" => matches!(ws(y + 1), "out" | "off"),
            "went" => ws(y + 1) == "on" && ws(y + 2) == "strike",
            "filled" | "flooded" | "thronged" | "packed" | "poured" => crowd_phrase(|k| ws(y + k)).is_some(),
            _ => return None,
        })
    }

    /// The `hospital` (`clinic`) token ending the phrase at `y` that sends people there
    /// hurt: `taken to hospital`, `rushed to a nearby hospital`, `admitted to the Colombo
    /// National Hospital`, `brought to the Dunmore Clinic` (at most four words of a name
    /// or a determiner between).
    /// Also the wound noun ending a phrase of harm suffered: `admitted with injuries`,
    /// `treated for gunshot wounds`, `suffered serious injuries`, `sustained burns`.
    fn to_hospital(&self, y: usize, anchor: usize) -> Option<usize> {
        let ws = |x: usize| self.ws(x, anchor);
        let suffered = matches!(ws(y), "suffered" | "sustained" | "received")
            || matches!(ws(y), "admitted" | "treated" | "hospitalised" | "hospitalized") && matches!(ws(y + 1), "with" | "for");
        if suffered {
            let from = if matches!(ws(y + 1), "with" | "for") { y + 2 } else { y + 1 };
            let wound = |x: usize| matches!(ws(x), "injuries" | "wounds" | "burns" | "fractures" | "injury");
            let adjective = |x: usize| {
                matches!(ws(x), "serious" | "minor" | "severe" | "light" | "gunshot" | "bullet" | "stab" | "head" | "multiple" | "critical" | "various" | "their" | "his" | "her")
            };
            return (from..from + 3).take_while(|&x| wound(x) || adjective(x)).find(|&x| wound(x));
        }
        if !matches!(ws(y), "taken" | "rushed" | "admitted" | "brought" | "airlifted" | "sent") || !matches!(ws(y + 1), "to" | "into") {
            return None;
        }
        let filler = |x: usize| {
            matches!(ws(x), "the" | "a" | "local" | "nearby" | "several" | "various" | "two" | "three" | "city" | "district")
                || self.tok(x).is_some_and(|t| t.flags & crate::tokens::UPPER != 0 && t.kind == TokenKind::Word)
        };
        let hospital = |x: usize| matches!(ws(x), "hospital" | "hospitals" | "clinic" | "clinics");
        (y + 2..y + 7).take_while(|&x| hospital(x) || filler(x)).find(|&x| hospital(x))
    }

    /// The last token of the verb phrase starting at `y`: `took to the streets`, `took
    /// part`, `walked out`, `went on strike`, `shot dead`, `taken to hospital`.
    fn phrase_end(&self, y: usize, anchor: usize) -> usize {
        let ws = |x: usize| self.ws(x, anchor);
        if let Some(n) = crowd_phrase(|k| ws(y + k)) {
            return y + n;
        }
        match (ws(y), ws(y + 1), ws(y + 2), ws(y + 3)) {
            ("took" | "take" | "taken", "to", "the", "streets") => y + 3,
            ("took" | "taking", "part", _, _) | ("walked" | "turned", "out", _, _) | ("walked", "off", _, _) | ("shot", "dead", _, _) => y + 1,
            ("rounded", "up", _, _) => y + 1,
            ("went", "on", "strike", _) | ("taken", "to", "hospital", _) => y + 2,
            _ => y,
        }
    }

    /// `between 10 and 20`, `from 10 to 20`.
    fn between(&self, i: usize) -> Option<Num> {
        let conj = match self.w(i) {
            "between" => "and",
            "from" => "to",
            _ => return None,
        };
        if !self.same_sentence(i, i + 1) {
            return None;
        }
        let a = self.number(i + 1)?;
        if self.w(a.end) != conj || !self.same_sentence(i, a.end + 1) {
            return None;
        }
        let b = self.number(a.end + 1)?;
        if a.year_like || b.year_like || b.min < a.min {
            return None;
        }
        Some(Num { end: b.end, min: a.min, max: b.max, approximate: a.approximate || b.approximate, year_like: false, vague: false })
    }

    /// `killing at least 16 [people]`: the verb says what the number counts.
    fn verb_first(&self, v: usize, kind: FigureKind) -> Option<(Figure, usize)> {
        let start = v + 1;
        if !self.same_sentence(v, start) {
            return None;
        }
        // `claimed the lives of 16` is rare; `claimed 16 lives` is a noun match.
        if matches!(self.w(v), "claimed" | "claiming") {
            return None;
        }
        let (q, j) = self.qualifier(start);
        let n = self.number(j)?;
        if !self.same_sentence(v, n.end.saturating_sub(1)) || n.year_like && q == Qual::None {
            return None;
        }
        if self.is_month(n.end) {
            return None;
        }
        let mut k = n.end;
        if self.ws(k, v) == "of" {
            k += 1;
        }
        let mut end = n.end - 1;
        let mut x = k;
        let mut mods = 0;
        loop {
            let w = self.ws(x, v);
            let t = self.tok(x);
            if w.is_empty() || t.is_some_and(|t| t.kind == TokenKind::Punct) {
                break;
            }
            if person_kind(w).is_some() {
                end = x;
                break;
            }
            if modifier_word(w) && mods < 3 {
                mods += 1;
                x += 1;
                continue;
            }
            // Only counts of people: not `killed 16 years ago`.
            if !matches!(
                w,
                "in" | "on" | "at" | "and" | "during" | "across" | "after" | "when" | "while"
                    | "as" | "since" | "including" | "with" | "near" | "outside" | "among"
                    | "from" | "by" | "before" | "over" | "overnight" | "last" | "this" | "that"
                    | "earlier" | "yesterday" | "today" | "so" | "but" | "inside" | "around"
            ) {
                return None;
            }
            break;
        }
        let fig = self.make(v, end, kind, q, &n, None);
        Some((fig, end + 1))
    }

    /// `the death toll rose to 225`, `a death toll of 16`.
    fn toll(&self, first: usize, from: usize, kind: FigureKind) -> Option<(Figure, usize)> {
        let i = first;
        for j in from..from + 8 {
            if !self.same_sentence(i, j) {
                return None;
            }
            let (q, k) = self.qualifier(j);
            if let Some(n) = self.number(k).filter(|n| !n.year_like || q != Qual::None) {
                if self.is_month(n.end) {
                    return None;
                }
                return Some((self.make(first, n.end - 1, kind, q, &n, None), n.end));
            }
            if !self.is_month(j) && !matches!(
                self.w(j),
                "rose" | "risen" | "climbed" | "reached" | "stood" | "stands" | "is" | "was" | "has"
                    | "had" | "to" | "at" | "of" | "now" | "increased" | "jumped" | "rises" | "hit"
                    | "officially" | "official" | "grew" | "grown" | "been" | "further" | "reportedly" | "since"
                    | "in" | "during" | "the" | "this" | "last" | "past" | "so" | "far" | "protests"
                    | "unrest" | "crackdown" | "week" | "month" | "year" | "climbing" | "rising"
                    | "from" | "violence" | "clashes" | "riots" | "demonstrations" | "rioting"
            ) {
                return None;
            }
        }
        None
    }

    fn make(&self, a: usize, b_incl: usize, kind: FigureKind, q: Qual, n: &Num, unit: Option<&str>) -> Figure {
        let (min, max, approximate) = match q {
            Qual::None => (Some(n.min), n.max, n.approximate),
            Qual::Min => (Some(n.min), None, n.approximate),
            Qual::Max => (None, n.max.or(Some(n.min)), n.approximate),
            Qual::Approx => (Some(n.min), n.max, true),
        };
        Figure { span: self.span(a, b_incl), kind, min, max, approximate, unit: unit.map(str::to_string) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read_document;

    type Got = (String, FigureKind, Option<f64>, Option<f64>, bool);

    fn figs(body: &str) -> Vec<Got> {
        let doc = read_document("t.txt", format!("date 2022-01-10\n{body}").as_bytes()).unwrap();
        find(&doc)
            .into_iter()
            .map(|f| (doc.slice(f.span).to_string(), f.kind, f.min, f.max, f.approximate))
            .collect()
    }

    fn one(body: &str) -> Got {
        let v = figs(body);
        assert_eq!(v.len(), 1, "{body}: {v:?}");
        v.into_iter().next().unwrap()
    }

    use FigureKind::*;

    #[test]
    fn start_words_are_sorted_and_each_starts_a_figure() {
        assert!(START_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(START_WORDS.iter().all(|w| w.len() <= 13), "word_start_mark reads longer words as unlisted");
        let slow = |w: &str| {
            small_number(w).is_some()
                || verb_before_kind(w).is_some()
                || matches!(
                    w,
                    "at" | "more" | "over" | "upwards" | "above" | "in" | "no" | "a" | "an" | "just" | "up"
                        | "fewer" | "less" | "as" | "under" | "about" | "around" | "some" | "roughly"
                        | "approximately" | "nearly" | "almost" | "estimated" | "approx" | "circa" | "c."
                        | "close" | "dozens" | "scores" | "hundreds" | "thousands" | "millions" | "tens"
                        | "several" | "half" | "toll" | "number" | "between" | "from" | "shot"
                        | "c"
                )
        };
        for w in START_WORDS {
            assert!(slow(w), "{w}");
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::FIGURE_START, 0, "{w}");
        }
        for w in ["twenty-five", "ninety-nine", "twenty-ten", "the", "killedx", "", "c.d", "thirty-one"] {
            let listed = crate::lexicon::classify(w) & crate::lexicon::FIGURE_START != 0;
            let fast = listed || (w.len() >= 7 && w.contains('-') && small_number(w).is_some());
            assert_eq!(fast, slow(w), "{w}");
        }
    }

    #[test]
    fn qualifiers_become_ranges() {
        assert_eq!(one("At least 240 killed."), ("At least 240 killed".into(), Killed, Some(240.0), None, false));
        assert_eq!(one("more than 4,500 injured"), ("more than 4,500 injured".into(), Injured, Some(4500.0), None, false));
        assert_eq!(one("up to 300 detained"), ("up to 300 detained".into(), Detained, None, Some(300.0), false));
        assert_eq!(one("between 10 and 20 dead").1, Killed);
        assert_eq!(one("about 70% of protesters"), ("about 70%".into(), Percent, Some(70.0), Some(70.0), true));
        assert_eq!(one("16 dead"), ("16 dead".into(), Killed, Some(16.0), Some(16.0), false));
    }

    #[test]
    fn between_is_a_range() {
        let f = one("between 10 and 20 dead");
        assert_eq!((f.2, f.3), (Some(10.0), Some(20.0)));
        let f = one("10-20 dead");
        assert_eq!((f.2, f.3), (Some(10.0), Some(20.0)));
    }

    #[test]
    fn written_numbers() {
        assert_eq!(one("sixteen people were killed").2, Some(16.0));
        assert_eq!(one("two dozen protesters").2, Some(24.0));
        assert_eq!(one("a dozen miners").2, Some(12.0));
        assert_eq!(one("twenty-five workers").2, Some(25.0));
        assert_eq!(one("two hundred and fifty workers").2, Some(250.0));
        let f = one("hundreds of protesters");
        assert_eq!((f.1, f.2, f.3, f.4), (Protesters, Some(200.0), None, true));
        assert_eq!(one("thousands of people marched").1, Protesters);
        assert_eq!(one("tens of thousands of demonstrators").2, Some(20000.0));
        assert_eq!(one("1.2 million workers").2, Some(1.2e6));
        assert_eq!(one("3m workers").2, Some(3e6));
        assert_eq!(one("Half a million workers").2, Some(5e5));
    }

    #[test]
    fn patterns() {
        assert_eq!(one("16 people were killed").0, "16 people were killed");
        assert_eq!(one("police opened fire, killing at least 16.").0, "killing at least 16");
        assert_eq!(one("the death toll rose to 225").0, "death toll rose to 225");
        assert_eq!(one("225 deaths").1, Killed);
        assert_eq!(one("which left 16 dead").0, "16 dead");
        assert_eq!(one("police detained 300 protesters").1, Detained);
        assert_eq!(one("40 police officers were injured").1, Injured);
        assert_eq!(one("employs a total of 37,000 workers").1, Workers);
        assert_eq!(one("5,000 people went on strike").1, Workers);
        assert_eq!(one("police shot dead two protesters").0, "shot dead two protesters");
        assert_eq!(one("and 37 were detained").1, Detained);
        assert_eq!(one("hundreds were injured").1, Injured);
        assert_eq!(one("Thousands joined the march").0, "Thousands joined");
        assert_eq!(one("45 people were taken to hospital").1, Injured);
        let f = one("the number of arrests since June rose to more than 3,000");
        assert_eq!((f.1, f.2), (Detained, Some(3000.0)));
    }

    #[test]
    fn money() {
        let doc = read_document("t.txt", b"date 2022-01-10\nA $2 million fund, 1.5bn tenge and \xe2\x82\xac300.").unwrap();
        let f = find(&doc);
        let got: Vec<_> = f.iter().map(|f| (doc.slice(f.span), f.min, f.unit.as_deref())).collect();
        assert_eq!(
            got,
            [("$2 million", Some(2e6), Some("USD")), ("1.5bn tenge", Some(1.5e9), Some("KZT")), ("€300", Some(300.0), Some("EUR"))]
        );
    }

    #[test]
    fn figures_stay_in_their_sentence() {
        assert_eq!(figs("At least\n\n0 killed."), [("0 killed".to_string(), Killed, Some(0.0), Some(0.0), false)]);
        assert!(figs("Between\n\n10 and 20 dead.").iter().all(|f| !f.0.contains('\n')));
    }

    #[test]
    fn not_figures() {
        assert!(figs("In 2011 workers went on strike.").is_empty());
        assert!(figs("On 16 January protesters marched.").is_empty());
        assert!(figs("No one was killed.").is_empty());
        assert!(figs("He was killed 16 years ago.").is_empty());
        assert!(figs("A 16-year-old was hurt.").is_empty());
        assert!(figs("In the 1990s, 2nd round.").is_empty());
        assert!(figs("One activist told us.").is_empty());
    }
}
