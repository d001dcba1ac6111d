//! Calendar values for timexes: points in time at a granularity, their TIMEX3 strings,
//! and the checked arithmetic used to resolve relative expressions. Every constructor
//! and operation keeps years within 1..=9999 and returns `None` instead of panicking.

use crate::extract::Precision;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

pub fn year_ok(y: i32) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&y)
}

/// A valid calendar date with a four-digit year, or `None` (`31 February`, year 0, …).
pub fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !year_ok(y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The Gregorian day of 1 Farvardin (Nowruz) of Solar Hijri year `jy` (1200..=1600, the
/// Gregorian years 1821..=2221): the arithmetic of the official Iranian calendar
/// (Borkowski's breaks of its 33-year cycles, as the `jalaali` libraries compute it).
pub fn nowruz(jy: i32) -> Option<NaiveDate> {
    const BREAKS: [i32; 20] = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];
    if !(1200..=1600).contains(&jy) {
        return None;
    }
    let gy = jy + 621;
    let (mut leap_j, mut jp, mut jump) = (-14, BREAKS[0], 0);
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    let n = jy - jp;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    date(gy, 3, u32::try_from(20 + leap_j - leap_g).ok()?)
}

/// The Gregorian day of day `d` of month `m` (1 = Farvardin) of Solar Hijri year `jy`:
/// six months of 31 days, five of 30, and Esfand of 29 (30 in a leap year); `None` for
/// a day the month does not have.
pub fn persian(jy: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let start = nowruz(jy)?;
    let len = match m {
        1..=6 => 31,
        7..=11 => 30,
        _ => u32::try_from(nowruz(jy + 1)?.signed_duration_since(start).num_days() - 336).ok()?,
    };
    let before = if m <= 7 { 31 * (m - 1) } else { 186 + 30 * (m - 7) };
    (d <= len).then(|| start.checked_add_days(Days::new(u64::from(before + d - 1)))).flatten()
}

/// The Solar Hijri year that holds the Gregorian day `g`.
pub fn persian_year(g: NaiveDate) -> Option<i32> {
    let jy = g.year() - 621;
    Some(if g >= nowruz(jy)? { jy } else { jy - 1 })
}

/// True when day `d` can occur in month `m` of some year (29 February included).
pub fn day_fits_month(m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, m, d).is_some()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    /// The month a season starts in; winter `Y` starts in December of `Y`.
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
    /// The season of a month, and the offset from the month's year to the season's year
    /// (January 2022 is in winter 2021).
    pub fn of_month(m: u32) -> (Season, i32) {
        match m {
            3..=5 => (Season::Spring, 0),
            6..=8 => (Season::Summer, 0),
            9..=11 => (Season::Fall, 0),
            12 => (Season::Winter, 0),
            _ => (Season::Winter, -1),
        }
    }
    pub fn start(self, y: i32) -> Option<NaiveDate> {
        date(y, self.first_month(), 1)
    }
    /// The last day of the season that starts in year `y`.
    pub fn end(self, y: i32) -> Option<NaiveDate> {
        self.start(y)?.checked_add_months(Months::new(3))?.pred_opt()
    }
}

/// A named holiday: a fixed day of the year, or a day computed for each year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// The same month and day every year: `Christmas Day`, `May Day`, `Nowruz`.
    Fixed(u32, u32),
    /// Easter Sunday moved by a number of days: `Good Friday` is -2, `Easter Monday` 1.
    Easter(i8),
    /// The `n`th weekday `wd` (ISO, 1 = Monday) of month `m`, counted from its end when `n`
    /// is negative: `Labor Day` is the first Monday of September, `Memorial Day` the last
    /// Monday of May.
    Nth { m: u32, wd: u32, n: i8 },
    /// The lunar new year (`Lunar New Year`, `Chinese New Year`): its day in
    /// [`LUNAR_NEW_YEAR`] (none outside the years it lists).
    Lunar,
}

/// The first year of [`LUNAR_NEW_YEAR`].
const LUNAR_FIRST: i32 = 2000;
/// The lunar new year's (month, day) in each year from [`LUNAR_FIRST`] on.
const LUNAR_NEW_YEAR: [(u32, u32); 31] = [
    (2, 5), (1, 24), (2, 12), (2, 1), (1, 22), (2, 9), (1, 29), (2, 18), (2, 7), (1, 26),
    (2, 14), (2, 3), (1, 23), (2, 10), (1, 31), (2, 19), (2, 8), (1, 28), (2, 16), (2, 5),
    (1, 25), (2, 12), (2, 1), (1, 22), (2, 10), (1, 29), (2, 17), (2, 6), (1, 26), (2, 13),
    (2, 3),
];

