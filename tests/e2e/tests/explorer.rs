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
    page.close().await;
}

#[tokio::test]
async fn searching_kazakhmys_finds_the_zhezkazgan_strike() {
    let page = Page::open(Via::Http, 1366, 900).await;
    page.wait_for("[data-testid=search]").await.send_keys("kazakhmys").await.unwrap();
    // Every letter typed and applied (on a busy machine the last ones may still come).
    page.wait_until("the whole word", "return document.querySelector('[data-testid=search]').value === 'kazakhmys'").await;
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
    // The URL follows once the view stops changing, after the redraw.
    page.wait_until("the filter in the URL", "return location.hash.includes('type=strike')").await;
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
    // No axis label is cut at the plot's right edge, at any zoom.
    for keys in ["+", "-----", "-"] {
        svg.send_keys(keys).await.unwrap();
        let cut = page
            .js("const axis = document.querySelector('[data-testid=timeline-axis]').getBoundingClientRect();
                 return [...document.querySelectorAll('.timeline-svg .tick text')]
                     .filter(t => t.getBoundingClientRect().right > axis.right + 0.5).map(t => t.textContent)")
            .await;
        assert_eq!(cut, serde_json::json!([]), "labels running past the axis after {keys:?}");
    }
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

#[tokio::test]
async fn a_month_narrows_the_events_and_is_kept_in_the_url() {
    let page = Page::open(Via::File, 1366, 900).await;
    let all = page.event_rows().await.len();
    // Months read as a researcher writes them, newest first, with counts.
    let months = page.texts(".facet[data-facet=month] .facet-label").await;
    let like_jan_2022 = |m: &String| m.len() == 8 && m.as_bytes()[3] == b' ' && m[4..].parse::<i32>().is_ok();
    assert!(!months.is_empty() && months.iter().all(like_jan_2022), "{months:?}");
    // The facet's own search finds a month by its name.
    if !page.all(".facet[data-facet=month] .facet-search").await.is_empty() {
        page.wait_for(".facet[data-facet=month] .facet-search").await.send_keys("jan 2022").await.unwrap();
    }
    assert_eq!(page.texts(".facet[data-facet=month] .facet-label").await, ["Jan 2022"]);
    page.click(".facet[data-facet=month] button[data-value='2022-01']").await;
    page.wait_for(".facet[data-facet=month] button[data-value='2022-01'][aria-pressed=true]").await;
    let rows = page.event_rows().await;
    assert!(!rows.is_empty() && rows.len() < all, "{} of {all}", rows.len());
    assert!(rows.iter().all(|r| r[0].contains("Jan 2022")), "only January 2022 events: {rows:?}");
    assert!(page.texts(".chips .chip").await.join(" ").contains("Jan 2022"));
    page.wait_until("the month in the URL", "return location.hash.includes('month=2022-01')").await;
    page.screenshot("explorer-month-january-2022").await;
    page.close().await;
}

#[tokio::test]
async fn two_fingers_pinch_the_timeline_open_on_a_phone() {
    let page = Page::open(Via::File, 390, 844).await;
    let days = || async {
        page.js("return +document.querySelector('.timeline-svg').dataset.days").await.as_f64().unwrap_or(f64::NAN)
    };
    let before = days().await;
    let plot = page
        .js("const r = document.querySelector('.timeline-svg .pan-area'); r.scrollIntoView({ block: 'center' }); \
             const b = r.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2, b.width]")
        .await;
    let (x, y, w) = (plot[0].as_f64().unwrap(), plot[1].as_f64().unwrap(), plot[2].as_f64().unwrap());
    // Fingers a quarter of the plot apart spread to three quarters: about three times closer.
    page.pinch(x, y, w / 4.0, w * 3.0 / 4.0).await;
    page.wait_until("the timeline to zoom in", &format!("return +document.querySelector('.timeline-svg').dataset.days < {}", before * 0.6)).await;
    let after = days().await;
    assert!(after < before / 2.0, "pinching out narrows the visible range: {before} days -> {after} days");
    page.screenshot("explorer-pinch-phone").await;
    // Pinching in widens it again.
    page.pinch(x, y, w * 3.0 / 4.0, w / 4.0).await;
    page.wait_until("the timeline to zoom out", &format!("return +document.querySelector('.timeline-svg').dataset.days > {}", after * 1.5)).await;
    page.close().await;
}
