//! Unit tests of the extractor on small invented texts.

use super::*;
use crate::corpus::read_document;

fn doc(date: &str, body: &str) -> Document {
    let text = if date.is_empty() { body.to_string() } else { format!("date {date}\n{body}") };
    read_document("t.txt", text.as_bytes()).expect("document")
}

/// `(text, value)` of every timex.
fn run(date: &str, body: &str) -> Vec<(String, String)> {
    let d = doc(date, body);
    find(&d).into_iter().map(|t| (d.slice(t.span).to_string(), t.value)).collect()
}

/// The value of the only timex whose text is `text`.
fn value_of(date: &str, body: &str, text: &str) -> Option<String> {
    run(date, body).into_iter().find(|(t, _)| t == text).map(|(_, v)| v)
}

fn texts(date: &str, body: &str) -> Vec<String> {
    run(date, body).into_iter().map(|(t, _)| t).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

const D: &str = "2022-08-10";

#[test]
fn seed_like_paragraphs() {
    assert_eq!(
        run(D, "Protests rocked the country earlier this year, starting on 2 January.\n\nStrikes began in January. Ten years prior, workers struck."),
        pairs(&[("earlier this year", "2022"), ("2 January", "2022-01-02"), ("January", "2022-01"), ("Ten years prior", "2012")])
    );
}

#[test]
fn absolute_and_partial_dates() {
    for (text, want) in [
        ("They met on 2 January.", "2022-01-02"),
        ("They met on January 2, 2022.", "2022-01-02"),
        ("They met on 2 Jan 2022.", "2022-01-02"),
        ("They met on Jan. 2, 2022.", "2022-01-02"),
        ("They met on 2022-01-02.", "2022-01-02"),
        ("They met on 02.01.2022.", "2022-01-02"),
        ("They met in January 2022.", "2022-01"),
        ("They met in January.", "2022-01"),
        ("They met in December.", "2021-12"),
        ("They met in 2011.", "2011"),
        ("They met in the 1990s.", "199"),
        ("They met in mid-2021.", "2021"),
        ("They met in summer 2021.", "2021-SU"),
        ("They met last spring.", "2022-SP"),
        ("They met last summer.", "2021-SU"),
        ("Sales fell in the third quarter of 2020.", "2020-Q3"),
        ("Sales fell in Q3 2020.", "2020-Q3"),
        ("Sales fell in the first half of 2021.", "2021-H1"),
        ("It was built in the 19th century.", "18"),
        ("It was built in the twentieth century.", "19"),
        ("They met on January 2nd.", "2022-01-02"),
        ("They met on the 5th of May.", "2022-05-05"),
        ("They met in early 2021.", "2021"),
        ("They met at the end of January.", "2022-01"),
        ("They met in the summer of 2019.", "2019-SU"),
        ("They met in the '90s.", "199"),
        ("They met in the 1800s.", "18"),
    ] {
        let got = run(D, text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, want, "{text}: {got:?}");
    }
}

#[test]
fn relative_to_the_document_date() {
    for (text, want) in [
        ("Workers struck today.", "2022-08-10"),
        ("Workers struck yesterday.", "2022-08-09"),
        ("Workers struck on Monday.", "2022-08-08"),
        ("Workers struck last week.", "2022-W31"),
        ("Workers struck earlier this year.", "2022"),
        ("Workers struck last month.", "2022-07"),
        ("Workers struck last year.", "2021"),
        ("Workers struck a decade ago.", "2012"),
        ("Workers struck two years ago.", "2020"),
        ("Workers struck three months ago.", "2022-05"),
        ("Workers struck recently.", "PAST_REF"),
        ("Workers will strike next week.", "2022-W33"),
        ("Workers will strike on Monday.", "2022-08-15"),
        ("Workers struck last Friday.", "2022-08-05"),
        ("Workers struck late last year.", "2021"),
        ("Workers struck last weekend.", "2022-W31-WE"),
        ("Workers struck last January.", "2022-01"),
        ("Elections will be held in October.", "2022-10"),
        ("Elections were held in October.", "2021-10"),
    ] {
        let got = run(D, text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, want, "{text}: {got:?}");
    }
}

#[test]
fn today_as_a_day_and_as_the_present() {
    assert_eq!(value_of(D, "Its effects are still being felt today.", "today").as_deref(), Some("PRESENT_REF"));
    assert_eq!(value_of(D, "Today, the union struck.", "Today").as_deref(), Some("2022-08-10"));
    assert_eq!(value_of("", "Today, the union struck.", "Today").as_deref(), Some("PRESENT_REF"));
}

#[test]
fn relative_to_the_focus() {
    let body = "In January 2022, protests began. The following day, police fired. Two days later, troops came.\n\nOn 5 January 2022, the government fell. The next day, talks began. A decade before, workers had struck.";
    assert_eq!(
        run(D, body),
        pairs(&[
            ("January 2022", "2022-01"),
            ("The following day", "2022-01"),
            ("Two days later", "2022-01"),
            ("5 January 2022", "2022-01-05"),
            ("The next day", "2022-01-06"),
            ("A decade before", "2012"),
        ])
    );
    let body = "On 16 December 2011, police fired on strikers. Two days later, a curfew was declared. The same day, a strike began.";
    assert_eq!(value_of(D, body, "Two days later").as_deref(), Some("2011-12-18"));
    assert_eq!(value_of(D, body, "The same day").as_deref(), Some("2011-12-18"));
}

#[test]
fn a_stated_year_carries_to_later_months_of_the_paragraph() {
    let body = "In 2011, oil workers went on strike. On 16 December, police opened fire. In January, the trial began.\n\nThe January protests were different.";
    assert_eq!(
        run(D, body),
        pairs(&[("2011", "2011"), ("16 December", "2011-12-16"), ("January", "2012-01"), ("January", "2022-01")])
    );
    // a bare month after a year-level relative date
    assert_eq!(value_of(D, "Two years ago, in March, they marched.", "March").as_deref(), Some("2020-03"));
}

#[test]
fn durations_and_sets() {
    for (text, want, kind) in [
        ("The strike lasted three days.", "P3D", TimexType::Duration),
        ("The strike lasted two weeks.", "P2W", TimexType::Duration),
        ("The strike lasted 18 months.", "P18M", TimexType::Duration),
        ("The strike lasted 48 hours.", "PT48H", TimexType::Duration),
        ("A 24-hour strike was called.", "PT24H", TimexType::Duration),
        ("A three-day strike was called.", "P3D", TimexType::Duration),
        ("The strike lasted two decades.", "P20Y", TimexType::Duration),
        ("They had waited for years.", "PXY", TimexType::Duration),
        ("Prices rose over the past year.", "P1Y", TimexType::Duration),
        ("Prices rose over the last two years.", "P2Y", TimexType::Duration),
        ("They protest every Friday.", "XXXX-WXX-5", TimexType::Set),
        ("They protest on Fridays.", "XXXX-WXX-5", TimexType::Set),
        ("They protest daily.", "P1D", TimexType::Set),
        ("They meet weekly.", "P1W", TimexType::Set),
        ("They meet each year.", "P1Y", TimexType::Set),
        ("They meet every two weeks.", "P2W", TimexType::Set),
        ("They meet twice a week.", "P1W", TimexType::Set),
        ("They earn $300 a month.", "P1M", TimexType::Set),
    ] {
        let d = doc(D, text);
        let got = find(&d);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].value.as_str(), got[0].kind), (want, kind), "{text}");
        assert_eq!(got[0].precision, None, "{text}");
    }
}

