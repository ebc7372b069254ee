//! Reading the integrator's options object into the pure types. Every value
//! is read through [`super::js`] (a getter or `Proxy` that throws is an
//! error, not an exception) and checked for its type; an error names the
//! option, so the integrator knows what to fix. (A serialisation framework
//! did this before; reading by hand keeps its weight out of the wasm module,
//! and `tests/options_twin.rs` checks it against serde-wasm-bindgen.)
//! Drafts and the outbox are read in pure code: [`crate::draft`].

use crate::prelude::*;

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

use super::js;
use crate::config::{
    check_key, AttachmentOptions, BodyOptions, ChoiceOptions, ConfigError, Entries,
    EscalationOptions, FieldOptions, MarketOptions, Options, PrefillOptions, PrefillValue,
};
use crate::options::{Type, OPTIONS};

fn bad(key: &str, expected: &str) -> ConfigError {
    ConfigError::Unreadable(["option `", key, "` must be ", expected].concat())
}

/// `at.key`, an option's name in messages.
fn dot(at: &str, key: &str) -> String {
    [at, ".", key].concat()
}

/// `at[i]`, an array entry's name in messages.
fn indexed(at: &str, i: u32) -> String {
    let mut out = [at, "["].concat();
    crate::text::push_uint(&mut out, u64::from(i));
    out.push(']');
    out
}

/// An object's own entries, read once; what the options reader works on.
type Pairs = [(String, JsValue)];

/// The value of `key`, unless it is absent, `undefined` or `null`.
fn get(o: &Pairs, key: &str) -> Option<JsValue> {
    o.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_undefined() && !v.is_null())
}

#[inline(never)]
fn string(o: &Pairs, key: &str, name: &str) -> Result<Option<String>, ConfigError> {
    match get(o, key) {
        None => Ok(None),
        Some(v) => v.as_string().map(Some).ok_or_else(|| bad(name, "a string")),
    }
}

#[inline(never)]
fn whole(o: &Pairs, key: &str, name: &str) -> Result<Option<u32>, ConfigError> {
    match get(o, key) {
        None => Ok(None),
        Some(v) => match v.as_f64() {
            Some(n) if crate::text::is_whole(n) && (0.0..=f64::from(u32::MAX)).contains(&n) => {
                Ok(Some(n as u32))
            }
            _ => Err(bad(name, "a whole number")),
        },
    }
}

#[inline(never)]
fn boolean(o: &Pairs, key: &str, name: &str) -> Result<Option<bool>, ConfigError> {
    match get(o, key) {
        None => Ok(None),
        Some(v) => v
            .as_bool()
            .map(Some)
            .ok_or_else(|| bad(name, "true or false")),
    }
}

/// The entries of a plain object, or an error naming the option: it is
/// something else, or reading it threw (a getter, a `Proxy`).
pub fn entries(v: &JsValue, name: &str) -> Result<Vec<(String, JsValue)>, ConfigError> {
    js::plain_entries(v).map_err(|why| {
        ConfigError::Unreadable(
            ["option `", name, "` must be a plain object (", &why, ")"].concat(),
        )
    })
}

/// A plain object whose every value `read` turns into a `T`; `read` gets the
/// value and its name for messages (`markets.SE`).
fn each<T>(
    v: &JsValue,
    name: &str,
    read: &dyn Fn(&JsValue, &str) -> Result<T, ConfigError>,
) -> Result<Entries<T>, ConfigError> {
    let mut out = Vec::new();
    for (k, value) in entries(v, name)? {
        let item = read(&value, &dot(name, &k))?;
        out.push((k, item));
    }
    Ok(out)
}

fn string_map(v: &JsValue, name: &str) -> Result<Entries<String>, ConfigError> {
    each(v, name, &|value: &JsValue, at: &str| {
        value.as_string().ok_or_else(|| bad(at, "a string"))
    })
}

/// The entries of a plain object with only these keys; `what` names it in
/// the message for another key ("a market takes ...").
fn keyed(
    v: &JsValue,
    name: &str,
    what: &str,
    keys: &[&str],
) -> Result<Vec<(String, JsValue)>, ConfigError> {
    let o = entries(v, name)?;
    for (k, _) in &o {
        if !keys.contains(&k.as_str()) {
            return Err(ConfigError::Unreadable(
                [
                    "unknown option `",
                    name,
                    ".",
                    k,
                    "`; ",
                    what,
                    " takes ",
                    &keys.join(", "),
                ]
                .concat(),
            ));
        }
    }
    Ok(o)
}

