//! Builds the DOM of one step from the model: headings, hints, fields, the
//! error summary and the buttons. Knows nothing of events; the controller in
//! [`crate::ui`] wires those through `data-` attributes on what is built here.

use crate::prelude::*;

use web_sys::{Document, Element};

use super::dom::Dom;
use super::tree::{Tree, N};
use crate::config::{Config, Texts};
use crate::delivery::Notice;
use crate::form::flow::Shown;
use crate::form::{FieldId, FieldKind, Form, Kind, Step};
use crate::i18n::{Arg, Localizer};
use crate::market::{BodyName, Operator, Target};

/// The parts of one field the controller updates after it is built.
pub struct FieldView {
    /// Which field.
    pub field: FieldId,
    /// The wrapper (hidden when the field's condition does not hold).
    pub wrapper: Element,
    /// The inputs: one for text, one per option for radios.
    pub controls: Vec<Element>,
    /// The element whose `aria-describedby` lists hint, counter and error.
    pub described: Element,
    /// Ids always in `aria-describedby` (hint, counter), space-separated.
    pub base_describedby: String,
    /// The inline error message.
    pub error: Element,
    /// The live character counter of long text.
    pub counter: Option<Element>,
}

/// The parts of a rendered step the controller updates.
pub struct StepView {
    /// The step heading; takes focus when the step changes.
    pub title: Element,
    /// The error summary box.
    pub summary: Element,
    /// Its list of links.
    pub summary_list: Element,
    /// Every field of the step.
    pub fields: Vec<FieldView>,
    /// Elements shown only under a condition, with that condition.
    pub conditional: Vec<(Element, Shown)>,
    /// The main button, if the step has one.
    pub submit: Option<Element>,
}

/// Everything the view needs to read.
pub struct Ctx<'a> {
    /// The document to build in.
    pub doc: &'a Document,
    /// The model.
    pub form: &'a Form,
    /// The strings.
    pub l10n: &'a Localizer,
    /// The configuration.
    pub config: &'a Config,
    /// A sending notice to show on the privacy step.
    pub notice: Option<Notice>,
}

/// The id of a field's control (for radios: of its first option).
pub fn control_id(form: &Form, field: FieldId) -> String {
    match form.kind_of(field) {
        FieldKind::Choice(_) => [
            "cw-",
            &field.name(),
            "-",
            form.choices(field).first().copied().unwrap_or(""),
        ]
        .concat(),
        _ => ["cw-", &field.name()].concat(),
    }
}

/// Whole megabytes (MiB) in `bytes`, at least 1.
pub fn megabytes(bytes: u64) -> u64 {
    (bytes / (1024 * 1024)).max(1)
}

/// A merchant field's label in `lang` (its id if it somehow has none).
pub fn custom_label(config: &Config, lang: &str, field: FieldId) -> String {
    let FieldId::Custom(i) = field else {
        return String::new();
    };
    config
        .texts
        .fields
        .get(usize::from(i))
        .and_then(|(label, _, _)| Texts::pick(label, lang))
        .map(str::to_string)
        .or_else(|| config.extras.custom(field).map(|c| c.id.clone()))
        .unwrap_or_default()
}

/// A message that states a time: `$time` ("14 days") and `$days` (0 when
/// none is stated, which the message words without a time).
fn timed(l10n: &Localizer, id: &str, t: Target) -> String {
    l10n.format(
        id,
        &[
            ("time", Arg::Str(time_text(l10n, t))),
            ("days", Arg::Num(f64::from(t.days))),
        ],
    )
}

/// The arguments every message may use, for who runs the form (see
/// `i18n::catalog`): `operator`, `escalation` (`ombudsman`, `manager` or
/// `none`) and `name`, who reviews after customer service (the
/// `escalation` option's, else the built-in `escalation-name`).
pub fn globals(config: &Config, form: &Form, l10n: &Localizer) -> Vec<(&'static str, Arg)> {
    let escalation = match (form.route().escalation, config.operator) {
        (false, _) => "none",
        (true, Operator::PaymentProvider) => "ombudsman",
        (true, Operator::Merchant) => "manager",
    };
    let name = config
        .escalation
        .as_ref()
        .and_then(|e| e.name.clone())
        .unwrap_or_else(|| {
            l10n.format(
                "escalation-name",
                &[("escalation", Arg::Str(escalation.into()))],
            )
        });
    vec![
        ("operator", Arg::Str(config.operator.key().into())),
        ("escalation", Arg::Str(escalation.into())),
        ("name", Arg::Str(name)),
    ]
}

