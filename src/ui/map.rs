//! The map: an SVG the page draws itself from the embedded Natural Earth outlines (no
//! tiles, no fonts, no network). Each place with matching events is a circle sized by
//! events or fatalities and coloured by its most frequent event type; hover or focus shows
//! its region, counts and how an ambiguous name was read; click or Enter filters by it.
//! Wheel, drag, keys and buttons zoom and pan; the view fits the matching places until the
//! user moves it. Places the gazetteer cannot locate are listed below the map.

use super::browser;
use super::timeline::{capture, fmt, title_case};
use crate::geo::{self, MapPlace, MapSummary, SizeBy, View};
use crate::gazetteer::PlaceKind;
use crate::query::{type_name, EVENT_TYPES};
use crate::state::Library;
use std::rc::Rc;
use yew::prelude::*;

/// Largest circle radius in pixels.
const MAX_R: f64 = 22.0;
/// Padding around the matching places when the view fits them.
const FIT_PAD: f64 = 48.0;
/// From this zoom on, borders between regions (Mangystau, Atyrau, …) are drawn.
const REGION_ZOOM: f64 = 3.0;
/// How many of the largest places carry a name label.
const LABELS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub library: Rc<Library>,
    /// Rows of `library.index.events` that pass the filter.
    pub rows: Rc<Vec<usize>>,
    /// The chosen view; `None` fits the matching places.
    pub view: Option<View>,
    pub size_by: SizeBy,
    /// Places selected in the filter (drawn with a ring).
    pub selected: Vec<String>,
    /// Filter by a place (toggles it).
    pub on_place: Callback<String>,
    pub on_view: Callback<Option<View>>,
    pub on_size_by: Callback<SizeBy>,
}

/// The view the map shows: the chosen one, or the matching places fitted.
fn effective_view(chosen: Option<View>, summary: &MapSummary, w: f64, h: f64) -> View {
    chosen.unwrap_or_else(|| {
        geo::bbox(summary.places.iter().map(|p| (p.lon, p.lat))).map_or(View::WORLD, |b| View::fit(b, w, h, FIT_PAD))
    })
}

fn fatalities_text(n: f64) -> String {
    format!("{n:.0} killed")
}

/// `2 events: 1 protest, 1 strike`.
fn counts_text(p: &MapPlace) -> String {
    let kinds: Vec<String> = EVENT_TYPES
        .iter()
        .zip(p.by_type)
        .filter(|(_, n)| *n > 0)
        .map(|(t, n)| format!("{n} {}", type_name(*t)))
        .collect();
    format!("{} event{}: {}", p.events, super::plural(p.events), kinds.join(", "))
}

/// What a screen reader says for a circle, and the first lines of its tooltip.
fn label(p: &MapPlace) -> String {
    let mut s = p.name.clone();
    if !p.region.is_empty() {
        s += &format!(", {}", p.region);
    }
    s += &format!(". {}", counts_text(p));
    if p.fatalities > 0.0 {
        s += &format!("; {}", fatalities_text(p.fatalities));
    }
    s
}

/// Breaks `text` into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= width => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[derive(Properties, PartialEq)]
struct OutlinesProps {
    /// Countries with matching places (drawn a shade darker), sorted.
    countries: Rc<Vec<&'static str>>,
}

/// The land, borders and regions: hundreds of paths, drawn again only when the countries
/// with places change (the view is the transform of the group around them).
#[function_component]
fn Outlines(props: &OutlinesProps) -> Html {
    let outlines = geo::outlines();
    html! {
        <>
            for c in outlines.countries.iter() {
                <path class={classes!("land", props.countries.binary_search(&c.code.as_str()).is_ok().then_some("context"))}
                    d={AttrValue::Static(c.path.as_str())}>
                </path>
            }
            <path class="regions" d={AttrValue::Static(&outlines.regions)} vector-effect="non-scaling-stroke" />
            <path class="borders" d={AttrValue::Static(&outlines.borders)} vector-effect="non-scaling-stroke" />
        </>
    }
}

