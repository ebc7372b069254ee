//! The widget's Fluent runtime (`src/i18n.rs`, with the build-time compiler
//! `tools/ftl-compile`) checked against `fluent-bundle`, Project Fluent's
//! reference runtime: every message of every language, over a grid of
//! arguments, with and without merchant overrides, formats the same, with
//! `fluent-bundle`'s isolation marks off (the widget writes none).
//!
//! Differences that are deliberate, and so not compared:
//! - numbers with more than three decimals: the runtime rounds to three
//!   (as ICU's default number format does), `fluent-bundle` writes the
//!   shortest form that reads back (`0.1 + 0.2` as `0.30000000000000004`);
//!   numbers from 1e15 on are not written at all (the widget passes counts
//!   and days). Neither groups digits.
//! - French "many" (whole millions): `fluent-bundle` 0.16 selects with
//!   `intl_pluralrules`, whose CLDR 37 data predates it; the runtime follows
//!   current CLDR (`tests/plural_oracle.rs`). No shipped message has a
//!   `[many]` variant, so only the fixture below shows it.
//! - overrides are merchant text, not Fluent source: the runtime keeps their
//!   leading and trailing spaces and line breaks as typed (and drops control
//!   characters), so such text is compared with the same text as a Fluent
//!   string literal.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use complaint_widget::i18n::{Arg, Localizer, LANGUAGES};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use unic_langid::LanguageIdentifier;

/// Numbers every message is formatted with.
const NUMBERS: &[f64] = &[
    0.0,
    1.0,
    2.0,
    3.0,
    5.0,
    11.0,
    21.0,
    100.0,
    1.5,
    0.5,
    2.75,
    -1.0,
    1_000_000.0,
    1_000_001.0,
    2_000_000.0,
];
/// Strings every message is formatted with: markup (never interpreted) and
/// right-to-left text.
const STRINGS: &[&str] = &["<b>&amp;</b>", "שלום", "", "1", "a { $b } c"];

fn source(lang: &str) -> String {
    let path = format!("{}/locales/{lang}/widget.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// The runtime's localizer for an FTL source, compiled as the build does.
fn runtime(lang: &str, ftl: &str) -> Localizer {
    let compiled = ftl_compile::compile(ftl).unwrap();
    Localizer::new(lang, &compiled.table).unwrap()
}

/// `fluent-bundle` with the same source.
fn reference(lang: &str, ftl: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(FluentResource::try_new(ftl.to_string()).unwrap())
        .unwrap();
    bundle
}

fn format_reference(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &[(&str, Arg)],
) -> String {
    let mut fargs = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
        }
    }
    let message = bundle.get_message(id).unwrap();
    let mut errors = Vec::new();
    let text = bundle.format_pattern(message.value().unwrap(), Some(&fargs), &mut errors);
    text.into_owned()
}

