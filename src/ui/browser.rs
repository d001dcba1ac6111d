//! The only place that talks to the browser: the URL hash, scrolling, element sizes and
//! window events. Everything else in `ui` renders state and sends actions.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

fn window() -> web_sys::Window {
    gloo::utils::window()
}

/// The URL hash without its `#`.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default().trim_start_matches('#').to_string()
}

/// Writes the hash as a new history entry (so back and forward walk through views),
/// unless it is already the current one.
pub fn push_hash(hash: &str) {
    if self::hash() == hash {
        return;
    }
    let url = if hash.is_empty() {
        // Keep the path, drop the hash.
        let loc = window().location();
        format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
    } else {
        format!("#{hash}")
    };
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Calls `f` with the new hash on back / forward / a typed hash.
pub fn on_hash_change(f: impl Fn(String) + 'static) -> (EventListener, EventListener) {
    let f = std::rc::Rc::new(f);
    let g = f.clone();
    (
        EventListener::new(&window(), "hashchange", move |_| f(hash())),
        EventListener::new(&window(), "popstate", move |_| g(hash())),
    )
}

/// Calls `f` when the window is resized.
pub fn on_resize(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "resize", move |_| f())
}

/// Calls `f` on every key press anywhere in the page.
pub fn on_key(f: impl Fn(&web_sys::KeyboardEvent) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::document(), "keydown", move |e| {
        if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            f(k)
        }
    })
}

/// A wheel listener that may prevent the page from scrolling (Yew's own is passive).
pub fn on_wheel(target: &web_sys::Element, f: impl Fn(&web_sys::WheelEvent) + 'static) -> EventListener {
    EventListener::new_with_options(target, "wheel", EventListenerOptions::enable_prevent_default(), move |e| {
        if let Some(w) = e.dyn_ref::<web_sys::WheelEvent>() {
            e.prevent_default();
            f(w)
        }
    })
}

/// Smoothly scrolls the element with this id to the middle of its scrolling box.
pub fn scroll_to_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// The element's left edge and width in CSS pixels.
pub fn left_and_width(el: &web_sys::Element) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    (r.left(), r.width())
}

/// The element's left and top edges in CSS pixels (from the viewport's corner).
pub fn left_and_top(el: &web_sys::Element) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    (r.left(), r.top())
}

/// Offers `bytes` to the user as a file named `filename` to save: a Blob, an object URL
/// and a click on a temporary `<a download>`; nothing goes over the network. The URL is
/// revoked once the click has been handled. False when the browser refused.
pub fn download(filename: &str, mime: &str, bytes: &[u8]) -> bool {
    let start = || -> Option<()> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = gloo::utils::document();
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(filename);
        let body = document.body()?;
        body.append_child(&a).ok()?;
        a.click();
        a.remove();
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    };
    start().is_some()
}

/// The value of the `<input>` an input event came from.
pub fn input_value(e: &web_sys::Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Records a number on `window.__chronicle` (set up by boot.js) for the benchmarks.
pub fn record(key: &str, value: f64) {
    let global = js_sys::Reflect::get(&window(), &"__chronicle".into()).ok();
    if let Some(obj) = global.filter(|g| g.is_object()) {
        let _ = js_sys::Reflect::set(&obj, &key.into(), &value.into());
    }
}

/// Files larger than this are refused before they are read, to protect the tab's memory.
pub const MAX_FILE_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// Reads the files' bytes (never their contents as HTML), then calls `done` with
/// `(name, bytes)` for each readable file and a message for each refused or unreadable one.
pub fn read_files(files: Vec<web_sys::File>, done: impl FnOnce(Vec<(String, Vec<u8>)>, Vec<String>) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    struct Pending<F> {
        left: usize,
        read: Vec<(usize, String, Vec<u8>)>,
        refused: Vec<String>,
        readers: Vec<gloo::file::callbacks::FileReader>,
        done: Option<F>,
    }
    fn finish<F: FnOnce(Vec<(String, Vec<u8>)>, Vec<String>)>(p: &mut Pending<F>) {
        if p.left == 0 {
            if let Some(done) = p.done.take() {
                let mut read = std::mem::take(&mut p.read);
                read.sort_by_key(|r| r.0);
                done(read.into_iter().map(|(_, n, b)| (n, b)).collect(), std::mem::take(&mut p.refused));
            }
        }
    }
    let pending = Rc::new(RefCell::new(Pending { left: files.len(), read: Vec::new(), refused: Vec::new(), readers: Vec::new(), done: Some(done) }));
    for (i, file) in files.into_iter().enumerate() {
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            let mut p = pending.borrow_mut();
            p.refused.push(format!(
                "{name}: the file is {:.0} MB, more than the {:.0} MB a single file may have here; it was not read",
                file.size() / 1e6,
                MAX_FILE_BYTES / 1e6
            ));
            p.left -= 1;
            continue;
        }
        let blob = gloo::file::Blob::from(file);
        let p2 = pending.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&blob, move |result| {
            let mut p = p2.borrow_mut();
            match result {
                Ok(bytes) => p.read.push((i, name, bytes)),
                Err(e) => p.refused.push(format!("{name}: the browser could not read the file ({e})")),
            }
            p.left -= 1;
            finish(&mut p);
        });
        pending.borrow_mut().readers.push(reader);
    }
    finish(&mut pending.borrow_mut());
}

/// The files of a file input's change event.
pub fn input_files(e: &web_sys::Event) -> Vec<web_sys::File> {
    let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    let files = input.as_ref().and_then(|i| i.files()).map(list).unwrap_or_default();
    if let Some(i) = input {
        i.set_value(""); // choosing the same file again fires change again
    }
    files
}

/// The files of a drop event.
pub fn dropped_files(e: &web_sys::DragEvent) -> Vec<web_sys::File> {
    e.data_transfer().and_then(|d| d.files()).map(list).unwrap_or_default()
}

fn list(files: web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}
