//! Properties of the whole pipeline over arbitrary documents: it never panics, every
//! span lies inside the text on character boundaries, and the output is deterministic.

use chronicle::corpus::{read_document, Document, Span};
use chronicle::extract::{analyze_corpus, Analysis};
use proptest::prelude::*;

const VOCAB: &[&str] = &[
    "protest", "protests", "Protesters", "rally", "march", "March", "strike", "strikes", "walkout",
    "riot", "riot police", "looting", "clashes", "killed", "killing", "shot dead", "dead", "deaths",
    "death toll", "rose to", "injured", "wounded", "arrested", "detained", "jailed", "sentenced",
    "opened fire", "tear gas", "people", "workers", "miners", "employees", "police", "security forces",
    "army", "special forces", "union", "trade union", "at least", "more than", "up to", "about",
    "between", "and", "or", "no", "not", "threatened to", "the right to", "across the country",
    "nationwide", "in", "on", "at", "of", "the", "a", "dozen", "dozens of", "hundreds of",
    "thousands of", "tens of thousands of", "sixteen", "twenty-five", "two hundred", "million",
    "bn", "m", "%", "percent", "per cent", "$", "€", "£", "₸", "tenge", "dollars", "January",
    "February", "May", "may", "December", "2 January", "January 2022", "Monday", "yesterday",
    "today", "last week", "earlier this year", "Ten years prior", "in 2011", "2012", "1990s",
    "mid-2021", "Zhanaozen", "Aktau", "Kazakhstan", "Almaty", "Colombo", "Sri Lanka", "Santiago",
    "Chile", "Tehran", "Iran", "Hong Kong", "Minsk", "Belarus", "London", "UK", "United States",
    "Kazakhmys", "Amanat", "Kassym-Jomart Tokayev", "Tokayev", "Mr.", "Dr.", "U.S.", ",", ".",
    ";", ":", "!", "?", "–", "—", "(", ")", "“", "”", "‘", "’", "'s", "’s", "\"", "\n", "\n\n",
    "occupied", "blocked roads", "dispersed", "including", "since", "expected to", "those detained",
    "picket lines", "hunger strike", "went on strike", "walked out", "have died", "had been killed",
    "unrest", "the protests", "a week after", "Thousands joined", "in 21 cities", "where", "which",
    "é", "ß", "Жанаозен", "Қазақстан", "日本", "🙂", "\u{200b}", "\u{feff}", "-", "‑", "/",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(VOCAB).prop_map(str::to_string),
        2 => (0u32..100_000).prop_map(|n| n.to_string()),
        1 => (0u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a},{b:03}")),
        1 => (0u32..100, 0u32..10).prop_map(|(a, b)| format!("{a}.{b}")),
        1 => "\\PC{1,6}",
    ]
}

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (1900i32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("date {y:04}-{m:02}-{d:02}\n")),
        1 => (0i32..10000, 0u32..99, 0u32..99).prop_map(|(y, m, d)| format!("date {y}-{m}-{d} ")),
        1 => Just(String::new()),
    ]
}

fn news_doc() -> impl Strategy<Value = String> {
    (header(), proptest::collection::vec(word(), 0..80)).prop_map(|(h, words)| {
        let mut s = h;
        for (i, w) in words.iter().enumerate() {
            if i > 0 && !w.starts_with([',', '.', ';', ':', '!', '?', ')', '%', '\n']) {
                s.push(' ');
            }
            s.push_str(w);
        }
        s
    })
}

fn check_span(doc: &Document, s: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(s.start <= s.end && s.end <= doc.text.len(), "{what} {s:?} outside text of {}", doc.text.len());
    prop_assert!(
        doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
    Ok(())
}

fn check_analysis(doc: &Document, a: &Analysis) -> Result<(), TestCaseError> {
    for t in &a.timexes {
        check_span(doc, t.span, "timex")?;
    }
    for m in &a.mentions {
        check_span(doc, m.span, "mention")?;
    }
    for f in &a.figures {
        check_span(doc, f.span, "figure")?;
        prop_assert!(doc.sentences.iter().any(|s| s.contains(f.span)), "figure {:?} crosses sentences", f.span);
    }
    for e in &a.events {
        check_span(doc, e.evidence, "evidence")?;
        check_span(doc, e.sentence, "sentence")?;
        prop_assert!(e.sentence.contains(e.evidence), "evidence {:?} outside its sentence {:?}", e.evidence, e.sentence);
        for f in &e.figures {
            check_span(doc, f.span, "event figure")?;
        }
    }
    if let Some(t) = a.title {
        check_span(doc, t, "title")?;
    }
    Ok(())
}

fn run(texts: &[String]) -> Result<(), TestCaseError> {
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| read_document(&format!("d{i}.txt"), t.as_bytes()).ok())
        .collect();
    let first = analyze_corpus(&docs);
    let second = analyze_corpus(&docs);
    prop_assert_eq!(&first, &second, "output is not deterministic");
    for (doc, a) in docs.iter().zip(&first) {
        check_analysis(doc, a)?;
    }
    Ok(())
}

/// Events over hand-placed mentions and timexes, so the event stage is exercised
/// whatever the entity and timex stages find.
fn run_events(text: &str) -> Result<(), TestCaseError> {
    use chronicle::extract::{EntityKind, Mention, Precision, Timex, TimexType};
    let Ok(doc) = read_document("e.txt", text.as_bytes()) else { return Ok(()) };
    let mut mentions = Vec::new();
    for (w, kind) in [
        ("Zhanaozen", EntityKind::Place),
        ("Kazakhstan", EntityKind::Place),
        ("Colombo", EntityKind::Place),
        ("Sri Lanka", EntityKind::Place),
        ("Kazakhmys", EntityKind::Organization),
        ("Жанаозен", EntityKind::Place),
    ] {
        for (i, _) in doc.text.match_indices(w) {
            mentions.push(Mention { span: Span::new(i, i + w.len()), kind, canonical: w.to_string() });
        }
    }
    mentions.sort_by_key(|a| a.span);
    let mut timexes = Vec::new();
    for (w, v, p) in [("January", "2022-01", Precision::Month), ("2012", "2012", Precision::Year), ("Monday", "2022-01-03", Precision::Day)] {
        for (i, _) in doc.text.match_indices(w) {
            timexes.push(Timex { span: Span::new(i, i + w.len()), kind: TimexType::Date, value: v.to_string(), precision: Some(p), range_end: None });
        }
    }
    timexes.sort_by_key(|a| a.span);
    let figures = chronicle::figures::find(&doc);
    let a = chronicle::events::find(&doc, &timexes, &mentions, &figures);
    let b = chronicle::events::find(&doc, &timexes, &mentions, &figures);
    prop_assert_eq!(&a, &b);
    let analysis = Analysis { timexes, mentions, figures, events: a, title: None };
    check_analysis(&doc, &analysis)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in "\\PC{0,300}", h in header()) {
        run(&[s.clone(), format!("{h}{s}")])?;
    }

    #[test]
    fn arbitrary_bytes(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(doc) = read_document("b.txt", &b) {
            let a = analyze_corpus(std::slice::from_ref(&doc));
            for a in &a {
                check_analysis(&doc, a)?;
            }
        }
    }

    #[test]
    fn news_like_documents(docs in proptest::collection::vec(news_doc(), 1..4)) {
        run(&docs)?;
        for d in &docs {
            run_events(d)?;
        }
    }
}