/// Each message's variables, with the identifier keys of the selects on
/// each (so that every variant is reached).
fn messages(ftl: &str) -> Vec<(String, BTreeMap<String, Vec<String>>)> {
    fn pattern(p: &Pattern<&str>, vars: &mut BTreeMap<String, Vec<String>>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                expr(expression, vars);
            }
        }
    }
    fn expr(e: &Expression<&str>, vars: &mut BTreeMap<String, Vec<String>>) {
        match e {
            Expression::Inline(i) => inline(i, vars),
            Expression::Select { selector, variants } => {
                inline(selector, vars);
                if let InlineExpression::VariableReference { id } = selector {
                    let keys = vars.entry(id.name.to_string()).or_default();
                    for v in variants {
                        if let VariantKey::Identifier { name } = v.key {
                            keys.push(name.to_string());
                        }
                    }
                }
                for v in variants {
                    pattern(&v.value, vars);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, vars: &mut BTreeMap<String, Vec<String>>) {
        match i {
            InlineExpression::VariableReference { id } => {
                vars.entry(id.name.to_string()).or_default();
            }
            InlineExpression::Placeable { expression } => expr(expression, vars),
            _ => {}
        }
    }
    let resource = fluent_syntax::parser::parse(ftl).unwrap();
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut vars = BTreeMap::new();
                pattern(m.value.as_ref().unwrap(), &mut vars);
                Some((m.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect()
}

/// Every combination of grid values (and absence) for the variables.
fn grid(vars: &BTreeMap<String, Vec<String>>) -> Vec<Vec<(&str, Arg)>> {
    let mut out: Vec<Vec<(&str, Arg)>> = vec![Vec::new()];
    for (name, keys) in vars {
        let values: Vec<Option<Arg>> = NUMBERS
            .iter()
            .map(|n| Some(Arg::Num(*n)))
            .chain(STRINGS.iter().map(|s| Some(Arg::Str(s.to_string()))))
            .chain(keys.iter().map(|k| Some(Arg::Str(k.clone()))))
            .chain([None])
            .collect();
        out = out
            .into_iter()
            .flat_map(|args| {
                values.iter().map(move |v| {
                    let mut args = args.clone();
                    args.extend(v.clone().map(|v| (name.as_str(), v)));
                    args
                })
            })
            .collect();
    }
    out
}

/// Whether current CLDR and `fluent-bundle`'s CLDR 37 differ for `n`.
fn french_many(lang: &str, args: &[(&str, Arg)]) -> bool {
    lang == "fr"
        && args
            .iter()
            .any(|(_, a)| matches!(a, Arg::Num(n) if *n != 0.0 && n % 1e6 == 0.0))
}

/// Formats every message of `ftl` over the grid both ways; the number of
/// comparisons.
fn compare_all(
    lang: &str,
    ftl: &str,
    l10n: &Localizer,
    bundle: &FluentBundle<FluentResource>,
) -> usize {
    let mut compared = 0;
    let has_many = ftl.contains("[many]");
    for (id, vars) in messages(ftl) {
        for args in grid(&vars) {
            if has_many && french_many(lang, &args) {
                continue;
            }
            let ours = l10n.format(&id, &args);
            let theirs = format_reference(bundle, &id, &args);
            assert_eq!(ours, theirs, "{lang}: {id} with {args:?}");
            compared += 1;
        }
    }
    compared
}

#[test]
fn every_message_of_every_language_formats_as_fluent_bundle_does() {
    let mut compared = 0;
    for lang in LANGUAGES {
        let ftl = source(lang);
        compared += compare_all(lang, &ftl, &runtime(lang, &ftl), &reference(lang, &ftl));
    }
    assert!(compared > 8 * 150, "{compared}");
}

/// Fluent string literals with escapes, numeric keys, variant order, string
/// selectors on numeric keys, nested selects and terms.
const FIXTURE: &str = r#"
-brand = Fietsen{ "\u00A0" }BV
quote = Say { "\"" }hi{ "\"" } { "\\" } and { "\\\\" } and { "{" }
escapes = 10{ "\u00a0" }kg, { "\U01F600" }, { "\u05E9\u05DC\u05D5\u05DD" }, { "\\u00A0" } at { -brand }
literal-only = { "" }
plural-first = { $n ->
    [0] none
    [one] one thing
    [1] exactly one, never reached
    [many] a great many: { $n }
   *[other] { $n } things
}
exact-first = { $n ->
    [1] exactly one
    [one] one
   *[other] other { $n }
}
by-string = { $s ->
    [1] numeric one
    [yes] yes
    [one] the word one
   *[other] { $s }
}
negative = { $n ->
    [-1] minus one
    [2.0] two with a decimal, never reached
   *[other] { $n }
}
nested = { $a ->
    [x] { $b ->
        [one] X and one { -brand }
       *[other] X and { $b }
    }
   *[y] Y and { $b }
}
"#;

#[test]
fn a_fixture_with_literals_numeric_keys_and_nesting_formats_as_fluent_bundle_does() {
    for lang in LANGUAGES {
        let l10n = runtime(lang, FIXTURE);
        compare_all(lang, FIXTURE, &l10n, &reference(lang, FIXTURE));
        assert_eq!(l10n.text("quote"), "Say \"hi\" \\ and \\\\ and {", "{lang}");
        assert_eq!(
            l10n.text("escapes"),
            "10\u{a0}kg, 😀, שלום, \\u00A0 at Fietsen\u{a0}BV"
        );
        assert_eq!(l10n.text("literal-only"), "");
        assert_eq!(
            l10n.format("exact-first", &[("n", Arg::Num(1.0))]),
            "exactly one"
        );
    }
    // Current CLDR's French "many", which fluent-bundle 0.16 does not know.
    let fr = runtime("fr", FIXTURE);
    let n = |n: f64| fr.format("plural-first", &[("n", Arg::Num(n))]);
    assert_eq!(n(1e6), "a great many: 1000000");
    assert_eq!(n(3e6), "a great many: 3000000");
    assert_eq!(n(1_000_001.0), "1000001 things");
    assert_eq!(
        format_reference(
            &reference("fr", FIXTURE),
            "plural-first",
            &[("n", Arg::Num(1e6))]
        ),
        "1000000 things"
    );
}

#[test]
fn numbers_are_written_as_fluent_bundle_writes_them() {
    // Whole numbers, and decimals of up to three places.
    let ftl = "n = { $n }\n";
    let (l10n, bundle) = (runtime("en", ftl), reference("en", ftl));
    let mut numbers: Vec<f64> = vec![0.0, 1.0, -1.0, 999_999_999_999_999.0, -123_456_789.0];
    numbers.extend((-2000..=2000).map(|k| f64::from(k) / 8.0));
    numbers.extend((0..=1000).map(|k| f64::from(k) / 1000.0));
    numbers.extend((0..=1000).map(|k| 12345.0 + f64::from(k) / 100.0));
    for n in numbers {
        let args = [("n", Arg::Num(n))];
        assert_eq!(
            l10n.format("n", &args),
            format_reference(&bundle, "n", &args),
            "{n}"
        );
    }
    // The deliberate differences.
    let ours = |n: f64| l10n.format("n", &[("n", Arg::Num(n))]);
    assert_eq!(ours(0.1 + 0.2), "0.3");
    assert_eq!(ours(2.0 / 3.0), "0.667");
    assert_eq!(ours(1e15), "");
    assert_eq!(ours(f64::NAN), "");
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text a merchant may type: no braces (those open placeables), no
/// control characters (the runtime drops them) but line breaks.
fn merchant_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(vec![
                'a', 'Z', ' ', ' ', '\n', '"', '\\', '$', '-', '[', ']', '*', '.', '#', '<', '>',
                '&', ';', 'é', 'ש', 'ß', '😀', '\u{a0}', '\u{2028}', '\u{301}',
            ]),
            1 => any::<char>().prop_filter("plain", |c| !c.is_control() && *c != '{' && *c != '}'),
        ],
        0..16,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    /// A variable of the message (by index), with the spaces around it.
    Var(prop::sample::Index, &'static str, &'static str),
    Brand(&'static str, &'static str),
}

fn pieces() -> impl Strategy<Value = Vec<Piece>> {
    let pad = || prop::sample::select(vec!["", " ", "  ", "\n "]);
    prop::collection::vec(
        prop_oneof![
            3 => merchant_text().prop_map(Piece::Text),
            2 => (any::<prop::sample::Index>(), pad(), pad()).prop_map(|(i, a, b)| Piece::Var(i, a, b)),
            1 => (pad(), pad()).prop_map(|(a, b)| Piece::Brand(a, b)),
        ],
        1..6,
    )
}

/// The override as the merchant writes it, and as the Fluent source that
/// means the same: plain text where Fluent reads it verbatim, string
/// literals where it would trim or break lines.
fn override_text(pieces: &[Piece], vars: &[String]) -> (String, String) {
    let (mut text, mut ftl) = (String::new(), String::new());
    for piece in pieces {
        match piece {
            Piece::Text(t) => {
                text.push_str(t);
                ftl.push_str("{ \"");
                for c in t.chars() {
                    match c {
                        '"' => ftl.push_str("\\\""),
                        '\\' => ftl.push_str("\\\\"),
                        '\n' => ftl.push_str("\\u000A"),
                        c => ftl.push(c),
                    }
                }
                ftl.push_str("\" }");
            }
            Piece::Var(i, a, b) => {
                let p = format!("{{{a}${}{b}}}", vars[i.index(vars.len())]);
                text.push_str(&p);
                ftl.push_str(&p);
            }
            Piece::Brand(a, b) => {
                let p = format!("{{{a}-brand{b}}}");
                text.push_str(&p);
                ftl.push_str(&p);
            }
        }
    }
    // Text Fluent reads verbatim on one line is given as it is too.
    let plain = !text.contains('\n')
        && text.trim() == text
        && !text.contains(['"', '\\'])
        && !text.is_empty();
    if plain {
        ftl = text.clone();
    }
    (text, ftl)
}

fn brand_literal(brand: &str) -> String {
    format!(
        "-brand = {{ \"{}\" }}\n",
        brand.replace('\\', "\\\\").replace('"', "\\\"")
    )
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn merchant_overrides_format_as_fluent_bundle_does(
        lang in prop::sample::select(LANGUAGES.to_vec()),
        picks in prop::collection::vec((any::<prop::sample::Index>(), pieces()), 1..4),
        brand in prop::option::of(merchant_text().prop_map(|b| b.replace('\n', " "))),
    ) {
        let ftl = source(lang);
        let all = messages(&ftl);
        let mut l10n = runtime(lang, &ftl);
        let mut bundle = reference(lang, &ftl);
        let mut overrides = Vec::new();
        let mut fluent = String::new();
        for (pick, pieces) in &picks {
            let (id, vars) = &all[pick.index(all.len())];
            let names: Vec<String> = vars.keys().cloned().collect();
            let pieces: Vec<Piece> = pieces
                .iter()
                .filter(|p| !names.is_empty() || !matches!(p, Piece::Var(..)))
                .cloned()
                .collect();
            let (text, source) = override_text(&pieces, &names);
            // Only text that is all spaces is refused (the message stays).
            if text.trim().is_empty() {
                continue;
            }
            fluent.push_str(&format!("{id} = {source}\n"));
            overrides.push((id.clone(), text));
        }
        let errors = l10n.apply_overrides(
            overrides.iter().map(|(id, t)| (id.as_str(), t.as_str())),
            brand.as_deref(),
        );
        prop_assert!(errors.is_empty(), "{:?}", errors);
        if let Some(brand) = &brand {
            fluent.push_str(&brand_literal(brand));
        }
        bundle.add_resource_overriding(FluentResource::try_new(fluent.clone()).unwrap());
        let mut ids: Vec<&(String, BTreeMap<String, Vec<String>>)> = all
            .iter()
            .filter(|(id, _)| overrides.iter().any(|(o, _)| o == id) || id == "widget-label")
            .collect();
        ids.dedup();
        for (id, vars) in ids {
            for args in grid(vars) {
                let ours = l10n.format(id, &args);
                let theirs = format_reference(&bundle, id, &args);
                prop_assert_eq!(&ours, &theirs, "{}: {} with {:?}\n{}", lang, id, args, fluent);
            }
        }
    }
}

#[test]
fn an_override_with_escapes_in_its_fluent_form_matches() {
    // The fixture's string literals, as an override would be written in
    // Fluent, against the runtime's plain override text.
    let ftl = source("nl");
    let mut l10n = runtime("nl", &ftl);
    let errors = l10n.apply_overrides(
        [
            ("button-send", "Verstuur\u{a0}naar { -brand } \"nu\" \\ 😀"),
            ("count-remaining", "Nog {$count}\u{a0}tekens"),
        ],
        Some("Fietsen \"BV\" \\"),
    );
    assert!(errors.is_empty(), "{errors:?}");
    let mut bundle = reference("nl", &ftl);
    bundle.add_resource_overriding(
        FluentResource::try_new(format!(
            "button-send = Verstuur{{ \"\\u00A0\" }}naar {{ -brand }} \"nu\" \\ {{ \"\\U01F600\" }}\n\
             count-remaining = Nog {{ $count }}{{ \"\\u00a0\" }}tekens\n{}",
            brand_literal("Fietsen \"BV\" \\")
        ))
        .unwrap(),
    );
    for (id, args) in [
        ("button-send", vec![]),
        ("count-remaining", vec![("count", Arg::Num(3.0))]),
        ("widget-label", vec![]),
    ] {
        assert_eq!(
            l10n.format(id, &args),
            format_reference(&bundle, id, &args),
            "{id}"
        );
    }
    assert_eq!(
        l10n.text("button-send"),
        "Verstuur\u{a0}naar Fietsen \"BV\" \\ \"nu\" \\ 😀"
    );
}
