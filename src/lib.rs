//! # complaint-widget
//!
//! An embeddable feedback and complaint form: Rust compiled to WebAssembly,
//! rendered into an open shadow root, every string from Project Fluent.
//!
//! Data flows one way: options -> [`config`] -> [`form`] (the model) ->
//! [`ui`] (the view); DOM events -> [`ui`] -> [`form`]; [`form`] ->
//! [`payload`] -> [`submit`].
//!
//! The modules without `web-sys` ([`config`], [`form`], [`i18n`],
//! [`market`], [`payload`], [`delivery`], [`draft`], [`fixtures`]) run under
//! plain `cargo test`:
//!
//! ```
//! use complaint_widget::form::{FieldId, Form, Kind, Outcome, Step};
//!
//! let mut form = Form::new();
//! form.choose(Kind::Complaint);
//! // The gate is required: submitting without it names the field to fix.
//! let Outcome::Invalid(errors) = form.submit() else { unreachable!() };
//! assert_eq!(errors[0].message_id(), "error-contacted-before-required");
//! form.set(FieldId::ContactedBefore, "yes");
//! assert!(form.is_visible(FieldId::PreviousCaseReference));
//! assert_eq!(form.step(), Step::Complaint);
//! ```

// The shipped module (built without the `std` feature) links no standard
// library: its panics trap at once (below), without std's panic machinery,
// which formats a message first. Tests and the host always link std.
#![cfg_attr(all(target_arch = "wasm32", not(feature = "std")), no_std)]

extern crate alloc;

/// What the standard prelude would bring, from `alloc`, for the `no_std`
/// build.
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::format;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
}

