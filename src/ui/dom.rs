//! Small helpers over `web-sys` for building elements. Text is only ever set
//! through `textContent`; there is no way here to parse HTML.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// Result of a DOM call.
pub type Dom<T> = Result<T, JsValue>;

/// Creates `<tag class="class">`.
pub fn el(doc: &Document, tag: &str, class: &str) -> Dom<Element> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// Creates `<tag class="class">text</tag>`.
pub fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Dom<Element> {
    let e = el(doc, tag, class)?;
    e.set_text_content(Some(text));
    Ok(e)
}

/// Sets several attributes.
pub fn attrs(e: &Element, pairs: &[(&str, &str)]) -> Dom<()> {
    for (name, value) in pairs {
        e.set_attribute(name, value)?;
    }
    Ok(())
}

/// Appends children in order.
pub fn append(parent: &Element, children: &[&Element]) -> Dom<()> {
    for child in children {
        parent.append_child(child)?;
    }
    Ok(())
}

/// Shows or hides an element with the `hidden` attribute.
pub fn set_hidden(e: &Element, hidden: bool) -> Dom<()> {
    if hidden {
        e.set_attribute("hidden", "")
    } else {
        e.remove_attribute("hidden")
    }
}

/// Removes every child.
pub fn clear(e: &Element) {
    while let Some(child) = e.first_child() {
        let _ = e.remove_child(&child);
    }
}

/// Moves keyboard focus to an element, if it can take it.
pub fn focus(e: &Element) {
    if let Some(h) = e.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
}

/// Walks up from `start` (inclusive) to the first element carrying `attr`,
/// stopping at `stop`.
pub fn closest_with(start: &Element, attr: &str) -> Option<Element> {
    let mut cur = Some(start.clone());
    while let Some(e) = cur {
        if e.has_attribute(attr) {
            return Some(e);
        }
        cur = e.parent_element();
    }
    None
}
