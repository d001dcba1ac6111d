//! The browser test harness: starts ChromeDriver and headless Chromium, opens the built
//! page from `file://` or from a local server that records every request, and offers the
//! few helpers the user-story tests need. `cargo xtask test` sets `CHRONICLE_DIST`,
//! `CHROMIUM` and `CHROMEDRIVER`.

use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The static server of `cargo xtask serve`, shared by including its file.
#[path = "../../../xtask/src/server.rs"]
mod server;

pub use fantoccini::elements::Element;

/// How the page is opened.
pub enum Via {
    /// `dist/chronicle.html` copied alone into a fresh folder, opened from `file://`.
    File,
    /// `dist/` served over `http://127.0.0.1` by a server that logs requests.
    Http,
}

pub struct Page {
    pub client: Client,
    pub url: String,
    driver: Child,
    requests: Option<server::RequestLog>,
    _dirs: Vec<TempDir>,
}

fn env_path(var: &str, fallback: &str) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(fallback))
}

/// POSTs a JSON `body` to ChromeDriver on `port`; panics unless it answers 200.
fn post(port: u16, path: &str, body: &str) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("chromedriver listens");
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    // The status line is all that is needed; ChromeDriver may keep the connection open.
    let mut answer = [0u8; 12];
    stream.read_exact(&mut answer).expect("chromedriver answers");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.ends_with("200"), "chromedriver refused {path}: {answer}");
}

