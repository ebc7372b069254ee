//! The runtime's CLDR plural rules (`i18n::plural_category`) checked against
//! ICU4X's (`icu_plurals`, current CLDR) for every shipped language:
//! cardinal categories of every integer to 2000, a sample up to 10,000,000
//! (powers of ten, whole millions, a stride, generated ones) and decimals.
//! Also against `intl_pluralrules`, which `fluent-bundle` selects with: it
//! carries CLDR 37, from before French "many" for whole millions, and that
//! is the only difference allowed.
//!
//! The runtime gets numbers as `f64`, as `fluent-bundle` does without
//! `NUMBER()` options, so `1.0` is `1`: it is compared with the shortest
//! decimal form of the number (what `fluent-bundle` selects with). A `1.0`
//! with a visible decimal (English "other") cannot be asked for.
#![cfg(not(target_arch = "wasm32"))]

use complaint_widget::i18n::{plural_category, LANGUAGES};
use fixed_decimal::Decimal;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use intl_pluralrules::{PluralRuleType, PluralRules as Cldr37};
use proptest::prelude::*;
use proptest::test_runner::Config;
use unic_langid::LanguageIdentifier;

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn name37(c: intl_pluralrules::PluralCategory) -> &'static str {
    use intl_pluralrules::PluralCategory as C;
    match c {
        C::ZERO => "zero",
        C::ONE => "one",
        C::TWO => "two",
        C::FEW => "few",
        C::MANY => "many",
        C::OTHER => "other",
    }
}

struct Rules {
    lang: &'static str,
    icu: PluralRules,
    cldr37: Cldr37,
}

fn rules() -> Vec<Rules> {
    LANGUAGES
        .iter()
        .map(|lang| {
            let locale: Locale = lang.parse().unwrap();
            let id: LanguageIdentifier = lang.parse().unwrap();
            Rules {
                lang,
                icu: PluralRules::try_new((&locale).into(), Default::default()).unwrap(),
                cldr37: Cldr37::create(id, PluralRuleType::CARDINAL).unwrap(),
            }
        })
        .collect()
}

/// Checks one number, given as the runtime gets it.
fn check(r: &Rules, n: f64) {
    // The shortest decimal form, as fluent-bundle reads an f64.
    let text = n.to_string();
    let decimal = Decimal::try_from_str(&text).unwrap();
    let ours = plural_category(r.lang, n);
    let icu = name(r.icu.category_for(&decimal));
    assert_eq!(ours, icu, "{}: {text}", r.lang);
    let cldr37 = name37(r.cldr37.select(text.as_str()).unwrap());
    if ours != cldr37 {
        assert_eq!(
            (r.lang, ours, cldr37),
            ("fr", "many", "other"),
            "{text}: the only change since CLDR 37 is French many"
        );
    }
}

fn sample() -> Vec<u64> {
    let mut out: Vec<u64> = (0..=2000).collect();
    out.extend((2000..=10_000_000).step_by(997));
    for p in 0..=15 {
        let ten = 10u64.pow(p);
        out.extend([ten - 1, ten, ten + 1]);
    }
    for k in 1..=10 {
        let m = k * 1_000_000;
        out.extend([m - 1, m, m + 1, m + 1000]);
    }
    out.extend([100_000_000, 1_000_000_000, 1_000_001_000_000, 21_000_000]);
    out
}

#[test]
fn integers_match_current_cldr() {
    let rules = rules();
    for n in sample() {
        for r in &rules {
            check(r, n as f64);
            check(r, -(n as f64));
        }
    }
}

#[test]
fn decimals_match_current_cldr() {
    let rules = rules();
    let decimals = [
        0.5,
        1.5,
        2.5,
        0.1,
        0.01,
        0.001,
        1.25,
        10.5,
        21.5,
        100.5,
        0.75,
        1.001,
        2.0,
        1.0,
        0.0,
        1_000_000.5,
        999_999.5,
        -1.5,
        -0.5,
    ];
    for n in decimals {
        for r in &rules {
            check(r, n);
        }
    }
    // With a visible decimal, 1.0 is "other" in English; the runtime, like
    // fluent-bundle given an f64, sees 1.
    let en = &rules[0];
    assert_eq!(en.lang, "en");
    let visible = Decimal::try_from_str("1.0").unwrap();
    assert_eq!(name(en.icu.category_for(&visible)), "other");
    assert_eq!(plural_category("en", 1.0), "one");
}

#[test]
fn french_many_is_current_cldr() {
    let fr = rules().into_iter().find(|r| r.lang == "fr").unwrap();
    for n in [1_000_000u64, 2_000_000, 10_000_000, 1_000_000_000] {
        assert_eq!(plural_category("fr", n as f64), "many");
        assert_eq!(name(fr.icu.category_for(n)), "many");
    }
    assert_eq!(plural_category("fr", 1_000_000.5), "other");
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn generated_integers_match(
        n in prop_oneof![0u64..=10_000_000, (1u64..=10).prop_map(|k| k * 1_000_000)],
    ) {
        for r in &rules() {
            check(r, n as f64);
        }
    }

    #[test]
    fn generated_decimals_match(k in 0u64..=10_000_000, places in 1u32..=3) {
        let n = k as f64 / 10f64.powi(places as i32);
        for r in &rules() {
            check(r, n);
        }
    }
}
