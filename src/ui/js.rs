//! JavaScript calls that can throw, imported so that they cannot.
//!
//! A JS exception that unwinds through wasm frames skips the code that
//! restores the module's stack pointer; enough of them and the stack runs
//! into the module's data. So every call into JS that can throw for reasons
//! the page controls (a `Proxy` or getter in the options, a page callback,
//! a wrapped `console.error`) is imported here with `catch`, and returns a
//! `Result`. `scripts/check-imports.mjs` fails the build when an import that
//! is not wrapped this way appears without having been reviewed.

use crate::prelude::*;

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys(o)`: runs a `Proxy`'s `ownKeys` trap.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    pub fn keys(o: &JsValue) -> Result<Array, JsValue>;

    /// `Reflect.get(o, key)`: runs getters and `Proxy` traps.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    pub fn get(o: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;

    /// `Reflect.set(o, key, value)`.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = set)]
    pub fn set(o: &JsValue, key: &JsValue, value: &JsValue) -> Result<bool, JsValue>;

    /// `Object.getPrototypeOf(o)`: runs a `Proxy`'s trap.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getPrototypeOf)]
    pub fn prototype_of(o: &JsValue) -> Result<JsValue, JsValue>;

    /// `Array.isArray(v)`: throws for a revoked `Proxy`.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    pub fn is_array(v: &JsValue) -> Result<bool, JsValue>;

    /// `JSON.stringify(v)`: runs `toJSON` and getters; throws for cycles
    /// and BigInt. `undefined` for a function or `undefined`.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    pub fn stringify(v: &JsValue) -> Result<JsValue, JsValue>;

    /// `JSON.parse(text)`.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    pub fn parse(text: &str) -> Result<JsValue, JsValue>;

    /// `Reflect.apply(f, this, args)`: a page callback.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = apply)]
    pub fn apply(f: &js_sys::Function, this: &JsValue, args: &Array) -> Result<JsValue, JsValue>;

    /// `Promise.all([v])`: always a new promise the module made, whatever
    /// `v` is (a thenable whose `then` throws becomes a rejection).
    #[wasm_bindgen(catch, js_namespace = Promise, js_name = all)]
    pub fn all(values: &Array) -> Result<js_sys::Promise, JsValue>;

    /// `console.error(message)`: a page may have replaced it.
    #[wasm_bindgen(catch, js_namespace = console, js_name = error)]
    pub fn console_error(message: &JsValue) -> Result<(), JsValue>;

    /// `console.error(message, value)`.
    #[wasm_bindgen(catch, js_namespace = console, js_name = error)]
    pub fn console_error2(message: &JsValue, value: &JsValue) -> Result<(), JsValue>;

    /// `window.fetch(request)`: a page may have wrapped it.
    #[wasm_bindgen(catch, method, js_class = "Window", js_name = fetch)]
    pub fn fetch_on(this: &Global, request: &web_sys::Request) -> Result<js_sys::Promise, JsValue>;

    /// `crypto.randomUUID()`: missing in insecure contexts and old browsers.
    #[wasm_bindgen(catch, js_namespace = crypto, js_name = randomUUID)]
    pub fn random_uuid() -> Result<JsValue, JsValue>;

    /// `navigator.clipboard.writeText(text)`: missing in insecure contexts.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    pub fn write_clipboard(text: &str) -> Result<js_sys::Promise, JsValue>;

    /// `document.execCommand("copy")`: copies the selection where the
    /// Clipboard API is missing.
    #[wasm_bindgen(catch, js_namespace = document, js_name = execCommand)]
    pub fn exec_command(command: &str) -> Result<bool, JsValue>;

    /// `window.print()`.
    #[wasm_bindgen(catch, js_name = print)]
    pub fn print() -> Result<(), JsValue>;

    /// `String(v)`: runs `toString`; a `Symbol` or revoked `Proxy` throws.
    #[wasm_bindgen(catch, js_name = String)]
    pub fn string(v: &JsValue) -> Result<JsValue, JsValue>;
}

/// The own enumerable string-keyed properties of `v`, read once, in order.
/// `Err` when `v` is not a plain object (an array, a function, a class
/// instance, `null`) or when reading it threw; the error says which.
pub fn plain_entries(v: &JsValue) -> Result<Vec<(String, JsValue)>, String> {
    if !v.is_object() || v.is_function() {
        return Err(String::from("not an object"));
    }
    let threw = |e: JsValue| {
        let mut why = String::from("reading it threw");
        if let Some(s) = string(&e).ok().and_then(|s| s.as_string()) {
            why.push_str(": ");
            why.push_str(&s);
        }
        why
    };
    if is_array(v).map_err(threw)? {
        return Err(String::from("an array"));
    }
    // A plain object's prototype is `Object.prototype` (of any realm) or null.
    let proto = prototype_of(v).map_err(threw)?;
    if !proto.is_null() && !prototype_of(&proto).map_err(threw)?.is_null() {
        return Err(String::from("not a plain object"));
    }
    let mut out = Vec::new();
    for key in keys(v).map_err(threw)?.iter() {
        let value = get(v, &key).map_err(threw)?;
        out.push((key.as_string().unwrap_or_default(), value));
    }
    Ok(out)
}

/// A fresh plain object.
pub fn object() -> Object {
    Object::new()
}

/// Logs `message` on the console; a console that throws is ignored.
pub fn error(message: &str) {
    let _ = console_error(&JsValue::from_str(message));
}

/// `window.fetch(request)`, with whatever the page put in its place.
pub fn fetch(
    window: &web_sys::Window,
    request: &web_sys::Request,
) -> Result<js_sys::Promise, JsValue> {
    window.unchecked_ref::<Global>().fetch_on(request)
}

#[wasm_bindgen]
extern "C" {
    /// The window, for calls that must catch.
    pub type Global;

    /// A response body (`ReadableStream`).
    pub type Stream;
    /// `stream.getReader()`: throws when the stream is already locked.
    #[wasm_bindgen(catch, method, js_name = getReader)]
    pub fn reader(this: &Stream) -> Result<Reader, JsValue>;

    /// A `FormData`: the multipart body of a submission with files.
    pub type FormData;
    /// `new FormData()`.
    #[wasm_bindgen(catch, constructor)]
    pub fn new() -> Result<FormData, JsValue>;
    /// `formData.append(name, blob, filename)`.
    #[wasm_bindgen(catch, method, js_name = append)]
    pub fn append_file(
        this: &FormData,
        name: &str,
        blob: &JsValue,
        filename: &str,
    ) -> Result<(), JsValue>;

    /// A `Blob`: the JSON document as a part of its own.
    #[wasm_bindgen(js_name = Blob)]
    pub type JsBlob;
    /// `new Blob(parts, { type })`.
    #[wasm_bindgen(catch, constructor, js_class = "Blob")]
    pub fn new(parts: &js_sys::Array, options: &JsValue) -> Result<JsBlob, JsValue>;

    /// `crypto.subtle.digest(algorithm, data)`: missing in insecure contexts.
    #[wasm_bindgen(catch, js_namespace = ["crypto", "subtle"], js_name = digest)]
    pub fn digest(algorithm: &str, data: &JsValue) -> Result<js_sys::Promise, JsValue>;

    /// A `ReadableStreamDefaultReader`.
    pub type Reader;
    /// `reader.read()`: a promise of `{ done, value }`.
    #[wasm_bindgen(catch, method)]
    pub fn read(this: &Reader) -> Result<js_sys::Promise, JsValue>;
    /// `reader.cancel()`: stops the download.
    #[wasm_bindgen(catch, method)]
    pub fn cancel(this: &Reader) -> Result<js_sys::Promise, JsValue>;
}
