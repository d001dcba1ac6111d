//! Word lists for temporal expressions: month and weekday names, number words, units,
//! and the cue words that tell a date from a name or a count. Every lookup takes a
//! lower-cased word and is a `match` or a binary search over a sorted list.

use super::value::{Holiday, Season, Unit};

/// Words that can begin a temporal expression (sorted); the scanner skips every other
/// word at once (their flag in the shared [`crate::lexicon`] answers).
pub(crate) const TRIGGERS: &[&str] = &[
    "a", "aban", "afternoon", "amordad", "an", "annually", "another", "apr", "april", "aug",
    "august", "autumn", "azar", "bahman", "beginning", "between", "biweekly", "boxing", "chinese",
    "christmas", "daily", "dawn", "daybreak", "days", "dec", "decades", "december", "dey", "dozen",
    "dusk", "each", "earlier", "early", "easter", "eight", "eighteen", "eighteenth", "eighth",
    "eighty", "el", "eleven", "eleventh", "end", "esfand", "evening", "every", "fall", "farvardin",
    "feb", "february", "few", "fifteen", "fifteenth", "fifth", "fifty", "first", "five", "for",
    "fortnightly", "forty", "four", "fourteen", "fourteenth", "fourth", "friday", "fridays", "from",
    "good", "half", "halloween", "hourly", "hours", "hundred", "international", "iranian", "jan",
    "january", "jul", "july", "jun", "june", "juneteenth", "khordad", "kurdish", "labor", "labour",
    "last", "late", "lately", "later", "lunar", "lunchtime", "many", "mar", "march", "martin",
    "may", "mehr", "memorial", "mid", "midafternoon", "midday", "middle", "midmorning", "midnight",
    "minutes", "mlk", "monday", "mondays", "monthly", "months", "mordad", "morning", "nauriz",
    "nauryz", "new", "newroz", "next", "night", "nightfall", "nightly", "nine", "nineteen",
    "nineteenth", "ninety", "ninth", "noon", "norouz", "nov", "november", "now", "nowadays",
    "nowrouz", "nowruz", "numerous", "oct", "october", "once", "one", "ordibehesht", "overnight",
    "palm", "per", "persian", "quarterly", "recent", "recently", "saturday", "saturdays", "sep",
    "sept", "september", "seven", "seventeen", "seventeenth", "seventh", "seventy", "several",
    "shahrivar", "six", "sixteen", "sixteenth", "sixth", "sixty", "spring",
    "start", "student", "students", "summer", "sunday", "sundays", "sunrise", "sunset", "ten",
    "tenth", "thanksgiving", "that", "the", "these", "third", "thirteen", "thirteenth", "thirtieth",
    "thirty", "this", "three", "thursday", "thursdays", "tir", "today", "tomorrow", "tonight",
    "tuesday", "tuesdays", "twelfth", "twelve", "twentieth", "twenty", "twice", "two", "valentine",
    "wednesday", "wednesdays", "weekends", "weekly", "weeks", "winter", "women", "yalda", "yearly",
    "years", "yesterday",
];

/// The words of which every temporal expression without a number (or a hyphenated or
/// non-ASCII word, or `Q3`) holds at least one: the names of months, weekdays, seasons,
/// parts of the day, units, frequencies, and the deictic and clock words (sorted). The
/// other words that can begin one (`the`, `a`, `for`, `this`, `last`, `first`, `two`,
/// `early`, `end`, …) only lead up to these, so a sentence with none of them and no
/// number holds no temporal expression and is not parsed at all.
pub(crate) const ANCHORS: &[&str] = &[
    "aban", "afternoon", "afterward", "afterwards", "ago", "am", "amordad", "annually", "apr",
    "april", "aug", "august", "autumn", "azar", "bahman", "biweekly", "centuries", "century",
    "christmas", "daily", "dawn", "day", "daybreak", "days", "dec", "decade", "decades",
    "december", "dey", "domingo", "dusk", "earlier", "easter", "esfand", "eve", "evening",
    "fall", "farvardin", "feb", "february", "fortnight", "fortnightly", "friday", "fridays",
    "future", "gmt", "h", "half", "halloween", "hour", "hourly", "hours", "hrs", "jan",
    "january", "jueves", "jul", "july", "jun", "june", "juneteenth", "khordad", "lately",
    "later", "lunchtime", "lunes", "mar", "march", "martes", "may", "mehr", "midafternoon", "midday",
    "midmorning", "midnight",
    "miercoles", "minute", "minutes", "monday", "mondays", "month", "monthly", "months",
    "mordad", "morning", "nauriz", "nauryz", "newroz", "night", "nightfall", "nightly", "noon", "norouz", "nov",
    "november", "now", "nowadays", "nowrouz", "nowruz", "o'clock", "oct", "october", "once",
    "ordibehesht", "overnight", "o’clock", "past", "pm", "quarter", "quarterly", "recent",
    "recently", "sabado", "saturday", "saturdays", "second", "seconds", "sep", "sept",
    "september", "shahrivar", "spring", "summer", "sunday", "sundays", "sunrise", "sunset",
    "thanksgiving", "thursday", "thursdays", "tir", "today", "tomorrow", "tonight", "tuesday",
    "tuesdays", "twice", "utc", "viernes", "wednesday", "wednesdays", "week", "weekend",
    "weekends", "weekly", "weeks", "winter", "writing", "yalda", "year", "yearly", "years", "yesterday",
];

