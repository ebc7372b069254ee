//! The inbox's HTML, written with `maud` (every inserted value is escaped).
//! Pure functions from data to markup: no requests, no store.
//!
//! Every page has a skip link, one `h1`, a `main` landmark, labels on every
//! control and errors tied to their fields; nothing needs JavaScript, and
//! the only stylesheet is `/inbox/inbox.css`, so the strict CSP holds.

use maud::{html, Markup, DOCTYPE};
use serde_json::Value;

use super::words;
use crate::store::{Event, FileInfo, Record, Status, Summary};

/// Which part of the inbox a page belongs to, for `aria-current`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The list (any page of it).
    List,
    /// One submission.
    Detail,
    /// The login form.
    Login,
}

/// The frame of every page.
fn layout(title: &str, actor: Option<&str>, section: Section, main: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – Complaints inbox" }
                link rel="stylesheet" href=(super::STYLESHEET_PATH);
                link rel="icon" href="data:,";
            }
            body {
                a.skip href="#main" { "Skip to main content" }
                header.top {
                    p.brand { "Complaints inbox" }
                    @if let Some(actor) = actor {
                        nav aria-label="Inbox" {
                            a href="/inbox" aria-current=[(section == Section::List).then_some("page")] {
                                "All submissions"
                            }
                        }
                        p.who { "Signed in as " strong { (actor) } }
                        form.signout method="post" action="/inbox/logout" {
                            button.secondary type="submit" { "Sign out" }
                        }
                    }
                }
                main #main tabindex="-1" { (main) }
            }
        }
    }
}

/// An error for one field: the summary links to `field`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The id of the control in error.
    pub field: &'static str,
    /// What is wrong and how to put it right.
    pub message: String,
}

fn error_summary(errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { "There is a problem" }
                ul {
                    @for e in errors {
                        li { a href={ "#" (e.field) } { (e.message) } }
                    }
                }
            }
        }
    }
}

fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// The login form; `error` after a token that was not accepted.
pub fn login(error: Option<&str>) -> Markup {
    let errors: Vec<FieldError> = error
        .map(|m| FieldError {
            field: "token",
            message: m.to_string(),
        })
        .into_iter()
        .collect();
    let title = if errors.is_empty() {
        "Sign in"
    } else {
        "Error: Sign in"
    };
    let invalid = error_for(&errors, "token");
    layout(
        title,
        None,
        Section::Login,
        html! {
            h1 { "Sign in to the complaints inbox" }
            (error_summary(&errors))
            form.stack method="post" action="/inbox/login" novalidate {
                div.field.error[invalid.is_some()] {
                    label for="token" { "Staff token" }
                    p.hint #token-hint { "The token your administrator gave you, as written in the staff tokens file." }
                    @if let Some(e) = invalid {
                        p.error-message #token-error { span.visually-hidden { "Error: " } (e.message) }
                    }
                    input #token name="token" type="password" autocomplete="current-password"
                        spellcheck="false" required
                        aria-describedby=(if invalid.is_some() { "token-hint token-error" } else { "token-hint" })
                        aria-invalid=[invalid.map(|_| "true")];
                }
                button type="submit" { "Sign in" }
            }
        },
    )
}

/// The list's filters as the query asked for them.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    /// `status` as given (a status code or empty).
    pub status: String,
    /// `kind` as given.
    pub kind: String,
    /// `market` as given.
    pub market: String,
    /// Only overdue ones.
    pub overdue: bool,
    /// The text search.
    pub q: String,
}

impl Filters {
    /// Whether any filter is set.
    pub fn any(&self) -> bool {
        !self.status.is_empty()
            || !self.kind.is_empty()
            || !self.market.is_empty()
            || self.overdue
            || !self.q.is_empty()
    }

    /// The filters as a query string (without `?`), for links that keep them.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        for (name, value) in [
            ("status", &self.status),
            ("kind", &self.kind),
            ("market", &self.market),
            ("q", &self.q),
        ] {
            if !value.is_empty() {
                parts.push(format!("{name}={}", encode(value)));
            }
        }
        if self.overdue {
            parts.push("overdue=true".into());
        }
        parts.join("&")
    }

    /// The filters in words, for the table's caption.
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = Status::parse(&self.status) {
            parts.push(format!("status {}", words::status(s)));
        }
        if !self.kind.is_empty() {
            parts.push(format!("kind {}", words::kind(&self.kind)));
        }
        if !self.market.is_empty() {
            parts.push(format!("market {}", words::market(&self.market)));
        }
        if self.overdue {
            parts.push("overdue only".into());
        }
        if !self.q.is_empty() {
            parts.push(format!("containing “{}”", self.q));
        }
        parts.join(", ")
    }
}

