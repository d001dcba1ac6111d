//! The page reads well everywhere: a wide desktop, a laptop and a phone, light and dark,
//! with text contrast that passes WCAG AA and no sideways scrolling.

use chronicle_e2e::{Page, Via};

const TEXT: &str = "h1, h2, h3, p, li, td, th, button, .doc-title, .doc-date, .facet-label, .count, .para, .para span, .reader-meta, .lane-label";

async fn check(page: &Page, name: &str) {
    page.click(".timeline-svg .item").await;
    page.wait_for("#evidence").await;
    let overflow = page.js("return document.documentElement.scrollWidth > window.innerWidth + 1").await;
    assert_eq!(overflow, false, "{name}: no sideways scrolling");
    let low = page.low_contrast(TEXT).await;
    assert!(low.is_empty(), "{name}: text below WCAG AA contrast: {low:?}");
    page.screenshot(name).await;
}

#[tokio::test]
async fn wide_desktop_light() {
    let page = Page::open(Via::File, 1920, 1080).await;
    check(&page, "layout-1920-light").await;
    page.close().await;
}

#[tokio::test]
async fn laptop_dark() {
    let page = Page::open_dark(Via::File, 1366, 768).await;
    let dark = page.js("return matchMedia('(prefers-color-scheme: dark)').matches").await;
    assert_eq!(dark, true, "dark mode is emulated");
    check(&page, "layout-1366-dark").await;
    page.close().await;
}

#[tokio::test]
async fn phone_light() {
    let page = Page::open(Via::File, 390, 844).await;
    check(&page, "layout-390-light").await;
    page.close().await;
}