/// [`trigger`], given the word's shared [`crate::lexicon`] flags instead of a look-up,
/// and its [`crate::tokens::Token::flags`] (which tell when no byte needs looking at).
pub fn trigger_flagged(bytes: &[u8], flags: u32, token_flags: u8) -> bool {
    let Some(&first) = bytes.first() else { return false };
    let dashed = token_flags & (crate::tokens::HYPHEN | crate::tokens::NON_ASCII) != 0
        && bytes.iter().any(|&b| b == b'-' || b == 0xE2);
    if dashed || (bytes.len() == 2 && first == b'q') {
        return true; // `three-day`, `mid-2021`, `twenty-first`, `Q3`
    }
    bytes.len() <= 13 && flags & crate::lexicon::TIMEX_TRIGGER != 0
}

/// Whether a lower-cased word can begin a temporal expression.
#[cfg(test)]
pub fn trigger(w: &str) -> bool {
    trigger_flagged(w.as_bytes(), crate::lexicon::classify(w), crate::tokens::HYPHEN | crate::tokens::NON_ASCII)
}

/// A month's name in Spanish (`noviembre`), read only after `N de`.
pub fn spanish_month(w: &str) -> Option<u32> {
    Some(match w {
        "enero" => 1,
        "febrero" => 2,
        "marzo" => 3,
        "abril" => 4,
        "mayo" => 5,
        "junio" => 6,
        "julio" => 7,
        "agosto" => 8,
        "septiembre" | "setiembre" => 9,
        "octubre" => 10,
        "noviembre" => 11,
        "diciembre" => 12,
        _ => return None,
    })
}

/// A month of the Solar Hijri (Persian) calendar (1 = Farvardin) and whether its name
/// is also a common first name or word (`Azar`, `Bahman`, `Mehr`, `Dey`, `Tir`), which
/// is a month only with a day or a year.
pub fn persian_month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "farvardin" => (1, false),
        "ordibehesht" => (2, false),
        "khordad" => (3, false),
        "tir" => (4, true),
        "mordad" | "amordad" => (5, false),
        "shahrivar" => (6, false),
        "mehr" => (7, true),
        "aban" => (8, false),
        "azar" => (9, true),
        "dey" => (10, true),
        "bahman" => (11, true),
        "esfand" => (12, false),
        _ => return None,
    })
}

/// A weekday's name in Spanish (ISO number, 1 = `lunes`), read only after `el`.
pub fn spanish_weekday(w: &str) -> Option<u32> {
    Some(match w {
        "lunes" => 1,
        "martes" => 2,
        "miércoles" | "miercoles" => 3,
        "jueves" => 4,
        "viernes" => 5,
        "sábado" | "sabado" => 6,
        "domingo" => 7,
        _ => return None,
    })
}

/// `(month, abbreviated)`; `may` is a full name.
pub fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, false),
        "jan" => (1, true),
        "february" => (2, false),
        "feb" => (2, true),
        "march" => (3, false),
        "mar" => (3, true),
        "april" => (4, false),
        "apr" => (4, true),
        "may" => (5, false),
        "june" => (6, false),
        "jun" => (6, true),
        "july" => (7, false),
        "jul" => (7, true),
        "august" => (8, false),
        "aug" => (8, true),
        "september" => (9, false),
        "sep" | "sept" => (9, true),
        "october" => (10, false),
        "oct" => (10, true),
        "november" => (11, false),
        "nov" => (11, true),
        "december" => (12, false),
        "dec" => (12, true),
        _ => return None,
    })
}

