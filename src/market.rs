//! Markets: which target times and which dispute bodies apply where the
//! shopper buys. Separate from the language they read: a Swedish speaker in
//! Norway gets Norwegian bodies in Swedish.
//!
//! The EU ODR platform, which older customer-service pages still mention,
//! closed in July 2025; it is not, and must never be, one of the bodies.

/// A market the widget knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Market {
    /// Sweden.
    Se,
    /// Norway.
    No,
    /// The Netherlands.
    Nl,
    /// France.
    Fr,
    /// Any other market: no bodies rather than wrong ones.
    Other,
}

/// Where a shopper can turn if still dissatisfied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Body {
    /// Message id of the body's name (`body-<id>`).
    pub id: &'static str,
    /// Where to read more; `None` where there is no single page.
    pub url: Option<&'static str>,
}

/// How long handling a complaint should take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    /// The number of days.
    pub days: u32,
    /// Whether they are working days.
    pub working_days: bool,
}

const fn body(id: &'static str, url: Option<&'static str>) -> Body {
    Body { id, url }
}

const ARN: Body = body("arn", Some("https://www.arn.se/"));

const SE_BODIES: &[Body] = &[
    ARN,
    body("konsumenternas", Some("https://www.konsumenternas.se/")),
    body("municipal-adviser", None),
    body("general-courts", Some("https://www.domstol.se/")),
];

const NO_BODIES: &[Body] = &[
    body("forbrukerradet", Some("https://www.forbrukerradet.no/")),
    body(
        "forbrukertvistutvalget",
        Some("https://www.forbrukertvistutvalget.no/"),
    ),
    body("forliksradet", Some("https://www.domstol.no/")),
    ARN,
];

const NL_BODIES: &[Body] = &[
    body("kifid", Some("https://www.kifid.nl/")),
    ARN,
    body("civil-court", Some("https://www.rechtspraak.nl/")),
];

impl Market {
    /// The market for an ISO 3166 country code (any case); unknown codes are
    /// [`Market::Other`].
    pub fn from_code(code: &str) -> Market {
        match code.to_ascii_uppercase().as_str() {
            "SE" => Market::Se,
            "NO" => Market::No,
            "NL" => Market::Nl,
            "FR" => Market::Fr,
            _ => Market::Other,
        }
    }

    /// The market's country code, or `""` for other markets.
    pub fn code(self) -> &'static str {
        match self {
            Market::Se => "SE",
            Market::No => "NO",
            Market::Nl => "NL",
            Market::Fr => "FR",
            Market::Other => "",
        }
    }

    /// Where to turn if still dissatisfied after the complaint or escalation.
    pub fn bodies(self) -> &'static [Body] {
        match self {
            Market::Se => SE_BODIES,
            Market::No => NO_BODIES,
            Market::Nl => NL_BODIES,
            Market::Fr | Market::Other => &[],
        }
    }

    /// The target time for a first-contact complaint: 14 days (seed, nl),
    /// 20 working days (seed, fr).
    pub fn complaint_target(self) -> Target {
        match self {
            Market::Fr => Target {
                days: 20,
                working_days: true,
            },
            _ => Target {
                days: 14,
                working_days: false,
            },
        }
    }

    /// The ombudsman's deadline for a final decision: 10 days.
    pub fn escalation_target(self) -> Target {
        Target {
            days: 10,
            working_days: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_is_other() {
        for m in [Market::Se, Market::No, Market::Nl, Market::Fr] {
            assert_eq!(Market::from_code(m.code()), m);
            assert_eq!(Market::from_code(&m.code().to_lowercase()), m);
        }
        assert_eq!(Market::from_code("XX"), Market::Other);
        assert!(Market::Other.bodies().is_empty());
    }

    #[test]
    fn bodies_per_market() {
        let ids = |m: Market| m.bodies().iter().map(|b| b.id).collect::<Vec<_>>();
        assert_eq!(
            ids(Market::Se),
            [
                "arn",
                "konsumenternas",
                "municipal-adviser",
                "general-courts"
            ]
        );
        assert_eq!(
            ids(Market::No),
            [
                "forbrukerradet",
                "forbrukertvistutvalget",
                "forliksradet",
                "arn"
            ]
        );
        assert_eq!(ids(Market::Nl), ["kifid", "arn", "civil-court"]);
    }

    #[test]
    fn no_market_points_to_the_closed_odr_platform() {
        for m in [
            Market::Se,
            Market::No,
            Market::Nl,
            Market::Fr,
            Market::Other,
        ] {
            for b in m.bodies() {
                assert!(!b.id.contains("odr"));
                assert!(!b.url.unwrap_or("").contains("ec.europa.eu/consumers/odr"));
            }
        }
    }

    #[test]
    fn target_times_from_the_seeds() {
        assert_eq!(
            Market::Nl.complaint_target(),
            Target {
                days: 14,
                working_days: false
            }
        );
        assert_eq!(
            Market::Fr.complaint_target(),
            Target {
                days: 20,
                working_days: true
            }
        );
        assert_eq!(Market::Se.escalation_target().days, 10);
    }
}
