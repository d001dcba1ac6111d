//! Corpus reading: raw file bytes to [`Document`]s with a date, paragraphs and sentences.
//!
//! A document is optional leading white space (a UTF-8 byte-order mark counts as such),
//! a header `date YYYY-MM-DD`, then the text. The header may share its line with the
//! first sentence. Everything here is pure and total: any byte string yields either a
//! [`Document`] (possibly with [`Warning`]s) or a [`Rejected`] with the reason, never a
//! panic. All offsets are UTF-8 byte offsets into [`Document::text`], which is the whole
//! file (header included) decoded lossily, so for valid UTF-8 they are file offsets.

use chrono::{Datelike, NaiveDate};
use crate::tokens::char_at;
use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Something odd about a document that did not stop it from being read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// The document has no `date YYYY-MM-DD` header; it is kept as undated.
    NoDateHeader,
    /// The header names a date that does not exist, e.g. `date 2022-13-45`.
    ImpossibleDate { found: String },
    /// The header starts with `date` but the value is not `YYYY-MM-DD`.
    MalformedDate { found: String },
    /// Bytes that were not valid UTF-8 were replaced with U+FFFD.
    InvalidUtf8 { replaced: usize },
    /// UTF-16 code units that did not form characters (lone surrogates, an odd last
    /// byte) were replaced with U+FFFD.
    InvalidUtf16 { replaced: usize },
    /// A file without a header in which no date was found (not in its name, its
    /// metadata or its first lines); it is kept as undated.
    NoDate,
    /// A date was found but its year is outside 1..=9999 (or it is not a calendar date).
    DateOutOfRange { found: String },
    /// A date field or attribute holds something that is not a date.
    UnreadableDate { found: String },
    /// The file's text was too long to be one document and was cut at sentence ends;
    /// this is part `part` of `parts`.
    Split { part: usize, parts: usize },
}

impl Warning {
    /// The kind of warning, whatever its details (for grouping many alike).
    pub fn kind(&self) -> &'static str {
        match self {
            Warning::NoDateHeader => "no-date-header",
            Warning::ImpossibleDate { .. } => "impossible-date",
            Warning::MalformedDate { .. } => "malformed-date",
            Warning::InvalidUtf8 { .. } => "invalid-utf8",
            Warning::InvalidUtf16 { .. } => "invalid-utf16",
            Warning::NoDate => "no-date",
            Warning::DateOutOfRange { .. } => "date-out-of-range",
            Warning::UnreadableDate { .. } => "unreadable-date",
            Warning::Split { .. } => "split",
        }
    }

    /// A sentence a user can read.
    pub fn message(&self) -> String {
        match self {
            Warning::NoDateHeader => {
                "no `date YYYY-MM-DD` header: the document is kept as undated".to_string()
            }
            Warning::ImpossibleDate { found } => {
                format!("the header date `{found}` does not exist: the document is kept as undated")
            }
            Warning::MalformedDate { found } => format!(
                "the header date `{found}` is not in the form YYYY-MM-DD: the document is kept as undated"
            ),
            Warning::InvalidUtf8 { replaced } => format!(
                "{replaced} invalid UTF-8 sequence{} replaced with \u{FFFD}",
                if *replaced == 1 { " was" } else { "s were" }
            ),
            Warning::InvalidUtf16 { replaced } => format!(
                "{replaced} invalid UTF-16 code unit{} replaced with \u{FFFD}",
                if *replaced == 1 { " was" } else { "s were" }
            ),
            Warning::NoDate => {
                "no date found (no header or date field, none in the file name or the first lines): the document is kept as undated"
                    .to_string()
            }
            Warning::UnreadableDate { found } => {
                format!("the date `{found}` could not be read: the document is kept as undated")
            }
            Warning::DateOutOfRange { found } => format!(
                "the date `{found}` is not a calendar date between the years 1 and 9999: the document is kept as undated"
            ),
            Warning::Split { part, parts } => format!(
                "the text was too long to show as one document, so it was cut at sentence ends into {parts} parts: this is part {part}"
            ),
        }
    }
}

