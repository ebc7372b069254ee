//! The integrator's options: read from a JS object, checked, and turned into
//! a [`Config`]. Every value is untrusted. Pure: no DOM, no JS types.

use crate::prelude::*;

/// Key-value pairs in the order given (a JS object's entries: keys unique).
pub type Entries<V> = Vec<(String, V)>;

use alloc::rc::Rc;

use crate::form::attachments::Limits;
use crate::form::{
    extras, prefill, rules, CustomField, CustomKind, Extras, FieldId, FieldKind, Kind, Prefill,
    Route,
};
use crate::market::{Market, MarketOverride, Operator, Resolved, Target};
use crate::options::{self, Type, OPTIONS};
use crate::text;

/// The options `mount(element, options)` accepts, as read from JS
/// (`ui::read`). Unknown keys are refused there, so a typo does not silently
/// do nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The language, a BCP 47 tag such as `nl` or `nb-NO`.
    pub locale: Option<String>,
    /// The market, an ISO 3166 country code such as `SE`.
    pub market: Option<String>,
    /// Where submissions are POSTed: `https:`, or `http:` on localhost.
    pub endpoint: Option<String>,
    /// A link to the merchant's privacy policy, shown in the privacy notice.
    pub privacy_url: Option<String>,
    /// Open a named state of the form (see `fixtures`) instead of the start.
    pub fixture: Option<String>,
    /// Extra request headers, for example a CSRF token.
    pub headers: Option<Entries<String>>,
    /// `fetch` credentials mode: `omit`, `same-origin` (default) or `include`.
    pub credentials: Option<String>,
    /// How long one attempt may take, in milliseconds (1000 to 120000).
    pub timeout_ms: Option<u32>,
    /// How many times to retry after the first attempt (0 to 10).
    pub retries: Option<u32>,
    /// Where drafts are kept: `session` (default), `local`, or `off`.
    pub draft: Option<String>,
    /// The brand name shown in the widget (the Fluent term `-brand`).
    pub brand: Option<String>,
    /// Message overrides per language: `{ "nl": { "field-email-label": "..." } }`.
    pub messages: Option<Entries<Entries<String>>>,
    /// Changes to markets, by country code: `{ "SE": { "bodies": [...] } }`.
    pub markets: Option<Entries<MarketOptions>>,
    /// `inline` (default) or `launcher` (a button that opens the form as a dialog).
    pub presentation: Option<String>,
    /// Colour scheme: `light` (default), `dark`, or `system`.
    pub theme: Option<String>,
    /// Tells this instance's saved drafts apart from others on the page.
    pub id: Option<String>,
    /// Who runs the form: `merchant` (default) or `payment-provider`.
    pub operator: Option<String>,
    /// The review after customer service: `false`, `true` (the profile's
    /// own) or `{ name, days, workingDays }`.
    pub escalation: Option<EscalationOptions>,
    /// What the page already knows: values by key, and `readonly` keys.
    pub prefill: Option<PrefillOptions>,
    /// The merchant's categories, by flow (`feedback`, `complaint`,
    /// `purchaseProblem`).
    pub categories: Option<Entries<Vec<ChoiceOptions>>>,
    /// The merchant's fields, by flow.
    pub fields: Option<Entries<Vec<FieldOptions>>>,
    /// Files: `Some((false, ..))` for none, else the limits given.
    pub attachments: Option<AttachmentOptions>,
}

/// The `attachments` option as given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttachmentOptions {
    /// `false` turns files off.
    pub enabled: bool,
    /// The most files.
    pub max: Option<u32>,
    /// The most bytes per file.
    pub max_bytes: Option<u32>,
}

/// A merchant category or select option as given: an id and a label per
/// language (none: a built-in category's own label).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChoiceOptions {
    /// The id (`^[a-z][a-z0-9_]{0,39}$`, or a built-in category's).
    pub id: String,
    /// The label by language.
    pub label: Entries<String>,
}

/// A merchant field as given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldOptions {
    /// The id: the key under `fields.custom`.
    pub id: String,
    /// `text`, `textarea`, `select`, `checkbox` or `date`.
    pub kind: String,
    /// Whether an answer is required (default: not).
    pub required: Option<bool>,
    /// The label by language.
    pub label: Entries<String>,
    /// A hint by language.
    pub hint: Entries<String>,
    /// A select's options.
    pub options: Vec<ChoiceOptions>,
}

/// The `prefill` option as given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrefillOptions {
    /// Values by key (`email`, `orderReference`, `what_went_wrong`...).
    pub values: Entries<PrefillValue>,
    /// The keys whose values the page vouches for.
    pub readonly: Vec<String>,
}

/// One prefilled value as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefillValue {
    /// A string.
    Text(String),
    /// `true` or `false` (a checkbox, or the yes/no gate).
    Flag(bool),
    /// Anything else, described (`a number`).
    Other(&'static str),
}

/// The `escalation` option as given: `false`, `true`, or an object (whose
/// fields are all optional).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EscalationOptions {
    /// `false` turns the escalation off; an object or `true` turns it on.
    pub enabled: bool,
    /// Who reviews, as shoppers should read it at the start of a sentence.
    pub name: Option<String>,
    /// Days for the decision (1 to 365).
    pub days: Option<u32>,
    /// Whether `days` are working days.
    pub working_days: Option<bool>,
}

/// The review a shopper can ask for after customer service has handled
/// their complaint (the gate's yes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Escalation {
    /// Who reviews; `None`: the built-in name for the profile (our consumer
    /// ombudsman, our complaints manager).
    pub name: Option<String>,
    /// When the decision comes (`days: 0`: no time is stated).
    pub target: Target,
}

/// How the form is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presentation {
    /// In the page flow.
    Inline,
    /// A launcher button that opens the form as a modal dialog.
    Launcher,
}

/// A merchant's changes to one market, as given in options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketOptions {
    /// Dispute bodies to show: `[{ "name": "...", "url": "https://..." }]`.
    pub bodies: Option<Vec<BodyOptions>>,
    /// Whether `bodies` replace the built-in ones (default: added after them).
    pub replace_bodies: Option<bool>,
    /// Days to handle a first-contact complaint.
    pub complaint_days: Option<u32>,
    /// Whether `complaintDays` are working days.
    pub working_days: Option<bool>,
    /// Days for the ombudsman's final decision.
    pub escalation_days: Option<u32>,
}

/// One dispute body a merchant names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BodyOptions {
    /// The name as shoppers should read it.
    pub name: String,
    /// Where to read more (`https:`).
    pub url: Option<String>,
}

/// `fetch` credentials mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credentials {
    /// Never send cookies.
    Omit,
    /// Cookies for the page's own origin only.
    SameOrigin,
    /// Cookies for any origin (the endpoint must allow it).
    Include,
}

/// Where a draft is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftStore {
    /// `sessionStorage`: survives a reload, not closing the tab.
    Session,
    /// `localStorage`: survives closing the browser.
    Local,
    /// Not saved.
    Off,
}

/// How submissions are sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sending {
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// Credentials mode.
    pub credentials: Credentials,
    /// Milliseconds one attempt may take.
    pub timeout_ms: u32,
    /// Retries after the first attempt.
    pub retries: u32,
}

impl Default for Sending {
    fn default() -> Self {
        Sending {
            headers: Vec::new(),
            credentials: Credentials::SameOrigin,
            timeout_ms: whole("timeoutMs", None).unwrap_or_default(),
            retries: whole("retries", None).unwrap_or_default(),
        }
    }
}

