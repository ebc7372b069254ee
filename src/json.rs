//! Writing the few JSON documents the widget produces (the payload, drafts,
//! the outbox), and reading drafts and the outbox back. A small writer and a
//! small strict reader instead of a serialisation framework keep the wasm
//! module small; host tests check both against `serde_json`
//! (`tests/oracles.rs`).

use crate::prelude::*;

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
                out.push_str("\\u");
                let code = c as u32;
                for shift in [12, 8, 4, 0] {
                    out.extend(char::from_digit((code >> shift) & 0xf, 16));
                }
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

/// How deeply arrays and objects may nest in a document [`Reader`] reads
/// (a draft needs two levels). Deeper input is refused, so hostile input
/// cannot exhaust the stack.
pub const MAX_DEPTH: u8 = 32;

/// A string, a whole number, a boolean, or any other value (skipped), as
/// [`Reader::scalar`] reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// A string, unescaped.
    Str(String),
    /// A number written as a whole number from 0 to `u32::MAX`: digits only,
    /// no sign, fraction or exponent.
    Whole(u32),
    /// `true` or `false`.
    Bool(bool),
    /// Any other value: `null`, another number, an array, an object.
    Other,
}

impl Scalar {
    /// The string, if this is one.
    pub fn into_string(self) -> Option<String> {
        match self {
            Scalar::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// A strict reader of one JSON document (RFC 8259), for the few documents
/// the widget reads back from storage. Every method returns `None` on
/// anything malformed: bad syntax, a bad escape, a lone surrogate, a raw
/// control character in a string, nesting deeper than [`MAX_DEPTH`],
/// trailing text. It never panics and does no formatting, so it adds little
/// to the module. Numbers are checked, not converted, except whole numbers
/// (see [`Scalar::Whole`]).
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: u8,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    /// Skips whitespace; the next byte, if any.
    pub fn ahead(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
        self.peek()
    }

    fn eat(&mut self, want: u8) -> Option<()> {
        if self.ahead()? != want {
            return None;
        }
        self.pos += 1;
        Some(())
    }

    fn word(&mut self, word: &[u8]) -> Option<()> {
        let end = self.pos + word.len();
        if self.text.as_bytes().get(self.pos..end)? != word {
            return None;
        }
        self.pos = end;
        Some(())
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// The end of the document: nothing but whitespace is left.
    pub fn end(&mut self) -> Option<()> {
        match self.ahead() {
            None => Some(()),
            Some(_) => None,
        }
    }

    /// Reads an object, calling `member` with the reader and each key; the
    /// reader is then at the member's value, which `member` must read (or
    /// [`skip`](Reader::skip)).
    pub fn object(
        &mut self,
        member: &mut dyn FnMut(&mut Reader<'a>, String) -> Option<()>,
    ) -> Option<()> {
        self.eat(b'{')?;
        self.enter()?;
        if self.ahead()? == b'}' {
            self.pos += 1;
        } else {
            loop {
                let key = self.string()?;
                self.eat(b':')?;
                member(self, key)?;
                match self.ahead()? {
                    b',' => self.pos += 1,
                    b'}' => {
                        self.pos += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(())
    }

    fn array(&mut self) -> Option<()> {
        self.eat(b'[')?;
        self.enter()?;
        if self.ahead()? == b']' {
            self.pos += 1;
        } else {
            loop {
                self.skip()?;
                match self.ahead()? {
                    b',' => self.pos += 1,
                    b']' => {
                        self.pos += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(())
    }

    /// Reads any value, keeping nothing.
    pub fn skip(&mut self) -> Option<()> {
        self.scalar().map(drop)
    }

    /// Reads any value, keeping it if it is a string, a whole number or a
    /// boolean.
    pub fn scalar(&mut self) -> Option<Scalar> {
        Some(match self.ahead()? {
            b'"' => Scalar::Str(self.string()?),
            b'{' => {
                self.object(&mut |r, _| r.skip())?;
                Scalar::Other
            }
            b'[' => {
                self.array()?;
                Scalar::Other
            }
            b't' => {
                self.word(b"true")?;
                Scalar::Bool(true)
            }
            b'f' => {
                self.word(b"false")?;
                Scalar::Bool(false)
            }
            b'n' => {
                self.word(b"null")?;
                Scalar::Other
            }
            _ => self.number()?.map_or(Scalar::Other, Scalar::Whole),
        })
    }

    /// Reads a string.
    pub fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            let b = self.bump()?;
            if b == b'"' || b == b'\\' {
                // `start` and `pos - 1` are next to ASCII bytes, so on
                // character boundaries.
                out.push_str(self.text.get(start..self.pos - 1)?);
                if b == b'"' {
                    return Some(out);
                }
                out.push(self.escape()?);
                start = self.pos;
            } else if b < 0x20 {
                return None;
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Option<char> {
        Some(match self.bump()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = if (0xd800..0xdc00).contains(&high) {
                    // A UTF-16 surrogate pair, written as two escapes.
                    self.word(b"\\u")?;
                    let low = self.hex4()?;
                    if !(0xdc00..0xe000).contains(&low) {
                        return None;
                    }
                    0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
                } else {
                    high
                };
                // A lone low surrogate is no character.
                char::from_u32(code)?
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + char::from(self.bump()?).to_digit(16)?;
        }
        Some(n)
    }

    fn digits(&mut self) -> Option<()> {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        (self.pos > start).then_some(())
    }

    /// Reads a number; its value if it is a [`Scalar::Whole`].
    fn number(&mut self) -> Option<Option<u32>> {
        let sign = self.peek() == Some(b'-');
        if sign {
            self.pos += 1;
        }
        let mut value = Some(0u32);
        match self.peek()? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => {
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    value = value
                        .and_then(|v| v.checked_mul(10))
                        .and_then(|v| v.checked_add(u32::from(d - b'0')));
                    self.pos += 1;
                }
            }
            _ => return None,
        }
        let mut whole = !sign;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.digits()?;
            whole = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.digits()?;
            whole = false;
        }
        Some(value.filter(|_| whole))
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
