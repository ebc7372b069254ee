//! The DOM side: mounts the widget into an open shadow root, renders the
//! model's current step, and turns DOM events into model calls.
//!
//! One listener per event type is attached to the shadow root (delegation),
//! plus `popstate` on the window so the browser's back button moves between
//! steps. Every listener is kept and removed again by [`Widget::destroy`].
//! Handlers never panic: a handler that finds the widget busy (an event fired
//! synchronously by our own focus move) does nothing.

use crate::prelude::*;

pub mod dom;
pub mod files;
pub mod js;
pub mod read;
pub mod send;
pub mod storage;
pub mod store;
pub mod tree;
pub mod view;

use alloc::rc::{Rc, Weak};
use core::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{
    CssStyleSheet, Document, Element, Event, EventTarget, FocusEvent, HtmlDialogElement,
    HtmlInputElement, HtmlTextAreaElement, PopStateEvent, ShadowRoot, ShadowRootInit,
    ShadowRootMode,
};

use crate::config::{Config, DraftStore, Presentation};
use crate::draft::Draft;

use crate::delivery::Notice;
use crate::fixtures;
use crate::form::flow::is_shown;
use crate::form::{rules, CustomKind, FieldId, FieldKind, Form, Kind, Outcome, Step};
use crate::i18n::{Arg, Localizer};
use crate::sending::Sender;
use dom::{add, attr, attrs, check, clear, closest_with, focus, set_hidden, Dom};
use tree::Tree;
use view::{Ctx, StepView};

const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));
const HISTORY_KEY: &str = "complaintWidget";

type Listener = Closure<dyn FnMut(Event)>;
/// What a delegated listener does with the widget and the event.
type Handler = Box<dyn Fn(&Shared, &Event) -> Dom<()>>;

/// Where focus goes after a render.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FocusTo {
    Nothing,
    Title,
    Summary,
}

/// One mounted widget.
pub struct Widget {
    id: u32,
    /// The elements it made and where they live.
    nodes: Nodes,
    /// The draft, outbox, receipt and kept files of this instance.
    saved: storage::Saved,
    form: Form,
    l10n: Localizer,
    config: Config,
    view: Option<StepView>,
    /// Where sending stands.
    sender: Sender,
    hooks: send::Hooks,
    /// The files the shopper chose.
    files: Files,
    /// Whether a pointer is pressed (see [`Widget::errors_later`]).
    press: Press,
    destroyed: bool,
    listeners: Vec<(EventTarget, &'static str, Listener)>,
}

/// The elements a widget made and keeps, and where they live.
struct Nodes {
    doc: Document,
    host: Element,
    root: ShadowRoot,
    /// Everything the widget added to the shadow root.
    frame: Element,
    /// The `.cw` section with `lang` and the accessible name.
    shell: Element,
    /// The launcher button, in launcher presentation.
    launcher: Option<Element>,
    /// The modal dialog, in launcher presentation.
    dialog: Option<Element>,
    /// The polite status region.
    status: Element,
    /// Where each step's form goes.
    main: Element,
}

/// The chosen files.
#[derive(Default)]
struct Files {
    /// The chosen `File`s, in the order of the model's files.
    blobs: Vec<JsValue>,
    /// Files kept in IndexedDB are being read back: nothing is sent yet.
    loading: bool,
}

/// A pointer press somewhere on the page, and the errors waiting for it.
#[derive(Default)]
struct Press {
    /// A pointer is pressed: a field left now shows its error when the
    /// pointer is released.
    down: bool,
    /// A field was left and its error waits for the next task (and the
    /// release, if a pointer is pressed).
    errors_late: bool,
}

local! {
    static NEXT_ID: core::cell::Cell<u32> = core::cell::Cell::new(1);
    static SHEET: RefCell<Option<CssStyleSheet>> = RefCell::new(None);
    /// The storage names of the mounted instances, so two never share one.
    static LIVE: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

/// Shared handle to a mounted widget.
pub type Shared = Rc<RefCell<Widget>>;

fn console_error(message: &str) {
    js::error(message);
}

/// Runs `f` on the widget now, or, when the widget is busy in one of its
/// own handlers (a page listener of an event it fired calls the handle), as
/// soon as that handler returns. Errors go to the console.
pub fn later(w: &Shared, f: impl FnOnce(&mut Widget) -> Dom<()> + 'static) {
    defer(w, Box::new(f));
}

/// Work for [`later`].
type Task = Box<dyn FnOnce(&mut Widget) -> Dom<()>>;

/// [`later`] without a copy per closure type.
fn defer(w: &Shared, f: Task) {
    fn run(w: &Shared, f: Task) -> Option<Task> {
        let Ok(mut now) = w.try_borrow_mut() else {
            return Some(f);
        };
        if !now.destroyed {
            if let Err(e) = f(&mut now).and(check()) {
                let _ = js::console_error(&e);
            }
        }
        None
    }
    if let Some(f) = run(w, f) {
        let w = w.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = run(&w, f);
        });
    }
}

/// `url` resolved against the page's base URL (`/api/submissions` on
/// `https://shop.example/checkout` is `https://shop.example/api/submissions`);
/// unchanged if it cannot be.
pub fn resolve(url: &str) -> String {
    if url.trim().is_empty() {
        return url.to_string();
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(url.trim(), &base).ok())
        .map_or_else(|| url.to_string(), |u| u.href())
}

