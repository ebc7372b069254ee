//! Writing the few JSON documents the widget produces (the payload, drafts,
//! the outbox). A small writer instead of a serialisation framework keeps the
//! wasm module small; host tests read every document back with `serde_json`.

use std::fmt::Write as _;

/// Appends `s` as a JSON string literal.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Control characters, and the two separators JavaScript source
            // cannot hold raw.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes one JSON object, member by member.
pub struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    /// Opens an object.
    pub fn new(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    fn key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(self.out, key);
        self.out.push(':');
    }

    /// A string member.
    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        self.key(key);
        string(self.out, value);
        self
    }

    /// A string member, or `null`.
    pub fn opt_str(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(v) => self.str(key, v),
            None => self.raw(key, "null"),
        }
    }

    /// A boolean member, or `null`.
    pub fn opt_bool(&mut self, key: &str, value: Option<bool>) -> &mut Self {
        let raw = match value {
            Some(true) => "true",
            Some(false) => "false",
            None => "null",
        };
        self.raw(key, raw)
    }

    /// A member whose value is already JSON.
    pub fn raw(&mut self, key: &str, json: &str) -> &mut Self {
        self.key(key);
        self.out.push_str(json);
        self
    }

    /// An object member of string values.
    pub fn map<'s>(
        &mut self,
        key: &str,
        entries: impl IntoIterator<Item = (&'s str, &'s str)>,
    ) -> &mut Self {
        self.key(key);
        let mut inner = Object::new(self.out);
        for (k, v) in entries {
            inner.str(k, v);
        }
        inner.end();
        self
    }

    /// Closes the object.
    pub fn end(&mut self) {
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_so_json_parsers_read_them_back() {
        let tricky =
            "quote \" back \\ line\nreturn\r tab\t nul\u{0} bell\u{7} sep\u{2028} é 😀 </script>";
        let mut out = String::new();
        string(&mut out, tricky);
        assert_eq!(serde_json::from_str::<String>(&out).unwrap(), tricky);
        assert!(!out.contains('\u{2028}'));
    }

    #[test]
    fn objects() {
        let mut out = String::new();
        Object::new(&mut out)
            .str("a", "x")
            .opt_str("b", None)
            .opt_bool("c", Some(true))
            .map("d", [("k", "v")])
            .raw("e", "1")
            .end();
        assert_eq!(out, r#"{"a":"x","b":null,"c":true,"d":{"k":"v"},"e":1}"#);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["d"]["k"], "v");
    }
}
