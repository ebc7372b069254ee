//! Sending from the page: builds the payload, lets the page look at it
//! (`complaint:submit` event, `beforeSubmit` callback), saves it to the
//! outbox, tries until it succeeds or the policy gives up, waits for the
//! network when offline, and reports back (`complaint:success`,
//! `complaint:error`). Drafts are saved here too. Nothing the shopper typed
//! is dropped until the endpoint has confirmed it.

use js_sys::{Function, Object, Promise, Reflect, JSON};

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CustomEvent, CustomEventInit, Storage};

use super::{console_error, FocusTo, Shared, Widget};
use crate::config::DraftStore;
use crate::delivery::{backoff_ms, Failure, Notice};
use crate::draft::{Draft, Outbox};
use crate::i18n::Arg;
use crate::payload;

/// What the page passed that is not plain data.
#[derive(Default)]
pub struct Hooks {
    /// Called with the payload before sending; may add metadata or cancel.
    pub before_submit: Option<Function>,
    /// Merchant metadata passed through in the payload.
    pub metadata: Option<JsValue>,
}

/// A submission that was built and not yet confirmed.
pub struct Pending {
    /// The answers it was built from: a retry with the same answers reuses
    /// the id, so the endpoint can never store it twice.
    pub draft: Draft,
    /// The payload id and idempotency key.
    pub key: String,
    /// The JSON body, once `beforeSubmit` has run.
    pub body: Option<String>,
}

fn storage(store: DraftStore) -> Option<Storage> {
    let window = web_sys::window()?;
    match store {
        DraftStore::Session => window.session_storage().ok().flatten(),
        DraftStore::Local => window.local_storage().ok().flatten(),
        DraftStore::Off => None,
    }
}

fn online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