/// The options a key names (the table in [`crate::options`]), or an error
/// for an unknown one.
pub fn check_key(key: &str) -> Result<(), ConfigError> {
    if options::spec(key).is_some() {
        return Ok(());
    }
    let mut names = String::new();
    for (i, o) in OPTIONS.iter().enumerate() {
        if i > 0 {
            names.push_str(", ");
        }
        names.push_str(o.name);
    }
    Err(ConfigError::Unreadable(
        ["unknown option `", key, "`; the options are ", &names].concat(),
    ))
}

/// The index of `got` among the choices of option `key` (0, its default,
/// when not given).
fn choice(key: &'static str, got: Option<&str>) -> Result<usize, ConfigError> {
    let (Some(got), Some(Type::Choice(choices))) = (got, options::spec(key).map(|s| s.ty)) else {
        return Ok(0);
    };
    choices
        .iter()
        .position(|c| *c == got)
        .ok_or_else(|| ConfigError::NotOneOf {
            key,
            choices,
            got: got.into(),
        })
}

/// Whole-number option `key`: its default when not given, else within its
/// limits.
fn whole(key: &'static str, got: Option<u32>) -> Result<u32, ConfigError> {
    let Some(Type::Whole { min, max, default }) = options::spec(key).map(|s| s.ty) else {
        return Ok(got.unwrap_or(0));
    };
    match got {
        None => Ok(default),
        Some(n) if (min..=max).contains(&n) => Ok(n),
        Some(n) => Err(ConfigError::OutOfRange {
            key,
            min,
            max,
            got: n,
        }),
    }
}

/// Checked configuration the widget runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The requested language (negotiated against the shipped ones later).
    pub locale: String,
    /// The market.
    pub market: Market,
    /// The endpoint, if one was given.
    pub endpoint: Option<String>,
    /// The privacy policy link, if one was given.
    pub privacy_url: Option<String>,
    /// The fixture to open, if any.
    pub fixture: Option<String>,
    /// How submissions are sent.
    pub sending: Sending,
    /// Where drafts are kept.
    pub draft: DraftStore,
    /// The brand name, if the merchant set one.
    pub brand: Option<String>,
    /// Message overrides: language -> (id, text). A later entry for the
    /// same language wins.
    pub messages: Entries<Entries<String>>,
    /// The merchant's changes to the active market.
    pub market_override: Option<MarketOverride>,
    /// Inline or launcher.
    pub presentation: Presentation,
    /// `light`, `dark` or `system`.
    pub theme: &'static str,
    /// The instance id for drafts, if given.
    pub id: Option<String>,
    /// Who runs the form.
    pub operator: Operator,
    /// The review after customer service, if there is one.
    pub escalation: Option<Escalation>,
    /// What the page filled in.
    pub prefill: Prefill,
    /// Problems that do not stop the form (a prefilled value that is not
    /// valid), for the console.
    pub notes: Vec<String>,
    /// The merchant's categories and fields, as the model needs them.
    pub extras: Rc<Extras>,
    /// Their texts, as the view needs them.
    pub texts: Texts,
    /// How many files, how large (`max` 0: none).
    pub file_limits: Limits,
}

/// Text by language: the form's language, else English, else the first
/// given.
pub type Label = Entries<String>;

/// The texts of the merchant's categories and fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    /// Category labels: (field, id, label); a built-in id without one has
    /// none here.
    pub categories: Vec<(FieldId, String, Label)>,
    /// Per merchant field (as in `Extras::fields`): label, hint, and each
    /// option's label.
    pub fields: Vec<(Label, Label, Vec<Label>)>,
}

impl Texts {
    /// The text of `label` in `lang`, else English, else the first given.
    pub fn pick<'a>(label: &'a Label, lang: &str) -> Option<&'a str> {
        label
            .iter()
            .find(|(l, _)| l == lang)
            .or_else(|| label.iter().find(|(l, _)| l == "en"))
            .or_else(|| label.first())
            .map(|(_, t)| t.as_str())
    }

    /// The merchant's label of a category, if they gave one.
    pub fn category(&self, field: FieldId, id: &str, lang: &str) -> Option<&str> {
        self.categories
            .iter()
            .find(|(f, i, _)| *f == field && i == id)
            .and_then(|(_, _, l)| Self::pick(l, lang))
    }

    /// Every label missing in `lang` (with no English to fall back on),
    /// named for the console: the form cannot be shown without them.
    pub fn missing(&self, lang: &str) -> Option<String> {
        let has = |l: &Label| l.iter().any(|(k, _)| k == lang || k == "en");
        for (f, id, l) in &self.categories {
            if !has(l) {
                return Some(["the category `", id, "` (", f.key(), ")"].concat());
            }
        }
        for (i, (label, _, options)) in self.fields.iter().enumerate() {
            if !has(label) || options.iter().any(|o| !has(o)) {
                return Some(
                    [
                        "the field number ",
                        &text::uint(i as u64 + 1),
                        " of `fields`",
                    ]
                    .concat(),
                );
            }
        }
        None
    }
}

impl Config {
    /// What the flows offer.
    pub fn route(&self) -> Route {
        Route {
            shop: self.operator == Operator::Merchant,
            escalation: self.escalation.is_some(),
        }
    }

    /// When the decision after customer service comes: the configured
    /// escalation's time, or (for a fixture that shows an escalation anyway)
    /// the operator's built-in one.
    pub fn escalation_target(&self) -> Target {
        self.escalation
            .as_ref()
            .map_or(self.operator.escalation_target(), |e| e.target)
    }

    /// The market's bodies and target times for this operator, with the
    /// merchant's changes.
    pub fn resolve(&self) -> Resolved {
        self.market.resolve(
            self.operator,
            self.market_override.as_ref(),
            self.escalation_target(),
        )
    }
}

/// What is wrong with the options. The message is for the integrator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The options could not be read (unknown key or wrong type).
    Unreadable(String),
    /// `endpoint` is not `https:` (or `http:` on localhost).
    InsecureEndpoint(String),
    /// No `endpoint` (only a `fixture` may go without one).
    MissingEndpoint,
    /// `privacyUrl` is not an `https:`/`http:` URL or a site path.
    BadPrivacyUrl(String),
    /// `fixture` names no fixture.
    UnknownFixture(String),
    /// An option is not one of its choices.
    NotOneOf {
        /// The option.
        key: &'static str,
        /// What it accepts.
        choices: &'static [&'static str],
        /// What it got.
        got: String,
    },
    /// A whole-number option is outside its limits.
    OutOfRange {
        /// The option.
        key: &'static str,
        /// The smallest accepted.
        min: u32,
        /// The largest accepted.
        max: u32,
        /// What it got.
        got: u32,
    },
    /// An option has a value outside what it accepts.
    BadValue {
        /// The option.
        key: &'static str,
        /// What it accepts.
        expected: &'static str,
        /// What it got.
        got: String,
    },
}