fn market(v: &JsValue, name: &str) -> Result<MarketOptions, ConfigError> {
    const KEYS: &[&str] = &[
        "bodies",
        "replaceBodies",
        "complaintDays",
        "workingDays",
        "escalationDays",
    ];
    let o = keyed(v, name, "a market", KEYS)?;
    let bodies = match get(&o, "bodies") {
        None => None,
        Some(list) => {
            let at = dot(name, "bodies");
            if !js::is_array(&list).unwrap_or(false) {
                return Err(bad(&at, "an array"));
            }
            let list: Array = list.unchecked_into();
            if list.length() > 100 {
                return Err(bad(&at, "an array of at most 100 bodies"));
            }
            let mut out = Vec::new();
            for i in 0..list.length() {
                let at = indexed(&at, i);
                let b = js::get(&list, &JsValue::from(i)).map_err(|_| bad(&at, "readable"))?;
                let b = keyed(&b, &at, "a body", &["name", "url"])?;
                let body_name = string(&b, "name", &dot(&at, "name"))?
                    .ok_or_else(|| bad(&dot(&at, "name"), "a string"))?;
                out.push(BodyOptions {
                    name: body_name,
                    url: string(&b, "url", &dot(&at, "url"))?,
                });
            }
            Some(out)
        }
    };
    Ok(MarketOptions {
        bodies,
        replace_bodies: boolean(&o, "replaceBodies", &dot(name, "replaceBodies"))?,
        complaint_days: whole(&o, "complaintDays", &dot(name, "complaintDays"))?,
        working_days: boolean(&o, "workingDays", &dot(name, "workingDays"))?,
        escalation_days: whole(&o, "escalationDays", &dot(name, "escalationDays"))?,
    })
}

/// `escalation`: `true`, `false`, or an object with `name`, `days` and
/// `workingDays` (each optional).
fn escalation(v: &JsValue) -> Result<EscalationOptions, ConfigError> {
    if let Some(enabled) = v.as_bool() {
        return Ok(EscalationOptions {
            enabled,
            ..Default::default()
        });
    }
    let o = keyed(
        v,
        "escalation",
        "an escalation (or true, or false)",
        &["name", "days", "workingDays"],
    )?;
    Ok(EscalationOptions {
        enabled: true,
        name: string(&o, "name", "escalation.name")?,
        days: whole(&o, "days", "escalation.days")?,
        working_days: boolean(&o, "workingDays", "escalation.workingDays")?,
    })
}

/// `prefill`: values by key, and `readonly`, an array of keys. A value of
/// the wrong type is kept as such: the checks report it without stopping
/// the form.
#[inline(never)]
fn prefill(v: &JsValue) -> Result<PrefillOptions, ConfigError> {
    let mut out = PrefillOptions::default();
    for (k, value) in entries(v, "prefill")? {
        if value.is_undefined() || value.is_null() {
            continue;
        }
        if k == "readonly" {
            let at = "prefill.readonly";
            if !js::is_array(&value).unwrap_or(false) {
                return Err(bad(at, "an array of keys"));
            }
            let list: Array = value.unchecked_into();
            if list.length() > 64 {
                return Err(bad(at, "an array of at most 64 keys"));
            }
            for i in 0..list.length() {
                let key = js::get(&list, &JsValue::from(i))
                    .ok()
                    .and_then(|k| k.as_string())
                    .ok_or_else(|| bad(at, "an array of keys (strings)"))?;
                out.readonly.push(key);
            }
            continue;
        }
        let value = if let Some(text) = value.as_string() {
            PrefillValue::Text(text)
        } else if let Some(flag) = value.as_bool() {
            PrefillValue::Flag(flag)
        } else if value.as_f64().is_some() {
            PrefillValue::Other("a number")
        } else {
            PrefillValue::Other("an object")
        };
        out.values.push((k, value));
    }
    Ok(out)
}