/// Text for "N days" / "N working days" in the current language.
pub fn time_text(l10n: &Localizer, t: Target) -> String {
    l10n.format(
        "days",
        &[
            ("days", Arg::Num(f64::from(t.days))),
            (
                "working",
                Arg::Str(if t.working_days { "yes" } else { "no" }.to_string()),
            ),
        ],
    )
}

/// The heading of the current step.
pub fn step_title(ctx: &Ctx) -> String {
    let step = ctx.form.step();
    if step == Step::Confirmation {
        let kind = ctx
            .form
            .submission()
            .map(|s| s.key())
            .unwrap_or("complaint");
        return ctx.l10n.format(
            "step-confirmation-title",
            &[("kind", Arg::Str(kind.to_string()))],
        );
    }
    ctx.l10n.text(&["step-", step.key(), "-title"].concat())
}

/// The numbers of a step's position, as message arguments.
fn position_args(step: u8, total: u8) -> [(&'static str, Arg); 2] {
    [
        ("step", Arg::Num(f64::from(step))),
        ("total", Arg::Num(f64::from(total))),
    ]
}

/// What the status region says when a step opens: its heading and, on the
/// steps that count, where it stands ("… (step 2 of 3)").
pub fn step_announcement(ctx: &Ctx) -> String {
    let title = ("title", Arg::Str(step_title(ctx)));
    match ctx.form.step().position() {
        Some((n, of)) => {
            let [step, total] = position_args(n, of);
            ctx.l10n
                .format("status-step-progress", &[title, step, total])
        }
        None => ctx.l10n.format("status-step", &[title]),
    }
}

/// A field's parts, named by their place in the tree before it is applied.
struct FieldPlan {
    field: FieldId,
    wrapper: N,
    controls: Vec<N>,
    described: N,
    base_describedby: String,
    error: N,
    counter: Option<N>,
}

/// A step's parts, named by their place in the tree.
struct Plan<'a> {
    ctx: &'a Ctx<'a>,
    t: Tree,
    fields: Vec<FieldPlan>,
    conditional: Vec<(N, Shown)>,
}

/// Builds the current step into a new `<form>`: described as a [`Tree`],
/// made in one call.
pub fn build(ctx: &Ctx) -> Dom<(Element, StepView)> {
    let step = ctx.form.step();
    let mut p = Plan {
        ctx,
        t: Tree::new(),
        fields: Vec::new(),
        conditional: Vec::new(),
    };
    let form_el = p.t.el("form", "cw-form");
    p.t.attrs(
        form_el,
        &[
            ("novalidate", ""),
            ("aria-labelledby", "cw-title"),
            ("part", "form"),
        ],
    );

    // Where the shopper is; not a live region: the status region says it.
    if let Some((n, of)) = step.position() {
        let text = ctx.l10n.format("step-progress", &position_args(n, of));
        let el = p.t.text_el("p", "cw-progress", &text);
        p.t.attr(el, "id", "cw-progress");
        p.t.add(form_el, el);
    }
    let title = p.t.text_el("h2", "cw-title", &step_title(ctx));
    p.t.attrs(
        title,
        &[("id", "cw-title"), ("tabindex", "-1"), ("part", "title")],
    );
    p.t.add(form_el, title);

    let (summary, summary_list) = p.error_summary();
    p.t.add(form_el, summary);

    match step {
        Step::Choose => p.choose(form_el),
        Step::Feedback | Step::Complaint | Step::PurchaseProblem => p.fields(form_el),
        Step::Privacy => p.privacy(form_el),
        Step::Confirmation => p.confirmation(form_el),
    }

    if step == Step::Privacy {
        // The notice is focused when it appears, so it is not also a live region.
        let notice = match ctx.notice {
            Some(Notice::SendFailed) => Some(("send-failed", "cw-notice cw-notice--error")),
            Some(Notice::Unconfirmed) => Some(("send-unconfirmed", "cw-notice cw-notice--error")),
            Some(Notice::Queued) => Some(("send-queued", "cw-notice")),
            Some(Notice::Refused) => Some(("send-refused", "cw-notice cw-notice--error")),
            Some(Notice::Unavailable) => Some(("send-unavailable", "cw-notice cw-notice--error")),
            None => None,
        };
        if let Some((id, class)) = notice {
            let el = p.t.text_el("p", class, &ctx.l10n.text(id));
            p.t.attrs(
                el,
                &[("id", "cw-notice"), ("tabindex", "-1"), ("part", "notice")],
            );
            p.t.add(form_el, el);
        }
    }
    let submit = p.actions(form_el);
    if step == Step::Complaint && !ctx.form.route().escalation {
        // The gate's yes leads to the dispute bodies: nothing to continue to.
        if let Some(b) = submit {
            p.conditional.push((b, Shown::NotGate("yes")));
        }
    }

    let made = p.t.apply(ctx.doc)?;
    let view = StepView {
        title: made.get(title),
        summary: made.get(summary),
        summary_list: made.get(summary_list),
        fields: p
            .fields
            .into_iter()
            .map(|f| FieldView {
                field: f.field,
                wrapper: made.get(f.wrapper),
                controls: f.controls.iter().map(|&c| made.get(c)).collect(),
                described: made.get(f.described),
                base_describedby: f.base_describedby,
                error: made.get(f.error),
                counter: f.counter.map(|c| made.get(c)),
            })
            .collect(),
        conditional: p
            .conditional
            .into_iter()
            .map(|(n, shown)| (made.get(n), shown))
            .collect(),
        submit: submit.map(|b| made.get(b)),
    };
    Ok((made.get(form_el), view))
}

