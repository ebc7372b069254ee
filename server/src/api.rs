//! The staff JSON API under `/api/submissions` (every route here needs a
//! staff token; the public `POST` lives in the crate root):
//!
//! - `GET /api/submissions?status=&kind=&market=&overdue=&q=&limit=&after=`
//! - `GET /api/submissions/export?format=csv|ndjson&<the same filters>`
//! - `GET`, `PATCH`, `DELETE /api/submissions/{reference}`
//! - `GET /api/submissions/{reference}/attachments/{n}` (a file, as a
//!   download)

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use crate::store::{Change, Filter, Record, Status, StoreError, Summary, MAX_PAGE};
use crate::AppState;

/// The staff routes (the list is routed beside the public POST).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/submissions/export", get(export))
        .route(
            "/api/submissions/{reference}",
            get(one).patch(change).delete(erase),
        )
        .route(
            "/api/submissions/{reference}/attachments/{n}",
            get(download),
        )
}

/// A refusal with a JSON `{"error": …}` body.
fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "error": message.into() }))).into_response()
}

fn unauthorized() -> Response {
    let mut r = error(
        StatusCode::UNAUTHORIZED,
        "a staff token is required: send `Authorization: Bearer <token>`",
    );
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        header::HeaderValue::from_static("Bearer realm=\"complaint-endpoint\""),
    );
    r
}

fn store_error(e: StoreError) -> Response {
    match e {
        StoreError::BadCursor => error(StatusCode::BAD_REQUEST, e.to_string()),
        other => {
            eprintln!("complaint-endpoint: {other}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the database failed; the endpoint's log says why",
            )
        }
    }
}

/// Reads the list filters from a query string; the error says which
/// parameter is wrong and what it takes.
pub fn filter_from_query(q: &HashMap<String, String>) -> Result<Filter, String> {
    let text = |name: &str| q.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let status = match text("status") {
        None => None,
        Some(s) => Some(Status::parse(s).ok_or_else(|| {
            format!("status must be one of new, in_progress, answered, closed (got {s:?})")
        })?),
    };
    let overdue = match text("overdue") {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(o) => return Err(format!("overdue must be true or false (got {o:?})")),
    };
    let limit = match text("limit") {
        None => 0,
        Some(l) => l
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| format!("limit must be a number from 1 to {MAX_PAGE} (got {l:?})"))?,
    };
    Ok(Filter {
        status,
        kind: text("kind").map(str::to_string),
        market: text("market").map(str::to_string),
        overdue,
        q: text("q").map(str::to_string),
        after: text("after").map(str::to_string),
        limit,
    })
}

/// `GET /api/submissions`: one page, overdue first, then by due date.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if state.staff(&headers).is_none() {
        return unauthorized();
    }
    let filter = match filter_from_query(&q) {
        Ok(f) => f,
        Err(why) => return error(StatusCode::BAD_REQUEST, why),
    };
    match state.list(&filter).await {
        Ok((items, next)) => axum::Json(json!({
            "items": items.iter().map(Summary::to_json).collect::<Vec<_>>(),
            "next": next,
        }))
        .into_response(),
        Err(e) => store_error(e),
    }
}

async fn one(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Response {
    if state.staff(&headers).is_none() {
        return unauthorized();
    }
    match state.get(&reference).await {
        Ok(Some(record)) => axum::Json(record.to_json()).into_response(),
        Ok(None) => not_found(&reference),
        Err(e) => store_error(e),
    }
}

/// File `n` of a submission, with its stored type, as a download (never
/// shown inline, and sandboxed if a browser opened it anyway).
async fn download(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((reference, n)): Path<(String, String)>,
) -> Response {
    if state.staff(&headers).is_none() {
        return unauthorized();
    }
    let missing = || {
        error(
            StatusCode::NOT_FOUND,
            format!("submission {reference} has no attachment {n}"),
        )
    };
    let Ok(index) = n.parse::<i32>() else {
        return missing();
    };
    match state.store.attachment(&reference, index).await {
        Ok(Some((info, data))) => (
            [
                (header::CONTENT_TYPE, info.media_type.clone()),
                (header::CONTENT_DISPOSITION, content_disposition(&info.name)),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; sandbox".to_string(),
                ),
            ],
            data,
        )
            .into_response(),
        Ok(None) => missing(),
        Err(e) => store_error(e),
    }
}

/// `attachment; filename="…"` with an ASCII stand-in (quotes, backslashes
/// and anything not printable ASCII become `_`) and the real name as
/// RFC 8187 UTF-8 (`filename*`).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

fn not_found(reference: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        format!("no submission has the reference {reference}"),
    )
}

/// The longest assignee name and note accepted.
const MAX_ASSIGNEE: usize = 200;
const MAX_NOTE: usize = 10_000;