/// An array whose every item `read` turns into a `T` (at most `max`).
fn list<T>(
    v: &JsValue,
    at: &str,
    max: u32,
    read: &dyn Fn(&JsValue, &str) -> Result<T, ConfigError>,
) -> Result<Vec<T>, ConfigError> {
    if !js::is_array(v).unwrap_or(false) {
        return Err(bad(at, "an array"));
    }
    let items: &Array = v.unchecked_ref();
    if items.length() > max {
        let mut expected = String::from("an array of at most ");
        crate::text::push_uint(&mut expected, u64::from(max));
        expected.push_str(" entries");
        return Err(bad(at, &expected));
    }
    let mut out = Vec::new();
    for i in 0..items.length() {
        let here = indexed(at, i);
        let item = js::get(items, &JsValue::from(i)).map_err(|_| bad(&here, "readable"))?;
        out.push(read(&item, &here)?);
    }
    Ok(out)
}

/// `{ id, label }`: a category or a select's option.
#[inline(never)]
fn choice(v: &JsValue, at: &str) -> Result<ChoiceOptions, ConfigError> {
    let o = keyed(v, at, "a choice", &["id", "label"])?;
    Ok(ChoiceOptions {
        id: string(&o, "id", &dot(at, "id"))?.ok_or_else(|| bad(&dot(at, "id"), "a string"))?,
        label: match get(&o, "label") {
            Some(l) => string_map(&l, &dot(at, "label"))?,
            None => Vec::new(),
        },
    })
}

/// One merchant field.
#[inline(never)]
fn custom_field(v: &JsValue, at: &str) -> Result<FieldOptions, ConfigError> {
    const KEYS: &[&str] = &["id", "type", "required", "label", "hint", "options"];
    let o = keyed(v, at, "a field", KEYS)?;
    let need =
        |key: &str| string(&o, key, &dot(at, key))?.ok_or_else(|| bad(&dot(at, key), "a string"));
    Ok(FieldOptions {
        id: need("id")?,
        kind: need("type")?,
        required: boolean(&o, "required", &dot(at, "required"))?,
        label: match get(&o, "label") {
            Some(l) => string_map(&l, &dot(at, "label"))?,
            None => Vec::new(),
        },
        hint: match get(&o, "hint") {
            Some(l) => string_map(&l, &dot(at, "hint"))?,
            None => Vec::new(),
        },
        options: match get(&o, "options") {
            Some(l) => list(&l, &dot(at, "options"), 50, &choice)?,
            None => Vec::new(),
        },
    })
}

/// Reads the options object's entries, each by its type in the table of
/// options ([`crate::options`]); `beforeSubmit` and `metadata` are read by
/// the caller and skipped here. Unknown keys (`__proto__` among them) are
/// refused by name before anything is read, and wrong types by name.
pub fn options(o: &Pairs) -> Result<Options, ConfigError> {
    for (key, _) in o {
        check_key(key)?;
    }
    let mut out = Options::default();
    for spec in OPTIONS {
        let name = spec.name;
        let Some(v) = get(o, name) else {
            continue;
        };
        match spec.ty {
            Type::Text | Type::Choice(_) => {
                let text = v.as_string().ok_or_else(|| bad(name, "a string"))?;
                if let Some(slot) = out.text_mut(name) {
                    *slot = Some(text);
                }
            }
            Type::Whole { .. } => {
                let n = whole(o, name, name)?;
                if let Some(slot) = out.whole_mut(name) {
                    *slot = n;
                }
            }
            Type::Headers => out.headers = Some(string_map(&v, name)?),
            Type::Messages => out.messages = Some(each(&v, name, &string_map)?),
            Type::Markets => out.markets = Some(each(&v, name, &market)?),
            Type::Escalation => out.escalation = Some(escalation(&v)?),
            Type::Prefill => out.prefill = Some(prefill(&v)?),
            Type::Categories => {
                out.categories = Some(each(&v, name, &|l, at| list(l, at, 50, &choice))?)
            }
            Type::Attachments => {
                out.attachments = Some(match v.as_bool() {
                    Some(enabled) => AttachmentOptions {
                        enabled,
                        ..Default::default()
                    },
                    None => {
                        let o = keyed(&v, name, "attachments", &["max", "maxBytes"])?;
                        AttachmentOptions {
                            enabled: true,
                            max: whole(&o, "max", "attachments.max")?,
                            max_bytes: whole(&o, "maxBytes", "attachments.maxBytes")?,
                        }
                    }
                })
            }
            Type::Fields => {
                out.fields = Some(each(&v, name, &|l, at| list(l, at, 50, &custom_field))?)
            }
            Type::Metadata { .. } | Type::Hook => {}
        }
    }
    Ok(out)
}
