//! What the shopper typed, saved as they go so a reload loses nothing, and
//! the outbox of a submission waiting for the network. Pure: the view stores
//! the serialised form in `sessionStorage` (or `localStorage`) and reads it
//! back here, where everything read is treated as untrusted.

use crate::prelude::*;

use crate::form::{field::ALL_FIELDS, Extras, FieldId, Form, Kind};
use crate::json::{Reader, Scalar};

/// The draft format's version.
pub const VERSION: u32 = 1;
/// The longest answer a draft restores, in characters.
pub const MAX_VALUE: usize = 10_000;
/// The most answers a stored draft may hold (the form has a few dozen
/// fields); a `values` object with more keys is not a draft.
pub const MAX_VALUES: usize = 256;

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
        let mut values: Vec<(String, String)> = ALL_FIELDS
            .iter()
            .filter(|f| !form.value(**f).is_empty())
            .map(|f| (f.key().to_string(), form.value(*f).to_string()))
            .collect();
        // The merchant's fields by their id: a draft outlives a change of
        // the `fields` option's order.
        for (i, c) in form.extras().fields.iter().enumerate() {
            let value = form.value(FieldId::Custom(i as u8));
            if !value.is_empty() {
                values.push((
                    ["custom.", c.flow.key(), ".", &c.id].concat(),
                    value.to_string(),
                ));
            }
        }
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
            .raw("v", &crate::text::uint(u64::from(self.v)))
            .opt_str("kind", self.kind.as_deref())
            .map(
                "values",
                self.values.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            )
            .end();
        out
    }

    /// Reads a draft back from storage, as [`Draft::to_json`] writes it;
    /// `None` if the text is not one. Read as `JSON.parse` would, then:
    /// `v` must be a whole number (`1`, not `1.0`, `-1` or `"1"`), `kind` is
    /// kept if it is a string, `values` (absent or `null` for none) must be
    /// an object whose string values are kept in order and whose other
    /// values are skipped; other members are ignored. A key given twice
    /// counts once, at its first place, with its last value. Refused
    /// outright: malformed JSON (a lone surrogate escape too), nesting
    /// deeper than [`crate::json::MAX_DEPTH`], more than [`MAX_VALUES`]
    /// answers.
    pub fn from_json(text: &str) -> Option<Draft> {
        let mut r = Reader::new(text);
        let mut v = None;
        let mut kind = None;
        let mut values = Some(Vec::new());
        r.object(&mut |r, key| {
            match key.as_str() {
                "v" => {
                    v = match r.scalar()? {
                        Scalar::Whole(n) => Some(n),
                        _ => None,
                    }
                }
                "kind" => kind = r.scalar()?.into_string(),
                "values" => {
                    values = match r.ahead()? {
                        b'{' => Some(answers(r)?),
                        b'n' => {
                            r.skip()?;
                            Some(Vec::new())
                        }
                        _ => {
                            r.skip()?;
                            None
                        }
                    }
                }
                _ => r.skip()?,
            }
            Some(())
        })?;
        r.end()?;
        Some(Draft {
            v: v?,
            kind,
            values: values?,
        })
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
        self.restore_with(Default::default())
    }

    /// [`Draft::restore`] into a form with the merchant's categories and
    /// fields; answers to fields it no longer has are dropped.
    pub fn restore_with(&self, extras: alloc::rc::Rc<Extras>) -> Form {
        let mut form = Form::new();
        form.set_extras(extras);
        if self.v != VERSION {
            return form;
        }
        for (key, value) in &self.values {
            let field = match key.strip_prefix("custom.").and_then(|k| k.split_once('.')) {
                Some((flow, id)) => form
                    .extras()
                    .fields
                    .iter()
                    .position(|c| c.flow.key() == flow && c.id == id)
                    .map(|i| FieldId::Custom(i as u8)),
                None => FieldId::from_key(key),
            };
            if let Some(field) = field {
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

/// The `values` object of a stored draft: its string values by key, in
/// order; a key given twice keeps its first place and its last value.
fn answers(r: &mut Reader) -> Option<Vec<(String, String)>> {
    let mut all: Vec<(String, Option<String>)> = Vec::new();
    r.object(&mut |r, key| {
        let value = r.scalar()?.into_string();
        if let Some(entry) = all.iter_mut().find(|(k, _)| *k == key) {
            entry.1 = value;
        } else if all.len() < MAX_VALUES {
            all.push((key, value));
        } else {
            return None;
        }
        Some(())
    })?;
    let mut out = Vec::new();
    for (k, v) in all {
        if let Some(v) = v {
            out.push((k, v));
        }
    }
    Some(out)
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

    /// Reads an outbox entry back from storage, as [`Outbox::to_json`]
    /// writes it; `None` if the text is not one. Read as `JSON.parse` would,
    /// then: `id` and `body` must be strings; `draft` is kept if it is a
    /// string (else empty), `held` is true only if it is `true`; other
    /// members are ignored, and a key given twice has its last value.
    /// Malformed JSON is refused as by [`Draft::from_json`].
    pub fn from_json(text: &str) -> Option<Outbox> {
        let mut r = Reader::new(text);
        let (mut id, mut body, mut draft, mut held) = (None, None, None, false);
        r.object(&mut |r, key| {
            let value = r.scalar()?;
            match key.as_str() {
                "id" => id = value.into_string(),
                "body" => body = value.into_string(),
                "draft" => draft = value.into_string(),
                "held" => held = matches!(value, Scalar::Bool(true)),
                _ => {}
            }
            Some(())
        })?;
        r.end()?;
        Some(Outbox {
            id: id?,
            body: body?,
            draft: draft.unwrap_or_default(),
            held,
        })
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
