//! Numbers written as text without `core::fmt`.
//!
//! `format!`, `write!` and `to_string()` on a number go through
//! `core::fmt` (its argument machinery, padding and the integer formatters),
//! several KB of the wasm module for what is, in this widget, always a plain
//! decimal. Messages are built with `push_str` and `concat()`, and numbers
//! with these. Host-only code (tests, the options generator) may still use
//! `format!`.
//!
//! The shipped module links no std (see the crate root), whose float
//! functions (`fract`, `trunc`, `round`) call into libm; the few the widget
//! needs on counts and options are here, exact below 2^52, where every
//! `f64` with a fraction lies.

use crate::prelude::*;

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

/// Every `f64` from this magnitude on is a whole number.
const WHOLE_FROM: f64 = 4_503_599_627_370_496.0; // 2^52

/// `n` has no fractional part, as `n.fract() == 0.0` says (false for NaN
/// and the infinities).
pub fn is_whole(n: f64) -> bool {
    let a = if n < 0.0 { -n } else { n };
    a >= WHOLE_FROM && a.is_finite() || a < WHOLE_FROM && (a as u64) as f64 == a
}

/// The whole part of `|n|`, as `n.abs().trunc()` gives it (NaN and the
/// infinities as they are).
pub fn whole_part(n: f64) -> f64 {
    let a = if n < 0.0 { -n } else { n };
    if a < WHOLE_FROM {
        (a as u64) as f64
    } else {
        a
    }
}

/// `n` rounded to the nearest whole number, halves away from zero, as
/// `n.round() as i64` gives it, for `0 <= n < 2^52`.
pub fn round_unsigned(n: f64) -> i64 {
    let t = n as i64;
    if n - t as f64 >= 0.5 {
        t + 1
    } else {
        t
    }
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

    #[test]
    fn float_parts_agree_with_std() {
        let mut cases = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.0,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            1e-300,
            123.456,
            -987.0001,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            1e15,
            1e20,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        let mut x = 0.001_f64;
        while x < 1e16 {
            cases.push(x);
            cases.push(-x * 1.37);
            x *= 3.3;
        }
        for n in cases {
            assert_eq!(is_whole(n), n.fract() == 0.0, "is_whole({n})");
            let (ours, std) = (whole_part(n), n.abs().trunc());
            assert!(
                ours == std || ours.is_nan() && std.is_nan(),
                "whole_part({n})"
            );
            if (0.0..WHOLE_FROM).contains(&n) {
                assert_eq!(round_unsigned(n), n.round() as i64, "round_unsigned({n})");
            }
        }
    }
}
