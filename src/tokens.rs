//! Tokens: words, numbers and punctuation with byte spans, shared by every extraction stage.

use crate::corpus::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter: `Zhanaozen`, `Kassym-Jomart`, `don't`, `mid-2021`.
    Word,
    /// Starts with a digit: `2`, `37,000`, `4.5`, `1990s`, `2nd`.
    Number,
    /// The possessive `'s` / `’s` split off a word (`country’s` → `country`, `’s`).
    Possessive,
    /// Any other single non-space character.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Index of the sentence (in `Document::sentences`) holding the token.
    pub sentence: usize,
    /// What the token's bytes hold ([`UPPER`], [`HYPHEN`], [`NON_ASCII`], [`JOINED`]) and what
    /// comes before it ([`GLUED`], [`LINE_BEFORE`]), noted while tokenizing so that no
    /// stage scans them again.
    pub flags: u8,
}

/// [`Token::flags`]: an ASCII capital letter.
pub const UPPER: u8 = 1;
/// [`Token::flags`]: an ASCII hyphen `-`.
pub const HYPHEN: u8 = 2;
/// [`Token::flags`]: a byte outside ASCII.
pub const NON_ASCII: u8 = 4;
/// [`Token::flags`]: a word or number holding a character other than a letter or digit
/// (`don't`, `mid-2021`, `4.5`, `37,000`, an invisible joiner).
pub const JOINED: u8 = 16;
/// [`Token::flags`]: no byte between the previous token (of any sentence) and this one.
pub const GLUED: u8 = 8;
/// [`Token::flags`]: a line break `\n` between the previous token and this one, inside
/// their sentence's span (on a sentence's first token: before it in its span).
/// (The marks of [`CLASS`] below share values with these bits but are never kept in a token.)
pub const LINE_BEFORE: u8 = 128;
/// Marks an ASCII letter or digit in [`CLASS`] (not a token flag).
const ALNUM: u8 = 8;
/// Marks ASCII white space in [`CLASS`].
const SPACE: u8 = 16;
/// Marks in [`CLASS`] a byte after a word's ASCII letters and digits that may still
/// continue it (`-`, `'` and every byte of a non-ASCII character) …
const JOINS_WORD: u8 = 32;
/// … and one that may continue a number (those and `,`, `.`).
const JOINS_NUMBER: u8 = 64;

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.start..self.span.end).unwrap_or("")
    }
    /// True when the first character is uppercase.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// Whether the first character of `s` is uppercase.
#[inline]
pub fn is_cap(s: &str) -> bool {
    match s.as_bytes().first() {
        // (ASCII, most words: no character to decode.)
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => s.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Whether `s` is written as an acronym: two letters or more, all capitals (digits, `-`,
/// `/`, `&` aside): `RMT`, `UA-2`.
pub fn is_acronym(s: &str) -> bool {
    // (Most capitalised words fail at their second letter: `Tokayev`.)
    if s.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut n = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            n += 1;
        } else if !(c == '-' || c == '/' || c == '&' || c.is_ascii_digit()) {
            return false;
        }
    }
    n >= 2
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// `CLASS[b]`: what byte `b` is to the tokenizer: [`ALNUM`] for an ASCII letter or digit,
/// with [`UPPER`] for a capital; [`SPACE`]; [`JOINS_WORD`] and [`JOINS_NUMBER`].
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        }
        if c.is_ascii_uppercase() {
            t[b] |= UPPER;
        }
        if matches!(c, b'\t'..=b'\r' | b' ') {
            t[b] = SPACE;
        }
        if matches!(c, b'-' | b'\'') || c >= 0x80 {
            t[b] = JOINS_WORD | JOINS_NUMBER;
        }
        if matches!(c, b',' | b'.') {
            t[b] = JOINS_NUMBER;
        }
        b += 1;
    }
    t
};

/// The [`Token::flags`] of one character.
fn char_flags(c: char) -> u8 {
    match c {
        '-' => HYPHEN,
        'A'..='Z' => UPPER,
        c if !c.is_ascii() => NON_ASCII,
        _ => 0,
    }
}

/// The character starting at byte `i` of `s`, if any (`i` must be a char boundary).
#[inline(always)]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s.get(i..).and_then(|r| r.chars().next())
    }
}

