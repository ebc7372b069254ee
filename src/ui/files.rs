//! The file control's work: what the shopper chose is read in the page
//! (its type by its first bytes, its size, its SHA-256 with
//! `crypto.subtle`), added to the model, and the `File` kept for the send;
//! a file is removed by its place. Every call into JS goes through
//! [`super::js`]'s catching imports.

use crate::prelude::*;

use alloc::rc::Rc;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{js, store, Shared};
use crate::form::attachments::{clean_name, sniff, Attachment, HEAD};
use crate::form::FieldId;

/// A property of a JS value, if reading it works.
fn prop(v: &JsValue, key: &str) -> Option<JsValue> {
    js::get(v, &JsValue::from_str(key)).ok()
}

/// Calls `v[method]()` and waits for the promise it returns.
async fn call_async(v: &JsValue, method: &str) -> Option<JsValue> {
    let f = prop(v, method)?.dyn_into::<js_sys::Function>().ok()?;
    let promise = js::apply(&f, v, &Array::new()).ok()?;
    JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?)
        .await
        .ok()
}

/// Lowercase hex.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// What the model needs of one `File`: its name and size, and (unless it is
/// empty or over `max_bytes`, which makes it an error anyway) its first
/// bytes' type and its SHA-256.
async fn describe(file: &JsValue, max_bytes: u64) -> Attachment {
    let name = prop(file, "name")
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let bytes = prop(file, "size").and_then(|s| s.as_f64()).unwrap_or(0.0) as u64;
    let mut out = Attachment {
        name: clean_name(&name),
        media_type: None,
        bytes,
        sha256: String::new(),
    };
    if bytes == 0 || bytes > max_bytes {
        return out;
    }
    let Some(buffer) = call_async(file, "arrayBuffer").await else {
        return out;
    };
    let all = Uint8Array::new(&buffer);
    let head = all.subarray(0, (HEAD as u32).min(all.length())).to_vec();
    out.media_type = sniff(&head);
    if let Ok(p) = js::digest("SHA-256", &buffer) {
        if let Ok(digest) = JsFuture::from(p).await {
            out.sha256 = hex(&Uint8Array::new(&digest).to_vec());
        }
    }
    out
}

/// The shopper chose files in `input`: each is read and added after those
/// already chosen; the input is emptied so the same file can be chosen
/// again after a Remove.
pub fn chosen(this: &Shared, input: &JsValue) {
    // The list is live: take the files before emptying the input.
    add(this, prop(input, "files"));
    let _ = js::set(input, &JsValue::from_str("value"), &JsValue::from_str(""));
}

/// Files dropped on the file field (an extra: the field itself works by
/// keyboard and screen reader): added as if chosen.
pub fn dropped(this: &Shared, event: &JsValue) {
    add(
        this,
        prop(event, "dataTransfer").and_then(|d| prop(&d, "files")),
    );
}

/// Reads each file of a `FileList` and adds it after those already chosen.
fn add(this: &Shared, list: Option<JsValue>) {
    let count = list
        .as_ref()
        .and_then(|l| prop(l, "length"))
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0) as u32;
    let files: Vec<JsValue> = (0..count)
        .filter_map(|i| {
            list.as_ref()
                .and_then(|l| js::get(l, &JsValue::from(i)).ok())
        })
        .collect();
    if files.is_empty() {
        return;
    }
    let max_bytes = match this.try_borrow() {
        Ok(w) => w.form.file_limits().max_bytes,
        Err(_) => return,
    };
    let weak = Rc::downgrade(this);
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::new();
        for file in files {
            let meta = describe(&file, max_bytes).await;
            read.push((meta, file));
        }
        let Some(this) = weak.upgrade() else { return };
        let Ok(mut w) = this.try_borrow_mut() else {
            return;
        };
        for (meta, file) in read {
            w.form.add_file(meta);
            w.files.blobs.push(file);
        }
        w.files_changed();
    });
}

