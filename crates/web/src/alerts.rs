//! Webhooks: every alert the incident register raises is POSTed as JSON to the
//! URL in `alert_webhook` of the configuration (the security desk's), and every
//! fact recorded as a breach of the process's rules to `breach_webhook` (the
//! federal side's desk: it is theirs to acknowledge). Plain HTTP; put a TLS relay
//! in front for the internet. What is sent is on the record before anyone is
//! told: delivery reads committed events only, and a failed delivery is logged,
//! never retried into the record.

use std::sync::Arc;
use std::time::Duration;

use jirga_core::EventRecord;
use jirga_core::event::BrokenRule;
use jirga_core::incident::{Alert, RaisedAlert};
use jirga_engine::Engine;
use serde::Serialize;

/// The webhook's URL as logs may show it: without the credentials a URL can
/// carry (`http://user:password@host/...`).
pub fn redacted(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let rest = rest.rsplit_once('@').filter(|(userinfo, _)| !userinfo.contains('/')).map_or(rest, |(_, host)| host);
            format!("{scheme}://{rest}")
        }
        None => "(a URL)".to_owned(),
    }
}

/// The alerts a batch of committed events raised.
pub fn raised(records: &[EventRecord]) -> Vec<RaisedAlert> {
    records.iter().flat_map(|r| r.event.alerts.iter().map(|a: &Alert| RaisedAlert { seq: r.seq, at: r.at, alert: a.clone() })).collect()
}

/// A fact recorded although it broke the process's rules, as the federal side is told of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreachNotice {
    pub kind: &'static str,
    pub seq: u64,
    pub at: jiff::Timestamp,
    /// The command that recorded it (`record_meeting`).
    pub change: &'static str,
    /// The records it made (the meeting's id).
    pub records: Vec<String>,
    /// The rules it broke, with their codes.
    pub rules: Vec<BrokenRule>,
    /// The user who recorded it.
    pub recorded_by: String,
}

/// The breaches a batch of committed events recorded.
pub fn breaches(records: &[EventRecord]) -> Vec<BreachNotice> {
    records
        .iter()
        .filter(|r| !r.event.breaches.is_empty())
        .map(|r| BreachNotice {
            kind: "breach",
            seq: r.seq,
            at: r.at,
            change: r.event.change.name(),
            records: r.event.created.clone(),
            rules: r.event.breaches.clone(),
            recorded_by: r.actor.user.clone(),
        })
        .collect()
}

/// POST each item to `url`; an error is returned for the first that fails.
pub async fn deliver<T: Serialize>(client: &reqwest::Client, url: &str, alerts: &[T]) -> Result<(), String> {
    for alert in alerts {
        let shown = redacted(url);
        let response = client.post(url).json(alert).send().await.map_err(|e| format!("webhook {shown}: {}", e.without_url()))?;
        if !response.status().is_success() {
            return Err(format!("webhook {shown}: answered {}", response.status()));
        }
    }
    Ok(())
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().timeout(Duration::from_secs(10)).build().expect("an HTTP client")
}

/// Where the webhooks go (either may be unset).
#[derive(Clone, Default)]
pub struct Webhooks {
    pub alerts: Option<String>,
    pub breaches: Option<String>,
}

/// Deliver every alert and breach the engine commits from now on, in the background.
pub fn spawn_delivery(engine: &Arc<Engine>, hooks: Webhooks) {
    if hooks.alerts.is_none() && hooks.breaches.is_none() {
        return;
    }
    let mut committed = engine.subscribe();
    tokio::spawn(async move {
        let client = client();
        loop {
            match committed.recv().await {
                Ok(batch) => {
                    if let Some(url) = &hooks.alerts {
                        let alerts = raised(&batch);
                        if !alerts.is_empty() {
                            match deliver(&client, url, &alerts).await {
                                Ok(()) => tracing::info!(alerts = alerts.len(), "alerts delivered to the webhook"),
                                Err(e) => tracing::warn!(error = %e, "alert webhook failed; the alerts are on the record"),
                            }
                        }
                    }
                    if let Some(url) = &hooks.breaches {
                        let breaches = breaches(&batch);
                        if !breaches.is_empty() {
                            match deliver(&client, url, &breaches).await {
                                Ok(()) => tracing::info!(breaches = breaches.len(), "breaches delivered to the federal side's webhook"),
                                Err(e) => {
                                    tracing::warn!(error = %e, "breach webhook failed; the breaches are on the record and the dashboard")
                                }
                            }
                        }
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(missed)) => {
                    tracing::warn!(missed, "alert delivery fell behind; see the alerts page");
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_webhook_url_is_logged_without_its_credentials() {
        assert_eq!(super::redacted("http://relay:hunter2@alerts.internal:8080/jirga"), "http://alerts.internal:8080/jirga");
        assert_eq!(super::redacted("http://alerts.internal/a@b"), "http://alerts.internal/a@b");
        assert_eq!(super::redacted("not a url"), "(a URL)");
    }
}