impl ConfigError {
    /// The message for the console (`complaint-widget: ...`), built without
    /// `core::fmt`.
    pub fn message(&self) -> String {
        let mut m = String::from("complaint-widget: ");
        match self {
            ConfigError::Unreadable(why) => {
                m.extend(["the options could not be read: ", why]);
            }
            ConfigError::MissingEndpoint => m.push_str(
                "option `endpoint` is missing: set it to the URL the form posts to, for example \"/api/submissions\"",
            ),
            ConfigError::InsecureEndpoint(url) => m.extend([
                "option `endpoint` must be an https: URL (http: only on localhost or 127.0.0.1), got \"",
                url,
                "\"",
            ]),
            ConfigError::BadPrivacyUrl(url) => m.extend([
                "option `privacyUrl` must be an https:/http: URL or a path starting with /, got \"",
                url,
                "\"",
            ]),
            ConfigError::UnknownFixture(name) => {
                m.extend(["option `fixture` names no known fixture: \"", name, "\""]);
            }
            ConfigError::NotOneOf { key, choices, got } => {
                m.extend(["option `", key, "` must be "]);
                for (i, c) in choices.iter().enumerate() {
                    let sep = match i {
                        0 => "",
                        _ if i + 1 == choices.len() => " or ",
                        _ => ", ",
                    };
                    m.extend([sep, "\"", c, "\""]);
                }
                m.extend([", got \"", got, "\""]);
            }
            ConfigError::OutOfRange { key, min, max, got } => {
                m.extend(["option `", key, "` must be from "]);
                text::push_uint(&mut m, u64::from(*min));
                m.push_str(" to ");
                text::push_uint(&mut m, u64::from(*max));
                m.push_str(", got \"");
                text::push_uint(&mut m, u64::from(*got));
                m.push('"');
            }
            ConfigError::BadValue { key, expected, got } => {
                m.extend(["option `", key, "` must be ", expected, ", got \"", got, "\""]);
            }
        }
        m
    }
}

impl Options {
    /// The field of a text or choice option, by its name in the table of
    /// options.
    pub fn text_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "locale" => &mut self.locale,
            "market" => &mut self.market,
            "operator" => &mut self.operator,
            "brand" => &mut self.brand,
            "endpoint" => &mut self.endpoint,
            "privacyUrl" => &mut self.privacy_url,
            "credentials" => &mut self.credentials,
            "draft" => &mut self.draft,
            "presentation" => &mut self.presentation,
            "theme" => &mut self.theme,
            "id" => &mut self.id,
            "fixture" => &mut self.fixture,
            _ => return None,
        })
    }

    /// The field of a whole-number option, by its name in the table.
    pub fn whole_mut(&mut self, name: &str) -> Option<&mut Option<u32>> {
        Some(match name {
            "timeoutMs" => &mut self.timeout_ms,
            "retries" => &mut self.retries,
            _ => return None,
        })
    }

    /// Checks the options and fills in defaults.
    pub fn check(self) -> Result<Config, ConfigError> {
        let endpoint = match self.endpoint.map(|e| e.trim().to_string()) {
            Some(e) if !is_allowed_endpoint(&e) => return Err(ConfigError::InsecureEndpoint(e)),
            other => other,
        };
        let privacy_url = match self.privacy_url.map(|u| u.trim().to_string()) {
            Some(u) if !is_safe_link(&u) => return Err(ConfigError::BadPrivacyUrl(u)),
            other => other,
        };
        if let Some(name) = &self.fixture {
            if crate::fixtures::fixture(name).is_none() {
                return Err(ConfigError::UnknownFixture(name.clone()));
            }
        } else if endpoint.is_none() {
            // Found now, not after the shopper has filled in everything.
            return Err(ConfigError::MissingEndpoint);
        }
        let bad = |key, expected, got: String| Err(ConfigError::BadValue { key, expected, got });
        // Each choice's index in the table of options (0: the default).
        let credentials = match choice("credentials", self.credentials.as_deref())? {
            1 => Credentials::Omit,
            2 => Credentials::Include,
            _ => Credentials::SameOrigin,
        };
        let timeout_ms = whole("timeoutMs", self.timeout_ms)?;
        let retries = whole("retries", self.retries)?;
        let draft = match choice("draft", self.draft.as_deref())? {
            1 => DraftStore::Local,
            2 => DraftStore::Off,
            _ => DraftStore::Session,
        };
        let mut headers = Vec::new();
        for (name, value) in self.headers.unwrap_or_default() {
            if !is_header_name(&name)
                || RESERVED_HEADERS.contains(&name.to_ascii_lowercase().as_str())
            {
                return bad(
                    "headers",
                    "names of headers the widget does not set itself",
                    name,
                );
            }
            if value.len() > 1024 || value.chars().any(|c| c.is_control()) {
                return bad(
                    "headers",
                    "values of at most 1024 characters without line breaks",
                    name,
                );
            }
            headers.push((name, value));
        }
        let presentation = match choice("presentation", self.presentation.as_deref())? {
            1 => Presentation::Launcher,
            _ => Presentation::Inline,
        };
        let theme = match choice("theme", self.theme.as_deref())? {
            1 => "dark",
            2 => "system",
            _ => "light",
        };
        let operator = match choice("operator", self.operator.as_deref())? {
            1 => Operator::PaymentProvider,
            _ => Operator::Merchant,
        };
        let builtin = operator.escalation_target();
        let escalation = match self.escalation {
            // A payment provider has its consumer ombudsman; a shop names
            // its complaints manager, or has none.
            None => (operator == Operator::PaymentProvider).then_some(Escalation {
                name: None,
                target: builtin,
            }),
            Some(e) if !e.enabled => None,
            Some(e) => {
                let name =
                    match e.name.map(|n| n.trim().to_string()) {
                        Some(n) if !is_label(&n, 100) => return bad(
                            "escalation",
                            "false, true or an object whose `name` is 1 to 100 characters of text",
                            n,
                        ),
                        other => other,
                    };
                if let Some(days) = e.days.filter(|d| !(1..=365).contains(d)) {
                    return bad(
                        "escalation",
                        "false, true or an object whose `days` are from 1 to 365",
                        text::uint(u64::from(days)),
                    );
                }
                Some(Escalation {
                    name,
                    target: Target {
                        days: e.days.unwrap_or(builtin.days),
                        working_days: e.working_days.unwrap_or(false),
                    },
                })
            }
        };
        let (extras, texts) = check_extras(
            self.categories.unwrap_or_default(),
            self.fields.unwrap_or_default(),
        )?;
        let (prefill, notes) = check_prefill(self.prefill.unwrap_or_default(), &extras)?;
        let mut file_limits = Limits::default();
        if let Some(a) = self.attachments {
            if !a.enabled {
                file_limits.max = 0;
            }
            if let Some(max) = a.max {
                if !(1..=10).contains(&max) {
                    return bad(
                        "attachments",
                        "false or an object whose `max` is from 1 to 10",
                        text::uint(u64::from(max)),
                    );
                }
                file_limits.max = max;
            }
            if let Some(bytes) = a.max_bytes {
                if !(1..=50 * 1024 * 1024).contains(&bytes) {
                    return bad(
                        "attachments",
                        "false or an object whose `maxBytes` is from 1 to 52428800",
                        text::uint(u64::from(bytes)),
                    );
                }
                file_limits.max_bytes = u64::from(bytes);
            }
        }
        let market_code = self.market.as_deref().unwrap_or("").to_ascii_uppercase();

        let mut market_override = None;
        for (code, m) in self.markets.unwrap_or_default() {
            let mut bodies = Vec::new();
            for b in m.bodies.unwrap_or_default() {
                let name = b.name.trim().to_string();
                if !is_label(&name, 200) {
                    return bad(
                        "markets",
                        "bodies whose `name` is 1 to 200 characters of text",
                        name,
                    );
                }
                if let Some(url) = &b.url {
                    if !url.to_ascii_lowercase().starts_with("https://") || !is_safe_link(url) {
                        return bad(
                            "markets",
                            "bodies whose `url` is an https: URL",
                            url.clone(),
                        );
                    }
                    // The EU's online dispute resolution platform closed in
                    // July 2025: shoppers are never sent there.
                    if names_odr(url) {
                        return bad(
                            "markets",
                            "bodies that are not the EU ODR platform (closed in July 2025)",
                            url.clone(),
                        );
                    }
                }
                bodies.push((name, b.url));
            }
            for days in [m.complaint_days, m.escalation_days].into_iter().flatten() {
                if !(1..=365).contains(&days) {
                    return bad("markets", "days from 1 to 365", text::uint(u64::from(days)));
                }
            }
            if code.eq_ignore_ascii_case(&market_code) {
                market_override = Some(MarketOverride {
                    bodies,
                    replace_bodies: m.replace_bodies.unwrap_or(false),
                    complaint_days: m.complaint_days,
                    working_days: m.working_days,
                    escalation_days: m.escalation_days,
                });
            }
        }
        let messages = self
            .messages
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(lang, map)| {
                let lang = crate::i18n::match_tag(&lang)?;
                Some((lang.to_string(), map))
            })
            .collect();
        Ok(Config {
            locale: self.locale.unwrap_or_else(|| "en".to_string()),
            market: Market::from_code(&market_code),

            endpoint,
            privacy_url,
            fixture: self.fixture,
            sending: Sending {
                headers,
                credentials,
                timeout_ms,
                retries,
            },
            draft,
            brand: self
                .brand
                .map(|b| b.trim().to_string())
                .filter(|b| !b.is_empty()),
            messages,
            market_override,
            presentation,
            theme,
            id: self
                .id
                .map(|i| i.chars().filter(|c| !c.is_control()).take(64).collect()),
            operator,
            escalation,
            prefill,
            notes,
            extras: Rc::new(extras),
            texts,
            file_limits,
        })
    }
}