#[test]
fn ranges_keep_both_ends() {
    for (text, start, end) in [
        ("Strikes ran from 5 to 19 January.", "2022-01-05", "2022-01-19"),
        ("Strikes ran 5–19 January.", "2022-01-05", "2022-01-19"),
        ("Strikes ran between 3 and 7 March 2020.", "2020-03-03", "2020-03-07"),
        ("Strikes ran in 2011-2012.", "2011", "2012"),
        ("Strikes ran in 2011–2012.", "2011", "2012"),
        ("Strikes ran in 2011–12.", "2011", "2012"),
        ("Strikes ran from 2011 to 2014.", "2011", "2014"),
        ("Strikes ran January 5–19, 2020.", "2020-01-05", "2020-01-19"),
        ("Strikes ran from 5 January to 19 February 2020.", "2020-01-05", "2020-02-19"),
        ("Strikes ran January–March 2020.", "2020-01", "2020-03"),
    ] {
        let got = find(&doc(D, text));
        // (ends joined by a word or a dash, one of their own or one inside a token,
        // `2011-2012`, are two expressions, as TimeML marks them: the first keeps the
        // range, the second holds its end)
        assert_eq!(got.len(), 2, "{text}: {got:?}");
        assert_eq!(got[0].value, start, "{text}");
        assert_eq!(got[0].range_end.as_deref(), Some(end), "{text}");
        if let Some(second) = got.get(1) {
            assert_eq!((second.value.as_str(), second.range_end.as_deref()), (end, None), "{text}");
        }
    }
    assert!(texts(D, "Between 31 and 30 January nothing happened.").is_empty());
}

