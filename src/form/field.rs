//! The fields of every flow: what each one is called, what kind of input it
//! takes and which limits apply. Which fields a step shows lives in
//! [`crate::form::flow`]; how a value is checked lives in [`crate::form::rules`].

use crate::prelude::*;

/// One question the shopper can answer. The same field keeps its answer across
/// steps and flows (the contact details typed for a complaint are still there
/// if the shopper switches the gate from *yes* to *no*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    /// Feedback: what the feedback is about.
    FeedbackTopic,
    /// Feedback: the feedback itself.
    FeedbackMessage,
    /// Feedback: whether the shopper wants a reply (reveals the contact fields).
    ReplyWanted,
    /// The complaint gate: "Have you been in contact with our customer service
    /// about this issue before?"
    ContactedBefore,
    /// First-contact complaint: what the complaint is about.
    ComplaintCategory,
    /// An order or payment reference (complaint and purchase problem).
    OrderReference,
    /// First-contact complaint: what went wrong.
    WhatWentWrong,
    /// First-contact complaint: the outcome the shopper wants.
    WantedOutcome,
    /// Escalation: the case reference customer service gave.
    PreviousCaseReference,
    /// Escalation: what happened in the earlier contacts.
    EarlierContacts,
    /// Escalation: why the shopper is still dissatisfied.
    WhyDissatisfied,
    /// Escalation: how the shopper wants the case resolved.
    WantedResolution,
    /// Purchase problem: what went wrong with the purchase.
    PurchaseIssue,
    /// Purchase problem: the seller (shop) the purchase was made from.
    Seller,
    /// Purchase problem: the tracking number of the return parcel.
    ReturnTracking,
    /// Purchase problem: a description of the problem.
    ProblemDescription,
    /// Contact: the shopper's name.
    Name,
    /// Contact: the shopper's email address.
    Email,
    /// Contact: an optional phone number in international form.
    Phone,
    /// Files: photos of the item, a receipt (see [`crate::form::attachments`]).
    Attachments,
    /// One of the merchant's own fields (the `fields` option), by its place
    /// in [`crate::form::Extras::fields`].
    Custom(u8),
}

/// The kind of input a field takes, with its limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One of a fixed set of options, shown as radio buttons.
    Choice(&'static [&'static str]),
    /// A single checkbox; its value is `"yes"` when ticked and empty otherwise.
    Toggle,
    /// One line of free text.
    Text {
        /// Most characters accepted.
        max: usize,
    },
    /// Several lines of free text, with a live character counter.
    LongText {
        /// Most characters accepted.
        max: usize,
    },
    /// A reference code: letters, digits and a few separators.
    Reference {
        /// Fewest characters accepted.
        min: usize,
        /// Most characters accepted.
        max: usize,
    },
    /// An email address.
    Email,
    /// A phone number in international form (`+` and country code).
    Phone,
    /// A date, `YYYY-MM-DD` (what `<input type="date">` gives).
    Date,
    /// Files, checked by the form's limits (the answer text is unused).
    Files,
}

/// The options of the gate question, in the order they are shown.
pub const YES_NO: &[&str] = &["yes", "no"];
/// Feedback topics.
pub const FEEDBACK_TOPICS: &[&str] = &["service", "app", "payment", "other"];
/// Complaint categories.
pub const COMPLAINT_CATEGORIES: &[&str] = &["payment", "refund", "invoice", "service", "other"];
/// What can go wrong with a purchase (seed 004). "Return not confirmed" comes
/// last so that it is one Shift+Tab away for keyboard users.
pub const PURCHASE_ISSUES: &[&str] = &["not-received", "wrong-item", "return-not-confirmed"];

/// How many built-in fields there are.
pub const COUNT: usize = 20;
/// The most merchant fields a form can have (10 per flow).
pub const MAX_CUSTOM: usize = 30;
// Sets of fields are bits in a u64.
const _: () = assert!(COUNT + MAX_CUSTOM <= 64);

/// Every field, in a stable order (used by drafts, payloads and tests), the
/// order of the enum's discriminants.
pub const ALL_FIELDS: &[FieldId] = &[
    FieldId::FeedbackTopic,
    FieldId::FeedbackMessage,
    FieldId::ReplyWanted,
    FieldId::ContactedBefore,
    FieldId::ComplaintCategory,
    FieldId::OrderReference,
    FieldId::WhatWentWrong,
    FieldId::WantedOutcome,
    FieldId::PreviousCaseReference,
    FieldId::EarlierContacts,
    FieldId::WhyDissatisfied,
    FieldId::WantedResolution,
    FieldId::PurchaseIssue,
    FieldId::Seller,
    FieldId::ReturnTracking,
    FieldId::ProblemDescription,
    FieldId::Name,
    FieldId::Email,
    FieldId::Phone,
    FieldId::Attachments,
];

impl FieldId {
    /// The field's place: built-in fields in enum order, then merchant
    /// fields.
    pub fn index(self) -> usize {
        match self {
            FieldId::Custom(i) => COUNT + usize::from(i),
            f => ALL_FIELDS.iter().position(|g| *g == f).unwrap_or(0),
        }
    }

    /// The field's bit in a `u64` set of fields.
    pub fn bit(self) -> u64 {
        1 << self.index()
    }