/// Where the word or number (`number`) whose first `end` bytes of `s` are read goes on,
/// and the flags of all its bytes (`flags` those read so far): letters and digits, and
/// a hyphen or an invisible joiner between two of them, a `,` or `.` between digits of a
/// number, an apostrophe inside a word (`don't`, not the possessive `’s`).
#[inline(always)]
fn word_end(s: &str, mut end: usize, number: bool, mut flags: u8) -> (usize, u8) {
    let bytes = s.as_bytes();
    let joins = if number { JOINS_NUMBER } else { JOINS_WORD };
    loop {
        // ASCII letters and digits: the common case.
        let mut k = 0;
        while let Some(&b) = bytes.get(end) {
            k = CLASS[usize::from(b)];
            if k & ALNUM == 0 {
                break;
            }
            flags |= k;
            end += 1;
        }
        // any byte but those that may join (or the end of the text): stop at once
        if k & joins == 0 || end >= bytes.len() {
            return (end, flags);
        }
        let Some(n) = char_at(s, end) else { return (end, flags) };
        if n.is_alphanumeric() {
            flags |= char_flags(n);
            end += n.len_utf8();
            continue;
        }
        let after_at = end + n.len_utf8();
        let after = char_at(s, after_at);
        let joined = match n {
            // Hyphens, and the invisible joiners (zero-width joiner and non-joiner,
            // word joiner, soft hyphen): `Le\u{200D}eds` is one word, not `Le` + `eds`.
            '-' | '‑' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{AD}' => after.is_some_and(char::is_alphanumeric),
            ',' | '.' if number => after.is_some_and(|a| a.is_ascii_digit()),
            c if is_apostrophe(c) && !number => {
                // Possessive `’s` is its own token; `don't`, `O'Neill` stay whole.
                !possessive_at(s, after_at) && after.is_some_and(char::is_alphabetic)
            }
            _ => false,
        };
        if !joined {
            return (end, flags);
        }
        flags |= char_flags(n) | JOINED;
        end += n.len_utf8();
    }
}

/// True when an apostrophe ending before byte `at` of `s` starts a possessive: `s` or
/// `S` at `at`, and no letter or digit after it.
fn possessive_at(s: &str, at: usize) -> bool {
    matches!(s.as_bytes().get(at), Some(b's' | b'S')) && !char_at(s, at + 1).is_some_and(char::is_alphanumeric)
}

/// Tokenizes `span` of `text`; every token gets `sentence` as its sentence index. Returns
/// whether a line break came after the span's first token (then some token after the
/// first may have [`LINE_BEFORE`]; else none has).
pub fn tokenize_into(text: &str, span: Span, sentence: usize, out: &mut Vec<Token>) -> bool {
    let Some(s) = text.get(span.start..span.end) else { return false };
    let bytes = s.as_bytes();
    let mut i = 0;
    // Where the previous token ends (relative to `s`; `usize::MAX`: none there), and
    // whether a line break came since ([`GLUED`], [`LINE_BEFORE`]).
    let mut prev_end = out.last().and_then(|t| t.span.end.checked_sub(span.start)).unwrap_or(usize::MAX);
    let mut line = 0u8;
    let first = out.len();
    let mut broken = false;
    while let Some(&b) = bytes.get(i) {
        let class = CLASS[usize::from(b)];
        let (end, kind, flags) = if class & ALNUM != 0 {
            let number = b.is_ascii_digit();
            let (end, flags) = word_end(s, i + 1, number, class);
            (end, if number { TokenKind::Number } else { TokenKind::Word }, flags)
        } else if class & SPACE != 0 {
            if b == b'\n' {
                line = LINE_BEFORE;
                broken |= out.len() > first;
            }
            i += 1;
            continue;
        } else {
            let c = if b < 0x80 {
                b as char
            } else {
                let Some(c) = char_at(s, i) else { break };
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                c
            };
            let end = i + c.len_utf8();
            let start = span.start + i;
            if c.is_alphabetic() {
                let (end, flags) = word_end(s, end, false, NON_ASCII);
                (end, TokenKind::Word, flags)
            } else if is_apostrophe(c)
                && possessive_at(s, end)
                && out.last().is_some_and(|t: &Token| t.span.end == start && t.kind == TokenKind::Word)
            {
                let upper = if bytes.get(end) == Some(&b'S') { UPPER } else { 0 };
                (end + 1, TokenKind::Possessive, char_flags(c) | upper)
            } else {
                (end, TokenKind::Punct, char_flags(c))
            }
        };
        let before = (u8::from(i == prev_end) * GLUED) | line;
        out.push(Token { span: Span::new(span.start + i, span.start + end), kind, sentence, flags: flags & (UPPER | HYPHEN | NON_ASCII | JOINED) | before });
        (prev_end, line) = (end, 0);
        i = end;
    }
    broken
}

