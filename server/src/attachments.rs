//! Files sent with a submission (schema `complaint-widget/v2`): reading a
//! `multipart/form-data` body, and checking each file against the entry the
//! document lists for it (type by its first bytes, size, SHA-256), and the
//! merchant's own fields (`fields.custom`).
//!
//! The body: a part named `submission` holding the JSON document, and one
//! part per listed attachment, named as its `part` (`file0`, `file1`, …).
//! Every refusal names the field the widget shows it at: `attachments`,
//! `attachments[N]` or `fields.custom.<id>`.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, StatusCode};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::store::{hex, NewFile};
use crate::{Rejection, BODY_LIMIT};

/// Files per submission when `--max-attachments` is not given.
pub const DEFAULT_MAX_ATTACHMENTS: usize = 3;
/// The most `--max-attachments` may allow (the schema's limit).
pub const MAX_ATTACHMENTS: usize = 10;
/// Bytes per file when `--max-attachment-bytes` is not given (5 MiB).
pub const DEFAULT_MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;
/// The most merchant fields one submission may carry (the schema's limit).
pub const MAX_CUSTOM_FIELDS: usize = 10;

/// How many files, and how large, the public POST takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Files per submission (0: no attachments).
    pub count: usize,
    /// Bytes per file.
    pub bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            count: DEFAULT_MAX_ATTACHMENTS,
            bytes: DEFAULT_MAX_ATTACHMENT_BYTES,
        }
    }
}

impl Limits {
    /// The largest multipart body: every file at its limit plus the JSON
    /// document's own limit (which also covers the multipart framing).
    pub fn total(&self) -> usize {
        self.count
            .saturating_mul(self.bytes)
            .saturating_add(BODY_LIMIT)
    }
}

/// The media type `data`'s first bytes show, if it is one the endpoint
/// takes (JPEG, PNG, WebP, HEIC/HEIF, PDF): the widget's own reading
/// ([`complaint_widget::form::attachments::sniff`]), so the browser and the
/// endpoint decide a file's type by one rule.
pub fn sniff(data: &[u8]) -> Option<&'static str> {
    complaint_widget::form::attachments::sniff(data)
}

/// Whether a declared type fits the sniffed one. HEIC and HEIF are one
/// container, so either name is taken for it.
fn same_type(declared: &str, sniffed: &str) -> bool {
    fn family(t: &str) -> &str {
        if t == "image/heif" {
            "image/heic"
        } else {
            t
        }
    }
    family(declared) == family(sniffed)
}

/// A refusal tied to a field of the form.
fn at(status: StatusCode, field: impl Into<String>, message: impl Into<String>) -> Rejection {
    Rejection::Field {
        status,
        field: field.into(),
        message: message.into(),
    }
}

fn unprocessable(field: impl Into<String>, message: impl Into<String>) -> Rejection {
    at(StatusCode::UNPROCESSABLE_ENTITY, field, message)
}

/// Checks `fields.custom` of a version 2 document: at most
/// [`MAX_CUSTOM_FIELDS`], ids of a lowercase letter then up to 39
/// lowercase letters, digits or underscores, values a non-empty string of at
/// most 2,000 characters or a boolean. The error names the field.
pub fn check_custom(doc: &Value) -> Result<(), Rejection> {
    let Some(custom) = doc.get("fields").and_then(|f| f.get("custom")) else {
        return Ok(());
    };
    let Some(custom) = custom.as_object() else {
        return Err(unprocessable(
            "fields.custom",
            "fields.custom must be an object of the merchant's fields by id",
        ));
    };
    for (id, value) in custom {
        let field = format!("fields.custom.{id}");
        let mut chars = id.chars();
        let id_ok = id.len() <= 40
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
            && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !id_ok {
            return Err(unprocessable(
                field,
                format!(
                    "{id:?} is not a field id: a lowercase letter, then up to 39 lowercase \
letters, digits or underscores"
                ),
            ));
        }
        match value {
            Value::Bool(_) => {}
            Value::String(s) if s.is_empty() => {
                return Err(unprocessable(
                    field,
                    format!("{id} is empty; leave an unanswered field out"),
                ))
            }
            Value::String(s) if s.chars().count() > 2000 => {
                return Err(unprocessable(
                    field,
                    format!("{id} is longer than 2,000 characters"),
                ))
            }
            Value::String(_) => {}
            _ => {
                return Err(unprocessable(
                    field,
                    format!("{id} must be text or true/false"),
                ))
            }
        }
    }
    if custom.len() > MAX_CUSTOM_FIELDS {
        return Err(unprocessable(
            "fields.custom",
            format!(
                "at most {MAX_CUSTOM_FIELDS} of the merchant's fields, not {}",
                custom.len()
            ),
        ));
    }
    Ok(())
}

