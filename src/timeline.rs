//! Timeline geometry: TIMEX values to calendar spans, the zoomable scale, axis ticks, and
//! clustering of dense items into badges. Pure; the `ui` draws what this computes.

use chrono::{Datelike, NaiveDate};

/// Days since 0001-01-01 (chrono's `num_days_from_ce` minus one): a plain number line.
pub type Day = i32;

pub fn day(d: NaiveDate) -> Day {
    d.num_days_from_ce() - 1
}

pub fn date(day: Day) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day.checked_add(1)?)
}

/// The calendar span `[first, last]` (inclusive days) a TIMEX date value covers:
/// `2022-01-02` one day, `2022-01` a month, `2022` a year, `199` a decade, `19` a
/// century, `2022-W05` a week, `2021-SU` a season, `2020-Q3` a quarter. `None` for
/// values with no place on a calendar (`PRESENT_REF`, durations, sets).
pub fn span_of(value: &str) -> Option<(Day, Day)> {
    let v = value.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).map(day);
    let year_span = |y: i32| Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?));
    let month_span = |y: i32, m: u32| {
        let first = ymd(y, m, 1)?;
        let next = if m == 12 { ymd(y + 1, 1, 1)? } else { ymd(y, m + 1, 1)? };
        Some((first, next - 1))
    };
    let parts: Vec<&str> = v.split('-').collect();
    match parts.as_slice() {
        [y] if digits(y) && y.len() == 4 => year_span(y.parse().ok()?),
        [y] if digits(y) && y.len() == 3 => {
            let d: i32 = y.parse().ok()?;
            Some((ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?))
        }
        [y] if digits(y) && y.len() == 2 => {
            let c: i32 = y.parse().ok()?;
            Some((ymd(c * 100, 1, 1)?, ymd(c * 100 + 99, 12, 31)?))
        }
        [y, m] if digits(y) && y.len() == 4 && digits(m) && m.len() == 2 => {
            month_span(y.parse().ok()?, m.parse().ok()?)
        }
        [y, q] if digits(y) && y.len() == 4 && q.starts_with('Q') && q.len() == 2 => {
            let y: i32 = y.parse().ok()?;
            let q: u32 = q[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            Some((month_span(y, q * 3 - 2)?.0, month_span(y, q * 3)?.1))
        }
        [y, w] if digits(y) && y.len() == 4 && w.starts_with('W') && digits(&w[1..]) => {
            let monday = NaiveDate::from_isoywd_opt(y.parse().ok()?, w[1..].parse().ok()?, chrono::Weekday::Mon)?;
            Some((day(monday), day(monday) + 6))
        }
        [y, s] if digits(y) && y.len() == 4 && matches!(*s, "SP" | "SU" | "FA" | "AU" | "WI") => {
            let y: i32 = y.parse().ok()?;
            let (a, b) = match *s {
                "SP" => (month_span(y, 3)?.0, month_span(y, 5)?.1),
                "SU" => (month_span(y, 6)?.0, month_span(y, 8)?.1),
                "FA" | "AU" => (month_span(y, 9)?.0, month_span(y, 11)?.1),
                _ => (month_span(y, 12)?.0, month_span(y + 1, 2)?.1),
            };
            Some((a, b))
        }
        [y, m, d] if digits(y) && y.len() == 4 && digits(m) && digits(&d[..d.len().min(2)]) => {
            let d = &d[..d.len().min(2)];
            let day = ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            Some((day, day))
        }
        _ => None,
    }
}

/// How a date value reads in the page: `2022-01-02` → `2 Jan 2022`, `2022-01` → `Jan 2022`,
/// `2021-SU` → `Summer 2021`, `2020-Q3` → `Q3 2020`, `2022-W05` → `week of 31 Jan 2022`,
/// `201` → `2010s`, `19` → `1900s`; a year and any other value as it is.
pub fn human_date(v: &str) -> String {
    let Some((a, b)) = span_of(v) else { return v.to_string() };
    let first = |f: &str| date(a).map_or(v.to_string(), |d| d.format(f).to_string());
    if a == b {
        return first("%-d %b %Y");
    }
    match v.trim().split_once('-') {
        None if v.len() == 3 => format!("{v}0s"),
        None if v.len() == 2 => format!("{v}00s"),
        None => v.to_string(),
        Some((y, rest)) => match rest {
            "SP" => format!("Spring {y}"),
            "SU" => format!("Summer {y}"),
            "FA" | "AU" => format!("Autumn {y}"),
            "WI" => format!("Winter {y}"),
            q if q.starts_with('Q') => format!("{q} {y}"),
            w if w.starts_with('W') => first("week of %-d %b %Y"),
            _ => first("%b %Y"),
        },
    }
}

