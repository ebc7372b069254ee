//! The reference endpoint for complaint-widget.
//!
//! `POST /api/submissions` takes one submission (schema
//! `complaint-widget/v1`), checks it, stores it in SQLite and answers with a
//! human-readable reference. The same `Idempotency-Key` twice stores one row
//! and returns the same reference. It also serves a folder of static files
//! (the demo pages) under a strict Content-Security-Policy.

use std::collections::VecDeque;
use std::path::{Component, Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

/// The schema every submission must name.
pub const SCHEMA: &str = "complaint-widget/v1";
/// The JSON Schema of a submission, the same file the repo documents.
pub const SCHEMA_JSON: &str = include_str!("../../schema/submission.v1.json");
const SCHEMA_URL: &str = "https://complaint-widget.invalid/schema/submission.v1.json";
/// The largest request body accepted.
pub const BODY_LIMIT: usize = 64 * 1024;
/// The policy every static page is served with.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// How the server was started.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Serve static files from here, if set.
    pub www: Option<PathBuf>,
    /// Origins allowed to POST from other sites (CORS).
    pub allow_origins: Vec<String>,
    /// Expose `/api/_test/*` for the end-to-end tests.
    pub test_controls: bool,
}

/// Shared state: the database, the settings, the compiled schema, and for
/// tests a script of misbehaviours and a request counter.
#[derive(Clone)]
pub struct AppState {
    db: Arc<Mutex<Connection>>,
    settings: Arc<Settings>,
    validator: Arc<Validator>,
    script: Arc<Mutex<VecDeque<Value>>>,
    requests: Arc<AtomicUsize>,
    csp_reports: Arc<Mutex<Vec<String>>>,
}

/// The compiled JSON Schema.
pub struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    /// Compiles [`SCHEMA_JSON`].
    pub fn new() -> Result<Validator, String> {
        let value: Value =
            serde_json::from_str(SCHEMA_JSON).map_err(|e| format!("schema file: {e}"))?;
        let mut compiler = boon::Compiler::new();
        compiler
            .add_resource(SCHEMA_URL, value)
            .map_err(|e| format!("schema file: {e}"))?;
        let mut schemas = boon::Schemas::new();
        let index = compiler
            .compile(SCHEMA_URL, &mut schemas)
            .map_err(|e| format!("schema file: {e}"))?;
        Ok(Validator { schemas, index })
    }

    /// Checks one submission; the error names where and what.
    pub fn check(&self, v: &Value) -> Result<(), String> {
        self.schemas.validate(v, self.index).map_err(|e| {
            let detail = format!("{e:#}");
            let first = detail
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            format!("the submission does not match schema {SCHEMA}: {first}")
        })
    }
}

/// Why a request was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejection {
    /// The body is not a valid submission; the message says which part.
    Invalid(String),
    /// The `Idempotency-Key` header is missing or does not match `id`.
    BadKey(String),
    /// The store failed.
    Storage(String),
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            Rejection::Invalid(m) => (StatusCode::BAD_REQUEST, m),
            Rejection::BadKey(m) => (StatusCode::BAD_REQUEST, m),
            Rejection::Storage(m) => (StatusCode::INTERNAL_SERVER_ERROR, m),
        };
        (status, axum::Json(json!({ "error": message }))).into_response()
    }
}

