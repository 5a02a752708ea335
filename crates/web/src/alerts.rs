//! Alert webhooks: every alert the record raises is POSTed as JSON to the URL in
//! `alert_webhook` of the configuration or `JIRGA_ALERT_WEBHOOK` (plain HTTP; put a TLS relay in front for the internet).
//! The alert is on the record before anyone is told: delivery reads committed
//! events only, and a failed delivery is logged, never retried into the record.

use std::sync::Arc;
use std::time::Duration;

use jirga_core::EventRecord;
use jirga_core::incident::{Alert, RaisedAlert};
use jirga_engine::Engine;

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

/// POST each alert to `url`; an error is returned for the first that fails.
pub async fn deliver(client: &reqwest::Client, url: &str, alerts: &[RaisedAlert]) -> Result<(), String> {
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

/// Deliver every alert the engine commits from now on, in the background.
pub fn spawn_delivery(engine: &Arc<Engine>, url: String) {
    let mut committed = engine.subscribe();
    tokio::spawn(async move {
        let client = client();
        loop {
            match committed.recv().await {
                Ok(batch) => {
                    let alerts = raised(&batch);
                    if alerts.is_empty() {
                        continue;
                    }
                    match deliver(&client, &url, &alerts).await {
                        Ok(()) => tracing::info!(alerts = alerts.len(), "alerts delivered to the webhook"),
                        Err(e) => tracing::warn!(error = %e, "alert webhook failed; the alerts are on the record"),
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