/// Why a file could not be used as a document at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RejectReason {
    /// No bytes, or only white space (and perhaps a date header).
    Empty,
    /// NUL bytes: an image, an archive, a compiled file.
    Binary,
    /// Not UTF-8, UTF-16 or Windows-1252 text: most of it would be replacement characters.
    Undecodable,
    /// Larger than the import accepts (`limit` bytes), so it is not held in memory.
    TooLarge { limit: u64 },
    /// A format Chronicle does not read (PDF, Word, …); `format` names it.
    Unsupported { format: String },
    /// A JSON, JSONL or CSV file (or one line of it) that does not parse; `detail` says
    /// where, e.g. `line 3, column 7: expected value`.
    Malformed { format: String, detail: String },
    /// Records with no usable text (no text column, or every text cell empty).
    NoText { detail: String },
    /// A zip archive refused whole or in part: a bomb, too many entries, nesting too deep,
    /// encrypted, corrupt; `detail` says which.
    Archive { detail: String },
}

/// A file that was skipped, with its name and the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejected {
    pub name: String,
    pub reason: RejectReason,
}

impl Rejected {
    pub fn new(name: &str, reason: RejectReason) -> Rejected {
        Rejected { name: name.to_string(), reason }
    }

    /// A sentence a user can read, starting with the file name.
    pub fn message(&self) -> String {
        let name = &self.name;
        match &self.reason {
            RejectReason::Empty => format!("{name}: the file is empty and was skipped"),
            RejectReason::Binary => {
                format!("{name}: the file is binary (it contains NUL bytes), not text, and was skipped")
            }
            RejectReason::Undecodable => format!(
                "{name}: the file is not text in UTF-8, UTF-16 or Windows-1252 and was skipped"
            ),
            RejectReason::TooLarge { limit } => format!(
                "{name}: the file is larger than {} MiB, too large for the memory available, and was skipped",
                limit >> 20
            ),
            RejectReason::Unsupported { format } => format!(
                "{name}: {format} files cannot be read (save it as text, HTML, CSV or JSON, or a zip of those); skipped"
            ),
            RejectReason::Malformed { format, detail } => format!("{name}: malformed {format} ({detail}), skipped"),
            RejectReason::NoText { detail } => format!("{name}: no text to read ({detail}); skipped"),
            RejectReason::Archive { detail } => format!("{name}: {detail}; skipped"),
        }
    }
}

/// One dated (or undated) text with its structure located.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file stem, e.g. `000_6e568cd1793d9920`.
    pub id: String,
    /// The file name as given.
    pub name: String,
    /// The date from the header, if there is a valid one.
    pub date: Option<NaiveDate>,
    /// The whole file, header included, decoded lossily.
    pub text: String,
    /// The text after the header, trimmed of white space.
    pub body: Span,
    /// Paragraphs: runs of lines separated by blank lines, trimmed.
    pub paragraphs: Vec<Span>,
    /// Sentences in reading order; every sentence lies inside one paragraph.
    pub sentences: Vec<Span>,
    pub warnings: Vec<Warning>,
}

impl Document {
    /// The text of a span. Spans produced by this crate always lie on character
    /// boundaries; a foreign span that does not gives an empty string.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The document as documents of at most about `max` bytes of text each, cut at
    /// sentence ends (inside a longer sentence at white space, else anywhere between
    /// characters), so that no one document is too large to show or to take over in one
    /// go. A short document comes back as it is; parts keep the date and the warnings, add
    /// [`Warning::Split`], and are named `name (part k of n)` with ids `id-pk`.
    pub fn split(self, max: usize) -> Vec<Document> {
        let max = max.max(64);
        if self.body.len() <= max {
            return vec![self];
        }
        let text = &self.text;
        let mut cuts = vec![self.body.start];
        let mut p = self.body.start;
        while self.body.end - p > max {
            let mut limit = p + max;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            // The last sentence end after `p` and not past `limit`.
            let i = self.sentences.partition_point(|s| s.end <= limit);
            let at_sentence = i.checked_sub(1).map(|i| self.sentences[i].end).filter(|&e| e > p);
            let at_space = || text[p..limit].rfind(char::is_whitespace).map(|k| p + k).filter(|&e| e > p);
            p = at_sentence.or_else(at_space).unwrap_or(limit);
            cuts.push(p);
        }
        cuts.push(self.body.end);
        let parts = cuts.len() - 1;
        let pieces = cuts.windows(2).enumerate().filter_map(|(k, w)| {
            let mut warnings = self.warnings.clone();
            warnings.push(Warning::Split { part: k + 1, parts });
            let name = format!("{} (part {} of {parts})", self.name, k + 1);
            let id = format!("{}-p{}", self.id, k + 1);
            Document::build(&name, &id, self.date, text[w[0]..w[1]].to_string(), 0, warnings).ok()
        });
        pieces.collect()
    }

    /// The first sentence, used as the document's title.
    pub fn title(&self) -> &str {
        self.sentences.first().map(|s| self.slice(*s)).unwrap_or("")
    }

