//! The pure form model: steps, answers, transitions and validation.
//!
//! Owns the shopper's answers and where they are in the flow. Never touches
//! the DOM, the network or a language: the view reads it and feeds events in;
//! the payload is built from it. Host tests cover every transition and rule.

use crate::prelude::*;

pub mod attachments;
pub mod extras;
pub mod field;
pub mod flow;
pub mod prefill;
pub mod rules;

pub use extras::{CustomField, CustomKind, Extras};
pub use field::{FieldId, FieldKind};
pub use flow::{Kind, Route, Slot, Step};
pub use prefill::Prefill;
pub use rules::{FieldError, Problem};

/// What the kind of submission is, as the payload names it: the complaint
/// flow splits into a first-contact complaint and an escalation by the gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Submission {
    /// Feedback.
    Feedback,
    /// A first-contact complaint for customer service.
    Complaint,
    /// An escalation to the consumer ombudsman.
    Escalation,
    /// A problem with a purchase.
    PurchaseProblem,
}

impl Submission {
    /// The payload's name for it.
    pub fn key(self) -> &'static str {
        match self {
            Submission::Feedback => "feedback",
            Submission::Complaint => "complaint",
            Submission::Escalation => "escalation",
            Submission::PurchaseProblem => "purchase_problem",
        }
    }
}

/// What a submit attempt led to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The step is valid and the form moved on to this step.
    Moved(Step),
    /// The step has errors; the form stays where it is.
    Invalid(Vec<FieldError>),
    /// Everything is valid and the privacy notice was seen: send now.
    ReadyToSend,
    /// Nothing to do on this step (for example, the choice step has no submit).
    Stay,
}

/// The whole state of one form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    /// Answers by field (`FieldId as usize`): a plain array keeps map
    /// machinery out of the wasm module.
    values: [String; field::COUNT],
    /// Answers to the merchant's fields, by their place in `extras.fields`.
    custom: Vec<String>,
    /// Fields the shopper has left, one bit per field.
    touched: u64,
    attempted: bool,
    /// Fields that were on screen at the last submit attempt, one bit per
    /// field: only their errors show, not those of fields a later answer
    /// reveals.
    seen: u64,
    trail: Vec<Step>,
    kind: Option<Kind>,
    reference: Option<String>,
    /// Fields the endpoint refused, one bit per field.
    rejected: u64,
    /// What the flows offer (who runs the form).
    route: Route,
    /// The merchant's categories and fields.
    extras: alloc::rc::Rc<Extras>,
    /// What the page filled in, kept for a restart.
    prefill: Prefill,
    /// The files chosen, in order.
    files: Vec<attachments::Attachment>,
    /// How many files, how large.
    file_limits: attachments::Limits,
}

impl Form {
    /// A new, empty form on the choice step.
    pub fn new() -> Self {
        Form {
            trail: vec![Step::Choose],
            ..Default::default()
        }
    }

    /// A new, empty form on the choice step, with the flows of `route`.
    pub fn for_route(route: Route) -> Self {
        Form {
            route,
            ..Form::new()
        }
    }

    /// What the flows offer.
    pub fn route(&self) -> Route {
        self.route
    }

    /// Sets the merchant's categories and fields (kept by a restart).
    pub fn set_extras(&mut self, extras: alloc::rc::Rc<Extras>) {
        self.custom.resize(extras.fields.len(), String::new());
        self.extras = extras;
    }

    /// The files chosen, in order.
    pub fn files(&self) -> &[attachments::Attachment] {
        &self.files
    }

    /// Adds a chosen file at the end.
    pub fn add_file(&mut self, file: attachments::Attachment) {
        self.files.push(file);
    }

    /// Removes the file at `index` (nothing if there is none).
    pub fn remove_file(&mut self, index: usize) {
        if index < self.files.len() {
            self.files.remove(index);
        }
    }

    /// Sets how many files, how large.
    pub fn set_file_limits(&mut self, limits: attachments::Limits) {
        self.file_limits = limits;
    }

    /// How many files, how large (`max` 0: the form takes none).
    pub fn file_limits(&self) -> attachments::Limits {
        self.file_limits
    }

