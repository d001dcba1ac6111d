//! Named entities: people, organisations and places found in a document's text, each
//! with its canonical name, and merged across documents.
//!
//! Recognition is rule-based: runs of capitalised words (with connectors such as `of the`,
//! `for`, `de`, `van`, `bin`) are cut into chunks, and each chunk is classified with the
//! evidence at hand: the gazetteer for places, cue words and a list of well-known
//! organisations, titles, given names, `said`/`told` attributions and appositions for
//! people. Nationality adjectives, months, ordinary words that are capitalised only
//! because they start a sentence, and quoted event names are not entities.

#[rustfmt::skip]
mod lexicon;

use crate::corpus::{Document, Span};
use crate::extract::{EntityKind, Mention};
use crate::gazetteer;
use crate::lexicon::{self as shared, common_word, ordinary};
use crate::tokens::{is_acronym, is_cap, Prepared, TokenKind, GLUED, HYPHEN, JOINED, LINE_BEFORE, NON_ASCII, UPPER};
use lexicon::*;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

type FastMap<K, V> = gazetteer::FastMap<K, V>;

type FastSet<'a> = HashSet<&'a str, BuildHasherDefault<gazetteer::FastHasher>>;


/// Every word list, in the order of their bits in [`crate::lexicon`] (a bit may gather
/// more than one list: the street words are place heads).
pub(crate) fn word_lists() -> &'static [&'static [&'static [&'static str]]; 20] {
    static LISTS: [&[&[&str]]; 20] = [
        &[FUNCTION],
        &[MONTHS],
        &[DEMONYMS],
        &[ORG_HEADS],
        &[PLACE_HEADS, STREETS],
        &[TRAILING_ORG],
        &[PRECEDING_ORG],
        &[TITLES],
        &[TITLE_MODIFIERS],
        &[TRAILING_PLACE],
        &[NOT_ENTITIES, crate::timex::lexicon::TIME_ZONES],
        &[EVENT_HEADS],
        &[ROLES],
        &[SAY_VERBS],
        &[ACRONYM_NOT],
        &[FIRST_NAMES],
        &[PARTICLES],
        &[PLACE_PREPOSITIONS],
        &[HYPHEN_SUFFIXES],
        &[TRAILING_NOT],
    ];
    &LISTS
}

/// Whether a word heads a street's name ([`STREETS`]: `street`, `Avenue`, `mawatha`), in
/// any case.
pub(crate) fn is_street(w: &str) -> bool {
    // (Most words are longer or shorter than every street word: one test passes them.)
    (3..=10).contains(&w.len()) && STREETS.iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// The entity bits of the shared [`crate::lexicon`] flags: the word lists, and whether a
/// word starts a group of actors or an event trigger (see [`Tok::common`]).
const ENTITY_BITS: u32 = shared::ENTITY_LISTS | shared::ACTOR | shared::EVENT_TRIGGER;

/// The bit of each word list in [`crate::lexicon`] (and of the common words).
const C_FUNCTION: u32 = shared::FUNCTION_WORD;
const C_MONTHS: u32 = shared::MONTH;
const C_DEMONYMS: u32 = shared::DEMONYM;
const C_ORG_HEADS: u32 = shared::ORG_HEAD;
const C_PLACE_HEADS: u32 = 1 << 4;
const C_TRAILING_ORG: u32 = 1 << 5;
const C_PRECEDING_ORG: u32 = 1 << 6;
const C_TITLES: u32 = 1 << 7;
const C_TITLE_MODIFIERS: u32 = 1 << 8;
const C_TRAILING_PLACE: u32 = 1 << 9;
const C_NOT_ENTITIES: u32 = 1 << 10;
const C_EVENT_HEADS: u32 = 1 << 11;
const C_ROLES: u32 = 1 << 12;
const C_SAY_VERBS: u32 = 1 << 13;
const C_ACRONYM_NOT: u32 = 1 << 14;
const C_FIRST_NAMES: u32 = 1 << 15;
const C_PARTICLES: u32 = 1 << 16;
const C_PLACE_PREPOSITIONS: u32 = 1 << 17;
const C_TRAILING_NOT: u32 = 1 << 19;

/// The bits of every word list holding `w` (lowercase), as [`has`] would answer them.
fn classes_of(w: &str) -> u32 {
    // Every listed word starts with a lowercase letter: skip punctuation and numbers.
    if !w
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_lowercase() || b >= 0x80)
    {
        return 0;
    }
    shared::classify(w) & ENTITY_BITS
}

/// Whether `w` (lowercase) is in the word list whose bit (`C_…`) is `bit`.
fn has(bit: u32, w: &str) -> bool {
    !w.is_empty() && shared::classify(w) & bit != 0
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// A word of the text, possibly trimmed (`Aktau-based` → `Aktau`, `anti-Tokayev` → `Tokayev`).
/// (Kept small, 48 bytes: one is made for every token of every document. Its span is
/// where `text` starts and how long it is; its yes/no facts are bits of one byte.)
#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    /// The word as written: the document's text at [`Tok::span`].
    text: &'a str,
    /// `text` lowercased.
    lw: &'a str,
    /// Where `text` starts in the document (a document holds far fewer than 2³² bytes).
    start: u32,
    /// The sentence (cut at line breaks too; see [`build_tokens`]).
    sentence: u32,
    /// The word lists holding `lw` (bits `C_…`), looked up once.
    cls: u32,
    kind: TokenKind,
    /// What the token is to its neighbours and whether it is name-like (bits `T_…`).
    bits: u8,
    /// The hyphenated suffix cut off (`based`, `led`), if any, as 1 + its index in
    /// [`HYPHEN_SUFFIXES`] (0: none; see [`Tok::suffix`]); such a word stands alone.
    suffix: u8,
    /// The shared token's [`crate::tokens::Token::flags`] (with [`JOINED`] for a word
    /// merged from several: see [`Tok::plain`]).
    flags: u8,
}

// (On 64-bit targets: two string slices and 16 bytes.)
const _: () = assert!(std::mem::size_of::<Tok>() <= 48);

impl<'a> Tok<'a> {
    /// This token grown into the word `word` joined from several (`U.S.`, `Tut.by`), with
    /// its lowercase form `lw`, whether it is name-like, and its word lists `cls`.
    fn joined(self, word: &'a str, lw: &'a str, name: bool, cls: u32) -> Tok<'a> {
        Tok { text: word, suffix: 0, lw, bits: (self.bits & !T_NAME) | (u8::from(name) * T_NAME), flags: self.flags | JOINED, cls, ..self }
    }
}

/// [`Tok::bits`]: the first word of a sentence, or first after an opening quote,
/// bracket or colon.
const T_INITIAL: u8 = 1;
/// [`Tok::bits`]: right after an opening quote mark.
const T_QUOTED: u8 = 2;
/// [`Tok::bits`]: between double quotation marks (speech, slogans).
const T_IN_QUOTE: u8 = 4;
/// [`Tok::bits`]: part of an @handle or a web address.
const T_HANDLE: u8 = 8;
/// [`Tok::bits`]: [`name_like_of`], computed once.
const T_NAME: u8 = 16;
/// [`Tok::bits`]: a word whose token holds a hyphen `-` (the word itself may have lost
/// it: `Aktau-based` → `Aktau`); a word without the bit holds none. (Not set on other
/// tokens.)
const T_HYPHEN: u8 = 32;
/// Not a [`Tok::bits`] bit but one of the state of [`build_tokens`]: a full stop came
/// after a single capital.
const S_DOTTED: u8 = 128;

impl Tok<'_> {
    /// Whether the lowercase form is in the word list with bit `bit`.
    #[inline]
    fn is(&self, bit: u32) -> bool {
        self.cls & bit != 0
    }

    /// Whether the token is a word of ASCII letters and digits only, untrimmed: its
    /// lowercase form is its own gazetteer key (see [`Ctx::key_words`]).
    fn plain(&self) -> bool {
        self.kind == TokenKind::Word && self.flags & (HYPHEN | NON_ASCII | JOINED) == 0
    }

    /// Where the word is in the document's text.
    #[inline]
    fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + self.text.len())
    }

    /// First word of a sentence, or first after an opening quote, bracket or colon.
    #[inline]
    fn initial(&self) -> bool {
        self.bits & T_INITIAL != 0
    }

    /// Right after an opening quote mark.
    #[inline]
    fn quoted(&self) -> bool {
        self.bits & T_QUOTED != 0
    }

    /// Between double quotation marks (speech, slogans).
    #[inline]
    fn in_quote(&self) -> bool {
        self.bits & T_IN_QUOTE != 0
    }

    /// Part of an @handle or a web address.
    #[inline]
    fn handle(&self) -> bool {
        self.bits & T_HANDLE != 0
    }

    /// Whether the word may hold a hyphen (see [`T_HYPHEN`]).
    #[inline]
    fn hyphen(&self) -> bool {
        self.bits & T_HYPHEN != 0
    }

    /// Whether the lowercase form is a common English word, a word that starts a group
    /// of actors (`strikers`, `dockers`: see `events::ACTOR_SINGLES`), or a past tense
    /// the events stage triggers on (`Detained: 130` in a table's row, `Jailed`: verbs,
    /// which the common words list only in part).
    fn common(&self) -> bool {
        ordinary(self.cls, self.lw)
    }

    /// The hyphenated suffix cut off (`based`, `led`), if any.
    fn suffix(&self) -> Option<&'static str> {
        HYPHEN_SUFFIXES.get(usize::from(self.suffix).checked_sub(1)?).copied()
    }
}

static HYPHEN_SUFFIXES: &[&str] = &[
    "affiliated",
    "backed",
    "based",
    "born",
    "bound",
    "controlled",
    "era",
    "funded",
    "led",
    "linked",
    "only",
    "owned",
    "run",
    "sponsored",
    "style",
    "type",
    "wide",
];
static HYPHEN_PREFIXES: &[&str] = &["anti", "ex", "mid", "non", "pan", "post", "pre", "pro"];
static PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "das", "de", "del", "della", "den", "der", "des", "di", "dos",
    "du", "el", "ibn", "la", "le", "ter", "van", "von", "y",
];
static PLACE_PREPOSITIONS: &[&str] = &[
    "across",
    "around",
    "at",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "outside",
    "throughout",
    "to",
    "towards",
];

/// The most words a name may have (`Kazakhstan International Bureau for Human Rights and
/// Rule of Law` has 12).
const MAX_CHUNK: usize = 14;

/// `openDemocracy`, `eBay`: lowercase first letter, a capital after it (not `al-Assad`).
fn is_camel(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.first().is_some_and(u8::is_ascii_lowercase)
            && b.iter().any(u8::is_ascii_uppercase)
            && !is_arabic_article(s);
    }
    let mut c = s.chars();
    c.next().is_some_and(char::is_lowercase) && c.any(char::is_uppercase) && !is_arabic_article(s)
}

/// `ArcelorMittal`, `KazMunayGas`: a capital after a lowercase letter inside a capitalised
/// word, other than after a surname prefix (`McDonald`, `MacArthur`, `DeSantis`, `LeBron`).
fn inner_capital(s: &str) -> bool {
    let b = s.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && (2..b.len()).any(|i| {
            b.get(i).is_some_and(u8::is_ascii_uppercase)
                && b.get(i - 1).is_some_and(u8::is_ascii_lowercase)
                && !matches!(b.get(..i), Some(b"Mc" | b"Mac" | b"De" | b"Di" | b"Da" | b"Du" | b"La" | b"Le" | b"Van" | b"Von"))
        })
}

/// `al-Assad`, `el-Sisi`, `bin-Salman`: a name with its article or particle.
fn is_arabic_article(s: &str) -> bool {
    matches!(s.as_bytes().first(), Some(b'a' | b'e' | b'b' | b'i'))
        && s.split_once('-').is_some_and(|(p, rest)| {
            matches!(p, "al" | "el" | "ad" | "as" | "ash" | "bin" | "ibn" | "abu") && is_cap(rest)
        })
}

/// Whether `short` is a mixed-case abbreviation of `long` (`PolyU` of `Hong Kong
/// Polytechnic University`): one word with two capitals or more, all of them, in order,
/// initials of `long`'s words.
fn abbreviates(short: &str, long: &str) -> bool {
    let mut initials = long.split(' ').filter_map(|w| w.chars().next());
    let mut capitals = 0;
    for c in short.chars() {
        if c.is_uppercase() {
            capitals += 1;
            if !initials.any(|i| i == c) {
                return false;
            }
        } else if !c.is_alphabetic() {
            return false;
        }
    }
    capitals >= 2
}

/// Whether the capitalised word `short` is made of the beginnings of `long`'s words, in
/// order, from its first (a syllabic acronym: `Fetracob` of `Federación de Trabajadores
/// Contratistas del Cobre`, `Conadi`, `Sintracap`); some words may be left out.
fn syllable_acronym(short: &str, long: &str) -> bool {
    /// `s` begins with a beginning of `words[0]`, and the rest is made of later words'.
    fn from(s: &[char], words: &[Vec<char>]) -> bool {
        let Some((w, later)) = words.split_first() else { return false };
        let n = w.iter().zip(s).take_while(|(a, b)| a == b).count();
        (1..=n).rev().any(|n| s.get(n..).is_some_and(|rest| rest.is_empty() || (0..later.len()).any(|k| from(rest, &later[k..]))))
    }
    let s: Vec<char> = short.to_lowercase().chars().collect();
    let words: Vec<Vec<char>> = long.split(' ').map(|w| w.to_lowercase().chars().collect::<Vec<char>>()).filter(|w| w.len() > 3).take(8).collect();
    (5..=12).contains(&s.len()) && words.len() >= 2 && short.chars().skip(1).all(char::is_lowercase) && from(&s, &words)
}

/// Whether the word at byte `start` of `text` follows a clock time (`6:15 a.m.`, `4pm`,
/// `18:40`, `noon`): then a time zone's acronym is the clock's zone (`ET`, `PT`).
fn after_clock(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let b = before.as_bytes();
    let tail = |n: usize| b.get(b.len().saturating_sub(n)..).unwrap_or(&[]);
    let half = [b"a.m.".as_slice(), b"p.m.", b"am", b"pm", b"a.m", b"p.m"].iter().find(|h| tail(h.len()).eq_ignore_ascii_case(h)).map(|h| h.len());
    let digits = b.len() - half.map_or(0, |n| n);
    let clock = before.get(..digits).unwrap_or("").trim_end();
    let clock = clock.rsplit(' ').next().unwrap_or("");
    clock.ends_with(|c: char| c.is_ascii_digit()) && (half.is_some() || clock.contains(':'))
        || half.is_none() && tail(4).eq_ignore_ascii_case(b"noon")
}

/// Whether words `a..b` are a dateline's place: see [`crate::layout::dateline_words`] (not
/// a label of ordinary words, `BREAKING —`).
fn dateline(ts: &[Tok], a: usize, b: usize) -> bool {
    crate::layout::dateline_words(ts, a, b, false)
}

/// Whether words `a..b` stand as a dateline does ([`dateline`]), ordinary words or not
/// (`PROVIDENCE —`, a town named by a common word, is one).
fn dateline_shape(ts: &[Tok], a: usize, b: usize) -> bool {
    crate::layout::dateline_words(ts, a, b, true)
}

impl crate::layout::LineWord for Tok<'_> {
    fn text(&self) -> &str {
        self.text
    }
    fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    fn opens(&self) -> bool {
        self.initial()
    }
    fn ordinary(&self) -> bool {
        self.common()
    }
}

/// `KORVEL` → `Korvel`, `HARBOUR CITY` → `Harbour City`: each word's first letter kept,
/// the rest lowercased.
fn capitalized(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut first = true;
    for c in text.chars() {
        if first {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphanumeric();
    }
    out
}

/// A word that can be (part of) a name: capitalised, camel case or `al-Assad`.
#[inline]
fn name_like(t: &Tok) -> bool {
    t.bits & T_NAME != 0
}

fn name_like_of(t: &Tok) -> bool {
    if t.text.is_ascii() {
        // ASCII: capitalised, or camel case, or `al-Assad` — all have a capital letter.
        return t.kind == TokenKind::Word
            && !t.handle()
            && t.text.bytes().any(|b| b.is_ascii_uppercase());
    }
    t.kind == TokenKind::Word
        && !t.handle()
        && (is_cap(t.text) || is_camel(t.text) || is_arabic_article(t.text))
}

/// An ASCII word's lowercase form and name shape (the others' are found by
/// [`lowercase_non_ascii`]): `span` is the word's span, `upper` whether it has a capital,
/// `lower` the document's lowercase text.
#[inline]
fn ascii_forms<'a>(word: &'a str, span: Span, upper: bool, kind: TokenKind, handle: bool, lower: &'a str) -> (&'a str, bool) {
    // An ASCII word is name-like when it has a capital (see `name_like_of`).
    let lw = if upper { lower.get(span.start..span.end).unwrap_or("") } else { word };
    (lw, kind == TokenKind::Word && !handle && upper)
}

/// The entity view of the shared tokens, in one pass: trimmed words, sentences cut at
/// line breaks, quotes and handles, and (for ASCII words; the others are filled in by
/// [`find_prepared`]) each word's lowercase form, word lists and name shape. Also the
/// indices of the non-ASCII tokens (none in an ASCII document), in order. The tokens
/// go into `out` (emptied first: its allocation is reused). `words` are the lowercase
/// texts of the shared tokens ([`Prepared::words_in`]): a token without an ASCII capital
/// reads the same in the document, so its word serves as its text too, and only a
/// token with a capital slices the document's text.
#[inline(never)]
fn build_tokens<'a>(
    doc: &'a Document,
    prep: &'a Prepared,
    words: &[&'a str],
    ascii_doc: bool,
    mut out: Vec<Tok<'a>>,
) -> (Vec<Tok<'a>>, Vec<usize>) {
    let (raw, lex, lower) = (&prep.tokens, &prep.lex, prep.lower.as_str());
    let text = doc.text.as_str();
    out.clear();
    if out.capacity() < raw.len() {
        // (A new allocation, twice as big at least, rather than the emptied one grown:
        // growing would copy its old contents.)
        out = Vec::with_capacity(raw.len().max(2 * out.capacity()));
    }
    let mut non_ascii = Vec::new();
    let mut prev_sentence = usize::MAX;
    // What the tokens so far leave for the next, in one byte (few registers for the
    // loop): the previous token opens a quotation or a clause (see `is_opening`:
    // [`T_INITIAL`]) and is a quote mark ([`T_QUOTED`]); inside double quotation marks
    // ([`T_IN_QUOTE`]); inside an @handle or a web address (`@Tokayev_KZ`,
    // `https://…/Kazakhstan/`: no names; [`T_HANDLE`]); and whether a full stop came
    // after a single capital (`U.`: [`S_DOTTED`]) or a slash after capitals (`RFE/`), only
    // then may [`merge_dotted`] find work.
    let mut state = 0u8;
    // Sentences, also cut at line breaks: a headline or a list item without a full stop
    // is its own sentence.
    let mut line = 0usize;
    for ((t, &lx), &lw) in raw.iter().zip(lex).zip(words) {
        // (ASCII lowercasing changes only ASCII capitals.)
        let full = if t.flags & UPPER != 0 { t.text(text) } else { lw };
        if t.flags & GLUED == 0 {
            state = (state & !T_HANDLE) | (u8::from(starts_handle(full)) * T_HANDLE);
        }
        // A line break in the gap since the previous token matters only inside a
        // sentence: a new one starts anyway.
        let same_sentence = t.sentence == prev_sentence;
        let newline = same_sentence && t.flags & LINE_BEFORE != 0;
        line += usize::from(newline);
        if !same_sentence && t.sentence != prev_sentence.wrapping_add(1) {
            state &= !T_IN_QUOTE;
        }
        prev_sentence = t.sentence;
        // (A document holds far fewer than 2³² sentences.)
        let sentence = (t.sentence + line) as u32;
        // Initial at a new sentence or after an opener; quoted after a quote mark in
        // the same sentence.
        let bits = if !same_sentence || newline { T_INITIAL } else { state & (T_INITIAL | T_QUOTED) }
            | state & (T_IN_QUOTE | T_HANDLE);
        let tok = Tok { text: full, lw, start: t.span.start as u32, sentence, cls: 0, kind: t.kind, bits, suffix: 0, flags: t.flags };
        state &= T_IN_QUOTE | T_HANDLE | S_DOTTED;
        if t.kind == TokenKind::Word && t.flags & HYPHEN == 0 && (ascii_doc || t.flags & NON_ASCII == 0) {
            // An ASCII word (most tokens). With a capital it is name-like (see
            // `name_like_of`), and its lowercase form is its span of the shared lowercase text.
            let mut tok = tok;
            if t.flags & UPPER != 0 {
                tok.bits |= u8::from(state & T_HANDLE == 0) * T_NAME;
            }
            tok.cls = lx & ENTITY_BITS;
            out.push(tok);
        } else if t.kind != TokenKind::Word
            && t.flags & (UPPER | NON_ASCII) == 0
            && !(t.kind == TokenKind::Punct && matches!(full.as_bytes(), [b'"' | b'/' | b'\'' | b'(' | b':' | b'[' | b'-' | b'*' | b']' | b')']))
        {
            // ASCII punctuation that opens nothing (`,`, `.`, `;`), a number, a possessive
            // without a capital: the token as it is (see `other_token`), and the full stop
            // noted after a single capital or a site's name.
            if t.kind == TokenKind::Punct && full == "." {
                state |= u8::from(out.last().is_some_and(|p| single_capital(p) || site_dot(p, t, lower))) * S_DOTTED;
            }
            out.push(tok);
        } else {
            other_token(tok, t, lx, lower, ascii_doc, &mut state, &mut out, &mut non_ascii);
        }
    }
    if state & S_DOTTED != 0 && merge_dotted(text, lower, &mut out) && !ascii_doc {
        // (Merging moved the words after: found again.)
        non_ascii = out.iter().enumerate().filter(|(_, t)| !t.text.is_ascii()).map(|(i, _)| i).collect();
    }
    (out, non_ascii)
}

