//! Every string the widget shows, from Project Fluent files.
//!
//! The `.ftl` files under `locales/` are the source. They are parsed and
//! checked at build time (`tools/ftl-compile`) into a compact table per
//! language, and the page loads only the table of the language it shows. This
//! module reads such a table and formats its messages with Fluent's
//! semantics: variables, terms (the brand), and selectors on strings, exact
//! numbers and CLDR plural categories. It also picks the language, applies
//! the merchant's overrides, and lists every message the code asks for (the
//! catalogue the parity test holds the files to). No DOM here.
//!
//! Placeables are not wrapped in Unicode isolation marks: every shipped
//! language is left-to-right and the only placeables are numbers, references
//! and names.

use crate::prelude::*;

use crate::text;

use crate::form::field::ALL_FIELDS;
use crate::form::flow::{self, Step};
use crate::form::{FieldKind, Kind, Submission};
use crate::market::Operator;

/// The languages shipped, English first (the last resort of negotiation).
pub const LANGUAGES: &[&str] = &["en", "nl", "sv", "nb", "fr", "de", "da", "fi"];

/// The compact format's separators, from the compiler's own source file (the
/// widget cannot link the compiler without pulling a Fluent parser into the
/// module). Every shipped table is read back in the tests below.
#[path = "../tools/ftl-compile/src/sep.rs"]
mod sep;

/// One argument to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number (selects plural forms).
    Num(f64),
    /// A piece of text.
    Str(String),
}

/// The shipped language for one requested BCP 47 tag, if any: `nb-NO`,
/// `no` and `nn` give `nb`; `fr-CA` gives `fr`; `sv-FI` gives `sv`.
pub fn match_tag(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let primary = match primary.as_str() {
        "no" | "nn" | "nb" => "nb",
        other => other,
    };
    LANGUAGES.iter().copied().find(|l| *l == primary)
}

/// Picks the language: the first candidate, in order of precedence (the
/// `locale` option, the host element's `lang`, the page's `<html lang>`,
/// then `navigator.languages`), that a shipped language matches; English
/// when none does.
pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> &'static str {
    candidates.into_iter().find_map(match_tag).unwrap_or("en")
}

/// The CLDR cardinal plural category of a number in a shipped language.
/// The number is what a caller passes, so `1.0` is `1` (no visible
/// decimals), as in Fluent without `NUMBER()` options.
pub fn plural_category(lang: &str, n: f64) -> &'static str {
    let integer = text::is_whole(n);
    let i = text::whole_part(n);
    match lang {
        // French: one for 0 and 1, and 0.x and 1.x; many for whole millions
        // (1000000, 2000000, ...).
        "fr" if i == 0.0 || i == 1.0 => "one",
        "fr" if integer && (i as u64) % 1_000_000 == 0 => "many",
        // Danish: one for 1, and for 0.x and 1.x with visible decimals.
        "da" if !integer && (i == 0.0 || i == 1.0) => "one",
        // en, nl, sv, nb, de, da, fi: one for the integer 1.
        _ if integer && i == 1.0 => "one",
        _ => "other",
    }
}

/// Why a table or an override could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum I18nError {
    /// The table is not in the compact format.
    BadTable,
    /// An override names a message that does not exist.
    UnknownMessage(String),
    /// An override uses something other than text, `{ $variable }` and
    /// `{ -brand }`, or a variable the built-in message does not have.
    BadOverride {
        /// The message id.
        id: String,
        /// What is wrong.
        why: String,
    },
}

impl I18nError {
    /// The message for the console (`complaint-widget: ...`), built without
    /// `core::fmt`.
    pub fn message(&self) -> String {
        match self {
            I18nError::BadTable => "complaint-widget: the strings could not be read".into(),
            I18nError::UnknownMessage(id) => [
                "complaint-widget: option `messages` overrides \"",
                id,
                "\", which is not a message of the widget",
            ]
            .concat(),
            I18nError::BadOverride { id, why } => [
                "complaint-widget: option `messages` has an override for \"",
                id,
                "\" that cannot be used (",
                why,
                "); the built-in text is shown",
            ]
            .concat(),
        }
    }
}