impl Holiday {
    /// The holiday's day in year `y` (`None` outside years 1..=9999).
    pub fn on(self, y: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed(m, d) => date(y, m, d),
            Holiday::Easter(n) => add_days(easter(y)?, i64::from(n)).filter(|d| year_ok(d.year())),
            Holiday::Lunar => {
                let (m, d) = *LUNAR_NEW_YEAR.get(usize::try_from(y.checked_sub(LUNAR_FIRST)?).ok()?)?;
                date(y, m, d)
            }
            Holiday::Nth { m, wd, n } => {
                let wd = weekday(wd)?;
                if n > 0 {
                    let first = weekday_on_or_after(date(y, m, 1)?, wd)?;
                    add_days(first, 7 * i64::from(n - 1)).filter(|d| d.month() == m)
                } else {
                    let last = date(y, m, 1)?.checked_add_months(Months::new(1))?.pred_opt()?;
                    let d = weekday_on_or_before(last, wd)?;
                    add_days(d, 7 * i64::from(n + 1)).filter(|d| d.month() == m)
                }
            }
        }
    }

    /// The month and day of a holiday that falls on the same day every year.
    pub fn fixed(self) -> Option<(u32, u32)> {
        match self {
            Holiday::Fixed(m, d) => Some((m, d)),
            _ => None,
        }
    }
}

/// Easter Sunday of year `y` in the Gregorian calendar (the anonymous Gregorian computus).
pub fn easter(y: i32) -> Option<NaiveDate> {
    if !year_ok(y) {
        return None;
    }
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Units of durations and of relative offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The granularity of a date reached by moving in this unit.
    pub fn gran(self) -> Precision {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Precision::Day,
            Unit::Week => Precision::Week,
            Unit::Month => Precision::Month,
            Unit::Quarter => Precision::Quarter,
            Unit::Year | Unit::Decade | Unit::Century => Precision::Year,
        }
    }

    /// TIMEX3 duration value for `n` of this unit: `P3D`, `PT48H`, `P20Y`, `PXY`.
    /// Counted decades and centuries are written in years (`two decades` is `P20Y`, `a
    /// century` `P100Y`, as annotators write them); vague ones keep their unit
    /// (`decades` is `PXDE`).
    pub fn duration(self, n: &str) -> String {
        if let (Unit::Decade | Unit::Century, Ok(k)) = (self, n.parse::<u32>()) {
            if let Some(years) = k.checked_mul(if self == Unit::Decade { 10 } else { 100 }) {
                return Unit::Year.duration(&years.to_string());
            }
        }
        let (head, tail) = match self {
            Unit::Second => ("PT", "S"),
            Unit::Minute => ("PT", "M"),
            Unit::Hour => ("PT", "H"),
            Unit::Day => ("P", "D"),
            Unit::Week => ("P", "W"),
            Unit::Month => ("P", "M"),
            Unit::Quarter => ("P", "Q"),
            Unit::Year => ("P", "Y"),
            Unit::Decade => ("P", "DE"),
            Unit::Century => ("P", "CE"),
        };
        // (pushed, not formatted: the formatting machinery costs more than the value)
        let mut s = String::with_capacity(head.len() + n.len() + tail.len());
        s.push_str(head);
        s.push_str(n);
        s.push_str(tail);
        s
    }

    /// The value of a date in this unit whose anchor is unknown (undated documents).
    pub fn unresolved(self) -> &'static str {
        match self.gran() {
            Precision::Day => "XXXX-XX-XX",
            Precision::Week => "XXXX-WXX",
            Precision::Month => "XXXX-XX",
            Precision::Quarter => "XXXX-QX",
            _ => "XXXX",
        }
    }
}

/// `d` moved by `n` days (back when `n` is negative); `None` past the calendar's range.
pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let k = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(k)
    } else {
        d.checked_sub_months(k)
    }
}

/// `d` moved by `n` units (hours move whole days; seconds and minutes not at all).
pub fn add(d: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    let out = match unit {
        Unit::Second | Unit::Minute => Some(d),
        Unit::Hour => add_days(d, n / 24),
        Unit::Day => add_days(d, n),
        Unit::Week => add_days(d, n.checked_mul(7)?),
        Unit::Month => add_months(d, n),
        Unit::Quarter => add_months(d, n.checked_mul(3)?),
        Unit::Year => add_months(d, n.checked_mul(12)?),
        Unit::Decade => add_months(d, n.checked_mul(120)?),
        Unit::Century => add_months(d, n.checked_mul(1200)?),
    }?;
    year_ok(out.year()).then_some(out)
}

