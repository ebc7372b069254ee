//! The JSON document a submission sends, and what is accepted back. Pure: the
//! caller passes in the id and the time, so the shape is testable natively.
//!
//! Shape (schema `complaint-widget/v2`, see `schema/submission.v2.json`):
//! `{ schema, id, createdAt, kind, contactedBefore, locale, market, fields, contact }`,
//! the merchant's own fields under `fields.custom` by their id.

use crate::prelude::*;

use crate::form::{FieldId, Form};

/// The schema name and version every payload carries.
pub const SCHEMA: &str = "complaint-widget/v2";

/// One submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payload {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Made on the client; also the `Idempotency-Key`.
    pub id: String,
    /// When the shopper sent it, RFC 3339 in UTC.
    pub created_at: String,
    /// `feedback`, `complaint`, `escalation` or `purchase_problem`.
    pub kind: &'static str,
    /// The gate answer, for complaints and escalations; otherwise `null`.
    pub contacted_before: Option<bool>,
    /// The language the shopper used.
    pub locale: String,
    /// The market, an ISO 3166 code, or `null`.
    pub market: Option<String>,
    /// Every answered field of the flow except contact details, by snake_case key.
    pub fields: Vec<(String, String)>,
    /// The merchant's fields that were answered, by id: a string, or
    /// `true` for a ticked checkbox.
    pub custom: Vec<(String, Answer)>,
    /// Contact details that were given.
    pub contact: Contact,
    /// The files sent with it, one multipart part each (`file0`, ...).
    pub attachments: Vec<crate::form::attachments::Attachment>,
}

/// An answer to a merchant field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Text, a select's option id, or a date (`YYYY-MM-DD`).
    Text(String),
    /// A ticked checkbox.
    Ticked,
}

/// How to reach the shopper.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    /// Full name.
    pub name: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Phone number in international form.
    pub phone: Option<String>,
}

impl Payload {
    /// The payload as JSON, keys as the schema names them.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut contact = String::new();
        {
            let mut c = crate::json::Object::new(&mut contact);
            for (key, value) in [
                ("name", &self.contact.name),
                ("email", &self.contact.email),
                ("phone", &self.contact.phone),
            ] {
                if let Some(v) = value {
                    c.str(key, v);
                }
            }
            c.end();
        }
        let mut o = crate::json::Object::new(&mut out);
        o.str("schema", self.schema)
            .str("id", &self.id)
            .str("createdAt", &self.created_at)
            .str("kind", self.kind)
            .opt_bool("contactedBefore", self.contacted_before)
            .str("locale", &self.locale)
            .opt_str("market", self.market.as_deref())
            .raw("fields", &self.fields_json())
            .raw("contact", &contact);
        if !self.attachments.is_empty() {
            o.raw(
                "attachments",
                &crate::form::attachments::to_json(&self.attachments),
            );
        }
        o.end();
        out
    }

    /// The `fields` object, `custom` last when there is any.
    fn fields_json(&self) -> String {
        let mut custom = String::new();
        {
            let mut c = crate::json::Object::new(&mut custom);
            for (id, answer) in &self.custom {
                match answer {
                    Answer::Text(v) => c.str(id, v),
                    Answer::Ticked => c.raw(id, "true"),
                };
            }
            c.end();
        }
        let mut out = String::new();
        let mut f = crate::json::Object::new(&mut out);
        for (k, v) in &self.fields {
            f.str(k, v);
        }
        if !self.custom.is_empty() {
            f.raw("custom", &custom);
        }
        f.end();
        out
    }
}

/// Builds the payload of a form whose flow is complete; `None` before the
/// shopper has chosen a flow, and where there is nothing to send (the gate's
/// yes without an escalation: the form shows where to turn instead).
pub fn build(
    form: &Form,
    id: &str,
    created_at: &str,
    locale: &str,
    market: &str,
) -> Option<Payload> {
    if form.at_dead_end() {
        return None;
    }
    let submission = form.submission()?;
    let mut fields = Vec::new();
    let mut custom = Vec::new();
    let mut contact = Contact::default();
    let mut contacted_before = None;
    for (field, value) in form.answers() {
        match field {
            FieldId::Name => contact.name = Some(value),
            FieldId::Email => contact.email = Some(value),
            FieldId::Phone => contact.phone = Some(value),
            FieldId::ContactedBefore => contacted_before = Some(value == "yes"),
            FieldId::Custom(_) => {
                if let Some(c) = form.extras().custom(field) {
                    let answer = match c.kind {
                        crate::form::CustomKind::Checkbox => Answer::Ticked,
                        _ => Answer::Text(value),
                    };
                    custom.push((c.id.clone(), answer));
                }
            }
            other => {
                fields.push((other.key().replace('-', "_"), value));
            }
        }
    }
    Some(Payload {
        schema: SCHEMA,
        id: id.to_string(),
        created_at: created_at.to_string(),
        kind: submission.key(),
        contacted_before,
        locale: locale.to_string(),
        market: Some(market.to_string()).filter(|m| !m.is_empty()),
        fields,
        custom,
        contact,
        attachments: form.files_to_send().to_vec(),
    })
}

