//! Every string the widget shows, through Project Fluent.
//!
//! Owns the `.ftl` files under `locales/` (compiled in), the bundles built
//! from them, and the choice of language among those shipped. It must not
//! know about the DOM: the view asks for a message by id and gets text.
//!
//! Placeables are not wrapped in Unicode isolation marks: every shipped
//! language is left-to-right and the only placeables are numbers, references
//! and names of bodies.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The languages shipped, with their Fluent source. English is first and is
/// the fallback for any message a language lacks.
pub const LOCALES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/widget.ftl")),
    ("nl", include_str!("../locales/nl/widget.ftl")),
];

/// One argument to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number (selects plural forms).
    Num(f64),
    /// A piece of text.
    Str(String),
}

/// Looks up messages in one language, falling back to English.
pub struct Localizer {
    lang: &'static str,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// A localizer for the shipped language that best matches `requested`
    /// (a BCP 47 tag such as `nl-BE`); English when none matches.
    pub fn new(requested: &str) -> Localizer {
        let lang = pick(requested);
        let mut bundles = vec![bundle(lang)];
        if lang != "en" {
            bundles.push(bundle("en"));
        }
        Localizer { lang, bundles }
    }

    /// The language in use, as a BCP 47 tag.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Whether the message exists in this language or the fallback.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments. A missing message yields its id, so a gap
    /// shows up in tests instead of as a blank label.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            let value = match arg {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Str(s) => FluentValue::from(s.clone()),
            };
            fluent_args.set(*name, value);
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        id.to_string()
    }
}

/// The shipped language for a requested tag: an exact language match, then
/// English.
fn pick(requested: &str) -> &'static str {
    let language = requested
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LOCALES
        .iter()
        .map(|(lang, _)| *lang)
        .find(|lang| *lang == language)
        .unwrap_or("en")
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let source = LOCALES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or("");
    // A parse error keeps the messages that did parse; the parity test makes
    // sure the shipped files have none.
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    // Adding to a fresh bundle only fails on duplicate ids, which the parity
    // test also rules out; the first definition wins.
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_shipped_languages_and_falls_back_to_english() {
        assert_eq!(Localizer::new("nl").lang(), "nl");
        assert_eq!(Localizer::new("nl-BE").lang(), "nl");
        assert_eq!(Localizer::new("NL_nl").lang(), "nl");
        assert_eq!(Localizer::new("en-GB").lang(), "en");
        assert_eq!(Localizer::new("xx").lang(), "en");
        assert_eq!(Localizer::new("").lang(), "en");
    }

    #[test]
    fn formats_plurals_and_reports_missing_ids() {
        let en = Localizer::new("en");
        assert_eq!(
            en.format("count-remaining", &[("count", Arg::Num(1.0))]),
            "You have 1 character remaining"
        );
        assert_eq!(
            en.format("count-remaining", &[("count", Arg::Num(12.0))]),
            "You have 12 characters remaining"
        );
        assert_eq!(en.text("no-such-message"), "no-such-message");
        assert!(!en.has("no-such-message"));
    }

    #[test]
    fn dutch_uses_the_seed_wording_for_the_gate() {
        let nl = Localizer::new("nl");
        assert_eq!(
            nl.text("field-contacted-before-label"),
            "Ben je eerder in contact geweest met onze klantenservice over deze kwestie?"
        );
    }
}
