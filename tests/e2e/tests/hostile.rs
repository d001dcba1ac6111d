//! User stories with hostile documents: files whose names and text carry script payloads
//! are shown as text everywhere the page shows text, and nothing in them ever runs or
//! reaches the network; an import cut short by a reload loses nothing stored before and
//! the page says what happened.

use chronicle_e2e::{workspace, Page, TempDir, Via};

/// Nothing injected ran, and no element a payload would create exists in the app.
async fn assert_nothing_ran(page: &Page, at: &str) {
    assert_eq!(page.js("return typeof window.__pwned").await, "undefined", "a payload ran ({at})");
    let injected = page.js("return document.querySelectorAll('#app img, #app script, #app iframe, #app svg [onload], #app b').length").await;
    assert_eq!(injected, 0, "markup from a document reached the page ({at})");
}

#[tokio::test]
async fn script_payloads_in_names_and_text_stay_text_everywhere() {
    let dir = TempDir::new("xss");
    let files = [
        dir.file(
            "\"><img src=x onerror=window.__pwned=1>.txt",
            b"date 2023-05-01\n<img src=x onerror=\"window.__pwned=2\"> Workers of <script>window.__pwned=3</script>Acme went on strike in <b onmouseover=window.__pwned=4>Leeds</b> on 1 May. Police detained 5 \"<svg onload=window.__pwned=5>\" protesters.",
        ),
        dir.file(
            "escaped.html",
            b"<html><head><title>&lt;img src=x onerror=window.__pwned=6&gt;</title></head><body><p>Nurses rallied in Corvo on 3 May 2023 &lt;script&gt;window.__pwned=7&lt;/script&gt;.</p><a href=\"javascript:window.__pwned=8\">more</a></body></html>",
        ),
        dir.file(
            "records.json",
            br#"[{"date": "2023-05-04", "title": "<iframe src=javascript:window.__pwned=9></iframe>", "text": "Dockers in Valparaiso went on strike on 4 May 2023. <img src=x onerror=window.__pwned=10>"}]"#,
        ),
    ];
    let page = Page::open(Via::File, 1366, 900).await;
    page.choose_files("[data-testid=add-files]", &files).await;
    page.wait_for_import("the import").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 3 documents"), "{report}");
    assert_nothing_ran(&page, "import report").await;

    // The document list shows the names and first sentences as text.
    let cards = page.texts("[data-testid=doc-card]").await.join("\n");
    assert!(cards.contains("<img src=x onerror=\"window.__pwned=2\">"), "{cards}");
    // Every document in the reader: the payloads are there as text.
    for i in 1..=3 {
        page.click(&format!("[data-testid=doc-card]:nth-of-type({i}), .doc-list li:nth-child({i}) [data-testid=doc-card]")).await;
        page.wait_for("[data-testid=reader] .para").await;
        assert_nothing_ran(&page, "reader").await;
    }
    let reader = page.text("[data-testid=reader]").await;
    assert!(reader.contains("<") && reader.contains(">"), "payload text shown literally: {reader}");
    // Facets, table, timeline tooltips, the map and its tooltips.
    let rows = page.event_rows().await;
    assert!(rows.iter().any(|r| r[1] == "Strike" && r[2] == "Leeds"), "{rows:?}");
    for item in page.all(".timeline-svg [role=button]").await.into_iter().take(4) {
        let _ = item.click().await;
        assert_nothing_ran(&page, "timeline").await;
    }
    for place in page.all(".map-svg .place").await.into_iter().take(4) {
        let _ = place.click().await;
        assert_nothing_ran(&page, "map").await;
    }
    page.screenshot("hostile-payloads-as-text").await;
    page.assert_private_and_healthy().await;
    page.close().await;
}

#[tokio::test]
async fn a_reload_in_the_middle_of_an_import_keeps_what_was_stored_and_says_so() {
    let dir = TempDir::new("interrupted");
    let page = Page::open(Via::Http, 1366, 900).await;
    // A corpus stored first.
    let kept = dir.file("kept.txt", b"date 2021-05-04\nDock workers in Port Velan went on strike on 3 May.");
    page.choose_files("[data-testid=add-files]", &[kept]).await;
    page.wait_for_import("the first import").await;
    // Back to the sample, then a long import into a new corpus, cut short by a reload.
    page.choose_corpus(0).await;
    page.wait_until("the sample", "return document.querySelectorAll('[data-testid=doc-card]').length === 1").await;
    let seed = std::fs::read_to_string(workspace().join("seeds/000_6e568cd1793d9920.txt")).unwrap();
    let body: String = seed.lines().skip(1).collect::<Vec<_>>().join("\n");
    let files: Vec<String> = (0..150)
        .map(|i| dir.file(&format!("long-{i}.txt"), format!("date 2023-01-{:02}\n{i}\n{}", i % 28 + 1, body.repeat(40)).as_bytes()))
        .collect();
    page.choose_files("[data-testid=add-files]", &files).await;
    page.wait_for("[data-testid=import-progress]").await;
    page.reload().await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Interrupted: “Importing 150 files” did not finish"), "{report}");
    assert!(report.contains("every corpus stored before is intact"), "{report}");
    page.wait_until("the stored corpora", "return document.querySelector('[data-testid=corpus-select]').options.length === 2").await;
    let names = page.js("return [...document.querySelector('[data-testid=corpus-select]').options].map(o => o.text)").await;
    assert!(names[1].as_str().unwrap().contains("1 doc"), "only the first corpus, whole: {names}");
    page.screenshot("import-interrupted").await;
    page.assert_private_and_healthy().await;
    page.close().await;
}
