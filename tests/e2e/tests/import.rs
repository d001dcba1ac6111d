//! User stories: a researcher adds their own files to the page. They become a corpus kept
//! in the browser: good files join it and the timeline, bad ones are listed with a
//! reason, nothing in a document ever runs, and it is all still there after a reload.
//! A long import can be cancelled without changing anything.

use chronicle_e2e::{workspace, Page, TempDir, Via};

#[tokio::test]
async fn added_files_become_a_stored_corpus_that_survives_a_reload() {
    let dir = TempDir::new("import");
    // (A page as saved from a site: the outlet's masthead and a section label above the headline.)
    let harbour = "date 2021-05-04\nVELAN HARBOUR GAZETTE · Labour\nLOCAL | WORK\n\nDock workers strike for back pay in Port Velan\n\nBy Mira Osk\n\nDock workers in Port Velan went on strike on 3 May, demanding back pay. Police detained 12 strikers.";
    let files = [
        dir.file("harbour.txt", harbour.as_bytes()),
        dir.file("harbour-again.txt", harbour.as_bytes()),
        dir.file("payload.md", b"date 2020-02-02\n<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> Nurses rallied in Corvo."),
        dir.file("empty.txt", b""),
        dir.file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
    ];
    let page = Page::open(Via::File, 1366, 900).await;
    assert_eq!(page.texts("[data-testid=doc-card]").await.len(), 1, "the sample corpus first");
    page.choose_files("[data-testid=add-files]", &files).await;
    page.wait_for_import("the import to finish").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 2 documents") && report.contains("saved in this browser"), "{report}");
    assert!(report.contains("1 already here") && report.contains("harbour-again.txt"), "{report}");
    assert!(report.contains("empty.txt: the file is empty"), "{report}");
    assert!(report.contains("photo.txt: the file is binary"), "{report}");
    page.screenshot("import-report").await;

    // The new corpus is shown: its two documents, its strike on the timeline and in the table.
    // A document is listed by its headline, not by the masthead above it.
    let cards = page.texts("[data-testid=doc-card]").await;
    assert_eq!(cards.len(), 2);
    assert!(cards.iter().any(|c| c.contains("Dock workers strike for back pay in Port Velan") && !c.contains("GAZETTE")), "{cards:?}");
    let rows = page.event_rows().await;
    assert!(rows.iter().any(|r| r[1] == "Strike" && r[0] == "3 May 2021"), "{rows:?}");
    let picked = page.js("const s = document.querySelector('[data-testid=corpus-select]'); return s.options[s.selectedIndex].text").await;
    assert!(picked.as_str().unwrap().contains("2 docs"), "{picked}");

    // The HTML in a document is shown as text and never runs.
    for c in page.all("[data-testid=doc-card]").await {
        if c.text().await.unwrap().contains("<script>") {
            c.click().await.unwrap();
        }
    }
    let para = page.text("[data-testid=reader] .para").await;
    assert!(para.starts_with("<script>window.__pwned = 1</script>"), "{para}");
    assert_eq!(page.js("return typeof window.__pwned").await, "undefined", "document text ran as code");
    assert_eq!(page.all("[data-testid=reader] script, [data-testid=reader] img").await.len(), 0);
    page.screenshot("import-html-as-text").await;

    // Reload: the same corpus comes back from the browser's storage.
    page.wait_until("the URL to name the corpus", "return location.hash.includes('corpus=')").await;
    page.reload().await;
    page.wait_until("the stored corpus to open", "return document.querySelectorAll('[data-testid=doc-card]').length === 2").await;
    let rows = page.event_rows().await;
    assert!(rows.iter().any(|r| r[1] == "Strike" && r[0] == "3 May 2021"), "{rows:?}");

    // The same file again is recognised; the sample is one choice away.
    page.choose_files("[data-testid=add-files]", &files[..1]).await;
    page.wait_for_import("the second import").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 0 documents") || report.contains("already here"), "{report}");
    assert_eq!(page.texts("[data-testid=doc-card]").await.len(), 2);
    // Rename it (the browser's prompt answered by the test), then switch to the sample and back.
    page.js("window.prompt = () => 'Harbour reports'; return true").await;
    page.click("[data-testid=rename-corpus]").await;
    page.wait_until("the new name", "return [...document.querySelector('[data-testid=corpus-select]').options].some(o => o.text.startsWith('Harbour reports'))").await;
    page.choose_corpus(0).await;
    page.wait_until("the sample", "return document.querySelectorAll('[data-testid=doc-card]').length === 1").await;
    let seed_title = page.text("[data-testid=doc-card]").await;
    assert!(seed_title.contains("2022"), "{seed_title}");
    page.choose_corpus(1).await;
    page.wait_until("the stored corpus again", "return document.querySelectorAll('[data-testid=doc-card]').length === 2").await;

    // Delete it (confirmed): the sample is shown and the corpus is gone, also after a reload.
    page.js("window.confirm = () => true; return true").await;
    page.click("[data-testid=delete-corpus]").await;
    page.wait_until("the deletion", "return document.querySelector('[data-testid=corpus-select]').options.length === 1").await;
    assert_eq!(page.texts("[data-testid=doc-card]").await.len(), 1, "back to the sample");
    page.reload().await;
    let options = page.js("return document.querySelector('[data-testid=corpus-select]').options.length").await;
    assert_eq!(options, 1, "deleted for good");
    page.close().await;
}

