//! The only place that talks to the browser: the URL hash, scrolling, element sizes,
//! window events, files, the import worker (`worker`) and storage (`store`). Everything
//! else in `ui` renders state and sends actions.

pub mod store;
pub mod worker;

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

/// How long the view must stay unchanged before the URL follows it.
const HASH_DELAY_MS: u32 = 120;

/// Writes `hash` to the URL once the view has stayed the same for a moment, off the
/// path of the redraw (a history entry costs milliseconds); dropping the returned timer
/// (a newer view came first) cancels the write.
pub fn push_hash_soon(hash: String) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(HASH_DELAY_MS, move || push_hash(&hash))
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

/// Whether the event's target is the focused element (a click by keyboard, or by a mouse
/// on a button, which focuses it).
pub fn target_has_focus(e: &web_sys::Event) -> bool {
    let active = gloo::utils::document().active_element();
    match (e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()), active) {
        (Some(t), Some(a)) => t == a,
        _ => false,
    }
}

/// Focuses the button inside `container` whose `data-value` is `value`, unless it has the
/// focus already.
pub fn focus_value(container: &yew::NodeRef, value: &str) {
    let Some(root) = container.cast::<web_sys::Element>() else { return };
    let Ok(buttons) = root.query_selector_all("button[data-value]") else { return };
    for i in 0..buttons.length() {
        let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        if b.get_attribute("data-value").as_deref() == Some(value) {
            if gloo::utils::document().active_element().as_ref() != Some(b.as_ref()) {
                let _ = b.focus();
            }
            return;
        }
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

/// The value of the `<input>` or `<select>` an event came from.
pub fn input_value(e: &web_sys::Event) -> String {
    let target = e.target();
    match target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlSelectElement>()) {
        Some(select) => select.value(),
        None => target.and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default(),
    }
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Records a number on `window.__chronicle` (set up by boot.js) for the benchmarks.
pub fn record(key: &str, value: f64) {
    if let Some(obj) = chronicle() {
        let _ = js_sys::Reflect::set(&obj, &key.into(), &value.into());
    }
}

/// Records the largest value seen under `key` on `window.__chronicle`.
pub fn record_max(key: &str, value: f64) {
    let old = chronicle().and_then(|obj| js_sys::Reflect::get(&obj, &key.into()).ok()).and_then(|v| v.as_f64());
    record(key, value.max(old.unwrap_or(0.0)));
}

/// Adds `ms` to the phase `name` in `window.__chronicle.phases` (the import benchmark's
/// table of where the time went).
pub fn phase(name: &str, ms: f64) {
    let Some(obj) = chronicle() else { return };
    let phases = js_sys::Reflect::get(&obj, &"phases".into()).ok().filter(|p| p.is_object()).unwrap_or_else(|| {
        let p: wasm_bindgen::JsValue = js_sys::Object::new().into();
        let _ = js_sys::Reflect::set(&obj, &"phases".into(), &p);
        p
    });
    let old = js_sys::Reflect::get(&phases, &name.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&phases, &name.into(), &(old + ms).into());
}

thread_local! {
    static MARKS: std::cell::RefCell<Vec<(&'static str, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Notes the time of `name`, for a later [`phase_since`].
pub fn mark(name: &'static str) {
    let t = now();
    MARKS.with(|m| {
        let mut m = m.borrow_mut();
        m.retain(|(n, _)| *n != name);
        m.push((name, t));
    });
}

/// Adds the time since the mark `since` (then forgotten) to the phase `name`.
pub fn phase_since(name: &str, since: &'static str) {
    let t = MARKS.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|(n, _)| *n == since)?;
        Some(m.remove(at).1)
    });
    if let Some(t) = t {
        phase(name, now() - t);
    }
}

/// `window.__chronicle`, the object boot.js sets up, if it is there.
fn chronicle() -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(&window(), &"__chronicle".into()).ok().filter(|g| g.is_object())
}

