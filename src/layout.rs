//! Page layout: which lines of a document are bylines, datelines, links to other stories,
//! corrections, photo and wire credits, rows of a table, subheadings, section labels and the headline, and
//! which sentences open their line or stand alone on it. Found once per document over the shared tokens (a [`Layout`] in
//! [`crate::tokens::Prepared`]) and asked by every stage, instead of each stage running a
//! detector of its own. Where the stages read a kind of line differently, each reading has
//! its own flag or query here (the entities' lines are cut at line breaks, the events'
//! are whole sentences; the four dateline tests differ in what they accept).

use crate::corpus::{Document, Span};
use crate::tokens::{Token, TokenKind, LINE_BEFORE};

/// [`Layout::sentence`]: a line break comes before the sentence's first token (or it is
/// the document's first): it opens its line.
pub const OPENS_LINE: u8 = 1;
/// [`Layout::sentence`]: a line of its own (after a list's number, if any: `3. Arrests`) of
/// at most six tokens, or sixteen in capitals, that does not end with `.`, `!`, `:` or `…`
/// (closing quote marks and brackets aside): a section heading inside the text as the
/// events stage reads it (`Rail strikes`, `Oilfield strike enters third day`, `KURDISTAN –
/// KILLING AT CHECKPOINT`).
pub const ALONE: u8 = 2;
/// [`Layout::sentence`]: its line opens with a link to another story (`Read more: …`,
/// `Related: …`, `Watch: …`), or heads a list of them (`More on this story`, `Top
/// Stories`, `Most Read`, `Related Topics`).
pub const LINK: u8 = 4;
/// [`Layout::sentence`]: its line opens with an editor's correction (`Correction 12
/// November: …`, `This article was amended on …`, `An earlier version said …`) or a
/// wire update's note to editors (`(Adds shooting in paragraphs 9-10)`).
pub const CORRECTION: u8 = 8;
/// [`Layout::sentence`]: a wire photo's caption of an earlier day, which tells its moment
/// in the present (`FILE - Miners gather outside the company's office … on Jan. 6, 2022.`).
pub const FILE_CAPTION: u8 = 16;
/// [`Layout::sentence`]: a memo's subject line, which titles what the text tells as a
/// headline does (`Subject: Strike of drilling crews at …`, `RE: Walkout at the depot`):
/// a sentence that opens its line with `Subject:` or `Re:` (so written, or in capitals).
pub const SUBJECT: u8 = 32;

/// [`Layout::line`]: a byline with `By` (`By Claire Dubois and Marc Lefevre`), at most
/// twelve tokens.
pub const BYLINE: u8 = 1;
/// [`Layout::line`]: a byline without `By`, as some sites print it: names of two or three
/// capitalised words joined by `and` or commas, then `in` and the town (`Grace Leung and
/// Tom Whitfield in Hong Kong`).
pub const REPORTERS: u8 = 2;
/// [`Layout::line`]: a photo's credit (`Photograph: Ivan Sung/AFP via Getty Images`,
/// `Picture by Leon Baptiste`).
pub const PHOTO_CREDIT: u8 = 4;
/// [`Layout::line`]: a wire story's credits (`(Reporting by Ana Ruiz in Lima; Editing by
/// Tom Hale)`).
pub const WIRE_CREDITS: u8 = 8;
/// [`Layout::line`]: the document's first line is a masthead: an outlet's or a group's
/// name opening it before a separator (see [`Layout::masthead`]), either before an edition
/// (`Dala Inform | English edition (translated from Russian)`, `CRÓNICA AUSTRAL – English
/// edition`) or on a section label ([`SECTION_LABEL`]) before a bar, a dot, a dash or the
/// name's acronym (`BELARUSKI VECHAR · EVENING ROUND-UP`, `KOWLOON LEDGER | COURTS`, `THE
/// HARBOUR REVIEW · LONG READ`, `LABOUR RIGHTS NETWORK (LRN)`), unless its words are all
/// ordinary (`LOCAL NEWS | POLITICS`) or name a known place (`SRI LANKA · POLITICS`); or
/// on a line of three parts or more so parted (`SALIHORSK WATCH · Courts · 11 February
/// 2022`); or a section label that is a name ending with an organisation's word, whole
/// (`KAVOSH HUMAN RIGHTS NETWORK`, `THE DELAWARE VALLEY SENTINEL`). The same name is the
/// outlet wherever the text names it, in any case (`told Steppe Ledger`).
pub const MASTHEAD: u8 = 16;

/// [`Layout::paragraph`]: a paragraph that is a short line with no closing mark, a
/// subheading as the timex stage reads it (under 60 bytes, at most eight words).
pub const SUBHEADING: u8 = 1;
/// [`Layout::paragraph`]: one of the first two paragraphs, whose first line is a page's
/// section label above the headline: in capitals (at most 60 bytes) or parted by ` | `
/// (`LOCAL NEWS`, `NATIONAL | EDUCATION`, `PRESS RELEASE – FOR IMMEDIATE RELEASE`). Only
/// the labels before the first paragraph that is none are flagged.
pub const SECTION_LABEL: u8 = 2;

/// The layout of one document (see the module's doc), refilled in place document after
/// document (see [`Layout::fill`]).
#[derive(Default)]
pub struct Layout {
    /// The flags of each sentence of the document ([`OPENS_LINE`], [`ALONE`], [`LINK`],
    /// [`CORRECTION`], [`FILE_CAPTION`], [`SUBJECT`]), by its index in `Document::sentences` (0 for one without tokens).
    sentences: Vec<u8>,
    /// The lines with a kind ([`BYLINE`], [`REPORTERS`], [`PHOTO_CREDIT`],
    /// [`WIRE_CREDITS`]), in order: each line's number (see [`Layout::line`]) and its flags.
    lines: Vec<(u32, u8)>,
    /// The flags of each paragraph ([`SUBHEADING`], [`SECTION_LABEL`]), by its index in `Document::paragraphs`.
    paragraphs: Vec<u8>,
    /// The document's headline (see [`Layout::headline`]).
    headline: Option<Span>,
    /// The spans of the [`SUBJECT`] sentences, in order (see [`Layout::titles`]).
    subjects: Vec<Span>,
    /// The token of the `in` before the town of each [`REPORTERS`] line, in order.
    reporters_in: Vec<u32>,
    /// The outlet's name in the [`MASTHEAD`] (see [`Layout::masthead`]).
    masthead: Option<Span>,
    /// The document's title (see [`Layout::title`]).
    title: Option<Span>,
    /// The lines that are rows of a table (see [`Layout::table_row`]), whole lines from
    /// line break to line break, in order.
    table_rows: Vec<Span>,
}

impl Layout {
    /// The flags of sentence `s` (its index in `Document::sentences`; 0 past the end).
    #[inline]
    pub fn sentence(&self, s: usize) -> u8 {
        self.sentences.get(s).copied().unwrap_or(0)
    }

    /// Whether token `i` of `tokens` (the document's) opens its line: the first token of
    /// a sentence that opens its line ([`OPENS_LINE`]), or one after a line break inside
    /// its sentence ([`LINE_BEFORE`]).
    #[inline]
    pub fn opens_line(&self, tokens: &[Token], i: usize) -> bool {
        let Some(t) = tokens.get(i) else { return false };
        if i == 0 || tokens.get(i - 1).is_none_or(|p| p.sentence != t.sentence) {
            self.sentence(t.sentence) & OPENS_LINE != 0
        } else {
            t.flags & LINE_BEFORE != 0
        }
    }