/// One entry of the document's `attachments` (already schema-checked).
#[derive(Clone, Debug)]
struct Listed {
    part: String,
    name: String,
    media_type: String,
    bytes: u64,
    sha256: String,
}

fn listed(doc: &Value) -> Vec<Listed> {
    let text = |a: &Value, k: &str| a.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    doc.get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|a| Listed {
            part: text(a, "part"),
            name: text(a, "name"),
            media_type: text(a, "type"),
            bytes: a.get("bytes").and_then(Value::as_u64).unwrap_or(0),
            sha256: text(a, "sha256"),
        })
        .collect()
}

/// A JSON body cannot carry files: a document that lists any is refused at
/// its first entry.
pub fn check_json_has_no_files(doc: &Value) -> Result<(), Rejection> {
    if listed(doc).is_empty() {
        Ok(())
    } else {
        Err(unprocessable(
            "attachments[0]",
            "the submission lists attachments but the body is JSON; send it as \
multipart/form-data with a part per file",
        ))
    }
}

/// A multipart body as read: the `submission` part and the file parts by
/// name.
pub struct Parts {
    /// The text of the `submission` part.
    pub submission: Bytes,
    files: BTreeMap<String, Vec<u8>>,
}

fn too_large(limits: Limits) -> Rejection {
    at(
        StatusCode::PAYLOAD_TOO_LARGE,
        "attachments",
        format!(
            "the files together are too large: at most {} files of {} each",
            limits.count,
            size_text(limits.bytes as u64)
        ),
    )
}

/// `5 MiB`, `300 KiB`, `12 bytes`.
pub fn size_text(bytes: u64) -> String {
    const KIB: u64 = 1024;
    if bytes >= KIB * KIB && bytes % (KIB * KIB) == 0 {
        format!("{} MiB", bytes / (KIB * KIB))
    } else if bytes >= KIB * KIB {
        format!("{:.1} MiB", bytes as f64 / (KIB * KIB) as f64)
    } else if bytes >= KIB {
        format!("{} KiB", bytes.div_ceil(KIB))
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads a `multipart/form-data` body: the `submission` part (at most
/// [`BODY_LIMIT`] bytes) and up to `limits.count` file parts of at most
/// `limits.bytes` each, stopping at the first part over its limit.
pub async fn read(req: Request, limits: Limits) -> Result<Parts, Rejection> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limits.total() as u64) {
        return Err(too_large(limits));
    }
    let mut multipart = Multipart::from_request(req, &()).await.map_err(|e| {
        Rejection::Invalid(format!("the multipart/form-data body cannot be read: {e}"))
    })?;
    let mut submission: Option<Bytes> = None;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    // Which listed entry a part is, once the document has been read (it
    // comes first), for errors at `attachments[N]`.
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    let broken = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large(limits)
        } else {
            Rejection::Invalid(format!("the multipart/form-data body cannot be read: {e}"))
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "submission" {
            if submission.is_some() {
                return Err(Rejection::Invalid(
                    "the body has two parts named submission".into(),
                ));
            }
            let mut text = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(broken)? {
                if text.len() + chunk.len() > BODY_LIMIT {
                    return Err(Rejection::TooLarge(format!(
                        "the submission part is larger than {}",
                        size_text(BODY_LIMIT as u64)
                    )));
                }
                text.extend_from_slice(&chunk);
            }
            if let Ok(doc) = serde_json::from_slice::<Value>(&text) {
                for (i, l) in listed(&doc).into_iter().enumerate() {
                    index.entry(l.part).or_insert(i);
                }
            }
            submission = Some(Bytes::from(text));
            continue;
        }
        let field_of = |name: &str| match index.get(name) {
            Some(i) => format!("attachments[{i}]"),
            None => "attachments".to_string(),
        };
        let is_file_part =
            name.len() == 5 && name.starts_with("file") && name.as_bytes()[4].is_ascii_digit();
        if !is_file_part {
            return Err(unprocessable(
                "attachments",
                format!(
                    "unexpected part {name:?}: the body holds a part named submission and \
one per attachment, named file0, file1, …"
                ),
            ));
        }
        if files.contains_key(&name) {
            return Err(unprocessable(
                field_of(&name),
                format!("the body has two parts named {name}"),
            ));
        }
        if files.len() >= limits.count {
            return Err(unprocessable(
                "attachments",
                format!("at most {} files may be sent", limits.count),
            ));
        }
        let mut data = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(broken)? {
            if data.len() + chunk.len() > limits.bytes {
                let shown = field.file_name().unwrap_or(&name).to_string();
                return Err(at(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    field_of(&name),
                    format!(
                        "{shown} is larger than {}, the most one file may be",
                        size_text(limits.bytes as u64)
                    ),
                ));
            }
            data.extend_from_slice(&chunk);
        }
        files.insert(name, data);
    }
    let submission = submission.ok_or_else(|| {
        Rejection::Invalid(
            "the multipart/form-data body has no part named submission (the JSON document)".into(),
        )
    })?;
    Ok(Parts { submission, files })
}

