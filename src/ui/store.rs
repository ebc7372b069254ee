//! The chosen files kept in IndexedDB (which holds `File`s as they are),
//! by the widget's storage name, so a reload or a submission waiting for
//! the network loses none. Kept at most a day, and cleared when the
//! submission is confirmed or the form is reset. Where the browser refuses
//! (private mode, a full disk, no IndexedDB), every call says so and the
//! form names the files to choose again. Every call into JS goes through
//! [`super::js`]'s catching imports.

use crate::prelude::*;

use js_sys::{Array, Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::js;

const DB: &str = "complaint-widget-files";
const STORE: &str = "files";
/// How long kept files are restored, in milliseconds.
const KEEP_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

fn prop(v: &JsValue, key: &str) -> Option<JsValue> {
    js::get(v, &JsValue::from_str(key)).ok()
}

/// `v[method](...args)`.
fn call(v: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f = prop(v, method)?.dyn_into::<Function>().ok()?;
    let list = Array::new();
    for a in args {
        list.push(a);
    }
    js::apply(&f, v, &list).ok()
}

/// Waits for an `IDBRequest`: its result, or `None` if it failed.
async fn done(request: &JsValue) -> Option<JsValue> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let r = request.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &prop(&r, "result").unwrap_or_default());
        });
        let fail = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = js::set(request, &"onsuccess".into(), &ok);
        let _ = js::set(request, &"onerror".into(), &fail);
    });
    JsFuture::from(promise).await.ok()
}

/// The database, made on first use.
async fn open() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let factory = prop(&window, "indexedDB").filter(|f| f.is_object())?;
    let request = call(&factory, "open", &[&DB.into(), &1.into()])?;
    let r = request.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Some(db) = prop(&r, "result") {
            let _ = call(&db, "createObjectStore", &[&STORE.into()]);
        }
    });
    let _ = js::set(&request, &"onupgradeneeded".into(), &upgrade);
    done(&request).await
}

/// The object store in a new transaction.
async fn store(mode: &str) -> Option<JsValue> {
    let db = open().await?;
    let tx = call(&db, "transaction", &[&STORE.into(), &mode.into()])?;
    call(&tx, "objectStore", &[&STORE.into()])
}

/// Keeps `files` (`File`s) under `key`; `false` if the browser refused.
pub async fn save(key: &str, files: &[JsValue]) -> bool {
    let Some(store) = store("readwrite").await else {
        return false;
    };
    let list = Array::new();
    for f in files {
        list.push(f);
    }
    let record = js::object();
    let _ = js::set(&record, &"at".into(), &js_sys::Date::now().into());
    let _ = js::set(&record, &"files".into(), &list);
    match call(&store, "put", &[&record, &key.into()]) {
        Some(request) => done(&request).await.is_some(),
        None => false,
    }
}

/// The files kept under `key` within the last day.
pub async fn load(key: &str) -> Vec<JsValue> {
    let Some(store) = store("readonly").await else {
        return Vec::new();
    };
    let Some(record) = call(&store, "get", &[&key.into()]) else {
        return Vec::new();
    };
    let Some(record) = done(&record).await.filter(|r| r.is_object()) else {
        return Vec::new();
    };
    let at = prop(&record, "at").and_then(|a| a.as_f64()).unwrap_or(0.0);
    if js_sys::Date::now() - at > KEEP_MS {
        remove(key).await;
        return Vec::new();
    }
    let Some(list) = prop(&record, "files").filter(|l| js::is_array(l).unwrap_or(false)) else {
        return Vec::new();
    };
    list.unchecked_into::<Array>().iter().take(10).collect()
}

/// Forgets the files kept under `key`.
pub async fn remove(key: &str) {
    if let Some(store) = store("readwrite").await {
        if let Some(request) = call(&store, "delete", &[&key.into()]) {
            let _ = done(&request).await;
        }
    }
}
