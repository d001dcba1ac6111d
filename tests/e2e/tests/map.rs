//! User stories of the map: see where things happened, click a place to filter the whole
//! page by it, brush a month on the timeline and watch the map follow, zoom from the world
//! to a region, read what the gazetteer could not place, export the events as GeoJSON.

use chronicle_e2e::{Page, TempDir, Via};

/// `data-place` → `aria-label` of every circle on the map.
async fn circles(page: &Page) -> Vec<(String, String)> {
    let v = page
        .js("return [...document.querySelectorAll('.map-svg .place')].map(g => [g.dataset.place, g.getAttribute('aria-label')])")
        .await;
    serde_json::from_value(v).unwrap()
}

async fn zoom(page: &Page) -> f64 {
    page.wait_for(".map-svg").await.attr("data-zoom").await.unwrap().unwrap().parse().unwrap()
}

#[tokio::test]
async fn clicking_zhanaozen_on_the_map_filters_the_timeline_and_the_table() {
    let page = Page::open(Via::File, 1366, 900).await;
    let all = page.event_rows().await.len();
    let places = circles(&page).await;
    for p in ["Zhanaozen", "Aktau", "Zhezkazgan", "Kazakhstan"] {
        assert!(places.iter().any(|(n, _)| n == p), "{p} is on the map: {places:?}");
    }
    // The view fits the places on load: well past the whole world, short of street level.
    let z = zoom(&page).await;
    assert!(z > 2.0, "fitted to Kazakhstan, zoom {z}");
    page.screenshot("map-fitted").await;

    page.click(".map-svg .place[data-place=Zhanaozen]").await;
    page.wait_for(".chips").await;
    let rows = page.event_rows().await;
    assert!(!rows.is_empty() && rows.len() < all, "{rows:?}");
    assert!(rows.iter().all(|r| r[2] == "Zhanaozen"), "{rows:?}");
    let labels: Vec<String> = serde_json::from_value(
        page.js("return [...document.querySelectorAll('.timeline-svg .item')].map(g => g.getAttribute('aria-label'))").await,
    )
    .unwrap();
    assert!(!labels.is_empty() && labels.iter().all(|l| l.contains("Zhanaozen")), "{labels:?}");
    let pressed = page.wait_for(".map-svg .place[data-place=Zhanaozen]").await.attr("aria-pressed").await.unwrap();
    assert_eq!(pressed.as_deref(), Some("true"), "the circle shows it is the filter");
    let facet = page.wait_for(".facet[data-facet=place] button[data-value=Zhanaozen]").await.attr("aria-pressed").await.unwrap();
    assert_eq!(facet.as_deref(), Some("true"), "the places facet agrees");
    page.screenshot("map-zhanaozen-selected").await;
    // Clicking it again removes the filter.
    page.click(".map-svg .place[data-place=Zhanaozen]").await;
    assert_eq!(page.event_rows().await.len(), all);
    page.close().await;
}

#[tokio::test]
async fn brushing_january_2022_redraws_the_map() {
    let page = Page::open(Via::Http, 1366, 900).await;
    let before = circles(&page).await;
    let zhanaozen = |c: &[(String, String)]| c.iter().find(|(n, _)| n == "Zhanaozen").map(|(_, l)| l.clone());
    assert!(zhanaozen(&before).unwrap().contains("2 events"), "{before:?}");
    page.brush_month(2022, 1).await;
    let after = circles(&page).await;
    assert_ne!(after, before, "the map changed with the brushed range");
    // The 2012 strike no longer counts: Zhanaozen keeps only its January 2022 protest.
    assert!(zhanaozen(&after).unwrap().contains("1 event:"), "{after:?}");
    page.js("document.querySelector('.map').scrollIntoView({block: 'center'})").await;
    page.screenshot("map-january-2022").await;
    page.close().await;
}

#[tokio::test]
async fn hovering_shows_the_place_its_region_and_counts() {
    let page = Page::open(Via::File, 1366, 900).await;
    page.hover(".map-svg .place[data-place=Aktau] circle").await;
    let tip = page.text(".map-tooltip").await;
    assert!(tip.contains("Aktau") && tip.contains("Mangystau, Kazakhstan"), "{tip}");
    assert!(tip.contains("1 event: 1 protest"), "{tip}");
    page.screenshot("map-tooltip").await;
    // The keyboard gets the same: Tab to a circle shows its tooltip; Enter filters.
    page.js("document.querySelector('.map-svg .place[data-place=Zhezkazgan]').focus()").await;
    let tip = page.text(".map-tooltip").await;
    assert!(tip.contains("Zhezkazgan"), "{tip}");
    page.wait_for(".map-svg .place[data-place=Zhezkazgan]").await.send_keys("\u{E007}").await.unwrap();
    page.wait_for(".chips").await;
    let rows = page.event_rows().await;
    assert!(!rows.is_empty() && rows.iter().all(|r| r[2] == "Zhezkazgan"), "{rows:?}");
    page.close().await;
}

