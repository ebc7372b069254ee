//! The reference endpoint for complaint-widget, and the small complaints
//! inbox behind it.
//!
//! `POST /api/submissions` takes one submission (schema
//! `complaint-widget/v2`, or v1) from any shopper, as JSON or, with files,
//! as `multipart/form-data` (see [`attachments`]), checks it, stores it and
//! answers with a human-readable reference. The same `Idempotency-Key` twice stores
//! one row and returns the same reference; the same key with another body is
//! refused (422). Everything else under `/api/submissions` and `/inbox` is
//! for staff with a token. It also serves a folder of static files (the
//! demo pages) under a strict Content-Security-Policy.
//!
//! The routes the end-to-end tests use (`/api/_test/*`) exist only in a build
//! with the `test-controls` feature, and there only when
//! [`Settings::test_controls`] is set.

/// The staff JSON API: list, one submission, changes, erasure, export.
pub mod api;
/// Files sent with a submission, and the merchant's own fields.
pub mod attachments;
/// Staff tokens: hashed, compared in constant time.
pub mod auth;
/// The staff inbox pages under `/inbox`.
pub mod inbox;
/// The storage interface and its SQLite and PostgreSQL backends.
pub mod store;
#[cfg(feature = "test-controls")]
mod test_controls;
/// Signed webhook delivery from the outbox.
pub mod webhook;

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

pub use attachments::Limits;
pub use auth::StaffTokens;
pub use store::{Change, Filter, Record, Status, StoreError, Summary};
pub use webhook::Webhook;

/// The schema the widget sends: version 2 (custom fields, merchant
/// categories, attachments).
pub const SCHEMA: &str = "complaint-widget/v2";
/// Version 1, still accepted.
pub const SCHEMA_V1: &str = "complaint-widget/v1";
/// The JSON Schema of a submission (version 2), the same file the repo
/// documents.
pub const SCHEMA_JSON: &str = include_str!("../../schema/submission.v2.json");
/// The JSON Schema of a version 1 submission.
pub const SCHEMA_V1_JSON: &str = include_str!("../../schema/submission.v1.json");
const SCHEMA_URL: &str = "https://complaint-widget.invalid/schema/submission.v2.json";
const SCHEMA_V1_URL: &str = "https://complaint-widget.invalid/schema/submission.v1.json";
/// The largest JSON body accepted (and the largest `submission` part of a
/// multipart body).
pub const BODY_LIMIT: usize = 64 * 1024;
/// The policy every page is served with.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// Submissions per minute one client may send when `--rate-limit` is not
/// given (burst: the same number at once).
pub const DEFAULT_RATE_LIMIT: u32 = 120;

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
    /// Who may use the staff API and the inbox.
    pub staff: StaffTokens,
    /// Where new submissions and status changes are sent, if anywhere.
    pub webhook: Option<Webhook>,
    /// Erase closed submissions this many days after closing.
    pub retain_days: Option<u32>,
    /// Submissions per minute per client on the public POST; `None`: no
    /// limit.
    pub rate_limit: Option<u32>,
    /// How many files a submission may carry, and how large each.
    pub attachments: Limits,
    /// One line per request on stderr (`--log-requests`): method, path
    /// (never the query, which may hold a staff search for a name), status
    /// and time.
    pub log_requests: bool,
}

/// Shared state: the store, the settings, the compiled schema, and in a
/// build with test controls, what the test routes keep. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    store: store::Store,
    settings: Arc<Settings>,
    validator: Arc<Validator>,
    #[cfg(feature = "test-controls")]
    controls: Arc<test_controls::Controls>,
}

/// The compiled JSON Schemas (versions 1 and 2).
pub struct Validator {
    schemas: boon::Schemas,
    v1: boon::SchemaIndex,
    v2: boon::SchemaIndex,
}

impl Validator {
    /// Compiles [`SCHEMA_V1_JSON`] and [`SCHEMA_JSON`].
    pub fn new() -> Result<Validator, String> {
        let mut compiler = boon::Compiler::new();
        // Draft 2020-12 treats `format` as an annotation only; the endpoint
        // asserts it, so `createdAt` must be a date and time that exist.
        compiler.enable_format_assertions();
        for (url, text) in [(SCHEMA_V1_URL, SCHEMA_V1_JSON), (SCHEMA_URL, SCHEMA_JSON)] {
            let value: Value =
                serde_json::from_str(text).map_err(|e| format!("schema file {url}: {e}"))?;
            compiler
                .add_resource(url, value)
                .map_err(|e| format!("schema file {url}: {e}"))?;
        }
        let mut schemas = boon::Schemas::new();
        let v1 = compiler
            .compile(SCHEMA_V1_URL, &mut schemas)
            .map_err(|e| format!("schema file: {e}"))?;
        let v2 = compiler
            .compile(SCHEMA_URL, &mut schemas)
            .map_err(|e| format!("schema file: {e}"))?;
        Ok(Validator { schemas, v1, v2 })
    }

    /// Checks one submission against the schema it names; the error names
    /// where and what.
    pub fn check(&self, v: &Value) -> Result<(), String> {
        let named = v.get("schema").and_then(Value::as_str);
        let (index, name) = match named {
            Some(SCHEMA_V1) => (self.v1, SCHEMA_V1),
            Some(SCHEMA) => (self.v2, SCHEMA),
            _ => {
                return Err(format!(
                    "the submission's \"schema\" must be \"{SCHEMA}\" or \"{SCHEMA_V1}\""
                ))
            }
        };
        self.schemas.validate(v, index).map_err(|e| {
            let detail = format!("{e:#}");
            let first = detail
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            format!("the submission does not match schema {name}: {first}")
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
    /// The `Idempotency-Key` was used before with a different body.
    KeyReused,
    /// The body is larger than its limit; the message says which.
    TooLarge(String),
    /// One field of the form is wrong (a file or a merchant field): the
    /// status (413 or 422), the field as the widget names it
    /// (`attachments`, `attachments[1]`, `fields.custom.size`) and why.
    Field {
        /// 413 for a file too large, 422 otherwise.
        status: StatusCode,
        /// Where the widget shows the error.
        field: String,
        /// What is wrong, for the log and for other clients.
        message: String,
    },
    /// The store failed.
    Storage(String),
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            Rejection::Field {
                status,
                field,
                message,
            } => {
                return (
                    status,
                    axum::Json(json!({ "error": message, "field": field })),
                )
                    .into_response()
            }
            Rejection::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, m),
            Rejection::Invalid(m) => (StatusCode::BAD_REQUEST, m),
            Rejection::BadKey(m) => (StatusCode::BAD_REQUEST, m),
            Rejection::KeyReused => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "this Idempotency-Key was already used for a different submission; \
a new submission needs a new key (and id)"
                    .to_string(),
            ),
            Rejection::Storage(m) => {
                // The detail is for the operator's log, not for the page.
                eprintln!("complaint-endpoint: {m}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the submission could not be stored; try again later".to_string(),
                )
            }
        };
        (status, axum::Json(json!({ "error": message }))).into_response()
    }
}

