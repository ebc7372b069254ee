//! Every option `mount()` takes, described once: its name, the custom
//! element's attribute for it, its type and limits, and what it does.
//!
//! From this one table come the options reader (`ui::read::options`), the
//! checks (`config::Options::check`), the custom element's observed
//! attributes and the script tag's `data-` attributes (`options-gen --js`,
//! bundled into the entry by `scripts/build`), the README's option table and
//! the `MountOptions` interface of `js/complaint-widget.d.ts`
//! (`cargo run --bin options-gen -- --write`; `tests/options_table.rs` fails
//! when either drifts from the table). Pure: no DOM, no JS types. The
//! descriptions exist on the host only, so they cost the wasm module nothing.

/// What an option takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// A string.
    Text,
    /// One of these strings; the first is the default.
    Choice(&'static [&'static str]),
    /// A whole number in `min..=max`, `default` when not given.
    Whole {
        /// The smallest accepted.
        min: u32,
        /// The largest accepted.
        max: u32,
        /// Used when the option is not given.
        default: u32,
    },
    /// A plain object of header names to values.
    Headers,
    /// A plain object: per language, message ids to texts.
    Messages,
    /// A plain object: per market code, the market's changes.
    Markets,
    /// `false`, `true`, or an object with `name`, `days`, `workingDays`.
    Escalation,
    /// A plain JSON object of at most `max_bytes` bytes as JSON text.
    Metadata {
        /// The most bytes its JSON text may have.
        max_bytes: u32,
    },
    /// The `beforeSubmit` function.
    Hook,
    /// Values by field key, and `readonly`: an array of keys.
    Prefill,
    /// Per flow, a list of `{ id, label }`.
    Categories,
    /// Per flow, a list of field descriptions.
    Fields,
    /// `false`, or `{ max, maxBytes }`.
    Attachments,
}

/// One option, as the runtime needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The key in the options object.
    pub name: &'static str,
    /// What it takes.
    pub ty: Type,
}

/// One option, as its documentation needs it (host only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Doc {
    /// The key in the options object.
    pub name: &'static str,
    /// The attribute of `<complaint-widget>` (and `data-` attribute of the
    /// script tag) that sets it, if any.
    pub attribute: Option<&'static str>,
    /// What it does (Markdown). Choices, limits and defaults are added from
    /// the type.
    pub doc: &'static str,
}

macro_rules! options {
    ($( $name:literal $([$attribute:literal])? : $ty:expr => $doc:literal; )*) => {
        /// Every option, in the order the README lists them.
        pub const OPTIONS: &[Spec] = &[ $( Spec { name: $name, ty: $ty } ),* ];
        /// Every option's documentation, in the same order (host only).
        #[cfg(not(target_arch = "wasm32"))]
        pub const DOCS: &[Doc] = &[ $( Doc { name: $name, attribute: options!(@attr $($attribute)?), doc: $doc } ),* ];
    };
    (@attr $attribute:literal) => { Some($attribute) };
    (@attr) => { None };
}

