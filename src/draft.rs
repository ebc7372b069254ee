//! What the shopper typed, saved as they go so a reload loses nothing, and
//! the outbox of a submission waiting for the network. Pure: the view stores
//! the serialised form in `sessionStorage` (or `localStorage`) and reads it
//! back here, where everything read is treated as untrusted.

use crate::form::{field::ALL_FIELDS, FieldId, Form, Kind};

/// The draft format's version.
pub const VERSION: u32 = 1;
/// The longest answer a draft restores, in characters.
pub const MAX_VALUE: usize = 10_000;

/// A saved form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// Always [`VERSION`].
    pub v: u32,
    /// The chosen flow (`feedback`, `complaint`, `purchase-problem`).
    pub kind: Option<String>,
    /// Answers by field key.
    pub values: Vec<(String, String)>,
}

impl Draft {
    /// The draft of a form: its flow and every non-empty answer (answers
    /// hidden by a later choice are kept too, as in the form).
    pub fn of(form: &Form) -> Draft {
        let values = ALL_FIELDS
            .iter()
            .filter(|f| !form.value(**f).is_empty())
            .map(|f| (f.key().to_string(), form.value(*f).to_string()))
            .collect();
        Draft {
            v: VERSION,
            kind: form.kind().map(|k| k.key().to_string()),
            values,
        }
    }

    /// The draft as JSON: `{"v":1,"kind":"complaint","values":{...}}`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        crate::json::Object::new(&mut out)
            .raw("v", &self.v.to_string())
            .opt_str("kind", self.kind.as_deref())
            .map(
                "values",
                self.values.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            )
            .end();
        out
    }

    /// Whether there is anything worth keeping.
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.values.is_empty()
    }

    /// The form this draft describes, on the chosen flow's form step (never
    /// on the privacy notice: the shopper checks their answers first).
    /// Unknown fields, unknown flows, other versions and over-long values
    /// are dropped.
    pub fn restore(&self) -> Form {
        let mut form = Form::new();
        if self.v != VERSION {
            return form;
        }
        for (key, value) in &self.values {
            if let Some(field) = FieldId::from_key(key) {
                let value: String = value.chars().take(MAX_VALUE).collect();
                form.set(field, &value);
            }
        }
        if let Some(kind) = self.kind.as_deref().and_then(Kind::from_key) {
            form.choose(kind);
        }
        form
    }
}

/// A submission waiting to be sent (offline, or the page was closed while
/// sending): the exact JSON body, so a later attempt reuses its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outbox {
    /// The payload's id, also the `Idempotency-Key`.
    pub id: String,
    /// The JSON body.
    pub body: String,
    /// The draft (as [`Draft::to_json`]) the body was built from: the entry
    /// is only sent while the shopper's answers are still these.
    pub draft: String,
    /// The shopper went back to change something after the send failed:
    /// nothing is sent until they press Send again.
    pub held: bool,
}

impl Outbox {
    /// The outbox entry as JSON:
    /// `{"id":"...","body":"...","draft":"...","held":false}`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        crate::json::Object::new(&mut out)
            .str("id", &self.id)
            .str("body", &self.body)
            .str("draft", &self.draft)
            .raw("held", if self.held { "true" } else { "false" })
            .end();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{FieldId as F, Step};

    #[test]
    fn a_draft_round_trips_answers_and_the_flow() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "yes");
        form.set(F::EarlierContacts, "Two calls\nand a chat");
        form.set(F::Name, "Anna");
        let draft = Draft::of(&form);
        assert_eq!(draft.kind.as_deref(), Some("complaint"));
        let restored = draft.restore();
        assert_eq!(restored.step(), Step::Complaint);
        assert_eq!(restored.value(F::EarlierContacts), "Two calls\nand a chat");
        assert_eq!(restored.value(F::ContactedBefore), "yes");
        assert!(restored.is_visible(F::PreviousCaseReference));
        assert_eq!(Draft::of(&restored), draft);
    }

    #[test]
    fn untrusted_drafts_are_cleaned() {
        let values = vec![
            ("email".to_string(), "a@b.nl".to_string()),
            ("__proto__".to_string(), "x".to_string()),
            ("feedback-message".to_string(), "x".repeat(MAX_VALUE + 5)),
        ];
        let form = Draft {
            v: VERSION,
            kind: Some("rant".into()),
            values,
        }
        .restore();
        assert_eq!(form.step(), Step::Choose);
        assert_eq!(form.value(F::Email), "a@b.nl");
        assert_eq!(form.value(F::FeedbackMessage).chars().count(), MAX_VALUE);
        let old = Draft {
            v: 99,
            kind: Some("feedback".into()),
            values: Vec::new(),
        };
        assert_eq!(old.restore(), Form::new());
    }

    #[test]
    fn drafts_and_outboxes_are_json() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        form.set(F::FeedbackMessage, "Line 1\n\"quoted\"");
        let v: serde_json::Value = serde_json::from_str(&Draft::of(&form).to_json()).unwrap();
        assert_eq!(v["v"], 1);
        assert_eq!(v["kind"], "feedback");
        assert_eq!(v["values"]["feedback-message"], "Line 1\n\"quoted\"");
        let o = Outbox {
            id: "x".into(),
            body: "{\"a\":1}".into(),
            draft: String::new(),
            held: true,
        };
        let v: serde_json::Value = serde_json::from_str(&o.to_json()).unwrap();
        assert_eq!(v["body"], "{\"a\":1}");
    }

    #[test]
    fn an_untouched_form_has_an_empty_draft() {
        assert!(Draft::of(&Form::new()).is_empty());
    }
}
