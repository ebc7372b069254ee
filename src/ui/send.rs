//! Sending from the page: builds the payload, lets the page look at it
//! (`complaint:submit` event, `beforeSubmit` callback), saves it to the
//! outbox, tries until it succeeds or the policy gives up, waits for the
//! network when offline, and reports back (`complaint:success`,
//! `complaint:error`). Where sending stands is [`crate::sending::Sender`]'s;
//! what outlives the page, [`super::storage::Saved`]'s. Nothing the shopper
//! typed is dropped until the endpoint has confirmed it.

use crate::prelude::*;

use js_sys::{Array, Function, Object, Promise};

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::{js, FocusTo, Shared, Widget};
use crate::delivery::{backoff_ms, Failure, Notice};
use crate::draft::Draft;
use crate::form::Step;
use crate::i18n::Arg;
use crate::payload;

/// What the page passed that is not plain data.
#[derive(Default)]
pub struct Hooks {
    /// Called with the payload before sending; may add metadata or cancel.
    pub before_submit: Option<Function>,
    /// Merchant metadata, as the JSON text read when the form mounted.
    pub metadata: Option<String>,
}

/// Why sending stopped before a request went out.
enum Stop {
    /// `complaint:submit` was cancelled or `beforeSubmit` returned `false`.
    Cancelled,
    /// The page's code failed; the widget reports it.
    Failed(Failure),
    /// The widget was destroyed or reset meanwhile: nothing to report.
    Gone,
}

fn online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

pub(super) async fn sleep(ms: u32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(ms).unwrap_or(i32::MAX),
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Dispatches `complaint:<name>` from the host element; returns whether a
/// listener cancelled it. Callers hold no borrow of the widget, so a
/// listener may call any method of the handle.
pub(super) fn emit(host: &Element, name: &str, detail: &JsValue) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(&["complaint:", name].concat(), &init) {
        Ok(event) => !host.dispatch_event(&event).unwrap_or(true),
        Err(_) => false,
    }
}

/// A small object for an event's `detail`.
fn detail(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = js::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

impl Widget {
    /// Saves the answers so a reload loses nothing.
    pub(super) fn save_draft(&self) {
        self.saved.save_draft(&self.form);
    }

    /// The shopper left the privacy step after a send failed or was queued:
    /// the waiting submission is held (here and in storage), so neither a
    /// reload nor the network coming back sends answers they are changing.
    pub(super) fn hold(&mut self) {
        if let Some(outbox) = self.sender.hold() {
            self.saved.save_outbox(&outbox);
        }
    }

    /// Shows the button busy (or not) while a send runs.
    fn busy(&self, busy: bool) {
        if let Some(button) = self.view.as_ref().and_then(|v| v.submit.clone()) {
            if busy {
                button.set_text_content(Some(&self.l10n.text("button-sending")));
                let _ = button.set_attribute("aria-disabled", "true");
            } else {
                let _ = button.remove_attribute("aria-disabled");
            }
        }
        if busy {
            self.announce(&self.l10n.text("button-sending"));
        }
    }

    /// Shows a notice on the privacy step and moves focus to it.
    fn show_notice(&mut self) {
        self.render_keep();
        if let Some(n) = self.nodes.root.get_element_by_id("cw-notice") {
            super::dom::focus(&n);
        }
    }

    /// The endpoint confirmed: show the reference. The answers stay stored
    /// with a receipt for a while, so a reload that lands now shows this
    /// confirmation again instead of an empty form.
    pub(super) fn succeed(&mut self, reference: &str) {
        self.sender.confirmed();
        self.saved.sent(reference);
        self.form.confirm(reference);
        if let Err(e) = self.render(FocusTo::Title) {
            let _ = js::console_error(&e);
        }
        self.announce(&self.l10n.format(
            "status-sent",
            &[("reference", Arg::Str(reference.to_string()))],
        ));
    }

    /// The files to send with `body`: none if it lists none, the chosen
    /// `File`s with their names if it lists as many, `None` if it lists
    /// files this page does not have.
    fn files_for(&self, body: &str) -> Option<Vec<(JsValue, String)>> {
        let listed = js::parse(body)
            .ok()
            .and_then(|d| js::get(&d, &"attachments".into()).ok())
            .and_then(|a| js::get(&a, &"length".into()).ok())
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0) as usize;
        if listed == 0 {
            return Some(Vec::new());
        }
        let files = self.form.files();
        (self.files.blobs.len() == listed && files.len() == listed).then(|| {
            self.files
                .blobs
                .iter()
                .zip(files)
                .map(|(b, f)| (b.clone(), f.name.clone()))
                .collect()
        })
    }

    /// Shows what went wrong; the caller fires `complaint:error` after.
    fn fail(&mut self, failure: &Failure) {
        js::error(&failure.message());
        self.busy(false);
        let refused = matches!(failure, Failure::Fields(_));
        self.sender.failed(failure.notice(), refused);
        if let Failure::Fields(names) = failure {
            let fields = crate::delivery::fields_named(names.iter().map(String::as_str), |id| {
                self.form.custom_named(id)
            });
            if self.form.reject(&fields) {
                self.sender.quiet();
                if let Err(e) = self.render(FocusTo::Summary) {
                    let _ = js::console_error(&e);
                }
                return;
            }
        }
        self.show_notice();
    }
}