    /// The files to send: those chosen, if the chosen flow shows the file
    /// field (not for feedback, nor for a parcel that never came).
    pub fn files_to_send(&self) -> &[attachments::Attachment] {
        let shown = self.kind.is_some_and(|k| {
            self.visible_slots_of(k.step())
                .iter()
                .any(|s| s.field == FieldId::Attachments)
        });
        if shown {
            &self.files
        } else {
            &[]
        }
    }

    /// The first problem with the chosen files, if any.
    pub fn file_problem(&self) -> Option<attachments::FileProblem> {
        attachments::check(&self.files, self.file_limits)
    }

    /// The merchant's categories and fields.
    pub fn extras(&self) -> &Extras {
        &self.extras
    }

    /// What kind of input a field takes, merchant fields included.
    pub fn kind_of(&self, field: FieldId) -> FieldKind {
        match self.extras.custom(field) {
            Some(c) => c.kind.field_kind(),
            None => field.kind(),
        }
    }

    /// The ids a choice offers: the merchant's list, else the built-in one.
    pub fn choices(&self, field: FieldId) -> Vec<&str> {
        match (self.extras.list_for(field), self.kind_of(field)) {
            (Some(list), _) => list.iter().map(String::as_str).collect(),
            (None, FieldKind::Choice(options)) => options.to_vec(),
            _ => Vec::new(),
        }
    }

    /// The current flow's merchant field with this id, if any.
    pub fn custom_named(&self, id: &str) -> Option<FieldId> {
        let kind = self.kind?;
        self.extras
            .fields
            .iter()
            .position(|c| c.flow == kind && c.id == id)
            .map(|i| FieldId::Custom(i as u8))
    }

    /// Checks one answer, by the field's kind and choices (the files by
    /// their limits).
    pub fn check(&self, field: FieldId, required: bool) -> Result<String, FieldError> {
        if field == FieldId::Attachments {
            return match self.file_problem() {
                Some(p) => Err(FieldError {
                    field,
                    problem: Problem::File(p),
                }),
                None => Ok(String::new()),
            };
        }
        rules::check_as(
            field,
            self.kind_of(field),
            self.extras.list_for(field),
            required,
            self.value(field),
        )
    }

    /// Every slot a step can show: the flow's, with the merchant's fields
    /// of that flow before the contact details.
    pub fn slots(&self, step: Step) -> Vec<Slot> {
        let builtin = flow::slots_for(step, self.route);
        let kind = match step {
            Step::Feedback => Kind::Feedback,
            Step::Complaint => Kind::Complaint,
            Step::PurchaseProblem => Kind::PurchaseProblem,
            _ => return builtin.to_vec(),
        };
        let at = builtin
            .iter()
            .position(|s| {
                matches!(
                    s.field,
                    FieldId::ReplyWanted | FieldId::Name | FieldId::Attachments
                )
            })
            .unwrap_or(builtin.len());
        // A complaint's own fields show with its contact details (once the
        // gate is answered, or only on its "no" without an escalation).
        let shown = match kind {
            Kind::Complaint => builtin.get(at).map_or(flow::Shown::Always, |s| s.shown),
            _ => flow::Shown::Always,
        };
        // Files only where the page takes them.
        let takes = |s: &&Slot| s.field != FieldId::Attachments || self.file_limits.max > 0;
        let mut out: Vec<Slot> = builtin[..at].iter().filter(takes).copied().collect();
        for (i, c) in self.extras.fields.iter().enumerate() {
            if c.flow == kind {
                out.push(Slot {
                    field: FieldId::Custom(i as u8),
                    shown,
                    required: c.required,
                });
            }
        }
        out.extend(builtin[at..].iter().filter(takes));
        out
    }

    /// Sets what the flows offer (after a draft is restored, say).
    pub fn set_route(&mut self, route: Route) {
        self.route = route;
    }

    /// Whether the shopper is on a complaint whose gate says they have been
    /// in contact before and there is no escalation: the step shows where to
    /// turn, and there is nothing to send.
    pub fn at_dead_end(&self) -> bool {
        self.step() == Step::Complaint
            && !self.route.escalation
            && self.value(FieldId::ContactedBefore) == "yes"
    }

    /// The current step.
    pub fn step(&self) -> Step {
        self.trail.last().copied().unwrap_or(Step::Choose)
    }

    /// How many steps deep the shopper is (0 on the choice step); the view
    /// stores it in the browser history entry of each step.
    pub fn depth(&self) -> usize {
        self.trail.len().saturating_sub(1)
    }

