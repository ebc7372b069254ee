//! Staff tokens: read from a file or an environment variable as
//! `name:token`, kept only as SHA-256 hashes, and checked in constant time
//! against a request's `Authorization: Bearer` header or the inbox's
//! `cw_staff` cookie. Knows nothing about routes.

use axum::http::{header, HeaderMap};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The cookie the inbox pages log in with (its value is the token).
pub const COOKIE: &str = "cw_staff";

/// The shortest token accepted: shorter ones are too easy to guess.
pub const MIN_TOKEN_LEN: usize = 16;

/// The staff who may read and change submissions.
#[derive(Clone, Debug, Default)]
pub struct StaffTokens {
    staff: Vec<(String, [u8; 32])>,
}

impl StaffTokens {
    /// Reads `name:token` entries separated by new lines or `;` (blank
    /// entries and lines starting with `#` are skipped).
    pub fn parse(text: &str) -> Result<StaffTokens, String> {
        let mut staff = Vec::new();
        for (i, entry) in text.split(['\n', ';']).enumerate() {
            let entry = entry.trim();
            if entry.is_empty() || entry.starts_with('#') {
                continue;
            }
            let Some((name, token)) = entry.split_once(':') else {
                return Err(format!(
                    "staff token entry {} has no `:`; write each as name:token",
                    i + 1
                ));
            };
            let (name, token) = (name.trim(), token.trim());
            if name.is_empty() {
                return Err(format!("staff token entry {} has no name", i + 1));
            }
            if token.len() < MIN_TOKEN_LEN {
                return Err(format!(
                    "the token of {name} is shorter than {MIN_TOKEN_LEN} characters; \
use a long random one (e.g. `openssl rand -hex 24`)"
                ));
            }
            staff.push((name.to_string(), hash(token)));
        }
        Ok(StaffTokens { staff })
    }

    /// Whether no token is configured (then every staff route answers 401).
    pub fn is_empty(&self) -> bool {
        self.staff.is_empty()
    }

    /// The name of the staff member whose token this is. Every configured
    /// hash is compared, in constant time, whatever matches.
    pub fn check(&self, token: &str) -> Option<String> {
        let given = hash(token);
        let mut found = None;
        for (name, expected) in &self.staff {
            if bool::from(given.ct_eq(expected)) && found.is_none() {
                found = Some(name.clone());
            }
        }
        found
    }

    /// The staff member a request comes from: a bearer token, else the
    /// inbox cookie.
    pub fn staff(&self, headers: &HeaderMap) -> Option<String> {
        if let Some(token) = bearer(headers) {
            return self.check(token);
        }
        cookie(headers, COOKIE).and_then(|token| self.check(token))
    }
}

fn hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// The value of cookie `name`, if the request sends it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn tokens_are_read_and_checked_by_bearer_or_cookie() {
        let tokens =
            StaffTokens::parse("# staff\nanna:0123456789abcdef01\n\nbo:fedcba9876543210fe;")
                .unwrap();
        assert_eq!(tokens.check("0123456789abcdef01").as_deref(), Some("anna"));
        assert_eq!(tokens.check("fedcba9876543210fe").as_deref(), Some("bo"));
        assert_eq!(tokens.check("0123456789abcdef0"), None);
        let mut h = HeaderMap::new();
        assert_eq!(tokens.staff(&h), None);
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer fedcba9876543210fe"),
        );
        assert_eq!(tokens.staff(&h).as_deref(), Some("bo"));
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("x=1; cw_staff=0123456789abcdef01"),
        );
        assert_eq!(tokens.staff(&h).as_deref(), Some("anna"));
    }

    #[test]
    fn bad_entries_say_how_to_fix_them() {
        assert!(StaffTokens::parse("anna")
            .unwrap_err()
            .contains("name:token"));
        assert!(StaffTokens::parse("anna:short")
            .unwrap_err()
            .contains("shorter than 16"));
        assert!(StaffTokens::parse(":0123456789abcdef01")
            .unwrap_err()
            .contains("no name"));
    }
}