/// Sets (`Some(label)`) or clears (`None`) the note that an import is running, kept in
/// `localStorage` so that a reload can tell the user an import was interrupted; returns
/// the label that was there before.
pub fn import_marker(label: Option<&str>) -> Option<String> {
    const KEY: &str = "chronicle.import-running";
    let storage = window().local_storage().ok().flatten()?;
    let before = storage.get_item(KEY).ok().flatten();
    let _ = match label {
        Some(l) => storage.set_item(KEY, l),
        None => storage.remove_item(KEY),
    };
    before
}

/// What this origin's storage holds and may hold, in bytes (`navigator.storage.estimate()`);
/// `None` where the browser does not say.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let promise = window().navigator().storage().estimate().ok()?;
    let estimate: web_sys::StorageEstimate = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
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

/// The files of a drop event, folders walked to every file inside them; `done` gets them
/// once all are found.
pub fn dropped_files(e: &web_sys::DragEvent, done: impl FnOnce(Vec<web_sys::File>) + 'static) {
    let Some(items) = e.data_transfer().map(|d| d.items()) else { return };
    // Entries must be taken while the event is being handled; walking them can wait.
    let (mut files, mut stack) = (Vec::new(), Vec::new());
    for item in (0..items.length()).filter_map(|i| items.get(i)).filter(|i| i.kind() == "file") {
        match item.webkit_get_as_entry() {
            Ok(Some(entry)) => stack.push(entry),
            _ => files.extend(item.get_as_file().ok().flatten()),
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        while let Some(entry) = stack.pop() {
            if entry.is_directory() {
                let reader = entry.unchecked_into::<web_sys::FileSystemDirectoryEntry>().create_reader();
                // readEntries gives a batch at a time, then an empty one.
                loop {
                    let batch = callback_promise(|ok, err| {
                        let _ = reader.read_entries_with_callback_and_callback(ok, err);
                    })
                    .await;
                    let batch = batch.map(|b| js_sys::Array::from(&b)).unwrap_or_default();
                    if batch.length() == 0 {
                        break;
                    }
                    stack.extend(batch.iter().map(|e| e.unchecked_into::<web_sys::FileSystemEntry>()));
                }
            } else if entry.is_file() {
                let entry = entry.unchecked_into::<web_sys::FileSystemFileEntry>();
                if let Ok(f) = callback_promise(|ok, err| entry.file_with_callback_and_callback(ok, err)).await {
                    files.push(f.unchecked_into());
                }
            }
        }
        done(files)
    });
}

/// Awaits an API that reports through a success and an error callback.
async fn callback_promise(call: impl FnOnce(&js_sys::Function, &js_sys::Function)) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let mut call = Some(call);
    let p = js_sys::Promise::new(&mut |ok, err| {
        if let Some(c) = call.take() {
            c(&ok, &err)
        }
    });
    wasm_bindgen_futures::JsFuture::from(p).await
}

/// A name for a corpus started by an import: its folder's name, else the date and time.
pub fn new_corpus_name(files: &[web_sys::File]) -> String {
    let folder = files.iter().find_map(|f| {
        let path = js_sys::Reflect::get(f, &"webkitRelativePath".into()).ok()?.as_string()?;
        path.split_once('/').map(|(dir, _)| dir.to_string()).filter(|d| !d.is_empty())
    });
    folder.unwrap_or_else(|| {
        let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        format!("Imported {}", iso.get(..16).unwrap_or_default().replace('T', " "))
    })
}

fn list(files: web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Asks the user for a line of text (`None` if they cancel).
pub fn prompt(question: &str, default: &str) -> Option<String> {
    window().prompt_with_message_and_default(question, default).ok().flatten()
}

/// Asks the user to confirm.
pub fn confirm(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}

/// Records the wasm module's memory size on `window.__chronicle` (for the benchmarks).
pub fn record_memory() {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    record("wasmBytes", buffer.byte_length() as f64);
}