/// A holiday named by the lower-cased words `ws` from their first: the holiday, how many
/// words name it, and whether it is a single word that is a date only after a cue
/// (`on Easter`, `before Christmas`; not `Easter eggs`). `Labor Day` is the American one
/// (the first Monday of September; see `State::holiday` for reports around the first of
/// May), `Labour Day` and `Workers' Day` the first of May.
/// Holidays whose day differs from country to country (`Independence Day`) or follows
/// the moon (`Eid`) are not named here; the lunar new year has its table of days
/// ([`Holiday::Lunar`]).
pub fn holiday(ws: &[&str]) -> Option<(Holiday, usize, bool)> {
    use Holiday::{Easter, Fixed, Lunar, Nth};
    let monday = |m: u32, n: i8| Nth { m, wd: 1, n };
    Some(match ws {
        ["christmas", "day", ..] => (Fixed(12, 25), 2, false),
        ["christmas", "eve", ..] => (Fixed(12, 24), 2, false),
        ["christmas", ..] => (Fixed(12, 25), 1, true),
        ["new", "year", "'s" | "’s", "day", ..] => (Fixed(1, 1), 4, false),
        ["new", "year", "'s" | "’s", "eve", ..] => (Fixed(12, 31), 4, false),
        ["may" | "labour", "day", ..] => (Fixed(5, 1), 2, false),
        ["international", "workers", "'" | "’", "day", ..] => (Fixed(5, 1), 4, false),
        ["international", "women", "'s" | "’s", "day", ..] => (Fixed(3, 8), 4, false),
        ["women", "'s" | "’s", "day", ..] => (Fixed(3, 8), 3, false),
        ["valentine", "'s" | "’s", "day", ..] => (Fixed(2, 14), 3, false),
        ["boxing", "day", ..] => (Fixed(12, 26), 2, false),
        ["nowruz" | "norouz" | "nowrouz" | "newroz", ..] => (Fixed(3, 21), 1, true),
        ["persian" | "iranian" | "kurdish", "new", "year", ..] => (Fixed(3, 21), 3, false),
        // (Kazakhstan's three days of Nauryz, 21–23 March: the middle one, the feast's)
        ["nauryz" | "nauriz", ..] => (Fixed(3, 22), 1, true),
        ["lunar" | "chinese", "new", "year", ..] => (Lunar, 3, false),
        // (Iran's: 16 Azar, the day of 1953's killings at Tehran University)
        ["student" | "students", "day", ..] => (Fixed(12, 7), 2, false),
        // (the night of 30 Azar, the longest: a night, counted as its day)
        ["yalda", "night", ..] => (Fixed(12, 21), 2, false),
        ["yalda", ..] => (Fixed(12, 21), 1, true),
        ["juneteenth", ..] => (Fixed(6, 19), 1, true),
        ["halloween", ..] => (Fixed(10, 31), 1, true),
        ["labor", "day", ..] => (monday(9, 1), 2, false),
        ["memorial", "day", ..] => (monday(5, -1), 2, false),
        ["martin", "luther", "king", "day", ..] => (monday(1, 3), 4, false),
        ["martin", "luther", "king", "jr", "day", ..] => (monday(1, 3), 5, false),
        ["martin", "luther", "king", "jr", ".", "day", ..] => (monday(1, 3), 6, false),
        ["mlk", "day", ..] => (monday(1, 3), 2, false),
        ["thanksgiving", "day", ..] => (Nth { m: 11, wd: 4, n: 4 }, 2, false),
        ["thanksgiving", ..] => (Nth { m: 11, wd: 4, n: 4 }, 1, true),
        ["easter", "sunday", ..] => (Easter(0), 2, false),
        ["easter", "monday", ..] => (Easter(1), 2, false),
        ["easter", ..] => (Easter(0), 1, true),
        ["good", "friday", ..] => (Easter(-2), 2, false),
        ["palm", "sunday", ..] => (Easter(-7), 2, false),
        _ => return None,
    })
}

/// A lowercase word that tells a text is about Iran: the country, its people, its
/// capital, a month of its calendar (`Azar`).
pub fn iran_word(w: &str) -> bool {
    matches!(w, "iran" | "iranian" | "iranians" | "tehran" | "persian") || persian_month(w).is_some()
}

/// Words before a one-word holiday name (`Christmas`, `Easter`, `Thanksgiving`) that
/// make it a date: `on Easter`, `around Thanksgiving`, `until Christmas`.
pub fn holiday_cue(w: &str) -> bool {
    matches!(
        w,
        "on" | "at" | "before" | "after" | "since" | "until" | "till" | "by" | "over" | "during"
            | "this" | "last" | "next" | "around" | "from" | "for" | "through" | "ahead" | "to"
    )
}

/// Words after a holiday's name that make it part of another name: `the Good Friday
/// Agreement`, `the Easter Rising`, `Christmas Island`.
pub fn holiday_name_head(w: &str) -> bool {
    matches!(w, "agreement" | "accord" | "accords" | "rising" | "uprising" | "island" | "islands" | "offensive" | "act")
}

/// Whether the three words before a date, nearest first, make it the day a measure took
/// effect (`the law that took effect on October 5`, `came into force in May`): no step of
/// the story, which the timex stage moves no focus to and the events stage dates nothing by.
pub fn measure_took_effect(w1: &str, w2: &str, w3: &str) -> bool {
    matches!(w1, "on" | "in" | "from")
        && match w2 {
            "effect" => matches!(w3, "took" | "take" | "takes" | "taking" | "into"),
            "force" => w3 == "into",
            _ => false,
        }
}

/// The time zones' acronyms that are no other word (lowercase, sorted): a clock's zone
/// here (see [`zone_word`]), and never an entity (the entities' `NOT_ENTITIES`).
pub static TIME_ZONES: &[&str] = &["aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet", "est", "gmt", "hkt", "msk", "pdt", "pst", "utc"];

