//! Named states of the form, the way GOV.UK Frontend names the examples of a
//! component: every step empty, every step with all its errors, the gate
//! answered yes and no, the confirmation, a server error. Browser tests and
//! screenshots open them with the `fixture` option. Built through the model's
//! own transitions, so a fixture can never show a state the form cannot reach.
//!
//! A fixture follows the flows of who runs the form (the `operator` and
//! `escalation` options), except the gate's yes: `complaint-gate-yes`,
//! `complaint-gate-yes-errors` and `confirmation-escalation` always show an
//! escalation (the configured one, or the operator's built-in one), and
//! `complaint-gate-yes-bodies` never does (where to turn instead).

use crate::prelude::*;

use alloc::rc::Rc;

use crate::delivery::Notice;
use crate::form::attachments::Attachment;
use crate::form::{Extras, FieldId as F, Form, Kind, Prefill, Route};

/// A named state: the form, and the sending notice shown, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fixture {
    /// The form in that state.
    pub form: Form,
    /// A "could not send" or "waiting for the network" message.
    pub notice: Option<Notice>,
}

/// The names of every fixture, in the order tests walk them.
pub const NAMES: &[&str] = &[
    "choose",
    "feedback",
    "feedback-errors",
    "feedback-reply",
    "complaint",
    "complaint-errors",
    "complaint-gate-no",
    "complaint-gate-no-errors",
    "complaint-gate-yes",
    "complaint-gate-yes-errors",
    "complaint-gate-yes-bodies",
    "purchase-problem",
    "purchase-problem-errors",
    "purchase-problem-return",
    "privacy",
    "server-error",
    "offline-queued",
    "unconfirmed",
    "refused",
    "send-unavailable",
    "confirmation",
    "confirmation-complaint",
    "confirmation-escalation",
    "confirmation-purchase-problem",
    "merchant-fields",
    "merchant-fields-errors",
    "prefilled",
    "attachments",
    "attachments-errors",
    "attachments-lost",
];

/// What the page configured that a fixture shows: the merchant's
/// categories and fields (`merchant-fields`, `merchant-fields-errors`) and
/// the prefill (`prefilled`); the fixture page passes them as options.
#[derive(Clone, Debug, Default)]
pub struct Setup {
    /// The merchant's categories and fields.
    pub extras: Rc<Extras>,
    /// What the page prefilled.
    pub prefill: Prefill,
}

/// Whether the fixture shows an escalation whatever the options say
/// (`Some(true)`), never (`Some(false)`), or as they say (`None`).
pub fn escalation(name: &str) -> Option<bool> {
    match name {
        "complaint-gate-yes" | "complaint-gate-yes-errors" | "confirmation-escalation" => {
            Some(true)
        }
        "complaint-gate-yes-bodies" => Some(false),
        _ => None,
    }
}

fn start(route: Route, setup: &Setup) -> Form {
    let mut form = Form::for_route(route);
    form.set_extras(setup.extras.clone());
    form.prefill(&setup.prefill);
    form
}

fn on(setup: &Setup, route: Route, kind: Kind, answers: &[(F, &str)], attempt: bool) -> Form {
    let mut form = start(route, setup);
    form.choose(kind);
    for (field, value) in answers {
        form.set(*field, value);
    }
    if attempt {
        form.submit();
    }
    form
}

const CONTACT: [(F, &str); 2] = [(F::Name, "Anna de Vries"), (F::Email, "anna@example.nl")];

fn feedback_done(route: Route) -> Form {
    let mut form = on(
        &Setup::default(),
        route,
        Kind::Feedback,
        &[
            (F::FeedbackTopic, "app"),
            (F::FeedbackMessage, "The app is easy to use."),
        ],
        false,
    );
    form.submit();
    form
}

/// The fixture with this name, in the seeds' flows.
pub fn fixture(name: &str) -> Option<Fixture> {
    fixture_for(name, Route::default())
}

