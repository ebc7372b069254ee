//! One attempt at sending a payload with `fetch`: JSON body,
//! `Idempotency-Key`, the merchant's headers and credentials mode, a timeout
//! through `AbortController`, and a strict reading of the answer. What
//! happened comes back as a [`Failure`]; whether to try again is decided in
//! [`crate::delivery`]. Browser-only.

use crate::prelude::*;

use js_sys::{Array, Promise, Reflect, Uint8Array, JSON};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, Headers, Request, RequestCredentials, RequestInit, Response,
    TextDecodeOptions, TextDecoder,
};

use crate::config::{Credentials, Sending};
use crate::delivery::{parse_retry_after, Failure};
use crate::payload::check_reference;
use crate::ui::js;

/// The largest answer read from a server, in bytes.
pub const MAX_ANSWER: usize = 16 * 1024;

fn describe(e: &JsValue) -> String {
    js::string(e)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// The answer's body as text, read chunk by chunk and given up as soon as
/// it passes [`MAX_ANSWER`] bytes, whether or not the server declared a
/// `Content-Length`.
async fn text(response: &Response) -> Result<String, Failure> {
    let net = |e: JsValue| Failure::Network(describe(&e));
    let stream = js::get(response, &JsValue::from_str("body")).map_err(net)?;
    if stream.is_null() || stream.is_undefined() {
        return Ok(String::new());
    }
    let reader = stream
        .unchecked_into::<js::Stream>()
        .reader()
        .map_err(net)?;
    // Decoded as it arrives (a character may span two chunks).
    let decoder = TextDecoder::new().map_err(net)?;
    let more = TextDecodeOptions::new();
    more.set_stream(true);
    let (mut text, mut bytes) = (String::new(), 0usize);
    loop {
        let chunk = JsFuture::from(reader.read().map_err(net)?)
            .await
            .map_err(net)?;
        let done = js::get(&chunk, &JsValue::from_str("done")).map_err(net)?;
        if done.as_bool() != Some(false) {
            break;
        }
        let value = js::get(&chunk, &JsValue::from_str("value"))
            .map_err(net)?
            .dyn_into::<Uint8Array>()
            .map_err(|_| Failure::BadAnswer("not bytes"))?;
        bytes += value.length() as usize;
        if bytes > MAX_ANSWER {
            let _ = reader.cancel();
            return Err(Failure::BadAnswer("too large"));
        }
        text.push_str(
            &decoder
                .decode_with_js_u8_array_and_options(&value, &more)
                .map_err(net)?,
        );
    }
    text.push_str(&decoder.decode().map_err(net)?);
    Ok(text)
}

/// POSTs `body` to `endpoint` once and returns the reference the server gave.
///
/// With `files` (each a `File` and the name the document lists it by), the
/// body is `multipart/form-data`: the document as the part `submission`
/// (`application/json`), then `file0`, `file1`, ...; the browser writes the
/// boundary. A retry sends the same files again.
pub async fn attempt(
    endpoint: &str,
    body: &str,
    files: &[(JsValue, String)],
    idempotency_key: &str,
    sending: &Sending,
) -> Result<String, Failure> {
    let window = web_sys::window().ok_or_else(|| Failure::Network("no window".into()))?;
    let net = |e: JsValue| Failure::Network(describe(&e));
    let headers = Headers::new().map_err(net)?;
    for (name, value) in &sending.headers {
        headers.set(name, value).map_err(net)?;
    }
    if files.is_empty() {
        headers
            .set("Content-Type", "application/json")
            .map_err(net)?;
    }
    headers.set("Accept", "application/json").map_err(net)?;
    headers
        .set("Idempotency-Key", idempotency_key)
        .map_err(net)?;

    let controller = AbortController::new().map_err(net)?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    if files.is_empty() {
        init.set_body(&JsValue::from_str(body));
    } else {
        let form = js::FormData::new().map_err(net)?;
        let kind = js::object();
        let _ = js::set(&kind, &"type".into(), &"application/json".into());
        let parts = Array::of1(&JsValue::from_str(body));
        let document = js::JsBlob::new(&parts, &kind).map_err(net)?;
        form.append_file("submission", &document, "submission.json")
            .map_err(net)?;
        for (i, (file, name)) in files.iter().enumerate() {
            form.append_file(&crate::form::attachments::part_name(i), file, name)
                .map_err(net)?;
        }
        init.set_body(&form);
    }
    init.set_signal(Some(&controller.signal()));
    init.set_credentials(match sending.credentials {
        Credentials::Omit => RequestCredentials::Omit,
        Credentials::SameOrigin => RequestCredentials::SameOrigin,
        Credentials::Include => RequestCredentials::Include,
    });
    let request = Request::new_with_str_and_init(endpoint, &init).map_err(net)?;

    let timed_out = alloc::rc::Rc::new(core::cell::Cell::new(false));
    let abort = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Closure::once(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            i32::try_from(sending.timeout_ms).unwrap_or(i32::MAX),
        )
        .map_err(net)?;
    let result = read(js::fetch(&window, &request).map_err(net)?).await;
    window.clear_timeout_with_handle(timer);
    drop(abort);
    match result {
        Err(Failure::Network(_)) if timed_out.get() => Err(Failure::Timeout),
        other => other,
    }
}

async fn read(fetch: Promise) -> Result<String, Failure> {
    let net = |e: JsValue| Failure::Network(describe(&e));
    let response: Response = JsFuture::from(fetch)
        .await
        .map_err(net)?
        .dyn_into()
        .map_err(net)?;
    let status = response.status();
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_ANSWER) {
        return if (200..300).contains(&status) {
            Err(Failure::BadAnswer("too large"))
        } else {
            Err(Failure::Status {
                code: status,
                retry_after: None,
            })
        };
    }
    if !(200..300).contains(&status) {
        let retry_after = response
            .headers()
            .get("retry-after")
            .ok()
            .flatten()
            .and_then(|v| parse_retry_after(&v));
        if status == 422 || status == 400 || status == 413 {
            let fields = field_errors(&response).await;
            if !fields.is_empty() {
                return Err(Failure::Fields(fields));
            }
        }
        return Err(Failure::Status {
            code: status,
            retry_after,
        });
    }
    let text = text(&response).await?;
    let json = JSON::parse(&text).map_err(|_| Failure::BadAnswer("not JSON"))?;
    if !json.is_object() {
        return Err(Failure::BadAnswer("not a JSON object"));
    }
    let reference = Reflect::get(&json, &JsValue::from_str("reference"))
        .ok()
        .and_then(|r| r.as_string())
        .ok_or(Failure::BadAnswer("no reference"))?;
    check_reference(&reference).ok_or(Failure::BadAnswer(
        "the reference has characters that are not allowed",
    ))
}

/// Reads the fields a 422/400/413 answer names: `{"errors": [{"field":
/// "email", ...}, ...]}`, or `{"error": "...", "field": "fields.custom.size"}`.
async fn field_errors(response: &Response) -> Vec<String> {
    let Ok(text) = text(response).await else {
        return Vec::new();
    };
    let Ok(json) = JSON::parse(&text) else {
        return Vec::new();
    };
    let Some(errors) = Reflect::get(&json, &JsValue::from_str("errors"))
        .ok()
        .filter(|e| js::is_array(e).unwrap_or(false))
        .map(JsValue::unchecked_into::<Array>)
    else {
        return Reflect::get(&json, &JsValue::from_str("field"))
            .ok()
            .and_then(|f| f.as_string())
            .into_iter()
            .collect();
    };
    let names: Vec<String> = errors
        .iter()
        .take(50)
        .filter_map(|e| {
            Reflect::get(&e, &JsValue::from_str("field"))
                .ok()?
                .as_string()
        })
        .collect();
    names
}
