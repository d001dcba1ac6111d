//! A small static file server bound to 127.0.0.1 only: `cargo xtask serve` uses it, and
//! the browser tests include this same file (`tests/e2e/src/lib.rs`) to serve `dist/`
//! with a log of every request.
#![allow(dead_code)] // each of the two uses only part of it

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Every request path the server was asked for, in order.
pub type RequestLog = Arc<Mutex<Vec<String>>>;

pub struct Static {
    url: String,
    log: RequestLog,
    thread: JoinHandle<()>,
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

impl Static {
    /// Serves `dir` on 127.0.0.1:`port` (0: any free port); `quiet` leaves requests
    /// unprinted (they are logged either way).
    pub fn start(dir: &Path, port: u16, quiet: bool) -> Result<Static, String> {
        let server = tiny_http::Server::http(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e} (set PORT=... to use another port)"))?;
        let addr = server.server_addr().to_ip().ok_or("the server has no IP address")?;
        let url = format!("http://{addr}");
        let dir: PathBuf = dir.to_path_buf();
        let log = RequestLog::default();
        let requests = log.clone();
        let thread = std::thread::spawn(move || {
            for req in server.incoming_requests() {
                requests.lock().unwrap_or_else(|e| e.into_inner()).push(req.url().to_string());
                let path = req.url().split(['?', '#']).next().unwrap_or("/").to_string();
                let rel = if path == "/" { "index.html".to_string() } else { path.trim_start_matches('/').to_string() };
                let file = dir.join(&rel);
                let safe = !rel.split('/').any(|c| c == ".." || c.is_empty());
                let resp = match std::fs::read(&file) {
                    Ok(bytes) if safe => {
                        let header = tiny_http::Header::from_bytes("Content-Type", content_type(&file)).unwrap();
                        tiny_http::Response::from_data(bytes).with_header(header).with_status_code(200)
                    }
                    _ => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
                };
                if !quiet {
                    eprintln!("{} {} {}", req.method(), path, resp.status_code().0);
                }
                let _ = req.respond(resp);
            }
        });
        Ok(Static { url, log, thread })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The log of requests, shared with the server's thread.
    pub fn log(&self) -> RequestLog {
        self.log.clone()
    }

    pub fn join(self) {
        let _ = self.thread.join();
    }
}