/// Looks up and formats messages in one language.
#[derive(Clone, Debug)]
pub struct Localizer {
    lang: &'static str,
    table: String,
    /// `(id, pattern)` ranges into `table`, in the table's order.
    index: Vec<(core::ops::Range<usize>, core::ops::Range<usize>)>,
    /// Whether the ids are in order (ftl-compile sorts them), so lookups can
    /// bisect; a table from an older build (a stale cache) is searched.
    sorted: bool,
    overrides: Vec<(String, String)>,
    /// Arguments every message may use, after a caller's own: who runs the
    /// form (`operator`, `escalation`, `name`; see [`catalog`]).
    globals: Vec<(&'static str, Arg)>,
}

impl Localizer {
    /// Reads the compact table of `lang` (as `ftl-compile` writes it). The
    /// table is kept as given: the page passes it in once, not copied.
    pub fn new(lang: &str, table: impl Into<String>) -> Result<Localizer, I18nError> {
        let lang = match_tag(lang).unwrap_or("en");
        let table: String = table.into();
        let mut index = Vec::new();
        let mut start = 0;
        for entry in table.split(sep::ENTRY) {
            let Some(split) = entry.find(sep::ID) else {
                if entry.is_empty() {
                    start += entry.len() + 1;
                    continue;
                }
                return Err(I18nError::BadTable);
            };
            index.push((start..start + split, start + split + 1..start + entry.len()));
            start += entry.len() + sep::ENTRY.len_utf8();
        }
        let sorted = index
            .windows(2)
            .all(|w| table.get(w[0].0.clone()) < table.get(w[1].0.clone()));
        Ok(Localizer {
            lang,
            table,
            index,
            sorted,
            overrides: Vec::new(),
            globals: Vec::new(),
        })
    }

    /// The language in use, as a BCP 47 tag.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    fn built_in(&self, id: &str) -> Option<&str> {
        let key = |k: &core::ops::Range<usize>| self.table.get(k.clone()).unwrap_or("");
        let i = if self.sorted {
            self.index.binary_search_by(|(k, _)| key(k).cmp(id)).ok()?
        } else {
            self.index.iter().position(|(k, _)| key(k) == id)?
        };
        self.table.get(self.index.get(i)?.1.clone())
    }