/// [`build_tokens`] for a token `t` other than an ASCII word without a hyphen, or ASCII
/// punctuation that opens nothing, a number or a possessive without a capital (`tok`, its
/// entity token so far; `lx` its word lists): a hyphenated word is trimmed, punctuation
/// updates the `state` (quotes, openers, `U.`), and a token outside ASCII is noted in
/// `non_ascii` (see [`find_prepared`]). Pushed to `out`.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn other_token<'a>(
    mut tok: Tok<'a>,
    t: &crate::tokens::Token,
    lx: u32,
    lower: &'a str,
    ascii_doc: bool,
    state: &mut u8,
    out: &mut Vec<Tok<'a>>,
    non_ascii: &mut Vec<usize>,
) {
    let full = tok.text;
    let in_handle = *state & T_HANDLE != 0;
    let ascii = ascii_doc || t.flags & NON_ASCII == 0;
    if t.kind == TokenKind::Word {
        // (Without a hyphen, a word outside ASCII: below.)
        if t.flags & HYPHEN != 0 {
            let (span, word, suffix) = trim_hyphenated(full, t.span);
            (tok.start, tok.text, tok.lw, tok.suffix) = (span.start as u32, word, word, suffix);
            tok.bits |= T_HYPHEN;
            // (The token's flags describe `full`; a trimmed word is asked.)
            let whole = word.len() == full.len();
            if ascii_doc || if whole { t.flags & NON_ASCII == 0 } else { word.is_ascii() } {
                let upper = if whole { t.flags & UPPER != 0 } else { word.bytes().any(|b| b.is_ascii_uppercase()) };
                if upper {
                    tok.lw = lower.get(span.start..span.end).unwrap_or("");
                }
                tok.bits |= u8::from(!in_handle && upper) * T_NAME;
                tok.cls = if whole { lx & ENTITY_BITS } else { classes_of(tok.lw) };
                out.push(tok);
                return;
            }
        }
    } else if ascii {
        // `UPDATE 2-Sri Lanka …`: a wire headline's number joined to a name by a hyphen;
        // the name is a word of its own.
        if t.kind == TokenKind::Number && t.flags & HYPHEN != 0 && t.flags & UPPER != 0 {
            if let Some((n, rest)) = full.split_once('-') {
                if n.bytes().all(|b| b.is_ascii_digit()) && rest.len() >= 3 && is_cap(rest) && rest.bytes().all(|b| b.is_ascii_alphabetic()) {
                    let start = t.span.start + n.len() + 1;
                    (tok.start, tok.text, tok.kind) = (start as u32, rest, TokenKind::Word);
                    tok.lw = lower.get(start..t.span.end).unwrap_or("");
                    tok.bits |= u8::from(!in_handle) * T_NAME;
                    tok.cls = classes_of(tok.lw);
                    out.push(tok);
                    return;
                }
            }
        }
        // (`tok.lw` is the token's lowercase text already.)
        // (Quote marks and openers are single punctuation tokens: words never match.)
        if t.kind == TokenKind::Punct {
            if let [b] = full.as_bytes() {
                // One ASCII character (most punctuation).
                let opens = match b {
                    b'"' => {
                        *state ^= T_IN_QUOTE;
                        T_INITIAL | T_QUOTED
                    }
                    b'.' => u8::from(out.last().is_some_and(|p| single_capital(p) || site_dot(p, t, lower))) * S_DOTTED,
                    // (`RFE/RL`: see `slashed_at`.)
                    b'/' => u8::from(out.last().is_some_and(|p| p.span().end == t.span.start && p.text.len() >= 2 && p.text.bytes().all(|b| b.is_ascii_uppercase()))) * S_DOTTED,
                    b'\'' => T_INITIAL | T_QUOTED,
                    b'(' | b':' | b'[' | b'-' | b'*' => T_INITIAL,
                    // (A footnote's number opens its line: `[33] Videos verified by …`.)
                    b']' | b')' => u8::from(out.last().is_some_and(|p| p.initial() && p.kind == TokenKind::Number)) * T_INITIAL,
                    _ => 0,
                };
                *state |= opens;
            }
        }
        out.push(tok);
        return;
    }
    // Not ASCII: the lowercase form, word lists and name shape are filled in by
    // `find_prepared`.
    if t.kind == TokenKind::Punct {
        match full {
            "“" => *state |= T_IN_QUOTE,
            "”" => *state &= !T_IN_QUOTE,
            _ => {}
        }
        *state |= (u8::from(is_opening(full)) * T_INITIAL) | (u8::from(matches!(full, "«" | "‘" | "“")) * T_QUOTED);
    }
    // (So does a footnote's superscript number: `¹ Deaths reported to …`.)
    if tok.initial() && full.chars().all(|c| matches!(c, '¹' | '²' | '³' | '⁰'..='⁹')) {
        *state |= T_INITIAL;
    }
    non_ascii.push(out.len());
    tok.lw = "";
    out.push(tok);
}

/// Whether a token not glued to the one before starts an @handle or a web address
/// (`@`, `http`, `https`, `www`).
#[inline]
fn starts_handle(full: &str) -> bool {
    match full.as_bytes().first() {
        Some(b'@') => full == "@",
        // (By length, one comparison: `with`, `have`, `which` start so too.)
        Some(b'h' | b'H' | b'w' | b'W') => match full.len() {
            3 => full.eq_ignore_ascii_case("www"),
            4 => full.eq_ignore_ascii_case("http"),
            5 => full.eq_ignore_ascii_case("https"),
            _ => false,
        },
        _ => false,
    }
}

/// A hyphenated word `full` at `span` trimmed: `anti-Tokayev`, `mid-January` lose a
/// lowercase prefix before a capital; `Aktau-based`, `Kremlin-backed` their suffix, kept
/// as a cue (as [`Tok::suffix`]). `(span, word, suffix)`.
#[inline(never)]
fn trim_hyphenated(full: &str, mut span: Span) -> (Span, &str, u8) {
    let mut word = full;
    let mut suffix = 0;
    if let Some((pre, rest)) = full.split_once('-') {
        // (The prefixes are ASCII, and no other short word lowercases to one.)
        if pre.len() <= 4
            && pre.is_ascii()
            && HYPHEN_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(pre))
            && is_cap(rest)
        {
            span.start += pre.len() + 1;
            word = rest;
        }
    }
    if let Some((head, suf)) = word.rsplit_once('-') {
        if !head.is_empty() && is_cap(head) {
            // (The list is sorted: its index, or no suffix, in one search.)
            if let Some(i) = HYPHEN_SUFFIXES.binary_search(&suf).ok().and_then(|i| u8::try_from(i + 1).ok()) {
                span.end -= suf.len() + 1;
                word = head;
                suffix = i;
            }
        }
    }
    (span, word, suffix)
}

/// The lowercase forms of the words with a non-ASCII capital among the non-ASCII tokens
/// `non_ascii` (indices into `toks`), in one buffer: `(buffer, ranges)`, one range per
/// such word in order. (An ASCII word's lowercase form is its span of the document's
/// shared lowercase text.)
fn lowercase_non_ascii(toks: &[Tok], non_ascii: &[usize]) -> (String, Vec<(usize, usize)>) {
    let mut buf = String::new();
    let mut ranges = Vec::new();
    let words = non_ascii.iter().filter_map(|&i| toks.get(i));
    for t in words.filter(|t| t.text.chars().any(char::is_uppercase)) {
        let start = buf.len();
        buf.extend(t.text.chars().flat_map(char::to_lowercase));
        ranges.push((start, buf.len()));
    }
    (buf, ranges)
}

/// Whether the full stop `dot` after the word `prev` may join it to a web domain's ending
/// (`Tut.by`, `Meduza.io`): glued to a word of two letters or more, with a domain's
/// ending right after it (not `a.m.`, `5 p.m.`). (Rare in prose: only then does
/// [`merge_dotted`] look for sites.)
fn site_dot(prev: &Tok, dot: &crate::tokens::Token, lower: &str) -> bool {
    let rest = lower.as_bytes().get(dot.span.end..).unwrap_or(&[]);
    // (Most full stops end a sentence: a space follows.)
    if !rest.first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    if prev.kind != TokenKind::Word || prev.text.len() < 2 || dot.flags & GLUED == 0 {
        return false;
    }
    let n = rest.iter().take(8).take_while(|b| b.is_ascii_lowercase()).count();
    rest.get(..n).and_then(|w| std::str::from_utf8(w).ok()).is_some_and(domain_ending)
}

/// Whether `w` (lowercase) ends a web domain after a name and a full stop: a country's
/// two letters (`by`, `am`, `kz`) or a generic ending (`com`, `io`, `org`).
fn domain_ending(w: &str) -> bool {
    w.len() == 2 && w.bytes().all(|b| b.is_ascii_lowercase())
        || matches!(w, "com" | "org" | "net" | "info" | "news" | "media" | "online")
}

/// Whether tokens `i..i + 3` are two acronyms joined by a slash, without spaces: one
/// organisation's name (`RFE/RL`); not two parts of a longer code
/// (`Report No. KLM/AR/2021/4`).
fn slashed_at(toks: &[Tok], i: usize) -> bool {
    let Some([w0, w1, w2]) = toks.get(i..i + 3) else {
        return false;
    };
    let acronym = |t: &Tok| t.kind == TokenKind::Word && t.text.len() >= 2 && t.text.bytes().all(|b| b.is_ascii_uppercase());
    let slash_at = |t: Option<&Tok>, at: usize| t.is_some_and(|t| t.text == "/" && (t.span().start == at || t.span().end == at));
    w1.text == "/"
        && w1.span().start == w0.span().end
        && w2.span().start == w1.span().end
        && acronym(w0)
        && acronym(w2)
        && !slash_at(toks.get(i + 3), w2.span().end)
        && !slash_at(i.checked_sub(1).and_then(|k| toks.get(k)), w0.span().start)
}

/// Whether token `i` is a part of a code written without spaces, parts parted by slashes
/// and one a number (`KLM/AR/2021/4`).
fn in_code(ts: &[Tok], i: usize) -> bool {
    let glued = |k: usize| ts.get(k).zip(ts.get(k + 1)).is_some_and(|(x, y)| x.span().end == y.span().start);
    let (mut a, mut b) = (i, i + 1);
    while a > 0 && i - a < 8 && glued(a - 1) {
        a -= 1;
    }
    while b < ts.len() && b - i < 8 && glued(b - 1) {
        b += 1;
    }
    let part = &ts[a..b];
    part.iter().any(|t| t.text == "/") && part.iter().any(|t| t.kind == TokenKind::Number)
}

/// Whether the words from `i` are a site's name written as its domain: a word of two
/// letters or more (`Tut.by`, `Meduza.io`, `news.am`; a lowercase one not before a
/// function word), a full stop and the ending, without spaces, and not the end of a web
/// address (`http://example.org`, `www.tut.by`).
fn site_at(toks: &[Tok], i: usize) -> bool {
    let Some([w0, w1, w2]) = toks.get(i..i + 3) else {
        return false;
    };
    // (The full stop first: most words are followed by none.)
    if w1.text != "." {
        return false;
    }
    let in_address = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.span().end == w0.span().start && matches!(p.text, "/" | "." | "@" | ":"));
    w0.kind == TokenKind::Word
        && !in_address
        && w0.text.len() >= 2
        && w0.text.bytes().all(|b| b.is_ascii_alphanumeric())
        && w1.text == "."
        && w1.span().start == w0.span().end
        && w2.kind == TokenKind::Word
        && w2.span().start == w1.span().end
        && domain_ending(w2.text)
        // (`tonight.he said`: a lowercase word before a word of prose is a typo.)
        && (is_cap(w0.text) || !w2.is(C_FUNCTION))
}

fn single_capital(t: &Tok) -> bool {
    t.kind == TokenKind::Word && t.text.len() == 1 && is_cap(t.text)
}

/// `U.S.`, `U.K.`, `U.N.`: one word instead of letters and full stops; a site's
/// domain, `Tut.by`, `Meduza.io`, one word instead of `Tut`, `.`, `by`; and two acronyms
/// joined by a slash, `RFE/RL`. Whether any were merged.
fn merge_dotted<'a>(text: &'a str, lower: &'a str, toks: &mut Vec<Tok<'a>>) -> bool {
    let dotted = toks.windows(3).any(|w| {
        single_capital(&w[0]) && w[1].text == "." && single_capital(&w[2])
    }) || (0..toks.len()).any(|i| site_at(toks, i) || slashed_at(toks, i));
    if !dotted {
        return false;
    }
    let mut out: Vec<Tok<'a>> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if let (true, Some([w0, w1, w2])) = (site_at(toks, i) || slashed_at(toks, i), toks.get(i..i + 3)) {
            let span = Span::new(w0.span().start, w2.span().end);
            if let Some(word) = text.get(span.start..span.end) {
                let (lw, _) = ascii_forms(word, span, true, t.kind, t.handle(), lower);
                // (Name-like with or without a capital: `news.am` too.)
                let name = !t.handle() && w1.bits & T_HANDLE == 0;
                out.push(t.joined(word, lw, name, 0));
                i += 3;
                continue;
            }
        }
        let mut j = i;
        // letter . letter . …
        while j + 2 < toks.len() + 1
            && toks.get(j).is_some_and(single_capital)
            && toks
                .get(j + 1)
                .is_some_and(|d| d.text == "." && d.span().start == toks[j].span().end)
            && toks
                .get(j + 2)
                .is_some_and(|n| single_capital(n) && n.span().start == toks[j + 1].span().end)
        {
            j += 2;
        }
        if j > i {
            let mut end = toks[j].span().end;
            let mut next = j + 1;
            if toks
                .get(j + 1)
                .is_some_and(|d| d.text == "." && d.span().start == end)
            {
                end += 1;
                next += 1;
            }
            let span = Span::new(t.span().start, end);
            if let Some(word) = text.get(span.start..span.end) {
                // (ASCII: capital letters and full stops.)
                let (lw, name) = ascii_forms(word, span, true, t.kind, t.handle(), lower);
                out.push(t.joined(word, lw, name, classes_of(lw)));
                i = next;
                continue;
            }
        }
        out.push(t);
        i += 1;
    }
    *toks = out;
    true
}

fn is_opening(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "(" | ":" | "[" | "«" | "–" | "—" | "‘" | "“" | "-" | "*" | "•"
    )
}

/// What a chunk was found to be, and how sure.
#[derive(Clone, Debug)]
struct Found {
    span: Span,
    kind: EntityKind,
    canonical: String,
    /// Word indices (into the sentence's words) of the mention.
    words: (usize, usize),
    /// Only the default guess for an unknown word: may be re-labelled by later evidence.
    weak: bool,
    /// A guess inside a quotation: kept only if the document names it elsewhere
    /// (`“Fuentes is right”` after `Camila Fuentes`).
    tentative: bool,
}

struct Ctx<'a> {
    text: &'a str,
    /// `text` in ASCII lower case (same byte offsets): most keys are spans of it.
    lower: &'a str,
    /// Spare buffers for gazetteer keys (see [`Ctx::key`]): no allocation per look-up.
    keys: std::cell::RefCell<Vec<String>>,
    /// The document's words (see [`build_tokens`]), searched by [`Ctx::seen_lowercase`]
    /// and [`Ctx::seen_capitalised`] when a chunk asks (few do: a scan of the words for
    /// the one asked costs less than a set of all of them made beforehand, up to
    /// [`SCANS`] questions).
    toks: &'a [Tok<'a>],
    /// The indices in `toks` of the words whose first letter may be other than lowercase
    /// (an ASCII capital or a byte outside ASCII in their token; about one word in five):
    /// the only words those searches for a capitalised word need to look at.
    caps: &'a [u32],
    /// The page layout (see [`crate::layout`]): which lines are bylines and credits, and
    /// the masthead.
    layout: &'a crate::layout::Layout,
    /// How many times [`Ctx::seen_lowercase`] and [`Ctx::seen_capitalised`] scanned the
    /// words; past [`SCANS`], [`Ctx::seen`] answers them instead.
    scans: std::cell::Cell<u32>,
    /// The answers of both searches for every word, made once the document has asked
    /// [`SCANS`] times: a long document asks in proportion to its length, and a scan per
    /// question would take time growing with the square of it.
    seen: std::cell::OnceCell<Seen<'a>>,
}

/// The scans of the document's words that [`Ctx::seen_lowercase`] and
/// [`Ctx::seen_capitalised`] make before they make [`Seen`] (a short document, most,
/// never asks so often).
const SCANS: u32 = 16;

/// The words for which [`Ctx::seen_lowercase`] and [`Ctx::seen_capitalised`] hold.
struct Seen<'a> {
    lowercase: FastSet<'a>,
    capitalised: FastSet<'a>,
}

/// A gazetteer key ([`gazetteer::normalize_into`]): a span of the lowercase text when
/// that is the key already, else made in a buffer borrowed from [`Ctx::keys`], given
/// back when dropped.
struct Key<'c> {
    /// The key when it is a span of the lowercase text (then `buf` is unused).
    span: Option<&'c str>,
    buf: String,
    pool: &'c std::cell::RefCell<Vec<String>>,
}

impl std::ops::Deref for Key<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.span.unwrap_or(&self.buf)
    }
}

impl Drop for Key<'_> {
    fn drop(&mut self) {
        if self.span.is_none() {
            if let Ok(mut pool) = self.pool.try_borrow_mut() {
                pool.push(std::mem::take(&mut self.buf));
            }
        }
    }
}

/// Whether the lowercase ASCII `s` is its own gazetteer key: letters, digits and other
/// kept bytes, with single spaces between words (no `-`, `.`, `'`, no other white space,
/// nothing outside ASCII).
fn is_plain_key(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for &c in b {
        if c == b' ' {
            if prev_space {
                return false;
            }
            prev_space = true;
        } else if !gazetteer::is_key_byte(c) {
            return false;
        } else {
            prev_space = false;
        }
    }
    true
}

impl<'c> Ctx<'c> {
    /// Whether `lw` is the lowercase form of a capitalised sentence-initial word other
    /// than a function word or a particle that the document also writes with a lowercase
    /// first letter (`strikes`, `employees`).
    fn seen_lowercase(&self, lw: &str) -> bool {
        if let Some(seen) = self.seen() {
            return seen.lowercase.contains(lw);
        }
        // (The length first: most words differ in it.)
        let lowercase = self.toks.iter().any(|t| t.text.len() == lw.len() && t.kind == TokenKind::Word && t.text == lw && written_lowercase(t));
        // (The capitalised form among the words that may start with a capital: see
        // [`Ctx::caps`].)
        lowercase && self.caps.iter().filter_map(|&i| self.toks.get(i as usize)).any(|t| t.lw.len() == lw.len() && t.lw == lw && capitalised_initial(t))
    }

    /// Whether the word `w`, the text of a sentence-initial word, is seen capitalised in
    /// mid-sentence as the last word of its run (`Tokayev` in `President Tokayev`, not
    /// `Human` in `Human Rights`, nor `Protests` in `Council for Organizing Protests of
    /// Oil Workers`).
    fn seen_capitalised(&self, w: &str) -> bool {
        if let Some(seen) = self.seen() {
            return seen.capitalised.contains(w);
        }
        // (A word not starting lowercase is among [`Ctx::caps`].)
        self.caps.iter().any(|&i| self.toks.get(i as usize).is_some_and(|t| t.text.len() == w.len() && t.text == w) && self.capitalised_mid(i as usize))
    }

    /// Whether token `i` is a word written capitalised in mid-sentence as the last word
    /// of its run ([`Ctx::seen_capitalised`]).
    fn capitalised_mid(&self, i: usize) -> bool {
        let toks = self.toks;
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.initial()
                && !written_lowercase(t)
                && !toks.get(i + 1).is_some_and(|n| name_like(n) && n.sentence == t.sentence)
                && !inside_org_name(toks, i)
        })
    }

    /// [`Ctx::seen`] once the document has asked [`SCANS`] times (counting this one),
    /// made on the first such call; `None` before.
    fn seen(&self) -> Option<&Seen<'c>> {
        if let Some(seen) = self.seen.get() {
            return Some(seen);
        }
        self.scans.set(self.scans.get() + 1);
        if self.scans.get() <= SCANS {
            return None;
        }
        Some(self.seen.get_or_init(|| {
            let written: FastSet = self.toks.iter().filter(|t| t.kind == TokenKind::Word && written_lowercase(t)).map(|t| t.text).collect();
            let caps = || self.caps.iter().filter_map(|&i| Some((i as usize, self.toks.get(i as usize)?)));
            Seen {
                lowercase: caps().filter(|(_, t)| capitalised_initial(t) && written.contains(t.lw)).map(|(_, t)| t.lw).collect(),
                capitalised: caps().filter(|&(i, _)| self.capitalised_mid(i)).map(|(_, t)| t.text).collect(),
            }
        }))
    }

    /// The gazetteer key of words `a..b` of `ts` ([`Ctx::key`] of their span), found
    /// without reading the text's bytes when they are plain words (see [`Tok::plain`])
    /// one space apart (or none).
    fn key_words(&self, ts: &[Tok], a: usize, b: usize) -> Key<'_> {
        let (Some(first), Some(last)) = (ts.get(a), b.checked_sub(1).and_then(|k| ts.get(k))) else {
            return self.key(Span::new(0, 0));
        };
        let span = Span::new(first.span().start, last.span().end);
        let words = ts.get(a..b).unwrap_or(&[]);
        let gap_ok = |w: &[Tok]| {
            let end = w[0].span().end;
            let start = w[1].span().start;
            start == end || (start == end + 1 && self.text.as_bytes().get(end) == Some(&b' '))
        };
        if words.iter().all(Tok::plain) && words.windows(2).all(gap_ok) {
            if let Some(l) = self.lower.get(span.start..span.end) {
                return Key { span: Some(l), buf: String::new(), pool: &self.keys };
            }
        }
        self.key(span)
    }

    /// An empty key buffer borrowed from [`Ctx::keys`] (given back when dropped), to
    /// write a key in.
    fn spare(&self) -> Key<'_> {
        let mut buf = self.keys.try_borrow_mut().ok().and_then(|mut p| p.pop()).unwrap_or_else(|| String::with_capacity(64));
        buf.clear();
        Key { span: None, buf, pool: &self.keys }
    }

    /// The gazetteer key of the text of `span` (empty for a span off the text).
    fn key(&self, span: Span) -> Key<'_> {
        // (Most names are ASCII words and single spaces: their key is their lowercase text.)
        if let Some(l) = self.lower.get(span.start..span.end).filter(|l| is_plain_key(l)) {
            return Key { span: Some(l), buf: String::new(), pool: &self.keys };
        }
        // (A new buffer is made big enough for most names at once.)
        let mut buf = self
            .keys
            .try_borrow_mut()
            .ok()
            .and_then(|mut p| p.pop())
            .unwrap_or_else(|| String::with_capacity(64));
        gazetteer::normalize_into(self.text.get(span.start..span.end).unwrap_or(""), &mut buf);
        Key { span: None, buf, pool: &self.keys }
    }
}

