//! The staff inbox pages under `/inbox`: sign in with a staff token, the
//! list with filters and keyset pages, one submission with everything the
//! shopper sent, its history, and a form to change its status, assignee or
//! add a note; export links.
//!
//! Server-rendered HTML only (see [`pages`]): no JavaScript, the same strict
//! CSP as every other page, one stylesheet served from here. Every change is
//! a form POST answered with a redirect (POST-redirect-GET). Forms are
//! protected against cross-site requests twice: the sign-in cookie is
//! `SameSite=Strict`, and a POST whose `Sec-Fetch-Site` or `Origin` names
//! another site is refused.
//!
//! The routes only read and change submissions through [`AppState`]; what a
//! submission is and how it is stored belongs to [`crate::store`].

mod pages;
mod words;

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::Markup;

use crate::auth::COOKIE;
use crate::store::{Change, Filter, Status};
use crate::AppState;
use pages::{ChangeForm, FieldError, Filters};

/// Where the inbox's stylesheet is served.
pub const STYLESHEET_PATH: &str = "/inbox/inbox.css";
/// The stylesheet, compiled in.
const STYLESHEET: &str = include_str!("../static/inbox.css");
/// The longest note accepted, in characters.
pub const NOTE_MAX: usize = 4000;
/// The longest assignee name accepted, in characters.
pub const ASSIGNEE_MAX: usize = 100;
/// Submissions on one page of the list.
const PAGE_SIZE: u32 = 50;

/// The inbox routes, merged into the application.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/inbox", get(list))
        .route("/inbox/", get(|| async { see_other("/inbox") }))
        .route(STYLESHEET_PATH, get(stylesheet))
        .route("/inbox/login", get(login_form).post(login))
        .route("/inbox/logout", post(logout))
        .route("/inbox/export.csv", get(export_csv))
        .route("/inbox/export.ndjson", get(export_ndjson))
        .route("/inbox/{reference}", get(detail).post(change))
}

/// The policy the inbox pages are sent with: the server's own.
fn csp(_state: &AppState) -> String {
    #[cfg(feature = "test-controls")]
    return crate::test_controls::csp(_state);
    #[cfg(not(feature = "test-controls"))]
    crate::CSP.to_string()
}

/// An HTML page with the headers every inbox page carries.
fn page(state: &AppState, status: StatusCode, markup: Markup) -> Response {
    let mut response = (status, markup).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&csp(state)) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    secure_headers(h);
    response
}

fn secure_headers(h: &mut HeaderMap) {
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Not `no-referrer`: with it a browser sends `Origin: null` on the
    // inbox's own form posts. Other sites still get no referrer.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

/// `303 See Other` to `location` (after a POST, or to the sign-in page).
fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    secure_headers(response.headers_mut());
    response
}

async fn stylesheet() -> Response {
    let mut response = STYLESHEET.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// Whether a form POST comes from the inbox's own pages. A browser says
/// where a request comes from in `Sec-Fetch-Site`, which pages cannot set;
/// where it is missing (older browsers), `Origin` must name this host. A
/// request naming another site in either is refused. A client that sends
/// neither (not a browser) has no ambient cookie to abuse, so it passes on
/// its token alone.
fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site.as_bytes() == b"same-origin";
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let origin = origin.as_bytes();
    origin == format!("http://{host}").as_bytes() || origin == format!("https://{host}").as_bytes()
}

fn refused_cross_site(state: &AppState) -> Response {
    page(
        state,
        StatusCode::FORBIDDEN,
        pages::message(
            None,
            "Request refused",
            "This form was sent from another site, so it was not carried out. \
Open the inbox at its own address and send the form again.",
        ),
    )
}

/// Reads an `application/x-www-form-urlencoded` body with the decoder axum
/// uses for query strings.
fn form_fields(body: &Bytes) -> Option<HashMap<String, String>> {
    let text = std::str::from_utf8(body).ok()?;
    let uri: Uri = format!("/?{text}").parse().ok()?;
    Query::<HashMap<String, String>>::try_from_uri(&uri)
        .ok()
        .map(|Query(fields)| fields)
}

