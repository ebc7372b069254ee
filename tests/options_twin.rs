//! The hand-written options reader (`ui::read::options`, over the entries
//! `ui::js::plain_entries` takes from the object) against `serde` +
//! `serde-wasm-bindgen`, the library it replaces: generated option objects,
//! valid and broken, are read both ways in the browser, and both must give
//! the same options or both refuse. (`beforeSubmit` and `metadata` are taken
//! out before this reader runs and are tested end to end.)
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use complaint_widget::config::{EscalationOptions, MarketOptions, Options};
use complaint_widget::ui::{js, read};
use js_sys::{Array, Object, Reflect};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

type Map<T> = BTreeMap<String, T>;

/// Keys a struct does not name. (serde-wasm-bindgen reads a struct by its
/// field names, so `deny_unknown_fields` never sees the others; a flattened
/// map of the rest does, and the twin refuses when it is not empty.)
type Rest = BTreeMap<String, serde::de::IgnoredAny>;

/// The options as a `#[derive(Deserialize)]` type would read them.
#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
struct Twin {
    locale: Option<String>,
    market: Option<String>,
    endpoint: Option<String>,
    privacy_url: Option<String>,
    fixture: Option<String>,
    headers: Option<Map<String>>,
    credentials: Option<String>,
    timeout_ms: Option<u32>,
    retries: Option<u32>,
    draft: Option<String>,
    brand: Option<String>,
    messages: Option<Map<Map<String>>>,
    markets: Option<Map<TwinMarket>>,
    presentation: Option<String>,
    theme: Option<String>,
    id: Option<String>,
    operator: Option<String>,
    escalation: Option<TwinEscalation>,
    #[serde(flatten)]
    rest: Rest,
}

/// `escalation`: `true`, `false`, or an object.
#[derive(Deserialize, Debug)]
#[serde(untagged)]
enum TwinEscalation {
    Flag(bool),
    Fields(TwinEscalationFields),
}

#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
struct TwinEscalationFields {
    name: Option<String>,
    days: Option<u32>,
    working_days: Option<bool>,
    #[serde(flatten)]
    rest: Rest,
}

impl TwinEscalation {
    /// `true` and `{}` mean the same: the operator's own escalation.
    fn norm(&self) -> (bool, Option<&String>, Option<u32>, Option<bool>) {
        match self {
            TwinEscalation::Flag(on) => (*on, None, None, None),
            TwinEscalation::Fields(f) => (true, f.name.as_ref(), f.days, f.working_days),
        }
    }
}

impl PartialEq for TwinEscalation {
    fn eq(&self, o: &TwinEscalation) -> bool {
        self.norm() == o.norm()
    }
}

#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
struct TwinMarket {
    bodies: Option<Vec<TwinBody>>,
    replace_bodies: Option<bool>,
    complaint_days: Option<u32>,
    working_days: Option<bool>,
    escalation_days: Option<u32>,
    #[serde(flatten)]
    rest: Rest,
}

#[derive(Deserialize, Debug)]
struct TwinBody {
    name: String,
    url: Option<String>,
    #[serde(flatten)]
    rest: Rest,
}

/// Everything but the unknown keys (which must be none) is compared.
impl PartialEq for Twin {
    fn eq(&self, o: &Twin) -> bool {
        (
            (&self.locale, &self.market, &self.endpoint),
            (&self.privacy_url, &self.fixture),
            &self.headers,
            &self.credentials,
            (self.timeout_ms, self.retries),
            &self.draft,
            &self.brand,
            &self.messages,
            &self.markets,
            (&self.presentation, &self.theme, &self.id),
            (&self.operator, &self.escalation),
        ) == (
            (&o.locale, &o.market, &o.endpoint),
            (&o.privacy_url, &o.fixture),
            &o.headers,
            &o.credentials,
            (o.timeout_ms, o.retries),
            &o.draft,
            &o.brand,
            &o.messages,
            &o.markets,
            (&o.presentation, &o.theme, &o.id),
            (&o.operator, &o.escalation),
        )
    }
}

impl PartialEq for TwinMarket {
    fn eq(&self, o: &TwinMarket) -> bool {
        (
            &self.bodies,
            self.replace_bodies,
            self.complaint_days,
            self.working_days,
            self.escalation_days,
        ) == (
            &o.bodies,
            o.replace_bodies,
            o.complaint_days,
            o.working_days,
            o.escalation_days,
        )
    }
}

impl PartialEq for TwinBody {
    fn eq(&self, o: &TwinBody) -> bool {
        (&self.name, &self.url) == (&o.name, &o.url)
    }
}

impl Twin {
    /// Whether any object read had a key its struct does not name.
    fn has_unknown_keys(&self) -> bool {
        let market = |m: &TwinMarket| {
            !m.rest.is_empty() || m.bodies.iter().flatten().any(|b| !b.rest.is_empty())
        };
        let escalation =
            matches!(&self.escalation, Some(TwinEscalation::Fields(f)) if !f.rest.is_empty());
        !self.rest.is_empty()
            || escalation
            || self.markets.iter().flat_map(|m| m.values()).any(market)
    }
}

