//! The table of options in `src/options.rs` is the one description of every
//! option: these tests fail when the README's option table or the `.d.ts`'s
//! `MountOptions` drift from it, or when the reader or the checks do not
//! cover an option in it.
#![cfg(not(target_arch = "wasm32"))]

use complaint_widget::config::{Credentials, DraftStore, Options, Presentation};
use complaint_widget::market::Operator;
use complaint_widget::options::{docs, Type, DOCS, OPTIONS};

fn generated_in(path: &str, begin: &str, end: &str, generated: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let spliced = docs::splice(&text, begin, end, generated)
        .unwrap_or_else(|| panic!("{path} has no {begin} ... {end} markers"));
    assert!(
        spliced == text,
        "{path} differs from src/options.rs: run `cargo run --bin options-gen -- --write`"
    );
}

#[test]
fn the_readme_table_is_the_one_the_table_generates() {
    generated_in(
        "README.md",
        docs::README_BEGIN,
        docs::README_END,
        &docs::readme_table(),
    );
}

#[test]
fn the_dts_mount_options_are_the_ones_the_table_generates() {
    generated_in(
        "js/complaint-widget.d.ts",
        docs::DTS_BEGIN,
        docs::DTS_END,
        &docs::dts_interface(),
    );
}

#[test]
fn every_option_is_documented_once_and_every_attribute_is_kebab_case() {
    assert_eq!(OPTIONS.len(), DOCS.len());
    for (i, (spec, doc)) in OPTIONS.iter().zip(DOCS).enumerate() {
        assert_eq!(spec.name, doc.name);
        assert!(!doc.doc.is_empty(), "{} has no description", spec.name);
        assert!(
            OPTIONS[..i].iter().all(|o| o.name != spec.name),
            "{} twice",
            spec.name
        );
        if let Some(a) = doc.attribute {
            let camel: String = a
                .split('-')
                .enumerate()
                .map(|(i, w)| {
                    if i == 0 {
                        w.to_string()
                    } else {
                        w[..1].to_uppercase() + &w[1..]
                    }
                })
                .collect();
            assert_eq!(camel, spec.name, "attribute {a} sets option {}", spec.name);
        }
    }
    let js = docs::entry_module();
    assert!(
        js.contains(r#""privacy-url""#) && js.contains(r#"NUMBERS = ["timeout-ms", "retries"]"#),
        "{js}"
    );
}

#[test]
fn the_reader_has_a_field_for_every_text_choice_and_number_option() {
    let mut o = Options::default();
    for spec in OPTIONS {
        match spec.ty {
            Type::Text | Type::Choice(_) => {
                assert!(o.text_mut(spec.name).is_some(), "{}", spec.name)
            }
            Type::Whole { .. } => assert!(o.whole_mut(spec.name).is_some(), "{}", spec.name),
            _ => {}
        }
    }
}

/// Options that pass the checks, with `name` set to `value`.
fn with(name: &str, value: &str) -> Options {
    let mut o = Options {
        endpoint: Some("https://shop.example/api".into()),
        ..Options::default()
    };
    *o.text_mut(name).unwrap() = Some(value.into());
    o
}

#[test]
fn every_choice_in_the_table_is_accepted_and_means_something_different() {
    for spec in OPTIONS {
        let Type::Choice(values) = spec.ty else {
            continue;
        };
        let mut seen = Vec::new();
        for v in values {
            let c = with(spec.name, v)
                .check()
                .unwrap_or_else(|e| panic!("{}: {v}: {}", spec.name, e.message()));
            let what = match spec.name {
                "credentials" => format!("{:?}", c.sending.credentials),
                "draft" => format!("{:?}", c.draft),
                "presentation" => format!("{:?}", c.presentation),
                "theme" => c.theme.to_string(),
                "operator" => format!("{:?}", c.operator),
                other => panic!("a choice option the checks do not handle: {other}"),
            };
            assert!(
                !seen.contains(&what),
                "{}: {v} means the same as another choice",
                spec.name
            );
            seen.push(what);
        }
        let e = with(spec.name, "nonsense").check().unwrap_err().message();
        assert!(
            e.contains(&format!("option `{}` must be \"{}\"", spec.name, values[0])),
            "{e}"
        );
    }
    // The first choice is the default.
    let c = Options {
        endpoint: Some("https://shop.example/api".into()),
        ..Options::default()
    }
    .check()
    .unwrap();
    assert_eq!(c.sending.credentials, Credentials::SameOrigin);
    assert_eq!(c.draft, DraftStore::Session);
    assert_eq!(c.presentation, Presentation::Inline);
    assert_eq!((c.theme, c.operator), ("light", Operator::Merchant));
    assert_eq!((c.sending.timeout_ms, c.sending.retries), (15_000, 3));
}

#[test]
fn number_limits_come_from_the_table() {
    for spec in OPTIONS {
        let Type::Whole { min, max, .. } = spec.ty else {
            continue;
        };
        for (n, ok) in [(min, true), (max, true), (max + 1, false)] {
            let mut o = with("endpoint", "https://shop.example/api");
            *o.whole_mut(spec.name).unwrap() = Some(n);
            let r = o.check();
            assert_eq!(r.is_ok(), ok, "{} = {n}: {r:?}", spec.name);
        }
    }
}

#[test]
fn the_metadata_limit_is_the_one_the_message_names() {
    let spec = OPTIONS.iter().find(|s| s.name == "metadata").unwrap();
    assert_eq!(
        spec.ty,
        Type::Metadata {
            max_bytes: 8 * 1024
        },
        "src/lib.rs says 8 KiB"
    );
}