/// The fixture with this name, in the flows of `route`.
pub fn fixture_for(name: &str, route: Route) -> Option<Fixture> {
    fixture_with(name, route, &Setup::default())
}

/// The fixture with this name, in the flows of `route`, with what the page
/// configured.
pub fn fixture_with(name: &str, mut route: Route, setup: &Setup) -> Option<Fixture> {
    if let Some(escalation) = escalation(name) {
        route.escalation = escalation;
    }
    let on = |kind, answers: &[(F, &str)], attempt| on(setup, route, kind, answers, attempt);
    let form = match name {
        "choose" => start(route, setup),
        "merchant-fields" | "prefilled" => {
            on(Kind::Complaint, &[(F::ContactedBefore, "no")], false)
        }
        "merchant-fields-errors" => on(Kind::Complaint, &[(F::ContactedBefore, "no")], true),
        "attachments" | "attachments-errors" => {
            let mut form = on(
                Kind::PurchaseProblem,
                &[(F::PurchaseIssue, "wrong-item")],
                false,
            );
            let file = |name: &str, media_type, bytes| Attachment {
                name: name.into(),
                media_type,
                bytes,
                sha256: "0".repeat(64),
            };
            form.add_file(file("kapotte fiets.jpg", Some("image/jpeg"), 2_400_000));
            if name == "attachments-errors" {
                form.add_file(file("foto.jpg", None, 48_000));
                form.submit();
            } else {
                form.add_file(file("bon.pdf", Some("application/pdf"), 81_000));
            }
            form
        }
        "attachments-lost" => on(
            Kind::PurchaseProblem,
            &[
                (F::PurchaseIssue, "wrong-item"),
                (F::Attachments, "kapotte fiets.jpg\nbon.pdf"),
            ],
            false,
        ),
        "feedback" => on(Kind::Feedback, &[], false),
        "feedback-errors" => on(
            Kind::Feedback,
            &[(F::ReplyWanted, "yes"), (F::Email, "anna@")],
            true,
        ),
        "feedback-reply" => on(Kind::Feedback, &[(F::ReplyWanted, "yes")], false),
        "complaint" => on(Kind::Complaint, &[], false),
        "complaint-errors" => on(Kind::Complaint, &[], true),
        "complaint-gate-no" => on(Kind::Complaint, &[(F::ContactedBefore, "no")], false),
        "complaint-gate-no-errors" => on(
            Kind::Complaint,
            &[
                (F::ContactedBefore, "no"),
                (F::OrderReference, "<12>"),
                (F::Email, "anna@example"),
                (F::Phone, "0612"),
            ],
            true,
        ),
        "complaint-gate-yes" => on(Kind::Complaint, &[(F::ContactedBefore, "yes")], false),
        "complaint-gate-yes-errors" => on(Kind::Complaint, &[(F::ContactedBefore, "yes")], true),
        "complaint-gate-yes-bodies" => on(Kind::Complaint, &[(F::ContactedBefore, "yes")], false),
        "purchase-problem" => on(Kind::PurchaseProblem, &[], false),
        "purchase-problem-errors" => on(
            Kind::PurchaseProblem,
            &[(F::PurchaseIssue, "return-not-confirmed")],
            true,
        ),
        "purchase-problem-return" => on(
            Kind::PurchaseProblem,
            &[(F::PurchaseIssue, "return-not-confirmed")],
            false,
        ),
        "privacy" | "server-error" | "offline-queued" | "unconfirmed" | "refused"
        | "send-unavailable" => feedback_done(route),
        "confirmation" => {
            let mut form = feedback_done(route);
            form.confirm("FB-7K3M-2Q9D");
            form
        }
        "confirmation-complaint" => {
            let mut answers = vec![
                (F::ContactedBefore, "no"),
                (F::ComplaintCategory, "refund"),
                (F::WhatWentWrong, "I was charged twice."),
                (F::WantedOutcome, "Refund the second payment."),
            ];
            answers.extend(CONTACT);
            let mut form = on(Kind::Complaint, &answers, true);
            form.confirm("CP-9C2E-5H7J");
            form
        }
        "confirmation-purchase-problem" => {
            let mut answers = vec![
                (F::PurchaseIssue, "not-received"),
                (F::OrderReference, "ORD-2024-1234"),
                (F::Seller, "Fietsen BV"),
                (F::ProblemDescription, "The parcel never arrived."),
            ];
            answers.extend(CONTACT);
            let mut form = on(Kind::PurchaseProblem, &answers, true);
            form.confirm("PP-3M8K-6T1R");
            form
        }
        "confirmation-escalation" => {
            let mut answers = vec![
                (F::ContactedBefore, "yes"),
                (F::PreviousCaseReference, "CS-482913"),
                (F::EarlierContacts, "I called twice in May."),
                (F::WhyDissatisfied, "The refund never arrived."),
                (F::WantedResolution, "Refund the payment."),
            ];
            answers.extend(CONTACT);
            let mut form = on(Kind::Complaint, &answers, true);
            form.confirm("ES-4D8F-1A2B");
            form
        }
        _ => return None,
    };
    let notice = match name {
        "server-error" => Some(Notice::SendFailed),
        "offline-queued" => Some(Notice::Queued),
        "unconfirmed" => Some(Notice::Unconfirmed),
        "refused" => Some(Notice::Refused),
        "send-unavailable" => Some(Notice::Unavailable),
        _ => None,
    };
    Some(Fixture { form, notice })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::Step;

    #[test]
    fn every_name_opens_a_fixture_and_no_other() {
        for name in NAMES {
            assert!(fixture(name).is_some(), "{name}");
        }
        assert!(fixture("missing").is_none());
    }

    #[test]
    fn error_fixtures_show_errors_and_the_others_do_not() {
        for name in NAMES {
            let f = fixture(name).unwrap();
            let shown = f.form.shown_errors();
            assert_eq!(name.ends_with("-errors"), !shown.is_empty(), "{name}");
        }
    }

    #[test]
    fn every_fixture_opens_on_every_route_and_confirmations_are_of_their_kind() {
        use crate::form::Submission;
        for shop in [false, true] {
            for escalation in [false, true] {
                let route = Route { shop, escalation };
                for name in NAMES {
                    let f = fixture_for(name, route).unwrap();
                    let shown = f.form.shown_errors();
                    assert_eq!(name.ends_with("-errors"), !shown.is_empty(), "{name}");
                    let expected = super::escalation(name).unwrap_or(escalation);
                    assert_eq!(
                        f.form.route(),
                        Route {
                            shop,
                            escalation: expected
                        },
                        "{name}"
                    );
                }
                let kind = |n: &str| fixture_for(n, route).unwrap().form.submission();
                assert_eq!(kind("confirmation-complaint"), Some(Submission::Complaint));
                assert_eq!(
                    kind("confirmation-escalation"),
                    Some(Submission::Escalation)
                );
                assert_eq!(
                    kind("confirmation-purchase-problem"),
                    Some(Submission::PurchaseProblem)
                );
                let bodies = fixture_for("complaint-gate-yes-bodies", route)
                    .unwrap()
                    .form;
                assert!(bodies.at_dead_end());
            }
        }
    }

    #[test]
    fn fixtures_land_on_the_step_they_name() {
        let step = |n: &str| fixture(n).unwrap().form.step();
        assert_eq!(step("choose"), Step::Choose);
        assert_eq!(step("complaint-gate-yes"), Step::Complaint);
        assert_eq!(step("purchase-problem-return"), Step::PurchaseProblem);
        assert_eq!(step("privacy"), Step::Privacy);
        assert_eq!(step("server-error"), Step::Privacy);
        assert_eq!(step("confirmation-escalation"), Step::Confirmation);
        assert_eq!(
            fixture("server-error").unwrap().notice,
            Some(Notice::SendFailed)
        );
        assert_eq!(
            fixture("offline-queued").unwrap().notice,
            Some(Notice::Queued)
        );
    }
}
