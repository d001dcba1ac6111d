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
    // Lanes by place label the timeline with the places' names.
    page.click("button[aria-label='Switch lanes between event types and places']").await;
    let lanes = page.texts(".timeline-svg .lane-label").await.join("|");
    assert!(lanes.contains("Leeds"), "{lanes}");
    page.hover(".timeline-svg g.item circle, .timeline-svg g.item rect").await;
    page.wait_for(".timeline-svg .tooltip").await;
    assert_nothing_ran(&page, "timeline tooltip").await;
    // Exports: the file names are made of dates only, whatever the documents hold.
    page.js("window.__downloads = []; HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.download) }; return true").await;
    for button in page.all("[data-testid^=export-]").await {
        button.click().await.unwrap();
    }
    let names = page.js("return window.__downloads").await;
    let names: Vec<&str> = names.as_array().unwrap().iter().filter_map(|n| n.as_str()).collect();
    assert!(names.len() >= 4, "{names:?}");
    for n in &names {
        assert!(
            n.starts_with("chronicle-") && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'),
            "an export file name carries something from a document: {n}"
        );
    }
    assert_nothing_ran(&page, "exports").await;
    page.screenshot("hostile-payloads-as-text").await;
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
    page.close().await;
}

/// Run in the page before its own code: the import worker's source gets a stub over
/// IndexedDB that behaves like a full disk — a transaction that would write more than
/// `limit` bytes is aborted with a `QuotaExceededError`, as the browser does at commit.
fn storage_quota_stub(limit: usize) -> String {
    let worker_stub = format!(
        r#"(() => {{
  const limit = {limit}, put = IDBObjectStore.prototype.put, used = new WeakMap();
  const size = (v) => typeof v === 'string' ? 2 * v.length : (v && v.byteLength) || JSON.stringify(v ?? null).length;
  IDBObjectStore.prototype.put = function (value, key) {{
    const tx = this.transaction, request = put.call(this, value, key);
    const n = (used.get(tx) || 0) + size(value);
    used.set(tx, n);
    if (n > limit && !tx.stubFull) {{
      tx.stubFull = true;
      const full = new DOMException('the storage quota of this origin is used up (test stub, ' + limit + ' bytes)', 'QuotaExceededError');
      Object.defineProperty(tx, 'error', {{ get: () => full }});
      tx.abort();
    }}
    return request;
  }};
}})();
"#
    );
    format!(
        r#"(() => {{
  const RealBlob = window.Blob, stub = {stub};
  window.Blob = function (parts, options) {{
    if (options && options.type === 'text/javascript' && typeof parts[0] === 'string' && parts[0].includes('worker_main')) parts = [stub, ...parts];
    return new RealBlob(parts, options);
  }};
  window.Blob.prototype = RealBlob.prototype;
}})();"#,
        stub = serde_json::to_string(&worker_stub).unwrap()
    )
}

#[tokio::test]
async fn a_full_storage_keeps_what_was_stored_and_says_what_was_not_saved() {
    let dir = TempDir::new("quota");
    let page = Page::open_with(Via::File, 1366, 900, &storage_quota_stub(100_000)).await;
    // A small corpus fits.
    let kept = [
        dir.file("kept-1.txt", b"date 2021-05-04\nDock workers in Port Velan went on strike on 3 May."),
        dir.file("kept-2.txt", b"date 2021-05-06\nPolice detained 12 dock workers in Port Velan on 5 May."),
    ];
    page.choose_files("[data-testid=add-files]", &kept).await;
    page.wait_for_import("the first import").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 2 documents · saved in this browser."), "{report}");
    // Adding a much larger set to it overflows the storage.
    let body = "Nurses in Lake Orin marched on 9 March 2021 to demand safe staffing. ".repeat(400);
    let big: Vec<String> = (0..10).map(|i| dir.file(&format!("big-{i}.txt"), format!("date 2021-03-{:02}\n{i} {body}", i + 10).as_bytes())).collect();
    page.choose_files("[data-testid=add-files]", &big).await;
    page.wait_for_import("the import that overflows").await;
    let problem = page.text("[data-testid=storage-problem]").await;
    assert!(problem.starts_with("Not saved: the browser's storage is full (QuotaExceededError"), "{problem}");
    assert!(problem.contains("can be read in this tab but were not saved"), "{problem}");
    assert!(problem.contains("what was stored before is unchanged"), "{problem}");
    // The new documents are readable in this tab …
    assert_eq!(page.all("[data-testid=doc-card]").await.len(), 12);
    page.screenshot("import-storage-full").await;
    // … and after a reload the stored corpus is exactly what it was.
    page.reload().await;
    page.wait_until("the stored corpus", "return document.querySelectorAll('[data-testid=doc-card]').length === 2").await;
    let names = page.js("return [...document.querySelector('[data-testid=corpus-select]').options].map(o => o.text)").await;
    assert!(names[1].as_str().unwrap().contains("2 docs"), "the stored corpus, whole and unchanged: {names}");
    page.close().await;
}

