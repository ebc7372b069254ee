//! Webhook delivery: a background loop that takes events from the store's
//! outbox, POSTs each to the configured URL signed with HMAC-SHA256, and
//! retries with exponential backoff until the receiver answers 2xx or the
//! attempts run out. Events survive restarts (they are rows); several
//! processes share the outbox without sending an event twice at once (the
//! store leases what it hands out).

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::store::{deadline, hex, Delivery, OutboxItem, Store};

/// Where and how events are sent.
#[derive(Clone, Debug)]
pub struct Webhook {
    /// The receiver's URL (`http://` or `https://`).
    pub url: String,
    /// The shared secret the signature is made with.
    pub secret: String,
    /// The wait after the first failed attempt; each further failure
    /// doubles it, up to [`Webhook::retry_cap`].
    pub retry_base: Duration,
    /// The longest wait between attempts.
    pub retry_cap: Duration,
    /// Attempts before an event is given up (and logged).
    pub max_attempts: i32,
}

impl Webhook {
    /// A webhook to `url` with the default retry policy: waits doubling
    /// from 2 s up to 1 h, 15 attempts (about four hours in all).
    pub fn new(url: String, secret: String) -> Webhook {
        Webhook {
            url,
            secret,
            retry_base: Duration::from_secs(2),
            retry_cap: Duration::from_secs(3600),
            max_attempts: 15,
        }
    }

    /// The wait after failed attempt number `attempt` (1-based).
    pub fn backoff(&self, attempt: i32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.clamp(1, 31) as u32 - 1);
        self.retry_base
            .checked_mul(factor)
            .unwrap_or(self.retry_cap)
            .min(self.retry_cap)
    }
}

/// The `Complaint-Signature` header for `body` sent at Unix time `t`:
/// `t=<t>,v1=<hex of HMAC-SHA256(secret, "<t>.<body>")>`.
pub fn signature(secret: &str, t: i64, body: &str) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(m) => m,
        // HMAC takes keys of any length; this cannot happen.
        Err(_) => return format!("t={t},v1="),
    };
    mac.update(format!("{t}.{body}").as_bytes());
    format!("t={t},v1={}", hex(&mac.finalize().into_bytes()))
}

/// How long an event handed to this process stays its own: longer than a
/// delivery can take (the request timeout; events are taken one at a time),
/// so no other process sends it meanwhile; after a crash, another process
/// picks it up then.
const LEASE_MS: i64 = 60_000;
/// The request timeout.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How often the outbox is looked at when it was empty.
const POLL: Duration = Duration::from_millis(250);

/// Delivers outbox events until the process ends.
pub async fn run(store: Store, hook: Arc<Webhook>) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .into();
    loop {
        let items = match store.claim_outbox(1, LEASE_MS).await {
            Ok(items) => items,
            Err(e) => {
                eprintln!("complaint-endpoint: webhook outbox: {e}");
                tokio::time::sleep(Duration::from_secs(2)).await;
                continue;
            }
        };
        if items.is_empty() {
            tokio::time::sleep(POLL).await;
            continue;
        }
        for item in items {
            let outcome = deliver(&agent, &hook, &item).await;
            match &outcome {
                Delivery::Delivered => {}
                Delivery::Retry(at, why) => eprintln!(
                    "complaint-endpoint: webhook {}: attempt {} failed ({why}); next in {:.1} s",
                    item.event_id(),
                    item.attempts,
                    (at - deadline::unix_now_ms()) as f64 / 1000.0
                ),
                Delivery::GaveUp(why) => eprintln!(
                    "complaint-endpoint: webhook {}: given up after {} attempts ({why})",
                    item.event_id(),
                    item.attempts
                ),
            }
            if let Err(e) = store.finish_outbox(item.id, &outcome).await {
                eprintln!("complaint-endpoint: webhook {}: {e}", item.event_id());
            }
        }
    }
}

async fn deliver(agent: &ureq::Agent, hook: &Webhook, item: &OutboxItem) -> Delivery {
    let body = item.body();
    let signed = signature(&hook.secret, deadline::unix_now(), &body);
    let (agent, url, event_id) = (agent.clone(), hook.url.clone(), item.event_id());
    let sent = tokio::task::spawn_blocking(move || {
        agent
            .post(&url)
            .header("content-type", "application/json")
            .header("complaint-event-id", &event_id)
            .header("complaint-signature", &signed)
            .send(body.as_bytes())
            .map(|r| r.status().as_u16())
    })
    .await;
    let why = match sent {
        Ok(Ok(status)) if (200..300).contains(&status) => return Delivery::Delivered,
        Ok(Ok(status)) => format!("HTTP {status}"),
        Ok(Err(e)) => e.to_string(),
        Err(e) => e.to_string(),
    };
    if item.attempts >= hook.max_attempts {
        Delivery::GaveUp(why)
    } else {
        let wait = hook.backoff(item.attempts).as_millis() as i64;
        Delivery::Retry(deadline::unix_now_ms() + wait, why)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_over_time_dot_body() {
        // The value `printf '1700000000.{"a":1}' | openssl dgst -sha256
        // -hmac whsec_test` prints, as the README's check does.
        let s = signature("whsec_test", 1_700_000_000, r#"{"a":1}"#);
        assert_eq!(
            s,
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
        );
        assert_ne!(s, signature("whsec_other", 1_700_000_000, r#"{"a":1}"#));
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let hook = Webhook::new("http://127.0.0.1:9/".into(), "s".into());
        let waits: Vec<u64> = (1..=14).map(|a| hook.backoff(a).as_secs()).collect();
        assert_eq!(&waits[..4], &[2, 4, 8, 16]);
        assert_eq!(waits[13], 3600);
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
    }
}
