//! Builds the DOM of one step from the model: headings, hints, fields, the
//! error summary and the buttons. Knows nothing of events; the controller in
//! [`crate::ui`] wires those through `data-` attributes on what is built here.

use web_sys::{Document, Element};

use super::dom::{add, append, attr, attrs, check, el, set_hidden, text_el, Dom};
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
        FieldKind::Choice(_) => format!(
            "cw-{}-{}",
            field.name(),
            form.choices(field).first().copied().unwrap_or("")
        ),
        _ => format!("cw-{}", field.name()),
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
    ctx.l10n.text(&format!("step-{}-title", step.key()))
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

/// Builds the current step into a new `<form>`.
pub fn build(ctx: &Ctx) -> Dom<(Element, StepView)> {
    let doc = ctx.doc;
    let step = ctx.form.step();
    let form_el = el(doc, "form", "cw-form")?;
    attrs(
        &form_el,
        &[
            ("novalidate", ""),
            ("aria-labelledby", "cw-title"),
            ("part", "form"),
        ],
    );

    // Where the shopper is; not a live region: the status region says it.
    if let Some((n, of)) = step.position() {
        let text = ctx.l10n.format("step-progress", &position_args(n, of));
        let p = text_el(doc, "p", "cw-progress", &text)?;
        p.set_id("cw-progress");
        add(&form_el, &p);
    }
    let title = text_el(doc, "h2", "cw-title", &step_title(ctx))?;
    attrs(
        &title,
        &[("id", "cw-title"), ("tabindex", "-1"), ("part", "title")],
    );
    add(&form_el, &title);

    let (summary, summary_list) = error_summary(ctx)?;
    add(&form_el, &summary);

    let mut view = StepView {
        title,
        summary,
        summary_list,
        fields: Vec::new(),
        conditional: Vec::new(),
        submit: None,
    };

    match step {
        Step::Choose => build_choose(ctx, &form_el)?,
        Step::Feedback | Step::Complaint | Step::PurchaseProblem => {
            build_fields(ctx, &form_el, &mut view)?
        }
        Step::Privacy => build_privacy(ctx, &form_el)?,
        Step::Confirmation => build_confirmation(ctx, &form_el)?,
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
            let p = text_el(doc, "p", class, &ctx.l10n.text(id))?;
            attrs(
                &p,
                &[("id", "cw-notice"), ("tabindex", "-1"), ("part", "notice")],
            );
            add(&form_el, &p);
        }
    }
    view.submit = actions(ctx, &form_el)?;
    if step == Step::Complaint && !ctx.form.route().escalation {
        // The gate's yes leads to the dispute bodies: nothing to continue to.
        if let Some(b) = &view.submit {
            view.conditional.push((b.clone(), Shown::NotGate("yes")));
        }
    }
    check()?;
    Ok((form_el, view))
}

fn error_summary(ctx: &Ctx) -> Dom<(Element, Element)> {
    let doc = ctx.doc;
    let summary = el(doc, "div", "cw-summary")?;
    attrs(
        &summary,
        &[
            ("tabindex", "-1"),
            ("aria-labelledby", "cw-summary-title"),
            ("part", "error-summary"),
        ],
    );
    set_hidden(&summary, true);
    let heading = text_el(
        doc,
        "h3",
        "cw-summary-title",
        &ctx.l10n.text("error-summary-title"),
    )?;
    heading.set_id("cw-summary-title");
    let list = el(doc, "ul", "cw-summary-list")?;
    append(&summary, &[&heading, &list]);
    Ok((summary, list))
}

fn intro(ctx: &Ctx, parent: &Element, id: &str) -> Dom<()> {
    let p = text_el(ctx.doc, "p", "cw-intro", &ctx.l10n.text(id))?;
    add(parent, &p);
    Ok(())
}

fn build_choose(ctx: &Ctx, form_el: &Element) -> Dom<()> {
    let doc = ctx.doc;
    intro(ctx, form_el, "step-choose-intro")?;
    let list = el(doc, "ul", "cw-choices")?;
    for kind in Kind::ALL {
        let key = kind.key();
        let item = el(doc, "li", "cw-choice")?;
        let hint_id = format!("cw-choose-{key}-hint");
        let button = text_el(
            doc,
            "button",
            "cw-choice-button",
            &ctx.l10n.text(&format!("choose-{key}")),
        )?;
        attrs(
            &button,
            &[
                ("type", "button"),
                ("id", &format!("cw-choose-{key}")),
                ("data-choose", key),
                ("aria-describedby", &hint_id),
                ("part", "choice"),
            ],
        );
        let hint = text_el(
            doc,
            "p",
            "cw-hint",
            &ctx.l10n.text(&format!("choose-{key}-hint")),
        )?;
        hint.set_id(&hint_id);
        append(&item, &[&button, &hint]);
        add(&list, &item);
    }
    add(form_el, &list);
    Ok(())
}