/// After a reload: the files the draft names come back from IndexedDB,
/// are read again like newly chosen ones, and a submission that was waiting
/// for them is sent. Where they cannot, the field names them to choose again.
pub fn restore(this: &Shared) {
    let key = {
        let Ok(mut w) = this.try_borrow_mut() else {
            return;
        };
        let named = !w.form.value(FieldId::Attachments).is_empty();
        if !named || !w.keeps_files() || !w.form.files().is_empty() {
            return;
        }
        w.files.loading = true;
        w.saved.key("files")
    };
    let weak = Rc::downgrade(this);
    wasm_bindgen_futures::spawn_local(async move {
        let kept = store::load(&key).await;
        let Some(this) = weak.upgrade() else { return };
        let max_bytes = match this.try_borrow() {
            Ok(w) => w.form.file_limits().max_bytes,
            Err(_) => return,
        };
        let mut read = Vec::new();
        for file in kept {
            read.push((describe(&file, max_bytes).await, file));
        }
        {
            let Ok(mut w) = this.try_borrow_mut() else {
                return;
            };
            w.files.loading = false;
            if !read.is_empty() && w.form.files().is_empty() {
                for (meta, file) in read {
                    w.form.add_file(meta);
                    w.files.blobs.push(file);
                }
                // Drawn again where the shopper is, without moving focus.
                w.render_keep();
            }
        }
        super::send::resume(&this);
    });
}

/// Draws each chosen image, scaled to fit, into its thumbnail canvas: the
/// file is decoded with `createImageBitmap` (a type the browser cannot
/// decode, HEIC in most, keeps an empty square). Called after each render.
pub fn draw_thumbnails(root: &web_sys::ShadowRoot, blobs: &[JsValue]) {
    for (i, blob) in blobs.iter().enumerate() {
        let mut id = String::from("cw-file-thumb-");
        crate::text::push_uint(&mut id, i as u64);
        let Some(canvas) = root.get_element_by_id(&id) else {
            continue;
        };
        let canvas: JsValue = canvas.into();
        let blob = blob.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(window) = web_sys::window().map(JsValue::from) else {
                return;
            };
            let Some(decode) = prop(&window, "createImageBitmap")
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            else {
                return;
            };
            let Some(promise) = js::apply(&decode, &window, &Array::of1(&blob))
                .ok()
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            else {
                return;
            };
            let Ok(bitmap) = JsFuture::from(promise).await else {
                return;
            };
            let size = |v: &JsValue, key| prop(v, key).and_then(|n| n.as_f64()).unwrap_or(0.0);
            let (w, h) = (size(&bitmap, "width"), size(&bitmap, "height"));
            let side = size(&canvas, "width");
            let context = prop(&canvas, "getContext")
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| js::apply(&f, &canvas, &Array::of1(&"2d".into())).ok());
            let draw = context
                .as_ref()
                .and_then(|c| prop(c, "drawImage"))
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            if let (Some(context), Some(draw)) = (context, draw) {
                if w > 0.0 && h > 0.0 {
                    let scale = side / w.max(h);
                    let (dw, dh) = (w * scale, h * scale);
                    let args = Array::of5(
                        &bitmap,
                        &((side - dw) / 2.0).into(),
                        &((side - dh) / 2.0).into(),
                        &dw.into(),
                        &dh.into(),
                    );
                    let _ = js::apply(&draw, &context, &args);
                }
            }
            if let Some(close) =
                prop(&bitmap, "close").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            {
                let _ = js::apply(&close, &bitmap, &Array::new());
            }
        });
    }
}

impl super::Widget {
    /// Whether chosen files are kept across a reload (with the draft).
    fn keeps_files(&self) -> bool {
        self.saved.keeps_files()
    }

    /// Removes the file at `index`, from the model and the page.
    pub(super) fn remove_file(&mut self, index: usize) {
        if index < self.files.blobs.len() {
            self.files.blobs.remove(index);
        }
        self.form.remove_file(index);
        self.files_changed();
    }

    /// After a change to the files: their errors show at once (like a
    /// choice), the draft is saved, the list is drawn again and focus goes
    /// back to the file control.
    fn files_changed(&mut self) {
        // The names go into the draft: after a reload, which loses the
        // files themselves, the shopper is told which to choose again.
        let names: Vec<&str> = self.form.files().iter().map(|f| f.name.as_str()).collect();
        let names = names.join("\n");
        self.form.set(FieldId::Attachments, &names);
        self.form.leave(FieldId::Attachments);
        self.save_draft();
        if self.keeps_files() {
            let key = self.saved.key("files");
            let files = self.files.blobs.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Refused (private mode, quota): the draft still names the
                // files, and after a reload the field asks for them again.
                if files.is_empty() {
                    store::remove(&key).await;
                } else {
                    let _ = store::save(&key, &files).await;
                }
            });
        }
        self.refresh_files();
    }

    /// Draws the file field again and puts focus back on it.
    fn refresh_files(&mut self) {
        self.render_keep();
        if let Err(e) = self.refresh_errors() {
            let _ = js::console_error(&e);
        }
        if let Some(input) = self.nodes.root.get_element_by_id("cw-attachments") {
            super::dom::focus(&input);
        }
    }
}
