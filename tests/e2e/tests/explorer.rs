//! User stories of the explorer: narrow down by place, search, brush a date range, jump
//! from the timeline to the evidence, come back to the same view after a reload, and do
//! it all with the keyboard.

use chronicle_e2e::{Page, Via};

async fn place_column(page: &Page) -> Vec<String> {
    page.event_rows().await.into_iter().map(|r| r[2].clone()).collect()
}

#[tokio::test]
async fn selecting_a_place_shows_only_its_events() {
    let page = Page::open(Via::File, 1366, 900).await;
    let all = page.event_rows().await.len();
    page.click(".facet[data-facet=place] button[data-value=Zhanaozen]").await;
    page.wait_for(".chips").await;
    let places = place_column(&page).await;
    assert!(!places.is_empty() && places.len() < all, "{places:?} of {all}");
    assert!(places.iter().all(|p| p == "Zhanaozen"), "{places:?}");
    // Every event drawn on the timeline is a Zhanaozen one.
    let labels: Vec<String> = serde_json::from_value(
        page.js("return [...document.querySelectorAll('.timeline-svg .item')].map(g => g.getAttribute('aria-label'))").await,
    )
    .unwrap();
    assert!(!labels.is_empty());
    assert!(labels.iter().all(|l| l.contains("Zhanaozen")), "{labels:?}");
    // The facet is marked, and counts elsewhere follow the selection.
    let pressed = page.wait_for(".facet[data-facet=place] button[data-value=Zhanaozen]").await.attr("aria-pressed").await.unwrap();
    assert_eq!(pressed.as_deref(), Some("true"));
    page.screenshot("explorer-place-zhanaozen").await;
    // Clear all brings every event back.
    page.click("[data-testid=clear-all]").await;
    assert_eq!(page.event_rows().await.len(), all);
    page.assert_private_and_healthy().await;
    page.close().await;
}

#[tokio::test]
async fn searching_kazakhmys_finds_the_zhezkazgan_strike() {
    let page = Page::open(Via::Http, 1366, 900).await;
    page.wait_for("[data-testid=search]").await.send_keys("kazakhmys").await.unwrap();
    let rows = page.event_rows().await;
    assert!(
        rows.iter().any(|r| r[1] == "Strike" && r[2] == "Zhezkazgan"),
        "the Zhezkazgan strike is listed: {rows:?}"
    );
    assert!(rows.iter().all(|r| r[2] != "Tengiz"), "unrelated events are gone: {rows:?}");
    // Opening the document shows the match highlighted and counted.
    page.click("[data-testid=doc-card]").await;
    let hits = page.texts("[data-testid=reader] .hl-search").await;
    assert_eq!(hits, ["Kazakhmys"], "case-insensitive match highlighted");
    page.screenshot("explorer-search-kazakhmys").await;
    page.assert_private_and_healthy().await;
    page.close().await;
}

#[tokio::test]
async fn brushing_january_2022_hides_the_earlier_zhanaozen_strike() {
    let page = Page::open(Via::File, 1366, 900).await;
    let before = page.event_rows().await;
    assert!(before.iter().any(|r| r[0] == "2012" || r[0] == "2011"), "{before:?}");
    page.brush_month(2022, 1).await;
    let after = page.event_rows().await;
    assert!(!after.is_empty(), "January 2022 events remain");
    assert!(after.iter().all(|r| r[0].contains("2022")), "only 2022 events: {after:?}");
    assert!(!after.iter().any(|r| r[0] == "2012" || r[0] == "2011"), "the 2011/2012 strike is gone");
    let chip = page.texts(".chips .chip").await.join(" ");
    assert!(chip.contains("2022"), "the range shows as a filter: {chip}");
    page.screenshot("explorer-brush-january-2022").await;
    page.close().await;
}

#[tokio::test]
async fn clicking_a_timeline_event_opens_its_evidence_and_survives_a_reload() {
    let page = Page::open(Via::Http, 1366, 768).await;
    page.click(".timeline-svg .item").await;
    let evidence = page.wait_for("#evidence.hl-event.active").await;
    let text = evidence.text().await.unwrap();
    assert!(!text.trim().is_empty());
    // Scrolled into the reader's view.
    let visible = page
        .js("const r = document.querySelector('.reader').getBoundingClientRect(); \
             const e = document.getElementById('evidence').getBoundingClientRect(); \
             return e.top >= r.top - 1 && e.bottom <= Math.max(r.bottom, window.innerHeight) + 1")
        .await;
    assert_eq!(visible, true, "the evidence is scrolled into view");
    let selected = page.all(".timeline-svg .item.selected").await.len();
    assert_eq!(selected, 1, "the event is marked on the timeline");
    page.screenshot("explorer-event-evidence").await;
    // Same view after a reload (state lives in the URL hash).
    page.click(".facet[data-facet=type] button[data-value=strike]").await;
    let url = page.client.current_url().await.unwrap();
    assert!(url.fragment().unwrap_or("").contains("type=strike"), "{url}");
    let rows_before = page.event_rows().await;
    page.client.refresh().await.unwrap();
    page.wait_for("[data-testid=reader] .para").await;
    assert_eq!(page.event_rows().await, rows_before);
    let pressed = page.wait_for(".facet[data-facet=type] button[data-value=strike]").await.attr("aria-pressed").await.unwrap();
    assert_eq!(pressed.as_deref(), Some("true"));
    page.screenshot("explorer-after-reload").await;
    // Back undoes the last filter.
    page.client.back().await.unwrap();
    page.wait_for(".facet[data-facet=type] button[data-value=strike][aria-pressed=false]").await;
    page.assert_private_and_healthy().await;
    page.close().await;
}