fn build_fields(ctx: &Ctx, form_el: &Element, view: &mut StepView) -> Dom<()> {
    let doc = ctx.doc;
    let step = ctx.form.step();
    intro(ctx, form_el, &format!("step-{}-intro", step.key()))?;
    let market = ctx.config.resolve();
    let route = ctx.form.route();
    for slot in ctx.form.slots(step) {
        if slot.field == FieldId::Name {
            let h = text_el(doc, "h3", "cw-subtitle", &ctx.l10n.text("contact-title"))?;
            add(form_el, &h);
            view.conditional.push((h, slot.shown));
        }
        let fv = field(ctx, slot.field, slot.required)?;
        add(form_el, &fv.wrapper);
        view.conditional.push((fv.wrapper.clone(), slot.shown));
        view.fields.push(fv);
        if slot.field == FieldId::ContactedBefore {
            // What each answer to the gate leads to, revealed under it.
            for (answer, id, target) in [
                ("no", "complaint-first-contact-intro", market.complaint),
                ("yes", "complaint-escalation-intro", market.escalation),
            ] {
                let inset = if answer == "yes" && !route.escalation {
                    // No review after customer service: where to turn
                    // instead, and nothing to send (the button hides).
                    let div = el(doc, "div", "cw-inset")?;
                    div.set_id("cw-elsewhere");
                    let p = text_el(doc, "p", "", &ctx.l10n.text("complaint-elsewhere-intro"))?;
                    add(&div, &p);
                    if !market.bodies.is_empty() {
                        let list = bodies_list(ctx, &market.bodies)?;
                        add(&div, &list);
                    }
                    div
                } else {
                    text_el(doc, "p", "cw-inset", &timed(ctx.l10n, id, target))?
                };
                add(form_el, &inset);
                view.conditional.push((inset, Shown::Gate(answer)));
            }
        }
    }
    Ok(())
}