    fn pattern(&self, id: &str) -> Option<&str> {
        self.overrides
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, p)| p.as_str())
            .or_else(|| self.built_in(id))
    }

    /// Whether the message exists.
    pub fn has(&self, id: &str) -> bool {
        self.pattern(id).is_some()
    }

    /// Replaces messages with the merchant's text (plain text with
    /// `{ $variable }` and `{ -brand }` placeables) and sets the brand. A bad
    /// override is skipped and reported; the built-in message stays.
    pub fn apply_overrides<'a>(
        &mut self,
        overrides: impl IntoIterator<Item = (&'a str, &'a str)>,
        brand: Option<&str>,
    ) -> Vec<I18nError> {
        let mut errors = Vec::new();
        for (id, text) in overrides {
            match self.compile_override(id, text) {
                Ok(pattern) => {
                    self.overrides.retain(|(k, _)| k != id);
                    self.overrides.push((id.to_string(), pattern));
                }
                Err(e) => errors.push(e),
            }
        }
        if let Some(brand) = brand {
            let clean: String = brand
                .chars()
                .filter(|c| !c.is_control())
                .take(100)
                .collect();
            self.overrides.retain(|(k, _)| k != "-brand");
            self.overrides.push(("-brand".to_string(), clean));
        }
        errors
    }

    fn compile_override(&self, id: &str, text: &str) -> Result<String, I18nError> {
        let built_in = self
            .built_in(id)
            .ok_or_else(|| I18nError::UnknownMessage(id.to_string()))?;
        let bad = |why: &str| {
            Err(I18nError::BadOverride {
                id: id.to_string(),
                why: why.to_string(),
            })
        };
        let allowed = variables(built_in);
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.extend(
                rest.get(..open)
                    .unwrap_or("")
                    .chars()
                    .filter(|c| !c.is_control() || *c == '\n'),
            );
            let Some(close) = rest.get(open..).unwrap_or("").find('}') else {
                return bad("a { has no closing }");
            };
            let inner = rest.get(open + 1..open + close).unwrap_or("").trim();
            if let Some(name) = inner.strip_prefix('$') {
                if !allowed.iter().any(|v| v == name) {
                    return bad(&["the message has no variable $", name].concat());
                }
            } else if inner != "-brand" {
                return bad(&["{ ", inner, " } is not a variable or -brand"].concat());
            }
            out.push(sep::OPEN);
            out.push_str(inner);
            out.push(sep::CLOSE);
            rest = rest.get(open + close + 1..).unwrap_or("");
        }
        if rest.bytes().any(|b| b == b'}') {
            return bad("a } has no opening {");
        }
        out.extend(rest.chars().filter(|c| !c.is_control() || *c == '\n'));
        if out.trim().is_empty() {
            return bad("it is empty");
        }
        Ok(out)
    }

    /// Sets the arguments every message may use (who runs the form).
    pub fn set_globals(&mut self, globals: Vec<(&'static str, Arg)>) {
        self.globals = globals;
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments. A missing message yields its id, so a gap
    /// shows up in tests instead of as a blank label.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.pattern(id) else {
            return id.to_string();
        };
        let mut out = String::new();
        self.write(&mut out, pattern, args, 0);
        out
    }

    fn write(&self, out: &mut String, pattern: &str, args: &[(&str, Arg)], depth: u8) {
        let mut rest = pattern;
        while let Some(open) = rest.find(sep::OPEN) {
            out.push_str(rest.get(..open).unwrap_or(""));
            let body_start = open + 1;
            let close = matching(rest, body_start, sep::OPEN, sep::CLOSE).unwrap_or(rest.len());
            self.placeable(out, rest.get(body_start..close).unwrap_or(""), args, depth);
            rest = rest.get(close + 1..).unwrap_or("");
        }
        out.push_str(rest);
    }

    fn placeable(&self, out: &mut String, body: &str, args: &[(&str, Arg)], depth: u8) {
        if depth > 8 {
            return;
        }
        let arg = |name: &str| {
            args.iter()
                .find(|(k, _)| *k == name)
                .or_else(|| self.globals.iter().find(|(k, _)| *k == name))
                .map(|(_, v)| v)
        };
        if let Some(name) = body.strip_prefix('$') {
            match arg(name) {
                Some(Arg::Num(n)) => write_number(out, *n),
                Some(Arg::Str(s)) => out.push_str(s),
                None => {
                    out.extend(["{$", name, "}"]);
                }
            }
        } else if body.starts_with('-') {
            if let Some(term) = self.pattern(body) {
                self.write(out, term, &[], depth + 1);
            }
        } else if let Some(select) = body.strip_prefix("?$") {
            let Some(split) = select.find(sep::VARIANTS) else {
                return;
            };
            let value = arg(select.get(..split).unwrap_or(""));
            let variants = parse_variants(select.get(split + 1..).unwrap_or(""));
            let category = match value {
                Some(Arg::Num(n)) => plural_category(self.lang, *n),
                _ => "",
            };
            // As in Fluent: the first variant, in order, whose key matches,
            // else the default.
            let chosen = variants
                .iter()
                .find(|(key, _)| {
                    let key = key.trim_start_matches('*');
                    match value {
                        // A number matches its plural category, or a numeric
                        // key of the same value (whole numbers in the shipped
                        // files; parsing them as integers keeps float parsing
                        // out of the module).
                        Some(Arg::Num(n)) => {
                            key == category || key.parse::<i64>().is_ok_and(|k| k as f64 == *n)
                        }
                        // A string matches an identifier key (never a
                        // numeric one) of the same text.
                        Some(Arg::Str(s)) => {
                            key == s && key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                        }
                        None => false,
                    }
                })
                .or_else(|| variants.iter().find(|(key, _)| key.starts_with('*')));
            if let Some((_, pattern)) = chosen {
                self.write(out, pattern, args, depth + 1);
            }
        }
    }
}

