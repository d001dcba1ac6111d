//! The shared token classification: every stage's word lists in one hash table, so each
//! word of a document is looked up once (in [`crate::tokens::Prepared`]) and every stage
//! reads the answer as bit flags instead of searching its own lists.

use std::sync::OnceLock;

/// Bits 0–19: the entity word lists (see `entities::word_lists`), in their order.
pub const ENTITY_LISTS: u32 = (1 << 20) - 1;
/// The entity list bits read outside the entities stage (the page layout's masthead and
/// byline tests): function words (`entities::lexicon::FUNCTION`), months, demonyms and
/// the words that head an organisation's name (`network`, `watch`, `union`).
pub const FUNCTION_WORD: u32 = 1 << 0;
pub const MONTH: u32 = 1 << 1;
pub const DEMONYM: u32 = 1 << 2;
pub const ORG_HEAD: u32 = 1 << 3;
/// A word that the page layout looks for inside a line (`layout::CREDIT_WORDS`: `reporting`,
/// `editing`, … before `by` in a wire story's credits).
pub const LAYOUT: u32 = 1 << 20;
/// Can begin a temporal expression (`timex::lexicon::TRIGGERS`).
pub const TIMEX_TRIGGER: u32 = 1 << 21;
/// The first word of an event trigger (`events::triggers::TRIGGER_WORDS`).
pub const EVENT_TRIGGER: u32 = 1 << 22;
/// The first word of an actor (`events::ACTOR_PAIRS`, `ACTOR_SINGLES`, `ACTOR_SECTORS`).
pub const ACTOR: u32 = 1 << 23;
/// Can begin a figure (`figures::START_WORDS`).
pub const FIGURE_START: u32 = 1 << 24;
/// A word every temporal expression without a number holds one of (`timex::lexicon::ANCHORS`).
pub const TIMEX_ANCHOR: u32 = 1 << 25;
/// A tense cue or clause break the timex stage names (`timex::lexicon::TENSE_LISTS`).
pub const TIMEX_TENSE: u32 = 1 << 26;
/// A word of the phrases that place an event in the main country or a town without
/// naming it (`events::PLACE_CUES`: `nationwide`, `across the country`, `in 21 cities`,
/// `the capital`).
pub const PLACE_CUE: u32 = 1 << 27;
/// A word that makes an event trigger after it negated, hypothetical or generic
/// (`events::triggers::NEGATION_WORDS`: `no`, `threatened`, `plans`).
pub const EVENT_NEGATION: u32 = 1 << 28;
/// A word the events stage looks back for, which most sentences lack
/// (`events::LOOKBACK_WORDS`: `since`, `including`, `last`, …).
pub const EVENT_LOOKBACK: u32 = 1 << 29;
/// A word the events stage reads before a trigger besides the negation words, which
/// most words before a trigger are not (`events::triggers::NEGATION_CUES`: `vote`,
/// `next`, `right`, `may`, `for`, `of`, `with`).
pub const EVENT_NEGATION_CUE: u32 = 1 << 30;
/// A word that may follow a trigger and make it a plan (`events::triggers::PLAN_WORDS`:
/// `is`, `will`, `expected`, `set`).
pub const EVENT_PLAN: u32 = 1 << 31;

/// The most common English words (SCOWL levels 10 and 20, see `data/README.md`).
static COMMON_WORDS: &str = include_str!("../data/common_words.txt");

/// Whether a lowercase word is a common English word (`employees`, `unlike`, `metro`).
/// (Asked of few words: not in the shared table, which every word is looked up in.)
pub fn common_word(lw: &str) -> bool {
    type FastSet = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::gazetteer::FastHasher>>;
    static S: OnceLock<FastSet> = OnceLock::new();
    S.get_or_init(|| {
        // (Sized at once for the whole list: no rehashing as it fills.)
        let mut set = FastSet::with_capacity_and_hasher(COMMON_WORDS.len() / 8, Default::default());
        set.extend(COMMON_WORDS.lines().filter(|l| !l.is_empty()));
        set
    })
    .contains(lw)
}

/// Whether a word with the flags `lex` is a function word (`the`, `of`, `and`).
#[inline]
pub fn function_word(lex: u32) -> bool {
    lex & FUNCTION_WORD != 0
}