fn field(ctx: &Ctx, field: FieldId, required: bool) -> Dom<FieldView> {
    let doc = ctx.doc;
    let name = field.name();
    let key: &str = &name;
    let l10n = ctx.l10n;
    let lang = l10n.lang();
    let custom = ctx.config.texts.fields.get(match field {
        FieldId::Custom(i) => usize::from(i),
        _ => usize::MAX,
    });
    let wrapper = el(doc, "div", "cw-field")?;
    attrs(&wrapper, &[("data-field-wrapper", key), ("part", "field")]);
    let label_text = match custom {
        Some(_) => custom_label(ctx.config, lang, field),
        None => l10n.text(&format!("field-{key}-label")),
    };
    let hint_id = format!("cw-{key}-hint");
    let error_id = format!("cw-{key}-error");
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
            .then(|| l10n.text(&format!("field-{key}-hint"))),
    };
    let hint = if let Some(text) = hint_text {
        base.push_str(&hint_id);
        let h = text_el(doc, "p", "cw-hint", &text)?;
        h.set_id(&hint_id);
        Some(h)
    } else {
        None
    };
    let error = el(doc, "p", "cw-error")?;
    attrs(&error, &[("id", &error_id), ("part", "error")]);
    set_hidden(&error, true);

    let optional = |label: &Element| -> Dom<()> {
        if !required {
            let span = text_el(
                doc,
                "span",
                "cw-optional",
                &format!(" {}", l10n.text("label-optional")),
            )?;
            add(label, &span);
        }
        Ok(())
    };

    let mut controls = Vec::new();
    let mut counter = None;
    let described;
    match ctx.form.kind_of(field) {
        FieldKind::Choice(_) => {
            let fieldset = el(doc, "fieldset", "cw-fieldset")?;
            let legend = text_el(doc, "legend", "cw-legend", &label_text)?;
            optional(&legend)?;
            add(&fieldset, &legend);
            if let Some(h) = &hint {
                add(&fieldset, h);
            }
            add(&fieldset, &error);
            let radios = el(doc, "div", "cw-radios")?;
            for (n, option) in ctx.form.choices(field).into_iter().enumerate() {
                let id = format!("cw-{key}-{option}");
                let item = el(doc, "div", "cw-radio")?;
                let input = el(doc, "input", "cw-radio-input")?;
                attrs(
                    &input,
                    &[
                        ("type", "radio"),
                        ("id", &id),
                        ("name", key),
                        ("value", option),
                        ("data-field", key),
                    ],
                );
                if ctx.form.value(field) == option {
                    attr(&input, "checked", "");
                }
                let merchant = match custom {
                    Some((_, _, options)) => options.get(n).and_then(|l| Texts::pick(l, lang)),
                    None => ctx.config.texts.category(field, option, lang),
                };
                let text = match merchant {
                    Some(t) => t.to_string(),
                    None => l10n.text(&format!("field-{key}-option-{option}")),
                };
                let label = text_el(doc, "label", "cw-radio-label", &text)?;
                attr(&label, "for", &id);
                append(&item, &[&input, &label]);
                add(&radios, &item);
                controls.push(input);
            }
            add(&fieldset, &radios);
            add(&wrapper, &fieldset);
            described = fieldset;
        }
        FieldKind::Toggle => {
            let id = format!("cw-{key}");
            let item = el(doc, "div", "cw-checkbox")?;
            let input = el(doc, "input", "cw-checkbox-input")?;
            attrs(
                &input,
                &[
                    ("type", "checkbox"),
                    ("id", &id),
                    ("name", key),
                    ("value", "yes"),
                    ("data-field", key),
                ],
            );
            if !ctx.form.value(field).is_empty() {
                attr(&input, "checked", "");
            }
            let label = text_el(doc, "label", "cw-checkbox-label", &label_text)?;
            attr(&label, "for", &id);
            append(&item, &[&input, &label]);
            if let Some(h) = &hint {
                add(&wrapper, h);
            }
            add(&wrapper, &error);
            add(&wrapper, &item);
            described = input.clone();
            controls.push(input);
        }
        FieldKind::Files => {
            let id = format!("cw-{key}");
            let label = text_el(doc, "label", "cw-label", &label_text)?;
            attr(&label, "for", &id);
            optional(&label)?;
            add(&wrapper, &label);
            if let Some(h) = &hint {
                add(&wrapper, h);
            }
            add(&wrapper, &error);
            let input = el(doc, "input", "cw-file-input")?;
            attrs(
                &input,
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
            add(&wrapper, &input);
            // Files chosen before a reload are not kept: say which to
            // choose again.
            let files = ctx.form.files();
            let before = ctx.form.value(field);
            if files.is_empty() && !before.is_empty() {
                let lost_id = "cw-attachments-lost";
                let names = before.replace('\n', ", ");
                let p = text_el(
                    doc,
                    "p",
                    "cw-hint",
                    &l10n.format("attachments-choose-again", &[("names", Arg::Str(names))]),
                )?;
                p.set_id(lost_id);
                add(&wrapper, &p);
                if !base.is_empty() {
                    base.push(' ');
                }
                base.push_str(lost_id);
            }
            // What was chosen: name, size, and a Remove button each.
            if !files.is_empty() {
                let list = el(doc, "ul", "cw-files")?;
                for (i, f) in files.iter().enumerate() {
                    let item = el(doc, "li", "cw-file")?;
                    // An image's thumbnail: a canvas the controller draws
                    // into (no blob: or data: image, so any CSP allows it);
                    // the name beside it says what it is.
                    if f.media_type.is_some_and(|t| t.starts_with("image/")) {
                        let thumb = el(doc, "canvas", "cw-file-thumb")?;
                        attrs(
                            &thumb,
                            &[
                                ("id", &format!("cw-file-thumb-{i}")),
                                ("width", "48"),
                                ("height", "48"),
                                ("aria-hidden", "true"),
                            ],
                        );
                        add(&item, &thumb);
                    }
                    let name = text_el(doc, "span", "cw-file-name", &f.name)?;
                    let size = text_el(
                        doc,
                        "span",
                        "cw-file-size",
                        &l10n.format(
                            "attachments-size",
                            &[("kb", Arg::Num(f.bytes.div_ceil(1024) as f64))],
                        ),
                    )?;
                    let remove = text_el(
                        doc,
                        "button",
                        "cw-file-remove",
                        &l10n.format("attachments-remove", &[("name", Arg::Str(f.name.clone()))]),
                    )?;
                    attrs(
                        &remove,
                        &[
                            ("type", "button"),
                            ("data-action", "remove-file"),
                            ("data-index", &i.to_string()),
                        ],
                    );
                    append(&item, &[&name, &size, &remove]);
                    add(&list, &item);
                }
                add(&wrapper, &list);
            }
            described = input.clone();
            controls.push(input);
        }
        kind => {
            let id = format!("cw-{key}");
            let label = text_el(doc, "label", "cw-label", &label_text)?;
            attr(&label, "for", &id);
            optional(&label)?;
            add(&wrapper, &label);
            if let Some(h) = &hint {
                add(&wrapper, h);
            }
            add(&wrapper, &error);
            let input = match kind {
                FieldKind::LongText { .. } => {
                    let t = el(doc, "textarea", "cw-textarea")?;
                    attr(&t, "rows", "5");
                    t.set_text_content(Some(ctx.form.value(field)));
                    t
                }
                _ => {
                    let i = el(doc, "input", "cw-input")?;
                    let input_type = match kind {
                        FieldKind::Email => "email",
                        FieldKind::Phone => "tel",
                        FieldKind::Date => "date",
                        _ => "text",
                    };
                    attrs(
                        &i,
                        &[("type", input_type), ("value", ctx.form.value(field))],
                    );
                    if matches!(kind, FieldKind::Email | FieldKind::Reference { .. }) {
                        attrs(&i, &[("spellcheck", "false"), ("autocapitalize", "none")]);
                    }
                    i
                }
            };
            attrs(&input, &[("id", &id), ("name", key), ("data-field", key)]);
            if ctx.form.is_readonly(field) {
                attr(&input, "readonly", "");
            }
            if required {
                attr(&input, "aria-required", "true");
            }
            if let Some(token) = field.autocomplete() {
                attr(&input, "autocomplete", token);
            }
            add(&wrapper, &input);
            if let FieldKind::LongText { .. } = kind {
                let count_id = format!("cw-{key}-count");
                let c = el(doc, "p", "cw-count")?;
                c.set_id(&count_id);
                add(&wrapper, &c);
                if !base.is_empty() {
                    base.push(' ');
                }
                base.push_str(&count_id);
                counter = Some(c);
            }
            described = input.clone();
            controls.push(input);
        }
    }
    if !base.is_empty() {
        attr(&described, "aria-describedby", &base);
    }
    Ok(FieldView {
        field,
        wrapper,
        controls,
        described,
        base_describedby: base,
        error,
        counter,
    })
}

