//! Compiles a Fluent (`.ftl`) file into the compact table the widget's
//! runtime reads (`complaint_widget::i18n`). Parsing and checking happen
//! here, at build time, with Project Fluent's own parser; the page downloads
//! only the result, for one language.
//!
//! The table is a list of entries separated by `RS` (U+001E); each entry is
//! `id US pattern` (US = U+001F). A pattern is text with placeables between
//! `SOH` (U+0001) and `STX` (U+0002):
//!
//! - `$name`: a variable;
//! - `-name`: a term (the brand);
//! - `?$name ETX variants`: a select on a variable, where each variant is
//!   `key EOT pattern ENQ` (ETX U+0003, EOT U+0004, ENQ U+0005) and the
//!   default variant's key starts with `*`.
//!
//! Supported: messages and terms with a value, text, variables, term
//! references, string literals (unescaped here: `\"`, `\\`, `\uHHHH`,
//! `\UHHHHHH`), select expressions on variables with identifier or number
//! keys (nested too). Anything else (attributes, message references,
//! functions, number literals) is refused with a clear error, so nothing the
//! runtime cannot format ever ships.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser;

/// Separators of the compact format.
pub mod sep;

/// A compiled file: the table, and the ids in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// The compact table.
    pub table: String,
    /// Message and term ids (terms with their leading `-`), in order.
    pub ids: Vec<String>,
}

/// Compiles one FTL source. Errors name the line and what is wrong.
pub fn compile(source: &str) -> Result<Compiled, Vec<String>> {
    let line_of = |pos: usize| source[..pos.min(source.len())].matches('\n').count() + 1;
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| format!("line {}: {:?}", line_of(e.pos.start), e.kind))
                .collect());
        }
    };
    let mut table = String::new();
    let mut ids = Vec::new();
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for entry in &resource.body {
        let (id, pattern) = match entry {
            Entry::Message(m) => {
                if !m.attributes.is_empty() {
                    errors.push(format!("{}: attributes are not supported", m.id.name));
                }
                match &m.value {
                    Some(p) => (m.id.name.to_string(), p),
                    None => {
                        errors.push(format!("{}: a message needs a value", m.id.name));
                        continue;
                    }
                }
            }
            Entry::Term(t) => (format!("-{}", t.id.name), &t.value),
            Entry::Junk { content } => {
                errors.push(format!(
                    "cannot parse: {}",
                    content.lines().next().unwrap_or("")
                ));
                continue;
            }
            _ => continue,
        };
        if ids.contains(&id) {
            errors.push(format!("{id}: defined twice"));
            continue;
        }
        let mut out = String::new();
        if let Err(e) = pattern_to(&mut out, pattern) {
            errors.push(format!("{id}: {e}"));
            continue;
        }
        entries.push((id.clone(), out));
        ids.push(id);
    }
    // Sorted by id, so the runtime looks messages up without sorting.
    entries.sort();
    for (id, out) in entries {
        if !table.is_empty() {
            table.push(sep::ENTRY);
        }
        table.push_str(&id);
        table.push(sep::ID);
        table.push_str(&out);
    }
    if errors.is_empty() {
        Ok(Compiled { table, ids })
    } else {
        Err(errors)
    }
}

fn text_to(out: &mut String, text: &str) -> Result<(), String> {
    if text
        .chars()
        .any(|c| ('\u{1}'..='\u{8}').contains(&c) || c == '\u{1e}' || c == '\u{1f}')
    {
        return Err("text contains a control character".into());
    }
    out.push_str(text);
    Ok(())
}

fn pattern_to(out: &mut String, pattern: &Pattern<&str>) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text_to(out, value)?,
            PatternElement::Placeable { expression } => expression_to(out, expression)?,
        }
    }
    Ok(())
}

fn expression_to(out: &mut String, expression: &Expression<&str>) -> Result<(), String> {
    match expression {
        Expression::Inline(inline) => inline_to(out, inline),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err("a select must be on a variable".into());
            };
            out.push(sep::OPEN);
            out.push('?');
            out.push('$');
            out.push_str(id.name);
            out.push(sep::VARIANTS);
            for v in variants {
                if v.default {
                    out.push('*');
                }
                match &v.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } => out.push_str(value),
                }
                out.push(sep::KEY);
                pattern_to(out, &v.value)?;
                out.push(sep::END_VARIANT);
            }
            out.push(sep::CLOSE);
            Ok(())
        }
    }
}

fn inline_to(out: &mut String, inline: &InlineExpression<&str>) -> Result<(), String> {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.push(sep::OPEN);
            out.push('$');
            out.push_str(id.name);
            out.push(sep::CLOSE);
            Ok(())
        }
        InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => {
            out.push(sep::OPEN);
            out.push('-');
            out.push_str(id.name);
            out.push(sep::CLOSE);
            Ok(())
        }
        // The parser keeps a literal's escapes; Fluent resolves them.
        InlineExpression::StringLiteral { value } => text_to(
            out,
            &fluent_syntax::unicode::unescape_unicode_to_string(value),
        ),
        InlineExpression::Placeable { expression } => expression_to(out, expression),
        _ => Err("only variables, terms, string literals and selects are supported".into()),
    }
}

/// Writes the table as an ES module whose default export is the string.
pub fn to_js_module(lang: &str, compiled: &Compiled) -> String {
    let literal = serde_json::to_string(&compiled.table).unwrap_or_else(|_| "\"\"".into());
    format!("// complaint-widget strings, {lang}. Compiled from locales/{lang}/widget.ftl; do not edit.\nexport default {literal};\n")
}