impl AppState {
    /// Opens (and if needed creates) the database at `path`; `:memory:` works.
    pub fn open(path: &str, settings: Settings) -> Result<AppState, String> {
        let validator = Validator::new()?;
        let conn = Connection::open(path).map_err(|e| e.to_string())?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS submissions (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               idempotency_key TEXT NOT NULL UNIQUE,
               reference TEXT NOT NULL UNIQUE,
               kind TEXT NOT NULL,
               body TEXT NOT NULL,
               received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
             );",
        )
        .map_err(|e| e.to_string())?;
        Ok(AppState {
            db: Arc::new(Mutex::new(conn)),
            settings: Arc::new(settings),
            validator: Arc::new(validator),
            script: Arc::new(Mutex::new(VecDeque::new())),
            requests: Arc::new(AtomicUsize::new(0)),
            csp_reports: Arc::new(Mutex::new(Vec::new())),
        })
    }

    /// Checks a submission against the schema.
    pub fn validate(&self, v: &Value) -> Result<(), Rejection> {
        if !v.is_object() {
            return Err(Rejection::Invalid("the body must be a JSON object".into()));
        }
        self.validator.check(v).map_err(Rejection::Invalid)
    }

    /// Stores a checked submission once per key; returns its reference and
    /// whether it was new.
    pub fn store(&self, key: &str, kind: &str, body: &Value) -> Result<(String, bool), Rejection> {
        let db = self
            .db
            .lock()
            .map_err(|_| Rejection::Storage("database lock poisoned".into()))?;
        let storage = |e: rusqlite::Error| Rejection::Storage(e.to_string());
        let existing: Option<String> = db
            .query_row(
                "SELECT reference FROM submissions WHERE idempotency_key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .map_err(storage)?;
        if let Some(reference) = existing {
            return Ok((reference, false));
        }
        let next: i64 = db
            .query_row(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions",
                [],
                |r| r.get(0),
            )
            .map_err(storage)?;
        let reference = reference_for(key, next);
        db.execute(
            "INSERT INTO submissions (idempotency_key, reference, kind, body) VALUES (?1, ?2, ?3, ?4)",
            params![key, reference, kind, body.to_string()],
        )
        .map_err(storage)?;
        Ok((reference, true))
    }

    /// Every stored submission, oldest first (for tests and inspection).
    pub fn all(&self) -> Result<Vec<Value>, Rejection> {
        let db = self
            .db
            .lock()
            .map_err(|_| Rejection::Storage("database lock poisoned".into()))?;
        let storage = |e: rusqlite::Error| Rejection::Storage(e.to_string());
        let mut stmt = db
            .prepare("SELECT idempotency_key, reference, kind, body, received_at FROM submissions ORDER BY seq")
            .map_err(storage)?;
        let rows = stmt
            .query_map([], |r| {
                let body: String = r.get(3)?;
                Ok(json!({
                    "idempotencyKey": r.get::<_, String>(0)?,
                    "reference": r.get::<_, String>(1)?,
                    "kind": r.get::<_, String>(2)?,
                    "body": serde_json::from_str::<Value>(&body).unwrap_or(Value::Null),
                    "receivedAt": r.get::<_, String>(4)?,
                }))
            })
            .map_err(storage)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(storage)
    }
}

/// A reference people can read out on the phone: `CW-` + four hex digits of
/// the key + `-` + a running number.
fn reference_for(key: &str, seq: i64) -> String {
    let head: String = key
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(4)
        .collect::<String>()
        .to_uppercase();
    format!("CW-{head:0>4}-{seq:04}")
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

/// Plays one scripted misbehaviour, if the test harness queued one. `None`
/// means: handle the request normally (after any delay).
async fn misbehave(state: &AppState) -> Option<Response> {
    let step = state.script.lock().ok()?.pop_front()?;
    if let Some(ms) = step.get("delayMs").and_then(Value::as_u64) {
        tokio::time::sleep(Duration::from_millis(ms.min(60_000))).await;
    }
    if step.get("drop").and_then(Value::as_bool) == Some(true) {
        return Some(Response::new(Body::new(Dropped)));
    }
    if let Some(kind) = step.get("body").and_then(Value::as_str) {
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
    let mut response = if status == StatusCode::UNPROCESSABLE_ENTITY {
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
        (status, axum::Json(json!({ "error": "scripted failure" }))).into_response()
    };
    if let Some(secs) = step.get("retryAfter").and_then(Value::as_u64) {
        if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
    }
    Some(response)
}

async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    state.requests.fetch_add(1, Ordering::SeqCst);
    if state.settings.test_controls {
        if let Some(response) = misbehave(&state).await {
            return with_cors(&state, &headers, response);
        }
    }
    let result = (|| {
        let is_json = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(Rejection::Invalid(
                "Content-Type must be application/json".into(),
            ));
        }
        let value: Value = serde_json::from_slice(&body)
            .map_err(|e| Rejection::Invalid(format!("the body is not JSON: {e}")))?;
        state.validate(&value)?;
        let key = headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| Rejection::BadKey("the Idempotency-Key header is required".into()))?;
        if Some(key) != value.get("id").and_then(Value::as_str) {
            return Err(Rejection::BadKey(
                "the Idempotency-Key header must equal the submission's id".into(),
            ));
        }
        let kind = value
            .get("kind")
            .and_then(Value::as_str)
            .unwrap_or_default();
        state.store(key, kind, &value)
    })();
    let response = match result {
        Ok((reference, created)) => {
            let status = if created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            (status, axum::Json(json!({ "reference": reference }))).into_response()
        }
        Err(r) => r.into_response(),
    };
    with_cors(&state, &headers, response)
}

