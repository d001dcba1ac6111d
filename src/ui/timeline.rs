//! The timeline: an SVG the page draws itself. Events sit in lanes (by type or place):
//! a day-precise event is a point, a month or year a band; dense points cluster into a
//! badge. Wheel, pinch and buttons zoom; dragging the plot pans; dragging the axis
//! brushes a date range; arrow keys walk the items, Enter opens, Escape clears.

use super::browser;
use crate::extract::Event;
use crate::query::{type_name, EVENT_TYPES};
use crate::state::{Action, Lanes, Library};
use crate::timeline::{cluster, Day, Scale};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Width of the lane labels: narrower on a phone.
fn gutter(width: f64) -> f64 {
    if width < 560.0 {
        78.0
    } else {
        118.0
    }
}
const PAD_RIGHT: f64 = 14.0;
const ROW: f64 = 18.0;
const LANE_PAD: f64 = 8.0;
const AXIS: f64 = 34.0;
/// The width of one character of an axis label (11px, see `.tick text` in the style sheet).
const TICK_CHAR_W: f64 = 6.5;
/// Items narrower than this cluster with their neighbours; wider bands stack.
const NARROW: f64 = 14.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub library: Rc<Library>,
    /// Rows of `library.index.events` that pass the filter.
    pub rows: Rc<Vec<usize>>,
    pub view: (f64, f64),
    pub lanes: Lanes,
    pub selected: Option<usize>,
    pub brush: Option<(Day, Day)>,
    pub dispatch: Callback<Action>,
}

/// One drawable thing in a lane.
enum Mark {
    Point { row: usize, x: f64, sub: usize },
    Band { row: usize, x0: f64, x1: f64, sub: usize },
    Cluster { rows: Vec<usize>, x0: f64, x1: f64, days: (Day, Day), sub: usize },
}

/// Wide bands stack in at most this many sub-rows of a lane; the bands that find no room
/// there are drawn as numbered badges in one more sub-row (a large corpus has thousands
/// of month- or year-long events over the same spans).
const BAND_ROWS: usize = 3;

/// A narrow mark to cluster: its row, its days, its extent in pixels, whether a point.
type Narrow = (usize, (Day, Day), (f64, f64), bool);

/// The clusters of `narrow` marks as marks in sub-row `sub`: a lone member stays itself,
/// several become a numbered badge.
fn clustered(narrow: &[Narrow], sub: usize, marks: &mut Vec<Mark>) {
    let extents: Vec<(f64, f64)> = narrow.iter().map(|n| n.2).collect();
    for c in cluster(&extents, 3.0) {
        if c.members.len() == 1 {
            let (row, _, ext, point) = narrow[c.members[0]];
            marks.push(if point {
                Mark::Point { row, x: (ext.0 + ext.1) / 2.0, sub }
            } else {
                Mark::Band { row, x0: ext.0, x1: ext.1, sub }
            });
        } else {
            let rows: Vec<usize> = c.members.iter().map(|&m| narrow[m].0).collect();
            let a = c.members.iter().map(|&m| narrow[m].1 .0).min().unwrap_or(0);
            let b = c.members.iter().map(|&m| narrow[m].1 .1).max().unwrap_or(0);
            marks.push(Mark::Cluster { rows, x0: c.x0, x1: c.x1.max(c.x0 + 22.0), days: (a, b), sub });
        }
    }
}

struct Lane {
    label: String,
    marks: Vec<Mark>,
    rows: usize,
    y: f64,
}

#[derive(Clone, Copy, PartialEq)]
enum Drag {
    Pan { x: f64, view: (f64, f64) },
    Brush { from: f64, to: f64 },
}

pub fn describe(e: &Event) -> String {
    let mut s = format!("{} · {}", title_case(type_name(e.kind)), e.date.as_deref().map_or("undated".into(), human_date));
    if let Some(p) = &e.place {
        s += &format!(" · {p}");
    }
    s
}

pub fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

pub use crate::timeline::human_date;