impl From<StoreError> for Rejection {
    fn from(e: StoreError) -> Rejection {
        Rejection::Storage(e.to_string())
    }
}

impl AppState {
    /// Opens the database `database` names (a SQLite path, `sqlite:PATH`,
    /// `:memory:`, or a `postgres://` URL) and brings its tables up to date.
    pub async fn open(database: &str, settings: Settings) -> Result<AppState, String> {
        let validator = Validator::new()?;
        let store = store::open(database, settings.webhook.is_some())
            .await
            .map_err(|e| e.to_string())?;
        Ok(AppState {
            store,
            settings: Arc::new(settings),
            validator: Arc::new(validator),
            #[cfg(feature = "test-controls")]
            controls: Arc::default(),
        })
    }

    /// The settings the state was opened with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        self.store.backend()
    }

    /// Starts the background work the settings ask for: webhook delivery
    /// and the retention sweep (at once, then hourly). Needs a Tokio runtime.
    pub fn start_background(&self) {
        if let Some(hook) = &self.settings.webhook {
            tokio::spawn(webhook::run(self.store.clone(), Arc::new(hook.clone())));
        }
        if let Some(days) = self.settings.retain_days {
            let state = self.clone();
            tokio::spawn(async move {
                loop {
                    if let Err(e) = state.apply_retention(days).await {
                        eprintln!("complaint-endpoint: retention: {e}");
                    }
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                }
            });
        }
    }

    /// Erases every submission closed more than `days` days ago; logs the
    /// count and references (no personal data) and returns the references.
    pub async fn apply_retention(&self, days: u32) -> Result<Vec<String>, StoreError> {
        let cutoff = store::deadline::unix_now() - i64::from(days) * 86_400;
        let erased = self
            .store
            .erase_closed_before(&store::deadline::rfc3339(cutoff, 0))
            .await?;
        eprintln!(
            "complaint-endpoint: retention ({days} days after closing): erased {} submission(s){}{}",
            erased.len(),
            if erased.is_empty() { "" } else { ": " },
            erased.join(", ")
        );
        Ok(erased)
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
    pub async fn store(&self, key: &str, body: &Value) -> Result<(String, bool), Rejection> {
        self.store_with_files(key, body, Vec::new()).await
    }

    /// Stores a checked submission and its checked files (in list order)
    /// once per key; returns its reference and whether it was new. A repeat
    /// of a stored key keeps the files stored the first time.
    pub async fn store_with_files(
        &self,
        key: &str,
        body: &Value,
        files: Vec<store::NewFile>,
    ) -> Result<(String, bool), Rejection> {
        let mut new = store::NewSubmission::from_payload(key, body);
        new.files = files;
        match self.store.submit(&new).await? {
            store::Stored::Created(reference) => Ok((reference, true)),
            store::Stored::Repeated(reference) => Ok((reference, false)),
            store::Stored::KeyReused => Err(Rejection::KeyReused),
        }
    }

    /// Every stored submission, oldest first (for tests and inspection).
    pub async fn all(&self) -> Result<Vec<Value>, Rejection> {
        Ok(self.store.all().await?)
    }

    /// One page of the inbox list and the cursor of the next page.
    pub async fn list(&self, f: &Filter) -> Result<(Vec<Summary>, Option<String>), StoreError> {
        self.store.list(f).await
    }

    /// One submission with its history.
    pub async fn get(&self, reference: &str) -> Result<Option<Record>, StoreError> {
        self.store.get(reference).await
    }

    /// Applies a staff member's change; `None` if there is no such
    /// submission.
    pub async fn change(
        &self,
        reference: &str,
        actor: &str,
        c: &Change,
    ) -> Result<Option<Record>, StoreError> {
        self.store.change(reference, actor, c).await
    }

    /// Erases one submission (GDPR art. 17) with its history and webhook
    /// events, at the request of staff member `_actor`; logs the reference
    /// only (no personal data, the staff member's name included). Whether it
    /// existed.
    pub async fn erase(&self, reference: &str, _actor: &str) -> Result<bool, StoreError> {
        let found = self.store.erase(reference).await?;
        if found {
            eprintln!("complaint-endpoint: erased {reference} on a staff request");
        }
        Ok(found)
    }

    /// Moves a submission `days` days into the past (arrival, due date,
    /// closing), for tests of deadlines and retention.
    #[cfg(any(test, feature = "test-controls"))]
    pub async fn backdate(&self, reference: &str, days: i64) -> Result<bool, StoreError> {
        self.store.backdate(reference, days).await
    }

    /// The staff member a request comes from (bearer token or the inbox
    /// cookie), if any.
    pub fn staff(&self, headers: &HeaderMap) -> Option<String> {
        self.settings.staff.staff(headers)
    }
}

async fn submit(State(state): State<AppState>, req: axum::extract::Request) -> Response {
    #[cfg(feature = "test-controls")]
    if let Some(response) = test_controls::before_submit(&state).await {
        return response;
    }
    match accept(&state, req).await {
        Ok((reference, created)) => {
            let status = if created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            (status, axum::Json(json!({ "reference": reference }))).into_response()
        }
        Err(r) => r.into_response(),
    }
}