/// The flows the `categories` and `fields` options name, with the category
/// field of each.
const FLOWS: &[(&str, Kind, FieldId)] = &[
    ("feedback", Kind::Feedback, FieldId::FeedbackTopic),
    ("complaint", Kind::Complaint, FieldId::ComplaintCategory),
    (
        "purchaseProblem",
        Kind::PurchaseProblem,
        FieldId::PurchaseIssue,
    ),
];

/// The most merchant fields one flow takes.
pub const MAX_FIELDS: usize = 10;

#[inline(never)]
fn flow_of(option: &str, key: &str) -> Result<(Kind, FieldId), ConfigError> {
    FLOWS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, kind, f)| (*kind, *f))
        .ok_or_else(|| {
            ConfigError::Unreadable(
                [
                    "unknown key `",
                    option,
                    ".",
                    key,
                    "`; ",
                    option,
                    " takes feedback, complaint and purchaseProblem",
                ]
                .concat(),
            )
        })
}

/// What a merchant id that is not one says, before the id and a closing `"`.
const NOT_AN_ID: &str =
    "must be lowercase letters, digits and _ starting with a letter (at most 40), got \"";

/// `at[i]`.
#[inline(never)]
fn indexed(at: &str, i: usize) -> String {
    let mut out = [at, "["].concat();
    text::push_uint(&mut out, i as u64);
    out.push(']');
    out
}

#[inline(never)]
fn bad_extra(at: String, why: &str) -> ConfigError {
    ConfigError::Unreadable(["`", &at, "` ", why].concat())
}

/// A label: 1 to 50 languages, each text 1 to 200 characters of text.
#[inline(never)]
fn check_label(at: String, label: &Label, required: bool) -> Result<(), ConfigError> {
    if label.is_empty() && required {
        return Err(bad_extra(
            at,
            "needs a label: { \"en\": \"...\", \"nl\": \"...\" }",
        ));
    }
    if label.len() > 50 || label.iter().any(|(_, t)| !is_label(t.trim(), 200)) {
        return Err(bad_extra(
            at,
            "must give per language a text of 1 to 200 characters",
        ));
    }
    Ok(())
}

/// Choices (categories, select options): unique ids of the schema's form
/// (or built-in ones where `builtin` lists them), labelled unless built-in.
#[inline(never)]
fn check_choices(
    at: &str,
    given: Vec<ChoiceOptions>,
    builtin: &[&str],
) -> Result<(Vec<String>, Vec<Label>), ConfigError> {
    if given.is_empty() || given.len() > 50 {
        return Err(bad_extra(at.into(), "must list 1 to 50 choices"));
    }
    let mut ids: Vec<String> = Vec::new();
    let mut labels = Vec::new();
    for (i, c) in given.into_iter().enumerate() {
        let here = indexed(at, i);
        let known = builtin.contains(&c.id.as_str());
        if !known && !extras::is_id(&c.id) {
            return Err(bad_extra(
                [&here, ".id"].concat(),
                &[NOT_AN_ID, &c.id, "\""].concat(),
            ));
        }
        if ids.contains(&c.id) {
            return Err(bad_extra(
                [&here, ".id"].concat(),
                &["repeats \"", &c.id, "\""].concat(),
            ));
        }
        check_label([&here, ".label"].concat(), &c.label, !known)?;
        ids.push(c.id);
        labels.push(c.label);
    }
    Ok((ids, labels))
}

/// The `categories` and `fields` options checked. Each category list
/// replaces the built-in one (list a built-in id, without a label, to keep
/// it). Field ids may not be built-in payload keys; at most
/// [`MAX_FIELDS`] per flow; unknown types are errors.
#[inline(never)]
fn check_extras(
    categories: Entries<Vec<ChoiceOptions>>,
    fields: Entries<Vec<FieldOptions>>,
) -> Result<(Extras, Texts), ConfigError> {
    let mut extras = Extras::default();
    let mut texts = Texts::default();
    for (key, list) in categories {
        let (_, field) = flow_of("categories", &key)?;
        let builtin = match field.kind() {
            FieldKind::Choice(options) => options,
            _ => &[],
        };
        let (ids, labels) = check_choices(&["categories.", &key].concat(), list, builtin)?;
        for (id, label) in ids.iter().zip(labels) {
            if !label.is_empty() {
                texts.categories.push((field, id.clone(), label));
            }
        }
        match field {
            FieldId::FeedbackTopic => extras.topics = Some(ids),
            FieldId::ComplaintCategory => extras.categories = Some(ids),
            _ => extras.issues = Some(ids),
        }
    }
    for (key, list) in fields {
        let (flow, _) = flow_of("fields", &key)?;
        if list.len() > MAX_FIELDS {
            let mut why = String::from("has ");
            text::push_uint(&mut why, list.len() as u64);
            why.push_str(" fields; a flow takes at most ");
            text::push_uint(&mut why, MAX_FIELDS as u64);
            return Err(bad_extra(["fields.", &key].concat(), &why));
        }
        let mut seen: Vec<String> = Vec::new();
        for (i, f) in list.into_iter().enumerate() {
            let at = indexed(&["fields.", &key].concat(), i);
            if !extras::is_id(&f.id) {
                return Err(bad_extra(
                    [&at, ".id"].concat(),
                    &[NOT_AN_ID, &f.id, "\""].concat(),
                ));
            }
            if prefill::field_for(&f.id).is_some() || f.id == "custom" {
                return Err(bad_extra(
                    [&at, ".id"].concat(),
                    &["\"", &f.id, "\" is a built-in field; choose another id"].concat(),
                ));
            }
            if seen.contains(&f.id) {
                return Err(bad_extra(
                    [&at, ".id"].concat(),
                    &["repeats \"", &f.id, "\""].concat(),
                ));
            }
            let Some((_, kind)) = CustomKind::NAMES.iter().find(|(n, _)| *n == f.kind) else {
                return Err(bad_extra(
                    [&at, ".type"].concat(),
                    &[
                        "must be text, textarea, select, checkbox or date, got \"",
                        &f.kind,
                        "\"",
                    ]
                    .concat(),
                ));
            };
            check_label([&at, ".label"].concat(), &f.label, true)?;
            check_label([&at, ".hint"].concat(), &f.hint, false)?;
            let (options, option_labels) = match kind {
                CustomKind::Select => check_choices(&[&at, ".options"].concat(), f.options, &[])?,
                _ if !f.options.is_empty() => {
                    return Err(bad_extra(
                        [&at, ".options"].concat(),
                        "is only for a select",
                    ))
                }
                _ => (Vec::new(), Vec::new()),
            };
            seen.push(f.id.clone());
            extras.fields.push(CustomField {
                id: f.id,
                flow,
                kind: *kind,
                required: f.required.unwrap_or(false),
                options,
            });
            texts.fields.push((f.label, f.hint, option_labels));
        }
    }
    Ok((extras, texts))
}