#[tokio::test]
async fn zooming_from_the_world_to_mangystau_and_back() {
    let page = Page::open(Via::File, 1366, 900).await;
    page.click(".map .tools button[aria-label='Show the whole world']").await;
    assert_eq!(zoom(&page).await, 1.0);
    page.js("document.querySelector('.map').scrollIntoView({block: 'center'})").await;
    page.screenshot("map-world").await;
    let mut last = 1.0;
    for _ in 0..6 {
        page.click("[data-testid=map-zoom-in]").await;
        let z = zoom(&page).await;
        assert!(z > last, "{z} after {last}");
        last = z;
    }
    page.click("[data-testid=map-zoom-out]").await;
    assert!(zoom(&page).await < last);
    // Fit again, then wheel-zoom on Aktau: region borders (Mangystau's) appear.
    page.click(".map .tools button[aria-label='Fit the map to the places shown']").await;
    let fitted = zoom(&page).await;
    page.js(
        r#"const c = document.querySelector('.map-svg .place[data-place=Aktau] circle').getBoundingClientRect();
           for (let i = 0; i < 4; i++) document.querySelector('.map-svg').dispatchEvent(new WheelEvent('wheel',
               { deltaY: -100, clientX: c.left + c.width / 2, clientY: c.top + c.height / 2, bubbles: true, cancelable: true }));"#,
    )
    .await;
    let z = zoom(&page).await;
    assert!(z > fitted * 2.0, "wheel zoomed in: {z} from {fitted}");
    let regions = page.js("return getComputedStyle(document.querySelector('.map-svg .regions')).display").await;
    assert_ne!(regions, "none", "region borders show when zoomed in");
    let aktau = page.js("const r = document.querySelector('.map-svg .place[data-place=Aktau] circle').getBoundingClientRect(); const s = document.querySelector('.map-svg').getBoundingClientRect(); return r.left > s.left && r.right < s.right && r.top > s.top && r.bottom < s.bottom").await;
    assert_eq!(aktau, true, "Aktau stays in view under the pointer");
    page.screenshot("map-mangystau").await;
    page.close().await;
}

#[tokio::test]
async fn places_without_coordinates_are_listed_and_events_export_as_geojson() {
    let dir = TempDir::new("map-import");
    let path = dir.0.join("villages.txt");
    std::fs::write(
        &path,
        "date 2022-01-06\nOil workers went on strike in Zhanaozen on 4 January. Workers protested in Qaratobe-Kentau on 5 January.",
    )
    .unwrap();
    let page = Page::open_dark(Via::File, 1366, 768).await;
    page.wait_for("[data-testid=add-files]").await.send_keys(&path.display().to_string()).await.unwrap();
    let list = page.text("[data-testid=map-unlocated]").await;
    assert!(list.starts_with("Not on the map:") && list.contains("Qaratobe-Kentau (1)"), "{list}");
    page.js("document.querySelector('.map').scrollIntoView({block: 'start'})").await;
    page.screenshot("map-dark-unlocated").await;

    // Export: capture the Blob the page hands to the browser, and the file name.
    page.js(
        r#"const make = URL.createObjectURL;
           URL.createObjectURL = (b) => { window.__blob = b; return make.call(URL, b); };
           HTMLAnchorElement.prototype.click = function () { window.__download = this.download; };"#,
    )
    .await;
    page.click("[data-testid=export-geojson]").await;
    let text = page.js("return window.__blob.text()").await;
    let fc: serde_json::Value = serde_json::from_str(text.as_str().unwrap()).unwrap();
    assert_eq!(page.js("return window.__download").await, "chronicle-events.geojson");
    assert_eq!(page.js("return window.__blob.type").await, "application/geo+json");
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    let rows = page.event_rows().await;
    let unlocated = rows.iter().filter(|r| r[2] == "Qaratobe-Kentau").count();
    assert_eq!(features.len(), rows.iter().filter(|r| !r[2].is_empty()).count() - unlocated, "one point per located event");
    let strike = features
        .iter()
        .find(|f| f["properties"]["document"] == "villages.txt" && f["properties"]["type"] == "strike")
        .unwrap_or_else(|| panic!("{fc}"));
    assert_eq!(strike["properties"]["place"], "Zhanaozen");
    let c = strike["geometry"]["coordinates"].as_array().unwrap();
    assert!((c[0].as_f64().unwrap() - 52.8).abs() < 0.5 && (c[1].as_f64().unwrap() - 43.3).abs() < 0.5, "{c:?}");
    page.close().await;
}

#[tokio::test]
async fn the_map_fits_a_phone() {
    let page = Page::open(Via::File, 390, 844).await;
    let overflow = page.js("return document.documentElement.scrollWidth > window.innerWidth + 1").await;
    assert_eq!(overflow, false, "no sideways scrolling");
    let w = page.js("return document.querySelector('.map-svg').getBoundingClientRect().width").await.as_f64().unwrap();
    assert!(w > 300.0 && w <= 390.0, "{w}");
    assert!(!circles(&page).await.is_empty());
    page.js("document.querySelector('.map').scrollIntoView({block: 'start'})").await;
    page.screenshot("map-390").await;
    page.close().await;
}
