//! Numbers written as text without `core::fmt`.
//!
//! `format!`, `write!` and `to_string()` on a number go through
//! `core::fmt` (its argument machinery, padding and the integer formatters),
//! several KB of the wasm module for what is, in this widget, always a plain
//! decimal. Messages are built with `push_str` and `concat()`, and numbers
//! with these. Host-only code (tests, the options generator) may still use
//! `format!`.

/// Appends `n` in decimal (no sign, no grouping, no padding) to `out`.
pub fn push_uint(out: &mut String, n: u64) {
    if n >= 10 {
        push_uint(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Appends `n` in decimal, with a `-` when negative, to `out`.
pub fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs());
}

/// `n` in decimal, as `n.to_string()` writes it for any unsigned integer
/// (`u8` to `u64`, `usize`).
pub fn uint(n: u64) -> String {
    let mut out = String::new();
    push_uint(&mut out, n);
    out
}

/// `n` in decimal, as `n.to_string()` writes it for any signed integer.
pub fn int(n: i64) -> String {
    let mut out = String::new();
    push_int(&mut out, n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_integers_as_to_string_does() {
        for n in [0, 1, 9, 10, 11, 99, 100, 101, 1234, 4_294_967_295, u64::MAX] {
            assert_eq!(uint(n), n.to_string());
        }
        for n in [0, 1, -1, 9, -10, 12345, -98765, i64::MAX, i64::MIN] {
            assert_eq!(int(n), n.to_string());
        }
        let mut s = String::from("x=");
        push_uint(&mut s, 42);
        push_int(&mut s, -7);
        assert_eq!(s, "x=42-7");
    }
}