    /// The flags of line `n`: a sentence cut at the line breaks inside it, numbered as
    /// the sentence's index plus the line breaks inside sentences before it (the
    /// numbering of the entity stage's sentences).
    #[inline]
    pub fn line(&self, n: usize) -> u8 {
        // (Few lines have a kind: most documents none.)
        match self.lines.binary_search_by_key(&n, |&(k, _)| k as usize) {
            Ok(i) => self.lines[i].1,
            Err(_) => 0,
        }
    }

    /// The bytes of the outlet's or group's name in the document's masthead ([`MASTHEAD`]), a
    /// leading `The` aside (`Dala Inform`, `HARBOUR REVIEW`).
    #[inline]
    pub fn masthead(&self) -> Option<Span> {
        self.masthead
    }

    /// The flags of paragraph `p` (its index in `Document::paragraphs`; 0 past the end).
    #[inline]
    pub fn paragraph(&self, p: usize) -> u8 {
        self.paragraphs.get(p).copied().unwrap_or(0)
    }

    /// The document's headline: the first sentence after the section labels
    /// ([`SECTION_LABEL`]) when it is a paragraph of its own, ends without a full stop,
    /// and more text follows.
    #[inline]
    pub fn headline(&self) -> Option<Span> {
        self.headline
    }

    /// Whether the sentence `span` (as `Document::sentences` has it) titles the text: the
    /// headline ([`Layout::headline`]) or a memo's subject line ([`SUBJECT`]).
    #[inline]
    pub fn titles(&self, span: Span) -> bool {
        self.headline == Some(span) || self.subjects.contains(&span)
    }

    /// The document's title as a reader names it (a document list shows it): a memo's
    /// subject line ([`SUBJECT`]), else a headline among the lines that open the page
    /// (see [`title_line`]); `None` when there is none, as in a text that opens with its
    /// first paragraph.
    #[inline]
    pub fn title(&self) -> Option<Span> {
        self.title
    }

    /// Whether the byte `at` lies on a row of a table flattened to text, a line that sums
    /// up and tells no event: a label and its value apart by a tab (an infobox's
    /// `Methods\tStrike action, sit-in, hunger strike`, `Arrests\t12`), columns set off by
    /// leader dots on a line of at most 160 bytes (`Detained since 17 October ........
    /// 3,162`), or a line of figures (see [`fields_line`]: `Killed: 17 (16 in Zhanaozen) |
    /// Injured: over 100 | Detained since 16 December: 130`).
    #[inline]
    pub fn table_row(&self, at: usize) -> bool {
        // (Most documents have none.)
        if self.table_rows.is_empty() {
            return false;
        }
        let k = self.table_rows.partition_point(|r| r.end < at);
        self.table_rows.get(k).is_some_and(|r| r.start <= at)
    }

    /// Whether the document has a title ([`Layout::titles`]).
    #[inline]
    pub fn titled(&self) -> bool {
        self.headline.is_some() || !self.subjects.is_empty()
    }

    /// Makes `self` the layout of `doc`, from its preparation `prep` (its tokens, their
    /// lowercase text and lexicon flags, each sentence's tokens and their flags together,
    /// and the sentences cut by a line break: all but [`crate::tokens::Prepared::layout`]).
    pub fn fill(&mut self, doc: &Document, prep: &crate::tokens::Prepared) {
        let text = doc.text.as_str();
        let (tokens, lower, lex) = (prep.tokens.as_slice(), prep.lower.as_str(), prep.lex.as_slice());
        let mut broken = prep.broken.iter().peekable();
        self.paragraphs.clear();
        self.paragraphs.extend(doc.paragraphs.iter().map(|&p| u8::from(subheading(text, p)) * SUBHEADING));
        let labels = doc.paragraphs.iter().take(2).take_while(|&&p| section_label(text, p)).count();
        for f in self.paragraphs.iter_mut().take(labels) {
            *f |= SECTION_LABEL;
        }
        self.headline = headline(doc, labels);
        self.sentences.clear();
        self.sentences.resize(doc.sentences.len(), 0);
        self.lines.clear();
        self.reporters_in.clear();
        self.subjects.clear();
        self.table_rows.clear();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.text(lower));
        // The furniture flags of the line being read, and the line breaks inside
        // sentences so far (see [`Layout::line`]).
        let (mut furniture, mut breaks) = (0u8, 0usize);
        for &(a, b) in &prep.sentence_tokens {
            let (Some(first), Some(last)) = (tokens.get(a), b.checked_sub(1).and_then(|k| tokens.get(k))) else { continue };
            let s = first.sentence;
            // (A line break in the gap before the first token, a few bytes; or tokens that
            // overlap. A byte or two are read faster one by one than by `contains`, which
            // calls `memchr`.)
            #[allow(clippy::manual_contains)]
            let opens = a == 0 || tokens.get(a - 1).is_none_or(|p| text.as_bytes().get(p.span.end..first.span.start).is_none_or(|g| g.iter().any(|&c| c == b'\n')));
            let mut flags = 0;
            if opens {
                if fields_line(text, tokens, &word, a) {
                    self.table_rows.push(line_span(text.as_bytes(), first.span.start));
                }
                furniture = furniture_at(&word, a);
                // (`Subject:`, `RE:`: the colon right after the word)
                let subject = matches!(text.as_bytes().get(first.span.start..first.span.end), Some(b"Subject" | b"SUBJECT" | b"Re" | b"RE"))
                    && text.as_bytes().get(first.span.end) == Some(&b':');
                if subject {
                    flags |= SUBJECT;
                    self.subjects.extend(doc.sentences.get(s));
                }
                let caption = text.as_bytes().get(first.span.start..first.span.end) == Some(b"FILE") && matches!(word(a + 1), "-" | "–" | "—");
                flags |= OPENS_LINE | (u8::from(alone(text, first, last, b - a, &word, a)) * ALONE) | (u8::from(caption) * FILE_CAPTION);
            } else if a > 0 && matches!(word(a - 1), "." | ")") && list_number_before(text, first.span.start) && alone(text, first, last, b - a, &word, a) {
                // (A numbered heading, `3. Arrests and sanctions`: its number is a sentence
                // of its own.)
                flags |= ALONE;
            }
            if let Some(f) = self.sentences.get_mut(s).filter(|_| flags | furniture != 0) {
                *f = flags | furniture;
            }
            // The sentence's lines: cut where a line break comes inside it.
            // (The sentences are in order, and so are those cut by a line break.)
            while broken.next_if(|&&k| k < s).is_some() {}
            let inner = broken.next_if_eq(&&s).is_some();
            let credits = prep.sentence_lex.get(s).is_some_and(|f| f & crate::lexicon::LAYOUT != 0);
            if !inner {
                // (Most sentences are one line whose first and last bytes rule out every
                // kind: a byline of at most twelve tokens opens with `By` or ends with a
                // capitalised town, a photo credit opens with `p`, `P` or a wire photo's
                // bracket, and the credits are searched only in a sentence that holds one
                // of their words.)
                let at = |t: &Token| text.as_bytes().get(t.span.start).copied().unwrap_or(0);
                let (lead, end) = (at(first), at(last));
                let short = b - a <= 12 && (lead == b'B' || lead == b'(' || end.is_ascii_uppercase() || end >= 0x80);
                if short || credits || matches!(lead, b'p' | b'P') {
                    self.push_line(text, tokens, line_kind(text, tokens, lower, lex, a, b, credits), (a, b), s + breaks);
                }
                continue;
            }
            let mut start = a;
            for k in a + 1..=b {
                if k < b && tokens.get(k).is_none_or(|t| t.flags & LINE_BEFORE == 0) {
                    continue;
                }
                self.push_line(text, tokens, line_kind(text, tokens, lower, lex, start, k, credits), (start, k), s + breaks);
                if k < b {
                    breaks += 1;
                    start = k;
                    if let Some(t) = tokens.get(k).filter(|_| fields_line(text, tokens, &word, k)) {
                        self.table_rows.push(line_span(text.as_bytes(), t.span.start));
                    }
                }
            }
        }
        self.masthead = doc.paragraphs.first().and_then(|&p| masthead(text, p, tokens, lower, lex, labels > 0));
        if self.masthead.is_some() {
            // (The first line, numbered 0: first in the lines, perhaps of a kind already.)
            match self.lines.first_mut() {
                Some((0, f)) => *f |= MASTHEAD,
                _ => self.lines.insert(0, (0, MASTHEAD)),
            }
        }
        self.title = self.subjects.first().copied().or_else(|| title_line(text, doc.body, self.masthead));
        // The rows of a table: the lines with a tab, or with leader dots on a short line.
        let bytes = text.as_bytes();
        for at in memchr::memchr_iter(b'\t', bytes) {
            if self.table_rows.last().is_none_or(|r| r.end < at) {
                self.table_rows.push(line_span(bytes, at));
            }
        }
        for at in memchr::memmem::find_iter(bytes, b"....") {
            let line = line_span(bytes, at);
            // (Each run of dots is found again and again on its line: the duplicates go
            // in the sort below.)
            if line.end - line.start <= 160 && self.table_rows.last() != Some(&line) {
                self.table_rows.push(line);
            }
        }
        if !self.table_rows.is_empty() {
            self.table_rows.sort_unstable_by_key(|r| r.start);
            self.table_rows.dedup();
        }
    }

    /// Notes that line `n`, tokens `a..b`, is of the kind `kind` (nothing for a line of
    /// none), and the `in` of a [`REPORTERS`] line.
    #[inline]
    fn push_line(&mut self, text: &str, tokens: &[Token], kind: u8, (a, b): (usize, usize), n: usize) {
        if kind == 0 {
            return;
        }
        self.lines.push((n as u32, kind));
        if kind & REPORTERS != 0 {
            if let Some(k) = (a..b).rev().find(|&k| tokens.get(k).is_some_and(|t| t.text(text) == "in")) {
                self.reporters_in.push(k as u32);
            }
        }
    }

    /// Whether token `i` (an `in`) follows a reporter's name in a byline: `By Amara
    /// Jayasuriya in …`, `and Tom Whitfield in …` after such a name (see [`by_line_in`]),
    /// or the `in` before the town of a byline without `By` ([`REPORTERS`]: `Grace Leung
    /// and Tom Whitfield in Hong Kong`).
    pub fn byline_in(&self, text: &str, tokens: &[Token], lower: &str, i: usize) -> bool {
        self.reporters_in.contains(&(i as u32)) || by_line_in(text, tokens, lower, i)
    }
}