/// A linear map from days to pixels, zoomable and pannable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The first visible day (may be fractional).
    pub start: f64,
    /// The last visible day.
    pub end: f64,
    /// Width of the plot in pixels.
    pub width: f64,
}

/// The narrowest view: about two weeks. The widest: two centuries.
pub const MIN_SPAN_DAYS: f64 = 14.0;
pub const MAX_SPAN_DAYS: f64 = 365.25 * 200.0;

impl Scale {
    /// A view that fits `[first, last]` with a margin, at least `MIN_SPAN_DAYS` wide.
    pub fn fit(first: Day, last: Day, width: f64) -> Scale {
        let (a, b) = (first.min(last) as f64, first.max(last) as f64 + 1.0);
        let span = (b - a).max(MIN_SPAN_DAYS);
        let mid = (a + b) / 2.0;
        let half = span * 0.55;
        Scale { start: mid - half, end: mid + half, width: width.max(1.0) }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn x(&self, day: f64) -> f64 {
        (day - self.start) / self.span() * self.width
    }

    pub fn day_at(&self, x: f64) -> f64 {
        self.start + x / self.width * self.span()
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day under `x` where it is.
    pub fn zoom(&self, factor: f64, x: f64) -> Scale {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let pivot = self.day_at(x);
        let span = (self.span() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let left = (x / self.width).clamp(0.0, 1.0);
        Scale { start: pivot - span * left, end: pivot + span * (1.0 - left), width: self.width }
    }

    /// Moves the view by `dx` pixels (positive drags the content right, showing earlier days).
    pub fn pan(&self, dx: f64) -> Scale {
        if !dx.is_finite() {
            return *self;
        }
        let d = dx / self.width * self.span();
        Scale { start: self.start - d, end: self.end - d, width: self.width }
    }

    /// Axis ticks in view: `(day, label)` at a unit that suits the zoom level.
    pub fn ticks(&self) -> Vec<(Day, String)> {
        let span = self.span();
        let per_tick = span / (self.width / 90.0).max(2.0);
        let (Some(a), Some(b)) = (date(self.start.floor() as Day), date(self.end.ceil() as Day)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if per_tick > 365.0 {
            let step = [1, 2, 5, 10, 20, 50, 100]
                .into_iter()
                .find(|s| *s as f64 * 365.25 >= per_tick)
                .unwrap_or(100);
            let mut y = a.year() - a.year().rem_euclid(step);
            while y <= b.year() {
                if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
                    out.push((day(d), y.to_string()));
                }
                y += step;
            }
        } else if per_tick > 6.0 {
            let step = [1, 2, 3, 6].into_iter().find(|s| *s as f64 * 30.4 >= per_tick).unwrap_or(6) as u32;
            let (mut y, mut m) = (a.year(), a.month0() / step * step);
            while let Some(d) = NaiveDate::from_ymd_opt(y, m + 1, 1) {
                if d > b {
                    break;
                }
                let label = if m == 0 { d.format("%b %Y").to_string() } else { d.format("%b").to_string() };
                out.push((day(d), label));
                m += step;
                if m >= 12 {
                    m -= 12;
                    y += 1;
                }
            }
        } else {
            let step = if per_tick > 2.0 { 7 } else { 1 };
            let mut d = a;
            while d <= b {
                if step == 1 || d.weekday() == chrono::Weekday::Mon {
                    out.push((day(d), d.format("%-d %b").to_string()));
                }
                match d.succ_opt() {
                    Some(n) => d = n,
                    None => break,
                }
            }
        }
        out.retain(|(d, _)| (*d as f64) >= self.start && (*d as f64) <= self.end);
        out
    }
}

/// A group of items close together on one lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Indices into the input, in x order.
    pub members: Vec<usize>,
    /// Left and right pixel edges of the group.
    pub x0: f64,
    pub x1: f64,
}

/// Groups items (`(x0, x1)` pixel extents on one lane) whose extents come within `gap`
/// pixels of each other. Single items come back as clusters of one.
pub fn cluster(extents: &[(f64, f64)], gap: f64) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..extents.len()).collect();
    order.sort_by(|&a, &b| extents[a].0.total_cmp(&extents[b].0).then(a.cmp(&b)));
    let mut out: Vec<Cluster> = Vec::new();
    for i in order {
        let (x0, x1) = extents[i];
        match out.last_mut() {
            Some(c) if x0 - c.x1 < gap => {
                c.members.push(i);
                c.x1 = c.x1.max(x1);
            }
            _ => out.push(Cluster { members: vec![i], x0, x1 }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        for (value, shown) in [
            ("2022-01-02", "2 Jan 2022"),
            ("2022-01-02T10:30", "2 Jan 2022"),
            ("2022-01", "Jan 2022"),
            ("2018-SU", "Summer 2018"),
            ("2021-WI", "Winter 2021"),
            ("2020-Q3", "Q3 2020"),
            ("2022-W05", "week of 31 Jan 2022"),
            ("2022", "2022"),
            ("201", "2010s"),
            ("19", "1900s"),
            ("PRESENT_REF", "PRESENT_REF"),
        ] {
            assert_eq!(human_date(value), shown, "{value}");
        }
    }

    fn d(s: &str) -> Day {
        day(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn timex_values_cover_their_calendar_span() {
        assert_eq!(span_of("2022-01-02"), Some((d("2022-01-02"), d("2022-01-02"))));
        assert_eq!(span_of("2022-01"), Some((d("2022-01-01"), d("2022-01-31"))));
        assert_eq!(span_of("2024-02"), Some((d("2024-02-01"), d("2024-02-29"))));
        assert_eq!(span_of("2012"), Some((d("2012-01-01"), d("2012-12-31"))));
        assert_eq!(span_of("199"), Some((d("1990-01-01"), d("1999-12-31"))));
        assert_eq!(span_of("2020-Q3"), Some((d("2020-07-01"), d("2020-09-30"))));
        assert_eq!(span_of("2021-SU"), Some((d("2021-06-01"), d("2021-08-31"))));
        assert_eq!(span_of("2021-WI"), Some((d("2021-12-01"), d("2022-02-28"))));
        assert_eq!(span_of("2022-W01"), Some((d("2022-01-03"), d("2022-01-09"))));
        for none in ["PRESENT_REF", "P3D", "XXXX-WXX-5", "2022-13", "2022-02-30", "", "-", "2022-W99"] {
            assert_eq!(span_of(none), None, "{none}");
        }
    }

    #[test]
    fn zoom_keeps_the_day_under_the_pointer() {
        let s = Scale { start: 0.0, end: 1000.0, width: 500.0 };
        let z = s.zoom(2.0, 100.0);
        assert!((z.day_at(100.0) - s.day_at(100.0)).abs() < 1e-9);
        assert!((z.span() - 500.0).abs() < 1e-9);
        assert_eq!(s.zoom(1e9, 0.0).span(), MIN_SPAN_DAYS, "cannot zoom past days");
        assert_eq!(s.zoom(f64::NAN, 0.0), s);
    }

    #[test]
    fn pan_moves_by_pixels() {
        let s = Scale { start: 0.0, end: 1000.0, width: 500.0 };
        let p = s.pan(50.0);
        assert_eq!((p.start, p.end), (-100.0, 900.0));
    }

    #[test]
    fn ticks_follow_the_zoom_level() {
        let years = Scale::fit(d("2000-01-01"), d("2022-12-31"), 800.0).ticks();
        assert!(years.iter().all(|(_, l)| l.len() == 4), "{years:?}");
        let months = Scale::fit(d("2022-01-01"), d("2022-06-30"), 800.0).ticks();
        assert!(months.iter().any(|(_, l)| l == "Feb"), "{months:?}");
        let days = Scale::fit(d("2022-01-01"), d("2022-01-10"), 800.0).ticks();
        assert!(days.iter().any(|(_, l)| l == "5 Jan"), "{days:?}");
    }

    #[test]
    fn close_items_cluster() {
        let c = cluster(&[(0.0, 2.0), (50.0, 52.0), (3.0, 5.0), (100.0, 140.0), (120.0, 125.0)], 4.0);
        let members: Vec<Vec<usize>> = c.iter().map(|c| c.members.clone()).collect();
        assert_eq!(members, [vec![0, 2], vec![1], vec![3, 4]]);
        assert_eq!((c[2].x0, c[2].x1), (100.0, 140.0));
    }
}