fn bad_form(state: &AppState) -> Response {
    page(
        state,
        StatusCode::BAD_REQUEST,
        pages::message(
            None,
            "The form could not be read",
            "The browser sent a form this page cannot read. Go back, reload the page and try again.",
        ),
    )
}

fn storage_failed(state: &AppState, actor: Option<&str>, e: impl std::fmt::Display) -> Response {
    eprintln!("complaint-endpoint: inbox: {e}");
    page(
        state,
        StatusCode::INTERNAL_SERVER_ERROR,
        pages::message(
            actor,
            "The inbox cannot reach its database",
            "Nothing was changed. Try again in a moment; if it keeps failing, the server's log says why.",
        ),
    )
}

async fn login_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if state.staff(&headers).is_some() {
        return see_other("/inbox");
    }
    page(&state, StatusCode::OK, pages::login(None))
}

/// The token is checked like an API bearer token; when it is right it
/// becomes the sign-in cookie.
async fn login(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    if !same_origin(&headers) {
        return refused_cross_site(&state);
    }
    let Some(fields) = form_fields(&body) else {
        return bad_form(&state);
    };
    let token = fields.get("token").map(|t| t.trim()).unwrap_or_default();
    let refuse = |message: &str| {
        page(
            &state,
            StatusCode::UNAUTHORIZED,
            pages::login(Some(message)),
        )
    };
    if token.is_empty() {
        return refuse("Enter your staff token");
    }
    // A cookie can only carry these characters (RFC 6265 cookie-octet).
    let cookie_safe = token
        .bytes()
        .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b',' | b';' | b'\\'));
    let mut as_bearer = HeaderMap::new();
    let accepted = cookie_safe
        && HeaderValue::from_str(&format!("Bearer {token}"))
            .map(|v| {
                as_bearer.insert(header::AUTHORIZATION, v);
            })
            .is_ok()
        && state.staff(&as_bearer).is_some();
    if state.settings.staff.is_empty() {
        return refuse(
            "This endpoint has no staff tokens, so nobody can sign in. Start it with \
--staff-tokens FILE or CW_STAFF_TOKENS=name:token",
        );
    }
    if !accepted {
        return refuse("That staff token is not valid. Check it against the staff tokens file and enter it again");
    }
    let secure = headers
        .get("x-forwarded-proto")
        .is_some_and(|p| p.as_bytes().eq_ignore_ascii_case(b"https"));
    let cookie = format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/{}",
        if secure { "; Secure" } else { "" }
    );
    let mut response = see_other("/inbox");
    match HeaderValue::from_str(&cookie) {
        Ok(v) => {
            response.headers_mut().insert(header::SET_COOKIE, v);
            response
        }
        Err(_) => refuse("That staff token cannot be kept in a cookie"),
    }
}

async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if !same_origin(&headers) {
        return refused_cross_site(&state);
    }
    let mut response = see_other("/inbox/login");
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("cw_staff=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
    );
    response
}

/// The filters a query names; unknown values are reported, not ignored.
fn read_filters(query: &HashMap<String, String>) -> (Filters, Filter, Option<String>) {
    let text = |name: &str| {
        query
            .get(name)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let shown = Filters {
        status: text("status"),
        kind: text("kind"),
        market: text("market").to_ascii_uppercase(),
        overdue: matches!(text("overdue").as_str(), "true" | "on" | "1"),
        q: text("q"),
    };
    let mut problem = None;
    let status = if shown.status.is_empty() {
        None
    } else {
        let s = Status::parse(&shown.status);
        if s.is_none() {
            problem = Some(format!(
                "There is no status called “{}”; showing every status.",
                shown.status
            ));
        }
        s
    };
    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let filter = Filter {
        status,
        kind: non_empty(&shown.kind),
        market: non_empty(&shown.market),
        overdue: shown.overdue.then_some(true),
        q: non_empty(&shown.q),
        after: non_empty(&text("after")),
        limit: PAGE_SIZE,
    };
    (shown, filter, problem)
}

/// The market codes the filter offers: every market the widget knows.
fn market_codes() -> Vec<&'static str> {
    complaint_widget::market::Market::ALL
        .iter()
        .map(|m| m.code())
        .filter(|c| !c.is_empty())
        .collect()
}