/// Reports a failure: the widget shows it, then `complaint:error` fires
/// with the widget free again.
fn report(this: &Shared, failure: &Failure) {
    let Ok(mut w) = this.try_borrow_mut() else {
        return;
    };
    if w.destroyed {
        return;
    }
    w.fail(failure);
    let host = w.nodes.host.clone();
    drop(w);
    let mut pairs = vec![("reason", JsValue::from_str(failure.reason()))];
    if let Failure::Status { code, .. } = failure {
        pairs.push(("status", JsValue::from(*code)));
    }
    emit(&host, "error", &detail(&pairs));
}

/// The shopper pressed Send (or Try again).
pub fn start(this: &Shared) {
    let Ok(mut w) = this.try_borrow_mut() else {
        return;
    };
    if w.sender.busy() || w.destroyed {
        return;
    }
    let Some(endpoint) = w.config.endpoint.clone() else {
        drop(w);
        let why = "option `endpoint` is not set, so the form cannot be sent";
        report(this, &Failure::Page(why));
        return;
    };
    let draft = Draft::of(&w.form).to_json();
    if !w.sender.begin(draft, new_id) {
        drop(w);
        let why = "this browser gives no secure random numbers (crypto.randomUUID, crypto.getRandomValues), so no submission id can be made and nothing was sent";
        report(this, &Failure::Page(why));
        return;
    }
    w.busy(true);
    let weak = alloc::rc::Rc::downgrade(this);
    drop(w);
    wasm_bindgen_futures::spawn_local(async move {
        let Some(this) = weak.upgrade() else { return };
        match prepare(&this).await {
            Ok((key, body)) => deliver(&this, &endpoint, &key, &body).await,
            Err(Stop::Gone) => {}
            Err(Stop::Cancelled) => {
                if let Ok(mut w) = this.try_borrow_mut() {
                    w.busy(false);
                    w.sender.cancelled(false);
                    w.render_keep();
                }
            }
            Err(Stop::Failed(failure)) => report(&this, &failure),
        }
    });
}

/// A new submission id: `crypto.randomUUID()`, else a UUID v4 from
/// `crypto.getRandomValues()`. `None` when neither works: two submissions
/// must never share an id, so a fixed one is never used.
fn new_id() -> Option<String> {
    if let Some(id) = js::random_uuid().ok().and_then(|v| v.as_string()) {
        let uuid = id.len() == 36
            && id.bytes().enumerate().all(|(i, b)| {
                matches!(i, 8 | 13 | 18 | 23) == (b == b'-') && (b == b'-' || b.is_ascii_hexdigit())
            });
        if uuid {
            return Some(id.to_ascii_lowercase());
        }
    }
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    (bytes != [0; 16]).then(|| payload::uuid_v4(bytes))
}

/// Whether the widget still waits for the submission with `key`; a reset,
/// `destroy()` or a new send from a page listener means it does not.
fn still(this: &Shared, key: &str) -> bool {
    this.try_borrow()
        .is_ok_and(|w| !w.destroyed && w.sender.still(key))
}

