//! Markets: which target times and which dispute bodies apply where the
//! shopper buys, for who runs the form ([`Operator`]). Separate from the
//! language they read: a Swedish speaker in Norway gets Norwegian bodies in
//! Swedish.
//!
//! The EU's online dispute resolution site, which older customer-service
//! pages still mention, closed in July 2025; it is not, and must never be,
//! one of the bodies (a test below checks its address never appears).

use crate::prelude::*;

/// A market the widget knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Market {
    /// Sweden.
    Se,
    /// Norway.
    No,
    /// The Netherlands.
    Nl,
    /// France: a shop names its own consumer mediator (each trader must
    /// have one); for a payment provider no body is named rather than a
    /// wrong one.
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

/// Who runs the form. The built-in texts, the flows and the dispute bodies
/// follow it: a shop cannot pause a payment or promise what a payment
/// provider's ombudsman decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Operator {
    /// The shop itself (the default): problems with an order go to its own
    /// customer service; after that, its complaints manager if it names one,
    /// else the market's dispute bodies.
    #[default]
    Merchant,
    /// A payment provider between shopper and shop, as in the seeds: it
    /// pauses the payment while the shopper contacts the seller, and has a
    /// consumer ombudsman who decides within 10 days.
    PaymentProvider,
}

impl Operator {
    /// The option's value, also the `$operator` the messages select on.
    pub fn key(self) -> &'static str {
        match self {
            Operator::Merchant => "merchant",
            Operator::PaymentProvider => "payment-provider",
        }
    }

    /// The built-in time for a decision after customer service: the
    /// payment provider's ombudsman decides within 10 days (seed, nl); a
    /// shop's own is stated only if the shop gives one (`days: 0`).
    pub fn escalation_target(self) -> Target {
        Target {
            days: if self == Operator::PaymentProvider {
                10
            } else {
                0
            },
            working_days: false,
        }
    }
}

// Where to turn, for a payment provider: the seeds' bodies. The provider is
// Swedish, so ARN handles its disputes in every market; Kifid and the
// Bundesbank's board handle financial services.

const ARN: Body = body("arn", Some("https://www.arn.se/"));
const MUNICIPAL_ADVISER: Body = body("municipal-adviser", None);
const SE_COURTS: Body = body("general-courts", Some("https://www.domstol.se/"));
const FORBRUKERRADET: Body = body("forbrukerradet", Some("https://www.forbrukerradet.no/"));
const FORLIKSRADET: Body = body("forliksradet", Some("https://www.domstol.no/"));
const NL_COURT: Body = body("civil-court", Some("https://www.rechtspraak.nl/"));
const DK_BOARD: Body = body("forbrugerklagenaevnet", Some("https://naevneneshus.dk/"));
const FI_BOARD: Body = body(
    "kuluttajariitalautakunta",
    Some("https://www.kuluttajariita.fi/"),
);

const SE_BODIES: &[Body] = &[
    ARN,
    body("konsumenternas", Some("https://www.konsumenternas.se/")),
    MUNICIPAL_ADVISER,
    SE_COURTS,
];

const NO_BODIES: &[Body] = &[
    FORBRUKERRADET,
    body(
        "forbrukertvistutvalget",
        Some("https://www.forbrukertvistutvalget.no/"),
    ),
    FORLIKSRADET,
    ARN,
];

const DE_BODIES: &[Body] = &[body(
    "bundesbank",
    Some("https://www.bundesbank.de/de/service/schlichtungsstelle"),
)];

const DK_BODIES: &[Body] = &[DK_BOARD];

const FI_BODIES: &[Body] = &[FI_BOARD];

const NL_BODIES: &[Body] = &[body("kifid", Some("https://www.kifid.nl/")), ARN, NL_COURT];

// Where to turn, for a shop: each market's own bodies for disputes between
// consumers and traders (the ADR bodies notified under Directive
// 2013/11/EU), the public advice service, and the courts. No financial
// services board, and no Swedish board outside Sweden.

const SE_SHOP: &[Body] = &[
    ARN,
    body("hallakonsument", Some("https://www.hallakonsument.se/")),
    MUNICIPAL_ADVISER,
    SE_COURTS,
];

const NO_SHOP: &[Body] = &[
    body(
        "forbrukertilsynet",
        Some("https://www.forbrukertilsynet.no/tvistelosning"),
    ),
    FORBRUKERRADET,
    FORLIKSRADET,
];

const NL_SHOP: &[Body] = &[
    body(
        "geschillencommissie",
        Some("https://www.degeschillencommissie.nl/"),
    ),
    body("consuwijzer", Some("https://www.consuwijzer.nl/")),
    NL_COURT,
];