/// Reads, checks and stores one submission: a JSON body, or a
/// `multipart/form-data` body with the document and its files.
async fn accept(
    state: &AppState,
    req: axum::extract::Request,
) -> Result<(String, bool), Rejection> {
    let headers = req.headers().clone();
    let media_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let limits = state.settings.attachments;
    let (value, parts) = match media_type.as_str() {
        "application/json" => {
            let body = axum::body::to_bytes(req.into_body(), BODY_LIMIT)
                .await
                .map_err(|_| {
                    Rejection::TooLarge(format!(
                        "the body is larger than {}",
                        attachments::size_text(BODY_LIMIT as u64)
                    ))
                })?;
            (parse(&body)?, None)
        }
        "multipart/form-data" => {
            let parts = attachments::read(req, limits).await?;
            (parse(&parts.submission)?, Some(parts))
        }
        _ => {
            return Err(Rejection::Invalid(
                "Content-Type must be application/json, or multipart/form-data with files".into(),
            ))
        }
    };
    if value.get("schema").and_then(Value::as_str) == Some(SCHEMA) {
        attachments::check_custom(&value)?;
    }
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
    let files = match parts {
        Some(parts) => attachments::check(&value, parts, limits)?,
        None => {
            attachments::check_json_has_no_files(&value)?;
            Vec::new()
        }
    };
    state.store_with_files(key, &value, files).await
}

fn parse(body: &[u8]) -> Result<Value, Rejection> {
    serde_json::from_slice(body)
        .map_err(|e| Rejection::Invalid(format!("the body is not JSON: {e}")))
}

/// The rate limit's key: the peer's IP address (127.0.0.1 for requests
/// that come without one, as in tests that call the router directly).
/// Behind a reverse proxy every request has the proxy's address; limit
/// there instead.
#[derive(Clone, Copy, Debug)]
struct ClientIp;

impl KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        Ok(req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)))
    }
}

fn too_many(e: GovernorError) -> Response {
    match e {
        GovernorError::TooManyRequests { wait_time, .. } => {
            let wait = wait_time.max(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, wait.to_string())],
                axum::Json(json!({
                    "error": format!("too many submissions from this address; try again in {wait} s")
                })),
            )
                .into_response()
        }
        other => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({ "error": format!("rate limit: {other}") })),
        )
            .into_response(),
    }
}

/// The whole application. Serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()` so that the rate
/// limit sees each client's address.
pub fn app(state: AppState) -> Router {
    let origins = state.settings.allow_origins.clone();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin, _| {
            origin
                .to_str()
                .is_ok_and(|o| origins.iter().any(|a| a == o || a == "*"))
        }))
        .allow_methods([Method::POST, Method::OPTIONS])
        .allow_headers([
            header::CONTENT_TYPE,
            HeaderName::from_static("idempotency-key"),
            HeaderName::from_static("x-csrf-token"),
        ])
        .expose_headers([header::RETRY_AFTER])
        .max_age(Duration::from_secs(600));
    let public = match state.settings.rate_limit {
        Some(per_minute) if per_minute > 0 => {
            let period = Duration::from_millis((60_000 / u64::from(per_minute)).max(1));
            let config = GovernorConfigBuilder::default()
                .period(period)
                .burst_size(per_minute)
                .methods(vec![Method::POST])
                .key_extractor(ClientIp)
                .finish()
                .map(Arc::new);
            match config {
                Some(config) => {
                    let limiter = config.limiter().clone();
                    if tokio::runtime::Handle::try_current().is_ok() {
                        tokio::spawn(async move {
                            loop {
                                tokio::time::sleep(Duration::from_secs(60)).await;
                                limiter.retain_recent();
                            }
                        });
                    }
                    axum::routing::post(submit)
                        .layer(GovernorLayer::new(config).error_handler(too_many))
                }
                None => post(submit),
            }
        }
        _ => post(submit),
    };
    let router = Router::new().merge(api::routes());
    #[cfg(feature = "test-controls")]
    let csp = test_controls::csp(&state);
    #[cfg(not(feature = "test-controls"))]
    let csp = CSP.to_string();
    #[cfg(feature = "test-controls")]
    let router = if state.settings.test_controls {
        router.merge(test_controls::routes())
    } else {
        router
    };
    // Every route but the public POST takes at most BODY_LIMIT; that one
    // reads its own limits (JSON: BODY_LIMIT; multipart: the files').
    let router = router
        .merge(inbox::routes())
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .route(
            "/api/submissions",
            public
                .get(api::list)
                .layer::<_, Infallible>(DefaultBodyLimit::max(state.settings.attachments.total()))
                .layer::<_, Infallible>(cors.clone()),
        );
    let router = match &state.settings.www {
        Some(root) => router.fallback_service(ServeDir::new(root)),
        None => router,
    };
    let csp = HeaderValue::from_str(&csp).unwrap_or(HeaderValue::from_static(CSP));
    let router = if state.settings.log_requests {
        router.layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| {
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
                })
                .on_request(())
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
    } else {
        router
    };
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

