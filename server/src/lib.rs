//! The reference endpoint for complaint-widget.
//!
//! `POST /api/submissions` takes one submission (schema
//! `complaint-widget/v1`), checks it, stores it in SQLite and answers with a
//! human-readable reference. The same `Idempotency-Key` twice stores one row
//! and returns the same reference. It also serves a folder of static files
//! (the demo pages) under a strict Content-Security-Policy.
//!
//! The routes the end-to-end tests use (`/api/_test/*`) exist only in a build
//! with the `test-controls` feature, and there only when
//! [`Settings::test_controls`] is set.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

pub mod inbox;
#[cfg(feature = "test-controls")]
mod test_controls;

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
    /// Expose `/api/_test/*` for the end-to-end tests. Only a build with the
    /// `test-controls` feature has those routes; without it this does nothing.
    pub test_controls: bool,
}

/// Shared state: the database, the settings, the compiled schema, and in a
/// build with test controls, what the test routes keep.
#[derive(Clone)]
pub struct AppState {
    db: Arc<Mutex<Connection>>,
    settings: Arc<Settings>,
    validator: Arc<Validator>,
    #[cfg(feature = "test-controls")]
    controls: Arc<test_controls::Controls>,
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
        // Draft 2020-12 treats `format` as an annotation only; the endpoint
        // asserts it, so `createdAt` must be a date and time that exist.
        compiler.enable_format_assertions();
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
            #[cfg(feature = "test-controls")]
            controls: Arc::default(),
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

async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    #[cfg(feature = "test-controls")]
    if let Some(response) = test_controls::before_submit(&state).await {
        return with_cors(&state, &headers, response);
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
    #[cfg(feature = "test-controls")]
    let csp = test_controls::csp(&state);
    #[cfg(not(feature = "test-controls"))]
    let csp = CSP;
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
    let router = Router::new().route("/api/submissions", post(submit).options(preflight));
    #[cfg(feature = "test-controls")]
    let router = if state.settings.test_controls {
        router.merge(test_controls::routes())
    } else {
        router
    };
    router
        .merge(inbox::routes())
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

    /// A submission with its own id, for tests that store many.
    fn submission_numbered(n: usize) -> (String, Value) {
        let key = format!("0b6f2c1e-9d3a-4f5b-8c7d-{n:012x}");
        let mut s = submission();
        s["id"] = json!(key);
        (key, s)
    }

    /// The schema applies the widget's email rule: every shared vector is
    /// stored or refused (naming `/contact/email`) as `is_email` says.
    #[tokio::test]
    async fn the_schema_email_rule_matches_the_shared_vectors() {
        use complaint_widget::form::rules::is_email;
        let doc: Value =
            serde_json::from_str(include_str!("../../schema/email-vectors.json")).unwrap();
        let app = app(state());
        let mut wrong = Vec::new();
        let mut n = 0;
        for (list, valid) in [("valid", true), ("invalid", false)] {
            let emails = doc[list].as_array().unwrap();
            assert!(emails.len() >= 25, "{list}");
            for email in emails {
                n += 1;
                let (key, mut s) = submission_numbered(n);
                s["contact"]["email"] = email.clone();
                let (status, body) = post_json(&app, s.to_string(), Some(&key)).await;
                let as_listed = if valid {
                    status == StatusCode::CREATED
                } else {
                    status == StatusCode::BAD_REQUEST
                        && body["error"]
                            .as_str()
                            .is_some_and(|e| e.contains("/contact/email"))
                };
                if !as_listed {
                    wrong.push(format!(
                        "{list} {email}: the endpoint answered {status} {body}"
                    ));
                }
                if is_email(email.as_str().unwrap()) != valid {
                    wrong.push(format!("{list} {email}: is_email disagrees"));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[tokio::test]
    async fn created_at_must_be_a_real_date_and_time() {
        let app = app(state());
        let mut n = 0;
        for bad in [
            "9999-99-99T99:99:99Z",
            "2026-13-01T10:00:00Z",
            "2026-02-30T10:00:00.000Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T10:60:00Z",
        ] {
            n += 1;
            let (key, mut s) = submission_numbered(n);
            s["createdAt"] = json!(bad);
            let (status, body) = post_json(&app, s.to_string(), Some(&key)).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
            assert!(
                body["error"].as_str().unwrap().contains("/createdAt"),
                "{bad}: {body}"
            );
        }
        for good in [
            "2026-11-22T10:00:00Z",
            "2024-02-29T23:59:59.999Z",
            "2026-01-01T00:00:00.1Z",
        ] {
            n += 1;
            let (key, mut s) = submission_numbered(n);
            s["createdAt"] = json!(good);
            let (status, body) = post_json(&app, s.to_string(), Some(&key)).await;
            assert_eq!(status, StatusCode::CREATED, "{good}: {body}");
        }
    }

    /// A folder with one page, for the static-file tests.
    fn www(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("cw-www-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
        dir
    }

    async fn get(app: &Router, path: &str) -> Response {
        app.clone()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap()
    }

    async fn post(app: &Router, path: &str, body: &str) -> StatusCode {
        let req = Request::post(path).body(Body::from(body.to_string()));
        app.clone().oneshot(req.unwrap()).await.unwrap().status()
    }

    #[cfg(feature = "test-controls")]
    async fn body_json(res: Response) -> Value {
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        serde_json::from_slice(&bytes).unwrap()
    }

    /// In a build with the feature, the test routes are there when the
    /// settings ask for them, and only then.
    #[cfg(feature = "test-controls")]
    #[tokio::test]
    async fn a_build_with_the_feature_serves_test_routes_when_asked() {
        let dir = www("feature");
        let settings = Settings {
            www: Some(dir.clone()),
            test_controls: true,
            ..Settings::default()
        };
        let app_on = app(AppState::open(":memory:", settings).unwrap());
        let script = r#"[{"status": 503}, {"status": 422, "fields": ["email"]}]"#;
        let scripted = post(&app_on, "/api/_test/script", script).await;
        assert_eq!(scripted, StatusCode::NO_CONTENT);
        let (s, _) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
        let (s, b) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(
            (s, &b["errors"][0]["field"]),
            (StatusCode::UNPROCESSABLE_ENTITY, &json!("email"))
        );
        let (s, _) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::CREATED);
        let stats = body_json(get(&app_on, "/api/_test/stats").await).await;
        assert_eq!(
            (&stats["requests"], &stats["scriptLeft"]),
            (&json!(3), &json!(0))
        );
        let rows = body_json(get(&app_on, "/api/_test/submissions").await).await;
        assert_eq!(rows.as_array().unwrap().len(), 1);
        let report = post(&app_on, "/api/_test/csp-report", r#"{"csp-report": {}}"#).await;
        assert_eq!(report, StatusCode::NO_CONTENT);
        let reports = body_json(get(&app_on, "/api/_test/csp-report").await).await;
        assert_eq!(reports.as_array().unwrap().len(), 1);
        let page = get(&app_on, "/").await;
        let csp = page.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        assert_eq!(csp, format!("{CSP}; report-uri /api/_test/csp-report"));

        let settings = Settings {
            www: Some(dir.clone()),
            ..Settings::default()
        };
        let app_off = app(AppState::open(":memory:", settings).unwrap());
        for path in [
            "/api/_test/submissions",
            "/api/_test/stats",
            "/api/_test/csp-report",
        ] {
            assert_eq!(
                get(&app_off, path).await.status(),
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        let page = get(&app_off, "/").await;
        assert_eq!(page.headers()[header::CONTENT_SECURITY_POLICY], CSP);
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Without the `test-controls` feature the test routes do not exist,
    /// whatever the settings say.
    #[cfg(not(feature = "test-controls"))]
    #[tokio::test]
    async fn a_build_without_the_feature_has_no_test_routes() {
        let dir = www("no-feature");
        let settings = Settings {
            www: Some(dir.clone()),
            test_controls: true,
            ..Settings::default()
        };
        let state = AppState::open(":memory:", settings).unwrap();
        let app = app(state.clone());
        for path in [
            "/api/_test/submissions",
            "/api/_test/stats",
            "/api/_test/csp-report",
        ] {
            assert_eq!(
                get(&app, path).await.status(),
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        let scripted = post(&app, "/api/_test/script", r#"[{"status":503}]"#).await;
        assert!(!scripted.is_success(), "{scripted}");
        let (status, _) = post_json(&app, submission().to_string(), Some(KEY)).await;
        assert_eq!(
            status,
            StatusCode::CREATED,
            "no scripted failure was queued"
        );
        let page = get(&app, "/").await;
        assert_eq!(page.status(), StatusCode::OK);
        let csp = page.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        assert_eq!(csp, CSP, "no report-uri to a test route");
        std::fs::remove_dir_all(dir).unwrap();
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
        use complaint_widget::fixtures::{fixture_for, NAMES};
        use complaint_widget::form::Route;
        use complaint_widget::payload::build;
        let validator = Validator::new().unwrap();
        let mut checked = 0;
        // Every operator's flows: a payment provider's and a shop's (no
        // seller, the gate's yes with or without an escalation).
        let routes =
            [false, true].map(|shop| [false, true].map(|escalation| Route { shop, escalation }));
        for (route, name) in routes
            .into_iter()
            .flatten()
            .flat_map(|r| NAMES.iter().map(move |n| (r, n)))
        {
            let form = fixture_for(name, route).unwrap().form;
            let Some(p) = build(&form, KEY, "2026-11-22T10:00:00.123Z", "nl", "NL") else {
                continue;
            };
            if !form.errors_of(form.kind().unwrap().step()).is_empty() {
                continue;
            }
            let value = serde_json::from_str::<Value>(&p.to_json()).unwrap();
            validator
                .check(&value)
                .unwrap_or_else(|e| panic!("{name} ({route:?}): {e}\n{value:#}"));
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