const DE_SHOP: &[Body] = &[
    body(
        "universalschlichtungsstelle",
        Some("https://www.universalschlichtungsstelle.de/"),
    ),
    body(
        "verbraucherzentrale",
        Some("https://www.verbraucherzentrale.de/"),
    ),
];

const DK_SHOP: &[Body] = &[DK_BOARD, body("forbrug", Some("https://www.forbrug.dk/"))];

const FI_SHOP: &[Body] = &[
    body(
        "kuluttajaneuvonta",
        Some("https://www.kkv.fi/kuluttajaneuvonta/"),
    ),
    FI_BOARD,
];

const FR_SHOP: &[Body] = &[
    body(
        "mediateur-consommation",
        Some("https://www.economie.gouv.fr/mediation-conso"),
    ),
    body("conciliateur", Some("https://www.conciliateurs.fr/")),
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
    pub fn bodies(self, operator: Operator) -> &'static [Body] {
        let shop = operator == Operator::Merchant;
        match self {
            Market::Se if shop => SE_SHOP,
            Market::No if shop => NO_SHOP,
            Market::Nl if shop => NL_SHOP,
            Market::De if shop => DE_SHOP,
            Market::Dk if shop => DK_SHOP,
            Market::Fi if shop => FI_SHOP,
            Market::Fr if shop => FR_SHOP,
            Market::Se => SE_BODIES,
            Market::No => NO_BODIES,
            Market::Nl => NL_BODIES,
            Market::De => DE_BODIES,
            Market::Dk => DK_BODIES,
            Market::Fi => FI_BODIES,
            Market::Fr | Market::Other => &[],
        }
    }

    /// The target time for a first-contact complaint: the payment
    /// provider's 14 days (seed, nl) or 20 working days (seed, fr). A shop
    /// states none unless it sets one (`days: 0`): those are the provider's
    /// targets, not the shop's.
    pub fn complaint_target(self, operator: Operator) -> Target {
        match (operator, self) {
            (Operator::Merchant, _) => Target {
                days: 0,
                working_days: false,
            },
            (_, Market::Fr) => Target {
                days: 20,
                working_days: true,
            },
            _ => Target {
                days: 14,
                working_days: false,
            },
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
    /// Days for the decision after customer service (ombudsman or
    /// complaints manager), where there is one.
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
    /// Target for a first-contact complaint (`days: 0`: none stated).
    pub complaint: Target,
    /// Target for the decision after customer service (`days: 0`: none
    /// stated).
    pub escalation: Target,
}

impl Market {
    /// The market's entries for who runs the form, with the merchant's
    /// changes applied; `escalation` is the time the `escalation` option
    /// gives (a market's `escalationDays` comes first).
    pub fn resolve(
        self,
        operator: Operator,
        changes: Option<&MarketOverride>,
        escalation: Target,
    ) -> Resolved {
        let default = MarketOverride::default();
        let changes = changes.unwrap_or(&default);
        let mut bodies: Vec<(BodyName, Option<String>)> = if changes.replace_bodies {
            Vec::new()
        } else {
            self.bodies(operator)
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
        let base = self.complaint_target(operator);
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
            days: changes.escalation_days.unwrap_or(escalation.days),
            working_days: escalation.working_days,
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

    const PP: Operator = Operator::PaymentProvider;
    const SHOP: Operator = Operator::Merchant;

    fn ids(m: Market, o: Operator) -> Vec<&'static str> {
        m.bodies(o).iter().map(|b| b.id).collect()
    }

    #[test]
    fn codes_round_trip_and_unknown_is_other() {
        for m in Market::ALL.into_iter().filter(|m| *m != Market::Other) {
            assert_eq!(Market::from_code(m.code()), m);
            assert_eq!(Market::from_code(&m.code().to_lowercase()), m);
        }
        assert_eq!(Market::from_code("XX"), Market::Other);
        assert!(Market::Other.bodies(PP).is_empty());
        assert!(Market::Other.bodies(SHOP).is_empty());
    }

    #[test]
    fn a_payment_provider_keeps_the_seeds_bodies() {
        assert_eq!(
            ids(Market::Se, PP),
            [
                "arn",
                "konsumenternas",
                "municipal-adviser",
                "general-courts"
            ]
        );
        assert_eq!(
            ids(Market::No, PP),
            [
                "forbrukerradet",
                "forbrukertvistutvalget",
                "forliksradet",
                "arn"
            ]
        );
        assert_eq!(ids(Market::Nl, PP), ["kifid", "arn", "civil-court"]);
        assert!(Market::Fr.bodies(PP).is_empty());
    }

    #[test]
    fn a_shop_gets_its_own_markets_bodies() {
        assert_eq!(
            ids(Market::Se, SHOP),
            [
                "arn",
                "hallakonsument",
                "municipal-adviser",
                "general-courts"
            ]
        );
        assert_eq!(
            ids(Market::No, SHOP),
            ["forbrukertilsynet", "forbrukerradet", "forliksradet"]
        );
        assert_eq!(
            ids(Market::Nl, SHOP),
            ["geschillencommissie", "consuwijzer", "civil-court"]
        );
        assert_eq!(
            ids(Market::De, SHOP),
            ["universalschlichtungsstelle", "verbraucherzentrale"]
        );
        assert_eq!(ids(Market::Dk, SHOP), ["forbrugerklagenaevnet", "forbrug"]);
        assert_eq!(
            ids(Market::Fi, SHOP),
            ["kuluttajaneuvonta", "kuluttajariitalautakunta"]
        );
        assert_eq!(
            ids(Market::Fr, SHOP),
            ["mediateur-consommation", "conciliateur"]
        );
        // The Swedish board only where the shop is Swedish; financial
        // services boards never, for a shop.
        for m in Market::ALL {
            let shop = ids(m, SHOP);
            assert_eq!(shop.contains(&"arn"), m == Market::Se, "{m:?}");
            for financial in ["kifid", "konsumenternas", "bundesbank"] {
                assert!(!shop.contains(&financial), "{m:?}: {financial}");
            }
        }
    }

    #[test]
    fn every_body_links_to_an_https_page_and_none_to_the_closed_odr_platform() {
        for m in Market::ALL {
            for o in [PP, SHOP] {
                for b in m.bodies(o) {
                    assert!(!b.id.contains("odr"));
                    let url = b.url.unwrap_or("https://");
                    assert!(url.starts_with("https://"), "{url}");
                    assert!(!url.contains("ec.europa.eu/consumers/odr"), "{url}");
                }
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
        let none = SHOP.escalation_target();
        let r = Market::Nl.resolve(PP, Some(&extra), PP.escalation_target());
        assert_eq!(r.bodies.len(), 4);
        assert_eq!(r.bodies[0].0, BodyName::Message("kifid"));
        assert_eq!(
            r.bodies[3].0,
            BodyName::Text("Fietsen BV klachtenlijn".into())
        );
        assert_eq!(r.escalation.days, 10);
        let r = Market::Nl.resolve(SHOP, Some(&extra), none);
        assert_eq!(r.bodies[0].0, BodyName::Message("geschillencommissie"));
        let replace = MarketOverride {
            replace_bodies: true,
            complaint_days: Some(15),
            working_days: Some(true),
            escalation_days: Some(5),
            ..extra
        };
        let r = Market::Fr.resolve(PP, Some(&replace), PP.escalation_target());
        assert_eq!(r.bodies.len(), 1);
        assert_eq!(
            r.complaint,
            Target {
                days: 15,
                working_days: true
            }
        );
        assert_eq!(r.escalation.days, 5);
        let r = Market::Fr.resolve(SHOP, Some(&replace), none);
        assert_eq!((r.complaint.days, r.escalation.days), (15, 5));
        assert_eq!(
            Market::Fr
                .resolve(PP, None, PP.escalation_target())
                .complaint,
            Target {
                days: 20,
                working_days: true
            }
        );
        assert!(Market::Other.resolve(PP, None, none).bodies.is_empty());
        let working = Target {
            days: 10,
            working_days: true,
        };
        assert_eq!(Market::Se.resolve(SHOP, None, working).escalation, working);
    }

    #[test]
    fn target_times_are_the_payment_providers_and_a_shop_states_none_of_its_own() {
        assert_eq!(
            Market::Nl.complaint_target(PP),
            Target {
                days: 14,
                working_days: false
            }
        );
        assert_eq!(
            Market::Fr.complaint_target(PP),
            Target {
                days: 20,
                working_days: true
            }
        );
        assert_eq!(PP.escalation_target().days, 10);
        for m in Market::ALL {
            assert_eq!(m.complaint_target(SHOP).days, 0, "{m:?}");
            assert_eq!(
                m.resolve(SHOP, None, SHOP.escalation_target())
                    .complaint
                    .days,
                0
            );
        }
        assert_eq!(SHOP.escalation_target().days, 0);
        assert_eq!(Operator::default(), SHOP);
        assert_eq!((SHOP.key(), PP.key()), ("merchant", "payment-provider"));
    }
}
