//! Sending a payload to the merchant's endpoint with `fetch`: JSON body,
//! `Idempotency-Key`, a timeout through `AbortController`, and a strict
//! reading of the answer. Browser-only; the payload itself is built in
//! [`crate::payload`].

use js_sys::{Promise, Reflect, JSON};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, Request, RequestInit, Response};

use crate::payload::check_reference;

/// How long one request may take.
pub const TIMEOUT_MS: i32 = 15_000;
/// The largest answer read from a server, in characters.
pub const MAX_ANSWER: usize = 16 * 1024;

/// Why a send did not succeed. The message is for the integrator's console;
/// the shopper sees a localized explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendError {
    /// No answer: offline, refused, timed out or blocked.
    Network(String),
    /// The server answered with an error status.
    Status(u16),
    /// The server said yes, but its answer was not usable.
    BadAnswer(&'static str),
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Network(why) => write!(
                f,
                "complaint-widget: the endpoint could not be reached ({why})"
            ),
            SendError::Status(code) => {
                write!(f, "complaint-widget: the endpoint answered HTTP {code}")
            }
            SendError::BadAnswer(why) => write!(
                f,
                "complaint-widget: the endpoint's answer was not usable: {why}"
            ),
        }
    }
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// POSTs `body` to `endpoint` and returns the reference the server gave.
pub async fn post(endpoint: &str, body: &str, idempotency_key: &str) -> Result<String, SendError> {
    let window = web_sys::window().ok_or_else(|| SendError::Network("no window".into()))?;
    let net = |e: JsValue| SendError::Network(describe(&e));
    let headers = Headers::new().map_err(net)?;
    headers
        .set("Content-Type", "application/json")
        .map_err(net)?;
    headers.set("Accept", "application/json").map_err(net)?;
    headers
        .set("Idempotency-Key", idempotency_key)
        .map_err(net)?;

    let controller = AbortController::new().map_err(net)?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&controller.signal()));
    let request = Request::new_with_str_and_init(endpoint, &init).map_err(net)?;

    let abort = {
        let controller = controller.clone();
        Closure::once(move || controller.abort())
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            TIMEOUT_MS,
        )
        .map_err(net)?;
    let result = read(window.fetch_with_request(&request)).await;
    window.clear_timeout_with_handle(timer);
    drop(abort);
    result
}

async fn read(fetch: Promise) -> Result<String, SendError> {
    let net = |e: JsValue| SendError::Network(describe(&e));
    let response: Response = JsFuture::from(fetch)
        .await
        .map_err(net)?
        .dyn_into()
        .map_err(net)?;
    let status = response.status();
    if !(200..300).contains(&status) {
        return Err(SendError::Status(status));
    }
    let text = JsFuture::from(response.text().map_err(net)?)
        .await
        .map_err(net)?;
    let text = text.as_string().ok_or(SendError::BadAnswer("not text"))?;
    if text.len() > MAX_ANSWER {
        return Err(SendError::BadAnswer("too large"));
    }
    let json = JSON::parse(&text).map_err(|_| SendError::BadAnswer("not JSON"))?;
    if !json.is_object() {
        return Err(SendError::BadAnswer("not a JSON object"));
    }
    let reference = Reflect::get(&json, &JsValue::from_str("reference"))
        .ok()
        .and_then(|r| r.as_string())
        .ok_or(SendError::BadAnswer("no reference"))?;
    check_reference(&reference).ok_or(SendError::BadAnswer(
        "reference has characters that are not allowed",
    ))
}