options! {
    "locale" ["locale"]: Type::Text =>
        "Language, a BCP 47 tag. Without it: the host element's `lang`, then `<html lang>`, then `navigator.languages`, then English.";
    "market" ["market"]: Type::Text =>
        "ISO 3166 code: `SE`, `NO`, `NL`, `FR`, `DE`, `DK`, `FI`; others show no dispute bodies rather than wrong ones.";
    "operator" ["operator"]: Type::Choice(&["merchant", "payment-provider"]) =>
        "Who runs the form (see *Who runs the form*). `merchant`: the shop itself; *Report a problem with an order* (not received, wrong or faulty item, return or refund not processed) goes to its customer service, with no payment pause, no reminder fees and no seller to name; no complaint time unless a market sets `complaintDays`; the gate's *yes* goes to the shop's complaints manager if `escalation` names one, else shows the market's dispute bodies instead of a form. `payment-provider`: the seeds' wording and flows (the payment paused while the shopper contacts the seller, 14 days or 20 working days, a consumer ombudsman who decides within 10 days, the seeds' dispute bodies).";
    "escalation": Type::Escalation =>
        "The review after customer service: `false` (none: the gate's *yes* shows where to turn), `true` (the operator's own), or `{ \"name\": \"Kundombud\", \"days\": 10, \"workingDays\": true }` (each optional: `name` 1 to 100 characters, read at the start of a sentence; `days` 1 to 365). What is not given is the operator's: a payment provider's consumer ombudsman deciding within 10 days, a shop's complaints manager with no time stated. Default: the ombudsman for a payment provider, none for a shop.";
    "brand" ["brand"]: Type::Text =>
        "The brand name the widget shows (the Fluent term `-brand`).";
    "messages": Type::Messages =>
        "Replace any message per language: `{ \"nl\": { \"button-send\": \"Verstuur naar { -brand }\" } }`. Text with `{ $variable }` (only the variables the built-in message has) and `{ -brand }`. A broken override is reported on the console and the built-in text is shown.";
    "markets": Type::Markets =>
        "Per market code: `{ \"SE\": { \"bodies\": [{ \"name\": \"...\", \"url\": \"https://...\" }], \"replaceBodies\": false, \"complaintDays\": 10, \"workingDays\": true, \"escalationDays\": 10 } }`. Bodies are added after the built-in ones (the operator's) unless `replaceBodies`. `complaintDays` is the target for a first-contact complaint (a shop states none without it); `escalationDays` the decision time where there is an escalation.";
    "endpoint" ["endpoint"]: Type::Text =>
        "Required (only a `fixture` goes without). Where submissions are POSTed: a URL, or a path resolved against the page (`/api/submissions`), the same for every way in. The result must be `https:`, or `http:` on `localhost` / `127.0.0.1`. Missing or insecure, the console says so and the shopper sees the \"unavailable\" message at once, not after filling in the form.";
    "privacyUrl" ["privacy-url"]: Type::Text =>
        "Link in the privacy notice: `https:`/`http:` URL or a path starting with `/`.";
    "headers": Type::Headers =>
        "Extra request headers, for example `{ \"X-CSRF-Token\": token }`. Headers the widget sets itself (`Content-Type`, `Idempotency-Key`, `Accept`) and those browsers forbid are refused.";
    "credentials": Type::Choice(&["same-origin", "omit", "include"]) =>
        "`fetch` credentials mode.";
    "timeoutMs" ["timeout-ms"]: Type::Whole { min: 1_000, max: 120_000, default: 15_000 } =>
        "How long one attempt may take, in milliseconds.";
    "retries" ["retries"]: Type::Whole { min: 0, max: 10, default: 3 } =>
        "Retries after the first attempt.";
    "draft" ["draft"]: Type::Choice(&["session", "local", "off"]) =>
        "Where answers are saved as the shopper types: `session` (`sessionStorage`), `local` (`localStorage`) or `off`.";
    "metadata": Type::Metadata { max_bytes: 8 * 1024 } =>
        "Plain JSON passed through in the payload's `metadata`, for example an order id. Read once, when the form mounts: what the page does to the object later (a change, a cycle, a getter that throws) does not reach the send; set `options` again to change it.";
    "prefill": Type::Prefill =>
        "What the page already knows, so the shopper never types it again: `{ \"email\": \"anna@example.nl\", \"orderReference\": \"ORD-1234\", \"readonly\": [\"email\"] }`. Keys: `email`, `name`, `phone`, `orderReference`, `merchant`, or any field's payload key (`what_went_wrong`, `complaint_category`, `contacted_before`...); values are strings (`true`/`false` for a checkbox or the yes/no question). `readonly` lists values the page vouches for (a signed-in shopper's email): shown, not editable, and always the page's. A value is checked like a typed one: if it is not valid, the console says so and the field is left editable. A saved draft wins over a prefilled value (what the shopper typed is kept), except for `readonly` ones. An unknown key is a configuration error.";
    "categories": Type::Categories =>
        "The merchant's own topics (feedback), categories (complaint) and problems (purchase problem): `{ \"complaint\": [{ \"id\": \"damaged\", \"label\": { \"en\": \"Damaged in transit\", \"nl\": \"Beschadigd bij bezorging\" } }, { \"id\": \"refund\" }] }`. A list replaces the built-in one; list a built-in id without a label (`refund`) to keep it with its own wording. Ids: lowercase letters, digits and `_`, starting with a letter, at most 40. Labels per language fall back to English, then to the first given; a label missing in both the form's language and English is a configuration error. Keys: `feedback`, `complaint`, `purchaseProblem`; 1 to 50 entries each.";
    "fields": Type::Fields =>
        "The merchant's own questions, up to 10 per flow, asked before the contact details: `{ \"complaint\": [{ \"id\": \"size\", \"type\": \"select\", \"required\": true, \"label\": { \"en\": \"Size\" }, \"hint\": { \"en\": \"As on the label\" }, \"options\": [{ \"id\": \"m\", \"label\": { \"en\": \"Medium\" } }] }] }`. `type`: `text` (200 characters), `textarea` (2000), `select`, `checkbox` (sent as `true` when ticked; `required` means it must be ticked) or `date` (`YYYY-MM-DD`). Answers are checked, saved in the draft and sent under `fields.custom` by id. A complaint's fields show on both sides of the yes/no question. Ids as for `categories`, not a built-in field's payload key; an unknown type, a missing label or more than 10 fields in a flow are configuration errors.";
    "attachments": Type::Attachments =>
        "Files the shopper can add to a complaint (both sides of the yes/no question) and to a purchase problem other than a parcel that never came: `{ \"max\": 3, \"maxBytes\": 5242880 }` (the defaults: 3 files of at most 5 MiB; `max` 1 to 10, `maxBytes` 1 to 52428800), or `false` for none. JPEG, PNG, WebP, HEIC/HEIF and PDF, told by their first bytes, not their names. With files the submission is sent as `multipart/form-data` (see *What is sent*).";
    "beforeSubmit": Type::Hook =>
        "Called with the payload object before it is sent. Return `false` to cancel, a plain object to merge into `metadata`, nothing (or `true`) to send as is, or a promise of any of these. If it throws, rejects or returns anything else, or the payload can no longer be written as JSON (a cycle, a BigInt), nothing is sent, the shopper is told, and `complaint:error` fires with `reason: \"page\"`.";
    "presentation" ["presentation"]: Type::Choice(&["inline", "launcher"]) =>
        "`inline`: in the page flow; `launcher`: a button that opens the form in a modal dialog (see *Presentations*).";
    "theme" ["theme"]: Type::Choice(&["light", "dark", "system"]) =>
        "Colour scheme; `system` follows the shopper's setting.";
    "id": Type::Text =>
        "Tells this instance's saved draft and outbox apart from others on the same page (see *Several on one page*). Without it: the element's id, else its place in the page.";
    "fixture": Type::Text =>
        "Open a named state of the form (for tests and design review).";
}

