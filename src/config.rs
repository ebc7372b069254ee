//! The integrator's options: read from a JS object, checked, and turned into
//! a [`Config`]. Every value is untrusted. Pure: no DOM, no JS types.

use serde::Deserialize;
use std::fmt;

use crate::market::Market;

/// The options `mount(element, options)` accepts, as they arrive from JS.
/// Unknown keys are refused so a typo does not silently do nothing.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
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
}

/// What is wrong with the options. The message is for the integrator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The options could not be read (unknown key or wrong type).
    Unreadable(String),
    /// `endpoint` is not `https:` (or `http:` on localhost).
    InsecureEndpoint(String),
    /// `privacyUrl` is not an `https:`/`http:` URL or a site path.
    BadPrivacyUrl(String),
    /// `fixture` names no fixture.
    UnknownFixture(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Unreadable(why) => write!(f, "complaint-widget: the options could not be read: {why}"),
            ConfigError::InsecureEndpoint(url) => write!(
                f,
                "complaint-widget: option `endpoint` must be an https: URL (http: only on localhost or 127.0.0.1), got {url:?}"
            ),
            ConfigError::BadPrivacyUrl(url) => write!(
                f,
                "complaint-widget: option `privacyUrl` must be an https:/http: URL or a path starting with /, got {url:?}"
            ),
            ConfigError::UnknownFixture(name) => {
                write!(f, "complaint-widget: option `fixture` names no known fixture: {name:?}")
            }
        }
    }
}

impl Options {
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
        }
        Ok(Config {
            locale: self.locale.unwrap_or_else(|| "en".to_string()),
            market: Market::from_code(self.market.as_deref().unwrap_or("")),
            endpoint,
            privacy_url,
            fixture: self.fixture,
        })
    }
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
    if authority.contains('@') || authority.contains(char::is_whitespace) {
        return None;
    }
    if authority.starts_with('[') {
        return authority.find(']').map(|end| &authority[..=end]);
    }
    authority.split(':').next()
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
    let path = url.starts_with('/') && !url.starts_with("//") && !url.contains('\\');
    (web || path) && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let c = Options::default().check().unwrap();
        assert_eq!(c.locale, "en");
        assert_eq!(c.market, Market::Other);
        assert_eq!(c.endpoint, None);
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
            ..Default::default()
        }
        .check();
        assert!(matches!(e, Err(ConfigError::InsecureEndpoint(_))));
        assert!(e.unwrap_err().to_string().contains("endpoint"));
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
    fn unknown_fixture_is_refused() {
        let e = Options {
            fixture: Some("nope".into()),
            ..Default::default()
        }
        .check();
        assert_eq!(e, Err(ConfigError::UnknownFixture("nope".into())));
        assert!(Options {
            fixture: Some("complaint-errors".into()),
            ..Default::default()
        }
        .check()
        .is_ok());
    }
}