#[tokio::test]
async fn the_timeline_works_with_the_keyboard_alone() {
    let page = Page::open(Via::File, 1366, 768).await;
    let svg = page.wait_for(".timeline-svg").await;
    // Tab reaches the timeline; arrows move between items; Enter opens; Escape clears.
    page.js("document.querySelector('.timeline-svg').focus()").await;
    svg.send_keys("\u{E014}").await.unwrap(); // ArrowRight
    let active = svg.attr("aria-activedescendant").await.unwrap().expect("an item is active");
    assert!(page.wait_for(&format!("#{active}.cursor")).await.attr("aria-label").await.unwrap().is_some());
    svg.send_keys("\u{E014}").await.unwrap();
    let second = svg.attr("aria-activedescendant").await.unwrap().unwrap();
    assert_ne!(active, second, "the arrow key moved to the next event");
    svg.send_keys("\u{E007}").await.unwrap(); // Enter
    page.wait_for("#evidence.active").await;
    page.screenshot("explorer-keyboard").await;
    svg.send_keys("\u{E00C}").await.unwrap(); // Escape
    let gone = page.all("#evidence").await.len();
    assert_eq!(gone, 0, "Escape clears the selection");
    // Zoom keys change the axis.
    let ticks_before = page.texts(".timeline-svg .tick text").await;
    svg.send_keys("+++").await.unwrap();
    assert_ne!(page.texts(".timeline-svg .tick text").await, ticks_before, "+ zooms in");
    page.close().await;
}

#[tokio::test]
async fn the_reader_explains_what_it_highlights_and_names_filter() {
    let page = Page::open(Via::File, 1366, 900).await;
    page.click("[data-testid=doc-card]").await;
    page.wait_for("[data-testid=reader] .hl-date").await;
    // Every kind is highlighted, with a legend.
    for kind in ["hl-person", "hl-org", "hl-place", "hl-date", "hl-figure", "hl-event"] {
        assert!(!page.all(&format!("[data-testid=reader] .para .{kind}")).await.is_empty(), "no {kind} highlight");
        assert!(!page.all(&format!(".legend .{kind}")).await.is_empty(), "no {kind} in the legend");
    }
    // Hovering a date shows its calendar value; a name its canonical entity.
    let titles: Vec<String> = serde_json::from_value(
        page.js("return [...document.querySelectorAll('[data-testid=reader] .hl-date')].map(e => e.textContent + ' => ' + e.title)").await,
    )
    .unwrap();
    assert!(titles.iter().any(|t| t.starts_with("2 January => Date: 2022-01-02")), "{titles:?}");
    assert!(titles.iter().any(|t| t.starts_with("Ten years prior => Date: 2012")), "{titles:?}");
    // Clicking a place in the text filters by it.
    page.click("[data-testid=reader] .para .hl-place[title^='Place: Aktau']").await;
    let chips = page.texts(".chips .chip").await.join(" ");
    assert!(chips.contains("Aktau"), "{chips}");
    let places: Vec<String> = page.event_rows().await.into_iter().map(|r| r[2].clone()).collect();
    assert!(!places.is_empty() && places.iter().all(|p| p == "Aktau"), "{places:?}");
    page.screenshot("explorer-reader-name-filter").await;
    page.close().await;
}

#[tokio::test]
async fn an_empty_result_says_so_and_offers_to_clear() {
    let page = Page::open(Via::File, 1366, 768).await;
    let all = page.event_rows().await.len();
    page.wait_for("[data-testid=search]").await.send_keys("qwertyzzz").await.unwrap();
    let msg = page.text(".empty-result").await;
    assert!(msg.contains("No events match these filters."), "{msg}");
    assert_eq!(page.event_rows().await.len(), 0);
    page.screenshot("explorer-empty-result").await;
    page.click(".empty-result button").await;
    assert_eq!(page.event_rows().await.len(), all, "Clear all filters brings everything back");
    let q = page.wait_for("[data-testid=search]").await.prop("value").await.unwrap();
    assert_eq!(q.as_deref(), Some(""));
    page.close().await;
}