/// The option named `name`, if there is one.
pub fn spec(name: &str) -> Option<&'static Spec> {
    OPTIONS.iter().find(|s| s.name == name)
}

/// Host-only generators: the entry's attribute lists, the README's option
/// table and the `.d.ts`'s `MountOptions`, all from [`OPTIONS`] and
/// [`DOCS`]. `options-gen` writes them; `tests/options_table.rs` checks
/// that the committed README and `.d.ts` match.
#[cfg(not(target_arch = "wasm32"))]
pub mod docs {
    use super::{Doc, Spec, Type, DOCS, OPTIONS};

    /// Where the generated README table starts and ends.
    pub const README_BEGIN: &str =
        "<!-- options: generated from src/options.rs by `cargo run --bin options-gen -- --write` -->";
    /// Where the generated README table ends.
    pub const README_END: &str = "<!-- /options -->";
    /// Where the generated `.d.ts` interface starts.
    pub const DTS_BEGIN: &str =
        "// options: generated from src/options.rs by `cargo run --bin options-gen -- --write`";
    /// Where the generated `.d.ts` interface ends.
    pub const DTS_END: &str = "// /options";

    fn each() -> impl Iterator<Item = (&'static Spec, &'static Doc)> {
        OPTIONS.iter().zip(DOCS)
    }