impl Plan<'_> {
    fn error_summary(&mut self) -> (N, N) {
        let t = &mut self.t;
        let summary = t.el("div", "cw-summary");
        t.attrs(
            summary,
            &[
                ("tabindex", "-1"),
                ("aria-labelledby", "cw-summary-title"),
                ("part", "error-summary"),
                ("hidden", ""),
            ],
        );
        let heading = t.text_el(
            "h3",
            "cw-summary-title",
            &self.ctx.l10n.text("error-summary-title"),
        );
        t.attr(heading, "id", "cw-summary-title");
        let list = t.el("ul", "cw-summary-list");
        t.append(summary, &[heading, list]);
        (summary, list)
    }

    fn intro(&mut self, parent: N, id: &str) {
        let p = self.t.text_el("p", "cw-intro", &self.ctx.l10n.text(id));
        self.t.add(parent, p);
    }

    fn choose(&mut self, form_el: N) {
        let l10n = self.ctx.l10n;
        self.intro(form_el, "step-choose-intro");
        let t = &mut self.t;
        let list = t.el("ul", "cw-choices");
        for kind in Kind::ALL {
            let key = kind.key();
            let item = t.el("li", "cw-choice");
            let id = ["cw-choose-", key].concat();
            let hint_id = [&id, "-hint"].concat();
            let button = t.text_el(
                "button",
                "cw-choice-button",
                &l10n.text(&["choose-", key].concat()),
            );
            t.attrs(
                button,
                &[
                    ("type", "button"),
                    ("id", &id),
                    ("data-choose", key),
                    ("aria-describedby", &hint_id),
                    ("part", "choice"),
                ],
            );
            let hint = t.text_el(
                "p",
                "cw-hint",
                &l10n.text(&["choose-", key, "-hint"].concat()),
            );
            t.attr(hint, "id", &hint_id);
            t.append(item, &[button, hint]);
            t.add(list, item);
        }
        t.add(form_el, list);
    }

    fn fields(&mut self, form_el: N) {
        let ctx = self.ctx;
        let step = ctx.form.step();
        self.intro(form_el, &["step-", step.key(), "-intro"].concat());
        let market = ctx.config.resolve();
        let route = ctx.form.route();
        for slot in ctx.form.slots(step) {
            if slot.field == FieldId::Name {
                let h = self
                    .t
                    .text_el("h3", "cw-subtitle", &ctx.l10n.text("contact-title"));
                self.t.add(form_el, h);
                self.conditional.push((h, slot.shown));
            }
            let fv = self.field(slot.field, slot.required);
            self.t.add(form_el, fv.wrapper);
            self.conditional.push((fv.wrapper, slot.shown));
            self.fields.push(fv);
            if slot.field == FieldId::ContactedBefore {
                // What each answer to the gate leads to, revealed under it.
                for (answer, id, target) in [
                    ("no", "complaint-first-contact-intro", market.complaint),
                    ("yes", "complaint-escalation-intro", market.escalation),
                ] {
                    let inset = if answer == "yes" && !route.escalation {
                        // No review after customer service: where to turn
                        // instead, and nothing to send (the button hides).
                        let div = self.t.el("div", "cw-inset");
                        self.t.attr(div, "id", "cw-elsewhere");
                        let p =
                            self.t
                                .text_el("p", "", &ctx.l10n.text("complaint-elsewhere-intro"));
                        self.t.add(div, p);
                        if !market.bodies.is_empty() {
                            let list = self.bodies_list(&market.bodies);
                            self.t.add(div, list);
                        }
                        div
                    } else {
                        self.t
                            .text_el("p", "cw-inset", &timed(ctx.l10n, id, target))
                    };
                    self.t.add(form_el, inset);
                    self.conditional.push((inset, Shown::Gate(answer)));
                }
            }
        }
    }

    /// A label or legend's text, with " (optional)" for a field that is not
    /// required.
    fn label(&mut self, tag: &str, class: &str, text: &str, required: bool) -> N {
        let label = self.t.text_el(tag, class, text);
        if !required {
            let optional = [" ", &self.ctx.l10n.text("label-optional")].concat();
            let span = self.t.text_el("span", "cw-optional", &optional);
            self.t.add(label, span);
        }
        label
    }

    /// A typed field's label (for `id`), then its hint and error, into
    /// `wrapper`.
    fn heading(&mut self, wrapper: N, id: &str, text: &str, required: bool, after: [Option<N>; 2]) {
        let label = self.label("label", "cw-label", text, required);
        self.t.attr(label, "for", id);
        self.t.add(wrapper, label);
        for n in after.into_iter().flatten() {
            self.t.add(wrapper, n);
        }
    }

    fn field(&mut self, field: FieldId, required: bool) -> FieldPlan {
        let ctx = self.ctx;
        let name = field.name();
        let key: &str = &name;
        let l10n = ctx.l10n;
        let lang = l10n.lang();
        let custom = ctx.config.texts.fields.get(match field {
            FieldId::Custom(i) => usize::from(i),
            _ => usize::MAX,
        });
        let wrapper = self.t.el("div", "cw-field");
        self.t
            .attrs(wrapper, &[("data-field-wrapper", key), ("part", "field")]);
        let label_text = match custom {
            Some(_) => custom_label(ctx.config, lang, field),
            None => l10n.text(&["field-", key, "-label"].concat()),
        };
        let id = ["cw-", key].concat();
        let hint_id = [&id, "-hint"].concat();
        let error_id = [&id, "-error"].concat();
        // Ids for `aria-describedby`, space-separated.
        let mut base = String::new();

        let hint_text = match custom {
            Some((_, hint, _)) => Texts::pick(hint, lang).map(str::to_string),
            None if field == FieldId::Attachments => {
                let limits = ctx.form.file_limits();
                Some(l10n.format(
                    "field-attachments-hint",
                    &[
                        ("max", Arg::Num(f64::from(limits.max))),
                        ("mb", Arg::Num(megabytes(limits.max_bytes) as f64)),
                    ],
                ))
            }
            None => field
                .has_hint()
                .then(|| l10n.text(&["field-", key, "-hint"].concat())),
        };
        let hint = hint_text.map(|text| {
            base.push_str(&hint_id);
            let h = self.t.text_el("p", "cw-hint", &text);
            self.t.attr(h, "id", &hint_id);
            h
        });
        let t = &mut self.t;
        let error = t.el("p", "cw-error");
        t.attrs(
            error,
            &[("id", &error_id), ("part", "error"), ("hidden", "")],
        );

        let mut controls = Vec::new();
        let mut counter = None;
        let described;
        match ctx.form.kind_of(field) {
            FieldKind::Choice(_) => {
                let fieldset = self.t.el("fieldset", "cw-fieldset");
                let legend = self.label("legend", "cw-legend", &label_text, required);
                let t = &mut self.t;
                t.add(fieldset, legend);
                if let Some(h) = hint {
                    t.add(fieldset, h);
                }
                t.add(fieldset, error);
                let radios = t.el("div", "cw-radios");
                for (n, option) in ctx.form.choices(field).into_iter().enumerate() {
                    let id = ["cw-", key, "-", option].concat();
                    let item = t.el("div", "cw-radio");
                    let input = t.el("input", "cw-radio-input");
                    t.attrs(
                        input,
                        &[
                            ("type", "radio"),
                            ("id", &id),
                            ("name", key),
                            ("value", option),
                            ("data-field", key),
                        ],
                    );
                    if ctx.form.value(field) == option {
                        t.attr(input, "checked", "");
                    }
                    let merchant = match custom {
                        Some((_, _, options)) => options.get(n).and_then(|l| Texts::pick(l, lang)),
                        None => ctx.config.texts.category(field, option, lang),
                    };
                    let text = match merchant {
                        Some(t) => t.to_string(),
                        None => l10n.text(&["field-", key, "-option-", option].concat()),
                    };
                    let label = t.text_el("label", "cw-radio-label", &text);
                    t.attr(label, "for", &id);
                    t.append(item, &[input, label]);
                    t.add(radios, item);
                    controls.push(input);
                }
                t.add(fieldset, radios);
                t.add(wrapper, fieldset);
                described = fieldset;
            }
            FieldKind::Toggle => {
                let t = &mut self.t;
                let item = t.el("div", "cw-checkbox");
                let input = t.el("input", "cw-checkbox-input");
                t.attrs(
                    input,
                    &[
                        ("type", "checkbox"),
                        ("id", &id),
                        ("name", key),
                        ("value", "yes"),
                        ("data-field", key),
                    ],
                );
                if !ctx.form.value(field).is_empty() {
                    t.attr(input, "checked", "");
                }
                let label = t.text_el("label", "cw-checkbox-label", &label_text);
                t.attr(label, "for", &id);
                t.append(item, &[input, label]);
                if let Some(h) = hint {
                    t.add(wrapper, h);
                }
                t.append(wrapper, &[error, item]);
                described = input;
                controls.push(input);
            }
            FieldKind::Files => {
                self.heading(wrapper, &id, &label_text, required, [hint, Some(error)]);
                let t = &mut self.t;
                let input = t.el("input", "cw-file-input");
                t.attrs(
                    input,
                    &[
                        ("type", "file"),
                        ("id", &id),
                        ("name", key),
                        ("data-field", key),
                        ("multiple", ""),
                        // Names help the browser's picker; the type is decided
                        // by the first bytes.
                        ("accept", "image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.heic,.heif"),
                    ],
                );
                t.add(wrapper, input);
                // Files chosen before a reload are not kept: say which to
                // choose again.
                let files = ctx.form.files();
                let before = ctx.form.value(field);
                if files.is_empty() && !before.is_empty() {
                    let lost_id = "cw-attachments-lost";
                    let names = before.replace('\n', ", ");
                    let p = t.text_el(
                        "p",
                        "cw-hint",
                        &l10n.format("attachments-choose-again", &[("names", Arg::Str(names))]),
                    );
                    t.attr(p, "id", lost_id);
                    t.add(wrapper, p);
                    if !base.is_empty() {
                        base.push(' ');
                    }
                    base.push_str(lost_id);
                }
                // What was chosen: name, size, and a Remove button each.
                if !files.is_empty() {
                    let list = t.el("ul", "cw-files");
                    for (i, f) in files.iter().enumerate() {
                        let item = t.el("li", "cw-file");
                        let i = crate::text::uint(i as u64);
                        // An image's thumbnail: a canvas the controller draws
                        // into (no blob: or data: image, so any CSP allows it);
                        // the name beside it says what it is.
                        if f.media_type.is_some_and(|t| t.starts_with("image/")) {
                            let thumb = t.el("canvas", "cw-file-thumb");
                            t.attrs(
                                thumb,
                                &[
                                    ("id", &["cw-file-thumb-", &i].concat()),
                                    ("width", "48"),
                                    ("height", "48"),
                                    ("aria-hidden", "true"),
                                ],
                            );
                            t.add(item, thumb);
                        }
                        let name = t.text_el("span", "cw-file-name", &f.name);
                        let size = t.text_el(
                            "span",
                            "cw-file-size",
                            &l10n.format(
                                "attachments-size",
                                &[("kb", Arg::Num(f.bytes.div_ceil(1024) as f64))],
                            ),
                        );
                        let remove = t.text_el(
                            "button",
                            "cw-file-remove",
                            &l10n.format(
                                "attachments-remove",
                                &[("name", Arg::Str(f.name.clone()))],
                            ),
                        );
                        t.attrs(
                            remove,
                            &[
                                ("type", "button"),
                                ("data-action", "remove-file"),
                                ("data-index", &i),
                            ],
                        );
                        t.append(item, &[name, size, remove]);
                        t.add(list, item);
                    }
                    t.add(wrapper, list);
                }
                described = input;
                controls.push(input);
            }
            kind => {
                self.heading(wrapper, &id, &label_text, required, [hint, Some(error)]);
                let t = &mut self.t;
                let input = match kind {
                    FieldKind::LongText { .. } => {
                        let area = t.el("textarea", "cw-textarea");
                        t.attr(area, "rows", "5");
                        t.text(area, ctx.form.value(field));
                        area
                    }
                    _ => {
                        let i = t.el("input", "cw-input");
                        let input_type = match kind {
                            FieldKind::Email => "email",
                            FieldKind::Phone => "tel",
                            FieldKind::Date => "date",
                            _ => "text",
                        };
                        t.attrs(i, &[("type", input_type), ("value", ctx.form.value(field))]);
                        if matches!(kind, FieldKind::Email | FieldKind::Reference { .. }) {
                            t.attrs(i, &[("spellcheck", "false"), ("autocapitalize", "none")]);
                        }
                        i
                    }
                };
                t.attrs(input, &[("id", &id), ("name", key), ("data-field", key)]);
                if ctx.form.is_readonly(field) {
                    t.attr(input, "readonly", "");
                }
                if required {
                    t.attr(input, "aria-required", "true");
                }
                if let Some(token) = field.autocomplete() {
                    t.attr(input, "autocomplete", token);
                }
                t.add(wrapper, input);
                if let FieldKind::LongText { .. } = kind {
                    let count_id = [&id, "-count"].concat();
                    let c = t.el("p", "cw-count");
                    t.attr(c, "id", &count_id);
                    t.add(wrapper, c);
                    if !base.is_empty() {
                        base.push(' ');
                    }
                    base.push_str(&count_id);
                    counter = Some(c);
                }
                described = input;
                controls.push(input);
            }
        }
        if !base.is_empty() {
            self.t.attr(described, "aria-describedby", &base);
        }
        FieldPlan {
            field,
            wrapper,
            controls,
            described,
            base_describedby: base,
            error,
            counter,
        }
    }

    fn privacy(&mut self, form_el: N) {
        self.intro(form_el, "privacy-text");
        if let Some(url) = &self.ctx.config.privacy_url {
            let p = self.t.el("p", "cw-intro");
            let a = self.new_tab_link(&self.ctx.l10n.text("privacy-link"), url);
            self.t.add(p, a);
            self.t.add(form_el, p);
        }
        self.intro(form_el, "privacy-send-hint")
    }

    /// A link that opens in a new tab (`rel="noopener noreferrer"`), saying so.
    fn new_tab_link(&mut self, text: &str, url: &str) -> N {
        let t = &mut self.t;
        let a = t.text_el("a", "cw-link", text);
        t.attrs(
            a,
            &[
                ("href", url),
                ("rel", "noopener noreferrer"),
                ("target", "_blank"),
            ],
        );
        let new_tab = t.text_el(
            "span",
            "",
            &[" ", &self.ctx.l10n.text("link-new-tab")].concat(),
        );
        t.add(a, new_tab);
        a
    }

    fn confirmation(&mut self, form_el: N) {
        let ctx = self.ctx;
        let l10n = ctx.l10n;
        let t = &mut self.t;
        let panel = t.el("div", "cw-panel");
        t.attr(panel, "part", "confirmation");
        let label = t.text_el("p", "cw-panel-label", &l10n.text("confirmation-reference"));
        let reference = t.text_el("p", "cw-reference", ctx.form.reference().unwrap_or(""));
        t.attr(reference, "id", "cw-reference");
        // Copy (Clipboard API, else the reference is selected and copied) and
        // print: the shopper keeps the reference.
        let tools = t.el("div", "cw-tools");
        for (id, action, text) in [
            ("cw-copy-reference", "copy", "button-copy-reference"),
            ("cw-print", "print", "button-print"),
        ] {
            let b = t.text_el("button", "cw-button cw-button--secondary", &l10n.text(text));
            t.attrs(
                b,
                &[("type", "button"), ("id", id), ("data-action", action)],
            );
            t.add(tools, b);
        }
        t.append(panel, &[label, reference, tools]);
        t.add(form_el, panel);

        let submission = ctx
            .form
            .submission()
            .map(|s| s.key())
            .unwrap_or("complaint");
        let market = ctx.config.resolve();
        let h = t.text_el("h3", "cw-subtitle", &l10n.text("confirmation-next-title"));
        t.add(form_el, h);
        let target = if submission == "escalation" {
            market.escalation
        } else {
            market.complaint
        };
        let next = timed(l10n, &["confirmation-next-", submission].concat(), target);
        let next = t.text_el("p", "cw-intro", &next);
        t.add(form_el, next);

        if submission != "feedback" && !market.bodies.is_empty() {
            let h = t.text_el("h3", "cw-subtitle", &l10n.text("confirmation-bodies-title"));
            let p = t.text_el("p", "cw-intro", &l10n.text("confirmation-bodies-intro"));
            let list = self.bodies_list(&market.bodies);
            self.t.append(form_el, &[h, p, list]);
        }
    }

    /// The list of where to turn: each body's name, linked (in a new tab)
    /// where it has a page.
    fn bodies_list(&mut self, bodies: &[(BodyName, Option<String>)]) -> N {
        let list = self.t.el("ul", "cw-bodies");
        for (name, url) in bodies {
            let li = self.t.el("li", "");
            let name = match name {
                BodyName::Message(id) => self.ctx.l10n.text(&["body-", id].concat()),
                BodyName::Text(text) => text.clone(),
            };
            match url {
                Some(url) => {
                    let a = self.new_tab_link(&name, url);
                    self.t.add(li, a);
                }
                None => self.t.text(li, &name),
            }
            self.t.add(list, li);
        }
        list
    }

    fn actions(&mut self, form_el: N) -> Option<N> {
        let ctx = self.ctx;
        let step = ctx.form.step();
        let t = &mut self.t;
        let bar = t.el("div", "cw-actions");
        let mut filled = false;
        let main = match step {
            Step::Choose => None,
            Step::Confirmation => {
                let b = t.text_el(
                    "button",
                    "cw-button cw-button--secondary",
                    &ctx.l10n.text("button-start-again"),
                );
                t.attrs(
                    b,
                    &[
                        ("type", "button"),
                        ("id", "cw-start-again"),
                        ("data-action", "start-again"),
                    ],
                );
                Some(b)
            }
            _ => {
                // After a failure the same button tries again, with the same id.
                let failed = matches!(ctx.notice, Some(n) if n != Notice::Queued);
                let label = match step {
                    Step::Privacy if failed => "button-retry",
                    Step::Privacy => "button-send",
                    _ => "button-continue",
                };
                let b = t.text_el("button", "cw-button", &ctx.l10n.text(label));
                t.attrs(
                    b,
                    &[("type", "submit"), ("part", "submit"), ("id", "cw-submit")],
                );
                Some(b)
            }
        };
        if let Some(b) = main {
            t.add(bar, b);
            filled = true;
        }
        if ctx.form.depth() > 0 && step != Step::Confirmation {
            let back = t.text_el(
                "button",
                "cw-button cw-button--secondary",
                &ctx.l10n.text("button-back"),
            );
            t.attrs(
                back,
                &[
                    ("type", "button"),
                    ("id", "cw-back"),
                    ("data-action", "back"),
                    ("part", "back"),
                ],
            );
            t.add(bar, back);
            filled = true;
        }
        if filled {
            t.add(form_el, bar);
        }
        main
    }
}