/// The line around byte `at` of `bytes`, from the line break before it to the one after
/// (or the text's ends).
fn line_span(bytes: &[u8], at: usize) -> Span {
    let at = at.min(bytes.len());
    let start = bytes.get(..at).and_then(|b| memchr::memrchr(b'\n', b)).map_or(0, |p| p + 1);
    let end = bytes.get(at..).and_then(|b| memchr::memchr(b'\n', b)).map_or(bytes.len(), |p| at + p);
    Span::new(start, end)
}

/// Whether the line that token `a` opens is a line of figures, a tally ([`Layout::table_row`]):
/// it opens with a field, a capitalised label of at most five words, a colon and a count
/// (`Killed: 17`, `Detained since 16 December: over 130`), and either another field
/// follows after a bar (`Killed: 2 | Injured: over 40`) or nothing but a note in brackets
/// follows the count (`Arrests: 12`, `Killed: 17 (16 in Zhanaozen)`); not a clock
/// (`UPDATE: 3:05 p.m. Thursday – …`, `Published: 6:45am`), nor a line that goes on
/// telling (`Tehran: 3 protesters were killed …`).
fn fields_line<'w>(text: &str, tokens: &[Token], word: &impl Fn(usize) -> &'w str, a: usize) -> bool {
    if !tokens.get(a).is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_uppercase())) {
        return false;
    }
    let Some(c) = (a + 1..a + 6).find(|&j| word(j) == ":") else { return false };
    let mut j = c + 1;
    while matches!(word(j), "over" | "about" | "at" | "least" | "more" | "than" | "some" | "nearly" | "almost") {
        j += 1;
    }
    if !word(j).starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut depth = 0usize;
    for k in j + 1.. {
        let Some(t) = tokens.get(k) else { return true };
        if t.flags & LINE_BEFORE != 0 || tokens.get(k - 1).and_then(|p| text.as_bytes().get(p.span.end..t.span.start)).is_some_and(|g| g.contains(&b'\n')) {
            return true;
        }
        match t.text(text) {
            "|" => return true,
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            "." if depth == 0 => {}
            _ if depth == 0 => return false,
            _ => {}
        }
    }
    true
}

/// The headline among the first lines of `body` in `text` ([`Layout::title`]): of the
/// first twelve lines up to the first long one (a paragraph of text), leaving out bylines,
/// stamps, notes, list items, numbered headings and lines ending with a comma or a full
/// stop, the first that reads as a sentence (two words or more in lowercase that are not
/// function words: `Hospital porters to strike for six days in April`), its label aside
/// (`OPINION | `, `LIVE | `, and the masthead `masthead` with its separator, if six words
/// or more follow: `PRASTORA LIVE | Belarus after the vote: …`); else the first line of
/// six words or more in capitals after the first (`ZHANAOZEN, FOUR MONTHS ON: A
/// CHRONOLOGY`), else the first line so written.
fn title_line(text: &str, body: Span, masthead: Option<Span>) -> Option<Span> {
    const SKIP: &[&str] = &["By ", "Published", "Updated", "Posted", "Translated", "Edited", "Dear ", "Photo", "PHOTO", "Editor's", "[", "(", "- ", "* ", "• ", "– "];
    const FUNCTION: &[&str] = &["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "de", "del", "la", "el", "y"];
    const SEPARATORS: &[&str] = &[" | ", " · ", " – ", " — "];
    // (The first separator in `line` after byte `from`: its start and end.)
    let separator = |line: &str, from: usize| SEPARATORS.iter().filter_map(|sep| line.get(from..)?.find(sep).map(|k| (from + k, from + k + sep.len()))).min();
    let mut start = body.start;
    let (mut capitals, mut first_capitals) = (None, None);
    for (n, line) in text.get(body.start..body.end)?.split_inclusive('\n').enumerate() {
        let at = start;
        start += line.len();
        let mut trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        // (A paragraph of text ends the lines that open the page.)
        if n >= 12 || trimmed.len() > 200 || trimmed.len() > 100 && trimmed.ends_with('.') {
            break;
        }
        if SKIP.iter().any(|p| trimmed.starts_with(p))
            || trimmed.split_once(' ').is_some_and(|(w, _)| w.len() > 1 && w.ends_with(['.', ')']) && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit()))
            || trimmed.ends_with([',', '.'])
        {
            continue;
        }
        let mut from = at + (line.len() - line.trim_start().len());
        let on_masthead = masthead.filter(|m| m.start >= from && m.start < from + trimmed.len());
        if let Some(m) = on_masthead {
            let Some((_, end)) = separator(trimmed, m.end - from) else { continue };
            trimmed = &trimmed[end..];
            from += end;
        } else if let Some((_, end)) = separator(trimmed, 0).filter(|&(k, _)| trimmed[..k].split_whitespace().count() <= 2 && !trimmed[..k].contains(char::is_lowercase)) {
            // (A section's label before a separator: one or two words in capitals.)
            trimmed = &trimmed[end..];
            from += end;
        }
        let span = Span::new(from, from + trimmed.len());
        // (Its words, those that are numbers, and those in lowercase that are no function words.)
        let (mut words, mut numbers, mut lower) = (0, 0, 0);
        for w in trimmed.split_whitespace() {
            match w.chars().next() {
                Some(c) if c.is_ascii_digit() => numbers += 1,
                Some(c) if c.is_alphabetic() => {
                    words += 1;
                    lower += usize::from(c.is_lowercase() && !FUNCTION.contains(&w));
                }
                _ => {}
            }
        }
        if lower >= 2 && words >= if on_masthead.is_some() { 6 } else { 4 } + numbers {
            return Some(span);
        }
        if on_masthead.is_none() && lower <= 1 && words >= 6 {
            let slot = if span.start == body.start { &mut first_capitals } else { &mut capitals };
            slot.get_or_insert(span);
        }
    }
    capitals.or(first_capitals)
}

