//! Where one widget keeps what must outlive the page: the draft, the
//! outbox and the receipt in Web Storage (session or local, as the `draft`
//! option says), under keys of its own; the chosen files in IndexedDB
//! ([`super::store`]) under another. A store that is full, disabled or
//! refused is never the shopper's problem: the form goes on without it.

use crate::prelude::*;

use web_sys::Storage;

use crate::config::{Config, DraftStore};
use crate::draft::{Draft, Outbox};
use crate::form::Form;
use crate::payload;

/// How long a confirmation is shown again after a reload from
/// `localStorage`, in seconds (from `sessionStorage`: the browser session).
const RECEIPT_S: u32 = 60 * 60;

/// Seconds since 1970.
pub fn now_s() -> u32 {
    (js_sys::Date::now() / 1000.0) as u32
}

/// One widget's stored state.
pub struct Saved {
    /// Where, or nowhere.
    kind: DraftStore,
    /// The endpoint: part of every key, so two forms never share a draft.
    endpoint: String,
    /// What tells this instance apart from others on the page (see
    /// `instance_of`); empty when another instance already has its name.
    instance: String,
    /// A fixture (tests, screenshots) saves no draft and keeps no files.
    fixture: bool,
}

impl Saved {
    /// The store `config` names for `instance`.
    pub fn new(config: &Config, instance: String) -> Self {
        Self {
            kind: config.draft,
            endpoint: config.endpoint.clone().unwrap_or_default(),
            instance,
            fixture: config.fixture.is_some(),
        }
    }

    /// The instance's name (empty when it keeps nothing).
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// Whether chosen files are kept across a reload.
    pub fn keeps_files(&self) -> bool {
        self.kind != DraftStore::Off && !self.fixture
    }

    /// The key of `what` (`draft`, `outbox`, `sent`, `files`): per endpoint,
    /// page and instance.
    pub fn key(&self, what: &str) -> String {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        [
            "complaint-widget:",
            what,
            ":",
            &self.endpoint,
            ":",
            &path,
            ":",
            &self.instance,
        ]
        .concat()
    }

    fn web(&self) -> Option<Storage> {
        let window = web_sys::window()?;
        match self.kind {
            DraftStore::Session => window.session_storage().ok().flatten(),
            DraftStore::Local => window.local_storage().ok().flatten(),
            DraftStore::Off => None,
        }
    }

    fn get(&self, what: &str) -> Option<String> {
        self.web()?.get_item(&self.key(what)).ok()?
    }

    fn set(&self, what: &str, value: &str) {
        if let Some(store) = self.web() {
            let _ = store.set_item(&self.key(what), value);
        }
    }

    fn remove(&self, what: &str) {
        if let Some(store) = self.web() {
            let _ = store.remove_item(&self.key(what));
        }
    }

    /// Saves the answers, so a reload loses nothing (an empty form removes
    /// the draft).
    pub fn save_draft(&self, form: &Form) {
        if self.fixture {
            return;
        }
        let draft = Draft::of(form);
        if draft.is_empty() {
            self.remove("draft");
        } else {
            self.set("draft", &draft.to_json());
        }
    }

    /// The saved draft, if there is one.
    pub fn draft(&self) -> Option<Draft> {
        Draft::from_json(&self.get("draft")?)
    }

    /// The submission left waiting by an earlier page, if any.
    pub fn outbox(&self) -> Option<Outbox> {
        Outbox::from_json(&self.get("outbox")?)
    }

    /// Keeps a submission waiting across a reload.
    pub fn save_outbox(&self, outbox: &Outbox) {
        self.set("outbox", &outbox.to_json());
    }

    /// The endpoint confirmed `reference`: nothing waits any more, and the
    /// receipt (`"<seconds since 1970> <reference>"`) lets a reload show the
    /// confirmation again for a while. The answers stay stored with it.
    pub fn sent(&self, reference: &str) {
        self.remove("outbox");
        let now = crate::text::uint(u64::from(now_s()));
        self.set("sent", &[&now, " ", reference].concat());
    }

    /// The reference of a submission the endpoint confirmed before the page
    /// was reloaded, if it is recent.
    pub fn receipt(&self) -> Option<String> {
        let text = self.get("sent")?;
        let (at, reference) = text.split_once(' ')?;
        // Whole seconds: parsing a float would cost the module kilobytes.
        let age = now_s().checked_sub(at.parse::<u32>().ok()?)?;
        let fresh = self.kind == DraftStore::Session || age < RECEIPT_S;
        fresh.then(|| payload::check_reference(reference)).flatten()
    }

    /// Whether any receipt is stored, fresh or not.
    pub fn has_receipt(&self) -> bool {
        self.get("sent").is_some()
    }

    /// Forgets the draft, the outbox, the receipt and the kept files.
    pub fn clear(&self) {
        if self.web().is_none() {
            return;
        }
        for what in ["draft", "outbox", "sent"] {
            self.remove(what);
        }
        let key = self.key("files");
        wasm_bindgen_futures::spawn_local(async move {
            super::store::remove(&key).await;
        });
    }
}