    /// Words in the body: white-space separated tokens with a letter or digit.
    pub fn word_count(&self) -> usize {
        self.slice(self.body)
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    }
}

/// Files beyond this many leading bytes are not scanned for NUL bytes.
const BINARY_SNIFF: usize = 8192;

/// Reads one file. `name` is the file name (a path is cut to its last component).
pub fn read_document(name: &str, bytes: &[u8]) -> Result<Document, Rejected> {
    let name = base_name(name);
    if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF)]).is_some() {
        return Err(Rejected::new(name, RejectReason::Binary));
    }
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let replaced = count_invalid_sequences(bytes);
            warnings.push(Warning::InvalidUtf8 { replaced });
            lossy
        }
    };
    read_text(name, text, warnings)
}

/// Reads already decoded text in the document format (header then text); `warnings`
/// are those of the decoding. A file without a header gets [`Warning::NoDateHeader`].
pub fn read_text(name: &str, text: String, warnings: Vec<Warning>) -> Result<Document, Rejected> {
    let header = parse_header(&text);
    let (date, end, problem) = match header {
        Some(h) => (h.date, h.end, h.problem),
        None => (None, 0, Some(Warning::NoDateHeader)),
    };
    let mut warnings = warnings;
    if let Some(w) = problem {
        warnings.insert(0, w);
    }
    let name = base_name(name);
    Document::build(name, stem(name), date, text, end, warnings)
}

/// The last component of a path.
pub fn base_name(name: &str) -> &str {
    // (Both separators are ASCII: the byte after one starts a character.)
    match memchr::memrchr2(b'/', b'\\', name.as_bytes()) {
        Some(i) => name.get(i + 1..).unwrap_or(""),
        None => name,
    }
}

/// The date header at the start of `text`, if there is one: its date (`None` when the
/// value is impossible or malformed, with the warning saying so) and where it ends.
pub fn header_date(text: &str) -> Option<(Option<NaiveDate>, usize, Option<Warning>)> {
    parse_header(text).map(|h| (h.date, h.end, h.problem))
}

impl Document {
    /// A document whose date and text come from elsewhere (a record, a web page, a file
    /// name): `text[..header_end]` is not part of the body (0 for none). Paragraphs and
    /// sentences are found as for the document format. Fails with [`RejectReason::Empty`]
    /// when the body is only white space.
    pub fn build(
        name: &str,
        id: &str,
        date: Option<NaiveDate>,
        text: String,
        header_end: usize,
        warnings: Vec<Warning>,
    ) -> Result<Document, Rejected> {
        let mut start = header_end.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let body = trim_span(&text, Span::new(start, text.len()));
        if body.is_empty() {
            return Err(Rejected::new(name, RejectReason::Empty));
        }
        let paragraphs = split_paragraphs(&text, body);
        let mut sentences = Vec::with_capacity(paragraphs.len() * 4);
        for p in &paragraphs {
            split_sentences_into(&text, *p, &mut sentences);
        }
        Ok(Document {
            id: id.to_string(),
            name: name.to_string(),
            date,
            text,
            body,
            paragraphs,
            sentences,
            warnings,
        })
    }
}

/// The outcome of reading many files: the documents, in input order, and the skipped files.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub rejected: Vec<Rejected>,
}

impl Corpus {
    /// Reads each file (see [`read_document`]), in order. (Room for every document is
    /// made at once when the files say how many they are: a grown list would copy the
    /// documents read so far.)
    pub fn read<'a, I>(files: I) -> Corpus
    where
        I: IntoIterator<Item = (&'a str, &'a [u8])>,
    {
        let files = files.into_iter();
        let mut corpus = Corpus { documents: Vec::with_capacity(files.size_hint().0), rejected: Vec::new() };
        for (name, bytes) in files {
            match read_document(name, bytes) {
                Ok(doc) => corpus.documents.push(doc),
                Err(rejected) => corpus.rejected.push(rejected),
            }
        }
        corpus
    }
}