    /// "`a` (default), `b` or `c`"
    fn choices(values: &[&str]) -> String {
        let quoted: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                if i == 0 {
                    format!("`{v}` (default)")
                } else {
                    format!("`{v}`")
                }
            })
            .collect();
        match quoted.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => quoted.concat(),
        }
    }

    /// The description with what the type adds: choices, limits, defaults.
    pub fn description(spec: &Spec, doc: &Doc) -> String {
        let more = match spec.ty {
            Type::Choice(values) => format!(" One of {}.", choices(values)),
            Type::Whole { min, max, default } => {
                format!(" From {min} to {max} (default {default}).")
            }
            Type::Metadata { max_bytes } => {
                format!(" At most {} KiB as JSON.", max_bytes / 1024)
            }
            _ => String::new(),
        };
        format!("{}{more}", doc.doc)
    }

    /// The README's type column.
    pub fn kind(ty: Type) -> &'static str {
        match ty {
            Type::Text | Type::Choice(_) => "string",
            Type::Whole { .. } => "number",
            Type::Headers
            | Type::Messages
            | Type::Markets
            | Type::Metadata { .. }
            | Type::Prefill
            | Type::Categories
            | Type::Fields => "object",
            Type::Attachments => "boolean or object",
            Type::Escalation => "boolean or object",
            Type::Hook => "function",
        }
    }

    /// The TypeScript type.
    pub fn typescript(ty: Type) -> String {
        match ty {
            Type::Text => "string".into(),
            Type::Choice(values) => values
                .iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(" | "),
            Type::Whole { .. } => "number".into(),
            Type::Headers => "Record<string, string>".into(),
            Type::Messages => "Record<string, Record<string, string>>".into(),
            Type::Markets => "Record<string, MarketOptions>".into(),
            Type::Escalation => "boolean | EscalationOptions".into(),
            Type::Metadata { .. } => "Record<string, unknown>".into(),
            Type::Prefill => "PrefillOptions".into(),
            Type::Categories => "CategoriesOptions".into(),
            Type::Fields => "FieldsOptions".into(),
            Type::Attachments => "false | { max?: number; maxBytes?: number }".into(),
            Type::Hook => "(payload: Submission) => boolean | Record<string, unknown> | void | Promise<boolean | Record<string, unknown> | void>".into(),
        }
    }

    /// The README's option table, between its markers.
    pub fn readme_table() -> String {
        let mut out = format!(
            "{README_BEGIN}\n\n| option | attribute | type | meaning |\n|---|---|---|---|\n"
        );
        for (spec, doc) in each() {
            let attribute = doc.attribute.map_or("".to_string(), |a| format!("`{a}`"));
            out.push_str(&format!(
                "| `{}` | {attribute} | {} | {} |\n",
                spec.name,
                kind(spec.ty),
                description(spec, doc).replace('|', "\\|")
            ));
        }
        out.push_str(&format!("\n{README_END}"));
        out
    }

    /// Words wrapped at `width` columns after `indent`.
    fn wrap(text: &str, indent: &str, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > width {
                lines.push(format!("{indent}{line}"));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            lines.push(format!("{indent}{line}"));
        }
        lines
    }

    /// The `.d.ts`'s `MountOptions` interface, between its markers.
    pub fn dts_interface() -> String {
        let mut out = format!("{DTS_BEGIN}\nexport interface MountOptions {{\n");
        for (spec, doc) in each() {
            let text = description(spec, doc).replace("*/", "* /");
            out.push_str("  /**\n");
            for line in wrap(&text, "   * ", 80) {
                out.push_str(&line);
                out.push('\n');
            }
            if let Some(attribute) = doc.attribute {
                out.push_str(&format!("   * Attribute: `{attribute}`.\n"));
            }
            out.push_str("   */\n");
            out.push_str(&format!("  {}?: {};\n", spec.name, typescript(spec.ty)));
        }
        out.push_str(&format!("}}\n{DTS_END}"));
        out
    }

    /// The module the entry imports: the custom element's attributes (each
    /// sets the option of its name in camelCase) and those read as numbers.
    pub fn entry_module() -> String {
        let quote = |names: Vec<&str>| {
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let attributes: Vec<&str> = each().filter_map(|(_, d)| d.attribute).collect();
        let numbers: Vec<&str> = each()
            .filter(|(s, _)| matches!(s.ty, Type::Whole { .. }))
            .filter_map(|(_, d)| d.attribute)
            .collect();
        format!(
            "// complaint-widget: the attributes of <complaint-widget>. Generated from src/options.rs; do not edit.\n\
             export const ATTRIBUTES = [{}];\nexport const NUMBERS = [{}];\n",
            quote(attributes),
            quote(numbers)
        )
    }

    /// Replaces what lies between `begin` and `end` (markers included) in
    /// `text`; `None` when the markers are missing.
    pub fn splice(text: &str, begin: &str, end: &str, with: &str) -> Option<String> {
        let start = text.find(begin)?;
        let stop = text[start..].find(end)? + start + end.len();
        Some(format!("{}{with}{}", &text[..start], &text[stop..]))
    }
}