#[tokio::test]
async fn names_ten_thousand_characters_long_and_bidi_overrides_stay_in_their_place() {
    let dir = TempDir::new("long-names");
    let long = format!("Z{}", "a".repeat(9_999));
    // A right-to-left override (U+202E) with no end, zero-width joiners, and names of
    // 10,000 characters in the text, a title and a file name.
    let text = format!(
        "date 2023-06-01\nPolice detained {long} Smith in Leeds on 1 June. \u{202E}Workers of the {long} Union went on strike in Leeds on 2 June. Nur\u{200D}ses marched in Le\u{200D}eds on 3 June."
    );
    let files = [
        dir.file("report-\u{202E}txt.exe.txt", text.as_bytes()),
        dir.file("titles.jsonl", format!("{{\"date\": \"2023-06-04\", \"title\": \"{long}\", \"text\": \"Dockers in Leeds went on strike on 4 June 2023.\"}}\n").as_bytes()),
    ];
    let page = Page::open(Via::File, 1366, 900).await;
    page.choose_files("[data-testid=add-files]", &files).await;
    page.wait_for_import("the import").await;
    assert!(page.text("[data-testid=import-report]").await.contains("Added 2 documents"));
    page.click("[data-testid=doc-card]").await;
    page.wait_for("[data-testid=reader] .para").await;
    for item in page.all(".timeline-svg [role=button]").await.into_iter().take(3) {
        let _ = item.click().await;
    }
    // Nothing is wider than the window, and every pane keeps its width.
    let overflow = page
        .js("return [document.documentElement.scrollWidth - window.innerWidth, \
             ...['.sidebar', '.center', '.reader', '.doc-list'].map(s => { const e = document.querySelector(s); return e ? e.scrollWidth - e.clientWidth : 0 })]")
        .await;
    assert!(overflow.as_array().unwrap().iter().all(|d| d.as_f64().unwrap() <= 1.0), "something is wider than its pane: {overflow}");
    // Names are cut, whole in no label, and each is a bidi island.
    let longest = page.js("return Math.max(...[...document.querySelectorAll('.facet-label, .doc-title, .chip, .tooltip text')].map(e => e.textContent.length))").await;
    assert!(longest.as_f64().unwrap() < 250.0, "a label shows a whole 10,000-character name: {longest}");
    let isolated = page.js("return [...document.querySelectorAll('.facet-label, .doc-title, .event-table td, .reader-meta')].every(e => getComputedStyle(e).unicodeBidi === 'isolate')").await;
    assert_eq!(isolated, true, "text from documents is isolated from the page's own");
    page.screenshot("hostile-long-names-and-bidi").await;
    page.close().await;
}

#[tokio::test]
async fn a_file_over_the_memory_budget_is_refused_unread_and_the_rest_loads() {
    let dir = TempDir::new("budget");
    // 65 MiB (sparse: the page refuses it by its size, without reading it).
    let huge = dir.file("huge.txt", b"");
    std::fs::OpenOptions::new().write(true).open(&huge).unwrap().set_len(65 << 20).unwrap();
    let good = dir.file("good.txt", b"date 2023-05-04\nDockers in Leeds went on strike on 4 May.");
    let page = Page::open(Via::File, 1366, 900).await;
    let limits = page.text("[data-testid=limits]").await;
    assert!(limits.starts_with("Holds up to 64 MiB a file, 200 MiB a corpus"), "the page states what it holds: {limits}");
    page.choose_files("[data-testid=add-files]", &[huge, good]).await;
    page.wait_for_import("the import").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 1 document"), "{report}");
    assert!(
        report.contains("huge.txt: the file is 65 MiB, more than the 64 MiB a single file may have here; it was not read"),
        "{report}"
    );
    page.close().await;
}