/// Whether a word with the flags `lex` and the lowercase text `lw` is an ordinary word:
/// an actor's first word, a common English word, or an event trigger ending in `-ed`.
pub fn ordinary(lex: u32, lw: &str) -> bool {
    lex & ACTOR != 0 || common_word(lw) || lex & EVENT_TRIGGER != 0 && lw.ends_with("ed")
}

/// Whether a word with the flags `lex` and the lowercase text `lw` may be part of a
/// name: no ordinary word, function word, demonym or month.
pub fn name_word(lex: u32, lw: &str) -> bool {
    !ordinary(lex, lw) && lex & (FUNCTION_WORD | DEMONYM | MONTH) == 0
}

/// Whether a word with the flags `lex` heads an organisation's name (`network`, `watch`,
/// `union`).
#[inline]
pub fn org_head(lex: u32) -> bool {
    lex & ORG_HEAD != 0
}

/// Slots of the open-addressing table (a power of two, several times the words).
const SLOTS: usize = 1 << 13;

/// Every listed word with its flags, in an open-addressing table keyed by a cheap hash
/// of the length and the first, second and last bytes: most words of a text are in no
/// list and stop at an empty slot after one multiplication, and a word of at most eight
/// bytes (most) is answered by its slot alone.
struct Table {
    /// [`SLOTS`] slots, a word's search starting at its [`key`] (no listed word is empty).
    slots: Vec<Slot>,
    /// The words, for those of more than eight bytes (compared whole).
    words: Vec<&'static str>,
}

/// One slot of the [`Table`]: a word's [`packed`] form, its flags, its length (0 for an
/// empty slot) and its index in [`Table::words`].
#[derive(Clone, Copy, Default)]
struct Slot {
    packed: u64,
    flags: u32,
    len: u16,
    word: u16,
}

/// The first eight bytes of a word as a number (zero-padded): two words of at most eight
/// bytes are equal when their lengths and packed forms are.
#[inline]
fn packed(w: &[u8]) -> u64 {
    if let Some(&head) = w.first_chunk::<8>() {
        return u64::from_le_bytes(head);
    }
    // (Shorter words byte by byte: no call to `memcpy` for a few bytes.)
    w.iter().rev().fold(0, |x, &b| (x << 8) | u64::from(b))
}

/// The slot where the search for word `w`, whose [`packed`] form is `p`, starts: a hash
/// of its length and its first, second and last bytes (`None` for the empty word).
#[inline(always)]
fn key(w: &[u8], p: u64) -> Option<usize> {
    let &z = w.last()?;
    // the first two bytes are those of `p` (the second 0 for a word of one byte)
    let x = (p & 0xFFFF) as u32 | u32::from(z) << 16 | u32::from(w.len() as u8) << 24;
    Some((x.wrapping_mul(0x9E37_79B1) >> (32 - SLOTS.trailing_zeros())) as usize)
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut words: Vec<(&'static str, u32)> = Vec::new();
        let mut seen: crate::gazetteer::FastMap<&'static str, usize> = Default::default();
        let mut add = |list: &[&'static str], bits: u32| {
            for &w in list {
                match seen.get(w).and_then(|&i| words.get_mut(i)) {
                    Some((_, f)) => *f |= bits,
                    None => {
                        seen.insert(w, words.len());
                        words.push((w, bits));
                    }
                }
            }
        };
        for (i, lists) in crate::entities::word_lists().iter().enumerate() {
            for list in *lists {
                add(list, 1 << i);
            }
        }
        add(crate::timex::trigger_words(), TIMEX_TRIGGER);
        add(crate::timex::anchor_words(), TIMEX_ANCHOR);
        for list in crate::timex::tense_lists() {
            add(list, TIMEX_TENSE);
        }
        add(crate::events::TRIGGER_WORDS, EVENT_TRIGGER);
        for (first, _) in crate::events::ACTOR_PAIRS {
            add(first, ACTOR);
        }
        add(crate::events::ACTOR_SINGLES, ACTOR);
        add(crate::events::ACTOR_SECTORS, ACTOR);
        add(crate::events::PLACE_CUES, PLACE_CUE);
        add(crate::events::NEGATION_WORDS, EVENT_NEGATION);
        add(crate::events::LOOKBACK_WORDS, EVENT_LOOKBACK);
        add(crate::events::NEGATION_CUES, EVENT_NEGATION_CUE);
        add(crate::events::PLAN_WORDS, EVENT_PLAN);
        add(crate::figures::START_WORDS, FIGURE_START);
        add(crate::layout::CREDIT_WORDS, LAYOUT);
        let mut slots = vec![Slot::default(); SLOTS];
        for (i, &(w, flags)) in words.iter().enumerate() {
            let p = packed(w.as_bytes());
            let mut k = key(w.as_bytes(), p).unwrap_or(0);
            while slots[k].len != 0 {
                k = (k + 1) % SLOTS;
            }
            slots[k] = Slot { packed: p, flags, len: w.len() as u16, word: i as u16 };
        }
        Table { slots, words: words.into_iter().map(|(w, _)| w).collect() }
    })
}

