//! User stories of the foundation: the explorer opens offline, shows the bundled
//! article, reads it, and talks to nothing but its own files.

use chronicle_e2e::{workspace, Page, Via};

/// The seed's paragraphs, read straight from `seeds/` as the oracle.
fn seed_paragraphs() -> Vec<String> {
    let dir = workspace().join("seeds");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .unwrap();
    let text = std::fs::read_to_string(file).unwrap();
    let body = text.trim_start().strip_prefix("date 2022-08-10").unwrap();
    body.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

async fn reads_the_seed_article(via: Via, name: &str) {
    let page = Page::open(via, 1366, 768).await;
    // The list shows the seed's date and first sentence.
    let card = page.text("[data-testid=doc-card]").await;
    assert!(card.contains("10 Aug 2022"), "card shows the date: {card}");
    assert!(
        card.contains("Nationwide protests rocked Kazakhstan earlier this year, starting with an anti-inflation demo"),
        "card shows the first sentence: {card}"
    );
    page.screenshot(&format!("{name}-list")).await;

    // Clicking it opens the reader with every paragraph.
    page.click("[data-testid=doc-card]").await;
    page.wait_for("[data-testid=reader] .para").await;
    let shown: Vec<String> = {
        let mut v = Vec::new();
        for p in page.all("[data-testid=reader] .para").await {
            v.push(p.text().await.unwrap());
        }
        v
    };
    let expected = seed_paragraphs();
    assert_eq!(shown.len(), expected.len(), "one block per paragraph");
    for (s, e) in shown.iter().zip(&expected) {
        assert_eq!(s.split_whitespace().collect::<Vec<_>>(), e.split_whitespace().collect::<Vec<_>>());
    }
    let meta = page.text("[data-testid=reader] .reader-meta").await;
    assert!(meta.contains("10 August 2022"), "reader shows the date: {meta}");
    page.screenshot(&format!("{name}-reader")).await;

    page.close().await;
}

#[tokio::test]
async fn single_file_opens_from_a_folder_without_a_server() {
    reads_the_seed_article(Via::File, "file").await;
}

#[tokio::test]
async fn served_page_loads_only_its_own_files() {
    reads_the_seed_article(Via::Http, "served").await;
}

#[tokio::test]
async fn page_forbids_every_network_connection() {
    let page = Page::open(Via::File, 1366, 768).await;
    let csp = page
        .js("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        .await;
    let csp = csp.as_str().unwrap();
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(!csp.contains("connect-src") && !csp.contains("unsafe-inline"), "{csp}");
    // A fetch from inside the page is refused by the policy.
    let refused = page
        .js("return fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'refused')")
        .await;
    assert_eq!(refused, "refused");
    // The refusal was recorded as a violation; that one was this test's own doing.
    let violations = page.js("const v = window.__chronicle.cspViolations.splice(0); return v").await;
    assert_eq!(violations, serde_json::json!(["connect-src http://127.0.0.1:9/"]));
    page.close().await;
}

#[tokio::test]
async fn phone_layout_stacks_list_above_reader() {
    let page = Page::open(Via::File, 390, 844).await;
    page.click("[data-testid=doc-card]").await;
    page.wait_for("[data-testid=reader] .para").await;
    let overflow = page.js("return document.documentElement.scrollWidth > window.innerWidth").await;
    assert_eq!(overflow, false, "no sideways scrolling on a phone");
    page.screenshot("phone-reader").await;
    page.close().await;
}