fn build_privacy(ctx: &Ctx, form_el: &Element) -> Dom<()> {
    let doc = ctx.doc;
    intro(ctx, form_el, "privacy-text")?;
    if let Some(url) = &ctx.config.privacy_url {
        let p = el(doc, "p", "cw-intro")?;
        let a = new_tab_link(ctx, &ctx.l10n.text("privacy-link"), url)?;
        add(&p, &a);
        add(form_el, &p);
    }
    intro(ctx, form_el, "privacy-send-hint")
}

/// A link that opens in a new tab (`rel="noopener noreferrer"`), saying so.
fn new_tab_link(ctx: &Ctx, text: &str, url: &str) -> Dom<Element> {
    let a = text_el(ctx.doc, "a", "cw-link", text)?;
    attrs(
        &a,
        &[
            ("href", url),
            ("rel", "noopener noreferrer"),
            ("target", "_blank"),
        ],
    );
    let new_tab = text_el(
        ctx.doc,
        "span",
        "",
        &format!(" {}", ctx.l10n.text("link-new-tab")),
    )?;
    add(&a, &new_tab);
    Ok(a)
}

fn build_confirmation(ctx: &Ctx, form_el: &Element) -> Dom<()> {
    let doc = ctx.doc;
    let l10n = ctx.l10n;
    let panel = el(doc, "div", "cw-panel")?;
    attr(&panel, "part", "confirmation");
    let label = text_el(
        doc,
        "p",
        "cw-panel-label",
        &l10n.text("confirmation-reference"),
    )?;
    let reference = text_el(doc, "p", "cw-reference", ctx.form.reference().unwrap_or(""))?;
    reference.set_id("cw-reference");
    // Copy (Clipboard API, else the reference is selected and copied) and
    // print: the shopper keeps the reference.
    let tools = el(doc, "div", "cw-tools")?;
    for (id, action, text) in [
        ("cw-copy-reference", "copy", "button-copy-reference"),
        ("cw-print", "print", "button-print"),
    ] {
        let b = text_el(
            doc,
            "button",
            "cw-button cw-button--secondary",
            &l10n.text(text),
        )?;
        attrs(
            &b,
            &[("type", "button"), ("id", id), ("data-action", action)],
        );
        add(&tools, &b);
    }
    append(&panel, &[&label, &reference, &tools]);
    add(form_el, &panel);

    let submission = ctx
        .form
        .submission()
        .map(|s| s.key())
        .unwrap_or("complaint");
    let market = ctx.config.resolve();
    let h = text_el(
        doc,
        "h3",
        "cw-subtitle",
        &l10n.text("confirmation-next-title"),
    )?;
    add(form_el, &h);
    let target = if submission == "escalation" {
        market.escalation
    } else {
        market.complaint
    };
    let next = timed(l10n, &format!("confirmation-next-{submission}"), target);
    let next = text_el(doc, "p", "cw-intro", &next)?;
    add(form_el, &next);

    if submission != "feedback" && !market.bodies.is_empty() {
        let h = text_el(
            doc,
            "h3",
            "cw-subtitle",
            &l10n.text("confirmation-bodies-title"),
        )?;
        let p = text_el(
            doc,
            "p",
            "cw-intro",
            &l10n.text("confirmation-bodies-intro"),
        )?;
        let list = bodies_list(ctx, &market.bodies)?;
        append(form_el, &[&h, &p, &list]);
    }
    Ok(())
}

