//! The steps of the flows and which fields each step shows and requires,
//! given the answers so far. A table, not code paths: the view renders every
//! slot of a step and hides those whose condition does not hold.

use crate::prelude::*;

use super::field::FieldId;

/// Where the shopper is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Choose what you want to do: feedback, complaint or purchase problem.
    Choose,
    /// The feedback form.
    Feedback,
    /// The complaint: the gate question, then the first-contact complaint
    /// (*no*) or the escalation to the consumer ombudsman (*yes*).
    Complaint,
    /// Report a problem with a purchase.
    PurchaseProblem,
    /// The privacy notice, with the button that sends.
    Privacy,
    /// Sent: the reference and what happens next.
    Confirmation,
}

impl Step {
    /// Stable key, used for message ids (`step-<key>-title`) and fixtures.
    pub fn key(self) -> &'static str {
        match self {
            Step::Choose => "choose",
            Step::Feedback => "feedback",
            Step::Complaint => "complaint",
            Step::PurchaseProblem => "purchase-problem",
            Step::Privacy => "privacy",
            Step::Confirmation => "confirmation",
        }
    }

    /// The step with this key, if any.
    pub fn from_key(key: &str) -> Option<Step> {
        [
            Step::Choose,
            Step::Feedback,
            Step::Complaint,
            Step::PurchaseProblem,
            Step::Privacy,
            Step::Confirmation,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }

    /// Where this step stands among the steps every flow has (what to do,
    /// its questions, the privacy notice that sends): `(number, of)`, from
    /// 1; none for the confirmation, which is no step to complete.
    pub fn position(self) -> Option<(u8, u8)> {
        let number = match self {
            Step::Choose => 1,
            Step::Feedback | Step::Complaint | Step::PurchaseProblem => 2,
            Step::Privacy => 3,
            Step::Confirmation => return None,
        };
        Some((number, 3))
    }
}

/// What the shopper chose on the first step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Give feedback.
    Feedback,
    /// Make a complaint (first contact or escalation, by the gate).
    Complaint,
    /// Report a problem with a purchase.
    PurchaseProblem,
}

impl Kind {
    /// Every kind, in the order the first step offers them.
    pub const ALL: [Kind; 3] = [Kind::Feedback, Kind::Complaint, Kind::PurchaseProblem];

    /// Stable key, used for message ids and the view's buttons.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Feedback => "feedback",
            Kind::Complaint => "complaint",
            Kind::PurchaseProblem => "purchase-problem",
        }
    }

    /// The kind with this key, if any.
    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The form step of this kind.
    pub fn step(self) -> Step {
        match self {
            Kind::Feedback => Step::Feedback,
            Kind::Complaint => Step::Complaint,
            Kind::PurchaseProblem => Step::PurchaseProblem,
        }
    }
}