/// The `prefill` option checked: an unknown key, or a `readonly` key that is
/// not prefilled or not a typed field, is a configuration error; a value
/// that is not valid is a note for the console and left editable, so it
/// never stops the form.
#[inline(never)]
fn check_prefill(
    given: PrefillOptions,
    extras: &Extras,
) -> Result<(Prefill, Vec<String>), ConfigError> {
    let field = |key: &str| {
        prefill::field_for(key).ok_or_else(|| {
            ConfigError::Unreadable(
                [
                    "unknown key `prefill.",
                    key,
                    "`; prefill takes email, name, phone, orderReference, \
                     merchant, readonly, or a field's payload key such as what_went_wrong",
                ]
                .concat(),
            )
        })
    };
    let mut out = Prefill::default();
    let mut notes = Vec::new();
    let mut valid = 0u64;
    let mut named = 0u64;
    for (key, value) in given.values {
        let f = field(&key)?;
        named |= f.bit();
        let text = match (value, f.kind()) {
            (PrefillValue::Text(t), _) => t,
            (PrefillValue::Flag(b), FieldKind::Toggle) => if b { "yes" } else { "" }.to_string(),
            (PrefillValue::Flag(b), FieldKind::Choice(c)) if c.contains(&"yes") => {
                if b { "yes" } else { "no" }.to_string()
            }
            (PrefillValue::Flag(_), _) => {
                notes.push(
                    [
                        "complaint-widget: prefill `",
                        &key,
                        "` must be a string, got a boolean; it is left empty",
                    ]
                    .concat(),
                );
                continue;
            }
            (PrefillValue::Other(what), _) => {
                notes.push(
                    [
                        "complaint-widget: prefill `",
                        &key,
                        "` must be a string, got ",
                        what,
                        "; it is left empty",
                    ]
                    .concat(),
                );
                continue;
            }
        };
        // A category is checked against the merchant's list where there is one.
        match rules::check_as(f, f.kind(), extras.list_for(f), false, &text) {
            Ok(_) => valid |= f.bit(),
            Err(e) => {
                let mut note = ["complaint-widget: prefill `", &key, "` is "].concat();
                match e.problem {
                    rules::Problem::TooLong { max } => {
                        note.push_str("longer than ");
                        text::push_uint(&mut note, max as u64);
                        note.push_str(" characters");
                    }
                    rules::Problem::TooShort { min } => {
                        note.push_str("shorter than ");
                        text::push_uint(&mut note, min as u64);
                        note.push_str(" characters");
                    }
                    _ => note.push_str(match f.kind() {
                        FieldKind::Choice(_) => "not one of its choices",
                        _ => "not in the form the field takes",
                    }),
                }
                note.push_str(": \"");
                note.extend(text.chars().take(100));
                note.push_str("\"; it is left for the shopper to correct, not read-only");
                notes.push(note);
            }
        }
        out.values.retain(|(g, _)| *g != f);
        out.values.push((f, text));
    }
    for key in given.readonly {
        let f = field(&key)?;
        if named & f.bit() == 0 {
            return Err(ConfigError::BadValue {
                key: "prefill",
                expected: "`readonly` keys that are given a value in `prefill`",
                got: key,
            });
        }
        if !prefill::can_be_readonly(f) {
            return Err(ConfigError::BadValue {
                key: "prefill",
                expected: "`readonly` keys of fields typed into (not a choice or a checkbox)",
                got: key,
            });
        }
        out.readonly |= f.bit() & valid;
    }
    Ok((out, notes))
}

/// Text shown as given: 1 to `max` characters, no control characters.
fn is_label(text: &str, max: usize) -> bool {
    !text.is_empty() && text.chars().count() <= max && !text.chars().any(char::is_control)
}

/// Headers the widget sets itself or the browser forbids.
const RESERVED_HEADERS: &[&str] = &[
    "content-type",
    "idempotency-key",
    "accept",
    "content-length",
    "cookie",
    "host",
    "origin",
    "referer",
    "connection",
    "transfer-encoding",
];

fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| {
            c.is_ascii_alphanumeric() || (c.is_ascii() && b"!#$%&'*+-.^_`|~".contains(&(c as u8)))
        })
}

/// `https://host...`, or `http://` to localhost or 127.0.0.1 (any port).
pub fn is_allowed_endpoint(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        return host_of(rest).is_some_and(|h| !h.is_empty());
    }
    if let Some(rest) = lower.strip_prefix("http://") {
        return matches!(host_of(rest), Some("localhost" | "127.0.0.1" | "[::1]"));
    }
    false
}

fn host_of(rest: &str) -> Option<&str> {
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.bytes().any(|b| b == b'@') || authority.chars().any(char::is_whitespace) {
        return None;
    }
    if authority.starts_with('[') {
        return authority.find(']').and_then(|end| authority.get(..=end));
    }
    authority.split(':').next()
}

/// Whether `url` leads to the EU's closed ODR platform. Compared byte-wise:
/// `str::contains` would bring substring-search code (and its panic
/// formatting) into the wasm module for this one check.
fn names_odr(url: &str) -> bool {
    const ODR: &[u8] = b"ec.europa.eu/consumers/odr";
    url.as_bytes()
        .windows(ODR.len())
        .any(|w| w.eq_ignore_ascii_case(ODR))
}