/// Writes a number as Fluent does without `NUMBER()` options: no grouping,
/// and the decimals it has, here at most three (rounded, as ICU's default
/// number format does; `fluent-bundle` writes the shortest decimal form,
/// which is the same for every number of up to three decimals). Whole part
/// and decimals are printed as integers, keeping Rust's float formatting
/// (about 15 KB) out of the module. Not written: whole numbers from 1e15 and
/// decimals from 1e12 on, NaN and infinities (the widget passes counts and
/// days).
fn write_number(out: &mut String, n: f64) {
    let whole = text::is_whole(n);
    let n_abs = if n < 0.0 { -n } else { n };
    // NaN compares false, so it is not written either.
    if n_abs < if whole { 1e15 } else { 1e12 } {
        let thousandths = if whole {
            n_abs as i64 * 1000
        } else {
            text::round_unsigned(n_abs * 1000.0)
        };
        if n < 0.0 && thousandths != 0 {
            out.push('-');
        }
        text::push_uint(out, (thousandths / 1000) as u64);
        // The decimals digit by digit, until only zeros are left.
        let (mut rest, mut unit) = (thousandths % 1000, 100);
        if rest != 0 {
            out.push('.');
        }
        while rest != 0 && unit != 0 {
            out.extend(char::from_digit((rest / unit) as u32, 10));
            rest %= unit;
            unit /= 10;
        }
    }
}

/// The position of the `close` that ends the run starting at `from`,
/// skipping nested `open`..`close` pairs.
fn matching(s: &str, from: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.get(from..).unwrap_or("").char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            if depth == 0 {
                return Some(from + i);
            }
            depth -= 1;
        }
    }
    None
}

