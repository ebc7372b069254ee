//! Cleaning and checking one value. Pure functions: text in, a cleaned value
//! or a [`Problem`] out. The wording of each problem is a Fluent message the
//! view looks up; nothing here knows about languages or the DOM.

use crate::prelude::*;

use super::field::{FieldId, FieldKind};

/// What is wrong with one answer. The message id is
/// `error-<field key>-<problem>`, so every field gets wording that tells the
/// shopper how to fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required answer is missing (or only whitespace).
    Required,
    /// Longer than the field accepts.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// Shorter than the field accepts.
    TooShort {
        /// The minimum, in characters.
        min: usize,
    },
    /// Not in the form the field expects (email, phone, reference characters,
    /// or a choice that is not one of the options).
    Format,
    /// Passed the widget's own checks but the endpoint refused it.
    Rejected,
    /// Something is wrong with the chosen files.
    File(super::attachments::FileProblem),
}

impl Problem {
    /// The message id suffix for this problem.
    pub fn suffix(self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong { .. } => "too-long",
            Problem::TooShort { .. } => "too-short",
            Problem::Format => "format",
            Problem::Rejected => "rejected",
            Problem::File(_) => "file",
        }
    }
}

/// One error on one field: which field, which message, which arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field in error.
    pub field: FieldId,
    /// What is wrong.
    pub problem: Problem,
}

impl FieldError {
    /// The Fluent message id that explains this error. A choice that is not
    /// one of the options can only come from a tampered page; it gets the
    /// same "Select ..." wording as a missing choice.
    pub fn message_id(&self) -> String {
        if self.problem == Problem::Rejected {
            return "error-rejected".to_string();
        }
        if let FieldId::Custom(_) = self.field {
            // The kind is the form's; the view words these with the label.
            return ["error-custom-", self.problem.suffix()].concat();
        }
        let suffix = match self.field.kind() {
            FieldKind::Choice(_) | FieldKind::Toggle => "required",
            _ => self.problem.suffix(),
        };
        ["error-", self.field.key(), "-", suffix].concat()
    }

    /// The message's numeric arguments (`max` or `min`), if any.
    pub fn args(&self) -> Option<(&'static str, usize)> {
        match self.problem {
            Problem::TooLong { max } => Some(("max", max)),
            Problem::TooShort { min } => Some(("min", min)),
            _ => None,
        }
    }
}

/// Cleans typed text: control characters removed (line breaks and tabs are
/// kept in long text, `\r\n` becomes `\n`), surrounding whitespace trimmed.
pub fn clean(kind: FieldKind, raw: &str) -> String {
    let multiline = matches!(kind, FieldKind::LongText { .. });
    // `\r` is a control character, so `\r\n` keeps only its `\n`.
    let kept: String = raw
        .chars()
        .filter(|c| !is_unwanted_control(*c, multiline))
        .collect();
    kept.trim().to_string()
}

fn is_unwanted_control(c: char, multiline: bool) -> bool {
    if multiline && (c == '\n' || c == '\t') {
        return false;
    }
    // C0, DEL, C1, and the bidirectional overrides that can disguise text.
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters counted towards a field's limit (after cleaning), as the live
/// counter shows them.
pub fn char_count(kind: FieldKind, raw: &str) -> usize {
    clean(kind, raw).chars().count()
}

/// Checks one answer. `required` comes from the flow (the same field can be
/// optional in one step and required in another). An empty optional answer is
/// always fine.
pub fn check(field: FieldId, required: bool, raw: &str) -> Result<String, FieldError> {
    check_as(field, field.kind(), None, required, raw)
}

/// [`check`] with the field's kind given, and for a choice the list its
/// answer must be one of (the merchant's categories, a merchant select's
/// options) instead of the built-in one.
pub fn check_as(
    field: FieldId,
    kind: FieldKind,
    choices: Option<&[String]>,
    required: bool,
    raw: &str,
) -> Result<String, FieldError> {
    let value = clean(kind, raw);
    let err = |problem| Err(FieldError { field, problem });
    if value.is_empty() {
        return if required {
            err(Problem::Required)
        } else {
            Ok(value)
        };
    }
    let len = value.chars().count();
    match kind {
        FieldKind::Choice(options) => {
            let listed = match choices {
                Some(list) => list.contains(&value),
                None => options.contains(&value.as_str()),
            };
            if !listed {
                return err(Problem::Format);
            }
        }
        FieldKind::Date => {
            if !is_date(&value) {
                return err(Problem::Format);
            }
        }
        // Files are the form's to check (`Form::check`).
        FieldKind::Files => {}
        // Any non-empty value of a checkbox means ticked.
        FieldKind::Toggle => return Ok("yes".to_string()),
        FieldKind::Text { max } | FieldKind::LongText { max } => {
            if len > max {
                return err(Problem::TooLong { max });
            }
        }
        FieldKind::Reference { min, max } => {
            if len > max {
                return err(Problem::TooLong { max });
            }
            if !is_reference(&value) {
                return err(Problem::Format);
            }
            if len < min {
                return err(Problem::TooShort { min });
            }
        }
        FieldKind::Email => {
            if len > 254 || !is_email(&value) {
                return err(Problem::Format);
            }
        }
        FieldKind::Phone => {
            if !is_phone(&value) {
                return err(Problem::Format);
            }
        }
    }
    Ok(value)
}

/// A date as `<input type="date">` gives it: `YYYY-MM-DD`, a day that
/// exists, years 1900 to 2999.
pub fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: core::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&y) && (1..=days).contains(&d)
}