/// Matches the parts against the document's list: every listed file sent,
/// none unlisted, each at most `limits.bytes`, of the size, SHA-256 and
/// type (by its first bytes) the list says. The files in list order.
pub fn check(doc: &Value, parts: Parts, limits: Limits) -> Result<Vec<NewFile>, Rejection> {
    let list = listed(doc);
    if list.len() > limits.count {
        return Err(unprocessable(
            "attachments",
            format!(
                "{} files listed; this endpoint takes at most {}",
                list.len(),
                limits.count
            ),
        ));
    }
    let mut files = parts.files;
    let mut out = Vec::with_capacity(list.len());
    for (i, l) in list.iter().enumerate() {
        let field = format!("attachments[{i}]");
        if list[..i].iter().any(|o| o.part == l.part) {
            return Err(unprocessable(
                field,
                format!("part {} is listed twice", l.part),
            ));
        }
        if l.bytes > limits.bytes as u64 {
            return Err(at(
                StatusCode::PAYLOAD_TOO_LARGE,
                field,
                format!(
                    "{} is larger than {}, the most one file may be",
                    l.name,
                    size_text(limits.bytes as u64)
                ),
            ));
        }
        let Some(data) = files.remove(&l.part) else {
            return Err(unprocessable(
                field,
                format!("{} is listed as part {} but was not sent", l.name, l.part),
            ));
        };
        if data.len() as u64 != l.bytes {
            return Err(unprocessable(
                field,
                format!(
                    "{} has {} bytes, not the {} listed",
                    l.name,
                    data.len(),
                    l.bytes
                ),
            ));
        }
        let sha256 = hex(&Sha256::digest(&data));
        if sha256 != l.sha256 {
            return Err(unprocessable(
                field,
                format!(
                    "{} does not match its listed SHA-256 (it was changed or cut short)",
                    l.name
                ),
            ));
        }
        match sniff(&data) {
            None => {
                return Err(unprocessable(
                    field,
                    format!(
                        "{} is not a JPEG, PNG, WebP, HEIC/HEIF image or PDF",
                        l.name
                    ),
                ))
            }
            Some(found) if !same_type(&l.media_type, found) => {
                return Err(unprocessable(
                    field,
                    format!(
                        "{} is listed as {} but its content is {found}",
                        l.name, l.media_type
                    ),
                ))
            }
            Some(_) => {}
        }
        out.push(NewFile {
            name: l.name.clone(),
            media_type: l.media_type.clone(),
            sha256,
            data,
        });
    }
    if let Some(extra) = files.keys().next() {
        return Err(unprocessable(
            "attachments",
            format!("part {extra} was sent but the submission does not list it"),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_type_must_be_what_the_first_bytes_show() {
        // The reading itself is the widget's, tested there
        // (src/form/attachments.rs); here, how the endpoint uses it.
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(b"MZ\x90\0"), None, "an executable named photo.jpg");
        assert!(
            same_type("image/heic", "image/heif"),
            "one container, either name"
        );
        assert!(same_type("image/png", "image/png"));
        assert!(!same_type("image/jpeg", "image/png"));
    }

    #[test]
    fn custom_fields_are_checked_one_by_one() {
        let doc = |custom: Value| serde_json::json!({ "fields": { "custom": custom } });
        assert!(check_custom(&doc(serde_json::json!({ "size": "M", "gift": true }))).is_ok());
        let field = |r: Result<(), Rejection>| match r {
            Err(Rejection::Field { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            field(check_custom(&doc(serde_json::json!({ "size": 3 })))),
            "fields.custom.size"
        );
        assert_eq!(
            field(check_custom(&doc(serde_json::json!({ "size": "" })))),
            "fields.custom.size"
        );
        assert_eq!(
            field(check_custom(&doc(serde_json::json!({ "Size": "M" })))),
            "fields.custom.Size"
        );
        let eleven: serde_json::Map<String, Value> = (0..11)
            .map(|i| (format!("f{i}"), Value::Bool(true)))
            .collect();
        assert_eq!(
            field(check_custom(&doc(Value::Object(eleven)))),
            "fields.custom"
        );
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(5 * 1024 * 1024), "5 MiB");
        assert_eq!(size_text(64 * 1024), "64 KiB");
        assert_eq!(size_text(12), "12 bytes");
        assert_eq!(Limits::default().total(), 3 * 5 * 1024 * 1024 + 64 * 1024);
    }
}
