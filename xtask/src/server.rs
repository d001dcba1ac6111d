//! A small static file server for `cargo xtask serve`, bound to 127.0.0.1 only.

use crate::Result;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

pub struct Static {
    url: String,
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
    pub fn start(dir: &Path, port: u16) -> Result<Static> {
        let server = tiny_http::Server::http(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e} (set PORT=... to use another port)"))?;
        let url = format!("http://127.0.0.1:{port}");
        let dir: PathBuf = dir.to_path_buf();
        let thread = std::thread::spawn(move || {
            for req in server.incoming_requests() {
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
                eprintln!("{} {} {}", req.method(), path, resp.status_code().0);
                let _ = req.respond(resp);
            }
        });
        Ok(Static { url, thread })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn join(self) {
        let _ = self.thread.join();
    }
}
