//! The merchant's own categories and fields (the `categories` and `fields`
//! options), as the model needs them: ids, kinds and whether an answer is
//! required. Their labels are the view's (see `config`); the model only
//! checks answers against them.

use crate::prelude::*;

use super::field::{FieldId, FieldKind};
use super::flow::Kind;

/// What a merchant field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomKind {
    /// One line of text (at most 200 characters).
    Text,
    /// Several lines of text (at most 2000 characters).
    Textarea,
    /// One of the field's options.
    Select,
    /// A checkbox; sent as `true` when ticked.
    Checkbox,
    /// A date, `YYYY-MM-DD`.
    Date,
}

impl CustomKind {
    /// The kinds by the name the `fields` option gives them.
    pub const NAMES: &'static [(&'static str, CustomKind)] = &[
        ("text", CustomKind::Text),
        ("textarea", CustomKind::Textarea),
        ("select", CustomKind::Select),
        ("checkbox", CustomKind::Checkbox),
        ("date", CustomKind::Date),
    ];

    /// The kind of input, with its limits.
    pub fn field_kind(self) -> FieldKind {
        match self {
            CustomKind::Text => FieldKind::Text { max: 200 },
            CustomKind::Textarea => FieldKind::LongText { max: 2000 },
            CustomKind::Select => FieldKind::Choice(&[]),
            CustomKind::Checkbox => FieldKind::Toggle,
            CustomKind::Date => FieldKind::Date,
        }
    }
}

/// One merchant field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomField {
    /// Its id (`^[a-z][a-z0-9_]{0,39}$`): the key under `fields.custom`.
    pub id: String,
    /// The flow that asks it.
    pub flow: Kind,
    /// What it takes.
    pub kind: CustomKind,
    /// Whether an answer is required (a checkbox: must be ticked).
    pub required: bool,
    /// A select's option ids, in order.
    pub options: Vec<String>,
}

/// The merchant's categories (each list replaces the built-in one) and
/// fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// Feedback topics.
    pub topics: Option<Vec<String>>,
    /// Complaint categories.
    pub categories: Option<Vec<String>>,
    /// Purchase problems.
    pub issues: Option<Vec<String>>,
    /// Every merchant field of every flow, each flow's in order.
    pub fields: Vec<CustomField>,
}

impl Extras {
    /// The merchant's list for a category field, if they gave one.
    pub fn list_for(&self, field: FieldId) -> Option<&[String]> {
        match field {
            FieldId::FeedbackTopic => self.topics.as_deref(),
            FieldId::ComplaintCategory => self.categories.as_deref(),
            FieldId::PurchaseIssue => self.issues.as_deref(),
            FieldId::Custom(i) => self.fields.get(usize::from(i)).map(|f| &f.options[..]),
            _ => None,
        }
    }

    /// The merchant field behind `field`, if it is one.
    pub fn custom(&self, field: FieldId) -> Option<&CustomField> {
        match field {
            FieldId::Custom(i) => self.fields.get(usize::from(i)),
            _ => None,
        }
    }
}

/// Whether `id` is a merchant id: `^[a-z][a-z0-9_]{0,39}$`.
pub fn is_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 40
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_schemas_pattern() {
        for ok in ["size", "a", "order_colour_2", &"a".repeat(40)] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "2nd", "Size", "order-colour", "größe", &"a".repeat(41)] {
            assert!(!is_id(bad), "{bad}");
        }
    }
}