    /// The field's name in the DOM (ids, `data-field`): its key, or
    /// `custom-<n>` for a merchant field.
    pub fn name(self) -> alloc::borrow::Cow<'static, str> {
        match self {
            FieldId::Custom(i) => {
                let mut name = String::from("custom-");
                crate::text::push_uint(&mut name, u64::from(i));
                name.into()
            }
            f => f.key().into(),
        }
    }

    /// The field a DOM name ([`FieldId::name`]) names.
    pub fn from_name(name: &str) -> Option<FieldId> {
        match name.strip_prefix("custom-") {
            Some(n) => n
                .parse::<u8>()
                .ok()
                .filter(|i| usize::from(*i) < MAX_CUSTOM)
                .map(FieldId::Custom),
            None => FieldId::from_key(name),
        }
    }

    /// The field's stable key: used for DOM ids, Fluent message ids
    /// (`field-<key>-label`) and, with `_` for `-`, payload keys.
    pub fn key(self) -> &'static str {
        match self {
            FieldId::FeedbackTopic => "feedback-topic",
            FieldId::FeedbackMessage => "feedback-message",
            FieldId::ReplyWanted => "reply-wanted",
            FieldId::ContactedBefore => "contacted-before",
            FieldId::ComplaintCategory => "complaint-category",
            FieldId::OrderReference => "order-reference",
            FieldId::WhatWentWrong => "what-went-wrong",
            FieldId::WantedOutcome => "wanted-outcome",
            FieldId::PreviousCaseReference => "previous-case-reference",
            FieldId::EarlierContacts => "earlier-contacts",
            FieldId::WhyDissatisfied => "why-dissatisfied",
            FieldId::WantedResolution => "wanted-resolution",
            FieldId::PurchaseIssue => "purchase-issue",
            FieldId::Seller => "seller",
            FieldId::ReturnTracking => "return-tracking",
            FieldId::ProblemDescription => "problem-description",
            FieldId::Name => "name",
            FieldId::Email => "email",
            FieldId::Phone => "phone",
            FieldId::Attachments => "attachments",
            FieldId::Custom(_) => "custom",
        }
    }

    /// The field with this key, if any.
    pub fn from_key(key: &str) -> Option<FieldId> {
        ALL_FIELDS.iter().copied().find(|f| f.key() == key)
    }

    /// What kind of input the field takes (a merchant field's kind is the
    /// form's to say: [`crate::form::Form::kind_of`]).
    pub fn kind(self) -> FieldKind {
        match self {
            FieldId::FeedbackTopic => FieldKind::Choice(FEEDBACK_TOPICS),
            FieldId::ReplyWanted => FieldKind::Toggle,
            FieldId::ContactedBefore => FieldKind::Choice(YES_NO),
            FieldId::ComplaintCategory => FieldKind::Choice(COMPLAINT_CATEGORIES),
            FieldId::PurchaseIssue => FieldKind::Choice(PURCHASE_ISSUES),
            FieldId::FeedbackMessage
            | FieldId::WhatWentWrong
            | FieldId::EarlierContacts
            | FieldId::WhyDissatisfied
            | FieldId::ProblemDescription => FieldKind::LongText { max: 2000 },
            FieldId::WantedOutcome | FieldId::WantedResolution => FieldKind::LongText { max: 1000 },
            FieldId::OrderReference | FieldId::PreviousCaseReference => {
                FieldKind::Reference { min: 3, max: 40 }
            }
            FieldId::ReturnTracking => FieldKind::Reference { min: 6, max: 40 },
            FieldId::Seller | FieldId::Name => FieldKind::Text { max: 100 },
            FieldId::Email => FieldKind::Email,
            FieldId::Phone => FieldKind::Phone,
            FieldId::Attachments => FieldKind::Files,
            FieldId::Custom(_) => FieldKind::Text { max: 200 },
        }
    }

    /// Whether the field has a hint (a `field-<key>-hint` message).
    pub fn has_hint(self) -> bool {
        matches!(
            self,
            FieldId::OrderReference
                | FieldId::PreviousCaseReference
                | FieldId::ReturnTracking
                | FieldId::EarlierContacts
                | FieldId::Email
                | FieldId::Phone
                | FieldId::ContactedBefore
                | FieldId::Attachments
        )
    }

    /// The browser autofill token for the field, where one applies.
    pub fn autocomplete(self) -> Option<&'static str> {
        match self {
            FieldId::Name => Some("name"),
            FieldId::Email => Some("email"),
            FieldId::Phone => Some("tel"),
            FieldId::OrderReference | FieldId::PreviousCaseReference | FieldId::ReturnTracking => {
                Some("off")
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_follows_the_enum_order() {
        assert_eq!(ALL_FIELDS.len(), COUNT);
        for (i, f) in ALL_FIELDS.iter().enumerate() {
            assert_eq!(f.index(), i);
        }
    }

    #[test]
    fn keys_are_unique_and_round_trip() {
        for f in ALL_FIELDS {
            assert_eq!(FieldId::from_key(f.key()), Some(*f));
        }
        let mut keys: Vec<_> = ALL_FIELDS.iter().map(|f| f.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL_FIELDS.len());
        assert_eq!(FieldId::from_key("nope"), None);
        assert_eq!(FieldId::from_name("custom-3"), Some(FieldId::Custom(3)));
        assert_eq!(FieldId::from_name("custom-30"), None);
        assert_eq!(FieldId::from_name("email"), Some(FieldId::Email));
        assert_eq!(FieldId::Custom(3).name(), "custom-3");
    }
}