/// The hand-written reader's result in the twin's shape.
fn as_twin(o: Options) -> Twin {
    let map = |e: Vec<(String, String)>| e.into_iter().collect::<Map<String>>();
    let market = |m: MarketOptions| TwinMarket {
        bodies: m.bodies.map(|b| {
            b.into_iter()
                .map(|b| TwinBody {
                    name: b.name,
                    url: b.url,
                    rest: Rest::new(),
                })
                .collect()
        }),
        replace_bodies: m.replace_bodies,
        complaint_days: m.complaint_days,
        working_days: m.working_days,
        escalation_days: m.escalation_days,
        rest: Rest::new(),
    };
    Twin {
        locale: o.locale,
        market: o.market,
        endpoint: o.endpoint,
        privacy_url: o.privacy_url,
        fixture: o.fixture,
        headers: o.headers.map(map),
        credentials: o.credentials,
        timeout_ms: o.timeout_ms,
        retries: o.retries,
        draft: o.draft,
        brand: o.brand,
        messages: o
            .messages
            .map(|m| m.into_iter().map(|(k, v)| (k, map(v))).collect()),
        markets: o
            .markets
            .map(|m| m.into_iter().map(|(k, v)| (k, market(v))).collect()),
        presentation: o.presentation,
        theme: o.theme,
        id: o.id,
        operator: o.operator,
        escalation: o.escalation.map(|e: EscalationOptions| {
            if e.enabled {
                TwinEscalation::Fields(TwinEscalationFields {
                    name: e.name,
                    days: e.days,
                    working_days: e.working_days,
                    rest: Rest::new(),
                })
            } else {
                TwinEscalation::Flag(false)
            }
        }),
        rest: Rest::new(),
    }
}

/// Makes one generated value.
type Make = fn(&mut Gen) -> JsValue;

/// A small seeded generator (xorshift), so a failure can be replayed.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn text(&mut self) -> JsValue {
        const TEXTS: &[&str] = &[
            "",
            "nl",
            "SE",
            "https://shop.example/api",
            "<img src=x onerror=alert(1)>",
            "\u{202e}txet",
            "\u{0}",
            "a\"b\\c",
            "😀",
            "__proto__",
        ];
        JsValue::from_str(TEXTS[self.below(TEXTS.len() as u64) as usize])
    }
    /// A value of a wrong type (or null/undefined, which mean "not given").
    /// Not an array where an object is expected: see
    /// `arrays_where_objects_belong_are_refused`.
    fn other_than_object(&mut self) -> JsValue {
        match self.below(5) {
            0 => JsValue::NULL,
            1 => JsValue::from(true),
            2 => JsValue::from(1.5),
            3 => JsValue::from_str("x"),
            _ => JsValue::from(7),
        }
    }

    fn other(&mut self) -> JsValue {
        match self.below(9) {
            0 => JsValue::NULL,
            1 => JsValue::UNDEFINED,
            2 => JsValue::from(true),
            3 => JsValue::from(1.5),
            4 => JsValue::from(-1),
            5 => JsValue::from(4_294_967_296.0),
            6 => Array::new().into(),
            7 => Object::new().into(),
            _ => JsValue::from(7),
        }
    }
    fn whole(&mut self) -> JsValue {
        JsValue::from(self.below(200_000) as f64)
    }
    fn boolean(&mut self) -> JsValue {
        JsValue::from(self.chance(50))
    }
    fn strings(&mut self) -> JsValue {
        let o = Object::new();
        for _ in 0..self.below(4) {
            let v = if self.chance(90) {
                self.text()
            } else {
                self.other()
            };
            set(&o, &format!("K{}", self.below(5)), &v);
        }
        o.into()
    }
    fn market(&mut self) -> JsValue {
        let o = Object::new();
        if self.chance(60) {
            let list = Array::new();
            for _ in 0..self.below(3) {
                let b = Object::new();
                if self.chance(90) {
                    set(&b, "name", &self.text());
                }
                if self.chance(50) {
                    set(&b, "url", &self.text());
                }
                if self.chance(5) {
                    set(&b, "logo", &self.text());
                }
                list.push(&if self.chance(95) {
                    b.into()
                } else {
                    self.other_than_object()
                });
            }
            set(
                &o,
                "bodies",
                &if self.chance(95) {
                    list.into()
                } else {
                    self.other()
                },
            );
        }
        let fields: [(&str, Make); 4] = [
            ("replaceBodies", Gen::boolean),
            ("complaintDays", Gen::whole),
            ("workingDays", Gen::boolean),
            ("escalationDays", Gen::whole),
        ];
        self.some_of(&o, &fields, 40);
        if self.chance(5) {
            set(&o, "days", &self.whole());
        }
        o.into()
    }
    /// Sets each of `fields` with `percent` % chance: mostly a good value,
    /// sometimes one of the wrong type.
    fn some_of(&mut self, o: &Object, fields: &[(&str, Make)], percent: u64) {
        for (k, good) in fields {
            if self.chance(percent) {
                let v = if self.chance(85) {
                    good(self)
                } else {
                    self.other()
                };
                set(o, k, &v);
            }
        }
    }

    fn escalation(&mut self) -> JsValue {
        let o = Object::new();
        let fields: [(&str, Make); 3] = [
            ("name", Gen::text),
            ("days", Gen::whole),
            ("workingDays", Gen::boolean),
        ];
        self.some_of(&o, &fields, 50);
        if self.chance(5) {
            set(&o, "nmae", &self.text());
        }
        o.into()
    }
    fn options(&mut self) -> JsValue {
        let o = Object::new();
        const STRINGS: &[&str] = &[
            "locale",
            "market",
            "endpoint",
            "privacyUrl",
            "fixture",
            "credentials",
            "draft",
            "brand",
            "presentation",
            "theme",
            "id",
            "operator",
        ];
        for k in STRINGS {
            if self.chance(30) {
                let v = if self.chance(85) {
                    self.text()
                } else {
                    self.other()
                };
                set(&o, k, &v);
            }
        }
        for k in ["timeoutMs", "retries"] {
            if self.chance(30) {
                let v = if self.chance(85) {
                    self.whole()
                } else {
                    self.other()
                };
                set(&o, k, &v);
            }
        }
        if self.chance(30) {
            let v = if self.chance(85) {
                self.strings()
            } else {
                self.other_than_object()
            };
            set(&o, "headers", &v);
        }
        if self.chance(30) {
            let m = Object::new();
            for _ in 0..self.below(3) {
                let v = if self.chance(90) {
                    self.strings()
                } else {
                    self.other_than_object()
                };
                set(&m, ["nl", "sv", "en-GB"][self.below(3) as usize], &v);
            }
            set(
                &o,
                "messages",
                &if self.chance(95) {
                    m.into()
                } else {
                    self.other_than_object()
                },
            );
        }
        if self.chance(30) {
            let m = Object::new();
            for _ in 0..self.below(3) {
                let v = if self.chance(90) {
                    self.market()
                } else {
                    self.other_than_object()
                };
                set(&m, ["SE", "NL", "NO"][self.below(3) as usize], &v);
            }
            set(
                &o,
                "markets",
                &if self.chance(95) {
                    m.into()
                } else {
                    self.other_than_object()
                },
            );
        }
        if self.chance(30) {
            let v = match self.below(10) {
                0..=2 => self.boolean(),
                3..=8 => self.escalation(),
                _ => self.other(),
            };
            set(&o, "escalation", &v);
        }
        if self.chance(5) {
            set(&o, "endpiont", &self.text());
        }
        o.into()
    }
}