/// Finds every person, organisation and place mentioned in a document.
pub fn find(doc: &Document) -> Vec<Mention> {
    let prep = Prepared::new(doc);
    find_prepared(doc, &prep, &prep.words())
}

thread_local! {
    /// The token list of the thread's last document, emptied: its allocation is reused
    /// for the next (see [`find_prepared`]; a long list costs much to allocate and free).
    static TOKS: std::cell::Cell<Vec<Tok<'static>>> = const { std::cell::Cell::new(Vec::new()) };
    /// The same for the list of what was found.
    static FOUND: std::cell::Cell<Vec<Found>> = const { std::cell::Cell::new(Vec::new()) };
    /// The same for the lists of sentences and of capitalised words (see [`find_prepared`]).
    #[allow(clippy::type_complexity)]
    static SENTENCES: std::cell::Cell<(Vec<(u32, u32, bool)>, Vec<u32>)> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// Empties a token list and returns its allocation free of the text's borrow, to be
/// filled again (collected in place, as in [`crate::tokens::recycle_words`]: no allocation).
fn recycle_toks(mut toks: Vec<Tok<'_>>) -> Vec<Tok<'static>> {
    toks.clear();
    toks.into_iter()
        .map(|t| Tok { text: "", lw: "", ..t })
        .collect()
}

/// [`find`] over the document's shared tokens and their lowercase texts `words`
/// ([`Prepared::words_in`]).
pub fn find_prepared(doc: &Document, prep: &Prepared, words: &[&str]) -> Vec<Mention> {
    // Most documents are ASCII throughout: then no word needs asking.
    let ascii_doc = doc.text.is_ascii();
    let (built, non_ascii) = build_tokens(doc, prep, words, ascii_doc, TOKS.take());
    let (buf, ranges) = if non_ascii.is_empty() { (String::new(), Vec::new()) } else { lowercase_non_ascii(&built, &non_ascii) };
    let mut ranges = ranges.into_iter();
    // The lowercase form, word lists and name shape of each non-ASCII word.
    let mut toks: Vec<Tok> = built;
    for &i in &non_ascii {
        if let Some(t) = toks.get_mut(i) {
            let lw = if t.text.chars().any(char::is_uppercase) {
                let (s, e) = ranges.next().unwrap_or((0, 0));
                buf.get(s..e).unwrap_or("")
            } else {
                t.text
            };
            t.lw = lw;
            t.bits = (t.bits & !T_NAME) | (u8::from(name_like_of(t)) * T_NAME);
            t.cls = classes_of(lw);
        }
    }
    let toks = toks;
    // The sentences (ranges of `toks`, each with whether it is a headline) and the words
    // that may start with a capital (see [`Ctx::caps`]), in one pass.
    let (mut sentences, mut caps) = SENTENCES.take();
    sentences.clear();
    caps.clear();
    let mut s = 0;
    while let Some(first) = toks.get(s) {
        // (The sentence's tokens: up to the next with another sentence number, counted
        // for the headline test on the way.)
        let mut count = HeadlineCount::default();
        let mut e = s;
        while let Some(t) = toks.get(e).filter(|t| t.sentence == first.sentence) {
            if count.add(t) {
                caps.push(e as u32);
            }
            e += 1;
        }
        let ts = toks.get(s..e).unwrap_or(&[]);
        sentences.push((s as u32, e as u32, count.headline(ts, &prep.layout, first.sentence as usize)));
        s = e;
    }
    let ctx = Ctx { text: &doc.text, lower: &prep.lower, keys: Default::default(), toks: &toks, caps: &caps, layout: &prep.layout, scans: Default::default(), seen: Default::default() };
    let mut found = FOUND.take();
    found.reserve(toks.len() / 8);
    for &(s, e, headline) in &sentences {
        let ts = toks.get(s as usize..e as usize).unwrap_or(&[]);
        scan_sentence(&ctx, ts, headline, &mut found);
    }
    let acronyms = join_initialisms(&ctx, &mut found);
    resolve(&ctx, &mut found, acronyms);
    found.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    // (Second spellings, `Satbayev (also spelled Satpayev)`: the span of each and the
    // index in `out` of the mention it spells.)
    let mut spellings: Vec<(Span, usize)> = Vec::new();
    for mut f in found.drain(..) {
        if f.tentative || f.span.is_empty() || doc.text.get(f.span.start..f.span.end).is_none() {
            continue;
        }
        if out.last().is_some_and(|m| m.span.end > f.span.start) {
            continue;
        }
        if f.kind == EntityKind::Place && chanted_to(&doc.text, f.span) {
            continue;
        }
        // `Radio Free Europe/Radio Liberty`: two halves of one name joined by a slash are
        // one mention.
        if let Some(m) = out.last_mut().filter(|m| {
            m.kind == f.kind && m.kind == EntityKind::Organization && m.canonical == f.canonical && doc.text.get(m.span.end..f.span.start) == Some("/")
        }) {
            m.span = Span::new(m.span.start, f.span.end);
            continue;
        }
        // A second spelling of the name before names it, here and wherever it comes
        // again: `Satbayev (also spelled Satpayev)`, `Zhezkazgan, also spelled Jezkazgan`.
        let again = |&&(sp, _): &&(Span, usize)| doc.text.get(sp.start..sp.end) == doc.text.get(f.span.start..f.span.end);
        // (And a name's form in another language: `Kamennaya Gorka (Kamiennaja Horka in
        // Belarusian)`.)
        let glossed = |m: &&Mention| doc.text.get(m.span.end..f.span.start) == Some(" (") && doc.text.get(f.span.end..).is_some_and(language_gloss);
        if let Some(m) = out.last().filter(|m| doc.text.get(m.span.end..f.span.start).is_some_and(another_spelling) || glossed(m)) {
            spellings.push((f.span, out.len() - 1));
            f.kind = m.kind;
            f.canonical.clone_from(&m.canonical);
        } else if let Some(m) = spellings.iter().find(again).and_then(|&(_, k)| out.get(k)) {
            f.kind = m.kind;
            f.canonical.clone_from(&m.canonical);
        }
        out.push(Mention {
            span: f.span,
            kind: f.kind,
            canonical: f.canonical,
        });
    }
    drop(ctx);
    TOKS.set(recycle_toks(toks));
    FOUND.set(found);
    SENTENCES.set((sentences, caps));
    out
}

/// Whether `gap`, the text between two names, makes the second another spelling of the
/// first: ` (also spelled `, `, also known as `, ` (or ` (in brackets only: not `Tokayev
/// or Nazarbayev`).
fn another_spelling(gap: &str) -> bool {
    let g = gap.trim_start();
    let bracket = g.starts_with('(');
    match g.trim_start_matches(['(', ',']).trim() {
        "also spelled" | "also spelt" | "also written" | "also known as" | "also called" => true,
        "or" | "formerly" | "spelled" | "spelt" => bracket,
        _ => false,
    }
}

/// Whether `rest`, the text after a name in brackets, says in which language the name is
/// written so: ` in Belarusian)`, ` in the Russian-language ruling)`.
fn language_gloss(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(" in ") else { return false };
    let r = r.strip_prefix("the ").unwrap_or(r);
    let end = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
    let (w, after) = r.split_at(end);
    w.starts_with(|c: char| c.is_uppercase())
        && has(C_DEMONYMS, &lower(w))
        && after.find([')', '(', '\n']).is_some_and(|k| k <= 40 && after.as_bytes()[k] == b')')
}

/// Whether `span` is someone called to in a chant rather than a place: the first word of
/// a quotation, a comma after it and a call in lowercase (`chanting "Shal, ket!"`, «Old
/// man, go!»), whatever a gazetteer says of the word.
fn chanted_to(text: &str, span: Span) -> bool {
    let opens = text.get(..span.start).is_some_and(|b| b.ends_with(['"', '“', '«', '\'']));
    let Some(call) = text.get(span.end..).and_then(|r| r.strip_prefix(", ")) else { return false };
    opens
        && call.starts_with(|c: char| c.is_lowercase())
        && call.split(['"', '”', '»', '\n']).next().is_some_and(|c| c.len() <= 60 && c.trim_end().ends_with('!'))
}

/// Whether word `t` is written with a lowercase first letter.
fn written_lowercase(t: &Tok) -> bool {
    let b0 = t.text.as_bytes().first().copied().unwrap_or(0);
    b0.is_ascii_lowercase() || (b0 >= 0x80 && t.text.chars().next().is_some_and(char::is_lowercase))
}

/// Whether word `t` opens its sentence capitalised and is no function word or particle
/// ([`Ctx::seen_lowercase`]).
fn capitalised_initial(t: &Tok) -> bool {
    t.initial() && t.kind == TokenKind::Word && is_cap(t.text) && !t.is(C_FUNCTION | C_PARTICLES)
}

/// Whether word `i` of `toks` is inside the long name of an organisation, before an
/// `of` or `for` that the name goes on after: `Protests` in `Council for Organizing
/// Protests of Oil Contract Workers` (not `Marsh` in `Lena Marsh of Michigan`).
fn inside_org_name(toks: &[Tok], i: usize) -> bool {
    let goes_on = toks.get(i + 1).is_some_and(|n| matches!(n.lw, "of" | "for"))
        && toks.get(i + 2).is_some_and(|n| name_like(n) && toks.get(i).is_some_and(|t| t.sentence == n.sentence));
    goes_on
        && toks[..i]
            .iter()
            .rev()
            .take(6)
            .take_while(|p| name_like(p) || matches!(p.lw, "of" | "for" | "and" | "the"))
            .any(|p| p.is(C_ORG_HEADS))
}

/// The first bytes and lengths of a set of words (each modulo 32): a quick test before
/// searching that a word may be in the set.
#[derive(Default)]
struct Shapes([u32; 32]);

impl Shapes {
    /// The entry and the bit of word `w`.
    fn bit(w: &str) -> (usize, u32) {
        let b0 = w.as_bytes().first().copied().unwrap_or(0);
        (usize::from(b0 & 31), 1 << (w.len() & 31))
    }
    /// Notes word `w`.
    fn add(&mut self, w: &str) {
        let (b, bit) = Shapes::bit(w);
        if let Some(x) = self.0.get_mut(b) {
            *x |= bit;
        }
    }
    /// Whether a word noted may be `w` (false: none is).
    fn may_hold(&self, w: &str) -> bool {
        let (b, bit) = Shapes::bit(w);
        self.0.get(b).is_some_and(|x| x & bit != 0)
    }
}

fn is_the(t: &Tok) -> bool {
    t.text == "The" || t.text == "the"
}

fn has_head(ts: &[Tok], bit: u32) -> bool {
    ts.iter().any(|t| t.is(bit) && is_cap(t.text))
}

/// Whether the capitalised words from `k` name a place: the gazetteer knows them, or
/// they end with a place's head (`Lenin Square`) or a town's part (`the West Side`).
fn place_run(ctx: &Ctx, ts: &[Tok], k: usize) -> bool {
    let e = (k..ts.len().min(k + 4)).find(|&e| !name_like(&ts[e])).unwrap_or(ts.len().min(k + 4));
    e > k && (gazetteer::lookup_key(&ctx.key_words(ts, k, e)).is_some() || ts[e - 1].is(C_PLACE_HEADS) || town_part(ts, k, e))
}

/// Whether words `a..b` name a part of a town by its side of it: compass words, then
/// `Side` or `End` (`South Side`, `Northwest Side`, `Lower East Side`, `West End`).
fn town_part(ts: &[Tok], a: usize, b: usize) -> bool {
    b >= a + 2
        && matches!(ts[b - 1].text, "Side" | "End")
        && ts[a..b - 1].iter().all(|t| {
            is_cap(t.text)
                && matches!(t.lw, "north" | "south" | "east" | "west" | "northwest" | "northeast" | "southwest" | "southeast" | "upper" | "lower" | "near" | "far")
        })
}

/// The words of a sentence counted for telling a headline (see [`HeadlineCount::headline`]).
#[derive(Default)]
struct HeadlineCount {
    /// Acronym-like words of three or more letters.
    caps: usize,
    /// Words of four or more bytes, and how many of them are capitalised.
    long: usize,
    capitalised: usize,
}

impl HeadlineCount {
    /// Counts token `t` of the sentence; whether it is a word that may start with a
    /// capital (see [`Ctx::caps`]).
    #[inline]
    fn add(&mut self, t: &Tok) -> bool {
        if t.kind != TokenKind::Word {
            return false;
        }
        let b = t.text.as_bytes();
        if t.flags & (UPPER | NON_ASCII | JOINED) == 0 {
            // A word of ASCII lowercase letters and digits (most words; its token holds no
            // capital, and a trimmed word is part of it): neither an acronym nor capitalised.
            self.long += usize::from(b.len() >= 4);
            return false;
        }
        // (Most capitalised words fail `is_acronym` at their second letter: `Tokayev`.)
        if b.len() >= 3 && b[0].is_ascii_uppercase() && !b[1].is_ascii_lowercase() && is_acronym(t.text) {
            self.caps += 1;
        }
        if b.len() >= 4 {
            self.long += 1;
            self.capitalised += usize::from(is_cap(t.text));
        }
        t.flags & (UPPER | NON_ASCII) != 0
    }

    /// Whether the sentence `ts`, whose tokens were all counted, is a headline: ALL CAPS
    /// (three acronym-like words, half its longer words or more) or Title Case (most longer words capitalised, no full
    /// stop at the end). A byline (`By Claire Dubois and Marc Lefevre`) or a line of
    /// credits is none, as the `layout` tells of line `line`: its names are people's.
    fn headline(&self, ts: &[Tok], layout: &crate::layout::Layout, line: usize) -> bool {
        let open = ts.last().is_none_or(|t| t.text != ".");
        // (A short heading shows its case by a small word capitalised inside it: `A
        // History Of Unrest`, `Solidarity In Zhanaozen`.)
        // (After the first word: not `The` after a bullet, `• The government says …`.)
        let words = || ts.iter().skip_while(|t| t.kind != TokenKind::Word).skip(1);
        let title_case = open
            && (self.long >= 4 && self.capitalised * 5 >= self.long * 4 && !names_line(ts)
                || words().any(|t| {
                    matches!(t.text, "Of" | "In" | "At" | "On" | "For" | "And" | "To" | "The" | "With" | "From" | "As" | "Over")
                }));
        use crate::layout::{BYLINE, PHOTO_CREDIT, REPORTERS, WIRE_CREDITS};
        // (ALL CAPS: three such words or more, and as many as half the longer words — not
        // a sentence that names `Tulpar Burgylau LLP` and `Ozen Energy Production JSC (OEP)`)
        // (and a short heading all in capitals: `BUKAN SHOOTING`)
        let all_caps = self.caps >= 3 && self.caps * 2 >= self.long
            || open && self.caps >= 2 && ts.iter().all(|t| t.kind != TokenKind::Word || !t.text.bytes().any(|c| c.is_ascii_lowercase()));
        (all_caps || title_case) && layout.line(line) & (BYLINE | REPORTERS | PHOTO_CREDIT | WIRE_CREDITS) == 0
    }
}

/// Whether a line whose longer words are capitalised lists names rather than heads a
/// story: most of those words are no ordinary words (`Issued by: Chamila Wijeratne
/// (Convener), Nadeeka Perera (Secretary)`, a photo's `(Crónica Austral / Tomás Reyes)`),
/// where a headline's are (`Hundreds March On Downing Street`).
fn names_line(ts: &[Tok]) -> bool {
    let (mut names, mut words) = (0, 0);
    for t in ts.iter().filter(|t| t.kind == TokenKind::Word && t.text.len() >= 4 && is_cap(t.text)) {
        words += 1;
        names += usize::from(!t.common() && !t.is(C_FUNCTION));
    }
    names * 2 > words
}

/// The kind of the name starting at word `a` of a byline: a person's after `By`, or
/// after `and` or a comma in a list of names that `By` opens (`By Ana Ruiz, Li Wei and
/// Tom Hale`); an outlet's after a comma past the names (a comma goes on with the list
/// only where `and` ends it later: `By June Lam and Felix Chau, Harbour Standard`, `By
/// Ana Ruiz, Revista Andina`).
fn byline_kind(ts: &[Tok], a: usize) -> Option<EntityKind> {
    let joins = |t: &Tok| matches!(t.text, "and" | ",");
    match a.checked_sub(1).map(|p| &ts[p]) {
        Some(t) if t.text == "By" => Some(EntityKind::Person),
        Some(t) if joins(t) => {
            let by = ts[..a - 1].iter().rposition(|t| !(joins(t) || t.kind == TokenKind::Word && is_cap(t.text) && t.text != "By"))?;
            if ts[by].text != "By" {
                return None;
            }
            let listed = t.text == "and" || !ts[by..a].iter().any(|t| t.text == "and") && ts[a..].iter().any(|t| t.text == "and");
            Some(if listed { EntityKind::Person } else { EntityKind::Organization })
        }
        _ => None,
    }
}

/// The kind of the name at words `a..b` of a photo credit (see
/// [`crate::layout::PHOTO_CREDIT`]): the photographer's right after the colon (else an
/// outlet's), an agency's after `/` or `via`.
fn credited(ctx: &Ctx, ts: &[Tok], a: usize, b: usize) -> Option<EntityKind> {
    if ts.first().is_none_or(|t| ctx.layout.line(t.sentence as usize) & crate::layout::PHOTO_CREDIT == 0) {
        return None;
    }
    // (`Photo: Protesters march in Yangon on Monday`: a caption after the colon, no credit)
    let alone = ts.get(b).is_none_or(|t| matches!(t.lw, "/" | "via" | "," | ";" | "and" | ")"));
    match a {
        2 if alone && (2..=3).contains(&(b - a)) => Some(EntityKind::Person),
        // (`Photo: Mahilyow Today archive`: an outlet's)
        2 if alone || ts.get(b).is_some_and(|t| matches!(t.lw, "archive" | "archives" | "handout" | "files")) => Some(EntityKind::Organization),
        _ if a > 2 && matches!(ts[a - 1].lw, "/" | "via") => Some(EntityKind::Organization),
        _ => None,
    }
}

/// Whether words `a..b` name the photographer of a wire photo's credit, on its own line or
/// after the caption: `… Sept. 1, 2023. (AP Photo/Stanislav Filippov, File)`, after the slash.
fn wire_photographer(ts: &[Tok], a: usize, b: usize) -> bool {
    let lw = |k: usize| ts.get(k).map_or("", |t| t.lw);
    a >= 4 && lw(a - 1) == "/" && matches!(lw(a - 2), "photo" | "photos") && lw(a - 4) == "(" && (2..=3).contains(&(b - a)) && matches!(lw(b), "," | ")")
}

/// The kind of words `a..b` in a credit of two names in brackets parted by a slash at the
/// end of a line, `(Crónica Austral / Tomás Reyes)`: the outlet's before the slash, the
/// photographer's (two or three words) after it.
fn slash_credit(ts: &[Tok], a: usize, b: usize) -> Option<EntityKind> {
    let text = |k: usize| ts.get(k).map_or("", |t| t.text);
    let names = |s: usize, e: usize| ts.get(s..e).is_some_and(|w| w.iter().all(|t| t.kind == TokenKind::Word && is_cap(t.text)));
    let end = |k: usize| text(k) == ")" && ts.get(k + 1).is_none_or(|t| t.text == ".");
    if text(a.wrapping_sub(1)) == "(" && text(b) == "/" {
        // The photographer's name: two or three words, then the closing bracket.
        let e = (b + 3..=b + 4).find(|&e| end(e))?;
        (names(b + 1, e) && b - a <= 4).then_some(EntityKind::Organization)
    } else if text(a.wrapping_sub(1)) == "/" && (2..=3).contains(&(b - a)) && end(b) {
        let open = ts[..a - 1].iter().rposition(|t| t.text == "(")?;
        (a - 1 - open <= 5 && names(open + 1, a - 1)).then_some(EntityKind::Person)
    } else {
        None
    }
}

/// Cuts the sentence `ts` into chunks of name-like words and classifies each (see
/// [`classify`]); `headline` tells a headline (see [`HeadlineCount`]).
#[inline(never)]
fn scan_sentence(ctx: &Ctx, ts: &[Tok], headline: bool, out: &mut Vec<Found>) {
    let mut i = 0;
    // (From one name-like word to the next.)
    while let Some(skip) = ts.get(i..).and_then(|rest| rest.iter().position(name_like)) {
        i += skip;
        let a = i;
        let mut j = i + 1;
        let mut tail = false; // inside an `of …` tail
        if ts[a].suffix == 0 {
            // Names are short; a cap keeps the work per chunk bounded on odd input.
            while j < ts.len() && j - a < MAX_CHUNK {
                let t = &ts[j];
                if t.span().start < ts[j - 1].span().end {
                    break;
                }
                if name_like(t) {
                    if t.suffix != 0 {
                        break;
                    }
                    j += 1;
                    continue;
                }
                let next_name = |k: usize| {
                    ts.get(k)
                        .is_some_and(|n| name_like(n) && n.suffix == 0)
                };
                if t.kind == TokenKind::Word {
                    let lw = t.lw;
                    let chunk = &ts[a..j];
                    // (`the opposition movement Democratic Choice of Kazakhstan`: an
                    // organisation announced before its name takes its `of …` too.)
                    let announced = || lw == "of" && a > 0 && ts[a - 1].is(C_PRECEDING_ORG) && !is_cap(ts[a - 1].text);
                    // (Asked only after a connector: most words after a name are none.)
                    let headed = || has_head(chunk, C_ORG_HEADS) || has_head(chunk, C_PLACE_HEADS) || announced();
                    // (`to` and `without` go on an organisation's name only: `Campaign to
                    // End Poverty`, not `from Victoria Park to Chater Road`.)
                    // (Nor after `from`: `marched from St. Brendan Medical Center to Toledo
                    // City Hall` is a route.)
                    let from = || (a.saturating_sub(2)..a).any(|k| ts[k].lw == "from");
                    let org_tail = || !matches!(lw, "to" | "without") || has_head(chunk, C_ORG_HEADS) && !(lw == "to" && from());
                    // (`Organization for Security and Co-operation in Europe`, `Center for
                    // Human Rights in Iran`: a purpose's tail goes on with the country or
                    // continent of its work, not `Ministry of Interior in Tehran`)
                    if lw == "in"
                        && tail
                        && chunk.iter().any(|t| t.lw == "for")
                        && next_name(j + 1)
                        && !ts.get(j + 2).is_some_and(name_like)
                        && gazetteer::lookup(ts[j + 1].text).is_some_and(|p| matches!(p.kind, gazetteer::PlaceKind::Country | gazetteer::PlaceKind::Feature))
                    {
                        j += 2;
                        continue;
                    }
                    // (`Transport for London`: a well-known name goes on over its connector.)
                    let known = || {
                        next_name(j + 1) && known_org(&ctx.key(Span::new(ts[a].span().start, ts[j + 1].span().end))).is_some()
                    };
                    // (nor `on` before a place: `Hillcrest Academy on the West Side`)
                    let on_place = || lw == "on" && place_run(ctx, ts, j + 1 + usize::from(ts.get(j + 1).is_some_and(is_the)));
                    if matches!(lw, "of" | "for" | "on" | "against" | "to" | "without") && (headed() && org_tail() && !on_place() || known()) {
                        if next_name(j + 1) {
                            tail = true;
                            j += 2;
                            continue;
                        }
                        if !matches!(lw, "to" | "without")
                            && ts.get(j + 1).is_some_and(is_the)
                            && next_name(j + 2)
                        {
                            tail = true;
                            j += 3;
                            continue;
                        }
                    }
                    let gaz_and = || {
                        // From the chunk's start or its second word (`In Sistan and …`).
                        (a..j.min(a + 2)).any(|s| {
                            let span = Span::new(ts[s].span().start, ts[j + 1].span().end);
                            gazetteer::lookup_key(&ctx.key(span)).is_some()
                        })
                    };
                    if lw == "and" && next_name(j + 1) && (tail || gaz_and()) {
                        // `Ministry of Labour and Social Protection`, `Sistan and Baluchestan`.
                        j += 2;
                        continue;
                    }
                    // (but `in London and Leeds General Infirmary`: a town after `in`, then
                    // another name)
                    let town_in = || a > 0 && ts[a - 1].lw == "in" && gazetteer::lookup_key(&ctx.key_words(ts, a, j)).is_some();
                    if lw == "and" && !tail && j - a - usize::from(is_the(&ts[a])) <= 3 && !headed() && !town_in() {
                        // `Hong Kong and Macau Affairs Office`, `Garment Manufacturers and
                        // Exporters Association`: one name when the words after `and` end
                        // in an organisation's head.
                        let mut k = j + 1;
                        while k < ts.len() && k - j <= 4 && next_name(k) {
                            k += 1;
                        }
                        if k > j + 2 && ts.get(k - 1).is_some_and(|h| h.is(C_ORG_HEADS) && is_cap(h.text)) {
                            j = k;
                            continue;
                        }
                    }
                    // (`Praça do Comércio`: Portuguese `do` is a particle after a place's head.)
                    let particle = t.is(C_PARTICLES) || ts[a].is(C_PLACE_HEADS) && lw == "do";
                    // (a longer name too when a head says what it names: `Federación de
                    // Trabajadores Contratistas del Cobre`)
                    if particle && !tail && (j - a <= 3 || headed()) {
                        if next_name(j + 1) {
                            j += 2;
                            continue;
                        }
                        let two = ts.get(j + 1).is_some_and(|n| n.is(C_PARTICLES));
                        if two && next_name(j + 2) {
                            j += 3;
                            continue;
                        }
                    }
                } else if t.text == "."
                    // (`Martin Luther King Jr. Day`: a name's suffix goes on into the rest)
                    && (is_title(ts, j - 1) || single_capital(&ts[j - 1]) || matches!(ts[j - 1].text, "St" | "Jr" | "Sr") || ts[j - 1].text.ends_with("-St"))
                    && next_name(j + 1)
                {
                    j += 2;
                    continue;
                } else if matches!(t.text, "’" | "'")
                    && ts[j - 1].text.ends_with('s')
                    && t.span().start == ts[j - 1].span().end
                    && next_name(j + 1)
                {
                    // `Ceylon Teachers’ Union`.
                    j += 2;
                    continue;
                } else if matches!(t.text, "°" | "º")
                    && ts[j - 1].text == "N"
                    && ts.get(j + 1).is_some_and(|n| n.kind == TokenKind::Number && n.span().start == t.span().end)
                {
                    // `Sindicato de Trabajadores N°2 Quebrada Azul`: a union's number is
                    // part of its name.
                    j += 2;
                    continue;
                } else if t.text == "&" && next_name(j + 1) {
                    j += 2;
                    continue;
                } else if let Some(k) = (t.text == "," && !headline && j - a <= 5).then(|| listed_trades(ts, j)).flatten() {
                    // `National Union of Rail, Maritime and Transport Workers`.
                    j = k;
                    continue;
                } else if t.kind == TokenKind::Possessive
                    && next_name(j + 1)
                    && possessive_joins(ctx, ts, a, j)
                {
                    // `Prosecutor General’s Office`, `People’s Party`.
                    j += 2;
                    continue;
                }
                break;
            }
        }
        if let Some(state) = (j == a + 1).then(|| state_after_town(ts, a)).flatten() {
            // `BROOKLYN CENTER, Minn.`: the state, and the name before it is a town.
            if let Some(town) = out.last_mut().filter(|f| f.words.1 + 1 == a && f.kind == EntityKind::Organization) {
                town.kind = EntityKind::Place;
                town.weak = false;
            }
            let span = ts[a].span();
            out.push(Found { span, kind: EntityKind::Place, canonical: state.to_string(), words: (a, j), weak: false, tentative: false });
            i = j;
            continue;
        }
        // (A number beside the chunk, or a hyphen in it: `5th Precinct`, `Route 66`, `I-94`.)
        let numbered = a > 0 && ts[a - 1].kind == TokenKind::Number || ts.get(j).is_some_and(|t| t.kind == TokenKind::Number) || ts[a].hyphen();
        if let Some(f) = numbered.then(|| numbered_place(ctx, ts, a, j)).flatten() {
            i = f.words.1.max(i + 1);
            out.push(f);
            continue;
        }
        // (A lone article or sentence-initial function word, `The`, `In`, `He`: what
        // `classify` drops before anything else, leaving nothing; and outside a headline,
        // a lone month or day, `January`, `Monday`, which it splits off, leaving nothing.)
        let t = &ts[a];
        if j == a + 1 && (is_the(t) || t.initial() && !t.is(C_PARTICLES) && t.is(C_FUNCTION) || !headline && t.is(C_MONTHS)) {
            i = j;
            continue;
        }
        let before = out.len();
        classify(ctx, ts, a, j, headline, out);
        // A gazetteer match may have grown over following lowercase words.
        let mut next = j;
        for f in &out[before..] {
            next = next.max(f.words.1);
        }
        i = next.max(i + 1);
    }
}

/// The end of a list of trades that goes on a name from the comma at word `c`: more
/// capitalised words, commas, `and`, and a last word naming a trade's people
/// (`National Union of Rail, Maritime and Transport Workers`, `United Automobile,
/// Aerospace and Agricultural Implement Workers of America`).
#[inline(never)]
fn listed_trades(ts: &[Tok], c: usize) -> Option<usize> {
    let name = |k: usize| ts.get(k).is_some_and(|t| name_like(t) && t.suffix == 0);
    let mut k = c; // at a comma or `and`
    let mut and = false;
    while k < c + 16 {
        let mut m = k + 1;
        while m <= k + 4 && name(m) {
            m += 1;
        }
        if m == k + 1 {
            return None;
        }
        if and {
            let last = ts.get(m - 1)?;
            if !matches!(last.lw, "workers" | "employees" | "technicians" | "engineers" | "staff" | "staffs" | "trades") {
                return None;
            }
            // (`… Workers of America`)
            if ts.get(m).is_some_and(|t| t.lw == "of") && name(m + 1) {
                m += 2;
            }
            return Some(m);
        }
        let t = ts.get(m)?;
        if t.text == "," {
            k = m;
            if ts.get(m + 1).is_some_and(|t| t.lw == "and") {
                k = m + 1;
                and = true;
            }
        } else if t.lw == "and" {
            k = m;
            and = true;
        } else {
            return None;
        }
    }
    None
}

/// The US state that word `k` abbreviates (`Calif.`, `N.Y.`: see [`US_STATES`]), with its
/// full stop.
fn us_state(ts: &[Tok], k: usize) -> Option<&'static str> {
    let t = ts.get(k)?;
    let key = match t.lw.strip_suffix('.') {
        Some(key) => key, // `N.Y.`, joined
        None => {
            let dot = ts.get(k + 1).is_some_and(|d| d.text == "." && d.span().start == t.span().end);
            if !dot || !is_cap(t.text) {
                return None;
            }
            t.lw
        }
    };
    US_STATES.binary_search_by(|(a, _)| a.cmp(&key)).ok().and_then(|i| US_STATES.get(i)).map(|(_, name)| *name)
}

/// The state abbreviated at word `a` after a town and a comma (`Portland, Ore.`,
/// `BROOKLYN CENTER, Minn.`).
fn state_after_town(ts: &[Tok], a: usize) -> Option<&'static str> {
    if a < 2 || ts[a - 1].text != "," || !name_like(&ts[a - 2]) {
        return None;
    }
    us_state(ts, a)
}

