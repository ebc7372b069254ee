//! Markets: which target times and which dispute bodies apply where the
//! shopper buys. Separate from the language they read: a Swedish speaker in
//! Norway gets Norwegian bodies in Swedish.
//!
//! The EU's online dispute resolution site, which older customer-service
//! pages still mention, closed in July 2025; it is not, and must never be,
//! one of the bodies (a test below checks its address never appears).

/// A market the widget knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Market {
    /// Sweden.
    Se,
    /// Norway.
    No,
    /// The Netherlands.
    Nl,
    /// France: no dispute body is named rather than a wrong one.
    Fr,
    /// Germany.
    De,
    /// Denmark.
    Dk,
    /// Finland.
    Fi,

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

const DE_BODIES: &[Body] = &[body(
    "bundesbank",
    Some("https://www.bundesbank.de/de/service/schlichtungsstelle"),
)];

const DK_BODIES: &[Body] = &[body(
    "forbrugerklagenaevnet",
    Some("https://naevneneshus.dk/"),
)];

const FI_BODIES: &[Body] = &[body(
    "kuluttajariitalautakunta",
    Some("https://www.kuluttajariita.fi/"),
)];

const NL_BODIES: &[Body] = &[
    body("kifid", Some("https://www.kifid.nl/")),
    ARN,
    body("civil-court", Some("https://www.rechtspraak.nl/")),
];

impl Market {
    /// Every market, "other" last.
    pub const ALL: [Market; 8] = [
        Market::Se,
        Market::No,
        Market::Nl,
        Market::Fr,
        Market::De,
        Market::Dk,
        Market::Fi,
        Market::Other,
    ];

    /// The market for an ISO 3166 country code (any case); unknown codes are
    /// [`Market::Other`].
    pub fn from_code(code: &str) -> Market {
        match code.to_ascii_uppercase().as_str() {
            "SE" => Market::Se,
            "NO" => Market::No,
            "NL" => Market::Nl,
            "FR" => Market::Fr,
            "DE" => Market::De,
            "DK" => Market::Dk,
            "FI" => Market::Fi,
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
            Market::De => "DE",
            Market::Dk => "DK",
            Market::Fi => "FI",
            Market::Other => "",
        }
    }

    /// Where to turn if still dissatisfied after the complaint or escalation.
    pub fn bodies(self) -> &'static [Body] {
        match self {
            Market::Se => SE_BODIES,
            Market::No => NO_BODIES,
            Market::Nl => NL_BODIES,
            Market::De => DE_BODIES,
            Market::Dk => DK_BODIES,
            Market::Fi => FI_BODIES,
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

/// A merchant's changes to one market: its own dispute bodies (added to the
/// built-in ones, or replacing them) and target times.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketOverride {
    /// Bodies the merchant names: `(name, url)`.
    pub bodies: Vec<(String, Option<String>)>,
    /// Whether those replace the built-in bodies instead of following them.
    pub replace_bodies: bool,
    /// Days to handle a first-contact complaint.
    pub complaint_days: Option<u32>,
    /// Whether `complaint_days` are working days.
    pub working_days: Option<bool>,
    /// Days for the ombudsman's final decision.
    pub escalation_days: Option<u32>,
}

/// The name of a body: a built-in message, or the merchant's own text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyName {
    /// Message id `body-<id>`.
    Message(&'static str),
    /// The merchant's text, shown as given.
    Text(String),
}

/// What the confirmation shows for a market, after the merchant's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// Where to turn, in order.
    pub bodies: Vec<(BodyName, Option<String>)>,
    /// Target for a first-contact complaint.
    pub complaint: Target,
    /// Target for the ombudsman's decision.
    pub escalation: Target,
}

impl Market {
    /// The market's entries with the merchant's changes applied.
    pub fn resolve(self, changes: Option<&MarketOverride>) -> Resolved {
        let default = MarketOverride::default();
        let changes = changes.unwrap_or(&default);
        let mut bodies: Vec<(BodyName, Option<String>)> = if changes.replace_bodies {
            Vec::new()
        } else {
            self.bodies()
                .iter()
                .map(|b| (BodyName::Message(b.id), b.url.map(str::to_string)))
                .collect()
        };
        bodies.extend(
            changes
                .bodies
                .iter()
                .map(|(name, url)| (BodyName::Text(name.clone()), url.clone())),
        );
        let base = self.complaint_target();
        let complaint = Target {
            days: changes.complaint_days.unwrap_or(base.days),
            working_days: changes
                .working_days
                .unwrap_or(if changes.complaint_days.is_some() {
                    false
                } else {
                    base.working_days
                }),
        };
        let escalation = Target {
            days: changes
                .escalation_days
                .unwrap_or(self.escalation_target().days),
            working_days: false,
        };
        Resolved {
            bodies,
            complaint,
            escalation,
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_is_other() {
        for m in Market::ALL.into_iter().filter(|m| *m != Market::Other) {
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
        for m in Market::ALL {
            for b in m.bodies() {
                assert!(!b.id.contains("odr"));
                assert!(!b.url.unwrap_or("").contains("ec.europa.eu/consumers/odr"));
            }
        }
    }

    #[test]
    fn merchants_extend_or_replace_bodies_and_times() {
        let extra = MarketOverride {
            bodies: vec![(
                "Fietsen BV klachtenlijn".into(),
                Some("https://fietsen.example/klacht".into()),
            )],
            ..Default::default()
        };
        let r = Market::Nl.resolve(Some(&extra));
        assert_eq!(r.bodies.len(), 4);
        assert_eq!(r.bodies[0].0, BodyName::Message("kifid"));
        assert_eq!(
            r.bodies[3].0,
            BodyName::Text("Fietsen BV klachtenlijn".into())
        );
        let replace = MarketOverride {
            replace_bodies: true,
            complaint_days: Some(15),
            working_days: Some(true),
            escalation_days: Some(5),
            ..extra
        };
        let r = Market::Fr.resolve(Some(&replace));
        assert_eq!(r.bodies.len(), 1);
        assert_eq!(
            r.complaint,
            Target {
                days: 15,
                working_days: true
            }
        );
        assert_eq!(r.escalation.days, 5);
        assert_eq!(
            Market::Fr.resolve(None).complaint,
            Target {
                days: 20,
                working_days: true
            }
        );
        assert!(Market::Other.resolve(None).bodies.is_empty());
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