fn set(o: &Object, k: &str, v: &JsValue) {
    Reflect::set(o, &JsValue::from_str(k), v).unwrap();
}

fn hand_written(v: &JsValue) -> Result<Twin, String> {
    let entries = js::plain_entries(v)?;
    read::options(&entries)
        .map(as_twin)
        .map_err(|e| e.message())
}

fn library(v: &JsValue) -> Result<Twin, String> {
    let twin = serde_wasm_bindgen::from_value::<Twin>(v.clone()).map_err(|e| e.to_string())?;
    if twin.has_unknown_keys() {
        return Err(String::from("unknown keys"));
    }
    Ok(twin)
}

#[wasm_bindgen_test]
fn the_options_reader_agrees_with_serde_on_generated_options() {
    let mut gen = Gen(0x5eed_cafe_f00d_1234);
    let (mut both_ok, mut both_refused) = (0, 0);
    for case in 0..600 {
        let v = gen.options();
        let json = js_sys::JSON::stringify(&v).ok().and_then(|s| s.as_string());
        match (hand_written(&v), library(&v)) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "case {case}: {json:?}");
                both_ok += 1;
            }
            (Err(_), Err(_)) => both_refused += 1,
            (a, b) => panic!("case {case}: {json:?}\nhand-written: {a:?}\nserde: {b:?}"),
        }
    }
    // The generator reaches both outcomes often.
    assert!(
        both_ok > 100 && both_refused > 100,
        "{both_ok} read, {both_refused} refused"
    );
}

#[wasm_bindgen_test]
fn both_refuse_an_own_proto_key() {
    let proto: JsValue =
        js_sys::JSON::parse(r#"{"__proto__": {"privacyUrl": "https://attacker.example/"}}"#)
            .unwrap();
    assert!(hand_written(&proto).is_err());
    assert!(library(&proto).is_err());
}

/// A deliberate difference: serde-wasm-bindgen reads an array as a map of
/// its indexes; the hand-written reader wants a plain object wherever the
/// README says "object", so `mount(el, [])` or `headers: []` is a mistake
/// reported by name, not an empty map.
#[wasm_bindgen_test]
fn arrays_where_objects_belong_are_refused() {
    let options = |k: &str| {
        let o = Object::new();
        set(&o, k, &Array::new());
        JsValue::from(o)
    };
    for v in [
        Array::new().into(),
        options("headers"),
        options("messages"),
        options("markets"),
    ] {
        let why = hand_written(&v).unwrap_err();
        assert!(why.contains("an array"), "{why}");
    }
}
