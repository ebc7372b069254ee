//! The routes the end-to-end tests use, compiled in only with the
//! `test-controls` feature and served only when
//! [`Settings::test_controls`](crate::Settings::test_controls) is set:
//! `GET /api/_test/submissions` (what was stored, with each submission's
//! files described), `GET /api/_test/attachments/{reference}/{n}` (a stored
//! file's bytes), `GET /api/_test/stats`
//! (requests received), `POST /api/_test/script` (misbehaviours for the next
//! submissions), and `/api/_test/csp-report` (the pages' report-uri; `GET`
//! lists the reports).

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use crate::{AppState, Rejection, CSP};

/// Where the pages send CSP violation reports.
const CSP_REPORT: &str = "/api/_test/csp-report";

/// What the test routes keep: a script of misbehaviours, a request counter
/// and the CSP reports received.
#[derive(Default)]
pub(crate) struct Controls {
    script: Mutex<VecDeque<Value>>,
    requests: AtomicUsize,
    /// Bytes of scripted endless answers written so far (tests check that a
    /// client stopped reading).
    streamed: AtomicUsize,
    csp_reports: Mutex<Vec<String>>,
}

/// The test routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/_test/submissions", get(test_submissions))
        .route(
            "/api/_test/attachments/{reference}/{n}",
            get(test_attachment),
        )
        .route("/api/_test/script", post(test_script))
        .route("/api/_test/stats", get(test_stats))
        .route("/api/_test/backdate", post(test_backdate))
        .route(CSP_REPORT, post(csp_report).get(csp_reports))
}

/// The policy of the static pages: with a report-uri when the test routes
/// are on.
pub(crate) fn csp(state: &AppState) -> String {
    if state.settings.test_controls {
        format!("{CSP}; report-uri {CSP_REPORT}")
    } else {
        CSP.to_string()
    }
}

/// Counts a submission and plays the next scripted misbehaviour, if any;
/// `None` means: handle it normally.
pub(crate) async fn before_submit(state: &AppState) -> Option<Response> {
    if !state.settings.test_controls {
        return None;
    }
    state.controls.requests.fetch_add(1, Ordering::SeqCst);
    misbehave(state).await
}

/// A body that fails before its first byte: the connection is cut.
struct Dropped;

impl http_body::Body for Dropped {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "dropped on purpose",
        ))))
    }
}

/// A 200 answer without `Content-Length` that never ends (up to 256 MiB of
/// spaces), counting what it wrote, for clients that must stop reading.
struct Endless {
    left: usize,
    controls: Arc<Controls>,
}

impl http_body::Body for Endless {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        const CHUNK: usize = 16 * 1024;
        if self.left == 0 {
            return Poll::Ready(None);
        }
        self.left = self.left.saturating_sub(CHUNK);
        self.controls.streamed.fetch_add(CHUNK, Ordering::SeqCst);
        let data = axum::body::Bytes::from(vec![b' '; CHUNK]);
        Poll::Ready(Some(Ok(http_body::Frame::data(data))))
    }
}

