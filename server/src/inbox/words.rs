//! The words the inbox shows for stored codes: kinds, statuses, markets,
//! languages, and the shopper's answers under the labels the shopper saw.
//!
//! Field labels and option texts are read from the widget's own English
//! strings (`locales/en/widget.ftl`), so staff read a question exactly as it
//! was asked and a renamed field cannot drift. Knows nothing about HTTP.

use crate::store::Status;

/// The widget's English strings, as shipped.
const EN_FTL: &str = include_str!("../../../locales/en/widget.ftl");

/// What staff call a kind, in the shopper's terms.
pub fn kind(code: &str) -> String {
    match code {
        "feedback" => "Feedback".into(),
        "complaint" => "Complaint".into(),
        "escalation" => "Request for a new review".into(),
        "purchase_problem" => "Problem with a purchase".into(),
        other => other.into(),
    }
}

/// Every kind a submission can have, in the widget's order.
pub const KINDS: [&str; 4] = ["feedback", "complaint", "escalation", "purchase_problem"];

/// A status as a word.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::New => "New",
        Status::InProgress => "In progress",
        Status::Answered => "Answered",
        Status::Closed => "Closed",
    }
}

/// A status stored as text (history entries), as a word.
pub fn status_text(code: &str) -> String {
    Status::parse(code)
        .map(|s| status(s).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// The country of a market code, with the code; an empty code is "Other".
pub fn market(code: &str) -> String {
    let name = match code {
        "SE" => "Sweden",
        "NO" => "Norway",
        "NL" => "Netherlands",
        "FR" => "France",
        "DE" => "Germany",
        "DK" => "Denmark",
        "FI" => "Finland",
        "" => return "Other".into(),
        other => return other.into(),
    };
    format!("{name} ({code})")
}

/// The language of a locale tag, with the tag.
pub fn language(tag: &str) -> String {
    let base = tag.split('-').next().unwrap_or(tag);
    let name = match base {
        "en" => "English",
        "nl" => "Dutch",
        "sv" => "Swedish",
        "nb" | "no" => "Norwegian",
        "fr" => "French",
        "de" => "German",
        "da" => "Danish",
        "fi" => "Finnish",
        "" => return "Unknown".into(),
        _ => return tag.into(),
    };
    format!("{name} ({tag})")
}

/// The label the shopper saw for a field of the payload (`what_went_wrong`
/// -> "What went wrong?"); the key itself if the widget has none.
pub fn field_label(key: &str) -> String {
    if key == "custom" {
        return "The shop's own questions".to_string();
    }
    message(&format!("field-{}-label", key.replace('_', "-"))).unwrap_or_else(|| key.to_string())
}

/// The text the shopper chose for an option value (`complaint_category` =
/// `refund` -> "A refund"); `None` for free text.
pub fn option_text(key: &str, value: &str) -> Option<String> {
    message(&format!("field-{}-option-{value}", key.replace('_', "-")))
}

/// One message of the English strings: its text, or for a message with
/// variants (`{ $operator -> … }`) the default variant's text. Only plain
/// text is returned; a message that still holds a placeable is `None`.
fn message(id: &str) -> Option<String> {
    let mut lines = EN_FTL.lines();
    let first = lines.find_map(|line| {
        let (name, value) = line.split_once('=')?;
        (name.trim() == id).then(|| value.trim().to_string())
    })?;
    let text = if first.is_empty() || first.starts_with('{') {
        lines
            .take_while(|l| l.starts_with(' '))
            .find_map(|l| l.trim().strip_prefix("*[")?.split_once(']'))
            .map(|(_, t)| t.trim().to_string())?
    } else {
        first
    };
    (!text.is_empty() && !text.contains('{')).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_labelled_as_the_shopper_saw_them() {
        assert_eq!(field_label("what_went_wrong"), "What went wrong?");
        assert_eq!(field_label("order_reference"), "Order or payment reference");
        assert_eq!(field_label("made_up"), "made_up");
        assert_eq!(
            option_text("complaint_category", "refund").as_deref(),
            Some("A refund")
        );
        assert_eq!(
            option_text("purchase_issue", "return-not-confirmed").as_deref(),
            Some("My return or refund has not been processed"),
            "a message with variants gives its default"
        );
        assert_eq!(option_text("what_went_wrong", "x"), None);
    }

    #[test]
    fn every_field_of_the_schema_has_a_label() {
        let schema: serde_json::Value = serde_json::from_str(crate::SCHEMA_JSON).unwrap();
        let fields = schema["properties"]["fields"]["properties"]
            .as_object()
            .unwrap();
        for (key, spec) in fields {
            assert_ne!(field_label(key), *key, "{key} has no label");
            // A category is a built-in option or (version 2) the
            // merchant's own id: the built-in options need words.
            let options = spec["enum"]
                .as_array()
                .or_else(|| spec["anyOf"][0]["enum"].as_array());
            for value in options.into_iter().flatten() {
                let value = value.as_str().unwrap();
                assert!(option_text(key, value).is_some(), "{key} = {value}");
            }
        }
    }

    #[test]
    fn codes_read_as_words() {
        assert_eq!(kind("purchase_problem"), "Problem with a purchase");
        assert_eq!(market("NL"), "Netherlands (NL)");
        assert_eq!(market(""), "Other");
        assert_eq!(language("nb"), "Norwegian (nb)");
        assert_eq!(status_text("in_progress"), "In progress");
    }
}
