//! What the page already knows about the shopper (a signed-in email, the
//! order on screen), put into the form so they never type it again (WCAG
//! 3.3.7, redundant entry). Read-only values are ones the page vouches for:
//! the shopper sees them but cannot change them, and a draft does not
//! override them.

use crate::prelude::*;

use super::field::{FieldId, FieldKind, ALL_FIELDS};

/// Prefilled answers, checked (see `config::Options::check`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prefill {
    /// Values by field, in the order given.
    pub values: Vec<(FieldId, String)>,
    /// Fields the page vouches for, one bit per field: always its value,
    /// never editable.
    pub readonly: u64,
}

/// The short names the `prefill` option takes besides payload keys.
pub const ALIASES: &[(&str, FieldId)] = &[
    ("orderReference", FieldId::OrderReference),
    ("merchant", FieldId::Seller),
];

/// The field a `prefill` key names: `email`, `name`, `phone`,
/// `orderReference`, `merchant`, or any field's payload key
/// (`order_reference`, `what_went_wrong`, `contacted_before`...).
pub fn field_for(key: &str) -> Option<FieldId> {
    if let Some((_, f)) = ALIASES.iter().find(|(k, _)| *k == key) {
        return Some(*f);
    }
    ALL_FIELDS
        .iter()
        .copied()
        .filter(|f| *f != FieldId::Attachments)
        .find(|f| f.key().replace('-', "_") == key)
}

/// Whether a field can be read-only: fields typed into. A choice the page
/// has settled is not a question to show at all.
pub fn can_be_readonly(field: FieldId) -> bool {
    !matches!(field.kind(), FieldKind::Choice(_) | FieldKind::Toggle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_aliases_or_payload_keys() {
        assert_eq!(field_for("email"), Some(FieldId::Email));
        assert_eq!(field_for("orderReference"), Some(FieldId::OrderReference));
        assert_eq!(field_for("order_reference"), Some(FieldId::OrderReference));
        assert_eq!(field_for("merchant"), Some(FieldId::Seller));
        assert_eq!(field_for("seller"), Some(FieldId::Seller));
        assert_eq!(
            field_for("contacted_before"),
            Some(FieldId::ContactedBefore)
        );
        // The DOM key is not a payload key.
        assert_eq!(field_for("order-reference"), None);
        assert_eq!(field_for("address"), None);
    }

    #[test]
    fn only_typed_fields_can_be_readonly() {
        assert!(can_be_readonly(FieldId::Email));
        assert!(can_be_readonly(FieldId::WhatWentWrong));
        assert!(!can_be_readonly(FieldId::ComplaintCategory));
        assert!(!can_be_readonly(FieldId::ReplyWanted));
    }
}