/// Where an instance keeps its draft: its `id` option, else its element's
/// id, else its place in the page (the child index of it and each ancestor),
/// which is the same after a reload of the same page.
fn instance_of(host: &Element, config: &Config) -> String {
    if let Some(id) = &config.id {
        return id.clone();
    }
    let id = host.id();
    if !id.is_empty() {
        return id;
    }
    let mut path = String::from("@");
    let mut cur = Some(host.clone());
    while let Some(e) = cur {
        let mut index = 0u32;
        let mut sibling = e.previous_element_sibling();
        while let Some(s) = sibling {
            index += 1;
            sibling = s.previous_element_sibling();
        }
        crate::text::push_uint(&mut path, u64::from(index));
        path.push('.');
        cur = e.parent_element();
    }
    path
}

fn sheet() -> Dom<CssStyleSheet> {
    SHEET.with(|cell| {
        if let Some(s) = cell.borrow().as_ref() {
            return Ok(s.clone());
        }
        let s = CssStyleSheet::new()?;
        s.replace_sync(STYLES)?;
        *cell.borrow_mut() = Some(s.clone());
        Ok(s)
    })
}

/// Attaches an open shadow root with the widget's styles to `host`.
/// The host's open shadow root with the widget's styles: a new one, or the
/// one an earlier mount left (emptied), so an element can be mounted again.
fn shadow(host: &Element) -> Dom<ShadowRoot> {
    let root = match host.shadow_root() {
        Some(root) => {
            while let Some(child) = root.first_child() {
                root.remove_child(&child)?;
            }
            root
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    // The entry module puts its frame sheet (js/chrome.css) back in front.
    let sheet: JsValue = sheet()?.into();
    let sheets = js_sys::Array::of1(&sheet);
    Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &sheets)?;
    Ok(root)
}

/// Shows the integrator-facing error state: a short localized message for the
/// shopper, while the console carries the details.
pub fn mount_unavailable(host: &Element, l10n: &Localizer, why: &str) -> Dom<Element> {
    console_error(why);
    let doc = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let root = match host.shadow_root() {
        Some(r) => r,
        None => shadow(host)?,
    };
    let mut t = Tree::new();
    let frame = t.el("div", "cw-frame");
    t.attr(frame, "data-theme", "light");
    let wrap = t.text_el("div", "cw cw-unavailable", &l10n.text("form-unavailable"));
    t.attrs(
        wrap,
        &[
            ("lang", l10n.lang()),
            ("dir", "ltr"),
            ("part", "root"),
            ("role", "alert"),
        ],
    );
    t.add(frame, wrap);
    let frame = t.apply(&doc)?.get(frame);
    add(&root, &frame);
    check().map(|()| frame)
}

/// Applies the merchant's message overrides for the localizer's language and
/// the brand; a broken override is reported on the console and skipped.
/// Every entry for the language applies, in order (`nl` and `nl-NL` both
/// name Dutch; for the same message the later one wins).
fn with_overrides(mut l10n: Localizer, config: &Config) -> Localizer {
    let lang = l10n.lang();
    let overrides = config
        .messages
        .iter()
        .filter(|(l, _)| l == lang)
        .flat_map(|(_, overrides)| overrides.iter())
        .map(|(k, v)| (k.as_str(), v.as_str()));
    let errors = l10n.apply_overrides(overrides, config.brand.as_deref());
    for e in errors {
        console_error(&e.message());
    }
    l10n
}

impl Widget {
    /// Mounts a widget into `host` with a checked configuration.
    pub fn mount(
        host: &Element,
        config: Config,
        hooks: send::Hooks,
        l10n: Localizer,
    ) -> Dom<Shared> {
        let doc = host.owner_document().ok_or_else(|| {
            JsValue::from_str("complaint-widget: the element is not in a document")
        })?;
        let root = shadow(host)?;
        let l10n = with_overrides(l10n, &config);
        let route = config.route();
        let (form, notice) = match config.fixture.as_deref().and_then(|name| {
            let setup = fixtures::Setup {
                extras: config.extras.clone(),
                prefill: config.prefill.clone(),
            };
            fixtures::fixture_with(name, route, &setup)
        }) {
            Some(f) => (f.form, f.notice),
            None => (Form::for_route(route), None),
        };
        let mut form = form;
        form.set_extras(config.extras.clone());
        form.set_file_limits(config.file_limits);
        // The frame, described as data and made in one call (see `tree`).
        let mut t = Tree::new();
        let shell = t.el("section", "cw");
        t.attrs(
            shell,
            &[
                ("lang", l10n.lang()),
                ("dir", "ltr"),
                ("part", "root"),
                ("aria-label", &l10n.text("widget-label")),
            ],
        );
        let status = t.el("div", "cw-visually-hidden");
        t.attrs(
            status,
            &[
                ("role", "status"),
                ("aria-live", "polite"),
                ("aria-atomic", "true"),
            ],
        );
        let main = t.el("div", "cw-main");
        t.append(shell, &[status, main]);
        let frame = t.el("div", "cw-frame");
        t.attr(frame, "data-theme", config.theme);
        let parts = if config.presentation == Presentation::Launcher {
            let label = l10n.text("widget-label");
            let launcher = t.text_el("button", "cw-launcher", &label);
            t.attrs(
                launcher,
                &[
                    ("type", "button"),
                    ("aria-haspopup", "dialog"),
                    ("data-action", "open"),
                    ("part", "launcher"),
                ],
            );
            let dialog = t.el("dialog", "cw-dialog");
            t.attrs(
                dialog,
                &[("aria-labelledby", "cw-dialog-title"), ("part", "dialog")],
            );
            // The header: the widget's name, and Close as an icon (drawn by
            // the stylesheet) named by its label.
            let bar = t.el("div", "cw-dialog-bar");
            let title = t.text_el("p", "cw-dialog-title", &label);
            t.attr(title, "id", "cw-dialog-title");
            let close = t.el("button", "cw-close");
            t.attrs(
                close,
                &[
                    ("type", "button"),
                    ("aria-label", &l10n.text("button-close")),
                    ("data-action", "close"),
                    ("part", "close"),
                ],
            );
            t.append(bar, &[title, close]);
            t.append(dialog, &[bar, shell]);
            t.append(frame, &[launcher, dialog]);
            Some((launcher, dialog))
        } else {
            t.add(frame, shell);
            None
        };
        let made = t.apply(&doc)?;
        let (launcher, dialog) = match parts {
            Some((l, d)) => (Some(made.get(l)), Some(made.get(d))),
            None => (None, None),
        };
        let (frame, shell, status, main) = (
            made.get(frame),
            made.get(shell),
            made.get(status),
            made.get(main),
        );
        add(&root, &frame);

        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1));
            id
        });
        for note in &config.notes {
            console_error(note);
        }
        let mut config = config;
        let instance = instance_of(host, &config);
        let name = [config.endpoint.as_deref().unwrap_or(""), "|", &instance].concat();
        let shared = LIVE.with(|live| {
            let mut live = live.borrow_mut();
            let taken = live.contains(&name);
            if !taken {
                live.push(name);
            }
            taken
        });
        if shared && config.draft != DraftStore::Off {
            console_error(
                &[
                    "complaint-widget: another widget on this page already keeps its draft as \"",
                    &instance,
                    "\"; give each widget its own `id` option (or element id). This one keeps no draft.",
                ]
                .concat(),
            );
            config.draft = DraftStore::Off;
        }
        let saved = storage::Saved::new(&config, if shared { String::new() } else { instance });
        let widget = Rc::new(RefCell::new(Widget {
            id,
            nodes: Nodes {
                doc,
                host: host.clone(),
                root,
                frame,
                shell,
                launcher,
                dialog,
                status,
                main,
            },
            saved,
            form,
            l10n,
            config,
            view: None,
            sender: Sender::new(notice),
            hooks,
            files: Files::default(),
            press: Press::default(),
            destroyed: false,
            listeners: Vec::new(),
        }));
        {
            let mut w = widget
                .try_borrow_mut()
                .map_err(|_| JsValue::from_str("complaint-widget: busy"))?;
            if w.config.fixture.is_none() {
                w.restore();
            }
            w.render(FocusTo::Nothing)?;
        }
        listen(&widget)?;
        files::restore(&widget);
        send::resume(&widget);
        Ok(widget)
    }

    /// What a reload finds, in order: a confirmation of the last hour (the
    /// reference is shown again), else the draft, and with it a submission
    /// that was waiting to be sent. That goes out again with its id (see
    /// [`send::resume`]) only if the shopper's answers are still the ones
    /// it was built from and they had not gone back to change them.
    fn restore(&mut self) {
        let draft = self.saved.draft();
        if let Some(d) = &draft {
            self.form = d.restore_with(self.config.extras.clone());
            self.form.set_route(self.config.route());
            self.form.set_file_limits(self.config.file_limits);
        }
        // After the draft: what the shopper typed wins, except read-only
        // values.
        self.form.prefill(&self.config.prefill);
        if self.stored_receipt() {
            return;
        }
        let Some(outbox) = self.saved.outbox() else {
            return;
        };
        let current = Draft::of(&self.form).to_json();
        if self.sender.restore(outbox, current) {
            // Back on the privacy step, where the send resumes.
            let _ = self.form.submit();
        }
    }

    /// Shows the confirmation again if the endpoint confirmed a submission
    /// shortly before the page was reloaded; an old receipt is cleared with
    /// the answers it kept.
    fn stored_receipt(&mut self) -> bool {
        match self.saved.receipt() {
            Some(reference) if self.form.kind().is_some() => {
                self.form.confirm(&reference);
                true
            }
            Some(_) => false,
            None => {
                if self.saved.has_receipt() {
                    self.saved.clear();
                    self.form.restart();
                }
                false
            }
        }
    }

    /// Removes every listener and node the widget added.
    pub fn destroy(&mut self) {
        self.destroyed = true;
        self.sender.reset();
        self.unlisten();
        let name = [
            self.config.endpoint.as_deref().unwrap_or(""),
            "|",
            self.saved.instance(),
        ]
        .concat();
        LIVE.with(|live| live.borrow_mut().retain(|n| *n != name));
        self.view = None;
        self.nodes.frame.remove();
    }

    fn unlisten(&mut self) {
        for (target, kind, listener) in self.listeners.drain(..) {
            let _ =
                target.remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
    }

    /// Opens the launcher's dialog (modal: focus moves in, the page behind
    /// is inert, Escape closes it). Does nothing inline.
    pub fn open(&self) {
        let Some(dialog) = self
            .nodes
            .dialog
            .as_ref()
            .and_then(|d| d.dyn_ref::<HtmlDialogElement>())
        else {
            return;
        };
        if !dialog.open() && dialog.show_modal().is_ok() {
            if let Some(v) = &self.view {
                focus(&v.title);
            }
        }
    }

    /// Closes the launcher's dialog; focus returns to the launcher.
    pub fn close(&self) {
        if let Some(dialog) = self
            .nodes
            .dialog
            .as_ref()
            .and_then(|d| d.dyn_ref::<HtmlDialogElement>())
        {
            dialog.close();
        }
    }

    /// Empties the form and its saved draft and goes back to the first step.
    pub fn reset(&mut self) -> Dom<()> {
        self.form.restart();
        self.files.blobs.clear();
        self.sender.reset();
        self.saved.clear();
        self.render(FocusTo::Nothing)
    }

    /// The model (for tests and the JS API).
    pub fn form(&self) -> &Form {
        &self.form
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            doc: &self.nodes.doc,
            form: &self.form,
            l10n: &self.l10n,
            config: &self.config,
            notice: self.sender.notice(),
        }
    }

    fn render(&mut self, focus_to: FocusTo) -> Dom<()> {
        let globals = view::globals(&self.config, &self.form, &self.l10n);
        self.l10n.set_globals(globals);
        let (form_el, view) = view::build(&self.ctx())?;
        clear(&self.nodes.main);
        add(&self.nodes.main, &form_el);
        self.view = Some(view);
        files::draw_thumbnails(&self.nodes.root, &self.files.blobs);
        self.update_visibility()?;
        self.refresh_counters()?;
        if self.form.attempted() {
            self.refresh_errors()?;
        }
        match focus_to {
            FocusTo::Nothing => {}
            FocusTo::Title => {
                self.announce(&view::step_announcement(&self.ctx()));

                if let Some(v) = &self.view {
                    focus(&v.title);
                }
            }
            FocusTo::Summary => {
                if let Some(v) = &self.view {
                    focus(&v.summary);
                }
            }
        }
        check()
    }

    /// Renders the current step again without moving focus.
    fn render_keep(&mut self) {
        if let Err(e) = self.render(FocusTo::Nothing) {
            let _ = js::console_error(&e);
        }
    }

    /// Shows the form in another language, keeping every answer and the step.
    pub fn set_locale(&mut self, l10n: Localizer) -> Dom<()> {
        self.l10n = with_overrides(l10n, &self.config);
        let label = self.l10n.text("widget-label");
        attrs(
            &self.nodes.shell,
            &[("lang", self.l10n.lang()), ("aria-label", &label)],
        );
        if let (Some(launcher), Some(dialog)) = (&self.nodes.launcher, &self.nodes.dialog) {
            launcher.set_text_content(Some(&label));
            if let Some(title) = dialog.query_selector(".cw-dialog-title")? {
                title.set_text_content(Some(&label));
            }
            if let Some(close) = dialog.query_selector(".cw-close")? {
                attr(&close, "aria-label", &self.l10n.text("button-close"));
            }
        }
        self.render(FocusTo::Nothing)
    }

    fn announce(&self, text: &str) {
        self.nodes.status.set_text_content(Some(text));
    }

    fn update_visibility(&self) -> Dom<()> {
        let Some(v) = &self.view else { return Ok(()) };
        let answer = |f: FieldId| rules::clean(f.kind(), self.form.value(f));
        for (element, shown) in &v.conditional {
            set_hidden(element, !is_shown(*shown, answer));
        }
        check()
    }

    fn refresh_counters(&self) -> Dom<()> {
        let Some(v) = &self.view else { return Ok(()) };
        for fv in &v.fields {
            let kind = self.form.kind_of(fv.field);
            let (Some(counter), FieldKind::LongText { max }) = (&fv.counter, kind) else {
                continue;
            };
            let used = rules::char_count(kind, self.form.value(fv.field));
            let (id, n, over) = if used > max {
                ("count-over", used - max, true)
            } else {
                ("count-remaining", max - used, false)
            };
            counter.set_text_content(Some(
                &self.l10n.format(id, &[("count", Arg::Num(n as f64))]),
            ));
            counter.set_class_name(if over {
                "cw-count cw-count--over"
            } else {
                "cw-count"
            });
        }
        Ok(())
    }

    /// Puts the errors the model says are shown next to their fields, and
    /// fills the summary after a submit attempt.
    fn refresh_errors(&self) -> Dom<()> {
        let Some(v) = &self.view else { return Ok(()) };
        let errors = self.form.shown_errors();
        let prefix = [&self.l10n.text("error-prefix"), " "].concat();
        // Every element changed, then one call changes them all.
        let mut old: Vec<&Element> = vec![&v.summary, &v.summary_list];
        for fv in &v.fields {
            old.extend([&fv.wrapper, &fv.error, &fv.described]);
            old.extend(fv.controls.iter());
        }
        let mut t = Tree::with(&old);
        let mut at = 2;
        for fv in &v.fields {
            let [wrapper, error_el, described] = [0, 1, 2].map(|i| Tree::old(at + i));
            at += 3;
            let error = errors.iter().find(|e| e.field == fv.field);
            let mut describedby = fv.base_describedby.clone();
            match error {
                Some(e) => {
                    t.clear(error_el);
                    let hidden_prefix = t.text_el("span", "cw-visually-hidden", &prefix);
                    t.add(error_el, hidden_prefix);
                    t.text(error_el, &self.message(e));
                    t.hidden(error_el, false);
                    t.attr(wrapper, "class", "cw-field cw-field--error");
                    if !describedby.is_empty() {
                        describedby.push(' ');
                    }
                    describedby.push_str(&fv.error.id());
                }
                None => {
                    t.hidden(error_el, true);
                    t.attr(wrapper, "class", "cw-field");
                }
            }
            for _ in &fv.controls {
                let control = Tree::old(at);
                at += 1;
                if error.is_some() {
                    t.attr(control, "aria-invalid", "true");
                } else {
                    t.unset(control, "aria-invalid");
                }
            }
            if describedby.is_empty() {
                t.unset(described, "aria-describedby");
            } else {
                t.attr(described, "aria-describedby", &describedby);
            }
        }
        let (summary, list) = (Tree::old(0), Tree::old(1));
        t.clear(list);
        let show_summary = self.form.attempted() && !errors.is_empty();
        for e in errors.iter().filter(|_| show_summary) {
            let li = t.el("li", "");
            let a = t.text_el("a", "cw-summary-link", &self.message(e));
            let target = view::control_id(&self.form, e.field);
            t.attrs(
                a,
                &[("href", &["#", &target].concat()), ("data-focus", &target)],
            );
            t.add(li, a);
            t.add(list, li);
        }
        t.hidden(summary, !show_summary);
        t.apply(&self.nodes.doc).map(drop)
    }

    fn message(&self, e: &rules::FieldError) -> String {
        if let rules::Problem::File(p) = e.problem {
            use crate::form::attachments::FileProblem as P;
            let files = self.form.files();
            let name =
                |i: usize| Arg::Str(files.get(i).map(|f| f.name.clone()).unwrap_or_default());
            let limits = self.form.file_limits();
            return match p {
                P::TooMany => self.l10n.format(
                    "error-attachments-too-many",
                    &[("max", Arg::Num(f64::from(limits.max)))],
                ),
                P::TooLarge(i) => self.l10n.format(
                    "error-attachments-too-large",
                    &[
                        ("name", name(i)),
                        ("mb", Arg::Num(view::megabytes(limits.max_bytes) as f64)),
                    ],
                ),
                P::WrongType(i) => self
                    .l10n
                    .format("error-attachments-type", &[("name", name(i))]),
                P::Empty(i) => self
                    .l10n
                    .format("error-attachments-empty", &[("name", name(i))]),
            };
        }
        if let Some(c) = self.form.extras().custom(e.field) {
            // The merchant's field: the widget's own wording, with its label.
            let label = view::custom_label(&self.config, self.l10n.lang(), e.field);
            let id = match (e.problem, c.kind) {
                (rules::Problem::Rejected, _) => "error-rejected",
                (rules::Problem::TooLong { .. }, _) => "error-custom-too-long",
                (_, CustomKind::Select) => "error-custom-choose",
                (_, CustomKind::Checkbox) => "error-custom-tick",
                (rules::Problem::Format, CustomKind::Date) => "error-custom-date",
                _ => "error-custom-required",
            };
            let max = match e.problem {
                rules::Problem::TooLong { max } => max,
                _ => 0,
            };
            return self.l10n.format(
                id,
                &[("label", Arg::Str(label)), ("max", Arg::Num(max as f64))],
            );
        }
        match e.args() {
            Some((name, n)) => self
                .l10n
                .format(&e.message_id(), &[(name, Arg::Num(n as f64))]),
            None => self.l10n.text(&e.message_id()),
        }
    }

    /// Pushes a browser history entry for the current depth.
    fn push_history(&self) {
        self.record_history(false);
    }

    /// Records this widget's depth in the browser's history: a new entry
    /// that names the widget that made it (`by`), so Back in one widget
    /// never undoes another's; or (`replace`) in the current entry.
    fn record_history(&self, replace: bool) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        // A copy of the page's state with ours added (history states are
        // structured clones: plain data).
        let copy = |v: &JsValue| {
            let o = Object::new();
            for (k, v) in js::plain_entries(v).unwrap_or_default() {
                let _ = js::set(&o, &JsValue::from_str(&k), &v);
            }
            o
        };
        let state = copy(&history.state().unwrap_or(JsValue::NULL));
        let ours = copy(&js::get(&state, &JsValue::from_str(HISTORY_KEY)).unwrap_or(JsValue::NULL));
        let _ = Reflect::set(
            &ours,
            &JsValue::from_str(&self.history_key()),
            &JsValue::from(self.form.depth() as u32),
        );
        if !replace {
            let key = JsValue::from_str(&self.history_key());
            let _ = js::set(&ours, &JsValue::from_str("by"), &key);
        }
        let _ = Reflect::set(&state, &JsValue::from_str(HISTORY_KEY), &ours);
        let _ = if replace {
            history.replace_state(&state, "")
        } else {
            history.push_state(&state, "")
        };
    }

    /// This widget's name in history entries: its storage instance, which
    /// is the same after a reload (a per-page counter is not, and entries
    /// outlive the page), else its mount number.
    fn history_key(&self) -> String {
        if self.saved.instance().is_empty() {
            ["#", &crate::text::uint(u64::from(self.id))].concat()
        } else {
            self.saved.instance().to_string()
        }
    }

    /// Whether the current history entry is one this widget made.
    fn made_top_entry(&self) -> bool {
        web_sys::window()
            .and_then(|w| w.history().ok())
            .and_then(|h| h.state().ok())
            .and_then(|s| js::get(&s, &JsValue::from_str(HISTORY_KEY)).ok())
            .filter(JsValue::is_object)
            .and_then(|ours| js::get(&ours, &JsValue::from_str("by")).ok())
            .and_then(|by| by.as_string())
            == Some(self.history_key())
    }

    /// The depth this widget recorded in a history state (0 when none).
    fn depth_in(&self, state: &JsValue) -> usize {
        Reflect::get(state, &JsValue::from_str(HISTORY_KEY))
            .ok()
            .filter(JsValue::is_object)
            .and_then(|ours| Reflect::get(&ours, &JsValue::from_str(&self.history_key())).ok())
            .and_then(|d| d.as_f64())
            .map(|d| d.max(0.0) as usize)
            .unwrap_or(0)
    }

    fn current_history_depth(&self) -> Option<usize> {
        let state = web_sys::window()?.history().ok()?.state().ok()?;
        Some(self.depth_in(&state))
    }

    fn on_popstate(&mut self, state: &JsValue) -> Dom<()> {
        if self.sender.busy() {
            return Ok(());
        }
        let target = self.depth_in(state);
        let before = (self.form.step(), self.form.depth());
        let was = self.form.step();
        while self.form.depth() > target {
            if self.form.back().is_none() {
                break;
            }
        }
        let mut focus_to = FocusTo::Title;
        while self.form.depth() < target {
            match self.form.forward() {
                Outcome::Moved(_) => {}
                Outcome::Invalid(_) => {
                    focus_to = FocusTo::Summary;
                    break;
                }
                _ => break,
            }
        }
        if was == Step::Privacy && self.form.step() != Step::Privacy {
            self.hold();
        }
        if (self.form.step(), self.form.depth()) != before || focus_to == FocusTo::Summary {
            self.render(focus_to)?;
        }
        Ok(())
    }

    fn on_choose(&mut self, kind: Kind) -> Dom<()> {
        self.form.choose(kind);
        self.save_draft();
        self.push_history();
        self.render(FocusTo::Title)
    }

    fn on_back(&mut self) -> Dom<()> {
        let depth = self.form.depth();
        if depth > 0 && self.current_history_depth() == Some(depth) && self.made_top_entry() {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                // popstate does the rest, so the browser and the form agree.
                return history.back();
            }
        }
        // The last entry is another widget's (or none): step back here only,
        // and say so in the current entry.
        let was = self.form.step();
        if self.form.back().is_some() {
            if was == Step::Privacy {
                self.hold();
            }
            self.record_history(true);
            self.render(FocusTo::Title)?;
        }
        Ok(())
    }

    fn on_submit(this: &Shared) -> Dom<()> {
        let Ok(mut w) = this.try_borrow_mut() else {
            return Ok(());
        };
        if w.sender.busy() || w.destroyed {
            return Ok(());
        }
        match w.form.submit() {
            Outcome::Moved(_) => {
                w.sender.quiet();
                w.push_history();
                w.save_draft();
                w.render(FocusTo::Title)
            }
            Outcome::Invalid(_) => {
                if w.form.step() == Step::Privacy {
                    w.render(FocusTo::Summary)
                } else {
                    w.refresh_errors()?;
                    if let Some(v) = &w.view {
                        focus(&v.summary);
                    }
                    Ok(())
                }
            }
            Outcome::ReadyToSend => {
                drop(w);
                send::start(this);
                Ok(())
            }
            Outcome::Stay => Ok(()),
        }
    }

    fn on_start_again(&mut self) -> Dom<()> {
        self.form.restart();
        self.files.blobs.clear();
        self.sender.quiet();
        self.saved.clear();
        self.render(FocusTo::Title)
    }

    fn on_input(&mut self, target: &Element) -> Dom<()> {
        let Some(field) = target
            .get_attribute("data-field")
            .and_then(|k| FieldId::from_name(&k))
        else {
            return Ok(());
        };
        let value = if let Some(i) = target.dyn_ref::<HtmlInputElement>() {
            match i.type_().as_str() {
                "checkbox" => {
                    if i.checked() {
                        "yes".to_string()
                    } else {
                        String::new()
                    }
                }
                "radio" if !i.checked() => return Ok(()),
                _ => i.value(),
            }
        } else if let Some(t) = target.dyn_ref::<HtmlTextAreaElement>() {
            t.value()
        } else {
            return Ok(());
        };
        self.form.set(field, &value);
        self.save_draft();
        if matches!(
            self.form.kind_of(field),
            FieldKind::Choice(_) | FieldKind::Toggle
        ) {
            // A choice is an answer given: settle its error and reveal what follows.
            self.form.leave(field);
            self.update_visibility()?;
            self.refresh_errors()?;
        }
        self.refresh_counters()
    }

    /// A field was left: from now on its errors show, one task later (see
    /// [`Widget::errors_later`]). Returns whether to schedule that.
    fn on_leave(&mut self, target: &Element, event: &Event) -> bool {
        let Some(field) = target
            .get_attribute("data-field")
            .and_then(|k| FieldId::from_name(&k))
        else {
            return false;
        };
        // Leaving for one of our buttons: the click that follows validates, and
        // an error appearing now would move the button from under the pointer.
        let to_button = event
            .dyn_ref::<FocusEvent>()
            .and_then(FocusEvent::related_target)
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("button"));
        if to_button || matches!(self.form.kind_of(field), FieldKind::Choice(_)) {
            return false;
        }
        self.form.leave(field);
        self.press.errors_late = true;
        // A pointer still pressed: its release schedules the errors.
        !self.press.down
    }

    /// Shows the errors of fields left, one task later and once no pointer
    /// is pressed (`release`: the pointer that was is not any more). An
    /// error appearing at once would move what is below it between a press
    /// and its release (a mouse held on a checkbox), or between a tap's
    /// focus move and its click, which come in one task after the finger is
    /// lifted: the click would land elsewhere.
    fn errors_later(this: &Shared, release: bool) {
        let weak = Rc::downgrade(this);
        wasm_bindgen_futures::spawn_local(async move {
            send::sleep(0).await;
            if let Some(this) = weak.upgrade() {
                later(&this, move |w| {
                    if release {
                        w.press.down = false;
                    }
                    if !w.press.down && core::mem::take(&mut w.press.errors_late) {
                        w.refresh_errors()?;
                    }
                    Ok(())
                });
            }
        });
    }

    fn on_summary_link(&self, target_id: &str) {
        if let Some(e) = self.nodes.root.get_element_by_id(target_id) {
            focus(&e);
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            e.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// Copies the confirmation's reference: with the Clipboard API, else by
/// selecting it and `execCommand("copy")` (both work under a strict CSP);
/// if neither copies, the reference stays selected and the shopper is told
/// to copy it. The result is announced.
fn copy_reference(this: &Shared) {
    let Some(reference) = this
        .try_borrow()
        .ok()
        .and_then(|w| w.form.reference().map(str::to_string))
    else {
        return;
    };
    let weak = Rc::downgrade(this);
    wasm_bindgen_futures::spawn_local(async move {
        let copied = match js::write_clipboard(&reference) {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        };
        let Some(this) = weak.upgrade() else { return };
        let Ok(w) = this.try_borrow() else { return };
        let copied = copied || w.select_reference() && js::exec_command("copy").unwrap_or(false);
        let id = if copied {
            "status-reference-copied"
        } else {
            "status-reference-selected"
        };
        w.announce(&w.l10n.text(id));
    });
}

impl Widget {
    /// Selects the reference's text, for a copy by the browser or by hand.
    fn select_reference(&self) -> bool {
        let Some(el) = self.nodes.root.get_element_by_id("cw-reference") else {
            return false;
        };
        let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten())
        else {
            return false;
        };
        let Ok(range) = self.nodes.doc.create_range() else {
            return false;
        };
        range.select_node_contents(&el).is_ok()
            && selection.remove_all_ranges().is_ok()
            && selection.add_range(&range).is_ok()
    }
}

fn listen(widget: &Shared) -> Dom<()> {
    let weak = Rc::downgrade(widget);
    let (root_target, dialog): (EventTarget, Option<EventTarget>) = {
        let w = widget
            .try_borrow()
            .map_err(|_| JsValue::from_str("complaint-widget: busy"))?;
        (
            w.nodes.root.clone().into(),
            w.nodes.dialog.clone().map(Into::into),
        )
    };
    let add = |target: &EventTarget, kind: &'static str, f: Handler| -> Dom<()> {
        let weak: Weak<RefCell<Widget>> = weak.clone();
        let listener: Listener = Closure::new(move |event: Event| {
            if let Some(this) = weak.upgrade() {
                // The check runs either way, so no error is left for the
                // next render to report.
                let result = f(&this, &event);
                if let Err(e) = result.and(check()) {
                    let _ = js::console_error(&e);
                }
            }
        });
        target.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref())?;
        if let Ok(mut w) = widget.try_borrow_mut() {
            w.listeners.push((target.clone(), kind, listener));
        }
        Ok(())
    };
    let target_of = |e: &Event| e.target().and_then(|t| t.dyn_into::<Element>().ok());

    add(
        &root_target,
        "submit",
        Box::new(|this, event| {
            event.prevent_default();
            Widget::on_submit(this)
        }),
    )?;
    add(
        &root_target,
        "click",
        Box::new(move |this, event| {
            let Some(target) = target_of(event) else {
                return Ok(());
            };
            let Ok(mut w) = this.try_borrow_mut() else {
                return Ok(());
            };
            if let Some(b) = closest_with(&target, "data-choose") {
                let kind = b
                    .get_attribute("data-choose")
                    .and_then(|k| Kind::from_key(&k));
                return kind.map_or(Ok(()), |k| w.on_choose(k));
            }
            if let Some(a) = closest_with(&target, "data-focus") {
                event.prevent_default();
                w.on_summary_link(&a.get_attribute("data-focus").unwrap_or_default());
                return Ok(());
            }
            match closest_with(&target, "data-action")
                .and_then(|b| b.get_attribute("data-action"))
                .as_deref()
            {
                Some("back") => w.on_back(),
                Some("open") => {
                    w.open();
                    Ok(())
                }
                Some("close") => {
                    w.close();
                    Ok(())
                }

                Some("start-again") => w.on_start_again(),
                Some("remove-file") => {
                    let index = closest_with(&target, "data-index")
                        .and_then(|b| b.get_attribute("data-index"))
                        .and_then(|i| i.parse::<usize>().ok());
                    if let Some(i) = index {
                        w.remove_file(i);
                    }
                    Ok(())
                }
                Some("print") => {
                    let _ = js::print();
                    Ok(())
                }
                Some("copy") => {
                    drop(w);
                    copy_reference(this);
                    Ok(())
                }
                _ => Ok(()),
            }
        }),
    )?;
    for kind in ["input", "change"] {
        add(
            &root_target,
            kind,
            Box::new(move |this, event| {
                let Some(target) = target_of(event) else {
                    return Ok(());
                };
                if target.get_attribute("type").as_deref() == Some("file") {
                    // Only `change` says the choice is made.
                    if event.type_() == "change" {
                        files::chosen(this, &target);
                    }
                    return Ok(());
                }
                let Ok(mut w) = this.try_borrow_mut() else {
                    return Ok(());
                };
                w.on_input(&target)
            }),
        )?;
    }
    // Files dragged onto the file field: allowed there, and added on drop.
    for kind in ["dragover", "drop"] {
        add(
            &root_target,
            kind,
            Box::new(move |this, event| {
                let on_files = target_of(event)
                    .and_then(|t| closest_with(&t, "data-field-wrapper"))
                    .and_then(|w| w.get_attribute("data-field-wrapper"))
                    .is_some_and(|k| k == FieldId::Attachments.key());
                if on_files {
                    event.prevent_default();
                    if event.type_() == "drop" {
                        files::dropped(this, event);
                    }
                }
                Ok(())
            }),
        )?;
    }
    add(
        &root_target,
        "focusout",
        Box::new(move |this, event| {
            let (Some(target), Ok(mut w)) = (target_of(event), this.try_borrow_mut()) else {
                return Ok(());
            };
            if w.on_leave(&target, event) {
                drop(w);
                Widget::errors_later(this, false);
            }
            Ok(())
        }),
    )?;
    if let Some(dialog) = dialog {
        // However the dialog closed (button, Escape, close()), focus goes back
        // to the launcher that opened it.
        add(
            &dialog,
            "close",
            Box::new(|this, _| {
                if let Some(launcher) = this
                    .try_borrow()
                    .ok()
                    .and_then(|w| w.nodes.launcher.clone())
                {
                    focus(&launcher);
                }
                Ok(())
            }),
        )?;
    }
    if let Some(window) = web_sys::window() {
        let window: EventTarget = window.into();
        add(
            &window,
            "online",
            Box::new(|this, _| {
                // Only what waits on the privacy step, not held: see `resume`.
                let queued = this
                    .try_borrow()
                    .is_ok_and(|w| w.sender.notice() == Some(Notice::Queued));
                if queued {
                    send::resume(this);
                }
                Ok(())
            }),
        )?;
        add(
            &window,
            "popstate",
            Box::new(|this, event| {
                let state = event
                    .dyn_ref::<PopStateEvent>()
                    .map_or(JsValue::NULL, PopStateEvent::state);
                let Ok(mut w) = this.try_borrow_mut() else {
                    return Ok(());
                };
                w.on_popstate(&state)
            }),
        )?;
        // Whether a pointer is pressed, anywhere on the page (see
        // `Widget::errors_later`).
        add(
            &window,
            "pointerdown",
            Box::new(|this, _| {
                if let Ok(mut w) = this.try_borrow_mut() {
                    w.press.down = true;
                }
                Ok(())
            }),
        )?;
        // Released, or the press ended some other way (a context menu, a
        // drag, the window losing focus, a key pressed): none leaves the
        // errors waiting.
        for kind in [
            "pointerup",
            "pointercancel",
            "contextmenu",
            "dragend",
            "blur",
            "keydown",
        ] {
            add(
                &window,
                kind,
                Box::new(|this, _| {
                    Widget::errors_later(this, true);
                    Ok(())
                }),
            )?;
        }
    }
    Ok(())
}

impl Drop for Widget {
    /// A widget dropped without `destroy()` leaves no listener behind that
    /// could call into it.
    fn drop(&mut self) {
        self.unlisten();
    }
}
