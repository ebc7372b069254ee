//! When to try sending again, and how long to wait. Pure: the transport in
//! [`crate::submit`] reports what happened as a [`Failure`]; this module
//! decides. The same `Idempotency-Key` goes with every attempt, so a retry
//! after a lost answer never makes a second complaint.

use crate::prelude::*;

use crate::form::field::ALL_FIELDS;
use crate::form::FieldId;
use crate::text;

/// Why one attempt did not succeed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No answer: offline, refused, connection dropped, blocked by CORS.
    Network(String),
    /// No answer within the timeout.
    Timeout,
    /// An error status. `retry_after` is in seconds, from `Retry-After`.
    Status {
        /// The HTTP status.
        code: u16,
        /// Seconds the server asked us to wait, if it said.
        retry_after: Option<u32>,
    },
    /// The endpoint refused these answers (HTTP 422 or 400 with field
    /// errors), by the names it gave (`email`, `fields.custom.size`).
    Fields(Vec<String>),
    /// A success status, but an answer that cannot be trusted (not JSON, too
    /// large, no reference, a reference with markup in it).
    BadAnswer(&'static str),
    /// Nothing was sent because of the page: its `beforeSubmit` threw, a
    /// listener made the payload unserialisable, or no endpoint is set.
    Page(&'static str),
}

impl Failure {
    /// The message for the console (`complaint-widget: ...`), built without
    /// `core::fmt`.
    pub fn message(&self) -> String {
        let mut m = String::from("complaint-widget: ");
        match self {
            Failure::Network(why) => {
                m.extend(["the endpoint could not be reached (", why, ")"]);
            }
            Failure::Timeout => m.push_str("the endpoint did not answer in time"),
            Failure::Status { code, .. } => {
                m.push_str("the endpoint answered HTTP ");
                text::push_uint(&mut m, u64::from(*code));
            }
            Failure::Fields(names) => {
                m.extend(["the endpoint refused these fields: ", &names.join(", ")]);
            }
            Failure::BadAnswer(why) => {
                m.extend(["the endpoint's answer was not usable: ", why]);
            }
            Failure::Page(why) => m.push_str(why),
        }
        m
    }
}

impl Failure {
    /// A short machine-readable name, for the `complaint:error` event.
    pub fn reason(&self) -> &'static str {
        match self {
            Failure::Network(_) => "network",
            Failure::Timeout => "timeout",
            Failure::Status { .. } => "status",
            Failure::Fields(_) => "fields",
            Failure::BadAnswer(_) => "bad-answer",
            Failure::Page(_) => "page",
        }
    }

    /// Whether trying again may help: network errors, timeouts, 408, 429 and
    /// 5xx. Other 4xx answers will not change by asking again.
    pub fn is_retryable(&self) -> bool {
        match self {
            Failure::Network(_) | Failure::Timeout => true,
            Failure::Status { code, .. } => {
                *code == 408 || *code == 429 || (500..600).contains(code)
            }
            Failure::Fields(_) | Failure::BadAnswer(_) | Failure::Page(_) => false,
        }
    }
}

/// A message about sending shown on the privacy step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Sending failed; everything is kept and Send tries again.
    SendFailed,
    /// The endpoint answered, but not in a way that confirms the message
    /// arrived; Send tries again with the same id.
    Unconfirmed,
    /// The browser is offline; the submission goes out when it is back.
    Queued,
    /// The shop's endpoint answered with an error status (a 403, 404, 405,
    /// or a 5xx that outlasted the retries): not the shopper's connection.
    Refused,
    /// The form cannot send at all as the page set it up (its
    /// `beforeSubmit` broke the payload, no secure random ids).
    Unavailable,
}

impl Failure {
    /// What the shopper is told about a failure: offline or network,
    /// refused by the shop, or the form unavailable; never "check your
    /// connection" for a problem that is not theirs.
    pub fn notice(&self) -> Notice {
        match self {
            Failure::Network(_) | Failure::Timeout => Notice::SendFailed,
            Failure::Status { .. } | Failure::Fields(_) => Notice::Refused,
            Failure::BadAnswer(_) => Notice::Unconfirmed,
            Failure::Page(_) => Notice::Unavailable,
        }
    }
}

/// First wait before a retry, in milliseconds.
pub const BASE_DELAY_MS: u32 = 500;
/// Longest wait between attempts, in milliseconds.
pub const MAX_DELAY_MS: u32 = 30_000;

/// How long to wait before attempt `attempt + 1` (0-based `attempt` of the
/// one that failed): exponential backoff with jitter in `[50%, 100%]` of the
/// step, or the server's `Retry-After` when that is longer. `jitter` is a
/// random number in `[0, 1)`.
pub fn backoff_ms(attempt: u32, retry_after: Option<u32>, jitter: f64) -> u32 {
    let step = BASE_DELAY_MS
        .saturating_mul(1u32 << attempt.min(16))
        .min(MAX_DELAY_MS);
    let jitter = jitter.clamp(0.0, 1.0);
    let backoff = (f64::from(step) * (0.5 + jitter / 2.0)) as u32;
    let asked = retry_after.map(|s| s.saturating_mul(1000)).unwrap_or(0);
    backoff.max(asked).min(MAX_DELAY_MS)
}