async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(actor) = state.staff(&headers) else {
        return see_other("/inbox/login");
    };
    let (shown, mut filter, mut problem) = read_filters(&query);
    let later_page = filter.after.is_some();
    let result = match state.list(&filter).await {
        Err(crate::store::StoreError::BadCursor) => {
            problem =
                Some("That page link is out of date, so this is the first page again.".into());
            filter.after = None;
            state.list(&filter).await
        }
        other => other,
    };
    let (items, next) = match result {
        Ok(found) => found,
        Err(e) => return storage_failed(&state, Some(&actor), e),
    };
    let markets = market_codes();
    let markup = pages::list(&pages::ListPage {
        actor: &actor,
        filters: &shown,
        items: &items,
        next: next.as_deref(),
        later_page: later_page && filter.after.is_some(),
        problem: problem.as_deref(),
        markets: &markets,
    });
    page(&state, StatusCode::OK, markup)
}

fn not_found(state: &AppState, actor: &str, reference: &str) -> Response {
    page(
        state,
        StatusCode::NOT_FOUND,
        pages::message(
            Some(actor),
            "No such submission",
            &format!(
                "There is no submission with the reference {reference}. It may have been erased."
            ),
        ),
    )
}

async fn detail(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(actor) = state.staff(&headers) else {
        return see_other("/inbox/login");
    };
    let record = match state.get(&reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return not_found(&state, &actor, &reference),
        Err(e) => return storage_failed(&state, Some(&actor), e),
    };
    let markup = pages::detail(&pages::DetailPage {
        actor: &actor,
        record: &record,
        saved: query.get("saved").is_some_and(|v| v == "1"),
        form: None,
        note_max: NOTE_MAX,
    });
    page(&state, StatusCode::OK, markup)
}

/// What a sent change form asks for, or what is wrong with it.
fn read_change(
    fields: &HashMap<String, String>,
    current: &crate::store::Summary,
) -> (ChangeForm, Result<Change, Vec<FieldError>>) {
    let form = ChangeForm {
        status: fields.get("status").cloned().unwrap_or_default(),
        assignee: fields.get("assignee").cloned().unwrap_or_default(),
        note: fields.get("note").cloned().unwrap_or_default(),
    };
    let mut errors = Vec::new();
    let status = match Status::parse(&form.status) {
        Some(s) => Some(s).filter(|s| *s != current.status),
        None if form.status.is_empty() => None,
        None => {
            errors.push(FieldError {
                field: "status-new",
                message: "Select a status from the list".into(),
            });
            None
        }
    };
    let assignee = form.assignee.trim();
    if assignee.chars().count() > ASSIGNEE_MAX {
        errors.push(FieldError {
            field: "assignee",
            message: format!("Assignee must be {ASSIGNEE_MAX} characters or fewer"),
        });
    } else if assignee.chars().any(char::is_control) {
        errors.push(FieldError {
            field: "assignee",
            message: "Assignee must be a name on one line".into(),
        });
    }
    let new_assignee = (!assignee.is_empty()).then(|| assignee.to_string());
    let assignee_change = (new_assignee != current.assignee).then_some(new_assignee);
    let note = form.note.trim();
    if note.chars().count() > NOTE_MAX {
        errors.push(FieldError {
            field: "note",
            message: format!(
                "The note must be {NOTE_MAX} characters or fewer; it has {}",
                note.chars().count()
            ),
        });
    }
    let note = (!note.is_empty()).then(|| note.to_string());
    if errors.is_empty() && status.is_none() && assignee_change.is_none() && note.is_none() {
        errors.push(FieldError {
            field: "note",
            message: "There is nothing to save: change the status or the assignee, or write a note"
                .into(),
        });
    }
    if !errors.is_empty() {
        return (form, Err(errors));
    }
    (
        form,
        Ok(Change {
            status,
            assignee: assignee_change,
            note,
        }),
    )
}