pub fn figures_text(e: &Event) -> String {
    e.figures
        .iter()
        .map(|f| {
            let n = |x: f64| if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{x}") };
            let kind = format!("{:?}", f.kind).to_lowercase();
            match (f.min, f.max) {
                (Some(a), Some(b)) if a == b => format!("{}{} {kind}", if f.approximate { "~" } else { "" }, n(a)),
                (Some(a), Some(b)) => format!("{}–{} {kind}", n(a), n(b)),
                (Some(a), None) => format!("≥{} {kind}", n(a)),
                (None, Some(b)) => format!("≤{} {kind}", n(b)),
                (None, None) => kind,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let svg_ref = use_node_ref();
    let (width, measured) = super::use_width(&svg_ref, 900.0);
    let hover = use_state(|| None::<usize>);
    let cursor = use_state(|| None::<usize>);
    let drag = use_mut_ref(|| None::<Drag>);
    let brush_preview = use_state(|| None::<(f64, f64)>);
    let pointers: Rc<RefCell<BTreeMap<i32, f64>>> = use_mut_ref(BTreeMap::new);

    // Wheel zoom (a non-passive listener, so the page does not scroll meanwhile).
    {
        let svg_ref = svg_ref.clone();
        let dispatch = props.dispatch.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<web_sys::Element>().map(|el| {
                let el2 = el.clone();
                browser::on_wheel(&el, move |w| {
                    let (left, width) = browser::left_and_width(&el2);
                    let plot = (width - gutter(width) - PAD_RIGHT).max(1.0);
                    let at = (w.client_x() as f64 - left - gutter(width)) / plot;
                    let factor = if w.delta_y() < 0.0 { 1.25 } else { 0.8 };
                    dispatch.emit(Action::Zoom { factor, at });
                })
            });
            move || drop(listener)
        });
    }

    let lib = &props.library;
    let gutter = gutter(width);
    let plot_w = (width - gutter - PAD_RIGHT).max(60.0);
    let scale = Scale { start: props.view.0, end: props.view.1, width: plot_w };

    // Lanes and their marks: lane keys are type indices or place ids, no strings per row.
    let places = lib.index.values(crate::query::Facet::Places);
    let mut by_lane: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    // No marks until the width is known (measured after the first render, which would
    // otherwise place every event twice).
    let rows: &[usize] = if measured { &props.rows } else { &[] };
    for &row in rows {
        let r = &lib.index.events[row];
        let key = match props.lanes {
            Lanes::ByType => EVENT_TYPES.iter().position(|t| *t == r.kind).unwrap_or(0) as u32,
            Lanes::ByPlace => r.place_id().unwrap_or(u32::MAX),
        };
        by_lane.entry(key).or_default().push(row);
    }
    let mut order: Vec<u32> = by_lane.keys().copied().collect();
    if props.lanes == Lanes::ByPlace {
        order.sort_by(|a, b| by_lane[b].len().cmp(&by_lane[a].len()).then(a.cmp(b)));
    }
    let mut lanes = Vec::new();
    let mut y = 8.0;
    let mut undated = 0;
    for key in order {
        let rows = &by_lane[&key];
        let mut narrow = Vec::new();
        let mut wide = Vec::new();
        for &row in rows {
            let Some(span) = lib.index.events[row].span else {
                undated += 1;
                continue;
            };
            let (x0, x1) = (scale.x(span.0 as f64), scale.x(span.1 as f64 + 1.0));
            if x1 < -8.0 || x0 > plot_w + 8.0 {
                continue;
            }
            if span.0 == span.1 || x1 - x0 < NARROW {
                let x = if span.0 == span.1 { (x0 + x1) / 2.0 } else { x0 };
                let ext = if span.0 == span.1 { (x - 6.0, x + 6.0) } else { (x0, x0 + (x1 - x0).max(4.0)) };
                narrow.push((row, span, ext, span.0 == span.1));
            } else {
                wide.push((row, span, x0.max(-4.0), x1.min(plot_w + 4.0)));
            }
        }
        let mut marks = Vec::new();
        clustered(&narrow, 0, &mut marks);
        // Wide bands stack in sub-rows below the point row, first fit; those that find
        // no room are clustered in a row of their own.
        wide.sort_by(|a, b| a.2.total_cmp(&b.2));
        let mut ends: Vec<f64> = Vec::new();
        let has_points = !marks.is_empty();
        let mut overflow = Vec::new();
        for (row, span, x0, x1) in wide {
            let sub = match ends.iter().position(|e| *e + 2.0 < x0) {
                Some(i) => {
                    ends[i] = x1;
                    i
                }
                None if ends.len() < BAND_ROWS => {
                    ends.push(x1);
                    ends.len() - 1
                }
                None => {
                    overflow.push((row, span, (x0, x1), false));
                    continue;
                }
            };
            marks.push(Mark::Band { row, x0, x1, sub: sub + usize::from(has_points) });
        }
        let overflow_row = usize::from(!overflow.is_empty());
        clustered(&overflow, usize::from(has_points) + ends.len(), &mut marks);
        let rows_used = (usize::from(has_points) + ends.len() + overflow_row).max(1);
        let label = match props.lanes {
            Lanes::ByType => title_case(type_name(EVENT_TYPES[key as usize % EVENT_TYPES.len()])),
            Lanes::ByPlace => places.get(key as usize).cloned().unwrap_or_else(|| "no place".into()),
        };
        lanes.push(Lane { label, marks, rows: rows_used, y });
        y += rows_used as f64 * ROW + LANE_PAD * 2.0;
    }
    let plot_h = y.max(60.0);
    let height = plot_h + AXIS;

    // Keyboard order: every single item, left to right.
    let mut items: Vec<(f64, usize)> = Vec::new();
    for lane in &lanes {
        for m in &lane.marks {
            match m {
                Mark::Point { row, x, .. } => items.push((*x, *row)),
                Mark::Band { row, x0, .. } => items.push((*x0, *row)),
                Mark::Cluster { rows, x0, .. } => items.extend(rows.iter().map(|r| (*x0, *r))),
            }
        }
    }
    // Put in order only when a key asks for it (tens of thousands of items in a
    // large corpus: no sorting on every render).
    let count = items.len();
    let items = Rc::new(items);

    let dispatch = props.dispatch.clone();
    let onkeydown = {
        let cursor = cursor.clone();
        let dispatch = dispatch.clone();
        let items = items.clone();
        Callback::from(move |e: KeyboardEvent| {
            let mut items = (*items).clone();
            items.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let item_rows: Vec<usize> = items.into_iter().map(|i| i.1).collect();
            let pos = cursor.and_then(|c| item_rows.iter().position(|r| *r == c));
            let step = |d: isize| {
                let n = item_rows.len() as isize;
                if n == 0 {
                    return None;
                }
                let p = pos.map_or(if d > 0 { 0 } else { n - 1 }, |p| (p as isize + d).clamp(0, n - 1));
                item_rows.get(p as usize).copied()
            };
            match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => cursor.set(step(1)),
                "ArrowLeft" | "ArrowUp" => cursor.set(step(-1)),
                "Home" => cursor.set(item_rows.first().copied()),
                "End" => cursor.set(item_rows.last().copied()),
                "Enter" | " " => match *cursor {
                    Some(row) => dispatch.emit(Action::SelectEvent(row)),
                    None => return,
                },
                "+" | "=" => dispatch.emit(Action::Zoom { factor: 1.5, at: 0.5 }),
                "-" | "_" => dispatch.emit(Action::Zoom { factor: 1.0 / 1.5, at: 0.5 }),
                _ => return,
            }
            e.prevent_default();
        })
    };

    // Pointer: pan on the plot, brush on the axis, pinch with two fingers.
    let plot_x = {
        let svg_ref = svg_ref.clone();
        move |client_x: i32| -> f64 {
            svg_ref
                .cast::<web_sys::Element>()
                .map(|el| client_x as f64 - browser::left_and_width(&el).0 - gutter)
                .unwrap_or(0.0)
        }
    };
    let on_plot_down = {
        let drag = drag.clone();
        let pointers = pointers.clone();
        let plot_x = plot_x.clone();
        let view = props.view;
        Callback::from(move |e: PointerEvent| {
            let x = plot_x(e.client_x());
            pointers.borrow_mut().insert(e.pointer_id(), x);
            *drag.borrow_mut() = Some(Drag::Pan { x, view });
            capture(&e);
        })
    };
    let on_axis_down = {
        let drag = drag.clone();
        let plot_x = plot_x.clone();
        let brush_preview = brush_preview.clone();
        Callback::from(move |e: PointerEvent| {
            let x = plot_x(e.client_x());
            *drag.borrow_mut() = Some(Drag::Brush { from: x, to: x });
            brush_preview.set(Some((x, x)));
            capture(&e);
        })
    };
    let on_move = {
        let drag = drag.clone();
        let pointers = pointers.clone();
        let plot_x = plot_x.clone();
        let dispatch = dispatch.clone();
        let brush_preview = brush_preview.clone();
        Callback::from(move |e: PointerEvent| {
            let x = plot_x(e.client_x());
            let mut ptrs = pointers.borrow_mut();
            if ptrs.len() == 2 && ptrs.contains_key(&e.pointer_id()) {
                let before: Vec<f64> = ptrs.values().copied().collect();
                ptrs.insert(e.pointer_id(), x);
                let after: Vec<f64> = ptrs.values().copied().collect();
                let (d0, d1) = ((before[0] - before[1]).abs(), (after[0] - after[1]).abs());
                if d0 > 4.0 && d1 > 4.0 {
                    let at = (after[0] + after[1]) / 2.0 / plot_w;
                    dispatch.emit(Action::Zoom { factor: d1 / d0, at });
                }
                return;
            }
            let current = *drag.borrow();
            match current {
                Some(Drag::Pan { x: x0, view }) => {
                    let s = Scale { start: view.0, end: view.1, width: plot_w }.pan(x - x0);
                    if (x - x0).abs() > 1.0 {
                        dispatch.emit(Action::SetView(s.start, s.end));
                    }
                }
                Some(Drag::Brush { from, .. }) => {
                    *drag.borrow_mut() = Some(Drag::Brush { from, to: x });
                    brush_preview.set(Some((from.min(x), from.max(x))));
                }
                None => {}
            }
        })
    };
    let on_up = {
        let drag = drag.clone();
        let pointers = pointers.clone();
        let dispatch = dispatch.clone();
        let brush_preview = brush_preview.clone();
        let view = props.view;
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
            let current = drag.borrow_mut().take();
            if let Some(Drag::Brush { from, to }) = current {
                brush_preview.set(None);
                let s = Scale { start: view.0, end: view.1, width: plot_w };
                if (to - from).abs() > 3.0 {
                    let (a, b) = (s.day_at(from.min(to)).floor() as Day, s.day_at(from.max(to)).floor() as Day);
                    dispatch.emit(Action::Brush(Some((a, b))));
                }
            }
        })
    };

    let ticks = scale.ticks();
    let present_types: Vec<&str> = EVENT_TYPES
        .iter()
        .map(|t| type_name(*t))
        .filter(|t| props.rows.iter().any(|r| lib.index.events.get(*r).is_some_and(|e| type_name(e.kind) == *t)))
        .collect();
    let selected = props.selected;
    let tooltip = hover.and_then(|row| {
        let e = lib.event(row)?;
        let (lane, x) = lanes.iter().find_map(|l| {
            l.marks.iter().find_map(|m| match m {
                Mark::Point { row: r, x, .. } if *r == row => Some((l, *x)),
                Mark::Band { row: r, x0, x1, .. } if *r == row => Some((l, (x0 + x1) / 2.0)),
                _ => None,
            })
        })?;
        Some(tooltip_view(e, lib, row, x, lane.y, plot_w))
    });

    let mark_view = |m: &Mark, lane_y: f64| -> Html {
        match m {
            Mark::Point { row, x, sub } | Mark::Band { row, x0: x, sub, .. } => {
                let row = *row;
                let Some(e) = lib.event(row) else { return html! {} };
                let cls = classes!(
                    "item",
                    format!("t-{}", type_name(e.kind)),
                    (selected == Some(row)).then_some("selected"),
                    (*cursor == Some(row)).then_some("cursor")
                );
                let cy = lane_y + LANE_PAD + *sub as f64 * ROW + ROW / 2.0;
                let onclick = dispatch.reform(move |_: MouseEvent| Action::SelectEvent(row));
                let hover_in = {
                    let hover = hover.clone();
                    Callback::from(move |_: MouseEvent| hover.set(Some(row)))
                };
                let hover_out = {
                    let hover = hover.clone();
                    Callback::from(move |_: MouseEvent| hover.set(None))
                };
                let shape = match m {
                    Mark::Band { x0, x1, .. } => html! {
                        <rect x={fmt(*x0)} y={fmt(cy - 5.0)} width={fmt((x1 - x0).max(4.0))} height="10" rx="3" />
                    },
                    _ => html! { <circle cx={fmt(*x)} cy={fmt(cy)} r="6" /> },
                };
                html! {
                    <g class={cls} id={format!("tl-item-{row}")} role="button" data-row={row.to_string()}
                        aria-label={format!("{}{}", describe(e), if figures_text(e).is_empty() { String::new() } else { format!(" · {}", figures_text(e)) })}
                        {onclick} onmouseenter={hover_in} onmouseleave={hover_out}>
                        {shape}
                    </g>
                }
            }
            Mark::Cluster { rows, x0, x1, days, sub } => {
                let n = rows.len();
                let cy = lane_y + LANE_PAD + *sub as f64 * ROW + ROW / 2.0;
                let (a, b) = (days.0 as f64 - 3.0, days.1 as f64 + 4.0);
                let onclick = dispatch.reform(move |_: MouseEvent| Action::SetView(a, b));
                html! {
                    <g class="cluster" role="button" aria-label={format!("{n} events close together: zoom in")} {onclick}>
                        <rect x={fmt(*x0)} y={fmt(cy - 9.0)} width={fmt(x1 - x0)} height="18" rx="9" />
                        <text x={fmt((x0 + x1) / 2.0)} y={fmt(cy + 4.0)} text-anchor="middle">{n}</text>
                    </g>
                }
            }
        }
    };

    let brush_px = brush_preview
        .map(|(a, b)| (a, b))
        .or_else(|| props.brush.map(|(a, b)| (scale.x(a as f64), scale.x(b as f64 + 1.0))));
    let active = cursor.map(|r| format!("tl-item-{r}"));
    let zoom = |f: f64| dispatch.reform(move |_: MouseEvent| Action::Zoom { factor: f, at: 0.5 });
    let lanes_toggle = {
        let next = if props.lanes == Lanes::ByType { Lanes::ByPlace } else { Lanes::ByType };
        dispatch.reform(move |_: MouseEvent| Action::SetLanes(next))
    };
    html! {
        <section class="timeline" aria-label="Timeline">
            <div class="timeline-bar">
                <h2 class="pane-title">{"Timeline"}</h2>
                <div class="tools" role="toolbar" aria-label="Timeline controls">
                    <button onclick={lanes_toggle} aria-label="Switch lanes between event types and places">
                        { if props.lanes == Lanes::ByType { "Lanes: type" } else { "Lanes: place" } }
                    </button>
                    <button onclick={zoom(1.5)} aria-label="Zoom in">{"+"}</button>
                    <button onclick={zoom(1.0 / 1.5)} aria-label="Zoom out">{"−"}</button>
                    <button onclick={dispatch.reform(|_: MouseEvent| Action::ResetView)} aria-label="Reset zoom">{"Reset"}</button>
                    if props.brush.is_some() {
                        <button class="brush-clear" onclick={dispatch.reform(|_: MouseEvent| Action::Brush(None))}>{"Clear dates"}</button>
                    }
                </div>
            </div>
            <svg ref={svg_ref} class="timeline-svg" width="100%" height={fmt(height)} tabindex="0" role="application"
                aria-roledescription="timeline" data-days={format!("{:.0}", props.view.1 - props.view.0)}
                aria-label={format!("Timeline of {count} events. Arrow keys move between events, Enter opens one, + and − zoom, Escape clears.")}
                aria-activedescendant={active} {onkeydown}
                onpointermove={on_move.clone()} onpointerup={on_up.clone()} onpointercancel={on_up}>
                <defs>
                    <clipPath id="plot-clip"><rect x="-8" y="0" width={fmt(plot_w + 16.0)} height={fmt(height)} /></clipPath>
                </defs>
                for (i, lane) in lanes.iter().enumerate() {
                    <g class={classes!("lane", (i % 2 == 1).then_some("odd"))}>
                        <rect class="lane-bg" x="0" y={fmt(lane.y)} width={fmt(width)} height={fmt(lane.rows as f64 * ROW + LANE_PAD * 2.0)} />
                        <text class="lane-label" x={fmt(gutter - 10.0)} y={fmt(lane.y + LANE_PAD + ROW / 2.0 + 4.0)} text-anchor="end">{&lane.label}</text>
                    </g>
                }
                <g transform={format!("translate({gutter},0)")}>
                    <rect class="pan-area" x="0" y="0" width={fmt(plot_w)} height={fmt(plot_h)} onpointerdown={on_plot_down} />
                    <rect class="axis-strip" x="0" y={fmt(plot_h)} width={fmt(plot_w)} height={fmt(AXIS)} onpointerdown={on_axis_down}
                        data-testid="timeline-axis">
                        <title>{"Drag along the axis to select a date range"}</title>
                    </rect>
                    <g clip-path="url(#plot-clip)">
                        for (d, label) in ticks.iter() {
                            <g class="tick">
                                <line x1={fmt(scale.x(*d as f64))} x2={fmt(scale.x(*d as f64))} y1="0" y2={fmt(plot_h)} />
                                // (A label that would run past the plot's right edge is left
                                // out rather than cut: `2` for `2025` misreads.)
                                if scale.x(*d as f64) + 3.0 + label.chars().count() as f64 * TICK_CHAR_W <= plot_w {
                                    <text x={fmt(scale.x(*d as f64) + 3.0)} y={fmt(plot_h + 20.0)}>{label}</text>
                                }
                            </g>
                        }
                        if let Some((a, b)) = brush_px {
                            <rect class="brush" x={fmt(a)} y="0" width={fmt((b - a).max(1.0))} height={fmt(height)} />
                        }
                        for lane in lanes.iter() {
                            for m in lane.marks.iter() { { mark_view(m, lane.y) } }
                        }
                    </g>
                    { tooltip.unwrap_or_default() }
                </g>
            </svg>
            if count == 0 {
                <p class="timeline-empty">{ if props.rows.is_empty() { "No events to show." } else { "No events in this part of the timeline: zoom out or reset." } }</p>
            }
            if undated > 0 {
                <p class="timeline-note">{format!("{undated} event{} without a date {} not drawn.", super::plural(undated), if undated == 1 { "is" } else { "are" })}</p>
            }
            <ul class="type-legend" aria-label="Colours of event types">
                for t in present_types.iter() {
                    <li><span class={classes!("type-dot", format!("t-{t}"))} aria-hidden="true"></span>{title_case(t)}</li>
                }
            </ul>
            <p class="timeline-help">{"Scroll or pinch to zoom · drag to pan · drag along the dates to select a range"}</p>
        </section>
    }
}