/// Reads a `Retry-After` header given in seconds. The HTTP-date form is
/// ignored (the backoff applies instead).
pub fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok()
}

/// The fields named in a 422 answer. Keys may be the payload's snake_case or
/// the widget's kebab-case; `fields.custom.<id>` names a merchant field,
/// which `custom` finds; unknown names are dropped.
pub fn fields_named<'a>(
    names: impl IntoIterator<Item = &'a str>,
    custom: impl Fn(&str) -> Option<FieldId>,
) -> Vec<FieldId> {
    // A set of field bits, read back in field order: no duplicates, no sort.
    let mut named = 0u64;
    let mut merchant = Vec::new();
    for n in names {
        let n = n.trim();
        if let Some(id) = n.strip_prefix("fields.custom.") {
            merchant.extend(custom(id));
            continue;
        }
        // `attachments[1]`: the file field.
        let n = n.split('[').next().unwrap_or(n);
        let n = n.strip_prefix("contact.").unwrap_or(n);
        let key = n.strip_prefix("fields.").unwrap_or(n).replace('_', "-");
        if let Some(f) = FieldId::from_key(&key) {
            named |= f.bit();
        }
    }
    let mut out: Vec<FieldId> = ALL_FIELDS
        .iter()
        .copied()
        .filter(|f| named & f.bit() != 0)
        .collect();
    for f in merchant {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_messages_are_worded_for_the_console() {
        let cases = [
            (
                Failure::Network("TypeError: Failed to fetch".into()),
                "complaint-widget: the endpoint could not be reached (TypeError: Failed to fetch)",
            ),
            (
                Failure::Timeout,
                "complaint-widget: the endpoint did not answer in time",
            ),
            (
                Failure::Status {
                    code: 503,
                    retry_after: Some(3),
                },
                "complaint-widget: the endpoint answered HTTP 503",
            ),
            (
                Failure::Fields(vec!["email".into(), "fields.custom.size".into()]),
                "complaint-widget: the endpoint refused these fields: email, fields.custom.size",
            ),
            (
                Failure::BadAnswer("not JSON"),
                "complaint-widget: the endpoint's answer was not usable: not JSON",
            ),
            (
                Failure::Page("no endpoint is set"),
                "complaint-widget: no endpoint is set",
            ),
        ];
        for (failure, message) in cases {
            assert_eq!(failure.message(), message);
        }
    }

    #[test]
    fn what_is_retried() {
        assert!(Failure::Network("reset".into()).is_retryable());
        assert!(Failure::Timeout.is_retryable());
        for code in [408, 429, 500, 502, 503, 504] {
            assert!(
                Failure::Status {
                    code,
                    retry_after: None
                }
                .is_retryable(),
                "{code}"
            );
        }
        for code in [400, 401, 403, 404, 409, 413, 422] {
            assert!(
                !Failure::Status {
                    code,
                    retry_after: None
                }
                .is_retryable(),
                "{code}"
            );
        }
        assert!(!Failure::Fields(vec!["email".into()]).is_retryable());
        assert!(!Failure::BadAnswer("not JSON").is_retryable());
    }

    #[test]
    fn backoff_grows_with_jitter_and_a_cap() {
        assert_eq!(backoff_ms(0, None, 0.0), 250);
        assert_eq!(backoff_ms(0, None, 0.999_999), 499);
        assert_eq!(backoff_ms(1, None, 0.0), 500);
        assert_eq!(backoff_ms(3, None, 0.0), 2000);
        assert_eq!(backoff_ms(30, None, 1.0), MAX_DELAY_MS);
        assert!(backoff_ms(2, None, 0.5) > backoff_ms(1, None, 0.5));
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        assert_eq!(backoff_ms(0, Some(2), 0.0), 2000);
        assert_eq!(
            backoff_ms(5, Some(1), 0.0),
            8000,
            "backoff when it is longer"
        );
        assert_eq!(backoff_ms(0, Some(3600), 0.0), MAX_DELAY_MS);
        assert_eq!(parse_retry_after(" 3 "), Some(3));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }

    #[test]
    fn field_names_from_servers() {
        assert_eq!(
            fields_named(
                [
                    "email",
                    "fields.custom.size",
                    "order_reference",
                    "contact.phone",
                    "nonsense",
                    "fields.custom.nonsense",
                    "email",
                    "attachments[1]"
                ],
                |id| (id == "size").then_some(FieldId::Custom(2))
            ),
            vec![
                FieldId::OrderReference,
                FieldId::Email,
                FieldId::Phone,
                FieldId::Attachments,
                FieldId::Custom(2)
            ]
        );
    }
}