async fn change(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
    body: Bytes,
) -> Response {
    if !same_origin(&headers) {
        return refused_cross_site(&state);
    }
    let Some(actor) = state.staff(&headers) else {
        return see_other("/inbox/login");
    };
    let Some(fields) = form_fields(&body) else {
        return bad_form(&state);
    };
    let record = match state.get(&reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return not_found(&state, &actor, &reference),
        Err(e) => return storage_failed(&state, Some(&actor), e),
    };
    let (form, wanted) = read_change(&fields, &record.summary);
    let change = match wanted {
        Ok(c) => c,
        Err(errors) => {
            let markup = pages::detail(&pages::DetailPage {
                actor: &actor,
                record: &record,
                saved: false,
                form: Some((&form, &errors)),
                note_max: NOTE_MAX,
            });
            return page(&state, StatusCode::UNPROCESSABLE_ENTITY, markup);
        }
    };
    match state.change(&reference, &actor, &change).await {
        Ok(Some(_)) => see_other(&format!("/inbox/{}?saved=1", pages::encode(&reference))),
        Ok(None) => not_found(&state, &actor, &reference),
        Err(e) => storage_failed(&state, Some(&actor), e),
    }
}

/// The export is the JSON API's (`/api/submissions/export`), which accepts
/// the sign-in cookie too; these links keep the list's filters.
fn export(format: &str, query: &HashMap<String, String>) -> Response {
    let (shown, _, _) = read_filters(query);
    let filters = shown.query();
    let sep = if filters.is_empty() { "" } else { "&" };
    see_other(&format!(
        "/api/submissions/export?format={format}{sep}{filters}"
    ))
}

async fn export_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if state.staff(&headers).is_none() {
        return see_other("/inbox/login");
    }
    export("csv", &query)
}