/// A time zone or its cue after a clock time (`16:40 GMT`, `1pm local time`): one of
/// [`TIME_ZONES`], or an acronym or a word that is a zone only there (`ET`, `PT`, `IST`).
pub fn zone_word(w: &str) -> bool {
    matches!(w, "et" | "ct" | "mst" | "mdt" | "pt" | "ist" | "clt" | "irst" | "local" | "time") || (3..=4).contains(&w.len()) && TIME_ZONES.binary_search(&w).is_ok()
}

/// `(ISO weekday 1..=7, plural)`.
pub fn weekday(w: &str) -> Option<(u32, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if s.ends_with("day") => (s, true),
        _ => (w, false),
    };
    let n = match stem {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => return None,
    };
    Some((n, plural))
}

fn small_number(w: &str) -> Option<i64> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens(w: &str) -> Option<i64> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// `w` split at its first hyphen (`-` or the non-breaking `‑`), as in `twenty-five`.
/// Most words have none: their bytes are scanned, not decoded.
fn split_hyphen(w: &str) -> Option<(&str, &str)> {
    // (`‑` is encoded E2 80 91.)
    if !w.bytes().any(|b| b == b'-' || b == 0xE2) {
        return None;
    }
    w.split_once(['-', '‑'])
}

/// `one` … `ninety-nine`, `a`/`an` (1), `a hundred` is not handled.
pub fn number_word(w: &str) -> Option<i64> {
    if let Some(n) = small_number(w).or_else(|| tens(w)) {
        return Some(n);
    }
    match w {
        "a" | "an" => return Some(1),
        "hundred" => return Some(100),
        "dozen" => return Some(12),
        _ => {}
    }
    // (`forty-one`: tens of five bytes at least, a hyphen and a unit of three. Shorter
    // words, most of those asked, are none.)
    if w.len() < 9 {
        return None;
    }
    let (t, u) = split_hyphen(w)?;
    let u = small_number(u).filter(|&u| u < 10)?;
    Some(tens(t)? + u)
}

fn small_ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// `first` … `thirty-first`, and digit ordinals `1st`, `22nd`, `19th`.
pub fn ordinal(w: &str) -> Option<u32> {
    // (A word of letters is looked up; one starting with a digit, the common case here,
    // can only be a digit ordinal: no ordinal or tens word starts with one.)
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        if let Some(n) = small_ordinal(w) {
            return Some(n);
        }
        if let Some((t, u)) = split_hyphen(w) {
            let u = small_ordinal(u).filter(|&u| u < 10)?;
            return Some(u32::try_from(tens(t)?).ok()? + u);
        }
    }
    let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let (num, suffix) = w.split_at(digits);
    let n: u32 = num.parse().ok()?;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (suffix == want).then_some(n)
}

/// `(unit, plural)`.
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" => (Unit::Minute, true),
        "hour" => (Unit::Hour, false),
        "hours" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

pub fn season(w: &str) -> Option<Season> {
    Some(match w {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "autumn" | "fall" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// `yesterday`, `today`, `tomorrow`: the day counted from the document's.
pub fn day_word(w: &str) -> Option<i64> {
    match w {
        "yesterday" => Some(-1),
        "today" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    }
}

/// Parts of the day and their TIMEX3 codes.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// Words for the light of the day and the night that name a part of the day after a
/// preposition (`at dawn`, `by nightfall`, `at night`), and its TIMEX3 code.
pub fn twilight(w: &str) -> Option<&'static str> {
    Some(match w {
        "dawn" | "daybreak" | "sunrise" => "MO",
        "dusk" | "nightfall" | "sunset" => "EV",
        "night" => "NI",
        "lunchtime" => "MI",
        "midmorning" => "MO",
        "midafternoon" => "AF",
        _ => return None,
    })
}

/// Vague quantities: `several days`, `many years`.
pub fn vague(w: &str) -> bool {
    matches!(w, "several" | "many" | "few" | "numerous")
}

/// Adverbs and adjectives of frequency and their SET values.
pub fn frequency(w: &str) -> Option<&'static str> {
    Some(match w {
        "hourly" => "PT1H",
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "fortnightly" | "biweekly" => "P2W",
        "monthly" => "P1M",
        "quarterly" => "P1Q",
        "yearly" | "annually" => "P1Y",
        _ => return None,
    })
}

/// Words before a bare month name (`in January`) that make it a date.
pub fn month_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "since" | "by" | "until" | "till" | "til" | "during" | "before" | "after" | "from"
            | "through" | "throughout" | "to" | "between" | "of" | "early" | "late" | "mid"
            | "that" | "every" | "each" | "around" | "for" | "into" | "starting" | "beginning"
            | "ending" | "circa" | "over" | "within" | "as" | "on" | "last" | "next" | "this"
            | "till'" | "late-" | "early-" | "mid-" | "throughout-" | "ahead"
    )
}