/// A place named with a number, from the capitalised words `a..b`: an ordinal before a
/// place's head (`the 5th Precinct`, `42nd Street`), a road's number after its kind
/// (`Interstate 35W`, `Highway 55`, `Route 66`), or an interstate's short name (`I-94`).
#[inline(never)]
fn numbered_place(ctx: &Ctx, ts: &[Tok], a: usize, b: usize) -> Option<Found> {
    let spaced = |x: &Tok, y: &Tok| x.span().end + 1 == y.span().start;
    let first = ts.get(a)?;
    let last = ts.get(b.checked_sub(1)?)?;
    let found = |s: usize, e: usize| {
        let span = Span::new(ts.get(s)?.span().start, ts.get(e - 1)?.span().end);
        Some(Found { span, kind: EntityKind::Place, canonical: String::new(), words: (s, e), weak: false, tentative: false })
    };
    let ordinal = |t: &Tok| {
        t.kind == TokenKind::Number
            && [b"st", b"nd", b"rd", b"th"].iter().any(|x| t.text.as_bytes().ends_with(*x))
            && t.text.bytes().next().is_some_and(|c| c.is_ascii_digit())
    };
    let road_number = |t: &Tok| {
        t.kind == TokenKind::Number && t.text.len() <= 5 && t.text.bytes().all(|c| c.is_ascii_alphanumeric())
    };
    // (The head among the first two words: the chunk may go on, `the 5th Precinct on Friday`.)
    let head = || (a..b.min(a + 2)).find(|&k| ts[k].is(C_PLACE_HEADS));
    let f = if a > 0 && ordinal(&ts[a - 1]) && spaced(&ts[a - 1], first) && head().is_some() {
        head().and_then(|h| found(a - 1, h + 1))
    } else if b - a <= 2
        && ts.get(b).is_some_and(|n| road_number(n) && spaced(last, n))
        && matches!(last.lw, "interstate" | "highway" | "route" | "motorway")
    {
        found(a, b + 1)
    } else if b - a == 1
        && matches!(first.lw, "plaza" | "avenida" | "calle" | "parque" | "paseo" | "puente" | "estadio" | "villa" | "población" | "poblacion")
        && ts.get(b).is_some_and(|n| n.kind == TokenKind::Number && spaced(last, n))
        && ts.get(b + 1).is_some_and(|t| t.lw == "de")
        && ts.get(b + 2).is_some_and(|t| is_cap(t.text) && crate::timex::lexicon::spanish_month(t.lw).is_some())
    {
        // `Plaza 23 de Marzo`, `Avenida 18 de Julio`: a place named after a day
        found(a, b + 3)
    } else if b - a == 1
        && first.hyphen()
        && first.text.strip_prefix("I-").is_some_and(|n| n.len() <= 4 && n.bytes().next().is_some_and(|c| c.is_ascii_digit()))
    {
        found(a, b)
    } else {
        None
    };
    f.map(|mut f| {
        f.canonical = ctx.text.get(f.span.start..f.span.end).unwrap_or("").to_string();
        f
    })
}

/// Whether a possessive at word `p` is inside an organisation's name: an organisation
/// head follows within the capitalised run, and the words before it are not a known
/// place or organisation (`Kazakhstan’s Ministry of Energy` is two names).
fn possessive_joins(ctx: &Ctx, ts: &[Tok], a: usize, p: usize) -> bool {
    let mut a = a;
    while a + 1 < p && ts[a].is(C_FUNCTION) {
        a += 1; // `In Kazakhstan’s …`: the chunk's leading ordinary word
    }
    let mut k = p + 1;
    let mut head = false;
    while k < ts.len() && k <= p + 3 && name_like(&ts[k]) {
        head |= ts[k].is(C_ORG_HEADS) && !ts[k].is(C_NOT_ENTITIES);
        k += 1;
    }
    // (A station's name: `outside King's Cross station`.)
    head |= p - a == 1 && k == p + 2 && terminal_after(ts, k);
    // (A place's head alone after it: `St Anne's Square`, `St Mark's Cathedral`.)
    head |= k == p + 2 && ts[p + 1].is(C_PLACE_HEADS);
    // A person's (`President Daulet Serikbayev’s Government`) is not part of a name.
    let titled = (a..p.saturating_sub(1))
        .any(|i| is_title(ts, i) && !(is_title(ts, i + 1) || ts[i + 1].is(C_TITLE_MODIFIERS)));
    let person = titled || ts[a].is(C_FIRST_NAMES) || looks_like_surname(ts[p - 1].lw);
    if !head || person {
        return false;
    }
    let span = Span::new(ts[a].span().start, ts[p - 1].span().end);
    let key = ctx.key(span);
    known_org(&key).is_none()
        && gazetteer::lookup_key(&key).is_none()
        && known_person(&key).is_none()
        && !(p - a == 1 && ts[a].is(C_DEMONYMS))
}

/// The word `n` places before word `a`.
fn word_before<'a>(ts: &[Tok<'a>], a: usize, n: usize) -> Option<&'a str> {
    a.checked_sub(n).and_then(|k| ts.get(k)).map(|t| t.text)
}