/// Splits `key KEY pattern END_VARIANT ...` into `(key, pattern)` pairs.
fn parse_variants(s: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(k) = rest.find(sep::KEY) {
        let key = rest.get(..k).unwrap_or("");
        let mut depth = 0usize;
        let mut end = None;
        for (i, c) in rest.get(k + 1..).unwrap_or("").char_indices() {
            match c {
                sep::OPEN => depth += 1,
                sep::CLOSE => depth = depth.saturating_sub(1),
                sep::END_VARIANT if depth == 0 => {
                    end = Some(k + 1 + i);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else { break };
        out.push((key, rest.get(k + 1..end).unwrap_or("")));
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out
}

/// The variables a compiled pattern uses, selectors included.
pub fn variables(pattern: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(i) = rest.find('$') {
        let name: String = rest
            .get(i + 1..)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() && !names.contains(&name) {
            names.push(name.clone());
        }
        rest = rest.get(i + 1 + name.len()..).unwrap_or("");
    }
    names
}

/// Every message id the code asks for, with the variables it passes. The
/// parity test holds every `.ftl` file to this list: nothing missing, nothing
/// unused, no variable the code does not pass.
pub fn catalog() -> Vec<(String, &'static [&'static str])> {
    const NONE: &[&str] = &[];
    let mut out: Vec<(String, &'static [&'static str])> = [
        "widget-label",
        "label-optional",
        "error-prefix",
        "error-summary-title",
        "error-rejected",
        "button-continue",
        "button-close",
        "button-back",
        "button-send",
        "button-sending",
        "button-retry",
        // Shown by the entry module's launcher before this module loads.
        "launcher-loading",
        "launcher-failed",
        "button-start-again",
        "send-failed",
        "send-unconfirmed",
        "send-queued",
        "send-refused",
        "send-unavailable",
        "form-unavailable",
        "button-copy-reference",
        "button-print",
        "status-reference-copied",
        "status-reference-selected",
        "contact-title",
        "link-new-tab",
        "privacy-text",
        "privacy-link",
        "privacy-send-hint",
        "confirmation-reference",
        "confirmation-next-title",
        "confirmation-bodies-title",
        "confirmation-bodies-intro",
        "-brand",
    ]
    .iter()
    .map(|id| (id.to_string(), NONE))
    .collect();
    // The merchant's own fields, worded by the widget with their label.
    for id in [
        "error-custom-required",
        "error-custom-choose",
        "error-custom-tick",
        "error-custom-date",
    ] {
        out.push((id.into(), &["label"]));
    }
    out.push(("error-custom-too-long".into(), &["label", "max"]));
    out.push(("count-remaining".into(), &["count"]));
    out.push(("count-over".into(), &["count"]));
    out.push(("status-step".into(), &["title"]));
    out.push(("step-progress".into(), &["step", "total"]));
    out.push(("status-step-progress".into(), &["title", "step", "total"]));
    out.push(("status-sent".into(), &["reference"]));
    out.push(("days".into(), &["days", "working"]));
    // A time is `$time` ("14 days") and `$days` (0: none is stated).
    out.push(("complaint-first-contact-intro".into(), &["time", "days"]));
    out.push((
        "complaint-escalation-intro".into(),
        &["time", "days", "escalation", "name"],
    ));
    out.push(("complaint-elsewhere-intro".into(), NONE));
    out.push(("escalation-name".into(), &["escalation"]));
    out.push(("step-confirmation-title".into(), &["kind"]));
    for step in [
        Step::Choose,
        Step::Feedback,
        Step::Complaint,
        Step::PurchaseProblem,
        Step::Privacy,
    ] {
        out.push((format!("step-{}-title", step.key()), NONE));
    }
    for step in [
        Step::Choose,
        Step::Feedback,
        Step::Complaint,
        Step::PurchaseProblem,
    ] {
        out.push((format!("step-{}-intro", step.key()), NONE));
    }
    for kind in Kind::ALL {
        out.push((format!("choose-{}", kind.key()), NONE));
        out.push((format!("choose-{}-hint", kind.key()), NONE));
    }
    for s in [
        Submission::Feedback,
        Submission::Complaint,
        Submission::Escalation,
        Submission::PurchaseProblem,
    ] {
        let vars: &[&str] = match s {
            Submission::Escalation => &["time", "days", "escalation", "name"],
            Submission::PurchaseProblem => &["time", "days", "operator"],
            _ => &["time", "days"],
        };
        out.push((format!("confirmation-next-{}", s.key()), vars));
    }
    for market in crate::market::Market::ALL {
        for operator in [Operator::Merchant, Operator::PaymentProvider] {
            for body in market.bodies(operator) {
                let id = format!("body-{}", body.id);
                if !out.iter().any(|(k, _)| *k == id) {
                    out.push((id, NONE));
                }
            }
        }
    }
    for field in ALL_FIELDS {
        let key = field.key();
        out.push((format!("field-{key}-label"), NONE));
        if field.has_hint() {
            out.push((format!("field-{key}-hint"), NONE));
        }
        let routes = [false, true].map(|shop| flow::Route {
            shop,
            escalation: !shop,
        });
        let required = [Step::Feedback, Step::Complaint, Step::PurchaseProblem]
            .iter()
            .flat_map(|s| routes.map(|r| flow::slots_for(*s, r)))
            .flatten()
            .any(|s| s.field == *field && s.required);
        if required {
            out.push((format!("error-{key}-required"), NONE));
        }
        match field.kind() {
            FieldKind::Choice(options) => {
                for o in options {
                    out.push((format!("field-{key}-option-{o}"), NONE));
                }
            }
            FieldKind::Text { .. } | FieldKind::LongText { .. } => {
                out.push((format!("error-{key}-too-long"), &["max"]))
            }
            FieldKind::Reference { .. } => {
                out.push((format!("error-{key}-too-long"), &["max"]));
                out.push((format!("error-{key}-too-short"), &["min"]));
                out.push((format!("error-{key}-format"), NONE));
            }
            FieldKind::Email | FieldKind::Phone => out.push((format!("error-{key}-format"), NONE)),
            FieldKind::Toggle | FieldKind::Date => {}
            FieldKind::Files => {
                out.push(("error-attachments-too-many".into(), &["max"]));
                out.push(("error-attachments-too-large".into(), &["name", "mb"]));
                out.push(("error-attachments-type".into(), &["name"]));
                out.push(("error-attachments-empty".into(), &["name"]));
                out.push(("attachments-remove".into(), &["name"]));
                out.push(("attachments-size".into(), &["kb"]));
                out.push(("attachments-choose-again".into(), &["names"]));
            }
        }
    }
    // Who runs the form (the globals `Localizer::set_globals` sets):
    // `$operator` is `merchant` or `payment-provider`; `$escalation` is
    // `ombudsman` (a payment provider's), `manager` (a shop's) or `none`;
    // `$name` is who reviews after customer service.
    for (id, vars) in [
        ("choose-purchase-problem", &["operator"][..]),
        ("choose-purchase-problem-hint", &["operator"]),
        ("step-purchase-problem-title", &["operator"]),
        ("step-purchase-problem-intro", &["operator"]),
        (
            "field-purchase-issue-option-return-not-confirmed",
            &["operator"],
        ),
        ("field-contacted-before-hint", &["escalation", "name"]),
        ("field-attachments-hint", &["max", "mb"]),
    ] {
        if let Some(entry) = out.iter_mut().find(|(k, _)| k == id) {
            entry.1 = vars;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_messages_are_worded_for_the_console() {
        assert_eq!(
            I18nError::BadTable.message(),
            "complaint-widget: the strings could not be read"
        );
        assert_eq!(
            I18nError::UnknownMessage("nope".into()).message(),
            "complaint-widget: option `messages` overrides \"nope\", which is not a message of the widget"
        );
        let e = I18nError::BadOverride {
            id: "button-send".into(),
            why: "a { has no closing }".into(),
        };
        assert_eq!(
            e.message(),
            "complaint-widget: option `messages` has an override for \"button-send\" that cannot be used (a { has no closing }); the built-in text is shown"
        );
    }

    fn en() -> Localizer {
        Localizer::new("en", include_str!(concat!(env!("OUT_DIR"), "/en.tbl"))).unwrap()
    }

    #[test]
    fn negotiation_follows_precedence_and_regional_fallbacks() {
        assert_eq!(negotiate(["nb-NO"]), "nb");
        assert_eq!(negotiate(["no"]), "nb");
        assert_eq!(negotiate(["nn-NO"]), "nb");
        assert_eq!(negotiate(["fr-CA"]), "fr");
        assert_eq!(negotiate(["sv-FI"]), "sv");
        assert_eq!(negotiate(["de_AT"]), "de");
        assert_eq!(negotiate(["NL-be"]), "nl");
        // The first candidate a shipped language matches wins.
        assert_eq!(negotiate(["", "xx", "da-DK", "fi"]), "da");
        assert_eq!(negotiate(["pt-BR", "es"]), "en");
        assert_eq!(negotiate([]), "en");
    }

    #[test]
    fn plural_categories() {
        for lang in ["en", "nl", "sv", "nb", "de", "da", "fi"] {
            assert_eq!(plural_category(lang, 1.0), "one", "{lang}");
            assert_eq!(plural_category(lang, 0.0), "other", "{lang}");
            assert_eq!(plural_category(lang, 2.0), "other", "{lang}");
        }
        assert_eq!(plural_category("fr", 0.0), "one");
        assert_eq!(plural_category("fr", 1.0), "one");
        assert_eq!(plural_category("fr", 2.0), "other");
        assert_eq!(plural_category("fr", 1_000_000.0), "many");
        assert_eq!(plural_category("fr", 3_000_000.0), "many");
        assert_eq!(plural_category("fr", 1_000_001.0), "other");
        assert_eq!(plural_category("fr", 1_000_000.5), "other");
        assert_eq!(plural_category("da", 0.5), "one");
        assert_eq!(plural_category("en", 1.5), "other");
    }

    #[test]
    fn formats_plurals_selects_terms_and_nested_selects() {
        let en = en();
        assert_eq!(
            en.format("count-remaining", &[("count", Arg::Num(1.0))]),
            "You have 1 character remaining"
        );
        assert_eq!(
            en.format("count-remaining", &[("count", Arg::Num(12.0))]),
            "You have 12 characters remaining"
        );
        assert_eq!(
            en.format(
                "days",
                &[
                    ("days", Arg::Num(20.0)),
                    ("working", Arg::Str("yes".into()))
                ]
            ),
            "20 working days"
        );
        assert_eq!(
            en.format(
                "days",
                &[("days", Arg::Num(1.0)), ("working", Arg::Str("no".into()))]
            ),
            "1 day"
        );
        assert_eq!(
            en.format(
                "step-confirmation-title",
                &[("kind", Arg::Str("escalation".into()))]
            ),
            "Your request for a new review has been sent"
        );
        assert_eq!(
            en.format(
                "step-confirmation-title",
                &[("kind", Arg::Str("???".into()))]
            ),
            "Your complaint has been sent"
        );
        assert_eq!(
            en.text("widget-label"),
            "Customer service: feedback and complaints"
        );
        assert_eq!(en.text("no-such-message"), "no-such-message");
        assert_eq!(
            en.format("status-sent", &[]),
            "Sent. Your reference is {$reference}."
        );
    }

    /// The compiled tables of every shipped language, as the page gets them.
    pub(crate) fn tables() -> [(&'static str, &'static str); 8] {
        [
            ("en", include_str!(concat!(env!("OUT_DIR"), "/en.tbl"))),
            ("nl", include_str!(concat!(env!("OUT_DIR"), "/nl.tbl"))),
            ("sv", include_str!(concat!(env!("OUT_DIR"), "/sv.tbl"))),
            ("nb", include_str!(concat!(env!("OUT_DIR"), "/nb.tbl"))),
            ("fr", include_str!(concat!(env!("OUT_DIR"), "/fr.tbl"))),
            ("de", include_str!(concat!(env!("OUT_DIR"), "/de.tbl"))),
            ("da", include_str!(concat!(env!("OUT_DIR"), "/da.tbl"))),
            ("fi", include_str!(concat!(env!("OUT_DIR"), "/fi.tbl"))),
        ]
    }

    #[test]
    fn every_shipped_table_reads_and_formats_every_catalogued_message() {
        assert_eq!(tables().map(|(l, _)| l), LANGUAGES);
        for (lang, table) in tables() {
            let l = Localizer::new(lang, table).unwrap();
            assert_eq!(l.lang(), lang);
            for (id, vars) in catalog() {
                let args: Vec<(&str, Arg)> = vars
                    .iter()
                    .map(|v| match *v {
                        "working" => (*v, Arg::Str("yes".into())),
                        "kind" | "title" | "time" | "reference" | "name" => {
                            (*v, Arg::Str("X".into()))
                        }
                        "operator" => (*v, Arg::Str("merchant".into())),
                        "escalation" => (*v, Arg::Str("manager".into())),
                        _ => (*v, Arg::Num(2.0)),
                    })
                    .collect();
                let text = l.format(&id, &args);
                assert!(
                    l.has(&id) && !text.is_empty() && !text.contains("{$"),
                    "{lang}: {id} gives {text:?}"
                );
            }
        }
        assert_eq!(
            Localizer::new("en", "garbage").unwrap_err(),
            I18nError::BadTable
        );
    }

    #[test]
    fn a_table_out_of_order_is_still_read() {
        // A locale file cached from an older build may not be sorted by id.
        let table = ["b\u{1f}Bee", "a\u{1f}Ay", "c\u{1f}Sea"].join("\u{1e}");
        let l = Localizer::new("en", &table).unwrap();
        assert_eq!(
            (l.text("a"), l.text("b"), l.text("c")),
            ("Ay".into(), "Bee".into(), "Sea".into())
        );
        assert_eq!(l.text("d"), "d");
    }

    #[test]
    fn merchant_overrides_and_brand() {
        let mut en = en();
        let errors = en.apply_overrides(
            [
                ("field-email-label", "Your e-mail at { -brand }"),
                ("count-remaining", "{ $count } left"),
                ("button-send", "Send { $nope }"),
                ("button-back", "Back { NUMBER($x) }"),
                ("no-such", "x"),
                ("button-continue", "Next {"),
            ],
            Some("Fietsen BV"),
        );
        assert_eq!(en.text("field-email-label"), "Your e-mail at Fietsen BV");
        assert_eq!(
            en.format("count-remaining", &[("count", Arg::Num(3.0))]),
            "3 left"
        );
        assert_eq!(
            en.text("widget-label"),
            "Fietsen BV: feedback and complaints"
        );
        // Broken overrides fall back to the built-in text, never a blank.
        assert_eq!(en.text("button-send"), "Send");
        assert_eq!(en.text("button-back"), "Back");
        assert_eq!(en.text("button-continue"), "Continue");
        assert_eq!(errors.len(), 4);
        assert!(errors.iter().any(|e| e.message().contains("\"no-such\"")));
        assert!(errors.iter().any(|e| e.message().contains("$nope")));
    }

    #[test]
    fn numbers_print_without_float_formatting() {
        let mut s = String::new();
        write_number(&mut s, 2000.0);
        s.push(' ');
        write_number(&mut s, -1.5);
        s.push(' ');
        write_number(&mut s, 0.125);
        s.push(' ');
        write_number(&mut s, 0.05);
        s.push(' ');
        write_number(&mut s, 2.0004);
        s.push(' ');
        write_number(&mut s, 1e6);
        assert_eq!(s, "2000 -1.5 0.125 0.05 2 1000000");
    }

    #[test]
    fn variables_of_a_pattern() {
        let en = en();
        let pattern = en.built_in("days").unwrap();
        assert_eq!(variables(pattern), ["working", "days"]);
    }

    /// Every message a shop's form can show, in every language, formatted as
    /// a shop's (with and without a complaints manager, with and without
    /// times): none promises the payment provider's pause, reminder fees or
    /// impartial in-house ombudsman.
    #[test]
    fn no_message_makes_a_shop_promise_what_only_a_payment_provider_can() {
        use crate::market::Market;
        let words: [(&str, &[&str]); 8] = [
            ("en", &["pause", "reminder fee", "ombudsman", "impartial"]),
            (
                "nl",
                &["pauze", "herinneringskosten", "ombudsman", "onpartijdig"],
            ),
            ("sv", &["paus", "påminnelseavgift", "ombud", "opartisk"]),
            ("nb", &["pause", "purregebyr", "ombud", "upartisk"]),
            (
                "fr",
                &[
                    "suspen",
                    "frais de relance",
                    "médiateur client",
                    "impartial",
                ],
            ),
            (
                "de",
                &["pausier", "mahngebühr", "ombudsstelle", "unparteiisch"],
            ),
            ("da", &["pause", "rykkergebyr", "ombudsmand", "upartisk"]),
            (
                "fi",
                &["keskeyt", "muistutusmaksu", "asiamie", "puolueettom"],
            ),
        ];
        // Bodies only a payment provider lists are not a shop's to show.
        let shop_bodies: Vec<String> = Market::ALL
            .iter()
            .flat_map(|m| m.bodies(Operator::Merchant))
            .map(|b| format!("body-{}", b.id))
            .collect();
        let mut checked = 0;
        for ((lang, table), (wlang, words)) in tables().into_iter().zip(words) {
            assert_eq!(lang, wlang);
            let mut l = Localizer::new(lang, table).unwrap();
            for escalation in ["none", "manager"] {
                let name = l.format(
                    "escalation-name",
                    &[("escalation", Arg::Str(escalation.into()))],
                );
                l.set_globals(vec![
                    ("operator", Arg::Str("merchant".into())),
                    ("escalation", Arg::Str(escalation.into())),
                    ("name", Arg::Str(name)),
                ]);
                for (id, vars) in catalog() {
                    if id.starts_with("body-") && !shop_bodies.contains(&id) {
                        continue;
                    }
                    for days in [0.0, 10.0] {
                        let args: Vec<(&str, Arg)> = vars
                            .iter()
                            .filter(|v| !matches!(**v, "operator" | "escalation" | "name"))
                            .map(|v| match *v {
                                "working" => (*v, Arg::Str("no".into())),
                                "days" => (*v, Arg::Num(days)),
                                "kind" => (*v, Arg::Str("escalation".into())),
                                "time" | "title" | "reference" => (*v, Arg::Str("X".into())),
                                _ => (*v, Arg::Num(2.0)),
                            })
                            .collect();
                        let text = l.format(&id, &args).to_lowercase();
                        for word in words {
                            assert!(
                                !text.contains(word),
                                "{lang}: {id} says {word:?} to a shop's customer: {text}"
                            );
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 2000, "{checked}");
    }
}