/// References: ASCII letters and digits with `-`, `_`, `/`, `.`, `#` and
/// single spaces between parts; must contain at least one letter or digit.
fn is_reference(v: &str) -> bool {
    v.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.' | '#' | ' '))
        && v.chars().any(|c| c.is_ascii_alphanumeric())
        && !has_pair(v, b' ')
}

/// Whether `byte` appears twice in a row (a plain loop: no substring search
/// machinery in the module).
fn has_pair(v: &str, byte: u8) -> bool {
    v.as_bytes()
        .windows(2)
        .any(|w| w[0] == byte && w[1] == byte)
}

/// A sane email check, not RFC 5322, and the same rule as the `contact.email`
/// pattern of `schema/submission.v1.json` (both are tested against
/// `schema/email-vectors.json`). At most 254 characters, one `@`. The local
/// part: 1 to 64 characters, no whitespace, control or bidirectional-override
/// characters, none of `<>(),;:\"[]` and backtick, and no leading, trailing or
/// double dot. The domain: two or more labels of 1 to 63 letters (any script),
/// ASCII digits and hyphens, not starting or ending with a hyphen; the last
/// label is two or more letters. Lengths count characters.
pub fn is_email(v: &str) -> bool {
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    let chars = |s: &str| s.chars().count();
    if local.is_empty() || chars(local) > 64 || chars(v) > 254 {
        return false;
    }
    if local.starts_with('.') || local.ends_with('.') || has_pair(local, b'.') {
        return false;
    }
    let local_char = |c: char| {
        !(c.is_whitespace()
            || is_unwanted_control(c, false)
            || matches!(
                c,
                '<' | '>' | '(' | ')' | ',' | ';' | ':' | '\\' | '"' | '[' | ']' | '`'
            ))
    };
    if !local.chars().all(local_char) {
        return false;
    }
    // Labels are checked as they come; `tld` ends up describing the last.
    let mut labels = 0;
    let mut tld = false;
    for label in domain.split('.') {
        let n = chars(label);
        if n == 0
            || n > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label
                .chars()
                .all(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '-')
        {
            return false;
        }
        labels += 1;
        tld = n >= 2 && label.chars().all(char::is_alphabetic);
    }
    labels >= 2 && tld
}