fn tooltip_view(e: &Event, lib: &Library, row: usize, x: f64, lane_y: f64, plot_w: f64) -> Html {
    let title = lib.index.events.get(row).map_or("", |r| lib.title(r.doc));
    let mut lines = vec![super::clip(&describe(e), 60)];
    let figs = figures_text(e);
    if !figs.is_empty() {
        lines.push(figs);
    }
    if !e.actors.is_empty() {
        lines.push(super::clip(&format!("Actors: {}", e.actors.join(", ")), 60));
    }
    if !title.is_empty() {
        lines.push(format!("In: {}", super::clip(title, 48)));
    }
    let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(10) as f64 * 6.9 + 20.0;
    let h = lines.len() as f64 * 17.0 + 12.0;
    let tx = (x - w / 2.0).clamp(0.0, (plot_w - w).max(0.0));
    let ty = if lane_y > h + 10.0 { lane_y - h - 4.0 } else { lane_y + ROW + LANE_PAD * 2.0 + 4.0 };
    html! {
        <g class="tooltip" transform={format!("translate({},{})", fmt(tx), fmt(ty))} role="tooltip" pointer-events="none">
            <rect width={fmt(w)} height={fmt(h)} rx="6" />
            for (i, l) in lines.iter().enumerate() {
                <text x="10" y={fmt(20.0 + i as f64 * 17.0)} class={classes!((i == 0).then_some("strong"))}>{l}</text>
            }
        </g>
    }
}


pub fn capture(e: &PointerEvent) {
    use wasm_bindgen::JsCast;
    if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        let _ = el.set_pointer_capture(e.pointer_id());
    }
}

pub fn fmt(v: f64) -> String {
    format!("{v:.1}")
}