async fn preflight(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    if allowed_origin(&state, &headers).is_some() {
        let h = response.headers_mut();
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("POST, OPTIONS"),
        );
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("content-type, idempotency-key, x-csrf-token"),
        );
        h.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("600"),
        );
    }
    with_cors(&state, &headers, response)
}

fn allowed_origin(state: &AppState, headers: &HeaderMap) -> Option<HeaderValue> {
    let origin = headers.get(header::ORIGIN)?;
    let text = origin.to_str().ok()?;
    state
        .settings
        .allow_origins
        .iter()
        .any(|o| o == text || o == "*")
        .then(|| origin.clone())
}

fn with_cors(state: &AppState, headers: &HeaderMap, mut response: Response) -> Response {
    if let Some(origin) = allowed_origin(state, headers) {
        let h = response.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        h.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
    response
}

async fn test_script(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    if !state.settings.test_controls {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Ok(Value::Array(steps)) = serde_json::from_slice::<Value>(&body) else {
        return Rejection::Invalid("the script must be a JSON array of steps".into())
            .into_response();
    };
    match state.script.lock() {
        Ok(mut script) => {
            *script = steps.into();
            StatusCode::NO_CONTENT.into_response()
        }
        Err(_) => Rejection::Storage("script lock poisoned".into()).into_response(),
    }
}

async fn csp_report(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    if !state.settings.test_controls {
        return StatusCode::NOT_FOUND.into_response();
    }
    if let Ok(mut reports) = state.csp_reports.lock() {
        if reports.len() < 1000 {
            reports.push(String::from_utf8_lossy(&body).chars().take(4000).collect());
        }
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn csp_reports(State(state): State<AppState>) -> Response {
    if !state.settings.test_controls {
        return StatusCode::NOT_FOUND.into_response();
    }
    let reports = state
        .csp_reports
        .lock()
        .map(|r| r.clone())
        .unwrap_or_default();
    axum::Json(json!(reports)).into_response()
}

async fn test_stats(State(state): State<AppState>) -> Response {
    if !state.settings.test_controls {
        return StatusCode::NOT_FOUND.into_response();
    }
    let queued = state.script.lock().map(|s| s.len()).unwrap_or(0);
    axum::Json(json!({ "requests": state.requests.load(Ordering::SeqCst), "scriptLeft": queued }))
        .into_response()
}

async fn test_submissions(State(state): State<AppState>) -> Response {
    if !state.settings.test_controls {
        return StatusCode::NOT_FOUND.into_response();
    }
    match state.all() {
        Ok(rows) => axum::Json(Value::Array(rows)).into_response(),
        Err(r) => r.into_response(),
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "text/plain; charset=utf-8",
    }
}

/// Maps a request path to a file under `root`, refusing anything that could
/// leave it.
pub fn resolve(root: &Path, uri_path: &str) -> Option<PathBuf> {
    let rel = uri_path.trim_start_matches('/');
    let mut path = root.to_path_buf();
    for part in Path::new(rel).components() {
        match part {
            Component::Normal(p) => path.push(p),
            _ => return None,
        }
    }
    if rel.is_empty() || uri_path.ends_with('/') || path.is_dir() {
        path.push("index.html");
    }
    Some(path)
}

async fn static_file(State(state): State<AppState>, method: Method, uri: Uri) -> Response {
    let Some(root) = state.settings.www.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let Some(path) = resolve(root, uri.path()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let csp = if state.settings.test_controls {
        format!("{CSP}; report-uri /api/_test/csp-report")
    } else {
        CSP.to_string()
    };
    match tokio::fs::read(&path).await {
        Ok(bytes) => Response::builder()
            .header(header::CONTENT_TYPE, content_type(&path))
            .header(header::CONTENT_SECURITY_POLICY, csp)
            .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
            .header(header::CACHE_CONTROL, "no-store")
            .header(header::REFERRER_POLICY, "no-referrer")
            .body(Body::from(bytes))
            .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/api/submissions", post(submit).options(preflight))
        .route("/api/_test/submissions", get(test_submissions))
        .route("/api/_test/script", post(test_script))
        .route("/api/_test/stats", get(test_stats))
        .route("/api/_test/csp-report", post(csp_report).get(csp_reports))
        .fallback(static_file)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    const KEY: &str = "0b6f2c1e-9d3a-4f5b-8c7d-112233445566";

    fn submission() -> Value {
        json!({
            "schema": SCHEMA, "id": KEY, "createdAt": "2026-11-22T10:00:00.000Z",
            "kind": "complaint", "contactedBefore": false, "locale": "nl", "market": "NL",
            "fields": {
                "complaint_category": "refund",
                "what_went_wrong": "Refund missing",
                "wanted_outcome": "Pay it back"
            },

            "contact": { "name": "Anna", "email": "anna@example.nl" }
        })
    }

    async fn post_json(app: &Router, body: String, key: Option<&str>) -> (StatusCode, Value) {
        let mut req = Request::post("/api/submissions").header("content-type", "application/json");
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        let res = app
            .clone()
            .oneshot(req.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    fn state() -> AppState {
        AppState::open(":memory:", Settings::default()).unwrap()
    }

    #[tokio::test]
    async fn same_key_twice_stores_one_row_and_returns_the_same_reference() {
        let state = state();
        let app = app(state.clone());
        let (s1, b1) = post_json(&app, submission().to_string(), Some(KEY)).await;
        let (s2, b2) = post_json(&app, submission().to_string(), Some(KEY)).await;
        assert_eq!((s1, s2), (StatusCode::CREATED, StatusCode::OK));
        assert_eq!(b1["reference"], b2["reference"]);
        assert_eq!(b1["reference"], "CW-0B6F-0001");
        assert_eq!(state.all().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn invalid_submissions_are_refused_with_a_clear_error() {
        let app = app(state());
        let mut wrong_schema = submission();
        wrong_schema["schema"] = json!("other/v9");
        let (s, b) = post_json(&app, wrong_schema.to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(b["error"].as_str().unwrap().contains("schema"));
        let mut bad_kind = submission();
        bad_kind["kind"] = json!("rant");
        let (_, b) = post_json(&app, bad_kind.to_string(), Some(KEY)).await;
        assert!(b["error"].as_str().unwrap().contains("/kind"), "{b}");
        let mut markup = submission();
        markup["contact"]["email"] = json!("<script>@x");
        let (s, b) = post_json(&app, markup.to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(
            b["error"].as_str().unwrap().contains("/contact/email"),
            "{b}"
        );
        let mut gate = submission();
        gate["contactedBefore"] = json!(true);
        let (s, _) = post_json(&app, gate.to_string(), Some(KEY)).await;
        assert_eq!(
            s,
            StatusCode::BAD_REQUEST,
            "a complaint says it is a first contact"
        );
        let (s, _) = post_json(&app, "<html>".into(), Some(KEY)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        let (s, b) = post_json(&app, submission().to_string(), None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(b["error"].as_str().unwrap().contains("Idempotency-Key"));
    }

    #[tokio::test]
    async fn bodies_over_the_limit_are_refused() {
        let app = app(state());
        let mut big = submission();
        big["fields"]["what_went_wrong"] = json!("x".repeat(BODY_LIMIT));
        let (s, _) = post_json(&app, big.to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[test]
    fn static_paths_cannot_leave_the_root() {
        let root = Path::new("/srv/www");
        assert_eq!(
            resolve(root, "/"),
            Some(PathBuf::from("/srv/www/index.html"))
        );
        assert_eq!(
            resolve(root, "/pkg/a.js"),
            Some(PathBuf::from("/srv/www/pkg/a.js"))
        );
        assert_eq!(resolve(root, "/../etc/passwd"), None);
        assert_eq!(resolve(root, "/a/../../b"), None);
    }

    #[test]
    fn references_are_readable() {
        assert_eq!(reference_for("abcd-ef", 42), "CW-ABCD-0042");
    }

    /// Every payload the widget builds, from each named state that can be
    /// sent, matches the schema the endpoint enforces.
    #[test]
    fn every_payload_the_widget_builds_matches_the_schema() {
        use complaint_widget::fixtures::{fixture, NAMES};
        use complaint_widget::payload::build;
        let validator = Validator::new().unwrap();
        let mut checked = 0;
        for name in NAMES {
            let form = fixture(name).unwrap().form;
            let Some(p) = build(&form, KEY, "2026-11-22T10:00:00.123Z", "nl", "NL") else {
                continue;
            };
            if !form.errors_of(form.kind().unwrap().step()).is_empty() {
                continue;
            }
            let value = serde_json::from_str::<Value>(&p.to_json()).unwrap();
            validator
                .check(&value)
                .unwrap_or_else(|e| panic!("{name}: {e}\n{value:#}"));
            checked += 1;
        }
        assert!(checked >= 3, "checked {checked} payloads");

        // And one complete form of every kind, filled through the model.
        use complaint_widget::form::{FieldId as F, Form, Kind, Outcome, Step};
        let filled: Vec<(Kind, Vec<(F, &str)>)> = vec![
            (
                Kind::Complaint,
                vec![
                    (F::ContactedBefore, "no"),
                    (F::ComplaintCategory, "refund"),
                    (F::OrderReference, "ORD-2024/0012"),
                    (F::WhatWentWrong, "Charged twice"),
                    (F::WantedOutcome, "Refund"),
                    (F::Phone, "+31 20 808 28 52"),
                ],
            ),
            (
                Kind::PurchaseProblem,
                vec![
                    (F::PurchaseIssue, "return-not-confirmed"),
                    (F::OrderReference, "ORD-9001"),
                    (F::Seller, "Fietsen BV"),
                    (F::ReturnTracking, "3SABC1234567"),
                    (F::ProblemDescription, "Sent back on 2 June"),
                ],
            ),
            (
                Kind::Feedback,
                vec![
                    (F::FeedbackTopic, "other"),
                    (F::FeedbackMessage, "Fine"),
                    (F::ReplyWanted, "yes"),
                ],
            ),
        ];
        for (kind, answers) in filled {
            let mut form = Form::new();
            form.choose(kind);
            for (f, v) in answers
                .iter()
                .chain([(F::Name, "Anna"), (F::Email, "anna@example.nl")].iter())
            {
                form.set(*f, v);
            }
            assert_eq!(form.submit(), Outcome::Moved(Step::Privacy), "{kind:?}");
            let p = build(&form, KEY, "2026-11-22T10:00:00Z", "en", "").unwrap();
            let value = serde_json::from_str::<Value>(&p.to_json()).unwrap();
            validator
                .check(&value)
                .unwrap_or_else(|e| panic!("{kind:?}: {e}\n{value:#}"));
        }
    }
}
