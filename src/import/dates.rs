//! Lenient publication dates for imported files: `2022-01-05`, `2022-01-05T10:00:00Z`,
//! `5 January 2022`, `January 5, 2022`, `Wed, 05 Jan 2022 10:00:00 +0000`, `05.01.2022`,
//! unix seconds (record fields only); a date in a file name; the first date line of a text.

use chrono::NaiveDate;

/// What a date string turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Date(NaiveDate),
    /// It has the shape of a date but is not one between the years 1 and 9999
    /// (`0000-01-01`, `10000-01-01`, `2022-02-30`).
    OutOfRange,
    NotADate,
}

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Longest string looked at: dates are short, and this keeps the work per field bounded.
const MAX_LEN: usize = 80;

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| *m == w || (w.len() == 3 || w == "sept") && m.starts_with(&w))?;
    Some(i as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    w.len() >= 3 && WEEKDAYS.iter().any(|d| *d == w || (w.len() == 3 && d.starts_with(&w)))
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn ymd(y: &str, m: &str, d: &str) -> Found {
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Found::OutOfRange;
    };
    match i32::try_from(y).ok().filter(|y| (1..=9999).contains(y)).and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
        Some(date) => Found::Date(date),
        None => Found::OutOfRange,
    }
}

/// A time of day, a zone or `at`, as may follow a written date.
fn is_time_word(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    w.contains(':')
        || matches!(l.as_str(), "at" | "am" | "pm" | "a.m." | "p.m." | "utc" | "gmt" | "z")
        || (w.starts_with(['+', '-']) && digits(&w[1..]))
        || (w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Parses a date written in one of the usual ways, with an optional weekday before it
/// and an optional time after it.
pub fn parse(s: &str) -> Found {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_LEN {
        return Found::NotADate;
    }
    // ISO: 2022-01-05, 2022/01/05, 2022-01-05T10:00:00Z, 2022-01-05 10:00
    let head = s.split(['T', ' ']).next().unwrap_or("");
    let rest_ok = |rest: &str| rest.is_empty() || rest.starts_with(['T', ' ']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    for sep in ['-', '/'] {
        let parts: Vec<&str> = head.split(sep).collect();
        if let [y, m, d] = parts[..] {
            if digits(y) && y.len() >= 4 && digits(m) && m.len() <= 2 && digits(d) && d.len() <= 2 && rest_ok(&s[head.len()..]) {
                return ymd(y, m, d);
            }
        }
    }
    // 05.01.2022 (day first)
    let parts: Vec<&str> = head.split('.').collect();
    if let [d, m, y] = parts[..] {
        if digits(d) && d.len() <= 2 && digits(m) && m.len() <= 2 && digits(y) && y.len() >= 4 && rest_ok(&s[head.len()..]) {
            return ymd(y, m, d);
        }
    }
    written(s)
}

/// `5 January 2022`, `5th Jan. 2022`, `January 5, 2022`, `Wed, 05 Jan 2022 10:00 GMT`.
fn written(s: &str) -> Found {
    let mut words: Vec<&str> = s.split([' ', ',', '\t']).filter(|w| !w.is_empty()).collect();
    if words.first().is_some_and(|w| is_weekday(w)) {
        words.remove(0);
    }
    while words.len() > 3 && words.last().is_some_and(|w| is_time_word(w)) {
        words.pop();
    }
    fn day(w: &str) -> Option<&str> {
        let w = w.trim_end_matches(['.']);
        let n = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[n.len()..];
        (digits(n) && n.len() <= 2 && matches!(suffix, "" | "st" | "nd" | "rd" | "th")).then_some(n)
    }
    fn year(w: &str) -> Option<&str> {
        (digits(w) && w.len() >= 4).then_some(w)
    }
    match words[..] {
        [d, m, y] => match (day(d), month(m), year(y)) {
            (Some(d), Some(m), Some(y)) => ymd(y, &m.to_string(), d),
            _ => match (month(d), day(m), year(y)) {
                (Some(m), Some(d), Some(y)) => ymd(y, &m.to_string(), d),
                _ => Found::NotADate,
            },
        },
        _ => Found::NotADate,
    }
}

/// A record field: a date as [`parse`] reads it, or unix time in seconds (9–10 digits)
/// or milliseconds (12–13 digits).
pub fn parse_field(s: &str) -> Found {
    let t = s.trim();
    if digits(t) && matches!(t.len(), 9 | 10 | 12 | 13) {
        let n: i64 = t.parse().unwrap_or(0);
        let secs = if t.len() >= 12 { n / 1000 } else { n };
        return match chrono::DateTime::from_timestamp(secs, 0) {
            Some(dt) => Found::Date(dt.date_naive()),
            None => Found::OutOfRange,
        };
    }
    parse(t)
}

/// A `YYYY-MM-DD` (or `YYYY_MM_DD`, `YYYYMMDD` between separators) in a file name.
pub fn in_name(name: &str) -> Found {
    let b = name.as_bytes();
    let is_digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let boundary = |i: usize| !is_digit(i);
    for start in 0..b.len() {
        if start > 0 && is_digit(start - 1) {
            continue;
        }
        let run = (start..b.len()).take_while(|&i| is_digit(i)).count();
        if run == 4 {
            let sep = b.get(start + 4).copied();
            if matches!(sep, Some(b'-' | b'_' | b'.')) {
                let (m, d) = (start + 5, start + 8);
                if is_digit(m) && is_digit(m + 1) && b.get(m + 2) == sep.as_ref() && is_digit(d) && is_digit(d + 1) && boundary(d + 2) {
                    return ymd(&name[start..start + 4], &name[m..m + 2], &name[d..d + 2]);
                }
            }
        } else if run == 8 {
            let found = ymd(&name[start..start + 4], &name[start + 4..start + 6], &name[start + 6..start + 8]);
            if matches!(found, Found::Date(_)) {
                return found;
            }
        }
    }
    Found::NotADate
}

/// Lines at the top of a text looked at for a date.
const FIRST_LINES: usize = 8;

/// The first date line among the first non-blank lines of a text: a line that is only a
/// date, perhaps labelled (`Date:`, `Published`, `Posted on`) or marked up (`# `, `*`).
/// Returns what was found, the date as written, and, when it is the very first line,
/// where that line ends.
pub fn first_date_line(text: &str) -> Option<(Found, String, Option<usize>)> {
    let mut end = 0;
    let lines = text.split_inclusive('\n').map(|l| {
        end += l.len();
        (l, end)
    });
    for (n, (line, end)) in lines.filter(|(l, _)| !l.trim().is_empty()).take(FIRST_LINES).enumerate() {
        let mut t = line.trim().trim_matches(['#', '*', '_', '>', '-', ' ', '\u{FEFF}']);
        if t.len() > MAX_LEN {
            continue;
        }
        for label in ["date", "dated", "published", "posted", "updated", "on"] {
            if t.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label)) && t[label.len()..].starts_with([':', ' ']) {
                t = t[label.len() + 1..].trim_start_matches([':', ' ']);
            }
        }
        match parse(t) {
            Found::NotADate => {}
            found => return Some((found, t.to_string(), (n == 0).then_some(end))),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Found {
        Found::Date(NaiveDate::from_ymd_opt(y, m, day).unwrap())
    }

    #[test]
    fn usual_forms() {
        for s in [
            "2022-01-05",
            "2022/01/05",
            "2022-01-05T10:00:00Z",
            "2022-01-05T23:30:00-05:00",
            "2022-01-05 10:00",
            "5 January 2022",
            "5th Jan. 2022",
            "January 5, 2022",
            "Wednesday, 5 January 2022",
            "Wed, 05 Jan 2022 10:00:00 +0000",
            "05.01.2022",
        ] {
            assert_eq!(parse(s), d(2022, 1, 5), "{s}");
        }
        assert_eq!(parse("Sept 5, 2022"), d(2022, 9, 5));
        assert_eq!(parse_field("1641376800"), d(2022, 1, 5));
        assert_eq!(parse_field("1641376800000"), d(2022, 1, 5));
    }

    #[test]
    fn out_of_range_and_not_dates() {
        assert_eq!(parse("0000-01-01"), Found::OutOfRange);
        assert_eq!(parse("10000-01-01"), Found::OutOfRange);
        assert_eq!(parse("2022-02-30"), Found::OutOfRange);
        assert_eq!(parse("5 January 10000"), Found::OutOfRange);
        assert_eq!(parse("99999999999999999999-01-01"), Found::OutOfRange);
        assert_eq!(parse("0001-01-01"), d(1, 1, 1));
        assert_eq!(parse("9999-12-31"), d(9999, 12, 31));
        for s in ["", "Strike", "May 2022", "5 May", "2022", "12/01/2022", "1/2/3", "May the fourth be with you"] {
            assert_eq!(parse(s), Found::NotADate, "{s}");
        }
        assert_eq!(parse_field("12345"), Found::NotADate);
    }

    #[test]
    fn dates_in_file_names() {
        assert_eq!(in_name("notes-2022-01-05.md"), d(2022, 1, 5));
        assert_eq!(in_name("2022_01_05_strike.txt"), d(2022, 1, 5));
        assert_eq!(in_name("scan20220105.txt"), d(2022, 1, 5));
        assert_eq!(in_name("id12345678.txt"), Found::NotADate, "eight digits that are no date");
        assert_eq!(in_name("report 20220105.txt"), d(2022, 1, 5));
        assert_eq!(in_name("v12022-01-05x.txt"), Found::NotADate, "five digits are not a year");
        assert_eq!(in_name("0000-01-01.txt"), Found::OutOfRange);
        assert_eq!(in_name("notes.md"), Found::NotADate);
    }

    #[test]
    fn first_date_line_is_labelled_or_bare() {
        let t = "Date: 5 January 2022\n\nWorkers struck.";
        assert_eq!(first_date_line(t), Some((d(2022, 1, 5), "5 January 2022".into(), Some(21))));
        let t = "# Strike in Oakvale\n\n*Published January 5, 2022*\n\nWorkers struck.";
        assert_eq!(first_date_line(t), Some((d(2022, 1, 5), "January 5, 2022".into(), None)));
        assert_eq!(first_date_line("Workers struck on 5 January 2022."), None);
        let many = "x\n".repeat(20) + "2022-01-05\n";
        assert_eq!(first_date_line(&many), None, "only the first lines are looked at");
    }
}