/// Plays one scripted misbehaviour, if the test harness queued one. `None`
/// means: handle the request normally (after any delay).
async fn misbehave(state: &AppState) -> Option<Response> {
    let step = state.controls.script.lock().ok()?.pop_front()?;
    if let Some(ms) = step.get("delayMs").and_then(Value::as_u64) {
        tokio::time::sleep(Duration::from_millis(ms.min(60_000))).await;
    }
    if step.get("drop").and_then(Value::as_bool) == Some(true) {
        return Some(Response::new(Body::new(Dropped)));
    }
    if let Some(reference) = step.get("reference").and_then(Value::as_str) {
        // A success that names this reference, whatever it is.
        let body = json!({ "reference": reference });
        return Some((StatusCode::CREATED, axum::Json(body)).into_response());
    }
    if let Some(kind) = step.get("body").and_then(Value::as_str) {
        if kind == "endless" {
            let body = Endless {
                left: 256 << 20,
                controls: state.controls.clone(),
            };
            return Some(
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    Body::new(body),
                )
                    .into_response(),
            );
        }
        let (ctype, body) = match kind {
            "html" => (
                "text/html",
                "<!doctype html><title>Error</title><h1>Bad gateway</h1>".to_string(),
            ),
            "huge" => (
                "application/json",
                json!({ "reference": "CW-HUGE-0001", "pad": "x".repeat(2 << 20) }).to_string(),
            ),
            "markup" => (
                "application/json",
                json!({ "reference": "<img src=x onerror=alert(1)>" }).to_string(),
            ),
            _ => ("application/json", json!({ "ok": true }).to_string()),
        };
        return Some(([(header::CONTENT_TYPE, ctype)], body).into_response());
    }
    let status = step
        .get("status")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok())
        .and_then(|s| StatusCode::from_u16(s).ok())?;
    let mut response = if let Some(field) = step.get("field").and_then(Value::as_str) {
        // The endpoint's own field-level refusal (413 or 422 at a file or
        // one of the shop's fields).
        let error = step
            .get("error")
            .and_then(Value::as_str)
            .unwrap_or("scripted refusal");
        (
            status,
            axum::Json(json!({ "error": error, "field": field })),
        )
            .into_response()
    } else if status == StatusCode::UNPROCESSABLE_ENTITY {
        let fields = step
            .get("fields")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let errors: Vec<Value> = fields
            .iter()
            .map(|f| json!({ "field": f, "code": "rejected" }))
            .collect();
        (status, axum::Json(json!({ "errors": errors }))).into_response()
    } else {
        let error = step
            .get("error")
            .and_then(Value::as_str)
            .unwrap_or("scripted failure");
        (status, axum::Json(json!({ "error": error }))).into_response()
    };
    if let Some(secs) = step.get("retryAfter").and_then(Value::as_u64) {
        if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
    }
    Some(response)
}

async fn test_script(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    let Ok(Value::Array(steps)) = serde_json::from_slice::<Value>(&body) else {
        return Rejection::Invalid("the script must be a JSON array of steps".into())
            .into_response();
    };
    match state.controls.script.lock() {
        Ok(mut script) => {
            *script = steps.into();
            StatusCode::NO_CONTENT.into_response()
        }
        Err(_) => Rejection::Storage("script lock poisoned".into()).into_response(),
    }
}

async fn csp_report(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    if let Ok(mut reports) = state.controls.csp_reports.lock() {
        if reports.len() < 1000 {
            reports.push(String::from_utf8_lossy(&body).chars().take(4000).collect());
        }
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn csp_reports(State(state): State<AppState>) -> Response {
    let reports = state
        .controls
        .csp_reports
        .lock()
        .map(|r| r.clone())
        .unwrap_or_default();
    axum::Json(json!(reports)).into_response()
}

async fn test_stats(State(state): State<AppState>) -> Response {
    let queued = state.controls.script.lock().map(|s| s.len()).unwrap_or(0);
    axum::Json(json!({
        "requests": state.controls.requests.load(Ordering::SeqCst),
        "scriptLeft": queued,
        "streamed": state.controls.streamed.load(Ordering::SeqCst),
    }))
    .into_response()
}

async fn test_submissions(State(state): State<AppState>) -> Response {
    let mut rows = match state.all().await {
        Ok(rows) => rows,
        Err(r) => return r.into_response(),
    };
    for row in &mut rows {
        let reference = row["reference"].as_str().unwrap_or("").to_string();
        let files = match state.get(&reference).await {
            Ok(Some(record)) => record
                .attachments
                .iter()
                .map(|a| a.to_json(&reference))
                .collect(),
            Ok(None) => Vec::new(),
            Err(e) => return Rejection::Storage(e.to_string()).into_response(),
        };
        row["attachments"] = Value::Array(files);
    }
    axum::Json(Value::Array(rows)).into_response()
}

/// A stored file's bytes with its stored type, for byte-for-byte checks.
async fn test_attachment(
    State(state): State<AppState>,
    Path((reference, n)): Path<(String, i32)>,
) -> Response {
    match state.store.attachment(&reference, n).await {
        Ok(Some((info, data))) => ([(header::CONTENT_TYPE, info.media_type)], data).into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => Rejection::Storage(e.to_string()).into_response(),
    }
}

/// `{"reference": "CW-…", "days": 40}`: moves a submission's arrival, due
/// date and closing that many days into the past (overdue and retention
/// states without waiting).
async fn test_backdate(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    let asked: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let (Some(reference), Some(days)) = (asked["reference"].as_str(), asked["days"].as_i64())
    else {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"error": "send {\"reference\": \"CW-…\", \"days\": N}"})),
        )
            .into_response();
    };
    match state.backdate(reference, days).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => Rejection::Storage(e.to_string()).into_response(),
    }
}
