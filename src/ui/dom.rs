//! Small helpers over `web-sys` for the elements the controller changes
//! after a step is made (see [`super::tree`] for making them). Text is only
//! ever set through `textContent`; there is no way here to parse HTML.

use core::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, Node};

/// Result of a DOM call.
pub type Dom<T> = Result<T, JsValue>;

local! {
    /// The first error of a DOM call made through the helpers below, kept
    /// until [`check`] reports it.
    static FAILED: RefCell<Option<JsValue>> = RefCell::new(None);
}

/// Keeps the first error of a DOM call for [`check`]. Setting a literal
/// attribute or appending a node just created cannot fail in a working
/// document, so the builders do not stop for it: one check at the end of a
/// render reports it instead of an early return after every call (whose
/// error paths cost about 3.5 KB of the wasm module).
#[inline(never)]
fn note(result: Dom<()>) {
    if let Err(e) = result {
        FAILED.with(|f| {
            f.borrow_mut().get_or_insert(e);
        });
    }
}

/// The first error a helper met since the last check, if any.
pub fn check() -> Dom<()> {
    match FAILED.with(|f| f.borrow_mut().take()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Sets one attribute.
#[inline(never)]
pub fn attr(e: &Element, name: &str, value: &str) {
    note(e.set_attribute(name, value));
}

/// Sets several attributes.
#[inline(never)]
pub fn attrs(e: &Element, pairs: &[(&str, &str)]) {
    for (name, value) in pairs {
        attr(e, name, value);
    }
}

/// Appends a child.
#[inline(never)]
pub fn add(parent: &Node, child: &Node) {
    note(parent.append_child(child).map(drop));
}

/// Shows or hides an element with the `hidden` attribute.
pub fn set_hidden(e: &Element, hidden: bool) {
    if hidden {
        attr(e, "hidden", "");
    } else {
        note(e.remove_attribute("hidden"));
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