pub fn weekday(n: u32) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// The latest `wd` on or before `d`.
pub fn weekday_on_or_before(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let back = (d.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    add_days(d, -i64::from(back))
}

/// The earliest `wd` on or after `d`.
pub fn weekday_on_or_after(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let fwd = (wd.num_days_from_monday() + 7 - d.weekday().num_days_from_monday()) % 7;
    add_days(d, i64::from(fwd))
}

/// The `wd` nearest to `d` (three days either way; ties go forward).
pub fn weekday_nearest(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let fwd = (wd.num_days_from_monday() + 7 - d.weekday().num_days_from_monday()) % 7;
    if fwd <= 3 {
        add_days(d, i64::from(fwd))
    } else {
        add_days(d, i64::from(fwd) - 7)
    }
}

/// A point in time at some granularity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    Day(NaiveDate),
    /// The ISO week holding the date.
    Week(NaiveDate),
    /// The weekend of the ISO week holding the date.
    Weekend(NaiveDate),
    Month(i32, u32),
    Season(i32, Season),
    Quarter(i32, u32),
    Half(i32, u32),
    Year(i32),
    /// `199` is the 1990s.
    Decade(i32),
    /// `18` is the 1800s (the 19th century).
    Century(i32),
}

impl Point {
    /// The point of granularity `p` holding the date.
    pub fn at(d: NaiveDate, p: Precision) -> Option<Point> {
        let y = d.year();
        if !year_ok(y) {
            return None;
        }
        let point = match p {
            Precision::Day => Point::Day(d),
            Precision::Week => Point::Week(d),
            Precision::Month => Point::Month(y, d.month()),
            Precision::Season => {
                let (s, off) = Season::of_month(d.month());
                Point::Season(y + off, s)
            }
            Precision::Quarter => Point::Quarter(y, (d.month() - 1) / 3 + 1),
            Precision::Year => Point::Year(y),
            Precision::Decade => Point::Decade(y / 10),
            Precision::Century => Point::Century(y / 100),
        };
        point.valid().then_some(point)
    }

    fn valid(&self) -> bool {
        match *self {
            Point::Day(d) | Point::Week(d) | Point::Weekend(d) => year_ok(d.year()),
            Point::Month(y, m) => year_ok(y) && (1..=12).contains(&m),
            Point::Season(y, _) | Point::Year(y) => year_ok(y),
            Point::Quarter(y, q) => year_ok(y) && (1..=4).contains(&q),
            Point::Half(y, h) => year_ok(y) && (1..=2).contains(&h),
            Point::Decade(d) => (0..=999).contains(&d),
            Point::Century(c) => (0..=99).contains(&c),
        }
    }

    /// A checked constructor for points built from text.
    pub fn checked(self) -> Option<Point> {
        self.valid().then_some(self)
    }

    pub fn precision(&self) -> Precision {
        match self {
            Point::Day(_) => Precision::Day,
            Point::Week(_) | Point::Weekend(_) => Precision::Week,
            Point::Month(..) => Precision::Month,
            Point::Season(..) => Precision::Season,
            Point::Quarter(..) | Point::Half(..) => Precision::Quarter,
            Point::Year(_) => Precision::Year,
            Point::Decade(_) => Precision::Decade,
            Point::Century(_) => Precision::Century,
        }
    }