/// What every stage reads of one document, computed once: its tokens, its text in
/// ASCII lower case (same byte offsets, so a token's span slices either), the
/// [`crate::lexicon`] flags of each word token's lowercase form (0 for other tokens), and
/// its page layout ([`crate::layout::Layout`]).
#[derive(Default)]
pub struct Prepared {
    pub tokens: Vec<Token>,
    pub lower: String,
    pub lex: Vec<u32>,
    /// The marks of each token for the stages that look for where an expression starts:
    /// the timex stage's `crate::timex::START` (an expression may start there) and
    /// `crate::timex::ANCHOR` (every expression holds an anchor), and the figures stage's
    /// `crate::figures::START_MARK` (a figure may start there), set with the lexicon
    /// flags in the same pass.
    pub timex: Vec<u8>,
    /// The token range `(first, end)` of each sentence that has tokens, in order.
    pub sentence_tokens: Vec<(usize, usize)>,
    /// The sentences (indices in `Document::sentences`, in order) where a line break
    /// comes after the first token: only there may a token after the first have
    /// [`LINE_BEFORE`] (a sentence cut into lines, see [`crate::layout::Layout::line`]).
    pub broken: Vec<usize>,
    /// The [`Prepared::lex`] flags of all the words of each sentence together (0 for a
    /// sentence without tokens), by its index in `Document::sentences`: a rule that looks
    /// for a listed word within a sentence need not look where none is.
    pub sentence_lex: Vec<u32>,
    /// The page layout: bylines, datelines, links, corrections, credits, subheadings
    /// (see [`crate::layout`]).
    pub layout: crate::layout::Layout,
}

impl Prepared {
    /// Tokenizes, lowercases and classifies `doc` (see [`Prepared::fill`]).
    pub fn new(doc: &crate::corpus::Document) -> Prepared {
        let mut p = Prepared::default();
        p.fill(doc);
        p
    }

    /// Makes `self` the preparation of `doc`, reusing the buffers it already holds
    /// (the analysis of a corpus keeps a few and refills them document after document,
    /// instead of allocating fresh ones for each).
    pub fn fill(&mut self, doc: &crate::corpus::Document) {
        emptied(&mut self.tokens, doc.body.len() / 5);
        self.sentence_tokens.clear();
        self.broken.clear();
        for (i, s) in doc.sentences.iter().enumerate() {
            let a = self.tokens.len();
            if tokenize_into(&doc.text, *s, i, &mut self.tokens) {
                self.broken.push(i);
            }
            if self.tokens.len() > a {
                self.sentence_tokens.push((a, self.tokens.len()));
            }
        }
        self.lower.clear();
        if self.lower.capacity() < doc.text.len() {
            // (A new allocation, as in [`emptied`].)
            self.lower = String::with_capacity(doc.text.len().max(2 * self.lower.capacity()));
        }
        self.lower.push_str(&doc.text);
        self.lower.make_ascii_lowercase();
        let lexicon = crate::lexicon::Lexicon::get();
        let lower = self.lower.as_str();
        let bytes = lower.as_bytes();
        let n = self.tokens.len();
        emptied(&mut self.lex, n);
        emptied(&mut self.timex, n);
        // (One pass for both: the token is read once, and each list is written once, not
        // zeroed first.)
        for t in &self.tokens {
            let (start, end) = (t.span.start, t.span.end);
            let (f, m) = match t.kind {
                TokenKind::Word => {
                    let f = lexicon.classify_in(bytes, start, end);
                    let m = if t.flags & (HYPHEN | NON_ASCII) != 0 || end.wrapping_sub(start) == 2 && bytes.get(start) == Some(&b'q') {
                        crate::timex::odd_word_marks(bytes.get(start..end).unwrap_or(&[]), f, t.flags)
                            | crate::figures::word_start_mark(f, t.flags, lower.get(start..end).unwrap_or(""))
                    } else {
                        // (No hyphen: the lexicon flags say whether a figure may start.)
                        crate::timex::plain_word_marks(f) | crate::figures::word_start_mark(f, 0, "")
                    };
                    (f, m)
                }
                TokenKind::Number => (0, crate::timex::NUMBER_MARKS | crate::figures::NUMBER_START_MARK),
                TokenKind::Punct => {
                    let w = bytes.get(start..end).unwrap_or(&[]);
                    (0, crate::timex::punct_marks(w) | crate::figures::punct_start_mark(w))
                }
                TokenKind::Possessive => (0, 0),
            };
            self.lex.push(f);
            self.timex.push(m);
        }
        self.sentence_lex.clear();
        self.sentence_lex.resize(doc.sentences.len(), 0);
        // (An OR over each sentence's flags: no early exit, so the compiler can take
        // several flags at a time.)
        for &(a, b) in &self.sentence_tokens {
            let s = self.tokens.get(a).map_or(usize::MAX, |t| t.sentence);
            if let Some(f) = self.sentence_lex.get_mut(s) {
                *f = self.lex.get(a..b).unwrap_or(&[]).iter().fold(0, |x, f| x | f);
            }
        }
        let mut layout = std::mem::take(&mut self.layout);
        layout.fill(doc, self);
        self.layout = layout;
    }