/// The words before `by` in a wire story's credits ([`WIRE_CREDITS`]), flagged
/// [`crate::lexicon::LAYOUT`] so that only the sentences holding one are searched.
pub const CREDIT_WORDS: &[&str] = &["reporting", "editing", "writing", "compiled", "produced"];

/// A paragraph `p` of `text` that is a short line with no closing mark: a subheading
/// ([`SUBHEADING`]).
#[inline]
fn subheading(text: &str, p: Span) -> bool {
    // (The length first: most paragraphs are longer. Then the bytes: no line break, at
    // most seven spaces, so at most eight words between them.)
    if p.end.saturating_sub(p.start) >= 60 {
        return false;
    }
    let Some(t) = text.get(p.start..p.end) else { return false };
    let b = t.as_bytes();
    !b.contains(&b'\n') && b.iter().filter(|&&c| c == b' ').count() <= 7 && !t.ends_with(['.', '!', '?', ':', ';', '"', '\'', '”', '’', ')'])
}

/// Where the name before a bracket ends, when the name at byte `start` of `text` opens
/// that bracket as a gloss of it, perhaps after `formerly`, `now` or `also`: another name
/// or the province of the place just named (`Taldykorgan (formerly Taldy-Kurgan)`,
/// `Almaty (Alma-Ata)`, `Karaj (Alborz)`). The events stage places nothing at a gloss,
/// the reader names a place otherwise where it can, and the entities take a name glossed
/// with a province or a country for a place.
pub fn bracket_gloss(text: &str, start: usize) -> Option<usize> {
    let b = text.get(..start)?.trim_end();
    let b = ["formerly", "now", "also"].iter().find_map(|w| b.strip_suffix(w)).unwrap_or(b).trim_end();
    b.strip_suffix('(').map(|b| b.trim_end().len())
}

/// Whether the first line of paragraph `p` of `text` is a page's section label
/// ([`SECTION_LABEL`]).
fn section_label(text: &str, p: Span) -> bool {
    let line = text.get(p.start..p.end).and_then(|t| t.lines().next()).unwrap_or("");
    line.contains(" | ") || line.len() <= 60 && line.bytes().any(|b| b.is_ascii_uppercase()) && !line.bytes().any(|b| b.is_ascii_lowercase())
}

/// The name in the masthead on the first line of `text`, that of its first paragraph `first` (its tokens `tokens`, their
/// lowercase text `lower` and lexicon flags `lex`; `label`: that line is a section label),
/// a leading `The` aside ([`MASTHEAD`]).
fn masthead(text: &str, first: Span, tokens: &[Token], lower: &str, lex: &[u32], label: bool) -> Option<Span> {
    let line_end = text.get(first.start..first.end).and_then(|t| t.find('\n')).map_or(first.end, |n| first.start + n);
    let word = |k: usize| tokens.get(k).filter(|t| t.span.start < line_end).map_or("", |t| t.text(lower));
    let is_word = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.span.start < line_end);
    // (Marks before the name, then the name: words up to the first separator.)
    let start = tokens.partition_point(|t| t.span.start < first.start);
    let a = (start..start + 4).find(|&k| is_word(k))?;
    let b = (a + 1..a + 12).find(|&k| !is_word(k))?;
    let sep = word(b);
    let dash = is_dash(sep);
    if (matches!(sep, "|" | "·") || dash) && (b + 1..b + 4).any(|k| matches!(word(k), "edition" | "edición" | "service")) {
        return Some(Span::new(tokens[a].span.start, tokens[b - 1].span.end));
    }
    // (A line of three parts or more parted by bars or dots is a masthead as a section
    // label is: `SALIHORSK WATCH · Courts · 11 February 2022`.)
    // (A byte search first: most first lines, often a whole paragraph long, hold neither a
    // bar nor a middle dot, `·` being the bytes C2 B7.)
    let line = text.get(first.start..line_end).unwrap_or("");
    let parted_thrice = || memchr::memchr2(b'|', 0xB7, line.as_bytes()).is_some() && line.matches(" · ").count() + line.matches(" | ").count() >= 2;
    if !label && !parted_thrice() {
        return None;
    }
    let a = (a..b).find(|&k| word(k) != "the")?;
    let raw = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let parted = matches!(sep, "·" | "|" | "•") || dash || sep == "(" && crate::tokens::is_acronym(raw(b + 1)) && word(b + 2) == ")";
    // (The whole line, or the name before its acronym, ending with an organisation's
    // word: `KAVOSH HUMAN RIGHTS NETWORK`, `JOINT COUNCIL OF TRADE UNIONS (JCTU)`.)
    let whole = sep.is_empty() && label;
    let head = (whole || sep == "(") && b - a >= 2 && lex.get(b - 1).is_some_and(|&f| crate::lexicon::org_head(f));
    let named = (a..b).any(|k| lex.get(k).is_some_and(|&f| crate::lexicon::name_word(f, word(k))));
    let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    ((parted && named || head && (named || b - a >= 3)) && crate::gazetteer::lookup(text.get(span.start..span.end).unwrap_or("")).is_none()).then_some(span)
}

/// The headline of `doc` whose first `labels` paragraphs are section labels
/// ([`Layout::headline`]).
fn headline(doc: &Document, labels: usize) -> Option<Span> {
    let para = doc.paragraphs.get(labels)?;
    let first = doc.sentences.get(doc.sentences.partition_point(|s| s.start < para.start))?;
    let text = doc.text.get(first.start..first.end)?.trim_end_matches(['"', '\'', '’', '”']);
    (first == para && doc.paragraphs.len() > labels + 1 && !text.ends_with(['.', '!', '?', ':'])).then_some(*first)
}

/// The furniture flags ([`LINK`], [`CORRECTION`]) of a line whose first token is `a`
/// (`word` gives each token's lowercase text, `""` past the end).
fn furniture_at<'w>(word: &impl Fn(usize) -> &'w str, a: usize) -> u8 {
    let w = |j: usize| word(a + j);
    let (link, correction) = match w(0) {
        "read" | "see" => (matches!(w(1), "more" | "also"), false),
        "also" => (w(1) == "read", false),
        "related" => (matches!(w(1), ":" | "coverage" | "topics" | "stories"), false),
        // (`Top Stories`, `Most Read`: a page's lists of other stories)
        "top" => (w(1) == "stories", false),
        "most" => (matches!(w(1), "read" | "viewed" | "popular"), false),
        "watch" | "listen" => (w(1) == ":", false),
        "more" => (w(1) == "on" && w(2) == "this", false),
        // (`Correction 12 November: An earlier version …`)
        "correction" | "clarification" => (false, (1..=4).any(|j| w(j) == ":")),
        "this" => (false, matches!(w(1), "article" | "story") && matches!(w(2), "was" | "has")),
        "an" => (false, w(1) == "earlier" && w(2) == "version"),
        // (A wire update's note to editors, `(Adds Bukan shooting in paragraphs 9-10)`,
        // `(Updates with death toll)`: what the story adds, told again below)
        "(" => (false, matches!(w(1), "adds" | "updates" | "recasts" | "corrects" | "rewrites" | "repeats" | "writes")),
        _ => (false, false),
    };
    (u8::from(link) * LINK) | (u8::from(correction) * CORRECTION)
}

