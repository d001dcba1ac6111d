//! The facet panel: one box per facet with live counts, a search over its values, the
//! top values first, and clear buttons.

use crate::query::{search_values, Facet, FacetValue};
use yew::prelude::*;

/// How many values a facet shows before "show all".
const TOP: usize = 8;

#[derive(Properties, PartialEq)]
pub struct FacetBoxProps {
    pub facet: Facet,
    pub values: std::rc::Rc<Vec<FacetValue>>,
    pub on_toggle: Callback<(Facet, String)>,
    pub on_clear: Callback<Facet>,
}

#[function_component]
pub fn FacetBox(props: &FacetBoxProps) -> Html {
    let query = use_state(String::new);
    let expanded = use_state(|| false);
    let facet = props.facet;
    let shown = search_values(&props.values, &query);
    let total = shown.len();
    let any_selected = props.values.iter().any(|v| v.selected);
    // Selected values always show, then the top ones.
    let limit = if *expanded || !query.is_empty() { usize::MAX } else { TOP };
    let mut visible: Vec<&FacetValue> = shown.iter().copied().filter(|v| v.selected).collect();
    visible.extend(shown.iter().copied().filter(|v| !v.selected).take(limit.saturating_sub(visible.len())));
    let id = format!("facet-{}", facet.key());
    // Values are patched in place (not keyed): the top values change with every filter,
    // and rewriting a row's texts costs far less than moving or creating rows. The value
    // just toggled may so land in another row: if its button had the focus, the focus
    // follows it there after the render, and Enter again toggles the same value.
    let section = use_node_ref();
    let refocus = use_mut_ref(|| None::<String>);
    {
        let (section, refocus) = (section.clone(), refocus.clone());
        use_effect(move || {
            if let Some(key) = refocus.borrow_mut().take() {
                super::browser::focus_value(&section, &key);
            }
        });
    }
    let on_toggle = {
        let (on_toggle, refocus) = (props.on_toggle.clone(), refocus.clone());
        Callback::from(move |(e, key): (MouseEvent, String)| {
            if super::browser::target_has_focus(&e) {
                *refocus.borrow_mut() = Some(key.clone());
            }
            on_toggle.emit((facet, key))
        })
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(super::browser::input_value(&e)))
    };
    html! {
        <section ref={section} class="facet" aria-labelledby={id.clone()} data-facet={facet.key()}>
            <header class="facet-head">
                <h3 id={id.clone()}>{facet.label()}</h3>
                if any_selected {
                    <button class="link" onclick={props.on_clear.reform(move |_| facet)}
                        aria-label={format!("Clear {}", facet.label())}>{"clear"}</button>
                }
            </header>
            if props.values.len() > TOP {
                <input class="facet-search" type="search" placeholder={format!("Filter {}…", facet.label().to_lowercase())}
                    aria-label={format!("Search {}", facet.label())} value={(*query).clone()} oninput={on_query} />
            }
            if props.values.is_empty() {
                <p class="facet-none">{"none found"}</p>
            }
            <ul>
                for v in visible.into_iter() {
                    { value_row(facet, v, &on_toggle) }
                }
            </ul>
            if total > TOP && query.is_empty() {
                <button class="link more" onclick={let e = expanded.clone(); move |_| e.set(!*e)}>
                    { if *expanded { "show fewer".to_string() } else { format!("show all {total}") } }
                </button>
            }
        </section>
    }
}

fn value_row(facet: Facet, v: &FacetValue, on_toggle: &Callback<(MouseEvent, String)>) -> Html {
    let key = v.key.clone();
    let onclick = on_toggle.reform(move |e: MouseEvent| (e, key.to_string()));
    let class = classes!("facet-value", v.selected.then_some("selected"), (v.count == 0).then_some("zero"));
    // Not keyed (see `FacetBox`); the check mark is the button's `::before` (style.css).
    html! {
        <li>
            <button {class} {onclick} aria-pressed={if v.selected { "true" } else { "false" }} title={AttrValue::Rc(v.label.clone())}
                data-value={AttrValue::Rc(v.key.clone())}>
                <span class="facet-label">{ label(facet, &v.label) }</span>
                <span class="count">{v.count}</span>
            </button>
        </li>
    }
}

fn label(facet: Facet, label: &str) -> String {
    match facet {
        Facet::Types => {
            let mut c = label.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        }
        Facet::Documents => super::clip(label, 60),
        _ => super::clip(label, 120),
    }
}