/// When a slot is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Always.
    Always,
    /// When the gate has this answer.
    Gate(&'static str),
    /// Once the gate has any answer.
    GateAnswered,
    /// When the shopper wants a reply to their feedback.
    ReplyWanted,
    /// When the purchase problem is this one.
    Issue(&'static str),
    /// Unless the gate has this answer (the step's button, where the gate's
    /// yes leads to the dispute bodies instead of a form).
    NotGate(&'static str),
    /// Unless the purchase problem is this one (files for a wrong or faulty
    /// item or a return, not for a parcel that never came).
    NotIssue(&'static str),
}

/// What the flows offer, from who runs the form (see
/// [`crate::market::Operator`]) and whether there is a review after customer
/// service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// The shop itself runs the form: a problem with an order is about the
    /// shop, so the shopper names no seller, and a refund not processed
    /// needs no return tracking number.
    pub shop: bool,
    /// The gate's yes leads to an escalation form (an ombudsman, a
    /// complaints manager); without one it leads to the dispute bodies.
    pub escalation: bool,
}

impl Default for Route {
    /// The seeds' flows: a payment provider with a consumer ombudsman.
    fn default() -> Self {
        Route {
            shop: false,
            escalation: true,
        }
    }
}

/// One field in one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The field.
    pub field: FieldId,
    /// When it is shown.
    pub shown: Shown,
    /// Whether an answer is required while it is shown.
    pub required: bool,
}

const fn slot(field: FieldId, shown: Shown, required: bool) -> Slot {
    Slot {
        field,
        shown,
        required,
    }
}

use FieldId as F;
use Shown::*;

const FEEDBACK: &[Slot] = &[
    slot(F::FeedbackTopic, Always, true),
    slot(F::FeedbackMessage, Always, true),
    slot(F::ReplyWanted, Always, false),
    slot(F::Name, ReplyWanted, false),
    slot(F::Email, ReplyWanted, true),
];

const COMPLAINT: &[Slot] = &[
    slot(F::ContactedBefore, Always, true),
    slot(F::ComplaintCategory, Gate("no"), true),
    slot(F::OrderReference, Gate("no"), false),
    slot(F::WhatWentWrong, Gate("no"), true),
    slot(F::WantedOutcome, Gate("no"), true),
    slot(F::PreviousCaseReference, Gate("yes"), true),
    slot(F::EarlierContacts, Gate("yes"), true),
    slot(F::WhyDissatisfied, Gate("yes"), true),
    slot(F::WantedResolution, Gate("yes"), true),
    slot(F::Attachments, GateAnswered, false),
    slot(F::Name, GateAnswered, true),
    slot(F::Email, GateAnswered, true),
    slot(F::Phone, GateAnswered, false),
];

const PURCHASE_PROBLEM: &[Slot] = &[
    slot(F::PurchaseIssue, Always, true),
    slot(F::OrderReference, Always, true),
    slot(F::Seller, Always, true),
    slot(F::ReturnTracking, Issue("return-not-confirmed"), true),
    slot(F::ProblemDescription, Always, true),
    slot(F::Attachments, NotIssue("not-received"), false),
    slot(F::Name, Always, true),
    slot(F::Email, Always, true),
    slot(F::Phone, Always, false),
];

/// Without an escalation, the gate's yes shows no form: the contact
/// details follow the first-contact complaint only.
const COMPLAINT_NO_ESCALATION: &[Slot] = &[
    slot(F::ContactedBefore, Always, true),
    slot(F::ComplaintCategory, Gate("no"), true),
    slot(F::OrderReference, Gate("no"), false),
    slot(F::WhatWentWrong, Gate("no"), true),
    slot(F::WantedOutcome, Gate("no"), true),
    slot(F::Attachments, Gate("no"), false),
    slot(F::Name, Gate("no"), true),
    slot(F::Email, Gate("no"), true),
    slot(F::Phone, Gate("no"), false),
];

/// A problem with an order from the shop that runs the form.
const ORDER_PROBLEM: &[Slot] = &[
    slot(F::PurchaseIssue, Always, true),
    slot(F::OrderReference, Always, true),
    slot(F::ReturnTracking, Issue("return-not-confirmed"), false),
    slot(F::ProblemDescription, Always, true),
    slot(F::Attachments, NotIssue("not-received"), false),
    slot(F::Name, Always, true),
    slot(F::Email, Always, true),
    slot(F::Phone, Always, false),
];

/// Every slot a step can show in the seeds' flows ([`Route::default`]), in
/// order. Steps without fields have none.
pub fn slots(step: Step) -> &'static [Slot] {
    slots_for(step, Route::default())
}

/// Every slot a step can show on a route, in order.
pub fn slots_for(step: Step, route: Route) -> &'static [Slot] {
    match step {
        Step::Feedback => FEEDBACK,
        Step::Complaint if route.escalation => COMPLAINT,
        Step::Complaint => COMPLAINT_NO_ESCALATION,
        Step::PurchaseProblem if route.shop => ORDER_PROBLEM,
        Step::PurchaseProblem => PURCHASE_PROBLEM,
        Step::Choose | Step::Privacy | Step::Confirmation => &[],
    }
}

/// Whether a slot is shown, given a way to read the current answers.
pub fn is_shown(shown: Shown, answer: impl Fn(FieldId) -> String) -> bool {
    match shown {
        Always => true,
        Gate(v) => answer(F::ContactedBefore) == v,
        GateAnswered => matches!(answer(F::ContactedBefore).as_str(), "yes" | "no"),
        ReplyWanted => answer(F::ReplyWanted) == "yes",
        Issue(v) => answer(F::PurchaseIssue) == v,
        NotGate(v) => answer(F::ContactedBefore) != v,
        NotIssue(v) => answer(F::PurchaseIssue) != v,
    }
}

#[cfg(test)]
mod tests {
    use super::Step;
    use crate::fixtures::{fixture, NAMES};

    #[test]
    fn a_step_number_is_how_far_the_shopper_came_and_the_confirmation_has_none() {
        for name in NAMES {
            let form = fixture(name).unwrap().form;
            match form.step().position() {
                Some((number, of)) => {
                    assert_eq!(usize::from(number), form.depth() + 1, "{name}");
                    assert_eq!(of, 3, "{name}");
                }
                None => assert_eq!(form.step(), Step::Confirmation, "{name}"),
            }
        }
    }
}