/// A file name without its last extension (`report.v2.txt` → `report.v2`).
pub fn stem(name: &str) -> &str {
    match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

/// How many invalid UTF-8 sequences `String::from_utf8_lossy` would replace.
pub fn count_invalid_sequences(mut bytes: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return n,
            Err(e) => {
                n += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                bytes = &bytes[skip.max(1).min(bytes.len())..];
            }
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// `span` without the white space (and byte-order marks) at its ends.
fn trim_span(text: &str, span: Span) -> Span {
    // ASCII white space byte by byte: when an ASCII character (or nothing) is left at
    // both ends, that is the answer; else the character rules from the start.
    let bytes = text.as_bytes().get(span.start..span.end).unwrap_or(&[]);
    let ascii_space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let lead = bytes.iter().position(|b| !ascii_space(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !ascii_space(b)).map_or(lead, |e| e + 1);
    let ascii = |i: usize| bytes.get(i).is_none_or(u8::is_ascii);
    if ascii(lead) && (end == lead || ascii(end - 1)) {
        return Span::new(span.start + lead, span.start + end);
    }
    let s = text.get(span.start..span.end).unwrap_or("");
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trimmed = s.trim_matches(is_space);
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

struct Header {
    date: Option<NaiveDate>,
    problem: Option<Warning>,
    /// Where the text after the header starts (0 when there is no header).
    end: usize,
}

/// Finds `date YYYY-MM-DD` after optional white space. A first word `date` followed by
/// a token that starts with a digit is taken as a header even if the value is bad, so
/// that a typo in the header is reported rather than read as the first sentence.
fn parse_header(text: &str) -> Option<Header> {
    let start = text.len() - text.trim_start_matches(is_space).len();
    let rest = &text[start..];
    // (Byte by byte: the keyword, the gap and the digits are ASCII.)
    let (kw, after_kw) = rest.as_bytes().split_at_checked(4)?;
    if !kw.eq_ignore_ascii_case(b"date") {
        return None;
    }
    let gap = after_kw.iter().take_while(|&&b| matches!(b, b' ' | b'\t' | b':')).count();
    if gap == 0 {
        return None;
    }
    let value_start = start + 4 + gap;
    let value_text = text.get(value_start..)?;
    let value = value_text.as_bytes();
    if !value.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // The token ends at white space: ASCII white space found byte by byte, any other
    // after the first non-ASCII character.
    let token_len = match value.iter().position(|&b| b >= 0x80 || matches!(b, b'\t'..=b'\r' | b' ')) {
        Some(k) if value.get(k).is_some_and(|&b| b >= 0x80) => {
            value_text.get(k..).and_then(|r| r.find(char::is_whitespace)).map_or(value_text.len(), |m| k + m)
        }
        Some(k) => k,
        None => value_text.len(),
    };
    let token = &value_text[..token_len];
    let end = value_start + token_len;
    let (date, problem) = match parse_iso_date(token) {
        IsoDate::Valid(d) => (Some(d), None),
        IsoDate::Impossible => (None, Some(Warning::ImpossibleDate { found: token.to_string() })),
        IsoDate::Malformed => (None, Some(Warning::MalformedDate { found: truncate(token, 40) })),
    };
    Some(Header { date, problem, end })
}

fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

enum IsoDate {
    Valid(NaiveDate),
    Impossible,
    Malformed,
}

/// Reads `YYYY-MM-DD` (exactly: four, two and two ASCII digits) from the bytes.
fn parse_iso_date(token: &str) -> IsoDate {
    let b = token.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        b.get(r).filter(|d| d.iter().all(u8::is_ascii_digit)).map(|d| d.iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return IsoDate::Malformed;
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return IsoDate::Malformed;
    }
    // chrono knows a year 0 (1 BC); the calendar the rest of the engine uses starts at 1
    match NaiveDate::from_ymd_opt(y as i32, m, d).filter(|d| d.year() >= 1) {
        Some(d) => IsoDate::Valid(d),
        None => IsoDate::Impossible,
    }
}

/// Splits `body` on blank lines (lines holding only white space); a paragraph of three
/// lines or more, at least three in five of which end a sentence (`.`, `!`, `?`, maybe in
/// quotation marks), is a paragraph a line (text copied from a web page: one line each,
/// no blank line between). Hard-wrapped prose ends few of its lines at a full stop.
/// A list (two lines or more that open with a bullet, `- 7h ago: Tear gas fired`) is a
/// paragraph an item: an item ends where the next bulleted line starts.
fn split_paragraphs(text: &str, body: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut para_start = body.start;
    let mut line_start = body.start;
    // The current paragraph's line starts (after its first), how many of its lines end
    // a sentence, and its bulleted lines (see [`Lines`]).
    let mut lines = Lines::default();
    // Whether the current paragraph has a line yet (blank lines before it are skipped).
    let mut has_line = false;
    loop {
        // (`memchr` searches many bytes at a time.)
        let line_end = text
            .as_bytes()
            .get(line_start..body.end)
            .and_then(|rest| memchr::memchr(b'\n', rest))
            .map_or(body.end, |p| line_start + p);
        let line = text.get(line_start..line_end).unwrap_or("");
        if is_blank(line) {
            if has_line {
                close_paragraph(text, Span::new(para_start, line_start), &mut lines, &mut out);
                has_line = false;
            }
        } else {
            let bullet = opens_with_bullet(line);
            if has_line {
                lines.breaks.push((line_start, bullet));
            } else {
                para_start = line_start;
            }
            has_line = true;
            lines.ended += usize::from(ends_sentence(line));
            lines.bullets += usize::from(bullet);
        }
        if line_end >= body.end {
            break;
        }
        line_start = line_end + 1;
    }
    if has_line {
        close_paragraph(text, Span::new(para_start, body.end), &mut lines, &mut out);
    }
    out
}

/// What [`split_paragraphs`] counts of the lines of a paragraph so far.
#[derive(Default)]
struct Lines {
    /// Where each line after the first starts, and whether it opens with a bullet.
    breaks: Vec<(usize, bool)>,
    /// How many lines end a sentence.
    ended: usize,
    /// How many lines open with a bullet.
    bullets: usize,
}

/// Ends the paragraph `para` with what its `lines` tell (emptied): whole, a paragraph a
/// line, or a paragraph a list item (see [`split_paragraphs`]).
fn close_paragraph(text: &str, para: Span, lines: &mut Lines, out: &mut Vec<Span>) {
    let n = lines.breaks.len() + 1;
    let a_line = n >= 3 && lines.ended * 5 >= n * 3;
    if a_line || lines.bullets >= 2 {
        let mut from = para.start;
        for &(b, bullet) in lines.breaks.iter() {
            if a_line || bullet {
                push_trimmed(text, Span::new(from, b), out);
                from = b;
            }
        }
        push_trimmed(text, Span::new(from, para.end), out);
    } else {
        push_trimmed(text, para, out);
    }
    lines.breaks.clear();
    (lines.ended, lines.bullets) = (0, 0);
}

/// Whether `line` opens with a list bullet and a space: `-`, `*`, `•`, `–`, `—`, `·`,
/// `▪`, `►` after any indentation.
fn opens_with_bullet(line: &str) -> bool {
    let mut chars = line.trim_start_matches([' ', '\t']).chars();
    matches!(chars.next(), Some('-' | '*' | '•' | '–' | '—' | '·' | '▪' | '►')) && chars.next() == Some(' ')
}

/// Whether `line` ends with `.`, `!`, `?` or `…`, perhaps before closing quotation marks
/// or a bracket and white space.
fn ends_sentence(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = b.len();
    while i > 0 {
        match b[i - 1] {
            b' ' | b'\t' | b'\r' | b'"' | b'\'' | b')' => i -= 1,
            // `’` and `”` (E2 80 99, E2 80 9D)
            0x99 | 0x9D if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 => i -= 3,
            b'.' | b'!' | b'?' => return true,
            // `…` (E2 80 A6)
            0xA6 => return i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80,
            _ => return false,
        }
    }
    false
}

/// True when `line` holds only white space.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        None => true,
        Some(&b) if b < 0x80 && !matches!(b, b'\t'..=b'\r' | b' ') => false,
        _ => line.chars().all(is_space),
    }
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let t = trim_span(text, span);
    if !t.is_empty() {
        out.push(t);
    }
}

/// Whether a full stop closes a clock time's `a.m.` or `p.m.` that a weekday or a time
/// zone follows (`a curfew from 8 p.m. Friday`, `Updated 7:42 a.m. EDT Apr. 22`): the day
/// belongs to the time, no sentence ends.
fn meridiem_before_day(before: &str, after: &str) -> bool {
    // (Most sentences end otherwise: two bytes tell.)
    if !before.as_bytes().ends_with(b".m") && !before.as_bytes().ends_with(b".M") {
        return false;
    }
    let word = last_word(before);
    if !(word.eq_ignore_ascii_case("p.m") || word.eq_ignore_ascii_case("a.m")) {
        return false;
    }
    // The next word in lowercase, in a buffer (no allocation): a weekday or a zone as the
    // timex stage knows them (not `local` nor `time`, which open sentences too).
    let next = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let mut buf = [0u8; 9];
    let Some(b) = buf.get_mut(..next.len()) else { return false };
    b.copy_from_slice(next.as_bytes());
    b.make_ascii_lowercase();
    let w = std::str::from_utf8(b).unwrap_or("");
    use crate::timex::lexicon::{weekday, zone_word};
    weekday(w).is_some() || zone_word(w) && !matches!(w, "local" | "time")
}

/// The last word of `before`: what follows its last white space, `(`, `“` or `"`.
fn last_word(before: &str) -> &str {
    // Byte by byte from the end while the text is ASCII (no call through the general
    // character pattern for each byte).
    let bytes = before.as_bytes();
    match bytes.iter().rposition(|&b| b >= 0x80 || is_word_end(b)) {
        Some(k) if bytes.get(k).is_some_and(|&b| b >= 0x80) => {
            before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("")
        }
        Some(k) => before.get(k + 1..).unwrap_or(""),
        None => before,
    }
}

/// An ASCII byte that ends a word for [`last_word`]: white space, `(` or `"`.
fn is_word_end(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | b'(' | b'"')
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n",
    "approx", "est", "dept", "univ", "mt", "ft",
    // US states in news style that are no English word (`OAKLAND, Calif. (AP) —`)
    "ala", "ariz", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont", "neb", "nev",
    "okla", "tenn", "vt", "wis", "wyo",
];


/// Splits a paragraph into sentences: a `.`, `!` or `?` (with any closing quotes or
/// brackets after it) followed by white space ends a sentence unless the word before
/// it is a known abbreviation or a single capital initial.
pub fn split_sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    split_sentences_into(text, para, &mut out);
    out
}