    /// The first day of the point (for weeks, the date it was built from).
    pub fn start(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d) | Point::Week(d) | Point::Weekend(d) => Some(d),
            Point::Month(y, m) => date(y, m, 1),
            Point::Season(y, s) => s.start(y),
            Point::Quarter(y, q) => date(y, q.checked_sub(1)? * 3 + 1, 1),
            Point::Half(y, h) => date(y, h.checked_sub(1)? * 6 + 1, 1),
            Point::Year(y) => date(y, 1, 1),
            Point::Decade(d) => date(d.checked_mul(10)?, 1, 1),
            Point::Century(c) => date(c.checked_mul(100)?, 1, 1),
        }
    }

    /// Whether the day `d` falls within the point.
    pub fn holds(&self, d: NaiveDate) -> bool {
        match *self {
            Point::Half(y, h) => d.year() == y && (d.month() - 1) / 6 + 1 == h,
            Point::Weekend(w) => Point::at(d, Precision::Week) == Some(Point::Week(w)) && d.weekday().number_from_monday() >= 6,
            p => Point::at(d, p.precision()) == Some(p),
        }
    }

    /// The calendar year, for points no coarser than a year.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Point::Day(d) | Point::Week(d) | Point::Weekend(d) => Some(d.year()),
            Point::Month(y, _) | Point::Season(y, _) | Point::Quarter(y, _) => Some(y),
            Point::Half(y, _) | Point::Year(y) => Some(y),
            Point::Decade(_) | Point::Century(_) => None,
        }
    }

    /// The TIMEX3 value: `2022-01-02`, `2022-W31`, `2022-W31-WE`, `2022-01`, `2021-SU`,
    /// `2020-Q3`, `2021-H1`, `2011`, `199`, `18`.
    pub fn value(&self) -> String {
        match *self {
            Point::Day(d) if (0..=9999).contains(&d.year()) => {
                // the common case, without the formatting machinery
                let mut s = String::with_capacity(10);
                push_digits(&mut s, d.year() as u32, 4);
                s.push('-');
                push_digits(&mut s, d.month(), 2);
                s.push('-');
                push_digits(&mut s, d.day(), 2);
                s
            }
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::Week(d) => {
                let w = d.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Point::Weekend(d) => {
                let w = d.iso_week();
                format!("{:04}-W{:02}-WE", w.year(), w.week())
            }
            Point::Month(y, m) if (0..=9999).contains(&y) && m <= 99 => {
                let mut s = String::with_capacity(7);
                push_digits(&mut s, y as u32, 4);
                s.push('-');
                push_digits(&mut s, m, 2);
                s
            }
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.code()),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Year(y) if (0..=9999).contains(&y) => {
                let mut s = String::with_capacity(4);
                push_digits(&mut s, y as u32, 4);
                s
            }
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
        }
    }

    /// A point of the same kind as `self` holding date `d`.
    fn like(&self, d: NaiveDate) -> Option<Point> {
        let y = d.year();
        let p = match self {
            Point::Weekend(_) => Point::Weekend(d),
            Point::Half(..) => Point::Half(y, if d.month() <= 6 { 1 } else { 2 }),
            _ => return Point::at(d, self.precision()),
        };
        p.checked()
    }

    /// The point moved by `n` units, at the coarser of its own and the unit's
    /// granularity: January 2022 minus ten years is 2012; 2 January plus a day is 3 January.
    pub fn shift(&self, unit: Unit, n: i64) -> Option<Point> {
        let d = add(self.start()?, unit, n)?;
        if unit.gran() > self.precision() {
            Point::at(d, unit.gran())
        } else {
            self.like(d)
        }
    }
}

/// The TIMEX3 value of a partially known date in an undated text: `XXXX-01`, `XXXX-01-02`.
pub fn partial(m: u32, d: Option<u32>) -> String {
    match d {
        Some(d) => format!("XXXX-{m:02}-{d:02}"),
        None => format!("XXXX-{m:02}"),
    }
}

