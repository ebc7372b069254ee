//! Where sending stands, as a small state machine with no DOM: what is
//! waiting to be confirmed, whether a send is running, and what the shopper
//! is told. The page side ([`crate::ui`]'s `send` module) runs the requests
//! and asks this what to do; every rule about when a submission keeps its
//! id, when it may go out and when it is forgotten lives here, where
//! `cargo test` reaches it.
//!
//! ```text
//!            begin               prepared            confirmed
//!   Idle ───────────► Preparing ──────────► Sending ───────────► Idle
//!    ▲                   │                     │ failed(notice)
//!    │ reset             │ cancelled           ▼
//!    │                   └───────────────► Waiting: the submission keeps
//!    │                                     its id; Send or resume sends it
//!    └─ cancelled or failed with forget ── (held once the shopper goes back)
//! ```

use crate::prelude::*;

use crate::delivery::Notice;
use crate::draft::Outbox;

/// A submission that was built and not yet confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The answers it was built from ([`crate::draft::Draft::to_json`]): a
    /// retry with the same answers reuses the id, so the endpoint can never
    /// store it twice.
    pub draft: String,
    /// The payload id and idempotency key.
    pub key: String,
    /// The JSON body, once the page's hooks have run.
    pub body: Option<String>,
    /// The shopper went back after a failed send: not sent until they press
    /// Send again (see [`Outbox::held`]).
    pub held: bool,
}

impl Pending {
    /// The outbox entry that keeps this across a reload, once it has a body.
    pub fn outbox(&self) -> Option<Outbox> {
        Some(Outbox {
            id: self.key.clone(),
            body: self.body.clone()?,
            draft: self.draft.clone(),
            held: self.held,
        })
    }
}

/// Sending's state for one widget.
#[derive(Debug, Default)]
pub struct Sender {
    pending: Option<Pending>,
    running: bool,
    notice: Option<Notice>,
}

impl Sender {
    /// Nothing waiting (a fixture may start with a notice shown).
    pub fn new(notice: Option<Notice>) -> Self {
        Self {
            notice,
            ..Self::default()
        }
    }

    /// Whether a send is running: the form does not move meanwhile.
    pub fn busy(&self) -> bool {
        self.running
    }