/// The messages the entry module shows before the wasm module loads (the
/// launcher button, its dialog's header and the loading state), in this
/// order. Each must be plain text, `widget-label` with `{ -brand }` at most.
pub const LAUNCHER_MESSAGES: [&str; 6] = [
    "widget-label",
    "-brand",
    "button-close",
    "launcher-loading",
    "launcher-failed",
    "button-retry",
];

/// [`LAUNCHER_MESSAGES`] of one compiled table as plain strings, the brand's
/// place in `widget-label` marked with U+0001.
pub fn launcher_strings(compiled: &Compiled) -> Result<Vec<String>, String> {
    let brand = format!("{}-brand{}", sep::OPEN, sep::CLOSE);
    LAUNCHER_MESSAGES
        .iter()
        .map(|id| {
            let pattern = compiled
                .table
                .split(sep::ENTRY)
                .find_map(|e| e.strip_prefix(id).and_then(|r| r.strip_prefix(sep::ID)))
                .ok_or_else(|| {
                    format!("{id}: missing (the launcher shows it before the form loads)")
                })?;
            let parts: Vec<&str> = pattern.split(&brand).collect();
            let branded = *id == "widget-label";
            if (!branded && parts.len() > 1)
                || parts
                    .iter()
                    .any(|p| p.contains([sep::OPEN, sep::CLOSE, sep::VARIANTS]))
            {
                return Err(format!(
                    "{id}: must be plain text{} (the launcher shows it before the form loads)",
                    if branded { " and { -brand }" } else { "" }
                ));
            }
            Ok(parts.join("\u{1}"))
        })
        .collect()
}

/// Every language's [`launcher_strings`] as an ES module the entry bundles:
/// `export default { "en": [...], ... }`.
pub fn to_launcher_module(langs: &[(String, Vec<String>)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = langs
        .iter()
        .map(|(lang, strings)| (lang.clone(), serde_json::json!(strings)))
        .collect();
    let literal = serde_json::to_string(&map).unwrap_or_else(|_| "{}".into());
    format!("// complaint-widget: the launcher's strings in every language. Compiled from locales/; do not edit.\nexport default {literal};\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_text_variables_terms_and_selects() {
        let c = compile(
            "-brand = Shop\nhello = Hi { $name } at { -brand }\ncount = { $n ->\n    [one] one item\n   *[other] { $n } items\n}\n",
        )
        .unwrap();
        assert_eq!(c.ids, ["-brand", "hello", "count"]);
        // Entries are sorted by id: -brand, count, hello.
        let entries: Vec<&str> = c.table.split(sep::ENTRY).collect();
        assert_eq!(
            entries[2],
            "hello\u{1f}Hi \u{1}$name\u{2} at \u{1}-brand\u{2}"
        );
        assert_eq!(
            entries[1],
            "count\u{1f}\u{1}?$n\u{3}one\u{4}one item\u{5}*other\u{4}\u{1}$n\u{2} items\u{5}\u{2}"
        );
    }

    #[test]
    fn refuses_what_the_runtime_cannot_format() {
        assert!(compile("a = { b }\n").unwrap_err()[0].contains("a:"));
        assert!(compile("a = { NUMBER($x) }\n").is_err());
        assert!(compile("a = x\n  .title = y\n").is_err());
        assert!(compile("a = x\na = y\n").unwrap_err()[0].contains("twice"));
        assert!(compile("a = { $x\n").is_err());
    }

    #[test]
    fn string_literals_are_unescaped() {
        let c = compile(
            "a = x{ \"\\u00A0\" }y { \"\\\"\" } { \"\\\\\" } { \"\\U01F600\" } { \"{\" }\n",
        )
        .unwrap();
        assert_eq!(c.table, "a\u{1f}x\u{a0}y \" \\ \u{1f600} {");
        // An escape that names a separator is refused like the raw character.
        assert!(compile("a = { \"\\u001E\" }\n").is_err());
    }

    #[test]
    fn js_module_escapes_the_table() {
        let c = compile("a = \"quoted\" \\ back\n").unwrap();
        let js = to_js_module("en", &c);
        assert!(
            js.contains("export default \"a\\u001f\\\"quoted\\\" \\\\ back\";"),
            "{js}"
        );
    }

    #[test]
    fn launcher_strings_are_plain_text_with_the_brand_marked() {
        let source = "-brand = Shop\nwidget-label = { -brand }: help\nbutton-close = Close\nlauncher-loading = Loading…\nlauncher-failed = Failed.\nbutton-retry = Again\n";
        let c = compile(source).unwrap();
        assert_eq!(
            launcher_strings(&c).unwrap(),
            [
                "\u{1}: help",
                "Shop",
                "Close",
                "Loading…",
                "Failed.",
                "Again"
            ]
        );
        let js = to_launcher_module(&[("en".into(), launcher_strings(&c).unwrap())]);
        assert!(
            js.contains(r#"export default {"en":["\u0001: help","Shop""#),
            "{js}"
        );

        let with_variable = source.replace("Loading…", "Loading { $what }");
        let e = launcher_strings(&compile(&with_variable).unwrap()).unwrap_err();
        assert!(e.starts_with("launcher-loading: must be plain text"), "{e}");
        let missing = source.replace("button-retry = Again\n", "");
        let e = launcher_strings(&compile(&missing).unwrap()).unwrap_err();
        assert!(e.starts_with("button-retry: missing"), "{e}");
    }
}