#[function_component]
pub fn Map(props: &MapProps) -> Html {
    let svg_ref = use_node_ref();
    let (width, _) = super::use_width(&svg_ref, 800.0);
    let hover = use_state(|| None::<usize>);
    // Pan in progress: pointer start and the view then.
    let drag = use_mut_ref(|| None::<(f64, f64, View)>);
    // Where each event is depends only on the library; the counts on the matching rows.
    let summary = use_memo((props.library.clone(), props.rows.clone()), |(lib, rows)| lib.located().summarize(lib, rows));
    let (w, h) = (width, (width * 0.52).clamp(240.0, 420.0));
    let view = effective_view(props.view, &summary, w, h);
    // The listeners set up once read the current view and size from here.
    let current = use_mut_ref(|| (view, w, h));
    *current.borrow_mut() = (view, w, h);

    {
        let svg_ref = svg_ref.clone();
        let on_view = props.on_view.clone();
        let current = current.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<web_sys::Element>().map(|el| {
                let el2 = el.clone();
                browser::on_wheel(&el, move |e| {
                    let (v, w, h) = *current.borrow();
                    let (left, top) = browser::left_and_top(&el2);
                    let at = (f64::from(e.client_x()) - left, f64::from(e.client_y()) - top);
                    let factor = if e.delta_y() < 0.0 { 1.3 } else { 1.0 / 1.3 };
                    let next = v.zoom_at(factor, at, w, h);
                    // Wheel events may come faster than the page redraws: build on this one.
                    current.borrow_mut().0 = next;
                    on_view.emit(Some(next));
                })
            });
            move || drop(listener)
        });
    }

    let on_down = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            *drag.borrow_mut() = Some((f64::from(e.client_x()), f64::from(e.client_y()), view));
            capture(&e);
        })
    };
    let on_move = {
        let drag = drag.clone();
        let on_view = props.on_view.clone();
        Callback::from(move |e: PointerEvent| {
            let start = *drag.borrow();
            if let Some((x0, y0, v)) = start {
                let (dx, dy) = (f64::from(e.client_x()) - x0, f64::from(e.client_y()) - y0);
                if dx.abs() + dy.abs() > 2.0 {
                    on_view.emit(Some(v.pan(dx, dy, w, h)));
                }
            }
        })
    };
    let on_up = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None)
    };
    let zoom_by = |f: f64| {
        let on_view = props.on_view.clone();
        Callback::from(move |_: MouseEvent| on_view.emit(Some(view.zoom_at(f, (w / 2.0, h / 2.0), w, h))))
    };
    let onkeydown = {
        let on_view = props.on_view.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step = 60.0;
            let next = match e.key().as_str() {
                "+" | "=" => view.zoom_at(1.5, (w / 2.0, h / 2.0), w, h),
                "-" | "_" => view.zoom_at(1.0 / 1.5, (w / 2.0, h / 2.0), w, h),
                "ArrowLeft" => view.pan(step, 0.0, w, h),
                "ArrowRight" => view.pan(-step, 0.0, w, h),
                "ArrowUp" => view.pan(0.0, step, w, h),
                "ArrowDown" => view.pan(0.0, -step, w, h),
                _ => return,
            };
            e.prevent_default();
            on_view.emit(Some(next));
        })
    };

    // Circles: largest first so small ones stay on top and clickable.
    let by = props.size_by;
    let largest = summary.places.iter().map(|p| p.measure(by)).fold(0.0, f64::max);
    let mut order: Vec<usize> = (0..summary.places.len()).collect();
    order.sort_by(|&a, &b| summary.places[b].measure(by).total_cmp(&summary.places[a].measure(by)));
    let screen = |p: &MapPlace| view.to_screen(geo::project(p.lon, p.lat), w, h);
    let visible = |(x, y): (f64, f64)| x > -MAX_R && x < w + MAX_R && y > -MAX_R && y < h + MAX_R;
    // Name labels for the largest places, right of the circle (left near the right edge),
    // skipping any that would overlap a label already placed.
    let mut labels: Vec<(usize, f64, f64, &'static str)> = Vec::new();
    let mut boxes: Vec<(f64, f64, f64, f64)> = Vec::new();
    // Towns before countries and regions: their names say more.
    let is_area = |i: usize| matches!(summary.places[i].kind, PlaceKind::Country | PlaceKind::Region);
    let mut label_order = order.clone();
    label_order.sort_by_key(|&i| is_area(i));
    for &i in &label_order {
        let p = &summary.places[i];
        let (x, y) = screen(p);
        if labels.len() == LABELS || !visible((x, y)) {
            continue;
        }
        let r = geo::radius(p.measure(by), largest, MAX_R);
        let tw = p.name.chars().count() as f64 * 7.2;
        let right = x + r + 4.0 + tw < w - 4.0;
        let x0 = if right { x + r + 4.0 } else { x - r - 4.0 - tw };
        let b = (x0, y - 8.0, x0 + tw, y + 6.0);
        if boxes.iter().any(|o| b.0 < o.2 && o.0 < b.2 && b.1 < o.3 && o.1 < b.3) {
            continue;
        }
        boxes.push(b);
        labels.push((i, if right { x0 } else { x0 + tw }, y + 4.0, if right { "start" } else { "end" }));
    }
    let countries: Rc<Vec<&'static str>> = {
        let set: std::collections::BTreeSet<&'static str> = summary.places.iter().map(|p| p.country).collect();
        Rc::new(set.into_iter().collect())
    };

    let circle = |i: usize| -> Html {
        let p = &summary.places[i];
        let (x, y) = screen(p);
        if !visible((x, y)) {
            return html! {};
        }
        let r = geo::radius(p.measure(by), largest, MAX_R);
        let name = p.name.clone();
        let onclick = props.on_place.reform(move |_: MouseEvent| name.clone());
        let name = p.name.clone();
        let on_place = props.on_place.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                e.stop_propagation();
                on_place.emit(name.clone());
            }
        });
        let (h1, h2, h3, h4) = (hover.clone(), hover.clone(), hover.clone(), hover.clone());
        let selected = props.selected.contains(&p.name);
        let zero = p.measure(by) <= 0.0;
        // Events placed only at a country or region: the circle sits at its centre.
        let area = is_area(i);
        html! {
            <g class={classes!("place", format!("t-{}", type_name(p.dominant)), selected.then_some("selected"), zero.then_some("zero"), area.then_some("area"))}
                role="button" tabindex="0" aria-pressed={selected.to_string()} data-place={p.name.clone()}
                aria-label={format!("{}{}", label(p), if selected { ". Selected: press Enter to remove the filter" } else { ". Press Enter to filter by this place" })}
                {onclick} {onkeydown}
                onmouseenter={Callback::from(move |_: MouseEvent| h1.set(Some(i)))}
                onmouseleave={Callback::from(move |_: MouseEvent| h2.set(None))}
                onfocus={Callback::from(move |_: FocusEvent| h3.set(Some(i)))}
                onblur={Callback::from(move |_: FocusEvent| h4.set(None))}>
                <circle cx={fmt(x)} cy={fmt(y)} r={fmt(r)} />
                if selected { <circle class="ring" cx={fmt(x)} cy={fmt(y)} r={fmt(r + 4.0)} /> }
            </g>
        }
    };
    let tooltip = hover.and_then(|i| summary.places.get(i)).map(|p| {
        let (x, y) = screen(p);
        let r = geo::radius(p.measure(by), largest, MAX_R);
        let mut lines = vec![p.name.clone()];
        match p.kind {
            PlaceKind::Country => lines.push("The country as a whole (drawn at its centre)".into()),
            PlaceKind::Region if !p.region.is_empty() => lines.push(format!("Region of {} (drawn at its centre)", p.region)),
            _ if !p.region.is_empty() => lines.push(p.region.clone()),
            _ => {}
        }
        lines.push(counts_text(p));
        if p.fatalities > 0.0 {
            lines.push(fatalities_text(p.fatalities));
        }
        let first_note = lines.len();
        if let Some(n) = &p.note {
            lines.extend(wrap(n, 46));
        }
        let tw = lines.iter().map(|l| l.chars().count()).max().unwrap_or(10) as f64 * 6.6 + 20.0;
        let th = lines.len() as f64 * 17.0 + 12.0;
        let tx = (x - tw / 2.0).clamp(2.0, (w - tw - 2.0).max(2.0));
        let ty = if y - r - th - 6.0 > 0.0 { y - r - th - 6.0 } else { (y + r + 6.0).min((h - th).max(0.0)) };
        html! {
            <g class="tooltip map-tooltip" transform={format!("translate({},{})", fmt(tx), fmt(ty))} role="tooltip" pointer-events="none">
                <rect width={fmt(tw)} height={fmt(th)} rx="6" />
                for (k, l) in lines.iter().enumerate() {
                    <text x="10" y={fmt(20.0 + k as f64 * 17.0)} class={classes!((k == 0).then_some("strong"), (k >= first_note).then_some("note"))}>{l}</text>
                }
            </g>
        }
    });

    let (lib, rows) = (props.library.clone(), props.rows.clone());
    let export = Callback::from(move |_: MouseEvent| {
        let json = geo::geojson(&lib, lib.located(), &rows);
        browser::download("chronicle-events.geojson", "application/geo+json", json.as_bytes());
    });
    let size_button = |s: SizeBy, text: &'static str| {
        let on = props.on_size_by.reform(move |_: MouseEvent| s);
        html! { <button aria-pressed={(by == s).to_string()} onclick={on}>{text}</button> }
    };
    let n = summary.places.len();
    let present: Vec<&str> =
        EVENT_TYPES.iter().filter(|t| summary.places.iter().any(|p| p.dominant == **t)).map(|t| type_name(*t)).collect();
    html! {
        <section class="map" aria-label="Map of places">
            <div class="timeline-bar">
                <h2 class="pane-title">{"Map"}</h2>
                <div class="tools" role="toolbar" aria-label="Map controls">
                    <span class="size-by" role="group" aria-label="Circle size">
                        { size_button(SizeBy::Events, "Events") }
                        { size_button(SizeBy::Fatalities, "Fatalities") }
                    </span>
                    <button onclick={zoom_by(1.5)} aria-label="Zoom in" data-testid="map-zoom-in">{"+"}</button>
                    <button onclick={zoom_by(1.0 / 1.5)} aria-label="Zoom out" data-testid="map-zoom-out">{"−"}</button>
                    <button onclick={props.on_view.reform(|_: MouseEvent| None)} aria-label="Fit the map to the places shown">{"Fit"}</button>
                    <button onclick={props.on_view.reform(|_: MouseEvent| Some(View::WORLD))} aria-label="Show the whole world">{"World"}</button>
                    <button onclick={export} title="Download the events shown, with coordinates, for QGIS and similar tools"
                        data-testid="export-geojson">{"GeoJSON"}</button>
                </div>
            </div>
            <svg ref={svg_ref} class={classes!("map-svg", (view.zoom >= REGION_ZOOM).then_some("zoomed"))} width="100%" height={fmt(h)}
                tabindex="0" role="application" aria-roledescription="map" data-zoom={format!("{:.3}", view.zoom)}
                aria-label={format!("Map of {n} place{}. Tab to a place and press Enter to filter by it; arrow keys pan, + and − zoom.", super::plural(n))}
                {onkeydown} onpointermove={on_move} onpointerup={on_up.clone()} onpointercancel={on_up}>
                <rect class="sea" x="0" y="0" width={fmt(w)} height={fmt(h)} onpointerdown={on_down.clone()} />
                <g transform={view.transform(w, h)} onpointerdown={on_down} class="outlines">
                    <Outlines {countries} />
                </g>
                for i in order.iter().copied() { { circle(i) } }
                for (i, x, y, anchor) in labels.iter().copied() {
                    <text class="place-label" x={fmt(x)} y={fmt(y)} text-anchor={anchor} aria-hidden="true">{&summary.places[i].name}</text>
                }
                { tooltip.unwrap_or_default() }
                <text class="credit" x={fmt(w - 6.0)} y={fmt(h - 6.0)} text-anchor="end">{"Outlines: Natural Earth"}</text>
            </svg>
            if n == 0 && summary.unlocated.is_empty() {
                <p class="timeline-empty">{"No matching event has a place."}</p>
            }
            if !summary.unlocated.is_empty() {
                <p class="map-unlocated" data-testid="map-unlocated">
                    {"Not on the map: "}
                    for (k, (name, count)) in summary.unlocated.iter().enumerate() {
                        if k > 0 { {", "} }
                        <button class="link" onclick={{ let name = name.clone(); props.on_place.reform(move |_: MouseEvent| name.clone()) }}>
                            {format!("{name} ({count})")}
                        </button>
                    }
                    {" — the gazetteer does not know these places, or knows them only in a country the document is not about."}
                </p>
            }
            <ul class="type-legend" aria-label="Colours: the most frequent event type at each place">
                for t in present.iter() {
                    <li><span class={classes!("type-dot", format!("t-{t}"))} aria-hidden="true"></span>{title_case(t)}</li>
                }
                <li class="size-note">{ if by == SizeBy::Events { "Circle area: number of events" } else { "Circle area: people killed" } }</li>
            </ul>
            <p class="timeline-help">{"Scroll or use + and − to zoom · drag to pan · click a place to filter by it"}</p>
        </section>
    }
}