/// `thread_local!` where std is linked; in the `no_std` module a plain
/// static, read through the same `with`.
#[cfg(any(feature = "std", not(target_arch = "wasm32")))]
macro_rules! local {
    ($($(#[$m:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
        std::thread_local! { $($(#[$m])* static $name: $t = const { $init };)* }
    };
}
#[cfg(all(target_arch = "wasm32", not(feature = "std")))]
macro_rules! local {
    ($($(#[$m:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
        $($(#[$m])* static $name: $crate::bare::OneThread<$t> = $crate::bare::OneThread($init);)*
    };
}

/// What the `no_std` module needs in place of std: statics for `local!`
/// and a panic handler.
#[cfg(all(target_arch = "wasm32", not(feature = "std")))]
mod bare {
    /// A value in a `static` of the `no_std` module.
    pub(crate) struct OneThread<T>(pub(crate) T);

    // SAFETY: wasm32-unknown-unknown without the atomics feature has one
    // thread (the page's); nothing here is ever shared with another.
    unsafe impl<T> Sync for OneThread<T> {}

    impl<T> OneThread<T> {
        pub(crate) fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
            f(&self.0)
        }
    }

    /// A panic in the shipped module traps (a `RuntimeError` in the calling
    /// JavaScript), as `panic = "abort"` does with std, without formatting a
    /// message first. The widget's code is written not to panic.
    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }
}

/// Options from the integrator: reading, checking, defaults, errors.
pub mod config;
/// When to retry a send and how long to wait (pure).
pub mod delivery;
/// Drafts saved as the shopper types, and the offline outbox (pure).
pub mod draft;
/// Named states of the form that tests and screenshots open directly.
pub mod fixtures;
/// The pure form model: steps, fields, answers, transitions, validation.
pub mod form;
/// Fluent messages and the choice of language.
pub mod i18n;
/// A small JSON writer for the documents the widget produces (pure).
pub mod json;
/// Markets: target times and where to turn if still dissatisfied.
pub mod market;
/// Every option, described once.
pub mod options;
/// The JSON document that is sent, versioned, and what is accepted back.
pub mod payload;
/// Where sending stands: a small state machine with no DOM.
pub mod sending;
/// Sending with fetch: idempotency key, timeout, a strict reading of answers.
pub mod submit;
/// Numbers written as text without `core::fmt` (pure).
pub mod text;
/// DOM only: shadow root, rendering, events, focus and history.
pub mod ui;

use crate::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

// SAFETY: the widget runs on the page's one thread; wasm threads are not
// used, so no two calls ever reach the allocator at once.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// A mounted widget, as JavaScript holds it.
#[wasm_bindgen]
pub struct WidgetHandle {
    /// The widget, until `destroy()`. Every method takes `&self`, so a page
    /// listener may call the handle from inside any of the widget's events.
    inner: core::cell::Cell<Option<ui::Shared>>,
    /// The "unavailable" message shown instead of a form, until `destroy()`.
    unavailable: core::cell::Cell<Option<Element>>,
}

impl WidgetHandle {
    fn new(inner: Option<ui::Shared>) -> WidgetHandle {
        WidgetHandle {
            inner: core::cell::Cell::new(inner),
            unavailable: core::cell::Cell::new(None),
        }
    }

    fn shared(&self) -> Option<ui::Shared> {
        let w = self.inner.take();
        self.inner.set(w.clone());
        w
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget's listeners and nodes. Safe to call twice, and
    /// from inside any event the widget fires (then it happens as soon as
    /// the widget's own handler returns).
    pub fn destroy(&self) {
        if let Some(message) = self.unavailable.take() {
            message.remove();
        }
        if let Some(w) = self.inner.take() {
            ui::later(&w, |w| {
                w.destroy();
                Ok(())
            });
        }
    }

    /// Shows the form in `lang`, with that language's compiled strings,
    /// keeping every answer. Used by the package's `setLocale()`.
    #[wasm_bindgen(js_name = useLocale)]
    pub fn use_locale(&self, lang: &str, table: Vec<u8>) -> Result<(), JsValue> {
        let l10n = strings(lang, table)?;
        if let Some(w) = &self.shared() {
            ui::later(w, move |w| w.set_locale(l10n));
        }
        Ok(())
    }

    /// Opens the form's dialog (launcher presentation).
    pub fn open(&self) {
        if let Some(w) = &self.shared() {
            ui::later(w, |w| {
                w.open();
                Ok(())
            });
        }
    }

    /// Closes the form's dialog (launcher presentation).
    pub fn close(&self) {
        if let Some(w) = &self.shared() {
            ui::later(w, |w| {
                w.close();
                Ok(())
            });
        }
    }

    /// Empties the form and its saved draft, back to the first step.
    pub fn reset(&self) -> Result<(), JsValue> {
        if let Some(w) = &self.shared() {
            ui::later(w, ui::Widget::reset);
        }
        Ok(())
    }

    /// The key of the step the shopper is on (`choose`, `complaint`, ...).
    #[wasm_bindgen(getter)]
    pub fn step(&self) -> String {
        self.shared()
            .and_then(|w| {
                w.try_borrow()
                    .ok()
                    .map(|w| w.form().step().key().to_string())
            })
            .unwrap_or_default()
    }
}

/// Reads the options object once (its own entries; a getter or `Proxy`
/// that throws is an error, not an exception) and takes out the options
/// that are not plain data: `beforeSubmit` is kept as a function, and
/// `metadata` is copied as JSON text, so nothing the page does to it later
/// (a throwing getter, a cycle) can reach the send.
fn split_hooks(
    options: &JsValue,
) -> Result<(Vec<(String, JsValue)>, ui::send::Hooks), config::ConfigError> {
    let mut hooks = ui::send::Hooks::default();
    if options.is_undefined() || options.is_null() {
        return Ok((Vec::new(), hooks));
    }
    let entries = ui::js::plain_entries(options).map_err(|why| {
        config::ConfigError::Unreadable(
            ["the options must be a plain object (", &why, ")"].concat(),
        )
    })?;
    let bad = |key: &'static str, expected: &'static str| config::ConfigError::BadValue {
        key,
        expected,
        got: String::from("a value of another type"),
    };
    // Left in the entries: the options reader knows and skips both keys.
    let take = |key: &str| {
        let (_, v) = entries.iter().find(|(k, _)| k == key)?;
        (!v.is_undefined() && !v.is_null()).then(|| v.clone())
    };
    if let Some(f) = take("beforeSubmit") {
        match f.dyn_into::<js_sys::Function>() {
            Ok(f) => hooks.before_submit = Some(f),
            Err(_) => return Err(bad("beforeSubmit", "a function")),
        }
    }
    if let Some(m) = take("metadata") {
        let plain = ui::js::plain_entries(&m).is_ok();
        let text = ui::js::stringify(&m).ok().and_then(|s| s.as_string());
        match text {
            Some(text) if plain && text.len() <= metadata_limit() => hooks.metadata = Some(text),
            _ => return Err(bad("metadata", "a plain JSON object of at most 8 KiB")),
        }
    }
    Ok((entries, hooks))
}

/// The most bytes `metadata` may have as JSON text, from the table of
/// options (the message above names it: 8 KiB).
fn metadata_limit() -> usize {
    match options::spec("metadata").map(|s| s.ty) {
        Some(options::Type::Metadata { max_bytes }) => max_bytes as usize,
        _ => 0,
    }
}

/// Picks the language to show, in order of precedence: `requested` (the
/// `locale` option), the `lang` attribute of `element`, the page's
/// `<html lang>`, `navigator.languages`; English when none is shipped.
/// Regional tags fall back to their language (`nb-NO`, `no` -> `nb`).
#[wasm_bindgen(js_name = resolveLocale)]
pub fn resolve_locale(element: &Element, requested: Option<String>) -> String {
    let mut candidates: Vec<String> = requested.into_iter().collect();
    candidates.extend(element.get_attribute("lang"));
    let window = web_sys::window();
    if let Some(html) = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        candidates.extend(html.get_attribute("lang"));
    }
    if let Some(w) = &window {
        candidates.extend(
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string()),
        );
    }
    i18n::negotiate(candidates.iter().map(String::as_str)).to_string()
}

/// A language's strings from the compiled table's UTF-8 bytes.
fn strings(lang: &str, table: Vec<u8>) -> Result<i18n::Localizer, JsValue> {
    let table = String::from_utf8(table)
        .ok()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| JsValue::from_str("complaint-widget: the strings are empty or not UTF-8"))?;
    i18n::Localizer::new(lang, table).map_err(|e| JsValue::from_str(&e.message()))
}

/// Mounts the form into `element` (which gets an open shadow root), in
/// language `lang` with its compiled strings `table`: the UTF-8 bytes of a
/// `locales/<lang>.js` module's default export. The package's `mount()`
/// finds both; this is the step underneath.
///
/// `options` is a plain object whose keys are the ones in the table of
/// options ([`options::OPTIONS`]). Bad options are reported on the console
/// and the shopper sees a short "form unavailable" message instead of a
/// broken form.
///
/// The strings come as UTF-8 bytes (`TextEncoder`), which the glue copies in
/// at their exact length; a JS string is copied into a buffer three times
/// its length first, which grew the module's memory by a page.
#[wasm_bindgen(js_name = mountWith)]
pub fn mount_with(
    element: &Element,
    options: JsValue,
    lang: &str,
    table: Vec<u8>,
) -> Result<WidgetHandle, JsValue> {
    // A DOM error an earlier call left unreported is not this mount's.
    let _ = ui::dom::check();
    let l10n = strings(lang, table)?;
    let read = split_hooks(&options).and_then(|(entries, hooks)| {
        let mut options = ui::read::options(&entries)?;
        // One rule for every way in: a relative endpoint is resolved against
        // the page, then checked like any other.
        options.endpoint = options.endpoint.map(|e| ui::resolve(&e));
        let config = options.check()?;
        // The merchant's labels must speak the form's language (or English).
        if let Some(what) = config.texts.missing(l10n.lang()) {
            return Err(config::ConfigError::Unreadable(
                [
                    &what,
                    " has no label in \"",
                    l10n.lang(),
                    "\" or in English (\"en\")",
                ]
                .concat(),
            ));
        }
        Ok((config, hooks))
    });
    match read {
        Ok((config, hooks)) => Ok(WidgetHandle::new(Some(ui::Widget::mount(
            element, config, hooks, l10n,
        )?))),
        Err(e) => {
            let handle = WidgetHandle::new(None);
            handle
                .unavailable
                .set(Some(ui::mount_unavailable(element, &l10n, &e.message())?));
            Ok(handle)
        }
    }
}

/// Validation cost, for `scripts/bench` only (feature `bench`): runs `what`
/// (`full`: validate a complete complaint form; `keystroke`: record one typed
/// character and work out what to show) `iterations` times and returns a
/// checksum so the work cannot be optimised away. The caller times it.
#[cfg(feature = "bench")]
#[wasm_bindgen(js_name = benchValidation)]
pub fn bench_validation(what: &str, iterations: u32) -> u32 {
    use form::{FieldId as F, Form, Kind, Step};
    let mut form = Form::new();
    form.choose(Kind::Complaint);
    for (f, v) in [
        (F::ContactedBefore, "no"),
        (F::ComplaintCategory, "refund"),
        (F::OrderReference, "ORD-2024-1234"),
        (
            F::WhatWentWrong,
            "I was charged twice for the same order and the refund never arrived.",
        ),
        (F::WantedOutcome, "Refund the second payment."),
        (F::Name, "Anna de Vries"),
        (F::Email, "anna.de.vries@example.nl"),
        (F::Phone, "+31 20 808 28 52"),
    ] {
        form.set(f, v);
    }
    let mut text = String::from(form.value(F::WhatWentWrong));
    let mut sum = 0u32;
    for i in 0..iterations {
        if what == "full" {
            sum = sum.wrapping_add(form.errors_of(Step::Complaint).len() as u32 + 1);
        } else {
            text.push(if i % 2 == 0 { 'a' } else { ' ' });
            if text.len() > 1500 {
                text.truncate(80);
            }
            form.set(F::WhatWentWrong, &text);
            let count =
                form::rules::char_count(F::WhatWentWrong.kind(), form.value(F::WhatWentWrong));
            sum = sum.wrapping_add(count as u32 + form.shown_errors().len() as u32);
        }
    }
    sum
}