/// Percent-encodes a query value (everything but unreserved characters).
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What the list page shows.
pub struct ListPage<'a> {
    /// Who is signed in.
    pub actor: &'a str,
    /// The filters in force.
    pub filters: &'a Filters,
    /// This page's rows.
    pub items: &'a [Summary],
    /// The cursor of the next page, if there is one.
    pub next: Option<&'a str>,
    /// Whether this is a later page (it has a cursor).
    pub later_page: bool,
    /// A message about the request itself (a stale cursor, an unknown filter).
    pub problem: Option<&'a str>,
    /// The market codes to offer in the filter.
    pub markets: &'a [&'a str],
}

/// The list of submissions with its filter form.
pub fn list(p: &ListPage) -> Markup {
    let f = p.filters;
    let query = f.query();
    let with = |extra: &str| -> String {
        match (query.is_empty(), extra.is_empty()) {
            (true, true) => String::new(),
            (true, false) => format!("?{extra}"),
            (false, true) => format!("?{query}"),
            (false, false) => format!("?{query}&{extra}"),
        }
    };
    let described = f.describe();
    html! {
        (layout("Submissions", Some(p.actor), Section::List, html! {
            h1 { "Submissions" }
            @if let Some(problem) = p.problem {
                div.error-summary role="alert" aria-labelledby="problem-title" {
                    h2 #problem-title { "There is a problem" }
                    p { (problem) }
                }
            }
            form.filters method="get" action="/inbox" aria-labelledby="filters-title" {
                h2 #filters-title { "Filter" }
                div.filter-fields {
                    div.field {
                        label for="f-status" { "Status" }
                        select #f-status name="status" {
                            option value="" selected[f.status.is_empty()] { "Any status" }
                            @for s in Status::ALL {
                                option value=(s.as_str()) selected[f.status == s.as_str()] { (words::status(s)) }
                            }
                        }
                    }
                    div.field {
                        label for="f-kind" { "Kind" }
                        select #f-kind name="kind" {
                            option value="" selected[f.kind.is_empty()] { "Any kind" }
                            @for k in words::KINDS {
                                option value=(k) selected[f.kind == k] { (words::kind(k)) }
                            }
                        }
                    }
                    div.field {
                        label for="f-market" { "Market" }
                        select #f-market name="market" {
                            option value="" selected[f.market.is_empty()] { "Any market" }
                            @for m in p.markets {
                                option value=(m) selected[f.market == *m] { (words::market(m)) }
                            }
                        }
                    }
                    div.field {
                        label for="f-q" { "Search" }
                        p.hint #f-q-hint { "A reference, a name, an email address or words the shopper wrote." }
                        input #f-q name="q" type="search" value=(f.q) aria-describedby="f-q-hint";
                    }
                    div.field.checkbox {
                        input #f-overdue name="overdue" type="checkbox" value="true" checked[f.overdue];
                        label for="f-overdue" { "Only overdue" }
                    }
                }
                div.actions {
                    button type="submit" { "Apply filters" }
                    @if f.any() {
                        a.button-link href="/inbox" { "Clear filters" }
                    }
                }
            }
            p.export {
                "Download " (if f.any() { "the submissions these filters find" } else { "every submission" }) ": "
                a href={ "/inbox/export.csv" (with("")) } { "CSV" span.visually-hidden { " file" } }
                " or "
                a href={ "/inbox/export.ndjson" (with("")) } { "NDJSON" span.visually-hidden { " file (one JSON object a line)" } }
            }
            @if p.items.is_empty() {
                p.empty #results {
                    @if f.any() { "No submissions match these filters." } @else if p.later_page { "No more submissions." } @else { "No submissions yet." }
                }
            } @else {
                div.table-wrap {
                table #results {
                    caption {
                        "Submissions, overdue first, then by due date"
                        @if !described.is_empty() { " (" (described) ")" }
                        @if p.later_page { ", a later page" }
                    }
                    thead {
                        tr {
                            th scope="col" { "Reference" }
                            th scope="col" { "Due" }
                            th scope="col" { "Kind" }
                            th scope="col" { "Status" }
                            th scope="col" { "Assignee" }
                            th scope="col" { "Market" }
                            th scope="col" { "Language" }
                            th scope="col" { "Received" }
                        }
                    }
                    tbody {
                        @for s in p.items {
                            tr.overdue[s.overdue] {
                                th scope="row" { a href={ "/inbox/" (encode(&s.reference)) } { (s.reference) } }
                                td.nowrap {
                                    (s.due)
                                    @if s.overdue { br; strong.tag.late { "Overdue" } }
                                }
                                td { (words::kind(&s.kind)) }
                                td { (words::status(s.status)) }
                                td { (s.assignee.as_deref().unwrap_or("Nobody")) }
                                td { (words::market(&s.market)) }
                                td { (words::language(&s.language)) }
                                td.nowrap { (time(&s.created_at)) }
                            }
                        }
                    }
                }
                }
            }
            @if p.later_page || p.next.is_some() {
                nav.pages aria-label="Pages" {
                    @if p.later_page {
                        a href={ "/inbox" (with("")) } { "First page" }
                    }
                    @if let Some(next) = p.next {
                        a rel="next" href={ "/inbox" (with(&format!("after={}", encode(next)))) } { "Next page" }
                    }
                }
            }
        }))
    }
}