    /// The lowercase text of each token (`lower` sliced by its span).
    pub fn words(&self) -> Vec<&str> {
        self.words_in(Vec::new())
    }

    /// [`Prepared::words`] written into `buf`, whose old contents are dropped and whose
    /// allocation is reused (see [`recycle_words`] to keep it past the borrow).
    pub fn words_in<'a>(&'a self, mut buf: Vec<&'a str>) -> Vec<&'a str> {
        buf.clear();
        // (The text is fetched once, not for every token.)
        let lower = self.lower.as_str();
        buf.extend(self.tokens.iter().map(|t| t.text(lower)));
        buf
    }
}

/// Empties a list of words borrowed from some text and returns its allocation free of
/// that borrow, to be filled again by [`Prepared::words_in`]. (An emptied `Vec` mapped
/// to an element type of the same size is collected in place: no allocation.)
pub fn recycle_words(mut words: Vec<&str>) -> Vec<&'static str> {
    words.clear();
    words.into_iter().map(|_| "").collect()
}

/// Empties `v` and makes room in it for `n` elements: when its allocation is too small, a
/// new one (twice as big at least) replaces it, since growing the old one would copy the
/// contents it held for the previous document.
fn emptied<T>(v: &mut Vec<T>, n: usize) {
    v.clear();
    if v.capacity() < n {
        *v = Vec::with_capacity(n.max(2 * v.capacity()));
    }
}

/// Tokenizes every sentence of a document, in order.
pub fn tokenize(doc: &crate::corpus::Document) -> Vec<Token> {
    let mut out = Vec::with_capacity(doc.body.len() / 5);
    for (i, s) in doc.sentences.iter().enumerate() {
        tokenize_into(&doc.text, *s, i, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), 0, &mut out);
        out.iter().map(|t| (t.text(s), t.kind)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            toks("Kassym-Jomart Tokayev’s 37,000 workers, 70% in mid-2021 (1990s); don't"),
            [
                ("Kassym-Jomart", Word),
                ("Tokayev", Word),
                ("’s", Possessive),
                ("37,000", Number),
                ("workers", Word),
                (",", Punct),
                ("70", Number),
                ("%", Punct),
                ("in", Word),
                ("mid-2021", Word),
                ("(", Punct),
                ("1990s", Number),
                (")", Punct),
                (";", Punct),
                ("don't", Word),
            ]
        );
    }

    #[test]
    fn invisible_joiners_do_not_cut_words() {
        use TokenKind::*;
        assert_eq!(
            toks("Nur\u{200D}ses in Le\u{200C}eds co\u{AD}operate\u{2060}d \u{200D}x"),
            [("Nur\u{200D}ses", Word), ("in", Word), ("Le\u{200C}eds", Word), ("co\u{AD}operate\u{2060}d", Word), ("\u{200D}", Punct), ("x", Word)]
        );
    }

    #[test]
    fn flags_describe_the_bytes() {
        let s = "Kassym-Jomart Tokayev’s 37,000 WORKERS — mid-2021 Ünal’S don't ‑ Q3 café-bar";
        let mut out = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), 0, &mut out);
        for t in &out {
            let b = t.text(s).as_bytes();
            let want = (u8::from(b.iter().any(u8::is_ascii_uppercase)) * UPPER)
                | (u8::from(b.contains(&b'-')) * HYPHEN)
                | (u8::from(!b.is_ascii()) * NON_ASCII);
            assert_eq!(t.flags & (UPPER | HYPHEN | NON_ASCII), want, "{}", t.text(s));
        }
    }

    #[test]
    fn flags_describe_the_gap_before() {
        let s = "Ab \n(c) d e\n\nf.";
        let mut out = Vec::new();
        tokenize_into(s, Span::new(0, 7), 0, &mut out);
        tokenize_into(s, Span::new(7, 9), 1, &mut out);
        tokenize_into(s, Span::new(9, s.len()), 2, &mut out);
        let before: Vec<u8> = out.iter().map(|t| t.flags & (GLUED | LINE_BEFORE)).collect();
        // Ab ( c ) | d | e f .
        assert_eq!(before, [0, LINE_BEFORE, GLUED, GLUED, 0, 0, LINE_BEFORE, GLUED]);
    }

    #[test]
    fn number_ends_before_a_full_stop() {
        assert_eq!(toks("in 2011. Then")[1], ("2011", TokenKind::Number));
        assert_eq!(toks("02.01.2022")[0], ("02.01.2022", TokenKind::Number));
    }
}
