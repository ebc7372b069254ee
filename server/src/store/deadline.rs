//! Due dates and the calendar arithmetic behind them (UTC, no time-zone
//! data): a submission's due date follows from its kind, its market and the
//! day it arrived, with the target times the widget shows the shopper
//! ([`complaint_widget::market`]).
//!
//! Public holidays are not known here: working days skip Saturdays and
//! Sundays only. A due date is therefore never later than the law or the
//! promise allows (a holiday inside the period would only move the real
//! limit later), so staff who meet it always meet the promise.

use std::time::{SystemTime, UNIX_EPOCH};

use complaint_widget::market::{Market, Operator, Target};

/// A day, counted from 1970-01-01 (day 0, a Thursday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    /// Today in UTC.
    pub fn today() -> Day {
        Day(unix_now().div_euclid(86_400))
    }

    /// The day of a `YYYY-MM-DD…` text (an RFC 3339 time works too).
    pub fn parse(text: &str) -> Option<Day> {
        let y: i64 = text.get(0..4)?.parse().ok()?;
        let m: u32 = text.get(5..7)?.parse().ok()?;
        let d: u32 = text.get(8..10)?.parse().ok()?;
        if text.get(4..5)? != "-" || text.get(7..8)? != "-" || !(1..=12).contains(&m) {
            return None;
        }
        if d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Day(days_from_civil(y, m, d)))
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = civil_from_days(self.0);
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Whether the day is a Saturday or a Sunday.
    pub fn is_weekend(self) -> bool {
        // 0 = Monday … 6 = Sunday; day 0 was a Thursday (3).
        (self.0 + 3).rem_euclid(7) >= 5
    }

    /// The day `target` days after this one (working days skip weekends).
    pub fn plus(self, target: Target) -> Day {
        if !target.working_days {
            return Day(self.0 + i64::from(target.days));
        }
        let mut day = self;
        let mut left = target.days;
        while left > 0 {
            day = Day(day.0 + 1);
            if !day.is_weekend() {
                left -= 1;
            }
        }
        day
    }
}

/// The target a submission of `kind` in `market` is handled within:
///
/// - a complaint: 14 days, or 20 working days in France (the seeds);
/// - an escalation: a decision within 10 days (the seeds);
/// - a purchase problem and feedback: the market's complaint target (the
///   widget promises nothing for those; staff still get a date to work to).
///
/// These are the payment provider's targets the widget shows; a shop that
/// runs the widget for itself states none, and the endpoint keeps the same
/// dates as its working targets.
pub fn target(kind: &str, market: &str) -> Target {
    let market = Market::from_code(market);
    match kind {
        "escalation" => Operator::PaymentProvider.escalation_target(),
        _ => market.complaint_target(Operator::PaymentProvider),
    }
}

/// The due date of a submission that arrived at `received_at` (RFC 3339).
pub fn due(kind: &str, market: &str, received_at: &str) -> String {
    let start = Day::parse(received_at).unwrap_or_else(Day::today);
    start.plus(target(kind, market)).iso()
}

/// Whether a submission in `status` due on `due` is overdue on `today`:
/// not answered or closed, and today is after the due date.
pub fn overdue(status: &str, due: &str, today: Day) -> bool {
    matches!(status, "new" | "in_progress") && Day::parse(due).is_some_and(|d| today > d)
}

/// Seconds since 1970 now.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Milliseconds since 1970 now.
pub fn unix_now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Now as RFC 3339 UTC with milliseconds (`2026-11-30T17:40:00.123Z`), the
/// format every stored time has, so that texts sort as times.
pub fn now_rfc3339() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    rfc3339(now.as_secs() as i64, now.subsec_millis())
}

/// A Unix time as RFC 3339 UTC with milliseconds.
pub fn rfc3339(secs: i64, millis: u32) -> String {
    let day = Day(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}.{millis:03}Z",
        day.iso(),
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_through_the_calendar() {
        for text in ["1970-01-01", "2024-02-29", "2026-11-30", "2000-12-31"] {
            assert_eq!(Day::parse(text).unwrap().iso(), text);
        }
        assert_eq!(Day::parse("1970-01-01"), Some(Day(0)));
        assert_eq!(Day::parse("2026-02-29"), None);
        assert_eq!(Day::parse("2026-13-01"), None);
        assert_eq!(rfc3339(0, 5), "1970-01-01T00:00:00.005Z");
    }

    #[test]
    fn due_dates_follow_the_targets_the_shopper_was_shown() {
        // Monday 2 November 2026.
        let monday = "2026-11-02T09:00:00.000Z";
        assert_eq!(due("complaint", "NL", monday), "2026-11-16", "14 days");
        assert_eq!(due("complaint", "SE", monday), "2026-11-16");
        assert_eq!(due("escalation", "NL", monday), "2026-11-12", "10 days");
        assert_eq!(due("feedback", "", monday), "2026-11-16");
        // France: 20 working days skip four weekends.
        assert_eq!(due("complaint", "FR", monday), "2026-11-30");
        // From a Friday, the first working day counted is the Monday.
        assert_eq!(due("complaint", "FR", "2026-11-06T23:59:59Z"), "2026-12-04");
        assert!(Day::parse("2026-11-07").unwrap().is_weekend());
        assert!(!Day::parse("2026-11-06").unwrap().is_weekend());
    }

    #[test]
    fn only_open_submissions_past_their_date_are_overdue() {
        let today = Day::parse("2026-11-17").unwrap();
        assert!(overdue("new", "2026-11-16", today));
        assert!(overdue("in_progress", "2026-11-16", today));
        assert!(
            !overdue("new", "2026-11-17", today),
            "due today is not late"
        );
        assert!(!overdue("answered", "2026-11-01", today));
        assert!(!overdue("closed", "2026-11-01", today));
    }
}
