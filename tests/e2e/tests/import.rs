//! User story: a researcher adds their own files to the page. Good ones join the corpus
//! and the timeline, bad ones are listed with a reason, nothing in a document ever runs.

use chronicle_e2e::{workspace, Page, TempDir, Via};

#[tokio::test]
async fn adding_files_reports_each_problem_and_never_runs_document_text() {
    let dir = TempDir::new("import");
    let f = |name: &str, bytes: &[u8]| {
        let p = dir.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let seed = std::fs::read(workspace().join("seeds/000_6e568cd1793d9920.txt")).unwrap();
    let files = [
        f("harbour.txt", "date 2021-05-04\nDock workers in Port Velan went on strike on 3 May, demanding back pay. Police detained 12 strikers.".as_bytes()),
        f("payload.md", b"date 2020-02-02\n<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> Nurses rallied in Corvo."),
        f("empty.txt", b""),
        f("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        f("copy-of-seed.txt", &seed),
    ];
    let page = Page::open(Via::File, 1366, 900).await;
    let before = page.event_rows().await.len();
    page.wait_for("[data-testid=add-files]").await.send_keys(&files.join("\n")).await.unwrap();
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 2 documents"), "{report}");
    assert!(report.contains("1 already here") && report.contains("copy-of-seed.txt"), "{report}");
    assert!(report.contains("empty.txt: the file is empty"), "{report}");
    assert!(report.contains("photo.txt: the file is binary"), "{report}");
    page.screenshot("import-report").await;

    // The new strike is on the timeline and in the table.
    let rows = page.event_rows().await;
    assert!(rows.len() > before, "{rows:?}");
    assert!(rows.iter().any(|r| r[1] == "Strike" && r[0] == "3 May 2021"), "{rows:?}");
    assert_eq!(page.texts("[data-testid=doc-card]").await.len(), 3);

    // The HTML in a document is shown as text and never runs.
    let cards = page.all("[data-testid=doc-card]").await;
    for c in cards {
        if c.text().await.unwrap().contains("<script>") {
            c.click().await.unwrap();
        }
    }
    let para = page.text("[data-testid=reader] .para").await;
    assert!(para.starts_with("<script>window.__pwned = 1</script>"), "{para}");
    assert_eq!(page.js("return typeof window.__pwned").await, "undefined", "document text ran as code");
    assert_eq!(page.all("[data-testid=reader] script, [data-testid=reader] img").await.len(), 0);
    page.screenshot("import-html-as-text").await;
    page.assert_private_and_healthy().await;
    page.close().await;
}