/// A phone number in international form: `+`, a country code not starting
/// with 0, and 7 to 15 digits in all; spaces, hyphens, dots and parentheses
/// between digits are allowed.
pub fn is_phone(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('+') else {
        return false;
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
    {
        return false;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (7..=15).contains(&digits.len()) && !digits.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_days_that_exist() {
        for ok in ["2025-12-31", "2024-02-29", "2000-02-29", "1900-01-01"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "25-12-31",
            "2025/12/31",
            "2025-1-01",
            "１９９９-01-01",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn clean_trims_and_drops_control_characters() {
        let text = FieldKind::Text { max: 100 };
        assert_eq!(clean(text, "  Anna\u{0}\u{7} de Vries \t"), "Anna de Vries");
        assert_eq!(clean(text, "a\nb"), "ab");
        assert_eq!(clean(text, "evil\u{202E}txt"), "eviltxt");
        let long = FieldKind::LongText { max: 100 };
        assert_eq!(
            clean(long, " line 1\r\nline 2\t\u{1b}[0m \n"),
            "line 1\nline 2\t[0m"
        );
    }

    #[test]
    fn empty_after_trim_counts_as_empty() {
        assert_eq!(
            check(FieldId::Name, true, " \u{0} \t ")
                .unwrap_err()
                .problem,
            Problem::Required
        );
        assert_eq!(check(FieldId::Phone, false, "   ").unwrap(), "");
    }

    #[test]
    fn required_and_optional() {
        assert!(check(FieldId::Email, true, "").is_err());
        assert!(check(FieldId::Email, false, "").is_ok());
        assert_eq!(check(FieldId::Name, true, " Jan ").unwrap(), "Jan");
    }

    #[test]
    fn email_rules() {
        for ok in [
            "a@b.nl",
            "anna.de.vries+klacht@example.co.uk",
            "jörg@müller.de",
            "x_y@sub-domain.example.com",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "anna",
            "anna@",
            "@example.com",
            "anna@example",
            "anna @example.com",
            "anna@exa mple.com",
            "anna@@example.com",
            "anna@example..com",
            "anna@.example.com",
            "anna@example.c",
            "anna@example.123",
            "a..b@example.com",
            ".a@example.com",
            "anna@-x.com",
            "a@b.nl,c@d.nl",
            "<a@b.nl>",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        let long = format!("{}@example.com", "a".repeat(65));
        assert!(!is_email(&long));
        assert_eq!(
            check(FieldId::Email, true, "anna@").unwrap_err().problem,
            Problem::Format
        );
    }

    /// One email rule for the widget and the endpoint: the same vectors are
    /// checked against the schema by the endpoint's tests.
    #[test]
    fn email_rule_matches_the_shared_vectors() {
        let doc: serde_json::Value =
            serde_json::from_str(include_str!("../../schema/email-vectors.json")).unwrap();
        let list = |key: &str| -> Vec<String> {
            doc[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        let (valid, invalid) = (list("valid"), list("invalid"));
        assert!(valid.len() >= 25 && invalid.len() >= 25);
        let wrong: Vec<String> = valid
            .iter()
            .filter(|v| !is_email(v))
            .map(|v| format!("refuses {v:?}"))
            .chain(
                invalid
                    .iter()
                    .filter(|v| is_email(v))
                    .map(|v| format!("accepts {v:?}")),
            )
            .collect();
        assert!(wrong.is_empty(), "is_email {wrong:#?}");
    }

    #[test]
    fn phone_rules() {
        for ok in [
            "+31 20 808 28 52",
            "+46-8-508-860-00",
            "+4712345678",
            "+1 (555) 123.4567",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "020 808 28 52",
            "+0123456789",
            "+31 20",
            "+31 20 808 28 52 99 99 99",
            "+31 2O 808",
            "0031208082852",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert_eq!(
            check(FieldId::Phone, false, "0612345678")
                .unwrap_err()
                .problem,
            Problem::Format
        );
    }

    #[test]
    fn reference_rules() {
        assert!(check(FieldId::OrderReference, true, "ORD-2024/0012").is_ok());
        assert!(check(FieldId::OrderReference, true, "12 34 56").is_ok());
        assert_eq!(
            check(FieldId::OrderReference, true, "<b>1</b>")
                .unwrap_err()
                .problem,
            Problem::Format
        );
        assert_eq!(
            check(FieldId::OrderReference, true, "ab")
                .unwrap_err()
                .problem,
            Problem::TooShort { min: 3 }
        );
        assert_eq!(
            check(FieldId::OrderReference, true, "a  b")
                .unwrap_err()
                .problem,
            Problem::Format
        );
        assert_eq!(
            check(FieldId::OrderReference, true, "---")
                .unwrap_err()
                .problem,
            Problem::Format
        );
        assert_eq!(
            check(FieldId::OrderReference, true, &"A".repeat(41))
                .unwrap_err()
                .problem,
            Problem::TooLong { max: 40 }
        );
        assert_eq!(
            check(FieldId::ReturnTracking, true, "3SAB1")
                .unwrap_err()
                .problem,
            Problem::TooShort { min: 6 }
        );
    }

    #[test]
    fn length_limits_count_characters_not_bytes() {
        let ok = "é".repeat(2000);
        assert!(check(FieldId::FeedbackMessage, true, &ok).is_ok());
        let over = "é".repeat(2001);
        let e = check(FieldId::FeedbackMessage, true, &over).unwrap_err();
        assert_eq!(e.problem, Problem::TooLong { max: 2000 });
        assert_eq!(e.message_id(), "error-feedback-message-too-long");
        assert_eq!(e.args(), Some(("max", 2000)));
        assert_eq!(
            check(FieldId::Name, true, &"n".repeat(101))
                .unwrap_err()
                .problem,
            Problem::TooLong { max: 100 }
        );
        assert_eq!(
            char_count(FieldId::FeedbackMessage.kind(), "  ab\r\ncd  "),
            5
        );
    }

    #[test]
    fn choices_must_be_one_of_the_options() {
        assert!(check(FieldId::ContactedBefore, true, "yes").is_ok());
        assert!(check(FieldId::ContactedBefore, true, "no").is_ok());
        assert_eq!(
            check(FieldId::ContactedBefore, true, "maybe")
                .unwrap_err()
                .problem,
            Problem::Format
        );
        assert_eq!(
            check(FieldId::ContactedBefore, true, "")
                .unwrap_err()
                .message_id(),
            "error-contacted-before-required"
        );
        assert_eq!(check(FieldId::ReplyWanted, false, "on").unwrap(), "yes");
        assert_eq!(check(FieldId::ReplyWanted, false, "").unwrap(), "");
        let tampered = check(FieldId::PurchaseIssue, true, "x").unwrap_err();
        assert_eq!(tampered.message_id(), "error-purchase-issue-required");
    }
}