/// Reads a `PATCH` body: `{"status"?, "assignee"?, "note"?}`.
pub fn change_from_json(v: &Value) -> Result<Change, String> {
    let Some(map) = v.as_object() else {
        return Err("the body must be a JSON object with status, assignee or note".into());
    };
    if let Some(k) = map
        .keys()
        .find(|k| !matches!(k.as_str(), "status" | "assignee" | "note"))
    {
        return Err(format!(
            "unknown field {k:?}: a change has status, assignee and note"
        ));
    }
    let status = match map.get("status") {
        None => None,
        Some(s) => Some(s.as_str().and_then(Status::parse).ok_or_else(|| {
            format!("status must be one of new, in_progress, answered, closed (got {s})")
        })?),
    };
    let assignee = match map.get("assignee") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(a)) if a.trim().is_empty() => Some(None),
        Some(Value::String(a)) if a.chars().count() <= MAX_ASSIGNEE => {
            Some(Some(a.trim().to_string()))
        }
        Some(_) => {
            return Err(format!(
                "assignee must be a name of at most {MAX_ASSIGNEE} characters, or null"
            ))
        }
    };
    let note = match map.get("note") {
        None => None,
        Some(Value::String(n)) if n.chars().count() <= MAX_NOTE => Some(n.clone()),
        Some(_) => {
            return Err(format!(
                "note must be a text of at most {MAX_NOTE} characters"
            ))
        }
    };
    Ok(Change {
        status,
        assignee,
        note,
    })
}

async fn change(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let Some(actor) = state.staff(&headers) else {
        return unauthorized();
    };
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!("the body is not JSON: {e}"),
            )
        }
    };
    let c = match change_from_json(&value) {
        Ok(c) => c,
        Err(why) => return error(StatusCode::BAD_REQUEST, why),
    };
    match state.change(&reference, &actor, &c).await {
        Ok(Some(record)) => axum::Json(record.to_json()).into_response(),
        Ok(None) => not_found(&reference),
        Err(e) => store_error(e),
    }
}

async fn erase(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Response {
    let Some(actor) = state.staff(&headers) else {
        return unauthorized();
    };
    match state.erase(&reference, &actor).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => not_found(&reference),
        Err(e) => store_error(e),
    }
}

/// Every submission the filter matches, all pages, each with its record.
pub async fn export_records(state: &AppState, filter: &Filter) -> Result<Vec<Record>, StoreError> {
    let mut filter = filter.clone();
    filter.limit = MAX_PAGE;
    filter.after = None;
    let mut out = Vec::new();
    loop {
        let (items, next) = state.list(&filter).await?;
        for s in items {
            if let Some(r) = state.get(&s.reference).await? {
                out.push(r);
            }
        }
        match next {
            Some(n) => filter.after = Some(n),
            None => return Ok(out),
        }
    }
}

/// The CSV columns of an export.
pub const CSV_COLUMNS: [&str; 14] = [
    "reference",
    "kind",
    "market",
    "language",
    "status",
    "assignee",
    "createdAt",
    "due",
    "overdue",
    "name",
    "email",
    "phone",
    "fields",
    "notes",
];

/// One CSV cell (RFC 4180 quoting). A text that a spreadsheet would run as
/// a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The records as CSV with a header line (CRLF line ends).
pub fn to_csv(records: &[Record]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for r in records {
        let s = &r.summary;
        let contact = |k: &str| {
            r.submission["contact"][k]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        let notes: Vec<&str> = r
            .history
            .iter()
            .filter(|e| e.action == "note")
            .filter_map(|e| e.text.as_deref())
            .collect();
        let cells = [
            s.reference.clone(),
            s.kind.clone(),
            s.market.clone(),
            s.language.clone(),
            s.status.as_str().to_string(),
            s.assignee.clone().unwrap_or_default(),
            s.created_at.clone(),
            s.due.clone(),
            s.overdue.to_string(),
            contact("name"),
            contact("email"),
            contact("phone"),
            r.submission["fields"].to_string(),
            notes.join("\n"),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The records as NDJSON, one record (as `GET /api/submissions/{ref}`
/// answers it) per line.
pub fn to_ndjson(records: &[Record]) -> String {
    records
        .iter()
        .map(|r| format!("{}\n", r.to_json()))
        .collect()
}

async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if state.staff(&headers).is_none() {
        return unauthorized();
    }
    let filter = match filter_from_query(&q) {
        Ok(f) => f,
        Err(why) => return error(StatusCode::BAD_REQUEST, why),
    };
    let format = q.get("format").map(String::as_str).unwrap_or("csv");
    if !matches!(format, "csv" | "ndjson") {
        return error(
            StatusCode::BAD_REQUEST,
            format!("format must be csv or ndjson (got {format:?})"),
        );
    }
    let records = match export_records(&state, &filter).await {
        Ok(r) => r,
        Err(e) => return store_error(e),
    };
    let (body, content_type) = if format == "csv" {
        (to_csv(&records), "text/csv; charset=utf-8")
    } else {
        (to_ndjson(&records), "application/x-ndjson")
    };
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"submissions.{format}\""),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("-1,2"), "\"'-1,2\"");
    }

    #[test]
    fn changes_are_read_strictly() {
        let c =
            change_from_json(&json!({"status": "closed", "assignee": null, "note": "x"})).unwrap();
        assert_eq!(c.status, Some(Status::Closed));
        assert_eq!(c.assignee, Some(None));
        assert!(change_from_json(&json!({"status": "done"}))
            .unwrap_err()
            .contains("in_progress"));
        assert!(change_from_json(&json!({"colour": 1}))
            .unwrap_err()
            .contains("colour"));
    }
}