async fn sleep(ms: u32) {
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

impl Widget {
    /// Where this instance keeps its draft and outbox: per endpoint, page,
    /// and instance (the `id` option, else the host element's id).
    fn storage_key(&self, what: &str) -> String {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let instance = self.config.id.clone().unwrap_or_else(|| self.host.id());
        format!(
            "complaint-widget:{what}:{}:{path}:{instance}",
            self.config.endpoint.as_deref().unwrap_or("")
        )
    }

    /// Saves the answers so a reload loses nothing. Storage errors (full,
    /// disabled) are not the shopper's problem and are ignored.
    pub(super) fn save_draft(&self) {
        if self.config.fixture.is_some() {
            return;
        }
        let Some(store) = storage(self.config.draft) else {
            return;
        };
        let draft = Draft::of(&self.form);
        let key = self.storage_key("draft");
        if draft.is_empty() {
            let _ = store.remove_item(&key);
            return;
        }
        let _ = store.set_item(&key, &draft.to_json());
    }

    /// The saved draft, if there is one.
    pub(super) fn load_draft(&self) -> Option<Draft> {
        let text = storage(self.config.draft)?
            .get_item(&self.storage_key("draft"))
            .ok()??;
        super::read::draft(&text)
    }

    /// The submission left waiting by an earlier page, if any.
    pub(super) fn load_outbox(&self) -> Option<Outbox> {
        let text = storage(self.config.draft)?
            .get_item(&self.storage_key("outbox"))
            .ok()??;
        super::read::outbox(&text)
    }

    fn save_outbox(&self, outbox: &Outbox) {
        if let Some(store) = storage(self.config.draft) {
            let _ = store.set_item(&self.storage_key("outbox"), &outbox.to_json());
        }
    }

    pub(super) fn clear_stored(&self) {
        if let Some(store) = storage(self.config.draft) {
            let _ = store.remove_item(&self.storage_key("draft"));
            let _ = store.remove_item(&self.storage_key("outbox"));
        }
    }

    /// Dispatches `complaint:<name>` from the host element; returns whether a
    /// listener cancelled it.
    pub(super) fn emit(&self, name: &str, detail: &JsValue) -> bool {
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_cancelable(true);
        init.set_detail(detail);
        match CustomEvent::new_with_event_init_dict(&format!("complaint:{name}"), &init) {
            Ok(event) => !self.host.dispatch_event(&event).unwrap_or(true),
            Err(_) => false,
        }
    }

    fn busy(&mut self, busy: bool) {
        self.sending = busy;
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
    fn show_notice(&mut self, notice: Option<Notice>) {
        self.notice = notice;
        if let Err(e) = self.render(FocusTo::Nothing) {
            web_sys::console::error_1(&e);
        }
        if let Some(n) = self.root.get_element_by_id("cw-notice") {
            super::dom::focus(&n);
        }
    }

    fn succeed(&mut self, reference: &str, key: &str) {
        self.clear_stored();
        self.pending = None;
        self.notice = None;
        self.form.confirm(reference);
        if let Err(e) = self.render(FocusTo::Title) {
            web_sys::console::error_1(&e);
        }
        self.announce(&self.l10n.format(
            "status-sent",
            &[("reference", Arg::Str(reference.to_string()))],
        ));
        let detail = Object::new();
        let _ = Reflect::set(&detail, &"reference".into(), &reference.into());
        let _ = Reflect::set(&detail, &"id".into(), &key.into());
        self.emit("success", &detail);
    }

    fn fail(&mut self, failure: &Failure) {
        console_error(&failure.to_string());
        let detail = Object::new();
        let _ = Reflect::set(&detail, &"reason".into(), &failure.reason().into());
        if let Failure::Status { code, .. } = failure {
            let _ = Reflect::set(&detail, &"status".into(), &JsValue::from(*code));
        }
        self.emit("error", &detail);
        if let Failure::Fields(fields) = failure {
            self.pending = None;
            if self.form.reject(fields) {
                self.notice = None;
                if let Err(e) = self.render(FocusTo::Summary) {
                    web_sys::console::error_1(&e);
                }
                return;
            }
        }
        let notice = if matches!(failure, Failure::BadAnswer(_)) {
            Notice::Unconfirmed
        } else {
            Notice::SendFailed
        };
        self.show_notice(Some(notice));
    }
}

/// The shopper pressed Send (or Try again).
pub fn start(this: &Shared) {
    let Ok(mut w) = this.try_borrow_mut() else {
        return;
    };
    if w.sending {
        return;
    }
    let Some(endpoint) = w.config.endpoint.clone() else {
        console_error("complaint-widget: option `endpoint` is not set, so the form cannot be sent");
        w.show_notice(Some(Notice::SendFailed));
        return;
    };
    let draft = Draft::of(&w.form);
    let reuse = w.pending.as_ref().is_some_and(|p| p.draft == draft);
    if !reuse {
        let mut bytes = [0u8; 16];
        if let Some(crypto) = web_sys::window().and_then(|win| win.crypto().ok()) {
            let _ = crypto.get_random_values_with_u8_array(&mut bytes);
        }
        w.pending = Some(Pending {
            draft,
            key: payload::uuid_v4(bytes),
            body: None,
        });
    }
    w.busy(true);
    let weak = std::rc::Rc::downgrade(this);
    drop(w);
    wasm_bindgen_futures::spawn_local(async move {
        let Some(this) = weak.upgrade() else { return };
        let prepared = prepare(&this).await;
        let Some((key, body)) = prepared else { return };
        deliver(&this, &endpoint, &key, &body).await;
    });
}

/// Builds the body once per pending submission: payload, metadata, the
/// `complaint:submit` event and `beforeSubmit`. `None` when cancelled.
async fn prepare(this: &Shared) -> Option<(String, String)> {
    let (key, object, hook) = {
        let mut w = this.try_borrow_mut().ok()?;
        let pending = w.pending.as_ref()?;
        let key = pending.key.clone();
        if let Some(body) = pending.body.clone() {
            return Some((key, body));
        }
        let created = String::from(js_sys::Date::new_0().to_iso_string());
        let built = payload::build(
            &w.form,
            &key,
            &created,
            w.l10n.lang(),
            w.config.market.code(),
        );
        let object = built.and_then(|p| JSON::parse(&p.to_json()).ok());
        let Some(object) = object else {
            w.busy(false);
            return None;
        };
        if let Some(metadata) = &w.hooks.metadata {
            let copy = Object::assign(&Object::new(), metadata.unchecked_ref::<Object>());

            let _ = Reflect::set(&object, &"metadata".into(), &copy);
        }
        if w.emit("submit", &object) {
            w.busy(false);
            w.render_keep();
            return None;
        }
        (key, object, w.hooks.before_submit.clone())
    };
    if let Some(hook) = hook {
        let outcome = match hook.call1(&JsValue::NULL, &object) {
            Ok(v) if v.has_type::<Promise>() => JsFuture::from(v.unchecked_into::<Promise>()).await,
            other => other,
        };
        let mut w = this.try_borrow_mut().ok()?;
        match outcome {
            Err(e) => {
                web_sys::console::error_2(
                    &"complaint-widget: beforeSubmit threw, so nothing was sent:".into(),
                    &e,
                );
                w.busy(false);
                w.show_notice(Some(Notice::SendFailed));
                return None;
            }
            Ok(v) if v.as_bool() == Some(false) => {
                w.busy(false);
                w.render_keep();
                return None;
            }
            Ok(v) if v.is_object() => {
                let metadata = Reflect::get(&object, &"metadata".into())
                    .ok()
                    .filter(JsValue::is_object);
                let metadata = metadata.unwrap_or_else(|| Object::new().into());
                let merged = Object::assign(
                    metadata.unchecked_ref::<Object>(),
                    v.unchecked_ref::<Object>(),
                );

                let _ = Reflect::set(&object, &"metadata".into(), &merged);
            }
            Ok(_) => {}
        }
    }
    let body = JSON::stringify(&object).ok()?.as_string()?;
    let mut w = this.try_borrow_mut().ok()?;
    if let Some(p) = w.pending.as_mut() {
        p.body = Some(body.clone());
    }
    w.save_outbox(&Outbox {
        id: key.clone(),
        body: body.clone(),
    });
    Some((key, body))
}

/// Tries to send until it works, the policy gives up, or the browser goes
/// offline (then the `online` listener calls [`resume`]).
pub async fn deliver(this: &Shared, endpoint: &str, key: &str, body: &str) {
    let sending = match this.try_borrow() {
        Ok(w) => w.config.sending.clone(),
        Err(_) => return,
    };
    let mut attempt = 0;
    loop {
        if !online() {
            if let Ok(mut w) = this.try_borrow_mut() {
                w.busy(false);
                w.show_notice(Some(Notice::Queued));
            }
            return;
        }
        let result = crate::submit::attempt(endpoint, body, key, &sending).await;
        let wait = {
            let Ok(mut w) = this.try_borrow_mut() else {
                return;
            };
            if w.destroyed {
                return;
            }
            match result {
                Ok(reference) => {
                    w.busy(false);
                    w.succeed(&reference, key);
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
                    w.busy(false);
                    w.fail(&failure);
                    return;
                }
            }
        };
        sleep(wait).await;
        attempt += 1;
    }
}

/// Sends what is waiting: the pending submission (the browser came back
/// online) or, after a reload, the one in the stored outbox, with the same id.
pub fn resume(this: &Shared) {
    let Ok(mut w) = this.try_borrow_mut() else {
        return;
    };
    if w.sending {
        return;
    }
    let Some(endpoint) = w.config.endpoint.clone() else {
        return;
    };
    let waiting = match w.pending.as_ref() {
        Some(Pending {
            key,
            body: Some(body),
            ..
        }) => Some(Outbox {
            id: key.clone(),
            body: body.clone(),
        }),
        _ => w.load_outbox(),
    };
    let Some(outbox) = waiting else { return };
    if w.pending.is_none() {
        w.pending = Some(Pending {
            draft: Draft::of(&w.form),
            key: outbox.id.clone(),
            body: Some(outbox.body.clone()),
        });
    }
    w.busy(true);
    let weak = std::rc::Rc::downgrade(this);
    drop(w);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(this) = weak.upgrade() {
            deliver(&this, &endpoint, &outbox.id, &outbox.body).await;
        }
    });
}