async fn export_ndjson(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if state.staff(&headers).is_none() {
        return see_other("/inbox/login");
    }
    export("ndjson", &query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    const TOKEN: &str = "route-test-token-0123456789";

    async fn app(tokens: &str) -> Router {
        let settings = crate::Settings {
            staff: crate::auth::StaffTokens::parse(tokens).unwrap(),
            ..crate::Settings::default()
        };
        crate::app(AppState::open(":memory:", settings).await.unwrap())
    }

    async fn send(
        app: &Router,
        req: axum::http::Request<axum::body::Body>,
    ) -> (StatusCode, HeaderMap, String) {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let res = app.clone().oneshot(req).await.unwrap();
        let (parts, body) = res.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        (
            parts.status,
            parts.headers,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    fn sign_in(token: &str) -> axum::http::Request<axum::body::Body> {
        axum::http::Request::post("/inbox/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(axum::body::Body::from(format!("token={token}")))
            .unwrap()
    }

    #[tokio::test]
    async fn a_right_token_becomes_a_strict_cookie_and_a_wrong_one_an_error() {
        let app = app(&format!("alex:{TOKEN}")).await;
        let (status, headers, _) = send(&app, sign_in(TOKEN)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(headers[header::LOCATION], "/inbox");
        let cookie = headers[header::SET_COOKIE].to_str().unwrap();
        assert_eq!(
            cookie,
            format!("cw_staff={TOKEN}; HttpOnly; SameSite=Strict; Path=/")
        );
        let (status, headers, page) = send(&app, sign_in("wrong-token-wrong-token")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(headers.get(header::SET_COOKIE).is_none());
        assert!(page.contains("That staff token is not valid"), "{page}");
        assert_eq!(headers[header::REFERRER_POLICY], "same-origin");
        assert!(headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with(crate::CSP));
        let list = axum::http::Request::get("/inbox")
            .header("cookie", format!("cw_staff={TOKEN}"))
            .body(axum::body::Body::empty())
            .unwrap();
        let (status, _, page) = send(&app, list).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("No submissions yet."), "{page}");
    }

    #[tokio::test]
    async fn without_staff_tokens_the_sign_in_page_says_how_to_add_them() {
        let app = app("").await;
        let (status, _, page) = send(&app, sign_in("anything-at-all-long")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(page.contains("--staff-tokens FILE"), "{page}");
    }

    #[test]
    fn only_same_origin_posts_pass() {
        let own = [("host", "127.0.0.1:8787")];
        assert!(same_origin(&headers(&own)));
        assert!(same_origin(&headers(&[
            own[0],
            ("origin", "http://127.0.0.1:8787"),
            ("sec-fetch-site", "same-origin"),
        ])));
        assert!(!same_origin(&headers(&[
            own[0],
            ("origin", "https://evil.example")
        ])));
        assert!(!same_origin(&headers(&[own[0], ("origin", "null")])));
        assert!(!same_origin(&headers(&[
            own[0],
            ("origin", "http://127.0.0.1:8787"),
            ("sec-fetch-site", "cross-site"),
        ])));
        assert!(!same_origin(&headers(&[
            own[0],
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!same_origin(&headers(&[
            own[0],
            ("sec-fetch-site", "same-site")
        ])));
    }

    #[test]
    fn forms_are_decoded() {
        let f = form_fields(&Bytes::from_static(
            b"status=in_progress&note=Called+back%2C+%C3%A9&assignee=",
        ))
        .unwrap();
        assert_eq!(f["status"], "in_progress");
        assert_eq!(f["note"], "Called back, é");
        assert_eq!(f["assignee"], "");
    }

    fn summary() -> crate::store::Summary {
        crate::store::Summary {
            reference: "CW-0B6F-0001".into(),
            kind: "complaint".into(),
            market: "NL".into(),
            language: "nl".into(),
            status: Status::New,
            assignee: None,
            created_at: "2026-11-22T10:00:00.000Z".into(),
            due: "2026-12-06".into(),
            overdue: false,
        }
    }

    fn fields(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_change_form_asks_for_what_differs() {
        let (_, c) = read_change(
            &fields(&[
                ("status", "in_progress"),
                ("assignee", " Sam "),
                ("note", "Called"),
            ]),
            &summary(),
        );
        assert_eq!(
            c.unwrap(),
            Change {
                status: Some(Status::InProgress),
                assignee: Some(Some("Sam".into())),
                note: Some("Called".into()),
            }
        );
        let (_, c) = read_change(&fields(&[("status", "new"), ("note", "x")]), &summary());
        assert_eq!(c.unwrap().status, None, "an unchanged status is no change");
    }

    #[test]
    fn a_change_form_with_nothing_or_too_much_is_sent_back() {
        let (_, c) = read_change(&fields(&[("status", "new"), ("note", "  ")]), &summary());
        let errors = c.unwrap_err();
        assert_eq!(errors[0].field, "note");
        assert!(errors[0].message.contains("nothing to save"));
        let long = "x".repeat(NOTE_MAX + 1);
        let (form, c) = read_change(
            &fields(&[("status", "closed"), ("note", &long)]),
            &summary(),
        );
        assert_eq!(c.unwrap_err()[0].field, "note");
        assert_eq!(form.note, long, "what was typed is kept");
        let (_, c) = read_change(&fields(&[("status", "lost")]), &summary());
        assert_eq!(c.unwrap_err()[0].field, "status-new");
    }
}