/// Support for tests (here and in `server/tests/`): a fresh database on the
/// backend `CW_TEST_DATABASE` names (a `postgres://` URL gets a new schema
/// per call), else SQLite in memory.
#[doc(hidden)]
pub mod testing {
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A database no other test uses.
    pub async fn fresh_database() -> Result<String, String> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let Some(url) = std::env::var("CW_TEST_DATABASE")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            return Ok(":memory:".into());
        };
        if !url.starts_with("postgres") {
            return Ok(url);
        }
        let schema = format!(
            "t{}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst),
            crate::store::deadline::unix_now()
        );
        let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        let task = tokio::spawn(connection);
        client
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .await
            .map_err(|e| e.to_string())?;
        drop(client);
        let _ = task.await;
        let sep = if url.contains('?') { '&' } else { '?' };
        Ok(format!("{url}{sep}options=-csearch_path%3D{schema}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
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

    async fn state() -> AppState {
        state_with(Settings::default()).await
    }

    /// A state on a fresh database of the backend under test.
    async fn state_with(settings: Settings) -> AppState {
        let db = testing::fresh_database().await.unwrap();
        AppState::open(&db, settings).await.unwrap()
    }

    #[tokio::test]
    async fn same_key_twice_stores_one_row_and_returns_the_same_reference() {
        let state = state().await;
        let app = app(state.clone());
        let (s1, b1) = post_json(&app, submission().to_string(), Some(KEY)).await;
        let (s2, b2) = post_json(&app, submission().to_string(), Some(KEY)).await;
        assert_eq!((s1, s2), (StatusCode::CREATED, StatusCode::OK));
        assert_eq!(b1["reference"], b2["reference"]);
        assert_eq!(b1["reference"], "CW-0B6F-0001");
        assert_eq!(state.all().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn invalid_submissions_are_refused_with_a_clear_error() {
        let app = app(state().await);
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
        let app = app(state().await);
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
        let app = app(state().await);
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
        let app_on = app(state_with(settings).await);
        let script = r#"[{"status": 503}, {"status": 422, "fields": ["email"]},
            {"status": 413, "field": "attachments[1]", "error": "too big"}]"#;
        let scripted = post(&app_on, "/api/_test/script", script).await;
        assert_eq!(scripted, StatusCode::NO_CONTENT);
        let (s, _) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
        let (s, b) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(
            (s, &b["errors"][0]["field"]),
            (StatusCode::UNPROCESSABLE_ENTITY, &json!("email"))
        );
        let (s, b) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(
            (s, b),
            (
                StatusCode::PAYLOAD_TOO_LARGE,
                json!({"error": "too big", "field": "attachments[1]"})
            )
        );
        let (s, _) = post_json(&app_on, submission().to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::CREATED);
        let stats = body_json(get(&app_on, "/api/_test/stats").await).await;
        assert_eq!(
            (&stats["requests"], &stats["scriptLeft"]),
            (&json!(4), &json!(0))
        );
        let rows = body_json(get(&app_on, "/api/_test/submissions").await).await;
        assert_eq!(rows.as_array().unwrap().len(), 1);
        assert_eq!(rows[0]["attachments"], json!([]));
        let day = |rows: &Value| {
            store::deadline::Day::parse(rows[0]["receivedAt"].as_str().unwrap()).unwrap()
        };
        let arrived = day(&rows);
        let backdate = json!({"reference": rows[0]["reference"], "days": 40}).to_string();
        let moved = post(&app_on, "/api/_test/backdate", &backdate).await;
        assert_eq!(moved, StatusCode::NO_CONTENT);
        let rows = body_json(get(&app_on, "/api/_test/submissions").await).await;
        assert_eq!(day(&rows).0, arrived.0 - 40);
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
        let app_off = app(state_with(settings).await);
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
        let state = state_with(settings).await;
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
        let app = app(state().await);
        let mut big = submission();
        big["fields"]["what_went_wrong"] = json!("x".repeat(BODY_LIMIT));
        let (s, _) = post_json(&app, big.to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    }

    /// The backend `CW_TEST_DATABASE` names is the one these tests use.
    #[tokio::test]
    async fn the_tests_run_on_the_backend_asked_for() {
        let want = match std::env::var("CW_TEST_DATABASE") {
            Ok(u) if u.starts_with("postgres") => "postgres",
            _ => "sqlite",
        };
        assert_eq!(state().await.backend(), want);
    }

    #[tokio::test]
    async fn a_key_reused_with_another_body_is_refused() {
        let state = state().await;
        let app = app(state.clone());
        let (s1, b1) = post_json(&app, submission().to_string(), Some(KEY)).await;
        assert_eq!(s1, StatusCode::CREATED);
        // The same submission with its keys in another order is the same.
        let reordered: Value = serde_json::from_str(&submission().to_string()).unwrap();
        let mut text = String::from("{");
        let map = reordered.as_object().unwrap();
        let mut keys: Vec<_> = map.keys().collect();
        keys.reverse();
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(&format!("{}:{}", Value::String(k.to_string()), map[*k]));
        }
        text.push('}');
        let (s2, b2) = post_json(&app, text, Some(KEY)).await;
        assert_eq!((s2, &b2["reference"]), (StatusCode::OK, &b1["reference"]));
        let mut other = submission();
        other["fields"]["what_went_wrong"] = json!("Something else entirely");
        let (s3, b3) = post_json(&app, other.to_string(), Some(KEY)).await;
        assert_eq!(s3, StatusCode::UNPROCESSABLE_ENTITY, "{b3}");
        assert!(
            b3["error"].as_str().unwrap().contains("Idempotency-Key"),
            "{b3}"
        );
        assert_eq!(state.all().await.unwrap().len(), 1);
    }

    const TOKEN: &str = "0123456789abcdef0123";

    fn staff_settings() -> Settings {
        Settings {
            staff: StaffTokens::parse(&format!("anna:{TOKEN}")).unwrap(),
            ..Settings::default()
        }
    }

    /// A staff request with the token (or without, when `token` is None).
    async fn staff(
        app: &Router,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, HeaderMap, String) {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let req = match body {
            Some(b) => req
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        };
        let res = app.clone().oneshot(req.unwrap()).await.unwrap();
        let (status, headers) = (res.status(), res.headers().clone());
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            headers,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    async fn staff_json(app: &Router, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, _, text) = staff(app, method, path, Some(TOKEN), body).await;
        assert!(status.is_success(), "{method} {path}: {status} {text}");
        serde_json::from_str(&text).unwrap()
    }

    #[tokio::test]
    async fn staff_routes_need_a_token() {
        let app = app(state_with(staff_settings()).await);
        let (_, b) = post_json(&app, submission().to_string(), Some(KEY)).await;
        let reference = b["reference"].as_str().unwrap().to_string();
        for (method, path) in [
            ("GET", "/api/submissions".to_string()),
            ("GET", format!("/api/submissions/{reference}")),
            ("PATCH", format!("/api/submissions/{reference}")),
            ("DELETE", format!("/api/submissions/{reference}")),
            ("GET", "/api/submissions/export?format=csv".to_string()),
        ] {
            for token in [None, Some("0123456789abcdef0124")] {
                let (status, headers, _) = staff(&app, method, &path, token, None).await;
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
                assert!(headers[header::WWW_AUTHENTICATE]
                    .to_str()
                    .unwrap()
                    .starts_with("Bearer"));
            }
        }
        let list = staff_json(&app, "GET", "/api/submissions", None).await;
        assert_eq!(list["items"][0]["reference"], reference.as_str());
    }

    #[tokio::test]
    async fn staff_triage_a_submission_through_the_api() {
        let app = app(state_with(staff_settings()).await);
        let (_, b) = post_json(&app, submission().to_string(), Some(KEY)).await;
        let reference = b["reference"].as_str().unwrap().to_string();
        let path = format!("/api/submissions/{reference}");
        let record = staff_json(&app, "GET", &path, None).await;
        assert_eq!(record["status"], "new");
        assert_eq!(record["market"], "NL");
        assert_eq!(record["language"], "nl");
        assert_eq!(record["overdue"], false);
        assert_eq!(record["submission"]["contact"]["email"], "anna@example.nl");
        assert_eq!(record["attachments"], json!([]));
        assert_eq!(record["history"][0]["action"], "created");
        // A complaint in the Netherlands is due 14 days after it arrived.
        let arrived = store::deadline::Day::parse(record["createdAt"].as_str().unwrap()).unwrap();
        assert_eq!(record["due"], store::deadline::Day(arrived.0 + 14).iso());

        let change = json!({"status": "in_progress", "assignee": "Bo", "note": "Called the shop"});
        let record = staff_json(&app, "PATCH", &path, Some(change)).await;
        assert_eq!(
            (&record["status"], &record["assignee"]),
            (&json!("in_progress"), &json!("Bo"))
        );
        let history: Vec<(String, String)> = record["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["action"].as_str().unwrap().to_string(),
                    e["actor"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            history,
            [
                ("created", "shopper"),
                ("status", "anna"),
                ("assignee", "anna"),
                ("note", "anna")
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert_eq!(record["history"][1]["from"], "new");
        assert_eq!(record["history"][1]["to"], "in_progress");
        assert_eq!(record["history"][3]["text"], "Called the shop");

        let (status, _, text) = staff(
            &app,
            "PATCH",
            &path,
            Some(TOKEN),
            Some(json!({"status": "done"})),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(text.contains("in_progress"), "{text}");
        let (status, _, _) = staff(
            &app,
            "PATCH",
            "/api/submissions/CW-0000-9999",
            Some(TOKEN),
            Some(json!({"note": "x"})),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        let csv = staff(
            &app,
            "GET",
            "/api/submissions/export?format=csv",
            Some(TOKEN),
            None,
        )
        .await;
        assert_eq!(csv.0, StatusCode::OK);
        assert!(csv.1[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        let lines: Vec<&str> = csv.2.lines().collect();
        assert_eq!(lines.len(), 2, "{}", csv.2);
        assert!(lines[0].starts_with("reference,kind,market"));
        assert!(lines[1].starts_with(&format!("{reference},complaint,NL,nl,in_progress,Bo,")));
        assert!(lines[1].contains("anna@example.nl"));
        let nd = staff(
            &app,
            "GET",
            "/api/submissions/export?format=ndjson&status=in_progress",
            Some(TOKEN),
            None,
        )
        .await;
        let first: Value = serde_json::from_str(nd.2.lines().next().unwrap()).unwrap();
        assert_eq!(first["reference"], reference.as_str());
        let none = staff(
            &app,
            "GET",
            "/api/submissions/export?format=ndjson&status=closed",
            Some(TOKEN),
            None,
        )
        .await;
        assert_eq!(none.2, "");

        let (status, _, _) = staff(&app, "DELETE", &path, Some(TOKEN), None).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _, _) = staff(&app, "GET", &path, Some(TOKEN), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // The key is free again once the submission is erased, and the
        // erased reference is never given again.
        let (s, b) = post_json(&app, submission().to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::CREATED);
        assert_ne!(b["reference"], reference.as_str());
    }

    #[tokio::test]
    async fn the_list_filters_pages_and_puts_overdue_first() {
        let state = state_with(staff_settings()).await;
        let app = app(state.clone());
        let mut refs = Vec::new();
        for n in 0..7 {
            let (key, mut s) = submission_numbered(100 + n);
            if n % 2 == 1 {
                s["market"] = json!("FR");
                s["fields"]["what_went_wrong"] = json!(format!("Colis perdu numéro {n}"));
            }
            let (status, b) = post_json(&app, s.to_string(), Some(&key)).await;
            assert_eq!(status, StatusCode::CREATED, "{b}");
            refs.push(b["reference"].as_str().unwrap().to_string());
        }
        // The fifth arrived 40 days ago: past its due date, so first.
        assert!(state.backdate(&refs[4], 40).await.unwrap());
        let mut seen = Vec::new();
        let mut path = "/api/submissions?limit=3".to_string();
        for _ in 0..5 {
            let page = staff_json(&app, "GET", &path, None).await;
            for item in page["items"].as_array().unwrap() {
                seen.push((
                    item["reference"].as_str().unwrap().to_string(),
                    item["overdue"].as_bool().unwrap(),
                ));
            }
            match page["next"].as_str() {
                Some(next) => path = format!("/api/submissions?limit=3&after={next}"),
                None => break,
            }
        }
        assert_eq!(seen.len(), 7, "{seen:?}");
        assert_eq!(seen[0], (refs[4].clone(), true));
        assert!(seen[1..].iter().all(|(_, late)| !late));
        let mut unique: Vec<_> = seen.iter().map(|s| s.0.clone()).collect();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 7);

        let count = |v: Value| v["items"].as_array().unwrap().len();
        let fr = staff_json(&app, "GET", "/api/submissions?market=fr", None).await;
        assert_eq!(count(fr), 3);
        let late = staff_json(&app, "GET", "/api/submissions?overdue=true", None).await;
        assert_eq!(late["items"][0]["reference"], refs[4].as_str());
        assert_eq!(count(late), 1);
        let found = staff_json(&app, "GET", "/api/submissions?q=COLIS%20PERDU", None).await;
        assert_eq!(count(found), 3);
        let by_ref = staff_json(
            &app,
            "GET",
            &format!("/api/submissions?q={}", refs[2]),
            None,
        )
        .await;
        assert_eq!(count(by_ref), 1);
        let wildcard = staff_json(&app, "GET", "/api/submissions?q=%25", None).await;
        assert_eq!(count(wildcard), 0, "% is a character, not a wildcard");
        // Answered is not overdue, whatever the date.
        staff_json(
            &app,
            "PATCH",
            &format!("/api/submissions/{}", refs[4]),
            Some(json!({"status": "answered"})),
        )
        .await;
        let late = staff_json(&app, "GET", "/api/submissions?overdue=true", None).await;
        assert_eq!(count(late), 0);
        for bad in ["status=done", "overdue=maybe", "limit=0", "after=zz"] {
            let (status, _, text) = staff(
                &app,
                "GET",
                &format!("/api/submissions?{bad}"),
                Some(TOKEN),
                None,
            )
            .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {text}");
        }
    }

    #[tokio::test]
    async fn closed_submissions_are_erased_after_the_retention_period() {
        let state = state_with(staff_settings()).await;
        let app = app(state.clone());
        let mut refs = Vec::new();
        for n in 0..3 {
            let (key, s) = submission_numbered(200 + n);
            let (_, b) = post_json(&app, s.to_string(), Some(&key)).await;
            refs.push(b["reference"].as_str().unwrap().to_string());
        }
        for r in &refs[..2] {
            staff_json(
                &app,
                "PATCH",
                &format!("/api/submissions/{r}"),
                Some(json!({"status": "closed"})),
            )
            .await;
        }
        // Closed 31 days ago, closed today, open for 31 days.
        state.backdate(&refs[0], 31).await.unwrap();
        state.backdate(&refs[2], 31).await.unwrap();
        let erased = state.apply_retention(30).await.unwrap();
        assert_eq!(erased, vec![refs[0].clone()]);
        let left: Vec<Value> = state.all().await.unwrap();
        let left: Vec<&str> = left
            .iter()
            .map(|r| r["reference"].as_str().unwrap())
            .collect();
        assert_eq!(left, [refs[1].as_str(), refs[2].as_str()]);
    }

    #[tokio::test]
    async fn a_client_over_the_rate_limit_is_told_when_to_retry() {
        let settings = Settings {
            rate_limit: Some(3),
            allow_origins: vec!["https://shop.example".into()],
            ..Settings::default()
        };
        let app = app(state_with(settings).await);
        for n in 0..3 {
            let (key, s) = submission_numbered(300 + n);
            let (status, _) = post_json(&app, s.to_string(), Some(&key)).await;
            assert_eq!(status, StatusCode::CREATED);
        }
        let (key, s) = submission_numbered(303);
        let req = Request::post("/api/submissions")
            .header("content-type", "application/json")
            .header("idempotency-key", key)
            .header(header::ORIGIN, "https://shop.example")
            .body(Body::from(s.to_string()))
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = res.headers()[header::RETRY_AFTER]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=20).contains(&wait), "{wait}");
        // The shop's page can read the answer and its Retry-After.
        assert_eq!(
            res.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN],
            "https://shop.example"
        );
        assert!(res.headers()[header::ACCESS_CONTROL_EXPOSE_HEADERS]
            .to_str()
            .unwrap()
            .contains("retry-after"));
    }

    #[tokio::test]
    async fn only_allowed_origins_get_cors_headers() {
        let settings = Settings {
            allow_origins: vec!["https://shop.example".into()],
            ..Settings::default()
        };
        let app = app(state_with(settings).await);
        for (origin, allowed) in [
            ("https://shop.example", true),
            ("https://evil.example", false),
        ] {
            let req = Request::builder()
                .method("OPTIONS")
                .uri("/api/submissions")
                .header(header::ORIGIN, origin)
                .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(
                    header::ACCESS_CONTROL_REQUEST_HEADERS,
                    "content-type, idempotency-key",
                )
                .body(Body::empty())
                .unwrap();
            let res = app.clone().oneshot(req).await.unwrap();
            assert!(res.status().is_success(), "{origin}: {}", res.status());
            let h = res.headers();
            assert_eq!(
                h.get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
                    .map(|v| v.to_str().unwrap()),
                allowed.then_some(origin),
                "{origin}"
            );
            if allowed {
                let headers = h[header::ACCESS_CONTROL_ALLOW_HEADERS].to_str().unwrap();
                assert!(headers.contains("idempotency-key"), "{headers}");
            }
        }
    }

    #[tokio::test]
    async fn static_paths_cannot_leave_the_root() {
        let dir = www("traversal");
        let settings = Settings {
            www: Some(dir.join("site")),
            ..Settings::default()
        };
        std::fs::create_dir_all(dir.join("site")).unwrap();
        std::fs::write(
            dir.join("site/index.html"),
            "<!doctype html><title>t</title>",
        )
        .unwrap();
        let app = app(state_with(settings).await);
        let page = get(&app, "/").await;
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::CONTENT_SECURITY_POLICY], CSP);
        for path in [
            "/../index.html",
            "/%2e%2e/index.html",
            "/site/../../index.html",
            "/..%2findex.html",
        ] {
            assert_eq!(
                get(&app, path).await.status(),
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    // ---- Attachments (schema v2, multipart) ----

    /// A small JPEG-looking file and a PDF-looking one, `n` bytes each.
    fn jpeg(n: usize) -> Vec<u8> {
        let mut v = vec![0xFF, 0xD8, 0xFF, 0xE0];
        v.extend((0..n - 4).map(|i| (i * 7 % 251) as u8));
        v
    }

    fn pdf(n: usize) -> Vec<u8> {
        let mut v = b"%PDF-1.7\n".to_vec();
        v.extend((0..n - 9).map(|i| (i % 256) as u8));
        v
    }

    fn sha(data: &[u8]) -> String {
        use sha2::Digest;
        store::hex(&sha2::Sha256::digest(data))
    }

    /// A v2 purchase problem listing `files` as (name, type, bytes).
    fn with_files(key: &str, files: &[(&str, &str, &[u8])]) -> Value {
        json!({
            "schema": SCHEMA, "id": key, "createdAt": "2026-11-22T10:00:00.000Z",
            "kind": "purchase_problem", "contactedBefore": null, "locale": "fr", "market": "FR",
            "fields": {
                "purchase_issue": "damaged_in_transit",
                "order_reference": "CMD-77812",
                "problem_description": "Le vase est arrivé cassé.",
                "custom": { "delivery_date": "2026-11-20", "box_damaged": true }
            },
            "contact": { "name": "Luc", "email": "luc@example.fr" },
            "attachments": files.iter().enumerate().map(|(i, (name, kind, data))| json!({
                "part": format!("file{i}"), "name": name, "type": kind,
                "bytes": data.len(), "sha256": sha(data),
            })).collect::<Vec<_>>(),
        })
    }

    /// POSTs a multipart body: `submission` then the parts as given.
    async fn post_multipart(
        app: &Router,
        doc: &Value,
        parts: &[(&str, &str, &[u8])],
    ) -> (StatusCode, Value) {
        let boundary = "----cwtestboundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        let mut part = |headers: String, data: &[u8]| {
            body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        };
        part(
            "Content-Disposition: form-data; name=\"submission\"; filename=\"blob\"\r\n\
Content-Type: application/json"
                .into(),
            doc.to_string().as_bytes(),
        );
        for (name, filename, data) in parts {
            part(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n\
Content-Type: application/octet-stream"
                ),
                data,
            );
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = Request::post("/api/submissions")
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("content-length", body.len())
            .header("idempotency-key", doc["id"].as_str().unwrap_or(""))
            .body(Body::from(body))
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    async fn download(app: &Router, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        let req = Request::get(path)
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        let (status, headers) = (res.status(), res.headers().clone());
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (status, headers, bytes.to_vec())
    }

    /// Two files sent twice under one key: one submission, its files stored
    /// once, listed in the API and the inbox, downloaded byte for byte by
    /// staff only, and gone with the submission when it is erased.
    #[tokio::test]
    async fn files_are_stored_once_and_staff_download_them_byte_for_byte() {
        let state = state_with(staff_settings()).await;
        let app = app(state.clone());
        let (photo, invoice) = (jpeg(3000), pdf(1200));
        let doc = with_files(
            KEY,
            &[
                ("vase cassé.jpg", "image/jpeg", &photo),
                ("facture.pdf", "application/pdf", &invoice),
            ],
        );
        let parts: [(&str, &str, &[u8]); 2] = [
            ("file0", "vase cassé.jpg", &photo),
            ("file1", "facture.pdf", &invoice),
        ];
        let (s1, b1) = post_multipart(&app, &doc, &parts).await;
        assert_eq!(s1, StatusCode::CREATED, "{b1}");
        // A retry sends the files again: the same reference, nothing new.
        let (s2, b2) = post_multipart(&app, &doc, &parts).await;
        assert_eq!((s2, &b2["reference"]), (StatusCode::OK, &b1["reference"]));
        assert_eq!(state.all().await.unwrap().len(), 1);

        let reference = b1["reference"].as_str().unwrap();
        let record = staff_json(&app, "GET", &format!("/api/submissions/{reference}"), None).await;
        let url0 = format!("/api/submissions/{reference}/attachments/0");
        assert_eq!(
            record["attachments"],
            json!([
                { "n": 0, "name": "vase cassé.jpg", "type": "image/jpeg", "bytes": 3000,
                  "sha256": sha(&photo), "url": url0 },
                { "n": 1, "name": "facture.pdf", "type": "application/pdf", "bytes": 1200,
                  "sha256": sha(&invoice),
                  "url": format!("/api/submissions/{reference}/attachments/1") },
            ])
        );
        assert_eq!(
            record["submission"]["fields"]["custom"]["box_damaged"],
            true
        );

        let (status, headers, body) = download(&app, &url0).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, photo, "byte for byte");
        assert_eq!(headers[header::CONTENT_TYPE], "image/jpeg");
        assert_eq!(
            headers[header::CONTENT_DISPOSITION],
            "attachment; filename=\"vase cass_.jpg\"; filename*=UTF-8''vase%20cass%C3%A9.jpg"
        );
        let (_, headers, body) =
            download(&app, &format!("/api/submissions/{reference}/attachments/1")).await;
        assert_eq!(body, invoice);
        assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
        let (status, _, _) = staff(&app, "GET", &url0, None, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "staff only");
        let (status, _, _) =
            download(&app, &format!("/api/submissions/{reference}/attachments/2")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // The inbox links each file for download.
        let req = Request::get(format!("/inbox/{reference}"))
            .header(header::COOKIE, format!("{}={TOKEN}", auth::COOKIE))
            .body(Body::empty())
            .unwrap();
        let page = app.clone().oneshot(req).await.unwrap();
        let html = page.into_body().collect().await.unwrap().to_bytes();
        let html = String::from_utf8_lossy(&html);
        assert!(
            html.contains(&format!("href=\"{url0}\" download=\"vase cassé.jpg\"")),
            "{html}"
        );
        assert!(html.contains("image/jpeg, 3 KiB"), "{html}");
        assert!(
            html.contains("box_damaged"),
            "the shop's own fields: {html}"
        );
        // The link works with the inbox's sign-in cookie.
        let req = Request::get(&url0)
            .header(header::COOKIE, format!("{}={TOKEN}", auth::COOKIE))
            .body(Body::empty())
            .unwrap();
        let file = app.clone().oneshot(req).await.unwrap();
        assert_eq!(file.status(), StatusCode::OK);
        let bytes = file.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(bytes.as_ref(), photo.as_slice());

        // Erasure takes the files with it.
        let (status, _, _) = staff(
            &app,
            "DELETE",
            &format!("/api/submissions/{reference}"),
            Some(TOKEN),
            None,
        )
        .await;
        assert!(status.is_success(), "{status}");
        let (status, _, _) = download(&app, &url0).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(state
            .store
            .attachment(reference, 0)
            .await
            .unwrap()
            .is_none());
    }

    /// Every way a file can be wrong is refused with the field the widget
    /// shows it at, and nothing is stored.
    #[tokio::test]
    async fn wrong_files_are_refused_at_their_field() {
        let settings = Settings {
            attachments: Limits {
                count: 2,
                bytes: 4096,
            },
            ..staff_settings()
        };
        let state = state_with(settings).await;
        let app = app(state.clone());
        let (photo, invoice) = (jpeg(1000), pdf(500));
        let field = |b: &Value| b["field"].as_str().unwrap_or("").to_string();
        let two = |a: &[u8], b: &[u8]| {
            with_files(
                KEY,
                &[("a.jpg", "image/jpeg", a), ("b.pdf", "application/pdf", b)],
            )
        };

        // A PDF declared as a JPEG: the type comes from its first bytes.
        let doc = with_files(KEY, &[("a.jpg", "image/jpeg", &invoice)]);
        let (s, b) = post_multipart(&app, &doc, &[("file0", "a.jpg", &invoice)]).await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments[0]".into())
        );
        assert!(
            b["error"].as_str().unwrap().contains("application/pdf"),
            "{b}"
        );
        // Not any accepted type (a GIF named .png).
        let gif = b"GIF89a\x01\x00\x01\x00".to_vec();
        let doc = with_files(KEY, &[("a.png", "image/png", &gif)]);
        let (s, b) = post_multipart(&app, &doc, &[("file0", "a.png", &gif)]).await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments[0]".into())
        );
        // The second file changed on the way (hash), or cut short (size).
        let doc = two(&photo, &invoice);
        let mut changed = invoice.clone();
        changed[100] ^= 1;
        let (s, b) = post_multipart(
            &app,
            &doc,
            &[("file0", "a", &photo), ("file1", "b", &changed)],
        )
        .await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments[1]".into())
        );
        assert!(b["error"].as_str().unwrap().contains("SHA-256"), "{b}");
        let (s, b) = post_multipart(
            &app,
            &doc,
            &[("file0", "a", &photo), ("file1", "b", &invoice[..400])],
        )
        .await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments[1]".into())
        );
        // Listed but not sent; sent but not listed.
        let (s, b) = post_multipart(&app, &doc, &[("file0", "a", &photo)]).await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments[1]".into())
        );
        let one = with_files(KEY, &[("a.jpg", "image/jpeg", &photo)]);
        let (s, b) = post_multipart(
            &app,
            &one,
            &[("file0", "a", &photo), ("file1", "b", &invoice)],
        )
        .await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments".into())
        );
        // A file over the per-file limit: 413 at that file.
        let big = jpeg(5000);
        let doc = two(&photo, &big);
        let (s, b) =
            post_multipart(&app, &doc, &[("file0", "a", &photo), ("file1", "b", &big)]).await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::PAYLOAD_TOO_LARGE, "attachments[1]".into())
        );
        assert!(b["error"].as_str().unwrap().contains("4 KiB"), "{b}");
        // More files than allowed.
        let doc = with_files(
            KEY,
            &[
                ("a.jpg", "image/jpeg", &photo),
                ("b.jpg", "image/jpeg", &photo),
                ("c.jpg", "image/jpeg", &photo),
            ],
        );
        let (s, b) = post_multipart(
            &app,
            &doc,
            &[
                ("file0", "a", &photo),
                ("file1", "b", &photo),
                ("file2", "c", &photo),
            ],
        )
        .await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments".into())
        );
        // A body over the whole limit is refused before it is read.
        let req = Request::post("/api/submissions")
            .header("content-type", "multipart/form-data; boundary=x")
            .header("content-length", 2 * 4096 + BODY_LIMIT + 1)
            .header("idempotency-key", KEY)
            .body(Body::from(vec![b'x'; 2 * 4096 + BODY_LIMIT + 1]))
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let b: Value =
            serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        assert_eq!(field(&b), "attachments");
        // Files listed in a JSON body (no files can come with it).
        let (s, b) = post_json(&app, one.to_string(), Some(KEY)).await;
        assert_eq!(
            (s, field(&b)),
            (StatusCode::UNPROCESSABLE_ENTITY, "attachments[0]".into())
        );
        // A merchant field of the wrong kind.
        let mut doc = one.clone();
        doc["fields"]["custom"]["box_damaged"] = json!(3);
        let (s, b) = post_multipart(&app, &doc, &[("file0", "a", &photo)]).await;
        assert_eq!(
            (s, field(&b)),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "fields.custom.box_damaged".into()
            )
        );
        assert!(state.all().await.unwrap().is_empty(), "nothing stored");
        // And the right files go through.
        let (s, b) = post_multipart(&app, &one, &[("file0", "a", &photo)]).await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }

    /// Version 1 documents (all the widget sent before) are still taken,
    /// and a version 1 document cannot carry version 2's parts.
    #[tokio::test]
    async fn version_1_documents_are_still_accepted() {
        let state = state().await;
        let app = app(state.clone());
        let mut v1 = submission();
        v1["schema"] = json!(SCHEMA_V1);
        let (s, _) = post_json(&app, v1.to_string(), Some(KEY)).await;
        assert_eq!(s, StatusCode::CREATED);
        let mut custom = v1.clone();
        custom["id"] = json!("1b6f2c1e-9d3a-4f5b-8c7d-112233445566");
        custom["fields"]["custom"] = json!({ "size": "M" });
        let (s, b) = post_json(
            &app,
            custom.to_string(),
            Some("1b6f2c1e-9d3a-4f5b-8c7d-112233445566"),
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
        assert!(b["error"].as_str().unwrap().contains(SCHEMA_V1), "{b}");
    }

    /// Files of a closed submission go with it at the end of the retention
    /// period.
    #[tokio::test]
    async fn retention_erases_the_files_too() {
        let state = state_with(staff_settings()).await;
        let app = app(state.clone());
        let photo = jpeg(800);
        let doc = with_files(KEY, &[("a.jpg", "image/jpeg", &photo)]);
        let (_, b) = post_multipart(&app, &doc, &[("file0", "a.jpg", &photo)]).await;
        let reference = b["reference"].as_str().unwrap();
        assert!(state
            .store
            .attachment(reference, 0)
            .await
            .unwrap()
            .is_some());
        staff_json(
            &app,
            "PATCH",
            &format!("/api/submissions/{reference}"),
            Some(json!({"status": "closed"})),
        )
        .await;
        state.backdate(reference, 31).await.unwrap();
        assert_eq!(state.apply_retention(30).await.unwrap(), [reference]);
        assert!(state
            .store
            .attachment(reference, 0)
            .await
            .unwrap()
            .is_none());
    }

    /// The documented examples validate, each broken one does not, and a
    /// version 1 document is still checked against version 1.
    #[test]
    fn the_schema_examples_validate_and_the_broken_ones_do_not() {
        let validator = Validator::new().unwrap();
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema/examples");
        let read = |p: &std::path::Path| -> Value {
            serde_json::from_str(&std::fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        };
        let files = |d: PathBuf| {
            let mut v: Vec<PathBuf> = std::fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            v.sort();
            v
        };
        let good = files(dir.clone());
        assert!(good.len() >= 4, "{good:?}");
        let mut versions = std::collections::BTreeSet::new();
        for p in &good {
            let v = read(p);
            versions.insert(v["schema"].as_str().unwrap().to_string());
            validator
                .check(&v)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        }
        assert_eq!(
            versions.into_iter().collect::<Vec<_>>(),
            [SCHEMA_V1, SCHEMA]
        );
        let bad = files(dir.join("invalid"));
        assert!(bad.len() >= 8, "{bad:?}");
        for p in &bad {
            assert!(
                validator.check(&read(p)).is_err(),
                "{} should not validate",
                p.display()
            );
        }
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
