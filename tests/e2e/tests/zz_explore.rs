use chronicle_e2e::{workspace, Page, Via};

#[tokio::test]
async fn explore() {
    let set = std::env::var("SET").unwrap_or("q31".into());
    let dir = workspace().join("tests/eval").join(&set);
    let mut files: Vec<String> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).map(|p| p.display().to_string()).collect();
    files.sort();
    let page = Page::open(Via::File, 1366, 900).await;
    page.choose_files("[data-testid=add-files]", &files).await;
    page.wait_for_import("import").await;
    println!("REPORT {}", page.text("[data-testid=import-report]").await);
    page.screenshot(&format!("explore-{set}-all")).await;
    for r in page.event_rows().await { println!("ROW {r:?}"); }
    for c in page.texts("[data-testid=doc-card]").await { println!("CARD {c:?}"); }
    let cards = page.all("[data-testid=doc-card]").await;
    cards[0].click().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    page.screenshot(&format!("explore-{set}-reader")).await;
    page.close().await;
}