/// Appends the last `width` decimal digits of `v`, zero-padded (`v` < 10^`width`).
fn push_digits(s: &mut String, v: u32, width: u32) {
    let mut div = 10u32.pow(width.saturating_sub(1));
    while div > 0 {
        s.push(char::from(b'0' + (v / div % 10) as u8));
        div /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn values() {
        assert_eq!(Point::Day(ymd(2022, 1, 2)).value(), "2022-01-02");
        assert_eq!(Point::Week(ymd(2022, 8, 3)).value(), "2022-W31");
        assert_eq!(Point::Weekend(ymd(2022, 8, 3)).value(), "2022-W31-WE");
        assert_eq!(Point::Month(2022, 1).value(), "2022-01");
        assert_eq!(Point::Season(2021, Season::Summer).value(), "2021-SU");
        assert_eq!(Point::Quarter(2020, 3).value(), "2020-Q3");
        assert_eq!(Point::Year(2011).value(), "2011");
        assert_eq!(Point::Year(5).value(), "0005");
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(Point::Century(18).value(), "18");
        assert_eq!(partial(1, Some(2)), "XXXX-01-02");
        assert_eq!(Unit::Week.duration("2"), "P2W");
        assert_eq!(Unit::Hour.duration("48"), "PT48H");
    }

    #[test]
    fn iso_week_crosses_years() {
        assert_eq!(Point::Week(ymd(2021, 1, 1)).value(), "2020-W53");
    }

    #[test]
    fn shifting_keeps_the_coarser_granularity() {
        let jan = Point::Month(2022, 1);
        assert_eq!(jan.shift(Unit::Year, -10), Some(Point::Year(2012)));
        assert_eq!(jan.shift(Unit::Day, 1), Some(Point::Month(2022, 1)));
        let d = Point::Day(ymd(2022, 1, 31));
        assert_eq!(d.shift(Unit::Day, 1), Some(Point::Day(ymd(2022, 2, 1))));
        assert_eq!(d.shift(Unit::Month, 1), Some(Point::Month(2022, 2)));
        assert_eq!(d.shift(Unit::Week, -1).map(|p| p.value()), Some("2022-W04".into()));
        assert_eq!(Point::Half(2021, 2).shift(Unit::Year, 1), Some(Point::Year(2022)));
        assert_eq!(Point::Weekend(ymd(2022, 8, 3)).shift(Unit::Week, 1).map(|p| p.value()), Some("2022-W32-WE".into()));
    }

    #[test]
    fn arithmetic_never_leaves_four_digit_years() {
        assert_eq!(Point::Year(9999).shift(Unit::Year, 1), None);
        assert_eq!(Point::Year(1).shift(Unit::Year, -1), None);
        assert_eq!(Point::Day(ymd(2022, 1, 1)).shift(Unit::Century, i64::MAX), None);
        assert_eq!(Point::Day(ymd(2022, 1, 1)).shift(Unit::Day, i64::MIN), None);
        assert_eq!(Point::Decade(0).start(), None);
        assert_eq!(Point::Month(2022, 13).checked(), None);
        assert_eq!(date(2022, 2, 31), None);
        assert_eq!(date(10000, 1, 1), None);
        assert!(day_fits_month(2, 29));
        assert!(!day_fits_month(2, 30));
    }

    #[test]
    fn weekdays_around_a_date() {
        let wed = ymd(2022, 8, 10);
        assert_eq!(weekday_on_or_before(wed, Weekday::Mon), Some(ymd(2022, 8, 8)));
        assert_eq!(weekday_on_or_before(wed, Weekday::Wed), Some(wed));
        assert_eq!(weekday_on_or_after(wed, Weekday::Mon), Some(ymd(2022, 8, 15)));
        assert_eq!(weekday_nearest(wed, Weekday::Sat), Some(ymd(2022, 8, 13)));
        assert_eq!(weekday_nearest(wed, Weekday::Sun), Some(ymd(2022, 8, 7)));
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2023), Some(ymd(2023, 4, 9)));
        assert_eq!(easter(2022), Some(ymd(2022, 4, 17)));
        assert_eq!(easter(2019), Some(ymd(2019, 4, 21)));
        assert_eq!(easter(2000), Some(ymd(2000, 4, 23)));
        assert_eq!(easter(1818), Some(ymd(1818, 3, 22)));
        assert_eq!(easter(2038), Some(ymd(2038, 4, 25)));
        assert_eq!(easter(0), None);
        assert_eq!(Holiday::Easter(-2).on(2023), Some(ymd(2023, 4, 7)));
        assert_eq!(Holiday::Easter(1).on(2023), Some(ymd(2023, 4, 10)));
        let labor = Holiday::Nth { m: 9, wd: 1, n: 1 };
        assert_eq!(labor.on(2022), Some(ymd(2022, 9, 5)));
        assert_eq!(labor.on(2023), Some(ymd(2023, 9, 4)));
        let thanksgiving = Holiday::Nth { m: 11, wd: 4, n: 4 };
        assert_eq!(thanksgiving.on(2022), Some(ymd(2022, 11, 24)));
        assert_eq!(thanksgiving.on(2023), Some(ymd(2023, 11, 23)));
        let memorial = Holiday::Nth { m: 5, wd: 1, n: -1 };
        assert_eq!(memorial.on(2023), Some(ymd(2023, 5, 29)));
        assert_eq!(memorial.on(2021), Some(ymd(2021, 5, 31)));
        assert_eq!(Holiday::Nth { m: 1, wd: 1, n: 3 }.on(2023), Some(ymd(2023, 1, 16)));
        assert_eq!(Holiday::Nth { m: 2, wd: 1, n: 5 }.on(2023), None);
        assert_eq!(Holiday::Nth { m: 13, wd: 1, n: 1 }.on(2023), None);
        assert_eq!(Holiday::Fixed(12, 25).on(9999), Some(ymd(9999, 12, 25)));
        assert_eq!(Holiday::Easter(-2).on(10000), None);
        assert_eq!(Holiday::Lunar.on(2016), Some(ymd(2016, 2, 8)));
        assert_eq!(Holiday::Lunar.on(2030), Some(ymd(2030, 2, 3)));
        assert_eq!(Holiday::Lunar.on(2031), None);
        assert_eq!(Holiday::Lunar.on(1999), None);
    }

    #[test]
    fn seasons() {
        assert_eq!(Season::of_month(1), (Season::Winter, -1));
        assert_eq!(Season::Summer.end(2021), Some(ymd(2021, 8, 31)));
        assert_eq!(Season::Winter.end(2021), Some(ymd(2022, 2, 28)));
    }
}