/// Classifies the chunk of words `a..b` (cut by `scan_sentence`), pushing zero or more
/// mentions: after dropping articles, sentence-start words, nationality adjectives and
/// months, the evidence is tried from the strongest (known organisations, place and
/// organisation heads, the gazetteer, titles) to the weakest (given names, context cues,
/// word shape, and finally a guess marked `weak`). A chunk may be split and recurse.
fn classify(ctx: &Ctx, ts: &[Tok], mut a: usize, mut b: usize, headline: bool, out: &mut Vec<Found>) {
    // `Ruwan Saturday, 09 July 2022 03:42 PM`, `Fazeena from Akurana Saturday, …`: a
    // reader's comment stamped after the writer's name (and town); the day is no name.
    let weekday = |t: &Tok| crate::timex::lexicon::weekday(t.lw).is_some_and(|(_, plural)| !plural);
    if b - a >= 2 && weekday(&ts[b - 1]) && ts.get(b).is_some_and(|t| t.text == ",") {
        b -= 1;
        let stamped = ts.get(b + 2).is_some_and(|t| t.kind == TokenKind::Number);
        let opens = a == 0 || ts[a].initial();
        let from = a >= 2 && ts[a - 1].lw == "from" && (a == 2 || ts[a - 2].initial()) && is_cap(ts[a - 2].text);
        if stamped && (opens || from) && (1..=3).contains(&(b - a)) && ts[a..b].iter().all(|t| t.kind == TokenKind::Word && is_cap(t.text) && !t.is(C_FUNCTION) && !t.common()) {
            let span = Span::new(ts[a].span().start, ts[b - 1].span().end);
            let name = ctx.text.get(span.start..span.end).unwrap_or("").to_string();
            if from && out.last().is_none_or(|f| f.span.end <= ts[a - 2].span().start) {
                let w = &ts[a - 2];
                out.push(Found { span: w.span(), kind: EntityKind::Person, canonical: w.text.to_string(), words: (a - 2, a - 1), weak: false, tentative: false });
            }
            let kind = if from { EntityKind::Place } else { EntityKind::Person };
            out.push(Found { span, kind, canonical: name, words: (a, b), weak: false, tentative: false });
            return;
        }
    }
    // `4:17 PM EDT`: the half of the day after a clock time, not a prime minister.
    if a + 1 < b && matches!(ts[a].text, "AM" | "PM") && a.checked_sub(1).is_some_and(|k| ts[k].text.ends_with(|c: char| c.is_ascii_digit())) {
        a += 1;
    }
    // Leading articles, and ordinary words or roles capitalised by their position.
    while a < b {
        let t = &ts[a];
        let lw = t.lw;
        if is_the(t)
            || (t.initial()
                && !t.is(C_PARTICLES)
                && (t.is(C_FUNCTION)
                    || (b - a > 1
                        // (`Metro de Santiago said`: a word before a Romance particle and
                        // a name is the name's head, as `Banco de Chile`)
                        && !(b - a > 2 && matches!(ts[a + 1].text, "de" | "del" | "della" | "di" | "da" | "dos" | "das" | "du"))
                        && (ctx.seen_lowercase(lw)
                            || t.is(C_ROLES)
                            || (t.common()
                                && !t.is(C_FIRST_NAMES)
                                && !named_whole(ctx, ts, a, b)
                                // (`Pat Merrow, a spokesperson`: a first name that is a word too)
                                && (b - a != 2 || !role_context(ts, a, b)))))))
        {
            a += 1;
            continue;
        }
        break;
    }
    // `Boletín Informativo N° 27`, `Weekly Newsletter No. 3`: a publication's numbered
    // issue, no name.
    let sign = |k: usize| ts.get(k).is_some_and(|t| matches!(t.text, "°" | "º" | "." | "#") || t.kind == TokenKind::Number);
    let numbered_issue = (b - a >= 2 && matches!(ts[b - 1].text, "N" | "No" | "Nº" | "Nr") && sign(b) || sign(b) && ts.get(b).is_some_and(|t| t.text != "."))
        && ts[a..b].iter().any(|t| matches!(t.lw, "bulletin" | "boletín" | "boletin" | "newsletter" | "communiqué" | "comunicado" | "circular" | "issue" | "edition"));
    if numbered_issue {
        return;
    }
    // A day's name is a date, not an entity: `Martin Luther King Day` (whose `King` is no
    // title), `International Workers' Day`, and `International Women` before `'s Day`.
    if b > a && b - a > 1 && ts[b - 1].lw == "day"
        || ts.get(b).is_some_and(|t| t.kind == TokenKind::Possessive) && ts.get(b + 1).is_some_and(|t| t.lw == "day")
    {
        return;
    }
    // `Secretary of State Antony Blinken`, `Minister of Foreign Affairs X`: the rest of
    // the title, then the name.
    if a >= 2 && ts[a - 1].lw == "of" && is_title(ts, a - 2) {
        while a + 1 < b && (ts[a].is(C_TITLE_MODIFIERS) || matches!(ts[a].lw, "affairs" | "internal")) {
            a += 1;
        }
        // (`the Minister of Mining, …`: a portfolio, an ordinary word, names nothing; not
        // `the Governor of Antofagasta`)
        if b - a == 1 && ts[a].common() && gazetteer::lookup(ts[a].text).is_none() {
            return;
        }
    }
    if a >= b {
        return;
    }
    // `Dala Inform | English edition`, `CRÓNICA AUSTRAL – English edition`, `BELARUSKI
    // VECHAR · EVENING ROUND-UP`: a paper's or a group's name in its masthead (see
    // [`crate::layout::MASTHEAD`]), perhaps after `The`; and the same name anywhere in
    // the text, in any case (`told Steppe Ledger by phone` under `STEPPE LEDGER | …`).
    let span = Span::new(ts[a].span().start, ts[b - 1].span().end);
    let masthead = ctx.layout.masthead().is_some_and(|m| {
        span.end == m.end && (span.start == m.start || ts[a].lw == "the" && ts.get(a + 1).is_some_and(|t| t.span().start == m.start))
            || span.end - span.start == m.end - m.start && ctx.lower.get(span.start..span.end) == ctx.lower.get(m.start..m.end)
    });
    if masthead {
        let name = ctx.text.get(span.start..span.end).unwrap_or("");
        let name = if name.chars().any(char::is_lowercase) { name.to_string() } else { capitalized(name) };
        out.push(Found { span, kind: EntityKind::Organization, canonical: name, words: (a, b), weak: false, tentative: false });
        return;
    }
    // `Local News | Labor`, `World · Asia`: a section label of ordinary words opening its
    // line before a bar or a dot names nothing (as the masthead's test reads such a label).
    if ts[a].initial() && ts.get(b).is_some_and(|t| matches!(t.text, "|" | "·")) && ts[a..b].iter().all(|t| t.common() || t.is(C_FUNCTION)) {
        return;
    }
    // `the morality police (Gasht-e Ershad)`, `the union (Sindicato Unido)`: a name in
    // brackets after an organisation's word in lowercase is that organisation's name.
    let glossed_org = a >= 2
        && ts[a - 1].text == "("
        && ts.get(b).is_some_and(|t| t.text == ")")
        && ts[a - 2].kind == TokenKind::Word
        && !is_cap(ts[a - 2].text)
        && ts[a - 2].is(C_ORG_HEADS);
    if glossed_org {
        let name = ctx.text.get(span.start..span.end).unwrap_or("").to_string();
        out.push(Found { span, kind: EntityKind::Organization, canonical: name, words: (a, b), weak: false, tentative: false });
        return;
    }
    // `UAW Local 602`, `Local 12`: a union's local, numbered.
    if ts[b - 1].text == "Local" && ts.get(b).is_some_and(|t| t.kind == TokenKind::Number && t.text.bytes().all(|c| c.is_ascii_digit())) {
        let span = Span::new(ts[a].span().start, ts[b].span().end);
        let name = ctx.text.get(span.start..span.end).unwrap_or("").to_string();
        out.push(Found { span, kind: EntityKind::Organization, canonical: name, words: (a, b + 1), weak: false, tentative: false });
        return;
    }
    // (A credit's capitals make no headline: see [`wire_photographer`]. Its agency is the
    // name before `Photo/`: `(AP Photo/…`.)
    let agency = b - a >= 2 && a >= 1 && ts[a - 1].lw == "(" && matches!(ts[b - 1].lw, "photo" | "photos") && ts.get(b).is_some_and(|t| t.lw == "/");
    if agency || wire_photographer(ts, a, b) {
        let (kind, end) = if agency { (EntityKind::Organization, b - 1) } else { (EntityKind::Person, b) };
        let span = Span::new(ts[a].span().start, ts[end - 1].span().end);
        let name = ctx.text.get(span.start..span.end).unwrap_or("");
        let canonical = if agency { known_org(&ctx.key_words(ts, a, end)).map_or_else(|| org_canonical(name), str::to_string) } else { name.to_string() };
        out.push(Found { span, kind, canonical, words: (a, end), weak: false, tentative: false });
        return;
    }
    // (`(Crónica Austral / Tomás Reyes)`: a photo's credit after its caption, the outlet
    // and then the photographer.)
    if let Some(kind) = slash_credit(ts, a, b) {
        let span = Span::new(ts[a].span().start, ts[b - 1].span().end);
        let name = ctx.text.get(span.start..span.end).unwrap_or("").to_string();
        out.push(Found { span, kind, canonical: name, words: (a, b), weak: false, tentative: false });
        return;
    }
    // Headlines (ALL CAPS or Title Case): only names known to the gazetteer or the
    // organisation list.
    if headline {
        let mut k = a;
        while k < b {
            let mut hit = false;
            for n in (1..=(b - k).min(4)).rev() {
                let span = Span::new(ts[k].span().start, ts[k + n - 1].span().end);
                let key = ctx.key_words(ts, k, k + n);
                let found = if let Some(c) = known_org(&key) {
                    Some((EntityKind::Organization, c))
                } else {
                    gazetteer::lookup_key(&key)
                        .filter(|p| gaz_ok(p, ts, k, k + n))
                        .map(|p| (EntityKind::Place, p.name))
                };
                if let Some((kind, c)) = found {
                    // (`CASPIAN CIVIC WATCH`: a place that starts an organisation's name)
                    let org_named = kind == EntityKind::Place && k + n < b && ts[b - 1].is(C_ORG_HEADS);
                    if !ts[k].is(C_DEMONYMS) && !org_named {
                        out.push(Found {
                            span,
                            kind,
                            canonical: c.to_string(),
                            words: (k, k + n),
                            weak: false,
                            tentative: false,
                        });
                    }
                    k += n;
                    hit = true;
                    break;
                }
            }
            if !hit {
                k += 1;
            }
        }
        return;
    }
    // Nationality adjectives: not entities, and dropped before a name (`Russian President
    // Vladimir Putin`), but kept in a known or headed name (`European Union`, `Western Province`).
    // (`Chinese-ruled`, `Russian-backed`: one too.)
    let demonym = |t: &Tok| {
        let lw = t.lw;
        // (The demonym from the lowercase form; the rest as written, all lowercase.)
        let hyphened = || {
            t.text.split_once('-').is_some_and(|(_, rest)| rest.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                && lw.split_once('-').is_some_and(|(d, _)| has(C_DEMONYMS, d))
        };
        // (Only a word with the hyphen bit may hold a `-`: the others are not searched.)
        // (and `Canadian-Chilean`: demonyms joined)
        let joined = || lw.split('-').all(|p| has(C_DEMONYMS, p));
        t.is(C_DEMONYMS) || has(C_DEMONYMS, lw.strip_suffix('s').unwrap_or("")) || t.hyphen() && lw.contains('-') && (hyphened() || joined())
    };
    if demonym(&ts[a])
        || (ts[a].lw == "sri" && ts.get(a + 1).is_some_and(|n| n.text.starts_with("Lankan")))
    {
        let key = ctx.key_words(ts, a, b);
        let keep = b - a > 1
            && (known_org(&key).is_some()
                || gazetteer::lookup_key(&key).is_some()
                || has_head(&ts[a + 1..b], C_ORG_HEADS)
                || ts[b - 1].is(C_PLACE_HEADS));
        if !keep {
            classify(ctx, ts, a + 1, b, headline, out);
            return;
        }
    }
    // `Hong Kongers`, `Sri Lankans`: a people, not an entity.
    {
        let l = ts[b - 1].lw;
        if b - a > 1
            && (ts[b - 1].is(C_DEMONYMS) || has(C_DEMONYMS, l.strip_suffix('s').unwrap_or("")))
        {
            return;
        }
    }
    // Months, weekdays and connectors split a chunk; a month after a given name at the
    // end of the chunk is a surname (`Theresa May`, `Oskar May said`).
    for k in a..b {
        // (Most words are neither a month nor a demonym: passed over at once.)
        if !ts[k].is(C_MONTHS | C_DEMONYMS) {
            continue;
        }
        // (`said May Perera, a van driver`: a month first is a given name where the
        // context tells of a person.)
        let surname = k + 1 == b && k > a && ts[k - 1].is(C_FIRST_NAMES)
            || k == a && b - a == 2 && ts[k].is(C_MONTHS) && appositive(ts, a, b) == Some(EntityKind::Person);
        if ts[k].is(C_MONTHS) && !surname
            || (k > a && ts[k].is(C_DEMONYMS) && !has_head(&ts[a..b], C_ORG_HEADS))
        {
            classify(ctx, ts, a, k, headline, out);
            classify(ctx, ts, k + 1, b, headline, out);
            return;
        }
    }
    let chunk = &ts[a..b];
    let last = b - 1;
    if chunk.iter().all(|t| !name_like(t)) || !name_like(&ts[a]) {
        // A dangling connector: `of Chile` after a dropped head.
        if a + 1 < b {
            classify(ctx, ts, a + 1, b, headline, out);
        }
        return;
    }
    // (`Sindicato N°2`: a union's number ends its name)
    let numbered = last > a + 1 && ts[last].kind == TokenKind::Number && matches!(ts[last - 1].text, "°" | "º");
    if !name_like(&ts[last]) && !numbered {
        classify(ctx, ts, a, last, headline, out);
        return;
    }
    let span = Span::new(ts[a].span().start, ts[last].span().end);
    let text = ctx.text.get(span.start..span.end).unwrap_or("");
    let key = ctx.key_words(ts, a, b);
    let push = |out: &mut Vec<Found>, kind, canonical: String, weak| {
        out.push(Found {
            span,
            kind,
            canonical,
            words: (a, b),
            weak,
            tentative: false,
        })
    };
    let quoted = ts[a].quoted()
        && ts
            .get(b)
            .is_some_and(|t| matches!(t.text, "’" | "”" | "\"" | "'" | "»"));

    // `the South Side`, `Lower East Side`: a part of a town (its compass words are no
    // name alone).
    if town_part(ts, a, b) {
        push(out, EntityKind::Place, text.to_string(), false);
        return;
    }
    // 0. A dateline in capitals that no list knows (`KORVEL, Kazakhstan —`, `TAMSK
    // (Reuters) —`, `HARBOUR CITY —`): the town the story is filed from.
    if dateline(ts, a, b) && known_org(&key).is_none() && gazetteer::lookup_key(&key).is_none() {
        push(out, EntityKind::Place, capitalized(text), false);
        return;
    }
    // 1. Well-known organisations.
    if let Some(canon) = known_org(&key) {
        if !(ts[a].initial() && b - a == 1 && key.len() <= 3 && !is_acronym(text)) {
            push(out, EntityKind::Organization, canon.to_string(), false);
        }
        return;
    }
    // `SANTIAGO, Oct 20 (Andes Wire) -`: the agency a dateline names in brackets.
    if a > 0 && ts[a - 1].text == "(" && ts.get(b).is_some_and(|t| t.text == ")")
        && ts.get(b + 1).is_some_and(|t| crate::layout::is_dash(t.text))
        && ts.first().is_some_and(|t| t.initial() && dateline(ts, 0, 1))
        // (`AKTOBE (AQTOBE) —`: the town's other spelling)
        && gazetteer::lookup_key(&key).is_none()
    {
        push(out, EntityKind::Organization, text.to_string(), false);
        return;
    }
    // `operators include Avanti West Coast, CrossCountry and Northern`: names listed
    // after organisations are organisations, whatever their words name elsewhere.
    if org_list(ts, a) {
        push(out, EntityKind::Organization, org_canonical(text), false);
        return;
    }
    // (A shorter span's key is a prefix of `key`: one holding a space starts with the
    // first word of `key`, which must then start a well-known name.)
    let first_word = || key.as_bytes().iter().position(|&c| c == b' ').and_then(|i| key.get(..i)).unwrap_or(&key);
    if b - a > 1 && starts_known_org(first_word()) {
        // A known organisation at the start: `Human Rights Watch researcher` is cut above.
        for k in (a + 1..b).rev() {
            let sk = ctx.key_words(ts, a, k);
            if known_org(&sk).is_some() && sk.contains(' ') {
                classify(ctx, ts, a, k, headline, out);
                classify(ctx, ts, k, b, headline, out);
                return;
            }
        }
    }
    // A well-known organisation's name before a capitalised word that is no given name
    // names its product or programme: `a Facebook Live video`, `Reuters Television`.
    if b - a == 2 && known_org(first_word()).is_some() && !ts[a + 1].is(C_FIRST_NAMES) && !ts[a].initial() {
        push(out, EntityKind::Organization, text.to_string(), false);
        return;
    }
    // A school district is the body that runs its schools, and its number is part of its
    // name: `Marlow Unified School District 112`; so is a park, water or fire district
    // (`Dunmore Park District`), a body that runs a service.
    if b - a > 2
        && ts[last].lw == "district"
        && matches!(ts[last - 1].lw, "school" | "park" | "water" | "fire" | "library" | "transit" | "sanitary" | "sanitation" | "irrigation" | "hospital" | "utility")
    {
        let end = if ts.get(b).is_some_and(|t| t.kind == TokenKind::Number) { b + 1 } else { b };
        let span = Span::new(span.start, ts[end - 1].span().end);
        let name = ctx.text.get(span.start..span.end).unwrap_or("").to_string();
        out.push(Found { span, kind: EntityKind::Organization, canonical: name, words: (a, end), weak: false, tentative: false });
        return;
    }
    // A company's legal form ends its name, whatever its words name elsewhere: `Tulpar
    // Burgylau LLP`, `Ozen Energy Production JSC`, `Pennine Holdings Ltd`.
    if b - a > 1 && matches!(ts[last].lw, "llp" | "llc" | "ltd" | "plc" | "jsc" | "ojsc" | "pjsc" | "inc" | "gmbh" | "pvt" | "corp") {
        push(out, EntityKind::Organization, org_canonical(text), false);
        return;
    }
    // 2. Place heads: `Trafalgar Square`, `Ural River`, `Mount Kenya`, `Plaza Italia`.
    if b - a > 1
        && (ts[last].is(C_PLACE_HEADS)
            || (matches!(
                ts[a].lw,
                "mount" | "mt" | "lake" | "port" | "fort" | "cape" | "gulf" | "isle" | "plaza" | "piazza" | "avenida"
                    | "calle" | "praça" | "rua" | "rue" | "plac" | "estación" | "estacion" | "parque" | "paseo" | "cerro"
                    | "carretera" | "autopista" | "camino" | "ruta" | "route"
            ) && !ts[last].is(C_ORG_HEADS))
            // (`Chatham Road South`: a street's part)
            || (b - a > 2 && matches!(ts[last].lw, "north" | "south" | "east" | "west") && ts[last - 1].is(C_PLACE_HEADS))
            || (ts[a].is(C_PLACE_HEADS) && ts.get(a + 1).is_some_and(|t| t.lw == "of"))
            // (`Place de la Nation`)
            || (ts[a].lw == "place" && ts.get(a + 1).is_some_and(|t| matches!(t.lw, "de" | "du" | "des"))))
    {
        let canon =
            gazetteer::lookup_key(&key).map_or_else(|| text.to_string(), |p| p.name.to_string());
        push(out, EntityKind::Place, canon, false);
        return;
    }
    // 3. The gazetteer, the whole chunk (perhaps grown over `sea`, `region`, `oil field`).
    if let Some((place, end)) = gaz_match_keyed(ctx, ts, a, b, Some(&key)).filter(|(p, e)| gaz_ok(p, ts, a, *e)) {
        let title_before = a > 0 && ts[a - 1].is(C_TITLES) && is_cap(ts[a - 1].text);
        // A town named like a person (`Warren said`, `activist Eugene`) is the person.
        let person = b - a == 1
            && end == b
            && place.kind == gazetteer::PlaceKind::City
            && role_context(ts, a, b);
        // `the semi-official Fars news agency`: an agency named after its province
        // (and `Fars, a news agency close to …`: one in apposition)
        let outlet = |t: &Tok| matches!(t.lw, "agency" | "newspaper" | "broadcaster" | "outlet" | "website" | "daily" | "channel");
        let agency = end == b
            && (ts.get(b).is_some_and(|t| t.lw == "news") && ts.get(b + 1).is_some_and(|t| t.lw == "agency")
                || ts.get(b).is_some_and(|t| t.text == ",")
                    && ts.get(b + 1).is_some_and(|t| matches!(t.lw, "a" | "an" | "the"))
                    && ts.iter().skip(b + 2).take(3).take_while(|t| t.kind == TokenKind::Word && !is_cap(t.text)).any(outlet));
        if agency {
            push(out, EntityKind::Organization, text.to_string(), false);
            return;
        }
        // `U.S. oil major Chevron`, `the U.K. government`: a country's initials before a
        // noun are its adjective, as `American` is (no entity).
        let adjective = end == b
            && b - a == 1
            && place.kind == gazetteer::PlaceKind::Country
            && ts[a].text.contains('.')
            && ts.get(b).is_some_and(|t| t.kind == TokenKind::Word && !is_cap(t.text) && !t.is(C_FUNCTION | C_SAY_VERBS));
        if adjective {
            return;
        }
        if !title_before && !person {
            let span = Span::new(ts[a].span().start, ts[end - 1].span().end);
            out.push(Found {
                span,
                kind: EntityKind::Place,
                canonical: place.name.to_string(),
                words: (a, end),
                weak: false,
                tentative: false,
            });
            return;
        }
    }
    if b - a == 1 && ts[a].is(C_NOT_ENTITIES) {
        return;
    }
    // A Persian month that is a given name too (`Azar`, `Bahman`, `Dey`), beside a day or
    // a year: `7 Azar 1403`, a date; and so beside another month (`In Dey and Bahman`,
    // `from Azar to Bahman`).
    let number = |k: Option<usize>| k.and_then(|k| ts.get(k)).is_some_and(|t| t.kind == TokenKind::Number);
    let month = |k: Option<usize>| k.and_then(|k| ts.get(k)).is_some_and(|t| crate::timex::lexicon::persian_month(t.lw).is_some());
    let joined = |k: usize| ts.get(k).is_some_and(|t| matches!(t.lw, "and" | "or" | "to" | "," | "-" | "–"));
    if b - a == 1
        && crate::timex::lexicon::persian_month(ts[a].lw).is_some()
        && (number(a.checked_sub(1)) || number(Some(b)) || joined(b) && month(Some(b + 1)) || a >= 2 && joined(a - 1) && month(Some(a - 2)))
    {
        return;
    }
    // 4. Organisation heads: `… Union`, `Committee of the …`, `Ministry of …`.
    if let Some(h) = (a..b)
        .rev()
        .find(|&k| ts[k].is(C_ORG_HEADS) && is_cap(ts[k].text))
    {
        let title_after = (h + 1..b).any(|k| is_title(ts, k));
        if title_after && h > a {
            // `Labour Party Leader Keir Starmer`: the organisation, then the rest.
            classify(ctx, ts, a, h + 1, headline, out);
            classify(ctx, ts, h + 1, b, headline, out);
            return;
        }
        if !title_after {
            // (A head alone that is an ordinary abbreviation, `state TV`, names nothing.)
            // (nor does a company suffix alone: `RFE/RL, Inc.`)
            let suffix = || matches!(ts[a].lw, "inc" | "ltd" | "llc" | "llp" | "plc" | "jsc" | "corp" | "gmbh" | "co");
            // (nor a head that is a function word, `News` after `WLKE 9`)
            if b - a > 1 || !ts[a].initial() && !ts[a].is(C_ACRONYM_NOT | C_FUNCTION) && !suffix() {
                push(out, EntityKind::Organization, org_canonical(text), false);
            }
            return;
        }
    }
    // A station's name before the word `station` (`King's Cross station`): no title in it.
    if b - a > 1 && ts.get(b).is_some_and(|t| matches!(t.lw, "station" | "terminal") && !is_cap(t.text)) {
        push(out, EntityKind::Place, text.to_string(), false);
        return;
    }
    // 5. Titles: `President Tokayev`, `Interior Minister Erlan Turgumbayev`.
    if let Some(k) = (a..b).find(|&k| is_title(ts, k)) {
        let mut m = k;
        while m < b && (is_title(ts, m) || ts[m].is(C_TITLE_MODIFIERS) || ts[m].text == ".") {
            m += 1;
        }
        let mut s = k;
        while s > a && ts[s - 1].is(C_TITLE_MODIFIERS) {
            s -= 1;
        }
        if s > a {
            classify(ctx, ts, a, s, headline, out);
        }
        if m < b && (m + 1 < b || ts[m].text.chars().count() > 1) {
            let span = Span::new(ts[m].span().start, ts[last].span().end);
            let name = ctx.text.get(span.start..span.end).unwrap_or("").to_string();
            out.push(Found {
                span,
                kind: EntityKind::Person,
                canonical: name,
                words: (m, b),
                weak: false,
                tentative: false,
            });
        }
        return;
    }
    if quoted {
        // (but `the independent union "Birlik-Munai"`: a name an organisation's noun
        // announces)
        let announced = a >= 2 && ts[a - 2].is(C_PRECEDING_ORG) && !is_cap(ts[a - 2].text) && ts[a - 1].kind != TokenKind::Word;
        if announced {
            push(out, EntityKind::Organization, org_canonical(text), false);
        }
        return;
    }
    match credited(ctx, ts, a, b).or_else(|| appositive(ts, a, b)) {
        Some(EntityKind::Organization) => return push(out, EntityKind::Organization, org_canonical(text), false),
        Some(kind) => return push(out, kind, text.to_string(), false),
        None => {}
    }
    let lw0 = ts[a].lw;
    // Event names (`World Cup`, `Nobel Peace Prize`, `New Year`) are not entities here.
    if b - a > 1 && ts[last].is(C_EVENT_HEADS) {
        return;
    }
    let first_name = ts[a].is(C_FIRST_NAMES)
        || ts[a].hyphen()
            && lw0
                .split_once('-')
                .is_some_and(|(f, _)| has(C_FIRST_NAMES, f));
    if b - a > 2 && !first_name && ts[a + 1].is(C_FIRST_NAMES) {
        // A role or title before a given name and more is no part of the name:
        // `Activists Joshua Wong`, `Editor-in-chief Ryan Law`, `President-elect Gabriel
        // Boric`, (`Secretary for`) `Security John Lee`.
        let t = &ts[a];
        let lead = t.common()
            || t.is(C_TITLES | C_ROLES)
            || t.lw.strip_suffix('s').is_some_and(|r| has(C_ROLES, r))
            || t.lw.split_once('-').is_some_and(|(h, _)| common_word(h) || has(C_TITLES, h));
        if lead && !t.is(C_PLACE_HEADS | C_ORG_HEADS) {
            classify(ctx, ts, a + 1, b, headline, out);
            return;
        }
    }
    if b - a > 1 {
        // 6. People: a given name first, or an attribution, role or apposition around
        // (not for ordinary words: `Doctors Without Borders said`).
        let ordinary = chunk.iter().all(|t| t.common() || t.is(C_PARTICLES));
        // (`around Sierra Gorda and Calama`: a name listed, after a word of place, before a
        // known place is one too, whatever its first word names elsewhere)
        let listed_place = a >= 1
            && matches!(ts[a - 1].lw, "in" | "near" | "around" | "across" | "throughout")
            && ts.get(b).is_some_and(|t| matches!(t.lw, "and" | "," | "or"))
            && b + 2 <= ts.len()
            && gaz_match(ctx, ts, b + 1, b + 2).is_some_and(|(p, e)| e == b + 2 && !p.common_word);
        // (`Residents of Ñuñoa, Providencia and La Reina`: a name listed after a place is
        // one too, but not `in Kandy and Arun Selvaraj in Hatton`)
        let after_place = !first_name
            && a >= 2
            && (matches!(ts[a - 1].lw, "and" | "or") || ts[a - 1].text == "," && ts.get(b).is_some_and(|t| matches!(t.lw, "," | "and" | "or")))
            && ts.get(b).is_none_or(|t| t.lw != "in")
            && out.last().is_some_and(|f| f.kind == EntityKind::Place && f.span.end == ts[a - 2].span().end);
        if settlement_of(ts, a) || listed_place || after_place {
            push(out, EntityKind::Place, text.to_string(), true);
            return;
        }
        // (`ArcelorMittal Temirtau`: a capital inside a word names a company, not a person;
        // `McDonald`, `DeSantis` are surnames.)
        if !first_name && chunk.iter().any(|t| inner_capital(t.text)) {
            push(out, EntityKind::Organization, org_canonical(text), true);
            return;
        }
        // (`Metro de Santiago said`: an ordinary word, a Romance particle and a place name
        // an organisation, as `Banco de Chile`, not a person)
        if !first_name
            && b - a > 2
            && ts[a].common()
            && matches!(ts[a + 1].text, "de" | "del" | "di" | "da" | "do")
            && gaz_match(ctx, ts, a + 2, b).is_some_and(|(_, e)| e == b)
        {
            push(out, EntityKind::Organization, org_canonical(text), true);
            return;
        }
        // (`NHS England said`, `BBC News said`: a name holding an acronym is no person's)
        if first_name || (person_context(ts, a, b) && !ordinary && !chunk.iter().any(|t| is_acronym(t.text))) {
            push(out, EntityKind::Person, text.to_string(), false);
            return;
        }
        // 7. Two places side by side are rare but must not become a person.
        if b - a == 2
            && gaz_match(ctx, ts, a, a + 1).is_some_and(|(p, e)| e == a + 1 && !p.common_word)
            && gaz_match(ctx, ts, a + 1, b).is_some_and(|(p, e)| e == b && !p.common_word)
        {
            classify(ctx, ts, a, a + 1, headline, out);
            classify(ctx, ts, a + 1, b, headline, out);
            return;
        }
        if let Some(kind) = org_context(ts, a, b) {
            push(out, kind, org_canonical(text), false);
            return;
        }
        // 8. Unknown: two or three name words are most often a person.
        // (`S. Tharmalingam`: an initial's full stop too)
        let name_words = chunk.iter().enumerate().all(|(k, t)| {
            t.kind == TokenKind::Word
                && (is_cap(t.text) && !is_acronym(t.text) || t.is(C_PARTICLES))
                || t.text == "." && k > 0 && single_capital(&chunk[k - 1])
        }) && !single_capital(&ts[last]);
        // (`lw` is the word lowercased; the words compared are ASCII.)
        let prev = a.checked_sub(1).and_then(|k| ts.get(k)).map_or("", |t| t.lw);
        let prev2_cap = a >= 2 && name_like(&ts[a - 2]);
        if prev == "for" && prev2_cap {
            // The tail of a title or name cut above: `High Commissioner for Human Rights`.
            return;
        }
        // `By Nadia Perera in Colombo`: a byline's name is a person's, whatever its first
        // word names elsewhere (`Nadia`, a district of India).
        // (Not `By Staff Reporter`: ordinary words.)
        // (`By DANIYAR ABENOV and JAMIE HOLLAND`: each name of the list, in capitals too.)
        let caps_names = chunk.iter().all(|t| t.kind == TokenKind::Word && t.text.chars().all(|c| c.is_uppercase() || c == '-'));
        if (name_words || caps_names) && !ordinary && (2..=3).contains(&(b - a)) {
            if let Some(kind) = byline_kind(ts, a) {
                push(out, kind, text.to_string(), false);
                return;
            }
        }
        if ts[a].in_quote() {
            return;
        }
        if ts.get(b).is_some_and(|t| t.is(C_TRAILING_NOT)) {
            // `the Nurly Zhol programme`, `the Bolashak reform`: a policy, not a name.
            return;
        }
        // (but `the Short North neighborhood`: ordinary words that name a part of town)
        let quarter = || {
            ts.get(b).is_some_and(|t| matches!(t.lw, "neighborhood" | "neighbourhood" | "district"))
                && !ts.get(b + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.is(C_FUNCTION))
        };
        if chunk.iter().all(|t| t.common() || t.is(C_PARTICLES)) && !first_name && !quarter() {
            // `Human Rights`, `Rapid Response`: ordinary words capitalised, not a name.
            return;
        }
        if let Some((town, _)) = gaz_match(ctx, ts, a, a + 1)
            .filter(|(p, e)| !first_name && *e == a + 1 && !p.common_word)
        {
            // `Tehran Stock Exchange`: a name that starts with a place is no person's. A
            // station, port or terminal named after its town is a place: `Colombo Fort
            // station`, and the town and one more name word where people are or go (`at
            // London Euston`, `from Manchester Piccadilly`).
            let station = terminal_after(ts, b)
                || (b == a + 2
                    && town.kind == gazetteer::PlaceKind::City
                    && (matches!(prev, "at" | "from" | "to" | "via" | "outside" | "near")
                        // (`from Manchester Piccadilly and London Euston`)
                        || matches!(prev, "and" | "or")
                            && out.last().is_some_and(|f| f.kind == EntityKind::Place && f.words.1 + 1 == a))
                    && !ts[a + 1].common()
                    && !ts[a + 1].is(C_ORG_HEADS | C_TRAILING_ORG | C_ACRONYM_NOT)
                    && !is_acronym(ts[a + 1].text));
            if station {
                push(out, EntityKind::Place, text.to_string(), true);
            } else {
                push(out, EntityKind::Organization, org_canonical(text), true);
            }
            return;
        }
        // `the Velmar Kalon potash mines`: a name before what it makes or digs and the
        // works is the company that runs them (a place noun right after names the place:
        // `the Kostin mine`).
        let works_after = ts.get(b).is_some_and(|t| {
            t.kind == TokenKind::Word && !is_cap(t.text) && !t.is(C_FUNCTION | C_TRAILING_PLACE | C_TRAILING_ORG)
        }) && ts.get(b + 1).is_some_and(|t| matches!(t.lw, "mine" | "mines" | "smelter" | "smelters" | "works" | "mill" | "mills"));
        if works_after {
            push(out, EntityKind::Organization, org_canonical(text), true);
            return;
        }
        // (`marched along Almagro Pereda`: a street)
        if place_context(ctx.text, ts, a, b)
            || matches!(prev, "in" | "near" | "across" | "throughout" | "along")
            || moved_to(ts, a)
        {
            let kind = EntityKind::Place;
            push(out, kind, text.to_string(), true);
        } else if chunk.iter().filter(|t| is_cap(t.text)).count() <= 4
            && b - a <= 6
            && name_words
            && !matches!(prev, "at" | "outside" | "the")
            // (`the Samagi Jana Balawegaya (SJB)`: people rarely take an article or an
            // acronym.)
            && !(ts.get(b).is_some_and(|t| t.text == "(") && ts.get(b + 1).is_some_and(|t| is_acronym(t.text)))
            // (`the Allied Foundry Workers`: a union's name)
            && !matches!(ts[last].lw, "workers" | "employees")
        {
            // (`at Kaiser Permanente`: people are rarely where things happen.)
            push(out, EntityKind::Person, text.to_string(), true);
        } else {
            push(out, EntityKind::Organization, org_canonical(text), true);
        }
        return;
    }
    // A single word.
    let t = &ts[a];
    let w = t.text;
    // (`T-shirts`, `U-turn`, `X-rays`: a letter's shape or name before a noun)
    if w.chars().count() == 1 || w.as_bytes().get(1) == Some(&b'-') && w.bytes().skip(2).all(|c| c.is_ascii_lowercase()) {
        return;
    }
    if t.flags & JOINED != 0 && t.text.contains('.') && t.text.as_bytes().last().is_some_and(u8::is_ascii_lowercase) {
        // A site named by its domain (`Tut.by`, `Meduza.io reported`; see `merge_dotted`).
        push(out, EntityKind::Organization, w.to_string(), false);
        return;
    }
    if is_acronym(w) {
        // `Report No. KLM/AR/2021/4`: a part of a code, no name.
        if in_code(ts, a) {
            return;
        }
        // `6:15 a.m. ET`, `noon PT`: a time zone after a clock time (the time zones are
        // the timexes' list).
        if crate::timex::lexicon::zone_word(t.lw) && after_clock(ctx.text, t.span().start) {
            return;
        }
        let bracketed =
            word_before(ts, a, 1) == Some("(") && ts.get(b).is_some_and(|t| t.text == ")");
        if bracketed && a >= 2 && name_like(&ts[a - 2]) {
            // `Central Unitaria de Trabajadores (CUT)`: an acronym being defined.
            push(out, EntityKind::Organization, w.to_string(), true);
            return;
        }
        if t.is(C_ACRONYM_NOT) && org_context(ts, a, b).is_some() {
            push(out, EntityKind::Organization, w.to_string(), false);
            return;
        }
        // (`the main federation, the CUT,`: an ordinary word in capitals after `the` is an
        // acronym, as it is not at the start of a sentence.)
        let named = a.checked_sub(1).is_some_and(|p| is_the(&ts[p]) && !ts[p].initial()) && w.len() >= 3;
        if t.is(C_ACRONYM_NOT) || t.common() && !named || headline || w.chars().count() > 6 {
            return;
        }
        push(out, EntityKind::Organization, w.to_string(), true);
        return;
    }
    if t.is(C_NOT_ENTITIES) || t.lw.strip_suffix('s').is_some_and(|x| has(C_ACRONYM_NOT, x)) {
        return;
    }
    // `the Dhaka-Mymensingh highway`, `Almaty-Bishkek`: a route between two known places
    // names neither (but `Nur-Sultan` is one place).
    if let Some((x, y)) = t.hyphen().then(|| w.split_once('-')).flatten() {
        let known = |n: &str| gazetteer::lookup(n).is_some_and(|p| !p.common_word);
        if known(x) && known(y) && !known(w) {
            return;
        }
    }
    if t.initial() && !ctx.seen_capitalised(w) {
        // Known only by its position: an entity only with strong evidence.
        let surname = known_person(t.lw).is_some()
            || looks_like_surname(lw0)
                && (lw0.chars().count() >= 7
                    || ts
                        .get(a + 1)
                        .is_some_and(|n| n.kind == TokenKind::Possessive || n.is(C_SAY_VERBS)));
        // A common word's trailing noun is no cue: `Trade unions`, `Oil fields`.
        let cue = !t.common() && (place_context(ctx.text, ts, a, b) || org_context(ts, a, b).is_some());
        if !(t.suffix != 0 || surname || cue || first_name && person_context(ts, a, b)) {
            return;
        }
    }
    if t.is(C_ORG_HEADS | C_TITLES | C_FUNCTION) {
        return;
    }
    if known_person(t.lw).is_some() {
        // The well-known full name only if the document names no one else so (see `resolve`).
        push(out, EntityKind::Person, w.to_string(), false);
        return;
    }
    // (`the port of Felixstowe walked out`: the noun before decides.)
    if settlement_of(ts, a) {
        push(out, EntityKind::Place, w.to_string(), false);
        return;
    }
    if person_context(ts, a, b) {
        push(out, EntityKind::Person, w.to_string(), false);
        return;
    }
    if let Some(kind) = org_context(ts, a, b) {
        push(out, kind, w.to_string(), false);
        return;
    }
    if is_camel(w) {
        push(out, EntityKind::Organization, w.to_string(), false);
        return;
    }
    if is_arabic_article(w) {
        push(out, EntityKind::Person, w.to_string(), true);
        return;
    }
    match t.suffix() {
        Some("based" | "born") => {
            push(out, EntityKind::Place, w.to_string(), true);
            return;
        }
        Some(_) => {
            push(out, EntityKind::Organization, w.to_string(), true);
            return;
        }
        None => {}
    }
    // (`the Pushkinskaya metro station`: a surname's ending, but a place's noun after it)
    let after_the = a.checked_sub(1).is_some_and(|p| is_the(&ts[p]));
    // (`the colony in Shklov.`: a lone name after `in` is a town's, not a surname's, unless
    // it owns or is trusted: `in Ivanov's view`, `confidence in Petrov`.)
    let lone_in = |k: usize| ts.get(k).map_or("", |t| t.lw);
    let town_in = a >= 1
        && lone_in(a - 1) == "in"
        && !matches!(lone_in(a.wrapping_sub(2)), "confidence" | "trust" | "faith" | "belief" | "interest" | "hope")
        && ts.get(b).is_none_or(|t| t.kind != TokenKind::Possessive && !is_cap(t.text));
    // (Not an ordinary word: `Metro stations` are the metro's.)
    if listed_before_plural_place(ts, a, b) && !common_word(t.lw) {
        push(out, EntityKind::Place, w.to_string(), true);
        return;
    }
    if looks_like_surname(lw0) && !(after_the && place_context(ctx.text, ts, a, b)) && !town_in {
        push(out, EntityKind::Person, w.to_string(), true);
        return;
    }
    if place_context(ctx.text, ts, a, b) {
        push(out, EntityKind::Place, w.to_string(), true);
        return;
    }
    if first_name {
        push(out, EntityKind::Person, w.to_string(), true);
        return;
    }
    if t.in_quote() && !from_to(ts, a) {
        out.push(Found {
            span: t.span(),
            kind: EntityKind::Organization,
            canonical: w.to_string(),
            words: (a, b),
            weak: true,
            tentative: true,
        });
        return;
    }
    let prep = a.checked_sub(1).and_then(|k| ts.get(k)).map(|t| t.lw);
    if ts.get(b).is_some_and(|n| n.is(C_TRAILING_NOT)) {
        return;
    }
    if t.common() && !prep.is_some_and(|p| has(C_PLACE_PREPOSITIONS, p)) {
        // `the Underground`, `Independence`: an ordinary word, not a guessable name.
        return;
    }
    // `in Gazipur and Ashulia`: a name listed after a known place is one too.
    // (`the ports of Coloso, Mejillones and Angamos`: a comma too, inside such a list.)
    let in_list = prep == Some(",") && ts.get(b).is_some_and(|t| matches!(t.lw, "," | "and" | "or"));
    let after_place = (prep.is_some_and(|p| matches!(p, "and" | "or")) || in_list)
        && a >= 2
        && (gaz_match(ctx, ts, a - 2, a - 1).is_some_and(|(p, e)| e == a - 1 && !p.common_word)
            // (or a name just found a place by its context: `towns including Varnsk and Dobrin`)
            || out.last().is_some_and(|f| f.kind == EntityKind::Place && f.span.end == ts[a - 2].span().end));
    // `Heathrow and Gatwick airports`: a name listed before a place with its place noun.
    let before_place = ts.get(b).is_some_and(|t| matches!(t.lw, "and" | "or"))
        && ts.get(b + 1).is_some_and(|t| t.kind == TokenKind::Word && is_cap(t.text))
        && place_context(ctx.text, ts, b + 1, b + 2);
    // `in X` is a place (and so is where a march heads, `towards Fort`, `through
    // Borella`, `along Arvelo`); `at X`, `outside X` as often a company or a building.
    // (`unrest spread to Shetpe`, `workers who came from Zhetybai`, `set off from
    // Olvina`, `went back to Tervask`: where people or events go, come or start from)
    let moved = moved_to(ts, a);
    // (`blocked the Colombo-Kandy road at Kadawatha`: a stretch of road is at a town;
    // `shot dead at Eravur`: where someone was killed or taken)
    let before_at = a.checked_sub(2).and_then(|k| ts.get(k)).map_or("", |t| t.lw);
    let on_road = prep == Some("at") && matches!(before_at, "road" | "highway" | "motorway" | "expressway" | "railway" | "line");
    let harmed_at = prep == Some("at")
        && matches!(before_at, "dead" | "killed" | "died" | "shot" | "stabbed" | "murdered" | "wounded" | "injured" | "arrested" | "detained");
    // (`the 6.10 to Penistone`, `the road to Shetpe`, `trains from Kyiv`: where a bus, a
    // train or a road goes)
    let route = prep.is_some_and(|p| matches!(p, "to" | "from"))
        && (matches!(before_at, "road" | "roads" | "bus" | "buses" | "train" | "trains" | "flight" | "flights" | "route" | "highway" | "motorway" | "ferry")
            || before_at.len() >= 3 && before_at.bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b':') && before_at.bytes().any(|c| c == b'.' || c == b':'));
    if after_place || before_place || moved || on_road || harmed_at || route || prep.is_some_and(|p| matches!(p, "in" | "near" | "across" | "throughout" | "towards" | "toward" | "through" | "along"))
    {
        push(out, EntityKind::Place, w.to_string(), !on_road);
        return;
    }
    push(out, EntityKind::Organization, w.to_string(), true);
}