/// Words before a bare four-digit number that make it a year whatever follows.
pub fn strong_year_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "since" | "until" | "till" | "during" | "before" | "after" | "from" | "through"
            | "throughout" | "circa" | "c" | "early" | "mid" | "late" | "year" | "spring"
            | "summer" | "autumn" | "fall" | "winter" | "between" | "by" | "pre" | "post"
            | "ca" | "into" | "years"
    )
}

/// Words before a four-digit number that make it a year unless a count noun follows.
pub fn weak_year_cue(w: &str) -> bool {
    matches!(
        w,
        "of" | "the" | "to" | "and" | "or" | "," | "(" | "–" | "-" | "—" | "its" | "their"
            | "his" | "her" | "our" | "a" | "an" | "'s" | "’s" | "for" | "on" | "as" | "that"
            | "this" | "around" | "than"
    )
}

/// Nouns of events that a year before them names (`the 1848 rebellion`, `the 2022
/// unrest`): the number is that year, not a count.
pub fn dated_event_noun(w: &str) -> bool {
    matches!(
        w,
        "rebellion" | "revolution" | "uprising" | "revolt" | "massacre" | "war" | "coup" | "election" | "elections" | "referendum"
            | "strike" | "stoppage" | "walkout" | "unrest" | "crisis" | "crackdown" | "protests" | "riots" | "events" | "earthquake"
    )
}

/// Words before a number that make it something other than a year.
pub fn not_year_cue(w: &str) -> bool {
    matches!(
        w,
        "$" | "£" | "€" | "¥" | "#" | "№" | "no" | "nos" | "number" | "version" | "v" | "page"
            | "pages" | "p" | "pp" | "room" | "flight" | "route" | "model" | "article" | "code"
            | "pin" | "us$" | "usd" | "eur" | "gbp" | "rs" | "kzt" | "bus" | "tel" | "phone"
            | "fax" | "ext" | "box" | "highway" | "paragraph" | "section" | "clause" | "chapter"
            | "resolution" | "decree" | "law" | "order" | "item" | "unit" | "building"
            | "apartment" | "street" | "plot" | "case" | "vol" | "volume" | "issue" | "id"
            | "exactly" | "about" | "approximately" | "nearly" | "almost" | "some" | "over"
            | "least" | "total" | "roughly" | "only" | "just" | "more" | "fewer" | "less"
            | "up" | "down" | "increased" | "rose" | "fell" | "reached"
    )
}

/// Plural count nouns and units: a number before them is a count, not a year or a day.
const COUNT_NOUNS: &[&str] = &[
    "activists", "adults", "arrests", "babies", "barrels", "beds", "billion", "buses",
    "calories", "cars", "cases", "casualties", "children", "citizens", "civilians", "cm",
    "companies", "complaints", "couples", "dead", "deaths", "delegates", "demonstrators",
    "detainees", "doctors", "dollars", "employees", "euros", "families", "farmers", "feet",
    "firms", "ft", "g", "gallons", "hectares", "homes", "hospitals", "households", "houses",
    "injured", "inmates", "jobs", "journalists", "kg", "kilograms", "kilometers", "kilometres",
    "km", "kw", "lb", "liters", "litres", "m", "marchers", "members", "men", "meters", "metres",
    "migrants", "miles", "million", "miners", "mw", "nurses", "officers", "officials", "other",
    "others", "participants", "patients", "people", "per", "percent", "persons", "pesos",
    "plants", "points", "police", "policemen", "pounds", "prisoners", "protesters",
    "protestors", "refugees", "residents", "roubles", "rubles", "rupees", "schools", "seats",
    "signatures", "soldiers", "staff", "strikers", "students", "supporters", "teachers",
    "tenge", "times", "tonnes", "tons", "troops", "trucks", "units", "vehicles", "victims",
    "villages", "volunteers", "voters", "votes", "women", "workers", "wounded", "yuan",
];

pub fn count_noun(w: &str) -> bool {
    COUNT_NOUNS.binary_search(&w).is_ok()
}

/// Verbs of saying and auxiliaries: `May said` is a person.
pub fn speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "added" | "stated" | "announced" | "argued" | "wrote" | "tweeted"
            | "noted" | "insisted" | "claimed" | "warned" | "asked" | "replied" | "has" | "had"
            | "have" | "is" | "was" | "will" | "would" | "could" | "should" | "might" | "must"
            | "can" | "did" | "does" | "and" | "resigned" | "urged" | "called" | "met"
            | "visited" | "promised" | "admitted" | "denied" | "accused" | "described"
    )
}

/// Function words that, right after `the March`, show that `March` is a name
/// (`the March for Our Lives`, `the March of Justice`).
pub fn function_word(w: &str) -> bool {
    matches!(
        w,
        "for" | "of" | "to" | "on" | "in" | "against" | "and" | "or" | "at" | "by" | "with"
            | "from" | "is" | "was" | "were" | "are" | "has" | "had" | "will" | "which" | "that"
            | "who"
    )
}

