//! The widget's hand-written JSON (`src/json.rs`, `src/draft.rs`) checked
//! against `serde_json` over generated inputs: every string the writer
//! writes reads back equal; the payload, draft and outbox documents have the
//! shape the schema and the readers expect; and the strict reader agrees
//! with a reference reader built on `serde_json` on generated documents,
//! valid, mutated and truncated.
//!
//! The reference reader states the semantics `Draft::from_json` and
//! `Outbox::from_json` keep from the browser's `JSON.parse` reading they
//! replace, and where they are stricter on purpose (see
//! `deliberate_differences_from_json_parse`).
#![cfg(not(target_arch = "wasm32"))]

use std::fmt;

use complaint_widget::draft::{Draft, Outbox, MAX_VALUES};
use complaint_widget::form::field::ALL_FIELDS;
use complaint_widget::form::{FieldId, FieldKind, Form, Kind, Outcome, Step};
use complaint_widget::json::{self, Reader, Scalar, MAX_DEPTH};
use complaint_widget::payload;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// A JSON value as serde_json reads it, members kept in document order (with
// duplicates), and whole numbers told apart from other numbers.

#[derive(Clone, Debug, PartialEq)]
enum J {
    Null,
    Bool(bool),
    /// An unsigned integer literal (serde_json's `visit_u64`).
    Whole(u64),
    /// Any other number, as written.
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl<'de> Deserialize<'de> for J {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<J, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = J;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<J, E> {
                Ok(J::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<J, E> {
                Ok(J::Bool(b))
            }
            fn visit_u64<E>(self, n: u64) -> Result<J, E> {
                Ok(J::Whole(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<J, E> {
                Ok(J::Num(n.to_string()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<J, E> {
                Ok(J::Num(n.to_string()))
            }
            fn visit_str<E>(self, s: &str) -> Result<J, E> {
                Ok(J::Str(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<J, E> {
                Ok(J::Str(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<J, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = seq.next_element()? {
                    out.push(v);
                }
                Ok(J::Arr(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<J, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, J>()? {
                    out.push((k, v));
                }
                Ok(J::Obj(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// How deeply arrays and objects nest.
fn depth(j: &J) -> usize {
    match j {
        J::Arr(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        J::Obj(members) => 1 + members.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

/// A document as the reference reads it: serde_json's parse, then the
/// reader's one extra limit, the nesting depth.
fn reference_parse(text: &str) -> Option<J> {
    let j: J = serde_json::from_str(text).ok()?;
    (depth(&j) <= usize::from(MAX_DEPTH)).then_some(j)
}

/// Whether serde_json refuses `text` for a number beyond `f64`, which
/// `JSON.parse` and the reader accept (as infinity, in places they skip).
/// The generated cases where that happens are not compared.
fn out_of_range(text: &str) -> bool {
    serde_json::from_str::<J>(text).is_err_and(|e| e.to_string().starts_with("number out of range"))
}

/// The last value of `key` (as `JSON.parse` keeps it).
fn last<'a>(members: &'a [(String, J)], key: &str) -> Option<&'a J> {
    members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn reference_draft(text: &str) -> Option<Draft> {
    let J::Obj(top) = reference_parse(text)? else {
        return None;
    };
    let v = match last(&top, "v")? {
        J::Whole(n) => u32::try_from(*n).ok()?,
        _ => return None,
    };
    let kind = match last(&top, "kind") {
        Some(J::Str(s)) => Some(s.clone()),
        _ => None,
    };
    let values = match last(&top, "values") {
        None | Some(J::Null) => Vec::new(),
        Some(J::Obj(members)) => {
            let mut keys: Vec<&String> = Vec::new();
            for (k, _) in members {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            if keys.len() > MAX_VALUES {
                return None;
            }
            keys.into_iter()
                .filter_map(|k| match last(members, k) {
                    Some(J::Str(s)) => Some((k.clone(), s.clone())),
                    _ => None,
                })
                .collect()
        }
        Some(_) => return None,
    };
    Some(Draft { v, kind, values })
}

fn reference_outbox(text: &str) -> Option<Outbox> {
    let J::Obj(top) = reference_parse(text)? else {
        return None;
    };
    let string = |key| match last(&top, key) {
        Some(J::Str(s)) => Some(s.clone()),
        _ => None,
    };
    Some(Outbox {
        id: string("id")?,
        body: string("body")?,
        draft: string("draft").unwrap_or_default(),
        held: last(&top, "held") == Some(&J::Bool(true)),
    })
}

// ---------------------------------------------------------------------------
// Generated strings and documents.

/// Characters that writers and readers get wrong: controls, quotes,
/// backslashes, the JavaScript line separators, astral characters, lone
/// combining marks, noncharacters, and anything else.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '\u{0}', '\u{1}', '\u{8}', '\t', '\n', '\u{b}', '\u{c}', '\r', '\u{1b}', '\u{1f}',
            '\u{7f}', '\u{80}', '\u{9f}', '"', '\\', '/', '\'', '<', '>', '&', '{', '}', '[',
            ']', ':', ',', '\u{2028}', '\u{2029}', '\u{301}', '\u{20dd}', '\u{200d}', '\u{202e}',
            '\u{feff}', '\u{fffd}', '\u{ffff}', '\u{10000}', '\u{1f600}', '\u{1f1f3}', '\u{10ffff}',
            'é', 'ש', 'ß', 'a', 'Z', '0', ' ',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_string() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..24).prop_map(|cs| cs.into_iter().collect())
}

/// A tiny deterministic choice source, so one generated seed picks every
/// whitespace and escape form of a document.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn hex4(out: &mut String, dice: &mut Dice, unit: u32) {
    let digits = if dice.roll(2) == 0 {
        format!("{unit:04x}")
    } else {
        format!("{unit:04X}")
    };
    out.push_str("\\u");
    out.push_str(&digits);
}

/// Writes `s` as a JSON string in one of the many ways JSON allows.
fn write_str(out: &mut String, dice: &mut Dice, s: &str) {
    out.push('"');
    for c in s.chars() {
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            '/' => Some("\\/"),
            _ => None,
        };
        let must = (c as u32) < 0x20 || c == '"' || c == '\\';
        match (short, must || dice.roll(6) == 0) {
            (Some(esc), true) if dice.roll(3) != 0 => out.push_str(esc),
            (_, true) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    hex4(out, dice, u32::from(*unit));
                }
            }
            (_, false) => out.push(c),
        }
    }
    out.push('"');
}

fn space(out: &mut String, dice: &mut Dice) {
    out.push_str(["", "", "", " ", "\n", "\t", "\r\n  "][dice.roll(7) as usize]);
}

fn write_json(out: &mut String, dice: &mut Dice, j: &J) {
    space(out, dice);
    match j {
        J::Null => out.push_str("null"),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Whole(n) => out.push_str(&n.to_string()),
        J::Num(text) => out.push_str(text),
        J::Str(s) => write_str(out, dice, s),
        J::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, dice, item);
            }
            space(out, dice);
            out.push(']');
        }
        J::Obj(members) => {
            out.push('{');
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(out, dice);
                write_str(out, dice, k);
                space(out, dice);
                out.push(':');
                write_json(out, dice, v);
            }
            space(out, dice);
            out.push('}');
        }
    }
    space(out, dice);
}

/// Numbers other than plain whole ones. Exponents have one digit, so that a
/// mutation adding one digit stays within `f64` (serde_json refuses numbers
/// beyond it; `JSON.parse` and the reader take them as they are).
fn number_text() -> impl Strategy<Value = String> {
    "-?(0|[1-9][0-9]{0,9})(\\.[0-9]{1,4})?([eE][+-]?[0-9])?"
}

fn whole() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..=3,
        Just(u64::from(u32::MAX)),
        Just(u64::from(u32::MAX) + 1),
        any::<u64>(),
    ]
}

fn any_json() -> impl Strategy<Value = J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        whole().prop_map(J::Whole),
        number_text().prop_map(J::Num),
        tricky_string().prop_map(J::Str),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(J::Arr),
            prop::collection::vec((key(), inner), 0..4).prop_map(J::Obj),
        ]
    })
}

/// Keys: a few that collide often, the draft's own, and anything.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ab]{0,2}",
        prop::sample::select(vec!["email", "name", "__proto__", "0", "v", "kind"])
            .prop_map(String::from),
        tricky_string(),
    ]
}

/// Members a draft or an outbox may have, right or wrong.
fn member() -> impl Strategy<Value = (String, J)> {
    let text = || tricky_string().prop_map(J::Str);
    prop_oneof![
        3 => prop_oneof![3 => whole().prop_map(J::Whole), 1 => any_json()]
            .prop_map(|v| ("v".to_string(), v)),
        2 => prop_oneof![3 => text(), 1 => any_json()].prop_map(|v| ("kind".to_string(), v)),
        3 => prop_oneof![
            4 => prop::collection::vec((key(), prop_oneof![3 => text(), 1 => any_json()]), 0..6)
                .prop_map(J::Obj),
            1 => any_json(),
        ]
        .prop_map(|v| ("values".to_string(), v)),
        2 => prop_oneof![3 => text(), 1 => any_json()].prop_map(|v| ("id".to_string(), v)),
        2 => prop_oneof![3 => text(), 1 => any_json()].prop_map(|v| ("body".to_string(), v)),
        1 => prop_oneof![3 => text(), 1 => any_json()].prop_map(|v| ("draft".to_string(), v)),
        1 => prop_oneof![3 => any::<bool>().prop_map(J::Bool), 1 => any_json()]
            .prop_map(|v| ("held".to_string(), v)),
        1 => (key(), any_json()),
    ]
}

/// A draft as the widget writes it, give or take a member.
fn draft_doc() -> impl Strategy<Value = J> {
    let text = || tricky_string().prop_map(J::Str);
    (
        prop_oneof![4 => (0u64..=2).prop_map(J::Whole), 1 => any_json()],
        prop::option::of(prop_oneof![4 => text(), 1 => any_json()]),
        prop::option::of(
            prop::collection::vec((key(), prop_oneof![4 => text(), 1 => any_json()]), 0..6)
                .prop_map(J::Obj),
        ),
        prop::collection::vec(member(), 0..2),
    )
        .prop_flat_map(|(v, kind, values, mut members)| {
            members.push(("v".to_string(), v));
            members.extend(kind.map(|k| ("kind".to_string(), k)));
            members.extend(values.map(|v| ("values".to_string(), v)));
            Just(members).prop_shuffle().prop_map(J::Obj)
        })
}

/// An outbox entry as the widget writes it, give or take a member.
fn outbox_doc() -> impl Strategy<Value = J> {
    let text = || prop_oneof![6 => tricky_string().prop_map(J::Str), 1 => any_json()];
    (
        text(),
        text(),
        prop::option::of(text()),
        prop::option::of(prop_oneof![any::<bool>().prop_map(J::Bool), any_json()]),
        prop::collection::vec(member(), 0..2),
    )
        .prop_flat_map(|(id, body, draft, held, mut members)| {
            members.push(("id".to_string(), id));
            members.push(("body".to_string(), body));
            members.extend(draft.map(|d| ("draft".to_string(), d)));
            members.extend(held.map(|h| ("held".to_string(), h)));
            Just(members).prop_shuffle().prop_map(J::Obj)
        })
}

fn document() -> impl Strategy<Value = J> {
    prop_oneof![
        3 => draft_doc(),
        3 => outbox_doc(),
        2 => prop::collection::vec(member(), 0..7).prop_map(J::Obj),
        1 => any_json(),
    ]
}

/// One edit that usually breaks a document: cut it short, or drop, add or
/// replace one character.
#[derive(Clone, Debug)]
enum Mutation {
    None,
    Truncate(prop::sample::Index),
    Delete(prop::sample::Index),
    Insert(prop::sample::Index, char),
    Replace(prop::sample::Index, char),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let c = || {
        prop::sample::select(vec![
            '{', '}', '[', ']', '"', ',', ':', '\\', 'u', 'd', '8', '0', 'e', '-', '.', '1', ' ',
            'n', 't', '\u{0}', '\u{1f}', '\n', '\u{7f}', '\u{a0}',
        ])
    };
    let i = any::<prop::sample::Index>;
    prop_oneof![
        4 => Just(Mutation::None),
        1 => i().prop_map(Mutation::Truncate),
        1 => i().prop_map(Mutation::Delete),
        1 => (i(), c()).prop_map(|(i, c)| Mutation::Insert(i, c)),
        1 => (i(), c()).prop_map(|(i, c)| Mutation::Replace(i, c)),
    ]
}

fn mutate(text: &str, m: &Mutation) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    match m {
        Mutation::None => {}
        Mutation::Truncate(i) => chars.truncate(i.index(n + 1)),
        Mutation::Delete(i) if n > 0 => {
            chars.remove(i.index(n));
        }
        Mutation::Insert(i, c) => chars.insert(i.index(n + 1), *c),
        Mutation::Replace(i, c) if n > 0 => chars[i.index(n)] = *c,
        Mutation::Delete(_) | Mutation::Replace(..) => {}
    }
    chars.into_iter().collect()
}

fn draft() -> impl Strategy<Value = Draft> {
    (
        any::<u32>(),
        prop::option::of(tricky_string()),
        prop::collection::vec((tricky_string(), tricky_string()), 0..12),
    )
        .prop_map(|(v, kind, mut values)| {
            let mut seen = Vec::new();
            values.retain(|(k, _)| {
                let new = !seen.contains(k);
                seen.push(k.clone());
                new
            });
            Draft { v, kind, values }
        })
}

fn outbox() -> impl Strategy<Value = Outbox> {
    (
        tricky_string(),
        tricky_string(),
        tricky_string(),
        any::<bool>(),
    )
        .prop_map(|(id, body, draft, held)| Outbox {
            id,
            body,
            draft,
            held,
        })
}

// ---------------------------------------------------------------------------
// The writer.

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn every_string_written_reads_back_equal(s in tricky_string()) {
        let mut out = String::new();
        json::string(&mut out, &s);
        let back = serde_json::from_str::<String>(&out).ok();
        prop_assert_eq!(back.as_ref(), Some(&s));
        // Safe inside a <script> and JavaScript source: no raw controls or
        // line separators.
        let raw = |c: char| (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}';
        prop_assert!(!out.chars().any(raw), "raw character in {:?}", out);
        // And the widget's own reader reads it back too.
        let mut r = Reader::new(&out);
        let back = r.string();
        prop_assert_eq!(back.as_ref(), Some(&s));
        prop_assert!(r.end().is_some());
    }

    #[test]
    fn objects_written_read_back_in_order(
        members in prop::collection::vec((tricky_string(), tricky_string()), 0..8),
        flag in prop::option::of(any::<bool>()),
        text in prop::option::of(tricky_string()),
    ) {
        let mut out = String::new();
        json::Object::new(&mut out)
            .map("m", members.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .opt_bool("b", flag)
            .opt_str("s", text.as_deref())
            .raw("n", "12")
            .end();
        let J::Obj(top) = serde_json::from_str::<J>(&out).unwrap() else {
            panic!("not an object: {out}");
        };
        let expected: Vec<(String, J)> = members
            .iter()
            .map(|(k, v)| (k.clone(), J::Str(v.clone())))
            .collect();
        prop_assert_eq!(&top[0], &("m".to_string(), J::Obj(expected)));
        prop_assert_eq!(&top[1].1, &flag.map_or(J::Null, J::Bool));
        prop_assert_eq!(&top[2].1, &text.map_or(J::Null, J::Str));
        prop_assert_eq!(&top[3].1, &J::Whole(12));
    }
}

// ---------------------------------------------------------------------------
// The documents the widget writes, against the schema and the readers.

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/submission.v2.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A property's definition, `$ref`s into `$defs` followed.
fn resolve<'a>(schema: &'a Value, prop: &'a Value) -> &'a Value {
    match prop["$ref"].as_str() {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("a local $ref");
            &schema["$defs"][name]
        }
        None => prop,
    }
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Checks an object against an object schema: required members, no
/// member it does not name, and each named member's type, `const`, `enum`
/// and length limits (patterns are the endpoint's to check).
fn check_object(schema: &Value, object_schema: &Value, value: &Value, at: &str) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{at}: not an object"));
    for required in names(&object_schema["required"]) {
        assert!(object.contains_key(required), "{at}: {required} is missing");
    }
    let props = object_schema["properties"].as_object().unwrap();
    for (key, member) in object {
        let prop = props
            .get(key)
            .unwrap_or_else(|| panic!("{at}: {key} is not in the schema"));
        let prop = resolve(schema, prop);
        let at = format!("{at}.{key}");
        if let Some(c) = prop.get("const") {
            assert_eq!(member, c, "{at}");
        }
        if let Some(e) = prop.get("enum") {
            assert!(e.as_array().unwrap().contains(member), "{at}: {member}");
        }
        match &prop["type"] {
            Value::String(t) => assert!(has_type(member, t), "{at}: not a {t}"),
            Value::Array(ts) => assert!(
                ts.iter().any(|t| has_type(member, t.as_str().unwrap())),
                "{at}: {member}"
            ),
            _ => {}
        }
        if let Some(any) = prop["anyOf"].as_array() {
            // An alternative fits if its type (where it names one) and its
            // enum (where it has one) do.
            let fits = |alt: &Value| {
                let alt = resolve(schema, alt);
                alt["type"].as_str().map_or(true, |t| has_type(member, t))
                    && alt["enum"].as_array().map_or(true, |e| e.contains(member))
            };
            assert!(any.iter().any(fits), "{at}: {member}");
        }
        if let Some(s) = member.as_str() {
            let len = s.chars().count() as u64;
            if let Some(min) = prop["minLength"].as_u64() {
                assert!(len >= min, "{at}: shorter than {min}");
            }
            if let Some(max) = prop["maxLength"].as_u64() {
                assert!(len <= max, "{at}: longer than {max}");
            }
        }
    }
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        _ => panic!("type {t}"),
    }
}

/// An answer for a field: usually one it accepts, sometimes anything.
fn answer(field: FieldId) -> BoxedStrategy<String> {
    let valid: BoxedStrategy<String> = match field.kind() {
        FieldKind::Choice(options) => prop::sample::select(options.to_vec())
            .prop_map(String::from)
            .boxed(),
        FieldKind::Toggle => Just("yes".to_string()).boxed(),
        FieldKind::Text { .. } | FieldKind::LongText { .. } => tricky_string().boxed(),
        FieldKind::Reference { .. } => "[A-Z0-9][A-Za-z0-9 _/.#-]{2,20}".boxed(),
        FieldKind::Email => "[a-z.+]{1,10}@[a-z]{1,8}\\.[a-z]{2,4}".boxed(),
        FieldKind::Phone => "\\+[1-9][0-9 ]{7,14}".boxed(),
        FieldKind::Date => "20[0-9]{2}-0[1-9]-[0-2][1-9]".boxed(),
        FieldKind::Files => Just(String::new()).boxed(),
    };
    prop_oneof![
        12 => valid,
        1 => Just(String::new()),
        1 => tricky_string(),
        1 => "[ \t\r\n]{0,3}x{0,3000}",
    ]
    .boxed()
}

fn form() -> impl Strategy<Value = Form> {
    let answers: Vec<BoxedStrategy<String>> = ALL_FIELDS.iter().map(|f| answer(*f)).collect();
    (prop::sample::select(Kind::ALL.to_vec()), answers).prop_map(|(kind, answers)| {
        let mut form = Form::new();
        form.choose(kind);
        for (field, value) in ALL_FIELDS.iter().zip(&answers) {
            form.set(*field, value);
        }
        form
    })
}

fn is_uuid_v4(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            14 => c == '4',
            19 => "89ab".contains(c),
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn payloads_drafts_and_outboxes_have_their_shape(
        form in form(),
        id in any::<[u8; 16]>(),
        locale in prop::sample::select(complaint_widget::i18n::LANGUAGES.to_vec()),
        market in prop::sample::select(vec!["", "NL", "SE", "NO", "FR", "DE", "DK", "FI"]),
        held in any::<bool>(),
    ) {
        let schema = schema();
        let id = payload::uuid_v4(id);
        let created = "2026-11-22T10:00:00.000Z";
        let p = payload::build(&form, &id, created, locale, market).unwrap();
        let body = p.to_json();
        let v: Value = serde_json::from_str(&body).unwrap();
        check_object(&schema, &schema, &v, "payload");
        check_object(&schema, &schema["properties"]["fields"], &v["fields"], "payload.fields");
        check_object(&schema, &schema["properties"]["contact"], &v["contact"], "payload.contact");
        prop_assert!(is_uuid_v4(v["id"].as_str().unwrap()));
        prop_assert_eq!(v["id"].as_str(), Some(id.as_str()));
        prop_assert_eq!(v["createdAt"].as_str(), Some(created));
        prop_assert_eq!(v["locale"].as_str(), Some(locale));
        // What the schema's `allOf` requires of each kind, for a form the
        // shopper can send (a payload is only built then).
        let mut sent = form.clone();
        if sent.submit() == Outcome::Moved(Step::Privacy) && sent.submit() == Outcome::ReadyToSend {
            for rule in schema["allOf"].as_array().unwrap() {
                if rule["if"]["properties"]["kind"]["const"] != v["kind"] {
                    continue;
                }
                let then = &rule["then"]["properties"];
                prop_assert_eq!(&v["contactedBefore"], &then["contactedBefore"]["const"]);
                for part in ["fields", "contact"] {
                    for required in names(&then[part]["required"]) {
                        prop_assert!(v[part].get(required).is_some(), "{}.{} missing", part, required);
                    }
                }
            }
        }

        // The draft: {"v":1,"kind":...,"values":{...}} with string values,
        // read back equal by the widget's reader.
        let d = Draft::of(&form);
        let text = d.to_json();
        let J::Obj(top) = serde_json::from_str::<J>(&text).unwrap() else {
            panic!("draft is not an object: {text}");
        };
        let keys: Vec<&str> = top.iter().map(|(k, _)| k.as_str()).collect();
        prop_assert_eq!(keys, ["v", "kind", "values"]);
        prop_assert_eq!(&top[0].1, &J::Whole(1));
        prop_assert_eq!(&top[1].1, &J::Str(form.kind().unwrap().key().to_string()));
        let J::Obj(values) = &top[2].1 else { panic!("values: {text}") };
        for (k, value) in values {
            prop_assert!(FieldId::from_key(k).is_some(), "{}", k);
            prop_assert!(matches!(value, J::Str(s) if !s.is_empty()));
        }
        prop_assert_eq!(Draft::from_json(&text), Some(d.clone()));
        prop_assert_eq!(Draft::from_json(&text).unwrap().restore(), d.restore());

        // The outbox: the body and the draft as strings, read back equal.
        let o = Outbox { id: id.clone(), body: body.clone(), draft: text.clone(), held };
        let text = o.to_json();
        let v: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(v.as_object().unwrap().len(), 4);
        prop_assert_eq!(v["id"].as_str(), Some(id.as_str()));
        prop_assert_eq!(v["body"].as_str(), Some(body.as_str()));
        prop_assert_eq!(v["held"].as_bool(), Some(held));
        prop_assert!(Draft::from_json(v["draft"].as_str().unwrap()).is_some());
        prop_assert_eq!(Outbox::from_json(&text), Some(o));
    }
}

// ---------------------------------------------------------------------------
// The reader.

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn drafts_round_trip(d in draft()) {
        prop_assert_eq!(Draft::from_json(&d.to_json()), Some(d));
    }

    #[test]
    fn outboxes_round_trip(o in outbox()) {
        prop_assert_eq!(Outbox::from_json(&o.to_json()), Some(o));
    }

    #[test]
    fn reader_agrees_with_serde_json(doc in document(), seed in any::<u64>(), m in mutation()) {
        let mut text = String::new();
        write_json(&mut text, &mut Dice(seed), &doc);
        let text = mutate(&text, &m);
        prop_assume!(!out_of_range(&text));
        prop_assert_eq!(Draft::from_json(&text), reference_draft(&text), "{}", text);
        prop_assert_eq!(Outbox::from_json(&text), reference_outbox(&text), "{}", text);
        // The reader accepts exactly what serde_json accepts (nesting aside).
        let mut r = Reader::new(&text);
        let accepted = r.skip().and_then(|()| r.end()).is_some();
        prop_assert_eq!(accepted, reference_parse(&text).is_some(), "{}", text);
    }

    #[test]
    fn reader_agrees_on_character_soup(text in "[{}\\[\\]\",:\\\\ a-z0-9.eE+\\-]{0,40}") {
        prop_assert_eq!(Draft::from_json(&text), reference_draft(&text), "{}", text);
        prop_assert_eq!(Outbox::from_json(&text), reference_outbox(&text), "{}", text);
    }

    #[test]
    fn reader_never_panics(text in any::<String>()) {
        let _ = Draft::from_json(&text);
        let _ = Outbox::from_json(&text);
        let mut r = Reader::new(&text);
        let _ = r.skip();
    }
}

/// A draft with `inner` as the value of one answer.
fn draft_with(inner: &str) -> String {
    format!(r#"{{"v":1,"kind":"complaint","values":{{"email":"a@b.nl","x":{inner}}}}}"#)
}

#[test]
fn malformed_drafts_are_refused_without_panicking() {
    let good = draft_with(r#""\ud83d\ude00 \u00e9 \" \\ \/ \b\f\n\r\t""#);
    let d = Draft::from_json(&good).unwrap();
    assert_eq!(d.values[1].1, "😀 é \" \\ / \u{8}\u{c}\n\r\t");
    // Cut short anywhere: refused.
    for (i, _) in good.char_indices().skip(1) {
        assert_eq!(Draft::from_json(&good[..i]), None, "{}", &good[..i]);
    }
    for bad in [
        // Bad escapes.
        r#""\x""#,
        r#""\u12""#,
        r#""\u12G4""#,
        r#""\U0001F600""#,
        r#""\'""#,
        // Lone surrogates, and pairs the wrong way round.
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\ud800\u0041""#,
        r#""\ud800x""#,
        r#""\ude00\ud83d""#,
        r#""\ud83d\ud83d""#,
        // Raw control characters in a string.
        "\"a\u{1}b\"",
        "\"a\nb\"",
        // Bad numbers and words.
        "01",
        "1.",
        ".5",
        "+1",
        "1e",
        "-",
        "0x10",
        "NaN",
        "Infinity",
        "tru",
        "nul",
        "True",
        // Bad structure.
        "[1,]",
        "[1 2]",
        r#"{"a" 1}"#,
        r#"{"a":1,}"#,
        r#"{a:1}"#,
        "'x'",
        "",
    ] {
        let text = draft_with(bad);
        assert_eq!(Draft::from_json(&text), None, "{text}");
        assert_eq!(reference_draft(&text), None, "{text}");
    }
    for bad in [
        "",
        " ",
        "null",
        "[]",
        "1",
        "\"draft\"",
        "{",
        "}",
        "\u{feff}{\"v\":1}",
        "{\"v\":1} x",
        "{\"v\":1}{}",
        "{\"v\":1}\u{0}",
        "{\"v\":1}\u{a0}",
    ] {
        assert_eq!(Draft::from_json(bad), None, "{bad:?}");
        assert_eq!(Outbox::from_json(bad), None, "{bad:?}");
    }
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let deep = format!("{}1{}", open.repeat(10_000), close.repeat(10_000));
        assert_eq!(Draft::from_json(&draft_with(&deep)), None);
        assert_eq!(Draft::from_json(&deep), None);
        assert_eq!(Outbox::from_json(&deep), None);
        // Unclosed, too.
        assert_eq!(Draft::from_json(&open.repeat(10_000)), None);
        // The limit itself: the draft and its values object are two levels.
        let at = |n: usize| draft_with(&format!("{}1{}", open.repeat(n), close.repeat(n)));
        let limit = usize::from(MAX_DEPTH) - 2;
        assert!(Draft::from_json(&at(limit)).is_some());
        assert_eq!(Draft::from_json(&at(limit + 1)), None);
        assert_eq!(reference_draft(&at(limit)), Draft::from_json(&at(limit)));
        assert_eq!(reference_draft(&at(limit + 1)), None);
    }
}

#[test]
fn versions_must_be_whole_numbers_that_fit() {
    let v = |n: &str| Draft::from_json(&format!(r#"{{"v":{n}}}"#)).map(|d| d.v);
    assert_eq!(v("1"), Some(1));
    assert_eq!(v("0"), Some(0));
    assert_eq!(v(" 4294967295 "), Some(u32::MAX));
    for n in [
        "4294967296",
        "99999999999999999999999",
        "1e400",
        "-1e400",
        "1e2",
        "-1",
        "-0",
        "1.5",
        "\"1\"",
        "null",
        "true",
        "[1]",
        "{}",
    ] {
        assert_eq!(v(n), None, "{n}");
        assert_eq!(
            reference_draft(&format!(r#"{{"v":{n}}}"#)),
            None,
            "reference {n}"
        );
    }
    // Missing.
    assert_eq!(Draft::from_json(r#"{"kind":"feedback"}"#), None);
}

#[test]
fn members_read_as_json_parse_reads_them() {
    // The last of two equal keys wins, at the first one's place; values
    // that are not strings are skipped; unknown members are ignored.
    let d = Draft::from_json(
        r#"{"v":2,"v":1,"x":[{"y":null}],"kind":5,"values":{"a":"1","b":2,"a":"3","c":"4","c":null}}"#,
    )
    .unwrap();
    assert_eq!(
        d,
        Draft {
            v: 1,
            kind: None,
            values: vec![("a".into(), "3".into())],
        }
    );
    assert_eq!(
        Draft::from_json(r#"{"v":1,"values":null}"#).unwrap().values,
        []
    );
    for values in ["[]", "\"a\"", "1", "true"] {
        assert_eq!(
            Draft::from_json(&format!(r#"{{"v":1,"values":{values}}}"#)),
            None
        );
    }
    // A later `values` replaces an earlier one, even a bad one.
    assert!(Draft::from_json(r#"{"v":1,"values":[],"values":{}}"#).is_some());
    // Too many answers to be a draft.
    let many: Vec<String> = (0..=MAX_VALUES).map(|i| format!(r#""k{i}":"x""#)).collect();
    let text = format!(r#"{{"v":1,"values":{{{}}}}}"#, many.join(","));
    assert_eq!(Draft::from_json(&text), None);
    assert_eq!(reference_draft(&text), None);
    let text = format!(r#"{{"v":1,"values":{{{}}}}}"#, many[1..].join(","));
    assert_eq!(Draft::from_json(&text).unwrap().values.len(), MAX_VALUES);

    let o = Outbox::from_json(r#"{"id":"k","body":"{}","held":1,"draft":7,"extra":{}}"#).unwrap();
    assert_eq!((o.held, o.draft.as_str()), (false, ""));
    assert_eq!(
        Outbox::from_json(r#"{"id":"k","body":"{}","held":true}"#).map(|o| o.held),
        Some(true)
    );
    assert_eq!(Outbox::from_json(r#"{"id":"k"}"#), None);
    assert_eq!(Outbox::from_json(r#"{"id":1,"body":"{}"}"#), None);
    assert_eq!(Outbox::from_json(r#"{"id":"k","body":null}"#), None);
}

/// Where the reader is stricter than the `JSON.parse` reading it replaces,
/// on purpose. None of these is ever written by the widget.
#[test]
fn deliberate_differences_from_json_parse() {
    // `v` must be written as a whole number: JSON.parse read 1.0 and 1e0 as
    // 1 and truncated 1.9 to 1; huge numbers saturated.
    for v in ["1.0", "1e0", "1.9", "1e400"] {
        assert_eq!(Draft::from_json(&format!(r#"{{"v":{v}}}"#)), None, "{v}");
    }
    // A lone surrogate escape is refused (JSON.parse kept it and the copy
    // into Rust made it U+FFFD).
    assert_eq!(Draft::from_json(r#"{"v":1,"kind":"\ud800"}"#), None);
    // Keys are kept in document order (JavaScript puts integer-like keys
    // first; no field has such a key).
    let d = Draft::from_json(r#"{"v":1,"values":{"b":"x","1":"y"}}"#).unwrap();
    assert_eq!(d.values[0].0, "b");
    // Nesting deeper than MAX_DEPTH is refused; a draft has two levels.
    // Numbers beyond f64 in skipped places are read, as by JSON.parse
    // (serde_json refuses them).
    let text = r#"{"v":1,"values":{"a":"x","b":1e400}}"#;
    assert_eq!(Draft::from_json(text).unwrap().values.len(), 1);
    assert!(serde_json::from_str::<Value>(text).is_err());
}

#[test]
fn scalars() {
    let read = |text: &str| {
        let mut r = Reader::new(text);
        let s = r.scalar();
        s.filter(|_| r.end().is_some())
    };
    assert_eq!(read(" \"a\" "), Some(Scalar::Str("a".into())));
    assert_eq!(read("7"), Some(Scalar::Whole(7)));
    assert_eq!(read("7.0"), Some(Scalar::Other));
    assert_eq!(read("true"), Some(Scalar::Bool(true)));
    assert_eq!(read("false"), Some(Scalar::Bool(false)));
    assert_eq!(read("null"), Some(Scalar::Other));
    assert_eq!(read("[1,{\"a\":[]}]"), Some(Scalar::Other));
    assert_eq!(read("truex"), None);
    assert_eq!(read("[1,"), None);
}