#[tokio::test]
async fn files_added_to_a_stored_corpus_join_it_and_complete_its_names() {
    let dir = TempDir::new("grow");
    let first = dir.file("monday.txt", b"date 2022-01-05\nPolice detained the lawyer Tolvanen at a rally in Leeds on Monday.");
    let second = dir.file("tuesday.txt", b"date 2022-01-06\nThe lawyer Marja Tolvanen was released, and her supporters marched in Leeds on Tuesday.");
    let page = Page::open(Via::File, 1366, 900).await;
    page.choose_files("[data-testid=add-files]", &[first]).await;
    page.wait_for_import("the first import").await;
    page.wait_for(".facet[data-facet=person] button[data-value=Tolvanen]").await;

    // The corpus is shown, so the next file joins it (analysed alone: the first is kept).
    page.choose_files("[data-testid=add-files]", &[second]).await;
    page.wait_for_import("the second import").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 1 document"), "{report}");
    assert_eq!(page.texts("[data-testid=doc-card]").await.len(), 2);
    let rows = page.event_rows().await;
    assert!(rows.iter().any(|r| r[1] == "Arrest" && r[0] == "3 Jan 2022"), "{rows:?}");
    assert!(rows.iter().any(|r| r[1] == "Protest" && r[0] == "4 Jan 2022"), "{rows:?}");
    // The surname of the first document now takes the full name the second gives.
    let people = page.texts(".facet[data-facet=person] button").await;
    assert!(people.iter().any(|p| p.starts_with("Marja Tolvanen")), "{people:?}");
    assert!(!people.iter().any(|p| p.starts_with("Tolvanen")), "{people:?}");

    // After a reload the stored corpus is analysed afresh, with the same result.
    page.wait_until("the URL to name the corpus", "return location.hash.includes('corpus=')").await;
    page.reload().await;
    page.wait_until("the stored corpus to open", "return document.querySelectorAll('[data-testid=doc-card]').length === 2").await;
    assert_eq!(page.texts(".facet[data-facet=person] button").await, people);
    page.close().await;
}

#[tokio::test]
async fn cancelling_an_import_leaves_every_corpus_as_it_was() {
    let dir = TempDir::new("cancel");
    // Enough text (12 MB) that extraction takes a while, even in several helper workers.
    let seed = std::fs::read_to_string(workspace().join("seeds/000_6e568cd1793d9920.txt")).unwrap();
    let body: String = seed.lines().skip(1).collect::<Vec<_>>().join("\n");
    let files: Vec<String> = (0..150)
        .map(|i| dir.file(&format!("long-{i}.txt"), format!("date 2023-01-{:02}\n{}\n{}", i % 28 + 1, i, body.repeat(40)).as_bytes()))
        .collect();
    let page = Page::open(Via::Http, 1366, 900).await;
    // A corpus stored first; the long import is added to it, then cancelled.
    let kept = dir.file("kept.txt", b"date 2021-05-04\nDock workers in Port Velan went on strike on 3 May.");
    page.choose_files("[data-testid=add-files]", &[kept]).await;
    page.wait_for_import("the first import").await;
    page.choose_files("[data-testid=add-files]", &files).await;
    page.wait_for("[data-testid=import-progress]").await;
    page.wait_until("progress to show", "return /\\d+ \\/ \\d+/.test(document.querySelector('[data-testid=import-progress]')?.textContent || '')").await;
    page.screenshot("import-progress").await;
    page.click("[data-testid=cancel-import]").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Cancelled: nothing was added"), "{report}");
    assert_eq!(page.texts("[data-testid=doc-card]").await.len(), 1, "still the stored corpus alone");
    let corpora = "return [...document.querySelector('[data-testid=corpus-select]').options].map(o => o.text)";
    let names = page.js(corpora).await;
    assert!(names.as_array().unwrap().len() == 2 && names[1].as_str().unwrap().ends_with("· 1 doc"), "{names}");
    page.reload().await;
    page.wait_until("the stored corpus", "return document.querySelectorAll('[data-testid=doc-card]').length === 1 && !!document.querySelector('[data-testid=rename-corpus]')").await;
    let names = page.js(corpora).await;
    assert!(names.as_array().unwrap().len() == 2 && names[1].as_str().unwrap().ends_with("· 1 doc"), "nothing half-stored after a reload: {names}");
    page.close().await;
}