/// Builds the body once per pending submission: payload, metadata, the
/// `complaint:submit` event and `beforeSubmit`. Every way out that is not a
/// body says why, so the caller clears the busy state and reports.
async fn prepare(this: &Shared) -> Result<(String, String), Stop> {
    let page = |why| Stop::Failed(Failure::Page(why));
    let (key, object, hook, host) = {
        let w = this.try_borrow().map_err(|_| Stop::Gone)?;
        let pending = w.sender.pending().ok_or(Stop::Gone)?;
        let key = pending.key.clone();
        if let Some(body) = pending.body.clone() {
            return Ok((key, body));
        }
        let created = String::from(js_sys::Date::new_0().to_iso_string());
        let built = payload::build(
            &w.form,
            &key,
            &created,
            w.l10n.lang(),
            w.config.market.code(),
        );
        let object = built
            .and_then(|p| js::parse(&p.to_json()).ok())
            .ok_or(page("the answers could not be turned into a payload"))?;
        if let Some(metadata) = &w.hooks.metadata {
            let copy = js::parse(metadata).map_err(|_| page("`metadata` is not JSON"))?;
            let _ = js::set(&object, &"metadata".into(), &copy);
        }
        let hook = w.hooks.before_submit.clone();
        (key, object, hook, w.nodes.host.clone())
    };
    if emit(&host, "submit", &object) {
        return Err(Stop::Cancelled);
    }
    if !still(this, &key) {
        return Err(Stop::Gone);
    }
    if let Some(hook) = hook {
        // Whatever the hook returns, a value or a promise (or a thenable
        // that throws), it is awaited through a promise the module made.
        let outcome = match js::apply(&hook, &JsValue::NULL, &Array::of1(&object)) {
            Ok(v) => match js::all(&Array::of1(&v)) {
                Ok(all) => JsFuture::from(all)
                    .await
                    .and_then(|a| js::get(&a, &JsValue::from(0))),
                Err(e) => Err(e),
            },
            Err(e) => Err(e),
        };
        if !still(this, &key) {
            return Err(Stop::Gone);
        }
        match outcome {
            Err(e) => {
                let _ = js::console_error2(&"complaint-widget: beforeSubmit threw:".into(), &e);
                return Err(page("beforeSubmit threw, so nothing was sent"));
            }
            Ok(v) if v.as_bool() == Some(false) => return Err(Stop::Cancelled),
            Ok(v) if v.is_undefined() || v.is_null() || v.as_bool() == Some(true) => {}
            Ok(v) if v.is_object() => {
                let add = js::plain_entries(&v)
                    .map_err(|_| page("beforeSubmit returned an object that is not plain"))?;
                let metadata = js::get(&object, &"metadata".into())
                    .ok()
                    .filter(JsValue::is_object)
                    .unwrap_or_else(|| Object::new().into());
                for (k, value) in add {
                    let _ = js::set(&metadata, &JsValue::from_str(&k), &value);
                }
                let _ = js::set(&object, &"metadata".into(), &metadata);
            }
            Ok(_) => {
                return Err(page(
                    "beforeSubmit must return false, an object, or nothing",
                ))
            }
        }
    }
    let body = js::stringify(&object)
        .ok()
        .and_then(|b| b.as_string())
        .ok_or(page(
            "the payload is not JSON (a cycle or a BigInt from complaint:submit or beforeSubmit)",
        ))?;
    let mut w = this.try_borrow_mut().map_err(|_| Stop::Gone)?;
    let outbox = w.sender.prepared(body.clone()).ok_or(Stop::Gone)?;
    w.saved.save_outbox(&outbox);
    Ok((key, body))
}

/// Tries to send until it works, the policy gives up, or the browser goes
/// offline (then the `online` listener calls [`resume`]).
pub async fn deliver(this: &Shared, endpoint: &str, key: &str, body: &str) {
    let (sending, files) = match this.try_borrow() {
        Ok(w) => (w.config.sending.clone(), w.files_for(body)),
        Err(_) => return,
    };
    let Some(files) = files else {
        // The document lists files this page no longer has (a reload):
        // the shopper chooses them again and sends anew.
        if let Ok(mut w) = this.try_borrow_mut() {
            w.busy(false);
            w.sender.cancelled(true);
            if w.form.reject(&[crate::form::FieldId::Attachments]) {
                w.sender.quiet();
                let _ = w.render(FocusTo::Summary);
            }
        }
        return;
    };
    let mut attempt = 0;
    loop {
        if !online() {
            if let Ok(mut w) = this.try_borrow_mut() {
                w.busy(false);
                w.sender.failed(Notice::Queued, false);
                w.show_notice();
            }
            return;
        }
        let result = crate::submit::attempt(endpoint, body, &files, key, &sending).await;
        if !still(this, key) {
            return;
        }
        let wait = match result {
            Ok(reference) => {
                let Ok(mut w) = this.try_borrow_mut() else {
                    return;
                };
                w.succeed(&reference);
                let host = w.nodes.host.clone();
                drop(w);
                let pairs = [
                    ("reference", JsValue::from_str(&reference)),
                    ("id", JsValue::from_str(key)),
                ];
                emit(&host, "success", &detail(&pairs));
                return;
            }
            Err(failure) if failure.is_retryable() && attempt < sending.retries => {
                let retry_after = match failure {
                    Failure::Status { retry_after, .. } => retry_after,
                    _ => None,
                };
                backoff_ms(attempt, retry_after, js_sys::Math::random())
            }
            Err(failure) => {
                report(this, &failure);
                return;
            }
        };
        sleep(wait).await;
        if !still(this, key) {
            return;
        }
        attempt += 1;
    }
}

/// Sends what is waiting and not held: the pending submission (the browser
/// came back online) or, after a reload, the one in the stored outbox, with
/// the same id.
pub fn resume(this: &Shared) {
    let Ok(mut w) = this.try_borrow_mut() else {
        return;
    };
    // Kept files come back first (see `files::restore`), which resumes then.
    if w.destroyed || w.files.loading || w.form.step() != Step::Privacy {
        return;
    }
    let Some(endpoint) = w.config.endpoint.clone() else {
        return;
    };
    let Some((key, body)) = w.sender.resume() else {
        return;
    };
    w.busy(true);
    let weak = alloc::rc::Rc::downgrade(this);
    drop(w);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(this) = weak.upgrade() {
            deliver(&this, &endpoint, &key, &body).await;
        }
    });
}