fn split_sentences_into(text: &str, para: Span, out: &mut Vec<Span>) {
    let s = &text[para.start..para.end];
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut ellipsis = None;
    while i < bytes.len() {
        i = next_stop_byte(bytes, i, &mut ellipsis);
        if i >= bytes.len() {
            break;
        }
        // `.`, `!`, `?` and `…` (E2 80 A6); no other character contains these bytes
        let (len, dot) = match bytes[i] {
            b'.' => (1, true),
            b'!' | b'?' => (1, false),
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6][..]) => (3, false),
            _ => {
                i += 1;
                continue;
            }
        };
        let mut j = i + len;
        while let Some(c) = char_at(s, j) {
            if !matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»' | '.' | '!' | '?') && !is_invisible(c) {
                break;
            }
            j += c.len_utf8();
        }
        let end = j;
        let followed_by_space = char_at(s, j).is_none_or(char::is_whitespace);
        if followed_by_space {
            let next_word_ok = s[j..]
                .chars()
                .find(|c| !c.is_whitespace())
                .is_none_or(|c| !c.is_lowercase());
            if next_word_ok && !(dot && (is_abbreviation(&s[start..i]) || meridiem_before_day(&s[start..i], &s[j..]))) {
                push_trimmed(text, Span::new(para.start + start, para.start + end), out);
                start = end;
            }
        }
        i = j;
    }
    push_trimmed(text, Span::new(para.start + start, para.end), out);
}