/// A stored time, shortened for people: `2026-11-22 10:00 UTC`.
fn time(rfc3339: &str) -> String {
    match (rfc3339.get(0..10), rfc3339.get(11..16)) {
        (Some(day), Some(clock)) if rfc3339.ends_with('Z') => format!("{day} {clock} UTC"),
        _ => rfc3339.to_string(),
    }
}

/// What the change form held when it was sent back with errors.
#[derive(Clone, Debug, Default)]
pub struct ChangeForm {
    /// The status chosen.
    pub status: String,
    /// The assignee typed.
    pub assignee: String,
    /// The note typed.
    pub note: String,
}

/// What the detail page shows.
pub struct DetailPage<'a> {
    /// Who is signed in.
    pub actor: &'a str,
    /// The submission.
    pub record: &'a Record,
    /// The change was saved just now.
    pub saved: bool,
    /// The change form with errors, if it was sent back.
    pub form: Option<(&'a ChangeForm, &'a [FieldError])>,
    /// How long a note may be.
    pub note_max: usize,
}

/// One submission: everything the shopper sent, the change form, the history.
pub fn detail(p: &DetailPage) -> Markup {
    let r = p.record;
    let s = &r.summary;
    let sub = &r.submission;
    let (form, errors): (ChangeForm, &[FieldError]) = match p.form {
        Some((f, e)) => (f.clone(), e),
        None => (
            ChangeForm {
                status: s.status.as_str().into(),
                assignee: s.assignee.clone().unwrap_or_default(),
                note: String::new(),
            },
            &[],
        ),
    };
    let title = format!("{} {}", words::kind(&s.kind), s.reference);
    let title = if errors.is_empty() {
        title
    } else {
        format!("Error: {title}")
    };
    let assignee_error = error_for(errors, "assignee");
    let note_error = error_for(errors, "note");
    let status_error = error_for(errors, "status-new");
    html! {
        (layout(&title, Some(p.actor), Section::Detail, html! {
            p.back { a href="/inbox" { "Back to all submissions" } }
            h1 { (words::kind(&s.kind)) " " span.ref { (s.reference) } }
            @if p.saved && errors.is_empty() {
                p.notice role="status" { "Your changes were saved. The history below shows them." }
            }
            (error_summary(errors))
            section aria-labelledby="overview-title" {
                h2 #overview-title { "Overview" }
                dl.facts {
                    div { dt { "Reference" } dd { (s.reference) } }
                    div { dt { "Kind" } dd { (words::kind(&s.kind)) } }
                    div { dt { "Status" } dd { (words::status(s.status)) } }
                    div { dt { "Assignee" } dd { (s.assignee.as_deref().unwrap_or("Nobody")) } }
                    div {
                        dt { "Due" }
                        dd {
                            (s.due)
                            @if s.overdue { " " strong.tag.late { "Overdue" } }
                        }
                    }
                    div { dt { "Received" } dd { (time(&s.created_at)) } }
                    div { dt { "Market" } dd { (words::market(&s.market)) } }
                    div { dt { "Language" } dd { (words::language(&s.language)) } }
                }
            }
            section aria-labelledby="answers-title" {
                h2 #answers-title { "What the shopper wrote" }
                dl.answers {
                    @if let Some(before) = sub.get("contactedBefore").and_then(Value::as_bool) {
                        div {
                            dt { "Have you been in contact with our customer service about this issue before?" }
                            dd { (if before { "Yes" } else { "No, this is my first contact about it" }) }
                        }
                    }
                    @for (key, value) in in_form_order(sub.get("fields")) {
                        @if key != "custom" {
                            div {
                                dt { (words::field_label(key)) }
                                dd { (answer(key, value)) }
                            }
                        }
                    }
                }
                @if let Some(custom) = sub.pointer("/fields/custom").and_then(Value::as_object) {
                    h3 #custom-title { (words::field_label("custom")) }
                    p.hint { "The shop's own fields, by the id the shop gave each one." }
                    dl.answers {
                        @for (id, value) in custom {
                            div {
                                dt { code { (id) } }
                                dd {
                                    @match value {
                                        Value::Bool(true) => { "Yes (ticked)" }
                                        Value::Bool(false) => { "No (not ticked)" }
                                        _ => { (plain(value)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="contact-title" {
                h2 #contact-title { "Contact" }
                @let contact = sub.get("contact").and_then(Value::as_object);
                @if contact.map_or(true, |c| c.is_empty()) {
                    p { "The shopper left no contact details." }
                } @else {
                    dl.facts {
                        @for (key, value) in in_form_order(sub.get("contact")) {
                            div {
                                dt { (words::field_label(key)) }
                                dd {
                                    @match (key.as_str(), value.as_str()) {
                                        ("email", Some(email)) => { a href={ "mailto:" (email) } { (email) } }
                                        ("phone", Some(phone)) => { a href={ "tel:" (phone.replace(' ', "")) } { (phone) } }
                                        _ => { (plain(value)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="attachments-title" {
                h2 #attachments-title { "Attachments" }
                @if r.attachments.is_empty() {
                    p { "None." }
                } @else {
                    ul {
                        @for a in &r.attachments {
                            li { (attachment(&r.summary.reference, a)) }
                        }
                    }
                }
            }
            section aria-labelledby="metadata-title" {
                h2 #metadata-title { "Metadata" }
                dl.facts {
                    div { dt { "Submission id" } dd { code { (plain(sub.get("id").unwrap_or(&Value::Null))) } } }
                    div { dt { "Sent by the shopper at" } dd { (time(sub.get("createdAt").and_then(Value::as_str).unwrap_or(""))) } }
                    div { dt { "Schema" } dd { (plain(sub.get("schema").unwrap_or(&Value::Null))) } }
                    @for (key, value) in sub.get("metadata").and_then(Value::as_object).into_iter().flatten() {
                        div { dt { (key) } dd { (plain(value)) } }
                    }
                }
                @if sub.get("metadata").and_then(Value::as_object).map_or(true, |m| m.is_empty()) {
                    p { "The page sent no metadata of its own." }
                }
            }
            section aria-labelledby="change-title" {
                h2 #change-title { "Change status, assignee or add a note" }
                form.stack method="post" action={ "/inbox/" (encode(&s.reference)) } novalidate {
                    fieldset.field.error[status_error.is_some()] aria-describedby=[status_error.map(|_| "status-error")] {
                        legend { "Status" }
                        @if let Some(e) = status_error {
                            p.error-message #status-error { span.visually-hidden { "Error: " } (e.message) }
                        }
                        div.radios {
                            @for st in Status::ALL {
                                div.radio {
                                    input #{ "status-" (st.as_str().replace('_', "-")) } type="radio" name="status"
                                        value=(st.as_str()) checked[form.status == st.as_str()];
                                    label for={ "status-" (st.as_str().replace('_', "-")) } { (words::status(st)) }
                                }
                            }
                        }
                    }
                    div.field.error[assignee_error.is_some()] {
                        label for="assignee" { "Assignee" }
                        p.hint #assignee-hint { "Who works on it. Leave empty for nobody." }
                        @if let Some(e) = assignee_error {
                            p.error-message #assignee-error { span.visually-hidden { "Error: " } (e.message) }
                        }
                        input #assignee name="assignee" type="text" value=(form.assignee) autocomplete="off"
                            aria-describedby=(if assignee_error.is_some() { "assignee-hint assignee-error" } else { "assignee-hint" })
                            aria-invalid=[assignee_error.map(|_| "true")];
                    }
                    div.field.error[note_error.is_some()] {
                        label for="note" { "Internal note" }
                        p.hint #note-hint { "For staff only; the shopper never sees it. Up to " (p.note_max) " characters." }
                        @if let Some(e) = note_error {
                            p.error-message #note-error { span.visually-hidden { "Error: " } (e.message) }
                        }
                        textarea #note name="note" rows="4"
                            aria-describedby=(if note_error.is_some() { "note-hint note-error" } else { "note-hint" })
                            aria-invalid=[note_error.map(|_| "true")] { (form.note) }
                    }
                    button type="submit" { "Save changes" }
                }
            }
            section aria-labelledby="history-title" {
                h2 #history-title { "History" }
                ol.history {
                    @for e in &r.history {
                        li { (event(e)) }
                    }
                }
            }
        }))
    }
}

/// The members of a payload object in the order the form asks for them
/// (the order of the schema's properties), unknown ones last.
fn in_form_order(object: Option<&Value>) -> Vec<(&String, &Value)> {
    let mut members: Vec<(&String, &Value)> = object
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .collect();
    let position = |key: &str| {
        crate::SCHEMA_JSON
            .find(&format!("\"{key}\": {{"))
            .unwrap_or(usize::MAX)
    };
    members.sort_by_key(|(key, _)| position(key));
    members
}

/// One answer: the option's text for a choice (with its code), else the text.
fn answer(key: &str, value: &Value) -> Markup {
    match value.as_str() {
        Some(text) => match words::option_text(key, text) {
            Some(option) => html! { (option) " " span.code { "(" (text) ")" } },
            None => html! { span.text { (text) } },
        },
        None => plain(value),
    }
}

/// Any JSON value as text (strings without quotes).
fn plain(value: &Value) -> Markup {
    match value {
        Value::String(s) => html! { span.text { (s) } },
        Value::Null => html! { "none" },
        other => html! { code { (other.to_string()) } },
    }
}

/// One attachment: a download link (staff only, the same sign-in cookie)
/// named as the shopper's file, with its type and size.
fn attachment(reference: &str, a: &FileInfo) -> Markup {
    html! {
        a href=(FileInfo::url(reference, a.n)) download=(a.name) { (a.name) }
        ", " (a.media_type) ", " (crate::attachments::size_text(a.bytes.max(0) as u64))
    }
}

/// One history entry in words.
fn event(e: &Event) -> Markup {
    let what = match e.action.as_str() {
        "created" => html! { "Received" },
        "status" => html! {
            "Status changed from " (words::status_text(e.from.as_deref().unwrap_or("")))
            " to " strong { (words::status_text(e.to.as_deref().unwrap_or(""))) }
        },
        "assignee" => match e.to.as_deref() {
            Some(to) if !to.is_empty() => html! { "Assigned to " strong { (to) } },
            _ => html! { "Unassigned" },
        },
        "note" => html! {
            "Note: " span.text { (e.text.as_deref().unwrap_or("")) }
        },
        other => html! { (other) },
    };
    html! {
        span.when { (time(&e.at)) } " · " span.actor { (e.actor) } ": " (what)
    }
}

/// A page for a request the inbox cannot serve (not found, refused, failed).
pub fn message(actor: Option<&str>, title: &str, text: &str) -> Markup {
    layout(
        title,
        actor,
        Section::Detail,
        html! {
            h1 { (title) }
            p { (text) }
            p { a href="/inbox" { "Back to all submissions" } }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_keep_their_values_in_links() {
        let f = Filters {
            status: "in_progress".into(),
            q: "a&b c/é".into(),
            overdue: true,
            ..Filters::default()
        };
        assert_eq!(
            f.query(),
            "status=in_progress&q=a%26b%20c%2F%C3%A9&overdue=true"
        );
        assert!(f.any());
        assert!(!Filters::default().any());
    }

    #[test]
    fn answers_follow_the_form_not_the_alphabet() {
        let contact = serde_json::json!({ "phone": "+31", "email": "a@b.nl", "name": "A", "x": 1 });
        let keys: Vec<&str> = in_form_order(Some(&contact))
            .into_iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["name", "email", "phone", "x"]);
        let fields = serde_json::json!({ "wanted_outcome": "", "what_went_wrong": "", "complaint_category": "" });
        let keys: Vec<&str> = in_form_order(Some(&fields))
            .into_iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(
            keys,
            ["complaint_category", "what_went_wrong", "wanted_outcome"]
        );
    }

    #[test]
    fn times_are_short() {
        assert_eq!(time("2026-11-22T10:00:00.123Z"), "2026-11-22 10:00 UTC");
        assert_eq!(time("nonsense"), "nonsense");
    }

    #[test]
    fn markup_in_a_submission_is_text() {
        let html = answer(
            "what_went_wrong",
            &Value::String("<script>x</script>".into()),
        )
        .into_string();
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