    /// What the shopper chose on the first step, if anything yet.
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }

    /// What is being submitted, once the flow is known.
    pub fn submission(&self) -> Option<Submission> {
        Some(match self.kind? {
            Kind::Feedback => Submission::Feedback,
            Kind::PurchaseProblem => Submission::PurchaseProblem,
            Kind::Complaint => match self.value(FieldId::ContactedBefore) {
                "yes" if self.route.escalation => Submission::Escalation,
                _ => Submission::Complaint,
            },
        })
    }

    /// The reference the endpoint returned, once sent.
    pub fn reference(&self) -> Option<&str> {
        self.reference.as_deref()
    }

    /// The raw answer to a field, as typed (empty when never answered).
    pub fn value(&self, field: FieldId) -> &str {
        match field {
            FieldId::Custom(i) => self.custom.get(usize::from(i)).map_or("", String::as_str),
            f => &self.values[f.index()],
        }
    }

    fn slot_mut(&mut self, field: FieldId) -> Option<&mut String> {
        match field {
            FieldId::Custom(i) => self.custom.get_mut(usize::from(i)),
            f => self.values.get_mut(f.index()),
        }
    }

    /// Puts in what the page knows: a read-only value always, any other
    /// where the field is still empty (what the shopper typed, restored
    /// from a draft, wins). Kept for [`Form::restart`].
    pub fn prefill(&mut self, prefill: &Prefill) {
        for (field, value) in &prefill.values {
            if prefill.readonly & field.bit() != 0 || self.value(*field).is_empty() {
                if let Some(slot) = self.slot_mut(*field) {
                    value.clone_into(slot);
                }
            }
        }
        self.prefill = prefill.clone();
    }

    /// Whether the page vouches for this field's value: shown, not editable.
    pub fn is_readonly(&self, field: FieldId) -> bool {
        self.prefill.readonly & field.bit() != 0
    }

    /// Records what the shopper typed or chose. Answers to fields that a
    /// changed choice hides are kept, so changing one's mind loses nothing.
    /// A read-only field keeps the page's value.
    pub fn set(&mut self, field: FieldId, value: &str) {
        if self.is_readonly(field) {
            return;
        }
        if self.value(field) != value {
            self.rejected &= !field.bit();
        }
        if let Some(slot) = self.slot_mut(field) {
            value.clone_into(slot);
        }
    }

    /// The shopper left a field: from now on its errors are shown.
    pub fn leave(&mut self, field: FieldId) {
        self.touched |= field.bit();
    }

    /// Whether the shopper has tried to submit the current step.
    pub fn attempted(&self) -> bool {
        self.attempted
    }

    /// The slots of the current step that are shown, given the answers.
    pub fn visible_slots(&self) -> Vec<Slot> {
        self.visible_slots_of(self.step())
    }

    fn visible_slots_of(&self, step: Step) -> Vec<Slot> {
        self.slots(step)
            .into_iter()
            .filter(|s| flow::is_shown(s.shown, |f| rules::clean(f.kind(), self.value(f))))
            .collect()
    }

    /// Whether a field is shown on the current step.
    pub fn is_visible(&self, field: FieldId) -> bool {
        self.visible_slots().iter().any(|s| s.field == field)
    }

    /// Every error on the shown fields of a step, in the order of the form:
    /// the widget's own rules first, then what the endpoint refused.
    pub fn errors_of(&self, step: Step) -> Vec<FieldError> {
        self.visible_slots_of(step)
            .iter()
            .filter_map(|s| {
                self.check(s.field, s.required).err().or_else(|| {
                    (self.rejected & s.field.bit() != 0).then_some(FieldError {
                        field: s.field,
                        problem: Problem::Rejected,
                    })
                })
            })
            .collect()
    }

    /// The endpoint refused these fields (HTTP 422 with field errors): go
    /// back to the form step and show them there, keeping every answer.
    /// Fields the flow does not show are ignored. Returns whether any error
    /// is now shown.
    pub fn reject(&mut self, fields: &[FieldId]) -> bool {
        let Some(kind) = self.kind else { return false };
        for f in fields {
            self.rejected |= f.bit();
        }
        let shown = !self.errors_of(kind.step()).is_empty();
        if shown {
            while self.step() != kind.step() && self.trail.len() > 1 {
                self.trail.pop();
            }
            self.attempt(kind.step());
        }
        shown
    }

    /// Marks a submit attempt on `step`: its fields now on screen are the
    /// ones whose errors show.
    fn attempt(&mut self, step: Step) {
        self.attempted = true;
        self.seen = self
            .visible_slots_of(step)
            .iter()
            .fold(0, |bits, s| bits | s.field.bit());
    }

    /// The errors the shopper should see now: after a submit attempt, those
    /// of the fields that were on screen then; otherwise (and for fields
    /// revealed since) only on fields they have left. Never while they are
    /// still typing a first answer.
    pub fn shown_errors(&self) -> Vec<FieldError> {
        self.errors_of(self.step())
            .into_iter()
            .filter(|e| {
                (self.attempted && self.seen & e.field.bit() != 0)
                    || self.touched & e.field.bit() != 0
            })
            .collect()
    }

    /// The error currently shown for one field, if any.
    pub fn shown_error(&self, field: FieldId) -> Option<FieldError> {
        self.shown_errors().into_iter().find(|e| e.field == field)
    }

    /// First step: choose what to do. Only valid on the choice step.
    pub fn choose(&mut self, kind: Kind) -> Step {
        if self.step() == Step::Choose {
            self.kind = Some(kind);
            self.push(kind.step());
        }
        self.step()
    }

    /// The shopper pressed the step's main button.
    pub fn submit(&mut self) -> Outcome {
        if self.at_dead_end() {
            return Outcome::Stay;
        }
        match self.step() {
            Step::Feedback | Step::Complaint | Step::PurchaseProblem => {
                let errors = self.errors_of(self.step());
                if errors.is_empty() {
                    self.push(Step::Privacy);
                    Outcome::Moved(Step::Privacy)
                } else {
                    self.attempt(self.step());
                    Outcome::Invalid(errors)
                }
            }
            Step::Privacy => match self.kind {
                Some(kind) if self.errors_of(kind.step()).is_empty() => Outcome::ReadyToSend,
                // Unreachable through the view, but a model must not send an
                // invalid form: take the shopper back to the form step.
                Some(kind) => {
                    self.trail.retain(|s| *s != Step::Privacy);
                    self.attempt(kind.step());
                    Outcome::Invalid(self.errors_of(kind.step()))
                }
                None => Outcome::Stay,
            },
            Step::Choose | Step::Confirmation => Outcome::Stay,
        }
    }

    /// Goes forward one step the way the browser's forward button does: the
    /// choice step moves on to the chosen flow; a form step must be valid.
    pub fn forward(&mut self) -> Outcome {
        match (self.step(), self.kind) {
            (Step::Choose, Some(kind)) => Outcome::Moved(self.choose(kind)),
            (Step::Privacy, _) => Outcome::Stay,
            _ => self.submit(),
        }
    }

    /// One step back. Not possible from the first step or after sending.
    pub fn back(&mut self) -> Option<Step> {
        if self.trail.len() <= 1 || self.step() == Step::Confirmation {
            return None;
        }
        self.trail.pop();
        self.attempted = false;
        Some(self.step())
    }

    /// The endpoint accepted the submission: show the confirmation. The trail
    /// is cut so that going back cannot send the same form again.
    pub fn confirm(&mut self, reference: &str) {
        self.reference = Some(reference.to_string());
        self.trail = vec![Step::Confirmation];
        self.attempted = false;
    }

    /// Starts again with an empty form (after a confirmation), but for
    /// what the page filled in.
    pub fn restart(&mut self) {
        let prefill = core::mem::take(&mut self.prefill);
        let extras = core::mem::take(&mut self.extras);
        let limits = self.file_limits;
        *self = Form::for_route(self.route);
        self.set_extras(extras);
        self.file_limits = limits;
        self.prefill(&prefill);
    }

    /// The cleaned, non-empty answers of the fields the chosen flow shows:
    /// what gets sent. Hidden answers are not sent.
    pub fn answers(&self) -> Vec<(FieldId, String)> {
        let Some(kind) = self.kind else {
            return Vec::new();
        };
        self.visible_slots_of(kind.step())
            .iter()
            .filter_map(|s| self.check(s.field, s.required).ok().map(|v| (s.field, v)))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    fn push(&mut self, step: Step) {
        self.trail.push(step);
        self.attempted = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldId as F;

    fn fill(form: &mut Form, answers: &[(FieldId, &str)]) {
        for (f, v) in answers {
            form.set(*f, v);
        }
    }

    fn contact(form: &mut Form) {
        fill(
            form,
            &[(F::Name, "Anna de Vries"), (F::Email, "anna@example.nl")],
        );
    }

    fn fields(errors: &[FieldError]) -> Vec<FieldId> {
        errors.iter().map(|e| e.field).collect()
    }

    #[test]
    fn starts_on_choose_and_nothing_to_submit_there() {
        let mut form = Form::new();
        assert_eq!(form.step(), Step::Choose);
        assert_eq!(form.depth(), 0);
        assert_eq!(form.submit(), Outcome::Stay);
        assert_eq!(form.back(), None);
        assert_eq!(form.submission(), None);
        assert!(form.answers().is_empty());
    }

    #[test]
    fn each_choice_opens_its_flow() {
        for (kind, step) in [
            (Kind::Feedback, Step::Feedback),
            (Kind::Complaint, Step::Complaint),
            (Kind::PurchaseProblem, Step::PurchaseProblem),
        ] {
            let mut form = Form::new();
            assert_eq!(form.choose(kind), step);
            assert_eq!(form.depth(), 1);
            assert_eq!(form.kind(), Some(kind));
            assert_eq!(form.back(), Some(Step::Choose));
        }
    }

    #[test]
    fn choose_only_works_on_the_choice_step() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        assert_eq!(form.choose(Kind::Complaint), Step::Feedback);
        assert_eq!(form.kind(), Some(Kind::Feedback));
    }

    #[test]
    fn empty_feedback_lists_required_fields_in_order() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        let Outcome::Invalid(errors) = form.submit() else {
            panic!("expected errors")
        };
        assert_eq!(fields(&errors), vec![F::FeedbackTopic, F::FeedbackMessage]);
        assert!(form.attempted());
        assert_eq!(form.shown_errors().len(), 2);
    }

    #[test]
    fn feedback_reply_reveals_a_required_email() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        fill(
            &mut form,
            &[(F::FeedbackTopic, "app"), (F::FeedbackMessage, "Great app")],
        );
        assert!(!form.is_visible(F::Email));
        form.set(F::ReplyWanted, "yes");
        assert!(form.is_visible(F::Email) && form.is_visible(F::Name));
        let Outcome::Invalid(errors) = form.submit() else {
            panic!()
        };
        assert_eq!(fields(&errors), vec![F::Email]);
        form.set(F::Email, "anna@example.nl");
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        assert_eq!(form.submit(), Outcome::ReadyToSend);
        assert_eq!(form.submission(), Some(Submission::Feedback));
    }

    #[test]
    fn feedback_without_reply_does_not_send_a_hidden_email() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        fill(
            &mut form,
            &[
                (F::FeedbackTopic, "app"),
                (F::FeedbackMessage, "Hi"),
                (F::Email, "bad@"),
            ],
        );
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        let sent: Vec<_> = form.answers().into_iter().map(|(f, _)| f).collect();
        assert_eq!(sent, vec![F::FeedbackTopic, F::FeedbackMessage]);
    }

    #[test]
    fn the_gate_is_required_and_hides_everything_else_until_answered() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        let visible: Vec<_> = form.visible_slots().iter().map(|s| s.field).collect();
        assert_eq!(visible, vec![F::ContactedBefore]);
        let Outcome::Invalid(errors) = form.submit() else {
            panic!()
        };
        assert_eq!(errors[0].message_id(), "error-contacted-before-required");
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn gate_no_is_a_first_contact_complaint() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "no");
        let Outcome::Invalid(errors) = form.submit() else {
            panic!()
        };
        assert_eq!(
            fields(&errors),
            vec![
                F::ComplaintCategory,
                F::WhatWentWrong,
                F::WantedOutcome,
                F::Name,
                F::Email
            ]
        );
        fill(
            &mut form,
            &[
                (F::ComplaintCategory, "refund"),
                (F::WhatWentWrong, "Refund missing"),
                (F::WantedOutcome, "My money back"),
            ],
        );
        contact(&mut form);
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        assert_eq!(form.submission(), Some(Submission::Complaint));
    }

    #[test]
    fn gate_yes_is_an_escalation() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "yes");
        let Outcome::Invalid(errors) = form.submit() else {
            panic!()
        };
        assert_eq!(
            fields(&errors),
            vec![
                F::PreviousCaseReference,
                F::EarlierContacts,
                F::WhyDissatisfied,
                F::WantedResolution,
                F::Name,
                F::Email
            ]
        );
        fill(
            &mut form,
            &[
                (F::PreviousCaseReference, "CS-123456"),
                (F::EarlierContacts, "Called twice"),
                (F::WhyDissatisfied, "No answer"),
                (F::WantedResolution, "Refund"),
            ],
        );
        contact(&mut form);
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        assert_eq!(form.submission(), Some(Submission::Escalation));
    }

    #[test]
    fn changing_the_gate_keeps_answers_that_still_apply() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "yes");
        fill(
            &mut form,
            &[
                (F::PreviousCaseReference, "CS-1234"),
                (F::EarlierContacts, "Two calls"),
            ],
        );
        contact(&mut form);
        form.set(F::ContactedBefore, "no");
        assert!(!form.is_visible(F::PreviousCaseReference));
        assert!(form.is_visible(F::Name));
        assert_eq!(form.value(F::Name), "Anna de Vries");
        // Back to yes: the escalation answers are still there.
        form.set(F::ContactedBefore, "yes");
        assert_eq!(form.value(F::PreviousCaseReference), "CS-1234");
        // Only what the final path shows is sent.
        form.set(F::ContactedBefore, "no");
        fill(
            &mut form,
            &[
                (F::ComplaintCategory, "service"),
                (F::WhatWentWrong, "x"),
                (F::WantedOutcome, "y"),
            ],
        );
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        let sent: Vec<_> = form.answers().into_iter().map(|(f, _)| f).collect();
        assert!(!sent.contains(&F::PreviousCaseReference));
        assert!(sent.contains(&F::Name));
    }

    #[test]
    fn purchase_problem_needs_tracking_only_for_unconfirmed_returns() {
        let mut form = Form::new();
        form.choose(Kind::PurchaseProblem);
        fill(
            &mut form,
            &[
                (F::PurchaseIssue, "not-received"),
                (F::OrderReference, "ORD-1001"),
                (F::Seller, "Fietsen BV"),
                (F::ProblemDescription, "Never arrived"),
            ],
        );
        contact(&mut form);
        assert!(!form.is_visible(F::ReturnTracking));
        form.set(F::PurchaseIssue, "return-not-confirmed");
        let Outcome::Invalid(errors) = form.submit() else {
            panic!()
        };
        assert_eq!(fields(&errors), vec![F::ReturnTracking]);
        form.set(F::ReturnTracking, "3SABC1234567");
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        assert_eq!(form.submission(), Some(Submission::PurchaseProblem));
    }

    #[test]
    fn fields_revealed_after_a_submit_attempt_show_no_errors_until_submitted_or_left() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        let Outcome::Invalid(_) = form.submit() else {
            panic!("the gate is required")
        };
        let shown: Vec<_> = form.shown_errors().iter().map(|e| e.field).collect();
        assert!(shown.contains(&F::ContactedBefore));
        form.set(F::ContactedBefore, "yes");
        assert!(form.is_visible(F::PreviousCaseReference));
        assert_eq!(
            form.shown_errors(),
            Vec::new(),
            "the fields Yes reveals were never on screen at the attempt"
        );
        form.leave(F::WhyDissatisfied);
        assert_eq!(fields(&form.shown_errors()), vec![F::WhyDissatisfied]);
        let Outcome::Invalid(errors) = form.submit() else {
            panic!("still incomplete")
        };
        assert_eq!(
            form.shown_errors(),
            errors,
            "all of them after the next attempt"
        );
    }

    #[test]
    fn errors_show_after_leaving_a_field_not_while_typing() {
        let mut form = Form::new();
        form.choose(Kind::PurchaseProblem);
        form.set(F::Email, "anna@");
        assert!(
            form.shown_errors().is_empty(),
            "still typing a first answer"
        );
        form.leave(F::Email);
        assert_eq!(
            form.shown_error(F::Email).map(|e| e.problem),
            Some(Problem::Format)
        );
        assert_eq!(form.shown_errors().len(), 1, "only the field that was left");
        form.set(F::Email, "anna@example.nl");
        assert!(form.shown_error(F::Email).is_none());
    }

    #[test]
    fn back_and_forward() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        fill(
            &mut form,
            &[
                (F::FeedbackTopic, "service"),
                (F::FeedbackMessage, "Thanks"),
            ],
        );
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        assert_eq!(form.depth(), 2);
        assert_eq!(form.back(), Some(Step::Feedback));
        assert_eq!(form.value(F::FeedbackMessage), "Thanks");
        assert_eq!(form.back(), Some(Step::Choose));
        assert_eq!(form.forward(), Outcome::Moved(Step::Feedback));
        assert_eq!(form.forward(), Outcome::Moved(Step::Privacy));
        assert_eq!(form.forward(), Outcome::Stay, "forward never sends");
        form.back();
        form.set(F::FeedbackMessage, "");
        assert!(
            matches!(form.forward(), Outcome::Invalid(_)),
            "forward validates like submit"
        );
        assert_eq!(form.step(), Step::Feedback);
    }

    #[test]
    fn going_back_to_choose_and_picking_another_flow_keeps_shared_answers() {
        let mut form = Form::new();
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "no");
        contact(&mut form);
        form.set(F::OrderReference, "ORD-77");
        form.back();
        form.choose(Kind::PurchaseProblem);
        assert_eq!(form.value(F::Email), "anna@example.nl");
        assert_eq!(form.value(F::OrderReference), "ORD-77");
    }

    #[test]
    fn confirmation_cuts_the_trail_and_restart_empties_the_form() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        fill(
            &mut form,
            &[
                (F::FeedbackTopic, "service"),
                (F::FeedbackMessage, "Thanks"),
            ],
        );
        form.submit();
        assert_eq!(form.submit(), Outcome::ReadyToSend);
        form.confirm("K-2026-0001");
        assert_eq!(form.step(), Step::Confirmation);
        assert_eq!(form.reference(), Some("K-2026-0001"));
        assert_eq!(form.back(), None);
        assert_eq!(form.submit(), Outcome::Stay);
        form.restart();
        assert_eq!(form, Form::new());
    }

    #[test]
    fn privacy_never_sends_an_invalid_form() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        fill(
            &mut form,
            &[
                (F::FeedbackTopic, "service"),
                (F::FeedbackMessage, "Thanks"),
            ],
        );
        form.submit();
        form.set(F::FeedbackMessage, "");
        assert!(matches!(form.submit(), Outcome::Invalid(_)));
        assert_eq!(form.step(), Step::Feedback);
    }

    #[test]
    fn server_rejections_go_back_to_the_form_and_clear_when_the_answer_changes() {
        let mut form = Form::new();
        form.choose(Kind::Feedback);
        fill(
            &mut form,
            &[
                (F::FeedbackTopic, "app"),
                (F::FeedbackMessage, "Hello"),
                (F::ReplyWanted, "yes"),
            ],
        );
        form.set(F::Email, "anna@example.nl");
        form.submit();
        assert_eq!(form.step(), Step::Privacy);
        assert!(
            form.reject(&[F::Email, F::Phone]),
            "phone is not shown in feedback, email is"
        );
        assert_eq!(form.step(), Step::Feedback);
        assert!(form.attempted());
        let shown = form.shown_errors();
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].message_id(), "error-rejected");
        assert_eq!(
            form.value(F::Email),
            "anna@example.nl",
            "nothing typed is lost"
        );
        form.set(F::Email, "anna@example.com");
        assert!(form.shown_errors().is_empty());
        assert!(
            !form.reject(&[F::Phone]),
            "nothing shown, nothing to go back for"
        );
    }

    #[test]
    fn step_and_kind_keys_round_trip() {
        for s in [
            Step::Choose,
            Step::Feedback,
            Step::Complaint,
            Step::PurchaseProblem,
            Step::Privacy,
            Step::Confirmation,
        ] {
            assert_eq!(Step::from_key(s.key()), Some(s));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
        assert_eq!(Kind::from_key("x"), None);
    }

    const SHOP_ONLY: Route = Route {
        shop: true,
        escalation: false,
    };

    #[test]
    fn without_an_escalation_the_gates_yes_shows_no_form_and_sends_nothing() {
        let mut form = Form::for_route(SHOP_ONLY);
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "yes");
        assert!(form.at_dead_end());
        assert_eq!(
            form.visible_slots()
                .iter()
                .map(|s| s.field)
                .collect::<Vec<_>>(),
            [F::ContactedBefore],
            "no escalation fields, no contact details"
        );
        assert_eq!(form.submit(), Outcome::Stay);
        assert_eq!(form.forward(), Outcome::Stay);
        assert_eq!(form.step(), Step::Complaint);
        assert_eq!(form.submission(), Some(Submission::Complaint));
        // No: the first-contact complaint, with contact details, as ever.
        form.set(F::ContactedBefore, "no");
        assert!(!form.at_dead_end());
        assert!(form.is_visible(F::Name) && form.is_visible(F::WhatWentWrong));
        let Outcome::Invalid(errors) = form.submit() else {
            panic!()
        };
        assert!(fields(&errors).contains(&F::Email));
        // Starting again keeps the route.
        form.restart();
        assert_eq!(form.route(), SHOP_ONLY);
    }

    #[test]
    fn a_shop_with_a_complaints_manager_takes_escalations() {
        let mut form = Form::for_route(Route {
            shop: true,
            escalation: true,
        });
        form.choose(Kind::Complaint);
        form.set(F::ContactedBefore, "yes");
        assert!(!form.at_dead_end());
        assert!(form.is_visible(F::PreviousCaseReference) && form.is_visible(F::Email));
        assert_eq!(form.submission(), Some(Submission::Escalation));
    }

    #[test]
    fn a_problem_with_an_order_from_the_shop_names_no_seller_and_tracking_is_optional() {
        let mut form = Form::for_route(SHOP_ONLY);
        form.choose(Kind::PurchaseProblem);
        fill(
            &mut form,
            &[
                (F::PurchaseIssue, "return-not-confirmed"),
                (F::OrderReference, "ORD-1001"),
                (F::Seller, "typed before, never sent"),
                (F::ProblemDescription, "The refund has not arrived"),
            ],
        );
        contact(&mut form);
        assert!(!form.is_visible(F::Seller));
        assert!(form.is_visible(F::ReturnTracking));
        assert_eq!(form.submit(), Outcome::Moved(Step::Privacy));
        let sent: Vec<_> = form.answers().into_iter().map(|(f, _)| f).collect();
        assert!(!sent.contains(&F::Seller) && !sent.contains(&F::ReturnTracking));
        assert_eq!(form.submission(), Some(Submission::PurchaseProblem));
    }

    fn page_knows() -> Prefill {
        Prefill {
            values: vec![
                (F::Email, "anna@example.nl".into()),
                (F::OrderReference, "ORD-1234".into()),
            ],
            readonly: F::Email.bit(),
        }
    }

    #[test]
    fn prefill_fills_empty_fields_and_locks_readonly_ones() {
        let mut form = Form::new();
        form.prefill(&page_knows());
        assert_eq!(form.value(F::Email), "anna@example.nl");
        assert_eq!(form.value(F::OrderReference), "ORD-1234");
        assert!(form.is_readonly(F::Email));
        assert!(!form.is_readonly(F::OrderReference));
        form.set(F::Email, "someone@else.example");
        form.set(F::OrderReference, "ORD-9999");
        assert_eq!(form.value(F::Email), "anna@example.nl");
        assert_eq!(form.value(F::OrderReference), "ORD-9999");
    }

    #[test]
    fn what_the_shopper_typed_wins_over_prefill_except_readonly() {
        // As restored from a draft: both fields typed before.
        let mut form = Form::new();
        fill(
            &mut form,
            &[
                (F::Email, "typed@example.nl"),
                (F::OrderReference, "ORD-TYPED"),
            ],
        );
        form.prefill(&page_knows());
        assert_eq!(form.value(F::OrderReference), "ORD-TYPED");
        assert_eq!(form.value(F::Email), "anna@example.nl");
    }

    #[test]
    fn a_restart_keeps_the_prefill() {
        let mut form = Form::new();
        form.prefill(&page_knows());
        form.choose(Kind::Feedback);
        form.set(F::OrderReference, "ORD-9999");
        form.restart();
        assert_eq!(form.step(), Step::Choose);
        assert_eq!(form.value(F::OrderReference), "ORD-1234");
        assert!(form.is_readonly(F::Email));
    }
}