/// The index of the first `.`, `!`, `?` or `…` at or after `from` (`bytes.len()` if
/// none). `ellipsis` remembers where the next `…` was found (`None` before the first
/// search), so that text without one is searched for it once, not at every stop.
fn next_stop_byte(bytes: &[u8], from: usize, ellipsis: &mut Option<usize>) -> usize {
    let stop = bytes.get(from..).and_then(|rest| memchr::memchr3(b'.', b'!', b'?', rest)).map_or(bytes.len(), |k| from + k);
    let next = match *ellipsis {
        Some(at) if at >= from => at,
        _ => {
            // `…` is E2 80 A6; other characters (`’`, `“`, `–`) start with E2 too.
            let mut after = from;
            let at = loop {
                match bytes.get(after..).and_then(|rest| memchr::memchr(0xE2, rest)) {
                    None => break bytes.len(),
                    Some(k) if bytes.get(after + k + 1..after + k + 3) == Some(&[0x80, 0xA6][..]) => break after + k,
                    Some(k) => after += k + 1,
                }
            };
            *ellipsis = Some(at);
            at
        }
    };
    stop.min(next)
}

/// Zero-width and direction marks that may follow a full stop in right-to-left or
/// copied text (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF): they belong to the
/// sentence before, and a space after them still ends it.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether the last word of `before` is a known abbreviation or a single capital.
fn is_abbreviation(before: &str) -> bool {
    // (`the Minneapolis-St. Paul area`: a saint's abbreviation after a hyphen.)
    if before.ends_with("-St") {
        return true;
    }
    // Seven ASCII word bytes at the end: a word longer than any abbreviation (lowercasing
    // leaves ASCII as long as it is), so not one; this spares a scan of long words.
    let tail = before.as_bytes().get(before.len().saturating_sub(7)..).unwrap_or(&[]);
    if tail.len() == 7 && !tail.iter().any(|&b| b >= 0x80 || is_word_end(b)) {
        return false;
    }
    let word = last_word(before);
    if word.is_ascii() {
        // the common case, without allocating: no abbreviation is longer than 6 bytes
        let w = word.as_bytes();
        if w.len() == 1 {
            return w[0].is_ascii_uppercase();
        }
        return w.len() <= 6 && is_ascii_abbreviation(w);
    }
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Whether the ASCII word `w` (at most 6 bytes) is one of [`ABBREVIATIONS`], in any case:
/// lowered into a small buffer and matched, not compared with each entry.
fn is_ascii_abbreviation(w: &[u8]) -> bool {
    let mut buf = [0u8; 6];
    let Some(lower) = buf.get_mut(..w.len()) else { return false };
    for (l, b) in lower.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"mr" | b"mrs" | b"ms" | b"dr" | b"prof" | b"st" | b"sr" | b"jr" | b"gen" | b"col" | b"lt" | b"sgt"
            | b"capt" | b"gov" | b"sen" | b"rep" | b"rev" | b"no" | b"vs" | b"etc" | b"inc" | b"ltd" | b"co"
            | b"corp" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
            | b"oct" | b"nov" | b"dec" | b"e.g" | b"i.e" | b"u.s" | b"u.k" | b"u.n" | b"approx" | b"est"
            | b"dept" | b"univ" | b"mt" | b"ft" | b"ala" | b"ariz" | b"calif" | b"colo" | b"conn" | b"fla" | b"ga"
            | b"kan" | b"ky" | b"md" | b"mich" | b"minn" | b"mont" | b"neb" | b"nev" | b"okla" | b"tenn" | b"vt"
            | b"wis" | b"wyo"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Document {
        read_document("t.txt", s.as_bytes()).expect("readable")
    }

    #[test]
    fn a_long_document_is_cut_at_sentence_ends_into_parts() {
        let sentence = "Dockers in Leeds went on strike on 4 May. ";
        let d = doc(&format!("date 2023-05-05\n{}", sentence.repeat(100)));
        let body: String = d.slice(d.body).split_whitespace().collect();
        let parts = d.split(400);
        assert_eq!(parts.len(), 12, "100 sentences of 42 bytes, 9 to a part of at most 400");
        for (k, p) in parts.iter().enumerate() {
            assert!(p.text.len() <= 400 && p.text.ends_with("4 May."), "{:?}", p.text);
            assert_eq!(p.date, NaiveDate::from_ymd_opt(2023, 5, 5));
            assert_eq!(p.name, format!("t.txt (part {} of 12)", k + 1));
            assert_eq!(p.id, format!("t-p{}", k + 1));
            assert_eq!(p.warnings, [Warning::Split { part: k + 1, parts: 12 }]);
        }
        // Nothing lost, nothing repeated.
        let joined: String = parts.iter().flat_map(|p| p.text.split_whitespace()).collect();
        assert_eq!(joined, body);
        // One endless sentence is cut at white space, a word longer than a part anywhere
        // between characters.
        let words = doc(&format!("date 2023-05-05\n{}", "ünïcödé ".repeat(200))).split(100);
        assert!(words.iter().all(|p| p.text.len() <= 100 && p.text.ends_with('é')), "{:?}", words[0].text);
        let word = doc(&format!("date 2023-05-05\n{}", "ж".repeat(1000))).split(101);
        assert_eq!(word.iter().map(|p| p.text.chars().count()).sum::<usize>(), 1000);
        // A short one stays as it is.
        let short = doc("date 2023-05-05\nShort.");
        assert_eq!(short.clone().split(400), [short]);
    }

    #[test]
    fn header_on_same_line_as_first_sentence() {
        let d = doc(" date 2022-08-10 Protests began. They spread.");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2022, 8, 10));
        assert_eq!(d.title(), "Protests began.");
        assert_eq!(d.sentences.len(), 2);
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn stops_are_found_with_the_next_ellipsis_remembered() {
        let text = "ab.cdefghij!klm’nopqrstuvwxyz?…0123456789 “ok”. … and – \u{2026}.";
        let b = text.as_bytes();
        let mut ellipsis = None;
        for from in 0..=b.len() {
            let naive = (from..b.len()).find(|&i| matches!(b[i], b'.' | b'!' | b'?') || b[i..].starts_with("…".as_bytes())).unwrap_or(b.len());
            assert_eq!(next_stop_byte(b, from, &mut None), naive, "{from}");
            assert_eq!(next_stop_byte(b, from, &mut ellipsis), naive, "{from}, remembered");
        }
    }

    #[test]
    fn the_abbreviation_match_holds_every_listed_word_in_any_case() {
        for a in ABBREVIATIONS {
            assert!(is_ascii_abbreviation(a.as_bytes()), "{a}");
            assert!(is_ascii_abbreviation(a.to_ascii_uppercase().as_bytes()), "{a}");
        }
        assert!(!is_ascii_abbreviation(b"mrx") && !is_ascii_abbreviation(b"approxi") && !is_ascii_abbreviation(b""));
    }

    #[test]
    fn last_word_and_abbreviations_agree_with_splitting_on_characters() {
        let naive = |b: &str| b.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("").to_string();
        for b in ["", "Mr", "met Mr", "in the U.S", "(approx", "said \"Jan", "très Gen", "x\u{A0}Dr", "Kassym-Jomart", "élan vital", "ÉÉ St", "a\tb\u{212A}", "approxi", "the Approx", "“Dr", "a Ж"] {
            assert_eq!(last_word(b), naive(b), "{b:?}");
            let word = naive(b);
            let expect = word.chars().count() == 1 && word.chars().all(char::is_uppercase) || ABBREVIATIONS.contains(&word.to_lowercase().as_str());
            assert_eq!(is_abbreviation(b), expect, "{b:?}");
        }
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let d = doc("date 2020-01-01\nMr. Smith met J. Doe in the U.S. on Jan. 5. Then he left.");
        let s: Vec<&str> = d.sentences.iter().map(|s| d.slice(*s)).collect();
        assert_eq!(s, ["Mr. Smith met J. Doe in the U.S. on Jan. 5.", "Then he left."]);
    }

    #[test]
    fn a_weekday_or_a_zone_after_a_clock_ends_no_sentence() {
        let d = doc("date 2020-01-01\nA curfew ran from 8 p.m. Friday to dawn. Updated 6:15 a.m. ET Oct. 31 it said. They met at 9 p.m. Local people came.");
        let s: Vec<&str> = d.sentences.iter().map(|s| d.slice(*s)).collect();
        assert_eq!(s, ["A curfew ran from 8 p.m. Friday to dawn.", "Updated 6:15 a.m. ET Oct. 31 it said.", "They met at 9 p.m.", "Local people came."]);
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        let d = doc("date 2020-01-01\n“We stay,” he said. “We won.” They left.");
        let s: Vec<&str> = d.sentences.iter().map(|s| d.slice(*s)).collect();
        assert_eq!(s, ["“We stay,” he said.", "“We won.”", "They left."]);
    }

    #[test]
    fn direction_marks_after_a_full_stop_stay_with_their_sentence() {
        let d = doc("date 2020-01-01\nThey met in Aktau.\u{200F} Police came.\u{202C}\u{200B} Then they left.");
        let s: Vec<&str> = d.sentences.iter().map(|s| d.slice(*s)).collect();
        assert_eq!(s, ["They met in Aktau.\u{200F}", "Police came.\u{202C}\u{200B}", "Then they left."]);
    }

    #[test]
    fn year_zero_is_no_header_date() {
        let d = doc("date 0000-01-01\nWorkers struck.");
        assert_eq!((d.date, d.warnings.as_slice()), (None, &[Warning::ImpossibleDate { found: "0000-01-01".into() }][..]));
        assert_eq!(doc("date 0001-01-01\nWorkers struck.").date, NaiveDate::from_ymd_opt(1, 1, 1));
    }

    #[test]
    fn header_keyword_must_be_followed_by_a_value() {
        let d = doc("dated material follows.");
        assert_eq!(d.date, None);
        assert_eq!(d.warnings, [Warning::NoDateHeader]);
        assert_eq!(d.title(), "dated material follows.");
    }

    #[test]
    fn binary_is_rejected() {
        let r = read_document("img.png", b"\x89PNG\r\n\x1a\n\0\0\0").unwrap_err();
        assert_eq!(r.reason, RejectReason::Binary);
        assert!(r.message().contains("binary"));
    }

    #[test]
    fn path_is_cut_to_file_name() {
        let d = read_document("a/b\\c/report.v2.txt", b"date 2021-01-01 x").unwrap();
        assert_eq!(d.name, "report.v2.txt");
        assert_eq!(d.id, "report.v2");
    }
}
