//! Unit tests of the entity recogniser, merging and gazetteer look-ups.

use super::*;
use crate::corpus::read_document;

fn ents(body: &str) -> Vec<(String, EntityKind, String)> {
    let Ok(doc) = read_document("t.txt", format!("date 2022-01-10\n{body}").as_bytes()) else {
        return Vec::new();
    };
    find(&doc)
        .into_iter()
        .map(|m| (doc.slice(m.span).to_string(), m.kind, m.canonical))
        .collect()
}

fn has_ent(v: &[(String, EntityKind, String)], text: &str, kind: EntityKind, canon: &str) -> bool {
    v.iter()
        .any(|(t, k, c)| t == text && *k == kind && c == canon)
}

#[test]
fn lists_are_sorted() {
    for (name, l) in [
        ("FUNCTION", FUNCTION),
        ("MONTHS", MONTHS),
        ("DEMONYMS", DEMONYMS),
        ("ORG_HEADS", ORG_HEADS),
        ("PLACE_HEADS", PLACE_HEADS),
        ("STREETS", STREETS),
        ("TRAILING_ORG", TRAILING_ORG),
        ("PRECEDING_ORG", PRECEDING_ORG),
        ("TITLES", TITLES),
        ("TITLE_MODIFIERS", TITLE_MODIFIERS),
        ("ROLES", ROLES),
        ("SAY_VERBS", SAY_VERBS),
        ("ACRONYM_NOT", ACRONYM_NOT),
        ("NOT_ENTITIES", NOT_ENTITIES),
        ("TIME_ZONES", crate::timex::lexicon::TIME_ZONES),
        ("EVENT_HEADS", EVENT_HEADS),
        ("TRAILING_NOT", TRAILING_NOT),
        ("TRAILING_PLACE", TRAILING_PLACE),
        ("FIRST_NAMES", FIRST_NAMES),
        ("HYPHEN_SUFFIXES", HYPHEN_SUFFIXES),
        ("HYPHEN_PREFIXES", HYPHEN_PREFIXES),
        ("PARTICLES", PARTICLES),
        ("PLACE_PREPOSITIONS", PLACE_PREPOSITIONS),
    ] {
        assert!(l.windows(2).all(|w| w[0] < w[1]), "{name} is not sorted");
    }
    assert!(KNOWN_ORGS.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(KNOWN_PEOPLE.windows(2).all(|w| w[0].0 < w[1].0));
}

#[test]
fn titles_stay_out_of_person_names() {
    let v = ents("Kassym-Jomart Tokayev spoke. Later President Tokayev left for Aqtau.");
    assert!(
        has_ent(
            &v,
            "Kassym-Jomart Tokayev",
            EntityKind::Person,
            "Kassym-Jomart Tokayev"
        ),
        "{v:?}"
    );
    assert!(
        has_ent(&v, "Tokayev", EntityKind::Person, "Kassym-Jomart Tokayev"),
        "{v:?}"
    );
    assert!(has_ent(&v, "Aqtau", EntityKind::Place, "Aktau"), "{v:?}");
}

#[test]
fn sentence_initial_words_and_adjectives_are_not_entities() {
    let v = ents("Nationwide strikes hit Kazakhstan. Unlike unions, Kazakh and Russian workers met. These are ‘Bloody January’ days.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(has_ent(&v, "Kazakhstan", EntityKind::Place, "Kazakhstan"));
}

#[test]
fn organisations_with_tails_and_lowercase_brands() {
    let v = ents("Ivan Petrov of the Committee of the International Bureau for Human Rights told openDemocracy about it.");
    assert!(
        has_ent(
            &v,
            "Committee of the International Bureau for Human Rights",
            EntityKind::Organization,
            "Committee of the International Bureau for Human Rights"
        ),
        "{v:?}"
    );
    assert!(
        has_ent(
            &v,
            "openDemocracy",
            EntityKind::Organization,
            "openDemocracy"
        ),
        "{v:?}"
    );
    assert!(
        has_ent(&v, "Ivan Petrov", EntityKind::Person, "Ivan Petrov"),
        "{v:?}"
    );
}

#[test]
fn possessives_and_hyphen_cues() {
    let v = ents("Protests spread over Kazakhstan’s west, said an Aktau-based activist.");
    assert!(
        has_ent(&v, "Kazakhstan", EntityKind::Place, "Kazakhstan"),
        "{v:?}"
    );
    assert!(has_ent(&v, "Aktau", EntityKind::Place, "Aktau"), "{v:?}");
}

#[test]
fn never_panics_on_odd_text() {
    for s in [
        "",
        "A",
        "’s",
        "Mr.",
        "Mr. ",
        "of the",
        "The The The",
        "É-É",
        "X-based",
        "anti-",
        "Caspian sea",
        "“Qandy",
        "Committee of the",
        "\u{FFFD}\u{FFFD} Ünïcödé Çity",
        "AB CD EF GH",
        "-based",
    ] {
        let _ = ents(s);
    }
}

#[test]
fn people_with_particles_and_appositions() {
    let v = ents("Thousands marched. María José de la Cruz, a nurse, said no.");
    assert!(
        has_ent(
            &v,
            "María José de la Cruz",
            EntityKind::Person,
            "María José de la Cruz"
        ),
        "{v:?}"
    );
}

#[test]
fn unify_gives_surnames_the_full_name_from_another_document() {
    let m = |s: usize, e: usize, kind, c: &str| Mention {
        span: Span::new(s, e),
        kind,
        canonical: c.to_string(),
    };
    let mut docs = vec![
        vec![
            m(0, 7, EntityKind::Person, "Tokayev"),
            m(10, 15, EntityKind::Place, "Aktau"),
        ],
        vec![m(0, 21, EntityKind::Person, "Kassym-Jomart Tokayev")],
        vec![
            m(0, 5, EntityKind::Person, "Smith"),
            m(6, 9, EntityKind::Organization, "Tokayev"),
        ],
        vec![
            m(0, 10, EntityKind::Person, "John Smith"),
            m(11, 20, EntityKind::Person, "Jane Smith"),
        ],
    ];
    unify(&mut docs);
    assert_eq!(docs[0][0].canonical, "Kassym-Jomart Tokayev");
    assert_eq!(docs[0][1].canonical, "Aktau");
    // Two full names end in `Smith`: ambiguous, left alone; organisations are not people.
    assert_eq!(docs[2][0].canonical, "Smith");
    assert_eq!(docs[2][1].canonical, "Tokayev");
}

#[test]
fn corpus_level_analysis_merges_across_documents() {
    let a = read_document(
        "a.txt",
        "date 2022-01-05\nPresident Kassym-Jomart Tokayev spoke in Almaty.".as_bytes(),
    )
    .unwrap();
    let b = read_document(
        "b.txt",
        "date 2022-01-06\nThe crowd cheered when Tokayev said he would resign.".as_bytes(),
    )
    .unwrap();
    let out = crate::extract::analyze_corpus(&[a, b]);
    let tok = out[1]
        .mentions
        .iter()
        .find(|m| m.kind == EntityKind::Person)
        .unwrap();
    assert_eq!(tok.canonical, "Kassym-Jomart Tokayev");
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
        #[test]
        fn spans_are_sorted_disjoint_and_on_char_boundaries(
            body in "(([A-Z][a-zé]{0,6}|[a-z]{1,5}|of|the|de|la|Mr|U|S|É|ß|’s|-based|anti-|[.,;:‘’“”\"'()&-]|[0-9]{1,4}|Aktau|Sri Lanka|Committee|Union|President|[\\PC]) ?){0,40}"
        ) {
            let text = format!("date 2022-01-10\n{body}");
            if let Ok(doc) = read_document("p.txt", text.as_bytes()) {
                let ms = find(&doc);
                let mut prev_end = 0;
                for m in &ms {
                    prop_assert!(m.span.start < m.span.end);
                    prop_assert!(m.span.start >= prev_end);
                    prop_assert!(doc.text.get(m.span.start..m.span.end).is_some());
                    prop_assert!(!m.canonical.is_empty());
                    prev_end = m.span.end;
                }
            }
        }
    }
}

#[test]
fn towns_named_like_people_yield_to_person_evidence() {
    let v = ents("Senator Linda Warren and Santiago Pérez spoke in Santiago and Detroit. Warren said the strike would go on, and activist Eugene told reporters he agreed. Detained in Astana, said a lawyer.");
    assert!(
        has_ent(&v, "Warren", EntityKind::Person, "Linda Warren"),
        "{v:?}"
    );
    assert!(has_ent(&v, "Eugene", EntityKind::Person, "Eugene"), "{v:?}");
    assert!(
        has_ent(&v, "Detroit", EntityKind::Place, "Detroit"),
        "{v:?}"
    );
    assert!(
        has_ent(&v, "Santiago", EntityKind::Place, "Santiago"),
        "{v:?}"
    );
    assert!(has_ent(&v, "Astana", EntityKind::Place, "Astana"), "{v:?}");
}

#[test]
fn common_word_towns_and_cued_sentence_starts() {
    let v = ents("The protests were sparked by a fare rise on the Santiago Metro. Location: Yntymak square, Aktau.");
    assert!(
        has_ent(
            &v,
            "Santiago Metro",
            EntityKind::Organization,
            "Santiago Metro"
        ),
        "{v:?}"
    );
    assert!(
        has_ent(&v, "Yntymak", EntityKind::Place, "Yntymak"),
        "{v:?}"
    );
    let v = ents("Split decisions were made. Nice work, said nobody.");
    assert!(v.is_empty(), "{v:?}");
    let v = ents("Fans gathered in Split.");
    assert!(has_ent(&v, "Split", EntityKind::Place, "Split"), "{v:?}");
}

#[test]
fn line_breaks_end_headlines_and_list_items() {
    let v = ents("Dockers Strike In Valparaíso As Talks Collapse\nCrowds chanted outside the port.\nLocation: Aktau\nObservers counted 300 people.");
    let texts: Vec<&str> = v.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(texts, ["Valparaíso", "Aktau"], "{v:?}");
}

#[test]
fn long_capitalised_runs_stay_fast() {
    let run = vec!["Committee of the Union for Human Rights Zhanaozen"; 2_000].join(" ");
    let body = format!(
        "{} {run} {}.",
        vec!["workers"; 20_000].join(" "),
        vec!["said"; 20_000].join(" ")
    );
    let t = std::time::Instant::now();
    let v = ents(&body);
    assert!(!v.is_empty());
    assert!(t.elapsed().as_secs_f64() < 10.0, "{:?}", t.elapsed());
}

#[test]
fn holiday_names_are_not_entities() {
    let v = ents("Workers rallied in Chicago around Thanksgiving and on Martin Luther King Day and Martin Luther King Jr. Day. Activists marked International Women's Day and International Workers' Day in Santiago.");
    let names: Vec<&str> = v.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(names, ["Chicago", "Santiago"], "{v:?}");
}