/// A link safe to put in `href`: `https:`/`http:` with a host, or a path on
/// the same site (`/privacy`, not `//elsewhere`).
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let web = ["https://", "http://"].iter().any(|p| {
        lower
            .strip_prefix(p)
            .and_then(host_of)
            .is_some_and(|h| !h.is_empty())
    });
    let path = url.starts_with('/') && !url.starts_with("//") && !url.bytes().any(|b| b == b'\\');
    (web || path) && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_messages_are_worded_for_the_console() {
        let cases = [
            (
                ConfigError::Unreadable("unknown option `colour`".into()),
                "complaint-widget: the options could not be read: unknown option `colour`",
            ),
            (
                ConfigError::MissingEndpoint,
                "complaint-widget: option `endpoint` is missing: set it to the URL the form posts to, for example \"/api/submissions\"",
            ),
            (
                ConfigError::InsecureEndpoint("http://example.com".into()),
                "complaint-widget: option `endpoint` must be an https: URL (http: only on localhost or 127.0.0.1), got \"http://example.com\"",
            ),
            (
                ConfigError::BadPrivacyUrl("javascript:x".into()),
                "complaint-widget: option `privacyUrl` must be an https:/http: URL or a path starting with /, got \"javascript:x\"",
            ),
            (
                ConfigError::UnknownFixture("nope".into()),
                "complaint-widget: option `fixture` names no known fixture: \"nope\"",
            ),
            (
                ConfigError::NotOneOf {
                    key: "theme",
                    choices: &["auto", "light", "dark"],
                    got: "pink".into(),
                },
                "complaint-widget: option `theme` must be \"auto\", \"light\" or \"dark\", got \"pink\"",
            ),
            (
                ConfigError::NotOneOf {
                    key: "x",
                    choices: &["a"],
                    got: "b".into(),
                },
                "complaint-widget: option `x` must be \"a\", got \"b\"",
            ),
            (
                ConfigError::OutOfRange {
                    key: "retries",
                    min: 0,
                    max: 10,
                    got: 4_294_967_295,
                },
                "complaint-widget: option `retries` must be from 0 to 10, got \"4294967295\"",
            ),
            (
                ConfigError::BadValue {
                    key: "headers",
                    expected: "an object of strings",
                    got: "a value of another type".into(),
                },
                "complaint-widget: option `headers` must be an object of strings, got \"a value of another type\"",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.message(), message);
        }
    }

    /// Options with nothing but the one option every live form needs.
    fn with_endpoint() -> Options {
        Options {
            endpoint: Some("https://shop.example/api".into()),
            ..Default::default()
        }
    }

    #[test]
    fn an_endpoint_is_required_unless_a_fixture_is_shown() {
        let e = Options::default().check().unwrap_err().message();
        assert!(e.contains("option `endpoint` is missing"), "{e}");
        let fixture = Options {
            fixture: Some("choose".into()),
            ..Default::default()
        };
        assert!(fixture.check().is_ok());
    }

    #[test]
    fn defaults() {
        let c = with_endpoint().check().unwrap();
        assert_eq!(c.locale, "en");
        assert_eq!(c.market, Market::Other);
        assert_eq!(c.endpoint.as_deref(), Some("https://shop.example/api"));
    }

    #[test]
    fn endpoints_must_be_https_or_local_http() {
        for ok in [
            "https://shop.example/complaints",
            "http://127.0.0.1:8080/api",
            "http://localhost/api",
            "HTTPS://x.nl",
        ] {
            assert!(is_allowed_endpoint(ok), "{ok}");
        }
        for bad in [
            "http://shop.example/api",
            "ftp://x",
            "javascript:alert(1)",
            "//shop.example",
            "/api",
            "https://",
            "http://127.0.0.1.evil.example/",
            "http://localhost@evil.example/",
            "https://a b/",
        ] {
            assert!(!is_allowed_endpoint(bad), "{bad}");
        }
        let e = Options {
            endpoint: Some("http://shop.example".into()),
            ..with_endpoint()
        }
        .check();
        assert!(matches!(e, Err(ConfigError::InsecureEndpoint(_))));
        assert!(e.unwrap_err().message().contains("endpoint"));
    }

    #[test]
    fn privacy_links_are_web_urls_or_site_paths() {
        for ok in [
            "https://shop.example/privacy",
            "/privacy#data",
            "http://shop.example/p",
        ] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "//evil.example",
            "data:text/html,x",
            "/a b",
            "privacy",
            "/\\evil",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }

    #[test]
    fn sending_options() {
        let c = with_endpoint().check().unwrap();
        assert_eq!(c.sending, Sending::default());
        assert_eq!(c.draft, DraftStore::Session);
        let headers = vec![("X-CSRF-Token".to_string(), "abc123".to_string())];
        let c = Options {
            headers: Some(headers),
            credentials: Some("include".into()),
            timeout_ms: Some(5000),
            retries: Some(0),
            draft: Some("off".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(
            c.sending.headers,
            vec![("X-CSRF-Token".to_string(), "abc123".to_string())]
        );
        assert_eq!(c.sending.credentials, Credentials::Include);
        assert_eq!((c.sending.timeout_ms, c.sending.retries), (5000, 0));
        assert_eq!(c.draft, DraftStore::Off);
    }

    #[test]
    fn bad_sending_options_name_the_option() {
        let cases: Vec<(Options, &str)> = vec![
            (
                Options {
                    credentials: Some("always".into()),
                    ..with_endpoint()
                },
                "credentials",
            ),
            (
                Options {
                    timeout_ms: Some(10),
                    ..with_endpoint()
                },
                "timeoutMs",
            ),
            (
                Options {
                    retries: Some(50),
                    ..with_endpoint()
                },
                "retries",
            ),
            (
                Options {
                    draft: Some("cloud".into()),
                    ..with_endpoint()
                },
                "draft",
            ),
            (
                Options {
                    headers: Some([("Idempotency-Key".to_string(), "x".to_string())].into()),
                    ..with_endpoint()
                },
                "headers",
            ),
            (
                Options {
                    headers: Some([("X-A".to_string(), "a\r\nb".to_string())].into()),
                    ..with_endpoint()
                },
                "headers",
            ),
            (
                Options {
                    headers: Some([("bad name".to_string(), "x".to_string())].into()),
                    ..with_endpoint()
                },
                "headers",
            ),
        ];
        for (options, key) in cases {
            let message = options.check().unwrap_err().message();
            assert!(message.contains(&format!("`{key}`")), "{message}");
        }
    }

    #[test]
    fn a_merchant_body_cannot_point_to_the_closed_odr_platform() {
        let markets = vec![(
            "NL".to_string(),
            MarketOptions {
                bodies: Some(vec![BodyOptions {
                    name: "Online Dispute Resolution".into(),
                    url: Some(
                        "https://ec.europa.eu/consumers/odr/main/?event=main.home2.show".into(),
                    ),
                }]),
                ..Default::default()
            },
        )];
        let e = Options {
            market: Some("NL".into()),
            markets: Some(markets),
            ..with_endpoint()
        }
        .check()
        .unwrap_err()
        .message();
        assert!(e.contains("`markets`") && e.contains("ODR"), "{e}");
    }

    #[test]
    fn market_changes_apply_to_the_active_market_only() {
        let mut markets = Vec::new();
        markets.push((
            "se".to_string(),
            MarketOptions {
                bodies: Some(vec![BodyOptions {
                    name: "Butikens klagomålsnämnd".into(),
                    url: Some("https://shop.example/klagomal".into()),
                }]),
                complaint_days: Some(10),
                ..Default::default()
            },
        ));
        markets.push((
            "NO".to_string(),
            MarketOptions {
                replace_bodies: Some(true),
                ..Default::default()
            },
        ));
        let c = Options {
            market: Some("SE".into()),
            markets: Some(markets.clone()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        let o = c.market_override.unwrap();
        assert_eq!(o.bodies[0].0, "Butikens klagomålsnämnd");
        assert_eq!(o.complaint_days, Some(10));
        markets.push((
            "FR".to_string(),
            MarketOptions {
                bodies: Some(vec![BodyOptions {
                    name: "x".into(),
                    url: Some("javascript:alert(1)".into()),
                }]),
                ..Default::default()
            },
        ));
        let e = Options {
            market: Some("SE".into()),
            markets: Some(markets),
            ..with_endpoint()
        }
        .check()
        .unwrap_err();
        assert!(e.message().contains("`markets`"));
    }

    #[test]
    fn message_overrides_are_kept_per_shipped_language() {
        let nl = vec![("field-email-label".to_string(), "E-mail".to_string())];
        let messages = vec![("nl-BE".to_string(), nl), ("xx".to_string(), Vec::new())];
        let c = Options {
            messages: Some(messages),
            brand: Some(" Fietsen BV ".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(
            c.messages.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            ["nl"]
        );
        assert_eq!(c.brand.as_deref(), Some("Fietsen BV"));
    }

    #[test]
    fn unknown_option_keys_are_named() {
        assert!(check_key("endpoint").is_ok());
        assert!(check_key("beforeSubmit").is_ok());
        let e = check_key("colour").unwrap_err().message();
        assert!(
            e.contains("unknown option `colour`") && e.contains("endpoint"),
            "{e}"
        );
    }

    #[test]
    fn presentation_and_theme() {
        let c = with_endpoint().check().unwrap();
        assert_eq!((c.presentation, c.theme), (Presentation::Inline, "light"));
        let c = Options {
            presentation: Some("launcher".into()),
            theme: Some("system".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(
            (c.presentation, c.theme),
            (Presentation::Launcher, "system")
        );
        let e = Options {
            theme: Some("neon".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap_err();
        assert!(e.message().contains("`theme`"));
    }

    #[test]
    fn unknown_fixture_is_refused() {
        let e = Options {
            fixture: Some("nope".into()),
            ..with_endpoint()
        }
        .check();
        assert_eq!(e, Err(ConfigError::UnknownFixture("nope".into())));
        assert!(Options {
            fixture: Some("complaint-errors".into()),
            ..with_endpoint()
        }
        .check()
        .is_ok());
    }

    #[test]
    fn the_operator_is_a_merchant_unless_told_otherwise() {
        let c = with_endpoint().check().unwrap();
        assert_eq!(c.operator, Operator::Merchant);
        assert_eq!(c.escalation, None, "a shop names its own, or has none");
        assert_eq!(
            c.route(),
            Route {
                shop: true,
                escalation: false
            }
        );
        let c = Options {
            operator: Some("payment-provider".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(c.operator, Operator::PaymentProvider);
        assert_eq!(
            c.escalation,
            Some(Escalation {
                name: None,
                target: Target {
                    days: 10,
                    working_days: false
                }
            }),
            "the seeds' consumer ombudsman, 10 days"
        );
        assert_eq!(c.route(), Route::default());
        let e = Options {
            operator: Some("bank".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap_err()
        .message();
        assert!(
            e.contains("`operator`") && e.contains("\"payment-provider\"") && e.contains("bank"),
            "{e}"
        );
        assert!(check_key("operator").is_ok() && check_key("escalation").is_ok());
    }

    #[test]
    fn the_escalation_is_named_and_timed_by_the_operator() {
        let with = |operator: &str, e: EscalationOptions| {
            Options {
                operator: Some(operator.into()),
                escalation: Some(e),
                ..with_endpoint()
            }
            .check()
        };
        let manager = EscalationOptions {
            enabled: true,
            name: Some(" Klageansvarlig Kari Nordmann ".into()),
            days: Some(10),
            working_days: Some(true),
        };
        let c = with("merchant", manager.clone()).unwrap();
        let e = c.escalation.clone().unwrap();
        assert_eq!(e.name.as_deref(), Some("Klageansvarlig Kari Nordmann"));
        assert_eq!(
            e.target,
            Target {
                days: 10,
                working_days: true
            }
        );
        assert!(c.route().escalation && c.route().shop);
        // Only what is given changes: a payment provider's renamed
        // ombudsman keeps its 10 days; a shop's states no time of its own.
        let named = |name: &str| EscalationOptions {
            enabled: true,
            name: Some(name.into()),
            ..Default::default()
        };
        let pp = with("payment-provider", named("Kundombud")).unwrap();
        assert_eq!(pp.escalation.unwrap().target.days, 10);
        let shop = with("merchant", named("Our complaints manager")).unwrap();
        assert_eq!(shop.escalation.unwrap().target.days, 0);
        let on = EscalationOptions {
            enabled: true,
            ..Default::default()
        };
        assert_eq!(
            with("merchant", on).unwrap().escalation,
            Some(Escalation {
                name: None,
                target: Target {
                    days: 0,
                    working_days: false
                }
            })
        );
        let off = EscalationOptions::default();
        let c = with("payment-provider", off).unwrap();
        assert_eq!(c.escalation, None, "false: straight to the dispute bodies");
        assert!(!c.route().escalation && !c.route().shop);
        for (bad, what) in [
            (named(""), "`name`"),
            (named(&"x".repeat(101)), "`name`"),
            (named("a\u{0}b"), "`name`"),
            (
                EscalationOptions {
                    days: Some(0),
                    ..manager.clone()
                },
                "`days`",
            ),
            (
                EscalationOptions {
                    days: Some(366),
                    ..manager
                },
                "`days`",
            ),
        ] {
            let e = with("merchant", bad).unwrap_err().message();
            assert!(e.contains("option `escalation`") && e.contains(what), "{e}");
        }
    }

    #[test]
    fn a_markets_escalation_days_apply_where_there_is_an_escalation() {
        let markets = vec![(
            "NL".to_string(),
            MarketOptions {
                escalation_days: Some(5),
                ..Default::default()
            },
        )];
        let c = Options {
            market: Some("NL".into()),
            markets: Some(markets),
            operator: Some("payment-provider".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(c.resolve().escalation.days, 5);
        assert_eq!(c.resolve().complaint.days, 14);
        let shop = Options {
            market: Some("NL".into()),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(shop.resolve().complaint.days, 0, "a shop states no time");
        assert_eq!(
            shop.escalation_target().days,
            0,
            "a fixture's built-in manager states no time either"
        );
    }

    fn prefilled(
        values: &[(&str, PrefillValue)],
        readonly: &[&str],
    ) -> Result<Config, ConfigError> {
        Options {
            prefill: Some(PrefillOptions {
                values: values
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
                readonly: readonly.iter().map(|k| k.to_string()).collect(),
            }),
            ..with_endpoint()
        }
        .check()
    }

    fn text(t: &str) -> PrefillValue {
        PrefillValue::Text(t.into())
    }

    #[test]
    fn prefill_names_fields_by_alias_or_payload_key() {
        let c = prefilled(
            &[
                ("email", text("anna@example.nl")),
                ("orderReference", text("ORD-1234")),
                ("merchant", text("Bakkerij Jansen")),
                ("what_went_wrong", text("Charged twice")),
                ("reply_wanted", PrefillValue::Flag(true)),
                ("contacted_before", PrefillValue::Flag(false)),
            ],
            &["email", "orderReference"],
        )
        .unwrap();
        assert_eq!(
            c.prefill.values,
            vec![
                (FieldId::Email, "anna@example.nl".to_string()),
                (FieldId::OrderReference, "ORD-1234".to_string()),
                (FieldId::Seller, "Bakkerij Jansen".to_string()),
                (FieldId::WhatWentWrong, "Charged twice".to_string()),
                (FieldId::ReplyWanted, "yes".to_string()),
                (FieldId::ContactedBefore, "no".to_string()),
            ]
        );
        assert_eq!(
            c.prefill.readonly,
            FieldId::Email.bit() | FieldId::OrderReference.bit()
        );
        assert!(c.notes.is_empty());
    }

    #[test]
    fn a_bad_prefill_value_is_a_note_and_stays_editable() {
        let c = prefilled(
            &[
                ("email", text("not an email")),
                ("phone", PrefillValue::Other("a number")),
                ("complaint_category", text("weather")),
            ],
            &["email"],
        )
        .unwrap();
        assert_eq!(c.prefill.readonly, 0, "a bad value is never locked");
        assert_eq!(
            c.prefill.values,
            vec![
                (FieldId::Email, "not an email".to_string()),
                (FieldId::ComplaintCategory, "weather".to_string()),
            ]
        );
        assert_eq!(c.notes.len(), 3, "{:?}", c.notes);
        assert!(
            c.notes[0]
                .contains("prefill `email` is not in the form the field takes: \"not an email\""),
            "{}",
            c.notes[0]
        );
        assert!(
            c.notes[1].contains("prefill `phone` must be a string, got a number"),
            "{}",
            c.notes[1]
        );
        assert!(
            c.notes[2].contains("prefill `complaint_category` is not one of its choices"),
            "{}",
            c.notes[2]
        );
    }

    #[test]
    fn prefill_configuration_errors_are_named() {
        let e = prefilled(&[("address", text("Main St"))], &[])
            .unwrap_err()
            .message();
        assert!(e.contains("unknown key `prefill.address`"), "{e}");
        let e = prefilled(&[("email", text("anna@example.nl"))], &["name"])
            .unwrap_err()
            .message();
        assert!(e.contains("`readonly` keys that are given a value"), "{e}");
        assert!(e.contains("\"name\""), "{e}");
        let e = prefilled(
            &[("complaint_category", text("refund"))],
            &["complaint_category"],
        )
        .unwrap_err()
        .message();
        assert!(e.contains("not a choice or a checkbox"), "{e}");
    }

    fn label(pairs: &[(&str, &str)]) -> Label {
        pairs
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect()
    }

    fn choice(id: &str, en: &str) -> ChoiceOptions {
        ChoiceOptions {
            id: id.into(),
            label: if en.is_empty() {
                Vec::new()
            } else {
                label(&[("en", en)])
            },
        }
    }

    fn size_field() -> FieldOptions {
        FieldOptions {
            id: "size".into(),
            kind: "select".into(),
            required: Some(true),
            label: label(&[("en", "Size"), ("nl", "Maat")]),
            hint: Vec::new(),
            options: vec![choice("s", "Small"), choice("m", "Medium")],
        }
    }

    fn extras_of(
        categories: Entries<Vec<ChoiceOptions>>,
        fields: Entries<Vec<FieldOptions>>,
    ) -> Result<Config, ConfigError> {
        Options {
            categories: Some(categories),
            fields: Some(fields),
            ..with_endpoint()
        }
        .check()
    }

    #[test]
    fn merchant_categories_replace_the_list_and_keep_built_in_ids() {
        let c = extras_of(
            vec![(
                "complaint".into(),
                vec![
                    choice("damaged", "Damaged in transit"),
                    choice("refund", ""),
                ],
            )],
            Vec::new(),
        )
        .unwrap();
        assert_eq!(
            c.extras.categories,
            Some(vec!["damaged".to_string(), "refund".to_string()])
        );
        assert_eq!(
            c.texts
                .category(FieldId::ComplaintCategory, "damaged", "fr"),
            Some("Damaged in transit"),
            "falls back to English"
        );
        assert_eq!(
            c.texts.category(FieldId::ComplaintCategory, "refund", "en"),
            None
        );
        // A prefilled category is checked against the merchant's list.
        let c = Options {
            categories: Some(vec![(
                "complaint".into(),
                vec![choice("damaged", "Damaged in transit")],
            )]),
            prefill: Some(PrefillOptions {
                values: vec![
                    ("complaint_category".into(), text("damaged")),
                    ("feedback_topic".into(), text("damaged")),
                ],
                readonly: Vec::new(),
            }),
            ..with_endpoint()
        }
        .check()
        .unwrap();
        assert_eq!(c.notes.len(), 1, "{:?}", c.notes);
        assert!(
            c.notes[0].contains("prefill `feedback_topic`"),
            "{:?}",
            c.notes
        );
    }

    #[test]
    fn merchant_fields_are_checked() {
        let c = extras_of(Vec::new(), vec![("complaint".into(), vec![size_field()])]).unwrap();
        assert_eq!(c.extras.fields.len(), 1);
        assert_eq!(c.extras.fields[0].kind, CustomKind::Select);
        assert_eq!(c.extras.fields[0].flow, Kind::Complaint);
        assert_eq!(c.extras.fields[0].options, vec!["s", "m"]);
        assert_eq!(c.texts.missing("de"), None, "English to fall back on");

        let refused = |fields: Vec<FieldOptions>, flow: &str| {
            extras_of(Vec::new(), vec![(flow.into(), fields)])
                .unwrap_err()
                .message()
        };
        let with = |f: fn(&mut FieldOptions)| {
            let mut field = size_field();
            f(&mut field);
            vec![field]
        };
        let e = refused(with(|f| f.id = "email".into()), "complaint");
        assert!(e.contains("\"email\" is a built-in field"), "{e}");
        let e = refused(with(|f| f.id = "order_reference".into()), "complaint");
        assert!(e.contains("is a built-in field"), "{e}");
        let e = refused(with(|f| f.kind = "colour".into()), "complaint");
        assert!(e.contains("`fields.complaint[0].type` must be text, textarea, select, checkbox or date, got \"colour\""), "{e}");
        let e = refused(with(|f| f.label = Vec::new()), "complaint");
        assert!(
            e.contains("`fields.complaint[0].label` needs a label"),
            "{e}"
        );
        let e = refused(with(|f| f.id = "Size".into()), "complaint");
        assert!(
            e.contains("`fields.complaint[0].id` must be lowercase"),
            "{e}"
        );
        let e = refused(vec![size_field(); 11], "complaint");
        assert!(
            e.contains("`fields.complaint` has 11 fields; a flow takes at most 10"),
            "{e}"
        );
        let e = refused(vec![size_field(); 2], "complaint");
        assert!(e.contains("repeats \"size\""), "{e}");
        let e = refused(vec![size_field()], "returns");
        assert!(e.contains("unknown key `fields.returns`"), "{e}");

        // A label in neither the form's language nor English.
        let mut only_nl = size_field();
        only_nl.label = label(&[("nl", "Maat")]);
        let c = extras_of(Vec::new(), vec![("complaint".into(), vec![only_nl])]).unwrap();
        assert_eq!(c.texts.missing("nl"), None);
        assert!(c.texts.missing("fr").is_some());
    }
}