/// Whether the sentence of `n` tokens from `first` (token `a`) to `last` stands alone on
/// its line ([`ALONE`]).
fn alone<'w>(text: &str, first: &Token, last: &Token, n: usize, word: &impl Fn(usize) -> &'w str, a: usize) -> bool {
    // (Longer, a line in capitals: `KURDISTAN – KILLING AT CHECKPOINT, BAZAAR STRIKE`.)
    if n > 6 && (n > 16 || text.get(first.span.start..last.span.end).is_none_or(|l| l.chars().any(char::is_lowercase))) {
        return false;
    }
    let closing = (a..a + n).rev().map(word).find(|w| !matches!(*w, "\"" | "'" | "”" | "’" | ")"));
    if matches!(closing, Some("." | "!" | ":" | "…")) {
        return false;
    }
    let before = text.get(..first.span.start).unwrap_or("");
    let after = text.get(last.span.end..).unwrap_or("");
    (before.trim_end_matches([' ', '\t']).ends_with('\n') || list_number_before(text, first.span.start)) && after.trim_start_matches([' ', '\t', '\r']).starts_with('\n')
}

/// Whether the line holding byte `start` holds only a list's number before it (`3. `,
/// `IV) `, `b) `), the number at a line's start.
fn list_number_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else { return false };
    let Some(nl) = before.rfind('\n') else { return false };
    let Some(n) = before.get(nl + 1..).map(str::trim).and_then(|l| l.strip_suffix(['.', ')'])) else { return false };
    (1..=4).contains(&n.len())
        && (n.bytes().all(|b| b.is_ascii_digit()) || n.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) || n.len() == 1 && n.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The kind of the line of tokens `a..b` ([`BYLINE`], [`REPORTERS`], [`PHOTO_CREDIT`],
/// [`WIRE_CREDITS`]); `credits`: its sentence holds a word of a wire story's credits.
fn line_kind(text: &str, tokens: &[Token], lower: &str, lex: &[u32], a: usize, b: usize, credits: bool) -> u8 {
    let Some(ts) = tokens.get(a..b) else { return 0 };
    let lw = |k: usize| ts.get(k).map_or("", |t| t.text(lower));
    let Some(first) = ts.first() else { return 0 };
    let lead = text.as_bytes().get(first.span.start..first.span.end).unwrap_or(&[]);
    let by = lead == b"By" && ts.len() <= 12;
    let photo = matches!(lead.first(), Some(b'p' | b'P'))
        && matches!(lw(0), "photograph" | "photographs" | "photo" | "photos" | "picture" | "pictures")
        && matches!(lw(1), ":" | "by")
        // (a wire photo's: `(AP Photo/Stanislav Filippov, File)`)
        || lead == b"(" && matches!(lw(2), "photo" | "photos") && lw(3) == "/";
    let wire = credits && (1..ts.len()).any(|k| lw(k) == "by" && CREDIT_WORDS.contains(&lw(k - 1)));
    (u8::from(by) * BYLINE)
        | (u8::from(reporters(text, ts, lower, lex.get(a..b).unwrap_or(&[]))) * REPORTERS)
        | (u8::from(photo) * PHOTO_CREDIT)
        | (u8::from(wire) * WIRE_CREDITS)
}

/// Whether the line `ts` (with the lexicon flags `lex` of its tokens) is a byline without
/// `By` ([`REPORTERS`]).
fn reporters(text: &str, ts: &[Token], lower: &str, lex: &[u32]) -> bool {
    let bytes = text.as_bytes();
    let is = |t: &Token, w: &[u8]| bytes.get(t.span.start..t.span.end) == Some(w);
    let cap = |t: &Token| crate::tokens::is_cap(t.text(text));
    // (The town's last word ends the line: most lines end otherwise.)
    if ts.len() > 12 || !ts.last().is_some_and(cap) {
        return false;
    }
    let Some(k) = ts.iter().rposition(|t| is(t, b"in")) else { return false };
    // (`in Aurora, Colorado`: a town and its state or country after a comma)
    let town = &ts[k + 1..];
    let comma = |t: &Token| is(t, b",");
    let words = town.iter().filter(|t| !comma(t)).count();
    if words == 0 || words > 3 || town.len() > 4 || !town.iter().all(|t| cap(t) || comma(t)) || town.first().is_some_and(comma) {
        return false;
    }
    // (The names, between `and` and commas: two or three capitalised words each, no
    // function word, one at least no common word.)
    let mut start = 0;
    for j in 0..=k {
        if j < k && !matches!(ts[j].text(text), "and" | ",") {
            continue;
        }
        let (Some(name), Some(flags)) = (ts.get(start..j), lex.get(start..j)) else { return false };
        if !(2..=3).contains(&name.len())
            || !name.iter().zip(flags).all(|(t, &f)| t.kind == TokenKind::Word && cap(t) && !crate::lexicon::function_word(f))
            || !name.iter().zip(flags).any(|(t, &f)| !crate::lexicon::ordinary(f, t.text(lower)))
        {
            return false;
        }
        start = j + 1;
    }
    true
}

/// Whether token `i` (an `in`) follows a reporter's name in a byline with `By`: `By Amara
/// Jayasuriya in …`, and `and Tom Whitfield in …` after such a name (`By` capitalised; one
/// to three capitalised words, no full weekday or month name, between), within its
/// sentence.
fn by_line_in(text: &str, tokens: &[Token], lower: &str, i: usize) -> bool {
    let Some(s) = tokens.get(i).map(|t| t.sentence) else { return false };
    let ws = |k: usize| tokens.get(k).filter(|t| t.sentence == s).map_or("", |t| t.text(lower));
    let cap = |k: usize| tokens.get(k).is_some_and(|t| t.sentence == s && t.kind == TokenKind::Word && t.is_capitalized(text));
    let mut k = i;
    let mut names = 0;
    // (a full month or weekday name, as the timex lexicon knows them)
    let calendar = |w: &str| {
        crate::timex::lexicon::month(w).is_some_and(|(_, short)| !short) || crate::timex::lexicon::weekday(w).is_some_and(|(_, plural)| !plural)
    };
    // (`By` itself ends the names: `By Amara Jayasuriya in Colombo` has two.)
    while names < 3 && k > 0 && cap(k - 1) && !calendar(ws(k - 1)) && ws(k - 1) != "by" {
        k -= 1;
        names += 1;
    }
    if names == 0 || k == 0 {
        return false;
    }
    let by = |j: usize| tokens.get(j).is_some_and(|t| t.sentence == s && t.text(text) == "By");
    by(k - 1) || ws(k - 1) == "and" && (k.saturating_sub(12)..k - 1).any(by)
}

/// Whether `span` of `text` is the place of a wire dateline, as the events stage reads
/// one: a name in capitals opening its line, followed by a comma, a bracket or a dash
/// (`DUBAI, Oct 8 -`, `MINSK (AP) —`), or a name in brackets before a dash (`(Berlin) –`).
pub fn dateline_place(text: &str, span: Span) -> bool {
    // (A byte test first, without decoding: a dateline's name is followed, past spaces, by
    // `,`, `(`, `-` or a dash (`–`, `—`: the byte E2 first), unless it stands in brackets.)
    let bytes = text.as_bytes();
    let next = bytes.get(span.end..).and_then(|a| a.iter().find(|&&b| b != b' '));
    let bracketed = span.start.checked_sub(1).and_then(|k| bytes.get(k)) == Some(&b'(');
    if !bracketed && !matches!(next, Some(b',' | b'(' | b'-' | 0xE2)) {
        return false;
    }
    let (Some(name), Some(before), Some(after)) = (text.get(span.start..span.end), text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    // (The cheap tests first: what follows, then the white space back to the line's
    // start, read back from the name only as far as its first other character.)
    let opens_line = |before: &str| before.chars().rev().find(|&c| c == '\n' || !c.is_whitespace()).is_none_or(|c| c == '\n');
    // (`(Berlin) – Kazakh security forces …`: a rights group's dateline, in brackets)
    let before = past_header(before);
    if let (Some(b), Some(a)) = (before.strip_suffix('('), after.strip_prefix(") ")) {
        return opens_line(b) && a.starts_with(['-', '–', '—']);
    }
    after.trim_start_matches(' ').starts_with([',', '(', '-', '–', '—'])
        && opens_line(before)
        && name.chars().all(|c| !c.is_lowercase())
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// `before`, the text before a place or a date, without the document's header when it
/// shares the first line with them (`date 2024-06-03 COLOMBO, June 3 (Agency) -`): the
/// line then opens after the header.
fn past_header(before: &str) -> &str {
    match before.trim_start().strip_prefix("date ").and_then(|r| r.get(10..).map(|rest| (r, rest))) {
        Some((r, rest)) if rest.starts_with(' ') && !rest.contains('\n') && r.as_bytes()[..10].iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() }) => {
            rest.trim_start_matches(' ')
        }
        _ => before,
    }
}

/// Whether the date at `span` of `text` is a dateline's (`SANTIAGO, Sept 8 (Agency) -`,
/// `OAKLAND, Calif., May 2 (AP) —`): after a name in capitals that opens its line, before
/// a bracket or a dash.
pub fn dateline_date(text: &str, span: Span) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else { return false };
    // (The cheap tests first: what follows, what comes just before, then the line.)
    if !after.trim_start_matches(' ').starts_with(['(', '-', '–', '—']) || !before.ends_with(", ") {
        return false;
    }
    let line = past_header(before.rsplit('\n').next().unwrap_or(before));
    let name = line.split(',').next().unwrap_or("").trim();
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && name.chars().all(|c| !c.is_lowercase())
}