/// The longest reference accepted from a server.
pub const MAX_REFERENCE: usize = 64;

/// Checks a reference the server returned: 1 to 64 letters, digits and
/// `- _ / .`. Anything else (markup, control characters, a novel) is refused,
/// so the confirmation never shows what a hostile server made up.
pub fn check_reference(value: &str) -> Option<String> {
    let v = value.trim();
    let ok = !v.is_empty()
        && v.chars().count() <= MAX_REFERENCE
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'));
    ok.then(|| v.to_string())
}

/// Formats 16 random bytes as a version 4 UUID (the submission id).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{FieldId as F, Kind};

    fn escalation() -> Form {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        for (f, v) in [
            (F::ContactedBefore, "yes"),
            (F::PreviousCaseReference, " CS-482913 "),
            (F::EarlierContacts, "Called twice\r\nNo answer"),
            (F::WhyDissatisfied, "Still no refund"),
            (F::WantedResolution, "Refund"),
            (F::Name, "Anna"),
            (F::Email, "anna@example.nl"),
            (F::WhatWentWrong, "typed before switching the gate"),
        ] {
            form.set(f, v);
        }
        form
    }

    #[test]
    fn attachments_are_listed_after_contact_only_when_there_are_any() {
        use crate::form::attachments::Attachment;
        let mut form = escalation();
        let plain = build(&form, "x", "t", "nl", "NL").unwrap().to_json();
        assert!(!plain.contains("attachments"), "{plain}");
        form.add_file(Attachment {
            name: "C:\\foto's\\kapotte fiets.jpg".into(),
            media_type: Some("image/jpeg"),
            bytes: 2048,
            sha256: "ab".repeat(32),
        });
        let json: serde_json::Value =
            serde_json::from_str(&build(&form, "x", "t", "nl", "NL").unwrap().to_json()).unwrap();
        assert_eq!(
            json["attachments"],
            serde_json::json!([{
                "part": "file0",
                "name": "kapotte fiets.jpg",
                "type": "image/jpeg",
                "bytes": 2048,
                "sha256": "ab".repeat(32),
            }])
        );
    }

    #[test]
    fn escalation_payload_shape() {
        let p = build(
            &escalation(),
            "0b6f",
            "2026-11-22T10:00:00.000Z",
            "nl",
            "NL",
        )
        .unwrap();
        let json: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
        assert_eq!(json["schema"], "complaint-widget/v2");
        assert_eq!(json["kind"], "escalation");
        assert_eq!(json["contactedBefore"], true);
        assert_eq!(json["createdAt"], "2026-11-22T10:00:00.000Z");
        assert_eq!(json["fields"]["previous_case_reference"], "CS-482913");
        assert_eq!(
            json["fields"]["earlier_contacts"],
            "Called twice\nNo answer"
        );
        assert!(
            json["fields"].get("what_went_wrong").is_none(),
            "hidden answers are not sent"
        );
        assert_eq!(json["contact"]["email"], "anna@example.nl");
        assert!(json["contact"].get("phone").is_none());
        assert_eq!(json["market"], "NL");
    }

    #[test]
    fn nothing_to_build_before_a_choice_and_empty_market_is_null() {
        assert!(build(&Form::new(), "x", "t", "en", "").is_none());
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        let p = build(&form, "x", "t", "en", "").unwrap();
        assert_eq!(p.market, None);
        assert_eq!(p.contacted_before, None);
        assert_eq!(p.kind, "feedback");
    }

    #[test]
    fn uuid_v4_sets_version_and_variant() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn references_from_servers_are_checked() {
        assert_eq!(check_reference(" K-2026-0001 "), Some("K-2026-0001".into()));
        for bad in [
            "",
            "   ",
            "<img src=x onerror=alert(1)>",
            "a b",
            "ref\u{0}",
            &"A".repeat(65),
            "é",
        ] {
            assert_eq!(check_reference(bad), None, "{bad:?}");
        }
    }
}