/// The list of where to turn: each body's name, linked (in a new tab) where
/// it has a page.
fn bodies_list(ctx: &Ctx, bodies: &[(BodyName, Option<String>)]) -> Dom<Element> {
    let list = el(ctx.doc, "ul", "cw-bodies")?;
    for (name, url) in bodies {
        let li = el(ctx.doc, "li", "")?;
        let name = match name {
            BodyName::Message(id) => ctx.l10n.text(&format!("body-{id}")),
            BodyName::Text(text) => text.clone(),
        };
        match url {
            Some(url) => {
                let a = new_tab_link(ctx, &name, url)?;
                add(&li, &a);
            }
            None => li.set_text_content(Some(&name)),
        }
        add(&list, &li);
    }
    Ok(list)
}

fn actions(ctx: &Ctx, form_el: &Element) -> Dom<Option<Element>> {
    let doc = ctx.doc;
    let step = ctx.form.step();
    let bar = el(doc, "div", "cw-actions")?;
    let main = match step {
        Step::Choose => None,
        Step::Confirmation => {
            let b = text_el(
                doc,
                "button",
                "cw-button cw-button--secondary",
                &ctx.l10n.text("button-start-again"),
            )?;
            attrs(
                &b,
                &[
                    ("type", "button"),
                    ("id", "cw-start-again"),
                    ("data-action", "start-again"),
                ],
            );
            Some(b)
        }
        Step::Privacy => {
            // After a failure the same button tries again, with the same id.
            let failed = matches!(ctx.notice, Some(n) if n != Notice::Queued);
            let label = if failed {
                "button-retry"
            } else {
                "button-send"
            };
            Some(text_el(doc, "button", "cw-button", &ctx.l10n.text(label))?)
        }

        _ => Some(text_el(
            doc,
            "button",
            "cw-button",
            &ctx.l10n.text("button-continue"),
        )?),
    };
    if let Some(b) = &main {
        if !b.has_attribute("type") {
            attrs(b, &[("type", "submit"), ("part", "submit")]);
        }
        if b.id().is_empty() {
            b.set_id("cw-submit");
        }
        add(&bar, b);
    }
    if ctx.form.depth() > 0 && step != Step::Confirmation {
        let back = text_el(
            doc,
            "button",
            "cw-button cw-button--secondary",
            &ctx.l10n.text("button-back"),
        )?;
        attrs(
            &back,
            &[
                ("type", "button"),
                ("id", "cw-back"),
                ("data-action", "back"),
                ("part", "back"),
            ],
        );
        add(&bar, &back);
    }
    if bar.child_element_count() > 0 {
        add(form_el, &bar);
    }
    Ok(main)
}