/// The built page; fails with the command that builds it.
pub fn dist() -> PathBuf {
    let dist = std::env::var_os("CHRONICLE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("dist"));
    assert!(
        dist.join("chronicle.html").exists(),
        "{} has no chronicle.html: run the browser tests with `cargo xtask test` (it builds the page first)",
        dist.display()
    );
    dist
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// A folder removed on drop.
pub struct TempDir(pub PathBuf);
impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let p = std::env::temp_dir().join(format!("chronicle-e2e-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    /// Writes a file in this folder; its path, for a file input.
    pub fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Page {
    /// Starts a browser at `width`×`height` and opens the page.
    pub async fn open(via: Via, width: u32, height: u32) -> Page {
        Page::launch(via, width, height, &[], None).await
    }

    /// The same with `script` run in the page before any of its own code (DevTools
    /// protocol `Page.addScriptToEvaluateOnNewDocument`), for stubs a story needs.
    pub async fn open_with(via: Via, width: u32, height: u32, script: &str) -> Page {
        Page::launch(via, width, height, &[], Some(script)).await
    }

    /// The same in dark mode (`prefers-color-scheme: dark`).
    pub async fn open_dark(via: Via, width: u32, height: u32) -> Page {
        Page::launch(via, width, height, &["--blink-settings=preferredColorScheme=0", "--force-dark-mode"], None).await
    }

    async fn launch(via: Via, width: u32, height: u32, extra: &[&str], script: Option<&str>) -> Page {
        let dist = dist();
        let mut dirs = vec![TempDir::new("profile")];
        let (url, requests) = match via {
            Via::File => {
                let elsewhere = TempDir::new("usb-stick");
                std::fs::copy(dist.join("chronicle.html"), elsewhere.0.join("chronicle.html")).unwrap();
                let url = format!("file://{}/chronicle.html", elsewhere.0.display());
                dirs.push(elsewhere);
                (url, None)
            }
            Via::Http => {
                let server = server::Static::start(&dist, 0, true).expect("a local port is free");
                (format!("{}/", server.url()), Some(server.log()))
            }
        };
        let port = free_port();
        let mut driver = Command::new(env_path("CHROMEDRIVER", "/usr/bin/chromedriver"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts (cargo xtask test installs it)");
        let args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-quic".into(),
            format!("--user-data-dir={}", dirs[0].0.display()),
            format!("--window-size={width},{height}"),
        ];
        let args: Vec<String> = args.into_iter().chain(extra.iter().map(|a| a.to_string())).collect();
        let mut chrome = serde_json::json!({
            "binary": env_path("CHROMIUM", "/usr/bin/chromium"),
            "args": args,
        });
        if width < 500 {
            // Desktop windows cannot be this narrow: emulate a phone's viewport.
            chrome["mobileEmulation"] = serde_json::json!({
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "touch": true }
            });
        }
        let caps = serde_json::json!({ "goog:chromeOptions": chrome });
        let caps = caps.as_object().unwrap().clone();
        let webdriver = format!("http://127.0.0.1:{port}");
        let mut client = None;
        let mut last_error = String::new();
        for _ in 0..100 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&webdriver)
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(e) => {
                    last_error = e.to_string();
                    tokio::time::sleep(Duration::from_millis(100)).await
                }
            }
        }
        let client = client.unwrap_or_else(|| {
            let _ = driver.kill();
            panic!("could not start a Chromium session through chromedriver: {last_error}")
        });
        if let Some(source) = script {
            let session = client.session_id().await.ok().flatten().expect("a WebDriver session");
            let body = serde_json::json!({ "cmd": "Page.addScriptToEvaluateOnNewDocument", "params": { "source": source } });
            post(port, &format!("/session/{session}/goog/cdp/execute"), &body.to_string());
        }
        client.goto(&url).await.expect("page opens");
        let page = Page { client, url, driver, requests, _dirs: dirs };
        page.wait_for("[data-testid=doc-card]").await;
        page
    }

    /// Reloads the page (same browser profile, so its storage stays) and waits for it.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("page reloads");
        self.wait_for("[data-testid=doc-card]").await;
    }

    /// Waits (up to 60 s) until `script` returns `true`; panics with `what` otherwise.
    pub async fn wait_until(&self, what: &str, script: &str) {
        for _ in 0..600 {
            if self.js(script).await == serde_json::Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("timed out waiting for {what}");
    }

    /// Waits until no import is running and an import report is shown.
    pub async fn wait_for_import(&self, what: &str) {
        let done = "return !document.querySelector('[data-testid=import-progress]') && !!document.querySelector('[data-testid=import-report]')";
        self.wait_until(what, done).await;
    }

    /// Picks the corpus at `option` in the corpus bar's list (0 is the bundled sample).
    pub async fn choose_corpus(&self, option: usize) {
        let script = "const s = document.querySelector('[data-testid=corpus-select]'); s.value = s.options[arguments[0]].value; \
                      s.dispatchEvent(new Event('change', {bubbles: true})); return true";
        self.client.execute(script, vec![serde_json::json!(option)]).await.unwrap();
    }

    /// Gives the file input `css` these files (paths), as if the user chose them.
    pub async fn choose_files(&self, css: &str, paths: &[String]) {
        self.wait_for(css).await.send_keys(&paths.join("\n")).await.unwrap();
    }

    /// Waits (up to 20 s) for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element `{css}` appeared: {e}"))
    }

    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(css)).await.unwrap()
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Saves a PNG of the page under `target/e2e-screenshots/`.
    pub async fn screenshot(&self, name: &str) {
        let dir = workspace().join("target/e2e-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Asserts the page loaded nothing but its own files, broke no CSP rule and hit no error.
    pub async fn assert_private_and_healthy(&self) {
        let resources = self.js("return performance.getEntriesByType('resource').map(e => e.name)").await;
        // The page's own folder: `file:///…/` or `http://127.0.0.1:port/`.
        let own = self.url.trim_end_matches("chronicle.html");
        for r in resources.as_array().unwrap() {
            let r = r.as_str().unwrap();
            // The import worker starts from a blob the page made itself.
            assert!(
                r.starts_with(own) || r.starts_with("blob:"),
                "the page requested {r}, which is not one of its own files"
            );
        }
        if let Some(log) = &self.requests {
            let own = ["/", "/index.html", "/boot.js", "/chronicle.js", "/chronicle_wasm.js", "/chronicle_worker.js"];
            for path in log.lock().unwrap().iter() {
                assert!(own.contains(&path.as_str()), "the page requested {path}, which is not one of its own files");
            }
        }
        let health = self.js("return window.__chronicle").await;
        assert_eq!(health["cspViolations"], serde_json::json!([]), "Content-Security-Policy violations");
        assert_eq!(health["errors"], serde_json::json!([]), "errors in the page");
    }

    /// Clicks the first element matching `css`.
    pub async fn click(&self, css: &str) {
        let el = self.wait_for(css).await;
        // Centre it first: lists below are laid out lazily (content-visibility), so an
        // element scrolled just to the edge can move before the click lands.
        let script = "arguments[0].scrollIntoView({block: 'center'}); return new Promise(r => requestAnimationFrame(() => r(true)))";
        let _ = self.client.execute(script, vec![serde_json::to_value(&el).unwrap()]).await;
        el.click().await.unwrap_or_else(|e| panic!("cannot click `{css}`: {e}"));
    }

    /// The text of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self.all(css).await {
            out.push(e.text().await.unwrap_or_default());
        }
        out
    }

    /// The cells of every row of the event table: `[date, type, place, actors, figures, document]`.
    pub async fn event_rows(&self) -> Vec<Vec<String>> {
        let v = self
            .js("return [...document.querySelectorAll('.event-table tbody tr')].map(r => [...r.cells].map(c => c.textContent.trim()))")
            .await;
        serde_json::from_value(v).unwrap()
    }

    /// Drags along the timeline's axis over the month `month` (1–12) of `year`, locating
    /// the days from two year ticks; waits for the filter chips.
    pub async fn brush_month(&self, year: i32, month: u32) {
        self.js("document.querySelector('.timeline-svg').scrollIntoView({block: 'center'}); return 1").await;
        let script = r#"
            const [year, month] = arguments;
            const axis = document.querySelector('[data-testid=timeline-axis]').getBoundingClientRect();
            const ticks = [...document.querySelectorAll('.timeline-svg .tick')].filter(t => t.querySelector('text')).map(t => ({
                label: t.querySelector('text').textContent, x: t.querySelector('line').getBoundingClientRect().left }));
            const years = ticks.filter(t => /^\d{4}$/.test(t.label));
            const a = years[0], b = years[years.length - 1];
            const perDay = (b.x - a.x) / ((Date.UTC(+b.label, 0, 1) - Date.UTC(+a.label, 0, 1)) / 864e5);
            const at = (y, m) => a.x + perDay * (Date.UTC(y, m, 1) - Date.UTC(+a.label, 0, 1)) / 864e5;
            return { from: at(year, month - 1), to: at(year, month), y: axis.top + axis.height / 2 };
        "#;
        let geo = self.client.execute(script, vec![serde_json::json!(year), serde_json::json!(month)]).await.unwrap();
        let (from, to, y) = (geo["from"].as_f64().unwrap(), geo["to"].as_f64().unwrap(), geo["y"].as_f64().unwrap());
        self.drag(from - 1.0, y, to + 1.0).await;
        self.wait_for(".chips").await;
    }

    /// Presses the mouse at viewport point `(x0, y)`, drags to `(x1, y)` and releases.
    pub async fn drag(&self, x0: f64, y: f64, x1: f64) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
        let steps = 6;
        let mut seq = MouseActions::new("mouse".into())
            .then(PointerAction::MoveTo { duration: None, x: x0, y })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
        for i in 1..=steps {
            let x = x0 + (x1 - x0) * i as f64 / steps as f64;
            seq = seq.then(PointerAction::MoveTo { duration: Some(Duration::from_millis(20)), x, y });
        }
        seq = seq.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
        self.client.perform_actions(seq).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    /// Two fingers touch the viewport at `(x - gap0 / 2, y)` and `(x + gap0 / 2, y)` and
    /// move, in a few steps, until they are `gap1` apart (wider: a zoom in), then lift.
    pub async fn pinch(&self, x: f64, y: f64, gap0: f64, gap1: f64) {
        use fantoccini::actions::{Actions, InputSource, PointerAction, TouchActions, MOUSE_BUTTON_LEFT};
        let steps = 8;
        let finger = |id: &str, side: f64| {
            let mut seq = TouchActions::new(id.into())
                .then(PointerAction::MoveTo { duration: None, x: x + side * gap0 / 2.0, y })
                .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
            for i in 1..=steps {
                let gap = gap0 + (gap1 - gap0) * i as f64 / steps as f64;
                seq = seq.then(PointerAction::MoveTo { duration: Some(Duration::from_millis(30)), x: x + side * gap / 2.0, y });
            }
            seq.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT })
        };
        self.client.perform_actions(Actions::from(finger("finger1", -1.0)).and(finger("finger2", 1.0))).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    /// Moves the mouse over the middle of the first element matching `css`.
    pub async fn hover(&self, css: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let element = self.wait_for(css).await;
        let seq = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement { element, duration: None, x: 0.0, y: 0.0 });
        self.client.perform_actions(seq).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    /// Text elements (matching `css`) whose contrast with their background is below
    /// WCAG AA (4.5:1), as `"text: ratio"`.
    pub async fn low_contrast(&self, css: &str) -> Vec<String> {
        let script = r#"
            const lum = (c) => {
                const m = c.match(/[\d.]+/g).map(Number);
                const [r, g, b] = m.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const bg = (el) => {
                for (let e = el; e; e = e.parentElement) {
                    const c = getComputedStyle(e).backgroundColor;
                    const a = c.match(/[\d.]+/g);
                    if (a && (a.length < 4 || Number(a[3]) > 0.5)) return c;
                }
                return getComputedStyle(document.body).backgroundColor;
            };
            const out = [];
            for (const el of document.querySelectorAll(arguments[0])) {
                if (!el.textContent.trim() || el.closest('svg')) continue;
                const a = lum(getComputedStyle(el).color), b = lum(bg(el));
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 4.5) out.push(el.textContent.trim().slice(0, 30) + ': ' + ratio.toFixed(2));
            }
            return out;
        "#;
        let v = self.client.execute(script, vec![serde_json::json!(css)]).await.unwrap();
        serde_json::from_value(v).unwrap()
    }

    /// Ends the story: every story ends by asserting that the page requested nothing but
    /// its own files, broke no CSP rule and hit no error.
    pub async fn close(mut self) {
        self.assert_private_and_healthy().await;
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