    /// The notice shown on the privacy step.
    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    /// The submission waiting to be confirmed.
    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_ref()
    }

    /// The shopper pressed Send with answers `draft`. The waiting submission
    /// goes again, released, if it was built from the same answers;
    /// otherwise a new one gets the id `new_key` makes. `false` (and nothing
    /// changes) when no id can be made, or a send is running.
    pub fn begin(&mut self, draft: String, new_key: impl FnOnce() -> Option<String>) -> bool {
        if self.running {
            return false;
        }
        match self.pending.as_mut() {
            Some(p) if p.draft == draft => p.held = false,
            _ => {
                let Some(key) = new_key() else {
                    return false;
                };
                self.pending = Some(Pending {
                    draft,
                    key,
                    body: None,
                    held: false,
                });
            }
        }
        self.running = true;
        true
    }

    /// Whether the send of `key` should go on: it is still running and
    /// still for that submission (a reset, `destroy()` or a new send from a
    /// page listener means it should not).
    pub fn still(&self, key: &str) -> bool {
        self.running && self.pending.as_ref().is_some_and(|p| p.key == key)
    }

    /// The body was built: kept, so a retry sends the same bytes. Returns
    /// the outbox entry to store.
    pub fn prepared(&mut self, body: String) -> Option<Outbox> {
        let p = self.pending.as_mut()?;
        p.body = Some(body);
        p.outbox()
    }

    /// The endpoint confirmed: nothing waits, nothing to tell.
    pub fn confirmed(&mut self) {
        *self = Self::default();
    }

    /// The send failed, or waits for the network: `notice` says which, and
    /// `forget` drops the submission, so the next Send builds a new one (the
    /// endpoint refused its answers).
    pub fn failed(&mut self, notice: Notice, forget: bool) {
        self.cancelled(forget);
        self.notice = Some(notice);
    }

    /// The send stopped before a request went out (the page cancelled it,
    /// or it lists files the page no longer has); what was shown stays.
    /// `forget` drops the submission.
    pub fn cancelled(&mut self, forget: bool) {
        self.running = false;
        if forget {
            self.pending = None;
        }
    }

    /// The shopper moved on from the privacy step: the notice goes, and a
    /// waiting submission is held, so neither a reload nor the network
    /// coming back sends answers they are changing. Returns the outbox entry
    /// to store, if there is one.
    pub fn hold(&mut self) -> Option<Outbox> {
        self.notice = None;
        let p = self.pending.as_mut()?;
        p.held = true;
        p.outbox()
    }

    /// The notice goes (the shopper moved between steps).
    pub fn quiet(&mut self) {
        self.notice = None;
    }

    /// What may go out again without the shopper pressing Send (the browser
    /// came back online, or a reload found it in the outbox): the key and
    /// body of a submission that is built and not held, with nothing
    /// running. Starting it clears the notice and marks the send running.
    pub fn resume(&mut self) -> Option<(String, String)> {
        if self.running {
            return None;
        }
        let p = self.pending.as_ref().filter(|p| !p.held)?;
        let found = (p.key.clone(), p.body.clone()?);
        self.notice = None;
        self.running = true;
        Some(found)
    }

    /// A reload found `outbox` while the answers are `current`: it waits
    /// again with its id, held unless it was built from these answers (an
    /// entry without a draft is taken as built from them). Returns whether
    /// it may go out without the shopper pressing Send.
    pub fn restore(&mut self, outbox: Outbox, current: String) -> bool {
        let same = outbox.draft.is_empty() || outbox.draft == current;
        let held = outbox.held || !same;
        self.pending = Some(Pending {
            draft: if outbox.draft.is_empty() {
                current
            } else {
                outbox.draft
            },
            key: outbox.id,
            body: Some(outbox.body),
            held,
        });
        !held
    }

    /// The form was emptied or destroyed: nothing waits or runs.
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> impl FnOnce() -> Option<String> + '_ {
        move || Some(k.to_string())
    }

    #[test]
    fn the_same_answers_keep_their_id_and_new_answers_get_a_new_one() {
        let mut s = Sender::default();
        assert!(s.begin("a".into(), key("k1")));
        assert!(!s.begin("a".into(), key("k2")), "a send is running");
        s.prepared("{}".into());
        s.failed(Notice::SendFailed, false);
        assert!(s.begin("a".into(), key("k2")));
        assert_eq!(s.pending().map(|p| p.key.as_str()), Some("k1"));
        assert_eq!(s.pending().and_then(|p| p.body.as_deref()), Some("{}"));
        s.failed(Notice::SendFailed, false);
        assert!(s.begin("b".into(), key("k3")));
        assert_eq!(s.pending().map(|p| p.key.as_str()), Some("k3"));
        assert_eq!(s.pending().and_then(|p| p.body.as_deref()), None);
    }

    #[test]
    fn no_id_means_nothing_starts() {
        let mut s = Sender::default();
        assert!(!s.begin("a".into(), || None));
        assert!(!s.busy());
        assert!(s.pending().is_none());
    }

    #[test]
    fn only_the_running_submission_is_still_wanted() {
        let mut s = Sender::default();
        s.begin("a".into(), key("k1"));
        assert!(s.still("k1"));
        assert!(!s.still("k2"));
        s.reset();
        assert!(!s.still("k1"));
    }

    #[test]
    fn a_held_submission_waits_for_send_and_is_stored_held() {
        let mut s = Sender::new(None);
        s.begin("a".into(), key("k1"));
        s.prepared("{}".into());
        s.failed(Notice::Queued, false);
        assert_eq!(s.notice(), Some(Notice::Queued));
        let stored = s.hold().expect("an outbox entry");
        assert!(stored.held);
        assert_eq!(s.notice(), None);
        assert_eq!(s.resume(), None, "held: not without Send");
        assert!(s.begin("a".into(), key("k2")));
        assert!(!s.pending().is_some_and(|p| p.held));
    }

    #[test]
    fn resume_sends_what_was_built_and_not_held() {
        let mut s = Sender::new(Some(Notice::Queued));
        assert_eq!(s.resume(), None, "nothing built");
        s.begin("a".into(), key("k1"));
        assert_eq!(s.resume(), None, "running");
        s.prepared("{}".into());
        s.failed(Notice::Queued, false);
        assert_eq!(s.resume(), Some(("k1".into(), "{}".into())));
        assert!(s.busy());
        assert_eq!(s.notice(), None);
    }

    #[test]
    fn a_refusal_forgets_and_a_confirmation_clears() {
        let mut s = Sender::default();
        s.begin("a".into(), key("k1"));
        s.failed(Notice::Refused, true);
        assert!(s.pending().is_none());
        assert_eq!(s.notice(), Some(Notice::Refused));
        s.begin("a".into(), key("k2"));
        s.confirmed();
        assert!(s.pending().is_none() && !s.busy() && s.notice().is_none());
    }

    #[test]
    fn a_reload_restores_the_outbox_held_unless_the_answers_match() {
        let entry = |draft: &str, held| Outbox {
            id: "k1".into(),
            body: "{}".into(),
            draft: draft.into(),
            held,
        };
        let mut s = Sender::default();
        assert!(s.restore(entry("a", false), "a".into()));
        assert!(s.restore(entry("", false), "a".into()));
        assert_eq!(s.pending().map(|p| p.draft.as_str()), Some("a"));
        assert!(!s.restore(entry("a", true), "a".into()));
        assert!(!s.restore(entry("a", false), "b".into()));
        assert_eq!(s.resume(), None);
    }
}