/// Whether the name at word `a` is where people or events go, come or start from, after
/// `to` or `from` (`unrest spread to Shetpe`, `workers who came from Zhetybai`, `set off
/// from Olvina`, `went back to Tervask`), or where someone is from (`a 29-year-old driver
/// from Grand Ledge`, `residents from Kerey`).
fn moved_to(ts: &[Tok], a: usize) -> bool {
    let lw = |n: usize| a.checked_sub(n).and_then(|k| ts.get(k)).map_or("", |t| t.lw);
    let before = || a.checked_sub(2).and_then(|k| ts.get(k)).filter(|t| t.kind == TokenKind::Word && !is_cap(t.text));
    match lw(1) {
        "to" | "from" => {
            matches!(
                lw(2),
                "spread" | "spreads" | "spreading" | "came" | "come" | "comes" | "arrived" | "arrive" | "arriving" | "fled" | "flee"
                    | "fleeing" | "moved" | "travelled" | "traveled" | "flew" | "returned" | "marched" | "walked" | "drove"
                    | "headed" | "went" | "go" | "goes" | "going" | "back" | "off" | "started" | "starts" | "departed"
                    | "deported" | "extradited" | "evacuated" | "relocated" | "migrated" | "sailed" | "escaped"
            ) || from_to(ts, a)
                || lw(1) == "from"
                && before().is_some_and(|t| {
                    // (A role with an age: not `Train drivers from Kestrel`, a company's.)
                    t.is(C_ROLES) && a.checked_sub(3).and_then(|k| ts.get(k)).is_some_and(age_word)
                        || matches!(
                            t.lw,
                            "man" | "men" | "woman" | "women" | "people" | "family" | "families" | "boy" | "girl" | "youth" | "youths"
                                | "residents" | "villagers"
                        )
                })
        }
        _ => false,
    }
}

/// Whether the word at `a` is one end of `from X to Y`, each a single name that is no
/// day, month or well-known person: a stretch between two places (`from Penzance to
/// Thurso`).
fn from_to(ts: &[Tok], a: usize) -> bool {
    let word = |k: usize| ts.get(k).map_or("", |t| t.lw);
    let name = |k: usize| {
        ts.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && is_cap(t.text)
                && !t.is(C_FUNCTION)
                && crate::timex::lexicon::weekday(t.lw).is_none()
                && crate::timex::lexicon::month(t.lw).is_none()
                && known_person(t.lw).is_none()
        })
    };
    let x = match a.checked_sub(1).map(word) {
        Some("from") => a,
        Some("to") if a >= 3 => a - 2,
        _ => return false,
    };
    x >= 1 && word(x - 1) == "from" && word(x + 1) == "to" && name(x) && name(x + 2) && !name(x + 3)
}

fn is_title(ts: &[Tok], k: usize) -> bool {
    let t = &ts[k];
    is_cap(t.text)
        && if t.text.ends_with('.') {
            has(C_TITLES, &lower(t.text.trim_end_matches('.')))
        } else {
            // `lw` is `text` lowercased; the titles are ASCII.
            t.is(C_TITLES)
        }
        // `Mr.` is split as `Mr`, `.`: the name follows the full stop.
        && (k + 1 < ts.len())
}

/// A word list as a map of key → name, with the first bytes and lengths of its keys: most
/// keys asked are in no list, and most are told so without hashing (see [`Shapes`]).
struct ShapedMap(Shapes, FastMap<&'static str, &'static str>);

impl ShapedMap {
    /// The map of `list`'s (key, name) pairs.
    fn new(list: &[(&'static str, &'static str)]) -> ShapedMap {
        let mut shapes = Shapes::default();
        for (k, _) in list {
            shapes.add(k);
        }
        ShapedMap(shapes, list.iter().copied().collect())
    }

    /// The name listed for `key`, if any.
    fn get(&self, key: &str) -> Option<&'static str> {
        if !self.0.may_hold(key) {
            return None;
        }
        self.1.get(key).copied()
    }
}

/// The canonical name of the well-known organisation with the gazetteer-style key `key`.
fn known_org(key: &str) -> Option<&'static str> {
    static M: OnceLock<ShapedMap> = OnceLock::new();
    M.get_or_init(|| ShapedMap::new(KNOWN_ORGS)).get(key)
}

/// Whether a well-known organisation's name of more than one word starts with the
/// (normalised) word `w`.
fn starts_known_org(w: &str) -> bool {
    static S: OnceLock<FastSet<'static>> = OnceLock::new();
    S.get_or_init(|| KNOWN_ORGS.iter().filter_map(|(k, _)| k.split_once(' ').map(|(first, _)| first)).collect())
        .contains(w)
}

/// The full name of the well-known person called `lw` (lowercase), if any.
fn known_person(lw: &str) -> Option<&'static str> {
    static M: OnceLock<ShapedMap> = OnceLock::new();
    M.get_or_init(|| ShapedMap::new(KNOWN_PEOPLE)).get(lw)
}