/// Defines a word list once as a constant (for the shared [`crate::lexicon`]) and as a
/// `match` over its words (the fast test).
macro_rules! word_set {
    ($(#[$doc:meta])* $list:ident, $test:ident, [$($w:literal),* $(,)?]) => {
        const $list: &[&str] = &[$($w),*];
        $(#[$doc])*
        fn $test(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
}

word_set!(
    /// Words that announce the future: `elections will be held in March`.
    FUTURE_WORDS,
    future_word,
    [
        "will", "would", "shall", "won't", "scheduled", "planned", "plans", "plan", "planning",
        "due", "expected", "expects", "expect", "upcoming", "forthcoming", "intends", "intend", "aims",
        "hopes", "if", "unless", "set", "could", "might", "must", "should", "may",
    ]
);

word_set!(
    /// Verbs in the present tense that tell when something scheduled happens: `the
    /// movement marks its 100th day on 20 May`, `the new law takes effect on 1 July`, `a ballot that closes on 20 February`, `the mandate runs until May`.
    PRESENT_WORDS,
    present_word,
    ["marks", "falls", "begins", "begin", "starts", "ends", "expires", "opens", "resumes", "resume", "takes", "closes", "concludes", "finishes", "runs"]
);

word_set!(
    /// Verbs of saying and calling, left out of the past cues: `called a strike on 26
    /// August` speaks of a plan.
    NOT_PAST_WORDS,
    not_past_word,
    [
        "said", "told", "called", "announced", "urged", "vowed", "threatened", "warned",
        "pledged", "promised", "agreed", "declared", "demanded", "decided", "voted", "approved",
        "ordered", "asked", "invited", "summoned", "postponed", "delayed", "moved", "confirmed",
        "added", "stated", "insisted", "claimed", "applied", "requested", "appealed",
    ]
);

word_set!(
    /// Words that show a past tense without ending in `-ed`.
    PAST_WORDS,
    past_word,
    [
        "was", "were", "had", "did", "ago", "began", "took", "broke", "came", "went", "fell",
        "saw", "gave", "rose", "spoke", "wrote", "drew", "grew", "threw", "knew", "fled", "held",
        "struck", "met", "left", "led", "shot", "fought", "ran", "sent", "won", "lost", "paid",
        "built", "brought", "thought", "stood", "kept", "felt", "found", "swept", "told", "became",
        "drove", "sought", "shook", "tore", "froze", "stole", "hid", "laid", "overran", "withdrew",
        "upheld", "caught", "burnt", "dealt", "forbade", "undertook", "overthrew",
    ]
);

word_set!(
    /// Words in `-ed` that show no past tense.
    NOT_PAST_ED,
    not_past_ed,
    ["scheduled", "planned", "expected", "indeed", "united", "proposed", "intended", "needed", "involved"]
);

word_set!(
    /// Words that end a clause for the purpose of the future-cue window.
    CLAUSE_BREAKS,
    clause_break_word,
    [";", "and", "but", "while", "whereas", "although", "though"]
);

/// Every word a tense cue or a clause break names, for [`crate::lexicon`]: a word outside
/// them shows a tense only by its ending (`-ed`, `'ll`) and never ends a clause.
pub(crate) const TENSE_LISTS: &[&[&str]] = &[FUTURE_WORDS, PRESENT_WORDS, NOT_PAST_WORDS, PAST_WORDS, NOT_PAST_ED, CLAUSE_BREAKS];

/// Verbs in the present tense that tell when something scheduled happens (`falls on`,
/// `takes effect on`): a date in the coming year is this one.
pub fn present_cue(w: &str) -> bool {
    present_word(w)
}

/// Words that announce the future: `elections will be held in March`.
pub fn future_cue(w: &str) -> bool {
    future_word(w) || w.ends_with("'ll") || w.ends_with("’ll")
}

/// Words that show a past tense: `was`, `had`, `marched`, `struck`. Verbs of saying
/// and calling are left out: `called a strike on 26 August` speaks of a plan.
pub fn past_cue(w: &str) -> bool {
    if not_past_word(w) {
        return false;
    }
    past_word(w) || (w.len() > 4 && w.ends_with("ed") && !not_past_ed(w))
}

/// Verbs of saying and calling in the past (`said`, `announced`, `called`): the date
/// right after one (`said on Tuesday she would resign`) is when it was said.
pub fn saying_verb(w: &str) -> bool {
    not_past_word(w)
}

/// Words that end a clause for the purpose of the future-cue window.
pub fn clause_break(w: &str) -> bool {
    clause_break_word(w)
}

/// Words of a rule kept every day, before a span of the clock (`a curfew between 23:00
/// and 07:00`, `may not leave his home between 22:00 and 06:00`), and of a habit
/// (`hearings are held on weekdays, usually from 10:00 to 18:00`).
pub fn daily_rule(w: &str) -> bool {
    matches!(w, "curfew" | "may" | "must" | "cannot" | "banned" | "forbidden" | "prohibited" | "allowed" | "daily" | "nightly" | "usually" | "normally" | "weekdays")
}

/// Words that put a thing off to a later day (`postponed to`, `pushed back to`).
pub fn puts_off(w: &str) -> bool {
    matches!(w, "postponed" | "postpone" | "postpones" | "delayed" | "deferred" | "adjourned" | "rescheduled" | "back")
}

/// Verbs that ask for something still to come when `to` and a verb follow: `called on
/// workers to join a strike on Wednesday`, `applied to hold a rally on 18 August`, `were
/// warned not to gather on Friday`.
pub fn asks_to(w: &str) -> bool {
    matches!(
        w,
        "called" | "urged" | "asked" | "invited" | "appealed" | "calls" | "urges" | "call" | "urge" | "applied"
            | "requested" | "vowed" | "threatened" | "pledged" | "promised" | "vows" | "threatens" | "warned" | "warns"
    )
}

/// Verbs of a headline's `to` infinitive, which tells what is still to come: `President
/// to resign on Wednesday`, `Teachers to strike in February`, `Activists to be sentenced`.
pub fn headline_infinitive(w: &str) -> bool {
    matches!(
        w,
        "strike" | "resign" | "march" | "protest" | "rally" | "hold" | "walk" | "stage" | "vote" | "meet"
            | "end" | "raise" | "close" | "reopen" | "ban" | "face" | "seek" | "lift" | "impose" | "extend"
            | "return" | "begin" | "start" | "join" | "boycott" | "quit" | "step" | "sign" | "visit" | "announce"
            | "appeal" | "testify" | "stand" | "launch" | "shut" | "halt" | "resume" | "stop" | "pay" | "ballot"
            | "decide" | "rule" | "hear" | "review" | "sue" | "leave" | "be" | "go" | "hike" | "cut" | "scrap"
            | "introduce" | "release" | "free" | "sentence" | "try" | "open" | "name" | "elect" | "fly"
    )
}

/// Words of readiness or hope that look ahead when `to` and a verb follow: `prepared to
/// strike again on Monday`, `hoped to restore flights on Wednesday`, `poised to`.
pub fn ready_to(w: &str) -> bool {
    matches!(
        w,
        "prepared" | "preparing" | "prepares" | "poised" | "ready" | "hoped" | "hoping" | "hope" | "likely"
            | "unlikely" | "going" | "aiming" | "aimed" | "intended" | "intending" | "wants" | "wanted"
    )
}

/// Determiners and quantifiers before which an `-ed` word is an adjective, no verb:
/// `all detained protesters`, `the injured`, `their planned march`.
pub fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "all" | "those" | "these" | "this" | "that" | "his" | "her" | "its" | "their" | "our"
            | "my" | "your" | "some" | "many" | "several" | "other" | "newly" | "any" | "no" | "every" | "each"
    )
}

/// Verbs of calling: what is called may still be ahead, whatever their tense (`has
/// called further strikes from 24 December`).
pub fn calls_for(w: &str) -> bool {
    matches!(w, "called" | "calls" | "announced" | "announces")
}

/// Verbs that, with `for`, ask for an action still to come: `have called for rallies
/// over the weekend`, `urged for strikes on Monday`.
pub fn calls_for_action(w: &str) -> bool {
    matches!(w, "called" | "calls" | "call" | "calling" | "urged" | "urges" | "appealed" | "appeals")
}

/// Nouns of collective action that a call asks for: `rallies`, `a general strike`.
pub fn action_noun(w: &str) -> bool {
    matches!(
        w,
        "strike" | "strikes" | "rally" | "rallies" | "protest" | "protests" | "march" | "marches"
            | "demonstration" | "demonstrations" | "walkout" | "walkouts" | "stoppage" | "stoppages"
            | "boycott" | "boycotts" | "vigil" | "vigils" | "blockade" | "blockades" | "sit-in"
            | "sit-ins" | "shutdown" | "shutdowns" | "mobilisation" | "mobilization" | "gatherings"
    )
}

/// Nouns a `24-hour` describes as open round the clock rather than as lasting a span:
/// `a 24-hour news channel`, `the 24-hour news cycle`, `a 24-hour hotline` (but `a 24-hour
/// strike` lasts 24 hours).
pub fn round_the_clock(w: &str) -> bool {
    matches!(
        w,
        "news" | "channel" | "channels" | "service" | "services" | "shop" | "shops" | "store" | "stores"
            | "hotline" | "hotlines" | "helpline" | "helplines" | "pharmacy" | "pharmacies" | "supermarket"
            | "supermarkets" | "newsroom" | "broadcaster" | "broadcasters" | "television" | "tv" | "clinic"
            | "clinics" | "casino" | "casinos" | "diner" | "gym" | "gyms" | "clock" | "access" | "basis"
    )
}

/// Capitalised nouns that end a name holding a date: `the April 6 Youth Movement`, `the
/// May 4th Movement`, `the 6th of October Bridge`, `the July 26 Brigade` (the date names
/// the thing, it is no time expression).
pub fn name_head(w: &str) -> bool {
    matches!(
        w,
        "movement" | "bridge" | "square" | "street" | "avenue" | "road" | "party" | "brigade" | "brigades"
            | "front" | "coalition" | "alliance" | "group" | "stadium" | "park" | "station" | "university"
            | "committee" | "organisation" | "organization" | "union" | "society" | "city" | "district"
            | "boulevard" | "highway" | "metro" | "hospital" | "school" | "martyrs" | "generation"
            | "manifesto" | "agreement" | "accord" | "accords" | "declaration" | "club"
    )
}

/// Verbs that tell something began: `the strike began on Monday`, `walked out on 10
/// January`, `protests erupted on 2 January`.
pub fn start_verb(w: &str) -> bool {
    matches!(
        w,
        "began" | "begun" | "started" | "erupted" | "launched" | "walked" | "broke" | "kicked" | "sparked"
            | "triggered" | "commenced"
    )
}

/// Verbs that set a day for something: `a general strike was called for Tuesday`.
pub fn sets_a_day(w: &str) -> bool {
    matches!(w, "called" | "set" | "scheduled" | "planned" | "announced")
}

/// Words before `overnight` that make it mean "suddenly": `prices doubled overnight`,
/// `almost overnight`.
pub fn sudden(w: &str) -> bool {
    matches!(
        w,
        "doubled" | "tripled" | "quadrupled" | "rose" | "risen" | "jumped" | "soared" | "surged" | "changed"
            | "became" | "become" | "vanished" | "disappeared" | "increased" | "fell" | "collapsed" | "almost"
            | "virtually" | "practically" | "literally" | "nearly"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(COUNT_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(TRIGGERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_word_a_rule_starts_with_is_a_trigger() {
        let names = [
            "january", "jan", "sept", "may", "december", "monday", "sundays", "spring", "fall",
            "daily", "annually", "several", "few", "one", "nineteen", "ninety", "first",
            "twentieth", "thirtieth", "the", "from", "every", "today", "christmas", "noon",
            "easter", "thanksgiving", "labor", "labour", "good", "boxing", "nowruz", "martin",
            "a", "an", "dozen", "hundred", "twenty-five", "mid-2021", "q3", "twenty-first", "persian",
        ];
        for w in names {
            assert!(trigger(w), "{w}");
        }
        for w in ["workers", "protest", "in", "said", "day", "week"] {
            assert!(!trigger(w), "{w}");
        }
    }

    #[test]
    fn every_name_the_rules_read_is_an_anchor() {
        assert!(ANCHORS.windows(2).all(|w| w[0] < w[1]));
        for w in ANCHORS {
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::TIMEX_ANCHOR, 0, "{w}");
        }
        let units = ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "centuries"];
        for w in TRIGGERS.iter().chain(ANCHORS).copied().chain(units) {
            let plural = format!("{w}s");
            for w in [w, plural.as_str()] {
                let named = month(w).is_some()
                    || weekday(w).is_some()
                    || unit(w).is_some()
                    || season(w).is_some()
                    || part_of_day(w).is_some()
                    || frequency(w).is_some();
                assert!(!named || ANCHORS.contains(&w), "{w}");
            }
        }
    }

    #[test]
    fn tense_words_are_flagged() {
        for w in TENSE_LISTS.iter().copied().flatten() {
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::TIMEX_TENSE, 0, "{w}");
        }
        // an unlisted word shows a tense only by its ending
        assert!(past_cue("marched") && future_cue("they'll") && !past_cue("proposed") && !past_cue("said"));
    }

    #[test]
    fn numbers_and_ordinals() {
        assert_eq!(number_word("ten"), Some(10));
        assert_eq!(number_word("twenty-five"), Some(25));
        assert_eq!(number_word("twenty-ten"), None);
        assert_eq!(ordinal("19th"), Some(19));
        assert_eq!(ordinal("2nd"), Some(2));
        assert_eq!(ordinal("21st"), Some(21));
        assert_eq!(ordinal("11th"), Some(11));
        assert_eq!(ordinal("11st"), None);
        assert_eq!(ordinal("twenty-first"), Some(21));
        assert_eq!(ordinal("nineteenth"), Some(19));
        assert_eq!(ordinal("99999999999th"), None);
    }

    #[test]
    fn names() {
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(weekday("fridays"), Some((5, true)));
        assert_eq!(weekday("days"), None);
        assert_eq!(unit("decades"), Some((Unit::Decade, true)));
        assert!(count_noun("workers"));
        assert!(!count_noun("protests"));
    }
}
