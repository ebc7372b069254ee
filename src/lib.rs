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
//! [`market`], [`payload`], [`fixtures`]) run under plain `cargo test`:
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
/// Named states of the form that tests and screenshots open directly.
pub mod fixtures;
/// The pure form model: steps, fields, answers, transitions, validation.
pub mod form;
/// Fluent messages and the choice of language.
pub mod i18n;
/// Markets: target times and where to turn if still dissatisfied.
pub mod market;
/// The JSON document that is sent, versioned, and what is accepted back.
pub mod payload;
/// Sending with fetch: idempotency key, timeout, a strict reading of answers.
pub mod submit;
/// DOM only: shadow root, rendering, events, focus and history.
pub mod ui;

use wasm_bindgen::prelude::*;
use web_sys::Element;

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

/// Mounts the form into `element` (which gets an open shadow root).
///
/// `options` is a plain object: `{ locale, market, endpoint, privacyUrl,
/// fixture }`, all optional. Bad options are reported on the console and the
/// shopper sees a short "form unavailable" message instead of a broken form.
#[wasm_bindgen]
pub fn mount(element: &Element, options: JsValue) -> Result<WidgetHandle, JsValue> {
    let options: Result<config::Options, _> = if options.is_undefined() || options.is_null() {
        Ok(config::Options::default())
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| config::ConfigError::Unreadable(e.to_string()))
    };
    match options.and_then(config::Options::check) {
        Ok(config) => Ok(WidgetHandle {
            inner: Some(ui::Widget::mount(element, config)?),
        }),
        Err(e) => {
            let locale = element.get_attribute("lang").unwrap_or_default();
            ui::mount_unavailable(element, &locale, &e.to_string())?;
            Ok(WidgetHandle { inner: None })
        }
    }
}