/// The flags of a lowercase word (0 for a word in no list).
pub fn classify(w: &str) -> u32 {
    Lexicon::get().classify(w.as_bytes())
}

/// The shared table, fetched once for many look-ups in a row (a document's words).
#[derive(Clone, Copy)]
pub struct Lexicon(&'static Table);

impl Lexicon {
    pub fn get() -> Lexicon {
        Lexicon(table())
    }

    /// The flags of a lowercase word's bytes (0 for a word in no list).
    #[inline]
    pub fn classify(self, bytes: &[u8]) -> u32 {
        self.find(bytes, packed(bytes))
    }

    /// The flags of the lowercase word `text[start..end]` (0 for a word in no list, or
    /// for a range outside `text`): as [`Lexicon::classify`], but the word's first eight
    /// bytes are read in one load when the text goes on that far.
    #[inline(always)]
    pub fn classify_in(self, text: &[u8], start: usize, end: usize) -> u32 {
        let Some(w) = text.get(start..end) else { return 0 };
        let p = match text.get(start..).and_then(<[u8]>::first_chunk::<8>) {
            Some(&head) if w.len() >= 8 => u64::from_le_bytes(head),
            Some(&head) => u64::from_le_bytes(head) & ((1u64 << (8 * w.len())) - 1),
            None => packed(w),
        };
        self.find(w, p)
    }

    /// The flags of the word `w` whose [`packed`] form is `p`.
    #[inline(always)]
    fn find(self, w: &[u8], p: u64) -> u32 {
        let t = self.0;
        let Some(mut k) = key(w, p) else { return 0 };
        loop {
            let Some(slot) = t.slots.get(k) else { return 0 };
            if slot.len == 0 {
                return 0;
            }
            if slot.packed == p
                && usize::from(slot.len) == w.len()
                && (w.len() <= 8 || t.words.get(usize::from(slot.word)).is_some_and(|x| x.as_bytes() == w))
            {
                return slot.flags;
            }
            k = (k + 1) % SLOTS;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lookup_answers_for_every_stage() {
        let t = table();
        assert!(t.words.len() < SLOTS / 3 && t.words.len() < usize::from(u16::MAX), "{}", t.words.len());
        assert!(t.words.iter().all(|w| w.len() < usize::from(u16::MAX)));
        assert_ne!(classify("protesters") & EVENT_TRIGGER, 0);
        assert_ne!(classify("police") & ACTOR, 0);
        assert_ne!(classify("nationwide") & PLACE_CUE, 0);
        assert_ne!(classify("since") & EVENT_LOOKBACK, 0);
        assert_eq!(classify("sincere") & EVENT_LOOKBACK, 0);
        assert_ne!(classify("january") & TIMEX_TRIGGER, 0);
        assert_ne!(classify("week") & TIMEX_ANCHOR, 0);
        assert_eq!(classify("the") & TIMEX_ANCHOR, 0);
        assert_ne!(classify("killed") & FIGURE_START, 0);
        assert_eq!(classify("zhanaozen"), 0);
        assert_eq!(classify("Police"), 0, "keys are lowercase");
        assert!(function_word(classify("of")) && org_head(classify("union")) && !org_head(classify("of")));
        assert!(common_word("employees") && !name_word(classify("january"), "january") && name_word(classify("zhanaozen"), "zhanaozen"));
    }
}