fn org_canonical(text: &str) -> String {
    let t = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text);
    // (Mostly words and single spaces already: then copied as they are.)
    let plain = !t.starts_with(' ')
        && !t.ends_with(' ')
        && !t.contains("  ")
        && t.bytes().all(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r'));
    if plain {
        return t.to_string();
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn looks_like_surname(lw: &str) -> bool {
    // The suffixes by their last byte: most words end otherwise, and the rest are
    // compared with the few suffixes that end like them.
    static BY_LAST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| {
        let mut t = vec![Vec::new(); 256];
        for s in SURNAME_SUFFIXES {
            if let Some(v) = s.as_bytes().last().and_then(|&b| t.get_mut(usize::from(b))) {
                v.push(*s);
            }
        }
        t
    });
    let Some(suffixes) = lw.as_bytes().last().and_then(|&b| by_last.get(usize::from(b))) else {
        return false;
    };
    !suffixes.is_empty()
        && lw.chars().count() >= 5
        && suffixes.iter().any(|s| lw.ends_with(s))
}

/// The longest gazetteer name starting at word `a`, within the chunk `a..b` or growing
/// over at most two lowercase words after it (`Caspian sea`, `Tengiz oil field`).
fn gaz_match(
    ctx: &Ctx,
    ts: &[Tok],
    a: usize,
    b: usize,
) -> Option<(&'static gazetteer::Place, usize)> {
    gaz_match_keyed(ctx, ts, a, b, None)
}

/// [`gaz_match`], given the key of words `a..b` when the caller has it already.
fn gaz_match_keyed(
    ctx: &Ctx,
    ts: &[Tok],
    a: usize,
    b: usize,
    key_ab: Option<&str>,
) -> Option<(&'static gazetteer::Place, usize)> {
    let mut limit = b;
    while limit < ts.len()
        && limit < b + 2
        && ts[limit].kind == TokenKind::Word
        && (ts[limit].is(C_PLACE_HEADS) || matches!(ts[limit].lw, "oil" | "gas"))
        && ts[limit]
            .text
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && ts[limit].span().start >= ts[limit - 1].span().end
    {
        limit += 1;
    }
    let limit = limit.min(a + gazetteer::max_words().max(1));
    for end in (b..=limit).rev() {
        if end <= a {
            break;
        }
        let (Some(_), Some(_)) = (ts.get(a), ts.get(end - 1)) else {
            continue;
        };
        let found = match key_ab.filter(|_| end == b) {
            Some(k) => gazetteer::lookup_key(k),
            None => gazetteer::lookup_key(&ctx.key_words(ts, a, end)),
        };
        if let Some(p) = found {
            return Some((p, end));
        }
    }
    // `in the Bronx`, `in the Hague`: a place whose name holds its article
    if a > 0 && is_the(&ts[a - 1]) && b > a {
        // (In a spare key buffer: no allocation.)
        let mut key = ctx.spare();
        key.buf.push_str("the ");
        match key_ab {
            Some(k) => key.buf.push_str(k),
            None => key.buf.push_str(&ctx.key_words(ts, a, b)),
        }
        return gazetteer::lookup_key(&key).map(|p| (p, b));
    }
    None
}

/// Evidence that words `a..b` name a person: a role noun before (`activist X`), an
/// attribution (`X said`, `said X`, `X told`), an apposition (`X, an activist`, `X, chair of`).
fn person_context(ts: &[Tok], a: usize, b: usize) -> bool {
    let lw = |k: usize| ts.get(k).map(|t| t.lw).unwrap_or_default();
    let prev = a.checked_sub(1).map(&lw).unwrap_or_default();
    // The word lists holding word `k` (none past either end).
    let cl = |k: Option<usize>| k.and_then(|k| ts.get(k)).map_or(0, |t| t.cls);
    let (cprev, cprev2) = (cl(a.checked_sub(1)), cl(a.checked_sub(2)));
    if cprev & C_ROLES != 0
        && a.checked_sub(1)
            .and_then(|k| ts.get(k))
            .is_some_and(|t| !is_cap(t.text))
    {
        return true;
    }
    if prev == ","
        && cprev2 & C_ROLES != 0
        && a.checked_sub(2)
            .and_then(|k| ts.get(k))
            .is_some_and(|t| !is_cap(t.text))
    {
        return true;
    }
    if cprev & C_SAY_VERBS != 0 {
        return true;
    }
    if cprev & C_PRECEDING_ORG != 0 && a.checked_sub(1).and_then(|k| ts.get(k)).is_some_and(|t| !is_cap(t.text)) {
        // `Rights group Vesna said`: the noun before names what it is.
        return false;
    }
    if cprev & C_PLACE_PREPOSITIONS != 0 {
        // `based in Oslo, said …`: a place before the attribution.
        return false;
    }
    let next = lw(b);
    if cl(Some(b)) & C_SAY_VERBS != 0 {
        // `the Interior Ministry said`: people rarely take an article (nor follow `of`:
        // `the Bureau for Human Rights and the Rule of Law said`).
        return !matches!(prev, "the" | "a" | "an" | "of");
    }
    if next == "," {
        let n2 = lw(b + 1);
        // `Hutchison Ports, which owns Felixstowe, said`: a name right after a lowercase
        // word (a verb, a preposition) is that word's object, not the speaker.
        let object = a
            .checked_sub(1)
            .and_then(|k| ts.get(k))
            .is_some_and(|t| t.kind == TokenKind::Word && !is_cap(t.text));
        if matches!(n2, "a" | "an" | "the" | "who" | "whose" | "aged")
            || cl(Some(b + 1)) & C_ROLES != 0
            || (cl(Some(b + 1)) & C_SAY_VERBS != 0 && !object)
            || ts.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number)
        {
            if n2 == "the" || n2 == "a" || n2 == "an" {
                // `X, the capital of …` is a place; `X, a union` an organisation.
                return role_after_article(ts, b + 2);
            }
            return true;
        }
    }
    false
}

/// Whether words `a..b` are a name as a whole: a known organisation or place, or a run
/// with an organisation or place head (`Human Rights Watch`, `National Education Union`).
fn named_whole(ctx: &Ctx, ts: &[Tok], a: usize, b: usize) -> bool {
    let (Some(_), Some(_)) = (ts.get(a), b.checked_sub(1).and_then(|k| ts.get(k))) else {
        return false;
    };
    let key = ctx.key_words(ts, a, b);
    known_org(&key).is_some()
        || gazetteer::lookup_key(&key).is_some()
        || has_head(&ts[a..b], C_ORG_HEADS)
        || has_head(&ts[a..b], C_PLACE_HEADS)
}

/// Whether a gazetteer match of words `a..end` is good evidence of the place: a name that
/// is also a common word (`Split`, `Metro`) needs a preposition before it (`in Split`).
fn gaz_ok(place: &gazetteer::Place, ts: &[Tok], a: usize, end: usize) -> bool {
    if !place.common_word || end > a + 1 {
        return true;
    }
    // (`at Metro stations`: a word naming places or bodies after it makes the name one of
    // its kind, not the town.)
    let kind_after = ts.get(end).is_some_and(|t| {
        let heads = C_TRAILING_PLACE | C_TRAILING_ORG;
        !is_cap(t.text) && (t.is(heads) || t.lw.strip_suffix('s').is_some_and(|one| classes_of(one) & heads != 0))
    });
    // (`PROVIDENCE —`: a dateline names the town the report was filed in.)
    if dateline_shape(ts, a, end) {
        return true;
    }
    // (`marched in Denver, Phoenix and Columbus`: one of a list of places.)
    let listed = a.checked_sub(2).and_then(|k| ts.get(k..a)).is_some_and(|w| match w {
        [p, sep] => matches!(sep.lw, "," | "and" | "or") && is_cap(p.text) && gazetteer::lookup(p.text).is_some_and(|g| !g.common_word),
        _ => false,
    });
    !kind_after
        && (listed
            || a.checked_sub(1)
                .and_then(|k| ts.get(k))
                .is_some_and(|t| t.is(C_PLACE_PREPOSITIONS)))
}

/// Strong evidence that words `a..b` name a person: a role noun right before
/// (`activist Eugene`), or an apposition with a role (`Warren, a lawyer,`).
fn role_context(ts: &[Tok], a: usize, b: usize) -> bool {
    let lw = |k: usize| ts.get(k).map(|t| t.lw).unwrap_or_default();
    let cl = |k: Option<usize>| k.and_then(|k| ts.get(k)).map_or(0, |t| t.cls);
    if cl(a.checked_sub(1)) & C_ROLES != 0
        && a.checked_sub(1)
            .and_then(|k| ts.get(k))
            .is_some_and(|t| !is_cap(t.text))
    {
        return true;
    }
    lw(b) == ","
        && (cl(Some(b + 1)) & C_ROLES != 0
            || (matches!(lw(b + 1), "a" | "an" | "the") && role_after_article(ts, b + 2)))
}

/// Whether a role follows an article ending at word `k`, within two words, perhaps after
/// a possessor: `the general secretary`, `the RCN's general secretary`, `the ministry's
/// spokeswoman`.
fn role_after_article(ts: &[Tok], k: usize) -> bool {
    let from = (k..k + 3)
        .find(|&p| ts.get(p).is_some_and(|t| t.kind == TokenKind::Possessive))
        .filter(|&p| (k..p).all(|q| ts.get(q).is_some_and(|t| t.kind == TokenKind::Word)))
        .map_or(k, |p| p + 1);
    ts.iter().skip(from).take(2).any(|t| t.cls & C_ROLES != 0)
}

/// Evidence that words `a..b` name an organisation: `the trade union Amanat`, `Kazakhmys
/// mining group`.
fn org_context(ts: &[Tok], a: usize, b: usize) -> Option<EntityKind> {
    if let Some(p) = a.checked_sub(1) {
        if !is_cap(ts[p].text) && ts[p].is(C_PRECEDING_ORG) {
            return Some(EntityKind::Organization);
        }
    }
    if facility_after(ts, b) {
        return None;
    }
    // `NetBlocks, a group that monitors …`, `Viasna, a rights organisation`: an apposition
    // whose noun is an organisation's
    // (`Keystone Crisis Staffing, a Pennsylvania agency`: a place may stand before it)
    if ts.get(b).is_some_and(|t| t.text == ",") && ts.get(b + 1).is_some_and(|t| matches!(t.lw, "a" | "an")) {
        let noun = ts.iter().skip(b + 2).take(4).take_while(|t| t.kind == TokenKind::Word);
        let lower = |t: &&Tok| !is_cap(t.text);
        if noun.clone().filter(lower).any(|t| t.is(C_PRECEDING_ORG)) && !noun.clone().filter(lower).any(|t| t.is(C_ROLES)) {
            return Some(EntityKind::Organization);
        }
    }
    // `an informal group calling itself Zholshy Birligi`, `a union called Birlik`: a name
    // given to an organisation's noun
    let lw = |k: usize| ts.get(k).map_or("", |t| t.lw);
    let verb = match (lw(a.wrapping_sub(2)), lw(a.wrapping_sub(1))) {
        ("calling" | "called" | "calls", "itself" | "themselves") | ("known", "as") => a.checked_sub(2),
        (_, "called" | "named") => a.checked_sub(1),
        _ => None,
    };
    if let Some(v) = verb {
        if ts[v.saturating_sub(3)..v].iter().any(|t| !is_cap(t.text) && t.is(C_PRECEDING_ORG)) {
            return Some(EntityKind::Organization);
        }
    }
    for t in ts.iter().skip(b).take(2) {
        // (`Hale was holding a knife`: a verb's object, no noun of the name)
        if t.kind != TokenKind::Word || is_cap(t.text) || t.is(C_FUNCTION) {
            break;
        }
        if t.is(C_TRAILING_ORG) {
            return Some(EntityKind::Organization);
        }
    }
    // `the Hengaw human rights group`, `the Vesna human rights centre`: the field of its
    // work between the name and the noun
    if matches!((lw(b), lw(b + 1)), ("human" | "civil" | "labour" | "labor" | "workers", "rights"))
        && ts.get(b + 2).is_some_and(|t| !is_cap(t.text) && t.is(C_TRAILING_ORG | C_PRECEDING_ORG))
    {
        return Some(EntityKind::Organization);
    }
    None
}

/// What a name set off by commas after a noun is, told by that noun: `a Denver-based
/// agency, Crestline Clinical Staffing,` and `The company, Qostanai Ruda, said` name
/// organisations; `said her aunt, Parvin,` a person; and so does a name before `, a
/// 52-year-old van driver`.
fn appositive(ts: &[Tok], a: usize, b: usize) -> Option<EntityKind> {
    let word = |k: Option<usize>| k.and_then(|k| ts.get(k));
    let set_off = word(a.checked_sub(1)).is_some_and(|t| t.text == ",")
        && ts.get(b).is_some_and(|t| matches!(t.text, "," | "." | ";"));
    if set_off {
        if let Some(noun) = word(a.checked_sub(2)).filter(|t| t.kind == TokenKind::Word && !is_cap(t.text)) {
            // (`A spokeswoman for the company, Dinara Seitkali,`: the noun closes a phrase
            // whose head comes before.)
            let inner = word(a.checked_sub(3)).is_some_and(is_the)
                && word(a.checked_sub(4)).is_some_and(|t| matches!(t.lw, "for" | "of" | "at" | "with" | "from"));
            if inner {
                return word(a.checked_sub(5)).is_some_and(|t| t.is(C_ROLES)).then_some(EntityKind::Person);
            }
            // (`a 31-year-old lathe operator, Andrei Kavalenka,`: an operator with an age,
            // or one with a given name, is a person)
            if noun.is(C_PRECEDING_ORG) {
                // (`the senior operator, Alyaksandr Kavalyou, 47,`: an age after the name too)
                let age_after = ts.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number && t.text.len() == 2)
                    && ts.get(b + 2).is_some_and(|t| matches!(t.text, "," | "." | ";"));
                let aged = age_after || (a.saturating_sub(6)..a.saturating_sub(2)).any(|k| ts.get(k).is_some_and(age_word));
                return Some(if aged || ts[a].is(C_FIRST_NAMES) { EntityKind::Person } else { EntityKind::Organization });
            }
            if noun.is(C_ROLES) {
                return Some(EntityKind::Person);
            }
            // (`the smaller camp outside its gates, TentaGoGama,`: a place's noun)
            if noun.is(C_TRAILING_PLACE) {
                return Some(EntityKind::Place);
            }
        }
    }
    // `Brayan Araya Soto, 24, died`: a name of two words or more with an age set off after it.
    let aged = b - a >= 2
        && ts.get(b).is_some_and(|t| t.text == ",")
        && ts.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number && t.text.len() == 2)
        && ts.get(b + 2).is_some_and(|t| t.text == ",")
        && !ts[a..b].iter().any(|t| t.is(C_PLACE_HEADS | C_ORG_HEADS));
    if aged {
        return Some(EntityKind::Person);
    }
    // `May Perera, a 52-year-old van driver`, `Aydin Rostami, a 16-year-old schoolboy`
    let comma_a = ts.get(b).is_some_and(|t| t.text == ",") && ts.get(b + 1).is_some_and(|t| matches!(t.lw, "a" | "an"));
    (comma_a
        && ts.iter().skip(b + 2).take(4).take_while(|t| !matches!(t.text, "," | ".")).any(|t| t.is(C_ROLES) && !is_cap(t.text) || age_word(t)))
    .then_some(EntityKind::Person)
}

/// An age: `16-year-old`, `52-years-old`.
fn age_word(t: &Tok) -> bool {
    t.lw.ends_with("-year-old") || t.lw.ends_with("-years-old")
}

/// Whether the words from `b` name a place people are held or gather in, after a name:
/// `the Okrestina detention centre`, `the Mega shopping mall`.
fn facility_after(ts: &[Tok], b: usize) -> bool {
    let lw = |k: usize| ts.get(k).map_or("", |t| t.lw);
    matches!(
        (lw(b), lw(b + 1)),
        ("detention" | "shopping" | "holding" | "isolation" | "transit", "centre" | "center" | "centres" | "centers" | "facility" | "mall")
    )
}

/// Whether a station, airport, port or terminal follows word `b` within three lowercase
/// words (`Colombo Fort railway station`, `Chek Lap Kok airport`): the name before it is
/// that place's, not a company's (`the Toledo Jeep complex` is a plant).
fn terminal_after(ts: &[Tok], b: usize) -> bool {
    ts.iter()
        .skip(b)
        .take(3)
        .take_while(|t| t.kind == TokenKind::Word && !is_cap(t.text))
        .any(|t| {
            matches!(
                t.lw,
                "station" | "stations" | "airport" | "airports" | "terminal" | "terminals" | "port" | "harbour" | "harbor" | "pier"
            )
        })
}

/// Whether the name at word `a` is a settlement's, after `the village of`, `the city
/// of`: the strongest cue for a place that the gazetteer does not know (`Shetpe`).
fn settlement_of(ts: &[Tok], a: usize) -> bool {
    let lw = |k: usize| a.checked_sub(k).and_then(|k| ts.get(k)).map_or("", |t| t.lw);
    let settlement = |w: &str| {
        matches!(
            w,
            "town" | "towns" | "village" | "villages" | "city" | "cities" | "settlement" | "settlements"
                | "suburb" | "suburbs" | "district" | "districts" | "province" | "provinces" | "region"
                | "regions" | "county" | "municipality" | "commune" | "oblast" | "port" | "ports" | "island"
        )
    };
    match lw(1) {
        // `in nearby Perrysburg`, `neighbouring Oral`: a place near the one told of.
        "nearby" | "neighbouring" | "neighboring" => true,
        // `in microdistrict Shanyrak`, `the village Zhana-Talap`: a place named after
        // its kind
        "microdistrict" | "village" | "district" | "town" | "township" | "suburb" => true,
        // `the city of Shetpe`, `the streets of Varnsk`, `the mayor of Esterby`, `residents
        // of Mirihana`, `the bazaars of Velan`, `the corner of Almagro Pereda` (a street)
        "of" => {
            settlement(lw(2))
                || matches!(
                    lw(2),
                    "corner" | "streets" | "outskirts" | "centre" | "center" | "mayor" | "governor" | "residents" | "inhabitants" | "villagers" | "townspeople"
                        | "bazaar" | "bazaars"
                )
        }
        // `in several towns, including Varnsk and Dobrin`, `cities such as Dobrin`, `six
        // airports, including Heathrow and Gatwick`
        _ => list_noun(ts, a).is_some_and(|n| settlement(n) || n == "airports"),
    }
}

/// Whether the name at word `a` is one of a list that follows a plural noun for
/// organisations and `include`, `including`, `like` or `such as`: `operators include
/// Avanti West Coast, CrossCountry and Northern`, `unions such as Unite`.
fn org_list(ts: &[Tok], a: usize) -> bool {
    let Some(noun) = list_noun(ts, a) else { return false };
    // (`operators` → `operator`, `companies` → `company`)
    noun.strip_suffix('s').is_some_and(|s| has(C_PRECEDING_ORG, s))
        || noun.strip_suffix("ies").is_some_and(|s| has(C_PRECEDING_ORG, &[s, "y"].concat()))
        || matches!(noun, "brands" | "chains")
}

/// The plural noun a list holding the name at word `a` is introduced by, with `include`,
/// `including`, `like` or `such as` (`operators` of `operators include Avanti West Coast,
/// CrossCountry and Northern`; `towns` of `towns, such as Varnsk`).
fn list_noun<'t>(ts: &[Tok<'t>], a: usize) -> Option<&'t str> {
    // Back over the list's earlier names and separators to the cue.
    let mut k = a;
    while let Some(p) = k.checked_sub(1) {
        let t = &ts[p];
        if a - p > 30 || !(matches!(t.lw, "," | "and" | "or") || t.kind == TokenKind::Word && is_cap(t.text) || t.is(C_PARTICLES)) {
            break;
        }
        k = p;
    }
    let lw = |n: usize| k.checked_sub(n).and_then(|k| ts.get(k)).map_or("", |t| t.lw);
    let noun = match lw(1) {
        "include" | "includes" | "included" | "including" | "like" => lw(2),
        "as" if lw(2) == "such" => lw(3),
        _ => return None,
    };
    Some(if noun == "," { lw(if lw(1) == "as" { 4 } else { 3 }) } else { noun })
}

/// Whether word `t` is the plural of a word in the list whose bit is `bit` (`districts`).
fn plural_of(t: &Tok, bit: u32) -> bool {
    t.lw.strip_suffix('s').is_some_and(|one| has(bit, one))
}

/// Whether names listed from word `a` share the plural place noun after them: `the
/// Ostravski and Dubrovski districts` names two districts (and no person: a surname takes
/// no plural place noun).
fn listed_before_plural_place(ts: &[Tok], a: usize, b: usize) -> bool {
    let mut k = b;
    if ts.get(k).is_some_and(|t| matches!(t.lw, "and" | "or" | ",")) {
        k += 1;
        let names = ts.iter().skip(k).take(3).take_while(|t| t.kind == TokenKind::Word && is_cap(t.text)).count();
        if names == 0 {
            return false;
        }
        k += names;
    }
    k > a && ts.get(k).is_some_and(|t| t.kind == TokenKind::Word && !is_cap(t.text) && plural_of(t, C_TRAILING_PLACE))
}

/// Evidence that words `a..b` of the document `doc` name a place: `the Asaluyeh
/// petrochemical complex`.
fn place_context(doc: &str, ts: &[Tok], a: usize, b: usize) -> bool {
    if settlement_of(ts, a) || facility_after(ts, b) {
        return true;
    }
    // `Mahshahr (Khuzestan)`: a town and its province in brackets, a gloss as
    // `layout::bracket_gloss` reads it for every stage (perhaps after `formerly`);
    // `Harold Beckwith, 72, of Sylvania`: where someone of that age lives.
    let text = |k: usize| ts.get(k).map_or("", |t| t.text);
    let province = |g: usize| {
        text(g + 1) == ")"
            && ts.get(g).zip(b.checked_sub(1).and_then(|k| ts.get(k))).is_some_and(|(t, n)| crate::layout::bracket_gloss(doc, t.span().start) == Some(n.span().end))
            && gazetteer::lookup(text(g)).is_some_and(|p| matches!(p.kind, gazetteer::PlaceKind::Region | gazetteer::PlaceKind::Country))
    };
    if text(b) == "(" && (province(b + 1) || province(b + 2)) {
        return true;
    }
    if a >= 4
        && text(a - 1) == "of"
        && text(a - 2) == ","
        && text(a - 4) == ","
        && ts[a - 3].kind == TokenKind::Number
        && ts[a - 3].text.len() <= 3
        && ts[a - 3].text.bytes().all(|c| c.is_ascii_digit())
    {
        return true;
    }
    // `Wentzville, Missouri`: a name followed by a known region or country is a town.
    if let (Some(comma), Some(next)) = (ts.get(b), ts.get(b + 1)) {
        if comma.text == "," && is_cap(next.text) {
            let region = gazetteer::lookup(next.text).is_some_and(|p| {
                matches!(p.kind, gazetteer::PlaceKind::Region | gazetteer::PlaceKind::Country)
            });
            if region || us_state(ts, b + 1).is_some() {
                return true;
            }
        }
    }
    for t in ts.iter().skip(b).take(3) {
        // (`Dockworkers in the port city`: the place noun must follow the name.)
        if t.kind != TokenKind::Word || is_cap(t.text) || t.is(C_FUNCTION) {
            break;
        }
        if t.is(C_TRAILING_PLACE) {
            return true;
        }
    }
    // `Mirihana, a Colombo suburb`, `Saqqez, a town in Kurdistan`, `Aktau, the regional
    // capital`: an apposition whose noun is a settlement's.
    if ts.get(b).is_some_and(|t| t.text == ",") && ts.get(b + 1).is_some_and(|t| matches!(t.lw, "a" | "an" | "the")) {
        let noun = ts.iter().skip(b + 2).take(3).take_while(|t| t.kind == TokenKind::Word).any(|t| {
            matches!(
                t.lw,
                "town" | "village" | "city" | "suburb" | "district" | "province" | "region" | "county"
                    | "municipality" | "settlement" | "neighbourhood" | "neighborhood" | "capital"
            )
        });
        if noun {
            return true;
        }
    }
    // `the presidential palace, La Moneda.`: a name in apposition to a place noun.
    let word = |k: usize| a.checked_sub(k).and_then(|k| ts.get(k));
    word(1).is_some_and(|t| t.text == ",")
        && word(2).is_some_and(|t| t.is(C_TRAILING_PLACE) && !is_cap(t.text))
        && (2..=4).any(|k| word(k + 1).is_some_and(is_the))
        && ts.get(b).is_none_or(|t| matches!(t.text, "," | "." | ";" | ")"))
}

