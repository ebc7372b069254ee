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
/// The JSON document that is sent, versioned, and what is accepted back.
pub mod payload;
/// Sending with fetch: idempotency key, timeout, a strict reading of answers.
pub mod submit;
/// DOM only: shadow root, rendering, events, focus and history.
pub mod ui;

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
    inner: Option<ui::Shared>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget's listeners and nodes. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(w) = self.inner.take() {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.destroy();
            }
        }
    }

    /// Shows the form in `lang`, with that language's compiled strings,
    /// keeping every answer. Used by the package's `setLocale()`.
    #[wasm_bindgen(js_name = useLocale)]
    pub fn use_locale(&mut self, lang: &str, table: &str) -> Result<(), JsValue> {
        let l10n =
            i18n::Localizer::new(lang, table).map_err(|e| JsValue::from_str(&e.to_string()))?;
        match self.inner.as_ref().map(|w| w.try_borrow_mut()) {
            // `and`: the DOM check runs even after a failure, leaving no
            // error behind for another call to report.
            Some(Ok(mut w)) => w.set_locale(l10n).and(ui::dom::check()),
            _ => Ok(()),
        }
    }

    /// Opens the form's dialog (launcher presentation).
    pub fn open(&self) {
        if let Some(Ok(w)) = self.inner.as_ref().map(|w| w.try_borrow()) {
            w.open();
        }
    }

    /// Closes the form's dialog (launcher presentation).
    pub fn close(&self) {
        if let Some(Ok(w)) = self.inner.as_ref().map(|w| w.try_borrow()) {
            w.close();
        }
    }

    /// Empties the form and its saved draft, back to the first step.
    pub fn reset(&mut self) -> Result<(), JsValue> {
        match self.inner.as_ref().map(|w| w.try_borrow_mut()) {
            Some(Ok(mut w)) => w.reset().and(ui::dom::check()),
            _ => Ok(()),
        }
    }

    /// The key of the step the shopper is on (`choose`, `complaint`, ...).
    #[wasm_bindgen(getter)]
    pub fn step(&self) -> String {
        self.inner
            .as_ref()
            .and_then(|w| {
                w.try_borrow()
                    .ok()
                    .map(|w| w.form().step().key().to_string())
            })
            .unwrap_or_default()
    }
}

/// Takes the options that are not plain data (`beforeSubmit`, `metadata`) out
/// of a copy of the options object and checks them.
fn split_hooks(
    options: &JsValue,
) -> (
    Option<JsValue>,
    Result<ui::send::Hooks, config::ConfigError>,
) {
    if options.is_undefined() || options.is_null() {
        return (None, Ok(ui::send::Hooks::default()));
    }
    if !options.is_object() {
        let e = config::ConfigError::Unreadable("the options must be an object".into());
        return (None, Err(e));
    }
    let copy = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
    let mut hooks = ui::send::Hooks::default();
    let take = |key: &str| {
        let v = js_sys::Reflect::get(&copy, &key.into()).unwrap_or(JsValue::UNDEFINED);
        let _ = js_sys::Reflect::delete_property(&copy, &key.into());
        (!v.is_undefined() && !v.is_null()).then_some(v)
    };
    let bad = |key: &'static str, expected: &'static str| config::ConfigError::BadValue {
        key,
        expected,
        got: String::from("a value of another type"),
    };
    if let Some(f) = take("beforeSubmit") {
        match f.dyn_into::<js_sys::Function>() {
            Ok(f) => hooks.before_submit = Some(f),
            Err(_) => return (Some(copy.into()), Err(bad("beforeSubmit", "a function"))),
        }
    }
    if let Some(m) = take("metadata") {
        let size = js_sys::JSON::stringify(&m)
            .ok()
            .and_then(|s| s.as_string())
            .map(|s| s.len());
        let plain = m.is_object() && !js_sys::Array::is_array(&m) && !m.is_function();
        if !plain || !size.is_some_and(|n| n <= 8 * 1024) {
            return (
                Some(copy.into()),
                Err(bad("metadata", "a plain JSON object of at most 8 KiB")),
            );
        }
        hooks.metadata = Some(m);
    }
    (Some(copy.into()), Ok(hooks))
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

/// Mounts the form into `element` (which gets an open shadow root), in
/// language `lang` with its compiled strings `table` (a `locales/<lang>.js`
/// module's default export). The package's `mount()` finds both; this is
/// the step underneath.
///
/// `options` is a plain object, every key optional: `locale`, `market`,
/// `endpoint`, `privacyUrl`, `headers`, `credentials`, `timeoutMs`,
/// `retries`, `draft`, `metadata`, `beforeSubmit`, `brand`, `messages`,
/// `markets`, `fixture`. Bad options are reported on the console and the
/// shopper sees a short "form unavailable" message instead of a broken form.
#[wasm_bindgen(js_name = mountWith)]
pub fn mount_with(
    element: &Element,
    options: JsValue,
    lang: &str,
    table: &str,
) -> Result<WidgetHandle, JsValue> {
    // A DOM error an earlier call left unreported is not this mount's.
    let _ = ui::dom::check();
    let l10n = i18n::Localizer::new(lang, table).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let (options, hooks) = split_hooks(&options);
    let options: Result<config::Options, _> = match (options, &hooks) {
        (_, Err(e)) => Err(e.clone()),
        (None, Ok(_)) => Ok(config::Options::default()),
        (Some(o), Ok(_)) => ui::read::options(&o),
    };
    match options.and_then(config::Options::check) {
        Ok(config) => Ok(WidgetHandle {
            inner: Some(ui::Widget::mount(
                element,
                config,
                hooks.unwrap_or_default(),
                l10n,
            )?),
        }),
        Err(e) => {
            ui::mount_unavailable(element, &l10n, &e.to_string())?;
            Ok(WidgetHandle { inner: None })
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
