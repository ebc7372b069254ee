//! Locale parity: every `locales/<lang>/widget.ftl` parses, defines exactly
//! the messages the code asks for (none missing, none unused), and uses only
//! the variables the code passes to each. Read with Project Fluent's own
//! parser, independent of the widget's runtime.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use complaint_widget::i18n::{catalog, LANGUAGES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn vars_in_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => vars_in_inline(i, out),
        Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
    }
}

fn vars_in_inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            out.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        _ => {}
    }
}

/// Problems of one Fluent source against the catalogue.
fn problems(lang: &str, source: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            return errors
                .iter()
                .map(|e| format!("{lang}: does not parse: {e:?}"))
                .collect()
        }
    };
    let expected: BTreeMap<String, &[&str]> = catalog().into_iter().collect();
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, pattern) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref()),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
            Entry::Junk { content } => {
                out.push(format!(
                    "{lang}: cannot parse {:?}",
                    content.lines().next().unwrap_or("")
                ));
                continue;
            }
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(p) = pattern {
            vars_in_pattern(p, &mut vars);
        }
        found.insert(id, vars);
    }
    for id in expected.keys() {
        if !found.contains_key(id) {
            out.push(format!("{lang}: missing message {id}"));
        }
    }
    for (id, vars) in &found {
        let Some(passed) = expected.get(id) else {
            out.push(format!("{lang}: message {id} is not used by the widget"));
            continue;
        };
        for v in vars {
            if let Some(term) = v.strip_prefix('-') {
                if !found.contains_key(&format!("-{term}")) {
                    out.push(format!(
                        "{lang}: {id} uses term -{term}, which is not defined"
                    ));
                }
            } else if !passed.contains(&v.as_str()) {
                out.push(format!(
                    "{lang}: {id} uses ${v}, which the widget does not pass"
                ));
            }
        }
    }
    out
}

fn source(lang: &str) -> String {
    let path = format!("{}/locales/{lang}/widget.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_locale_has_exactly_the_messages_the_widget_uses() {
    let all: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|lang| problems(lang, &source(lang)))
        .collect();
    assert!(
        all.is_empty(),
        "{} locale problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn the_check_catches_each_kind_of_problem() {
    let en = source("en");
    let missing = en.replacen("button-back = Back\n", "", 1);
    assert!(problems("en", &missing)
        .iter()
        .any(|p| p.contains("missing message button-back")));
    let unused = format!("{en}\nnobody-asks = for this\n");
    assert!(problems("en", &unused)
        .iter()
        .any(|p| p.contains("nobody-asks is not used")));
    let bad_var = en.replacen("button-back = Back", "button-back = Back to { $step }", 1);
    assert!(problems("en", &bad_var).iter().any(|p| p.contains("$step")));
    let broken = en.replacen("button-back = Back", "button-back = { Back", 1);
    assert!(!problems("en", &broken).is_empty());
}

#[test]
fn no_locale_sends_shoppers_to_the_closed_odr_platform() {
    for lang in LANGUAGES {
        let text = source(lang).to_lowercase();
        assert!(
            !text.contains("ec.europa.eu/consumers/odr"),
            "{lang} links the ODR platform"
        );
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&"odr"), "{lang} names the ODR platform");
        assert!(
            !text.contains("plateforme rll"),
            "{lang} names the ODR platform"
        );
    }
}
