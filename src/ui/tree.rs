//! A step's elements described as data, applied in one call.
//!
//! The view writes what it wants (create an element, set an attribute, add
//! text, append a child) into a [`Tree`]: a list of numbers and one string
//! they point into. `js/tree.js` walks that list and makes the elements in a
//! single crossing from wasm to JS, instead of one call per element and
//! attribute, each with its own handle, error path and drop code. Elements
//! are named by [`N`], their place in the order they were made; after
//! [`Tree::apply`] the controller gets the ones it keeps by that index.
//!
//! Text only ever becomes a text node or an attribute value; nothing here
//! can parse HTML.

use crate::prelude::*;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// An element in a [`Tree`]: the order it was made in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct N(u32);

/// The operations, as `js/tree.js` reads them.
const ELEMENT: u32 = 0;
const ATTRIBUTE: u32 = 1;
const TEXT: u32 = 2;
const APPEND: u32 = 3;
const CLEAR: u32 = 4;
const UNSET: u32 = 5;

/// Elements to make, as data.
#[derive(Default)]
pub struct Tree {
    /// Elements already made that the operations change; `N(0)` onwards.
    existing: Vec<JsValue>,
    ops: Vec<u32>,
    text: String,
    /// `text`'s length in UTF-16 units, which is how JS indexes strings.
    units: u32,
    made: u32,
}

impl Tree {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// A tree that also changes elements already made: `existing[i]` is
    /// `N(i)`, and the elements it makes come after them.
    pub fn with(existing: &[&web_sys::Element]) -> Self {
        Self {
            existing: existing.iter().map(|e| JsValue::from(*e)).collect(),
            made: existing.len() as u32,
            ..Self::default()
        }
    }

    /// The element `existing[i]` of [`Tree::with`].
    pub fn old(i: u32) -> N {
        N(i)
    }

    /// Puts `s` into the string table and the operations as (start, length).
    #[inline(never)]
    fn string(&mut self, s: &str) {
        let len = s.chars().map(|c| c.len_utf16() as u32).sum::<u32>();
        self.ops.extend_from_slice(&[self.units, len]);
        self.text.push_str(s);
        self.units += len;
    }

    /// Makes `<tag class="class">` (no class when `class` is empty).
    #[inline(never)]
    pub fn el(&mut self, tag: &str, class: &str) -> N {
        self.ops.push(ELEMENT);
        self.string(tag);
        self.string(class);
        self.made += 1;
        N(self.made - 1)
    }

    /// Makes `<tag class="class">text</tag>`.
    #[inline(never)]
    pub fn text_el(&mut self, tag: &str, class: &str, text: &str) -> N {
        let n = self.el(tag, class);
        self.text(n, text);
        n
    }

    /// Sets one attribute.
    #[inline(never)]
    pub fn attr(&mut self, n: N, name: &str, value: &str) {
        self.ops.extend_from_slice(&[ATTRIBUTE, n.0]);
        self.string(name);
        self.string(value);
    }

    /// Sets several attributes.
    pub fn attrs(&mut self, n: N, pairs: &[(&str, &str)]) {
        for (name, value) in pairs {
            self.attr(n, name, value);
        }
    }

    /// Appends a text node (none for empty text).
    #[inline(never)]
    pub fn text(&mut self, n: N, text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops.extend_from_slice(&[TEXT, n.0]);
        self.string(text);
    }

    /// Appends `child` to `parent`.
    #[inline(never)]
    pub fn add(&mut self, parent: N, child: N) {
        self.ops.extend_from_slice(&[APPEND, parent.0, child.0]);
    }

    /// Removes every child.
    pub fn clear(&mut self, n: N) {
        self.ops.extend_from_slice(&[CLEAR, n.0]);
    }

    /// Removes one attribute.
    #[inline(never)]
    pub fn unset(&mut self, n: N, name: &str) {
        self.ops.extend_from_slice(&[UNSET, n.0]);
        self.string(name);
    }

    /// Sets `hidden`, or removes it.
    pub fn hidden(&mut self, n: N, hidden: bool) {
        if hidden {
            self.attr(n, "hidden", "");
        } else {
            self.unset(n, "hidden");
        }
    }

    /// Appends children in order.
    pub fn append(&mut self, parent: N, children: &[N]) {
        for child in children {
            self.add(parent, *child);
        }
    }

    /// Makes the elements in `doc` and applies the changes.
    pub fn apply(&self, doc: &web_sys::Document) -> Result<Made, JsValue> {
        let existing: js_sys::Array = self.existing.iter().collect();
        build(doc, &self.ops, &self.text, &existing).map(Made)
    }
}

/// The elements a [`Tree`] made.
pub struct Made(js_sys::Array);

impl Made {
    /// The element `n` names.
    pub fn get(&self, n: N) -> web_sys::Element {
        self.0.get(n.0).unchecked_into()
    }
}

#[wasm_bindgen(module = "/js/tree.js")]
extern "C" {
    /// `build(doc, ops, text, existing)` in `js/tree.js`. Caught: the
    /// operations are the module's own, but a page may have replaced
    /// `createElement`.
    #[wasm_bindgen(catch)]
    fn build(
        doc: &web_sys::Document,
        ops: &[u32],
        text: &str,
        existing: &js_sys::Array,
    ) -> Result<js_sys::Array, JsValue>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_indexed_in_utf16_units() {
        let mut t = Tree::new();
        let a = t.text_el("p", "cw-x", "😀é");
        let b = t.el("span", "");
        t.add(a, b);
        assert_eq!((a, b), (N(0), N(1)));
        // "p" at 0, "cw-x" at 1, the emoji (2 units) and é at 5.
        assert_eq!(
            t.ops,
            [ELEMENT, 0, 1, 1, 4, TEXT, 0, 5, 3, ELEMENT, 8, 4, 12, 0, APPEND, 0, 1]
        );
        assert_eq!(t.text, "pcw-x😀éspan");
    }

    #[test]
    fn empty_text_makes_no_text_node() {
        let mut t = Tree::new();
        let p = t.el("p", "");
        t.text(p, "");
        assert_eq!(t.ops, [ELEMENT, 0, 1, 1, 0]);
    }
}