/// Whether the day at tokens `start..end` of a sentence's tokens `ts` (`words`: their
/// lowercase texts) is a dateline's, as the timex stage reads one: after the capitalised
/// name that opens the line (perhaps after a bullet) and a comma, before a colon, a dash
/// or a bracket (`JAFFNA, Tuesday:`, `COLOMBO, 5 March:`, `POINT PEDRO, Monday —`).
pub fn dateline_day(text: &str, ts: &[Token], words: &[&str], start: usize, end: usize) -> bool {
    let w = |k: usize| words.get(k).copied().unwrap_or("");
    if start < 2 || w(start - 1) != "," || !matches!(w(end), ":" | "—" | "–" | "-" | "(") {
        return false;
    }
    let opens = |k: usize| k == 0 || k == 1 && matches!(w(0), "-" | "•" | "*" | "–" | "—");
    // (An ASCII first byte, most often, is read alone: no character decoded.)
    let cap = |t: &Token| match text.as_bytes().get(t.span.start) {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => t.text(text).chars().next().is_some_and(char::is_uppercase),
    };
    let first = (start.saturating_sub(4)..start - 1).find(|&k| opens(k));
    first.is_some_and(|f| ts.get(f..start - 1).is_some_and(|name| name.iter().all(|t| t.kind == TokenKind::Word && cap(t))))
}

/// A token as a stage that reads the words of a line in its own way (the entity stage:
/// `U.S.` one word, `Aktau-based` trimmed) gives it to [`dateline_words`].
pub(crate) trait LineWord {
    /// The token's text as the document has it.
    fn text(&self) -> &str;
    /// A word (not a number or punctuation).
    fn is_word(&self) -> bool;
    /// It may open a sentence's words: its line's first, or after an opening mark.
    fn opens(&self) -> bool;
    /// An ordinary word (for a dateline that is no label of ordinary words).
    fn ordinary(&self) -> bool;
}

/// A dash as a dateline ends with: `KORVEL —`, `TAMSK (Reuters) -`.
pub(crate) fn is_dash(t: &str) -> bool {
    matches!(t, "—" | "–" | "-" | "--")
}