/// Captures what the page hands to the browser to save: `window.__blob`, `window.__download`.
const CAPTURE_DOWNLOADS: &str = r#"const make = URL.createObjectURL;
    URL.createObjectURL = (b) => { window.__blob = b; return make.call(URL, b); };
    HTMLAnchorElement.prototype.click = function () { window.__download = this.download; };
    return true;"#;

#[tokio::test]
async fn a_folder_of_every_format_imports_and_its_events_export_as_csv() {
    // The fixture folder of the import golden tests: corpus format, Markdown with a date in
    // its name, HTML with scripts, JSON, JSONL with a broken line, CSV, Latin-1 text, a zip
    // of two of them; and an empty file and a PNG.
    let folder = workspace().join("tests/data/import/files");
    let page = Page::open(Via::File, 1366, 900).await;
    page.choose_files("[data-testid=add-folder]", &[folder.display().to_string()]).await;
    page.wait_for_import("the import to finish").await;
    let report = page.text("[data-testid=import-report]").await;
    assert!(report.contains("Added 11 documents"), "{report}");
    for problem in [
        "empty.txt: the file is empty",
        "image.png: the file is binary",
        "lines.jsonl line 2: malformed JSON",
        "latin1.txt: not UTF-8: decoded as Windows-1252",
    ] {
        assert!(report.contains(problem), "missing `{problem}` in {report}");
    }
    assert_eq!(page.js("return typeof window.__pwned").await, "undefined", "a script from the HTML file ran");
    page.screenshot("import-every-format").await;

    // Every good file's event is on the timeline and in the table.
    let rows = page.event_rows().await;
    for (date, kind, place) in [
        ("14 Mar 2023", "Strike", "Gdańsk"),
        ("2 Apr 2023", "Protest", "Tampere"),
        ("9 May 2023", "Protest", "Lyon"),
        ("12 Jun 2023", "Strike", "Bergen"),
        ("3 Jul 2023", "Protest", "Cork"),
        ("21 Aug 2023", "Strike", "Valparaíso"),
        ("18 Sep 2023", "Strike", "Besançon"),
        ("2 Oct 2023", "Strike", "Leeds"),
    ] {
        assert!(rows.iter().any(|r| r[0] == date && r[1] == kind && r[2] == place), "no {kind} in {place} on {date}: {rows:?}");
    }
    assert_eq!(rows.len(), 11, "{rows:?}");
    let marks = page.js("return document.querySelectorAll('.timeline svg [role=button], .timeline svg .cluster').length").await;
    assert!(marks.as_u64().unwrap_or(0) > 0, "the timeline shows the new events");

    // Still there after a reload, once the URL names it: the address follows the view
    // 120 ms after it settles, and a reload before that reopens the sample.
    page.wait_until("the URL to name the corpus", "return location.hash.includes('corpus=')").await;
    page.reload().await;
    page.wait_until("the stored corpus", "return document.querySelectorAll('.event-table tbody tr').length === 11").await;

    // Filter to strikes and export them as ACLED-like CSV.
    page.click(".facet[data-facet=type] li:nth-child(1) button").await;
    let shown = page.event_rows().await;
    let kind = shown[0][1].clone();
    assert!(shown.iter().all(|r| r[1] == kind), "{shown:?}");
    page.js(CAPTURE_DOWNLOADS).await;
    page.click("[data-testid=export-acled-csv]").await;
    let name = page.js("return window.__download").await;
    assert!(name.as_str().unwrap().starts_with("chronicle-events") && name.as_str().unwrap().ends_with(".csv"), "{name}");
    let csv = page.js("return window.__blob.text()").await;
    let csv = csv.as_str().unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "event_date,time_precision,event_type,actor1,assoc_actors,location,admin1,country,latitude,longitude,fatalities,notes,source"
    );
    let body: Vec<&str> = lines.collect();
    assert_eq!(body.len(), shown.len(), "one CSV row per event shown: {csv}");
    for r in &shown {
        assert!(body.iter().any(|l| l.contains(&format!(",{},", r[2]))), "no CSV row for {r:?} in {csv}");
    }
    page.close().await;
}