#[test]
fn names_and_numbers_are_not_dates() {
    for text in [
        "Thousands joined the March of Justice.",
        "The March for Our Lives drew crowds.",
        "The New York Sun reported it.",
        "Theresa May resigned.",
        "May said the talks had failed.",
        "The Sunday Times reported it.",
        "August Strindberg wrote plays.",
        "The company installed version 2.1.3 of the software, then v10.2.",
        "Call +7 701 2011 4455 for details.",
        "Prices rose by 20%.",
        "He paid $2011 for it.",
        "In all, 2,011 workers joined.",
        "A total of 2011 workers joined.",
        "At least 16 dead were counted.",
        "The initial protest was small.",
        "The known leaders stayed.",
        "Ten people were hurt.",
        "He may go, she said.",
        "The march began at the square.",
        "He was aged 35.",
        "The 30-year-old worker was detained.",
        "The Arab Spring changed the region.",
        "The fall of the government followed.",
        "Crowds gathered on Bloody Sunday.",
        "The Daily Mail reported it.",
        "Theresa May's government fell.",
        "The book was written by June Almeida in prison.",
        "May's allies objected.",
    ] {
        assert_eq!(texts(D, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(texts(D, "On 21 June, 50,000 people marched."), ["21 June"]);
    assert_eq!(texts(D, "In 2011 workers struck."), ["2011"]);
    assert_eq!(texts(D, "The 2011 massacre is remembered."), ["2011"]);
    assert_eq!(texts(D, "Theresa May visited in May."), ["May"]);
    assert_eq!(texts(D, "January's protests were larger."), ["January"]);
    assert_eq!(texts(D, "In June, Almeida was freed."), ["June"]);
}

#[test]
fn clock_times() {
    let body = "On 5 January 2022, troops arrived at 5 p.m. and left at 17:30 local time.";
    assert_eq!(value_of(D, body, "5 p.m.").as_deref(), Some("2022-01-05T17:00"));
    assert_eq!(value_of(D, body, "17:30").as_deref(), Some("2022-01-05T17:30"));
    assert_eq!(value_of(D, "Police came last night.", "last night").as_deref(), Some("2022-08-09TNI"));
    assert_eq!(value_of(D, "Police came on Monday morning.", "Monday morning").as_deref(), Some("2022-08-08TMO"));
}

#[test]
fn undated_documents_keep_relative_values_open() {
    assert_eq!(
        run("", "On 2 January, workers struck. Yesterday, police came. Last week, on Monday, in 2011, now."),
        pairs(&[
            ("2 January", "XXXX-01-02"),
            ("Yesterday", "XXXX-XX-XX"),
            ("Last week", "XXXX-WXX"),
            ("Monday", "XXXX-WXX-1"),
            ("2011", "2011"),
            ("now", "PRESENT_REF"),
        ])
    );
    assert_eq!(value_of("", "In March 2019, the union formed. On 5 April, it struck.", "5 April").as_deref(), Some("2019-04-05"));
}

#[test]
fn precision_follows_the_value() {
    let got = find(&doc(D, "In 2011, in January 2022, on 2 January, last week, in the 1990s, in the 19th century, in summer 2021."));
    let precisions: Vec<_> = got.iter().map(|t| t.precision).collect();
    use Precision::*;
    assert_eq!(precisions, [Some(Year), Some(Month), Some(Day), Some(Week), Some(Decade), Some(Century), Some(Season)]);
}

#[test]
fn impossible_and_extreme_values_give_no_timex_or_a_safe_one() {
    for text in [
        "On 30 February the union met.",
        "On 31 February 2022 the union met.",
        "It happened 5000 years ago.",
        "It happened 99999999999999999999 years ago.",
        "It happened 9223372036854775807 years ago.",
        "In 0000 and in 10000 and 0000-00-00 and 2022-13-45 and 45.13.2022.",
        "At 25:00 and 13 p.m. they met.",
        "The 999th century and the 0th century.",
    ] {
        let d = doc(D, text);
        for t in find(&d) {
            assert!(!t.value.contains("10000") && !t.value.starts_with('-'), "{text}: {t:?}");
        }
    }
    // years at the edges of the calendar
    let four_digit_years = |t: &Timex| {
        let v = t.value.as_bytes();
        !v.first().is_some_and(u8::is_ascii_digit) || v.len() < 5 || !v[4].is_ascii_digit()
    };
    for (date, body) in [
        ("0000-01-01", "Last year, on 2 January, last summer, on Monday, yesterday, today, in December, the following day, at 5 p.m."),
        ("0001-01-01", "Last year and a decade ago, in January, on Monday, last winter, the previous day."),
        ("9999-12-31", "Next year, next week, next Monday, tomorrow at 5 p.m., in two years, next summer, the day after, from 30 to 31 December."),
    ] {
        for t in find(&doc(date, body)) {
            assert!(!t.value.starts_with('-') && four_digit_years(&t), "{date}: {t:?}");
        }
    }
}

#[test]
fn output_is_sorted_and_never_overlaps() {
    let d = doc(D, "From 5 to 19 January 2022, and on 2 January, the following day, last week, every Friday, the 1990s.");
    let got = find(&d);
    assert!(got.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    assert!(got.iter().all(|t| t.span.start >= d.body.start));
}

#[test]
fn long_runs_of_date_words_stay_linear() {
    for unit in ["Monday ", "the end of ", "January ", "2011 ", "from 5 to ", "last ", "- ", "every ", "'"] {
        let body = unit.repeat(50_000);
        let d = doc(D, &body);
        let t = std::time::Instant::now();
        let got = find(&d);
        assert!(t.elapsed().as_secs() < 5, "{unit:?} took {:?}", t.elapsed());
        assert!(got.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "in", "on", "the", "January", "May", "Jan", ".", ",", "2", "31", "2022", "2011-2012", "1990s", "-", "–",
        "to", "from", "between", "and", "last", "next", "this", "year", "years", "day", "days", "ago", "later",
        "prior", "following", "Monday", "Fridays", "every", "each", "summer", "spring", "fall", "of", "quarter",
        "third", "first", "half", "century", "19th", "mid-2021", "mid-", "today", "yesterday", "now", "a", "two",
        "ten", "5", ":", "30", "p", "m", "p.m.", "5pm", "'", "90s", "’s", "02.01.2022", "2022-01-02", "/", "12",
        "99999999999999999999", "0000", "9999", "10000", "three-day", "30-year-old", "weekend", "morning", "é",
        "日本", "\u{FEFF}", "!", "?", "\n\n", "end", "early", "late", "earlier", "times", "twice", "per", "$",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

        #[test]
        fn token_soup_never_panics_and_spans_are_sound(
            words in proptest::collection::vec(0..WORDS.len(), 0..60),
            date in proptest::option::of((prop_oneof![0i32..=20, 1900i32..=2100, 9980i32..=9999], 1u32..=12, 1u32..=28)),
        ) {
            let body: Vec<&str> = words.iter().map(|&k| WORDS[k]).collect();
            let body = body.join(" ");
            let header = date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")).unwrap_or_default();
            let text = if header.is_empty() { body.clone() } else { format!("date {header}\n{body}") };
            if let Ok(d) = read_document("p.txt", text.as_bytes()) {
                let got = find(&d);
                for w in got.windows(2) {
                    prop_assert!(w[0].span.end <= w[1].span.start);
                }
                for t in &got {
                    prop_assert!(d.text.get(t.span.start..t.span.end).is_some());
                    prop_assert!(t.span.start >= d.body.start && t.span.end <= d.body.end);
                    prop_assert!(!t.value.is_empty());
                    let v = t.value.as_bytes();
                    prop_assert!(!t.value.starts_with('-'), "{:?}", t);
                    prop_assert!(!v.first().is_some_and(u8::is_ascii_digit) || v.len() < 5 || !v[4].is_ascii_digit(), "{:?}", t);
                    if let Some(e) = &t.range_end {
                        prop_assert!(!e.starts_with('-') && !e.starts_with("10000"), "{:?}", t);
                    }
                }
            }
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            if let Ok(d) = read_document("p.txt", format!("date 2022-08-10\n{s}").as_bytes()) {
                let _ = find(&d);
            }
        }
    }
}


#[test]
fn narrative_phrases() {
    let body = "On 5 January 2022 police fired. That night, troops arrived. Hours later, the curfew began. The following Monday, talks opened. Later that day, they broke down.";
    assert_eq!(
        run(D, body),
        pairs(&[
            ("5 January 2022", "2022-01-05"),
            ("That night", "2022-01-05TNI"),
            ("Hours later", "2022-01-05"),
            ("The following Monday", "2022-01-10"),
            ("Later that day", "2022-01-10"),
        ])
    );
    assert_eq!(texts(D, "They voted for a second time."), Vec::<String>::new());
    assert_eq!(value_of(D, "In the mid-90s they struck.", "the mid-90s").as_deref(), Some("199"));
    assert_eq!(value_of(D, "On Saturday, July 9, they marched.", "Saturday, July 9").as_deref(), Some("2022-07-09"));
}

#[test]
fn dates_ahead_of_the_document() {
    // a day-month within a month after the document date is the coming one
    assert_eq!(value_of(D, "Unions called a strike on 26 August.", "26 August").as_deref(), Some("2022-08-26"));
    // next month, unless the clause is in the past
    assert_eq!(value_of(D, "Talks resume in September.", "September").as_deref(), Some("2022-09"));
    assert_eq!(value_of(D, "Talks collapsed in September.", "September").as_deref(), Some("2021-09"));
    // a year ahead of the document does not capture later bare months
    let body = "A referendum is planned for April 2023. A strike began on 26 July.";
    assert_eq!(value_of(D, body, "26 July").as_deref(), Some("2022-07-26"));
    // `since 1994` anchors `ten years earlier` but lends no year to `27 August`
    let body = "He has ruled since 1994. On 27 July he spoke.";
    assert_eq!(value_of(D, body, "27 July").as_deref(), Some("2022-07-27"));
}

#[test]
fn months_in_years_named_in_words() {
    assert_eq!(
        run(D, "In March last year, workers struck. On 5 January this year, police came.\n\nIn December 2011, police fired. The strike had begun in May of that year. In June the following year, trials began."),
        pairs(&[
            ("March last year", "2021-03"),
            ("5 January this year", "2022-01-05"),
            ("December 2011", "2011-12"),
            ("May of that year", "2011-05"),
            ("June the following year", "2012-06"),
        ])
    );
}

#[test]
fn vague_stretches_and_that_same_day() {
    let got = run(D, "On 5 January 2022 police fired. That same day, troops came. In the following months, hundreds were tried.");
    assert_eq!(got[1], ("That same day".to_string(), "2022-01-05".to_string()));
    assert_eq!(got[2], ("the following months".to_string(), "PXM".to_string()));
    assert!(texts(D, "Between 2 and 3 million people and from 10 to 15 percent.").is_empty());
}

#[test]
fn background_years_lend_no_year_to_later_months() {
    let body = "Tokayev, who came to power in 2019, sent troops. In January, he fired the government. The union (founded in 1989) struck in March.";
    assert_eq!(value_of(D, body, "January").as_deref(), Some("2022-01"));
    assert_eq!(value_of(D, body, "March").as_deref(), Some("2022-03"));
    assert_eq!(value_of(D, "In 2011, when workers struck, police fired. In December, 16 died.", "December").as_deref(), Some("2011-12"));
}

/// `plain_word_marks` takes the shared lexicon's trigger flag for the whole test of
/// `lexicon::trigger_flagged` on a plain word, which holds while no trigger word is
/// longer than 13 bytes.
#[test]
fn trigger_words_are_short() {
    assert!(lexicon::TRIGGERS.iter().all(|w| w.len() <= 13));
}

#[test]
fn solar_hijri_days_convert_to_gregorian() {
    let g = |y, m, d| value::persian(y, m, d).map(|x| x.to_string());
    // Nowruz falls on 20 or 21 March
    for (jy, day) in [(1357, "1978-03-21"), (1398, "2019-03-21"), (1399, "2020-03-20"), (1403, "2024-03-20"), (1404, "2025-03-21")] {
        assert_eq!(value::nowruz(jy).map(|d| d.to_string()).as_deref(), Some(day), "{jy}");
    }
    assert_eq!(g(1403, 8, 30).as_deref(), Some("2024-11-20"));
    assert_eq!(g(1403, 7, 14).as_deref(), Some("2024-10-05"));
    assert_eq!(g(1403, 9, 7).as_deref(), Some("2024-11-27"));
    assert_eq!(g(1357, 11, 22).as_deref(), Some("1979-02-11"));
    assert_eq!(g(1402, 10, 1).as_deref(), Some("2023-12-22"));
    // Esfand has 30 days in a leap year only; no month has 32
    assert_eq!(g(1403, 12, 30).as_deref(), Some("2025-03-20"));
    assert_eq!(g(1402, 12, 30), None);
    assert_eq!(g(1403, 1, 32), None);
    assert_eq!(g(1403, 7, 31), None);
    assert_eq!(value::persian_year(NaiveDate::from_ymd_opt(2024, 3, 19).unwrap()), Some(1402));
    assert_eq!(value::persian_year(NaiveDate::from_ymd_opt(2024, 3, 20).unwrap()), Some(1403));
}