/// Whether words `a..b` of `ts` stand as a dateline's name does, as the entity stage reads
/// one: a line's first words (or the first after an opening mark), in capitals, before a
/// dash that follows at once or after a place, a date or an agency (`KORVEL, Kazakhstan
/// —`, `TAMSK (Reuters) —`, `LONDON, Dec 5 (Reuters) -`, `PROVIDENCE —`), with no lowercase
/// word between. `labels`: also a label of ordinary words (`BREAKING —`, `LIVE UPDATES -`),
/// which names no place.
pub(crate) fn dateline_words<W: LineWord>(ts: &[W], a: usize, b: usize, labels: bool) -> bool {
    let caps = |t: &W| {
        let w = t.text();
        // (A lowercase second letter, as in most words, is enough: `Korvel`, `said`.)
        t.is_word() && !w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
    };
    if !ts.get(a).is_some_and(W::opens) || !ts.get(a..b).is_some_and(|w| w.iter().all(caps)) {
        return false;
    }
    let dash = ts
        .iter()
        .skip(b)
        .take(8)
        .take_while(|t| !t.is_word() || !t.text().starts_with(char::is_lowercase))
        .enumerate()
        .any(|(k, t)| is_dash(t.text()) && (k == 0 || matches!(ts[b].text(), "," | "(")));
    dash && (labels || !ts.get(a..b).is_some_and(|w| w.iter().all(W::ordinary)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read_document;
    use crate::tokens::Prepared;

    /// The prepared document of `body` (after a date header).
    fn prep(body: &str) -> (Document, Prepared) {
        let doc = read_document("t.txt", format!("date 2024-05-06\n\n{body}").as_bytes()).unwrap();
        let p = Prepared::new(&doc);
        (doc, p)
    }

    /// The flags of the sentence holding the first token whose text is `word`.
    fn sentence_of(doc: &Document, p: &Prepared, word: &str) -> u8 {
        let t = p.tokens.iter().find(|t| t.text(&doc.text) == word).unwrap();
        p.layout.sentence(t.sentence)
    }

    /// The line number (see [`Layout::line`]) of the first token whose text is `word`.
    fn line_of(doc: &Document, p: &Prepared, word: &str) -> usize {
        let mut breaks = 0;
        for (k, t) in p.tokens.iter().enumerate() {
            if k > 0 && t.flags & LINE_BEFORE != 0 && p.tokens[k - 1].sentence == t.sentence {
                breaks += 1;
            }
            if t.text(&doc.text) == word {
                return t.sentence + breaks;
            }
        }
        panic!("no {word}")
    }

    #[test]
    fn bylines_with_and_without_by() {
        let (doc, p) = prep("Strike Spreads\n\nBy Claire Dubois and Marc Lefevre\n\nWorkers walked out on Monday in Korvel.");
        assert_eq!(p.layout.line(line_of(&doc, &p, "Claire")), BYLINE);
        assert_eq!(p.layout.line(line_of(&doc, &p, "Workers")), 0);
        let (doc, p) = prep("Grace Leung and Tom Whitfield in Hong Kong\n\nThousands marched on Sunday.");
        assert_eq!(p.layout.line(line_of(&doc, &p, "Grace")), REPORTERS);
        // (a town with its state after a comma)
        let (doc, p) = prep("Maya Okonkwo in Aurora, Colorado\n\nThousands marched on Sunday.");
        assert_eq!(p.layout.line(line_of(&doc, &p, "Maya")), REPORTERS);
        // (a sentence is no byline: it ends with a full stop, and its words are no names)
        let (doc, p) = prep("Police officers in Tamsk said so.\n\nThe strike went on in Korvel");
        assert_eq!(p.layout.line(line_of(&doc, &p, "Police")), 0);
        assert_eq!(p.layout.line(line_of(&doc, &p, "strike")), 0);
        // (the events' byline: the `in` after the names)
        let (doc, p) = prep("By Amara Jayasuriya in Colombo and Tom Whitfield in London\n\nText.");
        let ins: Vec<usize> = (0..p.tokens.len()).filter(|&k| p.tokens[k].text(&doc.text) == "in").collect();
        assert!(ins.iter().all(|&k| p.layout.byline_in(&doc.text, &p.tokens, &p.lower, k)));
        let (doc, p) = prep("Protesters gathered in Colombo on Monday.");
        let k = p.tokens.iter().position(|t| t.text(&doc.text) == "in").unwrap();
        assert!(!p.layout.byline_in(&doc.text, &p.tokens, &p.lower, k));
        // (a byline without `By`: its `in` too)
        let (doc, p) = prep("Grace Leung and Tom Whitfield in Hong Kong\n\nThousands marched on Sunday.");
        let k = p.tokens.iter().position(|t| t.text(&doc.text) == "in").unwrap();
        assert!(p.layout.byline_in(&doc.text, &p.tokens, &p.lower, k));
    }

    #[test]
    fn lines_inside_a_sentence() {
        // (Line breaks inside a paragraph whose lines do not end sentences: each line is a
        // line of its own, numbered as the entity stage numbers them.)
        let (doc, p) = prep("Workers in Korvel walked out\nBy Jane Roe and Tom Hale\nPhoto: Ivan Sung/AFP\nand marched to the square on Monday.");
        assert!(!p.broken.is_empty());
        assert_eq!(p.layout.line(line_of(&doc, &p, "Jane")), BYLINE);
        assert_eq!(p.layout.line(line_of(&doc, &p, "Photo")), PHOTO_CREDIT);
        assert_eq!(p.layout.line(line_of(&doc, &p, "Workers")), 0);
        assert_eq!(p.layout.line(line_of(&doc, &p, "marched")), 0);
    }

    #[test]
    fn credits() {
        let (doc, p) = prep("Marchers in Yangon.\nPhotograph: Ivan Sung/AFP via Getty Images\n\n(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)");
        assert_eq!(p.layout.line(line_of(&doc, &p, "Photograph")), PHOTO_CREDIT);
        assert_eq!(p.layout.line(line_of(&doc, &p, "Reporting")), WIRE_CREDITS);
        assert_eq!(p.layout.line(line_of(&doc, &p, "Marchers")), 0);
        // (a wire photo's caption of an earlier day, before its credit)
        let (doc, p) = prep("FILE - Miners gather outside the office on Jan. 6, 2022.\n\nFile photos were shown.");
        assert_eq!(sentence_of(&doc, &p, "Miners") & FILE_CAPTION, FILE_CAPTION);
        assert_eq!(sentence_of(&doc, &p, "photos") & FILE_CAPTION, 0);
        // (a wire photo's credit on its own line)
        let (doc, p) = prep("Miners gather outside the office.\n(AP Photo/Arman Seitov, File)\n\nThe strike went on.");
        assert_eq!(p.layout.line(line_of(&doc, &p, "AP")), PHOTO_CREDIT);
    }

    #[test]
    fn links_and_corrections() {
        let (doc, p) = prep(
            "Workers struck in Korvel.\n\nRead more: Students form human chains. They did.\n\nCorrection 12 November: An earlier version gave the wrong date.\n\nThis article was amended on 15 October.",
        );
        assert_eq!(sentence_of(&doc, &p, "Workers"), OPENS_LINE);
        assert_eq!(sentence_of(&doc, &p, "Read"), OPENS_LINE | LINK);
        // (every sentence of the line)
        assert_eq!(sentence_of(&doc, &p, "They"), LINK);
        assert_eq!(sentence_of(&doc, &p, "Correction"), OPENS_LINE | CORRECTION);
        assert_eq!(sentence_of(&doc, &p, "This"), OPENS_LINE | CORRECTION);
        // (a wire update's note to editors)
        let (doc, p) = prep("UPDATE 2-Dockers strike\n\n(Adds arrests in paragraph 5)\n\nDockers struck in Korvel.");
        assert_eq!(sentence_of(&doc, &p, "Adds") & CORRECTION, CORRECTION);
        assert_eq!(sentence_of(&doc, &p, "Korvel") & CORRECTION, 0);
        // (a page's lists of other stories)
        let (doc, p) = prep("Workers struck in Korvel.\n\nTop Stories\n\nMost Read\n\nRelated Topics");
        for heading in ["Top", "Most", "Related"] {
            assert_eq!(sentence_of(&doc, &p, heading) & LINK, LINK, "{heading}");
        }
        assert_eq!(sentence_of(&doc, &p, "Workers") & LINK, 0);
    }

    #[test]
    fn headings_alone_on_their_line() {
        let (doc, p) = prep("Workers struck in Korvel on Monday.\n\nRail strikes\n\nTrains stopped on Tuesday.\n\nConditions of detention:\n\nMore text.");
        assert_eq!(sentence_of(&doc, &p, "Rail"), OPENS_LINE | ALONE);
        assert_eq!(sentence_of(&doc, &p, "Trains"), OPENS_LINE);
        // (a closing colon: no heading)
        assert_eq!(sentence_of(&doc, &p, "Conditions"), OPENS_LINE);
        let para = |word: &str| {
            let t = p.tokens.iter().find(|t| t.text(&doc.text) == word).unwrap();
            doc.paragraphs.iter().position(|q| q.contains(t.span)).map_or(0, |k| p.layout.paragraph(k))
        };
        assert_eq!(para("Rail"), SUBHEADING);
        assert_eq!(para("Trains"), 0);
        assert_eq!(para("Conditions"), 0);
    }

    #[test]
    fn section_labels_and_the_headline() {
        let (doc, p) = prep("LOCAL NEWS | LABOUR\n\nBus drivers walk out in Korvel\n\nDrivers struck on Monday.\n\nMore text.");
        assert_eq!(p.layout.paragraph(0), SUBHEADING | SECTION_LABEL);
        assert_eq!(p.layout.paragraph(1) & SECTION_LABEL, 0);
        assert_eq!(p.layout.headline().map(|h| doc.slice(h)), Some("Bus drivers walk out in Korvel"));
        // (a headline in running case straight away; none when the first line ends a sentence)
        let (doc, p) = prep("Bus drivers walk out in Korvel\n\nDrivers struck on Monday.");
        assert_eq!(p.layout.paragraph(0), SUBHEADING);
        assert_eq!(p.layout.headline().map(|h| doc.slice(h)), Some("Bus drivers walk out in Korvel"));
        let (_, p) = prep("Drivers struck on Monday.\n\nMore text.");
        assert_eq!(p.layout.headline(), None);
    }

    #[test]
    fn the_title_a_reader_names() {
        let title = |body: &str| {
            let (doc, p) = prep(body);
            p.layout.title().map(|t| doc.slice(t).to_string())
        };
        // (the masthead's line, a label and the byline and stamp are passed over)
        let page = "KORVEL HERALD · Labour\nBUSINESS | WORK\n\nDrivers walk out at the Korvel depot over unpaid shifts\n\nBy Ana Petrova\nPublished 6 May 2024\n\nDrivers struck on Monday.";
        assert_eq!(title(page).as_deref(), Some("Drivers walk out at the Korvel depot over unpaid shifts"));
        // (a label before the bar is cut off; a numbered heading is not a title)
        assert_eq!(title("OPINION | A strike is not a holiday\n\nThe union says so.").as_deref(), Some("A strike is not a holiday"));
        assert_eq!(
            title("TALVA RIGHTS MONITOR – WEEKLY BULLETIN No. 12\n\n1. KORVEL – PICKETS MET WITH BATONS AND DOGS\n\nPolice beat pickets.").as_deref(),
            Some("TALVA RIGHTS MONITOR – WEEKLY BULLETIN No. 12")
        );
        // (the headline after the masthead on its line)
        let (doc, p) = prep("KORVEL HERALD | Korvel after the vote: pickets return to the depot gates at dawn\n\nDrivers struck on Monday.");
        assert_eq!(p.layout.masthead().map(|m| doc.slice(m)), Some("KORVEL HERALD"));
        assert_eq!(p.layout.title().map(|t| doc.slice(t)), Some("Korvel after the vote: pickets return to the depot gates at dawn"));
        // (a memo's subject line comes first; a text that opens with its paragraph has none)
        assert_eq!(title("FIELD NOTE No. 3\nSubject: Walkout at the Korvel depot\n\nDrivers struck.").as_deref(), Some("Subject: Walkout at the Korvel depot"));
        assert_eq!(title("Drivers struck on Monday in Korvel, the union said.\n\nMore text."), None);
    }

    #[test]
    fn mastheads() {
        let name = |body: &str| {
            let (doc, p) = prep(body);
            assert_eq!(p.layout.line(0) & MASTHEAD != 0, p.layout.masthead().is_some());
            p.layout.masthead().map(|m| doc.slice(m).to_string())
        };
        assert_eq!(name("Steppe Herald | English edition\n\nDrivers walk out\n\nText."), Some("Steppe Herald".into()));
        assert_eq!(name("THE KORVEL REVIEW · LONG READ\n\nDrivers walk out\n\nText."), Some("KORVEL REVIEW".into()));
        assert_eq!(name("KAVAR RIGHTS WATCH (KRW)\nBULLETIN 4\n\nDrivers walk out\n\nText."), Some("KAVAR RIGHTS WATCH".into()));
        // (ordinary words, a known place, a headline with a dash)
        assert_eq!(name("LOCAL NEWS | POLITICS\n\nDrivers walk out\n\nText."), None);
        assert_eq!(name("SRI LANKA · POLITICS\n\nDrivers walk out\n\nText."), None);
        assert_eq!(name("Korvel drivers – the strike goes on\n\nText."), None);
    }

    #[test]
    fn tokens_opening_a_line_and_subject_lines() {
        // (A line break inside a sentence, one before a sentence, and none.)
        let (doc, p) = prep("Killed: 17 | Injured: 40\nDetained: 90\n\nSubject: Walkout at the depot\n\nDrivers struck. Re: nothing.");
        let at = |w: &str| p.tokens.iter().position(|t| t.text(&doc.text) == w).unwrap();
        assert!(p.layout.opens_line(&p.tokens, at("Killed")));
        assert!(!p.layout.opens_line(&p.tokens, at("Injured")));
        assert!(p.layout.opens_line(&p.tokens, at("Detained")));
        assert!(p.layout.opens_line(&p.tokens, at("Drivers")));
        assert!(!p.layout.opens_line(&p.tokens, at("Re")));
        // (a memo's subject line titles the text; a `Re:` inside a line does not)
        assert_eq!(sentence_of(&doc, &p, "Walkout") & SUBJECT, SUBJECT);
        assert_eq!(sentence_of(&doc, &p, "Re") & SUBJECT, 0);
        let t = p.tokens[at("Walkout")].sentence;
        assert!(p.layout.titles(doc.sentences[t]) && p.layout.titled());
        assert!(!p.layout.titles(doc.sentences[p.tokens[at("Drivers")].sentence]));
    }

    #[test]
    fn rows_of_a_table() {
        let (doc, p) = prep("Killed: 17 (3 in Oskemen) | Injured: over 40\nArrests: 12\nMethods\tStrike action, sit-in\nJailed since May ........ 31\n\nUPDATE: 3:05 p.m. Friday – Drivers struck.\nTehran: 3 protesters were killed.\nGuards shot 4 people: 2 died.");
        let row = |w: &str| p.layout.table_row(p.tokens.iter().find(|t| t.text(&doc.text) == w).unwrap().span.start);
        for w in ["Killed", "Oskemen", "Injured", "40", "Arrests", "Methods", "Strike", "Jailed", "31"] {
            assert!(row(w), "{w}");
        }
        for w in ["UPDATE", "Drivers", "Tehran", "killed", "Guards", "died"] {
            assert!(!row(w), "{w}");
        }
    }

    #[test]
    fn bracket_glosses() {
        let t = "in Taldykorgan (formerly Taldy-Kurgan) and Karaj ( Alborz) and (Minsk)";
        let at = |w: &str| t.find(w).unwrap();
        assert_eq!(bracket_gloss(t, at("Taldy-")), Some(at(" (formerly")));
        assert_eq!(bracket_gloss(t, at("Alborz")), Some(at(" ( Alborz")));
        assert_eq!(bracket_gloss(t, at("Minsk")), Some(at(" (Minsk")));
        assert_eq!(bracket_gloss(t, at("Karaj")), None);
    }

    #[test]
    fn datelines() {
        let text = "date 2024-05-06\n\nDUBAI, Oct 8 (Wire) - Protests went on.\n(Berlin) – Police came.\nIn DUBAI, too.";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        assert!(dateline_place(text, at("DUBAI")));
        assert!(dateline_place(text, at("Berlin")));
        assert!(!dateline_place(text, Span::new(text.rfind("DUBAI").unwrap(), text.rfind("DUBAI").unwrap() + 5)));
        assert!(dateline_date(text, at("Oct 8")));
        // (The header sharing the first line: `date 2024-06-03 COLOMBO, June 3 (Wire) -`.)
        let first = "date 2024-06-03 COLOMBO, June 3 (Wire) - Police came.";
        assert!(dateline_place(first, Span::new(16, 23)));
        assert!(dateline_date(first, Span::new(25, 31)));
        assert!(!dateline_place("date 2024-06-03 and COLOMBO, June 3 (Wire) - Police came.", Span::new(20, 27)));
        struct W(&'static str, bool);
        impl LineWord for W {
            fn text(&self) -> &str {
                self.0
            }
            fn is_word(&self) -> bool {
                self.0.starts_with(char::is_alphabetic)
            }
            fn opens(&self) -> bool {
                self.1
            }
            fn ordinary(&self) -> bool {
                matches!(self.0, "BREAKING" | "LIVE" | "UPDATES")
            }
        }
        let line = [W("KORVEL", true), W(",", false), W("Kazakhstan", false), W("—", false), W("Workers", false)];
        assert!(dateline_words(&line, 0, 1, false));
        let label = [W("BREAKING", true), W("—", false), W("Workers", false)];
        assert!(!dateline_words(&label, 0, 1, false));
        assert!(dateline_words(&label, 0, 1, true));
        let inside = [W("The", true), W("KORVEL", false), W("—", false)];
        assert!(!dateline_words(&inside, 1, 2, true));
    }
}