/// `Rail, Maritime and Transport union (RMT)`: names listed with commas and `and`, then
/// at most two lowercase words, then an acronym in brackets made of the initials of
/// their words, are one organisation's name, and the acronym is that organisation:
/// (acronym, name) pairs for [`resolve`].
#[inline(never)]
fn join_initialisms(ctx: &Ctx, found: &mut Vec<Found>) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut g = 0;
    while g < found.len() {
        let Some((joined, start)) = initialism_at(ctx, found, g) else {
            g += 1;
            continue;
        };
        let Some(first) = found.get(joined) else { break };
        let canonical = ctx.text.get(start..found[g - 1].span.end).unwrap_or("").to_string();
        let merged = Found {
            span: Span { start, end: found[g - 1].span.end },
            kind: EntityKind::Organization,
            canonical: canonical.clone(),
            words: (first.words.0, found[g - 1].words.1),
            weak: false,
            tentative: false,
        };
        if let Some(acronym) = found.get_mut(g) {
            pairs.push((std::mem::take(&mut acronym.canonical), canonical.clone()));
            acronym.kind = EntityKind::Organization;
            acronym.canonical = canonical;
            (acronym.weak, acronym.tentative) = (false, false);
        }
        found.splice(joined..g, std::iter::once(merged));
        g = joined + 2;
    }
    pairs
}

/// Whether `found[g]` is a bracketed acronym spelling the initials of the names listed
/// right before it (see [`join_initialisms`]): the index of the list's first mention, and
/// where the list starts.
fn initialism_at(ctx: &Ctx, found: &[Found], g: usize) -> Option<(usize, usize)> {
    let acronym = found.get(g)?;
    let short = ctx.text.get(acronym.span.start..acronym.span.end)?;
    // (The bracket first: most mentions are followed by none.)
    if ctx.text.as_bytes().get(acronym.span.end) != Some(&b')') || short.len() < 3 || !is_acronym(short) {
        return None;
    }
    // Between the last name and the bracket: at most two lowercase words (`union`).
    let last = found.get(g.checked_sub(1)?)?;
    let gap = ctx.text.get(last.span.end..acronym.span.start)?.strip_suffix('(')?;
    let words: Vec<&str> = gap.split_whitespace().collect();
    if words.len() > 2 || !words.iter().all(|w| w.chars().all(char::is_lowercase)) {
        return None;
    }
    // The initials, from the last name back, must end the acronym exactly.
    let mut letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
    let mut k = g;
    let mut names = 0;
    while k > 0 && !letters.is_empty() {
        let f = found.get(k - 1)?;
        let name = ctx.text.get(f.span.start..f.span.end)?;
        let initials: Vec<char> = name.split([' ', '-']).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
        if !letters.ends_with(&initials) || initials.is_empty() {
            return None;
        }
        letters.truncate(letters.len() - initials.len());
        names += 1;
        k -= 1;
        if letters.is_empty() {
            break;
        }
        // The names are listed: `, `, ` and `, `, and `, ` & `.
        let listed = k.checked_sub(1).and_then(|b| found.get(b)).is_some_and(|before| {
            ctx.text.get(before.span.end..f.span.start).is_some_and(|sep| matches!(sep, ", " | " and " | ", and " | " & "))
        });
        if !listed {
            break;
        }
    }
    // (`The Food, Agriculture and Hospitality Workers (FAHW)`: a first name that is a
    // common word was no mention; its capitalised words may spell the rest.)
    let mut start = found.get(k)?.span.start;
    if !letters.is_empty() {
        let before = ctx.text.get(..start)?;
        let mut rest = before.strip_suffix(", ").or_else(|| before.strip_suffix(" and "))?;
        while let Some(&c) = letters.last() {
            let word = rest.rsplit(' ').next()?;
            if !word.starts_with(c) || !word.chars().all(char::is_alphabetic) {
                return None;
            }
            rest = rest.get(..rest.len() - word.len())?;
            letters.pop();
            names += 1;
            if !letters.is_empty() {
                rest = rest.strip_suffix(' ')?;
            }
        }
        start = rest.len();
    }
    (names >= 2).then_some((k, start))
}

/// Up to this many mentions, [`resolve`] finds the mention with evidence that a guess
/// takes its kind from by comparing the guess with each in turn (cheaper than a map).
const SCAN_FOUND: usize = 48;

/// Document-level clean-up: surnames take the full name seen elsewhere in the document;
/// weak guesses that match a known person become that person; acronyms defined in
/// brackets take the long name (as do those `acronyms` already found: (acronym, name)).
#[inline(never)]
fn resolve(ctx: &Ctx, found: &mut [Found], mut acronyms: Vec<(String, String)>) {
    // `National Institute of Human Rights (INDH)`: the acronym takes the long name.
    // (`Federación de Trabajadores Contratistas del Cobre (Fetracob)`: a word made of the
    // name's syllables, whatever kind it was guessed, and its later mentions too.)
    let mut syllabic: Vec<&str> = Vec::new();
    for w in found.windows(2) {
        let (f, g) = (&w[0], &w[1]);
        if f.kind != EntityKind::Organization {
            continue;
        }
        let between = ctx.text.get(f.span.end..g.span.start).unwrap_or("");
        let after = ctx.text.get(g.span.end..).unwrap_or("");
        let g_text = ctx.text.get(g.span.start..g.span.end).unwrap_or("");
        if between.trim() == "(" && after.starts_with(')') && f.canonical.contains(' ') {
            let short = g.kind == EntityKind::Organization && (is_acronym(g_text) || abbreviates(g_text, &f.canonical));
            let syllables = !short && g.canonical == g_text && syllable_acronym(g_text, &f.canonical);
            if short || syllables {
                acronyms.push((g.canonical.clone(), f.canonical.clone()));
            }
            if syllables {
                syllabic.push(g_text);
            }
        }
    }
    acronyms.sort();
    acronyms.dedup_by(|x, y| x.0 == y.0);
    let syllabic: Vec<String> = syllabic.into_iter().map(str::to_string).collect();
    for f in found.iter_mut() {
        if f.kind == EntityKind::Organization || f.weak || syllabic.contains(&f.canonical) {
            if let Ok(i) = acronyms.binary_search_by(|(a, _)| a.as_str().cmp(&f.canonical)) {
                f.kind = EntityKind::Organization;
                f.canonical = acronyms[i].1.clone();
            }
        }
    }
    // A guess takes the kind the same words were given with evidence elsewhere.
    // (By index: the kind and name are copied only where a guess takes them.)
    let text_of = |f: &Found| ctx.text.get(f.span.start..f.span.end).unwrap_or("");
    let mut sure: FastMap<&str, usize> = FastMap::default();
    // (Only a guess may take another's kind: without one, no map; with a document's few
    // mentions, none either: each guess's words are compared with the others in turn.)
    let guesses = found.iter().any(|f| f.weak);
    let hashed = guesses && found.len() > SCAN_FOUND;
    for (i, f) in found.iter().enumerate().filter(|(_, f)| hashed && !f.weak) {
        sure.entry(text_of(f)).or_insert(i);
    }
    // The first mention with evidence whose words are `w`.
    let first_sure = |w: &str| {
        if hashed {
            sure.get(w).copied()
        } else {
            found.iter().position(|g| !g.weak && text_of(g) == w)
        }
    };
    let taken: Vec<(usize, EntityKind, String)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.weak)
        .filter_map(|(i, f)| {
            let s = first_sure(text_of(f))?;
            found.get(s).map(|g| (i, g.kind, g.canonical.clone()))
        })
        .collect();
    for (i, kind, canonical) in taken {
        if let Some(f) = found.get_mut(i) {
            f.kind = kind;
            f.canonical = canonical;
            f.weak = false;
            f.tentative = false;
        }
    }
    // `sheds in Peradeniya, Katugastota and Kundasale` … `the queue at Katugastota`: a
    // word guessed a place where it stands elsewhere is that place, not the company that
    // `at X` is guessed to be.
    let mut guessed_places: Vec<(&str, usize)> =
        found.iter().enumerate().filter(|(_, f)| f.weak && f.kind == EntityKind::Place).map(|(i, f)| (text_of(f), i)).collect();
    if !guessed_places.is_empty() {
        guessed_places.sort_unstable();
        let taken: Vec<(usize, String)> = found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.weak && f.kind == EntityKind::Organization && !text_of(f).contains(' '))
            .filter_map(|(i, f)| {
                let k = guessed_places.binary_search_by(|(t, _)| t.cmp(&text_of(f))).ok()?;
                found.get(guessed_places[k].1).map(|g| (i, g.canonical.clone()))
            })
            .collect();
        for (i, canonical) in taken {
            if let Some(f) = found.get_mut(i) {
                f.kind = EntityKind::Place;
                f.canonical = canonical;
            }
        }
    }
    // The people named in full, with evidence. (Guesses took only the kinds and names
    // found with evidence above: the same names as before.)
    let mut people: Vec<&str> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Person && !f.weak && f.canonical.contains(' '))
        .map(|f| f.canonical.as_str())
        .collect();
    people.sort_unstable();
    people.dedup();
    // (`Héctor Cárdenas Villalobos` … `recalled Cárdenas`: a Spanish name's father's
    // surname, before the mother's, names its bearer too)
    let paternal: Vec<(String, &str)> = people
        .iter()
        .filter_map(|p| {
            let w: Vec<&str> = p.split(' ').collect();
            (w.len() >= 3).then(|| w.get(w.len() - 2).map(|s| (s.to_lowercase(), *p))).flatten()
        })
        .collect();
    let index = NameIndex::new(people);
    // (No person named in full here: no name to complete, and nothing to look up.)
    // The full names taken, found first and written after (the index borrows `found`).
    let mut fuller: Vec<(usize, String)> = Vec::new();
    for (i, f) in found.iter().enumerate().filter(|_| !index.is_empty()) {
        // A one-word town or guess that is the surname of a person named in full here.
        let town = f.kind == EntityKind::Place
            && !f.canonical.contains(' ')
            && gazetteer::place(&f.canonical).is_some_and(|p| p.kind == gazetteer::PlaceKind::City);
        if f.kind != EntityKind::Person && !f.weak && !town {
            continue;
        }
        let of_paternal = || {
            let c = f.canonical.to_lowercase();
            paternal.iter().find(|(s, _)| *s == c).map(|(_, p)| *p)
        };
        if let Some(full) = index.fuller(&f.canonical).or_else(|| if paternal.is_empty() || f.canonical.contains(' ') { None } else { of_paternal() }) {
            // A town yields only to a surname (`Warren`), not a given name (`Santiago Pérez`).
            // (or to a father's surname before the mother's: `Cárdenas` of `Héctor
            // Cárdenas Villalobos`)
            let surname = |full: &str| {
                let (full, c) = (full.to_lowercase(), f.canonical.to_lowercase());
                let words: Vec<&str> = full.split(' ').collect();
                full.ends_with(&c) || words.len() >= 3 && words.get(words.len() - 2) == Some(&c.as_str())
            };
            if town && !surname(full) {
                continue;
            }
            fuller.push((i, full.to_string()));
        }
    }
    for (i, full) in fuller {
        if let Some(f) = found.get_mut(i) {
            f.kind = EntityKind::Person;
            f.canonical = full;
            f.tentative = false;
        }
    }
    // `Ford said` in a report on `a Ford assembly plant`, `Nasha Prava said` after `the
    // monitoring group Nasha Prava` (`Acme said` after `Acme Ltd`): a name taken for a person by its context only (not
    // completed to a fuller name) is the organisation the document names so elsewhere.
    let lone = |f: &Found| {
        f.kind == EntityKind::Person && ctx.text.get(f.span.start..f.span.end) == Some(f.canonical.as_str())
    };
    if found.iter().any(lone) {
        // (and `Tulpar Burgylau said` after `Tulpar Burgylau LLP`: a company's name
        // without its legal form or its trade's word)
        let legal = |r: &str| {
            matches!(r.to_lowercase().as_str(), "llp" | "llc" | "ltd" | "plc" | "jsc" | "ojsc" | "pjsc" | "inc" | "gmbh" | "corp" | "buses" | "holdings" | "group")
        };
        // Each organisation's text, and that without such a last word, to the first
        // organisation so written (one look-up per name: a long document names many).
        let mut orgs: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for (k, g) in found.iter().enumerate().filter(|(_, g)| g.kind == EntityKind::Organization && !g.weak) {
            let t = ctx.text.get(g.span.start..g.span.end).unwrap_or("");
            orgs.entry(t).or_insert(k);
            if let Some((short, _)) = t.rsplit_once(' ').filter(|&(_, r)| legal(r)) {
                orgs.entry(short).or_insert(k);
            }
        }
        let taken: Vec<(usize, String)> = found
            .iter()
            .enumerate()
            .filter(|(_, f)| lone(f) && known_person(&f.canonical.to_lowercase()).is_none())
            .filter_map(|(i, f)| {
                let text = ctx.text.get(f.span.start..f.span.end).unwrap_or("");
                let k = *orgs.get(text)?;
                found.get(k).map(|g| (i, g.canonical.clone()))
            })
            .collect();
        for (i, canonical) in taken {
            if let Some(f) = found.get_mut(i) {
                f.kind = EntityKind::Organization;
                f.canonical = canonical;
            }
        }
    }
    for f in found
        .iter_mut()
        .filter(|f| f.kind == EntityKind::Person && !f.canonical.contains(' '))
    {
        if let Some(full) = known_person(&f.canonical.to_lowercase()).filter(|c| !c.is_empty()) {
            f.canonical = full.to_string();
        }
    }
}

/// Full names with their lowercase words, for finding the full form of a partial name.
/// Many names (a whole corpus's) are also indexed by their first and last words, so that
/// a name is not compared with every other; a document's few names are simply scanned.
struct NameIndex<'n> {
    /// Each name, with the range of its words in `words`.
    names: Vec<(&'n str, usize, usize)>,
    /// The lowercase words of every name, in order, as ranges of `lower`.
    words: Vec<(usize, usize)>,
    /// The lowercase words, one after the other (one buffer, not a string per word).
    lower: String,
    /// First or last word → the names (indices, ascending) starting or ending with it;
    /// left empty for a few names (see [`SCAN_NAMES`]).
    by_edge: FastMap<String, Vec<usize>>,
}

/// Up to this many names, a [`NameIndex`] compares a partial name with each of them in
/// turn (cheaper than building and asking a map).
const SCAN_NAMES: usize = 24;

impl<'n> NameIndex<'n> {
    /// Indexes `names` (sorted and without repeats, each of more than one word).
    fn new(names: impl IntoIterator<Item = &'n str>) -> NameIndex<'n> {
        let names = names.into_iter();
        let mut index = NameIndex {
            names: Vec::with_capacity(names.size_hint().0),
            words: Vec::with_capacity(3 * names.size_hint().0),
            lower: String::with_capacity(16 * names.size_hint().0),
            by_edge: FastMap::default(),
        };
        for n in names {
            let first = index.words.len();
            for w in n.split_whitespace() {
                let start = index.lower.len();
                if w.is_ascii() {
                    index.lower.push_str(w);
                    if let Some(l) = index.lower.get_mut(start..) {
                        l.make_ascii_lowercase();
                    }
                } else {
                    index.lower.push_str(&w.to_lowercase());
                }
                index.words.push((start, index.lower.len()));
            }
            if index.words.len() > first {
                index.names.push((n, first, index.words.len()));
            }
        }
        if index.names.len() > SCAN_NAMES {
            let mut by_edge: FastMap<String, Vec<usize>> = FastMap::default();
            for (i, &(_, a, b)) in index.names.iter().enumerate() {
                let (first, last) = (index.word(a), index.word(b - 1));
                by_edge.entry(first.to_string()).or_default().push(i);
                if last != first {
                    by_edge.entry(last.to_string()).or_default().push(i);
                }
            }
            index.by_edge = by_edge;
        }
        index
    }

    /// Word `k` of [`NameIndex::words`], lowercase.
    fn word(&self, k: usize) -> &str {
        self.words.get(k).and_then(|&(s, e)| self.lower.get(s..e)).unwrap_or("")
    }

    /// Whether no name is indexed.
    fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The one longest name that has `name`'s words as its first or last words, if
    /// unambiguous (`Tokayev` → `Kassym-Jomart Tokayev`; not with two different Smiths).
    fn fuller(&self, name: &str) -> Option<&'n str> {
        // (Most names asked are a few short ASCII words, `Tokayev`, `Erlan Turgumbayev`:
        // their words kept in an array, compared ignoring ASCII case.)
        if name.is_ascii() {
            let mut words = [""; 8];
            let mut n = 0;
            // (Split at the white space `split_whitespace` splits ASCII text at.)
            let b = name.as_bytes();
            let space = |i: usize| b.get(i).is_some_and(|c| matches!(c, b'\t'..=b'\r' | b' '));
            let mut i = 0;
            while i < b.len() {
                while space(i) {
                    i += 1;
                }
                let start = i;
                while i < b.len() && !space(i) {
                    i += 1;
                }
                if i > start {
                    // (More words than the array holds: `n` past its end, not used.)
                    if let Some(slot) = words.get_mut(n) {
                        *slot = name.get(start..i).unwrap_or("");
                    }
                    n += 1;
                }
            }
            if let Some(words) = words.get(..n) {
                return self.fuller_words(words, true);
            }
        }
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        self.fuller_words(&words, false)
    }

    /// Whether the name with words `a..b` has the words `short` as its first or last
    /// words, and more words besides (`fold`: `short` compared ignoring ASCII case).
    fn affix(&self, (a, b): (usize, usize), short: &[&str], fold: bool) -> bool {
        let n = short.len();
        if b - a <= n {
            return false;
        }
        let lower = self.lower.as_bytes();
        // Whether word `k` is `w`.
        let eq = |k: usize, w: &str| {
            let l = self.words.get(k).and_then(|&(s, e)| lower.get(s..e)).unwrap_or(&[]);
            l.len() == w.len() && if fold { l.eq_ignore_ascii_case(w.as_bytes()) } else { l == w.as_bytes() }
        };
        let same = |from: usize| short.iter().enumerate().all(|(k, w)| eq(from + k, w));
        same(b - n) || same(a)
    }

    /// [`NameIndex::fuller`] of the name with the words `words`: lowercase, or ASCII
    /// compared ignoring case (`fold`).
    fn fuller_words(&self, words: &[&str], fold: bool) -> Option<&'n str> {
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return None;
        };
        // The names ending or starting with those words, each once and in order: both
        // lists are ascending (see `new`), so they are merged, not collected and sorted.
        // (With few names, every name in order: those not ending or starting so fail
        // `affix` below.)
        let list = |w: &str| {
            let found = if fold { self.by_edge.get(&w.to_ascii_lowercase()) } else { self.by_edge.get(w) };
            found.map_or(&[][..], Vec::as_slice)
        };
        let scan = self.by_edge.is_empty();
        let (a, b) = if scan { (&[][..], &[][..]) } else { (list(first), if last == first { &[][..] } else { list(last) }) };
        let (mut ai, mut bi) = (a.iter().copied().peekable(), b.iter().copied().peekable());
        let mut all = 0..if scan { self.names.len() } else { 0 };
        let candidates = std::iter::from_fn(|| {
            if scan {
                return all.next();
            }
            match (ai.peek().copied(), bi.peek().copied()) {
                (Some(x), Some(y)) if x == y => {
                    ai.next();
                    bi.next()
                }
                (Some(x), Some(y)) if y < x => bi.next(),
                (Some(_), _) => ai.next(),
                (None, _) => bi.next(),
            }
        });
        let mut best: Option<(&'n str, usize, usize)> = None;
        let mut ambiguous = false;
        for i in candidates {
            let Some(&(name, a, b)) = self.names.get(i) else {
                continue;
            };
            if !self.affix((a, b), words, fold) {
                continue;
            }
            match best {
                None => best = Some((name, a, b)),
                Some((bn, ba, bb)) => {
                    if b - a > bb - ba {
                        // A longer form of the same name (`Jomart Tokayev` → `Kassym Jomart Tokayev`).
                        let bw: Vec<&str> = (ba..bb).map(|k| self.word(k)).collect();
                        ambiguous = !self.affix((a, b), &bw, false);
                        best = Some((name, a, b));
                    } else if b - a == bb - ba && bn != name {
                        ambiguous = true;
                    }
                }
            }
        }
        if ambiguous {
            return None;
        }
        best.map(|(n, _, _)| n)
    }
}

/// Merges variants of one entity across documents by rewriting `canonical` names: a
/// person named by surname only takes the one full name seen in any document. Only
/// people's names change (`extract::analyze_corpus` finds events before this merge).
pub fn unify(mentions: &mut [Vec<Mention>]) {
    let mut people: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for doc in mentions.iter() {
        for m in doc {
            if m.kind == EntityKind::Person && m.canonical.contains(' ') {
                people.insert(m.canonical.clone());
            }
        }
    }
    let index = NameIndex::new(people.iter().map(String::as_str));
    let mut cache: FastMap<String, Option<&str>> = FastMap::default();
    for doc in mentions.iter_mut() {
        for m in doc.iter_mut() {
            if m.kind != EntityKind::Person || m.canonical.contains(' ') {
                continue;
            }
            // (The name is copied only the first time it is asked.)
            let full = match cache.get(&m.canonical) {
                Some(v) => *v,
                None => {
                    let v = index.fuller(&m.canonical);
                    cache.insert(m.canonical.clone(), v);
                    v
                }
            };
            if let Some(full) = full {
                m.canonical = full.to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests;
